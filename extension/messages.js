// @ts-check
/**
 * Message names and validators shared by the background service worker and the reader page.
 * The single source of truth for what crosses `runtime.sendMessage`. content.js is a classic
 * script and cannot import this module; it repeats the few names it uses (keep them in sync).
 *
 * Messages:
 *   content -> background  {type:'clean', html, url}          -> {ok:true, token, readerable, title} | {ok:false, error}
 *   reader  -> background  {type:'get-article', token}        -> {ok:true, article, url} | {ok:false, error}
 *   reader  -> background  {type:'close-reader'}              -> {ok:true} | {ok:false, error}
 *   background -> content  {type:'restore'}                   (no reply needed)
 */

/** Message type names. */
export const MSG = Object.freeze({
  CLEAN: 'clean',
  GET_ARTICLE: 'get-article',
  CLOSE_READER: 'close-reader',
  RESTORE: 'restore',
});

/** Largest page accepted, in UTF-16 code units of the serialised HTML (the core's default limit is 20 MiB). */
export const MAX_HTML_CHARS = 20 * 1024 * 1024;
/** Longest page URL accepted. */
export const MAX_URL_CHARS = 8192;
/** Tokens are 32 lowercase hex digits (128 random bits). */
export const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** @typedef {{type: 'clean', html: string, url: string}} CleanRequest */
/** @typedef {{type: 'get-article', token: string}} GetArticleRequest */
/** @typedef {{type: 'close-reader'}} CloseReaderRequest */
/** @typedef {CleanRequest | GetArticleRequest | CloseReaderRequest} Request */

/** @param {unknown} token @returns {token is string} */
export function isToken(token) {
  return typeof token === 'string' && TOKEN_PATTERN.test(token);
}

/** A fresh random token. */
export function newToken() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

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
    case MSG.GET_ARTICLE:
      if (!isToken(m.token)) throw new Error('get-article: bad token');
      return { type: MSG.GET_ARTICLE, token: m.token };
    case MSG.CLOSE_READER:
      return { type: MSG.CLOSE_READER };
    default:
      throw new Error(`unknown message type ${JSON.stringify(String(m.type)).slice(0, 40)}`);
  }
}
