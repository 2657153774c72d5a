// @ts-check
// Runs in: the content script's isolated world (content/page.js imports it when the reader opens).
/**
 * The reader's entry: mountReader() renders one Article into a closed shadow root on a host element
 * in the page and wires the toolbar; unmount() undoes what it did outside the shadow root. Extracts
 * nothing: the core did that. The page's CSS cannot reach into the shadow root and the page's scripts
 * cannot get it (closed, and created from this world); the text is still in the page, so the
 * browser's and other extensions' tools (dictionaries, translators) see selections and mouse events.
 *
 * The reader's modules, by job: state.js (the one state object), render.js (header and body),
 * prepare.js + defuse.js (the content's preparation and the defensive second pass), chunks.js (a long
 * article in parts), links.js (same-article links), toolbar.js (controls and settings), menu.js (skip
 * link, the "More" panel of narrow screens, focus on open), speech.js + sentences.js + voices.js (read
 * aloud), always-open.js (the "always open this site" toggle), print.js (links as numbered notes on
 * paper), corrections.js (the removed-blocks list, put back and take out), export.js + markdown.js
 * (Markdown and HTML file),
 * styles.js (stylesheet and font), template.js (the markup).
 */

import { localize } from '../shared/i18n.js';
import { styleShadowRoot } from '../shared/platform.js';
import { loadSettings, onSettingsChanged } from '../shared/settings.js';
import { wireCorrections } from './corrections.js';
import { markdown, standaloneHtml } from './export.js';
import { hideBrokenImage, render, trackProgress } from './render.js';
import { byId, listen, state } from './state.js';
import { readerCss, readerSheet } from './styles.js';
import { READER_MARKUP } from './template.js';
import { applySettings, flushSettings, onKey, trusted, wireToolbar } from './toolbar.js';
import { focusReader, wireMenu } from './menu.js';
import { listPrintLinks } from './print.js';
import { rateFormat, wireSpeech } from './speech.js';
import { wireAlwaysOpen } from './always-open.js';

/**
 * What mountReader returns (reachable only from the content script's world: content/page.js, the
 * tests and the benchmark).
 * @typedef {object} ReaderHandle
 * @property {() => void} unmount  removes every listener the reader added outside the shadow root
 * @property {() => void} focus
 * @property {() => Promise<string>} markdown  what "Copy as Markdown" copies
 * @property {() => Promise<string>} standaloneHtml  what "Save as HTML" saves
 * @property {() => import('../shared/settings.js').ReaderSettings} settings
 * @property {() => Promise<void>} whenComplete  resolves when a long article is all in (it is shown from its first part)
 * @property {Record<string, number>} timings  how long the parts of the render took, in ms
 * @property {'adopted' | 'style-element'} styling  how the stylesheet reached the shadow root (shared/platform.js)
 */

/**
 * Gets the reader ready ahead of mountReader: its stylesheet fetched and parsed, its markup parsed
 * and localised, its first Intl formatter made (speech.js rateFormat). content/page.js calls it once
 * this module is imported, while the worker cleans, so the first mount finds them ready. Never
 * throws (a failed fetch is mountReader's to report, as before).
 */
export function preloadReader() {
  readerSheet().catch(() => {});
  readerMarkup();
  rateFormat();
}

/**
 * The reader's markup parsed in an inert document and its words localised, once per content-script
 * life; each mount imports a copy (and localises it again: cheap once the browser has handed this
 * world the locale's messages, which the first getMessage asks it for).
 */
function readerMarkup() {
  if (!state.loaded.markup) {
    const body = new DOMParser().parseFromString(READER_MARKUP, 'text/html').body;
    localize(body, body);
    state.loaded.markup = body;
  }
  return state.loaded.markup;
}

/**
 * Renders `article` (from page `url`) into `shadowRoot` and wires the toolbar.
 * @param {ShadowRoot} shadowRoot  a closed shadow root, empty
 * @param {{ article: import('./state.js').Article, url: string, close: () => void }} options
 * @returns {Promise<ReaderHandle>}
 */
export async function mountReader(shadowRoot, { article, url, close }) {
  const started = performance.now();
  state.renderTimings = {};
  const settingsLoaded = loadSettings();
  const styles = readerCss();
  const sheet = readerSheet();
  state.shadow = shadowRoot;
  state.leave = close;
  state.cleanups = [];
  const root = document.createElement('div');
  root.className = 'reader-root reader-frame';
  state.root = root;
  root.append(...[...readerMarkup().childNodes].map((node) => document.importNode(node, true)));
  // The host is not in the page yet (content/page.js swaps it in once this resolves): nothing shows unstyled.
  shadowRoot.append(root);
  state.main = byId('declutter-reader');
  state.toolbar = byId('reader-toolbar');
  state.content = byId('reader-content');
  localize(root, root);
  wireToolbar();
  // Before the reader's own keys: Esc in the "More" panel closes the panel, P/X/[/] are read aloud's.
  wireMenu();
  wireSpeech();
  wireCorrections();
  listen(state.content, 'error', hideBrokenImage, true);
  listen(window, 'keydown', trusted(onKey), true);
  listen(window, 'pagehide', () => void flushSettings());
  applySettings(await settingsLoaded);
  state.stylingMethod = styleShadowRoot(shadowRoot, await styles, await sheet);
  const setup = performance.now() - started;
  render(article, url);
  state.renderTimings = { setup, ...state.renderTimings };
  trackProgress();
  wireAlwaysOpen();
  void state.completed.then(listPrintLinks);
  root.classList.add('is-ready');
  return {
    unmount,
    focus: focusReader,
    markdown,
    standaloneHtml,
    settings: () => ({ ...state.settings }),
    whenComplete: () => state.completed,
    timings: state.renderTimings,
    styling: state.stylingMethod,
  };
}

function unmount() {
  void flushSettings();
  for (const undo of state.cleanups) undo();
  state.cleanups = [];
  state.root?.remove();
  state.shown = null;
}

// Another reader tab or the options page changed the settings: follow, unless a local change is pending.
onSettingsChanged((next) => {
  if (state.root?.isConnected && !state.saveTimer) applySettings(next);
});
