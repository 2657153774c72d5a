// @ts-check
// Runs in: extension options page (options.html). The "always open" sites: listed with whether the
// extension still has access to each (the browser's own settings can take it back), and removed, which
// also gives the site's permission back. (What is remembered per site is sites.js's.)

import { t } from '../shared/i18n.js';
import { api, hasSiteAccess, removeSiteAccess } from '../shared/platform.js';
import { loadSites, onSitesChanged, removeSite, siteHost, sitePattern } from '../shared/always-open.js';

const list = /** @type {HTMLUListElement} */ (document.getElementById('options-always-list'));
const empty = /** @type {HTMLElement} */ (document.getElementById('options-always-empty'));

/** @param {string[]} sites */
async function show(sites) {
  const access = await Promise.all(sites.map((site) => hasSiteAccess(sitePattern(site))));
  list.replaceChildren(
    ...sites.map((site, i) => {
      const item = document.createElement('li');
      item.className = 'options-site';
      item.dataset.site = site;
      const name = document.createElement('span');
      name.className = 'options-site-name';
      name.dir = 'ltr';
      name.textContent = siteHost(site);
      item.append(name);
      if (!access[i]) {
        const note = document.createElement('span');
        note.className = 'options-always-note';
        note.textContent = t('optionsSiteNoAccess');
        item.append(' ', note);
      }
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'options-always-remove';
      remove.textContent = t('optionsSiteRemove');
      remove.setAttribute('aria-label', t('optionsSiteRemoveLabel', [siteHost(site)]));
      remove.addEventListener('click', () => {
        // Taken off the list first, so no page of the site opens while the permission goes.
        void removeSite(site).then(() => removeSiteAccess(sitePattern(site)));
      });
      item.append(remove);
      return item;
    }),
  );
  empty.hidden = sites.length > 0;
}

const refresh = () => void loadSites().then(show);
onSitesChanged((sites) => void show(sites));
api.permissions.onAdded.addListener(refresh);
api.permissions.onRemoved.addListener(refresh);
refresh();
