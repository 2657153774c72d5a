//! A light document tree: an arena of elements and text nodes in document order.
//!
//! The tree is what the streaming parse (`parse`) leaves behind: tag names, decoded attribute
//! values and decoded text, nothing else (no comments, no script or style bodies). Nodes are stored
//! in document order, so a node's index is always greater than its parent's: iterating the arena
//! backwards visits children before parents, which lets every analysis run bottom-up without
//! recursion (pages can nest 100,000 deep).
//!
//! This module does not parse, score or serialise; it only stores and navigates.

/// Index of a node in [`Document::nodes`]. The document node is always `0`.
pub type NodeId = usize;

/// The document node's id.
pub const ROOT: NodeId = 0;

/// An element's attribute, name lower-cased, value with character references decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attr {
    /// Lower-case attribute name.
    pub name: String,
    /// Decoded attribute value.
    pub value: String,
}

/// An element node.
#[derive(Debug, Clone)]
pub struct Element {
    /// Lower-case local name (`div`, `p`, `svg`…).
    pub tag: String,
    /// Attributes in source order; event handler attributes are never stored.
    pub attrs: Vec<Attr>,
}

impl Element {
    /// The value of attribute `name`, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.value.as_str())
    }

    /// Whether the page hides this element: its own `hidden`, `aria-hidden="true"`, or an
    /// inline `display: none` / `visibility: hidden`. What scripts may show later (`reveal`),
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

    /// The attributes that can hide the element, read in one scan.
    fn hiding(&self) -> Hiding<'_> {
        let mut h = Hiding::default();
        let mut aria_seen = false;
        for a in &self.attrs {
            match a.name.as_str() {
                "hidden" => h.hidden = true,
                "aria-hidden" if !aria_seen => {
                    aria_seen = true;
                    h.aria_hidden = a.value == "true";
                }
                "style" if h.style.is_none() => h.style = Some(&a.value),
                "class" if h.class.is_none() => h.class = Some(&a.value),
                _ => {}
            }
        }
        h
    }
}

/// What an element's own attributes say about hiding it (see [`Element::hiding`]).
#[derive(Debug, Default, Clone, Copy)]
struct Hiding<'a> {
    /// A `hidden` attribute.
    hidden: bool,
    /// The first `aria-hidden` attribute is `"true"`.
    aria_hidden: bool,
    /// The first `style` attribute.
    style: Option<&'a str>,
    /// The first `class` attribute.
    class: Option<&'a str>,
}

impl Hiding<'_> {
    /// `hidden`, `aria-hidden="true"` (unless `aria_exception` and the class says
    /// `fallback-image`: the visible copy of a lazy image, as Readability treats it), or an inline
    /// `display: none` / `visibility: hidden`.
    fn hides(&self, aria_exception: bool) -> bool {
        self.hidden
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
    /// A text node with its character references decoded.
    Text(String),
}

/// One node of the arena.
#[derive(Debug, Clone)]
pub struct Node {
    /// Parent id; the document's parent is itself.
    pub parent: NodeId,
    /// Child ids in document order.
    pub children: Vec<NodeId>,
    /// Element, text or document.
    pub data: NodeData,
}

/// The parsed page.
#[derive(Debug, Clone)]
pub struct Document {
    /// All nodes in document order; `nodes[0]` is the document.
    pub nodes: Vec<Node>,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            nodes: vec![Node {
                parent: ROOT,
                children: Vec::new(),
                data: NodeData::Document,
            }],
        }
    }
}

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
        match &self.nodes.get(id)?.data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// Appends a node under `parent` and returns its id.
    pub fn push(&mut self, parent: NodeId, data: NodeData) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(Node {
            parent,
            children: Vec::new(),
            data,
        });
        if let Some(p) = self.nodes.get_mut(parent) {
            p.children.push(id);
        }
        id
    }

    /// Ids of `id` and all its descendants, in document order.
    ///
    /// Because ids are assigned in document order and subtrees are contiguous, this is the
    /// range `id..end`, found without recursion.
    pub fn subtree(&self, id: NodeId) -> std::ops::Range<NodeId> {
        let mut last = id;
        while let Some(&child) = self.nodes.get(last).and_then(|n| n.children.last()) {
            last = child;
        }
        id..last + 1
    }

    /// For every node, the id just past its subtree (so `id..ends[id]` is the subtree), in one
    /// bottom-up sweep: [`Document::subtree`] for all nodes at once, linear however deep the page.
    pub fn subtree_ends(&self) -> Vec<NodeId> {
        let n = self.nodes.len();
        let mut ends: Vec<NodeId> = (1..=n).collect();
        for id in (1..n).rev() {
            let parent = self.nodes[id].parent;
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
            let parent = self.nodes.get(cur)?.parent;
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

    /// All text below `id` (inclusive), concatenated in document order, whitespace collapsed.
    pub fn text_content(&self, id: NodeId) -> String {
        let mut out = String::new();
        for i in self.subtree(id) {
            if let Some(t) = self.text(i) {
                if self.in_inert(i) {
                    continue;
                }
                crate::text::push_collapsed(&mut out, t);
            }
        }
        // Folding never starts the text with a space; it may end with one.
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    /// Whether text node `id` sits inside an element whose text is not shown (`script`, `style`…).
    pub(crate) fn in_inert(&self, id: NodeId) -> bool {
        crate::html::holds_unshown_text(self.tag(self.nodes.get(id).map_or(ROOT, |n| n.parent)))
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

    #[test]
    fn inline_styles_that_hide() {
        assert!(style_hides("display: none"));
        assert!(style_hides("color:red; DISPLAY : None !important"));
        assert!(style_hides("visibility:\thidden"));
        assert!(style_hides("display:n o n e"));
        assert!(!style_hides("display: block; visibility: visible"));
        assert!(!style_hides("display:ñone"));
        assert!(!style_hides(""));
    }
}
