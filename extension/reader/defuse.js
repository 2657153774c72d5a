// @ts-check
// Runs in: the content script's isolated world (the reader), on detached documents.
/**
 * The reader's defensive second pass over content the core has already sanitised: an element and
 * attribute allowlist, script URLs out. Never the primary sanitiser (that is src/sanitize.rs); it holds
 * even if the core let everything through (tests/e2e/reader.test.mjs "keeps executable markup out").
 * Knows nothing of the reader's state.
 */

// Rendering

/** Attributes kept on content elements (the core's allowlist plus nothing executable). */
const KEEP_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'dir', 'lang', 'colspan', 'rowspan',
  'headers', 'scope', 'start', 'reversed', 'type', 'value', 'datetime', 'cite', 'id', 'class', 'abbr', 'rel',
  'referrerpolicy', 'loading', 'decoding',
  // MathML presentation (keywords and lengths only).
  'display', 'mathvariant', 'displaystyle', 'scriptlevel', 'stretchy', 'fence', 'separator', 'accent',
  'accentunder', 'linethickness', 'lspace', 'rspace', 'depth', 'notation', 'columnalign', 'rowalign',
  'columnspan', 'open', 'close', 'separators',
]);
/**
 * The elements the core's writer emits (src/sanitize.rs) and the reader's own page structure: the
 * second pass keeps these and drops every other element with its content. Custom elements (and
 * built-ins with an `is` value) would be upgraded by the page's registry once cloned into the page.
 */
const HTML_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'bdi', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl',
  'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
  // The reader's structure around the article (reader-template.js), which the saved file keeps.
  'main', 'header', 'footer', 'section', 'article', 'span',
]);
/** MathML presentation elements (as the core keeps them); annotations and anything else inside <math> go. */
const MATHML_ELEMENTS = new Set([
  'math', 'mrow', 'mfrac', 'msqrt', 'mroot', 'msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover', 'mmultiscripts',
  'mprescripts', 'none', 'mtable', 'mtr', 'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose', 'mfenced', 'merror',
  'mspace', 'semantics', 'mi', 'mn', 'mo', 'ms', 'mtext',
]);
const XHTML = 'http://www.w3.org/1999/xhtml';
const MATHML = 'http://www.w3.org/1998/Math/MathML';

/**
 * Drops every element that is not on the allowlist (with its content), every element with an `is`
 * value, and inside formulas anything that is not MathML.
 * @param {ParentNode} container
 */
export function dropElements(container) {
  for (const el of container.querySelectorAll('*')) {
    const allowed =
      el.namespaceURI === MATHML
        ? MATHML_ELEMENTS.has(el.localName)
        : el.namespaceURI === XHTML && HTML_ELEMENTS.has(el.localName) && !el.closest('math');
    if (!allowed || el.hasAttribute('is')) el.remove();
  }
}
const URL_ATTRIBUTES = ['href', 'src', 'cite'];

/**
 * Defensive second pass over already-sanitised content: drops executable elements, event handlers,
 * inline styles and script URLs. Never the primary sanitiser (that is the core's job).
 * @param {Element} container
 */
export function defuse(container) {
  dropElements(container);
  for (const el of container.querySelectorAll('*')) cleanAttributes(el);
}

/**
 * Removes every attribute of `el` that is not on the allowlist, and URLs that could run script.
 * With `forContent`, also keeps only the classes the reader styles.
 * @param {Element} el
 * @param {boolean} [forContent]
 */
export function cleanAttributes(el, forContent = false) {
  const attributes = el.attributes;
  for (let i = attributes.length - 1; i >= 0; i--) {
    const attr = /** @type {Attr} */ (attributes[i]);
    const name = attr.name.toLowerCase();
    if (!KEEP_ATTRIBUTES.has(name) && !name.startsWith('data-')) {
      el.removeAttribute(attr.name);
    } else if (URL_ATTRIBUTES.includes(name) && !safeUrl(attr.value, el.tagName === 'IMG' && name === 'src')) {
      el.removeAttribute(attr.name);
    } else if (name === 'srcset' && /(?:java|vb)script:|data:(?!image\/)/i.test(attr.value)) {
      el.removeAttribute(attr.name);
    } else if (forContent && name === 'class') {
      const keep = attr.value.split(/\s+/).filter((token) => /^(?:language-|lang-|reader-lead-image$)/.test(token));
      if (keep.length) attr.value = keep.join(' ');
      else el.removeAttribute(attr.name);
    }
  }
}

/**
 * @param {string} value
 * @param {boolean} allowDataImage
 */
export function safeUrl(value, allowDataImage) {
  const trimmed = value.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
  if (trimmed.startsWith('#')) return true;
  if (allowDataImage && /^data:image\/(?:png|gif|jpe?g|webp|avif);/.test(trimmed)) return true;
  return /^(?:https?:|mailto:|tel:|\/\/)/.test(trimmed) || !/^[a-z][a-z0-9+.-]*:/.test(trimmed);
}
