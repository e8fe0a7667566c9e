//! All patterns of all lexicons compiled into one trie over token ids, scanned
//! leftmost-longest.
//!
//! Nodes are indices into flat arrays. Word steps are edges by word id: an array at the root,
//! which every position visits; elsewhere a node's only word edge sits in its own entry, and
//! a node with more has them in a small hash table of its own ([`edges`]). Slots, gaps, the
//! sentence anchor and epsilon joins are the few "special" edges a node may have. A group of
//! alternatives joins into one node, so a pattern costs nodes in proportion to its written
//! size; a group of one-word alternatives away from the root becomes a class edge, laid out
//! as word edges with several targets.
//! Before the layout, joins and runs of targets that a search would enter side by side are
//! merged, and then nodes that no search can tell apart ([`graph`]).
//!
//! Matching from one start explores the trie depth-first; the work per start is capped
//! ([`MAX_WORK`]), so a scan is linear in the number of tokens whatever the lexicons hold.

use std::hash::{BuildHasherDefault, Hasher};

use rustc_hash::FxHashMap;

use super::image::Reader;
#[cfg(test)]
use super::image::Writer;
use super::pattern::{Alts, Piece, Slot, Step, steps};
use super::vocab::UNKNOWN;
use edges::Edges;
use graph::Graph;

mod edges;
mod graph;

const NONE: u32 = u32::MAX;
/// Marks an edge value that indexes [`Trie::multi`] instead of naming one node.
const MULTI: u32 = 1 << 31;
/// Marks a node's special-edge offset when the node has more than one word edge: they are
/// in [`Trie::edges`], and the node's entry locates its table there.
const MORE: u32 = 1 << 31;
/// Marks a node's special-edge offset when the node neither accepts nor has special edges: a
/// state there can only take a word step. (Entering a node reads its slots instead, which
/// say as much; the gap filter, [`Trie::gap_words`], reads this.)
const PLAIN: u32 = 1 << 30;
/// Set in a node's accept value when it accepts no rule. The low byte of such a value is
/// then the node's slots ([`Trie::mark_slots`]):
/// - no special edges: none (0), a plain node;
/// - slots only: those, as [`Slot::bit`]s; the node can only take a word step from an item
///   that fills none of them, and is entered for it as a plain one is;
/// - other special edges: [`NOT_SLOTS`], which makes the whole value `NONE`.
const NO_RULE: u32 = 1 << 31;
/// The slots of a node with special edges other than slots (see [`NO_RULE`]).
const NOT_SLOTS: u8 = 0xff;
/// The special-edge offset itself, without [`MORE`] and [`PLAIN`].
const OFFSET: u32 = PLAIN - 1;
/// A cap on the work done from one start position: on the states taken from the stack, and
/// on those waiting on it (each push is work of its own). The shipped lexicons need at most a
/// few hundred over both shared corpora and every lexicon example, most searches under 16. A
/// custom lexicon of many nested gaps is stopped here, which may miss a match but keeps a scan
/// linear in the tokens. A node entered with its word step taken at once (plain, or with
/// slots the item does not fill; see [`Trie::enter`]) is no state and costs nothing, so which
/// matches a search that reaches the cap still finds depends on that accounting too.
const MAX_WORK: usize = 2048;
/// A search that has done this much work remembers the states it enters after a gap
/// ([`Seen`]); cheaper ones, nearly all of them, do not pay for it.
const DEDUP_FROM: usize = 64;
/// Nodes at least this many tokens from the root may carry epsilon (join) edges.
const SHALLOW: u8 = 3;
/// Groups starting at least this many tokens from the root may become class edges.
const CLASS_FROM: u8 = 1;

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

/// One token of the stream the matcher scans.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Item {
    /// Word id, or [`UNKNOWN`].
    pub id: u32,
    /// Index of the token this item comes from (two items share a token for contractions).
    pub tok: u32,
    /// Which [`Slot`]s this token fills, as [`Slot::bit`]s.
    pub slots: u8,
    /// [`Item::SENT_START`] and friends.
    pub flags: u8,
    /// The index of the sentence the item is in.
    pub sentence: u32,
}

impl Item {
    pub const SENT_START: u8 = 1;
    /// The item ends a sentence (`.`, `!`, `?`): gaps do not skip it.
    pub const SENT_END: u8 = 1 << 1;
    /// Quoted customer text: nothing matches it and gaps do not skip it.
    pub const BARRIER: u8 = 1 << 2;
    /// Ends the scope of negation and modifiers.
    pub const CLAUSE: u8 = 1 << 3;
    pub const NEGATOR: u8 = 1 << 4;
    /// A contrast word ("but", "however") follows in the same sentence.
    pub const CONTRAST_AHEAD: u8 = 1 << 5;
    /// A contrast word came before in the same sentence.
    pub const CONTRAST_BEHIND: u8 = 1 << 6;
    /// Punctuation between clauses (`,` `;` `:` `-` `(` `)` `"`): context a pattern may start
    /// with, so a match may end with it and the next begin with it ("As I said, calm down").
    pub const JOINS: u8 = 1 << 7;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Special {
    Slot(Slot),
    Gap(u8),
    Anchor,
    /// Joins the ends of a group's alternatives without consuming a token.
    Epsilon,
    /// One token out of a set of words (a group of one-word alternatives), by set index;
    /// turned into word edges by [`Trie::finish`].
    Class(u32),
}

/// The states a costly search has entered after a gap. Several gaps in a row reach one
/// (node, position) along many paths (`a *9 a *9 a *9 b` along hundreds); exploring it once
/// gives the same matches. A small direct-mapped table: a collision only costs a repeat.
struct Seen([u64; 256]);

impl Seen {
    fn clear(&mut self) {
        // No state has node `NONE`.
        self.0.fill(u64::MAX);
    }

    /// Whether `(node, pos)` was entered before; records it.
    #[inline]
    fn again(&mut self, node: u32, pos: usize) -> bool {
        let key = u64::from(node) << 32 | pos as u64 & 0xffff_ffff;
        let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize;
        std::mem::replace(&mut self.0[slot], key) == key
    }
}

/// Scratch space for [`Trie::scan`], kept between calls.
pub(crate) struct Search {
    stack: Vec<(u32, u32)>,
    seen: Seen,
    /// The start of the search `seen` belongs to, if any.
    seen_for: usize,
}

impl Default for Search {
    fn default() -> Search {
        Search {
            stack: Vec::new(),
            seen: Seen([u64::MAX; 256]),
            seen_for: usize::MAX,
        }
    }
}

/// A match: items `start..end` matched the rule `rule`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    pub start: usize,
    pub end: usize,
    pub rule: u32,
}

/// The trie: nodes are indices into flat arrays, so a node costs a few bytes and no
/// allocation of its own.
#[derive(Clone, Debug)]
pub(crate) struct Trie {
    /// Per node: the rule it accepts (or, with [`NO_RULE`] set, its slots); where its special
    /// edges start in `specials` (with [`MORE`] set when it has more than one word edge); and
    /// its only word edge, word and target (`NONE` if it has none), or with [`MORE`] the
    /// locator of its table in `edges` and `NONE`. One more entry ends the last node's special
    /// edges. Most nodes have at most one word edge, found here without hashing. Built by
    /// [`Trie::finish`].
    nodes: Vec<[u32; 4]>,
    /// Build only: per node, the rule it accepts, or `NONE`.
    accept: Vec<u32>,
    specials: Vec<(Special, u32)>,
    /// Per special edge, for a gap into a node that can only take a word step, the words it
    /// has edges on as bits (`1 << word % 64`); all bits otherwise. A gap tries its target at
    /// up to ten places, and this skips those whose word cannot go on without a lookup.
    gap_words: Vec<u64>,
    /// The slots the root's special edges accept, and whether it has an anchor edge: a
    /// position none of whose root edges can apply is skipped without a search.
    root_slots: u8,
    root_anchor: bool,
    /// Word edges of the nodes other than the root that have more than one: one target, or
    /// with [`MULTI`] set an index into `multi` (where class edges and word edges on the same
    /// word meet).
    edges: Edges,
    /// Runs of targets: a count, then that many nodes.
    multi: Vec<u32>,
    root: Vec<u32>,
    /// What only inserting needs; emptied by [`Trie::finish`].
    build: Build,
}

#[derive(Clone, Debug, Default)]
struct Build {
    /// How many tokens from the root each node is (saturating).
    depth: Vec<u8>,
    /// Each node's first word edge: word and target, or `NONE`.
    first: Vec<[u32; 2]>,
    /// The other word edges, by (node, word).
    more: std::collections::HashMap<(u32, u32), u32, BuildHasherDefault<PairHasher>>,
    /// Node lists for reuse while inserting.
    pool: Vec<Vec<u32>>,
    /// Special edges as (from, edge, to), in insertion order.
    specials: Vec<(u32, Special, u32)>,
    /// The target of each shared (non-epsilon) special edge.
    shared: FxHashMap<(u32, Special), u32>,
    /// The word sets of class edges, each sorted, and the index of each.
    sets: Vec<Box<[u32]>>,
    set_ids: FxHashMap<Box<[u32]>, u32>,
    /// Join nodes by what joins them: the sorted nodes with epsilon edges into it, after
    /// (for a class group) the node and set of its class edge. Groups that end at the same
    /// nodes share one join, so the patterns through them share what follows.
    joins: FxHashMap<Box<[u32]>, u32>,
}

impl Default for Trie {
    fn default() -> Trie {
        Trie {
            nodes: Vec::new(),
            accept: vec![NONE],
            specials: Vec::new(),
            gap_words: Vec::new(),
            root_slots: 0,
            root_anchor: false,
            edges: Edges::default(),
            multi: Vec::new(),
            root: Vec::new(),
            build: Build {
                depth: vec![0],
                first: vec![[NONE; 2]],
                ..Build::default()
            },
        }
    }
}

impl Special {
    /// The special edge as one number, for images.
    #[cfg(test)]
    fn code(self) -> u32 {
        match self {
            Special::Slot(s) => 0x100 | s as u32,
            Special::Gap(k) => 0x200 | u32::from(k),
            Special::Anchor => 0x300,
            Special::Epsilon => 0x400,
            Special::Class(_) => unreachable!("class edges are laid out as word edges"),
        }
    }

    fn from_code(code: u32) -> Option<Special> {
        let arg = (code & 0xff) as u8;
        Some(match code >> 8 {
            1 => Special::Slot(Slot::from_index(arg)?),
            2 if (1..=9).contains(&arg) => Special::Gap(arg),
            3 if arg == 0 => Special::Anchor,
            4 if arg == 0 => Special::Epsilon,
            _ => return None,
        })
    }
}

impl Trie {
    /// Adds a parsed pattern for `rule` (before [`Trie::finish`]). Literal steps share the
    /// trie's prefixes; each group ends in a join node or a class edge, so a pattern costs
    /// nodes in proportion to its written size, not to the number of phrases it expands to.
    pub(crate) fn insert(&mut self, pieces: &[Piece], rule: u32) {
        let mut ends = self.buf();
        ends.push(0);
        self.insert_seq(pieces, &mut ends);
        for &end in &ends {
            let accept = &mut self.accept[end as usize];
            // On a tie the rule inserted first keeps the sequence.
            if *accept == NONE {
                *accept = rule;
            }
        }
        self.give(ends);
    }

    fn new_node(&mut self, depth: u8) -> u32 {
        let id = self.accept.len() as u32;
        debug_assert!(id < MULTI, "fewer than 2^31 nodes");
        self.accept.push(NONE);
        self.build.depth.push(depth);
        self.build.first.push([NONE; 2]);
        id
    }

    /// The target of the word edge `id` from `from` (not the root), `NONE` when new.
    #[inline]
    fn edge_slot(&mut self, from: u32, id: u32) -> &mut u32 {
        let first = &mut self.build.first[from as usize];
        if first[0] == id {
            return &mut first[1];
        }
        if first[0] == NONE {
            *first = [id, NONE];
            return &mut first[1];
        }
        self.build.more.entry((from, id)).or_insert(NONE)
    }

    fn depth(&self, node: u32) -> u8 {
        self.build.depth[node as usize]
    }

    fn lit(&mut self, from: u32, id: u32) -> u32 {
        let len = self.accept.len() as u32;
        let next = if from == 0 {
            // The root's edges are an array by word id from the start.
            let i = id as usize;
            if self.root.len() <= i {
                self.root.resize(i + 1, NONE);
            }
            if self.root[i] == NONE {
                self.root[i] = len;
            }
            self.root[i]
        } else {
            let slot = self.edge_slot(from, id);
            if *slot == NONE {
                *slot = len;
            }
            *slot
        };
        if next == len {
            self.new_node(self.depth(from).saturating_add(1));
        }
        next
    }

    /// The target of the special edge `special` from `from`, added when missing.
    fn special(&mut self, from: u32, special: Special) -> u32 {
        if let Some(&n) = self.build.shared.get(&(from, special)) {
            return n;
        }
        let step = u8::from(matches!(special, Special::Slot(_) | Special::Class(_)));
        let n = self.new_node(self.depth(from).saturating_add(step));
        self.build.specials.push((from, special, n));
        self.build.shared.insert((from, special), n);
        n
    }

    fn epsilon(&mut self, from: u32, to: u32) {
        self.build.specials.push((from, Special::Epsilon, to));
    }

    /// A cleared buffer from the pool (inserting allocates nothing once the pool is warm).
    fn buf(&mut self) -> Vec<u32> {
        self.build.pool.pop().unwrap_or_default()
    }

    fn give(&mut self, mut buf: Vec<u32>) {
        buf.clear();
        self.build.pool.push(buf);
    }

    /// Inserts `pieces` from each node of `cur`, leaving in `cur` the nodes they end at.
    fn insert_seq(&mut self, pieces: &[Piece], cur: &mut Vec<u32>) {
        for step in steps(pieces) {
            // Steps other than groups move each current node in place.
            let special = match step {
                Step::One(Piece::Lit(id)) => {
                    for n in cur.iter_mut() {
                        *n = self.lit(*n, id);
                    }
                    continue;
                }
                Step::One(Piece::Slot(s)) => Special::Slot(s),
                Step::One(Piece::Gap(k)) => Special::Gap(k),
                Step::One(Piece::Anchor) => Special::Anchor,
                Step::One(Piece::Group { .. } | Piece::Alt { .. }) => continue,
                Step::Group { optional, alts } => {
                    self.insert_group(alts, optional, cur);
                    continue;
                }
            };
            for n in cur.iter_mut() {
                *n = self.special(*n, special);
            }
        }
    }

    fn insert_group(&mut self, alts: Alts, optional: bool, cur: &mut Vec<u32>) {
        if self.classable(alts, cur) {
            return self.insert_class(alts, optional, cur);
        }
        let mut ends = self.buf();
        if optional {
            ends.extend_from_slice(cur);
        }
        self.insert_alts(alts, cur, &mut ends);
        // Join the ends through one epsilon node so the rest of the pattern is inserted once,
        // not once per alternative. Ends near the root keep their own branches: they are
        // visited at nearly every position (the root at all, "i" or "your" at most), and each
        // epsilon edge on them would be followed every time.
        let mut deep = self.buf();
        deep.extend(ends.iter().copied().filter(|&e| self.depth(e) >= SHALLOW));
        if deep.len() > 1 {
            let join = match self.build.joins.get(deep.as_slice()) {
                Some(&join) => join,
                None => {
                    let join = self.new_node(SHALLOW);
                    for &e in &deep {
                        self.epsilon(e, join);
                    }
                    self.build.joins.insert(deep.as_slice().into(), join);
                    join
                }
            };
            ends.retain(|&e| self.depth(e) < SHALLOW);
            ends.push(join);
        }
        self.give(deep);
        cur.clear();
        cur.extend_from_slice(&ends);
        self.give(ends);
    }

    /// Inserts each alternative from the nodes `from` and adds the nodes they end at to
    /// `ends`, sorted and without repeats.
    fn insert_alts<'p>(
        &mut self,
        alts: impl Iterator<Item = &'p [Piece]>,
        from: &[u32],
        ends: &mut Vec<u32>,
    ) {
        for alt in alts {
            let mut cur = self.buf();
            cur.extend_from_slice(from);
            self.insert_seq(alt, &mut cur);
            ends.extend_from_slice(&cur);
            self.give(cur);
        }
        ends.sort_unstable();
        ends.dedup();
    }

    /// Whether a group is inserted as one [`Special::Class`] edge per start node: it has at
    /// least two one-word alternatives and does not start at the root (whose word edges are
    /// an array lookup).
    fn classable(&self, alts: Alts, cur: &[u32]) -> bool {
        alts.filter(|a| single_word(a).is_some()).count() >= 2
            && cur.iter().all(|&n| self.depth(n) >= CLASS_FROM)
    }

    /// Inserts a group of alternatives from each node of `cur` as a class edge for its
    /// one-word alternatives, into whose target the longer alternatives join.
    fn insert_class(&mut self, alts: Alts, optional: bool, cur: &mut Vec<u32>) {
        let mut words = self.buf();
        words.extend(alts.filter_map(single_word));
        words.sort_unstable();
        words.dedup();
        let set = match self.build.set_ids.get(words.as_slice()) {
            Some(&id) => id,
            None => {
                let id = self.build.sets.len() as u32;
                let set: Box<[u32]> = words.as_slice().into();
                self.build.sets.push(set.clone());
                self.build.set_ids.insert(set, id);
                id
            }
        };
        self.give(words);
        let longer = alts.clone().any(|a| single_word(a).is_none());
        let mut ends = self.buf();
        if optional {
            ends.extend_from_slice(cur);
        }
        for &n in cur.iter() {
            let join = if !longer {
                // The same set from the same node means the same continuation: share it.
                self.special(n, Special::Class(set))
            } else {
                // The longer alternatives join the class edge's target: shared with groups
                // whose class edge and longer alternatives are the same.
                let mut key = self.buf();
                self.insert_alts(alts.filter(|a| single_word(a).is_none()), &[n], &mut key);
                key.extend([u32::MAX, n, set]);
                let join = match self.build.joins.get(key.as_slice()) {
                    Some(&join) => join,
                    None => {
                        let join = self.new_node(self.depth(n).saturating_add(1));
                        self.build.specials.push((n, Special::Class(set), join));
                        for &e in &key[..key.len() - 3] {
                            self.epsilon(e, join);
                        }
                        self.build.joins.insert(key.as_slice().into(), join);
                        join
                    }
                };
                self.give(key);
                join
            };
            ends.push(join);
        }
        ends.sort_unstable();
        ends.dedup();
        cur.clear();
        cur.extend_from_slice(&ends);
        self.give(ends);
    }

    /// Reserves room for about `nodes` more nodes and `edges` more word edges (counting the
    /// ones class edges become).
    pub(crate) fn reserve(&mut self, nodes: usize, edges: usize) {
        self.accept.reserve(nodes);
        self.build.depth.reserve(nodes);
        self.build.more.reserve(edges);
    }

    #[cfg(test)]
    pub(crate) fn node_count(&self) -> usize {
        self.accept.len()
    }

    /// The nodes with the most special edges, after [`Trie::finish`].
    #[cfg(test)]
    pub(crate) fn busiest(&self) -> Vec<(usize, usize)> {
        let mut v: Vec<(usize, usize)> = (0..self.nodes.len() - 1)
            .map(|n| (self.specials_of(n as u32).len(), n))
            .collect();
        v.sort_unstable_by(|a, b| b.cmp(a));
        v.truncate(10);
        v
    }

    /// Sizes, for diagnostics.
    #[cfg(test)]
    pub(crate) fn stats(&self) -> String {
        format!(
            "{} nodes, {} edges, {} special edges",
            self.accept.len(),
            self.build.more.len(),
            self.specials.len() + self.build.specials.len()
        )
    }

    /// Sizes after [`Trie::finish`], for diagnostics.
    #[cfg(test)]
    pub(crate) fn layout_stats(&self) -> String {
        format!(
            "{} nodes, {} word edges in tables (room for {}), {} special edges, {} in runs",
            self.nodes.len() - 1,
            self.edges.len(),
            self.edges.capacity(),
            self.specials.len(),
            self.multi.len()
        )
    }

    /// Lays the trie out for matching; call once after the last insert. Class edges become
    /// word edges, so a node tests a word with one lookup however many sets it has; small
    /// joins, runs of targets and equivalent nodes are merged first ([`graph`]).
    pub(crate) fn finish(&mut self, vocab_len: usize) {
        let mut g = self.graph(vocab_len);
        g.simplify(&mut self.root);
        self.lay_out(g);
    }

    /// The inserted trie as adjacency lists, emptying what only inserting needed; the root's
    /// array of edges grows to `vocab_len` words.
    fn graph(&mut self, vocab_len: usize) -> Graph {
        self.root.resize(vocab_len.max(self.root.len()), NONE);
        let build = std::mem::take(&mut self.build);
        let mut words = Vec::with_capacity(build.first.len() + build.more.len());
        for (v, &[w, t]) in build.first.iter().enumerate() {
            if w != NONE {
                words.push((v as u32, (w, t)));
            }
        }
        words.extend(build.more.iter().map(|(&(from, w), &t)| (from, (w, t))));
        let mut specials = Vec::with_capacity(build.specials.len());
        for &(from, special, to) in &build.specials {
            match special {
                Special::Class(set) => {
                    let set = build.sets[set as usize].iter();
                    words.extend(set.map(|&w| (from, (w, to))));
                }
                _ => specials.push((from, (special, to))),
            }
        }
        drop(build);
        Graph::new(std::mem::take(&mut self.accept), &words, &specials)
    }

    /// Lays out a graph for matching: per node an entry with its only word edge or the
    /// locator of its table of them, and targets of several nodes as runs in `multi`.
    fn lay_out(&mut self, g: Graph) {
        let n = g.len() as u32;
        let mut tabled = Vec::new();
        self.multi = Vec::new();
        self.specials = Vec::with_capacity((0..n).map(|v| g.specials(v).len()).sum());
        self.nodes = Vec::with_capacity(n as usize + 1);
        for v in 0..n {
            let accept = g.accept(v);
            assert!(
                accept == NONE || accept & NO_RULE == 0,
                "fewer than 2^31 rules"
            );
            let mut entry = [accept, self.specials.len() as u32, NONE, NONE];
            self.specials.extend_from_slice(g.specials(v));
            let words = g.words(v);
            let many = words
                .first()
                .is_some_and(|a| words.iter().any(|b| b.0 != a.0));
            if many {
                entry[1] |= MORE;
            }
            for group in words.chunk_by(|a, b| a.0 == b.0) {
                let target = match group {
                    [(_, t)] => *t,
                    _ => {
                        let at = self.multi.len() as u32;
                        self.multi.push(group.len() as u32);
                        self.multi.extend(group.iter().map(|e| e.1));
                        MULTI | at
                    }
                };
                if many {
                    tabled.push((v, group[0].0, target));
                } else {
                    [entry[2], entry[3]] = [group[0].0, target];
                }
            }
            if g.accept(v) == NONE && g.specials(v).is_empty() {
                entry[1] |= PLAIN;
            }
            self.nodes.push(entry);
        }
        self.nodes
            .push([NONE, self.specials.len() as u32, NONE, NONE]);
        assert!(
            self.specials.len() < OFFSET as usize,
            "fewer than 2^30 special edges"
        );
        assert!(self.set_tables(&tabled), "fewer than 2^26 buckets of edges");
        debug_assert!((self.root.get(UNKNOWN as usize)).is_none_or(|&t| t == NONE));
        // None other is ever put on the root (see `insert_seq` and `pattern::parse`), and the
        // scan takes no other (see `valid` for images).
        debug_assert!(self.root_specials_valid());
        self.set_root_specials();
        self.multi.shrink_to_fit();
        let words = (0..n).flat_map(|v| g.words(v).iter().map(move |&(w, _)| (v, w)));
        self.gap_words = self.gap_words(words);
        self.mark_slots();
    }

    /// Whether the root's special edges are slots and the anchor only, which are all that
    /// [`Trie::scan`] takes from it.
    fn root_specials_valid(&self) -> bool {
        let root = self.specials.get(self.special_range(0));
        root.is_some_and(|root| {
            (root.iter()).all(|(s, _)| matches!(s, Special::Slot(_) | Special::Anchor))
        })
    }

    /// Sets `root_slots` and `root_anchor` from the root's special edges.
    fn set_root_specials(&mut self) {
        (self.root_slots, self.root_anchor) = (0, false);
        for &(special, _) in &self.specials[self.special_range(0)] {
            match special {
                Special::Slot(s) => self.root_slots |= s.bit(),
                Special::Anchor => self.root_anchor = true,
                Special::Gap(_) | Special::Epsilon | Special::Class(_) => {}
            }
        }
    }

    /// Makes the tables of word edges `edges`, (node, word, target) sorted, and writes each
    /// node's locator into its entry; false if they are too large (see [`Edges::new`]).
    fn set_tables(&mut self, edges: &[(u32, u32, u32)]) -> bool {
        let nodes = &mut self.nodes;
        let locate = |v: u32, locator: u32| nodes[v as usize][2] = locator;
        match Edges::new(edges, self.root.len(), locate) {
            Some(tables) => {
                self.edges = tables;
                true
            }
            None => false,
        }
    }

    /// Which buckets the tables of word edges take (see [`Edges`]).
    #[cfg(test)]
    pub(crate) fn edges_kind(&self) -> &'static str {
        self.edges.kind()
    }

    /// The word edges in tables, as (node, word, target), by node.
    #[cfg(test)]
    fn tabled(&self) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
        let many = self.nodes.iter().enumerate().filter(|e| e.1[1] & MORE != 0);
        many.flat_map(|(v, e)| (self.edges.table(e[2])).map(move |(w, t)| (v as u32, w, t)))
    }

    /// Writes the slots of each node that accepts no rule into its accept value (see
    /// [`NO_RULE`]).
    fn mark_slots(&mut self) {
        for v in 0..self.nodes.len().saturating_sub(1) {
            if self.nodes[v][0] != NONE {
                continue;
            }
            let specials = self.specials.get(self.special_range(v as u32));
            let specials = specials.unwrap_or_default();
            let mut bits = 0u8;
            for &(special, _) in specials {
                bits |= match special {
                    Special::Slot(s) => s.bit(),
                    _ => NOT_SLOTS,
                };
            }
            let bits = if bits & 0x80 != 0 { NOT_SLOTS } else { bits };
            self.nodes[v][0] = !0xff | u32::from(bits);
        }
    }

    /// [`Trie::gap_words`] of a laid-out trie whose word edges in tables are `tabled`, as
    /// (node, word); the others are read from the nodes (given twice, no matter).
    fn gap_words(&self, tabled: impl Iterator<Item = (u32, u32)>) -> Vec<u64> {
        let plain = |t: u32| self.nodes[t as usize][1] & PLAIN != 0;
        let mut is_target = vec![false; self.nodes.len()];
        let mut targets: FxHashMap<u32, u64> = FxHashMap::default();
        for &(special, t) in &self.specials {
            if matches!(special, Special::Gap(_)) && plain(t) {
                is_target[t as usize] = true;
                targets.insert(t, 0);
            }
        }
        let only = self.nodes.iter().enumerate().filter(|e| e.1[1] & MORE == 0);
        let only = only.map(|(v, e)| (v as u32, e[2]));
        let edges = only.filter(|e| e.1 != NONE).chain(tabled);
        // Most edges leave other nodes: a look in an array, not a hash, tells.
        for (from, w) in edges.filter(|&(from, _)| is_target[from as usize]) {
            if let Some(bits) = targets.get_mut(&from) {
                *bits |= 1 << (w % 64);
            }
        }
        self.specials
            .iter()
            .map(|&(special, t)| match special {
                Special::Gap(_) => targets.get(&t).copied().unwrap_or(u64::MAX),
                _ => u64::MAX,
            })
            .collect()
    }

    /// Numbers the nodes breadth-first from the root. Insertion numbers them pattern by
    /// pattern, which scatters the few nodes near the root that nearly every search visits
    /// over the whole array, a cache line each; breadth-first, they share lines. It takes
    /// about 7 ms more (`print_stats` in `lexicon`), so only the image, made ahead of time,
    /// is laid out this way (see [`Trie::save`]); numbering an image's trie again changes
    /// nothing.
    #[cfg(test)]
    pub(crate) fn renumber(&mut self) {
        let n = self.nodes.len() - 1;
        // The word edges in tables, grouped by node and in word order within one.
        let mut more: Vec<(u32, u32, u32)> = self.tabled().collect();
        more.sort_unstable();
        let mut more_at = vec![0usize; n + 1];
        for &(from, _, _) in &more {
            more_at[from as usize + 1] += 1;
        }
        for i in 0..n {
            more_at[i + 1] += more_at[i];
        }
        let mut new_id = vec![NONE; n];
        let mut order: Vec<u32> = Vec::with_capacity(n);
        let visit = |t: u32, new_id: &mut Vec<u32>, order: &mut Vec<u32>| {
            let targets = if t == NONE {
                &[][..]
            } else if t & MULTI == 0 {
                std::slice::from_ref(&t)
            } else {
                self.run(t)
            };
            for &x in targets {
                if new_id[x as usize] == NONE {
                    new_id[x as usize] = order.len() as u32;
                    order.push(x);
                }
            }
        };
        visit(0, &mut new_id, &mut order);
        let mut head = 0;
        while head < order.len() {
            let v = order[head] as usize;
            head += 1;
            if v == 0 {
                for &t in &self.root {
                    visit(t, &mut new_id, &mut order);
                }
            }
            visit(self.nodes[v][3], &mut new_id, &mut order);
            for &(_, t) in self.specials_of(v as u32) {
                visit(t, &mut new_id, &mut order);
            }
            for &(_, _, t) in &more[more_at[v]..more_at[v + 1]] {
                visit(t, &mut new_id, &mut order);
            }
        }
        // Nodes no edge reaches (none, in a trie built by `insert`) keep a number too.
        for (x, id) in new_id.iter_mut().enumerate() {
            if *id == NONE {
                *id = order.len() as u32;
                order.push(x as u32);
            }
        }
        let map = |t: u32| {
            if t == NONE || t & MULTI != 0 {
                t
            } else {
                new_id[t as usize]
            }
        };
        let mut nodes = Vec::with_capacity(n + 1);
        let mut specials = Vec::with_capacity(self.specials.len());
        for &x in &order {
            let [accept, flags, word, target] = self.nodes[x as usize];
            let word = if flags & MORE != 0 { NONE } else { word };
            nodes.push([
                accept,
                (flags & !OFFSET) | specials.len() as u32,
                word,
                map(target),
            ]);
            specials.extend(self.specials_of(x).iter().map(|&(sp, t)| (sp, map(t))));
        }
        nodes.push([NONE, specials.len() as u32, NONE, NONE]);
        let mut at = 0;
        while at < self.multi.len() {
            let count = self.multi[at] as usize;
            let run = &mut self.multi[at + 1..at + 1 + count];
            for t in run.iter_mut() {
                *t = new_id[*t as usize];
            }
            run.sort_unstable();
            at += 1 + count;
        }
        let mut more: Vec<_> = (more.into_iter())
            .map(|(from, w, to)| (new_id[from as usize], w, map(to)))
            .collect();
        more.sort_unstable();
        for t in &mut self.root {
            *t = map(*t);
        }
        self.nodes = nodes;
        self.specials = specials;
        assert!(self.set_tables(&more), "renumbering keeps the edges");
        self.gap_words = self.gap_words(more.iter().map(|&(from, w, _)| (from, w)));
    }

    #[cfg(test)]
    /// Saves a finished trie to an image (see [`super::image`]), its nodes numbered
    /// breadth-first ([`Trie::renumber`]) and its edges sorted, so the bytes do not depend on
    /// how the tables hash.
    pub(crate) fn save(&self, w: &mut Writer) {
        let mut t = self.clone();
        t.renumber();
        t.save_as_is(w);
    }

    #[cfg(test)]
    fn save_as_is(&self, w: &mut Writer) {
        // Without the slots in accept values and the tables' locators: loading works them
        // out again.
        let unmarked = |&[accept, flags, word, target]: &[u32; 4]| {
            let accept = if accept & NO_RULE != 0 { NONE } else { accept };
            let word = if flags & MORE != 0 { NONE } else { word };
            [accept, flags, word, target]
        };
        w.u32s(&self.nodes.iter().map(unmarked).collect::<Vec<_>>());
        let specials: Vec<[u32; 2]> = self
            .specials
            .iter()
            .map(|&(special, to)| [special.code(), to])
            .collect();
        w.u32s(&specials);
        w.u32s(&[[u32::from(self.root_slots) | u32::from(self.root_anchor) << 8]]);
        let mut edges: Vec<[u32; 3]> = self.tabled().map(|(n, w, t)| [n, w, t]).collect();
        edges.sort_unstable();
        // Sorted by node, each edge's node is saved as the step from the one before.
        let mut last = 0;
        for e in &mut edges {
            (e[0], last) = (e[0] - last, e[0]);
        }
        w.u32s(&edges);
        let column = |vs: &[u32]| vs.iter().map(|&v| [v]).collect::<Vec<_>>();
        w.u32s(&column(&self.multi));
        w.u32s(&column(&self.root));
    }

    /// Reads a trie saved by `Trie::save`, checking that every index in it is in range, so
    /// matching on it cannot go out of bounds.
    pub(crate) fn load(r: &mut Reader) -> Option<Trie> {
        let nodes = r.u32s::<4>()?;
        let specials = r
            .u32s::<2>()?
            .into_iter()
            .map(|[code, to]| Some((Special::from_code(code)?, to)))
            .collect::<Option<_>>()?;
        let [roots] = *r.u32s::<1>()?.first()?;
        let mut edges = r.u32s::<3>()?;
        let multi = r.u32s::<1>()?.into_flattened();
        let root = r.u32s::<1>()?.into_flattened();
        let mut from = 0u32;
        for e in &mut edges {
            from = from.checked_add(e[0])?;
            e[0] = from;
        }
        let mut t = Trie {
            nodes,
            accept: Vec::new(),
            specials,
            gap_words: Vec::new(),
            root_slots: (roots & 0xff) as u8,
            root_anchor: roots >> 8 == 1,
            edges: Edges::default(),
            multi,
            root,
            build: Build::default(),
        };
        if !t.valid(&edges) {
            return None;
        }
        // What the image says of the root's special edges is what they are.
        let said = (t.root_slots, t.root_anchor);
        t.set_root_specials();
        if said != (t.root_slots, t.root_anchor) {
            return None;
        }
        // The root's array has an entry for every word.
        if edges
            .iter()
            .any(|&[_, word, _]| word as usize >= t.root.len())
        {
            return None;
        }
        let tabled: Vec<_> = edges.iter().map(|&[from, w, to]| (from, w, to)).collect();
        if !t.set_tables(&tabled) {
            return None;
        }
        t.gap_words = t.gap_words(edges.iter().map(|&[from, word, _]| (from, word)));
        if t.nodes.iter().any(|e| e[0] != NONE && e[0] & NO_RULE != 0) {
            return None;
        }
        t.mark_slots();
        Some(t)
    }

    /// Whether every node, special edge, target and run a loaded trie refers to exists, with
    /// `edges` the (node, word, target) its tables are to hold: sorted, each (node, word) once,
    /// two or more from each node marked [`MORE`] (whose entry holds no word edge) and none
    /// from the others.
    fn valid(&self, edges: &[[u32; 3]]) -> bool {
        let n = self.nodes.len() as u32;
        let specials = self.specials.len() as u32;
        let run_ok = |at: u32| {
            let at = at as usize;
            self.multi.get(at).is_some_and(|&c| {
                self.multi
                    .get(at + 1..at + 1 + c as usize)
                    .is_some_and(|ts| ts.iter().all(|&t| t < n - 1))
            })
        };
        let target_ok = |t: u32| {
            t == NONE || (t & MULTI == 0 && t < n - 1) || (t & MULTI != 0 && run_ok(t & !MULTI))
        };
        // The root, and the entry that ends the last node's special edges.
        n > 1
            && self
                .nodes
                .windows(2)
                .all(|w| (w[0][1] & OFFSET) <= (w[1][1] & OFFSET))
            && (self.nodes[n as usize - 1][1] & OFFSET) <= specials
            && self.nodes.iter().all(|&[_, _, _, t]| target_ok(t))
            && self.specials.iter().all(|&(_, t)| t < n - 1)
            && edges
                .iter()
                .all(|&[from, _, t]| from < n - 1 && target_ok(t))
            && edges.windows(2).all(|e| e[0][..2] < e[1][..2])
            && {
                let mut tabled = vec![0u8; n as usize];
                for &[from, _, _] in edges {
                    tabled[from as usize] = tabled[from as usize].saturating_add(1);
                }
                (self.nodes.iter().zip(tabled)).all(|(&[_, flags, word, t], count)| {
                    if flags & MORE != 0 {
                        count >= 2 && (word, t) == (NONE, NONE)
                    } else {
                        count == 0
                    }
                })
            }
            && self.root.iter().all(|&t| t == NONE || t < n - 1)
            && self.root.get(UNKNOWN as usize).is_none_or(|&t| t == NONE)
            && self.root_specials_valid()
    }

    #[cfg(test)]
    fn specials_of(&self, node: u32) -> &[(Special, u32)] {
        &self.specials[self.special_range(node)]
    }

    /// Where the special edges of `node` are in `specials` (and `gap_words`).
    #[inline(always)]
    fn special_range(&self, node: u32) -> std::ops::Range<usize> {
        (self.nodes[node as usize][1] & OFFSET) as usize
            ..(self.nodes[node as usize + 1][1] & OFFSET) as usize
    }

    /// The word edge `id` from `node` (not the root, whose edges [`Trie::scan`] takes).
    #[inline(always)]
    fn step(&self, node: u32, id: u32) -> Option<u32> {
        debug_assert_ne!(node, 0, "the root's edges are taken by scan");
        if id == UNKNOWN {
            return None;
        }
        let [_, specials, word, target] = self.nodes[node as usize];
        let next = if specials & MORE != 0 {
            self.edges.get(word, id)
        } else if word == id {
            target
        } else {
            NONE
        };
        (next != NONE).then_some(next)
    }

    /// Scans `items` leftmost-longest and pushes the non-overlapping matches to `out`.
    pub(crate) fn scan(&self, items: &[Item], search: &mut Search, out: &mut Vec<Match>) {
        search.seen_for = usize::MAX;
        let mut start = 0;
        while start < items.len() {
            let it = &items[start];
            // The root's own edges are tried here, so that a position where none applies
            // costs one array lookup.
            // No edge leaves the root on `UNKNOWN` (see `valid`).
            let child = self.root.get(it.id as usize).copied().unwrap_or(NONE);
            // Without short circuits: one branch, not three whose outcomes change from one
            // word to the next.
            let specials = (it.slots & self.root_slots != 0)
                | (self.root_anchor & (it.flags & Item::SENT_START != 0));
            if ((child == NONE) & !specials) | (it.flags & Item::BARRIER != 0) {
                start += 1;
                continue;
            }
            let stack = &mut search.stack;
            stack.clear();
            if specials {
                // The root's special edges are slots and the anchor only (see `lay_out`).
                for &(special, next) in &self.specials[self.special_range(0)] {
                    let at = match special {
                        Special::Slot(s) if it.slots & s.bit() != 0 => start + 1,
                        Special::Anchor if it.flags & Item::SENT_START != 0 => start,
                        _ => continue,
                    };
                    self.enter(next, at, items, stack);
                }
            }
            if child != NONE {
                self.enter(child, start + 1, items, stack);
            }
            // Most starts end here: no root edge leads anywhere.
            if stack.is_empty() {
                start += 1;
                continue;
            }
            match self.longest_at(items, start, search) {
                Some((end, rule)) => {
                    out.push(Match { start, end, rule });
                    // A match that ends with a comma or the like shares it with the next one,
                    // whose context it may be; a search starts here at most twice.
                    start = if end - start > 1 && items[end - 1].flags & Item::JOINS != 0 {
                        end - 1
                    } else {
                        end
                    };
                }
                None => start += 1,
            }
        }
    }

    /// The longest match from `start` (the lowest rule on a tie), exploring from the states
    /// on `stack` (the root's edges already taken).
    fn longest_at(
        &self,
        items: &[Item],
        start: usize,
        search: &mut Search,
    ) -> Option<(usize, u32)> {
        let Search {
            stack,
            seen,
            seen_for,
        } = search;
        let mut best: Option<(usize, u32)> = None;
        let mut work = 0;
        'paths: while let Some((mut node, pos)) = stack.pop() {
            // What waits on the stack is bounded too: each push is work of its own.
            if stack.len() > MAX_WORK {
                break;
            }
            let mut pos = pos as usize;
            // Follow one path; branches go on the stack. A word step with one target, the
            // common case, continues here without the stack.
            loop {
                work += 1;
                if work > MAX_WORK {
                    break 'paths;
                }
                let [accept, ..] = self.nodes[node as usize];
                if accept & NO_RULE == 0 && pos > start {
                    let better = match best {
                        None => true,
                        Some((end, rule)) => pos > end || (pos == end && accept < rule),
                    };
                    if better {
                        best = Some((pos, accept));
                    }
                }
                // A barrier (quoted text) or the end: only epsilon steps remain possible.
                let it = items.get(pos).filter(|it| it.flags & Item::BARRIER == 0);
                let mut seen = if work > DEDUP_FROM {
                    if *seen_for != start {
                        seen.clear();
                        *seen_for = start;
                    }
                    Some(&mut *seen)
                } else {
                    None
                };
                for i in self.special_range(node) {
                    let (special, next) = self.specials[i];
                    let words = self.gap_words[i];
                    let seen = seen.as_deref_mut();
                    self.follow(special, next, words, items, pos, it, stack, seen);
                }
                let Some(next) = it.and_then(|it| self.step(node, it.id)) else {
                    continue 'paths;
                };
                if next & MULTI == 0 {
                    node = next;
                    pos += 1;
                    continue;
                }
                self.enter_run(next, pos + 1, items, stack);
                continue 'paths;
            }
        }
        best
    }

    /// Pushes where the special edge `special` to `next` leads from position `pos`; with
    /// `seen`, not where the search has been after a gap before. A gap goes only where the
    /// word is among `words` (see [`Trie::gap_words`]).
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn follow(
        &self,
        special: Special,
        next: u32,
        words: u64,
        items: &[Item],
        pos: usize,
        it: Option<&Item>,
        stack: &mut Vec<(u32, u32)>,
        seen: Option<&mut Seen>,
    ) {
        // An epsilon step consumes nothing, so it is taken at a barrier or the end too. The
        // steps share one `enter` (inlined, it is most of the code) with the gap's.
        let at = match (special, it) {
            (Special::Epsilon, _) => pos,
            (_, None) => return,
            (Special::Slot(s), Some(it)) if it.slots & s.bit() != 0 => pos + 1,
            (Special::Anchor, Some(it)) if it.flags & Item::SENT_START != 0 => pos,
            (Special::Gap(k), Some(_)) => {
                // Where the word cannot go on from `next`, entering it would do nothing.
                let may = |at: usize| {
                    words == u64::MAX
                        || items
                            .get(at)
                            .is_some_and(|it| words >> (it.id % 64) & 1 != 0)
                };
                let mut seen = seen;
                for g in (0..=usize::from(k)).take_while(|&g| gap_reaches(items, pos, g)) {
                    let again = |seen: &mut Seen| seen.again(next, pos + g);
                    if may(pos + g) && !seen.as_deref_mut().is_some_and(again) {
                        self.enter(next, pos + g, items, stack);
                    }
                }
                return;
            }
            // Slots the item does not fill, anchors off a sentence's start; class edges are
            // turned into word edges by `finish`.
            _ => return,
        };
        self.enter(next, at, items, stack);
    }

    /// Pushes the state `node` at `pos`; a node that neither accepts nor has special edges
    /// can only take a word step, so that step is taken here and a dead end costs no state.
    /// So is a node whose special edges are all slots the item at `pos` does not fill.
    #[inline(always)]
    fn enter(&self, node: u32, pos: usize, items: &[Item], stack: &mut Vec<(u32, u32)>) {
        let it = items.get(pos).filter(|it| it.flags & Item::BARRIER == 0);
        // A plain node's slots are none: it needs no test of its own.
        let [accept, ..] = self.nodes[node as usize];
        let slots = if accept & NO_RULE != 0 {
            accept as u8
        } else {
            NOT_SLOTS
        };
        if slots == NOT_SLOTS || it.is_some_and(|it| it.slots & slots != 0) {
            stack.push((node, pos as u32));
            return;
        }
        let Some(it) = it else {
            return;
        };
        if let Some(next) = self.step(node, it.id) {
            self.push_targets(next, pos + 1, stack);
        }
    }

    /// Enters each node of the run of targets `next` (a [`MULTI`] edge value) at `pos`, so
    /// that the many targets that a class word leads to and that cannot go on are dropped
    /// here rather than each pushed and popped.
    #[inline]
    fn enter_run(&self, next: u32, pos: usize, items: &[Item], stack: &mut Vec<(u32, u32)>) {
        for &t in self.run(next) {
            self.enter(t, pos, items, stack);
        }
    }

    /// Pushes the state(s) a word edge leads to: one node, or with [`MULTI`] a run of them.
    #[inline(always)]
    fn push_targets(&self, next: u32, pos: usize, stack: &mut Vec<(u32, u32)>) {
        if next & MULTI == 0 {
            stack.push((next, pos as u32));
            return;
        }
        for &t in self.run(next) {
            stack.push((t, pos as u32));
        }
    }

    /// The run of targets a [`MULTI`] edge value names: a count in `multi`, then the nodes.
    #[inline(always)]
    fn run(&self, next: u32) -> &[u32] {
        let at = (next & !MULTI) as usize;
        let count = self.multi[at] as usize;
        &self.multi[at + 1..at + 1 + count]
    }
}

/// Whether a gap from `pos` may skip `g` items: none of them ends a sentence or is quoted
/// text, and a `g`th item follows in the same sentence.
#[inline(always)]
fn gap_reaches(items: &[Item], pos: usize, g: usize) -> bool {
    g == 0
        || (items[pos + g - 1].flags & (Item::SENT_END | Item::BARRIER) == 0
            && items
                .get(pos + g)
                .is_some_and(|i| i.flags & Item::SENT_START == 0))
}

/// The word of a one-word alternative.
fn single_word(alt: &[Piece]) -> Option<u32> {
    match alt {
        [Piece::Lit(id)] => Some(*id),
        _ => None,
    }
}
