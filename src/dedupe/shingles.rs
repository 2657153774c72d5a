//! The fast matcher: finds where each shingle (run of [`SHINGLE`] words) of the article also
//! occurs, with one index: the article's shingle positions sorted by hash.
//!
//! Near-linear in the number of words (one sort of the article's shingles, one binary search per
//! shingle of the rest of the page); it only reports positions and counts, [`super::detect`]
//! decides what they mean.

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
pub struct IdHasher(u64);

/// Hasher builder for maps keyed by already mixed 64-bit hashes.
pub type Prehashed = BuildHasherDefault<IdHasher>;

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

/// Finds shingle occurrences (see [`Matches`]). `a` and `e` are word hashes from
/// [`super::fingerprint::word_hashes`].
///
/// The index is the article's shingle positions sorted by hash (4 bytes a position, where a
/// hash map would take several times that): equal shingles are neighbours, and each shingle of
/// `e` is looked up by binary search.
pub fn find(a: &[u64], e: &[u64]) -> Matches {
    let a_sh: Vec<u64> = a.windows(SHINGLE).map(shingle).collect();
    let n = a_sh.len();
    let mut order: Vec<u32> = (0..u32::try_from(n).unwrap_or(u32::MAX)).collect();
    let hash_at = |j: u32| a_sh.get(j as usize).copied().unwrap_or_default();
    // Stable, so each run of equal hashes lists its positions in order: the run's first entry is
    // the shingle's first position.
    order.sort_by_key(|&j| hash_at(j));
    let mut a_first = vec![0usize; n];
    let mut a_count = vec![0u32; n];
    // Per run start (in `order`): the run's length, for its members' `a_count`.
    let mut run = 0;
    while run < order.len() {
        let h = hash_at(order[run]);
        let len = order[run..]
            .iter()
            .take_while(|&&j| hash_at(j) == h)
            .count();
        let first = order[run] as usize;
        for &j in &order[run..run + len] {
            a_first[j as usize] = first;
            a_count[j as usize] = u32::try_from(len).unwrap_or(u32::MAX);
        }
        run += len;
    }
    let mut e_count = vec![0u32; n];
    let e_first = e
        .windows(SHINGLE)
        .map(|w| {
            let h = shingle(w);
            let at = order.partition_point(|&j| hash_at(j) < h);
            let first = order.get(at).filter(|&&j| hash_at(j) == h)?;
            let first = *first as usize;
            e_count[first] += 1;
            Some(first)
        })
        .collect();
    // Every position of a shingle reports its occurrences in `e`.
    for j in 0..n {
        e_count[j] = e_count[a_first[j]];
    }
    Matches {
        a_first,
        a_count,
        e_count,
        e_first,
    }
}
