// @ts-check
// Runs in: the content script's world (the page shim and the reader) and the options page. Every
// user-visible string comes from _locales through i18n.getMessage: `t(key)` in code, and in markup
// `data-i18n` (text), `data-i18n-title`, `data-i18n-aria-label`, `data-i18n-placeholder`. No English
// fallback lives in code: tests/js/locales.test.mjs checks that every locale has every key used.

import { api } from './platform.js';

/**
 * The localised string for `key` (with `$1`… placeholders filled from `substitutions`), or `fallback`
 * (default: the key itself, which a test keeps from happening) when the message is missing.
 * @param {string} key
 * @param {string | string[]} [substitutions]
 * @param {string} [fallback]
 */
export function t(key, substitutions, fallback) {
  let message = '';
  try {
    message = api?.i18n?.getMessage(key, substitutions) ?? '';
  } catch {
    message = '';
  }
  return message || (fallback ?? key);
}

/** BCP 47 tag of the browser UI language (`en-US`, `ar`…). */
export function uiLanguage() {
  try {
    return api?.i18n?.getUILanguage?.() || navigator.language || 'en';
  } catch {
    return navigator.language || 'en';
  }
}

/** `rtl` when the UI language is written right to left. */
export function uiDirection() {
  // NOTE: the language decides first: headless Chromium started with --lang=ar reports
  // getUILanguage() 'ar' but '@@bidi_dir' 'ltr'.
  if (/^(ar|fa|he|iw|ur|ps|sd|ug|yi|dv|ckb)(-|$)/i.test(uiLanguage())) return 'rtl';
  return t('@@bidi_dir', undefined, '') === 'rtl' ? 'rtl' : 'ltr';
}

const ATTRIBUTES = /** @type {const} */ ([
  ['data-i18n-title', 'title'],
  ['data-i18n-aria-label', 'aria-label'],
  ['data-i18n-placeholder', 'placeholder'],
]);

/**
 * Localises every marked element under `container`, and gives `top` (the root element of the UI) the
 * UI language's lang and dir.
 * @param {ParentNode} container  a document or a shadow root
 * @param {HTMLElement} top
 */
export function localize(container, top) {
  top.lang = uiLanguage();
  top.dir = uiDirection();
  const doc = container;
  for (const el of doc.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.getAttribute('data-i18n') ?? '', undefined, el.textContent ?? '');
  }
  for (const [data, attr] of ATTRIBUTES) {
    for (const el of doc.querySelectorAll(`[${data}]`)) {
      el.setAttribute(attr, t(el.getAttribute(data) ?? '', undefined, el.getAttribute(attr) ?? ''));
    }
  }
}
