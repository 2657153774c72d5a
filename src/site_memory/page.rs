//! Applies a site memory and the reader's corrections to one page's chosen article, and learns
//! from the page.
//!
//! Order: blocks put back (`Corrections::keep`) are taken out of the removals; blocks taken out
//! (`Corrections::drop`) are removed; then the memory removes the article's short paragraphs seen
//! on at least [`MIN_EARLIER_PAGES`] earlier distinct pages of the site, and learns this page's
//! short paragraphs.
//!
//! How the article body is kept from being learned as clutter:
//! - only short running-text blocks ([`MIN_WORDS`]–[`MAX_WORDS`] words, `p`/`div`/`blockquote`)
//!   are learned or removed; headings, list items, table cells and long paragraphs never are;
//! - a block counts once per distinct page (a revisit of a known page teaches nothing), and must
//!   have been seen on two *earlier* pages;
//! - a page whose would-be removals hold more than [`MAX_SHARE_PERCENT`] of its article's words
//!   repeats a known page (the same story under another address): nothing is removed from it or
//!   learned from it.
//!
//! It does not choose the article or write it; it only changes `drop` and `removed`.

use super::{
    fingerprint, Corrections, Fingerprint, Ignored, SiteMemory, StoredMemory, MIN_EARLIER_PAGES,
};
use crate::boilerplate::{Kind, Verdict};
use crate::dom::{Document, NodeId, Skip, SubtreeText};
use crate::extract::Extraction;
use crate::stats::Stats;
use crate::text;

/// Fewest words of a block the memory learns or removes.
pub const MIN_WORDS: usize = 4;
/// Most words of a block the memory learns or removes: longer is the article's prose.
pub const MAX_WORDS: usize = 80;
/// Largest share of the article's words (percent) the memory may remove from one page.
pub const MAX_SHARE_PERCENT: usize = 50;
/// Characters of text examined when looking for blocks taken out (a hostile page nesting one
/// text in thousands of elements cannot make it quadratic).
const DROP_SEARCH_BUDGET: usize = 4_000_000;
/// Largest put-back HTML carried per removed block.
const MAX_PUT_BACK_HTML: usize = 64 * 1024;

/// What a removed block inside the article needs to be put back in place.
#[derive(Debug, Clone, PartialEq)]
pub struct PutBack {
    /// The removed block's fingerprint (what a "keep" correction names).
    pub fingerprint: Option<Fingerprint>,
    /// The fingerprint of the article block that follows it (`None`: it goes at the end).
    pub before: Option<Fingerprint>,
    /// The block as sanitised HTML (`None` when larger than the limit).
    pub html: Option<String>,
}

/// The outcome for the caller: the memory to store and why the given one was ignored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    /// The updated memory (when a memory was given, even an ignored one).
    pub memory: Option<SiteMemory>,
    /// Why the given memory was not used.
    pub ignored: Option<Ignored>,
}

/// Whether anything here has work to do for these options.
pub fn wanted(memory: Option<&StoredMemory>, corrections: Option<&Corrections>) -> bool {
    memory.is_some() || corrections.is_some()
}

/// Query parameters that only say where a visitor came from: the same page with or without them
/// is the same page.
fn is_tracking_param(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("utm_")
        || name.starts_with("mc_")
        || matches!(
            name.as_str(),
            "fbclid" | "gclid" | "dclid" | "msclkid" | "igshid" | "ref" | "ref_src" | "cmpid"
        )
}

/// The keys of a page: its URL (without the fragment and tracking parameters), and its article's
/// text; either one known means the page was seen (the same story under another address).
fn page_keys(url: Option<&str>, doc: &Document, ex: &Extraction) -> Vec<Fingerprint> {
    let mut keys = Vec::with_capacity(2);
    if let Some(url) = url.map(|u| u.split('#').next().unwrap_or(u)) {
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        let mut kept = String::from(path);
        for param in query.split('&').filter(|p| !p.is_empty()) {
            let name = param.split('=').next().unwrap_or(param);
            if !is_tracking_param(name) {
                kept.push(if kept.len() == path.len() { '?' } else { '&' });
                kept.push_str(param);
            }
        }
        // Told apart from text keys: a URL's key is of the URL with a marker no text has.
        keys.extend(fingerprint(&format!("url {kept}")));
    }
    let mut all = String::new();
    let visible_prose = SubtreeText::new(doc, Skip::NeverProseSubtrees).without(&ex.drop);
    for &root in &ex.roots {
        all.push_str(&visible_prose.folded(root));
    }
    keys.extend(fingerprint(&all));
    keys
}

/// The fingerprint of a block as the reader shows it: its text less the dropped blocks inside it
/// (whether or not the block itself is dropped). Put-back and take-out corrections both name
/// blocks by this.
fn block_fingerprint(doc: &Document, id: NodeId, drop: &mut [bool]) -> Option<Fingerprint> {
    let was = drop.get(id).copied().unwrap_or(false);
    if let Some(d) = drop.get_mut(id) {
        *d = false;
    }
    let text = SubtreeText::new(doc, Skip::NeverProseSubtrees)
        .without(drop)
        .folded(id);
    if let Some(d) = drop.get_mut(id) {
        *d = was;
    }
    fingerprint(&text)
}

fn inside(doc: &Document, roots: &[NodeId], id: NodeId) -> bool {
    roots.iter().any(|&r| doc.contains(r, id))
}

/// Applies `memory` and `corrections` to `ex` (see the module documentation).
pub fn apply(
    doc: &Document,
    stats: &Stats,
    ex: &mut Extraction,
    url: Option<&str>,
    memory: Option<&StoredMemory>,
    corrections: Option<&Corrections>,
) -> Outcome {
    let empty = Corrections::default();
    let corrections = corrections.unwrap_or(&empty);
    let mut changed = false;

    // Put back: a removal inside the article whose block the reader kept.
    if !corrections.keep.is_empty() {
        let before = ex.removed.len();
        let roots = ex.roots.clone();
        let drop = &mut ex.drop;
        ex.removed.retain(|(id, _)| {
            let kept = inside(doc, &roots, *id)
                && block_fingerprint(doc, *id, drop).is_some_and(|f| corrections.keep.contains(&f));
            if kept {
                if let Some(d) = drop.get_mut(*id) {
                    *d = false;
                }
            }
            !kept
        });
        changed |= ex.removed.len() != before;
    }

    // Taken out: the outermost article element whose text the reader took out.
    if !corrections.drop.is_empty() {
        let mut budget = DROP_SEARCH_BUDGET;
        for root in ex.roots.clone() {
            let mut skip = 0;
            for id in doc.subtree(root) {
                if id < skip || doc.element(id).is_none() {
                    continue;
                }
                if ex.drop.get(id).copied().unwrap_or(false) {
                    skip = doc.subtree(id).end;
                    continue;
                }
                let len = stats.get(id).map_or(0, |s| s.text_len as usize);
                if len == 0 || len > budget || !crate::html::is_block(doc.tag(id)) {
                    continue;
                }
                budget -= len;
                let text = SubtreeText::new(doc, Skip::NeverProseSubtrees)
                    .without(&ex.drop)
                    .folded(id);
                if fingerprint(&text).is_some_and(|f| corrections.drop.contains(&f)) {
                    if let Some(d) = ex.drop.get_mut(id) {
                        *d = true;
                    }
                    ex.removed.push((
                        id,
                        Verdict::new(Kind::Correction, "taken out by you on this site"),
                    ));
                    changed = true;
                    skip = doc.subtree(id).end;
                }
            }
        }
    }

    let mut outcome = Outcome::default();
    if let Some(stored) = memory {
        let (mut mem, ignored) = stored.resolve();
        outcome.ignored = ignored;
        let blocks = crate::dedupe::blocks::article_blocks(doc, &ex.roots, &ex.drop, stats);
        let keys = page_keys(url, doc, ex);
        let revisit = u32::from(keys.iter().any(|&k| mem.knows_page(k)));
        let mut total_words = 0;
        let mut learned = Vec::new();
        let mut repeated: Vec<(NodeId, u32, usize)> = Vec::new();
        for (i, (block, &id)) in blocks.blocks.list.iter().zip(&blocks.nodes).enumerate() {
            let text = blocks.text(doc, &ex.drop, i);
            let words = text::word_count(&text);
            total_words += words;
            if !block.prose || !(MIN_WORDS..=MAX_WORDS).contains(&words) {
                continue;
            }
            let Some(fp) = fingerprint(&text) else {
                continue;
            };
            learned.push(fp);
            let earlier = mem.pages_with(fp).saturating_sub(revisit);
            if earlier >= MIN_EARLIER_PAGES && !corrections.keep.contains(&fp) {
                repeated.push((id, earlier, words));
            }
        }
        let repeated_words: usize = repeated.iter().map(|&(_, _, w)| w).sum();
        // A page mostly made of known blocks repeats a known page: leave it as it is.
        if repeated_words * 100 <= total_words * MAX_SHARE_PERCENT {
            for (id, earlier, _) in repeated {
                if let Some(d) = ex.drop.get_mut(id) {
                    *d = true;
                }
                ex.removed.push((
                    id,
                    Verdict::new(
                        Kind::SiteRepeat,
                        format!("on {earlier} earlier pages of this site"),
                    ),
                ));
                changed = true;
            }
            mem.learn(&keys, &learned);
        }
        outcome.memory = Some(mem);
    }
    if changed {
        ex.removed.sort_by_key(|(id, _)| *id);
    }
    outcome
}

/// For each removal inside the article (in `ex.removed` order): what putting it back needs.
/// Called after [`apply`], on the article as it will be written.
pub fn put_backs(
    doc: &Document,
    stats: &Stats,
    ex: &mut Extraction,
    base: Option<&str>,
    keep_images: bool,
) -> Vec<Option<PutBack>> {
    let blocks = crate::dedupe::blocks::article_blocks(doc, &ex.roots, &ex.drop, stats);
    let mut out = Vec::with_capacity(ex.removed.len());
    for i in 0..ex.removed.len() {
        let Some(&(id, _)) = ex.removed.get(i) else {
            break;
        };
        if !inside(doc, &ex.roots, id) {
            out.push(None);
            continue;
        }
        let end = doc.subtree(id).end;
        let next = blocks.nodes.partition_point(|&n| n < end);
        let before = (next < blocks.blocks.list.len())
            .then(|| blocks.text(doc, &ex.drop, next))
            .and_then(|t| fingerprint(&t));
        // Written on its own, as it would be if it had not been dropped.
        let was = ex.drop.get(id).copied().unwrap_or(false);
        if let Some(d) = ex.drop.get_mut(id) {
            *d = false;
        }
        let html = crate::sanitize::write(
            doc,
            &[id],
            &ex.drop,
            &crate::posts::Posts::none(),
            base,
            keep_images,
        )
        .html;
        if let Some(d) = ex.drop.get_mut(id) {
            *d = was;
        }
        out.push(Some(PutBack {
            fingerprint: block_fingerprint(doc, id, &mut ex.drop),
            before,
            html: (!html.is_empty() && html.len() <= MAX_PUT_BACK_HTML).then_some(html),
        }));
    }
    out
}
