// Runs in: Node (node --test), no browser. What the extension keeps per site (extension/shared/site-store.js):
// the site of a page, whatever storage holds read as a valid entry, corrections that never both keep and
// drop a block, the options page's summary, and loading, saving, listing, bounding and forgetting over a
// stand-in for storage.local.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const store = await import('../../extension/shared/site-store.js');

/** A stand-in for chrome.storage.local: get(null | key), set, remove; values are copied as JSON. */
function fakeArea() {
  /** @type {Record<string, any>} */
  const data = {};
  const copy = (/** @type {any} */ v) => JSON.parse(JSON.stringify(v));
  return {
    data,
    async get(/** @type {string | null} */ key) {
      if (key === null) return copy(data);
      return key in data ? { [key]: copy(data[key]) } : {};
    },
    async set(/** @type {Record<string, any>} */ items) {
      Object.assign(data, copy(items));
    },
    async remove(/** @type {string | string[]} */ keys) {
      for (const key of [keys].flat()) delete data[key];
    },
  };
}

const A = '00000000000000aa';
const B = '00000000000000bb';
const MEMORY = { version: 1, pages: 3, recent_pages: [], blocks: [{ fingerprint: A, pages: 3, last_page: 3 }, { fingerprint: B, pages: 1, last_page: 2 }] };

describe('site store (no browser)', () => {
  it('names a page by its host, without www, and only on the web', () => {
    assert.equal(store.siteOf('https://www.Example.org/news/a?x=1#top'), 'example.org');
    assert.equal(store.siteOf('http://127.0.0.1:8080/page'), '127.0.0.1');
    assert.equal(store.siteOf('file:///home/a.html'), null);
    assert.equal(store.siteOf('about:blank'), null);
    assert.equal(store.siteOf('not a url'), null);
  });

  it('reads whatever storage holds as a valid entry', () => {
    const empty = { memory: null, keep: [], drop: [], used: 0 };
    assert.deepEqual(store.normalizeEntry(undefined), empty);
    assert.deepEqual(store.normalizeEntry('junk'), empty);
    assert.deepEqual(store.normalizeEntry({ memory: [1], keep: 'x', drop: [A, 'nope', 5, A], used: 'now' }), { ...empty, drop: [A] });
    assert.deepEqual(store.normalizeEntry({ memory: MEMORY, keep: [B], used: 7 }).memory, MEMORY);
  });

  it('never keeps and drops the same block; forget undoes either', () => {
    const entry = store.normalizeEntry({});
    const dropped = store.withCorrection(entry, 'drop', [A, 'bad']);
    assert.deepEqual([dropped.keep, dropped.drop], [[], [A]]);
    const kept = store.withCorrection(dropped, 'keep', [A, B]);
    assert.deepEqual([kept.keep, kept.drop], [[A, B], []]);
    const forgotten = store.withCorrection(kept, 'forget', [B]);
    assert.deepEqual([forgotten.keep, forgotten.drop], [[A], []]);
  });

  it('keeps at most MAX_CORRECTIONS of each kind, the newest', () => {
    let entry = store.normalizeEntry({});
    for (let i = 0; i < store.MAX_CORRECTIONS + 5; i++) {
      entry = store.withCorrection(entry, 'drop', [i.toString(16).padStart(16, '0')]);
    }
    assert.equal(entry.drop.length, store.MAX_CORRECTIONS);
    assert.equal(entry.drop.at(-1), (store.MAX_CORRECTIONS + 4).toString(16).padStart(16, '0'));
  });

  it('summarises a site: pages learned, blocks repeated, corrections', () => {
    assert.deepEqual(store.summarize(store.normalizeEntry({ memory: MEMORY, keep: [A], drop: [A, B] })), { pages: 3, blocks: 1, keep: 1, drop: 2 });
    assert.deepEqual(store.summarize(store.normalizeEntry({})), { pages: 0, blocks: 0, keep: 0, drop: 0 });
  });

  it('saves memory and corrections per site, lists and forgets them, other keys untouched', async () => {
    const area = fakeArea();
    area.data.readerSettings = { theme: 'dark' };
    await store.saveMemory('example.org', MEMORY, /** @type {any} */ (area));
    await store.correct('example.org', 'drop', [B], /** @type {any} */ (area));
    await store.correct('news.example', 'keep', [A], /** @type {any} */ (area));
    const entry = await store.loadSite('example.org', /** @type {any} */ (area));
    assert.deepEqual(entry.memory, MEMORY);
    assert.deepEqual(entry.drop, [B]);
    // A new memory keeps the site's corrections.
    await store.saveMemory('example.org', { ...MEMORY, pages: 4 }, /** @type {any} */ (area));
    assert.deepEqual((await store.loadSite('example.org', /** @type {any} */ (area))).drop, [B]);
    assert.deepEqual((await store.listSites(/** @type {any} */ (area))).map((s) => s.site), ['example.org', 'news.example']);
    await store.forgetSite('example.org', /** @type {any} */ (area));
    assert.deepEqual((await store.listSites(/** @type {any} */ (area))).map((s) => s.site), ['news.example']);
    assert.deepEqual((await store.loadSite('example.org', /** @type {any} */ (area))).memory, null);
    await store.forgetAll(/** @type {any} */ (area));
    assert.deepEqual(await store.listSites(/** @type {any} */ (area)), []);
    assert.deepEqual(area.data, { readerSettings: { theme: 'dark' } });
  });

  it('forgets the least recently used sites beyond MAX_SITES', async () => {
    const area = fakeArea();
    for (let i = 0; i < store.MAX_SITES; i++) area.data[`${store.KEY_PREFIX}site-${i}.example`] = { memory: null, keep: [], drop: [], used: 1000 + i };
    await store.saveSite('new.example', store.normalizeEntry({}), /** @type {any} */ (area), 5000);
    const sites = (await store.listSites(/** @type {any} */ (area))).map((s) => s.site);
    assert.equal(sites.length, store.MAX_SITES);
    assert.ok(sites.includes('new.example'));
    assert.ok(!sites.includes('site-0.example'), 'the oldest is forgotten');
    assert.ok(sites.includes('site-1.example'));
  });
});
