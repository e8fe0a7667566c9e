//! Interned normalized words: each distinct word the lexicons use gets a small integer id.

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

#[derive(Clone, Debug)]
pub(crate) struct Vocab {
    map: FxHashMap<Box<str>, Lookup>,
    words: Vec<Box<str>>,
    max_len: usize,
}

impl Default for Vocab {
    fn default() -> Vocab {
        Vocab {
            map: FxHashMap::default(),
            words: vec!["".into()],
            max_len: 0,
        }
    }
}

impl Vocab {
    /// The id of a single word, adding it when new.
    pub(crate) fn intern(&mut self, word: &str) -> u32 {
        if let Some(Lookup::One(id)) = self.map.get(word) {
            return *id;
        }
        let id = u32::try_from(self.words.len()).expect("fewer than 4 billion words");
        self.words.push(word.into());
        self.map.insert(word.into(), Lookup::One(id));
        self.max_len = self.max_len.max(word.len());
        id
    }

    /// Makes `form` stand for the two words `a b` (contractions).
    pub(crate) fn add_contraction(&mut self, form: &str, a: &str, b: &str) {
        let (a, b) = (self.intern(a), self.intern(b));
        self.map.insert(form.into(), Lookup::Two(a, b));
        self.max_len = self.max_len.max(form.len());
    }

    /// What a normalized token of a pattern stands for, interning it when new.
    pub(crate) fn resolve(&mut self, norm: &str) -> Lookup {
        match self.map.get(norm) {
            Some(l) => *l,
            None => Lookup::One(self.intern(norm)),
        }
    }

    /// What a normalized token of analysed text stands for, without changing the vocabulary.
    #[inline]
    pub(crate) fn lookup(&self, norm: &str) -> Option<Lookup> {
        if norm.len() > self.max_len {
            return None;
        }
        self.map.get(norm).copied()
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
        let mut forms: Vec<(&str, Lookup)> = self
            .map
            .iter()
            .map(|(form, l)| (&**form, *l))
            .filter(|&(form, l)| l != Lookup::One(self.id_of(form)))
            .collect();
        forms.sort_unstable_by_key(|&(form, _)| form);
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
            map: FxHashMap::with_capacity_and_hasher(n.min(1 << 20), Default::default()),
            words: Vec::with_capacity(n.min(1 << 20)),
            max_len: 0,
        };
        for id in 0..n {
            let word = r.str()?;
            v.words.push(word.into());
            if id != UNKNOWN as usize {
                v.map.insert(word.into(), Lookup::One(id as u32));
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
            let l = if b == UNKNOWN {
                Lookup::One(a)
            } else {
                Lookup::Two(a, b)
            };
            v.map.insert(form.into(), l);
        }
        v.max_len = r.len()?;
        Some(v)
    }

    #[cfg(test)]
    /// The id a word has as a word of its own (its position in `words`), or `UNKNOWN`.
    fn id_of(&self, form: &str) -> u32 {
        match self.map.get(form) {
            Some(Lookup::One(id)) if *self.words[*id as usize] == *form => *id,
            _ => UNKNOWN,
        }
    }

    /// Makes `form` stand for the single word `id` (`cannot` is not one; `ok` for `okay` is).
    pub(crate) fn add_alias(&mut self, form: &str, id: u32) {
        self.map.insert(form.into(), Lookup::One(id));
        self.max_len = self.max_len.max(form.len());
    }
}
