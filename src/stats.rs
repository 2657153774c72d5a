//! Per-node text statistics, computed bottom-up in one backwards sweep of the arena.
//!
//! Text length, link text length, clause separators and paragraph counts for every node,
//! counting only text a reader would see (no script/style/template bodies), and whether each
//! element's own markup hides it (judged once here, after `reveal`, and read by every later
//! stage). No decisions here. [`Stats`] holds them: an entry per element, while text nodes with
//! the same counts share one.

use crate::dom::{Document, NodeData, NodeId};
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

/// The [`NodeStats`] of every node of a page, indexed by node id (`stats[id]`).
///
/// Every element (and the document) has an entry of its own; a text node's counts are only its
/// length, its commas and whether it is link text, so text nodes with the same counts share
/// one entry (most of a page's nodes are text: a slot a node instead of a whole entry). The
/// sharing is found with a small hash table; a collision only adds an entry.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Each node's entry in `entries`.
    slot: Vec<u32>,
    /// The entries: the non-text nodes' own (the first `owned`), then the shared text ones.
    entries: Vec<NodeStats>,
    /// How many entries belong to one node each (they are the first).
    owned: usize,
}

impl std::ops::Index<NodeId> for Stats {
    type Output = NodeStats;

    fn index(&self, id: NodeId) -> &NodeStats {
        &self.entries[self.slot[id] as usize]
    }
}

impl Stats {
    /// The statistics of node `id`, if it is one of the page's.
    pub fn get(&self, id: NodeId) -> Option<&NodeStats> {
        self.entries.get(*self.slot.get(id)? as usize)
    }

    /// Takes the statistics of the elements `nodes` out of their ancestors (and zeroes their
    /// own): one bottom-up sweep, whatever the number of nodes and the depth of the page. Only
    /// elements are taken out: a text node among `nodes` is left in.
    pub fn discount(&mut self, doc: &Document, nodes: &[NodeId]) {
        if nodes.is_empty() {
            return;
        }
        // What each non-text node loses, by its entry.
        let mut delta = vec![NodeStats::default(); self.owned];
        for &id in nodes {
            if let (Some(&at), Some(s)) = (self.slot.get(id), self.get(id)) {
                if let Some(d) = delta.get_mut(at as usize) {
                    *d = *s;
                }
            }
        }
        for id in (1..self.slot.len()).rev() {
            let parent = doc.nodes.get(id).map_or(id, |n| n.parent());
            let (Some(&at), Some(&pat)) = (self.slot.get(id), self.slot.get(parent)) else {
                continue;
            };
            if parent >= id {
                continue;
            }
            let Some(&d) = delta.get(at as usize) else {
                continue;
            };
            if let Some(p) = delta.get_mut(pat as usize) {
                p.add(&d);
            }
        }
        for (s, d) in self.entries.iter_mut().zip(&delta) {
            s.remove(d);
        }
    }
}

/// Buckets of the table that finds a text node's shared entry (a power of two: the bucket is
/// the top 12 bits of a hash).
const TEXT_TABLE: usize = 1 << 12;

/// Computes [`NodeStats`] for every node of `doc`.
pub fn compute(doc: &Document) -> Stats {
    let n = doc.nodes.len();
    // Forward pass: which nodes are inside a link / inert element (parents come first).
    let mut in_link = vec![false; n];
    let mut inert = vec![false; n];
    let mut slot = vec![0u32; n];
    let mut entries = Vec::new();
    // An entry for each non-text node, with whether an element's own markup hides it (read
    // once per element, not once per child).
    for (id, node) in doc.nodes.iter().enumerate() {
        let mut s = NodeStats::default();
        match &node.data {
            NodeData::Text(_) => continue,
            NodeData::Element(e) => (s.hidden, s.probably_hidden) = e.hidden_flags(),
            NodeData::Document => {}
        }
        slot[id] = u32::try_from(entries.len()).unwrap_or(u32::MAX);
        entries.push(s);
    }
    let owned = entries.len();
    for id in 1..n {
        let parent = doc.nodes[id].parent();
        let ptag = doc.tag(parent);
        in_link[id] = in_link[parent] || (ptag == "a" && !doc.is_permalink(parent));
        // Text a reader never sees (inside hidden elements) counts for nothing either.
        inert[id] = inert[parent]
            || crate::html::is_never_prose(ptag)
            || entries[slot[parent] as usize].probably_hidden;
    }
    // The shared text entries, found by their counts in a direct-mapped table (a collision
    // only adds an entry).
    let mut texts = vec![u32::MAX; TEXT_TABLE];
    for id in (1..n).rev() {
        let node = &doc.nodes[id];
        let s = match &node.data {
            NodeData::Text(t) => {
                let t = doc.span_text(*t);
                let mut s = NodeStats::default();
                if !inert[id] {
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
                let key = (u64::from(s.text_len) << 32 | u64::from(s.commas) << 1)
                    | u64::from(s.link_len > 0);
                let bucket = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52) as usize;
                let same = |e: &NodeStats| {
                    (e.text_len, e.commas, e.link_len) == (s.text_len, s.commas, s.link_len)
                };
                slot[id] = match texts[bucket] {
                    at if entries.get(at as usize).is_some_and(same) => at,
                    _ => {
                        let at = u32::try_from(entries.len()).unwrap_or(u32::MAX);
                        entries.push(s);
                        texts[bucket] = at;
                        at
                    }
                };
                s
            }
            NodeData::Element(e) => {
                let s = &mut entries[slot[id] as usize];
                // A permalink ("¶" beside a heading or a code caption) is not a link.
                if !inert[id] && !doc.is_permalink(id) {
                    count_element(e, s);
                }
                *s
            }
            NodeData::Document => entries[slot[id] as usize],
        };
        let parent = node.parent();
        entries[slot[parent] as usize].add(&s);
    }
    entries.shrink_to_fit();
    Stats {
        slot,
        entries,
        owned,
    }
}

/// Counts element `e` itself in `s`, which holds its descendants' counts.
fn count_element(e: &crate::dom::Element, s: &mut NodeStats) {
    match e.tag.as_str() {
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text nodes with the same counts share an entry; each reads its own counts, and
    /// taking an element out leaves the shared entries as they were.
    #[test]
    fn text_nodes_share_entries() {
        let html = "<div><p>one, two</p><p>one, two</p><a href=x>one, two</a></div><p>three</p>";
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        let mut stats = compute(&doc);
        let texts: Vec<NodeId> = (0..doc.nodes.len())
            .filter(|&id| doc.text(id).is_some())
            .collect();
        assert_eq!(texts.len(), 4);
        assert_eq!(stats.slot[texts[0]], stats.slot[texts[1]]);
        assert_ne!(stats.slot[texts[0]], stats.slot[texts[2]]);
        assert_eq!((stats[texts[2]].text_len, stats[texts[2]].link_len), (8, 8));
        assert_eq!((stats[texts[0]].text_len, stats[texts[0]].commas), (8, 1));
        assert_eq!(stats[0].text_len, 29);
        assert_eq!(stats[0].paragraphs, 3);
        let first_p = doc.find_tag("p").unwrap_or(0);
        stats.discount(&doc, &[first_p]);
        assert_eq!(stats[first_p].text_len, 0);
        assert_eq!(stats[0].text_len, 21);
        assert_eq!(stats[0].paragraphs, 2);
        assert_eq!(stats[texts[1]].text_len, 8);
        assert_eq!(stats[texts[0]].text_len, 8);
    }
}
