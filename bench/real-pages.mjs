// Real pages for the browser benchmark: a fixed, spread sample of wcxb-dev *training* pages (the
// validation part, training/wcxb-validation.txt, is never used), and the training page nearest to
// 1 MB for the first-click figure. Returns no pages when the corpus is not beside the repository.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT } from '../tests/e2e/helpers.mjs';

const CORPUS = join(ROOT, '../shared/corpus/wcxb-dev/html');

/** The headers real pages are served with: scripts and subresources off (issue 16's method). */
export const SCRIPTS_OFF = { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" };

/** @param {number} count how many pages (spread evenly over the sorted training ids) */
export function realPages(count) {
  if (!existsSync(CORPUS) || count <= 0) return { pages: [], oneMb: null };
  const validation = new Set(
    readFileSync(join(ROOT, 'training/wcxb-validation.txt'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t')[0]),
  );
  const ids = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .filter((id) => !validation.has(id))
    .sort();
  const step = Math.max(1, ids.length / count);
  const picked = [];
  for (let i = 0; i < ids.length && picked.length < count; i += step) picked.push(ids[Math.floor(i)]);
  // Every page is read once: the sample and the search for the 1 MB page share the decompressed pages.
  const cache = new Map();
  const load = (id) => {
    if (!cache.has(id)) cache.set(id, { id, html: gunzipSync(readFileSync(join(CORPUS, `${id}.html.gz`))) });
    return cache.get(id);
  };
  // The page nearest to 1 MB, read from gzip sizes first (decompressing every page would be slow).
  let oneMb = null;
  for (const id of ids) {
    const page = load(id);
    if (page.html.length >= 900_000 && page.html.length <= 1_300_000) {
      if (!oneMb || Math.abs(page.html.length - 1e6) < Math.abs(oneMb.html.length - 1e6)) oneMb = page;
    }
  }
  return { pages: picked.map(load), oneMb };
}
