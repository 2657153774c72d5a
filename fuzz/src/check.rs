//! The fuzz property, shared by the libFuzzer target (`fuzz/fuzz_targets/clean.rs`) and the
//! native test that replays `fuzz/corpus` and `fuzz/artifacts` (tests/it/reliability.rs).
//!
//! Input layout: the first byte seeds the chunk split, the rest is the page. The page goes
//! through `Cleaner::write` whole and in pseudo-random chunks (sizes 1..=64 and larger, split
//! anywhere, including inside a UTF-8 sequence), and through `clean_bytes`. Properties: nothing
//! panics, the chunked result equals the one-shot result, and any output HTML is well-formed
//! (every element the writer opens is closed, in order) and parse-stable (sanitising it again
//! gives the same string).

use declutter::{Article, Cleaner, Error, Options};

/// Small deterministic PRNG (SplitMix64), so a failing split can be replayed.
pub struct SplitMix(pub u64);

impl SplitMix {
    /// The next pseudo-random number.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A chunk size: mostly tiny (splits inside tags, entities and characters), sometimes large.
    pub fn chunk_size(&mut self) -> usize {
        let r = self.next();
        if r % 4 == 0 {
            1 + (r >> 8) as usize % 8192
        } else {
            1 + (r >> 8) as usize % 64
        }
    }
}

/// Cleans `page` in chunks: `fixed` if given, else sizes drawn from `rng`.
pub fn clean_chunked(
    page: &[u8],
    options: &Options,
    fixed: Option<usize>,
    rng: &mut SplitMix,
) -> Result<Article, Error> {
    let mut cleaner = Cleaner::new(options.clone());
    let mut rest = page;
    while !rest.is_empty() {
        let size = fixed
            .unwrap_or_else(|| rng.chunk_size())
            .clamp(1, rest.len());
        let (chunk, tail) = rest.split_at(size);
        cleaner.write(chunk)?;
        rest = tail;
    }
    cleaner.end()
}

/// Cleans `page` in one write.
pub fn clean_whole(page: &[u8], options: &Options) -> Result<Article, Error> {
    let mut cleaner = Cleaner::new(options.clone());
    cleaner.write(page)?;
    cleaner.end()
}

/// Elements the writer closes (everything it writes except void elements).
fn is_void(tag: &str) -> bool {
    matches!(tag, "br" | "hr" | "img" | "wbr")
}

/// Checks that `html` (the writer's output form: `<t …>`, `</t>`, escaped text) opens and
/// closes its elements in order. Returns a description of the first problem.
pub fn well_formed(html: &str) -> Result<(), String> {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        if rest[..lt].contains('>') {
            return Err(format!("raw '>' in text near {:?}", &rest[..lt]));
        }
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else {
            return Err(format!("unterminated tag {after:?}"));
        };
        let tag = &after[1..gt];
        rest = &after[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(top) if top == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
        } else {
            let name = tag.split(' ').next().unwrap_or("");
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Err(format!("bad tag <{tag}>"));
            }
            if !is_void(name) {
                open.push(name);
            }
        }
    }
    if rest.contains('>') {
        return Err("raw '>' in trailing text".into());
    }
    match open.last() {
        Some(t) => Err(format!("<{t}> never closed")),
        None => Ok(()),
    }
}

const URL: &str = "https://fuzz.example/a/b.html";

/// The whole property on one fuzz input. Panics (with a message) when it fails.
pub fn check(data: &[u8]) {
    let Some((&seed, page)) = data.split_first() else {
        return;
    };
    let options = Options::with_url(URL);
    let whole = clean_whole(page, &options);
    let mut rng = SplitMix(u64::from(seed) ^ (page.len() as u64).rotate_left(17));
    let chunked = clean_chunked(page, &options, None, &mut rng);
    match (&whole, &chunked) {
        (Ok(a), Ok(b)) => {
            assert!(a == b, "chunked output differs from one-shot output");
            if let Err(e) = well_formed(&a.content_html) {
                panic!("output is not well-formed: {e}\n{}", a.content_html);
            }
            // Parse-stable: re-parsing and re-writing the output changes nothing.
            if let Ok(again) = declutter::sanitize_fragment(&a.content_html, Some(URL)) {
                assert!(
                    again == a.content_html,
                    "output is not idempotent:\n{}\n{again}",
                    a.content_html
                );
            }
        }
        (Err(a), Err(b)) => assert_eq!(a, b, "chunked error differs from one-shot error"),
        _ => panic!("one-shot {whole:?} but chunked {chunked:?}"),
    }
    // Any encoding: never panics either.
    let _ = declutter::clean_bytes(page, None, &options);
}

/// Markup fragments the mutator splices in: tag openers, entities, raw-text and foreign
/// elements, table parts, and multi-byte characters.
const TOKENS: &[&[u8]] = &[
    b"<",
    b"</",
    b">",
    b"/>",
    b"&",
    b"&#",
    b"&#x",
    b";",
    b"\"",
    b"'",
    b"=",
    b"<!--",
    b"-->",
    b"<p>",
    b"</p>",
    b"<div>",
    b"</div>",
    b"<li>",
    b"<table>",
    b"<tr>",
    b"<td>",
    b"</table>",
    b"<a href=\"",
    b"javascript:",
    b"<svg>",
    b"<math>",
    b"<script>",
    b"</script>",
    b"<style>",
    b"<textarea>",
    b"<plaintext>",
    b"<select>",
    b"<template>",
    b"<noscript>",
    b"<pre>\n",
    b"<img src=x onerror=",
    b"<![CDATA[",
    b"<?x",
    b"\0",
    b"\r\n",
    b"\xc3\xa9",
    b"\xe6\x97\xa5",
    b"\xf0\x9f\x98\x80",
    b"\xff",
    b"&amp",
    b"&nbsp;",
    b"<h1>",
    b"<b><i>",
    b"</b></i>",
    b"<ruby><rt>",
];

/// One random edit of `data` (libFuzzer-style byte and token mutations, or a splice with
/// `other`), for the portable mutation loop.
pub fn mutate(data: &[u8], other: &[u8], rng: &mut SplitMix) -> Vec<u8> {
    let mut out = data.to_vec();
    let edits = 1 + rng.next() % 4;
    for _ in 0..edits {
        let len = out.len();
        let pos = if len == 0 {
            0
        } else {
            (rng.next() as usize) % (len + 1)
        };
        match rng.next() % 7 {
            0 if len > 0 => {
                let i = pos.min(len - 1);
                if let Some(b) = out.get_mut(i) {
                    *b ^= 1 << (rng.next() % 8);
                }
            }
            1 => out.insert(pos, (rng.next() & 0xff) as u8),
            2 | 3 => {
                let token = TOKENS[(rng.next() as usize) % TOKENS.len()];
                out.splice(pos..pos, token.iter().copied());
            }
            4 if len > 0 => {
                let end = (pos + 1 + (rng.next() as usize) % 16).min(len);
                out.drain(pos.min(end)..end);
            }
            5 if len > 0 => {
                let end = (pos + 1 + (rng.next() as usize) % 32).min(len);
                let copy: Vec<u8> = out[pos.min(end)..end].to_vec();
                let at = (rng.next() as usize) % (out.len() + 1);
                out.splice(at..at, copy);
            }
            _ if !other.is_empty() => {
                let from = (rng.next() as usize) % other.len();
                let end = (from + 1 + (rng.next() as usize) % 64).min(other.len());
                out.splice(pos..pos, other[from..end].iter().copied());
            }
            _ => out.push(b'<'),
        }
    }
    out.truncate(64 * 1024);
    out
}
