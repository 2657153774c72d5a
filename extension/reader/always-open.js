// @ts-check
// Runs in: the content script's isolated world (the reader).
/**
 * The reader's "Always open this site in reader view" toggle (aria-pressed). Turning it on sends the
 * background a message from the click itself: the background asks the browser for this one site's
 * permission at that moment (or, where it may not, opens a small page of the extension that asks).
 * Turning it off gives the permission back. The button follows the list wherever it changes (another
 * tab, the options page). The site is always this page's own: the background reads it from the sender.
 */

import { t } from '../shared/i18n.js';
import { api } from '../shared/platform.js';
import { SITES_KEY, siteHost, siteOf } from '../shared/always-open.js';
import { MSG } from '../shared/messages.js';
import { toast } from './export.js';
import { byId, listen, state } from './state.js';
import { trusted } from './toolbar.js';

/** @typedef {import('../shared/messages.js').SiteReply} SiteReply */

/**
 * @param {unknown} reply
 * @returns {SiteReply | null}
 */
function siteReply(reply) {
  const r = /** @type {any} */ (reply);
  return r && r.ok === true && typeof r.enabled === 'boolean' ? r : null;
}

/** @param {boolean} enabled */
function show(enabled) {
  byId('reader-always').setAttribute('aria-pressed', String(enabled));
}

async function refresh() {
  try {
    const reply = siteReply(await api.runtime.sendMessage({ type: MSG.SITE_STATUS }));
    if (reply && state.root?.isConnected) show(reply.enabled);
  } catch {
    // The extension was reloaded: the button keeps what it showed.
  }
}

/** The click: on or off, and what happened in a toast. */
async function toggle() {
  const button = byId('reader-always');
  const on = button.getAttribute('aria-pressed') !== 'true';
  const host = siteHost(siteOf(state.shown?.url) ?? '');
  /** @type {SiteReply | null} */
  let reply = null;
  try {
    reply = siteReply(await api.runtime.sendMessage({ type: MSG.ALWAYS_OPEN, on }));
  } catch {
    reply = null;
  }
  if (!reply) {
    toast(t('alwaysOpenFailed'));
    return;
  }
  show(reply.enabled);
  if (reply.pending) toast(t('alwaysOpenConfirm'));
  else if (on && reply.enabled) toast(t('alwaysOpenOn', [host]));
  else if (on) toast(t('alwaysOpenDenied', [host]));
  else toast(t('alwaysOpenOff', [host]));
}

/** Shows the toggle on an http(s) page and wires it. Call after render (it reads the page's URL). */
export function wireAlwaysOpen() {
  const button = byId('reader-always');
  button.hidden = !siteOf(state.shown?.url);
  if (button.hidden) return;
  button.addEventListener('click', trusted(() => void toggle()));
  const changed = (/** @type {Record<string, chrome.storage.StorageChange>} */ changes, /** @type {string} */ area) => {
    if (area === 'local' && changes[SITES_KEY]) void refresh();
  };
  api.storage.onChanged.addListener(changed);
  state.cleanups.push(() => api.storage.onChanged.removeListener(changed));
  listen(window, 'focus', () => void refresh());
  void refresh();
}
