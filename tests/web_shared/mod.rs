//! Checks shared by the wasm-bindgen tests in `tests/web.rs` (Node) and `tests/web_browser.rs`
//! (headless Chromium): the exported `clean` / `cleanBytes` / `version`, called with JS values and
//! read back as JS objects, on the seed-template page fixtures (embedded: wasm has no filesystem).

use declutter::wasm;
use js_sys::{Array, Object, Reflect, Uint8Array, JSON};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::ReadableStream;

#[wasm_bindgen(inline_js = "
export function chunked(bytes, size) {
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  }, { highWaterMark: 0 });
}
export function blobStream(bytes) { return new Blob([bytes]).stream(); }
export function failing(bytes) {
  return new ReadableStream({ start(c) { c.enqueue(bytes); c.error(new TypeError('network down')); } });
}
export function strings() {
  return new ReadableStream({ start(c) { c.enqueue('<p>text</p>'); c.close(); } });
}
")]
extern "C" {
    /// A stream yielding `bytes` in chunks of `size`, one chunk per read.
    fn chunked(bytes: Uint8Array, size: usize) -> ReadableStream;
    /// A `Blob`'s stream (chunked as the browser reads it).
    #[wasm_bindgen(js_name = blobStream)]
    fn blob_stream(bytes: Uint8Array) -> ReadableStream;
    /// A stream that yields `bytes` and then fails.
    fn failing(bytes: Uint8Array) -> ReadableStream;
    /// A stream of strings, not bytes.
    fn strings() -> ReadableStream;
}

/// A page fixture: its source and what must (not) come out.
pub struct Fixture {
    pub slug: &'static str,
    pub source: &'static str,
    pub metadata: &'static str,
    pub expected_text: &'static str,
    pub must_not_have: &'static str,
}

macro_rules! fixture {
    ($slug:literal) => {
        Fixture {
            slug: $slug,
            source: include_str!(concat!("../pages/", $slug, "/source.html")),
            metadata: include_str!(concat!("../pages/", $slug, "/expected-metadata.json")),
            expected_text: include_str!(concat!("../pages/", $slug, "/expected.txt")),
            must_not_have: include_str!(concat!("../pages/", $slug, "/must-not-have.txt")),
        }
    };
}

/// The seed-template fixtures (tests/pages/seed-*).
pub fn fixtures() -> Vec<Fixture> {
    vec![
        fixture!("seed-almayadeen-1"),
        fixture!("seed-almayadeen-2"),
        fixture!("seed-almayadeen-3"),
        fixture!("seed-menafn-1"),
        fixture!("seed-xinhua-1"),
    ]
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn get_str(obj: &JsValue, key: &str) -> String {
    get(obj, key)
        .as_string()
        .unwrap_or_else(|| panic!("field {key} is not a string"))
}

/// JS has one number type: compare 0 and 0.0 as equal.
fn numbers_as_f64(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => n
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(Value::Null, Value::Number),
        Value::Array(a) => Value::Array(a.into_iter().map(numbers_as_f64).collect()),
        Value::Object(o) => {
            Value::Object(o.into_iter().map(|(k, v)| (k, numbers_as_f64(v))).collect())
        }
        other => other,
    }
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).unwrap_or_else(|e| panic!("bad test options {json}: {e:?}"))
}

/// The thrown value of a failed call, as a JS `Error`.
fn js_error(result: Result<JsValue, wasm_bindgen::JsError>) -> js_sys::Error {
    let err = match result {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => JsValue::from(e),
    };
    err.dyn_into::<js_sys::Error>()
        .unwrap_or_else(|v| panic!("thrown value is not an Error: {v:?}"))
}

/// `clean()` as JavaScript calls it, with a string.
pub fn clean(html: &str, opts: JsValue) -> Result<JsValue, wasm_bindgen::JsError> {
    wasm::clean(JsValue::from_str(html), opts)
}

/// Every seed fixture comes back as a plain object holding the article and none of the clutter.
pub fn seed_pages_come_out_clean() {
    for f in fixtures() {
        let opts = options(r#"{"url": "https://news.example/world/story.html"}"#);
        let article = clean(f.source, opts)
            .unwrap_or_else(|e| panic!("{}: clean failed: {:?}", f.slug, JsValue::from(e)));
        assert!(article.is_object(), "{}: not an object", f.slug);
        assert_eq!(
            Object::get_prototype_of(&article),
            Object::get_prototype_of(&Object::new().into()),
            "{}: not a plain object",
            f.slug
        );

        let meta: serde_json::Value = serde_json::from_str(f.metadata).expect("metadata json");
        let title = get_str(&article, "title");
        assert_eq!(
            Some(title.as_str()),
            meta["title"].as_str(),
            "{}: title",
            f.slug
        );
        assert_eq!(
            get(&article, "readerable").as_bool(),
            Some(true),
            "{}",
            f.slug
        );

        // The JS object carries exactly what the core produced.
        let native = declutter::clean(
            f.source,
            &declutter::Options::with_url("https://news.example/world/story.html"),
        )
        .expect("native clean");
        let native = serde_json::to_value(&native).expect("article to json");
        let js = JSON::stringify(&article)
            .expect("stringify")
            .as_string()
            .unwrap_or_default();
        let js: serde_json::Value = serde_json::from_str(&js).expect("js article json");
        assert_eq!(
            numbers_as_f64(js),
            numbers_as_f64(native),
            "{}: JS object differs from the native Article",
            f.slug
        );

        // The article's paragraphs are there.
        let text = squash(&get_str(&article, "text"));
        let expected = squash(f.expected_text);
        for para in f.expected_text.split("\n\n").map(squash) {
            if para.len() > 60 {
                assert!(
                    text.contains(&para),
                    "{}: paragraph missing: {para}",
                    f.slug
                );
            }
        }
        let html = get_str(&article, "content_html");
        assert!(
            !html.contains("<script"),
            "{}: script in content_html",
            f.slug
        );

        // Longer clutter lines (menus, tickers, rails): none may leak into the text.
        for line in f.must_not_have.lines().map(squash) {
            if line.starts_with('#') || line.len() < 24 || expected.contains(&line) {
                continue;
            }
            assert!(!text.contains(&line), "{}: clutter in text: {line}", f.slug);
        }

        // Every removed block reports a kind and a reason.
        let removed = get(&article, "removed")
            .dyn_into::<Array>()
            .expect("removed array");
        assert!(removed.length() > 0, "{}: nothing removed", f.slug);
        for r in removed.iter() {
            assert!(!get_str(&r, "kind").is_empty());
            assert!(!get_str(&r, "reason").is_empty());
        }
        let dup = get(&article, "duplicate_body");
        assert_eq!(
            get(&dup, "detected").as_bool(),
            meta["duplicate_body"]["detected"].as_bool(),
            "{}: duplicate_body.detected",
            f.slug
        );
        assert!(get(&article, "word_count").as_f64().unwrap_or(0.0) > 100.0);
    }
}

/// `clean` with no options (undefined / null) uses the defaults.
pub fn options_are_optional() {
    let f = &fixtures()[0];
    for opts in [JsValue::UNDEFINED, JsValue::NULL] {
        let article = clean(f.source, opts).expect("clean without options");
        assert_eq!(get(&article, "readerable").as_bool(), Some(true));
    }
}

/// The documented shape: a missing value is `null` (not absent), counts are numbers, lists are
/// arrays, nested reports are plain objects.
pub fn article_shape() {
    let article = clean(
        "<html><body><article><h1>Hi</h1><p>One short paragraph of text.</p></article></body></html>",
        JsValue::UNDEFINED,
    )
    .expect("clean");
    for key in ["byline", "site_name", "published", "lead_image"] {
        assert!(
            Reflect::has(&article, &JsValue::from_str(key)).unwrap_or(false),
            "{key} is present"
        );
        assert!(get(&article, key).is_null(), "{key} is null");
    }
    for key in ["word_count", "reading_minutes"] {
        assert!(get(&article, key).as_f64().is_some(), "{key} is a number");
    }
    assert!(get(&article, "readerable").as_bool().is_some());
    assert!(Array::is_array(&get(&article, "removed")));
    let dup = get(&article, "duplicate_body");
    assert_eq!(
        Object::get_prototype_of(&dup),
        Object::get_prototype_of(&Object::new().into()),
        "duplicate_body is a plain object"
    );
    assert!(get(&dup, "duplicated_ratio").as_f64().is_some());
    assert!(Array::is_array(&get(&dup, "blocks")));
}

/// Bad options are thrown as a JS `Error` that says what is wrong.
pub fn bad_options_throw_a_clear_error() {
    let err = js_error(clean("<p>x</p>", options(r#"{"max_input_bytes": "lots"}"#)));
    let msg = String::from(err.message());
    assert!(msg.starts_with("invalid options"), "message: {msg}");
    assert!(msg.contains("lots"), "message names the bad value: {msg}");

    let err = js_error(clean("<p>x</p>", JsValue::from_f64(5.0)));
    assert!(String::from(err.message()).starts_with("invalid options"));

    for (bad, field) in [
        (r#"{"keep_images": "yes"}"#, "keep_images"),
        (r#"{"max_depth": 1.5}"#, "max_depth"),
        (r#"{"max_elements": -1}"#, "max_elements"),
        (r#"{"url": 5}"#, "url"),
        (r#"{"collapse_duplicates": 0}"#, "collapse_duplicates"),
        (r#"{"max_parser_memory": {}}"#, "max_parser_memory"),
    ] {
        let msg = String::from(js_error(clean("<p>x</p>", options(bad))).message());
        assert!(
            msg.starts_with(&format!("invalid options: {field}: ")),
            "{bad}: {msg}"
        );
    }
    // The message says what was expected and what came.
    let msg = String::from(js_error(clean("<p>x</p>", options(r#"{"max_depth": 1.5}"#))).message());
    assert!(msg.contains("1.5") && msg.contains("expected"), "{msg}");
    // null means the default; unknown fields are ignored.
    let ok = clean(
        "<p>x</p>",
        options(r#"{"url": null, "max_depth": null, "keep_images": null, "colour": "red"}"#),
    );
    assert!(ok.is_ok());
    // Set fields are read: a limit below the input's size refuses it.
    let err = js_error(clean(
        "<p>more than ten bytes</p>",
        options(r#"{"max_input_bytes": 10, "max_depth": null}"#),
    ));
    assert!(!String::from(err.message()).starts_with("invalid options"));
}

/// A real failure (input over the configured limit) is a JS `Error`, not a panic.
pub fn limits_throw_a_js_error() {
    let f = &fixtures()[0];
    let err = js_error(clean(f.source, options(r#"{"max_input_bytes": 1000}"#)));
    assert!(!String::from(err.message()).is_empty());
}

/// `cleanBytes` decodes a legacy encoding declared by the page.
pub fn clean_bytes_decodes_legacy_encodings() {
    let f = &fixtures()[0];
    let body: String = squash(f.expected_text)
        .split(". ")
        .take(12)
        .map(|s| format!("<p>{s}.</p>"))
        .collect();
    let page = format!(
        "<html><head><meta charset=\"windows-1252\"><title>Caf\u{e9} society</title></head>\
         <body><article><h1>Caf\u{e9} society</h1>{body}</article></body></html>"
    );
    // windows-1252 == latin-1 for these characters.
    let bytes: Vec<u8> = page.chars().map(|c| c as u32 as u8).collect();
    let article = wasm::clean_bytes(&Uint8Array::from(bytes.as_slice()).to_vec(), JsValue::NULL)
        .expect("cleanBytes");
    assert_eq!(get_str(&article, "title"), "Caf\u{e9} society");

    // Multi-byte legacy encodings, declared by <meta charset> or http-equiv.
    for (label, title, sentence) in [
        (
            "Shift_JIS",
            "東京の天気",
            "東京では朝から雨が降り続き、気温は平年より低くなりました。",
        ),
        (
            "windows-1251",
            "Погода в Москве",
            "В Москве весь день шёл дождь, и температура была ниже нормы.",
        ),
        (
            "GBK",
            "北京天气",
            "北京今天全天下雨，气温比往年同期偏低，市民出行需要注意安全。",
        ),
        (
            "EUC-KR",
            "서울 날씨",
            "서울에서는 하루 종일 비가 내렸고 기온은 평년보다 낮았습니다.",
        ),
    ] {
        let body: String = (0..8)
            .map(|_| format!("<p>{}</p>", sentence.repeat(3)))
            .collect();
        let page = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\">\
             <title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
        );
        let enc = encoding_rs::Encoding::for_label(label.as_bytes()).expect("known label");
        let (bytes, _, unmappable) = enc.encode(&page);
        assert!(!unmappable, "{label}: test text fits the encoding");
        let article = wasm::clean_bytes(&bytes, JsValue::NULL).expect("cleanBytes");
        assert_eq!(get_str(&article, "title"), title, "{label}");
        assert!(get_str(&article, "text").contains(sentence), "{label}");
    }
}

fn json(v: &JsValue) -> String {
    JSON::stringify(v)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

async fn from_stream(stream: ReadableStream, opts: JsValue) -> Result<JsValue, JsValue> {
    wasm::clean_stream(stream, opts, None).await
}

/// A page streamed in chunks (split anywhere, even inside a character) gives the same `Article`
/// as the whole page at once, through `cleanStream` and through a `Blob`'s stream.
pub async fn stream_gives_the_same_article() {
    let opts = r#"{"url": "https://news.example/world/story.html"}"#;
    for f in fixtures().iter().take(2) {
        let whole = json(&clean(f.source, options(opts)).expect("clean"));
        let bytes = Uint8Array::from(f.source.as_bytes());
        for size in [5, 1000, 65536] {
            let streamed = from_stream(chunked(bytes.clone(), size), options(opts))
                .await
                .unwrap_or_else(|e| panic!("{}: cleanStream failed: {e:?}", f.slug));
            assert!(json(&streamed) == whole, "{}: chunks of {size}", f.slug);
        }
        let streamed = from_stream(blob_stream(bytes), options(opts))
            .await
            .expect("blob stream");
        assert!(json(&streamed) == whole, "{}: blob stream", f.slug);
    }
}

/// Legacy encodings are sniffed from the stream's first bytes (declared) or from all of it
/// (undeclared), as `cleanBytes` sniffs them.
pub async fn stream_sniffs_legacy_encodings() {
    let sentence = "東京では朝から雨が降り続き、気温は平年より低くなりました。";
    let body: String = (0..8)
        .map(|_| format!("<p>{}</p>", sentence.repeat(3)))
        .collect();
    let page = format!(
        "<html><head><meta charset=\"Shift_JIS\"><title>東京の天気</title></head>\
         <body><article><h1>東京の天気</h1>{body}</article></body></html>"
    );
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(&page);
    // Undeclared windows-1252 whose first non-ASCII byte comes after the sniffed head.
    let latin = format!(
        "<html><head><title>Caf\u{e9} society</title><style>{}</style></head><body><article>\
         <h1>Caf\u{e9} society</h1>{}</article></body></html>",
        "x".repeat(3000),
        "<p>The caf\u{e9} served coffee to the whole street all winter long, every day.</p>"
            .repeat(10)
    );
    let latin: Vec<u8> = latin.chars().map(|c| c as u32 as u8).collect();
    for (name, bytes) in [("Shift_JIS", sjis.to_vec()), ("windows-1252", latin)] {
        let whole = wasm::clean_bytes(&bytes, JsValue::NULL).expect("cleanBytes");
        assert!(
            get_str(&whole, "text").contains(if name == "Shift_JIS" {
                sentence
            } else {
                "caf\u{e9}"
            }),
            "{name}: cleanBytes decodes it"
        );
        for size in [1, 3, 700] {
            let streamed = from_stream(
                chunked(Uint8Array::from(bytes.as_slice()), size),
                JsValue::NULL,
            )
            .await
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert!(json(&streamed) == json(&whole), "{name}: chunks of {size}");
        }
    }
    // The transport's charset, when the page declares none.
    let bare: Vec<u8> = "<p>caf\u{e9}</p>".chars().map(|c| c as u32 as u8).collect();
    let article = wasm::clean_stream(
        chunked(Uint8Array::from(bare.as_slice()), 2),
        JsValue::NULL,
        Some("iso-8859-1".to_string()),
    )
    .await
    .expect("charset");
    assert!(get_str(&article, "text").contains("caf\u{e9}"));
}

/// A stream that fails rejects with its own error; a limit or bad options reject with the
/// core's message; a stream of strings is refused clearly.
pub async fn stream_errors() {
    let bytes = Uint8Array::from(&b"<p>start</p>"[..]);
    let err = from_stream(failing(bytes.clone()), JsValue::NULL)
        .await
        .expect_err("failing stream");
    let err: js_sys::Error = err.dyn_into().expect("an Error");
    assert_eq!(String::from(err.message()), "network down");

    let f = &fixtures()[0];
    let big = Uint8Array::from(f.source.as_bytes());
    let err = from_stream(chunked(big, 100), options(r#"{"max_input_bytes": 1000}"#))
        .await
        .expect_err("limit");
    let err: js_sys::Error = err.dyn_into().expect("an Error");
    assert!(
        String::from(err.message()).contains("larger than"),
        "{:?}",
        err.message()
    );

    let err = from_stream(chunked(bytes, 4), options(r#"{"keep_images": "no"}"#))
        .await
        .expect_err("bad options");
    let err: js_sys::Error = err.dyn_into().expect("an Error");
    assert!(String::from(err.message()).starts_with("invalid options: keep_images"));

    let err = from_stream(strings(), JsValue::NULL)
        .await
        .expect_err("strings");
    let err: js_sys::Error = err.dyn_into().expect("an Error");
    assert!(String::from(err.message()).contains("Uint8Array"));
}

/// `clean()` reads a page over 2^20 UTF-16 units into WASM memory in pieces of 65,536 units: a
/// page of several pieces whose first piece ends inside a character outside the Basic
/// Multilingual Plane (a surrogate pair), or just after one, gives the native core's article,
/// every character intact.
pub fn long_page_read_in_pieces() {
    const PIECE: usize = 65536;
    // Paragraphs of words drawn at random (a fixed seed), so that none repeats another: a
    // repeated one would be dropped as a copy, with any character cut in it.
    const WORDS: [&str; 16] = [
        "council",
        "bridge",
        "river",
        "voted",
        "spring",
        "東京",
        "雨",
        "😀",
        "build",
        "city",
        "𝔸𝕓𝕔",
        "mayor",
        "budget",
        "road",
        "night",
        "café",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut word = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        WORDS[(seed % 16) as usize]
    };
    let body: String = (0..140)
        .map(|_| {
            let words: Vec<&str> = (0..1400).map(|_| word()).collect();
            format!("<p>{}.</p>", words.join(" "))
        })
        .collect();
    let page = |pad: usize| {
        format!(
            "<html><head><title>Bridge</title></head><body>{}<article><h1>Bridge</h1>{body}\
             </article></body></html>",
            " ".repeat(pad)
        )
    };
    // The pad that puts an emoji's first half last in the first piece.
    let units: Vec<u16> = page(0).encode_utf16().collect();
    assert!(units.len() > 1 << 20, "a page read in pieces");
    let emoji = units[..PIECE]
        .iter()
        .rposition(|u| (0xD800..0xDC00).contains(u))
        .expect("an emoji in the first piece");
    let straddle = PIECE - 1 - emoji;
    for pad in [straddle, straddle + 1] {
        let page = page(pad);
        let url = "https://news.example/world/story.html";
        let article = clean(&page, options(&format!(r#"{{"url": "{url}"}}"#))).expect("clean");
        let native = declutter::clean(&page, &declutter::Options::with_url(url)).expect("native");
        let text = get_str(&article, "text");
        assert!(text.contains('😀'), "pad {pad}");
        assert!(!text.contains('\u{FFFD}'), "pad {pad}: a character was cut");
        assert!(
            text == native.text,
            "pad {pad}: text differs from the native article's"
        );
        assert!(
            get_str(&article, "content_html") == native.content_html,
            "pad {pad}: content_html differs"
        );
    }
}

/// A page that is not a string is refused with a message that says so.
pub fn page_must_be_a_string() {
    for bad in [
        JsValue::from_f64(5.0),
        JsValue::NULL,
        Uint8Array::new_with_length(3).into(),
    ] {
        let err = js_error(wasm::clean(bad, JsValue::UNDEFINED));
        let msg = String::from(err.message());
        assert!(msg.contains("must be a string"), "{msg}");
    }
}

/// The version string is the crate's.
pub fn version_is_the_crates() {
    assert_eq!(wasm::version(), env!("CARGO_PKG_VERSION"));
}
