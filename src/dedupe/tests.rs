use super::*;
// The tests give blocks by their text.
use super::TextBlock as Block;

fn detect(blocks: &[Block]) -> Dedupe {
    detect_with(blocks, shingles::find)
}

fn detect_with(blocks: &[Block], find: fn(&[WordHash], &[WordHash]) -> Matches) -> Dedupe {
    super::detect_with(&text_blocks(blocks), &|i| blocks[i].text.clone(), find)
}

/// Distinct paragraphs: each is made of its own words, so no 5-word run repeats by chance.
fn para(n: usize) -> String {
    let words: Vec<String> = (0..24).map(|i| format!("w{n}x{i}")).collect();
    format!(
        "Paragraph {n}: {}, and {}.",
        words[..12].join(" "),
        words[12..].join(" ")
    )
}

fn article(texts: &[String]) -> Vec<Block> {
    texts.iter().map(|t| Block::article(t.as_str())).collect()
}

fn body(n: usize) -> Vec<String> {
    (0..n).map(para).collect()
}

#[test]
fn whole_body_repeated_is_flagged_and_dropped() {
    let mut blocks = body(6);
    blocks.extend(body(6));
    let d = detect_texts(&blocks);
    assert!(d.report.detected);
    assert_eq!(d.report.copies, 2);
    assert_eq!(d.drop, (6..12).collect::<Vec<_>>());
    assert!((d.report.duplicated_ratio - 1.0).abs() < 1e-9);
    assert_eq!(d.report.blocks.len(), 6);
    assert_eq!(d.report.blocks[0].index, 6);
    assert_eq!(d.report.blocks[0].original_index, 0);
    assert!(d
        .report
        .blocks
        .iter()
        .all(|b| b.dropped && b.location == "article"));
}

#[test]
fn seed_004_shape_lede_then_body_twice_with_banner_between() {
    // Lede once, paragraphs 1..5, an error banner, paragraphs 1..5 again.
    let mut blocks = vec!["(MENAFN) The lede paragraph is only printed once on this page.".into()];
    blocks.extend((1..6).map(para));
    blocks.push("403 Sorry!! Error! We're sorry, but the page doesn't exist.".into());
    blocks.extend((1..6).map(para));
    let d = detect_texts(&blocks);
    assert!(d.report.detected, "{:?}", d.report);
    assert_eq!(d.report.copies, 2);
    assert_eq!(d.drop, (7..12).collect::<Vec<_>>());
    assert!(d.report.duplicated_ratio > 0.7 && d.report.duplicated_ratio < 1.0);
}

#[test]
fn three_copies_are_counted() {
    let mut blocks = body(4);
    blocks.extend(body(4));
    blocks.extend(body(4));
    let d = detect_texts(&blocks);
    assert_eq!(d.report.copies, 3);
    assert_eq!(d.drop, (4..12).collect::<Vec<_>>());
}

#[test]
fn paragraphs_doubled_in_place_including_short_ones() {
    let mut texts = Vec::new();
    for (i, p) in body(5).into_iter().enumerate() {
        texts.push(p.clone());
        texts.push(p);
        if i == 2 {
            texts.push("Photo: AP".into());
            texts.push("Photo: AP".into());
        }
    }
    let d = detect_texts(&texts);
    assert!(d.report.detected);
    assert_eq!(d.report.copies, 2);
    // Every second block goes, the short caption copy too.
    assert_eq!(d.drop, vec![1, 3, 5, 7, 9, 11]);
}

/// Replaces every `every`-th word of `text` with another word.
fn edit_words(text: &str, every: usize, offset: usize) -> String {
    text.split(' ')
        .enumerate()
        .map(|(i, w)| {
            if (i + offset) % every == 0 {
                "changed".to_string()
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn near_copy_with_edits_and_different_line_breaking() {
    let original = body(6);
    // The copy: ~1 word in 12 changed, and paragraphs merged two by two.
    let edited: Vec<String> = original
        .iter()
        .enumerate()
        .map(|(i, p)| edit_words(p, 12, i))
        .collect();
    let mut blocks = original.clone();
    for pair in edited.chunks(2) {
        blocks.push(pair.join("\n"));
    }
    let d = detect_texts(&blocks);
    assert!(d.report.detected, "{:?}", d.report);
    assert_eq!(d.drop, vec![6, 7, 8]);
}

#[test]
fn copy_truncated_by_read_more_is_flagged() {
    let mut blocks = body(8);
    blocks.extend(body(5));
    blocks.push("Read more".into());
    let d = detect_texts(&blocks);
    assert!(d.report.detected);
    assert_eq!(d.drop, (8..13).collect::<Vec<_>>());
}

#[test]
fn the_more_complete_later_copy_is_kept() {
    // A short teaser copy first (no images), then the full copy with images.
    let mut blocks = article(&body(3));
    let mut full = article(&body(3));
    full[0].media = 2;
    blocks.extend(full);
    let d = detect(&blocks);
    assert!(d.report.detected);
    assert_eq!(d.drop, vec![0, 1, 2]);
    assert_eq!(d.report.blocks[0].original_index, 3);
}

#[test]
fn hidden_and_noscript_copies_are_reported_not_dropped() {
    for place in [Place::Hidden, Place::Noscript, Place::Elsewhere] {
        let mut blocks = article(&body(5));
        blocks.extend(body(5).into_iter().map(|text| Block {
            text,
            place,
            media: 0,
            prose: true,
        }));
        let d = detect(&blocks);
        assert!(d.report.detected, "{place:?}");
        assert_eq!(d.report.copies, 2);
        assert!(d.drop.is_empty());
        assert_eq!(d.report.blocks.len(), 5);
        assert!(d
            .report
            .blocks
            .iter()
            .all(|b| !b.dropped && b.location == place.name()));
    }
}

#[test]
fn a_partial_hidden_copy_is_not_enough() {
    let mut blocks = article(&body(10));
    blocks.extend(body(3).into_iter().map(|text| Block {
        text,
        place: Place::Hidden,
        media: 0,
        prose: true,
    }));
    assert!(!detect(&blocks).report.detected);
}

#[test]
fn pull_quote_standfirst_and_tweet_are_not_flagged() {
    // Pull quote: one sentence of paragraph 2 again in the middle.
    let mut blocks = body(8);
    blocks.insert(4, para(2)[..60].to_string());
    assert!(!detect_texts(&blocks).report.detected);
    // Standfirst repeating the lede, even in a short article.
    let mut blocks = body(3);
    blocks.insert(0, para(0));
    let d = detect_texts(&blocks);
    assert!(!d.report.detected, "{:?}", d.report);
    assert!(d.drop.is_empty());
    // A quoted tweet repeating a sentence.
    let mut blocks = body(5);
    blocks.push(format!("— quoted: {}", &para(3)[..60]));
    assert!(!detect_texts(&blocks).report.detected);
}

#[test]
fn repeated_short_lines_tables_and_headlines_are_not_flagged() {
    let mut blocks = body(5);
    for _ in 0..5 {
        blocks.push("Advertisement".into());
        blocks.push("Photo: Reuters".into());
        blocks.push("By Jane Doe".into());
    }
    for _ in 0..10 {
        blocks.extend(["Yes".to_string(), "No".into(), "12.5".into()]);
    }
    assert!(!detect_texts(&blocks).report.detected);

    // Related headlines elsewhere on the page, printed twice (rail and footer).
    let mut blocks = article(&body(4));
    for _ in 0..2 {
        for h in 0..8 {
            blocks.push(Block {
                text: format!("Other story {h}: minister says talks will resume next week"),
                place: Place::Elsewhere,
                media: 0,
                prose: false,
            });
        }
    }
    assert!(!detect(&blocks).report.detected);
}

/// An article block that is not running text (a list item, a table cell, a heading).
fn item(text: impl Into<String>) -> Block {
    Block {
        prose: false,
        ..Block::article(text)
    }
}

#[test]
fn a_body_of_list_items_repeated_whole_is_flagged() {
    // One short paragraph and four long list items, the whole printed twice: the paragraphs
    // alone (one block of 28 words) can't flag it, the long blocks in a row do.
    let once: Vec<Block> = std::iter::once(Block::article(para(0)))
        .chain(std::iter::once(item("Recommendations")))
        .chain((1..5).map(|n| item(para(n))))
        .collect();
    let mut blocks = once.clone();
    blocks.extend(once);
    let d = detect(&blocks);
    assert!(d.report.detected);
    assert_eq!(d.drop, (6..12).collect::<Vec<_>>());
}

#[test]
fn a_reference_repeating_descriptions_between_its_entries_is_not_flagged() {
    // An API reference: an introduction, each field's name and description; a second section
    // lists the fields again with the same descriptions, every other one followed by a field
    // of its own. Six of the ten long blocks left are repeated, but no three copies in a row.
    let mut blocks = vec![Block::article(para(99))];
    for n in 0..6 {
        blocks.push(item(format!("field{n} string")));
        blocks.push(item(para(n)));
    }
    for n in 0..6 {
        blocks.push(item(format!("field{n} string")));
        blocks.push(item(para(n)));
        if n % 2 == 0 {
            blocks.push(item(format!("extra{n} integer")));
            blocks.push(item(para(100 + n)));
        }
    }
    assert!(!detect(&blocks).report.detected);
    // The same fields repeated one after another are the section printed twice.
    let mut twice = vec![Block::article(para(99))];
    for _ in 0..2 {
        for n in 0..6 {
            twice.push(item(format!("field{n} string")));
            twice.push(item(para(n)));
        }
    }
    assert!(detect(&twice).report.detected);
}

#[test]
fn single_block_articles_need_a_long_nearly_full_copy() {
    let long: String = (0..300).map(|i| format!("word{i} ")).collect();
    let d = detect_texts(&[long.clone(), long.clone()]);
    assert!(d.report.detected);
    assert_eq!(d.drop, vec![1]);
    let short = para(1);
    assert!(!detect_texts(&[short.clone(), short]).report.detected);
}

#[test]
fn normalisation_ignores_case_punctuation_and_spacing() {
    assert_eq!(
        fingerprint::hash("“Hello,  World!”\n"),
        fingerprint::hash("hello world")
    );
    assert_eq!(
        fingerprint::word_hashes("ÉTÉ été"),
        fingerprint::word_hashes("été, ÉTÉ")
    );
}

#[test]
fn empty_and_wordless_input() {
    assert!(!detect(&[]).report.detected);
    assert_eq!(detect(&[]).report.copies, 1);
    assert!(!detect_texts(&["—".into(), "…".into()]).report.detected);
}

/// A tiny deterministic PRNG (SplitMix64) so the property test needs no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Random pages built from a small vocabulary (so shingles repeat by chance too), with copies,
/// edits, merges, short lines and blocks in every place.
fn random_page(rng: &mut Rng) -> Vec<Block> {
    const VOCAB: &[&str] = &[
        "the",
        "minister",
        "said",
        "talks",
        "would",
        "resume",
        "in",
        "march",
        "after",
        "a",
        "week",
        "of",
        "clashes",
        "on",
        "coast",
        "Syria",
        "Россия",
        "東京",
        "and",
    ];
    let vocab = 3 + rng.below(VOCAB.len() - 3);
    let n = rng.below(12);
    let mut paras: Vec<String> = (0..n)
        .map(|_| {
            let len = rng.below(45);
            (0..len)
                .map(|_| VOCAB[rng.below(vocab)])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    // Repeat some of it: a whole copy, in-place doubles, or edited copies.
    match rng.below(4) {
        0 => {
            let copy = paras.clone();
            paras.extend(copy);
        }
        1 => {
            let mut doubled = Vec::new();
            for p in paras {
                doubled.push(p.clone());
                if rng.below(3) > 0 {
                    doubled.push(p);
                }
            }
            paras = doubled;
        }
        2 => {
            let copy: Vec<String> = paras
                .iter()
                .map(|p| edit_words(p, 2 + rng.below(20), rng.below(5)))
                .collect();
            paras.extend(copy);
        }
        _ => {}
    }
    let places = [
        Place::Article,
        Place::Article,
        Place::Hidden,
        Place::Noscript,
        Place::Elsewhere,
    ];
    paras
        .into_iter()
        .map(|text| Block {
            text,
            place: places[rng.below(places.len())],
            media: rng.below(3) as u32 / 2,
            prose: rng.below(4) > 0,
        })
        .collect()
}

#[test]
fn fast_matcher_agrees_with_the_naive_one() {
    let mut rng = Rng(0x5eed);
    let mut flagged = 0;
    for case in 0..400 {
        let page = random_page(&mut rng);
        let words = text_blocks(&page);
        let s = streams(&words);
        let fast = shingles::find(s.a, s.e);
        let slow = naive::find(s.a, s.e);
        assert_eq!(fast, slow, "case {case}: {page:?}");
        let d = detect_with(&page, shingles::find);
        assert_eq!(d, detect_with(&page, naive::find), "case {case}");
        // Invariants of the outcome.
        assert!(d.report.duplicated_ratio >= 0.0 && d.report.duplicated_ratio <= 1.0);
        assert!(d.drop.windows(2).all(|w| w[0] < w[1]));
        assert!(d.drop.iter().all(|&i| page[i].place == Place::Article));
        if d.report.detected {
            flagged += 1;
            assert!(d.report.copies >= 2);
            // Never drops the whole article.
            let shown = page.iter().filter(|b| b.place == Place::Article).count();
            assert!(d.drop.len() < shown.max(1), "case {case}");
        } else {
            assert!(d.drop.is_empty());
            assert_eq!(d.report.copies, 1);
        }
    }
    // The generator really exercises both outcomes.
    assert!(flagged > 40 && flagged < 360, "{flagged}");
}

#[test]
fn detection_is_deterministic_and_near_linear() {
    let mut blocks = body(2000);
    blocks.extend(body(2000));
    let a = detect_texts(&blocks);
    let b = detect_texts(&blocks);
    assert_eq!(a, b);
    assert!(a.report.detected);
    assert_eq!(a.drop.len(), 2000);
}

#[test]
fn a_lone_repeat_inside_a_doubled_body_stays() {
    // The original body shows the same command twice (blocks 1 and 4); the whole body is then
    // repeated. Only the second copy of the body goes: the command's own repeat stays.
    let command =
        "$ hg clone public test-repo updating to branch default 0 files updated".to_string();
    let mut first = body(6);
    first.insert(1, command.clone());
    first.insert(4, command);
    let mut blocks = first.clone();
    blocks.extend(body(6));
    let d = detect_texts(&blocks);
    assert!(d.report.detected);
    assert_eq!(d.drop, (8..14).collect::<Vec<_>>());
}

#[test]
fn fused_word_hashing_agrees_with_tokens_hashed_one_by_one() {
    // Random strings over an alphabet mixing ASCII, punctuation, accented and capital letters,
    // CJK/Thai (one word per character), digits, underscores and combining marks.
    let alphabet = [
        'a', 'Z', '7', '_', ' ', ',', '.', '-', '\'', 'É', 'é', 'ß', 'Σ', 'ς', 'İ', '中', '文',
        'ไ', 'ท', '한', 'ـ', 'ع', '\u{301}', '\u{a0}', '\n', '’', '😀', 'Ǆ', 'ﬁ',
    ];
    let mut rng = Rng(0xfeed);
    for case in 0..3000 {
        let len = rng.below(40);
        let text: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        assert_eq!(
            fingerprint::word_hashes(&text),
            fingerprint::word_hashes_reference(&text),
            "case {case}: {text:?}"
        );
    }
    assert_eq!(
        fingerprint::word_hashes("Ünïcode_x 中文 ABC"),
        fingerprint::word_hashes("ünïcode_X 中 文 abc")
    );
}

#[test]
fn words_hashed_in_pieces_are_the_words_of_the_pieces_joined() {
    // A block's text comes as its text nodes: a word may run across two of them, and a block is
    // blank when its text folded is empty.
    let alphabet = [
        'a', 'Z', '7', '_', ' ', ',', '-', 'É', 'ß', '中', 'ไ', '\u{301}', '\u{a0}', '\u{b}', '\t',
        '\n', '\u{3000}', '\u{2028}', '\u{200b}', '’',
    ];
    let mut rng = Rng(0xbeef);
    for case in 0..3000 {
        let len = rng.below(12);
        let chars: Vec<char> = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let text: String = chars.iter().collect();
        let mut pieces = Vec::new();
        let mut start = 0;
        while start < chars.len() {
            let end = (start + 1 + rng.below(4)).min(chars.len());
            pieces.push(chars[start..end].iter().collect::<String>());
            start = end;
        }
        let mut blocks = Blocks::default();
        let words = blocks.words(Place::Article, |f| pieces.iter().for_each(|p| f(p)));
        assert_eq!(
            words.is_some(),
            !text::collapse(&text).is_empty(),
            "case {case}: {text:?}"
        );
        let hashed = words.map_or(&[][..], |w| &blocks.a[w]);
        assert_eq!(
            hashed,
            fingerprint::word_hashes(&text).as_slice(),
            "case {case}: {pieces:?}"
        );
    }
}

#[test]
fn a_copy_of_the_paragraphs_alone_skips_the_captions_and_items_of_its_source() {
    // Source: paragraphs with captions and a list between them; the copy: the paragraphs only.
    let mut blocks: Vec<Block> = Vec::new();
    for i in 0..5 {
        blocks.push(Block::article(para(i)));
        blocks.push(Block {
            prose: false,
            ..Block::article(format!("Photo {i} (Agency)"))
        });
        for item in [
            "Cloche", "Moss", "Tweezers", "Spoon", "Saucer", "Wire", "Pins", "Plants",
        ] {
            blocks.push(Block {
                prose: false,
                ..Block::article(format!("{item} {i}"))
            });
        }
    }
    let first_copy = blocks.len();
    blocks.extend((0..5).map(|i| Block::article(para(i))));
    let d = detect(&blocks);
    assert!(d.report.detected);
    // Sources are ten blocks apart, more than a run's usual gap: all five copies still go.
    assert_eq!(d.drop, (first_copy..first_copy + 5).collect::<Vec<_>>());
}

#[test]
fn a_short_line_with_a_changed_word_joins_its_run() {
    let mut texts = vec![
        "08.04.2015 12:46".to_string(),
        "Scans QR codes too.".to_string(),
    ];
    texts.extend(body(5));
    let mut copy = vec![
        "08.04.2015 12:46".to_string(),
        "Scans QR river too.".to_string(),
    ];
    copy.extend(body(5));
    texts.extend(copy);
    let d = detect_texts(&texts);
    assert!(d.report.detected);
    assert_eq!(d.drop, (7..14).collect::<Vec<_>>());
}

#[test]
fn a_shuffled_copy_after_the_body_goes_and_a_lone_repeat_in_doubled_paragraphs_stays() {
    let mut texts = body(6);
    for i in [3, 0, 5, 1, 4, 2] {
        texts.push(para(i));
    }
    let d = detect_texts(&texts);
    assert!(d.report.detected);
    assert_eq!(d.drop, (6..12).collect::<Vec<_>>());

    // Paragraphs doubled in place, and paragraph 1 quoted again later: the quote stays.
    let mut texts = Vec::new();
    for i in 0..6 {
        texts.push(para(i));
        texts.push(para(i));
        if i == 3 {
            texts.push(para(1));
        }
    }
    let d = detect_texts(&texts);
    assert!(d.report.detected);
    assert_eq!(d.drop, vec![1, 3, 5, 7, 10, 12]);
}

/// The page-wide pass calls a page quiet (no second pass needed) when nothing repeats and too
/// little text is out of sight to hold a copy: a tracking pixel in `<noscript>` doesn't count, a
/// hidden copy of the body does.
#[test]
fn a_tracking_pixel_leaves_a_page_quiet_a_hidden_copy_does_not() {
    let body: String = (0..6).map(|n| format!("<p>{}</p>", para(n))).collect();
    let quiet = |extra: &str| {
        let html = format!("<html><body><article>{body}</article>{extra}</body></html>");
        let doc = crate::parse::parse(&html, &crate::Options::default()).unwrap_or_default();
        let mut stats = crate::stats::compute(&doc);
        let mut verdicts = boilerplate::classify(&doc, &stats, Default::default());
        hide_copies(&doc, &mut stats, &mut verdicts).quiet
    };
    assert!(quiet(""));
    assert!(quiet(
        r#"<noscript><img height="1" width="1" style="display:none" src="https://www.example.com/tr?id=1234567890&amp;ev=PageView&amp;noscript=1"></noscript>"#
    ));
    assert!(!quiet(&format!("<div hidden>{body}</div>")));
    assert!(!quiet(&format!("<noscript>{body}</noscript>")));
}

#[test]
fn bit_marks_agree_with_a_flag_a_word() {
    let mut rng = Rng(0xb175);
    for case in 0..500 {
        let len = rng.below(300);
        let mut bits = Bits::new(len);
        let mut flags = vec![false; len];
        for _ in 0..rng.below(20) {
            let start = rng.below(len + 10);
            bits.fill(start, start + SHINGLE);
            let end = (start + SHINGLE).min(len);
            if let Some(f) = flags.get_mut(start..end) {
                f.fill(true);
            }
        }
        for _ in 0..50 {
            let (a, b) = (rng.below(len + 10), rng.below(len + 10));
            let expected = flags
                .get(a..b)
                .map_or(0, |f| f.iter().filter(|&&x| x).count());
            assert_eq!(bits.count(&(a..b)), expected, "case {case}: {a}..{b}");
            assert_eq!(bits.get(a), flags.get(a).copied().unwrap_or(false));
        }
    }
}
