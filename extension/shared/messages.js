// @ts-check
// Runs in: the service worker (validate) and the content script's isolated world (the names).
/**
 * The message protocol: the single source of truth for what crosses `runtime.sendMessage`, its
 * names, limits, reply shapes and the background's validator. Pure: no extension API, no DOM.
 *
 * Messages:
 *   content -> background  {type:'clean', html, url}
 *                          -> CleanSuccess {ok:true, readerable, title, article, url, timing}
 *                             (`article` is the core's Article without `text`: the reader renders content_html)
 *                           | CleanFailure {ok:false, error: a CLEAN_ERROR code, detail} (the content script
 *                             turns the code into a localised notice; `detail` is technical, untranslated)
 *   reader -> background   {type:'site-status'}  -> SiteReply: whether the sender's site always opens in the reader
 *                          {type:'always-open', on} -> SiteReply: turns it on (asking the browser for that one
 *                             site's permission) or off (giving the permission back). The site is always the
 *                             sender's own page's, never a value in the message.
 */

/** Message type names. */
export const MSG = Object.freeze({
  CLEAN: 'clean',
  SITE_STATUS: 'site-status',
  ALWAYS_OPEN: 'always-open',
});

/** Why a clean failed: the content script picks the notice from this, never from a message's text. */
export const CLEAN_ERROR = Object.freeze({
  /** The WebAssembly core failed to load in the worker. */
  ENGINE: 'engine',
  /** The message was refused (shape, size, sender). */
  INVALID: 'invalid',
  /** The core refused the page (a limit: size, elements, nesting). */
  CORE: 'core',
  /** Set by the content script: sending failed (the worker was stopped, the extension reloaded). */
  TRANSPORT: 'transport',
  /** Set by the content script: no answer in time. */
  TIMEOUT: 'timeout',
});

/** @typedef {typeof CLEAN_ERROR[keyof typeof CLEAN_ERROR]} CleanError */
/** @typedef {{received: number, started: number, cleaned: number, warmUpMs?: number | null, workerStart: number}} CleanTiming */
/** @typedef {{ok: true, readerable: boolean, title: string, article: Record<string, any>, url: string, timing: CleanTiming}} CleanSuccess */
/** @typedef {{ok: false, error: CleanError, detail: string}} CleanFailure */
/** @typedef {CleanSuccess | CleanFailure} CleanReply */

/** Largest page accepted, in UTF-16 code units of the serialised HTML (the core's default limit is 20 MiB). */
export const MAX_HTML_CHARS = 20 * 1024 * 1024;
/** Longest page URL accepted. */
export const MAX_URL_CHARS = 8192;

/** @typedef {{type: 'clean', html: string, url: string}} CleanRequest */
/** @typedef {{type: 'site-status'}} SiteStatusRequest */
/** @typedef {{type: 'always-open', on: boolean}} AlwaysOpenRequest */
/** @typedef {CleanRequest | SiteStatusRequest | AlwaysOpenRequest} Request */
/**
 * `site`: the sender's site (null on a page that is not http(s)); `enabled`: its pages open in the reader;
 * `pending`: the user confirms in a window of the extension that was just opened.
 * @typedef {{ok: true, site: string | null, enabled: boolean, pending?: boolean}} SiteReply
 */

/**
 * Checks a message's shape. Returns the message typed, or throws an Error naming what is wrong.
 * Unknown fields are ignored; known fields must have the right type and size.
 * @param {unknown} msg
 * @returns {Request}
 */
export function validate(msg) {
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) throw new Error('message is not an object');
  const m = /** @type {Record<string, unknown>} */ (msg);
  switch (m.type) {
    case MSG.CLEAN: {
      if (typeof m.html !== 'string') throw new Error('clean: html must be a string');
      if (m.html.length > MAX_HTML_CHARS) throw new Error('clean: page is larger than 20 MiB');
      if (typeof m.url !== 'string' || m.url.length > MAX_URL_CHARS) throw new Error('clean: bad url');
      return { type: MSG.CLEAN, html: m.html, url: m.url };
    }
    case MSG.SITE_STATUS:
      return { type: MSG.SITE_STATUS };
    case MSG.ALWAYS_OPEN:
      if (typeof m.on !== 'boolean') throw new Error('always-open: on must be a boolean');
      return { type: MSG.ALWAYS_OPEN, on: m.on };
    default:
      throw new Error(`unknown message type ${JSON.stringify(String(m.type)).slice(0, 40)}`);
  }
}
