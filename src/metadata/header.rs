//! What a page shows by its headline, for pages whose metadata states it not: the date (the
//! first `<time>`'s `datetime`, else a short line holding a calendar day) and the byline (an
//! element marked as the author, a link to one author's or user's page, a "By Jane Doe" line,
//! or the name after a lone "Written by" / "Author" / "Von" label). Both are read forward from
//! the headline (the `h1` resembling the title, else the article's first element, and where
//! that finds nothing the page's one shown `h1`) through at most [`MAX_WORDS`] words, a
//! `<time>` inside the headline included; failing that, in the post's own `<footer>` (the
//! first footer of the `<article>` holding the headline: "Posted by Jane Doe on <time>").
//! Navigation, asides, the page's footers and forms are passed over, and so are `<article>`
//! cards on a page of several (other items' dates and authors) and a forum poster's statistics
//! (a join date). It also finds the line a byline is written on without author markup
//! ([`byline_line`], [`author_line`]), for `extract` to keep out of the body. It does not read
//! JSON-LD or `<meta>` tags (see `metadata::collect`; an author they give is passed in) and
//! never changes the article.

use crate::dom::{Document, Element, NodeData, NodeId, Skip, SubtreeText};
use crate::metadata::byline::{
    clean_byline, is_by_label, opens_with_by_label, opens_with_name_and_role, NAME_PARTICLES,
};
use crate::metadata::date::find_date;
use crate::metadata::title::text_similarity;
use crate::text;

/// Words of text read after the headline before giving up: a dateline sits by the headline
/// and the byline, not in the body.
const MAX_WORDS: usize = 150;
/// Words read backwards from the headline for a date line above it.
const ABOVE_HEADLINE_WORDS: usize = 25;
/// Nodes read backwards from the headline at most (a page can hold anything before it).
const ABOVE_HEADLINE_NODES: usize = 400;
/// A text holding a date is a dateline when it has at most this many words ("Posted on June
/// 29, 2020 by Jane Doe | 3 comments"); a longer one is a sentence of the body.
const DATELINE_WORDS: usize = 16;
/// A line of this many words is the body: the byline sits above it.
const BODY_LINE_WORDS: usize = 40;
/// A byline is at most this many words once cleaned (several authors with their initials).
const BYLINE_WORDS: usize = 12;
/// A byline line with its date and separators is at most this many words ("By Jane Doe and
/// John Roe · Updated 3 June 2026, 17:27 GMT").
const BYLINE_LINE_WORDS: usize = 20;
/// How much an `h1` must resemble the title to be the headline.
const HEADLINE_SIMILARITY: f64 = 0.6;
/// Class and id words that mark an author's name ("byline", "post-author", "username").
const AUTHOR_CLASS_WORDS: &[&str] = &["byline", "author", "writer", "username", "posted-by"];

/// Whether `t` is at most `words` words long, or, written in a script without spaces (where
/// every character counts as a word), at most four characters a word ("记者 王小明 ·
/// 2025年11月3日 10:20", "โดย สมชาย ใจดี · 3 พฤศจิกายน 2025").
fn at_most_words(t: &str, words: usize) -> bool {
    text::word_count(t) <= words || t.chars().count() <= words * 4
}

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

/// Fewest words of an `h1` that stands for the headline without resembling the title: a logo
/// or a section's name ("News", "World news") is shorter.
const LONE_HEADLINE_WORDS: usize = 3;

/// The page's one shown `h1` of a few words that is not a link (a logo), outside navigation,
/// asides, footers and forms: the headline of a page whose title says something else (a search
/// title over the headline, "Hybrid and EV Buying Guide" over "Find an Efficient Vehicle That's
/// Right for You"). `None` when the page shows several, which may be items of a listing.
fn lone_headline(doc: &Document) -> Option<NodeId> {
    let mut found = None;
    for id in (0..doc.nodes.len()).filter(|&id| doc.tag(id) == "h1") {
        let shown = std::iter::once(id).chain(doc.ancestors(id)).all(|a| {
            doc.element(a)
                .is_none_or(|e| !e.is_hidden() && !passed_over(&e.tag) && e.tag != "a")
        });
        if !shown {
            continue;
        }
        let t = text::collapse(&doc.text_content(id));
        let linked = doc
            .subtree(id)
            .filter(|&d| doc.tag(d) == "a")
            .any(|a| text::collapse(&doc.text_content(a)) == t);
        if linked || text::word_count(&t) < LONE_HEADLINE_WORDS {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some(id);
    }
    found
}

/// Fewest words of a heading's own line before a block inside it for that line to be the
/// headline ([`inner_block`]): a lone "Breaking:" before the headline's block is not.
const HEADING_LINE_WORDS: usize = 3;

/// The first block element inside `heading` that follows a line of its own (at least
/// [`HEADING_LINE_WORDS`] words): `<h1>Backpacking checklist<p>January 1, 2025</p></h1>`. A
/// browser shows it on a line of its own under the headline (a date, a dek), or the heading was
/// never closed where its page meant to close it ("<h1>…</h2>", which a browser reads as the
/// heading's end and the tree does not). The headline is the line before it, and what follows
/// is read as lines by the headline.
pub(crate) fn inner_block(doc: &Document, heading: NodeId) -> Option<NodeId> {
    let text = SubtreeText::new(doc, Skip::UnshownText);
    let mut words = 0;
    for c in doc.children(heading) {
        if doc
            .element(c)
            .is_some_and(|e| crate::html::is_block(&e.tag))
        {
            return (words >= HEADING_LINE_WORDS).then_some(c);
        }
        words += text::word_count(&text.folded(c));
    }
    None
}

/// What [`walk`] meets.
enum Step<'a> {
    Element(NodeId, &'a Element),
    /// A text node: its id and text.
    Text(NodeId, &'a str),
}

/// Where [`walk`] reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// From the headline (or the article's start) on.
    ByHeadline,
    /// The post's own `<footer>` ([`post_footer`]), where blogs write "Posted by Jane Doe on
    /// <time>" under the text.
    PostFooter,
}

/// The first `<footer>` of the `<article>` holding `from` (the headline or the article's start),
/// not one of an `<article>` nested in it: the post's own footer, unlike the page's.
fn post_footer(doc: &Document, from: NodeId) -> Option<NodeId> {
    let article = std::iter::once(from)
        .chain(doc.ancestors(from))
        .find(|&id| doc.tag(id) == "article")?;
    let inside = doc.subtree(article);
    let mut id = inside.start + 1;
    while id < inside.end {
        match doc.tag(id) {
            "footer" if id > from => return Some(id),
            "article" => id = doc.subtree(id).end,
            _ => id += 1,
        }
    }
    None
}

/// Where the header is read from, found once for every search of one page.
struct Anchor {
    /// The headline element ([`headline`]), when the page has one.
    headline: Option<NodeId>,
    /// The headline, else the article's first element.
    from: NodeId,
    /// The page holds several `<article>` cards: a card after the headline is another item.
    cards: bool,
}

/// The [`Anchor`] of a page whose title is `title` and whose article starts at
/// `article_start`; `None` with neither a headline nor a start.
fn anchor(doc: &Document, title: &str, article_start: Option<NodeId>) -> Option<Anchor> {
    let headline = headline(doc, title);
    Some(Anchor {
        headline,
        from: headline.or(article_start)?,
        cards: has_cards(doc),
    })
}

/// Where the header is read from, in turn: the [`anchor`], then, when no `h1` resembles the
/// title, the page's lone headline ([`lone_headline`]). The second is read only where the
/// first finds nothing: a page whose title says something else than its headline.
fn anchors<'a>(
    doc: &'a Document,
    title: &str,
    article_start: Option<NodeId>,
) -> impl Iterator<Item = Anchor> + 'a {
    let first = anchor(doc, title, article_start);
    let read_lone = first.as_ref().is_none_or(|at| at.headline.is_none());
    // The page's cards, as the first anchor counted them.
    let cards = first.as_ref().map(|at| at.cards);
    let lone = std::iter::once_with(move || {
        let h = lone_headline(doc).filter(|_| read_lone)?;
        Some(Anchor {
            headline: Some(h),
            from: h,
            cards: cards.unwrap_or_else(|| has_cards(doc)),
        })
    })
    .flatten();
    first.into_iter().chain(lone)
}

/// Whether the page holds several `<article>` cards.
fn has_cards(doc: &Document) -> bool {
    (0..doc.nodes.len())
        .filter(|&id| doc.tag(id) == "article")
        .count()
        >= 3
}

/// Calls `visit` on the elements and texts after the headline (or from the article's start),
/// or in the post's footer (`place`), in document order, until it returns `Some` or
/// [`MAX_WORDS`] words have passed.
fn walk<'a, T>(
    doc: &'a Document,
    at: &Anchor,
    place: Place,
    mut visit: impl FnMut(Step<'a>) -> Option<T>,
) -> Option<T> {
    let (from, mut skip, end) = match place {
        Place::ByHeadline => (
            at.from,
            at.headline.map_or(0, |h| {
                inner_block(doc, h).unwrap_or_else(|| doc.subtree(h).end)
            }),
            doc.nodes.len(),
        ),
        Place::PostFooter => {
            let footer = post_footer(doc, at.from)?;
            (footer + 1, 0, doc.subtree(footer).end)
        }
    };
    let mut words = 0;
    for id in from..end {
        if id < skip {
            continue;
        }
        match &doc.nodes[id].data {
            NodeData::Element(e) => {
                if passed_over(&e.tag) || e.is_hidden() || (at.cards && e.tag == "article") {
                    skip = doc.subtree(id).end;
                } else if let Some(found) = visit(Step::Element(id, e)) {
                    return Some(found);
                }
            }
            NodeData::Text(t) => {
                if crate::html::is_never_prose(doc.tag(doc.nodes[id].parent())) {
                    continue;
                }
                let t = doc.span_text(*t);
                if let Some(found) = visit(Step::Text(id, t)) {
                    return Some(found);
                }
                words += text::word_count(t);
                if words > MAX_WORDS {
                    return None;
                }
            }
            _ => {}
        }
    }
    None
}

/// The date the page shows by its headline (`title`), or at the start of the article whose
/// first element is `article_start`: a `<time>`'s `datetime` as given, or the date's text as
/// written ("June 29, 2020", "20. März 2025").
pub fn shown_date(doc: &Document, title: &str, article_start: Option<NodeId>) -> Option<String> {
    anchors(doc, title, article_start).find_map(|at| date_by(doc, &at))
}

/// [`shown_date`] from one anchor.
fn date_by(doc: &Document, at: &Anchor) -> Option<String> {
    let search = |place| {
        walk(doc, at, place, |step| match step {
            Step::Element(_, e) => time_date(e),
            Step::Text(id, t) => text_date(t).filter(|_| !in_poster_detail(doc, id, t)),
        })
    };
    at.headline
        .and_then(|h| date_in_headline(doc, h))
        .or_else(|| search(Place::ByHeadline))
        .or_else(|| at.headline.and_then(|h| date_above_headline(doc, h)))
        .or_else(|| search(Place::PostFooter))
}

/// Whether the text `t` (node `id`) is a forum poster's statistic or its value ("Registered:
/// 2024-01-27", or "12.03.2024" after a "<strong>Registriert:</strong>"): the poster's join
/// date, not the page's.
fn in_poster_detail(doc: &Document, id: NodeId, t: &str) -> bool {
    if crate::boilerplate::poster_detail(t).is_some() {
        return true;
    }
    let parent = doc.nodes[id].parent();
    let line = SubtreeText::new(doc, Skip::UnshownText).raw(parent);
    line.chars().count() <= 60 && crate::boilerplate::poster_detail(&line).is_some()
}

/// A `<time>` inside the headline `h` itself ("<h1><time datetime=…>Dec 18</time> Title</h1>").
fn date_in_headline(doc: &Document, h: NodeId) -> Option<String> {
    doc.subtree(h)
        .find_map(|id| doc.element(id).and_then(time_date))
}

/// A `<time>`'s `datetime` when it names a day.
fn time_date(e: &Element) -> Option<String> {
    if e.tag != "time" {
        return None;
    }
    e.attr("datetime")
        .map(str::trim)
        .filter(|d| find_date(d).is_some_and(|(date, _)| date.day.is_some()))
        .map(str::to_string)
}

/// The day a short text names, as written.
fn text_date(t: &str) -> Option<String> {
    if !at_most_words(t, DATELINE_WORDS) {
        return None;
    }
    let (date, range) = find_date(t)?;
    date.day?;
    t.get(range).map(text::collapse)
}

/// The date in the few lines just above the headline (a kicker line "Published August 7,
/// 2023" over the `h1`): read backwards through at most [`ABOVE_HEADLINE_WORDS`] words and
/// [`ABOVE_HEADLINE_NODES`] nodes; `h` is the headline.
fn date_above_headline(doc: &Document, h: NodeId) -> Option<String> {
    let mut words = 0;
    for id in (1..h).rev().take(ABOVE_HEADLINE_NODES) {
        // Inside something passed over (a menu, a rail): not the page's date.
        if doc.ancestors(id).take(12).any(|a| passed_over(doc.tag(a))) {
            continue;
        }
        match &doc.nodes[id].data {
            NodeData::Element(e) => {
                if let Some(d) = time_date(e) {
                    return Some(d);
                }
            }
            NodeData::Text(t) => {
                if crate::html::is_never_prose(doc.tag(doc.nodes[id].parent())) {
                    continue;
                }
                let t = doc.span_text(*t);
                if let Some(d) = text_date(t) {
                    return Some(d);
                }
                words += text::word_count(t);
                if words > ABOVE_HEADLINE_WORDS {
                    return None;
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether an element's class, id or attributes mark it as the author's name.
fn marked_author(e: &Element) -> bool {
    if e.attr("rel")
        .is_some_and(|r| r.split_whitespace().any(|r| r == "author"))
        || e.attr("itemprop").is_some_and(|v| v.contains("author"))
    {
        return true;
    }
    let class_id = crate::extract::class_and_id(e);
    (AUTHOR_CLASS_WORDS.iter().any(|w| class_id.contains(w))
        || crate::class_words::translated(&class_id).any(|w| w == "author"))
        && !super::marks_author_detail(&class_id)
}

/// Path segments naming a site's pages of its authors or users, followed by one person's
/// ("/author/jane-doe/", "/users/4818/kumiko", "/members/slow-poke.3176/").
const AUTHOR_PATH_SEGMENTS: &[&str] = &[
    "author",
    "authors",
    "autor",
    "autores",
    "autoren",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "yazar",
    "writer",
    "writers",
    "contributor",
    "contributors",
    "user",
    "users",
    "member",
    "members",
];

/// Whether `e` is a link to one author's or user's page: the name it shows is the byline (a
/// link to the list of all of them, "/users", names nobody).
fn links_to_author_page(e: &Element) -> bool {
    if e.tag != "a" {
        return false;
    }
    let Some(href) = e.attr("href") else {
        return false;
    };
    let path = href
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .split("://")
        .last()
        .unwrap_or_default();
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    // The host of an absolute address is no segment.
    if href.contains("://") {
        segments.next();
    }
    // An author segment with another after it.
    let mut after_author = false;
    segments.any(|s| {
        let found = after_author;
        after_author = AUTHOR_PATH_SEGMENTS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(s));
        found
    })
}

/// Words opening the card of a post's last editor ("edited Sep 18, 2016 at 11:49" and the
/// editor's name), which stands before the author's card on some forums.
const EDITOR_LABELS: &[&str] = &[
    "edited",
    "last edited",
    "bearbeitet",
    "modifié",
    "editado",
    "modificato",
    "изменено",
    "edytowany",
    "編集",
    "编辑",
];

/// Ancestors of a link read for the card it sits in ([`in_editors_card`]).
const CARD_DEPTH: usize = 4;

/// Whether the link `id` sits in a post editor's card: the first text of one of its nearest
/// ancestors is an edit label (read alone: an ancestor may hold the whole page).
fn in_editors_card(doc: &Document, id: NodeId) -> bool {
    doc.ancestors(id).take(CARD_DEPTH).any(|a| {
        let Some(first) = doc
            .subtree(a)
            .find_map(|d| doc.text(d).filter(|t| !t.trim().is_empty()))
        else {
            return false;
        };
        let t = text::collapse(first).to_lowercase();
        EDITOR_LABELS.iter().any(|l| {
            t.strip_prefix(l)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':']))
        })
    })
}

/// The text of element `id` as the page shows it, blocks apart: without what is there for
/// screen readers only (a user's "Offline" status beside the name, "Posted by"), nor the
/// author's job title in a part of its own ([`job_title_part`]).
fn shown_text(doc: &Document, id: NodeId) -> String {
    // Left empty (nothing left out) unless the subtree holds such text.
    let mut unseen = Vec::new();
    let subtree = doc.subtree(id);
    for d in subtree.clone() {
        if doc
            .element(d)
            .is_some_and(Element::is_for_screen_readers_only)
            || (d > id && job_title_part(doc, d))
        {
            unseen.resize(subtree.end, false);
            unseen[d] = true;
        }
    }
    SubtreeText::new(doc, Skip::UnshownText)
        .with_breaks()
        .without(&unseen)
        .raw(id)
}

/// Whether element `id` is an author box's job title: marked as a detail of the author
/// ("byline-author__title", "author-role") with no such part inside it, and naming a job
/// ("Senior Autos Reporter"). An outer detail part may hold the name too
/// ("byline-author__description": "By Keith Barry", then the title).
fn job_title_part(doc: &Document, id: NodeId) -> bool {
    let marked = |d: NodeId| {
        doc.element(d)
            .is_some_and(|e| super::marks_author_detail(&crate::extract::class_and_id(e)))
    };
    marked(id) && !doc.subtree(id).skip(1).any(marked) && super::names_a_role(&doc.text_content(id))
}

/// A cleaned byline short enough to be names.
fn as_names(raw: &str) -> Option<String> {
    clean_byline(raw).filter(|b| !b.trim().is_empty() && at_most_words(b, BYLINE_WORDS))
}

/// A name found in plain text has at most this many words.
const NAME_WORDS: usize = 6;

/// Whether a cleaned byline found in plain text reads as names: a few words, each starting with
/// a letter that is not lower-case (a capital, or a letter of an uncased script) but for name
/// particles, and no sentence punctuation.
fn name_like(s: &str) -> bool {
    (1..=NAME_WORDS).contains(&s.split_whitespace().count()) && capitalised(s)
}

/// Whether every word of `s` but name particles starts with a letter that is not lower-case,
/// with no sentence punctuation.
fn capitalised(s: &str) -> bool {
    !s.contains(['!', '?', '¿', '¡', ':'])
        && s.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || NAME_PARTICLES.contains(&w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
        })
}

/// Whether `s` is a lone letter, as an avatar's stand-in shows the user's initial in a link of
/// its own before the name's.
fn avatar_initial(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphanumeric()).count() < 2
}

/// Whether a byline read from an author element's markup reads as names: a few words (a
/// user's handle may be lower-case), or capitalised names however many. A longer text with
/// words in lower case holds more than the name ("The Team Full Bio Learn about our
/// editorial policies", from a tooltip beside it).
fn names_from_markup(s: &str) -> bool {
    s.split_whitespace().count() <= NAME_WORDS || capitalised(s)
}

/// The byline the page shows by its headline (`title`), or at the start of the article whose
/// first element is `article_start`: the first element marked as the author (`rel=author`,
/// `itemprop=author`, byline/author/username class words in several languages, a
/// `data-author` value) whose text cleans into names, a short line opening with a "By" label,
/// or the name in the line after a lone label; all before the body's first long line.
pub fn shown_byline(doc: &Document, title: &str, article_start: Option<NodeId>) -> Option<String> {
    find_shown_byline(doc, title, article_start).map(|found| found.name)
}

/// The line under the headline (`title`), or in the post's own footer, that shows the byline
/// in words of its own, with no author markup: a block of at most [`BYLINE_LINE_WORDS`] words opening with a "By" label ("By
/// Jane Doe · 3 June 2026", "Автор: Анна Соколова") or with a name and its role ("김민수 기자"),
/// and the name in it. It is a header line:
/// the reader shows the name (and the date) in its header. `None` without a headline.
pub fn byline_line(doc: &Document, title: &str) -> Option<(NodeId, String)> {
    let found = find_shown_byline(doc, title, None)?;
    let (line, text) = line_of(doc, found.text?)?;
    let byline = opens_byline(&text) || name_beside_date(&text).is_some();
    (byline && at_most_words(&text, BYLINE_LINE_WORDS)).then_some((line, found.name))
}

/// The block holding text node `id` (its nearest block ancestor) and that block's text.
fn line_of(doc: &Document, id: NodeId) -> Option<(NodeId, String)> {
    let line = doc
        .ancestors(id)
        .find(|&a| crate::html::is_block(doc.tag(a)))?;
    Some((line, text::collapse(&doc.text_content(line))))
}

/// Whether `t` opens as a byline does: with a "By" label, or with a name and its role.
fn opens_byline(t: &str) -> bool {
    opens_with_by_label(t) || opens_with_name_and_role(t)
}

/// The line under the headline (`title`) that names `author`, the author the page's metadata
/// gives, with nothing else but a date and separators ("Ayşe Yılmaz · 3 Kasım 2025"): a byline
/// line with no label, told from a place and a date by the name it holds. `None` without a
/// headline.
pub fn author_line(doc: &Document, title: &str, author: &str) -> Option<NodeId> {
    let names: Vec<String> = author
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| w.chars().count() >= 2)
        .collect();
    if names.is_empty() {
        return None;
    }
    anchors(doc, title, None).find_map(|at| author_line_by(doc, &at, &names))
}

/// [`author_line`] from one anchor, `names` the author's words in lower case.
fn author_line_by(doc: &Document, at: &Anchor, names: &[String]) -> Option<NodeId> {
    walk(doc, at, Place::ByHeadline, |step| {
        let Step::Text(id, t) = step else {
            return None;
        };
        let lower = t.to_lowercase();
        if !names.iter().all(|n| lower.contains(n.as_str())) {
            return None;
        }
        let (line, text) = line_of(doc, id)?;
        if !at_most_words(&text, BYLINE_LINE_WORDS) {
            return None;
        }
        // Without the name's words, only a date, separators or nothing is left.
        let mut rest = text.to_lowercase();
        for n in names {
            rest = rest.replacen(n.as_str(), " ", 1);
        }
        let rest = rest.trim_matches(|c: char| !c.is_alphanumeric());
        (rest.is_empty() || crate::metadata::is_only_a_date(rest)).then_some(line)
    })
}

/// A byline by the headline, and the text node it was read from (none for an element's markup).
struct ShownByline {
    name: String,
    text: Option<NodeId>,
}

/// [`shown_byline`]'s search.
fn find_shown_byline(
    doc: &Document,
    title: &str,
    article_start: Option<NodeId>,
) -> Option<ShownByline> {
    anchors(doc, title, article_start).find_map(|at| {
        byline_in(doc, &at, Place::ByHeadline).or_else(|| byline_in(doc, &at, Place::PostFooter))
    })
}

/// [`find_shown_byline`] in one place.
fn byline_in(doc: &Document, at: &Anchor, place: Place) -> Option<ShownByline> {
    let mut after_label = 0usize;
    let mut body_started = false;
    let from_markup = |name: String| ShownByline { name, text: None };
    walk(doc, at, place, |step| match step {
        Step::Element(..) if body_started => None,
        Step::Element(id, e) => {
            if let Some(name) = e.attr("data-author").and_then(as_names) {
                return Some(from_markup(name));
            }
            let marked = marked_author(e);
            let author_link = !marked && links_to_author_page(e) && !in_editors_card(doc, id);
            if !marked && !author_link {
                return None;
            }
            // A link is read from its text, which a line around it may hold with a label and a
            // date: the line is a byline line ([`byline_line`]) as it would be without the link.
            let read_from = |name: String| ShownByline {
                name,
                text: if marked {
                    None
                } else {
                    doc.subtree(id).find(|&d| doc.text(d).is_some())
                },
            };
            // A break between the parts in elements of their own ("<div>Jane Doe</div><div>AI
            // Writer</div>"), so no name is glued to its neighbour.
            let t = text::collapse(&shown_text(doc, id));
            if t.chars().count() >= 100 {
                return None;
            }
            if is_by_label(&t) {
                after_label = 3;
                return None;
            }
            as_names(&t)
                .filter(|n| names_from_markup(n) && !avatar_initial(n))
                .map(read_from)
        }
        Step::Text(id, t) => {
            let t = text::collapse(t);
            if t.is_empty() || body_started {
                return None;
            }
            if text::word_count(&t) > BODY_LINE_WORDS {
                // The body has begun: a byline sits above it.
                body_started = true;
                return None;
            }
            if is_by_label(&t) {
                after_label = 3;
                return None;
            }
            let from_text = |name: String| ShownByline {
                name,
                text: Some(id),
            };
            if after_label > 0 {
                after_label -= 1;
                if at_most_words(&t, BYLINE_WORDS) {
                    return as_names(&t).filter(|n| name_like(n)).map(from_text);
                }
            }
            if opens_byline(&t) && at_most_words(&t, BYLINE_WORDS) {
                return as_names(&t).filter(|n| name_like(n)).map(from_text);
            }
            if place == Place::ByHeadline {
                if let Some(name) = name_beside_date(&t) {
                    return Some(from_text(name));
                }
            }
            None
        }
    })
}

/// The name in a line that is a name and a date only, with separators ("Jana Nováková, 14.
/// října 2026", "Ana Lima · 3 de novembro de 2025"): two to four capitalised words, not all
/// in capitals (a place's dateline, "NEW YORK, Oct. 14"), not a label ("Breaking News").
fn name_beside_date(t: &str) -> Option<String> {
    let (_, range) = find_date(t)?;
    if !at_most_words(t, BYLINE_LINE_WORDS) {
        return None;
    }
    let rest = format!("{} {}", &t[..range.start], &t[range.end..]);
    let rest = rest.trim_matches(|c: char| !c.is_alphanumeric());
    let words = text::word_count(rest);
    let shouting = !rest.chars().any(char::is_lowercase);
    if !(2..=4).contains(&words)
        || shouting
        || rest.chars().any(|c| c.is_numeric())
        || crate::boilerplate::label_kind(rest).is_some()
        || is_by_label(rest)
    {
        return None;
    }
    // The whole rest is the name: nothing a label or a cleaning took off ("Last Updated")
    // but the writer's role after it ("Aaron Ricadela | Senior Writer").
    as_names(rest).filter(|n| {
        name_like(n)
            && rest
                .strip_prefix(n.as_str())
                .is_some_and(|role| role.is_empty() || super::names_a_role(role))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(html: &str, title: &str) -> Option<String> {
        let doc = crate::parse::parse(html, &crate::Options::default()).ok()?;
        let start = doc.find_tag("article");
        shown_date(&doc, title, start)
    }

    fn byline(html: &str, title: &str) -> Option<String> {
        let doc = crate::parse::parse(html, &crate::Options::default()).ok()?;
        let start = doc.find_tag("article");
        shown_byline(&doc, title, start)
    }

    /// A heading whose line is followed by a block inside it (a heading closed by another
    /// level, "<h1>…</h2>", keeps what follows in it): the block is read as a line by the
    /// headline. A lone label before the block is no line of its own.
    #[test]
    fn a_block_inside_the_headline_after_its_line() {
        let html = "<div><h1>Moon water found at the pole</h2><p>March 3, 2025</p></div>\
            <p>Water was found in the soil of the moon's south pole, the agency said.</p>";
        assert_eq!(
            shown(html, "Moon water found at the pole").as_deref(),
            Some("March 3, 2025")
        );
        let block = |html: &str| -> Option<String> {
            let doc = crate::parse::parse(html, &crate::Options::default()).ok()?;
            let h1 = doc.find_tag("h1")?;
            inner_block(&doc, h1).map(|b| doc.tag(b).to_string())
        };
        assert_eq!(block(html).as_deref(), Some("p"));
        assert_eq!(
            block("<h1>Breaking:<div>Moon water found at the pole</div></h1>"),
            None
        );
    }

    /// A line of a name and a date only is a byline; a place's dateline in capitals, a label, a
    /// date label or one word before the date is not.
    #[test]
    fn a_name_beside_a_date() {
        assert_eq!(
            name_beside_date("Jana Nováková, 14. října 2026").as_deref(),
            Some("Jana Nováková")
        );
        assert_eq!(
            name_beside_date("3 de novembro de 2025 · Ana Lima").as_deref(),
            Some("Ana Lima")
        );
        for line in [
            "NEW YORK, Oct. 14, 2025",
            "Breaking News, October 14, 2025",
            "Last Updated October 3, 2025",
            "Brno, 14. října 2026",
            "Jana Nováková",
            "Jana Nováková, 14. října 2026, and the city council met again on Tuesday to vote on it",
        ] {
            assert_eq!(name_beside_date(line), None, "{line}");
        }
    }

    /// The byline line: a short block under the headline opening with a "By" label, the name
    /// read from it; not a sentence that opens with "By", not a long block, not without a
    /// headline.
    #[test]
    fn the_byline_line_under_the_headline() {
        let line = |html: &str| -> Option<(String, String)> {
            let doc = crate::parse::parse(html, &crate::Options::default()).ok()?;
            byline_line(&doc, "Moon water").map(|(id, name)| (doc.text_content(id), name))
        };
        let body = "<p>Water was found in the soil of the moon's south pole by the probe, which \
            landed there last spring and has been drilling since, the agency said on Monday.</p>";
        for (html, want) in [
            (
                "<h1>Moon water</h1><p>By Jane Doe · 3 June 2026</p>",
                Some(("By Jane Doe · 3 June 2026", "Jane Doe")),
            ),
            (
                "<h1>Moon water</h1><div>Von <a href=/a>Jana Keller</a> | 22. Mai 2025</div>",
                Some(("Von Jana Keller | 22. Mai 2025", "Jana Keller")),
            ),
            (
                "<h1>Moon water</h1><p>Автор: Анна Соколова</p>",
                Some(("Автор: Анна Соколова", "Анна Соколова")),
            ),
            (
                "<h1>Moon water</h1><p>โดย สมชาย ใจดี · 3 พฤศจิกายน 2025</p>",
                Some(("โดย สมชาย ใจดี · 3 พฤศจิกายน 2025", "สมชาย ใจดี")),
            ),
            (
                "<h1>Moon water</h1><p>记者 王小明 · 2025年11月3日 10:20</p>",
                Some(("记者 王小明 · 2025年11月3日 10:20", "王小明")),
            ),
            (
                "<h1>Moon water</h1><p>김민수 기자 · 2025년 11월 3일 10:20</p>",
                Some(("김민수 기자 · 2025년 11월 3일 10:20", "김민수")),
            ),
            (
                "<h1>Moon water</h1><p>By Tuesday the river had risen.</p>",
                None,
            ),
            (
                "<h1>Moon water</h1><div>By Jane Doe <span>and a long run of other words that \
                 make this block far more than a byline line could ever be</span></div>",
                None,
            ),
            ("<h1>Other story</h1><p>By Jane Doe</p>", None),
        ] {
            let got = line(&format!("{html}{body}"));
            let got = got.as_ref().map(|(t, n)| (t.trim(), n.as_str()));
            assert_eq!(got, want, "{html}");
        }
    }

    /// A bare name with a date under the headline is the byline line when it names the
    /// author the metadata gives; a place with a date, or the name in a sentence, is not.
    #[test]
    fn the_line_naming_the_known_author() {
        let found = |html: &str, author: &str| -> Option<String> {
            let doc = crate::parse::parse(html, &crate::Options::default()).ok()?;
            author_line(&doc, "Moon water", author).map(|id| doc.text_content(id))
        };
        let line = "<h1>Moon water</h1><p>Ayşe Yılmaz · 3 Kasım 2025, 10:20</p><p>Body.</p>";
        assert_eq!(
            found(line, "Ayşe Yılmaz").as_deref(),
            Some("Ayşe Yılmaz · 3 Kasım 2025, 10:20")
        );
        assert_eq!(found(line, "Mehmet Demir"), None);
        let place = "<h1>Moon water</h1><p>İzmir · 3 Kasım 2025</p>";
        assert_eq!(found(place, "Ayşe Yılmaz"), None);
        let sentence = "<h1>Moon water</h1><p>Ayşe Yılmaz said the water was found.</p>";
        assert_eq!(found(sentence, "Ayşe Yılmaz"), None);
    }

    #[test]
    fn a_posts_own_footer_gives_its_date_and_author() {
        let body =
            "<p>".to_string() + &"A long paragraph of the post's body text. ".repeat(30) + "</p>";
        let page = format!(
            r#"<article><h1>Preparing a transition</h1>{body}
            <footer><p>Posted by <a href="/author/cw">Colin Watson</a> on
            <time datetime="2025-12-18T13:21:19+00:00">Thu 18 December 2025</time></p></footer>
            </article><footer><p>Site by Jane Roe, <time datetime="2020-01-02">2 Jan 2020</time></p></footer>"#
        );
        assert_eq!(
            shown(&page, "Preparing a transition").as_deref(),
            Some("2025-12-18T13:21:19+00:00")
        );
        assert_eq!(
            byline(&page, "Preparing a transition").as_deref(),
            Some("Colin Watson")
        );
        // The page's footer is not the post's.
        let page = format!(
            r#"<article><h1>Preparing a transition</h1>{body}</article>
            <footer><p>Posted by Jane Roe on <time datetime="2020-01-02">2 Jan 2020</time></p></footer>"#
        );
        assert_eq!(shown(&page, "Preparing a transition"), None);
        assert_eq!(byline(&page, "Preparing a transition"), None);
    }

    #[test]
    fn a_time_inside_the_headline_is_its_date() {
        let page = r#"<article><h1><time datetime="2025-12-18">Dec 18 2025</time>
            <a href="/p">Preparing a transition</a></h1><p>Body.</p></article>"#;
        assert_eq!(
            shown(page, "Preparing a transition").as_deref(),
            Some("2025-12-18")
        );
    }

    /// A page whose title says something else than its one headline: the header is read by
    /// that headline when the title's search finds nothing. Several headlines, or a logo's,
    /// are no anchor.
    #[test]
    fn a_lone_headline_unlike_the_title_anchors_the_header() {
        let page = |h1s: &str| {
            format!(
                r#"<div class="hero">{h1s}<p>By <a href="/staff/ana">Ana Lima</a> | Senior Writer | 3 June 2026</p></div><main><p>The body starts here, well below the header line, with a sentence long enough to be read as prose by anyone.</p></main>"#
            )
        };
        let read = |html: &str| {
            let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
            let start = doc.find_tag("main");
            (
                shown_byline(&doc, "Buying guide", start),
                shown_date(&doc, "Buying guide", start),
            )
        };
        assert_eq!(
            read(&page("<h1>Find the right bike for your commute</h1>")),
            (
                Some("Ana Lima".to_string()),
                Some("3 June 2026".to_string())
            )
        );
        for h1s in [
            "<h1>Find the right bike for your commute</h1><h1>Another item of the listing</h1>",
            r#"<h1><a href="/">Valley Review Daily News</a></h1>"#,
            "<h1>Guides</h1>",
        ] {
            assert_eq!(read(&page(h1s)), (None, None), "{h1s}");
        }
    }

    /// The job title an author box sets apart from the name is not part of it; nor is a
    /// tooltip's text beside the name (the name is read from the line's own text then).
    #[test]
    fn an_author_box_gives_the_name_alone() {
        assert_eq!(
            byline(
                r#"<h1>Moon water</h1><span class="byline-author"><span class="byline-author__description">By <a href="/k">Keith Barry</a><br><span class="byline-author__title">Senior Autos Reporter</span></span></span>"#,
                "Moon water"
            )
            .as_deref(),
            Some("Keith Barry")
        );
        assert_eq!(
            byline(
                r#"<h1>Moon water</h1><div class="bylines-item">By <a href="/c">The Example Team</a> <div class="tip">Full Bio Learn about our editorial policies</div></div>"#,
                "Moon water"
            )
            .as_deref(),
            Some("The Example Team")
        );
    }

    /// A link to one author's or user's page by the headline names the author; a link to the
    /// list of all users, an avatar's initial and the card of the post's last editor do not.
    #[test]
    fn a_link_to_the_authors_page_names_the_author() {
        for (html, want) in [
            (
                r#"<h1>Moon water</h1><p><a href="https://example.com/blog/author/emmanuel-oyibo/">Emmanuel Oyibo</a></p><p>Private clouds compared.</p>"#,
                Some("Emmanuel Oyibo"),
            ),
            (
                r#"<h1>Moon water</h1><div class="meta"><a href="/users/4818/kumiko"><span>K</span></a><a href="/users/4818/kumiko">kumiko</a></div>"#,
                Some("kumiko"),
            ),
            (
                r#"<h1>Moon water</h1><div class="sig"><div>edited Sep 18, 2016</div><a href="/users/1/editor-one">EditorOne</a></div><div class="sig"><div>asked May 4, 2009</div><a href="/users/919/asker">asker</a></div>"#,
                Some("asker"),
            ),
            (
                r#"<h1>Moon water</h1><p><a href="/users">Users</a> <a href="/tags/water">Water</a></p>"#,
                None,
            ),
        ] {
            assert_eq!(byline(html, "Moon water").as_deref(), want, "{html}");
        }
    }

    #[test]
    fn the_byline_by_the_headline() {
        for (html, want) in [
            (
                r#"<h1>Moon water</h1><p><span class="authors--byline">By</span> <span itemprop="author"><a href="/a/sara">Sara Brown</a></span></p>"#,
                "Sara Brown",
            ),
            (
                r#"<h1>Moon water</h1><div><p>Written by</p><p class="x">Edzel Tabing</p></div>"#,
                "Edzel Tabing",
            ),
            (
                r#"<h1>Moon water</h1><p class="meta"><span>By <a href="/p/s">Sofia Gonzalez</a></span></p>"#,
                "Sofia Gonzalez",
            ),
            (
                r#"<h1>Moon water</h1><div class="pillar-header-author"><div>Author</div><div>Isaiah Shelton</div></div>"#,
                "Isaiah Shelton",
            ),
            (
                r#"<h1>Moon water</h1><article data-author="felixen"><p>Question text</p></article>"#,
                "felixen",
            ),
            (
                r#"<h1>Neue Brücke</h1><p>Von Jana Peters, 20. März 2025</p>"#,
                "Jana Peters",
            ),
            (
                r#"<h1>Moon water</h1><div class="post-author"><div>Jane Doe</div><div>18th Dec 2025</div></div>"#,
                "Jane Doe",
            ),
            (
                r#"<h1>Moon water</h1><div class="post-author"><div>Jane Doe</div><div>Nairobi</div></div>"#,
                "Jane Doe Nairobi",
            ),
        ] {
            assert_eq!(
                byline(html, "Moon water")
                    .as_deref()
                    .or(byline(html, "Neue Brücke").as_deref()),
                Some(want),
                "{html}"
            );
        }
        // Not a credit, not a sentence of the body, not far below.
        assert_eq!(
            byline(
                r#"<h1>Moon water</h1><p class="credit">Photo: AFP</p><p>By and large the moon is dry, said the scientists who went there.</p>"#,
                "Moon water"
            ),
            None
        );
        // Text for screen readers only is not part of the name.
        assert_eq!(
            byline(
                r#"<h1>Moon water</h1><p class="post-author"><span class="visually-hidden">Offline</span> <a href="/u/jonb">JonB</a></p>"#,
                "Moon water"
            )
            .as_deref(),
            Some("JonB")
        );
        // An author box's job title, biography or picture is not the byline; its name is.
        for detail in [
            "byline-author__title",
            "author-bio",
            "dynamic-author-description",
            "author-avatar",
        ] {
            let html = format!(
                r#"<h1>Moon water</h1><div class="{detail}">Senior Autos Reporter</div><p class="author-name">Keith Barry</p>"#
            );
            assert_eq!(
                byline(&html, "Moon water").as_deref(),
                Some("Keith Barry"),
                "{detail}"
            );
        }
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
    fn a_posters_join_date_is_not_the_pages() {
        for profile in [
            "<dd><strong>Registriert:</strong> 12.03.2024</dd>",
            "<dd><span>Registered: 2024-01-27</span></dd>",
        ] {
            let page = format!(
                "<h1>Westmodule am Balkon</h1><dl><dt>sonnenfeld</dt>{profile}</dl>\
                 <p>von sonnenfeld » 3. Juni 2025, 18:12</p><p>Hallo zusammen.</p>"
            );
            assert_eq!(
                shown(&page, "Westmodule am Balkon").as_deref(),
                Some("3. Juni 2025"),
                "{profile}"
            );
        }
    }

    #[test]
    fn not_a_date_in_the_body_or_far_below() {
        let body = "A sentence of the body that goes on and on, mentioning March 3, 2020 in passing, as bodies do.";
        let page = format!("<h1>Headline here</h1><p>{body}</p>");
        assert_eq!(shown(&page, "Headline here"), None);
        let filler = "word ".repeat(200);
        let page = format!("<h1>Headline here</h1><p>{filler}</p><p>March 3, 2020</p>");
        assert_eq!(shown(&page, "Headline here"), None);
        // Just above the headline.
        let page =
            r#"<div><span>Published August 7, 2023</span></div><h1>Headline here</h1><p>Text.</p>"#;
        assert_eq!(
            shown(page, "Headline here").as_deref(),
            Some("August 7, 2023")
        );
        // No headline and no article: nothing to read from.
        assert_eq!(shown("<p>March 3, 2020</p>", "Headline"), None);
    }
}
