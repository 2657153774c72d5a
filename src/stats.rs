//! Per-node text statistics, computed bottom-up in one backwards sweep of the arena.
//!
//! Text length, link text length, clause separators and paragraph counts for every node,
//! counting only text a reader would see (no script/style/template bodies), and whether each
//! element's own markup hides it (judged once here, after `reveal`, and read by every later
//! stage). No decisions here.

use crate::dom::{Document, NodeData};
use crate::text;

/// Statistics for one node (including its descendants).
#[derive(Debug, Default, Clone, Copy)]
pub struct NodeStats {
    /// Visible characters, whitespace folded.
    pub text_len: u32,
    /// Of those, characters inside links.
    pub link_len: u32,
    /// Clause separators (commas in any script).
    pub commas: u32,
    /// `p` elements.
    pub paragraphs: u32,
    /// `img` elements.
    pub images: u32,
    /// Of those, icons: both sides declared and at most [`ICON_PX`] pixels.
    pub icons: u32,
    /// `li` elements.
    pub items: u32,
    /// `a` elements.
    pub links: u32,
    /// Text nodes (non-empty).
    pub text_nodes: u32,
    /// `input` elements.
    pub inputs: u32,
    /// `object`, `embed` and `iframe` elements.
    pub embeds: u32,
    /// Characters inside headings (`h1`–`h6`).
    pub heading_len: u32,
    /// Characters inside lists (`ul`, `ol`).
    pub list_len: u32,
    /// Characters inside text-holding elements (paragraphs, divs, list items, cells, spans…),
    /// as opposed to text directly in this node or only in links and headings.
    pub textish_len: u32,
    /// The element's own markup hides it ([`crate::dom::Element::is_hidden`]). A fact of this node, not a
    /// count: [`NodeStats::add`] and [`NodeStats::remove`] leave it as it is.
    pub hidden: bool,
    /// A reader does not see the element, as Readability judges it
    /// ([`crate::dom::Element::is_probably_hidden`]); not a count either.
    pub probably_hidden: bool,
}

impl NodeStats {
    /// Adds `other`'s counts to these (saturating).
    pub fn add(&mut self, other: &NodeStats) {
        self.combine(other, u32::saturating_add);
    }

    /// Takes `other`'s counts out of these (saturating at zero).
    pub fn remove(&mut self, other: &NodeStats) {
        self.combine(other, u32::saturating_sub);
    }

    /// Applies `op` to each count and the same count of `other`.
    fn combine(&mut self, other: &NodeStats, op: fn(u32, u32) -> u32) {
        self.text_len = op(self.text_len, other.text_len);
        self.link_len = op(self.link_len, other.link_len);
        self.commas = op(self.commas, other.commas);
        self.paragraphs = op(self.paragraphs, other.paragraphs);
        self.images = op(self.images, other.images);
        self.icons = op(self.icons, other.icons);
        self.items = op(self.items, other.items);
        self.links = op(self.links, other.links);
        self.text_nodes = op(self.text_nodes, other.text_nodes);
        self.inputs = op(self.inputs, other.inputs);
        self.embeds = op(self.embeds, other.embeds);
        self.heading_len = op(self.heading_len, other.heading_len);
        self.list_len = op(self.list_len, other.list_len);
        self.textish_len = op(self.textish_len, other.textish_len);
    }

    /// Share of text inside links, 0.0–1.0.
    pub fn link_density(&self) -> f64 {
        if self.text_len == 0 {
            0.0
        } else {
            f64::from(self.link_len) / f64::from(self.text_len)
        }
    }
}

/// Largest side, in pixels, of an image counted as an icon ([`NodeStats::icons`]).
pub const ICON_PX: u32 = 32;

/// An `img` declaring both its width and height, each at most [`ICON_PX`]: a badge or a
/// feature icon beside text, not a photo.
fn is_icon(e: &crate::dom::Element) -> bool {
    let side = |name: &str| {
        e.attr(name)
            .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
    };
    matches!((side("width"), side("height")), (Some(w), Some(h)) if w <= ICON_PX && h <= ICON_PX)
}

/// Computes [`NodeStats`] for every node of `doc`.
pub fn compute(doc: &Document) -> Vec<NodeStats> {
    let n = doc.nodes.len();
    // Forward pass: which nodes are inside a link / inert element (parents come first).
    let mut in_link = vec![false; n];
    let mut inert = vec![false; n];
    let mut stats = vec![NodeStats::default(); n];
    // Whether each element's own markup hides it, read once per element (not once per child).
    for (id, s) in stats.iter_mut().enumerate() {
        if let Some(e) = doc.element(id) {
            (s.hidden, s.probably_hidden) = e.hidden_flags();
        }
    }
    for id in 1..n {
        let parent = doc.nodes[id].parent();
        let ptag = doc.tag(parent);
        in_link[id] = in_link[parent] || ptag == "a";
        // Text a reader never sees (inside hidden elements) counts for nothing either.
        inert[id] =
            inert[parent] || crate::html::is_never_prose(ptag) || stats[parent].probably_hidden;
    }
    for id in (1..n).rev() {
        let node = &doc.nodes[id];
        let mut s = stats[id];
        match &node.data {
            NodeData::Text(t) if !inert[id] => {
                let (len, commas) = text::folded_len_and_commas(t);
                let len = u32::try_from(len).unwrap_or(u32::MAX);
                if len > 0 {
                    s.text_len = len;
                    s.commas = u32::try_from(commas).unwrap_or(u32::MAX);
                    s.text_nodes = 1;
                    if in_link[id] {
                        s.link_len = len;
                    }
                }
            }
            NodeData::Element(e) if !inert[id] => match e.tag.as_str() {
                "p" => {
                    s.paragraphs += 1;
                    s.textish_len = s.text_len;
                }
                "img" => {
                    s.images += 1;
                    if is_icon(e) {
                        s.icons += 1;
                    }
                    s.textish_len = s.text_len;
                }
                "li" => {
                    s.items += 1;
                    s.textish_len = s.text_len;
                }
                "a" => s.links += 1,
                "input" => s.inputs += 1,
                "object" | "embed" | "iframe" => s.embeds += 1,
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => s.heading_len = s.text_len,
                "ul" | "ol" => {
                    s.list_len = s.text_len;
                    s.textish_len = s.text_len;
                }
                "span" | "td" | "blockquote" | "dl" | "div" | "pre" | "table" => {
                    s.textish_len = s.text_len;
                }
                _ => {}
            },
            _ => {}
        }
        stats[id] = s;
        let parent = node.parent();
        stats[parent].add(&s);
    }
    stats
}
