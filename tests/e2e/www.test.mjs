// End to end: the www demo page (dist/www over http) in headless Chromium, using the same generated glue
// as the extension. Paste a seed fixture, or open or drop it as a file (streamed: cleanStream), and check the
// reader view and the JSON side by side.
/* global getComputedStyle */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { STRINGS } from '../../www/strings.js';
import { DIST_WWW, serve, launch, until, squash, seedFixtures, shot } from './helpers.mjs';

const FIXTURES = seedFixtures();
let server, browser;

before(async () => {
  assert.ok(FIXTURES.length > 0, 'expected tests/pages/seed-* fixtures');
  server = await serve({ staticDir: DIST_WWW });
  browser = await launch({ extensionDir: null });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo() {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Remote images of the article may fail to load (tests run offline); anything else is an error.
  page.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && errors.push(m.text()));
  await page.goto(`${server.origin}/index.html`);
  await page.waitForSelector('#clean:not([disabled])');
  return { page, errors };
}

/** Waits for a result, then returns the Article JSON and the reader frame's text. */
async function result(page) {
  await until(async () => (await page.textContent('#json')).trim().startsWith('{'), 'the JSON result');
  const article = JSON.parse(await page.textContent('#json'));
  const frame = await (await page.$('#reader')).contentFrame();
  const text = await until(async () => frame.evaluate(() => document.body?.innerText ?? ''), 'the reader view');
  return { article, text: squash(text) };
}

test('paste HTML with a URL: reader view and JSON side by side', async () => {
  const fixture = FIXTURES[0];
  const { page, errors } = await openDemo();
  try {
    await page.fill('#html', fixture.source);
    await page.fill('#url', 'https://news.example/world/story.html');
    await page.click('#clean');
    const { article, text } = await result(page);
    await shot(page, `www-${fixture.slug}`);
    assert.equal(article.title, fixture.title);
    assert.equal(article.readerable, true);
    assert.ok(text.includes(squash(fixture.title)), 'title in the reader view');
    for (const p of fixture.paragraphs.slice(0, 3)) assert.ok(text.includes(p), `paragraph in the reader view: ${p.slice(0, 60)}`);
    for (const c of fixture.clutter) assert.ok(!text.includes(c), `clutter in the reader view: ${c.slice(0, 60)}`);
    // Relative URLs were resolved against the given URL.
    for (const m of article.content_html.matchAll(/\b(?:href|src)="([^"]*)"/g)) assert.match(m[1], /^(https?:|data:|#)/);
    assert.match(await page.textContent('#status'), /Article found/);
    // The site is named once in the header line, even where the byline is the site's name.
    const frame = await (await page.$('#reader')).contentFrame();
    const meta = await frame.evaluate(() => document.querySelector('.meta')?.textContent ?? '');
    if (article.site_name) assert.equal(meta.split(article.site_name).length - 1, 1, `site named once: ${meta}`);
    // The reader view runs no scripts (sandboxed, no allow-scripts).
    assert.equal(await page.getAttribute('#reader', 'sandbox'), '');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('"Try an example page" cleans the bundled example: its article in, its clutter out', async () => {
  const { page, errors } = await openDemo();
  try {
    await page.click('#example');
    const { article, text } = await result(page);
    assert.equal(article.title, 'Harbour ferry returns after two-year repair');
    assert.equal(article.byline, 'Priya Nair');
    assert.equal(article.confidence, 'confident');
    assert.ok(text.includes('The harbour ferry between Eastquay and the island returned to service'), text.slice(0, 200));
    assert.ok(text.includes('Timetables return to the summer pattern in April'));
    for (const clutter of ['Storm warning issued', 'We use cookies', '1.4K shares', 'Island shop owners count', 'Most read', 'morning briefing', 'All rights reserved']) {
      assert.ok(!text.includes(clutter), `clutter in the reader view: ${clutter}`);
    }
    assert.ok((await page.inputValue('#html')).includes('<h1>Harbour ferry returns'), 'the example is shown as the input');
    assert.match(await page.textContent('#status'), /Article found/);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('open a saved file (bytes in a legacy encoding)', async () => {
  const fixture = FIXTURES[FIXTURES.length - 1];
  const { page, errors } = await openDemo();
  try {
    // The same page saved as windows-1252: a non-ASCII title must survive the byte decoding.
    const title = 'Café society: Zürich’s “slow news” experiment';
    const body = `${fixture.paragraphs.slice(0, 4).map((p) => `<p>${p}</p>`).join('\n')}`;
    const html = `<html><head><meta charset="windows-1252"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
    const bytes = Buffer.from([...html].map((ch) => ({ '’': 0x92, '“': 0x93, '”': 0x94 })[ch] ?? ch.charCodeAt(0)));
    await page.setInputFiles('#file', { name: 'saved.html', mimeType: 'text/html', buffer: bytes });
    await until(async () => (await page.textContent('#file-name')).includes('saved.html'), 'the file name');
    await page.click('#clean');
    const { article, text } = await result(page);
    assert.equal(article.title, title);
    assert.ok(text.includes(title));
    assert.ok(text.includes(fixture.paragraphs[0]));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('drop a saved file: streamed into the core, same article as pasting it', async () => {
  const fixture = FIXTURES[0];
  const { page, errors } = await openDemo();
  try {
    await page.fill('#html', fixture.source);
    await page.click('#clean');
    const pasted = (await result(page)).article;
    await page.click('#clear');
    // A drop as the browser delivers it: a DataTransfer holding the file.
    await page.evaluate(async (source) => {
      const data = new DataTransfer();
      data.items.add(new File([source], 'dropped.html', { type: 'text/html' }));
      document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, fixture.source);
    await until(async () => (await page.textContent('#file-name')).includes('dropped.html'), 'the file name');
    await page.click('#clean');
    const { article, text } = await result(page);
    assert.deepEqual(article, pasted);
    assert.ok(text.includes(fixture.paragraphs[0]));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('bad input gives a clear error', async () => {
  const { page } = await openDemo();
  try {
    await page.click('#clean');
    assert.match(await page.textContent('#error'), /Paste some HTML/);
    await page.fill('#html', '<p>hello</p>');
    await page.fill('#url', 'not a url');
    await page.click('#clean');
    assert.match(await page.textContent('#error'), /not a valid URL/);
  } finally {
    await page.close();
  }
});

test("the reader view shows the publication date in the demo page's locale, never the raw ISO date", async () => {
  const { page, errors } = await openDemo();
  try {
    const html = '<html lang="en"><head><title>Night buses return</title><meta property="article:published_time" content="2025-06-02"></head><body><article><h1>Night buses return</h1>' +
      '<p>The night bus network returns on Friday after three years. Riders asked for it at every council meeting, and the council finally agreed to pay for four lines.</p>'.repeat(4) +
      '</article></body></html>';
    await page.fill('#html', html);
    await page.click('#clean');
    const { article } = await result(page);
    assert.equal(article.published?.slice(0, 10), '2025-06-02');
    const frame = await (await page.$('#reader')).contentFrame();
    const meta = await frame.evaluate(() => ({ text: document.querySelector('.meta')?.textContent ?? '', datetime: document.querySelector('.meta time')?.getAttribute('datetime') }));
    assert.match(meta.text, /June 2, 2025/);
    assert.doesNotMatch(meta.text, /2025-06-02/);
    assert.equal(meta.datetime, '2025-06-02');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the demo page speaks French and Arabic (right to left), dates and the reader view included, and fits 390 px', async () => {
  for (const [lang, expected] of /** @type {const} */ ([
    ['fr', { dir: 'ltr', h2: 'Page', button: 'Épurer', status: /^Article trouvé : /, month: 'juin', read: /^Lecture : / }],
    ['ar', { dir: 'rtl', h2: 'الصفحة', button: 'نظّف', status: /^عُثر على مقال: /, month: 'يونيو', read: /^مدة القراءة: / }],
  ])) {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.setViewportSize({ width: 390, height: 900 });
      await page.goto(`${server.origin}/index.html?lang=${lang}`);
      await page.waitForSelector('#clean:not([disabled])');
      const ui = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        h2: document.querySelector('.input h2')?.textContent,
        button: document.querySelector('#clean')?.textContent,
        words: [...document.querySelectorAll('[data-l10n]')].map((el) => [el.getAttribute('data-l10n'), el.textContent]),
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        jsonDir: getComputedStyle(document.querySelector('#json')).direction,
      }));
      assert.deepEqual(
        { lang: ui.lang, dir: ui.dir, h2: ui.h2, button: ui.button, sideways: ui.sideways, jsonDir: ui.jsonDir },
        { lang, dir: expected.dir, h2: expected.h2, button: expected.button, sideways: 0, jsonDir: 'ltr' },
      );
      // (The button's "Loading…" becomes "Clean" once the core is in: checked above.)
      const wrong = ui.words.filter(([key, text]) => key !== 'loading' && (text !== STRINGS[lang][key] || (key !== 'page' && text === STRINGS.en[key])));
      assert.deepEqual(wrong, [], `${lang}: every word of the page in its language`);
      const html = '<html lang="en"><head><title>Night buses return</title><meta property="article:published_time" content="2025-06-02"></head><body><article><h1>Night buses return</h1>' +
        '<p>The night bus network returns on Friday after three years. Riders asked for it at every council meeting, and the council finally agreed to pay for four lines.</p>'.repeat(4) +
        '</article></body></html>';
      await page.fill('#html', html);
      await page.click('#clean');
      await result(page);
      assert.match(await page.textContent('#status'), expected.status);
      const frame = await (await page.$('#reader')).contentFrame();
      const meta = await frame.evaluate(() => document.querySelector('.meta')?.textContent ?? '');
      assert.ok(meta.includes(expected.month), `${lang}: the date in the page's language: ${meta}`);
      assert.match(meta.split(' · ').at(-1) ?? '', expected.read);
      await shot(page, `www-${lang}-390`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }
});
