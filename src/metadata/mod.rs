//! Page metadata: title, byline, dates, site name, language, direction, excerpt, lead image.
//!
//! Reads, in order of trust: JSON-LD (`jsonld`), then `<meta>` tags (OpenGraph, Twitter, Dublin
//! Core, `article:*`, parsely), then the document (`<title>`, `<html lang>`, `dir`, `<time>`).
//! Does not look at the article body; bylines and excerpts found in the body are the `extract`
//! module's business.

mod byline;
mod date;
mod header;
mod jsonld;
mod title;

pub(crate) use byline::marks_author_detail;
pub use byline::{clean_byline, names_a_role};
pub use date::{calendar_date, is_only_a_date, CalendarDate};
pub use header::{author_line, byline_line, shown_byline, shown_date};
pub(crate) use jsonld::names_type;
pub use title::{clean_title, strip_site, text_similarity, SiteHints};

use std::collections::HashMap;

use crate::dom::{Document, NodeData, NodeId, Skip, SubtreeText};
use crate::text::collapse;

/// What kind of page the page says it is, in schema.org types (JSON-LD or microdata) and its
/// Open Graph `og:type`, as stated: a review article may declare an article and a product, and
/// most pages declare neither. The block model reads it as three page features
/// (`blocks::features`); a declared discussion's replies are its content (comment verdicts are
/// dropped, `refine` adds replies around the rules' choice); [`Metadata::product`] is a
/// judgement made from the same declarations.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DeclaredTypes {
    /// An article type ([`jsonld::ARTICLE_TYPES`]) or `og:type` "article".
    pub article: bool,
    /// A product type with its offers ([`jsonld::PRODUCT_TYPES`]) or an `og:type` "product…"
    /// ("product", "product.item", "product.group").
    pub product: bool,
    /// A discussion type ([`jsonld::DISCUSSION_TYPES`]): a forum thread, a question with its
    /// answers, whose replies are its content.
    pub discussion: bool,
}

/// Metadata found outside the article body.
#[derive(Debug, Default, Clone)]
pub struct Metadata {
    /// Headline.
    pub title: String,
    /// Author(s).
    pub byline: Option<String>,
    /// Publication name.
    pub site_name: Option<String>,
    /// Publication time, from an article's JSON-LD or the article `<meta>` tags.
    pub published: Option<String>,
    /// A publication date the page states in a less common `<meta>` name (`published`,
    /// `publish-date`, `date-pub`…, when it reads as a date): shown, but not evidence that the
    /// page is a dated article. (A non-article JSON-LD object's `datePublished` was tried: on
    /// wcxb-dev it mostly dates product and service pages that show no date.)
    pub page_published: Option<String>,
    /// Language.
    pub lang: Option<String>,
    /// `ltr` or `rtl`, when the page says.
    pub dir: Option<String>,
    /// Summary.
    pub excerpt: Option<String>,
    /// Lead image URL as given (not yet resolved).
    pub image: Option<String>,
    /// JSON-LD `articleBody`, if any.
    pub body_hint: Option<String>,
    /// The `<base href>` of the page, if any.
    pub base_href: Option<String>,
    /// The page declares itself a product on sale (a schema.org `Product` with `offers`, in
    /// JSON-LD or microdata) and no article: a shop's page, whose customer reviews are not what
    /// the reader shows.
    pub product: bool,
    /// The schema.org and Open Graph types the page declares, as stated.
    pub declared_types: DeclaredTypes,
    /// The addresses of the page's versions in other languages, as its
    /// `<link rel="alternate" hreflang>` elements write them: links to them are a language
    /// switch.
    pub language_versions: Vec<String>,
}

/// Meta tag values by lower-cased key (`og:title`, `description`…); first occurrence wins.
fn meta_tags(doc: &Document) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for node in &doc.nodes {
        let NodeData::Element(e) = &node.data else {
            continue;
        };
        if e.tag != "meta" {
            continue;
        }
        let Some(content) = e.attr("content") else {
            continue;
        };
        let content = collapse(content);
        if content.is_empty() {
            continue;
        }
        for key_attr in ["property", "name", "itemprop"] {
            if let Some(keys) = e.attr(key_attr) {
                // `property` may list several space-separated keys.
                for key in keys.split_whitespace() {
                    map.entry(key.to_ascii_lowercase())
                        .or_insert_with(|| content.clone());
                }
            }
        }
    }
    map
}

const PROPERTY_PREFIXES: &[&str] = &["article", "dc", "dcterm", "og", "twitter"];
const PROPERTY_FIELDS: &[&str] = &[
    "author",
    "creator",
    "description",
    "published_time",
    "title",
    "site_name",
];
const NAME_PREFIXES: &[&str] = &[
    "dc",
    "dcterm",
    "og",
    "twitter",
    "parsely",
    "weibo:article",
    "weibo:webpage",
];
const NAME_FIELDS: &[&str] = &[
    "author",
    "creator",
    "pub-date",
    "description",
    "title",
    "site_name",
];

/// The key a `<meta name>` stands for, when it is one of the well-known article fields
/// (`DC.Creator` → `dc:creator`, `parsely-title`, `description`…).
fn name_key(name: &str) -> Option<String> {
    let key: String = name
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '.' { ':' } else { c })
        .collect();
    if NAME_FIELDS.contains(&key.as_str()) {
        return Some(key);
    }
    NAME_PREFIXES.iter().find_map(|p| {
        let rest = key.strip_prefix(p)?;
        let field = rest.strip_prefix([':', '-'])?;
        NAME_FIELDS.contains(&field).then(|| key.clone())
    })
}

/// The well-known article fields of the `<meta>` tags, keyed like `og:title` or `dc:creator`;
/// the last occurrence wins, as in Readability.js (whose choices readers are used to).
fn article_meta(doc: &Document) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for node in &doc.nodes {
        let NodeData::Element(e) = &node.data else {
            continue;
        };
        if e.tag != "meta" {
            continue;
        }
        let Some(content) = e.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
            continue;
        };
        let from_property = e.attr("property").and_then(|p| {
            p.split_whitespace().find_map(|k| {
                let k = k.to_lowercase();
                // `<meta property="author">`, as some sites write the plain name.
                if k == "author" {
                    return Some(k);
                }
                let (prefix, field) = k.split_once(':')?;
                (PROPERTY_PREFIXES.contains(&prefix) && PROPERTY_FIELDS.contains(&field))
                    .then_some(k)
            })
        });
        let key = from_property.or_else(|| e.attr("name").and_then(name_key));
        if let Some(key) = key {
            map.insert(key, content.to_string());
        }
    }
    map
}

/// How much a page's headline and its metadata title must share (each way, by
/// [`text_similarity`]) to be two versions of one headline.
const HEADLINE_AGREEMENT: f64 = 0.4;
/// A heading longer than this many words is not a headline.
const MAX_HEADLINE_WORDS: usize = 40;

/// Above this similarity (each way) a heading and a title are one headline spelled twice.
const SAME_HEADLINE: f64 = 0.8;

/// Shortest title taken for one cut to a length limit: shorter ones are whole titles that a
/// longer page title merely starts with ("Review" of "Review: the new phone").
const CUT_TITLE_CHARS: usize = 50;

/// `title`, or `page_title` when `title` is its start cut short (a trailing "…" or "..."
/// aside).
fn untruncated(title: String, page_title: &str) -> String {
    let cut = title.trim_end_matches(['…', '.', ' ']).trim_end();
    if cut.chars().count() >= CUT_TITLE_CHARS
        && page_title.len() > cut.len()
        && page_title.starts_with(cut)
    {
        page_title.to_string()
    } else {
        title
    }
}

/// Whether `heading` and `title` are the same headline but for a word or its punctuation.
fn near_identical(heading: &str, title: &str) -> bool {
    text_similarity(heading, title) >= SAME_HEADLINE
        && text_similarity(title, heading) >= SAME_HEADLINE
}

/// Whether `heading` and `title` are two versions of one headline.
fn agrees(heading: &str, title: &str) -> bool {
    crate::text::word_count(heading) <= MAX_HEADLINE_WORDS
        && text_similarity(heading, title) >= HEADLINE_AGREEMENT
        && text_similarity(title, heading) >= HEADLINE_AGREEMENT
}

fn first(map: &HashMap<String, String>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| map.get(*k).cloned())
}

fn looks_like_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.")
}

fn unescape(s: String) -> String {
    if s.contains('&') {
        collapse(&htmlize::unescape(s.as_str()))
    } else {
        collapse(&s)
    }
}

/// The date the page shows by its headline when its metadata states none (no `published`):
/// read once per page, both for `blocks::Page::shows_date` and for the article's `published`.
pub fn unstated_date_by_headline(doc: &Document, meta: &Metadata) -> Option<String> {
    if meta.published.is_some() {
        return None;
    }
    shown_date(doc, &meta.title, None)
}

/// The byline the page itself shows for the article: its byline element's text
/// (`byline_element`, as `extract` found it in the body), cleaned; else the one shown by the
/// headline or at the article's start (`article_start`, [`shown_byline`]). Read once per page:
/// it is the reader's byline ([`article_byline`]) and a sign the page is an article
/// (`readerable`).
pub fn shown_article_byline(
    meta: &Metadata,
    doc: &Document,
    article_start: Option<NodeId>,
    byline_element: Option<&str>,
) -> Option<String> {
    byline_element
        .and_then(clean_byline)
        .or_else(|| shown_byline(doc, &meta.title, article_start))
}

/// The byline the reader shows: the metadata's, unless it only names the site or publisher
/// (then the person the page shows, `shown`, comes first); else `shown`
/// ([`shown_article_byline`]).
pub fn article_byline(
    meta: &Metadata,
    page_url: Option<&str>,
    shown: Option<&str>,
) -> Option<String> {
    let owned_shown = || shown.map(str::to_string);
    match &meta.byline {
        Some(b) => {
            let hints = SiteHints {
                site_name: meta.site_name.as_deref(),
                host: page_url.and_then(crate::url::host),
                headings: &[],
                first_h1: None,
            };
            if title::names_site(b, &hints) {
                owned_shown().or_else(|| Some(b.clone()))
            } else if shown.is_some_and(|s| same_authors_as_written(b, s)) {
                owned_shown()
            } else {
                Some(b.clone())
            }
        }
        None => owned_shown(),
    }
}

/// Whether `shown` is the page's own wording of the several authors `listed` names (the
/// metadata's list, joined with ", "): each of them, in order, with at most a short connector
/// between two ("Jared Newman and Sam Singleton", "Ana Lima y Pablo Ruiz", "A, B, and C"), and
/// nothing before the first or after the last. The reader then shows the byline as written.
fn same_authors_as_written(listed: &str, shown: &str) -> bool {
    let names: Vec<&str> = listed.split(", ").map(str::trim).collect();
    if names.len() < 2 || names.iter().any(|n| n.is_empty()) {
        return false;
    }
    let mut rest = shown.trim();
    for (k, name) in names.iter().enumerate() {
        let Some(at) = rest.find(name) else {
            return false;
        };
        let gap = &rest[..at];
        let connector = gap.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '&');
        let short = connector.is_empty()
            || (k > 0
                && !connector.contains(char::is_whitespace)
                && connector.chars().count() <= MAX_CONNECTOR_CHARS
                && connector.chars().all(char::is_alphabetic));
        if !short || (k == 0 && !gap.trim().is_empty()) {
            return false;
        }
        rest = &rest[at + name.len()..];
    }
    rest.trim().is_empty()
}

/// Letters of a word joining two authors' names ("and", "und", "et", "y", "и").
const MAX_CONNECTOR_CHARS: usize = 4;

/// What one walk over the document gives the metadata: JSON-LD blocks, the `<title>`, headings,
/// the language, direction and `<base href>`.
#[derive(Default)]
struct DocumentFacts {
    ld_blocks: Vec<String>,
    doc_title: Option<String>,
    /// Text of the first 50 `h1`/`h2`.
    headings: Vec<String>,
    /// Text of the first two `h1`.
    h1s: Vec<String>,
    /// The first non-empty `h1`, whitespace folded.
    first_h1: Option<String>,
    lang: Option<String>,
    dir: Option<String>,
    base_href: Option<String>,
    /// An element's microdata `itemtype` is a discussion type.
    discussion_itemtype: bool,
    /// An element's microdata `itemtype` is a product type, and one's `itemprop` is `offers`.
    product_itemtype: bool,
    offers_itemprop: bool,
    /// An element's microdata `itemtype` is an article type.
    article_itemtype: bool,
    /// `href` of each `<link rel="alternate" hreflang>`.
    language_versions: Vec<String>,
}

/// The document's own metadata elements, in one pass.
fn scan_document(doc: &Document) -> DocumentFacts {
    let mut f = DocumentFacts::default();
    for (id, node) in doc.nodes.iter().enumerate() {
        let NodeData::Element(e) = &node.data else {
            continue;
        };
        if let Some(types) = e.attr("itemtype") {
            let names = |wanted| types.split_whitespace().any(|t| names_type(t, wanted));
            f.discussion_itemtype |= names(jsonld::DISCUSSION_TYPES);
            f.product_itemtype |= names(jsonld::PRODUCT_TYPES);
            f.article_itemtype |= names(jsonld::ARTICLE_TYPES);
        }
        f.offers_itemprop |= e.attr("itemprop") == Some("offers");
        match e.tag.as_str() {
            "script" if e.attr("type").is_some_and(|t| t.contains("ld+json")) => {
                f.ld_blocks.push(
                    doc.children(id)
                        .iter()
                        .filter_map(|c| doc.text(c))
                        .collect::<String>(),
                );
            }
            "title" if f.doc_title.is_none() && !doc.ancestors(id).any(|a| doc.tag(a) == "svg") => {
                let raw: String = doc
                    .children(id)
                    .iter()
                    .filter_map(|c| doc.text(c))
                    .collect();
                f.doc_title = Some(collapse(&raw));
            }
            "h1" | "h2" if f.headings.len() < 50 => {
                // A `<br>` or a block inside a heading separates words ("News Product<br>
                // Management").
                let text = SubtreeText::new(doc, Skip::UnshownText).with_breaks();
                // An aria-hidden or hidden part is not read (an animated copy of the words, an
                // icon): the heading is its other parts.
                let hidden_part = doc
                    .children(id)
                    .iter()
                    .any(|c| doc.element(c).is_some_and(crate::dom::Element::is_hidden));
                let t = if hidden_part {
                    let parts: Vec<String> = doc
                        .children(id)
                        .iter()
                        .filter(|&c| !doc.element(c).is_some_and(crate::dom::Element::is_hidden))
                        .map(|c| text.folded(c))
                        .collect();
                    collapse(&parts.concat())
                } else {
                    text.folded(id)
                };
                let t = without_leading_time(doc, id, &text, t);
                let t = before_inner_block(doc, id, &text).unwrap_or(t);
                if e.tag == "h1" && f.h1s.len() < 2 {
                    f.h1s.push(t.clone());
                }
                if e.tag == "h1" && f.first_h1.is_none() && !t.trim().is_empty() {
                    f.first_h1 = Some(collapse(&t));
                }
                f.headings.push(t);
            }
            "html" => {
                f.lang = e.attr("lang").or(e.attr("xml:lang")).map(str::to_string);
                f.dir = e.attr("dir").map(str::to_ascii_lowercase);
            }
            "body" if f.dir.is_none() => f.dir = e.attr("dir").map(str::to_ascii_lowercase),
            "base" if f.base_href.is_none() => f.base_href = e.attr("href").map(str::to_string),
            "link"
                if e.attr("hreflang").is_some()
                    && e.attr("rel").is_some_and(|r| {
                        r.split_whitespace()
                            .any(|r| r.eq_ignore_ascii_case("alternate"))
                    }) =>
            {
                if let Some(href) = e.attr("href").map(str::trim).filter(|h| !h.is_empty()) {
                    f.language_versions.push(href.to_string());
                }
            }
            _ => {}
        }
    }
    f
}

/// A heading's text `t` without the date it opens with in a `<time>` (a blog's "<h1><a><time>Dec
/// 18 2025</time> Title</a></h1>"): the date is not part of the headline. A `<time>` later in
/// the heading ("Launch set for <time>March 3</time>") stays.
fn without_leading_time(doc: &Document, heading: NodeId, text: &SubtreeText, t: String) -> String {
    let first_text = doc
        .subtree(heading)
        .find(|&n| doc.text(n).is_some_and(|s| !s.trim().is_empty()));
    let time = first_text.and_then(|n| {
        doc.ancestors(n)
            .take_while(|&a| a != heading)
            .find(|&a| doc.tag(a) == "time")
    });
    let Some(time) = time else { return t };
    let date = text.folded(time);
    match t.trim_start().strip_prefix(date.trim()) {
        Some(rest) if !rest.trim().is_empty() => collapse(rest),
        _ => t,
    }
}

/// The text of `heading` before the block inside it that follows a line of its own
/// ([`header::inner_block`]): that line is the headline. `None` when it holds no such block.
fn before_inner_block(doc: &Document, heading: NodeId, text: &SubtreeText) -> Option<String> {
    let block = header::inner_block(doc, heading)?;
    let before: String = doc
        .children(heading)
        .iter()
        .take_while(|&c| c != block)
        .map(|c| text.folded(c))
        .collect();
    Some(collapse(&before))
}

/// The sources a metadata field is chosen from.
struct Sources<'a> {
    /// Every `<meta>` tag.
    meta: &'a HashMap<String, String>,
    /// The article `<meta>` tags Readability reads.
    rd: &'a HashMap<String, String>,
    ld: &'a jsonld::JsonLd,
    facts: &'a DocumentFacts,
    page_url: Option<&'a str>,
}

/// Collects the metadata of `doc`, a page at `page_url` (when known: its host helps tell the
/// site's name from the headline).
///
/// The article fields follow Readability.js's order of trust (JSON-LD, then Dublin Core,
/// OpenGraph, plain and Twitter/Parse.ly meta names); other common tags only fill gaps.
pub fn collect(doc: &Document, page_url: Option<&str>) -> Metadata {
    let meta = meta_tags(doc);
    let rd = article_meta(doc);
    let facts = scan_document(doc);
    let ld = jsonld::read(&facts.ld_blocks);
    let src = Sources {
        meta: &meta,
        rd: &rd,
        ld: &ld,
        facts: &facts,
        page_url,
    };
    let site_name = site_name(&src);
    let og_type = meta.get("og:type").map(|t| t.trim().to_ascii_lowercase());
    let declared = DeclaredTypes {
        article: ld.article || facts.article_itemtype || og_type.as_deref() == Some("article"),
        product: ld.product
            || (facts.product_itemtype && facts.offers_itemprop)
            || og_type.as_deref().is_some_and(|t| t.starts_with("product")),
        discussion: ld.discussion || facts.discussion_itemtype,
    };
    Metadata {
        title: title(&src, site_name.as_deref()),
        byline: byline(&src),
        published: published(&src),
        page_published: page_published(&src),
        lang: lang(&src),
        dir: facts.dir.clone().filter(|d| d == "rtl" || d == "ltr"),
        excerpt: excerpt(&src),
        image: lead_image(&src),
        body_hint: ld.body.clone(),
        base_href: facts.base_href.clone(),
        declared_types: declared,
        product: (ld.product || (facts.product_itemtype && facts.offers_itemprop))
            && !(ld.article || facts.article_itemtype),
        language_versions: facts.language_versions.clone(),
        site_name,
    }
}

/// The headline: JSON-LD, else the article `<meta>` titles, else the document `<title>`
/// (cleaned), without the site's name (or only its first part, when the page's first `h1` is
/// that part); the page's first `h1` instead when it agrees with that title without being the
/// same words or only the site's name (a logo).
fn title(src: &Sources, site_name: Option<&str>) -> String {
    let (ld, facts) = (src.ld, src.facts);
    let page_title = clean_title(
        facts.doc_title.as_deref().unwrap_or(""),
        &facts.headings,
        &facts.h1s,
    );

    // JSON-LD `name` and `headline` should agree; when they don't, the one that resembles the
    // page title is the headline (some sites put their own name in `name`).
    let ld_title = match (&ld.name, &ld.headline) {
        (Some(name), Some(headline)) if name != headline => {
            let name_matches = text_similarity(name, &page_title) > 0.75;
            let headline_matches = text_similarity(headline, &page_title) > 0.75;
            if headline_matches && !name_matches {
                Some(headline.clone())
            } else {
                Some(name.clone())
            }
        }
        (Some(name), _) => Some(name.clone()),
        (None, headline) => headline.clone(),
    };
    // A JSON-LD headline cut to a length limit (some SEO plugins cut at 110 characters) is the
    // start of the page's own title: the whole one is the headline.
    let ld_title = ld_title.map(|t| untruncated(t, &page_title));
    let title = ld_title
        .or_else(|| {
            first(
                src.rd,
                &[
                    "dc:title",
                    "dcterm:title",
                    "og:title",
                    "weibo:article:title",
                    "weibo:webpage:title",
                    "title",
                    "twitter:title",
                    "parsely-title",
                ],
            )
            .map(unescape)
        })
        .filter(|t| !t.is_empty());
    let title = title.unwrap_or_else(|| page_title.clone());

    // "Headline | Site Name", from the document <title> or the page's own metadata alike: the
    // site's name is not part of the headline.
    let hints = SiteHints {
        site_name,
        host: src.page_url.and_then(crate::url::host),
        headings: &facts.headings,
        first_h1: facts.first_h1.as_deref(),
    };
    let title = strip_site(&title, &hints);

    // The headline the page shows (its first `h1`), when it agrees with what the metadata calls
    // the title: the metadata's title is often a search-engine version of it, and the reader
    // shows the headline its user has just seen on the page. Not when the two are
    // near-identical (the metadata's spelling stays).
    facts
        .first_h1
        .clone()
        .filter(|h1| {
            !near_identical(h1, &title) && agrees(h1, &title) && !title::is_site_name(h1, &hints)
        })
        .map(|h1| {
            strip_site(
                &h1,
                &SiteHints {
                    site_name,
                    host: src.page_url.and_then(crate::url::host),
                    headings: &[],
                    first_h1: None,
                },
            )
        })
        .filter(|h1| !h1.is_empty())
        .unwrap_or(title)
}

/// The author(s) from JSON-LD or the author `<meta>` tags: never a photo credit, never the date.
fn byline(src: &Sources) -> Option<String> {
    let byline = src.ld.byline.clone().or_else(|| {
        first(
            src.rd,
            &["dc:creator", "dcterm:creator", "author", "parsely-author"],
        )
        .or_else(|| first(src.rd, &["article:author"]).filter(|a| !looks_like_url(a)))
        .map(unescape)
        .filter(|a| !a.is_empty())
    });
    byline.and_then(|b| clean_byline(&b))
}

/// `<html lang>`, else JSON-LD's, else the language `<meta>` tags.
fn lang(src: &Sources) -> Option<String> {
    src.facts
        .lang
        .clone()
        .filter(|l| !l.trim().is_empty())
        .or(src.ld.lang.clone())
        .or_else(|| {
            first(
                src.meta,
                &["og:locale", "content-language", "language", "dc.language"],
            )
            .map(|l| l.replace('_', "-"))
        })
}

/// The publication's name: JSON-LD, OpenGraph, then the application name or a Twitter name
/// that is not a handle (`@site` is refused).
fn site_name(src: &Sources) -> Option<String> {
    src.ld
        .site_name
        .clone()
        .or_else(|| first(src.rd, &["og:site_name"]).map(unescape))
        .or_else(|| {
            first(src.meta, &["application-name", "twitter:site"]).filter(|s| !s.starts_with('@'))
        })
}

/// The article's publication time: JSON-LD, the article `<meta>` tags, then the common date
/// `<meta>` names.
fn published(src: &Sources) -> Option<String> {
    src.ld.published.clone().or_else(|| {
        first(src.rd, &["article:published_time", "parsely-pub-date"]).or_else(|| {
            first(
                src.meta,
                &[
                    "og:article:published_time",
                    "datepublished",
                    "date",
                    "dc.date",
                    "dcterms.date",
                    "pubdate",
                    "publishdate",
                    "sailthru.date",
                ],
            )
        })
    })
}

/// A date in a less common `<meta>` name, when it reads as a date (`Metadata::page_published`).
fn page_published(src: &Sources) -> Option<String> {
    first(
        src.meta,
        &[
            "published",
            "publish-date",
            "publish_date",
            "published-date",
            "published_date",
            "date-pub",
            "og:published_time",
            "og:publish_date",
            "article.published",
            "dc.date.issued",
        ],
    )
    .filter(|d| calendar_date(d).is_some())
}

/// The summary: JSON-LD, else the description `<meta>` tags.
fn excerpt(src: &Sources) -> Option<String> {
    src.ld.excerpt.clone().or_else(|| {
        first(
            src.rd,
            &[
                "dc:description",
                "dcterm:description",
                "og:description",
                "weibo:article:description",
                "weibo:webpage:description",
                "description",
                "twitter:description",
            ],
        )
        .map(unescape)
    })
}

/// The lead image: JSON-LD, OpenGraph, then Twitter's, each refused when it is a counter.
fn lead_image(src: &Sources) -> Option<String> {
    let meta = src.meta;
    src.ld
        .image
        .clone()
        .filter(|i| !crate::pixel::is_tracking_pixel(i, None, None))
        .or_else(|| {
            // The OpenGraph image with its declared size: a 1×1 one is a counter.
            first(meta, &["og:image", "og:image:url", "og:image:secure_url"]).filter(|i| {
                !crate::pixel::is_tracking_pixel(
                    i,
                    meta.get("og:image:width").map(String::as_str),
                    meta.get("og:image:height").map(String::as_str),
                )
            })
        })
        .or_else(|| {
            first(meta, &["twitter:image", "twitter:image:src", "thumbnail"])
                .filter(|i| !crate::pixel::is_tracking_pixel(i, None, None))
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn several_authors_read_as_the_page_writes_them() {
        use super::same_authors_as_written as same;
        assert!(same(
            "Jared Newman, Sam Singleton",
            "Jared Newman and Sam Singleton"
        ));
        assert!(same(
            "Ana Lima, Pablo Ruiz, Marta Gil",
            "Ana Lima, Pablo Ruiz y Marta Gil"
        ));
        assert!(same("A. Writer, B. Editor", "A. Writer & B. Editor"));
        // Other words than a connector, another order, a name missing, one author.
        assert!(!same(
            "Jared Newman, Sam Singleton",
            "Jared Newman, edited by Sam Singleton"
        ));
        assert!(!same(
            "Jared Newman, Sam Singleton",
            "Sam Singleton and Jared Newman"
        ));
        assert!(!same("Jared Newman, Sam Singleton", "Jared Newman"));
        assert!(!same(
            "Jared Newman, Sam Singleton",
            "Jared Newman and Sam Singleton, USA TODAY"
        ));
        assert!(!same("Jared Newman", "Jared Newman"));
    }

    use super::*;

    fn title_of(head: &str, body: &str) -> String {
        let html = format!("<html><head>{head}</head><body>{body}</body></html>");
        let doc = crate::parse::parse(&html, &crate::Options::default()).unwrap_or_default();
        collect(&doc, Some("https://www.example.com/post")).title
    }

    #[test]
    fn a_date_the_headline_opens_with_is_not_part_of_it() {
        let head = "<title>Preparing a transition in Debusine | Jane's blog</title>";
        let h1 = r#"<h1><a href="/p"><time datetime="2025-12-18">Dec <span>18</span> 2025</time>
            Preparing a transition in&nbsp;Debusine</a></h1>"#;
        assert_eq!(title_of(head, h1), "Preparing a transition in Debusine");
        // A date inside the headline's sentence stays.
        let head = "<title>Launch set for March 3 - Example</title>";
        let h1 = r#"<h1>Launch set for <time datetime="2026-03-03">March 3</time></h1>"#;
        assert_eq!(title_of(head, h1), "Launch set for March 3");
    }

    #[test]
    fn the_shown_headline_when_the_metadata_titles_disagree() {
        let head = r#"<title>SEO Strategies That Work - Example</title>
            <meta property="og:title" content="Top 11 SEO Strategies for 2025">"#;
        let h1 = "<h1>11 SEO Strategies for 2025 to Boost Rankings and Stay Ahead | Example</h1>";
        assert_eq!(
            title_of(head, h1),
            "11 SEO Strategies for 2025 to Boost Rankings and Stay Ahead"
        );
        // A logo or section heading is not the headline.
        assert_eq!(
            title_of(head, "<h1>Example</h1>"),
            "Top 11 SEO Strategies for 2025"
        );
    }

    /// A logo `h1` that spells the site's host is not the headline, though the title starts
    /// with it.
    #[test]
    fn a_logo_h1_naming_the_host_is_not_the_headline() {
        let head = "<title>example.com Vibe Coding Notes</title>";
        assert_eq!(
            title_of(head, "<h1>example.com</h1>"),
            "example.com Vibe Coding Notes"
        );
    }

    /// A headline animated word by word in an aria-hidden copy, its words in a part read aloud:
    /// the headline is the words once, not the copy glued to them.
    #[test]
    fn a_heading_without_its_hidden_parts() {
        let html = r#"<h1><span aria-hidden="true"><span style="display:inline-block">The product</span><span style="display:inline-block">development</span></span><span class="sr-only">The product development system</span></h1>"#;
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        let facts = scan_document(&doc);
        assert_eq!(
            facts.first_h1.as_deref(),
            Some("The product development system")
        );
        assert_eq!(facts.h1s, ["The product development system"]);
    }

    #[test]
    fn the_lead_image_is_never_a_counter() {
        let collect_of = |head: &str| {
            let html = format!("<html><head>{head}</head><body><p>Text</p></body></html>");
            let doc = crate::parse::parse(&html, &crate::Options::default()).unwrap_or_default();
            collect(&doc, None).image
        };
        let head = r#"<meta property="og:image" content="https://e.org/p.gif">
            <meta property="og:image:width" content="1"><meta property="og:image:height" content="1">
            <meta name="twitter:image" content="https://e.org/photo.jpg">"#;
        assert_eq!(collect_of(head).as_deref(), Some("https://e.org/photo.jpg"));
        let head =
            r#"<meta property="og:image" content="https://www.facebook.com/tr?id=1&ev=PageView">"#;
        assert_eq!(collect_of(head), None);
        let head = r#"<meta property="og:image" content="https://e.org/photo.jpg">
            <meta property="og:image:width" content="1200">"#;
        assert_eq!(collect_of(head).as_deref(), Some("https://e.org/photo.jpg"));
    }

    #[test]
    fn the_shown_headline_even_when_two_metadata_titles_agree() {
        let h1 = "<h1>11 SEO Strategies for 2025 to Boost Rankings and Stay Ahead</h1>";
        // The article's JSON-LD headline, OpenGraph and the document title all say less than
        // the headline the page shows (the reviewed titles of wcxb-dev are the shown ones).
        let head = r#"<meta property="og:title" content="Top 11 SEO Strategies for 2025">
            <script type="application/ld+json">{"@type":"BlogPosting","headline":"Eleven SEO strategies for 2025"}</script>"#;
        assert_eq!(
            title_of(head, h1),
            "11 SEO Strategies for 2025 to Boost Rankings and Stay Ahead"
        );
        let head = r#"<title>Top 11 SEO Strategies for 2025 | Example</title>
            <meta property="og:title" content="Top 11 SEO Strategies for 2025">"#;
        assert_eq!(
            title_of(head, h1),
            "11 SEO Strategies for 2025 to Boost Rankings and Stay Ahead"
        );
        // The same headline but for punctuation keeps the metadata's spelling.
        let head = r#"<meta property="og:title" content="Top 11 SEO strategies — for 2025">"#;
        assert_eq!(
            title_of(head, "<h1>Top 11 SEO Strategies: for 2025!</h1>"),
            "Top 11 SEO strategies — for 2025"
        );
    }

    #[test]
    fn a_headline_broken_across_lines_keeps_its_word_gap() {
        let head = "<title>News Product Management Certification | Alliance</title>";
        let h1 = "<h1><span>News Product<br>Management Certification</span></h1>";
        assert_eq!(title_of(head, h1), "News Product Management Certification");
        let h1 = "<h1>Build what is next<br/><span>on the open cloud</span></h1>";
        assert_eq!(
            title_of("<title>Example | The open cloud</title>", h1),
            "Build what is next on the open cloud"
        );
    }

    #[test]
    fn a_json_ld_headline_escaped_twice_is_decoded() {
        let head = r#"<script type="application/ld+json">{"@type":"Article","headline":"And finally&amp;#8230; trouble brewing"}</script>"#;
        assert_eq!(
            title_of(head, "<p>Text.</p>"),
            "And finally\u{2026} trouble brewing"
        );
        // Text that only looks like a reference after one round stays as written.
        let head = r#"<script type="application/ld+json">{"@type":"Article","headline":"AT&amp;T and R&D"}</script>"#;
        assert_eq!(title_of(head, "<p>Text.</p>"), "AT&T and R&D");
    }

    #[test]
    fn a_json_ld_headline_cut_short_gives_way_to_the_whole_title() {
        let whole =
            "Fix It Friday: How To Arrange Your Living Room (Including One Trick That Works)";
        let head = format!(
            r#"<title>{whole} - Emily H</title><script type="application/ld+json">{{"@type":"Article","headline":"Fix It Friday: How To Arrange Your Living Room (Including"}}</script>"#
        );
        assert_eq!(title_of(&head, "<p>Text.</p>"), whole);
        // A short headline the title merely starts with is a headline of its own.
        let head = r#"<title>Review: the new phone</title><script type="application/ld+json">{"@type":"Article","headline":"Review"}</script>"#;
        assert_eq!(title_of(head, "<p>Text.</p>"), "Review");
    }

    #[test]
    fn what_a_page_declares_itself_is_read_from_json_ld_microdata_and_open_graph() {
        let declared = |head: &str, body: &str| {
            let html = format!("<html><head>{head}</head><body>{body}</body></html>");
            let doc = crate::parse::parse(&html, &crate::Options::default()).unwrap_or_default();
            collect(&doc, None).declared_types
        };
        let none = DeclaredTypes::default();
        assert_eq!(declared("<title>T</title>", "<p>Text.</p>"), none);
        let article = DeclaredTypes {
            article: true,
            ..none
        };
        assert_eq!(
            declared(r#"<meta property="og:type" content="Article">"#, ""),
            article
        );
        assert_eq!(
            declared(
                r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>"#,
                ""
            ),
            article
        );
        // A product is declared with its offers (a review names its product without any).
        let product = DeclaredTypes {
            product: true,
            ..none
        };
        assert_eq!(
            declared(
                r#"<script type="application/ld+json">{"@type":"Product","name":"P","offers":{"price":"9"}}</script>"#,
                ""
            ),
            product
        );
        assert_eq!(
            declared(
                r#"<script type="application/ld+json">{"@type":"Product","name":"P"}</script>"#,
                ""
            ),
            none
        );
        assert_eq!(
            declared(r#"<meta property="og:type" content="product.item">"#, ""),
            product
        );
        assert_eq!(
            declared(
                "",
                r#"<div itemscope itemtype="https://schema.org/Product"><span itemprop="offers">9 €</span></div>"#
            ),
            product
        );
        // Both, as stated: a shop's review article.
        let both = declared(
            r#"<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"Product","offers":{}}</script>"#,
            "",
        );
        assert!(both.article && both.product && !both.discussion);
        // A forum post is an article too, in schema.org's hierarchy.
        assert_eq!(
            declared(
                "",
                r#"<div itemscope itemtype="https://schema.org/DiscussionForumPosting"></div>"#
            ),
            DeclaredTypes {
                article: true,
                discussion: true,
                ..none
            }
        );
        // A website is not an article.
        assert_eq!(
            declared(r#"<meta property="og:type" content="website">"#, ""),
            none
        );
    }
}
