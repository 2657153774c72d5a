//! Detects an article body that appears more than once and keeps one copy.
//!
//! Works on the article's text blocks (paragraphs, headings, list items…) in document order:
//! each block's text is normalised ([`fingerprint`]) and hashed; a block whose fingerprint was
//! seen before is a repeat. The page is flagged when repeats cover a large share of the body
//! words in at least two blocks, so a pull quote, a standfirst that repeats the lede, repeated
//! captions or "Advertisement" labels never flag it. Linear in the number of blocks.
//!
//! It does not find the article (that is `extract`) and it does not write anything.

pub mod fingerprint;

use std::collections::HashMap;

use crate::article::{DuplicateBody, RepeatedBlock};
use crate::text;

/// Share of body words that must be repeated before the page is flagged.
const MIN_RATIO: f64 = 0.3;
/// Blocks shorter than this (in words) never count as repeats on their own.
const MIN_BLOCK_WORDS: usize = 6;

/// The outcome of [`detect`]: the report and which blocks to drop.
#[derive(Debug, Default, Clone)]
pub struct Dedupe {
    /// What the article reports.
    pub report: DuplicateBody,
    /// Indices (into the input slice) of blocks to drop when showing the body once.
    pub drop: Vec<usize>,
}

/// Finds repeated blocks among `blocks` (block texts in document order).
pub fn detect(blocks: &[String]) -> Dedupe {
    let mut seen: HashMap<u64, usize> = HashMap::new();
    let mut total_words = 0usize;
    let mut repeated_words = 0usize;
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    let mut occurrences: HashMap<u64, u32> = HashMap::new();
    for (i, block) in blocks.iter().enumerate() {
        let words = text::word_count(block);
        total_words += words;
        let Some(fp) = fingerprint::hash(block) else {
            continue;
        };
        *occurrences.entry(fp).or_insert(0) += 1;
        match seen.get(&fp) {
            Some(&first) if words >= MIN_BLOCK_WORDS => {
                repeated_words += words;
                repeats.push((i, first));
            }
            Some(_) => {}
            None => {
                seen.insert(fp, i);
            }
        }
    }
    let unique_words = total_words.saturating_sub(repeated_words).max(1);
    let ratio = repeated_words as f64 / total_words.max(1) as f64;
    // The body counts as repeated when the repeats are a large share of what is left once they
    // are removed, and more than a single quote.
    let detected = repeats.len() >= 2
        && repeated_words as f64 / unique_words as f64 >= MIN_RATIO * 2.0
        || (repeats.len() == 1 && repeated_words >= 80 && ratio >= MIN_RATIO);
    if !detected {
        return Dedupe {
            report: DuplicateBody {
                detected: false,
                copies: 1,
                duplicated_ratio: 0.0,
                blocks: Vec::new(),
            },
            drop: Vec::new(),
        };
    }
    let copies = repeats
        .iter()
        .filter_map(|&(i, _)| fingerprint::hash(&blocks[i]))
        .filter_map(|fp| occurrences.get(&fp).copied())
        .max()
        .unwrap_or(2);
    Dedupe {
        report: DuplicateBody {
            detected: true,
            copies,
            duplicated_ratio: (ratio * 1000.0).round() / 1000.0,
            blocks: repeats
                .iter()
                .map(|&(i, first)| RepeatedBlock {
                    index: i,
                    original_index: first,
                    preview: text::preview(&blocks[i], 80),
                })
                .collect(),
        },
        drop: repeats.iter().map(|&(i, _)| i).collect(),
    }
}

#[cfg(test)]
mod tests;
