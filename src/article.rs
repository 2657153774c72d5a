//! [`Article`]: what cleaning a page produces (cleaned HTML, metadata, diagnostics).
//!
//! Plain serialisable data; the JS binding hands it to the extension as a JS object with these
//! field names.

use serde::{Deserialize, Serialize};

pub use crate::readerable::Confidence;
use crate::site_memory::{Fingerprint, Ignored, SiteMemory};

/// The result of [`crate::clean`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Headline.
    pub title: String,
    /// Author(s), as the page names them.
    pub byline: Option<String>,
    /// The publication's name.
    pub site_name: Option<String>,
    /// Publication date/time as given by the page (ISO 8601 when the page uses it).
    pub published: Option<String>,
    /// Language tag (`en`, `ar`, `pt-BR`…), from `<html lang>` or metadata.
    pub lang: Option<String>,
    /// Text direction: `ltr` or `rtl`.
    pub dir: Option<String>,
    /// A one- or two-sentence summary.
    pub excerpt: Option<String>,
    /// Absolute URL of the lead image.
    pub lead_image: Option<String>,
    /// The cleaned article as sanitised HTML: safe to insert, every element closed, URLs absolute.
    pub content_html: String,
    /// The article's running text, paragraphs separated by blank lines: its figures'
    /// captions are left out (`content_html` shows them with their figures).
    pub text: String,
    /// Words the article shows, its text and figure captions (CJK characters count one each).
    pub word_count: usize,
    /// Estimated reading time in whole minutes: 230 words a minute, and 500 characters a minute
    /// for scripts written without spaces (Chinese, Japanese, Thai…); 0 for an empty text.
    pub reading_minutes: u32,
    /// Whether the reader should open: the extraction holds something to read (`confidence` is
    /// not [`Confidence::NoArticle`]). Never `true` with an empty text. When `false`,
    /// `content_html` is a best effort and a reader should keep the original page.
    pub readerable: bool,
    /// How sure the core is that this is the page's article: `confident`, `uncertain` (the
    /// reader opens and may say it is unsure: a short or link-heavy text, or most of the page's
    /// prose left out) or `no_article` (exactly when `readerable` is `false`). The JS object
    /// carries it as the string `confidence`; older readers that only look at `readerable` keep
    /// working.
    #[serde(default)]
    pub confidence: Confidence,
    /// Whether the article body appears more than once on the page.
    pub duplicate_body: DuplicateBody,
    /// Blocks removed from the article region or the page, with why.
    pub removed: Vec<Removed>,
    /// The site memory updated with this page, when [`crate::Options::site_memory`] was given:
    /// store it for the site's next page.
    #[serde(default)]
    pub site_memory: Option<SiteMemory>,
    /// Why the given site memory was ignored (another version, damaged), if it was.
    #[serde(default)]
    pub site_memory_ignored: Option<Ignored>,
}

/// Report of a repeated article body (see the `dedupe` module).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DuplicateBody {
    /// The body (or most of it) appears at least twice.
    pub detected: bool,
    /// How many times the body text occurs (1 when not detected).
    pub copies: u32,
    /// Share of the (shown once) body's words that occur again on the page, 0.0–1.0.
    pub duplicated_ratio: f64,
    /// The repeated blocks: copies dropped from the article, and copies found elsewhere on the
    /// page (hidden, `noscript`); at most 500, the article's copies first.
    pub blocks: Vec<RepeatedBlock>,
}

/// One repeated block of the body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RepeatedBlock {
    /// Position of the block among the article's blocks (0-based), in the copy that was dropped.
    pub index: usize,
    /// Position of the block it repeats, in the copy that was kept.
    pub original_index: usize,
    /// Start of its text.
    pub preview: String,
    /// Where the copy is: `article` (a visible copy in the article), `hidden` (a hidden
    /// element), `noscript`, or `elsewhere` on the page. For copies outside the article,
    /// `index` counts the page's blocks outside the article.
    #[serde(default)]
    pub location: String,
    /// Whether this copy was removed from the cleaned article (copies outside the article are
    /// never shown, so are not "dropped").
    #[serde(default)]
    pub dropped: bool,
}

/// One removed block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Removed {
    /// What kind of clutter: `ticker`, `menu`, `contents` (a table of contents), `pagination`,
    /// `recirculation`, `share`, `ad`, `consent`, `comments`, `reviews` (customer reviews on a
    /// product page), `footer`, `tags`, `repeat`, `hidden`, `banner`, `form`, `media`,
    /// `site_repeat` (seen on earlier pages of the site), `correction` (taken out by the reader),
    /// `low_score` (left out by the learned block classifier).
    pub kind: String,
    /// Why, in a few words (`"class 'share-bar'"`, `"label 'Most Read'"`, `"link density 0.92"`).
    pub reason: String,
    /// Start of its text.
    pub preview: String,
    /// Words of text it held.
    pub words: usize,
    /// For a block removed from inside the article, when site memory or corrections are in use:
    /// its fingerprint (what a "keep" correction names). `None` otherwise.
    #[serde(default)]
    pub fingerprint: Option<Fingerprint>,
    /// With `fingerprint`: the fingerprint of the article block it stood before (`None`: the
    /// article's end), so a reader can put it back in place.
    #[serde(default)]
    pub before: Option<Fingerprint>,
    /// With `fingerprint`: the block as sanitised HTML, to put back (`None` when very large).
    #[serde(default)]
    pub html: Option<String>,
}
