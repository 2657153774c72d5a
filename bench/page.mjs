// Synthetic news article pages of a given size, shared by the browser benchmarks. The same shape as
// examples/bench.rs: menus, a ticker, paragraphs with links, figures, in-body rails, a footer.
export function syntheticPage(target) {
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic story | Bench News</title>',
    '<meta property="og:site_name" content="Bench News"></head><body>',
    '<header><nav class="menu"><ul><li><a href="/news">News</a></li><li><a href="/world">World</a></li>',
    '<li><a href="/sport">Sport</a></li></ul></nav><div class="ticker"><span>BREAKING</span>',
    '<a href="/1">Something happened somewhere</a><a href="/2">Another thing happened</a></div></header>',
    '<main><article><h1>Synthetic story</h1><p class="byline">By A. Writer</p>',
  ];
  let size = parts.join('').length;
  for (let i = 0; size < target; i++) {
    let p =
      `<p>Paragraph ${i} of the story explains, in plain words and with a <a href="/ref/${i}">reference</a>, ` +
      'what happened next, why it matters to readers, and what officials said about it on Thursday.</p>';
    if (i % 10 === 0) {
      p +=
        `<figure><img src="/img/${i}.jpg" alt="Photo ${i}"><figcaption>Photo ${i}, taken at the scene.</figcaption></figure>` +
        `<aside class="related"><h3>Related</h3><ul><li><a href="/r/${i}">Related story ${i}</a></li></ul></aside>`;
    }
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></main><footer><a href="/about">About</a> © Bench News</footer></body></html>');
  return parts.join('');
}

export const SIZES = [
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
];
