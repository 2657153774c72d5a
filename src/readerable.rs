//! Whether the reader opens, and how sure that choice is: a [`Confidence`] decided from what was
//! actually extracted (its words, its prose lines, its link density), with a Readability-style
//! page test for the confident case.
//!
//! Clicking the button is intent: the reader opens whenever the extraction holds something to
//! read, even a short news item in any script, an index of teasers or a product's description
//! in short lines, and says when the choice is uncertain. Only an extraction with nothing to
//! read (no words, a few words of a form, a short list of bare links or headlines) is
//! [`Confidence::NoArticle`]. It does not choose or change the article (see `extract`).

use serde::{Deserialize, Serialize};

use std::ops::ControlFlow;

use crate::dom::{Document, Skip, SubtreeText};
use crate::extract::{self, Extraction};
use crate::text;

/// How sure the core is that the page holds an article (see [`crate::Article::confidence`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Enough prose in the page and in the extraction: a clear article.
    Confident,
    /// Something to read, but short, or link-heavy, or the page's prose lies mostly outside
    /// what was extracted. The reader opens and may say it is unsure.
    Uncertain,
    /// Nothing article-like was extracted; the original page should stay.
    #[default]
    NoArticle,
}

impl Confidence {
    /// `confident`, `uncertain` or `no_article` (as serialised, and as the JS binding writes it).
    pub fn name(self) -> &'static str {
        match self {
            Confidence::Confident => "confident",
            Confidence::Uncertain => "uncertain",
            Confidence::NoArticle => "no_article",
        }
    }

    /// Whether the reader opens (everything but [`Confidence::NoArticle`]).
    pub fn opens(self) -> bool {
        self != Confidence::NoArticle
    }
}

/// Fewer words than this is a form, an error line or a caption, not something to read.
const MIN_WORDS: usize = 30;
/// A line of at least this many words is prose (a sentence or more), not a link or a label.
const PROSE_LINE_WORDS: usize = 12;
/// Above this share of linked characters the extraction is a list of links.
const MAX_LINK_DENSITY: f64 = 0.5;
/// A link-heavy extraction is something to read with this many sentence-long lines (teasers).
const LINKED_PROSE_LINES: usize = 6;
/// Without a sentence-long line, this many words outside links are something to read.
const UNLINKED_WORDS: f64 = 100.0;
/// A link-heavy extraction of at least this many words in at least [`LONG_INDEX_LINES`] lines
/// is an index to scan (a job board, a category's pages, a documentation section's contents):
/// the page's content, even when no entry is a sentence.
const LONG_INDEX_WORDS: usize = 250;
/// Lines of a long index ([`LONG_INDEX_WORDS`]).
const LONG_INDEX_LINES: usize = 20;
/// A confident article links at most this share of its characters.
const CONFIDENT_LINK_DENSITY: f64 = 0.4;

/// What the decision reads from the extraction.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Facts {
    /// Words of the article's text (CJK characters count one each).
    pub words: usize,
    /// Lines of the text with at least [`PROSE_LINE_WORDS`] words.
    pub prose_lines: usize,
    /// Lines of the text with a word.
    pub lines: usize,
    /// Share of the article's (non-space) characters inside links, 0.0–1.0.
    pub link_density: f64,
    /// The page-wide Readability-style test ([`page_has_prose`]).
    pub page_prose: bool,
    /// The page says the extraction is an article: it states a publication date, shows a
    /// byline for it, or the extracted text sits in an `<article>` element. A short dated or
    /// signed news item is an article even though it is too short for the page-wide length
    /// test.
    pub declared_article: bool,
}

/// What the page shows of an article around the extraction (`cleaner` reads them once).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ArticleSigns {
    /// The page states a publication date (metadata, or shown by the headline).
    pub dated: bool,
    /// The page shows the article's byline (in the body or by the headline), not only in its
    /// metadata: an author line is what an article has and a product or a menu has not.
    pub bylined: bool,
}

/// A short item declared an article is confident with at least this many prose lines.
const DECLARED_PROSE_LINES: usize = 2;

/// The facts of an extraction whose written text is `text`.
pub(crate) fn facts(doc: &Document, ex: &Extraction, text: &str, signs: ArticleSigns) -> Facts {
    // One pass over the lines: no word spans a line break, so the text's words are the sum of
    // its lines'.
    let (mut words, mut prose_lines, mut lines) = (0, 0, 0);
    for line in text.lines() {
        let line_words = text::word_count(line);
        words += line_words;
        prose_lines += usize::from(line_words >= PROSE_LINE_WORDS);
        lines += usize::from(line_words > 0);
    }
    Facts {
        words,
        prose_lines,
        lines,
        link_density: link_density(doc, ex),
        page_prose: page_has_prose(doc),
        declared_article: signs.dated || signs.bylined || in_article_element(doc, ex),
    }
}

/// Whether every extracted root is, or sits inside, an `<article>` element.
fn in_article_element(doc: &Document, ex: &Extraction) -> bool {
    !ex.roots.is_empty()
        && ex.roots.iter().all(|&root| {
            std::iter::once(root)
                .chain(doc.ancestors(root))
                .any(|a| doc.tag(a) == "article")
        })
}

/// The decision.
pub(crate) fn decide(f: &Facts) -> Confidence {
    if f.words < MIN_WORDS || !something_to_read(f) {
        return Confidence::NoArticle;
    }
    let declared_short_item = f.declared_article && f.prose_lines >= DECLARED_PROSE_LINES;
    let plain_prose = f.prose_lines > 0 && f.link_density <= MAX_LINK_DENSITY;
    if plain_prose
        && (f.page_prose || declared_short_item)
        && f.link_density <= CONFIDENT_LINK_DENSITY
    {
        Confidence::Confident
    } else {
        Confidence::Uncertain
    }
}

/// Whether the extraction holds something to read: a sentence-long line in text that is not
/// mostly links; or, link-heavy, a list whose entries are sentences (an index of teasers, at
/// least [`LINKED_PROSE_LINES`] of them: a short list of bare headlines is not; a long one,
/// [`LONG_INDEX_WORDS`], is an index to scan), or a sentence with at
/// least [`UNLINKED_WORDS`] words outside links (a shop's grid: an introduction, linked names
/// and their prices); or, without a sentence-long line, at least [`UNLINKED_WORDS`] words
/// outside links (a product's description and specifications in short lines; a menu is links).
fn something_to_read(f: &Facts) -> bool {
    let unlinked_words = f.words as f64 * (1.0 - f.link_density);
    if f.link_density > MAX_LINK_DENSITY {
        return f.prose_lines >= LINKED_PROSE_LINES
            || (f.prose_lines > 0 && unlinked_words >= UNLINKED_WORDS)
            || (f.words >= LONG_INDEX_WORDS && f.lines >= LONG_INDEX_LINES);
    }
    f.prose_lines > 0 || unlinked_words >= UNLINKED_WORDS
}

/// Share of the kept article's non-space characters that sit inside `<a>` elements.
fn link_density(doc: &Document, ex: &Extraction) -> f64 {
    let (mut all, mut linked) = (0usize, 0usize);
    for &root in &ex.roots {
        let (mut skip, mut link_end) = (0, 0);
        for id in doc.subtree(root) {
            if id < skip {
                continue;
            }
            if ex.drop.get(id).copied().unwrap_or(false) || crate::html::is_never_prose(doc.tag(id))
            {
                skip = doc.subtree(id).end;
                continue;
            }
            if doc.tag(id) == "a" {
                link_end = link_end.max(doc.subtree(id).end);
            }
            if let Some(t) = doc.text(id) {
                let n = t.chars().filter(|c| !c.is_whitespace()).count();
                all += n;
                if id < link_end {
                    linked += n;
                }
            }
        }
    }
    if all == 0 {
        0.0
    } else {
        linked as f64 / all as f64
    }
}

/// Readability's `isProbablyReaderable` over the whole page: visible `p`, `pre` and `article`
/// elements (and `div`s broken up by `<br>`), outside list items and without unlikely class
/// names, add √(length − 140) for text over 140 characters; the page has prose once the sum
/// passes 20. Language-neutral: only lengths count (characters of unspaced scripts count double).
pub(crate) fn page_has_prose(doc: &Document) -> bool {
    let mut score = 0.0;
    let mut buf = String::new();
    let prose = SubtreeText::new(doc, Skip::NeverProseText);
    for id in 1..doc.nodes.len() {
        let Some(e) = doc.element(id) else { continue };
        let candidate = match e.tag.as_str() {
            "p" | "pre" | "article" => true,
            "div" => doc.children(id).iter().any(|c| doc.tag(c) == "br"),
            _ => false,
        };
        if !candidate || e.is_probably_hidden() {
            continue;
        }
        if extract::unlikely_class(&extract::class_and_id(e)) {
            continue;
        }
        if e.tag == "p" && doc.ancestors(id).any(|a| doc.tag(a) == "li") {
            continue;
        }
        // Enough text to pass the threshold on its own needs no more reading: a character is
        // at most four bytes, and counts at least one.
        let enough = 4.0 * (141.0 + (20.0 - score) * (20.0 - score));
        buf.clear();
        prose.for_each(id, |t| {
            buf.push_str(t);
            if buf.trim().len() as f64 >= enough {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        // Characters of scripts written without spaces (Han, kana, hangul, Thai…) carry about a
        // word each: they count double, so a CJK article is judged like its translation.
        // Length in UTF-16 units (as JavaScript counts), unspaced-script characters twice.
        let len = buf
            .trim()
            .chars()
            .map(|c| c.len_utf16() + usize::from(text::is_unspaced_script(c)))
            .sum::<usize>() as f64;
        if len < 140.0 {
            continue;
        }
        score += (len - 140.0).sqrt();
        if score > 20.0 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(words: usize, prose_lines: usize, link_density: f64, page_prose: bool) -> Facts {
        Facts {
            words,
            prose_lines,
            // One line per ten words: what teasers and headlines have.
            lines: words / 10,
            link_density,
            page_prose,
            declared_article: false,
        }
    }

    #[test]
    fn nothing_extracted_never_opens() {
        // Even when the page as a whole looks like an article (the prose was dropped as hidden).
        assert_eq!(decide(&facts(0, 0, 0.0, true)), Confidence::NoArticle);
        assert!(!decide(&Facts::default()).opens());
    }

    #[test]
    fn a_form_or_a_link_list_is_no_article() {
        assert_eq!(decide(&facts(14, 0, 0.0, false)), Confidence::NoArticle);
        assert_eq!(decide(&facts(120, 3, 0.9, false)), Confidence::NoArticle);
        // Many words but not one sentence-length line: labels, menus, headlines.
        assert_eq!(decide(&facts(90, 0, 0.2, false)), Confidence::NoArticle);
    }

    #[test]
    fn an_index_of_teasers_or_a_product_in_short_lines_opens_uncertain() {
        // Linked headlines, each with a linked sentence: something to read.
        assert_eq!(decide(&facts(930, 14, 0.92, true)), Confidence::Uncertain);
        // Bare headlines ("… 2 hours ago") are not, even when a few reach sentence length.
        assert_eq!(decide(&facts(114, 4, 0.84, true)), Confidence::NoArticle);
        // A long index is, without one sentence: a job board's 60 linked entries.
        let index = |words, lines| Facts {
            lines,
            ..facts(words, 0, 0.95, false)
        };
        assert_eq!(decide(&index(600, 60)), Confidence::Uncertain);
        assert_eq!(decide(&index(250, 20)), Confidence::Uncertain);
        // Shorter, or in fewer lines (a menu run together), it is still a list of links.
        assert_eq!(decide(&index(240, 30)), Confidence::NoArticle);
        assert_eq!(decide(&index(600, 12)), Confidence::NoArticle);
        // A shop's grid: an introduction, then linked names with their prices and labels.
        assert_eq!(decide(&facts(945, 3, 0.7, false)), Confidence::Uncertain);
        // A description and specifications in short lines, few links.
        assert_eq!(decide(&facts(220, 0, 0.0, true)), Confidence::Uncertain);
        assert_eq!(decide(&facts(330, 0, 0.25, false)), Confidence::Uncertain);
    }

    #[test]
    fn a_short_item_opens_uncertain_a_long_one_confident() {
        assert_eq!(decide(&facts(110, 3, 0.05, false)), Confidence::Uncertain);
        assert_eq!(decide(&facts(40, 1, 0.0, false)), Confidence::Uncertain);
        assert_eq!(decide(&facts(900, 12, 0.1, true)), Confidence::Confident);
        // Link-heavy but still prose: opens, unsure.
        assert_eq!(decide(&facts(900, 12, 0.45, true)), Confidence::Uncertain);
    }

    #[test]
    fn a_short_item_the_page_declares_an_article_is_confident() {
        let declared = |words, lines, links| Facts {
            declared_article: true,
            ..facts(words, lines, links, false)
        };
        assert_eq!(decide(&declared(110, 3, 0.05)), Confidence::Confident);
        // One sentence is still a teaser or a caption, dated or not.
        assert_eq!(decide(&declared(40, 1, 0.0)), Confidence::Uncertain);
        assert_eq!(decide(&declared(110, 3, 0.45)), Confidence::Uncertain);
        assert_eq!(decide(&declared(14, 0, 0.0)), Confidence::NoArticle);
    }

    #[test]
    fn names_match_serde() {
        for c in [
            Confidence::Confident,
            Confidence::Uncertain,
            Confidence::NoArticle,
        ] {
            let json = serde_json::to_string(&c).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", c.name()));
        }
    }
}
