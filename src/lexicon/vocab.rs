//! Interned normalized words: each distinct word the lexicons use gets a small integer id.
//!
//! Every token of every reply is looked up here, so the lookup is built for it: a form of up
//! to [`INLINE`] bytes is kept inline in one 16-byte slot of an open-addressing table, and a
//! lookup reads that slot (one cache line, no pointer to follow, no string comparison).
//! Longer forms, which are rare, sit in a map.

use rustc_hash::FxHashMap;

use super::image::Reader;
#[cfg(test)]
use super::image::Writer;

/// The id of every word no lexicon mentions.
pub(crate) const UNKNOWN: u32 = 0;

/// What a normalized token stands for: one word, or two (a contraction such as `don't`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lookup {
    One(u32),
    Two(u32, u32),
}

/// The longest form kept inline in [`Forms`].
const INLINE: usize = 12;
/// A slot's value: the form's length in the top byte, then [`TWO`] and an id or an index
/// into [`Forms::pairs`].
const LEN_SHIFT: u32 = 24;
const TWO: u32 = 1 << 23;
const PAYLOAD: u32 = TWO - 1;

/// A form of 1..=[`INLINE`] bytes as two words that, with its length, determine its bytes:
/// its first eight bytes and the rest, each padded with zeros. Built from overlapping loads,
/// so no byte is copied one at a time; a form inside a longer text is read with one load
/// instead ([`key_in`]).
#[inline(always)]
fn key(b: &[u8]) -> (u64, u32) {
    let n = b.len();
    debug_assert!((1..=INLINE).contains(&n));
    let u32_at = |i: usize| {
        b.get(i..i + 4)
            .map_or(0, |w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    };
    if n >= 8 {
        let lo = b.get(..8).map_or(0, |w| {
            u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]])
        });
        // Bytes `n - 4..n` hold the rest at their top: shifted down, the rest starts at 0
        // (and of eight bytes, nothing is left).
        let rest = u32_at(n - 4).checked_shr(8 * (12 - n) as u32);
        (lo, rest.unwrap_or(0))
    } else if n >= 4 {
        // The two loads overlap on equal bytes, which OR keeps.
        let head = u64::from(u32_at(0));
        (head | u64::from(u32_at(n - 4)) << (8 * (n - 4)), 0)
    } else {
        let byte = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
        let (mid, last) = (n / 2, n.wrapping_sub(1));
        (
            byte(0) | byte(mid) << (8 * mid) | byte(last) << (8 * last),
            0,
        )
    }
}

/// [`key`] of the form `text[start..end]` of at most eight bytes, when eight bytes of `text`
/// follow `start`: one load and a mask, with no branch on the form's length (which changes
/// from one word to the next).
#[inline(always)]
fn key_in(text: &[u8], start: usize, end: usize) -> Option<u64> {
    let n = end.wrapping_sub(start);
    let w: &[u8; 8] = text.get(start..start + 8)?.try_into().ok()?;
    ((1..=8).contains(&n)).then(|| u64::from_le_bytes(*w) & u64::MAX >> (64 - 8 * n))
}

/// `x` with each ASCII capital of its bytes made lower case; every byte must be ASCII.
/// Eight bytes at once: a capital is a byte that adding `0x3f` lifts to `0x80` or more
/// (`A` and up) and adding `0x25` does not (`Z` and below).
#[inline(always)]
fn ascii_lower(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let from_a = x.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
    let past_z = x.wrapping_add(0x2525_2525_2525_2525);
    x | (from_a & !past_z & HIGH) >> 2
}

/// One slot of [`Forms`]; `val == 0` marks it empty.
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, align(16))]
struct Slot {
    lo: u64,
    hi: u32,
    val: u32,
}

/// Short forms and what they stand for, in an open-addressing table with linear probing,
/// at most a quarter full: more forms sit in their home slot, and a look for a word the
/// table lacks meets an empty slot sooner. (Half full, the agent replies analysed 2% slower;
/// the table of the shipped lexicons takes 256 KB instead of 128 KB.)
#[derive(Clone, Debug)]
struct Forms {
    /// Never empty, so that a lookup needs no test for it.
    slots: Vec<Slot>,
    /// 64 minus the log2 of the table's length: a hash shifted right by this picks a slot.
    shift: u32,
    /// The word pairs of contractions.
    pairs: Vec<(u32, u32)>,
    len: usize,
}

impl Default for Forms {
    fn default() -> Forms {
        Forms {
            slots: vec![Slot::default(); Forms::MIN],
            shift: 64 - Forms::MIN.trailing_zeros(),
            pairs: Vec::new(),
            len: 0,
        }
    }
}

impl Forms {
    /// The length of an empty table.
    const MIN: usize = 64;

    #[inline(always)]
    fn home(&self, lo: u64, hi: u32, n: usize) -> usize {
        let h = (lo ^ u64::from(hi).rotate_left(29) ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        // The table's length is a power of two; its top bits pick the slot.
        (h >> self.shift) as usize
    }

    /// Where the form with key `(lo, hi)` and length `n` is: `Ok` with its slot, or `Err`
    /// with the empty slot that ends its probe.
    #[inline(always)]
    fn find(&self, lo: u64, hi: u32, n: usize) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(lo, hi, n);
        loop {
            let s = &self.slots[i];
            if s.val == 0 {
                return Err(i);
            }
            if s.lo == lo && s.hi == hi && (s.val >> LEN_SHIFT) as usize == n {
                return Ok(i);
            }
            i = (i + 1) & mask;
        }
    }

    #[inline(always)]
    fn get(&self, form: &[u8]) -> Option<Lookup> {
        let (lo, hi) = key(form);
        self.get_key(lo, hi, form.len())
    }

    /// What the form of length `n` whose [`key`] is `(lo, hi)` stands for.
    #[inline(always)]
    fn get_key(&self, lo: u64, hi: u32, n: usize) -> Option<Lookup> {
        let val = self.slots[self.find(lo, hi, n).ok()?].val;
        let p = val & PAYLOAD;
        Some(if val & TWO == 0 {
            Lookup::One(p)
        } else {
            let (a, b) = self.pairs[p as usize];
            Lookup::Two(a, b)
        })
    }

    /// Sets what `form` stands for; false when an id or the number of pairs is too large to
    /// be kept inline (the caller keeps such a form in its map).
    fn insert(&mut self, form: &[u8], l: Lookup) -> bool {
        let payload = match l {
            Lookup::One(id) if id <= PAYLOAD => id,
            Lookup::Two(a, b) if self.pairs.len() < PAYLOAD as usize => {
                self.pairs.push((a, b));
                TWO | (self.pairs.len() - 1) as u32
            }
            _ => return false,
        };
        if (self.len + 1) * 4 > self.slots.len() {
            self.grow();
        }
        let n = form.len();
        let (lo, hi) = key(form);
        let val = (n as u32) << LEN_SHIFT | payload;
        match self.find(lo, hi, n) {
            Ok(i) => self.slots[i].val = val,
            Err(i) => {
                self.slots[i] = Slot { lo, hi, val };
                self.len += 1;
            }
        }
        true
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        self.shift = 64 - size.trailing_zeros();
        for s in old.into_iter().filter(|s| s.val != 0) {
            // Every form is in the old table once, so its probe ends at an empty slot.
            if let Err(i) = self.find(s.lo, s.hi, (s.val >> LEN_SHIFT) as usize) {
                self.slots[i] = s;
            }
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Vocab {
    /// What each form stands for: short ones inline, long ones in `long`.
    forms: Forms,
    long: FxHashMap<Box<[u8]>, Lookup>,
    /// The forms given by [`Vocab::add_alias`] and [`Vocab::add_contraction`].
    extra: Vec<Box<str>>,
    words: Vec<Box<str>>,
    max_len: usize,
}

impl Default for Vocab {
    fn default() -> Vocab {
        Vocab {
            forms: Forms::default(),
            long: FxHashMap::default(),
            extra: Vec::new(),
            words: vec!["".into()],
            max_len: 0,
        }
    }
}

impl Vocab {
    #[inline(always)]
    fn get(&self, form: &[u8]) -> Option<Lookup> {
        match form.len() {
            0 => None,
            1..=INLINE => self.forms.get(form),
            _ => self.long.get(form).copied(),
        }
    }

    fn set(&mut self, form: &str, l: Lookup) {
        if form.is_empty() {
            return;
        }
        if form.len() > INLINE || !self.forms.insert(form.as_bytes(), l) {
            self.long.insert(form.as_bytes().into(), l);
        }
        self.max_len = self.max_len.max(form.len());
    }

    /// The id of a single word, adding it when new.
    pub(crate) fn intern(&mut self, word: &str) -> u32 {
        if let Some(Lookup::One(id)) = self.get(word.as_bytes()) {
            return id;
        }
        let id = u32::try_from(self.words.len()).expect("fewer than 4 billion words");
        self.words.push(word.into());
        self.set(word, Lookup::One(id));
        id
    }

    /// Makes `form` stand for the two words `a b` (contractions).
    pub(crate) fn add_contraction(&mut self, form: &str, a: &str, b: &str) {
        let (a, b) = (self.intern(a), self.intern(b));
        self.set(form, Lookup::Two(a, b));
        self.extra.push(form.into());
    }

    /// Makes `form` stand for the single word `id` (`cannot` is not one; `ok` for `okay` is).
    pub(crate) fn add_alias(&mut self, form: &str, id: u32) {
        self.set(form, Lookup::One(id));
        self.extra.push(form.into());
    }

    /// What a normalized token of a pattern stands for, interning it when new.
    pub(crate) fn resolve(&mut self, norm: &str) -> Lookup {
        match self.get(norm.as_bytes()) {
            Some(l) => l,
            None => Lookup::One(self.intern(norm)),
        }
    }

    /// What a normalized token of analysed text stands for, without changing the vocabulary.
    #[inline]
    pub(crate) fn lookup(&self, norm: &[u8]) -> Option<Lookup> {
        if norm.len() > self.max_len {
            return None;
        }
        self.get(norm)
    }

    /// [`Vocab::lookup`] of `text[start..end]`.
    #[inline(always)]
    pub(crate) fn lookup_in(&self, text: &[u8], start: usize, end: usize) -> Option<Lookup> {
        match key_in(text, start, end) {
            Some(lo) => self.forms.get_key(lo, 0, end - start),
            None => self.lookup(&text[start..end]),
        }
    }

    /// [`Vocab::lookup_ascii_lower`] of `text[start..end]`.
    #[inline(always)]
    pub(crate) fn lookup_ascii_lower_in(
        &self,
        text: &[u8],
        start: usize,
        end: usize,
    ) -> Option<Option<Lookup>> {
        match key_in(text, start, end) {
            Some(lo) => Some(self.forms.get_key(ascii_lower(lo), 0, end - start)),
            None => self.lookup_ascii_lower(&text[start..end]),
        }
    }

    /// [`Vocab::lookup`] of the lower case of `ascii`, a form of ASCII bytes only, without
    /// writing it out; `None` also when the form is too long to be kept inline (the caller
    /// then writes it out and looks it up).
    #[inline]
    pub(crate) fn lookup_ascii_lower(&self, ascii: &[u8]) -> Option<Option<Lookup>> {
        debug_assert!(ascii.is_ascii());
        if !(1..=INLINE).contains(&ascii.len()) {
            return None;
        }
        let (lo, hi) = key(ascii);
        let hi = ascii_lower(u64::from(hi)) as u32;
        Some(self.forms.get_key(ascii_lower(lo), hi, ascii.len()))
    }

    /// The longest normalized form the vocabulary knows, in bytes.
    pub(crate) fn max_len(&self) -> usize {
        self.max_len
    }

    /// The word of an id.
    #[cfg(test)]
    pub(crate) fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }

    /// How many ids there are (including [`UNKNOWN`]).
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }
}

impl Vocab {
    #[cfg(test)]
    /// Saves the vocabulary to an image (see [`super::image`]), in an order that does not
    /// depend on hashing.
    pub(crate) fn save(&self, w: &mut Writer) {
        w.len(self.words.len());
        for word in &self.words {
            w.str(word);
        }
        // The forms that stand for something other than the word they spell.
        let own: FxHashMap<&str, u32> = (self.words.iter().enumerate())
            .map(|(id, word)| (&**word, id as u32))
            .collect();
        let mut forms: Vec<(&str, Lookup)> = (self.extra.iter())
            .filter_map(|form| Some((&**form, self.get(form.as_bytes())?)))
            .filter(|&(form, l)| l != Lookup::One(own.get(form).copied().unwrap_or(UNKNOWN)))
            .collect();
        forms.sort_unstable_by_key(|&(form, _)| form);
        forms.dedup_by_key(|&mut (form, _)| form);
        w.len(forms.len());
        for &(form, _) in &forms {
            w.str(form);
        }
        // What each form stands for: one word, or (for a contraction) two.
        let ids: Vec<[u32; 2]> = forms
            .iter()
            .map(|&(_, l)| match l {
                Lookup::One(id) => [id, UNKNOWN],
                Lookup::Two(a, b) => [a, b],
            })
            .collect();
        w.u32s(&ids);
        w.len(self.max_len);
    }

    /// Reads a vocabulary saved by `Vocab::save`.
    pub(crate) fn load(r: &mut Reader) -> Option<Vocab> {
        let n = r.len()?;
        let mut v = Vocab {
            words: Vec::with_capacity(n.min(1 << 20)),
            ..Vocab::default()
        };
        v.words.clear();
        for id in 0..n {
            let word = r.str()?;
            v.words.push(word.into());
            if id != UNKNOWN as usize {
                v.set(word, Lookup::One(id as u32));
            }
        }
        let forms: Vec<&str> = (0..r.len()?).map(|_| r.str()).collect::<Option<_>>()?;
        let ids = r.u32s::<2>()?;
        if ids.len() != forms.len() {
            return None;
        }
        for (form, [a, b]) in forms.into_iter().zip(ids) {
            if a as usize >= n || b as usize >= n {
                return None;
            }
            if b == UNKNOWN {
                v.add_alias(form, a);
            } else {
                v.set(form, Lookup::Two(a, b));
                v.extra.push(form.into());
            }
        }
        v.max_len = r.len()?;
        Some(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_lower_lowers_capitals_and_nothing_else() {
        for byte in 0..0x80u8 {
            for at in 0..8 {
                let mut w = *b"aZ09 .{@";
                w[at] = byte;
                let mut want = w;
                want.make_ascii_lowercase();
                let got = ascii_lower(u64::from_le_bytes(w)).to_le_bytes();
                assert_eq!(got, want, "byte {byte:#04x} at {at}");
            }
        }
    }

    /// An ASCII form looked up in lower case is found as its lower case is, at every length.
    #[test]
    fn ascii_forms_are_found_in_lower_case() {
        let mut v = Vocab::default();
        // Every length from 1 to one past what is kept inline.
        let long = "unfortunately";
        assert_eq!(long.len(), INLINE + 1);
        let words: Vec<&str> = (1..=long.len())
            .map(|n| &long[..n])
            .chain(["x1y"])
            .collect();
        let ids: Vec<u32> = words.iter().map(|w| v.intern(w)).collect();
        for (word, id) in words.iter().zip(ids) {
            let upper = word.to_ascii_uppercase();
            let title = word[..1].to_ascii_uppercase() + &word[1..];
            for form in [word.to_string(), upper, title] {
                let want = (form.len() <= INLINE).then_some(Some(Lookup::One(id)));
                assert_eq!(v.lookup_ascii_lower(form.as_bytes()), want, "{form}");
            }
        }
        assert_eq!(v.lookup_ascii_lower(b"Nope"), Some(None));
        assert_eq!(v.lookup_ascii_lower(b""), None);
    }

    /// A form read in place from a longer text (one load, masked) has the key it has on its
    /// own, whatever bytes follow it, and is looked up alike, at the end of the text too.
    #[test]
    fn forms_read_in_place_are_found_as_on_their_own() {
        let bytes = b"abcdefghijkl\0\xffZz";
        for n in 1..=8 {
            let text = &bytes[..n + 8];
            assert_eq!(key_in(text, 0, n), Some(key(&text[..n]).0), "{n}");
            assert_eq!(key(&text[..n]).1, 0);
        }
        assert_eq!(key_in(bytes, 0, 9), None);
        assert_eq!(
            key_in(b"abc", 0, 2),
            None,
            "fewer than eight bytes from the start"
        );

        let mut v = Vocab::default();
        let text = "we could not process the unfortunately long order a i";
        let ids: Vec<u32> = text.split(' ').map(|w| v.intern(w)).collect();
        v.intern("x");
        let upper = text.to_ascii_uppercase();
        let mut at = 0;
        for (word, id) in text.split(' ').zip(ids) {
            let end = at + word.len();
            let want = (word.len() <= v.max_len()).then_some(Lookup::One(id));
            assert_eq!(v.lookup_in(text.as_bytes(), at, end), want, "{word}");
            assert_eq!(
                v.lookup_ascii_lower_in(upper.as_bytes(), at, end),
                v.lookup_ascii_lower(&upper.as_bytes()[at..end]),
                "{word}"
            );
            at = end + 1;
        }
        // A word the vocabulary lacks, with the same first bytes as one it has.
        assert_eq!(v.lookup_in(b"wee could", 0, 3), None);
        assert_eq!(v.lookup_ascii_lower_in(b"WEE COULD", 0, 3), Some(None));
    }

    #[test]
    fn an_empty_vocabulary_finds_nothing() {
        let v = Vocab::default();
        assert_eq!(v.lookup_in(b"a b c d e", 0, 1), None);
        assert_eq!(v.lookup_in(b"hello there", 0, 5), None);
        assert_eq!(v.lookup_ascii_lower_in(b"HELLO THERE", 0, 5), Some(None));
        assert_eq!(v.lookup_ascii_lower(b"Hi"), Some(None));
    }

    #[test]
    fn every_form_is_found_and_nothing_else() {
        let mut v = Vocab::default();
        // Forms that share bytes, differ only in length, or hold NUL and non-ASCII bytes.
        let words: Vec<String> = (1..=20)
            .flat_map(|n| {
                [
                    "a".repeat(n),
                    "ab".repeat(n),
                    format!("x{}", "\0".repeat(n)),
                ]
            })
            .chain(["naïve", "über-cool", "日本語のテキスト", "😀"].map(String::from))
            .collect();
        let ids: Vec<u32> = words.iter().map(|w| v.intern(w)).collect();
        v.add_contraction("don't", "do", "not");
        let okay = v.intern("okay");
        v.add_alias("ok", okay);
        for (w, &id) in words.iter().zip(&ids) {
            assert_eq!(v.lookup(w.as_bytes()), Some(Lookup::One(id)), "{w:?}");
            assert_eq!(v.word(id), w);
        }
        let (d, n) = (v.intern("do"), v.intern("not"));
        assert_eq!(v.lookup(b"don't"), Some(Lookup::Two(d, n)));
        assert_eq!(v.lookup(b"ok"), v.lookup(b"okay"));
        for absent in [
            "",
            "b",
            "aab",
            "aaaaaaaaaab",
            "x",
            "x\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
        ] {
            assert_eq!(v.lookup(absent.as_bytes()), None, "{absent:?}");
        }
    }
}
