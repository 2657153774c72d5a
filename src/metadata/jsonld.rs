//! Reads article metadata from `<script type="application/ld+json">` blocks.
//!
//! Handles a single object, arrays, `@graph`, `@type` given as an array, and author/publisher/image
//! given as strings, objects or arrays. Malformed JSON is skipped, never an error.
//!
//! The JSON is read by serde_json (strict JSON; nesting deeper than its limit of 128 rejects the
//! block, so hostile input cannot exhaust the stack; a number outside the `f64` range rejects
//! it too). One leniency is added before it: an escaped lone surrogate (`\uD83D` without its
//! pair, what `JSON.stringify` writes for a JS string cut inside an emoji) becomes U+FFFD, as
//! `JSON.parse` would keep it, instead of losing the whole block.

use std::borrow::Cow;

use serde_json::Value;

/// What JSON-LD says about the article.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct JsonLd {
    /// `name`.
    pub name: Option<String>,
    /// `headline`.
    pub headline: Option<String>,
    /// Author names joined with ", ".
    pub byline: Option<String>,
    /// `datePublished`.
    pub published: Option<String>,
    /// `publisher.name`.
    pub site_name: Option<String>,
    /// `description`.
    pub excerpt: Option<String>,
    /// First `image` URL.
    pub image: Option<String>,
    /// `inLanguage`.
    pub lang: Option<String>,
    /// `articleBody`, a hint for finding the body.
    pub body: Option<String>,
    /// Some object on the page is a discussion ([`DISCUSSION_TYPES`]): its replies are content.
    pub discussion: bool,
    /// Some object on the page is a product on sale ([`PRODUCT_TYPES`], with `offers`).
    pub product: bool,
    /// Some object on the page is an article ([`ARTICLE_TYPES`]).
    pub article: bool,
}

/// Types of a page whose replies are its content: a forum thread, a question and its answers.
pub const DISCUSSION_TYPES: &[&str] = &["DiscussionForumPosting", "QAPage"];

/// Types of a page that sells one thing, with its `offers` (a review article names its product
/// too, but is an article; a local service marks itself up as a product for its star rating,
/// without offers).
pub const PRODUCT_TYPES: &[&str] = &[
    "Product",
    "ProductGroup",
    "IndividualProduct",
    "ProductModel",
];

/// Types of an article (what the reader is for).
pub const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "AdvertiserContentArticle",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "SocialMediaPosting",
    "BlogPosting",
    "LiveBlogPosting",
    "DiscussionForumPosting",
    "TechArticle",
    "APIReference",
];

fn is_article(obj: &Value) -> bool {
    has_type(obj, ARTICLE_TYPES)
}

/// Whether the schema.org type `t` (a name, a URL or a prefixed name: `QAPage`,
/// `https://schema.org/QAPage`, `schema:QAPage`) is one of `types`.
pub fn names_type(t: &str, types: &[&str]) -> bool {
    types.contains(&t.rsplit(['/', ':']).next().unwrap_or(t))
}

/// Whether `obj`'s `@type` (a type or an array of them) is one of `types` ([`names_type`]).
fn has_type(obj: &Value, types: &[&str]) -> bool {
    let matches = |t: &str| names_type(t, types);
    match obj.get("@type") {
        Some(Value::String(t)) => matches(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(matches),
        _ => false,
    }
}

fn text(s: &str) -> Option<String> {
    let once = htmlize::unescape(s);
    // Some CMSs escape twice ("&amp;#8230;"): what is left after one round is decoded too.
    let s = if s.contains("&amp;") && once.contains('&') {
        crate::text::collapse(&htmlize::unescape(once.as_ref()))
    } else {
        crate::text::collapse(&once)
    };
    (!s.is_empty()).then_some(s)
}

fn string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => text(s),
        Value::Array(items) => items.iter().find_map(|i| string(Some(i))),
        o @ Value::Object(_) => string(o.get("@value")),
        _ => None,
    }
}

fn names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => text(s).into_iter().collect(),
        Some(o @ Value::Object(_)) => string(o.get("name")).into_iter().collect(),
        Some(Value::Array(items)) => items.iter().flat_map(|i| names(Some(i))).collect(),
        _ => Vec::new(),
    }
}

fn image(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()),
        o @ Value::Object(_) => string(o.get("url")).or_else(|| string(o.get("contentUrl"))),
        Value::Array(items) => items.iter().find_map(|i| image(Some(i))),
        _ => None,
    }
}

/// Collects every object in `v`, descending into arrays and `@graph`, iteratively.
fn objects(v: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    let mut todo = vec![v];
    while let Some(v) = todo.pop() {
        match v {
            Value::Array(items) => todo.extend(items.iter().rev()),
            Value::Object(_) => {
                out.push(v);
                if let Some(g) = v.get("@graph") {
                    todo.push(g);
                }
            }
            _ => {}
        }
    }
    out
}

/// What the first article-typed object of `objs` (a block's [`objects`]) says.
fn article(objs: &[&Value]) -> Option<JsonLd> {
    let obj = objs.iter().find(|o| is_article(o))?;
    let authors = names(obj.get("author"));
    Some(JsonLd {
        name: string(obj.get("name")),
        headline: string(obj.get("headline")),
        byline: (!authors.is_empty()).then(|| authors.join(", ")),
        published: string(obj.get("datePublished")),
        site_name: match obj.get("publisher") {
            Some(p @ Value::Object(_)) => string(p.get("name")),
            Some(Value::Array(ps)) => ps
                .iter()
                .find_map(|p| p.is_object().then(|| string(p.get("name")))?),
            _ => None,
        },
        excerpt: string(obj.get("description")),
        image: image(obj.get("image")).or_else(|| image(obj.get("thumbnailUrl"))),
        lang: string(obj.get("inLanguage")),
        body: string(obj.get("articleBody")),
        discussion: false,
        product: false,
        article: true,
    })
}

/// Parses the JSON-LD blocks of a page; the first article-typed object wins, and any object of
/// a [`DISCUSSION_TYPES`] type makes the page a discussion, one of a [`PRODUCT_TYPES`] type
/// says it sells a product.
pub fn read(blocks: &[String]) -> JsonLd {
    let mut found: Option<JsonLd> = None;
    let mut discussion = false;
    let mut product = false;
    for block in blocks {
        // Some sites wrap JSON-LD in CDATA markers or HTML comments.
        let trimmed = block
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>")
            .trim_start_matches("<!--")
            .trim_end_matches("-->");
        let Some(value) = parse(trimmed) else {
            continue;
        };
        let objs = objects(&value);
        discussion |= objs.iter().any(|o| has_type(o, DISCUSSION_TYPES));
        product |= objs
            .iter()
            .any(|o| has_type(o, PRODUCT_TYPES) && on_sale(o));
        if found.is_none() {
            found = article(&objs);
        }
    }
    JsonLd {
        discussion,
        product,
        ..found.unwrap_or_default()
    }
}

/// Whether a product object states its offers (or variants, each with its own), in any case
/// ("Offers" is seen).
fn on_sale(obj: &Value) -> bool {
    obj.as_object().is_some_and(|fields| {
        fields
            .keys()
            .any(|k| k.eq_ignore_ascii_case("offers") || k.eq_ignore_ascii_case("hasVariant"))
    })
}

/// A JSON text (surrounding whitespace allowed); `None` if malformed or nested too deep.
fn parse(text: &str) -> Option<Value> {
    serde_json::from_str(&lone_surrogates_replaced(text)).ok()
}

/// `text` with every `\u` escape of a lone surrogate replaced by `\uFFFD` (pairs, other
/// escapes and an escaped backslash followed by `u` are left alone).
fn lone_surrogates_replaced(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    // The code unit of a `\uXXXX` escape at `at`.
    let unit = |at: usize| -> Option<u32> {
        let hex = text.get(at..at + 6)?.strip_prefix("\\u")?;
        hex.bytes()
            .all(|c| c.is_ascii_hexdigit())
            .then(|| u32::from_str_radix(hex, 16).ok())?
    };
    let mut out = String::new();
    let (mut done, mut i) = (0, 0);
    while let Some(off) = b
        .get(i..)
        .and_then(|rest| rest.iter().position(|&c| c == b'\\'))
    {
        i += off;
        match unit(i) {
            Some(0xD800..=0xDBFF)
                if unit(i + 6).is_some_and(|low| (0xDC00..=0xDFFF).contains(&low)) =>
            {
                i += 12;
            }
            Some(0xD800..=0xDFFF) => {
                out.push_str(text.get(done..i).unwrap_or_default());
                out.push_str("\\uFFFD");
                i += 6;
                done = i;
            }
            Some(_) => i += 6,
            // Any other escape: skip the escaped character (an escaped `\\` in particular).
            None => i += 2,
        }
    }
    if done == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(text.get(done..).unwrap_or_default());
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thread_or_a_question_anywhere_on_the_page_is_a_discussion() {
        let thread = r#"{"@graph":[{"@type":"WebPage"},{"@type":"https://schema.org/DiscussionForumPosting","headline":"Q"}]}"#;
        let qa = r#"{"@type":["QAPage"],"mainEntity":{"@type":"Question","name":"How?"}}"#;
        let news = r#"{"@type":"NewsArticle","headline":"N","comment":[{"@type":"Comment"}]}"#;
        assert!(read(&[thread.to_string()]).discussion);
        // Found in any block, while the article fields come from the first article-typed one.
        let both = read(&[news.to_string(), qa.to_string()]);
        assert!(both.discussion);
        assert_eq!(both.headline.as_deref(), Some("N"));
        assert!(!read(&[news.to_string()]).discussion);
    }

    #[test]
    fn a_product_on_sale_is_a_product_page_a_rated_service_is_not() {
        let product =
            r#"{"@type":"Product","name":"Kallax","Offers":{"@type":"Offer","price":"89"}}"#;
        let group = r#"{"@graph":[{"@type":"ProductGroup","hasVariant":[{"@type":"Product"}]}]}"#;
        let rated =
            r#"{"@type":"Product","name":"Pest control","aggregateRating":{"ratingValue":"4.9"}}"#;
        let review = r#"{"@type":"Review","itemReviewed":{"@type":"Product","offers":{}}}"#;
        let news = r#"{"@type":"NewsArticle","headline":"N"}"#;
        assert!(read(&[product.to_string()]).product);
        assert!(read(&[group.to_string()]).product);
        assert!(!read(&[rated.to_string()]).product);
        // An article naming a product on sale is still an article.
        let both = read(&[news.to_string(), product.to_string()]);
        assert!(both.product && both.article);
        // A review's product is what it reviews, not what the page is.
        assert!(!read(&[review.to_string()]).product);
    }

    #[test]
    fn graph_and_author_arrays() {
        let block = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
          {"@type":["NewsArticle"],"headline":"Big &amp; news","author":[{"@type":"Person","name":"A. One"},{"name":"B. Two"}],
           "datePublished":"2025-03-20T17:27:00Z","publisher":{"@type":"Organization","name":"The Paper"},
           "image":{"@type":"ImageObject","url":"https://e.org/i.jpg"}}]}"#;
        let ld = read(&[block.to_string()]);
        assert_eq!(ld.headline.as_deref(), Some("Big & news"));
        assert_eq!(ld.byline.as_deref(), Some("A. One, B. Two"));
        assert_eq!(ld.site_name.as_deref(), Some("The Paper"));
        assert_eq!(ld.published.as_deref(), Some("2025-03-20T17:27:00Z"));
        assert_eq!(ld.image.as_deref(), Some("https://e.org/i.jpg"));
    }

    #[test]
    fn malformed_is_ignored() {
        for bad in [
            "{not json",
            r#"{"@type":"NewsArticle","headline":"x",}"#,
            // A raw control character in a string.
            "{\"@type\":\"NewsArticle\",\"headline\":\"a\u{1}b\"}",
            r#"{"@type":"NewsArticle","headline":"x"} trailing"#,
            r#"{"@type":"NewsArticle","n":01,"headline":"x"}"#,
            r#"{"@type":"NewsArticle","headline":"\x"}"#,
            // Outside the f64 range: serde_json refuses the number, so the block.
            r#"{"@type":"NewsArticle","n":1E400,"headline":"x"}"#,
        ] {
            assert_eq!(read(&[bad.to_string()]), JsonLd::default(), "{bad}");
        }
        // A later block still counts.
        let ld = read(&[
            "{oops".to_string(),
            r#"{"@type":"NewsArticle","headline":"Second"}"#.to_string(),
        ]);
        assert_eq!(ld.headline.as_deref(), Some("Second"));
    }

    #[test]
    fn escapes_numbers_and_surrogates() {
        let block = r#"{"@type":"NewsArticle","n":[-0.5e+10,1E300,123456789012345678901234567890],
            "headline":"\u00e9t\u00E9 \"q\" \/ \ud83d\ude00 \ud800 \udc00x","author":"A\tB"}"#;
        let ld = read(&[block.to_string()]);
        assert_eq!(
            ld.headline.as_deref(),
            Some("été \"q\" / 😀 \u{FFFD} \u{FFFD}x")
        );
        assert_eq!(ld.byline.as_deref(), Some("A B"));
        // A high surrogate followed by another escape, a lone one at the very end.
        let block = r#"{"@type":"NewsArticle","headline":"a\uD83D\u0041 \uDBFF","name":"\ud83d"}"#;
        let ld = read(&[block.to_string()]);
        assert_eq!(ld.headline.as_deref(), Some("a\u{FFFD}A \u{FFFD}"));
        assert_eq!(ld.name.as_deref(), Some("\u{FFFD}"));
    }

    #[test]
    fn only_lone_surrogate_escapes_are_rewritten() {
        for same in [
            r#""plain""#,
            r#""\ud83d\ude00""#,
            r#""\\ud800""#,
            r#""\\\\ud800""#,
            r#""\u00e9\n\"""#,
            r#""\u12""#,
            "\"é\\é\"",
            "\\",
        ] {
            assert!(
                matches!(lone_surrogates_replaced(same), Cow::Borrowed(s) if s == same),
                "{same}"
            );
        }
        assert_eq!(
            lone_surrogates_replaced(r#""\\\ud800 \udc00\ud800""#),
            r#""\\\uFFFD \uFFFD\uFFFD""#
        );
    }

    #[test]
    fn deep_nesting_is_refused_without_recursion_blowup() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse(&deep).is_none());
        let ok = format!("{}{}", "[".repeat(127), "]".repeat(127));
        assert!(parse(&ok).is_some());
        let block = format!(
            r#"[{{"@type":"NewsArticle","headline":"x","deep":{}1{}}}]"#,
            "[".repeat(10_000),
            "]".repeat(10_000)
        );
        assert_eq!(read(&[block]), JsonLd::default());
    }
}
