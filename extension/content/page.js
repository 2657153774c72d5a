// @ts-check
// Runs in: the page, content script's isolated world (ES module, imported by content/content.js).
/**
 * The page shim: it serialises the page (content/serialise.js: with what its web components show),
 * asks the background to clean it, and swaps the page's <body> for one holding the reader: a host
 * element with a CLOSED shadow root, rendered by reader/reader.js (imported into this same isolated
 * world). It parses and decides nothing itself.
 *
 * Restoring puts the ORIGINAL body node back (never a re-parse), so form input, listeners, scroll
 * position and page state survive. The module is evaluated once per isolated world, so its state is
 * the tab's; it is also put on the isolated world's window under a symbol, out of the page's reach
 * (tests and the benchmark read `root`, `reader` and `timings` from there, through this world).
 */

import { CLEAN_ERROR, MAX_HTML_CHARS, MSG } from '../shared/messages.js';
import { api } from '../shared/platform.js';
import { t, uiDirection, uiLanguage } from '../shared/i18n.js';
import { isNewPage } from '../shared/always-open.js';
import { serialisePage } from './serialise.js';

const TIMEOUT_MS = 8000;
const NOTICE_MS = 4000;
/** A notice with a button stays this long (and while the pointer or focus is on it). */
const ACTION_NOTICE_MS = 10000;
/**
 * Words the core must have kept for a page it found no article on to be offered anyway: a listing,
 * a shop's grid, a job board has text to read; a login form or a bare menu has not.
 */
const SHOW_ANYWAY_WORDS = 50;
const STATE = Symbol.for('declutter.content-state');
/** A single-page site's new page has settled once nothing in it changed for this long… */
const SETTLE_QUIET_MS = 600;
/** …or after this long at most (a page that never stops changing: a clock, a ticker). */
const SETTLE_MAX_MS = 5000;

const state = {
  /** 'page' | 'busy' | 'reader' */
  mode: 'page',
  /** @type {HTMLElement | null} */
  originalBody: null,
  /** @type {HTMLElement | null} */
  readerBody: null,
  /** The page's own style attribute on <html>, put back exactly on restore. */
  /** @type {string | null} */
  htmlStyle: null,
  /** The closed shadow root and the handle mountReader returned, while the reader is open. */
  /** @type {ShadowRoot | null} */
  root: null,
  /** @type {import('../reader/reader.js').ReaderHandle | null} */
  reader: null,
  /** Milestones of the last open, in ms since the click reached this script (for the benchmark). */
  /** @type {Record<string, number>} */
  timings: {},
  scroll: { x: 0, y: 0 },
  /** "Always open on this site": the page last opened (or offered) in the reader on its own; null
   * until the first time in this document. */
  /** @type {{ url: string, title: string } | null} */
  autoPage: null,
  /** A single-page site's new page is being waited for (autoOpen). */
  settling: false,
  toggle,
};
/** @type {any} */ (window)[STATE] = state;

/** Opens the reader, or closes it when it is open (each click on the toolbar button). */
export function toggle() {
  if (state.mode === 'reader') restore();
  else if (state.mode === 'page') open();
}

/**
 * Opens the reader on a page of an "always open" site (content/open.js, injected once the page has
 * loaded and again each time its address changes without a load): once per page, and quietly: a page
 * that is not an article, or may not be one, stays as it is. The first time in a document, at once
 * (never over a reader the user opened). After a change of address in a single-page site (a link
 * followed with history.pushState, the back button), once the new page has settled, and only when it is
 * a new page (isNewPage: not a fragment, not an address rewritten under the reader); a reader still
 * showing the previous page is closed first, and the new page opens in its place.
 */
export function autoOpen() {
  const here = () => ({ url: location.href, title: document.title });
  if (!state.autoPage) {
    state.autoPage = here();
    if (state.mode === 'page') void open(true);
    return;
  }
  if (state.settling) return;
  state.settling = true;
  void (async () => {
    try {
      // A clean in flight (the user's click) finishes first.
      for (let waits = 0; waits < 3 && (waits === 0 || state.mode === 'busy'); waits++) await settled();
      const now = here();
      if (state.mode === 'busy' || !state.autoPage || !isNewPage(state.autoPage, now, state.mode === 'reader')) return;
      state.autoPage = now;
      if (state.mode === 'reader') restore();
      await open(true);
    } finally {
      state.settling = false;
    }
  })();
}

/**
 * Resolves once the page has not changed for SETTLE_QUIET_MS (at most SETTLE_MAX_MS): a single-page
 * site renders its new page after the address changed, often after fetching it. Under an open reader,
 * the page's own body (put aside) is watched too.
 * @returns {Promise<void>}
 */
function settled() {
  return new Promise((resolve) => {
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let quiet;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, SETTLE_QUIET_MS);
    });
    const options = { subtree: true, childList: true, characterData: true };
    observer.observe(document, options);
    if (state.originalBody && !state.originalBody.isConnected) observer.observe(state.originalBody, options);
    quiet = setTimeout(done, SETTLE_QUIET_MS);
    const cap = setTimeout(done, SETTLE_MAX_MS);
  });
}

/** Sets inline declarations with !important, via CSSOM (which a page CSP does not block). */
function css(/** @type {HTMLElement} */ el, /** @type {Record<string, string>} */ decls) {
  for (const [k, v] of Object.entries(decls)) el.style.setProperty(k, v, 'important');
}

/** Absolute time in ms, comparable with the background's (same clock, any context). */
const now = () => performance.timeOrigin + performance.now();

/** @param {boolean} [auto]  opened for "always open on this site": no notice, and only a confident article */
async function open(auto = false) {
  const notice = auto ? () => {} : say;
  const start = now();
  const timings = /** @type {Record<string, number>} */ ({ startedAt: start });
  const mark = (/** @type {string} */ name) => (timings[name] = now() - start);
  const body = document.body;
  if (!body || body.tagName !== 'BODY') {
    notice(t('noticeUnavailable'));
    return;
  }
  const { html, shadowRoots } = serialisePage(document);
  mark('serialised');
  timings.shadowRoots = shadowRoots;
  timings.sentChars = html.length;
  if (html.length > MAX_HTML_CHARS) {
    notice(t('noticeTooLarge'));
    return;
  }
  state.mode = 'busy';
  // The reader's code loads while the background cleans.
  const readerModule = import('../reader/reader.js');
  // …and gets ready then too (stylesheet, markup: reader.js preloadReader), off the path to the first paint.
  readerModule.then((reader) => reader.preloadReader()).catch(() => {});
  /** @type {import('../shared/messages.js').CleanReply | undefined | null} */
  let reply;
  try {
    reply = await Promise.race([
      api.runtime.sendMessage({ type: MSG.CLEAN, html, url: location.href }),
      new Promise((resolve) =>
        setTimeout(() => resolve({ ok: false, error: CLEAN_ERROR.TIMEOUT, detail: `${TIMEOUT_MS} ms` }), TIMEOUT_MS),
      ),
    ]);
  } catch (e) {
    reply = { ok: false, error: CLEAN_ERROR.TRANSPORT, detail: String(/** @type {any} */ (e)?.message ?? e) };
  }
  mark('replied');
  if (reply?.ok && reply.timing) {
    timings.atWorker = reply.timing.received - start;
    timings.wasmReady = reply.timing.started - start;
    timings.cleaned = reply.timing.cleaned - start;
    timings.workerUp = reply.timing.received - reply.timing.workerStart;
  }
  state.mode = 'page';
  if (!reply || !reply.ok) {
    notice(failureNotice(reply));
    return;
  }
  if (!reply.readerable || (auto && reply.article?.confidence !== 'confident')) {
    // Clicking is intent: where the core kept text but found no article in it, the reader can
    // still show that text, if the reader asks for it.
    const words = Number(reply.article?.word_count ?? 0);
    if (!auto && words >= SHOW_ANYWAY_WORDS) {
      const found = reply;
      say(t('noticeNoArticle'), {
        label: t('noticeShowAnyway'),
        run: () => {
          if (state.mode === 'page') present(found, body, readerModule, timings, mark, notice);
        },
      });
    } else {
      notice(t('noticeNoArticle'));
    }
    return;
  }
  await present(reply, body, readerModule, timings, mark, notice);
}

/**
 * Shows the cleaned article in place of the page's body (unless the page replaced its body since).
 * @param {any} reply  the background's successful reply
 * @param {HTMLElement} body  the page's body when the click came
 * @param {Promise<typeof import('../reader/reader.js')>} readerModule
 * @param {Record<string, number>} timings
 * @param {(name: string) => void} mark
 * @param {(text: string) => void} notice
 */
async function present(reply, body, readerModule, timings, mark, notice) {
  if (document.body !== body) {
    // The page replaced its body while we waited; don't fight it.
    notice(t('noticePageChanged'));
    return;
  }
  let mountReader;
  try {
    ({ mountReader } = await readerModule);
  } catch (e) {
    notice(t('noticeFailed', [String(e)]));
    return;
  }
  mark('imported');
  state.mode = 'busy';
  try {
    await show(body, mountReader, reply.article, String(reply.url ?? location.href), mark);
  } catch (e) {
    // Nothing was swapped yet: the page is untouched.
    console.error('Declutter:', e);
    state.mode = 'page';
    state.root = null;
    state.reader = null;
    notice(t('noticeFailed', [String(e)]));
    return;
  }
  mark('rendered');
  state.timings = timings;
  // Painted: the frame after the one that laid out the reader.
  requestAnimationFrame(() => setTimeout(() => mark('painted'), 0));
}

/**
 * The notice for a failed clean, from the reply's error code (the worker always answers with an
 * object: no answer at all means it was stopped while it worked; depending on the browser version that
 * rejects, "message port closed", or resolves with nothing: both are an interruption).
 * @param {import('../shared/messages.js').CleanFailure | undefined | null} reply
 * @returns {string}
 */
function failureNotice(reply) {
  if (!reply) return t('noticeInterrupted');
  switch (reply.error) {
    case CLEAN_ERROR.TIMEOUT:
      return t('noticeTimedOut');
    case CLEAN_ERROR.ENGINE:
      return t('noticeEngineFailed', [reply.detail]);
    case CLEAN_ERROR.TRANSPORT:
      // The service worker was stopped or restarted while it worked.
      if (/message (channel|port) closed|Receiving end does not exist|context invalidated/i.test(reply.detail)) {
        return t('noticeInterrupted');
      }
      return t('noticeFailed', [reply.detail]);
    default:
      return t('noticeFailed', [reply.detail]);
  }
}

/**
 * Swaps the page's body for one holding the reader's host, and renders the article into the host's
 * closed shadow root.
 * @param {HTMLElement} body  the page's body
 * @param {typeof import('../reader/reader.js').mountReader} mountReader
 * @param {Record<string, any>} article
 * @param {string} url
 * @param {(name: string) => void} mark  records a milestone (benchmark breakdown)
 */
async function show(body, mountReader, article, url, mark) {
  state.scroll = { x: window.scrollX, y: window.scrollY };
  const readerBody = document.createElement('body');
  css(readerBody, {
    margin: '0',
    padding: '0',
    display: 'block',
    visibility: 'visible',
    opacity: '1',
    transform: 'none',
    filter: 'none',
    contain: 'none',
  });
  const { host, root } = makeHost();
  readerBody.appendChild(host);
  state.root = root;
  state.reader = await mountReader(root, { article, url, close: restore });
  mark('mounted');
  body.replaceWith(readerBody);
  mark('swapped');
  // Whatever the page's CSS does to <html> (hide it, fade it, filter it, transform it) would reach
  // the reader through it: pin what matters, and put the page's own attribute back on restore.
  const html = document.documentElement;
  state.htmlStyle = html.getAttribute('style');
  css(html, {
    display: 'block',
    visibility: 'visible',
    opacity: '1',
    transform: 'none',
    filter: 'none',
    'clip-path': 'none',
    mask: 'none',
    contain: 'none',
    zoom: '1',
  });
  state.originalBody = body;
  state.readerBody = readerBody;
  state.mode = 'reader';
  state.reader.focus();
  mark('focused');
}

/**
 * The reader's host element and its closed shadow root. Always a plain `<div>`: an autonomous custom
 * element name (`<declutter-reader>`) can be defined by the page first, and a constructor that calls
 * `attachInternals()` would then get the closed root (`internals.shadowRoot`). A `<div>` created
 * without `is` is never upgraded, so nothing of the page runs when it is made.
 */
function makeHost() {
  const host = document.createElement('div');
  host.setAttribute('data-declutter-host', '');
  // `all: initial` cuts every inherited property the page could pass in (font, colour, direction…);
  // the shadow root's own stylesheet sets them again inside.
  css(host, { all: 'initial', display: 'block', visibility: 'visible', opacity: '1', transform: 'none', filter: 'none' });
  return { host, root: host.attachShadow({ mode: 'closed' }) };
}

function restore() {
  const { originalBody, readerBody } = state;
  if (state.mode !== 'reader' || !originalBody || !readerBody) return;
  state.reader?.unmount();
  state.reader = null;
  state.root = null;
  const html = document.documentElement;
  // NOTE: read the attribute first: Chromium writes CSSOM changes back to the attribute lazily, and a
  // pending write-back after removeAttribute would leave `style=""` on the page's <html>.
  html.getAttribute('style');
  if (state.htmlStyle === null) html.removeAttribute('style');
  else html.setAttribute('style', state.htmlStyle);
  state.htmlStyle = null;
  if (readerBody.isConnected) readerBody.replaceWith(originalBody);
  else if (!document.body) document.documentElement.appendChild(originalBody);
  state.originalBody = null;
  state.readerBody = null;
  state.mode = 'page';
  window.scrollTo(state.scroll.x, state.scroll.y);
}

/**
 * A short self-removing message in a shadow root, fixed on top of the page; with `action`, a button
 * that runs it (the notice then waits while the pointer or focus is on it).
 * @param {string} text
 * @param {{ label: string, run: () => void }} [action]
 */
function say(text, action) {
  const host = document.createElement('declutter-notice');
  const dir = uiDirection();
  // At the top corner on the interface's reading end (top left in Arabic).
  css(host, { position: 'fixed', top: '16px', [dir === 'rtl' ? 'left' : 'right']: '16px', 'z-index': '2147483647', display: 'block' });
  host.setAttribute('role', 'status');
  host.setAttribute('aria-live', 'polite');
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.textContent = text;
  box.dir = dir;
  box.lang = uiLanguage();
  css(box, {
    font: '14px/1.4 system-ui, sans-serif',
    color: '#fff',
    background: 'rgba(32, 33, 36, 0.94)',
    padding: '10px 14px',
    'border-radius': '8px',
    'box-shadow': '0 2px 10px rgba(0, 0, 0, 0.3)',
    'max-width': '320px',
  });
  root.appendChild(box);
  let timer = 0;
  const removeLater = () => {
    clearTimeout(timer);
    timer = setTimeout(() => host.remove(), action ? ACTION_NOTICE_MS : NOTICE_MS);
  };
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    css(button, {
      display: 'block',
      margin: '8px 0 0',
      font: 'inherit',
      'font-weight': '600',
      color: '#202124',
      background: '#fff',
      border: '0',
      'border-radius': '6px',
      padding: '4px 10px',
      cursor: 'pointer',
    });
    button.addEventListener('click', () => {
      host.remove();
      action.run();
    });
    box.appendChild(button);
    // Held while the reader points at it or tabs to it.
    for (const [hold, release] of [['pointerenter', 'pointerleave'], ['focusin', 'focusout']]) {
      host.addEventListener(hold, () => clearTimeout(timer));
      host.addEventListener(release, removeLater);
    }
  }
  // The notice hangs off <html>, not <body>, so the page's own tree is left alone.
  document.documentElement.appendChild(host);
  removeLater();
}

