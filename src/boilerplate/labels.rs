//! Matching page text against the label tables in [`super::rules`]: block labels ("Most Read",
//! "عاجل"), prompt/consent phrases, counters ("2 Shares", "3 min read") and skip links.
//!
//! Pure text functions; where the text sits in the page is the caller's business.

use super::rules;
use super::Kind;
use crate::text::{self, is_indic_mark, is_unspaced_script};

/// Label text normalised for comparison with [`rules::LABELS`]: case-folded (a Turkish "İ" as
/// "i"), whitespace collapsed, typographic apostrophes unified, surrounding punctuation, bullets and counts
/// ("Kommentare (12)") removed.
pub fn normalise(s: &str) -> String {
    // Whitespace folded, case folded and apostrophes unified in one pass.
    let mut out = String::with_capacity(s.len());
    let mut after_space = true;
    for c in s.chars() {
        if c.is_whitespace() {
            if !after_space {
                out.push(' ');
                after_space = true;
            }
            continue;
        }
        after_space = false;
        match c {
            '’' | 'ʼ' => out.push('\''),
            // Turkish capital dotted I: "i", not "i" and a combining dot.
            'İ' => out.push('i'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    // A word's last character may be a mark no letter test knows (Tamil's virama in
    // "செய்திகள்"): it stays.
    let outside = |c: char| !c.is_alphanumeric() && !is_indic_mark(c);
    let s = out.trim_matches(outside);
    // A trailing count: "comments (12)", "kommentare 3".
    let trimmed =
        s.trim_end_matches(|c: char| c.is_ascii_digit() || c == '(' || c == ')' || c == ' ');
    let s = if trimmed.chars().any(char::is_alphabetic) {
        trimmed
    } else {
        s
    };
    let s = s.trim_matches(outside);
    // `s` lies within `out`: keep just that part, in place.
    let start = s.as_ptr() as usize - out.as_ptr() as usize;
    let end = start + s.len();
    out.truncate(end);
    out.replace_range(..start, "");
    out
}

/// The kind and table entry of a label such as "Most Read", "Next In World" or "Read more:".
///
/// Matches a whole label, a multi-word label followed by more words ("More from Politics"), or
/// any label followed by a colon ("Lesen Sie auch: …"). Texts longer than six words never match.
pub fn label_kind(label: &str) -> Option<(Kind, &'static str)> {
    // Normalising keeps every word holding a letter, so a text with more than six of them can
    // be turned down before any allocation.
    if lettered_words_exceed(label, 6) {
        return None;
    }
    let label = normalise(label);
    label_kind_normalised(&label)
}

fn label_kind_normalised(label: &str) -> Option<(Kind, &'static str)> {
    if label.is_empty() || text::word_count(label) > 6 {
        return None;
    }
    labels_starting_like(label)
        .filter(|(l, _)| {
            label == *l
                || label.strip_prefix(l).is_some_and(|rest| {
                    (l.contains(' ') && rest.starts_with(' ')) || rest.trim_start().starts_with(':')
                })
        })
        .max_by_key(|(l, _)| l.len())
        .map(|&(l, k)| (k, l))
}

/// Whether `text` holds more than `max` word tokens (as [`text::for_each_token`] splits them)
/// containing a letter. Stops reading as soon as it knows.
fn lettered_words_exceed(text: &str, max: usize) -> bool {
    let mut n = 0;
    let mut in_word = false;
    let mut lettered = false;
    for c in text.chars() {
        let word_char = c.is_alphanumeric() || c == '_';
        let single = !c.is_ascii() && is_unspaced_script(c);
        if in_word && (!word_char || single) {
            n += usize::from(lettered);
            in_word = false;
        }
        if single {
            n += usize::from(c.is_alphabetic());
        } else if word_char {
            lettered = if in_word {
                lettered || c.is_alphabetic()
            } else {
                c.is_alphabetic()
            };
            in_word = true;
        }
        if n > max {
            return true;
        }
    }
    n + usize::from(in_word && lettered) > max
}

/// Whether the whole text is the label (not a label followed by more words).
pub fn is_exact_label(label: &str) -> bool {
    let label = normalise(label);
    labels_starting_like(&label).any(|(l, _)| label == *l)
}

/// The entries of [`rules::LABELS`] that start with the same byte as `text`, in table order:
/// the only ones that can equal it or be a prefix of it.
fn labels_starting_like(text: &str) -> impl Iterator<Item = &'static (&'static str, Kind)> {
    static TABLE: crate::patterns::LazyKeyed<Kind> = crate::patterns::LazyKeyed::new(rules::LABELS);
    TABLE.starting_like(text)
}

/// The kind of a short block that contains a prompt or consent phrase ("Follow us on our official
/// WhatsApp channel", "We use cookies"). The text's whitespace must already be folded (as
/// [`crate::folded`] holds it); `buf` is scratch space reused between calls.
///
/// One pass over the text: only positions whose next three bytes begin some phrase are
/// compared, and the phrase listed first in [`rules::PHRASES`] wins.
pub fn phrase_kind(folded: &str, buf: &mut String) -> Option<(Kind, &'static str)> {
    buf.clear();
    for c in folded.chars() {
        if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else if c == '’' {
            buf.push('\'');
        } else {
            buf.extend(c.to_lowercase());
        }
    }
    let t = buf.as_str();
    let index = phrase_index();
    let bytes = t.as_bytes();
    let mut best: Option<usize> = None;
    for i in 0..bytes.len().saturating_sub(2) {
        let slot = trigram_slot(&bytes[i..]);
        if !index.bits.get(slot) {
            continue;
        }
        let from = index.phrases.partition_point(|&(s, _)| s < slot);
        for &(s, n) in index.phrases.get(from..).unwrap_or_default() {
            if s != slot {
                break;
            }
            let better = best.is_none_or(|b| n < b);
            if better
                && rules::PHRASES.get(n).is_some_and(|(p, _)| {
                    bytes[i..].starts_with(p.as_bytes()) && starts_word(&t[..i], p)
                })
            {
                best = Some(n);
            }
        }
    }
    best.and_then(|n| rules::PHRASES.get(n))
        .map(|&(p, k)| (k, p))
}

/// Whether a phrase found right after `before` begins a word there: "siga o" is found in "siga
/// o canal" but not in "consiga o", "follow us on" not in "unfollow us on". Phrases in scripts
/// written without spaces ([`is_unspaced_script`]) begin anywhere, and any phrase begins right
/// after such a script's character ("Cookie" in "当サイトではCookieを使用").
fn starts_word(before: &str, phrase: &str) -> bool {
    let Some(first) = phrase.chars().next() else {
        return true;
    };
    if !first.is_alphanumeric() || is_unspaced_script(first) {
        return true;
    }
    // A script written without spaces ends a word where another begins ("当サイトではCookieを").
    !before
        .chars()
        .next_back()
        .is_some_and(|c| (c.is_alphanumeric() && !is_unspaced_script(c)) || is_indic_mark(c))
}

/// A set of 4,096 bits.
struct BitSet([u64; 64]);

impl BitSet {
    fn get(&self, i: usize) -> bool {
        self.0[(i / 64) % 64] & (1 << (i % 64)) != 0
    }
}

/// The slot (0..4096) of the first three bytes of `b` (at least three long).
fn trigram_slot(b: &[u8]) -> usize {
    let h = u32::from(b[0])
        .wrapping_mul(0x9E37_79B1)
        .wrapping_add(u32::from(b[1]).wrapping_mul(0x85EB_CA77))
        .wrapping_add(u32::from(b[2]).wrapping_mul(0xC2B2_AE3D));
    (h >> 20) as usize
}

/// [`rules::PHRASES`] by the slot of their first three bytes.
struct PhraseIndex {
    /// Slots holding at least one phrase.
    bits: BitSet,
    /// (slot, index in `PHRASES`), sorted by slot.
    phrases: Vec<(usize, usize)>,
}

fn phrase_index() -> &'static PhraseIndex {
    static INDEX: std::sync::OnceLock<PhraseIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut bits = [0u64; 64];
        let mut phrases = Vec::new();
        for (n, (p, _)) in rules::PHRASES.iter().enumerate() {
            if p.len() >= 3 {
                let slot = trigram_slot(p.as_bytes());
                bits[slot / 64] |= 1 << (slot % 64);
                phrases.push((slot, n));
            }
        }
        phrases.sort_unstable();
        PhraseIndex {
            bits: BitSet(bits),
            phrases,
        }
    })
}

/// Whether the text is only a count and counter words: "2 Shares", "3 Min Read", "1.2K views",
/// "Lesezeit: 4 Min.". Returns the first counter word.
pub fn counter(t: &str) -> Option<&'static str> {
    // Case folding keeps numbers numbers: a text without one is turned down before copying.
    if !t.chars().any(char::is_numeric) {
        return None;
    }
    let t = text::collapse(t).to_lowercase();
    if t.chars().count() > 40 {
        return None;
    }
    let mut first = None;
    let mut words = 0;
    for w in counter_tokens(&t) {
        // Numbers, also "1.2k", "12,5", "٣".
        let numeric = w.chars().next().is_some_and(char::is_numeric)
            && w.trim_end_matches(['k', 'm', 'K', 'M', '万', '萬', '亿', '億', '千'])
                .chars()
                .all(|c| c.is_numeric() || c == '.' || c == ',');
        if numeric {
            continue;
        }
        match counter_word(w) {
            Some(c) => {
                words += 1;
                first = first.or(Some(c));
            }
            None => return None,
        }
    }
    (words > 0).then_some(first).flatten()
}

/// The words of a counter's text (`t` lower-cased): apart by spaces, colons, commas and
/// separators, without the dots and brackets around them.
fn counter_tokens(t: &str) -> impl Iterator<Item = &str> {
    t.split(|c: char| c.is_whitespace() || matches!(c, ':' | '·' | '|' | '•' | ','))
        .map(|w| w.trim_matches(|c: char| c == '.' || c == '(' || c == ')'))
        .filter(|w| !w.is_empty())
}

/// The counter word `w` is ([`rules::COUNTER_WORDS`]), also a unit of Chinese, Japanese or
/// Korean written after its number without a space ("3分钟", "2分", "5분"). (A Latin unit glued
/// to its number, "10min read", is not read yet: it marks blocks on a dozen training pages, so
/// it waits for a change that retrains the model anyway.)
fn counter_word(w: &str) -> Option<&'static str> {
    let find = |w: &str| rules::COUNTER_WORDS.iter().find(|c| **c == w).copied();
    find(w).or_else(|| {
        let unit = w.trim_start_matches(|c: char| c.is_numeric() || c == '.' || c == ',');
        let cjk = unit.chars().next().is_some_and(|c| {
            matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
        });
        (unit.len() < w.len() && cjk).then(|| find(unit)).flatten()
    })
}

/// Whether the text is a reading-time estimate: a [`counter`] with a word of
/// [`rules::READING_TIME_WORDS`] ("3 min read", "11 Minute Read", "Lesezeit: 4 Min.",
/// "読了時間 2分").
pub fn reading_time(t: &str) -> bool {
    counter(t).is_some()
        && counter_tokens(&t.to_lowercase())
            .filter_map(counter_word)
            .any(|w| rules::READING_TIME_WORDS.contains(&w))
}

/// The label of a forum poster's statistic ("Posts: 98", "Join Date: Aug 2008", "Beiträge:
/// 1.077", "12 posts") in one of the known languages ([`rules::POSTER_DETAIL_LABELS`]): the
/// label, a colon, and a short value holding a number (a count or a date), or a count and the
/// label. A label without its value, a share or an amount ("Reputation: 5%"), or a label naming
/// anything else ("Location: Oslo", "Weight: 2 kg") is not.
pub fn poster_detail(t: &str) -> Option<&'static str> {
    let label = match t.split_once([':', '：']) {
        Some((label, value)) => {
            let value = value.trim();
            let count_or_date = !value.is_empty()
                && value.chars().count() <= 24
                && value.chars().any(char::is_numeric)
                // A share or an amount ("Reputation: 5%", a review's score) is neither.
                && !value.contains(['%', '$', '€', '£', '¥']);
            count_or_date.then_some(label)?
        }
        None => {
            // A count before its label: "12 posts", "1.077 Beiträge".
            let (count, label) = t.trim().split_once(char::is_whitespace)?;
            let count = count.trim_end_matches([',', '.']);
            let is_count = !count.is_empty()
                && count
                    .chars()
                    .all(|c| c.is_numeric() || c == ',' || c == '.');
            is_count.then_some(label)?
        }
    };
    let label = normalise(label);
    rules::POSTER_DETAIL_LABELS
        .iter()
        .find(|l| **l == label)
        .copied()
}

/// A forum post's edit notice is at most this many characters ("Last edited by Outer
/// Armatonisdaristan on Sun Feb 22, 2026 2:08 am, edited 108 times in total.").
pub const EDIT_NOTICE_CHARS: u32 = 160;

/// The label a forum post's edit notice opens with ("Last edited: Jul 9, 2022", "Zuletzt
/// bearbeitet von …", "Dernière édition par …"; [`rules::EDIT_NOTICE_LABELS`]), followed by a
/// colon or the editor's name, when the notice holds a number (its date or count of edits). A
/// sentence that merely mentions an edit ("Last edited in 2019, …") is not one.
pub fn edit_notice(t: &str) -> Option<&'static str> {
    // Most short texts open with a letter no label opens with: turned down before copying.
    let first = t
        .chars()
        .find(|c| c.is_alphanumeric())?
        .to_lowercase()
        .next()?;
    if !rules::EDIT_NOTICE_LABELS
        .iter()
        .any(|(l, _)| l.starts_with(first))
        || !t.chars().any(char::is_numeric)
    {
        return None;
    }
    let t = normalise(t);
    rules::EDIT_NOTICE_LABELS
        .iter()
        .find(|(l, takes_name)| {
            t.strip_prefix(*l)
                .is_some_and(|rest| rest.starts_with(':') || (*takes_name && rest.starts_with(' ')))
        })
        .map(|&(l, _)| l)
}

/// Whether a link text is a pagination link: a page number ("2", "…"), an arrow ("»", "›",
/// "→"), or a next/previous word in one of the known languages ("Next »", "‹ Zurück"). A link
/// with no text (an image's) is not.
pub fn is_page_link(t: &str) -> bool {
    const ARROWS: &[char] = &[
        '»', '«', '›', '‹', '→', '←', '>', '<', '…', '.', '|', '⟩', '⟨', '▶', '◀', '❯', '❮',
    ];
    if t.trim().is_empty() {
        // An image's link (a gallery's thumbnails), not a page's.
        return false;
    }
    let t = t.trim_matches(|c: char| c.is_whitespace() || ARROWS.contains(&c));
    if t.is_empty() {
        return true;
    }
    if t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let t = normalise(t);
    rules::PAGE_LINKS.contains(&t.as_str())
}

/// Whether a link text is a "skip to content" link in one of the known languages.
pub fn is_skip_link(t: &str) -> bool {
    let t = normalise(t);
    rules::SKIP_LINKS.iter().any(|s| t.starts_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase(t: &str) -> Option<(Kind, &'static str)> {
        phrase_kind(&text::collapse(t), &mut String::new())
    }

    #[test]
    fn a_forum_posts_controls_are_controls() {
        for label in [
            "Reply With Quote",
            "Click to expand...",
            "Zitieren",
            "Ответить с цитатой",
            "引用",
        ] {
            assert_eq!(label_kind(label).map(|k| k.0), Some(Kind::Form), "{label}");
        }
        assert_eq!(label_kind("Quoted in the report"), None);
    }

    #[test]
    fn table_of_contents_labels_are_navigation_a_box_contents_is_not() {
        for label in [
            "Table of Contents",
            "Sommaire",
            "Dans cet article",
            "Table des matières",
            "Inhaltsverzeichnis",
            "Содержание",
            "目次",
            "목차",
            "فهرس المحتويات",
        ] {
            assert_eq!(label_kind(label).map(|k| k.0), Some(Kind::Menu), "{label}");
        }
        assert_eq!(label_kind("Contents"), None);
        assert_eq!(label_kind("Box contents: two cables"), None);
    }

    #[test]
    fn labels_match_prefixes_in_many_languages() {
        assert_eq!(
            label_kind("Most Read").map(|k| k.0),
            Some(Kind::Recirculation)
        );
        assert_eq!(
            label_kind("Next In World").map(|k| k.0),
            Some(Kind::Recirculation)
        );
        assert_eq!(label_kind("BREAKING").map(|k| k.0), Some(Kind::Ticker));
        assert_eq!(label_kind("عاجل").map(|k| k.0), Some(Kind::Ticker));
        assert_eq!(
            label_kind("Lesen Sie auch:").map(|k| k.0),
            Some(Kind::Recirculation)
        );
        assert_eq!(
            label_kind("Kommentare (12)").map(|k| k.0),
            Some(Kind::Comments)
        );
        // "Read also" lines in more languages; a Turkish capital "İ" folds to "i".
        for label in [
            "İlgili Haberler",
            "Διαβάστε επίσης:",
            "Читайте також:",
            "Tin liên quan",
            "Baca Juga:",
            "بیشتر بخوانید:",
            "আরও পড়ুন:",
            "यह भी पढ़ें:",
            "Čtěte také:",
            "관련기사",
            "I più letti",
            "As mais lidas",
            "Přečtěte si také:",
            "Lue myös:",
            "Pročitajte i:",
            "Прочетете още",
            "Taip pat skaitykite:",
            "Llegeix també:",
            "Läs även:",
            "یہ بھی پڑھیں:",
            // Its last character a virama, which no letter test knows.
            "தொடர்புடைய செய்திகள்",
            "Basahin din:",
        ] {
            assert_eq!(
                label_kind(label).map(|k| k.0),
                Some(Kind::Recirculation),
                "{label}"
            );
        }
        for label in [
            "Komentáře (12)",
            "Kommentarer",
            "Hozzászólások (3)",
            "댓글 5",
            "Yorumlar",
        ] {
            assert_eq!(
                label_kind(label).map(|k| k.0),
                Some(Kind::Comments),
                "{label}"
            );
        }
        assert_eq!(normalise("செய்திகள்:"), "செய்திகள்");
        assert_eq!(label_kind("Livestock prices rise"), None);
        assert_eq!(label_kind("The most read book of the year was long"), None);
    }

    #[test]
    fn counters_are_only_numbers_and_counter_words() {
        assert_eq!(counter("2 Shares"), Some("shares"));
        assert_eq!(counter("3 Min Read"), Some("min"));
        assert_eq!(counter("1.2K views"), Some("views"));
        assert_eq!(counter("Lesezeit: 4 Min."), Some("lesezeit"));
        for line in [
            "Tempo de leitura: 4 min",
            "Okuma süresi: 3 dk",
            "5 menit baca",
            "Dibaca 1.204 kali",
            "Lukuaika 4 min",
            "3 perc olvasás",
            "4 minuty čtení",
            "4 λεπτά ανάγνωση",
            "۵ دقیقه مطالعه",
        ] {
            assert!(counter(line).is_some(), "{line}");
        }
        assert!(reading_time("11 Minute Read") && reading_time("Okuma süresi: 3 dk"));
        for line in [
            "読了時間 2分",
            "읽는 시간 2분",
            "阅读时间 3分钟",
            "阅读 3 分钟",
            "3 मिनट में पढ़ें",
            "อ่าน 3 นาที",
        ] {
            assert!(reading_time(line), "{line}");
        }
        assert_eq!(counter("2025年"), None);
        assert_eq!(counter("10min read"), None);
        assert_eq!(counter("阅读 1.2万"), Some("阅读"));
        assert_eq!(counter("댓글 12개"), None);
        assert!(!reading_time("2 Shares") && !reading_time("1.2K views"));
        assert_eq!(counter("3 shares to buy now"), None);
        assert_eq!(counter("Shares"), None);
        assert_eq!(counter("2025"), None);
    }

    #[test]
    fn phrases_and_skip_links() {
        assert_eq!(
            phrase("Follow us on our official WhatsApp channel for breaking news!").map(|k| k.0),
            Some(Kind::Prompt)
        );
        assert_eq!(
            phrase("Utilizamos cookies propias").map(|k| k.0),
            Some(Kind::Consent)
        );
        for banner in [
            "Utilizziamo i cookie per migliorare la tua esperienza.",
            "Bu sitede çerezler kullanıyoruz.",
            "Käytämme evästeitä sivuston toiminnan parantamiseksi.",
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.",
            "本サイトではクッキーを使用しています。",
            // Latin letters right after kana begin a word.
            "当サイトではCookieを使用しています。",
            "이 웹사이트는 쿠키를 사용합니다.",
            "Používáme cookies k analýze návštěvnosti.",
        ] {
            assert_eq!(phrase(banner).map(|k| k.0), Some(Kind::Consent), "{banner}");
        }
        // The first phrase of the table wins, wherever each occurs in the text.
        assert_eq!(
            phrase("Read the page you requested; we use cookies").map(|k| k.1),
            Some("we use cookies")
        );
        assert_eq!(
            phrase("Мы используем файлы cookie. 关注我们").map(|k| k.0),
            Some(Kind::Prompt)
        );
        assert_eq!(phrase("wh"), None);
        // Affiliate disclosures, in several languages.
        for t in [
            "We may earn commission from links on this page, but we only recommend products we back.",
            "As an Amazon Associate, this website earns from qualifying purchases.",
            "Dieser Artikel enthält Affiliate-Links: Kaufen Sie darüber, erhalten wir eine Provision.",
            "Este artículo puede contener enlaces de afiliados.",
        ] {
            assert_eq!(phrase(t).map(|k| k.0), Some(Kind::Ad), "{t}");
        }
        // A forum's account prompt and closed-thread notice.
        assert_eq!(
            phrase("You must log in to answer this question.").map(|k| k.0),
            Some(Kind::Prompt)
        );
        assert_eq!(
            phrase("Status: Not open for further replies.").map(|k| k.0),
            Some(Kind::Form)
        );
        // A phrase begins a word: not the end of a longer one ("consiga o" is "get the").
        assert_eq!(
            phrase("Siga o canal no WhatsApp").map(|k| k.1),
            Some("siga o")
        );
        for t in [
            "Consiga o melhor preço",
            "Persiga o sonho",
            "Unfollow us on a whim",
        ] {
            assert_eq!(phrase(t), None, "{t}");
        }
        // In a script written without spaces a phrase begins anywhere.
        assert_eq!(
            phrase("请关注我们的公众号").map(|k| k.0),
            Some(Kind::Prompt)
        );
        for t in [
            "Most read today",
            "東京都の最新ニュース速報",
            "a1 b2 c3 d4 e5 f6 g7",
            "1 2 3 4 5 6 7 8 x",
            "Ünïcode wörds hère ünd thère öne twö",
        ] {
            let mut lettered = 0;
            text::for_each_token(t, |w| {
                lettered += usize::from(w.chars().any(char::is_alphabetic))
            });
            for max in 0..10 {
                assert_eq!(lettered_words_exceed(t, max), lettered > max, "{t:?} {max}");
            }
        }
        // Labels are looked up by their first byte.
        assert!(rules::LABELS.iter().all(|(l, _)| !l.is_empty()));
        // The one-pass search looks phrases up by their first three bytes.
        assert!(rules::PHRASES.iter().all(|(p, _)| p.len() >= 3));
        assert_eq!(phrase("A plain paragraph about channels."), None);
        assert!(is_skip_link("Skip to main content"));
        assert!(is_skip_link("Zum Inhalt springen"));
        assert!(!is_skip_link("Skipping stones"));
        for link in [
            "Přeskočit na obsah",
            "Siirry sisältöön",
            "Hoppa till huvudinnehåll",
            "İçeriğe geç",
            "본문 바로가기",
            "Chuyển đến nội dung",
            "דלג לתוכן",
            "Preskoči na sadržaj",
        ] {
            assert!(is_skip_link(link), "{link}");
        }
    }
}
