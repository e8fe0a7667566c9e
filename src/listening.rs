//! Reading the customer's message and checking that the reply listened to it.

use std::collections::HashMap;
use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashSet};

use crate::analyzer::{EMPTY_CONTEXT, Scratch};
use crate::customer::stem_into;
use crate::lexicon::MadeWith;
use crate::lexicon::trie::Item;
use crate::lexicon::word;
use crate::score::saturate;
use crate::text::tokenize_into;
use crate::{
    Analyzer, Customer, Dimension, Emotion, EmotionKind, Finding, KeyTerm, Question, Span,
    TermKind, Token, TokenKind,
};

/// At most this many key terms are kept.
const MAX_TERMS: usize = 12;

/// Words that make the next word a thing the customer owns or talks about.
const DETERMINERS: &[&str] = &[
    "my", "our", "the", "this", "your", "his", "her", "their", "that",
];

/// Words that describe the thing after a determiner rather than name it: in "my new
/// headphones" the thing is "headphones". Only words that are hardly ever the thing itself:
/// "my replacement arrived" names the replacement, so "replacement", "first" or "other" are
/// not here. "brand" describes only before "new".
const DESCRIBERS: &[&str] = &[
    "new",
    "old",
    "broken",
    "damaged",
    "defective",
    "faulty",
    "missing",
    "wrong",
    "delayed",
    "expensive",
    "recent",
    "latest",
    "whole",
    "entire",
    "little",
    "big",
    "small",
];

/// Words that open a question even without a question mark.
const QUESTION_OPENERS: &[&str] = &[
    "how", "where", "when", "why", "what", "which", "who", "can", "could", "would", "will", "is",
    "are", "do", "does", "did", "should", "has", "have",
];

/// Stems of the customer's message kept for checking the reply, as [`stem_hash`]es: per key
/// term, and per question its content stems.
#[derive(Default)]
pub(crate) struct Stems {
    terms: Vec<u64>,
    questions: Vec<Vec<u64>>,
}

/// A stem as a 64-bit hash: the reply's stems are a set of these, which re-scoring a draft
/// fills without allocating a string per word. A customer's stem sharing its hash with
/// another of the reply's would count as echoed: for a reply of ten thousand words, about one
/// chance in 10^15 per stem with the unkeyed hash used (words chosen to collide could do it,
/// and would only mark a term echoed).
fn stem_hash(stem: &str) -> u64 {
    FxBuildHasher.hash_one(stem)
}

/// The last customer message read on this thread, with what was read in it. A compose box
/// re-scores each draft against the same message, which is then read once, not on every
/// keystroke.
#[derive(Default)]
pub(crate) struct Reading {
    /// The lexicons that read it: another analyzer reads the message again.
    lexicon: MadeWith,
    message: String,
    pub customer: Customer,
    pub stems: Stems,
}

/// What [`Analyzer::listen`] reuses between calls.
#[derive(Default)]
pub(crate) struct ListenBuffers {
    reply_stems: FxHashSet<u64>,
    stem: String,
}

impl Analyzer {
    /// The emotion rules that match `message` and are not negated (for checking examples).
    pub(crate) fn emotion_rules_in(&self, message: &str) -> Vec<u32> {
        let mut s = Scratch::default();
        s.placeholders = tokenize_into(message, &mut s.tokens);
        self.stream(message, EMPTY_CONTEXT, &mut s);
        self.lexicon
            .emotion_trie
            .scan(&s.items, &mut s.search, &mut s.matches);
        s.matches
            .iter()
            .filter(|m| !crate::analyzer::negated(&s.items, m.start))
            .map(|m| m.rule)
            .collect()
    }

    /// Reads the customer's message into `s.reading`, unless it holds this message read by
    /// these lexicons already.
    pub(crate) fn read_customer_once(&self, message: &str, s: &mut Scratch) {
        let r = &s.reading;
        if r.message == message && r.lexicon.is(&self.lexicon) {
            return;
        }
        let (customer, stems) = self.read_customer(message, s);
        let r = &mut s.reading;
        r.lexicon.set(&self.lexicon);
        r.message.clear();
        r.message.push_str(message);
        r.customer = customer;
        r.stems = stems;
    }

    /// Reads the customer's message: emotions, key terms and questions.
    fn read_customer(&self, message: &str, s: &mut Scratch) -> (Customer, Stems) {
        let lex = &*self.lexicon;
        s.placeholders = tokenize_into(message, &mut s.tokens);
        self.stream(message, EMPTY_CONTEXT, s);
        s.matches.clear();
        lex.emotion_trie
            .scan(&s.items, &mut s.search, &mut s.matches);

        let mut sums = [0.0f64; EmotionKind::ALL.len()];
        let mut evidence: [Vec<Span>; EmotionKind::ALL.len()] = Default::default();
        for m in &s.matches {
            if crate::analyzer::negated(&s.items, m.start) {
                continue;
            }
            let rule = &lex.emotion_rules[m.rule as usize];
            let k = rule.emotion as usize;
            sums[k] += rule.weight * self.scale(&s.items, m.start, m.end);
            evidence[k].push(Span::new(
                s.tokens[s.items[m.start].tok as usize].span.start,
                s.tokens[s.items[m.end - 1].tok as usize].span.end,
            ));
        }
        let mut emotions: Vec<Emotion> = EmotionKind::ALL
            .iter()
            .zip(evidence)
            .filter(|(k, _)| sums[**k as usize] > 0.0)
            .map(|(k, ev)| Emotion {
                kind: *k,
                intensity: (saturate(sums[*k as usize]) * 1000.0).round() / 1000.0,
                evidence: ev,
            })
            .collect();
        emotions.sort_by(|a, b| {
            b.intensity
                .total_cmp(&a.intensity)
                .then(a.kind.cmp(&b.kind))
        });

        // Key terms: content words, numbers and identifiers, deduplicated by stem. Tokens inside
        // an emotion's evidence are not terms. Tokens come in text order, so the evidence spans,
        // sorted by start, are walked once: a token lies inside one of them when the furthest end
        // among those starting at or before it reaches its end.
        let mut evidence: Vec<Span> = emotions
            .iter()
            .flat_map(|e| e.evidence.iter().copied())
            .collect();
        evidence.sort_unstable_by_key(|ev| ev.start);
        let mut next_ev = 0;
        let mut covered_to = 0;
        // Per stem, its index in `terms`; a term is its first occurrence, its kind and its
        // place in the item stream.
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut terms: Vec<(Span, TermKind, usize)> = Vec::new();
        let mut stem = String::new();
        // Whether the last words were a determiner and any describers after it: the next
        // word is then a thing.
        let mut after_determiner = false;
        for (order, it) in s.items.iter().enumerate() {
            let tok = s.tokens[it.tok as usize];
            while let Some(ev) = evidence
                .get(next_ev)
                .filter(|ev| ev.start <= tok.span.start)
            {
                covered_to = covered_to.max(ev.end);
                next_ev += 1;
            }
            if next_ev > 0 && tok.span.end <= covered_to {
                after_determiner = false;
                continue;
            }
            let raw = &message[tok.span.start..tok.span.end];
            if it.flags & Item::BARRIER != 0 {
                after_determiner = false;
                continue;
            }
            let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(raw));
            let brand_new = || {
                raw.eq_ignore_ascii_case("brand")
                    && s.items.get(order + 1).is_some_and(|next| {
                        let t = s.tokens[next.tok as usize].span;
                        message[t.start..t.end].eq_ignore_ascii_case("new")
                    })
            };
            let describer =
                after_determiner && tok.kind == TokenKind::Word && (is(DESCRIBERS) || brand_new());
            let kind = match tok.kind {
                TokenKind::Number | TokenKind::Identifier
                    if raw.chars().filter(char::is_ascii_digit).count() >= 2 =>
                {
                    Some(TermKind::Entity)
                }
                TokenKind::Word
                    if raw.chars().count() >= 3
                        && !lex.has(it.id, word::STOPWORD)
                        && !lex.has(it.id, word::NEGATOR) =>
                {
                    Some(if after_determiner && !describer {
                        TermKind::Thing
                    } else {
                        TermKind::Word
                    })
                }
                _ => None,
            };
            after_determiner = tok.kind == TokenKind::Word && (describer || is(DETERMINERS));
            let Some(kind) = kind else { continue };
            stem_into(raw, &mut stem);
            if let Some(&i) = seen.get(stem.as_str()) {
                if kind == TermKind::Thing && terms[i].1 == TermKind::Word {
                    terms[i].1 = TermKind::Thing;
                }
                continue;
            }
            seen.insert(stem.clone(), terms.len());
            terms.push((tok.span, kind, order));
        }
        // The first MAX_TERMS by kind, then by place (places are distinct), in text order.
        let rank = |t: &(Span, TermKind, usize)| (t.1 as u8, t.2);
        if terms.len() > MAX_TERMS {
            terms.select_nth_unstable_by_key(MAX_TERMS, rank);
            terms.truncate(MAX_TERMS);
        }
        terms.sort_unstable_by_key(|t| t.0.start);
        let mut term_stems = Vec::with_capacity(terms.len());
        let key_terms: Vec<KeyTerm> = terms
            .iter()
            .map(|&(span, kind, _)| {
                let text = &message[span.start..span.end];
                stem_into(text, &mut stem);
                term_stems.push(stem_hash(&stem));
                KeyTerm {
                    text: text.to_string(),
                    span,
                    kind,
                    echoed: false,
                }
            })
            .collect();

        // Questions: sentences ending in "?" or opening with a question word.
        let mut questions = Vec::new();
        let mut question_stems = Vec::new();
        let mut i = 0;
        while i < s.items.len() {
            let start = i;
            let mut end = i + 1;
            while end < s.items.len() && s.items[end].flags & Item::SENT_START == 0 {
                end += 1;
            }
            i = end;
            let first = s.tokens[s.items[start].tok as usize];
            let last = s.tokens[s.items[end - 1].tok as usize];
            if s.items[start].flags & Item::BARRIER != 0 {
                continue;
            }
            let last_raw = &message[last.span.start..last.span.end];
            let first_raw = &message[first.span.start..first.span.end];
            let asks = last_raw.contains('?')
                || QUESTION_OPENERS
                    .iter()
                    .any(|q| q.eq_ignore_ascii_case(first_raw));
            if !asks || end - start < 3 {
                continue;
            }
            let span = Span::new(first.span.start, last.span.end);
            let mut stems = Vec::new();
            for it in &s.items[start..end] {
                let tok = s.tokens[it.tok as usize];
                let raw = &message[tok.span.start..tok.span.end];
                let content = match tok.kind {
                    TokenKind::Word => {
                        raw.chars().count() >= 3
                            && !lex.has(it.id, word::STOPWORD)
                            && !lex.has(it.id, word::NEGATOR)
                    }
                    TokenKind::Number | TokenKind::Identifier => true,
                    _ => false,
                };
                if content {
                    stem_into(raw, &mut stem);
                    stems.push(stem_hash(&stem));
                }
            }
            questions.push(Question {
                text: message[span.start..span.end].to_string(),
                span,
                addressed: false,
            });
            question_stems.push(stems);
        }

        let stems = Stems {
            terms: term_stems,
            questions: question_stems,
        };
        let customer = Customer {
            emotions,
            key_terms,
            questions,
        };
        (customer, stems)
    }

    /// Checks the reply (its `tokens`) against what the customer said, marks echoed terms and
    /// addressed questions, and returns the active-listening score in `[0, 1]`:
    ///
    /// ```text
    /// terms     = echoed key terms / key terms                     (when there are key terms)
    /// emotion   = 1 if the reply acknowledges, validates, apologizes or reassures, else 0
    ///                                                              (when the customer is upset)
    /// questions = addressed questions / questions                  (when there are questions)
    /// score     = weighted mean of those that apply (0.40, 0.35, 0.25)
    ///             + 0.15 when the reply has active-listening markers, at most 1
    /// ```
    pub(crate) fn listen(
        &self,
        reply: &str,
        tokens: &[Token],
        customer: &mut Customer,
        stems: &Stems,
        buffers: &mut ListenBuffers,
        findings: &[Finding],
    ) -> f64 {
        let ListenBuffers { reply_stems, stem } = buffers;
        reply_stems.clear();
        for tok in tokens.iter().filter(|t| {
            !t.is_quoted()
                && matches!(
                    t.kind,
                    TokenKind::Word | TokenKind::Number | TokenKind::Identifier
                )
        }) {
            stem_into(&reply[tok.span.start..tok.span.end], stem);
            reply_stems.insert(stem_hash(stem));
        }
        let echoed = |s: &u64| reply_stems.contains(s);
        for (term, s) in customer.key_terms.iter_mut().zip(&stems.terms) {
            term.echoed = echoed(s);
        }
        for (q, qs) in customer.questions.iter_mut().zip(&stems.questions) {
            q.addressed = qs.iter().any(echoed);
        }

        // (weight, value) of the parts that apply.
        let mut parts = [(0.0, 0.0); 3];
        if !customer.key_terms.is_empty() {
            let n = customer.key_terms.iter().filter(|t| t.echoed).count();
            parts[0] = (0.40, n as f64 / customer.key_terms.len() as f64);
        }
        if customer.upset().is_some() {
            let shown = answers_feelings(findings);
            parts[1] = (0.35, if shown { 1.0 } else { 0.0 });
        }
        if !customer.questions.is_empty() {
            let n = customer.questions.iter().filter(|q| q.addressed).count();
            parts[2] = (0.25, n as f64 / customer.questions.len() as f64);
        }
        let markers = findings
            .iter()
            .any(|f| f.dimension == Dimension::ActiveListening && f.weight > 0.0);
        let base = if parts.iter().all(|p| p.0 == 0.0) {
            1.0
        } else {
            parts.iter().map(|(w, v)| w * v).sum::<f64>()
                / parts.iter().map(|(w, _)| w).sum::<f64>()
        };
        (base + if markers { 0.15 } else { 0.0 }).min(1.0)
    }
}

/// Whether the reply says something to the customer's feelings: acknowledges, validates,
/// apologizes, reassures or reflects what they said.
pub(crate) fn answers_feelings(findings: &[Finding]) -> bool {
    findings.iter().any(|f| {
        !f.negated
            && f.weight > 0.0
            && matches!(
                f.dimension,
                Dimension::Acknowledgement
                    | Dimension::Validation
                    | Dimension::Apology
                    | Dimension::Reassurance
                    | Dimension::ActiveListening
            )
    })
}
