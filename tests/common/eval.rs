//! Scoring replytone against the labelled fixtures in `tests/fixtures/replies.jsonl`.
//! Shared by `examples/evaluate.rs` and `tests/calibration.rs`.

use replytone::{Analyzer, Dimension, Report};
use serde_json::Value;

/// The score at or above which a dimension counts as present in a reply.
pub const PRESENT_AT: f64 = 0.15;

/// One labelled reply.
pub struct Case {
    pub id: String,
    pub text: String,
    pub labels: [bool; 4],
    pub spans: Vec<String>,
    /// The reply is a template (canned response, macro) with placeholders the helpdesk fills.
    pub template: bool,
}

/// Precision, recall and F1 counts for one dimension.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

pub fn load(jsonl: &str) -> Vec<Case> {
    jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("fixture lines are JSON");
            let label = |d: &str| v["labels"][d].as_bool().expect("labels are booleans");
            Case {
                id: v["id"].as_str().unwrap_or_default().to_string(),
                text: v["text"].as_str().expect("a text").to_string(),
                labels: [
                    label("acknowledgement"),
                    label("validation"),
                    label("personalization"),
                    label("confrontation"),
                ],
                spans: v["confrontation_spans"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|s| s.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default(),
                template: v["template"].as_bool().unwrap_or(false),
            }
        })
        .collect()
}

pub fn predicted(report: &Report) -> [bool; 4] {
    Dimension::SCORED.map(|d| report.scores.get(d).unwrap_or(0.0) >= PRESENT_AT)
}

/// Reply-level counts per dimension, span-level counts for confrontation (a labelled span is
/// found when a confrontation finding overlaps it; a finding is a false alarm when it overlaps no
/// labelled span), and the misses for inspection.
pub struct Evaluation {
    pub replies: [Counts; 4],
    pub spans: Counts,
    pub misses: Vec<String>,
}

pub fn evaluate(analyzer: &Analyzer, cases: &[Case]) -> Evaluation {
    let mut replies = [Counts::default(); 4];
    let mut spans = Counts::default();
    let mut misses = Vec::new();
    for case in cases {
        let report = analyzer.analyze_with(
            &case.text,
            &replytone::Context::new().template(case.template),
        );
        let got = predicted(&report);
        for (i, d) in Dimension::SCORED.iter().enumerate() {
            let c = &mut replies[i];
            match (case.labels[i], got[i]) {
                (true, true) => c.tp += 1,
                (false, true) => {
                    c.fp += 1;
                    let why: Vec<String> = report
                        .findings
                        .iter()
                        .filter(|f| f.weight != 0.0)
                        .map(|f| format!("{}={:?}", f.rule, f.text))
                        .collect();
                    misses.push(format!(
                        "FP {d} {}: {:?} [{}]",
                        case.id,
                        case.text,
                        why.join(", ")
                    ));
                }
                (true, false) => {
                    c.fn_ += 1;
                    misses.push(format!("FN {d} {}: {:?}", case.id, case.text));
                }
                (false, false) => {}
            }
        }
        let conf: Vec<(usize, usize)> = report
            .findings
            .iter()
            .filter(|f| f.dimension == Dimension::Confrontation && f.weight < 0.0)
            .map(|f| (f.span.start, f.span.end))
            .collect();
        let labelled: Vec<(usize, usize)> = case
            .spans
            .iter()
            .filter_map(|s| case.text.find(s.as_str()).map(|at| (at, at + s.len())))
            .collect();
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        for l in &labelled {
            if conf.iter().any(|c| overlaps(*c, *l)) {
                spans.tp += 1
            } else {
                spans.fn_ += 1
            }
        }
        for c in &conf {
            if !labelled.iter().any(|l| overlaps(*c, *l)) {
                spans.fp += 1;
            }
        }
    }
    Evaluation {
        replies,
        spans,
        misses,
    }
}
