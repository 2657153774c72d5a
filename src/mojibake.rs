//! Repairs mojibake: UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and stored
//! again as UTF-8, so that "’" reads "â€™", "—" reads "â\u{80}\u{94}" and "é" reads "Ã©". A
//! CMS import or a crawler that guessed the wrong encoding leaves it; a browser shows it as it
//! is, the reader shows what the author wrote.
//!
//! The decision is made per page: only a page that shows at least [`EVIDENCE`] sequences that
//! cannot be anything else (a three- or four-byte character spelt out, or one spelt with a C1
//! control character, which no text means) is repaired, and then every such sequence in its
//! text and attribute values, the two-byte ones ("Ã©", "Â ") too. A page that never shows such
//! evidence keeps every character: Portuguese "IRMÃ”" or French "ÂGE" are left as written.
//!
//! This module repairs one layer of one mix-up; it does not detect a page's encoding
//! (`encoding`), nor fix text a decoder already replaced with U+FFFD.

use crate::dom::{Document, NodeData};

/// Unambiguous sequences a page must show before any of its text is changed.
const EVIDENCE: usize = 2;

/// The byte that Windows-1252 (as browsers decode it, the standard's `windows-1252` index)
/// or Latin-1 turned into `c`, for bytes 0x80-0xFF.
fn byte_of(c: char) -> Option<u8> {
    let b = match c {
        // Latin-1, and the C1 controls windows-1252's five undefined bytes decode to.
        '\u{80}'..='\u{FF}' => return u8::try_from(u32::from(c)).ok(),
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// One spelt-out character found at the start of a text.
struct Sequence {
    /// The character it spells.
    ch: char,
    /// Bytes of the text it takes up.
    len: usize,
    /// Whether it can be nothing else (see the module comment).
    certain: bool,
}

/// The spelt-out UTF-8 character `text` starts with, if any.
fn sequence_at(text: &str) -> Option<Sequence> {
    let mut chars = text.chars();
    let first = chars.next()?;
    let lead = byte_of(first)?;
    let continuation = match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut bytes = [lead, 0, 0, 0];
    let mut len = first.len_utf8();
    let mut control = false;
    for slot in bytes.iter_mut().skip(1).take(continuation) {
        let c = chars.next()?;
        let b = byte_of(c).filter(|b| (0x80..=0xBF).contains(b))?;
        control |= ('\u{80}'..='\u{9F}').contains(&c);
        *slot = b;
        len += c.len_utf8();
    }
    // Rejects overlong forms, surrogates and code points past U+10FFFF.
    let ch = std::str::from_utf8(&bytes[..=continuation])
        .ok()?
        .chars()
        .next()?;
    Some(Sequence {
        ch,
        len,
        certain: continuation >= 2 || control,
    })
}

/// Where a sequence may start: a lead byte's character, U+00C2-U+00F4, is 0xC3 0x82-0xB4.
fn may_start_at(bytes: &[u8], i: usize) -> bool {
    bytes[i] == 0xC3 && matches!(bytes.get(i + 1), Some(0x82..=0xB4))
}

/// The spelt-out characters of `text`, each with the byte where it starts, in order.
fn sequences(text: &str) -> impl Iterator<Item = (usize, Sequence)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // Every sequence starts with the byte 0xC3 (`may_start_at`): found with memchr's
        // vectorised search, most texts (none of it) are skipped at memory speed.
        while let Some(found) = bytes.get(i..).and_then(|rest| memchr::memchr(0xC3, rest)) {
            i += found;
            if may_start_at(bytes, i) {
                if let Some(s) = sequence_at(&text[i..]) {
                    let at = i;
                    i += s.len;
                    return Some((at, s));
                }
            }
            i += 1;
        }
        None
    })
}

/// Unambiguous sequences in `text`, counted up to `enough`.
fn evidence(text: &str, enough: usize) -> usize {
    sequences(text)
        .filter(|(_, s)| s.certain)
        .take(enough)
        .count()
}

/// `text` with every spelt-out character repaired, or `None` when it has none.
pub fn repair(text: &str) -> Option<String> {
    let mut out: Option<String> = None;
    let mut copied = 0;
    for (at, s) in sequences(text) {
        let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
        o.push_str(&text[copied..at]);
        o.push(s.ch);
        copied = at + s.len;
    }
    let mut o = out?;
    o.push_str(&text[copied..]);
    Some(o)
}

/// Repairs the text nodes and attribute values of a page that shows mojibake (see the module
/// comment); leaves any other page as it is. Returns whether it changed anything.
pub fn repair_document(doc: &mut Document) -> bool {
    let mut found = 0;
    for node in &doc.nodes {
        match &node.data {
            NodeData::Text(t) => found += evidence(doc.span_text(*t), EVIDENCE - found),
            NodeData::Element(e) => {
                for a in e.attrs.iter() {
                    found += evidence(&a.value, EVIDENCE - found);
                }
            }
            NodeData::Document => {}
        }
        if found >= EVIDENCE {
            break;
        }
    }
    if found < EVIDENCE {
        return false;
    }
    doc.rewrite_texts(repair);
    for node in &mut doc.nodes {
        if let NodeData::Element(e) = &mut node.data {
            for a in e.attrs.iter_mut() {
                if let Some(fixed) = repair(&a.value) {
                    a.value = fixed.into_boxed_str();
                }
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn page(body: &str) -> Document {
        crate::parse::parse(
            &format!("<html><head><title>T</title></head><body>{body}</body></html>"),
            &Options::default(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn text_of(doc: &Document) -> String {
        doc.find_tag("body")
            .map(|b| doc.text_content(b))
            .unwrap_or_default()
    }

    #[test]
    fn windows_1252_and_latin_1_spellings_are_repaired() {
        assert_eq!(
            repair("Itâ€™s done â€” cafÃ© Â£5 naÃ¯ve").as_deref(),
            Some("It’s done — café £5 naïve")
        );
        // Latin-1: the C1 controls stand for windows-1252's 0x80-0x9F.
        assert_eq!(
            repair("debt\u{e2}\u{80}\u{94}nearly").as_deref(),
            Some("debt—nearly")
        );
        assert_eq!(repair("ðŸ˜€ smile").as_deref(), Some("😀 smile"));
        assert_eq!(repair("plain text, été, ÂGE, IRMÃ"), None);
    }

    #[test]
    fn only_a_page_showing_certain_evidence_is_changed() {
        // The parser repairs the page (`parse` calls `repair_document`). Two certain
        // sequences: the whole page is repaired, two-byte ones and attribute values too.
        let doc = page("<p title=\"Ã‰tÃ©\">Itâ€™s â€œfineâ€\u{9d}, cafÃ©.</p>");
        assert_eq!(text_of(&doc), "It’s “fine”, café.");
        let p = doc.find_tag("p").and_then(|p| doc.element(p));
        assert_eq!(p.and_then(|p| p.attr("title")), Some("Été"));

        // Two-byte look-alikes alone are not evidence: Portuguese capitals stay as written.
        let mut doc = page("<p>A IRMÃ” disse: NÃO É MÃE.</p><p>ÂGE D’OR, cafÃ©</p>");
        assert!(!repair_document(&mut doc));
        assert!(text_of(&doc).contains("IRMÃ” disse"));
        assert!(text_of(&doc).contains("cafÃ©"));

        // One certain sequence (an article about mojibake quoting it) is not enough either.
        let doc = page("<p>Broken pages show â€™ for an apostrophe.</p>");
        assert!(text_of(&doc).contains("â€™"));
    }

    #[test]
    fn invalid_spellings_stay() {
        // Overlong (0xC0/0xC1 leads are never produced), a lone lead, a surrogate, a lead
        // followed by a letter.
        assert_eq!(repair("Ã"), None);
        assert_eq!(repair("Ã A"), None);
        assert_eq!(repair("í\u{a0}\u{80}"), None); // ED A0 80: a surrogate
        assert_eq!(repair("ÃO"), None);
    }
}
