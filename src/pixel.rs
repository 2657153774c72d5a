//! Tells a tracking pixel or spacer from a picture, so neither becomes the lead image: an image
//! declared 2 pixels wide or high or less, or an address of a known counting or spacer kind
//! (`facebook.com/tr`, `/pixel`, `/beacon`, `1x1.gif`, analytics collectors). It does not
//! remove images from the article (see `sanitize`).

/// Address parts that only counting and spacer images use (lower-cased).
const PIXEL_HOSTS_AND_PATHS: &[&str] = &[
    "facebook.com/tr",
    "doubleclick.net",
    "google-analytics.com",
    "googletagmanager.com",
    "analytics.twitter.com",
    "bat.bing.com",
    "scorecardresearch.com",
    "quantserve.com",
    "pixel.wp.com",
    "sb.scorecardresearch",
    "/b/ss/",
    "/collect?",
    "data:image/gif",
];

/// File names of counting and spacer images: the last path segment is one of these, or starts
/// with one followed by `.`, `_` or `-` (`pixel.gif`, `1x1_white.png`).
const PIXEL_FILES: &[&str] = &[
    "pixel",
    "beacon",
    "tracking",
    "tracker",
    "1x1",
    "spacer",
    "blank",
    "clear",
    "transparent",
    "impression",
];

/// Folder names only counting images live in (`/pixel/…`, `/beacon/…`).
const PIXEL_FOLDERS: &[&str] = &["pixel", "pixels", "beacon", "tracking"];

/// Whether a declared `width` / `height` attribute says the image is at most 2 pixels.
fn tiny(dimension: Option<&str>) -> bool {
    dimension.is_some_and(|d| {
        let d = d.trim().trim_end_matches("px");
        d.parse::<f64>().is_ok_and(|n| (0.0..=2.0).contains(&n))
    })
}

/// Whether the image at `url` (with its `width` and `height` attributes, when known) is a
/// tracking pixel or spacer rather than a picture.
pub fn is_tracking_pixel(url: &str, width: Option<&str>, height: Option<&str>) -> bool {
    if tiny(width) || tiny(height) {
        return true;
    }
    let lower = url.to_ascii_lowercase();
    if PIXEL_HOSTS_AND_PATHS.iter().any(|p| lower.contains(p)) {
        return true;
    }
    let path = lower
        .split_once("://")
        .map_or(lower.as_str(), |(_, rest)| rest)
        .split_once('/')
        .map_or("", |(_, path)| path);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let mut segments = path.split('/').filter(|s| !s.is_empty()).peekable();
    while let Some(segment) = segments.next() {
        let last = segments.peek().is_none();
        if last {
            return PIXEL_FILES.iter().any(|name| {
                segment == *name
                    || segment
                        .strip_prefix(name)
                        .is_some_and(|rest| rest.starts_with(['.', '_', '-']))
            });
        }
        if PIXEL_FOLDERS.contains(&segment) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pixels_and_spacers() {
        for (url, w, h) in [
            (
                "https://www.facebook.com/tr?id=123&ev=PageView&noscript=1",
                None,
                None,
            ),
            ("https://example.com/pixel.gif", None, None),
            ("https://example.com/track/pixel?x=1", None, None),
            ("https://stats.example.com/beacon?u=2", None, None),
            ("https://example.com/img/1x1.gif", None, None),
            ("https://example.com/spacer.gif", None, None),
            ("https://sb.scorecardresearch.com/p?c1=2", None, None),
            ("https://example.com/photo.jpg", Some("1"), Some("1")),
            ("https://example.com/photo.jpg", Some("0"), None),
            ("https://example.com/photo.jpg", None, Some("2px")),
        ] {
            assert!(is_tracking_pixel(url, w, h), "{url} {w:?} {h:?}");
        }
    }

    #[test]
    fn pictures() {
        for url in [
            "https://example.com/images/harbour-at-dawn.jpg",
            "https://cdn.example.com/pixelated-art/cover.png",
            "https://example.com/2025/11/tracks-in-the-snow.jpg",
            "https://example.com/clearwater-beach.webp",
            "https://example.com/uploads/transport-minister.jpg",
            "https://example.com/tr/images/istanbul.jpg",
            "https://example.com/track/123/cover.jpg",
            "https://example.com/blank-canvas-exhibition/hall.jpg",
        ] {
            assert!(!is_tracking_pixel(url, Some("800"), Some("450")), "{url}");
            assert!(!is_tracking_pixel(url, None, None), "{url}");
        }
    }

    #[test]
    fn a_pixel_is_never_the_lead_image() {
        let para = "<p>The harbour authority approved a plan to dredge the main shipping channel, \
                    a project delayed for almost a decade by disputes over who would pay.</p>";
        let html = format!(
            "<html><head><title>Dredging approved</title></head><body><article>\
             <img src=\"https://www.facebook.com/tr?id=1&ev=PageView\" width=\"1\" height=\"1\">\
             <img src=\"/t.gif\" width=\"1\" height=\"1\">\
             {para}<figure><img src=\"/img/harbour.jpg\" width=\"800\" height=\"450\">\
             <figcaption>The harbour at dawn.</figcaption></figure>{para}{para}</article></body></html>"
        );
        let article = crate::clean(&html, &crate::Options::with_url("https://news.example/a"));
        let lead = article.ok().and_then(|a| a.lead_image);
        assert_eq!(
            lead.as_deref(),
            Some("https://news.example/img/harbour.jpg")
        );

        let og =
            "<html><head><meta property=\"og:image\" content=\"https://www.facebook.com/tr?id=9\">\
                  </head><body><article><p>Short text.</p></article></body></html>";
        let article = crate::clean(og, &crate::Options::with_url("https://news.example/a"));
        assert_eq!(article.ok().and_then(|a| a.lead_image), None);
    }
}
