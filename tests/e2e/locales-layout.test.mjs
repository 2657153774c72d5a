// Runs in: Node (node --test). The reader, its notices and the options page as a French or Arabic (right
// to left) user sees them, in headless Chromium with the unpacked dist/chrome started in that language:
// the toolbar stays one row at 1100 px with the longer labels, nothing overflows sideways at 390 px, the
// byline line never starts a line with its separator, the read-aloud status gets its own line on a
// phone-width screen, a notice reads in the interface's direction from its reading corner, and the
// options page's per-site lines are not squeezed. axe-core: 0 violations. Screenshots (light and dark)
// are saved to tests/e2e/out/locale-*.png for a look by eye.
/* global window, getComputedStyle */

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, evaluateInContentWorld, inReader, openReader, readerReady, serve, shot, until } from './helpers.mjs';
import { extensionBuilt, launchChromium } from './reader-support.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const built = extensionBuilt();

/** @typedef {import('playwright-core').Page} Page */

/** axe-core over the page with the reader open (the closed root handed to axe in the content script's world). */
async function axe(/** @type {Page} */ page) {
  await evaluateInContentWorld(page, `${AXE_SOURCE};0`);
  return evaluateInContentWorld(
    page,
    `(async () => {
      const state = window[Symbol.for('declutter.content-state')];
      Object.defineProperty(state.root.host, 'shadowRoot', { configurable: true, get: () => state.root });
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary) }));
    })()`,
  );
}

/**
 * The reader's layout facts: toolbar rows, sideways overflow, the byline line's separators that show at
 * the start of a line, and the read-aloud player's rows.
 * @param {Page} page
 */
function layout(page) {
  return inReader(page, (state) => {
    const root = state.root.querySelector('.reader-root');
    const shown = (/** @type {Element} */ el) => el.getClientRects().length > 0;
    const middle = (/** @type {Element} */ el) => el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2;
    const controls = [...state.root.querySelectorAll('#reader-toolbar :is(button, select, a[href])')].filter(shown);
    const meta = state.root.querySelector('.reader-meta');
    const clip = meta.getBoundingClientRect();
    const rtl = getComputedStyle(meta).direction === 'rtl';
    const sep = parseFloat(getComputedStyle(meta).getPropertyValue('--meta-sep'));
    // An item whose separator sits at the start of the meta box's clipped area is first on its line.
    const items = [...meta.children].filter(shown);
    const leading = items.filter((el) => {
      const r = el.getBoundingClientRect();
      const separatorStart = rtl ? r.right : r.left;
      const lineStart = rtl ? clip.right : clip.left;
      return Math.abs(separatorStart - lineStart) < 2;
    });
    const status = state.root.querySelector('#reader-speech-status');
    const pause = state.root.querySelector('#reader-speech-pause');
    return {
      // Controls on one row: every one's vertical middle within a few pixels of the first's.
      rows: controls.every((el) => Math.abs(middle(el) - middle(controls[0])) < 8) ? 1 : 2,
      barHeight: Math.round(state.root.querySelector('#reader-toolbar').getBoundingClientRect().height),
      sideways: root.scrollWidth - root.clientWidth,
      metaItems: items.length,
      metaLines: new Set(items.map((el) => Math.round(el.getBoundingClientRect().top))).size,
      leadingClipped: leading.length > 0 && sep > 0 && getComputedStyle(meta).clipPath !== 'none',
      statusBelow: shown(status) ? status.getBoundingClientRect().top >= pause.getBoundingClientRect().bottom : null,
      statusWidth: shown(status) ? Math.round(status.getBoundingClientRect().width) : 0,
      // UI sentences keep the UI's direction inside a bar mirrored for a right-to-left article.
      statusDirection: getComputedStyle(status).direction,
      barDirection: getComputedStyle(state.root.querySelector('#reader-bar')).direction,
    };
  });
}

for (const [locale, dir] of /** @type {const} */ ([
  ['fr', 'ltr'],
  ['ar', 'rtl'],
])) {
  describe(`the reader, its notices and the options page in ${locale} (${dir})`, { skip: !built }, () => {
    /** @type {Awaited<ReturnType<typeof launchChromium>>} */
    let browser;
    /** @type {Awaited<ReturnType<typeof serve>>} */
    let server;

    before(async () => {
      server = await serve({
        routes: {
          '/rich': { body: readFileSync(join(ROOT, 'tests/e2e/fixtures/reader-rich.html'), 'utf8') },
          '/arabic': { body: readFileSync(join(ROOT, 'tests/e2e/fixtures/reader-arabic.html'), 'utf8') },
          '/not-article': { body: readFileSync(join(ROOT, 'tests/e2e/fixtures/not-article.html'), 'utf8') },
        },
      });
      browser = await launchChromium({ locale });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Opens `path` at `width` px and the reader on it. */
    async function open(/** @type {string} */ path, /** @type {number} */ width) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${server.origin}${path}`);
      assert.equal(await openReader(browser, page), 'reader');
      await readerReady(page);
      return page;
    }

    it('1100 px: the toolbar is one row with the longer labels; axe finds nothing', async () => {
      const page = await open('/rich', 1100);
      const facts = await layout(page);
      assert.equal(facts.rows, 1, 'one toolbar row');
      assert.ok(facts.barHeight < 60, `the toolbar is one row high (${facts.barHeight} px)`);
      assert.equal(facts.sideways, 0);
      assert.deepEqual(await axe(page), []);
      await shot(page, `locale-${locale}-reader-1100`);
      await page.close();
    });

    it('390 px: nothing overflows sideways, the byline line never starts with a separator, the read-aloud status has its own line', async () => {
      for (const path of ['/rich', '/arabic']) {
        const page = await open(path, 390);
        await page.keyboard.press('p');
        await until(() => inReader(page, (state) => state.root.querySelector('#reader-speech-status').textContent), 'a read-aloud status', 5000);
        const facts = await layout(page);
        assert.equal(facts.sideways, 0, `${path}: no sideways scrolling`);
        assert.ok(facts.metaLines === 1 || facts.leadingClipped, `${path}: a wrapped byline line starts without a separator`);
        assert.equal(facts.statusBelow, true, `${path}: the status is under the player's buttons`);
        assert.ok(facts.statusWidth > 250, `${path}: the status is not a narrow column (${facts.statusWidth} px)`);
        assert.equal(facts.statusDirection, dir, `${path}: the status reads in the interface's direction`);
        if (path === '/arabic') assert.equal(facts.barDirection, 'rtl', 'the bar mirrors for an Arabic article');
        assert.deepEqual(await axe(page), []);
        await shot(page, `locale-${locale}${path.replace('/', '-')}-390`);
        await page.keyboard.press('x');
        await page.close();
      }
    });

    it(`a notice reads ${dir}, from the top corner on the interface's reading end`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 390, height: 600 });
      await page.goto(`${server.origin}/not-article`);
      const notice = await openReader(browser, page);
      assert.notEqual(notice, 'reader');
      const box = await page.evaluate(() => {
        const host = /** @type {HTMLElement} */ (document.querySelector('declutter-notice'));
        const inner = /** @type {HTMLElement} */ (host.shadowRoot?.firstElementChild);
        const r = host.getBoundingClientRect();
        return { dir: inner.dir, lang: inner.lang, left: r.left, right: window.innerWidth - r.right };
      });
      assert.equal(box.dir, dir);
      assert.equal(box.lang.slice(0, 2), locale);
      assert.ok(dir === 'rtl' ? box.left < box.right : box.right < box.left, `in the ${dir === 'rtl' ? 'left' : 'right'} corner: ${JSON.stringify(box)}`);
      await shot(page, `locale-${locale}-notice`);
      await page.close();
    });

    it('the options page at 390 px: the per-site line is not squeezed, nothing overflows, axe finds nothing', async () => {
      // A page read: the site is remembered.
      const page = await open('/rich', 1100);
      await page.close();
      const options = await browser.context.newPage();
      await options.setViewportSize({ width: 390, height: 900 });
      await options.goto(browser.optionsUrl);
      await options.waitForSelector('.options-site');
      const facts = await options.evaluate(() => ({
        dir: document.documentElement.dir,
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        summary: Math.round(/** @type {Element} */ (document.querySelector('.options-site-summary')).getBoundingClientRect().width),
      }));
      assert.equal(facts.dir, dir);
      assert.equal(facts.sideways, 0);
      assert.ok(facts.summary > 250, `the summary has a line of its own (${facts.summary} px)`);
      await options.evaluate(AXE_SOURCE);
      const violations = await options.evaluate(async () => (await /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] })).violations.map((/** @type {any} */ v) => v.id));
      assert.deepEqual(violations, []);
      await options.screenshot({ path: join(ROOT, `tests/e2e/out/locale-${locale}-options-390.png`), fullPage: true });
      await options.emulateMedia({ colorScheme: 'dark' });
      await options.screenshot({ path: join(ROOT, `tests/e2e/out/locale-${locale}-options-390-dark.png`), fullPage: true });
      await options.close();
    });
  });
}
