//! The `.lex` file format: a header line, then `[id]` entries of `key: value` lines.
//!
//! The parser reads line by line, never panics, and reports every problem with the source name
//! and 1-based line number.

use crate::report::Severity;
use crate::{Dimension, Error};

/// What a lexicon file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FileKind {
    Dimension(Dimension),
    Modifiers,
    Contractions,
    /// Emotions of the customer's message (`dimension: emotion`).
    Emotion,
    /// Texts for inserted suggestions (`dimension: templates`).
    Templates,
}

/// How a matched confrontational phrase is fixed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Fix {
    #[default]
    Replace,
    Remove,
    Rephrase,
    /// Replace the matched words with themselves in sentence case (for shouting).
    SentenceCase,
}

/// What a negated match means.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) enum Negated {
    #[default]
    Ignore,
    As(Dimension, f64),
}

/// One entry as written, before its patterns are compiled.
/// Its texts borrow from the source.
#[derive(Clone, Debug, Default)]
pub(crate) struct RawEntry<'a> {
    pub id: &'a str,
    pub line: usize,
    pub patterns: Vec<(&'a str, usize)>,
    pub weight: Option<f64>,
    /// The line of `weight:` (0 without one).
    pub weight_line: usize,
    pub kind: Option<&'a str>,
    pub severity: Severity,
    pub message: Option<&'a str>,
    pub replacements: Vec<&'a str>,
    pub fix: Fix,
    pub negated: Negated,
    pub rewrites: Vec<(&'a str, &'a str, usize)>,
    pub examples: Vec<&'a str>,
    pub counter_examples: Vec<&'a str>,
}

/// A contraction rule: surface forms and their expansion.
#[derive(Clone, Debug)]
pub(crate) struct Contraction {
    pub forms: Vec<String>,
    pub expansion: Vec<String>,
    pub line: usize,
}

/// A parsed lexicon file, borrowing from its name and text.
#[derive(Clone, Debug)]
pub(crate) struct LexiconFile<'a> {
    pub source: &'a str,
    pub kind: FileKind,
    pub entries: Vec<RawEntry<'a>>,
    pub contractions: Vec<Contraction>,
}

/// The largest magnitude of an entry's (or a `negated:`) weight: far above any real cue (3 is
/// very strong) and small enough that no product of it with modifiers overflows.
pub(crate) const MAX_WEIGHT: f64 = 100.0;

/// The largest intensifier weight (a factor of 1 + 10); the embedded ones are below 0.5.
pub(crate) const MAX_INTENSIFIER: f64 = 10.0;

/// Parses a weight: a finite, non-zero number of magnitude at most [`MAX_WEIGHT`].
fn parse_weight(value: &str) -> Option<f64> {
    value
        .parse()
        .ok()
        .filter(|w: &f64| w.is_finite() && *w != 0.0 && w.abs() <= MAX_WEIGHT)
}

const MODIFIER_KINDS: &[&str] = &[
    "intensifier",
    "dampener",
    "negator",
    "clause-break",
    "contrast",
    "acronym",
    "not-name",
    "stopword",
    "greeting",
];

/// The emotions a customer's message is read for (`kind:` of `dimension: emotion` entries).
pub(crate) const EMOTION_KINDS: &[&str] = &[
    "frustration",
    "anger",
    "anxiety",
    "confusion",
    "disappointment",
    "urgency",
];

pub(crate) fn parse<'a>(source: &'a str, text: &'a str) -> Result<LexiconFile<'a>, Error> {
    let err = |line: usize, msg: String| Error::lexicon(source, line, msg);
    // Some editors on Windows start a UTF-8 file with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut kind = None;
    let mut entries: Vec<RawEntry> = Vec::new();
    // Entry ids seen so far, with their lines.
    let mut seen: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    let mut contractions = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some(file_kind) = kind else {
            let Some(value) = line.strip_prefix("dimension:") else {
                return Err(err(
                    n,
                    format!(
                        "expected the header `dimension: NAME` before anything else, found {line:?}"
                    ),
                ));
            };
            let value = value.trim();
            kind = Some(match value {
                "modifiers" => FileKind::Modifiers,
                "emotion" => FileKind::Emotion,
                "templates" => FileKind::Templates,
                "contractions" => FileKind::Contractions,
                _ => FileKind::Dimension(
                    value
                        .parse()
                        .map_err(|_| err(n, format!("unknown dimension {value:?}")))?,
                ),
            });
            continue;
        };
        if file_kind == FileKind::Contractions {
            let mut c = parse_contraction(line).map_err(|m| err(n, m))?;
            c.line = n;
            contractions.push(c);
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let Some(id) = rest.strip_suffix(']') else {
                return Err(err(
                    n,
                    format!("an entry header must look like `[id]`, found {line:?}"),
                ));
            };
            let id = id.trim();
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(err(
                    n,
                    format!("entry id {id:?} must be non-empty and use only a-z, 0-9 and -"),
                ));
            }
            if let Some(&prev) = seen.get(id) {
                return Err(err(
                    n,
                    format!("duplicate entry id {id:?} (first defined on line {prev})"),
                ));
            }
            seen.insert(id, n);
            if let Some(prev) = entries.last() {
                check_entry(source, prev, file_kind)?;
            }
            entries.push(RawEntry {
                id,
                line: n,
                ..RawEntry::default()
            });
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(err(
                n,
                format!("expected `key: value` or `[id]`, found {line:?}"),
            ));
        };
        let (key, value) = (key.trim(), value.trim());
        if key == "dimension" {
            return Err(err(
                n,
                "the `dimension:` header may appear only once, at the top".to_string(),
            ));
        }
        let Some(entry) = entries.last_mut() else {
            return Err(err(
                n,
                format!("`{key}:` outside an entry; start one with `[id]`"),
            ));
        };
        if value.is_empty() {
            return Err(err(n, format!("`{key}:` has no value")));
        }
        match key {
            "pattern" => entry.patterns.push((value, n)),
            "weight" => {
                if entry.weight.is_some() {
                    return Err(err(n, "`weight:` given twice".to_string()));
                }
                let w = parse_weight(value).ok_or_else(|| {
                    err(
                        n,
                        format!(
                            "weight must be a finite, non-zero number from -{MAX_WEIGHT} to {MAX_WEIGHT}, found {value:?}"
                        ),
                    )
                })?;
                entry.weight = Some(w);
                entry.weight_line = n;
            }
            "kind" => {
                if file_kind == FileKind::Modifiers && !MODIFIER_KINDS.contains(&value) {
                    return Err(err(
                        n,
                        format!(
                            "modifier kind must be one of {}, found {value:?}",
                            MODIFIER_KINDS.join(", ")
                        ),
                    ));
                }
                entry.kind = Some(value);
            }
            "severity" => {
                entry.severity = match value {
                    "info" => Severity::Info,
                    "warning" => Severity::Warning,
                    "error" => Severity::Error,
                    _ => {
                        return Err(err(
                            n,
                            format!("severity must be info, warning or error, found {value:?}"),
                        ));
                    }
                }
            }
            "message" => entry.message = Some(value),
            "replace" => entry.replacements.push(value),
            "fix" => {
                entry.fix = match value {
                    "replace" => Fix::Replace,
                    "remove" => Fix::Remove,
                    "rephrase" => Fix::Rephrase,
                    "sentence-case" => Fix::SentenceCase,
                    _ => {
                        return Err(err(
                            n,
                            format!(
                                "fix must be replace, remove, rephrase or sentence-case, found {value:?}"
                            ),
                        ));
                    }
                }
            }
            "negated" => entry.negated = parse_negated(value).map_err(|m| err(n, m))?,
            "rewrite" => {
                let Some((from, to)) = value.split_once(" => ") else {
                    return Err(err(
                        n,
                        format!("a rewrite looks like `REGEX => REPLACEMENT`, found {value:?}"),
                    ));
                };
                entry.rewrites.push((from.trim(), to.trim(), n));
            }
            "match" => entry.examples.push(value),
            "nomatch" => entry.counter_examples.push(value),
            _ => return Err(err(n, format!("unknown key {key:?}"))),
        }
    }
    let Some(kind) = kind else {
        return Err(err(
            1,
            "empty lexicon: expected the header `dimension: NAME`".to_string(),
        ));
    };
    if let Some(last) = entries.last() {
        check_entry(source, last, kind)?;
    }
    Ok(LexiconFile {
        source,
        kind,
        entries,
        contractions,
    })
}

fn parse_negated(value: &str) -> Result<Negated, String> {
    if value == "ignore" {
        return Ok(Negated::Ignore);
    }
    let mut parts = value.split_whitespace();
    let (Some(dim), Some(w), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(format!(
            "negated must be `ignore` or `DIMENSION WEIGHT`, found {value:?}"
        ));
    };
    let dim: Dimension = dim.parse().map_err(|e| format!("negated: {e}"))?;
    let w = parse_weight(w).ok_or_else(|| {
        format!(
            "negated weight must be a finite, non-zero number from -{MAX_WEIGHT} to {MAX_WEIGHT}, found {w:?}"
        )
    })?;
    Ok(Negated::As(dim, w))
}

fn parse_contraction(line: &str) -> Result<Contraction, String> {
    let Some((forms, expansion)) = line.split_once('=') else {
        return Err(format!(
            "a contraction rule looks like `dont don't = do not`, found {line:?}"
        ));
    };
    let forms: Vec<String> = forms.split_whitespace().map(str::to_lowercase).collect();
    let expansion: Vec<String> = expansion
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    if forms.is_empty() || !(1..=2).contains(&expansion.len()) {
        return Err(format!(
            "a contraction rule needs at least one form and an expansion of one or two words, found {line:?}"
        ));
    }
    Ok(Contraction {
        forms,
        expansion,
        line: 0,
    })
}

/// Checks what can be checked of an entry without compiling it.
fn check_entry(source: &str, e: &RawEntry, kind: FileKind) -> Result<(), Error> {
    let err = |msg: String| Error::lexicon(source, e.line, format!("entry [{}]: {msg}", e.id));
    if kind == FileKind::Templates {
        if e.replacements.is_empty() {
            return Err(err(
                "a template entry needs at least one `replace:` text".to_string()
            ));
        }
        return Ok(());
    }
    if e.patterns.is_empty() {
        return Err(err("has no `pattern:`".to_string()));
    }
    if kind == FileKind::Emotion {
        if !e.kind.is_some_and(|k| EMOTION_KINDS.contains(&k)) {
            return Err(err(format!(
                "an emotion entry needs a `kind:`, one of {}",
                EMOTION_KINDS.join(", ")
            )));
        }
        if !e.weight.is_some_and(|w| w > 0.0) {
            return Err(err(
                "an emotion entry needs a positive `weight:` (its intensity)".to_string(),
            ));
        }
        if e.examples.is_empty() {
            return Err(err("has no `match:` example".to_string()));
        }
        return Ok(());
    }
    let FileKind::Dimension(dim) = kind else {
        let Some(modifier) = e.kind else {
            return Err(err("a modifier entry needs a `kind:`".to_string()));
        };
        // A modifier multiplies a finding's weight by 1 + weight: an intensifier by more than
        // 1, a dampener by less than 1 but more than 0 (at 0 or below, a weight times an
        // intensifier's could become NaN or flip its sign).
        let (in_range, range): (fn(f64) -> bool, _) = match modifier {
            "intensifier" => (
                |w: f64| w > 0.0 && w <= MAX_INTENSIFIER,
                format!(
                    "an intensifier weight must be greater than 0 and at most {MAX_INTENSIFIER}"
                ),
            ),
            "dampener" => (
                |w: f64| w > -1.0 && w < 0.0,
                "a dampener weight must be greater than -1 and less than 0".to_string(),
            ),
            _ => return Ok(()),
        };
        if let Some(w) = e.weight.filter(|&w| !in_range(w)) {
            return Err(Error::lexicon(
                source,
                e.weight_line,
                format!("entry [{}]: {range}, found {w}", e.id),
            ));
        }
        return Ok(());
    };
    let Some(weight) = e.weight else {
        return Err(err("has no `weight:`".to_string()));
    };
    if dim.is_negative() && weight > 0.0 {
        return Err(err(format!(
            "{dim} weights must be negative, found {weight}"
        )));
    }
    if !dim.is_negative() && dim != Dimension::Personalization && weight < 0.0 {
        return Err(err(format!(
            "{dim} weights must be positive, found {weight}"
        )));
    }
    if e.examples.is_empty() {
        return Err(err("has no `match:` example".to_string()));
    }
    if dim == Dimension::Confrontation {
        if e.kind.is_none() {
            return Err(err("a confrontation entry needs a `kind:`".to_string()));
        }
        if e.message.is_none() {
            return Err(err("a confrontation entry needs a `message:`".to_string()));
        }
        if e.fix == Fix::Replace && e.replacements.is_empty() {
            return Err(err(
                "a confrontation entry needs a `replace:` (or `fix: remove` / `fix: rephrase`)"
                    .to_string(),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_an_entry() {
        let f = parse(
            "t.lex",
            "# c\ndimension: confrontation\n\n[calm-down]\npattern: calm down\nweight: -2\nkind: dismissive\nmessage: m # kept\nreplace: r\nmatch: Calm down.\nnomatch: x\nnegated: reassurance 1.5\n",
        )
        .unwrap();
        assert_eq!(f.kind, FileKind::Dimension(Dimension::Confrontation));
        let e = &f.entries[0];
        assert_eq!((e.id, e.line, e.weight), ("calm-down", 4, Some(-2.0)));
        assert_eq!(e.message, Some("m # kept"));
        assert_eq!(e.negated, Negated::As(Dimension::Reassurance, 1.5));
        assert_eq!((e.examples.len(), e.counter_examples.len()), (1, 1));
    }

    #[test]
    fn errors_name_line_and_problem() {
        let cases = [
            ("", 1, "empty lexicon"),
            ("[x]\n", 1, "header"),
            ("dimension: vibes\n", 1, "unknown dimension"),
            ("dimension: validation\npattern: a\n", 2, "outside an entry"),
            (
                "dimension: validation\n[x]\npattern: a\nweight: abc\n",
                4,
                "finite",
            ),
            (
                "dimension: validation\n[x]\npattern: a\nweight: 0\n",
                4,
                "non-zero",
            ),
            // Finite as f64, but a finding's weight times modifiers and rounding overflowed.
            (
                "dimension: validation\n[x]\npattern: a\nweight: 1e300\n",
                4,
                "from -100 to 100",
            ),
            (
                "dimension: confrontation\n[x]\npattern: a\nweight: -101\n",
                4,
                "from -100 to 100",
            ),
            (
                "dimension: validation\n[x]\npattern: a\nweight: 1\nnegated: confrontation -1e300\n",
                5,
                "from -100 to 100",
            ),
            // An infinite intensifier (1e300 as f32) times a dampener's factor 0 gave NaN.
            (
                "dimension: modifiers\n[x]\npattern: very\nweight: 11\nkind: intensifier\n",
                4,
                "an intensifier weight must be greater than 0 and at most 10",
            ),
            (
                "dimension: modifiers\n[x]\npattern: very\nkind: intensifier\nweight: -0.5\n",
                5,
                "intensifier weight",
            ),
            (
                "dimension: modifiers\n[x]\npattern: kinda\nkind: dampener\nweight: -1\n[y]\npattern: b\nkind: negator\n",
                5,
                "a dampener weight must be greater than -1 and less than 0",
            ),
            (
                "dimension: modifiers\n[x]\npattern: kinda\nkind: dampener\nweight: 0.3\n",
                5,
                "dampener weight",
            ),
            (
                "dimension: validation\n[x]\npattern: a\nweight: 1\nwieght: 2\n",
                5,
                "unknown key",
            ),
            ("dimension: validation\n[X]\n", 2, "a-z"),
            (
                "dimension: validation\n[x]\npattern: a\nweight: 1\nmatch: a\n[x]\n",
                6,
                "duplicate",
            ),
            (
                "dimension: validation\n[x]\nweight: 1\n[y]\n",
                2,
                "no `pattern:`",
            ),
            (
                "dimension: validation\n[x]\npattern: a\nmatch: a\n",
                2,
                "no `weight:`",
            ),
            (
                "dimension: validation\n[x]\npattern: a\nweight: -1\nmatch: a\n",
                2,
                "must be positive",
            ),
            (
                "dimension: confrontation\n[x]\npattern: a\nweight: 1\nmatch: a\n",
                2,
                "must be negative",
            ),
            (
                "dimension: confrontation\n[x]\npattern: a\nweight: -1\nmatch: a\nkind: blame\nmessage: m\n",
                2,
                "replace",
            ),
            (
                "dimension: validation\n[x]\npattern: a\nweight: 1\n",
                2,
                "match",
            ),
            (
                "dimension: validation\n[x]\npattern: a\nweight: 1\nseverity: fatal\n",
                5,
                "severity",
            ),
            (
                "dimension: validation\n[x]\npattern: a\nweight: 1\nnegated: flip\n",
                5,
                "negated",
            ),
            ("dimension: validation\n[x]\npattern:\n", 3, "no value"),
            // A byte-order mark is not part of the header.
            (
                "\u{feff}dimension: vibes\n",
                1,
                "unknown dimension \"vibes\"",
            ),
            ("\u{feff}\u{feff}dimension: validation\n", 1, "header"),
            ("dimension: contractions\ndont\n", 2, "contraction"),
            (
                "dimension: modifiers\n[x]\npattern: very\nkind: loud\n",
                4,
                "modifier kind",
            ),
        ];
        for (text, line, needle) in cases {
            let e = parse("f.lex", text).expect_err(text);
            assert_eq!(e.line(), Some(line), "{text:?}: {e}");
            assert!(e.to_string().contains(needle), "{text:?}: {e}");
            assert!(e.to_string().starts_with(&format!("f.lex:{line}: ")), "{e}");
        }
    }
}
