//! Detects an article body that appears more than once on a page, and says which copy to drop.
//!
//! Input: text blocks in document order (paragraphs, headings, list items…), each with a place:
//! the article, a hidden container, a `<noscript>` copy, or elsewhere on the page. Each block's
//! text is normalised (case folded, punctuation and whitespace removed, see [`fingerprint`])
//! into word hashes, and the words are cut into overlapping shingles of [`fingerprint::SHINGLE`]
//! words. A hash index from shingle to first position ([`shingles::find`]) tells, in linear
//! time, which article words repeat earlier article text (a *copy*), which are the first
//! occurrence of text repeated later (a *source*), and which also occur outside the article.
//! Because a word counts as covered when any shingle holding it matches, a copy with a few
//! changed words, different line breaking or a "Read more" cut still covers most of its source.
//! A block is a copy of the block it shares most shingles with; short blocks repeat by exact
//! text next to their source or inside a run, a block right after an identical one is its
//! double in place, and runs extend over aligned blocks whose words mostly agree (a short line
//! with a changed word).
//!
//! The page is flagged when copies cover at least half of the body that remains once they are
//! removed (a block mostly covered counts whole), at least 80 words, spread over at least two
//! blocks (or one long block, nearly all covered). Coverage is counted on prose blocks
//! (paragraphs), so a copy that leaves out a table still counts. A pull quote, a standfirst that
//! repeats the lede, a quoted tweet, captions, "Advertisement" labels, related headlines and
//! repeated table cells cover a small share of a body, so they never flag it. When flagged, the
//! copies that make up the repeated body are dropped: doubled in place, or in a run whose
//! neighbouring paragraphs repeat their sources in order (the source side may hold captions,
//! list items and headings the copy left out); a lone repeat (a code sample shown twice) stays.
//! The first copy is kept unless the later one is clearly more complete (more words, or
//! images), in which case the earlier one goes. Copies outside the article (hidden, `noscript`,
//! elsewhere) are reported and never shown.
//!
//! Before the article is chosen, [`hide_copies`] runs the same detection over every visible
//! block of the page and hides the redundant copy (verdict and statistics), so that a second
//! copy of the body can't move the article choice to the copy's container or to a wrapper of
//! both.
//!
//! It does not find the article (that is `extract`) and it does not write anything.

pub mod blocks;
pub mod fingerprint;
#[cfg(test)]
mod naive;
pub mod shingles;

use std::collections::HashMap;

use crate::article::{DuplicateBody, RepeatedBlock};
use crate::boilerplate;
use crate::dom::{Document, NodeId};
use crate::stats::Stats;
use crate::text;
use fingerprint::{WordHash, SHINGLE};
use shingles::Matches;

/// Share of the (deduplicated) body that copies must cover before the page is flagged.
const MIN_COVERAGE: f64 = 0.5;
/// Fewest repeated words that flag a page: below that, repetition in a tiny page (a two-line
/// notice, a template filled with the same placeholder text) is as likely meant as not.
const MIN_REPEATED_WORDS: usize = 80;
/// A short body (a news item of 40–80 words) repeated almost whole flags the page too: fewest
/// repeated words then, with [`MIN_SHORT_COVERAGE`] of the body covered. Every threshold below
/// that reads "enough repetition to look at" uses this smaller count.
const MIN_SHORT_REPEATED_WORDS: usize = 40;
/// Share of a short body its copy must cover.
const MIN_SHORT_COVERAGE: f64 = 0.8;
/// Blocks shorter than this (in words) don't count towards the "two covered blocks" rule.
const MIN_COUNTED_BLOCK_WORDS: usize = 2 * SHINGLE;
/// A single covered block flags the page only if it is at least this long (in words)…
const MIN_SINGLE_BLOCK_WORDS: usize = 250;
/// …and the copy covers at least this share of the body.
const MIN_SINGLE_BLOCK_COVERAGE: f64 = 0.8;
/// Fewest copies in a run of long blocks that count when the body is read as its long blocks
/// ([`Counted::LongBlocks`]).
const MIN_LONG_RUN: usize = 3;
/// Most repeated blocks listed in the report (the decision uses them all).
const MAX_REPORTED_BLOCKS: usize = 500;
/// Weight of an image, in words, when deciding which copy is the more complete.
const MEDIA_WORDS: usize = 40;
/// A copy at most this many blocks after its source is a double in place.
const NEAR_COPY: usize = 2;
/// Most links remembered per block (sources a copy block draws from).
const MAX_LINKS: usize = 8;

/// The reason given to a dropped copy when the article is chosen again without it.
pub const REPEAT_REASON: &str = "repeats the article body";

/// Where a block sits on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    /// In the article that will be shown.
    Article,
    /// Not displayed: `hidden`, `aria-hidden`, `display:none` or inside such an element.
    Hidden,
    /// Inside a `<noscript>` element.
    Noscript,
    /// Anywhere else on the page (outside the article, or removed from it as clutter).
    Elsewhere,
}

impl Place {
    /// The name used in [`RepeatedBlock::location`].
    pub fn name(self) -> &'static str {
        match self {
            Place::Article => "article",
            Place::Hidden => "hidden",
            Place::Noscript => "noscript",
            Place::Elsewhere => "elsewhere",
        }
    }
}

/// One text block of the page. Its text is not kept, only its words' hashes (in [`Blocks`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Its words: a range of the article words of its [`Blocks`] for an article block, of the
    /// other words otherwise.
    pub words: std::ops::Range<usize>,
    /// Where it is.
    pub place: Place,
    /// Images and videos that belong to it (inside it, or just before it in the article).
    pub media: u32,
    /// Whether it is running text (a paragraph) rather than a heading, list item, table cell
    /// or caption.
    pub prose: bool,
}

/// The blocks [`detect`] reads: each block's place and the hashes of its words, in two streams
/// (the article blocks' words, the other blocks' words), each block's consecutive to the one
/// before it of the same stream. The words are hashed straight from the tree's text: a block's
/// text is never copied (on a 5 MB page the copies were 5.8 MB at the peak).
#[derive(Debug, Default)]
pub struct Blocks {
    /// The blocks, in the order they were added.
    pub list: Vec<Block>,
    /// Word hashes of the article blocks, concatenated.
    a: Vec<WordHash>,
    /// Word hashes of the other blocks, concatenated.
    e: Vec<WordHash>,
}

impl Blocks {
    /// Hashes the words of the text `pieces` gives (to the article stream for
    /// [`Place::Article`]); their range, or `None` (nothing added) when the text is blank.
    pub fn words(
        &mut self,
        place: Place,
        pieces: impl FnOnce(&mut dyn FnMut(&str)),
    ) -> Option<std::ops::Range<usize>> {
        let out = if place == Place::Article {
            &mut self.a
        } else {
            &mut self.e
        };
        let start = out.len();
        let mut hasher = fingerprint::WordHasher::default();
        pieces(&mut |piece| hasher.write(piece, out));
        hasher.finish(out).then_some(start..out.len())
    }

    /// [`Blocks::words`], but only when the text has at least `min` words (nothing is added
    /// otherwise).
    pub fn words_at_least(
        &mut self,
        place: Place,
        min: usize,
        pieces: impl FnOnce(&mut dyn FnMut(&str)),
    ) -> Option<std::ops::Range<usize>> {
        let words = self.words(place, pieces)?;
        if words.len() >= min {
            return Some(words);
        }
        let stream = if place == Place::Article {
            &mut self.a
        } else {
            &mut self.e
        };
        stream.truncate(words.start);
        None
    }

    /// The streams grew by doubling: up to half of each is spare, at the detection's peak.
    pub fn shrink_to_fit(&mut self) {
        self.a.shrink_to_fit();
        self.e.shrink_to_fit();
        self.list.shrink_to_fit();
    }
}

/// A block given by its text, for the tests.
#[cfg(test)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextBlock {
    /// Its text.
    pub text: String,
    /// Where it is.
    pub place: Place,
    /// Images and videos that belong to it.
    pub media: u32,
    /// Whether it is running text.
    pub prose: bool,
}

#[cfg(test)]
impl TextBlock {
    /// An article block without media.
    pub fn article(text: impl Into<String>) -> TextBlock {
        TextBlock {
            text: text.into(),
            place: Place::Article,
            media: 0,
            prose: true,
        }
    }
}

/// [`Blocks`] of texts (blank ones kept, with no words).
#[cfg(test)]
pub fn text_blocks(texts: &[TextBlock]) -> Blocks {
    let mut out = Blocks::default();
    for t in texts {
        let start = if t.place == Place::Article {
            out.a.len()
        } else {
            out.e.len()
        };
        let words = out.words(t.place, |f| f(&t.text)).unwrap_or(start..start);
        out.list.push(Block {
            words,
            place: t.place,
            media: t.media,
            prose: t.prose,
        });
    }
    out
}

/// The outcome of [`detect`]: the report and which blocks to drop.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Dedupe {
    /// What the article reports.
    pub report: DuplicateBody,
    /// Indices (into the input slice) of article blocks to drop to show the body once, ascending.
    pub drop: Vec<usize>,
}

/// Finds a repeated body among article blocks alone (no other page text).
#[cfg(test)]
pub fn detect_texts(blocks: &[String]) -> Dedupe {
    let blocks: Vec<TextBlock> = blocks
        .iter()
        .map(|t| TextBlock::article(t.as_str()))
        .collect();
    let words = text_blocks(&blocks);
    detect(&words, &|i| blocks[i].text.clone())
}

/// Finds a repeated body among `blocks` (article blocks in document order, plus any other
/// blocks of the page, in any position). `text` gives a block's text (by its index), for the
/// previews of the blocks reported.
pub fn detect(blocks: &Blocks, text: &dyn Fn(usize) -> String) -> Dedupe {
    detect_with(blocks, text, shingles::find)
}

/// Word streams of the article and of the rest of the page.
struct Streams<'a> {
    /// Input indices of the article blocks, in order.
    article: Vec<usize>,
    /// Input indices of the other blocks, in order.
    other: Vec<usize>,
    /// Word hashes of the article blocks, concatenated.
    a: &'a [WordHash],
    /// Word range of each article block in `a`, consecutive (a word's block is found in them:
    /// [`WordBlocks`], [`BlockCursor`]).
    a_range: Vec<std::ops::Range<usize>>,
    /// Word hashes of the other blocks, concatenated.
    e: &'a [WordHash],
    /// Word range of each other block in `e`.
    e_range: Vec<std::ops::Range<usize>>,
}

/// The block (position in `ranges`, consecutive word ranges in order) of words asked in any
/// order: the block of every [`WordBlocks::STEP`]th word is kept, and the ranges are walked from
/// there (a block per word would add 4 bytes a word to the detection's peak).
struct WordBlocks<'a> {
    ranges: &'a [std::ops::Range<usize>],
    /// The block of word `STEP * i`.
    every: Vec<u32>,
}

impl<'a> WordBlocks<'a> {
    const STEP: usize = 16;

    fn new(ranges: &'a [std::ops::Range<usize>]) -> WordBlocks<'a> {
        let words = ranges.last().map_or(0, |r| r.end);
        let mut cursor = BlockCursor::new(ranges);
        let every = (0..words)
            .step_by(Self::STEP)
            .map(|w| u32::try_from(cursor.at(w)).unwrap_or(u32::MAX))
            .collect();
        WordBlocks { ranges, every }
    }

    /// The block holding word `w` (`ranges.len()` when none does).
    fn at(&self, w: usize) -> usize {
        let mut block = self
            .every
            .get(w / Self::STEP)
            .map_or(self.ranges.len(), |&b| b as usize);
        while self.ranges.get(block).is_some_and(|r| r.end <= w) {
            block += 1;
        }
        block
    }
}

/// The block (position in `ranges`, consecutive word ranges in order) of each word asked, for
/// words asked in increasing order: `ranges.len()` when none holds it.
struct BlockCursor<'a> {
    ranges: &'a [std::ops::Range<usize>],
    block: usize,
}

impl<'a> BlockCursor<'a> {
    fn new(ranges: &'a [std::ops::Range<usize>]) -> BlockCursor<'a> {
        BlockCursor { ranges, block: 0 }
    }

    /// The block holding word `w`, no lower than the last one asked for.
    fn at(&mut self, w: usize) -> usize {
        while self.ranges.get(self.block).is_some_and(|r| r.end <= w) {
            self.block += 1;
        }
        self.block
    }
}

fn streams(blocks: &Blocks) -> Streams<'_> {
    let mut s = Streams {
        article: Vec::new(),
        other: Vec::new(),
        a: &blocks.a,
        a_range: Vec::new(),
        e: &blocks.e,
        e_range: Vec::new(),
    };
    for (i, b) in blocks.list.iter().enumerate() {
        if b.place == Place::Article {
            s.a_range.push(b.words.clone());
            s.article.push(i);
        } else {
            s.e_range.push(b.words.clone());
            s.other.push(i);
        }
    }
    s
}

/// Up to [`MAX_LINKS`] (block, shared shingles) pairs: which blocks a block repeats.
#[derive(Debug, Clone, Default)]
struct Links(Vec<(u32, u32)>);

impl Links {
    fn add(&mut self, block: usize) {
        let block = u32::try_from(block).unwrap_or(u32::MAX);
        if let Some(l) = self.0.iter_mut().find(|l| l.0 == block) {
            l.1 += 1;
        } else if self.0.len() < MAX_LINKS {
            self.0.push((block, 1));
        }
    }
    /// The block sharing the most shingles (the earliest on ties).
    fn main(&self) -> Option<usize> {
        self.0
            .iter()
            .max_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(&x.0)))
            .map(|l| l.0 as usize)
    }
}

/// Per-word marks and per-block links derived from [`Matches`].
struct Marks {
    /// Article word lies in a later repeat of earlier article text.
    copy: Bits,
    /// Article word is the first occurrence of text repeated later in the article.
    source: Bits,
    /// Article word's text also occurs outside the article.
    other: Bits,
    /// Other-stream word's text occurs in the article.
    e_cov: Bits,
    /// For each article block: the earlier article blocks it repeats.
    a_links: Vec<Links>,
    /// For each other block: the article blocks it repeats.
    e_links: Vec<Links>,
}

/// One flag a word, in bits (the marks are at the detection's peak: a `Vec<bool>` a mark took
/// a byte a word).
#[derive(Debug, Clone)]
struct Bits {
    bits: Vec<u64>,
    len: usize,
}

impl Bits {
    fn new(len: usize) -> Bits {
        Bits {
            bits: vec![0; len.div_ceil(64)],
            len,
        }
    }

    fn get(&self, i: usize) -> bool {
        i < self.len && self.bits[i / 64] >> (i % 64) & 1 == 1
    }

    /// Sets the flags from `start` to `end` (both cut at the length).
    fn fill(&mut self, start: usize, end: usize) {
        let end = end.min(self.len);
        let mut i = start;
        while i < end {
            let (mask, take) = Bits::mask(i, end);
            self.bits[i / 64] |= mask;
            i += take;
        }
    }

    /// The bits from `i` to `end` in `i`'s 64-bit word, and how many they are.
    fn mask(i: usize, end: usize) -> (u64, usize) {
        let bit = i % 64;
        let take = (64 - bit).min(end - i);
        let mask = if take == 64 {
            u64::MAX
        } else {
            ((1u64 << take) - 1) << bit
        };
        (mask, take)
    }

    /// How many flags of `range` are set (0 for a range past the end).
    fn count(&self, range: &std::ops::Range<usize>) -> usize {
        if range.start > range.end || range.end > self.len {
            return 0;
        }
        let (mut i, mut n) = (range.start, 0);
        while i < range.end {
            let (mask, take) = Bits::mask(i, range.end);
            n += (self.bits[i / 64] & mask).count_ones() as usize;
            i += take;
        }
        n
    }
}

fn mark_range(marks: &mut Bits, start: usize) {
    marks.fill(start, start + SHINGLE);
}

fn marks(s: &Streams, m: &Matches) -> Marks {
    let mut out = Marks {
        copy: Bits::new(s.a.len()),
        source: Bits::new(s.a.len()),
        other: Bits::new(s.a.len()),
        e_cov: Bits::new(s.e.len()),
        a_links: vec![Links::default(); s.article.len()],
        e_links: vec![Links::default(); s.other.len()],
    };
    // A shingle belongs to the block of its middle word.
    let mid = SHINGLE / 2;
    let a_block = WordBlocks::new(&s.a_range);
    for (j, &first) in m.a_first.iter().enumerate() {
        let first = first as usize;
        if j >= first + SHINGLE {
            mark_range(&mut out.copy, j);
            mark_range(&mut out.source, first);
            let (from, to) = (a_block.at(j + mid), a_block.at(first + mid));
            if from != to {
                out.a_links[from].add(to);
            }
        }
        if m.e_count.get(j).copied().unwrap_or(0) > 0 {
            mark_range(&mut out.other, j);
        }
    }
    let mut e_block = BlockCursor::new(&s.e_range);
    for (j, first) in m.e_first.iter().enumerate() {
        if let Some(first) = *first {
            let first = first as usize;
            mark_range(&mut out.e_cov, j);
            out.e_links[e_block.at(j + mid)].add(a_block.at(first + mid));
        }
    }
    out
}

fn count(marks: &Bits, range: &std::ops::Range<usize>) -> usize {
    marks.count(range)
}

/// [`detect`] with the shingle matcher as a parameter (the tests pass the naive one).
fn detect_with(
    blocks: &Blocks,
    text: &dyn Fn(usize) -> String,
    find: fn(&[WordHash], &[WordHash]) -> Matches,
) -> Dedupe {
    detect_inner(blocks, text, find, false, None)
}

/// The article blocks (indices into `blocks`) to drop on a page already known to repeat its
/// body: every copy that is part of a repeated run, whatever share of the body it covers. The
/// cleaner uses it after choosing the article again, when the new choice takes in copies of
/// paragraphs the first choice had left outside.
pub fn copies_to_drop(blocks: &Blocks) -> Vec<usize> {
    detect_inner(blocks, &|_| String::new(), shingles::find, true, None).drop
}

/// [`detect`]; `known` skips the coverage decision for copies inside the article.
/// What a page-wide pass learns besides its decision.
#[derive(Debug, Default)]
struct PagePass {
    /// [`prose_copies`] of the article blocks (indices into the blocks).
    repeated: Vec<usize>,
    /// Shingle positions of the article that repeat an earlier one.
    later: usize,
}

/// `pass`, when given, receives what a page-wide pass learns, whatever the decision.
fn detect_inner(
    page: &Blocks,
    text: &dyn Fn(usize) -> String,
    find: fn(&[WordHash], &[WordHash]) -> Matches,
    known: bool,
    pass: Option<&mut PagePass>,
) -> Dedupe {
    let page_wide = pass.is_some();
    let s = streams(page);
    let blocks = page.list.as_slice();
    let m = find(s.a, s.e);
    let mk = marks(&s, &m);
    let nb = s.article.len();
    let words: Vec<usize> = s.a_range.iter().map(|r| r.len()).collect();

    let source_of = copy_sources(&s, &mk, &words);
    if let Some(out) = pass {
        out.repeated = prose_copies(blocks, &s, &source_of, &words);
        out.later = m
            .a_first
            .iter()
            .enumerate()
            .filter(|&(j, &f)| (f as usize) < j)
            .count();
    }
    let is_copy: Vec<bool> = source_of.iter().map(Option::is_some).collect();
    let prose: Vec<bool> = s
        .article
        .iter()
        .map(|&i| blocks.get(i).is_some_and(|b| b.prose))
        .collect();
    let prose_body = Body::new(&s, &words, &prose, &is_copy, Counted::Prose);
    // The page-wide pass reads the paragraphs only: what it flags it hides from the article
    // choice, and a reference's field descriptions or a shop's specification lines repeated
    // across the page are not a second body.
    let long_body = (!page_wide).then(|| {
        let in_runs = sources_in_runs(&words, &source_of);
        Body::new(&s, &words, &prose, &is_copy, Counted::LongBlocks(in_runs))
    });
    let flagged = |marks: &Bits| {
        prose_body.flagged_by(marks) || long_body.as_ref().is_some_and(|b| b.flagged_by(marks))
    };
    let in_article = flagged(&mk.source) || (known && is_copy.contains(&true));
    let elsewhere = flagged(&mk.other);
    if !in_article && !elsewhere {
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

    // Which article blocks to drop, and the kept block each one repeats.
    let dropped: Vec<(usize, usize)> = if in_article {
        choose_copy(
            &s,
            &prose,
            &mk,
            &blocks_media(blocks, &s),
            &words,
            &source_of,
        )
    } else {
        Vec::new()
    };
    let mut is_dropped = vec![false; nb];
    for &(b, _) in &dropped {
        is_dropped[b] = true;
    }
    let ratio = shown_coverage(&s, &mk, &words, &is_dropped, (in_article, elsewhere));
    let mut report_blocks = dropped_blocks(text, &s, &dropped);
    if elsewhere {
        report_blocks.extend(copies_elsewhere(blocks, text, &s, &mk));
    }
    report_blocks.truncate(MAX_REPORTED_BLOCKS);
    Dedupe {
        report: DuplicateBody {
            detected: true,
            copies: copies(&s, &m, &is_dropped, in_article, elsewhere),
            duplicated_ratio: (ratio.min(1.0) * 1000.0).round() / 1000.0,
            blocks: report_blocks,
        },
        drop: {
            let mut d: Vec<usize> = dropped
                .iter()
                .filter_map(|&(b, _)| s.article.get(b).copied())
                .collect();
            d.sort_unstable();
            d
        },
    }
}

/// Whether `part` is at least half of a non-empty `whole`.
fn half(part: usize, whole: usize) -> bool {
    whole > 0 && part * 2 >= whole
}

/// Which blocks of the body [`Body`] counts.
#[derive(Debug, Clone)]
enum Counted {
    /// The paragraphs, when the body has any (every block otherwise).
    Prose,
    /// Every block of at least [`MIN_COUNTED_BLOCK_WORDS`] words, whatever its tag: a body
    /// written as a list of sentences (an advisory's steps under one paragraph) repeats as its
    /// list items, which the paragraphs alone don't show; names, prices and table cells stay
    /// out, so a shop's grid holding a product twice is not a repeated body. Only the sources
    /// of copies in runs count (true by block, [`sources_in_runs`]): a body repeated whole
    /// repeats its blocks one after another, while a reference repeats a field's description
    /// here and there between fields of its own.
    LongBlocks(Vec<bool>),
}

/// The body that remains once copies are removed, and the flagging rule over it. Coverage is
/// measured on the prose (paragraphs), when there is any: a copy of every paragraph is a copy of
/// the body even if it leaves out a table or a list.
struct Body<'a> {
    s: &'a Streams<'a>,
    words: &'a [usize],
    /// Article blocks counted: not copies, and prose when the body has any.
    kept: Vec<bool>,
    kept_words: usize,
    counted: Counted,
}

impl<'a> Body<'a> {
    fn new(
        s: &'a Streams<'a>,
        words: &'a [usize],
        prose: &[bool],
        is_copy: &[bool],
        counted: Counted,
    ) -> Body<'a> {
        let nb = words.len();
        let has_prose = (0..nb).any(|b| !is_copy[b] && prose[b] && words[b] > 0);
        let kept: Vec<bool> = (0..nb)
            .map(|b| {
                !is_copy[b]
                    && match counted {
                        Counted::Prose => prose[b] || !has_prose,
                        Counted::LongBlocks(_) => words[b] >= MIN_COUNTED_BLOCK_WORDS,
                    }
            })
            .collect();
        let kept_words = (0..nb).filter(|&b| kept[b]).map(|b| words[b]).sum();
        Body {
            s,
            words,
            kept,
            kept_words,
            counted,
        }
    }

    /// Whether words marked in `marks` (repeated in the article, or found elsewhere) cover
    /// enough of the body to flag the page: half of it, enough words, over two blocks or one
    /// long block nearly all covered.
    fn flagged_by(&self, marks: &Bits) -> bool {
        let words = self.words;
        let mut tokens = 0;
        let mut blocks_covered = 0;
        let mut longest = 0;
        for b in (0..words.len()).filter(|&b| self.kept[b]) {
            let counts = match &self.counted {
                Counted::Prose => true,
                Counted::LongBlocks(in_runs) => in_runs.get(b).copied().unwrap_or(false),
            };
            let c = if counts {
                count(marks, &self.s.a_range[b])
            } else {
                0
            };
            // A block mostly covered is covered whole: in a copy with a few changed words,
            // each change hides the words around it from the shingles.
            tokens += if half(c, words[b]) { words[b] } else { c };
            if half(c, words[b]) && words[b] >= MIN_COUNTED_BLOCK_WORDS {
                blocks_covered += 1;
                longest = longest.max(words[b]);
            }
        }
        let share = tokens as f64 / self.kept_words.max(1) as f64;
        share >= MIN_COVERAGE
            && (tokens >= MIN_REPEATED_WORDS
                || (tokens >= MIN_SHORT_REPEATED_WORDS && share >= MIN_SHORT_COVERAGE))
            && (blocks_covered >= 2
                || (longest >= MIN_SINGLE_BLOCK_WORDS && share >= MIN_SINGLE_BLOCK_COVERAGE))
    }
}

/// By article block: whether it is the source of a copy that stands in a run of at least
/// [`MIN_LONG_RUN`] copies, a run being consecutive long blocks (of
/// [`MIN_COUNTED_BLOCK_WORDS`] words or more; shorter ones are passed over) that are each a
/// copy or a copy's source. A body printed twice makes one such run (sources then copies, or
/// each paragraph and its double), a description repeated between other entries makes none.
fn sources_in_runs(words: &[usize], source_of: &[Option<usize>]) -> Vec<bool> {
    let nb = words.len();
    let mut is_source = vec![false; nb];
    for &src in source_of.iter().flatten() {
        if let Some(x) = is_source.get_mut(src) {
            *x = true;
        }
    }
    let mut in_runs = vec![false; nb];
    let long: Vec<usize> = (0..nb)
        .filter(|&b| words[b] >= MIN_COUNTED_BLOCK_WORDS)
        .collect();
    for run in long.split(|&b| source_of[b].is_none() && !is_source[b]) {
        let copies: Vec<usize> = run.iter().filter_map(|&b| source_of[b]).collect();
        if copies.len() >= MIN_LONG_RUN {
            for src in copies {
                in_runs[src] = true;
            }
        }
    }
    in_runs
}

/// Share of the body shown (blocks not dropped) whose words have a copy: in the article when
/// `flags.0` (the article repeats itself), elsewhere on the page when `flags.1`.
fn shown_coverage(
    s: &Streams,
    mk: &Marks,
    words: &[usize],
    is_dropped: &[bool],
    (in_article, elsewhere): (bool, bool),
) -> f64 {
    let nb = words.len();
    let shown_words: usize = (0..nb).filter(|&b| !is_dropped[b]).map(|b| words[b]).sum();
    let mut covered_words = 0;
    for b in (0..nb).filter(|&b| !is_dropped[b]) {
        for w in s.a_range[b].clone() {
            let in_a = in_article && (mk.source.get(w) || mk.copy.get(w));
            let in_e = elsewhere && mk.other.get(w);
            if in_a || in_e {
                covered_words += 1;
            }
        }
    }
    covered_words as f64 / shown_words.max(1) as f64
}

/// The report's entries for the dropped article blocks.
fn dropped_blocks(
    text: &dyn Fn(usize) -> String,
    s: &Streams,
    dropped: &[(usize, usize)],
) -> Vec<RepeatedBlock> {
    dropped
        .iter()
        .filter_map(|&(b, orig)| {
            let &i = s.article.get(b)?;
            Some(RepeatedBlock {
                index: b,
                original_index: orig,
                preview: text::preview(&text(i), 80),
                location: Place::Article.name().to_string(),
                dropped: true,
            })
        })
        .collect()
}

/// The report's entries for blocks outside the article that mostly repeat an article block.
fn copies_elsewhere(
    blocks: &[Block],
    text: &dyn Fn(usize) -> String,
    s: &Streams,
    mk: &Marks,
) -> Vec<RepeatedBlock> {
    let mut out = Vec::new();
    for (e, range) in s.e_range.iter().enumerate() {
        let Some(orig) = mk.e_links[e].main() else {
            continue;
        };
        let Some(&i) = s.other.get(e) else { continue };
        if half(count(&mk.e_cov, range), range.len()) {
            out.push(RepeatedBlock {
                index: e,
                original_index: orig,
                preview: text::preview(&text(i), 80),
                location: blocks[i].place.name().to_string(),
                dropped: false,
            });
        }
    }
    out
}

/// For each article block, the earlier block it mostly repeats (`None` for original text).
fn copy_sources(s: &Streams, mk: &Marks, words: &[usize]) -> Vec<Option<usize>> {
    let nb = s.article.len();
    let half = |part: usize, whole: usize| whole > 0 && part * 2 >= whole;
    // Copy blocks: most of their words repeat earlier article text of another block.
    let mut source_of: Vec<Option<usize>> = vec![None; nb];
    for b in 0..nb {
        if half(count(&mk.copy, &s.a_range[b]), words[b]) {
            source_of[b] = mk.a_links[b].main();
        }
    }
    // Short blocks (too short for a shingle of their own) repeat by exact text, when they sit in
    // place next to their source or inside a run of copies of consecutive blocks.
    let block_hash: Vec<Option<u64>> = s
        .a_range
        .iter()
        .map(|r| s.a.get(r.clone()).and_then(fingerprint::hash_words))
        .collect();
    let mut first_by_text: HashMap<u64, usize, fingerprint::Prehashed> =
        HashMap::with_capacity_and_hasher(nb, fingerprint::Prehashed::default());
    for b in 0..nb {
        let Some(h) = block_hash[b] else {
            continue;
        };
        let first = *first_by_text.entry(h).or_insert(b);
        if first == b || source_of[b].is_some() || words[b] >= SHINGLE {
            continue;
        }
        let prev_in_run = b > 0 && first > 0 && source_of[b - 1] == Some(first - 1);
        let next_in_run = source_of.get(b + 1).copied().flatten() == Some(first + 1);
        if first + 1 == b || prev_in_run || next_in_run {
            source_of[b] = Some(first);
        }
    }
    // A block right after an identical one is its double in place, even when both repeat an
    // earlier block too (a quote doubled in place that was also a pull quote above).
    let mut prev_hash = None;
    for b in 0..nb {
        let h = block_hash[b];
        let far = source_of[b].is_none_or(|x| x + NEAR_COPY < b);
        if h.is_some() && h == prev_hash && far {
            source_of[b] = Some(b - 1);
        }
        prev_hash = h;
    }
    extend_runs(s, mk, words, &mut source_of);
    source_of
}

/// Extends runs of copies over the blocks the shingles missed (a short line with a changed
/// word, a caption): a block next to a copy repeats the block next to that copy's source, on
/// the same side, when most of their words are the same. A forward pass extends runs to the
/// right (and fills gaps of equal length on both sides), a backward pass to the left.
fn extend_runs(s: &Streams, mk: &Marks, words: &[usize], source_of: &mut [Option<usize>]) {
    let nb = source_of.len();
    let open = |b: usize, source_of: &[Option<usize>]| {
        source_of[b].is_none() && words[b] > 0 && count(&mk.source, &s.a_range[b]) * 2 < words[b]
    };
    for b in 1..nb {
        let Some(c) = source_of[b - 1].map(|p| p + 1) else {
            continue;
        };
        if c < b && open(b, source_of) && source_of[c].is_none() && similar(s, b, c) {
            source_of[b] = Some(c);
        }
    }
    for b in (0..nb.saturating_sub(1)).rev() {
        let Some(c) = source_of[b + 1].and_then(|q| q.checked_sub(1)) else {
            continue;
        };
        if c < b && open(b, source_of) && source_of[c].is_none() && similar(s, b, c) {
            source_of[b] = Some(c);
        }
    }
}

/// Whether article blocks `a` and `b` share most of their words (as multisets).
fn similar(s: &Streams, a: usize, b: usize) -> bool {
    let (Some(ra), Some(rb)) = (s.a_range.get(a), s.a_range.get(b)) else {
        return false;
    };
    let (Some(wa), Some(wb)) = (s.a.get(ra.clone()), s.a.get(rb.clone())) else {
        return false;
    };
    let longest = wa.len().max(wb.len());
    if wa.is_empty() || wb.is_empty() || longest > 2 * wa.len().min(wb.len()) {
        return false;
    }
    let (mut x, mut y) = (wa.to_vec(), wb.to_vec());
    x.sort_unstable();
    y.sort_unstable();
    let (mut i, mut j, mut common) = (0, 0, 0);
    while let (Some(p), Some(q)) = (x.get(i), y.get(j)) {
        match p.cmp(q) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common * 2 >= longest
}

/// Copies to hide from the article choice, from what [`detect`] drops over the visible blocks of
/// the page (from [`blocks::visible`], all marked [`Place::Article`]): the redundant copy of a
/// repeated body (the kept copy being the more complete one, see [`choose_copy`]). Empty unless
/// the redundant prose adds up to [`MIN_SHORT_REPEATED_WORDS`] words, so a quote or a repeated
/// line never changes the article choice.
fn redundant(blocks: &[Block], drop: Vec<usize>) -> Vec<usize> {
    let words: usize = drop
        .iter()
        .filter_map(|&i| blocks.get(i))
        .filter(|b| b.prose)
        .map(|b| b.words.len())
        .sum();
    if words < MIN_SHORT_REPEATED_WORDS {
        return Vec::new();
    }
    drop
}

/// What [`hide_copies`] found on the whole page.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageCopies {
    /// The elements hidden from the article choice, in document order.
    pub hidden: Vec<NodeId>,
    /// Visible paragraphs (outside clutter) that mostly repeat an earlier block of the page,
    /// flagged or not; empty unless they add up to [`MIN_SHORT_REPEATED_WORDS`]. The cleaner
    /// chooses the article again without them when a doubled body may have swayed its choice.
    pub repeated_prose: Vec<NodeId>,
    /// Nothing on the page repeats (fewer than [`MIN_SHORT_REPEATED_WORDS`] / ([`SHINGLE`] · 2)
    /// shingles occur twice), nothing is hidden and no text stands loose beside blocks (which
    /// this pass does not read): whatever article is chosen, [`detect`] can't flag it, so the
    /// cleaner skips that second look (the fast path of a page without repeats).
    pub quiet: bool,
}

/// Hides the redundant copy of a repeated body from the article choice: gives each block of
/// [`redundant`] copy a [`boilerplate::Kind::Repeat`] verdict (reason [`REPEAT_REASON`]) and
/// takes its text, links and images out of its ancestors' `stats`, so that the article is
/// chosen as if the page held its body once. Returns those elements and the page's repeated prose.
pub fn hide_copies(
    doc: &Document,
    stats: &mut Stats,
    verdicts: &mut boilerplate::Verdicts,
) -> PageCopies {
    let page = blocks::visible(doc, stats);
    let mut pass = PagePass::default();
    // (Nothing reported is read here: no previews.)
    let found = detect_inner(
        &page.blocks,
        &|_| String::new(),
        shingles::find,
        false,
        Some(&mut pass),
    );
    // A run of loose text has no element of its own to hide (its nodes' statistics are its
    // parent's): it stays, and the article check drops it if it is a copy.
    let node = |&i: &usize| page.nodes.get(i).copied().filter(|_| !page.is_run(i));
    // Only paragraphs sway the choice (headings, items and captions repeated in place are
    // dropped from the chosen article with its other copies); a copy that is clutter already
    // keeps its own verdict (and is reported as such).
    let hidden: Vec<NodeId> = redundant(&page.blocks.list, found.drop)
        .iter()
        .filter(|&&i| page.blocks.list.get(i).is_some_and(|b| b.prose))
        .filter_map(node)
        .filter(|&id| verdicts.get(id).is_some_and(Option::is_none))
        .collect();
    for &id in &hidden {
        if let Some(v) = verdicts.get_mut(id) {
            *v = Some(Box::new(boilerplate::Verdict::body_copy(REPEAT_REASON)));
        }
    }
    stats.discount(doc, &hidden);
    // Flagging needs MIN_SHORT_REPEATED_WORDS article words covered by repeated shingles, and each
    // pair of equal shingles has one later occurrence: fewer than that many later ones can't
    // flag any article drawn from these blocks.
    let quiet = hidden.is_empty()
        && !page.unseen_text
        && !page.loose_text
        && pass.later * 2 * SHINGLE < MIN_SHORT_REPEATED_WORDS;
    PageCopies {
        hidden,
        repeated_prose: pass.repeated.iter().filter_map(node).collect(),
        quiet,
    }
}

/// Article blocks (indices into `blocks`) that are prose copies of at least
/// [`MIN_COUNTED_BLOCK_WORDS`] words; empty unless they add up to [`MIN_SHORT_REPEATED_WORDS`].
fn prose_copies(
    blocks: &[Block],
    s: &Streams,
    source_of: &[Option<usize>],
    words: &[usize],
) -> Vec<usize> {
    let copies: Vec<usize> = (0..source_of.len())
        .filter(|&b| {
            let prose = s
                .article
                .get(b)
                .and_then(|&i| blocks.get(i))
                .is_some_and(|x| x.prose);
            source_of[b].is_some() && prose && words[b] >= MIN_COUNTED_BLOCK_WORDS
        })
        .collect();
    if copies.iter().map(|&b| words[b]).sum::<usize>() < MIN_SHORT_REPEATED_WORDS {
        return Vec::new();
    }
    copies
        .iter()
        .filter_map(|&b| s.article.get(b).copied())
        .collect()
}

fn blocks_media(blocks: &[Block], s: &Streams) -> Vec<usize> {
    s.article
        .iter()
        .map(|&i| blocks.get(i).map_or(0, |b| b.media as usize))
        .collect()
}

/// Decides which copy to drop: (dropped block, kept block it repeats) pairs.
///
/// When every copy comes after its sources (a body repeated after itself), the two copies are
/// compared as wholes: the later one is kept only if it is clearly more complete (more words,
/// or more images). When copies are interleaved with their sources (paragraphs doubled in
/// place), each pair is compared on its own.
fn choose_copy(
    s: &Streams,
    prose: &[bool],
    mk: &Marks,
    media: &[usize],
    words: &[usize],
    source_of: &[Option<usize>],
) -> Vec<(usize, usize)> {
    let cx = CopyChoice {
        media,
        words,
        source_of,
        sourced: (0..words.len())
            .map(|b| count(&mk.source, &s.a_range[b]) * 2 >= words[b])
            .collect(),
    };
    let copies = cx.run_copies(prose);
    let sources: Vec<usize> = (0..words.len())
        .filter(|&b| source_of[b].is_none() && words[b] > 0 && cx.sourced[b])
        .collect();
    let pairs = |b: usize| source_of[b].map(|src| (b, src));
    let (Some(&first_copy), Some(&last_source)) = (copies.first(), sources.last()) else {
        return copies.iter().filter_map(|&b| pairs(b)).collect();
    };
    if first_copy > last_source {
        cx.whole_copies(&copies, &sources)
    } else {
        cx.interleaved(&copies)
    }
}

/// Sources of a run follow each other in order, with at most this many blocks between them…
const RUN_GAP: usize = 8;
/// …or only this many paragraphs of the body between them (the others being blocks the copy
/// left out that are not paragraphs: captions, list items, headings, a related-links box).
const RUN_GAP_PARAGRAPHS: usize = 2;

/// What [`choose_copy`] reads about the article blocks.
struct CopyChoice<'a> {
    /// Images per block.
    media: &'a [usize],
    /// Words per block.
    words: &'a [usize],
    /// The block each block mostly repeats.
    source_of: &'a [Option<usize>],
    /// Whether most of a block's words are repeated later.
    sourced: Vec<bool>,
}

impl CopyChoice<'_> {
    /// A block's words, an image counting [`MEDIA_WORDS`].
    fn weight(&self, b: usize) -> usize {
        self.words[b] + MEDIA_WORDS * self.media.get(b).copied().unwrap_or(0)
    }

    /// The copies that are part of a repeated body: doubled in place (right after their
    /// source), or in a run whose neighbours repeat their source's neighbours. A lone repeat
    /// elsewhere (the same command shown twice in a tutorial, a quote) stays.
    fn run_copies(&self, prose: &[bool]) -> Vec<usize> {
        let (words, source_of) = (self.words, self.source_of);
        let nb = words.len();
        // before[b]: paragraphs before block b that neither repeat nor are repeated.
        let mut before = Vec::with_capacity(nb + 1);
        before.push(0usize);
        for b in 0..nb {
            let alone = prose[b]
                && words[b] >= MIN_COUNTED_BLOCK_WORDS
                && source_of[b].is_none()
                && !self.sourced[b];
            before.push(before[b] + usize::from(alone));
        }
        let follows = |a: Option<usize>, b: Option<usize>| match (a, b) {
            (Some(a), Some(b)) => {
                a < b && (b - a <= RUN_GAP || before[b] - before[a + 1] <= RUN_GAP_PARAGRAPHS)
            }
            _ => false,
        };
        // The last block repeated later that is not itself a copy (the end of the first body).
        let last_sourced = (0..nb)
            .rev()
            .find(|&b| self.sourced[b] && source_of[b].is_none())
            .unwrap_or(nb);
        let (prev_long, next_long) = self.nearest_long();
        (0..nb)
            .filter(|&b| {
                let Some(src) = source_of[b] else {
                    return false;
                };
                let in_place = src < b && b - src <= NEAR_COPY;
                let prev = b.checked_sub(1).and_then(|p| source_of[p]);
                // (The next block doubling this one in place says nothing about a run.)
                let next = source_of.get(b + 1).copied().flatten().filter(|&n| n != b);
                // Short lines between paragraphs (chart labels, datelines) repeat by chance as
                // often as by copying: a paragraph's run neighbours are the nearest paragraphs.
                let prev_long = prev_long[b].and_then(|p| source_of[p]);
                let next_long = next_long[b].and_then(|p| source_of[p]).filter(|&n| n != b);
                // A shuffled copy (the same paragraphs in another order) is still a run: a
                // neighbouring paragraph that copies another paragraph of the body.
                // (Only after the whole body: between paragraphs doubled in place, a lone
                // repeat stays.)
                let other =
                    |x: Option<usize>| b > last_sourced && x.is_some_and(|x| x != src && x != b);
                in_place
                    || follows(prev, Some(src))
                    || follows(Some(src), next)
                    || (words[b] >= SHINGLE
                        && (follows(prev_long, Some(src))
                            || follows(Some(src), next_long)
                            || (words[b] >= MIN_COUNTED_BLOCK_WORDS
                                && (other(prev_long) || other(next_long)))))
            })
            .collect()
    }

    /// For each block, the nearest blocks of at least a shingle before and after it.
    fn nearest_long(&self) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
        let words = self.words;
        let nb = words.len();
        let mut prev_long = vec![None; nb];
        let mut next_long = vec![None; nb];
        let mut last = None;
        for b in 0..nb {
            prev_long[b] = last;
            if words[b] >= SHINGLE {
                last = Some(b);
            }
        }
        last = None;
        for b in (0..nb).rev() {
            next_long[b] = last;
            if words[b] >= SHINGLE {
                last = Some(b);
            }
        }
        (prev_long, next_long)
    }

    /// Every copy after every source (a body repeated after itself): the two copies compared
    /// as wholes; the earlier goes only when the later is clearly more complete.
    fn whole_copies(&self, copies: &[usize], sources: &[usize]) -> Vec<(usize, usize)> {
        let source_of = self.source_of;
        let (Some(&first_copy), Some(&last_source)) = (copies.first(), sources.last()) else {
            return Vec::new();
        };
        // How many copies the most repeated source has: with more than one, the copies are
        // compared with the source one at a time.
        let mut multiplicity = vec![0usize; self.words.len()];
        for &b in copies {
            if let Some(m) = source_of[b].and_then(|src| multiplicity.get_mut(src)) {
                *m += 1;
            }
        }
        let most = multiplicity.iter().copied().max().unwrap_or(1).max(1);
        let source_weight = self.span_weight(sources);
        // Images between the two copies belong to the copy they introduce; text there belongs
        // to neither.
        let gap_media: usize = (last_source + 1..first_copy)
            .map(|b| MEDIA_WORDS * self.media.get(b).copied().unwrap_or(0))
            .sum();
        let copy_weight: usize = (self.span_weight(copies) + gap_media) / most;
        if most == 1 && copy_weight > source_weight + source_weight / 20 + SHINGLE {
            // The later copy is the more complete one: drop the earlier.
            return sources
                .iter()
                .map(|&b| {
                    let kept = copies
                        .iter()
                        .copied()
                        .find(|&c| source_of[c] == Some(b))
                        .unwrap_or(first_copy);
                    (b, kept)
                })
                .collect();
        }
        copies
            .iter()
            .filter_map(|&b| source_of[b].map(|src| (b, src)))
            .collect()
    }

    /// The weight of a copy: its blocks and what lies between them (captions, images,
    /// headings one copy has and the other lacks), across gaps of at most [`RUN_GAP`] blocks:
    /// a stray repeat far away (a label, a related link) adds itself, not the page between.
    fn span_weight(&self, at: &[usize]) -> usize {
        let mut total = 0;
        for (k, &b) in at.iter().enumerate() {
            total += self.weight(b);
            if let Some(&next) = at.get(k + 1) {
                if next - b <= RUN_GAP {
                    total += (b + 1..next)
                        .filter(|&x| self.source_of[x].is_none())
                        .map(|x| self.weight(x))
                        .sum::<usize>();
                }
            }
        }
        total
    }

    /// Copies interleaved with their sources: per pair, the earlier is kept unless the later is
    /// clearly more complete.
    fn interleaved(&self, copies: &[usize]) -> Vec<(usize, usize)> {
        let source_of = self.source_of;
        let mut out = Vec::new();
        let mut swapped = vec![false; self.words.len()];
        for &b in copies {
            let Some(src) = source_of[b] else { continue };
            let more = self.weight(b) > self.weight(src) + self.weight(src) / 10 + 2;
            if more && source_of[src].is_none() && !swapped[src] {
                swapped[src] = true;
                out.push((src, b));
            } else {
                out.push((b, src));
            }
        }
        out.sort_unstable();
        out
    }
}

/// How many times the body occurs: one plus the typical number of extra occurrences of the
/// shown body's repeated shingles.
fn copies(s: &Streams, m: &Matches, dropped: &[bool], in_article: bool, elsewhere: bool) -> u32 {
    const CAP: usize = 64;
    let mut histogram = [0usize; CAP + 1];
    let mut total = 0;
    // How many times each shingle occurs in the article, at its first position (counted here,
    // after the matcher's index is freed).
    let mut a_count = vec![0u32; if in_article { m.a_first.len() } else { 0 }];
    for &first in &m.a_first {
        if let Some(c) = a_count.get_mut(first as usize) {
            *c += 1;
        }
    }
    let mut block = BlockCursor::new(&s.a_range);
    for (j, &first) in m.a_first.iter().enumerate() {
        if first as usize != j || dropped.get(block.at(j)).is_none_or(|&d| d) {
            continue;
        }
        let mut extra = 0;
        if in_article {
            extra += a_count.get(j).copied().unwrap_or(1).saturating_sub(1) as usize;
        }
        if elsewhere {
            extra += m.e_count.get(j).copied().unwrap_or(0) as usize;
        }
        if extra > 0 {
            histogram[extra.min(CAP)] += 1;
            total += 1;
        }
    }
    // Upper median of the positive extras.
    let mut seen = 0;
    for (extra, &n) in histogram.iter().enumerate() {
        seen += n;
        if n > 0 && seen * 2 > total {
            return (extra + 1).max(2) as u32;
        }
    }
    2
}

#[cfg(test)]
mod tests;
