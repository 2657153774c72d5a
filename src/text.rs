//! Text utilities shared by every stage: whitespace folding, word counting, tokens.
//!
//! Language-neutral by design: words are runs of letters or digits in any script, and each
//! CJK ideograph, kana or hangul syllable counts as a word of its own (those scripts do not
//! separate words with spaces). Nothing here knows about HTML.

/// Appends `text` to `out` with every run of whitespace folded to one space.
///
/// Works on bytes and copies in runs: a lone space after a non-space is already folded, so it
/// stays inside the run; only other whitespace (ASCII controls, and the non-ASCII spaces whose
/// UTF-8 lead bytes are 0xC2, 0xE1, 0xE2 and 0xE3) and repeated spaces end a run.
pub(crate) fn push_collapsed(out: &mut String, text: &str) {
    out.reserve(text.len());
    // Whether the last character written (or about to be, inside the run) is a space; at the
    // start of the output a leading space is dropped.
    let mut after_space = out.ends_with(' ') || out.is_empty();
    let bytes = text.as_bytes();
    let mut run_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match BYTE_CLASS[b as usize] {
            PLAIN => {
                after_space = false;
                i += 1;
            }
            SPACE if !after_space => {
                after_space = true;
                i += 1;
            }
            _ => {
                let width = if b == b' ' { 1 } else { space_width(text, i) };
                if width == 0 {
                    after_space = false;
                    i += 1;
                    continue;
                }
                out.push_str(&text[run_start..i]);
                if !after_space {
                    out.push(' ');
                    after_space = true;
                }
                i += width;
                run_start = i;
            }
        }
    }
    out.push_str(&text[run_start..]);
}

const PLAIN: u8 = 0;
const SPACE: u8 = 1;
const MAYBE_SPACE: u8 = 2;

/// For each byte: [`SPACE`] for ' ', [`MAYBE_SPACE`] for other ASCII whitespace (with vertical
/// tab) and the UTF-8 lead bytes of non-ASCII whitespace, [`PLAIN`] otherwise.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [PLAIN; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b {
            0x20 => SPACE,
            0x09..=0x0D | 0xC2 | 0xE1 | 0xE2 | 0xE3 => MAYBE_SPACE,
            _ => PLAIN,
        };
        b += 1;
    }
    t
};

/// The byte length of the whitespace character at byte `i` of `text`, or 0 if there is none.
fn space_width(text: &str, i: usize) -> usize {
    let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
        return 0;
    };
    let space = if c.is_ascii() {
        c.is_ascii_whitespace() || c == '\u{0B}'
    } else {
        c.is_whitespace()
    };
    if space {
        c.len_utf8()
    } else {
        0
    }
}

/// `text` with whitespace folded and trimmed.
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_collapsed(&mut out, text);
    // `trim` in place (no second string).
    out.truncate(out.trim_end().len());
    let start = out.len() - out.trim_start().len();
    out.drain(..start);
    out
}

/// The Hangul syllables block.
const HANGUL_FIRST: u32 = 0xAC00;
const HANGUL_LAST: u32 = 0xD7AF;

/// Whether `c` is written without spaces between words (Han, kana, hangul, Thai…).
pub(crate) fn is_unspaced_script(c: char) -> bool {
    let c = c as u32;
    if c < 0x0E00 {
        return false;
    }
    matches!(c,
        0x0E00..=0x0E7F      // Thai
        | 0x0E80..=0x0EFF    // Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | HANGUL_FIRST..=HANGUL_LAST // Hangul syllables
        | 0xF900..=0xFAFF    // CJK compatibility
        | 0x20000..=0x2FFFF) // CJK Extensions B+
}

/// A combining sign of the Indic scripts (Devanagari to Sinhala), Thai or Lao that Unicode does
/// not count as alphabetic (a virama, a nukta, a tone mark): it belongs to the word it sits in
/// ("नवम्बर", "নভেম্বর", "กุมภาพันธ์").
pub(crate) fn is_indic_mark(c: char) -> bool {
    let code = c as u32;
    ((0x0900..=0x0DFF).contains(&code)
        && matches!(code & 0x7F, 0x01..=0x03 | 0x3C | 0x3E..=0x4D | 0x51..=0x57 | 0x62 | 0x63))
        // Thai and Lao vowel signs and tone marks above and below ("พฤศจิกายน", "กุมภาพันธ์").
        || matches!(code, 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x0EB1 | 0x0EB4..=0x0EBC | 0x0EC8..=0x0ECD)
}

/// Calls `f` on every word token of `text`: a run of letters/digits, or one unspaced-script
/// character.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str)) {
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() || c == '_' {
                if start.is_none() {
                    start = Some(i);
                }
            } else if let Some(s) = start.take() {
                f(&text[s..i]);
            }
        } else if is_unspaced_script(c) {
            if let Some(s) = start.take() {
                f(&text[s..i]);
            }
            f(&text[i..i + c.len_utf8()]);
        } else if c.is_alphanumeric() || c == '_' {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            f(&text[s..i]);
        }
    }
    if let Some(s) = start {
        f(&text[s..]);
    }
}

/// Number of word tokens in `text` (see [`for_each_token`]).
pub fn word_count(text: &str) -> usize {
    let mut n = 0;
    for_each_token(text, |_| n += 1);
    n
}

/// Lower-cased word tokens of `text`.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |t| out.push(t.to_lowercase()));
    out
}

/// Whether `c` separates clauses, in Latin, Arabic, CJK and other scripts.
fn is_comma(c: char) -> bool {
    matches!(
        c,
        ',' | '،' | '、' | '，' | '︐' | '﹐' | '､' | '٫' | '؛' | '；'
    )
}

/// In one pass: the length in characters of `text` with whitespace folded and trimmed, and its
/// number of clause separators.
pub(crate) fn folded_len_and_commas(text: &str) -> (usize, usize) {
    let (mut len, mut commas) = (0, 0);
    let mut space_pending = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space_pending = len > 0;
            continue;
        }
        len += 1 + usize::from(space_pending);
        space_pending = false;
        commas += usize::from(is_comma(c));
    }
    (len, commas)
}

/// Words a minute of the reading time, for scripts written with spaces between words.
const WORDS_PER_MINUTE: f64 = 230.0;
/// Characters a minute of the reading time, for scripts written without spaces (Han, kana,
/// Thai…): one such character is much less than a word of English, and readers of Chinese and
/// Japanese read a few hundred characters a minute (reading-time estimators use 400–500).
const UNSPACED_CHARS_PER_MINUTE: f64 = 500.0;

/// Whether `c` is a Hangul syllable: Korean is written with spaces between words, so a run of
/// syllables is one word to read, though [`for_each_token`] gives each its own token.
fn is_hangul(c: char) -> bool {
    (HANGUL_FIRST..=HANGUL_LAST).contains(&u32::from(c))
}

/// Reading time of `text` in whole minutes (at least 1 for any text with a word): its words at
/// [`WORDS_PER_MINUTE`] plus its unspaced-script characters at [`UNSPACED_CHARS_PER_MINUTE`]
/// (a page of Japanese is not read at one character a word-time). The tokens are
/// [`for_each_token`]'s; a token that touches the word before it (a Hangul syllable, or a word
/// run against one) continues that word.
pub(crate) fn reading_minutes(text: &str) -> u32 {
    let (mut words, mut chars, mut word_end) = (0usize, 0usize, usize::MAX);
    for_each_token(text, |t| {
        if t.chars()
            .next()
            .is_some_and(|c| is_unspaced_script(c) && !is_hangul(c))
        {
            chars += 1;
        } else {
            // Tokens are slices of `text`: where this one starts in it.
            let start = t.as_ptr() as usize - text.as_ptr() as usize;
            words += usize::from(start != word_end);
            word_end = start + t.len();
        }
    });
    if words + chars == 0 {
        return 0;
    }
    let minutes = words as f64 / WORDS_PER_MINUTE + chars as f64 / UNSPACED_CHARS_PER_MINUTE;
    minutes.ceil().max(1.0) as u32
}

/// The first `max_chars` characters of `text`, cut at a word boundary, with an ellipsis if cut.
pub(crate) fn preview(text: &str, max_chars: usize) -> String {
    let mut cut = collapse(text);
    // Where character `max_chars` starts: none, and the text is short enough whole.
    let Some((end, _)) = cut.char_indices().nth(max_chars) else {
        return cut;
    };
    cut.truncate(end);
    if let Some(pos) = cut.rfind(' ') {
        if pos > max_chars / 2 {
            cut.truncate(pos);
        }
    }
    cut.push('…');
    cut
}

/// A xorshift step: the deterministic pseudo-random numbers the property tests draw inputs from.
#[cfg(test)]
pub(crate) fn xorshift(seed: &mut u32) -> u32 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 17;
    *seed ^= *seed << 5;
    *seed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_many_scripts() {
        assert_eq!(word_count("Hello, wide world!"), 3);
        assert_eq!(word_count("مرحبا بالعالم"), 2);
        assert_eq!(word_count("東京都"), 3);
        assert_eq!(word_count("Привет мир"), 2);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn reading_time_by_script() {
        let english = "word ".repeat(460);
        assert_eq!(reading_minutes(&english), 2);
        assert_eq!(reading_minutes(&"word ".repeat(461)), 3);
        assert_eq!(reading_minutes(""), 0);
        assert_eq!(reading_minutes(" … "), 0);
        assert_eq!(reading_minutes("Brief."), 1);
        // 1,000 characters of Japanese: two minutes, not the five of 1,000 words.
        let japanese = "東京の天気は晴れ。".repeat(125);
        assert_eq!(
            japanese.chars().filter(|&c| is_unspaced_script(c)).count(),
            1000
        );
        assert_eq!(reading_minutes(&japanese), 2);
        // Korean is spaced: 460 two-syllable words are two minutes, not four of syllables.
        let korean = "서울 ".repeat(460);
        assert_eq!(word_count(&korean), 920);
        assert_eq!(reading_minutes(&korean), 2);
        // A word run against a syllable is one word with it; a Han character stops a word.
        assert_eq!(reading_minutes(&"26일 ".repeat(460)), 2);
        assert_eq!(reading_minutes(&"a東b ".repeat(230)), 3);
        // Mixed: 230 English words and 500 Han characters.
        let mixed = format!("{}{}", "word ".repeat(230), "字".repeat(500));
        assert_eq!(reading_minutes(&mixed), 2);
    }

    #[test]
    fn collapses_whitespace() {
        assert_eq!(collapse("  a \n\t b  "), "a b");
        assert_eq!(
            collapse("a\u{a0}\u{3000}b\u{2009}c\u{0B}d\u{85}e"),
            "a b c d e"
        );
        // Lead bytes shared with non-space characters: "é" (C3), "€" (E2 82 AC), "ア" (E3 82 A2).
        assert_eq!(collapse("café € ア\u{2003}¢"), "café € ア ¢");
    }

    /// The byte scanner folds exactly the characters `char::is_whitespace` calls whitespace.
    #[test]
    fn byte_scanner_matches_char_definition() {
        let alphabet: Vec<char> = (0u32..0x3100)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace() || c.len_utf8() > 1 || c.is_ascii_graphic())
            .step_by(7)
            .chain([
                ' ', '\n', '\u{0B}', '\u{a0}', '\u{2028}', '\u{3000}', '\u{1680}',
            ])
            .collect();
        let mut seed = 0x2545_f491_u32;
        for _ in 0..2000 {
            let mut s = String::new();
            for _ in 0..(seed % 40) {
                s.push(alphabet[xorshift(&mut seed) as usize % alphabet.len()]);
            }
            let mut expected = String::new();
            let mut pending = true;
            for c in s.chars() {
                if c.is_whitespace() {
                    if !pending {
                        expected.push(' ');
                        pending = true;
                    }
                } else {
                    expected.push(c);
                    pending = false;
                }
            }
            let mut got = String::new();
            push_collapsed(&mut got, &s);
            assert_eq!(got, expected, "{s:?}");
        }
    }

    fn comma_count(text: &str) -> usize {
        text.chars().filter(|&c| is_comma(c)).count()
    }

    #[test]
    fn folded_length_and_commas_in_one_pass() {
        for t in [
            "",
            "  ",
            " a ",
            "a  b\n c,",
            "東京、 大阪，x",
            "\u{a0}word, word ,\tend  ",
        ] {
            let words: usize = t.split_whitespace().map(|w| w.chars().count() + 1).sum();
            assert_eq!(
                folded_len_and_commas(t),
                (words.saturating_sub(1), comma_count(t)),
                "{t:?}"
            );
        }
    }

    #[test]
    fn previews_cut_at_words() {
        assert_eq!(preview("one two three four", 9), "one two…");
        assert_eq!(preview("short", 10), "short");
    }
}
