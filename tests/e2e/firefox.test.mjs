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
import { execFile, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXT_FIREFOX, OUT, ROOT, extensionBuilt, startServer } from './reader-support.mjs';
import { DICTIONARY_EXTENSION, READER_HOST } from './helpers.mjs';

const run = promisify(execFile);

function which(/** @type {string} */ name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : '';
}

const FIREFOX = which('firefox-esr') || which('firefox');
const GECKODRIVER = which('geckodriver') || (process.env.HOME ? which(`${process.env.HOME}/.cargo/bin/geckodriver`) : '');
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

// ---------------------------------------------------------------------------------------------
// A minimal W3C WebDriver client over fetch (geckodriver speaks it; no extra npm dependency).

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

async function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

class WebDriver {
  /** @param {string} base */
  constructor(base) {
    this.base = base;
    this.session = '';
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   */
  async send(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (json.value?.error) throw new Error(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }

  /** @param {string} method @param {string} path @param {unknown} [body] */
  cmd(method, path, body) {
    return this.send(method, `/session/${this.session}${path}`, body);
  }

  /** @param {string} script @param {unknown[]} [args] */
  exec(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** Polls `script` (run in the current browsing context) until it returns something truthy. */
  async waitFor(/** @type {string} */ script, timeoutMs = 15000) {
    const end = Date.now() + timeoutMs;
    let last;
    while (Date.now() < end) {
      try {
        last = await this.exec(script);
        if (last) return last;
      } catch {
        // The context may be navigating or not ready yet.
      }
      await new Promise((ok) => setTimeout(ok, 150));
    }
    throw new Error(`timed out waiting for: ${script}`);
  }

  /** @param {string} selector */
  async find(selector) {
    return this.cmd('POST', '/element', { using: 'css selector', value: selector });
  }

  /** @param {string} selector */
  async click(selector) {
    const el = await this.find(selector);
    await this.cmd('POST', `/element/${el[ELEMENT]}/click`, {});
  }

  /** The shadow root of the element matching `selector` (open or closed: WebDriver reaches both). */
  async shadowOf(/** @type {string} */ selector) {
    const host = await this.find(selector);
    return /** @type {string} */ (Object.values(await this.cmd('GET', `/element/${host[ELEMENT]}/shadow`))[0]);
  }

  /** The element id of `selector` inside shadow root `shadow`. */
  async findIn(/** @type {string} */ shadow, /** @type {string} */ selector) {
    const el = await this.cmd('POST', `/shadow/${shadow}/element`, { using: 'css selector', value: selector });
    return /** @type {string} */ (el[ELEMENT]);
  }

  /** Waits for `selector` inside shadow root `shadow`, returns its text. */
  async textIn(/** @type {string} */ shadow, /** @type {string} */ selector, timeoutMs = 15000) {
    const end = Date.now() + timeoutMs;
    for (;;) {
      try {
        const text = await this.cmd('GET', `/element/${await this.findIn(shadow, selector)}/text`);
        if (text) return /** @type {string} */ (text);
      } catch (error) {
        if (Date.now() > end) throw error;
      }
      if (Date.now() > end) throw new Error(`no text in ${selector}`);
      await new Promise((ok) => setTimeout(ok, 150));
    }
  }

  /** Clicks (or double-clicks) the element `id` with the mouse, at its centre. */
  async mouseClick(/** @type {string} */ id, clicks = 1) {
    const press = [
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ];
    await this.cmd('POST', '/actions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [{ type: 'pointerMove', x: 0, y: 0, origin: { [ELEMENT]: id } }, ...(clicks === 2 ? [...press, ...press] : press)],
        },
      ],
    });
    await this.cmd('DELETE', '/actions');
  }

  /** @param {string} key  a WebDriver key code point, e.g. '\uE00C' for Escape */
  async press(key) {
    await this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
    });
    await this.cmd('DELETE', '/actions');
  }
}

describe('Firefox smoke test (headless firefox-esr, geckodriver)', () => {
  /** @type {import('node:child_process').ChildProcess} */
  let driverProcess;
  /** @type {WebDriver} */
  let driver;
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  let driverLog = '';

  before(async () => {
    if (missing) throw new Error(`the Firefox smoke test cannot run: ${missing}`);
    server = await startServer();
    const port = await freePort();
    driverProcess = spawn(GECKODRIVER, ['--port', String(port), '--allow-system-access'], { stdio: ['ignore', 'pipe', 'pipe'] });
    driverProcess.stderr?.on('data', (d) => (driverLog = (driverLog + d).slice(-4000)));
    driverProcess.stdout?.on('data', (d) => (driverLog = (driverLog + d).slice(-4000)));
    driver = new WebDriver(`http://127.0.0.1:${port}`);
    for (let i = 0; ; i++) {
      try {
        await driver.send('GET', '/status');
        break;
      } catch (error) {
        if (i > 100) throw new Error(`geckodriver did not start: ${error}\n${driverLog}`, { cause: error });
        await new Promise((ok) => setTimeout(ok, 100));
      }
    }
    const created = await driver.send('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'firefox',
          'moz:firefoxOptions': { binary: FIREFOX, args: ['-headless', '-width', '1200', '-height', '900'], prefs: { 'intl.locale.requested': 'en-US' } },
        },
      },
    });
    driver.session = created.sessionId;
    const caps = created.capabilities ?? {};
    const geckodriverVersion = spawnSync(GECKODRIVER, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
    console.log(`browser: ${caps.browserName} ${caps.browserVersion} (${FIREFOX}); ${geckodriverVersion}`);
  });

  after(async () => {
    if (driver?.session) await driver.cmd('DELETE', '').catch(() => undefined);
    driverProcess?.kill();
    await server?.close();
  });

  let addonId = '';

  /** Clicks Declutter's toolbar button in the current window, from the browser's chrome context. */
  async function clickToolbarButton() {
    await driver.cmd('POST', '/moz/context', { context: 'chrome' });
    const triggered = await driver.cmd('POST', '/execute/async', {
      script: `
        const [id, done] = arguments;
        try {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = ExtensionParent.GlobalManager.getExtension(id);
          const action = ExtensionParent.apiManager.global.browserActionFor(extension);
          action.triggerAction(Services.wm.getMostRecentWindow('navigator:browser'));
          done('ok');
        } catch (e) {
          done('error: ' + e);
        }`,
      args: [addonId],
    });
    await driver.cmd('POST', '/moz/context', { context: 'content' });
    assert.equal(triggered, 'ok');
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
