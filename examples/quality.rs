//! Extraction-quality benchmark: `cargo run --release --example quality [-- OPTIONS] [FILTER]`.
//!
//! Two corpora, both optional (a missing one is reported and skipped):
//!
//! - **wcxb-dev** (`../shared/corpus/wcxb-dev`, the main development corpus): every page is
//!   cleaned with `Options::with_url(<its URL>)` and `Article.text` scored with WCXB's metric
//!   (see `quality/wcxb.rs`). Printed per part of the fixed split (`training/wcxb-validation.txt`
//!   lists the validation part; the rest is training) as a per-page-type table: pages, F1, P, R,
//!   must-have (`with`) and must-not-have (`without`) snippet rates, title, author and date match
//!   rates, `opens`: the share of pages with a reviewed main text on which the reader opens, and
//!   `ceiling`: the best F1 any extraction could reach on the page's HTML (the reviewed text's
//!   words the page holds outside scripts and styles; below 1 where the reviewers saw text a
//!   script rendered).
//!   Title and author match when their lower-cased `\w+` tokens (the corpus README's tokens) are
//!   the same; the date when `published` names the reviewed day (or month, when the reference
//!   gives only that), as the page writes it (`declutter::calendar_date`).
//! - **readability** (`../shared/corpus/readability/*/`, cleaned as `http://fakehost/test/page.html`,
//!   plus every `tests/pages/*/` with an expected text): a regression suite whose expected output is
//!   Readability's, not the truth. Per-page and overall token P / R / F1, metadata match rates,
//!   readerable accuracy; `tests/it/quality.rs` holds its floor. `UPDATE_EXPECT=1` rewrites
//!   `tests/quality-baseline.tsv` (only on a full, unfiltered run).
//!
//! The last line sums both up in a stable form:
//! `wcxb train: F1 … | wcxb validation: F1 … | readability: F1 …`.
//!
//! Options:
//! - `FILTER`: only wcxb *training* pages whose id or URL contains it (validation pages are never
//!   scored singly), readability cases whose name contains it;
//! - `--part train|validation|all` (default all), `--type TYPE`: which wcxb pages to score;
//! - `--no-wcxb`, `--no-readability`: skip a corpus;
//! - `--worst N`: list the N worst *training* pages (never validation pages);
//! - `--tsv FILE`: write one line per *training* page (`id type P R F1 with without words
//!   ref_words opens`) to diff runs;
//! - `--misses title|author|date|opens`: list the *training* pages where that field misses (the
//!   reviewed value, then the one found; for dates also a date found where the reviewers give
//!   none), or where the reader refuses a page with a reviewed text;
//! - `--dump DIR`: write each readability case's and each *training* page's extracted
//!   (`.got.txt`) and expected (`.want.txt`) text to DIR;
//! - `--ablation`: also score a second configuration of the core ([`ablation_options`]) and print
//!   it side by side;
//! - `--rules`: per-rule ablation: for each family of clutter rules (a verdict kind), the
//!   training part and the readability corpus cleaned without it (`Options::without_rules`),
//!   one line each: `without <kind>: train F1 … | readability F1 …`; a rule whose removal
//!   lowers neither figure is redundant with the block model;
//! - `--jobs N`: worker threads for wcxb (default: available cores, at most 2).

#[path = "quality/score.rs"]
mod score;
#[path = "quality/wcxb.rs"]
mod wcxb;

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The configuration the benchmark scores.
fn default_options(url: &str) -> declutter::Options {
    declutter::Options::with_url(url)
}

/// The second configuration `--ablation` scores beside [`default_options`]: the learned block
/// classifier (`Options::block_model`) switched the other way, so the report shows the model
/// against the rules alone whichever is the default.
fn ablation_options(url: &str) -> declutter::Options {
    let o = default_options(url);
    declutter::Options {
        block_model: !o.block_model,
        ..o
    }
}

/// Name of the ablation configuration in reports.
fn ablation_name() -> &'static str {
    if default_options("").block_model {
        "rules alone (block_model off)"
    } else {
        "block model on"
    }
}

#[derive(Default)]
struct Args {
    filter: Option<String>,
    dump: Option<String>,
    tsv: Option<String>,
    part: Option<wcxb::Part>,
    page_type: Option<String>,
    worst: usize,
    misses: Option<String>,
    ablation: bool,
    rules: bool,
    jobs: usize,
    no_wcxb: bool,
    no_readability: bool,
}

fn usage(msg: &str) -> ! {
    eprintln!("{msg}");
    eprintln!(
        "usage: cargo run --release --example quality -- [--part train|validation|all] [--type TYPE] \
         [--worst N] [--misses FIELD] [--tsv FILE] [--dump DIR] [--ablation] [--rules] [--jobs N] [--no-wcxb] [--no-readability] [FILTER]"
    );
    std::process::exit(2)
}

fn parse_args() -> Args {
    let mut a = Args {
        jobs: std::thread::available_parallelism()
            .map(|n| n.get().min(2))
            .unwrap_or(1),
        ..Args::default()
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .unwrap_or_else(|| usage(&format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--dump" => a.dump = Some(value("--dump")),
            "--tsv" => a.tsv = Some(value("--tsv")),
            "--part" => {
                a.part = match value("--part").as_str() {
                    "train" | "training" => Some(wcxb::Part::Train),
                    "validation" => Some(wcxb::Part::Validation),
                    "all" => None,
                    other => usage(&format!("unknown part {other:?}")),
                }
            }
            "--type" => {
                let t = value("--type");
                if !wcxb::PAGE_TYPES.contains(&t.as_str()) {
                    usage(&format!(
                        "unknown type {t:?} (one of {:?})",
                        wcxb::PAGE_TYPES
                    ));
                }
                a.page_type = Some(t);
            }
            "--worst" => {
                a.worst = value("--worst")
                    .parse()
                    .unwrap_or_else(|_| usage("--worst needs a number"))
            }
            "--jobs" => {
                a.jobs = value("--jobs")
                    .parse::<usize>()
                    .unwrap_or_else(|_| usage("--jobs needs a number"))
                    .max(1)
            }
            "--misses" => {
                let m = value("--misses");
                if !["title", "author", "date", "opens"].contains(&m.as_str()) {
                    usage(&format!(
                        "unknown field {m:?} (title, author, date or opens)"
                    ));
                }
                a.misses = Some(m);
            }
            "--ablation" => a.ablation = true,
            "--rules" => a.rules = true,
            "--no-wcxb" => a.no_wcxb = true,
            "--no-readability" => a.no_readability = true,
            "-h" | "--help" => usage("quality benchmark"),
            s if s.starts_with("--") => usage(&format!("unknown option {s}")),
            _ => a.filter = Some(arg),
        }
    }
    a
}

fn main() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let args = parse_args();
    let readability = if args.no_readability {
        None
    } else {
        run_readability(manifest, &args)
    };
    let wcxb_lines = if args.no_wcxb {
        Vec::new()
    } else {
        run_wcxb(manifest, &args)
    };
    if args.rules {
        rule_ablation(manifest, &args);
        if readability.is_none() && wcxb_lines.is_empty() {
            return;
        }
    }
    if readability.is_none() && wcxb_lines.is_empty() {
        eprintln!("nothing was scored (no corpus found, or the filter matched nothing)");
        std::process::exit(1);
    }
    let mut parts = wcxb_lines;
    if let Some(r) = readability {
        parts.push(format!("readability: {}", score::summary_line(&r)));
    }
    println!("\n{}", parts.join(" | "));
}

/// The Readability-corpus report (as before the wcxb corpus came). `None` when no case ran.
fn run_readability(manifest: &Path, args: &Args) -> Option<score::Summary> {
    let filter = args.filter.as_deref();
    let cases: Vec<score::Case> = score::cases(manifest)
        .into_iter()
        .filter(|c| filter.is_none_or(|f| c.name.contains(f)))
        .collect();
    if cases.is_empty() {
        println!("readability: skipped (no case under ../shared/corpus/readability or tests/pages matched)");
        return None;
    }
    let baseline = std::fs::read_to_string(score::baseline_path(manifest))
        .map(|s| score::parse_baseline(&s))
        .unwrap_or_default();

    let mut scores = Vec::new();
    println!("== readability corpus + tests/pages (expected = Readability's output, not truth)");
    println!("page\tP\tR\tF1\ttitle\tbyline\treaderable\tms\ttokens got/want");
    for case in &cases {
        let s = score::score(case);
        if let Some(dir) = &args.dump {
            dump_case(dir, case);
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

    let times: Vec<f64> = scores.iter().map(|s| s.millis).collect();
    println!("\ntime per page: {}", time_line(times));
    println!(
        "other metadata: excerpt {:.3} site_name {:.3} published {:.3} lang {:.3} dir {:.3}",
        score::rate(&scores, |s| s.excerpt),
        score::rate(&scores, |s| s.site_name),
        score::rate(&scores, |s| s.published),
        score::rate(&scores, |s| s.lang),
        score::rate(&scores, |s| s.dir),
    );
    if std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1") {
        if args.filter.is_some() {
            eprintln!("UPDATE_EXPECT ignored on a filtered run");
        } else if let Err(e) =
            std::fs::write(score::baseline_path(manifest), score::baseline_tsv(&scores))
        {
            eprintln!("could not write the baseline: {e}");
        } else {
            println!("baseline written to tests/quality-baseline.tsv");
        }
    }
    Some(score::summarize(&scores))
}

fn time_line(mut times: Vec<f64>) -> String {
    times.sort_by(f64::total_cmp);
    let at = |q: usize| times.get(times.len() * q / 10).copied().unwrap_or(0.0);
    let max = times.last().copied().unwrap_or(0.0);
    format!(
        "median {:.2} ms, p90 {:.2} ms, max {max:.2} ms",
        at(5),
        at(9)
    )
}

/// A page's score, and the text scored when kept.
type Scored = (wcxb::Score, Option<String>);

/// Scores `pages` with the options `config` builds from each page's URL, on `jobs` threads; in
/// page order. The text is kept for training pages when `keep_text`.
fn score_all(
    pages: &[&wcxb::Page],
    config: &(dyn Fn(&str) -> declutter::Options + Sync),
    jobs: usize,
    keep_text: bool,
) -> Vec<Scored> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Scored>>> = Mutex::new(vec![None; pages.len()]);
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(page) = pages.get(i) else { break };
                let (score, text) = wcxb::score_page(page, &config(&page.url));
                let text = (keep_text && page.part == wcxb::Part::Train).then_some(text);
                if let Ok(mut r) = results.lock() {
                    r[i] = Some((score, text));
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}

fn rate(v: f64) -> String {
    if v.is_nan() {
        "    -".to_string()
    } else {
        format!("{v:.3}")
    }
}

/// The per-type table of one part; returns the summary fragment for the last line.
fn print_table(title: &str, scores: &[&wcxb::Score]) -> String {
    println!("\n{title}");
    println!(
        "type           pages     F1      P      R   with without  title author   date  opens  ceiling"
    );
    let mut by_type = Vec::new();
    for t in wcxb::PAGE_TYPES.iter().copied().chain(["all"]) {
        let of_type = scores
            .iter()
            .copied()
            .filter(|s| t == "all" || s.page_type == t);
        let a = wcxb::aggregate(of_type);
        if a.n == 0 {
            continue;
        }
        println!(
            "{t:<14} {:>5}  {}  {}  {}  {}   {}  {}  {}  {}  {}    {}",
            a.n,
            rate(a.f1),
            rate(a.precision),
            rate(a.recall),
            rate(a.with),
            rate(a.without),
            rate(a.title),
            rate(a.author),
            rate(a.date),
            rate(a.opens),
            rate(a.ceiling)
        );
        by_type.push((t, a));
    }
    let Some((_, all)) = by_type.last().copied() else {
        return String::new();
    };
    let types: Vec<String> = by_type
        .iter()
        .filter(|(t, _)| *t != "all")
        .map(|(t, a)| format!("{t} {:.3}", a.f1))
        .collect();
    format!(
        "F1 {:.3} P {:.3} R {:.3} with {} without {} title {} author {} date {} opens {} ({}) n={}",
        all.f1,
        all.precision,
        all.recall,
        rate(all.with),
        rate(all.without),
        rate(all.title),
        rate(all.author),
        rate(all.date),
        rate(all.opens),
        types.join(" "),
        all.n
    )
}

/// The wcxb-dev report. Returns the summary fragments (`wcxb train: …`) for the last line.
fn run_wcxb(manifest: &Path, args: &Args) -> Vec<String> {
    let corpus = wcxb::corpus_dir(manifest);
    let pages = match wcxb::load(&corpus, &wcxb::validation_list(manifest)) {
        Ok(p) => p,
        Err(e) => {
            println!("\nwcxb-dev: skipped ({e})");
            return Vec::new();
        }
    };
    let selected: Vec<&wcxb::Page> = pages
        .iter()
        .filter(|p| args.part.is_none_or(|part| p.part == part))
        .filter(|p| args.page_type.as_deref().is_none_or(|t| p.page_type == t))
        .filter(|p| {
            // A filter picks single pages: training pages only (validation is reported whole).
            args.filter.as_deref().is_none_or(|f| {
                p.part == wcxb::Part::Train && (p.id.contains(f) || p.url.contains(f))
            })
        })
        .collect();
    if selected.is_empty() {
        println!("\nwcxb-dev: no page selected");
        return Vec::new();
    }
    let started = std::time::Instant::now();
    let scored = score_all(&selected, &default_options, args.jobs, args.dump.is_some());
    let elapsed = started.elapsed().as_secs_f64();
    let ablation = args
        .ablation
        .then(|| score_all(&selected, &ablation_options, args.jobs, false));

    let train: Vec<&Scored> = scored
        .iter()
        .filter(|(s, _)| s.part == wcxb::Part::Train)
        .collect();
    if let Some(dir) = &args.dump {
        dump_wcxb(dir, &selected, &train);
    }
    if let Some(file) = &args.tsv {
        let mut out = String::from(wcxb::TSV_HEADER);
        out.push('\n');
        for (s, _) in &train {
            out.push_str(&wcxb::tsv_line(s));
            out.push('\n');
        }
        match std::fs::write(file, out) {
            Ok(()) => println!(
                "\nper-page TSV of {} training pages written to {file}",
                train.len()
            ),
            Err(e) => eprintln!("could not write {file}: {e}"),
        }
    }
    if args.worst > 0 {
        let mut worst: Vec<&wcxb::Score> = train.iter().map(|(s, _)| s).collect();
        worst.sort_by(|a, b| a.f1.total_cmp(&b.f1).then_with(|| a.id.cmp(&b.id)));
        println!(
            "\nworst {} training pages (P < R: over-extracted, R < P: under-extracted):",
            args.worst.min(worst.len())
        );
        println!("  id    type           F1     P      R      words/ref  url");
        for s in worst.iter().take(args.worst) {
            let url = selected
                .iter()
                .find(|p| p.id == s.id)
                .map_or("", |p| p.url.as_str());
            println!(
                "  {}  {:<13} {:.3}  {:.3}  {:.3}  {:>5}/{:<5}  {url}{}",
                s.id,
                s.page_type,
                s.f1,
                s.precision,
                s.recall,
                s.words,
                s.ref_words,
                s.error
                    .as_deref()
                    .map(|e| format!("  error: {e}"))
                    .unwrap_or_default()
            );
        }
    }

    if let Some(field) = &args.misses {
        print_misses(field, &train);
    }

    let times: Vec<f64> = scored.iter().map(|(s, _)| s.millis).collect();
    println!(
        "\n== wcxb-dev: {} pages in {elapsed:.1} s on {} thread(s); clean() per page: {}",
        selected.len(),
        args.jobs,
        time_line(times)
    );
    let errors = scored.iter().filter(|(s, _)| s.error.is_some()).count();
    if errors > 0 {
        println!("{errors} page(s) failed to read or clean (scored as empty)");
    }
    let mut lines = Vec::new();
    for part in [wcxb::Part::Train, wcxb::Part::Validation] {
        let of_part = |v: &[Scored]| -> Vec<wcxb::Score> {
            v.iter()
                .filter(|(s, _)| s.part == part)
                .map(|(s, _)| s.clone())
                .collect()
        };
        let scores = of_part(&scored);
        if scores.is_empty() {
            continue;
        }
        let refs: Vec<&wcxb::Score> = scores.iter().collect();
        let summary = print_table(&format!("wcxb-dev {} part", part.name()), &refs);
        if let Some(abl) = &ablation {
            let abl = of_part(abl);
            let refs: Vec<&wcxb::Score> = abl.iter().collect();
            let abl_summary = print_table(
                &format!(
                    "wcxb-dev {} part, {} configuration",
                    part.name(),
                    ablation_name()
                ),
                &refs,
            );
            println!("wcxb {} {}: {abl_summary}", part.name(), ablation_name());
        }
        lines.push(format!("wcxb {}: {summary}", part.name()));
    }
    lines
}

/// The training pages where `field` (`title`, `author`, `date`) misses, with the reviewed and
/// the found value; for `opens`, those with a reviewed text where the reader refuses.
fn print_misses(field: &str, train: &[&Scored]) {
    let index = match field {
        "title" => 0,
        "author" => 1,
        "date" => 2,
        _ => 3,
    };
    println!("\n{field} misses on training pages (reviewed => found):");
    let mut n = 0;
    for (s, _) in train {
        let missed = match index {
            0 => s.title == Some(false),
            1 => s.author == Some(false),
            // A date found on a page the reviewers gave none is a miss too.
            2 => {
                s.date == Some(false)
                    || s.metadata
                        .as_ref()
                        .is_some_and(|m| m.want[2].is_none() && m.got[2].is_some())
            }
            _ => s.ref_words > 0 && !s.readerable,
        };
        if !missed {
            continue;
        }
        n += 1;
        let Some(m) = &s.metadata else { continue };
        if index == 3 {
            println!(
                "  {}  {:<13} {} words (reviewed {})",
                s.id, s.page_type, s.words, s.ref_words
            );
        } else {
            println!(
                "  {}  {:<13} {:?} => {:?}",
                s.id, s.page_type, m.want[index], m.got[index]
            );
        }
    }
    println!("  ({n} pages)");
}

fn dump_wcxb(dir: &str, pages: &[&wcxb::Page], train: &[&Scored]) {
    let _ = std::fs::create_dir_all(dir);
    for (s, text) in train {
        let Some(page) = pages.iter().find(|p| p.id == s.id) else {
            continue;
        };
        let Some(text) = text else { continue };
        let _ = std::fs::write(format!("{dir}/wcxb_{}.got.txt", s.id), text);
        let _ = std::fs::write(format!("{dir}/wcxb_{}.want.txt", s.id), &page.main_content);
    }
}

fn dump_case(dir: &str, case: &score::Case) {
    let slug = case.name.replace('/', "_");
    let _ = std::fs::create_dir_all(dir);
    let source = std::fs::read(case.dir.join("source.html")).unwrap_or_default();
    let options = declutter::Options::with_url(score::PAGE_URL);
    if let Ok(a) = declutter::clean_bytes(&source, None, &options) {
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

/// The rule families `--rules` switches off one at a time: every kind of clutter verdict.
const RULE_FAMILIES: [declutter::RuleKind; 14] = {
    use declutter::RuleKind as Kind;
    [
        Kind::Ticker,
        Kind::Menu,
        Kind::Recirculation,
        Kind::Share,
        Kind::Ad,
        Kind::Consent,
        Kind::Prompt,
        Kind::Comments,
        Kind::Footer,
        Kind::Tags,
        Kind::Media,
        Kind::Banner,
        Kind::Form,
        Kind::Hidden,
    ]
};

/// Per-rule ablation: the training part's F1 and the readability corpus's F1 with each rule
/// family switched off, against the defaults.
fn rule_ablation(manifest: &Path, args: &Args) {
    let pages = wcxb::load(
        &wcxb::corpus_dir(manifest),
        &wcxb::validation_list(manifest),
    )
    .unwrap_or_default();
    let train: Vec<&wcxb::Page> = pages
        .iter()
        .filter(|p| p.part == wcxb::Part::Train)
        .collect();
    let cases = score::cases(manifest);
    let run = |without: Option<declutter::RuleKind>| -> (f64, f64) {
        let config = move |url: &str| declutter::Options {
            without_rules: without.into_iter().collect(),
            ..default_options(url)
        };
        let scored = score_all(&train, &config, args.jobs, false);
        let refs: Vec<&wcxb::Score> = scored.iter().map(|(s, _)| s).collect();
        let wcxb_f1 = wcxb::aggregate(refs.into_iter()).f1;
        let options = config(score::PAGE_URL);
        let r: Vec<score::PageScore> = cases
            .iter()
            .map(|c| score::score_with(c, &options))
            .collect();
        (wcxb_f1, score::summarize(&r).f1)
    };
    println!("\n== per-rule ablation (each rule family switched off; training part + readability)");
    let (base_train, base_readability) = run(None);
    println!("with every rule: train F1 {base_train:.3} | readability F1 {base_readability:.3}");
    for kind in RULE_FAMILIES {
        let (t, r) = run(Some(kind));
        println!(
            "without {}: train F1 {t:.3} ({:+.3}) | readability F1 {r:.3} ({:+.3})",
            kind.name(),
            t - base_train,
            r - base_readability
        );
    }
}
