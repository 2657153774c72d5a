//! The date a page shows by its headline, for pages whose metadata states none: the first
//! `<time>` (its `datetime`, else its text) or short line holding a calendar day, read forward
//! from the headline (the `h1` resembling the title, else the article's first element) through
//! at most [`MAX_WORDS`] words. Navigation, asides, footers and forms are passed over, and so
//! are `<article>` cards on a page of several (other items' dates). It does
//! not read JSON-LD or `<meta>` tags (see `metadata::collect`) and never changes the article.

use crate::dom::{Document, NodeData, NodeId};
use crate::metadata::date::find_date;
use crate::metadata::title::text_similarity;
use crate::text;

/// Words of text read after the headline before giving up: a dateline sits by the headline
/// and the byline, not in the body.
const MAX_WORDS: usize = 150;
/// A text holding a date is a dateline when it has at most this many words ("Posted on June
/// 29, 2020 by Jane Doe | 3 comments"); a longer one is a sentence of the body.
const DATELINE_WORDS: usize = 16;
/// How much an `h1` must resemble the title to be the headline.
const HEADLINE_SIMILARITY: f64 = 0.6;

/// Elements whose dates are not the page's: other pages' dates in menus, rails and footers,
/// form values, and inert content.
fn passed_over(tag: &str) -> bool {
    matches!(
        tag,
        "nav" | "aside" | "footer" | "form" | "select" | "button"
    ) || crate::html::is_never_prose(tag)
}

/// The headline element: the first `h1` whose text resembles `title` (either way).
fn headline(doc: &Document, title: &str) -> Option<NodeId> {
    (0..doc.nodes.len()).find(|&id| {
        doc.tag(id) == "h1" && {
            let t = doc.text_content(id);
            !t.trim().is_empty()
                && (text_similarity(title, &t) >= HEADLINE_SIMILARITY
                    || text_similarity(&t, title) >= HEADLINE_SIMILARITY)
        }
    })
}

/// The date the page shows by its headline (`title`), or at the start of the article whose
/// first element is `article_start`: a `<time>`'s `datetime` as given, or the date's text as
/// written ("June 29, 2020", "20. März 2025").
pub fn shown_date(doc: &Document, title: &str, article_start: Option<NodeId>) -> Option<String> {
    let (from, skip_to) = match headline(doc, title) {
        Some(h) => (h, doc.subtree(h).end),
        None => (article_start?, 0),
    };
    // On a page of several `<article>` cards, a card after the headline is another item.
    let cards = (0..doc.nodes.len())
        .filter(|&id| doc.tag(id) == "article")
        .count()
        >= 3;
    let mut words = 0;
    let mut skip = skip_to;
    for id in from..doc.nodes.len() {
        if id < skip {
            continue;
        }
        match &doc.nodes[id].data {
            NodeData::Element(e) => {
                if passed_over(&e.tag) || e.is_hidden() || (cards && e.tag == "article") {
                    skip = doc.subtree(id).end;
                } else if e.tag == "time" {
                    let datetime = e
                        .attr("datetime")
                        .map(str::trim)
                        .filter(|d| find_date(d).is_some_and(|(date, _)| date.day.is_some()));
                    if let Some(d) = datetime {
                        return Some(d.to_string());
                    }
                }
            }
            NodeData::Text(t) => {
                let n = text::word_count(t);
                if n <= DATELINE_WORDS {
                    if let Some((date, range)) = find_date(t) {
                        if date.day.is_some() {
                            return t.get(range).map(text::collapse);
                        }
                    }
                }
                words += n;
                if words > MAX_WORDS {
                    return None;
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(html: &str, title: &str) -> Option<String> {
        let doc = crate::parse::parse(html, &crate::Options::default()).ok()?;
        let start = doc.find_tag("article");
        shown_date(&doc, title, start)
    }

    #[test]
    fn the_time_or_line_after_the_headline() {
        let page = r#"<nav><time datetime="2024-01-01">Jan 1</time></nav>
            <h1>Moon water found</h1><p class="meta">By Jane Doe <time datetime="2025-03-20T10:00:00+01:00">20 March</time></p>
            <p>Body text with a date: on 3 March 2020 something happened.</p>"#;
        assert_eq!(
            shown(page, "Moon water found | Site").as_deref(),
            Some("2025-03-20T10:00:00+01:00")
        );
        let page =
            r#"<h1>Neue Brücke eröffnet</h1><div>Von Jana Peters · 20. März 2025, 14:05 Uhr</div>"#;
        assert_eq!(
            shown(page, "Neue Brücke eröffnet").as_deref(),
            Some("20. März 2025")
        );
        let page =
            r#"<div id="t"><article><p>Posted on June 29, 2020 by admin</p><p>Text.</p></article>"#;
        assert_eq!(shown(page, "Other").as_deref(), Some("June 29, 2020"));
    }

    #[test]
    fn not_a_date_in_the_body_or_far_below() {
        let body = "A sentence of the body that goes on and on, mentioning March 3, 2020 in passing, as bodies do.";
        let page = format!("<h1>Headline here</h1><p>{body}</p>");
        assert_eq!(shown(&page, "Headline here"), None);
        let filler = "word ".repeat(200);
        let page = format!("<h1>Headline here</h1><p>{filler}</p><p>March 3, 2020</p>");
        assert_eq!(shown(&page, "Headline here"), None);
        // No headline and no article: nothing to read from.
        assert_eq!(shown("<p>March 3, 2020</p>", "Headline"), None);
    }
}
