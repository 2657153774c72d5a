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
 * reader's, among them). Scripts' and style sheets' bodies, which the core drops, are left out
 * before the HTML is sent. Reads the page; changes nothing.
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
 * The tokens the scan steps over, leftmost first: a comment, a `<script>` or `<style>` element
 * (start tag, body, end tag), or any other tag. Every tag is taken whole, its attributes quoted or
 * not, so a `<script` inside an attribute value is never taken for a tag. Case-insensitive.
 */
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<[a-z/!?](?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/**
 * A `type` attribute naming JSON-LD structured data, which the core reads for the metadata (its
 * "+" may be written as a character reference, as the core decodes it).
 */
const JSON_LD = /\btype\s*=\s*["']?[^"'>]*ld(?:\+|&#x0*2b;?|&#0*43;?|&plus;)json/i;

/**
 * `html` with the bodies of its scripts and style sheets left out, their tags kept: the core drops
 * those bodies as it parses (all but JSON-LD, which stays), so it builds the same page from less.
 * On news pages they are a third of the HTML or more (half of a 1 MB one), all of it copied to
 * the background and parsed for nothing.
 * @param {string} html  HTML as a browser serialises it
 * @returns {string}
 */
export function withoutScriptBodies(html) {
  return html.replace(TOKEN, (whole, tag, attrs, body) => {
    if (!tag || !body || (tag.toLowerCase() === 'script' && JSON_LD.test(attrs))) return whole;
    // A script body with a comment opener is read by the tokenizer's escape states, where a
    // nested "<script>…</script>" does not end it: the span is left as it is.
    if (body.includes('<!--')) return whole;
    return `<${tag}${attrs}></${tag}>`;
  });
}

/**
 * The document as HTML for the core: its open shadow roots written in as declarative ones, its
 * scripts' and style sheets' bodies left out ({@link withoutScriptBodies}).
 * @param {Document} doc
 * @returns {{ html: string, shadowRoots: number }}
 */
export function serialisePage(doc) {
  const { html, shadowRoots } = pageHtml(doc);
  return { html: withoutScriptBodies(html), shadowRoots };
}

/**
 * The document as HTML, its open shadow roots written in as declarative ones.
 * @param {Document} doc
 * @returns {{ html: string, shadowRoots: number }}
 */
function pageHtml(doc) {
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
