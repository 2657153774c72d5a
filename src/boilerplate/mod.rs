//! Finds page clutter: tickers, menus, recirculation rails, share bars, ads, consent and
//! newsletter prompts, comments, footers, error banners, hidden blocks and repeated blocks.
//!
//! Combines four kinds of signal, none of them site-specific:
//! - semantics: tags (`nav`, `marquee`, `aside`, `footer`, controls), ARIA roles, `aria-live`
//!   regions, `aria-label`, `hidden`, schema.org breadcrumbs;
//! - class/id tokens ([`rules::CLASS_TOKENS`]), consent platforms' injected roots (`consent`,
//!   which the prose anchor also leaves out), and links styled as buttons standing alone
//!   (calls to action, [`rules::BUTTON_NAMES`]);
//! - text in many languages ([`rules`], matched by `labels`): a label that *opens* a block
//!   ("Most Read", "عاجل", "Lesen Sie auch:"), prompt/consent/error phrases, counters
//!   ("2 Shares", "3 min read"), skip links, share-button and tag-page link targets;
//! - structure (`structure`): link density, headline-shaped vs short links, links whose text
//!   already appeared (a menu's second copy), and position relative to the *prose anchor* (the
//!   smallest element holding most paragraph text): headline strips before it are tickers, after
//!   it rails; error banners count only before it; link lists right next to it are left alone.
//!
//! It marks the *topmost* node of each clutter block and says why; a page `<header>` is split
//! into its parts so the language switch, the menu and its copy are reported separately. Every
//! pass is linear in the page size (subtree ends and coverage are precomputed; text is read only
//! from small subtrees). It does not choose the article (that is `extract`) and does not remove
//! anything itself.

mod consent;
mod labels;
pub(crate) use labels::{counter, label_kind, poster_detail, reading_time};
mod placeholder;
pub mod rules;
pub(crate) mod structure;

use crate::dom::{Document, NodeData, NodeId, Skip, SubtreeText};
use crate::folded::FoldedText;
use crate::patterns::{LazyPatterns, LazyPrefixes};
use crate::stats::{NodeStats, Stats};
use crate::text;

static SHARE_URLS: LazyPatterns = LazyPatterns::new(rules::SHARE_URLS);
static TAG_URLS: LazyPatterns = LazyPatterns::new(rules::TAG_URLS);

/// What kind of clutter a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Breaking-news strips and scrolling headline lists.
    Ticker,
    /// Navigation, breadcrumbs, skip links.
    Menu,
    /// A language switch: links to the page's own versions in other languages.
    Languages,
    /// A table of contents or an in-page tab list: links to places on the same page (the
    /// reader keeps no anchors, so they would lead nowhere), with its label.
    Contents,
    /// Page numbers and next/previous links: the reader shows one page.
    Pagination,
    /// "Most read", "Read next", "Related" and similar rails.
    Recirculation,
    /// Share bars and counters.
    Share,
    /// Advertising.
    Ad,
    /// Cookie and consent banners.
    Consent,
    /// Newsletter, app and social prompts.
    Prompt,
    /// Comment sections.
    Comments,
    /// Customer reviews on a shop's product page ([`Declared::product`]).
    Reviews,
    /// Page footers and legal boilerplate.
    Footer,
    /// Tag and topic lists.
    Tags,
    /// Audio/"Listen" widgets and players.
    Media,
    /// Error and alert banners.
    Banner,
    /// Template placeholder text ("Lorem ipsum…") a page left in (`placeholder`).
    Placeholder,
    /// A forum post's details: the poster's statistics beside it ("Posts: 98", "Joined: Aug
    /// 2008") and its edit notice ("Last edited by Minoa on …, edited 1 time in total").
    PostDetails,
    /// Forms and controls.
    Form,
    /// Not displayed (`hidden`, `display:none`).
    Hidden,
    /// A block whose text already appeared earlier on the page.
    Repeat,
    /// A short paragraph seen on earlier pages of the same site (`site_memory`).
    SiteRepeat,
    /// A block the reader took out of this site's articles (`Corrections::drop`).
    Correction,
    /// Left out by the learned block classifier (`blocks::refine`): its probability of being
    /// main content is low. Never a verdict of `classify`.
    LowScore,
}

impl Kind {
    /// Whether a block of this kind is never the content people came for, whatever the page
    /// (a share bar, an ad, a consent or subscription prompt, a player's fallback, an alert, a
    /// form's controls, a hidden block, the links to the page in other languages); menus, rails
    /// and comments can be a listing's or a forum's content.
    pub fn never_content(self) -> bool {
        matches!(
            self,
            Kind::Contents
                | Kind::Languages
                | Kind::Pagination
                | Kind::Reviews
                | Kind::Share
                | Kind::Ad
                | Kind::Consent
                | Kind::Prompt
                | Kind::Media
                | Kind::Banner
                | Kind::Placeholder
                | Kind::PostDetails
                | Kind::Form
                | Kind::Hidden
        )
    }

    /// The name used in [`crate::Removed::kind`].
    pub fn name(self) -> &'static str {
        match self {
            Kind::Ticker => "ticker",
            Kind::Menu => "menu",
            Kind::Languages => "languages",
            Kind::Contents => "contents",
            Kind::Pagination => "pagination",
            Kind::Recirculation => "recirculation",
            Kind::Share => "share",
            Kind::Ad => "ad",
            Kind::Consent => "consent",
            Kind::Prompt => "prompt",
            Kind::Comments => "comments",
            Kind::Reviews => "reviews",
            Kind::Footer => "footer",
            Kind::Tags => "tags",
            Kind::Media => "media",
            Kind::Banner => "banner",
            Kind::Placeholder => "placeholder",
            Kind::PostDetails => "post_details",
            Kind::Form => "form",
            Kind::Hidden => "hidden",
            Kind::Repeat => "repeat",
            Kind::SiteRepeat => "site_repeat",
            Kind::Correction => "correction",
            Kind::LowScore => "low_score",
        }
    }
}

/// Why a node was marked.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// The kind of clutter.
    pub kind: Kind,
    /// A few words a person can check.
    pub reason: String,
    /// What the verdict rests on, where later steps weigh verdicts by it.
    pub evidence: Evidence,
}

/// What a [`Verdict`] rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// The block itself: its tag, role, text, links or shape.
    Block,
    /// Only a word in the element's class or id, which the article choice's fallback passes
    /// do not trust (names are often misleading: "comments" around a forum's posts).
    Name,
    /// A copy of the article body found by `dedupe`: reported in `duplicate_body`, not as
    /// clutter.
    BodyCopy,
    /// Its place after the article's body as well as its shape: a reading list the body ends
    /// with ([`reading_list`]) and its label. The block model never puts it back.
    AfterBody,
    /// The page's own markup says what the block is (a schema.org `BreadcrumbList`): the block
    /// model never puts it back.
    Declared,
}

impl Verdict {
    /// A verdict resting on the block itself.
    pub fn new(kind: Kind, reason: impl Into<String>) -> Verdict {
        Verdict {
            kind,
            reason: reason.into(),
            evidence: Evidence::Block,
        }
    }

    /// A verdict resting only on a class or id name.
    pub fn by_name(kind: Kind, reason: impl Into<String>) -> Verdict {
        Verdict {
            evidence: Evidence::Name,
            ..Verdict::new(kind, reason)
        }
    }

    /// A block the article's body ends with that is not the article ([`Evidence::AfterBody`]).
    pub fn after_body(kind: Kind, reason: impl Into<String>) -> Verdict {
        Verdict {
            evidence: Evidence::AfterBody,
            ..Verdict::new(kind, reason)
        }
    }

    /// A block the page's markup declares to be clutter ([`Evidence::Declared`]).
    pub fn declared(kind: Kind, reason: impl Into<String>) -> Verdict {
        Verdict {
            evidence: Evidence::Declared,
            ..Verdict::new(kind, reason)
        }
    }

    /// A copy of the article body (`dedupe`).
    pub fn body_copy(reason: impl Into<String>) -> Verdict {
        Verdict {
            evidence: Evidence::BodyCopy,
            ..Verdict::new(Kind::Repeat, reason)
        }
    }
}

/// Result of [`classify`]: a verdict for the topmost node of each clutter block (boxed: most
/// nodes have none, and an empty slot is then 8 bytes, not a `Verdict`'s 32).
pub type Verdicts = Vec<Option<Box<Verdict>>>;

/// The text of a removed block for its preview: like [`Document::text_content`], but with a
/// space wherever an element other than inline formatting starts or ends ("Politics" and
/// "19 Aug 2025" in two list items do not run together).
pub fn block_text(doc: &Document, id: NodeId) -> String {
    SubtreeText::new(doc, Skip::NeverProseSubtrees)
        .with_breaks()
        .folded(id)
}

/// Splits `class`/`id` values into tokens, each preceded by its `-`/`_` parts (compare them
/// ignoring ASCII case). In a page builder's block (a value holding one of its layout names,
/// see [`rules::LAYOUT_PREFIXES`]) the layout words say nothing: SiteOrigin writes
/// "so-panel widget widget_text", Elementor "elementor-widget-text-editor". Such tokens
/// contribute their other parts only. A token saying what the element holds or lacks
/// ("has-rail-right") contributes nothing, nor does a utility class with a variant or an
/// arbitrary value ([`is_utility_class`]).
fn name_tokens(value: &str) -> impl Iterator<Item = &str> + '_ {
    let builder = value.split_whitespace().any(is_layout_name);
    value
        .split_whitespace()
        .filter(|tok| !is_state_name(tok) && !is_utility_class(tok))
        .flat_map(move |tok| {
            let layout = builder && tok.split(['-', '_']).any(is_layout_word);
            tok.split(['-', '_'])
                .filter(move |p| !(p.is_empty() || (layout && is_layout_word(p))))
                .chain((!layout).then_some(tok))
        })
}

/// Whether a class token is a utility framework's styling with a variant or an arbitrary value
/// (Tailwind, UnoCSS: "lg:hidden", "pt-[calc(var(--banner-height))]"): it says how the
/// element looks, never what it is, and the words inside are CSS (a variable named "banner").
/// Names never hold these characters.
fn is_utility_class(token: &str) -> bool {
    token.contains([':', '[', '(', '/'])
}

/// Whether a class/id token says what the element holds or lacks ("has-rail-right",
/// "no_comments"; [`rules::STATE_PREFIXES`]) rather than what it is.
fn is_state_name(token: &str) -> bool {
    token.split_once(['-', '_']).is_some_and(|(head, rest)| {
        !rest.is_empty()
            && rules::STATE_PREFIXES
                .iter()
                .any(|p| p.eq_ignore_ascii_case(head))
    })
}

fn is_layout_word(part: &str) -> bool {
    rules::LAYOUT_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(part))
}

/// Whether a class/id token is a page builder's layout name ("elementor-widget-text-editor",
/// "wp-block-group", "et_pb_text_inner"), compared ignoring ASCII case.
pub fn is_layout_name(token: &str) -> bool {
    static LAYOUT: LazyPrefixes = LazyPrefixes::new(rules::LAYOUT_PREFIXES);
    LAYOUT.starting(token).is_some()
}

/// `value` (a lower-cased `class`/`id`) without layout words when it names a page builder's
/// block, for substring matching ("elementor-widget-text-editor", "so-panel widget" are not
/// widgets).
pub fn without_layout_words(value: &str) -> std::borrow::Cow<'_, str> {
    if !value.split_whitespace().any(is_layout_name) {
        return std::borrow::Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len());
    for tok in value.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if is_layout_name(tok) || tok.split(['-', '_']).any(is_layout_word) {
            let mut t = tok.to_string();
            for w in rules::LAYOUT_WORDS {
                t = t.replace(w, "");
            }
            out.push_str(&t);
        } else {
            out.push_str(tok);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The kind [`rules::CLASS_TOKENS`] gives `token` (compared ignoring ASCII case), a word of
/// another language matched as the English word it is read as.
fn class_token_kind(token: &str) -> Option<Kind> {
    static TABLE: crate::patterns::LazyKeyed<Kind> =
        crate::patterns::LazyKeyed::new(rules::CLASS_TOKENS);
    let token = crate::class_words::in_english(token).unwrap_or(token);
    TABLE.get_ignoring_case(token).copied()
}

/// Elements that may hold the article; never marked by class tokens alone.
fn is_structural(tag: &str) -> bool {
    matches!(tag, "html" | "body" | "main" | "article" | "head")
}

fn verdict(kind: Kind, reason: impl Into<String>) -> Option<Verdict> {
    Some(Verdict::new(kind, reason))
}

/// Shared state of one classification.
struct Ctx<'a> {
    doc: &'a Document,
    stats: &'a Stats,
    /// Each node's text, folded once for the passes that read many small blocks.
    text: FoldedText,
    facts: structure::Facts,
    verdicts: Verdicts,
    /// Verdicts that may be split into their parts when parts have their own verdicts (a page
    /// `<header>` holding a language switch, a menu and its mobile copy).
    container: Vec<bool>,
    /// Whether each node sits inside `<pre>` or `<code>`: there class names are syntax
    /// highlighting ("hljs-comment") and strings are the program's ("'Loading...'"), never
    /// labels or page parts.
    in_code: Vec<bool>,
    page_text: u32,
    /// The page's consent overlays ([`consent`]).
    overlays: consent::Overlays,
}

impl Ctx<'_> {
    /// Too big and prose-like to be clutter: more than 1,500 unlinked characters and 30% of the
    /// page's text.
    fn big(&self, id: NodeId) -> bool {
        let s = &self.stats[id];
        let plain = s.text_len.saturating_sub(s.link_len);
        plain > 1500 && f64::from(plain) > 0.3 * f64::from(self.page_text) && s.link_density() < 0.3
    }

    /// Holds most of the page's text: a wrapper around the page (a `<form>` around a whole
    /// ASP.NET page of product rows), never one widget.
    fn holds_most_text(&self, id: NodeId) -> bool {
        f64::from(self.stats[id].text_len) > 0.5 * f64::from(self.page_text)
    }

    /// Never marked by weak signals: structural elements, big prose blocks and anything
    /// holding the article body.
    fn protected(&self, id: NodeId) -> bool {
        is_structural(self.doc.tag(id)) || self.big(id) || self.facts.holds_anchor(id)
    }

    fn set(&mut self, id: NodeId, v: Option<Verdict>) -> bool {
        match (v, self.verdicts.get(id)) {
            (Some(v), Some(None)) => {
                self.verdicts[id] = Some(Box::new(v));
                true
            }
            _ => false,
        }
    }

    /// For each node, whether it or an ancestor has a verdict (containers excepted), in one
    /// forward pass.
    fn coverage(&self) -> Vec<bool> {
        let n = self.doc.nodes.len();
        let mut covered = vec![false; n];
        for id in 1..n {
            let parent = self.doc.nodes[id].parent();
            covered[id] = covered[parent] || (self.verdicts[id].is_some() && !self.container[id]);
        }
        covered
    }

    /// The text of a small subtree (at most `max_nodes` nodes), or `None`: reading text only
    /// from small subtrees keeps every pass linear.
    fn small_text(&self, id: NodeId, max_nodes: usize) -> Option<&str> {
        (self.facts.end[id] - id <= max_nodes).then(|| self.text.of(id))
    }
}

/// For each node, whether it sits inside `<pre>` or `<code>` (parents come first).
fn in_code(doc: &Document) -> Vec<bool> {
    let mut in_code = vec![false; doc.nodes.len()];
    for id in 1..doc.nodes.len() {
        let parent = doc.nodes[id].parent();
        in_code[id] = in_code[parent] || matches!(doc.tag(parent), "pre" | "code");
    }
    in_code
}

/// What the page declares itself to be (in its metadata), where that changes what is clutter.
#[derive(Debug, Clone, Copy, Default)]
pub struct Declared<'a> {
    /// A shop's page for one product, not an article: its customer reviews are clutter
    /// ([`Kind::Reviews`]), as a review article's text is not.
    pub product: bool,
    /// The addresses of the page in other languages (`<link rel="alternate" hreflang>`): a
    /// list of links to them is a language switch, wherever it stands.
    pub language_versions: &'a [String],
    /// The host of the page's address, when it is known (links to it are the site's own).
    pub page_host: Option<&'a str>,
}

/// The smallest element holding most of the page's prose, consent overlays left out
/// ([`structure::prose_anchor`]): the article's body, roughly.
pub(crate) fn prose_anchor(doc: &Document, stats: &Stats) -> NodeId {
    let overlays = consent::overlays(doc);
    structure::prose_anchor(doc, stats, |id| overlays.contains(id))
}

/// Classifies every node of `doc`. `stats` comes from [`crate::stats::compute`].
pub fn classify(doc: &Document, stats: &Stats, declared: Declared<'_>) -> Verdicts {
    let n = doc.nodes.len();
    let text = FoldedText::new(doc);
    let overlays = consent::overlays(doc);
    let facts = structure::compute(
        doc,
        stats,
        &text,
        &structure::LinkTargets {
            share: &SHARE_URLS,
            tag: &TAG_URLS,
            language_versions: &structure::VersionAddresses::new(declared.language_versions),
            page_host: declared.page_host,
        },
        structure::prose_anchor(doc, stats, |id| overlays.contains(id)),
    );
    let mut cx = Ctx {
        doc,
        stats,
        text,
        facts,
        verdicts: vec![None; n],
        container: vec![false; n],
        in_code: in_code(doc),
        page_text: stats.get(0).map_or(0, |s| s.text_len).max(1),
        overlays,
    };
    mark_elements(&mut cx);
    placeholder::mark(&mut cx);
    if declared.product {
        mark_reviews(&mut cx);
    }
    mark_labelled_blocks(&mut cx);
    mark_phrases(&mut cx);
    mark_link_lists(&mut cx);
    split_containers(&mut cx);
    keep_topmost(&cx.facts, &mut cx.verdicts);
    cx.verdicts
}

/// Signals carried by each element itself: `hidden`, tags, roles, ARIA, class/id tokens,
/// share-button and tag-page links, counters and skip links.
fn mark_elements(cx: &mut Ctx) {
    let doc = cx.doc;
    let mut in_article = vec![false; doc.nodes.len()];
    for id in 1..doc.nodes.len() {
        let parent = doc.nodes[id].parent();
        in_article[id] = in_article[parent] || matches!(doc.tag(parent), "article" | "main");
        let NodeData::Element(e) = &doc.nodes[id].data else {
            continue;
        };
        if cx.in_code[id] {
            continue;
        }
        let tag = e.tag.as_str();
        if tag == "header" && !in_article[id] && !cx.protected(id) {
            let s = &cx.stats[id];
            if s.link_density() > 0.5 && s.links > 3 {
                cx.container[id] = true;
                cx.set(id, verdict(Kind::Menu, "link-heavy page header"));
                continue;
            }
        }
        let v = if cx.stats[id].hidden && !matches!(tag, "html" | "body") {
            verdict(Kind::Hidden, "not displayed")
        } else {
            semantic(cx, id, tag, in_article[id])
                .or_else(|| consent_overlay(cx, id))
                .or_else(|| role(cx, id, e))
                .or_else(|| {
                    if cx.protected(id) {
                        None
                    } else {
                        class_tokens(e).or_else(|| links(cx, id))
                    }
                })
        };
        cx.set(id, v);
        if tag == "a" && is_call_to_action(cx, id) {
            // The verdict goes on the outermost element holding only the button (the block the
            // model judges), so the model cannot put its wrapper back.
            let top = lone_wrapper(cx, id);
            let v = verdict(Kind::Form, "call-to-action button");
            if !cx.set(top, v.clone()) {
                cx.set(id, v);
            }
        }
    }
}

/// The outermost ancestor of `id` (or `id`) whose text is all `id`'s: not a structural
/// element, nor one holding the article's body.
fn lone_wrapper(cx: &Ctx, id: NodeId) -> NodeId {
    let len = cx.stats[id].text_len;
    let mut top = id;
    loop {
        let parent = cx.doc.parent(top);
        if parent == top
            || cx.stats[parent].text_len != len
            || is_structural(cx.doc.tag(parent))
            || cx.facts.holds_anchor(parent)
        {
            return top;
        }
        top = parent;
    }
}

/// On a product page, the customer reviews: the topmost elements whose class or id names
/// reviews ("customer-reviews_feature_div", "woocommerce-tabs-panel--reviews",
/// "jdgm-review-widget") or whose microdata is a review, whatever their size (a shop's reviews
/// often outweigh its description), but never the element holding the page's first `<h1>`
/// (the product's name) or the page itself.
fn mark_reviews(cx: &mut Ctx) {
    let doc = cx.doc;
    let first_h1 = (1..doc.nodes.len()).find(|&id| doc.tag(id) == "h1");
    let names_reviews = |t: &str| {
        rules::REVIEW_TOKENS
            .iter()
            .any(|r| r.eq_ignore_ascii_case(t))
    };
    let mut covered_until = 0;
    for id in 1..doc.nodes.len() {
        let Some(e) = doc.element(id) else { continue };
        if id < covered_until || cx.in_code[id] || cx.stats[id].text_len == 0 {
            continue;
        }
        let named = ["class", "id"].into_iter().any(|attr| {
            e.attr(attr)
                .is_some_and(|v| name_tokens(v).any(names_reviews))
        });
        let microdata = e
            .attr("itemprop")
            .is_some_and(|p| p.split_whitespace().any(names_reviews));
        if !(named || microdata)
            || is_structural(&e.tag)
            || first_h1.is_some_and(|h| doc.contains(id, h))
        {
            continue;
        }
        let reason = if microdata {
            "review (microdata)"
        } else {
            "customer reviews"
        };
        if cx.set(id, verdict(Kind::Reviews, reason)) {
            covered_until = cx.facts.end[id];
        }
    }
}

fn semantic(cx: &Ctx, id: NodeId, tag: &str, in_article: bool) -> Option<Verdict> {
    let s = &cx.stats[id];
    match tag {
        "nav" if !cx.facts.holds_anchor(id) => verdict(Kind::Menu, "<nav>"),
        "marquee" => verdict(Kind::Ticker, "<marquee>"),
        "footer" if !cx.facts.holds_anchor(id) && (!in_article || s.link_density() > 0.3) => {
            verdict(Kind::Footer, "<footer>")
        }
        "aside" if !cx.big(id) && !cx.facts.holds_anchor(id) => {
            verdict(Kind::Recirculation, "<aside>")
        }
        "form" if !cx.big(id) && !cx.facts.holds_anchor(id) && !cx.holds_most_text(id) => {
            verdict(Kind::Form, "<form>")
        }
        "button" | "select" | "input" | "textarea" | "dialog" => {
            // A button's label can say more than "control" ("Listen", "Share").
            let label = (s.text_len > 0 && s.text_len <= 40)
                .then(|| cx.small_text(id, 40))
                .flatten()
                .and_then(label_kind);
            match label {
                Some((kind, l)) if kind != Kind::Banner => verdict(kind, format!("button '{l}'")),
                _ => verdict(Kind::Form, "control"),
            }
        }
        "a" if is_close_control(cx, id) => verdict(Kind::Form, "close control"),
        "a" if s.text_len <= 60
            && cx
                .doc
                .element(id)
                .and_then(|e| e.attr("href"))
                .is_some_and(|h| h.starts_with('#'))
            && cx.small_text(id, 40).is_some_and(labels::is_skip_link) =>
        {
            verdict(Kind::Menu, "skip link")
        }
        _ => None,
    }
}

/// A link used as a button: `href="#"`/`javascript:` with a one- or two-letter text ("x", "×")
/// or a "close" label.
fn is_close_control(cx: &Ctx, id: NodeId) -> bool {
    let Some(e) = cx.doc.element(id) else {
        return false;
    };
    let href = e.attr("href").unwrap_or("#").trim();
    if !(href == "#" || href.is_empty() || href.starts_with("javascript:")) {
        return false;
    }
    let label = e.attr("aria-label").unwrap_or("").to_lowercase();
    let closes = rules::CLOSE_LABELS.iter().any(|c| label.contains(c));
    let s = &cx.stats[id];
    let tiny = s.text_len > 0
        && s.text_len <= 2
        && cx
            .small_text(id, 20)
            .is_some_and(|t| !t.chars().any(|c| c.is_numeric()));
    closes || tiny
}

/// A consent platform's banner or preference center, whatever its size ([`consent`]).
fn consent_overlay(cx: &Ctx, id: NodeId) -> Option<Verdict> {
    let why = cx.overlays.reason(id)?;
    if cx.facts.holds_anchor(id) {
        return None;
    }
    verdict(Kind::Consent, format!("consent overlay '{why}'"))
}

/// A link styled as a button (its class or id names one: "btn", "button", "cta") with a short
/// label, standing on its own ("Book Your Free Demo", "Talk to a specialist", "Shop Now"): a
/// call to action, not the page's text. A button-styled link inside a sentence stays.
fn is_call_to_action(cx: &Ctx, id: NodeId) -> bool {
    let s = &cx.stats[id];
    if s.text_len == 0 || s.text_len > MAX_CTA_CHARS || in_a_line(cx.doc, id) {
        return false;
    }
    let Some(e) = cx.doc.element(id) else {
        return false;
    };
    let styled = [e.attr("class"), e.attr("id")]
        .into_iter()
        .flatten()
        .flat_map(name_tokens)
        .any(|part| {
            rules::BUTTON_NAMES
                .iter()
                .any(|b| b.eq_ignore_ascii_case(part))
        });
    if !styled {
        return false;
    }
    // On its own: the parent holds nothing but links (this one, or a row of buttons).
    let parent = &cx.stats[cx.doc.parent(id)];
    parent.text_len <= parent.link_len
        && cx
            .small_text(id, 20)
            .is_some_and(|t| text::word_count(t) <= MAX_CTA_WORDS)
}

/// Longest label of a call to action, in characters and words ([`is_call_to_action`]).
const MAX_CTA_CHARS: u32 = 60;
const MAX_CTA_WORDS: usize = 6;

fn role(cx: &Ctx, id: NodeId, e: &crate::dom::Element) -> Option<Verdict> {
    if cx.facts.holds_anchor(id) || is_structural(&e.tag) {
        return None;
    }
    let s = &cx.stats[id];
    if let Some(r) = e.attr("role") {
        let r = r.to_ascii_lowercase();
        if let Some(&(name, kind)) = rules::ROLES
            .iter()
            .find(|(name, _)| r.split_whitespace().any(|x| x == *name))
        {
            return verdict(kind, format!("role '{name}'"));
        }
        // Live regions listing several items are tickers.
        if r.split_whitespace()
            .any(|x| matches!(x, "log" | "status" | "timer"))
            && (s.items >= 3 || s.links >= 3)
        {
            return verdict(Kind::Ticker, format!("live region (role '{r}')"));
        }
    }
    if let Some(live) = e.attr("aria-live") {
        if matches!(live, "polite" | "assertive") && (s.items >= 3 || s.links >= 3) {
            return verdict(Kind::Ticker, format!("live region (aria-live '{live}')"));
        }
    }
    if let Some(label) = e.attr("aria-label") {
        let label = label.to_lowercase();
        if let Some(&(l, kind)) = rules::ARIA_LABELS.iter().find(|(l, _)| label.contains(l)) {
            if s.text_len <= 2000 {
                return verdict(kind, format!("aria-label '{l}'"));
            }
        }
    }
    let itemtype = e.attr("itemtype").unwrap_or("");
    if itemtype.ends_with("BreadcrumbList") {
        return Some(Verdict::declared(Kind::Menu, "breadcrumb list"));
    }
    None
}

fn class_tokens(e: &crate::dom::Element) -> Option<Verdict> {
    // The first matching token wins, except that the vague "error"/"alert" tokens give way to
    // any other ("alert disclaimer-box" is a disclaimer).
    let mut weak: Option<Verdict> = None;
    // A custom element's name is a name its author chose, like a class
    // ("devsite-content-footer", "amp-ad", "site-header").
    let custom_name = Some(e.tag.as_str()).filter(|t| t.contains('-'));
    for (attr, value) in [
        ("class", e.attr("class")),
        ("id", e.attr("id")),
        ("tag", custom_name),
    ] {
        let Some(value) = value else { continue };
        let english = crate::class_words::in_english(value).unwrap_or(value);
        if rules::CONTENT_TOKENS
            .iter()
            .any(|t| t.eq_ignore_ascii_case(english))
        {
            continue;
        }
        for token in name_tokens(value) {
            if let Some(kind) = class_token_kind(token) {
                let v = Some(Verdict::by_name(
                    kind,
                    format!("{attr} '{}'", text::preview(value, 40)),
                ));
                if kind != Kind::Banner {
                    return v;
                }
                weak = weak.or(v);
            }
        }
    }
    weak
}

/// Blocks made of share buttons or tag-page links, counters ("2 Shares"), a script's value
/// printed as text ("false"), and a forum post's details (its poster's statistics, its edit
/// notice).
fn links(cx: &Ctx, id: NodeId) -> Option<Verdict> {
    let s = &cx.stats[id];
    let f = &cx.facts;
    if let Some(v) = pagination(cx, id) {
        return Some(v);
    }
    if let Some(v) = contents(cx, id) {
        return Some(v);
    }
    if s.links == 1 && s.text_len <= 8 && is_post_number(cx, id) {
        return verdict(Kind::Form, "post number link");
    }
    // Share buttons: at least two share links and hardly any other text.
    if f.share_links[id] >= 2 && s.text_len.saturating_sub(f.share_text[id]) <= 12 {
        return verdict(
            Kind::Share,
            format!("{} share-button links", f.share_links[id]),
        );
    }
    // Links to the page's own versions in other languages, four in five of a block's links
    // with little text around them ("Language: en"): a language switch, wherever it stands.
    let languages = f.language_links[id];
    let text_links = f.text_links[id];
    if languages >= 2 && languages * 10 >= text_links * 8 && s.link_density() >= 0.3 {
        return verdict(
            Kind::Languages,
            format!("{languages} of {text_links} links to the page in other languages"),
        );
    }
    // Tag lists: mostly links to tag pages.
    if f.tag_links[id] >= 2 && f.tag_links[id] * 10 >= s.links * 7 && s.link_density() > 0.6 {
        return verdict(
            Kind::Tags,
            format!("{} links to tag pages", f.tag_links[id]),
        );
    }
    if s.text_len > 0
        && s.text_len <= 15
        && f.end[id] - id <= 4
        && matches!(cx.doc.tag(id), "div" | "span" | "p")
        // In the flow of the article's paragraphs, not a value in a table or a code sample.
        && cx.stats[cx.doc.nodes[id].parent()].paragraphs >= 2
        && !matches!(
            cx.doc.tag(cx.doc.nodes[id].parent()),
            "code" | "pre" | "td" | "li"
        )
    {
        let t = cx.text.of(id).trim();
        if let Some(&v) = rules::SCRIPT_VALUES
            .iter()
            .find(|v| v.eq_ignore_ascii_case(t))
        {
            return verdict(Kind::Form, format!("script value '{v}'"));
        }
    }
    if s.text_len > 0
        && s.text_len <= 40
        && f.end[id] - id <= 20
        && !matches!(cx.doc.tag(id), "p" | "h1" | "h2" | "time")
    {
        if let Some(word) = counter(cx.text.of(id)) {
            return verdict(Kind::Share, format!("counter '{word}'"));
        }
        if let Some(label) = poster_detail(cx.text.of(id)) {
            return verdict(Kind::PostDetails, format!("poster's details '{label}'"));
        }
    }
    if s.text_len > 0
        && s.text_len <= labels::EDIT_NOTICE_CHARS
        && f.end[id] - id <= 20
        && !matches!(cx.doc.tag(id), "h1" | "h2" | "h3")
    {
        if let Some(label) = labels::edit_notice(cx.text.of(id)) {
            return verdict(Kind::PostDetails, format!("edit notice '{label}'"));
        }
    }
    None
}

/// Links a table of contents has at least, worded ones (not footnote marks or a code
/// listing's line numbers).
const CONTENTS_MIN_LINKS: u32 = 3;
/// Text outside the links a table of contents may hold (a label), and per link (its number).
const CONTENTS_OTHER_CHARS: u32 = 40;
const CONTENTS_OTHER_CHARS_PER_LINK: u32 = 4;

/// A table of contents or an in-page tab list: [`CONTENTS_MIN_LINKS`] worded links or more,
/// every link to a place on this page and at least four in five of those places there, and
/// little text besides (a sentence introducing a list of key points is more). Whatever its
/// language or markup; a list of footnotes (prose with back-links) is not one.
fn contents(cx: &Ctx, id: NodeId) -> Option<Verdict> {
    let (s, f) = (&cx.stats[id], &cx.facts);
    let (to_places, landing) = (f.fragment_links[id], f.landing_links[id]);
    let other = s.text_len.saturating_sub(s.link_len);
    (landing >= CONTENTS_MIN_LINKS
        && f.worded_fragment_links[id] >= CONTENTS_MIN_LINKS
        && to_places == f.text_links[id]
        && landing * 5 >= to_places * 4
        && other <= CONTENTS_OTHER_CHARS.max(CONTENTS_OTHER_CHARS_PER_LINK * landing))
    .then(|| {
        Verdict::new(
            Kind::Contents,
            format!("{landing} links to places on the page"),
        )
    })
}

/// Text outside the links a pagination block may hold ("Page 1 of 12", "Seite 2 von 3").
const PAGINATION_OTHER_CHARS: u32 = 30;

/// Pagination: a block of at least two links, each a page number, an arrow or a next/previous
/// word ("1 2 3 Next »", "‹ Previous | Next ›", "Seite 1 von 3 · Nächste Seite"), and at most
/// [`PAGINATION_OTHER_CHARS`] characters of other text; or one next/previous link standing
/// alone ("Page suivante", "Older posts"). Not the article's content in a reader that shows one
/// page.
fn pagination(cx: &Ctx, id: NodeId) -> Option<Verdict> {
    let s = &cx.stats[id];
    let other = s.text_len.saturating_sub(s.link_len);
    let alone = lone_link(s);
    if !(alone || (2..=40).contains(&s.links)) || s.text_len > 300 || other > PAGINATION_OTHER_CHARS
    {
        return None;
    }
    let doc = cx.doc;
    let mut words = 0;
    for d in doc.subtree(id) {
        if let Some(a) = doc.element(d).filter(|e| e.tag == "a") {
            // A link within the page (a code listing's line numbers, footnotes) is not to
            // another page.
            let in_page = a.attr("href").is_none() || a.links_within_page();
            let t = cx.text.of(d);
            if in_page || !labels::is_page_link(t) {
                return None;
            }
            words += usize::from(t.chars().any(char::is_alphabetic));
        }
    }
    // Numbers alone ("1 2 3") could be a list of footnote links: one link must say "next",
    // or the numbers must run on for three or more; a link alone must say it.
    let pages = if alone {
        words == 1 && !in_a_line(doc, id)
    } else {
        words > 0 || s.links >= 3
    };
    pages.then(|| Verdict::new(Kind::Pagination, format!("{} page links", s.links)))
}

/// Whether `id` (holding one link) reads "#" and a number, standing alone: a forum post's
/// permalink ("#2", "#17", or "#" before a linked "17", as vBulletin writes it), a control
/// beside the post, not its text.
fn is_post_number(cx: &Ctx, id: NodeId) -> bool {
    let t = cx.text.of(id).trim();
    t.strip_prefix('#').is_some_and(|n| {
        let n = n.trim_start();
        (1..=5).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
    }) && !in_a_line(cx.doc, id)
}

/// Whether a block holds one link and no text outside it (a lone "Page suivante", "#2"); see
/// [`in_a_line`] for whether it stands on its own line.
fn lone_link(s: &NodeStats) -> bool {
    s.links == 1 && s.text_len <= s.link_len
}

/// Whether `id` is a link with text beside it in its parent ("Read on: <a>next</a>").
fn in_a_line(doc: &Document, id: NodeId) -> bool {
    if doc.tag(id) != "a" {
        return false;
    }
    let (before, after) = doc.children(doc.parent(id)).beside(id);
    let text = |c: Option<NodeId>| {
        c.and_then(|c| doc.text(c))
            .is_some_and(|t| !t.trim().is_empty())
    };
    text(before) || text(after)
}

/// Tags that can carry a label ("Most Read", "BREAKING", "Comments"…).
fn is_label_tag(tag: &str) -> bool {
    matches!(
        tag,
        "h1" | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "strong"
            | "b"
            | "span"
            | "div"
            | "p"
            | "li"
            | "label"
            | "summary"
            | "legend"
            | "header"
            | "dt"
    )
}

/// Whether the block a label opens has the shape of its kind.
fn fits(cx: &Ctx, kind: Kind, block: NodeId) -> bool {
    let s = &cx.stats[block];
    match kind {
        Kind::Ticker | Kind::Recirculation | Kind::Tags | Kind::Menu | Kind::Contents => {
            rail_like(s) || cx.facts.headline_links[block] >= 2
        }
        _ => s.text_len <= if cx.facts.in_anchor(block) { 400 } else { 1500 },
    }
}

/// Marks blocks introduced by a clutter label ("Most Read", "BREAKING", "عاجل"…): the label must
/// be the first text of the block.
fn mark_labelled_blocks(cx: &mut Ctx) {
    let doc = cx.doc;
    // Covered before this pass, or by a block this pass marked (blocks are ancestors of their
    // label, so a watermark suffices while walking forward).
    let covered = cx.coverage();
    let mut covered_until = 0;
    for id in 1..doc.nodes.len() {
        let Some(e) = doc.element(id) else { continue };
        let len = cx.stats[id].text_len;
        // Small subtrees only: reading their text keeps the pass linear.
        if !is_label_tag(&e.tag)
            || cx.in_code[id]
            || len == 0
            || len > 200
            || cx.facts.end[id] - id > 40
        {
            continue;
        }
        let label = cx.text.of(id);
        // A label opening a linked headline on its own line ("Also read: <a>…</a>") marks that
        // line: a rail of one inside the body.
        let lead = (cx.stats[id].link_density() >= 0.5)
            .then(|| lead_in_label(doc, id))
            .flatten()
            .filter(|&(kind, _)| kind == Kind::Recirculation);
        let Some((kind, matched)) = label_kind(label).or(lead) else {
            continue;
        };
        let exact = labels::is_exact_label(label);
        // A control is its label alone ("Learn more", "Reply with quote"); "Learn more about
        // the plan" is a heading of the page.
        if kind == Kind::Form && !exact && lead.is_none() {
            continue;
        }
        // A label followed by a headline ("Read also: …") must sit on a link-heavy line.
        if !exact && !e.tag.starts_with('h') && cx.stats[id].link_density() < 0.5 && len > 40 {
            continue;
        }
        if kind == Kind::Banner && !cx.facts.before_anchor(id) {
            continue;
        }
        if covered.get(id).copied().unwrap_or(true) || id < covered_until {
            continue;
        }
        let mut block = id;
        for anc in doc.ancestors(id) {
            if cx.protected(anc) || cx.facts.first_text[anc] != cx.facts.first_text[id] {
                break;
            }
            if cx.stats[anc].text_len <= cx.stats[id].text_len + 2 {
                block = anc;
                continue;
            }
            if fits(cx, kind, anc) {
                block = anc;
            }
            break;
        }
        // A lone label (an empty rail, an "Advertisement" line) is marked by itself, unless it is
        // a link (a menu item named "Live"); a control's label ("Report error") is often a link.
        // A lead-in line is marked by itself.
        if block == id
            && lead.is_none()
            && (!exact || (cx.stats[id].link_density() > 0.5 && kind != Kind::Form))
        {
            continue;
        }
        // A label is a line of its own: a word set apart inside running text ("the plan was
        // <strong>Trending</strong> upward") is a word of the sentence.
        if block == id && in_running_text(cx, id) {
            continue;
        }
        // A label standing alone ("More:", "Jobs") heads the link list that follows it.
        let list = (cx.stats[block].text_len <= len + 2)
            .then(|| listed_after(cx, kind, block))
            .flatten();
        if cx.set(block, verdict(kind, format!("label '{matched}'"))) {
            covered_until = covered_until.max(cx.facts.end[block]);
            if let Some(list) = list {
                if cx.set(list, verdict(kind, format!("list under label '{matched}'"))) {
                    covered_until = covered_until.max(cx.facts.end[list]);
                }
            }
        }
    }
}

/// Whether element `id` is a phrase element inside running text: a `strong`, `b`, `span` or
/// `label` whose parent holds more than a couple of characters of text outside it and outside
/// links (a sentence around it, not a headline link beside it).
fn in_running_text(cx: &Ctx, id: NodeId) -> bool {
    let parent = cx.doc.parent(id);
    if parent == id || !matches!(cx.doc.tag(id), "strong" | "b" | "span" | "label") {
        return false;
    }
    let (p, own) = (&cx.stats[parent], &cx.stats[id]);
    let plain = |s: &NodeStats| s.text_len.saturating_sub(s.link_len);
    plain(p).saturating_sub(plain(own)) > 2
}

/// The label before the first link of a small element, when the text before that link is one
/// ("Read also:", "Lire aussi :", "Related"), with its kind.
fn lead_in_label(doc: &Document, id: NodeId) -> Option<(Kind, &'static str)> {
    let mut lead = String::new();
    for n in doc.subtree(id).skip(1) {
        match &doc.nodes[n].data {
            NodeData::Element(e) if e.tag == "a" => break,
            NodeData::Text(t) => lead.push_str(doc.span_text(*t)),
            _ => {}
        }
        if lead.len() > 60 {
            return None;
        }
    }
    label_kind(&lead).filter(|_| labels::is_exact_label(&lead))
}

/// The link list right after a lone label `block` (its next sibling with text), when the label
/// introduces lists (rails, tickers, tags, promotions) and the sibling is one: links, or
/// headline links, and not the article body.
fn listed_after(cx: &Ctx, kind: Kind, block: NodeId) -> Option<NodeId> {
    if !matches!(
        kind,
        Kind::Recirculation | Kind::Ticker | Kind::Tags | Kind::Ad | Kind::Menu | Kind::Contents
    ) {
        return None;
    }
    let next = cx
        .doc
        .children(cx.doc.parent(block))
        .after(block)?
        .iter()
        .find(|&c| cx.stats[c].text_len > 0)?;
    let s = &cx.stats[next];
    let listed = is_link_block(s) || (cx.facts.headline_links[next] >= 2 && rail_like(s));
    (listed && !cx.protected(next)).then_some(next)
}

/// Marks short blocks holding a prompt, consent or error phrase ("Follow us on our official
/// WhatsApp channel", "We use cookies", "the page you were looking for").
fn mark_phrases(cx: &mut Ctx) {
    let doc = cx.doc;
    // Blocks marked here are skipped with their subtrees, so coverage from before the pass is
    // enough.
    let covered = cx.coverage();
    let mut buf = String::new();
    let mut skip = 0;
    for id in 1..doc.nodes.len() {
        if id < skip {
            continue;
        }
        if doc.element(id).is_none() {
            continue;
        }
        let len = cx.stats[id].text_len;
        if len == 0 || len > 600 || cx.facts.end[id] - id > 300 || cx.protected(id) {
            continue;
        }
        // A program's text is not the page's ("We use cookies" in a code sample).
        if cx.in_code[id] || matches!(doc.tag(id), "pre" | "code") {
            skip = cx.facts.end[id];
            continue;
        }
        // Checked once per topmost small block: its descendants hold a part of its text.
        skip = cx.facts.end[id];
        if covered.get(id).copied().unwrap_or(true) {
            continue;
        }
        let Some((kind, phrase)) = labels::phrase_kind(cx.text.of(id), &mut buf) else {
            continue;
        };
        let limit = match kind {
            Kind::Consent => 600,
            // A player's fallback line, not a paragraph that mentions one.
            Kind::Media => 120,
            Kind::Banner if !cx.facts.before_anchor(id) => 0,
            _ if cx.facts.in_anchor(id) => 200,
            _ => 300,
        };
        if len <= limit {
            cx.set(id, verdict(kind, format!("phrase '{phrase}'")));
        } else if doc
            .children(id)
            .iter()
            .any(|c| crate::html::is_block(doc.tag(c)))
        {
            // Too long for its kind (a short body in a compact script holding a "follow us"
            // line): the phrase is looked for in the block's parts (not in the words of one
            // paragraph).
            skip = id + 1;
        }
    }
}

/// Whether a block looks like a rail or strip rather than prose: mostly links, or many short
/// lines.
fn rail_like(s: &NodeStats) -> bool {
    if s.text_len > 4000 {
        return false;
    }
    s.link_density() > 0.3 || (s.text_nodes >= 3 && s.text_len / s.text_nodes.max(1) < 140)
}

/// A block made of links: at least three, and at least 70% of its text.
fn is_link_block(s: &NodeStats) -> bool {
    s.links >= 3 && s.link_density() >= 0.7
}

/// Whether the text outside the links of `id` is only separators ("Home › World › Europe").
fn separators_only(doc: &Document, f: &structure::Facts, id: NodeId) -> bool {
    let mut i = id + 1;
    let mut seen = false;
    while i < f.end[id] {
        match &doc.nodes[i].data {
            NodeData::Element(e) if e.tag == "a" || crate::html::is_never_prose(&e.tag) => {
                i = f.end[i];
                continue;
            }
            NodeData::Text(t) => {
                for c in doc.span_text(*t).chars().filter(|c| !c.is_whitespace()) {
                    if !matches!(c, '>' | '›' | '»' | '/' | '|' | '→' | '·' | '•' | '<' | '‹')
                    {
                        return false;
                    }
                    seen = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    seen
}

/// Fewest headline links of a reading list ([`reading_list`]).
const READING_LIST_HEADLINES: u32 = 3;
/// Most words of a reading list's label line ("More helpful articles by …:").
const READING_LIST_LABEL_WORDS: usize = 12;

/// Whether the link block `id`, in or beside the article's body, is a reading list the article
/// ends with ("Related reads:", "If you liked this post you might also like:", "Other posts you
/// may enjoy", in any language): at least [`READING_LIST_HEADLINES`] links, half of them
/// headlines and four in five to other pages of the site (a list of sources links elsewhere),
/// introduced by a heading (its own first child, or the element before it) or by a short line
/// ending in a colon; after at least twice its text of the body, and with no more of the
/// body's text after it than its own. `Some(label)`: the element before it that introduces it,
/// if that is where its label is. `text_before` is the page's text before each node, made by
/// the first call.
fn reading_list(
    cx: &Ctx,
    id: NodeId,
    text_before: &mut Option<Vec<u64>>,
) -> Option<Option<NodeId>> {
    let (doc, f) = (cx.doc, &cx.facts);
    let links = f.text_links[id];
    let headlines = f.headline_links[id];
    if headlines < READING_LIST_HEADLINES
        || headlines * 2 < links
        || f.site_links[id] * 5 < links * 4
    {
        return None;
    }
    let is_heading = |e: NodeId| matches!(doc.tag(e), "h2" | "h3" | "h4" | "h5" | "h6");
    let first_child = doc.children(id).iter().find(|&c| doc.element(c).is_some());
    let intro = if first_child.is_some_and(is_heading) {
        None
    } else {
        // The element before it (a text between them must be blank).
        let siblings = doc.children(doc.nodes[id].parent());
        let mut before = siblings.beside(id).0?;
        if doc.element(before).is_none() && cx.text.of(before).trim().is_empty() {
            before = siblings.beside(before).0?;
        }
        doc.element(before)?;
        let label = cx.text.of(before);
        let short = text::word_count(label) <= READING_LIST_LABEL_WORDS;
        if !(short && (is_heading(before) || label.trim_end().ends_with(':'))) {
            return None;
        }
        Some(before)
    };
    // Where it stands in the body: the text before it and after it.
    let body = if f.in_anchor(id) {
        f.anchor
    } else {
        f.anchor_parent
    };
    let own = u64::from(cx.stats[id].text_len);
    // The text of the nodes before each node, summed once per page: a page of many lists reads
    // each one's place in constant time.
    let text_before = text_before.get_or_insert_with(|| {
        let mut sum = 0u64;
        let mut upto = Vec::with_capacity(doc.nodes.len() + 1);
        for n in 0..doc.nodes.len() {
            upto.push(sum);
            if doc.text(n).is_some() {
                sum += u64::from(cx.stats[n].text_len);
            }
        }
        upto.push(sum);
        upto
    });
    let upto = |n: NodeId| text_before.get(n).copied().unwrap_or(0);
    let before = upto(intro.unwrap_or(id)).saturating_sub(upto(body));
    let after = upto(f.end[body]).saturating_sub(upto(f.end[id]));
    (before >= 2 * own && after <= own).then_some(intro)
}

/// Element signature for comparing siblings (`div.card`).
fn signature(doc: &Document, id: NodeId) -> (&str, &str) {
    let e = doc.element(id);
    (
        e.map_or("", |e| e.tag.as_str()),
        e.and_then(|e| e.attr("class")).unwrap_or(""),
    )
}

/// Marks link blocks outside the article body by structure: menus (short links), tickers
/// (headlines before the article), rails (headlines after it) and copies of earlier blocks.
fn mark_link_lists(cx: &mut Ctx) {
    let doc = cx.doc;
    let inner = inner_verdicts(cx);
    // Built by the first candidate reading list ([`reading_list`]).
    let mut text_before = None;
    let mut skip = 0;
    for id in 1..doc.nodes.len() {
        if id < skip || doc.element(id).is_none() {
            continue;
        }
        if cx.verdicts[id].is_some() && !cx.container[id] {
            skip = cx.facts.end[id];
            continue;
        }
        let s = cx.stats[id];
        // Blocks holding marked parts are looked at part by part.
        if !is_link_block(&s) || cx.protected(id) || inner.get(id).is_some_and(|&c| c > 0) {
            continue;
        }
        if cx.facts.in_anchor(id) || cx.facts.near_anchor(id) {
            if let Some(intro) = reading_list(cx, id, &mut text_before) {
                let links = cx.facts.text_links[id];
                let list = Verdict::after_body(
                    Kind::Recirculation,
                    format!("reading list after the article ({links} links)"),
                );
                cx.set(id, Some(list));
                if let Some(intro) = intro {
                    let label = Verdict::after_body(Kind::Recirculation, "a reading list's label");
                    cx.set(intro, Some(label));
                }
                skip = cx.facts.end[id];
                continue;
            }
        }
        if cx.facts.in_anchor(id) {
            continue;
        }
        // A group of different link blocks (a header with a language switch, a menu and a
        // region list) is looked at part by part.
        let parts: Vec<NodeId> = doc
            .children(id)
            .iter()
            .filter(|&c| is_link_block(&cx.stats[c]))
            .collect();
        if parts.len() >= 2 {
            let first = signature(doc, parts[0]);
            if parts.iter().any(|&p| signature(doc, p) != first) {
                continue;
            }
        }
        let f = &cx.facts;
        let links = f.text_links[id].max(1);
        let repeated = f.repeat_links[id];
        let headlines = f.headline_links[id];
        let is_copy = repeated * 10 >= links * 7;
        // Next to the article body, in its own container, link lists are often the article's
        // (references, "see also"); only labels and other signals mark them.
        let near = f.near_anchor(id);
        if near && !is_copy {
            continue;
        }
        skip = f.end[id];
        let v = if separators_only(doc, f, id) {
            verdict(Kind::Menu, format!("breadcrumb trail ({links} links)"))
        } else if f.language_links[id] >= 2 {
            verdict(Kind::Languages, format!("language switch ({links} links)"))
        } else if is_copy {
            if headlines * 2 >= links {
                verdict(
                    Kind::Repeat,
                    format!("{repeated} of {links} links repeat earlier links"),
                )
            } else {
                verdict(
                    Kind::Menu,
                    format!("copy of an earlier menu ({repeated} of {links} links repeat)"),
                )
            }
        } else if headlines >= 3 && headlines * 2 >= links {
            if f.before_anchor(id) && headlines >= 4 {
                verdict(
                    Kind::Ticker,
                    format!("{headlines} headline links before the article"),
                )
            } else {
                verdict(
                    Kind::Recirculation,
                    format!("{headlines} headline links outside the article"),
                )
            }
        } else if f.tag_links[id] * 2 >= links {
            verdict(
                Kind::Tags,
                format!("{} links to tag pages", f.tag_links[id]),
            )
        } else if f.after_anchor(id) {
            verdict(Kind::Menu, format!("{links} short links after the article"))
        } else {
            verdict(Kind::Menu, format!("{links} short links"))
        };
        if cx.container[id] {
            // The whole header is one link block.
            cx.container[id] = false;
            cx.verdicts[id] = v.map(Box::new);
        } else {
            cx.set(id, v);
        }
    }
}

/// A container verdict whose parts have their own verdicts is replaced by them; its other
/// parts get the container's verdict, so each block is reported under its own kind.
fn split_containers(cx: &mut Ctx) {
    let doc = cx.doc;
    let inner = inner_verdicts(cx);
    for id in 1..doc.nodes.len() {
        if !cx.container[id] || inner[id] == 0 {
            continue;
        }
        let Some(v) = cx.verdicts[id].take() else {
            continue;
        };
        for c in doc.children(id) {
            if cx.verdicts[c].is_none() && inner[c] == 0 && cx.stats[c].text_len > 0 {
                cx.verdicts[c] = Some(v.clone());
            }
        }
    }
}

/// Number of verdicts strictly inside each subtree (container verdicts not counted).
fn inner_verdicts(cx: &Ctx) -> Vec<u32> {
    let n = cx.doc.nodes.len();
    let mut inner = vec![0u32; n];
    for id in (1..n).rev() {
        let parent = cx.doc.nodes[id].parent();
        if parent != id {
            let own = cx.verdicts[id].is_some() && !cx.container[id];
            let add = inner[id] + u32::from(own);
            inner[parent] += add;
        }
    }
    inner
}

/// Clears verdicts nested inside another verdict, so each block is reported once. A verdict
/// resting on a name (`<div class="breadcrumb">`) takes the evidence of a verdict of the same
/// kind it covers that the page's markup declares (its `BreadcrumbList`): the block is what
/// the page says it is.
fn keep_topmost(facts: &structure::Facts, verdicts: &mut Verdicts) {
    let mut covered_until = 0;
    let mut cover = 0;
    for id in 1..verdicts.len() {
        if id < covered_until {
            let Some(inner) = verdicts[id].take() else {
                continue;
            };
            if let Some(outer) = verdicts[cover].as_deref_mut() {
                if inner.evidence == Evidence::Declared
                    && outer.evidence == Evidence::Name
                    && outer.kind == inner.kind
                {
                    outer.evidence = Evidence::Declared;
                }
            }
        } else if verdicts[id].is_some() {
            covered_until = facts.end[id];
            cover = id;
        }
    }
}

#[cfg(test)]
mod tests;
