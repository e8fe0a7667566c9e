//! Reading the customer's message: emotions, key terms, questions; and active listening, which
//! checks the reply against them.
//!
//! Spans in a [`Customer`] point into the customer's message, not into the reply.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Span;

/// An emotion a customer's message can carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmotionKind {
    /// "I'm fed up", "still waiting", "for the third time".
    Frustration,
    /// "unacceptable", "furious", ALL-CAPS, "!!".
    Anger,
    /// "worried", "hacked", "is my money safe".
    Anxiety,
    /// "confused", "makes no sense", "how do I".
    Confusion,
    /// "disappointed", "arrived broken", "not what I ordered".
    Disappointment,
    /// "urgent", "ASAP", "by Friday".
    Urgency,
}

impl EmotionKind {
    /// Every emotion, in a fixed order.
    pub const ALL: [EmotionKind; 6] = [
        EmotionKind::Frustration,
        EmotionKind::Anger,
        EmotionKind::Anxiety,
        EmotionKind::Confusion,
        EmotionKind::Disappointment,
        EmotionKind::Urgency,
    ];

    /// The name used in lexicons and JSON.
    pub const fn name(self) -> &'static str {
        match self {
            EmotionKind::Frustration => "frustration",
            EmotionKind::Anger => "anger",
            EmotionKind::Anxiety => "anxiety",
            EmotionKind::Confusion => "confusion",
            EmotionKind::Disappointment => "disappointment",
            EmotionKind::Urgency => "urgency",
        }
    }

    /// Whether a customer with this emotion is upset, so that a purely procedural reply misses
    /// something (confusion and urgency ask for clarity and speed rather than empathy).
    pub const fn is_upset(self) -> bool {
        matches!(
            self,
            EmotionKind::Frustration
                | EmotionKind::Anger
                | EmotionKind::Anxiety
                | EmotionKind::Disappointment
        )
    }
}

impl fmt::Display for EmotionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for EmotionKind {
    type Err = crate::UnknownDimension;

    fn from_str(s: &str) -> Result<EmotionKind, Self::Err> {
        EmotionKind::ALL
            .into_iter()
            .find(|e| e.name() == s)
            .ok_or_else(|| crate::UnknownDimension(s.to_string()))
    }
}

/// One emotion found in the customer's message.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Emotion {
    /// Which emotion.
    pub kind: EmotionKind,
    /// How strongly, in `[0, 1]` (the saturating function of the scores).
    pub intensity: f64,
    /// Where in the customer's message.
    pub evidence: Vec<Span>,
}

/// What a key term is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermKind {
    /// A number or identifier: an order or ticket number, an amount, a date.
    Entity,
    /// A thing the customer owns or talks about ("my refund", "the package").
    Thing,
    /// Another content word.
    Word,
}

/// A key term of the customer's problem.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct KeyTerm {
    /// The term as the customer wrote it (first occurrence).
    pub text: String,
    /// Where it first occurs in the customer's message.
    #[serde(flatten)]
    pub span: Span,
    /// What it is.
    pub kind: TermKind,
    /// Whether the reply picks it up (the same word or an inflection of it).
    pub echoed: bool,
}

/// A question the customer asked.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// The question as written.
    pub text: String,
    /// Where it is in the customer's message.
    #[serde(flatten)]
    pub span: Span,
    /// Whether the reply addresses it (see [`Customer`] for the heuristic).
    pub addressed: bool,
}

/// What replytone read in the customer's message, and how the reply answered it.
///
/// Heuristics, and their limits:
/// - **Key terms** are the message's content words (not stop words), numbers and identifiers,
///   at most twelve, entities and "things" (a word after *my*, *our*, *the*, *this*, *your*,
///   past describers such as *new* or *broken*: "my new headphones" names *headphones*)
///   first. A term is echoed when the reply contains it or an inflection with the same stem
///   (*refunds*/*refund*, *charged*/*charge*); synonyms are not recognised.
/// - **Questions** are sentences ending in `?`, or starting with a question word or an
///   auxiliary (*how*, *where*, *can*, *is*, ...). A question is addressed when the reply shares
///   one of its content words or entities. That catches "where is my refund?" answered with
///   "your refund ...", not an answer that uses other words.
/// - **Emotions** come from `lexicons/en/emotion.lex`, with negation and intensifiers as in
///   the reply.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Customer {
    /// The emotions, strongest first.
    pub emotions: Vec<Emotion>,
    /// The key terms of the problem.
    pub key_terms: Vec<KeyTerm>,
    /// The questions asked.
    pub questions: Vec<Question>,
}

// `Clone` by hand for `clone_from`, which reuses the vectors and strings already there: the
// reading of a customer's message is copied into the report on every analysis, and a compose
// box re-scoring a draft must not allocate (see `Analyzer::analyze_into`).

impl Clone for Emotion {
    fn clone(&self) -> Emotion {
        Emotion {
            kind: self.kind,
            intensity: self.intensity,
            evidence: self.evidence.clone(),
        }
    }

    fn clone_from(&mut self, source: &Emotion) {
        self.kind = source.kind;
        self.intensity = source.intensity;
        self.evidence.clone_from(&source.evidence);
    }
}

impl Clone for KeyTerm {
    fn clone(&self) -> KeyTerm {
        KeyTerm {
            text: self.text.clone(),
            span: self.span,
            kind: self.kind,
            echoed: self.echoed,
        }
    }

    fn clone_from(&mut self, source: &KeyTerm) {
        self.text.clone_from(&source.text);
        self.span = source.span;
        self.kind = source.kind;
        self.echoed = source.echoed;
    }
}

impl Clone for Question {
    fn clone(&self) -> Question {
        Question {
            text: self.text.clone(),
            span: self.span,
            addressed: self.addressed,
        }
    }

    fn clone_from(&mut self, source: &Question) {
        self.text.clone_from(&source.text);
        self.span = source.span;
        self.addressed = source.addressed;
    }
}

impl Clone for Customer {
    fn clone(&self) -> Customer {
        Customer {
            emotions: self.emotions.clone(),
            key_terms: self.key_terms.clone(),
            questions: self.questions.clone(),
        }
    }

    fn clone_from(&mut self, source: &Customer) {
        self.emotions.clone_from(&source.emotions);
        self.key_terms.clone_from(&source.key_terms);
        self.questions.clone_from(&source.questions);
    }
}

impl Customer {
    /// The strongest emotion that makes the customer upset, if any reaches `0.3`.
    pub fn upset(&self) -> Option<&Emotion> {
        self.emotions
            .iter()
            .filter(|e| e.kind.is_upset() && e.intensity >= 0.3)
            .max_by(|a, b| a.intensity.total_cmp(&b.intensity))
    }
}

/// A crude English stemmer for echo matching: lower case, then common inflectional suffixes and
/// a final `e` or `y` removed (`refunds` -> `refund`, `charged`/`charge` -> `charg`,
/// `delivery`/`delivered` -> `deliver`).
pub(crate) fn stem_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        // Every reply word is stemmed when a customer message is given: the common case is
        // lower-cased a byte at a time, not a char at a time.
        out.push_str(word);
        out.make_ascii_lowercase();
        if out.contains('\'') {
            out.retain(|c| c != '\'');
        }
    } else {
        out.extend(
            word.chars()
                .flat_map(char::to_lowercase)
                .filter(|c| *c != '\''),
        );
    }
    for suffix in ["ies", "ied", "ing", "es", "ed", "s"] {
        if out.len() > suffix.len() + 2
            && out.ends_with(suffix)
            && !(suffix == "s" && out.ends_with("ss"))
        {
            out.truncate(out.len() - suffix.len());
            if suffix.starts_with("ie") {
                out.push('y');
            }
            break;
        }
    }
    if out.len() > 4 && (out.ends_with('e') || out.ends_with('y')) {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_group_inflections() {
        let stem = |w: &str| {
            let mut s = String::new();
            stem_into(w, &mut s);
            s
        };
        for group in [
            &["refund", "refunds", "refunded", "Refunding"][..],
            &["charge", "charged", "charges"],
            &["delivery", "delivered", "deliveries"],
            &["package", "packages"],
            &["address", "addresses"],
        ] {
            let first = stem(group[0]);
            for w in group {
                assert_eq!(stem(w), first, "{w}");
            }
        }
        assert_ne!(stem("order"), stem("ordinary"));
        // ASCII and other text are folded alike.
        assert_eq!(stem("DON'T"), "dont");
        assert_eq!(stem("Ünïcode's"), "ünïcod");
        assert_eq!(stem("ÉTÉ"), stem("été"));
    }
}
