// @ts-check
/**
 * Message names and validators of the background service worker.
 * The single source of truth for what crosses `runtime.sendMessage`. content.js is a classic
 * script and cannot import this module; it repeats the few names it uses (keep them in sync).
 *
 * Messages:
 *   content -> background  {type:'clean', html, url}
 *                          -> {ok:true, readerable, title, article, url, timing:{received, started, cleaned}} | {ok:false, error}
 *                             (`article` is the core's Article without `text`: the reader renders content_html)
 */

/** Message type names. */
export const MSG = Object.freeze({
  CLEAN: 'clean',
});

/** Largest page accepted, in UTF-16 code units of the serialised HTML (the core's default limit is 20 MiB). */
export const MAX_HTML_CHARS = 20 * 1024 * 1024;
/** Longest page URL accepted. */
export const MAX_URL_CHARS = 8192;

/** @typedef {{type: 'clean', html: string, url: string}} CleanRequest */
/** @typedef {CleanRequest} Request */

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
    default:
      throw new Error(`unknown message type ${JSON.stringify(String(m.type)).slice(0, 40)}`);
  }
}
