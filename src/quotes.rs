//! Finds the quotations a thread makes of itself: a reply's `<blockquote>` (or a box forum
//! software names a quote) whose words the article already showed before it, in the earlier
//! post it answers. A reader has just read those words; the reply reads on without them. With
//! the quote goes its header line when the two are all their container holds ("sorairolake:",
//! "Anna said:").
//!
//! A quotation counts when it holds at least [`MIN_SHINGLES`] runs of five words and
//! [`MIN_SHARE_SEEN`] of them occurred earlier in the kept article. A quote of another page (a
//! source, a statement, a pull quote placed before its passage) stays. It reads only the kept
//! tree; dropping is the caller's.

use crate::dedupe::fingerprint::{shingle, Prehashed, WordHash, WordHasher, SHINGLE};
use crate::dom::{Document, Element, NodeData, NodeId};
use crate::html;
use crate::text;
use std::collections::HashSet;

/// Five-word runs a quotation holds at least (six words or more).
const MIN_SHINGLES: usize = 2;

/// Share of a quotation's five-word runs the article showed before it.
const MIN_SHARE_SEEN: f64 = 0.7;

/// Words of a header line that goes with its quote ("Anna said:").
const MAX_HEADER_WORDS: usize = 8;

/// A quotation of the article's own earlier text: the node to leave out (the `<blockquote>`,
/// or its container when that holds only the quote and its header line), and how many of its
/// words were seen before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requote {
    /// What to leave out.
    pub node: NodeId,
    /// The words of the quotation.
    pub words: usize,
}

/// The quotations in the article written from `roots` (without the subtrees `drop` marks) of
/// text it showed before them, in document order.
pub fn find(doc: &Document, roots: &[NodeId], drop: &[bool]) -> Vec<Requote> {
    let dropped = |id: NodeId| drop.get(id).copied().unwrap_or(false);
    // The kept text as one stream of word hashes, and where each outermost quote's words are.
    let mut words: Vec<WordHash> = Vec::new();
    let mut quotes: Vec<(NodeId, usize, usize)> = Vec::new();
    for &root in roots {
        let end = doc.subtree(root).end;
        let mut id = root;
        // The outermost quote being read: its id, where its subtree ends, its first word.
        let mut open: Option<(NodeId, NodeId, usize)> = None;
        while id < end {
            if let Some((q, q_end, from)) = open {
                if id >= q_end {
                    quotes.push((q, from, words.len()));
                    open = None;
                }
            }
            if dropped(id) {
                id = doc.subtree(id).end;
                continue;
            }
            match &doc.nodes[id].data {
                NodeData::Element(e) if html::is_never_prose(&e.tag) => {
                    id = doc.subtree(id).end;
                    continue;
                }
                NodeData::Element(e) if open.is_none() && is_quotation(e) => {
                    open = Some((id, doc.subtree(id).end, words.len()));
                }
                NodeData::Text(t) => {
                    let mut hasher = WordHasher::default();
                    hasher.write(doc.span_text(*t), &mut words);
                    hasher.finish(&mut words);
                }
                _ => {}
            }
            id += 1;
        }
        if let Some((q, _, from)) = open {
            quotes.push((q, from, words.len()));
        }
    }
    let mut seen: HashSet<u64, Prehashed> = HashSet::default();
    let mut seen_to = 0; // shingles starting before this word are in `seen`
    let mut out = Vec::new();
    for (q, from, to) in quotes {
        // Every run of words that ends before the quote starts.
        while seen_to + SHINGLE <= from {
            seen.insert(shingle(&words[seen_to..seen_to + SHINGLE]));
            seen_to += 1;
        }
        let runs: Vec<u64> = words[from..to].windows(SHINGLE).map(shingle).collect();
        if runs.len() < MIN_SHINGLES {
            continue;
        }
        let seen_runs = runs.iter().filter(|r| seen.contains(r)).count();
        if seen_runs as f64 >= MIN_SHARE_SEEN * runs.len() as f64 {
            out.push(Requote {
                node: with_header(doc, q, roots, drop),
                words: to - from,
            });
        }
    }
    out
}

/// A quotation: a `<blockquote>`, or a container forum software names a quote
/// (`<div class="bbcode_quote">`, `<div class="quote">`).
fn is_quotation(e: &Element) -> bool {
    e.tag == "blockquote"
        || (matches!(e.tag.as_str(), "div" | "aside")
            && e.attr("class").is_some_and(|c| {
                c.split_ascii_whitespace()
                    .any(|t| t.to_ascii_lowercase().contains("quote"))
            }))
}

/// The quote `q`, or its container when that holds nothing kept but the quote and a short
/// header line ending with a colon ("sorairolake:", "Anna a écrit :", "Anna：").
fn with_header(doc: &Document, q: NodeId, roots: &[NodeId], drop: &[bool]) -> NodeId {
    let parent = doc.parent(q);
    // The container must be written itself: a quote chosen as a root of the article has its
    // container outside it.
    let written = roots.iter().any(|&r| doc.contains(r, parent));
    if parent == crate::dom::ROOT
        || !written
        || !matches!(doc.tag(parent), "div" | "aside" | "section")
    {
        return q;
    }
    let mut header = String::new();
    for c in doc.children(parent).iter() {
        if c == q || drop.get(c).copied().unwrap_or(false) {
            continue;
        }
        let t = doc.text_content(c);
        if !t.trim().is_empty() {
            header.push_str(&t);
            header.push(' ');
        }
    }
    let header = header.trim();
    let a_header = !header.is_empty()
        && text::word_count(header) <= MAX_HEADER_WORDS
        && header.ends_with([':', '：']);
    if a_header {
        parent
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn requotes(html: &str) -> Vec<String> {
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        let drop = vec![false; doc.nodes.len()];
        find(&doc, &[crate::dom::ROOT], &drop)
            .iter()
            .map(|r| text::collapse(&doc.text_content(r.node)))
            .collect()
    }

    const FIRST_POST: &str = "<div class=post><p>My starter is ten days old and smells sharply of \
        nail polish remover every morning.</p></div>";

    #[test]
    fn a_reply_quoting_an_earlier_post_loses_the_quote() {
        let html = format!(
            "{FIRST_POST}<div class=post><blockquote>My starter is ten days old and smells \
             sharply of nail polish remover</blockquote><p>That is hunger: feed it twice a day.</p></div>"
        );
        assert_eq!(
            requotes(&html),
            ["My starter is ten days old and smells sharply of nail polish remover"]
        );
    }

    #[test]
    fn the_quote_header_goes_with_it() {
        let html = format!(
            "{FIRST_POST}<div class=post><aside class=quote><div>wheatley:</div><blockquote>My \
             starter is ten days old and smells sharply</blockquote></aside><p>Feed it more.</p></div>"
        );
        let got = requotes(&html);
        assert_eq!(got.len(), 1);
        assert!(got[0].starts_with("wheatley:"), "{got:?}");
        // The quote's own header inside the quote ("X said:") is part of it.
        let html = format!(
            "{FIRST_POST}<div class=post><blockquote><div>wheatley said:</div>My starter is ten \
             days old and smells sharply of nail polish remover</blockquote><p>Feed it more.</p></div>"
        );
        assert_eq!(requotes(&html).len(), 1);
    }

    #[test]
    fn a_quote_box_named_by_its_class_is_a_quotation() {
        let html = format!(
            "{FIRST_POST}<div class=post><div class=\"bbcode_container\"><div class=\"bbcode_quote\">\
             My starter is ten days old and smells sharply of nail polish remover</div></div>\
             <p>That is hunger: feed it twice a day.</p></div>"
        );
        assert_eq!(requotes(&html).len(), 1);
        // A class without the word is not.
        let html = html.replace("bbcode_quote", "bbcode_box");
        assert!(requotes(&html).is_empty());
    }

    /// A quote the article choice kept as a root of its own goes alone: its container is not
    /// written.
    #[test]
    fn a_quote_chosen_as_a_root_goes_alone() {
        let html = format!(
            "{FIRST_POST}<aside class=quote><div>wheatley:</div><blockquote>My starter is ten \
             days old and smells sharply</blockquote></aside>"
        );
        let doc = crate::parse::parse(&html, &crate::Options::default()).unwrap_or_default();
        let drop = vec![false; doc.nodes.len()];
        let post = doc.find_tag("div").unwrap_or(0);
        let quote = doc.find_tag("blockquote").unwrap_or(0);
        assert!(post > 0 && quote > 0);
        let found = find(&doc, &[post, quote], &drop);
        assert_eq!(found.iter().map(|r| r.node).collect::<Vec<_>>(), [quote]);
    }

    #[test]
    fn a_reply_beside_the_quote_stays() {
        // The container holds the reply too: only the quote goes.
        let html = format!(
            "{FIRST_POST}<div class=post><blockquote>My starter is ten days old and smells \
             sharply</blockquote>Agreed, feed it twice a day.</div>"
        );
        let got = requotes(&html);
        assert_eq!(got, ["My starter is ten days old and smells sharply"]);
    }

    #[test]
    fn quotes_of_other_text_stay() {
        let html = format!(
            "{FIRST_POST}<div class=post><blockquote>Feed a young starter twice a day with equal \
             weights of flour and water.</blockquote><p>So says the baking book.</p></div>"
        );
        assert!(requotes(&html).is_empty());
        // A pull quote placed before the passage it repeats stays too.
        let html = format!(
            "<blockquote>ten days old and smells sharply of nail polish remover</blockquote>{FIRST_POST}"
        );
        assert!(requotes(&html).is_empty());
        // And a quote of a few words.
        let html = format!("{FIRST_POST}<blockquote>ten days old</blockquote>");
        assert!(requotes(&html).is_empty());
    }
}
