// @ts-check
// Runs in: the content script's isolated world (the reader).
/**
 * Print: links are not followed by their address inline. reader.css numbers each web link of the article
 * in print ([1], [2]… with a CSS counter) and this module lists their addresses, in the same document
 * order, in the "Links" section at the end of the article (shown only on paper). Called once the whole
 * article is in (a long one arrives in parts).
 */

import { uiLanguage } from '../shared/i18n.js';
import { byId, state } from './state.js';

/** The article's web links, in document order (the ones the print stylesheet numbers). */
function webLinks() {
  return /** @type {HTMLAnchorElement[]} */ ([...state.content.querySelectorAll('a[href^="http"]')]);
}

/** Fills the print-only list of link addresses. */
export function listPrintLinks() {
  const section = byId('reader-print-links');
  const list = /** @type {HTMLOListElement} */ (section.querySelector('ol'));
  const links = webLinks();
  list.replaceChildren(
    ...links.map((link) => {
      const item = document.createElement('li');
      item.dir = 'ltr';
      item.textContent = link.getAttribute('href') ?? '';
      return item;
    }),
  );
  section.hidden = links.length === 0;
  // The heading is in the UI language, whatever the article's.
  section.lang = uiLanguage();
  section.dir = state.root.dir || 'ltr';
}
