//! The embedded lexicons: they compile, every entry holds its own examples, and they are big
//! enough to exercise the engine.

use replytone::{Analyzer, Dimension};

#[test]
fn every_entry_matches_its_examples() {
    let failures = Analyzer::default().check_examples();
    assert!(
        failures.is_empty(),
        "{} example failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn each_scored_dimension_has_at_least_60_entries() {
    let counts = Analyzer::default().rule_counts();
    for (dimension, rules, patterns) in counts {
        if dimension.is_scored() {
            assert!(rules >= 60, "{dimension}: {rules} entries");
        }
        assert!(
            patterns >= rules,
            "{dimension}: {patterns} patterns for {rules} rules"
        );
    }
}

#[test]
fn builder_reports_malformed_lexicons_with_source_and_line() {
    let entry = |pattern: &str| {
        format!("dimension: validation\n\n[ok]\npattern: {pattern}\nweight: 1\nmatch: so\n")
    };
    let deep = |n: usize| format!("{}so{}", "(".repeat(n), ")".repeat(n));
    let cases = [
        (entry("(so|very frustrating"), 4, "never closed"),
        // Used to overflow the stack and abort the process.
        (entry(&deep(5_000)), 4, "groups nest more than 32 deep"),
        (entry(&deep(33)), 4, "groups nest more than 32 deep"),
        (entry("so\nweight: 1e300"), 5, "from -100 to 100"),
        // An infinite intensifier times a dampener's factor 0 made a finding's weight NaN.
        (
            "dimension: modifiers\n[very]\npattern: very\nkind: intensifier\nweight: 1e300\n"
                .into(),
            5,
            "from -100 to 100",
        ),
        (
            "dimension: modifiers\n[boost]\npattern: mega\nkind: intensifier\nweight: 20\n".into(),
            5,
            "an intensifier weight must be greater than 0 and at most 10",
        ),
        (
            "dimension: modifiers\n[zero]\npattern: barely\nkind: dampener\nweight: -1\n".into(),
            5,
            "a dampener weight must be greater than -1 and less than 0",
        ),
        // A gap that a group or an optional part leaves at an end swallowed unrelated words:
        // "Per the FAQ, refunds take a week." became "The short answer is week."
        (entry("so (, *3)"), 4, "not at the end"),
        (entry("[very] *2 so"), 4, "not at the start"),
    ];
    for (text, line, needle) in cases {
        let Err(err) = Analyzer::builder()
            .add_lexicon_str("house.lex", text.as_str())
            .build()
        else {
            panic!("accepted: {text:?}");
        };
        assert_eq!(err.source_name(), Some("house.lex"), "{err}");
        assert_eq!(err.line(), Some(line), "{err}");
        assert!(
            err.to_string().starts_with(&format!("house.lex:{line}: ")),
            "{err}"
        );
        assert!(err.to_string().contains(needle), "{err}");
    }
    // As deep as allowed is fine.
    Analyzer::builder()
        .add_lexicon_str("house.lex", entry(&deep(32)))
        .build()
        .unwrap();
}

#[test]
fn builder_reports_unreadable_files_and_unknown_rules() {
    let err = Analyzer::builder()
        .add_lexicon_file("does/not/exist.lex")
        .build()
        .unwrap_err();
    assert!(err.to_string().starts_with("does/not/exist.lex: "), "{err}");
    let err = Analyzer::builder()
        .disable_rule("confrontation.no-such-rule")
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("confrontation.no-such-rule"),
        "{err}"
    );
}

#[test]
fn builder_reads_lexicon_files_as_utf8_without_a_byte_order_mark() {
    let dir = std::env::temp_dir().join(format!("replytone-lex-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let entry = "[so]\npattern: so very\nweight: 1\nmatch: so very\n";
    let cases: [(&str, Vec<u8>, Option<&str>); 3] = [
        (
            "bom.lex",
            format!("\u{feff}dimension: validation\n{entry}").into_bytes(),
            None,
        ),
        (
            "nonutf.lex",
            [
                b"dimension: validation\n# caf\xe9\n".as_slice(),
                entry.as_bytes(),
            ]
            .concat(),
            Some("nonutf.lex:2: not valid UTF-8 (byte 27)"),
        ),
        (
            "nonutf2.lex",
            [b"\xff\xfed\0i\0m\0".as_slice()].concat(),
            Some("nonutf2.lex:1: not valid UTF-8 (byte 0)"),
        ),
    ];
    for (name, bytes, want) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let got = Analyzer::builder().add_lexicon_file(&path).build();
        match (got, want) {
            (Ok(_), None) => {}
            (Err(e), Some(want)) => {
                let want = format!("{}", dir.join(want).display());
                assert_eq!(e.to_string(), want);
            }
            (got, want) => panic!("{name}: {:?}, want {want:?}", got.err()),
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_rule_defined_twice_across_lexicons_is_an_error() {
    let err = Analyzer::builder()
        .add_lexicon_str(
            "dup.lex",
            "dimension: confrontation\n[calm-down]\npattern: chill\nweight: -1\nkind: dismissive\nmessage: m\nreplace: r\nmatch: chill\n",
        )
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("already defined"), "{err}");
}

#[test]
fn custom_lexicons_alone() {
    let analyzer = Analyzer::builder()
        .default_lexicons(false)
        .add_lexicon_str("mini.lex", "dimension: gratitude\n[ty]\npattern: (thanks|thank you) [so much]\nweight: 1\nmatch: Thanks so much!\n")
        .build()
        .unwrap();
    let report = analyzer.analyze("Thank you so much, Ana.");
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].dimension, Dimension::Gratitude);
    assert_eq!(report.findings[0].text, "Thank you so much");
    assert!(analyzer.check_examples().is_empty());
}

#[test]
fn lexicon_sizes_meet_the_targets() {
    // Targets in `pattern:` lines: 150 for acknowledgement and validation, 400 for
    // confrontation, 60 for every other dimension and signal.
    for (dimension, _, patterns) in Analyzer::default().rule_counts() {
        let target = match dimension {
            Dimension::Acknowledgement | Dimension::Validation => 150,
            Dimension::Confrontation => 400,
            _ => 60,
        };
        assert!(
            patterns >= target,
            "{dimension}: {patterns} patterns, target {target}"
        );
    }
}

#[test]
fn every_confrontation_rule_says_why_and_what_instead() {
    // The parser enforces kind, message and a replacement (or fix: remove/rephrase) on every
    // confrontation entry; this checks the compiled result through the public API.
    let analyzer = Analyzer::default();
    let report = analyzer.analyze(
        "Calm down. Per my last email, you should have read the FAQ. That's not our problem!!",
    );
    for f in report
        .findings
        .iter()
        .filter(|f| f.dimension == Dimension::Confrontation && f.weight < 0.0)
    {
        assert!(f.kind.is_some(), "{}", f.rule);
        assert!(
            report
                .suggestions
                .iter()
                .any(|s| s.rule == f.rule && !s.message.is_empty()),
            "{}",
            f.rule
        );
    }
}
