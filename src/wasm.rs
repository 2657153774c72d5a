//! The JavaScript binding: converts JS values to core types and back. Nothing else.
//!
//! `clean(html, options?)` returns the [`crate::Article`] as a plain JS object (field names as
//! in Rust, `null` for a missing value); errors are thrown as JS `Error`s carrying the core's
//! message. Both directions go through the core types' serde derives with serde-wasm-bindgen:
//! a new field crosses the boundary without a line here.

#![deny(clippy::unwrap_used, clippy::expect_used)]

use js_sys::{Array, Object};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Article, Options};

/// Reads `{ url?, max_input_bytes?, max_elements?, max_parser_memory?, max_depth?, keep_images?,
/// collapse_duplicates?, block_model? }`: a missing or `null` field keeps its default, unknown fields are
/// ignored, and a wrong one is thrown as `invalid options: <field>: <what was wrong>`.
fn options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    // `null` means "the default", as a missing field does (serde reads it as a wrong type).
    let value = match value.dyn_ref::<Object>() {
        Some(obj) if !Array::is_array(obj) => Object::from_entries(
            &Object::entries(obj)
                .iter()
                .filter(|entry| !Array::from(entry).get(1).is_null())
                .collect::<Array>(),
        )
        .map_or(value, JsValue::from),
        _ => value,
    };
    let de = serde_wasm_bindgen::Deserializer::from(value);
    serde_path_to_error::deserialize(de)
        .map_err(|e| JsError::new(&crate::Error::InvalidOptions(e.to_string()).to_string()))
}

/// The article as a plain object: `null` for a missing value, maps (none today) as objects.
fn to_js(article: &Article) -> Result<JsValue, JsError> {
    article
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&crate::Error::Internal(e.to_string()).to_string()))
}

fn thrown(e: crate::Error) -> JsError {
    JsError::new(&e.to_string())
}

/// Cleans an HTML page. `options` is an optional object such as `{ url: "https://…" }`.
#[wasm_bindgen]
pub fn clean(html: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let opts = options(options_value)?;
    to_js(&crate::clean(html, &opts).map_err(thrown)?)
}

/// Cleans a page given as bytes in any encoding (a dropped `.html` file).
#[wasm_bindgen(js_name = cleanBytes)]
pub fn clean_bytes(bytes: &[u8], options_value: JsValue) -> Result<JsValue, JsError> {
    let opts = options(options_value)?;
    to_js(&crate::clean_bytes(bytes, None, &opts).map_err(thrown)?)
}

/// The crate version, for diagnostics.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The bare lol_html pass (element count) that benchmarks compare `clean` against.
#[wasm_bindgen(js_name = countElements)]
pub fn count_elements(html: &str) -> Result<usize, JsError> {
    crate::bare::count_elements(html.as_bytes()).map_err(thrown)
}
