//! A light document tree: an arena of elements and text nodes in document order.
//!
//! The tree is what the streaming parse (`parse`) leaves behind: tag names, decoded attribute
//! values and decoded text, nothing else (no comments, no script or style bodies). Nodes are stored
//! in document order, so a node's index is always greater than its parent's: iterating the arena
//! backwards visits children before parents, which lets every analysis run bottom-up without
//! recursion (pages can nest 100,000 deep).
//!
//! The tree is the largest thing alive while a page is cleaned, so it is stored compactly: a
//! [`Node`] (48 bytes) is its data and two `u32` links (its parent, where its children start),
//! and all the child lists share one array of `u32` ids, filled in one pass once every node is
//! pushed ([`Document::children`] reads it as a [`Children`] view of [`NodeId`]s). Tag and
//! attribute names are [`Name`]s, which allocate nothing for the standard ones; every text
//! node's text is a [`TextSpan`] of one buffer the document holds (no allocation per text
//! node); attribute values and attribute lists are boxed slices, with no spare capacity.
//!
//! This module does not parse, score or serialise; it stores, navigates and reads text
//! ([`SubtreeText`], the one walker over a subtree's text). What hides an element is its
//! business too ([`Element::is_hidden`], [`Element::is_probably_hidden`]).

use std::ops::ControlFlow;

use crate::names::Name;
use crate::{html, text};

/// Index of a node in [`Document::nodes`]. The document node is always `0`.
pub type NodeId = usize;

/// The document node's id.
pub const ROOT: NodeId = 0;

/// An element's attribute, name lower-cased, value with character references decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attr {
    /// Lower-case attribute name.
    pub name: Name,
    /// Decoded attribute value.
    pub value: Box<str>,
}

/// An element node.
#[derive(Debug, Clone)]
pub struct Element {
    /// Lower-case local name (`div`, `p`, `svg`…).
    pub tag: Name,
    /// Attributes in source order; event handler attributes are never stored.
    pub attrs: Box<[Attr]>,
}

impl Element {
    /// The value of attribute `name`, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.name == name)
            .map(|a| &*a.value)
    }

    /// Whether this element's `href` (leading spaces aside) is a fragment of the page itself
    /// ("#section-2").
    pub fn links_within_page(&self) -> bool {
        self.attr("href")
            .is_some_and(|h| h.trim_start().starts_with('#'))
    }

    /// Whether the page hides this element: its own `hidden` (not `hidden="until-found"`, a
    /// collapsed section the browser opens for find-in-page), `aria-hidden="true"`, a `popover`
    /// attribute (a popover is not displayed until a button or script opens it), or an inline
    /// `display: none` / `visibility: hidden`. What scripts may show later (`reveal`),
    /// what the clutter passes report as not displayed and where a hidden copy of the body sits
    /// (`dedupe`) follow this.
    pub fn is_hidden(&self) -> bool {
        self.hiding().hides(false)
    }

    /// Whether a reader does not see this element, as Readability judges it (the negation of
    /// its `_isProbablyVisible`): [`Element::is_hidden`], except that an `aria-hidden` element
    /// whose class names `fallback-image` counts as shown (it is the visible copy of a lazy
    /// image). The article choice, the statistics and the page-wide prose test follow this.
    pub fn is_probably_hidden(&self) -> bool {
        self.hiding().hides(true)
    }

    /// Whether this element is text for screen readers only (its class is one of
    /// [`SCREEN_READER_ONLY`]): the page's style keeps it out of sight ("(opens in a new
    /// window)", "Posted on", a user's "Offline" status), so what a reader shows and a byline
    /// read off the page leave it out. The analysis still reads it: it is not hidden.
    pub fn is_for_screen_readers_only(&self) -> bool {
        self.attr("class").is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|t| SCREEN_READER_ONLY.iter().any(|s| t.eq_ignore_ascii_case(s)))
        })
    }

    /// [`Element::is_hidden`] and [`Element::is_probably_hidden`] from one scan of the
    /// attributes (`stats` keeps both for every element once `reveal` is done).
    pub(crate) fn hidden_flags(&self) -> (bool, bool) {
        let h = self.hiding();
        // Hidden as Readability judges it implies hidden.
        let hidden = h.hides(false);
        (hidden, hidden && h.hides(true))
    }

    /// The attributes that can hide the element, read in one scan.
    fn hiding(&self) -> Hiding<'_> {
        let mut h = Hiding::default();
        let mut aria_seen = false;
        for a in &self.attrs {
            match a.name.as_str() {
                // `until-found`: a collapsed section the browser opens when find-in-page or a
                // link reaches it (mobile Wikipedia's sections): the page's own text.
                "hidden" => h.hidden = !a.value.trim().eq_ignore_ascii_case("until-found"),
                "popover" => h.popover = true,
                "aria-hidden" if !aria_seen => {
                    aria_seen = true;
                    h.aria_hidden = &*a.value == "true";
                }
                "style" if h.style.is_none() => h.style = Some(&a.value),
                "class" if h.class.is_none() => h.class = Some(&a.value),
                _ => {}
            }
        }
        h
    }
}

/// Class names that hide an element from sight and leave it to screen readers (Bootstrap's
/// `sr-only`, `visually-hidden`, WordPress's `screen-reader-text`, Drupal's
/// `element-invisible`, Foundation's `show-for-sr` and their kin).
const SCREEN_READER_ONLY: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "u-visually-hidden",
    "is-visually-hidden",
    "hidden-visually",
    "screen-reader-text",
    "screen-reader-only",
    "screenreader-only",
    "element-invisible",
    "show-for-sr",
    "a11y-hidden",
    "assistive-text",
];

/// What an element's own attributes say about hiding it (see [`Element::hiding`]).
#[derive(Debug, Default, Clone, Copy)]
struct Hiding<'a> {
    /// A `hidden` attribute other than `until-found`.
    hidden: bool,
    /// A `popover` attribute, whatever its value (`auto`, `manual`, `hint`): the element is
    /// `display: none` until it is opened.
    popover: bool,
    /// The first `aria-hidden` attribute is `"true"`.
    aria_hidden: bool,
    /// The first `style` attribute.
    style: Option<&'a str>,
    /// The first `class` attribute.
    class: Option<&'a str>,
}

impl Hiding<'_> {
    /// `hidden`, `popover`, `aria-hidden="true"` (unless `aria_exception` and the class says
    /// `fallback-image`: the visible copy of a lazy image, as Readability treats it), or an inline
    /// `display: none` / `visibility: hidden`.
    fn hides(&self, aria_exception: bool) -> bool {
        self.hidden
            || self.popover
            || (self.aria_hidden
                && !(aria_exception && self.class.is_some_and(|c| c.contains("fallback-image"))))
            || self.style.is_some_and(style_hides)
    }
}

/// Whether an inline style, read without whitespace and ASCII case, contains `display:none`
/// or `visibility:hidden`. Reads the declarations through a small window, without copying.
fn style_hides(style: &str) -> bool {
    const PATTERNS: [&[u8]; 2] = [b"display:none", b"visibility:hidden"];
    let mut window = [0u8; 17];
    if style.is_ascii() {
        // The same reading byte by byte (ASCII whitespace as `char::is_whitespace` has it).
        for &b in style.as_bytes() {
            if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
                continue;
            }
            window.copy_within(1.., 0);
            window[16] = b.to_ascii_lowercase();
            if matches!(window[16], b'e' | b'n') && PATTERNS.iter().any(|p| window.ends_with(p)) {
                return true;
            }
        }
        return false;
    }
    for c in style.chars().filter(|c| !c.is_whitespace()) {
        window.copy_within(1.., 0);
        window[16] = if c.is_ascii() {
            c.to_ascii_lowercase() as u8
        } else {
            0
        };
        // Both patterns end in 'e' or 'n': only then can one have just been completed.
        if matches!(window[16], b'e' | b'n') && PATTERNS.iter().any(|p| window.ends_with(p)) {
            return true;
        }
    }
    false
}

/// What a node is.
#[derive(Debug, Clone)]
pub enum NodeData {
    /// The document itself (id 0).
    Document,
    /// An element.
    Element(Element),
    /// A text node with its character references decoded: where its text lies in the
    /// document's text buffer ([`Document::text`] reads it).
    Text(TextSpan),
}

/// Where a text node's text lies in its [`Document`]'s text buffer: every text node's text is
/// one range of one `String`, so a page's thousands of text nodes make no allocation each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextSpan {
    start: u32,
    end: u32,
}

impl TextSpan {
    /// The span of bytes `start..end` (`None` past `u32::MAX` bytes).
    fn new(start: usize, end: usize) -> Option<TextSpan> {
        Some(TextSpan {
            start: u32::try_from(start).ok()?,
            end: u32::try_from(end).ok()?,
        })
    }

    /// The span's byte range in the buffer.
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One node of the arena: its data and where its parent and children are. The links are `u32`
/// (the parser refuses a tree of more than `u32::MAX` nodes) and the child ids live
/// in one array shared by the whole document (see [`Document::children`]).
#[derive(Debug, Clone)]
pub struct Node {
    /// Parent id; the document's parent is itself.
    parent: u32,
    /// Where this node's child ids start in [`Document`]'s child array; they end where the next
    /// node's start (the array's end for the last node).
    children_at: u32,
    /// Element, text or document.
    pub data: NodeData,
}

impl Node {
    /// Parent id; the document's parent is itself.
    pub fn parent(&self) -> NodeId {
        self.parent as NodeId
    }
}

/// A node's child ids in document order: a view of the document's child array.
#[derive(Debug, Clone, Copy)]
pub struct Children<'a>(&'a [u32]);

/// The iterator of [`Children::iter`].
pub type ChildIter<'a> =
    std::iter::Map<std::iter::Copied<std::slice::Iter<'a, u32>>, fn(u32) -> NodeId>;

impl<'a> Children<'a> {
    /// The child ids in document order.
    pub fn iter(&self) -> ChildIter<'a> {
        self.0.iter().copied().map(widen)
    }

    /// How many children there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first child.
    pub fn first(&self) -> Option<NodeId> {
        self.0.first().copied().map(widen)
    }

    /// The last child.
    pub fn last(&self) -> Option<NodeId> {
        self.0.last().copied().map(widen)
    }

    /// The children just before and just after child `id` (`None` where there is none, or when
    /// `id` is not one of them).
    pub fn beside(&self, id: NodeId) -> (Option<NodeId>, Option<NodeId>) {
        let Some(at) = u32::try_from(id)
            .ok()
            .and_then(|id| self.0.binary_search(&id).ok())
        else {
            return (None, None);
        };
        let get = |i: Option<usize>| i.and_then(|i| self.0.get(i)).copied().map(widen);
        (get(at.checked_sub(1)), get(Some(at + 1)))
    }

    /// The children after child `id`, or `None` if `id` is not one of them.
    pub fn after(&self, id: NodeId) -> Option<Children<'a>> {
        let at = self.0.binary_search(&u32::try_from(id).ok()?).ok()?;
        self.0.get(at + 1..).map(Children)
    }
}

impl<'a> IntoIterator for Children<'a> {
    type Item = NodeId;
    type IntoIter = ChildIter<'a>;

    fn into_iter(self) -> ChildIter<'a> {
        self.iter()
    }
}

/// A stored `u32` link as a [`NodeId`].
fn widen(id: u32) -> NodeId {
    id as NodeId
}

/// The parsed page.
#[derive(Debug, Clone)]
pub struct Document {
    /// All nodes in document order; `nodes[0]` is the document.
    pub nodes: Vec<Node>,
    /// Every node's child ids, grouped by parent in id order (so in document order within a
    /// group); filled by [`Document::link_children`] once all nodes are pushed.
    child_ids: Box<[u32]>,
    /// Every text node's text, one after the other ([`TextSpan`] says where each lies).
    text: String,
    /// The hidden click panels `reveal` showed (tab panels, accordion answers), ascending: what
    /// the page kept out of sight until a tab or button was clicked. `dedupe` reads it (the
    /// other panels of a set of tabs are alternatives to the first, not copies).
    pub opened_panels: Vec<NodeId>,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            nodes: vec![Node {
                parent: 0,
                children_at: 0,
                data: NodeData::Document,
            }],
            child_ids: Box::default(),
            text: String::new(),
            opened_panels: Vec::new(),
        }
    }
}

/// The text of a permalink ([`Document::is_permalink`]).
const PERMALINK_SIGNS: [&str; 5] = ["¶", "§", "#", "🔗", "⁋"];

impl Document {
    /// The element at `id`, if it is one.
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes.get(id)?.data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The tag name of `id`, or `""` for text and the document.
    pub fn tag(&self, id: NodeId) -> &str {
        self.element(id).map_or("", |e| e.tag.as_str())
    }

    /// The text of `id` if it is a text node.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match self.nodes.get(id)?.data {
            NodeData::Text(span) => Some(self.span_text(span)),
            _ => None,
        }
    }

    /// The text a span of this document's buffer holds.
    pub fn span_text(&self, span: TextSpan) -> &str {
        self.text.get(span.range()).unwrap_or_default()
    }

    /// Appends a text node holding `text` under `parent` (see [`Document::push`]).
    pub(crate) fn push_text(&mut self, parent: NodeId, text: &str) -> Option<NodeId> {
        let start = self.text.len();
        self.text.push_str(text);
        let span = self.span_from(start)?;
        self.push(parent, NodeData::Text(span))
    }

    /// The span from byte `start` to the end of the buffer (`None` past `u32::MAX` bytes).
    fn span_from(&self, start: usize) -> Option<TextSpan> {
        TextSpan::new(start, self.text.len())
    }

    /// The text buffer, for the parser to write a text node's text into as it streams in: the
    /// open text node's text is always the buffer's tail ([`Document::end_open_text`] closes it).
    pub(crate) fn text_buffer(&mut self) -> &mut String {
        &mut self.text
    }

    /// Makes text node `id` hold the buffer's tail from byte `start` (what the parser wrote for
    /// it). Does nothing if `id` is not a text node or the buffer outgrew `u32` offsets.
    pub(crate) fn end_open_text(&mut self, id: NodeId, start: usize) {
        let span = self.span_from(start);
        if let (Some(span), Some(NodeData::Text(t))) =
            (span, self.nodes.get_mut(id).map(|n| &mut n.data))
        {
            *t = span;
        }
    }

    /// Rewrites every text node's text through `fix` (which returns `None` to keep a text as it
    /// is) into a new buffer, in document order.
    pub(crate) fn rewrite_texts(&mut self, mut fix: impl FnMut(&str) -> Option<String>) {
        let old = std::mem::take(&mut self.text);
        let mut buf = String::with_capacity(old.len());
        for node in &mut self.nodes {
            if let NodeData::Text(span) = &mut node.data {
                let t = old.get(span.range()).unwrap_or_default();
                let start = buf.len();
                match fix(t) {
                    Some(fixed) => buf.push_str(&fixed),
                    None => buf.push_str(t),
                }
                if let Some(new_span) = TextSpan::new(start, buf.len()) {
                    *span = new_span;
                }
            }
        }
        self.text = buf;
    }

    /// Moves this document's text buffer out (for a tree rebuilt from this one's nodes, whose
    /// spans then read it unchanged: [`Document::adopt_text`]).
    pub(crate) fn take_text(&mut self) -> String {
        std::mem::take(&mut self.text)
    }

    /// Takes `text` as this document's buffer (see [`Document::take_text`]).
    pub(crate) fn adopt_text(&mut self, text: String) {
        self.text = text;
    }

    /// The whole text buffer (every text node's text, in document order unless the tree was
    /// rebuilt), for a copy of the tree that keeps the spans.
    pub(crate) fn span_text_all(&self) -> &str {
        &self.text
    }

    /// Gives the buffer's spare capacity back once the tree is complete.
    pub(crate) fn shrink_text(&mut self) {
        self.text.shrink_to_fit();
    }

    /// Whether `id` is a permalink: a link to a place on this page whose text is a permalink
    /// sign alone ("¶", "§", "#", "🔗"), which documentation generators (Sphinx, rustdoc,
    /// Docusaurus) put beside headings, code captions and definitions and show on hover. Not a
    /// link a reader follows, and no text: statistics do not count it as a link and the writer
    /// leaves it out.
    pub fn is_permalink(&self, id: NodeId) -> bool {
        let Some(e) = self.element(id) else {
            return false;
        };
        if e.tag != "a" || !e.links_within_page() {
            return false;
        }
        let subtree = self.subtree(id);
        if subtree.len() > 8 {
            return false;
        }
        let mut text = String::new();
        for n in subtree {
            if let Some(t) = self.text(n) {
                text.push_str(t);
            }
        }
        PERMALINK_SIGNS.contains(&text.trim())
    }

    /// The parent of `id` (the document's is itself; `ROOT` for an id out of range).
    pub fn parent(&self, id: NodeId) -> NodeId {
        self.nodes.get(id).map_or(ROOT, Node::parent)
    }

    /// The children of `id` in document order (none for an id out of range, and none for any
    /// node until [`Document::link_children`] has run).
    pub fn children(&self, id: NodeId) -> Children<'_> {
        let at = |i: NodeId| {
            self.nodes
                .get(i)
                .map_or(self.child_ids.len(), |n| n.children_at as usize)
        };
        Children(self.child_ids.get(at(id)..at(id + 1)).unwrap_or(&[]))
    }

    /// Appends a node under `parent` and returns its id, or `None` once the arena holds
    /// `u32::MAX` nodes. Children are not linked until [`Document::link_children`].
    pub(crate) fn push(&mut self, parent: NodeId, data: NodeData) -> Option<NodeId> {
        let id = self.nodes.len();
        let (Ok(parent), Ok(_)) = (u32::try_from(parent), u32::try_from(id)) else {
            return None;
        };
        self.nodes.push(Node {
            parent,
            children_at: 0,
            data,
        });
        Some(id)
    }

    /// Fills the child array from the parent links, once every node is pushed: a counting sort
    /// of the ids by parent, which keeps each group in document order.
    pub(crate) fn link_children(&mut self) {
        let n = self.nodes.len();
        for node in &mut self.nodes {
            node.children_at = 0;
        }
        // Count each node's children, then turn the counts into where each group ends.
        for id in 1..n {
            let p = self.nodes[id].parent as usize;
            self.nodes[p].children_at += 1;
        }
        let mut end = 0;
        for node in &mut self.nodes {
            end += node.children_at;
            node.children_at = end;
        }
        // Place the ids from the last, moving each group's start down to its first child.
        let mut ids = vec![0u32; n.saturating_sub(1)];
        for id in (1..n).rev() {
            let p = self.nodes[id].parent as usize;
            let at = &mut self.nodes[p].children_at;
            *at -= 1;
            ids[*at as usize] = id as u32;
        }
        self.child_ids = ids.into_boxed_slice();
    }

    /// Ids of `id` and all its descendants, in document order.
    ///
    /// Because ids are assigned in document order and subtrees are contiguous, this is the
    /// range `id..end`, found without recursion.
    pub fn subtree(&self, id: NodeId) -> std::ops::Range<NodeId> {
        let mut last = id;
        while let Some(child) = self.children(last).last() {
            last = child;
        }
        id..last + 1
    }

    /// For every node, the id just past its subtree (so `id..ends[id]` is the subtree), in one
    /// bottom-up sweep: [`Document::subtree`] for all nodes at once, linear however deep the page.
    pub(crate) fn subtree_ends(&self) -> Vec<NodeId> {
        let n = self.nodes.len();
        let mut ends: Vec<NodeId> = (1..=n).collect();
        for id in (1..n).rev() {
            let parent = self.nodes[id].parent();
            if parent < id && ends[parent] < ends[id] {
                ends[parent] = ends[id];
            }
        }
        ends
    }

    /// Whether `ancestor` is `id` or contains it.
    pub fn contains(&self, ancestor: NodeId, id: NodeId) -> bool {
        self.subtree(ancestor).contains(&id)
    }

    /// The chain of ancestors of `id`, nearest first, excluding `id` and the document.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut cur = id;
        std::iter::from_fn(move || {
            let parent = self.nodes.get(cur)?.parent();
            if parent == cur || parent == ROOT {
                return None;
            }
            cur = parent;
            Some(parent)
        })
    }

    /// The first element named `tag` in document order.
    pub fn find_tag(&self, tag: &str) -> Option<NodeId> {
        (0..self.nodes.len()).find(|&i| self.tag(i) == tag)
    }

    /// The smallest node at or below `body` (the root without one) holding at least 60 % of
    /// what `weight` gives it: walks down to the heaviest child while that child holds 60 % of
    /// its parent's weight (`weight` is a node's total, its subtree's included).
    pub(crate) fn majority_holder(&self, weight: impl Fn(NodeId) -> u64) -> NodeId {
        let mut anchor = self.find_tag("body").unwrap_or(0);
        loop {
            let best = self.children(anchor).iter().max_by_key(|&c| weight(c));
            match best {
                Some(c) if weight(c) > 0 && weight(c) * 10 >= weight(anchor) * 6 => anchor = c,
                _ => return anchor,
            }
        }
    }

    /// All text below `id` (inclusive), concatenated in document order, whitespace collapsed,
    /// leaving out what elements such as `script` or `title` hold (`Skip::UnshownText`).
    pub fn text_content(&self, id: NodeId) -> String {
        SubtreeText::new(self, Skip::UnshownText).folded(id)
    }

    /// The text directly inside `id`, as written (a `<noscript>`'s raw markup, a JSON-LD body).
    pub(crate) fn own_text(&self, id: NodeId) -> String {
        self.children(id)
            .iter()
            .filter_map(|c| self.text(c))
            .collect()
    }
}

/// Which text a [`SubtreeText`] leaves out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Nothing: every text node.
    Nothing,
    /// Text directly inside the elements of [`html::holds_unshown_text`] (script and style
    /// bodies, the title…): the page's text as [`Document::text_content`] reads it.
    UnshownText,
    /// Text directly inside the elements of [`html::is_never_prose`] (also the head, form
    /// choices and SVG).
    NeverProseText,
    /// [`html::is_never_prose`] elements with everything they hold.
    NeverProseSubtrees,
}

impl Skip {
    /// Whether a text node whose parent is a `parent_tag` element is left out.
    pub fn skips_text_in(self, parent_tag: &str) -> bool {
        match self {
            Skip::Nothing => false,
            Skip::UnshownText => html::holds_unshown_text(parent_tag),
            Skip::NeverProseText | Skip::NeverProseSubtrees => html::is_never_prose(parent_tag),
        }
    }

    /// Whether a `tag` element is left out with its whole subtree.
    fn skips_subtree_of(self, tag: &str) -> bool {
        self == Skip::NeverProseSubtrees && html::is_never_prose(tag)
    }
}

/// Reads the text of a subtree: the one walker behind every "text of this element" of the
/// stages. What it leaves out is a [`Skip`], optionally with the subtrees a `drop` mask marks;
/// [`SubtreeText::with_breaks`] adds a space wherever a block starts. One forward pass over the
/// subtree's id range, no recursion.
#[derive(Clone, Copy)]
pub struct SubtreeText<'a> {
    doc: &'a Document,
    skip: Skip,
    drop: &'a [bool],
    breaks: bool,
}

impl<'a> SubtreeText<'a> {
    /// A reader of `doc`'s text that leaves out what `skip` says.
    pub fn new(doc: &'a Document, skip: Skip) -> SubtreeText<'a> {
        SubtreeText {
            doc,
            skip,
            drop: &[],
            breaks: false,
        }
    }

    /// Also leaves out every subtree whose root `drop` marks.
    pub fn without(self, drop: &'a [bool]) -> SubtreeText<'a> {
        SubtreeText { drop, ..self }
    }

    /// A space wherever an element other than inline markup ([`html::is_inline_markup`])
    /// starts, so that "Politics" and "19 Aug 2025" in two list items do not run together.
    pub fn with_breaks(self) -> SubtreeText<'a> {
        SubtreeText {
            breaks: true,
            ..self
        }
    }

    /// Calls `f` with each piece of `id`'s text in document order (`" "` for a break) until it
    /// returns [`ControlFlow::Break`].
    pub fn for_each(&self, id: NodeId, mut f: impl FnMut(&'a str) -> ControlFlow<()>) {
        let doc = self.doc;
        let end = doc.subtree(id).end;
        let mut i = id;
        while i < end {
            if self.drop.get(i).copied().unwrap_or(false) {
                i = doc.subtree(i).end;
                continue;
            }
            let piece = match &doc.nodes[i].data {
                NodeData::Text(t) if !self.skip.skips_text_in(doc.tag(doc.nodes[i].parent())) => {
                    Some(doc.span_text(*t))
                }
                NodeData::Element(e) if self.skip.skips_subtree_of(&e.tag) => {
                    i = doc.subtree(i).end;
                    continue;
                }
                NodeData::Element(e) if self.breaks && !html::is_inline_markup(&e.tag) => Some(" "),
                _ => None,
            };
            if piece.is_some_and(|p| f(p).is_break()) {
                return;
            }
            i += 1;
        }
    }

    /// `id`'s text with whitespace folded, no space at either end.
    pub fn folded(&self, id: NodeId) -> String {
        let mut out = String::new();
        self.for_each(id, |t| {
            text::push_collapsed(&mut out, t);
            ControlFlow::Continue(())
        });
        // Folding never starts the text with a space; it may end with one.
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    /// The start of [`SubtreeText::folded`]: reading stops once `max` bytes are in (so words at
    /// the start of many nested blocks cost linear time). It may end with a space.
    pub fn folded_prefix(&self, id: NodeId, max: usize) -> String {
        let mut out = String::new();
        self.for_each(id, |t| {
            if out.len() >= max {
                return ControlFlow::Break(());
            }
            text::push_collapsed(&mut out, t);
            ControlFlow::Continue(())
        });
        out
    }

    /// `id`'s text as written, whitespace kept.
    pub fn raw(&self, id: NodeId) -> String {
        let mut out = String::new();
        self.for_each(id, |t| {
            out.push_str(t);
            ControlFlow::Continue(())
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::style_hides;

    #[test]
    fn subtree_ends_match_subtree() {
        let doc = crate::parse::parse(
            "<div><p>a<b>b</b></p><ul><li>x<li>y</ul></div><p>tail<i>i</i>",
            &crate::Options::default(),
        )
        .unwrap_or_default();
        for (id, &end) in doc.subtree_ends().iter().enumerate() {
            assert_eq!(end, doc.subtree(id).end, "node {id}");
        }
    }

    /// The size the module documentation gives (on 64-bit targets).
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn node_size() {
        assert_eq!(size_of::<super::Node>(), 48);
    }

    /// A popover is hidden whatever its value; `popovertarget` (the button opening it) is not.
    #[test]
    fn popovers_are_hidden() {
        let doc = crate::parse::parse(
            "<button popovertarget=m>Menu</button><div popover id=m>a</div>\
             <div popover=manual>b</div><div popover=hint>c</div>",
            &crate::Options::default(),
        )
        .unwrap_or_default();
        let hidden: Vec<(String, bool)> = (0..doc.nodes.len())
            .filter_map(|id| doc.element(id))
            .filter(|e| e.tag == "button" || e.tag == "div")
            .map(|e| (e.tag.to_string(), e.is_hidden()))
            .collect();
        let want = [
            ("button", false),
            ("div", true),
            ("div", true),
            ("div", true),
        ];
        let want: Vec<(String, bool)> = want.iter().map(|&(t, h)| (t.to_string(), h)).collect();
        assert_eq!(hidden, want);
    }

    /// `hidden="until-found"` is a collapsed section the browser opens for find-in-page.
    #[test]
    fn hidden_until_found_is_shown() {
        let doc = crate::parse::parse(
            "<div hidden=until-found>a</div><div hidden=UNTIL-FOUND>b</div><div hidden>c</div>\
             <div hidden=hidden>d</div>",
            &crate::Options::default(),
        )
        .unwrap_or_default();
        let hidden: Vec<bool> = (0..doc.nodes.len())
            .filter_map(|id| doc.element(id))
            .filter(|e| e.tag == "div")
            .map(super::Element::is_hidden)
            .collect();
        assert_eq!(hidden, [false, false, true, true]);
    }

    #[test]
    fn inline_styles_that_hide() {
        assert!(style_hides("display: none"));
        assert!(style_hides("color:red; DISPLAY : None !important"));
        assert!(style_hides("visibility:\thidden"));
        assert!(style_hides("display:n o n e"));
        assert!(style_hides("display:\u{0B}none\u{0C}"));
        assert!(style_hides(
            "display:\u{a0}none; font-family: \"Noto Sans\""
        ));
        assert!(!style_hides("display: block; visibility: visible"));
        assert!(!style_hides("display:ñone"));
        assert!(!style_hides(""));
    }
}
