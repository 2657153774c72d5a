//! Classification of small pages: which blocks get which verdict, and which don't.

use super::*;
use crate::options::Options;

/// Verdicts of `html` as (kind, text of the block) in page order.
fn verdicts(html: &str) -> Vec<(Kind, String)> {
    let doc = crate::parse::parse(html, &Options::default()).unwrap_or_default();
    let stats = crate::stats::compute(&doc);
    classify(&doc, &stats, Default::default())
        .into_iter()
        .enumerate()
        .filter_map(|(id, v)| v.map(|v| (v.kind, block_text(&doc, id))))
        .collect()
}

fn body(paragraphs: usize) -> String {
    let p =
        "<p>The council met on Tuesday evening, and after a long debate it approved the budget, \
             which includes new money for schools, roads and the library.</p>";
    format!("<div class=\"x1\">{}</div>", p.repeat(paragraphs))
}

#[test]
fn second_copy_of_a_menu_is_a_menu() {
    let links: String = ["News", "Sport", "Culture", "Science", "Travel"]
        .iter()
        .map(|l| format!("<li><a href=\"/{l}\">{l}</a></li>"))
        .collect();
    let html = format!(
        "<body><div class=\"a\"><ul>{links}</ul></div><div class=\"b\"><ul>{links}</ul></div>{}</body>",
        body(6)
    );
    let v = verdicts(&html);
    assert_eq!(v.len(), 2, "{v:?}");
    assert!(v.iter().all(|(k, _)| *k == Kind::Menu), "{v:?}");
}

#[test]
fn a_menu_item_named_live_is_not_a_ticker_label() {
    let html = format!(
        "<body><ul class=\"m\"><li><a href=\"/a\">World</a></li><li><a href=\"/b\">Business</a></li>\
         <li><a href=\"/c\">Opinion</a></li><li><a href=\"/live\">Live</a></li></ul>{}</body>",
        body(6)
    );
    let v = verdicts(&html);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, Kind::Menu);
}

#[test]
fn labelled_list_in_the_body_goes_and_the_articles_own_list_stays() {
    let html = "<body><div class=\"x1\"><p>The council met on Tuesday evening, and after a long debate \
                it approved the budget, with money for schools, roads and the library.</p>\
                <div><b>Lesen Sie auch:</b><ul><li><a href=\"/1\">Stadt plant neue Radwege am Fluss</a></li>\
                <li><a href=\"/2\">Bibliothek verlängert Öffnungszeiten</a></li></ul></div>\
                <p>The budget, which the mayor called balanced, passed by eleven votes to four, after \
                three amendments, two of them on parking, were rejected.</p>\
                <ul><li>new roofs for two schools</li><li>a cycle lane on the ring road</li></ul>\
                <p>It takes effect in January, when the new fiscal year starts, and runs to December, \
                the council said, adding that it will publish monthly reports.</p></div></body>";
    let v = verdicts(html);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, Kind::Recirculation);
    assert!(v[0].1.starts_with("Lesen Sie auch"), "{v:?}");
}

#[test]
fn error_banner_counts_only_before_the_article() {
    let before = format!("<body><div class=\"q\"><div>404</div><p>Sorry, the page you were looking for does not exist.</p></div>{}</body>", body(6));
    let v = verdicts(&before);
    assert_eq!(v.first().map(|x| x.0), Some(Kind::Banner), "{v:?}");
    let after = format!("<body>{}<div class=\"q\"><div>404</div><p>Sorry, the page you were looking for does not exist.</p></div></body>", body(6));
    assert!(verdicts(&after).iter().all(|(k, _)| *k != Kind::Banner));
}

#[test]
fn counters_and_close_controls() {
    let html = format!(
        "<body><div class=\"h\"><span>2 Shares</span> <span>3 min read</span> \
         <a href=\"#\">x</a></div>{}</body>",
        body(6)
    );
    let kinds: Vec<Kind> = verdicts(&html).into_iter().map(|(k, _)| k).collect();
    assert_eq!(kinds, vec![Kind::Share, Kind::Share, Kind::Form]);
}

#[test]
fn deep_nesting_stays_fast() {
    // Linear passes: 200,000 nested label-like elements must not take quadratic time.
    let depth = 200_000;
    let html = format!(
        "<body>{}Most Read{}{}</body>",
        "<div>".repeat(depth),
        "</div>".repeat(depth),
        body(6)
    );
    let doc = crate::parse::parse(&html, &Options::default()).unwrap_or_default();
    let stats = crate::stats::compute(&doc);
    let start = std::time::Instant::now();
    let v = classify(&doc, &stats, Default::default());
    assert_eq!(v.len(), doc.nodes.len());
    assert!(
        start.elapsed().as_secs() < 20,
        "classify took {:?}",
        start.elapsed()
    );
}

#[test]
fn class_tokens_split_parts() {
    let toks: Vec<&str> = name_tokens("Social-share__bar main").collect();
    assert_eq!(
        toks,
        [
            "Social",
            "share",
            "bar",
            "Social-share__bar",
            "main",
            "main"
        ]
    );
    // Table entries are lower-case ASCII: tokens are compared ignoring ASCII case.
    assert!(rules::CLASS_TOKENS
        .iter()
        .all(|(t, _)| t.bytes().all(|b| !b.is_ascii_uppercase())));
    // So are the prefix tables (`LazyPrefixes` indexes them by their first byte as written).
    assert!(rules::LAYOUT_PREFIXES
        .iter()
        .chain(rules::CONSENT_PLATFORMS)
        .all(|t| t.bytes().all(|b| !b.is_ascii_uppercase())));
}

#[test]
fn state_class_names_say_what_a_wrapper_holds_not_what_it_is() {
    // "has-rail-right" is a wrapper with a rail beside the story, not a rail.
    let toks: Vec<&str> = name_tokens("main-wrap has-rail-right no_comments").collect();
    assert_eq!(toks, ["main", "wrap", "main-wrap"]);
    // "hide-read-more-ad" hides an ad among a listing's teasers: the teasers are no ad.
    assert!(name_tokens("items hide-read-more-ad").all(|t| t == "items"));
    // A state word that is the whole token, or the last part, is an ordinary word.
    assert!(name_tokens("rail-has").any(|t| t == "rail"));
    let page = format!(
        "<div class=\"main-wrap has-rail-right\">{}<aside class=\"rail\">\
         <a href=\"/a\">One</a> <a href=\"/b\">Two</a></aside></div>",
        body(3)
    );
    let kinds: Vec<Kind> = verdicts(&page).into_iter().map(|(k, _)| k).collect();
    assert_eq!(kinds, [Kind::Recirculation], "only the rail itself");
}

#[test]
fn label_table_has_no_duplicates() {
    let mut seen = std::collections::HashSet::new();
    for (label, _) in rules::LABELS {
        assert!(seen.insert(*label), "duplicate label {label:?}");
        assert_eq!(
            labels::normalise(label),
            *label,
            "label {label:?} is not normalised"
        );
    }
}

#[test]
fn page_builder_layout_words_are_not_clutter() {
    let toks: Vec<&str> = name_tokens("elementor-widget elementor-widget-text-editor").collect();
    assert_eq!(toks, ["elementor", "elementor", "text", "editor"]);
    // The other words of a layout name still count.
    let toks: Vec<&str> = name_tokens("elementor-widget-nav-menu").collect();
    assert_eq!(toks, ["elementor", "nav", "menu"]);
    // A plain "widget" class (a sidebar widget) is still one.
    assert!(name_tokens("widget widget_recent_entries").any(|t| t == "widget"));
    assert_eq!(
        without_layout_words("hs_cos_wrapper hs_cos_wrapper_widget sidebar-widget"),
        "hs_cos_ hs_cos__ sidebar-"
    );
    // In a builder's block, its plain "widget" tokens are layout too (SiteOrigin).
    assert!(!name_tokens("so-panel widget widget_text").any(|t| t == "widget"));
    assert_eq!(without_layout_words("so-panel widget"), "so-panel ");
}

#[test]
fn a_lone_label_takes_the_list_after_it_and_stray_script_values_go() {
    let html = "<body><article><div>\
        <p>The council approved the new budget on Tuesday after a long debate about the bridge repairs.</p>\
        <p><strong>More:</strong></p>\
        <ul><li><h3><a href=\"/a\">Recycling rates fall for the third year in a row</a></h3></li>\
        <li><h3><a href=\"/b\">Commissioners delay the vote on the landfill expansion</a></h3></li></ul>\
        <p>The repairs are expected to take two years and to cost about four million dollars.</p>\
        <div>false</div></div></article></body>";
    let found = verdicts(html);
    let texts = |kind: Kind| -> Vec<String> {
        found
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, t)| t.clone())
            .collect()
    };
    assert_eq!(
        texts(Kind::Recirculation),
        [
            "More:",
            "Recycling rates fall for the third year in a row Commissioners delay the vote on the landfill expansion"
        ]
    );
    assert_eq!(texts(Kind::Form), ["false"]);
    // A value in a documentation table is not stray.
    let doc_table = "<body><article><p>Options of the parser, with their defaults.</p>\
        <div><div>strict</div><div>false</div></div></article></body>";
    assert!(verdicts(doc_table).is_empty());
}

#[test]
fn player_fallback_lines_are_media_in_many_languages() {
    for line in [
        "Media playback is unsupported on your device",
        "La lecture de ce média n'est pas prise en charge sur votre appareil",
        "Ihr Browser unterstützt kein HTML5-Video.",
        "Ваш браузер не поддерживает видео.",
    ] {
        let html = format!(
            "<body><article>{}<div>{line}</div></article></body>",
            body(4)
        );
        assert_eq!(verdicts(&html), [(Kind::Media, line.to_string())], "{line}");
    }
    // A paragraph that only mentions such a message is prose.
    let prose =
        "<p>Readers wrote to say that the page showed them \"your browser does not support \
        the video tag\" instead of the interview, and the newsroom fixed the player on Friday.</p>";
    let html = format!("<body><article>{}{prose}</article></body>", body(4));
    assert!(verdicts(&html).is_empty());
}

#[test]
fn syntax_highlighting_classes_are_not_clutter() {
    let html = format!(
        "<body><article>{}<pre><code><span class=\"hljs-comment\"># fetch the remote branch</span>\n\
         git fetch origin <span class=\"token comment\">// share the result</span></code></pre></article></body>",
        body(4)
    );
    assert!(verdicts(&html).is_empty(), "{:?}", verdicts(&html));
}

#[test]
fn a_form_around_most_of_the_page_is_a_wrapper_not_a_form() {
    // An ASP.NET page: one <form> around a listing of linked product rows (no prose to anchor
    // it, too many links to be "big").
    let rows: String = (1..=12)
        .map(|i| {
            format!(
                "<div class=\"row\"><a href=\"/p/{i}\">Short throw laser projector model {i}</a>\
                 <div>Manufacturer: Example</div><div>Price: ${i}99.00</div></div>"
            )
        })
        .collect();
    let html = format!(
        "<body><form id=\"MainForm\" method=\"post\"><h1>Native 4K projectors</h1>{rows}</form></body>"
    );
    assert!(
        !verdicts(&html).iter().any(|(k, _)| *k == Kind::Form),
        "{:?}",
        verdicts(&html)
    );
    // A newsletter form beside an article is still a form.
    let html = format!(
        "<body>{}<form><label>Your email</label><input type=\"email\"><button>Subscribe</button></form></body>",
        body(6)
    );
    assert!(verdicts(&html).iter().any(|(k, _)| *k == Kind::Form));
}

#[test]
fn utility_classes_with_variants_or_arbitrary_values_name_nothing() {
    // Tailwind: the words inside an arbitrary value are CSS (a variable named "banner").
    let toks: Vec<&str> =
        name_tokens("stack lg:first:pt-[calc(var(--banner-min-height))] md:promo w-1/2").collect();
    assert_eq!(toks, ["stack", "stack"]);
    let hero = "<div class=\"stack lg:pt-[calc(var(--banner-min-height))]\">\
        <p>Build and deploy on the cloud, with the tools your team already knows.</p></div>";
    assert!(verdicts(&format!("<body>{hero}{}</body>", body(4))).is_empty());
    // A plain name still names.
    let ad = "<div class=\"banner\"><a href=\"/x\">Sale</a></div>";
    assert!(!verdicts(&format!("<body>{ad}{}</body>", body(4))).is_empty());
}

/// Reasons of the verdicts of `html`, in page order.
fn reasons(html: &str) -> Vec<String> {
    let doc = crate::parse::parse(html, &Options::default()).unwrap_or_default();
    let stats = crate::stats::compute(&doc);
    classify(&doc, &stats, Default::default())
        .into_iter()
        .flatten()
        .map(|v| v.reason)
        .collect()
}

/// Pagination under an article goes, in any language and with arrows; a gallery's image links,
/// a code listing's line numbers (links within the page) and two numbered links are not
/// pagination.
#[test]
fn pagination_is_found_and_look_alikes_are_not() {
    for nav in [
        "<p><a href=\"?p=1\">1</a> <a href=\"?p=2\">2</a> <a href=\"?p=3\">3</a> <a href=\"?p=2\">Weiter »</a></p>",
        "<div>Página 1 de 3 <a href=\"/p/2\">Página siguiente ›</a> <a href=\"/p/3\">3</a></div>",
        "<div><a href=\"/page/1\">← Previous</a> | <a href=\"/page/3\">Next →</a></div>",
        "<div><a href=\"?page=2\">下一页</a> <a href=\"?page=9\">9</a></div>",
        "<div class=\"more\"><a href=\"/actualites/page/2/\">Page suivante</a></div>",
        "<div><a href=\"/zpravy/1\">« Předchozí</a> <a href=\"/zpravy/3\">Další »</a></div>",
        "<div><a href=\"?sivu=2\">Seuraava ›</a> <a href=\"?sivu=9\">9</a></div>",
    ] {
        let v = verdicts(&format!("<body>{}{nav}</body>", body(6)));
        assert!(
            v.iter().any(|(k, t)| *k == Kind::Pagination && !t.contains("council")),
            "{nav}: {v:?}"
        );
    }
    for not_pages in [
        "<div><a href=\"/a.jpg\"><img src=\"/a.jpg\"></a> <a href=\"/b.jpg\"><img src=\"/b.jpg\"></a> Toutes les photos</div>",
        "<table><tr><td><a href=\"#l1\">1</a> <a href=\"#l2\">2</a> <a href=\"#l3\">3</a></td></tr></table>",
        "<p><a href=\"/ref/1\">1</a> <a href=\"/ref/2\">2</a></p>",
        "<p><a href=\"/p/2\">2</a></p>",
        "<p>Read on: <a href=\"/p/2\">next</a></p>",
    ] {
        let r = reasons(&format!("<body>{}{not_pages}</body>", body(6)));
        assert!(!r.iter().any(|r| r.ends_with("page links")), "{not_pages}: {r:?}");
    }
}

#[test]
fn a_call_to_action_alone_is_a_control_a_heading_starting_like_one_is_not() {
    let html = format!(
        "<body>{}<p><a class=\"btn\" href=\"/plans\">Learn more</a></p>\
         <h2>Learn more about the council's budget</h2>{}</body>",
        body(4),
        body(3)
    );
    let v = verdicts(&html);
    assert!(
        v.iter().any(|(k, t)| *k == Kind::Form && t == "Learn more"),
        "{v:?}"
    );
    assert!(!v.iter().any(|(_, t)| t.contains("budget")), "{v:?}");
}

#[test]
fn a_programs_strings_are_not_labels_or_phrases() {
    let html = format!(
        "<body>{}<pre><code>button.text = <span class=\"str\">'Learn more'</span>;\n\
         banner(<span class=\"str\">\"We use cookies to improve your experience\"</span>);</code></pre>{}</body>",
        body(4),
        body(2)
    );
    let v = verdicts(&html);
    assert!(
        !v.iter()
            .any(|(_, t)| t.contains("Learn more") || t.contains("cookies")),
        "{v:?}"
    );
}

/// A list of links to the page's own sections is a table of contents whatever its language,
/// label or markup, also when the page's script makes the places (the links read as its
/// headings); links to places that do not exist, numbered links (a code listing's line
/// numbers) and links to other pages are not; a sentence introducing the list is not part of it.
#[test]
fn tables_of_contents_are_links_to_places_on_the_page() {
    let sections = "<h2 id=\"a\">Αρχή</h2><p>Πρώτο μέρος.</p><h2 id=\"b\">Μέση</h2>\
        <p>Δεύτερο μέρος.</p><h2 id=\"c\">Τέλος</h2><p>Τρίτο μέρος.</p>";
    for toc in [
        "<ul><li><a href=\"#a\">Αρχή</a></li><li><a href=\"#b\">Μέση</a></li><li><a href=\"#c\">Τέλος</a></li></ul>",
        "<div><b>Περιεχόμενα</b><ol><li>1. <a href=\"#a\">Αρχή</a></li><li>2. <a href=\"#b\">Μέση</a></li><li>3. <a href=\"#c\">Τέλος</a></li></ol></div>",
        "<div role=\"tablist\"><a href=\"#a\">Αρχή</a><a href=\"#b\">Μέση</a><a href=\"#c\">Τέλος</a></div>",
        // Places the page's script makes (ids given to the headings when it runs): the links
        // read as the headings.
        "<ul><li><a href=\"#toc0\">Αρχή</a></li><li><a href=\"#toc1\">Μέση</a></li><li><a href=\"#toc2\">Τέλος</a></li></ul>",
    ] {
        let v = verdicts(&format!("<body>{}{toc}{sections}</body>", body(3)));
        assert!(
            v.iter().any(|(k, t)| *k == Kind::Contents && t.contains("Μέση")),
            "{toc}: {v:?}"
        );
    }
    for not_toc in [
        "<ul><li><a href=\"#x\">Ένα</a></li><li><a href=\"#y\">Δύο</a></li><li><a href=\"#z\">Τρία</a></li></ul>",
        "<p><a href=\"#a\">1</a> <a href=\"#b\">2</a> <a href=\"#c\">3</a></p>",
        "<ul><li><a href=\"/a\">Αρχή</a></li><li><a href=\"/b\">Μέση</a></li><li><a href=\"/c\">Τέλος</a></li></ul>",
    ] {
        let v = verdicts(&format!("<body>{}{not_toc}{sections}</body>", body(3)));
        assert!(!v.iter().any(|(k, _)| *k == Kind::Contents), "{not_toc}: {v:?}");
    }
    let introduced = "<div><p>Τα τρία σημεία που πρέπει να ξέρετε πριν από την αγορά ενός ποδηλάτου πόλης:</p>\
         <ul><li><a href=\"#a\">Αρχή</a></li><li><a href=\"#b\">Μέση</a></li><li><a href=\"#c\">Τέλος</a></li></ul></div>";
    let v = verdicts(&format!("<body>{}{introduced}{sections}</body>", body(3)));
    assert!(
        v.iter()
            .all(|(k, t)| *k != Kind::Contents || !t.contains("σημεία")),
        "{v:?}"
    );
}

/// On a product page the customer reviews are clutter, whatever their size; the same section on
/// any other page (a review article, a forum) and the element holding the product's name are not.
#[test]
fn customer_reviews_are_clutter_on_a_product_page_only() {
    let page = format!(
        "<body><main><h1>Étagère Kallax</h1>{}<section class=\"pipf-seo-reviews\"><h2>Avis</h2>{}</section>\
         <div itemprop=\"review\"><p>Très solide, montage facile en une heure.</p></div></main></body>",
        body(3),
        body(6)
    );
    let product = Declared {
        product: true,
        ..Default::default()
    };
    let doc = crate::parse::parse(&page, &Options::default()).unwrap_or_default();
    let stats = crate::stats::compute(&doc);
    let reviews: Vec<String> = classify(&doc, &stats, product)
        .into_iter()
        .enumerate()
        .filter_map(|(id, v)| {
            v.filter(|v| v.kind == Kind::Reviews)
                .map(|_| block_text(&doc, id))
        })
        .collect();
    assert_eq!(reviews.len(), 2, "{reviews:?}");
    assert!(reviews[0].starts_with("Avis") && reviews[1].starts_with("Très solide"));
    let other = classify(&doc, &stats, Declared::default());
    assert!(other.iter().flatten().all(|v| v.kind != Kind::Reviews));
    // A wrapper named for reviews around the product's name is the page, not its reviews.
    let wrapped = format!(
        "<body><div class=\"reviews-page\"><h1>Kallax</h1>{}</div></body>",
        body(3)
    );
    let doc = crate::parse::parse(&wrapped, &Options::default()).unwrap_or_default();
    let stats = crate::stats::compute(&doc);
    assert!(classify(&doc, &stats, product)
        .iter()
        .flatten()
        .all(|v| v.kind != Kind::Reviews));
}

/// An ad slot's label, an empty comment section's prompt, a feedback widget and a Pinterest
/// prompt are clutter in any of their languages; a paragraph asking whether something was
/// helpful, inside a longer text, is not.
#[test]
fn ad_labels_feedback_widgets_and_comment_prompts_go() {
    for (line, kind) in [
        (
            "<div>Advertisement - Continue Reading Below</div>",
            Kind::Ad,
        ),
        ("<p>La suite après cette publicité</p>", Kind::Ad),
        ("<div>Sé el primero en comentar</div>", Kind::Comments),
        (
            "<div>War diese Seite hilfreich? <button>Ja</button> <button>Nein</button></div>",
            Kind::Form,
        ),
        (
            "<div>Cette page vous a-t-elle été utile ? <button>Oui</button></div>",
            Kind::Form,
        ),
        ("<p>Pin this for later!</p>", Kind::Share),
    ] {
        let v = verdicts(&format!(
            "<body><article>{}{line}{}</article></body>",
            body(3),
            body(2)
        ));
        assert!(v.iter().any(|(k, _)| *k == kind), "{line}: {v:?}");
    }
    let prose =
        "<p>We asked readers whether the guide was this helpful? Most said the maps and the \
                 packing list saved them hours, and several wrote in with routes of their own that \
                 we have added to the second edition, along with corrections to two of the bus \
                 timetables and a longer section on where to find drinking water in the hills.</p>";
    let v = verdicts(&format!(
        "<body><article>{}{prose}{}</article></body>",
        body(3),
        body(2)
    ));
    assert!(v.iter().all(|(k, _)| *k != Kind::Form), "{v:?}");
}

/// A forum post's permalink standing alone ("#2", or "#" before a linked number as vBulletin
/// writes it) is a control beside the post; a number in a line of text, a rank with its name
/// and a heading "#1" that is no link are not.
#[test]
fn post_number_links_are_controls() {
    let post = |n: u32| {
        format!(
            "<div class=\"x{n}\"><div class=\"y\"><a href=\"/t/1/post-{n}\">#{n}</a></div>{}</div>",
            body(1)
        )
    };
    let vbulletin = |n: u32| {
        format!(
            "<div class=\"x{n}\"><div class=\"y\">&nbsp;#<a href=\"/t/1/post{n}.html\"><strong>{n}</strong></a>&nbsp;</div>{}</div>",
            body(1)
        )
    };
    for (a, b) in [(post(2), post(3)), (vbulletin(2), vbulletin(3))] {
        let v = verdicts(&format!("<body>{a}{b}</body>"));
        assert_eq!(
            v.iter()
                .filter(|(k, t)| *k == Kind::Form && t.trim_start().starts_with('#'))
                .count(),
            2,
            "{v:?}"
        );
    }
    for not_control in [
        "<p>See reply <a href=\"/t/1/post-4\">#4</a> above.</p>",
        "<div><a href=\"/laptops/1\">#1 Lenovo ThinkPad X1</a></div>",
        "<h3>#1</h3>",
    ] {
        let v = verdicts(&format!("<body>{}{not_control}{}</body>", body(2), body(2)));
        assert!(
            v.iter().all(|(k, _)| *k != Kind::Form),
            "{not_control}: {v:?}"
        );
    }
}

/// Verdicts of `html` with what its metadata declares, as the cleaner passes it.
fn declared_verdicts(html: &str) -> Vec<(Kind, String)> {
    let doc = crate::parse::parse(html, &Options::default()).unwrap_or_default();
    let stats = crate::stats::compute(&doc);
    let meta = crate::metadata::collect(&doc, None);
    let declared = Declared {
        product: meta.product,
        language_versions: &meta.language_versions,
        page_host: None,
    };
    classify(&doc, &stats, declared)
        .into_iter()
        .enumerate()
        .filter_map(|(id, v)| v.map(|v| (v.kind, block_text(&doc, id))))
        .collect()
}

#[test]
fn links_to_the_pages_declared_language_versions_are_a_language_switch_beside_the_body() {
    // A documentation page's switcher inside <main>, just before the text: its links carry no
    // hreflang, but the page's <link rel="alternate" hreflang> name their addresses.
    let codes = ["fr", "ja", "pt-br", "el"];
    let head: String = codes
        .iter()
        .map(|c| format!("<link rel=\"alternate\" hreflang=\"{c}\" href=\"https://docs.example.org/{c}/guide/models/\">"))
        .collect();
    let items: String = codes
        .iter()
        .map(|c| format!("<li class=\"other\"><a href=\"/{c}/guide/models/\">{c}</a></li>"))
        .collect();
    let html = format!(
        "<html><head>{head}</head><body><main><ul class=\"language-switcher\">\
         <li class=\"current\"><button>Language: <b>en</b></button></li>{items}</ul>{}</main></body></html>",
        body(6)
    );
    let v = declared_verdicts(&html);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, Kind::Languages, "{v:?}");
    assert!(v[0].1.contains("pt-br"), "{v:?}");
    // Without the declared versions the same list beside the body is left to other signals
    // (only its button is a control).
    let v = verdicts(&html);
    assert!(v.iter().all(|(k, _)| *k == Kind::Form), "{v:?}");
}

/// Verdicts of `html` served from `https://www.blog.example/post`, with the evidence of each.
fn verdicts_on_site(html: &str) -> Vec<(Kind, Evidence, String)> {
    let doc = crate::parse::parse(html, &Options::default()).unwrap_or_default();
    let stats = crate::stats::compute(&doc);
    let declared = Declared {
        page_host: Some("blog.example"),
        ..Default::default()
    };
    classify(&doc, &stats, declared)
        .into_iter()
        .enumerate()
        .filter_map(|(id, v)| v.map(|v| (v.kind, v.evidence, block_text(&doc, id))))
        .collect()
}

#[test]
fn a_reading_list_the_body_ends_with_is_recirculation() {
    let list = |hrefs: [&str; 3]| -> String {
        let titles = [
            "How to grow tomatoes on a small balcony",
            "Five herbs that survive a cold windowsill",
            "Why your basil keeps wilting in summer",
        ];
        let items: String = hrefs
            .iter()
            .zip(titles)
            .map(|(h, t)| format!("<li><a href=\"{h}\">{t}</a></li>"))
            .collect();
        format!("<ul>{items}</ul>")
    };
    let own = list([
        "/garden/tomatoes",
        "https://blog.example/herbs",
        "//www.blog.example/basil",
    ]);
    let sources = list([
        "https://uni.example.org/a",
        "https://journal.example.net/b",
        "https://www.other.example/c",
    ]);
    let page =
        |label: &str, list: &str, after: &str| {
            format!(
            "<body><article><div class=\"x1\">{}<p>{label}</p>{list}{after}</div></article></body>",
            body(3).replace("<div class=\"x1\">", "").replace("</div>", "")
        )
        };
    let reading = |v: &[(Kind, Evidence, String)]| {
        v.iter()
            .filter(|(k, e, _)| *k == Kind::Recirculation && *e == Evidence::AfterBody)
            .map(|(_, _, t)| t.clone())
            .collect::<Vec<_>>()
    };
    // Labelled by a line ending in a colon, in any words: the label and the list.
    let v = verdicts_on_site(&page("Si te gustó, quizá también te interese:", &own, ""));
    let marked = reading(&v);
    assert_eq!(marked.len(), 2, "{v:?}");
    assert!(marked[0].starts_with("Si te gust") && marked[1].starts_with("How to grow"));
    // Not: a list of sources (other sites), one with the body going on after it, one without
    // a label, one whose links the page's host does not own.
    for html in [
        page("Sources:", &sources, ""),
        page("Read also:", &own, &body(2)),
        page(
            "The council also said that the plan would be reviewed.",
            &own,
            "",
        ),
    ] {
        let v = verdicts_on_site(&html);
        assert!(reading(&v).is_empty(), "{html}: {v:?}");
    }
    // Without the page's address only relative links are the site's own.
    let v = verdicts(&page("Also worth reading on this blog:", &own, ""));
    assert!(v.iter().all(|(k, _)| *k != Kind::Recirculation), "{v:?}");
}

#[test]
fn a_label_word_inside_a_sentence_is_a_word_of_the_sentence() {
    let sentence =
        "<p>Members said the plan was <strong>Trending</strong> upward in the polls, and \
                    that the <b>Related</b> costs of the bridge would be covered by the state.</p>";
    let v = verdicts(&format!("<body>{}{sentence}{}</body>", body(2), body(2)));
    assert!(v.is_empty(), "{v:?}");
    // On a line of its own, or beside a headline link, it is still a label.
    for line in [
        "<div><span>Advertisement</span></div>",
        "<div class=\"card\"><span>Trending</span> <a href=\"/a/1\">How the new budget changes the schools</a></div>",
    ] {
        let v = verdicts(&format!("<body>{}{line}{}</body>", body(2), body(2)));
        assert!(!v.is_empty(), "{line}: {v:?}");
    }
}

#[test]
fn placeholder_components_go_and_a_mock_up_stays() {
    let lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor \
                 incididunt ut labore et dolore magna aliqua.";
    let card = |n: usize| {
        format!(
            "<div class=\"card\"><h3>Head Line {n}</h3><p>{lorem}</p><ul><li>Lorem ipsum 1</li>\
             <li>Lorem ipsum 2</li></ul><a href=\"/more\">Learn More</a></div>"
        )
    };
    // Cards the site never filled in, beside its article: each card goes whole.
    let html = format!(
        "<body>{}<div class=\"cards\">{}{}</div></body>",
        body(3),
        card(1),
        card(2)
    );
    let v = verdicts(&html);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, Kind::Placeholder);
    assert!(v[0].1.starts_with("Head Line 1"), "{v:?}");
    // A section holding the article beside a card is not placeholder; the card is.
    let html = format!("<body><section>{}{}</section></body>", body(3), card(1));
    let v = verdicts(&html);
    assert_eq!(v.len(), 1, "{v:?}");
    assert!(v[0].1.starts_with("Head Line 1"), "{v:?}");
    // A designer's mock-up, all placeholder but its headings and menu (its passage going on
    // "Tempor incididunt…"): left for the reader.
    let html = format!(
        "<body><ul><li><a href=\"/\">Home</a></li><li><a href=\"/a\">About</a></li></ul>\
         <h1>Our new theme</h1><p>{lorem}</p><h2>Foo</h2><p>Tempor incididunt ut labore et \
         dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco \
         laboris nisi ut aliquip.</p>{}</body>",
        card(1)
    );
    assert!(
        verdicts(&html).iter().all(|(k, _)| *k != Kind::Placeholder),
        "{:?}",
        verdicts(&html)
    );
    // A page about the stock text keeps its sentences.
    let html = format!(
        "<body><div class=\"x1\"><p>Lorem ipsum is the printers' stock text, used since the \
         1500s to show a layout before its words are written, as every designer knows.</p>{}</div></body>",
        body(3)
    );
    assert!(verdicts(&html).is_empty(), "{:?}", verdicts(&html));
}

/// A custom element's name names it as a class does: `<devsite-content-footer>` is a footer,
/// `<amp-ad>` an ad; a custom element named for its content is left alone.
#[test]
fn custom_element_names_are_read_like_class_names() {
    let footer = "<devsite-content-footer><p>Except as otherwise noted, the content of this \
        page is licensed under the Creative Commons Attribution 4.0 License.</p>\
        </devsite-content-footer>";
    let ad = "<amp-ad width=\"300\" height=\"250\"><div>Shop the sale now</div></amp-ad>";
    let page = format!(
        "<body><story-body>{}</story-body>{ad}{footer}</body>",
        body(4)
    );
    let kinds: Vec<Kind> = verdicts(&page).into_iter().map(|(k, _)| k).collect();
    assert_eq!(kinds, [Kind::Ad, Kind::Footer]);
    assert!(reasons(&page)
        .iter()
        .any(|r| r == "tag 'devsite-content-footer'"));
}

/// A forum poster's statistics beside each post go, in any of the known languages and
/// markups (a definition list, a pair of divs); a value without a number, a label naming
/// anything else, or a sentence with the word stays.
#[test]
fn a_posters_statistics_go_and_look_alikes_stay() {
    for details in [
        "<dl><dt>archuser</dt><dd>Member</dd><dd><span>Registered: 2024-01-27</span></dd>\
         <dd><span>Posts: 98</span></dd></dl>",
        "<div><dl><dt>Messages:</dt><dd><a href=\"/search?u=1\">3</a></dd></dl>\
         <dl><dt>Trophy Points:</dt><dd>5</dd></dl></div>",
        "<div><div>Join Date: <b>Aug 2008</b></div><div> Posts: <b>1,077</b> </div></div>",
        "<ul><li>Beiträge: 1.204</li><li>Registriert: 12.03.2019</li></ul>",
    ] {
        let page = format!("<body>{details}{}</body>", body(4));
        let v = verdicts(&page);
        assert!(
            !v.is_empty() && v.iter().all(|(k, _)| *k == Kind::PostDetails),
            "{details}: {v:?}"
        );
        // Both statistics go (each, or the block holding both), the poster's name stays.
        let gone: String = v.iter().map(|(_, t)| t.as_str()).collect();
        let values = ["98", "2024", "Aug 2008", "1,077", "1.204", "3", "5"];
        assert_eq!(
            values.iter().filter(|x| gone.contains(*x)).count(),
            values.iter().filter(|x| details.contains(*x)).count(),
            "{details}: {v:?}"
        );
        assert!(!gone.contains("archuser"));
    }
    for other in [
        "<div>Location: Oslo</div>",
        "<div>Weight: 2 kg</div>",
        "<div>Posts:</div>",
        "<p>Posts: we wrote 12 of them this year, and each one took a week.</p>",
    ] {
        let page = format!("<body>{other}{}</body>", body(4));
        assert!(verdicts(&page).is_empty(), "{other}");
    }
    assert_eq!(poster_detail("Join Date: Aug 2008"), Some("join date"));
    assert_eq!(poster_detail("Сообщения: 312"), Some("сообщения"));
    assert_eq!(poster_detail("Reputation: 5%"), None);
    assert_eq!(poster_detail("12 posts"), Some("posts"));
    assert_eq!(poster_detail("1.077 Beiträge"), Some("beiträge"));
    assert_eq!(poster_detail("12 posts today"), None);
    assert_eq!(poster_detail("Posts"), None);
}

/// A forum post's edit notice goes, in the forms forum software writes it; a sentence about an
/// edit, or a notice without a date or count, stays.
#[test]
fn a_posts_edit_notice_goes() {
    for notice in [
        "<div class=\"notice\">Last edited by Minoa on Tue Aug 27, 2019 10:03 pm, edited 1 time in total.</div>",
        "<div class=\"message-lastEdit\">Last edited: <time>Jul 9, 2022</time></div>",
        "<div>Zuletzt bearbeitet von DevOpsUser am 12. Sep 2024, 11:14, insgesamt 4-mal bearbeitet.</div>",
    ] {
        let page = format!("<body>{}{notice}</body>", body(4));
        let v = verdicts(&page);
        assert_eq!(v.len(), 1, "{notice}: {v:?}");
        assert_eq!(v[0].0, Kind::PostDetails, "{notice}");
    }
    for other in [
        "<p>Last edited in 2019, the guide still holds: pack light and start early.</p>",
        "<div>Last edited by the team</div>",
    ] {
        let page = format!("<body>{}{other}</body>", body(4));
        assert!(verdicts(&page).is_empty(), "{other}");
    }
}

#[test]
fn a_breadcrumb_trail_the_page_declares_is_declared_clutter_under_a_named_wrapper() {
    let trail = "<ul itemscope itemtype=\"https://schema.org/BreadcrumbList\">\
        <li><a href=\"/\">Início</a></li><li><a href=\"/forums/\">Fóruns</a></li></ul>";
    let evidence = |html: &str| -> Vec<(Kind, Evidence)> {
        verdicts_on_site(html)
            .into_iter()
            .filter(|(_, _, t)| t.contains("Fóruns"))
            .map(|(k, e, _)| (k, e))
            .collect()
    };
    // Alone, and under a wrapper only its name calls a breadcrumb: one verdict, the wrapper's,
    // resting on what the page declares (the block model never puts it back).
    for html in [
        format!("<body>{trail}{}</body>", body(3)),
        format!(
            "<body><div class=\"breadcrumb\"><div>{trail}</div></div>{}</body>",
            body(3)
        ),
    ] {
        assert_eq!(
            evidence(&html),
            [(Kind::Menu, Evidence::Declared)],
            "{html}"
        );
    }
    // A wrapper named for something else keeps its own verdict and evidence.
    let html = format!(
        "<body><div class=\"share-tools\"><div>{trail}</div></div>{}</body>",
        body(3)
    );
    assert_eq!(evidence(&html), [(Kind::Share, Evidence::Name)], "{html}");
    // A wrapper named a breadcrumb with no declared list inside rests on its name.
    let html = format!(
        "<body><div class=\"breadcrumb\"><a href=\"/\">Início</a> › <a href=\"/forums/\">Fóruns</a></div>{}</body>",
        body(3)
    );
    assert_eq!(evidence(&html), [(Kind::Menu, Evidence::Name)], "{html}");
}
