// @ts-check
// Runs in: the content script's isolated world (the reader's read-aloud), and Node (tests/js).
/**
 * Cuts a block's text into sentences for reading aloud: each sentence is a [start, end) span of the
 * text, whitespace trimmed, in order. Uses the browser's sentence segmenter (Intl.Segmenter, which knows
 * the language's punctuation and many abbreviations); where there is none, a rule on sentence-ending
 * punctuation (Latin, Arabic, CJK, Devanagari) followed by a space or the end. Pure: no DOM.
 */

/** @typedef {{ start: number, end: number }} Span */

/** A sentence longer than this is cut again at a clause break, so one utterance never runs for minutes. */
export const MAX_SENTENCE_CHARS = 400;

/** Sentence-ending punctuation, then closing quotes or brackets, then a space: a break (fallback rule). */
const FALLBACK_BREAK = /[.!?…。！？؟।]+["'”’»)\]]*\s+/gu;

/**
 * @param {string} text
 * @param {string} [lang]  BCP 47 tag of the text's language
 * @param {{ segmenter?: boolean }} [options]  `segmenter: false` uses the punctuation rule (tests)
 * @returns {Span[]}
 */
export function splitSentences(text, lang, options = {}) {
  /** @type {Span[]} */
  const spans = [];
  const push = (/** @type {number} */ start, /** @type {number} */ end) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push(...cutLong(text, start, end));
  };
  const Segmenter = typeof Intl !== 'undefined' && options.segmenter !== false ? Intl.Segmenter : undefined;
  if (Segmenter) {
    let segmenter;
    try {
      segmenter = new Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Segmenter(undefined, { granularity: 'sentence' });
    }
    for (const { segment, index } of segmenter.segment(text)) push(index, index + segment.length);
    return spans;
  }
  let start = 0;
  for (const match of text.matchAll(FALLBACK_BREAK)) {
    const end = (match.index ?? 0) + match[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return spans;
}

/**
 * A span longer than MAX_SENTENCE_CHARS, cut after clause punctuation (or a space) near the limit.
 * @param {string} text
 * @param {number} start
 * @param {number} end
 * @returns {Span[]}
 */
function cutLong(text, start, end) {
  /** @type {Span[]} */
  const out = [];
  while (end - start > MAX_SENTENCE_CHARS) {
    const window = text.slice(start, start + MAX_SENTENCE_CHARS);
    let cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '), window.lastIndexOf('، '), window.lastIndexOf(': '));
    if (cut < MAX_SENTENCE_CHARS / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_SENTENCE_CHARS - 1;
    out.push({ start, end: start + cut + 1 });
    start += cut + 1;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ start, end });
  return out;
}

/**
 * The index of the sentence holding character `offset` (the last one starting at or before it), or -1.
 * @param {Span[]} spans
 * @param {number} offset
 */
export function sentenceAt(spans, offset) {
  let found = -1;
  for (let i = 0; i < spans.length && spans[i].start <= offset; i++) found = i;
  return found;
}
