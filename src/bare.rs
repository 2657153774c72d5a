//! The floor for performance comparisons: one lol_html pass over a page that only counts
//! elements. `clean()` is measured against this (issue: "≤ 2× the bare lol_html pass").
//!
//! Not used by cleaning itself.

use lol_html::{element, HtmlRewriter, Settings};

/// Streams `html` through lol_html with a `*` element handler and returns the element count.
pub fn count_elements(html: &[u8]) -> Result<usize, crate::Error> {
    let mut count = 0usize;
    {
        let mut rewriter = HtmlRewriter::new(
            Settings::new().append_element_content_handler(element!("*", |_el| {
                count += 1;
                Ok(())
            })),
            crate::parse::NullSink,
        );
        rewriter
            .write(html)
            .map_err(|e| crate::Error::Parse(e.to_string()))?;
        rewriter
            .end()
            .map_err(|e| crate::Error::Parse(e.to_string()))?;
    }
    Ok(count)
}
