use super::*;

/// A page with enough prose to be an article; `head` goes into `<head>`.
fn page(head: &str, sentence: &str) -> String {
    let body: String = (0..12)
        .map(|i| format!("<p>{i}. {}</p>", sentence.repeat(3)))
        .collect();
    format!(
        "<!doctype html><html><head>{head}<title>Caf\u{e9} news</title></head>\
         <body><nav><a href=/>Home</a></nav><article><h1>Caf\u{e9} news</h1>{body}</article></body></html>"
    )
}

fn in_chunks(bytes: &[u8], size: usize, http: Option<&str>) -> Result<Article, Error> {
    let mut c = ByteCleaner::new(http, Options::default());
    for chunk in bytes.chunks(size.max(1)) {
        c.write(chunk)?;
    }
    c.end()
}

/// Every chunking gives what `clean_bytes` gives on the whole input.
fn same_as_clean_bytes(name: &str, bytes: &[u8], http: Option<&str>) -> Article {
    let whole = crate::clean_bytes(bytes, http, &Options::default());
    for size in [1, 2, 3, 7, 100, 1023, 1024, 1025, 4096, bytes.len()] {
        assert_eq!(
            in_chunks(bytes, size, http),
            whole,
            "{name}, chunks of {size}"
        );
    }
    let mut empty_first = ByteCleaner::new(http, Options::default());
    let article = empty_first
        .write(&[])
        .and_then(|()| empty_first.write(bytes))
        .and_then(|()| empty_first.end());
    assert_eq!(article, whole, "{name}, one write after an empty one");
    whole.unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

const SENTENCE: &str = "The caf\u{e9} on the corner served coffee to the whole street all winter. ";

/// Legacy encodings with a sentence each encodes: Cyrillic, Greek, Central European, East Asian.
const LEGACY: [(&str, &str); 6] = [
    (
        "windows-1251",
        "В Москве весь день шёл дождь, а температура была ниже обычной для этого времени года.",
    ),
    (
        "windows-1253",
        "Στην Αθήνα έβρεχε όλη την ημέρα και η θερμοκρασία ήταν χαμηλότερη από τα συνηθισμένα.",
    ),
    (
        "windows-1250",
        "W Krakowie przez cały dzień padał deszcz, a temperatura była niższa niż zwykle o tej porze.",
    ),
    (
        "Shift_JIS",
        "東京では朝から雨が降り続き、気温は平年より低くなりました。",
    ),
    (
        "GBK",
        "北京今天全天下雨，气温比往年同期偏低，市民出行需要注意安全。",
    ),
    (
        "EUC-KR",
        "서울에서는 하루 종일 비가 내렸고 기온은 평년보다 낮았습니다.",
    ),
];

/// [`page`] with `head` and `sentence`, in encoding `label` (its "é" written "e").
fn encoded(label: &str, head: &str, sentence: &str) -> Vec<u8> {
    let html = page(head, sentence).replace('\u{e9}', "e");
    let enc = Encoding::for_label(label.as_bytes()).unwrap_or(UTF_8);
    let (bytes, _, unmappable) = enc.encode(&html);
    assert!(!unmappable, "{label}");
    bytes.into_owned()
}

#[test]
fn declared_encodings() {
    let a = same_as_clean_bytes(
        "utf-8",
        page("<meta charset=utf-8>", SENTENCE).as_bytes(),
        None,
    );
    assert_eq!(a.title, "Caf\u{e9} news");
    let a = same_as_clean_bytes(
        "windows-1252 meta",
        &latin1(&page("<meta charset=windows-1252>", SENTENCE)),
        None,
    );
    assert!(a.text.contains("caf\u{e9} on the corner"));
    let a = same_as_clean_bytes(
        "http charset",
        &latin1(&page("", SENTENCE)),
        Some("iso-8859-1"),
    );
    assert!(a.text.contains("caf\u{e9} on the corner"));
    // East Asian encodings declared by a `<meta http-equiv>`.
    for (label, sentence) in &LEGACY[3..] {
        let head =
            format!("<meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\">");
        let a = same_as_clean_bytes(label, &encoded(label, &head, sentence), None);
        assert!(a.text.contains(sentence), "{label}");
    }
}

#[test]
fn byte_order_marks() {
    let html = page("", SENTENCE);
    let mut utf8 = vec![0xEF, 0xBB, 0xBF];
    utf8.extend_from_slice(html.as_bytes());
    same_as_clean_bytes("utf-8 bom", &utf8, Some("windows-1252"));
    let mut utf16: Vec<u8> = vec![0xFF, 0xFE];
    utf16.extend(html.encode_utf16().flat_map(u16::to_le_bytes));
    let a = same_as_clean_bytes("utf-16le bom", &utf16, None);
    assert!(a.text.contains("caf\u{e9} on the corner"));
}

/// Nothing declared: UTF-8 when every byte is, else a legacy encoding (windows-1252 for this
/// English text), wherever the first invalid byte is (in the head, far after it, in the last
/// character).
#[test]
fn undeclared_pages() {
    let html = page("", SENTENCE);
    let a = same_as_clean_bytes("undeclared utf-8", html.as_bytes(), None);
    assert!(a.text.contains("caf\u{e9} on the corner"));

    let a = same_as_clean_bytes("undeclared latin-1", &latin1(&html), None);
    assert!(a.text.contains("caf\u{e9} on the corner"));

    // ASCII for the first 1024 bytes, UTF-8 after: still UTF-8.
    let late = page(&format!("<style>{}</style>", "x".repeat(2000)), SENTENCE);
    let a = same_as_clean_bytes("late utf-8", late.as_bytes(), None);
    assert!(a.text.contains("caf\u{e9} on the corner"));
    // ... and one latin-1 byte near the end makes the whole page windows-1252.
    let mut bytes = late.as_bytes().to_vec();
    let at = bytes.len() - 30;
    bytes.insert(at, 0xE9);
    let a = same_as_clean_bytes("late latin-1", &bytes, None);
    assert!(a.text.contains("caf\u{c3}\u{a9} on the corner"));
    // A page cut inside its last character.
    let mut cut = late.as_bytes().to_vec();
    cut.extend_from_slice(&[0xE2, 0x82]);
    same_as_clean_bytes("cut character", &cut, None);
    // Short pages (all in the head).
    same_as_clean_bytes("short", b"<p>caf\xe9</p>", None);
    same_as_clean_bytes("short utf-8", "<p>café</p>".as_bytes(), None);
    same_as_clean_bytes("empty", b"", None);
}

/// Nothing declared and not UTF-8: the legacy encoding is guessed from the whole page, as
/// Firefox guesses it, for Cyrillic, Greek, Central European and East Asian text alike.
#[test]
fn undeclared_legacy_encodings() {
    for (label, sentence) in &LEGACY {
        let a = same_as_clean_bytes(label, &encoded(label, "", sentence), None);
        assert!(a.text.contains(sentence), "{label}: {}", a.text);
    }
}

#[test]
fn input_limit_counts_raw_bytes() {
    let html = page("", SENTENCE);
    let options = Options {
        max_input_bytes: 2000,
        ..Options::default()
    };
    let mut c = ByteCleaner::new(None, options.clone());
    let result = html
        .as_bytes()
        .chunks(500)
        .try_for_each(|chunk| c.write(chunk));
    assert_eq!(result, Err(Error::InputTooLarge { limit: 2000 }));
    assert_eq!(
        crate::clean_bytes(html.as_bytes(), None, &options),
        Err(Error::InputTooLarge { limit: 2000 })
    );
}
