// @ts-check
// Runs in: the content script's isolated world (the reader).
/**
 * Renders one Article into the reader's markup: the header (title, site, byline, date, reading time,
 * link to the original), the body (parsed inert, prepared by prepare.js, CLONED into the page, a long
 * one in chunks), the "may not be an article" note, the repeated-body banner, the removed-blocks
 * footer and the progress line. Extracts nothing: the core did that.
 */

import { t, uiLanguage } from '../shared/i18n.js';
import { appendLater, chunkBlocks, LONG_ARTICLE_CHARS, pathTo } from './chunks.js';
import { numberBlocks, renderRemoved } from './corrections.js';
import { safeParse } from './links.js';
import { addLeadImage, articleDirection, prepareElements, prepareWhole } from './prepare.js';
import { byId, listen, state } from './state.js';

/** @typedef {import('./state.js').Article} Article */

/**
 * @param {any} article
 * @param {string} url
 */
export function siteName(article, url) {
  return article.site_name || safeParse(url)?.hostname.replace(/^www\./, '') || '';
}

/**
 * The byline as the header shows it: left out when it only names the site the header already
 * shows (a page whose author is its publication: "Al Mayadeen English" by "Al Mayadeen
 * English"), compared without case, spaces or punctuation.
 * @param {any} article
 * @param {string} url
 */
export function shownByline(article, url) {
  const byline = String(article.byline || '').trim();
  const key = (/** @type {string} */ s) => s.toLocaleLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
  return byline && key(byline) === key(siteName(article, url)) ? '' : byline;
}

/**
 * The publication date in the UI language, or the page's own text when it is not a date we can read.
 * @param {string | null | undefined} published
 */
function formatDate(published) {
  if (!published) return { text: '', iso: '' };
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return { text: published, iso: '' };
  const hasTime = /\d{1,2}:\d{2}/.test(published);
  // A date without a time of day is a calendar date: not shifted by the reader's time zone.
  const options = /** @type {Intl.DateTimeFormatOptions} */ ({ dateStyle: 'long', ...(hasTime ? { timeStyle: 'short' } : { timeZone: 'UTC' }) });
  try {
    return { text: new Intl.DateTimeFormat(uiLanguage(), options).format(date), iso: date.toISOString() };
  } catch {
    return { text: published, iso: '' };
  }
}

/** @param {number} minutes */
function formatReadingTime(minutes) {
  const count = Math.max(1, Math.round(minutes || 1));
  let duration = `${count} min`;
  try {
    const unitDisplay = t('readingTimeUnitDisplay', undefined, 'short') === 'long' ? 'long' : 'short';
    duration = new Intl.NumberFormat(uiLanguage(), { style: 'unit', unit: 'minute', unitDisplay }).format(count);
  } catch {
    // Keep the plain form.
  }
  return t('readingTime', [duration]);
}

/**
 * Puts a UI-language string in `el`, isolated in its own direction (an English "2 min read" inside an
 * Arabic header keeps its word order; the header's separators stay in the article's direction).
 * @param {HTMLElement} el
 * @param {string} text
 */
function setUiText(el, text) {
  const span = document.createElement('span');
  span.lang = uiLanguage();
  span.dir = state.root.dir || 'ltr';
  span.textContent = text;
  el.replaceChildren(...(text ? [span] : []));
}

/**
 * @param {any} article
 * @param {string} url
 */
export function render(article, url) {
  const dir = articleDirection(article);
  if (article.lang) state.main.lang = article.lang;
  state.main.dir = dir;
  // Controls sit on the reading side: a right-to-left article or UI mirrors the state.toolbar.
  const barDir = dir === 'rtl' || state.root.dir === 'rtl' ? 'rtl' : 'ltr';
  byId('reader-bar').dir = barDir;
  state.toolbar.dir = barDir;

  const title = article.title || safeParse(url)?.hostname || '';
  byId('reader-title').textContent = title;
  byId('reader-site').textContent = siteName(article, url);
  byId('reader-byline').textContent = shownByline(article, url);
  const date = formatDate(article.published);
  const dateEl = byId('reader-date');
  setUiText(dateEl, date.text);
  if (date.iso) dateEl.setAttribute('datetime', date.iso);
  setUiText(byId('reader-time'), article.word_count ? formatReadingTime(article.reading_minutes) : '');
  for (const el of [byId('reader-byline'), dateEl, byId('reader-time')]) el.hidden = !el.textContent;

  const original = /** @type {HTMLAnchorElement} */ (byId('reader-original'));
  const originalIcon = /** @type {HTMLAnchorElement} */ (byId('reader-original-icon'));
  const pageUrl = safeParse(url);
  if (pageUrl && /^https?:$/.test(pageUrl.protocol)) {
    original.href = pageUrl.href;
    originalIcon.href = pageUrl.href;
    original.textContent = t('originalOn', [pageUrl.hostname.replace(/^www\./, '')]);
  } else {
    original.parentElement?.setAttribute('hidden', '');
    originalIcon.hidden = true;
  }

  // content_html was sanitised by the core. DOMParser gives an inert document (no script runs, nothing
  // loads); prepareWhole() and prepareElements() drop executable markup again, then the result is
  // CLONED into the page. NOTE: cloned (importNode), never moved (adoptNode): in Chromium an on*
  // attribute parsed in the inert document and removed there still fires once the node is adopted
  // into the page (tests/e2e/reader.test.mjs "keeps executable markup out"); a clone carries only the
  // attributes left. A long article is shown from its first chunk; the others follow (appendLater).
  let mark = performance.now();
  const lap = (/** @type {string} */ name) => {
    const at = performance.now();
    state.renderTimings[name] = at - mark;
    mark = at;
  };
  const parsed = new DOMParser().parseFromString(String(article.content_html ?? ''), 'text/html');
  lap('parse');
  const body = parsed.body;
  addLeadImage(body, article);
  const context = prepareWhole(body, article, url);
  // Each block's number names it for the exports (corrections.js, correctedContent in export.js).
  numberBlocks(body);
  const long = String(article.content_html ?? '').length > LONG_ARTICLE_CHARS;
  const chunked = long ? chunkBlocks(body) : null;
  // A long article: the chunks wait outside; the rest of the body (its wrappers) is prepared now.
  prepareElements(body, context);
  lap('prepare');
  const staged = parsed.createDocumentFragment();
  const containerPath = chunked ? pathTo(body, chunked.container) : [];
  staged.append(...body.childNodes);
  const fragment = document.importNode(staged, true);
  /** @type {ParentNode} */
  let liveContainer = fragment;
  for (const index of containerPath) liveContainer = /** @type {ParentNode} */ (/** @type {any} */ (liveContainer).childNodes[index]);
  const chunks = chunked?.chunks ?? [];
  // The first chunk now, the others after the first paint.
  const first = chunks.shift();
  if (first) {
    prepareElements(first, context);
    liveContainer.append(document.importNode(first, true));
  }
  lap('clone');
  state.content.classList.toggle('is-long', long && !chunked);
  state.content.replaceChildren(fragment);
  lap('insert');
  state.completed = chunks.length ? appendLater(chunks, liveContainer, (chunk) => prepareElements(chunk, context)) : Promise.resolve();

  // Texts in the UI language inside an article in another script: isolate them, so "1 min read" stays
  // in order inside an Arabic header.
  // (The toolbar's messages too: the bar mirrors for a right-to-left article, a French sentence in it
  // still ends on the right.)
  for (const el of state.shadow.querySelectorAll('#reader-original, .reader-notice, .reader-footer, #reader-speech-status, #reader-toast, #reader-take-out-hint')) {
    el.setAttribute('lang', uiLanguage());
    el.setAttribute('dir', state.root.dir || 'ltr');
  }

  // Clicking is intent: the reader opens whenever there is something to read, and says so when the
  // core is unsure this is the page's article (a short item, a link-heavy text).
  byId('reader-not-article').hidden = article.readerable !== false && article.confidence !== 'uncertain';
  renderDuplicate(article.duplicate_body);
  renderRemoved(Array.isArray(article.removed) ? article.removed : [], url);

  byId('reader-header').hidden = false;
  state.shown = { article, url, dateText: date.text };
  lap('rest');
}

/**
 * Hides an image that fails to load (gone from its host, refused, offline), and its figure once
 * the figure has no image left to show: no empty box, no caption under nothing. Listened for on
 * the content in the capture phase (`error` does not bubble).
 * @param {Event} event
 */
export function hideBrokenImage(event) {
  const img = /** @type {Element | null} */ (event.target);
  if (img?.tagName !== 'IMG') return;
  // `hidden`, not a class: content carries no attribute of the page's that the reader styles.
  /** @type {HTMLElement} */ (img).hidden = true;
  const figure = /** @type {HTMLElement | null} */ (img.closest('figure'));
  if (figure && !figure.querySelector('img:not([hidden]), video, svg, iframe, canvas')) figure.hidden = true;
}

/** @param {any} duplicate */
function renderDuplicate(duplicate) {
  const banner = byId('reader-duplicate-banner');
  banner.hidden = !duplicate?.detected;
  if (!duplicate?.detected) return;
  const blocks = Array.isArray(duplicate.blocks) ? duplicate.blocks : [];
  const copies = Math.max(2, Number(duplicate.copies) || 2);
  byId('reader-duplicate-summary').textContent = t('duplicateSummary', [String(copies), String(blocks.length)]);
  const list = byId('reader-duplicate-list');
  list.replaceChildren(
    ...blocks.map((/** @type {any} */ block) => {
      const item = document.createElement('li');
      item.dir = 'auto';
      item.textContent = String(block.preview ?? '');
      return item;
    }),
  );
  list.hidden = !blocks.length;
}

export function toggleRemoved() {
  const button = byId('reader-removed');
  const panel = byId('reader-removed-list');
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
}

/** A thin reading-progress line under the state.toolbar (decorative: the scrollbar says the same). */
export function trackProgress() {
  const bar = /** @type {HTMLElement | null} */ (state.shadow.querySelector('.reader-progress > span'));
  if (!bar) return;
  const scroller = state.root;
  let queued = false;
  const update = () => {
    queued = false;
    const scrollable = scroller.scrollHeight - scroller.clientHeight;
    const fraction = scrollable > 0 ? Math.min(1, Math.max(0, scroller.scrollTop / scrollable)) : 0;
    bar.style.transform = `scaleX(${fraction.toFixed(4)})`;
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  scroller.addEventListener('scroll', schedule, { passive: true });
  listen(window, 'resize', schedule, { passive: true });
  schedule();
}
