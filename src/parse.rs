//! Streams a page through lol_html and records a light [`Document`] tree.
//!
//! lol_html is a tokenizer-level rewriter: it reports start tags, end tags (through per-element
//! handlers) and text chunks, but builds no tree. This module builds one with a small subset of the
//! HTML tree-construction rules: void elements, implicitly closed `p`, `li`, `dt`/`dd`, `option`,
//! table rows and cells, nested headings and links, and end tags that close everything opened
//! inside them. It does not implement foster parenting or the adoption agency; misnested markup
//! ends up in a slightly different but well-formed tree.
//!
//! Text is written raw to the end of the document's text buffer while streaming (entities may be
//! split across chunks) and decoded there once, when its node is complete
//! ([`TreeBuilder::end_text`]: the next node starts or the input ends); the buffer gives its
//! spare capacity back when the tree is finished. Script and style bodies are dropped, except
//! JSON-LD, which metadata needs. Input chunking never changes the result.

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{Comment, Element as LolElement, TextChunk, TextType};
use lol_html::{
    DocumentContentHandlers, ElementContentHandlers, HtmlRewriter, MemorySettings, OutputSink,
    Selector, Settings,
};

use crate::dom::{Attr, Document, Element, NodeData, NodeId, TextSpan, ROOT};
use crate::errors::Error;
use crate::html;
use crate::names::Name;
use crate::options::Options;

/// How far down the open-element stack an implicit close may look. Keeps deeply nested pages
/// linear: a real page closes its `p` or `li` within a few levels.
const SCOPE_SEARCH_LIMIT: usize = 256;

/// Elements that implicit closes look for; their open counts let most searches stop at once.
const TRACKED: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "a",
];

fn tracked(tag: &str) -> Option<usize> {
    TRACKED.iter().position(|t| *t == tag)
}

/// Whether a `<template>` declares a shadow root (`shadowrootmode`, or Chrome's older
/// `shadowroot`, set to `open` or `closed`).
fn declares_shadow_root(el: &LolElement<'_, '_>) -> bool {
    ["shadowrootmode", "shadowroot"].iter().any(|name| {
        el.get_attribute(name)
            .is_some_and(|v| v.eq_ignore_ascii_case("open") || v.eq_ignore_ascii_case("closed"))
    })
}

/// Whether an element of this tag may have a shadow root (the standard's list for
/// `attachShadow`: custom elements and a few flow elements); elsewhere a `<template
/// shadowrootmode>` stays an inert template, as in a browser.
fn can_host_shadow_root(tag: &str) -> bool {
    tag.contains('-')
        || html::is_heading(tag)
        || matches!(
            tag,
            "article"
                | "aside"
                | "blockquote"
                | "body"
                | "div"
                | "footer"
                | "header"
                | "main"
                | "nav"
                | "p"
                | "section"
                | "span"
        )
}

/// The attribute of the empty `<template>` standing for a React boundary's end comment.
pub const BOUNDARY_END: &str = "data-declutter-boundary-end";

/// Discards lol_html's output (the tree is built in the handlers). `bare` uses it too, so the
/// WASM holds one copy of lol_html's rewriter instead of two (~5 KB gzipped).
pub(crate) struct NullSink;

impl OutputSink for NullSink {
    fn handle_chunk(&mut self, _chunk: &[u8]) {}
}

/// A text node still being read: lol_html may hand its text out in several chunks.
struct OpenText {
    /// Its id.
    id: NodeId,
    /// Where its text starts in the document's text buffer: its text so far, as written, is
    /// the buffer's tail (nothing else is written there while a text is open).
    start: usize,
    /// Whether its character references are decoded: ordinary text and `<title>` or
    /// `<textarea>` text, not raw text such as a script's or a `<noscript>`'s.
    decode: bool,
}

/// What a start tag did to the tree.
enum Started {
    /// A new element, open until its end tag closes it.
    Opened(NodeId),
    /// A declarative shadow root (`<template shadowrootmode>`): not kept, its children go to its
    /// host, and its end tag closes what was opened inside it (the stack's depth then).
    ShadowRoot { depth: usize },
    /// Nothing left open: a void or flattened element, or one past a limit.
    Nothing,
}

/// Tree-building state shared by the lol_html handlers.
#[derive(Default)]
struct TreeBuilder {
    doc: Document,
    /// Open elements, innermost last.
    stack: Vec<NodeId>,
    /// `open[id]`: whether node `id` is on `stack`. Lets an end tag find its element in O(1).
    open: Vec<bool>,
    /// The last node pushed, while it is a text node: more text may still be appended.
    open_text: Option<OpenText>,
    /// Elements seen so far, for the element limit.
    elements: usize,
    max_elements: usize,
    /// Open elements beyond this depth are not added to the tree (see `Options::max_depth`).
    max_depth: usize,
    /// Set when a limit is hit; reported as an error once the handler returns.
    limit_hit: Option<Error>,
    /// How many elements of each [`TRACKED`] name are on `stack`.
    open_counts: [usize; TRACKED.len()],
    /// Elements given a declarative shadow root: a host has one, a later template in it stays one.
    shadow_hosts: Vec<NodeId>,
}

impl TreeBuilder {
    fn current(&self) -> NodeId {
        self.stack.last().copied().unwrap_or(ROOT)
    }

    fn pop(&mut self) {
        if let Some(id) = self.stack.pop() {
            if let Some(flag) = self.open.get_mut(id) {
                *flag = false;
            }
            if let Some(n) = tracked(self.doc.tag(id)).and_then(|i| self.open_counts.get_mut(i)) {
                *n = n.saturating_sub(1);
            }
        }
    }

    fn push_open(&mut self, id: NodeId) {
        self.stack.push(id);
        if let Some(flag) = self.open.get_mut(id) {
            *flag = true;
        }
        if let Some(n) = tracked(self.doc.tag(id)).and_then(|i| self.open_counts.get_mut(i)) {
            *n += 1;
        }
    }

    /// Whether no element named in `names` is open (then no search is needed).
    fn none_open(&self, names: &[&str]) -> bool {
        names.iter().all(|n| {
            tracked(n)
                .and_then(|i| self.open_counts.get(i))
                .is_some_and(|&c| c == 0)
        })
    }

    /// Pops elements down to and including `id`, if it is open.
    fn close(&mut self, id: NodeId) {
        if !self.open.get(id).copied().unwrap_or(false) {
            return;
        }
        while let Some(top) = self.stack.last().copied() {
            self.pop();
            if top == id {
                break;
            }
        }
    }

    /// Pops elements until `depth` are left open.
    fn close_to_depth(&mut self, depth: usize) {
        while self.stack.len() > depth {
            self.pop();
        }
    }

    /// Finds the nearest open element named in `names`, stopping at scope boundaries.
    fn find_in_scope(&self, names: &[&str], boundaries: &[&str]) -> Option<NodeId> {
        if self.none_open(names) {
            return None;
        }
        for &id in self.stack.iter().rev().take(SCOPE_SEARCH_LIMIT) {
            let tag = self.doc.tag(id);
            if names.contains(&tag) {
                return Some(id);
            }
            if html::is_scope_boundary(tag) || boundaries.contains(&tag) {
                return None;
            }
        }
        None
    }

    /// The open `li` (or `dd`/`dt`) a new one closes, following the spec's list-item rule.
    fn find_list_item(&self, names: &[&str]) -> Option<NodeId> {
        if self.none_open(names) {
            return None;
        }
        for &id in self.stack.iter().rev().take(SCOPE_SEARCH_LIMIT) {
            let tag = self.doc.tag(id);
            if names.contains(&tag) {
                return Some(id);
            }
            if html::ends_list_item_search(tag) {
                return None;
            }
        }
        None
    }

    /// Applies the implicit end tags a start tag `tag` causes.
    fn implicit_close(&mut self, tag: &str) {
        let item: Option<&[&str]> = match tag {
            "li" => Some(&["li"]),
            "dt" | "dd" => Some(&["dt", "dd"]),
            _ => None,
        };
        if let Some(id) = item.and_then(|names| self.find_list_item(names)) {
            self.close(id);
        }
        let closes: Option<(&[&str], &[&str])> = match tag {
            "option" => Some((&["option"], &["select", "datalist", "optgroup"])),
            "optgroup" => Some((&["option", "optgroup"], &["select"])),
            "tr" => Some((&["tr", "td", "th"], &["thead", "tbody", "tfoot"])),
            "td" | "th" => Some((&["td", "th"], &["tr"])),
            "thead" | "tbody" | "tfoot" => Some((&["thead", "tbody", "tfoot"], &[])),
            "a" => Some((&["a"], &[])),
            _ if html::is_heading(tag) => {
                if html::is_heading(self.doc.tag(self.current())) {
                    self.pop();
                }
                None
            }
            _ => None,
        };
        if let Some((names, boundaries)) = closes {
            // Table parts search through cells' own scope boundaries, so look past them.
            if let Some(id) = if matches!(tag, "tr" | "td" | "th" | "thead" | "tbody" | "tfoot") {
                self.find_in_table(names)
            } else {
                self.find_in_scope(names, boundaries)
            } {
                self.close(id);
            }
        }
        if html::closes_p(tag) {
            if let Some(p) = self.find_in_scope(&["p"], &[]) {
                self.close(p);
            }
        }
    }

    fn find_in_table(&self, names: &[&str]) -> Option<NodeId> {
        if self.none_open(names) {
            return None;
        }
        for &id in self.stack.iter().rev().take(SCOPE_SEARCH_LIMIT) {
            let tag = self.doc.tag(id);
            if names.contains(&tag) {
                return Some(id);
            }
            if html::is_table_scope_boundary(tag) {
                return None;
            }
        }
        None
    }

    fn start_element(&mut self, el: &LolElement<'_, '_>) -> Started {
        self.elements += 1;
        if self.elements > self.max_elements {
            self.limit_hit.get_or_insert(Error::TooManyElements {
                limit: self.max_elements,
            });
            return Started::Nothing;
        }
        let tag = el.tag_name();
        if matches!(tag.as_str(), "html" | "head" | "body") {
            // The document keeps one of each; attributes of the first copy win.
            let existing = self.doc.find_tag(&tag);
            if let Some(id) = existing {
                let open = self.open.get(id).copied().unwrap_or(false);
                return match !html::is_void(&tag) && open {
                    true => Started::Opened(id),
                    false => Started::Nothing,
                };
            }
        }
        if tag == "template" && declares_shadow_root(el) {
            let host = self.current();
            if can_host_shadow_root(self.doc.tag(host)) && !self.shadow_hosts.contains(&host) {
                // What a web component shows: the host's content, as a browser renders it (the
                // page's serialisation with its shadow roots writes them this way).
                self.shadow_hosts.push(host);
                self.end_text();
                return Started::ShadowRoot {
                    depth: self.stack.len(),
                };
            }
        }
        self.implicit_close(&tag);
        // Sized to the attributes (a collected `filter_map` starts at four: 144 bytes spare on
        // an element with one attribute, kept as long as the tree).
        let mut attrs = Vec::with_capacity(el.attributes().len());
        for a in el.attributes() {
            let name = a.name();
            // Event handlers are never needed and never kept.
            if name.starts_with("on") {
                continue;
            }
            let value = htmlize::unescape_attribute(a.value()).into_owned();
            attrs.push(Attr {
                name: Name::from(name),
                value: value.into_boxed_str(),
            });
        }
        let attrs = attrs.into_boxed_slice();
        let parent = self.current();
        let has_content = el.can_have_content() && !html::is_void(&tag);
        if has_content && self.stack.len() >= self.max_depth {
            // Too deep: flatten, like browsers. Its text goes to the current element and its
            // end tag has nothing to close.
            return Started::Nothing;
        }
        self.end_text();
        let Some(id) = self.doc.push(
            parent,
            NodeData::Element(Element {
                tag: Name::from(tag),
                attrs,
            }),
        ) else {
            self.limit_hit.get_or_insert(Error::TooManyElements {
                limit: self.max_elements,
            });
            return Started::Nothing;
        };
        self.open.resize(self.doc.nodes.len(), false);
        if has_content {
            self.push_open(id);
            Started::Opened(id)
        } else {
            Started::Nothing
        }
    }

    fn text(&mut self, chunk: &TextChunk<'_>) {
        let raw = chunk.as_str();
        if raw.is_empty() {
            return;
        }
        let parent = self.current();
        let keep = match chunk.text_type() {
            TextType::Data | TextType::RCData | TextType::CDataSection => true,
            TextType::PlainText => true,
            // Script and style bodies are dropped, except structured data and noscript
            // fallbacks (lazy-loaded images), which later stages read.
            TextType::RawText | TextType::ScriptData => match self.doc.element(parent) {
                Some(e) if e.tag == "noscript" => true,
                Some(e) if e.tag == "script" => e
                    .attr("type")
                    .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json")),
                _ => false,
            },
        };
        if !keep {
            return;
        }
        // Nodes are pushed in document order and `parent` is open, so its last child, if any, is
        // the last node pushed: the open text when that is one of `parent`'s (else an element).
        if self
            .open_text
            .as_ref()
            .is_some_and(|t| self.doc.parent(t.id) == parent)
        {
            self.doc.text_buffer().push_str(raw);
            return;
        }
        self.end_text();
        let start = self.doc.text_buffer().len();
        let Some(id) = self.doc.push(parent, NodeData::Text(TextSpan::default())) else {
            self.limit_hit.get_or_insert(Error::TooManyElements {
                limit: self.max_elements,
            });
            return;
        };
        self.open.resize(self.doc.nodes.len(), false);
        self.doc.text_buffer().push_str(raw);
        self.open_text = Some(OpenText {
            id,
            start,
            decode: matches!(chunk.text_type(), TextType::Data | TextType::RCData),
        });
    }

    /// Marks where a React Suspense boundary ends (`<!--/$-->`, the one comment the tree keeps a
    /// trace of): an empty `<template>` with [`BOUNDARY_END`], so `reveal` can drop the fallback a
    /// streamed segment replaces (the nodes between the boundary's `B:n` template and its end).
    fn boundary_end(&mut self) {
        self.end_text();
        let parent = self.current();
        let marker = NodeData::Element(Element {
            tag: "template".into(),
            attrs: Box::new([Attr {
                name: BOUNDARY_END.into(),
                value: Box::default(),
            }]),
        });
        if self.doc.push(parent, marker).is_some() {
            self.open.resize(self.doc.nodes.len(), false);
        }
    }

    /// Stores the open text in its node, done: without the newline a `<pre>` drops, its
    /// character references decoded (for text that has them).
    fn end_text(&mut self) {
        let Some(OpenText { id, start, decode }) = self.open_text.take() else {
            return;
        };
        // The HTML parser drops one newline right after <pre>, <listing> and <textarea>; a
        // node's first child is the node right after it.
        let parent = self.doc.parent(id);
        let drops_newline = id == parent + 1 && html::drops_leading_newline(self.doc.tag(parent));
        let buf = self.doc.text_buffer();
        let raw = buf.get(start..).unwrap_or_default();
        if drops_newline {
            let newline = if raw.starts_with("\r\n") {
                2
            } else {
                usize::from(raw.starts_with('\n'))
            };
            buf.drain(start..start + newline);
        }
        let raw = buf.get(start..).unwrap_or_default();
        if decode && (raw.contains('&') || raw.contains('\0')) {
            let mut text = htmlize::unescape(raw).into_owned();
            // A browser's tree builder ignores NULs in body text.
            text.retain(|c| c != '\0');
            buf.truncate(start);
            buf.push_str(&text);
        }
        self.doc.end_open_text(id, start);
    }

    /// Stores the last text and returns the finished tree, its children linked.
    fn finish(mut self) -> Document {
        self.end_text();
        crate::mojibake::repair_document(&mut self.doc);
        self.doc.link_children();
        // The node arena and the text buffer hold spare capacity (grown by doubling, or sized
        // from the input's length); the tree lives through every later stage, so give it back
        // before they allocate their own tables.
        self.doc.nodes.shrink_to_fit();
        self.doc.shrink_text();
        self.doc
    }
}

/// A streaming parser: feed bytes with [`Parser::write`], then call [`Parser::finish`].
pub struct Parser {
    rewriter: HtmlRewriter<'static, NullSink>,
    state: Rc<RefCell<TreeBuilder>>,
    written: usize,
    max_input: usize,
    max_memory: usize,
    /// The first error. lol_html panics if used again after an error, so once set, every
    /// later `write` and `finish` returns it without touching the rewriter.
    failed: Option<Error>,
}

impl Parser {
    /// Sizes the text buffer and the node arena once for an input of `bytes` bytes, when the
    /// whole input's length is known before it is written: a page's decoded text is never
    /// longer than its HTML, and few pages hold more than a node per 32 bytes. Grown by
    /// doubling, the two leave the holes of their earlier copies in WASM's linear memory, which
    /// never shrinks (the 5 MB bench page in WASM: 57.3 MB with a box per text, 69.3 MB with the
    /// text buffer doubled, 55.4 MB with both sized once). What is not used is given back when
    /// the tree is finished; a page written without it is parsed the same.
    pub fn expect_input(&mut self, bytes: usize) {
        let bytes = bytes.min(self.max_input);
        let mut state = self.state.borrow_mut();
        state.doc.text_buffer().reserve_exact(bytes);
        let nodes = (bytes / 32).min(state.max_elements);
        state.doc.nodes.reserve_exact(nodes);
    }

    /// A parser for UTF-8 input with the limits in `options`.
    pub fn new(options: &Options) -> Parser {
        let state = Rc::new(RefCell::new(TreeBuilder {
            max_elements: options.max_elements,
            max_depth: options.max_depth.max(1),
            ..TreeBuilder::default()
        }));
        let on_element = Rc::clone(&state);
        let on_text = Rc::clone(&state);
        let selector: Selector = match "*".parse() {
            Ok(s) => s,
            Err(_) => unreachable!("`*` is a valid selector"),
        };
        let element_handlers =
            ElementContentHandlers::default().element(move |el: &mut LolElement<'_, '_>| {
                let started = on_element.borrow_mut().start_element(el);
                if el.can_have_content() {
                    let on_end = Rc::clone(&on_element);
                    match started {
                        Started::Opened(id) => el.on_end_tag(Box::new(move |_end| {
                            on_end.borrow_mut().close(id);
                            Ok(())
                        }))?,
                        Started::ShadowRoot { depth } => el.on_end_tag(Box::new(move |_end| {
                            let mut builder = on_end.borrow_mut();
                            builder.end_text();
                            builder.close_to_depth(depth);
                            Ok(())
                        }))?,
                        Started::Nothing => {}
                    }
                }
                if let Some(err) = on_element.borrow_mut().limit_hit.take() {
                    return Err(err.into());
                }
                Ok(())
            });
        let on_comment = Rc::clone(&state);
        let document_handlers = DocumentContentHandlers::default()
            .text(move |t: &mut TextChunk<'_>| {
                let mut builder = on_text.borrow_mut();
                builder.text(t);
                match builder.limit_hit.take() {
                    Some(err) => Err(err.into()),
                    None => Ok(()),
                }
            })
            .comments(move |c: &mut Comment<'_>| {
                if c.text() == "/$" {
                    on_comment.borrow_mut().boundary_end();
                }
                Ok(())
            });
        let settings = Settings::new()
            .append_element_content_handler((std::borrow::Cow::Owned(selector), element_handlers))
            .append_document_content_handler(document_handlers)
            .with_memory_settings(
                MemorySettings::new()
                    // lol_html asserts that its first buffer fits under the cap.
                    .with_preallocated_parsing_buffer_size(options.max_parser_memory.min(1024))
                    .with_max_allowed_memory_usage(options.max_parser_memory),
            )
            // Not strict: strict mode refuses the whole page at markup whose text type a streaming
            // tokenizer cannot know for sure, such as `<style>` or `<noscript>` inside `<select>`
            // (which browsers with a customizable `<select>` now keep there, so a live page's
            // `outerHTML` holds it). Nothing of the input is ever copied through (the sink is
            // null; output is written by `sanitize` from the tree), so a guess there can only
            // misplace some text of a form control, never let markup through.
            .with_strict(false);
        Parser {
            rewriter: HtmlRewriter::new(settings, NullSink),
            state,
            written: 0,
            max_input: options.max_input_bytes,
            max_memory: options.max_parser_memory,
            failed: None,
        }
    }

    /// Feeds the next chunk of the page.
    pub fn write(&mut self, chunk: &[u8]) -> Result<(), Error> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        self.written = self.written.saturating_add(chunk.len());
        let result = if self.written > self.max_input {
            Err(Error::InputTooLarge {
                limit: self.max_input,
            })
        } else {
            let limit = self.max_memory;
            self.rewriter
                .write(chunk)
                .map_err(|e| Error::from_rewriting(e, limit))
        };
        if let Err(e) = &result {
            self.failed = Some(e.clone());
        }
        result
    }

    /// Ends the input and returns the tree.
    pub fn finish(self) -> Result<Document, Error> {
        let Parser {
            rewriter,
            state,
            max_memory,
            failed,
            ..
        } = self;
        if let Some(e) = failed {
            return Err(e);
        }
        rewriter
            .end()
            .map_err(|e| Error::from_rewriting(e, max_memory))?;
        let builder = Rc::try_unwrap(state)
            .map_err(|_| Error::Internal("parser state still borrowed after end".into()))?
            .into_inner();
        Ok(builder.finish())
    }
}

/// Parses a whole page held in memory.
pub fn parse(html: &str, options: &Options) -> Result<Document, Error> {
    let mut parser = Parser::new(options);
    parser.expect_input(html.len());
    parser.write(html.as_bytes())?;
    parser.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Character references decode as the standard's tokenizer decodes them (htmlize): in text
    /// a legacy name needs no `;` (`&copy2024`), in an attribute it only counts when no
    /// alphanumeric or `=` follows (`?a=1&copy=2` is a URL, not `©=2`); numeric references get
    /// the standard's replacements; unknown ones stay as written.
    #[test]
    fn character_references_in_text_and_attributes() {
        let html = "<p>Tom &amp; Jerry &eacute;t&eacute; &copy2024 &hellip &#8217;&#x1F600;&#0;&#x80; \
            &bogus; &nvlt;</p><a href=\"/a?x=1&copy=2&amp;y&lt&notin;&ltx\" title=\"&copy;&notit\">x</a>";
        let doc = parse(html, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
        let p = doc.find_tag("p").unwrap_or_else(|| panic!("no p"));
        assert_eq!(
            doc.text_content(p),
            "Tom & Jerry été ©2024 &hellip ’😀\u{FFFD}€ &bogus; <\u{20D2}"
        );
        let a = doc.find_tag("a").and_then(|a| doc.element(a));
        assert_eq!(
            a.and_then(|a| a.attr("href")),
            Some("/a?x=1&copy=2&y<∉&ltx")
        );
        assert_eq!(a.and_then(|a| a.attr("title")), Some("©&notit"));
    }

    /// A declarative shadow root is what its host shows: its children become the host's, what
    /// opened inside it closes with it, and a host's second one, one in an element that cannot
    /// host one (like any other template) stays an inert template.
    #[test]
    fn declarative_shadow_roots_are_their_hosts_content() {
        let html = "<news-story><template shadowrootmode=\"open\"><h2>Storm</h2><p>Shown\
            <slot></slot></template><p>Light</p><template shadowrootmode=\"closed\">\
            <p>Second</p></template></news-story><div><template shadowroot=\"closed\">\
            <b>Old</b></template></div><template><p>Inert</p></template>\
            <template shadowrootmode=\"none\">Not a root</template>\
            <ul><template shadowrootmode=\"open\"><li>No host</li></template></ul>";
        let doc = parse(html, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
        let host = doc
            .find_tag("news-story")
            .unwrap_or_else(|| panic!("no host"));
        let tags: Vec<&str> = doc.children(host).iter().map(|c| doc.tag(c)).collect();
        assert_eq!(tags, ["h2", "p", "p", "template"]);
        let first_p = doc.children(host).iter().nth(1).unwrap_or(ROOT);
        assert_eq!(doc.text_content(first_p), "Shown");
        let div = doc.find_tag("div").unwrap_or_else(|| panic!("no div"));
        assert_eq!(
            doc.tag(doc.children(div).iter().next().unwrap_or(ROOT)),
            "b"
        );
        let templates = (0..doc.nodes.len())
            .filter(|&id| doc.tag(id) == "template")
            .count();
        assert_eq!(
            templates, 4,
            "the second root, the inert template, a bad mode, a root where none can be"
        );
    }

    /// The newline right after `<pre>` or `<textarea>` is dropped before references are decoded
    /// (so an encoded one stays), NULs in text go, and text split across chunks anywhere makes
    /// the same nodes.
    #[test]
    fn text_nodes_whole_and_in_chunks() {
        let html = "<pre>\nline &amp; \0more</pre><textarea>\r\nx &lt;</textarea>\
            <pre>&#10;kept</pre><p>a&am<b>b</b>c &eacute;</p>";
        let texts = |doc: &Document| -> Vec<String> {
            (0..doc.nodes.len())
                .filter_map(|id| doc.text(id).map(str::to_string))
                .collect()
        };
        let whole = parse(html, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            texts(&whole),
            ["line & more", "x <", "\nkept", "a&am", "b", "c é"]
        );
        for size in 1..=6 {
            let mut parser = Parser::new(&Options::default());
            for chunk in html.as_bytes().chunks(size) {
                parser.write(chunk).unwrap_or_else(|e| panic!("{e}"));
            }
            let doc = parser.finish().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(texts(&doc), texts(&whole), "chunk size {size}");
            let shape = |d: &Document| -> Vec<(NodeId, Vec<NodeId>)> {
                (0..d.nodes.len())
                    .map(|id| (d.parent(id), d.children(id).iter().collect()))
                    .collect()
            };
            assert_eq!(shape(&doc), shape(&whole), "chunk size {size}");
        }
    }
}
