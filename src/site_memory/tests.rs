//! Unit tests of the site memory: fingerprints, counting distinct pages, bounds, reading stored
//! memories, and corrections and learning applied to small pages.

use super::*;
use crate::{clean, Options};

fn fp(text: &str) -> Fingerprint {
    fingerprint(text).unwrap_or(Fingerprint(0))
}

/// The same vectors are checked against the JavaScript port (tests/js/fingerprint.test.mjs).
pub(crate) const VECTORS: &[(&str, &str)] = &[
    ("Hello, World!", "10d9315e924a5581"),
    ("hello\n  world", "10d9315e924a5581"),
    ("Ünïcödé ΣΊΣΥΦΟΣ", "f67666a7b7d1d33d"),
    ("東京都 2024年", "0c6da9357a0aad94"),
    ("مرحباً بالعالم", "21889ad2ee2b80cf"),
    ("İstanbul", "b3c0fa3d0d84731c"),
    ("Straße ½ Ⅻ ²", "3fd11e93b354dbd5"),
];

#[test]
fn fingerprint_vectors() {
    for (text, hex) in VECTORS {
        assert_eq!(fp(text).to_hex(), *hex, "{text:?}");
    }
}

#[test]
fn fingerprint_ignores_case_spacing_and_punctuation() {
    assert_eq!(fp("Become a member — today!"), fp("become a member today"));
    assert_eq!(fp("become a\u{a0}member\ntoday"), fp("becomeamembertoday"));
    assert_ne!(fp("become a member today"), fp("become a member tomorrow"));
    assert_eq!(fingerprint(" — !"), None);
    assert_eq!(Fingerprint::from_hex(&fp("x").to_hex()), Some(fp("x")));
    assert_eq!(Fingerprint::from_hex("xyz"), None);
}

#[test]
fn counts_distinct_pages_once_each() {
    let mut m = SiteMemory::new();
    let pitch = fp("pitch");
    m.learn(&[fp("page 1")], &[pitch, pitch, fp("a")]);
    assert_eq!(m.pages_with(pitch), 1);
    // A revisit (same key) teaches nothing.
    m.learn(&[fp("page 1")], &[pitch]);
    assert_eq!(m.pages_with(pitch), 1);
    assert_eq!(m.pages, 1);
    m.learn(&[fp("page 2"), fp("text 2")], &[pitch]);
    assert_eq!(m.pages_with(pitch), 2);
    // Known by either key: the same text under another address.
    m.learn(&[fp("page 3"), fp("text 2")], &[pitch]);
    assert_eq!(m.pages_with(pitch), 2);
    assert_eq!(m.pages_with(fp("a")), 1);
    assert_eq!(m.pages_with(fp("never")), 0);
}

#[test]
fn forgets_the_least_recently_seen_first() {
    let mut m = SiteMemory::new();
    let pitch = fp("pitch");
    for page in 0..150u32 {
        let blocks: Vec<Fingerprint> = (0..10)
            .map(|b| fp(&format!("page {page} block {b}")))
            .chain([pitch])
            .collect();
        m.learn(&[fp(&format!("url {page}"))], &blocks);
        assert!(m.blocks.len() <= MAX_BLOCKS);
        assert!(m.recent_pages.len() <= MAX_PAGES);
    }
    // The block seen on every page stays; the oldest pages' blocks are gone, the newest kept.
    assert_eq!(m.pages_with(pitch), 150);
    assert_eq!(m.pages_with(fp("page 0 block 0")), 0);
    assert_eq!(m.pages_with(fp("page 149 block 9")), 1);
    assert!(m.knows_page(fp("url 149")) && !m.knows_page(fp("url 0")));
}

#[test]
fn stored_memory_round_trips_and_bad_ones_are_ignored_with_a_reason() {
    let mut m = SiteMemory::new();
    m.learn(&[fp("p")], &[fp("b")]);
    let json = serde_json::to_value(&m).unwrap_or_default();
    assert_eq!(json["version"], VERSION);
    assert_eq!(json["blocks"][0]["fingerprint"], fp("b").to_hex());
    assert_eq!(StoredMemory::read(json), StoredMemory::Usable(m.clone()));
    // A fresh memory may be given as an empty object.
    assert_eq!(
        StoredMemory::read(serde_json::json!({})),
        StoredMemory::Usable(SiteMemory::new())
    );
    let cases = [
        (
            serde_json::json!({"version": 99, "blocks": "whatever"}),
            "version",
        ),
        (serde_json::json!({"version": 0}), "version"),
        (serde_json::json!("memory"), "unreadable"),
        (
            serde_json::json!({"version": 1, "blocks": [{"fingerprint": "zz"}]}),
            "unreadable",
        ),
        (
            serde_json::json!({"version": 1, "pages": 1,
                "blocks": [{"fingerprint": "0000000000000001", "pages": 1, "last_page": 7}]}),
            "inconsistent",
        ),
        (
            serde_json::json!({"version": 1, "pages": 1,
                "recent_pages": vec!["0000000000000001"; MAX_PAGES + 1]}),
            "too_large",
        ),
    ];
    for (value, reason) in cases {
        match StoredMemory::read(value.clone()) {
            StoredMemory::Ignored(why) => {
                let json = serde_json::to_value(&why).unwrap_or_default();
                assert_eq!(json["reason"], reason, "{value}");
            }
            StoredMemory::Usable(_) => panic!("{value} was used"),
        }
    }
}

#[test]
fn a_damaged_memory_in_options_is_ignored_not_an_error() {
    let options: Options = serde_json::from_str(r#"{"site_memory": {"version": 1, "blocks": 12}}"#)
        .unwrap_or_default();
    assert!(matches!(
        options.site_memory,
        Some(StoredMemory::Ignored(Ignored::Unreadable { .. }))
    ));
    let article = clean(
        &page(&["A first paragraph of the story with enough words."]),
        &options,
    )
    .unwrap_or_default();
    assert!(article.site_memory_ignored.is_some());
    // Learning started afresh from this page.
    assert_eq!(article.site_memory.map(|m| m.pages), Some(1));
}

const PITCH: &str = "Support local news: become a member today for five dollars a month.";

fn page(paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<html><head><title>Story</title></head><body><article><h1>Story</h1>{body}</article></body></html>"
    )
}

fn story(n: usize) -> Vec<String> {
    (0..6)
        .map(|i| {
            format!(
                "Paragraph {i} of story {n} tells what happened in the town this week, with the \
                 names of the people involved, where they met, and what each of them said about \
                 the decision taken on the evening of day {n}."
            )
        })
        .collect()
}

fn with_pitch(n: usize) -> String {
    let mut paras = story(n);
    paras.insert(2, PITCH.to_string());
    page(&paras.iter().map(String::as_str).collect::<Vec<_>>())
}

fn clean_with(
    html: &str,
    url: &str,
    memory: &SiteMemory,
    corrections: Option<Corrections>,
) -> crate::Article {
    let options = Options {
        url: Some(url.to_string()),
        site_memory: Some(memory.clone().into()),
        corrections,
        ..Options::default()
    };
    clean(html, &options).unwrap_or_default()
}

#[test]
fn a_paragraph_on_two_earlier_pages_is_removed_from_the_third() {
    let mut memory = SiteMemory::new();
    for n in 1..=4 {
        let article = clean_with(
            &with_pitch(n),
            &format!("https://example.org/{n}"),
            &memory,
            None,
        );
        let removed = article.removed.iter().any(|r| r.kind == "site_repeat");
        assert_eq!(removed, n >= 3, "page {n}");
        assert_eq!(article.text.contains("become a member"), n < 3, "page {n}");
        for p in story(n) {
            assert!(article.text.contains(&p), "page {n} lost {p}");
        }
        memory = article.site_memory.unwrap_or_default();
    }
    // Revisiting page 2 (its own visit aside, the pitch is on 2 earlier pages: 1 and 3, 4).
    let again = clean_with(
        &with_pitch(2),
        "https://example.org/2?utm_source=x",
        &memory,
        None,
    );
    assert!(!again.text.contains("become a member"));
    assert_eq!(again.site_memory.map(|m| m.pages), Some(memory.pages));
}

#[test]
fn the_same_article_three_times_is_not_learned_as_clutter() {
    // Short paragraphs only, at three addresses: the body itself must survive.
    let paras = [
        "The mayor opened the new bridge on Monday.",
        "Hundreds of people walked across it before noon.",
        "The old ferry will stop running next month.",
    ];
    let html = page(&paras);
    let mut memory = SiteMemory::new();
    for n in 1..=4 {
        let article = clean_with(&html, &format!("https://example.org/{n}"), &memory, None);
        for p in paras {
            assert!(article.text.contains(p), "copy {n} lost {p}");
        }
        memory = article.site_memory.unwrap_or_default();
    }
}

#[test]
fn corrections_put_back_and_take_out() {
    let html = with_pitch(1);
    let memory = SiteMemory::new();
    let first = clean_with(
        &html,
        "https://example.org/1",
        &memory,
        Some(Corrections::default()),
    );
    // Taking a paragraph out by its fingerprint.
    let taken = fp(&story(1)[3]);
    let out = clean_with(
        &html,
        "https://example.org/1",
        &memory,
        Some(Corrections {
            keep: vec![],
            drop: vec![taken],
        }),
    );
    assert!(first.text.contains(&story(1)[3]));
    assert!(!out.text.contains(&story(1)[3]));
    let removed = out.removed.iter().find(|r| r.kind == "correction");
    let Some(removed) = removed else {
        panic!("no correction in {:?}", out.removed)
    };
    // It can be put back in place: before paragraph 4.
    assert_eq!(removed.fingerprint, Some(taken));
    assert_eq!(removed.before, Some(fp(&story(1)[4])));
    assert_eq!(
        removed.html.as_deref(),
        Some(format!("<p dir=\"auto\">{}</p>", story(1)[3]).as_str())
    );
    // Kept wins over learned: the pitch on two earlier pages stays when put back.
    let mut memory = SiteMemory::new();
    for n in 1..=2 {
        memory = clean_with(
            &with_pitch(n),
            &format!("https://example.org/{n}"),
            &memory,
            None,
        )
        .site_memory
        .unwrap_or_default();
    }
    let third = clean_with(&with_pitch(3), "https://example.org/3", &memory, None);
    let pitch = third.removed.iter().find(|r| r.kind == "site_repeat");
    let keep = pitch.and_then(|r| r.fingerprint);
    assert_eq!(keep, Some(fp(PITCH)));
    let kept = clean_with(
        &with_pitch(3),
        "https://example.org/3",
        &memory,
        Some(Corrections {
            keep: keep.into_iter().collect(),
            drop: vec![],
        }),
    );
    assert!(kept.text.contains("become a member"));
}

#[test]
fn a_rule_removal_in_the_article_can_be_put_back() {
    let html = page(&[
        "A long first paragraph of the story, with enough words to be the article of this page.",
        "Share this article",
        "A second paragraph that carries on the story with more words about the same events.",
    ])
    .replace(
        "<p>Share this article</p>",
        "<div class=\"share-bar\">Share on Facebook and Twitter now</div>",
    );
    let memory = SiteMemory::new();
    let first = clean_with(&html, "https://example.org/1", &memory, None);
    let share = first
        .removed
        .iter()
        .find(|r| r.preview.starts_with("Share on"));
    let Some(share) = share else {
        panic!("nothing removed: {:?}", first.removed)
    };
    assert!(share
        .html
        .as_deref()
        .is_some_and(|h| h.contains("Share on Facebook")));
    let keep = share.fingerprint.into_iter().collect();
    let kept = clean_with(
        &html,
        "https://example.org/1",
        &memory,
        Some(Corrections { keep, drop: vec![] }),
    );
    assert!(kept.text.contains("Share on Facebook"), "{}", kept.text);
}
