// @ts-check
// Runs in: extension page options/grant.html (a small window the background opens where it may not ask for
// a site's host permission itself: Firefox). The click on "Allow" asks the browser for that one site, then
// lists it; the window closes.

import { localize, t } from '../shared/i18n.js';
import { requestSiteAccess } from '../shared/platform.js';
import { addSite, siteHost, siteOf, sitePattern } from '../shared/always-open.js';

const requested = new URLSearchParams(location.search).get('site') ?? '';
// Only a site as the background writes it (scheme and host): anything else is refused.
const site = siteOf(`${requested}/`) === requested ? requested : null;
const status = /** @type {HTMLElement} */ (document.getElementById('grant-status'));
const allow = /** @type {HTMLButtonElement} */ (document.getElementById('grant-allow'));

localize(document, document.documentElement);
/** @type {HTMLElement} */ (document.getElementById('grant-site')).textContent = site ? siteHost(site) : '';
allow.disabled = !site;

allow.addEventListener('click', () => {
  if (!site) return;
  // First thing in the click: the browser asks only from a user's input.
  const asked = requestSiteAccess(sitePattern(site));
  void asked.then(async (answer) => {
    if (answer !== 'granted') {
      status.textContent = t('alwaysOpenDenied', [siteHost(site)]);
      return;
    }
    await addSite(site);
    status.textContent = t('alwaysOpenOn', [siteHost(site)]);
    setTimeout(() => window.close(), 1200);
  });
});
document.getElementById('grant-cancel')?.addEventListener('click', () => window.close());
