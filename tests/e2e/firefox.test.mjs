// Runs in: Node (node --test). The Firefox build: Mozilla's `web-ext lint` on dist/firefox reports no
// errors, and a smoke test in headless firefox-esr driven over WebDriver (geckodriver) installs the
// add-on (and the stand-in dictionary add-on of tests/e2e/fixtures), clicks the toolbar button, sees
// the reader view in its closed shadow root (WebDriver's "get element shadow root" reaches closed
// roots; page scripts cannot), switches the theme, double-clicks a word that the dictionary add-on
// then reads, and leaves with Esc.
//
// How the toolbar button is clicked: geckodriver --allow-system-access lets a script run in Firefox's
// chrome context, where ExtensionParent's `browserActionFor(extension).triggerAction(window)` does
// what a real click does (it grants activeTab and fires action.onClicked). Never skipped: a missing
// firefox-esr or geckodriver fails the test (./build.sh setup installs both). Prints the versions.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXT_FIREFOX, OUT, ROOT, extensionBuilt, startServer } from './reader-support.mjs';
import { DICTIONARY_EXTENSION, READER_HOST } from './helpers.mjs';
import { FIREFOX, GECKODRIVER, startFirefox } from './webdriver.mjs';

const run = promisify(execFile);

const built = extensionBuilt(EXT_FIREFOX);

/** Why the Firefox smoke test cannot run here, or '' when it can: a failure, never a skip. */
const missing = !built
  ? `no built extension in ${EXT_FIREFOX} (run ./build.sh first)`
  : !FIREFOX
    ? 'firefox-esr is not installed (./build.sh setup installs it)'
    : !GECKODRIVER
      ? 'geckodriver is not installed (./build.sh setup installs it: cargo install geckodriver --locked)'
      : '';

describe('Firefox build', () => {
  it('passes web-ext lint with no errors', { skip: built ? false : `no built extension in ${EXT_FIREFOX}` }, async () => {
    const bin = join(ROOT, 'node_modules/.bin/web-ext');
    let stdout = '';
    try {
      ({ stdout } = await run(bin, ['lint', '--source-dir', EXT_FIREFOX, '--output', 'json', '--no-config-discovery'], {
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      }));
    } catch (error) {
      // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
      stdout = /** @type {any} */ (error).stdout ?? '';
      if (!stdout) throw error;
    }
    const report = JSON.parse(stdout);
    for (const warning of report.warnings) console.log(`# web-ext lint warning: ${warning.code} ${warning.file ?? ''}: ${warning.message}`);
    assert.deepEqual(
      report.errors.map((/** @type {any} */ e) => `${e.code} ${e.file ?? ''}: ${e.message}`),
      [],
      'web-ext lint errors',
    );
    assert.equal(report.summary.errors, 0);
  });
});

describe('Firefox smoke test (headless firefox-esr, geckodriver)', () => {
  /** @type {import('./webdriver.mjs').WebDriver} */
  let driver;
  let closeFirefox = async () => {};
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  let driverLog = '';

  before(async () => {
    if (missing) throw new Error(`the Firefox smoke test cannot run: ${missing}`);
    server = await startServer();
    // The prompt Firefox shows for permissions.request() is browser UI no WebDriver command can
    // answer: with this pref, a request made from a user's input is granted without it (the
    // always-open test; the request path itself, user input included, is unchanged).
    const prefs = { 'intl.locale.requested': 'en-US', 'extensions.webextOptionalPermissionPrompts': false };
    let firefox;
    try {
      firefox = await startFirefox({ prefs, onOutput: (chunk) => (driverLog = (driverLog + chunk).slice(-4000)) });
    } catch (error) {
      throw new Error(`${error}\n${driverLog}`, { cause: error });
    }
    driver = firefox.driver;
    closeFirefox = firefox.close;
    console.log(`browser: ${firefox.version}`);
  });

  after(async () => {
    await closeFirefox();
    await server?.close();
  });

  let addonId = '';

  /** Clicks Declutter's toolbar button in the current window, from the browser's chrome context. */
  async function clickToolbarButton() {
    await driver.clickToolbarButton(addonId);
  }

  it('clicks the toolbar button, shows the reader view, applies a theme, another add-on reads its text, Esc restores the page', async () => {
    addonId = await driver.cmd('POST', '/moz/addon/install', { path: EXT_FIREFOX, temporary: true });
    assert.equal(addonId, 'declutter@example.org');
    await driver.cmd('POST', '/moz/addon/install', { path: DICTIONARY_EXTENSION, temporary: true });
    await driver.cmd('POST', '/url', { url: server.url('rich') });
    const navLinks = await driver.exec('return document.querySelectorAll("nav a").length');
    assert.ok(navLinks > 0);
    await driver.exec('document.body.dataset.marker = "original"; return true');
    await clickToolbarButton();

    await driver.waitFor(`return !!document.querySelector("${READER_HOST}")`);
    // The page sees the host and nothing inside it.
    assert.equal(await driver.exec(`return document.querySelector("${READER_HOST}").shadowRoot`), null);
    assert.equal(await driver.exec('return document.body.textContent.includes("first rebuilt tram line")'), false);
    const shadow = await driver.shadowOf(READER_HOST);
    const title = await driver.textIn(shadow, '#reader-title');
    assert.equal(title, 'Port city rebuilds its tram network, line by line');
    const body = await driver.textIn(shadow, '#reader-content');
    assert.ok(body.includes('The first rebuilt tram line opened on Thursday'));
    assert.ok(!body.includes('Storm warning issued'), 'ticker text is gone');
    assert.equal(await driver.cmd('GET', `/element/${await driver.findIn(shadow, 'main')}/attribute/lang`), 'en');

    // A toolbar control works in Firefox too (storage.sync + instant apply).
    const rootBackground = async () => driver.cmd('GET', `/element/${await driver.findIn(shadow, '.reader-root')}/css/background-color`);
    await driver.mouseClick(await driver.findIn(shadow, '[data-theme-choice=dark]'));
    for (let i = 0; (await rootBackground()) !== 'rgb(27, 27, 29)'; i++) {
      if (i > 50) assert.fail(`dark theme not applied: ${await rootBackground()}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
    // The bundled dyslexia-friendly font loads in Firefox too (added to the page's fonts from its
    // bytes by the content script: @font-face does not work inside a shadow root).
    // (WebDriver's element click on an <option> selects it, as a user choosing it would.)
    await driver.cmd('POST', `/element/${await driver.findIn(shadow, '#reader-font option[value=dyslexic]')}/click`, {});
    await driver.waitFor(
      'return [...document.fonts].some((f) => f.family.replace(/"/g, "") === "OpenDyslexic" && f.status === "loaded") && document.fonts.check("20px OpenDyslexic")',
    );
    assert.match(await driver.cmd('GET', `/element/${await driver.findIn(shadow, 'main')}/css/font-family`), /^"?OpenDyslexic/);
    await driver.cmd('POST', `/element/${await driver.findIn(shadow, '#reader-font option[value=serif]')}/click`, {});
    const shot = await driver.cmd('GET', '/screenshot');
    writeFileSync(join(OUT, 'firefox-reader-dark.png'), Buffer.from(shot, 'base64'));
    await driver.mouseClick(await driver.findIn(shadow, '[data-theme-choice=auto]'));

    // Another add-on (the stand-in dictionary) reads the word double-clicked in the reader.
    const paragraph = await driver.findIn(shadow, '#reader-content p');
    const paragraphText = await driver.cmd('GET', `/element/${paragraph}/text`);
    await driver.mouseClick(paragraph, 2);
    const word = await driver.waitFor('return document.documentElement.getAttribute("data-test-dictionary-word")');
    assert.match(word, /^\p{L}+$/u, `a word was looked up: ${word}`);
    assert.ok(paragraphText.includes(word), `${word} is in the paragraph`);

    // Esc inside the reader puts the original page back (the same body node).
    await driver.mouseClick(await driver.findIn(shadow, '#reader-title'));
    await driver.press('\uE00C');
    await driver.waitFor(`return !document.querySelector("${READER_HOST}")`);
    assert.equal(await driver.exec('return document.body.dataset.marker'), 'original');
    assert.equal(await driver.exec('return document.querySelectorAll("nav a").length'), navLinks);
  });

  it('reads a page built of web components: their open shadow roots, not the closed one', async () => {
    assert.ok(addonId, 'the add-on was installed by the first test');
    await driver.cmd('POST', '/url', { url: server.url('components') });
    await driver.waitFor('return !!document.querySelector("news-story")?.shadowRoot');
    await clickToolbarButton();
    await driver.waitFor(`return !!document.querySelector("${READER_HOST}")`);
    const shadow = await driver.shadowOf(READER_HOST);
    assert.equal(await driver.textIn(shadow, '#reader-title'), 'Night trains return to the coast line');
    const body = await driver.textIn(shadow, '#reader-content');
    assert.ok(body.includes('The sleeper carriages were bought second-hand'), 'the body, from a shadow root');
    for (const c of ['Most read', 'closed widget text']) assert.ok(!body.includes(c), `not article text: ${c}`);
    await driver.mouseClick(await driver.findIn(shadow, '#reader-title'));
    await driver.press('\uE00C');
    await driver.waitFor(`return !document.querySelector("${READER_HOST}")`);
    assert.ok(await driver.exec('return document.querySelector("news-story").shadowRoot.textContent.includes("Tickets go on sale")'));
  });

  it('a page without an article: the notice offers what was found, and its button opens the reader', async () => {
    assert.ok(addonId, 'the add-on was installed by the first test');
    await driver.cmd('POST', '/url', { url: server.url('listing') });
    await clickToolbarButton();
    await driver.waitFor('return !!document.querySelector("declutter-notice")?.shadowRoot?.querySelector("button")');
    const notice = await driver.shadowOf('declutter-notice');
    assert.match(await driver.textIn(notice, 'div'), /No article found/);
    await driver.mouseClick(await driver.findIn(notice, 'button'));
    await driver.waitFor(`return !!document.querySelector("${READER_HOST}")`);
    const shadow = await driver.shadowOf(READER_HOST);
    assert.ok((await driver.textIn(shadow, '#reader-content')).includes('Site Reliability Engineer'));
    await driver.mouseClick(await driver.findIn(shadow, '#reader-title'));
    await driver.press('\uE00C');
    await driver.waitFor(`return !document.querySelector("${READER_HOST}")`);
    assert.ok(await driver.exec('return document.querySelectorAll("li.job").length === 8'));
  });

  it('styles the reader under a page CSP that allows no inline style (style-src self)', async () => {
    assert.ok(addonId, 'the add-on was installed by the first test');
    await driver.cmd('POST', '/url', { url: server.strictUrl('rich') });
    await driver.exec('document.body.dataset.marker = "strict"; return true');
    await clickToolbarButton();
    await driver.waitFor(`return !!document.querySelector("${READER_HOST}")`);
    const shadow = await driver.shadowOf(READER_HOST);
    assert.equal(await driver.textIn(shadow, '#reader-title'), 'Port city rebuilds its tram network, line by line');
    // reader.css reached the shadow root (adopted, or a <style> element where the browser refuses
    // adoptedStyleSheets from a content script): the toolbar is laid out as a flex row, the title
    // has the reader's type scale, and the dark theme applies.
    const css = async (/** @type {string} */ sel, /** @type {string} */ prop) =>
      driver.cmd('GET', `/element/${await driver.findIn(shadow, sel)}/css/${prop}`);
    assert.equal(await css('#reader-toolbar', 'display'), 'flex', 'toolbar styled');
    assert.equal(await css('#reader-title', 'margin-top'), '0px', 'title styled (a default h1 has a top margin)');
    await driver.mouseClick(await driver.findIn(shadow, '[data-theme-choice=dark]'));
    for (let i = 0; (await css('.reader-root', 'background-color')) !== 'rgb(27, 27, 29)'; i++) {
      if (i > 50) assert.fail(`dark theme not applied under strict CSP: ${await css('.reader-root', 'background-color')}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
    await driver.mouseClick(await driver.findIn(shadow, '[data-theme-choice=auto]'));
    await driver.mouseClick(await driver.findIn(shadow, '#reader-title'));
    await driver.press('\uE00C');
    await driver.waitFor(`return !document.querySelector("${READER_HOST}")`);
    assert.equal(await driver.exec('return document.body.dataset.marker'), 'strict');
  });
});

describe('Firefox: always open on this site, read aloud', () => {
  /** @type {import('./webdriver.mjs').WebDriver} */
  let driver;
  let closeFirefox = async () => {};
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  let addonId = '';

  before(async () => {
    if (missing) throw new Error(`the Firefox tests cannot run: ${missing}`);
    server = await startServer();
    // See the first suite: a permission request from a user's input is granted without Firefox's prompt.
    const firefox = await startFirefox({ prefs: { 'intl.locale.requested': 'en-US', 'extensions.webextOptionalPermissionPrompts': false } });
    driver = firefox.driver;
    closeFirefox = firefox.close;
    addonId = await driver.cmd('POST', '/moz/addon/install', { path: EXT_FIREFOX, temporary: true });
  });

  after(async () => {
    await closeFirefox();
    await server?.close();
  });

  /** Runs `script` (async, last argument the callback) in Firefox's chrome context. */
  const inChrome = (/** @type {string} */ script, /** @type {unknown[]} */ args = []) => driver.inChrome(script, args);

  async function clickToolbarButton() {
    await driver.clickToolbarButton(addonId);
  }

  /** Whether the reader's host shows up in the current tab within `ms`. */
  async function readerShows(ms) {
    try {
      await driver.waitFor(`return !!document.querySelector("${READER_HOST}")`, ms);
      return true;
    } catch {
      return false;
    }
  }

  /** The toolbar button's badge text and tooltip on the selected tab, as Firefox holds them. */
  async function buttonOnSelectedTab() {
    const state = await inChrome(
      `const [id, done] = arguments;
      try {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(id);
        const action = ExtensionParent.apiManager.global.browserActionFor(extension).action;
        const tab = Services.wm.getMostRecentWindow('navigator:browser').gBrowser.selectedTab;
        done(JSON.stringify({ badge: action.getProperty(tab, 'badgeText'), title: action.getProperty(tab, 'title') }));
      } catch (e) { done(JSON.stringify({ error: String(e) })); }`,
      [addonId],
    );
    const parsed = JSON.parse(String(state));
    assert.equal(parsed.error, undefined);
    return parsed;
  }

  it('a click on a page Firefox keeps from extensions says so on the button; a click that reaches a page takes it off', async () => {
    await driver.cmd('POST', '/url', { url: 'about:preferences' });
    assert.equal((await buttonOnSelectedTab()).badge, '');
    await clickToolbarButton();
    let refused = await buttonOnSelectedTab();
    for (let i = 0; !refused.badge && i < 50; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      refused = await buttonOnSelectedTab();
    }
    assert.equal(refused.badge, '!');
    assert.match(refused.title, /can't open this page/);

    await driver.cmd('POST', '/url', { url: server.url('rich') });
    await clickToolbarButton();
    assert.ok(await readerShows(10000), 'the reader opens on the article');
    let after = await buttonOnSelectedTab();
    for (let i = 0; after.badge && i < 50; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      after = await buttonOnSelectedTab();
    }
    assert.equal(after.badge, '');
    assert.match(after.title, /^Reader view/);
    await driver.exec('document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true })); return true');
  });

  it('the toggle asks in a small window on the click; then the next page of the site opens in the reader (a single-page site\'s too); revoked, it does not', async () => {
    await driver.cmd('POST', '/url', { url: server.url('rich') });
    await clickToolbarButton();
    assert.ok(await readerShows(15000));
    let shadow = await driver.shadowOf(READER_HOST);
    await driver.textIn(shadow, '#reader-title');
    const toggle = async () => driver.cmd('GET', `/element/${await driver.findIn(shadow, '#reader-always')}/attribute/aria-pressed`);
    assert.equal(await toggle(), 'false');
    const main = await driver.cmd('GET', '/window');
    await driver.mouseClick(await driver.findIn(shadow, '#reader-always'));
    // Firefox's background may not ask (no user input there): a small window of the extension asks.
    let handles = [];
    for (let i = 0; i < 100 && handles.length < 2; i++) {
      handles = await driver.cmd('GET', '/window/handles');
      if (handles.length < 2) await new Promise((ok) => setTimeout(ok, 100));
    }
    assert.equal(handles.length, 2, 'the grant window opened');
    await driver.cmd('POST', '/window', { handle: handles.find((h) => h !== main) });
    await driver.waitFor('return document.readyState === "complete" && !!document.getElementById("grant-allow")');
    assert.equal(await driver.exec('return document.getElementById("grant-site").textContent'), '127.0.0.1');
    await driver.click('#grant-allow');
    await driver.cmd('POST', '/window', { handle: main });
    for (let i = 0; (await toggle()) !== 'true'; i++) {
      if (i > 80) assert.fail('the toggle did not turn on');
      await new Promise((ok) => setTimeout(ok, 100));
    }

    // The next page of the site opens in the reader by itself.
    await driver.mouseClick(await driver.findIn(shadow, '#reader-title'));
    await driver.press('\uE00C');
    await driver.waitFor(`return !document.querySelector("${READER_HOST}")`);
    await driver.cmd('POST', '/url', { url: server.url('seed') });
    assert.ok(await readerShows(15000), 'the reader opened by itself');
    shadow = await driver.shadowOf(READER_HOST);
    assert.ok((await driver.textIn(shadow, '#reader-title')).length > 10);

    // A single-page site: a link followed with history.pushState (the story arrives 300 ms later) opens
    // the new page in the reader once it has settled; Firefox reports the change of address as Chrome does.
    const readerTitle = async (/** @type {string} */ want) => {
      for (let i = 0; i < 150; i++) {
        try {
          if ((await driver.textIn(await driver.shadowOf(READER_HOST), '#reader-title', 200)) === want) return true;
        } catch {
          // Not open yet, or being replaced.
        }
        await new Promise((ok) => setTimeout(ok, 100));
      }
      return false;
    };
    await driver.mouseClick(await driver.findIn(shadow, '#reader-title'));
    await driver.press('\uE00C');
    await driver.waitFor(`return !document.querySelector("${READER_HOST}")`);
    await driver.cmd('POST', '/url', { url: server.url('spa') });
    assert.ok(await readerTitle('Valley orchards brace for a late frost'), 'the single-page site opens in the reader');
    await driver.mouseClick(await driver.findIn(await driver.shadowOf(READER_HOST), '#reader-title'));
    await driver.press('\uE00C');
    await driver.waitFor(`return !document.querySelector("${READER_HOST}")`);
    await driver.click('a#next');
    assert.equal(await driver.exec('return location.pathname'), '/page/spa/2');
    assert.ok(await readerTitle('New footbridge links the two halves of the old town'), 'its next page opened in the reader by itself');

    // Revoked (as the add-on's Permissions tab does): the next page does not open in the reader.
    const revoked = await inChrome(
      `const [id, done] = arguments;
      (async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
        await ExtensionPermissions.remove(id, { permissions: [], origins: ['http://127.0.0.1/*'] }, ExtensionParent.GlobalManager.getExtension(id));
        done('ok');
      })().catch((e) => done('error: ' + e));`,
      [addonId],
    );
    assert.equal(revoked, 'ok');
    await driver.cmd('POST', '/url', { url: server.url('rich') });
    assert.equal(await readerShows(3000), false, 'revoked: the page stays as it is');
  });

  it("read aloud with Firefox's own speech engine: the sentence highlighted, or the reader says there is no voice", async () => {
    await driver.cmd('POST', '/url', { url: server.url('rich') });
    await clickToolbarButton();
    assert.ok(await readerShows(15000));
    const shadow = await driver.shadowOf(READER_HOST);
    await driver.textIn(shadow, '#reader-title');
    const voices = await driver.exec('return speechSynthesis.getVoices().length');
    await driver.mouseClick(await driver.findIn(shadow, '#reader-speak'));
    const attribute = async (/** @type {string} */ sel, /** @type {string} */ name) => driver.cmd('GET', `/element/${await driver.findIn(shadow, sel)}/attribute/${name}`);
    let outcome = '';
    for (let i = 0; i < 100 && !outcome; i++) {
      const speaking = await attribute('.reader-root', 'data-speaking');
      const status = await driver.cmd('GET', `/element/${await driver.findIn(shadow, '#reader-speech-status')}/property/textContent`);
      outcome = speaking ? `speaking ${speaking}` : status;
      if (!outcome) await new Promise((ok) => setTimeout(ok, 100));
    }
    console.log(`# Firefox speechSynthesis voices: ${voices}; read aloud: ${outcome}`);
    if (voices > 0) assert.match(outcome, /^speaking \d+:\d+$/, 'the engine started and the sentence is highlighted');
    else assert.equal(outcome, 'This browser has no voice to read aloud with.');
    assert.equal(await attribute('#reader-speak', 'aria-pressed'), 'true');
    // Closing the reader stops it.
    await driver.mouseClick(await driver.findIn(shadow, '#reader-title'));
    await driver.press('\uE00C');
    await driver.waitFor(`return !document.querySelector("${READER_HOST}")`);
    assert.equal(await driver.exec('return speechSynthesis.speaking'), false);
  });
});
