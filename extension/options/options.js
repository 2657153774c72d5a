// @ts-check
// Runs in: extension options page (options.html). Edits the reader settings in storage.sync; open reader
// views pick the change up through storage.onChanged.

import { localize, t } from '../shared/i18n.js';
import {
  DEFAULTS,
  RANGES,
  applyToRoot,
  loadSettings,
  normalize,
  onSettingsChanged,
  saveSettings,
} from '../shared/settings.js';

/** @typedef {import('../shared/settings.js').ReaderSettings} ReaderSettings */

const root = document.documentElement;
const form = /** @type {HTMLFormElement} */ (document.getElementById('options-form'));
const RANGE_INPUTS = /** @type {const} */ ([
  ['fontSize', 'options-font-size'],
  ['lineHeight', 'options-line-height'],
  ['width', 'options-width'],
]);

/** @type {ReaderSettings} */
let settings = { ...DEFAULTS };

/**
 * @param {'fontSize' | 'lineHeight' | 'width'} key
 * @param {number} value
 */
function formatValue(key, value) {
  if (key === 'fontSize') return t('unitPx', [String(value)]);
  if (key === 'width') return t('unitCh', [String(value)]);
  return value.toFixed(1);
}

/** @param {ReaderSettings} next */
function show(next) {
  settings = next;
  applyToRoot(root, next);
  for (const input of form.querySelectorAll('input[type=radio]')) {
    const radio = /** @type {HTMLInputElement} */ (input);
    radio.checked = radio.value === next[/** @type {'theme' | 'font'} */ (radio.name)];
  }
  for (const [key, id] of RANGE_INPUTS) {
    const input = /** @type {HTMLInputElement} */ (document.getElementById(id));
    input.value = String(next[key]);
    const text = formatValue(key, next[key]);
    input.setAttribute('aria-valuetext', text);
    const output = document.getElementById(`${id}-value`);
    if (output) output.textContent = text;
  }
}

let savedTimer = 0;
/** @param {Partial<ReaderSettings>} change */
async function update(change) {
  const next = normalize({ ...settings, ...change });
  show(next);
  await saveSettings(next);
  const status = document.getElementById('options-saved');
  if (status) {
    status.textContent = t('optionsSaved');
    clearTimeout(savedTimer);
    savedTimer = window.setTimeout(() => (status.textContent = ''), 1500);
  }
}

function wire() {
  for (const [key, id] of RANGE_INPUTS) {
    const input = /** @type {HTMLInputElement} */ (document.getElementById(id));
    input.min = String(RANGES[key].min);
    input.max = String(RANGES[key].max);
    input.step = String(RANGES[key].step);
  }
  form.addEventListener('input', (event) => {
    const input = /** @type {HTMLInputElement} */ (event.target);
    if (input.type === 'range') void update({ [input.name]: Number(input.value) });
    else if (input.type === 'radio' && input.checked) void update({ [input.name]: input.value });
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('options-reset')?.addEventListener('click', () => void update({ ...DEFAULTS }));
  onSettingsChanged(show);
}

async function start() {
  localize(document, root);
  wire();
  show(await loadSettings());
}

start().catch((error) => console.error('Declutter options:', error));
