//! The output formats: text for people, json, GitHub workflow commands, SARIF 2.1.0, JUnit XML.

mod github;
mod json;
mod junit;
mod sarif;
mod text;

use std::collections::BTreeMap;
use std::io::{self, Write};

use replytone::{CHECKS, Scores, Severity, Violation};

use crate::run::{Outcome, Response};
use crate::{Format, Options};

pub fn write(opts: &Options, outcome: &Outcome, out: &mut impl Write) -> io::Result<()> {
    match opts.format {
        Format::Text => text::write(outcome, opts.color, out),
        Format::Json => json::write(outcome, out),
        Format::Github => github::write(outcome, out),
        Format::Sarif => sarif::write(outcome, out),
        Format::Junit => junit::write(outcome, out),
    }
}

/// Mean scores of some responses (zeros for none).
pub fn mean<'r>(responses: impl Iterator<Item = &'r Response>) -> (usize, Scores) {
    let mut n = 0;
    let mut m = Scores::default();
    for r in responses {
        let s = &r.verdict.scores;
        n += 1;
        m.acknowledgement += s.acknowledgement;
        m.validation += s.validation;
        m.personalization += s.personalization;
        m.confrontation += s.confrontation;
        m.overall += s.overall;
    }
    if n > 0 {
        let k = n as f64;
        m.acknowledgement /= k;
        m.validation /= k;
        m.personalization /= k;
        m.confrontation /= k;
        m.overall /= k;
    }
    (n, m)
}

/// What a rule is about: a check's description, or the message of a lexicon rule's first
/// violation (lexicon messages are per rule), with its first replacements.
pub struct RuleInfo {
    pub description: String,
    pub replacements: Vec<String>,
    pub severity: Severity,
}

/// Every rule that has a violation, by id.
pub fn rules(outcome: &Outcome) -> BTreeMap<&str, RuleInfo> {
    let mut rules = BTreeMap::new();
    for r in &outcome.responses {
        for v in &r.verdict.violations {
            rules.entry(&*v.rule).or_insert_with(|| RuleInfo {
                description: CHECKS
                    .iter()
                    .find(|(id, _)| *id == &*v.rule)
                    .map_or_else(|| v.message.clone(), |(_, d)| (*d).to_string()),
                replacements: v.replacements.iter().take(3).cloned().collect(),
                severity: v.severity,
            });
        }
    }
    rules
}

/// A violation's message with its best replacement, on one line.
pub fn message(v: &Violation) -> String {
    match v.replacements.first() {
        Some(r) => format!("{} Try: \"{r}\".", v.message),
        None => v.message.clone(),
    }
}
