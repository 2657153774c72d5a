// Runs in: Node (node --test), no browser. The content script leaves scripts' and style sheets' bodies
// out of the HTML it sends (extension/content/serialise.js, withoutScriptBodies): the core must make
// exactly the same article of the shorter HTML, checked here through the real core (dist/www/pkg,
// built by ./build.sh before the tests) on every page fixture, the Readability corpus and a spread
// of wcxb-dev pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { withoutScriptBodies } from '../../extension/content/serialise.js';

import { initSync, clean } from '../../dist/www/pkg/declutter.js';

initSync({ module: readFileSync(fileURLToPath(new URL('../../dist/www/pkg/declutter_bg.wasm', import.meta.url))) });

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = join(ROOT, '..', 'shared', 'corpus');

test('script and style bodies go, their tags and JSON-LD stay', () => {
  const cases = [
    ['<script>var a = 1;</script><p>Text</p>', '<script></script><p>Text</p>'],
    ['<SCRIPT type="text/javascript">if (a<b) go()</SCRIPT ><p>x</p>', '<SCRIPT type="text/javascript"></SCRIPT><p>x</p>'],
    ['<style media="(min-width: 10px) and (x > y)">p { color: red }</style>', '<style media="(min-width: 10px) and (x > y)"></style>'],
    ['<script type="application/ld+json">{"@type":"NewsArticle"}</script>', '<script type="application/ld+json">{"@type":"NewsArticle"}</script>'],
    ['<script type="application/ld&#x2B;json">{}</script><script type="application/json">{}</script>', '<script type="application/ld&#x2B;json">{}</script><script type="application/json"></script>'],
    // A "<script" inside an attribute value or a comment is no tag.
    ['<div title="<script>">kept</div><script>gone</script>', '<div title="<script>">kept</div><script></script>'],
    ['<!-- <script> -->kept<script>gone</script>', '<!-- <script> -->kept<script></script>'],
    ['<p>a &lt;script&gt; b</p>', '<p>a &lt;script&gt; b</p>'],
    // A body the tokenizer reads in its escape states (a nested script inside a comment opener) stays.
    [
      '<script><!--\ndocument.write("<script src=x></script>");\n//--></script><p>after</p>',
      '<script><!--\ndocument.write("<script src=x></script>");\n//--></script><p>after</p>',
    ],
    ['<script src="/a.js"></script><p>x</p>', '<script src="/a.js"></script><p>x</p>'],
  ];
  for (const [html, want] of cases) assert.equal(withoutScriptBodies(html), want, html);
});

/** Page files to compare on: every fixture, the Readability corpus, every fifth wcxb-dev page. */
function pages() {
  /** @type {{ name: string, html: string }[]} */
  const out = [];
  const fixtures = join(ROOT, 'tests', 'pages');
  for (const slug of readdirSync(fixtures).sort()) {
    const file = join(fixtures, slug, 'source.html');
    if (existsSync(file)) out.push({ name: `pages/${slug}`, html: readFileSync(file, 'utf8') });
  }
  const readability = join(SHARED, 'readability');
  if (existsSync(readability)) {
    for (const slug of readdirSync(readability).sort()) {
      const file = join(readability, slug, 'source.html');
      if (existsSync(file)) out.push({ name: `readability/${slug}`, html: readFileSync(file, 'utf8') });
    }
  }
  const wcxb = join(SHARED, 'wcxb-dev', 'html');
  if (existsSync(wcxb)) {
    const files = readdirSync(wcxb).filter((f) => f.endsWith('.html.gz')).sort();
    for (const file of files.filter((_, i) => i % 5 === 0)) {
      out.push({ name: `wcxb/${file}`, html: gunzipSync(readFileSync(join(wcxb, file))).toString('utf8') });
    }
  }
  return out;
}

test('the core makes the same article without the bodies, on real pages', (t) => {
  const all = pages();
  assert.ok(all.length >= 80, `pages found: ${all.length}`);
  let before = 0;
  let after = 0;
  const differ = [];
  for (const { name, html } of all) {
    const shorter = withoutScriptBodies(html);
    before += html.length;
    after += shorter.length;
    const options = { url: 'https://example.org/news/story' };
    let want;
    try {
      want = JSON.stringify(clean(html, options));
    } catch (e) {
      // A page the core refuses (over a limit) is not compared.
      continue;
    }
    if (JSON.stringify(clean(shorter, options)) !== want) differ.push(name);
  }
  assert.deepEqual(differ, [], 'pages whose article changed');
  t.diagnostic(`${all.length} pages: ${(before / 1e6).toFixed(1)} MB of HTML, ${((1 - after / before) * 100).toFixed(0)}% of it script and style bodies`);
});
