//! Finds page clutter: tickers, menus, recirculation rails, share bars, ads, consent and
//! newsletter prompts, comments, footers, error banners, hidden blocks and repeated blocks.
//!
//! Combines four kinds of signal, none of them site-specific: semantics (tags, ARIA roles,
//! `hidden`), class/id tokens, text labels in many languages ([`rules`]), and structure (link
//! density, size relative to the page). It marks the *topmost* node of each clutter block and
//! says why; it does not choose the article (that is `extract`) and does not remove anything
//! itself.

pub mod rules;

use std::collections::HashMap;

use crate::dom::{Document, NodeData, NodeId};
use crate::stats::NodeStats;
use crate::text;

/// What kind of clutter a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Breaking-news strips and scrolling headline lists.
    Ticker,
    /// Navigation, language switchers, breadcrumbs, skip links.
    Menu,
    /// "Most read", "Read next", "Related" and similar rails.
    Recirculation,
    /// Share bars and counters.
    Share,
    /// Advertising.
    Ad,
    /// Cookie and consent banners.
    Consent,
    /// Newsletter, app and social prompts.
    Prompt,
    /// Comment sections.
    Comments,
    /// Page footers and legal boilerplate.
    Footer,
    /// Tag and topic lists.
    Tags,
    /// Audio/"Listen" widgets and players.
    Media,
    /// Error and alert banners.
    Banner,
    /// Forms and controls.
    Form,
    /// Not displayed (`hidden`, `display:none`).
    Hidden,
    /// A block whose text already appeared earlier on the page.
    Repeat,
}

impl Kind {
    /// The name used in [`crate::Removed::kind`].
    pub fn name(self) -> &'static str {
        match self {
            Kind::Ticker => "ticker",
            Kind::Menu => "menu",
            Kind::Recirculation => "recirculation",
            Kind::Share => "share",
            Kind::Ad => "ad",
            Kind::Consent => "consent",
            Kind::Prompt => "prompt",
            Kind::Comments => "comments",
            Kind::Footer => "footer",
            Kind::Tags => "tags",
            Kind::Media => "media",
            Kind::Banner => "banner",
            Kind::Form => "form",
            Kind::Hidden => "hidden",
            Kind::Repeat => "repeat",
        }
    }
}

/// Why a node was marked.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// The kind of clutter.
    pub kind: Kind,
    /// A few words a person can check.
    pub reason: String,
}

/// Result of [`classify`]: a verdict for the topmost node of each clutter block.
pub type Verdicts = Vec<Option<Verdict>>;

/// Splits `class`/`id` values into lower-case tokens and their `-`/`_` parts.
fn name_tokens(value: &str) -> impl Iterator<Item = String> + '_ {
    value.split_whitespace().flat_map(|tok| {
        let tok = tok.to_ascii_lowercase();
        let mut parts: Vec<String> = tok
            .split(['-', '_'])
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        // camelCase parts: "shareBar" -> "share", "bar"
        parts.push(tok);
        parts
    })
}

/// Label text normalised for comparison with [`rules::LABELS`].
fn normalise_label(s: &str) -> String {
    let s = text::collapse(s).to_lowercase();
    s.trim_matches(|c: char| !c.is_alphanumeric())
        .replace('’', "'")
        .to_string()
}

fn label_kind(label: &str) -> Option<(Kind, &'static str)> {
    let label = normalise_label(label);
    if label.is_empty() || text::word_count(&label) > 6 {
        return None;
    }
    rules::LABELS
        .iter()
        .filter(|(l, _)| {
            // Exact, or a multi-word label followed by more words ("Next In World"), or any
            // label followed by a colon ("Read more: …").
            label == *l
                || (label.starts_with(l)
                    && (l.contains(' ') && label[l.len()..].starts_with(' ')
                        || label[l.len()..].trim_start().starts_with(':')))
        })
        .max_by_key(|(l, _)| l.len())
        .map(|&(l, k)| (k, l))
}

fn is_hidden(e: &crate::dom::Element) -> bool {
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    e.attr("style").is_some_and(|s| {
        let s: String = s
            .to_ascii_lowercase()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Elements that may hold the article; never marked by class tokens alone.
fn is_structural(tag: &str) -> bool {
    matches!(tag, "html" | "body" | "main" | "article" | "head")
}

/// Classifies every node of `doc`. `stats` comes from [`crate::stats::compute`].
pub fn classify(doc: &Document, stats: &[NodeStats]) -> Verdicts {
    let n = doc.nodes.len();
    let mut verdicts: Verdicts = vec![None; n];
    let page_text = stats.first().map_or(0, |s| s.text_len).max(1);
    // Text of big article-like blocks: anything holding more than this share of the page's
    // unlinked text is too big to be clutter (class tokens alone can't remove it).
    let big = |id: NodeId| {
        let s = &stats[id];
        let plain = s.text_len.saturating_sub(s.link_len);
        plain > 1500 && f64::from(plain) > 0.3 * f64::from(page_text) && s.link_density() < 0.3
    };
    let mut in_article = vec![false; n];
    for id in 1..n {
        let parent = doc.nodes[id].parent;
        in_article[id] = in_article[parent] || matches!(doc.tag(parent), "article" | "main");
    }

    for id in 1..n {
        let NodeData::Element(e) = &doc.nodes[id].data else {
            continue;
        };
        let tag = e.tag.as_str();
        let verdict = if is_hidden(e) && !matches!(tag, "html" | "body") {
            Some(Verdict {
                kind: Kind::Hidden,
                reason: "not displayed".into(),
            })
        } else {
            semantic(doc, id, tag, stats, in_article[id], &big)
                .or_else(|| role(e))
                .or_else(|| {
                    if is_structural(tag) || big(id) {
                        None
                    } else {
                        class_tokens(e)
                    }
                })
        };
        if verdict.is_some() {
            verdicts[id] = verdict;
        }
    }
    mark_labelled_blocks(doc, stats, &mut verdicts, &big);
    mark_repeats(doc, stats, &mut verdicts);
    keep_topmost(doc, &mut verdicts);
    verdicts
}

fn semantic(
    doc: &Document,
    id: NodeId,
    tag: &str,
    stats: &[NodeStats],
    in_article: bool,
    big: &dyn Fn(NodeId) -> bool,
) -> Option<Verdict> {
    let v = |kind, reason: &str| {
        Some(Verdict {
            kind,
            reason: reason.into(),
        })
    };
    match tag {
        "nav" => v(Kind::Menu, "<nav>"),
        "marquee" => v(Kind::Ticker, "<marquee>"),
        "footer" if !in_article || stats[id].link_density() > 0.3 => v(Kind::Footer, "<footer>"),
        "aside" if !big(id) => v(Kind::Recirculation, "<aside>"),
        "form" if !big(id) => v(Kind::Form, "<form>"),
        "button" | "select" | "input" | "textarea" | "dialog" => v(Kind::Form, "control"),
        "header" if !in_article && stats[id].link_density() > 0.5 && stats[id].links > 3 => {
            v(Kind::Menu, "link-heavy page header")
        }
        "a" if doc
            .element(id)
            .and_then(|e| e.attr("href"))
            .is_some_and(|h| h.starts_with('#'))
            && label_kind(&doc.text_content(id)).is_none()
            && normalise_label(&doc.text_content(id)).starts_with("skip") =>
        {
            v(Kind::Menu, "skip link")
        }
        _ => None,
    }
}

fn role(e: &crate::dom::Element) -> Option<Verdict> {
    let role = e.attr("role")?.to_ascii_lowercase();
    rules::ROLES
        .iter()
        .find(|(r, _)| role.split_whitespace().any(|x| x == *r))
        .map(|&(r, kind)| Verdict {
            kind,
            reason: format!("role '{r}'"),
        })
}

fn class_tokens(e: &crate::dom::Element) -> Option<Verdict> {
    for attr in ["class", "id"] {
        let Some(value) = e.attr(attr) else { continue };
        for token in name_tokens(value) {
            if let Some(&(_, kind)) = rules::CLASS_TOKENS.iter().find(|(t, _)| *t == token) {
                if rules::CONTENT_TOKENS.contains(&value.to_ascii_lowercase().as_str()) {
                    continue;
                }
                return Some(Verdict {
                    kind,
                    reason: format!("{attr} '{}'", text::preview(value, 40)),
                });
            }
        }
    }
    None
}

/// Marks blocks introduced by a clutter label ("Most Read", "BREAKING", "عاجل"…).
fn mark_labelled_blocks(
    doc: &Document,
    stats: &[NodeStats],
    verdicts: &mut Verdicts,
    big: &dyn Fn(NodeId) -> bool,
) {
    for id in 1..doc.nodes.len() {
        let Some(e) = doc.element(id) else { continue };
        let is_label = matches!(
            e.tag.as_str(),
            "h1" | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "strong"
                | "b"
                | "span"
                | "div"
                | "p"
                | "li"
                | "label"
                | "summary"
                | "legend"
        );
        if !is_label || stats[id].text_len == 0 || stats[id].text_len > 40 {
            continue;
        }
        // A label is an element whose whole text is short; for inline containers, it must be
        // a leaf-ish element (no block children).
        let label = doc.text_content(id);
        let Some((kind, matched)) = label_kind(&label) else {
            continue;
        };
        // Climb to the block the label introduces: the nearest ancestor with more than the
        // label's text, unless that ancestor is the article itself.
        let mut block = id;
        for anc in doc.ancestors(id) {
            if is_structural(doc.tag(anc)) || big(anc) || !rail_like(&stats[anc]) {
                break;
            }
            block = anc;
            if stats[anc].text_len > stats[id].text_len + 20 {
                break;
            }
        }
        if block == id || verdicts[block].is_some() {
            continue;
        }
        verdicts[block] = Some(Verdict {
            kind,
            reason: format!("label '{matched}'"),
        });
    }
}

/// Whether a block looks like a rail or strip rather than prose: mostly links, or many short
/// lines.
fn rail_like(s: &NodeStats) -> bool {
    if s.text_len > 4000 {
        return false;
    }
    s.link_density() > 0.3 || (s.text_nodes >= 3 && s.text_len / s.text_nodes.max(1) < 140)
}

/// Marks link lists and menus whose text already appeared earlier on the page.
fn mark_repeats(doc: &Document, stats: &[NodeStats], verdicts: &mut Verdicts) {
    let mut seen: HashMap<String, NodeId> = HashMap::new();
    for id in 1..doc.nodes.len() {
        let tag = doc.tag(id);
        if !matches!(tag, "ul" | "ol" | "nav" | "menu" | "div" | "section") {
            continue;
        }
        let s = &stats[id];
        if s.links < 3 || s.link_density() < 0.6 || s.text_len < 20 {
            continue;
        }
        let key = text::collapse(&doc.text_content(id)).to_lowercase();
        match seen.get(&key) {
            Some(&first) if !doc.contains(first, id) => {
                if verdicts[id].is_none() {
                    verdicts[id] = Some(Verdict {
                        kind: Kind::Repeat,
                        reason: "same links as an earlier block".into(),
                    });
                }
            }
            Some(_) => {}
            None => {
                seen.insert(key, id);
            }
        }
    }
}

/// Clears verdicts nested inside another verdict, so each block is reported once.
fn keep_topmost(doc: &Document, verdicts: &mut Verdicts) {
    let mut covered_until = 0;
    for id in 1..doc.nodes.len() {
        if id < covered_until {
            verdicts[id] = None;
        } else if verdicts[id].is_some() {
            covered_until = doc.subtree(id).end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_prefixes_in_many_languages() {
        assert_eq!(
            label_kind("Most Read").map(|k| k.0),
            Some(Kind::Recirculation)
        );
        assert_eq!(
            label_kind("Next In World").map(|k| k.0),
            Some(Kind::Recirculation)
        );
        assert_eq!(label_kind("BREAKING").map(|k| k.0), Some(Kind::Ticker));
        assert_eq!(label_kind("عاجل").map(|k| k.0), Some(Kind::Ticker));
        assert_eq!(
            label_kind("Lesen Sie auch:").map(|k| k.0),
            Some(Kind::Recirculation)
        );
        assert_eq!(label_kind("Livestock prices rise"), None);
        assert_eq!(label_kind("The most read book of the year was long"), None);
    }

    #[test]
    fn class_tokens_split_parts() {
        let toks: Vec<String> = name_tokens("social-share__bar main").collect();
        assert!(toks.contains(&"share".to_string()));
        assert!(toks.contains(&"main".to_string()));
    }
}
