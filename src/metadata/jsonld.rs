//! Reads article metadata from `<script type="application/ld+json">` blocks.
//!
//! Handles a single object, arrays, `@graph`, `@type` given as an array, and author/publisher/image
//! given as strings, objects or arrays. Malformed JSON is skipped, never an error.

use serde_json::Value;

/// What JSON-LD says about the article.
#[derive(Debug, Default, Clone)]
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
}

const ARTICLE_TYPES: &[&str] = &[
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

fn is_article(obj: &serde_json::Map<String, Value>) -> bool {
    let matches = |t: &str| {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        ARTICLE_TYPES.contains(&t)
    };
    match obj.get("@type") {
        Some(Value::String(t)) => matches(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(matches),
        _ => false,
    }
}

fn string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => {
            let s = crate::text::collapse(&crate::entities::unescape(s.as_str()));
            (!s.is_empty()).then_some(s)
        }
        Value::Array(items) => items.iter().find_map(|i| string(Some(i))),
        Value::Object(o) => string(o.get("@value")),
        _ => None,
    }
}

fn names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => string(Some(&Value::String(s.clone())))
            .into_iter()
            .collect(),
        Some(Value::Object(o)) => string(o.get("name")).into_iter().collect(),
        Some(Value::Array(items)) => items.iter().flat_map(|i| names(Some(i))).collect(),
        _ => Vec::new(),
    }
}

fn image(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(o) => string(o.get("url")).or_else(|| string(o.get("contentUrl"))),
        Value::Array(items) => items.iter().find_map(|i| image(Some(i))),
        _ => None,
    }
}

/// Collects every object in `v`, descending into arrays and `@graph`, iteratively.
fn objects(v: &Value) -> Vec<&serde_json::Map<String, Value>> {
    let mut out = Vec::new();
    let mut todo = vec![v];
    while let Some(v) = todo.pop() {
        match v {
            Value::Array(items) => todo.extend(items.iter().rev()),
            Value::Object(o) => {
                out.push(o);
                if let Some(g) = o.get("@graph") {
                    todo.push(g);
                }
            }
            _ => {}
        }
    }
    out
}

/// Parses the JSON-LD blocks of a page; the first article-typed object wins.
pub fn read(blocks: &[String]) -> JsonLd {
    for block in blocks {
        // Some sites wrap JSON-LD in CDATA markers or HTML comments.
        let trimmed = block
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>")
            .trim_start_matches("<!--")
            .trim_end_matches("-->");
        let Ok(value) = serde_json::from_str::<Value>(trimmed) else {
            continue;
        };
        let Some(obj) = objects(&value).into_iter().find(|o| is_article(o)) else {
            continue;
        };
        let authors = names(obj.get("author"));
        return JsonLd {
            name: string(obj.get("name")),
            headline: string(obj.get("headline")),
            byline: (!authors.is_empty()).then(|| authors.join(", ")),
            published: string(obj.get("datePublished")),
            site_name: match obj.get("publisher") {
                Some(Value::Object(p)) => string(p.get("name")),
                Some(Value::Array(ps)) => ps
                    .iter()
                    .find_map(|p| p.as_object().and_then(|p| string(p.get("name")))),
                _ => None,
            },
            excerpt: string(obj.get("description")),
            image: image(obj.get("image")).or_else(|| image(obj.get("thumbnailUrl"))),
            lang: string(obj.get("inLanguage")),
            body: string(obj.get("articleBody")),
        };
    }
    JsonLd::default()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let ld = read(&["{not json".to_string()]);
        assert!(ld.headline.is_none());
    }
}
