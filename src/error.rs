//! The one error type of the crate.

use std::fmt;
use std::path::PathBuf;

/// An error from building an [`Analyzer`](crate::Analyzer): a malformed lexicon, a file that
/// could not be read, or a rule that does not exist.
///
/// The message always says where: `lexicons/en/confrontation.lex:42: unknown key "wieght"`.
///
/// ```
/// let err = replytone::Analyzer::builder()
///     .add_lexicon_str("my.lex", "dimension: validation\n[x]\npattern: (a|b\nweight: 1\nmatch: a\n")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.source_name(), Some("my.lex"));
/// assert_eq!(err.line(), Some(3));
/// assert!(err.to_string().starts_with("my.lex:3: "));
/// ```
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    Lexicon {
        source: String,
        line: usize,
        message: String,
    },
    // The io::Error is kept as its kind and text so that Error stays UnwindSafe.
    Io {
        path: PathBuf,
        kind: std::io::ErrorKind,
        message: String,
    },
    UnknownRule {
        id: String,
    },
}

impl Error {
    pub(crate) fn lexicon(source: &str, line: usize, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Lexicon {
                source: source.to_string(),
                line,
                message: message.into(),
            },
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, error: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io {
                path: path.into(),
                kind: error.kind(),
                message: error.to_string(),
            },
        }
    }

    pub(crate) fn unknown_rule(id: &str) -> Error {
        Error {
            kind: ErrorKind::UnknownRule { id: id.to_string() },
        }
    }

    /// The lexicon source (file path or the name given to a string) the error is in, if any.
    pub fn source_name(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Lexicon { source, .. } => Some(source),
            ErrorKind::Io { path, .. } => path.to_str(),
            ErrorKind::UnknownRule { .. } => None,
        }
    }

    /// For an error reading a file, what kind of I/O error it was.
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        match &self.kind {
            ErrorKind::Io { kind, .. } => Some(*kind),
            _ => None,
        }
    }

    /// The 1-based line of the lexicon source the error is on, if it is about a line.
    pub fn line(&self) -> Option<usize> {
        match &self.kind {
            ErrorKind::Lexicon { line, .. } => Some(*line),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Lexicon {
                source,
                line,
                message,
            } => write!(f, "{source}:{line}: {message}"),
            ErrorKind::Io { path, message, .. } => write!(f, "{}: {message}", path.display()),
            ErrorKind::UnknownRule { id } => {
                write!(f, "cannot disable rule `{id}`: no lexicon defines it")
            }
        }
    }
}

impl std::error::Error for Error {}
