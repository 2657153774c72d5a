//! The fast matcher: finds where each shingle (run of [`SHINGLE`] words) of the article also
//! occurs, with one hash index from shingle to its first position.
//!
//! Linear in the number of words (one pass to index the article, one pass over the rest of the
//! page); it only reports positions and counts, [`super::detect`] decides what they mean.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::fingerprint::{shingle, SHINGLE};

/// Where shingles occur, for an article word stream `a` and another stream `e` (the rest of
/// the page). Position `j` of a shingle is the index of its first word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matches {
    /// For each shingle position of `a`: the first position of `a` where the same shingle occurs
    /// (`j` itself when it is the first).
    pub a_first: Vec<usize>,
    /// For each shingle position of `a`: how many times its shingle occurs in `a`.
    pub a_count: Vec<u32>,
    /// For each shingle position of `a`: how many times its shingle occurs in `e`.
    pub e_count: Vec<u32>,
    /// For each shingle position of `e`: the first position of `a` holding the same shingle.
    pub e_first: Vec<Option<usize>>,
}

/// Shingle hashes are already well mixed: the index uses them as they are.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Finds shingle occurrences with a hash index (see [`Matches`]). `a` and `e` are word hashes
/// from [`super::fingerprint::word_hashes`].
pub fn find(a: &[u64], e: &[u64]) -> Matches {
    let a_sh: Vec<u64> = a.windows(SHINGLE).map(shingle).collect();
    // shingle -> (first position in a, occurrences in a, occurrences in e)
    let mut index: HashMap<u64, (usize, u32, u32), BuildHasherDefault<IdHasher>> =
        HashMap::with_capacity_and_hasher(a_sh.len(), BuildHasherDefault::default());
    for (j, &h) in a_sh.iter().enumerate() {
        index.entry(h).or_insert((j, 0, 0)).1 += 1;
    }
    let e_first = e
        .windows(SHINGLE)
        .map(|w| {
            index.get_mut(&shingle(w)).map(|v| {
                v.2 += 1;
                v.0
            })
        })
        .collect();
    let mut m = Matches {
        a_first: Vec::with_capacity(a_sh.len()),
        a_count: Vec::with_capacity(a_sh.len()),
        e_count: Vec::with_capacity(a_sh.len()),
        e_first,
    };
    for (j, h) in a_sh.iter().enumerate() {
        let &(first, ac, ec) = index.get(h).unwrap_or(&(j, 1, 0));
        m.a_first.push(first);
        m.a_count.push(ac);
        m.e_count.push(ec);
    }
    m
}
