//! `Analyzer::analyze_batch`: the same reports as `analyze`, in order, whatever the pool.

use replytone::{Analyzer, Report};

/// A mix of replies, with the shared canned responses appended when present.
fn replies() -> Vec<String> {
    let mut replies: Vec<String> = [
        "",
        "Calm down. As I already said, the refund is processing.",
        "Hi Sam, I'm so sorry your parcel arrived damaged. That must be really frustrating.",
        "Hi {{first_name}}, thanks for reaching out! I've refunded order #A1234 today.",
        "YOU SHOULD HAVE READ THE FAQ!!! Per our policy we can't help.",
        "東京 Привет 😀 calm\u{200b} down",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/canned-responses.txt"
    );
    if let Ok(text) = std::fs::read_to_string(path) {
        replies.extend(text.lines().take(400).map(str::to_string));
    }
    replies.extend(replies.clone().into_iter().rev());
    replies
}

fn one_by_one(analyzer: &Analyzer, replies: &[String]) -> Vec<Report> {
    replies.iter().map(|r| analyzer.analyze(r)).collect()
}

#[test]
fn batch_equals_one_by_one_in_order() {
    let analyzer = Analyzer::default();
    let replies = replies();
    assert_eq!(
        analyzer.analyze_batch(&replies),
        one_by_one(&analyzer, &replies)
    );

    let borrowed: Vec<&str> = replies.iter().map(String::as_str).collect();
    assert_eq!(
        analyzer.analyze_batch(&borrowed),
        one_by_one(&analyzer, &replies)
    );
}

#[test]
fn an_empty_batch_gives_no_reports() {
    assert!(Analyzer::default().analyze_batch::<&str>(&[]).is_empty());
}

#[test]
fn a_custom_analyzer_is_used_for_the_batch() {
    let analyzer = Analyzer::builder()
        .disable_rule("confrontation.calm-down")
        .build()
        .expect("builds");
    let reports = analyzer.analyze_batch(&["Calm down.", "Please calm down now."]);
    assert!(
        reports
            .iter()
            .all(|r| !r.has_rule("confrontation.calm-down"))
    );
}

#[cfg(feature = "rayon")]
#[test]
fn batch_gives_the_same_reports_on_one_and_two_threads() {
    let analyzer = Analyzer::default();
    let replies = replies();
    let expected = one_by_one(&analyzer, &replies);
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        let reports = pool.install(|| analyzer.analyze_batch(&replies));
        assert_eq!(reports, expected, "{threads} threads");
    }
}
