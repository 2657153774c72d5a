//! Page facts for clutter detection, each computed in one linear pass: subtree ends, the first
//! text of each subtree, the rough position of the article ("prose anchor"), and per-link facts
//! (share-button targets, tag-page targets, links to the page in other languages, whether the
//! same link text appeared earlier).
//!
//! No verdicts and no rule tables here: which link targets are share endpoints or tag pages
//! is the rules' (passed in as [`LinkTargets`]); [`super`] combines these facts with the rules.

use std::collections::{HashMap, HashSet};

use crate::dom::{Document, Element, NodeData, NodeId};
use crate::folded::FoldedText;
use crate::patterns::LazyPatterns;
use crate::stats::Stats;
use crate::text;

/// The link targets the per-link facts count: share and tag pages as substrings of a
/// lower-cased `href`, the page's language versions as addresses.
pub struct LinkTargets<'a> {
    /// Share endpoints ("facebook.com/sharer"…).
    pub share: &'a LazyPatterns,
    /// Tag and topic pages ("/tag/"…).
    pub tag: &'a LazyPatterns,
    /// The page's own versions in other languages, as its metadata declares them.
    pub language_versions: &'a VersionAddresses<'a>,
    /// The page's host, when its address is known: a link to it is a link within the site.
    pub page_host: Option<&'a str>,
}

/// The addresses of a page's declared language versions, in the forms links write them.
pub struct VersionAddresses<'a> {
    /// As declared, without fragment or trailing slash.
    full: HashSet<&'a str>,
    /// After the scheme ("//example.org/fr/guide", protocol-relative links).
    after_scheme: HashSet<&'a str>,
    /// The path on the host ("/fr/guide"); never the bare home page.
    path: HashSet<&'a str>,
}

impl<'a> VersionAddresses<'a> {
    pub fn new(versions: &'a [String]) -> Self {
        let mut a = Self {
            full: HashSet::new(),
            after_scheme: HashSet::new(),
            path: HashSet::new(),
        };
        for v in versions {
            let v = without_fragment(v);
            if v.is_empty() {
                continue;
            }
            a.full.insert(v);
            if let Some((_, rest)) = v.split_once("://") {
                a.after_scheme.insert(rest);
                if let Some(at) = rest.find('/') {
                    a.path.insert(&rest[at..]);
                }
            }
        }
        a
    }

    /// Whether link address `href` is one of the versions. A link to a place in a page
    /// ("…/guide#install", a table of contents) is not: the page's own address is usually
    /// declared among its versions.
    pub fn names(&self, href: &str) -> bool {
        if self.full.is_empty() || href.contains('#') {
            return false;
        }
        let href = without_fragment(href);
        if let Some(rest) = href.strip_prefix("//") {
            self.after_scheme.contains(rest)
        } else if href.starts_with('/') {
            self.path.contains(href)
        } else {
            !href.is_empty() && self.full.contains(href)
        }
    }
}

/// `url` without its fragment, surrounding whitespace or trailing slashes.
fn without_fragment(url: &str) -> &str {
    url.split('#')
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches('/')
}

/// Facts about the page that the detectors share.
pub struct Facts {
    /// `end[id]`: one past the last node of `id`'s subtree.
    pub end: Vec<NodeId>,
    /// First non-empty text node in each subtree (`usize::MAX` if none).
    pub first_text: Vec<NodeId>,
    /// The smallest element holding most of the page's prose (the article's body, roughly).
    pub anchor: NodeId,
    /// The parent of [`Facts::anchor`] (the anchor itself when that is the page body).
    pub anchor_parent: NodeId,
    /// Links pointing to share endpoints, per subtree.
    pub share_links: Vec<u32>,
    /// Link text inside share links, per subtree.
    pub share_text: Vec<u32>,
    /// Links pointing to tag/topic pages, per subtree.
    pub tag_links: Vec<u32>,
    /// Links with visible text to the page's own versions in other languages, per subtree: by
    /// their own `hreflang` or `lang`, or by an address the page declares as such a version (never also
    /// a tag link: "/fr/topics/models/" is this page in French).
    pub language_links: Vec<u32>,
    /// Links whose text already appeared as a link earlier on the page, per subtree.
    pub repeat_links: Vec<u32>,
    /// Links whose text is headline-like (five words or more), per subtree.
    pub headline_links: Vec<u32>,
    /// Links with visible text, per subtree.
    pub text_links: Vec<u32>,
    /// Those of [`Facts::text_links`] that lead to another page of the same site: a relative
    /// address, or one on the page's host (`www.` aside); not a place on this page, per
    /// subtree.
    pub site_links: Vec<u32>,
    /// Links with visible text to a place on this page (`href="#name"`), per subtree.
    pub fragment_links: Vec<u32>,
    /// Those of [`Facts::fragment_links`] whose place exists: an element with that `id` (or an
    /// `<a name>`), or a heading reading as the link (the page's script gives the headings
    /// their ids), per subtree.
    pub landing_links: Vec<u32>,
    /// Those of [`Facts::fragment_links`] whose text holds a letter (not a footnote mark or a
    /// line number), per subtree.
    pub worded_fragment_links: Vec<u32>,
}

impl Facts {
    /// Whether `id` ends before the article body starts.
    pub fn before_anchor(&self, id: NodeId) -> bool {
        self.end[id] <= self.anchor
    }

    /// Whether `id` starts after the article body ends.
    pub fn after_anchor(&self, id: NodeId) -> bool {
        id >= self.end[self.anchor]
    }

    /// Whether `id` is inside the article body (or is it).
    pub fn in_anchor(&self, id: NodeId) -> bool {
        id >= self.anchor && id < self.end[self.anchor]
    }

    /// Whether `id` is inside the element that holds the article body, but not in the body.
    pub fn near_anchor(&self, id: NodeId) -> bool {
        let p = self.anchor_parent;
        !self.in_anchor(id) && id > p && id < self.end[p]
    }

    /// Whether `id` contains the article body.
    pub fn holds_anchor(&self, id: NodeId) -> bool {
        id <= self.anchor && self.end[id] >= self.end[self.anchor]
    }
}

/// The smallest element holding most of the page's prose (at least 60 % of the plain text of
/// its paragraphs, `pre` and `blockquote` blocks of 60 characters or more), starting from
/// `body`: the article's body, roughly. The prose of elements `never_article` names (the
/// rules' consent overlays) is left out. One backwards sweep and one walk down.
pub(crate) fn prose_anchor(
    doc: &Document,
    stats: &Stats,
    never_article: impl Fn(NodeId) -> bool,
) -> NodeId {
    let n = doc.nodes.len();
    // Prose: plain text of paragraph-like blocks, summed up the tree.
    let mut prose = vec![0u64; n];
    for id in (1..n).rev() {
        let s = &stats[id];
        if matches!(doc.tag(id), "p" | "pre" | "blockquote")
            && s.text_len >= 60
            && s.link_density() < 0.3
        {
            prose[id] = u64::from(s.text_len - s.link_len);
        }
        if never_article(id) {
            prose[id] = 0;
        }
        let parent = doc.nodes[id].parent();
        if parent != id {
            let add = prose[id];
            prose[parent] += add;
        }
    }
    doc.majority_holder(|id| prose[id])
}

/// Largest link text (in characters) read for the repeated-link check.
const MAX_LINK_TEXT: u32 = 200;

/// Computes [`Facts`] for `doc`.
pub fn compute(
    doc: &Document,
    stats: &Stats,
    folded: &FoldedText,
    targets: &LinkTargets<'_>,
    anchor: NodeId,
) -> Facts {
    let n = doc.nodes.len();
    let end = doc.subtree_ends();

    let mut first_text = vec![usize::MAX; n];
    for id in 1..n {
        if doc.text(id).is_some_and(|t| !t.trim().is_empty()) && stats[id].text_len > 0 {
            first_text[id] = id;
            let mut cur = doc.nodes[id].parent();
            while first_text[cur] == usize::MAX {
                first_text[cur] = id;
                if cur == 0 {
                    break;
                }
                cur = doc.nodes[cur].parent();
            }
        }
    }

    // Per-link facts, then summed bottom-up.
    let mut share_links = vec![0u32; n];
    let mut share_text = vec![0u32; n];
    let mut tag_links = vec![0u32; n];
    let mut language_links = vec![0u32; n];
    let mut repeat_links = vec![0u32; n];
    let mut headline_links = vec![0u32; n];
    let mut text_links = vec![0u32; n];
    let mut site_links = vec![0u32; n];
    let mut fragment_links = vec![0u32; n];
    let mut landing_links = vec![0u32; n];
    let mut worded_fragment_links = vec![0u32; n];
    let mut seen: HashMap<String, NodeId> = HashMap::new();
    // The in-page links and the places they name; then which places exist.
    let mut to_places: Vec<(NodeId, &str)> = Vec::new();
    let mut places: HashMap<&str, bool> = HashMap::new();
    for id in 1..n {
        let NodeData::Element(e) = &doc.nodes[id].data else {
            continue;
        };
        if e.tag != "a" {
            continue;
        }
        if stats[id].text_len > 0
            && (e.attr("hreflang").is_some()
                || e.attr("lang").is_some()
                || e.attr("href")
                    .is_some_and(|h| targets.language_versions.names(h)))
        {
            language_links[id] = 1;
        }
        let href = e.attr("href").unwrap_or("").to_ascii_lowercase();
        if targets.share.found_in(&href) {
            share_links[id] = 1;
            share_text[id] = stats[id].text_len;
        }
        if targets.tag.found_in(&href) && language_links[id] == 0 {
            tag_links[id] = 1;
        }
        let len = stats[id].text_len;
        if len > 0 {
            text_links[id] = 1;
            site_links[id] = u32::from(within_site(&href, targets.page_host));
            if let Some(place) = fragment(e) {
                fragment_links[id] = 1;
                worded_fragment_links[id] =
                    u32::from(folded.of(id).chars().any(char::is_alphabetic));
                to_places.push((id, place));
                places.insert(place, false);
            }
        }
        if len == 0 || len > MAX_LINK_TEXT || end[id] - id > 50 {
            continue;
        }
        let key = folded.of(id).to_lowercase();
        if text::word_count(&key) >= 5 {
            headline_links[id] = 1;
        }
        match seen.get(&key) {
            // Earlier, and not an enclosing link.
            Some(&first) if end[first] <= id => repeat_links[id] = 1,
            Some(_) => {}
            None => {
                seen.insert(key, id);
            }
        }
    }
    if !places.is_empty() {
        for node in &doc.nodes {
            if let NodeData::Element(e) = &node.data {
                let named = e
                    .attr("id")
                    .or_else(|| e.attr("name").filter(|_| e.tag == "a"));
                if let Some(found) = named.and_then(|name| places.get_mut(name)) {
                    *found = true;
                }
            }
        }
        // A place the page's script makes when it runs (ids added to the headings) is known by
        // its heading: a link reading as a heading of the page leads to it.
        let mut headings: Option<HashSet<String>> = None;
        for &(id, place) in &to_places {
            let lands = places.get(place) == Some(&true) || {
                let headings = headings.get_or_insert_with(|| {
                    (1..n)
                        .filter(|&h| crate::html::is_heading(doc.tag(h)))
                        .map(|h| folded.of(h).trim().to_lowercase())
                        .filter(|t| !t.is_empty())
                        .collect()
                });
                headings.contains(&folded.of(id).trim().to_lowercase())
            };
            landing_links[id] = u32::from(lands);
        }
    }
    for id in (1..n).rev() {
        let parent = doc.nodes[id].parent();
        if parent == id {
            continue;
        }
        fragment_links[parent] += fragment_links[id];
        landing_links[parent] += landing_links[id];
        worded_fragment_links[parent] += worded_fragment_links[id];
        share_links[parent] += share_links[id];
        share_text[parent] += share_text[id];
        tag_links[parent] += tag_links[id];
        language_links[parent] += language_links[id];
        repeat_links[parent] += repeat_links[id];
        headline_links[parent] += headline_links[id];
        text_links[parent] += text_links[id];
        site_links[parent] += site_links[id];
    }

    // The article's own container; the page body is not one.
    let anchor_parent = Some(doc.nodes[anchor].parent())
        .filter(|&p| !matches!(doc.tag(p), "body" | "html"))
        .unwrap_or(anchor);
    Facts {
        end,
        first_text,
        anchor,
        anchor_parent,
        share_links,
        share_text,
        tag_links,
        language_links,
        repeat_links,
        headline_links,
        text_links,
        site_links,
        fragment_links,
        landing_links,
        worded_fragment_links,
    }
}

/// Whether two hosts are the same, ASCII case and a leading `www.` aside (no allocation: it is
/// asked for every link of the page).
fn same_host(a: &str, b: &str) -> bool {
    fn bare(h: &str) -> &str {
        match h.get(..4) {
            Some(www) if www.eq_ignore_ascii_case("www.") => h.get(4..).unwrap_or(""),
            _ => h,
        }
    }
    bare(a).eq_ignore_ascii_case(bare(b))
}

/// Whether a (lower-cased) `href` leads to another page of the site whose host is `page_host`:
/// a relative address (not a place on this page, not another scheme), or an absolute one on
/// that host, `www.` or not. Without the page's host only relative addresses do.
fn within_site(href: &str, page_host: Option<&str>) -> bool {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return false;
    }
    let on_page_host = |host: &str| page_host.is_some_and(|p| same_host(host, p));
    if let Some(rest) = href.strip_prefix("//") {
        return on_page_host(rest.split(['/', '?', '#', ':']).next().unwrap_or(""));
    }
    match crate::url::host(href) {
        Some(host) => on_page_host(host),
        // No http(s) host: relative, unless it names another scheme ("mailto:", "tel:").
        None => !href
            .split(['/', '?', '#'])
            .next()
            .is_some_and(|first| first.contains(':')),
    }
}

/// The place an in-page link leads to: `name` of `href="#name"` (not a bare `#`, which
/// scripts use for buttons).
fn fragment(e: &Element) -> Option<&str> {
    let place = e.attr("href")?.trim().strip_prefix('#')?;
    (!place.is_empty()).then_some(place)
}
