// End to end on hostile and awkward pages (issues 7 and 8): a page full of script-bearing markup that
// also sabotages its own globals and postMessage, served with a strict CSP and X-Frame-Options: DENY,
// still gets a clean, script-free reader view and is restored; fifty toggles in a row leave the page's
// DOM, typed input and scroll position exactly as they were; a page too large to clean is left alone
// with a notice, and so is one the core refuses, one whose cleaning is cut off by the service worker
// being stopped mid-request, and one that gets no answer within the time limit.
/* global document, window */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { READER_HOST, STRICT_CSP, clickAction, inReader, launch, openReader, serve, squash, until } from './helpers.mjs';

const PARAGRAPHS = Array.from(
  { length: 8 },
  (_, i) =>
    `Paragraph ${i + 1} of the hostile story: the council met on Tuesday and agreed, after a long debate, ` +
    `to fund the new bridge, which engineers say will carry ten thousand cars a day by the end of next year.`,
);

// Everything here that could run script is counted in window.__ran; the reader must never add to it.
const HOSTILE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge funded | Hostile Times</title>
<script src="/sabotage.js"></script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/world">World</a></nav>
<form id="e2e-form"><input id="e2e-field" type="text"></form>
<article><h1>Bridge funded</h1>
<p>${PARAGRAPHS[0]}<img src="x" onerror="window.__ran++"></p>
<p>${PARAGRAPHS[1]}<a href="javascript:window.__ran++">a link</a></p>
<script>window.__ran++</script>
<p>${PARAGRAPHS[2]}<svg onload="window.__ran++"><script>window.__ran++</script></svg></p>
<p>${PARAGRAPHS[3]}<iframe srcdoc="<script>parent.__ran++</script>"></iframe></p>
<p>${PARAGRAPHS[4]}<math><mtext><table><mglyph><style><img src=x onerror="window.__ran++"></style></mglyph></table></mtext></math></p>
<p>${PARAGRAPHS[5]}<object data="javascript:window.__ran++"></object><embed src="javascript:window.__ran++"></p>
<p>${PARAGRAPHS[6]}<noscript><p title="</noscript><img src=x onerror=window.__ran++>"></noscript></p>
<p>${PARAGRAPHS[7]}<a href="&#106;avascript:window.__ran++">encoded</a><details open ontoggle="window.__ran++">x</details></p>
</article>
<footer>© Hostile Times <a href="/about">About</a></footer>
</body></html>`;

// Page scripts that break what a careless content script would rely on.
const SABOTAGE = `window.__ran = 0;
Array.prototype.map = function () { throw new Error('sabotaged map'); };
Array.prototype.forEach = function () { throw new Error('sabotaged forEach'); };
JSON.stringify = () => { throw new Error('sabotaged JSON'); };
JSON.parse = () => { throw new Error('sabotaged JSON'); };
Object.keys = () => { throw new Error('sabotaged keys'); };
window.postMessage = () => { throw new Error('sabotaged postMessage'); };
window.addEventListener('message', (e) => e.stopImmediatePropagation(), true);`;

const LONG = `<!doctype html><html lang="en"><head><title>Long | Paper</title></head><body>
<form><input id="e2e-field" type="text"></form><article><h1>Long</h1>
${Array.from({ length: 60 }, (_, i) => `<p>${PARAGRAPHS[i % 8]}</p>`).join('\n')}</article></body></html>`;

// More elements than the core accepts (Options::max_elements, 1,000,000): clean() returns an error.
const TOO_MANY = `<!doctype html><html><head><title>Many</title></head><body><form><input id="e2e-field"></form><article><h1>Many</h1>
<p>${'<b></b>'.repeat(1_000_001)}</p></article></body></html>`;

const LONG_PARAGRAPH = `<p>${PARAGRAPHS[0].repeat(3)}</p>`;
// About 18 MB (under the 20 MiB limit): cleaning takes seconds, long enough to stop the service worker in the middle of it.
const BIG = `<!doctype html><html><head><title>Big</title></head><body><form><input id="e2e-field"></form>
<article><h1>Big</h1>${LONG_PARAGRAPH.repeat(30000)}</article></body></html>`;

const HUGE = `<!doctype html><html><head><title>Huge</title></head><body><article><h1>Huge</h1>
<p>${'x '.repeat(11 * 1024 * 1024)}</p></article></body></html>`;

let server, browser;

before(async () => {
  server = await serve({
    routes: {
      '/hostile.html': {
        body: HOSTILE,
        headers: { 'content-security-policy': STRICT_CSP, 'x-frame-options': 'DENY' },
      },
      // The same page without a CSP: the reader is rendered in the page's own origin, so nothing but
      // the sanitising (core, then reader/defuse.js) stands between this markup and script running.
      '/hostile-no-csp.html': { body: HOSTILE, headers: { 'x-frame-options': 'DENY' } },
      '/sabotage.js': { body: SABOTAGE, type: 'text/javascript' },
      '/long.html': { body: LONG },
      '/huge.html': { body: HUGE },
      '/too-many.html': { body: TOO_MANY },
      '/big.html': { body: BIG },
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const snapshot = (page) => page.evaluate(() => document.documentElement.outerHTML);

/** Waits for the article in the reader (in its closed shadow root, reached from the content script's world). */
async function readerShown(page) {
  await until(() => page.$(READER_HOST), 'the reader');
  await until(() => inReader(page, (state) => Boolean(state.root?.querySelector('#reader-content p'))), 'the article in the reader');
}

for (const [name, path] of [
  ['strict CSP, X-Frame-Options: DENY', '/hostile.html'],
  ['no CSP', '/hostile-no-csp.html'],
]) {
  test(`hostile page: sabotaged globals, ${name} -> clean reader, nothing runs, page restored`, async () => {
    const page = await browser.context.newPage();
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    try {
      await page.goto(`${server.origin}${path}`);
      await page.fill('#e2e-field', 'still here');
      const ranBefore = await page.evaluate(() => window.__ran);
      const before = await snapshot(page);

      assert.equal(await openReader(browser, page), 'reader');
      await readerShown(page);
      const shown = await inReader(page, (state) => ({
        text: state.root.querySelector('#reader-content')?.textContent ?? '',
        scripts: state.root.querySelectorAll('#reader-content script, #reader-content iframe, #reader-content object, #reader-content embed, #reader-content svg, #reader-content math').length,
        handlers: [...state.root.querySelectorAll('#reader-content *')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
        badLinks: [...state.root.querySelectorAll('#reader-content a')].map((a) => a.getAttribute('href') ?? '').filter((h) => !/^https?:/.test(h) && !h.startsWith('#')),
      }));
      for (const p of PARAGRAPHS) assert.ok(squash(shown.text).includes(squash(p)), `paragraph shown: ${p.slice(0, 40)}`);
      assert.ok(!shown.text.includes('Home News Sport'), 'menu gone');
      assert.equal(shown.scripts, 0, 'no script-capable elements in the reader');
      assert.deepEqual(shown.handlers, [], 'no event handler attributes');
      assert.deepEqual(shown.badLinks, [], 'no javascript: or other non-http links');
      // Give anything that slipped through a moment to run.
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__ran), ranBefore, 'no page-content script ran because of the reader');
      assert.deepEqual(dialogs, []);

      await clickAction(browser.context, browser.extensionId, page);
      await until(async () => !(await page.$(READER_HOST)), 'the reader to close');
      assert.equal(await snapshot(page), before, 'original DOM restored exactly');
      assert.equal(await page.inputValue('#e2e-field'), 'still here');
    } finally {
      await page.close();
    }
  });
}

test('fifty toggles in a row keep the DOM, typed input and scroll position', async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.origin}/long.html`);
    await page.fill('#e2e-field', 'typed once');
    await page.evaluate(() => window.scrollTo(0, 900));
    const before = await snapshot(page);
    const scroll = await page.evaluate(() => window.scrollY);
    assert.ok(scroll > 0, 'the page scrolled');
    for (let i = 0; i < 50; i++) {
      assert.equal(await openReader(browser, page), 'reader', `toggle ${i + 1}: reader opened`);
      await clickAction(browser.context, browser.extensionId, page);
      await until(async () => !(await page.$(READER_HOST)), `toggle ${i + 1}: reader closed`);
    }
    assert.equal(await snapshot(page), before, 'DOM identical after 50 toggles');
    assert.equal(await page.inputValue('#e2e-field'), 'typed once');
    assert.equal(await page.evaluate(() => window.scrollY), scroll, 'scroll position kept');
  } finally {
    await page.close();
  }
});

test('a page too large to clean stays untouched and says so', async () => {
  const page = await browser.context.newPage();
  try {
    // A 22 MB page: loading it alone takes long on a loaded machine.
    await page.goto(`${server.origin}/huge.html`, { timeout: 120000 });
    const before = await snapshot(page);
    const outcome = await openReader(browser, page, 30000);
    assert.notEqual(outcome, 'reader', 'no reader for a page over the size limit');
    assert.match(outcome, /large/i, `the notice says why: ${outcome}`);
    assert.equal(await page.$(READER_HOST), null);
    // The notice removes itself; then the page is exactly as it was.
    await until(async () => !(await page.$('declutter-notice')), 'the notice to go away', 15000);
    assert.equal(await snapshot(page), before);
  } finally {
    await page.close();
  }
});

test('a page the core refuses (too many elements) stays untouched and the notice says why', async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.origin}/too-many.html`);
    await page.fill('#e2e-field', 'kept');
    const before = await snapshot(page);
    const outcome = await openReader(browser, page, 60000);
    assert.notEqual(outcome, 'reader');
    assert.match(outcome, /elements/i, `the core's error reaches the notice: ${outcome}`);
    assert.equal(await page.$(READER_HOST), null);
    await until(async () => !(await page.$('declutter-notice')), 'the notice to go away', 15000);
    assert.equal(await snapshot(page), before);
    assert.equal(await page.inputValue('#e2e-field'), 'kept');
  } finally {
    await page.close();
  }
});

test('the service worker stopped mid-request: the page stays untouched and a notice says so', async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.origin}/big.html`);
    await page.fill('#e2e-field', 'kept');
    const before = await snapshot(page);
    await clickAction(browser.context, browser.extensionId, page);
    // Let the content script hand the page over, then stop the worker while it cleans.
    await page.waitForTimeout(1000);
    const cdp = await browser.context.browser().newBrowserCDPSession();
    try {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
      assert.ok(sw, 'the extension service worker is running');
      await cdp.send('Target.closeTarget', { targetId: sw.targetId });
    } finally {
      await cdp.detach();
    }
    const outcome = await until(async () => {
      if (await page.$(READER_HOST)) return 'reader';
      return page.evaluate(() => document.querySelector('declutter-notice')?.shadowRoot?.textContent);
    }, 'the reader or a notice', 20000);
    assert.notEqual(outcome, 'reader', 'cleaning was cut off');
    assert.match(outcome, /interrupted/i, `the notice says what happened: ${outcome}`);
    await until(async () => !(await page.$('declutter-notice')), 'the notice to go away', 15000);
    assert.equal(await snapshot(page), before, 'the page is untouched');
    assert.equal(await page.inputValue('#e2e-field'), 'kept');

    // The worker comes back on the next click and the reader works again.
    assert.equal(await openReader(browser, page, 60000), 'reader');
  } finally {
    await page.close();
  }
});

test('no answer within the time limit: the page stays untouched and the notice says it took too long', async () => {
  const page = await browser.context.newPage();
  const worker = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId));
  assert.ok(worker, 'the extension service worker is running');
  // Test-side instrumentation only: a second message listener that keeps the worker busy for longer
  // than the content script waits (8 s), as a stuck clean would.
  await worker.evaluate(() => {
    const api = /** @type {any} */ (globalThis).chrome;
    /** @type {any} */ (globalThis).__declutterStall = (/** @type {any} */ m) => {
      if (m?.type === 'clean') {
        const end = Date.now() + 10_000;
        while (Date.now() < end);
      }
    };
    api.runtime.onMessage.addListener(/** @type {any} */ (globalThis).__declutterStall);
  });
  try {
    await page.goto(`${server.origin}/long.html`);
    await page.fill('#e2e-field', 'kept');
    const before = await snapshot(page);
    const outcome = await openReader(browser, page, 30000);
    assert.notEqual(outcome, 'reader');
    assert.match(outcome, /too long/i, `the notice says why: ${outcome}`);
    await until(async () => !(await page.$('declutter-notice')), 'the notice to go away', 15000);
    assert.equal(await snapshot(page), before, 'the page is untouched');
    assert.equal(await page.inputValue('#e2e-field'), 'kept');
  } finally {
    await worker
      .evaluate(() => {
        const g = /** @type {any} */ (globalThis);
        g.chrome.runtime.onMessage.removeListener(g.__declutterStall);
      })
      .catch(() => {});
    await page.close();
  }
});
