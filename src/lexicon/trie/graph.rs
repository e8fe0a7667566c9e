//! The trie as adjacency lists, between the last insert and the layout for matching: where
//! a search would enter several states at one position to the effect of one, they become
//! one.
//!
//! Three rewrites, all exact (a scan finds the same matches):
//! - **Small joins are copied.** A state at a node with an epsilon edge also enters, at the
//!   same position, the node the edge leads to: a join, where a group's alternatives meet.
//!   When the join has at most [`COPY_LIMIT`] edges, the node takes them over (and the
//!   join's rule, if the join accepts) in place of the epsilon edge, and the search saves
//!   a state.
//! - **Runs of targets are merged.** A word edge to several nodes (class edges from one node
//!   sharing a word, or edges copied above) leads instead to one new node with all their
//!   edges and the lowest rule they accept: the subset construction that makes an automaton
//!   deterministic. "i can" then leads to one node, where the trie had one per pattern
//!   through "(can|could)", each tried against the next word.
//!
//! - **Nodes a search cannot tell apart become one** ([`Graph::minimize`]): those that accept
//!   the same rule and have the same edges to nodes it cannot tell apart, as in a minimal
//!   acyclic automaton. Patterns that go on alike after different words ("(ok|okay|right)
//!   so ...") and the copies above share their nodes again. On the shipped lexicons this
//!   keeps a quarter of the nodes (85,902 → 21,673), which the cache feels.
//!
//! The copies cost memory, so the first two stop at a budget of as many word edges again as
//! the trie had; edges past it are left as they were. Nodes that nothing reaches afterwards
//! (joins whose every way in was copied) are dropped.

use std::collections::VecDeque;
use std::ops::Range;

use rustc_hash::FxHashMap;

use super::{NONE, Special};

/// The most edges (word and special) a join may have and still be copied into the nodes
/// that lead to it. On the shipped lexicons, 1 to 4 each saved instructions on the bench
/// replies; 8 saved under 1% more, for a sixth more edges.
const COPY_LIMIT: usize = 4;

/// Per node, a list in one flat array: a node's list is a range of it, and a list that
/// changes is written anew at the end (what it leaves behind is bounded by the budget).
struct Lists<T> {
    at: Vec<(u32, u32)>,
    all: Vec<T>,
}

impl<T: Copy> Lists<T> {
    /// The lists of `n` nodes from (node, item) pairs, each list in the order given.
    fn new(n: usize, items: &[(u32, T)]) -> Lists<T> {
        let mut count = vec![0u32; n + 1];
        for &(v, _) in items {
            count[v as usize + 1] += 1;
        }
        for i in 0..n {
            count[i + 1] += count[i];
        }
        let mut fill = count.clone();
        let mut all = Vec::with_capacity(items.len());
        // Every slot is written below; the first item stands in until then.
        if let Some(&(_, x)) = items.first() {
            all.resize(items.len(), x);
        }
        for &(v, x) in items {
            all[fill[v as usize] as usize] = x;
            fill[v as usize] += 1;
        }
        let at = (0..n)
            .map(|v| (count[v], count[v + 1] - count[v]))
            .collect();
        Lists { at, all }
    }

    fn get(&self, node: u32) -> &[T] {
        let (start, len) = self.at[node as usize];
        &self.all[start as usize..(start + len) as usize]
    }

    fn range(&self, node: u32) -> Range<usize> {
        let (start, len) = self.at[node as usize];
        start as usize..(start + len) as usize
    }

    /// Makes the list of `node` what `items` holds.
    fn set(&mut self, node: u32, items: &[T]) {
        let (start, len) = &mut self.at[node as usize];
        if items.len() <= *len as usize {
            let start = *start as usize;
            self.all[start..start + items.len()].copy_from_slice(items);
        } else {
            *start = self.all.len() as u32;
            self.all.extend_from_slice(items);
        }
        *len = items.len() as u32;
    }

    fn push_node(&mut self) {
        self.at.push((0, 0));
    }

    /// Keeps the lists of the nodes `keep` says, in order.
    fn retain(&mut self, keep: &[u32]) {
        retain_with(&mut self.at, keep);
    }

    fn for_each_mut(&mut self, mut f: impl FnMut(&mut T)) {
        for v in 0..self.at.len() {
            let range = self.range(v as u32);
            for x in &mut self.all[range] {
                f(x);
            }
        }
    }
}

/// The word edges, special edges and accepted rule of every node.
pub(super) struct Graph {
    /// Per node, the rule it accepts, or [`NONE`].
    accept: Vec<u32>,
    /// Per node, its special edges: in insertion order, or sorted once merged.
    specials: Lists<(Special, u32)>,
    /// Per node, its word edges as (word, target), sorted and without repeats; a word with
    /// several targets has an entry for each. The root's are kept apart, in an array.
    words: Lists<(u32, u32)>,
}

impl Graph {
    /// The graph of the nodes numbered `0..accept.len()`, with the rules they accept and
    /// their edges as (from, word, to) and (from, special, to), in any order.
    pub fn new(
        accept: Vec<u32>,
        words: &[(u32, (u32, u32))],
        specials: &[(u32, (Special, u32))],
    ) -> Graph {
        let n = accept.len();
        let mut words = Lists::new(n, words);
        for v in 0..n {
            let range = words.range(v as u32);
            let list = &mut words.all[range];
            list.sort_unstable();
            let len = dedup(list);
            words.at[v].1 = len as u32;
        }
        Graph {
            accept,
            specials: Lists::new(n, specials),
            words,
        }
    }

    pub fn len(&self) -> usize {
        self.accept.len()
    }

    pub fn accept(&self, node: u32) -> u32 {
        self.accept[node as usize]
    }

    pub fn specials(&self, node: u32) -> &[(Special, u32)] {
        self.specials.get(node)
    }

    pub fn words(&self, node: u32) -> &[(u32, u32)] {
        self.words.get(node)
    }

    /// Copies small joins and merges runs (see the module documentation), drops the nodes
    /// nothing reaches, then merges the nodes a search cannot tell apart, renumbering the
    /// rest and the root's edges `root`.
    pub fn simplify(&mut self, root: &mut [u32]) {
        let budget = self.words.all.len();
        self.simplify_within(root, budget);
    }

    /// [`Graph::simplify`], copying at most `budget` edges. The nodes are visited breadth
    /// first from the root, so the budget goes where searches go most.
    fn simplify_within(&mut self, root: &mut [u32], mut budget: usize) {
        let mut merged: FxHashMap<Box<[u32]>, u32> = FxHashMap::default();
        let mut seen = vec![false; self.len()];
        let mut queue = VecDeque::new();
        let visit = |t: u32, seen: &mut Vec<bool>, queue: &mut VecDeque<u32>| {
            if seen.len() <= t as usize {
                seen.resize(t as usize + 1, false);
            }
            if !seen[t as usize] {
                seen[t as usize] = true;
                queue.push_back(t);
            }
        };
        for &t in root.iter().filter(|&&t| t != NONE) {
            visit(t, &mut seen, &mut queue);
        }
        visit(0, &mut seen, &mut queue);
        let mut buf = Buffers::default();
        while let Some(n) = queue.pop_front() {
            if n != 0 {
                self.copy_joins(n, &mut buf, &mut budget);
                self.merge_runs(n, &mut merged, &mut buf, &mut budget);
            }
            for i in self.specials.range(n) {
                visit(self.specials.all[i].1, &mut seen, &mut queue);
            }
            for i in self.words.range(n) {
                visit(self.words.all[i].1, &mut seen, &mut queue);
            }
        }
        self.prune(root);
        self.minimize(root);
    }

    /// Merges the nodes that a search cannot tell apart: those that accept the same rule and
    /// have the same edges to nodes it cannot tell apart. Insertion gives each pattern its own
    /// nodes, and copying joins and merging runs above copies more, so many nodes end in the
    /// same ways; this keeps one of each, and renumbers the rest and the root's edges `root`.
    fn minimize(&mut self, root: &mut [u32]) {
        const NEW: u8 = 0;
        const OPEN: u8 = 1;
        const DONE: u8 = 2;
        let n = self.len();
        let mut state = vec![NEW; n];
        // Per node, its class: the merged node it becomes.
        let mut class = vec![NONE; n];
        // Per class, the node that stands for it.
        let mut reps: Vec<u32> = Vec::new();
        type Key = (u32, Box<[(u32, u32)]>, Box<[(Special, u32)]>);
        let mut classes: FxHashMap<Key, u32> = FxHashMap::default();
        let mut stack = Vec::new();
        let starts = root.iter().copied().filter(|&t| t != NONE);
        for start in starts.chain(std::iter::once(0)) {
            stack.push(start);
            while let Some(&v) = stack.last() {
                match state[v as usize] {
                    NEW => {
                        state[v as usize] = OPEN;
                        let words = self.words.get(v).iter().map(|e| e.1);
                        let specials = self.specials.get(v).iter().map(|e| e.1);
                        for t in words.chain(specials) {
                            if state[t as usize] == NEW {
                                stack.push(t);
                            }
                        }
                    }
                    OPEN => {
                        stack.pop();
                        state[v as usize] = DONE;
                        let c = |t: u32| class[t as usize];
                        let mut words: Vec<(u32, u32)> =
                            self.words.get(v).iter().map(|&(w, t)| (w, c(t))).collect();
                        let mut specials: Vec<(Special, u32)> = self
                            .specials
                            .get(v)
                            .iter()
                            .map(|&(s, t)| (s, c(t)))
                            .collect();
                        // The root stays apart, and so does a node on a cycle (which
                        // patterns do not make): its class is its own.
                        let unique = v == 0
                            || words.iter().any(|e| e.1 == NONE)
                            || specials.iter().any(|e| e.1 == NONE);
                        let next = reps.len() as u32;
                        let id = if unique {
                            next
                        } else {
                            words.sort_unstable();
                            words.dedup();
                            specials.sort_unstable();
                            specials.dedup();
                            let key = (self.accept[v as usize], words.into(), specials.into());
                            *classes.entry(key).or_insert(next)
                        };
                        if id == next {
                            reps.push(v);
                        }
                        class[v as usize] = id;
                    }
                    _ => {
                        stack.pop();
                    }
                }
            }
        }
        if reps.len() == n {
            return;
        }
        // The merged nodes in the order of the nodes that stand for them: the root first.
        let mut order: Vec<u32> = (0..reps.len() as u32).collect();
        order.sort_unstable_by_key(|&c| reps[c as usize]);
        let mut new_of = vec![NONE; reps.len()];
        for (i, &c) in order.iter().enumerate() {
            new_of[c as usize] = i as u32;
        }
        let map = |t: u32| new_of[class[t as usize] as usize];
        let mut accept = Vec::with_capacity(order.len());
        let mut words = Vec::new();
        let mut specials = Vec::new();
        for (i, &c) in order.iter().enumerate() {
            let v = reps[c as usize];
            accept.push(self.accept[v as usize]);
            let i = i as u32;
            words.extend(self.words.get(v).iter().map(|&(w, t)| (i, (w, map(t)))));
            let from = specials.len();
            specials.extend(self.specials.get(v).iter().map(|&(s, t)| (i, (s, map(t)))));
            specials[from..].sort_unstable();
            let len = dedup(&mut specials[from..]);
            specials.truncate(from + len);
        }
        for t in root.iter_mut().filter(|t| **t != NONE) {
            *t = map(*t);
        }
        *self = Graph::new(accept, &words, &specials);
    }

    /// How many edges of `node` a copy of it takes.
    fn size(&self, node: u32) -> usize {
        self.words.get(node).len() + self.specials.get(node).len()
    }

    /// Gives `to` the edges of `from` and the lower of their rules.
    fn absorb(&mut self, to: u32, from: &[u32], buf: &mut Buffers) {
        buf.words.clear();
        buf.words.extend_from_slice(self.words.get(to));
        buf.specials.clear();
        buf.specials.extend_from_slice(self.specials.get(to));
        for &f in from {
            buf.words.extend_from_slice(self.words.get(f));
            buf.specials.extend_from_slice(self.specials.get(f));
            self.accept[to as usize] = self.accept[to as usize].min(self.accept[f as usize]);
        }
        buf.words.sort_unstable();
        buf.words.dedup();
        // In any order: a search follows them all.
        buf.specials.sort_unstable();
        buf.specials.dedup();
        self.words.set(to, &buf.words);
        self.specials.set(to, &buf.specials);
    }

    /// Replaces the epsilon edges of `n` into joins of at most [`COPY_LIMIT`] edges by the
    /// joins' edges, until none is left (a copied join may bring epsilon edges of its own).
    fn copy_joins(&mut self, n: u32, buf: &mut Buffers, budget: &mut usize) {
        loop {
            let mut joins = std::mem::take(&mut buf.set);
            joins.clear();
            let mut kept = std::mem::take(&mut buf.kept);
            kept.clear();
            for &(special, to) in self.specials.get(n) {
                let size = self.size(to);
                if special == Special::Epsilon && to != n && size <= COPY_LIMIT && size <= *budget {
                    *budget -= size;
                    joins.push(to);
                } else {
                    kept.push((special, to));
                }
            }
            let done = joins.is_empty();
            if !done {
                self.specials.set(n, &kept);
                self.absorb(n, &joins, buf);
            }
            buf.set = joins;
            buf.kept = kept;
            if done {
                return;
            }
        }
    }

    /// Makes each word edge of `n` to several nodes an edge to one merged node.
    fn merge_runs(
        &mut self,
        n: u32,
        merged: &mut FxHashMap<Box<[u32]>, u32>,
        buf: &mut Buffers,
        budget: &mut usize,
    ) {
        if !self.words.get(n).windows(2).any(|w| w[0].0 == w[1].0) {
            return;
        }
        let mut words = std::mem::take(&mut buf.run_words);
        words.clear();
        words.extend_from_slice(self.words.get(n));
        let mut out = std::mem::take(&mut buf.out);
        out.clear();
        for group in words.chunk_by(|a, b| a.0 == b.0) {
            let mut set = std::mem::take(&mut buf.set);
            set.clear();
            set.extend(group.iter().map(|e| e.1));
            let m = match merged.get(set.as_slice()) {
                _ if set.len() < 2 => None,
                Some(&m) => Some(m),
                None => {
                    let size: usize = set.iter().map(|&t| self.size(t)).sum();
                    (size <= *budget).then(|| {
                        *budget -= size;
                        let m = self.push_node();
                        self.absorb(m, &set, buf);
                        merged.insert(set.as_slice().into(), m);
                        m
                    })
                }
            };
            buf.set = set;
            match m {
                Some(m) => out.push((group[0].0, m)),
                None => out.extend_from_slice(group),
            }
        }
        self.words.set(n, &out);
        buf.run_words = words;
        buf.out = out;
    }

    /// A node with no edges that accepts nothing; returns its number.
    fn push_node(&mut self) -> u32 {
        self.accept.push(NONE);
        self.specials.push_node();
        self.words.push_node();
        (self.accept.len() - 1) as u32
    }

    /// Drops the nodes that neither the root nor a node it reaches leads to, numbering the
    /// rest in their old order.
    fn prune(&mut self, root: &mut [u32]) {
        let n = self.len();
        let mut new_id = vec![NONE; n];
        new_id[0] = 0;
        let mut stack = Vec::new();
        let mut reach = |t: u32, stack: &mut Vec<u32>| {
            if t != NONE && new_id[t as usize] == NONE {
                new_id[t as usize] = 0;
                stack.push(t);
            }
        };
        for &t in root.iter() {
            reach(t, &mut stack);
        }
        stack.push(0);
        while let Some(v) = stack.pop() {
            for &(_, t) in self.specials.get(v) {
                reach(t, &mut stack);
            }
            for &(_, t) in self.words.get(v) {
                reach(t, &mut stack);
            }
        }
        let mut next = 0;
        for id in new_id.iter_mut().filter(|id| **id != NONE) {
            *id = next;
            next += 1;
        }
        if next as usize == n {
            return;
        }
        retain_with(&mut self.accept, &new_id);
        self.specials.retain(&new_id);
        self.words.retain(&new_id);
        let map = |t: &mut u32| {
            *t = if *t == NONE {
                NONE
            } else {
                new_id[*t as usize]
            }
        };
        self.specials.for_each_mut(|(_, t)| map(t));
        self.words.for_each_mut(|(_, t)| map(t));
        root.iter_mut().for_each(map);
    }
}

/// Scratch space for [`Graph::simplify`], reused from node to node.
#[derive(Default)]
struct Buffers {
    words: Vec<(u32, u32)>,
    specials: Vec<(Special, u32)>,
    kept: Vec<(Special, u32)>,
    set: Vec<u32>,
    run_words: Vec<(u32, u32)>,
    out: Vec<(u32, u32)>,
}

/// Removes repeats from a sorted slice, moving the distinct items to its front; returns
/// how many there are.
fn dedup<T: PartialEq + Copy>(list: &mut [T]) -> usize {
    let mut len = 0;
    for i in 0..list.len() {
        if i == 0 || list[i] != list[len - 1] {
            list[len] = list[i];
            len += 1;
        }
    }
    len
}

/// Keeps the entries of `v` whose new number in `new_id` is not [`NONE`].
fn retain_with<T>(v: &mut Vec<T>, new_id: &[u32]) {
    let mut i = 0;
    v.retain(|_| {
        i += 1;
        new_id[i - 1] != NONE
    });
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::{Item, MULTI, Match, NONE, Search, Special, Trie};
    use crate::lexicon::image::{Reader, Writer};
    use crate::lexicon::pattern::{self, Slot};
    use crate::lexicon::vocab::{Lookup, UNKNOWN, Vocab};

    /// The trie of `patterns` (rule `i` for the `i`th), finished merging within `budget`
    /// edges; or, as a reference, neither merging nor letting gaps skip words by their
    /// `gap_words`.
    fn trie(patterns: &[String], vocab: &mut Vocab, budget: Option<usize>) -> Trie {
        let mut t = Trie::default();
        let mut pieces = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            if pattern::parse(p, vocab, &mut pieces).is_ok() {
                t.insert(&pieces, i as u32);
            }
        }
        let mut g = t.graph(vocab.len());
        if let Some(budget) = budget {
            g.simplify_within(&mut t.root, budget);
        }
        t.lay_out(g);
        if budget.is_none() {
            t.gap_words.fill(u64::MAX);
        }
        t
    }

    /// The items of space-separated words; `.` ends a sentence.
    fn items(text: &str, vocab: &Vocab) -> Vec<Item> {
        let mut items: Vec<Item> = Vec::new();
        for (i, w) in text.split_whitespace().enumerate() {
            let start = items.last().is_none_or(|it| it.flags & Item::SENT_END != 0);
            let end = w == ".";
            items.push(Item {
                id: match vocab.lookup(w.as_bytes()) {
                    Some(Lookup::One(id)) => id,
                    _ => UNKNOWN,
                },
                tok: i as u32,
                slots: if end { 0 } else { Slot::Word.bit() },
                flags: if start { Item::SENT_START } else { 0 }
                    | if end {
                        Item::SENT_END | Item::CLAUSE
                    } else {
                        0
                    },
                sentence: 0,
            });
        }
        items
    }

    /// A trie with three special edges (the anchor, two slots) and a word edge from the root.
    fn rooted() -> Trie {
        let patterns = [
            "^ calm down".to_string(),
            "<caps> now".into(),
            "<number> days".into(),
            "calm down".into(),
        ];
        trie(&patterns, &mut Vocab::default(), None)
    }

    #[test]
    fn only_slots_and_the_anchor_and_known_words_leave_the_root() {
        let mut t = rooted();
        let edges: Vec<[u32; 3]> = t.tabled().map(|(from, w, to)| [from, w, to]).collect();
        assert!(t.valid(&edges));
        let root = t.special_range(0);
        assert_eq!(root.len(), 3);
        for special in [Special::Epsilon, Special::Gap(2)] {
            let kept = std::mem::replace(&mut t.specials[root.start].0, special);
            assert!(!t.valid(&edges), "{special:?}");
            t.specials[root.start].0 = kept;
        }
        assert!(t.valid(&edges));
        // Nor does an edge on the unknown word (the scan does not test for it).
        let calm = t.root.iter().position(|&c| c != NONE).unwrap();
        t.root[UNKNOWN as usize] = t.root[calm];
        assert!(!t.valid(&edges));
    }

    /// An image whose flags for the root's special edges are not what its edges are, or
    /// that lacks even the root, is refused, without a panic.
    #[test]
    fn an_image_tells_the_root_truly() {
        let t = rooted();
        let loads = |t: &Trie| {
            let mut w = Writer(Vec::new());
            t.save(&mut w);
            Trie::load(&mut Reader(&w.0)).is_some()
        };
        assert!(loads(&t));
        for (slots, anchor) in [(0, true), (t.root_slots, false), (0xff, true)] {
            let mut wrong = t.clone();
            (wrong.root_slots, wrong.root_anchor) = (slots, anchor);
            assert!(!loads(&wrong), "{slots:#x} {anchor}");
        }
        let mut none = t.clone();
        none.nodes.truncate(1);
        assert!(!none.valid(&[]));
    }

    fn scan(t: &Trie, items: &[Item]) -> Vec<Match> {
        let mut out = Vec::new();
        t.scan(items, &mut Search::default(), &mut out);
        out
    }

    /// The trie of `patterns` merged without a budget, and as inserted, over one vocabulary.
    fn merged_and_kept(patterns: &[&str]) -> (Vocab, Trie, Trie) {
        let patterns: Vec<String> = patterns.iter().map(|p| p.to_string()).collect();
        let mut vocab = Vocab::default();
        let merged = trie(&patterns, &mut vocab, Some(usize::MAX));
        let kept = trie(&patterns, &mut vocab, None);
        (vocab, merged, kept)
    }

    /// The node the words lead to from the root, each step to a single node.
    fn after(t: &Trie, words: &[u32]) -> u32 {
        let mut node = t.root[words[0] as usize];
        for &w in &words[1..] {
            node = t.step(node, w).unwrap();
        }
        node
    }

    /// Class edges from one node sharing a word lead to one merged node; both patterns still
    /// match through it.
    #[test]
    fn a_run_of_targets_becomes_one_node() {
        let (mut vocab, merged, kept) = merged_and_kept(&["x (b|c) d", "x (b|e) f"]);
        let [x, b] = ["x", "b"].map(|w| vocab.intern(w));
        for (t, multi) in [(&merged, false), (&kept, true)] {
            let after_x = t.root[x as usize];
            let after_b = t.step(after_x, b).unwrap();
            assert_eq!(after_b & MULTI != 0, multi);
        }
        let rules = |text| {
            let found = scan(&merged, &items(text, &vocab));
            found.iter().map(|m| m.rule).collect::<Vec<_>>()
        };
        assert_eq!(rules("x b d"), [0]);
        assert_eq!(rules("x b f"), [1]);
        assert_eq!(rules("x c f"), []);
        assert_eq!(rules("x e f x c d"), [1, 0]);
    }

    /// A small join is copied into the ends of the group it joins: no epsilon edge is left
    /// to follow.
    #[test]
    fn small_joins_are_copied() {
        let (vocab, merged, kept) = merged_and_kept(&["p q (r|s t) u"]);
        let epsilons = |t: &Trie| {
            t.specials
                .iter()
                .filter(|s| s.0 == super::Special::Epsilon)
                .count()
        };
        assert_eq!(epsilons(&kept), 2);
        assert_eq!(epsilons(&merged), 0);
        assert!(merged.nodes.len() < kept.nodes.len());
        for text in ["p q r u", "p q s t u"] {
            assert_eq!(
                scan(&merged, &items(text, &vocab)),
                scan(&kept, &items(text, &vocab))
            );
            assert_eq!(scan(&merged, &items(text, &vocab)).len(), 1, "{text}");
        }
    }

    /// Where a pattern's alternatives go on the same way, its nodes there become one: the
    /// ways on from "x z" and "y z" are the same node once merged. Patterns of different
    /// rules end at different nodes and stay apart.
    #[test]
    fn nodes_a_search_cannot_tell_apart_become_one() {
        let (mut vocab, merged, kept) = merged_and_kept(&["(x|y) z w", "q v w"]);
        let [x, y, z, q, v] = ["x", "y", "z", "q", "v"].map(|w| vocab.intern(w));
        assert_ne!(after(&kept, &[x, z]), after(&kept, &[y, z]));
        assert_eq!(after(&merged, &[x, z]), after(&merged, &[y, z]));
        assert_ne!(after(&merged, &[x, z]), after(&merged, &[q, v]));
        assert!(merged.nodes.len() < kept.nodes.len());
        for text in ["x z w", "y z w", "q v w", "y z q v w x z"] {
            let text = items(text, &vocab);
            assert_eq!(scan(&merged, &text), scan(&kept, &text));
        }
    }

    /// A node ending 20,000 groups, each joined by its own small join with a special edge,
    /// takes them all over; the special edges are merged by sorting, not by a search of the
    /// list per edge (which took 0.2 s here).
    #[test]
    fn many_small_joins_into_one_node() {
        let patterns: Vec<String> = (0..20_000)
            .map(|i| format!("w x y (a|b c{i}) <word> z"))
            .collect();
        let mut vocab = Vocab::default();
        let merged = trie(&patterns, &mut vocab, Some(usize::MAX));
        let [w, x, y, a] = ["w", "x", "y", "a"].map(|s| vocab.intern(s));
        let specials = merged.specials_of(after(&merged, &[w, x, y, a]));
        assert_eq!(specials.len(), 20_000);
        assert!(
            specials
                .iter()
                .all(|s| s.0 == super::Special::Slot(Slot::Word))
        );
        let found = scan(&merged, &items("w x y b c7 q z", &vocab));
        assert_eq!(found.iter().map(|m| m.rule).collect::<Vec<_>>(), [7]);
        // After "w x y a" a search has 20,000 ways on, past the cap on its work: it gives
        // up, merged or not.
        let kept = trie(&patterns, &mut vocab, None);
        let text = items("w x y a q z", &vocab);
        assert_eq!(scan(&merged, &text), scan(&kept, &text));
    }

    /// One piece of a generated pattern over the words `a`..`e`.
    fn piece() -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec!["a", "b", "c", "d", "e"]);
        let words = prop::collection::vec(word.clone(), 1..3).prop_map(|w| w.join(" "));
        let alts = prop::collection::vec(words, 1..4).prop_map(|a| a.join("|"));
        prop_oneof![
            3 => word.prop_map(str::to_string),
            2 => alts.clone().prop_map(|a| format!("({a})")),
            1 => alts.prop_map(|a| format!("[{a}]")),
            1 => (1..3u8).prop_map(|k| format!("*{k}")),
            1 => Just("<word>".to_string()),
        ]
    }

    /// A generated pattern: pieces, perhaps after the sentence anchor.
    fn pattern() -> impl Strategy<Value = String> {
        let pieces = prop::collection::vec(piece(), 1..6).prop_map(|p| p.join(" "));
        (prop::bool::weighted(0.2), pieces)
            .prop_map(|(anchor, p)| if anchor { format!("^ {p}") } else { p })
    }

    proptest! {
        // Cheap cases; the budget's partial merges need many to be exercised.
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Merging is exact: on any text, the merged trie finds the matches the trie as
        /// inserted finds, however much of it the budget allows; so is skipping the places
        /// after a gap where the word cannot go on.
        #[test]
        fn merging_finds_the_same_matches(
            patterns in prop::collection::vec(pattern(), 1..12),
            budget in prop_oneof![Just(usize::MAX), 0..40usize],
            texts in prop::collection::vec(
                prop::collection::vec(
                    prop::sample::select(vec!["a", "b", "c", "d", "e", "f", "."]),
                    0..16,
                ),
                1..6,
            ),
        ) {
            let mut vocab = Vocab::default();
            let merged = trie(&patterns, &mut vocab, Some(budget));
            let kept = trie(&patterns, &mut vocab, None);
            for text in texts {
                let items = items(&text.join(" "), &vocab);
                prop_assert_eq!(scan(&merged, &items), scan(&kept, &items), "{:?}", patterns);
            }
        }
    }
}
