// @ts-check
// Runs in: the page, content script's isolated world (ES module, imported by content/page.js).
/**
 * The page as HTML for the core, with what its web components show. `outerHTML` leaves out every
 * shadow root, so an article a custom element renders in its shadow tree (or a page built of such
 * elements) would reach the core empty. Here each open shadow root is written into its host as the
 * declarative `<template shadowrootmode="open">` the core reads as the host's content
 * (`Element.getHTML` with the roots listed). A page without shadow roots gets plain `outerHTML`, as
 * does a browser without `getHTML` (the manifests' minimum versions all have it; checked anyway).
 *
 * Closed shadow roots stay closed: a page closes them to keep their insides its own (ours, the
 * reader's, among them). Reads the page; changes nothing.
 */

/** Our own elements with open shadow roots (the short notice), never part of the page. */
const OWN_HOSTS = new Set(['declutter-notice']);

/**
 * Every open shadow root under `scope`, nested ones included, in no particular order.
 * @param {Document | ShadowRoot} scope
 * @returns {ShadowRoot[]}
 */
export function openShadowRoots(scope) {
  /** @type {ShadowRoot[]} */
  const roots = [];
  /** @type {(Document | ShadowRoot)[]} */
  const pending = [scope];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const el of next.querySelectorAll('*')) {
      const root = el.shadowRoot;
      if (root && !OWN_HOSTS.has(el.localName)) {
        roots.push(root);
        pending.push(root);
      }
    }
  }
  return roots;
}

/**
 * The document as HTML, its open shadow roots written in as declarative ones.
 * @param {Document} doc
 * @returns {{ html: string, shadowRoots: number }}
 */
export function serialisePage(doc) {
  const top = doc.documentElement;
  if (typeof top.getHTML !== 'function') return { html: top.outerHTML, shadowRoots: 0 };
  const shadowRoots = openShadowRoots(doc);
  if (shadowRoots.length === 0) return { html: top.outerHTML, shadowRoots: 0 };
  // getHTML writes the children; the <html> tag with its attributes (lang, dir) comes from a shallow copy.
  const shell = /** @type {Element} */ (top.cloneNode(false)).outerHTML;
  const end = shell.lastIndexOf('</');
  const html = shell.slice(0, end) + top.getHTML({ shadowRoots }) + shell.slice(end);
  return { html, shadowRoots: shadowRoots.length };
}
