//! Un-hides what a page hides only until its scripts show it, before any analysis sees the tree.
//!
//! [`place_streamed_segments`] first: React's streaming server rendering sends each late part
//! of the page as `<div hidden id="S:n">…</div>` at the end of the body, and a script moves it
//! to where it belongs, the `<template id="P:n">` (`$RS("S:n","P:n")`) or boundary
//! `<template id="B:n">` (`$RC("B:n","S:n")`, the same number on all 200 such calls in
//! wcxb-dev) that marks its place; this moves it there, so an article's later sections follow
//! its first ones instead of the footer. Then [`noscript_prose`]: when the page shows almost
//! nothing and a `<noscript>` holds its
//! prose (forums that serve their posts to readers without scripts), that markup is parsed and
//! put in the tree in the noscript's place. Then [`reveal_scripted`], three cases, all general:
//! - **streamed segments**: React's streaming server rendering sends each late part of the page
//!   as `<div hidden id="S:0">…</div>` and a script (`$RC("B:0","S:0")`) moves it into place;
//!   the article body is often such a segment;
//! - **panels opened by a click**: tab panels (`role="tabpanel"`: the same steps for another
//!   language or system) and the panels of disclosure buttons (an accordion's answers: named
//!   by `aria-controls`, naming their button by `aria-labelledby`, right after a header with
//!   `aria-expanded`, or inside a `<details>`); navigation, menus, lists and dialogs excepted;
//! - **the page's only substantial prose is hidden**: a wrapper hidden until hydration
//!   (`visibility:hidden` on the whole page against a flash of unstyled content), or content a
//!   script reveals. When one hidden element holds at least [`MIN_HIDDEN_TEXT`] characters and
//!   three times the text the page shows, it is shown.
//!
//! A disclosure panel's collapsing wrappers (an accordion's `display:none` box holding only the
//! panel) are shown with it, and [`disclosure_headings`] makes the button that opens a panel of
//! prose that panel's heading (an FAQ's question above its answer).
//!
//! And [`amp_images`]: an AMP page's `<amp-img>` is an image only once the AMP runtime has put
//! an `<img>` inside it; in the page as served it becomes the image it stands for.
//!
//! Only the element's own hiding (`hidden`, `popover`, `aria-hidden`, inline `display:none` or
//! `visibility:hidden`) is removed: hidden parts inside it stay hidden, and a page that shows
//! its body and hides a copy (a duplicate body, a print version) is left alone. It does not
//! decide what is clutter or article.

use crate::dom::{Document, NodeData, NodeId};

/// Characters a hidden element must hold to be shown as the page's prose.
pub const MIN_HIDDEN_TEXT: usize = 500;

/// Whether `id` is a streamed segment: an element with an id `S:` followed by digits (React's
/// streaming server rendering; the script that completes the boundary shows it).
fn is_streamed_segment(e: &crate::dom::Element) -> bool {
    streaming_number(e, "S:").is_some()
}

/// Whether `id` is the parser's marker of a React boundary's end (`parse::BOUNDARY_END`).
fn is_boundary_end(doc: &Document, id: NodeId) -> bool {
    doc.element(id)
        .is_some_and(|e| e.tag == "template" && e.attr(crate::parse::BOUNDARY_END).is_some())
}

/// The number of a React streaming id: `prefix` and a number written in hexadecimal, as React
/// writes them (`S:3`, `P:1f`, `B:2e`).
fn streaming_number<'a>(e: &'a crate::dom::Element, prefix: &str) -> Option<&'a str> {
    e.attr("id")
        .and_then(|v| v.strip_prefix(prefix))
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// `doc` with each streamed segment (`<div hidden id="S:n">`) put in place of the template that
/// marks where it belongs (`P:n`, else the boundary's `B:n`): the segment's children replace
/// the template and the segment leaves the end of the page; a boundary's fallback (its nodes
/// up to the parser's end marker, `parse::BOUNDARY_END`) goes. Segments inside segments are
/// placed too, and the end markers leave. Returns `doc` as it is (markers and all: empty
/// templates no stage reads) when it has neither a segment with a place nor a marker, or when
/// a segment's place is never reached (each inside the other), so nothing is lost.
pub fn place_streamed_segments(mut doc: Document) -> Document {
    use std::collections::HashMap;
    let n = doc.nodes.len();
    // Template -> the segment that replaces it; the segments that move.
    let mut filled_by: HashMap<NodeId, NodeId> = HashMap::new();
    let mut moves = vec![false; n];
    // Whether the parser left any boundary-end marker: then the tree is rebuilt without them.
    let mut markers = false;
    {
        let mut segments: HashMap<&str, NodeId> = HashMap::new();
        let mut places: HashMap<&str, (Option<NodeId>, Option<NodeId>)> = HashMap::new();
        for id in 1..n {
            let Some(e) = doc.element(id) else { continue };
            if e.tag == "div" && e.attr("hidden").is_some() {
                if let Some(k) = streaming_number(e, "S:") {
                    segments.entry(k).or_insert(id);
                }
            } else if e.tag == "template" {
                markers |= e.attr(crate::parse::BOUNDARY_END).is_some();
                if let Some(k) = streaming_number(e, "P:") {
                    places.entry(k).or_default().0.get_or_insert(id);
                } else if let Some(k) = streaming_number(e, "B:") {
                    places.entry(k).or_default().1.get_or_insert(id);
                }
            }
        }
        for (k, &seg) in &segments {
            if let Some(&(p, b)) = places.get(k) {
                if let Some(place) = p.or(b).filter(|&t| !doc.contains(seg, t)) {
                    filled_by.insert(place, seg);
                    moves[seg] = true;
                }
            }
        }
    }
    if filled_by.is_empty() && !markers {
        return doc;
    }
    // A boundary's fallback ("Loading…", a skeleton): the nodes after its `B:n` template up to
    // its end comment's marker, among the template's siblings, when the segment replaces it.
    let mut fallback = vec![false; n];
    for &place in filled_by.keys() {
        if doc
            .element(place)
            .and_then(|e| streaming_number(e, "B:"))
            .is_none()
        {
            continue;
        }
        let siblings = doc.children(doc.parent(place));
        let after: Vec<NodeId> = siblings
            .iter()
            .skip_while(|&c| c != place)
            .skip(1)
            .collect();
        if let Some(end) = after.iter().position(|&c| is_boundary_end(&doc, c)) {
            for &c in &after[..end] {
                fallback[c] = true;
            }
        }
    }
    // First the new order, depth first (children pushed in reverse so nodes come out in
    // document order): each kept node with its new parent's id. Nothing is moved until every
    // segment is known to reach its place.
    let mut plan: Vec<(NodeId, NodeId)> = Vec::with_capacity(n);
    let mut stack: Vec<(NodeId, NodeId)> = doc
        .children(crate::dom::ROOT)
        .iter()
        .rev()
        .map(|c| (c, crate::dom::ROOT))
        .collect();
    let mut placed = 0;
    while let Some((id, parent)) = stack.pop() {
        if moves[id] || fallback[id] || is_boundary_end(&doc, id) {
            continue;
        }
        if let Some(seg) = filled_by.remove(&id) {
            placed += 1;
            stack.extend(doc.children(seg).iter().rev().map(|c| (c, parent)));
            continue;
        }
        plan.push((id, parent));
        let new = plan.len();
        stack.extend(doc.children(id).iter().rev().map(|c| (c, new)));
    }
    if !filled_by.is_empty() || (placed == 0 && !markers) {
        return doc;
    }
    // Then the nodes moved (not copied) into a new tree in that order.
    let mut out = Document::default();
    // The moved text nodes' spans read the same buffer.
    out.adopt_text(doc.take_text());
    for (id, parent) in plan {
        let data = std::mem::replace(&mut doc.nodes[id].data, NodeData::Document);
        if out.push(parent, data).is_none() {
            break;
        }
    }
    out.link_children();
    out
}

/// A control and the panel it opens with a click ([`click_panels`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Disclosure {
    /// The button (or summary, or element with `aria-expanded`) the reader clicks.
    control: NodeId,
    /// What it shows.
    panel: NodeId,
}

/// Whether `e` is something a reader clicks to open a panel: a `<button>`, an element with
/// `role="button"`, or any element stating `aria-expanded`.
fn is_disclosure_control(e: &crate::dom::Element) -> bool {
    e.tag == "button" || e.attr("role") == Some("button") || e.attr("aria-expanded").is_some()
}

/// The page's click panels, each with its control, in panel order: a tab panel
/// (`role="tabpanel"`, its control unknown: the panel itself), and the panels of disclosure
/// controls ([`is_disclosure_control`]) named in four ways: the control's `aria-controls`
/// (with `aria-expanded`, or the panel naming the control back by `aria-labelledby`), the
/// panel's `aria-labelledby` naming the control, the element right after a control with
/// `aria-expanded` (or after the heading holding it), and what a `<details>` holds besides its
/// `<summary>`. Navigation, menus, lists and dialogs are not panels, nor is anything a control
/// inside navigation opens (a mega-menu's columns).
/// Found once per page, before anything is shown: [`reveal_scripted`] opens the panels and
/// [`disclosure_headings`] makes their buttons headings (showing a panel changes none of the
/// attributes read here).
pub fn click_panels(doc: &Document) -> Vec<Disclosure> {
    use std::collections::HashMap;
    let n = doc.nodes.len();
    // Most pages have none: one look at the attributes before any index is built.
    let may_disclose = |e: &crate::dom::Element| {
        e.tag == "details"
            || e.attrs.iter().any(|a| {
                matches!(
                    a.name.as_str(),
                    "aria-controls" | "aria-labelledby" | "aria-expanded"
                ) || (a.name.as_str() == "role" && &*a.value == "tabpanel")
            })
    };
    if !(1..n).any(|id| doc.element(id).is_some_and(may_disclose)) {
        return Vec::new();
    }
    let mut by_id: HashMap<&str, NodeId> = HashMap::new();
    for id in 1..n {
        if let Some(v) = doc.element(id).and_then(|e| e.attr("id")) {
            by_id.entry(v).or_insert(id);
        }
    }
    // Whether each node sits in navigation (parents first: one pass, whatever the depth).
    let mut nav = vec![false; n];
    for id in 1..n {
        let parent = doc.nodes[id].parent();
        nav[id] = nav[parent]
            || doc.element(id).is_some_and(|e| {
                e.tag == "nav"
                    || matches!(
                        e.attr("role").unwrap_or(""),
                        "navigation" | "menu" | "menubar"
                    )
            });
    }
    let in_navigation = |id: NodeId| nav.get(id).copied().unwrap_or(false);
    let mut found: Vec<Disclosure> = Vec::new();
    // `trusted`: the control names the panel and states whether it is open (`aria-controls`
    // with `aria-expanded`); the other ways are guesses, not made inside navigation.
    let mut add = |control: NodeId, panel: NodeId, trusted: bool| {
        let ok = (panel == control
            && doc
                .element(panel)
                .is_some_and(|p| p.attr("role") == Some("tabpanel")))
            || (!doc.contains(panel, control)
                && doc.element(panel).is_some_and(|p| !is_menu_or_dialog(p))
                && (trusted || !in_navigation(control)));
        if ok {
            found.push(Disclosure { control, panel });
        }
    };
    for id in 1..n {
        let Some(e) = doc.element(id) else { continue };
        if e.attr("role") == Some("tabpanel") {
            add(id, id, true);
            continue;
        }
        if e.tag == "details" {
            let summary = doc.children(id).iter().find(|&s| doc.tag(s) == "summary");
            for c in doc.children(id).iter() {
                if doc.element(c).is_some() && doc.tag(c) != "summary" {
                    add(summary.unwrap_or(id), c, false);
                }
            }
            continue;
        }
        // A panel labelled by its control (the ARIA accordion pattern).
        if let Some(labels) = e.attr("aria-labelledby") {
            for l in labels.split_whitespace() {
                if let Some(&c) = by_id.get(l) {
                    if doc.element(c).is_some_and(is_disclosure_control) {
                        add(c, id, false);
                    }
                }
            }
        }
        if !is_disclosure_control(e) {
            continue;
        }
        let expands = e.attr("aria-expanded").is_some();
        let mut named = false;
        for v in e.attr("aria-controls").unwrap_or("").split_whitespace() {
            let Some(&panel) = by_id.get(v) else { continue };
            named = true;
            let labelled_back = doc
                .element(panel)
                .and_then(|p| p.attr("aria-labelledby"))
                .zip(e.attr("id"))
                .is_some_and(|(l, me)| l.split_whitespace().any(|x| x == me));
            if expands && !labelled_back {
                add(id, panel, true);
            }
        }
        // A header and the panel right after it, with nothing naming either.
        if expands && !named && e.tag != "a" {
            let header = doc
                .ancestors(id)
                .take(2)
                .find(|&a| crate::html::is_heading(doc.tag(a)))
                .unwrap_or(id);
            if let Some(next) = next_element_sibling(doc, header) {
                add(id, next, false);
            }
        }
    }
    found.sort_by_key(|d| (d.panel, d.control));
    found.dedup_by_key(|d| d.panel);
    found
}

/// The element after `id` among its parent's children (text between them skipped).
fn next_element_sibling(doc: &Document, id: NodeId) -> Option<NodeId> {
    let siblings = doc.children(doc.parent(id));
    let after = siblings.after(id)?;
    let mut it = after.iter();
    it.find(|&c| doc.element(c).is_some())
}

/// Whether `e` is navigation, a menu, a list or a dialog: what a button opens that is not a
/// panel of the page's content.
fn is_menu_or_dialog(e: &crate::dom::Element) -> bool {
    matches!(
        e.attr("role").unwrap_or(""),
        "navigation" | "menu" | "menubar" | "dialog" | "alertdialog" | "listbox"
    ) || matches!(e.tag.as_str(), "nav" | "dialog" | "ul" | "ol")
}

/// How many wrappers around a panel [`collapsing_wrappers`] climbs.
const MAX_PANEL_WRAPPERS: usize = 3;

/// The elements around panel `id` that hold nothing but it (no other element, no text), nearest
/// first: an accordion's collapsing wrapper (`<div style="display:none"><div role="region"
/// id="panel-1">…`), which the script that opens the panel shows with it.
fn collapsing_wrappers(doc: &Document, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    let mut child = id;
    std::iter::from_fn(move || {
        let parent = doc.parent(child);
        let wrapper = parent != 0
            && doc
                .element(parent)
                .is_some_and(|e| e.tag != "body" && !is_menu_or_dialog(e))
            && doc.children(parent).iter().all(|c| {
                c == child
                    || doc.text(c).is_some_and(|t| t.trim().is_empty())
                    || doc.tag(c) == "style"
            });
        wrapper.then(|| {
            child = parent;
            parent
        })
    })
    .take(MAX_PANEL_WRAPPERS)
}

/// Removes the element's own hiding attributes (and the inline style that may hide it).
fn unhide(doc: &mut Document, id: NodeId) {
    if let Some(NodeData::Element(e)) = doc.nodes.get_mut(id).map(|n| &mut n.data) {
        let mut attrs = std::mem::take(&mut e.attrs).into_vec();
        attrs.retain(|a| {
            !matches!(
                a.name.as_str(),
                "hidden" | "popover" | "aria-hidden" | "style"
            )
        });
        e.attrs = attrs.into_boxed_slice();
    }
}

/// Characters of text per subtree, outside script, style, `<noscript>` and the like.
fn text_per_subtree(doc: &Document) -> Vec<usize> {
    let n = doc.nodes.len();
    let mut text = vec![0usize; n];
    for id in (1..n).rev() {
        let node = &doc.nodes[id];
        if let Some(t) = doc.text(id) {
            if !crate::html::is_never_prose(doc.tag(node.parent())) {
                text[id] += t.trim().chars().count();
            }
        }
        if doc
            .element(id)
            .is_some_and(|e| crate::html::is_never_prose(&e.tag))
        {
            text[id] = 0;
        }
        let parent = node.parent();
        if parent != id {
            text[parent] += text[id];
        }
    }
    text
}

/// When the page shows almost nothing and one `<noscript>` holds its prose (a forum that
/// serves its posts to readers without scripts and builds the rest by script), that
/// noscript's markup is parsed and put in the tree in its place, as a `div`: at least
/// [`MIN_HIDDEN_TEXT`] characters and three times the text the page shows. Otherwise `doc` is
/// returned as it is.
pub fn noscript_prose(doc: Document, options: &crate::Options) -> Document {
    let raw_len = |id: NodeId| -> usize {
        doc.children(id)
            .iter()
            .filter_map(|c| doc.text(c))
            .map(str::len)
            .sum()
    };
    // The noscript with the most markup; only a big one can hold the page's prose.
    let Some(noscript) = (1..doc.nodes.len())
        .filter(|&id| doc.tag(id) == "noscript")
        .max_by_key(|&id| raw_len(id))
    else {
        return doc;
    };
    if raw_len(noscript) < MIN_HIDDEN_TEXT * 2 {
        return doc;
    }
    let raw = doc.own_text(noscript);
    let Ok(fragment) = crate::parse::parse(&raw, options) else {
        return doc;
    };
    let visible = text_per_subtree(&doc).first().copied().unwrap_or(0);
    let inside = text_per_subtree(&fragment).first().copied().unwrap_or(0);
    if inside < MIN_HIDDEN_TEXT
        || inside < 3 * visible
        || doc.nodes.len() + fragment.nodes.len() > options.max_elements
    {
        return doc;
    }
    graft(&doc, noscript, &fragment).unwrap_or(doc)
}

/// A copy of `doc` in which `at` is a `div` whose children are `fragment`'s nodes (`None` if
/// that is more nodes than a tree holds). Nodes are pushed in document order, so every subtree
/// stays a contiguous id range.
fn graft(doc: &Document, at: NodeId, fragment: &Document) -> Option<Document> {
    let mut out = Document::default();
    // `doc`'s text nodes keep their spans; the fragment's text is appended after its text.
    out.adopt_text(doc.span_text_all().to_string());
    let mut new_id = vec![crate::dom::ROOT; doc.nodes.len()];
    let end = doc.subtree(at).end;
    for id in 1..doc.nodes.len() {
        if id > at && id < end {
            continue;
        }
        let node = &doc.nodes[id];
        let mut data = node.data.clone();
        if let (true, NodeData::Element(e)) = (id == at, &mut data) {
            e.tag = "div".into();
        }
        new_id[id] = out.push(new_id[node.parent()], data)?;
        if id == at {
            let mut frag_id = vec![new_id[at]; fragment.nodes.len()];
            for f in 1..fragment.nodes.len() {
                let fnode = &fragment.nodes[f];
                frag_id[f] = match fragment.text(f) {
                    Some(t) => out.push_text(frag_id[fnode.parent()], t)?,
                    None => out.push(frag_id[fnode.parent()], fnode.data.clone())?,
                };
            }
        }
    }
    out.link_children();
    Some(out)
}

/// Shows the streamed segments of `doc`, its hidden click `panels` ([`click_panels`]) with their
/// collapsing wrappers and, when the page's prose is all hidden, the hidden element holding it.
/// Returns how many elements were shown.
pub fn reveal_scripted(doc: &mut Document, panels: &[Disclosure]) -> usize {
    let n = doc.nodes.len();
    let mut shown = 0;
    // Whether each element is hidden, judged once (an element shown below is no longer).
    let mut hidden: Vec<bool> = (0..n)
        .map(|id| doc.element(id).is_some_and(crate::dom::Element::is_hidden))
        .collect();
    let mut show: Vec<NodeId> = (1..n)
        .filter(|&id| hidden[id] && doc.element(id).is_some_and(is_streamed_segment))
        .collect();
    for d in panels {
        if hidden[d.panel] {
            doc.opened_panels.push(d.panel);
        }
        // The panel, and the collapsing wrappers around it that a script opens with it.
        show.extend(
            std::iter::once(d.panel)
                .chain(collapsing_wrappers(doc, d.panel))
                .filter(|&w| hidden[w]),
        );
    }
    show.sort_unstable();
    show.dedup();
    for id in show {
        unhide(doc, id);
        hidden[id] = false;
        shown += 1;
    }
    let text = text_per_subtree(doc);
    // The topmost hidden elements; what they do not hold is shown.
    let mut hidden_total = 0;
    let mut biggest: Option<NodeId> = None;
    let mut id = 1;
    while id < n {
        if hidden[id] {
            hidden_total += text[id];
            if biggest.is_none_or(|b| text[id] > text[b]) {
                biggest = Some(id);
            }
            id = doc.subtree(id).end;
        } else {
            id += 1;
        }
    }
    let visible = text
        .first()
        .copied()
        .unwrap_or(0)
        .saturating_sub(hidden_total);
    if let Some(b) = biggest {
        if text[b] >= MIN_HIDDEN_TEXT && text[b] >= 3 * visible {
            unhide(doc, b);
            shown += 1;
        }
    }
    shown
}

/// Characters a disclosure button's label may hold to be its panel's heading.
const MAX_DISCLOSURE_LABEL: usize = 200;

/// Gives the buttons that open panels of prose the role they play for a reader: the panel's
/// heading ("How do I start a return?" above its answer, "Description" above a product's text).
/// A `<button>` (or a `role="button"` box) that opens a panel ([`click_panels`]) holding mostly
/// text that is not links becomes an `h3`; a `div` when it holds its heading itself
/// (`<button><h3>…`), a `span` when it sits in one (`<h3><button>…`, the ARIA accordion
/// pattern). Other buttons stay controls. Returns how many buttons became headings.
pub fn disclosure_headings(doc: &mut Document, panels: &[Disclosure]) -> usize {
    let is_button = |e: &crate::dom::Element| {
        e.tag == "button"
            || (e.attr("role") == Some("button") && matches!(e.tag.as_str(), "div" | "span"))
    };
    if !panels
        .iter()
        .any(|d| doc.element(d.control).is_some_and(is_button))
    {
        return 0;
    }
    let text = text_per_subtree(doc);
    let is_prose_panel = |panel: NodeId| {
        let link_text: usize = doc
            .subtree(panel)
            .filter(|&i| doc.tag(i) == "a")
            .map(|i| text.get(i).copied().unwrap_or(0))
            .sum();
        let all = text.get(panel).copied().unwrap_or(0);
        all >= 20 && 2 * link_text < all
    };
    let mut retag = Vec::new();
    for d in panels {
        let id = d.control;
        let Some(e) = doc.element(id) else { continue };
        let label = text.get(id).copied().unwrap_or(0);
        if !is_button(e) || !(2..=MAX_DISCLOSURE_LABEL).contains(&label) || !is_prose_panel(d.panel)
        {
            continue;
        }
        let in_heading = doc
            .ancestors(id)
            .take(3)
            .any(|a| crate::html::is_heading(doc.tag(a)));
        let holds_heading = doc
            .subtree(id)
            .skip(1)
            .any(|i| crate::html::is_heading(doc.tag(i)));
        let tag = if holds_heading {
            "div"
        } else if in_heading {
            "span"
        } else {
            "h3"
        };
        retag.push((id, tag));
    }
    retag.sort_unstable();
    retag.dedup();
    for &(id, tag) in &retag {
        if let Some(NodeData::Element(e)) = doc.nodes.get_mut(id).map(|n| &mut n.data) {
            e.tag = tag.into();
        }
    }
    retag.len()
}

/// AMP's images: `<amp-img>` (and the animated `<amp-anim>`) is drawn by the AMP runtime as an
/// `<img>` inside it. In a page's HTML as served (no runtime ran) it holds none, and becomes the
/// `img` it stands for, with its own `src`, `srcset`, `alt`, `width` and `height` (a fallback
/// inside it is not shown, as an image has no content). One the runtime has filled (a live
/// page's DOM) keeps its `img` inside. Returns how many became images.
pub fn amp_images(doc: &mut Document) -> usize {
    let mut count = 0;
    for id in 1..doc.nodes.len() {
        if !matches!(doc.tag(id), "amp-img" | "amp-anim")
            || doc.subtree(id).skip(1).any(|d| doc.tag(d) == "img")
        {
            continue;
        }
        if let Some(NodeData::Element(e)) = doc.nodes.get_mut(id).map(|n| &mut n.data) {
            e.tag = "img".into();
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amp_images_are_images() {
        let mut doc = parse(
            "<amp-img src=/a.jpg width=800 height=600 alt=A><div fallback>No image</div></amp-img>\
             <amp-anim src=/b.gif></amp-anim>\
             <amp-img src=/c.jpg><img src=/c.jpg class=i-amphtml-fill-content></amp-img>",
        );
        assert_eq!(amp_images(&mut doc), 2);
        let tags: Vec<&str> = (1..doc.nodes.len())
            .filter(|&id| doc.element(id).is_some())
            .map(|id| doc.tag(id))
            .collect();
        assert_eq!(tags, ["img", "div", "img", "amp-img", "img"]);
    }

    fn parse(html: &str) -> Document {
        crate::parse::parse(html, &crate::Options::default()).unwrap_or_default()
    }

    /// `reveal_scripted` with the page's own click panels.
    fn reveal(doc: &mut Document) -> usize {
        let panels = click_panels(doc);
        reveal_scripted(doc, &panels)
    }

    /// `disclosure_headings` with the page's own click panels.
    fn headings(doc: &mut Document) -> usize {
        let panels = click_panels(doc);
        disclosure_headings(doc, &panels)
    }

    fn hidden_count(doc: &Document) -> usize {
        (0..doc.nodes.len())
            .filter(|&i| doc.element(i).is_some_and(|e| e.is_hidden()))
            .count()
    }

    const PROSE: &str = "The council approved the new budget on Tuesday after a long debate \
        about the cost of repairing the old bridge, which has been closed to lorries since the \
        spring floods damaged two of its piers. ";

    #[test]
    fn streamed_segments_are_shown() {
        let mut doc = parse(
            "<body><template id=\"B:0\"></template><p>Loading…</p>\
             <div hidden id=\"S:0\"><p>Body</p></div><div hidden id=\"S:x\">menu</div></body>",
        );
        assert_eq!(reveal(&mut doc), 1);
        assert_eq!(hidden_count(&doc), 1, "S:x is not a segment id");
    }

    #[test]
    fn streamed_segments_go_where_their_templates_are() {
        let doc = crate::parse::parse(
            "<body><main><h1>Title</h1><p>First</p><template id=\"P:1\"></template>\
             <p>Last</p></main><footer>Footer</footer>\
             <div hidden id=\"S:1\"><p>Second</p><template id=\"P:2\"></template></div>\
             <div hidden id=\"S:2\"><p>Third</p></div>\
             <div hidden id=\"S:3\"><p>Nowhere</p></div></body>",
            &crate::Options::default(),
        )
        .unwrap_or_default();
        let doc = place_streamed_segments(doc);
        let main = doc.find_tag("main").map(|m| doc.text_content(m));
        assert_eq!(main.as_deref(), Some("TitleFirstSecondThirdLast"));
        // A segment without a place stays where it was, hidden (reveal_scripted shows it).
        let body = doc
            .find_tag("body")
            .map(|b| doc.text_content(b))
            .unwrap_or_default();
        assert!(body.ends_with("FooterNowhere"), "{body}");
        assert_eq!(body.matches("Second").count(), 1);
        // Subtrees stay contiguous id ranges.
        let m = doc.find_tag("main").unwrap_or(0);
        assert!(doc.subtree(m).all(|id| id == m || doc.contains(m, id)));
        // React numbers its segments in hexadecimal from the tenth on.
        let doc = crate::parse::parse(
            "<body><main><p>First</p><template id=\"P:2e\"></template><p>Last</p></main>\
             <div hidden id=\"S:2e\"><p>Second</p></div></body>",
            &crate::Options::default(),
        )
        .unwrap_or_default();
        let doc = place_streamed_segments(doc);
        let main = doc.find_tag("main").map(|m| doc.text_content(m));
        assert_eq!(main.as_deref(), Some("FirstSecondLast"));
    }

    #[test]
    fn a_boundary_s_fallback_goes_when_its_segment_comes() {
        let doc = crate::parse::parse(
            "<body><main><p>First</p><!--$?--><template id=\"B:0\"></template>\
             <p>Loading paragraph...</p><div class=\"skeleton\"></div><!--/$--><p>Last</p>\
             <!--$?--><template id=\"B:1\"></template><p>Loading comments...</p><!--/$-->\
             </main><div hidden id=\"S:0\"><p>Second</p></div></body>",
            &crate::Options::default(),
        )
        .unwrap_or_default();
        let doc = place_streamed_segments(doc);
        let main = doc.find_tag("main").map(|m| doc.text_content(m));
        // B:1 has no segment: its fallback stays (it is what the page shows).
        assert_eq!(main.as_deref(), Some("FirstSecondLastLoading comments..."));
    }

    #[test]
    fn a_segment_whose_place_is_never_reached_leaves_the_page_as_it_was() {
        // Each segment's place is inside the other: neither is ever reached, nothing moves.
        let html = "<body><p>A</p><div hidden id=\"S:2\"><template id=\"P:1\"></template></div>\
             <div hidden id=\"S:1\"><p>B</p><template id=\"P:2\"></template></div></body>";
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        let before = doc.nodes.len();
        let doc = place_streamed_segments(doc);
        assert_eq!(doc.nodes.len(), before);
    }

    #[test]
    fn a_noscript_holding_the_page_prose_is_grafted_in_place() {
        let posts = format!("<div class=\"post\"><p>{}</p></div>", PROSE).repeat(6);
        let html = format!(
            "<body><header>Forum</header><div id=\"app\"></div>\
             <noscript data-path=\"/t/1\">{posts}</noscript><footer>Terms</footer></body>"
        );
        let doc = crate::parse::parse(&html, &crate::Options::default()).unwrap_or_default();
        let doc = noscript_prose(doc, &crate::Options::default());
        assert!(!(0..doc.nodes.len()).any(|i| doc.tag(i) == "noscript"));
        let posts: Vec<usize> = (0..doc.nodes.len())
            .filter(|&i| doc.element(i).and_then(|e| e.attr("class")) == Some("post"))
            .collect();
        assert_eq!(posts.len(), 6);
        // Still in document order: each subtree is a contiguous range, the footer comes last.
        for (i, node) in doc.nodes.iter().enumerate().skip(1) {
            assert!(node.parent() < i);
        }
        assert!(posts
            .iter()
            .all(|&p| p < doc.find_tag("footer").unwrap_or(0)));

        // A page that shows its text keeps its noscript as it is.
        let shown = format!(
            "<body><article><p>{}</p></article><noscript>{posts:?}</noscript></body>",
            PROSE.repeat(3)
        );
        let doc = crate::parse::parse(&shown, &crate::Options::default()).unwrap_or_default();
        let n = doc.nodes.len();
        assert_eq!(
            noscript_prose(doc, &crate::Options::default()).nodes.len(),
            n
        );
    }

    #[test]
    fn tab_and_accordion_panels_are_shown_menus_are_not() {
        let mut doc = parse(
            "<body><div role=\"tablist\"><button role=\"tab\">Java</button></div>\
             <div role=\"tabpanel\" hidden>javac Example.java</div>\
             <button aria-expanded=\"false\" aria-controls=\"faq-1\">How much?</button>\
             <div id=\"faq-1\" hidden>Nothing.</div>\
             <button aria-expanded=\"false\" aria-controls=\"menu-1\">Menu</button>\
             <ul id=\"menu-1\" hidden><li>News</li></ul>\
             <div id=\"faq-2\" hidden>Not controlled by anything.</div></body>",
        );
        assert_eq!(reveal(&mut doc), 2);
        assert_eq!(hidden_count(&doc), 2);
    }

    #[test]
    fn buttons_opening_prose_become_its_headings() {
        let mut doc = parse(
            "<body><h3><button aria-expanded=\"false\" aria-controls=\"a1\">Can I return it?</button></h3>\
             <div id=\"a1\" hidden><p>Yes, within thirty days of delivery.</p></div>\
             <button aria-expanded=\"true\" aria-controls=\"a2\">Is it free?</button>\
             <div id=\"a2\"><p>Returns are free for members of the club.</p></div>\
             <button aria-expanded=\"false\" aria-controls=\"m\">Menu</button>\
             <ul id=\"m\"><li><a href=\"/a\">Shoes and boots</a></li></ul>\
             <button aria-expanded=\"false\" aria-controls=\"l\">More</button>\
             <div id=\"l\"><a href=\"/b\">Deliveries and payments</a> and more</div>\
             <button aria-controls=\"a2\">Not a disclosure</button></body>",
        );
        assert_eq!(headings(&mut doc), 2);
        let tags: Vec<&str> = (1..doc.nodes.len())
            .filter(|&i| doc.text(i).is_some_and(|t| t.ends_with('?')))
            .map(|i| doc.tag(doc.parent(i)))
            .collect();
        assert_eq!(
            tags,
            ["span", "h3"],
            "in a heading: a span; alone: a heading"
        );
        assert_eq!(
            (1..doc.nodes.len())
                .filter(|&i| doc.tag(i) == "button")
                .count(),
            3
        );
    }

    #[test]
    fn panels_found_by_label_by_position_and_in_details_are_shown() {
        let mut doc = parse(
            "<body><button id=\"q1\" data-expanded=\"false\" aria-controls=\"a1\">Fees?</button>\
             <div id=\"a1\" aria-labelledby=\"q1\" hidden><p>None.</p></div>\
             <div role=\"button\" aria-expanded=\"false\"><h3>Housing</h3></div>\
             <div role=\"region\" aria-hidden=\"true\"><p>Eight thousand.</p></div>\
             <details><summary>Terms</summary><div aria-hidden=\"true\"><p>Monthly.</p></div></details>\
             <nav><button aria-expanded=\"false\">Shop</button><div hidden>Shoes</div></nav>\
             <div hidden id=\"x\">Labelled by nothing that opens it.</div></body>",
        );
        assert_eq!(reveal(&mut doc), 3);
        assert_eq!(
            hidden_count(&doc),
            2,
            "the menu's panel and the unrelated box stay hidden"
        );
    }

    #[test]
    fn a_button_holding_a_heading_leaves_the_heading() {
        let mut doc = parse(
            "<body><button aria-expanded=\"false\" aria-controls=\"a\"><h3>What do tax professionals use?</h3></button>\
             <div id=\"a\" hidden><p>Most of them use the software their firm licenses.</p></div></body>",
        );
        assert_eq!(headings(&mut doc), 1);
        assert_eq!(doc.find_tag("button"), None);
        assert!(doc.find_tag("h3").is_some());
    }

    #[test]
    fn an_accordion_panels_collapsing_wrapper_is_shown_with_it() {
        let mut doc = parse(
            "<body><button aria-expanded=\"false\" aria-controls=\"panel-1\">Description</button>\
             <div class=\"collapse\" style=\"overflow:hidden;display:none\">\
             <div role=\"region\" id=\"panel-1\"><p>Made of steel.</p></div></div>\
             <button aria-expanded=\"false\" aria-controls=\"panel-2\">Sizes</button>\
             <div style=\"display:none\"><div id=\"panel-2\">S, M, L</div><p>Something else</p></div></body>",
        );
        assert_eq!(
            reveal(&mut doc),
            1,
            "only a wrapper holding the panel alone"
        );
        assert_eq!(hidden_count(&doc), 1);
    }

    #[test]
    fn hidden_prose_is_shown_only_when_it_is_all_the_page_has() {
        let body = PROSE.repeat(4);
        let mut doc = parse(&format!(
            "<body><div style=\"visibility:hidden\"><p>{body}</p><nav style=\"display:none\">Menu</nav></div><p>Cookies</p></body>"
        ));
        assert_eq!(reveal(&mut doc), 1);
        assert_eq!(hidden_count(&doc), 1, "the nested hidden part stays hidden");

        // A visible body with a hidden copy: nothing changes.
        let mut doc = parse(&format!(
            "<body><article><p>{body}</p></article><div hidden><p>{body}</p></div></body>"
        ));
        assert_eq!(reveal(&mut doc), 0);
        assert_eq!(hidden_count(&doc), 1);

        // A small hidden block is never the page's prose.
        let mut doc = parse(&format!("<body><div hidden><p>{PROSE}</p></div></body>"));
        assert_eq!(reveal(&mut doc), 0);
    }
}
