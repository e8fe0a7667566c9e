//! All patterns of all lexicons compiled into one trie over token ids, scanned
//! leftmost-longest.
//!
//! Literal steps are hash-map edges (an array at the root, which every position visits);
//! slots, gaps and the sentence anchor are the few "special" edges a node may have. Matching
//! from one start explores the trie depth-first; the number of steps per start is capped, so
//! a scan is linear in the number of tokens whatever the lexicons hold.

use rustc_hash::FxHashMap;

use super::pattern::{Piece, Slot};
use super::vocab::UNKNOWN;

const NONE: u32 = u32::MAX;
/// A cap on the work done from one start position; real lexicons need a few dozen steps.
const MAX_STEPS: usize = 4096;
/// Nodes at least this many tokens from the root may carry epsilon (join) edges.
const SHALLOW: u8 = 3;

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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Special {
    Slot(Slot),
    Gap(u8),
    Anchor,
    /// Joins the ends of a group's alternatives without consuming a token.
    Epsilon,
}

#[derive(Clone, Debug)]
struct Node {
    accept: u32,
    special: Vec<(Special, u32)>,
}

/// A match: items `start..end` matched the rule `rule`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    pub start: usize,
    pub end: usize,
    pub rule: u32,
}

#[derive(Clone, Debug)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    /// The slots the root's special edges accept, and whether it has an anchor edge: a
    /// position none of whose root edges can apply is skipped without a search.
    root_slots: u8,
    root_anchor: bool,
    edges: FxHashMap<(u32, u32), u32>,
    root: Vec<u32>,
    /// Build only: how many tokens from the root each node is (saturating).
    depth: Vec<u8>,
}

impl Default for Trie {
    fn default() -> Trie {
        Trie {
            nodes: vec![Node {
                accept: NONE,
                special: Vec::new(),
            }],
            root_slots: 0,
            root_anchor: false,
            edges: FxHashMap::default(),
            root: Vec::new(),
            depth: vec![0],
        }
    }
}

impl Trie {
    /// Adds a parsed pattern for `rule`. Literal steps share the trie's prefixes; each group
    /// ends in a fresh join node, so a pattern costs nodes in proportion to its written size,
    /// not to the number of phrases it expands to.
    pub(crate) fn insert(&mut self, pieces: &[Piece], rule: u32) {
        let ends = self.insert_seq(pieces, vec![0]);
        for end in ends {
            let node = &mut self.nodes[end as usize];
            // On a tie the rule inserted first keeps the sequence.
            if node.accept == NONE {
                node.accept = rule;
            }
        }
    }

    fn new_node(&mut self, depth: u8) -> u32 {
        self.nodes.push(Node {
            accept: NONE,
            special: Vec::new(),
        });
        self.depth.push(depth);
        (self.nodes.len() - 1) as u32
    }

    fn lit(&mut self, from: u32, id: u32) -> u32 {
        let len = self.nodes.len() as u32;
        let next = *self.edges.entry((from, id)).or_insert(len);
        if next == len {
            self.new_node(self.depth[from as usize].saturating_add(1));
        }
        next
    }

    fn special(&mut self, from: u32, special: Special) -> u32 {
        if let Some(&(_, n)) = self.nodes[from as usize]
            .special
            .iter()
            .find(|(s, _)| *s == special)
        {
            return n;
        }
        let step = u8::from(matches!(special, Special::Slot(_)));
        let n = self.new_node(self.depth[from as usize].saturating_add(step));
        self.nodes[from as usize].special.push((special, n));
        n
    }

    fn insert_seq(&mut self, pieces: &[Piece], mut cur: Vec<u32>) -> Vec<u32> {
        for piece in pieces {
            cur = match piece {
                Piece::Lits(ids) => cur
                    .into_iter()
                    .map(|mut n| {
                        for &id in ids {
                            n = self.lit(n, id);
                        }
                        n
                    })
                    .collect(),
                Piece::Slot(s) => cur
                    .into_iter()
                    .map(|n| self.special(n, Special::Slot(*s)))
                    .collect(),
                Piece::Gap(k) => cur
                    .into_iter()
                    .map(|n| self.special(n, Special::Gap(*k)))
                    .collect(),
                Piece::Anchor => cur
                    .into_iter()
                    .map(|n| self.special(n, Special::Anchor))
                    .collect(),
                Piece::Group { alts, optional } => {
                    let mut ends: Vec<u32> = if *optional { cur.clone() } else { Vec::new() };
                    for alt in alts {
                        ends.extend(self.insert_seq(alt, cur.clone()));
                    }
                    ends.sort_unstable();
                    ends.dedup();
                    // Join the ends through one epsilon node so the rest of the pattern is
                    // inserted once, not once per alternative. Ends near the root keep their
                    // own branches: they are visited at nearly every position (the root at
                    // all, "i" or "your" at most), and each epsilon edge on them would be
                    // followed every time.
                    let deep = ends
                        .iter()
                        .filter(|&&e| self.depth[e as usize] >= SHALLOW)
                        .count();
                    if deep > 1 {
                        let join = self.new_node(SHALLOW);
                        for &e in &ends {
                            if self.depth[e as usize] >= SHALLOW {
                                self.nodes[e as usize]
                                    .special
                                    .push((Special::Epsilon, join));
                            }
                        }
                        ends.retain(|&e| self.depth[e as usize] < SHALLOW);
                        ends.push(join);
                    }
                    ends
                }
            };
        }
        cur
    }

    /// Reserves room for about `nodes` more nodes and edges.
    pub(crate) fn reserve(&mut self, nodes: usize) {
        self.nodes.reserve(nodes);
        self.depth.reserve(nodes);
        self.edges.reserve(nodes);
    }

    /// Sizes, for diagnostics.
    #[cfg(test)]
    pub(crate) fn stats(&self) -> String {
        let specials: usize = self.nodes.iter().map(|n| n.special.len()).sum();
        format!(
            "{} nodes, {} edges, {} special edges",
            self.nodes.len(),
            self.edges.len(),
            specials
        )
    }

    /// Builds the root lookup table; call once after the last insert.
    pub(crate) fn finish(&mut self, vocab_len: usize) {
        self.root = vec![NONE; vocab_len];
        for (&(from, id), &to) in &self.edges {
            if from == 0 {
                self.root[id as usize] = to;
            }
        }
        self.edges.retain(|&(from, _), _| from != 0);
        self.depth = Vec::new();
        for &(special, _) in &self.nodes[0].special {
            match special {
                Special::Slot(s) => self.root_slots |= s.bit(),
                Special::Anchor => self.root_anchor = true,
                // Neither is ever put on the root (see `insert_seq` and `pattern::parse`).
                Special::Gap(_) | Special::Epsilon => {}
            }
        }
        self.edges.shrink_to_fit();
    }

    fn step(&self, node: u32, id: u32) -> Option<u32> {
        if id == UNKNOWN {
            return None;
        }
        let next = if node == 0 {
            self.root.get(id as usize).copied().unwrap_or(NONE)
        } else {
            self.edges.get(&(node, id)).copied().unwrap_or(NONE)
        };
        (next != NONE).then_some(next)
    }

    /// Scans `items` leftmost-longest and pushes the non-overlapping matches to `out`.
    /// `stack` is scratch space.
    pub(crate) fn scan(&self, items: &[Item], stack: &mut Vec<(u32, u32)>, out: &mut Vec<Match>) {
        let mut start = 0;
        while start < items.len() {
            let it = items[start];
            let maybe = self.step(0, it.id).is_some()
                || it.slots & self.root_slots != 0
                || (self.root_anchor && it.flags & Item::SENT_START != 0);
            if !maybe || it.flags & Item::BARRIER != 0 {
                start += 1;
                continue;
            }
            match self.longest_at(items, start, stack) {
                Some((end, rule)) => {
                    out.push(Match { start, end, rule });
                    start = end;
                }
                None => start += 1,
            }
        }
    }

    fn longest_at(
        &self,
        items: &[Item],
        start: usize,
        stack: &mut Vec<(u32, u32)>,
    ) -> Option<(usize, u32)> {
        let mut best: Option<(usize, u32)> = None;
        stack.clear();
        stack.push((0, start as u32));
        let mut steps = 0;
        while let Some((node, pos)) = stack.pop() {
            steps += 1;
            if steps > MAX_STEPS {
                break;
            }
            let pos = pos as usize;
            let n = &self.nodes[node as usize];
            if n.accept != NONE && pos > start {
                let better = match best {
                    None => true,
                    Some((end, rule)) => pos > end || (pos == end && n.accept < rule),
                };
                if better {
                    best = Some((pos, n.accept));
                }
            }
            // A barrier (quoted text) or the end: only epsilon steps remain possible.
            let it = items.get(pos).filter(|it| it.flags & Item::BARRIER == 0);
            if let Some(it) = it {
                if let Some(next) = self.step(node, it.id) {
                    stack.push((next, pos as u32 + 1));
                }
            }
            for &(special, next) in &n.special {
                match special {
                    Special::Epsilon => stack.push((next, pos as u32)),
                    _ if it.is_none() => {}
                    Special::Slot(s) => {
                        if it.is_some_and(|it| it.slots & s.bit() != 0) {
                            stack.push((next, pos as u32 + 1));
                        }
                    }
                    Special::Anchor => {
                        if it.is_some_and(|it| it.flags & Item::SENT_START != 0) {
                            stack.push((next, pos as u32));
                        }
                    }
                    Special::Gap(k) => {
                        stack.push((next, pos as u32));
                        for g in 1..=usize::from(k) {
                            let skipped = &items[pos + g - 1];
                            if skipped.flags & (Item::SENT_END | Item::BARRIER) != 0
                                || items
                                    .get(pos + g)
                                    .is_none_or(|i| i.flags & Item::SENT_START != 0)
                            {
                                break;
                            }
                            stack.push((next, (pos + g) as u32));
                        }
                    }
                }
            }
        }
        best
    }
}
