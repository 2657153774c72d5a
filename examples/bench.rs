//! Native performance figures (issue 9): `cargo run --release --features bench --example bench`.
//!
//! For the dev corpus (`../shared/corpus/readability/*/source.html`) and for generated article
//! pages of 100 KB, 1 MB and 5 MB it times `declutter::clean` and the bare lol_html pass
//! (`declutter::bare::count_elements`) on the same input, and prints ms per page, MB/s, the
//! ratio between the two, and peak heap use. Figures, not pass/fail: the last line is the
//! summary, with each target and whether it is met.
//!
//! `BENCH_RUNS=n` sets repetitions per page (default 5; the median is reported).

use std::path::Path;
use std::time::Instant;

#[path = "support/counting_alloc.rs"]
mod counting_alloc;

#[global_allocator]
static ALLOC: counting_alloc::Counting = counting_alloc::Counting;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time<F: FnMut()>(runs: usize, mut f: F) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}

/// A realistic article page of about `target` bytes: header menus, ticker, article paragraphs
/// with links and a figure, rails and footer, repeated until the size is reached.
fn synthetic_page(target: usize) -> String {
    let mut page = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Synthetic story | Bench News</title>\
         <meta property=\"og:site_name\" content=\"Bench News\"></head><body>\
         <header><nav class=\"menu\"><ul><li><a href=\"/news\">News</a></li><li><a href=\"/world\">World</a></li>\
         <li><a href=\"/sport\">Sport</a></li></ul></nav><div class=\"ticker\"><span>BREAKING</span>\
         <a href=\"/1\">Something happened somewhere</a><a href=\"/2\">Another thing happened</a></div></header>\
         <main><article><h1>Synthetic story</h1><p class=\"byline\">By A. Writer</p>",
    );
    let mut i = 0;
    while page.len() < target {
        page.push_str(&format!(
            "<p>Paragraph {i} of the story explains, in plain words and with a <a href=\"/ref/{i}\">reference</a>, \
             what happened next, why it matters to readers, and what officials said about it on Thursday.</p>"
        ));
        if i % 10 == 0 {
            page.push_str(&format!(
                "<figure><img src=\"/img/{i}.jpg\" alt=\"Photo {i}\"><figcaption>Photo {i}, taken at the scene.</figcaption></figure>\
                 <aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/r/{i}\">Related story {i}</a></li></ul></aside>"
            ));
        }
        i += 1;
    }
    page.push_str(
        "</article></main><footer><a href=\"/about\">About</a> © Bench News</footer></body></html>",
    );
    page
}

struct Row {
    clean_ms: f64,
    bare_ms: f64,
    bytes: usize,
    peak: usize,
}

fn measure(html: &str, runs: usize, options: &declutter::Options) -> Option<Row> {
    let base = counting_alloc::live();
    counting_alloc::reset_peak();
    declutter::clean(html, options).ok()?;
    let peak = counting_alloc::peak().saturating_sub(base);
    let clean_ms = time(runs, || {
        let _ = declutter::clean(html, options);
    });
    let bare_ms = time(runs, || {
        let _ = declutter::bare::count_elements(html.as_bytes());
    });
    Some(Row {
        clean_ms,
        bare_ms,
        bytes: html.len(),
        peak,
    })
}

fn main() {
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let options = declutter::Options::with_url("http://fakehost/test/page.html");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/readability");
    let mut rows = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&corpus) {
        let mut dirs: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        dirs.sort();
        for dir in dirs {
            let Ok(html) = std::fs::read_to_string(dir.join("source.html")) else {
                continue;
            };
            if let Some(r) = measure(&html, runs, &options) {
                rows.push(r);
            }
        }
    } else {
        eprintln!(
            "bench: {} not found; corpus figures skipped",
            corpus.display()
        );
    }
    let mut corpus_median = f64::NAN;
    let mut corpus_ratio = f64::NAN;
    if !rows.is_empty() {
        let total_bytes: usize = rows.iter().map(|r| r.bytes).sum();
        let total_clean: f64 = rows.iter().map(|r| r.clean_ms).sum();
        let total_bare: f64 = rows.iter().map(|r| r.bare_ms).sum();
        corpus_median = median(rows.iter().map(|r| r.clean_ms).collect());
        let p90 = {
            let mut v: Vec<f64> = rows.iter().map(|r| r.clean_ms).collect();
            v.sort_by(f64::total_cmp);
            v[(v.len() * 9 / 10).min(v.len() - 1)]
        };
        corpus_ratio = total_clean / total_bare;
        println!(
            "corpus  pages {:>3}  median {:.2} ms  p90 {:.2} ms  clean {:.1} MB/s  bare {:.1} MB/s  clean/bare {:.2}x",
            rows.len(),
            corpus_median,
            p90,
            total_bytes as f64 / 1e3 / total_clean,
            total_bytes as f64 / 1e3 / total_bare,
            corpus_ratio
        );
    }
    let mut size_ratio_1mb = f64::NAN;
    let mut mem_ratio_5mb = f64::NAN;
    for size in [100_000usize, 1_000_000, 5_000_000] {
        let html = synthetic_page(size);
        let Some(r) = measure(&html, runs.min(3), &options) else {
            println!("size {size}: clean failed");
            continue;
        };
        let ratio = r.clean_ms / r.bare_ms;
        let mem = r.peak as f64 / r.bytes as f64;
        if size == 1_000_000 {
            size_ratio_1mb = ratio;
        }
        if size == 5_000_000 {
            mem_ratio_5mb = mem;
        }
        println!(
            "page {:>5} KB  clean {:>7.2} ms ({:>6.1} MB/s)  bare {:>7.2} ms ({:>6.1} MB/s)  clean/bare {:.2}x  peak heap {:.1} MB ({:.1}x page)",
            r.bytes / 1000,
            r.clean_ms,
            r.bytes as f64 / 1e3 / r.clean_ms,
            r.bare_ms,
            r.bytes as f64 / 1e3 / r.bare_ms,
            ratio,
            r.peak as f64 / 1e6,
            mem
        );
    }
    let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
    println!(
        "native: median page {:.2} ms (target ≤ 2: {}) | clean/bare corpus {:.2}x, 1 MB {:.2}x (target ≤ 2: {}) | peak heap 5 MB page {:.1}x (target ≤ 6: {})",
        corpus_median,
        verdict(corpus_median <= 2.0),
        corpus_ratio,
        size_ratio_1mb,
        verdict(corpus_ratio <= 2.0 && size_ratio_1mb <= 2.0),
        mem_ratio_5mb,
        verdict(mem_ratio_5mb <= 6.0)
    );
}
