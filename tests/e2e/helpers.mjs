// Shared helpers for the browser end-to-end tests: a local fixture server, Chromium with the unpacked
// extension, the toolbar click, and the seed-page fixtures. Used by every tests/e2e/*.test.mjs.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_CHROME = join(ROOT, 'dist/chrome');
/** A stand-in for a dictionary extension (test fixture): records the word double-clicked anywhere. */
export const DICTIONARY_EXTENSION = join(ROOT, 'tests/e2e/fixtures/dictionary-extension');
/** The reader's host element in the page (its shadow root is closed). */
/** The reader's host: a plain <div> marked by content/page.js (never a custom element name a page could define). */
export const READER_HOST = '[data-declutter-host]';
export const DIST_WWW = join(ROOT, 'dist/www');
export const OUT = join(ROOT, 'tests/e2e/out');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const STRICT_CSP = "default-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts an HTTP server on 127.0.0.1 (random port).
 * `routes` maps a path to {body, type?, headers?} (or a function returning one); other paths are served
 * from `staticDir` when given. Returns {origin, close()}.
 */
export async function serve({ routes = {}, staticDir = null } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let route = routes[path];
    if (typeof route === 'function') route = route(req);
    if (route) {
      res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...(route.headers ?? {}) });
      res.end(route.body);
      return;
    }
    if (staticDir) {
      const file = resolve(staticDir, '.' + (path.endsWith('/') ? path + 'index.html' : path));
      if ((file === staticDir || file.startsWith(staticDir + sep)) && existsSync(file)) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/**
 * Flags every test's Chromium needs on this kind of machine: no sandbox as root, no GPU, and no
 * background connections (the network is closed; Chromium would retry them at every start).
 */
export const MACHINE_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);

/**
 * The flags that make headless Chromium run unpacked extensions on this kind of machine.
 * `--enable-unsafe-extension-debugging`: some Chromium versions (148 among them) answer the DevTools
 * command `Extensions.triggerAction` (the real toolbar click the tests use) with "Method not allowed"
 * without it; newer ones ignore it. The registry's Chromium moves both ways, so it is always passed.
 */
export function chromiumArgs(extensionDir, extraExtensions = []) {
  const args = ['--headless=new', ...MACHINE_FLAGS];
  if (extensionDir || extraExtensions.length) args.push('--enable-unsafe-extension-debugging');
  const dirs = [extensionDir, ...extraExtensions].filter(Boolean).join(',');
  if (dirs) args.push(`--disable-extensions-except=${dirs}`, `--load-extension=${dirs}`);
  return args;
}

let versionPrinted = false;
/** Prints the Chromium version once per test file (the registry's version moves, both ways). */
export function printBrowserVersion() {
  if (versionPrinted) return;
  versionPrinted = true;
  const out = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
  console.log(`browser: ${(out.stdout || out.stderr || 'unknown').trim()} (${CHROMIUM})`);
}

/**
 * Launches Chromium with a fresh profile (and the unpacked extension when `extensionDir` is given).
 * Returns {context, extensionId, close()}.
 */
export async function launch({ extensionDir = DIST_CHROME, extraExtensions = [] } = {}) {
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} is missing: run ./build.sh first`);
  }
  printBrowserVersion();
  const profile = mkdtempSync(join(tmpdir(), 'declutter-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new is passed below: the old headless mode has no extensions
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extensionDir, extraExtensions),
    viewport: { width: 1280, height: 800 },
  });
  let extensionId = null;
  /** Console output of pages and the extension's service worker, for failure messages. */
  const logs = [];
  const keep = (where) => (m) => logs.push(`${where} ${m.type()}: ${m.text()}`);
  context.on('console', keep('page'));
  context.on('page', (p) => p.on('pageerror', (e) => logs.push(`page error: ${e.message}`)));
  if (extensionDir) {
    const ours = (w) => w.url().endsWith('/background.js');
    const sw = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15000 }));
    extensionId = new URL(sw.url()).host;
    sw.on('console', keep('service worker'));
    // The worker is announced before its module has run: a toolbar click that arrives before
    // action.onClicked has its listener is dropped (a fresh install has no listener on record yet).
    await until(() => sw.evaluate(() => /** @type {any} */ (globalThis).chrome.action.onClicked.hasListeners()).catch(() => false), 'the service worker to register its listeners', 15000);
    context.on('serviceworker', (w) => w.on('console', keep('service worker (restarted)')));
  }
  return {
    context,
    extensionId,
    logs,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Clicks the extension's toolbar button for `page`'s tab, as a user would (this is what grants
 * activeTab): CDP Extensions.triggerAction on the tab target, from a browser-level session.
 */
export async function clickAction(context, extensionId, page) {
  const cdp = await context.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs `fn(state, arg)` in Declutter's content-script world of `page`'s main frame and returns its
 * result (JSON values only). That world is the only place the reader's closed shadow root can be
 * reached: `state` is the content script's state (`state.root` the shadow root, `state.reader` the
 * handle mountReader returned, `state.timings` the last open's milestones). Page scripts (and
 * page.evaluate) see `host.shadowRoot === null`.
 * @template T
 * @param {import('playwright-core').Page} page
 * @param {(state: any, arg: T) => any} fn
 * @param {T} [arg]
 */
export function inReader(page, fn, arg) {
  return evaluateInContentWorld(page, `(${fn})(window[Symbol.for('declutter.content-state')], ${JSON.stringify(arg ?? null)})`);
}

/**
 * Evaluates `expression` (awaited, result returned by value) in Declutter's content-script world of
 * `page`'s main frame; see inReader.
 * @param {import('playwright-core').Page} page
 * @param {string} expression
 */
export async function evaluateInContentWorld(page, expression) {
  const world = await contentWorld(page);
  const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', {
    expression,
    contextId: await world.contextId(),
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) {
    throw new Error(`in the reader's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  }
  return result.value;
}

/** Per page: a CDP session that tracks the extension's isolated world in the main frame. */
const worlds = new WeakMap();
async function contentWorld(page) {
  let world = worlds.get(page);
  if (world) return world;
  const cdp = await page.context().newCDPSession(page);
  const contexts = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  world = {
    cdp,
    async contextId() {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const found = await until(
        () =>
          [...contexts.values()].find(
            (c) => c.auxData?.frameId === frameTree.frame.id && c.auxData?.type === 'isolated' && c.name === 'Declutter',
          ),
        "Declutter's content-script world",
        5000,
      );
      return found.id;
    },
  };
  worlds.set(page, world);
  return world;
}

/** Whether the reader is open in `page` (its host is in the page). */
export async function readerOpen(page) {
  return Boolean(await page.$(READER_HOST));
}

/**
 * Waits until the reader is open and rendered (its title is filled in).
 * @param {import('playwright-core').Page} page
 */
export async function readerReady(page, timeout = 10000) {
  await page.waitForSelector(READER_HOST, { state: 'attached', timeout });
  await until(
    () => inReader(page, (state) => Boolean(state?.root?.querySelector('.reader-root.is-ready #reader-title')?.textContent)),
    'the reader to render',
    timeout,
  );
}

/**
 * The text of the reader's elements matching `selector` (from its closed shadow root).
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
export function readerText(page, selector) {
  return inReader(page, (state, sel) => state.root?.querySelector(sel)?.textContent ?? null, selector);
}

/**
 * The viewport rectangle of the first reader element matching `selector` (for real mouse input).
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
export function readerRect(page, selector) {
  return inReader(
    page,
    (state, sel) => {
      const el = state.root?.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    selector,
  );
}

/**
 * Clicks a reader element with the real mouse (Playwright's selectors cannot enter a closed shadow root).
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
export async function readerClick(page, selector) {
  const r = await readerRect(page, selector);
  if (!r) throw new Error(`no ${selector} in the reader`);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
}

/**
 * Clicks the toolbar button to open the reader and waits for the reader's host (or a notice).
 * NOTE: a CDP-triggered click on a tab that has only just loaded is now and then refused the activeTab
 * grant (~1 in 20 runs, Chromium 14x headless: "Cannot access contents of the page" from
 * scripting.executeScript). Then, and only then, the click is repeated (at most twice); a refusal
 * is never silent, it is recorded in `browser.logs`.
 * Returns 'reader' or the notice text.
 */
export async function openReader(browser, page, timeout = 10000) {
  const refused = 'Cannot access contents of the page';
  // A user clicks the button of the tab in front.
  await page.bringToFront();
  for (let attempt = 0; ; attempt++) {
    const seen = browser.logs.length;
    await clickAction(browser.context, browser.extensionId, page);
    const outcome = await until(
      async () => {
        if (await page.$(READER_HOST)) return 'reader';
        const notice = await page.evaluate(() => document.querySelector('declutter-notice')?.shadowRoot?.textContent);
        if (notice) return notice;
        if (browser.logs.slice(seen).some((l) => l.startsWith('service worker') && l.includes(refused))) return 'refused';
        return null;
      },
      'the reader or a notice',
      timeout,
    ).catch((e) => {
      throw new Error(`${e.message}\nrecent console output:\n${browser.logs.slice(-15).join('\n')}`);
    });
    if (outcome !== 'refused') return outcome;
    if (attempt >= 2) throw new Error('the toolbar click was refused activeTab three times');
    browser.logs.push(`test: toolbar click refused activeTab, clicking again (attempt ${attempt + 2})`);
  }
}

/** Polls `fn` until it returns a truthy value (returned) or `timeout` ms pass (throws with `what`). */
export async function until(fn, what, timeout = 10000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/** Normalises whitespace for text comparisons. */
export const squash = (s) => String(s).replace(/\s+/g, ' ').trim();

/** Lines of a fixture text file, without comments and blanks. */
function lines(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * The seed-template page fixtures (tests/pages/seed-*): source HTML, title, and strings that must
 * (paragraphs of the expected text) and must not (longer clutter lines) show in the reader.
 */
export function seedFixtures() {
  const dir = join(ROOT, 'tests/pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => d.startsWith('seed-') && existsSync(join(dir, d, 'source.html')) && existsSync(join(dir, d, 'expected.txt')))
    .sort()
    .map((slug) => {
      const base = join(dir, slug);
      const meta = existsSync(join(base, 'expected-metadata.json')) ? JSON.parse(readFileSync(join(base, 'expected-metadata.json'), 'utf8')) : {};
      const expected = readFileSync(join(base, 'expected.txt'), 'utf8');
      const paragraphs = expected.split(/\n\s*\n/).map(squash).filter((p) => p.length > 60);
      const keep = squash([expected, meta.title, meta.siteName, meta.byline].filter(Boolean).join(' '));
      // Clutter lines long enough to be unambiguous, and not also part of the article or its header.
      const clutter = lines(join(base, 'must-not-have.txt')).map(squash).filter((l) => l.length >= 24 && !keep.includes(l));
      return { slug, source: readFileSync(join(base, 'source.html'), 'utf8'), title: meta.title ?? '', paragraphs, clutter };
    });
}

export function outDir() {
  mkdirSync(OUT, { recursive: true });
  return OUT;
}

/**
 * Saves a screenshot to tests/e2e/out/<name>.png. NOTE: caret 'initial' because Playwright's default
 * caret hiding leaves `style=""` on the page's inputs, which would break the exact-DOM comparisons.
 */
export async function shot(page, name) {
  await page.screenshot({ path: join(outDir(), `${name}.png`), caret: 'initial' });
}
