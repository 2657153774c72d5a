// Runs in: Node (node --test), no browser. The background's warm-up page (extension/background/
// warm-up.js) run through the real core (dist/www/pkg, built by ./build.sh before the tests): it must
// exercise the paths a real page takes (an article found, clutter of several kinds removed, metadata
// read), or warming up on it would leave the first real click on uncompiled code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WARM_UP_PAGE, warmUp } from '../../extension/background/warm-up.js';

import { initSync, clean } from '../../dist/www/pkg/declutter.js';

initSync({ module: readFileSync(fileURLToPath(new URL('../../dist/www/pkg/declutter_bg.wasm', import.meta.url))) });

test('the warm-up page walks the core main paths', () => {
  const article = clean(WARM_UP_PAGE, { url: 'https://example.org/news/warm-up-story' });
  assert.equal(article.readerable, true);
  assert.equal(article.title, 'Warm-up story');
  assert.ok(article.word_count > 200, `word count ${article.word_count}`);
  assert.match(article.content_html, /<figure>/);
  assert.match(article.content_html, /<table>/);
  const kinds = new Set(article.removed.map((r) => r.kind));
  assert.ok(kinds.size >= 3, `removed kinds: ${[...kinds].join(', ')}`);
});

test('warmUp times one clean and swallows a failure (the real clean reports it)', () => {
  let calls = 0;
  const ms = warmUp(() => calls++);
  assert.equal(calls, 1);
  assert.ok(typeof ms === 'number' && ms >= 0);
  assert.equal(
    warmUp(() => {
      throw new Error('engine gone');
    }),
    null,
  );
});
