//! The fixed feature vector of every text block, computed in a few linear passes.
//!
//! Base features ([`NAMES`], [`N_BASE`] of them) describe the block's own text (length, words,
//! links, punctuation, stopwords, digits), its element and ancestors (tag, depth, heading / list
//! / table / figure context), its place in the page, the prose anchor (the smallest element
//! holding most paragraph text), the rules' verdicts and article choice, and repetition. Two
//! bit sets say which class/id tokens of the model's vocabulary (chosen by the training script,
//! in `model_tables.rs`) the block element and its ancestors carry. No URL or domain is read.
//! [`PageFeatures`] computes the features of the page alone once; the verdicts' and the rules'
//! choice's are added for each choice ([`PageFeatures::with_choice`]).
//!
//! Nothing here decides; `model` scores these vectors and `refine` acts on the scores.

use super::{model_tables, stopwords, Segmentation, NO_BLOCK};
use crate::boilerplate::{Evidence, Kind, Verdicts};
use crate::dom::{Document, Element, NodeId};
use crate::extract::Extraction;
use crate::stats::Stats;

/// Block tags with a one-hot feature each (any other tag sets none).
const BLOCK_TAGS: [&str; 14] = [
    "p",
    "div",
    "li",
    "td",
    "h1",
    "h2",
    "h3",
    "pre",
    "blockquote",
    "figcaption",
    "dd",
    "section",
    "header",
    "body",
];

/// Ancestor contexts with a feature each: whether any strict ancestor has one of these tags.
pub(super) const CONTEXTS: [&[&str]; 16] = [
    &["a"],
    &["li"],
    &["ul", "ol", "dl"],
    &["table"],
    &["figure"],
    &["header"],
    &["footer"],
    &["nav"],
    &["aside"],
    &["form"],
    &["article"],
    &["main"],
    &["h1", "h2", "h3", "h4", "h5", "h6"],
    &["blockquote"],
    &["pre", "code"],
    &["section"],
];

/// The [`CONTEXTS`] bit of an element of this tag (one string match per node, not sixteen).
pub(super) fn context_bit(tag: &str) -> u16 {
    let i = match tag {
        "a" => 0,
        "li" => 1,
        "ul" | "ol" | "dl" => 2,
        "table" => 3,
        "figure" => 4,
        "header" => 5,
        "footer" => 6,
        "nav" => 7,
        "aside" => 8,
        "form" => 9,
        "article" => 10,
        "main" => 11,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => 12,
        "blockquote" => 13,
        "pre" | "code" => 14,
        "section" => 15,
        _ => return 0,
    };
    1 << i
}

/// Clutter kinds in the order of their one-hot features.
const KINDS: [Kind; 19] = [
    Kind::Ticker,
    Kind::Menu,
    Kind::Languages,
    Kind::Contents,
    Kind::Pagination,
    Kind::Recirculation,
    Kind::Share,
    Kind::Ad,
    Kind::Consent,
    Kind::Prompt,
    Kind::Comments,
    Kind::Reviews,
    Kind::Footer,
    Kind::Tags,
    Kind::Media,
    Kind::Banner,
    Kind::Form,
    Kind::Hidden,
    Kind::Repeat,
];

/// Names of the base features, in vector order (the training script reads them from here).
pub const NAMES: [&str; N_BASE] = {
    let mut names = [""; N_BASE];
    let fixed = [
        "log_chars",
        "words",
        "link_share",
        "commas_per_word",
        "sentence_ends",
        "stopword_share",
        "digit_share",
        "upper_initial_share",
        "mean_word_len",
        "ends_with_stop",
        "text_nodes",
        "depth",
        "rel_index",
        "text_before_share",
        "log_page_chars",
        "log_blocks",
        "is_heading",
        "title_like",
        "in_anchor",
        "near_anchor",
        "before_anchor",
        "after_anchor",
        "anchor_depth_diff",
        "in_roots",
        "dropped_by_rules",
        "rules_kept",
        "repeat_count",
        "first_occurrence",
        "element_link_density",
        "element_log_chars",
        "element_images",
        "element_paragraphs",
        "parent_link_density",
        "own_share_of_parent",
        "prev_is_heading",
        "prev_log_chars",
        "prev_link_share",
        "next_log_chars",
        "next_link_share",
        "own_verdict",
        "is_article_root",
    ];
    let mut i = 0;
    while i < fixed.len() {
        names[i] = fixed[i];
        i += 1;
    }
    let mut t = 0;
    while t < BLOCK_TAGS.len() {
        names[i] = BLOCK_TAG_NAMES[t];
        i += 1;
        t += 1;
    }
    let mut c = 0;
    while c < CONTEXTS.len() {
        names[i] = CONTEXT_NAMES[c];
        i += 1;
        c += 1;
    }
    let mut k = 0;
    while k < KINDS.len() {
        names[i] = KIND_NAMES[k];
        i += 1;
        k += 1;
    }
    let mut x = 0;
    while x < EXTRA_NAMES.len() {
        names[i] = EXTRA_NAMES[x];
        i += 1;
        x += 1;
    }
    names
};

/// Structure and page features after the one-hot groups (see [`compute`]).
const EXTRA_NAMES: [&str; N_EXTRA] = [
    "heading_level",
    "sibling_position",
    "log_siblings",
    "log_same_shape_siblings",
    "record_group_share",
    "log_record_group_size",
    "record_depth_diff",
    "in_text_anchor",
    "text_anchor_depth_diff",
    "text_anchor_share",
    "element_text_density",
    "parent_text_density",
    "dated_article",
    "page_link_density",
    "before_title",
    "after_title",
    "before_rules",
    "after_rules",
    "declares_article",
    "declares_product",
    "declares_discussion",
];
const N_EXTRA: usize = 21;

const N_FIXED: usize = 41;
const BLOCK_TAG_NAMES: [&str; 14] = [
    "tag_p",
    "tag_div",
    "tag_li",
    "tag_td",
    "tag_h1",
    "tag_h2",
    "tag_h3",
    "tag_pre",
    "tag_blockquote",
    "tag_figcaption",
    "tag_dd",
    "tag_section",
    "tag_header",
    "tag_body",
];
const CONTEXT_NAMES: [&str; 16] = [
    "in_a",
    "in_li",
    "in_list",
    "in_table",
    "in_figure",
    "in_header",
    "in_footer",
    "in_nav",
    "in_aside",
    "in_form",
    "in_article",
    "in_main",
    "in_heading",
    "in_blockquote",
    "in_code",
    "in_section",
];
const KIND_NAMES: [&str; 19] = [
    "verdict_ticker",
    "verdict_menu",
    "verdict_languages",
    "verdict_contents",
    "verdict_pagination",
    "verdict_recirculation",
    "verdict_share",
    "verdict_ad",
    "verdict_consent",
    "verdict_prompt",
    "verdict_comments",
    "verdict_reviews",
    "verdict_footer",
    "verdict_tags",
    "verdict_media",
    "verdict_banner",
    "verdict_form",
    "verdict_hidden",
    "verdict_repeat",
];

/// Number of base features.
pub const N_BASE: usize = N_FIXED + BLOCK_TAGS.len() + CONTEXTS.len() + KINDS.len() + N_EXTRA;

/// Total number of features the model reads: base features, then one per vocabulary token on
/// the block element, then one per vocabulary token on its ancestors.
pub const N_FEATURES: usize = N_BASE + 2 * model_tables::VOCAB.len();

// The vocabulary must fit the token bit sets.
const _: () = assert!(model_tables::VOCAB.len() <= 128);
// The generated tables were made for this feature layout.
const _: () = assert!(model_tables::N_BASE == N_BASE);

/// One block's features.
#[derive(Debug, Clone)]
pub struct BlockFeatures {
    /// Base features, in [`NAMES`] order.
    pub base: [f32; N_BASE],
    /// Vocabulary tokens on the block element (bit `i`: `VOCAB[i]`).
    pub own_tokens: u128,
    /// Vocabulary tokens on its ancestors.
    pub ancestor_tokens: u128,
}

impl BlockFeatures {
    /// Feature `f` of the full vector ([`N_FEATURES`] long).
    pub fn get(&self, f: usize) -> f32 {
        let v = model_tables::VOCAB.len();
        if let Some(&x) = self.base.get(f) {
            x
        } else if f < N_BASE + v {
            bit(self.own_tokens, f - N_BASE)
        } else {
            bit(self.ancestor_tokens, f - N_BASE - v)
        }
    }

    /// A 64-bit digest of the vector's bits (std's `DefaultHasher`): what a cache keeps in
    /// place of the vector (0.8 KB) to tell whether a block's vector changed. Two different
    /// vectors of one block share a digest with odds of 1 in 2^64.
    pub fn digest(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::hash::DefaultHasher::new();
        self.own_tokens.hash(&mut h);
        self.ancestor_tokens.hash(&mut h);
        // The bits as one array: hashed in one write, not one call a feature.
        self.base.map(f32::to_bits).hash(&mut h);
        h.finish()
    }

    /// The full vector ([`N_FEATURES`] long) written into `out`: the same values as
    /// [`BlockFeatures::get`] for every index, without a branch per feature.
    pub fn write_to(&self, out: &mut [f32; N_FEATURES]) {
        let v = model_tables::VOCAB.len();
        let (base, tokens) = out.split_at_mut(N_BASE);
        base.copy_from_slice(&self.base);
        let (own, ancestors) = tokens.split_at_mut(v);
        for (bits, out) in [(self.own_tokens, own), (self.ancestor_tokens, ancestors)] {
            out.fill(0.0);
            // Only the few set bits are visited.
            let mut rest = bits;
            while rest != 0 {
                if let Some(x) = out.get_mut(rest.trailing_zeros() as usize) {
                    *x = 1.0;
                }
                rest &= rest - 1;
            }
        }
    }
}

fn bit(set: u128, i: usize) -> f32 {
    if i < 128 && set & (1u128 << i) != 0 {
        1.0
    } else {
        0.0
    }
}

/// Calls `f` on each lower-case ASCII token of `e`'s `class` and `id` (split at anything not a
/// letter or digit; tokens of 2–24 characters, not all digits), a word of another language as
/// the English word [`crate::class_words`] reads it as. `buf` is scratch space.
pub fn for_each_class_token(e: &Element, buf: &mut String, mut f: impl FnMut(&str)) {
    for a in &e.attrs {
        if a.name != "class" && a.name != "id" {
            continue;
        }
        // A token is a run of ASCII letters and digits, so the value is split byte by byte: every
        // other byte (each byte of a non-ASCII character too) ends one.
        for part in a.value.as_bytes().split(|b| !b.is_ascii_alphanumeric()) {
            if part.len() < 2 || part.len() > 24 || part.iter().all(u8::is_ascii_digit) {
                continue;
            }
            buf.clear();
            buf.extend(part.iter().map(|&b| char::from(b.to_ascii_lowercase())));
            // A word of another language is the English word it is read as.
            f(crate::class_words::in_english(buf).unwrap_or(buf));
        }
    }
}

/// The vocabulary bit set of `e`'s class/id tokens. The vocabulary is bucketed by first byte,
/// so a token is compared with a handful of entries (lengths first), not searched for.
fn token_bits(e: &Element, buf: &mut String) -> u128 {
    static BY_FIRST_BYTE: std::sync::OnceLock<Vec<Vec<usize>>> = std::sync::OnceLock::new();
    let index = BY_FIRST_BYTE
        .get_or_init(|| crate::patterns::by_first_byte(model_tables::VOCAB.iter().copied()));
    let mut bits = 0u128;
    for_each_class_token(e, buf, |t| {
        let Some(bucket) = t
            .as_bytes()
            .first()
            .and_then(|&b| index.get(usize::from(b)))
        else {
            return;
        };
        for &i in bucket {
            let v = model_tables::VOCAB.get(i).copied().unwrap_or("");
            if i < 128 && v.len() == t.len() && v == t {
                bits |= 1u128 << i;
                break;
            }
        }
    });
    bits
}

/// Counts gathered from a block's own text nodes.
#[derive(Default, Clone, Copy)]
struct TextCounts {
    chars: u32,
    link_chars: u32,
    words: u32,
    commas: u32,
    sentence_ends: u32,
    stopwords: u32,
    digits: u32,
    upper_initial: u32,
    word_chars: u32,
    text_nodes: u32,
    last_char: char,
    hash: u64,
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '؟' | '।' | '…')
}

fn log1p(x: f64) -> f32 {
    x.ln_1p() as f32
}

fn ratio(a: u32, b: u32) -> f32 {
    if b == 0 {
        0.0
    } else {
        (f64::from(a) / f64::from(b)) as f32
    }
}

/// A hash of an element's tag and `class` value: siblings of one shape are the records of a
/// list, a grid or a thread (the features' sibling groups and `refine`'s record fields).
pub(super) fn shape(e: &Element) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let class = e.attr("class").unwrap_or("");
    for byte in e
        .tag
        .bytes()
        .chain(std::iter::once(b' '))
        .chain(class.bytes())
    {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Tree structure shared by the block features: sibling shapes, records, the text anchor.
struct Structure {
    /// Position among the parent's element children, 0.0 (first) to 1.0 (last).
    sibling_position: Vec<f32>,
    /// Element children of the parent.
    siblings: Vec<u32>,
    /// Element siblings (self included) of the same [`shape`].
    same_shape: Vec<u32>,
    /// The largest record group at or above each node: its share of the page's text, its size
    /// and the record's depth (a record is one of at least three same-shaped siblings).
    record: Vec<(f32, u32, u16)>,
    /// Elements below each node.
    elements: Vec<u32>,
    /// The smallest element holding most of the page's text outside links.
    text_anchor: usize,
}

fn structure(doc: &Document, stats: &Stats, depth: &[u16]) -> Structure {
    let n = doc.nodes.len();
    let mut st = Structure {
        sibling_position: vec![0.0; n],
        siblings: vec![0; n],
        same_shape: vec![0; n],
        record: vec![(0.0, 0, 0); n],
        elements: vec![0; n],
        text_anchor: 0,
    };
    let mut shapes = vec![0u64; n];
    // For each element, the element siblings (self included) of its shape: how many, and their
    // characters. Each parent's children are grouped by sorting their shapes (no hashing of
    // page-made keys).
    let mut group = vec![(1u32, 0u32); n];
    let mut by_shape: Vec<(u64, usize)> = Vec::new();
    for id in 0..n {
        let children = doc.children(id);
        let mut k = 0u32;
        let count = children
            .iter()
            .filter(|&c| doc.element(c).is_some())
            .count();
        let count = u32::try_from(count).unwrap_or(u32::MAX);
        by_shape.clear();
        for c in children {
            let Some(e) = doc.element(c) else { continue };
            shapes[c] = shape(e);
            st.sibling_position[c] = if count > 1 {
                k as f32 / (count - 1) as f32
            } else {
                0.0
            };
            st.siblings[c] = count;
            k += 1;
            by_shape.push((shapes[c], c));
        }
        by_shape.sort_unstable();
        for run in by_shape.chunk_by(|a, b| a.0 == b.0) {
            let size = u32::try_from(run.len()).unwrap_or(u32::MAX);
            let chars = run
                .iter()
                .fold(0u32, |sum, &(_, c)| sum.saturating_add(stats[c].text_len));
            for &(_, c) in run {
                group[c] = (size, chars);
            }
        }
    }
    let page = stats.get(0).map_or(0, |s| s.text_len).max(1);
    for id in 1..n {
        let parent = doc.nodes[id].parent();
        st.record[id] = st.record[parent];
        if doc.element(id).is_none() {
            continue;
        }
        let (count, chars) = group[id];
        st.same_shape[id] = count;
        let share = ratio(chars, page);
        if count >= 3 && share > st.record[id].0 {
            st.record[id] = (share, count, depth[id]);
        }
    }
    for id in (1..n).rev() {
        let parent = doc.nodes[id].parent();
        if parent < id && doc.element(id).is_some() {
            st.elements[parent] = st.elements[parent].saturating_add(st.elements[id] + 1);
        }
    }
    st.text_anchor =
        doc.majority_holder(|id| u64::from(stats[id].text_len.saturating_sub(stats[id].link_len)));
    st
}

/// Every block's features that depend on the page alone, not on the clutter verdicts or the
/// rules' article choice: computed once per page, completed by [`PageFeatures::with_choice`] for
/// each choice the cleaner makes (a page repeating its body is chosen twice).
#[derive(Debug, Clone, Default)]
pub struct PageFeatures {
    /// Each block's own page features.
    blocks: Vec<PageBlock>,
    /// The features every block of the page shares.
    page: PageConstants,
}

/// Where the one-hot groups and the extra features start in the base vector.
const TAGS_AT: usize = N_FIXED;
const CONTEXTS_AT: usize = TAGS_AT + BLOCK_TAGS.len();
const KINDS_AT: usize = CONTEXTS_AT + CONTEXTS.len();
const EXTRA_AT: usize = KINDS_AT + KINDS.len();

/// The page features that are the same for every block, kept once per page.
#[derive(Debug, Clone, Copy, Default)]
struct PageConstants {
    /// `log_page_chars`.
    log_page_chars: f32,
    /// `log_blocks`.
    log_blocks: f32,
    /// Depth of the prose anchor (`anchor_depth_diff` is the block's depth less this).
    anchor_depth: u16,
    /// Depth of the text anchor (`text_anchor_depth_diff` is the block's depth less this).
    text_anchor_depth: u16,
    /// `text_anchor_share`.
    text_anchor_share: f32,
    /// `dated_article`.
    dated_article: f32,
    /// `page_link_density`.
    page_link_density: f32,
    /// `declares_article`, `declares_product`, `declares_discussion`: what the page says it
    /// is (`metadata::DeclaredTypes`), so the trees can weigh a block by the kind of page.
    declares: [f32; 3],
}

/// [`PageBlock::flags`] bits: the block's 0/1 page features.
const ENDS_WITH_STOP: u16 = 1;
const TITLE_LIKE: u16 = 1 << 1;
const IN_ANCHOR: u16 = 1 << 2;
const NEAR_ANCHOR: u16 = 1 << 3;
const BEFORE_ANCHOR: u16 = 1 << 4;
const AFTER_ANCHOR: u16 = 1 << 5;
const FIRST_OCCURRENCE: u16 = 1 << 6;
const IN_TEXT_ANCHOR: u16 = 1 << 7;
const BEFORE_TITLE: u16 = 1 << 8;
const AFTER_TITLE: u16 = 1 << 9;

/// One block's page features, kept as long as the cleaner's choices: only what varies from
/// block to block. The page's constants are in [`PageConstants`], the 0/1 features are bits,
/// the tag and context one-hots an index and bits, the neighbour features are read from the
/// neighbours, the relative index from the block's index, and the choice's features (0 here)
/// are the choice's. 144 bytes where the full vector is 448; [`PageFeatures::vector`] makes the
/// vector, bit for bit the one the features describe.
#[derive(Debug, Clone)]
struct PageBlock {
    /// `log_chars`, `words`, `link_share`, `commas_per_word`, `sentence_ends`,
    /// `stopword_share`, `digit_share`, `upper_initial_share`, `mean_word_len`.
    text: [f32; 9],
    /// `text_nodes`.
    text_nodes: f32,
    /// `text_before_share`.
    text_before_share: f32,
    /// `repeat_count`.
    repeat_count: f32,
    /// `element_link_density`, `element_log_chars`, `element_images`, `element_paragraphs`,
    /// `parent_link_density`, `own_share_of_parent`.
    element: [f32; 6],
    /// `sibling_position`, `log_siblings`, `log_same_shape_siblings`, `record_group_share`,
    /// `log_record_group_size`, `record_depth_diff`.
    structure: [f32; 6],
    /// `element_text_density`, `parent_text_density`.
    density: [f32; 2],
    /// The block element's depth.
    depth: u16,
    /// The [`CONTEXTS`] bits.
    context: u16,
    /// The 0/1 features (`ENDS_WITH_STOP` … `AFTER_TITLE`).
    flags: u16,
    /// Position of the block's tag in [`BLOCK_TAGS`] (`BLOCK_TAGS.len()`: none of them).
    tag: u8,
    /// `heading_level`: 1–6 for `h1`–`h6`, else 0.
    heading_level: u8,
    own_tokens: u128,
    ancestor_tokens: u128,
}

// The stored entry stays small (it was 272 bytes with every fixed and extra feature).
const _: () = assert!(size_of::<PageBlock>() <= 144);

impl PageBlock {
    /// Feature `bit` (a [`PageBlock::flags`] bit) as 1.0 or 0.0.
    fn flag(&self, bit: u16) -> f32 {
        f32::from(u8::from(self.flags & bit != 0))
    }

    /// Whether the block is a heading (`is_heading`).
    fn is_heading(&self) -> bool {
        self.heading_level > 0
    }
}

impl PageFeatures {
    /// Block `b`'s full vector, the choice's features at 0.
    fn vector(&self, b: usize) -> Option<BlockFeatures> {
        let p = self.blocks.get(b)?;
        let prev = b.checked_sub(1).and_then(|i| self.blocks.get(i));
        let next = self.blocks.get(b + 1);
        let page = &self.page;
        let depth = f32::from(p.depth);
        let [log_chars, words, link_share, commas, sentence_ends, stopwords, digits, upper, word_len] =
            p.text;
        let [el_link_density, el_log_chars, el_images, el_paragraphs, parent_link_density, own_share] =
            p.element;
        let fixed: [f32; N_FIXED] = [
            log_chars,
            words,
            link_share,
            commas,
            sentence_ends,
            stopwords,
            digits,
            upper,
            word_len,
            p.flag(ENDS_WITH_STOP),
            p.text_nodes,
            depth,
            b as f32 / self.blocks.len() as f32,
            p.text_before_share,
            page.log_page_chars,
            page.log_blocks,
            f32::from(u8::from(p.is_heading())),
            p.flag(TITLE_LIKE),
            p.flag(IN_ANCHOR),
            p.flag(NEAR_ANCHOR),
            p.flag(BEFORE_ANCHOR),
            p.flag(AFTER_ANCHOR),
            depth - f32::from(page.anchor_depth),
            0.0, // in_roots, set by with_choice
            0.0, // dropped_by_rules
            0.0, // rules_kept
            p.repeat_count,
            p.flag(FIRST_OCCURRENCE),
            el_link_density,
            el_log_chars,
            el_images,
            el_paragraphs,
            parent_link_density,
            own_share,
            prev.map_or(0.0, |q| f32::from(u8::from(q.is_heading()))),
            prev.map_or(0.0, |q| q.text[0]),
            prev.map_or(0.0, |q| q.text[2]),
            next.map_or(0.0, |q| q.text[0]),
            next.map_or(0.0, |q| q.text[2]),
            0.0, // own_verdict, set by with_choice
            0.0, // is_article_root
        ];
        let [sibling_position, log_siblings, log_same_shape, record_share, log_record_size, record_depth] =
            p.structure;
        let extra: [f32; N_EXTRA] = [
            f32::from(p.heading_level),
            sibling_position,
            log_siblings,
            log_same_shape,
            record_share,
            log_record_size,
            record_depth,
            p.flag(IN_TEXT_ANCHOR),
            depth - f32::from(page.text_anchor_depth),
            page.text_anchor_share,
            p.density[0],
            p.density[1],
            page.dated_article,
            page.page_link_density,
            p.flag(BEFORE_TITLE),
            p.flag(AFTER_TITLE),
            0.0, // before_rules, set by with_choice
            0.0, // after_rules
            page.declares[0],
            page.declares[1],
            page.declares[2],
        ];
        let mut base = [0f32; N_BASE];
        base[..N_FIXED].copy_from_slice(&fixed);
        if let Some(x) = BLOCK_TAGS
            .get(usize::from(p.tag))
            .and_then(|_| base.get_mut(TAGS_AT + usize::from(p.tag)))
        {
            *x = 1.0;
        }
        for bit in 0..CONTEXTS.len() {
            base[CONTEXTS_AT + bit] = f32::from(u8::from(p.context & (1 << bit) != 0));
        }
        base[EXTRA_AT..].copy_from_slice(&extra);
        Some(BlockFeatures {
            base,
            own_tokens: p.own_tokens,
            ancestor_tokens: p.ancestor_tokens,
        })
    }
}

impl PageFeatures {
    /// The page-only features of every block of `seg`.
    pub fn new(
        doc: &Document,
        stats: &Stats,
        page: &super::Page<'_>,
        seg: &Segmentation,
    ) -> PageFeatures {
        let title = page.title;
        let n = doc.nodes.len();
        let nb = seg.blocks.len();
        if nb == 0 {
            return PageFeatures::default();
        }

        // Forward pass (parents first): context bits, depth, links, ancestor token bits.
        let mut context = vec![0u16; n];
        let mut depth = vec![0u16; n];
        let mut in_link = vec![false; n];
        let mut own_bits = vec![0u128; n];
        let mut anc_bits = vec![0u128; n];
        let mut buf = String::new();
        for id in 1..n {
            let parent = doc.nodes[id].parent();
            let ptag = doc.tag(parent);
            context[id] = context[parent] | context_bit(ptag);
            depth[id] = depth[parent].saturating_add(1);
            in_link[id] = in_link[parent] || ptag == "a";
            anc_bits[id] = anc_bits[parent] | own_bits[parent];
            if let Some(e) = doc.element(id) {
                if e.attrs.iter().any(|a| a.name == "class" || a.name == "id") {
                    own_bits[id] = token_bits(e, &mut buf);
                }
            }
        }

        // Text pass: each visible text node adds to its block.
        let mut counts = vec![TextCounts::default(); nb];
        let set = stopwords::set();
        for (id, &b) in seg.block_of.iter().enumerate() {
            if b == NO_BLOCK {
                continue;
            }
            let (Some(t), Some(c)) = (doc.text(id), counts.get_mut(b as usize)) else {
                continue;
            };
            let len = stats[id].text_len;
            c.chars += len;
            if in_link[id] {
                c.link_chars += len;
            }
            c.text_nodes += 1;
            if c.hash == 0 {
                c.hash = 0xcbf2_9ce4_8422_2325;
            }
            for ch in t.chars() {
                if is_sentence_end(ch) {
                    c.sentence_ends += 1;
                }
                if ch.is_numeric() {
                    c.digits += 1;
                }
                if !ch.is_whitespace() {
                    c.last_char = ch;
                }
            }
            c.commas += stats[id].commas;
            crate::text::for_each_token(t, |w| {
                c.words += 1;
                c.word_chars += u32::try_from(w.chars().count()).unwrap_or(u32::MAX);
                if w.chars().next().is_some_and(char::is_uppercase) {
                    c.upper_initial += 1;
                }
                buf.clear();
                if w.is_ascii() {
                    buf.push_str(w);
                    buf.make_ascii_lowercase();
                } else {
                    buf.extend(w.chars().flat_map(char::to_lowercase));
                }
                if set.contains(buf.as_str()) {
                    c.stopwords += 1;
                }
                for byte in buf.bytes().chain(std::iter::once(b' ')) {
                    c.hash ^= u64::from(byte);
                    c.hash = c.hash.wrapping_mul(0x0100_0000_01b3);
                }
            });
        }

        // Repetition: how often each block's text appears on the page.
        // Blocks sorted by text hash: each run is one text, its first block the first occurrence.
        let mut repeats = vec![1u32; nb];
        let mut first = vec![false; nb];
        let mut by_hash: Vec<(u64, usize)> = counts.iter().map(|c| c.hash).zip(0..).collect();
        by_hash.sort_unstable();
        for run in by_hash.chunk_by(|a, b| a.0 == b.0) {
            let size = u32::try_from(run.len()).unwrap_or(u32::MAX);
            for (k, &(_, i)) in run.iter().enumerate() {
                repeats[i] = size;
                first[i] = k == 0;
            }
        }

        let anchor = crate::boilerplate::prose_anchor(doc, stats);
        let ends = doc.subtree_ends();
        let anchor_end = ends.get(anchor).copied().unwrap_or(n);
        let anchor_parent = doc.nodes[anchor].parent();
        let anchor_parent_end = ends.get(anchor_parent).copied().unwrap_or(n);
        let page_chars: u32 = counts.iter().map(|c| c.chars).sum();
        let title_norm = crate::text::collapse(title).to_lowercase();
        let st = structure(doc, stats, &depth);
        let text_anchor = st.text_anchor;
        let text_anchor_end = ends.get(text_anchor).copied().unwrap_or(n);
        let density =
            |id: usize| log1p(f64::from(stats[id].text_len) / f64::from(st.elements[id] + 1));

        let mut out = Vec::with_capacity(nb);
        let mut before = 0u32;
        let flag = |v: bool, bit: u16| if v { bit } else { 0 };
        for (i, &el) in seg.blocks.iter().enumerate() {
            let c = &counts[i];
            let tag = doc.tag(el);
            let heading_level = match tag {
                "h1" => 1,
                "h2" => 2,
                "h3" => 3,
                "h4" => 4,
                "h5" => 5,
                "h6" => 6,
                _ => 0,
            };
            let title_like = heading_level > 0
                && !title_norm.is_empty()
                && c.chars < 400
                && crate::metadata::text_similarity(&title_norm, &doc.text_content(el)) > 0.75;
            let parent = doc.nodes[el].parent();
            let s = &stats[el];
            let ps = &stats[parent];
            let in_anchor = el >= anchor && el < anchor_end;
            let flags = flag(is_sentence_end(c.last_char), ENDS_WITH_STOP)
                | flag(title_like, TITLE_LIKE)
                | flag(in_anchor, IN_ANCHOR)
                | flag(
                    !in_anchor && el > anchor_parent && el < anchor_parent_end,
                    NEAR_ANCHOR,
                )
                | flag(el < anchor, BEFORE_ANCHOR)
                | flag(el >= anchor_end, AFTER_ANCHOR)
                | flag(first[i], FIRST_OCCURRENCE)
                | flag(el >= text_anchor && el < text_anchor_end, IN_TEXT_ANCHOR);
            let (record_share, record_size, record_depth) = st.record[el];
            let tag_at = BLOCK_TAGS
                .iter()
                .position(|&t| t == tag)
                .unwrap_or(BLOCK_TAGS.len());
            out.push(PageBlock {
                text: [
                    log1p(f64::from(c.chars)),
                    c.words as f32,
                    ratio(c.link_chars, c.chars),
                    ratio(c.commas, c.words),
                    c.sentence_ends as f32,
                    ratio(c.stopwords, c.words),
                    ratio(c.digits, c.chars),
                    ratio(c.upper_initial, c.words),
                    ratio(c.word_chars, c.words),
                ],
                text_nodes: c.text_nodes as f32,
                text_before_share: ratio(before, page_chars),
                repeat_count: log1p(f64::from(repeats[i])),
                element: [
                    s.link_density() as f32,
                    log1p(f64::from(s.text_len)),
                    s.images as f32,
                    s.paragraphs as f32,
                    ps.link_density() as f32,
                    ratio(c.chars, ps.text_len),
                ],
                structure: [
                    st.sibling_position[el],
                    log1p(f64::from(st.siblings[el])),
                    log1p(f64::from(st.same_shape[el])),
                    record_share,
                    log1p(f64::from(record_size)),
                    if record_size > 0 {
                        f32::from(depth[el]) - f32::from(record_depth)
                    } else {
                        -1.0
                    },
                ],
                density: [density(el), density(parent)],
                depth: depth[el],
                context: context[el],
                flags,
                tag: u8::try_from(tag_at).unwrap_or(u8::MAX),
                heading_level,
                own_tokens: own_bits[el],
                ancestor_tokens: anc_bits[el],
            });
            before += c.chars;
        }
        // Positional features that need every block first.
        let title_at = out.iter().position(|b| b.flags & TITLE_LIKE != 0);
        if let Some(t) = title_at {
            for (i, b) in out.iter_mut().enumerate() {
                b.flags |= flag(i < t, BEFORE_TITLE) | flag(i > t, AFTER_TITLE);
            }
        }
        PageFeatures {
            blocks: out,
            page: PageConstants {
                log_page_chars: log1p(f64::from(page_chars)),
                log_blocks: log1p(nb as f64),
                anchor_depth: depth[anchor],
                text_anchor_depth: depth[text_anchor],
                text_anchor_share: ratio(stats[text_anchor].text_len, stats[0].text_len),
                dated_article: f32::from(u8::from(page.dated_article)),
                page_link_density: stats[0].link_density() as f32,
                declares: [
                    page.declared_types.article,
                    page.declared_types.product,
                    page.declared_types.discussion,
                ]
                .map(|d| f32::from(u8::from(d))),
            },
        }
    }

    /// The page's features seen with the clutter verdicts and the rules' article choice `ex`:
    /// each block's full vector is made when asked ([`ChoiceFeatures::block`]) from its page
    /// vector and a few flags of the choice (`in_roots`, `dropped_by_rules`, `rules_kept`,
    /// `own_verdict`, `is_article_root`, the nearest verdict's kind, `before_rules`,
    /// `after_rules`), so no choice copies the page's vectors (0.45 KB a block).
    pub fn with_choice(
        &self,
        doc: &Document,
        verdicts: &Verdicts,
        ex: &Extraction,
        seg: &Segmentation,
    ) -> ChoiceFeatures<'_> {
        let n = doc.nodes.len();
        let mut choice = ChoiceFeatures {
            page: self,
            flags: Vec::new(),
            first_root: None,
            last_root: None,
            slots: Slots {
                in_roots: at("in_roots"),
                dropped: at("dropped_by_rules"),
                rules_kept: at("rules_kept"),
                own_verdict: at("own_verdict"),
                article_root: at("is_article_root"),
                before_rules: at("before_rules"),
                after_rules: at("after_rules"),
            },
        };
        if self.blocks.is_empty() {
            return choice;
        }
        // Forward pass (parents first): nearest verdict's element, rules' choice.
        let mut region_of: Vec<Option<NodeId>> = vec![None; n];
        let mut in_roots = vec![false; n];
        let mut dropped = vec![false; n];
        for &r in &ex.roots {
            if let Some(x) = in_roots.get_mut(r) {
                *x = true;
            }
        }
        for id in 1..n {
            let parent = doc.nodes[id].parent();
            region_of[id] = if verdicts.get(id).is_some_and(Option::is_some) {
                Some(id)
            } else {
                region_of[parent]
            };
            in_roots[id] |= in_roots[parent];
            dropped[id] = ex.drop.get(id).copied().unwrap_or(false) || dropped[parent];
        }
        choice.flags = seg
            .blocks
            .iter()
            .take(self.blocks.len())
            .map(|&el| {
                let verdict = region_of[el]
                    .and_then(|r| verdicts.get(r))
                    .and_then(Option::as_ref);
                ChoiceFlags {
                    in_roots: in_roots[el],
                    dropped: dropped[el],
                    own_verdict: verdicts.get(el).is_some_and(Option::is_some),
                    article_root: ex.roots.contains(&el),
                    kind: verdict.map(|v| v.kind),
                    region: region_of[el],
                    evidence: verdict.map(|v| v.evidence),
                }
            })
            .collect();
        // Positional features that need every block first.
        choice.first_root = choice.flags.iter().position(|f| f.in_roots);
        choice.last_root = choice.flags.iter().rposition(|f| f.in_roots);
        choice
    }
}

/// What one choice sets in a block's vector (see [`PageFeatures::with_choice`]).
#[derive(Debug, Clone, Copy)]
struct ChoiceFlags {
    in_roots: bool,
    dropped: bool,
    own_verdict: bool,
    article_root: bool,
    /// The kind of the nearest verdict on the block element or an ancestor.
    kind: Option<Kind>,
    /// The element of that verdict.
    region: Option<NodeId>,
    /// What that verdict rests on (a copy of the article's body, `dedupe::hide_copies`, among
    /// others).
    evidence: Option<Evidence>,
}

/// Where the choice's features sit in the base vector.
#[derive(Debug, Clone, Copy)]
struct Slots {
    in_roots: usize,
    dropped: usize,
    rules_kept: usize,
    own_verdict: usize,
    article_root: usize,
    before_rules: usize,
    after_rules: usize,
}

/// Every block's full vector for one article choice ([`PageFeatures::with_choice`]), made one
/// block at a time.
#[derive(Debug)]
pub struct ChoiceFeatures<'a> {
    page: &'a PageFeatures,
    /// Each block's flags of the choice (a few bytes, where a vector is 0.45 KB).
    flags: Vec<ChoiceFlags>,
    /// The first and last block inside the rules' roots.
    first_root: Option<usize>,
    last_root: Option<usize>,
    slots: Slots,
}

impl ChoiceFeatures<'_> {
    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.flags.len()
    }

    /// The element of the nearest clutter verdict on block `b`'s element or an ancestor: the
    /// block the rules removed that `b` is part of.
    pub fn verdict_region(&self, b: usize) -> Option<NodeId> {
        self.flags.get(b).and_then(|f| f.region)
    }

    /// The kind of the nearest clutter verdict on block `b`'s element or an ancestor.
    pub fn verdict_kind(&self, b: usize) -> Option<Kind> {
        self.flags.get(b).and_then(|f| f.kind)
    }

    /// What the nearest clutter verdict on block `b` rests on (a copy of the article's body,
    /// its place after the body…).
    pub fn verdict_evidence(&self, b: usize) -> Option<Evidence> {
        self.flags.get(b).and_then(|f| f.evidence)
    }

    /// Block `b`'s full vector: its page features with the choice's.
    pub fn block(&self, b: usize) -> Option<BlockFeatures> {
        let (mut f, flags) = (self.page.vector(b)?, self.flags.get(b)?);
        let s = &self.slots;
        set_flag(&mut f, s.in_roots, flags.in_roots);
        set_flag(&mut f, s.dropped, flags.dropped);
        set_flag(&mut f, s.rules_kept, flags.in_roots && !flags.dropped);
        set_flag(&mut f, s.own_verdict, flags.own_verdict);
        set_flag(&mut f, s.article_root, flags.article_root);
        for (k, kind) in KINDS.into_iter().enumerate() {
            set_flag(&mut f, KINDS_AT + k, flags.kind == Some(kind));
        }
        set_flag(
            &mut f,
            s.before_rules,
            self.first_root.is_some_and(|r| b < r),
        );
        set_flag(&mut f, s.after_rules, self.last_root.is_some_and(|r| b > r));
        Some(f)
    }

    /// Every block's full vector, in block order.
    pub fn iter(&self) -> impl Iterator<Item = BlockFeatures> + '_ {
        (0..self.len()).filter_map(|b| self.block(b))
    }
}

/// Index of the base feature called `name` (`usize::MAX`, which [`set_flag`] ignores, when none is).
fn at(name: &str) -> usize {
    index_of(name).unwrap_or(usize::MAX)
}

/// Sets base feature `k` of `f` to 1.0 or 0.0.
fn set_flag(f: &mut BlockFeatures, k: usize, v: bool) {
    if let Some(x) = f.base.get_mut(k) {
        *x = f32::from(u8::from(v));
    }
}

/// Index of the base feature called `name` (tests and tools).
pub fn index_of(name: &str) -> Option<usize> {
    NAMES.iter().position(|&n| n == name)
}
