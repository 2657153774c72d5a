//! The JavaScript binding: converts JS values to core types and back. Nothing else.
//!
//! `clean(html, options?)` returns the [`crate::Article`] as a plain JS object (field names as
//! in Rust, `null` for a missing value); errors are thrown as JS `Error`s carrying the core's
//! message. The conversions are written out by hand (no serde here): the binding stays small,
//! and destructuring every struct makes a new field a compile error until it is converted.

#![deny(clippy::unwrap_used, clippy::expect_used)]

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;

use crate::{Article, DuplicateBody, Options, Removed, RepeatedBlock};

fn invalid(field: &str, want: &str, got: &JsValue) -> JsError {
    let shown = JSON::stringify(got)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| got.js_typeof().as_string().unwrap_or_default());
    JsError::new(&format!(
        "invalid options: {field}: expected {want}, got {shown}"
    ))
}

/// Reads `{ url?, max_input_bytes?, max_elements?, max_parser_memory?, max_depth?, keep_images?,
/// collapse_duplicates? }`; a missing or `null` field keeps its default, unknown fields are ignored.
fn options(value: JsValue) -> Result<Options, JsError> {
    let mut opts = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(opts);
    }
    if !value.is_object() {
        return Err(invalid("options", "an object", &value));
    }
    let get = |field: &str| -> Option<JsValue> {
        Reflect::get(&value, &JsValue::from_str(field))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let count = |field: &str, slot: &mut usize| -> Result<(), JsError> {
        if let Some(v) = get(field) {
            match v.as_f64() {
                Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= usize::MAX as f64 => {
                    *slot = n as usize;
                }
                _ => return Err(invalid(field, "a whole number ≥ 0", &v)),
            }
        }
        Ok(())
    };
    let flag = |field: &str, slot: &mut bool| -> Result<(), JsError> {
        if let Some(v) = get(field) {
            *slot = v
                .as_bool()
                .ok_or_else(|| invalid(field, "true or false", &v))?;
        }
        Ok(())
    };
    let Options {
        url,
        max_input_bytes,
        max_elements,
        max_parser_memory,
        max_depth,
        keep_images,
        collapse_duplicates,
    } = &mut opts;
    if let Some(v) = get("url") {
        *url = Some(
            v.as_string()
                .ok_or_else(|| invalid("url", "a string", &v))?,
        );
    }
    count("max_input_bytes", max_input_bytes)?;
    count("max_elements", max_elements)?;
    count("max_parser_memory", max_parser_memory)?;
    count("max_depth", max_depth)?;
    flag("keep_images", keep_images)?;
    flag("collapse_duplicates", collapse_duplicates)?;
    Ok(opts)
}

/// A plain object built field by field.
struct Obj(Object);

impl Obj {
    fn new() -> Obj {
        Obj(Object::new())
    }

    fn set(self, key: &str, value: JsValue) -> Obj {
        // Defining a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), &value);
        self
    }

    fn str(self, key: &str, value: &str) -> Obj {
        self.set(key, JsValue::from_str(value))
    }

    fn opt(self, key: &str, value: &Option<String>) -> Obj {
        let v = value.as_deref().map_or(JsValue::NULL, JsValue::from_str);
        self.set(key, v)
    }

    fn num(self, key: &str, value: f64) -> Obj {
        self.set(key, JsValue::from_f64(value))
    }

    fn done(self) -> JsValue {
        self.0.into()
    }
}

fn array<T>(items: &[T], convert: impl Fn(&T) -> JsValue) -> JsValue {
    items.iter().map(convert).collect::<Array>().into()
}

fn repeated(b: &RepeatedBlock) -> JsValue {
    let RepeatedBlock {
        index,
        original_index,
        preview,
        location,
        dropped,
    } = b;
    Obj::new()
        .num("index", *index as f64)
        .num("original_index", *original_index as f64)
        .str("preview", preview)
        .str("location", location)
        .set("dropped", JsValue::from_bool(*dropped))
        .done()
}

fn removed(r: &Removed) -> JsValue {
    let Removed {
        kind,
        reason,
        preview,
        words,
    } = r;
    Obj::new()
        .str("kind", kind)
        .str("reason", reason)
        .str("preview", preview)
        .num("words", *words as f64)
        .done()
}

fn to_js(article: &Article) -> JsValue {
    let Article {
        title,
        byline,
        site_name,
        published,
        lang,
        dir,
        excerpt,
        lead_image,
        content_html,
        text,
        word_count,
        reading_minutes,
        readerable,
        duplicate_body,
        removed: removed_blocks,
    } = article;
    let DuplicateBody {
        detected,
        copies,
        duplicated_ratio,
        blocks,
    } = duplicate_body;
    let duplicate_body = Obj::new()
        .set("detected", JsValue::from_bool(*detected))
        .num("copies", f64::from(*copies))
        .num("duplicated_ratio", *duplicated_ratio)
        .set("blocks", array(blocks, repeated))
        .done();
    Obj::new()
        .str("title", title)
        .opt("byline", byline)
        .opt("site_name", site_name)
        .opt("published", published)
        .opt("lang", lang)
        .opt("dir", dir)
        .opt("excerpt", excerpt)
        .opt("lead_image", lead_image)
        .str("content_html", content_html)
        .str("text", text)
        .num("word_count", *word_count as f64)
        .num("reading_minutes", f64::from(*reading_minutes))
        .set("readerable", JsValue::from_bool(*readerable))
        .set("duplicate_body", duplicate_body)
        .set("removed", array(removed_blocks, removed))
        .done()
}

/// Cleans an HTML page. `options` is an optional object such as `{ url: "https://…" }`.
#[wasm_bindgen]
pub fn clean(html: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let opts = options(options_value)?;
    let article = crate::clean(html, &opts).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(to_js(&article))
}

/// Cleans a page given as bytes in any encoding (a dropped `.html` file).
#[wasm_bindgen(js_name = cleanBytes)]
pub fn clean_bytes(bytes: &[u8], options_value: JsValue) -> Result<JsValue, JsError> {
    let opts = options(options_value)?;
    let article =
        crate::clean_bytes(bytes, None, &opts).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(to_js(&article))
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
