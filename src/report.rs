//! The result of an analysis: scores, findings (the evidence) and suggestions (what to do).
//!
//! Everything here serializes with serde into the JSON shape documented in the README, which is
//! a public contract: fields may be added, never renamed or removed.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::{Customer, Dimension, Span};

/// Scores of one reply.
///
/// The four dimensions are in `[0, 1]`; `overall` is in `[0, 100]`. How they are computed is
/// documented in `lexicons/README.md` ("Scoring").
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Shows the customer's message was received and understood.
    pub acknowledgement: f64,
    /// Names the customer's feelings or accepts their view.
    pub validation: f64,
    /// Speaks to this customer.
    pub personalization: f64,
    /// Blame, dismissal, condescension and the like (higher is worse).
    pub confrontation: f64,
    /// Everything together: high when the reply acknowledges, validates and personalizes,
    /// pulled down by confrontation.
    pub overall: f64,
    /// Whether the reply listened to the customer's message: present only when the
    /// [`Context`](crate::Context) carries that message. In `[0, 1]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_listening: Option<f64>,
}

impl Scores {
    /// The score of one of the four scored dimensions, or `None` for a supporting signal.
    ///
    /// ```
    /// use replytone::{Analyzer, Dimension};
    /// let report = Analyzer::default().analyze("Calm down.");
    /// assert_eq!(report.scores.get(Dimension::Confrontation), Some(report.scores.confrontation));
    /// assert_eq!(report.scores.get(Dimension::Apology), None);
    /// ```
    pub fn get(&self, dimension: Dimension) -> Option<f64> {
        match dimension {
            Dimension::Acknowledgement => Some(self.acknowledgement),
            Dimension::Validation => Some(self.validation),
            Dimension::Personalization => Some(self.personalization),
            Dimension::Confrontation => Some(self.confrontation),
            _ => None,
        }
    }
}

/// One piece of evidence: a lexicon rule matched a span of the reply.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// What the finding is evidence of (a negated match may be re-read as another dimension).
    pub dimension: Dimension,
    /// The rule id, `dimension.name` as in the lexicon (`confrontation.calm-down`).
    pub rule: Arc<str>,
    /// Where it is: byte offsets into the analysed text.
    #[serde(flatten)]
    pub span: Span,
    /// The matched text, equal to `&text[start..end]`.
    pub text: String,
    /// The effective weight after modifiers, contrast and negation (0 when a negation cancels it).
    pub weight: f64,
    /// Whether a negator in the same clause changed the meaning of the match.
    pub negated: bool,
    /// The rule's sub-kind (`blame`, `dismissive`, `specific`, ...), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Arc<str>>,
}

/// What a suggestion does to the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    /// Replace the span with one of the replacements.
    Replace,
    /// Insert one of the replacements at `start` (`start == end`).
    Insert,
    /// Remove the span.
    Remove,
    /// Rewrite the passage: no mechanical edit fits. The message says how; `replacements`,
    /// when present, are wording for the agent to adapt. [`Report::apply`] leaves it out.
    Rephrase,
}

/// How much a suggestion matters.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Should be fixed.
    #[default]
    Warning,
    /// Must be fixed before sending.
    Error,
}

impl Severity {
    /// `info`, `warning` or `error`.
    pub const fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A concrete edit the agent can make, with the reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Its number in the report (the index in `suggestions`), for [`Report::apply`].
    #[serde(default)]
    pub id: usize,
    /// What the edit does.
    pub kind: SuggestionKind,
    /// The dimension the edit improves.
    pub dimension: Dimension,
    /// The rule that prompted it.
    pub rule: Arc<str>,
    /// The span to edit (empty for an insertion).
    #[serde(flatten)]
    pub span: Span,
    /// Why, addressed to the agent.
    pub message: String,
    /// Ready-to-use texts for the span, best first (empty for `remove` and `rephrase`).
    pub replacements: Vec<String>,
    /// How much it matters.
    pub severity: Severity,
}

/// Everything replytone found in one reply.
///
/// ```
/// let report = replytone::Analyzer::default().analyze("Calm down. As I already said, the refund is processing.");
/// assert!(report.scores.confrontation > 0.0);
/// let finding = &report.findings[0];
/// assert_eq!(finding.text, "Calm down");
/// assert_eq!(&*finding.rule, "confrontation.calm-down");
/// assert!(report.suggestions.iter().any(|s| s.span == finding.span && !s.replacements.is_empty()));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The scores.
    pub scores: Scores,
    /// The evidence, in text order.
    pub findings: Vec<Finding>,
    /// The suggested edits, in text order.
    pub suggestions: Vec<Suggestion>,
    /// What was read in the customer's message, when the context carries it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Customer>,
}

impl Report {
    /// The findings of one dimension or signal.
    pub fn findings_for(&self, dimension: Dimension) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(move |f| f.dimension == dimension)
    }

    /// Applies the suggestions with the given ids to `text` (the text this report is about)
    /// and returns the new text. `replace` uses the first replacement, `insert` inserts it,
    /// `remove` deletes the span (and a space next to it); `rephrase` changes nothing. A
    /// replacement that ends in `,`, `:` or `;` where the text goes on with one of those
    /// keeps its own ("Kindly note, the" -> "Just so you know, the"). An id given twice is
    /// applied once; an edit that overlaps one already applied, or whose span does not fit
    /// `text`, is skipped, so the result is always valid and text outside the applied spans
    /// is never touched.
    ///
    /// ```
    /// use replytone::Analyzer;
    /// let text = "Calm down, it ships Monday.";
    /// let report = Analyzer::default().analyze(text);
    /// let ids: Vec<usize> = report.suggestions.iter().map(|s| s.id).collect();
    /// let better = report.apply(text, &ids);
    /// assert!(!better.contains("Calm down"));
    /// assert!(Analyzer::default().analyze(&better).scores.overall >= report.scores.overall);
    /// ```
    pub fn apply(&self, text: &str, ids: &[usize]) -> String {
        let mut edits: Vec<(&Suggestion, &str)> = ids
            .iter()
            .filter_map(|&id| self.suggestions.iter().find(|s| s.id == id))
            .filter_map(|s| {
                let with = match s.kind {
                    SuggestionKind::Replace | SuggestionKind::Insert => {
                        s.replacements.first()?.as_str()
                    }
                    SuggestionKind::Remove => "",
                    SuggestionKind::Rephrase => return None,
                };
                let fits =
                    s.span.start <= s.span.end && text.get(s.span.start..s.span.end).is_some();
                fits.then_some((s, with))
            })
            .collect();
        edits.sort_by_key(|(s, _)| (s.span.start, s.span.end, s.id));
        edits.dedup_by_key(|(s, _)| s.id);
        let mut out = String::with_capacity(text.len() + 64);
        let mut at = 0;
        let mut capitalize = false;
        for (s, with) in edits {
            let (mut start, mut end) = (s.span.start, s.span.end);
            // Overlapping edits conflict: the first wins.
            if start < at {
                continue;
            }
            if s.kind == SuggestionKind::Remove {
                // Take one neighbouring space along, so "we obviously can" becomes "we can".
                if text[end..].starts_with(' ') {
                    end += 1;
                } else if start > at && text[..start].ends_with(' ') {
                    start -= 1;
                }
            }
            if s.kind == SuggestionKind::Replace
                && with.ends_with(CLAUSE_MARKS)
                && text[end..].starts_with(CLAUSE_MARKS)
            {
                // One mark between the clauses, the replacement's: not "know,, the".
                end += 1;
            }
            push_text(&mut out, &text[at..start], &mut capitalize);
            if s.kind == SuggestionKind::Remove && starts_sentence(&text[..start]) {
                // The removed words began a sentence: capitalize what begins it now.
                capitalize = true;
            }
            push_text(&mut out, with, &mut capitalize);
            if s.kind == SuggestionKind::Insert && with.trim_end().ends_with(['.', '!', '?']) {
                // An inserted sentence: what follows it starts a sentence.
                capitalize = true;
            }
            at = end;
        }
        push_text(&mut out, &text[at..], &mut capitalize);
        out
    }

    /// Applies every suggestion that can be applied (see [`Report::apply`]).
    pub fn apply_all(&self, text: &str) -> String {
        let ids: Vec<usize> = self.suggestions.iter().map(|s| s.id).collect();
        self.apply(text, &ids)
    }

    /// Whether a finding with this rule id is present (negated or not).
    pub fn has_rule(&self, rule: &str) -> bool {
        self.findings.iter().any(|f| &*f.rule == rule)
    }
}

/// Marks that end a clause a replacement may bring along.
const CLAUSE_MARKS: [char; 3] = [',', ':', ';'];

/// Appends `s`, upper-casing its first character when `capitalize` is set (and clearing it).
fn push_text(out: &mut String, s: &str, capitalize: &mut bool) {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if *capitalize => {
            out.extend(c.to_uppercase());
            out.push_str(chars.as_str());
            *capitalize = false;
        }
        _ => out.push_str(s),
    }
}

/// Whether text continuing after `before` starts a sentence.
pub(crate) fn starts_sentence(before: &str) -> bool {
    let t = before.trim_end_matches([' ', '\t']);
    t.is_empty() || t.ends_with(['.', '!', '?', '\n'])
}
