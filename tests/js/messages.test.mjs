// Runs in: Node (node --test), no browser. The message contract between the content script and the
// background (extension/shared/messages.js): every malformed message is refused with a reason,
// well-formed ones come back trimmed to their known fields. And the built manifests (dist/, so after
// ./build.sh): permissions, background, the Firefox overlay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLEAN_ERROR, MAX_HTML_CHARS, validate } from '../../extension/shared/messages.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('well-formed messages pass, keeping only their known fields', () => {
  assert.deepEqual(validate({ type: 'clean', html: '<p>x</p>', url: 'https://a.example/', extra: 1 }), {
    type: 'clean',
    html: '<p>x</p>',
    url: 'https://a.example/',
  });
});

test('malformed messages are refused with a reason', () => {
  const bad = [
    [null, /not an object/],
    ['clean', /not an object/],
    [[], /not an object/],
    [{}, /unknown message type/],
    [{ type: 'eval', code: '1' }, /unknown message type "eval"/],
    [{ type: 'clean', html: 42, url: '' }, /html must be a string/],
    [{ type: 'clean', html: 'x'.repeat(MAX_HTML_CHARS + 1), url: '' }, /larger than 20 MiB/],
    [{ type: 'clean', html: '', url: null }, /bad url/],
    [{ type: 'clean', html: '', url: 'x'.repeat(10000) }, /bad url/],
    // The reader no longer asks the background for anything: the old reader-page messages are refused.
    [{ type: 'get-article', token: 'a'.repeat(32) }, /unknown message type "get-article"/],
    [{ type: 'close-reader' }, /unknown message type "close-reader"/],
  ];
  for (const [msg, reason] of bad) assert.throws(() => validate(msg), reason, JSON.stringify(msg)?.slice(0, 60));
});

test('failure codes are distinct, and the content script maps each to a notice', () => {
  const codes = Object.values(CLEAN_ERROR);
  assert.equal(new Set(codes).size, codes.length);
  const page = readFileSync(join(ROOT, 'extension/content/page.js'), 'utf8');
  for (const name of Object.keys(CLEAN_ERROR)) {
    if (name === 'INVALID' || name === 'CORE') continue; // both fall to the generic "failed: <detail>" notice
    assert.match(page, new RegExp(`CLEAN_ERROR\\.${name}\\b`), `content/page.js handles ${name}`);
  }
});

test('manifests: exactly the three permissions, no host access at install, wasm allowed only in extension pages', () => {
  for (const browser of ['chrome', 'firefox']) {
    const m = JSON.parse(readFileSync(join(ROOT, `dist/${browser}/manifest.json`), 'utf8'));
    assert.equal(m.manifest_version, 3);
    assert.deepEqual([...m.permissions].sort(), ['activeTab', 'scripting', 'storage']);
    assert.equal(m.host_permissions, undefined);
    // Sites are asked for one at a time, when the reader's "always open" toggle is turned on (issue 20).
    assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*']);
    assert.equal(m.content_scripts, undefined, 'nothing injected without a click or a site the user chose');
    assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    assert.equal(m.commands['toggle-reader'].suggested_key.default, 'Alt+Shift+R');
    if (browser === 'chrome') assert.equal(m.background.service_worker, 'background/background.js');
    else {
      assert.deepEqual(m.background.scripts, ['background/background.js']);
      assert.equal(m.background.service_worker, undefined);
      assert.ok(m.browser_specific_settings.gecko.id);
    }
  }
  // The overlay says only what differs: the base's web-accessible list is not repeated.
  const overlay = JSON.parse(readFileSync(join(ROOT, 'extension/manifest.firefox.json'), 'utf8'));
  assert.equal(overlay.web_accessible_resources, undefined);
});
