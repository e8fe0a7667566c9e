//! Properties over arbitrary text: no panic, spans that slice to their text, sane scores.

use proptest::prelude::*;
use replytone::{Analyzer, Context, Report};

fn check(text: &str, report: &Report) {
    for f in &report.findings {
        assert!(f.span.start <= f.span.end && f.span.end <= text.len());
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        assert_eq!(&text[f.span.start..f.span.end], f.text);
        assert!(f.weight.is_finite());
    }
    for s in &report.suggestions {
        assert!(text.get(s.span.start..s.span.end).is_some());
    }
    let s = &report.scores;
    for v in [
        s.acknowledgement,
        s.validation,
        s.personalization,
        s.confrontation,
    ] {
        assert!(v.is_finite() && (0.0..=1.0).contains(&v), "{s:?}");
    }
    assert!(
        s.overall.is_finite() && (0.0..=100.0).contains(&s.overall),
        "{s:?}"
    );
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
        check(&text, &analyzer.analyze(&text));
    }

    #[test]
    fn tricky_strings(text in tricky(), name in "\\PC{0,12}") {
        let analyzer = Analyzer::default();
        check(&text, &analyzer.analyze(&text));
        let ctx = Context::new().customer_name(name);
        check(&text, &analyzer.analyze_with(&text, &ctx));
    }

    #[test]
    fn same_input_same_output(text in tricky()) {
        let analyzer = Analyzer::default();
        prop_assert_eq!(analyzer.analyze(&text), analyzer.analyze(&text));
    }
}
