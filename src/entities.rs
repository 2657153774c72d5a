//! Decodes HTML character references (`&amp;`, `&eacute;`, `&#8217;`, `&#x1F600;`) in text and
//! attribute values, as a browser's tokenizer does.
//!
//! All 2,231 named references of the HTML standard are known, stored compactly (`entities/table.rs`:
//! the names sorted and concatenated, one `u32` per character, binary search). In text, the 106
//! legacy names may appear without `;` and match as a prefix (`&copy2024` is `©2024`); in attribute
//! values they only match when not followed by an alphanumeric or `=` (`?a=1&copy=2` stays as is).
//! Numeric references follow the standard's replacements (0, surrogates and out-of-range numbers
//! become U+FFFD, 0x80–0x9F map through windows-1252). Unknown references are left as written.
//!
//! Does not parse markup: the caller hands over a text run or an attribute value.

use std::borrow::Cow;
use std::cmp::Ordering;

mod table;

use table::{CHARS, GROUPS, NAMES, SECONDS};

/// Names per entry of `GROUPS`.
const GROUP: usize = 8;

/// Bit of a `CHARS` entry set for a legacy name (valid without `;`).
const LEGACY: u32 = 1 << 31;
/// Legacy names have at most this many bytes (`frac12`, `middot`…).
const LEGACY_MAX: usize = 6;

/// Decodes the character references of a text run.
pub fn unescape<'a, S: Into<Cow<'a, str>>>(text: S) -> Cow<'a, str> {
    decode(text.into(), false)
}

/// Decodes the character references of an attribute value.
pub fn unescape_attribute<'a, S: Into<Cow<'a, str>>>(value: S) -> Cow<'a, str> {
    decode(value.into(), true)
}

fn decode(s: Cow<'_, str>, attribute: bool) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    let amp = |from: usize| {
        bytes
            .get(from..)
            .and_then(|rest| rest.iter().position(|&b| b == b'&'))
            .map(|i| from + i)
    };
    let mut out = String::new();
    // Input before `done` is decoded into `out`.
    let mut done = 0;
    let mut next = amp(0);
    while let Some(at) = next {
        if let Some((len, chars)) = bytes.get(at..).and_then(|r| reference(r, attribute)) {
            if done == 0 {
                out.reserve(s.len());
            }
            out.push_str(s.get(done..at).unwrap_or_default());
            out.extend(chars.into_iter().flatten());
            done = at + len;
            next = amp(done);
        } else {
            next = amp(at + 1);
        }
    }
    if done == 0 {
        return s;
    }
    out.push_str(s.get(done..).unwrap_or_default());
    Cow::Owned(out)
}

/// The reference at the start of `s` (which starts with `&`): its length in bytes and the one or
/// two characters it stands for.
fn reference(s: &[u8], attribute: bool) -> Option<(usize, [Option<char>; 2])> {
    if s.get(1) == Some(&b'#') {
        return numeric(s);
    }
    let run = s
        .get(1..)?
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let name = s.get(1..1 + run)?;
    let after = s.get(1 + run).copied();
    if after == Some(b';') {
        if let Some(c) = lookup(name) {
            return Some((run + 2, chars(c)));
        }
    }
    if attribute {
        // Without `;`, only a whole legacy name not followed by `=` counts.
        if after == Some(b';') || after == Some(b'=') {
            return None;
        }
        return lookup(name)
            .filter(|c| c & LEGACY != 0)
            .map(|c| (run + 1, chars(c)));
    }
    // In text, the longest legacy name that starts the run (no legacy name is a prefix of
    // another, so the first found is the only one).
    (2..=run.min(LEGACY_MAX)).find_map(|len| {
        let c = lookup(name.get(..len)?)?;
        (c & LEGACY != 0).then(|| (len + 1, chars(c)))
    })
}

/// Compares the name at byte `start` of `NAMES` (up to its `;`) with `name`. `None` past the end.
fn compare_at(start: usize, name: &[u8]) -> Option<Ordering> {
    let stored = NAMES.as_bytes().get(start..)?;
    for (i, &a) in stored.iter().enumerate() {
        match (a, name.get(i)) {
            (b';', None) => return Some(Ordering::Equal),
            (b';', Some(_)) => return Some(Ordering::Less),
            (_, None) => return Some(Ordering::Greater),
            (a, Some(&b)) if a != b => return Some(a.cmp(&b)),
            _ => {}
        }
    }
    None
}

/// Finds `name` (without `&` and `;`): its `CHARS` entry. Binary search over the first name of
/// each group of [`GROUP`] names, then a scan of that group.
fn lookup(name: &[u8]) -> Option<u32> {
    // The last group whose first name is <= `name`.
    let (mut lo, mut hi) = (0, GROUPS.len());
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        match compare_at(usize::from(*GROUPS.get(mid)?), name)? {
            Ordering::Greater => hi = mid,
            Ordering::Less | Ordering::Equal => lo = mid,
        }
    }
    let mut at = usize::from(*GROUPS.get(lo)?);
    for i in 0..GROUP {
        match compare_at(at, name)? {
            Ordering::Equal => return CHARS.get(lo * GROUP + i).copied(),
            Ordering::Greater => return None,
            Ordering::Less => {
                // Skip to the next name.
                let rest = NAMES.as_bytes().get(at..)?;
                at += rest.iter().position(|&b| b == b';')? + 1;
            }
        }
    }
    None
}

/// The characters of a `CHARS` entry.
fn chars(entry: u32) -> [Option<char>; 2] {
    let first = char::from_u32(entry & 0x1F_FFFF);
    let second = match (entry >> 21) & 0x3FF {
        0 => None,
        i => SECONDS.get(i as usize - 1).copied(),
    };
    [first, second]
}

/// `&#123;` / `&#x7B;` (the `;` is optional): length and character, or `None` when no digits
/// follow (then it is plain text).
fn numeric(s: &[u8]) -> Option<(usize, [Option<char>; 2])> {
    let hex = matches!(s.get(2), Some(b'x' | b'X'));
    let start = if hex { 3 } else { 2 };
    let digits = s.get(start..)?;
    let mut value: u32 = 0;
    let mut count = 0;
    for &b in digits {
        let d = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' if hex => b - b'a' + 10,
            b'A'..=b'F' if hex => b - b'A' + 10,
            _ => break,
        };
        // Saturates past the last code point: any such number becomes U+FFFD.
        value = value
            .saturating_mul(if hex { 16 } else { 10 })
            .saturating_add(u32::from(d))
            .min(0x11_0000);
        count += 1;
    }
    if count == 0 {
        return None;
    }
    let mut len = start + count;
    if s.get(len) == Some(&b';') {
        len += 1;
    }
    Some((len, [Some(numeric_char(value)), None]))
}

/// The character a numeric reference stands for, with the standard's replacements.
fn numeric_char(n: u32) -> char {
    /// 0x80–0x9F as windows-1252 reads them (0 where it keeps the C1 control).
    const C1: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    let n = match n {
        0 => 0xFFFD,
        0x80..=0x9F => match C1.get((n - 0x80) as usize) {
            Some(&m) if m != 0 => u32::from(m),
            _ => n,
        },
        _ => n,
    };
    char::from_u32(n).unwrap_or('\u{FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_numeric_and_unknown() {
        assert_eq!(unescape("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(unescape("&eacute;t&eacute;"), "été");
        assert_eq!(unescape("&CounterClockwiseContourIntegral;"), "∳");
        assert_eq!(unescape("&nvlt;"), "<\u{20D2}");
        assert_eq!(unescape("&#8217;&#x1F600;&#X41"), "’😀A");
        assert_eq!(
            unescape("&#0;&#xD800;&#99999999999;&#x80;&#x81;"),
            "\u{FFFD}\u{FFFD}\u{FFFD}€\u{81}"
        );
        assert_eq!(
            unescape("&bogus; & &; &# &#x; &#;"),
            "&bogus; & &; &# &#x; &#;"
        );
        assert!(matches!(unescape("no references"), Cow::Borrowed(_)));
        assert!(matches!(unescape("&unknown;"), Cow::Borrowed(_)));
    }

    #[test]
    fn legacy_names_without_semicolon() {
        assert_eq!(unescape("&copy2024 &ampx; &notit; &lt"), "©2024 &x; ¬it; <");
        assert_eq!(unescape("&nbspx"), "\u{A0}x");
        // Only legacy names may drop the `;`.
        assert_eq!(unescape("&hellip &rarr"), "&hellip &rarr");
        assert_eq!(
            unescape_attribute("/a?x=1&copy=2&amp;y&lt&notin;&ltx"),
            "/a?x=1&copy=2&y<∉&ltx"
        );
    }

    #[test]
    fn adjacent_and_overlapping_ampersands() {
        assert_eq!(unescape("&&amp;&&lt;&"), "&&&<&");
        assert_eq!(unescape("&amp;amp;"), "&amp;");
        assert_eq!(unescape("a&"), "a&");
    }

    /// Every named reference, with and without `;`, in both contexts, and the numeric ones
    /// around every boundary, decode exactly as htmlize (a full implementation of the
    /// standard's table) decodes them.
    #[test]
    fn agrees_with_htmlize_on_every_entity() {
        let mut seen = 0;
        for (name, _) in htmlize::ENTITIES.entries() {
            let name = std::str::from_utf8(name).unwrap_or_default();
            for input in [
                name.to_string(),
                format!("x{name}y"),
                format!("{name}="),
                format!("{name}1;"),
                format!("{name};"),
                format!("&{name}"),
                name.trim_end_matches(';').to_string(),
            ] {
                assert_eq!(
                    unescape(input.as_str()),
                    htmlize::unescape(input.as_str()),
                    "{input}"
                );
                assert_eq!(
                    unescape_attribute(input.as_str()),
                    htmlize::unescape_attribute(input.as_str()),
                    "{input}"
                );
            }
            seen += 1;
        }
        assert_eq!(seen, 2231);
        for n in (0..0x300u32)
            .chain(0xD7F0..0xE010)
            .chain(0x10FFF0..0x110010)
        {
            for input in [
                format!("&#{n};"),
                format!("&#x{n:x}"),
                format!("a&#X{n:X}b"),
            ] {
                assert_eq!(
                    unescape(input.as_str()),
                    htmlize::unescape(input.as_str()),
                    "{input}"
                );
            }
        }
    }

    /// Random mixes of entity fragments, digits, `&`, `#`, `;` and `=` decode as htmlize does.
    #[test]
    fn agrees_with_htmlize_on_random_input() {
        const PARTS: &[&str] = &[
            "&",
            "#",
            "x",
            "X",
            ";",
            "=",
            "amp",
            "lt",
            "copy",
            "not",
            "notin",
            "nbsp",
            "frac12",
            "eacute",
            "Eacute",
            "a",
            "1",
            "9",
            "f",
            "F",
            "0",
            " ",
            "é",
            "\u{1F600}",
            "sup2",
            "ampx",
            "CounterClockwiseContourIntegral",
            "99999999999",
            "d800",
            "80",
            "fjlig",
        ];
        // xorshift: deterministic, no dependency.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..50_000 {
            let len = next() % 12;
            let input: String = (0..len)
                .map(|_| PARTS[(next() % PARTS.len() as u64) as usize])
                .collect();
            assert_eq!(
                unescape(input.as_str()),
                htmlize::unescape(input.as_str()),
                "{input:?}"
            );
            assert_eq!(
                unescape_attribute(input.as_str()),
                htmlize::unescape_attribute(input.as_str()),
                "{input:?}"
            );
        }
    }

    /// `table.rs` is exactly what `generate` writes from htmlize's copy of the standard's list.
    /// Regenerate with `UPDATE_ENTITIES=1 cargo test --lib entities`.
    #[test]
    fn table_is_generated_from_the_standard_list() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/entities/table.rs");
        let want = generate();
        if std::env::var_os("UPDATE_ENTITIES").is_some() {
            std::fs::write(path, &want).unwrap_or_else(|e| panic!("write {path}: {e}"));
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            have == want,
            "{path} is stale: run UPDATE_ENTITIES=1 cargo test --lib entities"
        );
    }

    fn generate() -> String {
        use std::collections::BTreeMap;
        use std::fmt::Write;
        // name (without & and ;) -> (characters, legacy)
        let mut all: BTreeMap<Vec<u8>, (String, bool)> = BTreeMap::new();
        for (name, chars) in htmlize::ENTITIES.entries() {
            let chars = String::from_utf8(chars.to_vec()).unwrap_or_default();
            let bare = !name.ends_with(b";");
            let key = name[1..name.len() - usize::from(!bare)].to_vec();
            let entry = all.entry(key).or_insert((chars.clone(), false));
            assert_eq!(
                entry.0, chars,
                "{name:?}: same characters with and without ;"
            );
            entry.1 |= bare;
        }
        let mut seconds: Vec<char> = Vec::new();
        let (mut names, mut groups, mut codes) = (String::new(), Vec::new(), Vec::new());
        for (name, (chars, legacy)) in &all {
            if codes.len() % GROUP == 0 {
                groups.push(names.len());
            }
            names.push_str(std::str::from_utf8(name).unwrap_or_default());
            names.push(';');
            let mut it = chars.chars();
            let first = it.next().map_or(0, u32::from);
            let second = it.next().map_or(0, |c| {
                let i = seconds.iter().position(|&s| s == c).unwrap_or_else(|| {
                    seconds.push(c);
                    seconds.len() - 1
                });
                i as u32 + 1
            });
            assert!(it.next().is_none() && first < 1 << 21 && second < 1 << 10);
            codes.push(first | second << 21 | if *legacy { LEGACY } else { 0 });
        }
        assert!(names.len() <= usize::from(u16::MAX));
        let legacy_max = all.iter().filter(|(_, v)| v.1).map(|(k, _)| k.len()).max();
        assert_eq!(legacy_max, Some(LEGACY_MAX));
        let mut out = String::new();
        let n = all.len();
        out.push_str(
            "//! The named character references of HTML: generated from htmlize's copy of\n\
             //! <https://html.spec.whatwg.org/entities.json> by `UPDATE_ENTITIES=1 cargo test --lib\n\
             //! entities`. Do not edit.\n\n\
             /// Every name without `&`, sorted by bytes, each followed by `;`.\n\
             #[rustfmt::skip]\n\
             pub(super) const NAMES: &str = \"\\\n",
        );
        let mut line = 0;
        for name in all.keys() {
            if line + name.len() + 1 > 96 {
                out.push_str("\\\n");
                line = 0;
            }
            out.push_str(std::str::from_utf8(name).unwrap_or_default());
            out.push(';');
            line += name.len() + 1;
        }
        out.push_str("\";\n\n");
        let _ = write!(
            out,
            "/// `GROUPS[g]`: where name `{GROUP} * g` starts in `NAMES`.\n\
             #[rustfmt::skip]\n\
             pub(super) const GROUPS: [u16; {}] = [\n",
            groups.len()
        );
        for chunk in groups.chunks(16) {
            let items: Vec<String> = chunk.iter().map(|e| e.to_string()).collect();
            let _ = writeln!(out, "    {},", items.join(", "));
        }
        out.push_str("];\n\n");
        let _ = write!(
            out,
            "/// Name `i`'s character (bits 0–20); 1 + the index in `SECONDS` of a second character, or 0\n\
             /// (bits 21–30); bit 31: a legacy name, also valid without `;`.\n\
             #[rustfmt::skip]\n\
             pub(super) const CHARS: [u32; {n}] = [\n"
        );
        for chunk in codes.chunks(8) {
            let items: Vec<String> = chunk.iter().map(|c| format!("0x{c:08X}")).collect();
            let _ = writeln!(out, "    {},", items.join(", "));
        }
        out.push_str("];\n\n");
        let _ = write!(
            out,
            "/// Second characters of two-character references.\n\
             #[rustfmt::skip]\n\
             pub(super) const SECONDS: [char; {}] = [\n",
            seconds.len()
        );
        let items: Vec<String> = seconds
            .iter()
            .map(|c| format!("'\\u{{{:X}}}'", u32::from(*c)))
            .collect();
        for chunk in items.chunks(8) {
            let _ = writeln!(out, "    {},", chunk.join(", "));
        }
        out.push_str("];\n");
        out
    }
}
