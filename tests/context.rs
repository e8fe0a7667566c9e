//! Conversation context: reading the customer's message, active listening, and suggestions
//! that can be applied. Customer messages and replies written by the team.

use replytone::{
    Analyzer, Channel, Context, EmotionKind, Report, Suggestion, SuggestionKind, TermKind,
};

/// The suggestion to acknowledge the customer's feelings, if the report has one.
fn empathy(r: &Report) -> Option<&Suggestion> {
    r.suggestions
        .iter()
        .find(|s| &*s.rule == "context.acknowledge-emotion")
}

fn analyze(customer: &str, reply: &str) -> Report {
    let ctx = Context::new()
        .customer_message(customer)
        .customer_name("Dana Reyes")
        .channel(Channel::Email);
    Analyzer::default().analyze_with(reply, &ctx)
}

#[test]
fn angry_customer_and_a_procedural_reply_gets_a_suggestion_not_a_pass() {
    let customer = "This is UNACCEPTABLE. I was charged twice for my order and nobody has answered my emails!!";
    let procedural = analyze(
        customer,
        "Hi Dana, refunds are processed within 10 business days.",
    );
    let c = procedural.customer.as_ref().unwrap();
    assert!(
        c.emotions.iter().any(|e| e.kind == EmotionKind::Anger),
        "{:?}",
        c.emotions
    );
    assert!(c.upset().is_some());
    let ack = empathy(&procedural).expect("an empathy suggestion");
    assert_eq!(ack.kind, SuggestionKind::Insert);
    assert!(
        ack.replacements[0].contains("upset"),
        "{:?}",
        ack.replacements
    );

    let warm = analyze(
        customer,
        "Hi Dana, I'm so sorry you were charged twice for your order, that must be really frustrating. I've refunded the second charge today.",
    );
    assert!(empathy(&warm).is_none());
    assert!(
        warm.scores.active_listening > procedural.scores.active_listening,
        "{:?} vs {:?}",
        warm.scores,
        procedural.scores
    );
    assert!(warm.scores.overall > procedural.scores.overall);
}

/// The sentence for the customer's feelings goes after the reply's greeting, not before it:
/// without a name (the feelings suggestion is the first to ask whether the reply opens with a
/// greeting) and with one (the greeting-by-name check asked first).
#[test]
fn the_feelings_sentence_follows_the_greeting() {
    let customer = "This is UNACCEPTABLE. I was charged twice for my order and nobody has answered my emails!!";
    let reply = "Hi Dana, refunds are processed within 10 business days.";
    let after_greeting = reply.find("refunds").unwrap();
    let unnamed = Context::new()
        .customer_message(customer)
        .channel(Channel::Chat);
    let named = Context::new()
        .customer_message(customer)
        .customer_name("Dana Reyes")
        .channel(Channel::Email);
    for ctx in [unnamed, named] {
        let r = Analyzer::default().analyze_with(reply, &ctx);
        let ack = empathy(&r).expect("an empathy suggestion");
        assert_eq!(ack.span.start, after_greeting, "{ctx:?}: {ack:?}");
        assert_eq!(ack.span.end, after_greeting);
    }
    // Without a greeting it opens the reply.
    let bare = "Refunds are processed within 10 business days.";
    let r = analyze(customer, bare);
    assert_eq!(empathy(&r).expect("an empathy suggestion").span.start, 0);
}

#[test]
fn anxious_customer_and_a_reassuring_reply() {
    let customer = "I'm really worried, there is a payment on my card that I did not authorize. Is my account safe?";
    let r = analyze(
        customer,
        "Hi Dana, please don't worry: your account is safe, and I've blocked the card and refunded the payment.",
    );
    let c = r.customer.as_ref().unwrap();
    assert_eq!(c.emotions[0].kind, EmotionKind::Anxiety, "{:?}", c.emotions);
    assert_eq!(c.questions.len(), 1);
    assert!(c.questions[0].addressed, "{:?}", c.questions);
    assert!(empathy(&r).is_none(), "{:?}", r.suggestions);
    assert!(r.scores.active_listening.unwrap() >= 0.6, "{:?}", r.scores);
}

#[test]
fn a_reply_that_ignores_the_question() {
    let customer = "Can I change the delivery address for order 48213?";
    let ignoring = analyze(
        customer,
        "Hi Dana, thanks for your message. Our team is here to help.",
    );
    let answering = analyze(
        customer,
        "Hi Dana, yes: I've changed the delivery address on order 48213 to the new one.",
    );
    let q = |r: &Report| r.customer.as_ref().unwrap().questions[0].addressed;
    assert!(!q(&ignoring) && q(&answering));
    assert!(answering.scores.active_listening > ignoring.scores.active_listening);
}

#[test]
fn a_reply_that_echoes_key_terms() {
    let customer = "My refunds never arrived and I was charged a late fee on invoice INV-2209.";
    let r = analyze(
        customer,
        "Hi Dana, I've reversed the late fee you were charged on INV-2209 and re-sent the refund.",
    );
    let c = r.customer.as_ref().unwrap();
    let echoed: Vec<&str> = c
        .key_terms
        .iter()
        .filter(|t| t.echoed)
        .map(|t| t.text.as_str())
        .collect();
    for term in ["refunds", "charged", "fee"] {
        assert!(
            echoed.contains(&term),
            "{term} not echoed: {:?}",
            c.key_terms
        );
    }
    assert!(
        c.key_terms
            .iter()
            .any(|t| t.kind == replytone::TermKind::Entity)
    );
}

#[test]
fn no_message_no_listening_score() {
    let r = Analyzer::default().analyze("Thanks for your patience.");
    assert!(r.scores.active_listening.is_none() && r.customer.is_none());
    let json = serde_json::to_value(&r).unwrap();
    assert!(json.get("customer").is_none() && json["scores"].get("active_listening").is_none());
}

#[test]
fn greeting_by_name_is_suggested_where_it_matters() {
    let a = Analyzer::default();
    let email = Context::new().customer_name("Ana").channel(Channel::Email);
    let r = a.analyze_with("Your refund has been issued.", &email);
    let g = r
        .suggestions
        .iter()
        .find(|s| &*s.rule == "context.greeting-name")
        .expect("greeting");
    assert_eq!(
        r.apply("Your refund has been issued.", &[g.id]),
        "Hi Ana,\n\nYour refund has been issued."
    );
    let social = Context::new().customer_name("Ana").channel(Channel::Social);
    assert!(
        !a.analyze_with("Your refund has been issued.", &social)
            .suggestions
            .iter()
            .any(|s| &*s.rule == "context.greeting-name")
    );
    let greeted = a.analyze_with("Hi Ana, your refund has been issued.", &email);
    assert!(
        !greeted
            .suggestions
            .iter()
            .any(|s| &*s.rule == "context.greeting-name")
    );
    let template = Context::new().template(true);
    let r = a.analyze_with("Your refund has been issued.", &template);
    assert!(
        r.apply_all("Your refund has been issued.")
            .starts_with("Hi {{first_name}}! ")
    );
}

#[test]
fn placeholders_are_errors_live_and_personal_in_templates() {
    let a = Analyzer::default();
    let text = "Hi {{first_name}}, your order {{order_id}} has shipped.";
    let live = a.analyze_with(text, &Context::new().customer_name("Ana"));
    let errors: Vec<_> = live
        .suggestions
        .iter()
        .filter(|s| &*s.rule == "context.unfilled-placeholder")
        .collect();
    assert_eq!(errors.len(), 2);
    assert!(
        errors
            .iter()
            .all(|s| s.severity == replytone::Severity::Error)
    );
    // The name is known; the order number is not, so the placeholder goes.
    assert_eq!(live.apply_all(text), "Hi Ana, your order has shipped.");

    // Unfilled, a placeholder is no personalization; without a name the greeting becomes
    // "Hi there", and a fallback written into the placeholder is used as it is.
    let anon = a.analyze(text);
    assert!(
        anon.scores.personalization < 0.15,
        "only the weak \"your order\" cue is left"
    );
    assert_eq!(anon.apply_all(text), "Hi there, your order has shipped.");
    let dear = "Dear {{first_name}} {{last_name}},\nThanks, {{first_name}}!";
    assert_eq!(a.analyze(dear).apply_all(dear), "Hello,\nThanks!");
    let liquid = "Hello {{ first_name | default: 'friend' }}, all set.";
    assert_eq!(
        a.analyze(liquid).apply_all(liquid),
        "Hello friend, all set."
    );

    let template = a.analyze_with(text, &Context::new().template(true));
    assert!(template.scores.personalization > 0.0);
    assert!(
        !template
            .suggestions
            .iter()
            .any(|s| &*s.rule == "context.unfilled-placeholder")
    );
    let fallback = template
        .suggestions
        .iter()
        .find(|s| &*s.rule == "context.placeholder-fallback")
        .expect("fallback");
    assert_eq!(fallback.severity, replytone::Severity::Info);
    assert_eq!(
        template.apply(text, &[fallback.id]),
        "Hi {{first_name | fallback: \"there\"}}, your order {{order_id}} has shipped."
    );
}

#[test]
fn edits_land_inside_their_spans_only() {
    let a = Analyzer::default();
    let ctx = Context::new()
        .customer_message("Why is my parcel late?! I'm so frustrated.")
        .customer_name("Ana");
    for text in [
        "Calm down, you should have read the tracking page. Obviously it is on its way.",
        "Per my last email, the parcel is late because of the weather. Thanks in advance.",
        "Your parcel is late. We can't ship until Monday.",
    ] {
        let r = a.analyze_with(text, &ctx);
        assert!(!r.suggestions.is_empty(), "{text}");
        for s in &r.suggestions {
            let out = r.apply(text, &[s.id]);
            let (start, end) = (s.span.start, s.span.end);
            match s.kind {
                SuggestionKind::Replace | SuggestionKind::Insert => {
                    assert!(out.starts_with(&text[..start]), "{out:?}");
                    assert!(out.ends_with(&text[end..]), "{out:?}");
                }
                SuggestionKind::Remove => {
                    assert!(out.len() < text.len());
                    // What follows may be capitalized when the removed words began a sentence.
                    assert!(
                        out.to_lowercase()
                            .ends_with(&text[end..].trim_start().to_lowercase()),
                        "{out:?}"
                    );
                }
                SuggestionKind::Rephrase => assert_eq!(out, text),
            }
        }
    }
}

/// Distinct lower-case words of five letters ("aaaaa", "baaaa", ...), space-separated.
fn distinct_words(n: u32) -> String {
    let mut out = String::with_capacity(n as usize * 6);
    for mut x in 0..n {
        for _ in 0..5 {
            out.push(char::from(b'a' + (x % 26) as u8));
            x /= 26;
        }
        out.push(' ');
    }
    out
}

// These read about a megabyte of customer message (and reply); each took seconds to minutes
// when every word was checked against all the evidence, terms or reply words before it.
#[test]
fn a_long_angry_message_is_read_whole() {
    let sentence = "I am so angry! Why is my order late?? ";
    let message = sentence.repeat(27_000);
    let ctx = Context::new().customer_message(&message);
    let a = Analyzer::default();
    let r = a.analyze_with("Thanks, I'll look into it.", &ctx);
    let c = r.customer.as_ref().unwrap();
    assert_eq!(c.emotions.len(), 1, "{:?}", c.emotions);
    assert_eq!(c.emotions[0].kind, EmotionKind::Anger);
    assert_eq!(c.emotions[0].evidence.len(), 27_000);
    // The words of the evidence ("angry") are no key terms.
    let terms: Vec<_> = c.key_terms.iter().map(|t| (&*t.text, t.kind)).collect();
    assert_eq!(
        terms,
        [("order", TermKind::Thing), ("late", TermKind::Word)]
    );
    assert_eq!(c.questions.len(), 27_000);
    assert_eq!(c.questions[1].span.start, sentence.len() + 15);
    assert!(c.questions.iter().all(|q| !q.addressed));

    let r = a.analyze_with("I'm so sorry your order is late.", &ctx);
    let c = r.customer.as_ref().unwrap();
    assert!(c.key_terms.iter().all(|t| t.echoed));
    assert!(c.questions.iter().all(|q| q.addressed));
}

#[test]
fn a_long_message_of_distinct_words_is_read_whole() {
    let message = distinct_words(170_000);
    let ctx = Context::new().customer_message(&message);
    let a = Analyzer::default();
    // A reply of as many distinct words: all but the first twelve of the message.
    let r = a.analyze_with(&message[12 * 6..], &ctx);
    let c = r.customer.as_ref().unwrap();
    let terms: Vec<_> = c.key_terms.iter().map(|t| &*t.text).collect();
    assert_eq!(
        terms,
        message.split_whitespace().take(12).collect::<Vec<_>>()
    );
    assert!(c.key_terms.iter().all(|t| !t.echoed));
    let r = a.analyze_with(&message[11 * 6..], &ctx);
    let c = r.customer.as_ref().unwrap();
    let echoed: Vec<_> = c.key_terms.iter().map(|t| t.echoed).collect();
    assert_eq!(echoed, [&[false; 11][..], &[true]].concat());
}

// A 100 KB name and a 440 KB reply: this took about 90 s when every word of the reply was
// compared with every word of the name, and a name that starts with 100 KB of spaces made
// every unfilled placeholder scan them. A name repeated reads as the name once.
#[test]
fn a_long_name_and_a_long_reply() {
    let a = Analyzer::default();
    let sentence = "Thanks, dana. Calm down, Mr. Smith! ";
    let reply = sentence.repeat(440_000 / sentence.len());
    let n = reply.matches(sentence).count();
    // The long name, the same name short, and how many findings the name gives per sentence.
    for (long, short, per_sentence) in [
        ("Dana ".repeat(20_000), "Dana", 1),
        (format!("{}Smith", "x ".repeat(50_000)), "x Smith", 1),
        (
            format!("{}Dana,Smith", " ".repeat(100_000)),
            "Dana,Smith",
            2,
        ),
    ] {
        let r = a.analyze_with(&reply, &Context::new().customer_name(short));
        let named = r.findings.iter().filter(|f| {
            let text = f.text.to_lowercase();
            text.contains("dana") || text.contains("smith")
        });
        assert_eq!(named.count(), n * per_sentence, "{short}");
        assert_eq!(
            a.analyze_with(&reply, &Context::new().customer_name(long)),
            r,
            "{short}"
        );
    }

    let reply = "Thanks {{first_name}}. ".repeat(20_000);
    let name = format!("{}Dana", " ".repeat(100_000));
    let ctx = Context::new().customer_name(name);
    let filled = a.analyze_with(&reply, &ctx).apply_all(&reply);
    // (Not assert_eq: a failure would print a megabyte.)
    assert!(filled == format!("Hi Dana! {}", "Thanks Dana. ".repeat(20_000)));
}

#[test]
fn the_thing_after_a_determiner_is_the_noun_not_its_describer() {
    let a = Analyzer::default();
    let ctx = Context::new()
        .customer_message("I'm really disappointed with my brand new headphones, they broke.");
    let r = a.analyze_with("Calm down.", &ctx);
    let c = r.customer.as_ref().unwrap();
    let things: Vec<_> = c
        .key_terms
        .iter()
        .filter(|t| t.kind == TermKind::Thing)
        .map(|t| &*t.text)
        .collect();
    assert_eq!(things, ["headphones"], "{:?}", c.key_terms);
    // A word that can be the thing itself stays the thing; the verb after it never is.
    for (message, thing) in [
        (
            "My replacement arrived broken and I'm disappointed.",
            Some("replacement"),
        ),
        ("The other arrived damaged, so disappointing.", None),
        ("My new phone stopped working.", Some("phone")),
        ("I love your brand.", Some("brand")),
    ] {
        let r = a.analyze_with("Calm down.", &Context::new().customer_message(message));
        let c = r.customer.as_ref().unwrap();
        let found = c.key_terms.iter().find(|t| t.kind == TermKind::Thing);
        assert_eq!(
            found.map(|t| &*t.text),
            thing,
            "{message}: {:?}",
            c.key_terms
        );
    }
    let ack = empathy(&r).expect("an empathy suggestion");
    assert_eq!(
        ack.replacements[0],
        "I'm sorry this didn't live up to what you expected from your headphones; that's not the experience you should have had. "
    );

    // Without a thing to name, the sentence still reads.
    let ctx = Context::new().customer_message("I'm so disappointed. It broke again.");
    let r = a.analyze_with("Calm down.", &ctx);
    let ack = empathy(&r).expect("an empathy suggestion");
    assert!(
        ack.replacements[0].starts_with("I'm sorry this didn't live up to what you expected; "),
        "{:?}",
        ack.replacements
    );
}

#[test]
fn a_message_read_by_one_analyzer_is_read_again_by_another() {
    // Each thread keeps the last customer message it read; another analyzer's lexicons may
    // read the same message differently.
    let plain = Analyzer::default();
    let fruity = Analyzer::builder()
        .add_lexicon_str(
            "fruit-anger.lex",
            "dimension: emotion\n\n[banana]\nkind: anger\npattern: banana\nweight: 2.0\nmatch: Where is my banana?\n",
        )
        .build()
        .unwrap();
    let ctx = Context::new().customer_message("Where is my banana order?");
    let angry = |r: &Report| {
        r.customer
            .as_ref()
            .unwrap()
            .emotions
            .iter()
            .any(|e| e.kind == EmotionKind::Anger)
    };
    for _ in 0..2 {
        assert!(!angry(&plain.analyze_with("It ships today.", &ctx)));
        assert!(angry(&fruity.analyze_with("It ships today.", &ctx)));
    }
    // A dropped analyzer's lexicons do not stand in for a new one's.
    drop(fruity);
    let again = Analyzer::builder().build().unwrap();
    assert!(!angry(&again.analyze_with("It ships today.", &ctx)));
}
