//! Writes every text block of a set of pages, with the block classifier's base features, its
//! raw class/id tokens and its text, as JSON Lines: the training data of `training/train.py`.
//!
//! `cargo run --release --example blocks_dump -- HTML_DIR OUT.jsonl`
//!
//! Reads every `HTML_DIR/<id>.html` (sorted by name). The first line is
//! `{"names": [...]}` (the base feature names); then one line per block:
//! `{"page": id, "f": [...], "own": [...], "anc": [...], "text": "..."}`. Pages are cleaned with
//! default options (as the cleaner sees them up to the rules' article choice).
//!
//! `--urls FILE` (before the directory): a file of `id URL` lines; each listed page is cleaned
//! with `Options::with_url(URL)`, as the quality benchmark cleans it.
//!
//! `blocks_dump --clean HTML_DIR OUT.jsonl` instead writes each page's cleaned text with the
//! block model off and on: `{"page": id, "rules": "...", "model": "..."}` (for
//! `training/train.py --score`).

use std::io::Write;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let clean = args.first().is_some_and(|a| a == "--clean");
    if clean {
        args.remove(0);
    }
    let mut urls = std::collections::HashMap::new();
    if args.first().is_some_and(|a| a == "--urls") && args.len() > 1 {
        let file = args.remove(1);
        args.remove(0);
        let list = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for line in list.lines() {
            if let Some((id, url)) = line.split_once(' ') {
                urls.insert(id.to_string(), url.trim().to_string());
            }
        }
    }
    let (Some(dir), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!("usage: blocks_dump HTML_DIR OUT.jsonl");
        std::process::exit(2);
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    paths.sort();
    let file = std::fs::File::create(out).unwrap_or_else(|e| panic!("{out}: {e}"));
    let mut w = std::io::BufWriter::new(file);
    let names = serde_json::json!({ "names": declutter::BLOCK_FEATURE_NAMES.as_slice() });
    writeln!(w, "{names}").unwrap();
    let mut blocks = 0usize;
    for path in &paths {
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let options = match urls.get(id) {
            Some(url) => declutter::Options::with_url(url),
            None => declutter::Options::default(),
        };
        let html = std::fs::read_to_string(path).unwrap_or_default();
        if clean {
            let text = |block_model| {
                let o = declutter::Options {
                    block_model,
                    ..options.clone()
                };
                declutter::clean(&html, &o)
                    .map(|a| a.text)
                    .unwrap_or_default()
            };
            let line = serde_json::json!({ "page": id, "rules": text(false), "model": text(true) });
            writeln!(w, "{line}").unwrap();
            continue;
        }
        let records = match declutter::dump_blocks(&html, &options) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{id}: {e}");
                continue;
            }
        };
        for r in records {
            let line = serde_json::json!({
                "page": id,
                "f": r.features,
                "own": r.own_tokens,
                "anc": r.ancestor_tokens,
                "text": r.text,
                "hdr": r.header,
                "dated": r.dated_article,
                "discussion": r.discussion,
                "rail": r.rail,
                "copy": r.body_copy,
                "p": r.probability,
            });
            writeln!(w, "{line}").unwrap();
            blocks += 1;
        }
    }
    w.flush().unwrap();
    eprintln!("{} pages, {blocks} blocks -> {out}", paths.len());
}
