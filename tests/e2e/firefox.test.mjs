// Runs in: Node (node --test). The Firefox build: Mozilla's `web-ext lint` on dist/firefox reports no
// errors, and a smoke test in headless firefox-esr driven over WebDriver (geckodriver) installs the
// add-on, clicks its toolbar button, sees the reader view, switches the theme and leaves with Esc.
//
// How the toolbar button is clicked: geckodriver --allow-system-access lets a script run in Firefox's
// chrome context, where ExtensionParent's `browserActionFor(extension).triggerAction(window)` does
// what a real click does (it grants activeTab and fires action.onClicked). Skips, saying why, when
// firefox-esr or geckodriver is missing.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXT_FIREFOX, OUT, ROOT, extensionBuilt, startServer } from './reader-support.mjs';

const run = promisify(execFile);

function which(/** @type {string} */ name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : '';
}

const FIREFOX = which('firefox-esr') || which('firefox');
const GECKODRIVER = which('geckodriver') || (process.env.HOME ? which(`${process.env.HOME}/.cargo/bin/geckodriver`) : '');
const built = extensionBuilt(EXT_FIREFOX);

/** Why the Firefox smoke test cannot run here, or '' when it can. */
const smokeSkip = !built
  ? `no built extension in ${EXT_FIREFOX} (run ./build.sh first)`
  : !FIREFOX
    ? 'firefox-esr is not installed (./build.sh setup installs it)'
    : !GECKODRIVER
      ? 'geckodriver is not installed (cargo install geckodriver --locked)'
      : '';
if (smokeSkip) console.log(`# firefox.test.mjs: smoke test skipped: ${smokeSkip}`);

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

  /** @param {string} key  a WebDriver key code point, e.g. '\uE00C' for Escape */
  async press(key) {
    // When the key closes the frame it was sent to (Esc in the reader), the rest of the action sequence
    // reports "no such window": that is the expected outcome, not a failure.
    const closedFrame = (/** @type {Error} */ error) => {
      if (!/no such window/.test(String(error?.message))) throw error;
    };
    await this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
    }).catch(closedFrame);
    await this.cmd('DELETE', '/actions').catch(closedFrame);
  }
}

describe('Firefox smoke test (headless firefox-esr, geckodriver)', { skip: smokeSkip || false }, () => {
  /** @type {import('node:child_process').ChildProcess} */
  let driverProcess;
  /** @type {WebDriver} */
  let driver;
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  let driverLog = '';

  before(async () => {
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
  });

  after(async () => {
    if (driver?.session) await driver.cmd('DELETE', '').catch(() => undefined);
    driverProcess?.kill();
    await server?.close();
  });

  it('clicks the toolbar button, shows the reader view, applies a theme, and Esc restores the page', async () => {
    const addonId = await driver.cmd('POST', '/moz/addon/install', { path: EXT_FIREFOX, temporary: true });
    assert.equal(addonId, 'declutter@example.org');

    await driver.cmd('POST', '/url', { url: server.url('rich') });
    const navLinks = await driver.exec('return document.querySelectorAll("nav a").length');
    assert.ok(navLinks > 0);
    await driver.exec('document.body.dataset.marker = "original"; return true');

    // The toolbar button, clicked from the browser's chrome context.
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

    await driver.waitFor('return !!document.getElementById("declutter-frame")');
    const frame = await driver.find('#declutter-frame');
    assert.match(await driver.exec('return arguments[0].src', [frame]), /^moz-extension:\/\/[^/]+\/reader\.html#[0-9a-f]{32}$/);
    await driver.cmd('POST', '/frame', { id: frame });
    const title = await driver.waitFor('return document.querySelector("#reader-title")?.textContent');
    assert.equal(title, 'Port city rebuilds its tram network, line by line');
    const body = await driver.exec('return document.querySelector("#reader-content").textContent');
    assert.ok(body.includes('The first rebuilt tram line opened on Thursday'));
    assert.ok(!body.includes('Storm warning issued'), 'ticker text is gone');
    assert.equal(await driver.exec('return document.querySelector("main").lang'), 'en');

    // A toolbar control works in Firefox too (storage.sync + instant apply).
    await driver.click('[data-theme-choice=dark]');
    await driver.waitFor('return getComputedStyle(document.body).backgroundColor === "rgb(27, 27, 29)"');
    const shot = await driver.cmd('GET', '/screenshot');
    writeFileSync(join(OUT, 'firefox-reader-dark.png'), Buffer.from(shot, 'base64'));
    await driver.click('[data-theme-choice=auto]');

    // Esc inside the reader puts the original page back (the same body node).
    await driver.click('#reader-title');
    await driver.press('\uE00C');
    await driver.cmd('POST', '/frame/parent', {});
    await driver.waitFor('return !document.getElementById("declutter-frame")');
    assert.equal(await driver.exec('return document.body.dataset.marker'), 'original');
    assert.equal(await driver.exec('return document.querySelectorAll("nav a").length'), navLinks);
  });
});
