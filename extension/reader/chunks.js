// @ts-check
// Runs in: the content script's isolated world (the reader).
/**
 * Chunked mounting of a long article: its blocks grouped into `.reader-chunk` wrappers, the first
 * shown at once, the others prepared and appended a few per task after the first paint.
 */

import { state } from './state.js';

/** Above this many characters of article HTML, off-screen blocks skip layout (content-visibility, reader.css). */
export const LONG_ARTICLE_CHARS = 50_000;
/** Blocks per chunk of a long article. */
const CHUNK_BLOCKS = 40;

/**
 * Groups the blocks of a long article into `.reader-chunk` wrappers of CHUNK_BLOCKS each, so that
 * the browser tracks a hundred boxes for `content-visibility: auto` instead of thousands (the first
 * frame of a 1 MB article otherwise spends most of its time there), and so that the first chunk can be
 * shown before the rest is prepared. The blocks are the children of the first element that has more
 * than one (articles often sit in a single wrapper). Returns the container and the chunks, taken
 * out of it, or null when there are too few blocks to chunk.
 * @param {Element} body  parsed content (in a detached document)
 */
export function chunkBlocks(body) {
  /** @type {Element} */
  let container = body;
  // Descend through single wrappers; an empty sibling (a header whose lines all went to the
  // reader's header) does not make a second one.
  for (;;) {
    const shown = [...container.children].filter(hasContent);
    if (shown.length !== 1 || !/^(?:DIV|SECTION|ARTICLE|MAIN)$/.test(shown[0].tagName)) break;
    container = shown[0];
  }
  const nodes = [...container.childNodes];
  if (nodes.length < CHUNK_BLOCKS * 2) return null;
  const doc = /** @type {Document} */ (body.ownerDocument);
  const chunks = [];
  for (let i = 0; i < nodes.length; i += CHUNK_BLOCKS) {
    const chunk = doc.createElement('div');
    chunk.className = 'reader-chunk';
    chunk.append(...nodes.slice(i, i + CHUNK_BLOCKS));
    chunks.push(chunk);
  }
  return { container, chunks };
}

/** Whether an element shows anything: text, or a picture, video, table or embed. */
function hasContent(/** @type {Element} */ el) {
  return (el.textContent ?? '').trim() !== '' || el.querySelector('img, picture, video, audio, svg, iframe, table, math') !== null;
}

/** The position of `node` under `top` as child indexes, to find its clone. */
export function pathTo(/** @type {Node} */ top, /** @type {Node} */ node) {
  const path = [];
  for (let at = node; at !== top && at.parentNode; at = at.parentNode) {
    path.unshift([...at.parentNode.childNodes].indexOf(/** @type {ChildNode} */ (at)));
  }
  return path;
}

/**
 * Prepares and appends `chunks` (still in the parsed document) to `liveContainer`, a few per task, so
 * the reader paints and answers input in between. Each chunk goes through the same defensive pass and
 * is cloned into the page like the first.
 * @param {Element[]} chunks
 * @param {ParentNode} liveContainer
 * @param {(chunk: Element) => void} prepare  the defensive pass and per-element preparation (render.js)
 */
export async function appendLater(chunks, liveContainer, prepare) {
  const owner = state.root;
  for (let i = 0; i < chunks.length; i++) {
    if (i % 4 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    // Closed (or another reader opened) in the meantime: stop.
    if (state.root !== owner || !state.shown) return;
    const chunk = /** @type {Element} */ (chunks[i]);
    prepare(chunk);
    liveContainer.append(document.importNode(chunk, true));
  }
}
