//! Lexicons: the `.lex` format, the pattern syntax, and everything compiled into one matcher.
//!
//! Data flows one way: sources are parsed ([`parse`]), patterns expanded ([`pattern`]) into
//! sequences of interned word ids ([`vocab`]), and inserted into one [`trie`]; modifier words
//! become per-word flags and scales. All of it happens once, when an `Analyzer` is built; the
//! embedded lexicons take their vocabulary and tries from an [`image`] compiled ahead of time.

pub(crate) mod image;
pub(crate) mod parse;
pub(crate) mod pattern;
pub(crate) mod trie;
pub(crate) mod vocab;

use std::borrow::Cow;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::report::Severity;
use crate::text::fold_into;
use crate::{Dimension, Error};
use parse::{FileKind, Fix, LexiconFile, Negated};
use pattern::Atom;
use trie::Trie;
use vocab::{Lookup, Vocab};

/// The English lexicons shipped in the crate, in load order (earlier wins a tie).
pub(crate) const EMBEDDED: &[(&str, &str)] = &[
    (
        "lexicons/en/contractions.lex",
        include_str!("../../lexicons/en/contractions.lex"),
    ),
    (
        "lexicons/en/modifiers.lex",
        include_str!("../../lexicons/en/modifiers.lex"),
    ),
    (
        "lexicons/en/acknowledgement.lex",
        include_str!("../../lexicons/en/acknowledgement.lex"),
    ),
    (
        "lexicons/en/validation.lex",
        include_str!("../../lexicons/en/validation.lex"),
    ),
    (
        "lexicons/en/personalization.lex",
        include_str!("../../lexicons/en/personalization.lex"),
    ),
    (
        "lexicons/en/confrontation.lex",
        include_str!("../../lexicons/en/confrontation.lex"),
    ),
    (
        "lexicons/en/apology.lex",
        include_str!("../../lexicons/en/apology.lex"),
    ),
    (
        "lexicons/en/gratitude.lex",
        include_str!("../../lexicons/en/gratitude.lex"),
    ),
    (
        "lexicons/en/ownership.lex",
        include_str!("../../lexicons/en/ownership.lex"),
    ),
    (
        "lexicons/en/proactive.lex",
        include_str!("../../lexicons/en/proactive.lex"),
    ),
    (
        "lexicons/en/reassurance.lex",
        include_str!("../../lexicons/en/reassurance.lex"),
    ),
    (
        "lexicons/en/negative-framing.lex",
        include_str!("../../lexicons/en/negative-framing.lex"),
    ),
    (
        "lexicons/en/listening.lex",
        include_str!("../../lexicons/en/listening.lex"),
    ),
    (
        "lexicons/en/emotion.lex",
        include_str!("../../lexicons/en/emotion.lex"),
    ),
    (
        "lexicons/en/templates.lex",
        include_str!("../../lexicons/en/templates.lex"),
    ),
];

/// Per-word flags, indexed by word id. A negator's and a clause break's are the bits of
/// [`Item::NEGATOR`](trie::Item::NEGATOR) and [`Item::CLAUSE`](trie::Item::CLAUSE), so that
/// the stream copies them into an item with a mask.
pub(crate) mod word {
    use super::trie::Item;

    pub const ACRONYM: u8 = 1;
    pub const NOT_NAME: u8 = 1 << 1;
    pub const CONTRAST: u8 = 1 << 2;
    pub const CLAUSE_BREAK: u8 = Item::CLAUSE;
    pub const NEGATOR: u8 = Item::NEGATOR;
    pub const STOPWORD: u8 = 1 << 5;
    pub const GREETING: u8 = 1 << 6;
    /// The word begins a two-word modifier (`bigram_scale`).
    pub const BIGRAM: u8 = 1 << 7;

    // Each flag has a bit of its own.
    const _: () = assert!(
        (ACRONYM | NOT_NAME | CONTRAST | CLAUSE_BREAK | NEGATOR | STOPWORD | GREETING | BIGRAM)
            == u8::MAX
    );
}

/// Which lexicons a per-thread cache was made with: a cache made with other lexicons is
/// made again. The weak reference keeps a dropped analyzer's lexicons from leaving their
/// address to a new one's meanwhile, so comparing addresses is enough.
#[derive(Debug, Default)]
pub(crate) struct MadeWith(std::sync::Weak<Lexicon>);

impl MadeWith {
    /// Whether this was made with `lexicon`.
    pub fn is(&self, lexicon: &Arc<Lexicon>) -> bool {
        std::ptr::eq(self.0.as_ptr(), Arc::as_ptr(lexicon))
    }

    /// Records that this is now made with `lexicon`.
    pub fn set(&mut self, lexicon: &Arc<Lexicon>) {
        self.0 = Arc::downgrade(lexicon);
    }
}

/// A lexicon source: a name for messages and its text.
#[derive(Clone, Debug)]
pub(crate) struct Source {
    pub name: String,
    pub text: Cow<'static, str>,
}

/// One compiled rule.
#[derive(Clone, Debug)]
pub(crate) struct Rule {
    pub id: Arc<str>,
    pub dimension: Dimension,
    pub kind: Option<Arc<str>>,
    pub weight: f64,
    pub severity: Severity,
    pub message: Option<Box<str>>,
    pub replacements: Vec<Box<str>>,
    pub fix: Fix,
    pub negated: Negated,
    /// `REGEX => REPLACEMENT` rewrites of the text from the match to the end of its sentence.
    pub rewrites: Vec<Rewrite>,
    pub examples: Vec<Box<str>>,
    pub counter_examples: Vec<Box<str>>,
    pub pattern_count: usize,
    pub enabled: bool,
}

/// Everything the analyzer needs from the lexicons, built once.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lexicon {
    pub vocab: Vocab,
    pub trie: Trie,
    pub rules: Vec<Rule>,
    pub word_flags: Vec<u8>,
    pub scale: Vec<f32>,
    pub bigram_scale: FxHashMap<(u32, u32), f32>,
    /// The customer-message side: emotion rules and their own trie.
    pub emotion_rules: Vec<EmotionRule>,
    pub emotion_trie: Trie,
    /// Texts for inserted suggestions, by template id.
    pub templates: FxHashMap<String, Vec<Box<str>>>,
    /// Compile only: the ids of `rules`, to refuse a second definition.
    rule_ids: rustc_hash::FxHashSet<Arc<str>>,
    /// Whether the vocabulary and tries came from an [`image`] rather than from compiling
    /// the patterns.
    pub from_image: bool,
}

/// A `REGEX => REPLACEMENT` rewrite. The regex is built, and so checked completely, when a
/// lexicon is compiled from source. The embedded lexicons, whose compiled image stands in for
/// their patterns, only parse theirs (a test builds them all) and build each the first time a
/// suggestion needs it: most analyses never use one.
#[derive(Debug)]
pub(crate) struct Rewrite {
    /// The pattern, anchored at the match and case-insensitive.
    pattern: String,
    pub with: Box<str>,
    regex: std::sync::OnceLock<Option<regex::Regex>>,
}

impl Rewrite {
    /// The bytes a rewrite's compiled regex may take.
    const SIZE_LIMIT: usize = 1 << 20;

    /// Checks `from` and, when `build`, builds it: a regex that parses but that `regex` cannot
    /// build (a Unicode class it lacks, a match of invalid UTF-8, too large a program) would
    /// otherwise never rewrite anything.
    fn new(from: &str, with: &str, build: bool) -> Result<Rewrite, String> {
        let pattern = format!("(?i)^(?:{from})");
        // The syntax with `regex`'s own settings (Unicode, UTF-8 only), for a one-line message.
        regex_syntax::ParserBuilder::new()
            .build()
            .parse(&pattern)
            .map_err(|e| match e {
                regex_syntax::Error::Parse(e) => e.kind().to_string(),
                regex_syntax::Error::Translate(e) => e.kind().to_string(),
                e => e.to_string(),
            })?;
        let regex = std::sync::OnceLock::new();
        if build {
            let built = Rewrite::builder(&pattern).build().map_err(|e| match e {
                regex::Error::CompiledTooBig(limit) => {
                    format!("the compiled regex would take more than {limit} bytes")
                }
                e => e.to_string(),
            })?;
            let _ = regex.set(Some(built));
        }
        Ok(Rewrite {
            pattern,
            with: with.into(),
            regex,
        })
    }

    fn builder(pattern: &str) -> regex::RegexBuilder {
        let mut b = regex::RegexBuilder::new(pattern);
        b.size_limit(Rewrite::SIZE_LIMIT);
        b
    }

    /// The compiled regex; `None` only if it cannot be built (never for a lexicon compiled
    /// from source, which builds it).
    pub(crate) fn regex(&self) -> Option<&regex::Regex> {
        self.regex
            .get_or_init(|| Rewrite::builder(&self.pattern).build().ok())
            .as_ref()
    }
}

impl Clone for Rewrite {
    fn clone(&self) -> Rewrite {
        Rewrite {
            pattern: self.pattern.clone(),
            with: self.with.clone(),
            regex: self.regex.clone(),
        }
    }
}

/// One compiled rule of an emotion lexicon (read in the customer's message).
#[derive(Clone, Debug)]
pub(crate) struct EmotionRule {
    pub id: Arc<str>,
    pub emotion: crate::EmotionKind,
    pub weight: f64,
    pub examples: Vec<Box<str>>,
    pub counter_examples: Vec<Box<str>>,
}

impl Lexicon {
    /// Parses and compiles `sources`, leaving the rules named in `disabled` out of matching.
    /// The embedded lexicons, all enabled, take their vocabulary and tries from the
    /// [`image`] made from them, which saves compiling their patterns.
    pub(crate) fn compile(sources: &[Source], disabled: &[String]) -> Result<Lexicon, Error> {
        let image = if disabled.is_empty() {
            image::of(sources)
        } else {
            None
        };
        Lexicon::compile_with(sources, disabled, image)
    }

    /// [`Lexicon::compile`] without the image: every pattern parsed and inserted.
    #[cfg(test)]
    pub(crate) fn compile_from_source(
        sources: &[Source],
        disabled: &[String],
    ) -> Result<Lexicon, Error> {
        Lexicon::compile_with(sources, disabled, None)
    }

    /// The image of this lexicon's vocabulary and tries, for sources hashing to `hash`.
    #[cfg(test)]
    pub(crate) fn image(&self, hash: u64) -> Vec<u8> {
        image::save(hash, &self.vocab, &self.trie, &self.emotion_trie)
    }

    /// Compiles `sources`; with an `image` of them, its vocabulary and tries stand in for
    /// parsing and inserting the patterns. Everything else (rules, modifiers, templates) is
    /// read from the sources either way, and interning a word the image's vocabulary already
    /// holds returns the id it had when the image was made.
    fn compile_with(
        sources: &[Source],
        disabled: &[String],
        image: Option<image::Image>,
    ) -> Result<Lexicon, Error> {
        let files = sources
            .iter()
            .map(|s| parse::parse(&s.name, &s.text))
            .collect::<Result<Vec<_>, _>>()?;
        let mut lex = Lexicon::default();
        let mut tries = None;
        if let Some(image) = image {
            lex.vocab = image.vocab;
            lex.from_image = true;
            tries = Some((image.trie, image.emotion_trie));
        }
        let mut norm = String::new();
        for file in files.iter().filter(|f| f.kind == FileKind::Contractions) {
            for c in &file.contractions {
                let (a, b) = match c.expansion.as_slice() {
                    [a] => (a.as_str(), ""),
                    [a, b] => (a.as_str(), b.as_str()),
                    _ => {
                        return Err(Error::lexicon(
                            file.source,
                            c.line,
                            "an expansion has one or two words",
                        ));
                    }
                };
                for form in &c.forms {
                    norm.clear();
                    fold_into(form, &mut norm);
                    if b.is_empty() {
                        let id = lex.vocab.intern(a);
                        lex.vocab.add_alias(&norm, id);
                    } else {
                        lex.vocab.add_contraction(&norm, a, b);
                    }
                }
            }
        }
        let mut modifiers: Vec<(u8, f32, Vec<Vec<Atom>>)> = Vec::new();
        for file in files.iter().filter(|f| f.kind == FileKind::Modifiers) {
            for e in &file.entries {
                let kind = e.kind.unwrap_or_default();
                let flag = match kind {
                    "negator" => word::NEGATOR,
                    "clause-break" => word::CLAUSE_BREAK,
                    "contrast" => word::CLAUSE_BREAK | word::CONTRAST,
                    "acronym" => word::ACRONYM,
                    "not-name" => word::NOT_NAME,
                    "stopword" => word::STOPWORD,
                    "greeting" => word::GREETING,
                    _ => 0,
                };
                let scale = match kind {
                    "intensifier" | "dampener" => e.weight.ok_or_else(|| {
                        Error::lexicon(
                            file.source,
                            e.line,
                            format!(
                                "entry [{}]: a modifier of kind {kind} needs a `weight:`",
                                e.id
                            ),
                        )
                    })? as f32, // within (-1, 10]: see `parse::check_entry`
                    _ => 0.0,
                };
                for (p, line) in &e.patterns {
                    let seqs = pattern::expand(p, &mut lex.vocab)
                        .map_err(|m| Error::lexicon(file.source, *line, m))?;
                    if seqs
                        .iter()
                        .any(|s| s.len() > 2 || s.iter().any(|a| !matches!(a, Atom::Lit(_))))
                    {
                        return Err(Error::lexicon(
                            file.source,
                            *line,
                            "modifier patterns must be one or two plain words",
                        ));
                    }
                    modifiers.push((flag, scale, seqs));
                }
            }
        }
        for file in files.iter() {
            match file.kind {
                FileKind::Dimension(dimension) => lex.add_rules(file, dimension)?,
                FileKind::Emotion => lex.add_emotions(file)?,
                FileKind::Templates => {
                    for e in &file.entries {
                        lex.templates
                            .insert(e.id.to_string(), boxed(&e.replacements));
                    }
                }
                FileKind::Modifiers | FileKind::Contractions => {}
            }
        }
        for id in disabled {
            let Some(rule) = lex.rules.iter_mut().find(|r| &*r.id == id) else {
                return Err(Error::unknown_rule(id));
            };
            rule.enabled = false;
        }
        if !lex.from_image {
            lex.insert_patterns(&files)?;
        }
        // The parsed sources are done with: free them before the tries are laid out, which
        // is when compiling needs the most memory.
        drop(files);
        lex.rule_ids = Default::default();
        let n = lex.vocab.len();
        lex.word_flags = vec![0; n];
        lex.scale = vec![0.0; n];
        for (flag, scale, seqs) in modifiers {
            for seq in seqs {
                match seq.as_slice() {
                    [Atom::Lit(a)] => {
                        lex.word_flags[*a as usize] |= flag;
                        if scale != 0.0 {
                            lex.scale[*a as usize] = scale;
                        }
                    }
                    [Atom::Lit(a), Atom::Lit(b)] if scale != 0.0 => {
                        lex.word_flags[*a as usize] |= word::BIGRAM;
                        lex.bigram_scale.insert((*a, *b), scale);
                    }
                    _ => {}
                }
            }
        }
        if let Some((trie, emotion_trie)) = tries {
            (lex.trie, lex.emotion_trie) = (trie, emotion_trie);
        } else {
            lex.trie.finish(n);
            lex.emotion_trie.finish(n);
        }
        Ok(lex)
    }

    fn add_rules(&mut self, file: &LexiconFile, dimension: Dimension) -> Result<(), Error> {
        for e in &file.entries {
            let id: Arc<str> = format!("{}.{}", dimension.name(), e.id).into();
            if !self.rule_ids.insert(Arc::clone(&id)) {
                return Err(Error::lexicon(
                    file.source,
                    e.line,
                    format!("rule {id} is already defined by an earlier lexicon"),
                ));
            }
            if let Negated::As(d, w) = e.negated {
                if d.is_negative() != (w < 0.0) {
                    return Err(Error::lexicon(
                        file.source,
                        e.line,
                        format!(
                            "entry [{}]: a negated {d} weight must be {}",
                            e.id,
                            if d.is_negative() {
                                "negative"
                            } else {
                                "positive"
                            }
                        ),
                    ));
                }
            }
            self.rules.push(Rule {
                id,
                dimension,
                kind: e.kind.map(Arc::from),
                weight: e.weight.unwrap_or_default(),
                severity: e.severity,
                message: e.message.map(Box::from),
                replacements: boxed(&e.replacements),
                fix: e.fix,
                negated: e.negated,
                rewrites: e
                    .rewrites
                    .iter()
                    .map(|(from, to, line)| {
                        Rewrite::new(from, to, !self.from_image).map_err(|err| {
                            Error::lexicon(file.source, *line, format!("rewrite regex: {err}"))
                        })
                    })
                    .collect::<Result<_, _>>()?,
                examples: boxed(&e.examples),
                counter_examples: boxed(&e.counter_examples),
                pattern_count: e.patterns.len(),
                enabled: true,
            });
        }
        Ok(())
    }

    fn add_emotions(&mut self, file: &LexiconFile) -> Result<(), Error> {
        for e in &file.entries {
            let rule = self.emotion_rules.len() as u32;
            let mut pieces = Vec::new();
            let patterns = if self.from_image {
                &[][..]
            } else {
                &e.patterns[..]
            };
            for (p, line) in patterns {
                pattern::parse(p, &mut self.vocab, &mut pieces)
                    .map_err(|m| Error::lexicon(file.source, *line, m))?;
                self.emotion_trie.insert(&pieces, rule);
            }
            let emotion = e
                .kind
                .unwrap_or_default()
                .parse()
                .map_err(|_| Error::lexicon(file.source, e.line, "unknown emotion"))?;
            self.emotion_rules.push(EmotionRule {
                id: format!("emotion.{}", e.id).into(),
                emotion,
                weight: e.weight.unwrap_or(1.0),
                examples: boxed(&e.examples),
                counter_examples: boxed(&e.counter_examples),
            });
        }
        Ok(())
    }

    fn insert_patterns(&mut self, files: &[LexiconFile]) -> Result<(), Error> {
        // About one node per 6 bytes of pattern text and one word edge besides nodes' first per
        // 5 (measured on the English lexicons), so the edge table is not grown while it fills.
        let bytes: usize = files
            .iter()
            .flat_map(|f| &f.entries)
            .flat_map(|e| &e.patterns)
            .map(|(p, _)| p.len())
            .sum();
        self.trie.reserve(bytes / 6, bytes / 5);
        let mut rule = 0u32;
        let mut pieces = Vec::new();
        for file in files {
            if !matches!(file.kind, FileKind::Dimension(_)) {
                continue;
            }
            for e in &file.entries {
                for (p, line) in &e.patterns {
                    pattern::parse(p, &mut self.vocab, &mut pieces)
                        .map_err(|m| Error::lexicon(file.source, *line, m))?;
                    if self.rules[rule as usize].enabled {
                        self.trie.insert(&pieces, rule);
                    }
                }
                rule += 1;
            }
        }
        Ok(())
    }

    /// Whether the word `id` has the flag `flag` (see [`word`]).
    #[inline]
    pub(crate) fn has(&self, id: u32, flag: u8) -> bool {
        self.flags(id) & flag != 0
    }

    /// All the [`word`] flags of a word (none for an id the vocabulary does not have).
    #[inline]
    pub(crate) fn flags(&self, id: u32) -> u8 {
        self.word_flags.get(id as usize).copied().unwrap_or(0)
    }

    /// The normalized lookup of a word, folded into `norm` when it must be written out: an
    /// ASCII word's normalized form is its lower case, which the lookup makes as it reads
    /// ("Thanks" at the start of a sentence), when the form is short enough to be kept
    /// inline.
    #[inline]
    pub(crate) fn lookup_word(&self, word: &str, norm: &mut String) -> Lookup {
        let ascii = word.is_ascii().then(|| self.lookup_ascii(word.as_bytes()));
        match ascii.flatten() {
            Some(found) => found,
            None => {
                norm.clear();
                fold_into(word, norm);
                self.lookup(norm.as_bytes())
            }
        }
    }

    /// [`Lexicon::lookup_word`] of a word of ASCII bytes only (a token says so:
    /// `Token::ASCII`); `None` when it is empty or too long to be looked up without writing
    /// it out.
    #[inline(always)]
    pub(crate) fn lookup_ascii(&self, ascii: &[u8]) -> Option<Lookup> {
        let found = self.vocab.lookup_ascii_lower(ascii)?;
        Some(found.unwrap_or(Lookup::One(vocab::UNKNOWN)))
    }

    /// [`Lexicon::lookup`] of `text[start..end]`, read in place.
    #[inline(always)]
    pub(crate) fn lookup_in(&self, text: &[u8], start: usize, end: usize) -> Lookup {
        (self.vocab.lookup_in(text, start, end)).unwrap_or(Lookup::One(vocab::UNKNOWN))
    }

    /// [`Lexicon::lookup_ascii`] of `text[start..end]`, read in place.
    #[inline(always)]
    pub(crate) fn lookup_ascii_in(&self, text: &[u8], start: usize, end: usize) -> Option<Lookup> {
        let found = self.vocab.lookup_ascii_lower_in(text, start, end)?;
        Some(found.unwrap_or(Lookup::One(vocab::UNKNOWN)))
    }

    /// The normalized lookup of one token's text.
    #[inline]
    pub(crate) fn lookup(&self, norm: &[u8]) -> Lookup {
        self.vocab
            .lookup(norm)
            .unwrap_or(Lookup::One(vocab::UNKNOWN))
    }
}

/// Owned, immutable copies of an entry's texts.
fn boxed(texts: &[&str]) -> Vec<Box<str>> {
    texts.iter().map(|&t| Box::from(t)).collect()
}

/// The text of a lexicon file from its bytes; invalid UTF-8 is an error naming the line of the
/// first invalid byte (a byte-order mark is left for [`parse::parse`] to skip).
pub(crate) fn text_of(name: &str, bytes: Vec<u8>) -> Result<String, Error> {
    crate::error::utf8_text(bytes).map_err(|(line, m)| Error::lexicon(name, line, m))
}

/// The embedded sources.
pub(crate) fn embedded() -> Vec<Source> {
    EMBEDDED
        .iter()
        .map(|(name, text)| Source {
            name: (*name).to_string(),
            text: Cow::Borrowed(text),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_files_must_be_utf8() {
        // The bytes, and the line and a part of the error they give.
        type Case = (&'static [u8], Option<(usize, &'static str)>);
        let cases: &[Case] = &[
            (b"dimension: validation\n", None),
            (b"\xef\xbb\xbfdimension: validation\n", None),
            (b"\xffdimension: validation\n", Some((1, "byte 0"))),
            (b"dimension: validation\n# caf\xe9\n", Some((2, "byte 27"))),
            (
                b"dimension: validation\n\n[x]\npattern: a\xc3\n",
                Some((4, "byte 37")),
            ),
        ];
        for (bytes, want) in cases {
            let got = text_of("n.lex", bytes.to_vec());
            match (want, got) {
                (None, Ok(text)) => assert_eq!(text.as_bytes(), *bytes),
                (Some((line, needle)), Err(e)) => {
                    assert_eq!(e.line(), Some(*line), "{e}");
                    assert!(
                        e.to_string()
                            .starts_with(&format!("n.lex:{line}: not valid UTF-8")),
                        "{e}"
                    );
                    assert!(e.to_string().contains(needle), "{e}");
                }
                (want, got) => panic!("{bytes:?}: want {want:?}, got {got:?}"),
            }
        }
    }

    /// A rewrite regex that `regex` cannot build is an error naming the line, not a rewrite
    /// that silently never applies.
    #[test]
    fn rewrite_regexes_are_checked_completely() {
        // Which Unicode classes `regex` knows depends on its features, which vary with the
        // build (a dev-dependency turns them all on): the check follows the `regex` linked.
        let greek = regex::Regex::new(r"\p{Greek}").is_ok();
        let cases = [
            ("(\\w+) now => $1 later", None),
            (
                "zork (\\p{Greek}+) => ZAP $1",
                (!greek).then_some("Unicode property"),
            ),
            ("zork (?-u:\\xff) => ZAP", Some("invalid UTF-8")),
            ("zork (\\w+){1000} => ZAP", Some("more than 1048576 bytes")),
            ("zork (\\w+ => ZAP", Some("unclosed group")),
        ];
        for (rewrite, want) in cases {
            let text = format!(
                "dimension: confrontation\n[zork]\npattern: zork\nweight: -1\nkind: blame\nmessage: m\nreplace: r\nrewrite: {rewrite}\nmatch: zork\n"
            );
            let sources = [Source {
                name: "z.lex".into(),
                text: text.into(),
            }];
            match (Lexicon::compile(&sources, &[]), want) {
                (Ok(lex), None) => assert!(lex.rules[0].rewrites[0].regex().is_some()),
                (Err(e), Some(needle)) => {
                    assert!(e.to_string().starts_with("z.lex:8: rewrite regex: "), "{e}");
                    assert!(e.to_string().contains(needle), "{rewrite}: {e}");
                }
                (got, _) => panic!("{rewrite}: {:?}", got.err()),
            }
        }
    }

    /// The embedded lexicons load from their image without building their rewrites; each of
    /// them builds.
    /// The shipped lexicons' tries take short buckets, whose lookup is the fast one (see
    /// `trie::edges`): lexicons that outgrew them would analyse slower.
    #[test]
    fn shipped_tries_take_short_buckets() {
        let lex = Lexicon::compile(&embedded(), &[]).unwrap();
        assert_eq!(lex.trie.edges_kind(), "short");
        assert_eq!(lex.emotion_trie.edges_kind(), "short");
    }

    #[test]
    fn embedded_rewrites_build() {
        let lex = Lexicon::compile_from_source(&embedded(), &[]).unwrap();
        let rewrites = lex.rules.iter().flat_map(|r| &r.rewrites);
        assert!(rewrites.clone().count() > 0);
        for rw in rewrites {
            assert!(
                rw.regex.get().is_some_and(Option::is_some),
                "{}",
                rw.pattern
            );
        }
    }

    /// Every suggestion the default lexicons make carries text the agent can use: a
    /// replacement, a rewrite, or an edit computed from the match (remove, sentence case).
    #[test]
    fn every_suggestion_has_ready_to_use_text() {
        let lex = Lexicon::compile(&embedded(), &[]).unwrap();
        let bare: Vec<&str> = lex
            .rules
            .iter()
            .filter(|r| r.message.is_some() && r.weight < 0.0)
            .filter(|r| matches!(r.fix, Fix::Replace | Fix::Rephrase))
            .filter(|r| r.replacements.is_empty() && r.rewrites.is_empty())
            .map(|r| &*r.id)
            .collect();
        assert!(
            bare.is_empty(),
            "entries without ready-to-use text: {bare:?}"
        );
    }
}

#[cfg(test)]
mod stats {
    use super::*;
    use std::time::Instant;

    /// Each pattern parsed, with its text.
    type Patterns = Vec<(Vec<pattern::Piece>, &'static str)>;

    /// The parsed embedded files and all their patterns.
    fn parsed() -> (Vec<LexiconFile<'static>>, Vocab, Patterns) {
        let files: Vec<_> = EMBEDDED
            .iter()
            .map(|(name, text)| parse::parse(name, text).unwrap())
            .collect();
        let mut vocab = Vocab::default();
        let mut all = Vec::new();
        for f in &files {
            for e in &f.entries {
                for (p, _) in &e.patterns {
                    let mut pieces = Vec::new();
                    if pattern::parse(p, &mut vocab, &mut pieces).is_ok() {
                        all.push((pieces, *p));
                    }
                }
            }
        }
        (files, vocab, all)
    }

    /// Compile phases and trie sizes, for working on build time and memory:
    /// `cargo test --release --lib print_stats -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn print_stats() {
        let (_, _, all) = parsed();
        let mut trie = Trie::default();
        let mut growth = Vec::new();
        for (i, (p, _)) in all.iter().enumerate() {
            let before = trie.node_count();
            trie.insert(p, i as u32);
            growth.push((trie.node_count() - before, i));
        }
        eprintln!("{}; largest patterns by nodes:", trie.stats());
        let mut finished = trie.clone();
        finished.finish(100_000);
        eprintln!("nodes with most special edges: {:?}", finished.busiest());
        eprintln!("laid out: {}", finished.layout_stats());
        growth.sort_unstable_by(|a, b| b.cmp(a));
        for (g, i) in growth.iter().take(8) {
            eprintln!("{g:6} {}", all[*i].1.chars().take(120).collect::<String>());
        }
        let reps = 20;
        let mut phases = [0.0f64; 5];
        for _ in 0..reps {
            let t = Instant::now();
            let (_, vocab, all) = parsed();
            phases[0] += t.elapsed().as_secs_f64();
            let t = Instant::now();
            let mut trie = Trie::default();
            for (i, (p, _)) in all.iter().enumerate() {
                trie.insert(p, i as u32);
            }
            phases[1] += t.elapsed().as_secs_f64();
            let t = Instant::now();
            trie.finish(vocab.len());
            phases[2] += t.elapsed().as_secs_f64();
            let t = Instant::now();
            drop(Lexicon::compile(&embedded(), &[]).unwrap());
            phases[3] += t.elapsed().as_secs_f64();
        }
        let finished = Lexicon::compile_from_source(&embedded(), &[]).unwrap().trie;
        for _ in 0..reps {
            let mut t = finished.clone();
            let start = Instant::now();
            t.renumber();
            phases[4] += start.elapsed().as_secs_f64();
        }
        let ms = phases.map(|x| x * 1000.0 / f64::from(reps));
        eprintln!(
            "parse files and patterns {:.2} ms, insert {:.2} ms, finish {:.2} ms; compile {:.2} ms; renumber {:.2} ms",
            ms[0], ms[1], ms[2], ms[3], ms[4]
        );
    }
}
