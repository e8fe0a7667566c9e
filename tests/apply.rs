//! Applying all suggestions never lowers a reply's overall score: over our fixtures and over
//! generated replies. And applied edits keep the rest of the text as it was.

use proptest::prelude::*;
use replytone::{Analyzer, Context};

#[path = "common/eval.rs"]
#[allow(dead_code)]
mod eval;

fn contexts() -> Vec<Context> {
    vec![
        Context::new(),
        Context::new().customer_name("Dana").customer_message(
            "Where is my refund?! This is so frustrating, I've waited two weeks.",
        ),
        Context::new().template(true),
    ]
}

fn never_lower(analyzer: &Analyzer, text: &str, ctx: &Context) -> Result<(), String> {
    let before = analyzer.analyze_with(text, ctx);
    let improved = before.apply_all(text);
    let after = analyzer.analyze_with(&improved, ctx);
    if after.scores.overall + 1e-9 < before.scores.overall {
        return Err(format!(
            "overall fell from {} to {}\n  before: {text:?}\n  after:  {improved:?}\n  suggestions: {:?}",
            before.scores.overall, after.scores.overall, before.suggestions
        ));
    }
    Ok(())
}

#[test]
fn applying_all_suggestions_never_lowers_overall_on_the_fixtures() {
    let analyzer = Analyzer::default();
    let cases = eval::load(include_str!("fixtures/replies.jsonl"));
    let mut failures = Vec::new();
    for case in &cases {
        for ctx in contexts() {
            if let Err(e) = never_lower(&analyzer, &case.text, &ctx) {
                failures.push(format!("{}: {e}", case.id));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn generated_reply() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Hi Dana,"),
        Just("Calm down."),
        Just("As I said, calm down."),
        Just("Per my last email, the refund is processing."),
        Just("You should have read the instructions."),
        Just("Obviously the app needs an update."),
        Just("Just restart the router."),
        Just("We can't ship until Monday."),
        Just("Unfortunately, that is our policy."),
        Just("Thanks for your patience!"),
        Just("I'm so sorry your order is late."),
        Just("That must be really frustrating."),
        Just("Your order #A1234 ships today."),
        Just("Dear Customer,"),
        Just("{{first_name}}, your ticket is closed."),
        Just("WHY IS THIS SO HARD?!"),
        Just("Sorry for any inconvenience."),
        Just("You need to send us a photo."),
        Just("It is not your fault."),
    ];
    prop::collection::vec(piece, 1..7).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn applying_never_lowers_overall_on_generated_replies(text in generated_reply()) {
        let analyzer = Analyzer::default();
        for ctx in contexts() {
            if let Err(e) = never_lower(&analyzer, &text, &ctx) {
                prop_assert!(false, "{}", e);
            }
        }
    }

    #[test]
    fn applied_edits_keep_text_outside_their_spans(text in generated_reply(), pick in prop::collection::vec(any::<bool>(), 16)) {
        let analyzer = Analyzer::default();
        let report = analyzer.analyze(&text);
        let ids: Vec<usize> = report.suggestions.iter().filter(|s| pick[s.id % pick.len()]).map(|s| s.id).collect();
        let out = report.apply(&text, &ids);
        // Every byte of the text before the first applied edit is untouched.
        let first = report.suggestions.iter().filter(|s| ids.contains(&s.id)).map(|s| s.span.start).min().unwrap_or(text.len());
        let keep = first.saturating_sub(1);
        prop_assert!(out.starts_with(&text[..keep]) || !text.is_char_boundary(keep));
        // Applying nothing changes nothing.
        prop_assert_eq!(report.apply(&text, &[]), text.clone());
    }
}

/// Rewrites turn a refusal or a shout around without changing the facts; each applies as a
/// `replace` edit.
#[test]
fn rewrites_keep_the_facts() {
    let analyzer = Analyzer::default();
    let cases = [
        (
            "We can only offer store credit for this order.",
            "We can offer store credit for this order.",
        ),
        (
            "We won't refund it unless the tags are attached.",
            "We can refund it as soon as the tags are attached.",
        ),
        (
            "We can't do anything unless you send a photo.",
            "We can sort this out as soon as you send a photo.",
        ),
        (
            "Just reply to this email with the photo.",
            "Reply to this email with the photo.",
        ),
        (
            "The office is CLOSED TODAY, sorry.",
            "The office is closed today, sorry.",
        ),
        (
            "THE PARCEL LEFT OUR WAREHOUSE ON MONDAY WITH UPS.",
            "The parcel left our warehouse on Monday with UPS.",
        ),
    ];
    for (before, after) in cases {
        let report = analyzer.analyze(before);
        assert_eq!(report.apply_all(before), after, "{:?}", report.suggestions);
    }
}

/// Applied edits read as a person would write them: one comma between clauses, no
/// placeholder left for the customer to see, and an id given twice applied once.
#[test]
fn applied_edits_read_cleanly() {
    let analyzer = Analyzer::default();
    let cases = [
        (
            "Kindly note, the store closes at 5 pm.",
            Context::new(),
            "Just so you know, the store closes at 5 pm.",
        ),
        (
            "Kindly be advised: the store closes at 5 pm.",
            Context::new(),
            "Just so you know, the store closes at 5 pm.",
        ),
        (
            "Dear Customer, calm down.",
            Context::new(),
            "Hi there, I understand how frustrating this is.",
        ),
        (
            "Dear Customer, calm down.",
            Context::new().customer_name("Dana Smith"),
            "Hi Dana, I understand how frustrating this is.",
        ),
        (
            "Dear Customer, calm down.",
            Context::new().template(true),
            "Hi {{first_name}}, I understand how frustrating this is.",
        ),
    ];
    for (before, ctx, after) in cases {
        let report = analyzer.analyze_with(before, &ctx);
        let applied = report.apply_all(before);
        assert_eq!(applied, after, "{:?}", report.suggestions);
        let twice: Vec<usize> = report
            .suggestions
            .iter()
            .flat_map(|s| [s.id, s.id])
            .collect();
        assert_eq!(report.apply(before, &twice), applied, "ids given twice");
        if !ctx.is_template() {
            let again = analyzer.analyze_with(&applied, &ctx);
            assert!(
                !again.has_rule("context.unfilled-placeholder"),
                "{applied:?} leaves a placeholder"
            );
        }
    }
}

/// An insert given twice is applied once.
#[test]
fn an_insert_given_twice_is_applied_once() {
    let analyzer = Analyzer::default();
    let ctx = Context::new().customer_name("Dana");
    let text = "Per our policy, refunds take five days.";
    let report = analyzer.analyze_with(text, &ctx);
    let insert = report
        .suggestions
        .iter()
        .find(|s| s.kind == replytone::SuggestionKind::Insert)
        .expect("a greeting is suggested");
    let once = report.apply(text, &[insert.id]);
    assert_eq!(report.apply(text, &[insert.id, insert.id]), once);
    assert_eq!(once.matches("Dana").count(), 1, "{once:?}");
}
