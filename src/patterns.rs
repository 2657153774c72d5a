//! [`Patterns`]: whether a text contains any of a fixed set of short substrings, in one pass.
//!
//! The clutter and extraction rules test class names and URLs against tables of a few dozen
//! substrings ("comment", "sidebar", "facebook.com/sharer"…). Calling `str::contains` once per
//! table entry sets up a fresh substring search each time; here the patterns are bucketed by
//! their first byte, so each position of the text is compared only with the patterns that could
//! start there.
//!
//! Exact, case-sensitive byte matching only: callers fold case first when they need to.

/// A set of non-empty substrings to look for.
pub struct Patterns {
    patterns: &'static [&'static str],
    /// For each byte value, the indices of the patterns starting with it.
    by_first_byte: Vec<Vec<usize>>,
    /// Bit `b0 << 8 | b1` is set when a pattern starts with the bytes `b0 b1`: a text position
    /// that starts no pattern is passed over with one lookup.
    pairs: Box<[u64; 1024]>,
    /// Bit `b` is set when a pattern is the one byte `b`.
    singles: [u64; 4],
}

impl Patterns {
    /// Indexes `patterns` (empty ones are ignored: they would match anything).
    pub fn new(patterns: &'static [&'static str]) -> Patterns {
        let mut pairs = Box::new([0u64; 1024]);
        let mut singles = [0u64; 4];
        for p in patterns {
            match *p.as_bytes() {
                [] => {}
                [b0] => singles[usize::from(b0 >> 6)] |= 1 << (b0 & 63),
                [b0, b1, ..] => {
                    let key = usize::from(b0) << 8 | usize::from(b1);
                    pairs[key >> 6] |= 1 << (key & 63);
                }
            }
        }
        Patterns {
            patterns,
            by_first_byte: by_first_byte(patterns.iter().copied()),
            pairs,
            singles,
        }
    }

    /// Whether `text` contains any of the patterns.
    pub fn found_in(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let pairs: &[u64; 1024] = &self.pairs;
        for (i, &b0) in bytes.iter().enumerate() {
            let pair = bytes.get(i + 1).is_some_and(|&b1| {
                let key = usize::from(b0) << 8 | usize::from(b1);
                pairs[key >> 6] & (1 << (key & 63)) != 0
            });
            if !pair {
                // Only a one-byte pattern can start here.
                if self.singles[usize::from(b0 >> 6)] & (1 << (b0 & 63)) != 0 {
                    return true;
                }
                continue;
            }
            let found = self
                .by_first_byte
                .get(usize::from(b0))
                .is_some_and(|bucket| {
                    bucket.iter().any(|&n| {
                        self.patterns
                            .get(n)
                            .is_some_and(|p| bytes[i..].starts_with(p.as_bytes()))
                    })
                });
            if found {
                return true;
            }
        }
        false
    }

    /// Whether a pattern starts at byte `i` of `bytes`.
    fn matches_at(&self, bytes: &[u8], i: usize) -> bool {
        let Some(&b0) = bytes.get(i) else {
            return false;
        };
        if !self.may_start(bytes, i) {
            return false;
        }
        self.by_first_byte
            .get(usize::from(b0))
            .is_some_and(|bucket| {
                bucket.iter().any(|&n| {
                    self.patterns
                        .get(n)
                        .zip(bytes.get(i..))
                        .is_some_and(|(p, rest)| rest.starts_with(p.as_bytes()))
                })
            })
    }

    /// Whether the bytes at `i` start some pattern's first one or two bytes (the cheap test
    /// before any pattern is compared).
    fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        may_start(&self.pairs, &self.singles, bytes, i)
    }
}

/// Several tables looked for in one pass over a text: which of them it contains. For a text
/// matched against more than one table (a class name against the "unlikely", "maybe" and
/// byline tables), one scan instead of one per table.
pub struct LazyPatternSets<const N: usize> {
    tables: [&'static [&'static str]; N],
    built: std::sync::OnceLock<PatternSets<N>>,
}

/// The tables of a [`LazyPatternSets`], and the union of their start bitmaps.
struct PatternSets<const N: usize> {
    sets: [Patterns; N],
    pairs: Box<[u64; 1024]>,
    singles: [u64; 4],
}

impl<const N: usize> LazyPatternSets<N> {
    /// Sets over `tables`, indexed on first use.
    pub const fn new(tables: [&'static [&'static str]; N]) -> LazyPatternSets<N> {
        LazyPatternSets {
            tables,
            built: std::sync::OnceLock::new(),
        }
    }

    /// For each table, whether `text` contains any of its patterns (the same answers as
    /// [`Patterns::found_in`] per table).
    pub fn found_in(&self, text: &str) -> [bool; N] {
        let built = self.built.get_or_init(|| {
            let sets = self.tables.map(Patterns::new);
            let mut pairs = Box::new([0u64; 1024]);
            let mut singles = [0u64; 4];
            for set in &sets {
                for (u, w) in pairs.iter_mut().zip(set.pairs.iter()) {
                    *u |= w;
                }
                for (u, w) in singles.iter_mut().zip(set.singles) {
                    *u |= w;
                }
            }
            PatternSets {
                sets,
                pairs,
                singles,
            }
        });
        let bytes = text.as_bytes();
        let mut found = [false; N];
        let mut left = N;
        for i in 0..bytes.len() {
            if !may_start(&built.pairs, &built.singles, bytes, i) {
                continue;
            }
            for (set, hit) in built.sets.iter().zip(found.iter_mut()) {
                if !*hit && set.matches_at(bytes, i) {
                    *hit = true;
                    left -= 1;
                }
            }
            if left == 0 {
                break;
            }
        }
        found
    }
}

/// Whether the bytes at `i` start a pair marked in `pairs`, or a one-byte pattern of `singles`.
fn may_start(pairs: &[u64; 1024], singles: &[u64; 4], bytes: &[u8], i: usize) -> bool {
    let Some(&b0) = bytes.get(i) else {
        return false;
    };
    let pair = bytes.get(i + 1).is_some_and(|&b1| {
        let key = usize::from(b0) << 8 | usize::from(b1);
        pairs[key >> 6] & (1 << (key & 63)) != 0
    });
    pair || singles[usize::from(b0 >> 6)] & (1 << (b0 & 63)) != 0
}

/// For each byte value, the positions (in order) of the `keys` starting with it (empty keys are
/// in no bucket): a table lookup then compares a few entries instead of all. Also used for the
/// clutter tables looked up by whole label or token.
pub fn by_first_byte<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<Vec<usize>> {
    let mut index = vec![Vec::new(); 256];
    for (n, key) in keys.enumerate() {
        if let Some(bucket) = key
            .as_bytes()
            .first()
            .and_then(|&b| index.get_mut(usize::from(b)))
        {
            bucket.push(n);
        }
    }
    index
}

/// A lazily built [`Patterns`] for a static table: `static X: LazyPatterns =
/// LazyPatterns::new(TABLE);` then `X.found_in(text)`.
pub struct LazyPatterns {
    table: &'static [&'static str],
    built: std::sync::OnceLock<Patterns>,
}

impl LazyPatterns {
    /// A set over `table`, indexed on first use.
    pub const fn new(table: &'static [&'static str]) -> LazyPatterns {
        LazyPatterns {
            table,
            built: std::sync::OnceLock::new(),
        }
    }

    /// Whether `text` contains any pattern of the table.
    pub fn found_in(&self, text: &str) -> bool {
        self.built
            .get_or_init(|| Patterns::new(self.table))
            .found_in(text)
    }
}

/// A static table of lower-case prefixes, looked up by a token's first byte ignoring ASCII case:
/// `static X: LazyPrefixes = LazyPrefixes::new(TABLE);` then `X.starting(token)`.
pub struct LazyPrefixes {
    table: &'static [&'static str],
    index: std::sync::OnceLock<Vec<Vec<usize>>>,
}

impl LazyPrefixes {
    /// A lookup over `table` (lower-case entries), indexed on first use.
    pub const fn new(table: &'static [&'static str]) -> LazyPrefixes {
        LazyPrefixes {
            table,
            index: std::sync::OnceLock::new(),
        }
    }

    /// The first entry of the table `token` starts with, ignoring ASCII case.
    pub fn starting(&self, token: &str) -> Option<&'static str> {
        let index = self
            .index
            .get_or_init(|| by_first_byte(self.table.iter().copied()));
        let first = token.as_bytes().first()?.to_ascii_lowercase();
        index
            .get(usize::from(first))?
            .iter()
            .filter_map(|&n| self.table.get(n))
            .find(|p| {
                token
                    .get(..p.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(p))
            })
            .copied()
    }
}

/// A static table of `(key, value)` pairs looked up by whole key: `static X: LazyKeyed<T> =
/// LazyKeyed::new(TABLE);` then `X.get(word)`. The keys are bucketed by first byte on first
/// use, so a lookup compares the few entries sharing it, in table order (the first match wins,
/// as in a scan of the whole table); a whole-key lookup reads only the entries of its length.
pub struct LazyKeyed<T: 'static> {
    table: &'static [(&'static str, T)],
    index: std::sync::OnceLock<KeyedIndex>,
}

/// Entry numbers by the key's first byte: in table order, and again ordered by key length
/// (table order among keys of one length); and for each first byte, the key lengths it has
/// (bit `n` for length `n`, the last bit for any length from 63 on), so most words that are
/// no key are turned down without reading the table.
struct KeyedIndex {
    by_first_byte: Vec<Vec<usize>>,
    /// `(key length, entry number)`.
    by_length: Vec<Vec<(usize, usize)>>,
    lengths: Vec<u64>,
}

/// A key length's bit in [`KeyedIndex::lengths`].
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

impl<T: 'static> LazyKeyed<T> {
    /// A lookup over `table`, indexed on first use.
    pub const fn new(table: &'static [(&'static str, T)]) -> LazyKeyed<T> {
        LazyKeyed {
            table,
            index: std::sync::OnceLock::new(),
        }
    }

    /// The entries whose key starts with `text`'s first byte, in table order: the only ones
    /// that can equal `text` or be a prefix of it.
    pub fn starting_like(
        &self,
        text: &str,
    ) -> impl Iterator<Item = &'static (&'static str, T)> + '_ {
        let table = self.table;
        text.as_bytes()
            .first()
            .and_then(|&b| self.index().by_first_byte.get(usize::from(b)))
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(move |&n| table.get(n))
    }

    /// The value of the first entry whose key is `word`.
    pub fn get(&self, word: &str) -> Option<&'static T> {
        self.same_length(word.as_bytes().first().copied(), word.len())
            .find(|(k, _)| *k == word)
            .map(|(_, v)| v)
    }

    /// The value of the first entry whose key is `word` ignoring ASCII case (the table's keys
    /// are lower-case).
    pub fn get_ignoring_case(&self, word: &str) -> Option<&'static T> {
        self.same_length(
            word.as_bytes().first().map(u8::to_ascii_lowercase),
            word.len(),
        )
        .find(|(k, _)| k.eq_ignore_ascii_case(word))
        .map(|(_, v)| v)
    }

    /// The entries whose key starts with `first` and is `len` bytes long, in table order.
    fn same_length(
        &self,
        first: Option<u8>,
        len: usize,
    ) -> impl Iterator<Item = &'static (&'static str, T)> + '_ {
        let table = self.table;
        let index = self.index();
        let bucket = first
            .map(usize::from)
            .filter(|&b| {
                index
                    .lengths
                    .get(b)
                    .is_some_and(|l| l & length_bit(len) != 0)
            })
            .and_then(|b| index.by_length.get(b))
            .map_or(&[][..], Vec::as_slice);
        let from = bucket.partition_point(|&(l, _)| l < len);
        bucket
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(move |&&(l, _)| l == len)
            .filter_map(move |&(_, n)| table.get(n))
    }

    fn index(&self) -> &KeyedIndex {
        let table = self.table;
        self.index.get_or_init(|| {
            let by_first_byte = by_first_byte(table.iter().map(|(k, _)| *k));
            let key_len = |n: usize| table.get(n).map_or(0, |(k, _)| k.len());
            let by_length: Vec<Vec<(usize, usize)>> = by_first_byte
                .iter()
                .map(|bucket| {
                    let mut sorted: Vec<(usize, usize)> =
                        bucket.iter().map(|&n| (key_len(n), n)).collect();
                    // Stable: keys of one length keep their table order.
                    sorted.sort_by_key(|&(len, _)| len);
                    sorted
                })
                .collect();
            let lengths = by_length
                .iter()
                .map(|bucket| bucket.iter().fold(0, |l, &(len, _)| l | length_bit(len)))
                .collect();
            KeyedIndex {
                by_first_byte,
                by_length,
                lengths,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_found_ignoring_case() {
        static SET: LazyPrefixes = LazyPrefixes::new(&["wp-block", "onetrust-", "w"]);
        assert_eq!(SET.starting("WP-Block-group"), Some("wp-block"));
        assert_eq!(SET.starting("wx"), Some("w"));
        assert_eq!(SET.starting("OneTrust-pc-sdk"), Some("onetrust-"));
        assert_eq!(SET.starting("onetrust"), None);
        assert_eq!(SET.starting(""), None);
    }

    /// Agrees with calling `str::contains` for each pattern, on texts built from pattern pieces.
    #[test]
    fn agrees_with_contains() {
        const TABLE: &[&str] = &["comment", "com", "-ad-", "sidebar", "é-x", "x", "banner"];
        let set = Patterns::new(TABLE);
        let pieces = [
            "com", "ment", "-", "ad", "side", "bar", "é", "x", "ban", "ner", " ", "z",
        ];
        let mut seed = 0x1234_5678_u32;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..(seed % 7) {
                text.push_str(pieces[crate::text::xorshift(&mut seed) as usize % pieces.len()]);
            }
            let expected = TABLE.iter().any(|p| text.contains(p));
            assert_eq!(set.found_in(&text), expected, "{text:?}");
        }
        assert!(!Patterns::new(&["", "q"]).found_in("abc"));
    }

    /// A one-pass search over several tables answers as each table's own search does.
    #[test]
    fn sets_agree_with_each_table() {
        const A: &[&str] = &["comment", "-ad-", "x"];
        const B: &[&str] = &["com", "banner", "é-x"];
        const C: &[&str] = &["sidebar", "ner"];
        static SETS: LazyPatternSets<3> = LazyPatternSets::new([A, B, C]);
        let pieces = [
            "com", "ment", "-", "ad", "side", "bar", "é", "x", "ban", "ner", " ", "z",
        ];
        let mut seed = 0x9e37_79b9_u32;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..(seed % 9) {
                text.push_str(pieces[crate::text::xorshift(&mut seed) as usize % pieces.len()]);
            }
            let expected = [A, B, C].map(|t| Patterns::new(t).found_in(&text));
            assert_eq!(SETS.found_in(&text), expected, "{text:?}");
        }
    }

    #[test]
    fn keyed_tables_find_whole_keys_in_table_order() {
        static TABLE: LazyKeyed<u8> =
            LazyKeyed::new(&[("ab", 1), ("abc", 2), ("b", 3), ("ab", 4), ("", 5)]);
        assert_eq!(TABLE.get("ab"), Some(&1));
        assert_eq!(TABLE.get("abc"), Some(&2));
        assert_eq!(TABLE.get("AB"), None);
        assert_eq!(TABLE.get_ignoring_case("AbC"), Some(&2));
        assert_eq!(TABLE.get("a"), None);
        assert_eq!(TABLE.get(""), None);
        let starting: Vec<u8> = TABLE.starting_like("abz").map(|&(_, v)| v).collect();
        assert_eq!(starting, [1, 2, 4]);
    }

    /// Keys of 63 bytes and more share one length bit: each is still found by its own length.
    #[test]
    fn keyed_tables_find_long_keys() {
        const LONG: &str = "a-class-name-longer-than-sixty-three-bytes-which-some-builders-write";
        const LONGER: &str =
            "a-class-name-longer-than-sixty-three-bytes-which-some-builders-write-too";
        static TABLE: LazyKeyed<u8> = LazyKeyed::new(&[(LONGER, 1), (LONG, 2), ("a", 3)]);
        assert!(LONG.len() > 63);
        assert_eq!(TABLE.get(LONG), Some(&2));
        assert_eq!(TABLE.get_ignoring_case(&LONGER.to_uppercase()), Some(&1));
        assert_eq!(TABLE.get(&LONG[..LONG.len() - 1]), None);
        assert_eq!(TABLE.get("a"), Some(&3));
        assert_eq!(TABLE.get("ab"), None);
    }
}
