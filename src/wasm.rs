//! The JavaScript binding: converts JS values to core types and back. Nothing else.
//!
//! `clean(html, options?)` returns the [`crate::Article`] as a plain JS object (field names as
//! in Rust); errors are thrown as JS `Error`s carrying the core's message.

#![deny(clippy::unwrap_used, clippy::expect_used)]

use wasm_bindgen::prelude::*;

fn options(value: JsValue) -> Result<crate::Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(crate::Options::default());
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        // serde-wasm-bindgen's message is a JS error's text: drop its "Error: " prefix.
        let msg = e.to_string();
        JsError::new(&format!(
            "invalid options: {}",
            msg.trim_start_matches("Error: ")
        ))
    })
}

fn to_js(article: &crate::Article) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(article, &serializer)
        .map_err(|e| JsError::new(&format!("could not convert the article: {e}")))
}

/// Cleans an HTML page. `options` is an optional object such as `{ url: "https://…" }`.
#[wasm_bindgen]
pub fn clean(html: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let opts = options(options_value)?;
    let article = crate::clean(html, &opts).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&article)
}

/// Cleans a page given as bytes in any encoding (a dropped `.html` file).
#[wasm_bindgen(js_name = cleanBytes)]
pub fn clean_bytes(bytes: &[u8], options_value: JsValue) -> Result<JsValue, JsError> {
    let opts = options(options_value)?;
    let article =
        crate::clean_bytes(bytes, None, &opts).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&article)
}

/// The crate version, for diagnostics.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The bare lol_html pass (element count) that benchmarks compare `clean` against.
#[wasm_bindgen(js_name = countElements)]
pub fn count_elements(html: &str) -> Result<usize, JsError> {
    crate::bare::count_elements(html.as_bytes()).map_err(|e| JsError::new(&e.to_string()))
}
