#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod analyzer;
mod context;
mod dimension;
mod error;
mod lexicon;
mod report;
mod score;
mod text;

pub use crate::analyzer::{Analyzer, AnalyzerBuilder};
pub use crate::context::Context;
pub use crate::dimension::{Dimension, UnknownDimension};
pub use crate::error::Error;
pub use crate::report::{Finding, Report, Scores, Severity, Suggestion, SuggestionKind};
pub use crate::text::{Span, Token, TokenKind, tokenize};
