//! The one error type of the crate.

use std::fmt;
use std::path::PathBuf;

/// An error from building an [`Analyzer`](crate::Analyzer) or a [`Policy`](crate::Policy), or
/// from reading responses to check: a malformed lexicon or `replytone.toml`, a file that could
/// not be read or parsed, or a rule that does not exist.
///
/// The message always says where: `lexicons/en/confrontation.lex:42: unknown key "wieght"`,
/// `replytone.toml:7: min_overall: expected a number from 0 to 100`.
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
    Config {
        file: String,
        line: Option<usize>,
        key: Option<String>,
        message: String,
    },
    Input {
        file: String,
        line: Option<usize>,
        message: String,
    },
}

/// `bytes` as text, or where the first invalid UTF-8 is: its line (from 1) and a message
/// naming its byte offset. Files of every kind are read through this.
pub(crate) fn utf8_text(bytes: Vec<u8>) -> Result<String, (usize, String)> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        (line, format!("not valid UTF-8 (byte {at})"))
    })
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

    pub(crate) fn config(
        file: &str,
        line: Option<usize>,
        key: Option<String>,
        message: impl Into<String>,
    ) -> Error {
        Error {
            kind: ErrorKind::Config {
                file: file.to_string(),
                line,
                key,
                message: message.into(),
            },
        }
    }

    pub(crate) fn input(file: &str, line: Option<usize>, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Input {
                file: file.to_string(),
                line,
                message: message.into(),
            },
        }
    }

    /// The source the error is in, if any: the lexicon source (file path or the name given to a
    /// string), the policy file, or the file being read.
    pub fn source_name(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Lexicon { source, .. } => Some(source),
            ErrorKind::Io { path, .. } => path.to_str(),
            ErrorKind::Config { file, .. } | ErrorKind::Input { file, .. } => Some(file),
            ErrorKind::UnknownRule { .. } => None,
        }
    }

    /// For an error in a policy file, the key it is about (`min_overall`,
    /// `severity."confrontation.calm-down"`, `overrides[2].paths`), when one is to blame.
    ///
    /// ```
    /// let err = replytone::Policy::from_toml_str("replytone.toml", "min_overall = \"high\"\n")
    ///     .unwrap_err();
    /// assert_eq!(err.source_name(), Some("replytone.toml"));
    /// assert_eq!(err.line(), Some(1));
    /// assert_eq!(err.key(), Some("min_overall"));
    /// ```
    pub fn key(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Config { key, .. } => key.as_deref(),
            _ => None,
        }
    }

    /// For an error reading a file, what kind of I/O error it was.
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        match &self.kind {
            ErrorKind::Io { kind, .. } => Some(*kind),
            _ => None,
        }
    }

    /// The 1-based line of the lexicon source, policy file or input file the error is on, if it
    /// is about a line.
    pub fn line(&self) -> Option<usize> {
        match &self.kind {
            ErrorKind::Lexicon { line, .. } => Some(*line),
            ErrorKind::Config { line, .. } | ErrorKind::Input { line, .. } => *line,
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
            ErrorKind::Config {
                file,
                line,
                key,
                message,
            } => {
                write!(f, "{file}")?;
                if let Some(line) = line {
                    write!(f, ":{line}")?;
                }
                if let Some(key) = key {
                    write!(f, ": {key}")?;
                }
                write!(f, ": {message}")
            }
            ErrorKind::Input {
                file,
                line: Some(line),
                message,
            } => write!(f, "{file}:{line}: {message}"),
            ErrorKind::Input {
                file,
                line: None,
                message,
            } => write!(f, "{file}: {message}"),
        }
    }
}

impl std::error::Error for Error {}
