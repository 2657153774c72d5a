//! Page metadata: title, byline, dates, site name, language, direction, excerpt, lead image.
//!
//! Reads, in order of trust: JSON-LD (`jsonld`), then `<meta>` tags (OpenGraph, Twitter, Dublin
//! Core, `article:*`, parsely), then the document (`<title>`, `<html lang>`, `dir`, `<time>`).
//! Does not look at the article body; bylines and excerpts found in the body are the `extract`
//! module's business.

mod jsonld;
mod title;

pub use title::clean_title;

use std::collections::HashMap;

use crate::dom::{Document, NodeData};
use crate::text::collapse;

/// Metadata found outside the article body.
#[derive(Debug, Default, Clone)]
pub struct Metadata {
    /// Headline.
    pub title: String,
    /// Author(s).
    pub byline: Option<String>,
    /// Publication name.
    pub site_name: Option<String>,
    /// Publication time.
    pub published: Option<String>,
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

fn first(map: &HashMap<String, String>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| map.get(*k).cloned())
}

fn looks_like_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.")
}

/// Collects the metadata of `doc`.
pub fn collect(doc: &Document) -> Metadata {
    let meta = meta_tags(doc);
    let mut ld_blocks = Vec::new();
    let mut doc_title = None;
    let mut headings = Vec::new();
    let mut lang = None;
    let mut dir = None;
    let mut base_href = None;
    for (id, node) in doc.nodes.iter().enumerate() {
        let NodeData::Element(e) = &node.data else {
            continue;
        };
        match e.tag.as_str() {
            "script" if e.attr("type").is_some_and(|t| t.contains("ld+json")) => {
                ld_blocks.push(
                    node.children
                        .iter()
                        .filter_map(|&c| doc.text(c))
                        .collect::<String>(),
                );
            }
            "title" if doc_title.is_none() && !doc.ancestors(id).any(|a| doc.tag(a) == "svg") => {
                let raw: String = node.children.iter().filter_map(|&c| doc.text(c)).collect();
                doc_title = Some(collapse(&raw));
            }
            "h1" | "h2" if headings.len() < 8 => headings.push(doc.text_content(id)),
            "html" => {
                lang = e.attr("lang").or(e.attr("xml:lang")).map(str::to_string);
                dir = e.attr("dir").map(str::to_ascii_lowercase);
            }
            "body" if dir.is_none() => dir = e.attr("dir").map(str::to_ascii_lowercase),
            "base" if base_href.is_none() => base_href = e.attr("href").map(str::to_string),
            _ => {}
        }
    }
    let ld = jsonld::read(&ld_blocks);

    let title = ld
        .title
        .clone()
        .or_else(|| {
            first(
                &meta,
                &[
                    "dc:title",
                    "dcterm:title",
                    "og:title",
                    "weibo:article:title",
                    "weibo:webpage:title",
                    "twitter:title",
                    "parsely-title",
                ],
            )
        })
        .unwrap_or_else(|| clean_title(doc_title.as_deref().unwrap_or(""), &headings));

    let byline = ld.byline.clone().or_else(|| {
        first(
            &meta,
            &[
                "dc:creator",
                "dcterm:creator",
                "author",
                "parsely-author",
                "article:author",
                "sailthru.author",
                "byl",
            ],
        )
        .filter(|a| !looks_like_url(a))
    });

    let lang = lang
        .filter(|l| !l.trim().is_empty())
        .or(ld.lang.clone())
        .or_else(|| {
            first(
                &meta,
                &["og:locale", "content-language", "language", "dc.language"],
            )
            .map(|l| l.replace('_', "-"))
        });

    Metadata {
        title,
        byline,
        site_name: ld.site_name.clone().or_else(|| {
            first(&meta, &["og:site_name", "application-name", "twitter:site"])
                .filter(|s| !s.starts_with('@'))
        }),
        published: ld.published.clone().or_else(|| {
            first(
                &meta,
                &[
                    "article:published_time",
                    "parsely-pub-date",
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
        }),
        lang,
        dir: dir.filter(|d| d == "rtl" || d == "ltr"),
        excerpt: ld.excerpt.clone().or_else(|| {
            first(
                &meta,
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
        }),
        image: ld.image.clone().or_else(|| {
            first(
                &meta,
                &[
                    "og:image",
                    "og:image:url",
                    "og:image:secure_url",
                    "twitter:image",
                    "twitter:image:src",
                    "thumbnail",
                ],
            )
        }),
        body_hint: ld.body,
        base_href,
    }
}
