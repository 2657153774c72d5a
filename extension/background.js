// @ts-check
/**
 * The service worker (Chrome) / background script (Firefox): owns the WebAssembly core.
 *
 * - Toolbar button or the `toggle-reader` command: inject content.js into the active tab; the content
 *   script toggles the reader (the activeTab grant from the gesture is what allows the injection).
 * - `clean`: run the core on the serialised page and answer with the Article itself, less its plain
 *   `text` (one copy of the page in, one Article back; nothing is kept).
 *
 * The worker may be stopped at any moment; the WASM is instantiated once per worker life
 * (`init` fetches the module and uses WebAssembly.instantiateStreaming). NOTE: no top-level await
 * (it breaks module service worker registration); listeners are registered synchronously at top level.
 */

import init, { clean } from './pkg/declutter.js';
import { api } from './browser.js';
import { MSG, validate } from './messages.js';

/** @type {string | null} */
let wasmError = null;
const ready = init({ module_or_path: api.runtime.getURL('pkg/declutter_bg.wasm') }).catch((e) => {
  wasmError = String(e);
  throw e;
});

/** Absolute time in ms, comparable with the content script's (same clock). */
const now = () => performance.timeOrigin + performance.now();

/** @param {{html: string, url: string}} req */
async function handleClean(req) {
  const received = now();
  await ready;
  const started = now();
  // Only http(s)/file URLs are meaningful bases for the core's URL resolution.
  const url = /^(https?|file):/i.test(req.url) ? req.url : undefined;
  const article = clean(req.html, { url });
  // The reader renders content_html; the plain text would only double what crosses back to the page.
  delete article.text;
  return {
    ok: true,
    readerable: Boolean(article.readerable),
    title: String(article.title ?? ''),
    article,
    url: req.url,
    // For the click-to-reader benchmark's breakdown (absolute times, same clock as the content script).
    timing: { received, started, cleaned: now() },
  };
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
