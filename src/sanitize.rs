//! Writes the chosen article as safe, parse-stable HTML and plain text.
//!
//! The writer builds its output itself from the [`Document`] tree, so nothing from the page is
//! copied through unchecked:
//! - only an allowlist of elements and attributes is written; other elements are unwrapped
//!   (their text kept) or dropped with their content (scripts, embeds, forms, SVG, MathML);
//! - URL attributes are resolved against the page URL and kept only for http(s), `mailto:` links
//!   and non-SVG `data:image/*` media (see [`crate::url`]);
//! - every element is explicitly closed, attributes are double-quoted and escaped, no comments or
//!   raw-text elements are written, table parts only appear where the HTML parser keeps them,
//!   and nesting is capped, so parsing the output and serialising it again gives the same string;
//! - lazy images get their real `src`/`srcset` (`data-src`, `data-srcset`, `<noscript>` copies).
//!
//! It does not decide what belongs to the article; `extract` does.

use crate::dom::{Children, Document, Element, NodeData, NodeId, Skip, SubtreeText};
use crate::html;
use crate::posts::Posts;
use crate::url::{resolve, resolve_srcset, UrlUse};
use std::ops::Range;

/// Output nesting depth beyond which elements are unwrapped (browsers flatten very deep trees).
const MAX_DEPTH: usize = 200;

/// What the writer produced.
#[derive(Debug, Default, Clone)]
pub struct Written {
    /// Sanitised HTML.
    pub html: String,
    /// Plain text, blocks separated by blank lines, figure captions included.
    pub text: String,
    /// Where `text` holds a figure's caption (byte ranges, in order, not overlapping).
    pub captions: Vec<Range<usize>>,
    /// The first image written, as an absolute URL.
    pub first_image: Option<String>,
}

impl Written {
    /// The article's running text: `text` without its figure captions (a caption belongs with
    /// its figure, which the HTML keeps; the body's prose reads on without it). Where the
    /// captions say more than the rest (a photo gallery), they are the text and stay.
    pub fn running_text(&self) -> String {
        if self.captions.is_empty() {
            return self.text.clone();
        }
        let caption_words: usize = self
            .captions
            .iter()
            .filter_map(|r| self.text.get(r.clone()))
            .map(crate::text::word_count)
            .sum();
        if 2 * caption_words > crate::text::word_count(&self.text) {
            return self.text.clone();
        }
        let mut out = String::with_capacity(self.text.len());
        let mut from = 0;
        for r in self
            .captions
            .iter()
            .chain(std::iter::once(&(self.text.len()..self.text.len())))
        {
            let start = r.start.clamp(from, self.text.len());
            let mut piece = &self.text[from..start];
            if out.is_empty() || out.ends_with('\n') {
                // The caption's own block breaks are already in `out`.
                piece = piece.trim_start_matches('\n');
            }
            out.push_str(piece);
            from = r.end.clamp(start, self.text.len());
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ctx {
    Flow,
    Table,
    Section,
    Row,
    /// Inside MathML `<math>`: only MathML elements, no text.
    Math,
    /// Inside a MathML token element (`mi`, `mn`, `mo`, `ms`, `mtext`): text only.
    MathToken,
}

/// MathML presentation elements kept inside `<math>` (as `(name, context of their children)`);
/// everything else there is dropped. Token elements hold only text, so no HTML can end up in
/// MathML (where a browser's parser would switch namespaces: the mutation-XSS route).
fn math_element(tag: &str) -> Option<(&'static str, Ctx)> {
    const LAYOUT: &[&str] = &[
        "mrow",
        "mfrac",
        "msqrt",
        "mroot",
        "msub",
        "msup",
        "msubsup",
        "munder",
        "mover",
        "munderover",
        "mmultiscripts",
        "mprescripts",
        "none",
        "mtable",
        "mtr",
        "mtd",
        "mstyle",
        "mpadded",
        "mphantom",
        "menclose",
        "mfenced",
        "merror",
        "mspace",
        "semantics",
    ];
    const TOKEN: &[&str] = &["mi", "mn", "mo", "ms", "mtext"];
    if let Some(t) = TOKEN.iter().find(|t| **t == tag) {
        return Some((t, Ctx::MathToken));
    }
    LAYOUT.iter().find(|t| **t == tag).map(|t| (*t, Ctx::Math))
}

/// MathML attributes kept on presentation elements (their values checked by [`math_value`]).
const MATH_ATTRIBUTES: [&str; 22] = [
    "mathvariant",
    "displaystyle",
    "scriptlevel",
    "stretchy",
    "fence",
    "separator",
    "accent",
    "accentunder",
    "linethickness",
    "lspace",
    "rspace",
    "width",
    "height",
    "depth",
    "notation",
    "columnalign",
    "rowalign",
    "columnspan",
    "rowspan",
    "open",
    "close",
    "separators",
];

/// Written elements that say `dir="auto"` when the page gives them no direction: blocks of
/// text, so each paragraph of a mixed-language article takes its own.
fn takes_auto_dir(tag: &str) -> bool {
    html::is_heading(tag)
        || matches!(
            tag,
            "p" | "li" | "blockquote" | "figcaption" | "dd" | "dt" | "td" | "th"
        )
}

/// A MathML attribute value: a short keyword, number or length (`true`, `bold`, `0.2em`, `+1`).
fn math_value(v: &str) -> Option<&str> {
    let v = v.trim();
    (!v.is_empty()
        && v.len() <= 24
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '%')))
    .then_some(v)
}

enum Action {
    /// Write the element as this tag.
    Keep(&'static str),
    /// Write its children only.
    Unwrap,
    /// Write nothing.
    Drop,
}

fn action(tag: &str) -> Action {
    use Action::*;
    match tag {
        "p" => Keep("p"),
        "br" => Keep("br"),
        "hr" => Keep("hr"),
        "h1" => Keep("h1"),
        "h2" => Keep("h2"),
        "h3" => Keep("h3"),
        "h4" => Keep("h4"),
        "h5" => Keep("h5"),
        "h6" => Keep("h6"),
        "blockquote" => Keep("blockquote"),
        "pre" | "listing" => Keep("pre"),
        "code" => Keep("code"),
        "kbd" => Keep("kbd"),
        "samp" => Keep("samp"),
        "var" => Keep("var"),
        "ul" | "dir" | "menu" => Keep("ul"),
        "ol" => Keep("ol"),
        "li" => Keep("li"),
        "dl" => Keep("dl"),
        "dt" => Keep("dt"),
        "dd" => Keep("dd"),
        "figure" => Keep("figure"),
        "figcaption" => Keep("figcaption"),
        "img" => Keep("img"),
        "table" => Keep("table"),
        "caption" => Keep("caption"),
        "thead" => Keep("thead"),
        "tbody" => Keep("tbody"),
        "tfoot" => Keep("tfoot"),
        "tr" => Keep("tr"),
        "th" => Keep("th"),
        "td" => Keep("td"),
        "a" => Keep("a"),
        "em" => Keep("em"),
        "strong" => Keep("strong"),
        "b" => Keep("b"),
        "i" => Keep("i"),
        "u" => Keep("u"),
        "s" | "strike" => Keep("s"),
        "del" => Keep("del"),
        "ins" => Keep("ins"),
        "sub" => Keep("sub"),
        "sup" => Keep("sup"),
        "small" => Keep("small"),
        "mark" => Keep("mark"),
        "abbr" | "acronym" => Keep("abbr"),
        "cite" => Keep("cite"),
        "q" => Keep("q"),
        "dfn" => Keep("dfn"),
        "time" => Keep("time"),
        "ruby" => Keep("ruby"),
        "rt" => Keep("rt"),
        "rp" => Keep("rp"),
        "bdi" => Keep("bdi"),
        "wbr" => Keep("wbr"),
        "details" => Keep("details"),
        "summary" => Keep("summary"),
        "div" | "article" | "section" | "main" | "header" | "footer" | "aside" | "address"
        | "center" | "hgroup" | "fieldset" | "search" | "form" => Keep("div"),
        "script" | "style" | "template" | "iframe" | "object" | "embed" | "applet" | "input"
        | "button" | "select" | "textarea" | "option" | "optgroup" | "datalist" | "svg"
        | "math" | "canvas" | "audio" | "video" | "map" | "area" | "head" | "title" | "meta"
        | "link" | "base" | "frame" | "frameset" | "noembed" | "noframes" | "xmp" | "dialog"
        | "slot" | "portal" | "param" | "source" | "track" | "colgroup" | "col" | "marquee"
        | "progress" | "meter" | "output" | "keygen" | "image" | "nav" => Drop,
        _ => Unwrap,
    }
}

/// Written elements that end a block of the plain text: the flow's blocks, and the table and
/// disclosure parts the writer keeps as blocks.
fn ends_text_block(out_tag: &str) -> bool {
    html::is_block(out_tag) || matches!(out_tag, "caption" | "tr" | "details" | "summary")
}

/// Escapes text content the way browsers serialise it. NULs are dropped and carriage returns
/// become line feeds, as the HTML parser would do when reading the output back.
pub fn escape_text(out: &mut String, s: &str) {
    escape(out, s, false);
}

/// Escapes an attribute value for a double-quoted attribute.
pub fn escape_attr(out: &mut String, s: &str) {
    escape(out, s, true);
}

fn escape(out: &mut String, s: &str, attr: bool) {
    out.reserve(s.len());
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let replacement = match b {
            b'&' => "&amp;",
            b'"' if attr => "&quot;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            // U+00A0 is C2 A0 in UTF-8; A0 is never a lead byte, so this is the whole character.
            0xA0 if i > 0 && bytes[i - 1] == 0xC2 => {
                out.push_str(&s[run..i - 1]);
                out.push_str("&nbsp;");
                run = i + 1;
                continue;
            }
            b'\0' => "",
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => "",
            b'\r' => "\n",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push_str(replacement);
        run = i + 1;
    }
    out.push_str(&s[run..]);
}

fn is_placeholder_src(src: &str) -> bool {
    let s = src.trim().to_ascii_lowercase();
    s.is_empty()
        || (s.starts_with("data:") && s.len() < 200)
        || [
            "placeholder",
            "blank.",
            "spacer",
            "1x1",
            "pixel.",
            "lazy",
            "transparent.",
        ]
        .iter()
        .any(|k| s.contains(k))
}

fn looks_like_image_url(v: &str) -> bool {
    let v = v.trim().to_ascii_lowercase();
    let path = v.split(['?', '#']).next().unwrap_or("");
    !v.contains(' ')
        && [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"]
            .iter()
            .any(|ext| path.ends_with(ext))
}

/// The real `src` and `srcset` of an image, looking through lazy-loading attributes.
fn image_sources(e: &Element) -> (Option<&str>, Option<&str>) {
    let mut src = e.attr("src").filter(|s| !is_placeholder_src(s));
    let mut srcset = e.attr("srcset").filter(|s| !s.trim().is_empty());
    for name in [
        "data-src",
        "data-lazy-src",
        "data-original",
        "data-url",
        "data-hi-res-src",
        "data-full-src",
    ] {
        if src.is_none() {
            src = e.attr(name).filter(|s| !s.trim().is_empty());
        }
    }
    for name in ["data-srcset", "data-lazy-srcset"] {
        if srcset.is_none() {
            srcset = e.attr(name).filter(|s| !s.trim().is_empty());
        }
    }
    if src.is_none() {
        src = e
            .attrs
            .iter()
            .find(|a| a.name.starts_with("data-") && looks_like_image_url(&a.value))
            .map(|a| &*a.value);
    }
    (src, srcset)
}

/// Video hosts whose embeds become a plain link.
fn video_link(base: Option<&str>, src: &str) -> Option<(String, &'static str)> {
    let abs = resolve(base, src, UrlUse::Link)?;
    let host = abs.split("://").nth(1)?.split(['/', '?', '#']).next()?;
    let host = host.trim_start_matches("www.");
    let name = match host {
        "youtube.com" | "youtube-nocookie.com" | "m.youtube.com" => "YouTube",
        "player.vimeo.com" | "vimeo.com" => "Vimeo",
        "dailymotion.com" | "geo.dailymotion.com" => "Dailymotion",
        "player.twitch.tv" => "Twitch",
        _ => return None,
    };
    Some((abs, name))
}

fn valid_lang(v: &str) -> bool {
    !v.is_empty() && v.len() <= 35 && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn digits(v: &str, max: usize) -> Option<&str> {
    let v = v.trim();
    (!v.is_empty() && v.len() <= max && v.chars().all(|c| c.is_ascii_digit())).then_some(v)
}

/// Whether `c` is a currency sign a price opens with (`$`, `€`, `£`, `¥`, `₹` and the rest of
/// Unicode's currency block).
fn is_currency_sign(c: char) -> bool {
    matches!(c, '$' | '£' | '¥' | '¢' | '¤' | '\u{20A0}'..='\u{20CF}')
}

/// The writer's state.
struct Writer<'a> {
    doc: &'a Document,
    base: Option<&'a str>,
    /// Where a line separates one post of a thread from the next.
    posts: &'a Posts,
    keep_images: bool,
    out: Written,
    /// Output elements currently open, innermost last.
    open_tags: Vec<&'static str>,
    /// Length of `out.html` right after the last start tag written.
    after_open: usize,
    /// Length of `out.html` right after a `<pre>` start tag, while nothing follows it yet.
    pre_start: Option<usize>,
    /// Captions before this node id belong to a figure that shows nothing: they are left out
    /// with it (a lazy image that could not be recovered, a script-only player).
    captionless_until: NodeId,
    /// Text nodes before this node id are a written figure caption's (`Written::captions`).
    caption_until: NodeId,
    /// The last `<summary>` written: where its start tag begins, where its content begins, and
    /// where its end tag ends in `out.html` ([`Writer::close_details`]).
    last_summary: Option<(usize, usize, usize)>,
}

/// Where the output stood before a start tag that is taken back when nothing shows inside
/// (`<math>`, `<div>`, `<figure>`): [`Writer::rewind_point`], [`Writer::rewind`].
struct Rewind {
    html: usize,
    text: usize,
    after_open: usize,
    pre_start: Option<usize>,
}

/// Characters that only guide line breaking and are never seen: the soft hyphen (U+00AD, which
/// German and Dutch pages put in long words), the zero-width space (U+200B), the word joiner
/// (U+2060) and the zero-width no-break space (U+FEFF). The article keeps them; the plain text
/// leaves them out, so its words are the words a reader sees ("Bundes\u{ad}regierung" is
/// "Bundesregierung"). Joiners that change how a script is drawn (U+200C, U+200D) stay.
const INVISIBLE: [char; 4] = ['\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}'];

/// `t` without its [`INVISIBLE`] characters (borrowed when it has none).
fn without_invisible(t: &str) -> std::borrow::Cow<'_, str> {
    if t.contains(INVISIBLE) {
        std::borrow::Cow::Owned(t.chars().filter(|c| !INVISIBLE.contains(c)).collect())
    } else {
        std::borrow::Cow::Borrowed(t)
    }
}

/// Where a node is written: its context, the output's nesting depth, and whether it is inside
/// a `<pre>`.
#[derive(Clone, Copy)]
struct Place {
    ctx: Ctx,
    depth: usize,
    pre: bool,
}

/// How an element kept in the output is written.
#[derive(Clone, Copy)]
struct Kept {
    /// The tag written.
    out_tag: &'static str,
    /// The context of its children.
    child_ctx: Ctx,
    /// A row straight in a table: written inside a `<tbody>` of its own.
    wrap_tbody: bool,
}

/// Schedules the children of `node` at `at`.
fn push_children(stack: &mut Vec<Frame>, children: Children<'_>, at: Place) {
    for c in children.iter().rev() {
        stack.push(Frame::Enter(c, at.ctx, at.depth, at.pre));
    }
}

/// Table structure: only the parts the HTML parser keeps in place are written. What `act`
/// becomes in context `ctx`, the context of the element's children, and whether a row needs a
/// `<tbody>` of its own.
fn in_table_context(ctx: Ctx, act: Action) -> (Action, Ctx, bool) {
    match (ctx, act) {
        (_, Action::Drop) => (Action::Drop, ctx, false),
        (Ctx::Flow, Action::Keep("table")) => (Action::Keep("table"), Ctx::Table, false),
        (Ctx::Flow, Action::Keep("tr" | "td" | "th" | "thead" | "tbody" | "tfoot" | "caption")) => {
            (Action::Unwrap, Ctx::Flow, false)
        }
        (Ctx::Flow, a) => (a, Ctx::Flow, false),
        (Ctx::Table, Action::Keep("caption")) => (Action::Keep("caption"), Ctx::Flow, false),
        (Ctx::Table, Action::Keep(t @ ("thead" | "tbody" | "tfoot"))) => {
            (Action::Keep(t), Ctx::Section, false)
        }
        (Ctx::Table, Action::Keep("tr")) => (Action::Keep("tr"), Ctx::Row, true),
        (Ctx::Section, Action::Keep("tr")) => (Action::Keep("tr"), Ctx::Row, false),
        (Ctx::Row, Action::Keep(t @ ("td" | "th"))) => (Action::Keep(t), Ctx::Flow, false),
        // Anything else inside table structure: look through it for rows and cells.
        (c, _) => (Action::Unwrap, c, false),
    }
}

enum Frame {
    Enter(NodeId, Ctx, usize, bool),
    Close(&'static str, bool),
    CloseTbody,
    /// Closes a `<math>`, or takes it back when no text was written inside it.
    CloseMath(Rewind),
    /// Closes a `<div>` or `<figure>`, or takes it back when nothing was written inside it but
    /// white space (a container whose lines all went elsewhere, such as the reader's header; a
    /// figure whose image could not be shown).
    /// (The `usize` is where the start tag ends in the output.)
    CloseIfBlank(&'static str, Rewind, usize),
    /// Closes a `<summary>` whose start tag begins at the first `usize` in the output and ends
    /// at the second, recording where it was written ([`Writer::last_summary`]).
    CloseSummary(usize, usize),
    /// Closes a `<details>` (start tag ending at the `usize`), or, when it holds nothing but its
    /// summary, writes it as a block of the summary's content (see [`Writer::close_details`]).
    CloseDetails(Rewind, usize),
}

impl<'a> Writer<'a> {
    /// Whether `alt`, the alt text of image `img`, says the same as the caption of the figure
    /// holding the image (case and spacing aside).
    fn caption_repeats(&self, img: NodeId, alt: &str) -> bool {
        let alt = crate::text::collapse(alt);
        if alt.is_empty() {
            return false;
        }
        let Some(figure) = self
            .doc
            .ancestors(img)
            .take(3)
            .find(|&a| self.doc.tag(a) == "figure")
        else {
            return false;
        };
        let caption = self
            .doc
            .subtree(figure)
            .find(|&c| self.doc.tag(c) == "figcaption");
        caption.is_some_and(|c| self.doc.text_content(c).to_lowercase() == alt.to_lowercase())
    }

    /// Whether text `t`, about to be written after an element boundary, would glue two words
    /// the page's style sets apart: the text so far ends a word in lower case or with a
    /// sentence mark and `t` starts with a capital, nothing between ("<a>Robert Tibshirani</a>
    /// <span>Professor…", "…and rumination</span><span class=br></span>Meditation…").
    fn words_meet(&self, t: &str) -> bool {
        let last = self.out.text.chars().next_back();
        let ends_word = last.is_some_and(|c| {
            c.is_lowercase() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')')
        });
        let first = t.chars().next();
        // A price set beside a name ("<span>Atelier Sofa</span><span>$4,345.00</span>").
        let price_after_word =
            last.is_some_and(char::is_alphanumeric) && first.is_some_and(is_currency_sign);
        (ends_word && first.is_some_and(char::is_uppercase)) || price_after_word
    }

    /// Records that the plain text from `before` to its end is a caption's, one range with
    /// the caption's text written before it when only white space lies between.
    fn caption_written(&mut self, before: usize) {
        let end = self.out.text.len();
        if end == before {
            return;
        }
        if let Some(last) = self.out.captions.last_mut() {
            let only_spaces_between = self
                .out
                .text
                .get(last.end.min(before)..before)
                .is_some_and(|gap| gap.chars().all(|c| c == ' '));
            if only_spaces_between {
                last.end = end;
                return;
            }
        }
        self.out.captions.push(before..end);
    }

    /// Ends a block in the plain text: what follows starts after a blank line.
    fn end_block(&mut self) {
        if !self.out.text.is_empty() && !self.out.text.ends_with("\n\n") {
            let trimmed = self.out.text.trim_end_matches([' ', '\n']).len();
            self.out.text.truncate(trimmed);
            self.out.text.push_str("\n\n");
        }
    }

    /// A `<br>` in the plain text: a new line; two or more in a row (`<br><br>`, the way some
    /// pages separate paragraphs) one blank line, as between paragraphs. Spaces before the
    /// break are dropped.
    fn line_break(&mut self, pre: bool) {
        if pre {
            self.out.text.push('\n');
            return;
        }
        let trimmed = self.out.text.trim_end_matches(' ').len();
        self.out.text.truncate(trimmed);
        if !self.out.text.ends_with("\n\n") {
            self.out.text.push('\n');
        }
    }

    /// Writes text `t` to the article, and to the plain text when `plain`.
    fn push_text(&mut self, t: &str, pre: bool, plain: bool) {
        if t.is_empty() {
            return;
        }
        let t = if self.pre_start == Some(self.out.html.len()) {
            // The HTML parser drops a newline right after <pre> and serialisers do not add one
            // back, so `<pre>` content starting with a newline can never re-parse to itself:
            // leading newlines are not written.
            t.trim_start_matches(['\n', '\r'])
        } else {
            t
        };
        if t.is_empty() {
            return;
        }
        escape_text(&mut self.out.html, t);
        if !plain {
            return;
        }
        let t = without_invisible(t);
        if pre {
            self.out.text.push_str(&t);
        } else {
            let at_line_start = self.out.text.is_empty() || self.out.text.ends_with(['\n', '\t']);
            let before = self.out.text.len();
            crate::text::push_collapsed(&mut self.out.text, &t);
            if at_line_start && self.out.text[before..].starts_with(' ') {
                self.out.text.remove(before);
            }
        }
    }

    /// Whether a browser parsing the output would not nest `tag` inside the elements open now
    /// (it would close one of them first, or run the adoption agency), which would make the
    /// output re-parse differently. Such elements are unwrapped instead.
    fn blocked(&self, tag: &str) -> bool {
        let open = &self.open_tags;
        let in_scope = |name: &str| {
            open.iter()
                .rev()
                .take_while(|t| !html::is_scope_boundary(t))
                .any(|t| *t == name)
        };
        if html::closes_p(tag) && in_scope("p") {
            return true;
        }
        match tag {
            "a" => in_scope("a"),
            t if html::is_heading(t) => open.iter().any(|t| html::is_heading(t)),
            "li" | "dd" | "dt" => {
                let same = |t: &str| {
                    if tag == "li" {
                        t == "li"
                    } else {
                        matches!(t, "dd" | "dt")
                    }
                };
                for t in open.iter().rev() {
                    if same(t) {
                        return true;
                    }
                    if html::ends_list_item_search(t) {
                        return false;
                    }
                }
                false
            }
            "rt" | "rp" => open.last() != Some(&"ruby"),
            _ => false,
        }
    }

    /// Closes the innermost open output element.
    fn close(&mut self, tag: &str) {
        self.out.html.push_str("</");
        self.out.html.push_str(tag);
        self.out.html.push('>');
        self.open_tags.pop();
        self.pre_start = None;
    }

    /// Writes the start tag of `tag` for element `id` with the attributes it keeps; `false`
    /// (nothing written) when it cannot be written: a link without a safe target, an image
    /// without a source.
    fn open(&mut self, tag: &'static str, id: NodeId, e: &Element) -> bool {
        let Some(mut attrs) = self.own_attributes(tag, id, e) else {
            return false;
        };
        if let Some(l) = e.attr("lang").filter(|l| valid_lang(l)) {
            attrs.push(("lang", l.to_string()));
        }
        match e.attr("dir").map(str::to_ascii_lowercase).as_deref() {
            Some(d @ ("ltr" | "rtl" | "auto")) => attrs.push(("dir", d.to_string())),
            _ if takes_auto_dir(tag) => attrs.push(("dir", "auto".into())),
            _ => {}
        }
        self.start_tag(tag, attrs);
        true
    }

    /// Writes `<tag attrs…>` and records it as open.
    fn start_tag(&mut self, tag: &'static str, attrs: Vec<(&str, String)>) {
        let out = &mut self.out.html;
        out.push('<');
        out.push_str(tag);
        for (name, value) in attrs {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            escape_attr(out, &value);
            out.push('"');
        }
        out.push('>');
        self.after_open = out.len();
        self.pre_start = (tag == "pre").then_some(out.len());
        if !html::is_void(tag) {
            self.open_tags.push(tag);
        }
    }

    /// The attributes written `tag` keeps of `e` (before `lang` and `dir`), or `None` when it
    /// cannot be written.
    fn own_attributes(
        &mut self,
        tag: &'static str,
        id: NodeId,
        e: &Element,
    ) -> Option<Vec<(&'static str, String)>> {
        let mut attrs: Vec<(&'static str, String)> = Vec::new();
        let mut keep = |name: &'static str, value: Option<&str>| {
            if let Some(v) = value {
                attrs.push((name, v.to_string()));
            }
        };
        match tag {
            "a" => {
                let href = e
                    .attr("href")
                    .and_then(|h| resolve(self.base, h, UrlUse::Link))?;
                attrs.push(("href", href));
                if let Some(t) = e.attr("title") {
                    attrs.push(("title", t.to_string()));
                }
                attrs.push(("rel", "noopener noreferrer".into()));
            }
            "img" => return self.image_attributes(id, e),
            "td" | "th" => {
                for name in ["colspan", "rowspan"] {
                    keep(name, e.attr(name).and_then(|v| digits(v, 3)));
                }
            }
            "ol" => {
                keep("start", e.attr("start").and_then(|v| digits(v, 6)));
                keep("reversed", e.attr("reversed").map(|_| ""));
                keep(
                    "type",
                    e.attr("type")
                        .filter(|t| ["1", "a", "A", "i", "I"].contains(t)),
                );
            }
            "time" => keep("datetime", e.attr("datetime")),
            // A disclosure the page shows open stays open.
            "details" => keep("open", e.attr("open").map(|_| "")),
            "math" => keep(
                "display",
                e.attr("display")
                    .filter(|d| matches!(*d, "block" | "inline")),
            ),
            _ if math_element(tag).is_some() => {
                for name in MATH_ATTRIBUTES {
                    keep(name, e.attr(name).and_then(math_value));
                }
            }
            "abbr" | "dfn" => keep("title", e.attr("title")),
            "blockquote" | "q" | "del" | "ins" => {
                if let Some(v) = e
                    .attr("cite")
                    .and_then(|c| resolve(self.base, c, UrlUse::Link))
                {
                    attrs.push(("cite", v));
                }
            }
            _ => {}
        }
        Some(attrs)
    }

    /// An image's attributes: its real source (through lazy-loading attributes and its
    /// `<picture>`), resolved; `srcset`, `sizes`, an alt text that does not repeat the caption,
    /// numeric `width`/`height`, `loading="lazy"`. Also records the article's first image.
    /// `None` when images are not kept or none of its sources is usable.
    fn image_attributes(&mut self, id: NodeId, e: &Element) -> Option<Vec<(&'static str, String)>> {
        if !self.keep_images {
            return None;
        }
        let mut attrs: Vec<(&'static str, String)> = Vec::new();
        let (src, srcset) = match image_sources(e) {
            (None, None) => (None, self.picture_srcset(id)),
            found => found,
        };
        let src = src.and_then(|s| resolve(self.base, s, UrlUse::Media));
        let srcset = srcset.and_then(|s| resolve_srcset(self.base, s));
        let src = src.or_else(|| {
            srcset
                .as_deref()
                .and_then(|s| s.split([' ', ',']).next().map(str::to_string))
        })?;
        if self.out.first_image.is_none()
            && !crate::pixel::is_tracking_pixel(&src, e.attr("width"), e.attr("height"))
        {
            self.out.first_image = Some(src.clone());
        }
        attrs.push(("src", src));
        if let Some(s) = srcset {
            attrs.push(("srcset", s));
        }
        if let Some(s) = e.attr("sizes") {
            attrs.push(("sizes", s.to_string()));
        }
        let alt = e.attr("alt").unwrap_or("");
        // An alt text that only repeats the figure's caption would be read twice.
        let alt = if self.caption_repeats(id, alt) {
            ""
        } else {
            alt
        };
        attrs.push(("alt", alt.to_string()));
        for name in ["width", "height"] {
            if let Some(v) = e.attr(name).and_then(|v| digits(v, 5)) {
                attrs.push((name, v.to_string()));
            }
        }
        attrs.push(("loading", "lazy".into()));
        Some(attrs)
    }

    /// Whether link `id` is a permalink ([`Document::is_permalink`]) or, inside a heading, a
    /// link to a fragment whose text is any symbol of one or two characters or nothing. What
    /// it marks stays; the sign would only clutter its text.
    fn is_permalink(&self, id: NodeId, e: &Element) -> bool {
        let doc = self.doc;
        if !e.links_within_page() {
            return false;
        }
        if doc.is_permalink(id) {
            return true;
        }
        let end = doc.subtree(id).end;
        if end - id > 8 {
            return false;
        }
        let text = SubtreeText::new(doc, Skip::Nothing).raw(id);
        let text = text.trim();
        doc.ancestors(id)
            .take(4)
            .any(|a| html::is_heading(doc.tag(a)))
            && text.chars().count() <= 2
            && !text.chars().any(char::is_alphanumeric)
    }

    /// The `srcset` (or lazy `data-srcset`) of a `<source>` in the `<picture>` holding image
    /// `img`, for an image whose own sources are all placeholders.
    fn picture_srcset(&self, img: NodeId) -> Option<&'a str> {
        let doc = self.doc;
        let picture = doc.nodes.get(img)?.parent();
        if doc.tag(picture) != "picture" {
            return None;
        }
        doc.children(picture).iter().find_map(|c| {
            let e = doc.element(c).filter(|e| e.tag == "source")?;
            ["srcset", "data-srcset", "data-lazy-srcset"]
                .iter()
                .find_map(|n| e.attr(n).filter(|v| !v.trim().is_empty()))
        })
    }

    /// Whether figure `id` shows anything besides its caption once written: an image with a
    /// real source (its own, a `<picture>` source or a `<noscript>` copy), a table, a quote, a
    /// formula, a code block or a link to an embedded video. Large figures are assumed to.
    fn figure_shows_something(&self, id: NodeId, drop: &[bool]) -> bool {
        let doc = self.doc;
        let end = doc.subtree(id).end;
        if end - id > 2000 {
            return true;
        }
        let mut i = id + 1;
        while i < end {
            if drop.get(i).copied().unwrap_or(false) || doc.tag(i) == "figcaption" {
                i = doc.subtree(i).end;
                continue;
            }
            if let Some(e) = doc.element(i) {
                let shows = match e.tag.as_str() {
                    "img" => {
                        self.keep_images
                            && (image_sources(e) != (None, None)
                                || self.picture_srcset(i).is_some())
                    }
                    "noscript" => {
                        self.keep_images
                            && doc
                                .children(i)
                                .iter()
                                .any(|c| doc.text(c).is_some_and(|t| t.contains("<img")))
                    }
                    "iframe" => e
                        .attr("src")
                        .and_then(|src| video_link(self.base, src))
                        .is_some(),
                    "table" | "blockquote" | "pre" | "math" | "p" => true,
                    _ => false,
                };
                if shows {
                    return true;
                }
            } else if doc.text(i).is_some_and(|t| {
                !t.trim().is_empty() && !html::is_never_prose(doc.tag(doc.nodes[i].parent()))
            }) {
                // Text outside the caption (a quote or a poem set as a figure).
                return true;
            }
            i += 1;
        }
        false
    }

    fn noscript_images(&mut self, id: NodeId) {
        // lol_html hands noscript bodies over as raw text; parse them as a fragment.
        let raw = self.doc.own_text(id);
        if !raw.contains("<img") {
            return;
        }
        let Ok(fragment) = crate::parse::parse(&raw, &crate::Options::default()) else {
            return;
        };
        for node in &fragment.nodes {
            if let NodeData::Element(e) = &node.data {
                if e.tag == "img" && self.open("img", id, e) {
                    // void: nothing to close
                }
            }
        }
    }

    /// Writes a plain link to an embedded video, as a paragraph when one may open here.
    fn video_link(&mut self, href: &str, name: &str) {
        let label = format!("▶ {name} video");
        let as_paragraph = !self.blocked("p");
        let as_link = !self.blocked("a");
        if as_paragraph {
            self.end_block();
            // The same attributes a written <p> gets, so sanitising again changes nothing.
            self.out.html.push_str("<p dir=\"auto\">");
        }
        if as_link {
            let html = &mut self.out.html;
            html.push_str("<a href=\"");
            escape_attr(html, href);
            html.push_str("\" rel=\"noopener noreferrer\">");
        }
        self.pre_start = None;
        self.push_text(&label, false, true);
        if as_link {
            self.out.html.push_str("</a>");
        }
        if as_paragraph {
            self.out.html.push_str("</p>");
            self.end_block();
        }
    }

    /// Whether list `id` only holds images: every child element is an `li`, some item has an
    /// `img`, and no item has text outside `figure` captions.
    fn media_only_list(&self, id: NodeId, drop: &[bool]) -> bool {
        let doc = self.doc;
        let mut has_image = false;
        for li in doc.children(id) {
            match &doc.nodes[li].data {
                NodeData::Text(t) if doc.span_text(*t).trim().is_empty() => continue,
                NodeData::Element(e) if e.tag == "li" => {}
                _ => return false,
            }
            if drop.get(li).copied().unwrap_or(false) {
                continue;
            }
            let mut skip = 0;
            for i in doc.subtree(li) {
                if i < skip {
                    continue;
                }
                match &doc.nodes[i].data {
                    NodeData::Element(e) if e.tag == "figure" => {
                        has_image |= doc.subtree(i).any(|j| doc.tag(j) == "img");
                        skip = doc.subtree(i).end;
                    }
                    NodeData::Element(e) if e.tag == "img" => has_image = true,
                    NodeData::Element(e) if matches!(e.tag.as_str(), "ul" | "ol") && i != li => {
                        return false;
                    }
                    NodeData::Text(t)
                        if !doc.span_text(*t).trim().is_empty()
                            && !drop.get(i).copied().unwrap_or(false)
                            && !doc
                                .ancestors(i)
                                .take_while(|&a| a != li)
                                .any(|a| drop.get(a).copied().unwrap_or(false)) =>
                    {
                        return false;
                    }
                    _ => {}
                }
            }
        }
        has_image
    }

    fn write(&mut self, roots: &[NodeId], drop: &[bool]) {
        let mut stack: Vec<Frame> = roots
            .iter()
            .rev()
            .map(|&r| Frame::Enter(r, Ctx::Flow, 0, false))
            .collect();
        while let Some(frame) = stack.pop() {
            match frame {
                Frame::Enter(id, ctx, depth, pre) => {
                    self.enter(id, Place { ctx, depth, pre }, drop, &mut stack);
                }
                Frame::Close(tag, block) => {
                    if block {
                        self.end_block();
                    }
                    self.close(tag);
                }
                Frame::CloseTbody => self.close("tbody"),
                Frame::CloseMath(start) => self.close_math(start),
                Frame::CloseIfBlank(tag, start, inner) => self.close_if_blank(tag, start, inner),
                Frame::CloseSummary(open, inner) => {
                    self.end_block();
                    self.close("summary");
                    self.last_summary = Some((open, inner, self.out.html.len()));
                }
                Frame::CloseDetails(start, inner) => self.close_details(start, inner),
            }
        }
        self.end_block();
        let trimmed = self.out.text.trim_end().len();
        self.out.text.truncate(trimmed);
    }

    /// Closes a `<math>`; when no text was written inside it (text straight in `<math>`, or only
    /// dropped markup or empty token elements), the formula is left out, tags and all.
    fn close_math(&mut self, start: Rewind) {
        if self.out.text.len() == start.text {
            self.rewind(start);
        } else {
            self.close("math");
        }
    }

    /// Closes `tag`, whose start tag ends at `inner` in the output, or takes it back, start tag
    /// and all, when only white space was written inside it.
    fn close_if_blank(&mut self, tag: &'static str, start: Rewind, inner: usize) {
        let blank = |s: &str, from: usize| s.get(from..).is_some_and(|t| t.trim().is_empty());
        if blank(&self.out.text, start.text) && blank(&self.out.html, inner) {
            self.rewind(start);
        } else {
            self.end_block();
            self.close(tag);
        }
    }

    /// Closes a `<details>` whose start tag ends at `inner`. A disclosure that opens onto
    /// nothing (what it held was left out as clutter, or it held nothing) is no disclosure: when
    /// all it wrote is its summary, the summary's content is written as a `<div>` instead (and
    /// nothing, when that is blank). The plain text is the same either way.
    fn close_details(&mut self, start: Rewind, inner: usize) {
        self.end_block();
        let html = &self.out.html;
        let first = html.len() - html[inner..].trim_start().len();
        let summary_only = self
            .last_summary
            .filter(|&(open, _, end)| open == first && html[end..].trim().is_empty());
        let Some((_, content_at, end)) = summary_only else {
            self.close("details");
            return;
        };
        let content = html[content_at..end - "</summary>".len()].to_string();
        if content.trim().is_empty() && self.out.text.len() == start.text {
            self.rewind(start);
            return;
        }
        self.out.html.truncate(start.html);
        self.out.html.push_str("<div>");
        self.out.html.push_str(&content);
        self.out.html.push_str("</div>");
        self.open_tags.pop();
        self.pre_start = None;
    }

    /// Where the output stands now, to take back what follows with [`Writer::rewind`].
    fn rewind_point(&self) -> Rewind {
        Rewind {
            html: self.out.html.len(),
            text: self.out.text.len(),
            after_open: self.after_open,
            pre_start: self.pre_start,
        }
    }

    /// Takes back everything written since `to`, the start tag of the innermost open element
    /// included.
    fn rewind(&mut self, to: Rewind) {
        self.out.html.truncate(to.html);
        self.out.text.truncate(to.text);
        self.out.captions.retain(|r| r.start < to.text);
        if let Some(last) = self.out.captions.last_mut() {
            last.end = last.end.min(to.text);
        }
        self.after_open = to.after_open;
        self.pre_start = to.pre_start;
        self.open_tags.pop();
    }

    /// Writes node `id` (or schedules its children and end tag on `stack`).
    fn enter(&mut self, id: NodeId, at: Place, drop: &[bool], stack: &mut Vec<Frame>) {
        if drop.get(id).copied().unwrap_or(false) {
            // A block left out between lines of loose text ("…text<div class=ad></div>text…")
            // still ends the line before it, as it does on the page.
            if at.ctx == Ctx::Flow
                && !at.pre
                && html::is_block(self.doc.tag(id))
                && self.inline_follows(id, drop)
            {
                self.break_after_inline();
            }
            return;
        }
        let Some(node) = self.doc.nodes.get(id) else {
            return;
        };
        match &node.data {
            NodeData::Text(t) => {
                let t = self.doc.span_text(*t);
                if matches!(at.ctx, Ctx::Flow | Ctx::MathToken) {
                    // A ruby's reading (`<rt>`) and its fallback parentheses (`<rp>`) are shown
                    // over the text in the article; the plain text is the text they annotate.
                    let annotation = matches!(self.doc.tag(self.doc.parent(id)), "rt" | "rp");
                    if at.ctx == Ctx::Flow && !at.pre && !annotation && self.words_meet(t) {
                        self.push_text(" ", false, true);
                    }
                    let before = self.out.text.len();
                    self.push_text(t, at.pre, !annotation);
                    if id < self.caption_until {
                        self.caption_written(before);
                    }
                }
            }
            NodeData::Document => push_children(stack, self.doc.children(id), at),
            NodeData::Element(e) => {
                if (at.ctx == Ctx::Flow && e.tag == "math")
                    || matches!(at.ctx, Ctx::Math | Ctx::MathToken)
                {
                    self.enter_math(id, e, at, stack);
                } else {
                    self.enter_element(id, e, at, drop, stack);
                }
            }
        }
    }

    /// A `<math>` element or an element inside one: MathML presentation elements are kept,
    /// token elements keep only their text, everything else is dropped.
    fn enter_math(&mut self, id: NodeId, e: &Element, at: Place, stack: &mut Vec<Frame>) {
        let tag = e.tag.as_str();
        let kept = match (at.ctx, tag) {
            (Ctx::Flow, _) => Some(("math", Ctx::Math)),
            (Ctx::Math, _) => math_element(tag),
            // Elements inside a token element: only their text is kept.
            _ => None,
        };
        let (out_tag, child_ctx) = match kept {
            Some((out_tag, child_ctx)) if at.depth < MAX_DEPTH => {
                let start = self.rewind_point();
                self.open(out_tag, id, e);
                stack.push(if out_tag == "math" {
                    Frame::CloseMath(start)
                } else {
                    Frame::Close(out_tag, false)
                });
                (out_tag, child_ctx)
            }
            _ if at.ctx == Ctx::MathToken => ("", at.ctx),
            _ => return,
        };
        for c in self.doc.children(id).iter().rev() {
            // Only the presentation form of `<semantics>` is shown.
            if out_tag == "semantics" && matches!(self.doc.tag(c), "annotation" | "annotation-xml")
            {
                continue;
            }
            stack.push(Frame::Enter(c, child_ctx, at.depth + 1, at.pre));
        }
    }

    /// An HTML element: the writer's special cases (captions of empty figures, heading
    /// permalinks, `<noscript>` images, video embeds, picture lists), then its [`action`] in its
    /// table context.
    fn enter_element(
        &mut self,
        id: NodeId,
        e: &Element,
        at: Place,
        drop: &[bool],
        stack: &mut Vec<Frame>,
    ) {
        let tag = e.tag.as_str();
        if (tag == "figcaption" && id < self.captionless_until)
            || (tag == "a" && self.is_permalink(id, e))
            || e.is_for_screen_readers_only()
        {
            return;
        }
        // A caption outside any `<figure>`, whose parent stands in for one (a carousel's `<li>`),
        // goes with an image that shows nothing, as a `<figure>`'s does.
        if tag == "figcaption" {
            let parent = self.doc.parent(id);
            if parent != 0
                && !self.doc.ancestors(id).any(|a| self.doc.tag(a) == "figure")
                && !self.figure_shows_something(parent, drop)
            {
                return;
            }
        }
        if tag == "figcaption" {
            self.caption_until = self.caption_until.max(self.doc.subtree(id).end);
        }
        if tag == "figure" && !self.figure_shows_something(id, drop) {
            self.captionless_until = self.captionless_until.max(self.doc.subtree(id).end);
        }
        if tag == "noscript" {
            if at.ctx == Ctx::Flow {
                self.noscript_images(id);
            }
            return;
        }
        if tag == "iframe" {
            if let Some((href, name)) = e.attr("src").and_then(|src| video_link(self.base, src)) {
                if at.ctx == Ctx::Flow {
                    self.video_link(&href, name);
                }
            }
            return;
        }
        // A list used only to lay out a picture (a figure in an `li`, no text of its own) is
        // not a list to a reader: write its items' content without bullets.
        if at.ctx == Ctx::Flow && matches!(tag, "ul" | "ol") && self.media_only_list(id, drop) {
            for li in self.doc.children(id).iter().rev() {
                if drop.get(li).copied().unwrap_or(false) {
                    continue;
                }
                push_children(stack, self.doc.children(li), at);
            }
            return;
        }
        if at.ctx == Ctx::Flow && !at.pre && self.posts.ruled_before(id) {
            self.rule();
        }
        let (act, child_ctx, wrap_tbody) = in_table_context(at.ctx, action(tag));
        match act {
            Action::Drop => {}
            Action::Unwrap => push_children(
                stack,
                self.doc.children(id),
                Place {
                    ctx: child_ctx,
                    ..at
                },
            ),
            Action::Keep(out_tag) => {
                let kept = Kept {
                    out_tag,
                    child_ctx,
                    wrap_tbody,
                };
                self.write_kept(id, e, at, kept, stack);
            }
        }
    }

    /// Writes element `id` as `kept.out_tag`, unless a browser would not nest it here or the
    /// output is too deep (then its content is written without it).
    fn write_kept(
        &mut self,
        id: NodeId,
        e: &Element,
        at: Place,
        kept: Kept,
        stack: &mut Vec<Frame>,
    ) {
        let Kept {
            out_tag,
            child_ctx,
            wrap_tbody,
        } = kept;
        // Elements a browser would not nest here are unwrapped (their content is kept), so that
        // parsing the output gives back the same tree.
        let blocked = at.ctx == Ctx::Flow && self.blocked(out_tag);
        if blocked || (at.depth >= MAX_DEPTH && !html::is_void(out_tag)) {
            if blocked && html::closes_p(out_tag) {
                self.separate();
            }
            if !html::is_void(out_tag) {
                let child_ctx = if out_tag == "table" {
                    Ctx::Flow
                } else {
                    child_ctx
                };
                push_children(
                    stack,
                    self.doc.children(id),
                    Place {
                        ctx: child_ctx,
                        ..at
                    },
                );
            }
            return;
        }
        let block = ends_text_block(out_tag);
        if block {
            self.end_block();
        }
        if wrap_tbody {
            self.out.html.push_str("<tbody>");
            self.open_tags.push("tbody");
        }
        if matches!(out_tag, "td" | "th")
            && !self.out.text.is_empty()
            && !self.out.text.ends_with(['\n', '\t'])
        {
            // Cells of a row stay apart in the plain text.
            let trimmed = self.out.text.trim_end_matches(' ').len();
            self.out.text.truncate(trimmed);
            self.out.text.push('\t');
        }
        let before = self.rewind_point();
        let opened = self.open(out_tag, id, e);
        if html::is_void(out_tag) {
            if out_tag == "br" {
                self.line_break(at.pre);
            }
            if wrap_tbody {
                self.close("tbody");
            }
            return;
        }
        if !opened {
            // A link without a safe target keeps its text.
            if wrap_tbody {
                self.close("tbody");
            }
            push_children(
                stack,
                self.doc.children(id),
                Place {
                    ctx: child_ctx,
                    ..at
                },
            );
            return;
        }
        if wrap_tbody {
            stack.push(Frame::CloseTbody);
        }
        stack.push(if matches!(out_tag, "div" | "figure") {
            Frame::CloseIfBlank(out_tag, before, self.out.html.len())
        } else if out_tag == "details" {
            Frame::CloseDetails(before, self.out.html.len())
        } else if out_tag == "summary" {
            Frame::CloseSummary(before.html, self.out.html.len())
        } else {
            Frame::Close(out_tag, block)
        });
        push_children(
            stack,
            self.doc.children(id),
            Place {
                ctx: child_ctx,
                depth: at.depth + 1,
                pre: at.pre || out_tag == "pre",
            },
        );
    }

    /// Rules a line (`<hr>`) between two posts, where a browser would keep it in place.
    fn rule(&mut self) {
        if self.blocked("hr") {
            return;
        }
        self.end_block();
        self.start_tag("hr", Vec::new());
    }

    /// Whether the first of `id`'s next siblings that shows anything (not dropped, not blank
    /// text) is inline: text or an element that is not a block.
    fn inline_follows(&self, id: NodeId, drop: &[bool]) -> bool {
        let doc = self.doc;
        let parent = doc.parent(id);
        let mut at = doc.subtree(id).end;
        while at < doc.nodes.len() && doc.parent(at) == parent {
            let next = doc.subtree(at).end;
            if !drop.get(at).copied().unwrap_or(false) {
                match &doc.nodes[at].data {
                    NodeData::Text(t) if doc.span_text(*t).trim().is_empty() => {}
                    NodeData::Text(_) => return true,
                    NodeData::Element(e) => return !html::is_block(&e.tag),
                    NodeData::Document => return false,
                }
            }
            at = next;
        }
        false
    }

    /// A line break when what was written last since the last start tag is inline (text, a
    /// link, an image), not a block's end or a break.
    fn break_after_inline(&mut self) {
        let written = self
            .out
            .html
            .get(self.after_open..)
            .unwrap_or("")
            .trim_end();
        if written.is_empty() || written.ends_with("<br>") {
            return;
        }
        if written.ends_with('>') {
            let last_tag = written.rfind('<').map_or("", |at| &written[at..]);
            let name = last_tag
                .trim_start_matches("</")
                .trim_end_matches('>')
                .split(' ')
                .next()
                .unwrap_or("");
            if last_tag.starts_with("</") && html::is_block(name) {
                return;
            }
        }
        self.out.html.push_str("<br>");
        self.line_break(false);
    }

    /// Keeps the text of a block that had to be unwrapped inside a paragraph apart from what
    /// precedes it.
    fn separate(&mut self) {
        if self.out.html.len() != self.after_open && !self.out.html.ends_with("<br>") {
            self.out.html.push_str("<br>");
            self.out.text.push('\n');
        }
        self.end_block();
    }
}

/// Writes `roots` (skipping subtrees marked in `drop`) as sanitised HTML and text, with a line
/// before each post `posts` rules.
pub fn write(
    doc: &Document,
    roots: &[NodeId],
    drop: &[bool],
    posts: &Posts,
    base: Option<&str>,
    keep_images: bool,
) -> Written {
    let mut w = Writer {
        doc,
        base,
        posts,
        keep_images,
        out: Written::default(),
        open_tags: Vec::new(),
        after_open: 0,
        pre_start: None,
        captionless_until: 0,
        last_summary: None,
        caption_until: 0,
    };
    w.write(roots, drop);
    w.out
}

/// Sanitises an HTML fragment on its own: parse, then write everything. Used to check that the
/// writer is idempotent, and by callers that hold HTML from elsewhere.
pub fn sanitize_fragment(html: &str, base: Option<&str>) -> Result<String, crate::Error> {
    let doc = crate::parse::parse(html, &crate::Options::default())?;
    let drop = vec![false; doc.nodes.len()];
    Ok(write(&doc, &[crate::dom::ROOT], &drop, &Posts::none(), base, true).html)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(html: &str) -> String {
        sanitize_fragment(html, Some("http://fakehost/test/page.html")).unwrap_or_default()
    }

    fn plain_text(html: &str) -> String {
        written(html).text
    }

    /// Everything the writer makes of `html`, the whole tree written.
    fn written(html: &str) -> Written {
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        write(
            &doc,
            &[crate::dom::ROOT],
            &vec![false; doc.nodes.len()],
            &Posts::none(),
            None,
            true,
        )
    }

    /// A figure's caption is in the text the reader shows (`text`, which the word count reads)
    /// but not in the running text: the body reads on without it, the HTML keeps it.
    #[test]
    fn running_text_leaves_out_figure_captions() {
        let w = written(
            "<p>The new bridge opened to traffic on Monday.</p><figure><img src=/a.jpg>\
             <figcaption>The bridge at <b>dawn</b>.<br>Photo: J. Doe</figcaption></figure>\
             <p>Traffic was light all morning.</p>",
        );
        assert_eq!(
            w.text,
            "The new bridge opened to traffic on Monday.\n\nThe bridge at dawn.\nPhoto: J. Doe\n\n\
             Traffic was light all morning."
        );
        assert_eq!(
            w.running_text(),
            "The new bridge opened to traffic on Monday.\n\nTraffic was light all morning."
        );
        assert!(
            w.html
                .contains(">The bridge at <b>dawn</b>.<br>Photo: J. Doe</figcaption>"),
            "{}",
            w.html
        );
        // A caption first and one last.
        let w = written(
            "<figure><img src=/a.jpg><figcaption>Lead photo</figcaption></figure><p>The body \
             text of the story, long enough.</p><figure><img src=/b.jpg><figcaption>End photo</figcaption></figure>",
        );
        assert_eq!(w.running_text(), "The body text of the story, long enough.");
        // A text with no caption is itself; a figure without a picture has no caption written.
        let w = written("<p>One.</p><p>Two.</p>");
        assert_eq!(w.running_text(), w.text);
        let w = written("<p>One.</p><figure><figcaption>Lost</figcaption></figure><p>Two.</p>");
        assert_eq!(
            (w.text.as_str(), w.running_text().as_str()),
            ("One.\n\nTwo.", "One.\n\nTwo.")
        );
        // A gallery: the captions say most of what there is to read, so they are the text.
        let w = written(
            "<h1>In pictures</h1><figure><img src=/a.jpg><figcaption>Boats thrown onto the \
             quay</figcaption></figure><figure><img src=/b.jpg><figcaption>Volunteers clear \
             the road at dawn</figcaption></figure>",
        );
        assert_eq!(w.running_text(), w.text);
    }

    /// Two elements' texts meeting without a space, a word ending in lower case or a sentence
    /// mark before a capital, are two words the page's style sets apart; nothing else changes.
    #[test]
    fn words_of_adjacent_elements_stay_apart() {
        assert_eq!(
            plain_text(
                "<p><a href=/r>Robert Tibshirani</a><span>Professor of Statistics</span></p>"
            ),
            "Robert Tibshirani Professor of Statistics"
        );
        assert_eq!(
            plain_text("<p>and rumination<span class=br></span>Meditation quiets it.</p>"),
            "and rumination Meditation quiets it."
        );
        assert_eq!(
            plain_text(
                "<p><span>Atelier Sofa</span><span>$4,345.00</span> or <b>12</b><i>€</i></p>"
            ),
            "Atelier Sofa $4,345.00 or 12 €"
        );
        let html = s("<p><span>Danner</span><span>Mountain 600</span></p>");
        assert!(html.contains(">Danner Mountain 600<"), "{html}");
        for (html, text) in [
            ("<p>JavaScript and iPhone</p>", "JavaScript and iPhone"),
            ("<p>H<sub>2</sub>O and CO<sub>2</sub></p>", "H2O and CO2"),
            ("<p><b>Bold</b> Next</p>", "Bold Next"),
            ("<p>the 20<sup>th</sup> century</p>", "the 20th century"),
            ("<pre>fooBar\n<b>x</b>Y</pre>", "fooBar\nxY"),
            ("<p>東京<b>では</b>雨</p>", "東京では雨"),
        ] {
            assert_eq!(plain_text(html), text, "{html}");
        }
    }

    /// The plain text holds the words a reader sees: a ruby's base text without its reading,
    /// words without the soft hyphens and zero-width spaces inside them; the article keeps
    /// both, and the joiners scripts are drawn with.
    #[test]
    fn plain_text_without_readings_and_invisible_characters() {
        let html = "<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>では雨</p>\
            <p>Die Bundes&shy;regierung, ein\u{200b}mal, zwei&#8288;mal, \u{feff}drei; \
            می\u{200c}خواهم</p>";
        assert_eq!(
            plain_text(html),
            "東京では雨\n\nDie Bundesregierung, einmal, zweimal, drei; می\u{200c}خواهم"
        );
        let article = s(html);
        assert!(article.contains("<rt>とうきょう</rt>"), "{article}");
        assert!(article.contains("Bundes\u{ad}regierung"), "{article}");
    }

    #[test]
    fn mathml_keeps_presentation_markup_and_text_only() {
        assert_eq!(
            s("<p>So <math display=block onclick=x() href=javascript:x><mrow><msup><mi mathvariant=bold>x</mi><mn>2</mn></msup>\
               <mo stretchy=\"x(y)\">+</mo><mtext><b>y</b><img src=x onerror=alert(1)><style>*{}</style></mtext></mrow>\
               <annotation-xml encoding=text/html><script>alert(1)</script></annotation-xml></math> holds.</p>"),
            "<p dir=\"auto\">So <math display=\"block\"><mrow><msup><mi mathvariant=\"bold\">x</mi><mn>2</mn></msup><mo>+</mo><mtext>y</mtext></mrow></math> holds.</p>"
        );
        // Semantics shows its presentation child only; a formula with no text to show is left
        // out, whatever empty markup it held.
        assert_eq!(
            s("<math><semantics><mi>a</mi><annotation>a</annotation></semantics></math><math>text<svg></svg></math>\
               <math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
            "<math><semantics><mi>a</mi></semantics></math>"
        );
    }

    #[test]
    fn text_for_screen_readers_only_is_left_out() {
        assert_eq!(
            s("<h2 class=\"sr-only\">Article body</h2><p>Read the <a href=/r>report<span class=\"screen-reader-text\"> (opens in a new window)</span></a> first.</p>\
               <p class=\"Visually-Hidden\">Posted on</p><p class=\"sr-only-focusable\">Shown on focus</p>"),
            "<p dir=\"auto\">Read the <a href=\"http://fakehost/r\" rel=\"noopener noreferrer\">report</a> first.</p>\
             <p dir=\"auto\">Shown on focus</p>"
        );
    }

    #[test]
    fn disclosures_keep_their_state_and_need_something_to_disclose() {
        // Open as the page shows it, or closed.
        assert_eq!(
            s("<details open><summary>Q</summary><p>A</p></details><details><summary>R</summary><p>B</p></details>"),
            "<details open=\"\"><summary>Q</summary><p dir=\"auto\">A</p></details>\
             <details><summary>R</summary><p dir=\"auto\">B</p></details>"
        );
        // What it held was left out (a script, a form): the summary's content is a block.
        assert_eq!(
            s("<details><summary><h3>impl Debug</h3></summary><form><input></form></details>"),
            "<div><h3 dir=\"auto\">impl Debug</h3></div>"
        );
        assert_eq!(
            s("<details><summary>Only a label</summary> </details><p>x</p>"),
            "<div>Only a label</div><p dir=\"auto\">x</p>"
        );
        // Nothing at all: nothing written.
        assert_eq!(s("<details><summary> </summary></details>x"), "x");
        // A nested disclosure inside the content still counts as content.
        assert_eq!(
            s("<details><summary>A</summary><details><summary>B</summary><p>c</p></details></details>"),
            "<details><summary>A</summary><details><summary>B</summary><p dir=\"auto\">c</p></details></details>"
        );
    }

    #[test]
    fn containers_with_nothing_to_show_are_left_out() {
        // Only white space, dropped markup or other empty containers inside: no tags written.
        assert_eq!(
            s("<p>Before.</p><div> <div>\n</div><script>x()</script><input></div>\
               <figure><div></div><iframe src=x></iframe></figure><section><form> </form></section><p>After.</p>"),
            "<p dir=\"auto\">Before.</p><p dir=\"auto\">After.</p>"
        );
        // Taking one back right after `<pre>` leaves the next newline at the start again, where
        // it is not written (the parser would drop it).
        assert_eq!(s("<pre>\n\n<div><rt></rt></div>\nx</pre>"), "<pre>x</pre>");
        // An image, a rule or text keeps its container.
        assert_eq!(
            s("<div><img src=a.jpg alt=''></div><div><hr></div><div>x</div>"),
            "<div><img src=\"http://fakehost/test/a.jpg\" alt=\"\" loading=\"lazy\"></div><div><hr></div><div>x</div>"
        );
    }

    #[test]
    fn table_cells_stay_apart_in_plain_text() {
        assert_eq!(
            plain_text("<table><tr><th>Name</th><th> Age </th></tr><tr><td>Ann </td><td>31</td></tr></table>"),
            "Name\tAge\n\nAnn\t31"
        );
    }

    #[test]
    fn alt_text_repeating_the_caption_is_left_empty() {
        let out = s("<figure><img src=a.jpg alt='A  fox in the SNOW'><figcaption>A fox in the snow</figcaption></figure>\
                     <figure><img src=b.jpg alt='A badger'><figcaption>Seen at night</figcaption></figure>");
        assert!(
            out.contains(r#"src="http://fakehost/test/a.jpg" alt="""#),
            "{out}"
        );
        assert!(out.contains(r#"alt="A badger""#), "{out}");
    }

    #[test]
    fn escaping_matches_a_character_by_character_definition() {
        let reference = |s: &str, attr: bool| {
            let mut out = String::new();
            let mut chars = s.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '"' if attr => out.push_str("&quot;"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    '\u{A0}' => out.push_str("&nbsp;"),
                    '\0' => {}
                    '\r' if chars.peek() == Some(&'\n') => {}
                    '\r' => out.push('\n'),
                    c => out.push(c),
                }
            }
            out
        };
        let alphabet = [
            'a', '&', '"', '<', '>', '\u{A0}', '\0', '\r', '\n', 'é', 'Ġ', '€', '𝄞', '\u{120}',
        ];
        let mut seed = 0x9e37_79b9_u32;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(seed % 24) {
                text.push(alphabet[crate::text::xorshift(&mut seed) as usize % alphabet.len()]);
            }
            for attr in [false, true] {
                let mut got = String::new();
                escape(&mut got, &text, attr);
                assert_eq!(got, reference(&text, attr), "{text:?}");
            }
        }
    }

    #[test]
    fn drops_scripts_handlers_and_bad_urls() {
        assert_eq!(
            s("<p onclick=\"x()\">hi<script>alert(1)</script></p>"),
            "<p dir=\"auto\">hi</p>"
        );
        assert_eq!(s("<a href=\"javascript:alert(1)\">x</a>"), "x");
        assert_eq!(s("<a href=\"java&#x09;script:alert(1)\">x</a>"), "x");
        assert_eq!(
            s("<a href=\"/a\">x</a>"),
            "<a href=\"http://fakehost/a\" rel=\"noopener noreferrer\">x</a>"
        );
        assert_eq!(s("<svg><script>alert(1)</script></svg>ok"), "ok");
    }

    #[test]
    fn fixes_lazy_images() {
        let out = s("<img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/i.jpg\" alt=\"a\">");
        assert_eq!(
            out,
            "<img src=\"http://fakehost/i.jpg\" alt=\"a\" loading=\"lazy\">"
        );
        let out = s("<noscript><img src=\"/n.jpg\"></noscript>");
        assert!(out.contains("http://fakehost/n.jpg"), "{out}");
        // A placeholder image in a <picture> takes its <source>'s (lazy) srcset.
        let out = s(
            "<picture><source data-srcset=\"/p.webp 1x\"><img src=\"/placeholder.svg\"></picture>",
        );
        assert!(out.contains("src=\"http://fakehost/p.webp\""), "{out}");
    }

    #[test]
    fn permalinks_lose_their_symbol_only() {
        let out = s("<h2 id=\"a\">Setup<a class=\"headerlink\" href=\"#a\">¶</a></h2>");
        assert_eq!(out, "<h2 dir=\"auto\">Setup</h2>");
        // A real link in a heading stays.
        let out = s("<h2><a href=\"#setup\">Setup</a></h2>");
        assert!(
            out.contains("href=\"http://fakehost/test/page.html#setup\""),
            "{out}"
        );
        // Outside a heading only a permalink sign goes: rustdoc's "§" before an item, Sphinx's
        // "¶" after a code caption; a footnote's back-link "↑" and a "#2" stay.
        let out = s("<p><a href=\"#v\" class=\"anchor\">§</a><code>Ok(T)</code></p>");
        assert_eq!(out, "<p dir=\"auto\"><code>Ok(T)</code></p>");
        let out = s("<div><span>models.py</span><a href=\"#c\">¶</a></div>");
        assert!(!out.contains('¶'), "{out}");
        for kept in ["↑", "#2"] {
            let out = s(&format!("<p>Note <a href=\"#n\">{kept}</a></p>"));
            assert!(out.contains(kept), "{out}");
        }
        // A sign linking elsewhere is not a permalink.
        let out = s("<p>See <a href=\"/law\">§</a> 12</p>");
        assert!(out.contains('§'), "{out}");
    }

    #[test]
    fn line_breaks_in_plain_text() {
        assert_eq!(plain_text("<div>One<br>two</div>"), "One\ntwo");
        // Two or more breaks (spaced or not) separate paragraphs by one blank line.
        assert_eq!(
            plain_text("<div>One <br> <br> two<br><br><br>three</div>"),
            "One\n\ntwo\n\nthree"
        );
        assert_eq!(plain_text("<pre>a<br><br><br>b</pre>"), "a\n\n\nb");
    }

    #[test]
    fn a_caption_goes_with_a_figure_that_shows_nothing() {
        let out = s("<figure><div class=\"player\"></div><figcaption>Video: the bridge</figcaption></figure>");
        assert!(!out.contains("the bridge"), "{out}");
        let out = s("<figure><img src=\"data:image/gif;base64,R0lGOD\"><figcaption>Lost</figcaption></figure>");
        assert!(!out.contains("Lost"), "{out}");
        let out = s("<ul><li><div><img class=\"lazyload\" alt=\"\"></div><figcaption>Credit: Lost</figcaption></li>\
                     <li><img src=\"/k.jpg\" alt=\"\"><figcaption>Credit: Kept</figcaption></li></ul>");
        assert!(!out.contains("Lost") && out.contains("Kept"), "{out}");
        let out = s("<figure><img data-src=\"/i.jpg\"><figcaption>Kept</figcaption></figure>");
        assert!(out.contains("Kept") && out.contains("/i.jpg"), "{out}");
        let out = s("<figure><blockquote>To be or not to be</blockquote><figcaption>Hamlet</figcaption></figure>");
        assert!(out.contains("Hamlet"), "{out}");
    }

    #[test]
    fn picture_lists_lose_their_bullets() {
        let out = s("<ul><li><figure><img src=\"/a.jpg\" alt=\"\"><figcaption>Cap</figcaption></figure></li></ul><ul><li>Text item</li></ul>");
        assert!(!out.contains("<ul><li><figure"), "{out}");
        assert!(out.contains("<figure><img"), "{out}");
        assert!(
            out.contains("<ul><li dir=\"auto\">Text item</li></ul>"),
            "{out}"
        );
    }

    #[test]
    fn tables_are_parse_stable() {
        assert_eq!(
            s("<table><tr><td>a</td></tr></table>"),
            "<table><tbody><tr><td dir=\"auto\">a</td></tr></tbody></table>"
        );
        assert_eq!(
            s("<table><p>x</p><tr><td>a</td></tr></table>"),
            "<table><tbody><tr><td dir=\"auto\">a</td></tr></tbody></table>"
        );
    }

    #[test]
    fn idempotent_on_examples() {
        for html in [
            "<p>a &amp; b &lt;c&gt;</p><pre>\n\ncode</pre>",
            "<ul><li>one<li>two</ul><figure><img src=\"/x.png\"><figcaption>c</figcaption></figure>",
            "<p>x<div>y</div>",
        ] {
            let once = s(html);
            assert_eq!(s(&once), once, "{html}");
        }
    }
}
