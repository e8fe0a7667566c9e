//! Checking one response against a policy: a [`Verdict`] with [`Violation`]s that point at
//! lines and columns as well as byte offsets.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::suppress::{self, Suppressions};
use crate::{
    Analyzer, Context, Dimension, Document, Policy, Position, Scores, Severity, Span, score,
};

/// The rules that [`check`] itself applies, besides the lexicons' rules, with what each means.
/// Their ids can be given severities, disabled and suppressed like any other rule.
pub const CHECKS: &[(&str, &str)] = &[
    (
        "policy.min-overall",
        "The overall score is below the policy's floor (`min_overall`).",
    ),
    (
        "policy.min-acknowledgement",
        "The reply does not show enough that the customer's message was understood \
         (`min_acknowledgement`).",
    ),
    (
        "policy.min-validation",
        "The reply does not name the customer's feelings or accept their view enough \
         (`min_validation`).",
    ),
    (
        "policy.min-personalization",
        "The reply does not speak to this customer enough (`min_personalization`).",
    ),
    (
        "policy.max-confrontation",
        "The reply is more confrontational than the policy allows (`max_confrontation`).",
    ),
    (
        "suppression.unknown-rule",
        "A suppression comment names a rule or group that no lexicon or check defines.",
    ),
];

/// One thing in a response that the policy objects to.
///
/// `span` is in bytes of the [`Document::text`]; `start` and `end` are places in the file the
/// document came from (1-based lines, columns in characters, byte offsets into the file).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Violation {
    /// The rule id: a lexicon rule (`confrontation.calm-down`) or one of the [`CHECKS`].
    pub rule: Arc<str>,
    /// The dimension of a lexicon rule's finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<Dimension>,
    /// How much it matters, after the policy's severity settings.
    pub severity: Severity,
    /// What is wrong and why, addressed to the writer.
    pub message: String,
    /// Ready-to-use replacements for the span, best first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replacements: Vec<String>,
    /// The offending bytes of the document's text (empty for a score of the whole response).
    pub span: Span,
    /// The offending text, `&document.text()[span]`.
    pub text: String,
    /// Where the span starts in the file.
    pub start: Position,
    /// Where the span ends in the file.
    pub end: Position,
}

/// The result of checking one response.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    /// Whether the response passes: no violation at or above `fail_on`.
    pub passed: bool,
    /// The lowest severity that fails a response under the policy in force.
    pub fail_on: Severity,
    /// The scores, after the policy's disabled rules are left out.
    pub scores: Scores,
    /// The violations, in file order.
    pub violations: Vec<Violation>,
    /// How many violations inline suppressions switched off.
    pub suppressed: usize,
}

impl Verdict {
    /// Whether a violation is one that fails the response.
    pub fn fails(&self, violation: &Violation) -> bool {
        violation.severity >= self.fail_on
    }
}

/// What a violation will be, before its positions are known.
struct Pending {
    rule: Arc<str>,
    dimension: Option<Dimension>,
    severity: Severity,
    message: String,
    replacements: Vec<String>,
    span: Span,
    /// Where it is in the file, when that is not in the document's text.
    at: Option<(Position, Position)>,
}

/// Checks a response against a policy.
///
/// The response is analysed (with inline suppression comments blanked out), the policy's
/// disabled rules are dropped and the scores recomputed, and every finding with a suggestion
/// becomes a violation with the policy's severity for its rule. The response is analysed as a
/// template or as a live reply as the policy says (see [`Context::template`]: in a live reply an
/// unfilled placeholder is an error, `context.unfilled-placeholder`). Scores below the policy's
/// floors and suppression comments that name unknown rules are violations too. Suppressed
/// violations are counted, not listed.
///
/// ```
/// use replytone::{Analyzer, Document, Policy, Severity, check};
/// let analyzer = Analyzer::default();
/// let policy = Policy::default();
///
/// let warm = Document::new("Hi {{first_name}}, I'm so sorry your parcel arrived damaged. \
///     That must be really frustrating. I've sent a replacement today.");
/// assert!(check(&analyzer, &policy, &warm).passed);
///
/// let cold = Document::new("Hello,\nCalm down. As I already said, not our problem.");
/// let verdict = check(&analyzer, &policy, &cold);
/// assert!(!verdict.passed);
/// let v = verdict.violations.iter().find(|v| &*v.rule == "confrontation.calm-down").unwrap();
/// assert_eq!((v.start.line, v.start.column), (2, 1));
/// assert_eq!(v.text, "Calm down");
/// assert!(verdict.violations.iter().any(|v| v.severity == Severity::Error));
/// ```
pub fn check(analyzer: &Analyzer, policy: &Policy, document: &Document) -> Verdict {
    let rules = policy.rules_for(document.path());
    let original = document.text();
    let directives = suppress::scan(original);
    let text: Cow<'_, str> = if directives.is_empty() {
        Cow::Borrowed(original)
    } else {
        let mut bytes = original.as_bytes().to_vec();
        for d in &directives {
            for b in &mut bytes[d.span.start..d.span.end] {
                if *b != b'\n' && *b != b'\r' {
                    *b = b' ';
                }
            }
        }
        // Directive spans start and end on ASCII bytes, so whole characters were replaced.
        Cow::Owned(String::from_utf8_lossy(&bytes).into_owned())
    };
    let context = Context::new().template(rules.template);
    let mut report = analyzer.analyze_with(&text, &context);
    // Disabled and suppressed findings do not count in the scores either.
    let sup = Suppressions::new(&text, &directives, &document.inherited);
    let before = report.findings.len();
    report
        .findings
        .retain(|f| !rules.disabled(&f.rule) && !sup.covers(&f.rule, f.span.start));
    report.suggestions.retain(|s| !rules.disabled(&s.rule));
    if report.findings.len() != before {
        let kept = score::scores(&report.findings);
        report.scores = Scores {
            acknowledgement: kept.acknowledgement,
            validation: kept.validation,
            personalization: kept.personalization,
            confrontation: kept.confrontation,
            overall: kept.overall,
            ..report.scores
        };
    }

    let mut pending = Vec::new();
    let mut suppressed = 0;
    let mut push = |p: Pending, suppressed_here: bool| {
        if rules.disabled(&p.rule) {
            return;
        }
        let severity = match rules.severity(&p.rule) {
            Some(None) => return,
            Some(Some(s)) => s,
            None => p.severity,
        };
        if severity < rules.report_on && severity < rules.fail_on {
            return;
        }
        if suppressed_here {
            suppressed += 1;
        } else {
            pending.push(Pending { severity, ..p });
        }
    };

    for sg in &report.suggestions {
        push(
            Pending {
                rule: Arc::clone(&sg.rule),
                dimension: Some(sg.dimension),
                severity: sg.severity,
                message: sg.message.clone(),
                replacements: sg.replacements.clone(),
                span: sg.span,
                at: None,
            },
            sup.covers(&sg.rule, sg.span.start),
        );
    }

    // Scores of the whole response point at its first character.
    let first = text.len() - text.trim_start().len();
    let whole = Span::new(first, first);
    let s = &report.scores;
    let summary = format!(
        "acknowledgement {:.2}, validation {:.2}, personalization {:.2}, confrontation {:.2}",
        s.acknowledgement, s.validation, s.personalization, s.confrontation
    );
    let mut score_rule = |rule: &'static str, message: String| {
        push(
            Pending {
                rule: Arc::from(rule),
                dimension: None,
                severity: Severity::Error,
                message,
                replacements: Vec::new(),
                span: whole,
                at: None,
            },
            sup.covers_response(rule),
        );
    };
    if let Some(min) = rules.min_overall {
        if s.overall < min {
            score_rule(
                "policy.min-overall",
                format!(
                    "overall score {:.1} is below the minimum {min} ({summary})",
                    s.overall
                ),
            );
        }
    }
    for (dimension, min) in rules.min {
        let (Some(min), Some(value)) = (min, s.get(dimension)) else {
            continue;
        };
        if value < min {
            let rule = match dimension {
                Dimension::Acknowledgement => "policy.min-acknowledgement",
                Dimension::Validation => "policy.min-validation",
                _ => "policy.min-personalization",
            };
            score_rule(
                rule,
                format!("{dimension} score {value:.2} is below the minimum {min}"),
            );
        }
    }
    if let Some(max) = rules.max_confrontation {
        if s.confrontation > max {
            score_rule(
                "policy.max-confrontation",
                format!(
                    "confrontation score {:.2} is above the maximum {max}",
                    s.confrontation
                ),
            );
        }
    }

    // The ids that name a finding's rule (its groups and itself), gathered once: a text can
    // hold many directives and many findings.
    let named: HashSet<&str> = report
        .findings
        .iter()
        .flat_map(|f| suppress::ids_naming(&f.rule))
        .collect();
    let known = |id: &str| policy.catalog().knows(id) || named.contains(id);
    let unknown = |id: &str, span: Span, at: Option<(Position, Position)>| Pending {
        rule: Arc::from("suppression.unknown-rule"),
        dimension: None,
        severity: Severity::Warning,
        message: format!(
            "the suppression names {id:?}, which no lexicon or check defines: it suppresses nothing"
        ),
        replacements: Vec::new(),
        span,
        at,
    };
    for d in &directives {
        for (id, span) in &d.ids {
            if !known(id) {
                push(unknown(id, *span, None), false);
            }
        }
    }
    for i in document.inherited.iter().filter(|i| i.report) {
        for (id, at) in &i.ids {
            if !known(id) {
                let end = Position {
                    column: at.column + id.chars().count(),
                    offset: at.offset + id.len(),
                    ..*at
                };
                push(unknown(id, Span::new(0, 0), Some((*at, end))), false);
            }
        }
    }

    let offsets: Vec<usize> = pending
        .iter()
        .flat_map(|p| [p.span.start, p.span.end])
        .collect();
    let positions = document.positions(&offsets);
    let mut violations: Vec<Violation> = pending
        .into_iter()
        .zip(positions.chunks(2))
        .map(|(p, pos)| {
            let (start, end) = p.at.unwrap_or((pos[0], pos[1]));
            Violation {
                text: original
                    .get(p.span.start..p.span.end)
                    .unwrap_or_default()
                    .to_string(),
                rule: p.rule,
                dimension: p.dimension,
                severity: p.severity,
                message: p.message,
                replacements: p.replacements,
                span: p.span,
                start,
                end,
            }
        })
        .collect();
    violations.sort_by(|a, b| {
        (a.start.offset, a.end.offset, &a.rule).cmp(&(b.start.offset, b.end.offset, &b.rule))
    });
    let passed = !violations.iter().any(|v| v.severity >= rules.fail_on);
    Verdict {
        passed,
        fail_on: rules.fail_on,
        scores: report.scores,
        violations,
        suppressed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(policy: &Policy, text: &str) -> Verdict {
        check(&Analyzer::default(), policy, &Document::new(text))
    }

    fn rules(v: &Verdict) -> Vec<&str> {
        v.violations.iter().map(|v| &*v.rule).collect()
    }

    #[test]
    fn public_types_are_send_sync_unwind_safe() {
        use std::panic::{RefUnwindSafe, UnwindSafe};
        fn assert_traits<T: Send + Sync + UnwindSafe + RefUnwindSafe>() {}
        assert_traits::<Policy>();
        assert_traits::<crate::PolicyBuilder>();
        assert_traits::<Document>();
        assert_traits::<crate::Reader>();
        assert_traits::<Verdict>();
        assert_traits::<Violation>();
        assert_traits::<Position>();
        assert_traits::<crate::Error>();
    }

    const COLD: &str = "Hello,\nCalm down. That's not our problem, talk to the courier.";

    #[test]
    fn default_policy_fails_errors_and_low_scores() {
        let v = run(&Policy::default(), COLD);
        assert!(!v.passed);
        let r = rules(&v);
        assert!(r.contains(&"policy.min-overall"), "{r:?}");
        assert!(r.contains(&"confrontation.calm-down"), "{r:?}");
        // Sorted by position: the score points at the first character.
        assert_eq!(r[0], "policy.min-overall");
        assert_eq!(
            (v.violations[0].start.line, v.violations[0].start.column),
            (1, 1)
        );
        let calm = v
            .violations
            .iter()
            .find(|x| &*x.rule == "confrontation.calm-down")
            .unwrap();
        assert_eq!(
            (calm.start.line, calm.start.column, calm.end.column),
            (2, 1, 10)
        );
        assert_eq!(calm.span, Span::new(7, 16));
        assert!(!calm.replacements.is_empty());
    }

    #[test]
    fn severities_and_disabled_rules() {
        let policy = Policy::builder()
            .min_overall(0.0)
            .severity("confrontation", Some(Severity::Info))
            .severity("confrontation.calm-down", Some(Severity::Error))
            .build()
            .unwrap();
        let v = run(&policy, COLD);
        assert_eq!(
            rules(&v),
            ["confrontation.calm-down"],
            "info is not reported by default"
        );
        assert!(!v.passed);

        let policy = Policy::builder()
            .min_overall(0.0)
            .severity("confrontation", None)
            .build()
            .unwrap();
        let v = run(&policy, COLD);
        assert!(rules(&v).is_empty());
        assert!(v.scores.confrontation > 0.0, "an `off` rule still counts");

        let policy = Policy::builder()
            .disable_rule("confrontation")
            .build()
            .unwrap();
        let v = run(&policy, COLD);
        assert_eq!(
            v.scores.confrontation, 0.0,
            "a disabled rule does not count"
        );
    }

    #[test]
    fn thresholds() {
        let policy = Policy::builder()
            .min_overall(0.0)
            .min_personalization(0.5)
            .max_confrontation(0.1)
            .report_on(Severity::Info)
            .build()
            .unwrap();
        let v = run(&policy, COLD);
        let r = rules(&v);
        assert!(r.contains(&"policy.min-personalization"), "{r:?}");
        assert!(r.contains(&"policy.max-confrontation"), "{r:?}");
        assert!(!r.contains(&"policy.min-overall"), "{r:?}");
    }

    #[test]
    fn template_mode() {
        let text =
            "Hi {{first_name}}, I'm so sorry your parcel is late. I've sent a new one today.";
        assert!(run(&Policy::default(), text).passed);
        let live = Policy::builder().template(false).build().unwrap();
        let v = run(&live, text);
        let p = v
            .violations
            .iter()
            .find(|x| &*x.rule == "context.unfilled-placeholder");
        assert_eq!(p.map(|x| x.text.as_str()), Some("{{first_name}}"));
        assert!(!v.passed);
    }

    #[test]
    fn suppressions() {
        let text = "Hi,\n<!-- replytone-disable-next-line confrontation.calm-down -->\nCalm down.\nCalm down.\n<!-- replytone-disable policy.min-overall, bogus.rule -->";
        let v = run(&Policy::default(), text);
        let calm: Vec<usize> = v
            .violations
            .iter()
            .filter(|x| &*x.rule == "confrontation.calm-down")
            .map(|x| x.start.line)
            .collect();
        assert_eq!(calm, [4]);
        assert!(!rules(&v).contains(&"policy.min-overall"));
        let unknown = v
            .violations
            .iter()
            .find(|x| &*x.rule == "suppression.unknown-rule")
            .unwrap();
        assert_eq!(unknown.text, "bogus.rule");
        assert_eq!(unknown.severity, Severity::Warning);
        assert!(v.suppressed >= 2);
        // The directive's own words are not analysed.
        assert!(v.violations.iter().all(|x| x.start.line != 2));
    }

    #[test]
    fn score_failures_need_a_disable_in_force_at_the_end() {
        let cold = "Calm down. It is not our problem. Deal with it.\n";
        for (suppression, suppressed) in [
            // A next-line region ending at the end of a text without a final newline.
            ("# replytone-disable-next-line\nThanks.", false),
            ("# replytone-disable-next-line\nThanks.\n", false),
            ("# replytone-disable policy\nThanks.", true),
        ] {
            let v = run(&Policy::default(), &format!("{cold}{suppression}"));
            assert!(v.scores.overall < 35.0, "{suppression:?}");
            assert_eq!(
                !rules(&v).contains(&"policy.min-overall"),
                suppressed,
                "{suppression:?}"
            );
        }
    }

    /// Many directives and many findings in one text: each finding's lookup and each id's
    /// check used to pass over all of the others, so 40,000 of each took 5.7 s through
    /// `check`. Timing is not asserted; this test turning slow is the sign.
    #[test]
    fn many_directives_and_findings() {
        let n = 20_000;
        let mut text = String::new();
        for i in 0..n {
            text.push_str(&format!(
                "# replytone-disable a{i}\n# replytone-enable b{i}\n\
                 # replytone-disable-next-line x.y\nCalm down.\n"
            ));
        }
        text.push_str(
            "# replytone-enable\n# replytone-disable-next-line confrontation\nCalm down.\n",
        );
        let v = run(&Policy::default(), &text);
        let count = |rule: &str| v.violations.iter().filter(|v| &*v.rule == rule).count();
        assert_eq!(count("confrontation.calm-down"), n);
        // a0.. and b0.. name no rule, x.y neither: one warning per directive that names one.
        assert_eq!(count("suppression.unknown-rule"), 3 * n);
        assert_eq!(v.suppressed, 1);
    }

    #[test]
    fn unknown_ids_after_wide_white_space() {
        // Separators of two and three bytes (U+00A0, U+3000) before the id.
        for (text, span, columns) in [
            (
                "# replytone-disable\u{a0}\u{a0}bogus.rule\nHi.\n",
                (23, 33),
                (22, 32),
            ),
            (
                "<!-- replytone-disable\u{3000}bogus.rule -->\nHi.",
                (25, 35),
                (24, 34),
            ),
        ] {
            let v = run(&Policy::default(), text);
            let u = v
                .violations
                .iter()
                .find(|x| &*x.rule == "suppression.unknown-rule")
                .unwrap();
            assert_eq!(u.text, "bogus.rule", "{text:?}");
            assert_eq!((u.span.start, u.span.end), span, "{text:?}");
            assert_eq!((u.start.offset, u.end.offset), span, "{text:?}");
            assert_eq!((u.start.column, u.end.column), columns, "{text:?}");
        }
    }
}
