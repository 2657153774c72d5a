// @ts-check
// Runs in: every extension context (the background, the reader, the options page); the pure helpers
// also in Node (tests/js).
/**
 * "Always open on this site": the list of sites whose pages open in the reader once loaded. A site is a
 * scheme and a host name (`https://news.example`): the unit a host permission is granted for (a match
 * pattern names no port). The list lives in storage.local, not sync: the permission that makes it work is
 * granted to this browser only. The permission itself is asked, checked and removed through
 * shared/platform.js; this module only keeps the list.
 */

import { api } from './platform.js';

/** The storage.local key of the list. */
export const SITES_KEY = 'alwaysOpenSites';
/** More sites than anyone picks by hand: a bound on what storage holds. */
export const MAX_SITES = 500;

/**
 * The site of a page URL (`https://www.example.com/a?b` → `https://www.example.com`), or null for
 * anything that is not an http(s) page with a host.
 * @param {string | null | undefined} url
 * @returns {string | null}
 */
export function siteOf(url) {
  let parsed;
  try {
    parsed = new URL(String(url ?? ''));
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsed.protocol) || !parsed.hostname) return null;
  return `${parsed.protocol}//${parsed.hostname.toLowerCase()}`;
}

/**
 * The host permission pattern of a site (`https://news.example` → `https://news.example/*`).
 * @param {string} site
 */
export function sitePattern(site) {
  return `${site}/*`;
}

/**
 * The site a host permission pattern names (`https://news.example/` then `*`), or null for broader
 * patterns (`<all_urls>`, any scheme, a host wildcard).
 * @param {string} pattern
 */
export function siteOfPattern(pattern) {
  const match = /^(https?):\/\/([^/*:]+)\/\*$/.exec(String(pattern));
  return match ? siteOf(`${match[1]}://${match[2]}/`) : null;
}

/**
 * Whether a page of an "always open" site is a new page since `before`, after the address changed
 * without a load (history.pushState, replaceState, the back button in a single-page site) and the page
 * settled: its title changed, or its path changed while the page (not the reader) was on screen. A
 * changed fragment (`#…`) is never a new page, and neither is an address the page rewrites under an open
 * reader with the same title (a tracking parameter taken off, a slug added): the user cannot follow a
 * link of the page while the reader covers it, only go back or forward, and a single-page site that
 * shows another page gives it its own title.
 * @param {{ url: string, title: string }} before  the page last opened (or offered) in the reader
 * @param {{ url: string, title: string }} after  the page now
 * @param {boolean} readerOpen  the reader covers the page
 */
export function isNewPage(before, after, readerOpen) {
  let from;
  let to;
  try {
    from = new URL(before.url);
    to = new URL(after.url);
  } catch {
    return false;
  }
  if (from.origin !== to.origin) return true;
  if (from.pathname === to.pathname && from.search === to.search) return false;
  if (before.title.trim() !== after.title.trim()) return true;
  return !readerOpen && from.pathname !== to.pathname;
}

/** A display name for a site: its host (`https://www.example.com` → `www.example.com`). */
export function siteHost(/** @type {string} */ site) {
  return site.replace(/^https?:\/\//, '');
}

/**
 * Whatever storage held, as a clean list: valid sites only, each once, sorted, at most MAX_SITES.
 * @param {unknown} raw
 * @returns {string[]}
 */
export function normalizeSites(raw) {
  if (!Array.isArray(raw)) return [];
  const sites = new Set();
  for (const item of raw) {
    const site = typeof item === 'string' ? siteOf(`${item}/`) : null;
    if (site && site === item) sites.add(site);
  }
  return [...sites].sort().slice(0, MAX_SITES);
}

/** @param {readonly string[]} sites @param {string} site */
export function withSite(sites, site) {
  return normalizeSites([...sites, site]);
}

/** @param {readonly string[]} sites @param {string} site */
export function withoutSite(sites, site) {
  return sites.filter((s) => s !== site);
}

/** @returns {Promise<string[]>} */
export async function loadSites() {
  const got = await api.storage.local.get(SITES_KEY);
  return normalizeSites(got?.[SITES_KEY]);
}

/** @param {readonly string[]} sites */
export async function saveSites(sites) {
  await api.storage.local.set({ [SITES_KEY]: normalizeSites(sites) });
}

/** Adds `site` to the list. @param {string} site */
export async function addSite(site) {
  await saveSites(withSite(await loadSites(), site));
}

/** Takes `site` off the list. @param {string} site */
export async function removeSite(site) {
  await saveSites(withoutSite(await loadSites(), site));
}

/**
 * Calls `listener` with the new list whenever it changes (the reader's toggle, the options page).
 * @param {(sites: string[]) => void} listener
 */
export function onSitesChanged(listener) {
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SITES_KEY]) listener(normalizeSites(changes[SITES_KEY].newValue));
  });
}
