// Runs in: Node (test helper for tests/e2e/reader.test.mjs and firefox.test.mjs; not a test file itself).
/* global createImageBitmap, OffscreenCanvas -- code run inside the browser by evaluate() */
// Launches headless Chromium with the unpacked extension, serves fixture pages on 127.0.0.1, and turns
// fixture HTML into Articles with the same WASM core the extension ships (what the reader should show).

import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { chromiumArgs, until } from './helpers.mjs';
import { syntheticPage } from '../../bench/page.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = join(ROOT, 'tests/e2e/out');
/** The unpacked extension under test (override with DECLUTTER_EXT_CHROME / DECLUTTER_EXT_FIREFOX). */
export const EXT_CHROME = resolve(process.env.DECLUTTER_EXT_CHROME ?? join(ROOT, 'dist/chrome'));
export const EXT_FIREFOX = resolve(process.env.DECLUTTER_EXT_FIREFOX ?? join(ROOT, 'dist/firefox'));
export const CHROMIUM = '/usr/bin/chromium';

/** Fixture pages: the seed-template fixtures of tests/pages plus the reader's own rich/RTL pages. */
export const FIXTURES = {
  rich: join(ROOT, 'tests/e2e/fixtures/reader-rich.html'),
  arabic: join(ROOT, 'tests/e2e/fixtures/reader-arabic.html'),
  seed: join(ROOT, 'tests/pages/seed-almayadeen-1/source.html'),
  duplicate: join(ROOT, 'tests/pages/seed-menafn-1/source.html'),
  /** A single-page site: links change the address with history.pushState (always-open tests). */
  spa: join(ROOT, 'tests/e2e/fixtures/spa.html'),
  /** A page built of web components: the article in open shadow roots, an advert in a closed one. */
  components: join(ROOT, 'tests/e2e/fixtures/web-components.html'),
  /** A job board: no article, but listings the reader can show when asked ("Show what was found"). */
  listing: join(ROOT, 'tests/e2e/fixtures/listing.html'),
  /** A short article with two figures, the first one's image gone from the server (a 404). */
  brokenImage: join(ROOT, 'tests/e2e/fixtures/reader-broken-image.html'),
  /** A 400 KB synthetic article (the benchmark's page shape): long enough to be rendered in chunks. */
  long: join(OUT, 'long-article.html'),
};

mkdirSync(OUT, { recursive: true });
writeFileSync(FIXTURES.long, syntheticPage(400_000));

// ---------------------------------------------------------------------------------------------
// A small PNG (a soft diagonal gradient), served for every image URL so figures have real pixels.

function crc32(/** @type {Buffer} */ buf) {
  let crc = ~0;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(/** @type {string} */ type, /** @type {Buffer} */ data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function gradientPng(width = 600, height = 400) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      raw[row + 1 + x * 3] = Math.round(40 + 120 * t);
      raw[row + 2 + x * 3] = Math.round(110 + 80 * (1 - t));
      raw[row + 3 + x * 3] = Math.round(120 + 100 * t);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Serves /page/<fixture-name> and a PNG for any /media/ path, on 127.0.0.1.
 * @returns {Promise<{ url: (name: string) => string, origin: string, close: () => Promise<void> }>}
 */
export async function startServer() {
  const png = gradientPng();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    // /strict/<name>: the same page under a CSP that allows no inline style or script.
    const strict = path.startsWith('/strict/');
    const name = path.startsWith('/page/') ? path.slice('/page/'.length) : strict ? path.slice('/strict/'.length) : '';
    if (name && Object.hasOwn(FIXTURES, name)) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        ...(strict ? { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'; font-src 'self'" } : {}),
      });
      res.end(readFileSync(/** @type {any} */ (FIXTURES)[name]));
    } else if (/\.(?:jpe?g|png|webp|gif)$/i.test(path)) {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(png);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (name) => `${origin}/page/${name}`,
    /** The page `name` served with a strict CSP (no inline style, no inline script). */
    strictUrl: (name) => `${origin}/strict/${name}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}

// ---------------------------------------------------------------------------------------------
// Articles from the real core (the glue and wasm shipped in the extension under test).

let core = /** @type {any} */ (null);
async function loadCore() {
  if (core) return core;
  // The glue is a file of the extension under test, not input: a trusted module path.
  const mod = await import(pathToFileURL(join(EXT_CHROME, 'pkg/declutter.js')).href); // eslint-disable-line no-unsanitized/method
  mod.initSync({ module: readFileSync(join(EXT_CHROME, 'pkg/declutter_bg.wasm')) });
  core = mod;
  return core;
}

/**
 * The Article the extension would show for fixture `name` served at `url`.
 * @param {keyof typeof FIXTURES} name
 * @param {string} url
 */
export async function articleFor(name, url) {
  const { clean } = await loadCore();
  return clean(readFileSync(FIXTURES[name], 'utf8'), { url });
}

/**
 * Whether the extension was built at all (tests skip with a message when it was not). A build that
 * exists but lacks files is not a reason to skip: the tests then fail and say what is missing.
 * @returns {boolean}
 */
export function extensionBuilt(dir = EXT_CHROME) {
  return existsSync(join(dir, 'manifest.json'));
}

// ---------------------------------------------------------------------------------------------
// Chromium with the extension.

/**
 * @param {{ colorScheme?: 'light' | 'dark', locale?: string }} [options]
 */
export async function launchChromium(options = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'declutter-reader-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1100, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
    args: [...chromiumArgs(EXT_CHROME), ...(options.locale ? [`--lang=${options.locale}`] : [])],
  });
  // Tests never touch the network: images on other hosts (a fixture's absolute og:image) get the
  // local PNG, anything else on another host is refused.
  const png = gradientPng();
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    /\.(?:jpe?g|png|webp|gif|avif)(?:[?#]|$)/i.test(route.request().url())
      ? route.fulfill({ status: 200, contentType: 'image/png', body: png })
      : route.abort(),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The worker is announced before its module has run: a toolbar click that arrives before
  // action.onClicked has its listener is dropped without a trace (as in helpers.mjs `launch`; a test
  // that clicks right after launching its own browser timed out now and then).
  await until(
    () => worker.evaluate(() => /** @type {any} */ (globalThis).chrome.action.onClicked.hasListeners()).catch(() => false),
    'the service worker to register its listeners',
    15000,
  );
  /** Console output of pages and the service worker (helpers.mjs openReader reads it). */
  const logs = /** @type {string[]} */ ([]);
  context.on('console', (m) => logs.push(`page ${m.type()}: ${m.text()}`));
  worker.on('console', (m) => logs.push(`service worker ${m.type()}: ${m.text()}`));
  // The worker is stopped when idle and started again: keep listening to the new one.
  context.on('serviceworker', (w) => w.on('console', (m) => logs.push(`service worker (restarted) ${m.type()}: ${m.text()}`)));
  return {
    context,
    worker,
    extensionId,
    logs,
    optionsUrl: `chrome-extension://${extensionId}/options/options.html`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Rough "is there a picture here" check on a PNG screenshot, done in the browser: decodes it on a canvas
 * and returns the standard deviation of luminance plus the share of pixels that differ from the
 * most common colour (the background).
 * @param {import('playwright-core').Page} page  any page (used only for its canvas)
 * @param {Buffer} png
 */
export async function imageStats(page, png) {
  return page.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const counts = new Map();
    let sum = 0;
    let sumSq = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const lum = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
      sum += lum;
      sumSq += lum * lum;
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const mean = sum / n;
    const top = Math.max(...counts.values());
    return { width: bitmap.width, height: bitmap.height, stddev: Math.sqrt(sumSq / n - mean * mean), nonBackground: 1 - top / n, mean };
  }, png.toString('base64'));
}
