// Security (issue 7), browser half: every XSS vector in ../shared/corpus/xss/vectors.json is
// cleaned by the built WebAssembly core (dist/www/pkg, made by ./build.sh), and each output is
// inserted into a headless Chromium page whose alert/confirm/prompt/print, fetch, XHR,
// sendBeacon, WebSocket, EventSource, window.open and every network request are trapped.
// Asserts zero executions, zero requests other than the output's own images, and that the
// browser re-serialises each output unchanged (`serialize(parse(output)) == output`). The same
// re-parse check runs over every html5lib malformed-corpus output and over seeded random tag soup.
//
// Run: ./build.sh (once), then  node --test tests/e2e/xss.test.mjs
// DECLUTTER_PKG=dir points at another wasm-pack output directory.
/* global document, window, requestAnimationFrame -- page-side functions run in Chromium */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { MACHINE_FLAGS } from './helpers.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = resolve(process.env.DECLUTTER_PKG || join(ROOT, 'dist/www/pkg'));
const VECTORS = resolve(ROOT, '../shared/corpus/xss/vectors.json');
const PAGE_URL = 'https://news.example.org/world/2024/03/harbour-report.html';
const HARNESS_URL = 'https://harness.invalid/reader.html';
const BATCH = 64;
const MALFORMED = resolve(ROOT, '../shared/corpus/malformed/html5lib-inputs.jsonl');

const LEAD = 'Harbour officials confirmed on Tuesday that the new breakwater';
const TRAIL = 'Fishing crews returning before dawn said the calmer water';

// The same realistic article page as tests/it/security.rs: the payload sits in the article body.
function articlePage(payload) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Breakwater finished after six years | Example News</title></head>
<body>
<header><nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><article class="story"><h1>Breakwater finished after six years</h1>
<div class="story-body">
<p>${LEAD} was finished six years after work began, and that ships can now shelter in the bay during the winter storms that used to close the port for weeks at a time, according to the authority.</p>
<p>The project cost more than expected, officials said, because the first contractor went bankrupt, the design had to be changed twice, and the stone had to be brought in from a quarry much further away than planned.</p>
<div class="inline">${payload}</div>
<p>${TRAIL} would let them fish through most of the season, and several said they expected to hire more deckhands next year if the catch held up as well as it had in the first months.</p>
</div></article></main>
<footer class="site-footer"><p>© Example News</p></footer>
</body></html>`;
}

async function loadCore() {
  const glue = join(PKG, 'declutter.js');
  const wasm = join(PKG, 'declutter_bg.wasm');
  if (!existsSync(glue) || !existsSync(wasm)) {
    throw new Error(`no WebAssembly build in ${PKG}: run ./build.sh first`);
  }
  // eslint-disable-next-line no-unsanitized/method -- our own build output, not page data
  const core = await import(pathToFileURL(glue).href);
  await core.default({ module_or_path: readFileSync(wasm) });
  return core;
}

// Installed before any other script in the harness page: every way out is recorded.
const TRAPS = `
  window.__hits = [];
  const hit = (what) => (...args) => { window.__hits.push(what + ' ' + String(args[0]).slice(0, 80)); };
  for (const f of ['alert', 'confirm', 'prompt', 'print', 'open']) window[f] = hit(f);
  window.fetch = hit('fetch');
  navigator.sendBeacon = hit('sendBeacon');
  XMLHttpRequest.prototype.open = hit('xhr');
  window.WebSocket = function (u) { hit('websocket')(u); };
  window.EventSource = function (u) { hit('eventsource')(u); };
  document.write = hit('document.write');
  window.addEventListener('securitypolicyviolation', (e) => hit('csp')(e.blockedURI));
`;

const HARNESS = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>reader</title>
<script>${TRAPS}</script></head><body></body></html>`;

function checkInPage(outputs) {
  // Runs in the page. Each output goes into body.innerHTML alone (re-parse check), then all of
  // them stay in the document, each in its own container, while events fire.
  const unstable = [];
  for (const { id, html } of outputs) {
    // eslint-disable-next-line no-unsanitized/property -- the test inserts the output on purpose
    document.body.innerHTML = html;
    if (document.body.innerHTML !== html) {
      unstable.push({ id, html, reserialised: document.body.innerHTML });
    }
  }
  document.body.textContent = '';
  for (const { id, html } of outputs) {
    const box = document.createElement('section');
    box.dataset.vector = id;
    // eslint-disable-next-line no-unsanitized/property -- the test inserts the output on purpose
    box.innerHTML = html;
    document.body.append(box);
  }
  // Scroll through so lazy images load (and would fire onerror/onload if anything survived).
  window.scrollTo(0, document.body.scrollHeight);
  return unstable;
}

async function runBatches(context, outputs) {
  const hits = [];
  const requests = [];
  const unstable = [];
  const allowed = new Set();
  for (const { html } of outputs) {
    for (const m of html.matchAll(/ (?:src|srcset)="([^"]*)"/g)) {
      for (const cand of m[1].split(', ')) allowed.add(cand.split(' ')[0].replaceAll('&amp;', '&'));
    }
  }
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === HARNESS_URL) {
      return route.fulfill({ status: 200, contentType: 'text/html', body: HARNESS });
    }
    if (!allowed.has(url)) requests.push(`${route.request().resourceType()} ${url}`);
    return route.fulfill({ status: 404, body: '' });
  });
  for (let i = 0; i < outputs.length; i += BATCH) {
    const batch = outputs.slice(i, i + BATCH);
    const page = await context.newPage();
    page.on('dialog', (d) => {
      hits.push(`dialog ${d.type()} ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    page.on('popup', (p) => hits.push(`popup ${p.url()}`));
    page.on('framenavigated', (f) => {
      if (f.url() !== HARNESS_URL && f.url() !== 'about:blank') hits.push(`navigation ${f.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) {
        hits.push(`console error ${m.text().slice(0, 120)}`);
      }
    });
    await page.goto(HARNESS_URL);
    unstable.push(...(await page.evaluate(checkInPage, batch)));
    await page.waitForTimeout(300);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const inPage = await page.evaluate(() => window.__hits);
    hits.push(...inPage.map((h) => `[batch ${i / BATCH}] ${h}`));
    await page.close();
  }
  await context.unroute('**/*');
  return { hits, requests, unstable };
}

async function launch() {
  const options = { executablePath: '/usr/bin/chromium', headless: true, args: [...MACHINE_FLAGS] };
  try {
    return await chromium.launch(options);
  } catch (e) {
    // A browser that crashes while starting (seen once under heavy load: SIGSEGV before the first
    // page) says nothing about the pages under test: start it once more, and report a second failure.
    console.log(`chromium failed to start, once more: ${String(e).split('\n')[0]}`);
    return chromium.launch(options);
  }
}

test('XSS vectors: zero executions and re-parse stable in Chromium', { timeout: 180_000 }, async () => {
  const core = await loadCore();
  const vectors = JSON.parse(readFileSync(VECTORS, 'utf8'));
  assert.ok(vectors.length > 200, `only ${vectors.length} vectors`);
  const outputs = [];
  let refused = 0;
  let inArticle = 0;
  for (const v of vectors) {
    for (const [kind, page] of [
      ['article', articlePage(v.payload)],
      ['bare', v.payload],
    ]) {
      let article;
      try {
        article = core.clean(page, { url: PAGE_URL });
      } catch (e) {
        // The parser is not strict (src/parse.rs): no vector may make it refuse the page.
        assert.fail(`${v.id} (${kind}): refused by the parser: ${e}`);
        refused += 1;
        continue;
      }
      if (kind === 'article') {
        assert.ok(article.text.includes(LEAD), `${v.id}: the article was not extracted`);
        if (article.text.includes(TRAIL)) inArticle += 1;
      }
      outputs.push({ id: `${v.id}/${kind}`, html: article.content_html });
    }
  }

  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 4000 } });
    const { hits, requests, unstable } = await runBatches(context, outputs);
    mkdirSync(join(ROOT, 'tests/e2e/out'), { recursive: true });
    writeFileSync(
      join(ROOT, 'tests/e2e/out/xss-report.json'),
      JSON.stringify({ outputs: outputs.length, refused, inArticle, hits, requests, unstable }, null, 1),
    );
    console.log(
      `xss: ${vectors.length} vectors -> ${outputs.length} outputs loaded in Chromium ` +
        `(${inArticle} with the payload between two article paragraphs, ${refused} refused by the parser); ` +
        `${hits.length} executions, ${requests.length} stray requests, ${unstable.length} re-parse differences`,
    );
    assert.deepEqual(hits, [], 'script executed');
    assert.deepEqual(requests, [], 'unexpected network requests');
    assert.deepEqual(unstable, [], 'serialize(parse(output)) != output');
    await context.close();
  } finally {
    await browser.close();
  }
});

test('the harness itself detects execution and instability', { timeout: 60_000 }, async () => {
  // Raw, unsanitised markup must trip the traps: otherwise the test above proves nothing.
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const { hits, requests, unstable } = await runBatches(context, [
      { id: 'handler', html: '<img src=https://canary.invalid/x.png onerror="alert(1)">' },
      { id: 'svg', html: '<svg><animate onbegin="fetch(\'https://canary.invalid/f\')" attributeName="x" dur="1s"></animate></svg>' },
      { id: 'beacon', html: '<details open ontoggle="navigator.sendBeacon(\'https://canary.invalid/b\')"></details>' },
      { id: 'misnested', html: '<p>a<div>b</div></p>' },
    ]);
    assert.ok(hits.some((h) => h.includes('alert')), `alert not trapped: ${hits}`);
    assert.ok(hits.some((h) => h.includes('fetch')), `fetch not trapped: ${hits}`);
    assert.ok(hits.some((h) => h.includes('sendBeacon')), `sendBeacon not trapped: ${hits}`);
    assert.ok(requests.some((r) => r.includes('canary.invalid/x.png')), `request not seen: ${requests}`);
    assert.ok(
      unstable.some((u) => u.id === 'misnested'),
      `misnested markup not reported: ${JSON.stringify(unstable)}`,
    );
    await context.close();
  } finally {
    await browser.close();
  }
});

test('malformed corpus: every output re-parses to itself in Chromium', { timeout: 180_000 }, async () => {
  // The writer's parse-stability rules checked against a real HTML parser, on ~8,700 broken
  // documents (html5lib's tokenizer and tree-construction inputs).
  const core = await loadCore();
  const lines = readFileSync(MALFORMED, 'utf8').split('\n').filter((l) => l.trim());
  const outputs = [];
  for (const line of lines) {
    const { id, input } = JSON.parse(line);
    try {
      const html = core.clean(input, { url: PAGE_URL }).content_html;
      if (html) outputs.push({ id, html });
    } catch (e) {
      assert.match(String(e), /could not be parsed|larger than|more than/, `${id}: ${e}`);
    }
  }
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === HARNESS_URL
        ? route.fulfill({ status: 200, contentType: 'text/html', body: HARNESS })
        : route.fulfill({ status: 404, body: '' }),
    );
    await page.goto(HARNESS_URL);
    const unstable = [];
    for (let i = 0; i < outputs.length; i += 500) {
      unstable.push(
        ...(await page.evaluate((batch) => {
          const bad = [];
          const box = document.createElement('div');
          for (const { id, html } of batch) {
            // eslint-disable-next-line no-unsanitized/property -- the test inserts the output on purpose
            document.body.innerHTML = html;
            if (document.body.innerHTML !== html) bad.push({ id, html, reserialised: document.body.innerHTML });
          }
          box.remove();
          return bad;
        }, outputs.slice(i, i + 500))),
      );
    }
    const hits = await page.evaluate(() => window.__hits);
    console.log(
      `malformed: ${lines.length} inputs -> ${outputs.length} non-empty outputs re-parsed in Chromium; ` +
        `${unstable.length} differences, ${hits.length} executions`,
    );
    assert.deepEqual(unstable.slice(0, 20), [], `${unstable.length} outputs re-parse differently`);
    assert.deepEqual(hits, []);
  } finally {
    await browser.close();
  }
});

// Random tag soup (seeded): differential check of the writer's nesting rules against Chromium's
// parser. `XSS_SOUP=n` changes the number of documents.
const SOUP = [
  '<p>', '</p>', '<div>', '</div>', '<li>', '</li>', '<ul>', '</ul>', '<ol>', '<dl>', '<dt>', '<dd>',
  '<table>', '</table>', '<tr>', '<td>', '</td>', '<th>', '<caption>', '<tbody>', '<thead>', '<a href="/x">',
  '</a>', '<b>', '</b>', '<i>', '</i>', '<em>', '<strong>', '<h1>', '<h2>', '</h2>', '<h3>', '<pre>', '</pre>',
  '<pre>\n\n', '<blockquote>', '<figure>', '<figcaption>', '<img src="/i.png">', '<br>', '<hr>', '<ruby>',
  '<rt>', '<rp>', '<details>', '<summary>', '<code>', '<span>', '<font>', '<center>', '<section>',
  '<nav>', '<svg>', '<math>', '<select>', '<option>', '<button>', '<form>', '<textarea>', '</textarea>',
  '<noscript>', '<template>', '<iframe src="https://www.youtube.com/embed/x">', '</iframe>', '<sub>',
  '<sup>', '<q>', '<s>', '<u>', '<small>', '<mark>', '<abbr title="t">', '<time datetime="2020">',
  'text ', 'more words, ', '&amp;', '&lt;', '&nbsp;', '\r\n', '\n', '  ', 'é', '日本', '<!-- c -->', '<',
];

test('random tag soup: cleaned output re-parses to itself in Chromium', { timeout: 180_000 }, async () => {
  const core = await loadCore();
  let state = 0x5eedn;
  const next = () => {
    state = (state * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return Number(state >> 33n);
  };
  const count = Number(process.env.XSS_SOUP || 4000);
  const outputs = [];
  for (let i = 0; i < count; i++) {
    const n = 5 + (next() % 60);
    let doc = '';
    for (let j = 0; j < n; j++) doc += SOUP[next() % SOUP.length];
    try {
      const html = core.clean(doc, { url: PAGE_URL }).content_html;
      if (html) outputs.push({ id: `soup-${i}`, html, doc });
    } catch (e) {
      assert.match(String(e), /could not be parsed/, `soup-${i}: ${e}\n${doc}`);
    }
  }
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === HARNESS_URL
        ? route.fulfill({ status: 200, contentType: 'text/html', body: HARNESS })
        : route.fulfill({ status: 404, body: '' }),
    );
    await page.goto(HARNESS_URL);
    const unstable = await page.evaluate((all) => {
      const bad = [];
      for (const { id, html, doc } of all) {
        // eslint-disable-next-line no-unsanitized/property -- the test inserts the output on purpose
        document.body.innerHTML = html;
        if (document.body.innerHTML !== html) bad.push({ id, doc, html, reserialised: document.body.innerHTML });
      }
      return bad;
    }, outputs);
    const hits = await page.evaluate(() => window.__hits);
    console.log(`soup: ${count} random documents -> ${outputs.length} outputs; ${unstable.length} re-parse differences`);
    assert.deepEqual(unstable.slice(0, 10), [], `${unstable.length} outputs re-parse differently`);
    assert.deepEqual(hits, []);
  } finally {
    await browser.close();
  }
});
