//! Template placeholder text a page left in its markup: "Lorem ipsum dolor sit amet…" in a
//! component the site never filled in (often one its stylesheet hides), with its stock
//! headings ("Head Line 1", "Learn More"). No reader came for it, in any language.
//!
//! Marks the topmost elements whose visible text is nearly all placeholder. A page with no
//! paragraph of its own beside the placeholder is left alone: a designer's mock-up is what its
//! reader came to see.
//! A sentence *about* the placeholder ("Lorem ipsum is the printers' stock text…") is not
//! placeholder: only a text that opens with the stock words and goes on with them ("Lorem
//! ipsum dolor…"), or is the stock words and a number or two ("Lorem ipsum 1"), counts.

use super::{is_structural, verdict, Ctx, Kind};
use crate::dom::NodeData;

/// A placeholder element holds at least this many characters of placeholder text.
const MIN_PLACEHOLDER_CHARS: u32 = 20;
/// A placeholder element's other text is at most this share of its placeholder text (its stock
/// headings and buttons), so a section holding the article beside a placeholder is not one.
const OTHER_TEXT_SHARE: u32 = 4;
/// A page holds text of its own when one of its text nodes is at least this long (a
/// paragraph's sentence; a mock-up's own text is headings and menu labels) and has none of the
/// placeholder's words ([`FILLER_WORDS`]: a mock-up's paragraphs go on "Tempor incididunt…").
const OWN_PARAGRAPH_CHARS: u32 = 100;
/// Words of the stock placeholder passage; a long text with one of them is not a page's own.
const FILLER_WORDS: [&str; 14] = [
    "ipsum",
    "dolor",
    "consectetur",
    "adipis",
    "tempor",
    "incididunt",
    "aliqua",
    "veniam",
    "nostrud",
    "ullamco",
    "reprehenderit",
    "voluptate",
    "occaecat",
    "laborum",
];
/// A stock label made of the words and a number: at most this many words.
const STOCK_LABEL_WORDS: usize = 4;

/// Whether the text node `t` is placeholder text.
fn is_placeholder(t: &str) -> bool {
    let t = t.trim_start();
    let Some(head) = t.get(..11) else {
        return false;
    };
    if !head.eq_ignore_ascii_case("lorem ipsum") {
        return false;
    }
    let rest = t.get(11..).unwrap_or("");
    let goes_on = rest
        .trim_start_matches([' ', ','])
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("dolor"));
    goes_on || t.split_whitespace().count() <= STOCK_LABEL_WORDS
}

/// Whether `t` has one of the placeholder's words ([`FILLER_WORDS`], any ASCII case).
fn has_filler_words(t: &str) -> bool {
    FILLER_WORDS.iter().any(|w| {
        t.as_bytes()
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// Marks the topmost elements made of placeholder text ([`Kind::Placeholder`]).
pub(super) fn mark(cx: &mut Ctx) {
    // One search of the page's folded text first: most pages hold none.
    let page = cx.text.of(0);
    if !(page.contains("psum") || page.contains("PSUM")) {
        return;
    }
    let doc = cx.doc;
    let n = doc.nodes.len();
    // Visible placeholder characters in each node's subtree.
    let mut placeholder = vec![0u32; n];
    let mut any = false;
    let mut own_paragraph = false;
    for (id, node) in doc.nodes.iter().enumerate() {
        if let NodeData::Text(span) = node.data {
            let t = doc.span_text(span);
            let len = cx.stats[id].text_len;
            if (t.contains("psum") || t.contains("PSUM")) && is_placeholder(t) {
                placeholder[id] = len;
                any |= len > 0;
            } else if !own_paragraph && len >= OWN_PARAGRAPH_CHARS {
                own_paragraph = !has_filler_words(t);
            }
        }
    }
    if !(any && own_paragraph) {
        return;
    }
    // Children come after their parent in document order: one backward pass sums subtrees.
    for id in (1..n).rev() {
        let parent = doc.nodes[id].parent();
        placeholder[parent] = placeholder[parent].saturating_add(placeholder[id]);
    }
    let made_of_placeholder = |id: usize| {
        let ph = placeholder[id];
        let other = cx.stats[id].text_len.saturating_sub(ph);
        ph >= MIN_PLACEHOLDER_CHARS
            && u64::from(other) * u64::from(OTHER_TEXT_SHARE) <= u64::from(ph)
            && !is_structural(doc.tag(id))
    };
    for id in 1..n {
        if doc.element(id).is_none() || cx.in_code[id] || !made_of_placeholder(id) {
            continue;
        }
        if made_of_placeholder(doc.nodes[id].parent()) {
            continue;
        }
        cx.set(
            id,
            verdict(Kind::Placeholder, "placeholder text 'Lorem ipsum'"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::is_placeholder;

    #[test]
    fn only_the_stock_words_are_placeholder() {
        for t in [
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "  LOREM IPSUM, dolor sit amet",
            "Lorem ipsum 2",
            "Lorem Ipsum",
        ] {
            assert!(is_placeholder(t), "{t}");
        }
        for t in [
            "Lorem ipsum is the printers' stock text since the 1500s.",
            "The famous Lorem ipsum dolor sit amet",
            "Lorem",
            "Ipsum dolor sit amet",
        ] {
            assert!(!is_placeholder(t), "{t}");
        }
    }
}
