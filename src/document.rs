//! A response to check: its text, where it came from, and where its bytes sit in that file.
//!
//! A response read from a helpdesk export is a JSON or CSV string value: its text has escapes
//! decoded, so its byte offsets are not the file's. A document keeps a small offset map back to
//! the file, so that every violation can point at the file's own line and column.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::suppress::Inherited;

/// A place in a file: 1-based `line` and `column` (columns count characters, not bytes) and
/// the 0-based byte `offset`.
///
/// ```
/// let doc = replytone::Document::new("Hi Zoë,\nCalm down.");
/// let p = doc.position(18); // the "." at the end
/// assert_eq!((p.line, p.column, p.offset), (2, 10, 18));
/// assert_eq!(doc.position(7).column, 7); // the ",": "ë" is two bytes but one column
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters (Unicode scalar values), from 1.
    pub column: usize,
    /// The byte offset into the file (or into the text, for a document that has no file).
    pub offset: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The whole text of a file that documents were read from, with its line starts.
#[derive(Debug)]
pub(crate) struct SourceText {
    text: String,
    line_starts: Vec<usize>,
}

impl SourceText {
    /// A file's text. A leading byte-order mark is not part of line 1: columns do not count it,
    /// and readers start after it, at [`start`](Self::start). Offsets stay the file's.
    pub(crate) fn new(text: String) -> Arc<SourceText> {
        let mut line_starts = line_starts(&text);
        if text.starts_with('\u{feff}') {
            line_starts[0] = '\u{feff}'.len_utf8();
        }
        Arc::new(SourceText { text, line_starts })
    }

    /// Where the text starts: after a byte-order mark, if the file has one.
    pub(crate) fn start(&self) -> usize {
        self.line_starts[0]
    }

    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    pub(crate) fn position(&self, offset: usize) -> Position {
        position_in(&self.text, &self.line_starts, offset)
    }

    pub(crate) fn line(&self, line: usize) -> Option<&str> {
        line_text(&self.text, &self.line_starts, line)
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .collect()
}

fn position_in(text: &str, line_starts: &[usize], offset: usize) -> Position {
    position_after(text, line_starts, offset, None)
}

/// The position of `offset`, counting its column on from `last` when that is an earlier
/// place on the same line, else from the line's start.
fn position_after(
    text: &str,
    line_starts: &[usize],
    offset: usize,
    last: Option<Position>,
) -> Position {
    let mut offset = offset.min(text.len()).max(line_starts[0]);
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line = line_starts.partition_point(|&s| s <= offset);
    let (from, column) = match last {
        Some(l) if l.line == line && l.offset <= offset => (l.offset, l.column),
        _ => (line_starts[line - 1], 1),
    };
    Position {
        line,
        column: column + text[from..offset].chars().count(),
        offset,
    }
}

/// The positions of `offsets` (in any order) in `text`, in their order. They are worked out in
/// text order, each column counted on from the one before, so a long line with many offsets
/// is read once, not once per offset.
fn positions_in(
    text: &str,
    line_starts: &[usize],
    offsets: impl ExactSizeIterator<Item = usize>,
) -> Vec<Position> {
    let mut order: Vec<(usize, usize)> = offsets.enumerate().map(|(i, o)| (o, i)).collect();
    order.sort_unstable();
    let mut out = vec![Position::default(); order.len()];
    let mut last = None;
    for (offset, i) in order {
        let p = position_after(text, line_starts, offset, last);
        out[i] = p;
        last = Some(p);
    }
    out
}

fn line_text<'t>(text: &'t str, line_starts: &[usize], line: usize) -> Option<&'t str> {
    let start = *line_starts.get(line.checked_sub(1)?)?;
    let end = line_starts.get(line).map_or(text.len(), |&e| e - 1);
    let l = &text[start..end];
    Some(l.strip_suffix('\r').unwrap_or(l))
}

/// Where a document's text came from: the file's text and, per run of bytes copied verbatim,
/// `(offset in the document text, offset in the file)`.
#[derive(Clone, Debug)]
struct Origin {
    source: Arc<SourceText>,
    segments: Vec<(usize, usize)>,
}

/// One response to check: its text, and optionally the file and the title it came from.
///
/// Build one from a string, or read a whole file with a [`Reader`](crate::Reader), which knows
/// plain text, Markdown, HTML, helpdesk macro exports (JSON), CSV and JSON Lines.
///
/// ```
/// use replytone::Document;
/// let doc = Document::new("Hi {{first_name}}, thanks for your patience.")
///     .with_path("macros/refund.txt")
///     .with_title("Refund delay");
/// assert_eq!(doc.title(), Some("Refund delay"));
/// assert_eq!(doc.path().and_then(|p| p.to_str()), Some("macros/refund.txt"));
/// ```
#[derive(Clone, Debug)]
pub struct Document {
    text: String,
    path: Option<PathBuf>,
    title: Option<String>,
    origin: Option<Origin>,
    pub(crate) inherited: Vec<Inherited>,
}

impl Document {
    /// A document with this text and no file: positions are lines and columns of the text.
    pub fn new(text: impl Into<String>) -> Document {
        Document {
            text: text.into(),
            path: None,
            title: None,
            origin: None,
            inherited: Vec::new(),
        }
    }

    /// A document whose text is taken from `source`, mapped back by `segments`.
    pub(crate) fn mapped(
        text: String,
        source: &Arc<SourceText>,
        segments: Vec<(usize, usize)>,
    ) -> Document {
        debug_assert!(segments.first().is_some_and(|s| s.0 == 0));
        Document {
            text,
            path: None,
            title: None,
            origin: Some(Origin {
                source: Arc::clone(source),
                segments,
            }),
            inherited: Vec::new(),
        }
    }

    /// Sets the path of the file the response is in; a policy's per-path overrides match it.
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Document {
        self.path = Some(path.into());
        self
    }

    /// Sets the response's title (a macro's title, a CSV row's title column).
    pub fn with_title(mut self, title: impl Into<String>) -> Document {
        self.title = Some(title.into());
        self
    }

    /// The text that is analysed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The file the response is in, if known.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The response's title, if it has one.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The byte offset in the file of a byte offset in [`text`](Self::text).
    pub fn file_offset(&self, offset: usize) -> usize {
        match &self.origin {
            None => offset,
            Some(o) => map_offset(&o.segments, offset),
        }
    }

    /// Where a byte offset of [`text`](Self::text) is in the file: line, column and offset.
    ///
    /// For a document read from a JSON or CSV file this is the place of the (escaped) character
    /// in that file; for a document made with [`Document::new`] it is a place in the text.
    pub fn position(&self, offset: usize) -> Position {
        match &self.origin {
            None => position_in(&self.text, &line_starts(&self.text), offset),
            Some(o) => o.source.position(self.file_offset(offset)),
        }
    }

    /// The positions of several offsets at once (sorted or not), in time linear in the text
    /// however many fall on one line.
    pub(crate) fn positions(&self, offsets: &[usize]) -> Vec<Position> {
        match &self.origin {
            None => positions_in(
                &self.text,
                &line_starts(&self.text),
                offsets.iter().copied(),
            ),
            Some(o) => positions_in(
                &o.source.text,
                &o.source.line_starts,
                offsets.iter().map(|&off| self.file_offset(off)),
            ),
        }
    }

    /// A line of the file (or of the text, for a document without a file), without its line
    /// ending, to show a violation in context.
    ///
    /// ```
    /// let doc = replytone::Document::new("Hello.\r\nCalm down.\n");
    /// assert_eq!(doc.source_line(2), Some("Calm down."));
    /// assert_eq!(doc.source_line(4), None);
    /// ```
    pub fn source_line(&self, line: usize) -> Option<&str> {
        match &self.origin {
            None => line_text(&self.text, &line_starts(&self.text), line),
            Some(o) => o.source.line(line),
        }
    }
}

/// Maps a byte offset of a decoded text to the file it was decoded from, through
/// `(text offset, file offset)` segments sorted by text offset (as JSON and CSV reading record
/// them): the offset keeps its distance from the start of its segment.
pub(crate) fn map_offset(segments: &[(usize, usize)], offset: usize) -> usize {
    let i = segments.partition_point(|s| s.0 <= offset).max(1) - 1;
    match segments.get(i) {
        Some(&(t, f)) => f + (offset - t),
        None => offset,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let doc = Document::new("ab\ncdé f\n\nx");
        for (offset, line, column) in [
            (0, 1, 1),
            (2, 1, 3),
            (3, 2, 1),
            (5, 2, 3),
            (7, 2, 4),
            (8, 2, 5),
            (10, 3, 1),
            (11, 4, 1),
            (12, 4, 2),
            (99, 4, 2),
        ] {
            let p = doc.position(offset);
            assert_eq!((p.line, p.column), (line, column), "offset {offset}");
        }
        // Many at once, in any order (including mid-character and repeated), agree with one
        // at a time.
        let offsets: Vec<usize> = (0..14).rev().chain([6, 0, 6, 99]).collect();
        let one: Vec<Position> = offsets.iter().map(|&o| doc.position(o)).collect();
        assert_eq!(doc.positions(&offsets), one);
    }

    #[test]
    fn positions_on_one_long_line_are_counted_once() {
        // 30,000 findings on one 330 KB line: counting each column from the line's start took
        // time quadratic in the line (0.43 s through `check`); timing is not asserted here.
        let text = "Calm down. ".repeat(30_000);
        let doc = Document::new(text.clone());
        let offsets: Vec<usize> = text.match_indices("Calm").map(|(i, _)| i).collect();
        let ps = doc.positions(&offsets);
        assert_eq!(ps.len(), 30_000);
        for (k, p) in ps.iter().enumerate() {
            assert_eq!((p.line, p.column, p.offset), (1, 11 * k + 1, 11 * k));
        }
    }

    #[test]
    fn mapped_offsets_follow_segments() {
        // File: {"v": "a\nb"} ; the text "a<LF>b" comes from bytes 7.. with a 2-byte escape.
        let file = r#"{"v": "a\nb"}"#;
        let source = SourceText::new(file.to_string());
        let doc = Document::mapped("a\nb".to_string(), &source, vec![(0, 7), (1, 8), (2, 10)]);
        assert_eq!(doc.file_offset(0), 7);
        assert_eq!(doc.file_offset(1), 8);
        assert_eq!(doc.file_offset(2), 10);
        assert_eq!(doc.file_offset(3), 11);
        assert_eq!(doc.position(2).column, 11);
        assert_eq!(doc.source_line(1), Some(file));
    }
}
