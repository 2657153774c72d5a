//! The HTML vocabulary: named sets of element names that the stages share.
//!
//! Every set is a function over a lower-case local name (`div`, `h2`…), each with one meaning,
//! in the manner of html5ever's `tag_sets.rs`. Two kinds live here:
//! - the HTML standard's tree-construction tables (void elements, "special" elements, scope
//!   boundaries, the start tags that close a `<p>`), read by the parser (`parse`) and by the
//!   writer (`sanitize`), which must write markup a browser parses back to the same tree;
//! - the page vocabulary the analysis shares: which elements hold text no reader sees, which are
//!   blocks of the flow, which hold one block of text, which only mark up words inside a line.
//!
//! Sets that differ by a few names are kept apart on purpose: each is named after what its
//! callers need, and changing one changes what the cleaner extracts. This module knows names
//! only: it reads no tree and decides nothing.

/// Elements that never have children: the standard's void elements, with the obsolete ones
/// browsers still parse that way (`keygen`, `frame`, `basefont`, `bgsound`, `image`).
pub(crate) fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "frame"
            | "basefont"
            | "bgsound"
            | "image"
    )
}

/// `h1` to `h6`.
pub(crate) fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Start tags that close an open `<p>` (the standard's "close a p element" list).
pub(crate) fn closes_p(tag: &str) -> bool {
    is_heading(tag)
        || matches!(
            tag,
            "address"
                | "article"
                | "aside"
                | "blockquote"
                | "center"
                | "details"
                | "dialog"
                | "dir"
                | "div"
                | "dl"
                | "fieldset"
                | "figcaption"
                | "figure"
                | "footer"
                | "form"
                | "header"
                | "hgroup"
                | "hr"
                | "main"
                | "menu"
                | "nav"
                | "ol"
                | "p"
                | "pre"
                | "listing"
                | "section"
                | "summary"
                | "table"
                | "ul"
                | "plaintext"
                | "xmp"
                | "li"
                | "dd"
                | "dt"
        )
}

/// Elements that bound the search for an open element to close implicitly (the standard's
/// default scope, with `button`, `svg` and `math` in place of the foreign elements' entries).
pub(crate) fn is_scope_boundary(tag: &str) -> bool {
    matches!(
        tag,
        "applet"
            | "caption"
            | "html"
            | "table"
            | "td"
            | "th"
            | "marquee"
            | "object"
            | "template"
            | "button"
            | "svg"
            | "math"
    )
}

/// Elements that bound the search for an open table part (the standard's table scope).
pub(crate) fn is_table_scope_boundary(tag: &str) -> bool {
    matches!(tag, "table" | "html" | "template")
}

/// The standard's "special" elements (HTML, MathML text integration points and SVG's
/// `foreignObject` and `desc`, compared by local name).
pub(crate) fn is_special(tag: &str) -> bool {
    (is_void(tag) && tag != "image")
        || is_heading(tag)
        || matches!(
            tag,
            "address"
                | "applet"
                | "article"
                | "aside"
                | "blockquote"
                | "body"
                | "button"
                | "caption"
                | "center"
                | "colgroup"
                | "dd"
                | "details"
                | "dir"
                | "div"
                | "dl"
                | "dt"
                | "fieldset"
                | "figcaption"
                | "figure"
                | "footer"
                | "form"
                | "frameset"
                | "head"
                | "header"
                | "hgroup"
                | "html"
                | "iframe"
                | "li"
                | "listing"
                | "main"
                | "marquee"
                | "menu"
                | "nav"
                | "noembed"
                | "noframes"
                | "noscript"
                | "object"
                | "ol"
                | "p"
                | "plaintext"
                | "pre"
                | "script"
                | "search"
                | "section"
                | "select"
                | "style"
                | "summary"
                | "table"
                | "tbody"
                | "td"
                | "template"
                | "textarea"
                | "tfoot"
                | "th"
                | "thead"
                | "title"
                | "tr"
                | "ul"
                | "xmp"
                | "mi"
                | "mo"
                | "mn"
                | "ms"
                | "mtext"
                | "annotation-xml"
                | "foreignobject"
                | "desc"
        )
}

/// Open elements that stop the search for an `li`, `dd` or `dt` a new one closes: the special
/// elements other than `address`, `div` and `p` (the standard's list-item rule).
pub(crate) fn ends_list_item_search(tag: &str) -> bool {
    is_special(tag) && !matches!(tag, "address" | "div" | "p")
}

/// Elements whose first newline the parser drops (`<pre>\ncode` holds `code`).
pub(crate) fn drops_leading_newline(tag: &str) -> bool {
    matches!(tag, "pre" | "listing" | "textarea")
}

/// Elements whose own text is not page text: script and style bodies, `<noscript>` fallbacks,
/// template contents, the document's title and a text field's value. Their text children are
/// left out of an element's text ([`crate::dom::Document::text_content`]).
pub(crate) fn holds_unshown_text(tag: &str) -> bool {
    matches!(
        tag,
        "script" | "style" | "noscript" | "template" | "title" | "textarea"
    )
}

/// Elements whose text a reader never reads as prose: those that hold unshown text, the document
/// head, a form's choices (`select`, `option`) and SVG drawings. Their text counts for nothing
/// in the statistics, the clutter passes and the article's text.
pub fn is_never_prose(tag: &str) -> bool {
    holds_unshown_text(tag) || matches!(tag, "head" | "select" | "option" | "svg")
}

/// Elements that are never part of the page's content, whatever they hold: the head, scripts,
/// styles, `<noscript>` fallbacks and templates. The article is never chosen inside them.
pub(crate) fn is_never_content(tag: &str) -> bool {
    matches!(tag, "head" | "script" | "style" | "noscript" | "template")
}

/// Block-level elements of the flow: a paragraph ends where one starts, and a `div` with none of
/// them among its children is a paragraph of its own.
pub fn is_block(tag: &str) -> bool {
    is_heading(tag)
        || matches!(
            tag,
            "address"
                | "article"
                | "aside"
                | "blockquote"
                | "dd"
                | "div"
                | "dl"
                | "dt"
                | "fieldset"
                | "figcaption"
                | "figure"
                | "footer"
                | "form"
                | "header"
                | "hr"
                | "li"
                | "main"
                | "nav"
                | "ol"
                | "p"
                | "pre"
                | "section"
                | "table"
                | "ul"
        )
}

/// Elements that hold one block of text (a paragraph, heading, list item, cell, caption…) when
/// no [`is_block`] element is inside them; a `p` or `pre` always does.
pub(crate) fn is_text_block(tag: &str) -> bool {
    is_heading(tag)
        || matches!(
            tag,
            "p" | "li"
                | "pre"
                | "figcaption"
                | "dt"
                | "dd"
                | "td"
                | "th"
                | "div"
                | "section"
                | "blockquote"
        )
}

/// Inline elements that mark up words inside a line (links, emphasis, spans, code, times…):
/// where they start or end, the text runs on without a break.
pub(crate) fn is_inline_markup(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "b"
            | "i"
            | "em"
            | "strong"
            | "span"
            | "small"
            | "sup"
            | "sub"
            | "u"
            | "mark"
            | "abbr"
            | "code"
            | "q"
            | "s"
            | "time"
            | "font"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard's special list as the parser held it before this module: the function
    /// must say the same for every name in it and for common names outside it.
    #[test]
    fn special_elements_as_the_standard_lists_them() {
        const SPECIAL: &[&str] = &[
            "address",
            "applet",
            "area",
            "article",
            "aside",
            "base",
            "basefont",
            "bgsound",
            "blockquote",
            "body",
            "br",
            "button",
            "caption",
            "center",
            "col",
            "colgroup",
            "dd",
            "details",
            "dir",
            "div",
            "dl",
            "dt",
            "embed",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "frame",
            "frameset",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "head",
            "header",
            "hgroup",
            "hr",
            "html",
            "iframe",
            "img",
            "input",
            "keygen",
            "li",
            "link",
            "listing",
            "main",
            "marquee",
            "menu",
            "meta",
            "nav",
            "noembed",
            "noframes",
            "noscript",
            "object",
            "ol",
            "p",
            "param",
            "plaintext",
            "pre",
            "script",
            "search",
            "section",
            "select",
            "source",
            "style",
            "summary",
            "table",
            "tbody",
            "td",
            "template",
            "textarea",
            "tfoot",
            "th",
            "thead",
            "title",
            "tr",
            "track",
            "ul",
            "wbr",
            "xmp",
            "mi",
            "mo",
            "mn",
            "ms",
            "mtext",
            "annotation-xml",
            "foreignobject",
            "desc",
        ];
        for tag in SPECIAL {
            assert!(is_special(tag), "{tag}");
        }
        for tag in [
            "image", "span", "a", "b", "svg", "math", "option", "label", "picture",
        ] {
            assert!(!is_special(tag), "{tag}");
        }
    }
}
