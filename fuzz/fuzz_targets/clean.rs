//! libFuzzer target: arbitrary bytes and an arbitrary chunk split through the streaming
//! cleaner; asserts no panic, chunked == one-shot, well-formed output (see `../src/check.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)] // `mutate` serves the native replay test
#[path = "../src/check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    check::check(data);
});
