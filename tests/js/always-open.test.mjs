// Runs in: Node (node --test), no browser. "Always open on this site": the site of a page, its permission
// pattern, the stored list (extension/shared/always-open.js), the reader's messages for it
// (extension/shared/messages.js), and the manifest asking nothing at install.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_SITES, isNewPage, normalizeSites, siteHost, siteOf, siteOfPattern, sitePattern, withSite, withoutSite } from '../../extension/shared/always-open.js';
import { validate } from '../../extension/shared/messages.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('the site of a page: scheme and host, lower case, no port, path or query; only http(s)', () => {
  assert.equal(siteOf('https://www.Example.com/news/a.html?x=1#top'), 'https://www.example.com');
  assert.equal(siteOf('http://127.0.0.1:8123/page/rich'), 'http://127.0.0.1');
  assert.equal(siteOf('https://user:pw@news.example:8443/'), 'https://news.example');
  for (const url of ['file:///tmp/a.html', 'about:blank', 'chrome://extensions', 'javascript:alert(1)', 'not a url', '', null, undefined]) {
    assert.equal(siteOf(url), null, String(url));
  }
});

test('permission pattern of a site, and back', () => {
  assert.equal(sitePattern('https://news.example'), 'https://news.example/*');
  assert.equal(siteOfPattern('https://news.example/*'), 'https://news.example');
  assert.equal(siteOfPattern(sitePattern('http://127.0.0.1')), 'http://127.0.0.1');
  for (const broad of ['<all_urls>', '*://*/*', 'https://*/*', 'https://*.example/*', 'https://news.example/path/*', 'ftp://a.example/*']) {
    assert.equal(siteOfPattern(broad), null, broad);
  }
  assert.equal(siteHost('https://www.example.com'), 'www.example.com');
});

test('the stored list: valid sites only, once each, sorted, bounded', () => {
  assert.deepEqual(normalizeSites(['https://b.example', 'https://a.example', 'https://b.example']), ['https://a.example', 'https://b.example']);
  assert.deepEqual(normalizeSites(['https://a.example/', 'HTTPS://A.EXAMPLE', 'javascript:x', 42, null, 'https://a.example:8080', 'file:///x']), []);
  assert.deepEqual(normalizeSites('https://a.example'), []);
  assert.deepEqual(normalizeSites(undefined), []);
  const many = Array.from({ length: MAX_SITES + 20 }, (_, i) => `https://s${String(i).padStart(4, '0')}.example`);
  assert.equal(normalizeSites(many).length, MAX_SITES);
  assert.deepEqual(withSite(['https://b.example'], 'https://a.example'), ['https://a.example', 'https://b.example']);
  assert.deepEqual(withSite(['https://a.example'], 'https://a.example'), ['https://a.example']);
  assert.deepEqual(withoutSite(['https://a.example', 'https://b.example'], 'https://a.example'), ['https://b.example']);
});

test("the reader's site messages: no site in them (the background reads the sender's), `on` a boolean", () => {
  assert.deepEqual(validate({ type: 'site-status', site: 'https://evil.example' }), { type: 'site-status' });
  assert.deepEqual(validate({ type: 'always-open', on: true, site: 'https://evil.example' }), { type: 'always-open', on: true });
  assert.deepEqual(validate({ type: 'always-open', on: false }), { type: 'always-open', on: false });
  assert.throws(() => validate({ type: 'always-open', on: 'yes' }), /on must be a boolean/);
  assert.throws(() => validate({ type: 'always-open' }), /on must be a boolean/);
});

test('the manifest grants no site at install: hosts are optional, asked one site at a time', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'extension/manifest.json'), 'utf8'));
  assert.equal(manifest.host_permissions, undefined);
  assert.deepEqual(manifest.optional_host_permissions, ['http://*/*', 'https://*/*']);
  assert.ok(!manifest.permissions.some((/** @type {string} */ p) => /:\/\/|<all_urls>|^tabs$/.test(p)), 'no host or tabs permission at install');
  assert.equal(manifest.content_scripts, undefined, 'no content script runs on its own: the background injects one on listed sites');
});

test('a new page after a change of address without a load (single-page sites)', () => {
  const page = (/** @type {string} */ url, title = 'Story one | Site') => ({ url: `https://news.example${url}`, title });
  const a = page('/story/1');
  // A link followed in the page (pushState): another path, with or without a new title yet.
  assert.equal(isNewPage(a, page('/story/2', 'Story two | Site'), false), true);
  assert.equal(isNewPage(a, page('/story/2'), false), true, 'the path alone, the page on screen');
  // Back or forward under the reader: the page shows another page, with its own title.
  assert.equal(isNewPage(a, page('/story/2', 'Story two | Site'), true), true);
  assert.equal(isNewPage(a, page('/?id=2', 'Story two | Site'), true), true, 'a page named by its query');
  // Not a new page: a fragment, the same address, an address rewritten under the reader, a query alone.
  assert.equal(isNewPage(a, page('/story/1#comments'), false), false);
  assert.equal(isNewPage(a, page('/story/1'), false), false);
  assert.equal(isNewPage(a, page('/story/1/a-slug'), true), false, 'a slug added under the reader');
  assert.equal(isNewPage(page('/story/1?utm_source=x'), page('/story/1'), true), false, 'a tracking parameter taken off');
  assert.equal(isNewPage(page('/story/1?utm_source=x'), page('/story/1'), false), false);
  assert.equal(isNewPage(a, page('/story/1', 'Story one | Site '), false), false, 'the same title, spaces aside');
  // Another origin (a redirect to a subdomain) is another page; addresses that do not parse are not.
  assert.equal(isNewPage(a, { url: 'https://m.news.example/story/1', title: a.title }, true), true);
  assert.equal(isNewPage({ url: 'not a url', title: '' }, a, false), false);
});
