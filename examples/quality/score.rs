//! Scoring for the extraction-quality benchmark, shared by `examples/quality.rs` (the report)
//! and `tests/it/quality.rs` (the floor check) through `#[path]`, so the metric exists once.
//!
//! A case is a folder with `source.html` and an expected article (`expected.html`, or
//! `expected.txt`), optionally `expected-metadata.json` (Mozilla Readability's test format).
//! Text is compared as a bag of word tokens (runs of Unicode letters, digits and `_`; each CJK
//! character is its own token, as in [`declutter::text::for_each_token`]).
//! This module does no printing and makes no pass/fail decisions.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// URL every corpus page is cleaned as (the Readability test suite's).
pub const PAGE_URL: &str = "http://fakehost/test/page.html";

/// One benchmark page.
pub struct Case {
    /// `readability/<slug>` or `pages/<slug>`.
    pub name: String,
    /// Folder holding the files.
    pub dir: PathBuf,
}

/// The cases under the shared Readability corpus and `tests/pages`, sorted by name.
/// Folders without a source or an expected text are skipped.
pub fn cases(manifest_dir: &Path) -> Vec<Case> {
    let mut out = Vec::new();
    let roots = [
        (
            "readability",
            manifest_dir.join("../shared/corpus/readability"),
        ),
        ("pages", manifest_dir.join("tests/pages")),
    ];
    for (prefix, root) in roots {
        let Ok(entries) = std::fs::read_dir(&root) else {
            continue;
        };
        let mut dirs: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        dirs.sort();
        for dir in dirs {
            let has_expected =
                dir.join("expected.html").is_file() || dir.join("expected.txt").is_file();
            if dir.join("source.html").is_file() && has_expected {
                let slug = dir.file_name().map(|s| s.to_string_lossy().into_owned());
                out.push(Case {
                    name: format!("{prefix}/{}", slug.unwrap_or_default()),
                    dir,
                });
            }
        }
    }
    out
}

/// Scores of one page.
#[derive(Debug, Clone, Default)]
pub struct PageScore {
    /// Case name.
    pub name: String,
    /// Token precision of the extracted text.
    pub precision: f64,
    /// Token recall of the extracted text.
    pub recall: f64,
    /// Exact-match checks against `expected-metadata.json`; `None` when not given.
    pub title: Option<bool>,
    /// Byline exact match.
    pub byline: Option<bool>,
    /// Excerpt exact match.
    pub excerpt: Option<bool>,
    /// Site name exact match.
    pub site_name: Option<bool>,
    /// Published time exact match.
    pub published: Option<bool>,
    /// Language exact match.
    pub lang: Option<bool>,
    /// Direction exact match.
    pub dir: Option<bool>,
    /// Readerable flag matches (see [`score`]: Readability's flag against `confident`).
    pub readerable: Option<bool>,
    /// Milliseconds spent in `declutter::clean`.
    pub millis: f64,
    /// Extracted / expected token counts (for the report).
    pub got_tokens: usize,
    /// Expected token count.
    pub want_tokens: usize,
    /// Error text when cleaning failed.
    pub error: Option<String>,
}

impl PageScore {
    /// Harmonic mean of this page's precision and recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision, self.recall)
    }
}

/// Harmonic mean; 0 when both are 0.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Word tokens of `text`, case kept.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    declutter::text::for_each_token(text, |t| out.push(t.to_string()));
    out
}

/// Bag-of-tokens precision and recall of `got` against `want`.
pub fn precision_recall(got: &[String], want: &[String]) -> (f64, f64) {
    if want.is_empty() {
        return if got.is_empty() {
            (1.0, 1.0)
        } else {
            (0.0, 1.0)
        };
    }
    if got.is_empty() {
        return (0.0, 0.0);
    }
    let mut bag: HashMap<&str, i64> = HashMap::new();
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
    (
        common as f64 / got.len() as f64,
        common as f64 / want.len() as f64,
    )
}

/// Visible text of an HTML fragment, parsed with the crate's own parser. Text nodes are
/// concatenated as a browser's `textContent` would, except that a space separates text in
/// different block elements (so adjacent paragraphs never glue into one token).
pub fn html_text(html: &str) -> String {
    let Ok(doc) = declutter::parse(html, &declutter::Options::default()) else {
        return String::new();
    };
    let n = doc.nodes.len();
    // Nearest block (or line break) ancestor of every node; parents come before children.
    let mut block = vec![0usize; n];
    for id in 1..n {
        let parent = doc.nodes[id].parent();
        let tag = doc.tag(id);
        block[id] =
            if declutter::html::is_block(tag) || matches!(tag, "br" | "td" | "th" | "tr" | "img") {
                id
            } else {
                block[parent]
            };
    }
    let mut out = String::new();
    let mut last_block = usize::MAX;
    for (id, node) in doc.nodes.iter().enumerate() {
        match &node.data {
            declutter::NodeData::Text(t) => {
                if declutter::html::is_never_prose(doc.tag(node.parent())) {
                    continue;
                }
                if block[id] != last_block {
                    out.push(' ');
                    last_block = block[id];
                }
                out.push_str(doc.span_text(*t));
            }
            declutter::NodeData::Element(_) if block[id] == id => last_block = usize::MAX,
            _ => {}
        }
    }
    out
}

fn norm(s: &str) -> String {
    declutter::text::collapse(s)
}

/// Compares an optional expected string (JSON null/absent = none) with what we produced.
fn same(want: Option<&serde_json::Value>, got: Option<&str>) -> Option<bool> {
    let want = want?;
    let want = want.as_str().map(norm).filter(|s| !s.is_empty());
    let got = got.map(norm).filter(|s| !s.is_empty());
    Some(want == got)
}

/// Cleans and scores one case.
pub fn score(case: &Case) -> PageScore {
    score_with(case, &declutter::Options::with_url(PAGE_URL))
}

/// Cleans one case with `options` (its URL is the readability corpus's) and scores it.
pub fn score_with(case: &Case, options: &declutter::Options) -> PageScore {
    let mut out = PageScore {
        name: case.name.clone(),
        ..PageScore::default()
    };
    let source = std::fs::read(case.dir.join("source.html")).unwrap_or_default();
    let want_text = if let Ok(h) = std::fs::read_to_string(case.dir.join("expected.html")) {
        html_text(&h)
    } else {
        std::fs::read_to_string(case.dir.join("expected.txt")).unwrap_or_default()
    };
    let start = Instant::now();
    // A UTF-8 source is cleaned as text, as the readability corpus's own harness reads it; any
    // other is a saved page's bytes, in whatever encoding they are (fixtures in legacy ones).
    let result = match std::str::from_utf8(&source) {
        Ok(text) => declutter::clean(text, options),
        Err(_) => declutter::clean_bytes(&source, None, options),
    };
    out.millis = start.elapsed().as_secs_f64() * 1000.0;
    let article = match result {
        Ok(a) => a,
        Err(e) => {
            out.error = Some(e.to_string());
            declutter::Article::default()
        }
    };
    let got = tokens(&article.text);
    let want = tokens(&want_text);
    (out.precision, out.recall) = precision_recall(&got, &want);
    out.got_tokens = got.len();
    out.want_tokens = want.len();

    let meta: Option<serde_json::Value> =
        std::fs::read_to_string(case.dir.join("expected-metadata.json"))
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok());
    if let Some(m) = meta {
        out.title = same(m.get("title"), Some(&article.title));
        out.byline = same(m.get("byline"), article.byline.as_deref());
        out.excerpt = same(m.get("excerpt"), article.excerpt.as_deref());
        out.site_name = same(m.get("siteName"), article.site_name.as_deref());
        out.published = same(m.get("publishedTime"), article.published.as_deref());
        out.lang = same(m.get("lang"), article.lang.as_deref());
        out.dir = same(m.get("dir"), article.dir.as_deref());
        // Our fixtures record the confidence itself. Readability's `readerable` is its
        // `isProbablyReaderable`, a test for a clear article: it is compared with `confident`
        // (our reader also opens, as `uncertain`, on short texts Readability refuses).
        out.readerable = match m.get("confidence").and_then(serde_json::Value::as_str) {
            Some(c) => Some(c == article.confidence.name()),
            None => m
                .get("readerable")
                .and_then(serde_json::Value::as_bool)
                .map(|r| r == (article.confidence == declutter::Confidence::Confident)),
        };
    }
    out
}

/// Share of `Some(true)` among the `Some`s (1.0 when there are none).
pub fn rate(scores: &[PageScore], f: impl Fn(&PageScore) -> Option<bool>) -> f64 {
    let (hit, n) = scores
        .iter()
        .filter_map(&f)
        .fold((0usize, 0usize), |(h, n), ok| (h + usize::from(ok), n + 1));
    if n == 0 {
        1.0
    } else {
        hit as f64 / n as f64
    }
}

/// Corpus-level figures.
#[derive(Debug, Clone, Copy, Default)]
pub struct Summary {
    /// Mean per-page precision.
    pub precision: f64,
    /// Mean per-page recall.
    pub recall: f64,
    /// F1 of the two means.
    pub f1: f64,
    /// Title exact-match rate.
    pub title: f64,
    /// Byline exact-match rate.
    pub byline: f64,
    /// Readerable-flag accuracy.
    pub readerable: f64,
    /// Pages.
    pub n: usize,
}

/// Aggregates page scores.
pub fn summarize(scores: &[PageScore]) -> Summary {
    let n = scores.len();
    let mean = |f: &dyn Fn(&PageScore) -> f64| {
        if n == 0 {
            0.0
        } else {
            scores.iter().map(f).sum::<f64>() / n as f64
        }
    };
    let precision = mean(&|s| s.precision);
    let recall = mean(&|s| s.recall);
    Summary {
        precision,
        recall,
        f1: f1(precision, recall),
        title: rate(scores, |s| s.title),
        byline: rate(scores, |s| s.byline),
        readerable: rate(scores, |s| s.readerable),
        n,
    }
}

/// The summary line (the benchmark's last printed line).
pub fn summary_line(s: &Summary) -> String {
    format!(
        "F1 {:.3} P {:.3} R {:.3} title {:.3} byline {:.3} readerable {:.3} n={}",
        s.f1, s.precision, s.recall, s.title, s.byline, s.readerable, s.n
    )
}

fn flag(b: Option<bool>) -> &'static str {
    match b {
        Some(true) => "1",
        Some(false) => "0",
        None => "-",
    }
}

fn unflag(s: &str) -> Option<bool> {
    match s {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// Header of the baseline file.
pub const BASELINE_HEADER: &str = "page\tprecision\trecall\tf1\ttitle\tbyline\treaderable";

/// The per-page baseline as TSV (deterministic: no timings).
pub fn baseline_tsv(scores: &[PageScore]) -> String {
    let mut out = String::from(BASELINE_HEADER);
    out.push('\n');
    for s in scores {
        out.push_str(&format!(
            "{}\t{:.4}\t{:.4}\t{:.4}\t{}\t{}\t{}\n",
            s.name,
            s.precision,
            s.recall,
            s.f1(),
            flag(s.title),
            flag(s.byline),
            flag(s.readerable)
        ));
    }
    out
}

/// Reads a baseline written by [`baseline_tsv`] back into page scores (no timings).
pub fn parse_baseline(tsv: &str) -> Vec<PageScore> {
    tsv.lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 7 {
                return None;
            }
            Some(PageScore {
                name: f[0].to_string(),
                precision: f[1].parse().ok()?,
                recall: f[2].parse().ok()?,
                title: unflag(f[4]),
                byline: unflag(f[5]),
                readerable: unflag(f[6]),
                ..PageScore::default()
            })
        })
        .collect()
}

/// Path of the committed baseline.
pub fn baseline_path(manifest_dir: &Path) -> PathBuf {
    manifest_dir.join("tests/quality-baseline.tsv")
}
