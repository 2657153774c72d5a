// @ts-check
// Runs in: every extension context (the reader names blocks with it; pure, no extension API).
/**
 * A block's fingerprint, exactly as the core computes it (`site_memory::fingerprint` in
 * src/site_memory/mod.rs): FNV-1a (64 bits) over the UTF-8 bytes of the text's alphanumeric
 * characters (Unicode Alphabetic or Numeric), each lower-cased on its own; spaces, punctuation and
 * symbols left out. Written as 16 lower-case hexadecimal digits; `null` for a text with no letter or
 * digit. tests/js/fingerprint.test.mjs checks it against the core's vectors.
 */

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const ALPHANUMERIC = /[\p{Alphabetic}\p{N}]/gu;
const encoder = new TextEncoder();

/**
 * @param {string} text
 * @returns {string | null}
 */
export function fingerprint(text) {
  let kept = '';
  for (const m of text.matchAll(ALPHANUMERIC)) kept += m[0].toLowerCase();
  if (!kept) return null;
  let hash = OFFSET;
  for (const byte of encoder.encode(kept)) {
    hash = ((hash ^ BigInt(byte)) * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}
