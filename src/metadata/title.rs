//! Cleans a document `<title>` into a headline: drops " | Site Name" style suffixes and
//! "Site: " prefixes, and prefers a matching `<h1>` when the title is ambiguous.
//!
//! Works on strings only; the caller supplies the page's headings.

use crate::text::{collapse, word_count};

const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » ", " · ", " :: ",
];

fn split_last<'a>(title: &'a str) -> Option<(&'a str, &'a str)> {
    SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len())))
        .max_by_key(|&(i, _)| i)
        .map(|(i, len)| (&title[..i], &title[i + len..]))
}

fn split_first<'a>(title: &'a str) -> Option<(&'a str, &'a str)> {
    SEPARATORS
        .iter()
        .filter_map(|sep| title.find(sep).map(|i| (i, sep.len())))
        .min_by_key(|&(i, _)| i)
        .map(|(i, len)| (&title[..i], &title[i + len..]))
}

/// The headline hidden in a document title. `headings` are the texts of the page's `h1`/`h2`s.
pub fn clean_title(raw: &str, headings: &[String]) -> String {
    let original = collapse(raw);
    if original.is_empty() {
        return original;
    }
    // A heading that equals the whole title, or one side of it, settles it.
    let mut title = original.clone();
    let mut had_separator = false;
    if let Some((head, _)) = split_last(&original) {
        had_separator = [" \\ ", " / ", " > ", " » "]
            .iter()
            .any(|sep| original.contains(sep));
        title = head.trim().to_string();
        if word_count(&title) < 3 {
            // "Site | Headline": take what follows the first separator instead.
            if let Some((_, tail)) = split_first(&original) {
                title = tail.trim().to_string();
            }
        }
    } else if let Some(colon) = original.find(": ") {
        // "Section: Headline" unless a heading carries the full title.
        if !headings.iter().any(|h| h == &original) {
            let after = original[colon + 2..].trim();
            if word_count(after) >= 3 {
                title = after.to_string();
            } else if word_count(&original[..colon]) <= 5 {
                title = original.clone();
            }
        }
    } else if original.chars().count() > 150 || original.chars().count() < 15 {
        let h1s: Vec<&String> = headings.iter().take(1).collect();
        if let Some(h) = h1s.first() {
            title = (*h).clone();
        }
    }
    let words = word_count(&title);
    let original_without_seps = {
        let mut s = original.clone();
        for sep in SEPARATORS {
            s = s.replace(sep.trim(), "");
        }
        word_count(&s)
    };
    if words <= 4 && (!had_separator || words != original_without_seps.saturating_sub(1)) {
        title = original;
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_site_suffix() {
        assert_eq!(
            clean_title(
                "Putin sends message of support to al-Sharaa | Al Mayadeen English",
                &[]
            ),
            "Putin sends message of support to al-Sharaa"
        );
    }

    #[test]
    fn keeps_short_titles_whole() {
        assert_eq!(clean_title("Hello - World", &[]), "Hello - World");
    }

    #[test]
    fn site_prefix() {
        assert_eq!(
            clean_title(
                "Example News | Scientists find water on the moon today",
                &[]
            ),
            "Scientists find water on the moon today"
        );
    }
}
