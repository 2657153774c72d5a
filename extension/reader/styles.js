// @ts-check
// Runs in: the content script's isolated world (the reader).
/**
 * The reader's stylesheet (reader/reader.css, fetched once) and the bundled dyslexia-friendly font.
 */

import { api, constructSheet } from '../shared/platform.js';
import { state } from './state.js';

/** reader.css, fetched once per content-script life. */
export function readerCss() {
  state.loaded.css ??= fetch(api.runtime.getURL('reader/reader.css')).then((response) => response.text());
  return state.loaded.css;
}

/** reader.css parsed into a constructed stylesheet, once per content-script life (null where this
 * world cannot construct one: shared/platform.js). */
export function readerSheet() {
  state.loaded.sheet ??= readerCss().then(constructSheet);
  return state.loaded.sheet;
}

/** Styles for the saved file: reader.css without the bundled-font rules (their URLs are extension-relative). */
export async function savedCss() {
  try {
    return (await readerCss()).replace(/@font-face\s*\{[^}]*\}/g, '');
  } catch {
    return '';
  }
}

/** The bundled OpenDyslexic faces: @font-face does not work inside a shadow root, so they are added to
 * the page's document with the FontFace API, from bytes (no URL the page's CSP could refuse). */
const FONT_FILES = /** @type {const} */ ([
  ['fonts/opendyslexic-latin-400-normal.woff2', '400'],
  ['fonts/opendyslexic-latin-700-normal.woff2', '700'],
]);
export function addDyslexicFont() {
  state.loaded.fonts ??= Promise.all(
    FONT_FILES.map(async ([file, weight]) => {
      const bytes = await (await fetch(api.runtime.getURL(file))).arrayBuffer();
      const face = new FontFace('OpenDyslexic', bytes, { weight, style: 'normal', display: 'swap' });
      document.fonts.add(await face.load());
    }),
  ).then(
    () => undefined,
    (error) => console.warn('Declutter: could not load the dyslexia-friendly font', error),
  );
  return state.loaded.fonts;
}
