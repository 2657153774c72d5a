//! Turns block probabilities into the article: which blocks are kept, and the root around them.
//!
//! A block the rules keep stays unless the model gives it less than [`DROP_BELOW`]. A block the
//! rules leave out is added from [`ADD_FROM`] ([`ADD_FROM_SCANT`] when the rules chose next to
//! nothing, [`SCANT_RULES_WORDS`]: the page's content is then what the model finds;
//! [`ADD_FROM_DATED`] on a dated article that does
//! not declare itself a discussion and whose rules' choice holds a body, [`DATED_BODY_WORDS`]:
//! on news pages what surrounds the body is mostly teasers and related links, while a
//! discussion's replies are content; unless the blocks that gate keeps out, each counted by
//! how sure the model is of it ([`LIFT_GATE_RAMP`]), outweigh the rules' body,
//! [`LIFT_GATE_RATIO`]) when no never-content
//! verdict (a table of contents, pagination, share, ad, consent, prompt, media, banner, form,
//! hidden, a copy of the body the duplicate check hid, a reading list the body ends with,
//! clutter the page's markup declares: its breadcrumb trail) covers it, nor, on a page that shows a
//! date by its headline and whose rules' choice holds a body, a rail of links (recirculation):
//! there the model's probabilities are those of an undated page, and a news item's "Read also"
//! box was put back. (The thresholds
//! were chosen by `training/train.py --cv`, cross-validation by site on the training pages.) A
//! rail the rules removed (recirculation, mostly links) is put back whole or not at all: the
//! blocks added from it must hold [`RAIL_PUT_BACK_SHARE`] of its words, so a "Related" box's
//! first headline is not added alone (cross-validation by site: 0.845 either way; it is for
//! pages like the `undated-news-*` fixtures). An ordered list (`<ol>`: references, steps) the
//! model mostly keeps is kept whole, so no item is missing at random. A heading the rules keep
//! stays with the kept block after it; a term (`<dt>`) goes when the model drops all its descriptions. The article's
//! header lines (a heading repeating the title, the byline block or a block of the byline and
//! a date, on a page dated by its
//! metadata or by the line its headline shows a date-only line without links above the body's
//! first paragraph and, wherever it stands, the one reading-time line of the rules' choice:
//! "6 min read", "Jun 8, 2023 • 11 min read"; several are a listing's teasers)
//! are always left out: the reader shows them in its own header.
//!
//! The rules' roots stay when they hold every kept block, otherwise the smallest element holding
//! them all is the root. Inside, text of dropped blocks and elements with no kept text are left
//! out; what the rules cut out of a block they keep (counters, close buttons) stays out; images
//! and figures the rules kept stay whole (captions with their figures); text-less elements
//! inside a kept block (`<br>`, inline images) or kept by the rules (`<hr>`) stay; hidden
//! elements never. When the
//! model keeps nothing, the rules' choice stands. Text the rules keep and the model leaves out
//! is reported in `Extraction::removed` as [`Kind::LowScore`] (a header line is not: the reader
//! shows it); clutter the model puts back is no longer reported.
//!
//! [`PageBlocks`] holds what does not depend on the choice (the blocks, their page-only
//! features, each block's last probability and whether its text is only a date), so a page the
//! cleaner chooses twice (one repeating its body) is segmented and described once, and a block
//! whose vector did not change keeps its probability.
//!
//! This module does not compute features (`features`) or write anything (`sanitize`).

use super::features::{self, BlockFeatures};
use super::{model, segment, Segmentation, NO_BLOCK};
use crate::boilerplate::{Evidence, Kind, Verdict, Verdicts};
use crate::dom::{Document, NodeData, NodeId};
use crate::extract::Extraction;
use crate::metadata::{DeclaredTypes, Metadata};
use crate::stats::Stats;

/// Probability below which a block the rules keep is dropped.
pub const DROP_BELOW: f32 = 0.2;
/// A paragraph of prose the rules keep (a `<p>` of at least [`PROSE_WORDS`] words, at most a
/// quarter of it link text) is dropped only below this: the model must not cut a long article's
/// ending, where position features make late paragraphs look like a page's tail.
pub const DROP_PROSE_BELOW: f32 = 0.02;
/// Words that make a kept `<p>` prose for [`DROP_PROSE_BELOW`].
const PROSE_WORDS: f32 = 20.0;
/// Words a date-only header line has at most ("Updated 3 June 2024, 17:27 GMT").
const DATE_LINE_WORDS: f32 = 8.0;
/// Words a line of dated fields has at most, counting a word a character in scripts written
/// without spaces ("2025-11-02 08:00 来源：海港日报 作者：李明 阅读 1.2万").
const FIELDS_LINE_WORDS: f32 = 30.0;
/// Words a reading-time line has at most ("Updated 3 June 2024, 17:27 GMT · 4 min read").
const READING_TIME_LINE_WORDS: f32 = 12.0;
/// Or characters, as `log_chars` holds them (ln(1 + 40)): a date in a script written without
/// spaces counts a word a character ("3 พฤศจิกายน 2025").
const DATE_LINE_LOG_CHARS: f32 = 3.714;
/// Probability from which a block the rules leave out is added.
pub const ADD_FROM: f32 = 0.4;
/// The same on a dated article (unless it declares itself a discussion): never, since what
/// surrounds a news body is mostly teasers and related links. (Cross-validation prefers 0.6, for
/// dated forum threads and docs, but it adds teasers to news pages: the Readability corpus falls
/// to 0.975 at 0.6, 0.979 at 0.8. A declared discussion is exempt instead: on the training
/// pages, forum F1 0.749 -> 0.811 with articles unchanged.)
pub const ADD_FROM_DATED: f32 = f32::INFINITY;
/// Words the rules' choice holds at least for [`ADD_FROM_DATED`] to apply: below, the rules
/// found no body to protect (a short news item is 100 words or more; a page whose chooser
/// settled on a tagline or a one-line note is not one), and the model adds as on any page.
/// (Cross-validation by site: 0.842 -> 0.844, documentation 0.913 -> 0.923, listing 0.652 ->
/// 0.664; articles unchanged.)
pub const DATED_BODY_WORDS: f32 = 50.0;
/// Below this many words the rules' choice is next to nothing (a homepage's language links, a
/// shop grid's filter labels): the page's content is what the model finds, and a block is added
/// from [`ADD_FROM_SCANT`]. The model's probabilities on such pages (indexes of teasers,
/// product grids) are lower and less sure than on pages the rules got right, since it learned
/// them mostly beside a rules' body. (Cross-validation by site, two seeds: 0.863 -> 0.867 and
/// 0.862 -> 0.867; listing 0.664 -> 0.694 and 0.676 -> 0.706, collection +0.02 and +0.03,
/// articles unchanged, service -0.002 on both.)
pub const SCANT_RULES_WORDS: f32 = 60.0;
/// Probability from which a block is added beside a scant rules' choice
/// ([`SCANT_RULES_WORDS`]).
pub const ADD_FROM_SCANT: f32 = 0.2;
const _: () = assert!(ADD_FROM_SCANT < ADD_FROM);

/// How much of a block the dated gate keeps out counts towards lifting it: none of its words
/// at the first probability, all from the second, and in between a share that grows with the
/// probability. (It was all of them from 0.7 and none below: a retrain that moved a listicle's
/// entries from just above 0.7 to just below took them out whole, F1 0.98 -> 0.16 on a
/// training page. Cross-validation by site, two seeds and two training dumps: the same figures
/// (0.869, 0.871), one of five pages flipping between the dumps no longer flips.)
pub const LIFT_GATE_RAMP: (f32, f32) = (ADD_FROM, 0.9);
const _: () = assert!(LIFT_GATE_RAMP.0 < LIFT_GATE_RAMP.1);
/// The dated gate is lifted when the blocks it keeps out that the model would add hold, as
/// [`LIFT_GATE_RAMP`] counts them, more than this many times the rules' words: the rules then chose a
/// small part of the page (an intro, one card) beside a body the model is sure of (a list
/// article's entries, a store category's items). The blocks it kept out are then added from
/// [`ADD_FROM`]. (Cross-validation by site: 0.843 -> 0.845, articles 0.944 -> 0.947, the same
/// for articles from 1 to 5 times; three training pages change, each from below 0.2 to above
/// 0.74. Below 4 times, a news story's 50-slide "in pictures" gallery, 3.7 times its body, is
/// added: a teaser rail beside a body is of the body's size, not five times it.)
pub const LIFT_GATE_RATIO: f32 = 5.0;

/// The share of a removed rail's words the model must add for any of it to be put back.
const RAIL_PUT_BACK_SHARE: f32 = 0.7;

/// A block the rules removed as recirculation, as [`PageBlocks::choose`] sums it.
#[derive(Debug, Default)]
struct Rail {
    element: NodeId,
    words: f32,
    /// Words inside links.
    linked: f32,
    /// Words of the blocks the model would add.
    added: f32,
}

/// The reason given for a block the model leaves out ([`Kind::LowScore`]).
pub const LOW_SCORE_REASON: &str = "learned: not article";

/// What the page's metadata says, for the choice.
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    /// The page title (a heading repeating it is a header line).
    pub title: &'a str,
    /// The metadata gives a publication date: the page is a dated article, and the rules'
    /// article is its body (the model adds nothing around it once it holds
    /// [`DATED_BODY_WORDS`]; it may still drop inside).
    pub dated_article: bool,
    /// The metadata states no date, but the page shows one by its headline
    /// (`metadata::shown_date`; news sites without date metadata are common): a date-only line
    /// above the body is then a header line, and the item is an article for the reader's
    /// confidence. The dated gate and the model's `dated_article` feature stay the metadata's
    /// (gating these pages too lost 0.004 F1 on the training pages: the model's probabilities
    /// there are those of an undated page).
    pub shows_date: bool,
    /// What the page declares itself to be (`metadata::DeclaredTypes`): page features of the
    /// model; a declared discussion's (a forum thread's, a question's) replies around the rules'
    /// choice are content, dated or not.
    pub declared_types: DeclaredTypes,
}

impl<'a> Page<'a> {
    /// What `meta` says of the page; `shows_date`: the page shows a date by its headline that
    /// its metadata does not state (`metadata::unstated_date_by_headline`).
    pub fn new(meta: &'a Metadata, shows_date: bool) -> Page<'a> {
        Page {
            title: &meta.title,
            dated_article: meta.published.is_some(),
            shows_date: shows_date && meta.published.is_none(),
            declared_types: meta.declared_types,
        }
    }

    /// Whether the page is dated for its header lines and the reader's confidence: its
    /// metadata gives a publication date or it shows one by its headline.
    pub fn dated(&self) -> bool {
        self.dated_article || self.shows_date
    }
}

/// Why a block is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The model gives it a low probability of being main content.
    LowProbability,
    /// The title repeated as a heading, the byline, or a date-only line above the body: shown
    /// in the reader's header.
    HeaderLine,
}

/// What happens to one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Part of the article.
    Keep,
    /// Left out, and why.
    Drop(Why),
}

/// The page's blocks and what the model reads of them before any choice: computed once per
/// page and refined from for each article choice the cleaner makes (a page repeating its body is
/// chosen twice, with other verdicts and another rules' choice).
pub struct PageBlocks {
    seg: Segmentation,
    features: features::PageFeatures,
    known: Known,
}

/// What `refine` learnt of each block and keeps for the next choice.
struct Known {
    /// Each block's last probability with the digest of the vector it was computed from
    /// ([`BlockFeatures::digest`], not the vector: a 5 MB page has tens of thousands of blocks):
    /// a block whose vector did not change keeps it (the trees are not walked again).
    scored: Vec<Option<(u64, f32)>>,
    /// What each block's text is, of the shapes a header line has, once asked.
    line_shape: Vec<Option<LineShape>>,
}

/// What a short block's text is, as far as header lines go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineShape {
    /// Only a date ([`crate::metadata::is_only_a_date`]).
    Date,
    /// A reading-time estimate, alone or beside the date ([`is_reading_time_line`]).
    ReadingTime,
    /// A date beside labelled fields and counters ([`is_dated_fields_line`]).
    DatedFields,
    /// Anything else.
    Other,
}

impl PageBlocks {
    /// The blocks of `doc` and their page-only features; `None` when the model is not trained
    /// (the rules' choice stands).
    pub fn new(doc: &Document, stats: &Stats, page: &Page<'_>) -> Option<PageBlocks> {
        if !model::is_trained() {
            return None;
        }
        let seg = segment(doc, stats);
        let features = features::PageFeatures::new(doc, stats, page, &seg);
        let nb = seg.blocks.len();
        Some(PageBlocks {
            seg,
            features,
            known: Known {
                scored: vec![None; nb],
                line_shape: vec![None; nb],
            },
        })
    }

    /// Replaces the rules' article choice `ex` by the model's, when the model keeps at least one
    /// block. Linear in the page size.
    pub fn refine(
        &mut self,
        doc: &Document,
        stats: &Stats,
        verdicts: &Verdicts,
        page: &Page<'_>,
        ex: &mut Extraction,
    ) {
        let choices = self.choose(doc, verdicts, ex, page);
        apply(doc, stats, &self.seg, &choices, ex);
    }

    /// The choice for every block.
    fn choose(
        &mut self,
        doc: &Document,
        verdicts: &Verdicts,
        ex: &Extraction,
        page: &Page<'_>,
    ) -> Vec<Choice> {
        let feats = self.features.with_choice(doc, verdicts, ex, &self.seg);
        let title_like = features::index_of("title_like").unwrap_or(usize::MAX);
        let rules_kept = features::index_of("rules_kept").unwrap_or(usize::MAX);
        let (tag_p, words, link_share) = (
            features::index_of("tag_p").unwrap_or(usize::MAX),
            features::index_of("words").unwrap_or(usize::MAX),
            features::index_of("link_share").unwrap_or(usize::MAX),
        );
        let is_heading = features::index_of("is_heading").unwrap_or(usize::MAX);
        let log_chars = features::index_of("log_chars").unwrap_or(usize::MAX);
        let recirculation = features::index_of("verdict_recirculation").unwrap_or(usize::MAX);
        // Clutter of kinds that are never content is never added.
        let is_never = |b: usize| feats.verdict_kind(b).is_some_and(Kind::never_content);
        // The rules' words, and the words outside them that the model could add (the most a
        // lift of the dated gate could count).
        let (rules_words, outside_words) =
            feats
                .iter()
                .enumerate()
                .fold((0.0f32, 0.0f32), |(r, o), (b, f)| {
                    if f.get(rules_kept) > 0.5 {
                        (r + f.get(words), o)
                    } else if is_never(b) {
                        (r, o)
                    } else {
                        (r, o + f.get(words))
                    }
                });
        let dated_gate = page.dated_article
            && !page.declared_types.discussion
            && rules_words >= DATED_BODY_WORDS;
        let add_from = add_from(rules_words, dated_gate);
        // Under the dated gate, the blocks it keeps out that the model would add, and their
        // words, each block's counted by how sure the model is (`lift_share`): when they
        // outweigh the rules' body, the rules chose the
        // wrong part of the page and the gate is lifted. Where all the words outside the rules'
        // choice could not outweigh it (most news pages), those blocks are not scored at all.
        let may_lift = dated_gate && outside_words > LIFT_GATE_RATIO * rules_words;
        let mut gated: Vec<usize> = Vec::new();
        let mut lift_words = 0.0f32;
        // The byline element the rules found (its blocks are header lines).
        let byline = ex.byline.as_ref().map(|&(id, _)| doc.subtree(id));
        let is_prose = |f: &BlockFeatures| {
            f.get(tag_p) > 0.5 && f.get(words) >= PROSE_WORDS && f.get(link_share) <= 0.25
        };
        // On a dated page, a line that is only a date above the body's first paragraph is the
        // date the reader's header shows ("20 Mar 2025 17:27", "Updated 3 June 2024").
        // (A short news item's paragraphs may all be under PROSE_WORDS: then its first kept
        // block longer than a date line.)
        let body_starts = feats
            .iter()
            .position(|f| f.get(rules_kept) > 0.5 && is_prose(&f))
            .or_else(|| {
                feats
                    .iter()
                    .position(|f| f.get(rules_kept) > 0.5 && f.get(words) > DATE_LINE_WORDS)
            })
            .unwrap_or(0);
        // A short line without links, as header lines are (their shape is read only for these).
        let header_sized = |f: &BlockFeatures| {
            f.get(link_share) == 0.0
                && (f.get(words) <= READING_TIME_LINE_WORDS
                    || f.get(log_chars) <= DATE_LINE_LOG_CHARS)
        };
        // The page's reading time is one line in the rules' choice; several are a listing's
        // teasers, each its own (those of a rail the rules removed do not count).
        let mut reading_time_lines = 0;
        for (b, f) in feats.iter().enumerate() {
            if let Some(&el) = self.seg.blocks.get(b) {
                if f.get(rules_kept) > 0.5
                    && header_sized(&f)
                    && self.known.line_shape(doc, &self.seg, b, el) == LineShape::ReadingTime
                {
                    reading_time_lines += 1;
                }
            }
        }
        // Each block's words, and whether the model may add it (not a header line, not clutter
        // that is never content, not kept out by the dated gate).
        let mut block_words = Vec::with_capacity(feats.len());
        let mut addable = Vec::with_capacity(feats.len());
        // Blocks a record's field may bring back: addable, and not mostly links (a navigation
        // box's items are records too).
        let mut fillable = Vec::with_capacity(feats.len());
        // What decides each block once its probability is known: a header line, the
        // probability it is kept from, and whether it counts towards lifting the dated gate.
        // The trees are evaluated only where their answer can change the choice, a few blocks
        // at a time (`model::probabilities`).
        let mut plan: Vec<(bool, f32, bool)> = Vec::with_capacity(feats.len());
        let mut queue = Queue::default();
        for (b, f) in feats.iter().enumerate() {
            let f = &f;
            let Some(&el) = self.seg.blocks.get(b) else {
                break;
            };
            let header = f.get(title_like) > 0.5
                || byline.as_ref().is_some_and(|r| {
                    r.contains(&el) || holds_byline_and_a_date(doc, &self.seg, b, el, r)
                })
                || (f.get(link_share) == 0.0
                    && f.get(words) <= FIELDS_LINE_WORDS
                    && match self.known.line_shape(doc, &self.seg, b, el) {
                        LineShape::Date => {
                            page.dated()
                                && b < body_starts
                                && (f.get(words) <= DATE_LINE_WORDS
                                    || f.get(log_chars) <= DATE_LINE_LOG_CHARS)
                        }
                        LineShape::ReadingTime => {
                            page.dated() && reading_time_lines == 1 && header_sized(f)
                        }
                        LineShape::DatedFields => page.dated() && b < body_starts,
                        LineShape::Other => false,
                    });
            let prose = is_prose(f);
            let kept = f.get(rules_kept) > 0.5;
            let never = !kept
                && (is_never(b)
                    || matches!(
                        feats.verdict_evidence(b),
                        Some(Evidence::AfterBody | Evidence::BodyCopy | Evidence::Declared)
                    )
                    || (page.shows_date
                        && rules_words >= DATED_BODY_WORDS
                        && f.get(recirculation) > 0.5
                        && f.get(link_share) >= 0.5));
            let keep_from = if kept && prose {
                DROP_PROSE_BELOW
            } else if kept {
                DROP_BELOW
            } else if never {
                // Clutter of kinds that are never content (a share bar, a consent prompt, a
                // player's fallback line) is not added; menus, rails and comments may be the
                // content of listings and forums, and the model judges them.
                f32::INFINITY
            } else {
                add_from
            };
            let lift = may_lift && !header && !kept && !never;
            let may_add = !header && keep_from.is_finite();
            if lift || may_add {
                self.known.want(&mut queue, b, f);
            }
            block_words.push(f.get(words));
            addable.push(may_add);
            fillable.push(may_add && f.get(link_share) < 0.5);
            plan.push((header, keep_from, lift));
        }
        self.known.flush(&mut queue);
        let mut choices = Vec::with_capacity(plan.len());
        for (b, &(header, keep_from, lift)) in plan.iter().enumerate() {
            let p = if lift || addable[b] {
                self.known.last(b)
            } else {
                0.0
            };
            if lift {
                if p >= ADD_FROM {
                    gated.push(b);
                }
                lift_words += lift_share(p) * block_words[b];
            }
            choices.push(if header {
                Choice::Drop(Why::HeaderLine)
            } else if keep_from.is_finite() && p >= keep_from {
                Choice::Keep
            } else {
                Choice::Drop(Why::LowProbability)
            });
        }
        if lift_words > LIFT_GATE_RATIO * rules_words {
            for b in gated {
                choices[b] = Choice::Keep;
                addable[b] = true;
            }
        }
        keep_ordered_lists_whole(doc, &self.seg.blocks, &mut choices, &addable, &block_words);
        keep_record_fields_alike(doc, &self.seg.blocks, &mut choices, &fillable);
        // A rail the rules removed (recirculation, mostly links) is put back whole or not at
        // all: the blocks the model adds from one must hold at least half its words (a rail's
        // first headline alone is not content; a forum post's author pane, a name beside its
        // rank and post count, is not a rail). Its blocks are consecutive: one pass sums each
        // rail's words, its linked words and the words the model adds.
        let mut rails: Vec<Rail> = Vec::new();
        let mut rail_of = vec![usize::MAX; choices.len()];
        for (b, f) in feats.iter().enumerate() {
            let Some(element) = feats.verdict_region(b) else {
                continue;
            };
            if f.get(rules_kept) > 0.5 || f.get(recirculation) < 0.5 {
                continue;
            }
            if rails.last().is_none_or(|r| r.element != element) {
                rails.push(Rail {
                    element,
                    ..Rail::default()
                });
            }
            if let Some(rail) = rails.last_mut() {
                rail.words += f.get(words);
                rail.linked += f.get(words) * f.get(link_share);
                if choices[b] == Choice::Keep {
                    rail.added += f.get(words);
                }
            }
            rail_of[b] = rails.len() - 1;
        }
        for (b, &rail) in rail_of.iter().enumerate() {
            if choices[b] == Choice::Keep
                && rails.get(rail).is_some_and(|r| {
                    r.linked >= 0.5 * r.words && r.added < RAIL_PUT_BACK_SHARE * r.words
                })
            {
                choices[b] = Choice::Drop(Why::LowProbability);
            }
        }
        // A term goes with its descriptions ("Messages" over a post count the model dropped).
        drop_terms_without_descriptions(&mut choices, |b| {
            self.seg.blocks.get(b).map(|&e| doc.tag(e))
        });
        // A heading the rules keep stays with the kept block it introduces.
        // (The choices are read first: a block's vector is made only where they allow it.)
        for i in (0..choices.len().saturating_sub(1)).rev() {
            if choices[i] == Choice::Drop(Why::LowProbability)
                && choices[i + 1] == Choice::Keep
                && feats
                    .block(i)
                    .is_some_and(|f| f.get(is_heading) > 0.5 && f.get(rules_kept) > 0.5)
            {
                choices[i] = Choice::Keep;
            }
        }
        choices
    }
}

/// The share of a gated block's words that counts towards lifting the dated gate, at
/// probability `p` ([`LIFT_GATE_RAMP`]).
fn lift_share(p: f32) -> f32 {
    let (from, to) = LIFT_GATE_RAMP;
    ((p - from) / (to - from)).clamp(0.0, 1.0)
}

/// Probability from which a block the rules leave out is added, where the rules' choice holds
/// `rules_words` words and the dated gate is `dated_gate`.
fn add_from(rules_words: f32, dated_gate: bool) -> f32 {
    if rules_words < SCANT_RULES_WORDS {
        ADD_FROM_SCANT
    } else if dated_gate {
        ADD_FROM_DATED
    } else {
        ADD_FROM
    }
}

/// Share of an ordered list's words the model must keep for the rest to be kept too.
const LIST_KEPT_SHARE: f32 = 0.5;
/// Fewest items of an ordered list kept whole.
const LIST_ITEMS: usize = 3;
/// Levels above a block where its list item is looked for.
const ITEM_LEVELS: usize = 4;

/// Keeps every item of an ordered list (`<ol>`, of [`LIST_ITEMS`] or more: steps, references,
/// a ranking) whose words the model mostly keeps ([`LIST_KEPT_SHARE`]): such a list with a few
/// items left out reads as broken. Only blocks the model may add (`addable`) are kept;
/// `elements` are the blocks' elements, `words` their words. Unordered lists (menus, mixed
/// link lists) are left to the model.
fn keep_ordered_lists_whole(
    doc: &Document,
    elements: &[NodeId],
    choices: &mut [Choice],
    addable: &[bool],
    words: &[f32],
) {
    // Each block's list (the parent of its nearest `<li>`, when an `<ol>`) and item.
    let list_of: Vec<Option<(NodeId, NodeId)>> = elements
        .iter()
        .map(|&el| {
            std::iter::once(el)
                .chain(doc.ancestors(el))
                .take(ITEM_LEVELS)
                .find(|&a| doc.tag(a) == "li")
                .map(|li| (doc.nodes[li].parent(), li))
                .filter(|&(list, _)| doc.tag(list) == "ol")
        })
        .collect();
    let mut lists: std::collections::HashMap<NodeId, ListTally> = std::collections::HashMap::new();
    for (b, found) in list_of.iter().enumerate() {
        let Some((list, li)) = *found else { continue };
        let w = words.get(b).copied().unwrap_or(0.0);
        let tally = lists.entry(list).or_default();
        if choices.get(b) == Some(&Choice::Keep) {
            tally.kept_words += w;
        }
        tally.words += w;
        // Blocks come in document order: a new item starts where the item changes.
        if tally.last_item != Some(li) {
            tally.items += 1;
            tally.last_item = Some(li);
        }
    }
    for (b, found) in list_of.iter().enumerate() {
        let Some(tally) = found.and_then(|(list, _)| lists.get(&list)) else {
            continue;
        };
        if tally.items >= LIST_ITEMS
            && tally.kept_words >= LIST_KEPT_SHARE * tally.words
            && choices[b] == Choice::Drop(Why::LowProbability)
            && addable.get(b) == Some(&true)
        {
            choices[b] = Choice::Keep;
        }
    }
}

/// Share of a record field's blocks the model must keep for the rest to be kept too.
const FIELD_KEPT_SHARE: f32 = 0.66;
/// Fewest blocks of a record field (one per record) kept alike.
const FIELD_BLOCKS: usize = 3;
/// Levels above a block where its record is looked for.
const RECORD_LEVELS: usize = 6;

/// The same field of the records of one list is kept alike: where the model keeps most of
/// them (a thread's post headers, "ayse.d 2 May 2025"; a listing's card summaries), the rest
/// are kept too, so one post or card does not lose its author or summary at random. A record
/// is one of at least three siblings of one tag and class; a block's field is its path of tags
/// and classes below its record. Only `fillable` blocks are added: ones the model may keep
/// (never a header line or clutter that is never content) that are not mostly links (the
/// entries of a navigation box, of which the model may keep most, stay as it chose); nothing
/// is dropped here.
fn keep_record_fields_alike(
    doc: &Document,
    elements: &[NodeId],
    choices: &mut [Choice],
    fillable: &[bool],
) {
    let may_fill = |choices: &[Choice], b: usize| {
        choices.get(b) == Some(&Choice::Drop(Why::LowProbability)) && fillable.get(b) == Some(&true)
    };
    if !(0..choices.len()).any(|b| may_fill(choices, b)) {
        return;
    }
    // Whether each element is a record (1) or not (2), found for all the children of a parent
    // the first time one of them is asked (0: not asked yet).
    let mut record = vec![0u8; doc.nodes.len()];
    let mut record_at = |id: NodeId| -> bool {
        if record.get(id) == Some(&0) {
            let parent = doc.nodes[id].parent();
            let mut shapes: Vec<(u64, NodeId)> = Vec::new();
            if parent != id {
                for c in doc.children(parent) {
                    if let Some(e) = doc.element(c) {
                        shapes.push((features::shape(e), c));
                    }
                }
            }
            shapes.sort_unstable();
            for run in shapes.chunk_by(|a, b| a.0 == b.0) {
                for &(_, c) in run {
                    record[c] = if run.len() >= FIELD_BLOCKS { 1 } else { 2 };
                }
            }
            if record[id] == 0 {
                record[id] = 2;
            }
        }
        record.get(id) == Some(&1)
    };
    // Each block's field: its records' list and the hash of its path below the record.
    let mut fields: Vec<((NodeId, u64), usize)> = Vec::new();
    for (b, &el) in elements.iter().enumerate() {
        let mut hash = 0u64;
        for a in std::iter::once(el)
            .chain(doc.ancestors(el))
            .take(RECORD_LEVELS)
        {
            if record_at(a) {
                fields.push(((doc.nodes[a].parent(), hash), b));
                break;
            }
            if let Some(e) = doc.element(a) {
                hash ^= features::shape(e);
            }
            hash = hash.rotate_left(7).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fields.sort_unstable();
    for field in fields.chunk_by(|a, b| a.0 == b.0) {
        let kept = field
            .iter()
            .filter(|&&(_, b)| choices.get(b) == Some(&Choice::Keep))
            .count();
        if field.len() < FIELD_BLOCKS || (kept as f32) < FIELD_KEPT_SHARE * field.len() as f32 {
            continue;
        }
        for &(_, b) in field {
            if may_fill(choices, b) {
                choices[b] = Choice::Keep;
            }
        }
    }
}

/// One ordered list's blocks, as [`keep_ordered_lists_whole`] sums them.
#[derive(Default)]
struct ListTally {
    /// Words of its blocks the model keeps.
    kept_words: f32,
    /// Words of all its blocks.
    words: f32,
    /// Items holding a block.
    items: usize,
    /// The item of the last block counted.
    last_item: Option<NodeId>,
}

/// Drops each kept `<dt>` block whose `<dd>` blocks (those after it, up to the next `<dt>`) are
/// all dropped by the model: "Joined" over a date, "Messages" over a count, standing alone, would
/// be labels of nothing. `tag_of(b)` is the tag of block `b`'s element.
fn drop_terms_without_descriptions<'t>(
    choices: &mut [Choice],
    tag_of: impl Fn(usize) -> Option<&'t str>,
) {
    for b in 0..choices.len() {
        if choices[b] != Choice::Keep || tag_of(b) != Some("dt") {
            continue;
        }
        let mut descriptions = (b + 1..choices.len())
            .take_while(|&d| tag_of(d).is_some_and(|t| t != "dt"))
            .filter(|&d| tag_of(d) == Some("dd"))
            .peekable();
        if descriptions.peek().is_some()
            && descriptions.all(|d| choices[d] == Choice::Drop(Why::LowProbability))
        {
            choices[b] = Choice::Drop(Why::LowProbability);
        }
    }
}

/// Blocks waiting for the trees (block, digest of its vector, the vector), at most
/// [`model::LANES`].
#[derive(Default)]
struct Queue(Vec<(usize, u64, BlockFeatures)>);

impl Known {
    /// Asks for the probability of block `b` with features `f`: unless the last one computed
    /// is for this vector, `b` joins `queue`, which is evaluated once full ([`Known::flush`]);
    /// [`Known::last`] reads it afterwards.
    fn want(&mut self, queue: &mut Queue, b: usize, f: &BlockFeatures) {
        let digest = f.digest();
        if let Some(&Some((last, _))) = self.scored.get(b) {
            if last == digest {
                return;
            }
        }
        queue.0.push((b, digest, f.clone()));
        if queue.0.len() >= model::LANES {
            self.flush(queue);
        }
    }

    /// Evaluates the blocks waiting in `queue` and records their probabilities.
    fn flush(&mut self, queue: &mut Queue) {
        let mut out = [0f32; model::LANES];
        model::probabilities(queue.0.iter().map(|(_, _, f)| f), &mut out);
        for (&(b, digest, _), &p) in queue.0.iter().zip(&out) {
            if let Some(slot) = self.scored.get_mut(b) {
                *slot = Some((digest, p));
            }
        }
        queue.0.clear();
    }

    /// The last probability computed for block `b` (0 when none was).
    fn last(&self, b: usize) -> f32 {
        self.scored
            .get(b)
            .copied()
            .flatten()
            .map_or(0.0, |(_, p)| p)
    }

    /// What the text of block `b` (element `el`) is: a reading time by the block's own text
    /// (not that of blocks inside `el`: a headline's wrapper holds the headline's block and its
    /// date line's), only a date, or other.
    fn line_shape(
        &mut self,
        doc: &Document,
        seg: &Segmentation,
        b: usize,
        el: NodeId,
    ) -> LineShape {
        if let Some(&Some(known)) = self.line_shape.get(b) {
            return known;
        }
        let own: String = doc
            .subtree(el)
            .filter(|&id| seg.block_of.get(id).is_some_and(|&o| o as usize == b))
            .filter_map(|id| doc.text(id))
            .collect();
        let shape = if own.trim().is_empty() {
            LineShape::Other
        } else if is_reading_time_line(&own) {
            LineShape::ReadingTime
        } else if crate::metadata::is_only_a_date(&doc.text_content(el)) {
            // By the whole element's text: a listing's teaser dates are blocks of their own
            // whose elements hold the teasers too, and they stay.
            LineShape::Date
        } else if is_dated_fields_line(&own) {
            LineShape::DatedFields
        } else {
            LineShape::Other
        };
        if let Some(slot) = self.line_shape.get_mut(b) {
            *slot = Some(shape);
        }
        shape
    }
}

/// Whether `line` is a reading-time estimate, alone or beside the date, parts apart by
/// separators ("6 min read", "Jun 08, 2023 • 11 Minute Read", "December 15, 2025 // 8 min
/// read", "Lesezeit: 4 Min."): the reader's header shows both.
fn is_reading_time_line(line: &str) -> bool {
    let line = line.replace(" // ", " | ").replace(" / ", " | ");
    let mut reading_time = false;
    for part in line.split(['•', '·', '|', '・', '—', '–']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        if crate::boilerplate::reading_time(part) {
            reading_time = true;
        } else if !crate::metadata::is_only_a_date(part) {
            return false;
        }
    }
    reading_time
}

/// Whether block `b` (element `el`) holds the byline element (`byline`, a subtree) and, beside
/// it, nothing but a date and separators ("By Ana Lima | 3 de novembro de 2025, 10h20"): a
/// header line, as the byline alone is.
fn holds_byline_and_a_date(
    doc: &Document,
    seg: &Segmentation,
    b: usize,
    el: NodeId,
    byline: &std::ops::Range<NodeId>,
) -> bool {
    if el >= byline.start {
        return false;
    }
    let subtree = doc.subtree(el);
    if byline.end > subtree.end {
        return false;
    }
    let mut rest = String::new();
    for id in subtree.filter(|id| !byline.contains(id)) {
        if seg.block_of.get(id).is_some_and(|&o| o as usize == b) {
            if let Some(t) = doc.text(id) {
                rest.push_str(t);
                rest.push(' ');
            }
        }
    }
    crate::metadata::is_only_a_date(&rest) || is_dated_fields_line(&rest)
}

/// Labels of a header line's fields besides the byline: the source, the author, the editor
/// ("来源：新华社", "Source: Reuters", "责任编辑：王芳").
const FIELD_LABELS: &[&str] = &[
    "来源",
    "來源",
    "出处",
    "作者",
    "记者",
    "記者",
    "编辑",
    "編輯",
    "责任编辑",
    "責任編輯",
    "出典",
    "출처",
    "기자",
    "source",
    "fuente",
    "fonte",
    "quelle",
    "источник",
    "المصدر",
    "kaynak",
    "sumber",
    "nguồn",
];

/// Whether `line` is a date beside labelled fields ([`FIELD_LABELS`]) and counters, as news
/// sites in Chinese and other languages write the line under the headline ("2025-11-02 08:00
/// 来源：海港日报 作者：李明 阅读 1.2万"): every part is a field, a counter or the date.
fn is_dated_fields_line(line: &str) -> bool {
    let tokens: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | '・'))
        .filter(|t| !t.is_empty())
        .collect();
    let mut rest = String::new();
    let mut fields = 0;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        let field = token.split_once([':', '：']).filter(|(label, _)| {
            let label = label.trim().to_lowercase();
            FIELD_LABELS.contains(&label.as_str())
        });
        if let Some((_, value)) = field {
            fields += 1;
            // "来源： 海港日报": the value is the next part.
            if value.trim().is_empty() {
                i += 1;
            }
        } else if tokens
            .get(i + 1)
            .is_some_and(|next| crate::boilerplate::counter(&format!("{token} {next}")).is_some())
        {
            // A count and its word ("阅读 1.2万", "12 comments").
            fields += 1;
            i += 1;
        } else if token.chars().any(char::is_numeric)
            || (token.chars().count() <= 12 && !token.chars().any(crate::text::is_unspaced_script))
        {
            // A part of the date ("2025-11-02", "08:00", "2025年11月2日", "March"); a run of
            // text in a script written without spaces (Chinese, Japanese, Thai…) and without a
            // digit is a sentence, not a date's word.
            rest.push_str(token);
            rest.push(' ');
        } else {
            return false;
        }
        i += 1;
    }
    fields > 0 && !rest.trim().is_empty() && crate::metadata::is_only_a_date(&rest)
}

/// Rewrites `ex` to hold exactly the kept blocks (see the module doc).
fn apply(
    doc: &Document,
    stats: &Stats,
    seg: &Segmentation,
    choices: &[Choice],
    ex: &mut Extraction,
) {
    let n = doc.nodes.len();
    let kept = |b: u32| choices.get(b as usize) == Some(&Choice::Keep);
    // Kept text below each node, and the first and last kept text node.
    let mut has_kept = vec![false; n];
    let (mut first, mut last) = (None, None);
    for (id, &b) in seg.block_of.iter().enumerate() {
        if b != NO_BLOCK && kept(b) {
            has_kept[id] = true;
            first.get_or_insert(id);
            last = Some(id);
        }
    }
    let (Some(first), Some(last)) = (first, last) else {
        return;
    };
    for id in (1..n).rev() {
        if has_kept[id] {
            let parent = doc.nodes[id].parent();
            has_kept[parent] = true;
        }
    }
    // The rules' kept region (for images), and each node's nearest block's choice.
    let mut rules_kept = vec![false; n];
    let mut block_kept = vec![false; n];
    let mut block_index = vec![NO_BLOCK; n];
    for (i, &el) in seg.blocks.iter().enumerate() {
        block_index[el] = u32::try_from(i).unwrap_or(NO_BLOCK);
    }
    for &r in &ex.roots {
        if let Some(x) = rules_kept.get_mut(r) {
            *x = true;
        }
    }
    for id in 1..n {
        let parent = doc.nodes[id].parent();
        rules_kept[id] =
            (rules_kept[id] || rules_kept[parent]) && !ex.drop.get(id).copied().unwrap_or(false);
        block_kept[id] = if super::is_block_element(doc.tag(id)) {
            block_index[id] != NO_BLOCK && kept(block_index[id])
        } else {
            block_kept[parent]
        };
    }
    // Text the model adds (kept, but left out by the rules) below each node: a node the rules
    // dropped stays dropped unless it holds such text (counters, close buttons and other
    // clutter the rules cut out of a kept block stay out).
    let mut has_added = vec![false; n];
    for (id, &b) in seg.block_of.iter().enumerate() {
        let added = b != NO_BLOCK
            && kept(b)
            && !seg.blocks.get(b as usize).is_some_and(|&el| rules_kept[el]);
        if added {
            has_added[id] = true;
        }
    }
    for id in (1..n).rev() {
        if has_added[id] {
            let parent = doc.nodes[id].parent();
            has_added[parent] = true;
        }
    }
    // Rules-kept media below each node (so their wrappers are entered, not dropped).
    let mut has_media = vec![false; n];
    for id in (1..n).rev() {
        if has_media[id] || (rules_kept[id] && is_media(doc, stats, id)) {
            has_media[id] = true;
            let parent = doc.nodes[id].parent();
            has_media[parent] = true;
        }
    }
    let ends = doc.subtree_ends();
    // The rules' roots stay when they hold every kept block; otherwise the smallest element
    // holding them all becomes the root.
    // (Every kept block, not only the first and last: the rules may choose sibling roots with
    // a block the model adds between them, a forum reply the rules scored low.) Which nodes lie
    // inside a root: +1 where a root's range starts, -1 where it ends, summed in one sweep.
    let mut edges = vec![0i32; n + 1];
    for &r in &ex.roots {
        if r < n {
            edges[r] += 1;
            edges[ends[r].min(n)] -= 1;
        }
    }
    let mut depth = 0i32;
    let all_within = seg.block_of.iter().enumerate().all(|(id, &b)| {
        depth += edges[id];
        b == NO_BLOCK || !kept(b) || depth > 0
    });
    let roots = if all_within {
        std::mem::take(&mut ex.roots)
    } else {
        let mut root = first;
        while root != 0 && ends[root] <= last {
            root = doc.nodes[root].parent();
        }
        vec![root]
    };
    let mut drop = vec![false; n];
    let mut text_len = 0u32;
    // Text the rules keep and the model leaves out is reported (once per block); a header line
    // is not: the reader shows it in its header.
    let mut learned = Vec::new();
    let mut reported: Vec<bool> = (0..seg.blocks.len())
        .map(|b| choices.get(b) == Some(&Choice::Drop(Why::HeaderLine)))
        .collect();
    let mut report = |id: NodeId, block: u32, learned: &mut Vec<NodeId>| {
        if let Some(r) = reported.get_mut(block as usize) {
            if !*r {
                *r = true;
                learned.push(id);
            }
        } else if block == NO_BLOCK {
            learned.push(id);
        }
    };
    for &root in &roots {
        let mut id = root;
        while id < ends[root] {
            if ex.drop.get(id).copied().unwrap_or(false) && !has_added[id] {
                drop[id] = true;
                id = ends[id];
                continue;
            }
            if rules_kept[id] && is_media(doc, stats, id) && !has_kept[id] {
                // A figure the rules kept stays whole, its caption with it.
                id = ends[id];
                continue;
            }
            let keep = match &doc.nodes[id].data {
                NodeData::Text(_) => {
                    let b = seg.block_of[id];
                    if b != NO_BLOCK && kept(b) {
                        text_len += stats[id].text_len;
                    }
                    b == NO_BLOCK || kept(b)
                }
                NodeData::Element(_) => {
                    !stats[id].probably_hidden
                        && (has_kept[id]
                            || has_media[id]
                            || (stats[id].text_len == 0 && (block_kept[id] || rules_kept[id])))
                }
                NodeData::Document => true,
            };
            if keep {
                id += 1;
            } else {
                if rules_kept[id] && stats[id].text_len > 0 {
                    let block = match doc.nodes[id].data {
                        NodeData::Text(_) => seg.block_of[id],
                        _ => block_index[id],
                    };
                    report(id, block, &mut learned);
                }
                drop[id] = true;
                id = ends[id];
            }
        }
    }
    // Clutter the model put back is no longer reported as removed; what it left out is.
    ex.removed
        .retain(|&(id, _)| !has_added.get(id).copied().unwrap_or(false));
    ex.removed.extend(
        learned
            .into_iter()
            .map(|id| (id, Verdict::new(Kind::LowScore, LOW_SCORE_REASON))),
    );
    ex.removed.sort_by_key(|&(id, _)| id);
    ex.roots = roots;
    ex.drop = drop;
    ex.text_len = text_len;
}

/// Whether `id` is an image, a figure or a video (or holds one) with little text.
fn is_media(doc: &Document, stats: &Stats, id: NodeId) -> bool {
    let tag = doc.tag(id);
    matches!(tag, "img" | "picture" | "video" | "figure" | "svg" | "math")
        || (stats[id].images > 0 && stats[id].text_len == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_fields_lines() {
        for line in [
            "2025-11-02 08:00 来源：海港日报 作者：李明 阅读 1.2万",
            "2025年11月2日 08:00 来源： 新华社",
            "March 3, 2025 | Source: Reuters",
        ] {
            assert!(is_dated_fields_line(line), "{line}");
        }
        for line in [
            "2025-11-02 08:00",
            "来源：海港日报",
            "2025-11-02 来源：海港日报 市民表示通勤负担会加重",
            "Source: Reuters, who reported it on March 3",
        ] {
            assert!(!is_dated_fields_line(line), "{line}");
        }
    }

    #[test]
    fn reading_time_lines() {
        for line in [
            "6 min read",
            "Jun 08, 2023 • 11 Minute Read",
            "December 18, 2025 ・ 3 min read",
            "December 15, 2025 // 8 min read",
            "Lesezeit: 4 Min.",
            "12 de marzo de 2025 | 5 minutos de lectura",
        ] {
            assert!(is_reading_time_line(line), "{line}");
        }
        for line in [
            "December 18, 2025",
            "3 shares",
            "Read this in 3 minutes, then act",
            "Jane Doe · 4 min read",
        ] {
            assert!(!is_reading_time_line(line), "{line}");
        }
    }

    #[test]
    fn beside_a_scant_rules_choice_the_model_adds_from_lower() {
        // Next to nothing chosen by the rules: the model's blocks count from ADD_FROM_SCANT,
        // dated page or not.
        assert_eq!(add_from(0.0, false), ADD_FROM_SCANT);
        assert_eq!(add_from(SCANT_RULES_WORDS - 1.0, true), ADD_FROM_SCANT);
        // A body: the usual threshold, or none beside a dated article's body.
        assert_eq!(add_from(SCANT_RULES_WORDS, false), ADD_FROM);
        assert_eq!(add_from(300.0, true), ADD_FROM_DATED);
    }

    #[test]
    fn a_gated_block_counts_towards_the_lift_by_how_sure_the_model_is() {
        let (from, to) = LIFT_GATE_RAMP;
        assert_eq!(lift_share(0.0), 0.0);
        assert_eq!(lift_share(from), 0.0);
        assert_eq!(lift_share(to), 1.0);
        assert_eq!(lift_share(1.0), 1.0);
        // No step anywhere: a small change of probability moves the count a little.
        let mut last = 0.0;
        for i in 0..=100u8 {
            let share = lift_share(f32::from(i) / 100.0);
            assert!(
                share >= last && share - last <= 0.03,
                "{i}: {last} -> {share}"
            );
            last = share;
        }
    }

    #[test]
    fn a_term_goes_with_the_descriptions_the_model_dropped() {
        let tags = ["dt", "dd", "dt", "dd", "dd", "dt", "dt", "dd", "p"];
        let low = Choice::Drop(Why::LowProbability);
        let mut choices = vec![
            Choice::Keep,
            low, // a term over a dropped count: goes
            Choice::Keep,
            low,
            Choice::Keep, // one description kept: stays
            Choice::Keep, // no description of its own: stays
            Choice::Keep,
            low,
            Choice::Keep,
        ];
        drop_terms_without_descriptions(&mut choices, |b| tags.get(b).copied());
        assert_eq!(
            choices,
            [
                low,
                low,
                Choice::Keep,
                low,
                Choice::Keep,
                Choice::Keep,
                low,
                low,
                Choice::Keep
            ]
        );
    }

    #[test]
    fn an_ordered_list_the_model_mostly_keeps_is_kept_whole() {
        let html = "<body><ol><li>First reference, kept.</li><li>Second reference, left out.</li>\
            <li>Third reference, kept.</li><li>Fourth reference, kept.</li></ol>\
            <ul><li>Home page link</li><li>News section link</li><li>Sport section link</li>\
            <li>Contact page link</li></ul>\
            <ol><li>Step one, kept.</li><li>Step two, left out.</li><li>Step three, left.</li>\
            <li>Step four, left out.</li></ol></body>";
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        let stats = crate::stats::compute(&doc);
        let seg = segment(&doc, &stats);
        assert_eq!(seg.blocks.len(), 12);
        let low = Choice::Drop(Why::LowProbability);
        let (keep, header) = (Choice::Keep, Choice::Drop(Why::HeaderLine));
        let mut choices = vec![
            keep, low, keep, keep, // three quarters kept: the gap is filled
            keep, low, keep, keep, // the same in a `<ul>`: left to the model
            keep, low, low, low, // a quarter kept: stays as it is
        ];
        let words: Vec<f32> = vec![3.0; 12];
        let mut addable = vec![true; 12];
        keep_ordered_lists_whole(&doc, &seg.blocks, &mut choices, &addable, &words);
        assert_eq!(
            choices,
            [keep, keep, keep, keep, keep, low, keep, keep, keep, low, low, low]
        );
        // A block the model may not add (clutter that is never content) stays out.
        let mut choices = vec![
            keep, low, keep, keep, keep, low, keep, keep, keep, low, low, header,
        ];
        addable[1] = false;
        keep_ordered_lists_whole(&doc, &seg.blocks, &mut choices, &addable, &words);
        assert_eq!(choices[1], low);
        assert_eq!(choices[11], header);
    }

    #[test]
    fn blocks_the_model_leaves_out_are_reported_with_their_own_kind() {
        let html = "<body><div id=a><p>First paragraph of the body, kept.</p>\
            <p>Second paragraph: the model leaves it out.</p><p>Third one, kept.</p></div></body>";
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        let stats = crate::stats::compute(&doc);
        let seg = segment(&doc, &stats);
        assert_eq!(seg.blocks.len(), 3);
        let root = doc.find_tag("div").unwrap_or(0);
        let mut ex = Extraction {
            roots: vec![root],
            drop: vec![false; doc.nodes.len()],
            ..Extraction::default()
        };
        let choices = [
            Choice::Keep,
            Choice::Drop(Why::LowProbability),
            Choice::Keep,
        ];
        apply(&doc, &stats, &seg, &choices, &mut ex);
        let removed: Vec<(String, Kind)> = ex
            .removed
            .iter()
            .map(|(id, v)| (doc.text_content(*id), v.kind))
            .collect();
        assert_eq!(
            removed,
            [(
                "Second paragraph: the model leaves it out.".to_string(),
                Kind::LowScore
            )]
        );
        assert!(ex.drop[seg.blocks[1]] && !ex.drop[seg.blocks[0]]);
    }
}
