// Runs inside the benchmark page (served by bench/browser.mjs): times the WASM core, the bare lol_html
// pass and Readability.js on the same page, in the same browser.
import init, { clean, countElements } from '/pkg/declutter.js';
import { withoutScriptBodies } from '/serialise.js';

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(runs, fn) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

const ready = init({ module_or_path: '/pkg/declutter_bg.wasm' });

/** Loads /page?size=N into a same-origin iframe and measures everything on it. */
window.benchPage = async (url, runs) => {
  const wasm = await ready;
  const memBefore = wasm.memory.buffer.byteLength;
  const frame = document.createElement('iframe');
  frame.src = url;
  await new Promise((ok) => {
    frame.onload = ok;
    document.body.append(frame);
  });
  const doc = frame.contentDocument;
  // The bare pass reads the page as serialised; the core gets it as the extension sends it, its
  // script and style bodies left out (content/serialise.js), which is part of its time.
  const serialise = time(runs, () => doc.documentElement.outerHTML);
  const full = doc.documentElement.outerHTML;
  const strip = time(runs, () => withoutScriptBodies(full));
  const html = withoutScriptBodies(full);
  const opts = { url: frame.contentWindow.location.href };
  let article = clean(html, opts);
  // Let the engine tier the WASM up before timing: a fresh instance compiles each function on its
  // first call with the baseline compiler and optimises hot ones only after a while.
  for (let i = 0; i < 3; i++) {
    clean(html, opts);
    countElements(html);
  }
  const memAfterFirst = wasm.memory.buffer.byteLength;
  const cleanMs = time(runs, () => {
    article = clean(html, opts);
  });
  const cleanWithStrip = cleanMs + strip;
  const bareMs = time(runs, () => countElements(full));
  // Readability.js on the live DOM, as Firefox's reader mode uses it.
  const readabilityMs = time(Math.min(runs, 3), () => new window.Readability(doc.cloneNode(true)).parse());
  frame.remove();
  return {
    bytes: full.length,
    sent: html.length,
    serialise,
    cleanMs: cleanWithStrip,
    bareMs,
    readabilityMs,
    words: article.word_count,
    memBefore,
    memPeak: Math.max(memAfterFirst, wasm.memory.buffer.byteLength),
  };
};
window.benchReady = ready.then(() => true);
