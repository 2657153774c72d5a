use super::*;

fn para(n: usize) -> String {
    format!("Paragraph number {n} tells a different part of the story with enough words to count.")
}

#[test]
fn whole_body_repeated_is_flagged_and_dropped() {
    let body: Vec<String> = (0..6).map(para).collect();
    let mut blocks = body.clone();
    blocks.extend(body.iter().cloned());
    let d = detect(&blocks);
    assert!(d.report.detected);
    assert_eq!(d.report.copies, 2);
    assert_eq!(d.drop, (6..12).collect::<Vec<_>>());
    assert!((d.report.duplicated_ratio - 0.5).abs() < 1e-9);
}

#[test]
fn pull_quote_is_not_flagged() {
    let mut blocks: Vec<String> = (0..8).map(para).collect();
    blocks.insert(4, para(2));
    let d = detect(&blocks);
    assert!(!d.report.detected, "{:?}", d.report);
    assert!(d.drop.is_empty());
}

#[test]
fn repeated_short_lines_are_not_flagged() {
    let mut blocks: Vec<String> = (0..5).map(para).collect();
    for _ in 0..5 {
        blocks.push("Advertisement".into());
    }
    assert!(!detect(&blocks).report.detected);
}

#[test]
fn normalisation_ignores_case_punctuation_and_spacing() {
    assert_eq!(
        fingerprint::hash("“Hello,  World!”\n"),
        fingerprint::hash("hello world")
    );
}
