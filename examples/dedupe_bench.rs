//! Duplicate-body benchmark:
//! `cargo run --release --example dedupe_bench [CORPUS_DIR | --wcxb train|validation]`.
//!
//! For every readerable page of the dev corpus (`../shared/corpus/readability`, per its
//! `expected-metadata.json`; with `--wcxb PART`, the article pages of that part of
//! `../shared/corpus/wcxb-dev`, readerable when their reviewed text is not empty) it builds duplicate variants by editing the page's HTML (see
//! `dedupe_bench/variants.rs`): the body repeated after itself, each paragraph doubled in
//! place, a second copy in `<div hidden>` and in `<noscript>`, and a near copy with ~5% of words
//! changed. Negatives are the originals (all pages) plus a pull-quote and a standfirst variant of
//! each readerable page. It prints recall per kind, precision, the false-positive list, whether
//! each flagged variant reports 2 copies, and whether its cleaned text matches the cleaned
//! original (token F1 ≥ 0.99). The last line is the summary.

#[path = "dedupe_bench/variants.rs"]
mod variants;
#[path = "quality/wcxb.rs"]
mod wcxb;

use std::path::{Path, PathBuf};
use std::time::Instant;

use variants::Kind;

/// One page to build variants from.
struct Source {
    slug: String,
    html: String,
    /// Whether the page has an article (variants are made only from these).
    readerable: bool,
    /// The expected article text, when the corpus has one (for the "which text is off" note).
    expected: Option<String>,
    /// The page's URL for cleaning.
    url: String,
}

/// The pages of the corpus named on the command line (the Readability corpus by default).
fn sources() -> Vec<Source> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--wcxb") {
        let part = args.get(at + 1).map(String::as_str).unwrap_or("train");
        let pages = wcxb::load(
            &wcxb::corpus_dir(manifest),
            &wcxb::validation_list(manifest),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        return pages
            .into_iter()
            .filter(|p| p.page_type == "article" && p.part.name() == part)
            .filter_map(|p| {
                let html = wcxb::read_html(&p).ok()?;
                Some(Source {
                    slug: format!("wcxb-{}", p.id),
                    readerable: !p.main_content.trim().is_empty(),
                    expected: Some(p.main_content.clone()),
                    url: p.url.clone(),
                    html,
                })
            })
            .collect();
    }
    let dir = args
        .first()
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../shared/corpus/readability"));
    let mut slugs: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    slugs.sort();
    slugs
        .into_iter()
        .filter_map(|slug| {
            let page = dir.join(&slug);
            let html = std::fs::read_to_string(page.join("source.html")).ok()?;
            let readerable = std::fs::read_to_string(page.join("expected-metadata.json"))
                .ok()
                .and_then(|m| serde_json::from_str::<serde_json::Value>(&m).ok())
                .and_then(|m| m.get("readerable").and_then(serde_json::Value::as_bool))
                .unwrap_or(false);
            let expected = std::fs::read_to_string(page.join("expected.html"))
                .ok()
                .map(|h| variants::plain_text(&h));
            Some(Source {
                url: format!("http://fakehost/{slug}/"),
                slug,
                html,
                readerable,
                expected,
            })
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    made: usize,
    flagged: usize,
    two_copies: usize,
    text_ok: usize,
    misses: Vec<String>,
    text_bad: Vec<String>,
}

fn clean(html: &str, url: &str) -> Option<declutter::Article> {
    declutter::clean(html, &declutter::Options::with_url(url)).ok()
}

fn main() {
    let sources = sources();
    let started = Instant::now();
    let mut tallies: Vec<(Kind, Tally)> =
        Kind::ALL.iter().map(|&k| (k, Tally::default())).collect();
    let mut originals = 0;
    let mut false_positives: Vec<String> = Vec::new();
    let mut text_failures: Vec<String> = Vec::new();
    let mut skipped: Vec<String> = Vec::new();
    let mut readerable_pages = 0;
    for page in &sources {
        let (slug, source, readerable) = (&page.slug, &page.html, page.readerable);
        let Some(original) = clean(source, &page.url) else {
            skipped.push(format!("{slug} (clean failed)"));
            continue;
        };
        originals += 1;
        if original.duplicate_body.detected {
            false_positives.push(format!(
                "original {slug} (ratio {}, copies {})",
                original.duplicate_body.duplicated_ratio, original.duplicate_body.copies
            ));
        }
        if !readerable {
            continue;
        }
        readerable_pages += 1;
        let paras = variants::article_paragraphs(source, &original.text);
        if let Some(why) = variants::ineligible(&original.text, &paras) {
            skipped.push(format!("{slug} ({why})"));
            continue;
        }
        let p_share =
            paras.iter().map(|p| p.words).sum::<usize>() as f64 / original.word_count.max(1) as f64;
        for (kind, tally) in &mut tallies {
            let Some(html) = variants::make(*kind, source, &paras, slug) else {
                continue;
            };
            let Some(article) = clean(&html, &page.url) else {
                continue;
            };
            if std::env::var("DEDUPE_BENCH_DUMP")
                .is_ok_and(|v| v == format!("{slug}:{}", kind.name()))
            {
                // Debugging aid: the variant and both cleaned texts, side by side in the
                // system's temporary directory.
                let dir = std::env::temp_dir();
                let _ = std::fs::write(dir.join("dedupe-variant.html"), &html);
                let _ = std::fs::write(dir.join("dedupe-variant.txt"), &article.text);
                let _ = std::fs::write(dir.join("dedupe-original.txt"), &original.text);
                println!(
                    "{slug}:{} -> {:?} (variant and texts in {})",
                    kind.name(),
                    article.duplicate_body,
                    dir.display()
                );
            }
            tally.made += 1;
            let d = &article.duplicate_body;
            if d.detected {
                tally.flagged += 1;
                if d.copies == 2 {
                    tally.two_copies += 1;
                }
            }
            if kind.positive() {
                if !d.detected {
                    tally
                        .misses
                        .push(format!("{slug} (<p> hold {:.0}%)", 100.0 * p_share));
                }
                let f1 = variants::token_f1(&article.text, &original.text);
                if f1 >= 0.99 {
                    tally.text_ok += 1;
                } else {
                    // Both texts against the corpus's expected text: says which of the two
                    // is off (the variant, or the original's own extraction).
                    let want = page.expected.clone().unwrap_or_default();
                    let line = format!(
                        "{} {slug} {f1:.3} (vs expected: variant {:.3}, original {:.3})",
                        kind.name(),
                        variants::token_f1(&article.text, &want),
                        variants::token_f1(&original.text, &want)
                    );
                    tally.text_bad.push(format!("{slug} {f1:.3}"));
                    text_failures.push(line);
                }
            } else if d.detected {
                false_positives.push(format!(
                    "{} {slug} (ratio {}, copies {})",
                    kind.name(),
                    d.duplicated_ratio,
                    d.copies
                ));
            }
        }
    }

    println!(
        "pages: {} ({} readerable), variants made from {} pages; {} readerable pages skipped: {}",
        originals,
        readerable_pages,
        tallies.first().map_or(0, |t| t.1.made),
        skipped.len(),
        if skipped.is_empty() {
            "none".to_string()
        } else {
            skipped.join(", ")
        }
    );
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (mut tp, mut positives, mut text_ok) = (0, 0, 0);
    let mut negatives = originals;
    for (kind, t) in &tallies {
        if kind.positive() {
            tp += t.flagged;
            positives += t.made;
            text_ok += t.text_ok;
            println!(
                "{:<11} recall {:.3} ({}/{})  copies=2 {}/{}  text F1≥0.99 {}/{}{}{}",
                kind.name(),
                ratio(t.flagged, t.made),
                t.flagged,
                t.made,
                t.two_copies,
                t.flagged,
                t.text_ok,
                t.made,
                if t.misses.is_empty() {
                    String::new()
                } else {
                    format!("  missed: {}", t.misses.join(", "))
                },
                if t.text_bad.is_empty() {
                    String::new()
                } else {
                    format!("  text differs: {}", t.text_bad.join(", "))
                },
            );
        } else {
            negatives += t.made;
            println!(
                "{:<11} flagged {}/{} (negatives)",
                kind.name(),
                t.flagged,
                t.made
            );
        }
    }
    let fp = false_positives.len();
    println!(
        "precision {:.3} ({} true, {} false positives)",
        ratio(tp, tp + fp),
        tp,
        fp
    );
    println!(
        "false positives: {}",
        if false_positives.is_empty() {
            "none".to_string()
        } else {
            false_positives.join("; ")
        }
    );
    println!(
        "text F1 < 0.99: {}",
        if text_failures.is_empty() {
            "none".to_string()
        } else {
            text_failures.join("; ")
        }
    );
    println!("time {:.1} s", started.elapsed().as_secs_f64());
    let recall = |k: Kind| {
        tallies
            .iter()
            .find(|t| t.0 == k)
            .map_or(0.0, |(_, t)| ratio(t.flagged, t.made))
    };
    let hidden = {
        let (f, m) = tallies
            .iter()
            .filter(|t| matches!(t.0, Kind::HiddenDiv | Kind::Noscript))
            .fold((0, 0), |(f, m), (_, t)| (f + t.flagged, m + t.made));
        ratio(f, m)
    };
    println!(
        "dedupe: whole {:.2} para {:.2} hidden {:.2} (div {:.2} noscript {:.2}) near {:.2} | precision {:.2} | FP {}/{} | text F1 ≥0.99 on {:.0}%",
        recall(Kind::Whole),
        recall(Kind::Para),
        hidden,
        recall(Kind::HiddenDiv),
        recall(Kind::Noscript),
        recall(Kind::Near),
        ratio(tp, tp + fp),
        fp,
        negatives,
        100.0 * ratio(text_ok, positives)
    );
}
