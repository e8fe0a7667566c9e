#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod analyzer;
mod batch;
mod check;
mod context;
mod customer;
mod dimension;
mod document;
mod error;
mod input;
mod lexicon;
mod listening;
mod policy;
mod report;
mod score;
mod suggest;
mod suppress;
mod text;

pub use crate::analyzer::{Analyzer, AnalyzerBuilder};
pub use crate::check::{CHECKS, Verdict, Violation, check};
pub use crate::context::{Channel, Context};
pub use crate::customer::{Customer, Emotion, EmotionKind, KeyTerm, Question, TermKind};
pub use crate::dimension::{Dimension, UnknownDimension};
pub use crate::document::{Document, Position};
pub use crate::error::Error;
pub use crate::input::{InputKind, Reader};
pub use crate::policy::{CONFIG_FILE, DEFAULT_MIN_OVERALL, Policy, PolicyBuilder};
pub use crate::report::{Finding, Report, Scores, Severity, Suggestion, SuggestionKind};
pub use crate::text::{Span, Token, TokenKind, tokenize};
