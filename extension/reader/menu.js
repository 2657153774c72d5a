// @ts-check
// Runs in: the content script's isolated world (the reader).
/**
 * Keyboard and small screens: the skip link (the first Tab stop, to the article; a button, as its target
 * is in a shadow root a URL fragment cannot name), the "More" button that
 * holds the toolbar's other controls in a panel below 600 px (a disclosure: aria-expanded, Esc closes it
 * and gives focus back to the button, a click elsewhere closes it, and so does a control marked
 * `data-closes-menu`: one that acts on the article the panel covers), and the reader's focus when it opens
 * (its root, so the next Tab is the skip link and then the toolbar, never the article's links first).
 * The toolbar's own controls and keys are in toolbar.js; the layout switch itself is CSS (reader.css).
 */

import { listen, state, byId } from './state.js';
import { trusted } from './toolbar.js';

/** Whether the "More" panel is open. */
function menuOpen() {
  return byId('reader-more').getAttribute('aria-expanded') === 'true';
}

/** @param {boolean} open */
export function setMenu(open) {
  byId('reader-more').setAttribute('aria-expanded', String(open));
  byId('reader-more-menu').classList.toggle('is-open', open);
}

/** Moves focus to the article (the skip link's target) and scrolls it into view. */
function skipToArticle(/** @type {Event} */ event) {
  event.preventDefault();
  state.main.focus({ preventScroll: true });
  state.root.scrollTop = 0;
  const header = byId('reader-bar').getBoundingClientRect();
  const top = state.main.getBoundingClientRect().top;
  if (top < header.bottom) state.root.scrollTop -= header.bottom - top;
}

/**
 * Esc with the panel open closes the panel, not the reader. Runs in the capture phase on the page's
 * window before the reader's own key handler (registered earlier), which it then keeps from running.
 * @param {KeyboardEvent} event
 */
function onMenuKey(event) {
  if (event.key !== 'Escape' || !menuOpen()) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  setMenu(false);
  byId('reader-more').focus();
}

/** Wires the skip link and the "More" panel. Call before the reader's window key handler is added. */
export function wireMenu() {
  state.root.tabIndex = -1;
  byId('reader-skip').addEventListener('click', trusted(skipToArticle));
  byId('reader-more').addEventListener('click', trusted(() => setMenu(!menuOpen())));
  // A control that acts on the article (take out blocks) closes the panel that would cover it.
  byId('reader-more-menu').addEventListener('click', trusted((event) => {
    if (/** @type {Element} */ (event.target).closest('[data-closes-menu]')) setMenu(false);
  }));
  listen(window, 'keydown', trusted(onMenuKey), true);
  // A click outside the panel and its button closes it. Listened to on the shadow root, where the
  // event's target is the real element (the page's window only sees the host of a closed root); the
  // reader covers the page, so every click is in it.
  state.shadow.addEventListener('pointerdown', (event) => {
    if (!menuOpen()) return;
    const target = /** @type {Node} */ (event.target);
    if (!byId('reader-more-menu').contains(target) && !byId('reader-more').contains(target)) setMenu(false);
  }, true);
}

/** The reader's focus when it opens: its scrolling root (keys scroll; Tab goes to the skip link). */
export function focusReader() {
  state.root.focus({ preventScroll: true });
}
