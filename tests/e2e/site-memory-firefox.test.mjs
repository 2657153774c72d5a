// Runs in: Node (node --test). What the extension learns per site, in headless firefox-esr over WebDriver
// (geckodriver; see firefox.test.mjs for how the toolbar button is clicked): the same walk as
// site-memory.test.mjs in Chromium. The five pages of tests/sites/riverbend-gazette lose their three site
// blocks from the third on; a block put back on page 4 stays on page 5; blocks taken out with the mouse and
// with Tab + Delete stay out on the next visit; the options page (a moz-extension: URL, random per
// install) lists the site and forgetting it gives page 3 its first-visit result.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXT_FIREFOX, ROOT, extensionBuilt } from './reader-support.mjs';
import { READER_HOST, serve, squash } from './helpers.mjs';
import { FIREFOX, GECKODRIVER, startFirefox } from './webdriver.mjs';

const SITE = join(ROOT, 'tests/sites/riverbend-gazette');
const PAGES = [1, 2, 3, 4, 5].map((n) => readFileSync(join(SITE, `page-${n}.html`), 'utf8'));
const MEMBER = 'Become a member today for as little as $5 a month';
const SITE_BLOCKS = [MEMBER, 'sign up for our free newsletter', "More from our team: read the rest of this week's coverage"];
const paragraphs = (/** @type {string} */ html) =>
  [...html.matchAll(/^<p>(.*)<\/p>$/gm)].map((m) => m[1].replace(/&amp;/g, '&')).filter((p) => !SITE_BLOCKS.some((s) => p.includes(s)));

/** @type {import('./webdriver.mjs').WebDriver} */
let driver;
let closeFirefox = async () => {};
/** @type {{ origin: string, close: () => Promise<unknown> }} */
let server;
let addonId = '';

before(async () => {
  assert.ok(extensionBuilt(EXT_FIREFOX), `no built extension in ${EXT_FIREFOX} (run ./build.sh first)`);
  assert.ok(FIREFOX && GECKODRIVER, 'firefox-esr and geckodriver are installed (./build.sh setup)');
  /** @type {Record<string, { body: string }>} */
  const routes = {};
  PAGES.forEach((html, i) => (routes[`/news/story-${i + 1}.html`] = { body: html }));
  server = await serve({ routes });
  const firefox = await startFirefox({ prefs: { 'intl.locale.requested': 'en-US' } });
  driver = firefox.driver;
  closeFirefox = firefox.close;
  console.log(`browser: ${firefox.version}`);
  addonId = await driver.cmd('POST', '/moz/addon/install', { path: EXT_FIREFOX, temporary: true });
});

after(async () => {
  await closeFirefox();
  await server?.close();
});

/** Runs `script` in Firefox's chrome context with the add-on's id, returns what it passes to `done`. */
const inChrome = (/** @type {string} */ script) => driver.inChrome(`const [id, done] = arguments; ${script}`, [addonId]);

/** Opens page `n` and the reader; returns the reader's shadow root id. */
async function visit(/** @type {number} */ n) {
  await driver.cmd('POST', '/url', { url: `${server.origin}/news/story-${n}.html` });
  await driver.clickToolbarButton(addonId);
  await driver.waitFor(`return !!document.querySelector("${READER_HOST}")`);
  const shadow = await driver.shadowOf(READER_HOST);
  await driver.textIn(shadow, '#reader-title');
  return shadow;
}

/** The text of `selector` in the reader (WebDriver's rendered text: hidden elements give ''). */
async function text(/** @type {string} */ shadow, /** @type {string} */ selector) {
  return squash(await driver.cmd('GET', `/element/${await driver.findIn(shadow, selector)}/text`));
}

/** The reader's removed-list entries' element ids, kinds and texts. */
async function removed(/** @type {string} */ shadow) {
  const items = await driver.cmd('POST', `/shadow/${shadow}/elements`, { using: 'css selector', value: '#reader-removed-list li' });
  const out = [];
  for (const item of items) {
    const id = /** @type {string} */ (Object.values(item)[0]);
    out.push({
      id,
      kind: await driver.cmd('GET', `/element/${id}/attribute/data-kind`),
      text: squash(await driver.cmd('GET', `/element/${id}/property/textContent`)),
    });
  }
  return out;
}

/** Clicks element `id` as WebDriver's element click does: scrolled into view, then a real click at its centre. */
async function click(/** @type {string} */ id) {
  await driver.cmd('POST', `/element/${id}/click`, {});
}

/** The article paragraph whose text starts with `start`. */
async function paragraph(/** @type {string} */ shadow, /** @type {string} */ start) {
  const items = await driver.cmd('POST', `/shadow/${shadow}/elements`, { using: 'css selector', value: '#reader-content p' });
  for (const item of items) {
    const id = /** @type {string} */ (Object.values(item)[0]);
    if (squash(await driver.cmd('GET', `/element/${id}/property/textContent`)).startsWith(start)) return id;
  }
  throw new Error(`no paragraph starting ${start}`);
}

it('learns the site across pages, puts back, takes out and forgets (Firefox)', async () => {
  for (const n of [1, 2, 3]) {
    const shadow = await visit(n);
    const body = await text(shadow, '#reader-content');
    for (const p of paragraphs(PAGES[n - 1])) assert.ok(body.includes(squash(p)), `page ${n} lost: ${p}`);
    for (const block of SITE_BLOCKS) assert.equal(body.includes(block), n < 3, `page ${n}: ${block}`);
  }

  // Put back on page 4, kept on page 5.
  let shadow = await visit(4);
  await click(await driver.findIn(shadow, '#reader-removed'));
  const pitch = (await removed(shadow)).find((r) => r.kind === 'site_repeat' && r.text.includes('reader-supported'));
  assert.ok(pitch, 'the membership pitch is listed as repeated on this site');
  assert.match(pitch.text, /^repeated on this site /);
  const putBack = await driver.cmd('POST', `/element/${pitch.id}/element`, { using: 'css selector', value: '.removed-put-back' });
  await click(/** @type {string} */ (Object.values(putBack)[0]));
  for (let i = 0; !(await text(shadow, '#reader-content')).includes(MEMBER); i++) {
    if (i > 50) assert.fail('the pitch was not put back');
    await new Promise((ok) => setTimeout(ok, 100));
  }
  shadow = await visit(5);
  assert.ok((await text(shadow, '#reader-content')).includes(MEMBER), 'a put-back block stays on the next page');

  // Take out: one paragraph with the mouse, the one after the next with Tab + Delete.
  const MOUSE = 'The change needs no new staff.';
  const KEYS = 'Instead, the library will close on Monday mornings';
  await click(await driver.findIn(shadow, '#reader-take-out'));
  await click(await paragraph(shadow, MOUSE));
  for (let i = 0; (await text(shadow, '#reader-content')).includes(MOUSE); i++) {
    if (i > 50) assert.fail('the clicked paragraph is still there');
    await new Promise((ok) => setTimeout(ok, 100));
  }
  await driver.press('\uE004'); // Tab: from the pitch (focused after the take-out) to the next block
  await driver.press('\uE017'); // Delete
  for (let i = 0; (await text(shadow, '#reader-content')).includes(KEYS); i++) {
    if (i > 50) assert.fail('the focused paragraph is still there');
    await new Promise((ok) => setTimeout(ok, 100));
  }
  shadow = await visit(5);
  const body = await text(shadow, '#reader-content');
  assert.ok(!body.includes(MOUSE) && !body.includes(KEYS), 'taken-out blocks stay out');
  assert.equal((await removed(shadow)).filter((r) => r.kind === 'correction').length, 2);

  // The options page lists the site; forgetting it gives page 3 its first visit again.
  const optionsUrl = await inChrome(`done(WebExtensionPolicy.getByID(id).getURL('options/options.html'));`);
  await driver.cmd('POST', '/url', { url: optionsUrl });
  await driver.waitFor('return !!document.querySelector(\'.options-site[data-site="127.0.0.1"]\')');
  assert.match(
    await driver.exec('return document.querySelector(".options-site-summary").textContent'),
    /^5 pages read · 3 repeated blocks · 1 put back · 2 taken out$/,
  );
  await driver.click('.options-site-forget');
  await driver.waitFor('return !document.getElementById("options-sites-empty").hidden');
  shadow = await visit(3);
  const first = await text(shadow, '#reader-content');
  for (const block of SITE_BLOCKS) assert.ok(first.includes(block), `after forgetting: ${block} is back`);
});
