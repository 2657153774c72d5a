//! The fast matcher: finds where each shingle (run of [`SHINGLE`] words) of the article also
//! occurs, with one index: the article's shingles, each packed with its position, sorted.
//!
//! Near-linear in the number of words (one sort of the article's shingles, one binary search per
//! shingle of the rest of the page); it only reports positions and counts, [`super::detect`]
//! decides what they mean.

use super::fingerprint::{shingle, WordHash, SHINGLE};

/// Where shingles occur, for an article word stream `a` and another stream `e` (the rest of
/// the page). Position `j` of a shingle is the index of its first word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matches {
    /// For each shingle position of `a`: the first position of `a` where the same shingle occurs
    /// (`j` itself when it is the first).
    pub a_first: Vec<u32>,
    /// For each shingle position of `a`: how many times its shingle occurs in `e`.
    pub e_count: Vec<u32>,
    /// For each shingle position of `e`: the first position of `a` holding the same shingle.
    pub e_first: Vec<Option<u32>>,
}

/// Finds shingle occurrences (see [`Matches`]). `a` and `e` are word hashes from
/// [`super::fingerprint::word_hashes`].
///
/// The index is one sorted `u64` per article position: the shingle's hash in the high bits,
/// the position in the low bits (as many as positions need; the hash keeps the other 40 or
/// more, so unrelated shingles practically never collide). Equal shingles are neighbours in
/// position order, and each shingle of `e` is found by binary search. Eight bytes a position,
/// a third of a hash-map entry with its slack, and sorting plain integers is quick.
pub fn find(a: &[WordHash], e: &[WordHash]) -> Matches {
    let n = a.len().saturating_sub(SHINGLE - 1);
    let pos_bits = (usize::BITS - n.leading_zeros()).max(1);
    let pos_mask = (1u64 << pos_bits) - 1;
    let mut index: Vec<u64> = a
        .windows(SHINGLE)
        .zip(0u64..)
        .map(|(w, j)| (shingle(w) & !pos_mask) | j)
        .collect();
    index.sort_unstable();
    let mut a_first = vec![0u32; n];
    for run in index.chunk_by(|x, y| x & !pos_mask == y & !pos_mask) {
        let first = run.first().map_or(0, |&k| (k & pos_mask) as u32);
        for &k in run {
            a_first[(k & pos_mask) as usize] = first;
        }
    }
    let e_first: Vec<Option<u32>> = e
        .windows(SHINGLE)
        .map(|w| {
            let h = shingle(w) & !pos_mask;
            let at = index.partition_point(|&k| k < h);
            let &k = index.get(at).filter(|&&k| k & !pos_mask == h)?;
            Some((k & pos_mask) as u32)
        })
        .collect();
    // The counts are taken once the index is freed (they are not alive beside it at the peak).
    drop(index);
    let mut e_count = vec![0u32; n];
    for &first in e_first.iter().flatten() {
        e_count[first as usize] += 1;
    }
    // Every position of a shingle reports its occurrences in `e`.
    for j in 0..n {
        e_count[j] = e_count[a_first[j] as usize];
    }
    Matches {
        a_first,
        e_count,
        e_first,
    }
}
