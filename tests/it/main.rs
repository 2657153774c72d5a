//! The single native integration-test binary. Each module owns one concern.
#![cfg(not(target_arch = "wasm32"))]

mod dedupe;
mod languages;
mod pages;
mod quality;
mod reliability;
mod security;
mod site_memory;
