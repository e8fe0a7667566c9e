//! What a helpdesk developer sees with the shipped English lexicons: replies we wrote, one or two
//! per dimension and rule of the engine.

use replytone::{Analyzer, Context, Dimension};

fn analyzer() -> Analyzer {
    Analyzer::default()
}

fn dims(text: &str) -> Vec<Dimension> {
    let mut d: Vec<Dimension> = analyzer()
        .analyze(text)
        .findings
        .iter()
        .filter(|f| f.weight != 0.0)
        .map(|f| f.dimension)
        .collect();
    d.sort();
    d.dedup();
    d
}

#[test]
fn acknowledgement() {
    let r = analyzer().analyze("Thanks for letting us know about the missing charger.");
    assert!(r.scores.acknowledgement > 0.0, "{:?}", r.findings);
}

#[test]
fn validation_names_the_feeling() {
    let r = analyzer().analyze("I understand how frustrating this must be.");
    assert!(r.scores.validation > 0.0, "{:?}", r.findings);
    assert_eq!(r.scores.confrontation, 0.0);
}

#[test]
fn personalization_by_name_and_context() {
    let r = analyzer().analyze("Hi Maria, your order #A1234 left our warehouse this morning.");
    assert!(r.scores.personalization > 0.0, "{:?}", r.findings);
    let dear = analyzer().analyze("Dear Customer, your order left our warehouse this morning.");
    assert!(dear.scores.personalization < r.scores.personalization);
    let ctx = Context::new().customer_name("Maria");
    let with = analyzer().analyze_with("Thanks, Maria, it left this morning.", &ctx);
    let without = analyzer().analyze("Thanks, it left this morning.");
    assert!(
        with.scores.personalization > without.scores.personalization,
        "{:?}",
        with.findings
    );
}

#[test]
fn confrontation_of_many_kinds() {
    for text in [
        "Calm down.",
        "Per my last email, the refund takes five days.",
        "You should have read the instructions.",
        "That's not our problem.",
    ] {
        let r = analyzer().analyze(text);
        assert!(r.scores.confrontation > 0.0, "{text}: {:?}", r.findings);
        assert!(
            r.suggestions
                .iter()
                .any(|s| s.dimension == Dimension::Confrontation),
            "{text}"
        );
    }
}

#[test]
fn negation_pairs() {
    let blame = analyzer().analyze("This is your fault.");
    let reassure = analyzer().analyze("This is not your fault.");
    assert!(blame.scores.confrontation > 0.0);
    assert_eq!(
        reassure.scores.confrontation, 0.0,
        "{:?}",
        reassure.findings
    );
    assert!(reassure.scores.overall > blame.scores.overall);
    let und = analyzer().analyze("I understand your concern.");
    let not_und = analyzer().analyze("I don't understand your concern.");
    assert!(
        und.scores.acknowledgement > not_und.scores.acknowledgement,
        "{:?}",
        not_und.findings
    );
}

#[test]
fn curly_and_missing_apostrophes_read_the_same() {
    let a = analyzer();
    let straight = a.analyze("That's not our problem.").scores;
    assert_eq!(a.analyze("That’s not our problem.").scores, straight);
    assert_eq!(a.analyze("Thats not our problem.").scores, straight);
}

#[test]
fn intensifiers_raise_and_dampeners_lower() {
    let a = analyzer();
    let plain = a.analyze("That must be frustrating.").scores.validation;
    let strong = a
        .analyze("That must be incredibly frustrating.")
        .scores
        .validation;
    assert!(strong >= plain && plain > 0.0, "{strong} {plain}");
}

#[test]
fn placeholders_and_markup() {
    let a = analyzer();
    let text =
        "Hi {{first_name}}, thanks for your patience while we looked into order {{order_id}}.";
    // A template greets by name through its placeholder; a live reply with the placeholder
    // still unfilled does not.
    let template = a.analyze_with(text, &replytone::Context::new().template(true));
    assert!(
        template.scores.personalization > 0.0,
        "{:?}",
        template.findings
    );
    assert_eq!(a.analyze(text).scores.personalization, 0.0);
    let html = "<p>Please <b>calm down</b>.</p>";
    let r = a.analyze(html);
    assert!(r.scores.confrontation > 0.0);
    for f in &r.findings {
        assert_eq!(&html[f.span.start..f.span.end], f.text);
    }
}

#[test]
fn quoted_customer_text_never_counts() {
    let r = analyzer().analyze("We have refunded you.\n\n> This is ridiculous, calm down and per my last email YOU NEVER LISTEN!!");
    assert_eq!(r.scores.confrontation, 0.0, "{:?}", r.findings);
}

#[test]
fn warm_beats_cold_beats_hostile() {
    let a = analyzer();
    let warm = a.analyze("Hi Sam, I'm so sorry your parcel arrived damaged. That must be really frustrating. I've sent a replacement today.").scores.overall;
    let cold = a.analyze("A replacement has been sent.").scores.overall;
    let hostile = a
        .analyze("Calm down. As I already said, you should have read the instructions!!")
        .scores
        .overall;
    assert!(warm > cold && cold > hostile, "{warm} {cold} {hostile}");
}

#[test]
fn every_dimension_is_reachable() {
    let all: Vec<Dimension> = [
        "Thanks for letting us know.",
        "That must be so frustrating.",
        "Hi Maria,",
        "Calm down.",
    ]
    .iter()
    .flat_map(|t| dims(t))
    .collect();
    for d in Dimension::SCORED {
        assert!(all.contains(&d), "{d} missing in {all:?}");
    }
}

#[test]
fn shouting_but_not_when_warm() {
    let a = analyzer();
    assert_eq!(a.analyze("THANK YOU so much!!").scores.confrontation, 0.0);
    assert!(a.analyze("WHY IS THIS SO HARD?!").scores.confrontation > 0.0);
    assert!(a.analyze("I told you this already!!").scores.confrontation > 0.0);
}

#[test]
fn target_awareness() {
    let a = analyzer();
    let ours = a.analyze("We made a mistake with your order.");
    let yours = a.analyze("You made a mistake with your order.");
    assert_eq!(ours.scores.confrontation, 0.0, "{:?}", ours.findings);
    assert!(yours.scores.confrontation > 0.0, "{:?}", yours.findings);
    assert!(ours.scores.overall > yours.scores.overall);
}

#[test]
fn negation_rules_from_the_lexicons() {
    let a = analyzer();
    for text in ["No problem at all!", "No worries, it happens."] {
        let r = a.analyze(text);
        assert_eq!(r.scores.confrontation, 0.0, "{text}: {:?}", r.findings);
        assert!(
            r.findings_for(Dimension::Reassurance)
                .any(|f| f.weight > 0.0),
            "{text}: {:?}",
            r.findings
        );
    }
    let never = a.analyze("We've never had this happen before.");
    assert_eq!(never.scores.confrontation, 0.0, "{:?}", never.findings);
    let why = a.analyze("I don't understand why you didn't call us.");
    assert!(why.scores.confrontation > 0.0, "{:?}", why.findings);
}

#[test]
fn contrast_weakens_what_comes_before_but() {
    let a = analyzer();
    let plain = a
        .analyze("I understand your concern.")
        .scores
        .acknowledgement;
    let but = a
        .analyze("I understand your concern, but you need to wait.")
        .scores
        .acknowledgement;
    assert!(but < plain, "{but} vs {plain}");
}

#[test]
fn rhetorical_questions_aimed_at_the_customer() {
    let a = analyzer();
    for text in [
        "Did you even read the email?",
        "Why didn't you tell us sooner?",
    ] {
        assert!(a.analyze(text).scores.confrontation > 0.0, "{text}");
    }
}

#[test]
fn negative_framing_is_rephrased_into_what_can_be_done() {
    let a = analyzer();
    let text = "We can't ship your order until Monday.";
    let r = a.analyze(text);
    let s = r
        .suggestions
        .iter()
        .find(|s| s.dimension == Dimension::NegativeFraming)
        .expect("a suggestion");
    assert_eq!(s.kind, replytone::SuggestionKind::Replace);
    assert_eq!(r.apply(text, &[s.id]), "We can ship your order on Monday.");
    let text = "Sorry, we cannot refund the deposit until the item is back with us.";
    assert_eq!(
        a.analyze(text).apply_all(text),
        "Sorry, we can refund the deposit as soon as the item is back with us."
    );
}
