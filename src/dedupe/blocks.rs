//! Collects the page's text blocks for [`super::detect`]: the article's blocks (what will be
//! shown) and every other block of the page, including hidden elements and `<noscript>`
//! fallbacks, whose raw HTML is parsed as a fragment.
//!
//! A block is a paragraph-level element (`p`, `pre`, and headings, `li`, `figcaption`, `dt`/`dd`,
//! table cells, `div`, `section`, `blockquote` that hold no block element, even through inline
//! wrappers). One forward walk over
//! the arena (ids are in document order, so subtrees are skipped by jumping to their end); no
//! recursion. A set of tab panels the page hid but the first counts by its first panel: the
//! others are alternatives to it (another language's code, another system's steps), never
//! copies. It decides nothing.

use std::ops::ControlFlow;

use super::{Block, Blocks, Place};
use crate::dom::{Document, NodeId, Skip, SubtreeText};
use crate::stats::Stats;

/// The page's blocks, article blocks first (in document order), then the others.
#[derive(Debug, Default)]
pub struct PageBlocks {
    /// All blocks (their words; the text is read again from the tree, [`PageBlocks::text`], for
    /// the few blocks reported).
    pub blocks: Blocks,
    /// For each block, its element (for a `<noscript>` block, the `noscript` element).
    pub nodes: Vec<NodeId>,
    /// How many of `blocks` are article blocks (they come first).
    pub article_len: usize,
    /// From [`visible`]: whether the page leaves out enough text (inside hidden elements or
    /// `<noscript>`, markup included) to hold a copy of anything: at least
    /// [`UNSEEN_WORDS_FOR_A_COPY`] words. A tracking pixel in `<noscript>` is not enough.
    pub unseen_text: bool,
    /// The text of each block from a `<noscript>` body (parsed apart, not in the tree), by
    /// index, ascending.
    noscript_texts: Vec<(usize, String)>,
    /// Whether the page holds a run of loose text of [`MIN_RUN_WORDS`] or more that was not
    /// collected as a block (in [`visible`]): a copy of it can only be found by [`collect`].
    pub loose_text: bool,
    /// The blocks that are a run of loose text ([`loose_runs`]), by index, ascending, with the
    /// end of the run (past its last node's subtree); their node is the run's first.
    runs: Vec<(usize, NodeId)>,
}

/// Feeds `id`'s text as `reader` reads it, piece by piece, to `f`.
fn pieces(reader: SubtreeText<'_>, id: NodeId, f: &mut dyn FnMut(&str)) {
    reader.for_each(id, |piece| {
        f(piece);
        ControlFlow::Continue(())
    });
}

/// `has_blocks[id]`: whether `id` has a block element among its descendants (bottom-up, once).
fn block_descendants(doc: &Document) -> Vec<bool> {
    let n = doc.nodes.len();
    let mut has = vec![false; n];
    for id in (1..n).rev() {
        let parent = doc.nodes[id].parent();
        if parent < id && (has[id] || crate::html::is_block(doc.tag(id))) {
            has[parent] = true;
        }
    }
    has
}

fn is_leaf_block(doc: &Document, id: NodeId, has_blocks: &[bool]) -> bool {
    let tag = doc.tag(id);
    let block_tag = crate::html::is_text_block(tag);
    // An item or cell holding paragraphs (even through inline wrappers) is a container: its
    // paragraphs are the blocks.
    block_tag && (matches!(tag, "p" | "pre") || !has_blocks.get(id).copied().unwrap_or(false))
}

/// Whether `id`'s children can hold loose text that is a block of its own: a block element
/// (or the body) that is not itself a text block.
fn holds_loose_text(doc: &Document, id: NodeId, has_blocks: &[bool]) -> bool {
    let tag = doc.tag(id);
    (crate::html::is_block(tag) || tag == "body") && !is_leaf_block(doc, id, has_blocks)
}

/// The runs of loose text among `id`'s children, as `(first child, end of the last child's
/// subtree)`: consecutive text nodes and [`is_phrasing`] elements holding no block, which a browser
/// sets in a line box of their own between the element's block children ("text<br>more
/// text<div>ad</div>text" in an article `<div>`). Children `leave_out` says are passed over
/// without ending a run. Runs without a letter of text are left out by the caller (no words).
fn loose_runs(
    doc: &Document,
    id: NodeId,
    has_blocks: &[bool],
    leave_out: impl Fn(NodeId) -> bool,
) -> Vec<(NodeId, NodeId)> {
    let mut runs = Vec::new();
    let mut open: Option<(NodeId, NodeId)> = None;
    for c in doc.children(id).iter() {
        let end = doc.subtree(c).end;
        let tag = doc.tag(c);
        let inline = doc.element(c).is_none()
            || (is_phrasing(tag) && !has_blocks.get(c).copied().unwrap_or(false));
        if !inline {
            runs.extend(open.take());
        } else if !leave_out(c) && !crate::html::holds_unshown_text(tag) && tag != "noscript" {
            open = Some(open.map_or((c, end), |(first, _)| (first, end)));
        }
    }
    runs.extend(open);
    runs
}

/// Fewest words of a run of loose text that make it a block: a paragraph written without
/// its element, not a label between blocks ("check" in a comparison chart, "Advertisement").
const MIN_RUN_WORDS: usize = 2 * super::SHINGLE;

/// Elements that sit inside a line of text: inline markup, line breaks and images. Anything
/// else (a table's parts, a form control, a custom element) ends a run of loose text.
fn is_phrasing(tag: &str) -> bool {
    crate::html::is_inline_markup(tag)
        || matches!(
            tag,
            "br" | "wbr"
                | "img"
                | "cite"
                | "dfn"
                | "kbd"
                | "samp"
                | "var"
                | "bdi"
                | "bdo"
                | "ins"
                | "del"
                | "big"
                | "tt"
        )
}

/// The nodes of a run from `first` to `end` ([`loose_runs`]): `first` and its next siblings.
fn run_nodes(doc: &Document, first: NodeId, end: NodeId) -> Vec<NodeId> {
    let mut nodes = Vec::new();
    let mut at = first;
    while at < end {
        nodes.push(at);
        at = doc.subtree(at).end;
    }
    nodes
}

/// Hashes the words of the run from `first` to `end` as `reader` reads them into `out`'s
/// `place` stream: their range and the run's nodes, or `None` (nothing added) below
/// [`MIN_RUN_WORDS`].
fn run_words(
    doc: &Document,
    reader: SubtreeText<'_>,
    first: NodeId,
    end: NodeId,
    place: Place,
    out: &mut PageBlocks,
) -> Option<(std::ops::Range<usize>, Vec<NodeId>)> {
    let nodes = run_nodes(doc, first, end);
    let feed = |f: &mut dyn FnMut(&str)| {
        for &n in &nodes {
            pieces(reader, n, f);
        }
    };
    let words = out.blocks.words_at_least(place, MIN_RUN_WORDS, feed)?;
    Some((words, nodes))
}

/// Running text, as opposed to headings, list items, table cells and captions.
fn is_prose(tag: &str) -> bool {
    matches!(tag, "p" | "div" | "section" | "blockquote")
}

/// Whether `id` is a tab panel after the first of its group (`role="tabpanel"` with an earlier
/// sibling tab panel) that the page hid until its tab was clicked ([`Document::opened_panels`]):
/// the same steps for another language or system, an alternative to the first panel by design,
/// never a copy of it. (Panels all in the page's markup, shown by class, count as any block.)
fn is_alternative_panel(doc: &Document, id: NodeId) -> bool {
    let is_panel = |n: NodeId| doc.element(n).and_then(|e| e.attr("role")) == Some("tabpanel");
    is_panel(id)
        && doc.opened_panels.binary_search(&id).is_ok()
        && doc
            .children(doc.parent(id))
            .iter()
            .take_while(|&c| c != id)
            .any(is_panel)
}

fn is_media(tag: &str) -> bool {
    matches!(tag, "img" | "video" | "iframe" | "svg")
}

/// The article's blocks (under `roots`, skipping `drop`ped subtrees) with the media before or
/// inside each; with `loose`, runs of loose text too ([`loose_runs`]).
fn article(
    doc: &Document,
    roots: &[NodeId],
    drop: &[bool],
    stats: &Stats,
    has_blocks: &[bool],
    loose: bool,
    out: &mut PageBlocks,
) {
    let mut pending_media = 0u32;
    for &root in roots {
        let mut skip = 0;
        for id in doc.subtree(root) {
            if id < skip {
                continue;
            }
            if drop.get(id).copied().unwrap_or(false) || is_alternative_panel(doc, id) {
                skip = doc.subtree(id).end;
                continue;
            }
            if is_media(doc.tag(id)) {
                pending_media += 1;
                continue;
            }
            if is_leaf_block(doc, id, has_blocks) {
                let reader = SubtreeText::new(doc, Skip::NeverProseSubtrees).without(drop);
                if let Some(words) = out.blocks.words(Place::Article, |f| pieces(reader, id, f)) {
                    let media = pending_media + stats.get(id).map_or(0, |s| s.images);
                    pending_media = 0;
                    out.blocks.list.push(Block {
                        words,
                        place: Place::Article,
                        media,
                        prose: is_prose(doc.tag(id)),
                    });
                    out.nodes.push(id);
                }
                skip = doc.subtree(id).end;
            } else if (loose || !out.loose_text) && holds_loose_text(doc, id, has_blocks) {
                let dropped = |c: NodeId| drop.get(c).copied().unwrap_or(false);
                let runs = loose_runs(doc, id, has_blocks, dropped);
                if !loose {
                    // Only whether there is one (the page-wide pass does not read runs).
                    out.loose_text = runs.iter().any(|&(a, z)| {
                        let text = (a..z)
                            .filter_map(|n| doc.text(n))
                            .map(crate::text::word_count);
                        text.sum::<usize>() >= MIN_RUN_WORDS
                    });
                } else {
                    let reader = SubtreeText::new(doc, Skip::NeverProseSubtrees).without(drop);
                    for (first, end) in runs {
                        let Some((words, _)) =
                            run_words(doc, reader, first, end, Place::Article, out)
                        else {
                            continue;
                        };
                        out.runs.push((out.blocks.list.len(), end));
                        out.blocks.list.push(Block {
                            prose: true,
                            words,
                            place: Place::Article,
                            media: std::mem::take(&mut pending_media),
                        });
                        out.nodes.push(first);
                    }
                }
            }
        }
    }
    if let Some(last) = out.blocks.list.last_mut() {
        last.media += pending_media;
    }
}

/// Adds to `out` the blocks of `doc` outside `skip_nodes` (sorted article block ids), with
/// their place and element. `noscript` bodies are parsed and walked on the page; in a
/// `<noscript>` body (`noscript`: its element, which every block of it is given, with its text
/// kept) every block is a [`Place::Noscript`] one. `stats` (the page's, `None` for a
/// `<noscript>` body) says which elements are hidden.
fn others(
    doc: &Document,
    stats: Option<&Stats>,
    skip_nodes: &[NodeId],
    noscript: Option<NodeId>,
    has_blocks: &[bool],
    out: &mut PageBlocks,
) {
    let n = doc.nodes.len();
    // Each subtree's end at once (`Document::subtree` per node would be quadratic when deep).
    let ends = doc.subtree_ends();
    let mut hidden = vec![false; n];
    // `skip`: inside a block already taken (or an article block); `inert_until`: inside an
    // element whose text is never shown. A `<noscript>` inside a block is still read.
    let mut skip = 0;
    let mut inert_until = 0;
    let mut next_article = 0;
    for id in 1..n {
        let parent = doc.nodes[id].parent();
        let own_hidden = match stats {
            Some(stats) => stats[id].hidden,
            None => doc.element(id).is_some_and(crate::dom::Element::is_hidden),
        };
        hidden[id] = hidden[parent] || own_hidden;
        if id < inert_until {
            continue;
        }
        let tag = doc.tag(id);
        let end = ends[id];
        if tag == "noscript" {
            if noscript.is_none() {
                noscript_blocks(&doc.own_text(id), id, out);
            }
            inert_until = end;
            continue;
        }
        // Elements whose text is never shown and never a copy of the body, and the other
        // panels of a set of tabs.
        if crate::html::holds_unshown_text(tag) || tag == "head" || is_alternative_panel(doc, id) {
            inert_until = end;
            continue;
        }
        if id < skip {
            continue;
        }
        while skip_nodes.get(next_article).is_some_and(|&a| a < id) {
            next_article += 1;
        }
        if skip_nodes.get(next_article) == Some(&id) {
            skip = end;
            continue;
        }
        // A cell or item that holds article blocks (a layout table around the whole page) is
        // not a block of its own: walk into it.
        let holds_article = skip_nodes.get(next_article).is_some_and(|&a| a < end);
        let place = match noscript {
            Some(_) => Place::Noscript,
            None if hidden[id] => Place::Hidden,
            None => Place::Elsewhere,
        };
        if doc.element(id).is_some() && !holds_article && is_leaf_block(doc, id, has_blocks) {
            // The text as `Document::text_content` reads it.
            let reader = SubtreeText::new(doc, Skip::UnshownText);
            if let Some(words) = out.blocks.words(place, |f| pieces(reader, id, f)) {
                if noscript.is_some() {
                    out.noscript_texts
                        .push((out.blocks.list.len(), doc.text_content(id)));
                }
                out.blocks.list.push(Block {
                    words,
                    place,
                    media: 0,
                    prose: is_prose(tag),
                });
                out.nodes.push(noscript.unwrap_or(id));
            }
            skip = end;
        } else if doc.element(id).is_some() && holds_loose_text(doc, id, has_blocks) {
            // The article's own runs are among `skip_nodes`, each of their nodes.
            let taken = |c: NodeId| skip_nodes.binary_search(&c).is_ok();
            let reader = SubtreeText::new(doc, Skip::UnshownText);
            for (first, end) in loose_runs(doc, id, has_blocks, taken) {
                let Some((words, nodes)) = run_words(doc, reader, first, end, place, out) else {
                    continue;
                };
                let index = out.blocks.list.len();
                if noscript.is_some() {
                    let text = nodes.iter().map(|&n| doc.text_content(n)).collect();
                    out.noscript_texts.push((index, text));
                } else {
                    out.runs.push((index, end));
                }
                out.blocks.list.push(Block {
                    prose: true,
                    words,
                    place,
                    media: 0,
                });
                out.nodes.push(noscript.unwrap_or(first));
            }
        }
    }
}

/// Adds to `out` the text blocks of a `<noscript>` body (raw HTML) of element `noscript`.
fn noscript_blocks(raw: &str, noscript: NodeId, out: &mut PageBlocks) {
    if raw.trim().is_empty() {
        return;
    }
    let Ok(fragment) = crate::parse::parse(raw, &crate::Options::default()) else {
        return;
    };
    let has_blocks = block_descendants(&fragment);
    let before = out.blocks.list.len();
    others(&fragment, None, &[], Some(noscript), &has_blocks, out);
    if out.blocks.list.len() == before {
        // Loose text with no block element around it.
        let reader = SubtreeText::new(&fragment, Skip::Nothing);
        let root = crate::dom::ROOT;
        if let Some(words) = out
            .blocks
            .words(Place::Noscript, |f| pieces(reader, root, f))
        {
            out.noscript_texts
                .push((out.blocks.list.len(), reader.folded(root)));
            out.blocks.list.push(Block {
                words,
                place: Place::Noscript,
                media: 0,
                prose: true,
            });
            out.nodes.push(noscript);
        }
    }
}

impl PageBlocks {
    /// Block `i`'s text, whitespace folded, as it was read when the block was collected
    /// (`drop`: the article's dropped subtrees it was collected without).
    pub fn text(&self, doc: &Document, drop: &[bool], i: usize) -> String {
        if let Ok(at) = self.noscript_texts.binary_search_by_key(&i, |&(b, _)| b) {
            return self.noscript_texts[at].1.clone();
        }
        let Some(&id) = self.nodes.get(i) else {
            return String::new();
        };
        if let Some(end) = self.run_end(i) {
            let reader = if i < self.article_len {
                SubtreeText::new(doc, Skip::NeverProseSubtrees).without(drop)
            } else {
                SubtreeText::new(doc, Skip::UnshownText)
            };
            let mut text = String::new();
            for n in run_nodes(doc, id, end) {
                pieces(reader, n, &mut |p| text.push_str(p));
            }
            return text.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        if i < self.article_len {
            SubtreeText::new(doc, Skip::NeverProseSubtrees)
                .without(drop)
                .folded(id)
        } else {
            doc.text_content(id)
        }
    }

    /// Where block `i`'s run of loose text ends, when it is one.
    fn run_end(&self, i: usize) -> Option<NodeId> {
        let at = self.runs.binary_search_by_key(&i, |&(b, _)| b).ok()?;
        self.runs.get(at).map(|&(_, end)| end)
    }

    /// Whether block `i` is a run of loose text rather than one element.
    pub fn is_run(&self, i: usize) -> bool {
        self.run_end(i).is_some()
    }

    /// The nodes that make up block `i`: its element, or each node of its run of loose text.
    pub fn elements(&self, doc: &Document, i: usize) -> Vec<NodeId> {
        match (self.nodes.get(i), self.run_end(i)) {
            (Some(&first), Some(end)) => run_nodes(doc, first, end),
            (Some(&id), None) => vec![id],
            (None, _) => Vec::new(),
        }
    }

    /// [`super::detect`] over these blocks, collected from `doc` without `drop`.
    pub fn detect(&self, doc: &Document, drop: &[bool]) -> super::Dedupe {
        super::detect(&self.blocks, &|i| self.text(doc, drop, i))
    }

    /// Relabels the copies outside the article that sit in `left_out` elements (copies the
    /// cleaner kept out of the article) as dropped article copies in `report`.
    pub fn mark_left_out(&self, report: &mut crate::DuplicateBody, left_out: &[NodeId]) {
        let mut left_out = left_out.to_vec();
        left_out.sort_unstable();
        for b in &mut report.blocks {
            if b.location == Place::Article.name() {
                continue;
            }
            let node = self.nodes.get(self.article_len + b.index);
            if node.is_some_and(|n| left_out.binary_search(n).is_ok()) {
                b.location = Place::Article.name().to_string();
                b.dropped = true;
            }
        }
    }
}

/// Words of left-out text (hidden, `<noscript>`) from which a page is not quiet: the fewest
/// repeated words that make a repeated (short) body (`MIN_SHORT_REPEATED_WORDS` in the parent
/// module), so a hidden copy of any body that could be flagged counts.
pub const UNSEEN_WORDS_FOR_A_COPY: usize = 40;

/// Every visible block of the page as an article block (in document order, with its media):
/// blocks inside hidden elements and `<noscript>` are left out. Blocks inside clutter are kept
/// (the article choice may take a block a class name calls clutter). The page as the article
/// choice will see it, before any article is chosen. Runs of loose text are not blocks here:
/// they have no element to hide from the choice.
pub fn visible(doc: &Document, stats: &Stats) -> PageBlocks {
    let n = doc.nodes.len();
    let mut drop = vec![false; n];
    for (id, d) in drop.iter_mut().enumerate() {
        *d = doc.tag(id) == "noscript" || stats[id].hidden;
    }
    // Text under a left-out element (checked parent first, in document order).
    let mut under = vec![false; n];
    let mut unseen_words = 0;
    for id in 1..n {
        let parent = doc.nodes[id].parent();
        under[id] = drop[id] || (parent < id && under[parent]);
        if under[id] && unseen_words < UNSEEN_WORDS_FOR_A_COPY {
            unseen_words += doc.text(id).map_or(0, crate::text::word_count);
        }
    }
    let unseen_text = unseen_words >= UNSEEN_WORDS_FOR_A_COPY;
    let mut out = PageBlocks {
        unseen_text,
        ..PageBlocks::default()
    };
    article(
        doc,
        &[0],
        &drop,
        stats,
        &block_descendants(doc),
        false,
        &mut out,
    );
    out.article_len = out.blocks.list.len();
    out.blocks.shrink_to_fit();
    out
}

/// Collects the article's blocks only (under `roots`, minus `drop`), with their elements (no
/// runs of loose text: each block is one element).
pub fn article_blocks(
    doc: &Document,
    roots: &[NodeId],
    drop: &[bool],
    stats: &Stats,
) -> PageBlocks {
    let mut out = PageBlocks::default();
    article(
        doc,
        roots,
        drop,
        stats,
        &block_descendants(doc),
        false,
        &mut out,
    );
    out.article_len = out.blocks.list.len();
    out.blocks.shrink_to_fit();
    out
}

/// Collects the article's blocks (under `roots`, minus `drop`) and the rest of the page's,
/// runs of loose text included ([`PageBlocks::elements`] gives a block's nodes).
pub fn collect(doc: &Document, roots: &[NodeId], drop: &[bool], stats: &Stats) -> PageBlocks {
    let mut out = PageBlocks::default();
    let has_blocks = block_descendants(doc);
    article(doc, roots, drop, stats, &has_blocks, true, &mut out);
    let mut skip_nodes = out.nodes.clone();
    for &(i, end) in &out.runs {
        if let Some(&first) = out.nodes.get(i) {
            skip_nodes.extend(run_nodes(doc, first, end));
        }
    }
    skip_nodes.sort_unstable();
    skip_nodes.dedup();
    out.article_len = out.blocks.list.len();
    others(doc, Some(stats), &skip_nodes, None, &has_blocks, &mut out);
    out.blocks.shrink_to_fit();
    out
}
