//! GitHub Actions workflow commands: `::error file=...,line=...,col=...::message`, which
//! GitHub shows as annotations on the pull request.

use std::io::{self, Write};

use replytone::Severity;

use crate::run::Outcome;

/// Escapes a command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(outcome: &Outcome, out: &mut impl Write) -> io::Result<()> {
    for r in &outcome.responses {
        for v in &r.verdict.violations {
            let level = match v.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut title = format!("replytone {}", v.rule);
            if r.name != r.file {
                title.push_str(&format!(" ({})", r.name));
            }
            writeln!(
                out,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(&r.file),
                v.start.line,
                v.start.column,
                v.end.line,
                v.end.column.max(v.start.column + 1),
                property(&title),
                data(&super::message(v)),
            )?;
        }
    }
    for e in &outcome.errors {
        match e.line {
            Some(line) => writeln!(
                out,
                "::error file={},line={line},title=replytone::{}",
                property(&e.file),
                data(&e.message)
            )?,
            None => writeln!(
                out,
                "::error file={},title=replytone::{}",
                property(&e.file),
                data(&e.message)
            )?,
        }
    }
    let total = outcome.responses.len();
    let passed = outcome.passed();
    writeln!(
        out,
        "replytone: {total} responses in {} files: {passed} passed, {} failed, {} unreadable files",
        outcome.files,
        total - passed,
        outcome.errors.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(data("50% off\r\nnow"), "50%25 off%0D%0Anow");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
