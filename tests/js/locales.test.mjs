// Runs in: Node (node --test), no browser. Every user-visible string is in _locales: every key the
// code uses (`t('key')`, `data-i18n*="key"` in markup, `__MSG_key__` in the manifest) exists in every
// locale, the locales have the same keys, and a message's placeholders are the same in each language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXT = join(ROOT, 'extension');
const LOCALES = readdirSync(join(EXT, '_locales')).sort();

/** @param {string} lang @returns {Record<string, {message: string, placeholders?: Record<string, {content: string}>}>} */
const messages = (lang) => JSON.parse(readFileSync(join(EXT, '_locales', lang, 'messages.json'), 'utf8'));

/** Every .js/.html/.json file under extension/ (not _locales). @param {string} dir @returns {string[]} */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_locales' || entry.name === 'pkg' ? [] : sources(path);
    return /\.(js|html|json)$/.test(entry.name) ? [path] : [];
  });
}

/** The message keys a source file uses, literally. @param {string} text */
function usedKeys(text) {
  const keys = new Set();
  for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]);
  for (const m of text.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g)) keys.add(m[1]);
  for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(m[1]);
  return keys;
}

test('the locales are en, fr and ar, with the same keys', () => {
  assert.deepEqual(LOCALES, ['ar', 'en', 'fr']);
  const en = Object.keys(messages('en')).sort();
  for (const lang of LOCALES) assert.deepEqual(Object.keys(messages(lang)).sort(), en, lang);
});

test('every key the code uses is in every locale', () => {
  /** @type {Map<string, string>} key -> first file using it */
  const used = new Map();
  for (const file of sources(EXT)) {
    for (const key of usedKeys(readFileSync(file, 'utf8'))) if (!used.has(key)) used.set(key, relative(ROOT, file));
  }
  assert.ok(used.size > 50, `found only ${used.size} keys: the scan is broken`);
  for (const lang of LOCALES) {
    const have = messages(lang);
    const missing = [...used].filter(([key]) => !have[key]?.message).map(([key, file]) => `${key} (${file})`);
    assert.deepEqual(missing, [], `${lang} lacks messages`);
  }
  // The removed-block kinds are looked up as `kind_<kind>`: every kind the core names
  // (`Kind::name` in src/boilerplate/mod.rs) has one in every locale.
  const core = readFileSync(join(ROOT, 'src/boilerplate/mod.rs'), 'utf8');
  const kinds = [...core.matchAll(/Kind::\w+ => "([a-z_]+)"/g)].map((m) => m[1]);
  assert.ok(kinds.length >= 15, `found only ${kinds.length} kinds in Kind::name: the scan is broken`);
  for (const lang of LOCALES) {
    const missing = kinds.filter((k) => !messages(lang)[`kind_${k}`]?.message);
    assert.deepEqual(missing, [], `${lang} lacks removed-block kinds`);
  }
});

test('the notices the content script shows are localised, not written in code', () => {
  const page = readFileSync(join(EXT, 'content/page.js'), 'utf8');
  for (const key of ['noticeNoArticle', 'noticeTooLarge', 'noticeInterrupted', 'noticeTimedOut', 'noticeFailed', 'noticeUnavailable']) {
    assert.match(page, new RegExp(`t\\('${key}'`), key);
  }
  // No English sentence as a fallback argument of t() anywhere in the extension.
  for (const file of sources(EXT).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'[^']+'\s*,[^;]*?,\s*[`'"]([A-Z][a-z]+ [^`'"]*)[`'"]\s*\)/g)) {
      assert.fail(`${relative(ROOT, file)}: English fallback "${m[1]}"`);
    }
  }
});

test('a message has the same placeholders in every language, and uses them', () => {
  const en = messages('en');
  for (const lang of LOCALES) {
    const all = messages(lang);
    for (const [key, entry] of Object.entries(all)) {
      const names = Object.keys(entry.placeholders ?? {}).sort();
      assert.deepEqual(names, Object.keys(en[key]?.placeholders ?? {}).sort(), `${lang} ${key}: placeholders`);
      for (const name of names) {
        assert.ok(entry.message.toUpperCase().includes(`$${name.toUpperCase()}$`), `${lang} ${key} uses $${name}$`);
        assert.equal(entry.placeholders?.[name]?.content, en[key]?.placeholders?.[name]?.content, `${lang} ${key} ${name}`);
      }
    }
  }
});

test("the reader's and the options page's markup has no text, label or tooltip outside _locales", () => {
  const files = ['reader/template.js', 'options/options.html'];
  /** Text that is not language: glyph samples (Aa, A), numbers, speeds (1.25×). */
  const notWords = /^(?:Aa|A|[\d.,\s×]+)$/;
  const offenders = [];
  for (const file of files) {
    const text = readFileSync(join(EXT, file), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    // Each element's start tag and the text right after it.
    for (const m of text.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>([^<]*)/g)) {
      const [, tag, attrs, after] = m;
      if (['script', 'style', 'svg', 'path'].includes(tag)) continue;
      const words = after.trim();
      if (words && !notWords.test(words) && !/\bdata-i18n="/.test(attrs)) offenders.push(`${file}: <${tag}> text "${words}"`);
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        if (new RegExp(`\\s${attr}="`).test(attrs) && !new RegExp(`data-i18n-${attr}="`).test(attrs)) {
          offenders.push(`${file}: <${tag}> ${attr} not localised`);
        }
      }
    }
  }
  assert.deepEqual(offenders, []);
});

test("the demo page's words: the same keys and placeholders in en, fr and ar; the language picked from the visitor's", async () => {
  const { STRINGS, format, pickLanguage } = await import('../../www/strings.js');
  const keys = Object.keys(STRINGS.en).sort();
  const holes = (/** @type {string} */ text) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort().join();
  for (const lang of ['fr', 'ar']) {
    assert.deepEqual(Object.keys(STRINGS[lang]).sort(), keys, lang);
    for (const key of keys) assert.equal(holes(STRINGS[lang][key]), holes(STRINGS.en[key]), `${lang} ${key}`);
  }
  const html = readFileSync(join(ROOT, 'www/index.html'), 'utf8');
  for (const m of html.matchAll(/data-l10n(?:-title)?="([^"]+)"/g)) assert.ok(STRINGS.en[m[1]], `www/index.html uses ${m[1]}`);
  assert.equal(pickLanguage(['de-DE', 'fr-CA', 'en']), 'fr');
  assert.equal(pickLanguage(['ar-EG']), 'ar');
  assert.equal(pickLanguage(['de', 'ja']), 'en');
  assert.equal(pickLanguage(['fr'], 'ar'), 'ar', '?lang= wins');
  assert.equal(pickLanguage(['fr'], 'xx'), 'fr', 'an unknown ?lang= is passed over');
  assert.equal(format('$1 words, $2 blocks', [3, 'x']), '3 words, x blocks');
  assert.equal(format('$1 and $3', ['a']), 'a and $3');
});
