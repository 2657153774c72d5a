//! Short news items in twenty-three languages and scripts (`tests/languages/news.json`: Arabic,
//! Bengali, Chinese, Dutch, English, French, German, Greek, Hebrew, Hindi, Indonesian, Italian,
//! Japanese, Korean, Persian, Polish, Portuguese, Russian, Spanish, Thai, Turkish, Ukrainian,
//! Vietnamese), each poured into four page templates the way news sites build them
//! (a ticker, menus twice, share bars, a "Read also" box or line, a "Most read" rail, an
//! advertisement slot, prompts; classes named or obfuscated; a date by the headline only or in
//! the metadata; web components with a plain byline line and pagination), once with its
//! body repeated, and once saved in its language's legacy encoding with no charset declared. Every item must open confident, keep each of
//! its paragraphs once, and lose every clutter line; the byline and the date are read in every
//! language. The items are hand-written, not taken from any corpus.

use std::collections::BTreeMap;

use declutter::{Article, Confidence, Options};
use serde::Deserialize;

/// One language's news item and the clutter around it.
#[derive(Debug, Deserialize)]
struct Item {
    rtl: bool,
    site: String,
    title: String,
    /// The date line as the page prints it, and the day it names.
    date: String,
    day: String,
    /// The byline as printed ("Par Claire Martin") and the author's name.
    byline: String,
    author: String,
    menu: Vec<String>,
    breaking: String,
    ticker: Vec<String>,
    paragraphs: Vec<String>,
    related: String,
    related_items: Vec<String>,
    most_read: String,
    about: String,
    ad: String,
    newsletter: String,
    share: String,
    follow: String,
    comments: String,
}

fn items() -> BTreeMap<String, Item> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/languages/news.json");
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn links(texts: &[String], href: &str) -> String {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| format!(r#"<a href="/{href}/{i}">{t}</a> "#))
        .collect()
}

fn paragraphs(item: &Item) -> Vec<String> {
    item.paragraphs
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect()
}

fn head(lang: &str, item: &Item, meta: &str) -> String {
    let dir = if item.rtl { r#" dir="rtl""# } else { "" };
    format!(
        r#"<!DOCTYPE html><html lang="{lang}"{dir}><head><meta charset="utf-8"><title>{} | {}</title>{meta}</head>"#,
        item.title, item.site
    )
}

/// No date metadata; the date under the headline; a ticker, the menu twice, a share bar, an
/// `<aside>` "Read also" box ending the body, a "Most read" rail, a footer.
fn undated_with_rails(lang: &str, item: &Item) -> String {
    format!(
        r#"{}<body><header><a href="/" class="logo">{site}</a><nav class="menu">{menu}</nav></header>
<div class="ticker"><span>{breaking}</span> {ticker}</div><nav class="mobile-nav">{menu}</nav>
<main><h1>{title}</h1><div class="meta">{date}</div>
<div class="share"><a href="https://facebook.com/sharer.php?u=x">Facebook</a> <a href="https://wa.me/?text=x">WhatsApp</a></div>
<div class="body">{paras}<aside class="box"><h3>{related}</h3><ul>{rel}</ul></aside></div></main>
<section class="most"><h2>{most}</h2><ol>{ticker}</ol></section>
<footer><a href="/about">{about}</a> © 2025 {site}</footer></body></html>"#,
        head(lang, item, ""),
        site = item.site,
        menu = links(&item.menu, "s"),
        breaking = item.breaking,
        ticker = links(&item.ticker, "t"),
        title = item.title,
        date = item.date,
        paras = paragraphs(item).concat(),
        related = item.related,
        rel = item
            .related_items
            .iter()
            .map(|r| format!(r#"<li><a href="/r">{r}</a></li>"#))
            .collect::<String>(),
        most = item.most_read,
        about = item.about,
    )
}

/// A blog-style theme: the byline and the date on one meta line under the headline, a photo,
/// tags, a related grid and a sidebar.
fn byline_and_sidebar(lang: &str, item: &Item) -> String {
    format!(
        r#"{}<body><div id="top"><a href="/"><img src="/logo.png" alt="{site}"></a><ul class="main-menu">{menu}</ul></div>
<div class="row"><div class="col-md-8"><article class="post"><h1 class="post-title">{title}</h1>
<div class="post-meta"><span class="author">{byline}</span> <span class="sep">|</span> <span class="time">{date}</span></div>
<div class="post-content">{paras}</div></article>
<div class="related-posts"><h4>{related}</h4>{rel}</div></div>
<div class="col-md-4 sidebar"><h4>{most}</h4>{ticker}</div></div>
<div id="bottom">{menu} © 2025 {site}</div></body></html>"#,
        head(lang, item, ""),
        site = item.site,
        menu = links(&item.menu, "s"),
        title = item.title,
        byline = item.byline,
        date = item.date,
        paras = paragraphs(item).concat(),
        related = item.related,
        rel = links(&item.related_items, "r"),
        most = item.most_read,
        ticker = links(&item.ticker, "t"),
    )
}

/// Classes obfuscated, the date in the metadata: a labelled ticker, a "Read also: <a>…</a>"
/// line between paragraphs, an advertisement slot, a newsletter box, a share label, a "follow
/// us" line, a comment count and a labelled "Most read" rail.
fn obfuscated_inline_clutter(lang: &str, item: &Item) -> String {
    let p = paragraphs(item);
    format!(
        r##"{}<body><div class="a1"><a href="/">{site}</a><div class="a3">{menu}</div></div>
<div class="b7"><strong>{breaking}</strong><div>{ticker}</div></div>
<div class="c9"><h1>{title}</h1><div class="c11">{p0}{p1}<p><strong>{related}:</strong> <a href="/r0">{r0}</a></p>
<div class="q4"><span>{ad}</span><div class="q5"></div></div>{p2}
<div class="q6"><p>{newsletter}</p><form><input type="email"><button>OK</button></form></div>{rest}
<div class="q7"><span>{share}</span> <a href="https://facebook.com/sharer.php?u=x">f</a> <a href="https://twitter.com/intent/tweet?url=x">x</a></div>
<p>{follow}</p><div class="q8"><a href="#c">{comments}</a></div></div>
<div class="d4"><h3>{most}</h3>{ticker}</div></div></body></html>"##,
        head(
            lang,
            item,
            r#"<meta property="article:published_time" content="2025-11-03T10:20:00Z">"#
        ),
        site = item.site,
        menu = links(&item.menu, "s"),
        breaking = item.breaking,
        ticker = links(&item.ticker, "t"),
        title = item.title,
        p0 = p[0],
        p1 = p[1],
        related = item.related,
        r0 = item.related_items[0],
        ad = item.ad,
        p2 = p[2],
        newsletter = item.newsletter,
        rest = p[3..].concat(),
        share = item.share,
        follow = item.follow,
        comments = item.comments,
        most = item.most_read,
    )
}

/// A page built of web components as the extension serialises it (declarative shadow roots):
/// the menu, the story and the "Most read" rail each in one; the byline and date on a plain
/// line under the headline (no author markup); pagination under the body. A byline without a
/// label or role is a bare name: then the metadata names the author.
fn web_components(lang: &str, item: &Item) -> String {
    let author = if item.byline == item.author {
        format!(r#"<meta name="author" content="{}">"#, item.author)
    } else {
        String::new()
    };
    format!(
        r#"{}<body><site-nav><template shadowrootmode="open"><nav>{menu}</nav></template></site-nav>
<news-story><template shadowrootmode="open"><article><h1>{title}</h1><p>{byline} · {date}</p>{paras}
<p><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">»</a></p></article></template></news-story>
<related-rail><template shadowrootmode="open"><aside><h2>{most}</h2>{ticker}</aside></template></related-rail>
<footer>© 2025 {site}</footer></body></html>"#,
        head(lang, item, &author),
        site = item.site,
        menu = links(&item.menu, "s"),
        title = item.title,
        byline = item.byline,
        date = item.date,
        paras = paragraphs(item).concat(),
        most = item.most_read,
        ticker = links(&item.ticker, "t"),
    )
}

fn clean(html: &str) -> Article {
    declutter::clean(html, &Options::with_url("https://news.example/item"))
        .unwrap_or_else(|e| panic!("clean failed: {e}"))
}

/// The failures of one page: paragraphs missing or repeated, clutter lines kept.
fn check(what: &str, item: &Item, a: &Article, clutter: &[&String], failures: &mut Vec<String>) {
    if a.confidence != Confidence::Confident {
        failures.push(format!("{what}: {:?}", a.confidence));
    }
    for p in &item.paragraphs {
        match a.text.matches(p.as_str()).count() {
            1 => {}
            n => failures.push(format!("{what}: paragraph {n} times: {p}")),
        }
    }
    let lines: Vec<&str> = a.text.lines().map(str::trim).collect();
    for c in clutter {
        // A line of clutter, or a longer clutter text anywhere in the text.
        if lines.contains(&c.as_str())
            || (c.split_whitespace().count() >= 3 && a.text.contains(c.as_str()))
        {
            failures.push(format!("{what}: kept {c:?}"));
        }
    }
}

fn day(a: &Article) -> Option<String> {
    a.published
        .as_deref()
        .and_then(declutter::calendar_date)
        .map(|d| d.to_string())
}

#[test]
fn short_news_in_twenty_three_languages() {
    let mut failures = Vec::new();
    for (lang, item) in items() {
        let rails: Vec<&String> = std::iter::once(&item.breaking)
            .chain(&item.ticker)
            .chain([&item.related, &item.most_read, &item.date])
            .chain(&item.related_items)
            .collect();
        let a = clean(&undated_with_rails(&lang, &item));
        check(&format!("{lang} undated"), &item, &a, &rails, &mut failures);
        if day(&a).as_deref() != Some(item.day.as_str()) {
            failures.push(format!("{lang} undated: published {:?}", a.published));
        }

        let a = clean(&byline_and_sidebar(&lang, &item));
        check(&format!("{lang} byline"), &item, &a, &rails, &mut failures);
        if a.byline.as_deref() != Some(item.author.as_str()) {
            failures.push(format!("{lang} byline: {:?}", a.byline));
        }
        if day(&a).as_deref() != Some(item.day.as_str()) {
            failures.push(format!("{lang} byline: published {:?}", a.published));
        }

        let inline: Vec<&String> = rails
            .iter()
            .copied()
            .chain([
                &item.ad,
                &item.newsletter,
                &item.share,
                &item.follow,
                &item.comments,
            ])
            .collect();
        let a = clean(&obfuscated_inline_clutter(&lang, &item));
        check(&format!("{lang} inline"), &item, &a, &inline, &mut failures);

        // A byline line with a label or a role ("Par Claire Martin", "记者 王小明", "김민수 기자")
        // is the header's, and so is a bare name with a date ("Ayşe Yılmaz · 3 Kasım 2025")
        // when it is the author the metadata names (else it could be a place and a date).
        let byline_line = format!("{} · {}", item.byline, item.date);
        let pages = "1 2 3 »".to_string();
        let components: Vec<&String> = rails
            .iter()
            .copied()
            .chain([&byline_line, &pages])
            .collect();
        let a = clean(&web_components(&lang, &item));
        check(
            &format!("{lang} components"),
            &item,
            &a,
            &components,
            &mut failures,
        );
        if a.byline.as_deref() != Some(item.author.as_str()) {
            failures.push(format!("{lang} components: byline {:?}", a.byline));
        }
        if day(&a).as_deref() != Some(item.day.as_str()) {
            failures.push(format!("{lang} components: published {:?}", a.published));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn short_news_printed_twice_in_twenty_three_languages() {
    let mut failures = Vec::new();
    for (lang, item) in items() {
        let page = byline_and_sidebar(&lang, &item);
        let body = paragraphs(&item).concat();
        let twice = page.replacen(
            &format!(r#"<div class="post-content">{body}</div>"#),
            &format!(
                r#"<div class="post-content">{body}</div><div class="post-body">{body}</div>"#
            ),
            1,
        );
        assert_ne!(twice, page, "{lang}: the template changed");
        let a = clean(&twice);
        if !a.duplicate_body.detected {
            failures.push(format!("{lang}: not flagged"));
        }
        check(&format!("{lang} twice"), &item, &a, &[], &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The legacy encoding pages in `lang` were often saved in (none for scripts that went from
/// font hacks straight to UTF-8).
fn legacy_encoding(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "ar" | "fa" => "windows-1256",
        "el" => "windows-1253",
        "he" => "windows-1255",
        "ru" | "uk" => "windows-1251",
        "pl" => "windows-1250",
        "tr" => "windows-1254",
        "th" => "windows-874",
        "vi" => "windows-1258",
        "ja" => "Shift_JIS",
        "zh" => "GBK",
        "ko" => "EUC-KR",
        "de" | "en" | "es" | "fr" | "id" | "it" | "nl" | "pt" => "windows-1252",
        _ => return None,
    })
}

/// Each item saved in its language's legacy encoding with no charset declared anywhere: read
/// in the encoding its bytes look like, not as windows-1252.
#[test]
fn short_news_saved_in_legacy_encodings() {
    let mut failures = Vec::new();
    let mut tried = 0;
    for (lang, item) in items() {
        let Some(label) = legacy_encoding(&lang) else {
            continue;
        };
        let page = undated_with_rails(&lang, &item).replace(r#"<meta charset="utf-8">"#, "");
        let enc =
            encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or_else(|| panic!("{label}"));
        // Characters the encoding lacks become character references, as a browser saves them.
        let (bytes, _, _) = enc.encode(&page);
        let a = declutter::clean_bytes(
            &bytes,
            None,
            &Options::with_url("https://news.example/item"),
        )
        .unwrap_or_else(|e| panic!("{lang}: {e}"));
        check(&format!("{lang} {label}"), &item, &a, &[], &mut failures);
        tried += 1;
    }
    assert!(tried >= 20, "{tried} languages");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
