//! Finds the article body: scores blocks, picks the best container, merges its siblings and
//! cleans inside it.
//!
//! Readability-style content scoring over the [`Document`] arena, computed bottom-up without
//! recursion: paragraphs (and sections, sub-headings, text-only divs) score by length and clause
//! separators (in any script) and pass their score to up to five ancestors; containers are
//! weighted by tag, class/id hints and link density. Hidden blocks and unlikely candidates
//! (by class/id or role) are left out, `itemprop=articleBody` and JSON-LD `articleBody` boost
//! candidates, a higher-scoring parent or a shared ancestor of several strong candidates wins,
//! siblings are merged, and lists, tables, forms and divs inside are cleaned conditionally. A
//! fallback ladder relaxes the filters when the first pick is too short. The page's byline
//! element is found here too (first author-marked element in document order).
//!
//! This module decides *what* is the article; `boilerplate` decides what is clutter, `sanitize`
//! writes the result.

use crate::boilerplate::{Evidence, Kind, Verdict, Verdicts};
use crate::dom::{Document, NodeData, NodeId, Skip, SubtreeText, ROOT};
use crate::patterns::{LazyPatternSets, LazyPatterns};
use crate::stats::{NodeStats, Stats};
use crate::text;

/// The chosen article region.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Top-level nodes of the article, in document order.
    pub roots: Vec<NodeId>,
    /// `drop[id]`: skip this node and its subtree when writing the article.
    pub drop: Vec<bool>,
    /// Blocks removed (page-wide clutter and cleaning inside the article), in document order.
    pub removed: Vec<(NodeId, Verdict)>,
    /// A byline found in the body (removed from the content): its element and its text.
    pub byline: Option<(NodeId, String)>,
    /// Characters of text in the article.
    pub text_len: u32,
}

impl Extraction {
    /// The article's nodes in document order: each root's subtree without its dropped
    /// subtrees.
    pub fn kept<'a>(&'a self, doc: &'a Document) -> impl Iterator<Item = NodeId> + 'a {
        self.roots.iter().flat_map(move |&root| {
            let mut skip = 0;
            doc.subtree(root).filter(move |&id| {
                if id < skip {
                    return false;
                }
                if self.drop.get(id).copied().unwrap_or(false) {
                    skip = doc.subtree(id).end;
                    return false;
                }
                true
            })
        })
    }
}

/// Readability's negative and positive class/id hints, looked for in one scan.
static HINT_SETS: LazyPatternSets<2> = LazyPatternSets::new([NEGATIVE, POSITIVE]);
static UNLIKELY_PROSE_SET: LazyPatterns = LazyPatterns::new(UNLIKELY_PROSE);
static MAYBE_PROSE_SET: LazyPatterns = LazyPatterns::new(MAYBE_PROSE);

const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
    "prose",
    "articlebody",
];
const NEGATIVE: &[&str] = &[
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "taboola",
    "byline",
    "author",
    "dateline",
    "menu",
    "nav",
    "rail",
    "recirc",
    "newsletter",
];

/// [`class_weight`] of each element, computed when first asked: every pass of every article
/// choice asks again for the same candidates. (Empty: computed at each ask.) A weight is a
/// multiple of 25 from −50 to 50, kept in 2 bytes a node.
#[derive(Debug, Clone, Default)]
struct ClassWeights(Vec<std::cell::Cell<Option<i8>>>);

impl ClassWeights {
    fn new(n: usize) -> ClassWeights {
        ClassWeights(vec![std::cell::Cell::new(None); n])
    }

    fn get(&self, doc: &Document, id: NodeId) -> f64 {
        let Some(known) = self.0.get(id) else {
            return f64::from(class_weight(doc, id));
        };
        f64::from(known.get().unwrap_or_else(|| {
            let weight = class_weight(doc, id);
            known.set(Some(weight));
            weight
        }))
    }
}

/// Which of `sets`' tables a lower-cased class/id value matches, its words of other languages
/// counted as the English words they are read as ([`crate::class_words`]).
fn class_hints<const N: usize>(sets: &LazyPatternSets<N>, class_id: &str) -> [bool; N] {
    let mut found = sets.found_in(class_id);
    for english in crate::class_words::translated(class_id) {
        for (f, e) in found.iter_mut().zip(sets.found_in(english)) {
            *f |= e;
        }
    }
    found
}

/// +25 / −25 per positive / negative hint in `class` and `id`, as Readability does.
fn class_weight(doc: &Document, id: NodeId) -> i8 {
    let Some(e) = doc.element(id) else {
        return 0;
    };
    let mut weight = 0;
    for attr in ["class", "id"] {
        let Some(v) = e.attr(attr) else { continue };
        let v = v.to_ascii_lowercase();
        let v = crate::boilerplate::without_layout_words(&v);
        let [negative, positive] = class_hints(&HINT_SETS, &v);
        if negative {
            weight -= 25;
        }
        if positive {
            weight += 25;
        }
    }
    weight
}

fn tag_weight(tag: &str) -> f64 {
    match tag {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Whether `id` is scored as a block of prose, as Readability does: a `p`, `pre`, `td`,
/// `section` or `h2`–`h6`, or a `div` with its own text and no block children ("div to p").
/// List items and quotes pass their text up through their paragraphs or parents instead.
fn is_paragraph(doc: &Document, id: NodeId) -> bool {
    match doc.tag(id) {
        "p" | "pre" | "td" | "section" | "h2" | "h3" | "h4" | "h5" | "h6" => true,
        "div" => {
            let children = doc.children(id);
            let has_text = children
                .iter()
                .any(|c| doc.text(c).is_some_and(|t| !t.trim().is_empty()));
            has_text && !children.iter().any(|c| crate::html::is_block(doc.tag(c)))
        }
        _ => false,
    }
}

/// Class/id words that mark a block as unlikely to be article prose, unless a word of
/// [`MAYBE_PROSE`] also appears (Readability's lists, which readers' expectations follow).
const UNLIKELY_PROSE: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];
const MAYBE_PROSE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];
const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// `class` and `id` joined by a space, lower-cased (empty, without allocating, when the element
/// has neither).
pub fn class_and_id(e: &crate::dom::Element) -> String {
    let mut out = String::new();
    class_and_id_into(e, &mut out);
    out
}

/// [`class_and_id`] written into `out` (cleared first), so a caller reading every element
/// reuses one buffer.
fn class_and_id_into(e: &crate::dom::Element, out: &mut String) {
    out.clear();
    let (class, id) = (e.attr("class"), e.attr("id"));
    if class.is_none() && id.is_none() {
        return;
    }
    let (class, id) = (class.unwrap_or(""), id.unwrap_or(""));
    out.reserve(class.len() + id.len() + 1);
    if class.is_ascii() && id.is_ascii() {
        out.push_str(class);
        out.push(' ');
        out.push_str(id);
        out.make_ascii_lowercase();
        return;
    }
    for c in class.chars().chain(std::iter::once(' ')).chain(id.chars()) {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Whether a lower-cased class/id string marks an unlikely candidate for article text.
/// Names of heading permalinks ("header-anchor", "headerlink", "header-anchor-post") are not
/// page headers: they belong to the article's headings and do not count.
pub fn unlikely_class(class_id: &str) -> bool {
    unlikely_class_given(
        class_id,
        UNLIKELY_PROSE_SET.found_in(class_id),
        MAYBE_PROSE_SET.found_in(class_id),
    )
}

/// [`unlikely_class`], with whether the class/id holds an [`UNLIKELY_PROSE`] and a
/// [`MAYBE_PROSE`] entry already known.
fn unlikely_class_given(class_id: &str, unlikely: bool, maybe: bool) -> bool {
    if !unlikely || maybe {
        return false;
    }
    if !class_id.split_whitespace().any(is_heading_anchor_name) {
        return true;
    }
    let rest: Vec<&str> = class_id
        .split_whitespace()
        .filter(|t| !is_heading_anchor_name(t))
        .collect();
    UNLIKELY_PROSE_SET.found_in(&rest.join(" "))
}

/// Class/id names of heading permalinks and their wrappers.
fn is_heading_anchor_name(token: &str) -> bool {
    static HEADING_ANCHOR_SET: LazyPatterns =
        LazyPatterns::new(&["anchor", "headerlink", "permalink", "hash-link"]);
    HEADING_ANCHOR_SET.found_in(token)
}

/// Class/id substrings that mark an author line (Readability's).
const BYLINE_CLASS_WORDS: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];
/// The tables each element's class/id is matched against once per page ([`own_facts`]).
static CLASS_ID_SETS: LazyPatternSets<3> =
    LazyPatternSets::new([UNLIKELY_PROSE, MAYBE_PROSE, BYLINE_CLASS_WORDS]);

/// What the article choice reads of an element's own attributes, judged once per page.
#[derive(Debug, Clone, Copy, Default)]
struct OwnFacts {
    /// Not displayed ([`crate::dom::Element::is_probably_hidden`]) or an open modal dialog.
    hidden: bool,
    /// [`unlikely_class`] of its class and id.
    unlikely_class: bool,
    /// Its class or id marks an author line ([`BYLINE_CLASS_WORDS`], in English or read in
    /// English by [`crate::class_words`]: "autor", "auteur", "yazar").
    byline_class: bool,
}

/// [`OwnFacts`] for every node (text nodes and the document have none set), in one pass: each
/// element's class and id are lower-cased and matched against the tables once.
fn own_facts(doc: &Document, stats: &Stats) -> Vec<OwnFacts> {
    let mut facts = vec![OwnFacts::default(); doc.nodes.len()];
    let mut class_id = String::new();
    for (id, f) in facts.iter_mut().enumerate() {
        let Some(e) = doc.element(id) else { continue };
        f.hidden = stats[id].probably_hidden
            || (e.attr("aria-modal") == Some("true") && e.attr("role") == Some("dialog"));
        class_and_id_into(e, &mut class_id);
        if class_id.is_empty() {
            continue;
        }
        let [unlikely, maybe, byline] = class_hints(&CLASS_ID_SETS, &class_id);
        f.unlikely_class = unlikely_class_given(&class_id, unlikely, maybe);
        f.byline_class = byline && !crate::metadata::marks_author_detail(&class_id);
    }
    facts
}

/// The page's byline block, found the way Readability does: the first visible element in
/// document order, outside unlikely regions, that is marked as an author (`rel=author`,
/// `itemprop~=author`, or byline-like class/id) and holds 1–99 characters. A descendant with
/// `itemprop~=name` gives the name. Returns the element and its text.
fn find_byline(doc: &Document, facts: &[OwnFacts]) -> Option<(NodeId, String)> {
    let mut skip = 0;
    for id in 1..doc.nodes.len() {
        if id < skip {
            continue;
        }
        let Some(e) = doc.element(id) else { continue };
        let f = facts.get(id).copied().unwrap_or_default();
        if crate::html::is_never_prose(&e.tag) || f.hidden {
            skip = doc.subtree(id).end;
            continue;
        }
        let marked = e.attr("rel") == Some("author")
            || e.attr("itemprop").is_some_and(|v| v.contains("author"))
            || f.byline_class;
        if marked {
            // A break between the name and a role or date in their own elements ("Jane
            // Doe</span><span>AI Writer").
            let prose = SubtreeText::new(doc, Skip::NeverProseText).with_breaks();
            let text = prose.raw(id);
            let len = text.trim().encode_utf16().count();
            if len > 0 && len < 100 {
                let name = doc.subtree(id).skip(1).find(|&d| {
                    doc.element(d)
                        .and_then(|de| de.attr("itemprop"))
                        .is_some_and(|v| v.contains("name"))
                });
                let text = name
                    .map(|d| prose.raw(d))
                    .or_else(|| name_before_role(doc, &prose, id))
                    .unwrap_or(text);
                // A marked element that holds no name (a photo credit, a bare date) is not the
                // byline: look on, the article's own byline often comes after a figure's credit.
                if crate::metadata::clean_byline(&text).is_some() {
                    return Some((id, text::collapse(&text)));
                }
                skip = doc.subtree(id).end;
                continue;
            }
        }
        let unlikely = (f.unlikely_class
            && !matches!(e.tag.as_str(), "body" | "a")
            && !doc
                .ancestors(id)
                .take(4)
                .any(|a| matches!(doc.tag(a), "table" | "code")))
            || e.attr("role").is_some_and(|r| UNLIKELY_ROLES.contains(&r));
        if unlikely {
            skip = doc.subtree(id).end;
        }
    }
    None
}

/// The name in byline element `id` when the author's job sits in an element of its own after
/// it ("<div>Written By</div><div><div>Jane Doe</div><div>Tech Reporter</div></div>"): the
/// first element, at any depth, whose parts are a name (not a bare label) followed by a part
/// naming a job.
fn name_before_role(doc: &Document, prose: &SubtreeText<'_>, id: NodeId) -> Option<String> {
    doc.subtree(id).find_map(|d| {
        let parts: Vec<String> = doc
            .children(d)
            .iter()
            .filter(|&c| doc.element(c).is_some())
            .map(|c| prose.raw(c))
            .filter(|t| !t.trim().is_empty())
            .skip_while(|t| crate::metadata::clean_byline(t).is_none())
            .collect();
        let (first, rest) = parts.split_first()?;
        (!rest.is_empty()
            && !crate::metadata::names_a_role(first)
            && rest.iter().any(|p| crate::metadata::names_a_role(p)))
        .then(|| first.clone())
    })
}

/// The header line the byline element sits in: the byline itself, or the nearest ancestor (below
/// the article's roots) whose other text is only a date or time ("By Jane Doe · 20 Mar 2025
/// 17:27", "Updated 3 June 2024"), so the reader's body does not keep the date its header shows.
/// Any other words ("Source: News agencies") keep the line in the body.
fn byline_block(doc: &Document, roots: &[NodeId], byline: NodeId) -> NodeId {
    let prose = SubtreeText::new(doc, Skip::NeverProseText);
    let own = text::collapse(&prose.raw(byline));
    let mut block = byline;
    for up in doc.ancestors(byline).take(3) {
        if roots.contains(&up) || matches!(doc.tag(up), "article" | "main" | "body" | "section") {
            break;
        }
        let line = text::collapse(&prose.raw(up));
        if !crate::metadata::is_only_a_date(&line.replacen(own.as_str(), " ", 1)) {
            break;
        }
        block = up;
    }
    block
}

/// Whether a byline block's text names the author the metadata gave (any of the author's name
/// words of two letters or more appears in it, case-insensitively).
fn names_same_person(known: &str, block_text: &str) -> bool {
    let block = block_text.to_lowercase();
    known
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .any(|w| block.contains(&w.to_lowercase()))
}

/// Readability's per-element filters: a hidden element, or (for the strict pass) an unlikely
/// candidate by class/id or role. Judges the element's own attributes only.
fn own_filter(doc: &Document, id: NodeId, f: OwnFacts) -> Option<Verdict> {
    let e = doc.element(id)?;
    if f.hidden {
        return Some(Verdict::new(Kind::Hidden, "not displayed"));
    }
    if let Some(role) = e.attr("role").filter(|r| UNLIKELY_ROLES.contains(r)) {
        return Some(Verdict::new(Kind::Menu, format!("role '{role}'")));
    }
    // A table is judged by its rows, not by its classes ("wikitable sticky-header" is data).
    if matches!(e.tag.as_str(), "body" | "a" | "html" | "table") {
        return None;
    }
    if f.unlikely_class
        && !doc
            .ancestors(id)
            .take(4)
            .any(|a| matches!(doc.tag(a), "table" | "code"))
    {
        let class_id = class_and_id(e);
        return Some(Verdict::new(
            Kind::Recirculation,
            format!("unlikely class/id '{}'", text::preview(class_id.trim(), 40)),
        ));
    }
    None
}

/// What the article choice knows of the page before any verdict: Readability's own filter for
/// every node and the byline. Nothing in it depends on the clutter verdicts, so it is computed
/// once per page and read by every choice made on it (the cleaner chooses again when a repeated
/// body is left out).
#[derive(Debug, Clone, Default)]
pub struct PageFilters {
    /// [`own_filter`] for every node (boxed: a page's elements are mostly without one, and
    /// an empty slot is then 8 bytes, not a `Verdict`'s 32).
    own: Vec<Option<Box<Verdict>>>,
    /// The byline element and its text.
    byline: Option<(NodeId, String)>,
    /// Each element's class weight, once asked.
    class_weights: ClassWeights,
}

impl PageFilters {
    /// The filters of `doc`. The byline block is found even when the metadata already names
    /// the author (`known_byline`): it is a header line, shown in the reader's header, not in
    /// the body. With a known author it must name them (a different name in a byline-like block
    /// is left where it is). Without author markup, the byline is the line under the headline
    /// (the one resembling `title`) that opens with a "By" label
    /// ([`crate::metadata::byline_line`]), or the one naming the known author with only a date
    /// beside ([`crate::metadata::author_line`]). `stats` comes from [`crate::stats::compute`].
    pub fn new(
        doc: &Document,
        stats: &Stats,
        title: &str,
        known_byline: Option<&str>,
    ) -> PageFilters {
        let facts = own_facts(doc, stats);
        let own = facts
            .iter()
            .enumerate()
            .map(|(id, &f)| own_filter(doc, id, f).map(Box::new))
            .collect();
        let byline = find_byline(doc, &facts)
            .or_else(|| crate::metadata::byline_line(doc, title))
            .filter(|(_, text)| known_byline.is_none_or(|known| names_same_person(known, text)))
            .or_else(|| {
                let known = known_byline?;
                let line = crate::metadata::author_line(doc, title, known)?;
                Some((line, known.to_string()))
            });
        PageFilters {
            own,
            byline,
            class_weights: ClassWeights::new(doc.nodes.len()),
        }
    }
}

/// A `div` that only wraps one paragraph (no text of its own): Readability replaces it with
/// the paragraph, so it is not a scoring level of its own.
fn is_paragraph_wrapper(doc: &Document, stats: &Stats, id: NodeId) -> bool {
    if doc.tag(id) != "div" || stats[id].link_density() >= 0.25 {
        return false;
    }
    let mut elements = 0;
    let mut only_p = true;
    for c in doc.children(id) {
        match &doc.nodes[c].data {
            NodeData::Text(t) if !doc.span_text(*t).trim().is_empty() => return false,
            NodeData::Element(e) => {
                elements += 1;
                only_p &= e.tag == "p";
                // A second element decides it: stop, or a div with 100,000 children makes
                // scoring quadratic (this runs for every paragraph's ancestors).
                if elements > 1 {
                    return false;
                }
            }
            _ => {}
        }
    }
    elements == 1 && only_p
}

/// What is known about the page before scoring, the same for every pass.
#[derive(Clone, Copy)]
struct Found<'a> {
    /// The byline element, removed from the content.
    byline_node: Option<NodeId>,
    /// [`own_filter`] for every node.
    own: &'a [Option<Box<Verdict>>],
    /// The page's class weights.
    class_weights: &'a ClassWeights,
}

/// How strictly to filter; the fallback ladder walks down these.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pass {
    /// Drop clutter, weight classes, clean conditionally.
    Strict,
    /// Keep class-token clutter verdicts out of the candidate filter.
    NoClassFilter,
    /// Also skip class weighting and conditional cleaning.
    Loose,
}

/// Chooses the article region of `doc` ([`extract_with`] with the page's [`PageFilters`]).
pub fn extract(
    doc: &Document,
    stats: &Stats,
    verdicts: &Verdicts,
    body_hint: Option<&str>,
    title: &str,
    known_byline: Option<&str>,
) -> Extraction {
    let filters = PageFilters::new(doc, stats, title, known_byline);
    extract_with(doc, stats, verdicts, &filters, body_hint, title)
}

/// Chooses the article region of `doc`, with the page's filters computed beforehand.
pub fn extract_with(
    doc: &Document,
    stats: &Stats,
    verdicts: &Verdicts,
    filters: &PageFilters,
    body_hint: Option<&str>,
    title: &str,
) -> Extraction {
    let byline = &filters.byline;
    let mut best: Option<Extraction> = None;
    for pass in [Pass::Strict, Pass::NoClassFilter, Pass::Loose] {
        let mut ex = extract_pass(
            doc,
            stats,
            verdicts,
            body_hint,
            title,
            pass,
            Found {
                byline_node: byline.as_ref().map(|b| b.0),
                own: &filters.own,
                class_weights: &filters.class_weights,
            },
        );
        ex.byline.clone_from(byline);
        let good = ex.text_len >= 500;
        if best
            .as_ref()
            .is_none_or(|b| ex.text_len > b.text_len + b.text_len / 3)
        {
            best = Some(ex);
        }
        if good {
            break;
        }
    }
    best.unwrap_or_default()
}

fn extract_pass(
    doc: &Document,
    stats: &Stats,
    verdicts: &Verdicts,
    body_hint: Option<&str>,
    title: &str,
    pass: Pass,
    found: Found<'_>,
) -> Extraction {
    let mut run = PassRun::new(doc, stats, verdicts, pass, found.own, found.class_weights);
    run.score_paragraphs();
    run.boost_semantic_hints(body_hint);
    let top = run.choose_top();
    let roots = run.merge_siblings(top);
    let mut drop = vec![false; doc.nodes.len()];
    let mut removed = run.drop_clutter(&roots, found.byline_node, &mut drop);
    run.clean_inside(&roots, title, &mut drop, &mut removed);
    let text_len = text_len_kept(doc, stats, &roots, &drop);
    Extraction {
        roots,
        drop,
        removed: topmost(doc, removed),
        byline: None,
        text_len,
    }
}

/// One pass of the article choice: what it leaves out and how it scores the candidates.
struct PassRun<'a> {
    doc: &'a Document,
    stats: &'a Stats,
    verdicts: &'a Verdicts,
    pass: Pass,
    /// Readability's own filters that apply in this pass: hidden blocks always, unlikely
    /// candidates in the strict pass.
    own: Vec<Option<&'a Verdict>>,
    /// Left out of scoring with everything inside: clutter, [`PassRun::own`], non-content.
    excluded: Vec<bool>,
    /// Content score of each candidate.
    score: Vec<f64>,
    /// Whether a paragraph passed its score to the node.
    is_candidate: Vec<bool>,
    /// The page's class weights.
    class_weights: &'a ClassWeights,
}

impl<'a> PassRun<'a> {
    fn new(
        doc: &'a Document,
        stats: &'a Stats,
        verdicts: &'a Verdicts,
        pass: Pass,
        own_all: &'a [Option<Box<Verdict>>],
        class_weights: &'a ClassWeights,
    ) -> PassRun<'a> {
        let n = doc.nodes.len();
        let own: Vec<Option<&Verdict>> = own_all
            .iter()
            .map(|v| {
                v.as_deref()
                    .filter(|v| pass == Pass::Strict || v.kind == Kind::Hidden)
            })
            .collect();
        let mut run = PassRun {
            doc,
            stats,
            verdicts,
            pass,
            own,
            excluded: vec![false; n],
            score: vec![0.0f64; n],
            is_candidate: vec![false; n],
            class_weights,
        };
        for (id, verdict) in verdicts.iter().enumerate().take(n).skip(1) {
            let parent = doc.nodes[id].parent();
            run.excluded[id] = run.excluded[parent]
                || verdict.as_ref().is_some_and(|v| run.applies(id, v))
                || run.own[id].is_some()
                || crate::html::is_never_content(doc.tag(id));
        }
        run
    }

    /// A share bar is a few words; a long, link-poor block named "sharing-…" is prose
    /// (Readability keeps share-named blocks of 500 characters or more).
    fn mistaken(&self, id: NodeId, v: &Verdict) -> bool {
        v.kind == Kind::Share
            && self.stats[id].text_len >= 500
            && self.stats[id].link_density() < 0.3
    }

    /// Whether a clutter verdict applies in this pass.
    fn applies(&self, id: NodeId, v: &Verdict) -> bool {
        if self.mistaken(id, v) {
            return false;
        }
        match self.pass {
            Pass::Strict => true,
            Pass::NoClassFilter | Pass::Loose => v.evidence != Evidence::Name,
        }
    }

    /// The score with link text discounted.
    fn final_score(&self, id: NodeId) -> f64 {
        self.score[id] * (1.0 - self.stats[id].link_density())
    }

    /// Scores paragraphs into up to five ancestors (paragraph wrappers skipped), weighted by
    /// level; each ancestor starts from its tag's and (but in the loose pass) class weight.
    fn score_paragraphs(&mut self) {
        let (doc, stats) = (self.doc, self.stats);
        for id in 1..doc.nodes.len() {
            if self.excluded[id] || !is_paragraph(doc, id) {
                continue;
            }
            let s = &stats[id];
            let own_len = s.text_len.saturating_sub(s.link_len);
            if own_len < 25 {
                continue;
            }
            let content = 1.0 + f64::from(s.commas) + (f64::from(s.text_len) / 100.0).min(3.0);
            for (level, anc) in doc
                .ancestors(id)
                .filter(|&a| !is_paragraph_wrapper(doc, stats, a))
                .take(5)
                .enumerate()
            {
                if self.excluded[anc] {
                    break;
                }
                if !self.is_candidate[anc] {
                    self.is_candidate[anc] = true;
                    self.score[anc] += tag_weight(doc.tag(anc))
                        + if self.pass == Pass::Loose {
                            0.0
                        } else {
                            self.class_weights.get(doc, anc)
                        };
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f64 * 3.0,
                };
                self.score[anc] += content / divider;
            }
        }
    }

    /// Boosts candidates marked `itemprop=articleBody`, and the candidate whose own text starts
    /// like JSON-LD's `articleBody` (`body_hint`).
    fn boost_semantic_hints(&mut self, body_hint: Option<&str>) {
        let doc = self.doc;
        let n = doc.nodes.len();
        let hint_tokens: Option<Vec<String>> =
            body_hint.map(|h| text::tokens(&text::preview(h, 300)));
        for id in 1..n {
            if !self.is_candidate[id] {
                continue;
            }
            let Some(e) = doc.element(id) else { continue };
            if e.attr("itemprop")
                .is_some_and(|v| v.contains("articleBody"))
            {
                self.score[id] *= 1.5;
            }
        }
        let Some(hint) = &hint_tokens else { return };
        if hint.len() < 20 {
            return;
        }
        let prose = SubtreeText::new(doc, Skip::NeverProseText);
        for id in 1..n {
            if self.is_candidate[id] {
                let head = text::tokens(&prose.folded_prefix(id, 600));
                let common = hint.iter().take(20).filter(|t| head.contains(t)).count();
                if common >= 15 {
                    self.score[id] *= 1.25;
                }
            }
        }
    }

    /// The best candidate, moved up to the ancestor that unites the article: one shared by
    /// several strong candidates, a higher-scoring parent, or a wrapper around it. The body (or
    /// the document) when nothing scored.
    fn choose_top(&self) -> NodeId {
        let doc = self.doc;
        let mut ranked: Vec<NodeId> = (1..doc.nodes.len())
            .filter(|&i| self.is_candidate[i])
            .collect();
        ranked.sort_by(|&a, &b| {
            self.final_score(b)
                .total_cmp(&self.final_score(a))
                .then(a.cmp(&b))
        });
        let Some(&first) = ranked.first() else {
            return doc.find_tag("body").unwrap_or(ROOT);
        };
        let top = self.shared_ancestor(&ranked).unwrap_or(first);
        let top = self.higher_parent(top);
        self.climb_wrappers(top)
    }

    /// If several strong candidates share an ancestor, that ancestor is the article.
    fn shared_ancestor(&self, ranked: &[NodeId]) -> Option<NodeId> {
        let doc = self.doc;
        let &first = ranked.first()?;
        let top_score = self.final_score(first);
        let alternatives: Vec<NodeId> = ranked
            .iter()
            .skip(1)
            .take(5)
            .copied()
            .filter(|&c| self.final_score(c) >= top_score * 0.75)
            .collect();
        if alternatives.len() < 3 {
            return None;
        }
        for anc in doc.ancestors(first) {
            if doc.tag(anc) == "body" {
                break;
            }
            if alternatives
                .iter()
                .filter(|&&a| doc.contains(anc, a))
                .count()
                >= 3
            {
                return Some(anc);
            }
        }
        None
    }

    /// A parent that scores higher than the candidate, within a few steps and before the scores
    /// fade, unites content spread over several sibling blocks.
    fn higher_parent(&self, top: NodeId) -> NodeId {
        let doc = self.doc;
        let mut last = self.final_score(top);
        let floor = last / 3.0;
        for anc in doc.ancestors(top) {
            if matches!(doc.tag(anc), "body" | "html") || self.excluded[anc] {
                break;
            }
            if !self.is_candidate[anc] {
                continue;
            }
            let s = self.final_score(anc);
            if s < floor {
                break;
            }
            if s > last {
                return anc;
            }
            last = s;
        }
        top
    }

    /// Climbs while the parent holds barely more than the candidate (a wrapper div, or the
    /// article's own header next to its body).
    fn climb_wrappers(&self, mut top: NodeId) -> NodeId {
        let (doc, stats) = (self.doc, self.stats);
        while let Some(parent) = doc.ancestors(top).next() {
            if matches!(doc.tag(parent), "body" | "html") || self.excluded[parent] {
                break;
            }
            let only_child = doc
                .children(parent)
                .iter()
                .filter(|&c| stats[c].text_len > 0)
                .count()
                == 1;
            if only_child || holds_article_header(doc, stats, &self.excluded, parent, top) {
                top = parent;
            } else {
                break;
            }
        }
        top
    }

    /// `top` and the siblings that look like part of the article, in document order.
    fn merge_siblings(&self, top: NodeId) -> Vec<NodeId> {
        let (doc, stats) = (self.doc, self.stats);
        let mut roots = Vec::new();
        let parent = doc.nodes[top].parent();
        let top_score = self.final_score(top);
        let threshold = (top_score * 0.2).max(10.0);
        let siblings: Vec<NodeId> = if top == ROOT || parent == top {
            vec![top]
        } else {
            doc.children(parent).iter().collect()
        };
        for sib in siblings {
            if sib == top {
                roots.push(sib);
                continue;
            }
            if self.excluded[sib] || doc.element(sib).is_none() {
                continue;
            }
            let s = &stats[sib];
            let same_class = doc.element(sib).and_then(|e| e.attr("class")).is_some()
                && doc.element(sib).and_then(|e| e.attr("class"))
                    == doc.element(top).and_then(|e| e.attr("class"));
            let bonus = if same_class { top_score * 0.2 } else { 0.0 };
            let keep = if self.is_candidate[sib] && self.final_score(sib) + bonus >= threshold {
                true
            } else if doc.tag(sib) == "p" {
                let ld = s.link_density();
                let len = s.text_len;
                let t = doc.text_content(sib);
                (len > 80 && ld < 0.25)
                    || (len > 0 && len <= 80 && ld == 0.0 && (t.ends_with('.') || t.contains(". ")))
            } else {
                false
            };
            if keep {
                roots.push(sib);
            }
        }
        roots
    }

    /// Drops the page's clutter (reported whether or not it sits in the article) and the
    /// byline inside the article; returns what was removed.
    fn drop_clutter(
        &self,
        roots: &[NodeId],
        byline_node: Option<NodeId>,
        drop: &mut [bool],
    ) -> Vec<(NodeId, Verdict)> {
        let (doc, stats) = (self.doc, self.stats);
        let mut removed: Vec<(NodeId, Verdict)> = Vec::new();
        for id in 1..doc.nodes.len() {
            if let Some(v) = &self.verdicts[id] {
                let root = roots.iter().find(|&&r| doc.contains(r, id));
                let inside = root.is_some();
                // Inside the article, clutter this pass does not filter by (a class or id name
                // in the fallback passes) still goes, unless it is the article or most of it,
                // and of a kind that can be content: the fallback found the article there
                // ("comments" around a forum's posts, "comment-1_wrap" around one).
                let most_of_article = !v.kind.never_content()
                    && root.is_some_and(|&r| r == id || stats[id].text_len * 2 > stats[r].text_len);
                if !self.mistaken(id, v)
                    && (self.applies(id, v) || (inside && !most_of_article))
                    && (stats[id].text_len > 0 || inside)
                {
                    drop[id] = true;
                    removed.push((id, Verdict::clone(v)));
                }
            }
        }
        if let Some(b) = byline_node.map(|b| byline_block(doc, roots, b)) {
            if !drop[b] && roots.iter().any(|&r| doc.contains(r, b)) {
                drop[b] = true;
                removed.push((
                    b,
                    Verdict::new(Kind::Footer, "byline (shown in the header)"),
                ));
            }
        }
        removed
    }

    /// Cleans inside the article: Readability's own filters, the title's repeat, asides and
    /// footers, headings with negative class hints and [`clean_conditionally`].
    fn clean_inside(
        &self,
        roots: &[NodeId],
        title: &str,
        drop: &mut [bool],
        removed: &mut Vec<(NodeId, Verdict)>,
    ) {
        let doc = self.doc;
        let title_norm = text::collapse(title).to_lowercase();
        // Only the first heading that resembles the title is its repeat (as in Readability).
        let mut title_repeated = false;
        for &root in roots {
            let range = doc.subtree(root);
            let mut skip_until = 0;
            for id in range {
                if id < skip_until {
                    continue;
                }
                if drop[id] {
                    skip_until = doc.subtree(id).end;
                    continue;
                }
                let Some(e) = doc.element(id) else { continue };
                let verdict =
                    self.inner_verdict(id, root, &e.tag, &title_norm, &mut title_repeated);
                if let Some(v) = verdict {
                    drop[id] = true;
                    if self.stats[id].text_len > 0 {
                        removed.push((id, v));
                    }
                    skip_until = doc.subtree(id).end;
                }
            }
        }
    }

    /// Why element `id` (a `tag`) inside article root `root` is cleaned out, if it is.
    fn inner_verdict(
        &self,
        id: NodeId,
        root: NodeId,
        tag: &str,
        title_norm: &str,
        title_repeated: &mut bool,
    ) -> Option<Verdict> {
        let doc = self.doc;
        if id != root && self.own[id].is_some() {
            self.own[id].cloned()
        } else if !*title_repeated
            && matches!(tag, "h1" | "h2")
            && !title_norm.is_empty()
            && self.stats[id].text_len < 1000
            && crate::metadata::text_similarity(title_norm, &doc.text_content(id)) > 0.75
        {
            *title_repeated = true;
            Some(Verdict::new(Kind::Repeat, "repeats the title"))
        } else if id != root && matches!(tag, "aside" | "footer") {
            // Asides and footers inside the article are never its prose.
            let kind = if tag == "footer" {
                Kind::Footer
            } else {
                Kind::Recirculation
            };
            Some(Verdict::new(kind, format!("<{tag}> inside the article")))
        } else if self.pass != Pass::Loose
            && matches!(tag, "h1" | "h2")
            && self.class_weights.get(doc, id) < 0.0
        {
            Some(Verdict::new(
                Kind::Recirculation,
                "heading with negative class hints",
            ))
        } else if self.pass != Pass::Loose && id != root {
            clean_conditionally(doc, id, self.stats, self.class_weights)
        } else {
            None
        }
    }
}

/// `removed` in document order, nested removals (a verdict inside a dropped block) left out:
/// each block is reported once.
fn topmost(doc: &Document, mut removed: Vec<(NodeId, Verdict)>) -> Vec<(NodeId, Verdict)> {
    removed.sort_by_key(|(id, _)| *id);
    let mut reported: Vec<(NodeId, Verdict)> = Vec::new();
    let mut covered = 0;
    for (id, v) in removed {
        if id >= covered {
            covered = doc.subtree(id).end;
            reported.push((id, v));
        }
    }
    reported
}

/// Characters of text in `roots` outside the `drop`ped subtrees.
fn text_len_kept(doc: &Document, stats: &Stats, roots: &[NodeId], drop: &[bool]) -> u32 {
    roots
        .iter()
        .map(|&r| {
            let mut len = stats[r].text_len;
            let mut skip = 0;
            for id in doc.subtree(r) {
                if id < skip {
                    continue;
                }
                if drop[id] {
                    len = len.saturating_sub(stats[id].text_len);
                    skip = doc.subtree(id).end;
                }
            }
            len
        })
        .sum()
}

/// Whether `parent`'s other children, clutter aside, are the article's own header next to the
/// body `top` (headline, byline, date, standfirst, lead figure): they come before it, are short
/// next to it and not link-heavy. (Added by the clutter helper, issue 4.)
fn holds_article_header(
    doc: &Document,
    stats: &Stats,
    excluded: &[bool],
    parent: NodeId,
    top: NodeId,
) -> bool {
    let (mut rest, mut rest_links, mut before) = (0u32, 0u32, false);
    let mut seen_top = false;
    for c in doc.children(parent) {
        if c == top {
            seen_top = true;
        } else if !excluded[c] && stats[c].text_len > 0 {
            rest += stats[c].text_len;
            rest_links += stats[c].link_len;
            before |= !seen_top;
        }
    }
    before
        && f64::from(rest) <= 0.5 * f64::from(stats[top].text_len)
        && f64::from(rest_links) <= 0.5 * f64::from(rest)
}

/// Whether an embed's attributes point at a known video host (such embeds are content).
fn is_video_embed(e: &crate::dom::Element) -> bool {
    const HOSTS: &[&str] = &[
        "youtube.com",
        "youtube-nocookie.com",
        "player.vimeo.com",
        "dailymotion.com",
        "v.qq.com",
        "archive.org",
        "upload.wikimedia.org",
        "player.twitch.tv",
    ];
    e.attrs
        .iter()
        .any(|a| HOSTS.iter().any(|h| a.value.contains(h)))
}

/// Text that is only an ad or loading label, in a few languages.
fn is_ad_or_loading_label(t: &str) -> bool {
    let t = t.trim().trim_end_matches(['…', '.']).to_lowercase();
    matches!(
        t.as_str(),
        "ad" | "advertising"
            | "advertisement"
            | "pub"
            | "publicité"
            | "werb"
            | "werbung"
            | "广告"
            | "реклама"
            | "anuncio"
            | "loading"
            | "正在加载"
            | "загрузка"
            | "chargement"
            | "cargando"
    )
}

/// One paragraph with a few links in its sentences (a lede naming two places), not a list of
/// links: no heading, list item or second paragraph (a teaser list is headlines and
/// summaries), at least 100 characters of unlinked text, links at most half of the text and no
/// more than one link per 80 unlinked characters (plus one).
fn is_prose_with_links(s: &NodeStats) -> bool {
    let plain = s.text_len.saturating_sub(s.link_len);
    s.heading_len == 0
        && s.items == 0
        && s.paragraphs <= 1
        && plain >= 100
        && s.link_density() <= 0.5
        && s.links <= 1 + plain / 80
}

/// Characters of unlinked text per image below which a block of images is a gallery.
const GALLERY_TEXT_PER_IMAGE: f64 = 200.0;
/// Characters of unlinked text from which a block is never a gallery, however many images it
/// holds (customer quotes beside their logos, a comparison with product shots).
const GALLERY_MAX_TEXT: f64 = 800.0;

/// Readability's "clean conditionally": drops forms, tables, lists and divs inside the article
/// that look like link lists, image galleries without text, widgets with inputs or stray embeds.
fn clean_conditionally(
    doc: &Document,
    id: NodeId,
    stats: &Stats,
    class_weights: &ClassWeights,
) -> Option<Verdict> {
    let tag = doc.tag(id);
    if !matches!(tag, "div" | "ul" | "table" | "form" | "fieldset") || is_data_or_code(doc, id) {
        return None;
    }
    let s = &stats[id];
    let weight = class_weights.get(doc, id);
    let v = |kind, reason: String| Some(Verdict::new(kind, reason));
    if weight < 0.0 {
        return v(Kind::Recirculation, "negative class hints".into());
    }
    if s.commas >= 10 {
        return None;
    }
    let content_len = f64::from(s.text_len);
    let is_list = matches!(tag, "ul" | "ol")
        || (content_len > 0.0 && f64::from(s.list_len) / content_len > 0.9);
    if s.embeds > 0 && holds_video_embed(doc, id) {
        return None;
    }
    if content_len < 40.0 && is_ad_or_loading_label(&doc.text_content(id)) {
        return v(Kind::Ad, "ad or loading label".into());
    }
    let in_figure = doc.ancestors(id).any(|a| doc.tag(a) == "figure");
    // Read only when the link density would drop the block.
    let in_sentences = || {
        (1..=SENTENCE_LINKS_PARAGRAPHS).contains(&s.paragraphs)
            && s.heading_len == 0
            && s.items == 0
            && links_in_sentences(doc, stats, id)
    };
    let (kind, why) = clutter_shape(s, weight, is_list, in_figure, in_sentences)?;
    // A list of simple items (one element each) is kept when every item is an image.
    if is_list && !has_nested_items(doc, id) && s.images == s.items {
        return None;
    }
    v(kind, why)
}

/// Paragraphs a block may hold for [`links_in_sentences`] to keep it (a short description, not
/// a column of teasers).
const SENTENCE_LINKS_PARAGRAPHS: u32 = 3;
/// Unlinked characters a paragraph holds around its links to be a sentence.
const SENTENCE_PLAIN_CHARS: u32 = 15;

/// Whether every link in `id` sits inside a sentence: in a paragraph with at least
/// [`SENTENCE_PLAIN_CHARS`] unlinked characters and no more than two thirds of its text in
/// links ("`Result` is a type that represents either success (`Ok`) or failure (`Err`). See the
/// module documentation for details."). A teaser's headline is a paragraph that is all link.
fn links_in_sentences(doc: &Document, stats: &Stats, id: NodeId) -> bool {
    let end = doc.subtree(id).end;
    let mut i = id + 1;
    let mut any = false;
    while i < end {
        if doc.tag(i) != "a" {
            i += 1;
            continue;
        }
        let paragraph = doc
            .ancestors(i)
            .take_while(|&a| a != id)
            .find(|&a| doc.tag(a) == "p");
        let Some(p) = paragraph else { return false };
        let ps = &stats[p];
        let plain = ps.text_len.saturating_sub(ps.link_len);
        if plain < SENTENCE_PLAIN_CHARS || ps.link_len * 3 > ps.text_len * 2 {
            return false;
        }
        any = true;
        i = doc.subtree(i).end;
    }
    any
}

/// Data tables and code are content: a table not marked `role="presentation"`, anything inside
/// `pre` or `code`.
fn is_data_or_code(doc: &Document, id: NodeId) -> bool {
    (doc.tag(id) == "table" && doc.element(id).and_then(|e| e.attr("role")) != Some("presentation"))
        || doc
            .ancestors(id)
            .any(|a| matches!(doc.tag(a), "pre" | "code"))
}

/// Whether `id` holds an embed of a known video host (such embeds are content).
fn holds_video_embed(doc: &Document, id: NodeId) -> bool {
    doc.subtree(id)
        .filter(|&d| matches!(doc.tag(d), "object" | "embed" | "iframe"))
        .any(|d| doc.element(d).is_some_and(is_video_embed))
}

/// Whether some child of list `id` holds more than one element.
fn has_nested_items(doc: &Document, id: NodeId) -> bool {
    doc.children(id).iter().any(|c| {
        doc.children(c)
            .iter()
            .filter(|&g| doc.element(g).is_some())
            .count()
            > 1
    })
}

/// Readability's shapes of clutter from a block's statistics: a gallery (images without text),
/// more list items than paragraphs, form controls, a short block of links, a link-dense block
/// that is not prose (neither one paragraph with a few links nor sentences holding every link,
/// which the closure `links_in_sentences` tells, asked only for such a block), embeds without
/// text, no prose at all. `weight` is the block's class weight; `is_list` and `in_figure` say
/// where it is.
fn clutter_shape(
    s: &NodeStats,
    weight: f64,
    is_list: bool,
    in_figure: bool,
    links_in_sentences: impl FnOnce() -> bool,
) -> Option<(Kind, String)> {
    let content_len = f64::from(s.text_len);
    let p = f64::from(s.paragraphs);
    // Icons beside text (badges, feature marks) make no gallery.
    let img = f64::from(s.images.saturating_sub(s.icons));
    let li = f64::from(s.items) - 100.0;
    let inputs = f64::from(s.inputs);
    let heading_density = if content_len > 0.0 {
        f64::from(s.heading_len) / content_len
    } else {
        0.0
    };
    let ld = s.link_density();
    let text_density = if content_len > 0.0 {
        f64::from(s.textish_len) / content_len
    } else {
        0.0
    };
    // A gallery has little text per image: a block holding prose (posts written in divs, a
    // whole page wrapper with its photos) is not "images without text".
    let plain = f64::from(s.text_len.saturating_sub(s.link_len));
    if !in_figure
        && img > 1.0
        && p / img < 0.5
        && plain < GALLERY_TEXT_PER_IMAGE * img
        && plain < GALLERY_MAX_TEXT
    {
        Some((Kind::Media, "images without text".into()))
    } else if !is_list && li > p {
        Some((
            Kind::Recirculation,
            "more list items than paragraphs".into(),
        ))
    } else if inputs > (p / 3.0).floor() {
        Some((Kind::Form, "form controls".into()))
    } else if !is_list
        && !in_figure
        && heading_density < 0.9
        && content_len < 25.0
        && (img == 0.0 || img > 2.0)
        && ld > 0.0
    {
        Some((Kind::Recirculation, "short block of links".into()))
    } else if ((!is_list && weight < 25.0 && ld > 0.2) || (weight >= 25.0 && ld > 0.5))
        && !is_prose_with_links(s)
        && !links_in_sentences()
    {
        Some((Kind::Recirculation, format!("link density {ld:.2}")))
    } else if (s.embeds == 1 && content_len < 75.0) || s.embeds > 1 {
        Some((Kind::Media, "embeds without text".into()))
    } else if img == 0.0 && text_density == 0.0 && s.text_len > 0 {
        Some((Kind::Recirculation, "no prose".into()))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_anchor_names_are_not_page_headers() {
        assert!(unlikely_class("site-header "));
        assert!(!unlikely_class("header-anchor-post "));
        assert!(!unlikely_class("pencraft header-anchor-parent "));
        assert!(!unlikely_class("headerlink "));
        // Another unlikely word next to an anchor name still counts.
        assert!(unlikely_class("header-anchor sidebar "));
    }

    #[test]
    fn a_lede_with_two_links_is_prose_a_teaser_list_is_not() {
        let lede = NodeStats {
            text_len: 240,
            link_len: 60,
            links: 2,
            ..NodeStats::default()
        };
        assert!(is_prose_with_links(&lede));
        let teasers = NodeStats {
            heading_len: 80,
            paragraphs: 3,
            ..lede
        };
        assert!(!is_prose_with_links(&teasers));
        let links = NodeStats { links: 6, ..lede };
        assert!(!is_prose_with_links(&links));
    }

    /// The byline text [`find_byline`] finds in `html`.
    fn byline(html: &str) -> Option<String> {
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        let stats = crate::stats::compute(&doc);
        find_byline(&doc, &own_facts(&doc, &stats)).map(|(_, t)| t)
    }

    #[test]
    fn a_byline_keeps_the_gap_between_its_parts() {
        assert_eq!(
            byline(
                "<body><div class=\"author-box\"><a href=\"/a/sj\">Stephen Jay</a>\
                 <div class=\"place\">London</div></div><p>Text.</p></body>"
            )
            .as_deref(),
            Some("Stephen Jay London")
        );
    }

    #[test]
    fn a_role_in_its_own_element_is_not_part_of_the_byline() {
        assert_eq!(
            byline(
                "<body><div class=\"author-wrap\"><div>Written By</div><div><div>Stephen Jay</div>\
                 <div>AI Writer, Embarque</div></div></div><p>Text.</p></body>"
            )
            .as_deref(),
            Some("Stephen Jay")
        );
        // Two names, no job: both stay.
        assert_eq!(
            byline(
                "<body><div class=\"authors\"><div>Jane Doe</div><div>John Roe</div></div>\
                 <p>Text.</p></body>"
            )
            .as_deref(),
            Some("Jane Doe John Roe")
        );
    }

    /// `html` parsed, its statistics, and the element whose id is `x`.
    fn with_x(html: &str) -> (Document, Stats, NodeId) {
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        let stats = crate::stats::compute(&doc);
        let id = (0..doc.nodes.len())
            .find(|&i| doc.element(i).and_then(|e| e.attr("id")) == Some("x"))
            .unwrap_or(0);
        (doc, stats, id)
    }

    #[test]
    fn icons_beside_text_make_no_gallery() {
        let stats = |html: &str| {
            let (_, stats, id) = with_x(html);
            stats[id]
        };
        let icon = |name: &str| {
            format!("<img src=\"/{name}.svg\" width=\"20\" height=\"20\" alt=\"{name}\">")
        };
        let marks: String = ["b-corp", "fair-trade", "recycled", "size-inclusive"]
            .map(icon)
            .concat();
        // A brand in a ranked list: feature icons, one photo and a paragraph about it.
        let brand = format!(
            "<li id=\"x\">{marks}<img src=\"/model.jpg\" width=\"1350\" height=\"1800\">\
             <p>{}</p></li>",
            "Recycled fabrics, a wide size range and prices that stay low. ".repeat(8)
        );
        assert_eq!(
            clutter_shape(&stats(&brand), 0.0, false, false, || false),
            None
        );
        // The same text beside four photos (no declared size) is still a gallery.
        let photos = "<img src=\"/a.jpg\">".repeat(4);
        let gallery = format!("<div id=\"x\">{photos}<p>Photos of the day.</p></div>");
        assert!(matches!(
            clutter_shape(&stats(&gallery), 0.0, false, false, || false),
            Some((Kind::Media, _))
        ));
        // Sixteen logos beside seven customers' quotes: prose, not a gallery.
        let logos = "<img src=\"/logo.png\">".repeat(16);
        let quote =
            "<p>The new scheduling tool let our support team plan a whole month of shifts in \
             an afternoon, and the managers finally see who is on call without asking around.</p>";
        let stories = format!("<div id=\"x\">{logos}{}</div>", quote.repeat(7));
        assert_eq!(
            clutter_shape(&stats(&stories), 0.0, false, false, || false),
            None
        );
    }

    /// A short description whose links sit inside its sentences (rustdoc's summary of a type,
    /// a fifth of it links) is not a link list; teasers, whose headlines are paragraphs of
    /// links, are; so is a block with a link outside any paragraph.
    #[test]
    fn links_inside_sentences_are_prose_teaser_headlines_are_not() {
        let check = |html: &str| {
            let (doc, stats, id) = with_x(html);
            links_in_sentences(&doc, &stats, id)
        };
        assert!(check(
            "<div id=\"x\"><p><code>Result</code> is a type that represents either success \
             (<a href=\"#ok\"><code>Ok</code></a>) or failure (<a href=\"#err\"><code>Err</code></a>).</p>\
             <p>See the <a href=\"index.html\">module documentation</a> for details.</p></div>"
        ));
        assert!(!check(
            "<div id=\"x\"><p><a href=\"/a\">Council approves the budget</a></p>\
             <p>The vote came after a long debate.</p></div>"
        ));
        assert!(!check(
            "<div id=\"x\"><p>The vote came after a long debate.</p><a href=\"/more\">More</a></div>"
        ));
        assert!(!check(
            "<div id=\"x\"><p>No links at all in this one.</p></div>"
        ));
    }

    /// Runs `drop_clutter` on `html` in `pass` with the article's root at the element `#root`
    /// and the verdict `kind` (a class name's) on the element `#flagged` (or on the root when
    /// there is none); whether that element is dropped.
    fn flagged_dropped(html: &str, pass: Pass, kind: Kind) -> bool {
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        let stats = crate::stats::compute(&doc);
        let by_id = |want: &str| {
            (0..doc.nodes.len()).find(|&i| doc.element(i).and_then(|e| e.attr("id")) == Some(want))
        };
        let root = by_id("root").unwrap_or(0);
        let flagged = by_id("flagged").unwrap_or(root);
        let mut verdicts: Verdicts = vec![None; doc.nodes.len()];
        verdicts[flagged] = Some(Box::new(Verdict::by_name(kind, "class 'comments'")));
        let own = vec![None; doc.nodes.len()];
        let class_weights = ClassWeights::default();
        let run = PassRun::new(&doc, &stats, &verdicts, pass, &own, &class_weights);
        let mut drop = vec![false; doc.nodes.len()];
        run.drop_clutter(&[root], None, &mut drop);
        drop[flagged]
    }

    #[test]
    fn a_fallback_pass_keeps_a_named_block_that_is_most_of_its_article() {
        let post = "<p>A forum post long enough to be the article of this page, with several \
            clauses, commas, and words that a reader came for.</p>";
        let most = format!(
            "<body><div id=root><div id=flagged>{post}{post}</div><p>Posted by someone.</p></div></body>"
        );
        let little = format!(
            "<body><div id=root>{post}{post}<div id=flagged><p>Comments (3)</p></div></div></body>"
        );
        let whole = format!("<body><div id=root>{post}{post}</div></body>");
        // The class name's verdict holds most of the fallback's article: it is the article.
        assert!(!flagged_dropped(&most, Pass::NoClassFilter, Kind::Comments));
        assert!(!flagged_dropped(
            &whole,
            Pass::NoClassFilter,
            Kind::Comments
        ));
        // A small one inside still goes; so does any in the strict pass, and never-content kinds.
        assert!(flagged_dropped(
            &little,
            Pass::NoClassFilter,
            Kind::Comments
        ));
        assert!(flagged_dropped(&most, Pass::Strict, Kind::Comments));
        assert!(flagged_dropped(&most, Pass::NoClassFilter, Kind::Prompt));
    }
}
