//! Site memory: which short blocks of text recur across the distinct pages of one site, kept as
//! fingerprints and counts, so that a block seen on page after page (a membership pitch, a
//! newsletter plug, "more from our team") is recognised as the site's clutter on the next page.
//!
//! What is stored: a [`Fingerprint`] per block (a 64-bit hash of the block's letters and digits,
//! lower-cased), on how many distinct pages it was seen and on which page it was last seen, plus
//! the fingerprints of the last pages learned from (to tell a new page from a revisit). No page
//! text, no URL in clear. Bounded: at most [`MAX_BLOCKS`] blocks (the ones least recently seen are
//! forgotten first) and [`MAX_PAGES`] page keys. Versioned: a memory of another [`VERSION`], or one
//! that does not read as a memory at all, is ignored with an [`Ignored`] reason, never an error.
//!
//! Which blocks are learned and removed is decided in [`page`] (the article's short blocks,
//! never its prose paragraphs, never on a page that mostly repeats a known one); this module
//! only counts. It knows nothing of sites or storage: the caller keeps one memory per site.

pub mod page;
#[cfg(test)]
mod tests;

use serde::de::{Deserializer, Error as _};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

/// The memory format's version. A memory of any other version is ignored.
pub const VERSION: u32 = 1;
/// Most blocks remembered per site; beyond it the least recently seen are forgotten.
pub const MAX_BLOCKS: usize = 300;
/// Most page keys remembered per site, two per page (a revisit of one of these pages teaches
/// nothing new).
pub const MAX_PAGES: usize = 128;
/// A block is the site's clutter once seen on this many earlier distinct pages.
pub const MIN_EARLIER_PAGES: u32 = 2;

/// A 64-bit hash of a text's letters and digits (see `fingerprint`); written as 16 lower-case
/// hexadecimal digits wherever it is serialised (JavaScript numbers hold 53 bits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fingerprint(pub u64);

impl Fingerprint {
    /// The 16-digit hexadecimal form.
    pub fn to_hex(self) -> String {
        format!("{:016x}", self.0)
    }

    /// Reads the 16-digit hexadecimal form.
    pub fn from_hex(s: &str) -> Option<Fingerprint> {
        if s.len() != 16 {
            return None;
        }
        u64::from_str_radix(s, 16).ok().map(Fingerprint)
    }
}

impl Serialize for Fingerprint {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Fingerprint {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Fingerprint::from_hex(&s)
            .ok_or_else(|| D::Error::custom("a fingerprint is 16 hexadecimal digits"))
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The fingerprint of a block's text: FNV-1a (64 bits) over the UTF-8 bytes of its alphanumeric
/// characters (`char::is_alphanumeric`: Unicode Alphabetic or Numeric), each lower-cased on its
/// own (`char::to_lowercase`), everything else left out. Spaces and punctuation do not count, so
/// the same block hashes the same whether its words were separated by a space, a line break or an
/// inline element. `None` for a text with no letter or digit.
///
/// `extension/shared/fingerprint.js` computes the same value in JavaScript (the reader's take-out
/// correction names a block by it); `tests/js/fingerprint.test.mjs` checks the vectors of
/// `tests::fingerprint_vectors`.
pub fn fingerprint(text: &str) -> Option<Fingerprint> {
    let mut hash = FNV_OFFSET;
    let mut any = false;
    let mut buf = [0u8; 4];
    for c in text.chars().filter(|c| c.is_alphanumeric()) {
        for lower in c.to_lowercase() {
            for &b in lower.encode_utf8(&mut buf).as_bytes() {
                hash ^= u64::from(b);
                hash = hash.wrapping_mul(FNV_PRIME);
            }
        }
        any = true;
    }
    any.then_some(Fingerprint(hash))
}

/// One remembered block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeenBlock {
    /// The block's fingerprint.
    pub fingerprint: Fingerprint,
    /// On how many distinct pages it was seen.
    pub pages: u32,
    /// The number of the last page it was seen on (see [`SiteMemory::pages`]).
    pub last_page: u32,
}

/// What was learned from the pages of one site (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteMemory {
    /// The format's version, `VERSION`.
    #[serde(default = "current_version")]
    pub version: u32,
    /// How many pages were learned from (also the clock for "least recently seen").
    #[serde(default)]
    pub pages: u32,
    /// The keys of the last pages learned from, oldest first: fingerprints of each page's URL
    /// and of its article's text.
    #[serde(default)]
    pub recent_pages: Vec<Fingerprint>,
    /// The remembered blocks, most recently seen first.
    #[serde(default)]
    pub blocks: Vec<SeenBlock>,
}

fn current_version() -> u32 {
    VERSION
}

impl Default for SiteMemory {
    fn default() -> Self {
        SiteMemory {
            version: VERSION,
            pages: 0,
            recent_pages: Vec::new(),
            blocks: Vec::new(),
        }
    }
}

impl SiteMemory {
    /// An empty memory.
    pub fn new() -> SiteMemory {
        SiteMemory::default()
    }

    /// Whether the page with this key was learned from already (a revisit).
    pub fn knows_page(&self, page: Fingerprint) -> bool {
        self.recent_pages.contains(&page)
    }

    /// On how many distinct pages the block was seen (0 when unknown).
    pub fn pages_with(&self, block: Fingerprint) -> u32 {
        self.blocks
            .iter()
            .find(|b| b.fingerprint == block)
            .map_or(0, |b| b.pages)
    }

    /// Counts one more distinct page, known by `keys` (its address, its text), holding `blocks`
    /// (each counted once, whatever the order or repeats), then forgets what is over the
    /// bounds. A page any of whose keys is known is not counted again.
    pub fn learn(&mut self, keys: &[Fingerprint], blocks: &[Fingerprint]) {
        if keys.iter().any(|&k| self.knows_page(k)) {
            return;
        }
        self.pages = self.pages.saturating_add(1);
        let now = self.pages;
        self.recent_pages.extend_from_slice(keys);
        if self.recent_pages.len() > MAX_PAGES {
            let extra = self.recent_pages.len() - MAX_PAGES;
            self.recent_pages.drain(..extra);
        }
        let mut seen: Vec<Fingerprint> = blocks.to_vec();
        seen.sort_unstable();
        seen.dedup();
        let mut index: Vec<(Fingerprint, usize)> = self
            .blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (b.fingerprint, i))
            .collect();
        index.sort_unstable();
        for fp in seen {
            match index.binary_search_by_key(&fp, |&(f, _)| f) {
                Ok(at) => {
                    if let Some(b) = index.get(at).and_then(|&(_, i)| self.blocks.get_mut(i)) {
                        b.pages = b.pages.saturating_add(1);
                        b.last_page = now;
                    }
                }
                Err(_) => self.blocks.push(SeenBlock {
                    fingerprint: fp,
                    pages: 1,
                    last_page: now,
                }),
            }
        }
        // Most recently seen first (then the most pages, then the fingerprint: deterministic);
        // what is over the bound is the least recently seen.
        self.blocks.sort_by(|a, b| {
            b.last_page
                .cmp(&a.last_page)
                .then(b.pages.cmp(&a.pages))
                .then(a.fingerprint.cmp(&b.fingerprint))
        });
        self.blocks.truncate(MAX_BLOCKS);
    }

    /// Checks a memory read from storage: its version and bounds.
    fn check(self) -> Result<SiteMemory, Ignored> {
        if self.version != VERSION {
            return Err(Ignored::Version {
                found: self.version,
            });
        }
        if self.blocks.len() > MAX_BLOCKS || self.recent_pages.len() > MAX_PAGES {
            return Err(Ignored::TooLarge);
        }
        if self
            .blocks
            .iter()
            .any(|b| b.pages == 0 || b.last_page > self.pages)
        {
            return Err(Ignored::Inconsistent);
        }
        Ok(self)
    }
}

/// Why a memory given in [`crate::Options::site_memory`] was not used (cleaning went on as
/// with an empty memory, and the returned memory starts afresh).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Ignored {
    /// Written by another version of the format.
    Version {
        /// The version it says it has.
        found: u32,
    },
    /// Not a memory: wrong shape or types (the message says where).
    Unreadable {
        /// What did not read.
        detail: String,
    },
    /// More blocks or pages than a memory ever holds.
    TooLarge,
    /// Counts that contradict each other (a block seen on no page, or after the last page).
    Inconsistent,
}

/// A site memory as given by the caller: usable, or ignored with the reason. Reading it never
/// fails, so a damaged memory in storage cannot make cleaning fail.
#[derive(Debug, Clone, PartialEq)]
pub enum StoredMemory {
    /// A memory of this version.
    Usable(SiteMemory),
    /// What was given could not be used.
    Ignored(Ignored),
}

impl StoredMemory {
    /// The memory to start from, and why the given one was ignored, if it was.
    pub fn resolve(&self) -> (SiteMemory, Option<Ignored>) {
        match self {
            StoredMemory::Usable(m) => (m.clone(), None),
            StoredMemory::Ignored(why) => (SiteMemory::new(), Some(why.clone())),
        }
    }
}

impl From<SiteMemory> for StoredMemory {
    fn from(memory: SiteMemory) -> Self {
        StoredMemory::Usable(memory)
    }
}

impl Serialize for StoredMemory {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            StoredMemory::Usable(m) => m.serialize(serializer),
            StoredMemory::Ignored(_) => serializer.serialize_none(),
        }
    }
}

impl<'de> Deserialize<'de> for StoredMemory {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Any value is accepted here; whether it is a memory is decided after.
        let value = serde_json::Value::deserialize(deserializer)?;
        Ok(StoredMemory::read(value))
    }
}

impl StoredMemory {
    /// Reads a memory from a JSON value (as stored): a usable memory or the reason it is not.
    pub fn read(value: serde_json::Value) -> StoredMemory {
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        if let Some(found) = version.filter(|&v| v != u64::from(VERSION)) {
            return StoredMemory::Ignored(Ignored::Version {
                found: u32::try_from(found).unwrap_or(u32::MAX),
            });
        }
        match serde_json::from_value::<SiteMemory>(value) {
            Ok(m) => match m.check() {
                Ok(m) => StoredMemory::Usable(m),
                Err(why) => StoredMemory::Ignored(why),
            },
            Err(e) => StoredMemory::Ignored(Ignored::Unreadable {
                detail: e.to_string(),
            }),
        }
    }
}

/// The reader's corrections for one site: blocks to keep although the cleaner removes them, and
/// blocks to take out although it keeps them, each named by its `fingerprint`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Corrections {
    /// Blocks put back: never removed (by the rules, the block model or the site memory), as
    /// long as they are inside the chosen article.
    pub keep: Vec<Fingerprint>,
    /// Blocks taken out of the article.
    pub drop: Vec<Fingerprint>,
}
