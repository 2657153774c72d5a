// @ts-check
// Runs in: the content script's isolated world (the reader), on the detached parsed article.
/**
 * Prepares the core's article HTML for reading, before it is cloned into the page: the defensive
 * pass (defuse.js) applied, ids namespaced and same-article links pointed at them (links.js), the
 * heading that repeats the headline removed, headings renumbered, images lazy and anonymous, tables
 * and code scrollable, `dir=auto` on text blocks of a mixed-direction article, the lead image added.
 */

import { t } from '../shared/i18n.js';
import { cleanAttributes, dropElements } from './defuse.js';
import { pointLocalLinks } from './links.js';

function comparable(/** @type {string} */ text) {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Text blocks that get `dir=auto` (each finds its own direction) when the article has RTL text. */
const DIR_AUTO_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD', 'CAPTION']);
/** Any right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * Prepares the parsed content for reading, the parts that need the whole article: executable
 * elements dropped, ids namespaced (`content-…`), same-article links pointed at them, a heading that
 * repeats the headline removed, headings renumbered to follow the reader's h1 without gaps.
 * prepareElements does the rest, per part. Returns what prepareElements needs.
 * @param {Element} body  parsed content (in a detached document)
 * @param {any} article
 * @param {string} url
 */
export function prepareWhole(body, article, url) {
  dropElements(body);
  pointLocalLinks(body, url);
  const firstHeading = body.querySelector('h1, h2');
  if (firstHeading && article.title && comparable(firstHeading.textContent ?? '') === comparable(article.title)) {
    firstHeading.remove();
  }
  renumberHeadings(body);
  // Without any right-to-left letter, every block would resolve `dir=auto` to the article's direction.
  return { mixedDirection: RTL_LETTER.test(String(article.content_html ?? '')) || articleDirection(article) === 'rtl' };
}

/**
 * The per-element part of preparing content, for the elements under `container` (not itself): the
 * attribute allowlist again, classes the reader does not style dropped, images lazy, wide tables and
 * code scrollable and keyboard-reachable, `dir=auto` on text blocks. One pass.
 * @param {ParentNode} container
 * @param {{ mixedDirection: boolean }} context
 */
export function prepareElements(container, { mixedDirection }) {
  /** @type {Element[]} */
  const tables = [];
  for (const el of container.querySelectorAll('*')) {
    cleanAttributes(el, true);
    const tag = el.tagName;
    if (tag === 'IMG') {
      if (!el.hasAttribute('src') && !el.hasAttribute('srcset')) {
        el.remove();
        continue;
      }
      if (!el.hasAttribute('alt')) el.setAttribute('alt', '');
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
      // The article's images are fetched without telling their host which page is being read.
      el.setAttribute('referrerpolicy', 'no-referrer');
    } else if (tag === 'A') {
      el.setAttribute('rel', 'noreferrer noopener');
    } else if (tag === 'TABLE') {
      tables.push(el);
    } else if (tag === 'PRE') {
      el.setAttribute('tabindex', '0');
      el.setAttribute('dir', 'ltr');
    }
    if (mixedDirection && DIR_AUTO_TAGS.has(tag) && !el.hasAttribute('dir')) el.setAttribute('dir', 'auto');
  }
  for (const tableEl of tables) {
    const wrap = /** @type {Document} */ (tableEl.ownerDocument).createElement('div');
    wrap.className = 'table-scroll';
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('tabindex', '0');
    const caption = tableEl.querySelector('caption')?.textContent?.trim();
    wrap.setAttribute('aria-label', caption || t('tableLabel'));
    tableEl.replaceWith(wrap);
    wrap.append(tableEl);
  }
}

/**
 * Shows the page's lead image (og:image / JSON-LD) above the text when the article body has no image
 * of its own, as most news templates keep the hero image outside the article body.
 * @param {Element} body
 * @param {any} article
 */
export function addLeadImage(body, article) {
  const src = String(article.lead_image ?? '');
  if (!/^https?:\/\//i.test(src) || body.querySelector('img, picture, video')) return;
  const figure = body.ownerDocument.createElement('figure');
  figure.className = 'reader-lead-image';
  const img = body.ownerDocument.createElement('img');
  img.setAttribute('src', src);
  img.setAttribute('alt', '');
  figure.append(img);
  body.prepend(figure);
}

/**
 * The reader has one h1 (the headline); content headings start at h2 and never skip a level.
 * @param {Element} body
 */
function renumberHeadings(body) {
  const headings = [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  let previous = 1;
  const levels = headings.map((h) => Number(h.tagName[1]));
  const shift = levels.length ? 2 - Math.min(...levels) : 0;
  for (const [index, heading] of headings.entries()) {
    const level = Math.min(6, Math.max(2, Math.min((levels[index] ?? 2) + shift, previous + 1)));
    previous = level;
    if (level === levels[index]) continue;
    const replacement = body.ownerDocument.createElement(`h${level}`);
    for (const attr of heading.attributes) replacement.setAttribute(attr.name, attr.value);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}

const RTL_LANGUAGES = /^(?:ar|fa|he|iw|ur|ps|sd|ug|yi|dv|ckb|syr)(?:-|$)/i;

/**
 * The article's base direction: the page's own `dir`, else what its language implies, else `auto`
 * (the browser decides from the first strong character).
 * @param {any} article
 * @returns {'ltr' | 'rtl' | 'auto'}
 */
export function articleDirection(article) {
  if (article.dir === 'rtl' || article.dir === 'ltr') return article.dir;
  const lang = String(article.lang ?? '');
  if (RTL_LANGUAGES.test(lang)) return 'rtl';
  return lang ? 'ltr' : 'auto';
}
