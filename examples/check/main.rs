//! Checks canned responses (macros) against a policy, for people and for CI.
//!
//! ```text
//! cargo run --release --example check -- [OPTIONS] [PATH...]
//! cargo install --path . --example check        # then: check macros/ --format github
//! ```
//!
//! Reads `.txt`, `.md`, `.html` (one response per file, or per line with `--lines`), Zendesk-style
//! `.json` macro exports, `.csv` and `.jsonl`; applies the nearest `replytone.toml` (or
//! `--config`); prints `text`, `json`, `github`, `sarif` or `junit`. Exit codes: 0 when every
//! response passes, 1 when any violates the policy, 2 on a usage, config or input error.

mod format;
mod run;

#[path = "../common/cli.rs"]
mod cli;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: check [OPTIONS] [PATH...]

Checks canned responses against a replytone policy. PATHs are files or directories
(searched recursively; .gitignore is respected); the default is the current directory.
Files: .txt .md .html (one response per file), .json (helpdesk macro export), .csv, .jsonl;
a file of another kind named here is read as plain text.

options:
  --format FORMAT   text (default), json, github, sarif or junit
  --config FILE     the policy file (default: the nearest replytone.toml above each file;
                    none found: the default policy)
  --lines           read .txt, .md and .html files one response per line
  --column NAME     the CSV column or JSON Lines field that holds the response text
                    (default: the first of text, body, response, reply, message, content, comment)
  --jobs N          worker threads (default: the number of cores)
  --color WHEN      auto (default: when stdout is a terminal), always or never
  --no-progress     never show the progress bar (shown on a terminal for over 300 responses)
  -h, --help        print this help

exit status: 0 every response passes, 1 a response violates the policy,
             2 a usage, config or input error (the other files are still checked)";

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Github,
    Sarif,
    Junit,
}

/// The command line.
#[derive(Debug)]
pub struct Options {
    pub format: Format,
    pub config: Option<PathBuf>,
    pub lines: bool,
    pub column: Option<String>,
    pub jobs: usize,
    pub color: bool,
    pub progress: bool,
    pub paths: Vec<PathBuf>,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<Options>, String> {
    let mut opts = Options {
        format: Format::Text,
        config: None,
        lines: false,
        column: None,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        color: io::stdout().is_terminal(),
        progress: true,
        paths: Vec::new(),
    };
    let mut args = args.into_iter();
    let mut literal = false;
    while let Some(arg) = args.next() {
        if literal {
            opts.paths.push(arg.into());
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "--format" => {
                opts.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "github" => Format::Github,
                    "sarif" => Format::Sarif,
                    "junit" => Format::Junit,
                    other => {
                        return Err(format!(
                            "--format takes text, json, github, sarif or junit, not {other:?}"
                        ));
                    }
                }
            }
            "--config" => opts.config = Some(value("--config")?.into()),
            "--lines" => opts.lines = true,
            "--column" => opts.column = Some(value("--column")?),
            "--jobs" => {
                let v = value("--jobs")?;
                opts.jobs = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--jobs takes a positive number, not {v:?}"))?;
            }
            "--color" => opts.color = cli::color(&value("--color")?)?,
            "--no-progress" => opts.progress = false,
            "--" => literal = true,
            a if a.starts_with('-') && a != "-" => return Err(format!("unknown option {a}")),
            _ => opts.paths.push(arg.into()),
        }
    }
    if opts.paths.is_empty() {
        opts.paths.push(PathBuf::from("."));
    }
    Ok(Some(opts))
}

fn main() -> ExitCode {
    let opts = match parse_args(std::env::args().skip(1)) {
        Ok(Some(o)) => o,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("check: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let outcome = match run::run(&opts) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("check: {e}");
            return ExitCode::from(2);
        }
    };
    for e in &outcome.errors {
        eprintln!("check: {e}");
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = format::write(&opts, &outcome, &mut out).and_then(|()| out.flush());
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("check: writing the output: {e}");
        }
        return ExitCode::from(2);
    }
    ExitCode::from(outcome.exit_code())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<Options>, String> {
        parse_args(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn args() {
        let o = parse(&[
            "--format=sarif",
            "--lines",
            "--column",
            "body",
            "a",
            "--",
            "--b",
        ])
        .unwrap()
        .unwrap();
        assert_eq!(o.format, Format::Sarif);
        assert!(o.lines);
        assert_eq!(o.column.as_deref(), Some("body"));
        assert_eq!(o.paths, [PathBuf::from("a"), PathBuf::from("--b")]);
        assert_eq!(parse(&[]).unwrap().unwrap().paths, [PathBuf::from(".")]);
        assert!(parse(&["-h"]).unwrap().is_none());
        for bad in [
            &["--format", "xml"][..],
            &["--jobs", "0"],
            &["--frobnicate"],
            &["--config"],
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }
}
