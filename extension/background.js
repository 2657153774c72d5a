// @ts-check
/**
 * The service worker (Chrome) / background script (Firefox): owns the WebAssembly core.
 *
 * - Toolbar button or the `toggle-reader` command: inject content.js into the active tab; the content
 *   script toggles the reader (the activeTab grant from the gesture is what allows the injection).
 * - `clean`: run the core on the serialised page, keep the article under a fresh random token.
 * - `get-article`: hand the article to the reader page that holds the token.
 * - `close-reader`: tell the tab's content script to put the original page back.
 *
 * The worker may be stopped at any moment, so nothing here is long-lived state except a small
 * article cache, mirrored in storage.session. NOTE: no top-level await (it breaks module service
 * worker registration); listeners are registered synchronously at top level.
 */

import init, { clean } from './pkg/declutter.js';
import { api, sessionStorage } from './browser.js';
import { MSG, newToken, validate } from './messages.js';

/** Articles kept in memory, oldest first. */
const MAX_CACHED = 16;
/** @type {Map<string, {article: object, url: string}>} */
const articles = new Map();

/** @type {string | null} */
let wasmError = null;
const ready = init({ module_or_path: api.runtime.getURL('pkg/declutter_bg.wasm') }).catch((e) => {
  wasmError = String(e);
  throw e;
});

const sessionKey = (/** @type {string} */ token) => `article:${token}`;

/** @param {string} token @param {{article: object, url: string}} entry */
async function remember(token, entry) {
  articles.set(token, entry);
  while (articles.size > MAX_CACHED) {
    const oldest = articles.keys().next().value;
    if (oldest === undefined) break;
    articles.delete(oldest);
    sessionStorage?.remove(sessionKey(oldest)).catch(() => {});
  }
  // Survives the worker being stopped between `clean` and `get-article`. Quota errors only lose that.
  try {
    await sessionStorage?.set({ [sessionKey(token)]: entry });
  } catch (e) {
    console.warn('Declutter: could not keep the article in session storage:', e);
  }
}

/** @param {string} token */
async function recall(token) {
  const cached = articles.get(token);
  if (cached) return cached;
  if (!sessionStorage) return null;
  const got = await sessionStorage.get(sessionKey(token));
  return got?.[sessionKey(token)] ?? null;
}

/** @param {{html: string, url: string}} req */
async function handleClean(req) {
  await ready;
  // Only http(s)/file URLs are meaningful bases for the core's URL resolution.
  const url = /^(https?|file):/i.test(req.url) ? req.url : undefined;
  const article = clean(req.html, { url });
  const token = newToken();
  // The session-storage mirror is written in the background: the reply must not wait for it.
  remember(token, { article, url: req.url });
  return { ok: true, token, readerable: Boolean(article.readerable), title: String(article.title ?? '') };
}

/** True when the message comes from one of this extension's own pages (the reader). */
function fromExtensionPage(/** @type {chrome.runtime.MessageSender} */ sender) {
  return sender.id === api.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(api.runtime.getURL(''));
}

/**
 * @param {unknown} msg
 * @param {chrome.runtime.MessageSender} sender
 */
async function handle(msg, sender) {
  if (sender.id !== api.runtime.id) throw new Error('message from another extension');
  const req = validate(msg);
  switch (req.type) {
    case MSG.CLEAN:
      if (!sender.tab) throw new Error('clean: not from a tab');
      return handleClean(req);
    case MSG.GET_ARTICLE: {
      if (!fromExtensionPage(sender)) throw new Error('get-article: not from the reader page');
      const entry = await recall(req.token);
      if (!entry) throw new Error('This article is no longer available. Reload the page and open the reader again.');
      return { ok: true, article: entry.article, url: entry.url };
    }
    case MSG.CLOSE_READER: {
      if (!fromExtensionPage(sender)) throw new Error('close-reader: not from the reader page');
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('close-reader: reader is not inside a tab');
      await api.tabs.sendMessage(tabId, { type: MSG.RESTORE }, { frameId: 0 });
      return { ok: true };
    }
    default:
      throw new Error('unhandled message');
  }
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  handle(msg, sender)
    .then(sendResponse)
    .catch((e) => {
      const error = wasmError ? `The reader engine failed to load: ${wasmError}` : String(e?.message ?? e);
      sendResponse({ ok: false, error });
    });
  return true; // The response is sent asynchronously.
});

/** Injects the content script, which toggles the reader on that tab. */
async function toggle(/** @type {chrome.tabs.Tab | undefined} */ tab) {
  if (tab?.id === undefined) return;
  try {
    await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
  } catch (e) {
    // Browser pages (chrome://, the web store, about:) refuse scripts; nothing to do there.
    console.warn('Declutter: cannot open the reader on this page:', e);
  }
}

api.action.onClicked.addListener((tab) => {
  toggle(tab);
});

api.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-reader') return;
  const target = tab ?? (await api.tabs.query({ active: true, currentWindow: true }))[0];
  toggle(target);
});
