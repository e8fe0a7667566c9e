//! The word edges of the nodes that have more than one: per node a small hash table of
//! buckets, sized so that each of the node's words sits in the bucket it hashes to.
//!
//! A step reads one bucket: four slots side by side, 16 bytes that never cross a cache line,
//! compared at once. A word the node has no edge on, which is most of what a search asks
//! (60,000 of the 88,000 looks in the agent replies), costs that one read too, with no
//! probing on to an empty slot. And a node's edges sit together, so the tables of the nodes
//! that most searches pass through stay in the cache. One hash map for all nodes, as before,
//! spread each node's edges over the whole map and read two places per step. On the shipped
//! lexicons the tables take 865 KB where the map took 1.1 MB, and the agent replies analyse
//! 1.6% faster (per-node tables probed on to an empty slot instead gained only when at most
//! a sixth full, at four times the memory).
//!
//! When word ids are below 65,535 and targets below 32,768, as in any trie the shipped
//! lexicons make (3,858 words, 21,673 nodes), a bucket keeps its four words in the 16-bit
//! lanes of one `u64` and their targets in another, and a step finds the word's lane with a
//! few arithmetic operations on the first. Larger tries pack word and target into a `u32`
//! per slot, or take a `u64` per slot; their lookup is out of line and slower.

use super::{MULTI, NONE};

/// Slots per bucket.
const BUCKET: usize = 4;
/// A table's locator (see [`Edges::new`]) keeps the log2 of its number of buckets in its low
/// bits, then [`SPILLS`], then the index of its first bucket.
const LOG_MASK: u32 = 0x1f;
/// Set in a locator when some bucket of the table overflowed into the ones after it, so that
/// a look goes on past the word's own bucket (see [`MAX_GROWTH`]).
const SPILLS: u32 = 1 << 5;
const BASE_SHIFT: u32 = 6;
/// How many times a table may double past the size its edges need (a quarter of a bucket
/// each) to find a size where no bucket gets more than [`BUCKET`] words. The shipped
/// lexicons need at most one doubling; a table that would need more keeps the size of the
/// first doubling and lets full buckets spill into the next (no lexicon of words does).
const MAX_GROWTH: u32 = 3;

/// Which of `1 << log` buckets `word` hashes to: the top bits of a Fibonacci hash, which
/// spreads consecutive word ids evenly.
#[inline(always)]
fn bucket(word: u32, log: u32) -> usize {
    ((u64::from(word.wrapping_mul(0x9E37_79B9)) << log) >> 32) as usize
}

/// Four words in the 16-bit lanes of `words` (`u16::MAX` for an empty lane) and their
/// targets in the lanes of `targets`, the target's [`MULTI`] bit moved to the top of its
/// lane.
#[derive(Clone, Copy, Debug)]
#[repr(C, align(16))]
struct Short {
    words: u64,
    targets: u64,
}

/// The lowest bit of each 16-bit lane of a `u64`, and the highest.
const LANE_LOW: u64 = 0x0001_0001_0001_0001;
const LANE_HIGH: u64 = 0x8000_8000_8000_8000;

/// The largest word id a short bucket keeps (`u16::MAX` marks an empty lane).
const SHORT_WORD: u32 = u16::MAX as u32 - 1;
/// The largest target a short bucket keeps, without [`MULTI`] (which takes the lane's top
/// bit).
const SHORT_TARGET: u32 = 0x7fff;

/// A target as a field whose top bit is `top`: [`MULTI`] moved there.
#[inline(always)]
fn to_field(target: u32, top: u32) -> u32 {
    if target & MULTI != 0 {
        target & !MULTI | top
    } else {
        target
    }
}

/// The target in a field whose top bit is `top` (see [`to_field`]); bits above `top` must be
/// clear.
#[inline(always)]
fn from_field(field: u32, top: u32) -> u32 {
    if field & top != 0 {
        field & !top | MULTI
    } else {
        field
    }
}

impl Short {
    const EMPTY: Short = Short {
        words: u64::MAX,
        targets: u64::MAX,
    };

    /// The target of `word`, at most [`SHORT_WORD`], if this bucket has it.
    #[inline(always)]
    fn get(&self, word: u32) -> Option<u32> {
        // The lane that holds the word (at most one does) is zero in `x`. Taking one from
        // every lane sets the top bit of the lowest zero lane, and of no lane below it
        // (whose value is not zero); the lanes whose top bit `x` has set are left out.
        let x = self.words ^ u64::from(word).wrapping_mul(LANE_LOW);
        let zero = x.wrapping_sub(LANE_LOW) & !x & LANE_HIGH;
        if zero == 0 {
            return None;
        }
        Some(Short::target(self.targets >> (zero.trailing_zeros() - 15)))
    }

    /// The target in the lowest lane of `lanes`.
    #[inline(always)]
    fn target(lanes: u64) -> u32 {
        from_field(lanes as u32 & 0xffff, SHORT_TARGET + 1)
    }

    /// The (word, target) of each lane in use.
    fn edges(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        (0..BUCKET as u32)
            .map(|k| (self.words >> (16 * k), self.targets >> (16 * k)))
            .filter(|&(w, _)| w as u16 != u16::MAX)
            .map(|(w, t)| (w as u32 & 0xffff, Short::target(t)))
    }

    /// Puts the edge into a free lane; `None` when the bucket is full.
    fn put(&mut self, word: u32, target: u32) -> Option<()> {
        let k = (0..BUCKET).find(|k| (self.words >> (16 * k)) as u16 == u16::MAX)?;
        let field = to_field(target, SHORT_TARGET + 1);
        let shift = 16 * k;
        self.words = self.words & !(0xffff << shift) | u64::from(word) << shift;
        self.targets = self.targets & !(0xffff << shift) | u64::from(field) << shift;
        Some(())
    }

    fn full(&self) -> bool {
        self.edges().count() == BUCKET
    }
}

/// Four slots of `word | target << bits`, the target's [`MULTI`] bit moved to the top of its
/// field; `u32::MAX` is empty (no word id is `2^bits - 1`).
#[derive(Clone, Copy, Debug)]
#[repr(C, align(16))]
struct Narrow([u32; BUCKET]);

/// Four slots of `word | target << 32`; `u64::MAX` is empty.
#[derive(Clone, Copy, Debug)]
#[repr(C, align(32))]
struct Wide([u64; BUCKET]);

/// The buckets of tries too large for short ones.
#[derive(Clone, Debug, Default)]
enum Long {
    /// None: the trie's buckets are short, or it has no tables.
    #[default]
    Unused,
    Narrow {
        buckets: Vec<Narrow>,
        bits: u32,
    },
    Wide(Vec<Wide>),
}

/// The word edges of the nodes with more than one, by node; a target is a node or, with
/// [`MULTI`] set, a run of them (see `Trie::multi`).
#[derive(Clone, Debug, Default)]
pub(super) struct Edges {
    /// The buckets, when the trie's words and targets fit short ones; else empty, and
    /// `long` has them. Apart, so that a step tells which it reads without a test of its
    /// own: the bounds check of `short` does.
    short: Vec<Short>,
    long: Long,
}

impl Edges {
    /// The tables of `edges`, given as (node, word, target) sorted by node and word, with
    /// words below `words`. `locate(node, locator)` learns where each node's table is: the
    /// locator is what [`Edges::get`] and [`Edges::table`] take. `None` if the tables would
    /// need more than 2^26 buckets (or one table more than 2^30).
    pub fn new(
        edges: &[(u32, u32, u32)],
        words: usize,
        mut locate: impl FnMut(u32, u32),
    ) -> Option<Edges> {
        debug_assert!(edges.is_sorted());
        let words = u32::try_from(words).unwrap_or(u32::MAX);
        // Bits enough for the number of words: no word id has them all set.
        let bits = u32::BITS - words.leading_zeros();
        let short =
            words <= SHORT_WORD + 1 && edges.iter().all(|&(_, _, t)| t & !MULTI <= SHORT_TARGET);
        let narrow = bits < 31
            && edges
                .iter()
                .all(|&(_, _, t)| (t & !MULTI) >> (31 - bits) == 0);
        let mut sizes = Vec::new();
        let mut total = 0usize;
        let mut count = Vec::new();
        for group in edges.chunk_by(|a, b| a.0 == b.0) {
            let need = group
                .len()
                .div_ceil(BUCKET)
                .next_power_of_two()
                .trailing_zeros();
            let fits = |log: u32, count: &mut Vec<u8>| {
                count.clear();
                count.resize(1 << log, 0u8);
                group.iter().all(|&(_, w, _)| {
                    let c = &mut count[bucket(w, log)];
                    *c += 1;
                    usize::from(*c) <= BUCKET
                })
            };
            if need + MAX_GROWTH > 30 {
                return None;
            }
            let log = (need..=need + MAX_GROWTH).find(|&log| fits(log, &mut count));
            let base = (total as u32) << BASE_SHIFT;
            // A table that spills takes twice the buckets its edges need, so that `place`
            // finds room for each; a look past a full bucket reads the whole table.
            let locator = match log {
                Some(log) => base | log,
                None => base | SPILLS | (need + 1),
            };
            total += 1 << (locator & LOG_MASK);
            if total > 1 << (32 - BASE_SHIFT) {
                return None;
            }
            locate(group[0].0, locator);
            sizes.push(locator);
        }
        let groups = edges.chunk_by(|a, b| a.0 == b.0).zip(sizes);
        let buckets = if short {
            let mut buckets = vec![Short::EMPTY; total];
            for (group, locator) in groups {
                for &(_, w, t) in group {
                    place(&mut buckets, locator, w, |b| b.put(w, t));
                }
            }
            return Some(Edges {
                short: buckets,
                long: Long::Unused,
            });
        } else if narrow {
            let mut buckets = vec![Narrow([u32::MAX; BUCKET]); total];
            let pack = |w: u32, t: u32| to_field(t, 1 << (31 - bits)) << bits | w;
            debug_assert!(
                edges
                    .iter()
                    .all(|&(_, w, t)| unpack(pack(w, t), bits) == (w, t))
            );
            for (group, locator) in groups {
                for &(_, w, t) in group {
                    place(&mut buckets, locator, w, |b| {
                        let free = b.0.iter().position(|&s| s == u32::MAX)?;
                        b.0[free] = pack(w, t);
                        Some(())
                    });
                }
            }
            Long::Narrow { buckets, bits }
        } else {
            let mut buckets = vec![Wide([u64::MAX; BUCKET]); total];
            for (group, locator) in groups {
                for &(_, w, t) in group {
                    place(&mut buckets, locator, w, |b| {
                        let free = b.0.iter().position(|&s| s == u64::MAX)?;
                        b.0[free] = u64::from(t) << 32 | u64::from(w);
                        Some(())
                    });
                }
            }
            Long::Wide(buckets)
        };
        Some(Edges {
            short: Vec::new(),
            long: buckets,
        })
    }

    /// The target of the edge `word` from the node whose table `locator` locates, or
    /// [`NONE`]. A locator that [`Edges::new`] did not give finds nothing.
    #[inline(always)]
    pub fn get(&self, locator: u32, word: u32) -> u32 {
        let base = (locator >> BASE_SHIFT) as usize;
        let at = base + bucket(word, locator & LOG_MASK);
        let Some(b) = self.short.get(at) else {
            return self.get_long(at, locator, word);
        };
        if word > SHORT_WORD {
            return NONE;
        }
        match b.get(word) {
            Some(target) => target,
            None => self.missed(locator, word, || b.full()),
        }
    }

    /// [`Edges::get`] in narrow or wide buckets, which only lexicons with very many words or
    /// nodes need: kept out of line, so that the lookup inlined at every step stays small.
    #[cold]
    #[inline(never)]
    fn get_long(&self, at: usize, locator: u32, word: u32) -> u32 {
        match &self.long {
            Long::Unused => NONE,
            Long::Narrow { buckets, bits } => {
                let Some(Narrow(slots)) = buckets.get(at) else {
                    return NONE;
                };
                let mask = (1 << bits) - 1;
                match slots.iter().find(|&&s| s != u32::MAX && s & mask == word) {
                    Some(&s) => unpack(s, *bits).1,
                    None => self.missed(locator, word, || !slots.contains(&u32::MAX)),
                }
            }
            Long::Wide(buckets) => {
                let Some(Wide(slots)) = buckets.get(at) else {
                    return NONE;
                };
                match slots.iter().find(|&&s| s != u64::MAX && s as u32 == word) {
                    Some(&s) => (s >> 32) as u32,
                    None => self.missed(locator, word, || !slots.contains(&u64::MAX)),
                }
            }
        }
    }

    /// What a look for `word` that its own bucket lacks finds: nothing, unless the table
    /// spills and the bucket is `full`, when the word may be past it.
    #[inline(always)]
    fn missed(&self, locator: u32, word: u32, full: impl FnOnce() -> bool) -> u32 {
        if locator & SPILLS == 0 || !full() {
            return NONE;
        }
        self.get_spilled(locator, word)
    }

    /// [`Edges::get`] past the word's own bucket, which is full, in a table that spills.
    #[cold]
    fn get_spilled(&self, locator: u32, word: u32) -> u32 {
        self.table(locator)
            .find(|&(w, _)| w == word)
            .map_or(NONE, |(_, t)| t)
    }

    /// The edges of the table `locator` locates, as (word, target).
    pub fn table(&self, locator: u32) -> impl Iterator<Item = (u32, u32)> + '_ {
        let base = (locator >> BASE_SHIFT) as usize;
        let range = base..base + (1 << (locator & LOG_MASK));
        let short = self.short.get(range.clone()).unwrap_or_default().iter();
        let (mut narrow, mut wide) = (None, None);
        match &self.long {
            Long::Unused => {}
            Long::Narrow { buckets, bits } => {
                let bits = *bits;
                let slots = buckets.get(range).unwrap_or_default().iter();
                let slots = slots.flat_map(|b| b.0.iter().filter(|&&s| s != u32::MAX));
                narrow = Some(slots.map(move |&s| unpack(s, bits)));
            }
            Long::Wide(buckets) => {
                let slots = buckets.get(range).unwrap_or_default().iter();
                let slots = slots.flat_map(|b| b.0.iter().filter(|&&s| s != u64::MAX));
                wide = Some(slots.map(|&s| (s as u32, (s >> 32) as u32)));
            }
        }
        let short = short.flat_map(Short::edges);
        short.chain(
            narrow
                .into_iter()
                .flatten()
                .chain(wide.into_iter().flatten()),
        )
    }

    /// How many edges the tables hold.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        let short = self.short.iter().map(|b| b.edges().count());
        short.sum::<usize>()
            + match &self.long {
                Long::Unused => 0,
                Long::Narrow { buckets, .. } => {
                    let slots = buckets.iter().flat_map(|b| b.0);
                    slots.filter(|&s| s != u32::MAX).count()
                }
                Long::Wide(buckets) => {
                    let slots = buckets.iter().flat_map(|b| b.0);
                    slots.filter(|&s| s != u64::MAX).count()
                }
            }
    }

    /// Which buckets the tables have.
    #[cfg(test)]
    pub fn kind(&self) -> &'static str {
        match &self.long {
            Long::Unused => "short",
            Long::Narrow { .. } => "narrow",
            Long::Wide(_) => "wide",
        }
    }

    /// How many slots the tables have.
    #[cfg(test)]
    pub fn capacity(&self) -> usize {
        BUCKET
            * (self.short.len()
                + match &self.long {
                    Long::Unused => 0,
                    Long::Narrow { buckets, .. } => buckets.len(),
                    Long::Wide(buckets) => buckets.len(),
                })
    }
}

/// The word and target of a narrow slot (see [`Narrow`]).
#[inline(always)]
fn unpack(slot: u32, bits: u32) -> (u32, u32) {
    (
        slot & ((1 << bits) - 1),
        from_field(slot >> bits, 1 << (31 - bits)),
    )
}

/// Puts `word` into the first bucket of the table `locator` that `put` finds room in: its own
/// bucket, or in a table that spills, the next ones in turn.
fn place<B>(buckets: &mut [B], locator: u32, word: u32, mut put: impl FnMut(&mut B) -> Option<()>) {
    let base = (locator >> BASE_SHIFT) as usize;
    let n = 1usize << (locator & LOG_MASK);
    let home = bucket(word, locator & LOG_MASK);
    for i in 0..n {
        if put(&mut buckets[base + (home + i) % n]).is_some() {
            return;
        }
    }
    debug_assert!(false, "a table has a free slot for each of its words");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds tables from (node, word, target), returning them and each node's locator.
    fn build(edges: &[(u32, u32, u32)], words: usize) -> (Edges, Vec<(u32, u32)>) {
        let mut locators = Vec::new();
        let tables = Edges::new(edges, words, |v, at| locators.push((v, at))).unwrap();
        (tables, locators)
    }

    #[test]
    fn each_node_finds_its_own_edges_only() {
        let edges = [(1, 0, 8), (1, 5, MULTI | 3), (4, 5, 9), (4, 3_899, 84_999)];
        let (tables, at) = build(&edges, 3_900);
        assert!(
            matches!(tables.long, Long::Narrow { bits: 12, .. }),
            "84,999 > 15 bits"
        );
        let [(1, one), (4, four)] = at[..] else {
            panic!("{at:?}")
        };
        assert_eq!(tables.get(one, 0), 8);
        assert_eq!(tables.get(one, 5), MULTI | 3);
        assert_eq!(tables.get(four, 5), 9);
        assert_eq!(tables.get(four, 3_899), 84_999);
        assert_eq!(tables.get(four, 0), NONE);
        assert_eq!(tables.get(one, 3_899), NONE);
        // The word whose bits are all set, as an empty slot's are, finds nothing either.
        assert_eq!(tables.get(four, 4_095), NONE);
        let mut listed: Vec<_> = tables.table(four).collect();
        listed.sort_unstable();
        assert_eq!(listed, [(5, 9), (3_899, 84_999)]);
        // Not a locator of these tables: nothing, and no panic.
        assert_eq!(tables.get(u32::MAX, 5), NONE);
    }

    /// Words and targets up to 16 bits: short buckets, every lane found, with and without
    /// [`MULTI`], and words past what they keep found nowhere.
    #[test]
    fn small_tries_take_short_buckets() {
        let top = SHORT_WORD;
        let edges: Vec<_> = (0..40)
            .map(|k| {
                (
                    k / 8,
                    top - 39 + k,
                    if k % 3 == 0 {
                        MULTI | (SHORT_TARGET - k)
                    } else {
                        k
                    },
                )
            })
            .collect();
        let (tables, at) = build(&edges, top as usize + 1);
        assert_eq!(tables.kind(), "short");
        assert_eq!(tables.len(), 40);
        for &(v, w, t) in &edges {
            let (_, locator) = at[v as usize];
            assert_eq!(tables.get(locator, w), t, "{w}");
            assert!(tables.table(locator).any(|e| e == (w, t)));
            for other in [0, w - 1, top + 1, u32::from(u16::MAX), 70_000, u32::MAX] {
                if !edges.iter().any(|&(u, o, _)| (u, o) == (v, other)) {
                    assert_eq!(tables.get(locator, other), NONE, "{other}");
                }
            }
        }
        // A word past 16 bits, or a target past 15, takes narrow slots.
        let (tables, _) = build(&[(0, 1, 2), (0, 2, SHORT_TARGET + 1)], 10);
        assert_eq!(tables.kind(), "narrow");
        let (tables, _) = build(&[(0, 1, 2), (0, 2, 3)], top as usize + 2);
        assert_eq!(tables.kind(), "narrow");
    }

    #[test]
    fn large_tries_take_wide_slots() {
        let edges = [(2_999_999, 1, MULTI | 7), (2_999_999, 69_999, 2_999_998)];
        let (tables, at) = build(&edges, 70_000);
        assert_eq!(tables.kind(), "wide");
        assert_eq!(tables.get(at[0].1, 69_999), 2_999_998);
        assert_eq!(tables.get(at[0].1, 1), MULTI | 7);
        assert_eq!(tables.get(at[0].1, 2), NONE);
    }

    /// A node with hundreds of words, and one whose table spills: both find every edge.
    #[test]
    fn every_word_is_found_in_tables_large_and_spilled() {
        let many: Vec<_> = (0..700).map(|w| (3, w * 5, w)).collect();
        let (tables, at) = build(&many, 3_500);
        assert_eq!(at[0].1 & SPILLS, 0);
        assert!(tables.capacity() <= 4 * 700);
        for &(_, w, t) in &many {
            assert_eq!(tables.get(at[0].1, w), t);
            assert_eq!(tables.get(at[0].1, w + 1), NONE);
        }
        // Five edges on one word fill its bucket at any size, so the table spills; `x`
        // shares that bucket at the size a spilling table takes, and goes past it. With
        // short buckets, narrow slots and wide ones (targets too large for the others).
        let spilled = SPILLS | 2;
        let x = (8..).find(|&w| bucket(w, 2) == bucket(7, 2)).unwrap();
        for (big, kind) in [(0, "short"), (1 << 16, "narrow"), (1 << 30, "wide")] {
            let mut edges: Vec<_> = (1..=5).map(|t| (0, 7, big | t)).collect();
            edges.push((0, x, big | 99));
            let (tables, at) = build(&edges, x as usize + 1);
            assert_eq!(tables.kind(), kind);
            assert_eq!(at[0].1 & (SPILLS | LOG_MASK), spilled);
            assert_eq!(tables.table(at[0].1).count(), 6);
            assert_eq!(tables.get(at[0].1, x), big | 99);
            assert!((1..=5).contains(&(tables.get(at[0].1, 7) & !big)));
            for w in (0..x).filter(|&w| w != 7) {
                assert_eq!(tables.get(at[0].1, w), NONE);
            }
        }
    }
}
