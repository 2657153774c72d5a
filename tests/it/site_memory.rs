//! Site memory end to end: `declutter --learn-site` over the five pages of a made-up local-news
//! site (`tests/sites/riverbend-gazette/`), and an empty memory changing nothing on any fixture.

use std::path::{Path, PathBuf};

use declutter::{Options, SiteMemory};

fn site_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sites/riverbend-gazette")
}

/// The site's three blocks that every page carries among its article's paragraphs.
const SITE_BLOCKS: [&str; 3] = [
    "Become a member today for as little as $5 a month",
    "sign up for our free newsletter",
    "More from our team: read the rest of this week's coverage",
];

/// The article paragraphs of a page: its `<p>` lines, less the byline and the site's blocks.
fn article_paragraphs(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|l| l.strip_prefix("<p>")?.strip_suffix("</p>"))
        .filter(|p| !SITE_BLOCKS.iter().any(|s| p.contains(s)))
        .map(|p| p.replace("&amp;", "&"))
        .collect()
}

#[test]
fn learn_site_removes_the_site_blocks_from_the_third_page_and_keeps_every_paragraph() {
    let pages: Vec<PathBuf> = (1..=5)
        .map(|n| site_dir().join(format!("page-{n}.html")))
        .collect();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_declutter"))
        .arg("--learn-site")
        .args(&pages)
        .output()
        .expect("running declutter --learn-site");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 5, "one JSON object per page");
    for (n, (line, path)) in lines.iter().zip(&pages).enumerate() {
        let page = n + 1;
        let article: declutter::Article = serde_json::from_str(line).expect("an Article");
        let source = std::fs::read_to_string(path).expect("page source");
        let paragraphs = article_paragraphs(&source);
        assert!(paragraphs.len() >= 5, "page {page}: fixture paragraphs");
        for p in &paragraphs {
            assert!(article.text.contains(p.as_str()), "page {page} lost: {p}");
        }
        for block in SITE_BLOCKS {
            assert_eq!(
                article.text.contains(block),
                page < 3,
                "page {page}: {block:?} (present on pages 1-2 only)"
            );
        }
        let site_repeats = article
            .removed
            .iter()
            .filter(|r| r.kind == "site_repeat")
            .count();
        assert_eq!(site_repeats, if page < 3 { 0 } else { 3 }, "page {page}");
        let memory = article.site_memory.expect("the updated memory");
        assert_eq!(memory.pages as usize, page);
        // Fingerprints and counts only: no page text in what is kept.
        let stored = serde_json::to_string(&memory).unwrap_or_default();
        assert!(!stored.contains("member") && !stored.contains("Riverbend"));
    }
}

#[test]
fn an_empty_memory_changes_no_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut slugs: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/pages")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    slugs.sort();
    assert!(slugs.len() > 10);
    for slug in slugs {
        let source = std::fs::read(dir.join(&slug).join("source.html")).expect("source.html");
        let options = Options::with_url(&format!("http://fakehost/{slug}/"));
        let without = declutter::clean_bytes(&source, None, &options).expect("clean");
        let with = declutter::clean_bytes(
            &source,
            None,
            &Options {
                site_memory: Some(SiteMemory::new().into()),
                ..options
            },
        )
        .expect("clean with memory");
        assert_eq!(with.content_html, without.content_html, "{slug}");
        assert_eq!(with.text, without.text, "{slug}");
        let kinds = |a: &declutter::Article| -> Vec<(String, String, String)> {
            a.removed
                .iter()
                .map(|r| (r.kind.clone(), r.reason.clone(), r.preview.clone()))
                .collect()
        };
        assert_eq!(kinds(&with), kinds(&without), "{slug}");
        assert_eq!(with.title, without.title, "{slug}");
        assert_eq!(with.confidence, without.confidence, "{slug}");
        assert!(with.site_memory.is_some() && without.site_memory.is_none());
    }
}
