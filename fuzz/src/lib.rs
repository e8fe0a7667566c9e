//! The checks behind replytone's fuzz targets, one public function per target.
//!
//! `tests/fuzz_regressions.rs` includes this file by path and replays `fuzz/regressions/` and
//! `fuzz/corpus/` through [`run`], so a saved crash input meets exactly the assertions that the
//! fuzzer tripped.
//!
//! Every function takes the raw fuzz input and panics when an invariant breaks. Inputs with
//! several fields separate them with the byte `0xFF`, which never occurs in UTF-8; each field is
//! decoded lossily, so the fuzzer can still produce invalid UTF-8 inside a field and have it
//! arrive as U+FFFD.

use std::borrow::Cow;

use replytone::{
    Analyzer, Channel, Context, Document, Policy, Report, Span, Suggestion, SuggestionKind,
    TokenKind,
};

/// The fuzz targets, by name (the directories under `fuzz/corpus/` and `fuzz/regressions/`).
pub const TARGETS: [&str; 6] = [
    "analyze",
    "analyze_with",
    "lexicon",
    "tokenize",
    "apply",
    "policy",
];

/// Runs the checks of target `target` on one input.
///
/// # Panics
///
/// When an invariant breaks, or `target` is not one of [`TARGETS`].
pub fn run(target: &str, data: &[u8]) {
    match target {
        "analyze" => analyze(data),
        "analyze_with" => analyze_with(data),
        "lexicon" => lexicon(data),
        "tokenize" => tokenize(data),
        "apply" => apply(data),
        "policy" => policy(data),
        _ => panic!("no fuzz target named {target:?}"),
    }
}

/// `analyze` on the whole input: a sane report, and `analyze_into` over a report left from
/// another text gives the same report as a fresh `analyze`.
pub fn analyze(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let analyzer = Analyzer::default();
    let report = analyzer.analyze(&text);
    check_report(&text, &Context::new(), &report);

    let mut reused =
        analyzer.analyze("Calm down. As I already said, {{first_name}}, you must wait!");
    analyzer.analyze_into(&text, &Context::new(), &mut reused);
    assert_eq!(
        reused, report,
        "analyze_into over an old report differs from analyze"
    );
}

/// `analyze_with` under a context read from the input: fields `control 0xFF customer-name 0xFF
/// customer-message 0xFF agent-name 0xFF reply`. The first control byte picks the channel
/// (bits 0-1) and whether the reply is a template (bit 2); bit 3 leaves the customer message
/// unset, bit 4 the customer name.
pub fn analyze_with(data: &[u8]) {
    let [control, name, message, agent, text] = fields(data);
    let bits = control.bytes().next().unwrap_or(0);
    let mut ctx = Context::new()
        .channel(match bits & 3 {
            0 => Channel::Chat,
            1 => Channel::Email,
            _ => Channel::Social,
        })
        .template(bits & 4 != 0)
        .agent_name(agent);
    if bits & 8 == 0 {
        ctx = ctx.customer_message(message);
    }
    if bits & 16 == 0 {
        ctx = ctx.customer_name(name);
    }
    let analyzer = Analyzer::default();
    let report = analyzer.analyze_with(&text, &ctx);
    check_report(&text, &ctx, &report);

    let mut reused = analyzer.analyze("Hi Maria, calm down. {{first_name}}");
    analyzer.analyze_into(&text, &ctx, &mut reused);
    assert_eq!(
        reused, report,
        "analyze_into over an old report differs from analyze_with"
    );
}

/// The input as the only lexicons (`default_lexicons(false)`): up to four sources separated by
/// `0xFF`, so a `modifiers` or `contractions` source can meet the rules it affects. Building
/// returns `Ok` or an `Error` with a message, never panics; lexicons that build analyse their own
/// text, a fixed reply and their own examples sanely.
pub fn lexicon(data: &[u8]) {
    let sources: Vec<Cow<'_, str>> = data
        .splitn(4, |&b| b == 0xFF)
        .map(String::from_utf8_lossy)
        .collect();
    let mut builder = Analyzer::builder();
    builder.default_lexicons(false);
    for (i, source) in sources.iter().enumerate() {
        builder.add_lexicon_str(format!("fuzz{i}.lex"), source.as_ref());
    }
    match builder.build() {
        Ok(analyzer) => {
            let _ = analyzer.check_examples();
            let _ = analyzer.rule_counts();
            let ctx = Context::new().customer_name("Maria Lopez");
            let reply =
                "Hi Maria, calm down. I'm so sorry, it's not our fault! {{first_name}} #A1234";
            for text in sources.iter().map(AsRef::as_ref).chain([reply]) {
                check_report(text, &ctx, &analyzer.analyze_with(text, &ctx));
            }
        }
        Err(e) => assert!(
            !e.to_string().is_empty(),
            "an error without a message: {e:?}"
        ),
    }
}

/// `tokenize`: tokens are non-empty, in order, do not overlap, and slice the text on char
/// boundaries; placeholders start with one of their opening characters.
pub fn tokenize(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut at = 0;
    for tok in replytone::tokenize(&text) {
        let raw = span_text(&text, tok.span, "token");
        assert!(!raw.is_empty(), "empty token at {:?}", tok.span);
        assert!(
            tok.span.start >= at,
            "token {:?} overlaps the previous one",
            tok.span
        );
        at = tok.span.end;
        if tok.kind == TokenKind::Placeholder {
            assert!(
                raw.starts_with(['{', '[', '%', '*', '$']),
                "placeholder {raw:?} does not start with an opening character"
            );
        }
        if tok.is_name_placeholder() {
            assert_eq!(tok.kind, TokenKind::Placeholder, "name placeholder {raw:?}");
        }
    }
}

/// `Report::apply`: fields `control 0xFF reply`. The control bytes pick suggestion ids (some out
/// of range) to apply to the reply's real report, then rewrite the suggestions' spans and kinds
/// into arbitrary ones (out of range, inside a char, reversed) for a second, hostile report.
/// Applying never panics, applying nothing returns the text, text before the first applicable
/// edit is kept, and the result analyses sanely.
pub fn apply(data: &[u8]) {
    let [control, text] = fields(data);
    let control = control.as_bytes();
    let analyzer = Analyzer::default();
    let report = analyzer.analyze(&text);
    assert_eq!(
        report.apply(&text, &[]),
        text,
        "applying no suggestion changed the text"
    );

    let n = report.suggestions.len();
    let ids: Vec<usize> = control.iter().map(|&b| usize::from(b) % (n + 2)).collect();
    for out in [report.apply(&text, &ids), report.apply_all(&text)] {
        check_report(&out, &Context::new(), &analyzer.analyze(&out));
    }
    check_apply(&text, &report, &ids);

    let mut hostile = report.clone();
    let mut bytes = control.iter().copied().cycle();
    for sg in &mut hostile.suggestions {
        let mut next = || usize::from(bytes.next().unwrap_or(0));
        sg.span = Span::new(next() * 3 % (text.len() + 4), next() * 5 % (text.len() + 4));
        sg.kind = match next() % 4 {
            0 => SuggestionKind::Replace,
            1 => SuggestionKind::Insert,
            2 => SuggestionKind::Remove,
            _ => SuggestionKind::Rephrase,
        };
        if next() % 5 == 0 {
            sg.replacements.clear();
        }
        if next() % 7 == 0 {
            sg.replacements.insert(0, "é\u{301} 😀 ".to_string());
        }
    }
    let all: Vec<usize> = hostile.suggestions.iter().map(|s| s.id).collect();
    check_apply(&text, &hostile, &all);
}

/// A `replytone.toml` and a response checked against it: fields `toml 0xFF path 0xFF response`.
/// Parsing returns a policy or an error with a message, never panics; a policy that parses
/// gives an analyzer or an error; the verdict's scores are in range, it passes exactly when no
/// violation reaches `fail_on`, and every violation's span, text and positions agree with the
/// response (which may carry inline suppression comments).
pub fn policy(data: &[u8]) {
    let [toml, path, text] = fields(data);
    // A policy may name lexicon files to read; keep the fuzzer away from device files.
    if ["dev/", "proc/", "sys/"].iter().any(|d| toml.contains(d)) {
        return;
    }
    let policy = match Policy::from_toml_str("replytone.toml", &toml) {
        Ok(policy) => policy,
        Err(e) => {
            assert!(
                !e.to_string().is_empty(),
                "an error without a message: {e:?}"
            );
            return;
        }
    };
    let analyzer = match policy.analyzer() {
        Ok(analyzer) => analyzer,
        Err(e) => {
            assert!(
                !e.to_string().is_empty(),
                "an error without a message: {e:?}"
            );
            return;
        }
    };
    let mut document = Document::new(text.as_ref());
    if !path.is_empty() {
        document = document.with_path(path.as_ref());
    }
    let verdict = replytone::check(&analyzer, &policy, &document);
    let s = &verdict.scores;
    for v in [
        s.acknowledgement,
        s.validation,
        s.personalization,
        s.confrontation,
    ] {
        assert!((0.0..=1.0).contains(&v), "score {v} out of [0, 1]");
    }
    assert!(
        (0.0..=100.0).contains(&s.overall),
        "overall {} out of [0, 100]",
        s.overall
    );
    assert_eq!(
        verdict.passed,
        !verdict.violations.iter().any(|v| verdict.fails(v)),
        "passed disagrees with the violations"
    );
    for v in &verdict.violations {
        let raw = span_text(&text, v.span, &v.rule);
        assert_eq!(
            raw, v.text,
            "violation {} text differs from its span",
            v.rule
        );
        assert_eq!(
            v.start,
            document.position(v.span.start),
            "violation {} start",
            v.rule
        );
        assert_eq!(
            v.end,
            document.position(v.span.end),
            "violation {} end",
            v.rule
        );
        assert!(
            !v.message.is_empty(),
            "violation {} without a message",
            v.rule
        );
    }
}

/// `report.apply(text, ids)`: when no selected suggestion can be applied the text comes back
/// unchanged; otherwise the text before the first applicable edit (less the space a removal may
/// take along) is kept.
fn check_apply(text: &str, report: &Report, ids: &[usize]) {
    let out = report.apply(text, ids);
    let applicable = |s: &&Suggestion| {
        ids.contains(&s.id)
            && s.span.start <= s.span.end
            && text.get(s.span.start..s.span.end).is_some()
            && match s.kind {
                SuggestionKind::Replace | SuggestionKind::Insert => !s.replacements.is_empty(),
                SuggestionKind::Remove => true,
                SuggestionKind::Rephrase => false,
            }
    };
    match report
        .suggestions
        .iter()
        .filter(applicable)
        .map(|s| s.span.start)
        .min()
    {
        None => assert_eq!(out, text, "nothing applicable, yet the text changed"),
        Some(first) => {
            let keep = if text[..first].ends_with(' ') {
                first - 1
            } else {
                first
            };
            assert!(
                out.starts_with(&text[..keep]),
                "text before the first edit at {first} changed: {out:?}"
            );
        }
    }
}

/// The invariants of any report on `text` analysed under `ctx`.
pub fn check_report(text: &str, ctx: &Context, report: &Report) {
    let s = &report.scores;
    for (name, v) in [
        ("acknowledgement", s.acknowledgement),
        ("validation", s.validation),
        ("personalization", s.personalization),
        ("confrontation", s.confrontation),
    ] {
        assert!((0.0..=1.0).contains(&v), "{name} score {v} out of [0, 1]");
    }
    assert!(
        (0.0..=100.0).contains(&s.overall),
        "overall {} out of [0, 100]",
        s.overall
    );
    assert_eq!(
        s.active_listening.is_some(),
        ctx.get_customer_message().is_some(),
        "active listening is scored exactly when the customer's message is known"
    );
    if let Some(v) = s.active_listening {
        assert!(
            (0.0..=1.0).contains(&v),
            "active listening {v} out of [0, 1]"
        );
    }

    let mut at = 0;
    for f in &report.findings {
        let raw = span_text(text, f.span, &f.rule);
        assert_eq!(raw, f.text, "finding {} text differs from its span", f.rule);
        assert!(!raw.is_empty(), "finding {} is empty", f.rule);
        assert!(
            f.weight.is_finite(),
            "finding {} weight {}",
            f.rule,
            f.weight
        );
        assert!(
            f.span.start >= at,
            "findings out of text order at {}",
            f.rule
        );
        at = f.span.start;
    }

    for (i, sg) in report.suggestions.iter().enumerate() {
        assert_eq!(sg.id, i, "suggestion ids are their indices");
        span_text(text, sg.span, &sg.rule);
        assert!(
            !sg.message.is_empty(),
            "suggestion {} without a message",
            sg.rule
        );
        match sg.kind {
            SuggestionKind::Insert => {
                assert!(
                    sg.span.is_empty(),
                    "insertion {} with a non-empty span",
                    sg.rule
                );
                assert!(
                    !sg.replacements.is_empty(),
                    "insertion {} inserts nothing",
                    sg.rule
                );
            }
            SuggestionKind::Replace => {
                assert!(
                    !sg.replacements.is_empty(),
                    "replacement {} without texts",
                    sg.rule
                );
            }
            SuggestionKind::Remove => {
                assert!(sg.replacements.is_empty(), "removal {} with texts", sg.rule);
            }
            // A rephrase may carry wording for the agent to adapt.
            SuggestionKind::Rephrase => {}
        }
    }

    match (&report.customer, ctx.get_customer_message()) {
        (None, None) => {}
        (Some(customer), Some(message)) => {
            for e in &customer.emotions {
                assert!(
                    (0.0..=1.0).contains(&e.intensity),
                    "emotion intensity {}",
                    e.intensity
                );
                for &span in &e.evidence {
                    span_text(message, span, "emotion evidence");
                }
            }
            for t in &customer.key_terms {
                assert_eq!(
                    span_text(message, t.span, "key term"),
                    t.text,
                    "key term text"
                );
            }
            for q in &customer.questions {
                span_text(message, q.span, "question");
            }
        }
        (customer, message) => panic!(
            "a customer section ({}) without a customer message ({})",
            customer.is_some(),
            message.is_some()
        ),
    }
}

/// The slice of `text` under `span`, asserting that it fits on char boundaries.
fn span_text<'t>(text: &'t str, span: Span, what: &str) -> &'t str {
    assert!(span.start <= span.end, "{what}: reversed span {span:?}");
    match span.get(text) {
        Some(raw) => raw,
        None => panic!(
            "{what}: span {span:?} does not slice a text of {} bytes",
            text.len()
        ),
    }
}

/// The input split at `0xFF` into `N` fields (the last one takes the rest; missing ones are
/// empty), each decoded lossily.
fn fields<const N: usize>(data: &[u8]) -> [Cow<'_, str>; N] {
    let mut parts = data.splitn(N, |&b| b == 0xFF);
    std::array::from_fn(|_| String::from_utf8_lossy(parts.next().unwrap_or_default()))
}
