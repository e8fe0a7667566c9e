//! The dimensions replytone scores and the supporting signals that feed them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// What a finding is evidence of.
///
/// The first four are the scored dimensions of a [`Scores`](crate::Scores); the others are
/// supporting signals that feed them (see `lexicons/README.md` for the table).
///
/// ```
/// use replytone::Dimension;
/// assert_eq!("confrontation".parse::<Dimension>(), Ok(Dimension::Confrontation));
/// assert_eq!(Dimension::NegativeFraming.name(), "negative_framing");
/// assert!(Dimension::Validation.is_scored() && !Dimension::Apology.is_scored());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// The reply shows the customer's message and situation were received and understood.
    Acknowledgement,
    /// The reply names the customer's feelings or accepts their view as legitimate.
    Validation,
    /// The reply speaks to this customer, not to "Dear Customer".
    Personalization,
    /// Blame, dismissal, condescension, commands, passive aggression, policy-shielding, shouting.
    Confrontation,
    /// Apologies, graded from strong to plain.
    Apology,
    /// Thanks for the customer's patience, feedback or time.
    Gratitude,
    /// Ownership and commitment: "I'll make sure", "leave it with me".
    Ownership,
    /// Proactive help: "in the meantime", "I've also".
    Proactive,
    /// Reassurance: "it's not your fault", "we'll get this sorted".
    Reassurance,
    /// Saying what can't be done instead of what can.
    NegativeFraming,
    /// Active-listening markers: "you mentioned", "just to confirm".
    ActiveListening,
}

impl Dimension {
    /// Every dimension and signal, in a fixed order.
    pub const ALL: [Dimension; 11] = [
        Dimension::Acknowledgement,
        Dimension::Validation,
        Dimension::Personalization,
        Dimension::Confrontation,
        Dimension::Apology,
        Dimension::Gratitude,
        Dimension::Ownership,
        Dimension::Proactive,
        Dimension::Reassurance,
        Dimension::NegativeFraming,
        Dimension::ActiveListening,
    ];

    /// The four scored dimensions.
    pub const SCORED: [Dimension; 4] = [
        Dimension::Acknowledgement,
        Dimension::Validation,
        Dimension::Personalization,
        Dimension::Confrontation,
    ];

    /// The name used in lexicons, rule ids and JSON.
    pub const fn name(self) -> &'static str {
        match self {
            Dimension::Acknowledgement => "acknowledgement",
            Dimension::Validation => "validation",
            Dimension::Personalization => "personalization",
            Dimension::Confrontation => "confrontation",
            Dimension::Apology => "apology",
            Dimension::Gratitude => "gratitude",
            Dimension::Ownership => "ownership",
            Dimension::Proactive => "proactive",
            Dimension::Reassurance => "reassurance",
            Dimension::NegativeFraming => "negative_framing",
            Dimension::ActiveListening => "active_listening",
        }
    }

    /// Whether this is one of the four scored dimensions.
    pub const fn is_scored(self) -> bool {
        matches!(
            self,
            Dimension::Acknowledgement
                | Dimension::Validation
                | Dimension::Personalization
                | Dimension::Confrontation
        )
    }

    /// Whether findings of this dimension hurt (their lexicon weights are negative).
    pub const fn is_negative(self) -> bool {
        matches!(self, Dimension::Confrontation | Dimension::NegativeFraming)
    }

    pub(crate) const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error of parsing an unknown dimension name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownDimension(pub String);

impl fmt::Display for UnknownDimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown dimension {:?}", self.0)
    }
}

impl std::error::Error for UnknownDimension {}

impl FromStr for Dimension {
    type Err = UnknownDimension;

    fn from_str(s: &str) -> Result<Dimension, UnknownDimension> {
        Dimension::ALL
            .into_iter()
            .find(|d| d.name() == s)
            .ok_or_else(|| UnknownDimension(s.to_string()))
    }
}
