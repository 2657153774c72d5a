// @ts-check
// Runs in: extension options page (options.html). The per-site memory section: every site Declutter keeps
// something for (blocks repeated across its pages, the reader's corrections; shared/site-store.js, in
// storage.local only), what is kept, and buttons to forget one site or all of them.

import { localize, t } from '../shared/i18n.js';
import { forgetAll, forgetSite, listSites, onSitesChanged, summarize } from '../shared/site-store.js';

const list = /** @type {HTMLElement} */ (document.getElementById('options-sites-list'));
const empty = /** @type {HTMLElement} */ (document.getElementById('options-sites-empty'));
const all = /** @type {HTMLButtonElement} */ (document.getElementById('options-sites-forget-all'));
const status = /** @type {HTMLElement} */ (document.getElementById('options-sites-status'));

/** @param {number} n */
const count = (n) => new Intl.NumberFormat(document.documentElement.lang || undefined).format(n);

async function show() {
  const sites = await listSites();
  list.replaceChildren(
    ...sites.map(({ site, entry }) => {
      const item = document.createElement('li');
      item.className = 'options-site';
      item.dataset.site = site;
      const name = document.createElement('span');
      name.className = 'options-site-name';
      name.dir = 'ltr';
      name.textContent = site;
      const s = summarize(entry);
      const what = document.createElement('span');
      what.className = 'options-site-summary';
      what.textContent = t('siteSummary', [count(s.pages), count(s.blocks), count(s.keep), count(s.drop)]);
      const forget = document.createElement('button');
      forget.type = 'button';
      forget.className = 'options-site-forget';
      forget.textContent = t('forgetSite');
      forget.setAttribute('aria-label', t('forgetSiteLabel', [site]));
      forget.addEventListener('click', () => void forgetting(() => forgetSite(site)));
      item.append(name, what, forget);
      return item;
    }),
  );
  empty.hidden = sites.length > 0;
  list.hidden = sites.length === 0;
  all.disabled = sites.length === 0;
}

/** @param {() => Promise<void>} action */
async function forgetting(action) {
  await action();
  await show();
  status.textContent = t('sitesForgotten');
  all.focus();
}

async function start() {
  localize(/** @type {HTMLElement} */ (document.getElementById('options-sites')), document.documentElement);
  all.addEventListener('click', () => void forgetting(() => forgetAll()));
  onSitesChanged(() => void show());
  await show();
}

start().catch((error) => console.error('Declutter options (sites):', error));
