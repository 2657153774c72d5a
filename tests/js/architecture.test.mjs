// Runs in: Node (node --test), no browser. ARCHITECTURE.md's codemap stays true to the tree: every
// source file of the core, the extension, the demo page and the benchmarks is named in it, and every
// source file it names exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = /\.(rs|js|mjs|html|css)$/;
const map = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');

/** Source files under `dir` (relative to the repository), skipping build output. */
function sources(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (!['pkg', 'vendor', 'target', 'node_modules'].includes(name)) walk(path);
      } else if (SOURCE.test(name)) out.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, dir));
  return out;
}

const files = ['src', 'extension', 'www', 'bench'].flatMap(sources);

test('every source file is in the codemap', () => {
  const missing = files.filter((f) => !map.includes(f) && !map.includes(basename(f)));
  assert.deepEqual(missing, [], `ARCHITECTURE.md does not name: ${missing.join(', ')}`);
});

test('every source file the codemap names exists', () => {
  const named = [...map.matchAll(/`([\w./{},-]+\.(?:rs|js|mjs|css|html))`/g)].map((m) => m[1]);
  assert.ok(named.length > 50, `only ${named.length} file names found in ARCHITECTURE.md`);
  const existing = new Set([...files, ...sources('tests'), ...sources('fuzz'), ...sources('examples')].map((f) => basename(f)));
  const gone = named.filter((n) => !n.includes('{') && !existing.has(basename(n)));
  assert.deepEqual(gone, [], `ARCHITECTURE.md names files that do not exist: ${gone.join(', ')}`);
});
