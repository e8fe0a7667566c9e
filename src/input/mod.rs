//! Reading responses from files: plain text, Markdown, HTML, helpdesk macro exports (JSON),
//! CSV and JSON Lines. Every response becomes a [`Document`] whose offsets map back to the file.

mod csv;
mod json;
mod markup;

use std::path::Path;
use std::sync::Arc;

use crate::document::SourceText;
use crate::suppress::{self, Inherited, Kind};
use crate::{Document, Error};

use json::Json;

/// The kinds of file a [`Reader`] understands, chosen by file extension.
///
/// ```
/// use replytone::InputKind;
/// assert_eq!(InputKind::from_path("macros/export.JSON".as_ref()), Some(InputKind::Json));
/// assert_eq!(InputKind::from_path("notes.pdf".as_ref()), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputKind {
    /// `.txt`: one response per file, or per line with [`Reader::lines`].
    Text,
    /// `.md`, `.markdown`: like text; front matter and fenced code blocks are skipped.
    Markdown,
    /// `.html`, `.htm`: like text; markup is skipped (spans still point into the file).
    Html,
    /// `.json`: a helpdesk macro export (Zendesk's shape, see [`Reader`]).
    Json,
    /// `.jsonl`, `.ndjson`: one JSON object per line, the response in a text field.
    Jsonl,
    /// `.csv`: a header row naming the columns; the response is in the text column.
    Csv,
}

impl InputKind {
    /// The kind of a file, from its extension (case-insensitive); `None` when it is not one
    /// replytone reads.
    pub fn from_path(path: &Path) -> Option<InputKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => InputKind::Text,
            "md" | "markdown" => InputKind::Markdown,
            "html" | "htm" => InputKind::Html,
            "json" => InputKind::Json,
            "jsonl" | "ndjson" => InputKind::Jsonl,
            "csv" => InputKind::Csv,
            _ => return None,
        })
    }
}

/// Field and column names tried, in order, for the response text when none is given.
const TEXT_FIELDS: &[&str] = &[
    "text", "body", "response", "reply", "message", "content", "comment",
];
/// Field and column names tried, in order, for a response's title.
const TITLE_FIELDS: &[&str] = &["title", "name", "subject", "id"];

/// Reads the responses in a file, as [`Document`]s that know their file, title and positions.
///
/// - `.txt`, `.md`, `.html`: the whole file is one response, or each non-blank line is one with
///   [`lines`](Reader::lines) (lines that hold only a suppression comment apply to the lines
///   after them, see the README). Markup is skipped as for a whole file (front matter, fenced
///   code, `<script>` and `<style>` over several lines), and a line left blank is no response.
/// - `.json`: a Zendesk-style macro export, `{"macros": [{"title": ..., "actions": [{"field":
///   "comment_value", "value": ...}]}]}`; `comment_value_html` actions are read as HTML, a
///   `value` may also be an array whose last string is the text, and a single `{"macro": ...}`
///   or a top-level array of macros are accepted too. Each comment action is a response titled
///   with its macro's title.
/// - `.csv`: the header names the columns; the response is in the [`column`](Reader::column)
///   (by default the first of `text`, `body`, `response`, `reply`, `message`, `content`,
///   `comment`), the title in `title`, `name`, `subject` or `id` (else `row N`).
/// - `.jsonl`: one object per line, the same field names as for CSV.
///
/// Blank responses are skipped.
///
/// ```
/// use replytone::Reader;
/// let csv = "id,title,body\n1,Refund,\"Hi {{first_name}},\nyour refund is on its way.\"\n";
/// let docs = Reader::new().read_str("macros.csv", csv)?;
/// assert_eq!(docs.len(), 1);
/// assert_eq!(docs[0].title(), Some("Refund"));
/// let at = docs[0].text().find("your").unwrap();
/// let p = docs[0].position(at);
/// assert_eq!((p.line, p.column), (3, 1)); // the file's line, not the text's
/// # Ok::<(), replytone::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Reader {
    lines: bool,
    column: Option<String>,
}

impl Reader {
    /// A reader with one response per text file and the default column names.
    pub fn new() -> Reader {
        Reader::default()
    }

    /// Reads `.txt`, `.md` and `.html` files one response per line (off by default).
    pub fn lines(&mut self, yes: bool) -> &mut Reader {
        self.lines = yes;
        self
    }

    /// The CSV column or JSON Lines field that holds the response text.
    pub fn column(&mut self, name: impl Into<String>) -> &mut Reader {
        self.column = Some(name.into());
        self
    }

    /// Reads a file; its kind comes from its extension.
    pub fn read_file(&self, path: impl AsRef<Path>) -> Result<Vec<Document>, Error> {
        let path = path.as_ref();
        self.read_file_as(kind_of(path)?, path)
    }

    /// Reads a file of a given kind, whatever its extension (the `check` runner reads a file it
    /// is given by name as [`InputKind::Text`] when [`InputKind::from_path`] does not know it).
    ///
    /// ```
    /// use replytone::{InputKind, Reader};
    /// let path = std::env::temp_dir().join("replytone-doc-read-file-as.note");
    /// std::fs::write(&path, "Thanks, we are on it.\n").unwrap();
    /// assert!(Reader::new().read_file(&path).is_err(), "no kind for .note");
    /// let docs = Reader::new().read_file_as(InputKind::Text, &path).unwrap();
    /// assert_eq!(docs[0].text(), "Thanks, we are on it.\n");
    /// # std::fs::remove_file(&path).ok();
    /// ```
    pub fn read_file_as(
        &self,
        kind: InputKind,
        path: impl AsRef<Path>,
    ) -> Result<Vec<Document>, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = crate::error::utf8_text(bytes)
            .map_err(|(line, m)| Error::input(&path.display().to_string(), Some(line), m))?;
        self.read(kind, path, text)
    }

    /// Reads the contents of a file given as a string; its kind comes from `path`'s extension.
    pub fn read_str(
        &self,
        path: impl AsRef<Path>,
        contents: impl Into<String>,
    ) -> Result<Vec<Document>, Error> {
        let path = path.as_ref();
        self.read(kind_of(path)?, path, contents.into())
    }

    /// Reads the contents of a file of a given kind.
    pub fn read(
        &self,
        kind: InputKind,
        path: impl AsRef<Path>,
        contents: impl Into<String>,
    ) -> Result<Vec<Document>, Error> {
        let path = path.as_ref();
        let source = SourceText::new(contents.into());
        let name = path.display().to_string();
        let docs = match kind {
            InputKind::Text | InputKind::Markdown | InputKind::Html if self.lines => {
                by_line(kind, &source)
            }
            InputKind::Text | InputKind::Markdown | InputKind::Html => {
                let start = source.start();
                let mut text = source.text()[start..].to_string();
                blank(kind, &mut text);
                if text.trim().is_empty() {
                    Vec::new()
                } else {
                    vec![Document::mapped(text, &source, vec![(0, start)])]
                }
            }
            InputKind::Json => macros(&name, &source)?,
            InputKind::Jsonl => self.jsonl(&name, &source)?,
            InputKind::Csv => self.csv(&name, &source)?,
        };
        Ok(docs.into_iter().map(|d| d.with_path(path)).collect())
    }

    fn jsonl(&self, name: &str, source: &Arc<SourceText>) -> Result<Vec<Document>, Error> {
        let text = source.text();
        let mut docs = Vec::new();
        let mut start = source.start();
        let mut n = 0;
        while start < text.len() {
            n += 1;
            let end = text[start..].find('\n').map_or(text.len(), |k| start + k);
            let line = &text[start..end];
            if !line.trim().is_empty() {
                let value = json::parse(text, start, end)
                    .map_err(|(at, m)| Error::input(name, Some(source.position(at).line), m))?;
                let s = self
                    .pick(|f| value.get(f).and_then(Json::as_str))
                    .ok_or_else(|| {
                        Error::input(name, Some(n), self.missing("field", &keys(&value)))
                    })?;
                if !s.value.trim().is_empty() {
                    let title = TITLE_FIELDS
                        .iter()
                        .find_map(|f| value.get(f).and_then(Json::as_label))
                        .unwrap_or_else(|| format!("line {n}"));
                    docs.push(
                        Document::mapped(s.value.clone(), source, s.segments.clone())
                            .with_title(title),
                    );
                }
            }
            start = end + 1;
        }
        Ok(docs)
    }

    fn csv(&self, name: &str, source: &Arc<SourceText>) -> Result<Vec<Document>, Error> {
        let text = source.text();
        let records = csv::parse(text, source.start())
            .map_err(|(at, m)| Error::input(name, Some(source.position(at).line), m))?;
        let Some((header, rows)) = records.split_first() else {
            return Ok(Vec::new());
        };
        let names: Vec<String> = header
            .fields
            .iter()
            .map(|f| f.value.trim().to_string())
            .collect();
        let index = |want: &str| names.iter().position(|n| n.eq_ignore_ascii_case(want));
        let column = self
            .pick(index)
            .ok_or_else(|| Error::input(name, Some(1), self.missing("column", &names)))?;
        let title_column = TITLE_FIELDS.iter().find_map(|f| index(f));
        let mut docs = Vec::new();
        for (n, row) in rows.iter().enumerate() {
            let Some(field) = row.fields.get(column) else {
                // A row cut short (a missing comma, an unquoted line break) would lose its
                // response without a word: it is an error, like a JSON Lines record without one.
                let at = row.fields.first().map_or(0, |f| f.segments[0].1);
                return Err(Error::input(
                    name,
                    Some(source.position(at).line),
                    format!(
                        "row {} has {} of the {} columns, no {:?} (a line break in an unquoted \
                         field? quote the field)",
                        n + 1,
                        row.fields.len(),
                        names.len(),
                        names[column]
                    ),
                ));
            };
            if field.value.trim().is_empty() {
                continue;
            }
            let title = title_column
                .and_then(|c| row.fields.get(c))
                .map(|f| f.value.trim())
                .filter(|t| !t.is_empty())
                .map_or_else(|| format!("row {}", n + 1), str::to_string);
            docs.push(
                Document::mapped(field.value.clone(), source, field.segments.clone())
                    .with_title(title),
            );
        }
        Ok(docs)
    }

    /// The first of the text fields (or the one given) that `get` finds.
    fn pick<T>(&self, get: impl Fn(&str) -> Option<T>) -> Option<T> {
        match &self.column {
            Some(c) => get(c),
            None => TEXT_FIELDS.iter().find_map(|f| get(f)),
        }
    }

    fn missing(&self, what: &str, found: &[String]) -> String {
        let want = match &self.column {
            Some(c) => format!("no {what} named {c:?}"),
            None => format!(
                "no text {what} (tried {}; name one with --column)",
                TEXT_FIELDS.join(", ")
            ),
        };
        format!("{want}; found: {}", found.join(", "))
    }
}

fn kind_of(path: &Path) -> Result<InputKind, Error> {
    InputKind::from_path(path).ok_or_else(|| {
        Error::input(
            &path.display().to_string(),
            None,
            "not a file kind replytone reads (.txt, .md, .html, .json, .jsonl, .csv)",
        )
    })
}

fn keys(value: &Json) -> Vec<String> {
    match value {
        Json::Object(m) => m.iter().map(|(k, _)| k.clone()).collect(),
        _ => vec!["(not an object)".to_string()],
    }
}

fn blank(kind: InputKind, text: &mut String) {
    match kind {
        InputKind::Html => markup::blank_html(text),
        InputKind::Markdown => markup::blank_markdown(text),
        _ => {}
    }
}

/// One response per line that is not blank once markup is blanked. A line holding only
/// suppression comments is not a response: it applies to the response lines after it, as it
/// would inside one text.
fn by_line(kind: InputKind, source: &Arc<SourceText>) -> Vec<Document> {
    let text = source.text();
    let first = source.start();
    // The whole file is blanked at once: a fence, front matter, a `<script>` or a tag opens on
    // one line and closes on another. Blanking keeps every byte in its place, so the lines are
    // cut where the file's are.
    let mut blanked = text[first..].to_string();
    blank(kind, &mut blanked);
    let mut docs = Vec::new();
    // Open `disable`s and the next response line's `disable-next-line`s.
    let mut open: Vec<Inherited> = Vec::new();
    let mut next: Vec<Inherited> = Vec::new();
    let mut start = first;
    while start < text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |k| start + k);
        let line_end = if text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        let line = &blanked[start - first..line_end - first];
        let base = start;
        start = end + 1;
        if line.trim().is_empty() {
            continue;
        }
        let directives = suppress::scan(line);
        let mut rest = line.to_string().into_bytes();
        for d in &directives {
            rest[d.span.start..d.span.end].fill(b' ');
        }
        if !directives.is_empty() && rest.iter().all(u8::is_ascii_whitespace) {
            for d in directives {
                let ids: Vec<(String, crate::Position)> = d
                    .ids
                    .iter()
                    .map(|(id, s)| (id.clone(), source.position(base + s.start)))
                    .collect();
                match d.kind {
                    Kind::Disable => open.push(Inherited { ids, report: true }),
                    Kind::DisableNextLine => next.push(Inherited { ids, report: true }),
                    Kind::Enable if ids.is_empty() => open.clear(),
                    Kind::Enable => {
                        for o in &mut open {
                            o.ids.retain(|(id, _)| !ids.iter().any(|(e, _)| e == id));
                        }
                        open.retain(|o| !o.ids.is_empty());
                    }
                }
            }
            continue;
        }
        let mut doc = Document::mapped(line.to_string(), source, vec![(0, base)]);
        doc.inherited = open.iter().cloned().chain(next.drain(..)).collect();
        for o in &mut open {
            o.report = false;
        }
        docs.push(doc);
    }
    docs
}

fn macros(name: &str, source: &Arc<SourceText>) -> Result<Vec<Document>, Error> {
    let text = source.text();
    let root = json::parse(text, source.start(), text.len())
        .map_err(|(at, m)| Error::input(name, Some(source.position(at).line), m))?;
    let list: Vec<&Json> = match (&root, root.get("macros"), root.get("macro")) {
        (_, Some(Json::Array(items)), _) => items.iter().collect(),
        (_, _, Some(m @ Json::Object(_))) => vec![m],
        (Json::Array(items), _, _) => items.iter().collect(),
        (Json::Object(_), _, _) if root.get("actions").is_some() => vec![&root],
        _ => {
            return Err(Error::input(
                name,
                Some(1),
                "not a macro export: expected {\"macros\": [{\"title\": ..., \"actions\": \
                 [{\"field\": \"comment_value\", \"value\": ...}]}]}",
            ));
        }
    };
    let mut docs = Vec::new();
    for (i, m) in list.iter().enumerate() {
        let title = ["title", "raw_title", "name", "id"]
            .iter()
            .find_map(|f| m.get(f).and_then(Json::as_label))
            .unwrap_or_else(|| format!("macro {}", i + 1));
        let Some(Json::Array(actions)) = m.get("actions") else {
            continue;
        };
        let comments: Vec<(&str, &json::Str)> = actions
            .iter()
            .filter_map(|a| {
                let field = a.get("field").and_then(Json::as_str)?.value.as_str();
                if field != "comment_value" && field != "comment_value_html" {
                    return None;
                }
                let value = match a.get("value")? {
                    Json::Str(s) => s,
                    Json::Array(items) => items.iter().rev().find_map(Json::as_str)?,
                    _ => return None,
                };
                Some((field, value))
            })
            .collect();
        for &(field, value) in &comments {
            if value.value.trim().is_empty() {
                continue;
            }
            let mut t = value.value.clone();
            if field == "comment_value_html" {
                markup::blank_html(&mut t);
            }
            let title = if comments.len() > 1 {
                format!("{title} ({field})")
            } else {
                title.clone()
            };
            docs.push(Document::mapped(t, source, value.segments.clone()).with_title(title));
        }
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: &str, text: &str) -> Vec<Document> {
        Reader::new().read_str(path, text).unwrap()
    }

    #[test]
    fn zendesk_export() {
        let file = r#"{"macros": [
  {"id": 1, "title": "Refund", "actions": [
    {"field": "status", "value": "solved"},
    {"field": "comment_value", "value": "Hi {{ticket.requester.first_name}},\n\nCalm down."}]},
  {"id": 2, "title": "HTML one", "actions": [
    {"field": "comment_value_html", "value": "<p>Hello,</p><style>p{}</style><p>Calm down.</p>"}]},
  {"id": 3, "title": "Array", "actions": [{"field": "comment_value", "value": ["channel:all", "Calm down."]}]},
  {"id": 4, "title": "No comment", "actions": [{"field": "priority", "value": "low"}]}
]}"#;
        let docs = read("export.json", file);
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[0].title(), Some("Refund"));
        assert_eq!(docs[1].text().find("p{}"), None);
        for (d, line) in docs.iter().zip([4, 6, 7]) {
            let at = d.text().find("Calm").unwrap();
            let p = d.position(at);
            assert_eq!(p.line, line);
            assert_eq!(&file[p.offset..p.offset + 4], "Calm");
            let l = d.source_line(p.line).unwrap();
            assert_eq!(
                l.chars().skip(p.column - 1).take(4).collect::<String>(),
                "Calm"
            );
        }
    }

    #[test]
    fn not_a_macro_export() {
        let err = Reader::new().read_str("x.json", "{\"a\": 1}").unwrap_err();
        assert!(
            err.to_string().starts_with("x.json:1: not a macro export"),
            "{err}"
        );
        let err = Reader::new()
            .read_str("x.json", "{\"macros\": [\n{]}")
            .unwrap_err();
        assert_eq!(err.line(), Some(2));
    }

    #[test]
    fn csv_and_jsonl() {
        let docs = read(
            "m.csv",
            "\u{feff}Title,Body\nA,\"Hi, calm down\"\n,Plain\nC,\n",
        );
        let titles: Vec<_> = docs.iter().map(|d| d.title().unwrap()).collect();
        assert_eq!(titles, ["A", "row 2"]);
        let err = Reader::new().read_str("m.csv", "a,b\n1,2\n").unwrap_err();
        assert!(err.to_string().contains("found: a, b"), "{err}");
        // A row without the text column is an error at its line, not a row left out.
        for (file, line, message) in [
            (
                "title,body\nA,Hello\nB\n",
                3,
                "row 2 has 1 of the 2 columns, no \"body\"",
            ),
            (
                "title,body\nA,Hello\nworld\nC,Bye\n",
                3,
                "row 2 has 1 of the 2 columns",
            ),
            ("title,body\nA,\"Hi,\nthere\"\n\nB\n", 5, "row 2 has 1 of"),
        ] {
            let err = Reader::new().read_str("m.csv", file).unwrap_err();
            assert_eq!(err.line(), Some(line), "{file:?}");
            assert!(
                err.to_string()
                    .starts_with(&format!("m.csv:{line}: {message}")),
                "{err}"
            );
        }
        let docs = Reader::new()
            .column("b")
            .read_str("m.csv", "a,b\n1,2\n")
            .unwrap();
        assert_eq!(docs[0].text(), "2");

        let docs = read(
            "r.jsonl",
            "{\"id\": 7, \"text\": \"Calm\\tdown\"}\n\n{\"text\": \"x\"}\n",
        );
        assert_eq!(docs[0].title(), Some("7"));
        assert_eq!(docs[1].title(), Some("line 3"));
        assert_eq!(docs[1].position(0).line, 3);
        let err = Reader::new()
            .read_str("r.jsonl", "{\"text\": \"a\"}\n{\"body\" 1}\n")
            .unwrap_err();
        assert_eq!(err.line(), Some(2));
    }

    #[test]
    fn lines_with_directives() {
        let text = "first\n\n# replytone-disable-next-line a.b\nsecond\n<!-- replytone-disable c -->\nthird\nfourth\n# replytone-enable\nfifth\r\n";
        let docs = Reader::new().lines(true).read_str("c.txt", text).unwrap();
        let texts: Vec<_> = docs.iter().map(Document::text).collect();
        assert_eq!(texts, ["first", "second", "third", "fourth", "fifth"]);
        let ids = |d: &Document| -> Vec<String> {
            d.inherited
                .iter()
                .flat_map(|i| i.ids.iter().map(|(s, _)| s.clone()))
                .collect()
        };
        assert_eq!(ids(&docs[0]), Vec::<String>::new());
        assert_eq!(ids(&docs[1]), ["a.b"]);
        assert_eq!(ids(&docs[2]), ["c"]);
        assert_eq!(ids(&docs[3]), ["c"]);
        assert!(docs[2].inherited[0].report && !docs[3].inherited[0].report);
        assert_eq!(ids(&docs[4]), Vec::<String>::new());
        assert_eq!(docs[4].position(0).line, 9);
        assert_eq!(docs[1].inherited[0].ids[0].1.line, 3);
    }

    #[test]
    fn byte_order_marks() {
        // Every kind: the mark is not in the text, and columns on line 1 do not count it.
        for (path, body, line, column) in [
            ("a.txt", "Calm down, we are on it.\n", 1, 1),
            ("a.md", "---\ntitle: x\n---\nHi, Calm down.\n", 4, 5),
            ("a.html", "<p>Calm down.</p>\n", 1, 4),
            ("a.jsonl", "{\"text\": \"Calm down.\"}\n", 1, 11),
            (
                "a.json",
                r#"{"macros": [{"title": "t", "actions": [{"field": "comment_value", "value": "Calm down."}]}]}"#,
                1,
                77,
            ),
            ("a.csv", "text\nCalm down.\n", 2, 1),
        ] {
            let file = format!("\u{feff}{body}");
            for lines in [false, true] {
                let docs = Reader::new().lines(lines).read_str(path, &file).unwrap();
                assert_eq!(docs.len(), 1, "{path} {lines}");
                let d = &docs[0];
                assert!(!d.text().contains('\u{feff}'), "{path} {lines}");
                assert!(!d.text().contains("title"), "{path} {lines}");
                let p = d.position(d.text().find("Calm").unwrap());
                assert_eq!((p.line, p.column), (line, column), "{path} {lines}");
                assert_eq!(&file[p.offset..p.offset + 4], "Calm");
                let first = body.lines().next();
                assert_eq!(d.source_line(1), first, "{path} {lines}");
            }
        }
        // A directive on line 1 is one.
        let file = "\u{feff}# replytone-disable-next-line confrontation.calm-down\nCalm down, we are on it.\n";
        let analyzer = crate::Analyzer::default();
        for lines in [false, true] {
            let docs = Reader::new().lines(lines).read_str("t.txt", file).unwrap();
            assert_eq!(docs.len(), 1);
            let v = crate::check(&analyzer, &crate::Policy::default(), &docs[0]);
            let rules: Vec<&str> = v.violations.iter().map(|v| &*v.rule).collect();
            assert!(
                !rules.contains(&"confrontation.calm-down"),
                "{lines}: {rules:?}"
            );
        }
    }

    #[test]
    fn lines_after_blanking() {
        // (file, the responses with --lines, their lines): what the whole file skips, lines
        // skip too, however many lines it spans.
        for (path, file, texts, lines) in [
            (
                "a.md",
                "Hello.\n\n```\nCalm down. It is not our problem.\n```\nThanks.\n",
                &["Hello.", "Thanks."][..],
                &[1, 6][..],
            ),
            (
                "a.md",
                "---\ntitle: x\n---\nHi\n~~~~\n# replytone-disable\n~~~~\nCalm down.\n",
                &["Hi", "Calm down."],
                &[4, 8],
            ),
            (
                "a.html",
                "<p>Hi</p>\n<script>\nvar a = \"calm down\";\n</script>\r\n<style>\np {}\n</style>\nBye\n",
                &[
                    "<p>Hi</p>",
                    "<script>",
                    "</script>",
                    "<style>",
                    "</style>",
                    "Bye",
                ],
                &[1, 2, 4, 5, 7, 8],
            ),
            (
                "a.html",
                "<a\n href=\"x\">Hi</a>\n",
                &["<a", "         >Hi</a>"],
                &[1, 2],
            ),
            (
                "a.txt",
                "```\nCalm down.\n```\n",
                &["```", "Calm down.", "```"],
                &[1, 2, 3],
            ),
        ] {
            let docs = Reader::new().lines(true).read_str(path, file).unwrap();
            let got: Vec<_> = docs.iter().map(Document::text).collect();
            assert_eq!(got, texts, "{file:?}");
            let at: Vec<_> = docs.iter().map(|d| d.position(0).line).collect();
            assert_eq!(at, lines, "{file:?}");
            for d in &docs {
                assert_eq!(
                    d.text().len(),
                    d.source_line(d.position(0).line).unwrap().len()
                );
            }
            assert!(docs.iter().all(|d| d.inherited.is_empty()), "{file:?}");
        }
    }

    #[test]
    fn whole_files() {
        assert!(read("a.txt", " \n ").is_empty());
        let docs = read("a.md", "---\ntitle: x\n---\nCalm down.\n");
        assert_eq!(
            docs[0].position(docs[0].text().find("Calm").unwrap()).line,
            4
        );
        assert!(!docs[0].text().contains("title"));
        assert!(Reader::new().read_str("a.pdf", "x").is_err());
    }

    #[test]
    fn files_of_a_given_kind() {
        let dir = std::env::temp_dir().join(format!("replytone-input-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("note.xyz");
        std::fs::write(&path, "<style>p{}</style>Calm down.\n").unwrap();
        assert!(Reader::new().read_file(&path).is_err());
        for (kind, text) in [
            (InputKind::Text, "<style>p{}</style>Calm down.\n"),
            (InputKind::Html, "<style>   </style>Calm down.\n"),
        ] {
            let docs = Reader::new().read_file_as(kind, &path).unwrap();
            assert_eq!(docs.len(), 1);
            assert_eq!(docs[0].text(), text);
            assert_eq!(docs[0].path(), Some(path.as_path()));
        }
        let err = Reader::new()
            .read_file_as(InputKind::Json, &path)
            .unwrap_err();
        assert_eq!(err.line(), Some(1));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
