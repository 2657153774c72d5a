// Runs in: Node (node --test), no browser. Read aloud's pure parts: sentence splitting
// (extension/reader/sentences.js) and the voice choice (extension/reader/voices.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_SENTENCE_CHARS, sentenceAt, splitSentences } from '../../extension/reader/sentences.js';
import { chooseVoice, normalizeTag, primaryLanguage, rankVoices } from '../../extension/reader/voices.js';

const pieces = (/** @type {string} */ text, /** @type {string} */ lang, options = {}) =>
  splitSentences(text, lang, options).map(({ start, end }) => text.slice(start, end));

for (const segmenter of [true, false]) {
  const how = segmenter ? 'Intl.Segmenter' : 'the punctuation rule';
  test(`sentences (${how}): English, with quotes, numbers and trailing text`, () => {
    const text = '  The tram opened on Thursday. It cost 3.5 million! Did riders like it? "Yes," she said. And more  ';
    assert.deepEqual(pieces(text, 'en', { segmenter }), [
      'The tram opened on Thursday.',
      'It cost 3.5 million!',
      'Did riders like it?',
      '"Yes," she said.',
      'And more',
    ]);
  });

  test(`sentences (${how}): Arabic question mark, CJK full stops`, () => {
    assert.deepEqual(pieces('افتتح الخط يوم الخميس. هل أعجب الركاب؟ نعم.', 'ar', { segmenter }), [
      'افتتح الخط يوم الخميس.',
      'هل أعجب الركاب؟',
      'نعم.',
    ]);
    if (segmenter) assert.deepEqual(pieces('路面电车周四开通。乘客喜欢吗？喜欢。', 'zh'), ['路面电车周四开通。', '乘客喜欢吗？', '喜欢。']);
  });

  test(`sentences (${how}): spans cover the text in order, blank text has none`, () => {
    const text = 'One. Two.\n\nThree.';
    const spans = splitSentences(text, 'en', { segmenter });
    assert.deepEqual(spans, [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 11, end: 17 }]);
    assert.deepEqual(splitSentences('   \n ', 'en', { segmenter }), []);
  });
}

test('a very long sentence is cut at a clause break, never longer than the limit', () => {
  const clause = 'the line runs past the harbour and the market and the old station, ';
  const text = `${clause.repeat(20)}and ends at the depot.`;
  const spans = splitSentences(text, 'en');
  assert.ok(spans.length > 1);
  for (const { start, end } of spans) assert.ok(end - start <= MAX_SENTENCE_CHARS, `${end - start} chars`);
  assert.equal(spans.map(({ start, end }) => text.slice(start, end)).join(' '), text.trim());
  assert.ok(spans.slice(0, -1).every(({ end }) => text[end - 1] === ','), 'cut after a comma');
});

test('sentenceAt: the sentence holding a character (a boundary event\'s charIndex)', () => {
  const spans = splitSentences('One. Two words. Three.', 'en');
  assert.equal(sentenceAt(spans, 0), 0);
  assert.equal(sentenceAt(spans, 4), 0, 'the space after a sentence still belongs to it');
  assert.equal(sentenceAt(spans, 5), 1);
  assert.equal(sentenceAt(spans, 9), 1);
  assert.equal(sentenceAt(spans, 16), 2);
  assert.equal(sentenceAt([], 3), -1);
});

/** @param {string} name @param {string} lang @param {object} [extra] */
const voice = (name, lang, extra = {}) => ({ name, lang, voiceURI: `uri:${name}`, localService: true, default: false, ...extra });

const VOICES = [
  voice('Zed', 'en-GB'),
  voice('Amy', 'en-US', { localService: false }),
  voice('Bob', 'en_US'),
  voice('Chloé', 'fr-FR', { default: true }),
  voice('Hoda', 'ar-EG'),
  voice('Ana', 'pt-BR'),
];

test('tags: _ read as -, case ignored, primary subtag', () => {
  assert.equal(normalizeTag('en_US'), 'en-us');
  assert.equal(primaryLanguage('PT-br'), 'pt');
  assert.equal(primaryLanguage(''), '');
  assert.equal(primaryLanguage(undefined), '');
});

test("rankVoices: the article's language first (same region, then on-device voices), then the others", () => {
  const { matching, others } = rankVoices(VOICES, 'en-US');
  assert.deepEqual(matching.map((v) => v.name), ['Bob', 'Amy', 'Zed']);
  assert.deepEqual(others.map((v) => v.name), ['Hoda', 'Chloé', 'Ana']);
  assert.deepEqual(rankVoices(VOICES, 'en').matching.map((v) => v.name), ['Bob', 'Zed', 'Amy']);
  assert.deepEqual(rankVoices(VOICES, 'fr').matching.map((v) => v.name), ['Chloé']);
  assert.deepEqual(rankVoices(VOICES, 'de').matching, []);
  assert.deepEqual(rankVoices(VOICES, '').matching, [], 'no language: nothing matches');
});

test('chooseVoice: the saved pick when installed, else the best in the language, else none', () => {
  assert.equal(chooseVoice(VOICES, 'en-US')?.name, 'Bob');
  assert.equal(chooseVoice(VOICES, 'en-US', 'uri:Zed')?.name, 'Zed');
  assert.equal(chooseVoice(VOICES, 'en-US', 'uri:gone')?.name, 'Bob', 'a pick no longer installed is ignored');
  assert.equal(chooseVoice(VOICES, 'ar')?.name, 'Hoda');
  assert.equal(chooseVoice(VOICES, 'de'), null, 'no German voice: the reader says so');
  assert.equal(chooseVoice(VOICES, 'de', 'uri:Chloé')?.name, 'Chloé', 'unless the reader picked one for German');
  assert.equal(chooseVoice([], 'en'), null);
});
