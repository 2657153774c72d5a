//! Declutter turns a cluttered news page into a clean reader view.
//!
//! The page is streamed through [lol_html](https://docs.rs/lol_html); the core finds the
//! article, removes tickers, menus, recirculation rails, share bars and other clutter (saying
//! what it removed and why), flags a body that appears twice, extracts metadata, and writes the
//! article as sanitised HTML that is safe to insert.
//!
//! ```
//! let html = r#"<html lang="en"><head><title>Moon water found | Example News</title>
//! <meta property="og:site_name" content="Example News"></head>
//! <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
//! <article><h1>Moon water found</h1>
//! <p>Scientists said on Thursday that they had found water ice in craters near the moon's south
//! pole, a discovery that could make a permanent base easier to build, according to the study.</p>
//! <p>The team used data from two orbiters, and the results were checked by a second group of
//! researchers working independently, who reached the same conclusion after a year of work.</p>
//! </article></body></html>"#;
//! let article = declutter::clean(html, &declutter::Options::with_url("https://example.org/a")).unwrap();
//! assert_eq!(article.title, "Moon water found");
//! assert_eq!(article.site_name.as_deref(), Some("Example News"));
//! assert!(article.text.contains("water ice"));
//! assert!(!article.text.contains("Home"));
//! ```
//!
//! The core does no I/O, reads no clock and uses no randomness. [`Cleaner`] is the streaming
//! entry point (UTF-8 chunks), [`ByteCleaner`] its form for bytes in any encoding; [`clean`] and
//! [`clean_bytes`] are one-shot conveniences.

#![forbid(unsafe_code)]
#![deny(clippy::unwrap_used, clippy::expect_used)]

mod article;
#[cfg(feature = "bench")]
pub mod bare;
mod blocks;
mod boilerplate;
mod byte_cleaner;
mod class_words;
mod cleaner;
mod dedupe;
mod dom;
mod encoding;
mod errors;
mod extract;
mod folded;
pub mod html;
mod metadata;
mod mojibake;
mod names;
mod options;
mod parse;
mod patterns;
mod pixel;
mod posts;
mod quotes;
mod readerable;
mod reveal;
mod sanitize;
mod site_memory;
mod stats;
pub mod text;
mod url;
#[cfg(feature = "wasm")]
pub mod wasm;

pub use article::{Article, Confidence, DuplicateBody, Removed, RepeatedBlock};
pub use byte_cleaner::ByteCleaner;
pub use cleaner::Cleaner;
pub use errors::Error;
pub use options::Options;
pub use site_memory::{Corrections, Fingerprint, Ignored, SiteMemory, StoredMemory};

// For tools that read a page the way the cleaner does (the quality benchmark's scorer, the
// security and reliability tests, the fuzz target): the parsed tree, the writer on its own, the
// date reading the metadata uses.
pub use dom::{Attr, ChildIter, Children, Document, Element, Node, NodeData, NodeId, TextSpan};
pub use metadata::{calendar_date, CalendarDate};
pub use names::Name;
pub use parse::parse;
pub use sanitize::sanitize_fragment;

// For training the block classifier (`examples/blocks_dump`, `training/`): each block's features.
pub use blocks::features::NAMES as BLOCK_FEATURE_NAMES;
pub use blocks::{dump as dump_blocks, DumpRecord as BlockRecord};

// For the quality benchmark's per-rule ablation (`Options::without_rules`): the rule families.
#[doc(hidden)]
pub use boilerplate::Kind as RuleKind;

/// Cleans a whole page held in memory. See [`Cleaner`] for streaming.
pub fn clean(html: &str, options: &Options) -> Result<Article, Error> {
    clean_pieces(html.len(), std::iter::once(html), options)
}

/// Cleans a page given as consecutive pieces of its text, about `expected_len` bytes in all:
/// a page held elsewhere (a JavaScript string) read in pieces, so that it is never copied whole.
/// The same article as [`clean`] on the pieces joined; `expected_len` only sizes the tree's
/// storage, and a wrong one costs memory, not a different result.
pub fn clean_pieces<S: AsRef<str>>(
    expected_len: usize,
    pieces: impl IntoIterator<Item = S>,
    options: &Options,
) -> Result<Article, Error> {
    let mut cleaner = Cleaner::new(options.clone());
    cleaner.expect_input(expected_len);
    for piece in pieces {
        cleaner.write(piece.as_ref().as_bytes())?;
    }
    cleaner.end()
}

/// Cleans a page given as bytes in any encoding: the encoding is sniffed from a BOM,
/// `http_charset` or `<meta charset>` (as browsers sniff it) and the page decoded first.
pub fn clean_bytes(
    bytes: &[u8],
    http_charset: Option<&str>,
    options: &Options,
) -> Result<Article, Error> {
    if bytes.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            limit: options.max_input_bytes,
        });
    }
    let (text, _) = encoding::decode(bytes, http_charset, options.url.as_deref());
    clean(&text, options)
}
