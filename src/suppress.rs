//! Inline suppressions: comments in the checked text that switch rules off for a stretch.
//!
//! ```text
//! <!-- replytone-disable confrontation.per-policy, negative_framing -->
//! ...
//! <!-- replytone-enable -->
//! <!-- replytone-disable-next-line confrontation.calm-down -- the customer asked for this -->
//! # replytone-disable-next-line confrontation.calm-down        (the plain-text form)
//! ```
//!
//! An id names a rule (`confrontation.calm-down`) or a whole group of them: a dimension
//! (`confrontation`) or a check (`policy`, `context`). No id means every rule. Text after ` -- `
//! is a reason and is ignored.

use rustc_hash::FxHashMap;

use crate::{Position, Span};

/// What a directive does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Disable,
    Enable,
    DisableNextLine,
}

/// A directive found in a text.
#[derive(Clone, Debug)]
pub(crate) struct Directive {
    pub kind: Kind,
    /// The whole comment or line, blanked before analysis.
    pub span: Span,
    /// The ids it names, each with its span; empty means every rule.
    pub ids: Vec<(String, Span)>,
}

/// A directive from outside a document's text (a directive line before a response in a file
/// read one response per line): it covers the whole document.
#[derive(Clone, Debug)]
pub(crate) struct Inherited {
    /// The ids and where they are in the file; empty means every rule.
    pub ids: Vec<(String, Position)>,
    /// Whether this document reports the directive's unknown ids (only the first it covers).
    pub report: bool,
}

const PREFIX: &str = "replytone-";

/// Every directive in `text`, in text order: HTML comments anywhere, and lines whose first
/// non-blank characters are `#` or `//` followed by `replytone-`.
pub(crate) fn scan(text: &str) -> Vec<Directive> {
    let mut out = Vec::new();
    if !text.contains(PREFIX) {
        return out;
    }
    let mut line_start = 0;
    let mut from = 0;
    // No `-->` at or after this: remembered because every line with an unclosed `<!--` would
    // otherwise search the rest of the text again. A `-->` that is found closes its comment
    // and scanning goes on after it, so those searches never cover the same text twice.
    let mut no_close_from = usize::MAX;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |k| line_start + k);
        let line = &text[line_start..line_end];
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        let marker = if trimmed.starts_with('#') {
            1
        } else if trimmed.starts_with("//") {
            2
        } else {
            0
        };
        if marker > 0 && from <= line_start {
            let rest = &trimmed[marker..];
            let body_at = line_start + lead + marker + (rest.len() - rest.trim_start().len());
            let end = line_start + line.trim_end().len();
            if let Some(mut d) = directive(text, body_at, end) {
                d.span = Span::new(line_start, end);
                out.push(d);
                from = line_end;
            }
        }
        // HTML comments that start on this line (and may end on a later one).
        loop {
            let search = from.max(line_start);
            let Some(k) = text.get(search..line_end).and_then(|l| l.find("<!--")) else {
                break;
            };
            let open = search + k;
            let after = open + 4;
            let close = if after < no_close_from {
                text[after..].find("-->").map(|c| after + c)
            } else {
                None
            };
            let Some(close) = close else {
                no_close_from = no_close_from.min(after);
                from = line_end;
                break;
            };
            let inner = &text[open + 4..close];
            let body_at = open + 4 + (inner.len() - inner.trim_start().len());
            let body_end = open + 4 + inner.trim_end().len();
            if let Some(mut d) = directive(text, body_at, body_end) {
                d.span = Span::new(open, close + 3);
                out.push(d);
            }
            from = close + 3;
        }
        line_start = line_end + 1;
        from = from.max(line_start);
    }
    out
}

/// Parses `text[at..end]` as `replytone-KIND [ids] [-- reason]`.
fn directive(text: &str, at: usize, end: usize) -> Option<Directive> {
    // A marker followed only by white space gives at > end: no directive.
    let body = text.get(at..end)?;
    let rest = body.strip_prefix(PREFIX)?;
    let (kind, name_len) = [
        (Kind::DisableNextLine, "disable-next-line"),
        (Kind::Disable, "disable"),
        (Kind::Enable, "enable"),
    ]
    .into_iter()
    .find(|(_, name)| {
        rest.strip_prefix(name)
            .is_some_and(|r| r.is_empty() || r.starts_with(char::is_whitespace))
    })
    .map(|(k, n)| (k, n.len()))?;
    let ids_at = at + PREFIX.len() + name_len;
    let mut ids_text = &text[ids_at..end];
    if let Some(reason) = ids_text.find(" --") {
        ids_text = &ids_text[..reason];
    }
    // Ids are runs between commas and white space. Offsets come from where each character
    // is, not from counting one byte per separator: white space such as U+00A0 or U+3000 is
    // several bytes long.
    let mut ids = Vec::new();
    let mut start = None;
    for (k, c) in ids_text.char_indices().chain([(ids_text.len(), ',')]) {
        let separator = c == ',' || c.is_whitespace();
        match start {
            None if !separator => start = Some(k),
            Some(s) if separator => {
                ids.push((
                    ids_text[s..k].to_string(),
                    Span::new(ids_at + s, ids_at + k),
                ));
                start = None;
            }
            _ => {}
        }
    }
    Some(Directive {
        kind,
        span: Span::new(at, end),
        ids,
    })
}

/// Whether a directive id names `rule`: the rule itself, or a group it belongs to.
pub(crate) fn id_matches(id: &str, rule: &str) -> bool {
    rule == id || (rule.starts_with(id) && rule.as_bytes().get(id.len()) == Some(&b'.'))
}

/// Stretches of text, sorted and merged, so that whether one covers an offset is a binary
/// search however many directives made them.
#[derive(Clone, Debug, Default)]
struct Stretches(Vec<Span>);

impl Stretches {
    fn push(&mut self, span: Span) {
        if span.start < span.end {
            self.0.push(span);
        }
    }

    /// Sorts the stretches and merges those that overlap or touch.
    fn merge(&mut self) {
        self.0.sort_unstable_by_key(|s| s.start);
        let mut merged: Vec<Span> = Vec::with_capacity(self.0.len());
        for s in self.0.drain(..) {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        self.0 = merged;
    }

    fn covers(&self, offset: usize) -> bool {
        let i = self.0.partition_point(|s| s.end <= offset);
        self.0.get(i).is_some_and(|s| s.start <= offset)
    }
}

/// Where rules are switched off in one text: the stretches where every rule is off, and per
/// id those where the rules it names are. Built once per text, so that each finding's lookup
/// costs a few binary searches, not a pass over every directive.
#[derive(Clone, Debug, Default)]
pub(crate) struct Suppressions {
    all: Stretches,
    by_id: FxHashMap<String, Stretches>,
    /// The ids of the `disable`s still in force at the end of the text (or inherited from
    /// before it), `None` for every rule: they also switch off findings about the response
    /// as a whole. A `disable-next-line` can end where the text ends too, but is not one.
    to_end: Vec<Option<String>>,
}

impl Suppressions {
    /// The stretches made by `directives` in a text of `text.len()` bytes, and by directives
    /// inherited from outside it.
    pub(crate) fn new(text: &str, directives: &[Directive], inherited: &[Inherited]) -> Self {
        let len = text.len();
        let mut s = Suppressions::default();
        for i in inherited {
            s.off(Span::new(0, len), i.ids.iter().map(|(id, _)| id));
            if i.ids.is_empty() {
                s.to_end.push(None);
            }
            s.to_end
                .extend(i.ids.iter().map(|(id, _)| Some(id.clone())));
        }
        // Open `disable`s: where each began, by the id it names (`None`: every rule).
        let mut open: FxHashMap<Option<String>, Vec<usize>> = FxHashMap::default();
        // The line after the last `disable-next-line`: searched from `.0`, whose line ends at
        // `.1`. Directives come in text order, so the ones on the same line share it; searching
        // again for each would make a line with many of them quadratic.
        let mut next_line = (usize::MAX, usize::MAX, Span::new(len, len));
        for d in directives {
            match d.kind {
                Kind::Disable => {
                    if d.ids.is_empty() {
                        open.entry(None).or_default().push(d.span.end);
                    }
                    for (id, _) in &d.ids {
                        open.entry(Some(id.clone())).or_default().push(d.span.end);
                    }
                }
                Kind::Enable => {
                    // Closes the `disable`s of the ids it names, or all of them.
                    let closed: Vec<(Option<String>, Vec<usize>)> = if d.ids.is_empty() {
                        std::mem::take(&mut open).into_iter().collect()
                    } else {
                        d.ids
                            .iter()
                            .filter_map(|(id, _)| open.remove_entry(&Some(id.clone())))
                            .collect()
                    };
                    for (id, starts) in closed {
                        for start in starts {
                            s.off(Span::new(start, d.span.start), id.iter());
                        }
                    }
                }
                Kind::DisableNextLine => {
                    let end = d.span.end;
                    if !(next_line.0 <= end && end <= next_line.1) {
                        let line_end = text[end..].find('\n').map_or(len, |k| end + k);
                        let next = (line_end + 1).min(len);
                        let next_end = text[next..].find('\n').map_or(len, |k| next + k);
                        next_line = (end, line_end, Span::new(next, next_end));
                    }
                    s.off(next_line.2, d.ids.iter().map(|(id, _)| id));
                }
            }
        }
        for (id, starts) in open {
            for start in starts {
                s.off(Span::new(start, len), id.iter());
            }
            s.to_end.push(id);
        }
        s.all.merge();
        for stretches in s.by_id.values_mut() {
            stretches.merge();
        }
        s
    }

    /// Switches off, in `span`, the rules `ids` name (every rule when there are none).
    fn off<'a>(&mut self, span: Span, ids: impl ExactSizeIterator<Item = &'a String>) {
        if ids.len() == 0 {
            self.all.push(span);
        }
        for id in ids {
            self.by_id.entry(id.clone()).or_default().push(span);
        }
    }

    /// Whether `rule` is off where a span starting at `offset` begins.
    pub(crate) fn covers(&self, rule: &str, offset: usize) -> bool {
        self.all.covers(offset)
            || ids_naming(rule).any(|id| self.by_id.get(id).is_some_and(|s| s.covers(offset)))
    }

    /// Whether `rule` is off for the response as a whole: a `disable` naming it (or naming no
    /// rule) that is still in force at the end of the text.
    pub(crate) fn covers_response(&self, rule: &str) -> bool {
        self.to_end
            .iter()
            .any(|id| id.as_deref().is_none_or(|id| id_matches(id, rule)))
    }
}

/// The ids that name `rule`: its groups, then itself (`a`, `a.b`, `a.b.c` for `a.b.c`).
pub(crate) fn ids_naming(rule: &str) -> impl Iterator<Item = &str> {
    rule.match_indices('.')
        .map(|(i, _)| &rule[..i])
        .chain(std::iter::once(rule))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, Vec<String>, &str)> {
        scan(text)
            .into_iter()
            .map(|d| {
                (
                    d.kind,
                    d.ids.iter().map(|(s, _)| s.clone()).collect(),
                    &text[d.span.start..d.span.end],
                )
            })
            .collect()
    }

    #[test]
    fn scans_both_forms() {
        let text = "Hi <!-- replytone-disable a.b, c -->x<!-- replytone-enable -->\n  # replytone-disable-next-line d.e -- because\n// replytone-enable\n# not a directive\n<!-- a comment -->";
        let got = kinds(text);
        assert_eq!(got.len(), 4);
        assert_eq!(got[0].0, Kind::Disable);
        assert_eq!(got[0].1, ["a.b", "c"]);
        assert_eq!(got[0].2, "<!-- replytone-disable a.b, c -->");
        assert_eq!(got[1].0, Kind::Enable);
        assert_eq!(got[2].0, Kind::DisableNextLine);
        assert_eq!(got[2].1, ["d.e"]);
        assert_eq!(got[2].2, "  # replytone-disable-next-line d.e -- because");
        assert_eq!(got[3].0, Kind::Enable);
        assert!(kinds("<!-- replytone-disabled x -->").is_empty());
        assert!(kinds("# replytone-disablex").is_empty());
    }

    #[test]
    fn id_spans_point_at_ids() {
        // Separators of more than one byte (U+00A0, U+2003, U+3000) must not shift the spans.
        for (text, want) in [
            (
                "<!-- replytone-disable  foo.bar,baz -->",
                &[("foo.bar", 24, 31), ("baz", 32, 35)][..],
            ),
            (
                "# replytone-disable\u{a0}\u{a0}bogus.rule",
                &[("bogus.rule", 23, 33)],
            ),
            (
                "<!-- replytone-disable\u{3000}bogus.rule -->",
                &[("bogus.rule", 25, 35)],
            ),
            (
                "# replytone-disable a,\u{2003}b -- why",
                &[("a", 20, 21), ("b", 25, 26)],
            ),
            (
                "// replytone-disable-next-line\u{a0}x\u{3000}y",
                &[("x", 32, 33), ("y", 36, 37)],
            ),
            (
                "<!-- replytone-enable\u{3000}é.r\u{a0},\u{a0}ü -->",
                &[("é.r", 24, 28), ("ü", 33, 35)],
            ),
        ] {
            let d = &scan(text)[0];
            let got: Vec<(&str, usize, usize)> = d
                .ids
                .iter()
                .map(|(id, s)| (id.as_str(), s.start, s.end))
                .collect();
            assert_eq!(got, want, "{text:?}");
            for (id, span) in &d.ids {
                assert_eq!(
                    text.get(span.start..span.end),
                    Some(id.as_str()),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn regions() {
        let text = "AA\n<!-- replytone-disable x -->\nBB\n<!-- replytone-enable -->\nCC\n# replytone-disable-next-line\nDD\nEE <!-- replytone-disable y -->FF";
        let s = Suppressions::new(text, &scan(text), &[]);
        let at = |needle: &str| text.find(needle).unwrap();
        assert!(!s.covers("x.r", at("AA")));
        assert!(s.covers("x.r", at("BB")));
        assert!(s.covers("x", at("BB")));
        assert!(!s.covers("xy.r", at("BB")));
        assert!(!s.covers("x.r", at("CC")));
        assert!(s.covers("anything", at("DD")));
        assert!(!s.covers("anything", at("EE")));
        assert!(s.covers("y.z", at("FF")));
        assert!(s.covers_response("y.z"));
        assert!(!s.covers_response("x.r"));
    }

    #[test]
    fn whole_response() {
        // Only a `disable` still in force at the end covers the response as a whole. A
        // `disable-next-line` region that ends where the text ends (no final newline) does not.
        for (text, yes) in [
            ("Calm down.\n# replytone-disable-next-line\nThanks.", false),
            (
                "Calm down.\n# replytone-disable-next-line\nThanks.\n",
                false,
            ),
            ("Calm down.\n# replytone-disable-next-line policy", false),
            ("Calm down. <!-- replytone-disable-next-line -->", false),
            ("Calm down.\n# replytone-disable\nThanks.", true),
            (
                "Calm down.\n# replytone-disable policy -- ok\nThanks.\n",
                true,
            ),
            (
                "Calm down.\n<!-- replytone-disable policy.min-overall -->",
                true,
            ),
            (
                "Calm down.\n# replytone-disable confrontation\nThanks.",
                false,
            ),
            (
                "# replytone-disable policy\nCalm down.\n# replytone-enable\nThanks.",
                false,
            ),
        ] {
            let s = Suppressions::new(text, &scan(text), &[]);
            assert_eq!(s.covers_response("policy.min-overall"), yes, "{text:?}");
        }
        let inherited = Inherited {
            ids: Vec::new(),
            report: true,
        };
        let s = Suppressions::new("Thanks.", &[], &[inherited]);
        assert!(s.covers_response("policy.min-overall"));
    }

    #[test]
    fn linear_time() {
        // Two inputs that took time quadratic in their length: 500 KB of lines that each open a
        // comment that never closes (each line searched the rest of the text for `-->`), and a
        // 760 KB line of `disable-next-line` directives (each searched the rest of that line
        // and the next). This test took 13 s with those searches, 0.02 s without. Timing is
        // never asserted: this test becoming slow is the sign that the bug is back.
        let mut text = "<!--\n".repeat(100_000);
        text.push_str("# replytone-disable x\n");
        let got = kinds(&text);
        assert_eq!(
            got,
            [(
                Kind::Disable,
                vec!["x".to_string()],
                "# replytone-disable x"
            )]
        );

        let mut text = "<!-- replytone-disable-next-line x -->".repeat(20_000);
        text.push_str("\nCalm down.\nCalm down.");
        let directives = scan(&text);
        assert_eq!(directives.len(), 20_000);
        let s = Suppressions::new(&text, &directives, &[]);
        let first = text.find("Calm").unwrap();
        assert!(s.covers("x.y", first));
        assert!(!s.covers("x.y", text.rfind("Calm").unwrap()));
        assert!(!s.covers("x.y", first - 1));
    }

    #[test]
    fn id_matching() {
        for (id, rule, yes) in [
            ("confrontation", "confrontation.calm-down", true),
            ("confrontation.calm-down", "confrontation.calm-down", true),
            ("confront", "confrontation.calm-down", false),
            ("confrontation.calm", "confrontation.calm-down", false),
        ] {
            assert_eq!(id_matches(id, rule), yes, "{id} {rule}");
        }
    }
}
