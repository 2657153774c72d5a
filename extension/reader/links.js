// @ts-check
// Runs in: the content script's isolated world (the reader).
/**
 * Links inside the article: same-article links (`#…`) pointed at the reader's namespaced ids and
 * followed inside the shadow root; URL helpers. Other links open over the reader, as on the page.
 */

import { state } from './state.js';

/** A URL fragment, percent-decoded where it is valid (`#100%` is not, and stays as written). */
export function decodeFragment(/** @type {string} */ fragment) {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * A same-article link (`#content-…`) scrolls to its target in the state.shadow root; left to the browser, it
 * would look for the id in the page's document (and change the page's URL fragment).
 * @param {MouseEvent} event
 */
export function followLocalLink(event) {
  const link = /** @type {Element} */ (event.target).closest?.('a[href^="#"]');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const target = state.shadow.getElementById(decodeFragment((link.getAttribute('href') ?? '').slice(1)));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  /** @type {HTMLElement} */ (target).focus({ preventScroll: true });
}

/**
 * Namespaces the content's ids (`content-…`, so they cannot clash with the reader's own) and points
 * links to the page's own URL with a fragment at the element they name.
 * @param {Element} body  parsed content (in a detached document)
 * @param {string} url  the page's URL
 */
export function pointLocalLinks(body, url) {
  for (const el of body.querySelectorAll('[id]')) el.id = `content-${el.id}`;
  const pageUrl = safeParse(url);
  const pageWithoutHash = pageUrl ? stripHash(pageUrl) : '';
  // Only a link with a fragment can point into the article itself; other links open in this tab,
  // over the reader, as on the page.
  for (const link of body.querySelectorAll('a[href*="#"]')) {
    const target = safeParse(link.getAttribute('href') ?? '', pageUrl);
    const sameDocument = target && pageUrl && target.hash && stripHash(target) === pageWithoutHash;
    const anchor = sameDocument ? body.querySelector(`[id="content-${cssEscape(decodeFragment(target.hash.slice(1)))}"]`) : null;
    if (anchor) link.setAttribute('href', `#${anchor.id}`);
  }
}

/** @param {string} value */
export function cssEscape(value) {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}

/**
 * @param {string} value
 * @param {URL | null} [base]
 */
export function safeParse(value, base) {
  try {
    return base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
}

/** @param {URL} url */
export function stripHash(url) {
  return url.href.replace(/#.*$/, '');
}
