// @ts-check
// Runs in: the service worker (Chrome) / background script (Firefox).
/**
 * The service worker (Chrome) / background script (Firefox): owns the WebAssembly core.
 *
 * - Toolbar button or the `toggle-reader` command: inject content/content.js into the active tab; the content
 *   script toggles the reader (the activeTab grant from the gesture is what allows the injection).
 * - `clean`: run the core on the serialised page and answer with the Article itself, less its plain
 *   `text` (one copy of the page in, one Article back). The page itself is not kept; what the core
 *   learned about its site (fingerprints and counts, no text) is stored in storage.local with the
 *   reader's corrections for that site (shared/site-store.js), and given to the core on the site's next
 *   page. A private window's page uses what is stored but adds nothing to it.
 * - `site-status` / `always-open`: "always open on this site" (background/always-open.js), and the
 *   pages of listed sites opened in the reader once loaded.
 *
 * The worker may be stopped at any moment; the WASM is instantiated once per worker life
 * (`init` fetches the module and uses WebAssembly.instantiateStreaming). NOTE: no top-level await
 * (it breaks module service worker registration); listeners are registered synchronously at top level.
 */

import init, { clean } from '../pkg/declutter.js';
import { CLEAN_ERROR, MSG, validate } from '../shared/messages.js';
import { api } from '../shared/platform.js';
import { t } from '../shared/i18n.js';
import { loadSite, saveMemory, siteOf } from '../shared/site-store.js';
import { warmUp } from './warm-up.js';
import { setAlwaysOpen, siteStatus, watchTabs } from './always-open.js';

/** @type {string | null} */
let wasmError = null;
const ready = init({ module_or_path: api.runtime.getURL('pkg/declutter_bg.wasm') }).catch((e) => {
  wasmError = String(e);
  throw e;
});
// Once the WASM is up, run the core once on a small page (warm-up.js): the worker was most likely
// woken by a click, and this runs while that click's content script is injected and serialises the
// page. Registered before any message handler awaits `ready`, so it runs first.
/** How long the warm-up took (ms), for the click-to-reader benchmark; null until done or if it failed. */
let warmUpMs = /** @type {number | null} */ (null);
/** When this worker's script started (same clock as `now`), for the benchmark: how long the worker had been up. */
const workerStart = performance.timeOrigin + performance.now();
ready.then(
  () => {
    warmUpMs = warmUp(clean);
  },
  () => {},
);

/** Absolute time in ms, comparable with the content script's (same clock). */
const now = () => performance.timeOrigin + performance.now();

/** A refused message or a core error, with its reason code (shared/messages.js). */
class CleanFailed extends Error {
  /**
   * @param {import('../shared/messages.js').CleanError} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * What the site of `url` taught so far: the core's options for it (null for a page not on the web).
 * @param {string | null} site
 */
async function siteOptions(site) {
  if (!site) return null;
  try {
    const entry = await loadSite(site);
    return { site_memory: entry.memory ?? {}, corrections: { keep: entry.keep, drop: entry.drop } };
  } catch (e) {
    // Storage unavailable: clean as on a first visit.
    console.warn('Declutter: site memory unavailable:', e);
    return null;
  }
}

/**
 * @param {{html: string, url: string}} req
 * @param {boolean} privateWindow  learn nothing from a private window's page
 * @returns {Promise<import('../shared/messages.js').CleanSuccess>}
 */
async function handleClean(req, privateWindow) {
  const received = now();
  const site = siteOf(req.url);
  const learned = siteOptions(site);
  await ready;
  const started = now();
  // Only http(s)/file URLs are meaningful bases for the core's URL resolution.
  const url = /^(https?|file):/i.test(req.url) ? req.url : undefined;
  /** @type {Record<string, any>} */
  let article;
  try {
    article = clean(req.html, { url, ...(await learned) });
  } catch (e) {
    throw new CleanFailed(CLEAN_ERROR.CORE, String(/** @type {any} */ (e)?.message ?? e));
  }
  if (site && article.site_memory && !privateWindow) {
    // Awaited: a correction the reader makes next reads the entry back and must see this memory.
    await saveMemory(site, article.site_memory).catch((e) => console.warn('Declutter: site memory not saved:', e));
  }
  // The memory stays here; the reader renders content_html (the plain text would only double what
  // crosses back to the page).
  delete article.site_memory;
  delete article.text;
  return {
    ok: true,
    readerable: Boolean(article.readerable),
    title: String(article.title ?? ''),
    article,
    url: req.url,
    // For the click-to-reader benchmark's breakdown (absolute times, same clock as the content script).
    timing: { received, started, cleaned: now(), warmUpMs, workerStart },
  };
}

/**
 * @param {unknown} msg
 * @param {chrome.runtime.MessageSender} sender
 */
async function handle(msg, sender) {
  if (sender.id !== api.runtime.id) throw new CleanFailed(CLEAN_ERROR.INVALID, 'message from another extension');
  let req;
  try {
    req = validate(msg);
  } catch (e) {
    throw new CleanFailed(CLEAN_ERROR.INVALID, String(/** @type {any} */ (e)?.message ?? e));
  }
  switch (req.type) {
    case MSG.CLEAN:
      if (!sender.tab) throw new CleanFailed(CLEAN_ERROR.INVALID, 'clean: not from a tab');
      return handleClean(req, Boolean(sender.tab.incognito));
    // The site is the sending page's own (sender.url), never a value in the message.
    case MSG.SITE_STATUS:
      if (!sender.tab) throw new CleanFailed(CLEAN_ERROR.INVALID, 'site-status: not from a tab');
      return siteStatus(sender.url);
    case MSG.ALWAYS_OPEN:
      // No await before this: the permission is asked in the user's click (always-open.js).
      if (!sender.tab) throw new CleanFailed(CLEAN_ERROR.INVALID, 'always-open: not from a tab');
      return setAlwaysOpen(req.on, sender.url);
    default:
      throw new CleanFailed(CLEAN_ERROR.INVALID, 'unhandled message');
  }
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  handle(msg, sender)
    .then(sendResponse)
    .catch((e) => {
      /** @type {import('../shared/messages.js').CleanFailure} */
      const failure = wasmError
        ? { ok: false, error: CLEAN_ERROR.ENGINE, detail: wasmError }
        : { ok: false, error: e instanceof CleanFailed ? e.code : CLEAN_ERROR.CORE, detail: String(e?.message ?? e) };
      sendResponse(failure);
    });
  return true; // The response is sent asynchronously.
});

/** The toolbar button's badge on a tab whose page refused the click (with `actionRefused` as its tooltip). */
const REFUSED_BADGE = '!';

/**
 * Says on the toolbar button why a click did nothing on tab `tabId`: the browser keeps that page
 * closed to extensions (its own pages, the extension stores, local files unless allowed). Per tab:
 * the browser drops it when the tab goes to another page, and the next click that reaches a page
 * clears it (`clearRefused`).
 * @param {number} tabId
 */
async function showRefused(tabId) {
  try {
    await api.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await api.action.setBadgeText({ tabId, text: REFUSED_BADGE });
    await api.action.setTitle({ tabId, title: t('actionRefused') });
  } catch {
    // The tab was closed meanwhile: nothing to say.
  }
}

/** Takes `showRefused`'s badge and tooltip off tab `tabId`, if they are on it. */
async function clearRefused(/** @type {number} */ tabId) {
  try {
    if ((await api.action.getBadgeText({ tabId })) !== REFUSED_BADGE) return;
    await api.action.setBadgeText({ tabId, text: '' });
    await api.action.setTitle({ tabId, title: t('actionTitle') });
  } catch {
    // The tab was closed meanwhile.
  }
}

/** Injects the content script, which toggles the reader on that tab. */
async function toggle(/** @type {chrome.tabs.Tab | undefined} */ tab) {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  try {
    const [main] = await api.scripting.executeScript({ target: { tabId }, files: ['content/content.js'] });
    // Chrome rejects on a page closed to extensions; Firefox resolves with no result for the frame.
    if (!main) throw new Error('the page did not take the script');
  } catch (e) {
    // Browser pages (chrome://, about:, the extension stores) refuse scripts: the button says so.
    console.warn('Declutter: cannot open the reader on this page:', e);
    showRefused(tabId);
    return;
  }
  clearRefused(tabId);
}

// "Always open on this site": a listed site's pages open in the reader once loaded (content/open.js
// opens, never closes, and only once per page).
watchTabs((tabId) => {
  api.scripting.executeScript({ target: { tabId }, files: ['content/open.js'] }).catch((e) => {
    console.warn('Declutter: cannot open the reader on this page:', e);
  });
});

api.action.onClicked.addListener((tab) => {
  toggle(tab);
});

api.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-reader') return;
  const target = tab ?? (await api.tabs.query({ active: true, currentWindow: true }))[0];
  toggle(target);
});
