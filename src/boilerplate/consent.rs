//! Consent managers' overlays: the cookie banner and preference center a consent platform
//! (OneTrust, Cookiebot, Didomi and the like) injects into a page, and modal dialogs labelled as
//! a consent or privacy choice.
//!
//! They are never the article, however much prose they hold: a preference center's purposes
//! ("Measure advertising performance…", a paragraph each) outweigh a short news item, and in a
//! live page the platform's markup is always there. So the prose anchor leaves their text out
//! and the clutter pass removes them whatever their size. Recognised by the platforms' own root
//! names ([`rules::CONSENT_PLATFORMS`]), which no site uses for its content; a platform's
//! embedded cookie *policy* (the content of a cookie-policy page) has other names and is not an
//! overlay. Small notices named only generically ("cookie-notice") are left to the class-token
//! rules, which weigh size.

use super::rules;
use crate::dom::{Document, Element, NodeId};
use crate::patterns::LazyPrefixes;

/// The consent overlays of a page with why each is one ([`overlay`]), found in one pass, in
/// document order (nearly always none).
#[derive(Debug, Default)]
pub struct Overlays(Vec<(NodeId, &'static str)>);

impl Overlays {
    /// Why element `id` is one, if it is.
    pub fn reason(&self, id: NodeId) -> Option<&'static str> {
        let at = self.0.binary_search_by_key(&id, |&(o, _)| o).ok()?;
        self.0.get(at).map(|&(_, why)| why)
    }

    /// Whether element `id` is one.
    pub fn contains(&self, id: NodeId) -> bool {
        self.reason(id).is_some()
    }
}

/// Every consent overlay of `doc`, nested ones included.
pub fn overlays(doc: &Document) -> Overlays {
    Overlays(
        (0..doc.nodes.len())
            .filter_map(|id| Some((id, doc.element(id).and_then(overlay)?)))
            .collect(),
    )
}

/// Why `e` is a consent overlay (the platform name or the dialog label it carries), or `None`.
/// Reads the element's attributes once (it is asked of every element, twice per page).
fn overlay(e: &Element) -> Option<&'static str> {
    if matches!(e.tag.as_str(), "html" | "head" | "body") {
        // A platform's state class on the page itself ("didomi-popup-open").
        return None;
    }
    let mut modal = e.tag == "dialog";
    let mut label = None;
    for a in &e.attrs {
        match a.name.as_str() {
            "id" | "class" => {
                if let Some(p) = platform(&a.value) {
                    return Some(p);
                }
            }
            "aria-modal" => modal |= a.value.eq_ignore_ascii_case("true"),
            "role" => {
                modal |= a.value.split_whitespace().any(|r| {
                    r.eq_ignore_ascii_case("dialog") || r.eq_ignore_ascii_case("alertdialog")
                });
            }
            "aria-label" => label = Some(&a.value),
            _ => {}
        }
    }
    if !modal {
        return None;
    }
    let label = label?.to_lowercase();
    rules::CONSENT_DIALOG_LABELS
        .iter()
        .find(|l| label.contains(*l))
        .copied()
}

/// The consent platform one of the names in `value` (an `id` or `class`) belongs to.
fn platform(value: &str) -> Option<&'static str> {
    static PLATFORMS: LazyPrefixes = LazyPrefixes::new(rules::CONSENT_PLATFORMS);
    value
        .split_ascii_whitespace()
        .find_map(|token| PLATFORMS.starting(token))
}

#[cfg(test)]
mod tests {
    use super::overlay;

    /// What [`overlay`] says of the first `tag` element of `html` (`None` without one).
    fn overlay_of(html: &str, tag: &str) -> Option<&'static str> {
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        doc.find_tag(tag)
            .and_then(|id| doc.element(id))
            .and_then(overlay)
    }

    #[test]
    fn platform_roots_are_overlays_whatever_the_case() {
        assert_eq!(
            overlay_of(
                r#"<div id="onetrust-pc-sdk" class="otPcTab">x</div>"#,
                "div"
            ),
            Some("onetrust-")
        );
        assert_eq!(
            overlay_of(r#"<div id="CybotCookiebotDialog">x</div>"#, "div"),
            Some("cybotcookiebotdialog")
        );
        assert_eq!(
            overlay_of(r#"<aside class="x qc-cmp2-container">x</aside>"#, "aside"),
            Some("qc-cmp2")
        );
    }

    #[test]
    fn a_cookie_policy_embed_and_generic_names_are_not() {
        // OneTrust's cookie list on a site's cookie-policy page is that page's content.
        assert_eq!(
            overlay_of(r#"<div id="ot-sdk-cookie-policy">x</div>"#, "div"),
            None
        );
        assert_eq!(
            overlay_of(r#"<div class="cookie-policy">x</div>"#, "div"),
            None
        );
        // A platform's state class on the page itself.
        assert_eq!(
            overlay_of(r#"<body class="didomi-popup-open">x</body>"#, "body"),
            None
        );
    }

    #[test]
    fn modal_dialogs_labelled_as_a_privacy_choice() {
        assert_eq!(
            overlay_of(
                r#"<div role="dialog" aria-modal="true" aria-label="Privacy Preference Center">x</div>"#,
                "div"
            ),
            Some("privacy")
        );
        assert_eq!(
            overlay_of(
                r#"<dialog aria-label="Einstellungen zum Datenschutz">x</dialog>"#,
                "dialog"
            ),
            Some("datenschutz")
        );
        // A dialog about something else, and a privacy label outside any dialog.
        assert_eq!(
            overlay_of(
                r#"<div role="dialog" aria-label="Photo gallery">x</div>"#,
                "div"
            ),
            None
        );
        assert_eq!(
            overlay_of(r#"<div aria-label="Privacy">x</div>"#, "div"),
            None
        );
    }
}
