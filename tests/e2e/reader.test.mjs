// Runs in: Node (node --test). The reader view (extension/reader/, in a closed shadow root on the
/* global document, window, getComputedStyle, chrome, DOMMatrix, Event -- code run inside the browser */
// page) in headless Chromium with the unpacked dist/chrome loaded: rendering, every toolbar control
// (applies, persists across a reload and a second reader, follows the options page), keyboard, print
// stylesheet, Markdown copy, HTML save, axe-core with 0 violations in light and dark, RTL, and
// screenshots in tests/e2e/out/.
//
// Every reader is opened the real way: fixture page, toolbar click. The shadow root is closed, so the
// tests look inside it from the content script's world (helpers.mjs inReader), where `root` below is
// the shadow root; clicks and keys are real input at the element's position.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { READER_HOST, evaluateInContentWorld, inReader, openReader as clickToOpen, readerClick, readerReady, until } from './helpers.mjs';
import {
  EXT_CHROME,
  EXT_FIREFOX,
  OUT,
  articleFor,
  extensionBuilt,
  imageStats,
  launchChromium,
  startServer,
} from './reader-support.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const built = extensionBuilt();
if (!built) console.log(`# reader.test.mjs: skipped, no built extension in ${EXT_CHROME} (run ./build.sh first)`);

/** @typedef {Awaited<ReturnType<typeof launchChromium>>} Browser */
/** @typedef {import('playwright-core').Page} Page */

/** @type {Browser} */
let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;

/**
 * Opens fixture `name` in a new tab and the reader on it with the toolbar button.
 * @param {'rich' | 'arabic' | 'seed' | 'duplicate' | 'long' | 'brokenImage'} name
 * @param {Browser} [b]
 */
async function openReader(name, b = browser) {
  const url = server.url(name);
  const article = await articleFor(name, url);
  const page = await b.context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  assert.equal(await clickToOpen(b, page), 'reader');
  await readerReady(page);
  return { page, article, url, errors };
}

/**
 * Runs `fn(root, arg)` in the content script's world, `root` being the reader's shadow root.
 * @template T
 * @param {Page} page
 * @param {(root: ShadowRoot, arg: T) => any} fn
 * @param {T} [arg]
 */
function inRoot(page, fn, arg) {
  return inReader(page, /** @type {any} */ (`(state, arg) => (${fn})(state.root, arg)`), arg);
}

/** Polls `fn(root, arg)` in the reader until it returns something truthy. */
function waitInRoot(/** @type {Page} */ page, /** @type {(root: ShadowRoot, arg: any) => any} */ fn, /** @type {any} */ arg, what = 'the reader', timeout = 5000) {
  return until(() => inRoot(page, fn, arg), what, timeout);
}

/** The reader's attribute `name` on the first element matching `selector`. */
function attr(/** @type {Page} */ page, /** @type {string} */ selector, /** @type {string} */ name) {
  return inRoot(page, (root, [sel, n]) => root.querySelector(sel)?.getAttribute(n) ?? null, [selector, name]);
}

/** The text of the first reader element matching `selector`. */
function text(/** @type {Page} */ page, /** @type {string} */ selector) {
  return inRoot(page, (root, sel) => root.querySelector(sel)?.textContent ?? null, selector);
}

/** Whether the first reader element matching `selector` is rendered. */
function visible(/** @type {Page} */ page, /** @type {string} */ selector) {
  return inRoot(page, (root, sel) => {
    const el = root.querySelector(sel);
    return Boolean(el?.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false }) && el.getClientRects().length);
  }, selector);
}

/** Chooses `value` in the reader's <select> matching `selector`, as a user would (a change event). */
function select(/** @type {Page} */ page, /** @type {string} */ selector, /** @type {string} */ value) {
  return inRoot(page, (root, [sel, v]) => {
    const el = root.querySelector(sel);
    el.focus();
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, [selector, value]);
}

/** Focuses the reader element matching `selector`. */
function focus(/** @type {Page} */ page, /** @type {string} */ selector) {
  return inRoot(page, (root, sel) => root.querySelector(sel).focus(), selector);
}

/** Computed reading styles of the article column. */
function readingStyle(/** @type {Page} */ page) {
  return inRoot(page, (root) => {
    const main = /** @type {HTMLElement} */ (root.querySelector('main'));
    const style = getComputedStyle(main);
    return {
      background: getComputedStyle(/** @type {Element} */ (root.querySelector('.reader-root'))).backgroundColor,
      color: style.color,
      fontFamily: style.fontFamily,
      fontSize: parseFloat(style.fontSize),
      lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      width: main.getBoundingClientRect().width,
    };
  });
}

async function syncedSettings() {
  return browser.worker.evaluate(async () => (await chrome.storage.sync.get('readerSettings')).readerSettings);
}

/** Waits until the debounced settings write has reached storage.sync. */
async function waitForSync(/** @type {(s: any) => boolean} */ predicate) {
  for (let i = 0; i < 50; i++) {
    const value = await syncedSettings();
    if (value && predicate(value)) return value;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`settings never reached storage.sync: ${JSON.stringify(await syncedSettings())}`);
}

async function resetSettings() {
  await browser.worker.evaluate(() => chrome.storage.sync.clear());
}

/** Shapes axe-core's violations for an assertion message. */
const AXE_REPORT = `(result) => result.violations.map((v) => ({
  id: v.id,
  impact: v.impact,
  help: v.help,
  nodes: v.nodes.slice(0, 3).map((n) => \`\${n.target.join(' ')} :: \${n.failureSummary}\`),
}))`;

/**
 * Runs axe-core over the page with the reader open. axe is loaded into the content script's world (the
 * only place the closed shadow root can be reached) and given the root there: the host's `shadowRoot`
 * is redefined on that world's wrapper of the host only, so axe walks into the reader as it does into
 * an open shadow root. The page's own scripts see nothing of this.
 * @param {Page} page
 */
async function axe(page) {
  await evaluateInContentWorld(page, `${AXE_SOURCE};0`);
  return evaluateInContentWorld(
    page,
    `(async () => {
      const state = window[Symbol.for('declutter.content-state')];
      Object.defineProperty(state.root.host, 'shadowRoot', { configurable: true, get: () => state.root });
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return (${AXE_REPORT})(result);
    })()`,
  );
}

/** Runs axe-core on an extension page of its own (the options page). */
async function axePage(/** @type {Page} */ page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(`(async () => (${AXE_REPORT})(await axe.run(document, { resultTypes: ['violations'] })))()`);
}

/** Plain text of Markdown: drops syntax so it can be compared with the article's text. */
function markdownToText(/** @type {string} */ md) {
  return md
    .replace(/^```.*$/gm, '')
    .replace(/^\|(?: --- \|)+$/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+ /gm, '')
    .replace(/^> ?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.) /gm, '')
    .replace(/\*\*|__|~~/g, '')
    .replace(/(^|\s)_|_(\s|$)/g, '$1$2')
    .replace(/\\([\\`*_[\]<>|#+.!-])/g, '$1')
    .replace(/\s+/g, ' ');
}

describe('reader view', { skip: !built }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ships the reader files in the build', () => {
    const files = ['content/content.js', 'content/page.js', 'background/background.js', 'reader/reader.js',
      'reader/template.js', 'reader/reader.css', 'shared/platform.js', 'shared/settings.js', 'shared/i18n.js',
      'shared/messages.js', 'vendor/turndown.js', 'vendor/turndown-plugin-gfm.js', 'vendor/turndown.LICENSE.txt',
      'vendor/turndown-plugin-gfm.LICENSE.txt', 'options/options.html', 'options/options.js', 'options/options.css',
      'fonts/opendyslexic-latin-400-normal.woff2', 'fonts/opendyslexic-latin-700-normal.woff2', 'fonts/OFL.txt',
      '_locales/en/messages.json', '_locales/ar/messages.json', '_locales/fr/messages.json', 'pkg/declutter.js'];
    for (const dir of [EXT_CHROME, EXT_FIREFOX]) {
      assert.deepEqual(files.filter((f) => !existsSync(join(dir, f))), [], `missing in ${dir}`);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      assert.equal(manifest.default_locale, 'en');
      assert.equal(manifest.options_ui?.page, 'options/options.html');
      // No extension page is needed for the reader any more: what the content script loads is listed,
      // and every entry (a file or a `folder/*.ext` pattern) names at least one file of the build.
      const exposed = manifest.web_accessible_resources.flatMap((/** @type {any} */ r) => r.resources);
      assert.ok(!exposed.some((/** @type {string} */ f) => f.endsWith('.html')), 'no extension page is web-accessible');
      const present = (/** @type {string} */ f) => {
        const star = /^(.*)\/\*(\.[a-z0-9]+)$/.exec(f);
        if (!star) return existsSync(join(dir, f));
        const [, folder, ext] = /** @type {string[]} */ (star);
        return existsSync(join(dir, folder)) && readdirSync(join(dir, folder)).some((name) => name.endsWith(ext));
      };
      assert.deepEqual(exposed.filter((/** @type {string} */ f) => !present(f)), []);
    }
  });

  it('renders header, content and landmarks from the article', async () => {
    const { page, article, url, errors } = await openReader('rich');
    const info = await inRoot(page, (root) => {
      const $ = (/** @type {string} */ s) => root.querySelector(s);
      return {
        lang: $('main')?.getAttribute('lang'),
        dir: $('main')?.getAttribute('dir'),
        mainId: $('main')?.id,
        title: $('#reader-title')?.textContent,
        h1s: root.querySelectorAll('h1').length,
        site: $('#reader-site')?.textContent,
        byline: $('#reader-byline')?.textContent,
        date: $('#reader-date')?.textContent,
        datetime: $('#reader-date')?.getAttribute('datetime'),
        time: $('#reader-time')?.textContent,
        original: /** @type {HTMLAnchorElement} */ ($('#reader-original'))?.href,
        banner: !!$('.reader-root > header'),
        toolbarRole: $('#reader-toolbar')?.getAttribute('role'),
        figure: !!$('#reader-content figure > img') && !!$('#reader-content figure > figcaption'),
        tableWrapped: !!$('#reader-content .table-scroll[role=region][tabindex="0"] > table'),
        pre: $('#reader-content pre')?.textContent,
        h2: [...root.querySelectorAll('#reader-content h2')].map((h) => h.textContent),
        executable: root.querySelectorAll('#reader-content script, #reader-content iframe, #reader-content [onerror], #reader-content [onclick]').length,
        dupHidden: /** @type {HTMLElement} */ ($('#reader-duplicate-banner')).hidden,
      };
    });
    assert.equal(info.mainId, 'declutter-reader');
    assert.equal(info.lang, 'en');
    assert.equal(info.title, article.title);
    assert.equal(info.h1s, 1, 'one h1: the headline');
    assert.equal(info.site, 'The Harbour Gazette');
    assert.equal(info.byline, 'Mira Okafor');
    assert.match(info.date ?? '', /March 20, 2025/, 'date formatted for the UI language');
    assert.equal(info.datetime, '2025-03-20T17:27:00.000Z');
    assert.match(info.time ?? '', /^\d+ min read$/);
    assert.equal(info.original, url);
    assert.ok(info.banner, 'toolbar sits in a banner landmark');
    assert.equal(info.toolbarRole, 'toolbar');
    assert.ok(info.figure, 'figure keeps image and caption together');
    assert.ok(info.tableWrapped, 'table wrapped in a focusable scroll region');
    assert.match(info.pre ?? '', /\n {4}for stop in json\.load\(f\)\["stops"\]:\n {8}print/, 'code keeps its indentation');
    assert.deepEqual(info.h2, ['What the new network costs', 'What happens next']);
    assert.equal(info.executable, 0);
    assert.ok(info.dupHidden, 'no duplicate banner for a page without a repeated body');
    assert.deepEqual(errors, []);

    // The reading-progress line follows the scroll position.
    const progress = () =>
      inRoot(page, (root) => new DOMMatrix(getComputedStyle(/** @type {Element} */ (root.querySelector('.reader-progress > span'))).transform).a);
    assert.ok((await progress()) < 0.05);
    // The reader scrolls in its own box (the page underneath does not scroll).
    await inRoot(page, (root) => {
      const scroller = /** @type {Element} */ (root.querySelector('.reader-root'));
      scroller.scrollTop = scroller.scrollHeight;
    });
    await until(async () => (await progress()) > 0.95, 'the progress line to fill', 5000);
    await page.close();
  });

  it('an image that fails to load leaves no empty box and no caption under nothing', async () => {
    const { page, article } = await openReader('brokenImage');
    assert.match(article.content_html, /gone\.jpg\.missing/, 'the core keeps both figures');
    const shown = (/** @type {string} */ text) =>
      inRoot(page, (root, t) => {
        const caption = [...root.querySelectorAll('#reader-content figcaption')].find((c) => c.textContent?.includes(t));
        return caption ? caption.getClientRects().length > 0 : null;
      }, text);
    await waitInRoot(page, (root) => root.querySelector('#reader-content figure[hidden]'), null, 'the broken figure hidden');
    assert.equal(await shown('no longer exists'), false, 'the caption of the image that failed is hidden with it');
    assert.equal(await shown('new roof'), true, 'a figure whose image loads is shown');
    assert.equal(
      await inRoot(page, (root) => /** @type {HTMLImageElement} */ (root.querySelector('#reader-content img[alt="The depot\'s new roof"]'))?.naturalWidth > 0),
      true,
      'its image loaded',
    );
    await page.close();
  });

  it('wraps long words and URLs, scrolls wide tables and code, keeps images in the column', async () => {
    const { page } = await openReader('rich');
    await page.setViewportSize({ width: 420, height: 800 });
    const layout = await inRoot(page, (root) => {
      const doc = /** @type {HTMLElement} */ (root.querySelector('.reader-root'));
      const wrap = /** @type {HTMLElement} */ (root.querySelector('.table-scroll'));
      const pre = /** @type {HTMLElement} */ (root.querySelector('#reader-content pre'));
      const img = /** @type {HTMLElement} */ (root.querySelector('#reader-content img'));
      const content = /** @type {HTMLElement} */ (root.querySelector('#reader-content'));
      return {
        pageOverflow: doc.scrollWidth - doc.clientWidth,
        tableScrolls: wrap.scrollWidth > wrap.clientWidth && getComputedStyle(wrap).overflowX === 'auto',
        preScrolls: pre.scrollWidth > pre.clientWidth,
        preWhiteSpace: getComputedStyle(pre).whiteSpace,
        imgFits: img.getBoundingClientRect().width <= content.getBoundingClientRect().width + 0.5,
      };
    });
    assert.ok(layout.pageOverflow <= 0, `page must not scroll sideways (overflow ${layout.pageOverflow}px)`);
    assert.ok(layout.tableScrolls, 'the wide table scrolls inside its own box');
    assert.ok(layout.preScrolls, 'code scrolls instead of wrapping');
    assert.equal(layout.preWhiteSpace, 'pre');
    assert.ok(layout.imgFits, 'images shrink to the column');
    await page.close();
  });

  it('each toolbar control applies at once and persists across a reload and a second reader', async () => {
    await resetSettings();
    const { page } = await openReader('rich');
    const before = await readingStyle(page);
    assert.equal(before.fontSize, 20, 'default 20px');
    assert.ok(Math.abs(before.lineHeight - 1.6) < 0.01, 'default line height 1.6');
    assert.ok(before.fontFamily.toLowerCase().includes('serif'));

    // Theme.
    await readerClick(page, '[data-theme-choice=dark]');
    const dark = await readingStyle(page);
    assert.equal(dark.background, 'rgb(27, 27, 29)');
    assert.equal(await attr(page, '[data-theme-choice=dark]', 'aria-pressed'), 'true');
    await readerClick(page, '[data-theme-choice=sepia]');
    assert.equal((await readingStyle(page)).background, 'rgb(246, 238, 219)');
    await readerClick(page, '[data-theme-choice=light]');
    assert.equal((await readingStyle(page)).background, 'rgb(251, 250, 247)');

    // Font: the dyslexia-friendly face is the bundled OpenDyslexic, and it actually loads (added to the
    // page's document from the extension's bytes: @font-face does not work inside a shadow root).
    await select(page, '#reader-font', 'dyslexic');
    assert.match((await readingStyle(page)).fontFamily, /^"?OpenDyslexic"?/);
    const fontLoaded = await until(
      () =>
        inRoot(page, async (root) => {
          await document.fonts.ready;
          const main = /** @type {Element} */ (root.querySelector('main'));
          return [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'OpenDyslexic' && f.status === 'loaded') &&
            document.fonts.check(`20px OpenDyslexic`) &&
            getComputedStyle(main).fontFamily.startsWith('OpenDyslexic');
        }),
      'OpenDyslexic to load',
      5000,
    );
    assert.ok(fontLoaded, 'OpenDyslexic loads from the extension');
    await select(page, '#reader-font', 'sans');
    assert.doesNotMatch((await readingStyle(page)).fontFamily, /OpenDyslexic|Iowan/);

    // Size, line height, width.
    await readerClick(page, '[data-step=fontSize][data-direction="1"]');
    await readerClick(page, '[data-step=fontSize][data-direction="1"]');
    assert.equal((await readingStyle(page)).fontSize, 24);
    await readerClick(page, '[data-step=lineHeight][data-direction="1"]');
    assert.ok(Math.abs((await readingStyle(page)).lineHeight - 1.7) < 0.01);
    const wide = (await readingStyle(page)).width;
    await readerClick(page, '[data-step=width][data-direction="-1"]');
    await readerClick(page, '[data-step=width][data-direction="-1"]');
    const narrow = (await readingStyle(page)).width;
    assert.ok(narrow < wide - 20, `narrower column (${wide} -> ${narrow})`);

    const expected = { theme: 'light', font: 'sans', fontSize: 24, lineHeight: 1.7, width: 60 };
    assert.deepEqual(await waitForSync((s) => s.width === 60 && s.fontSize === 24), expected);

    // A second reader, already open, follows the change live (storage.onChanged)...
    const second = await openReader('seed');
    await readerClick(page, '[data-theme-choice=dark]');
    await waitInRoot(second.page, (root) => /** @type {HTMLElement} */ (root.querySelector('.reader-root')).dataset.theme === 'dark');
    const secondStyle = await readingStyle(second.page);
    assert.equal(secondStyle.background, 'rgb(27, 27, 29)');
    assert.equal(secondStyle.fontSize, 24);
    await waitForSync((s) => s.theme === 'dark');

    // ...and everything survives a reload of the page and opening the reader again.
    await page.reload();
    assert.equal(await clickToOpen(browser, page), 'reader');
    await readerReady(page);
    const reloaded = await readingStyle(page);
    assert.equal(reloaded.background, 'rgb(27, 27, 29)');
    assert.equal(reloaded.fontSize, 24);
    assert.ok(Math.abs(reloaded.lineHeight - 1.7) < 0.01);
    assert.ok(Math.abs(reloaded.width - narrow) < 1);
    assert.equal(await inRoot(page, (root) => /** @type {HTMLSelectElement} */ (root.querySelector('#reader-font')).value), 'sans');

    // A third reader opened afterwards starts with the saved settings.
    const third = await openReader('arabic');
    assert.equal((await readingStyle(third.page)).background, 'rgb(27, 27, 29)');
    assert.equal(await inRoot(third.page, (root) => /** @type {HTMLSelectElement} */ (root.querySelector('#reader-font')).value), 'sans');
    for (const p of [page, second.page, third.page]) await p.close();
    await resetSettings();
  });

  it('the options page offers the same settings and open readers follow it', async () => {
    await resetSettings();
    const { page } = await openReader('rich');
    const options = await browser.context.newPage();
    await options.goto(browser.optionsUrl);
    await options.waitForSelector('input[name=theme][value=auto]:checked', { state: 'attached' });
    await options.check('input[name=theme][value=sepia]');
    await options.check('input[name=font][value=dyslexic]');
    await options.fill('#options-font-size', '26');
    await waitInRoot(page, (root) => /** @type {HTMLElement} */ (root.querySelector('.reader-root')).dataset.theme === 'sepia');
    await waitInRoot(page, (root) => getComputedStyle(/** @type {Element} */ (root.querySelector('main'))).fontSize === '26px');
    assert.match((await readingStyle(page)).fontFamily, /OpenDyslexic/);
    assert.equal(await inRoot(page, (root) => /** @type {HTMLSelectElement} */ (root.querySelector('#reader-font')).value), 'dyslexic');
    const violations = await axePage(options);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await options.close();
    await page.close();
    await resetSettings();
  });

  it('every control is reachable with Tab, has a name and a visible focus ring', async () => {
    const { page } = await openReader('rich');
    // The controls on screen ("More" only shows below 600 px; ux.test.mjs checks that layout).
    const controls = await inRoot(page, (root) =>
      [...root.querySelectorAll('#reader-toolbar button, #reader-toolbar select, #reader-toolbar a')].filter((el) => el.getClientRects().length > 0).map(
        (el) => el.id || el.getAttribute('data-theme-choice') || `${el.getAttribute('data-step')}${el.getAttribute('data-direction')}`,
      ),
    );
    await focus(page, '#reader-close');
    /** @type {Set<string>} */
    const reached = new Set();
    for (let i = 0; i < controls.length; i++) {
      if (i > 0) await page.keyboard.press('Tab');
      const focused = await inRoot(page, (root) => {
        const el = /** @type {HTMLElement} */ (root.activeElement);
        if (!el || !el.closest('#reader-toolbar')) return null;
        const style = getComputedStyle(el);
        const name = el.getAttribute('aria-label') || el.closest('label')?.textContent?.trim() || el.textContent?.trim();
        return {
          key: el.id || el.getAttribute('data-theme-choice') || `${el.getAttribute('data-step')}${el.getAttribute('data-direction')}`,
          name,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focused) continue;
      assert.ok(focused.name, `${focused.key} has an accessible name`);
      assert.ok(focused.outline, `${focused.key} shows a focus ring`);
      reached.add(focused.key);
    }
    assert.deepEqual([...reached].sort(), [...controls].sort());

    // Arrow keys move along the toolbar too (ARIA toolbar pattern).
    await focus(page, '#reader-close');
    await page.keyboard.press('ArrowRight');
    assert.equal(await inRoot(page, (root) => root.activeElement?.id), 'reader-speak');
    await page.keyboard.press('ArrowRight');
    assert.equal(await inRoot(page, (root) => root.activeElement?.getAttribute('data-theme-choice')), 'light');

    // Keyboard activation works like a click.
    await focus(page, '[data-step=fontSize][data-direction="1"]');
    await page.keyboard.press('Enter');
    assert.equal((await readingStyle(page)).fontSize, 22);
    await page.keyboard.press('Space');
    assert.equal((await readingStyle(page)).fontSize, 24);
    await page.close();
    await resetSettings();
  });

  it('prints without the toolbar or reader chrome', async () => {
    const { page } = await openReader('duplicate');
    await readerClick(page, '[data-theme-choice=dark]');
    await page.emulateMedia({ media: 'print' });
    const printed = await inRoot(page, (root) => {
      const style = (/** @type {string} */ s) => getComputedStyle(/** @type {Element} */ (root.querySelector(s)));
      return {
        bar: style('#reader-bar').display,
        footer: style('#reader-footer').display,
        banner: style('#reader-duplicate-banner').display,
        title: style('#reader-title').display,
        color: style('main').color,
        background: style('.reader-root').backgroundColor,
        // The reader flows over as many pages as it needs instead of one fixed, scrolling box.
        position: style('.reader-root').position,
        overflow: style('.reader-root').overflowY,
      };
    });
    assert.equal(printed.bar, 'none');
    assert.equal(printed.footer, 'none');
    assert.equal(printed.banner, 'none');
    assert.notEqual(printed.title, 'none');
    assert.equal(printed.color, 'rgb(0, 0, 0)', 'black text on paper, whatever the theme');
    assert.equal(printed.background, 'rgb(255, 255, 255)');
    assert.equal(printed.position, 'static');
    assert.equal(printed.overflow, 'visible');
    await page.emulateMedia({ media: 'screen' });
    assert.notEqual(await inRoot(page, (root) => getComputedStyle(/** @type {Element} */ (root.querySelector('#reader-bar'))).display), 'none');
    const pdf = await page.pdf();
    assert.ok(pdf.length > 5000, 'a real PDF comes out');
    await page.close();

    // A longer article prints on as many pages as it needs, not one screenful of the scrolling box.
    const rich = await openReader('rich');
    const longPdf = (await rich.page.pdf()).toString('latin1');
    const pages = Number(/\/Type\s*\/Pages\b[^>]*\/Count (\d+)/.exec(longPdf)?.[1] ?? /\/Count (\d+)/.exec(longPdf)?.[1]);
    assert.ok(pages >= 2, `the whole article is printed (${pages} pages)`);
    await rich.page.close();
    await resetSettings();
  });

  it('copies the article as Markdown that matches it', async () => {
    const { page, article, url } = await openReader('rich');
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await readerClick(page, '#reader-copy-markdown');
    await waitInRoot(page, (root) => root.querySelector('#reader-toast.is-visible'));
    const md = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(md, await inReader(page, (state) => state.reader.markdown()));
    writeFileSync(join(OUT, 'reader-rich.md'), md);

    const lines = md.split('\n');
    assert.equal(lines[0], `# ${article.title}`);
    assert.match(md, /^_Mira Okafor · The Harbour Gazette · March 20, 2025.*_$/m);
    assert.ok(md.includes(`<${url}>`), 'links the original');
    assert.match(md, /^!\[A green tram leaves the depot at dawn\]\(http:\/\/127\.0\.0\.1:\d+\/media\/tram-depot\.jpg\)$/m);
    assert.match(md, /^_A green tram leaves the Eastgate depot at dawn on the opening day of line 1\._$/m);
    assert.match(md, /^## What the new network costs$/m);
    assert.match(md, /^\| Line \| Route \| Length \(km\) \| Budget \| Opening \| Stops \| Depot \|$/m);
    assert.match(md, /^\| --- \| --- \| --- \| --- \| --- \| --- \| --- \|$/m);
    assert.match(md, /^\| 1 \| Eastgate – Harbour Road – Old Market \| 14\.2 \| 312 \| March 2025 \| 22 \| Eastgate \|$/m);
    assert.ok(
      md.includes('```\nimport json\n\nwith open("departures.json") as f:\n    for stop in json.load(f)["stops"]:\n'),
      'code block fenced with its indentation',
    );
    assert.match(md, /^> It is the quietest thing that has happened to this street in fifty years\.$/m);
    assert.match(md, /^- Line 2 construction starts in May on the university campus\.$/m);

    // Every paragraph of the article's text is in the Markdown, in order. Compared without whitespace
    // and table pipes: the core's text joins table cells without a separator.
    const squash = (/** @type {string} */ text) => text.replace(/[\s|]+/g, '');
    const plain = markdownToText(md);
    const squashed = squash(plain);
    let cursor = 0;
    for (const paragraph of article.text.split(/\n\s*\n/)) {
      const wanted = squash(paragraph);
      if (!wanted) continue;
      const at = squashed.indexOf(wanted, cursor);
      assert.ok(at >= 0, `Markdown lacks (or misorders) paragraph: ${paragraph.slice(0, 80)}`);
      cursor = at + wanted.length;
    }
    // Nothing else of substance: beyond the article text there are only the title, the metadata line, the URL
    // and the figures' captions (the core's text is the running text, without them).
    const header = squash(`${article.title} ${lines[2]} ${lines[4]}`).length;
    const captions = [...article.content_html.matchAll(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/g)]
      .map((m) => m[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    assert.ok(captions.length > 0, 'the fixture has a captioned figure');
    for (const caption of captions) assert.ok(!article.text.includes(caption.trim()), `caption out of the text: ${caption}`);
    const extra = squashed.length - squash(article.text).length - squash(captions.join('')).length;
    assert.ok(extra <= header + 20, `no text beyond the article and its header (${extra} extra chars, header ${header})`);
    await page.close();
  });

  it('saves a standalone, script-free HTML file', async () => {
    const { page, article } = await openReader('rich');
    const [download] = await Promise.all([page.waitForEvent('download'), readerClick(page, '#reader-save-html')]);
    assert.equal(download.suggestedFilename(), `${article.title}.html`);
    const path = join(OUT, 'reader-rich-saved.html');
    await download.saveAs(path);
    const html = readFileSync(path, 'utf8');
    assert.match(html, /^<!doctype html>/i);
    assert.doesNotMatch(html, /<script|\son[a-z]+=|javascript:/i);
    const body = html.slice(html.indexOf('<body'));
    assert.doesNotMatch(body, /reader-toolbar|reader-removed|reader-duplicate/, 'toolbar and reader chrome left out');
    assert.ok(html.includes('<meta charset="utf-8">'));
    assert.ok(html.includes(`<h1 id="reader-title">${article.title}</h1>`));
    // The saved file renders on its own (no extension, scripts disabled).
    const viewer = await browser.context.newPage({});
    await viewer.setContent(html);
    const shown = await viewer.evaluate(() => ({
      title: document.querySelector('h1')?.textContent,
      paragraphs: document.querySelectorAll('#reader-content p').length,
      font: getComputedStyle(/** @type {Element} */ (document.querySelector('main'))).fontSize,
    }));
    assert.equal(shown.title, article.title);
    assert.ok(shown.paragraphs >= 8);
    assert.equal(shown.font, '20px');
    await viewer.close();
    await page.close();
  });

  it('shows the duplicate-body banner and the removed blocks, both expandable', async () => {
    const { page, article } = await openReader('duplicate');
    assert.ok(article.duplicate_body.detected, 'fixture has a repeated body');
    assert.ok(await visible(page, '#reader-duplicate-banner'));
    assert.equal(
      await text(page, '#reader-duplicate-banner .reader-notice-title'),
      'This page repeats its article text — shown once',
    );
    assert.equal(await visible(page, '#reader-duplicate-list'), false, 'details start collapsed');
    await readerClick(page, '#reader-duplicate-banner summary');
    assert.ok(await visible(page, '#reader-duplicate-list'), 'details open');
    const previews = await inRoot(page, (root) => [...root.querySelectorAll('#reader-duplicate-list li')].map((el) => el.textContent));
    assert.deepEqual(previews, article.duplicate_body.blocks.map((/** @type {any} */ b) => b.preview));

    const n = article.removed.length;
    assert.equal(await text(page, '#reader-removed'), `${n} block${n === 1 ? '' : 's'} removed`);
    assert.equal(await attr(page, '#reader-removed', 'aria-expanded'), 'false');
    assert.equal(await visible(page, '#reader-removed-list'), false);
    await readerClick(page, '#reader-removed');
    assert.equal(await attr(page, '#reader-removed', 'aria-expanded'), 'true');
    assert.ok(await visible(page, '#reader-removed-list'));
    const items = await inRoot(page, (root) =>
      [...root.querySelectorAll('#reader-removed-list li')].map((el) => ({
        kind: el.querySelector('.removed-kind')?.textContent,
        // The core's technical reason is a tooltip on the kind; the list speaks plain words.
        reason: el.querySelector('.removed-kind')?.getAttribute('title'),
        preview: el.querySelector('.removed-preview')?.textContent ?? '',
      })),
    );
    assert.equal(items.length, n);
    for (const [i, removed] of article.removed.entries()) {
      assert.equal(items[i].reason, removed.reason);
      // A short preview: the start of the core's.
      assert.ok(removed.preview.replace(/\s+/g, ' ').startsWith(items[i].preview.replace(/…$/, '')), items[i].preview);
      assert.ok(items[i].kind, 'kind is named');
    }
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await page.close();
  });

  for (const theme of /** @type {const} */ (['light', 'dark', 'sepia'])) {
    it(`axe-core reports no violations (${theme} theme)`, async () => {
      const { page } = await openReader('rich');
      await readerClick(page, `[data-theme-choice=${theme}]`);
      await readerClick(page, '#reader-removed');
      const violations = await axe(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      await page.close();
      await resetSettings();
    });
  }

  it('axe-core reports no violations on the Arabic (RTL) reader', async () => {
    const { page } = await openReader('arabic');
    await readerClick(page, '[data-theme-choice=dark]');
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await page.close();
    await resetSettings();
  });

  it('reads an Arabic article right to left with the controls mirrored', async () => {
    const { page, article } = await openReader('arabic');
    const rtl = await inRoot(page, (root) => {
      const box = (/** @type {string} */ s) => /** @type {Element} */ (root.querySelector(s)).getBoundingClientRect();
      const main = /** @type {HTMLElement} */ (root.querySelector('main'));
      const firstP = /** @type {HTMLElement} */ (root.querySelector('#reader-content p'));
      return {
        lang: main.lang,
        dir: main.dir,
        toolbarDirection: getComputedStyle(/** @type {Element} */ (root.querySelector('#reader-toolbar'))).direction,
        closeX: box('#reader-close').left,
        printX: box('#reader-print').left,
        paragraphDir: firstP.getAttribute('dir'),
        paragraphDirection: getComputedStyle(firstP).direction,
        paragraphAlign: getComputedStyle(firstP).textAlign,
        titleRight: box('#reader-title').right,
        mainRight: box('#reader-content').right,
        timeDir: root.querySelector('#reader-time > span')?.getAttribute('dir'),
        timeLeftOfDate: box('#reader-time').right <= box('#reader-date').left,
      };
    });
    assert.equal(rtl.lang, 'ar');
    assert.equal(rtl.dir, article.dir);
    assert.equal(rtl.dir, 'rtl');
    assert.equal(rtl.toolbarDirection, 'rtl');
    assert.ok(rtl.closeX > rtl.printX, 'close button on the right, actions on the left');
    assert.equal(rtl.paragraphDir, 'auto');
    assert.equal(rtl.paragraphDirection, 'rtl');
    assert.ok(Math.abs(rtl.titleRight - rtl.mainRight) < 2, 'headline aligned to the right edge');
    assert.equal(rtl.timeDir, 'ltr', 'UI-language strings isolated inside RTL text');
    assert.ok(rtl.timeLeftOfDate, 'header items flow right to left');
    await page.close();
  });

  it('screenshots of the seed-template fixture (light, dark) and the Arabic page (RTL) are not blank', async () => {
    /** @type {Array<[string, 'seed' | 'arabic', 'light' | 'dark' | 'sepia']>} */
    const shots = [
      ['reader-seed-light', 'seed', 'light'],
      ['reader-seed-dark', 'seed', 'dark'],
      ['reader-rtl-light', 'arabic', 'light'],
      ['reader-rtl-dark', 'arabic', 'dark'],
      ['reader-rich-sepia', 'rich', 'sepia'],
    ];
    for (const [file, name, theme] of shots) {
      const { page, article } = await openReader(/** @type {any} */ (name));
      await readerClick(page, `[data-theme-choice=${theme}]`);
      await page.evaluate(() => document.fonts.ready);
      await inRoot(page, (root) => {
        /** @type {HTMLElement} */ (root.activeElement)?.blur();
        /** @type {Element} */ (root.querySelector('.reader-root')).scrollTop = 0;
      });
      await page.mouse.move(0, 0);
      const png = await page.screenshot({ path: join(OUT, `${file}.png`) });
      const stats = await imageStats(page, png);
      assert.ok(stats.stddev > 10, `${file}: picture has contrast (stddev ${stats.stddev.toFixed(1)})`);
      assert.ok(stats.nonBackground > 0.03, `${file}: more than background (${(stats.nonBackground * 100).toFixed(1)}%)`);
      // The headline is on screen, on top, and drawn in a colour that differs from the page.
      const title = await inRoot(page, (root) => {
        const h1 = /** @type {HTMLElement} */ (root.querySelector('#reader-title'));
        const r = h1.getBoundingClientRect();
        const hit = root.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);
        return {
          text: h1.textContent,
          inView: r.top >= 0 && r.bottom <= window.innerHeight && r.width > 100,
          onTop: !!hit && h1.contains(hit),
          color: getComputedStyle(h1).color,
          background: getComputedStyle(/** @type {Element} */ (root.querySelector('.reader-root'))).backgroundColor,
        };
      });
      assert.equal(title.text, article.title);
      assert.ok(title.inView && title.onTop, `${file}: headline visible`);
      if (name === 'seed') {
        // The seed's hero image shows once: inside the article when the core kept its figure,
        // otherwise as the reader's own lead-image figure.
        assert.ok(article.lead_image, 'fixture has a lead image');
        const inBody = /<img/.test(article.content_html);
        const shown = await inRoot(page, (root) =>
          [...root.querySelectorAll('#reader-content img')].map((img) => ({
            src: /** @type {HTMLImageElement} */ (img).src,
            loaded: /** @type {HTMLImageElement} */ (img).complete && /** @type {HTMLImageElement} */ (img).naturalWidth > 0,
            lead: !!img.closest('figure.reader-lead-image'),
          })),
        );
        assert.ok(shown.length >= 1 && shown.every((i) => i.loaded), `${file}: images render ${JSON.stringify(shown)}`);
        assert.equal(shown.filter((i) => i.lead).length, inBody ? 0 : 1, 'a lead figure only when the body has no image');
        assert.equal(shown.filter((i) => i.src === article.lead_image).length <= 1, true, 'the lead image is not shown twice');
      }
      assert.notEqual(title.color, title.background);
      await page.close();
    }
    await resetSettings();
  });

  it('keeps executable markup out even if the content were not sanitised, and fixes heading levels', async () => {
    // The reader renders in the page's own origin: a sanitiser miss there would run as the page. The
    // reader's own second pass (reader/defuse.js) must hold even if the core let everything through, so this
    // mounts reader/reader.js directly, in the content script's world, with unsanitised content_html.
    const url = `${server.origin}/page/rich`;
    const article = {
      ...(await articleFor('rich', url)),
      title: 'Hostile content',
      content_html: [
        '<h1>Hostile content</h1>',
        '<h4 id="intro">Intro</h4><p>Safe paragraph with <a href="javascript:alert(1)">a bad link</a> and <a href="#intro">a same-page link</a>.</p>',
        '<img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>',
        '<iframe src="https://evil.example/"></iframe><object data="x"></object><form><input value="x"></form>',
        '<p style="position:fixed;inset:0" class="tool reader-bar" onclick="window.__pwned = 3">Styled</p>',
        '<svg><script>window.__pwned = 4</script></svg><h6>Deep</h6><p id="reader-title">Fake id</p>',
        // Raw-text elements: a serialiser writes their text unescaped (a saved file would re-parse it).
        '<xmp><img src=x onerror="window.__pwned = 5"></xmp><noembed><img src=x onerror="window.__pwned = 6"></noembed>',
        // A fragment that is not valid percent-encoding must not stop the reader.
        '<p>Growth of <a href="#100%">100%</a> this year.</p>',
        // An indented fence inside code must not close the Markdown fence around it.
        '<pre><code>before\n   ```\n&lt;img src=x onerror="window.__pwned = 7"&gt;</code></pre>',
        // Custom elements and customized built-ins: the page's registry would upgrade them once cloned in.
        '<x-widget id="custom">custom</x-widget><p is="x-para" id="customized">customized</p><math><mi>x</mi><mi is="x-m">y</mi></math>',
      ].join(''),
    };
    const { page } = await openReader('rich');
    await page.keyboard.press('Escape');
    await until(async () => !(await page.$(READER_HOST)), 'the reader to close');
    await inReader(
      page,
      async (state, given) => {
        const api = /** @type {any} */ (globalThis).chrome;
        const { mountReader } = await import(api.runtime.getURL('reader/reader.js')); // eslint-disable-line no-unsanitized/method
        const host = document.createElement('declutter-test-reader');
        const root = host.attachShadow({ mode: 'closed' });
        state.testRoot = root;
        state.testReader = await mountReader(root, { article: given.article, url: given.url, close() {} });
        document.body.replaceChildren(host);
      },
      { article, url },
    );
    await page.waitForTimeout(300);
    const exported = await inReader(page, async (state) => ({
      rawText: state.testRoot.querySelectorAll('#reader-content :is(xmp, noembed, noframes, plaintext)').length,
      custom: state.testRoot.querySelectorAll('#reader-content :is(x-widget, [is], #custom, #content-custom, #content-customized)').length,
      unreferred:
        state.testRoot.querySelectorAll('#reader-content img:not([referrerpolicy="no-referrer"])').length +
        state.testRoot.querySelectorAll('#reader-content a:not([rel~="noreferrer"])').length,
      html: await state.testReader.standaloneHtml(),
      markdown: await state.testReader.markdown(),
      // Whatever happens to the live reader's DOM, the saved file is written from the article.
      tampered: await (async () => {
        const added = document.createElement('p');
        added.textContent = 'TAMPERED IN THE LIVE DOM';
        state.testRoot.querySelector('#reader-content').append(added);
        const saved = await state.testReader.standaloneHtml();
        added.remove();
        return { saved: saved.includes('TAMPERED IN THE LIVE DOM'), hasBody: saved.includes('Safe paragraph with') };
      })(),
    }));
    assert.deepEqual(exported.tampered, { saved: false, hasBody: true }, 'the saved file is written from the sanitised article');
    assert.equal(exported.rawText, 0, 'raw-text elements dropped');
    assert.equal(exported.custom, 0, 'custom elements and is= elements dropped');
    assert.equal(exported.unreferred, 0, 'every image is fetched without a Referer, every link opened without one');
    assert.doesNotMatch(exported.html, /<img[^>]*onerror/i, 'the saved file has no live handler');
    assert.doesNotMatch(exported.html, /<(xmp|noembed|noframes|plaintext)\b/i, 'the saved file has no raw-text element');
    assert.match(exported.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/, 'the saved file carries a restrictive CSP');
    assert.ok(exported.markdown.includes('````\nbefore\n   ```\n<img'), `the code fence outlasts the indented one:\n${exported.markdown}`);
    const found = await inReader(page, (state) => {
      const root = /** @type {ShadowRoot} */ (state.testRoot);
      const content = /** @type {Element} */ (root.querySelector('#reader-content'));
      return {
        executable: content.querySelectorAll('script, iframe, object, form, input, svg, [onerror], [onclick], [style]').length,
        badHref: content.querySelectorAll('a[href^="javascript:"]').length,
        classes: content.querySelectorAll('[class]').length,
        ids: [...content.querySelectorAll('[id]')].map((el) => el.id),
        localLink: content.querySelector('a[href^="#"]')?.getAttribute('href'),
        headings: [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.tagName}:${h.textContent}`),
        titleIsHeadline: root.getElementById('reader-title')?.tagName,
      };
    });
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned ?? null), null, 'no injected script ran in the page');
    assert.equal(found.executable, 0);
    assert.equal(found.badHref, 0);
    assert.equal(found.classes, 0, 'page classes cannot pick up reader styles');
    assert.deepEqual(found.ids, ['content-intro', 'content-reader-title'], 'content ids are namespaced');
    assert.equal(await inReader(page, (state) => state.testRoot.querySelector('a[href="#100%"]')?.textContent), '100%', 'an undecodable fragment link is kept');
    assert.equal(found.localLink, '#content-intro', 'same-page links stay in the reader');
    assert.equal(found.titleIsHeadline, 'H1');
    assert.deepEqual(found.headings, ['H1:Hostile content', 'H2:Intro', 'H3:Deep'], 'one h1, then no skipped levels');

    // The same-article link scrolls to its target inside the reader; the page's URL is left alone.
    const hashBefore = await page.evaluate(() => location.hash);
    const box = await inReader(page, (state) => {
      const r = state.testRoot.querySelector('a[href="#content-intro"]').getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await until(() => inReader(page, (state) => state.testRoot.activeElement?.id === 'content-intro'), 'the link target focused', 3000);
    assert.equal(await page.evaluate(() => location.hash), hashBefore);
    await page.close();
  });

  it('speaks the browser language: Arabic UI right to left, French UI', async () => {
    for (const [locale, expected] of /** @type {const} */ ([
      ['ar', { dir: 'rtl', close: 'إغلاق عرض القراءة', month: 'مارس', removed: /^الكتل المحذوفة: \d+$/ }],
      ['fr', { dir: 'ltr', close: 'Quitter le mode lecture', month: 'mars', removed: /^\d+ blocs? retirés?$/ }],
    ])) {
      const localized = await launchChromium({ locale });
      try {
        const { page } = await openReader('rich', localized);
        const ui = await inRoot(page, (root) => {
          const top = /** @type {HTMLElement} */ (root.querySelector('.reader-root'));
          return {
            lang: top.lang,
            dir: top.dir,
            close: root.querySelector('#reader-close')?.getAttribute('aria-label'),
            toolbar: root.querySelector('#reader-toolbar')?.getAttribute('aria-label'),
            date: root.querySelector('#reader-date')?.textContent,
            removed: root.querySelector('#reader-removed')?.textContent,
            articleLang: root.querySelector('main')?.lang,
            articleDirection: getComputedStyle(/** @type {Element} */ (root.querySelector('main'))).direction,
            toolbarDirection: getComputedStyle(/** @type {Element} */ (root.querySelector('#reader-toolbar'))).direction,
            untranslated: [...root.querySelectorAll('[data-i18n]')].filter((el) => !el.textContent?.trim()).length,
          };
        });
        assert.equal(ui.lang, locale);
        assert.equal(ui.dir, expected.dir);
        assert.equal(ui.close, expected.close);
        assert.ok(ui.toolbar && ui.toolbar !== 'Reader settings and actions', `${locale}: toolbar name translated`);
        assert.ok(ui.date?.includes(expected.month), `${locale}: date ${ui.date}`);
        assert.match(ui.removed ?? '', expected.removed);
        assert.equal(ui.articleLang, 'en', 'the article keeps its own language');
        assert.equal(ui.articleDirection, 'ltr', 'an English article reads left to right in any UI');
        assert.equal(ui.toolbarDirection, expected.dir, 'controls follow the UI direction');
        assert.equal(ui.untranslated, 0);
        const violations = await axe(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
        if (locale === 'ar') await page.screenshot({ path: join(OUT, 'reader-ui-arabic.png') });
      } finally {
        await localized.close();
      }
    }
  });

  it('renders a long article in chunks that lay out only near the screen, and all of it is there', async () => {
    const { page, article } = await openReader(/** @type {any} */ ('long'));
    const paragraphs = String(article.text).split(/\n\s*\n/).filter((p) => p.startsWith('Paragraph '));
    assert.ok(paragraphs.length > 1000, `a long article (${paragraphs.length} paragraphs)`);
    const last = /** @type {string} */ (paragraphs.at(-1));
    // Shown from its first part; the rest follows in later tasks.
    const early = await inRoot(page, (root) => root.querySelectorAll('#reader-content .reader-chunk').length);
    assert.ok(early >= 1, 'the first part is shown');
    await inReader(page, (s) => s.reader.whenComplete());
    const state = await inRoot(page, (root, lastText) => {
      const content = /** @type {Element} */ (root.querySelector('#reader-content'));
      const chunks = [...content.querySelectorAll('.reader-chunk')];
      return {
        chunks: chunks.length,
        skipped: chunks.filter((c) => !c.firstElementChild?.checkVisibility({ contentVisibilityAuto: true })).length,
        hasLast: content.textContent.replace(/\s+/g, ' ').includes(lastText),
        paragraphs: content.querySelectorAll('p').length,
      };
    }, last);
    assert.ok(state.chunks > 10, `chunked (${state.chunks} chunks)`);
    assert.ok(state.skipped > state.chunks / 2, `most chunks are skipped off screen (${state.skipped}/${state.chunks})`);
    assert.ok(state.hasLast, 'the last paragraph is in the reader');
    assert.equal(state.paragraphs, paragraphs.length);
    // Scrolled to the end, the last paragraph is laid out and on screen. Chunks near the end lay out
    // when they come near the screen, and their real height replaces the estimate, so the end moves:
    // like a reader pressing End again, each check scrolls to the (new) end first. How far it moves
    // differs between browser versions; that it gets there does not.
    await waitInRoot(page, (root, lastText) => {
      const scroller = /** @type {Element} */ (root.querySelector('.reader-root'));
      scroller.scrollTop = scroller.scrollHeight;
      const p = [...root.querySelectorAll('#reader-content p')].at(-1);
      const r = p?.getBoundingClientRect();
      return p?.textContent?.replace(/\s+/g, ' ').includes(lastText) && r && r.height > 0 && r.bottom <= window.innerHeight && r.top >= 0;
      // Whether it gets there is the test, not how fast: a loaded CI machine lays chunks out slowly.
    }, last, 'the last paragraph on screen', 20000);
    const md = await inReader(page, (s) => s.reader.markdown());
    assert.ok(md.replace(/\s+/g, ' ').includes(last.slice(0, 60)), 'Markdown has the last paragraph');
    await page.close();
  });

  it('opens from the toolbar button over the page, and Esc / Alt+Shift+R inside it restore the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('rich'));
    const originalNav = await page.$$eval('nav a', (els) => els.length);
    assert.ok(originalNav > 0);
    for (const key of ['Escape', 'Alt+Shift+R']) {
      assert.equal(await clickToOpen(browser, page), 'reader');
      await readerReady(page);
      assert.equal(await text(page, '#reader-title'), 'Port city rebuilds its tram network, line by line');
      const body = await text(page, '#reader-content');
      assert.ok(body?.includes('The first rebuilt tram line opened on Thursday'));
      assert.ok(!body?.includes('Storm warning issued'), 'ticker text is gone');
      if (key === 'Escape') {
        // Copy and save work from the reader over the page.
        await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
        await page.evaluate(() => navigator.clipboard.writeText('before'));
        await readerClick(page, '#reader-copy-markdown');
        await waitInRoot(page, (root) => root.querySelector('#reader-toast.is-visible'));
        assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^# Port city rebuilds its tram network, line by line\n/);
        const [download] = await Promise.all([page.waitForEvent('download'), readerClick(page, '#reader-save-html')]);
        assert.equal(download.suggestedFilename(), 'Port city rebuilds its tram network, line by line.html');
        await focus(page, 'main');
      }
      // For Alt+Shift+R no click first: the reader takes keyboard focus when it opens.
      await page.keyboard.press(key);
      await page.waitForSelector(READER_HOST, { state: 'detached' });
      assert.equal(await page.$$eval('nav a', (els) => els.length), originalNav, `${key}: original page back`);
    }
    await page.close();
  });
});

