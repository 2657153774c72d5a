// @ts-check
// Runs in: the service worker (Chrome) / background script (Firefox).
/**
 * The first `clean()` of a fresh worker is many times slower than the next ones: the engine compiles
 * each WebAssembly function only when it is first called, with its fast baseline compiler, and only
 * later optimises the hot ones. A worker is woken by the very click that needs it, and the click then
 * waits for the content script to be injected and to serialise the page; `warmUp` uses that wait to
 * run the core once over a small built-in page that walks its main paths (metadata, menus, rails,
 * figures, lists, a table), so the reader's own page meets compiled code.
 *
 * It keeps nothing and never throws: a failure here is the real clean's to report.
 */

/** A small news page with the kinds of blocks the core handles on every real page. */
export const WARM_UP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Warm-up story | Example News</title><meta property="og:site_name" content="Example News">
<meta property="og:title" content="Warm-up story"><meta name="author" content="A. Writer">
<meta property="article:published_time" content="2026-01-02T03:04:05Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Warm-up story","author":{"@type":"Person","name":"A. Writer"}}</script>
</head><body><header><nav class="menu"><ul><li><a href="/news">News</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="ticker"><span>BREAKING</span> <a href="/1">Something happened</a></div></header>
<main><article><h1>Warm-up story</h1><p class="byline">By A. Writer · <time datetime="2026-01-02">2 January 2026</time></p>
${Array.from(
  { length: 12 },
  (_, i) =>
    `<p>Paragraph ${i} explains, in plain words and with a <a href="/ref/${i}">reference</a>, what happened next, ` +
    'why it matters to readers, and what officials said about it on Thursday, before the meeting ended.</p>' +
    (i % 4 === 1
      ? `<figure><img src="/img/${i}.jpg" alt="Photo ${i}" width="640" height="360"><figcaption>Photo ${i}.</figcaption></figure>`
      : '') +
    (i % 4 === 2 ? '<ul><li>One point that matters.</li><li>Another point, longer than the first.</li></ul>' : '') +
    (i % 6 === 3 ? '<table><tr><th>Year</th><th>Value</th></tr><tr><td>2025</td><td>12</td></tr></table>' : ''),
).join('\n')}
<aside class="related"><h3>Related</h3><ul><li><a href="/r/1">Related story one</a></li><li><a href="/r/2">Related story two</a></li></ul></aside>
<div class="share"><a href="https://example.com/share">Share</a></div></article>
<section class="most-read"><h2>Most read</h2><ol><li><a href="/m/1">A popular story</a></li><li><a href="/m/2">Another one</a></li></ol></section></main>
<footer><p>© Example News</p><a href="/about">About</a></footer></body></html>`;

/**
 * Runs `clean` once over WARM_UP_PAGE; returns how long it took (ms), or null when it failed.
 * @param {(html: string, options: {url: string}) => unknown} clean
 */
export function warmUp(clean) {
  const started = performance.now();
  try {
    clean(WARM_UP_PAGE, { url: 'https://example.org/news/warm-up-story' });
  } catch {
    return null;
  }
  return performance.now() - started;
}
