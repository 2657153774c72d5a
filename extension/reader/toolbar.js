// @ts-check
// Runs in: the content script's isolated world (the reader).
/**
 * The toolbar and the typography settings: theme, font and size controls (saved to storage, coalesced),
 * print, copy as Markdown, save as HTML, close; arrow-key movement between controls; Esc and
 * Alt+Shift+R to leave. Only trusted (user-caused) events act.
 */

import { applyToRoot, normalize, RANGES, saveSettings, stepSetting } from '../shared/settings.js';
import { copyMarkdown, saveHtml } from './export.js';
import { followLocalLink } from './links.js';
import { toggleRemoved } from './render.js';
import { byId, state } from './state.js';
import { addDyslexicFont } from './styles.js';

/** @typedef {import('../shared/settings.js').ReaderSettings} ReaderSettings */

/** @param {ReaderSettings} next */
export function applySettings(next) {
  state.settings = next;
  applyToRoot(state.root, next);
  if (next.font === 'dyslexic') void addDyslexicFont();
  for (const button of state.toolbar.querySelectorAll('[data-theme-choice]')) {
    button.setAttribute('aria-pressed', String(button.getAttribute('data-theme-choice') === next.theme));
  }
  const fontSelect = /** @type {HTMLSelectElement} */ (byId('reader-font'));
  fontSelect.value = next.font;
  for (const output of state.toolbar.querySelectorAll('[data-setting-value]')) {
    const key = /** @type {'fontSize' | 'lineHeight' | 'width'} */ (output.getAttribute('data-setting-value'));
    output.textContent = key === 'lineHeight' ? next[key].toFixed(1) : String(next[key]);
  }
  for (const button of state.toolbar.querySelectorAll('[data-step]')) {
    const key = /** @type {'fontSize' | 'lineHeight' | 'width'} */ (button.getAttribute('data-step'));
    const direction = Number(button.getAttribute('data-direction'));
    const atLimit = direction < 0 ? next[key] <= RANGES[key].min : next[key] >= RANGES[key].max;
    // aria-disabled keeps the button focusable, so Tab order and focus stay put at a limit.
    button.setAttribute('aria-disabled', String(atLimit));
  }
}

/** @param {Partial<ReaderSettings>} change */
function updateSettings(change) {
  applySettings(normalize({ ...state.settings, ...change }));
  // storage.sync allows ~120 writes a minute: coalesce bursts of clicks.
  clearTimeout(state.saveTimer);
  state.saveTimer = window.setTimeout(flushSettings, 150);
}

export function flushSettings() {
  if (!state.saveTimer) return Promise.resolve();
  clearTimeout(state.saveTimer);
  state.saveTimer = 0;
  return saveSettings(state.settings).catch((error) => console.warn('Declutter: could not save settings', error));
}

/**
 * `handler`, run only for events the user caused: a page script can dispatch synthetic clicks and keys
 * at the reader's host (they are retargeted into the page), never trusted ones.
 * @template {Event} E
 * @param {(event: E) => void} handler
 * @returns {(event: E) => void}
 */
export function trusted(handler) {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

export function wireToolbar() {
  state.toolbar.addEventListener('click', trusted((event) => {
    const target = /** @type {Element} */ (event.target);
    const themeButton = target.closest('[data-theme-choice]');
    if (themeButton) {
      updateSettings({ theme: /** @type {any} */ (themeButton.getAttribute('data-theme-choice')) });
      return;
    }
    const stepButton = target.closest('[data-step]');
    if (stepButton) {
      if (stepButton.getAttribute('aria-disabled') === 'true') return;
      const key = /** @type {'fontSize' | 'lineHeight' | 'width'} */ (stepButton.getAttribute('data-step'));
      const next = stepSetting(state.settings, key, Number(stepButton.getAttribute('data-direction')));
      updateSettings({ [key]: next[key] });
    }
  }));
  // A <select>'s change event is what assistive tools and form automation produce too; only code that
  // holds the closed root can reach the element at all, so it is not limited to trusted events.
  byId('reader-font').addEventListener('change', (event) => {
    updateSettings({ font: /** @type {any} */ (/** @type {HTMLSelectElement} */ (event.target).value) });
  });
  byId('reader-close').addEventListener('click', trusted(closeReader));
  byId('reader-print').addEventListener('click', trusted(() => window.print()));
  state.content.addEventListener('click', trusted(followLocalLink));
  byId('reader-removed').addEventListener('click', trusted(toggleRemoved));
  byId('reader-copy-markdown').addEventListener('click', trusted(copyMarkdown));
  byId('reader-save-html').addEventListener('click', trusted(saveHtml));
  state.toolbar.addEventListener('keydown', trusted(onToolbarKey));
}

/**
 * Arrow keys move between toolbar controls (the ARIA toolbar pattern); Tab also reaches each one.
 * @param {KeyboardEvent} event
 */
function onToolbarKey(event) {
  if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
  if (/** @type {Element} */ (event.target).tagName === 'SELECT') return;
  // Only the controls on screen: "More" is hidden on a wide screen, its panel's controls while it is closed.
  const items = /** @type {HTMLElement[]} */ ([...state.toolbar.querySelectorAll('button, select, a[href]')]).filter(
    (el) => el.getClientRects().length > 0,
  );
  const index = items.indexOf(/** @type {HTMLElement} */ (state.shadow.activeElement));
  if (index < 0) return;
  const rtl = getComputedStyle(state.toolbar).direction === 'rtl';
  let next = index;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = items.length - 1;
  else next = index + ((event.key === 'ArrowRight') !== rtl ? 1 : -1);
  next = (next + items.length) % items.length;
  items[next]?.focus();
  event.preventDefault();
}

/**
 * Esc (and Alt+Shift+R, when the browser leaves the command's keys to the page) closes the reader.
 * Listens on the page's window so it works wherever focus is; a page cannot cancel it, as the
 * reader covers the whole page.
 * @param {KeyboardEvent} event
 */
export function onKey(event) {
  const isToggle = event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR';
  if (event.key === 'Escape' || isToggle) {
    event.preventDefault();
    closeReader();
  }
}

function closeReader() {
  void flushSettings();
  state.leave();
}
