// Runs in: Node (node --test). A minimal W3C WebDriver client over fetch, for the Firefox tests
// (geckodriver speaks it; no extra npm dependency): firefox.test.mjs and site-memory-firefox.test.mjs.
import { createServer } from 'node:net';

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

  /** @param {string} key  a WebDriver key code point, e.g. '\uE00C' for Escape */
  async press(key) {
    await this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
    });
    await this.cmd('DELETE', '/actions');
  }
}
