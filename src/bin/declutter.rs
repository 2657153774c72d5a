//! `declutter PAGE.html [--url URL] [--format html|text|json]`: the core on the command line.
//!
//! Reads the page (or stdin), sniffs its encoding, runs the same `clean()` as the extension,
//! and prints the result. `declutter --learn-site A.html B.html …` cleans pages of one site in
//! order, each with the site memory learned from the earlier ones, and prints one JSON object per
//! page (JSON Lines).

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: declutter [PAGE.html] [--url URL] [--format html|text|json]
       declutter --learn-site PAGE.html PAGE.html...
  Reads PAGE.html (or standard input), prints the cleaned article.
  --learn-site    cleans the pages of one site in order, each with what was learned
                  from the earlier ones (blocks repeated on the site are removed), and
                  prints one JSON object per page, one per line (the page's file name is
                  its address: give pages of one site, distinct pages as distinct files)
  --url URL       the page's address, for resolving relative links and images
  --format FMT    html (default): the cleaned article HTML
                  text: title and plain text
                  json: everything, including metadata and what was removed";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("declutter: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut path = None;
    let mut url = None;
    let mut format = "html".to_string();
    let mut learn_site = false;
    let mut pages = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--learn-site" => learn_site = true,
            "--url" => url = Some(args.next().ok_or("--url needs a value")?),
            "--format" => format = args.next().ok_or("--format needs a value")?,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            a if a.starts_with('-') && a != "-" => {
                return Err(format!("unknown option {a}\n{USAGE}"))
            }
            a => {
                path = Some(a.to_string());
                pages.push(a.to_string());
            }
        }
    }
    if learn_site {
        return learn(&pages, url.as_deref());
    }
    if !matches!(format.as_str(), "html" | "text" | "json") {
        return Err(format!("unknown format {format:?} (html, text or json)"));
    }
    let bytes = match path.as_deref() {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("reading standard input: {e}"))?;
            buf
        }
        Some(p) => std::fs::read(p).map_err(|e| format!("reading {p}: {e}"))?,
    };
    let options = declutter::Options {
        url,
        ..declutter::Options::default()
    };
    let article = declutter::clean_bytes(&bytes, None, &options).map_err(|e| e.to_string())?;
    let out = match format.as_str() {
        "json" => serde_json::to_string_pretty(&article).map_err(|e| e.to_string())?,
        "text" => format!("{}\n\n{}", article.title, article.text),
        _ => article.content_html,
    };
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{out}").map_err(|e| e.to_string())
}

/// `--learn-site`: each page cleaned with the memory the earlier ones left, one JSON line each.
fn learn(pages: &[String], url: Option<&str>) -> Result<(), String> {
    if pages.is_empty() {
        return Err(format!("--learn-site needs pages\n{USAGE}"));
    }
    if url.is_some() {
        return Err("--learn-site takes no --url (each page's file name is its address)".into());
    }
    let mut memory = declutter::SiteMemory::new();
    let mut stdout = std::io::stdout().lock();
    for page in pages {
        let bytes = std::fs::read(page).map_err(|e| format!("reading {page}: {e}"))?;
        let options = declutter::Options {
            // The file's name tells distinct pages apart, as a URL would.
            url: Some(format!("file:///{}", page.trim_start_matches('/'))),
            site_memory: Some(memory.clone().into()),
            ..declutter::Options::default()
        };
        let article =
            declutter::clean_bytes(&bytes, None, &options).map_err(|e| format!("{page}: {e}"))?;
        if let Some(learned) = &article.site_memory {
            memory = learned.clone();
        }
        let line = serde_json::to_string(&article).map_err(|e| e.to_string())?;
        writeln!(stdout, "{line}").map_err(|e| e.to_string())?;
    }
    Ok(())
}
