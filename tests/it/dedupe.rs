//! Duplicate body (issue 5): the seed-004 fixture, a fast subset of the benchmark
//! (`cargo run --release --example dedupe_bench`: a few corpus pages × every variant), and
//! hand-made pages for the cases the benchmark can't generate (print/AMP copies, a teaser cut
//! by "Read more", the must-not-flag list).

#[path = "../../examples/dedupe_bench/variants.rs"]
mod variants;

use std::path::Path;

use declutter::{Article, Options};
use variants::Kind;

fn clean(html: &str) -> Article {
    declutter::clean(html, &Options::with_url("http://fakehost/dedupe/")).expect("clean")
}

/// How many times `needle` occurs in `haystack`, comparing normalised words.
fn occurrences(haystack: &str, needle: &str) -> usize {
    let hay = variants::normalised(haystack);
    let needle = variants::normalised(needle);
    hay.matches(needle.as_str()).count()
}

#[test]
fn seed_menafn_fixture_is_flagged_and_shown_once() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/seed-menafn-1");
    let source = std::fs::read_to_string(dir.join("source.html")).expect("seed-menafn-1 source");
    let a = clean(&source);
    let d = &a.duplicate_body;
    assert!(d.detected, "{d:?}");
    assert_eq!(d.copies, 2);
    assert!(d.duplicated_ratio > 0.5, "{d:?}");
    assert!(!d.blocks.is_empty() && d.blocks.iter().all(|b| b.dropped));
    // Every body line of the seed appears exactly once.
    let must_have = std::fs::read_to_string(dir.join("must-have.txt")).expect("must-have.txt");
    let body_lines: Vec<&str> = must_have
        .lines()
        .filter(|l| !l.starts_with('#') && declutter::text::word_count(l) >= 8)
        .collect();
    assert!(body_lines.len() >= 5);
    for line in body_lines {
        assert_eq!(occurrences(&a.text, line), 1, "{line}\n---\n{}", a.text);
    }
}

/// Corpus pages of several languages and layouts (English, French, Portuguese, Czech, Spanish,
/// German) that the full benchmark handles on every variant.
const SUBSET: &[&str] = &[
    "ars-1",
    "lemonde-1",
    "folha",
    "aktualne",
    "la-nacion",
    "heise",
];

#[test]
fn corpus_variants_are_flagged_and_shown_once() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/readability");
    let mut checked = 0;
    for slug in SUBSET {
        let Ok(source) = std::fs::read_to_string(corpus.join(slug).join("source.html")) else {
            continue;
        };
        let original = clean(&source);
        assert!(
            !original.duplicate_body.detected,
            "{slug}: original flagged"
        );
        let paras = variants::article_paragraphs(&source, &original.text);
        assert_eq!(variants::ineligible(&original.text, &paras), None, "{slug}");
        for kind in Kind::ALL {
            let html = variants::make(kind, &source, &paras, slug)
                .unwrap_or_else(|| panic!("{slug}: no {} variant", kind.name()));
            let a = clean(&html);
            let d = &a.duplicate_body;
            if kind.positive() {
                assert!(d.detected, "{slug} {}: not flagged", kind.name());
                assert_eq!(d.copies, 2, "{slug} {}", kind.name());
                let f1 = variants::token_f1(&a.text, &original.text);
                assert!(f1 >= 0.99, "{slug} {}: text F1 {f1:.3}", kind.name());
            } else {
                assert!(!d.detected, "{slug} {}: flagged {d:?}", kind.name());
            }
            checked += 1;
        }
    }
    // The corpus sits next to the repository (../shared); without it there is nothing to check.
    if corpus.exists() {
        assert_eq!(checked, SUBSET.len() * Kind::ALL.len());
    }
}

/// A news page: header, `body` inside `<article>`, then `after`, then a footer.
fn page(body: &str, after: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><title>Harbour reopens after storm | Example News</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Harbour reopens after storm</h1>
<p class="byline">By Jane Doe</p>
{body}
</article>
{after}
</main><footer><p>© Example News. All rights reserved.</p></footer></body></html>"#
    )
}

fn paragraphs() -> Vec<String> {
    [
        "The city's harbour reopened on Tuesday morning, three days after a storm tore through the coast, flooding warehouses and leaving dozens of fishing boats stranded on the quays.",
        "Port officials said divers had spent the night checking the main channel for debris, and that the first ferry would sail at noon if the weather held, as forecasters expected.",
        "Shop owners along the waterfront began clearing mud from their floors, and several said insurers had promised to send assessors before the end of the week to look at the damage.",
        "The mayor, speaking at a press conference in the town hall, thanked volunteers who had filled sandbags through the night and said a fund for affected families would open on Monday.",
        "Engineers warned that the sea wall, built in the nineteen-sixties, had been weakened in two places and would need repairs before the winter storms, which usually arrive in November.",
        "Fishermen said they hoped to be back at sea by the weekend, although some boats had lost their nets and would have to wait for replacements ordered from suppliers in the north.",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn as_html(paras: &[String]) -> String {
    paras.iter().map(|p| format!("<p>{p}</p>\n")).collect()
}

#[test]
fn print_amp_and_mobile_copies_are_detected() {
    let body = as_html(&paragraphs());
    for (copy, location) in [
        (
            format!(r#"<div class="print-only" style="display: none">{body}</div>"#),
            "hidden",
        ),
        (
            format!(r#"<div class="amp-article" aria-hidden="true">{body}</div>"#),
            "hidden",
        ),
        (
            format!("<noscript><div class=\"mobile-body\">{body}</div></noscript>"),
            "noscript",
        ),
    ] {
        let a = clean(&page(&body, &copy));
        let d = &a.duplicate_body;
        assert!(d.detected, "{location}: {d:?}");
        assert_eq!(d.copies, 2);
        assert!(
            d.blocks
                .iter()
                .all(|b| b.location == location && !b.dropped),
            "{d:?}"
        );
        for p in paragraphs() {
            assert_eq!(occurrences(&a.text, &p), 1, "{location}: {p}");
        }
    }
}

#[test]
fn a_teaser_cut_by_read_more_and_a_copy_with_edits_are_detected() {
    let paras = paragraphs();
    // A visible teaser repeating the first four paragraphs, then "Read more".
    let teaser = format!("{}<p><a href=\"#\">Read more</a></p>", as_html(&paras[..4]));
    let a = clean(&page(&format!("{}{teaser}", as_html(&paras)), ""));
    assert!(a.duplicate_body.detected, "{:?}", a.duplicate_body);
    for p in &paras {
        assert_eq!(occurrences(&a.text, p), 1, "{p}");
    }
    // A copy with different line breaking: two paragraphs per block, `<br>` inside.
    let merged: String = paras
        .chunks(2)
        .map(|c| {
            format!(
                "<p>{}<br>{}</p>\n",
                c[0],
                c.get(1).map_or("", String::as_str)
            )
        })
        .collect();
    let a = clean(&page(&format!("{}{merged}", as_html(&paras)), ""));
    assert!(a.duplicate_body.detected);
    for p in &paras {
        assert_eq!(occurrences(&a.text, p), 1, "{p}");
    }
}

#[test]
fn the_copy_with_the_image_and_caption_is_kept() {
    let paras = paragraphs();
    let figure = r#"<figure><img src="/harbour.jpg" alt="The harbour"><figcaption>Boats in the harbour on Tuesday.</figcaption></figure>"#;
    // A text-only copy first, then the complete one with its figure.
    let body = format!("{}{figure}\n{}", as_html(&paras), as_html(&paras));
    let a = clean(&page(&body, ""));
    assert!(a.duplicate_body.detected);
    assert!(a.content_html.contains("harbour.jpg"));
    assert!(a.content_html.contains("Boats in the harbour on Tuesday."));
    assert!(
        !a.text.contains("Boats in the harbour"),
        "a caption is not running text"
    );
    for p in &paras {
        assert_eq!(occurrences(&a.text, p), 1, "{p}");
    }
    // The figure comes before the body text, as in the kept copy.
    let html = &a.content_html;
    let caption_at = html.find("Boats in the harbour").unwrap_or(usize::MAX);
    let body_at = html.find("The city's harbour reopened").unwrap_or(0);
    assert!(caption_at < body_at, "{html}\n{:?}", a.duplicate_body);
}

#[test]
fn quotes_standfirsts_short_lines_tables_and_headlines_are_not_flagged() {
    let paras = paragraphs();
    let mut body = String::new();
    // Standfirst repeating the lede.
    body.push_str(&format!("<p class=\"standfirst\">{}</p>\n", paras[0]));
    for (i, p) in paras.iter().enumerate() {
        body.push_str(&format!("<p>{p}</p>\n<p>Advertisement</p>\n"));
        if i == 2 {
            // A pull quote and a quoted tweet, each repeating one sentence.
            body.push_str("<blockquote class=\"pullquote\"><p>Divers had spent the night checking the main channel for debris.</p></blockquote>\n");
            body.push_str("<blockquote class=\"twitter-tweet\"><p>Shop owners along the waterfront began clearing mud from their floors #storm</p>&mdash; Port News (@portnews)</blockquote>\n");
            body.push_str("<figure><img src=\"/a.jpg\"><figcaption>Photo: Reuters</figcaption></figure>\n<figure><img src=\"/b.jpg\"><figcaption>Photo: Reuters</figcaption></figure>\n");
        }
    }
    // A table with repeated cells.
    body.push_str("<table><tr><th>Berth</th><th>Open</th><th>Damage</th></tr>");
    for b in 1..=8 {
        body.push_str(&format!(
            "<tr><td>Berth {b}</td><td>Yes</td><td>Minor damage to the quay wall</td></tr>"
        ));
    }
    body.push_str("</table>\n");
    // Related headlines, in the rail and again at the bottom.
    let related: String = (1..=6)
        .map(|i| format!("<li><a href=\"/story{i}\">Council approves new budget for coastal defences, part {i}</a></li>"))
        .collect();
    let after = format!("<aside><h2>Related</h2><ul>{related}</ul></aside><section><h2>More news</h2><ul>{related}</ul></section>");
    let a = clean(&page(&body, &after));
    assert!(!a.duplicate_body.detected, "{:?}", a.duplicate_body);
    assert_eq!(a.duplicate_body.copies, 1);
    assert!(a.duplicate_body.blocks.is_empty());
    for p in &paras {
        assert!(occurrences(&a.text, p) >= 1, "{p}");
    }
}

#[test]
fn keeping_duplicates_when_asked() {
    let body = format!("{}{}", as_html(&paragraphs()), as_html(&paragraphs()));
    let options = Options {
        collapse_duplicates: false,
        ..Options::with_url("http://fakehost/dedupe/")
    };
    let a = declutter::clean(&page(&body, ""), &options).expect("clean");
    assert!(a.duplicate_body.detected);
    assert_eq!(occurrences(&a.text, &paragraphs()[0]), 2);
}

/// The body split over sections (each with a figure), as many news sites lay it out.
fn sectioned(paras: &[String], copy_in_last: &str) -> String {
    let mut body = String::new();
    for (i, pair) in paras.chunks(2).enumerate() {
        let last = i == paras.len().div_ceil(2) - 1;
        body.push_str(&format!(
            "<section class=\"story-body\"><figure><img src=\"/photo{i}.jpg\" alt=\"\"><figcaption>Photograph number {i} of the harbour.</figcaption></figure>\n{}{}</section>\n",
            as_html(pair),
            if last { copy_in_last } else { "" }
        ));
    }
    page(&body, "")
}

#[test]
fn a_copy_inside_the_last_section_does_not_move_the_article_choice() {
    let paras = paragraphs();
    let original = clean(&sectioned(&paras, ""));
    assert!(!original.duplicate_body.detected);
    for copy in [as_html(&paras), {
        // The same paragraphs in another order.
        let mut shuffled = paras.clone();
        shuffled.swap(0, 4);
        shuffled.swap(1, 3);
        as_html(&shuffled)
    }] {
        let a = clean(&sectioned(&paras, &copy));
        let d = &a.duplicate_body;
        assert!(d.detected, "{d:?}");
        assert_eq!(d.copies, 2);
        let f1 = variants::token_f1(&a.text, &original.text);
        assert!(f1 >= 0.99, "F1 {f1:.3}\n{}\n---\n{}", a.text, original.text);
        for p in &paras {
            assert_eq!(occurrences(&a.text, p), 1, "{p}");
        }
        // The kept copy is the complete one: every section's photo and caption, in order.
        for i in 0..3 {
            assert!(
                a.content_html.contains(&format!("/photo{i}.jpg")),
                "photo {i}"
            );
        }
        let at = |s: &str| a.content_html.find(s).unwrap_or(usize::MAX);
        assert!(at("Photograph number 0") < at("The city's harbour reopened"));
        assert!(at("The city's harbour reopened") < at("Fishermen said they hoped"));
    }
}

/// Install steps in tabs, one per operating system, the other panels hidden until their tab is
/// clicked: the panels say nearly the same thing by design. They are alternatives, shown all,
/// and the page is not flagged as repeating its body.
#[test]
fn tab_panels_with_the_same_steps_are_alternatives_not_copies() {
    let steps = |os: &str| -> String {
        [
            format!("Open a terminal on {os} and check that the command line tools are installed, then create a folder for the project anywhere you like."),
            format!("Download the client library for {os} from the releases page, unpack it into the project folder and add it to the path of your shell."),
            format!("Run the setup command once on {os}: it asks for your account key, stores it in your home folder and checks that it can reach the service."),
            "Send your first message with the example command; if the message arrives, the setup is complete and you can move on to the next chapter of this guide.".to_string(),
        ]
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect()
    };
    let body = format!(
        "<p>{}</p><div role=\"tablist\"><button role=\"tab\">Linux</button><button role=\"tab\">macOS</button><button role=\"tab\">Windows</button></div>\
         <div role=\"tabpanel\">{}</div><div role=\"tabpanel\" hidden>{}</div><div role=\"tabpanel\" hidden>{}</div>",
        paragraphs()[0],
        steps("Linux"),
        steps("macOS"),
        steps("Windows")
    );
    let a = clean(&page(&body, ""));
    assert!(!a.duplicate_body.detected, "{:?}", a.duplicate_body);
    for os in ["Linux", "macOS", "Windows"] {
        assert!(
            a.text
                .contains(&format!("Run the setup command once on {os}")),
            "{os}\n{}",
            a.text
        );
    }
}
