// @ts-check
// Runs in: the content script's isolated world (the reader).
/**
 * The removed-blocks list and the reader's corrections. The list (the footer under the article) says in
 * plain words what each removed block was (its kind, a short preview; the core's technical reason only as
 * a tooltip). A block removed from inside the article can be put back in place with one click; the
 * toolbar's "Take out blocks" toggle (in the "More" panel on a narrow screen) lets any block of the
 * article be taken out, by mouse (click) or keyboard (Tab to it, Enter or Delete), with a hint and a
 * "Done" button under the toolbar while it is on (Esc also ends it). Each correction is remembered for
 * the site by fingerprint (shared/site-store.js, storage.local only), and the core applies it on the
 * site's next page (`Options.corrections`). Extracts nothing: put-back HTML is the core's sanitised HTML,
 * passed through the same defensive pass as the article and cloned in.
 *
 * What the exports see (export.js): every block of the article carries its number in document order
 * (`data-declutter-block`, given by numberBlocks to the content before it is prepared), and a put-back
 * block the index of its HTML (`data-declutter-put-back`). correctedContent() prepares the article again
 * from the core's content_html and keeps the numbered blocks the reader shows, in the reader's order
 * with the put-back blocks in place: the exports are what the reader shows, written from the core's
 * sanitised HTML only (never copied from the live DOM).
 */

import { fingerprint } from '../shared/fingerprint.js';
import { t, uiLanguage } from '../shared/i18n.js';
import { correct, siteOf } from '../shared/site-store.js';
import { dropElements } from './defuse.js';
import { prepareElements } from './prepare.js';
import { byId, listen, state } from './state.js';

/** The article's blocks a reader can take out (the outermost of these around what was clicked). */
const BLOCKS = 'p, li, h2, h3, h4, h5, h6, blockquote, pre, figure, table, dl, dt, dd';
/** Where a put-back block is placed: before the first of these whose fingerprint is the one named. */
const PLACES = `${BLOCKS}, div, section, ul, ol`;
const PREVIEW_CHARS = 80;
/** The attributes the reader puts on the article's blocks (never on the saved file's). */
const BLOCK_NUMBER = 'data-declutter-block';
const PUT_BACK = 'data-declutter-put-back';
const READER_MARKS = [BLOCK_NUMBER, PUT_BACK, 'data-declutter-fingerprint', 'data-declutter-takeable'];

/**
 * One entry of the removed list.
 * @typedef {object} Entry
 * @property {string} kind
 * @property {string} reason
 * @property {string} preview
 * @property {string | null} fingerprint  the core's name for the block (put-back blocks only)
 * @property {string | null} before  the block it stood before
 * @property {string | null} html  the core's sanitised HTML of the block
 * @property {{ node: Element, parent: Node, next: Node | null } | null} taken  a block taken out in this view
 */

/**
 * "N blocks removed" with the plural form of the UI language.
 * @param {number} count
 */
function removedLabel(count) {
  let category = 'other';
  try {
    category = new Intl.PluralRules(uiLanguage()).select(count);
  } catch {
    // Keep "other".
  }
  const number = new Intl.NumberFormat(uiLanguage()).format(count);
  return t(category === 'one' ? 'removedCountOne' : 'removedCountOther', [number]);
}

/** @param {string} text */
function shortPreview(text) {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > PREVIEW_CHARS ? `${folded.slice(0, PREVIEW_CHARS - 1)}…` : folded;
}

/** @param {any} block @returns {Entry} */
function entryOf(block) {
  const str = (/** @type {unknown} */ v) => (typeof v === 'string' ? v : null);
  return {
    kind: String(block?.kind ?? 'other'),
    reason: String(block?.reason ?? ''),
    preview: String(block?.preview ?? ''),
    fingerprint: str(block?.fingerprint),
    before: str(block?.before),
    html: str(block?.html),
    taken: null,
  };
}

/**
 * Renders the removed-blocks footer for the article on screen and wires the corrections.
 * @param {any[]} removed  the Article's `removed`
 * @param {string} url  the page's address (its site names the corrections)
 */
export function renderRemoved(removed, url) {
  state.corrections = { site: siteOf(url), entries: removed.map(entryOf), taking: false, putBack: [] };
  const canCorrect = Boolean(state.corrections.site);
  byId('reader-take-out').hidden = !canCorrect;
  byId('reader-removed-intro').textContent = t(canCorrect ? 'removedIntroCorrect' : 'removedIntro');
  setTaking(false);
  showList();
}

function showList() {
  const { entries, site } = state.corrections;
  byId('reader-footer').hidden = !entries.length && !site;
  const button = byId('reader-removed');
  button.textContent = removedLabel(entries.length);
  button.hidden = !entries.length;
  if (!entries.length) {
    button.setAttribute('aria-expanded', 'false');
    byId('reader-removed-list').hidden = true;
  }
  const list = /** @type {HTMLElement} */ (byId('reader-removed-list').querySelector('ul'));
  list.replaceChildren(...entries.map((entry) => listItem(entry)));
}

/** @param {Entry} entry */
function listItem(entry) {
  const item = document.createElement('li');
  item.dataset.kind = entry.kind;
  const kind = document.createElement('span');
  kind.className = 'removed-kind';
  kind.textContent = t(`kind_${entry.kind.replace(/[^a-z_]/gi, '')}`, undefined, entry.kind);
  // The core's reason is for the curious (a class name, a link density): a tooltip, not the text.
  if (entry.reason) kind.title = entry.reason;
  item.append(kind);
  if (entry.preview) {
    const preview = document.createElement('q');
    preview.className = 'removed-preview';
    preview.dir = 'auto';
    preview.textContent = shortPreview(entry.preview);
    item.append(' ', preview);
  }
  if (state.corrections.site && (entry.taken || (entry.html && entry.fingerprint))) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'removed-put-back';
    button.textContent = t('putBack');
    button.setAttribute('aria-label', t('putBackLabel', [shortPreview(entry.preview)]));
    button.addEventListener('click', (event) => {
      if (event.isTrusted) void putBack(entry);
    });
    item.append(' ', button);
  }
  return item;
}

/** @param {string} text */
function announce(text) {
  byId('reader-corrections-status').textContent = text;
}

/**
 * The element of the article a put-back block goes before: the first whose fingerprint is `before`.
 * @param {string | null} before
 */
function placeFor(before) {
  if (!before) return null;
  for (const el of state.content.querySelectorAll(PLACES)) {
    if (fingerprint(el.textContent ?? '') === before) return el;
  }
  return null;
}

/**
 * The core's sanitised HTML of a removed block, through the same defensive pass as the article, cloned
 * into `doc` (the page, or the saved file's document; never adopted: see render.js).
 * @param {string} html
 * @param {Document} doc
 */
function blockFrom(html, doc) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  dropElements(body);
  prepareElements(body, { mixedDirection: true });
  const staged = body.ownerDocument.createDocumentFragment();
  staged.append(...body.childNodes);
  return doc.importNode(staged, true);
}

/**
 * Puts a removed block back in place and remembers it for the site.
 * @param {Entry} entry
 */
async function putBack(entry) {
  const { site, entries } = state.corrections;
  if (!site) return;
  /** @type {Element | null} */
  let shown = null;
  if (entry.taken) {
    const { node, parent, next } = entry.taken;
    parent.insertBefore(node, next && next.parentNode === parent ? next : null);
    shown = node;
  } else if (entry.html) {
    const fragment = blockFrom(entry.html, document);
    // Its index names the HTML the exports write in its place (correctedContent).
    const index = String(state.corrections.putBack.push(entry.html) - 1);
    for (const el of fragment.children) el.setAttribute(PUT_BACK, index);
    shown = fragment.firstElementChild;
    const place = placeFor(entry.before);
    if (place?.parentNode) place.parentNode.insertBefore(fragment, place);
    else (state.content.firstElementChild ?? state.content).append(fragment);
  }
  if (shown) {
    if (!shown.hasAttribute(PUT_BACK)) shown.setAttribute(PUT_BACK, '');
    if (entry.fingerprint) shown.setAttribute('data-declutter-fingerprint', entry.fingerprint);
    markTakeable();
  }
  entries.splice(entries.indexOf(entry), 1);
  showList();
  announce(t('putBackDone'));
  const names = [entry.fingerprint, entry.taken && fingerprint(entry.taken.node.textContent ?? '')].filter((f) => typeof f === 'string');
  // A block the reader took out, or the core took out for that reason, is simply no longer taken out.
  const action = entry.taken || entry.kind === 'correction' ? 'forget' : 'keep';
  await correct(site, action, /** @type {string[]} */ (names)).catch((e) => console.warn('Declutter: correction not saved:', e));
}

/**
 * The outermost takeable block around `node`, inside the article.
 * @param {Node | null} node
 */
function blockAround(node) {
  /** @type {Element | null} */
  let found = null;
  let el = node instanceof Element ? node : node?.parentElement ?? null;
  while (el && el !== state.content) {
    if (el.matches(BLOCKS)) found = el;
    el = el.parentElement;
  }
  return el === state.content ? found : null;
}

/** In take-out mode, every outermost block is reachable by Tab. */
function markTakeable() {
  const taking = state.corrections?.taking ?? false;
  for (const el of state.content.querySelectorAll('[data-declutter-takeable]')) {
    el.removeAttribute('data-declutter-takeable');
    el.removeAttribute('tabindex');
  }
  if (!taking) return;
  for (const el of state.content.querySelectorAll(BLOCKS)) {
    if (blockAround(el) !== el) continue;
    el.setAttribute('data-declutter-takeable', '');
    el.setAttribute('tabindex', '0');
  }
}

/** @param {boolean} taking */
function setTaking(taking) {
  state.corrections.taking = taking;
  byId('reader-take-out').setAttribute('aria-pressed', String(taking));
  byId('reader-taking').hidden = !taking;
  state.content.classList.toggle('is-taking-out', taking);
  markTakeable();
}

/** Ends take-out mode from its "Done" button or Esc: focus goes back to the toggle (or "More" on a narrow screen). */
function stopTaking() {
  const inside = byId('reader-taking').contains(state.shadow.activeElement) || state.content.contains(state.shadow.activeElement);
  setTaking(false);
  if (!inside) return;
  const toggle = byId('reader-take-out');
  (toggle.getClientRects().length ? toggle : byId('reader-more')).focus();
}

/**
 * Takes a block out of the article and remembers it for the site.
 * @param {Element} block
 */
async function takeOut(block) {
  const { site, entries } = state.corrections;
  if (!site) return;
  const text = block.textContent ?? '';
  const names = [fingerprint(text), block.getAttribute('data-declutter-fingerprint')].filter((f) => typeof f === 'string');
  if (!names.length) return;
  // Keyboard users land on the next block (or the toggle at the end).
  const takeable = [...state.content.querySelectorAll('[data-declutter-takeable]')];
  const next = /** @type {HTMLElement | undefined} */ (takeable[takeable.indexOf(block) + 1] ?? takeable[takeable.indexOf(block) - 1]);
  const parent = block.parentNode;
  if (!parent) return;
  const entry = entryOf({ kind: 'correction', preview: text });
  entry.taken = { node: block, parent, next: block.nextSibling };
  block.remove();
  block.removeAttribute('data-declutter-takeable');
  block.removeAttribute('tabindex');
  entries.push(entry);
  showList();
  announce(t('takeOutDone'));
  (next ?? byId('reader-take-out-done')).focus({ preventScroll: false });
  await correct(site, 'drop', /** @type {string[]} */ (names)).catch((e) => console.warn('Declutter: correction not saved:', e));
}

/**
 * Wires the take-out toggle, its "Done" button and Esc, and the article's clicks and keys for it (once
 * per reader). Call before the reader's window key handler is added (Esc ends take-out mode first).
 */
export function wireCorrections() {
  const toggle = byId('reader-take-out');
  toggle.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    const taking = !state.corrections.taking;
    const fromPanel = byId('reader-more-menu').classList.contains('is-open');
    setTaking(taking);
    // From the "More" panel, which closes (menu.js: the article is what to click now): focus goes on to
    // the "Done" button, or back to "More" when take-out mode ends.
    if (fromPanel) byId(taking ? 'reader-take-out-done' : 'reader-more').focus();
  });
  byId('reader-take-out-done').addEventListener('click', (event) => {
    if (event.isTrusted) stopTaking();
  });
  listen(
    window,
    'keydown',
    (/** @type {KeyboardEvent} */ event) => {
      if (!event.isTrusted || event.key !== 'Escape' || !state.corrections?.taking) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      stopTaking();
    },
    true,
  );
  // Capture: in take-out mode a click on a link inside a block takes the block out instead.
  listen(
    state.content,
    'click',
    (/** @type {MouseEvent} */ event) => {
      if (!event.isTrusted || !state.corrections?.taking) return;
      const block = blockAround(/** @type {Node} */ (event.target));
      if (!block) return;
      event.preventDefault();
      event.stopPropagation();
      void takeOut(block);
    },
    true,
  );
  listen(state.content, 'keydown', (/** @type {KeyboardEvent} */ event) => {
    if (!event.isTrusted || !state.corrections?.taking) return;
    if (!['Enter', 'Delete', 'Backspace'].includes(event.key)) return;
    const target = /** @type {Element} */ (event.target);
    if (!target.hasAttribute?.('data-declutter-takeable')) return;
    event.preventDefault();
    void takeOut(target);
  });
}

/**
 * Numbers the article's blocks in document order (`data-declutter-block`), the same way on the reader's
 * content and on an export's (both prepared from content_html the same way, so a number names the same
 * block in each).
 * @param {ParentNode} container  the parsed content, after prepareWhole
 */
export function numberBlocks(container) {
  let number = 0;
  for (const el of container.querySelectorAll(BLOCKS)) el.setAttribute(BLOCK_NUMBER, String(number++));
}

/**
 * The article's content as the reader shows it, for the exports: `body` is the content prepared again
 * from content_html (numbered by numberBlocks, in a document of the export's); the blocks the reader no
 * longer shows are dropped from it and the put-back blocks written in, from the core's HTML, where the
 * reader shows them. Only which numbered block is shown and where a put-back block stands are read from
 * the reader's content, never its markup. The reader's marks are taken off.
 * @param {Element} body
 */
export function applyCorrections(body) {
  const doc = /** @type {Document} */ (body.ownerDocument);
  const live = state.content;
  const shown = new Set([...live.querySelectorAll(`[${BLOCK_NUMBER}]`)].map((el) => el.getAttribute(BLOCK_NUMBER)));
  /** @type {Map<string, Element>} */
  const numbered = new Map();
  for (const el of body.querySelectorAll(`[${BLOCK_NUMBER}]`)) numbered.set(/** @type {string} */ (el.getAttribute(BLOCK_NUMBER)), el);
  for (const [number, el] of numbered) if (!shown.has(number)) el.remove();
  /** Put-back blocks already written into `body`: the reader's element → the first written one. */
  /** @type {Map<Element, Element>} */
  const written = new Map();
  /**
   * The element of `body` that stands for the reader's `el`: the same numbered block, a put-back block
   * already written, or the ancestor that holds the counterpart of its first numbered block at the same depth.
   * @param {Element} el
   * @returns {Element | null}
   */
  const counterpart = (el) => {
    const writtenOne = written.get(el);
    if (writtenOne) return writtenOne;
    const first = el.hasAttribute(BLOCK_NUMBER) ? el : el.querySelector(`[${BLOCK_NUMBER}]`);
    let found = first ? numbered.get(/** @type {string} */ (first.getAttribute(BLOCK_NUMBER))) ?? null : null;
    for (let at = first; found && at && at !== el; at = at.parentElement) found = found.parentElement;
    return found && body.contains(found) ? found : null;
  };
  const seen = new Set();
  for (const el of live.querySelectorAll(`[${PUT_BACK}]`)) {
    const index = el.getAttribute(PUT_BACK) ?? '';
    const html = /^\d+$/.test(index) ? state.corrections.putBack[Number(index)] : undefined;
    if (html === undefined || seen.has(index)) continue;
    seen.add(index);
    const fragment = blockFrom(html, doc);
    const first = fragment.firstElementChild;
    let placed = false;
    for (let next = el.nextElementSibling; next && !placed; next = next.nextElementSibling) {
      const there = counterpart(next);
      if (there) {
        there.before(fragment);
        placed = true;
      }
    }
    for (let previous = el.previousElementSibling; previous && !placed; previous = previous.previousElementSibling) {
      const there = counterpart(previous);
      if (there) {
        there.after(fragment);
        placed = true;
      }
    }
    if (!placed) (el.parentElement && el.parentElement !== live ? counterpart(el.parentElement) ?? body : body).append(fragment);
    if (first) written.set(el, first);
  }
  for (const el of body.querySelectorAll(READER_MARKS.map((name) => `[${name}]`).join(', '))) {
    for (const name of READER_MARKS) el.removeAttribute(name);
  }
}
