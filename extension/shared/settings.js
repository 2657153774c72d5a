// @ts-check
// Runs in: the content script's world (the reader) and the options page. Reader typography settings:
// defaults, limits, validation, storage.sync persistence and change notification. The only DOM it
// touches is the root element handed to applyToRoot; normalize and stepSetting are pure (tests/js).

import { api, storageAreas } from './platform.js';

/** @typedef {'auto' | 'light' | 'sepia' | 'dark'} Theme */
/** @typedef {'serif' | 'sans' | 'dyslexic'} Font */
/**
 * @typedef {object} ReaderSettings
 * @property {Theme} theme
 * @property {Font} font
 * @property {number} fontSize    CSS px
 * @property {number} lineHeight  unitless
 * @property {number} width       measure: characters per line (1 character ≈ 0.5 em of book text)
 */

/**
 * Puts `settings` on the UI's root element (the reader's `.reader-root`, the options page's <html>):
 * theme and font as data attributes, sizes as the CSS custom properties reader.css and options.css read.
 * @param {HTMLElement} root
 * @param {ReaderSettings} settings
 */
export function applyToRoot(root, settings) {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--reader-line-height', String(settings.lineHeight));
  root.style.setProperty('--reader-measure', String(settings.width));
}

/** The storage.sync key holding the settings object. */
export const STORAGE_KEY = 'readerSettings';

export const THEMES = /** @type {const} */ (['light', 'sepia', 'dark', 'auto']);
export const FONTS = /** @type {const} */ (['serif', 'sans', 'dyslexic']);

/** Numeric settings: [min, max, step]. */
export const RANGES = {
  fontSize: { min: 14, max: 32, step: 2 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 44, max: 92, step: 4 },
};

/** @type {Readonly<ReaderSettings>} */
export const DEFAULTS = Object.freeze({
  theme: 'auto',
  font: 'serif',
  fontSize: 20,
  lineHeight: 1.6,
  width: 68,
});

/**
 * Coerces anything read from storage into valid settings (unknown keys dropped, bad values replaced by
 * defaults, numbers clamped to their range and rounded to their step).
 * @param {unknown} raw
 * @returns {ReaderSettings}
 */
export function normalize(raw) {
  const src = raw && typeof raw === 'object' ? /** @type {Record<string, unknown>} */ (raw) : {};
  /** @type {ReaderSettings} */
  const out = { ...DEFAULTS };
  if (THEMES.includes(/** @type {Theme} */ (src.theme))) out.theme = /** @type {Theme} */ (src.theme);
  if (FONTS.includes(/** @type {Font} */ (src.font))) out.font = /** @type {Font} */ (src.font);
  for (const key of /** @type {const} */ (['fontSize', 'lineHeight', 'width'])) {
    const value = Number(src[key]);
    if (src[key] !== undefined && src[key] !== null && Number.isFinite(value)) out[key] = clampToStep(key, value);
  }
  return out;
}

/**
 * @param {'fontSize' | 'lineHeight' | 'width'} key
 * @param {number} value
 */
export function clampToStep(key, value) {
  const { min, max, step } = RANGES[key];
  const clamped = Math.min(max, Math.max(min, value));
  const stepped = min + Math.round((clamped - min) / step) * step;
  // Round away binary noise (1.2 + 4 * 0.1 = 1.6000000000000001).
  return Math.round(Math.min(max, stepped) * 100) / 100;
}

/**
 * Moves a numeric setting by `direction` steps.
 * @param {ReaderSettings} settings
 * @param {'fontSize' | 'lineHeight' | 'width'} key
 * @param {number} direction  +1 or -1
 * @returns {ReaderSettings}
 */
export function stepSetting(settings, key, direction) {
  return { ...settings, [key]: clampToStep(key, settings[key] + direction * RANGES[key].step) };
}

/**
 * Reads the settings from storage.sync (falls back to storage.local when sync is unavailable, e.g. a
 * Firefox profile without an add-on ID or sync disabled by policy).
 * @returns {Promise<ReaderSettings>}
 */
export async function loadSettings() {
  for (const area of storageAreas()) {
    try {
      const got = await area.get(STORAGE_KEY);
      return normalize(got?.[STORAGE_KEY]);
    } catch {
      // Try the next storage area.
    }
  }
  return { ...DEFAULTS };
}

/**
 * @param {ReaderSettings} settings
 * @returns {Promise<void>}
 */
export async function saveSettings(settings) {
  const value = { [STORAGE_KEY]: normalize(settings) };
  const [first, fallback] = storageAreas();
  try {
    await first?.set(value);
  } catch {
    await fallback?.set(value);
  }
}

/**
 * Calls `listener` with fresh settings whenever another page (a second reader, the options page)
 * changes them.
 * @param {(settings: ReaderSettings) => void} listener
 */
export function onSettingsChanged(listener) {
  api.storage.onChanged.addListener((changes, area) => {
    if ((area === 'sync' || area === 'local') && changes[STORAGE_KEY]) {
      listener(normalize(changes[STORAGE_KEY].newValue));
    }
  });
}
