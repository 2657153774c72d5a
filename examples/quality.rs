//! Extraction-quality benchmark: `cargo run --release --example quality [-- FILTER] [--dump DIR]`.
//!
//! Cleans every page of `../shared/corpus/readability/*/` (as `http://fakehost/test/page.html`)
//! and every `tests/pages/*/` with an expected text, and prints per-page and overall token
//! precision / recall / F1, metadata match rates, readerable accuracy and time per page. The
//! last line is the summary. `UPDATE_EXPECT=1` rewrites `tests/quality-baseline.tsv` (only on a
//! full, unfiltered run). `--dump DIR` writes each page's extracted and expected text to DIR.

#[path = "quality/score.rs"]
mod score;

use std::path::Path;

fn main() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut filter: Option<String> = None;
    let mut dump: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--dump" {
            dump = args.next();
        } else {
            filter = Some(a);
        }
    }
    let cases: Vec<score::Case> = score::cases(manifest)
        .into_iter()
        .filter(|c| filter.as_deref().is_none_or(|f| c.name.contains(f)))
        .collect();
    if cases.is_empty() {
        eprintln!(
            "no benchmark pages found (expected ../shared/corpus/readability or tests/pages)"
        );
        std::process::exit(1);
    }
    let baseline = std::fs::read_to_string(score::baseline_path(manifest))
        .map(|s| score::parse_baseline(&s))
        .unwrap_or_default();

    let mut scores = Vec::new();
    println!("page\tP\tR\tF1\ttitle\tbyline\treaderable\tms\ttokens got/want");
    for case in &cases {
        let s = score::score(case);
        if let Some(dir) = &dump {
            dump_texts(dir, case);
        }
        let flag = |b: Option<bool>| match b {
            Some(true) => "ok",
            Some(false) => "MISS",
            None => "-",
        };
        println!(
            "{}\t{:.3}\t{:.3}\t{:.3}\t{}\t{}\t{}\t{:.2}\t{}/{}{}",
            s.name,
            s.precision,
            s.recall,
            s.f1(),
            flag(s.title),
            flag(s.byline),
            flag(s.readerable),
            s.millis,
            s.got_tokens,
            s.want_tokens,
            s.error
                .as_deref()
                .map(|e| format!("\terror: {e}"))
                .unwrap_or_default()
        );
        scores.push(s);
    }

    let mut worst: Vec<&score::PageScore> = scores.iter().collect();
    worst.sort_by(|a, b| a.f1().total_cmp(&b.f1()));
    println!("\nworst pages by F1 (P < R: over-extracted, R < P: under-extracted):");
    for s in worst.iter().take(15) {
        println!(
            "  {:.3}  P {:.3} R {:.3}  {}",
            s.f1(),
            s.precision,
            s.recall,
            s.name
        );
    }
    let changed: Vec<String> = scores
        .iter()
        .filter_map(|s| {
            let b = baseline.iter().find(|b| b.name == s.name)?;
            ((s.f1() - b.f1()).abs() >= 0.005)
                .then(|| format!("  {}  {:.3} -> {:.3}", s.name, b.f1(), s.f1()))
        })
        .collect();
    if !changed.is_empty() {
        println!("\nF1 changed vs tests/quality-baseline.tsv:");
        for c in &changed {
            println!("{c}");
        }
    }

    let mut times: Vec<f64> = scores.iter().map(|s| s.millis).collect();
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    let p90 = times.get(times.len() * 9 / 10).copied().unwrap_or(0.0);
    let max = times.last().copied().unwrap_or(0.0);
    println!("\ntime per page: median {median:.2} ms, p90 {p90:.2} ms, max {max:.2} ms");
    println!(
        "other metadata: excerpt {:.3} site_name {:.3} published {:.3} lang {:.3} dir {:.3}",
        score::rate(&scores, |s| s.excerpt),
        score::rate(&scores, |s| s.site_name),
        score::rate(&scores, |s| s.published),
        score::rate(&scores, |s| s.lang),
        score::rate(&scores, |s| s.dir),
    );
    if std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1") {
        if filter.is_some() {
            eprintln!("UPDATE_EXPECT ignored on a filtered run");
        } else if let Err(e) =
            std::fs::write(score::baseline_path(manifest), score::baseline_tsv(&scores))
        {
            eprintln!("could not write the baseline: {e}");
        } else {
            println!("baseline written to tests/quality-baseline.tsv");
        }
    }
    println!("{}", score::summary_line(&score::summarize(&scores)));
}

fn dump_texts(dir: &str, case: &score::Case) {
    let slug = case.name.replace('/', "_");
    let _ = std::fs::create_dir_all(dir);
    let source = std::fs::read_to_string(case.dir.join("source.html")).unwrap_or_default();
    let options = declutter::Options::with_url(score::PAGE_URL);
    if let Ok(a) = declutter::clean(&source, &options) {
        let _ = std::fs::write(format!("{dir}/{slug}.got.txt"), &a.text);
        let _ = std::fs::write(
            format!("{dir}/{slug}.got.json"),
            serde_json::to_string_pretty(&a).unwrap_or_default(),
        );
    }
    let want = std::fs::read_to_string(case.dir.join("expected.html"))
        .map(|h| score::html_text(&h))
        .or_else(|_| std::fs::read_to_string(case.dir.join("expected.txt")))
        .unwrap_or_default();
    let _ = std::fs::write(
        format!("{dir}/{slug}.want.txt"),
        declutter::text::collapse(&want),
    );
}
