// @ts-check
// Runs in: the content script's isolated world (the reader).
/**
 * The reader's state, in one object: one reader at a time per tab, so mountReader() fills it and
 * unmount() empties it; `loaded` keeps what is fetched once per content-script life. Every reader
 * module reads and writes it here, never through module-level variables of its own.
 */

import { DEFAULTS } from '../shared/settings.js';

/** @typedef {import('../shared/settings.js').ReaderSettings} ReaderSettings */
/** The core's Article as it crosses the message: a plain object (src/article.rs, README "JavaScript API"). */
/** @typedef {Record<string, any>} Article */
/** What is on screen: the article and the page URL, plus the header texts Markdown/HTML export use. */
/** @typedef {{ article: Article, url: string, dateText: string }} Shown */

export const state = {
  /** The closed shadow root the reader renders into. */
  shadow: /** @type {ShadowRoot} */ (/** @type {any} */ (null)),
  /** The UI's root element inside the shadow root (theme, font and sizes live on it); it also scrolls. */
  root: /** @type {HTMLElement} */ (/** @type {any} */ (null)),
  main: /** @type {HTMLElement} */ (/** @type {any} */ (null)),
  toolbar: /** @type {HTMLElement} */ (/** @type {any} */ (null)),
  content: /** @type {HTMLElement} */ (/** @type {any} */ (null)),
  /** What mountReader was told to call to leave the reader. */
  leave: () => {},
  /** Undo functions for listeners on the page's window, run on unmount. */
  cleanups: /** @type {Array<() => void>} */ ([]),
  /** @type {ReaderSettings} */
  settings: { ...DEFAULTS },
  /** A pending storage write (a timer id), 0 when none. */
  saveTimer: 0,
  shown: /** @type {Shown | null} */ (null),
  /** Resolves when the whole article is in the reader (a long one arrives in parts after the first). */
  completed: Promise.resolve(),
  /** How long the parts of the last render took, in ms (for the click-to-reader benchmark). */
  renderTimings: /** @type {Record<string, number>} */ ({}),
  /** Read aloud's state while the reader is mounted (speech.js owns its shape). */
  speech: /** @type {unknown} */ (null),
  /** The removed-blocks list and the corrections (corrections.js): the page's site (null off the web),
   * the list's entries, whether the reader is choosing blocks to take out, and the core's HTML of each
   * block put back from the list (a put-back block names its index: the exports write it from there). */
  corrections: /** @type {{ site: string | null, entries: import('./corrections.js').Entry[], taking: boolean, putBack: string[] }} */ ({
    site: null,
    entries: [],
    taking: false,
    putBack: [],
  }),
  /** How the last mount styled its shadow root (see styleShadowRoot in shared/platform.js). */
  stylingMethod: /** @type {'adopted' | 'style-element'} */ ('adopted'),
  /** Fetched or built once per content-script life, on first use. */
  loaded: {
    /** reader.css */
    css: /** @type {Promise<string> | null} */ (null),
    /** reader.css as a constructed stylesheet (styles.js), adopted by each reader's shadow root. */
    sheet: /** @type {Promise<CSSStyleSheet | null> | null} */ (null),
    /** The reader's markup (template.js) parsed in an inert document (reader.js). */
    markup: /** @type {HTMLElement | null} */ (null),
    /** The read-aloud rate menu's number format (speech.js). */
    rateFormat: /** @type {Intl.NumberFormat | null} */ (null),
    /** The turndown converter (markdown.js). */
    converter: /** @type {Promise<import('./markdown.js').Converter> | null} */ (null),
    /** The OpenDyslexic faces, added to the page's document. */
    fonts: /** @type {Promise<void> | null} */ (null),
  },
};

/** @param {string} id */
export function byId(id) {
  const el = state.shadow.getElementById(id);
  if (!el) throw new Error(`the reader markup lacks #${id}`);
  return /** @type {HTMLElement} */ (el);
}

/**
 * @param {EventTarget} target
 * @param {string} type
 * @param {(event: any) => void} listener
 * @param {boolean | AddEventListenerOptions} [options]
 */
export function listen(target, type, listener, options) {
  target.addEventListener(type, listener, options);
  state.cleanups.push(() => target.removeEventListener(type, listener, options));
}
