// @ts-check
// The demo page: runs the same generated glue as the extension (pkg/ from build.sh) on pasted HTML or a
// saved file, and shows the reader view (sandboxed, no scripts) next to the raw Article JSON. An opened or
// dropped file is streamed into the core (cleanStream: each chunk parsed as the browser reads it, the
// encoding sniffed from its bytes).
import init, { clean, cleanStream, version } from './pkg/declutter.js';
import { STRINGS, format, pickLanguage } from './strings.js';

/** The page's language (English, French or Arabic: the visitor's, or `?lang=`), its words and direction. */
const LANGUAGE = pickLanguage(navigator.languages ?? [navigator.language], new URLSearchParams(location.search).get('lang'));
const WORDS = STRINGS[LANGUAGE];
/** @param {string} key @param {ReadonlyArray<string | number>} [values] */
const t = (key, values) => format(WORDS[key] ?? STRINGS.en[key] ?? key, values);
document.documentElement.lang = LANGUAGE;
document.documentElement.dir = LANGUAGE === 'ar' ? 'rtl' : 'ltr';
for (const el of document.querySelectorAll('[data-l10n]')) el.textContent = t(el.getAttribute('data-l10n') ?? '');
for (const el of document.querySelectorAll('[data-l10n-title]')) el.setAttribute('title', t(el.getAttribute('data-l10n-title') ?? ''));

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
const form = $('input');
const htmlBox = $('html');
const fileInput = $('file');
const drop = $('drop');
const urlInput = $('url');
const button = $('clean');
const errorBox = $('error');
const statusBox = $('status');
const reader = $('reader');
const jsonBox = $('json');

/** The file picked or dropped, if any; it wins over the textarea until the textarea is edited. */
/** @type {File | null} */
let file = null;

function showError(/** @type {string} */ message) {
  errorBox.textContent = message;
  errorBox.hidden = false;
}

function clearError() {
  errorBox.textContent = '';
  errorBox.hidden = true;
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
function esc(/** @type {unknown} */ s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The demo page's locale: its own language (the text around the date is in that language). */
const LOCALE = document.documentElement.lang || navigator.language || 'en';

/**
 * A publication date as the demo page's locale writes it (Intl.DateTimeFormat), with the machine-readable
 * value kept for a <time> element; never the raw ISO string. A date without a time of day is a calendar
 * date: it is written as such, not shifted by the viewer's time zone. Text that is not a date is kept.
 * @param {unknown} published
 * @returns {{ text: string, iso: string }}
 */
function formatDate(published) {
  const raw = String(published ?? '').trim();
  if (!raw) return { text: '', iso: '' };
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) return { text: raw, iso: '' };
  const hasTime = /\d{1,2}:\d{2}/.test(raw);
  /** @type {Intl.DateTimeFormatOptions} */
  const options = hasTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long', timeZone: 'UTC' };
  return { text: new Intl.DateTimeFormat(LOCALE, options).format(date), iso: hasTime ? date.toISOString() : raw.slice(0, 10) };
}

/** The reader document shown in the sandboxed iframe. content_html is already sanitised by the core. */
function readerDocument(/** @type {any} */ a) {
  const css = new URL('reader-frame.css', location.href).href;
  const date = formatDate(a.published);
  const minutes = a.reading_minutes
    ? new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(Math.max(1, Math.round(a.reading_minutes)))
    : '';
  // A byline that only names the site (the publication as author) is shown once.
  const key = (/** @type {unknown} */ s) => String(s ?? '').toLocaleLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
  const meta = [
    a.byline && key(a.byline) === key(a.site_name) ? '' : esc(a.byline),
    esc(a.site_name),
    date.text ? (date.iso ? `<time datetime="${esc(date.iso)}">${esc(date.text)}</time>` : esc(date.text)) : '',
    minutes ? esc(t('minutesRead', [minutes])) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const lang = a.lang ? ` lang="${esc(a.lang)}"` : '';
  const dir = a.dir ? ` dir="${esc(a.dir)}"` : '';
  const body = a.content_html || `<p class="empty">${esc(t('noContent'))}</p>`;
  return `<!doctype html><html${lang}${dir}><head><meta charset="utf-8"><link rel="stylesheet" href="${esc(css)}">` +
    `<base target="_blank"><title>${esc(a.title)}</title></head><body><article>` +
    `<h1>${esc(a.title)}</h1>${meta ? `<p class="meta">${meta}</p>` : ''}${body}</article></body></html>`;
}

/** @returns {{url?: string}} */
function options() {
  const url = urlInput.value.trim();
  if (!url) return {};
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(t('badUrl', [url]));
  }
  if (!/^(https?|file):$/.test(parsed.protocol)) throw new Error(t('badScheme'));
  return { url: parsed.href };
}

async function run() {
  clearError();
  let opts;
  try {
    opts = options();
  } catch (e) {
    showError(String(/** @type {any} */ (e).message));
    return;
  }
  if (!file && !htmlBox.value.trim()) {
    showError(t('noInput'));
    return;
  }
  button.disabled = true;
  statusBox.textContent = t('cleaning');
  try {
    let article;
    const t0 = performance.now();
    if (file) {
      article = await cleanStream(file.stream(), opts);
    } else {
      article = clean(htmlBox.value, opts);
    }
    const ms = performance.now() - t0;
    reader.srcdoc = readerDocument(article);
    jsonBox.textContent = JSON.stringify(article, null, 2);
    const number = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
    statusBox.textContent = t(article.readerable ? 'found' : 'guess', [number.format(article.word_count), number.format(article.removed.length), number.format(Number(ms.toFixed(1)))]);
  } catch (e) {
    statusBox.textContent = '';
    showError(t('cleanFailed', [String(/** @type {any} */ (e)?.message ?? e)]));
  } finally {
    button.disabled = false;
  }
}

function useFile(/** @type {File | null | undefined} */ f) {
  file = f ?? null;
  $('file-name').textContent = file ? t('usingFile', [file.name, file.size.toLocaleString(LOCALE)]) : '';
}

form.addEventListener('submit', (/** @type {Event} */ ev) => {
  ev.preventDefault();
  run();
});
$('clear').addEventListener('click', () => {
  htmlBox.value = '';
  fileInput.value = '';
  urlInput.value = '';
  useFile(null);
  clearError();
  statusBox.textContent = '';
  reader.srcdoc = '';
  jsonBox.textContent = '';
});
// A cluttered news page of invented text (www/example.html), for a first try without a page at hand.
$('example').addEventListener('click', async () => {
  clearError();
  try {
    const response = await fetch(new URL('example.html', location.href));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    htmlBox.value = await response.text();
  } catch (e) {
    showError(t('exampleFailed', [String(/** @type {any} */ (e)?.message ?? e)]));
    return;
  }
  fileInput.value = '';
  useFile(null);
  urlInput.value = '';
  run();
});
htmlBox.addEventListener('input', () => {
  if (file) {
    fileInput.value = '';
    useFile(null);
  }
});
fileInput.addEventListener('change', () => useFile(fileInput.files?.[0]));
for (const type of ['dragenter', 'dragover']) {
  drop.addEventListener(type, (/** @type {DragEvent} */ ev) => {
    ev.preventDefault();
    drop.classList.add('over');
  });
}
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (/** @type {DragEvent} */ ev) => {
  ev.preventDefault();
  drop.classList.remove('over');
  const f = ev.dataTransfer?.files?.[0];
  if (f) useFile(f);
});

try {
  await init();
  $('version').textContent = version();
  button.textContent = t('clean');
  button.disabled = false;
  $('example').disabled = false;
} catch (e) {
  button.textContent = t('unavailable');
  showError(t('wasmFailed', [String(/** @type {any} */ (e)?.message ?? e)]));
}
