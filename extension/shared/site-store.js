// @ts-check
// Runs in: every extension context (the background reads and writes the memory, the reader the
// corrections, the options page lists and forgets).
/**
 * What Declutter keeps per site, in storage.local only (never storage.sync, never sent anywhere):
 * the core's site memory (fingerprints and counts of blocks repeated across the site's pages, no
 * page text) and the reader's corrections (blocks put back, blocks taken out, by fingerprint).
 *
 * One storage key per site, `site:<host>` (the host without a leading `www.`), holding a SiteEntry.
 * At most MAX_SITES sites: saving one more forgets the least recently used. The pure functions
 * (siteOf, normalizeEntry, withCorrection, summarize) are unit-tested without a browser; the others
 * take the storage area as an optional last argument for the same reason.
 */

import { api } from './platform.js';

export const KEY_PREFIX = 'site:';
/** Most sites kept; the least recently used is forgotten first. */
export const MAX_SITES = 200;
/** Most corrections of each kind kept per site; the oldest go first. */
export const MAX_CORRECTIONS = 200;
const FINGERPRINT = /^[0-9a-f]{16}$/;

/**
 * @typedef {object} SiteEntry
 * @property {Record<string, any> | null} memory  the core's SiteMemory, as the last article returned it
 * @property {string[]} keep  fingerprints of blocks put back
 * @property {string[]} drop  fingerprints of blocks taken out
 * @property {number} used  when the entry was last written (ms since the epoch), for forgetting the oldest
 */

/** @returns {chrome.storage.StorageArea} */
function local() {
  return api.storage.local;
}

/**
 * The site a page belongs to: its host, lower-case, without a leading `www.`; null for a page that is
 * not on the web (file:, about:, extension pages).
 * @param {string} url
 * @returns {string | null}
 */
export function siteOf(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsed.protocol) || !parsed.hostname) return null;
  return parsed.hostname.toLowerCase().replace(/^www\./, '');
}

/** @param {unknown} list */
function fingerprints(list) {
  if (!Array.isArray(list)) return [];
  const seen = new Set();
  for (const item of list) if (typeof item === 'string' && FINGERPRINT.test(item)) seen.add(item);
  return [...seen].slice(-MAX_CORRECTIONS);
}

/**
 * Whatever storage holds, as a valid entry (the memory itself is checked by the core, which ignores a
 * damaged one with a reason).
 * @param {unknown} raw
 * @returns {SiteEntry}
 */
export function normalizeEntry(raw) {
  const r = /** @type {Record<string, unknown>} */ (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {});
  const memory = r.memory && typeof r.memory === 'object' && !Array.isArray(r.memory) ? /** @type {Record<string, any>} */ (r.memory) : null;
  return {
    memory,
    keep: fingerprints(r.keep),
    drop: fingerprints(r.drop),
    used: typeof r.used === 'number' && Number.isFinite(r.used) ? r.used : 0,
  };
}

/**
 * The entry with one correction more: `keep` (put back) or `drop` (taken out) a block, or `forget`
 * (neither: a correction undone). A block is never both kept and dropped.
 * @param {SiteEntry} entry
 * @param {'keep' | 'drop' | 'forget'} action
 * @param {string[]} blockFingerprints  the block's fingerprints (the core's and the reader's, when they differ)
 * @returns {SiteEntry}
 */
export function withCorrection(entry, action, blockFingerprints) {
  const names = blockFingerprints.filter((f) => FINGERPRINT.test(f));
  const keep = entry.keep.filter((f) => !names.includes(f));
  const drop = entry.drop.filter((f) => !names.includes(f));
  if (action === 'keep') keep.push(...names);
  if (action === 'drop') drop.push(...names);
  return { ...entry, keep: fingerprints(keep), drop: fingerprints(drop) };
}

/**
 * What the options page shows for a site.
 * @param {SiteEntry} entry
 * @returns {{ pages: number, blocks: number, keep: number, drop: number }}
 */
export function summarize(entry) {
  const memory = entry.memory;
  return {
    pages: Number.isFinite(memory?.pages) ? Number(memory?.pages) : 0,
    blocks: Array.isArray(memory?.blocks) ? memory.blocks.filter((/** @type {any} */ b) => Number(b?.pages) >= 2).length : 0,
    keep: entry.keep.length,
    drop: entry.drop.length,
  };
}

/**
 * @param {string} site
 * @param {chrome.storage.StorageArea} [area]
 * @returns {Promise<SiteEntry>}
 */
export async function loadSite(site, area = local()) {
  const key = KEY_PREFIX + site;
  const got = await area.get(key);
  return normalizeEntry(got?.[key]);
}

/**
 * Writes a site's entry, forgetting the least recently used sites beyond MAX_SITES.
 * @param {string} site
 * @param {SiteEntry} entry
 * @param {chrome.storage.StorageArea} [area]
 * @param {number} [now]
 */
export async function saveSite(site, entry, area = local(), now = Date.now()) {
  await area.set({ [KEY_PREFIX + site]: { ...entry, used: now } });
  const sites = await listSites(area);
  if (sites.length > MAX_SITES) {
    const oldest = sites.sort((a, b) => a.entry.used - b.entry.used).slice(0, sites.length - MAX_SITES);
    await area.remove(oldest.map((s) => KEY_PREFIX + s.site));
  }
}

/**
 * Stores the memory the core returned for a site's page, keeping its corrections.
 * @param {string} site
 * @param {Record<string, any>} memory
 * @param {chrome.storage.StorageArea} [area]
 */
export async function saveMemory(site, memory, area = local()) {
  const entry = await loadSite(site, area);
  await saveSite(site, { ...entry, memory }, area);
}

/**
 * Records a correction for a site (see withCorrection).
 * @param {string} site
 * @param {'keep' | 'drop' | 'forget'} action
 * @param {string[]} blockFingerprints
 * @param {chrome.storage.StorageArea} [area]
 */
export async function correct(site, action, blockFingerprints, area = local()) {
  const entry = await loadSite(site, area);
  await saveSite(site, withCorrection(entry, action, blockFingerprints), area);
}

/**
 * Every site stored, by name.
 * @param {chrome.storage.StorageArea} [area]
 * @returns {Promise<Array<{ site: string, entry: SiteEntry }>>}
 */
export async function listSites(area = local()) {
  const all = (await area.get(null)) ?? {};
  return Object.keys(all)
    .filter((key) => key.startsWith(KEY_PREFIX))
    .map((key) => ({ site: key.slice(KEY_PREFIX.length), entry: normalizeEntry(all[key]) }))
    .sort((a, b) => a.site.localeCompare(b.site));
}

/**
 * Forgets one site (its memory and corrections).
 * @param {string} site
 * @param {chrome.storage.StorageArea} [area]
 */
export async function forgetSite(site, area = local()) {
  await area.remove(KEY_PREFIX + site);
}

/**
 * Forgets every site; other settings in storage.local stay.
 * @param {chrome.storage.StorageArea} [area]
 */
export async function forgetAll(area = local()) {
  const sites = await listSites(area);
  if (sites.length) await area.remove(sites.map((s) => KEY_PREFIX + s.site));
}

/**
 * Calls `listener` when any site's entry changes (the options page follows the reader).
 * @param {() => void} listener
 */
export function onSitesChanged(listener) {
  api.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && Object.keys(changes).some((key) => key.startsWith(KEY_PREFIX))) listener();
  });
}
