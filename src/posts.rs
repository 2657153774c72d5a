//! Finds where one post of a thread ends and the next begins in the chosen article, so the
//! writer can rule a line between them: a forum thread's replies, a question's answers, a live
//! blog's entries, the comments kept with a discussion.
//!
//! A post is one of a run of sibling containers of one shape (same tag, same first class name)
//! that says it is one: it shows a date (a `<time>` element, or a short text holding a calendar
//! date) or its microdata names it a comment, an answer or a forum post. A run is ruled when at
//! least two of its members are posts and they are two thirds of it. Containers that open with
//! a title (a heading of four words or more) are sections and cards, never posts: their heading
//! already separates them.
//!
//! It decides nothing about what is kept (`extract` and the block model did) and writes nothing
//! (`sanitize` does); it reads the kept tree and returns the nodes a line goes before.

use crate::dom::{Document, Element, NodeData, NodeId};
use crate::html;
use crate::metadata;
use crate::text;

/// Where the writer rules a line: before each of these nodes (every post of a ruled run but
/// its first).
#[derive(Debug, Default, Clone)]
pub struct Posts {
    /// Node ids, ascending.
    ruled: Vec<NodeId>,
}

impl Posts {
    /// No lines anywhere (HTML written on its own, a removed block).
    pub fn none() -> Posts {
        Posts::default()
    }

    /// Whether a line goes before node `id`.
    pub fn ruled_before(&self, id: NodeId) -> bool {
        self.ruled.binary_search(&id).is_ok()
    }

    /// How many lines are ruled.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.ruled.len()
    }
}

/// Words a post holds at least, its header line included ("raoul · May 3, 2024 · Thanks!").
const MIN_POST_WORDS: usize = 5;

/// Words of a heading that opens a section or a card: a container opening with one is not a
/// post (a poster's name in a heading is shorter).
const MIN_TITLE_WORDS: usize = 4;

/// A text longer than this (in bytes) is not read for a date: dates in a post's header stand
/// in short texts, and a date inside a post's prose does not make it a post.
const MAX_DATE_TEXT: usize = 80;

/// Nodes read inside candidate members, per node of the page: the search gives up beyond it
/// (deeply nested runs cannot make it quadratic).
const BUDGET_PER_NODE: usize = 4;

/// Microdata that names an element a post (`itemtype` names one, read as the metadata reads
/// schema.org types but without case; or `itemprop` is one). (Not `Question`: an FAQ's
/// questions are a page's sections, not posts.)
const POST_ITEMTYPES: &[&str] = &[
    "comment",
    "answer",
    "discussionforumposting",
    "socialmediaposting",
];
const POST_ITEMPROPS: &[&str] = &["comment", "suggestedanswer", "acceptedanswer"];

/// The posts of the article written from `roots` without the subtrees `drop` marks.
pub fn find(doc: &Document, roots: &[NodeId], drop: &[bool]) -> Posts {
    let mut search = Search {
        doc,
        drop,
        budget: doc.nodes.len().saturating_mul(BUDGET_PER_NODE),
        ruled: Vec::new(),
    };
    // The article's roots are siblings too: posts chosen one by one, under one parent.
    for group in roots.chunk_by(|&a, &b| doc.parent(a) == doc.parent(b)) {
        let kept: Vec<NodeId> = group
            .iter()
            .copied()
            .filter(|&r| !search.dropped(r) && doc.element(r).is_some_and(can_be_post))
            .collect();
        search.runs_in(&kept);
    }
    for &root in roots {
        let mut id = root;
        let end = doc.subtree(root).end;
        while id < end && search.budget > 0 {
            if search.dropped(id) {
                id = doc.subtree(id).end;
                continue;
            }
            if doc.element(id).is_some() {
                search.runs_under(id);
            }
            id += 1;
        }
    }
    search.ruled.sort_unstable();
    search.ruled.dedup();
    Posts {
        ruled: search.ruled,
    }
}

struct Search<'a> {
    doc: &'a Document,
    drop: &'a [bool],
    /// Nodes the member reads may still visit.
    budget: usize,
    ruled: Vec<NodeId>,
}

/// What a run's member shows, read in one walk of its kept subtree.
#[derive(Default)]
struct Member {
    words: usize,
    dated: bool,
    /// Its first words are a heading of [`MIN_TITLE_WORDS`] or more.
    opens_with_title: bool,
}

impl Member {
    fn done(&self) -> bool {
        self.words >= MIN_POST_WORDS && self.dated
    }
}

impl Search<'_> {
    fn dropped(&self, id: NodeId) -> bool {
        self.drop.get(id).copied().unwrap_or(false)
    }

    /// Finds the runs of one shape among `parent`'s kept element children and rules those
    /// whose members are posts.
    fn runs_under(&mut self, parent: NodeId) {
        let doc = self.doc;
        if doc.children(parent).len() < 2 {
            return;
        }
        let kept: Vec<NodeId> = doc
            .children(parent)
            .iter()
            .filter(|&c| !self.dropped(c) && doc.element(c).is_some_and(can_be_post))
            .collect();
        self.runs_in(&kept);
    }

    /// Rules the runs of one shape among `kept` (siblings in document order) whose members are
    /// posts.
    fn runs_in(&mut self, kept: &[NodeId]) {
        let doc = self.doc;
        if kept.len() < 2 {
            return;
        }
        let mut start = 0;
        while start < kept.len() {
            let first = shape(doc, kept[start]);
            let len = kept[start..]
                .iter()
                .take_while(|&&c| shape(doc, c) == first)
                .count();
            if len >= 2 {
                self.rule_run(&kept[start..start + len]);
            }
            start += len;
        }
    }

    fn rule_run(&mut self, run: &[NodeId]) {
        let mut posts = 0;
        let mut written = Vec::with_capacity(run.len());
        for &id in run {
            let m = self.read(id);
            let marked = self.doc.element(id).is_some_and(marked_as_post);
            if m.opens_with_title {
                return;
            }
            if m.words >= MIN_POST_WORDS && (m.dated || marked) {
                posts += 1;
            }
            written.push(m.words > 0);
        }
        if posts < 2 || posts * 3 < run.len() * 2 {
            return;
        }
        // A line before every post but the first, and never before one that writes nothing.
        let first_written = written.iter().position(|&w| w);
        for (i, &id) in run.iter().enumerate() {
            if written[i] && Some(i) != first_written {
                self.ruled.push(id);
            }
        }
    }

    /// Reads member `id`: its words (up to what a post needs), whether it shows a date, and
    /// whether its first words are a title's.
    fn read(&mut self, id: NodeId) -> Member {
        let doc = self.doc;
        let mut m = Member::default();
        let mut seen_words = false;
        // Code is not read for a date ("10.10.1.10" is an address).
        let mut code_end = id;
        let end = doc.subtree(id).end;
        let mut i = id;
        while i < end && self.budget > 0 {
            self.budget -= 1;
            if i != id && self.dropped(i) {
                i = doc.subtree(i).end;
                continue;
            }
            match &doc.nodes[i].data {
                NodeData::Element(e) if html::is_never_prose(&e.tag) => {
                    i = doc.subtree(i).end;
                    continue;
                }
                NodeData::Element(e) if e.tag == "time" => m.dated = true,
                NodeData::Element(e) if matches!(e.tag.as_str(), "pre" | "code") => {
                    code_end = code_end.max(doc.subtree(i).end);
                }
                NodeData::Text(t) => {
                    let t = doc.span_text(*t);
                    let words = text::word_count(t);
                    if words > 0 && !seen_words {
                        seen_words = true;
                        // A heading of a few words is a poster's name; a longer one a title.
                        m.opens_with_title = doc
                            .ancestors(i)
                            .take_while(|&a| a != id)
                            .find(|&a| html::is_heading(doc.tag(a)))
                            .is_some_and(|h| {
                                text::word_count(&doc.text_content(h)) >= MIN_TITLE_WORDS
                            });
                        if m.opens_with_title {
                            return m;
                        }
                    }
                    m.words += words;
                    let t = t.trim();
                    if !m.dated
                        && i >= code_end
                        && t.len() <= MAX_DATE_TEXT
                        && t.bytes().any(|b| b.is_ascii_digit())
                        && metadata::calendar_date(t).is_some()
                    {
                        m.dated = true;
                    }
                }
                _ => {}
            }
            if m.done() {
                break;
            }
            i += 1;
        }
        m
    }
}

/// Containers a post can be: the elements written as a `<div>` and elements written only for
/// their content (custom elements such as a `<shreddit-comment>`); never list items, table
/// parts or text blocks.
fn can_be_post(e: &Element) -> bool {
    let tag = e.tag.as_str();
    matches!(tag, "div" | "article" | "section" | "aside") || tag.contains('-')
}

/// A member's shape: its tag and its first class name.
fn shape(doc: &Document, id: NodeId) -> (&str, &str) {
    let e = doc.element(id);
    let tag = e.map_or("", |e| e.tag.as_str());
    let class = e
        .and_then(|e| e.attr("class"))
        .and_then(|c| c.split_ascii_whitespace().next())
        .unwrap_or("");
    (tag, class)
}

/// Whether the element's microdata names it a post.
fn marked_as_post(e: &Element) -> bool {
    let itemtype = e.attr("itemtype").map(str::to_ascii_lowercase);
    let itemprop = e.attr("itemprop").map(str::to_ascii_lowercase);
    itemtype.is_some_and(|t| {
        t.split_ascii_whitespace()
            .any(|t| metadata::names_type(t, POST_ITEMTYPES))
    }) || itemprop.is_some_and(|p| {
        p.split_ascii_whitespace()
            .any(|p| POST_ITEMPROPS.contains(&p))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posts_in(html: &str) -> (Document, Posts) {
        let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
        let drop = vec![false; doc.nodes.len()];
        let posts = find(&doc, &[crate::dom::ROOT], &drop);
        (doc, posts)
    }

    fn ruled_texts(html: &str) -> Vec<String> {
        let (doc, posts) = posts_in(html);
        posts
            .ruled
            .iter()
            .map(|&id| text::collapse(&doc.text_content(id)))
            .collect()
    }

    const THREAD: &str = r#"<main>
      <div class="post"><div class="meta">ana <time datetime="2025-03-01">1 March</time></div>
        <p>Has anyone tried the new ferry timetable on the island route this spring?</p></div>
      <div class="post"><div class="meta">ben <time datetime="2025-03-02">2 March</time></div>
        <p>Yes, the morning boat now leaves twenty minutes earlier than before.</p></div>
      <div class="post"><div class="meta">cai · 3 March 2025</div>
        <p>And the last one back is at nine, which suits commuters much better.</p></div>
    </main>"#;

    #[test]
    fn dated_posts_are_ruled_apart() {
        let ruled = ruled_texts(THREAD);
        assert_eq!(ruled.len(), 2, "{ruled:?}");
        assert!(ruled[0].starts_with("ben"), "{ruled:?}");
        assert!(ruled[1].starts_with("cai"), "{ruled:?}");
    }

    #[test]
    fn microdata_comments_are_posts() {
        let html = r#"<main>
          <div class="row"><div>mossbank</div><p>My server whines all evening, which fans are quiet?</p></div>
          <div class="row" itemprop="comment"><div>ferrite</div><p>Pressure-rated fans at sixty percent are quiet.</p></div>
          <div class="row" itemtype="https://schema.org/Comment"><div>larkspur</div><p>Fluid bearings stay quiet for years.</p></div>
        </main>"#;
        assert_eq!(ruled_texts(html).len(), 2);
    }

    #[test]
    fn sections_with_headings_are_not_posts() {
        let html = r#"<main>
          <section class="s"><h2>What changed in spring 2025</h2><p>Dated 3 March 2025, the plan changed for good.</p></section>
          <section class="s"><h2>What changed in summer 2025</h2><p>Dated 4 June 2025, the plan changed once more.</p></section>
        </main>"#;
        assert_eq!(ruled_texts(html).len(), 0);
    }

    #[test]
    fn undated_blocks_are_not_posts() {
        let html = r#"<main>
          <div class="para"><p>The council met on Tuesday to discuss the new ferry timetable.</p></div>
          <div class="para"><p>Members agreed that the morning boat should leave earlier.</p></div>
          <div class="para"><p>A final vote is expected before the summer season starts.</p></div>
        </main>"#;
        assert_eq!(ruled_texts(html).len(), 0);
    }

    #[test]
    fn a_posters_name_may_be_a_heading() {
        let html = r#"<main>
          <article class="message"><h4>ana</h4><time>1 March 2025</time><p>How do I reset the router?</p></article>
          <article class="message"><h4>ben</h4><time>2 March 2025</time><p>Hold the button for ten seconds.</p></article>
        </main>"#;
        assert_eq!(ruled_texts(html).len(), 1);
    }

    /// The article choice may keep a thread's posts as separate roots.
    #[test]
    fn posts_chosen_as_roots_are_ruled_apart() {
        let doc = crate::parse::parse(THREAD, &crate::Options::default()).unwrap_or_default();
        let drop = vec![false; doc.nodes.len()];
        let roots: Vec<NodeId> = (0..doc.nodes.len())
            .filter(|&i| doc.element(i).and_then(|e| e.attr("class")) == Some("post"))
            .collect();
        assert_eq!(roots.len(), 3);
        let posts = find(&doc, &roots, &drop);
        assert_eq!(posts.len(), 2);
        assert!(posts.ruled_before(roots[1]) && posts.ruled_before(roots[2]));
    }

    #[test]
    fn faq_questions_are_not_posts() {
        let html = r#"<main>
          <div class="q" itemscope itemtype="https://schema.org/Question"><div itemprop="acceptedAnswer">
            Yes, a free plan is enough to start a shop and set up your inventory.</div></div>
          <div class="q" itemscope itemtype="https://schema.org/Question"><div itemprop="acceptedAnswer">
            You can switch builders later, but the move is a manual job.</div></div>
        </main>"#;
        assert_eq!(ruled_texts(html).len(), 0);
    }

    #[test]
    fn numbers_in_code_are_not_dates() {
        let html = r#"<main>
          <div class="ex"><p>Set the proxy for each request you send:</p><pre><span>'10.10.1.10:3128'</span></pre></div>
          <div class="ex"><p>Or set it once for every request of the session:</p><code>'10.10.1.10:1080'</code></div>
        </main>"#;
        assert_eq!(ruled_texts(html).len(), 0);
    }

    #[test]
    fn a_run_needs_two_thirds_posts() {
        // One dated block among four undated ones of the same shape.
        let html = r#"<main>
          <div class="b"><p>Posted 3 March 2025 by the editors of this page.</p></div>
          <div class="b"><p>The council met on Tuesday to discuss the timetable.</p></div>
          <div class="b"><p>Members agreed the morning boat should leave earlier.</p></div>
          <div class="b"><p>On 5 March 2025 a final vote is expected by all.</p></div>
          <div class="b"><p>A final vote is expected before the summer season.</p></div>
        </main>"#;
        assert_eq!(ruled_texts(html).len(), 0);
    }

    #[test]
    fn shapes_differ_by_first_class_name() {
        let html = r#"<main>
          <div class="question"><p>ana <time>1 March 2025</time> How do I reset the router?</p></div>
          <div class="answer"><p>ben <time>2 March 2025</time> Hold the button for ten seconds.</p></div>
          <div class="answer accepted"><p>cai <time>3 March 2025</time> Or use the admin page instead.</p></div>
        </main>"#;
        let ruled = ruled_texts(html);
        assert_eq!(ruled.len(), 1, "{ruled:?}");
        assert!(ruled[0].starts_with("cai"), "{ruled:?}");
    }

    #[test]
    fn dropped_members_are_left_out() {
        let doc = crate::parse::parse(THREAD, &crate::Options::default()).unwrap_or_default();
        let mut drop = vec![false; doc.nodes.len()];
        // Drop the second post: the first and third are now next to each other.
        let second = (0..doc.nodes.len())
            .filter(|&i| {
                doc.tag(i) == "div" && doc.element(i).and_then(|e| e.attr("class")) == Some("post")
            })
            .nth(1)
            .unwrap_or(0);
        assert_ne!(second, 0, "the thread has a second post");
        for i in doc.subtree(second) {
            drop[i] = true;
        }
        let posts = find(&doc, &[crate::dom::ROOT], &drop);
        assert_eq!(posts.len(), 1);
        assert!(!posts.ruled_before(second));
    }
}
