//! Text: tokens with byte spans into the original text, normalization, placeholders, quotes.
//!
//! The tokenizer walks the text once. ASCII takes a byte-level fast path; other characters are
//! classified by their Unicode properties, emoji are taken as whole grapheme clusters, and runs
//! in scripts written without spaces (CJK, Thai, ...) fall back to UAX #29 word boundaries.

mod normalize;
mod tokenizer;

pub(crate) use normalize::fold_into;
pub use tokenizer::tokenize;
pub(crate) use tokenizer::tokenize_into;

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the analysed text.
///
/// Both ends always lie on `char` boundaries, so `&text[span.start..span.end]` never panics for
/// the text the span came from.
///
/// ```
/// let text = "Hi Ana, calm down.";
/// let tokens = replytone::tokenize(text);
/// let span = tokens[3].span;
/// assert_eq!(&text[span.start..span.end], "calm");
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Makes a span; `start` must not exceed `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The slice of `text` this span covers, or `None` when it does not fit `text`.
    pub fn get<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// What a token is. Only words, numbers, identifiers, emoji and punctuation take part in
/// lexicon matching; the other kinds are never matched as words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, including contractions (`don't`, `don’t`, `dont`).
    Word,
    /// A number such as `12`, `4.99`, `1,000` or a range such as `3-5`.
    Number,
    /// A mixed letters-and-digits identifier such as `A1234` or `#A1234`.
    Identifier,
    /// An emoji, as one grapheme cluster (skin tones and ZWJ sequences included).
    Emoji,
    /// Punctuation or a symbol. Runs of `!` and `?` are one token.
    Punct,
    /// A URL (`https://...`, `www....`, `example.com/help`).
    Url,
    /// An e-mail address.
    Email,
    /// An `@handle`.
    Handle,
    /// A `#hashtag` (a `#` followed by a number or an id is an [`TokenKind::Identifier`]).
    Hashtag,
    /// An HTML/XML tag or entity; transparent to matching.
    Markup,
    /// A template placeholder: `{{first_name}}`, `{% if %}`, `{name}`, `${name}`,
    /// `[Customer Name]`, `%FNAME%`, `*|FNAME|*`.
    Placeholder,
}

/// One token of the analysed text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is in the original text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
    flags: u16,
}

impl Token {
    pub(crate) const QUOTED: u16 = 1;
    pub(crate) const LINE_START: u16 = 1 << 1;
    pub(crate) const ALL_CAPS: u16 = 1 << 2;
    pub(crate) const TITLE: u16 = 1 << 3;
    pub(crate) const NAME_SLOT: u16 = 1 << 4;
    pub(crate) const SPACE_BEFORE: u16 = 1 << 5;
    pub(crate) const BREAK: u16 = 1 << 6;
    pub(crate) const CJK: u16 = 1 << 7;
    /// Already in normalized form (ASCII, no capitals): matching can look it up as it is.
    pub(crate) const PLAIN: u16 = 1 << 8;
    /// A word of ASCII bytes only (numbers and identifiers may have it too).
    pub(crate) const ASCII: u16 = 1 << 9;

    pub(crate) const fn new(span: Span, kind: TokenKind, flags: u16) -> Token {
        Token { span, kind, flags }
    }

    pub(crate) const fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// Whether of the flags `mask` the token has exactly those in `want`.
    pub(crate) const fn has_only(&self, mask: u16, want: u16) -> bool {
        self.flags & mask == want
    }

    /// Whether the token lies in text quoted from the customer (a line starting with `>`, or an
    /// e-mail's quoted trail after "On ... wrote:"). Quoted tokens never count.
    pub const fn is_quoted(&self) -> bool {
        self.has(Self::QUOTED)
    }

    /// Whether the token is the first on its line.
    pub const fn is_line_start(&self) -> bool {
        self.has(Self::LINE_START)
    }

    /// Whether the token is a word written in capitals only (at least two letters).
    pub const fn is_all_caps(&self) -> bool {
        self.has(Self::ALL_CAPS)
    }

    /// Whether this is a hyphen inside a word (`follow-up`), which matching reads as a space.
    pub(crate) fn is_inner_hyphen(tokens: &[Token], i: usize, text: &str) -> bool {
        let t = tokens[i];
        t.kind == TokenKind::Punct
            && !t.has(Token::SPACE_BEFORE)
            && i > 0
            && matches!(
                text.get(t.span.start..t.span.end),
                Some("-" | "\u{2010}" | "\u{2011}")
            )
            && tokens[i - 1].span.end == t.span.start
            && matches!(
                tokens[i - 1].kind,
                TokenKind::Word | TokenKind::Number | TokenKind::Identifier
            )
            && tokens.get(i + 1).is_some_and(|n| {
                n.span.start == t.span.end
                    && matches!(
                        n.kind,
                        TokenKind::Word | TokenKind::Number | TokenKind::Identifier
                    )
            })
    }

    /// Whether the token is a placeholder for a person's name (`{{first_name}}`, `[Customer Name]`).
    pub const fn is_name_placeholder(&self) -> bool {
        self.has(Self::NAME_SLOT)
    }
}
