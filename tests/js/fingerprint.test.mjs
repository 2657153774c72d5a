// Runs in: Node (node --test), no browser. The JavaScript fingerprint (extension/shared/fingerprint.js)
// equals the core's (src/site_memory/mod.rs) on the core's own test vectors, read from
// src/site_memory/tests.rs so the two cannot drift apart unnoticed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const rust = readFileSync(new URL('../../src/site_memory/tests.rs', import.meta.url), 'utf8');
const table = rust.slice(rust.indexOf('const VECTORS'), rust.indexOf('];', rust.indexOf('const VECTORS')));
const vectors = [...table.matchAll(/\("((?:[^"\\]|\\.)*)", "([0-9a-f]{16})"\)/g)].map((m) => [
  JSON.parse(`"${m[1]}"`),
  m[2],
]);

describe('block fingerprint (no browser)', () => {
  it('matches the core on its test vectors', async () => {
    const { fingerprint } = await import('../../extension/shared/fingerprint.js');
    assert.ok(vectors.length >= 5, 'vectors read from the Rust tests');
    for (const [text, hex] of vectors) assert.equal(fingerprint(text), hex, JSON.stringify(text));
  });

  it('ignores case, spacing and punctuation; nothing to hash is null', async () => {
    const { fingerprint } = await import('../../extension/shared/fingerprint.js');
    assert.equal(fingerprint('Become a member — today!'), fingerprint('become a member today'));
    assert.notEqual(fingerprint('become a member today'), fingerprint('become a member tomorrow'));
    assert.equal(fingerprint(' — !'), null);
  });
});
