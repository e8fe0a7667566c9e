//! JUnit XML: a test suite per file, a test case per response, a failure per failing response
//! (listing its violations) and an error per unreadable file.

use std::io::{self, Write};

use crate::run::{Outcome, Response};

/// Escapes text for XML, dropping characters XML 1.0 cannot hold.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

pub fn write(outcome: &Outcome, out: &mut impl Write) -> io::Result<()> {
    let total = outcome.responses.len() + outcome.errors.len();
    let failures = outcome.responses.len() - outcome.passed();
    let secs = outcome.elapsed.as_secs_f64();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="replytone" tests="{total}" failures="{failures}" errors="{}" time="{secs:.3}">"#,
        outcome.errors.len()
    )?;
    // Responses come grouped by file, in order.
    let mut i = 0;
    while i < outcome.responses.len() {
        let file = &outcome.responses[i].file;
        let n = outcome.responses[i..]
            .iter()
            .take_while(|r| &r.file == file)
            .count();
        let group = &outcome.responses[i..i + n];
        let failed = group.iter().filter(|r| !r.verdict.passed).count();
        writeln!(
            out,
            r#"  <testsuite name="{}" tests="{n}" failures="{failed}" errors="0">"#,
            xml(file)
        )?;
        for r in group {
            case(r, out)?;
        }
        writeln!(out, "  </testsuite>")?;
        i += n;
    }
    for e in &outcome.errors {
        writeln!(
            out,
            r#"  <testsuite name="{}" tests="1" failures="0" errors="1">"#,
            xml(&e.file)
        )?;
        writeln!(
            out,
            r#"    <testcase name="read" classname="{}"><error message="{}" type="input">{}</error></testcase>"#,
            xml(&e.file),
            xml(&e.message),
            xml(&e.to_string())
        )?;
        writeln!(out, "  </testsuite>")?;
    }
    writeln!(out, "</testsuites>")
}

fn case(r: &Response, out: &mut impl Write) -> io::Result<()> {
    let open = format!(
        r#"    <testcase name="{}" classname="{}""#,
        xml(&r.name),
        xml(&r.file)
    );
    let v = &r.verdict;
    if v.passed && v.violations.is_empty() {
        return writeln!(out, "{open}/>");
    }
    writeln!(out, "{open}>")?;
    let lines: Vec<String> = v
        .violations
        .iter()
        .map(|x| {
            format!(
                "{}:{}:{}: {}[{}]: {}",
                r.file,
                x.start.line,
                x.start.column,
                x.severity.name(),
                x.rule,
                super::message(x)
            )
        })
        .collect();
    if v.passed {
        writeln!(
            out,
            "      <system-out>{}</system-out>",
            xml(&lines.join("\n"))
        )?;
    } else {
        let first = v.violations.iter().find(|x| v.fails(x));
        writeln!(
            out,
            r#"      <failure message="{}" type="{}">{}</failure>"#,
            xml(first.map_or("", |x| x.message.as_str())),
            xml(first.map_or("", |x| &*x.rule)),
            xml(&lines.join("\n"))
        )?;
    }
    writeln!(out, "    </testcase>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(xml("a<b & \"c\"\u{1}'"), "a&lt;b &amp; &quot;c&quot;&apos;");
    }
}
