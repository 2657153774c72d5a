// Runs in: Node (node --test), no browser. The extension's layout rules (ARCHITECTURE.md): code is
// grouped by where it runs, one platform module names the browser namespace, and only the background
// instantiates the WebAssembly core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXT = join(ROOT, 'extension');

/** Every .js file under extension/, as repository paths. @param {string} dir @returns {string[]} */
function scripts(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pkg' || entry.name === 'vendor' ? [] : scripts(path);
    return entry.name.endsWith('.js') ? [relative(ROOT, path)] : [];
  });
}

/** The file's code without comments (good enough for these files: no `//` inside strings that matter). @param {string} file */
const code = (file) =>
  readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

test('the extension is in folders by where code runs, no script at the top', () => {
  const top = readdirSync(EXT).filter((name) => name.endsWith('.js'));
  assert.deepEqual(top, []);
  for (const file of scripts(EXT)) {
    assert.match(file, /^extension\/(background|content|reader|options|shared)\//, file);
    assert.match(readFileSync(join(ROOT, file), 'utf8'), /^(\/\/ @ts-check\n)?\/\/ Runs in: /, `${file} says where it runs`);
  }
});

test('only shared/platform.js names the browser namespace (the content loaders use chrome.runtime.getURL once)', () => {
  const offenders = [];
  for (const file of scripts(EXT)) {
    if (file === 'extension/shared/platform.js') continue;
    const text = code(file);
    const names = [...text.matchAll(/\b(?:globalThis\.)?(browser|chrome)\s*\.\s*([a-zA-Z]+)(?:\s*\.\s*([a-zA-Z]+))?/g)];
    for (const [match, , api, fn] of names) {
      if (/^extension\/content\/(content|open)\.js$/.test(file) && api === 'runtime' && fn === 'getURL') continue;
      offenders.push(`${file}: ${match}`);
    }
    if (/\?\?\s*(?:globalThis\.)?chrome\b/.test(text)) offenders.push(`${file}: a browser ?? chrome shim`);
  }
  assert.deepEqual(offenders, []);
});

test('only the background imports the WebAssembly glue', () => {
  const users = scripts(EXT).filter((file) => /pkg\/declutter\.js/.test(code(file)));
  assert.deepEqual(users, ['extension/background/background.js']);
});
