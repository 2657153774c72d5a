//! URL resolution and the scheme allowlist for links and media.
//!
//! A deliberately small resolver (RFC 3986 reference resolution with WHATWG-style whitespace and
//! backslash handling) so the WASM build carries no IDNA tables. It does not validate hosts or
//! percent-encode; it only decides what a URL points to and whether its scheme is safe.

/// What a URL attribute is used for; decides which schemes are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlUse {
    /// `a href`, `blockquote cite`: http, https, mailto.
    Link,
    /// `img src`, `srcset`, `video poster`: http, https, and `data:image/*` except SVG.
    Media,
}

/// The host of an absolute http(s) URL, as written (no user, no port).
pub fn host(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..end];
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// The last label of an absolute http(s) URL's [`host`], lower-cased (`ru` for
/// `https://News.Example.RU:8080/a`): a hint for guessing an undeclared encoding. `None` for a
/// relative URL, an IP address, or a host that is not ASCII (a Punycode `xn--` label is kept).
pub fn top_level_domain(url: &str) -> Option<String> {
    let host = host(url.trim())?;
    if host.starts_with('[') {
        return None;
    }
    let label = host.trim_end_matches('.').rsplit('.').next()?;
    let plausible = !label.is_empty()
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !label.bytes().all(|b| b.is_ascii_digit());
    plausible.then(|| label.to_ascii_lowercase())
}

/// Removes what browsers strip from URL attributes: leading/trailing C0 controls and spaces,
/// and tabs/newlines anywhere.
fn strip(raw: &str) -> String {
    raw.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// Percent-encodes what must not appear raw in a URL attribute: controls, spaces, quotes, angle
/// brackets, backticks and invisible Unicode (line separators, zero-width and bidi controls),
/// so an output URL is one visible token. Other non-ASCII characters stay as they are.
fn encode_unsafe(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        let invisible = c.is_whitespace()
            || c.is_control()
            || matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF);
        if invisible || matches!(c, '"' | '<' | '>' | '`') {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The scheme of `url`, lower-cased, if it has one.
fn scheme(url: &str) -> Option<String> {
    let colon = url.find(':')?;
    let s = &url[..colon];
    let mut chars = s.chars();
    let first = chars.next()?;
    if !first.is_ascii_alphabetic()
        || !chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return None;
    }
    Some(s.to_ascii_lowercase())
}

fn allowed(scheme: &str, url: &str, usage: UrlUse) -> bool {
    match (scheme, usage) {
        ("http" | "https", _) => true,
        ("mailto", UrlUse::Link) => true,
        ("data", UrlUse::Media) => {
            let rest = url.get(5..).unwrap_or("").trim_start().to_ascii_lowercase();
            rest.starts_with("image/") && !rest.starts_with("image/svg")
        }
        _ => false,
    }
}

/// Splits an absolute hierarchical URL into (`scheme://authority`, path, query+fragment).
fn split_base(base: &str) -> Option<(&str, &str, &str)> {
    let after_scheme = base.find("://")? + 3;
    let path_start = base[after_scheme..]
        .find(['/', '?', '#'])
        .map_or(base.len(), |i| after_scheme + i);
    let origin = &base[..path_start];
    let rest = &base[path_start..];
    let path_end = rest.find(['?', '#']).unwrap_or(rest.len());
    Some((origin, &rest[..path_end], &rest[path_end..]))
}

/// Removes `.` and `..` segments from an absolute path.
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    if joined.starts_with('/') {
        joined
    } else {
        format!("/{joined}")
    }
}

/// Resolves `reference` against `base` (an absolute http(s) URL, or `None`) and returns it if
/// its scheme is allowed for `usage`. Without a base, relative references are returned as they are.
pub fn resolve(base: Option<&str>, reference: &str, usage: UrlUse) -> Option<String> {
    resolve_raw(base, reference, usage).map(|u| encode_unsafe(&u))
}

fn resolve_raw(base: Option<&str>, reference: &str, usage: UrlUse) -> Option<String> {
    let mut r = strip(reference);
    if r.is_empty() {
        return None;
    }
    if let Some(s) = scheme(&r) {
        if matches!(s.as_str(), "http" | "https") {
            r = r.replace('\\', "/");
        }
        return allowed(&s, &r, usage).then_some(r);
    }
    let Some(base) = base else {
        return Some(r);
    };
    let base_scheme = scheme(base)?;
    if !matches!(base_scheme.as_str(), "http" | "https") {
        return None;
    }
    let r = r.replace('\\', "/");
    let (origin, base_path, base_tail) = split_base(base)?;
    let resolved = if r.starts_with("//") {
        format!("{base_scheme}:{r}")
    } else if r.starts_with('/') {
        let (path, tail) = r.split_at(r.find(['?', '#']).unwrap_or(r.len()));
        format!("{origin}{}{tail}", remove_dot_segments(path))
    } else if r.starts_with('?') {
        format!(
            "{origin}{}{r}",
            if base_path.is_empty() { "/" } else { base_path }
        )
    } else if r.starts_with('#') {
        let query = base_tail.split('#').next().unwrap_or("");
        format!(
            "{origin}{}{query}{r}",
            if base_path.is_empty() { "/" } else { base_path }
        )
    } else {
        let dir = match base_path.rfind('/') {
            Some(i) => &base_path[..=i],
            None => "/",
        };
        let (path, tail) = r.split_at(r.find(['?', '#']).unwrap_or(r.len()));
        format!(
            "{origin}{}{tail}",
            remove_dot_segments(&format!("{dir}{path}"))
        )
    };
    Some(resolved)
}

/// Resolves every candidate of a `srcset` value; drops candidates with unsafe URLs.
pub fn resolve_srcset(base: Option<&str>, srcset: &str) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    for (url, descriptor) in srcset_candidates(srcset) {
        if let Some(abs) = resolve(base, url, UrlUse::Media) {
            // A URL ending in a comma would read back as a shorter URL.
            if abs.ends_with(',') {
                continue;
            }
            if descriptor.is_empty() {
                out.push(abs);
            } else {
                out.push(format!("{abs} {descriptor}"));
            }
        }
    }
    (!out.is_empty()).then(|| out.join(", "))
}

/// The `(url, descriptor)` candidates of a `srcset`, split as the HTML standard's parser does: a
/// URL runs to the next white space (so a `data:` URL keeps its comma), trailing commas end it
/// without descriptors, and descriptors run to the next comma outside parentheses.
fn srcset_candidates(srcset: &str) -> Vec<(&str, String)> {
    let mut out = Vec::new();
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            return out;
        }
        let url_end = rest
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let (mut url, after) = rest.split_at(url_end);
        rest = after;
        let mut descriptor = String::new();
        if url.ends_with(',') {
            url = url.trim_end_matches(',');
        } else {
            let mut depth = 0usize;
            let mut end = rest.len();
            for (i, c) in rest.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    ',' if depth == 0 => {
                        end = i;
                        break;
                    }
                    _ => {}
                }
            }
            descriptor = rest[..end]
                .split_ascii_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            rest = &rest[end..];
        }
        if !url.is_empty() {
            out.push((url, descriptor));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: Option<&str> = Some("http://fakehost/test/page.html?x=1#top");

    #[test]
    fn srcset_keeps_data_urls_whole() {
        let got = resolve_srcset(
            BASE,
            "data:image/png;base64,iVBORw0KGgo= 1x, b.png 2x,c.png,  d.png 300w",
        );
        assert_eq!(
            got.as_deref(),
            Some(
                "data:image/png;base64,iVBORw0KGgo= 1x, http://fakehost/test/b.png 2x, \
                 http://fakehost/test/c.png, http://fakehost/test/d.png 300w"
            )
        );
        // A script or SVG data URL is still refused, and the rest kept.
        assert_eq!(
            resolve_srcset(BASE, "data:image/svg+xml;base64,PHN2Zz4= 1x, e.png 2x").as_deref(),
            Some("http://fakehost/test/e.png 2x")
        );
    }

    #[test]
    fn top_level_domains() {
        for (url, want) in [
            ("https://News.Example.RU:8080/a?b#c", Some("ru")),
            ("http://user:pw@example.co.jp./x", Some("jp")),
            ("https://xn--p1ai/", Some("xn--p1ai")),
            ("http://192.168.0.1/page", None),
            ("http://[::1]:80/", None),
            ("https://пример.рф/", None),
            ("/relative/path", None),
            ("", None),
        ] {
            assert_eq!(top_level_domain(url).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn resolves_relative_forms() {
        let r = |s| resolve(BASE, s, UrlUse::Link);
        assert_eq!(r("a.png").as_deref(), Some("http://fakehost/test/a.png"));
        assert_eq!(r("../a.png").as_deref(), Some("http://fakehost/a.png"));
        assert_eq!(r("/x/./y/../z").as_deref(), Some("http://fakehost/x/z"));
        assert_eq!(
            r("//cdn.example/i.png").as_deref(),
            Some("http://cdn.example/i.png")
        );
        assert_eq!(
            r("?q=2").as_deref(),
            Some("http://fakehost/test/page.html?q=2")
        );
        assert_eq!(
            r("#s").as_deref(),
            Some("http://fakehost/test/page.html?x=1#s")
        );
        assert_eq!(r("https://e.org/a").as_deref(), Some("https://e.org/a"));
    }

    #[test]
    fn refuses_dangerous_schemes() {
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
        ] {
            assert_eq!(resolve(BASE, bad, UrlUse::Link), None, "{bad:?}");
            assert_eq!(resolve(BASE, bad, UrlUse::Media), None, "{bad:?}");
        }
        assert_eq!(
            resolve(BASE, "data:image/svg+xml,<svg/>", UrlUse::Media),
            None
        );
        assert!(resolve(BASE, "data:image/png;base64,AAAA", UrlUse::Media).is_some());
        assert!(resolve(BASE, "mailto:a@b.c", UrlUse::Link).is_some());
    }

    #[test]
    fn srcset_keeps_descriptors() {
        assert_eq!(
            resolve_srcset(BASE, "a.jpg 1x, javascript:x 2x, /b.jpg 640w").as_deref(),
            Some("http://fakehost/test/a.jpg 1x, http://fakehost/b.jpg 640w")
        );
    }
}
