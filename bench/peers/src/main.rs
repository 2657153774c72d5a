//! Native speed against a peer: `cargo run --release --manifest-path bench/peers/Cargo.toml`.
//!
//! Times `declutter::clean` and `dom_smoothie::Readability::parse` (a Rust port of Readability.js)
//! on the same wcxb-dev *training* pages (`../shared/corpus/wcxb-dev`; the validation part listed in
//! `training/wcxb-validation.txt` is left out), each the median of `BENCH_RUNS` runs (default 5),
//! and prints the median per-page ratio with issue 16's target (≤ 0.5× dom_smoothie's time).
//! `BENCH_PAGES` (default all) takes an even spread of the training pages; `BENCH_OURS_ONLY=1`
//! times declutter alone (for a profiler).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}

fn time_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    )
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The training pages' ids and URLs, sorted by id.
fn training_pages(repo: &Path, corpus: &Path) -> Vec<(String, String)> {
    let validation: std::collections::HashSet<String> =
        std::fs::read_to_string(repo.join("training/wcxb-validation.txt"))
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next().map(str::to_owned))
            .collect();
    let mut ids: Vec<String> = std::fs::read_dir(corpus.join("html"))
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .filter_map(|e| {
                    e.file_name()
                        .to_str()?
                        .strip_suffix(".html.gz")
                        .map(str::to_owned)
                })
                .filter(|id| !validation.contains(id))
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    ids.into_iter()
        .map(|id| {
            let url = std::fs::read_to_string(corpus.join(format!("ground-truth/{id}.json")))
                .ok()
                .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
                .and_then(|v| v.get("url")?.as_str().map(str::to_owned))
                .unwrap_or_else(|| "https://example.org/".to_owned());
            (id, url)
        })
        .collect()
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = repo.join("../shared/corpus/wcxb-dev");
    let runs = env_number("BENCH_RUNS", 5).max(1);
    // BENCH_OURS_ONLY=1: time declutter alone (to profile it, e.g. under `perf record`).
    let ours_only = std::env::var_os("BENCH_OURS_ONLY").is_some();
    let mut pages = training_pages(&repo, &corpus);
    if pages.is_empty() {
        println!(
            "peers: no wcxb-dev corpus at {}: nothing measured",
            corpus.display()
        );
        return;
    }
    let wanted = env_number("BENCH_PAGES", pages.len()).clamp(1, pages.len());
    let step = pages.len() as f64 / wanted as f64;
    pages = (0..wanted)
        .map(|i| pages[(i as f64 * step) as usize].clone())
        .collect();

    let (mut ratios, mut ours_total, mut peer_total, mut faster, mut peer_failed) =
        (vec![], 0.0, 0.0, 0, 0);
    for (id, url) in &pages {
        let mut html = String::new();
        let file = std::fs::File::open(corpus.join(format!("html/{id}.html.gz")));
        if file
            .and_then(|f| flate2::read::GzDecoder::new(f).read_to_string(&mut html))
            .is_err()
        {
            continue;
        }
        let options = declutter::Options::with_url(url);
        let ours = time_ms(runs, || {
            let _ = std::hint::black_box(declutter::clean(&html, &options));
        });
        let mut ok = true;
        let peer = if ours_only {
            f64::NAN
        } else {
            time_ms(runs, || {
                match dom_smoothie::Readability::new(html.as_str(), Some(url.as_str()), None) {
                    Ok(mut r) => ok &= std::hint::black_box(r.parse()).is_ok(),
                    Err(_) => ok = false,
                }
            })
        };
        if !ok {
            peer_failed += 1;
        }
        ours_total += ours;
        peer_total += peer;
        faster += usize::from(ours < peer);
        ratios.push(ours / peer);
    }
    let n = ratios.len();
    let ratio = median(ratios);
    let verdict = if ratio <= 0.5 {
        "met".to_owned()
    } else {
        format!("MISSED by {:.2}x", ratio / 0.5)
    };
    println!(
        "native vs dom_smoothie 0.19: {n} wcxb-dev training pages, median of {runs} runs each: total declutter {ours_total:.0} ms, \
         dom_smoothie {peer_total:.0} ms ({peer_failed} pages it refused); declutter faster on {faster}/{n}; \
         median declutter/dom_smoothie {ratio:.2}x (target ≤ 0.5x: {verdict})"
    );
}
