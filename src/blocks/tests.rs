use super::*;

fn parsed(html: &str) -> (Document, Stats) {
    let doc = crate::parse::parse(html, &crate::Options::default()).unwrap_or_default();
    let stats = crate::stats::compute(&doc);
    (doc, stats)
}

#[test]
fn text_belongs_to_its_nearest_block() {
    let (doc, stats) = parsed(
        "<div>lead <b>bold</b><p>para <a href=x>link</a></p>tail<span hidden>no</span></div>",
    );
    let seg = segment(&doc, &stats);
    let tags: Vec<&str> = seg.blocks.iter().map(|&b| doc.tag(b)).collect();
    assert_eq!(tags, ["div", "p"]);
    let texts: Vec<String> = (0..seg.blocks.len())
        .map(|b| {
            let mut s = String::new();
            for (id, &of) in seg.block_of.iter().enumerate() {
                if of as usize == b {
                    crate::text::push_collapsed(&mut s, doc.text(id).unwrap_or(""));
                }
            }
            s
        })
        .collect();
    assert_eq!(texts, ["lead boldtail", "para link"]);
}

#[test]
fn features_are_fixed_length_and_named() {
    assert_eq!(features::NAMES.len(), features::N_BASE);
    assert!(features::NAMES.iter().all(|n| !n.is_empty()));
    let mut names = features::NAMES.to_vec();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), features::N_BASE, "feature names are unique");
}

#[test]
fn dump_describes_every_block() {
    let html = "<html><head><title>Moon water</title></head><body><nav class='main-menu'>\
        <a href=/>Home</a></nav><article><h1>Moon water</h1><p>Scientists found water ice in \
        craters, and the team said the results were checked.</p></article></body></html>";
    let records = dump(html, &crate::Options::default()).unwrap_or_default();
    let texts: Vec<&str> = records.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(records.iter().all(|r| r.features.len() == features::N_BASE));
    assert_eq!(records[0].own_tokens, ["main", "menu"]);
    let title_like = features::index_of("title_like").unwrap_or(0);
    assert_eq!(records[1].features[title_like], 1.0);
    let link_share = features::index_of("link_share").unwrap_or(0);
    assert_eq!(records[0].features[link_share], 1.0);
    assert_eq!(records[2].features[link_share], 0.0);
}

#[test]
fn neighbour_title_and_page_features_are_rebuilt() {
    let html = "<html><head><title>Moon water</title></head><body><nav class='main-menu'>\
        <a href=/>Home</a></nav><article><h1>Moon water</h1><p>Scientists found water ice in \
        craters, and the team said the results were checked.</p></article></body></html>";
    let records = dump(html, &crate::Options::default()).unwrap_or_default();
    let f = |name: &str| features::index_of(name).unwrap_or(0);
    let v: Vec<&[f32]> = records.iter().map(|r| r.features.as_slice()).collect();
    assert_eq!(v.len(), 3);
    for (i, b) in v.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| v[p]);
        let next = v.get(i + 1);
        assert_eq!(
            b[f("prev_log_chars")],
            prev.map_or(0.0, |p| p[f("log_chars")])
        );
        assert_eq!(
            b[f("prev_link_share")],
            prev.map_or(0.0, |p| p[f("link_share")])
        );
        assert_eq!(
            b[f("prev_is_heading")],
            prev.map_or(0.0, |p| p[f("is_heading")])
        );
        assert_eq!(
            b[f("next_log_chars")],
            next.map_or(0.0, |n| n[f("log_chars")])
        );
        assert_eq!(
            b[f("next_link_share")],
            next.map_or(0.0, |n| n[f("link_share")])
        );
        assert_eq!(b[f("rel_index")], i as f32 / 3.0);
        for page_wide in [
            "log_page_chars",
            "log_blocks",
            "dated_article",
            "page_link_density",
        ] {
            assert_eq!(b[f(page_wide)], v[0][f(page_wide)], "{page_wide}");
        }
    }
    assert_eq!(v[1][f("heading_level")], 1.0);
    assert_eq!(v[1][f("is_heading")], 1.0);
    assert_eq!(v[0][f("before_title")], 1.0);
    assert_eq!(v[2][f("after_title")], 1.0);
    assert_eq!(v[1][f("before_title")] + v[1][f("after_title")], 0.0);
}

#[test]
fn evaluator_matches_the_training_script() {
    for (i, (nonzero, want)) in model_fixture::CASES.iter().enumerate() {
        let mut x = vec![0f32; features::N_FEATURES];
        for &(f, v) in *nonzero {
            x[usize::from(f)] = v;
        }
        let got = model::sigmoid(model::raw_score(|f| x.get(f).copied().unwrap_or(0.0)));
        assert!((got - want).abs() < 1e-5, "case {i}: {got} vs {want}");
    }
}

/// An article whose last paragraph sits in a wrapper whose class Readability's negative hints
/// name ("scroll"): the rules drop it, the model keeps it.
const SCROLL_WRAPPED: &str = r#"<html><head><title>How to keep basil alive indoors</title></head><body>
<nav><a href="/">Home</a> <a href="/garden">Garden</a> <a href="/kitchen">Kitchen</a></nav>
<article>
<h1>How to keep basil alive indoors</h1>
<div class="entry-content">
<p>Supermarket basil is sold as a dense clump of seedlings, and that crowding is why it wilts within a week of coming home. Split the clump into three or four smaller pots, and each part will grow far stronger.</p>
<p>Basil wants six hours of light a day, warmth and evenly moist soil. A south-facing windowsill works from spring to autumn; in winter, a small grow light placed a hand's width above the leaves keeps the plants compact.</p>
</div><div class="scroll-reveal"><p>Water from below by standing the pot in a saucer for twenty minutes, then let it drain. Pinch out the tips above a pair of leaves every week, and never strip a stem bare, or it will stop producing. Feed it once a month in summer with a weak liquid fertiliser, and turn the pot every few days so that it grows straight.</p>
</div>
<div class="author-more"><h3>More articles by Jane Marsh</h3>
<ul><li><a href="/a/1">Growing mint without letting it take over the garden</a></li><li><a href="/a/2">Five herbs that survive a cold windowsill in winter</a></li><li><a href="/a/3">Why your rosemary keeps dying, and what to do about it</a></li></ul></div>
</article>
<footer><p>© 2025 Green Kitchen</p></footer>
</body></html>"#;

#[test]
fn model_keeps_prose_the_rules_drop_for_a_class_name() {
    let text = |block_model| {
        let options = crate::Options {
            block_model,
            ..crate::Options::default()
        };
        crate::clean(SCROLL_WRAPPED, &options)
            .map(|a| a.text)
            .unwrap_or_default()
    };
    let (rules, model) = (text(false), text(true));
    assert!(rules.contains("Supermarket basil") && !rules.contains("Water from below"));
    assert!(model.contains("Supermarket basil"), "{model}");
    assert!(model.contains("Water from below"), "{model}");
    assert!(!model.contains("Green Kitchen") && !model.contains("Garden"));
    // The headline is shown in the reader's header, not in the body.
    assert!(!model.contains("How to keep basil"));
}

#[test]
fn context_bits_follow_the_context_table() {
    for (i, tags) in features::CONTEXTS.iter().enumerate() {
        for tag in *tags {
            assert_eq!(features::context_bit(tag), 1 << i, "{tag}");
        }
    }
    assert_eq!(features::context_bit("div"), 0);
}

#[test]
fn blocks_scored_together_get_each_its_own_probability() {
    // The fixture's vectors as blocks (base features, then the token bits).
    let blocks: Vec<features::BlockFeatures> = model_fixture::CASES
        .iter()
        .map(|(nonzero, _)| {
            let mut f = features::BlockFeatures {
                base: [0.0; features::N_BASE],
                own_tokens: 0,
                ancestor_tokens: 0,
            };
            let v = features::N_FEATURES - features::N_BASE;
            for &(i, x) in *nonzero {
                let i = usize::from(i);
                if i < features::N_BASE {
                    f.base[i] = x;
                } else if x != 0.0 && i < features::N_BASE + v / 2 {
                    f.own_tokens |= 1 << (i - features::N_BASE);
                } else if x != 0.0 {
                    f.ancestor_tokens |= 1 << (i - features::N_BASE - v / 2);
                }
            }
            f
        })
        .collect();
    assert!(
        blocks.len() > model::LANES,
        "a full batch and a partial one"
    );
    let alone: Vec<f32> = blocks.iter().map(model::probability).collect();
    for (i, (f, (_, want))) in blocks.iter().zip(model_fixture::CASES).enumerate() {
        assert!(
            (alone[i] - want).abs() < 1e-5,
            "case {i}: the vector is the fixture's"
        );
        assert_eq!(f.digest(), f.clone().digest());
    }
    for chunk in [
        &blocks[..model::LANES],
        &blocks[model::LANES..],
        &blocks[2..5],
    ] {
        assert_scored_together_as_alone(chunk);
    }
}

/// Scores `chunk` (at most [`model::LANES`] blocks) together: each gets, bit for bit, its
/// probability scored alone, and no slot beyond them is written.
fn assert_scored_together_as_alone(chunk: &[features::BlockFeatures]) {
    let mut out = [-1f32; model::LANES];
    model::probabilities(chunk, &mut out);
    for (k, f) in chunk.iter().enumerate() {
        assert_eq!(
            out[k].to_bits(),
            model::probability(f).to_bits(),
            "block {k}"
        );
    }
    assert!(
        out[chunk.len()..].iter().all(|&p| p == -1.0),
        "no slot beyond the blocks"
    );
}

#[test]
fn blocks_on_the_thresholds_walk_as_the_reference_does() {
    use super::model_tables as t;
    // Vectors whose value sits exactly on a node's threshold (goes left), just above it (goes
    // right) or is NaN (goes right), for a spread of the tables' internal nodes.
    let mut blocks = Vec::new();
    for (k, (&feature, &threshold)) in t::FEATURE.iter().zip(t::THRESHOLD).enumerate().step_by(7) {
        let feature = usize::from(feature);
        if feature >= features::N_BASE {
            continue;
        }
        let value = match k % 3 {
            0 => threshold,
            1 => threshold.next_up(),
            _ => f32::NAN,
        };
        let mut f = features::BlockFeatures {
            base: [0.0; features::N_BASE],
            own_tokens: (k as u128).wrapping_mul(0x9e37_79b9_7f4a_7c15),
            ancestor_tokens: (k as u128).rotate_left(17),
        };
        for (i, b) in f.base.iter_mut().enumerate() {
            *b = ((i * 31 + k) % 17) as f32 / 4.0;
        }
        f.base[feature] = value;
        blocks.push(f);
    }
    assert!(blocks.len() > 500, "{} vectors", blocks.len());
    for chunk in blocks.chunks(model::LANES) {
        assert_scored_together_as_alone(chunk);
    }
}
