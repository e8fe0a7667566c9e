//! One JSON document: a summary, every response with its verdict, and the unreadable files.

use std::io::{self, Write};

use serde_json::json;

use crate::run::Outcome;

pub fn write(outcome: &Outcome, out: &mut impl Write) -> io::Result<()> {
    let (_, mean) = super::mean(outcome.responses.iter());
    let passed = outcome.passed();
    let responses: Vec<_> = outcome
        .responses
        .iter()
        .map(|r| {
            let v = &r.verdict;
            json!({
                "file": r.file,
                "name": r.name,
                "title": r.doc.title(),
                "line": r.doc.position(0).line,
                "passed": v.passed,
                "scores": v.scores,
                "violations": v.violations,
                "suppressed": v.suppressed,
            })
        })
        .collect();
    let errors: Vec<_> = outcome
        .errors
        .iter()
        .map(|e| json!({"file": e.file, "line": e.line, "message": e.message}))
        .collect();
    let doc = json!({
        "version": 1,
        "summary": {
            "files": outcome.files,
            "responses": outcome.responses.len(),
            "passed": passed,
            "failed": outcome.responses.len() - passed,
            "unreadable": outcome.errors.len(),
            "mean": mean,
        },
        "responses": responses,
        "errors": errors,
    });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}
