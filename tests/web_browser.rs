//! wasm-bindgen tests in headless Chromium (`wasm-pack test --headless --chrome`): `clean()` through
//! the JS boundary, in a browser engine.
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

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
