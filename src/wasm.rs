//! The JavaScript binding: converts JS values to core types and back. Nothing else.
//!
//! `clean(html, options?)` returns the [`crate::Article`] as a plain JS object (field names as
//! in Rust, `null` for a missing value); errors are thrown as JS `Error`s carrying the core's
//! message. Both directions go through the core types' serde derives with serde-wasm-bindgen:
//! a new field crosses the boundary without a line here. `clean` copies a long page string into
//! WASM memory a piece at a time (the core's [`crate::clean_pieces`]), never whole.
//! `cleanStream` reads a `ReadableStream` of bytes (web-sys) and hands each chunk to the core's
//! [`crate::ByteCleaner`] as it arrives.

#![deny(clippy::unwrap_used, clippy::expect_used)]

use js_sys::{Array, JsString, Object, Uint8Array};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStream, ReadableStreamDefaultReader, ReadableStreamReadResult};

use crate::{Article, ByteCleaner, Options};

/// Reads `{ url?, max_input_bytes?, max_elements?, max_parser_memory?, max_depth?, keep_images?,
/// collapse_duplicates?, block_model?, site_memory?, corrections? }`: a missing or `null` field keeps
/// its default, unknown fields are ignored, and a wrong one is thrown as
/// `invalid options: <field>: <what was wrong>`. `site_memory` is the plain object a previous
/// article's `site_memory` was (it comes back updated in the article; a damaged one is ignored, its
/// reason in `site_memory_ignored`, never thrown); `corrections` is `{ keep: [..], drop: [..] }` of
/// 16-digit hexadecimal fingerprint strings.
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

/// A page up to this many UTF-16 code units is copied into WASM memory whole (reading it in
/// pieces costs about 3 % of `clean()` on real pages, and saves little on them).
const WHOLE_UNITS: u32 = 1 << 20;
/// A longer one is copied this many units at a time.
const PIECE_UNITS: u32 = 1 << 16;

/// The pieces of a JS string, each copied into WASM memory as UTF-8 as it is read: a page over
/// [`WHOLE_UNITS`] is never there whole (a 5 MB page is 5 MB more at the peak when it is). A
/// piece never ends between the two halves of a surrogate pair.
fn string_pieces(s: &JsString) -> impl Iterator<Item = String> + '_ {
    let len = s.length();
    let piece_units = if len <= WHOLE_UNITS { len } else { PIECE_UNITS };
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= len {
            return None;
        }
        let mut end = at.saturating_add(piece_units).min(len);
        // A high surrogate (0xD800–0xDBFF) last: its pair goes to the next piece.
        if end < len && (55296.0..56320.0).contains(&s.char_code_at(end - 1)) {
            end -= 1;
        }
        let piece = String::from(s.slice(at, end));
        at = end;
        Some(piece)
    })
}

/// Cleans an HTML page (a string). `options` is an optional object such as
/// `{ url: "https://…" }`. A long page is read into WASM memory in pieces ([`string_pieces`]).
#[wasm_bindgen]
pub fn clean(
    #[wasm_bindgen(unchecked_param_type = "string")] html: JsValue,
    options_value: JsValue,
) -> Result<JsValue, JsError> {
    let html: JsString = html
        .dyn_into()
        .map_err(|_| JsError::new("clean: the page must be a string (cleanBytes reads bytes)"))?;
    let opts = options(options_value)?;
    // Its UTF-8 length is at least its length in UTF-16 units, and close to it for markup.
    let len = usize::try_from(html.length()).unwrap_or(usize::MAX);
    to_js(&crate::clean_pieces(len, string_pieces(&html), &opts).map_err(thrown)?)
}

/// Cleans a page given as bytes in any encoding (a dropped `.html` file).
#[wasm_bindgen(js_name = cleanBytes)]
pub fn clean_bytes(bytes: &[u8], options_value: JsValue) -> Result<JsValue, JsError> {
    let opts = options(options_value)?;
    to_js(&crate::clean_bytes(bytes, None, &opts).map_err(thrown)?)
}

/// Cleans a page read from a `ReadableStream` of bytes (`response.body`, `file.stream()`), each
/// chunk parsed as it arrives; the encoding is sniffed as `cleanBytes` sniffs it, `charset` being
/// the transport's label (a `Content-Type` charset), if known. Resolves to the same `Article` as
/// `cleanBytes` on the whole input; rejects with the stream's own error if reading fails (the
/// stream is cancelled if cleaning fails first).
#[wasm_bindgen(js_name = cleanStream)]
pub async fn clean_stream(
    stream: ReadableStream,
    options_value: JsValue,
    charset: Option<String>,
) -> Result<JsValue, JsValue> {
    let opts = options(options_value)?;
    let reader = ReadableStreamDefaultReader::new(&stream)?;
    let mut cleaner = ByteCleaner::new(charset.as_deref(), opts);
    let mut buf = Vec::new();
    loop {
        let step: ReadableStreamReadResult = JsFuture::from(reader.read()).await?.unchecked_into();
        if step.get_done().unwrap_or(false) {
            break;
        }
        let written = match step.get_value().dyn_into::<Uint8Array>() {
            Ok(chunk) => {
                buf.resize(chunk.length() as usize, 0);
                chunk.copy_to(&mut buf);
                cleaner.write(&buf).map_err(thrown)
            }
            Err(_) => Err(JsError::new(
                "cleanStream: the stream must yield Uint8Array chunks",
            )),
        };
        if let Err(e) = written {
            // Nothing more is needed from the source (its promise has nothing to report).
            let _ = reader.cancel();
            return Err(e.into());
        }
    }
    Ok(to_js(&cleaner.end().map_err(thrown)?)?)
}

/// The crate version, for diagnostics.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The bare lol_html pass (element count) that benchmarks compare `clean` against (only in a
/// build with the `bench` feature).
#[cfg(feature = "bench")]
#[wasm_bindgen(js_name = countElements)]
pub fn count_elements(html: &str) -> Result<usize, JsError> {
    crate::bare::count_elements(html.as_bytes()).map_err(thrown)
}
