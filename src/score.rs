//! How findings become scores. The formulas are documented in `lexicons/README.md` ("Scoring").

use std::sync::LazyLock;

use crate::{Dimension, Finding, Scores};

/// The evidence each scored dimension sums, with factors: `(dimension, [(source, factor)])`.
const FEEDS: [(Dimension, &[(Dimension, f64)]); 4] = [
    (
        Dimension::Acknowledgement,
        &[
            (Dimension::Acknowledgement, 1.0),
            (Dimension::ActiveListening, 1.0),
            (Dimension::Apology, 0.5),
        ],
    ),
    (
        Dimension::Validation,
        &[
            (Dimension::Validation, 1.0),
            (Dimension::Reassurance, 0.5),
            (Dimension::Apology, 0.5),
        ],
    ),
    (
        Dimension::Personalization,
        &[
            (Dimension::Personalization, 1.0),
            (Dimension::Ownership, 0.5),
        ],
    ),
    (
        Dimension::Confrontation,
        &[
            (Dimension::Confrontation, 1.0),
            (Dimension::NegativeFraming, 0.5),
        ],
    ),
];

/// The supporting signals summed into the `support` part of `overall`.
const SUPPORT: [Dimension; 5] = [
    Dimension::Apology,
    Dimension::Gratitude,
    Dimension::Ownership,
    Dimension::Proactive,
    Dimension::Reassurance,
];

/// The evidence at which a score reaches `1 - 1/e` (about 0.63).
const SCALE: f64 = 2.0;

/// The saturating function: 0 for no evidence, rising steeply, never reaching 1.
pub(crate) fn saturate(evidence: f64) -> f64 {
    // Most replies have no evidence on some dimensions; those need no `exp`.
    if evidence > 0.0 {
        1.0 - (-evidence / SCALE).exp()
    } else {
        0.0
    }
}

fn round(x: f64, places: i32) -> f64 {
    let m = 10f64.powi(places);
    (x * m).round() / m
}

/// Computes the scores of a set of findings.
pub(crate) fn scores(findings: &[Finding]) -> Scores {
    // About half of all replies have no finding, and so these scores.
    static NONE: LazyLock<Scores> = LazyLock::new(|| sum_up(&[]));
    if findings.is_empty() {
        return *NONE;
    }
    sum_up(findings)
}

#[inline]
fn sum_up(findings: &[Finding]) -> Scores {
    let mut sums = [0.0f64; Dimension::ALL.len()];
    for f in findings {
        let w = if f.dimension.is_negative() {
            -f.weight
        } else {
            f.weight
        };
        sums[f.dimension.index()] += w;
    }
    let mut s = [0.0; 4];
    for (i, (_, feeds)) in FEEDS.iter().enumerate() {
        s[i] = saturate(feeds.iter().map(|(d, k)| k * sums[d.index()]).sum());
    }
    let support = saturate(SUPPORT.iter().map(|d| sums[d.index()]).sum());
    let [ack, val, pers, conf] = s;
    let warmth = 0.30 * ack + 0.30 * val + 0.25 * pers + 0.15 * support;
    let overall = 100.0 * (0.35 + 0.65 * warmth) * (1.0 - 0.85 * conf);
    Scores {
        acknowledgement: round(ack, 3),
        validation: round(val, 3),
        personalization: round(pers, 3),
        confrontation: round(conf, 3),
        overall: round(overall.clamp(0.0, 100.0), 1),
        active_listening: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saturates() {
        assert_eq!(saturate(0.0), 0.0);
        assert_eq!(saturate(-3.0), 0.0);
        assert_eq!(saturate(f64::NAN), 0.0);
        assert!((saturate(2.0) - 0.632).abs() < 1e-3);
        assert!(saturate(1e9) <= 1.0);
        assert!(saturate(1.0) < saturate(2.0));
    }

    #[test]
    fn empty_is_neutral() {
        let s = scores(&[]);
        // The scores kept for replies without findings are the formula's.
        assert_eq!(s, sum_up(&[]));
        assert_eq!(
            (s.acknowledgement, s.confrontation, s.overall),
            (0.0, 0.0, 35.0)
        );
    }
}
