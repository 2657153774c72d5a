//! wasm-bindgen tests in Node (`wasm-pack test --node`): `clean()` through the JS boundary.
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]

use wasm_bindgen_test::wasm_bindgen_test;

#[path = "web_shared/mod.rs"]
mod shared;

#[wasm_bindgen_test]
fn seed_pages_come_out_clean() {
    shared::seed_pages_come_out_clean();
}

#[wasm_bindgen_test]
fn options_are_optional() {
    shared::options_are_optional();
}

#[wasm_bindgen_test]
fn article_shape() {
    shared::article_shape();
}

#[wasm_bindgen_test]
fn bad_options_throw_a_clear_error() {
    shared::bad_options_throw_a_clear_error();
}

#[wasm_bindgen_test]
fn limits_throw_a_js_error() {
    shared::limits_throw_a_js_error();
}

#[wasm_bindgen_test]
fn clean_bytes_decodes_legacy_encodings() {
    shared::clean_bytes_decodes_legacy_encodings();
}

#[wasm_bindgen_test]
async fn stream_gives_the_same_article() {
    shared::stream_gives_the_same_article().await;
}

#[wasm_bindgen_test]
async fn stream_sniffs_legacy_encodings() {
    shared::stream_sniffs_legacy_encodings().await;
}

#[wasm_bindgen_test]
async fn stream_errors() {
    shared::stream_errors().await;
}

#[wasm_bindgen_test]
fn long_page_read_in_pieces() {
    shared::long_page_read_in_pieces();
}

#[wasm_bindgen_test]
fn page_must_be_a_string() {
    shared::page_must_be_a_string();
}

#[wasm_bindgen_test]
fn version_is_the_crates() {
    shared::version_is_the_crates();
}

/// The site memory crosses the boundary as a plain object and back: what one page returns is what
/// the next page is given (as the extension stores it between visits, through JSON), a stored
/// memory that is damaged or of another version is ignored with its reason, never thrown, and the
/// corrections are plain lists of fingerprint strings.
#[wasm_bindgen_test]
fn site_memory_crosses_the_boundary() {
    use js_sys::{Array, Reflect, JSON};
    use wasm_bindgen::JsValue;

    let get = |obj: &JsValue, key: &str| {
        Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    };
    let pages = [
        include_str!("sites/riverbend-gazette/page-1.html"),
        include_str!("sites/riverbend-gazette/page-2.html"),
        include_str!("sites/riverbend-gazette/page-3.html"),
    ];
    let mut memory = JSON::parse("{}").expect("an empty memory");
    let mut third = JsValue::UNDEFINED;
    for (n, page) in pages.iter().enumerate() {
        let options = js_sys::Object::new();
        let url = format!("https://riverbend.example/story-{n}");
        Reflect::set(&options, &"url".into(), &url.into()).expect("set url");
        Reflect::set(&options, &"site_memory".into(), &memory).expect("set memory");
        let article = shared::clean(page, options.into()).expect("clean");
        assert!(get(&article, "site_memory_ignored").is_null());
        // Stored as the extension stores it: through JSON.
        let stored = JSON::stringify(&get(&article, "site_memory")).expect("JSON");
        memory = JSON::parse(&String::from(stored)).expect("parse");
        third = article;
    }
    let blocks = Array::from(&get(&memory, "blocks"));
    assert!(blocks.length() > 0);
    assert!(get(&blocks.get(0), "fingerprint")
        .as_string()
        .is_some_and(|f| f.len() == 16));
    let removed = Array::from(&get(&third, "removed"));
    let site_repeats: Vec<JsValue> = removed
        .iter()
        .filter(|r| get(r, "kind").as_string().as_deref() == Some("site_repeat"))
        .collect();
    assert_eq!(
        site_repeats.len(),
        3,
        "the third page loses the three site blocks"
    );
    let put_back = &site_repeats[0];
    assert!(get(put_back, "html")
        .as_string()
        .is_some_and(|h| h.starts_with("<p")));
    let keep = get(put_back, "fingerprint")
        .as_string()
        .expect("a fingerprint");

    // Put back: the block stays on the third page.
    let options = JSON::parse(&format!(
        r#"{{"url": "https://riverbend.example/story-2", "corrections": {{"keep": ["{keep}"], "drop": []}}}}"#
    ))
    .expect("options");
    let kept = shared::clean(pages[2], options).expect("clean with corrections");
    let kept_removed = Array::from(&get(&kept, "removed"));
    assert!(!kept_removed
        .iter()
        .any(|r| get(&r, "fingerprint").as_string().as_deref() == Some(keep.as_str())));

    for (stored, reason) in [
        (r#"{"version": 1, "blocks": 5}"#, "unreadable"),
        (r#"{"version": 9, "blocks": []}"#, "version"),
        (r#""not a memory""#, "unreadable"),
    ] {
        let options = JSON::parse(&format!(r#"{{"site_memory": {stored}}}"#)).expect("options");
        let article = shared::clean(pages[0], options).expect("a damaged memory is not an error");
        let ignored = get(&article, "site_memory_ignored");
        assert_eq!(
            get(&ignored, "reason").as_string().as_deref(),
            Some(reason),
            "{stored}"
        );
        assert!(get(&get(&article, "site_memory"), "pages").as_f64() == Some(1.0));
    }
}
