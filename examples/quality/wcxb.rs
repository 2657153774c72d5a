//! The wcxb-dev corpus for the quality benchmark (`examples/quality.rs`): loading its pages
//! (`html/NNNN.html.gz` + `ground-truth/NNNN.json`), the fixed training / validation split
//! (`training/wcxb-validation.txt`), WCXB's per-page metric and its per-type aggregation.
//!
//! The metric is WCXB's evaluate.py, as the corpus README states it: both texts lower-cased and
//! split into Python `\w+` tokens (runs of Unicode letters, numbers and `_`, by general category;
//! a run of CJK characters is one token, unlike [`declutter::text::for_each_token`]); overlap is
//! the multiset intersection; P = overlap / output tokens, R = overlap / reference tokens, F1
//! their harmonic mean; an empty reference scores 1 when the output is empty too, else 0; an
//! empty output scores 0. P, R and F1 are each averaged over pages (macro). `with` / `without`
//! rates are the shares of the page's snippets found as case-insensitive substrings of the
//! output, averaged over the pages that have snippets.
//!
//! This module does no printing and makes no pass/fail decisions.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// WCXB's page types, in report order.
pub const PAGE_TYPES: [&str; 7] = [
    "article",
    "forum",
    "product",
    "collection",
    "listing",
    "documentation",
    "service",
];

/// Which part of the split a page is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Tune on these.
    Train,
    /// Report only: never tune on, never list per page.
    Validation,
}

impl Part {
    /// Name used in reports (`train`, `validation`).
    pub fn name(self) -> &'static str {
        match self {
            Part::Train => "train",
            Part::Validation => "validation",
        }
    }
}

/// One corpus page and its ground truth.
#[derive(Debug, Clone)]
pub struct Page {
    /// `NNNN`.
    pub id: String,
    /// One of [`PAGE_TYPES`].
    pub page_type: String,
    /// The page's URL (cleaned with it).
    pub url: String,
    /// Training or validation.
    pub part: Part,
    /// Reviewed main text.
    pub main_content: String,
    /// Snippets a correct extraction contains.
    pub with: Vec<String>,
    /// Boilerplate snippets it must not contain.
    pub without: Vec<String>,
    /// Reviewed title (`None` when empty).
    pub title: Option<String>,
    /// Reviewed author (`None` when empty).
    pub author: Option<String>,
    /// Reviewed publication date, `YYYY-MM-DD` or `YYYY-MM` (`None` when empty).
    pub date: Option<String>,
    /// The gzip HTML.
    pub html: PathBuf,
}

/// Where the corpus is expected, from the crate root.
pub fn corpus_dir(manifest_dir: &Path) -> PathBuf {
    manifest_dir.join("../shared/corpus/wcxb-dev")
}

/// The committed validation list.
pub fn validation_list(manifest_dir: &Path) -> PathBuf {
    manifest_dir.join("training/wcxb-validation.txt")
}

/// Ids of the validation part (`id<TAB>type` lines, `#` comments).
pub fn read_validation_ids(list: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(list)
        .map_err(|e| format!("cannot read {}: {e}", list.display()))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(str::to_string)
        .collect())
}

fn json_str(v: Option<&serde_json::Value>) -> Option<String> {
    v.and_then(serde_json::Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn json_strs(v: Option<&serde_json::Value>) -> Vec<String> {
    v.and_then(serde_json::Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(serde_json::Value::as_str)
                .filter(|s| !s.trim().is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Every page of the corpus with its ground truth, sorted by id. `Err` says what is missing.
pub fn load(corpus: &Path, validation: &Path) -> Result<Vec<Page>, String> {
    let truth_dir = corpus.join("ground-truth");
    let entries = std::fs::read_dir(&truth_dir)
        .map_err(|e| format!("no wcxb-dev corpus at {}: {e}", corpus.display()))?;
    let validation_ids = read_validation_ids(validation)?;
    let mut ids: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".json").map(str::to_string)
        })
        .collect();
    ids.sort();
    let mut pages = Vec::with_capacity(ids.len());
    for id in ids {
        let path = truth_dir.join(format!("{id}.json"));
        let json: serde_json::Value = std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let truth = json.get("ground_truth");
        let page_type = json
            .pointer("/_internal/page_type/primary")
            .and_then(serde_json::Value::as_str)
            .unwrap_or("article")
            .to_string();
        let part = if validation_ids.contains(&id) {
            Part::Validation
        } else {
            Part::Train
        };
        pages.push(Page {
            url: json_str(json.get("url")).unwrap_or_default(),
            page_type,
            part,
            main_content: truth
                .and_then(|t| t.get("main_content"))
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
                .to_string(),
            with: json_strs(truth.and_then(|t| t.get("with"))),
            without: json_strs(truth.and_then(|t| t.get("without"))),
            title: json_str(truth.and_then(|t| t.get("title"))),
            author: json_str(truth.and_then(|t| t.get("author"))),
            date: json_str(truth.and_then(|t| t.get("publish_date"))),
            html: corpus.join("html").join(format!("{id}.html.gz")),
            id,
        });
    }
    if pages.is_empty() {
        return Err(format!("no ground truth under {}", truth_dir.display()));
    }
    Ok(pages)
}

/// The page's HTML, gunzipped (invalid UTF-8 replaced; the corpus is all UTF-8).
pub fn read_html(page: &Page) -> Result<String, String> {
    let file =
        std::fs::File::open(&page.html).map_err(|e| format!("{}: {e}", page.html.display()))?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: {e}", page.html.display()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Python's `\w` on a `str`: letters and numbers of any script (general categories L* and N*),
/// and `_`. Combining marks are not word characters there (they split a word).
fn is_word_char(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
            | G::DecimalNumber
            | G::LetterNumber
            | G::OtherNumber
    )
}

/// `re.findall(r"\w+", text.lower())`.
pub fn wcxb_tokens(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in lower.char_indices() {
        if is_word_char(c) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(lower[s..i].to_string());
        }
    }
    if let Some(s) = start {
        out.push(lower[s..].to_string());
    }
    out
}

/// WCXB's per-page precision, recall and F1 of `got` against the reference `want`.
pub fn prf(got: &[String], want: &[String]) -> (f64, f64, f64) {
    if want.is_empty() {
        let s = if got.is_empty() { 1.0 } else { 0.0 };
        return (s, s, s);
    }
    if got.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let mut bag: HashMap<&str, usize> = HashMap::new();
    for t in want {
        *bag.entry(t.as_str()).or_insert(0) += 1;
    }
    let mut common = 0usize;
    for t in got {
        if let Some(n) = bag.get_mut(t.as_str()) {
            if *n > 0 {
                *n -= 1;
                common += 1;
            }
        }
    }
    let p = common as f64 / got.len() as f64;
    let r = common as f64 / want.len() as f64;
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Share of `snippets` found in `lower_text` (already lower-cased); `None` without snippets.
fn snippet_rate(lower_text: &str, snippets: &[String]) -> Option<f64> {
    if snippets.is_empty() {
        return None;
    }
    let found = snippets
        .iter()
        .filter(|s| lower_text.contains(&s.to_lowercase()))
        .count();
    Some(found as f64 / snippets.len() as f64)
}

/// Whether two names are the same once lower-cased and reduced to their `\w+` tokens (the
/// corpus README's tokens for the main text).
fn same_words(want: &str, got: &str) -> bool {
    let w = wcxb_tokens(want);
    !w.is_empty() && w == wcxb_tokens(got)
}

/// Whether the date the core found names the reviewed day (`YYYY-MM-DD`), or month when that
/// is all the reference gives (`YYYY-MM`): the calendar date as the page writes it
/// ([`declutter::calendar_date`]), never moved by a time zone.
fn same_day(want: &str, got: Option<&str>) -> bool {
    let Some(got) = got.and_then(declutter::calendar_date) else {
        return false;
    };
    let got = got.to_string();
    got == want || (want.len() == 7 && got.starts_with(want))
}

/// Scores of one page.
#[derive(Debug, Clone)]
pub struct Score {
    /// Page id.
    pub id: String,
    /// Page type.
    pub page_type: String,
    /// Training or validation.
    pub part: Part,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Share of `with` snippets found (`None`: the page has none).
    pub with: Option<f64>,
    /// Share of `without` snippets found (`None`: the page has none).
    pub without: Option<f64>,
    /// Title equals the reviewed title (`\w+` tokens, case-insensitive); `None` without one.
    pub title: Option<bool>,
    /// Byline equals the reviewed author (same comparison); `None` without one.
    pub author: Option<bool>,
    /// `published` names the reviewed date (see [`same_day`]); `None` without one.
    pub date: Option<bool>,
    /// For a training page: the reviewed and the found title, author and date, to list misses.
    pub metadata: Option<Box<MetadataPair>>,
    /// Output tokens.
    pub words: usize,
    /// Reference tokens.
    pub ref_words: usize,
    /// The best F1 any extraction could reach: the reference's tokens found in the page's
    /// visible text (outside scripts and styles) kept, nothing else. Below 1 where the
    /// reviewed text is not in the HTML (rendered by script when the reviewers saw the page).
    pub ceiling: f64,
    /// Whether the article was marked readerable.
    pub readerable: bool,
    /// Milliseconds in `declutter::clean`.
    pub millis: f64,
    /// Reading or cleaning error.
    pub error: Option<String>,
}

/// The reviewed (`want`) and the found (`got`) metadata of one page.
#[derive(Debug, Clone, Default)]
pub struct MetadataPair {
    /// Title, author, date as reviewed.
    pub want: [Option<String>; 3],
    /// Title, byline, published as found.
    pub got: [Option<String>; 3],
}

/// Cleans `page` with `options` and scores it; also returns the text scored.
pub fn score_page(page: &Page, options: &declutter::Options) -> (Score, String) {
    let mut error = None;
    let html = read_html(page).unwrap_or_else(|e| {
        error = Some(e);
        String::new()
    });
    let start = Instant::now();
    let article = declutter::clean(&html, options).unwrap_or_else(|e| {
        error.get_or_insert(e.to_string());
        declutter::Article::default()
    });
    let millis = start.elapsed().as_secs_f64() * 1000.0;
    let got = wcxb_tokens(&article.text);
    let want = wcxb_tokens(&page.main_content);
    let (precision, recall, f1) = prf(&got, &want);
    let ceiling = ceiling(&html, &want, options);
    let lower = article.text.to_lowercase();
    let score = Score {
        id: page.id.clone(),
        page_type: page.page_type.clone(),
        part: page.part,
        precision,
        recall,
        f1,
        with: snippet_rate(&lower, &page.with),
        without: snippet_rate(&lower, &page.without),
        title: page.title.as_deref().map(|t| same_words(t, &article.title)),
        author: page
            .author
            .as_deref()
            .map(|a| same_words(a, article.byline.as_deref().unwrap_or(""))),
        date: page
            .date
            .as_deref()
            .map(|d| same_day(d, article.published.as_deref())),
        metadata: (page.part == Part::Train).then(|| {
            Box::new(MetadataPair {
                want: [page.title.clone(), page.author.clone(), page.date.clone()],
                got: [
                    Some(article.title.clone()),
                    article.byline.clone(),
                    article.published.clone(),
                ],
            })
        }),
        words: got.len(),
        ref_words: want.len(),
        ceiling,
        readerable: article.readerable,
        millis,
        error,
    };
    (score, article.text)
}

/// Every text of the page a reader could be shown: text nodes outside the title, scripts, styles
/// and templates, `<noscript>` fallbacks included (some forums print their posts there).
fn page_text(html: &str, options: &declutter::Options) -> String {
    let Ok(doc) = declutter::parse(html, options) else {
        return String::new();
    };
    let mut out = String::new();
    for node in &doc.nodes {
        if let declutter::NodeData::Text(t) = &node.data {
            // (Not everything under `<head>`: a page that never closes it holds its body there.)
            let inert = doc.tag(node.parent()) == "title"
                || std::iter::once(node.parent())
                    .chain(doc.ancestors(node.parent()))
                    .any(|a| matches!(doc.tag(a), "script" | "style" | "template"));
            if !inert {
                out.push(' ');
                out.push_str(doc.span_text(*t));
            }
        }
    }
    out
}

/// [`Score::ceiling`] of a page whose HTML is `html` and reference tokens `want`: the F1 of the
/// ideal output, the reference's tokens the page holds and nothing else (precision 1, recall
/// that of the whole page's text; an empty reference is met by an empty output).
fn ceiling(html: &str, want: &[String], options: &declutter::Options) -> f64 {
    if want.is_empty() {
        return 1.0;
    }
    let (_, recall, _) = prf(&wcxb_tokens(&page_text(html, options)), want);
    2.0 * recall / (1.0 + recall)
}

/// Averages over a set of pages.
#[derive(Debug, Clone, Copy, Default)]
pub struct Aggregate {
    /// Pages.
    pub n: usize,
    /// Mean F1.
    pub f1: f64,
    /// Mean precision.
    pub precision: f64,
    /// Mean recall.
    pub recall: f64,
    /// Mean `with` rate over pages with snippets (`NaN` when none).
    pub with: f64,
    /// Mean `without` rate over pages with snippets (`NaN` when none).
    pub without: f64,
    /// Title match rate over pages with a reviewed title (`NaN` when none).
    pub title: f64,
    /// Author match rate over pages with a reviewed author (`NaN` when none).
    pub author: f64,
    /// Date match rate over pages with a reviewed date (`NaN` when none).
    pub date: f64,
    /// Share of the pages with a reviewed main text on which the reader opens (`readerable`).
    pub opens: f64,
    /// Mean [`Score::ceiling`].
    pub ceiling: f64,
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        f64::NAN
    } else {
        sum / n as f64
    }
}

/// Macro averages of `scores`.
pub fn aggregate<'a>(scores: impl Iterator<Item = &'a Score> + Clone) -> Aggregate {
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    Aggregate {
        n: scores.clone().count(),
        f1: mean(scores.clone().map(|s| s.f1)),
        precision: mean(scores.clone().map(|s| s.precision)),
        recall: mean(scores.clone().map(|s| s.recall)),
        with: mean(scores.clone().filter_map(|s| s.with)),
        without: mean(scores.clone().filter_map(|s| s.without)),
        title: mean(scores.clone().filter_map(|s| s.title.map(flag))),
        author: mean(scores.clone().filter_map(|s| s.author.map(flag))),
        date: mean(scores.clone().filter_map(|s| s.date.map(flag))),
        ceiling: mean(scores.clone().map(|s| s.ceiling)),
        opens: mean(
            scores
                .filter(|s| s.ref_words > 0)
                .map(|s| flag(s.readerable)),
        ),
    }
}

/// Header of the per-page TSV.
pub const TSV_HEADER: &str = "id\ttype\tP\tR\tF1\twith\twithout\twords\tref_words\topens\tceiling";

/// One per-page TSV line (no newline); `-` for a rate the page has no snippets for.
pub fn tsv_line(s: &Score) -> String {
    let rate = |r: Option<f64>| r.map_or("-".to_string(), |r| format!("{r:.3}"));
    format!(
        "{}\t{}\t{:.4}\t{:.4}\t{:.4}\t{}\t{}\t{}\t{}\t{}\t{:.4}",
        s.id,
        s.page_type,
        s.precision,
        s.recall,
        s.f1,
        rate(s.with),
        rate(s.without),
        s.words,
        s.ref_words,
        u8::from(s.readerable),
        s.ceiling
    )
}
