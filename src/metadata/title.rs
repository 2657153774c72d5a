//! Cleans a title into a headline. [`clean_title`] follows Readability.js's rules for a document
//! `<title>` (" | Site Name" suffixes, "Site: " prefixes, the only `<h1>` when the title is
//! implausibly long or short); [`strip_site`] then takes the site's (and a section's) name off
//! any title, the page's own metadata included, with separators of many scripts (`| - – — · •
//! _ « »`, full-width forms) and the site known from its stated name, its host, or a short
//! name-like tail.
//!
//! Works on strings only; the caller supplies the page's headings, site name and host.

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

/// What a page says about the site it belongs to, for [`strip_site`].
#[derive(Debug, Clone, Copy, Default)]
pub struct SiteHints<'a> {
    /// The site's name as the page states it (`og:site_name`, JSON-LD publisher).
    pub site_name: Option<&'a str>,
    /// The page's host (`www.example.co.uk`).
    pub host: Option<&'a str>,
    /// Texts of the page's `h1`/`h2` headings.
    pub headings: &'a [String],
    /// The text of the page's first `h1`, the headline it shows (see [`h1_leads`]).
    pub first_h1: Option<&'a str>,
}

/// Separators that set a site or section name off a headline when spaced ("Headline | Site").
const SITE_SEPARATORS: &[char] = &[
    '|', '-', '–', '—', '·', '•', '_', '/', '»', '«', '›', '‹', '~', '｜', '－', '・', '︱',
];
/// Separators that split even without spaces ("标题_新华网", "Headline|Site"); dashes and `_`
/// only next to a character of a script written without spaces.
const UNSPACED_SEPARATORS: &[char] = &['|', '｜', '︱', '_', '－', '—', '–', '-', '・'];
/// Separators after which a short trailing part is taken for a name without further evidence.
const NAME_SEPARATORS: &[char] = &[
    '|', '/', '｜', '︱', '·', '•', '_', '・', '–', '—', '-', '－', '«',
];

/// One part of a title between separators: byte range, and the separator before it.
#[derive(Debug, Clone, Copy)]
struct Segment {
    start: usize,
    end: usize,
    sep_before: Option<char>,
}

/// Splits `title` at site separators (and at a spaced " : "). Segments are trimmed.
fn segments(title: &str) -> Vec<Segment> {
    let chars: Vec<(usize, char)> = title.char_indices().collect();
    let mut cuts: Vec<(usize, usize, char)> = Vec::new(); // separator byte range + char
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        let spaced = prev.is_some_and(char::is_whitespace) && next.is_some_and(char::is_whitespace);
        let cut = if SITE_SEPARATORS.contains(&c) && spaced {
            true
        } else if UNSPACED_SEPARATORS.contains(&c) && prev.is_some() && next.is_some() {
            match c {
                '_' | '-' | '–' | '—' => {
                    prev.is_some_and(crate::text::is_unspaced_script)
                        || next.is_some_and(crate::text::is_unspaced_script)
                }
                _ => true,
            }
        } else if c == ':' && next == Some(':') {
            // "Headline :: Site": the pair, spaced, is one separator.
            let after = chars.get(k + 2).map(|n| n.1);
            if prev.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace) {
                cuts.push((i, i + 2, ':'));
            }
            false
        } else {
            // "Titre : Site" (a spaced colon, as French writes it); "Section: Headline" is
            // not split.
            c == ':' && spaced
        };
        if cut {
            cuts.push((i, i + c.len_utf8(), c));
        }
    }
    let mut out = Vec::new();
    let mut from = 0;
    let mut sep = None;
    for (a, b, c) in cuts
        .into_iter()
        .chain(std::iter::once((title.len(), title.len(), ' ')))
    {
        let part = &title[from..a];
        let lead = part.len() - part.trim_start().len();
        let trimmed = part.trim();
        if !trimmed.is_empty() {
            out.push(Segment {
                start: from + lead,
                end: from + lead + trimmed.len(),
                sep_before: sep,
            });
        }
        from = b;
        sep = Some(c);
    }
    out
}

/// Lower-cased letters and digits only ("CBC Bank" → "cbcbank").
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Lower-cased word tokens.
fn words(s: &str) -> Vec<String> {
    crate::text::tokens(s)
}

/// The labels of a host that can name a site: not `www`, not the top-level domain nor a
/// second-level one like `co` in `co.uk`.
fn host_labels(host: &str) -> Vec<String> {
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let n = labels.len();
    labels
        .iter()
        .enumerate()
        .filter(|&(i, l)| {
            i + 1 < n
                && *l != "www"
                && !(i + 2 == n
                    && n > 2
                    && matches!(
                        *l,
                        "co" | "com" | "org" | "net" | "ac" | "gov" | "edu" | "ne" | "or"
                    ))
        })
        .map(|(_, l)| squash(l))
        .filter(|l| l.chars().count() >= 3)
        .collect()
}

/// Whether a part of a title names the site: it is the stated site name (or contains it, or is
/// contained in it), or spells a label of the host.
pub(crate) fn names_site(part: &str, hints: &SiteHints) -> bool {
    let p = squash(part);
    if p.is_empty() {
        return false;
    }
    let short = crate::text::word_count(part) <= 5;
    let related = |a: &str, b: &str| {
        a == b
            || (short
                && a.chars().count().min(b.chars().count()) >= 4
                && (a.contains(b) || b.contains(a)))
    };
    if let Some(site) = hints.site_name.map(squash).filter(|s| !s.is_empty()) {
        if related(&p, &site) {
            return true;
        }
    }
    hints
        .host
        .map(host_labels)
        .unwrap_or_default()
        .iter()
        .any(|label| related(&p, label))
}

/// Whether `part` is exactly the site's name: its stated name, its host, or a label of the
/// host, letters and digits compared ("davidbau.com", "Bombas" on a page of Bombas).
pub(crate) fn is_site_name(part: &str, hints: &SiteHints) -> bool {
    let p = squash(part);
    !p.is_empty()
        && (hints.site_name.is_some_and(|site| squash(site) == p)
            || hints.host.is_some_and(|host| {
                squash(host.trim_start_matches("www.")) == p || host_labels(host).contains(&p)
            }))
}

/// Words of `s` by spaces, or by [`crate::text::word_count`] in a script written without them.
fn size(s: &str) -> usize {
    if s.chars().any(crate::text::is_unspaced_script) {
        crate::text::word_count(s)
    } else {
        s.split_whitespace().count()
    }
}

/// Whether `part` reads like a name: every word starts with a capital, a digit or a letter of
/// an uncased script ("Valley Courier", "MIT Sloan", "新华网"), it holds a letter, and it is
/// short (three words, 30 characters).
fn looks_like_name(part: &str) -> bool {
    let n = part.split_whitespace().count();
    (1..=3).contains(&n)
        && part.chars().count() <= 30
        // A number is no name ("Costs 12 / 2025", "Conferences 2026 / 2027").
        && part.chars().any(char::is_alphabetic)
        && part.split_whitespace().all(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_none_or(|c| !c.is_lowercase())
        })
}

/// `title` without the site's name: a part set off by a separator (`| - – — : · •`, `_`, and
/// full-width forms) that names the site ([`SiteHints::site_name`], a label of the host), and
/// short name-like last parts after a bar, slash, dash or dot (a site, a section; two at most) while
/// the rest is at least three words and longer than the part. When a run of the parts holding at least half the title is
/// exactly one of the page's headings, that run is the headline (not the site's name in a logo
/// heading, unless the rest is one word); so is the first part when it
/// is the page's first `h1` ([`h1_leads`]), whatever its length. Unchanged when the title is
/// the site's name, or nothing would be left.
pub fn strip_site(title: &str, hints: &SiteHints) -> String {
    let title = collapse(title);
    let segs = segments(&title);
    if let Some(part) = hints
        .first_h1
        .and_then(|h1| h1_leads(&title, &segs, h1, hints))
    {
        return part.to_string();
    }
    let is_the_site = hints
        .site_name
        .is_some_and(|site| squash(site) == squash(&title));
    if segs.len() < 2 || is_the_site {
        return title;
    }
    let title_words = crate::text::word_count(&title);
    // The headline repeated as a heading on the page.
    let heading_words: Vec<Vec<String>> = hints
        .headings
        .iter()
        .map(|h| words(h))
        .filter(|w| !w.is_empty())
        .collect();
    for len in (1..segs.len()).rev() {
        for first in 0..=segs.len() - len {
            let run = &title[segs[first].start..segs[first + len - 1].end];
            let w = words(run);
            // At least half the title: a logo or section heading is not the headline. Nor is
            // the site's name in a logo heading, unless what else the title says is one word
            // (a page's label, "Home" or "Shop").
            let run_words = crate::text::word_count(run);
            if 2 * run_words >= title_words
                && heading_words.contains(&w)
                && (!is_site_name(run, hints) || title_words < run_words + 2)
            {
                return run.to_string();
            }
        }
    }
    let (mut lo, mut hi) = (0, segs.len());
    let text = |s: &Segment| &title[s.start..s.end];
    // Drop the site's name at the end, else at the start; then short names after a bar, dash
    // or dot at the end (a site, a section: "Headline_Section_Site"), two at most in all.
    let mut dropped_at_end = 0;
    if names_site(text(&segs[hi - 1]), hints) {
        hi -= 1;
        dropped_at_end = 1;
    } else if names_site(text(&segs[lo]), hints) {
        lo += 1;
    }
    while dropped_at_end < 2 && hi - lo >= 2 {
        let last = &segs[hi - 1];
        let rest = &title[segs[lo].start..segs[hi - 2].end];
        let after_name_separator = last
            .sep_before
            .is_some_and(|c| NAME_SEPARATORS.contains(&c));
        let (rest_size, last_size) = (size(rest), size(text(last)));
        if after_name_separator
            && looks_like_name(text(last))
            && rest_size >= 3
            && rest_size > last_size
        {
            hi -= 1;
            dropped_at_end += 1;
        } else {
            break;
        }
    }
    if hi <= lo || (lo == 0 && hi == segs.len()) {
        return title;
    }
    title[segs[lo].start..segs[hi - 1].end].to_string()
}

/// The first part of `title` (split into `segs`) when it is exactly `h1`, the headline the page
/// shows ("Software" in "Software | MIT News | Massachusetts Institute of Technology" under
/// `<h1>Software</h1>`): what follows it is then the site's or a section's name, however it is
/// worded. Not when that part names the site (a logo in the `h1`).
fn h1_leads<'t>(title: &'t str, segs: &[Segment], h1: &str, hints: &SiteHints) -> Option<&'t str> {
    let first = segs.first().filter(|_| segs.len() >= 2)?;
    let part = &title[first.start..first.end];
    let w = words(part);
    (!w.is_empty() && w == words(h1) && !names_site(part, hints)).then_some(part)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(title: &str, site: Option<&str>, host: Option<&str>, headings: &[&str]) -> String {
        let headings: Vec<String> = headings.iter().map(|h| h.to_string()).collect();
        strip_site(
            title,
            &SiteHints {
                site_name: site,
                host,
                headings: &headings,
                first_h1: None,
            },
        )
    }

    #[test]
    fn a_forum_after_a_spaced_slash_is_a_name_a_year_is_not() {
        assert_eq!(
            strip(
                "What happened with the ISO in 2024 / Arch Discussion",
                None,
                None,
                &[]
            ),
            "What happened with the ISO in 2024"
        );
        assert_eq!(
            strip(
                "Tech conferences in the Americas 2026 / 2027",
                None,
                None,
                &[]
            ),
            "Tech conferences in the Americas 2026 / 2027"
        );
        assert_eq!(
            strip(
                "Electrician costs in Ponchatoula - 12 / 2025",
                None,
                None,
                &[]
            ),
            "Electrician costs in Ponchatoula - 12 / 2025"
        );
    }

    #[test]
    fn the_h1_leading_the_title_is_the_headline() {
        let hints = |site| SiteHints {
            site_name: site,
            host: Some("news.example.edu"),
            headings: &[],
            first_h1: None,
        };
        let h1_leads = |title: &str, h1: &str, hints: &SiteHints| {
            h1_leads(title, &segments(title), h1, hints).map(str::to_string)
        };
        assert_eq!(
            h1_leads(
                "Software | MIT News | Massachusetts Institute of Technology",
                "Software",
                &hints(None)
            )
            .as_deref(),
            Some("Software")
        );
        assert_eq!(
            h1_leads("Actualités - Le Petit Régional", "Actualités", &hints(None)).as_deref(),
            Some("Actualités")
        );
        // Not a logo in the h1, not a part the h1 does not repeat, not a title of one part.
        assert_eq!(
            h1_leads("Example | Moon water found", "Example", &hints(None)),
            None
        );
        assert_eq!(
            h1_leads(
                "Daily Courier | Moon water found",
                "Daily Courier",
                &hints(Some("The Daily Courier"))
            ),
            None
        );
        assert_eq!(
            h1_leads("Moon water found | Science", "Moon water", &hints(None)),
            None
        );
        assert_eq!(h1_leads("Software", "Software", &hints(None)), None);
        // strip_site takes it from the hints.
        let with_h1 = SiteHints {
            first_h1: Some("Software"),
            ..hints(None)
        };
        assert_eq!(
            strip_site(
                "Software | MIT News | Massachusetts Institute of Technology",
                &with_h1
            ),
            "Software"
        );
    }

    #[test]
    fn strips_the_named_site() {
        let site = Some("Example News");
        assert_eq!(
            strip("Moon water found | Example News", site, None, &[]),
            "Moon water found"
        );
        assert_eq!(
            strip("EXAMPLE NEWS — Moon water", site, None, &[]),
            "Moon water"
        );
        assert_eq!(
            strip("Moon water found", site, None, &[]),
            "Moon water found"
        );
        assert_eq!(strip("Example News", site, None, &[]), "Example News");
        assert_eq!(
            strip("News from Example News", site, None, &[]),
            "News from Example News"
        );
        // A longer or shorter spelling of the stated name.
        assert_eq!(
            strip(
                "Vehicle rental news and coverage | WRAL",
                Some("WRAL.com"),
                None,
                &[]
            ),
            "Vehicle rental news and coverage"
        );
    }

    #[test]
    fn strips_the_site_named_by_the_host() {
        let host = Some("www.cbcbank.com");
        assert_eq!(
            strip(
                "Top Nine Financial Tips for Working Adults | CBC Bank",
                None,
                host,
                &[]
            ),
            "Top Nine Financial Tips for Working Adults"
        );
        assert_eq!(
            strip(
                "Réforme des retraites : le vote repoussé : Le Journal",
                None,
                Some("lejournal.fr"),
                &[]
            ),
            "Réforme des retraites : le vote repoussé"
        );
        assert_eq!(
            strip(
                "Port strike ends - The Harbour Times",
                None,
                Some("harbourtimes.co.uk"),
                &[]
            ),
            "Port strike ends"
        );
        // "Section: Headline" is left whole (a colon inside a headline is common).
        assert_eq!(
            strip(
                "Fitness Trends 2025: 9 Things to Keep an Eye On",
                None,
                Some("hevy.com"),
                &[]
            ),
            "Fitness Trends 2025: 9 Things to Keep an Eye On"
        );
    }

    #[test]
    fn cjk_and_full_width_separators() {
        assert_eq!(
            strip(
                "杭州西湖景区推出夜间游船新线路_江南日报",
                Some("江南日报"),
                None,
                &[]
            ),
            "杭州西湖景区推出夜间游船新线路"
        );
        assert_eq!(
            strip("习近平会见外国友人-新华网", None, Some("www.news.cn"), &[]),
            "习近平会见外国友人"
        );
        assert_eq!(
            strip("東京で新しい美術館が開館｜東都新聞", None, None, &[]),
            "東京で新しい美術館が開館"
        );
        // A hyphen inside a Latin word is not a separator.
        assert_eq!(
            strip("Covid-19 cases fall again", None, None, &[]),
            "Covid-19 cases fall again"
        );
    }

    #[test]
    fn double_colon_tilde_and_angle_quote_separators() {
        for title in [
            "Port reopens after storm :: Coast News",
            "Port reopens after storm ~ Coast News",
            "Port reopens after storm › Coast News",
        ] {
            assert_eq!(
                strip(title, Some("Coast News"), None, &[]),
                "Port reopens after storm",
                "{title}"
            );
        }
        // A path's "::" is not a separator.
        assert_eq!(
            strip("std::vec::Vec", Some("Rust"), None, &[]),
            "std::vec::Vec"
        );
    }

    #[test]
    fn a_short_name_after_a_bar_or_dash() {
        assert_eq!(
            strip(
                "How meditation rewires brains and improves health | Opinion",
                None,
                None,
                &[]
            ),
            "How meditation rewires brains and improves health"
        );
        assert_eq!(
            strip(
                "City council approves the new budget | Valley Courier",
                None,
                None,
                &[]
            ),
            "City council approves the new budget"
        );
        // WordPress's older themes: "Headline « Site".
        assert_eq!(
            strip(
                "City council approves the new budget « Valley Courier",
                None,
                None,
                &[]
            ),
            "City council approves the new budget"
        );
        // Lower-case words are part of the headline; two short halves stay together.
        assert_eq!(
            strip("Apple unveils a new phone – again", None, None, &[]),
            "Apple unveils a new phone – again"
        );
        assert_eq!(strip("Hello - World", None, None, &[]), "Hello - World");
        assert_eq!(
            strip("Minecraft 1.8 - The Bountiful Update", None, None, &[]),
            "Minecraft 1.8 - The Bountiful Update"
        );
    }

    #[test]
    fn site_and_section() {
        assert_eq!(
            strip(
                "海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网",
                None,
                None,
                &[]
            ),
            "海外留学生看两会：出国前后关注点大不同"
        );
        // A home page titled with the site's name keeps it.
        let site = Some("Yahoo News - Latest News & Headlines");
        assert_eq!(
            strip("Yahoo News - Latest News & Headlines", site, None, &[]),
            "Yahoo News - Latest News & Headlines"
        );
    }

    #[test]
    fn the_part_the_page_repeats_as_its_heading() {
        // A logo heading is not the headline.
        assert_eq!(
            strip(
                "Standalone WebAssembly binaries using Emscripten · V8",
                None,
                None,
                &["V8"]
            ),
            "Standalone WebAssembly binaries using Emscripten"
        );
        assert_eq!(
            strip(
                "Tutorial - User Guide - FastAPI Docs",
                None,
                None,
                &["Tutorial - User Guide"]
            ),
            "Tutorial - User Guide"
        );
        assert_eq!(
            strip(
                "Tastify | Top 7 Corporate Catering Trends",
                None,
                None,
                &["Top 7 Corporate Catering Trends"]
            ),
            "Top 7 Corporate Catering Trends"
        );
        // A logo heading that is the site's stated name, half the title or more.
        assert_eq!(
            strip(
                "Get Free Tax Help | United Way of King County",
                Some("United Way of King County"),
                None,
                &["United Way of King County", "Get Free Tax Help"]
            ),
            "Get Free Tax Help"
        );
        // Unless the rest is a page's one-word label: the site's name is the better title.
        assert_eq!(
            strip(
                "Shop | The Barn Swallow",
                Some("The Barn Swallow"),
                None,
                &["The Barn Swallow"]
            ),
            "The Barn Swallow"
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
