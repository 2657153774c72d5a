//! Tag and attribute names without an allocation each: [`Name`] holds a standard name (or a
//! common `aria-` or `data-` one) as a `&'static str` from a table, and owns only the others.
//!
//! The tree keeps a name for every element and attribute of the page; most are a few dozen
//! standard names (`div`, `a`, `class`, `href`), so pointing into the table instead of owning a
//! `String` saves a heap block for every one. Lookup hashes the name into an index built at
//! compile time; reading a name is as cheap as reading a `&str`.

use std::fmt;
use std::ops::Deref;

/// The names stored without an allocation, sorted (a test checks it) and lower-case, as the parser hands
/// them out.
const KNOWN: [&str; 504] = [
    "a",
    "abbr",
    "about",
    "accept",
    "accept-charset",
    "accesskey",
    "acronym",
    "action",
    "address",
    "align",
    "allow",
    "allowfullscreen",
    "alt",
    "animate",
    "animatemotion",
    "animatetransform",
    "annotation",
    "annotation-xml",
    "applet",
    "area",
    "aria-activedescendant",
    "aria-atomic",
    "aria-autocomplete",
    "aria-busy",
    "aria-checked",
    "aria-controls",
    "aria-current",
    "aria-describedby",
    "aria-description",
    "aria-details",
    "aria-disabled",
    "aria-expanded",
    "aria-haspopup",
    "aria-hidden",
    "aria-invalid",
    "aria-label",
    "aria-labelledby",
    "aria-level",
    "aria-live",
    "aria-modal",
    "aria-multiselectable",
    "aria-orientation",
    "aria-owns",
    "aria-placeholder",
    "aria-posinset",
    "aria-pressed",
    "aria-readonly",
    "aria-relevant",
    "aria-required",
    "aria-roledescription",
    "aria-selected",
    "aria-setsize",
    "aria-sort",
    "aria-valuemax",
    "aria-valuemin",
    "aria-valuenow",
    "aria-valuetext",
    "article",
    "as",
    "aside",
    "async",
    "audio",
    "autocapitalize",
    "autocomplete",
    "autocorrect",
    "autofocus",
    "autoplay",
    "b",
    "background",
    "base",
    "basefont",
    "bdi",
    "bdo",
    "bgcolor",
    "bgsound",
    "big",
    "blink",
    "blockquote",
    "body",
    "border",
    "br",
    "button",
    "canvas",
    "caption",
    "cellpadding",
    "cellspacing",
    "center",
    "charset",
    "checked",
    "circle",
    "cite",
    "class",
    "clear",
    "clip-path",
    "clip-rule",
    "clippath",
    "code",
    "col",
    "colgroup",
    "color",
    "cols",
    "colspan",
    "content",
    "contenteditable",
    "controls",
    "coords",
    "crossorigin",
    "cx",
    "cy",
    "d",
    "data",
    "data-action",
    "data-author",
    "data-bs-target",
    "data-bs-toggle",
    "data-caption",
    "data-category",
    "data-cfasync",
    "data-component",
    "data-content",
    "data-credit",
    "data-event",
    "data-height",
    "data-href",
    "data-icon",
    "data-id",
    "data-image",
    "data-index",
    "data-item",
    "data-key",
    "data-label",
    "data-layout",
    "data-lazy-src",
    "data-lazy-srcset",
    "data-lazyload",
    "data-link",
    "data-module",
    "data-name",
    "data-nosnippet",
    "data-original",
    "data-page",
    "data-position",
    "data-qa",
    "data-ratio",
    "data-reactroot",
    "data-role",
    "data-size",
    "data-sizes",
    "data-src",
    "data-srcset",
    "data-state",
    "data-tab",
    "data-target",
    "data-test",
    "data-testid",
    "data-theme",
    "data-title",
    "data-toggle",
    "data-track",
    "data-type",
    "data-url",
    "data-value",
    "data-variant",
    "data-width",
    "data-wp-strategy",
    "datalist",
    "datatype",
    "datetime",
    "dd",
    "decoding",
    "default",
    "defer",
    "defs",
    "del",
    "desc",
    "details",
    "dfn",
    "dialog",
    "dir",
    "dirname",
    "disabled",
    "display",
    "div",
    "dl",
    "download",
    "draggable",
    "dt",
    "dx",
    "dy",
    "ellipse",
    "em",
    "embed",
    "enctype",
    "enterkeyhint",
    "face",
    "feblend",
    "fecolormatrix",
    "fecomponenttransfer",
    "fecomposite",
    "fedropshadow",
    "feflood",
    "fefunca",
    "fefuncb",
    "fefuncg",
    "fefuncr",
    "fegaussianblur",
    "feimage",
    "femerge",
    "femergenode",
    "femorphology",
    "feoffset",
    "fetchpriority",
    "feturbulence",
    "fieldset",
    "figcaption",
    "figure",
    "fill",
    "fill-opacity",
    "fill-rule",
    "filter",
    "focusable",
    "font",
    "font-family",
    "font-size",
    "font-weight",
    "footer",
    "for",
    "foreignobject",
    "form",
    "formaction",
    "frame",
    "frameborder",
    "frameset",
    "fx",
    "fy",
    "g",
    "gradienttransform",
    "gradientunits",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "headers",
    "height",
    "hgroup",
    "hidden",
    "high",
    "hr",
    "href",
    "hreflang",
    "hspace",
    "html",
    "http-equiv",
    "i",
    "id",
    "iframe",
    "image",
    "imagesizes",
    "imagesrcset",
    "img",
    "inert",
    "input",
    "inputmode",
    "ins",
    "integrity",
    "is",
    "isindex",
    "itemid",
    "itemprop",
    "itemref",
    "itemscope",
    "itemtype",
    "kbd",
    "keygen",
    "kind",
    "label",
    "lang",
    "language",
    "legend",
    "li",
    "line",
    "lineargradient",
    "link",
    "list",
    "listing",
    "loading",
    "loop",
    "low",
    "maction",
    "main",
    "map",
    "marginheight",
    "marginwidth",
    "mark",
    "marker",
    "marquee",
    "mask",
    "math",
    "max",
    "maxlength",
    "media",
    "menclose",
    "menu",
    "menuitem",
    "merror",
    "meta",
    "metadata",
    "meter",
    "method",
    "mfenced",
    "mfrac",
    "mi",
    "min",
    "minlength",
    "mmultiscripts",
    "mn",
    "mo",
    "mover",
    "mpadded",
    "mphantom",
    "mprescripts",
    "mroot",
    "mrow",
    "ms",
    "mspace",
    "msqrt",
    "mstyle",
    "msub",
    "msubsup",
    "msup",
    "mtable",
    "mtd",
    "mtext",
    "mtr",
    "multicol",
    "multiple",
    "munder",
    "munderover",
    "muted",
    "name",
    "nav",
    "nextid",
    "nobr",
    "noembed",
    "noframes",
    "nomodule",
    "nonce",
    "none",
    "noscript",
    "noshade",
    "novalidate",
    "nowrap",
    "object",
    "offset",
    "ol",
    "opacity",
    "open",
    "optgroup",
    "optimum",
    "option",
    "output",
    "p",
    "param",
    "path",
    "pattern",
    "picture",
    "ping",
    "placeholder",
    "plaintext",
    "playsinline",
    "points",
    "polygon",
    "polyline",
    "popover",
    "popovertarget",
    "poster",
    "pre",
    "prefix",
    "preload",
    "preserveaspectratio",
    "progress",
    "property",
    "q",
    "r",
    "radialgradient",
    "rb",
    "readonly",
    "rect",
    "referrerpolicy",
    "rel",
    "required",
    "resource",
    "rev",
    "reversed",
    "role",
    "rows",
    "rowspan",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "rx",
    "ry",
    "s",
    "samp",
    "sandbox",
    "scope",
    "script",
    "scrolling",
    "search",
    "section",
    "select",
    "selected",
    "semantics",
    "set",
    "shape",
    "size",
    "sizes",
    "slot",
    "small",
    "source",
    "spacer",
    "span",
    "spellcheck",
    "src",
    "srcdoc",
    "srclang",
    "srcset",
    "start",
    "step",
    "stop",
    "stop-color",
    "stop-opacity",
    "strike",
    "stroke",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-opacity",
    "stroke-width",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "switch",
    "symbol",
    "tabindex",
    "table",
    "target",
    "tbody",
    "td",
    "template",
    "text",
    "text-anchor",
    "textarea",
    "textpath",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "transform",
    "translate",
    "tspan",
    "tt",
    "type",
    "typeof",
    "u",
    "ul",
    "use",
    "usemap",
    "valign",
    "value",
    "var",
    "version",
    "video",
    "view",
    "viewbox",
    "vocab",
    "vspace",
    "wbr",
    "width",
    "wrap",
    "x",
    "x1",
    "x2",
    "xlink:href",
    "xml:lang",
    "xml:space",
    "xmlns",
    "xmlns:xlink",
    "xmp",
    "y",
    "y1",
    "y2",
];

/// Slots of [`INDEX`]: a power of two, about four per known name so probes stay short.
const SLOTS: usize = 2048;

/// Open-addressing hash table of the known names: `INDEX[slot]` is a [`KNOWN`] index plus one,
/// `0` for an empty slot. Built at compile time.
static INDEX: [u16; SLOTS] = build_index();

/// FNV-1a over the name's bytes, reduced to a slot.
const fn slot_of(name: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < name.len() {
        h ^= name[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h as usize & (SLOTS - 1)
}

/// Fills [`INDEX`] with linear probing.
const fn build_index() -> [u16; SLOTS] {
    let mut table = [0u16; SLOTS];
    let mut i = 0;
    while i < KNOWN.len() {
        let mut s = slot_of(KNOWN[i].as_bytes());
        while table[s] != 0 {
            s = (s + 1) & (SLOTS - 1);
        }
        table[s] = i as u16 + 1;
        i += 1;
    }
    table
}

/// `name` as one of [`KNOWN`], if it is one.
fn known(name: &str) -> Option<&'static str> {
    let mut s = slot_of(name.as_bytes());
    loop {
        let entry = *INDEX.get(s)?;
        let known = *KNOWN.get(usize::from(entry.checked_sub(1)?))?;
        if known == name {
            return Some(known);
        }
        s = (s + 1) & (SLOTS - 1);
    }
}

/// An element or attribute name: a known one as a `&'static str` into [`KNOWN`], any other
/// owned. Reads as a `&str`.
#[derive(Clone, PartialEq, Eq)]
pub struct Name(Repr);

/// How a [`Name`] is held.
#[derive(Clone, PartialEq, Eq)]
enum Repr {
    /// One of [`KNOWN`].
    Known(&'static str),
    /// Any other name.
    Other(Box<str>),
}

impl Name {
    /// The name as a string.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Known(s) => s,
            Repr::Other(s) => s,
        }
    }
}

impl From<String> for Name {
    fn from(name: String) -> Name {
        Name(match known(&name) {
            Some(s) => Repr::Known(s),
            None => Repr::Other(name.into_boxed_str()),
        })
    }
}

impl From<&str> for Name {
    fn from(name: &str) -> Name {
        Name(match known(name) {
            Some(s) => Repr::Known(s),
            None => Repr::Other(name.into()),
        })
    }
}

impl Deref for Name {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_names_are_sorted_unique_and_found() {
        assert!(KNOWN.windows(2).all(|w| w[0] < w[1]));
        assert!(KNOWN.len() < usize::from(u16::MAX) && KNOWN.len() * 2 < SLOTS);
        for n in &KNOWN {
            assert_eq!(known(n), Some(*n), "{n}");
            assert_eq!(Name::from(*n).as_str(), *n);
        }
    }

    #[test]
    fn other_names_are_owned() {
        for n in ["x-widget", "", "DIV", "data-v-3a4b", "divs"] {
            assert_eq!(known(n), None, "{n}");
            let name = Name::from(n.to_string());
            assert_eq!(name, n);
            assert_eq!(name, Name::from(n));
        }
        assert_eq!(Name::from("div"), Name::from("div".to_string()));
        assert_ne!(Name::from("div"), Name::from("span"));
    }
}
