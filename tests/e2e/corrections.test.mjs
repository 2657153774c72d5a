// Runs in: Node (node --test). The reader's corrections as one reader (issue 19 with issue 20's toolbar),
// in headless Chromium with the unpacked dist/chrome: "Take out blocks" is a toolbar toggle (in the "More"
// panel below 600 px), reached by Tab and labelled like the other controls, with a hint and a "Done"
// button under the toolbar while it is on (Esc ends it too); axe-core finds 0 violations with it on in
// every theme; and the Markdown copy and the saved HTML file export what the reader shows: a taken-out
// block is not exported, a put-back block is, in place (also in a long article shown in chunks).
/* global getComputedStyle */

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { READER_HOST, ROOT, evaluateInContentWorld, inReader, openReader, readerClick, readerReady, serve, shot, squash, until } from './helpers.mjs';
import { extensionBuilt, launchChromium } from './reader-support.mjs';
import { syntheticPage } from '../../bench/page.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const built = extensionBuilt();
const SITE = join(ROOT, 'tests/sites/riverbend-gazette');
const PAGES = [1, 2, 3, 4].map((n) => readFileSync(join(SITE, `page-${n}.html`), 'utf8'));
const MEMBER = 'Become a member today for as little as $5 a month';
const NEWSLETTER = 'sign up for our free newsletter';
const TAKEN = 'Parking on the square will be closed from six in the morning.';

/** @typedef {Awaited<ReturnType<typeof launchChromium>>} Browser */
/** @typedef {import('playwright-core').Page} Page */

/** @type {Browser} */
let browser;
/** @type {Awaited<ReturnType<typeof serve>>} */
let server;

/** Opens `path` in a new tab at `width` px and the reader on it with the toolbar button. */
async function open(/** @type {string} */ path, width = 1100) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  // No transitions (the reader honours reduced motion): axe measures each theme's settled colours,
  // not a background still fading from the last theme on a loaded machine.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.origin}${path}`);
  assert.equal(await openReader(browser, page), 'reader', path);
  await readerReady(page);
  return page;
}

/** The focused reader element: id (or tag), accessible name, whether it shows a ring and sits in the toolbar. */
function focused(/** @type {Page} */ page) {
  return inReader(page, (state) => {
    const el = /** @type {HTMLElement | null} */ (state.root.activeElement);
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      key: el.id || el.getAttribute('data-theme-choice') || el.tagName.toLowerCase(),
      name: el.getAttribute('aria-label') || el.textContent?.trim(),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      inToolbar: Boolean(el.closest('#reader-toolbar')),
      text: el.textContent?.trim().slice(0, 60) ?? '',
    };
  });
}

/** The take-out toggle, its strip and what is takeable. */
function takeOutState(/** @type {Page} */ page) {
  return inReader(page, (state) => {
    const button = state.root.querySelector('#reader-take-out');
    const strip = state.root.querySelector('#reader-taking');
    return {
      inToolbar: Boolean(button.closest('#reader-toolbar')),
      shown: button.getClientRects().length > 0,
      pressed: button.getAttribute('aria-pressed'),
      name: button.getAttribute('aria-label'),
      title: button.getAttribute('title'),
      strip: !strip.hidden && strip.getClientRects().length > 0,
      hint: state.root.querySelector('#reader-take-out-hint').textContent,
      done: state.root.querySelector('#reader-take-out-done').textContent,
      takeable: state.root.querySelectorAll('#reader-content [data-declutter-takeable]').length,
      inFooter: Boolean(state.root.querySelector('#reader-footer button:not(.removed-put-back):not(#reader-removed)')),
    };
  });
}

/** axe-core over the page with the reader open (the closed root handed to axe in the content script's world). */
async function axe(/** @type {Page} */ page) {
  await evaluateInContentWorld(page, `${AXE_SOURCE};0`);
  return evaluateInContentWorld(
    page,
    `(async () => {
      const state = window[Symbol.for('declutter.content-state')];
      Object.defineProperty(state.root.host, 'shadowRoot', { configurable: true, get: () => state.root });
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary) }));
    })()`,
  );
}

/** Marks the first article block whose text starts with `start` for readerClick; returns its selector. */
async function mark(/** @type {Page} */ page, /** @type {string} */ start, /** @type {string} */ name) {
  const found = await inReader(
    page,
    (state, [s, n]) => {
      const el = [...state.root.querySelectorAll('#reader-content :is(p, li)')].find((p) => p.textContent.trim().startsWith(s));
      el?.setAttribute('data-e2e', n);
      return Boolean(el);
    },
    [start, name],
  );
  assert.ok(found, `no block starting ${start}`);
  return `#reader-content [data-e2e="${name}"]`;
}

/** What the exports give: the Markdown and the saved file's article text, as lines, and the file's marks. */
function exported(/** @type {Page} */ page) {
  return inReader(page, async (state) => {
    const markdown = await state.reader.markdown();
    const html = await state.reader.standaloneHtml();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return {
      markdown,
      saved: [...doc.querySelectorAll('#reader-content :is(p, li)')].map((p) => p.textContent.replace(/\s+/g, ' ').trim()),
      marks: doc.querySelectorAll('[data-declutter-block], [data-declutter-put-back], [data-declutter-fingerprint], [data-declutter-takeable]').length,
      shown: [...state.root.querySelectorAll('#reader-content :is(p, li)')].map((p) => p.textContent.replace(/\s+/g, ' ').trim()),
    };
  });
}

describe('corrections in the toolbar, and exports that follow them', { skip: !built }, () => {
  before(async () => {
    /** @type {Record<string, { body: string }>} */
    const routes = { '/long': { body: syntheticPage(400_000) } };
    PAGES.forEach((html, i) => (routes[`/news/story-${i + 1}.html`] = { body: html }));
    server = await serve({ routes });
    browser = await launchChromium();
    // Two pages of the site first: from the third on, the site's repeated blocks are removed (put-back-able).
    for (const n of [1, 2]) {
      const page = await open(`/news/story-${n}.html`);
      await page.close();
    }
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('"Take out blocks" is a toolbar control: Tab reaches it, it is named, and a strip says how while it is on', async () => {
    const page = await open('/news/story-3.html');
    let s = await takeOutState(page);
    assert.deepEqual(
      { inToolbar: s.inToolbar, shown: s.shown, pressed: s.pressed, name: s.name, strip: s.strip, inFooter: s.inFooter },
      { inToolbar: true, shown: true, pressed: 'false', name: 'Take out blocks', strip: false, inFooter: false },
    );
    assert.equal(s.title, 'Take out blocks of this article (remembered for this site)');
    // Keyboard: Tab from the reader's focus goes through the toolbar to it; Enter turns it on.
    let key = '';
    for (let i = 0; i < 30 && key !== 'reader-take-out'; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      key = now?.key ?? '';
      if (key === 'reader-take-out') assert.ok(now?.inToolbar && now.ring, 'in the toolbar, with a focus ring');
    }
    assert.equal(key, 'reader-take-out', 'Tab reaches "Take out blocks"');
    await page.keyboard.press('Enter');
    s = await takeOutState(page);
    assert.equal(s.pressed, 'true');
    assert.ok(s.strip, 'the hint strip shows under the toolbar');
    assert.match(s.hint, /^Click a block, or move to it with Tab/);
    assert.equal(s.done, 'Done');
    assert.ok(s.takeable >= 5, `the article's blocks are takeable (${s.takeable})`);
    await shot(page, 'corrections-taking-light');
    for (const theme of ['light', 'sepia', 'dark', 'auto']) {
      await readerClick(page, `[data-theme-choice=${theme}]`);
      const violations = await axe(page);
      assert.deepEqual(violations, [], `axe, ${theme} theme, take-out on: ${JSON.stringify(violations, null, 2)}`);
    }
    await shot(page, 'corrections-taking-auto');
    // Esc ends take-out mode (not the reader) and focus stays on the toggle.
    await readerClick(page, '#reader-take-out');
    await readerClick(page, '#reader-take-out');
    await page.keyboard.press('Escape');
    s = await takeOutState(page);
    assert.equal(s.pressed, 'false');
    assert.equal(s.strip, false);
    assert.equal(s.takeable, 0);
    assert.ok(await page.$(READER_HOST), 'Esc ended take-out mode, the reader is still open');
    assert.equal((await focused(page))?.key, 'reader-take-out');
    await page.keyboard.press('Escape');
    await page.waitForSelector(READER_HOST, { state: 'detached' });
    await browser.worker.evaluate(() => /** @type {any} */ (globalThis).chrome.storage.sync.clear());
    await page.close();
  });

  it('below 600 px it is in the "More" panel; choosing it closes the panel and moves focus to "Done"', async () => {
    const page = await open('/news/story-3.html', 390);
    assert.equal((await takeOutState(page)).shown, false, 'not in the one-row toolbar');
    await readerClick(page, '#reader-more');
    assert.equal((await takeOutState(page)).shown, true, 'in the panel');
    await inReader(page, (state) => state.root.querySelector('#reader-take-out').focus());
    await page.keyboard.press('Enter');
    const s = await takeOutState(page);
    assert.equal(s.pressed, 'true');
    assert.ok(s.strip);
    assert.equal(await inReader(page, (state) => state.root.querySelector('#reader-more').getAttribute('aria-expanded')), 'false', 'the panel closed');
    assert.equal((await focused(page))?.key, 'reader-take-out-done');
    await shot(page, 'corrections-taking-390');
    // Tab goes on to the article's blocks (past the header's link to the original).
    let now = null;
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      now = await focused(page);
      if (now?.text.startsWith('The')) break;
    }
    assert.ok(now?.text && now.key === 'p', `Tab reaches an article block (${JSON.stringify(now)})`);
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    // Done ends it; focus goes back to "More" (the toggle is in the closed panel).
    await readerClick(page, '#reader-take-out-done');
    assert.equal((await takeOutState(page)).pressed, 'false');
    await page.close();
  });

  it('Markdown and the saved file export what the reader shows: taken out is left out, put back is in place', async () => {
    const page = await open('/news/story-4.html');
    let out = await exported(page);
    assert.ok(!out.markdown.includes(MEMBER) && !out.saved.some((p) => p.includes(MEMBER)), 'a removed block is not exported');
    // Put the membership pitch back from the list, and take a paragraph out.
    await readerClick(page, '#reader-removed');
    await inReader(page, (state, member) => {
      const li = [...state.root.querySelectorAll('#reader-removed-list li')].find((l) => l.textContent.includes(member.slice(0, 30)));
      li?.querySelector('.removed-put-back')?.setAttribute('data-e2e', 'put-back');
    }, MEMBER);
    await readerClick(page, '[data-e2e="put-back"]');
    await until(async () => squash(await inReader(page, (state) => state.root.querySelector('#reader-content').textContent)).includes(MEMBER), 'put back');
    await readerClick(page, '#reader-take-out');
    await readerClick(page, await mark(page, TAKEN, 'taken'));
    await until(async () => !squash(await inReader(page, (state) => state.root.querySelector('#reader-content').textContent)).includes(TAKEN), 'taken out');
    await page.keyboard.press('Escape');

    out = await exported(page);
    assert.deepEqual(out.saved, out.shown, 'the saved file has the blocks the reader shows, in its order');
    assert.ok(out.saved.some((p) => p.includes(MEMBER)), 'the put-back block is saved');
    assert.ok(!out.saved.some((p) => p.includes(TAKEN)), 'the taken-out block is not saved');
    assert.ok(!out.saved.some((p) => p.includes(NEWSLETTER)), 'a block still removed is not saved');
    assert.equal(out.marks, 0, "the reader's marks stay out of the saved file");
    const lines = out.markdown.split('\n\n').map(squash);
    const member = lines.findIndex((l) => l.includes('reader-supported'));
    assert.ok(member > 0, `the put-back block is in the Markdown:\n${out.markdown}`);
    assert.ok(lines[member - 1]?.startsWith('New this year are'), `in place, after the paragraph before it: ${lines[member - 1]}`);
    assert.ok(lines[member + 1]?.startsWith('The market association'), `and before the one after it (the one between taken out): ${lines[member + 1]}`);
    assert.ok(!out.markdown.includes(TAKEN), 'the taken-out block is not in the Markdown');
    await page.close();
  });

  it('a long article shown in chunks: a block taken out of a later part is not exported', async () => {
    const page = await open('/long');
    await inReader(page, (state) => state.reader.whenComplete());
    const chunks = await inReader(page, (state) => state.root.querySelectorAll('#reader-content .reader-chunk').length);
    assert.ok(chunks > 2, `shown in chunks (${chunks})`);
    await readerClick(page, '#reader-take-out');
    await readerClick(page, await mark(page, 'Paragraph 150 of the story', 'late'));
    await until(async () => !(await inReader(page, (state) => state.root.querySelector('#reader-content').textContent.includes('Paragraph 150 of'))), 'taken out');
    const out = await exported(page);
    assert.ok(!out.markdown.includes('Paragraph 150 of'), 'not in the Markdown');
    assert.ok(out.markdown.includes('Paragraph 149 of') && out.markdown.includes('Paragraph 151 of'), 'its neighbours are');
    assert.deepEqual(out.saved, out.shown, 'the saved file has what the reader shows');
    await page.close();
  });
});
