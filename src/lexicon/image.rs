//! The compiled form of the embedded lexicons, saved as bytes, so the default analyzer loads
//! its vocabulary and tries instead of parsing and inserting every pattern.
//!
//! The image is `lexicons/en.image`, made from the embedded sources by the crate itself:
//! `REPLYTONE_BLESS=1 cargo test --lib image` writes it, and the test `image_is_current`
//! fails while it is out of date. The image records a hash of the sources it was made from;
//! when that does not match the embedded sources (a lexicon was edited and the image was not
//! made again), or the bytes do not read, the lexicons are compiled from source instead, so a
//! stale image costs time, never correctness.
//!
//! The format is private and may change with any release: little-endian numbers, strings
//! prefixed by their length, and arrays stored column by column in as few bytes as their
//! values need.

use std::hash::Hasher;
use std::sync::LazyLock;

use super::trie::Trie;
use super::vocab::Vocab;
use super::{EMBEDDED, Source};

/// The image of the embedded lexicons.
pub(crate) const EMBEDDED_IMAGE: &[u8] = include_bytes!("../../lexicons/en.image");

/// Starts every image; the number changes whenever the layout does.
const MAGIC: &[u8; 8] = b"rtimg\x00\x00\x03";

/// What an image holds: the parts of a lexicon that compiling patterns produces.
pub(crate) struct Image {
    pub vocab: Vocab,
    pub trie: Trie,
    pub emotion_trie: Trie,
}

/// A hash of the lexicon sources, names and texts, to tell whether an image was made from them.
pub(crate) fn source_hash(sources: &[Source]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    for s in sources {
        h.write(s.name.as_bytes());
        h.write_u8(0xff);
        h.write(s.text.as_bytes());
        h.write_u8(0xff);
    }
    h.finish()
}

/// The image of `sources`, when they are the embedded lexicons and the image was made from
/// them as they are now.
pub(crate) fn of(sources: &[Source]) -> Option<Image> {
    // The embedded sources never change while the program runs: hash them once.
    static HASH: LazyLock<u64> = LazyLock::new(|| source_hash(&super::embedded()));
    if !is_embedded(sources) {
        return None;
    }
    load(EMBEDDED_IMAGE, *HASH)
}

/// Whether `sources` are exactly the embedded lexicons.
fn is_embedded(sources: &[Source]) -> bool {
    sources.len() == EMBEDDED.len()
        && sources
            .iter()
            .zip(EMBEDDED)
            .all(|(s, (name, text))| s.name == *name && s.text == *text)
}

/// Writes an image of the compiled parts for sources hashing to `hash`.
#[cfg(test)]
pub(crate) fn save(hash: u64, vocab: &Vocab, trie: &Trie, emotion_trie: &Trie) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(4 << 20));
    w.0.extend_from_slice(MAGIC);
    w.u64(hash);
    vocab.save(&mut w);
    trie.save(&mut w);
    emotion_trie.save(&mut w);
    w.0
}

/// Reads an image made for sources hashing to `hash`; `None` when it was made from other
/// sources or does not read.
pub(crate) fn load(bytes: &[u8], hash: u64) -> Option<Image> {
    let mut r = Reader(bytes);
    if r.take(MAGIC.len())? != MAGIC || r.u64()? != hash {
        return None;
    }
    let image = Image {
        vocab: Vocab::load(&mut r)?,
        trie: Trie::load(&mut r)?,
        emotion_trie: Trie::load(&mut r)?,
    };
    r.0.is_empty().then_some(image)
}

/// Appends values to an image.
#[cfg(test)]
pub(crate) struct Writer(pub(crate) Vec<u8>);

#[cfg(test)]
impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    pub(crate) fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).expect("image parts are under 4 GiB"));
    }

    /// An array of groups of `N` values, stored as `N` columns: the length, then per column
    /// its width in bytes (1 to 4, the fewest that hold its largest value) and each value plus
    /// one in that many little-endian bytes (plus one, so that [`u32::MAX`], the trie's "none",
    /// is 0 and does not widen a column of small ids).
    pub(crate) fn u32s<const N: usize>(&mut self, groups: &[[u32; N]]) {
        self.len(groups.len());
        for col in 0..N {
            let max = groups.iter().map(|g| g[col].wrapping_add(1)).max();
            let width = (4 - max.unwrap_or(0).leading_zeros() as usize / 8).max(1);
            self.0.push(width as u8);
            for g in groups {
                self.0
                    .extend_from_slice(&g[col].wrapping_add(1).to_le_bytes()[..width]);
            }
        }
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.len(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
}

/// Reads values back; every method returns `None` past the end.
pub(crate) struct Reader<'a>(pub(crate) &'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.0.len() {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    pub(crate) fn len(&mut self) -> Option<usize> {
        self.u32().map(|n| n as usize)
    }

    /// An array written by `Writer::u32s`.
    pub(crate) fn u32s<const N: usize>(&mut self) -> Option<Vec<[u32; N]>> {
        let n = self.len()?;
        if n.checked_mul(N)? > self.0.len() {
            return None;
        }
        let mut out = vec![[0; N]; n];
        for col in 0..N {
            let width = usize::from(*self.take(1)?.first()?);
            let bytes = self.take(n.checked_mul(width)?)?;
            match width {
                1 => column::<1, N>(bytes, &mut out, col),
                2 => column::<2, N>(bytes, &mut out, col),
                3 => column::<3, N>(bytes, &mut out, col),
                4 => column::<4, N>(bytes, &mut out, col),
                _ => return None,
            }
        }
        Some(out)
    }

    pub(crate) fn str(&mut self) -> Option<&'a str> {
        let n = self.len()?;
        std::str::from_utf8(self.take(n)?).ok()
    }
}

/// Decodes one column of `W`-byte values into position `col` of each group.
fn column<const W: usize, const N: usize>(bytes: &[u8], out: &mut [[u32; N]], col: usize) {
    for (group, value) in out.iter_mut().zip(bytes.chunks_exact(W)) {
        let mut le = [0; 4];
        le[..W].copy_from_slice(value);
        group[col] = u32::from_le_bytes(le).wrapping_sub(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{Lexicon, embedded};

    /// The committed image is the one the embedded sources compile to. When a lexicon or the
    /// compiler changes, `REPLYTONE_BLESS=1 cargo test --lib image` writes it again.
    #[test]
    fn image_is_current() {
        let fresh = Lexicon::compile_from_source(&embedded(), &[]).unwrap();
        let bytes = fresh.image(source_hash(&embedded()));
        if std::env::var_os("REPLYTONE_BLESS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/lexicons/en.image");
            std::fs::write(path, &bytes).unwrap();
            return;
        }
        assert!(
            bytes == EMBEDDED_IMAGE,
            "lexicons/en.image is out of date: run `REPLYTONE_BLESS=1 cargo test --lib image`"
        );
    }

    /// Loading an image gives back what was saved, and the default lexicon comes from it.
    #[test]
    fn an_image_loads_back_to_the_same_bytes() {
        let hash = source_hash(&embedded());
        let image = load(EMBEDDED_IMAGE, hash).expect("the committed image loads");
        assert_eq!(
            save(hash, &image.vocab, &image.trie, &image.emotion_trie),
            EMBEDDED_IMAGE
        );
        let lex = Lexicon::compile(&embedded(), &[]).unwrap();
        assert!(lex.from_image, "the embedded lexicons load from the image");
    }

    /// An analyzer on the image reports exactly what one on freshly compiled patterns does, on
    /// every example and counter-example the lexicons carry.
    #[test]
    fn the_image_analyses_like_the_sources() {
        use crate::{Analyzer, Context};
        let loaded = Lexicon::compile(&embedded(), &[]).unwrap();
        let compiled = Lexicon::compile_from_source(&embedded(), &[]).unwrap();
        assert!(loaded.from_image && !compiled.from_image);
        let texts: Vec<Box<str>> = compiled
            .rules
            .iter()
            .flat_map(|r| r.examples.iter().chain(&r.counter_examples))
            .cloned()
            .collect();
        assert!(texts.len() > 1000, "{} examples", texts.len());
        let customer = Context::new()
            .customer_message("I was charged twice and nobody answers. I'm furious!")
            .customer_name("Dana Reyes");
        let (a, b) = (
            Analyzer {
                lexicon: std::sync::Arc::new(loaded),
            },
            Analyzer {
                lexicon: std::sync::Arc::new(compiled),
            },
        );
        for text in &texts {
            assert_eq!(a.analyze(text), b.analyze(text), "{text}");
            assert_eq!(
                a.analyze_with(text, &customer),
                b.analyze_with(text, &customer),
                "{text}"
            );
        }
    }

    /// An image for other sources, or cut short anywhere, is refused rather than misread.
    #[test]
    fn a_stale_or_damaged_image_is_refused() {
        let hash = source_hash(&embedded());
        assert!(load(EMBEDDED_IMAGE, hash ^ 1).is_none());
        let n = EMBEDDED_IMAGE.len();
        for cut in [0, 7, 8, 15, 16, 100, n / 3, n / 2, n - 1] {
            assert!(load(&EMBEDDED_IMAGE[..cut], hash).is_none(), "cut at {cut}");
        }
        // Damage inside the image reads as something else or not at all, never as a panic;
        // what does read has every index in range (`Trie::load` checks).
        let mut damaged = EMBEDDED_IMAGE.to_vec();
        for i in 1..24 {
            let at = 16 + (n - 16) / 24 * i;
            damaged[at] ^= 0xa5;
            drop(load(&damaged, hash));
            damaged[at] ^= 0xa5;
        }
        let mut edited = embedded();
        edited[3].text = format!("{}\n", edited[3].text).into();
        assert!(!is_embedded(&edited));
        let lex = Lexicon::compile(&edited, &[]).unwrap();
        assert!(!lex.from_image, "edited sources compile from source");
    }
}
