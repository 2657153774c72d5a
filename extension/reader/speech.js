// @ts-check
// Runs in: the content script's isolated world (the reader).
/**
 * Read aloud, with the browser's own speech engine (`speechSynthesis`: nothing leaves the device beyond
 * what the browser's voices do themselves). Play / pause / stop, speed and voice (voices in the article's
 * language first; the reader says so when there is none), the sentence being spoken highlighted and kept
 * in view, continuing from block to block to the end, stopping when the reader closes or the page goes
 * away. Keys (when focus is not in a form control): P play/pause, X stop, [ and ] slower/faster.
 *
 * How the highlight follows the voice: one utterance per block (paragraph, heading, list item…) from the
 * current sentence on, and the engine's `boundary` events (a character index) say which sentence is being
 * spoken. Some engines send no boundary events (Chrome's network voices, some speech-dispatcher
 * modules): a voice that is not on the device, or one that sent none within 1.5 s of speaking a block of
 * several sentences, is read one utterance per sentence instead, each highlighted when it starts.
 * Pausing cancels and remembers the sentence (speechSynthesis.pause() does nothing on some engines);
 * resuming speaks again from that sentence. Extracts nothing; sentences.js cuts the text and voices.js
 * chooses the voice.
 */

import { t, uiLanguage } from '../shared/i18n.js';
import { storageAreas } from '../shared/platform.js';
import { sentenceAt, splitSentences } from './sentences.js';
import { byId, listen, state } from './state.js';
import { trusted } from './toolbar.js';
import { chooseVoice, primaryLanguage, rankVoices } from './voices.js';

/** @typedef {import('./sentences.js').Span} Span */
/** @typedef {{ el: HTMLElement, text: string, nodes: Text[], starts: number[], spans: Span[] }} Block */

/** The storage key of the read-aloud preferences: speed, and the voice picked per language. */
export const SPEECH_KEY = 'speechSettings';
export const RATES = [0.75, 1, 1.25, 1.5, 2];
const HIGHLIGHT = 'declutter-speech';
/** Elements read as one block; only the innermost of nested ones (a list item's paragraph). */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, dt, dd, caption, th, td';
/** How long a block of several sentences may be spoken without a boundary event before the engine is
 * taken not to send them. */
const BOUNDARY_WAIT_MS = 1500;

/**
 * The read-aloud state of the mounted reader (state.speech).
 * @typedef {object} SpeechState
 * @property {'idle' | 'playing' | 'paused'} status
 * @property {Block[]} blocks
 * @property {number} block  index in blocks
 * @property {number} sentence  index in the block's spans
 * @property {number} generation  bumped at every cancel: events of older utterances are ignored
 * @property {'boundary' | 'sentence'} mode
 * @property {boolean} boundarySeen  a boundary event arrived since read aloud started
 * @property {number} watchdog  timer id
 * @property {SpeechSynthesisUtterance | null} utterance  kept referenced (Chrome drops events of collected ones)
 * @property {SpeechSynthesisVoice[]} voices
 * @property {SpeechSynthesisVoice | null} voice
 * @property {number} rate
 * @property {Record<string, string>} picked  voiceURI per article language
 * @property {HTMLElement | null} marked  the block carrying the fallback highlight class
 * @property {boolean} waiting  read aloud was asked for but there was no voice for the language: the
 *   reader said so, and the voice the user picks then starts reading
 */

/** @returns {SpeechState} */
function fresh() {
  return {
    status: 'idle',
    blocks: [],
    block: 0,
    sentence: 0,
    generation: 0,
    mode: 'boundary',
    boundarySeen: false,
    watchdog: 0,
    utterance: null,
    voices: [],
    voice: null,
    rate: 1,
    picked: {},
    marked: null,
    waiting: false,
  };
}

/** @returns {SpeechState} */
function speech() {
  state.speech ??= fresh();
  return /** @type {SpeechState} */ (state.speech);
}

/** The engine: the browser's speechSynthesis (undefined where there is none). */
function engine() {
  return /** @type {SpeechSynthesis | undefined} */ (window.speechSynthesis);
}

/** The article's language (the reader's <main lang>), or the UI language. */
function articleLanguage() {
  return state.main.lang || uiLanguage();
}

/** The article's language, named in the UI language ("English", "arabe"…). */
function languageName() {
  const lang = articleLanguage();
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

// ---------------------------------------------------------------------------------------------
// Text: blocks, sentences, ranges.

/** The blocks to read, in order: the headline, then the article's innermost text blocks. */
function collectBlocks() {
  const elements = [byId('reader-title'), ...state.content.querySelectorAll(BLOCKS)].filter(
    (el) => !el.querySelector(BLOCKS) && !el.closest('pre'),
  );
  /** @type {Block[]} */
  const blocks = [];
  for (const el of /** @type {HTMLElement[]} */ (elements)) {
    const nodes = /** @type {Text[]} */ ([]);
    const starts = /** @type {number[]} */ ([]);
    let text = '';
    // A ruby's reading (<rt>) and fallback parentheses (<rp>) are not read out: the voice reads the base text.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('rt, rp') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(/** @type {Text} */ (node));
      starts.push(text.length);
      text += node.nodeValue ?? '';
    }
    if (!/\S/.test(text)) continue;
    blocks.push({ el, text, nodes, starts, spans: splitSentences(text, el.closest('[lang]')?.getAttribute('lang') ?? articleLanguage()) });
  }
  return blocks;
}

/**
 * A DOM range over characters [start, end) of a block's text.
 * @param {Block} block
 * @param {number} start
 * @param {number} end
 */
function rangeOf(block, start, end) {
  const at = (/** @type {number} */ offset) => {
    let i = block.starts.length - 1;
    while (i > 0 && block.starts[i] > offset) i--;
    const node = block.nodes[i];
    return { node, offset: Math.min(offset - block.starts[i], node.length) };
  };
  const range = document.createRange();
  const from = at(start);
  const to = at(end);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Highlights the current sentence and scrolls it into view when it is not. */
function highlight() {
  const s = speech();
  const block = s.blocks[s.block];
  const span = block?.spans[s.sentence];
  clearHighlight();
  if (!block || !span) return;
  const range = rangeOf(block, span.start, span.end);
  let drawn = false;
  try {
    const registry = /** @type {any} */ (globalThis.CSS)?.highlights;
    const Highlight = /** @type {any} */ (globalThis).Highlight;
    if (registry && typeof Highlight === 'function') {
      registry.set(HIGHLIGHT, new Highlight(range));
      drawn = true;
    }
  } catch {
    // The Custom Highlight API refused (an older engine, or a content script's wrapper): mark the block.
  }
  if (!drawn) {
    block.el.classList.add('is-speaking');
    s.marked = block.el;
  }
  state.root.dataset.speaking = `${s.block}:${s.sentence}`;
  keepInView(range);
}

function clearHighlight() {
  const s = speech();
  try {
    /** @type {any} */ (globalThis.CSS)?.highlights?.delete(HIGHLIGHT);
  } catch {
    // Nothing registered.
  }
  s.marked?.classList.remove('is-speaking');
  s.marked = null;
  delete state.root.dataset.speaking;
}

/** Scrolls the reader so `range` is on screen below the toolbar, when it is not. */
function keepInView(/** @type {Range} */ range) {
  const rect = range.getBoundingClientRect();
  if (!rect.height) return;
  const top = byId('reader-bar').getBoundingClientRect().bottom;
  const bottom = state.root.clientHeight;
  if (rect.top >= top + 8 && rect.bottom <= bottom - 8) return;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const target = state.root.scrollTop + rect.top - top - (bottom - top) / 3;
  state.root.scrollTo({ top: Math.max(0, target), behavior: reduce ? 'auto' : 'smooth' });
}

// ---------------------------------------------------------------------------------------------
// Speaking.

/** Cancels whatever is being spoken and makes its late events stale. */
function silence() {
  const s = speech();
  s.generation++;
  clearTimeout(s.watchdog);
  s.utterance = null;
  engine()?.cancel();
}

/**
 * Speaks from sentence `sentence` of block `index` on (and on to the end of the article).
 * @param {number} index
 * @param {number} sentence
 */
function speakFrom(index, sentence) {
  const s = speech();
  const synth = engine();
  silence();
  if (!synth || index >= s.blocks.length) {
    finish();
    return;
  }
  const block = s.blocks[index];
  if (sentence >= block.spans.length) {
    speakFrom(index + 1, 0);
    return;
  }
  s.block = index;
  s.sentence = sentence;
  s.status = 'playing';
  s.waiting = false;
  showStatus();
  const generation = s.generation;
  const perSentence = s.mode === 'sentence';
  const base = block.spans[sentence].start;
  const end = perSentence ? block.spans[sentence].end : block.text.length;
  const utterance = new SpeechSynthesisUtterance(block.text.slice(base, end));
  utterance.lang = block.el.closest('[lang]')?.getAttribute('lang') || articleLanguage();
  if (s.voice) utterance.voice = s.voice;
  utterance.rate = s.rate;
  const current = () => generation === s.generation;
  utterance.addEventListener('start', () => {
    if (!current()) return;
    highlight();
    // Several sentences and no boundary event yet: watch whether this engine sends any.
    if (!perSentence && !s.boundarySeen && block.spans.length - sentence > 1) {
      s.watchdog = window.setTimeout(() => {
        if (!current() || s.boundarySeen) return;
        s.mode = 'sentence';
        speakFrom(s.block, s.sentence);
      }, BOUNDARY_WAIT_MS);
    }
  });
  utterance.addEventListener('boundary', (event) => {
    if (!current()) return;
    s.boundarySeen = true;
    const at = sentenceAt(block.spans, base + event.charIndex);
    if (at >= 0 && at !== s.sentence) {
      s.sentence = at;
      highlight();
    }
  });
  utterance.addEventListener('end', () => {
    if (!current()) return;
    if (perSentence) speakFrom(s.block, s.sentence + 1);
    else speakFrom(s.block + 1, 0);
  });
  utterance.addEventListener('error', (event) => {
    // `interrupted` / `canceled`: our own cancel (pause, stop, a new speed or voice).
    if (!current() || event.error === 'interrupted' || event.error === 'canceled') return;
    // Another error: stop where it is and say why, with the player still open.
    silence();
    s.status = 'paused';
    showStatus();
    setStatus(t('speechFailed', [event.error]));
  });
  s.utterance = utterance;
  synth.speak(utterance);
}

function finish() {
  const s = speech();
  s.status = 'idle';
  clearHighlight();
  s.block = 0;
  s.sentence = 0;
  showStatus();
}

/** Where reading starts: the first block on screen (the headline when the reader is at its top). */
function firstVisibleBlock() {
  const s = speech();
  if (state.root.scrollTop < 40) return 0;
  const top = byId('reader-bar').getBoundingClientRect().bottom;
  const index = s.blocks.findIndex((b) => b.el.getBoundingClientRect().bottom > top);
  return Math.max(0, index);
}

// ---------------------------------------------------------------------------------------------
// Voices and preferences.

/** The engine's voices, waiting a little for them where they load asynchronously (Chrome). */
async function loadVoices() {
  const synth = engine();
  if (!synth) return [];
  let voices = synth.getVoices();
  if (voices.length) return voices;
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, 1500);
    synth.addEventListener('voiceschanged', () => {
      clearTimeout(timer);
      resolve(undefined);
    }, { once: true });
  });
  return synth.getVoices();
}

async function loadPreferences() {
  const s = speech();
  for (const area of storageAreas()) {
    try {
      /** @type {any} */
      const got = (await area.get(SPEECH_KEY))?.[SPEECH_KEY];
      const rate = Number(got?.rate);
      if (RATES.includes(rate)) s.rate = rate;
      if (got?.voices && typeof got.voices === 'object') {
        s.picked = Object.fromEntries(Object.entries(got.voices).filter(([, v]) => typeof v === 'string'));
      }
      return;
    } catch {
      // Try the next area.
    }
  }
}

async function savePreferences() {
  const s = speech();
  const value = { [SPEECH_KEY]: { rate: s.rate, voices: s.picked } };
  for (const area of storageAreas()) {
    try {
      await area.set(value);
      return;
    } catch {
      // Try the next area.
    }
  }
}

/** Fills the voice list: the article's language first (or a "no voice" entry), then the others. */
function fillVoices() {
  const s = speech();
  const select = /** @type {HTMLSelectElement} */ (byId('reader-speech-voice'));
  const { matching, others } = rankVoices(s.voices, articleLanguage());
  const option = (/** @type {SpeechSynthesisVoice} */ v) => {
    const el = document.createElement('option');
    el.value = v.voiceURI;
    el.textContent = `${v.name} (${v.lang})`;
    return el;
  };
  const groups = [];
  const mine = document.createElement('optgroup');
  mine.label = languageName();
  if (matching.length) mine.append(...matching.map(option));
  else {
    const none = document.createElement('option');
    none.value = '';
    none.textContent = t('speechNoVoiceOption', [languageName()]);
    mine.append(none);
  }
  groups.push(mine);
  if (others.length) {
    const rest = document.createElement('optgroup');
    rest.label = t('speechOtherVoices');
    rest.append(...others.map(option));
    groups.push(rest);
  }
  select.replaceChildren(...groups);
  select.value = s.voice?.voiceURI ?? '';
}

// ---------------------------------------------------------------------------------------------
// Controls.

/** @param {string} text */
function setStatus(text) {
  byId('reader-speech-status').textContent = text;
}

/** Shows the player's state on its controls. */
function showStatus() {
  const s = speech();
  const active = s.status !== 'idle' || !byId('reader-speech').hidden;
  byId('reader-speak').setAttribute('aria-pressed', String(active));
  const pause = byId('reader-speech-pause');
  const paused = s.status !== 'playing';
  pause.classList.toggle('is-paused', paused);
  const label = paused ? t('speechPlay') : t('speechPause');
  pause.setAttribute('aria-label', label);
  pause.title = paused ? t('speechPlayHint') : t('speechPauseHint');
}

/** Opens the player and starts reading (from the first block on screen). */
export async function start() {
  const s = speech();
  const player = byId('reader-speech');
  player.hidden = false;
  byId('reader-speak').setAttribute('aria-pressed', 'true');
  if (!engine()) {
    setStatus(t('speechUnavailable'));
    return;
  }
  await Promise.all([loadPreferences(), state.completed]);
  s.voices = await loadVoices();
  s.voice = /** @type {SpeechSynthesisVoice | null} */ (chooseVoice(s.voices, articleLanguage(), s.picked[primaryLanguage(articleLanguage())]));
  fillVoices();
  /** @type {HTMLSelectElement} */ (byId('reader-speech-rate')).value = String(s.rate);
  s.blocks = collectBlocks();
  s.mode = s.voice?.localService === false ? 'sentence' : 'boundary';
  s.boundarySeen = false;
  if (!s.voices.length) {
    setStatus(t('speechNoVoices'));
    showStatus();
    return;
  }
  if (!s.voice) {
    setStatus(t('speechNoVoice', [languageName()]));
    showStatus();
    s.waiting = true;
    return;
  }
  setStatus('');
  speakFrom(firstVisibleBlock(), 0);
}

export function pause() {
  const s = speech();
  if (s.status !== 'playing') return;
  silence();
  s.status = 'paused';
  showStatus();
}

export function resume() {
  const s = speech();
  if (s.status === 'playing') return;
  if (!s.voice) {
    setStatus(s.voices.length ? t('speechNoVoice', [languageName()]) : t('speechNoVoices'));
    return;
  }
  setStatus('');
  if (!s.blocks.length) s.blocks = collectBlocks();
  speakFrom(s.block, s.sentence);
}

/** Stops reading, takes the highlight off and closes the player. */
export function stop() {
  const s = speech();
  const player = byId('reader-speech');
  const hadFocus = player.contains(state.shadow.activeElement);
  silence();
  s.status = 'idle';
  s.waiting = false;
  s.block = 0;
  s.sentence = 0;
  clearHighlight();
  player.hidden = true;
  setStatus('');
  showStatus();
  if (hadFocus) byId('reader-speak').focus();
}

/** P: start, pause or resume. */
function playPause() {
  const s = speech();
  if (byId('reader-speech').hidden) void start();
  else if (s.status === 'playing') pause();
  else resume();
}

/** @param {number} direction  +1 faster, -1 slower */
function stepRate(direction) {
  const s = speech();
  const index = Math.min(RATES.length - 1, Math.max(0, RATES.indexOf(s.rate) + direction));
  setRate(RATES[index] ?? 1);
  /** @type {HTMLSelectElement} */ (byId('reader-speech-rate')).value = String(s.rate);
}

/** @param {number} rate */
function setRate(rate) {
  const s = speech();
  if (!RATES.includes(rate) || rate === s.rate) return;
  s.rate = rate;
  void savePreferences();
  if (s.status === 'playing') speakFrom(s.block, s.sentence);
}

/** @param {string} uri */
function setVoice(uri) {
  const s = speech();
  const voice = s.voices.find((v) => v.voiceURI === uri) ?? null;
  if (!voice) return;
  s.voice = voice;
  s.picked[primaryLanguage(articleLanguage())] = uri;
  s.mode = voice.localService === false ? 'sentence' : s.mode;
  void savePreferences();
  setStatus('');
  if (s.status === 'playing') speakFrom(s.block, s.sentence);
  // The user was told there is no voice for the language and picked one: that is the go-ahead.
  else if (s.waiting) speakFrom(firstVisibleBlock(), 0);
}

/**
 * The read-aloud keys, anywhere in the reader except a form control (a <select> keeps its letters).
 * @param {KeyboardEvent} event
 */
function onSpeechKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
  // The focused element inside the reader (a listener on the window sees only the closed root's host).
  const focused = state.shadow.activeElement;
  if (focused?.closest('select, input, textarea, [contenteditable]')) return;
  const latin = /^[a-z]$/i.test(event.key);
  const key = latin ? event.key.toLowerCase() : { KeyP: 'p', KeyX: 'x' }[event.code] ?? event.key;
  const playerOpen = !byId('reader-speech').hidden;
  if (key === 'p') playPause();
  else if (key === 'x' && playerOpen) stop();
  else if (key === '[' && playerOpen) stepRate(-1);
  else if (key === ']' && playerOpen) stepRate(1);
  else return;
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * The number format of the rate menu, made once per content-script life. reader.js's preloadReader
 * makes it while the worker cleans: the first Intl formatter of a page's content script loads the
 * engine's locale data (15-30 ms on a first click), which would otherwise fall in the first mount.
 */
export function rateFormat() {
  state.loaded.rateFormat ??= new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 2 });
  return state.loaded.rateFormat;
}

/** Wires the read-aloud button, the player and the keys; reading stops when the reader is closed. */
export function wireSpeech() {
  state.speech = fresh();
  const rate = /** @type {HTMLSelectElement} */ (byId('reader-speech-rate'));
  const format = rateFormat();
  for (const option of rate.options) option.textContent = `${format.format(Number(option.value))}×`;
  byId('reader-speak').addEventListener('click', trusted(() => {
    if (byId('reader-speech').hidden) void start();
    else stop();
  }));
  byId('reader-speech-pause').addEventListener('click', trusted(() => (speech().status === 'playing' ? pause() : resume())));
  byId('reader-speech-stop').addEventListener('click', trusted(stop));
  rate.addEventListener('change', () => setRate(Number(rate.value)));
  const voice = /** @type {HTMLSelectElement} */ (byId('reader-speech-voice'));
  voice.addEventListener('change', () => setVoice(voice.value));
  listen(window, 'keydown', trusted(onSpeechKey), true);
  listen(window, 'pagehide', () => silence());
  state.cleanups.push(() => {
    silence();
    clearHighlight();
    state.speech = null;
  });
}
