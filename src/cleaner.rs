//! [`Cleaner`]: the streaming driver that turns page bytes into an [`Article`].
//!
//! `write` feeds chunks straight into the lol_html parse (nothing else is buffered); `end`
//! runs the whole-document steps in order: statistics → clutter verdicts → article choice →
//! duplicate-body check → sanitised writing → metadata. Those steps need the whole page, so the
//! tree is the buffered state, bounded by [`Options::max_elements`] and the input size limit.

use crate::article::{Article, DuplicateBody, Removed};
use crate::dom::Document;
use crate::errors::Error;
use crate::extract;
use crate::options::Options;
use crate::parse::Parser;
use crate::{boilerplate, dedupe, metadata, sanitize, stats, text};

/// Streaming cleaner: `Cleaner::new(options)`, any number of `write(chunk)`, then `end()`.
pub struct Cleaner {
    parser: Parser,
    options: Options,
}

impl Cleaner {
    /// A cleaner for one UTF-8 page.
    pub fn new(options: Options) -> Cleaner {
        Cleaner {
            parser: Parser::new(&options),
            options,
        }
    }

    /// Feeds the next chunk of the page (chunks may split anywhere, even inside a character).
    pub fn write(&mut self, chunk: &[u8]) -> Result<(), Error> {
        self.parser.write(chunk)
    }

    /// Finishes the page and returns the article.
    pub fn end(self) -> Result<Article, Error> {
        let doc = self.parser.finish()?;
        Ok(build_article(&doc, &self.options))
    }
}

/// Runs the whole-document steps on a parsed page.
pub(crate) fn build_article(doc: &Document, options: &Options) -> Article {
    let meta = metadata::collect(doc);
    let stats = stats::compute(doc);
    let verdicts = boilerplate::classify(doc, &stats);
    let mut ex = extract::extract(
        doc,
        &stats,
        &verdicts,
        meta.body_hint.as_deref(),
        &meta.title,
    );

    // Duplicate body: drop repeated blocks before writing.
    // The article's blocks are compared with each other and with the rest of the page (hidden
    // and noscript copies); only copies inside the article are dropped.
    let page_blocks = dedupe::blocks::collect(doc, &ex.roots, &ex.drop, &stats);
    let dup = dedupe::detect(&page_blocks.blocks);
    if options.collapse_duplicates {
        for &i in &dup.drop {
            if let Some(d) = page_blocks.nodes.get(i).and_then(|&id| ex.drop.get_mut(id)) {
                *d = true;
            }
        }
    }

    let page_url = options
        .url
        .as_deref()
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let base_owned = match (&meta.base_href, page_url) {
        (Some(b), Some(p)) => crate::url::resolve(Some(p), b, crate::url::UrlUse::Link),
        (Some(b), None) => {
            crate::url::resolve(None, b, crate::url::UrlUse::Link).filter(|b| b.starts_with("http"))
        }
        (None, p) => p.map(str::to_string),
    };
    let base = base_owned.as_deref();
    let written = sanitize::write(doc, &ex.roots, &ex.drop, base, options.keep_images);

    let word_count = text::word_count(&written.text);
    let removed = ex
        .removed
        .iter()
        .map(|(id, v)| {
            let t = doc.text_content(*id);
            Removed {
                kind: v.kind.name().to_string(),
                reason: v.reason.clone(),
                preview: text::preview(&t, 100),
                words: text::word_count(&t),
            }
        })
        .collect();
    let excerpt = meta.excerpt.clone().or_else(|| {
        written
            .blocks
            .iter()
            .find(|b| text::word_count(b) >= 8)
            .map(|b| text::preview(b, 300))
    });
    let lead_image = meta
        .image
        .as_deref()
        .and_then(|i| crate::url::resolve(base, i, crate::url::UrlUse::Media))
        .or(written.first_image.clone());
    let readerable = is_readerable(doc, &stats, &verdicts, word_count);
    let mut dir = meta.dir.clone();
    if dir.is_none() {
        dir = ex.roots.first().and_then(|&r| {
            std::iter::once(r)
                .chain(doc.ancestors(r))
                .find_map(|a| doc.element(a).and_then(|e| e.attr("dir")))
                .map(str::to_ascii_lowercase)
                .filter(|d| d == "rtl" || d == "ltr")
        });
    }
    Article {
        title: meta.title.clone(),
        byline: meta.byline.clone().or(ex.byline.clone()),
        site_name: meta.site_name.clone(),
        published: meta.published.clone(),
        lang: meta.lang.clone(),
        dir,
        excerpt,
        lead_image,
        content_html: written.html,
        text: written.text,
        word_count,
        reading_minutes: text::reading_minutes(word_count),
        readerable,
        duplicate_body: if dup.report.detected {
            dup.report
        } else {
            DuplicateBody {
                copies: 1,
                ..DuplicateBody::default()
            }
        },
        removed,
    }
}

/// Whether the page holds an article (Readability's `isProbablyReaderable`, on visible
/// paragraph-like blocks, plus a floor on the extracted text).
fn is_readerable(
    doc: &Document,
    stats: &[stats::NodeStats],
    verdicts: &boilerplate::Verdicts,
    words: usize,
) -> bool {
    let mut score = 0.0;
    let mut skip = 0;
    for id in 1..doc.nodes.len() {
        if id < skip {
            continue;
        }
        if verdicts[id].is_some() {
            skip = doc.subtree(id).end;
            continue;
        }
        if !matches!(doc.tag(id), "p" | "pre" | "article") {
            continue;
        }
        let len = f64::from(stats[id].text_len.saturating_sub(stats[id].link_len));
        if len >= 140.0 {
            score += (len - 140.0).sqrt();
        }
        if score > 20.0 {
            return words >= 50;
        }
        if doc.tag(id) == "p" {
            skip = doc.subtree(id).end;
        }
    }
    false
}
