// Runs in: Node (node --test). A minimal W3C WebDriver client over fetch, for the Firefox tests
// (geckodriver speaks it; no extra npm dependency): firefox.test.mjs, site-memory-firefox.test.mjs
// and the Firefox benchmark (bench/firefox.mjs). Also starts geckodriver with a headless Firefox
// (startFirefox) and clicks an add-on's toolbar button the way a user does (clickToolbarButton).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** The path of command `name`, or '' when it is not installed. */
function which(/** @type {string} */ name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : '';
}

/** firefox-esr (or firefox), '' when missing (./build.sh setup installs it). */
export const FIREFOX = which('firefox-esr') || which('firefox');
/** geckodriver, '' when missing (./build.sh setup installs it: cargo install geckodriver --locked). */
export const GECKODRIVER = which('geckodriver') || (process.env.HOME ? which(`${process.env.HOME}/.cargo/bin/geckodriver`) : '');

export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export async function freePort() {
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

/**
 * geckodriver on a free port, allowed to run scripts in Firefox's chrome context
 * (`--allow-system-access`, for clickToolbarButton), and a new headless Firefox session (a fresh
 * profile, a 1200×900 window, `prefs`). `onOutput` receives geckodriver's output (for a failure's
 * message). `close` ends the session and geckodriver.
 * @param {{ prefs?: Record<string, unknown>, onOutput?: (chunk: string) => void }} [options]
 */
export async function startFirefox({ prefs = {}, onOutput } = {}) {
  const port = await freePort();
  const process_ = spawn(GECKODRIVER, ['--port', String(port), '--allow-system-access'], {
    stdio: onOutput ? ['ignore', 'pipe', 'pipe'] : 'ignore',
  });
  process_.stdout?.on('data', (d) => onOutput?.(String(d)));
  process_.stderr?.on('data', (d) => onOutput?.(String(d)));
  const driver = new WebDriver(`http://127.0.0.1:${port}`);
  const close = async () => {
    if (driver.session) await driver.cmd('DELETE', '').catch(() => undefined);
    process_.kill();
  };
  try {
    for (let i = 0; ; i++) {
      try {
        await driver.send('GET', '/status');
        break;
      } catch (error) {
        if (i > 100) throw new Error(`geckodriver did not start: ${error}`, { cause: error });
        await new Promise((ok) => setTimeout(ok, 100));
      }
    }
    const created = await driver.send('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'firefox',
          'moz:firefoxOptions': { binary: FIREFOX, args: ['-headless', '-width', '1200', '-height', '900'], prefs },
        },
      },
    });
    driver.session = created.sessionId;
    const geckodriverVersion = spawnSync(GECKODRIVER, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
    const caps = created.capabilities ?? {};
    return { driver, close, version: `${caps.browserName} ${caps.browserVersion} (${FIREFOX}); ${geckodriverVersion}` };
  } catch (error) {
    await close();
    throw error;
  }
}

export class WebDriver {
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

  /**
   * Runs `script` in Firefox's chrome context (asynchronous: its last argument is the callback)
   * and returns what it passes back; the context is content again afterwards.
   * @param {string} script
   * @param {unknown[]} [args]
   */
  async inChrome(script, args = []) {
    await this.cmd('POST', '/moz/context', { context: 'chrome' });
    try {
      return await this.cmd('POST', '/execute/async', { script, args });
    } finally {
      await this.cmd('POST', '/moz/context', { context: 'content' });
    }
  }

  /**
   * Clicks add-on `addonId`'s toolbar button in the front window as a user does: ExtensionParent's
   * `browserActionFor(extension).triggerAction(window)` grants activeTab and fires
   * action.onClicked. Returns the wall-clock time (Date.now) just before the click.
   * @param {string} addonId
   * @returns {Promise<number>}
   */
  async clickToolbarButton(addonId) {
    const clickedAt = await this.inChrome(
      `const [id, done] = arguments;
      try {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const action = ExtensionParent.apiManager.global.browserActionFor(ExtensionParent.GlobalManager.getExtension(id));
        const at = Date.now();
        action.triggerAction(Services.wm.getMostRecentWindow('navigator:browser'));
        done(at);
      } catch (e) {
        done('error: ' + e);
      }`,
      [addonId],
    );
    if (typeof clickedAt !== 'number') throw new Error(`the toolbar click failed: ${clickedAt}`);
    return clickedAt;
  }

  /** @param {string} key  a WebDriver key code point, e.g. '\uE00C' for Escape */
  async press(key) {
    await this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
    });
    await this.cmd('DELETE', '/actions');
  }
}
