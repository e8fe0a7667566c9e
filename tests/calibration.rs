//! Scores agree with human judgement: F1 per dimension on the team's labelled fixtures
//! (`cargo run --release --example evaluate` prints the full table).

#[path = "common/eval.rs"]
#[allow(dead_code)]
mod eval;

use replytone::{Analyzer, Dimension};

#[test]
fn f1_of_each_dimension_is_at_least_0_85_on_the_fixtures() {
    let cases = eval::load(include_str!("fixtures/replies.jsonl"));
    assert!(cases.len() >= 300, "{} fixtures", cases.len());
    let result = eval::evaluate(&Analyzer::default(), &cases);
    for (d, c) in Dimension::SCORED.iter().zip(result.replies.iter()) {
        assert!(
            c.f1() >= 0.85,
            "{d}: F1 {:.3} (precision {:.3}, recall {:.3})",
            c.f1(),
            c.precision(),
            c.recall()
        );
    }
}

#[test]
fn fixture_spans_occur_in_their_texts() {
    for case in eval::load(include_str!("fixtures/replies.jsonl"))
        .iter()
        .chain(eval::load(include_str!("fixtures/holdout.jsonl")).iter())
    {
        assert_eq!(case.labels[3], !case.spans.is_empty(), "{}", case.id);
        for s in &case.spans {
            assert!(case.text.contains(s.as_str()), "{}: {s:?}", case.id);
        }
    }
}
