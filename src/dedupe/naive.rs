//! The reference matcher for tests: compares every shingle with every other, word by word
//! (quadratic, no hashing of shingles). [`super::shingles::find`] must agree with it.

use super::fingerprint::{WordHash, SHINGLE};
use super::shingles::Matches;

/// Same contract as [`super::shingles::find`], by brute force.
pub fn find(a: &[WordHash], e: &[WordHash]) -> Matches {
    let a_sh: Vec<&[WordHash]> = a.windows(SHINGLE).collect();
    let e_sh: Vec<&[WordHash]> = e.windows(SHINGLE).collect();
    let mut m = Matches::default();
    for (j, s) in a_sh.iter().enumerate() {
        let first = (0..=j).find(|&p| a_sh[p] == *s).unwrap_or(j);
        m.a_first.push(first as u32);
        m.e_count
            .push(e_sh.iter().filter(|t| *t == s).count() as u32);
    }
    for s in &e_sh {
        m.e_first
            .push((0..a_sh.len()).find(|&p| a_sh[p] == *s).map(|p| p as u32));
    }
    m
}
