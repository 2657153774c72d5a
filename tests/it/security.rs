//! Security (issue 7): every XSS vector in `../shared/corpus/xss/vectors.json` goes through the
//! whole pipeline inside a realistic article page, and the output is checked statically three
//! ways: with lol_html's tokenizer (raw tag and attribute names, comments), with the crate's own
//! parser (the tree a reader would build), and with plain substring checks over every tag.
//! The sanitising writer must also be idempotent on every vector and on the malformed corpus.
//!
//! The browser half (execution traps, re-parse stability in Chromium) is tests/e2e/xss.test.mjs.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

use declutter::{clean, sanitize_fragment, NodeData, Options};

const PAGE_URL: &str = "https://news.example.org/world/2024/03/harbour-report.html";

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

/// `(id, payload)` of every vector.
pub fn vectors() -> Vec<(String, String)> {
    let path = shared().join("xss/vectors.json");
    let raw = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let json: serde_json::Value = serde_json::from_str(&raw).expect("vectors.json is JSON");
    json.as_array()
        .expect("vectors.json is an array")
        .iter()
        .map(|v| {
            (
                v["id"].as_str().expect("id").to_string(),
                v["payload"].as_str().expect("payload").to_string(),
            )
        })
        .collect()
}

/// Sentences that sit before and after the payload; both must reach the output when the
/// payload closes its own markup, the first one always.
pub const LEAD: &str = "Harbour officials confirmed on Tuesday that the new breakwater";
pub const TRAIL: &str = "Fishing crews returning before dawn said the calmer water";

/// A news page with navigation, a share bar, a related-links rail and a footer, and the payload
/// in the middle of the article body.
pub fn article_page(payload: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Breakwater finished after six years | Example News</title>
<meta property="og:site_name" content="Example News"></head>
<body>
<header><nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main>
<article class="story">
<h1>Breakwater finished after six years</h1>
<p class="byline">By Ana Lopes</p>
<div class="share-bar"><a href="https://twitter.com/share">Share</a> <a href="mailto:?subject=x">Email</a></div>
<div class="story-body">
<p>{LEAD} was finished six years after work began, and that ships can now shelter in the bay during the winter storms that used to close the port for weeks at a time, according to the authority.</p>
<p>The project cost more than expected, officials said, because the first contractor went bankrupt, the design had to be changed twice, and the stone had to be brought in from a quarry much further away than planned.</p>
<div class="inline">{payload}</div>
<p>{TRAIL} would let them fish through most of the season, and several said they expected to hire more deckhands next year if the catch held up as well as it had in the first months.</p>
<p>Local businesses, from the chandlery to the two cafés on the quay, said they had already noticed more visitors, although some residents worried about traffic on the narrow road into town.</p>
</div>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Port strike ends</a></li><li><a href="/b">Ferry timetable changes</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© Example News</p><a href="/privacy">Privacy</a></footer>
</body></html>"#
    )
}

/// Elements the writer may emit.
const OUT_ELEMENTS: &[&str] = &[
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "code",
    "kbd",
    "samp",
    "var",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "img",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "del",
    "ins",
    "sub",
    "sup",
    "small",
    "mark",
    "abbr",
    "cite",
    "q",
    "dfn",
    "time",
    "ruby",
    "rt",
    "rp",
    "bdi",
    "wbr",
    "details",
    "summary",
    "div",
];

/// MathML presentation elements the writer may emit, only inside `<math>` and holding only
/// MathML and text (an HTML element inside MathML is where browsers' namespace switches enable
/// mutation XSS): see `tree_violations`.
const MATH_ELEMENTS: &[&str] = &[
    "math",
    "mrow",
    "mfrac",
    "msqrt",
    "mroot",
    "msub",
    "msup",
    "msubsup",
    "munder",
    "mover",
    "munderover",
    "mmultiscripts",
    "mprescripts",
    "none",
    "mtable",
    "mtr",
    "mtd",
    "mstyle",
    "mpadded",
    "mphantom",
    "menclose",
    "mfenced",
    "merror",
    "mspace",
    "semantics",
    "mi",
    "mn",
    "mo",
    "ms",
    "mtext",
];

fn is_math_element(tag: &str) -> bool {
    MATH_ELEMENTS.contains(&tag)
}

/// Whether the writer may emit element `tag` at all.
fn allowed_element(tag: &str) -> bool {
    OUT_ELEMENTS.contains(&tag) || is_math_element(tag)
}

/// MathML token elements: text only.
fn is_math_token(tag: &str) -> bool {
    matches!(tag, "mi" | "mn" | "mo" | "ms" | "mtext")
}

/// Elements that must never appear, whatever the allowlist grows into.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "base",
    "meta",
    "link",
    "svg",
    "style",
    "template",
    "noscript",
    "xmp",
    "plaintext",
    "noembed",
    "noframes",
    "title",
    "portal",
    "slot",
    "dialog",
    "listing",
    "image",
    "isindex",
    "param",
    "source",
    "video",
    "audio",
    "marquee",
    "set",
    "animate",
    "use",
    "foreignobject",
    "annotation-xml",
    "mglyph",
    "malignmark",
];

/// Attributes the writer may emit.
const OUT_ATTRS: &[&str] = &[
    "href",
    "rel",
    "title",
    "src",
    "srcset",
    "sizes",
    "alt",
    "width",
    "height",
    "loading",
    "colspan",
    "rowspan",
    "start",
    "reversed",
    "type",
    "datetime",
    "cite",
    "lang",
    "dir",
    // MathML presentation attributes (short keywords and lengths).
    "display",
    "mathvariant",
    "displaystyle",
    "scriptlevel",
    "stretchy",
    "fence",
    "separator",
    "accent",
    "accentunder",
    "linethickness",
    "lspace",
    "rspace",
    "depth",
    "notation",
    "columnalign",
    "rowalign",
    "columnspan",
    "open",
    "close",
    "separators",
];

const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "cite",
    "poster",
    "action",
    "formaction",
    "data",
];

/// Whether a URL (already entity-decoded by the tokenizer) has a safe scheme.
fn url_ok(url: &str) -> bool {
    // What browsers strip before reading the scheme.
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase();
    let Some(colon) = cleaned.find(':') else {
        return true;
    };
    let scheme = &cleaned[..colon];
    if scheme.contains(['/', '?', '#']) {
        return true; // the colon is in the path: relative URL
    }
    match scheme {
        "http" | "https" | "mailto" => true,
        "data" => {
            let rest = cleaned[5..].trim_start();
            rest.starts_with("image/") && !rest.starts_with("image/svg")
        }
        _ => false,
    }
}

/// Static violations found by lol_html's tokenizer over the output.
fn tokenizer_violations(html: &str) -> Vec<String> {
    use lol_html::html_content::{Comment, Doctype, Element};
    use lol_html::{doc_comments, doctype, element, HtmlRewriter, Settings};
    let found = Rc::new(RefCell::new(Vec::new()));
    let (f1, f2, f3) = (Rc::clone(&found), Rc::clone(&found), Rc::clone(&found));
    let settings = Settings::new()
        .append_element_content_handler(element!("*", move |el: &mut Element<'_, '_>| {
            let tag = el.tag_name();
            let mut f = f1.borrow_mut();
            if !allowed_element(&tag) {
                f.push(format!("element <{tag}> not in the output allowlist"));
            }
            if FORBIDDEN_ELEMENTS.contains(&tag.as_str()) {
                f.push(format!("forbidden element <{tag}>"));
            }
            for a in el.attributes() {
                let name = a.name();
                let value = a.value();
                if name.starts_with("on") {
                    f.push(format!("event handler {name}"));
                }
                if !OUT_ATTRS.contains(&name.as_str()) {
                    f.push(format!("attribute {name} not in the output allowlist"));
                }
                if matches!(
                    name.as_str(),
                    "style" | "id" | "name" | "form" | "referrerpolicy"
                ) {
                    f.push(format!("forbidden attribute {name}"));
                }
                let decoded = htmlize::unescape_attribute(&value);
                if URL_ATTRS.contains(&name.as_str()) && !url_ok(&decoded) {
                    f.push(format!("dangerous URL {name}={value:?}"));
                }
                if name == "srcset" {
                    for cand in decoded.split(',') {
                        let url = cand.split_whitespace().next().unwrap_or("");
                        if !url_ok(url) {
                            f.push(format!("dangerous srcset URL {url:?}"));
                        }
                    }
                }
            }
            if tag == "a" && el.get_attribute("rel").as_deref() != Some("noopener noreferrer") {
                f.push("link without rel=\"noopener noreferrer\"".into());
            }
            Ok(())
        }))
        .append_document_content_handler(doc_comments!(move |c: &mut Comment<'_>| {
            f2.borrow_mut().push(format!("comment <!--{}-->", c.text()));
            Ok(())
        }))
        .append_document_content_handler(doctype!(move |_d: &mut Doctype<'_>| {
            f3.borrow_mut().push("doctype in output".into());
            Ok(())
        }));
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    if let Err(e) = rewriter.write(html.as_bytes()) {
        found.borrow_mut().push(format!("tokenizer error {e}"));
    }
    drop(rewriter);
    Rc::try_unwrap(found)
        .expect("handlers dropped")
        .into_inner()
}

/// Violations in the tree the crate's own parser builds from the output.
fn tree_violations(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let doc = match declutter::parse(html, &Options::default()) {
        Ok(d) => d,
        Err(e) => return vec![format!("output does not parse: {e}")],
    };
    for (id, node) in doc.nodes.iter().enumerate() {
        if let NodeData::Element(e) = &node.data {
            let in_math = doc.ancestors(id).find(|&a| doc.tag(a) == "math").is_some();
            let parent = doc.tag(node.parent());
            if in_math && !is_math_element(&e.tag) {
                found.push(format!("tree has <{}> inside <math>", e.tag));
            }
            if !in_math && e.tag != "math" && is_math_element(&e.tag) {
                found.push(format!("tree has <{}> outside <math>", e.tag));
            }
            if is_math_token(parent) {
                found.push(format!("tree has <{}> inside token <{parent}>", e.tag));
            }
            if !allowed_element(&e.tag) || FORBIDDEN_ELEMENTS.contains(&e.tag.as_str()) {
                found.push(format!("tree has <{}>", e.tag));
            }
            for a in &e.attrs {
                if !OUT_ATTRS.contains(&a.name.as_str()) {
                    found.push(format!("tree has attribute {}", a.name));
                }
                if URL_ATTRS.contains(&a.name.as_str()) && !url_ok(&a.value) {
                    found.push(format!("tree has URL {}={:?}", a.name, a.value));
                }
            }
        }
    }
    found
}

/// Plain string checks over the output's exact form. The writer emits only `<name>`,
/// `<name a="v" …>` and `</name>`, with `<`, `>` and `"` escaped everywhere else, so every `<`
/// starts a tag, each tag can be read without an HTML parser, and anything else is a violation.
fn substring_violations(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let lower = html.to_ascii_lowercase();
    for bad in [
        "<script",
        "<iframe",
        "<object",
        "<embed",
        "<form",
        "<base",
        "<meta",
        "<link",
        "<svg",
        "<style",
        "<template",
        "<noscript",
        "<!",
        "<?",
        "<xmp",
        "<plaintext",
        "<textarea",
        "<title",
        "<frame",
        "<image",
        "</script",
        "</style",
    ] {
        if lower.contains(bad) {
            found.push(format!("substring {bad:?}"));
        }
    }
    let mut rest = lower.as_str();
    let mut math_depth = 0usize;
    loop {
        // Text up to the next tag: no raw `>` or `"` (text escapes them; `"` is fine in text
        // but never appears raw in our output).
        let next = rest.find('<').unwrap_or(rest.len());
        if rest[..next].contains('>') {
            found.push(format!("raw '>' in text {:?}", &rest[..next]));
        }
        rest = &rest[next..];
        if rest.is_empty() {
            break;
        }
        let end = match rest.find('>') {
            Some(e) => e + 1,
            None => {
                found.push(format!("unterminated tag {rest:?}"));
                break;
            }
        };
        let tag = &rest[..end];
        rest = &rest[end..];
        if let Some(name) = tag.strip_prefix("</").and_then(|t| t.strip_suffix('>')) {
            if !allowed_element(name) {
                found.push(format!("end tag {tag:?}"));
            }
            if name == "math" {
                math_depth = math_depth.saturating_sub(1);
            }
            continue;
        }
        let inner = &tag[1..tag.len() - 1];
        let name_end = inner.find(' ').unwrap_or(inner.len());
        let name = &inner[..name_end];
        if !allowed_element(name) {
            found.push(format!("start tag {name:?} in {tag:?}"));
        }
        if math_depth > 0 && !is_math_element(name) {
            found.push(format!("HTML start tag {name:?} inside <math>"));
        }
        if name == "math" {
            math_depth += 1;
        }
        // ` name="value"` repeated, nothing else.
        let mut attrs = &inner[name_end..];
        while !attrs.is_empty() {
            let Some(a) = attrs.strip_prefix(' ') else {
                found.push(format!("malformed attributes in {tag:?}"));
                break;
            };
            let Some(eq) = a.find("=\"") else {
                found.push(format!("attribute without =\" in {tag:?}"));
                break;
            };
            let attr = &a[..eq];
            let after = &a[eq + 2..];
            let Some(close) = after.find('"') else {
                found.push(format!("unquoted attribute in {tag:?}"));
                break;
            };
            let value = &after[..close];
            attrs = &after[close + 1..];
            if !attr.chars().all(|c| c.is_ascii_lowercase()) || !OUT_ATTRS.contains(&attr) {
                found.push(format!("attribute {attr:?} in {tag:?}"));
            }
            if attr.starts_with("on") || ["style", "id", "name", "form", "srcdoc"].contains(&attr) {
                found.push(format!("forbidden attribute {attr:?} in {tag:?}"));
            }
            // Only our own escapes: no character reference can hide a scheme.
            let mut amp = value;
            while let Some(i) = amp.find('&') {
                let ent = &amp[i..];
                if !["&amp;", "&quot;", "&lt;", "&gt;", "&nbsp;"]
                    .iter()
                    .any(|e| ent.starts_with(e))
                {
                    found.push(format!("unexpected character reference in {tag:?}"));
                }
                amp = &ent[1..];
            }
            let urls: Vec<&str> = match attr {
                "href" | "src" | "cite" | "poster" => vec![value],
                "srcset" => value
                    .split(", ")
                    .map(|c| c.split(' ').next().unwrap_or(""))
                    .collect(),
                _ => vec![],
            };
            for url in urls {
                // Every page in these tests has a URL, so every output URL is absolute.
                let safe = url.starts_with("https://")
                    || url.starts_with("http://")
                    || url.starts_with("mailto:")
                    || (url.starts_with("data:image/") && !url.starts_with("data:image/svg"));
                if !safe || url.contains([' ', '\t', '\n', '\r', '\u{c}']) {
                    found.push(format!("URL {url:?} in {tag:?}"));
                }
            }
        }
    }
    found
}

/// All static violations of one output.
pub fn violations(html: &str) -> Vec<String> {
    let mut v = tokenizer_violations(html);
    v.extend(tree_violations(html));
    v.extend(substring_violations(html));
    v
}

fn opts() -> Options {
    Options::with_url(PAGE_URL)
}

#[test]
fn checker_catches_known_bad_markup() {
    // The checks themselves must be able to fail.
    for bad in [
        "<p><script>alert(1)</script></p>",
        "<p onclick=\"x\">a</p>",
        "<a href=\"javascript:alert(1)\" rel=\"noopener noreferrer\">a</a>",
        "<a href=\" &#106;avascript:alert(1)\" rel=\"noopener noreferrer\">a</a>",
        "<img src=\"data:image/svg+xml,x\">",
        "<p style=\"color:red\">a</p>",
        "<svg></svg>",
        "<!-- x -->",
        "<a href=\"/x\">no rel</a>",
        "<p id=\"x\">a</p>",
    ] {
        assert!(!violations(bad).is_empty(), "checker missed {bad}");
    }
    assert!(violations("<p dir=\"auto\">javascript:alert(1) &lt;script&gt;</p>").is_empty());
}

#[test]
fn every_vector_is_clean_inside_an_article() {
    let vectors = vectors();
    assert!(vectors.len() > 200, "only {} vectors", vectors.len());
    let mut failures = Vec::new();
    let mut lead_missing = Vec::new();
    let mut refused = Vec::new();
    let mut both_present = 0;
    for (id, payload) in &vectors {
        let page = article_page(payload);
        let article = match clean(&page, &opts()) {
            Ok(a) => a,
            // lol_html's strict mode refuses markup whose parsing is ambiguous to a streaming
            // tokenizer: the caller gets an error and no bytes at all, which is safe.
            Err(declutter::Error::Parse(_)) => {
                refused.push(id.clone());
                continue;
            }
            Err(e) => {
                failures.push(format!("{id}: error {e}"));
                continue;
            }
        };
        if !article.text.contains(LEAD) {
            lead_missing.push(id.clone());
        } else if article.text.contains(TRAIL) {
            both_present += 1;
        }
        for v in violations(&article.content_html) {
            failures.push(format!("{id}: {v}\n    output: {}", article.content_html));
        }
    }
    eprintln!(
        "security: {} vectors cleaned inside an article page ({} refused by the strict parser: \
         {refused:?}), {} with the article text on both sides of the payload, {} static violations",
        vectors.len(),
        refused.len(),
        both_present,
        failures.len()
    );
    // Strict mode is off (src/parse.rs): no payload makes the parser refuse the page.
    assert!(refused.is_empty(), "refused: {refused:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        lead_missing.is_empty(),
        "the article was not extracted for: {lead_missing:?}"
    );
    // Most payloads close their own markup, so the trailing paragraph is in the article too and
    // the payload sat between two article paragraphs.
    assert!(
        both_present * 10 >= vectors.len() * 8,
        "payload landed inside the article for only {both_present} of {}",
        vectors.len()
    );
}

#[test]
fn every_vector_is_clean_as_a_fragment() {
    // The writer on the whole fragment, without extraction choosing what to keep.
    let mut failures = Vec::new();
    let vectors = vectors();
    for (id, payload) in &vectors {
        match sanitize_fragment(payload, Some(PAGE_URL)) {
            Ok(out) => {
                for v in violations(&out) {
                    failures.push(format!("{id}: {v}\n    output: {out}"));
                }
            }
            Err(declutter::Error::Parse(_)) => {}
            Err(e) => failures.push(format!("{id}: error {e}")),
        }
    }
    eprintln!(
        "security: {} vectors sanitised as fragments, {} violations",
        vectors.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn assert_idempotent(inputs: impl Iterator<Item = (String, String)>) -> usize {
    let mut failures = Vec::new();
    let mut n = 0;
    for (id, input) in inputs {
        n += 1;
        let Ok(once) = sanitize_fragment(&input, Some(PAGE_URL)) else {
            continue;
        };
        match sanitize_fragment(&once, Some(PAGE_URL)) {
            Ok(twice) if twice == once => {}
            Ok(twice) => failures.push(format!(
                "{id}\n  input: {input:?}\n  once:  {once:?}\n  twice: {twice:?}"
            )),
            Err(e) => failures.push(format!("{id}: second pass failed: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} not idempotent:\n{}",
        failures.len(),
        failures.join("\n")
    );
    n
}

#[test]
fn sanitising_is_idempotent_on_every_vector() {
    let n = assert_idempotent(vectors().into_iter());
    eprintln!("security: sanitize(sanitize(x)) == sanitize(x) on {n} vectors");
}

/// Real pages (fixtures and the dev corpus): the article output re-sanitises to itself, and so
/// does the writer's output for the whole page (every element the page has, not only the
/// article's: embeds, noscript images, forms, tables).
#[test]
fn sanitising_is_idempotent_on_real_pages() {
    let mut pages = Vec::new();
    for dir in ["tests/pages", "../shared/corpus/readability"] {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
        if let Ok(rd) = std::fs::read_dir(&root) {
            pages.extend(
                rd.filter_map(|e| e.ok())
                    .map(|e| e.path().join("source.html"))
                    .filter(|p| p.is_file()),
            );
        }
    }
    pages.sort();
    assert!(pages.len() > 100, "{} pages", pages.len());
    let mut inputs = Vec::new();
    for path in &pages {
        let Ok(html) = std::fs::read_to_string(path) else {
            continue;
        };
        let name = path.display().to_string();
        if let Ok(a) = clean(&html, &opts()) {
            let v = violations(&a.content_html);
            assert!(v.is_empty(), "{name}: {v:?}");
            inputs.push((format!("{name} (article)"), a.content_html));
        }
        inputs.push((format!("{name} (whole page)"), html));
    }
    let n = assert_idempotent(inputs.into_iter());
    eprintln!("security: idempotent on {n} real-page outputs and whole pages");
}

/// Seeded random tag soup through the whole-fragment writer: static checks and idempotency.
/// (tests/e2e/xss.test.mjs runs the same kind of soup against Chromium's parser.)
#[test]
fn random_tag_soup_is_clean_and_idempotent() {
    const SOUP: &[&str] = &[
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<li>",
        "</li>",
        "<ul>",
        "<ol>",
        "<dl>",
        "<dt>",
        "<dd>",
        "<table>",
        "</table>",
        "<tr>",
        "<td>",
        "</td>",
        "<th>",
        "<caption>",
        "<tbody>",
        "<a href=\"/x\">",
        "</a>",
        "<b>",
        "</b>",
        "<i>",
        "<em>",
        "<h1>",
        "<h2>",
        "</h2>",
        "<pre>",
        "<pre>\n\n",
        "</pre>",
        "<blockquote>",
        "<figure>",
        "<figcaption>",
        "<img src=\"/i.png\">",
        "<br>",
        "<hr>",
        "<ruby>",
        "<rt>",
        "<rp>",
        "<details>",
        "<summary>",
        "<code>",
        "<span>",
        "<center>",
        "<section>",
        "<nav>",
        "<svg>",
        "<math>",
        "<select>",
        "<option>",
        "<button>",
        "<form>",
        "<textarea>",
        "</textarea>",
        "<noscript>",
        "<template>",
        "<iframe src=\"https://www.youtube.com/embed/x\">",
        "</iframe>",
        "<q>",
        "<s>",
        "<abbr title=\"t\">",
        "text ",
        "words, ",
        "&amp;",
        "&lt;",
        "&nbsp;",
        "\r\n",
        "\n",
        "é",
        "<!-- c -->",
        "<",
        "<a href=\"javascript:x\">",
        "<img src=x onerror=y>",
        "<script>",
        "</script>",
        "<style>",
        "<xmp>",
        "<plaintext>",
    ];
    // SOUP_SEED / SOUP_N run other or longer soups.
    let env = |k: &str, d: u64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let mut state: u64 = env("SOUP_SEED", 0x5EED);
    let count = env("SOUP_N", 3000);
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    let mut docs = Vec::new();
    for i in 0..count {
        let n = 5 + next() % 60;
        let doc: String = (0..n).map(|_| SOUP[next() % SOUP.len()]).collect();
        docs.push((format!("soup-{i}"), doc));
    }
    for (id, doc) in &docs {
        if let Ok(out) = sanitize_fragment(doc, Some(PAGE_URL)) {
            let v = violations(&out);
            assert!(
                v.is_empty(),
                "{id}: {v:?}\n  input: {doc:?}\n  output: {out}"
            );
        }
    }
    let n = assert_idempotent(docs.into_iter());
    eprintln!("security: {n} random tag-soup documents clean and idempotent");
}

/// The malformed corpus inputs, sampled deterministically in debug builds.
pub fn malformed_inputs(debug_sample: usize) -> Vec<(String, String)> {
    let path = shared().join("malformed/html5lib-inputs.jsonl");
    let raw = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let all: Vec<(String, String)> = raw
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("jsonl line");
            (
                v["id"].as_str().unwrap_or("?").to_string(),
                v["input"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    if cfg!(debug_assertions) && debug_sample > 0 && all.len() > debug_sample {
        let step = all.len().div_ceil(debug_sample);
        all.into_iter().step_by(step).collect()
    } else {
        all
    }
}

#[test]
fn sanitising_is_idempotent_on_the_malformed_corpus() {
    let n = assert_idempotent(malformed_inputs(0).into_iter());
    eprintln!("security: idempotent on {n} malformed inputs");
}

/// Regression tests for specific shapes: each came from a review of the writer.
#[test]
fn regressions() {
    let s = |html: &str| sanitize_fragment(html, Some(PAGE_URL)).unwrap_or_default();
    // Entity-encoded and control-character schemes.
    for href in [
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#106avascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "jav&Tab;ascript:alert(1)",
        "\u{0}javascript:alert(1)",
        " &#14; javascript:alert(1)",
        "javascript&colon;alert(1)",
        "&#0000106avascript:alert(1)",
        "&#X6A;avascript:alert(1)",
        "&#x0006a;avascript:alert(1)",
        "j&#97;v&#x61;script&#58;alert(1)",
        "java&NewLine;script:alert(1)",
        "&#x20;javascript:alert(1)",
        "\u{b}javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    ] {
        let out = s(&format!("<a href=\"{href}\">x</a>"));
        assert_eq!(out, "x", "{href}");
    }
    // A NUL inside the scheme makes it no scheme at all (a relative URL) for browsers too:
    // kept as a harmless, percent-encoded https URL.
    for href in ["javascript\u{0}:alert(1)", "javascript&#0;:alert(1)"] {
        let out = s(&format!("<a href=\"{href}\">x</a>"));
        assert!(out.contains("https://news.example.org/"), "{out}");
        assert!(violations(&out).is_empty(), "{out}");
    }
    let out = s("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"a\">");
    assert!(!out.contains("svg"), "{out}");

    // Shapes a browser re-nests (found by the idempotency and Chromium re-parse tests): the
    // writer unwraps instead, keeping the text.
    for (input, expected) in [
        ("<pre>\n\nA</pre>", "<pre>A</pre>"),
        (
            "<p>foo<search>bar<p>baz",
            "<p dir=\"auto\">foo<br>bar</p><p dir=\"auto\">baz</p>",
        ),
        (
            "<h2>a<b><h3>b</h3></b></h2>",
            "<h2 dir=\"auto\">a<b>b</b></h2>",
        ),
        (
            "<ul><li>a<td><li>b</li></td></li></ul>",
            "<ul><li dir=\"auto\">a<br>b</li></ul>",
        ),
        (
            "<a href=\"/1\">a<td><a href=\"/2\">b</a></td></a>",
            "<a href=\"https://news.example.org/1\" rel=\"noopener noreferrer\">ab</a>",
        ),
        ("<p>a\r\nb\rc</p>", "<p dir=\"auto\">a\nb\nc</p>"),
        // Video embeds from known hosts become plain links, a paragraph only where one may open.
        (
            "<iframe src=\"//www.youtube.com/embed/abc\" onload=\"x()\"></iframe>",
            "<p dir=\"auto\"><a href=\"https://www.youtube.com/embed/abc\" rel=\"noopener noreferrer\">▶ YouTube video</a></p>",
        ),
        (
            "<p>see <iframe src=\"https://player.vimeo.com/video/1\"></iframe></p>",
            "<p dir=\"auto\">see <a href=\"https://player.vimeo.com/video/1\" rel=\"noopener noreferrer\">▶ Vimeo video</a></p>",
        ),
        ("<iframe src=\"https://evil.example/x\"></iframe>", ""),
        // A list item inside a heading inside a list item stays nested, as in browsers (the
        // parser used to close the outer item; found by libFuzzer).
        (
            "<ul><li>a<h2>b<li>c</li></h2></li></ul>",
            "<ul><li dir=\"auto\">a<h2 dir=\"auto\">b<li dir=\"auto\">c</li></h2></li></ul>",
        ),
        ("<p>a<li>b", "<p dir=\"auto\">a</p><li dir=\"auto\">b</li>"),
        // Invisible characters before a scheme make a relative URL; they are percent-encoded.
        (
            "<a href=\"\u{2028}javascript:alert(1)\">x</a>",
            "<a href=\"https://news.example.org/world/2024/03/%E2%80%A8javascript:alert(1)\" rel=\"noopener noreferrer\">x</a>",
        ),
        (
            "<rt>x</rt><ruby>y<rt>z</rt></ruby>",
            "x<ruby>y<rt>z</rt></ruby>",
        ),
    ] {
        let out = s(input);
        assert_eq!(out, expected, "{input:?}");
        assert_eq!(s(&out), out, "{input:?} not idempotent");
    }
}

/// A `<base href>` the URL checks refuse (script, data) is ignored: relative links and images still
/// resolve against the page's own URL (issue 15: the page URL was dropped with it).
#[test]
fn a_refused_base_href_leaves_the_page_url_as_base() {
    for base in ["javascript:alert(1)//", "data:text/html,x", "vbscript:x"] {
        let page = format!(
            "<html><head><base href=\"{base}\"><title>Base</title></head><body><article>\
             <p>A first paragraph long enough to be the article, with a <a href=\"next.html\">relative \
             link</a> and enough words, commas, and sentences to count as prose for the extractor.</p>\
             <p>A second paragraph with an image, <img src=\"img/a.png\" alt=\"a\">, and more words to \
             read, so that this article is clearly the main content of the page here.</p>\
             </article></body></html>"
        );
        let article = clean(
            &page,
            &Options::with_url("https://news.example/world/story.html"),
        )
        .unwrap();
        assert!(
            article
                .content_html
                .contains("href=\"https://news.example/world/next.html\""),
            "{base}: {}",
            article.content_html
        );
        assert!(
            article
                .content_html
                .contains("src=\"https://news.example/world/img/a.png\""),
            "{base}: {}",
            article.content_html
        );
        assert!(!article.content_html.contains(base), "{base}");
    }
}
