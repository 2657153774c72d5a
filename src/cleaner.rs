//! [`Cleaner`]: the streaming driver that turns page bytes into an [`Article`].
//!
//! `write` feeds chunks straight into the lol_html parse (nothing else is buffered); `end`
//! runs the whole-document steps in order: showing what scripts reveal (`reveal`) → statistics
//! → clutter verdicts → article choice → duplicate-body check → sanitised writing → metadata.
//! Those steps need the whole page, so the tree is the buffered state, bounded by
//! [`Options::max_elements`] and the input size limit.

use std::collections::HashSet;

use crate::article::{Article, DuplicateBody, Removed};
use crate::boilerplate::Verdicts;
use crate::dom::{Document, NodeId, Skip, SubtreeText};
use crate::errors::Error;
use crate::extract::{self, Extraction};
use crate::metadata::Metadata;
use crate::options::Options;
use crate::parse::Parser;
use crate::stats::Stats;
use crate::{
    blocks, boilerplate, dedupe, metadata, posts, quotes, readerable, sanitize, site_memory, stats,
    text,
};

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

    /// Says how long the whole page is, before its first chunk, when that is known (see
    /// [`Parser::expect_input`]); a page written without it is cleaned the same.
    pub(crate) fn expect_input(&mut self, bytes: usize) {
        self.parser.expect_input(bytes);
    }

    /// Feeds the next chunk of the page (chunks may split anywhere, even inside a character).
    pub fn write(&mut self, chunk: &[u8]) -> Result<(), Error> {
        self.parser.write(chunk)
    }

    /// Finishes the page and returns the article.
    pub fn end(self) -> Result<Article, Error> {
        let doc = reveal(self.parser.finish()?, &self.options);
        Ok(build_article(&doc, &self.options))
    }
}

/// The parsed page as a reader of the live page would see it (`reveal`): streamed segments in
/// their places, a `<noscript>` holding the only prose, what scripts show on load or on a
/// click, AMP images. The cleaner and the block model's training dump (`blocks::dump`) both
/// start from it.
pub(crate) fn reveal(doc: Document, options: &Options) -> Document {
    let doc = crate::reveal::place_streamed_segments(doc);
    let mut doc = crate::reveal::noscript_prose(doc, options);
    let panels = crate::reveal::click_panels(&doc);
    crate::reveal::reveal_scripted(&mut doc, &panels);
    crate::reveal::disclosure_headings(&mut doc, &panels);
    crate::reveal::amp_images(&mut doc);
    doc
}

/// The clutter verdicts of a page: `boilerplate::classify`, less the comment verdicts on a
/// page that declares itself a discussion (a forum thread's or a question's replies are what
/// the page is for) and the rule families `options.without_rules` turns off. The block model's
/// training dump (`blocks::dump`) starts from the same verdicts.
pub(crate) fn page_verdicts(
    doc: &Document,
    stats: &Stats,
    meta: &Metadata,
    options: &Options,
) -> Verdicts {
    let declared = boilerplate::Declared {
        product: meta.product,
        language_versions: &meta.language_versions,
        page_host: options.url.as_deref().and_then(crate::url::host),
    };
    let mut verdicts = boilerplate::classify(doc, stats, declared);
    for v in &mut verdicts {
        if v.as_ref().is_some_and(|v| {
            (meta.declared_types.discussion && v.kind == boilerplate::Kind::Comments)
                || options.without_rules.contains(&v.kind)
        }) {
            *v = None;
        }
    }
    verdicts
}

/// Runs the whole-document steps on a parsed page.
pub(crate) fn build_article(doc: &Document, options: &Options) -> Article {
    let meta = metadata::collect(doc, options.url.as_deref());
    let mut stats = stats::compute(doc);
    let mut verdicts = page_verdicts(doc, &stats, &meta, options);
    // A repeated body's redundant copy is hidden from the article choice (see dedupe::hide_copies).
    let page_copies = if options.collapse_duplicates {
        dedupe::hide_copies(doc, &mut stats, &mut verdicts)
    } else {
        dedupe::PageCopies::default()
    };
    // The date shown by the headline, read once: it dates the page for the choice and is the
    // article's `published` when no metadata states one.
    let date_by_headline = metadata::unstated_date_by_headline(doc, &meta);
    let page = blocks::Page::new(&meta, date_by_headline.is_some());
    let mut chooser = Chooser {
        doc,
        stats: &stats,
        meta: &meta,
        filters: extract::PageFilters::new(doc, &stats, &meta.title, meta.byline.as_deref()),
        blocks: if options.block_model {
            blocks::PageBlocks::new(doc, &stats, &page)
        } else {
            None
        },
        page,
    };
    let mut ex = chooser.choose(&verdicts);
    // The chooser and the verdicts are the duplicate check's to free.
    let dup = duplicate_body(chooser, verdicts, &page_copies, options, &mut ex);
    let base = base_url(&meta, options);
    let base = base.as_deref();
    drop_requotes(doc, &mut ex);
    let (learned, put_backs) = learn_site(doc, &stats, &mut ex, base, options);
    let posts = posts::find(doc, &ex.roots, &ex.drop);
    let written = sanitize::write(doc, &ex.roots, &ex.drop, &posts, base, options.keep_images);
    let removed = removed_blocks(doc, &ex, put_backs);
    let shown_byline = metadata::shown_article_byline(
        &meta,
        doc,
        ex.roots.first().copied(),
        ex.byline.as_ref().map(|(_, text)| text.as_str()),
    );
    let signs = readerable::ArticleSigns {
        dated: page.dated(),
        bylined: shown_byline.is_some(),
    };
    let facts = readerable::facts(doc, &ex, &written.text, signs);
    // The article's words, counted once (the confidence reads them too).
    let word_count = facts.words;
    let excerpt = meta
        .excerpt
        .clone()
        .or_else(|| first_paragraph(doc, &ex).map(|p| text::preview(&p, 300)));
    let lead_image = meta
        .image
        .as_deref()
        .and_then(|i| crate::url::resolve(base, i, crate::url::UrlUse::Media))
        .filter(|i| !crate::pixel::is_tracking_pixel(i, None, None))
        .or(written.first_image.clone());
    let confidence = readerable::decide(&facts);
    Article {
        title: meta.title.clone(),
        byline: metadata::article_byline(&meta, options.url.as_deref(), shown_byline.as_deref()),
        site_name: meta.site_name.clone(),
        // The metadata's date, else one the page states elsewhere, else the one it shows by its
        // headline (or, with no headline found, at the article's start).
        published: meta
            .published
            .clone()
            .or_else(|| meta.page_published.clone())
            .or(date_by_headline)
            .or_else(|| metadata::shown_date(doc, &meta.title, ex.roots.first().copied())),
        lang: meta.lang.clone(),
        dir: meta.dir.clone().or_else(|| article_dir(doc, &ex)),
        excerpt,
        lead_image,
        reading_minutes: text::reading_minutes(&written.text),
        text: written.running_text(),
        content_html: written.html,
        word_count,
        readerable: confidence.opens(),
        confidence,
        duplicate_body: if dup.report.detected {
            dup.report
        } else {
            DuplicateBody {
                copies: 1,
                ..DuplicateBody::default()
            }
        },
        removed,
        site_memory: learned.memory,
        site_memory_ignored: learned.ignored,
    }
}

/// The article choice, made the same way each time: the rules' extraction, then the block
/// model's refinement when it is on.
struct Chooser<'a> {
    doc: &'a Document,
    stats: &'a Stats,
    meta: &'a Metadata,
    /// What the choice reads before any verdict: computed once, read by every choice.
    filters: extract::PageFilters,
    /// The block model's view of the page (`None` when it is off): computed once, refined from
    /// by every choice.
    blocks: Option<blocks::PageBlocks>,
    page: blocks::Page<'a>,
}

impl Chooser<'_> {
    fn choose(&mut self, verdicts: &Verdicts) -> Extraction {
        let mut ex = extract::extract_with(
            self.doc,
            self.stats,
            verdicts,
            &self.filters,
            self.meta.body_hint.as_deref(),
            &self.meta.title,
        );
        if let Some(blocks) = &mut self.blocks {
            blocks.refine(self.doc, self.stats, verdicts, &self.page, &mut ex);
        }
        ex
    }
}

/// Duplicate body: the article's blocks are compared with each other and with the rest of the
/// page (hidden and noscript copies); copies inside the article are dropped. The article is then
/// chosen again with the copies left out, so that a doubled body doesn't change which container
/// wins (and any copy the new choice takes in is dropped too). When nothing is found at all,
/// later paragraphs repeating earlier ones anywhere on the page are left out for a second choice
/// (a container of doubled paragraphs, or one holding the whole copy, can outscore the rest of
/// the body); that choice is kept only if it shows a repeated body. `ex` becomes the choice kept.
/// The chooser, the verdicts and the first look's blocks are freed once the second choice no
/// longer needs them (a 5 MB page's peak heap is in its second look).
fn duplicate_body(
    mut chooser: Chooser<'_>,
    verdicts: Verdicts,
    page_copies: &dedupe::PageCopies,
    options: &Options,
    ex: &mut Extraction,
) -> dedupe::Dedupe {
    let (doc, stats) = (chooser.doc, chooser.stats);
    let (page_blocks, mut dup) = if page_copies.quiet {
        Default::default()
    } else {
        let page_blocks = dedupe::blocks::collect(doc, &ex.roots, &ex.drop, stats);
        let dup = page_blocks.detect(doc, &ex.drop);
        (page_blocks, dup)
    };
    page_blocks.mark_left_out(&mut dup.report, &page_copies.hidden);
    if !options.collapse_duplicates {
        return dup;
    }
    let copies_in_article = !dup.drop.is_empty();
    let left_out: Vec<_> = if copies_in_article {
        dup.drop
            .iter()
            .flat_map(|&i| page_blocks.elements(doc, i))
            .collect()
    } else if dup.report.detected {
        Vec::new()
    } else {
        page_copies.repeated_prose.clone()
    };
    if left_out.is_empty() {
        return dup;
    }
    drop(page_blocks);
    let mut without_copies = verdicts;
    for &id in &left_out {
        if let Some(v) = without_copies.get_mut(id) {
            *v = Some(Box::new(boilerplate::Verdict::body_copy(
                dedupe::REPEAT_REASON,
            )));
        }
    }
    let mut again_ex = chooser.choose(&without_copies);
    drop((chooser, without_copies));
    // The copies are reported in `duplicate_body`, not as clutter.
    again_ex
        .removed
        .retain(|(_, v)| v.evidence != boilerplate::Evidence::BodyCopy);
    let again = dedupe::blocks::collect(doc, &again_ex.roots, &again_ex.drop, stats);
    let again_dup = again.detect(doc, &again_ex.drop);
    if copies_in_article || again_dup.report.detected {
        // The page is known to repeat its body: drop every copy in the new article.
        let copies = dedupe::copies_to_drop(&again.blocks);
        for &i in &copies {
            for id in again.elements(doc, i) {
                if let Some(d) = again_ex.drop.get_mut(id) {
                    *d = true;
                }
            }
        }
        if copies_in_article || !copies.is_empty() {
            drop_repeated_images(doc, &mut again_ex);
        }
        if !copies_in_article {
            dup = again_dup;
            again.mark_left_out(&mut dup.report, &left_out);
        }
        *ex = again_ex;
    }
    dup
}

/// Drops each image of the article whose source an earlier image of it already shows: in a
/// body printed twice, the copy's photo stays once its text is gone (a figure or a photo
/// `<div>` of the copy holds no text block to drop). Only for an article whose copies were
/// dropped; elsewhere an image shown twice is the page's own choice.
fn drop_repeated_images(doc: &Document, ex: &mut Extraction) {
    let mut seen: HashSet<&str> = HashSet::new();
    let repeated: Vec<NodeId> = ex
        .kept(doc)
        .filter(|&id| {
            let src = doc
                .element(id)
                .filter(|e| e.tag == "img")
                .and_then(|e| e.attr("src"))
                .map(str::trim)
                .filter(|s| !s.is_empty());
            src.is_some_and(|src| !seen.insert(src))
        })
        .collect();
    for id in repeated {
        if let Some(d) = ex.drop.get_mut(id) {
            *d = true;
        }
    }
}

/// The base for the article's URLs: the page's `<base href>` resolved against its http(s) URL;
/// a refused `<base href>` (javascript:, data:) leaves the page's own URL.
fn base_url(meta: &Metadata, options: &Options) -> Option<String> {
    let page_url = options
        .url
        .as_deref()
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    match (&meta.base_href, page_url) {
        (Some(b), Some(p)) => crate::url::resolve(Some(p), b, crate::url::UrlUse::Link)
            .or_else(|| Some(p.to_string())),
        (Some(b), None) => {
            crate::url::resolve(None, b, crate::url::UrlUse::Link).filter(|b| b.starts_with("http"))
        }
        (None, p) => p.map(str::to_string),
    }
}

/// What this site taught (earlier pages, the reader's corrections) applied to `ex`, and what it
/// learns here; with the put-back data of each removed block.
fn learn_site(
    doc: &Document,
    stats: &Stats,
    ex: &mut Extraction,
    base: Option<&str>,
    options: &Options,
) -> (
    site_memory::page::Outcome,
    Vec<Option<site_memory::page::PutBack>>,
) {
    let memory = options.site_memory.as_ref();
    let corrections = options.corrections.as_ref();
    if !site_memory::page::wanted(memory, corrections) {
        return Default::default();
    }
    let url = options.url.as_deref();
    let learned = site_memory::page::apply(doc, stats, ex, url, memory, corrections);
    let put_backs = site_memory::page::put_backs(doc, stats, ex, base, options.keep_images);
    (learned, put_backs)
}

/// Leaves out the article's quotations of its own earlier text (a reply quoting the post it
/// answers; `quotes`), each reported as a repeat.
fn drop_requotes(doc: &Document, ex: &mut Extraction) {
    let found = quotes::find(doc, &ex.roots, &ex.drop);
    if found.is_empty() {
        return;
    }
    for r in found {
        if let Some(d) = ex.drop.get_mut(r.node) {
            *d = true;
            ex.removed.push((
                r.node,
                boilerplate::Verdict::new(
                    boilerplate::Kind::Repeat,
                    format!("quotes earlier text of the article ({} words)", r.words),
                ),
            ));
        }
    }
    // Removed blocks are reported in document order.
    ex.removed.sort_by_key(|(id, _)| *id);
}

/// What was removed, as the `Article` reports it (a repeated body's copies are reported in
/// `duplicate_body` instead).
fn removed_blocks(
    doc: &Document,
    ex: &Extraction,
    put_backs: Vec<Option<site_memory::page::PutBack>>,
) -> Vec<Removed> {
    ex.removed
        .iter()
        .zip(
            put_backs
                .into_iter()
                .map(Some)
                .chain(std::iter::repeat(None)),
        )
        .filter(|((_, v), _)| v.evidence != boilerplate::Evidence::BodyCopy)
        .map(|((id, v), put_back)| {
            let t = boilerplate::block_text(doc, *id);
            let put_back = put_back.flatten();
            Removed {
                kind: v.kind.name().to_string(),
                reason: v.reason.clone(),
                preview: text::preview(&t, 100),
                words: text::word_count(&t),
                fingerprint: put_back.as_ref().and_then(|p| p.fingerprint),
                before: put_back.as_ref().and_then(|p| p.before),
                html: put_back.and_then(|p| p.html),
            }
        })
        .collect()
}

/// The direction the article's first root (or an ancestor) states, `rtl` or `ltr`.
fn article_dir(doc: &Document, ex: &Extraction) -> Option<String> {
    ex.roots.first().and_then(|&r| {
        std::iter::once(r)
            .chain(doc.ancestors(r))
            .find_map(|a| doc.element(a).and_then(|e| e.attr("dir")))
            .map(str::to_ascii_lowercase)
            .filter(|d| d == "rtl" || d == "ltr")
    })
}

/// The text of the article's first paragraph (a `p`, or a `div` holding only inline content).
fn first_paragraph(doc: &Document, ex: &Extraction) -> Option<String> {
    ex.kept(doc)
        .filter(|&id| match doc.tag(id) {
            "p" => true,
            // (A `div` of inline content holds no `p` or `div` the walk could meet again.)
            "div" => !doc
                .children(id)
                .iter()
                .any(|c| crate::html::is_block(doc.tag(c))),
            _ => false,
        })
        .map(|id| {
            SubtreeText::new(doc, Skip::NeverProseSubtrees)
                .without(&ex.drop)
                .folded(id)
        })
        .find(|t| !t.is_empty())
}
