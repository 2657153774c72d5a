// @ts-check
// Runs in: the content script's isolated world (the reader's read-aloud), and Node (tests/js).
/**
 * Which speech voice reads an article: the browser's voices ranked for the article's language (same
 * language and region first, then the same language; the system's default voice and on-device voices
 * before others), and the choice: the reader's saved pick for that language when it is still installed,
 * else the best voice in the language, else none (the reader then says there is no voice for it). Pure:
 * takes plain voice-like objects, never calls speechSynthesis.
 */

/** @typedef {{ name: string, lang: string, voiceURI: string, default?: boolean, localService?: boolean }} VoiceLike */

/** `en-US`, `en_us`, `EN` → `en-us` / `en`: a tag compared case-insensitively, `_` read as `-`. */
export function normalizeTag(/** @type {string | null | undefined} */ tag) {
  return String(tag ?? '').trim().replace(/_/g, '-').toLowerCase();
}

/** The language subtag: `pt-BR` → `pt`. */
export function primaryLanguage(/** @type {string | null | undefined} */ tag) {
  return normalizeTag(tag).split('-')[0];
}

/**
 * The voices for `lang` first, best first, then the others (by language, then name).
 * @template {VoiceLike} V
 * @param {readonly V[]} voices
 * @param {string} lang  the article's language (BCP 47)
 * @returns {{ matching: V[], others: V[] }}
 */
export function rankVoices(voices, lang) {
  const want = normalizeTag(lang);
  const primary = primaryLanguage(lang);
  const score = (/** @type {V} */ v) =>
    (normalizeTag(v.lang) === want ? 4 : 0) + (v.default ? 2 : 0) + (v.localService === false ? 0 : 1);
  const byName = (/** @type {V} */ a, /** @type {V} */ b) => a.name.localeCompare(b.name);
  const matching = primary ? voices.filter((v) => primaryLanguage(v.lang) === primary) : [];
  const others = voices.filter((v) => !matching.includes(v));
  matching.sort((a, b) => score(b) - score(a) || byName(a, b));
  others.sort((a, b) => normalizeTag(a.lang).localeCompare(normalizeTag(b.lang)) || byName(a, b));
  return { matching, others };
}

/**
 * The voice to read `lang` with: `preferredURI` (the reader's pick for that language) when it is
 * installed, else the best voice in the language, else null.
 * @template {VoiceLike} V
 * @param {readonly V[]} voices
 * @param {string} lang
 * @param {string | null | undefined} [preferredURI]
 * @returns {V | null}
 */
export function chooseVoice(voices, lang, preferredURI) {
  if (preferredURI) {
    const picked = voices.find((v) => v.voiceURI === preferredURI);
    if (picked) return picked;
  }
  return rankVoices(voices, lang).matching[0] ?? null;
}
