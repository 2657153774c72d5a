// Runs in: Node (node --test), no browser. The reader's pure helpers: the header's byline, the saved file's name, the
// Markdown code fence and language (extension/reader/export.js, markdown.js) and the URL check of the
// defensive pass (extension/reader/defuse.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileName } from '../../extension/reader/export.js';
import { codeFence, codeLanguage } from '../../extension/reader/markdown.js';
import { safeUrl } from '../../extension/reader/defuse.js';
import { shownByline } from '../../extension/reader/render.js';

test('a byline that only names the site is not shown again; any other byline is', () => {
  const url = 'https://english.almayadeen.net/news/x';
  assert.equal(shownByline({ byline: 'Al Mayadeen English', site_name: 'Al Mayadeen English' }, url), '');
  assert.equal(shownByline({ byline: 'AL MAYADEEN  english.', site_name: 'Al Mayadeen English' }, url), '');
  assert.equal(shownByline({ byline: 'example.org', site_name: null }, 'https://www.example.org/a'), '');
  assert.equal(shownByline({ byline: 'Mira Okafor', site_name: 'Al Mayadeen English' }, url), 'Mira Okafor');
  assert.equal(shownByline({ byline: 'Al Mayadeen English Staff', site_name: 'Al Mayadeen English' }, url), 'Al Mayadeen English Staff');
  assert.equal(shownByline({ byline: 'وكالة الأنباء', site_name: 'وكالة الأنباء' }, url), '');
  assert.equal(shownByline({ byline: null, site_name: 'Site' }, url), '');
});

test('file names: characters file systems refuse go, length is bounded, never empty', () => {
  assert.equal(fileName('A/B: "C" <D>?'), 'A B C D');
  assert.equal(fileName('  spaced \t\n title '), 'spaced title');
  assert.equal(fileName('x'.repeat(300)).length, 100);
  assert.equal(fileName(''), 'article');
  assert.equal(fileName('\u0000\u001f///'), 'article');
  assert.equal(fileName('Café e\u0301'), 'Café é');
  assert.equal(fileName('عنوان المقال'), 'عنوان المقال');
});

test('a code fence is longer than any backtick run in the code, three at least', () => {
  assert.equal(codeFence('let x = 1;'), '```');
  assert.equal(codeFence('a `b` c'), '```');
  assert.equal(codeFence('```\nnested\n```'), '````');
  // CommonMark closes a fence on a line indented up to three spaces, not only at a line start.
  assert.equal(codeFence('   `````'), '``````');
});

test('the code language comes from language-/lang- classes', () => {
  assert.equal(codeLanguage('language-rust'), 'rust');
  assert.equal(codeLanguage('hljs lang-c++ x'), 'c++');
  assert.equal(codeLanguage(' language-objective-c'), 'objective-c');
  assert.equal(codeLanguage('highlight'), '');
  assert.equal(codeLanguage('mylanguage-x'), '');
});

test('the defensive pass keeps web, mail and relative URLs and refuses script URLs', () => {
  for (const url of ['https://a.example/x', 'http://a.example', '//cdn.example/i.png', '/path', 'page.html', '#top', 'mailto:a@b.example', 'tel:+33']) {
    assert.ok(safeUrl(url, false), url);
  }
  for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\u0000script:x', 'vbscript:x', 'data:text/html,<b>', 'blob:https://a/1', 'file:///etc/passwd']) {
    assert.ok(!safeUrl(url, false), url);
  }
  assert.ok(safeUrl('data:image/png;base64,AAAA', true));
  assert.ok(!safeUrl('data:image/png;base64,AAAA', false));
  assert.ok(!safeUrl('data:image/svg+xml;base64,AAAA', true));
});
