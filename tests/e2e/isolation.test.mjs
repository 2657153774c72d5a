// End to end (issue 6, "isolated from the page, readable by other extensions"): the reader lives in a
// closed shadow root in the page, so
// 1. another extension's content script (tests/e2e/fixtures/dictionary-extension, a stand-in for a
//    dictionary: on a double-click it reads window.getSelection()) sees the word double-clicked in
//    the reader — with the earlier extension-page iframe it saw nothing, as browsers never inject
//    other extensions' scripts into an extension's page;
// 2. the page's CSS (`* { color: red !important }`, `div { display: none !important }`, rules on
//    <html> and on the host) cannot restyle it, and the page's scripts cannot reach into it
//    (host.shadowRoot is null, a patched attachShadow captures nothing, light-DOM children of the
//    host are not rendered), nor see its text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DICTIONARY_EXTENSION,
  READER_HOST,
  ROOT,
  inReader,
  launch,
  openReader,
  serve,
  until,
} from './helpers.mjs';

const RICH = readFileSync(join(ROOT, 'tests/e2e/fixtures/reader-rich.html'), 'utf8');
const TITLE = 'Port city rebuilds its tram network, line by line';

// Loaded by the hostile page before anything else: it tries to catch the reader's shadow root and,
// once the reader is up, to restyle it, rewrite it and read it. What it manages is reported on <html>.
const HOSTILE_SCRIPT = `
  const report = (key, value) => document.documentElement.setAttribute('data-hostile-' + key, String(value));
  const realAttach = Element.prototype.attachShadow;
  window.caughtRoots = [];
  Element.prototype.attachShadow = function (init) {
    const root = realAttach.call(this, { ...init, mode: 'open' });
    window.caughtRoots.push(root);
    return root;
  };
  new MutationObserver(() => {
    const host = document.querySelector('${READER_HOST}');
    if (!host || host.dataset.probed) return;
    host.dataset.probed = '1';
    report('shadow-root', host.shadowRoot);
    report('caught', window.caughtRoots.length);
    try { host.attachShadow({ mode: 'open' }); report('attach', 'allowed'); } catch (e) { report('attach', e.name); }
    host.innerHTML = '<p id="pwned">pwned by the page</p>';
    const style = document.createElement('style');
    style.textContent = '${READER_HOST} *, ${READER_HOST} p, p, main, article { color: lime !important; font-size: 40px !important; }';
    document.head.append(style);
    report('sees-title', document.documentElement.innerText.includes(${JSON.stringify(TITLE)}));
    report('sees-body-text', document.body.textContent.includes('first rebuilt tram line'));
    report('done', 1);
  }).observe(document.documentElement, { childList: true, subtree: true });
`;

const HOSTILE_STYLE = `<style>
  * { color: red !important; background-color: yellow !important; font-family: monospace !important;
      font-size: 9px !important; line-height: 3 !important; letter-spacing: 4px !important; direction: rtl !important;
      text-transform: uppercase !important; visibility: hidden !important; --bg: red !important; --fg: red !important; }
  div, p, main, header, article, section { display: none !important; }
  html { filter: invert(1) !important; opacity: 0.1 !important; transform: scale(0.5) !important; }
  ${READER_HOST} { display: none !important; position: absolute !important; top: -9999px !important; }
  ::selection { color: red !important; }
</style>`;

// A paragraph with a formula (and HTML smuggled into its MathML, which must not come through).
const FORMULA =
  '<p>The fare grows with distance as <math display="block"><mrow><msup><mi>d</mi><mn>2</mn></msup>' +
  '<mo>+</mo><mtext>base<img src="/smuggled.png"><b>bold</b></mtext></mrow>' +
  '<annotation-xml encoding="text/html"><p id="smuggled">smuggled</p></annotation-xml></math> on every line.</p>';

// A page that claims the names an extension's reader host might use as its own custom elements: one
// constructor takes the element's shadow root first, the other keeps the ElementInternals, whose
// shadowRoot would hand it the reader's closed root (the attack of issue 15).
const SQUATTER_SCRIPT = `
  for (const name of ['declutter-reader', 'declutter-host', 'reader-view']) {
    customElements.define(name, class extends HTMLElement {
      constructor() {
        super();
        window.__internals = (window.__internals || []).concat(this.attachInternals());
        document.documentElement.setAttribute('data-squatter-ran', '1');
      }
    });
  }
  customElements.define('declutter-notice', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML = '<p id="squatted">squatted</p>';
    }
  });
`;

let server;
let browser;

before(async () => {
  server = await serve({
    routes: {
      '/rich.html': { body: RICH },
      '/hostile.html': { body: RICH.replace('</head>', `${HOSTILE_STYLE}<script src="/hostile.js"></script></head>`) },
      '/hostile.js': { body: HOSTILE_SCRIPT, type: 'text/javascript' },
      '/math.html': { body: RICH.replace('<p>Engineers laid', `${FORMULA}<p>Engineers laid`) },
      '/squatter.html': { body: RICH.replace('</head>', '<script src="/squatter.js"></script></head>') },
      '/squatter.js': { body: SQUATTER_SCRIPT, type: 'text/javascript' },
    },
  });
  browser = await launch({ extraExtensions: [DICTIONARY_EXTENSION] });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The viewport box of the `index`-th word of the reader's first content paragraph, and the word. */
function wordBox(page, index) {
  return inReader(
    page,
    (state, i) => {
      const p = state.root.querySelector('#reader-content p');
      const text = p.firstChild;
      const words = [...text.data.matchAll(/\p{L}+/gu)];
      const word = words[i];
      const range = document.createRange();
      range.setStart(text, word.index);
      range.setEnd(text, word.index + word[0].length);
      const r = range.getBoundingClientRect();
      return { word: word[0], x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    index,
  );
}

test("another extension's content script reads the word double-clicked in the reader", async () => {
  const page = await browser.context.newPage();
  // The dictionary's script runs in this page: a double-click on the page itself is seen. (Right after
  // the browser starts, its content scripts may not be registered yet for the first load: reload.)
  await until(
    async () => {
      await page.goto(`${server.origin}/rich.html`);
      await page.dblclick('h1');
      await new Promise((ok) => setTimeout(ok, 200));
      return page.evaluate(() => document.documentElement.getAttribute('data-test-dictionary-count'));
    },
    'the dictionary in the page',
  );

  assert.equal(await openReader(browser, page), 'reader');
  for (const index of [1, 4]) {
    const box = await wordBox(page, index);
    const before = await page.evaluate(() => Number(document.documentElement.getAttribute('data-test-dictionary-count')));
    await page.mouse.dblclick(box.x, box.y);
    await until(
      () => page.evaluate((n) => Number(document.documentElement.getAttribute('data-test-dictionary-count')) > n, before),
      'the dictionary to see the double-click',
      3000,
    );
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-test-dictionary-word')), box.word);
  }
  await page.close();
});

test("the page's CSS cannot restyle the reader and its scripts cannot reach into it", async () => {
  // The same article on a clean page gives the reference look.
  const clean = await browser.context.newPage();
  await clean.goto(`${server.origin}/rich.html`);
  assert.equal(await openReader(browser, clean), 'reader');
  const look = (state) => {
    const q = (sel) => state.root.querySelector(sel);
    const pick = (el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        color: s.color,
        background: s.backgroundColor,
        font: `${s.fontFamily} ${s.fontSize} ${s.lineHeight} ${s.letterSpacing} ${s.textTransform}`,
        display: s.display,
        visibility: s.visibility,
        direction: s.direction,
        box: [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)],
      };
    };
    return {
      root: pick(q('.reader-root')),
      title: pick(q('#reader-title')),
      paragraph: pick(q('#reader-content p')),
      toolbar: pick(q('#reader-toolbar')),
      text: q('#reader-content').textContent.length,
      hostRendered: state.root.host.getClientRects().length > 0 || q('.reader-root').getClientRects().length > 0,
    };
  };
  const reference = await inReader(clean, look);
  await clean.close();

  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/hostile.html`);
  assert.equal(await openReader(browser, page), 'reader');
  await until(() => page.evaluate(() => document.documentElement.getAttribute('data-hostile-done')), 'the page script to probe the reader');
  const report = await page.evaluate(() =>
    Object.fromEntries([...document.documentElement.attributes].filter((a) => a.name.startsWith('data-hostile-')).map((a) => [a.name.slice(13), a.value])),
  );
  assert.deepEqual(report, {
    'shadow-root': 'null',
    caught: '0',
    attach: 'NotSupportedError',
    'sees-title': 'false',
    'sees-body-text': 'false',
    done: '1',
  });

  const seen = await inReader(page, look);
  assert.deepEqual(seen, reference, 'the reader looks the same on the hostile page');
  assert.equal(await inReader(page, (state) => state.root.querySelector('#pwned')), null);
  // The light-DOM paragraph the page put into the host is not rendered (no slot in the shadow tree).
  assert.equal(await page.evaluate(() => document.getElementById('pwned').getClientRects().length), 0);
  // What is on screen at the title is the reader's title (hit-testing retargets to the host).
  const hit = await inReader(page, (state) => {
    const r = state.root.querySelector('#reader-title').getBoundingClientRect();
    const el = state.root.elementFromPoint(r.x + 10, r.y + r.height / 2);
    return el?.closest('h1')?.id ?? el?.tagName;
  });
  assert.equal(hit, 'reader-title');

  // The page's own synthetic keys and clicks do nothing to the reader: only trusted events count.
  await page.evaluate((host) => {
    for (const target of [window, document, document.querySelector(host)]) {
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, composed: true }));
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'R', code: 'KeyR', altKey: true, shiftKey: true, bubbles: true }));
    }
    document.querySelector(host)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  }, READER_HOST);
  await page.waitForTimeout(300);
  assert.ok(await page.$(READER_HOST), 'a synthetic Escape or Alt+Shift+R from the page does not close the reader');

  // Closing puts the page back exactly, its own <html> styling included.
  await page.keyboard.press('Escape');
  await until(async () => !(await page.$(READER_HOST)), 'the reader to close');
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('style')), null);
  assert.ok(await page.evaluate(() => document.querySelector('h1.article-title')?.textContent.includes('Port city')));
  await page.close();
});

test("a page that defines custom elements (with attachInternals) cannot reach the reader's closed root", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/squatter.html`);
  assert.equal(await openReader(browser, page), 'reader');
  assert.equal(await inReader(page, (state) => state.root.querySelector('#reader-title').textContent), TITLE);
  // The host is a plain <div>: no page constructor ran, no ElementInternals reaches the root.
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-squatter-ran')), null);
  assert.equal(await page.evaluate(() => document.body.firstElementChild.localName), 'div');
  assert.equal(await page.evaluate(() => document.body.firstElementChild.shadowRoot), null);
  assert.equal(await page.evaluate(() => (window.__internals || []).some((i) => i.shadowRoot)), false);
  await page.keyboard.press('Escape');
  await until(() => page.evaluate(() => !!document.querySelector('h1.article-title')), 'the page to come back');
  await page.close();
});

test('a formula reaches the reader as MathML, with nothing but MathML and text inside', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/math.html`);
  assert.equal(await openReader(browser, page), 'reader');
  const seen = await inReader(page, (state) => {
    const math = state.root.querySelector('#reader-content math');
    if (!math) return null;
    const box = math.getBoundingClientRect();
    return {
      namespace: math.namespaceURI,
      display: math.getAttribute('display'),
      text: math.textContent.replace(/\s+/g, ''),
      foreign: [...math.querySelectorAll('*')].filter((el) => el.namespaceURI !== math.namespaceURI).length,
      rendered: box.width > 0 && box.height > 0,
    };
  });
  assert.deepEqual(seen, {
    namespace: 'http://www.w3.org/1998/Math/MathML',
    display: 'block',
    text: 'd2+basebold',
    foreign: 0,
    rendered: true,
  });
  assert.equal(await inReader(page, (state) => state.root.querySelector('img[src*="smuggled"]')), null);
  assert.equal(await inReader(page, (state) => state.root.querySelector('#smuggled, #content-smuggled')), null);
  await page.close();
});
