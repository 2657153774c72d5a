// Runs in: Node (node --test). The reader's keyboard, small-screen, print and read-aloud behaviour (issue
// 20) in headless Chromium with the unpacked dist/chrome: the skip link and the toolbar first in Tab order,
// the one-row toolbar and its "More" panel below 600 px, links printed as numbered notes (print media
// emulated), read aloud (speech events drive the highlight), and axe-core with 0 violations on the new
// controls in every theme.
//
// Read aloud and the test engine: headless Chromium on this kind of machine has no speech voices at all
// (speechSynthesis.getVoices() stays empty: no speech-dispatcher). The first read-aloud test runs the
// real, shipped path against that engine and checks the reader says there is no voice. The others put a
// scripted engine in place of `window.speechSynthesis` and `SpeechSynthesisUtterance`, in the content
// script's world only (the page never sees it): the reader's code is unchanged and calls it exactly as it
// calls the browser's; the test then fires the engine's events (start, boundary, end) one by one and
// checks what the reader highlights, scrolls to and speaks next.
/* global window, getComputedStyle, CSS, Event, EventTarget */

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { READER_HOST, ROOT, evaluateInContentWorld, inReader, openReader, readerClick, readerReady, serve, until } from './helpers.mjs';
import { extensionBuilt, launchChromium } from './reader-support.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const built = extensionBuilt();

const PARAGRAPHS = [
  'The night bus network returns on Friday. It was cut three years ago to save money. Riders asked for it at every council meeting since.',
  'The timetable is on the <a href="https://transit.example/night">transit site</a> and the route map on the <a href="https://maps.example/n1?line=1&amp;zoom=3">map page</a>. Fares stay the same.',
  'Four lines will run every thirty minutes between midnight and five in the morning. The busiest one crosses the river twice. Drivers were hired in the spring.',
  'Bar owners in the old town welcomed the news. "Our staff can finally get home safely," said one of them. Others want the buses to run every night of the week.',
  'The council will look at the numbers again next year. If the buses are full, more lines could follow. If they are empty, the service could be cut again.',
  'Students at the university asked for a stop near the campus. The transport office said it would study the request. A decision is expected in the autumn.',
  'The service costs about two million a year. Half of it comes from the regional budget. The rest is paid by the city and by ticket sales.',
  'Night workers at the hospital said the buses would change their lives. Many of them drive to work today because nothing else runs at that hour.',
  'Cyclists worry about buses on the narrow bridge. The council says the buses will use the wide bridge downstream instead. Work on its lanes starts next month.',
  'See the <a href="/city/transport">transport page</a> for the full list of stops and the times of the first and last buses on each line.',
];

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Night buses return to the old town | City Ledger</title>
<meta property="og:site_name" content="City Ledger"><meta property="article:published_time" content="2025-06-02">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Night buses return to the old town</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer><p>© City Ledger</p></footer></body></html>`;

/** @typedef {Awaited<ReturnType<typeof launchChromium>>} Browser */
/** @typedef {import('playwright-core').Page} Page */

/** @type {Browser} */
let browser;
/** @type {Awaited<ReturnType<typeof serve>>} */
let server;

/** Opens `path` in a new tab and the reader on it with the toolbar button. */
async function open(path = '/article', width = 1100) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${server.origin}${path}`);
  assert.equal(await openReader(browser, page), 'reader');
  await readerReady(page);
  return page;
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

/** The focused reader element: its id (or a short description), name and focus ring. */
function focused(/** @type {Page} */ page) {
  return inRoot(page, (root) => {
    const el = /** @type {HTMLElement | null} */ (root.activeElement);
    if (!el) return null;
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      key: el.id || el.getAttribute('data-theme-choice') || (el.getAttribute('data-step') ? `${el.getAttribute('data-step')}${el.getAttribute('data-direction')}` : el.tagName.toLowerCase()),
      name: el.getAttribute('aria-label') || el.closest('label')?.textContent?.trim() || el.textContent?.trim(),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight,
      inToolbar: Boolean(el.closest('#reader-toolbar')),
    };
  });
}

/** Runs axe-core over the page with the reader open (see reader.test.mjs: the closed root is handed to axe in the content script's world). */
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

/**
 * Puts a scripted speech engine in place of the browser's, in the content script's world of `page` only.
 * Its voices are `voices`; every utterance spoken is kept (`engine.spoken`), and the test fires the
 * current one's events with `fire(page, type, charIndex)`.
 * @param {Page} page
 * @param {Array<{name: string, lang: string, localService?: boolean}>} voices
 */
function installEngine(page, voices) {
  return inReader(page, (_state, list) => {
    class Utterance extends EventTarget {
      constructor(/** @type {string} */ text) {
        super();
        this.text = text;
        this.lang = '';
        this.rate = 1;
        /** @type {any} */
        this.voice = null;
      }
    }
    const engine = {
      voices: list.map((v) => ({ default: false, localService: true, voiceURI: `test:${v.name}`, ...v })),
      /** @type {Utterance[]} */
      spoken: [],
      /** @type {Utterance | null} */
      current: null,
      cancels: 0,
      speaking: false,
      getVoices() {
        return this.voices;
      },
      speak(/** @type {Utterance} */ u) {
        this.spoken.push(u);
        this.current = u;
        this.speaking = true;
      },
      cancel() {
        this.cancels++;
        const u = this.current;
        this.current = null;
        this.speaking = false;
        if (u) u.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: engine });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: Utterance });
    /** @type {any} */ (window).__testEngine = engine;
  }, voices);
}

/** Fires `type` (start, boundary, end) on the utterance being spoken. */
function fire(/** @type {Page} */ page, /** @type {string} */ type, charIndex = 0) {
  return inReader(page, (_state, [t, index]) => {
    const engine = /** @type {any} */ (window).__testEngine;
    const u = engine.current;
    if (!u) throw new Error(`no utterance to fire ${t} on`);
    if (t === 'end') {
      engine.current = null;
      engine.speaking = false;
    }
    u.dispatchEvent(Object.assign(new Event(t), { charIndex: index, name: 'word' }));
  }, [type, charIndex]);
}

/** What the scripted engine was asked to say, and what the reader highlights now. */
function speechState(/** @type {Page} */ page) {
  return inReader(page, (state) => {
    const engine = /** @type {any} */ (window).__testEngine;
    const highlight = CSS.highlights.get('declutter-speech');
    const range = highlight ? [...highlight][0] : null;
    const rect = range?.getBoundingClientRect();
    const bar = state.root.querySelector('#reader-bar').getBoundingClientRect();
    return {
      spoken: engine ? engine.spoken.map((/** @type {any} */ u) => ({ text: u.text, rate: u.rate, voice: u.voice?.name ?? null, lang: u.lang })) : [],
      current: engine?.current?.text ?? null,
      cancels: engine?.cancels ?? 0,
      highlighted: range ? range.toString() : null,
      inView: rect ? rect.top >= bar.bottom && rect.bottom <= window.innerHeight : null,
      player: !state.root.querySelector('#reader-speech').hidden,
      status: state.root.querySelector('#reader-speech-status').textContent,
      pressed: state.root.querySelector('#reader-speak').getAttribute('aria-pressed'),
      paused: state.root.querySelector('#reader-speech-pause').classList.contains('is-paused'),
      rate: state.root.querySelector('#reader-speech-rate').value,
      voice: state.root.querySelector('#reader-speech-voice').value,
      voiceOptions: [...state.root.querySelectorAll('#reader-speech-voice option')].map((o) => o.textContent),
    };
  });
}

describe('reader: keyboard, small screens, print, read aloud (issue 20)', { skip: !built }, () => {
  before(async () => {
    server = await serve({
      routes: {
        '/article': { body: ARTICLE },
        '/arabic': { body: readFileSync(join(ROOT, 'tests/e2e/fixtures/reader-arabic.html'), 'utf8') },
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Tab goes to the skip link, then every toolbar control, then the article; each is named and shows a ring', async () => {
    const page = await open();
    // The reader has focus as it opens: the first Tab is the skip link, on screen while focused.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    assert.equal(skip?.key, 'reader-skip');
    assert.ok(skip?.onScreen && skip.ring, 'the skip link shows when focused');
    const expected = await inRoot(page, (root) =>
      [...root.querySelectorAll('#reader-toolbar :is(button, select, a[href])')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => el.id || el.getAttribute('data-theme-choice') || `${el.getAttribute('data-step')}${el.getAttribute('data-direction')}`),
    );
    assert.equal(expected[0], 'reader-close');
    assert.ok(!expected.includes('reader-more'), 'no "More" button on a wide screen');
    const reached = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      assert.ok(now?.inToolbar, `Tab ${i + 2} is in the toolbar (${now?.key})`);
      assert.ok(now.name, `${now.key} has a name`);
      assert.ok(now.ring, `${now.key} shows a focus ring`);
      reached.push(now.key);
    }
    assert.deepEqual(reached, expected, 'the toolbar, in order, right after the skip link');
    await page.keyboard.press('Tab');
    const next = await focused(page);
    assert.ok(next && !next.inToolbar && next.key !== 'reader-skip', `after the toolbar comes the article (${next?.key})`);

    // The skip link takes focus to the article.
    await inRoot(page, (root) => /** @type {HTMLElement} */ (root.querySelector('.reader-root')).focus());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page))?.key, 'declutter-reader');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page))?.key, 'reader-original', 'then Tab goes on in the article (its header first)');
    await page.close();
  });

  it('below 600 px the toolbar is one row; "More" opens the other controls, Esc closes it', async () => {
    const page = await open('/article', 390);
    const row = await inRoot(page, (root) => {
      const shown = [...root.querySelectorAll('#reader-toolbar :is(button, select, a[href])')].filter((el) => el.getClientRects().length > 0);
      const bar = /** @type {HTMLElement} */ (root.querySelector('#reader-toolbar')).getBoundingClientRect();
      return { ids: shown.map((el) => el.id), tops: [...new Set(shown.map((el) => Math.round(el.getBoundingClientRect().top)))], height: bar.height };
    });
    assert.deepEqual(row.ids, ['reader-close', 'reader-speak', 'reader-more']);
    assert.equal(row.tops.length, 1, 'one row');
    assert.ok(row.height < 60, `the toolbar is one row high (${row.height}px)`);

    // Keyboard: skip link, close, read aloud, More; Enter opens the panel, whose controls come next.
    await page.keyboard.press('Tab');
    for (const id of ['reader-close', 'reader-speak', 'reader-more']) {
      await page.keyboard.press('Tab');
      assert.equal((await focused(page))?.key, id);
    }
    await page.keyboard.press('Enter');
    const panel = await inRoot(page, (root) => {
      const menu = /** @type {HTMLElement} */ (root.querySelector('#reader-more-menu'));
      const r = menu.getBoundingClientRect();
      return {
        expanded: root.querySelector('#reader-more')?.getAttribute('aria-expanded'),
        shown: [...menu.querySelectorAll('button, select, a[href]')].filter((el) => el.getClientRects().length > 0).length,
        inViewport: r.left >= 0 && r.right <= window.innerWidth,
      };
    });
    assert.equal(panel.expanded, 'true');
    assert.ok(panel.shown >= 10, `the panel shows the other controls (${panel.shown})`);
    assert.ok(panel.inViewport, 'the panel fits the screen');
    assert.deepEqual(await axe(page), [], 'axe: the open panel');
    for (const theme of ['light', 'sepia', 'dark']) {
      await page.keyboard.press('Tab');
      assert.equal((await focused(page))?.key, theme, 'Tab goes from "More" into the panel (first: the themes)');
    }
    await page.keyboard.press('Enter');
    assert.equal(await inRoot(page, (root) => /** @type {HTMLElement} */ (root.querySelector('.reader-root')).dataset.theme), 'dark');
    // Esc closes the panel (not the reader) and gives focus back to "More".
    await page.keyboard.press('Escape');
    assert.ok(await page.$(READER_HOST), 'the reader is still open');
    assert.equal(await inRoot(page, (root) => root.querySelector('#reader-more')?.getAttribute('aria-expanded')), 'false');
    assert.equal((await focused(page))?.key, 'reader-more');
    // A click inside the panel keeps it open; a click elsewhere closes it.
    await readerClick(page, '#reader-more');
    await readerClick(page, '[data-theme-choice=sepia]');
    assert.equal(await inRoot(page, (root) => root.querySelector('#reader-more')?.getAttribute('aria-expanded')), 'true');
    assert.equal(await inRoot(page, (root) => /** @type {HTMLElement} */ (root.querySelector('.reader-root')).dataset.theme), 'sepia');
    // (A paragraph mid-screen: the open panel covers the top of the article.)
    await readerClick(page, '#reader-content p:nth-of-type(3)');
    assert.equal(await inRoot(page, (root) => root.querySelector('#reader-more')?.getAttribute('aria-expanded')), 'false');
    // Then Esc closes the reader, as ever.
    await page.keyboard.press('Escape');
    await page.waitForSelector(READER_HOST, { state: 'detached' });
    await browser.worker.evaluate(() => /** @type {any} */ (globalThis).chrome.storage.sync.clear());
    await page.close();
  });

  it('prints links as numbered notes at the end, never their address inline', async () => {
    const page = await open();
    await page.emulateMedia({ media: 'print' });
    const printed = await inRoot(page, (root) => {
      const links = [...root.querySelectorAll('#reader-content a[href^="http"]')];
      const notes = /** @type {HTMLElement} */ (root.querySelector('#reader-print-links'));
      return {
        hrefs: links.map((a) => a.getAttribute('href')),
        after: links.map((a) => getComputedStyle(a, '::after').content),
        notes: [...notes.querySelectorAll('li')].map((li) => li.textContent),
        notesShown: getComputedStyle(notes).display !== 'none',
        heading: notes.querySelector('.reader-print-links-title')?.textContent,
        bar: getComputedStyle(/** @type {Element} */ (root.querySelector('#reader-bar'))).display,
      };
    });
    assert.equal(printed.hrefs.length, 3, 'two links out of the site, one on it (made absolute)');
    for (const content of printed.after) {
      assert.doesNotMatch(content, /attr\(href\)|https?:/, 'no address inline');
      assert.match(content, /counter\(reader-link\)/, 'a note number instead');
    }
    assert.deepEqual(printed.notes, printed.hrefs, 'the notes list every link, in order');
    assert.ok(printed.notesShown);
    assert.equal(printed.heading, 'Links');
    assert.equal(printed.bar, 'none');
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await inRoot(page, (root) => getComputedStyle(/** @type {Element} */ (root.querySelector('#reader-print-links'))).display), 'none', 'the notes are for paper only');
    const pdf = await page.pdf();
    assert.ok(pdf.length > 5000);
    await page.close();
  });

  it('read aloud with the browser engine: no voice here, and the reader says so', async () => {
    const page = await open();
    const voices = await page.evaluate(() => window.speechSynthesis.getVoices().length);
    await page.keyboard.press('p');
    await until(() => inRoot(page, (root) => root.querySelector('#reader-speech-status')?.textContent), 'a read-aloud status', 5000);
    const shown = await speechState(page);
    assert.ok(shown.player, 'the player opens');
    assert.equal(shown.pressed, 'true');
    if (voices === 0) assert.equal(shown.status, 'This browser has no voice to read aloud with.');
    console.log(`# speechSynthesis voices in this browser: ${voices}`);
    await page.keyboard.press('x');
    assert.equal((await speechState(page)).player, false, 'X closes the player');
    await page.close();
  });

  it('read aloud: speech events drive the highlight, reading goes on block to block, keys, speed, pause, stop', async () => {
    const page = await open();
    await installEngine(page, [{ name: 'Test English', lang: 'en-US' }, { name: 'Test French', lang: 'fr-FR' }]);
    await readerClick(page, '#reader-speak');
    await until(async () => (await speechState(page)).spoken.length === 1, 'the first utterance');
    let s = await speechState(page);
    assert.deepEqual(s.spoken[0], { text: 'Night buses return to the old town', rate: 1, voice: 'Test English', lang: 'en' });
    assert.equal(s.voice, 'test:Test English');
    assert.equal(s.voiceOptions[0], 'Test English (en-US)', "the article's language first");
    await fire(page, 'start');
    assert.equal((await speechState(page)).highlighted, 'Night buses return to the old town');
    // The headline ends: the first paragraph, from its first sentence, as one utterance.
    await fire(page, 'end');
    s = await speechState(page);
    assert.equal(s.current, PARAGRAPHS[0]);
    await fire(page, 'start');
    assert.equal((await speechState(page)).highlighted, 'The night bus network returns on Friday.');
    // Word boundaries move the highlight to the sentence they fall in.
    await fire(page, 'boundary', PARAGRAPHS[0].indexOf('three'));
    assert.equal((await speechState(page)).highlighted, 'It was cut three years ago to save money.');
    await fire(page, 'boundary', PARAGRAPHS[0].indexOf('Riders'));
    assert.equal((await speechState(page)).highlighted, 'Riders asked for it at every council meeting since.');

    // Pause (button) keeps the place; P resumes from the sentence being read.
    await readerClick(page, '#reader-speech-pause');
    s = await speechState(page);
    assert.ok(s.paused);
    assert.equal(s.current, null, 'pausing silenced the engine');
    await page.keyboard.press('p');
    s = await speechState(page);
    assert.equal(s.current, 'Riders asked for it at every council meeting since.');
    assert.ok(!s.paused);
    // ] is faster: the sentence starts again at the new speed, which is kept.
    await fire(page, 'start');
    await page.keyboard.press(']');
    s = await speechState(page);
    assert.equal(s.rate, '1.25');
    assert.deepEqual(s.spoken.at(-1), { text: 'Riders asked for it at every council meeting since.', rate: 1.25, voice: 'Test English', lang: 'en' });
    const saved = await browser.worker.evaluate(async () => (await /** @type {any} */ (globalThis).chrome.storage.sync.get('speechSettings')).speechSettings);
    assert.equal(saved?.rate, 1.25);

    // Across paragraphs, keeping the sentence in view: far down the article, the highlight is on screen.
    for (let block = 1; block < 8; block++) {
      await fire(page, 'end');
      await fire(page, 'start');
    }
    s = await speechState(page);
    assert.equal(s.highlighted, PARAGRAPHS[7].split('. ')[0] + '.');
    await until(async () => (await speechState(page)).inView, 'the sentence scrolled into view', 5000);

    // X stops: silence, no highlight, the player closes.
    const cancels = (await speechState(page)).cancels;
    await page.keyboard.press('x');
    s = await speechState(page);
    assert.ok(s.cancels > cancels);
    assert.equal(s.current, null);
    assert.equal(s.highlighted, null);
    assert.equal(s.player, false);
    assert.equal(s.pressed, 'false');

    // An engine that sends no boundary events: after 1.5 s without one, a block of several sentences is
    // read one sentence per utterance, each highlighted as it starts. (Read from the top again.)
    await inRoot(page, (root) => {
      /** @type {HTMLElement} */ (root.querySelector('.reader-root')).scrollTop = 0;
    });
    await page.keyboard.press('p');
    await until(async () => (await speechState(page)).current === 'Night buses return to the old town', 'reading from the top', 3000);
    await fire(page, 'start');
    await fire(page, 'end');
    await fire(page, 'start');
    assert.equal((await speechState(page)).current, PARAGRAPHS[0]);
    await until(async () => (await speechState(page)).current === 'The night bus network returns on Friday.', 'per-sentence utterances', 5000);
    await fire(page, 'start');
    assert.equal((await speechState(page)).highlighted, 'The night bus network returns on Friday.');
    await fire(page, 'end');
    assert.equal((await speechState(page)).current, 'It was cut three years ago to save money.');
    await fire(page, 'start');
    assert.equal((await speechState(page)).highlighted, 'It was cut three years ago to save money.');
    await page.keyboard.press('x');

    // Closing the reader while it reads stops the voice.
    await page.keyboard.press('p');
    await until(async () => (await speechState(page)).current, 'reading again', 3000);
    const before = (await speechState(page)).cancels;
    await page.keyboard.press('Escape');
    await page.waitForSelector(READER_HOST, { state: 'detached' });
    const after = await inReader(page, () => /** @type {any} */ (window).__testEngine);
    assert.ok(after.cancels > before && after.current === null, 'the engine was silenced when the reader closed');
    await browser.worker.evaluate(() => /** @type {any} */ (globalThis).chrome.storage.sync.clear());
    await page.close();
  });

  it('read aloud: no voice for the article language is said; choosing another voice starts reading', async () => {
    const page = await open('/arabic');
    await installEngine(page, [{ name: 'Test English', lang: 'en-US' }]);
    await readerClick(page, '#reader-speak');
    await until(async () => (await speechState(page)).status, 'the status', 5000);
    let s = await speechState(page);
    assert.equal(s.status, 'No voice for Arabic is installed on this device. Choose another voice to read anyway.');
    assert.equal(s.spoken.length, 0, 'nothing is read in a wrong-language voice unasked');
    assert.equal(s.voiceOptions[0], 'No Arabic voice');
    assert.deepEqual(await axe(page), [], 'axe: the player with its status');
    await inRoot(page, (root) => {
      const select = /** @type {HTMLSelectElement} */ (root.querySelector('#reader-speech-voice'));
      select.value = 'test:Test English';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    s = await speechState(page);
    assert.equal(s.spoken.length, 1, 'reading starts with the chosen voice, without a second press');
    assert.equal(s.paused, false);
    assert.equal(s.status, '', 'the "no voice" message is gone');
    assert.equal(s.spoken[0].voice, 'Test English');
    assert.equal(s.spoken[0].lang, 'ar');
    // In the voice list, letters choose a voice: P there is not play/pause.
    await inRoot(page, (root) => /** @type {HTMLElement} */ (root.querySelector('#reader-speech-voice')).focus());
    await page.keyboard.press('p');
    s = await speechState(page);
    assert.equal(s.paused, false, 'P in the voice list did not pause');
    assert.equal(s.spoken.length, 1);
    await page.keyboard.press('x');
    await browser.worker.evaluate(() => /** @type {any} */ (globalThis).chrome.storage.sync.clear());
    await page.close();
  });

  for (const theme of /** @type {const} */ (['light', 'sepia', 'dark', 'auto'])) {
    it(`axe-core: 0 violations with the new controls in use (${theme} theme)`, async () => {
      const page = await open();
      await installEngine(page, [{ name: 'Test English', lang: 'en-US' }]);
      await readerClick(page, `[data-theme-choice=${theme}]`);
      await readerClick(page, '#reader-speak');
      await until(async () => (await speechState(page)).current, 'reading', 3000);
      await fire(page, 'end');
      await fire(page, 'start');
      // The player comes right after the toolbar in Tab order.
      let key = '';
      for (let i = 0; i < 20 && key !== 'reader-speech-pause'; i++) {
        await page.keyboard.press('Tab');
        key = (await focused(page))?.key ?? '';
        if (key === 'reader-original') break;
      }
      assert.equal(key, 'reader-speech-pause', 'the player follows the toolbar in Tab order');
      const violations = await axe(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      await page.keyboard.press('x');
      await browser.worker.evaluate(() => /** @type {any} */ (globalThis).chrome.storage.sync.clear());
      await page.close();
    });
  }
});
