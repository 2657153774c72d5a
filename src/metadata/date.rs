//! Reads a calendar date out of a date string as pages write it: ISO 8601 and its relatives
//! (`2025-03-20T17:27:00+01:00`, `2025/03/20`, `20250320`), numeric day-first dates
//! (`20.03.2025`, `20/03/2025`), written dates with month names in many languages ("March 20,
//! 2025", "20 mars 2025", "20. März 2025", "20 марта 2025", "20 de marzo de 2025"), and CJK
//! dates (`2025年3月20日`, `2025년 3월 20일`). The day is the one written: a time zone never moves
//! it. Works on strings only; which string is the publication date is `metadata`'s business.

use crate::text::is_indic_mark;
use std::fmt;
use std::ops::Range;

/// A day of the calendar (the month when the day is not given).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    /// Year, 1900–2100.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31, when given.
    pub day: Option<u8>,
}

impl fmt::Display for CalendarDate {
    /// `YYYY-MM-DD`, or `YYYY-MM` without a day.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)?;
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// Month names and abbreviations with their numbers, lower-cased (English, German, French,
/// Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Indonesian, Russian in the genitive and
/// nominative, Ukrainian, Arabic in its Egyptian and Levantine names, Greek, Czech, Romanian,
/// the Scandinavian languages, Hungarian, Finnish, Hindi, Bengali, Malay, Slovak, Croatian,
/// Bosnian, Serbian in both scripts, Slovenian, Bulgarian, Lithuanian, Latvian, Estonian,
/// Catalan, Galician, Urdu, Tamil). An abbreviation counts with or without its dot.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("jänner", 1),
    ("mär", 3),
    ("okt", 10),
    ("dez", 12),
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("janv", 1),
    ("févr", 2),
    ("avr", 4),
    ("juil", 7),
    ("déc", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("ene", 1),
    ("abr", 4),
    ("ago", 8),
    ("dic", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("fev", 2),
    ("out", 10),
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    ("ocak", 1),
    ("şubat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("eylül", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("aralık", 12),
    ("agustus", 8),
    ("desember", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("إبريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يوليو", 7),
    ("أغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    // Hebrew, alone and with the preposition "in" ("3 בנובמבר 2025")
    ("ינואר", 1),
    ("פברואר", 2),
    ("מרץ", 3),
    ("אפריל", 4),
    ("מאי", 5),
    ("יוני", 6),
    ("יולי", 7),
    ("אוגוסט", 8),
    ("ספטמבר", 9),
    ("אוקטובר", 10),
    ("נובמבר", 11),
    ("דצמבר", 12),
    ("בינואר", 1),
    ("בפברואר", 2),
    ("במרץ", 3),
    ("באפריל", 4),
    ("במאי", 5),
    ("ביוני", 6),
    ("ביולי", 7),
    ("באוגוסט", 8),
    ("בספטמבר", 9),
    ("באוקטובר", 10),
    ("בנובמבר", 11),
    ("בדצמבר", 12),
    // Thai (a year after one may be the Buddhist era's: 2568 is 2025)
    ("มกราคม", 1),
    ("กุมภาพันธ์", 2),
    ("มีนาคม", 3),
    ("เมษายน", 4),
    ("พฤษภาคม", 5),
    ("มิถุนายน", 6),
    ("กรกฎาคม", 7),
    ("สิงหาคม", 8),
    ("กันยายน", 9),
    ("ตุลาคม", 10),
    ("พฤศจิกายน", 11),
    ("ธันวาคม", 12),
    // Greek (genitive, as dates write them)
    ("ιανουαρίου", 1),
    ("φεβρουαρίου", 2),
    ("μαρτίου", 3),
    ("απριλίου", 4),
    ("μαΐου", 5),
    ("ιουνίου", 6),
    ("ιουλίου", 7),
    ("αυγούστου", 8),
    ("σεπτεμβρίου", 9),
    ("οκτωβρίου", 10),
    ("νοεμβρίου", 11),
    ("δεκεμβρίου", 12),
    // Czech (genitive)
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    // Romanian
    ("ianuarie", 1),
    ("februarie", 2),
    ("martie", 3),
    ("aprilie", 4),
    ("iunie", 6),
    ("iulie", 7),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
    // Swedish, Danish, Norwegian
    ("marts", 3),
    ("maj", 5),
    ("augusti", 8),
    // Hungarian
    ("január", 1),
    ("február", 2),
    ("március", 3),
    ("április", 4),
    ("május", 5),
    ("június", 6),
    ("július", 7),
    ("augusztus", 8),
    ("szeptember", 9),
    ("október", 10),
    // Finnish (partitive)
    ("tammikuuta", 1),
    ("helmikuuta", 2),
    ("maaliskuuta", 3),
    ("huhtikuuta", 4),
    ("toukokuuta", 5),
    ("kesäkuuta", 6),
    ("heinäkuuta", 7),
    ("elokuuta", 8),
    ("syyskuuta", 9),
    ("lokakuuta", 10),
    ("marraskuuta", 11),
    ("joulukuuta", 12),
    // Hindi
    ("जनवरी", 1),
    ("फ़रवरी", 2),
    ("मार्च", 3),
    ("अप्रैल", 4),
    ("मई", 5),
    ("जून", 6),
    ("जुलाई", 7),
    ("अगस्त", 8),
    ("सितंबर", 9),
    ("अक्टूबर", 10),
    ("नवंबर", 11),
    ("दिसंबर", 12),
    // Hindi (other spellings)
    ("फरवरी", 2),
    ("सितम्बर", 9),
    ("अक्तूबर", 10),
    ("नवम्बर", 11),
    ("दिसम्बर", 12),
    // Bengali
    ("জানুয়ারি", 1),
    ("ফেব্রুয়ারি", 2),
    ("মার্চ", 3),
    ("এপ্রিল", 4),
    ("মে", 5),
    ("জুন", 6),
    ("জুলাই", 7),
    ("আগস্ট", 8),
    ("সেপ্টেম্বর", 9),
    ("অক্টোবর", 10),
    ("নভেম্বর", 11),
    ("ডিসেম্বর", 12),
    // Malay
    ("disember", 12),
    // Slovak (genitive)
    ("januára", 1),
    ("februára", 2),
    ("apríla", 4),
    ("mája", 5),
    ("júna", 6),
    ("júla", 7),
    ("augusta", 8),
    ("septembra", 9),
    ("októbra", 10),
    ("novembra", 11),
    ("decembra", 12),
    // Croatian and Bosnian (genitive and nominative). October, "listopad(a)", is November in
    // Polish and Czech, which keep it.
    ("siječnja", 1),
    ("veljače", 2),
    ("ožujka", 3),
    ("travnja", 4),
    ("svibnja", 5),
    ("lipnja", 6),
    ("srpnja", 7),
    ("kolovoza", 8),
    ("rujna", 9),
    ("studenoga", 11),
    ("prosinca", 12),
    ("siječanj", 1),
    ("veljača", 2),
    ("ožujak", 3),
    ("travanj", 4),
    ("svibanj", 5),
    ("lipanj", 6),
    ("srpanj", 7),
    ("kolovoz", 8),
    ("rujan", 9),
    ("studeni", 11),
    ("prosinac", 12),
    // Serbian and Bosnian in Latin script, Slovenian
    ("avgust", 8),
    ("septembar", 9),
    ("oktobar", 10),
    ("novembar", 11),
    ("decembar", 12),
    ("marec", 3),
    ("junij", 6),
    ("julij", 7),
    // Bulgarian, Serbian in Cyrillic script
    ("януари", 1),
    ("февруари", 2),
    ("април", 4),
    ("юни", 6),
    ("юли", 7),
    ("септември", 9),
    ("октомври", 10),
    ("ноември", 11),
    ("декември", 12),
    ("јануар", 1),
    ("фебруар", 2),
    ("мај", 5),
    ("јун", 6),
    ("јул", 7),
    ("септембар", 9),
    ("октобар", 10),
    ("новембар", 11),
    ("децембар", 12),
    // Lithuanian (genitive)
    ("sausio", 1),
    ("vasario", 2),
    ("kovo", 3),
    ("balandžio", 4),
    ("gegužės", 5),
    ("birželio", 6),
    ("liepos", 7),
    ("rugpjūčio", 8),
    ("rugsėjo", 9),
    ("spalio", 10),
    ("lapkričio", 11),
    ("gruodžio", 12),
    // Latvian (nominative and locative)
    ("janvāris", 1),
    ("februāris", 2),
    ("aprīlis", 4),
    ("maijs", 5),
    ("jūnijs", 6),
    ("jūlijs", 7),
    ("augusts", 8),
    ("septembris", 9),
    ("oktobris", 10),
    ("novembris", 11),
    ("decembris", 12),
    ("janvārī", 1),
    ("februārī", 2),
    ("martā", 3),
    ("aprīlī", 4),
    ("maijā", 5),
    ("jūnijā", 6),
    ("jūlijā", 7),
    ("augustā", 8),
    ("septembrī", 9),
    ("oktobrī", 10),
    ("novembrī", 11),
    ("decembrī", 12),
    // Estonian
    ("jaanuar", 1),
    ("veebruar", 2),
    ("märts", 3),
    ("aprill", 4),
    ("juuni", 6),
    ("juuli", 7),
    ("oktoober", 10),
    ("detsember", 12),
    // Catalan
    ("gener", 1),
    ("febrer", 2),
    ("març", 3),
    ("maig", 5),
    ("juny", 6),
    ("juliol", 7),
    ("agost", 8),
    ("setembre", 9),
    ("desembre", 12),
    // Galician
    ("xaneiro", 1),
    ("febreiro", 2),
    ("xuño", 6),
    ("xullo", 7),
    ("decembro", 12),
    // Urdu
    ("جنوری", 1),
    ("فروری", 2),
    ("مارچ", 3),
    ("اپریل", 4),
    ("مئی", 5),
    ("جون", 6),
    ("جولائی", 7),
    ("اگست", 8),
    ("ستمبر", 9),
    ("اکتوبر", 10),
    ("نومبر", 11),
    ("دسمبر", 12),
    // Tamil
    ("ஜனவரி", 1),
    ("பிப்ரவரி", 2),
    ("மார்ச்", 3),
    ("ஏப்ரல்", 4),
    ("மே", 5),
    ("ஜூன்", 6),
    ("ஜூலை", 7),
    ("ஆகஸ்ட்", 8),
    ("செப்டம்பர்", 9),
    ("அக்டோபர்", 10),
    ("நவம்பர்", 11),
    ("டிசம்பர்", 12),
];

/// A token of a date string: a number (its value and digit count) or a word.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(u32, usize),
    /// A word, lower-cased: its range in the words buffer [`tokenize`] returns.
    Word(Range<usize>),
    /// A separator that matters: `-`, `/`, `.` or `:` directly between two numbers.
    Sep(char),
}

/// Digits of any script's decimal digits (Arabic-Indic, Persian, the Indic scripts', Thai, Lao,
/// Myanmar, Khmer, full-width) as ASCII.
fn ascii_digit(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    let code = c as u32;
    [
        0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50,
        0x0ED0, 0x1040, 0x17E0, 0xFF10,
    ]
    .iter()
    .find(|&&zero| (zero..zero + 10).contains(&code))
    .map(|zero| code - zero)
}

/// The tokens of `s`, each with its byte range in `s`, and the buffer holding the lower-cased
/// words (one allocation for all of them).
fn tokenize(s: &str) -> (Vec<(Token, Range<usize>)>, String) {
    let mut out: Vec<(Token, Range<usize>)> = Vec::new();
    let mut words = String::new();
    let mut chars = s.char_indices().peekable();
    let is_mark = |c: char| matches!(c, '年' | '月' | '日' | '년' | '월' | '일');
    while let Some(&(at, c)) = chars.peek() {
        if let Some(d) = ascii_digit(c) {
            let (mut value, mut digits, mut end) = (d, 1usize, at + c.len_utf8());
            chars.next();
            while let Some(&(i, c)) = chars.peek() {
                let Some(d) = ascii_digit(c) else { break };
                value = value.saturating_mul(10).saturating_add(d);
                digits += 1;
                end = i + c.len_utf8();
                chars.next();
            }
            out.push((Token::Number(value, digits), at..end));
        } else if c.is_alphabetic() {
            let start = words.len();
            let mut end = at;
            while let Some(&(i, c)) = chars.peek() {
                // CJK date marks are words of their own ("年", "月", "日").
                if !(c.is_alphabetic() || is_indic_mark(c))
                    || ascii_digit(c).is_some()
                    || (words.len() > start && is_mark(c))
                {
                    break;
                }
                words.extend(c.to_lowercase());
                end = i + c.len_utf8();
                chars.next();
                if is_mark(c) {
                    break;
                }
            }
            out.push((Token::Word(start..words.len()), at..end));
        } else {
            chars.next();
            let between_numbers = matches!(out.last(), Some((Token::Number(..), _)))
                && chars.peek().and_then(|&(_, c)| ascii_digit(c)).is_some();
            if matches!(c, '-' | '/' | '.' | ':') && between_numbers {
                out.push((Token::Sep(c), at..at + 1));
            }
        }
    }
    (out, words)
}

fn month_number(word: &str) -> Option<u8> {
    static TABLE: crate::patterns::LazyKeyed<u8> = crate::patterns::LazyKeyed::new(MONTHS);
    TABLE.get(word).copied()
}

/// A full year (1900–2100), or a two-digit one after a day and a month (`20.03.25`).
fn year(value: u32, digits: usize) -> Option<u16> {
    match digits {
        4 if (1900..=2100).contains(&value) => u16::try_from(value).ok(),
        2 => u16::try_from(2000 + value).ok(),
        _ => None,
    }
}

fn date(year: u16, month: u32, day: Option<u32>) -> Option<CalendarDate> {
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    let day = match day {
        Some(d) => Some(u8::try_from(d).ok().filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    Some(CalendarDate { year, month, day })
}

/// The calendar date written in `s`, if any; the first one when there are several.
pub fn calendar_date(s: &str) -> Option<CalendarDate> {
    find_date(s).map(|(d, _)| d)
}

/// The first calendar date written in `s`, with the byte range of its text ("June 29, 2020" in
/// "Posted on June 29, 2020 by Jane").
pub fn find_date(s: &str) -> Option<(CalendarDate, Range<usize>)> {
    let (tokens, words) = tokenize(s);
    let number = |i: usize| match tokens.get(i) {
        Some(&(Token::Number(v, d), _)) => Some((v, d)),
        _ => None,
    };
    let sep = |i: usize| match tokens.get(i) {
        Some(&(Token::Sep(c), _)) => Some(c),
        _ => None,
    };
    let word = |i: usize| match tokens.get(i) {
        Some((Token::Word(w), _)) => words.get(w.clone()),
        _ => None,
    };
    // The byte range from token `a` to token `b` (both included).
    let span = |a: usize, b: usize| -> Range<usize> {
        let start = tokens.get(a).map_or(0, |t| t.1.start);
        let end = tokens.get(b).map_or(s.len(), |t| t.1.end);
        start..end
    };
    // A four-digit year just before token `at`, marked as a year the way languages that write it
    // first do: a dot after it, or "m." (Lithuanian "metai") or "gada" (Latvian) after it; with
    // the token it starts at.
    let year_marked_before = |at: usize| -> Option<(u16, usize)> {
        let mut k = at.checked_sub(1)?;
        let marker_word = matches!(word(k), Some("m" | "gada"));
        if marker_word {
            k = k.checked_sub(1)?;
        }
        let (v, digits) = number(k)?;
        let dotted = s
            .get(tokens.get(k)?.1.end..)
            .is_some_and(|rest| rest.starts_with('.'));
        (marker_word || dotted)
            .then(|| year(v, digits).filter(|_| digits == 4))
            .flatten()
            .map(|y| (y, k))
    };
    for i in 0..tokens.len() {
        // Numeric: Y-M-D (any separator), D.M.Y, D/M/Y (M/D/Y when the day cannot be first),
        // compact YYYYMMDD.
        if let Some((a, da)) = number(i) {
            if da == 8 && sep(i + 1).is_none() {
                if let Some(d) =
                    year(a / 10_000, 4).and_then(|y| date(y, a / 100 % 100, Some(a % 100)))
                {
                    return Some((d, span(i, i)));
                }
            }
            let s1 = sep(i + 1).filter(|c| *c != ':');
            if let (Some(s1), Some((b, _))) = (s1, number(i + 2)) {
                let third = (sep(i + 3) == Some(s1)).then(|| number(i + 4)).flatten();
                if da == 4 {
                    if let Some(y) = year(a, 4) {
                        let day = third.map(|(c, _)| c);
                        if let Some(d) = date(y, b, day) {
                            return Some((d, span(i, if day.is_some() { i + 4 } else { i + 2 })));
                        }
                    }
                } else if let Some((c, dc)) = third.filter(|_| da <= 2) {
                    if let Some(y) = year(c, dc) {
                        let (day, month) = if s1 == '/' && b > 12 { (b, a) } else { (a, b) };
                        if let Some(d) = date(y, month, Some(day)) {
                            return Some((d, span(i, i + 4)));
                        }
                    }
                }
            }
            // CJK: 2025年3月20日, 2025년 3월 20일.
            if matches!(word(i + 1), Some("年" | "년")) {
                if let (Some(y), Some((m, _))) = (year(a, da).filter(|_| da == 4), number(i + 2)) {
                    if matches!(word(i + 3), Some("月" | "월")) {
                        let day = number(i + 4)
                            .filter(|_| matches!(word(i + 5), Some("日" | "일")))
                            .map(|(d, _)| d);
                        if let Some(d) = date(y, m, day) {
                            return Some((d, span(i, if day.is_some() { i + 5 } else { i + 3 })));
                        }
                    }
                }
            }
        }
        // Persian, in the Solar Hijri calendar: "۱۲ آبان ۱۴۰۴".
        if let Some(month) = word(i).and_then(solar_hijri_month) {
            let day = i
                .checked_sub(1)
                .and_then(number)
                .filter(|&(d, n)| n <= 2 && (1..=31).contains(&d));
            let year = number(i + 1).filter(|&(y, n)| n == 4 && (1300..=1500).contains(&y));
            if let (Some((day, _)), Some((year, _))) = (day, year) {
                if let Some(d) = from_solar_hijri(year, month, day) {
                    return Some((d, span(i - 1, i + 1)));
                }
            }
        }
        // Written: "20 March 2025", "20. März 2025", "20 de marzo de 2025", "March 20, 2025",
        // "March 2025".
        if let Some(month) = word(i).and_then(month_number) {
            let mut j = i + 1;
            while matches!(word(j), Some("de" | "del" | "of")) {
                j += 1;
            }
            let day_before = (1..=2).find_map(|back| {
                let k = i.checked_sub(back)?;
                let ok = back == 1 || matches!(word(k + 1), Some("de" | "of"));
                number(k)
                    .filter(|&(d, n)| ok && n <= 2 && (1..=31).contains(&d))
                    .map(|(d, _)| (d, k))
            });
            // A Thai month's year may be the Buddhist era's (2568 is 2025).
            let thai =
                word(i).is_some_and(|w| w.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)));
            let year_of = |(v, d): (u32, usize)| {
                let v = if thai && v >= 2400 { v - 543 } else { v };
                year(v, d).filter(|_| d == 4)
            };
            if let Some((day, k)) = day_before {
                if let Some(y) = number(j).and_then(year_of) {
                    if let Some(d) = date(y, u32::from(month), Some(day)) {
                        return Some((d, span(k, j)));
                    }
                }
            }
            if let Some((day, n)) = number(j).filter(|&(_, n)| n <= 2) {
                let mut k = j + 1;
                // "March 20th, 2025".
                if matches!(word(k), Some("st" | "nd" | "rd" | "th")) {
                    k += 1;
                }
                let y = number(k).and_then(|(v, d)| year(v, d).filter(|_| d == 4));
                if let (Some(y), true) = (y, n <= 2) {
                    if let Some(d) = date(y, u32::from(month), Some(day)) {
                        return Some((d, span(i, k)));
                    }
                }
            }
            if let Some(y) = number(j).and_then(|(v, d)| year(v, d).filter(|_| d == 4)) {
                if let Some(d) = date(y, u32::from(month), None) {
                    return Some((d, span(i, j)));
                }
            }
            // The year first, marked as one: "2025. október 14." (Hungarian), "2025 m. spalio
            // 14 d." (Lithuanian), "2025. gada 14. oktobrī" (Latvian).
            // The day with the tokens it spans together with the month: before it, or after it.
            let day = day_before.map(|(d, k)| (d, k, i)).or_else(|| {
                number(i + 1)
                    .filter(|&(d, n)| n <= 2 && (1..=31).contains(&d))
                    .map(|(d, _)| (d, i, i + 1))
            });
            if let Some((day, first, last)) = day {
                if let Some((y, start)) = year_marked_before(first) {
                    if let Some(d) = date(y, u32::from(month), Some(day)) {
                        return Some((d, span(start, last)));
                    }
                }
            }
        }
    }
    None
}

/// The Solar Hijri (Persian) months, Farvardin to Esfand.
const SOLAR_HIJRI_MONTHS: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

fn solar_hijri_month(word: &str) -> Option<u32> {
    SOLAR_HIJRI_MONTHS
        .iter()
        .position(|m| *m == word)
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// The Gregorian day of Solar Hijri `year`-`month`-`day` (years 1300–1500). A year is leap when
/// it is 1, 5, 9, 13, 17, 22, 26 or 30 past a multiple of 33 (the arithmetic rule, which
/// agrees with the calendar's astronomical one over these years); 1 Farvardin 1404 was 21 March
/// 2025.
fn from_solar_hijri(year: u32, month: u32, day: u32) -> Option<CalendarDate> {
    let leap = |y: u32| matches!(y % 33, 1 | 5 | 9 | 13 | 17 | 22 | 26 | 30);
    let month_days = match month {
        1..=6 => 31,
        7..=11 => 30,
        12 if leap(year) => 30,
        12 => 29,
        _ => return None,
    };
    if day == 0 || day > month_days {
        return None;
    }
    let year_days = |y: u32| if leap(y) { 366i64 } else { 365 };
    // Days from 1 Farvardin 1404 to 1 Farvardin `year`.
    let mut offset: i64 = if year >= 1404 {
        (1404..year).map(year_days).sum()
    } else {
        -(year..1404).map(year_days).sum::<i64>()
    };
    offset += i64::from((month - 1).min(6) * 31 + month.saturating_sub(7) * 30 + day - 1);
    let (y, m, d) = civil_from_days(days_from_civil(2025, 3, 21) + offset);
    date(u16::try_from(y).ok()?, m, Some(d))
}

/// Days from 1970-01-01 to the Gregorian `y`-`m`-`d` (proleptic calendar).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let m = i64::from(m);
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The Gregorian date `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let d = day_of_year - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = year_of_era + era * 400 + i64::from(m <= 2);
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

/// Whether `s` holds nothing but a date (and a time, separators, one label word such as
/// "Updated", with the word leading into the date: "Published on"), or nothing at all.
pub fn is_only_a_date(s: &str) -> bool {
    !has_two_plain_words(s) && date_and_at_most_a_label(s)
}

/// [`is_only_a_date`] by taking the date out and counting the words left.
fn date_and_at_most_a_label(s: &str) -> bool {
    let rest = match find_date(s) {
        Some((_, range)) => format!(
            "{} {}",
            s.get(..range.start).unwrap_or(""),
            s.get(range.end..).unwrap_or("")
        ),
        None => s.to_owned(),
    };
    let words: Vec<&str> = rest
        .split(is_word_break)
        .filter(|w| w.chars().any(char::is_alphabetic) && !is_time_word(w))
        .collect();
    let dated = rest.len() < s.len();
    // "Published on", "Publicado em", "Publié le … à 10h20": a label, and the words leading
    // into the date or its time.
    let lead_in = |w: &&&str| DATE_LEAD_INS.iter().any(|l| w.eq_ignore_ascii_case(l));
    let lead_ins = words.iter().filter(lead_in).count();
    words.is_empty()
        || (dated && (words.len() <= 1 || (lead_ins <= 2 && words.len() - lead_ins <= 1)))
}

/// Words that lead from a label into the date it introduces, or from the date into its time
/// ("Published on …", "Publicado em …", "Publié le … à 10h20", "Opublikowano w …").
const DATE_LEAD_INS: &[&str] = &[
    "on", "at", "em", "le", "el", "il", "op", "am", "um", "w", "в", "à", "kl",
];

/// Whether `w` belongs to a time of day rather than to a sentence: "am", "pm", "a.m.", a time
/// written with an "h" ("10h20", "9h": French, Portuguese), or a time zone's abbreviation (two
/// to five capital letters: "GMT", "CEST", "AEDT").
fn is_time_word(w: &str) -> bool {
    if let Some((hours, minutes)) = w.split_once(['h', 'H']) {
        let digits =
            |s: &str, most: usize| s.len() <= most && s.bytes().all(|b| b.is_ascii_digit());
        if (1..=2).contains(&hours.len()) && digits(hours, 2) && digits(minutes, 2) {
            return true;
        }
    }
    let letters: String = w.chars().filter(|c| *c != '.').collect();
    letters.eq_ignore_ascii_case("am")
        || letters.eq_ignore_ascii_case("pm")
        || ((2..=5).contains(&letters.len()) && letters.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Whether `s` has two words, as [`is_only_a_date`] splits them, made of ASCII letters only and
/// longer than three letters but no month name: such a word is one token that no date can
/// hold (a date's words are month names and `de`, `del`, `of`, `st`, `nd`, `rd`, `th`), so both
/// are left when the date is taken out, and `s` is more than a date. Reads only as far as the
/// second one (the date-line test asks this of whole blocks of text).
fn has_two_plain_words(s: &str) -> bool {
    let mut lower = String::new();
    s.split(is_word_break)
        .filter(|w| {
            // A time zone ("CEST") is not a plain word: it may stand by a date.
            w.len() > 3 && w.bytes().all(|b| b.is_ascii_alphabetic()) && !is_time_word(w) && {
                lower.clear();
                lower.push_str(w);
                lower.make_ascii_lowercase();
                month_number(&lower).is_none()
            }
        })
        .nth(1)
        .is_some()
}

/// Where [`is_only_a_date`] splits a line into words: white space and the separators a date
/// line uses ("|", "·", "•", ",").
fn is_word_break(c: char) -> bool {
    c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<String> {
        calendar_date(s).map(|d| d.to_string())
    }

    #[test]
    fn iso_and_numeric() {
        for (s, want) in [
            ("2025-03-20T17:27:00+01:00", "2025-03-20"),
            ("2025-03-20T23:30:00-05:00", "2025-03-20"),
            ("2025-03-20", "2025-03-20"),
            ("2025/3/4 10:00", "2025-03-04"),
            ("20250320", "2025-03-20"),
            ("20.03.2025 14:05", "2025-03-20"),
            ("Stand: 20.03.2025", "2025-03-20"),
            ("20/03/2025", "2025-03-20"),
            ("03/20/2025", "2025-03-20"),
            ("2025-03", "2025-03"),
            ("٢٠٢٥-٠٣-٢٠", "2025-03-20"),
        ] {
            assert_eq!(day(s).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn written_in_many_languages() {
        for (s, want) in [
            ("March 20, 2025", "2025-03-20"),
            ("Published on Mar. 20th, 2025 at 10:30", "2025-03-20"),
            ("Thu, 20 Mar 2025 17:27:00 GMT", "2025-03-20"),
            ("20. März 2025", "2025-03-20"),
            ("le 20 mars 2025", "2025-03-20"),
            ("20 de marzo de 2025", "2025-03-20"),
            ("20 марта 2025 г.", "2025-03-20"),
            ("20 مارس 2025", "2025-03-20"),
            ("2025年3月20日 10:30", "2025-03-20"),
            ("2025년 3월 20일", "2025-03-20"),
            ("20 Mart 2025", "2025-03-20"),
            ("September 2024", "2024-09"),
            ("3 Νοεμβρίου 2025, 10:20", "2025-11-03"),
            ("3. listopadu 2025", "2025-11-03"),
            ("3 noiembrie 2025", "2025-11-03"),
            ("3. marraskuuta 2025", "2025-11-03"),
            ("3. novembra 2025", "2025-11-03"),
            ("3. studenoga 2025.", "2025-11-03"),
            ("3. novembar 2025.", "2025-11-03"),
            ("3. november 2025", "2025-11-03"),
            ("3. detsember 2025", "2025-12-03"),
            ("3. desembre 2025", "2025-12-03"),
            ("3 ноември 2025 г.", "2025-11-03"),
            ("3. новембар 2025.", "2025-11-03"),
            ("3 de novembre de 2025", "2025-11-03"),
            ("3 de novembro de 2025", "2025-11-03"),
            ("3 نومبر 2025", "2025-11-03"),
            ("3 நவம்பர் 2025", "2025-11-03"),
            // The year first, marked as one.
            ("2025. november 3.", "2025-11-03"),
            ("2025. október 14. 12:30", "2025-10-14"),
            ("2025 m. lapkričio 3 d.", "2025-11-03"),
            ("2025. gada 3. novembrī", "2025-11-03"),
            ("3 नवम्बर 2025", "2025-11-03"),
            ("৩ নভেম্বর ২০২৫", "2025-11-03"),
            ("๓/๑๑/๒๐๒๕", "2025-11-03"),
            // Solar Hijri: 12 Aban 1404, 1 Farvardin 1404 (Nowruz), 30 Esfand 1403 (a leap year).
            ("۱۲ آبان ۱۴۰۴", "2025-11-03"),
            ("۱ فروردین ۱۴۰۴", "2025-03-21"),
            ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),
            ("1 دی 1399", "2020-12-21"),
            ("3 בנובמבר 2025", "2025-11-03"),
            ("3 พฤศจิกายน 2025", "2025-11-03"),
            ("3 พฤศจิกายน 2568", "2025-11-03"),
            ("14 กุมภาพันธ์ 2568", "2025-02-14"),
        ] {
            assert_eq!(day(s).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn the_span_is_the_date_as_written() {
        for (s, want) in [
            ("Posted on June 29, 2020 by admin", "June 29, 2020"),
            ("Stand: 20.03.2025, 14:05 Uhr", "20.03.2025"),
            ("le 20 mars 2025 à 10h", "20 mars 2025"),
            ("20 de marzo de 2025 - 10:30", "20 de marzo de 2025"),
            ("发布时间：2025年3月20日 10:30", "2025年3月20日"),
            ("Updated 2025-03-20T10:00Z", "2025-03-20"),
        ] {
            let (_, range) = find_date(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(&s[range], want, "{s}");
        }
    }

    #[test]
    fn no_date() {
        for s in [
            "",
            "Jane Doe",
            "10:30",
            "Page 3 of 12",
            "1234567",
            "March madness",
            "99/99/2025",
            "3 hours ago",
            // A year before a month and a number, not marked as the year written first.
            "In 2019 May 5 people were hired",
        ] {
            assert_eq!(day(s), None, "{s}");
        }
    }

    #[test]
    fn two_plain_words_are_never_only_a_date() {
        // The shortcut must never turn down what the full test accepts: random lines of date
        // parts, label words and plain words.
        let parts = [
            "20",
            "March",
            "2025",
            "de",
            "marzo",
            "del",
            "of",
            "17:27",
            "3.",
            "June",
            "th",
            "Mai",
            "2025-03-20",
            "|",
            "·",
            ",",
            "Updated",
            "Posted",
            "by",
            "Jane",
            "Smith",
            "news",
            "Dezember",
            "12th",
            "Sept.",
            "年",
            "3月",
            "20日",
            "der",
            "Redaktion",
            "\u{a0}",
            "•",
            "Feb",
            "la",
            "week",
        ];
        let mut seed = 0x5eed_u32;
        for _ in 0..20_000 {
            let n = 1 + crate::text::xorshift(&mut seed) as usize % 8;
            let line: Vec<&str> = (0..n)
                .map(|_| parts[crate::text::xorshift(&mut seed) as usize % parts.len()])
                .collect();
            let line = line.join(if seed % 3 == 0 { "" } else { " " });
            if has_two_plain_words(&line) {
                assert!(!date_and_at_most_a_label(&line), "{line:?}");
            }
        }
        assert!(is_only_a_date("Updated 3 June 2024"));
        // A time and its zone belong to the date line.
        assert!(is_only_a_date("Updated 3 June 2024, 17:27 GMT"));
        assert!(is_only_a_date("Aktualisiert 03.06.2024, 17:27 MESZ"));
        assert!(is_only_a_date("June 3, 2024 5:27 p.m. ET"));
        assert!(!is_only_a_date("3 June 2024 Council approves budget"));
        assert!(is_only_a_date("20 de marzo de 2025 | 17:27"));
        assert!(is_only_a_date("| 3 novembre 2025 à 10h20"));
        assert!(is_only_a_date("3 de novembro de 2025, 10h20"));
        assert!(!is_only_a_date("3 novembre 2025 : la ligne h2 ouvre"));
        assert!(!is_only_a_date("Posted by Jane Smith on 3 June 2024"));
        // A label and the word leading into the date.
        assert!(is_only_a_date("Published on 3 June 2024"));
        assert!(is_only_a_date("Publicado em 4 de novembro de 2025"));
        assert!(is_only_a_date("Publié le 4 novembre 2025 à 10h20"));
        assert!(!is_only_a_date("Council votes on 3 June 2024"));
        assert!(!is_only_a_date("Published report on 3 June 2024"));
    }
}
