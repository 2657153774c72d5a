// @ts-check
/**
 * Injected into the page (isolated world) by background.js on each toolbar click / command.
 * A shim only: it serialises the page, asks the background to clean it, and swaps the page's
 * <body> for one holding the reader iframe. It parses and decides nothing itself.
 *
 * Restoring puts the ORIGINAL body node back (never a re-parse), so form input, listeners,
 * scroll position and page state survive. Injected twice, it toggles: the state lives on the
 * isolated world's window under a symbol, out of the page's reach.
 */
(() => {
  // Keep in sync with extension/messages.js (a classic script cannot import it).
  const MSG_CLEAN = 'clean';
  const MSG_RESTORE = 'restore';
  const MAX_HTML_CHARS = 20 * 1024 * 1024;
  const TIMEOUT_MS = 8000;
  const NOTICE_MS = 4000;
  const FRAME_ID = 'declutter-frame';

  const STATE = Symbol.for('declutter.content-state');
  const w = /** @type {any} */ (window);
  if (w[STATE]) {
    w[STATE].toggle();
    return;
  }

  /** @type {typeof chrome} */
  // @ts-ignore -- `browser` exists only in Firefox.
  const api = globalThis.browser ?? globalThis.chrome;

  const state = {
    /** 'page' | 'busy' | 'reader' */
    mode: 'page',
    /** @type {HTMLElement | null} */
    originalBody: null,
    /** @type {HTMLElement | null} */
    readerBody: null,
    scroll: { x: 0, y: 0 },
    toggle,
  };
  w[STATE] = state;

  api.runtime.onMessage.addListener((/** @type {any} */ msg) => {
    if (msg && msg.type === MSG_RESTORE) restore();
  });

  /** A UI string from _locales (keys prefixed `content`), or the English fallback. */
  function t(/** @type {string} */ key, /** @type {string} */ fallback, /** @type {string[]} */ ...subs) {
    try {
      return api.i18n.getMessage(key, subs) || fallback;
    } catch {
      return fallback;
    }
  }

  function toggle() {
    if (state.mode === 'reader') restore();
    else if (state.mode === 'page') open();
  }

  /** Sets inline declarations with !important, via CSSOM (which a page CSP does not block). */
  function css(/** @type {HTMLElement} */ el, /** @type {Record<string, string>} */ decls) {
    for (const [k, v] of Object.entries(decls)) el.style.setProperty(k, v, 'important');
  }

  async function open() {
    const body = document.body;
    if (!body || body.tagName !== 'BODY') {
      notice(t('contentUnavailable', 'Reader view is not available on this page.'));
      return;
    }
    const html = document.documentElement.outerHTML;
    if (html.length > MAX_HTML_CHARS) {
      notice(t('contentTooLarge', 'This page is too large for reader view.'));
      return;
    }
    state.mode = 'busy';
    let reply;
    try {
      reply = await Promise.race([
        api.runtime.sendMessage({ type: MSG_CLEAN, html, url: location.href }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS)),
      ]);
    } catch (e) {
      reply = { ok: false, error: String(/** @type {any} */ (e)?.message ?? e) };
    }
    state.mode = 'page';
    if (!reply || !reply.ok) {
      const error = String(reply?.error ?? 'no answer');
      if (error === 'timed out') {
        notice(t('contentTimedOut', 'Reader view took too long on this page; the page is unchanged.'));
      } else if (/message (channel|port) closed|Receiving end does not exist|context invalidated/i.test(error)) {
        // The service worker was stopped or restarted while it worked.
        notice(t('contentInterrupted', 'Reader view was interrupted; please try again.'));
      } else {
        notice(t('contentFailed', `Reader view failed: ${error}`, error));
      }
      return;
    }
    if (!reply.readerable) {
      notice(t('contentNoArticle', 'No article found on this page.'));
      return;
    }
    if (document.body !== body) {
      // The page replaced its body while we waited; don't fight it.
      notice(t('contentPageChanged', 'The page changed; try again.'));
      return;
    }
    show(body, String(reply.token), String(reply.title ?? ''));
  }

  function show(/** @type {HTMLElement} */ body, /** @type {string} */ token, /** @type {string} */ title) {
    state.scroll = { x: window.scrollX, y: window.scrollY };
    const readerBody = document.createElement('body');
    css(readerBody, { margin: '0', padding: '0', overflow: 'hidden', background: '#fff', display: 'block' });
    const frame = document.createElement('iframe');
    frame.id = FRAME_ID;
    frame.title = title ? t('contentFrameTitle', `Reader view: ${title}`, title) : t('readerTitle', 'Reader view');
    frame.src = api.runtime.getURL('reader.html') + '#' + token;
    css(frame, {
      position: 'fixed',
      top: '0',
      left: '0',
      width: '100vw',
      height: '100vh',
      'max-width': 'none',
      'max-height': 'none',
      margin: '0',
      padding: '0',
      border: '0',
      display: 'block',
      visibility: 'visible',
      opacity: '1',
      transform: 'none',
      filter: 'none',
      'z-index': '2147483647',
      background: '#fff',
      'color-scheme': 'normal',
    });
    readerBody.appendChild(frame);
    body.replaceWith(readerBody);
    state.originalBody = body;
    state.readerBody = readerBody;
    state.mode = 'reader';
    window.scrollTo(0, 0);
    frame.focus();
  }

  function restore() {
    const { originalBody, readerBody } = state;
    if (state.mode !== 'reader' || !originalBody || !readerBody) return;
    if (readerBody.isConnected) readerBody.replaceWith(originalBody);
    else if (!document.body) document.documentElement.appendChild(originalBody);
    state.originalBody = null;
    state.readerBody = null;
    state.mode = 'page';
    window.scrollTo(state.scroll.x, state.scroll.y);
  }

  /** A short self-removing message in a shadow root, fixed on top of the page. */
  function notice(/** @type {string} */ text) {
    const host = document.createElement('declutter-notice');
    css(host, { position: 'fixed', top: '16px', right: '16px', 'z-index': '2147483647', display: 'block' });
    host.setAttribute('role', 'status');
    host.setAttribute('aria-live', 'polite');
    const root = host.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.textContent = text;
    box.dir = t('@@bidi_dir', 'auto');
    box.lang = t('@@ui_locale', '').replace('_', '-');
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
    // The notice hangs off <html>, not <body>, so the page's own tree is left alone.
    document.documentElement.appendChild(host);
    setTimeout(() => host.remove(), NOTICE_MS);
  }

  toggle();
})();
