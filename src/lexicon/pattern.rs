//! The pattern syntax: phrases, `(a|b)` alternatives, `[a]` optional words, `*N` gaps,
//! `<slot>`s and the `^` sentence-start anchor; expanded into token sequences for the trie.

use super::vocab::{Lookup, Vocab};
use crate::text::{fold_into, tokenize};
use crate::{Token, TokenKind};

/// The most token sequences one pattern may expand to.
pub(crate) const MAX_EXPANSIONS: usize = 65_536;

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

/// A parsed pattern element, before expansion.
#[derive(Debug)]
pub(crate) enum Piece {
    /// One word.
    Lit(u32),
    Slot(Slot),
    Gap(u8),
    Anchor,
    Group {
        alts: Vec<Vec<Piece>>,
        optional: bool,
    },
}

/// Parses `pattern` and checks it, without expanding it: the trie takes the pieces as they are.
pub(crate) fn parse(pattern: &str, vocab: &mut Vocab) -> Result<Vec<Piece>, String> {
    let mut p = Parser {
        src: pattern,
        pos: 0,
        vocab,
    };
    let pieces = p.seq()?;
    if let Some(c) = p.peek() {
        return Err(format!("unbalanced `{c}` at column {}", p.pos + 1));
    }
    if count(&pieces) > MAX_EXPANSIONS {
        return Err(format!(
            "the pattern expands to more than {MAX_EXPANSIONS} token sequences; split it into several `pattern:` lines"
        ));
    }
    if !consumes(&pieces) {
        return Err("the pattern can match nothing (everything in it is optional)".to_string());
    }
    match (pieces.first(), pieces.last()) {
        (Some(Piece::Gap(_)), _) | (_, Some(Piece::Gap(_))) => {
            return Err("a gap `*N` must stand between words, not at the start or end".to_string());
        }
        (_, Some(Piece::Anchor)) => {
            return Err("the anchor `^` must be followed by something to match".to_string());
        }
        _ => {}
    }
    if pieces
        .windows(2)
        .any(|w| matches!(w, [Piece::Gap(_), Piece::Gap(_)]))
    {
        return Err("two gaps in a row; use one larger gap".to_string());
    }
    Ok(pieces)
}

/// How many token sequences the pieces stand for (saturating).
fn count(pieces: &[Piece]) -> usize {
    pieces.iter().fold(1usize, |n, p| match p {
        Piece::Group { alts, optional } => {
            let alts = alts
                .iter()
                .map(|a| count(a))
                .fold(usize::from(*optional), usize::saturating_add);
            n.saturating_mul(alts)
        }
        _ => n,
    })
}

/// Whether every sequence of the pieces consumes at least one token.
fn consumes(pieces: &[Piece]) -> bool {
    pieces.iter().any(|p| match p {
        Piece::Lit(_) => true,
        Piece::Slot(_) => true,
        Piece::Gap(_) | Piece::Anchor => false,
        Piece::Group { alts, optional } => !optional && alts.iter().all(|a| consumes(a)),
    })
}

struct Parser<'p, 'v> {
    src: &'p str,
    pos: usize,
    vocab: &'v mut Vocab,
}

/// Parses and expands `pattern` into the token sequences it matches (for small patterns: the
/// modifier lists).
pub(crate) fn expand(pattern: &str, vocab: &mut Vocab) -> Result<Vec<Vec<Atom>>, String> {
    let pieces = parse(pattern, vocab)?;
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
    for item in items {
        match item {
            Piece::Lit(id) => out.iter_mut().for_each(|s| s.push(Atom::Lit(*id))),
            Piece::Slot(slot) => out.iter_mut().for_each(|s| s.push(Atom::Slot(*slot))),
            Piece::Gap(n) => out.iter_mut().for_each(|s| s.push(Atom::Gap(*n))),
            Piece::Anchor => out.iter_mut().for_each(|s| s.push(Atom::Anchor)),
            Piece::Group { alts, optional } => {
                let mut tails: Vec<Vec<Atom>> = Vec::new();
                if *optional {
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
            }
        }
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

    fn seq(&mut self) -> Result<Vec<Piece>, String> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            match c {
                ')' | ']' | '|' => break,
                '(' | '[' => {
                    let open_at = self.pos;
                    self.pos += 1;
                    let close = if c == '(' { ')' } else { ']' };
                    let mut alts = vec![self.seq()?];
                    loop {
                        match self.peek() {
                            Some('|') => {
                                self.pos += 1;
                                alts.push(self.seq()?);
                            }
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
                    if alts.iter().any(Vec::is_empty) {
                        return Err(format!(
                            "empty alternative in the group at column {}; use `[...]` for optional words",
                            open_at + 1
                        ));
                    }
                    items.push(Piece::Group {
                        alts,
                        optional: c == '[',
                    });
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
                    items.push(Piece::Slot(slot));
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
                    items.push(Piece::Gap(n));
                    self.pos += 1 + digits;
                }
                '^' => {
                    items.push(Piece::Anchor);
                    self.pos += 1;
                }
                '>' => return Err(format!("stray `>` at column {}", self.pos + 1)),
                _ => {
                    let len = self.src.as_bytes()[self.pos..]
                        .iter()
                        .position(|&b| is_syntax(b))
                        .unwrap_or(self.src.len() - self.pos);
                    let literal = &self.src[self.pos..self.pos + len];
                    self.literal(literal, &mut items)?;
                    self.pos += len;
                }
            }
        }
        Ok(items)
    }

    /// Tokenizes and normalizes a literal run exactly as analysed text is, and pushes its
    /// words.
    fn literal(&mut self, literal: &str, ids: &mut Vec<Piece>) -> Result<(), String> {
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

    #[test]
    fn expands() {
        let mut v = Vocab::default();
        v.add_contraction("don't", "do", "not");
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
        ];
        for (pattern, want) in cases {
            let seqs = expand(pattern, &mut v).unwrap_or_else(|e| panic!("{pattern}: {e}"));
            assert_eq!(words(&v, &seqs), *want, "pattern {pattern:?}");
        }
    }

    #[test]
    fn rejects() {
        let mut v = Vocab::default();
        let cases = [
            ("(a|b", "never closed"),
            ("a)", "unbalanced"),
            ("(a|)", "empty alternative"),
            ("[a]", "match nothing"),
            ("*2 a", "gap"),
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
        for (pattern, needle) in cases {
            let e = expand(pattern, &mut v).expect_err(pattern);
            assert!(e.contains(needle), "{pattern}: {e}");
        }
    }
}
