// @ts-check
// Runs in: the service worker (Chrome) / background script (Firefox), imported by background.js.
/**
 * "Always open on this site": the reader's toggle turns a site on (the browser is asked for that one
 * site's host permission at that moment; nothing is granted at install) or off (the permission is given
 * back); once a page of a listed site the extension may still access has loaded, content/open.js is
 * injected there and opens the reader (quietly: a page that is not an article stays as it is). A
 * single-page site's navigations (history.pushState, replaceState, the back button) report the same
 * `status: 'complete'` with the new address, in Chrome and in Firefox alike (with the site's host
 * permission), so the same listener injects content/open.js again, and content/page.js opens the new
 * page once it has settled. NOTE: no "webNavigation" permission for onHistoryStateUpdated: Chrome would
 * warn at install that the extension can "read your browsing history", for what tabs.onUpdated already
 * tells about the listed sites only. The way
 * back is the usual one (Esc, the close button, the toolbar button). A permission taken back in the
 * browser's own settings takes the site off the list. The list is shared/always-open.js's; every browser
 * difference is shared/platform.js's.
 */

import { api, hasSiteAccess, onSiteAccessRemoved, openSmallWindow, removeSiteAccess, requestSiteAccess } from '../shared/platform.js';
import { addSite, loadSites, removeSite, saveSites, siteOf, siteOfPattern, sitePattern } from '../shared/always-open.js';

/** @typedef {import('../shared/messages.js').SiteReply} SiteReply */

/**
 * Whether the page `url`'s site opens in the reader: listed, and still accessible.
 * @param {string | undefined} url  the sender's page
 * @returns {Promise<SiteReply>}
 */
export async function siteStatus(url) {
  const site = siteOf(url);
  if (!site) return { ok: true, site: null, enabled: false };
  const [sites, access] = await Promise.all([loadSites(), hasSiteAccess(sitePattern(site))]);
  return { ok: true, site, enabled: sites.includes(site) && access };
}

/**
 * Turns "always open" on or off for the page `url`'s site. NOTE: the permission is asked in the
 * caller's own turn, before any await: in Chrome the user's click travels with the reader's message and
 * lasts only for the listener's synchronous part. Where the background may not ask (Firefox), a small
 * page of the extension asks instead (options/grant.html) and the reader is told it is pending.
 * @param {boolean} on
 * @param {string | undefined} url
 * @returns {Promise<SiteReply>}
 */
export function setAlwaysOpen(on, url) {
  const site = siteOf(url);
  if (!site) return Promise.resolve({ ok: true, site: null, enabled: false });
  const pattern = sitePattern(site);
  if (!on) {
    return (async () => {
      await removeSite(site);
      await removeSiteAccess(pattern);
      return { ok: true, site, enabled: false };
    })();
  }
  const asked = requestSiteAccess(pattern);
  return (async () => {
    const answer = await asked;
    if (answer === 'granted') {
      await addSite(site);
      return { ok: true, site, enabled: true };
    }
    if (answer === 'needs-page') {
      await openSmallWindow(`options/grant.html?site=${encodeURIComponent(site)}`);
      return { ok: true, site, enabled: false, pending: true };
    }
    return { ok: true, site, enabled: false };
  })();
}

/**
 * Opens the reader on every page of a listed site once it has loaded, by calling `inject(tabId)`.
 * (`tab.url` is there only for pages the extension has host access to: no "tabs" permission.)
 * @param {(tabId: number) => void} inject
 */
export function watchTabs(inject) {
  api.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    const site = siteOf(tab.url);
    if (!site) return;
    void (async () => {
      if (!(await loadSites()).includes(site)) return;
      if (!(await hasSiteAccess(sitePattern(site)))) return;
      inject(tabId);
    })();
  });
  onSiteAccessRemoved((origins) => {
    const gone = origins.map(siteOfPattern).filter(Boolean);
    if (!gone.length) return;
    void loadSites().then((sites) => saveSites(sites.filter((site) => !gone.includes(site))));
  });
}
