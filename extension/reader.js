// Runs in: the content script's isolated world (content.js imports it when the reader opens).
// mountReader() renders one Article into a closed shadow root on a host element in the page and drives
// the toolbar (typography settings, print, copy as Markdown, save as HTML, close). Extracts nothing:
// the core did that. The page's CSS cannot reach into the shadow root and the page's scripts cannot
// get it (closed, and created from this world); the text is still in the page, so the browser's and
// other extensions' tools (dictionaries, translators) see selections and mouse events on it.

import { styleShadowRoot } from './browser.js';
import { localize, t, uiLanguage } from './i18n.js';
import { READER_MARKUP } from './reader-template.js';
import {
  DEFAULTS,
  RANGES,
  applyToRoot,
  extensionApi,
  loadSettings,
  normalize,
  onSettingsChanged,
  saveSettings,
  stepSetting,
} from './reader-settings.js';

/** @typedef {import('./reader-settings.js').ReaderSettings} ReaderSettings */

const api = extensionApi();

// One reader at a time per tab: mountReader() fills these, unmount empties them.
/** @type {ShadowRoot} */
let shadow = /** @type {any} */ (null);
/** The UI's root element inside the shadow root (theme, font and sizes live on it); it also scrolls. */
/** @type {HTMLElement} */
let root = /** @type {any} */ (null);
/** @type {HTMLElement} */
let main = /** @type {any} */ (null);
/** @type {HTMLElement} */
let toolbar = /** @type {any} */ (null);
/** @type {HTMLElement} */
let content = /** @type {any} */ (null);
/** What mountReader was told to call to leave the reader. */
let leave = () => {};
/** Undo functions for listeners on the page's window, run on unmount. */
/** @type {Array<() => void>} */
let cleanups = [];

/** @param {string} id */
function byId(id) {
  const el = shadow.getElementById(id);
  if (!el) throw new Error(`the reader markup lacks #${id}`);
  return /** @type {HTMLElement} */ (el);
}

/**
 * @param {EventTarget} target
 * @param {string} type
 * @param {(event: any) => void} listener
 * @param {AddEventListenerOptions} [options]
 */
function listen(target, type, listener, options) {
  target.addEventListener(type, listener, options);
  cleanups.push(() => target.removeEventListener(type, listener, options));
}

/** @type {ReaderSettings} */
let settings = { ...DEFAULTS };
/** What is on screen: the article and the page URL, plus the header texts used by Markdown/HTML export. */
let shown = /** @type {null | { article: any, url: string, dateText: string }} */ (null);

// ---------------------------------------------------------------------------------------------
// Settings

/** @param {ReaderSettings} next */
function applySettings(next) {
  settings = next;
  applyToRoot(root, next);
  if (next.font === 'dyslexic') void addDyslexicFont();
  for (const button of toolbar.querySelectorAll('[data-theme-choice]')) {
    button.setAttribute('aria-pressed', String(button.getAttribute('data-theme-choice') === next.theme));
  }
  const fontSelect = /** @type {HTMLSelectElement} */ (byId('reader-font'));
  fontSelect.value = next.font;
  for (const output of toolbar.querySelectorAll('[data-setting-value]')) {
    const key = /** @type {'fontSize' | 'lineHeight' | 'width'} */ (output.getAttribute('data-setting-value'));
    output.textContent = key === 'lineHeight' ? next[key].toFixed(1) : String(next[key]);
  }
  for (const button of toolbar.querySelectorAll('[data-step]')) {
    const key = /** @type {'fontSize' | 'lineHeight' | 'width'} */ (button.getAttribute('data-step'));
    const direction = Number(button.getAttribute('data-direction'));
    const atLimit = direction < 0 ? next[key] <= RANGES[key].min : next[key] >= RANGES[key].max;
    // aria-disabled keeps the button focusable, so Tab order and focus stay put at a limit.
    button.setAttribute('aria-disabled', String(atLimit));
  }
}

let saveTimer = 0;
/** @param {Partial<ReaderSettings>} change */
function updateSettings(change) {
  applySettings(normalize({ ...settings, ...change }));
  // storage.sync allows ~120 writes a minute: coalesce bursts of clicks.
  clearTimeout(saveTimer);
  saveTimer = window.setTimeout(flushSettings, 150);
}

function flushSettings() {
  if (!saveTimer) return Promise.resolve();
  clearTimeout(saveTimer);
  saveTimer = 0;
  return saveSettings(settings).catch((error) => console.warn('Declutter: could not save settings', error));
}

// ---------------------------------------------------------------------------------------------
// Toolbar

/**
 * `handler`, run only for events the user caused: a page script can dispatch synthetic clicks and keys
 * at the reader's host (they are retargeted into the page), never trusted ones.
 * @template {Event} E
 * @param {(event: E) => void} handler
 * @returns {(event: E) => void}
 */
function trusted(handler) {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

function wireToolbar() {
  toolbar.addEventListener('click', trusted((event) => {
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
      const next = stepSetting(settings, key, Number(stepButton.getAttribute('data-direction')));
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
  content.addEventListener('click', trusted(followLocalLink));
  byId('reader-removed').addEventListener('click', trusted(toggleRemoved));
  byId('reader-copy-markdown').addEventListener('click', trusted(copyMarkdown));
  byId('reader-save-html').addEventListener('click', trusted(saveHtml));
  toolbar.addEventListener('keydown', trusted(onToolbarKey));
}

/** A URL fragment, percent-decoded where it is valid (`#100%` is not, and stays as written). */
function decodeFragment(/** @type {string} */ fragment) {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * A same-article link (`#content-…`) scrolls to its target in the shadow root; left to the browser, it
 * would look for the id in the page's document (and change the page's URL fragment).
 * @param {MouseEvent} event
 */
function followLocalLink(event) {
  const link = /** @type {Element} */ (event.target).closest?.('a[href^="#"]');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const target = shadow.getElementById(decodeFragment((link.getAttribute('href') ?? '').slice(1)));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  /** @type {HTMLElement} */ (target).focus({ preventScroll: true });
}

/**
 * Arrow keys move between toolbar controls (the ARIA toolbar pattern); Tab also reaches each one.
 * @param {KeyboardEvent} event
 */
function onToolbarKey(event) {
  if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
  if (/** @type {Element} */ (event.target).tagName === 'SELECT') return;
  const items = /** @type {HTMLElement[]} */ ([...toolbar.querySelectorAll('button, select, a[href]')]);
  const index = items.indexOf(/** @type {HTMLElement} */ (shadow.activeElement));
  if (index < 0) return;
  const rtl = getComputedStyle(toolbar).direction === 'rtl';
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
function onKey(event) {
  const isToggle = event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR';
  if (event.key === 'Escape' || isToggle) {
    event.preventDefault();
    closeReader();
  }
}

function closeReader() {
  void flushSettings();
  leave();
}

/** @param {string} message */
function toast(message) {
  const el = byId('reader-toast');
  el.textContent = message;
  el.classList.add('is-visible');
  clearTimeout(Number(el.dataset.timer));
  el.dataset.timer = String(
    setTimeout(() => {
      el.classList.remove('is-visible');
    }, 2500),
  );
}

// ---------------------------------------------------------------------------------------------
// Actions

/**
 * A turndown converter set up for the reader's article: CommonMark + GFM tables (turndown and
 * turndown-plugin-gfm, vendored into vendor/ by build.sh, loaded on the first export only). A few rules
 * replace turndown's where its output differs from what the export promises: a code fence longer than any
 * backtick run in the code (turndown counts only runs at a line start, but CommonMark also closes a fence
 * on a line indented up to three spaces), `- ` / `1. ` list markers, table cells on one line with `|`
 * escaped, the caption above its table and a header separator for a table without a heading row, and
 * figure captions in italics.
 */
async function markdownConverter() {
  const [{ default: TurndownService }, { gfm }] = await Promise.all([
    import('./vendor/turndown.js'),
    import('./vendor/turndown-plugin-gfm.js'),
  ]);
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
  });
  service.use(gfm);
  const oneLine = (/** @type {string} */ text) => text.replace(/\s+/g, ' ').trim();
  // Rules added later are tried first.
  service.addRule('fencedCode', {
    filter: 'pre',
    replacement(_content, /** @type {HTMLElement} */ pre) {
      const code = pre.querySelector(':scope > code');
      const text = (pre.textContent ?? '').replace(/\n$/, '');
      const language = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(`${code?.className ?? ''} ${pre.className}`);
      const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(longest + 1);
      return `\n\n${fence}${language ? language[1] : ''}\n${text}\n${fence}\n\n`;
    },
  });
  service.addRule('listItem', {
    filter: 'li',
    replacement(content, /** @type {HTMLElement} */ li) {
      const list = li.parentElement;
      let marker = '- ';
      if (list?.nodeName === 'OL') {
        const start = Number(list.getAttribute('start') ?? '1');
        marker = `${(Number.isFinite(start) ? start : 1) + [...list.children].indexOf(li)}. `;
      }
      const body = content.replace(/^\n+|\n+$/g, '') + (/\n$/.test(content) ? '\n' : '');
      return marker + body.replace(/\n(?=.)/g, `\n${' '.repeat(marker.length)}`) + (li.nextElementSibling ? '\n' : '');
    },
  });
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement(content, /** @type {HTMLTableCellElement} */ cell) {
      const text = oneLine(content).replace(/(^|[^\\])\|/g, '$1\\|');
      return `${cell.cellIndex === 0 ? '| ' : ' '}${text} |`;
    },
  });
  service.addRule('tableCaption', { filter: 'caption', replacement: () => '' });
  service.addRule('table', {
    filter: 'table',
    replacement(content, /** @type {HTMLTableElement} */ table) {
      const rows = content.split('\n').filter((line) => line.trim());
      if (!rows.length) return '';
      if (!rows.some((line) => /^\|(?: :?-+:? \|)+$/.test(line))) {
        rows.splice(1, 0, `|${' --- |'.repeat(table.rows[0]?.cells.length || 1)}`);
      }
      const caption = table.caption ? oneLine(service.escape(table.caption.textContent ?? '')) : '';
      return `\n\n${caption ? `_${caption}_\n\n` : ''}${rows.join('\n')}\n\n`;
    },
  });
  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content) => (oneLine(content) ? `\n\n_${oneLine(content)}_\n\n` : ''),
  });
  return service;
}

/** @type {Promise<any> | null} */
let converter = null;

async function markdown() {
  await completed;
  if (!shown) return '';
  const { article, url, dateText } = shown;
  converter ??= markdownConverter();
  const service = await converter;
  const line = (/** @type {unknown} */ text) => service.escape(String(text ?? '').replace(/\s+/g, ' ').trim());
  const details = [article.byline, siteName(article, url), dateText].map(line).filter(Boolean);
  const parts = [
    article.title ? `# ${line(article.title)}` : '',
    details.length ? `_${details.join(' · ')}_` : '',
    url ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : '',
    service.turndown(content),
  ];
  return `${parts.filter((part) => part.trim()).join('\n\n')}\n`;
}

async function copyMarkdown() {
  const text = await markdown();
  try {
    await navigator.clipboard.writeText(text);
    toast(t('copied', undefined, 'Copied as Markdown'));
  } catch {
    // A cross-origin frame may lack the clipboard-write permission policy: fall back to a selection copy.
    const previous = /** @type {HTMLElement | null} */ (shadow.activeElement);
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    root.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    previous?.focus();
    toast(ok ? t('copied', undefined, 'Copied as Markdown') : t('copyFailed', undefined, 'Could not copy'));
  }
}

/** reader.css, fetched once per content-script life. */
let cssText = /** @type {Promise<string> | null} */ (null);
function readerCss() {
  cssText ??= fetch(api.runtime.getURL('reader.css')).then((response) => response.text());
  return cssText;
}

/** Styles for the saved file: reader.css without the bundled-font rules (their URLs are extension-relative). */
async function savedCss() {
  try {
    return (await readerCss()).replace(/@font-face\s*\{[^}]*\}/g, '');
  } catch {
    return '';
  }
}

/**
 * A standalone, script-free HTML document of the article as it is shown (current theme and typography).
 * @returns {Promise<string>}
 */
async function standaloneHtml() {
  await completed;
  if (!shown) return '';
  const doc = document.implementation.createHTMLDocument(shown.article.title || 'Article');
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  doc.head.prepend(meta);
  // The saved file runs nothing and loads nothing but its images, whatever a sanitiser missed.
  const policy = doc.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
  meta.after(policy);
  const viewport = doc.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  doc.head.append(viewport);
  if (/^https?:/.test(shown.url)) {
    const canonical = doc.createElement('link');
    canonical.rel = 'canonical';
    canonical.href = shown.url;
    doc.head.append(canonical);
  }
  const style = doc.createElement('style');
  style.textContent = await savedCss();
  doc.head.append(style);
  for (const name of ['lang', 'dir', 'data-theme', 'data-font', 'style']) {
    const value = root.getAttribute(name);
    if (value) doc.documentElement.setAttribute(name, value);
  }
  doc.documentElement.classList.add('reader-root', 'is-saved');
  const clone = /** @type {HTMLElement} */ (doc.importNode(main, true));
  clone.removeAttribute('tabindex');
  for (const el of clone.querySelectorAll('[hidden], #reader-footer, #reader-duplicate-banner')) el.remove();
  doc.body.append(clone);
  // The content was sanitised on the way in; make sure nothing executable slipped through anyway.
  defuse(doc.body);
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}

async function saveHtml() {
  const html = await standaloneHtml();
  const blob = new Blob([html], { type: 'text/html;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${fileName(shown?.article.title ?? '')}.html`;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  toast(t('saved', undefined, 'Saved'));
}

/** @param {string} title */
function fileName(title) {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return cleaned || 'article';
}

// ---------------------------------------------------------------------------------------------
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
function dropElements(container) {
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
function defuse(container) {
  dropElements(container);
  for (const el of container.querySelectorAll('*')) cleanAttributes(el);
}

/**
 * Removes every attribute of `el` that is not on the allowlist, and URLs that could run script.
 * With `forContent`, also keeps only the classes the reader styles.
 * @param {Element} el
 * @param {boolean} [forContent]
 */
function cleanAttributes(el, forContent = false) {
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
function safeUrl(value, allowDataImage) {
  const trimmed = value.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
  if (trimmed.startsWith('#')) return true;
  if (allowDataImage && /^data:image\/(?:png|gif|jpe?g|webp|avif);/.test(trimmed)) return true;
  return /^(?:https?:|mailto:|tel:|\/\/)/.test(trimmed) || !/^[a-z][a-z0-9+.-]*:/.test(trimmed);
}

/** Normalises text for comparisons (title vs. a heading in the content). */
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
function prepareWhole(body, article, url) {
  dropElements(body);
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
function prepareElements(container, { mixedDirection }) {
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
    wrap.setAttribute('aria-label', caption || t('tableLabel', undefined, 'Table'));
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
function addLeadImage(body, article) {
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

/** @param {string} value */
function cssEscape(value) {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}

/**
 * @param {string} value
 * @param {URL | null} [base]
 */
function safeParse(value, base) {
  try {
    return base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
}

/** @param {URL} url */
function stripHash(url) {
  return url.href.replace(/#.*$/, '');
}

/**
 * @param {any} article
 * @param {string} url
 */
function siteName(article, url) {
  return article.site_name || safeParse(url)?.hostname.replace(/^www\./, '') || '';
}

/**
 * The publication date in the UI language, or the page's own text when it is not a date we can read.
 * @param {string | null | undefined} published
 */
function formatDate(published) {
  if (!published) return { text: '', iso: '' };
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return { text: published, iso: '' };
  const hasTime = /\d{1,2}:\d{2}/.test(published);
  const options = /** @type {Intl.DateTimeFormatOptions} */ ({ dateStyle: 'long', ...(hasTime ? { timeStyle: 'short' } : {}) });
  try {
    return { text: new Intl.DateTimeFormat(uiLanguage(), options).format(date), iso: date.toISOString() };
  } catch {
    return { text: published, iso: '' };
  }
}

/** @param {number} minutes */
function formatReadingTime(minutes) {
  const count = Math.max(1, Math.round(minutes || 1));
  let duration = `${count} min`;
  try {
    const unitDisplay = t('readingTimeUnitDisplay', undefined, 'short') === 'long' ? 'long' : 'short';
    duration = new Intl.NumberFormat(uiLanguage(), { style: 'unit', unit: 'minute', unitDisplay }).format(count);
  } catch {
    // Keep the plain form.
  }
  return t('readingTime', [duration], `${duration} read`);
}

/**
 * "N blocks removed" with the plural form of the UI language.
 * @param {number} count
 */
function removedLabel(count) {
  let category = 'other';
  try {
    category = new Intl.PluralRules(uiLanguage()).select(count);
  } catch {
    // Keep "other".
  }
  const number = new Intl.NumberFormat(uiLanguage()).format(count);
  const key = category === 'one' ? 'removedCountOne' : 'removedCountOther';
  return t(key, [number], `${number} blocks removed`);
}

const RTL_LANGUAGES = /^(?:ar|fa|he|iw|ur|ps|sd|ug|yi|dv|ckb|syr)(?:-|$)/i;

/**
 * The article's base direction: the page's own `dir`, else what its language implies, else `auto`
 * (the browser decides from the first strong character).
 * @param {any} article
 * @returns {'ltr' | 'rtl' | 'auto'}
 */
function articleDirection(article) {
  if (article.dir === 'rtl' || article.dir === 'ltr') return article.dir;
  const lang = String(article.lang ?? '');
  if (RTL_LANGUAGES.test(lang)) return 'rtl';
  return lang ? 'ltr' : 'auto';
}

/**
 * Puts a UI-language string in `el`, isolated in its own direction (an English "2 min read" inside an
 * Arabic header keeps its word order; the header's separators stay in the article's direction).
 * @param {HTMLElement} el
 * @param {string} text
 */
function setUiText(el, text) {
  const span = document.createElement('span');
  span.lang = uiLanguage();
  span.dir = root.dir || 'ltr';
  span.textContent = text;
  el.replaceChildren(...(text ? [span] : []));
}

/**
 * @param {any} article
 * @param {string} url
 */
function render(article, url) {
  const dir = articleDirection(article);
  if (article.lang) main.lang = article.lang;
  main.dir = dir;
  // Controls sit on the reading side: a right-to-left article or UI mirrors the toolbar.
  const barDir = dir === 'rtl' || root.dir === 'rtl' ? 'rtl' : 'ltr';
  byId('reader-bar').dir = barDir;
  toolbar.dir = barDir;

  const title = article.title || safeParse(url)?.hostname || '';
  byId('reader-title').textContent = title;
  byId('reader-site').textContent = siteName(article, url);
  byId('reader-byline').textContent = article.byline || '';
  const date = formatDate(article.published);
  const dateEl = byId('reader-date');
  setUiText(dateEl, date.text);
  if (date.iso) dateEl.setAttribute('datetime', date.iso);
  setUiText(byId('reader-time'), article.word_count ? formatReadingTime(article.reading_minutes) : '');
  for (const el of [byId('reader-byline'), dateEl, byId('reader-time')]) el.hidden = !el.textContent;

  const original = /** @type {HTMLAnchorElement} */ (byId('reader-original'));
  const originalIcon = /** @type {HTMLAnchorElement} */ (byId('reader-original-icon'));
  const pageUrl = safeParse(url);
  if (pageUrl && /^https?:$/.test(pageUrl.protocol)) {
    original.href = pageUrl.href;
    originalIcon.href = pageUrl.href;
    original.textContent = t('originalOn', [pageUrl.hostname.replace(/^www\./, '')], `Original at ${pageUrl.hostname}`);
  } else {
    original.parentElement?.setAttribute('hidden', '');
    originalIcon.hidden = true;
  }

  // content_html was sanitised by the core. DOMParser gives an inert document (no script runs, nothing
  // loads); prepareWhole() and prepareElements() drop executable markup again, then the result is
  // CLONED into the page. NOTE: cloned (importNode), never moved (adoptNode): in Chromium an on*
  // attribute parsed in the inert document and removed there still fires once the node is adopted
  // into the page (tests/e2e/reader.test.mjs "keeps executable markup out"); a clone carries only the
  // attributes left. A long article is shown from its first chunk; the others follow (appendLater).
  let mark = performance.now();
  const lap = (/** @type {string} */ name) => {
    const at = performance.now();
    renderTimings[name] = at - mark;
    mark = at;
  };
  const parsed = new DOMParser().parseFromString(String(article.content_html ?? ''), 'text/html');
  lap('parse');
  const body = parsed.body;
  addLeadImage(body, article);
  const context = prepareWhole(body, article, url);
  const long = String(article.content_html ?? '').length > LONG_ARTICLE_CHARS;
  const chunked = long ? chunkBlocks(body) : null;
  // A long article: the chunks wait outside; the rest of the body (its wrappers) is prepared now.
  prepareElements(body, context);
  lap('prepare');
  const staged = parsed.createDocumentFragment();
  const containerPath = chunked ? pathTo(body, chunked.container) : [];
  staged.append(...body.childNodes);
  const fragment = document.importNode(staged, true);
  /** @type {ParentNode} */
  let liveContainer = fragment;
  for (const index of containerPath) liveContainer = /** @type {ParentNode} */ (/** @type {any} */ (liveContainer).childNodes[index]);
  const chunks = chunked?.chunks ?? [];
  // The first chunk now, the others after the first paint.
  const first = chunks.shift();
  if (first) {
    prepareElements(first, context);
    liveContainer.append(document.importNode(first, true));
  }
  lap('clone');
  content.classList.toggle('is-long', long && !chunked);
  content.replaceChildren(fragment);
  lap('insert');
  completed = chunks.length ? appendLater(chunks, liveContainer, context) : Promise.resolve();

  // Texts in the UI language inside an article in another script: isolate them, so "1 min read" stays
  // in order inside an Arabic header.
  for (const el of shadow.querySelectorAll('#reader-original, .reader-notice, .reader-footer')) {
    el.setAttribute('lang', uiLanguage());
    el.setAttribute('dir', root.dir || 'ltr');
  }

  // Clicking is intent: the reader opens whenever there is something to read, and says so when the
  // core is unsure this is the page's article (a short item, a link-heavy text).
  byId('reader-not-article').hidden = article.readerable !== false && article.confidence !== 'uncertain';
  renderDuplicate(article.duplicate_body);
  renderRemoved(Array.isArray(article.removed) ? article.removed : []);

  byId('reader-header').hidden = false;
  shown = { article, url, dateText: date.text };
  lap('rest');
}

/**
 * Prepares and appends `chunks` (still in the parsed document) to `liveContainer`, a few per task, so
 * the reader paints and answers input in between. Each chunk goes through the same defensive pass and
 * is cloned into the page like the first.
 * @param {Element[]} chunks
 * @param {ParentNode} liveContainer
 * @param {{ mixedDirection: boolean }} context
 */
async function appendLater(chunks, liveContainer, context) {
  const owner = root;
  for (let i = 0; i < chunks.length; i++) {
    if (i % 4 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    // Closed (or another reader opened) in the meantime: stop.
    if (root !== owner || !shown) return;
    const chunk = /** @type {Element} */ (chunks[i]);
    prepareElements(chunk, context);
    liveContainer.append(document.importNode(chunk, true));
  }
}

/** How long the parts of the last render took, in ms (for the click-to-reader benchmark). */
/** @type {Record<string, number>} */
let renderTimings = {};

/** @param {any} duplicate */
function renderDuplicate(duplicate) {
  const banner = byId('reader-duplicate-banner');
  banner.hidden = !duplicate?.detected;
  if (!duplicate?.detected) return;
  const blocks = Array.isArray(duplicate.blocks) ? duplicate.blocks : [];
  const copies = Math.max(2, Number(duplicate.copies) || 2);
  byId('reader-duplicate-summary').textContent = t(
    'duplicateSummary',
    [String(copies), String(blocks.length)],
    `The article text appears ${copies} times on the original page; ${blocks.length} repeated blocks are hidden.`,
  );
  const list = byId('reader-duplicate-list');
  list.replaceChildren(
    ...blocks.map((/** @type {any} */ block) => {
      const item = document.createElement('li');
      item.dir = 'auto';
      item.textContent = String(block.preview ?? '');
      return item;
    }),
  );
  list.hidden = !blocks.length;
}

/** @param {any[]} removed */
function renderRemoved(removed) {
  const footer = byId('reader-footer');
  footer.hidden = !removed.length;
  const button = byId('reader-removed');
  button.textContent = removedLabel(removed.length);
  const list = /** @type {HTMLElement} */ (byId('reader-removed-list').querySelector('ul'));
  list.replaceChildren(
    ...removed.map((block) => {
      const item = document.createElement('li');
      item.dataset.kind = String(block.kind ?? 'other');
      const kind = document.createElement('span');
      kind.className = 'removed-kind';
      kind.textContent = t(`kind_${String(block.kind ?? 'other').replace(/[^a-z_]/gi, '')}`, undefined, String(block.kind ?? ''));
      const reason = document.createElement('span');
      reason.className = 'removed-reason';
      reason.textContent = String(block.reason ?? '');
      const preview = document.createElement('q');
      preview.className = 'removed-preview';
      preview.dir = 'auto';
      preview.textContent = String(block.preview ?? '');
      item.append(kind, ' ', reason);
      if (block.preview) item.append(' ', preview);
      return item;
    }),
  );
}

function toggleRemoved() {
  const button = byId('reader-removed');
  const panel = byId('reader-removed-list');
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
}

/** A thin reading-progress line under the toolbar (decorative: the scrollbar says the same). */
function trackProgress() {
  const bar = /** @type {HTMLElement | null} */ (shadow.querySelector('.reader-progress > span'));
  if (!bar) return;
  const scroller = root;
  let queued = false;
  const update = () => {
    queued = false;
    const scrollable = scroller.scrollHeight - scroller.clientHeight;
    const fraction = scrollable > 0 ? Math.min(1, Math.max(0, scroller.scrollTop / scrollable)) : 0;
    bar.style.transform = `scaleX(${fraction.toFixed(4)})`;
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  scroller.addEventListener('scroll', schedule, { passive: true });
  listen(window, 'resize', schedule, { passive: true });
  schedule();
}

// ---------------------------------------------------------------------------------------------
// Styles and fonts

/** Above this many characters of article HTML, off-screen blocks skip layout (content-visibility, reader.css). */
const LONG_ARTICLE_CHARS = 50_000;
/** Blocks per chunk of a long article. */
const CHUNK_BLOCKS = 40;

/**
 * Groups the blocks of a long article into `.reader-chunk` wrappers of CHUNK_BLOCKS each, so that
 * the browser tracks a hundred boxes for `content-visibility: auto` instead of thousands (the first
 * frame of a 1 MB article otherwise spends most of its time there), and so that the first chunk can be
 * shown before the rest is prepared. The blocks are the children of the first element that has more
 * than one (articles often sit in a single wrapper). Returns the container and the chunks, taken
 * out of it, or null when there are too few blocks to chunk.
 * @param {Element} body  parsed content (in a detached document)
 */
function chunkBlocks(body) {
  /** @type {Element} */
  let container = body;
  while (container.children.length === 1 && /^(?:DIV|SECTION|ARTICLE|MAIN)$/.test(container.children[0]?.tagName ?? '')) {
    container = /** @type {Element} */ (container.children[0]);
  }
  const nodes = [...container.childNodes];
  if (nodes.length < CHUNK_BLOCKS * 2) return null;
  const doc = /** @type {Document} */ (body.ownerDocument);
  const chunks = [];
  for (let i = 0; i < nodes.length; i += CHUNK_BLOCKS) {
    const chunk = doc.createElement('div');
    chunk.className = 'reader-chunk';
    chunk.append(...nodes.slice(i, i + CHUNK_BLOCKS));
    chunks.push(chunk);
  }
  return { container, chunks };
}

/** The position of `node` under `top` as child indexes, to find its clone. */
function pathTo(/** @type {Node} */ top, /** @type {Node} */ node) {
  const path = [];
  for (let at = node; at !== top && at.parentNode; at = at.parentNode) {
    path.unshift([...at.parentNode.childNodes].indexOf(/** @type {ChildNode} */ (at)));
  }
  return path;
}

/** How the last mount styled its shadow root (see styleShadowRoot in browser.js). */
let stylingMethod = /** @type {'adopted' | 'style-element'} */ ('adopted');

/** Resolves when the whole article is in the reader (a long one arrives in parts after the first). */
let completed = Promise.resolve();

/** The bundled OpenDyslexic faces: @font-face does not work inside a shadow root, so they are added to
 * the page's document with the FontFace API, from bytes (no URL the page's CSP could refuse). */
const FONT_FILES = /** @type {const} */ ([
  ['fonts/opendyslexic-latin-400-normal.woff2', '400'],
  ['fonts/opendyslexic-latin-700-normal.woff2', '700'],
]);
let fontsAdded = /** @type {Promise<void> | null} */ (null);
function addDyslexicFont() {
  fontsAdded ??= Promise.all(
    FONT_FILES.map(async ([file, weight]) => {
      const bytes = await (await fetch(api.runtime.getURL(file))).arrayBuffer();
      const face = new FontFace('OpenDyslexic', bytes, { weight, style: 'normal', display: 'swap' });
      document.fonts.add(await face.load());
    }),
  ).then(
    () => undefined,
    (error) => console.warn('Declutter: could not load the dyslexia-friendly font', error),
  );
  return fontsAdded;
}

// ---------------------------------------------------------------------------------------------
// Mount

/**
 * Renders `article` (from page `url`) into `shadowRoot` and wires the toolbar. Returns the reader's
 * handle: `unmount()` removes every listener it added outside the shadow root; `markdown()`,
 * `standaloneHtml()` and `settings()` give what the buttons produce, `whenComplete()` waits for a long
 * article's later parts (for tests and the benchmark, reachable only from the content script's world).
 * @param {ShadowRoot} shadowRoot  a closed shadow root, empty
 * @param {{ article: any, url: string, close: () => void }} options
 */
export async function mountReader(shadowRoot, { article, url, close }) {
  const started = performance.now();
  renderTimings = {};
  const settingsLoaded = loadSettings();
  const styles = readerCss();
  shadow = shadowRoot;
  leave = close;
  cleanups = [];
  root = document.createElement('div');
  root.className = 'reader-root reader-frame';
  const markup = new DOMParser().parseFromString(READER_MARKUP, 'text/html').body;
  root.append(...[...markup.childNodes].map((node) => document.importNode(node, true)));
  // The host is not in the page yet (content.js swaps it in once this resolves): nothing shows unstyled.
  shadowRoot.append(root);
  main = byId('declutter-reader');
  toolbar = byId('reader-toolbar');
  content = byId('reader-content');
  localize(root, root);
  wireToolbar();
  listen(window, 'keydown', trusted(onKey), true);
  listen(window, 'pagehide', () => void flushSettings());
  const next = await settingsLoaded;
  applySettings(next);
  stylingMethod = styleShadowRoot(shadowRoot, await styles);
  const setup = performance.now() - started;
  render(article, url);
  renderTimings = { setup, ...renderTimings };
  trackProgress();
  root.classList.add('is-ready');
  return {
    unmount,
    focus: () => main.focus({ preventScroll: true }),
    markdown,
    standaloneHtml,
    settings: () => ({ ...settings }),
    /** Resolves when a long article is all in (it is shown from its first part). */
    whenComplete: () => completed,
    timings: renderTimings,
    /** How the stylesheet reached the shadow root: `adopted` or `style-element` (browser.js). */
    styling: stylingMethod,
  };
}

function unmount() {
  void flushSettings();
  for (const undo of cleanups) undo();
  cleanups = [];
  root?.remove();
  shown = null;
}

// Another reader tab or the options page changed the settings: follow, unless a local change is pending.
onSettingsChanged((next) => {
  if (root?.isConnected && !saveTimer) applySettings(next);
});
