//! Duplicate-body variants of a real page, for the dedupe benchmark and its test subset.
//!
//! Variants are made by string surgery on the page's own HTML, so everything else about the
//! page (its clutter, scripts, structure) stays as it was:
//! 1. The original is cleaned; its article text says which `<p>` elements are article
//!    paragraphs (a `<p>` whose normalised text occurs in the normalised article text).
//! 2. `<p>` elements are found by scanning the source, skipping `<script>`, `<style>`,
//!    `<noscript>`, `<template>`, `<textarea>` and comments, and skipping any `<p>` that isn't
//!    explicitly closed before another block starts (its extent would be a guess).
//! 3. Copies of those elements' outer HTML are inserted: after the last article paragraph
//!    (whole body, hidden `<div hidden>`, `<noscript>`, near copy), after each paragraph (doubled
//!    in place), or as one extra block (pull quote, standfirst).
//!
//! Shared by `examples/dedupe_bench.rs` and `tests/it/dedupe.rs`; uses only `declutter`'s
//! public API and `htmlize`.

#![allow(dead_code)]

use std::ops::Range;

/// A way to transform a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The article paragraphs repeated after the last one.
    Whole,
    /// Every article paragraph followed by a copy of itself.
    Para,
    /// A second copy inside `<div hidden>` after the body.
    HiddenDiv,
    /// A second copy inside `<noscript>` after the body.
    Noscript,
    /// A second copy after the body with about 5% of its words changed.
    Near,
    /// Negative: one sentence of a long paragraph repeated as a pull quote.
    PullQuote,
    /// Negative: a standfirst repeating the lede, before the body.
    Standfirst,
}

impl Kind {
    /// Every kind, positives first.
    pub const ALL: [Kind; 7] = [
        Kind::Whole,
        Kind::Para,
        Kind::HiddenDiv,
        Kind::Noscript,
        Kind::Near,
        Kind::PullQuote,
        Kind::Standfirst,
    ];

    /// Short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Whole => "whole",
            Kind::Para => "para",
            Kind::HiddenDiv => "hidden-div",
            Kind::Noscript => "noscript",
            Kind::Near => "near",
            Kind::PullQuote => "pullquote",
            Kind::Standfirst => "standfirst",
        }
    }

    /// Whether the variant carries a duplicate body (and must be flagged).
    pub fn positive(self) -> bool {
        !matches!(self, Kind::PullQuote | Kind::Standfirst)
    }
}

/// An article paragraph of the source: its outer HTML's byte range and its inner HTML's.
#[derive(Debug, Clone)]
pub struct Para {
    /// `<p …>…</p>`.
    pub outer: Range<usize>,
    /// Between the tags.
    pub inner: Range<usize>,
    /// Words of its text.
    pub words: usize,
}

/// Normalised words of `text`, joined by spaces, with a space on each side.
pub fn normalised(text: &str) -> String {
    let mut s = String::from(" ");
    for t in declutter::text::tokens(text) {
        s.push_str(&t);
        s.push(' ');
    }
    s
}

/// Token F1 between two texts (multisets of normalised words).
pub fn token_f1(a: &str, b: &str) -> f64 {
    use std::collections::HashMap;
    let ta = declutter::text::tokens(a);
    let tb = declutter::text::tokens(b);
    if ta.is_empty() && tb.is_empty() {
        return 1.0;
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for t in &ta {
        *counts.entry(t).or_insert(0) += 1;
    }
    let mut common = 0;
    for t in &tb {
        if let Some(c) = counts.get_mut(t.as_str()) {
            if *c > 0 {
                *c -= 1;
                common += 1;
            }
        }
    }
    2.0 * f64::from(common) / (ta.len() + tb.len()) as f64
}

/// Byte ranges of elements whose content is not markup (or not shown): never scanned for `<p>`.
fn masked(lower: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let pairs = [
        ("<!--", "-->"),
        ("<script", "</script"),
        ("<style", "</style"),
        ("<noscript", "</noscript"),
        ("<template", "</template"),
        ("<textarea", "</textarea"),
    ];
    let mut at = 0;
    while at < lower.len() {
        let next = pairs
            .iter()
            .filter_map(|(open, close)| lower[at..].find(open).map(|i| (at + i, *close)))
            .min_by_key(|(i, _)| *i);
        let Some((start, close)) = next else { break };
        let end = lower[start..]
            .find(close)
            .map_or(lower.len(), |i| start + i + close.len());
        out.push(start..end);
        at = end.max(start + 1);
    }
    out
}

/// Whether `lower[i..]` starts a tag named `name` (`<p>` but not `<pre>`).
fn tag_at(lower: &str, i: usize, name: &str) -> bool {
    lower[i..].starts_with(name)
        && lower[i + name.len()..]
            .chars()
            .next()
            .is_some_and(|c| c == '>' || c == '/' || c.is_ascii_whitespace())
}

/// Blocks that would close an open `<p>` if they started inside it.
const BLOCKERS: &[&str] = &[
    "<p",
    "<div",
    "</div",
    "<table",
    "</td",
    "</li",
    "<li",
    "<ul",
    "<ol",
    "<h1",
    "<h2",
    "<h3",
    "<h4",
    "<h5",
    "<h6",
    "<section",
    "</section",
    "<article",
    "</article",
    "<blockquote",
    "</blockquote",
    "<figure",
    "<pre",
    "<form",
    "<hr",
    "<header",
    "<footer",
    "<aside",
    "<nav",
    "<dl",
    "<address",
    "<fieldset",
    "<main",
    "<script",
    "<noscript",
    "<!--",
];

/// Every explicitly closed `<p>` element of `html`, outside script/style/comments.
pub fn paragraphs(html: &str) -> Vec<Para> {
    let lower = html.to_ascii_lowercase();
    let masks = masked(&lower);
    let mut out = Vec::new();
    let mut mask = 0;
    let mut at = 0;
    while let Some(rel) = lower[at..].find("<p") {
        let start = at + rel;
        at = start + 2;
        if !tag_at(&lower, start, "<p") {
            continue;
        }
        while masks.get(mask).is_some_and(|m| m.end <= start) {
            mask += 1;
        }
        if masks.get(mask).is_some_and(|m| m.start <= start) {
            continue;
        }
        let Some(gt) = lower[start..].find('>') else {
            break;
        };
        let inner_start = start + gt + 1;
        let Some(close_rel) = lower[inner_start..].find("</p") else {
            continue;
        };
        let inner_end = inner_start + close_rel;
        if !tag_at(&lower, inner_end, "</p") {
            continue;
        }
        let inner = &lower[inner_start..inner_end];
        let blocked = BLOCKERS.iter().any(|b| {
            inner
                .match_indices(b)
                .any(|(i, _)| tag_at(inner, i, b) || b.starts_with("<!"))
        });
        if blocked {
            continue;
        }
        let Some(close_gt) = lower[inner_end..].find('>') else {
            break;
        };
        let outer_end = inner_end + close_gt + 1;
        let text = plain_text(&html[inner_start..inner_end]);
        out.push(Para {
            outer: start..outer_end,
            inner: inner_start..inner_end,
            words: declutter::text::word_count(&text),
        });
        at = outer_end;
    }
    out
}

/// Text of an HTML fragment: tags removed, character references decoded.
pub fn plain_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    htmlize::unescape(&out).into_owned()
}

/// Fewest words of the last article paragraph: a shorter one ("1", a teaser's rank) is found in
/// the article text by chance, and the copies would go inside whatever holds it.
const LAST_PARAGRAPH_WORDS: usize = 3;

/// The source's `<p>` elements whose text is part of `article_text` (the cleaned original), up
/// to the last of at least [`LAST_PARAGRAPH_WORDS`] words.
pub fn article_paragraphs(html: &str, article_text: &str) -> Vec<Para> {
    let article = normalised(article_text);
    let mut out: Vec<Para> = paragraphs(html)
        .into_iter()
        .filter(|p| {
            let text = normalised(&plain_text(&html[p.inner.clone()]));
            !text.trim().is_empty() && article.contains(&text)
        })
        .collect();
    while out.last().is_some_and(|p| p.words < LAST_PARAGRAPH_WORDS) {
        out.pop();
    }
    out
}

/// SplitMix64: a tiny deterministic PRNG.
pub struct Rng(pub u64);

impl Rng {
    /// Next value.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A seed from a name.
    pub fn seeded(name: &str) -> Rng {
        Rng(name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        }))
    }
}

/// `html` (a fragment) with about one word in twenty replaced by another word. Only text
/// outside tags and character references is touched.
pub fn change_words(html: &str, rng: &mut Rng) -> String {
    const WORDS: &[&str] = &[
        "river",
        "purple",
        "seventeen",
        "quietly",
        "window",
        "marble",
    ];
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    let mut in_ref = false;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String, rng: &mut Rng| {
        if !word.is_empty() {
            if rng.next() % 20 == 0 {
                out.push_str(WORDS[(rng.next() % WORDS.len() as u64) as usize]);
            } else {
                out.push_str(word);
            }
            word.clear();
        }
    };
    for c in html.chars() {
        if !in_tag && !in_ref && c.is_alphanumeric() {
            word.push(c);
            continue;
        }
        flush(&mut word, &mut out, rng);
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            '&' if !in_tag => in_ref = true,
            ';' => in_ref = false,
            c if in_ref && !c.is_alphanumeric() && c != '#' => in_ref = false,
            _ => {}
        }
        out.push(c);
    }
    flush(&mut word, &mut out, rng);
    out
}

/// The first sentence (or first 16 words) of `text`, escaped for HTML.
fn sentence(text: &str) -> String {
    let text = declutter::text::collapse(text);
    let end = text
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && i > 40)
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    let mut s: Vec<&str> = text[..end].split(' ').collect();
    s.truncate(16);
    s.join(" ")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Builds variant `kind` of `html`, whose article paragraphs are `paras` (in source order).
/// `None` when the page has too little to make it from.
pub fn make(kind: Kind, html: &str, paras: &[Para], seed: &str) -> Option<String> {
    let last = paras.last()?;
    let outer = |p: &Para| &html[p.outer.clone()];
    let all: String = paras.iter().map(outer).collect::<Vec<_>>().join("\n");
    let insert_after_last = |extra: String| {
        let mut s = String::with_capacity(html.len() + extra.len() + 1);
        s.push_str(&html[..last.outer.end]);
        s.push('\n');
        s.push_str(&extra);
        s.push_str(&html[last.outer.end..]);
        s
    };
    match kind {
        Kind::Whole => Some(insert_after_last(all)),
        Kind::HiddenDiv => Some(insert_after_last(format!("<div hidden>\n{all}\n</div>"))),
        Kind::Noscript => Some(insert_after_last(format!("<noscript>\n{all}\n</noscript>"))),
        Kind::Near => {
            let mut rng = Rng::seeded(seed);
            Some(insert_after_last(change_words(&all, &mut rng)))
        }
        Kind::Para => {
            let mut s = String::with_capacity(html.len() * 2);
            let mut at = 0;
            for p in paras {
                s.push_str(&html[at..p.outer.end]);
                s.push('\n');
                s.push_str(outer(p));
                at = p.outer.end;
            }
            s.push_str(&html[at..]);
            Some(s)
        }
        Kind::PullQuote => {
            // One sentence of the longest paragraph, as a pull quote after the middle one.
            let longest = paras.iter().max_by_key(|p| p.words)?;
            if longest.words < 20 {
                return None;
            }
            let quote = sentence(&plain_text(&html[longest.inner.clone()]));
            let middle = &paras[paras.len() / 2];
            let mut s = html[..middle.outer.end].to_string();
            s.push_str(&format!(
                "\n<blockquote class=\"pullquote\"><p>{quote}</p></blockquote>\n"
            ));
            s.push_str(&html[middle.outer.end..]);
            Some(s)
        }
        Kind::Standfirst => {
            // The lede (first paragraph of 15 words or more) repeated before the body.
            let lede = paras.iter().find(|p| p.words >= 15)?;
            let first = paras.first()?;
            let mut s = html[..first.outer.start].to_string();
            s.push_str(&format!(
                "<p class=\"standfirst\">{}</p>\n",
                &html[lede.inner.clone()]
            ));
            s.push_str(&html[first.outer.start..]);
            Some(s)
        }
    }
}

/// Share of the words of `text` that lie in an 8-word sequence occurring more than once.
/// A body that already repeats itself can't be labelled "not duplicated" as an original nor
/// "duplicated once more" as a variant.
pub fn self_repetition(text: &str) -> f64 {
    use std::collections::HashMap;
    const N: usize = 8;
    let words = declutter::text::tokens(text);
    if words.len() < N {
        return 0.0;
    }
    let mut counts: HashMap<&[String], u32> = HashMap::new();
    for w in words.windows(N) {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut covered = vec![false; words.len()];
    for (i, w) in words.windows(N).enumerate() {
        if counts.get(w).copied().unwrap_or(0) > 1 {
            covered[i..i + N].fill(true);
        }
    }
    covered.iter().filter(|&&c| c).count() as f64 / words.len() as f64
}

/// Why a page can't carry the positive variants, if it can't: too little of its article text
/// sits in paragraphs the generator can copy (the "whole body" copy would not be the whole
/// body), fewer than 80 copyable words (below the detector's floor), or a body that already
/// repeats itself.
pub fn ineligible(original_text: &str, paras: &[Para]) -> Option<String> {
    let words = declutter::text::word_count(original_text);
    let copyable: usize = paras.iter().map(|p| p.words).sum();
    if paras.len() < 2 {
        return Some(format!("{} article <p> found", paras.len()));
    }
    if copyable < 80 || words < 80 {
        return Some(format!("{words} words, {copyable} in <p>"));
    }
    if (copyable as f64) < 0.5 * words as f64 {
        return Some(format!("<p> hold {copyable} of {words} words"));
    }
    let rep = self_repetition(original_text);
    if rep >= 0.2 {
        return Some(format!(
            "original already repeats {:.0}% of its words",
            rep * 100.0
        ));
    }
    None
}
