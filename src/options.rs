//! [`Options`]: what the caller may set, with documented defaults.
//!
//! Plain data only; the core reads it, nothing here does work.

use serde::{Deserialize, Serialize};

use crate::site_memory::{Corrections, StoredMemory};

/// Settings for [`crate::clean`]. Every field has a default; see [`Options::default`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// The page's URL. Relative links and images are resolved against it (or against the page's
    /// own `<base href>`). Default: none: relative URLs are kept as written.
    pub url: Option<String>,
    /// Largest accepted input in bytes. Default: 20 MiB.
    pub max_input_bytes: usize,
    /// Largest number of elements in a page. Default: 1,000,000.
    pub max_elements: usize,
    /// Memory cap for lol_html's internal buffers, in bytes. Default: 16 MiB.
    pub max_parser_memory: usize,
    /// Deepest element nesting kept in the tree. Elements opened deeper than this are
    /// flattened: their text joins the deepest kept element, as browsers do (Chromium stops
    /// nesting at 512). Keeps every tree walk bounded on hostile pages. Default: 512.
    pub max_depth: usize,
    /// Keep images and figures in the article. Default: `true`.
    pub keep_images: bool,
    /// Remove a repeated copy of the article body (see [`crate::DuplicateBody`]). Default: `true`.
    pub collapse_duplicates: bool,
    /// Let the learned block classifier (`blocks`) refine the rules' article: drop blocks it
    /// judges not main content and, on pages without a publication date, add the main-content
    /// blocks the rules left out (forum posts, listings, service pages). `false` keeps the rules
    /// alone (`examples/quality --ablation` compares the two). Default: `true`.
    pub block_model: bool,
    /// What was learned from earlier pages of the same site (a [`crate::SiteMemory`] as a
    /// previous [`crate::Article::site_memory`] returned it). When given, the article's short
    /// paragraphs seen on two earlier pages of the site are removed (kind `site_repeat`) and the
    /// page is learned from; the updated memory comes back in the article. A memory of another
    /// version, or damaged, is ignored (the reason is in [`crate::Article::site_memory_ignored`])
    /// and learning starts afresh: it never makes cleaning fail. Default: none: nothing is
    /// learned, and the output is exactly that of a cleaner without memory.
    pub site_memory: Option<StoredMemory>,
    /// The reader's corrections for this site: blocks to keep, blocks to take out, by
    /// fingerprint. When given (or with a `site_memory`), each removed block inside the article
    /// also carries what putting it back needs ([`crate::Removed::fingerprint`], `before`,
    /// `html`). Default: none.
    pub corrections: Option<Corrections>,
    /// Rule families switched off: the clutter verdicts of these kinds are dropped before the
    /// article is chosen, as if the rules did not exist. For the quality benchmark's per-rule
    /// ablation (`examples/quality --ablation`), which shows which rules the block model makes
    /// redundant; not part of the JavaScript API. Default: empty.
    #[serde(skip)]
    #[doc(hidden)]
    pub without_rules: Vec<crate::RuleKind>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            max_input_bytes: 20 * 1024 * 1024,
            max_elements: 1_000_000,
            max_parser_memory: 16 * 1024 * 1024,
            max_depth: 512,
            keep_images: true,
            collapse_duplicates: true,
            block_model: true,
            site_memory: None,
            corrections: None,
            without_rules: Vec::new(),
        }
    }
}

impl Options {
    /// Default options for a page at `url`.
    pub fn with_url(url: &str) -> Options {
        Options {
            url: Some(url.to_string()),
            ..Options::default()
        }
    }
}
