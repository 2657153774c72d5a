//! Text normalisation and hashing for comparing blocks: case folded, punctuation and
//! whitespace removed, so line breaks, curly quotes and spacing differences don't matter.
//!
//! Words are the tokens of [`crate::text::for_each_token`] (any script; one token per CJK
//! character), lower-cased. Each word gets a 64-bit FNV-1a hash, and a shingle (a run of
//! [`SHINGLE`] consecutive words) gets a hash combined from its words' hashes. Everything is
//! deterministic across runs and platforms (native and WASM hash identically).

use std::hash::Hasher;

/// Words per shingle. Five words are rare enough to repeat by chance in prose ("one of the
/// most" aside) and short enough that a changed word only hides the words around it.
pub const SHINGLE: usize = 5;

/// A word's hash. 32 bits are plenty: a page's few thousand distinct words practically never
/// share one, and the five of a shingle make a 64-bit hash together ([`shingle`]); a 5 MB page
/// holds about 700,000 words, and 64-bit hashes took 2.7 MB more at the detection's peak.
pub type WordHash = u32;

/// A 64-bit FNV hash folded to a [`WordHash`].
fn word_hash(h: u64) -> WordHash {
    (h ^ (h >> 32)) as u32
}

/// A stable 64-bit hash of the normalised text, or `None` for text with no words.
#[cfg(test)]
pub fn hash(text: &str) -> Option<u64> {
    hash_words(&word_hashes(text))
}

/// The hash of a text whose word hashes are `words`, or `None` for no words.
pub fn hash_words(words: &[WordHash]) -> Option<u64> {
    if words.is_empty() {
        return None;
    }
    Some(
        words
            .iter()
            .fold(0x6a09_e667_f3bc_c908, |h, &w| mix(h, u64::from(w))),
    )
}

/// The hash of every normalised word of `text`, in order.
#[cfg(test)]
pub fn word_hashes(text: &str) -> Vec<WordHash> {
    let mut out = Vec::new();
    push_word_hashes(text, &mut out);
    out
}

/// The hash of every normalised word of `text`, in order, appended to `out` (see [`WordHasher`]).
#[cfg(test)]
pub fn push_word_hashes(text: &str, out: &mut Vec<WordHash>) {
    let mut words = WordHasher::default();
    words.write(text, out);
    words.finish(out);
}

/// Hashes the words of a text given in pieces (a block's text nodes, in order) as those of the
/// pieces joined, without building that string: one pass over the bytes (the words are those of
/// [`crate::text::for_each_token`], lower-cased while hashing; Unicode lower-casing,
/// `ß`/`ss`-style full case folding is not attempted).
pub struct WordHasher {
    h: Fnv,
    in_word: bool,
    /// Whether any character so far is not whitespace (the text folded is not empty).
    nonblank: bool,
}

impl Default for WordHasher {
    fn default() -> WordHasher {
        WordHasher {
            h: Fnv(FNV_START),
            in_word: false,
            nonblank: false,
        }
    }
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

impl WordHasher {
    /// Appends to `out` the hash of every word that `text` ends (a word may go on in the next
    /// piece).
    pub fn write(&mut self, text: &str, out: &mut Vec<WordHash>) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                i += 1;
                if b.is_ascii_alphanumeric() || b == b'_' {
                    self.h.write_u8(b.to_ascii_lowercase());
                    self.in_word = true;
                    self.nonblank = true;
                    continue;
                }
                self.nonblank |= !matches!(b, 0x09..=0x0D | b' ');
                self.end_word(out);
                continue;
            }
            let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            if crate::text::is_unspaced_script(c) {
                // One word per character, ending the word before it.
                self.end_word(out);
                let mut one = Fnv(FNV_START);
                write_lower(&mut one, c);
                out.push(word_hash(one.finish()));
                self.nonblank = true;
            } else if c.is_alphanumeric() {
                write_lower(&mut self.h, c);
                self.in_word = true;
                self.nonblank = true;
            } else {
                self.nonblank |= !c.is_whitespace();
                self.end_word(out);
            }
        }
    }

    /// Appends the last word's hash; whether the text had anything but whitespace.
    pub fn finish(mut self, out: &mut Vec<WordHash>) -> bool {
        self.end_word(out);
        self.nonblank
    }

    /// Appends the hash of the word being read, if one is, and starts the next.
    fn end_word(&mut self, out: &mut Vec<WordHash>) {
        if self.in_word {
            out.push(word_hash(self.h.finish()));
            self.h = Fnv(FNV_START);
            self.in_word = false;
        }
    }
}

fn write_lower(h: &mut Fnv, c: char) {
    let mut buf = [0u8; 4];
    for l in c.to_lowercase() {
        h.write(l.encode_utf8(&mut buf).as_bytes());
    }
}

/// The reference for [`word_hashes`]: tokens from [`crate::text::for_each_token`], each
/// lower-cased character by character into a string, then hashed.
#[cfg(test)]
pub fn word_hashes_reference(text: &str) -> Vec<WordHash> {
    let mut out = Vec::new();
    crate::text::for_each_token(text, |t| {
        let lower: String = t.chars().flat_map(char::to_lowercase).collect();
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        h.write(lower.as_bytes());
        out.push(word_hash(h.finish()));
    });
    out
}

/// Hash of the shingle made of `words` (order-sensitive).
pub fn shingle(words: &[WordHash]) -> u64 {
    words
        .iter()
        .fold(0x510e_527f_ade6_82d1, |h, &w| mix(h, u64::from(w)))
}

/// Order-sensitive combination of two 64-bit values (a multiply-xorshift mixer).
fn mix(h: u64, w: u64) -> u64 {
    let mut x = (h ^ w.rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 32;
    x = x.wrapping_mul(0xd6e8_feb8_6659_fd93);
    x ^ (x >> 29)
}

struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// Hasher for maps keyed by values that are already well-mixed 64-bit hashes: uses them as
/// they are.
#[derive(Default)]
pub struct PrehashedHasher(u64);

impl Hasher for PrehashedHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Hasher builder for maps keyed by [`hash`]es or shingle hashes.
pub type Prehashed = std::hash::BuildHasherDefault<PrehashedHasher>;
