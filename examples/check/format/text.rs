//! For people: `file:line:col: severity[rule]: message`, the line with the span underlined,
//! the suggestion, and a summary table.

use std::io::{self, Write};

use replytone::{Severity, Violation};

use crate::cli::{clean, paint, printable};
use crate::run::{Outcome, Response};

fn severity_code(s: Severity) -> &'static str {
    match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;36",
    }
}

/// At most this many characters of a source line are shown around a span.
const WINDOW: usize = 100;

pub fn write(outcome: &Outcome, color: bool, out: &mut impl Write) -> io::Result<()> {
    for r in &outcome.responses {
        if r.verdict.violations.is_empty() {
            continue;
        }
        let status = if r.verdict.passed {
            paint(color, "1;32", "PASS")
        } else {
            paint(color, "1;31", "FAIL")
        };
        let name = if r.name == r.file {
            String::new()
        } else {
            format!(" \u{203a} {}", clean(&r.name))
        };
        writeln!(
            out,
            "{status} {}{name} (overall {:.1})",
            paint(color, "1", &clean(&r.file)),
            r.verdict.scores.overall
        )?;
        for v in &r.verdict.violations {
            violation(r, v, color, out)?;
        }
        writeln!(out)?;
    }
    summary(outcome, color, out)
}

fn violation(r: &Response, v: &Violation, color: bool, out: &mut impl Write) -> io::Result<()> {
    let sev = paint(
        color,
        severity_code(v.severity),
        &format!("{}[{}]", v.severity.name(), v.rule),
    );
    writeln!(
        out,
        "{}:{}:{}: {sev}: {}",
        clean(&r.file),
        v.start.line,
        v.start.column,
        clean(&v.message)
    )?;
    // A score of the whole response has no span to show.
    let line = (!v.span.is_empty())
        .then(|| r.doc.source_line(v.start.line))
        .flatten();
    if let Some(line) = line {
        let chars: Vec<char> = line.chars().map(printable).collect();
        let start = (v.start.column - 1).min(chars.len());
        let end = if v.end.line == v.start.line {
            (v.end.column - 1).clamp(start, chars.len())
        } else {
            chars.len()
        };
        // A window around the span, so that a long line (a one-line JSON export) stays short.
        let from = start.saturating_sub(30);
        let to = chars.len().min(from + WINDOW).max(end.min(from + WINDOW));
        let shown: String = chars[from..to].iter().collect();
        let lead = if from > 0 { "\u{2026}" } else { "" };
        let tail = if to < chars.len() { "\u{2026}" } else { "" };
        let gutter = v.start.line.to_string();
        let pad = " ".repeat(gutter.len());
        writeln!(out, "{pad} |")?;
        writeln!(out, "{gutter} | {lead}{shown}{tail}")?;
        let marks = "^".repeat((end.min(to) - start).max(1));
        writeln!(
            out,
            "{pad} | {}{}{}",
            " ".repeat(lead.chars().count()),
            " ".repeat(start - from),
            paint(color, severity_code(v.severity), &marks)
        )?;
        for rep in v.replacements.iter().take(2) {
            writeln!(out, "{pad} = try: \"{}\"", clean(rep))?;
        }
    }
    Ok(())
}

fn summary(outcome: &Outcome, color: bool, out: &mut impl Write) -> io::Result<()> {
    let total = outcome.responses.len();
    let passed = outcome.passed();
    let rate = if total == 0 {
        100.0
    } else {
        100.0 * passed as f64 / total as f64
    };
    writeln!(
        out,
        "{:>9} {:>6} {:>7} {:>7} {:>10} {:>11}",
        "responses", "files", "passed", "failed", "pass rate", "unreadable"
    )?;
    writeln!(
        out,
        "{:>9} {:>6} {:>7} {:>7} {:>9.1}% {:>11}",
        total,
        outcome.files,
        paint(color, "32", &format!("{passed:>7}")),
        paint(color, "31", &format!("{:>7}", total - passed)),
        rate,
        outcome.errors.len()
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<12} {:>15} {:>10} {:>15} {:>13} {:>7}",
        "mean score",
        "acknowledgement",
        "validation",
        "personalization",
        "confrontation",
        "overall"
    )?;
    let rows = [
        ("all", super::mean(outcome.responses.iter())),
        (
            "passed",
            super::mean(outcome.responses.iter().filter(|r| r.verdict.passed)),
        ),
        (
            "failed",
            super::mean(outcome.responses.iter().filter(|r| !r.verdict.passed)),
        ),
    ];
    for (label, (n, m)) in rows {
        if n == 0 {
            continue;
        }
        writeln!(
            out,
            "{label:<12} {:>15.2} {:>10.2} {:>15.2} {:>13.2} {:>7.1}",
            m.acknowledgement, m.validation, m.personalization, m.confrontation, m.overall
        )?;
    }
    for e in &outcome.errors {
        writeln!(out, "{} {e}", paint(color, "1;31", "error:"))?;
    }
    writeln!(out, "\nchecked in {:.2} s", outcome.elapsed.as_secs_f64())
}
