//! The JSON report shape is a public contract: these tests pin its keys and value types.

use replytone::{Analyzer, Report};
use serde_json::Value;

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort();
    k
}

#[test]
fn report_shape() {
    let text = "Calm down. As I already said, the refund is processing.";
    let report = Analyzer::default().analyze(text);
    let v = serde_json::to_value(&report).unwrap();
    assert_eq!(keys(&v), ["findings", "scores", "suggestions"]);
    assert_eq!(
        keys(&v["scores"]),
        [
            "acknowledgement",
            "confrontation",
            "overall",
            "personalization",
            "validation"
        ]
    );
    for (_, s) in v["scores"].as_object().unwrap() {
        assert!(s.is_f64() || s.is_u64(), "{s}");
    }
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        for key in [
            "dimension",
            "rule",
            "start",
            "end",
            "text",
            "weight",
            "negated",
        ] {
            assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
        }
        let (start, end) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], f["text"].as_str().unwrap());
        assert!(
            f["rule"]
                .as_str()
                .unwrap()
                .starts_with(f["dimension"].as_str().unwrap())
                || f["negated"] == true
        );
    }
    let first = &findings[0];
    assert_eq!(first["dimension"], "confrontation");
    assert_eq!(first["rule"], "confrontation.calm-down");
    assert_eq!(
        (first["start"].as_u64(), first["end"].as_u64()),
        (Some(0), Some(9))
    );
    let suggestions = v["suggestions"].as_array().unwrap();
    let s = suggestions
        .iter()
        .find(|s| s["rule"] == "confrontation.calm-down")
        .expect("a suggestion for calm down");
    for key in [
        "kind",
        "dimension",
        "start",
        "end",
        "message",
        "replacements",
        "severity",
    ] {
        assert!(s.get(key).is_some(), "suggestion lacks {key}: {s}");
    }
    assert_eq!(s["kind"], "replace");
    assert!(["info", "warning", "error"].contains(&s["severity"].as_str().unwrap()));
    assert!(!s["replacements"].as_array().unwrap().is_empty());
}

#[test]
fn round_trips() {
    let report = Analyzer::default()
        .analyze("Hi Ana, per our policy you need to wait. Thanks for your patience!");
    let json = serde_json::to_string(&report).unwrap();
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
}
