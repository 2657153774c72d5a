//! Cleans a document `<title>` into a headline: drops " | Site Name" style suffixes and
//! "Site: " prefixes, and prefers the page's only `<h1>` when the title is implausibly long or
//! short. Follows Readability.js's rules, so results match what readers expect from it.
//!
//! Works on strings only; the caller supplies the page's headings.

use crate::text::collapse;

/// Characters that separate a headline from a site or section name when surrounded by spaces.
const SEPARATORS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];
/// Separators that express a hierarchy ("Site > Section > Headline").
const HIERARCHICAL: &[char] = &['\\', '/', '>', '»'];

/// Byte offsets of every " X " where X is one of `seps`.
fn separator_positions(s: &str, seps: &[char]) -> Vec<usize> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    for w in chars.windows(3) {
        if w[0].1 == ' ' && w[2].1 == ' ' && seps.contains(&w[1].1) {
            out.push(w[0].0);
        }
    }
    out
}

fn whitespace_words(s: &str) -> usize {
    // Like splitting on /\s+/ in JavaScript: an empty string still counts one.
    s.split_whitespace().count().max(1)
}

/// Similarity of `b` to `a` (1 = every word of `b` is in `a`), by the length of `b`'s words
/// missing from `a`. Words are runs of letters and digits, compared lower-cased.
pub fn text_similarity(a: &str, b: &str) -> f64 {
    let split = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect()
    };
    let ta = split(a);
    let tb = split(b);
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let uniq: Vec<&str> = tb
        .iter()
        .filter(|t| !ta.contains(t))
        .map(String::as_str)
        .collect();
    let len =
        |v: &[&str]| v.iter().map(|t| t.chars().count()).sum::<usize>() + v.len().saturating_sub(1);
    let all: Vec<&str> = tb.iter().map(String::as_str).collect();
    1.0 - len(&uniq) as f64 / len(&all).max(1) as f64
}

/// The headline hidden in a document title. `headings` are the texts of the page's `h1`/`h2`s;
/// `h1s` those of its `h1`s only.
pub fn clean_title(raw: &str, headings: &[String], h1s: &[String]) -> String {
    let original = collapse(raw);
    if original.is_empty() {
        return original;
    }
    let mut title = original.clone();
    let mut hierarchical = false;
    let seps = separator_positions(&original, SEPARATORS);
    if let Some(&last) = seps.last() {
        hierarchical = !separator_positions(&original, HIERARCHICAL).is_empty();
        title = original[..last].to_string();
        if whitespace_words(&title) < 3 {
            // "Site | Headline": drop everything up to the first separator character instead.
            if let Some(i) = original.find(SEPARATORS) {
                let len = original[i..].chars().next().map_or(1, char::len_utf8);
                title = original[i + len..].to_string();
            }
        }
    } else if original.contains(": ") {
        // "Section: Headline" unless a heading carries the full title.
        if !headings.iter().any(|h| collapse(h) == original) {
            let last = original.rfind(':').unwrap_or(0);
            let first = original.find(':').unwrap_or(0);
            title = original[last + 1..].to_string();
            if whitespace_words(&title) < 3 {
                title = original[first + 1..].to_string();
            } else if whitespace_words(&original[..first]) > 5 {
                title = original.clone();
            }
        }
    } else if original.chars().count() > 150 || original.chars().count() < 15 {
        if let [only] = h1s {
            title = collapse(only);
        }
    }
    let title = collapse(&title);
    let words = whitespace_words(&title);
    let original_words = whitespace_words(&original.replace(SEPARATORS, ""));
    if words <= 4 && (!hierarchical || words + 1 != original_words) {
        return original;
    }
    title
}

/// `title` without a leading or trailing `site` name set off by a separator
/// ("Headline | Site", "Site — Headline"); unchanged when nothing would be left.
pub fn strip_site_name(title: &str, site: &str) -> String {
    let site = collapse(site);
    if site.is_empty() || site.len() >= title.len() {
        return title.to_string();
    }
    let lower = title.to_lowercase();
    let site_lower = site.to_lowercase();
    // Byte offsets only line up when lower-casing kept every length.
    if lower.len() != title.len() {
        return title.to_string();
    }
    let trim = |s: &str| {
        s.trim_matches(|c: char| {
            c.is_whitespace() || SEPARATORS.contains(&c) || c == ':' || c == '·'
        })
        .to_string()
    };
    if let Some(head) = lower.strip_suffix(site_lower.as_str()) {
        if head.trim_end().ends_with(SEPARATORS)
            || head.trim_end().ends_with(':')
            || head.trim_end().ends_with('·')
        {
            let rest = trim(&title[..head.len()]);
            if whitespace_words(&rest) >= 1 {
                return rest;
            }
        }
    }
    if let Some(tail) = lower.strip_prefix(site_lower.as_str()) {
        if tail.trim_start().starts_with(SEPARATORS)
            || tail.trim_start().starts_with(':')
            || tail.trim_start().starts_with('·')
        {
            let rest = trim(&title[title.len() - tail.len()..]);
            if whitespace_words(&rest) >= 1 {
                return rest;
            }
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_the_named_site() {
        assert_eq!(
            strip_site_name("Moon water found | Example News", "Example News"),
            "Moon water found"
        );
        assert_eq!(
            strip_site_name("EXAMPLE NEWS — Moon water", "Example News"),
            "Moon water"
        );
        assert_eq!(
            strip_site_name("Moon water found", "Example News"),
            "Moon water found"
        );
        assert_eq!(
            strip_site_name("Example News", "Example News"),
            "Example News"
        );
        assert_eq!(
            strip_site_name("News from Example News", "Example News"),
            "News from Example News"
        );
    }

    #[test]
    fn drops_site_suffix() {
        assert_eq!(
            clean_title(
                "Putin sends message of support to al-Sharaa | Al Mayadeen English",
                &[],
                &[]
            ),
            "Putin sends message of support to al-Sharaa"
        );
        assert_eq!(
            clean_title("Lorem ipsum dolor sit amet – My website", &[], &[]),
            "Lorem ipsum dolor sit amet"
        );
    }

    #[test]
    fn keeps_short_titles_whole() {
        assert_eq!(clean_title("Hello - World", &[], &[]), "Hello - World");
    }

    #[test]
    fn site_prefix() {
        assert_eq!(
            clean_title(
                "Example News | Scientists find water on the moon today",
                &[],
                &[]
            ),
            "Scientists find water on the moon today"
        );
    }

    #[test]
    fn colon_keeps_text_after_the_last_colon() {
        assert_eq!(
            clean_title(
                "Outside the web: standalone WebAssembly binaries using Emscripten · V8",
                &[],
                &[]
            ),
            "standalone WebAssembly binaries using Emscripten · V8"
        );
    }

    #[test]
    fn similarity() {
        assert!(text_similarity("New Zealand", "New Zealand") > 0.99);
        assert!(text_similarity("New Zealand - Wikipedia", "country in Oceania") < 0.1);
    }
}
