//! Text normalisation and hashing for comparing blocks: case folded, punctuation and
//! whitespace removed, so line breaks, curly quotes and spacing differences don't matter.

use std::hash::{Hash, Hasher};

/// Normalised form of `text`: lower-case word tokens joined by single spaces.
pub fn normalise(text: &str) -> String {
    crate::text::tokens(text).join(" ")
}

/// A stable 64-bit hash of the normalised text, or `None` for text with no words.
pub fn hash(text: &str) -> Option<u64> {
    let norm = normalise(text);
    if norm.is_empty() {
        return None;
    }
    // FNV-1a: deterministic across runs and platforms (std's SipHash keys are fixed too, but
    // FNV keeps WASM and native identical by construction).
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    norm.hash(&mut h);
    Some(h.finish())
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
