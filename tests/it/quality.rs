//! Extraction-quality floor: cleans the benchmark pages (see `examples/quality/score.rs`) and
//! fails if overall token F1 falls more than 0.005 below the committed baseline
//! (`tests/quality-baseline.tsv`), or the title, byline or readerable rates fall more than 0.01.
//! Both sides are compared over the pages present in this checkout and in the baseline.
//! `UPDATE_EXPECT=1` rewrites the baseline. The full report is `cargo run --release --example quality`.

#[path = "../../examples/quality/score.rs"]
mod score;

use std::path::Path;

#[test]
fn quality_does_not_regress() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases = score::cases(manifest);
    assert!(
        !cases.is_empty(),
        "no benchmark pages found under ../shared/corpus/readability or tests/pages"
    );
    let scores: Vec<score::PageScore> = cases.iter().map(score::score).collect();
    let now = score::summarize(&scores);
    println!("quality now:      {}", score::summary_line(&now));

    let path = score::baseline_path(manifest);
    if std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1") {
        std::fs::write(&path, score::baseline_tsv(&scores)).expect("write the quality baseline");
        return;
    }
    let baseline = std::fs::read_to_string(&path)
        .map(|s| score::parse_baseline(&s))
        .expect("tests/quality-baseline.tsv (create it with UPDATE_EXPECT=1)");
    let shared: Vec<score::PageScore> = scores
        .iter()
        .filter(|s| baseline.iter().any(|b| b.name == s.name))
        .cloned()
        .collect();
    let base: Vec<score::PageScore> = baseline
        .iter()
        .filter(|b| scores.iter().any(|s| s.name == b.name))
        .cloned()
        .collect();
    assert!(!base.is_empty(), "no page in common with the baseline");
    let new: Vec<&str> = scores
        .iter()
        .filter(|s| !baseline.iter().any(|b| b.name == s.name))
        .map(|s| s.name.as_str())
        .collect();
    if !new.is_empty() {
        println!("pages not in the baseline yet (run with UPDATE_EXPECT=1): {new:?}");
    }
    for s in &shared {
        if let Some(b) = base.iter().find(|b| b.name == s.name) {
            if s.f1() < b.f1() - 0.01 {
                println!("lost: {}  F1 {:.3} -> {:.3}", s.name, b.f1(), s.f1());
            }
        }
    }
    let (cur, was) = (score::summarize(&shared), score::summarize(&base));
    println!("on baseline pages: {}", score::summary_line(&cur));
    println!("baseline:          {}", score::summary_line(&was));
    assert!(
        cur.f1 >= was.f1 - 0.005,
        "F1 fell: {:.4} < baseline {:.4} - 0.005",
        cur.f1,
        was.f1
    );
    for (name, c, w) in [
        ("title", cur.title, was.title),
        ("byline", cur.byline, was.byline),
        ("readerable", cur.readerable, was.readerable),
    ] {
        assert!(
            c >= w - 0.01,
            "{name} rate fell: {c:.3} < baseline {w:.3} - 0.01"
        );
    }
}

/// Pages in legacy encodings and other scripts: decoded from their `<meta charset>`, and the
/// article found by length and punctuation alone (no English words involved).
#[test]
fn legacy_encodings_and_scripts() {
    let cases: [(&str, &str, &str); 3] = [
        (
            "windows-1251",
            "Учёные нашли воду на Луне",
            "Учёные заявили в четверг, что обнаружили водяной лёд в кратерах у южного полюса Луны, \
             и это открытие, по словам авторов, может упростить строительство постоянной базы.",
        ),
        (
            "Shift_JIS",
            "月で水が見つかる",
            "研究者たちは木曜日、月の南極付近のクレーターで水の氷を発見したと発表し、\
             恒久的な基地の建設が容易になる可能性があると述べた。チームは二つの探査機のデータを使い、\
             結果は別のグループによって独立して確認された。",
        ),
        (
            "windows-1256",
            "العثور على الماء على القمر",
            "قال العلماء يوم الخميس إنهم عثروا على جليد مائي في فوهات قرب القطب الجنوبي للقمر، \
             وهو اكتشاف قد يسهل بناء قاعدة دائمة، وفقا للدراسة التي نشرت هذا الأسبوع، \
             وقد تحقق فريق ثان من النتائج بشكل مستقل بعد عام من العمل.",
        ),
    ];
    for (charset, title, para) in cases {
        let html = format!(
            "<html><head><meta charset=\"{charset}\"><title>{title}</title></head><body>\
             <nav><a href=\"/\">1</a> <a href=\"/a\">2</a> <a href=\"/b\">3</a></nav>\
             <article><h1>{title}</h1><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p></article>\
             <footer>Impressum 2025</footer></body></html>"
        );
        let enc = encoding_rs::Encoding::for_label(charset.as_bytes()).expect("known label");
        let (bytes, _, unmappable) = enc.encode(&html);
        assert!(!unmappable, "{charset}: test text must be encodable");
        let article =
            declutter::clean_bytes(&bytes, None, &declutter::Options::default()).expect("clean");
        assert_eq!(article.title, title, "{charset}: title");
        assert!(
            article.text.contains(para),
            "{charset}: body text decoded and kept"
        );
        assert!(
            !article.text.contains("Impressum"),
            "{charset}: footer removed"
        );
        assert!(article.readerable, "{charset}: readerable");
    }
}
