//! The word edges of the nodes other than the root, after each node's first: one hash map
//! from (node, word) to target, which every step away from the root may look in.
//!
//! A node and a word id fit in one `u32` in any trie the shipped lexicons make (17 bits of
//! node, 12 of word), and a slot of the map then takes 8 bytes where a pair key takes 12: a
//! third less memory, and a third more edges per cache line. Tries too large to pack keep
//! the pair.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hashes a key of one or two `u32`s as one 64-bit number: one multiply, where a general
/// hasher takes one per field.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct PairHasher(u64);

impl Hasher for PairHasher {
    #[inline]
    fn write_u32(&mut self, x: u32) {
        self.0 = self.0 << 32 | u64::from(x);
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    #[inline]
    fn finish(&self) -> u64 {
        // The rotation brings the product's well-mixed high bits down to the low bits, which
        // pick the bucket.
        self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(26)
    }
}

type Hash = BuildHasherDefault<PairHasher>;

/// Word edges by (node, word); a target is a node or a run (see `Trie::multi`).
#[derive(Clone, Debug)]
pub(super) enum Edges {
    /// The key is `node << bits | word`.
    Packed {
        map: HashMap<u32, u32, Hash>,
        bits: u32,
    },
    Wide(HashMap<(u32, u32), u32, Hash>),
}

impl Default for Edges {
    fn default() -> Edges {
        Edges::with_capacity(0, 0, 0)
    }
}

impl Edges {
    /// Room for `len` edges between nodes below `nodes`, on words below `words`.
    pub fn with_capacity(len: usize, nodes: usize, words: usize) -> Edges {
        let bits = usize::BITS - words.saturating_sub(1).leading_zeros();
        if bits < 32 && (nodes as u64) << bits <= 1 << 32 {
            let map = HashMap::with_capacity_and_hasher(len, Hash::default());
            Edges::Packed { map, bits }
        } else {
            Edges::Wide(HashMap::with_capacity_and_hasher(len, Hash::default()))
        }
    }

    /// Sets the edge `word` from `node`; false, doing nothing, when the word or the node is
    /// out of the range given to [`Edges::with_capacity`].
    pub fn insert(&mut self, node: u32, word: u32, target: u32) -> bool {
        match self {
            Edges::Packed { map, bits } => {
                let Some(key) = pack(node, word, *bits) else {
                    return false;
                };
                map.insert(key, target);
            }
            Edges::Wide(map) => {
                map.insert((node, word), target);
            }
        }
        true
    }

    /// The target of the edge `word` from `node`. Both must be in the range given to
    /// [`Edges::with_capacity`]: a word of the trie's vocabulary, a node of the trie.
    #[inline(always)]
    pub fn get(&self, node: u32, word: u32) -> Option<u32> {
        match self {
            Edges::Packed { map, bits } => {
                debug_assert!(pack(node, word, *bits).is_some());
                map.get(&(node << *bits | word)).copied()
            }
            Edges::Wide(map) => map.get(&(node, word)).copied(),
        }
    }

    /// Every edge as (node, word, target), in no particular order.
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
        let (packed, wide) = match self {
            Edges::Packed { map, bits } => {
                let mask = (1u32 << bits) - 1;
                let unpack = move |(&k, &t): (&u32, &u32)| (k >> bits, k & mask, t);
                (Some(map.iter().map(unpack)), None)
            }
            Edges::Wide(map) => (None, Some(map.iter().map(|(&(n, w), &t)| (n, w, t)))),
        };
        packed
            .into_iter()
            .flatten()
            .chain(wide.into_iter().flatten())
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        match self {
            Edges::Packed { map, .. } => map.len(),
            Edges::Wide(map) => map.len(),
        }
    }

    #[cfg(test)]
    pub fn capacity(&self) -> usize {
        match self {
            Edges::Packed { map, .. } => map.capacity(),
            Edges::Wide(map) => map.capacity(),
        }
    }
}

/// `node` and `word` as one key, if they fit.
#[inline(always)]
fn pack(node: u32, word: u32, bits: u32) -> Option<u32> {
    (word >> bits == 0 && node.leading_zeros() >= bits).then(|| node << bits | word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_tries_pack_their_keys_and_large_ones_do_not() {
        let mut packed = Edges::with_capacity(4, 85_000, 3_900);
        assert!(matches!(packed, Edges::Packed { bits: 12, .. }));
        assert!(packed.insert(84_999, 3_899, 7));
        assert!(packed.insert(1, 0, 8));
        assert_eq!(packed.get(84_999, 3_899), Some(7));
        assert_eq!(packed.get(1, 0), Some(8));
        assert_eq!(packed.get(0, 1), None);
        // Out of range: not stored.
        assert!(!packed.insert(0, 4_096, 9));
        assert!(!packed.insert(1 << 20, 0, 9));
        let mut all: Vec<_> = packed.iter().collect();
        all.sort_unstable();
        assert_eq!(all, [(1, 0, 8), (84_999, 3_899, 7)]);

        let mut wide = Edges::with_capacity(1, 3_000_000, 70_000);
        assert!(matches!(wide, Edges::Wide(_)));
        assert!(wide.insert(2_999_999, 69_999, 1));
        assert_eq!(wide.get(2_999_999, 69_999), Some(1));
        assert_eq!(wide.iter().collect::<Vec<_>>(), [(2_999_999, 69_999, 1)]);
        assert_eq!((packed.len(), wide.len()), (2, 1));
    }
}
