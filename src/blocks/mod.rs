//! Text blocks and the learned block classifier.
//!
//! The page's visible text is cut into *blocks*: each text node belongs to its nearest
//! block-level element (a `p`, `li`, `td`, `h2`, a `div`…), and a block is such an element with
//! text of its own (text in nested blocks belongs to those). `features` describes every block
//! with a fixed vector computed in linear passes over the tree (text, links, punctuation,
//! stopwords, tags and ancestors, position, the prose anchor, the rules' verdicts and article
//! choice, repetition, class/id tokens; the page-only part once per page, the verdicts' and
//! choice's part for each choice); `model` scores it with gradient-boosted trees trained
//! offline by `training/train.py` (the tables in `model_tables.rs` are generated); `refine`
//! turns the probabilities into the article (which blocks are kept, and the root around them).
//!
//! This module does not parse, does not decide clutter verdicts (`boilerplate`) and does not
//! write the article (`sanitize`); it reads no URL or domain.

pub mod features;
pub mod model;
#[cfg(test)]
#[rustfmt::skip]
mod model_fixture;
#[rustfmt::skip]
mod model_tables;
mod refine;
mod stopwords;

pub use refine::{Page, PageBlocks};

use crate::boilerplate::Evidence;
use crate::dom::{Document, NodeData, NodeId};
use crate::stats::Stats;

/// Marker for "no block" in [`Segmentation::block_of`].
pub const NO_BLOCK: u32 = u32::MAX;

/// The page cut into text blocks.
#[derive(Debug, Default, Clone)]
pub struct Segmentation {
    /// Block elements with visible text of their own, in document order.
    pub blocks: Vec<NodeId>,
    /// For every visible text node, the index in [`Segmentation::blocks`] of the block it
    /// belongs to; [`NO_BLOCK`] for every other node.
    pub block_of: Vec<u32>,
}

/// Whether an element of this tag starts a block of its own.
pub fn is_block_element(tag: &str) -> bool {
    crate::html::is_block(tag)
        || matches!(
            tag,
            "td" | "th"
                | "caption"
                | "summary"
                | "details"
                | "body"
                | "center"
                | "dialog"
                | "legend"
                | "tr"
                | "menu"
                | "option"
        )
}

/// Cuts `doc` into blocks. A text node counts when `stats` gives it visible text.
pub fn segment(doc: &Document, stats: &Stats) -> Segmentation {
    let n = doc.nodes.len();
    // Nearest block element, ancestor or self, of every node (parents come first).
    let mut owner: Vec<NodeId> = vec![0; n];
    let mut block_index: Vec<u32> = vec![NO_BLOCK; n];
    let mut seg = Segmentation {
        blocks: Vec::new(),
        block_of: vec![NO_BLOCK; n],
    };
    for id in 1..n {
        let parent = doc.nodes[id].parent();
        match &doc.nodes[id].data {
            NodeData::Element(e) => {
                owner[id] = if is_block_element(&e.tag) {
                    id
                } else {
                    owner[parent]
                };
            }
            NodeData::Text(_) => {
                owner[id] = owner[parent];
                if stats[id].text_len == 0 {
                    continue;
                }
                let b = owner[id];
                if block_index[b] == NO_BLOCK {
                    block_index[b] = u32::try_from(seg.blocks.len()).unwrap_or(NO_BLOCK);
                    seg.blocks.push(b);
                }
                seg.block_of[id] = block_index[b];
            }
            NodeData::Document => {}
        }
    }
    seg
}

/// One block of a page as the training script reads it (see [`dump`]).
#[derive(Debug, Clone)]
pub struct DumpRecord {
    /// The block's `features::N_BASE` base features.
    pub features: Vec<f32>,
    /// Class/id tokens of the block element itself.
    pub own_tokens: Vec<String>,
    /// Class/id tokens of its ancestors.
    pub ancestor_tokens: Vec<String>,
    /// The block's own text, whitespace folded.
    pub text: String,
    /// The current model's probability that the block is main content.
    pub probability: f32,
    /// A header line (the title repeated as a heading, or the byline): never kept by `refine`.
    pub header: bool,
    /// The page's metadata gives a publication date ([`Page::dated_article`]).
    pub dated_article: bool,
    /// The page declares itself a discussion (`metadata::DeclaredTypes::discussion`).
    pub discussion: bool,
    /// The block is part of a copy of the body the duplicate check hid: never added.
    pub body_copy: bool,
    /// The element of the recirculation verdict the block is part of, if any (for the
    /// training script's mirror of `refine`'s rail rule).
    pub rail: Option<u32>,
}

/// The blocks of a page with their base features, raw class/id tokens and text, for the
/// training script (`examples/blocks_dump.rs`). Runs the same steps as the cleaner up to the
/// rules' article choice (the page revealed as the cleaner reveals it, `cleaner::reveal`), so
/// training sees what `refine` sees.
pub fn dump(html: &str, options: &crate::Options) -> Result<Vec<DumpRecord>, crate::Error> {
    let doc = crate::cleaner::reveal(crate::parse::parse(html, options)?, options);
    let meta = crate::metadata::collect(&doc, options.url.as_deref());
    let mut stats = crate::stats::compute(&doc);
    let mut verdicts = crate::cleaner::page_verdicts(&doc, &stats, &meta, options);
    if options.collapse_duplicates {
        crate::dedupe::hide_copies(&doc, &mut stats, &mut verdicts);
    }
    let ex = crate::extract::extract(
        &doc,
        &stats,
        &verdicts,
        meta.body_hint.as_deref(),
        &meta.title,
        meta.byline.as_deref(),
    );
    let seg = segment(&doc, &stats);
    let shows_date = crate::metadata::unstated_date_by_headline(&doc, &meta).is_some();
    let page = Page::new(&meta, shows_date);
    let page_features = features::PageFeatures::new(&doc, &stats, &page, &seg);
    let choice = page_features.with_choice(&doc, &verdicts, &ex, &seg);
    let feats: Vec<_> = choice.iter().collect();
    let recirculation = features::index_of("verdict_recirculation").unwrap_or(usize::MAX);
    let mut texts = vec![String::new(); seg.blocks.len()];
    for (id, &b) in seg.block_of.iter().enumerate() {
        if let (Some(t), Some(out)) = (doc.text(id), texts.get_mut(b as usize)) {
            crate::text::push_collapsed(out, t);
        }
    }
    let title_like = features::index_of("title_like").unwrap_or(usize::MAX);
    let byline = ex.byline.as_ref().map(|&(id, _)| doc.subtree(id));
    let mut out = Vec::with_capacity(seg.blocks.len());
    for (i, &el) in seg.blocks.iter().enumerate() {
        let mut own = Vec::new();
        if let Some(e) = doc.element(el) {
            features::for_each_class_token(e, &mut String::new(), |t| own.push(t.to_string()));
        }
        let mut anc = Vec::new();
        let mut buf = String::new();
        for a in doc.ancestors(el) {
            if let Some(e) = doc.element(a) {
                features::for_each_class_token(e, &mut buf, |t| anc.push(t.to_string()));
            }
        }
        own.sort();
        own.dedup();
        anc.sort();
        anc.dedup();
        out.push(DumpRecord {
            features: feats.get(i).map(|f| f.base.to_vec()).unwrap_or_default(),
            own_tokens: own,
            ancestor_tokens: anc,
            text: texts[i].trim().to_string(),
            probability: feats.get(i).map_or(0.0, model::probability),
            header: feats.get(i).is_some_and(|f| f.get(title_like) > 0.5)
                || byline.as_ref().is_some_and(|r| r.contains(&el)),
            dated_article: page.dated_article,
            discussion: page.declared_types.discussion,
            body_copy: choice.verdict_evidence(i) == Some(Evidence::BodyCopy),
            rail: choice
                .verdict_region(i)
                .filter(|_| feats.get(i).is_some_and(|f| f.get(recirculation) > 0.5))
                .and_then(|r| u32::try_from(r).ok()),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
