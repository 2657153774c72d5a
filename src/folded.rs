//! [`FoldedText`]: the page's text with whitespace folded, built once, so that the text of any
//! subtree is a slice instead of a fresh string.
//!
//! Stages that read the text of many small blocks (clutter labels, prompt phrases, link texts)
//! would otherwise walk and fold the same text again for every block they look at. Subtrees are
//! contiguous in document order, so each node's text is one span of the folded page text.
//!
//! Holds exactly what [`Document::text_content`] returns for every node, nothing more: no case
//! folding, no hidden-element logic.

use crate::dom::{Document, NodeId, Skip};
use crate::text;

/// The folded text of a whole page and each node's span in it.
pub struct FoldedText {
    text: String,
    /// For each node, the byte offset in `text` where its subtree's text starts.
    start: Vec<usize>,
    /// For each node, the id just past its subtree.
    end: Vec<NodeId>,
}

impl FoldedText {
    /// Folds every text node of `doc` once (text inside `script`, `style` and other elements
    /// whose text is not shown is left out, as in [`Document::text_content`]).
    pub fn new(doc: &Document) -> FoldedText {
        let n = doc.nodes.len();
        let mut text = String::new();
        let mut start = Vec::with_capacity(n + 1);
        for id in 0..n {
            start.push(text.len());
            if let Some(t) = doc.text(id) {
                if !Skip::UnshownText.skips_text_in(doc.tag(doc.nodes[id].parent())) {
                    text::push_collapsed(&mut text, t);
                }
            }
        }
        start.push(text.len());
        FoldedText {
            text,
            start,
            end: doc.subtree_ends(),
        }
    }

    /// The text of `id`'s subtree, whitespace folded and trimmed: the same string as
    /// [`Document::text_content`], borrowed.
    pub fn of(&self, id: NodeId) -> &str {
        let (Some(&from), Some(&to)) = (
            self.start.get(id),
            self.end.get(id).and_then(|&e| self.start.get(e)),
        ) else {
            return "";
        };
        self.text.get(from..to).unwrap_or("").trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every node's folded span equals its `text_content`, whatever the whitespace between
    /// and around text nodes.
    #[test]
    fn spans_equal_text_content() {
        let pages = [
            "<p> a <b> b </b>c</p>\n<div>  <span>d</span> <i> e</i>f </div><script>x()</script>",
            "<ul><li>one</li>\n  <li> two\u{a0}three </li></ul><style>p{}</style><p>\tend  </p>",
            "<div><p>x</p><p>y</p></div> tail <title>t</title>",
        ];
        for html in pages {
            let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
            let folded = FoldedText::new(&doc);
            for id in 0..doc.nodes.len() {
                assert_eq!(folded.of(id), doc.text_content(id), "node {id} of {html:?}");
            }
        }
    }
}
