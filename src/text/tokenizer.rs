//! A single-pass tokenizer with byte spans, an ASCII fast path and a Unicode fallback.
//!
//! Every look-ahead is either bounded by a small constant or answered from a cache of the next
//! occurrence of a delimiter, so the whole pass is linear in the length of the text, whatever
//! the text is (a megabyte of `{{`, of `<`, of `a.a.a.a`, ...).

use unicode_segmentation::UnicodeSegmentation;

use super::normalize::is_ignorable;
use super::{Span, Token, TokenKind};

/// Splits `text` into tokens.
///
/// ```
/// use replytone::TokenKind;
/// let text = "Hi {{first_name}}, your order #A1234 ships in 3-5 days 🙂 https://example.com/t";
/// let kinds: Vec<TokenKind> = replytone::tokenize(text).iter().map(|t| t.kind).collect();
/// assert_eq!(kinds, [
///     TokenKind::Word, TokenKind::Placeholder, TokenKind::Punct, TokenKind::Word,
///     TokenKind::Word, TokenKind::Identifier, TokenKind::Word, TokenKind::Word,
///     TokenKind::Number, TokenKind::Word, TokenKind::Emoji, TokenKind::Url,
/// ]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let _ = tokenize_into(text, &mut out);
    out
}

/// Like [`tokenize`], reusing `out`'s allocation; returns whether any token is a
/// [`TokenKind::Placeholder`], so that a caller looking for them can skip the rest.
#[must_use]
pub(crate) fn tokenize_into(text: &str, out: &mut Vec<Token>) -> bool {
    out.clear();
    let mut t = Tokenizer {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        out,
        pending: Token::LINE_START | Token::SPACE_BEFORE,
        quoted_until: 0,
        quote_rest: false,
        run_end: 0,
        nl: Next::new(b"\n"),
        close2: Next::new(b"}}"),
        close_pct: Next::new(b"%}"),
        gt: Next::new(b">"),
        lt: Next::new(b"<"),
        comment_end: Next::new(b"-->"),
        placeholders: false,
    };
    t.run();
    t.placeholders
}

const NONE: usize = usize::MAX;

/// The next occurrence of a needle at or after a position, cached so that queries from
/// increasing positions scan every byte at most once.
struct Next {
    needle: &'static [u8],
    valid_from: usize,
    at: usize,
}

impl Next {
    const fn new(needle: &'static [u8]) -> Next {
        Next {
            needle,
            valid_from: NONE,
            at: NONE,
        }
    }

    fn find(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        if self.valid_from != NONE
            && self.valid_from <= from
            && (self.at == NONE || self.at >= from)
        {
            return (self.at != NONE).then_some(self.at);
        }
        let hay = &bytes[from.min(bytes.len())..];
        let found = match self.needle {
            [b] => memchr::memchr(*b, hay),
            needle => memchr::memmem::find(hay, needle),
        }
        .map_or(NONE, |k| from + k);
        self.valid_from = from;
        self.at = found;
        (found != NONE).then_some(found)
    }
}

struct Tokenizer<'t, 'o> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
    out: &'o mut Vec<Token>,
    /// The flags the next token gets: [`Token::LINE_START`] and [`Token::SPACE_BEFORE`].
    pending: u16,
    quoted_until: usize,
    quote_rest: bool,
    /// End of the last scanned e-mail-ish run; word starts before it skip the e-mail/domain test.
    run_end: usize,
    nl: Next,
    close2: Next,
    close_pct: Next,
    gt: Next,
    lt: Next,
    comment_end: Next,
    /// Whether a placeholder token was pushed.
    placeholders: bool,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// The high bit of each of eight bytes, for the eight-bytes-at-a-time tests below.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// How many of the eight bytes from `at` (if there are eight) are ASCII lower-case letters
/// before the first that is not.
#[inline(always)]
fn lower_run(bytes: &[u8], at: usize) -> Option<usize> {
    let w: &[u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
    let x = u64::from_le_bytes(*w);
    let low7 = x & !HIGH;
    // Per byte, without carries between bytes: the high bit of `from_a` is set from `a` up,
    // that of `past_z` from `{` up; a byte of 0x80 or more is not a letter.
    let from_a = low7 + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = low7 + 0x0505_0505_0505_0505;
    let lower = from_a & !past_z & !x & HIGH;
    Some(((!lower & HIGH).trailing_zeros() / 8) as usize)
}

/// Of the eight bytes from `at` (if there are eight), those that may end a URL, as the high
/// bit of each: white space, controls, `<`, `>`, `"`, `` ` `` and every non-ASCII byte (whose
/// character decides).
#[inline(always)]
fn url_stops(bytes: &[u8], at: usize) -> Option<u64> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let w: &[u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
    let x = u64::from_le_bytes(*w);
    let low7 = x & !HIGH;
    // Exactly the bytes equal to `c` (no borrow between bytes).
    let eq = |c: u8| {
        let y = x ^ (ONES * u64::from(c));
        !(((y & !HIGH) + !HIGH) | y) & HIGH
    };
    let up_to_space = !(low7 + 0x5f5f_5f5f_5f5f_5f5f) & HIGH;
    Some(x & HIGH | up_to_space | eq(b'<') | eq(b'>') | eq(b'"') | eq(b'`'))
}

fn is_emailish(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// Combining marks that `char::is_alphanumeric` does not cover.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Han and kana, written without spaces between words, which UAX #29 splits per ideograph and
/// kana run. (Thai, Lao, Khmer and Myanmar need a dictionary to split; their runs stay whole.)
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3040..=0x30FF
        | 0x3100..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF
        | 0x3030 | 0x303D | 0x3297 | 0x3299)
}

const TLDS: &[&str] = &[
    "com", "org", "net", "io", "co", "ly", "me", "uk", "us", "ca", "de", "fr", "es", "it", "nl",
    "au", "in", "app", "ai", "gov", "edu", "info", "biz", "gl", "gg", "tv", "shop", "store",
    "help", "support",
];

const NOT_NAME_PLACEHOLDER: &[&str] = &[
    "website", "company", "product", "store", "brand", "agent", "app", "site", "file", "user",
    "shop", "team", "bank", "service", "domain", "account", "business", "event", "program", "plan",
    "item",
];

/// The letters of each word of [`NOT_NAME_PLACEHOLDER`], as [`letters`] gives them.
const NOT_NAME_LETTERS: [u32; NOT_NAME_PLACEHOLDER.len()] = {
    let mut out = [0; NOT_NAME_PLACEHOLDER.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = letters(NOT_NAME_PLACEHOLDER[i].as_bytes());
        i += 1;
    }
    out
};

/// The ASCII letters in `s`, ignoring case, as bits (`a` = 1).
const fn letters(s: &[u8]) -> u32 {
    let mut set = 0;
    let mut i = 0;
    while i < s.len() {
        let c = s[i].to_ascii_lowercase();
        if c.is_ascii_lowercase() {
            set |= 1 << (c - b'a');
        }
        i += 1;
    }
    set
}

/// Whether a placeholder's inner text names a person ("first_name", "Customer Name") rather
/// than a thing ("company_name", "username"). Runs on every keystroke over a template, so it
/// neither allocates nor searches for a word whose letters the text does not all have.
fn is_name_placeholder(inner: &str) -> bool {
    let hay = inner.as_bytes();
    let have = letters(hay);
    // The words are lower case; a window whose first byte cannot be theirs is skipped
    // before comparing it whole.
    let contains = |word: &[u8], need: u32| {
        need & have == need
            && hay
                .windows(word.len())
                .any(|w| w[0] | 0x20 == word[0] && w.eq_ignore_ascii_case(word))
    };
    (contains(b"name", letters(b"name")) || contains(b"first", letters(b"first")))
        && !NOT_NAME_PLACEHOLDER
            .iter()
            .zip(NOT_NAME_LETTERS)
            .any(|(w, need)| contains(w.as_bytes(), need))
}

const BREAK_TAGS: &[&str] = &[
    "br",
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "table",
    "blockquote",
    "section",
    "article",
];

impl Tokenizer<'_, '_> {
    fn run(&mut self) {
        self.begin_line(0);
        while self.pos < self.bytes.len() {
            let b = self.bytes[self.pos];
            match b {
                b'\n' => {
                    self.pos += 1;
                    self.pending = Token::LINE_START | Token::SPACE_BEFORE;
                    self.begin_line(self.pos);
                }
                b' ' | b'\t' | b'\r' | 0x0B | 0x0C => {
                    self.pos += 1;
                    self.pending |= Token::SPACE_BEFORE;
                }
                // Words one space apart, the most common text, are taken one after another
                // here, without a turn through this dispatch for the space and the letter.
                _ if is_word_byte(b) => loop {
                    if slow_only() || !self.ascii_word(self.pos) {
                        self.word();
                    }
                    match self.bytes.get(self.pos..self.pos + 2) {
                        Some(&[b' ', c]) if c.is_ascii_lowercase() => {
                            self.pos += 1;
                            self.pending |= Token::SPACE_BEFORE;
                        }
                        _ => break,
                    }
                },
                b'{' => {
                    if !self.brace_placeholder() {
                        self.punct(1);
                    }
                }
                b'$' => {
                    if !(self.peek(1) == Some(b'{')
                        && self.simple_placeholder(self.pos + 2, b'}', 0))
                    {
                        self.punct(1);
                    }
                }
                b'%' => {
                    if !self.simple_placeholder(self.pos + 1, b'%', 0) {
                        self.punct(1);
                    }
                }
                b'*' => {
                    if !(self.peek(1) == Some(b'|')
                        && self.simple_placeholder(self.pos + 2, b'|', 1))
                    {
                        self.punct(1);
                    }
                }
                b'[' => {
                    if !self.bracket_placeholder() {
                        self.punct(1);
                    }
                }
                b'<' => {
                    if !self.tag() {
                        self.punct(1);
                    }
                }
                b'&' => {
                    if !self.entity() {
                        self.punct(1);
                    }
                }
                b'@' => {
                    if !self.prefixed(TokenKind::Handle) {
                        self.punct(1);
                    }
                }
                b'#' => {
                    if !self.prefixed(TokenKind::Hashtag) {
                        self.punct(1);
                    }
                }
                b'!' | b'?' => {
                    let n = self.bytes[self.pos..]
                        .iter()
                        .take_while(|&&c| c == b'!' || c == b'?')
                        .count();
                    self.punct(n);
                }
                b'.' => {
                    let n = self.bytes[self.pos..]
                        .iter()
                        .take_while(|&&c| c == b'.')
                        .count();
                    self.punct(n);
                }
                0x00..=0x1F | 0x7F => {
                    // Control characters separate tokens and are otherwise ignored.
                    self.pos += 1;
                    self.pending |= Token::SPACE_BEFORE;
                }
                0x20..=0x7E => self.punct(1),
                _ => self.non_ascii(),
            }
        }
    }

    fn peek(&self, k: usize) -> Option<u8> {
        self.bytes.get(self.pos + k).copied()
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    /// Decides whether the line starting at `at` is quoted customer text.
    fn begin_line(&mut self, at: usize) {
        if self.quote_rest || at >= self.bytes.len() {
            return;
        }
        // Most lines start like none of the lines looked at below, and then their end need
        // not be looked for.
        let rest = self.text[at..].trim_start_matches([' ', '\t']);
        let may_quote = rest.starts_with(['>', 'O', '-', 'B']);
        if !may_quote {
            return;
        }
        // The line after its indent (which holds no newline).
        let from = self.text.len() - rest.len();
        let end = self.nl.find(self.bytes, at).unwrap_or(self.bytes.len());
        let line = &self.text[from..end];
        if line.starts_with('>') {
            self.quoted_until = end;
            return;
        }
        let trimmed = line.trim_end();
        let trail =
            (trimmed.starts_with("On ") && trimmed.ends_with("wrote:") && trimmed.len() < 400)
                || trimmed.starts_with("-----Original Message")
                || trimmed.starts_with("---------- Forwarded message")
                || trimmed.starts_with("Begin forwarded message:");
        if trail {
            self.quote_rest = true;
            self.quoted_until = self.bytes.len();
        }
    }

    fn push(&mut self, start: usize, end: usize, kind: TokenKind, mut flags: u16) {
        // With `quote_rest`, `quoted_until` is the end of the text.
        if start < self.quoted_until {
            flags |= Token::QUOTED;
        }
        flags |= std::mem::take(&mut self.pending);
        self.out
            .push(Token::new(Span::new(start, end), kind, flags));
        self.pos = end;
    }

    fn punct(&mut self, len: usize) {
        let end = self.pos + len;
        let plain = if len == 1 { Token::PLAIN } else { 0 };
        self.push(self.pos, end, TokenKind::Punct, plain);
    }

    fn non_ascii(&mut self) {
        let start = self.pos;
        let Some(c) = self.char_at(start) else {
            self.pos += 1;
            return;
        };
        let len = c.len_utf8();
        if c.is_whitespace() {
            self.pos += len;
            self.pending |= Token::SPACE_BEFORE;
            if matches!(c, '\u{2028}' | '\u{2029}' | '\u{0085}') {
                self.pending |= Token::LINE_START;
            }
        } else if is_ignorable(c) || is_mark(c) {
            self.pos += len;
        } else if is_emoji(c) || (0x1F1E6..=0x1F1FF).contains(&(c as u32)) {
            let g = self.text[start..]
                .graphemes(true)
                .next()
                .map_or(len, str::len);
            self.push(start, start + g, TokenKind::Emoji, 0);
        } else if c.is_alphanumeric() {
            self.word();
        } else {
            self.push(start, start + len, TokenKind::Punct, 0);
        }
    }

    /// A word, number or identifier; or a URL, an e-mail address or a bare domain starting
    /// here: what [`Tokenizer::ascii_word`], tried first, leaves.
    #[inline(never)]
    fn word(&mut self) {
        let start = self.pos;
        if matches!(self.bytes[start], b'h' | b'H') && self.url_with_scheme() {
            return;
        }
        self.any_word(start);
    }

    /// The common case: ASCII letters and digits (with apostrophes between letters, "don't")
    /// followed by a byte that cannot continue the word: not non-ASCII, and not punctuation
    /// that joins it to a letter or digit after ("3.5", "x.com", "ana@x.co"; "co-op" and
    /// "and/or" end at theirs); and not a URL's scheme. Returns false, having done nothing,
    /// for anything else; [`Tokenizer::word`] takes those.
    #[inline(always)]
    fn ascii_word(&mut self, start: usize) -> bool {
        let b = self.bytes;
        let (mut letters, mut digits, mut upper) = (0usize, 0usize, 0usize);
        let mut first_upper = false;
        let mut j = start;
        loop {
            // Runs of lower-case letters eight bytes at a time: most words end within the
            // first eight, where a loop over bytes would guess its exit wrong once a word.
            if let Some(run) = lower_run(b, j) {
                letters += run;
                j += run;
                if run == 8 {
                    continue;
                }
            }
            let Some(&c) = b.get(j) else {
                break;
            };
            if c.is_ascii_lowercase() {
                letters += 1;
            } else if c.is_ascii_uppercase() {
                first_upper |= letters == 0;
                letters += 1;
                upper += 1;
            } else if c.is_ascii_digit() {
                digits += 1;
            } else if c == b'\''
                && j > start
                && b[j - 1].is_ascii_alphabetic()
                && b.get(j + 1).is_some_and(u8::is_ascii_alphabetic)
            {
                // An apostrophe between letters: "don't", "O'Brien".
            } else {
                break;
            }
            j += 1;
        }
        // What follows may join the word to more: a non-ASCII character, or punctuation
        // before a letter or digit ("3.5", "x.com", "ana@x.co", "co-op", "and/or").
        if let Some(&c) = b.get(j) {
            if c >= 0x80 {
                return false;
            }
            let joiner = matches!(
                c,
                b'\'' | b'-' | b'.' | b',' | b'/' | b':' | b'@' | b'_' | b'%' | b'+'
            );
            if joiner
                && b.get(j + 1)
                    .is_some_and(|&n| n.is_ascii_alphanumeric() || n >= 0x80)
                && !self.ends_before_joiner(start, j)
            {
                return false;
            }
        }
        // Perhaps "http://" or "https://" (see `url_with_scheme`), not "here: " or "help:".
        if b.get(j) == Some(&b':')
            && matches!(j - start, 4 | 5)
            && b[start] | 0x20 == b'h'
            && b.get(j + 1..j + 3) == Some(b"//")
        {
            return false;
        }
        let lower = letters - upper;
        self.finish_word(start, j, letters, digits, upper, lower, first_upper, true);
        true
    }

    /// Any word, including non-ASCII letters, marks, apostrophes and joined numbers.
    fn any_word(&mut self, start: usize) {
        let b = self.bytes;
        let mut j = start;
        let (mut digits, mut letters, mut upper, mut lower, mut unspaced) =
            (0usize, 0usize, 0usize, 0usize, false);
        let mut first_upper = false;
        let mut prev_alpha = false;
        let mut prev_digit = false;
        while j < b.len() {
            // The common case first: a run of lower-case ASCII letters.
            let run = b[j..].iter().take_while(|c| c.is_ascii_lowercase()).count();
            if run > 0 {
                letters += run;
                lower += run;
                j += run;
                prev_alpha = true;
                prev_digit = false;
                continue;
            }
            let c = b[j];
            if c.is_ascii_alphanumeric() {
                if c.is_ascii_digit() {
                    digits += 1;
                    prev_digit = true;
                    prev_alpha = false;
                } else {
                    if letters == 0 && c.is_ascii_uppercase() {
                        first_upper = true;
                    }
                    letters += 1;
                    upper += usize::from(c.is_ascii_uppercase());
                    lower += usize::from(c.is_ascii_lowercase());
                    prev_alpha = true;
                    prev_digit = false;
                }
                j += 1;
                continue;
            }
            if c < 0x80 {
                let next = b.get(j + 1).copied();
                let joins = match c {
                    b'\'' => {
                        prev_alpha && next.is_some_and(|n| n.is_ascii_alphabetic() || n >= 0x80)
                    }
                    b'-' | b'.' | b',' | b'/' | b':' => {
                        prev_digit && next.is_some_and(|n| n.is_ascii_digit())
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
                prev_alpha = false;
                prev_digit = false;
                continue;
            }
            let Some(ch) = self.char_at(j) else { break };
            let len = ch.len_utf8();
            if matches!(ch, '\u{2019}' | '\u{2018}' | '\u{02BC}') {
                let next_alpha = self.char_at(j + len).is_some_and(char::is_alphabetic);
                if !(prev_alpha && next_alpha) {
                    break;
                }
                prev_alpha = false;
            } else if is_ignorable(ch) || is_mark(ch) {
                // Absorbed: zero-width characters and combining marks stay inside the word.
            } else if ch.is_alphanumeric() {
                if ch.is_numeric() {
                    digits += 1;
                    prev_digit = true;
                    prev_alpha = false;
                } else {
                    if letters == 0 && ch.is_uppercase() {
                        first_upper = true;
                    }
                    letters += 1;
                    upper += usize::from(ch.is_uppercase());
                    lower += usize::from(ch.is_lowercase());
                    prev_alpha = true;
                    prev_digit = false;
                }
                unspaced |= is_unspaced_script(ch);
            } else {
                break;
            }
            j += len;
        }
        if j == start {
            // A lone mark or ignorable at a word start: skip it.
            self.pos += self.char_at(start).map_or(1, char::len_utf8);
            return;
        }
        let ascii = self.text.as_bytes()[start..j].is_ascii();
        // An e-mail address or a bare domain continues past the word: "ana.b@x.co", "x.com/help".
        if ascii
            && matches!(b.get(j), Some(b'@' | b'.' | b'_' | b'%' | b'+' | b'-'))
            && b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
            && self.email_or_domain()
        {
            return;
        }
        if unspaced {
            self.unspaced_words(start, j);
            return;
        }
        self.finish_word(start, j, letters, digits, upper, lower, first_upper, ascii);
    }

    /// Pushes the word `start..end` with its kind and case flags.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn finish_word(
        &mut self,
        start: usize,
        end: usize,
        letters: usize,
        digits: usize,
        upper: usize,
        lower: usize,
        first_upper: bool,
        ascii: bool,
    ) {
        let kind = match (letters, digits) {
            (0, _) => TokenKind::Number,
            (_, 0) => TokenKind::Word,
            _ => TokenKind::Identifier,
        };
        let mut flags = match (ascii, upper) {
            (false, _) => 0,
            (true, 0) => Token::PLAIN | Token::ASCII,
            (true, _) => Token::ASCII,
        };
        if letters >= 2 && lower == 0 {
            flags |= Token::ALL_CAPS;
        }
        if letters >= 2 && first_upper && upper == 1 && digits == 0 {
            flags |= Token::TITLE;
        }
        self.push(start, end, kind, flags);
    }

    /// Splits a run in a script written without spaces at UAX #29 word boundaries.
    fn unspaced_words(&mut self, start: usize, end: usize) {
        let run = &self.text[start..end];
        for (off, piece) in run.split_word_bound_indices() {
            if piece.chars().any(char::is_alphanumeric) {
                let ascii = if piece.is_ascii() { Token::ASCII } else { 0 };
                self.push(
                    start + off,
                    start + off + piece.len(),
                    TokenKind::Word,
                    Token::CJK | ascii,
                );
            }
        }
        self.pos = end;
    }

    fn url_with_scheme(&mut self) -> bool {
        let rest = &self.bytes[self.pos..];
        let scheme = if rest.len() >= 8 && rest[..8].eq_ignore_ascii_case(b"https://") {
            8
        } else if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"http://") {
            7
        } else {
            return false;
        };
        let end = self.url_end(self.pos + scheme);
        if end == self.pos + scheme {
            return false;
        }
        self.push(self.pos, end, TokenKind::Url, 0);
        true
    }

    /// The end of a URL's body starting at `from`: up to white space or markup, without
    /// trailing sentence punctuation.
    fn url_end(&self, from: usize) -> usize {
        let b = self.bytes;
        let mut j = from;
        while j < b.len() {
            // Eight bytes at a time up to the first that may end the URL.
            if let Some(stop) = url_stops(b, j) {
                if stop == 0 {
                    j += 8;
                    continue;
                }
                j += (stop.trailing_zeros() / 8) as usize;
            }
            let c = b[j];
            if c.is_ascii_whitespace() || matches!(c, b'<' | b'>' | b'"' | b'`') || c < 0x20 {
                break;
            }
            if c >= 0x80 {
                match self.char_at(j) {
                    Some(ch) if !ch.is_whitespace() && !is_emoji(ch) && ch.is_alphanumeric() => {
                        j += ch.len_utf8()
                    }
                    _ => break,
                }
                continue;
            }
            j += 1;
        }
        while j > from
            && matches!(
                b[j - 1],
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'\'' | b'}'
            )
        {
            j -= 1;
        }
        j
    }

    /// Whether the ASCII word `start..j` certainly ends at the punctuation at `j`, which a
    /// letter, a digit or a non-ASCII byte follows, as [`Tokenizer::any_word`] would end it:
    /// "co-op" and "and/or" do. False leaves the word to [`Tokenizer::word`]: "3-5", "1,000",
    /// "x.com", "ana@x.co", and any punctuation before a non-ASCII byte or other than
    /// `-` `_` `%` `+` `,` `/` `:` (some of which the general path ends there too).
    #[inline(never)]
    fn ends_before_joiner(&mut self, start: usize, j: usize) -> bool {
        let b = self.bytes;
        let (c, next) = (b[j], b[j + 1]);
        let digits = j > start && b[j - 1].is_ascii_digit() && next.is_ascii_digit();
        match c {
            // Joins digits only.
            b',' | b'/' | b':' => next < 0x80 && !digits,
            // Joins digits, or an e-mail address or a bare domain.
            b'-' | b'_' | b'%' | b'+' => {
                next < 0x80 && !(c == b'-' && digits) && self.no_email_or_domain_at(start)
            }
            _ => false,
        }
    }

    /// Whether [`Tokenizer::email_or_domain`] would find no e-mail address or domain at
    /// `start`, without a dot or an `@` to look further at; then it records the run as
    /// that function does.
    fn no_email_or_domain_at(&mut self, start: usize) -> bool {
        if start < self.run_end {
            return true;
        }
        let (end, dot) = self.emailish_run(start);
        let none = !dot && self.bytes.get(end) != Some(&b'@');
        if none {
            self.run_end = end;
        }
        none
    }

    /// The end of the run of e-mail characters from `start`, and whether it holds a dot.
    fn emailish_run(&self, start: usize) -> (usize, bool) {
        let b = self.bytes;
        let mut end = start;
        let mut dot = false;
        while end < b.len() && is_emailish(b[end]) {
            dot |= b[end] == b'.';
            end += 1;
        }
        (end, dot)
    }

    /// `name@example.com`, `example.com/help`, `www.example.com`.
    fn email_or_domain(&mut self) -> bool {
        let start = self.pos;
        if start < self.run_end {
            return false;
        }
        let b = self.bytes;
        let (end, dot) = self.emailish_run(start);
        self.run_end = end;
        if !dot && b.get(end) != Some(&b'@') {
            return false;
        }
        if end < b.len() && b[end] == b'@' {
            let dstart = end + 1;
            let mut dend = dstart
                + b[dstart..]
                    .iter()
                    .take_while(|&&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
                    .count();
            while dend > dstart && matches!(b[dend - 1], b'.' | b'-') {
                dend -= 1;
            }
            let domain = &self.text[dstart..dend];
            let valid = domain.contains('.')
                && domain.rsplit('.').next().is_some_and(|tld| {
                    tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic())
                })
                && !b[start..end].starts_with(b".");
            if valid {
                self.run_end = dend;
                self.push(start, dend, TokenKind::Email, 0);
                return true;
            }
            return false;
        }
        let mut dend = end;
        while dend > start && matches!(b[dend - 1], b'.' | b'-' | b'_' | b'%' | b'+') {
            dend -= 1;
        }
        let run = &self.text[start..dend];
        if !run.contains('.') || run.contains("..") {
            return false;
        }
        let labels_ok = run
            .split('.')
            .all(|l| !l.is_empty() && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'));
        let tld = run.rsplit('.').next().unwrap_or("");
        let www = run.len() > 4 && run[..4].eq_ignore_ascii_case("www.");
        if !labels_ok || !(www || TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld))) {
            return false;
        }
        let end = if dend == end && b.get(end) == Some(&b'/') {
            self.url_end(end)
        } else {
            dend
        };
        self.run_end = end;
        self.push(start, end, TokenKind::Url, 0);
        true
    }

    /// `{{ ... }}`, `{% ... %}` and `{name}`.
    fn brace_placeholder(&mut self) -> bool {
        let start = self.pos;
        match self.peek(1) {
            Some(b'{') => self.delimited(start, 2, true),
            Some(b'%') => self.delimited(start, 2, false),
            _ => self.simple_placeholder(start + 1, b'}', 0),
        }
    }

    /// A placeholder closed by `}}` or `%}` on the same line within 256 bytes.
    fn delimited(&mut self, start: usize, open: usize, double_brace: bool) -> bool {
        let from = start + open;
        let close = if double_brace {
            self.close2.find(self.bytes, from)
        } else {
            self.close_pct.find(self.bytes, from)
        };
        let Some(close) = close else { return false };
        let newline = self.nl.find(self.bytes, from).unwrap_or(NONE);
        if close - start > 256 || newline < close {
            return false;
        }
        let end = close + 2;
        let inner = &self.text[from..close];
        let flags = if double_brace && is_name_placeholder(inner) {
            Token::NAME_SLOT
        } else {
            0
        };
        self.placeholders = true;
        self.push(start, end, TokenKind::Placeholder, flags);
        true
    }

    /// An identifier of at most 64 bytes from `from`, closed by `close` (and then `extra` more
    /// bytes of `*` for `*|FNAME|*`): `{name}`, `${name}`, `%FNAME%`, `*|FNAME|*`.
    fn simple_placeholder(&mut self, from: usize, close: u8, extra: usize) -> bool {
        let b = self.bytes;
        if !b
            .get(from)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
        {
            return false;
        }
        let allow_space = close == b'}';
        let n = b[from..]
            .iter()
            .take(65)
            .take_while(|&&c| {
                c.is_ascii_alphanumeric()
                    || matches!(c, b'_' | b'.' | b':' | b'-')
                    || (allow_space && c == b' ')
            })
            .count();
        let at = from + n;
        if n > 64 || b.get(at) != Some(&close) {
            return false;
        }
        if extra == 1 && b.get(at + 1) != Some(&b'*') {
            return false;
        }
        let end = at + 1 + extra;
        let inner = &self.text[from..at];
        let flags = if is_name_placeholder(inner) {
            Token::NAME_SLOT
        } else {
            0
        };
        self.placeholders = true;
        self.push(self.pos, end, TokenKind::Placeholder, flags);
        true
    }

    /// `[Customer Name]`: letters, digits, spaces and `_ . ' -`, at most 48 bytes, not a
    /// Markdown link.
    fn bracket_placeholder(&mut self) -> bool {
        let b = self.bytes;
        let from = self.pos + 1;
        if !b.get(from).is_some_and(u8::is_ascii_alphabetic) {
            return false;
        }
        let n = b[from..]
            .iter()
            .take(49)
            .take_while(|&&c| {
                c.is_ascii_alphanumeric() || matches!(c, b' ' | b'_' | b'.' | b'\'' | b'-')
            })
            .count();
        let at = from + n;
        if n > 48 || b.get(at) != Some(&b']') || b.get(at + 1) == Some(&b'(') {
            return false;
        }
        let inner = &self.text[from..at];
        let flags = if is_name_placeholder(inner) {
            Token::NAME_SLOT
        } else {
            0
        };
        self.placeholders = true;
        self.push(self.pos, at + 1, TokenKind::Placeholder, flags);
        true
    }

    /// An HTML/XML tag or comment on one line (comments may span lines).
    fn tag(&mut self) -> bool {
        let start = self.pos;
        let b = self.bytes;
        if b[start..].starts_with(b"<!--") {
            let Some(close) = self.comment_end.find(b, start + 4) else {
                return false;
            };
            let end = close + 3;
            self.push(start, end, TokenKind::Markup, 0);
            // A comment may span lines; keep line-based quote detection in step.
            if self.text[start..end].contains('\n') {
                self.pending |= Token::LINE_START;
            }
            return true;
        }
        if !b
            .get(start + 1)
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, b'/' | b'!' | b'?'))
        {
            return false;
        }
        let Some(gt) = self.gt.find(b, start + 1) else {
            return false;
        };
        let lt = self.lt.find(b, start + 1).unwrap_or(NONE);
        let nl = self.nl.find(b, start + 1).unwrap_or(NONE);
        if gt - start > 2048 || lt < gt || nl < gt {
            return false;
        }
        let name_start = start + 1 + usize::from(b[start + 1] == b'/');
        let name_len = b[name_start..gt]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let name = &self.text[name_start..name_start + name_len];
        let flags = if BREAK_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name)) {
            Token::BREAK
        } else {
            0
        };
        self.push(start, gt + 1, TokenKind::Markup, flags);
        true
    }

    /// `&amp;`, `&#39;`, `&#x27;`.
    fn entity(&mut self) -> bool {
        let b = self.bytes;
        let from = self.pos + 1;
        let n = b[from..]
            .iter()
            .take(12)
            .take_while(|&&c| c.is_ascii_alphanumeric() || c == b'#')
            .count();
        if n == 0 || n > 10 || b.get(from + n) != Some(&b';') {
            return false;
        }
        self.push(self.pos, from + n + 1, TokenKind::Markup, 0);
        true
    }

    /// `@handle`, `#hashtag`, or `#A1234` (an identifier).
    fn prefixed(&mut self, kind: TokenKind) -> bool {
        let b = self.bytes;
        let from = self.pos + 1;
        let prev_word = self.pos > 0 && is_word_byte(b[self.pos - 1]);
        let n = b[from..]
            .iter()
            .take_while(|&&c| c.is_ascii_alphanumeric() || c == b'_')
            .count();
        if n == 0 || prev_word {
            return false;
        }
        let body = &b[from..from + n];
        let kind = if kind == TokenKind::Hashtag && body.iter().any(u8::is_ascii_digit) {
            if body.iter().all(u8::is_ascii_digit) {
                TokenKind::Number
            } else {
                TokenKind::Identifier
            }
        } else {
            kind
        };
        let kind = if kind == TokenKind::Number {
            TokenKind::Identifier
        } else {
            kind
        };
        self.push(self.pos, from + n, kind, 0);
        true
    }
}

#[cfg(test)]
thread_local! {
    /// Tests set this to compare the ASCII fast path with the general one.
    static SLOW_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(test)]
fn slow_only() -> bool {
    SLOW_ONLY.with(std::cell::Cell::get)
}

#[cfg(not(test))]
#[inline(always)]
fn slow_only() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text)
            .into_iter()
            .map(|t| (&text[t.span.start..t.span.end], t.kind))
            .collect()
    }

    use TokenKind::*;

    #[test]
    fn table() {
        let cases: &[(&str, &[(&str, TokenKind)])] = &[
            ("", &[]),
            ("   \n\t ", &[]),
            (
                "Calm down.",
                &[("Calm", Word), ("down", Word), (".", Punct)],
            ),
            (
                "don't don’t dont",
                &[("don't", Word), ("don’t", Word), ("dont", Word)],
            ),
            ("order #A1234", &[("order", Word), ("#A1234", Identifier)]),
            ("3-5 days", &[("3-5", Number), ("days", Word)]),
            (
                "$4.99, 1,000",
                &[
                    ("$", Punct),
                    ("4.99", Number),
                    (",", Punct),
                    ("1,000", Number),
                ],
            ),
            ("follow-up", &[("follow", Word), ("-", Punct), ("up", Word)]),
            (
                "wow!!! really?!",
                &[
                    ("wow", Word),
                    ("!!!", Punct),
                    ("really", Word),
                    ("?!", Punct),
                ],
            ),
            (
                "see https://ex.com/a?b=1.",
                &[("see", Word), ("https://ex.com/a?b=1", Url), (".", Punct)],
            ),
            (
                "go to example.com/help now",
                &[
                    ("go", Word),
                    ("to", Word),
                    ("example.com/help", Url),
                    ("now", Word),
                ],
            ),
            (
                "mail ana.b@example.co.uk!",
                &[("mail", Word), ("ana.b@example.co.uk", Email), ("!", Punct)],
            ),
            ("@acme_help hi", &[("@acme_help", Handle), ("hi", Word)]),
            ("#fail #42", &[("#fail", Hashtag), ("#42", Identifier)]),
            (
                "<b>Hi</b>&nbsp;x",
                &[
                    ("<b>", Markup),
                    ("Hi", Word),
                    ("</b>", Markup),
                    ("&nbsp;", Markup),
                    ("x", Word),
                ],
            ),
            (
                "{{ticket.requester.first_name}}",
                &[("{{ticket.requester.first_name}}", Placeholder)],
            ),
            (
                "{{first_name | fallback: \"there\"}}",
                &[("{{first_name | fallback: \"there\"}}", Placeholder)],
            ),
            (
                "{name} {% if x %}",
                &[("{name}", Placeholder), ("{% if x %}", Placeholder)],
            ),
            (
                "[Customer Name] %FNAME% *|FNAME|* ${name}",
                &[
                    ("[Customer Name]", Placeholder),
                    ("%FNAME%", Placeholder),
                    ("*|FNAME|*", Placeholder),
                    ("${name}", Placeholder),
                ],
            ),
            (
                "[link](x)",
                &[
                    ("[", Punct),
                    ("link", Word),
                    ("]", Punct),
                    ("(", Punct),
                    ("x", Word),
                    (")", Punct),
                ],
            ),
            ("ok 👍🏽 👨‍👩‍👧", &[("ok", Word), ("👍🏽", Emoji), ("👨‍👩‍👧", Emoji)]),
            (
                "東京に行く",
                &[
                    ("東", Word),
                    ("京", Word),
                    ("に", Word),
                    ("行", Word),
                    ("く", Word),
                ],
            ),
            ("สวัสดีครับ ok", &[("สวัสดีครับ", Word), ("ok", Word)]),
            ("café naïve", &[("café", Word), ("naïve", Word)]),
            ("{{ open", &[("{", Punct), ("{", Punct), ("open", Word)]),
            (
                "a < b > c",
                &[
                    ("a", Word),
                    ("<", Punct),
                    ("b", Word),
                    (">", Punct),
                    ("c", Word),
                ],
            ),
            ("a\u{0}b", &[("a", Word), ("b", Word)]),
            (
                "e.g. U.S.",
                &[
                    ("e", Word),
                    (".", Punct),
                    ("g", Word),
                    (".", Punct),
                    ("U", Word),
                    (".", Punct),
                    ("S", Word),
                    (".", Punct),
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(kinds(text), *want, "text {text:?}");
        }
    }

    #[test]
    fn quoted_lines_and_trails() {
        let text =
            "Thanks Ana.\n> calm down\nSee below.\nOn Mon, 3 May 2027, Ana wrote:\nyou idiot";
        let toks = tokenize(text);
        let quoted: Vec<&str> = toks
            .iter()
            .filter(|t| t.is_quoted())
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        assert_eq!(
            quoted,
            [
                ">", "calm", "down", "On", "Mon", ",", "3", "May", "2027", ",", "Ana", "wrote",
                ":", "you", "idiot"
            ]
        );
    }

    /// Each way a line starts the quoted rest, indented or not; and lines that only start
    /// with the same letter do not.
    #[test]
    fn every_trail_quotes_the_rest() {
        let first_quoted = |text: &str| {
            tokenize(text)
                .iter()
                .find(|t| t.is_quoted())
                .map(|t| t.span.start)
        };
        for trail in [
            "-----Original Message-----",
            "  ---------- Forwarded message ---------",
            "\tBegin forwarded message:",
            " On Tue, Ana wrote:",
            "> calm down",
        ] {
            let head = "Okay.\nBut - see below.\n";
            let text = format!("{head}{trail}\nyou idiot");
            let at = head.len() + trail.len() - trail.trim_start().len();
            assert_eq!(first_quoted(&text), Some(at), "{trail:?}");
        }
        for line in [
            "Okay, On it.",
            "Begin with a refund.",
            "- item",
            "Or wrote:",
        ] {
            assert_eq!(
                first_quoted(&format!("Hi.\n{line}\nthanks")),
                None,
                "{line:?}"
            );
        }
    }

    #[test]
    fn flags() {
        let toks = tokenize("Hi Maria, THIS IS {{first_name}} OK\nbye");
        assert!(toks[1].has(Token::TITLE));
        assert!(toks[3].is_all_caps() && toks[4].is_all_caps());
        assert!(toks[5].is_name_placeholder());
        assert!(toks[6].is_all_caps());
        assert!(toks[7].is_line_start() && toks[0].is_line_start());
        assert!(!tokenize("{{Website Name}}")[0].is_name_placeholder());
        // A space before a token, however the words around it are read.
        let text = "we are here,now  Or\tthen. co-op x";
        let spaced: Vec<&str> = (tokenize(text).iter())
            .filter(|t| t.has(Token::SPACE_BEFORE))
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        assert_eq!(spaced, ["we", "are", "here", "Or", "then", "co", "x"]);
        for (placeholder, names_a_person) in [
            ("{{ticket.requester.first_name}}", true),
            ("{{Customer NAME}}", true),
            ("[FIRST]", true),
            ("{{USERNAME}}", false),
            ("{{company_name}}", false),
            ("{{order_number}}", false),
            ("{{naem}}", false),
        ] {
            assert_eq!(
                tokenize(placeholder)[0].is_name_placeholder(),
                names_a_person,
                "{placeholder}"
            );
        }
    }

    #[test]
    fn linear_on_pathological_runs() {
        // Each of these would be quadratic with naive look-ahead; here they finish instantly.
        for unit in [
            "{{", "{%", "<a", "a.", "a@", "[a", "&a", "%A", "*|A", "http://", "\u{301}",
        ] {
            let text = unit.repeat(200_000);
            let toks = tokenize(&text);
            for t in &toks {
                assert!(text.get(t.span.start..t.span.end).is_some());
            }
        }
    }

    /// `url_stops` marks exactly the bytes the byte loop of `url_end` stops at or looks at.
    #[test]
    fn url_stops_marks_the_bytes_that_may_end_a_url() {
        assert_eq!(url_stops(b"abcdefg", 0), None, "fewer than eight bytes");
        let stops = |c: u8| {
            // The byte loop's own tests, and a non-ASCII byte.
            c.is_ascii_whitespace()
                || matches!(c, b'<' | b'>' | b'"' | b'`')
                || c < 0x20
                || !c.is_ascii()
        };
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                let mut w = *b"t.co/a1Z";
                w[at] = byte;
                let want = if stops(byte) { 0x80u64 << (8 * at) } else { 0 };
                assert_eq!(url_stops(&w, 0), Some(want), "byte {byte:#04x} at {at}");
            }
        }
    }

    /// `tokenize_into` says whether it made a placeholder token, of every syntax.
    #[test]
    fn placeholders_are_reported() {
        let texts = [
            ("Hi {{first_name}},", true),
            ("Hi {first_name},", true),
            ("Hi ${name}", true),
            ("Dear %FNAME%", true),
            ("Dear *|FNAME|*", true),
            ("Dear [Customer Name],", true),
            ("> Hi {{first_name}}", true),
            ("Hi Dana, 50% off today; a < b and {{ c", false),
            ("", false),
        ];
        let mut out = Vec::new();
        for (text, want) in texts {
            let said = tokenize_into(text, &mut out);
            let made = out.iter().any(|t| t.kind == TokenKind::Placeholder);
            assert_eq!((said, made), (want, want), "{text:?}");
        }
    }

    /// `lower_run` counts the lower-case letters that open eight bytes, whatever byte ends
    /// them and wherever.
    #[test]
    fn lower_run_counts_leading_lower_case_letters() {
        assert_eq!(lower_run(b"abcdefg", 0), None, "fewer than eight bytes");
        assert_eq!(lower_run(b"xabcdefgh", 1), Some(8));
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                let mut w = *b"qwertyui";
                w[at] = byte;
                let want = if byte.is_ascii_lowercase() { 8 } else { at };
                assert_eq!(lower_run(&w, 0), Some(want), "byte {byte:#04x} at {at}");
            }
        }
    }

    /// The ASCII fast path for words gives exactly the tokens the general path gives.
    #[test]
    fn ascii_fast_path_agrees_with_the_general_one() {
        let pieces = [
            "hello",
            "customerservice",
            "abcdefgh",
            "follow-up",
            "and/or",
            "a_b",
            "9'a",
            "x'",
            "'s",
            "we're",
            "A-1",
            "7,5",
            "Hello",
            "HELLO",
            "hEllo",
            "x",
            "I",
            "A1234",
            "3Com",
            "42",
            "3-5",
            "1,000",
            "don't",
            "dont",
            "co-op",
            "e.g.",
            "ana.b@x.co",
            "x.com/help",
            "foo_bar",
            "50%",
            "a+b",
            "café",
            "naïve",
            "日本語",
            "O'Brien",
            "rock'n'roll",
            "U.S.",
            "12:30",
            "1/2",
            "http://x.io",
            "HTTPS",
            "https",
            "here",
            "help:",
            "hello:/",
            "//x",
            "Hi",
            " ",
            "  ",
            "\n",
            ",",
            ".",
            "!",
            "?",
            "(",
            ")",
            "\"",
            "-",
            "'",
            "{{first_name}}",
            "<b>",
            "&amp;",
            "#A1234",
            "@dana",
            "😀",
            "\u{2019}",
            "s",
            "_",
            "%",
            "+",
            ":",
            "/",
            "@",
            "é",
            "\u{301}",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..6000 {
            let mut text = String::new();
            for _ in 0..8 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let fast = tokenize(&text);
            SLOW_ONLY.with(|s| s.set(true));
            let slow = tokenize(&text);
            SLOW_ONLY.with(|s| s.set(false));
            assert_eq!(fast, slow, "{text:?}");
            // A word is marked ASCII exactly when it is.
            for t in fast.iter().filter(|t| t.kind == TokenKind::Word) {
                let ascii = text[t.span.start..t.span.end].is_ascii();
                assert_eq!(t.has(Token::ASCII), ascii, "{text:?} {t:?}");
            }
        }
    }
}
