//! SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run, the rules that
//! have results (with help text), and results with regions. Columns count Unicode code points
//! (`columnKind: unicodeCodePoints`), as replytone's positions do.

use std::io::{self, Write};

use replytone::Severity;
use serde_json::{Value, json};

use crate::run::Outcome;

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative URI reference for a path as shown (`/` separators), percent-encoded; an
/// absolute path becomes a `file://` URI.
pub fn uri(path: &str) -> String {
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub fn write(outcome: &Outcome, out: &mut impl Write) -> io::Result<()> {
    let rules = super::rules(outcome);
    let index: Vec<&str> = rules.keys().copied().collect();
    let rule_objects: Vec<Value> = rules
        .iter()
        .map(|(id, info)| {
            let mut help = info.description.clone();
            if !info.replacements.is_empty() {
                help.push_str("\nTry instead: ");
                let quoted: Vec<String> = info
                    .replacements
                    .iter()
                    .map(|r| format!("\"{r}\""))
                    .collect();
                help.push_str(&quoted.join(", "));
            }
            let group = id.split('.').next().unwrap_or(id);
            json!({
                "id": id,
                "shortDescription": {"text": info.description},
                "fullDescription": {"text": info.description},
                "help": {"text": help},
                "defaultConfiguration": {"level": level(info.severity)},
                "properties": {"tags": [group]},
            })
        })
        .collect();
    let mut results = Vec::new();
    for r in &outcome.responses {
        for v in &r.verdict.violations {
            let mut region = json!({
                "startLine": v.start.line,
                "startColumn": v.start.column,
                "endLine": v.end.line,
                "endColumn": v.end.column,
            });
            if !v.text.is_empty() {
                region["snippet"] = json!({"text": v.text});
            }
            results.push(json!({
                "ruleId": v.rule,
                "ruleIndex": index.binary_search(&&*v.rule).unwrap_or(0),
                "level": level(v.severity),
                "message": {"text": super::message(v)},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&r.file)},
                        "region": region,
                    },
                }],
                "properties": {"response": r.name, "passed": r.verdict.passed},
            }));
        }
    }
    let notifications: Vec<Value> = outcome
        .errors
        .iter()
        .map(|e| {
            let mut location = json!({"artifactLocation": {"uri": uri(&e.file)}});
            if let Some(line) = e.line {
                location["region"] = json!({"startLine": line});
            }
            json!({
                "level": "error",
                "message": {"text": e.message},
                "locations": [{"physicalLocation": location}],
            })
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "replytone",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://crates.io/crates/replytone",
                "rules": rule_objects,
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": outcome.errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &log).map_err(io::Error::other)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris() {
        assert_eq!(uri("macros/refund ü.md"), "macros/refund%20%C3%BC.md");
        assert_eq!(uri("/abs/x.txt"), "file:///abs/x.txt");
    }
}
