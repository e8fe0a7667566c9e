//! The pattern syntax: phrases, `(a|b)` alternatives, `[a]` optional words, `*N` gaps,
//! `<slot>`s and the `^` sentence-start anchor; expanded into token sequences for the trie.

use super::vocab::{Lookup, Vocab};
use crate::text::{fold_into, tokenize};
use crate::{Token, TokenKind};

/// The most token sequences one pattern may expand to.
pub(crate) const MAX_EXPANSIONS: usize = 65_536;

/// The deepest groups may nest. Parsing, counting and inserting a pattern recurse once per
/// level, so without a limit a pattern of thousands of `(` overflows the stack; the embedded
/// lexicons nest two deep.
pub(crate) const MAX_NESTING: usize = 32;

/// A class of token that a `<slot>` matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Slot {
    Placeholder,
    Name,
    Customer,
    Number,
    Word,
    Caps,
    Emoji,
}

impl Slot {
    pub(crate) const fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// The slot whose `as u8` is `i`.
    pub(crate) fn from_index(i: u8) -> Option<Slot> {
        [
            Slot::Placeholder,
            Slot::Name,
            Slot::Customer,
            Slot::Number,
            Slot::Word,
            Slot::Caps,
            Slot::Emoji,
        ]
        .into_iter()
        .find(|s| *s as u8 == i)
    }

    fn parse(name: &str) -> Option<Slot> {
        Some(match name {
            "placeholder" => Slot::Placeholder,
            "name" => Slot::Name,
            "customer" => Slot::Customer,
            "number" => Slot::Number,
            "word" => Slot::Word,
            "caps" => Slot::Caps,
            "emoji" => Slot::Emoji,
            _ => return None,
        })
    }
}

/// One step of an expanded pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Atom {
    Lit(u32),
    Slot(Slot),
    Gap(u8),
    Anchor,
}

/// A parsed pattern, flat: a group is a header followed by its alternatives, each an `Alt`
/// header followed by its own pieces. Parsing reuses one buffer, so it allocates nothing per
/// pattern; [`steps`] and [`Alts`] walk the nesting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Piece {
    /// One word.
    Lit(u32),
    Slot(Slot),
    Gap(u8),
    Anchor,
    /// A group: `(a|b)`, or `[a|b]` when optional. The next `len` pieces are its alternatives.
    Group {
        optional: bool,
        len: u32,
    },
    /// An alternative of a group: the next `len` pieces are its sequence.
    Alt {
        len: u32,
    },
}

/// One step of a sequence of pieces: a single piece, or a group and its alternatives.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Step<'p> {
    One(Piece),
    Group { optional: bool, alts: Alts<'p> },
}

/// The steps of a sequence of pieces (a whole pattern, or one alternative).
pub(crate) fn steps(seq: &[Piece]) -> Steps<'_> {
    Steps(seq)
}

/// Iterator over the [`Step`]s of a sequence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Steps<'p>(&'p [Piece]);

impl<'p> Iterator for Steps<'p> {
    type Item = Step<'p>;

    fn next(&mut self) -> Option<Step<'p>> {
        let (&first, rest) = self.0.split_first()?;
        match first {
            Piece::Group { optional, len } => {
                let (content, rest) = rest.split_at((len as usize).min(rest.len()));
                self.0 = rest;
                Some(Step::Group {
                    optional,
                    alts: Alts(content),
                })
            }
            piece => {
                self.0 = rest;
                Some(Step::One(piece))
            }
        }
    }
}

/// Iterator over the alternatives of a group, each a sequence of pieces.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Alts<'p>(&'p [Piece]);

impl<'p> Iterator for Alts<'p> {
    type Item = &'p [Piece];

    fn next(&mut self) -> Option<&'p [Piece]> {
        let (&first, rest) = self.0.split_first()?;
        let Piece::Alt { len } = first else {
            self.0 = &[];
            return None;
        };
        let (alt, rest) = rest.split_at((len as usize).min(rest.len()));
        self.0 = rest;
        Some(alt)
    }
}

/// Parses `pattern` into `out` (cleared first) and checks it, without expanding it: the trie
/// takes the pieces as they are.
pub(crate) fn parse(pattern: &str, vocab: &mut Vocab, out: &mut Vec<Piece>) -> Result<(), String> {
    out.clear();
    let mut p = Parser {
        src: pattern,
        pos: 0,
        depth: 0,
        vocab,
        out,
    };
    p.seq()?;
    if let Some(c) = p.peek() {
        return Err(format!("unbalanced `{c}` at column {}", p.pos + 1));
    }
    let pieces: &[Piece] = out;
    if count(pieces) > MAX_EXPANSIONS {
        return Err(format!(
            "the pattern expands to more than {MAX_EXPANSIONS} token sequences; split it into several `pattern:` lines"
        ));
    }
    if !consumes(pieces) {
        return Err("the pattern can match nothing (everything in it is optional)".to_string());
    }
    let is_gap = |s: &Step| matches!(s, Step::One(Piece::Gap(_)));
    if steps(pieces).next().is_some_and(|s| is_gap(&s))
        || steps(pieces).last().is_some_and(|s| is_gap(&s))
    {
        return Err("a gap `*N` must stand between words, not at the start or end".to_string());
    }
    let edges = Edges::of(pieces);
    if edges.starts_with_gap || edges.ends_with_gap {
        return Err(format!(
            "a gap `*N` must stand between words, not at the {} of what the pattern matches; here an optional part or an alternative can put it there",
            if edges.starts_with_gap {
                "start"
            } else {
                "end"
            }
        ));
    }
    if steps(pieces)
        .last()
        .is_some_and(|s| matches!(s, Step::One(Piece::Anchor)))
    {
        return Err("the anchor `^` must be followed by something to match".to_string());
    }
    if steps(pieces)
        .zip(steps(pieces).skip(1))
        .any(|(a, b)| is_gap(&a) && is_gap(&b))
    {
        return Err("two gaps in a row; use one larger gap".to_string());
    }
    Ok(())
}

/// How many token sequences the pieces stand for (saturating).
fn count(pieces: &[Piece]) -> usize {
    steps(pieces).fold(1usize, |n, step| match step {
        Step::Group { optional, alts } => {
            let alts = alts
                .map(count)
                .fold(usize::from(optional), usize::saturating_add);
            n.saturating_mul(alts)
        }
        Step::One(_) => n,
    })
}

/// What the token sequences a sequence of pieces expands to can begin and end with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Edges {
    /// Some sequence starts with a gap.
    starts_with_gap: bool,
    /// Some sequence ends with a gap.
    ends_with_gap: bool,
    /// Some sequence is empty (everything in it optional).
    empty: bool,
}

impl Edges {
    /// The edges of `pieces`, in one pass over them: a sequence can start with a gap when a
    /// step can, after steps that can all be left out; likewise at the end.
    fn of(pieces: &[Piece]) -> Edges {
        let none = Edges {
            starts_with_gap: false,
            ends_with_gap: false,
            empty: true,
        };
        steps(pieces).fold(none, |acc, step| {
            let step = match step {
                Step::One(Piece::Gap(_)) => Edges {
                    starts_with_gap: true,
                    ends_with_gap: true,
                    empty: false,
                },
                Step::One(Piece::Group { .. } | Piece::Alt { .. }) => return acc,
                Step::One(_) => Edges {
                    starts_with_gap: false,
                    ends_with_gap: false,
                    empty: false,
                },
                Step::Group { optional, alts } => alts.map(Edges::of).fold(
                    Edges {
                        starts_with_gap: false,
                        ends_with_gap: false,
                        empty: optional,
                    },
                    |a, b| Edges {
                        starts_with_gap: a.starts_with_gap || b.starts_with_gap,
                        ends_with_gap: a.ends_with_gap || b.ends_with_gap,
                        empty: a.empty || b.empty,
                    },
                ),
            };
            Edges {
                starts_with_gap: acc.starts_with_gap || (acc.empty && step.starts_with_gap),
                ends_with_gap: step.ends_with_gap || (step.empty && acc.ends_with_gap),
                empty: acc.empty && step.empty,
            }
        })
    }
}

/// Whether every sequence of the pieces consumes at least one token.
fn consumes(pieces: &[Piece]) -> bool {
    steps(pieces).any(|step| match step {
        Step::One(Piece::Lit(_) | Piece::Slot(_)) => true,
        Step::One(_) => false,
        Step::Group { optional, mut alts } => !optional && alts.all(consumes),
    })
}

struct Parser<'p, 'v> {
    src: &'p str,
    pos: usize,
    /// How many groups enclose the position.
    depth: usize,
    vocab: &'v mut Vocab,
    out: &'v mut Vec<Piece>,
}

/// Parses and expands `pattern` into the token sequences it matches (for small patterns: the
/// modifier lists).
pub(crate) fn expand(pattern: &str, vocab: &mut Vocab) -> Result<Vec<Vec<Atom>>, String> {
    let mut pieces = Vec::new();
    parse(pattern, vocab, &mut pieces)?;
    let mut out = vec![Vec::new()];
    expand_seq(&pieces, &mut out)?;
    out.sort();
    out.dedup();
    Ok(out)
}

impl PartialOrd for Atom {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Atom {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        fn key(a: &Atom) -> (u8, u32) {
            match *a {
                Atom::Lit(id) => (0, id),
                Atom::Slot(s) => (1, s as u32),
                Atom::Gap(n) => (2, u32::from(n)),
                Atom::Anchor => (3, 0),
            }
        }
        key(self).cmp(&key(other))
    }
}

fn expand_seq(items: &[Piece], out: &mut Vec<Vec<Atom>>) -> Result<(), String> {
    for step in steps(items) {
        let atom = match step {
            Step::One(Piece::Lit(id)) => Atom::Lit(id),
            Step::One(Piece::Slot(slot)) => Atom::Slot(slot),
            Step::One(Piece::Gap(n)) => Atom::Gap(n),
            Step::One(Piece::Anchor) => Atom::Anchor,
            Step::One(Piece::Group { .. } | Piece::Alt { .. }) => continue,
            Step::Group { optional, alts } => {
                let mut tails: Vec<Vec<Atom>> = Vec::new();
                if optional {
                    tails.push(Vec::new());
                }
                for alt in alts {
                    let mut sub = vec![Vec::new()];
                    expand_seq(alt, &mut sub)?;
                    tails.extend(sub);
                }
                if out.len().saturating_mul(tails.len()) > MAX_EXPANSIONS {
                    return Err(format!(
                        "the pattern expands to more than {MAX_EXPANSIONS} token sequences; split it into several `pattern:` lines"
                    ));
                }
                let mut next = Vec::with_capacity(out.len() * tails.len());
                for head in out.iter() {
                    for tail in &tails {
                        let mut s = head.clone();
                        s.extend_from_slice(tail);
                        next.push(s);
                    }
                }
                *out = next;
                continue;
            }
        };
        out.iter_mut().for_each(|s| s.push(atom));
    }
    Ok(())
}

/// Whether a byte is pattern syntax (ends a literal run). All syntax is ASCII.
const fn is_syntax(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'[' | b']' | b'|' | b'<' | b'>' | b'*' | b'^'
    )
}

impl Parser<'_, '_> {
    /// The character at the current position (syntax is ASCII, so most callers compare it
    /// with ASCII characters).
    fn peek(&self) -> Option<char> {
        match self.src.as_bytes().get(self.pos) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => self.src[self.pos..].chars().next(),
            None => None,
        }
    }

    fn seq(&mut self) -> Result<(), String> {
        while let Some(c) = self.peek() {
            match c {
                ')' | ']' | '|' => break,
                '(' | '[' => {
                    let open_at = self.pos;
                    if self.depth == MAX_NESTING {
                        return Err(format!(
                            "groups nest more than {MAX_NESTING} deep (column {})",
                            open_at + 1
                        ));
                    }
                    self.depth += 1;
                    self.pos += 1;
                    let close = if c == '(' { ')' } else { ']' };
                    let header = self.out.len();
                    self.out.push(Piece::Group {
                        optional: c == '[',
                        len: 0,
                    });
                    loop {
                        let alt = self.out.len();
                        self.out.push(Piece::Alt { len: 0 });
                        self.seq()?;
                        let len = (self.out.len() - alt - 1) as u32;
                        if len == 0 {
                            return Err(format!(
                                "empty alternative in the group at column {}; use `[...]` for optional words",
                                open_at + 1
                            ));
                        }
                        self.out[alt] = Piece::Alt { len };
                        match self.peek() {
                            Some('|') => self.pos += 1,
                            Some(d) if d == close => {
                                self.pos += 1;
                                break;
                            }
                            Some(d) => {
                                return Err(format!(
                                    "expected `{close}` at column {}, found `{d}`",
                                    self.pos + 1
                                ));
                            }
                            None => {
                                return Err(format!(
                                    "`{c}` at column {} is never closed",
                                    open_at + 1
                                ));
                            }
                        }
                    }
                    self.out[header] = Piece::Group {
                        optional: c == '[',
                        len: (self.out.len() - header - 1) as u32,
                    };
                    self.depth -= 1;
                }
                '<' => {
                    let rest = &self.src[self.pos + 1..];
                    let Some(end) = rest.find('>') else {
                        return Err(format!("`<` at column {} is never closed", self.pos + 1));
                    };
                    let name = &rest[..end];
                    let slot = Slot::parse(name).ok_or_else(|| {
                        format!("unknown slot <{name}>; slots are <placeholder>, <name>, <customer>, <number>, <word>, <caps>, <emoji>")
                    })?;
                    self.out.push(Piece::Slot(slot));
                    self.pos += end + 2;
                }
                '*' => {
                    let digits = self.src[self.pos + 1..]
                        .bytes()
                        .take_while(u8::is_ascii_digit)
                        .count();
                    let n: u8 = self.src[self.pos + 1..self.pos + 1 + digits]
                        .parse()
                        .unwrap_or(0);
                    if !(1..=9).contains(&n) || digits != 1 {
                        return Err(format!(
                            "a gap is `*N` with N from 1 to 9 (column {})",
                            self.pos + 1
                        ));
                    }
                    self.out.push(Piece::Gap(n));
                    self.pos += 1 + digits;
                }
                '^' => {
                    self.out.push(Piece::Anchor);
                    self.pos += 1;
                }
                '>' => return Err(format!("stray `>` at column {}", self.pos + 1)),
                _ => {
                    let len = self.src.as_bytes()[self.pos..]
                        .iter()
                        .position(|&b| is_syntax(b))
                        .unwrap_or(self.src.len() - self.pos);
                    let literal = &self.src[self.pos..self.pos + len];
                    self.literal(literal)?;
                    self.pos += len;
                }
            }
        }
        Ok(())
    }

    /// Tokenizes and normalizes a literal run exactly as analysed text is, and pushes its
    /// words.
    fn literal(&mut self, literal: &str) -> Result<(), String> {
        let ids = &mut *self.out;
        // Most literals are plain lower-case words: they are their own normalized tokens.
        if literal.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
            for word in literal.split(' ').filter(|w| !w.is_empty()) {
                match self.vocab.resolve(word) {
                    Lookup::One(id) => ids.push(Piece::Lit(id)),
                    Lookup::Two(a, b) => ids.extend([Piece::Lit(a), Piece::Lit(b)]),
                }
            }
            return Ok(());
        }
        let mut norm = String::new();
        let tokens = tokenize(literal);
        for (i, tok) in tokens.iter().enumerate() {
            let text = &literal[tok.span.start..tok.span.end];
            if Token::is_inner_hyphen(&tokens, i, literal) {
                continue;
            }
            match tok.kind {
                TokenKind::Word
                | TokenKind::Number
                | TokenKind::Identifier
                | TokenKind::Punct
                | TokenKind::Emoji => {}
                kind => {
                    return Err(format!(
                        "{text:?} reads as {kind:?}, which is never matched as words"
                    ));
                }
            }
            norm.clear();
            fold_into(text, &mut norm);
            if norm.is_empty() {
                continue;
            }
            match self.vocab.resolve(&norm) {
                Lookup::One(id) => ids.push(Piece::Lit(id)),
                Lookup::Two(a, b) => ids.extend([Piece::Lit(a), Piece::Lit(b)]),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(vocab: &Vocab, seqs: &[Vec<Atom>]) -> Vec<String> {
        let mut out: Vec<String> = seqs
            .iter()
            .map(|s| {
                s.iter()
                    .map(|a| match a {
                        Atom::Lit(id) => vocab.word(*id).to_string(),
                        Atom::Slot(s) => format!("<{s:?}>"),
                        Atom::Gap(n) => format!("*{n}"),
                        Atom::Anchor => "^".to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        out.sort();
        out
    }

    /// `a` inside `n` groups: `((a))`, or `[[a]] b` when optional.
    fn nested(n: usize, optional: bool) -> String {
        if optional {
            format!("{}a{} b", "[".repeat(n), "]".repeat(n))
        } else {
            format!("{}a{}", "(".repeat(n), ")".repeat(n))
        }
    }

    #[test]
    fn expands() {
        let mut v = Vocab::default();
        v.add_contraction("don't", "do", "not");
        let (deep, deep_optional) = (nested(MAX_NESTING, false), nested(MAX_NESTING, true));
        let cases: &[(&str, &[&str])] = &[
            ("calm down", &["calm down"]),
            ("CALM   Down", &["calm down"]),
            (
                "(thanks|thank you) for waiting",
                &["thank you for waiting", "thanks for waiting"],
            ),
            (
                "i [completely|totally] understand",
                &[
                    "i completely understand",
                    "i totally understand",
                    "i understand",
                ],
            ),
            ("you *2 fault", &["you *2 fault"]),
            ("hi <name> ,", &["hi <Name> ,"]),
            (
                "^ unfortunately [,]",
                &["^ unfortunately", "^ unfortunately ,"],
            ),
            ("don’t worry", &["do not worry"]),
            ("follow-up", &["follow up"]),
            ("3 - 5", &["3 - 5"]),
            ("wow !!!", &["wow !!"]),
            ("((a|b) c|d)", &["a c", "b c", "d"]),
            // Gaps between words, wherever the groups around them put them.
            ("a (b *2 c|d)", &["a b *2 c", "a d"]),
            ("a *2 [b] c", &["a *2 b c", "a *2 c"]),
            (
                "[a] b *2 c [d]",
                &["a b *2 c", "a b *2 c d", "b *2 c", "b *2 c d"],
            ),
            ("^ *2 a", &["^ *2 a"]),
            (
                "(a|b *2) ([c] d|e)",
                &["a c d", "a d", "a e", "b *2 c d", "b *2 d", "b *2 e"],
            ),
            ("[a (b|*2 c)] d", &["a *2 c d", "a b d", "d"]),
            (&deep, &["a"]),
            (&deep_optional, &["a b", "b"]),
        ];
        for (pattern, want) in cases {
            let seqs = expand(pattern, &mut v).unwrap_or_else(|e| panic!("{pattern}: {e}"));
            assert_eq!(words(&v, &seqs), *want, "pattern {pattern:?}");
        }
    }

    #[test]
    fn rejects() {
        let mut v = Vocab::default();
        // Thousands deep used to overflow the stack (parsing recursed once per level).
        let too_deep = [
            nested(MAX_NESTING + 1, false),
            nested(MAX_NESTING + 1, true),
            nested(5_000, false),
            nested(100_000, true),
            format!("x {}", nested(MAX_NESTING + 1, false)),
        ];
        let too_deep = too_deep
            .iter()
            .map(|p| (p.as_str(), "nest more than 32 deep"));
        let cases = [
            ("(a|b", "never closed"),
            ("a)", "unbalanced"),
            ("(a|)", "empty alternative"),
            ("[a]", "match nothing"),
            ("*2 a", "gap"),
            ("a *2", "gap"),
            // Inside a group or next to an optional part, a gap can still begin or end a
            // match, which then swallows unrelated words.
            ("per the faq (, *3)", "at the end"),
            ("a (b *2)", "at the end"),
            ("(*2 b) a", "at the start"),
            ("a *2 [b]", "at the end"),
            ("[a] *2 b", "at the start"),
            ("[a] [b] *2 c", "at the start"),
            ("a *2 [b|c] [d]", "at the end"),
            ("a *2 (b|[c])", "at the end"),
            ("(a|b *2) [c d|e]", "at the end"),
            ("a ((b|c *1)) [d]", "at the end"),
            ("[a] (b|*2 c) d", "at the start"),
            ("a *0 b", "gap"),
            ("a *12 b", "gap"),
            ("<nme>", "unknown slot"),
            ("<name", "never closed"),
            ("a > b", "stray"),
            ("see https://x.com", "never matched"),
            (
                "[a|b|c|d|e|f|g|h] [a|b|c|d|e|f|g|h] [a|b|c|d|e|f|g|h] [a|b|c|d|e|f|g|h] [a|b|c|d|e|f|g|h] [a|b|c|d|e|f|g|h] x",
                "expands",
            ),
        ];
        for (pattern, needle) in cases.into_iter().chain(too_deep) {
            let e = expand(pattern, &mut v).expect_err(pattern);
            assert!(e.contains(needle), "{pattern}: {e}");
        }
    }
}
