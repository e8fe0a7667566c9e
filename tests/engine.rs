//! The matching engine on a small lexicon of our own, so that each rule of the engine is tested
//! independently of the shipped English lexicons.

use replytone::{Analyzer, Dimension, Report};

const MINI: &str = "\
dimension: acknowledgement
[understand]
pattern: [i] [completely|totally] understand [your concern]
weight: 1
match: I understand.

[see-your-order]
pattern: i see (that|how) your (order|refund) *3 (late|missing)
weight: 1.5
match: I see that your order is late.
";

const MINI_CONF: &str = "\
dimension: confrontation
[your-fault]
pattern: your fault
weight: -2
kind: blame
message: Blame.
replace: our mistake
negated: reassurance 1.5
match: That is your fault.

[calm-down]
pattern: [please] calm down
weight: -2
kind: dismissive
message: Dismissive.
replace: I understand this is frustrating
match: Calm down.

[unfortunately]
pattern: ^ unfortunately [,]
weight: -0.5
kind: policy
message: Opening with unfortunately.
replace: Here is what I can do:
match: Unfortunately, no.

[shout]
pattern: <caps> <caps>
weight: -1
kind: shouting
message: Caps read as shouting.
fix: rephrase
match: THIS IS wrong

[hi-name]
pattern: hi <name>
weight: -0.5
kind: condescending
message: test only
replace: hello
match: hi Ana
";

const MINI_PERS: &str = "\
dimension: personalization
[greet]
pattern: (hi|hello|dear) <name>
weight: 2
match: Hi Maria,
[customer]
pattern: <customer>
weight: 1.5
match: thanks

[order-number]
pattern: order [number|#] <number>
weight: 1
match: order #A1234
[template-name]
pattern: hey <placeholder>
weight: 1
match: hey {{x}}
[vocative]
pattern: , <name> (.|!)
weight: 1
match: Thanks, Maria.
";

fn only_mini() -> Analyzer {
    Analyzer::builder()
        .default_lexicons(false)
        .add_lexicon_file(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/lexicons/en/contractions.lex"
        ))
        .add_lexicon_file(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/lexicons/en/modifiers.lex"
        ))
        .add_lexicon_str("mini-ack.lex", MINI)
        .add_lexicon_str(
            "mini-conf.lex",
            MINI_CONF
                .replace("[calm-down]", "[calm-down-mini]")
                .replace("[your-fault]", "[your-fault-mini]"),
        )
        .add_lexicon_str("mini-pers.lex", MINI_PERS)
        .build()
        .unwrap()
}

fn rules(r: &Report) -> Vec<(String, String, bool)> {
    r.findings
        .iter()
        .map(|f| (f.rule.to_string(), f.text.clone(), f.negated))
        .collect()
}

fn find<'r>(r: &'r Report, rule: &str) -> &'r replytone::Finding {
    r.findings
        .iter()
        .find(|f| &*f.rule == rule)
        .unwrap_or_else(|| panic!("no {rule} in {:?}", rules(r)))
}

#[test]
fn phrases_alternatives_optionals_and_gaps() {
    let a = only_mini();
    let cases: &[(&str, &[&str])] = &[
        ("I understand.", &["acknowledgement.understand"]),
        (
            "i TOTALLY understand your concern",
            &["acknowledgement.understand"],
        ),
        (
            "I see that your order is a little late",
            &["acknowledgement.see-your-order"],
        ),
        (
            "I see that your refund went missing",
            &["acknowledgement.see-your-order"],
        ),
        ("I see that your order is, as of today, late", &[]),
        ("I see that your order. It is late", &[]),
        (
            "I see that your order shipped from a far away warehouse late",
            &[],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<String> = a
            .analyze(text)
            .findings
            .iter()
            .map(|f| f.rule.to_string())
            .collect();
        assert_eq!(got, *want, "{text:?}");
    }
}

#[test]
fn leftmost_longest_wins() {
    let a = only_mini();
    let r = a.analyze("I completely understand your concern.");
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].text, "I completely understand your concern");
}

/// A comma that ends one match is also context the next may start with, and is left out of
/// that one's span.
#[test]
fn a_comma_between_two_matches_serves_both() {
    let a = only_mini();
    for (text, want) in [
        (
            "Unfortunately, Maria.",
            &["confrontation.unfortunately", "personalization.vocative"][..],
        ),
        ("Thanks, Maria!", &["personalization.vocative"]),
        ("Unfortunately, no.", &["confrontation.unfortunately"]),
    ] {
        let r = a.analyze(text);
        let got: Vec<&str> = r.findings.iter().map(|f| &*f.rule).collect();
        assert_eq!(got, want, "{text:?}");
    }
    let r = a.analyze("Unfortunately, Maria.");
    assert_eq!(
        find(&r, "confrontation.unfortunately").text,
        "Unfortunately,"
    );
    assert_eq!(find(&r, "personalization.vocative").text, "Maria.");
}

#[test]
fn negation_changes_meaning_within_the_clause() {
    let a = only_mini();
    // "It's not your fault": the blame phrase is negated and re-read as reassurance.
    let r = a.analyze("It's not your fault.");
    let f = find(&r, "confrontation.your-fault-mini");
    assert!(f.negated);
    assert_eq!(f.dimension, Dimension::Reassurance);
    assert!(f.weight > 0.0);
    assert_eq!(r.scores.confrontation, 0.0);
    assert!(r.suggestions.is_empty());

    // Curly apostrophes and no apostrophe at all read the same.
    for text in ["It isn’t your fault.", "It isnt your fault."] {
        assert!(
            find(&a.analyze(text), "confrontation.your-fault-mini").negated,
            "{text}"
        );
    }

    // The scope stops at a comma, a sentence end and "but".
    for text in [
        "Not sure, but that is your fault.",
        "Not at all. Your fault.",
        "No, your fault.",
        "Never mind but your fault",
    ] {
        let r = a.analyze(text);
        let f = find(&r, "confrontation.your-fault-mini");
        assert!(!f.negated, "{text}");
        assert_eq!(f.dimension, Dimension::Confrontation, "{text}");
    }

    // Negated positive phrases do not count.
    let r = a.analyze("I do not completely understand your concern.");
    let f = find(&r, "acknowledgement.understand");
    assert!(f.negated);
    assert_eq!(f.weight, 0.0);
    assert_eq!(r.scores.acknowledgement, 0.0);
    // Too far back (more than three tokens) is out of scope.
    assert!(
        !find(
            &a.analyze("Not that it matters much now, I understand."),
            "acknowledgement.understand"
        )
        .negated
    );
}

#[test]
fn intensifiers_and_dampeners_scale_findings() {
    let a = only_mini();
    let plain = find(
        &a.analyze("That is your fault."),
        "confrontation.your-fault-mini",
    )
    .weight;
    let strong = find(
        &a.analyze("That is completely your fault."),
        "confrontation.your-fault-mini",
    )
    .weight;
    let weak = find(
        &a.analyze("That is kind of your fault."),
        "confrontation.your-fault-mini",
    )
    .weight;
    assert!(
        strong < plain && plain < weak && weak < 0.0,
        "{strong} {plain} {weak}"
    );
    let mild = find(
        &a.analyze("I kind of understand."),
        "acknowledgement.understand",
    )
    .weight;
    let full = find(
        &a.analyze("I totally understand."),
        "acknowledgement.understand",
    )
    .weight;
    assert!(full > 1.0 && mild < 1.0, "{full} {mild}");
}

#[test]
fn contrast_weakens_before_and_strengthens_after() {
    let a = only_mini();
    let before = find(
        &a.analyze("I understand, but calm down."),
        "acknowledgement.understand",
    )
    .weight;
    assert!(before < 1.0, "{before}");
    let plain = find(&a.analyze("Calm down."), "confrontation.calm-down-mini").weight;
    let after = find(
        &a.analyze("I understand, but calm down."),
        "confrontation.calm-down-mini",
    )
    .weight;
    assert!(after < plain, "{after} vs {plain}");
}

#[test]
fn anchors_slots_and_shouting() {
    let a = only_mini();
    assert!(
        a.analyze("Unfortunately, the item is gone.")
            .has_rule("confrontation.unfortunately")
    );
    assert!(
        !a.analyze("The item is, unfortunately, gone.")
            .has_rule("confrontation.unfortunately")
    );
    assert!(
        a.analyze("Sorry. Unfortunately it is gone.")
            .has_rule("confrontation.unfortunately")
    );
    assert!(
        a.analyze("I said THIS IS wrong")
            .has_rule("confrontation.shout")
    );
    assert!(
        !a.analyze("Check the FAQ ASAP please")
            .has_rule("confrontation.shout")
    );
    assert!(
        a.analyze("Hello Maria, thanks")
            .has_rule("personalization.greet")
    );
    let template = replytone::Context::new().template(true);
    assert!(
        a.analyze_with("Dear {{first_name}},", &template)
            .has_rule("personalization.greet")
    );
    assert!(
        !a.analyze_with("Dear {{Website Name}},", &template)
            .has_rule("personalization.greet")
    );
    assert!(!a.analyze("hi there").has_rule("personalization.greet"));
    assert!(
        a.analyze("Your order #A1234 shipped")
            .has_rule("personalization.order-number")
    );
    assert!(
        a.analyze("your order number 55512 shipped")
            .has_rule("personalization.order-number")
    );
    assert!(
        a.analyze_with("hey [Customer Name]", &template)
            .has_rule("personalization.template-name")
    );
}

#[test]
fn the_customer_slot_uses_the_context() {
    let a = only_mini();
    let ctx = replytone::Context::new().customer_name("María José");
    let r = a.analyze_with("Thanks, maría, it is done", &ctx);
    assert!(r.has_rule("personalization.customer"), "{:?}", rules(&r));
    assert!(
        !a.analyze("Thanks, maría, it is done")
            .has_rule("personalization.customer")
    );
}

/// The typographic hyphens U+2010 and U+2011 join the words on either side, as `-` does.
#[test]
fn typographic_hyphens_join_words() {
    let a = Analyzer::default();
    for hyphen in ["-", "\u{2010}", "\u{2011}"] {
        let r = a.analyze(&format!(
            "Thanks for the heads{hyphen}up about the broken link."
        ));
        find(&r, "acknowledgement.thanks-for-the-heads-up");
        let r = a.analyze(&format!("I can see where the mix{hyphen}up came from."));
        find(&r, "acknowledgement.see-what-happened");
    }
}

#[test]
fn quoted_customer_text_and_markup() {
    let a = only_mini();
    let r = a.analyze("Thanks for writing.\n> calm down, it is your fault\nWe are on it.");
    assert!(r.findings.is_empty(), "{:?}", rules(&r));
    let r = a.analyze(
        "We are on it.\n\nOn Tue, 4 May 2027 at 10:02, Ana <ana@example.com> wrote:\nCalm down!",
    );
    assert!(r.findings.is_empty(), "{:?}", rules(&r));
    let text = "<p>Please <b>calm</b> down</p>";
    let r = a.analyze(text);
    let f = find(&r, "confrontation.calm-down-mini");
    assert_eq!(f.text, "Please <b>calm</b> down");
    assert_eq!(&text[f.span.start..f.span.end], f.text);
}

#[test]
fn placeholders_urls_and_handles_are_never_words() {
    let a = only_mini();
    for text in [
        "{{calm down}}",
        "https://example.com/calm-down",
        "@calm down",
        "#calm down",
        "[calm down]",
        "calm@down.com",
    ] {
        assert!(
            !a.analyze(text).has_rule("confrontation.calm-down-mini"),
            "{text}"
        );
    }
}

#[test]
fn suggestions_come_with_replacements_in_the_right_case() {
    let a = only_mini();
    let r = a.analyze("Calm down. And please calm down.");
    let reps: Vec<&str> = r
        .suggestions
        .iter()
        .map(|s| s.replacements[0].as_str())
        .collect();
    assert_eq!(
        reps,
        [
            "I understand this is frustrating",
            "I understand this is frustrating"
        ]
    );
    let r = a.analyze("That is your fault.");
    assert_eq!(r.suggestions[0].replacements, ["our mistake"]);
    let r = a.analyze("Your fault.");
    assert_eq!(r.suggestions[0].replacements, ["Our mistake"]);
}

#[test]
fn empty_and_blank_input() {
    let a = Analyzer::default();
    for text in ["", " ", "\n\n\t", "\u{200B}\u{00A0}"] {
        let r = a.analyze(text);
        assert!(r.findings.is_empty() && r.suggestions.is_empty());
        assert_eq!(r.scores.overall, 35.0);
    }
}

/// Several gaps in a row reach one place along many paths; a search explores each place once,
/// so a lexicon of them stays usable (before, 100 KB of "a a a ..." took 7.6 s with this one
/// entry; timing is not asserted here), and it still finds what it should.
#[test]
fn nested_gaps_are_explored_once_and_still_match() {
    let a = Analyzer::builder()
        .default_lexicons(false)
        .add_lexicon_str(
            "gaps.lex",
            "dimension: validation\n[gaps]\npattern: a *9 a *9 a *9 a *9 a *9 a *9 a *9 a *9 b\n\
             weight: 1\nmatch: a a a a a a a a b\n",
        )
        .build()
        .unwrap();
    for (text, found) in [
        ("a a a a a a a a b", true),
        ("a x a x x a a a a a x a b", true),
        ("a x x x x x x x x x x a a a a a a a b", false),
        ("a a a a a a a b", false),
        ("a a a a a a a a. b", false),
    ] {
        assert_eq!(
            a.analyze(text).has_rule("validation.gaps"),
            found,
            "{text:?}"
        );
    }
    let long = format!("{}b", "a ".repeat(5_000));
    let r = a.analyze(&long);
    assert_eq!(r.findings.len(), 1);
    assert!(r.findings[0].text.ends_with("a b"));
}
