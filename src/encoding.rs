//! Decodes a saved page's bytes to UTF-8 the way browsers do: byte-order mark, then a
//! `<meta charset>` / `http-equiv="Content-Type"` in the first 1024 bytes; a page that declares
//! nothing is UTF-8 when its bytes are, else the legacy encoding they look like, guessed as
//! Firefox guesses it (chardetng, with the page's top-level domain as a hint).
//!
//! Pure function over bytes; reading files is the caller's business.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Finds a charset label in a `content="text/html; charset=…"` value.
fn charset_from_content(content: &str) -> Option<&str> {
    let lower = content.to_ascii_lowercase();
    let pos = lower.find("charset")?;
    let rest = content[pos + 7..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace())
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

/// Scans the first 1024 bytes for a declared encoding (a simplified HTML prescan).
fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..HEAD_BYTES).unwrap_or(bytes);
    let text = String::from_utf8_lossy(head);
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find("<meta") {
        let start = from + i;
        let end = lower[start..].find('>').map_or(lower.len(), |e| start + e);
        let tag = &text[start..end];
        let tag_lower = &lower[start..end];
        from = end;
        let label = if let Some(p) = tag_lower.find("charset") {
            let after = tag[p + 7..].trim_start();
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start().trim_start_matches(['"', '\'']);
                let e = v
                    .find(|c: char| {
                        c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace()
                    })
                    .unwrap_or(v.len());
                Some(&v[..e])
            } else {
                None
            }
        } else {
            None
        };
        let label = label.or_else(|| {
            if tag_lower.contains("http-equiv") {
                tag_lower
                    .find("content=")
                    .and_then(|p| charset_from_content(&tag[p + 8..]))
            } else {
                None
            }
        });
        if let Some(enc) = label.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
            // A page cannot really be UTF-16 if its meta tag was readable as ASCII.
            if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                return Some(UTF_8);
            }
            if enc.name() == "x-user-defined" {
                return Some(WINDOWS_1252);
            }
            return Some(enc);
        }
    }
    None
}

/// The encoding of a page: BOM, then `http_charset` (from a Content-Type header, if known), then
/// the `<meta>` prescan, then UTF-8 if the bytes are valid UTF-8, else [`guess`].
pub fn sniff(bytes: &[u8], http_charset: Option<&str>, url: Option<&str>) -> &'static Encoding {
    match declared(bytes, http_charset) {
        Some(enc) => enc,
        None if std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => guess(bytes, url),
    }
}

/// The legacy encoding that undeclared, not-UTF-8 `bytes` look like (windows-1251 for Russian,
/// Shift_JIS or EUC-JP for Japanese, GBK, Big5, EUC-KR, windows-1252 for Western European text…),
/// by Firefox's detector (chardetng), which reads the whole page. The top-level domain of `url`
/// breaks ties as in Firefox (`.ru` leans Cyrillic). Never UTF-8, never ISO-2022-JP (as for any
/// web page).
pub fn guess(bytes: &[u8], url: Option<&str>) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let tld = url.and_then(crate::url::top_level_domain);
    detector.guess(tld.as_deref().map(str::as_bytes), Utf8Detection::Deny)
}

/// The encoding a page states: BOM, then `http_charset`, then the `<meta>` prescan. Reads only
/// the first [`HEAD_BYTES`] bytes; `None` when the page states none (then [`sniff`] falls back on
/// the whole input: UTF-8 if it is valid UTF-8, else [`guess`]).
pub fn declared(bytes: &[u8], http_charset: Option<&str>) -> Option<&'static Encoding> {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return Some(enc);
    }
    if let Some(enc) = http_charset.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
        return Some(enc);
    }
    prescan(bytes)
}

/// How many leading bytes [`declared`] looks at.
pub const HEAD_BYTES: usize = 1024;

/// Decodes `bytes` to UTF-8 text using [`sniff`] (`url`: the page's address, if known); malformed
/// sequences become U+FFFD. Valid UTF-8 input is borrowed, not copied (a page's size less on the
/// peak heap).
pub fn decode<'a>(
    bytes: &'a [u8],
    http_charset: Option<&str>,
    url: Option<&str>,
) -> (std::borrow::Cow<'a, str>, &'static Encoding) {
    let enc = sniff(bytes, http_charset, url);
    let (text, used, _had_errors) = enc.decode(bytes);
    (text, used)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_and_http_equiv() {
        let page = b"<html><head><meta charset=\"iso-8859-2\"></head><body>\xb1</body>";
        let (text, enc) = decode(page, None, None);
        assert_eq!(enc.name(), "ISO-8859-2");
        assert!(text.contains('ą'));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\x93\xfa\x96\x7b";
        let (text, enc) = decode(page, None, None);
        assert_eq!(enc.name(), "Shift_JIS");
        assert!(text.contains("日本"));
    }

    #[test]
    fn defaults() {
        assert_eq!(sniff(b"<p>caf\xe9</p>", None, None).name(), "windows-1252");
        assert_eq!(sniff("<p>café</p>".as_bytes(), None, None).name(), "UTF-8");
        assert_eq!(sniff(b"\xef\xbb\xbf<p>x</p>", None, None).name(), "UTF-8");
        assert_eq!(sniff(b"<meta charset=utf-16>", None, None).name(), "UTF-8");
    }
}
