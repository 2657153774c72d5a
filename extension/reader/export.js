// @ts-check
// Runs in: the content script's isolated world (the reader's toolbar).
/**
 * What the reader gives away: the article as Markdown (copied) and as a standalone, script-free HTML
 * file (saved), both as the reader shows it: with the blocks taken out left out and the blocks put back
 * in place (corrections.js). Both are written from the core's sanitised content_html, prepared again in
 * an inert document, never from the live DOM. Both wait for a long article's later parts. fileName is
 * pure (tests/js).
 */

import { t } from '../shared/i18n.js';
import { defuse } from './defuse.js';
import { addLeadImage, prepareElements, prepareWhole } from './prepare.js';
import { applyCorrections, numberBlocks } from './corrections.js';
import { markdownConverter } from './markdown.js';
import { shownByline, siteName } from './render.js';
import { byId, state } from './state.js';
import { savedCss } from './styles.js';

/** @param {string} message */
export function toast(message) {
  const el = byId('reader-toast');
  el.textContent = message;
  el.classList.add('is-visible');
  clearTimeout(Number(el.dataset.timer));
  el.dataset.timer = String(
    setTimeout(() => {
      el.classList.remove('is-visible');
    }, 2500),
  );
}

/**
 * The article's content as the reader shows it (corrections included), prepared again from the core's
 * content_html in an inert document: the same preparation as the reader's (render.js), then the
 * corrections applied (corrections.js). Returns the body element holding it.
 * @param {Document} doc  the document the content is for
 */
function correctedContent(doc) {
  const { article, url } = /** @type {import('./state.js').Shown} */ (state.shown);
  const body = new DOMParser().parseFromString(String(article.content_html ?? ''), 'text/html').body;
  addLeadImage(body, article);
  const context = prepareWhole(body, article, url);
  numberBlocks(body);
  prepareElements(body, context);
  const staged = doc.createElement('div');
  staged.append(...[...body.childNodes].map((node) => doc.importNode(node, true)));
  applyCorrections(staged);
  return staged;
}

/** The article as Markdown: headline, byline line, source URL, then the body. */
export async function markdown() {
  await state.completed;
  if (!state.shown) return '';
  const { article, url, dateText } = state.shown;
  state.loaded.converter ??= markdownConverter();
  const service = await state.loaded.converter;
  const line = (/** @type {unknown} */ text) => service.escape(String(text ?? '').replace(/\s+/g, ' ').trim());
  const details = [shownByline(article, url), siteName(article, url), dateText].map(line).filter(Boolean);
  const parts = [
    article.title ? `# ${line(article.title)}` : '',
    details.length ? `_${details.join(' · ')}_` : '',
    url ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : '',
    service.turndown(correctedContent(document.implementation.createHTMLDocument(''))),
  ];
  return `${parts.filter((part) => part.trim()).join('\n\n')}\n`;
}

export async function copyMarkdown() {
  const text = await markdown();
  try {
    await navigator.clipboard.writeText(text);
    toast(t('copied'));
  } catch {
    // A cross-origin frame may lack the clipboard-write permission policy: fall back to a selection copy.
    const previous = /** @type {HTMLElement | null} */ (state.shadow.activeElement);
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    state.root.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    previous?.focus();
    toast(ok ? t('copied') : t('copyFailed'));
  }
}

/**
 * A standalone, script-free HTML document of the article as it is shown (current theme and typography).
 * @returns {Promise<string>}
 */
export async function standaloneHtml() {
  await state.completed;
  if (!state.shown) return '';
  const doc = document.implementation.createHTMLDocument(state.shown.article.title || t('untitledArticle'));
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  doc.head.prepend(meta);
  // The saved file runs nothing and loads nothing but its images, whatever a sanitiser missed.
  const policy = doc.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
  meta.after(policy);
  const viewport = doc.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  doc.head.append(viewport);
  if (/^https?:/.test(state.shown.url)) {
    const canonical = doc.createElement('link');
    canonical.rel = 'canonical';
    canonical.href = state.shown.url;
    doc.head.append(canonical);
  }
  const style = doc.createElement('style');
  style.textContent = await savedCss();
  doc.head.append(style);
  for (const name of ['lang', 'dir', 'data-theme', 'data-font', 'style']) {
    const value = state.root.getAttribute(name);
    if (value) doc.documentElement.setAttribute(name, value);
  }
  doc.documentElement.classList.add('reader-root', 'is-saved');
  // The reader's own frame (header: title, byline, date, written with textContent) comes from the
  // reader; the article body is prepared again from the core's sanitised content_html, in an inert
  // document, with the reader's corrections applied, never copied from the live page (which the page
  // shares with the reader). (The live article is not copied at all: it would only be replaced.)
  const liveContent = state.main.querySelector(':scope > #reader-content');
  const clone = /** @type {HTMLElement} */ (doc.importNode(state.main, false));
  for (const child of state.main.childNodes) clone.append(doc.importNode(child, child !== liveContent));
  clone.removeAttribute('tabindex');
  for (const el of clone.querySelectorAll('[hidden], #reader-footer, #reader-duplicate-banner')) el.remove();
  const content = clone.querySelector('#reader-content');
  if (content) content.replaceChildren(...correctedContent(doc).childNodes);
  doc.body.append(clone);
  // The content was sanitised on the way in; make sure nothing executable slipped through anyway.
  defuse(doc.body);
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}

export async function saveHtml() {
  const html = await standaloneHtml();
  const blob = new Blob([html], { type: 'text/html;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${fileName(state.shown?.article.title ?? '')}.html`;
  link.hidden = true;
  state.root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  toast(t('saved'));
}

/**
 * A file name (without extension) from the article's title: characters file systems refuse removed,
 * at most 100 characters, `article` when nothing is left.
 * @param {string} title
 */
export function fileName(title) {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return cleaned || 'article';
}
