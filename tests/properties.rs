//! Properties over arbitrary text: no panic, spans that slice to their text, sane scores.

use proptest::prelude::*;
use replytone::{Analyzer, Context, Report};

/// The invariants every report keeps, shared with the fuzz targets.
#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod checks;

fn check(text: &str, ctx: &Context, report: &Report) {
    checks::check_report(text, ctx, report);
}

/// Text built from pieces the tokenizer treats specially, to reach its corners more often
/// than uniform random characters would.
fn tricky() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("calm down".to_string()),
        Just("don’t".to_string()),
        Just("not".to_string()),
        Just(" ".to_string()),
        Just("\n> ".to_string()),
        Just("{{".to_string()),
        Just("}}".to_string()),
        Just("<b>".to_string()),
        Just("&amp;".to_string()),
        Just("@x".to_string()),
        Just("#1".to_string()),
        Just("!!".to_string()),
        Just("https://a.co/x".to_string()),
        Just("👍🏽".to_string()),
        Just("\u{301}".to_string()),
        Just("\u{200B}".to_string()),
        Just("I understand how frustrating".to_string()),
        Just("BUT".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        let analyzer = Analyzer::default();
        check(&text, &Context::default(), &analyzer.analyze(&text));
    }

    #[test]
    fn tricky_strings(text in tricky(), name in "\\PC{0,12}") {
        let analyzer = Analyzer::default();
        check(&text, &Context::default(), &analyzer.analyze(&text));
        let ctx = Context::new().customer_name(name);
        check(&text, &ctx, &analyzer.analyze_with(&text, &ctx));
    }

    #[test]
    fn same_input_same_output(text in tricky()) {
        let analyzer = Analyzer::default();
        prop_assert_eq!(analyzer.analyze(&text), analyzer.analyze(&text));
    }
}
