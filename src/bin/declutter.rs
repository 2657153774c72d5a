//! `declutter PAGE.html [--url URL] [--format html|text|json]`: the core on the command line.
//!
//! Reads the page (or stdin), sniffs its encoding, runs the same `clean()` as the extension,
//! and prints the result.

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: declutter [PAGE.html] [--url URL] [--format html|text|json]
  Reads PAGE.html (or standard input), prints the cleaned article.
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
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--url" => url = Some(args.next().ok_or("--url needs a value")?),
            "--format" => format = args.next().ok_or("--format needs a value")?,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            a if a.starts_with('-') && a != "-" => {
                return Err(format!("unknown option {a}\n{USAGE}"))
            }
            a => path = Some(a.to_string()),
        }
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
