//! Tools for lexicon authors.
//!
//! ```text
//! cargo run --example lexicon -- check [--lexicon FILE]...      # every entry against its examples, and counts
//! cargo run --example lexicon -- findings FILE [DIMENSION]       # the findings on each line of FILE
//! cargo run --example lexicon -- explain "a reply"               # the full report of one reply
//! ```
//! Exit status: 0 when all is well, 1 when `check` finds failures, 2 on a usage or lexicon error.

use std::process::ExitCode;

use replytone::{Analyzer, Dimension};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut builder = Analyzer::builder();
    let mut rest = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--lexicon" {
            match it.next() {
                Some(f) => {
                    builder.add_lexicon_file(f);
                }
                None => return usage("--lexicon needs a file"),
            }
        } else {
            rest.push(a.as_str());
        }
    }
    let analyzer = match builder.build() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("lexicon: {e}");
            return ExitCode::from(2);
        }
    };
    match rest.as_slice() {
        ["check"] => {
            let failures = analyzer.check_examples();
            for f in &failures {
                println!("{f}");
            }
            for (d, rules, patterns) in analyzer.rule_counts() {
                println!("{d}: {rules} rules, {patterns} patterns");
            }
            if failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        ["findings", file, dim @ ..] => {
            let only: Option<Dimension> = match dim.first().map(|d| d.parse()) {
                None => None,
                Some(Ok(d)) => Some(d),
                Some(Err(e)) => return usage(&e.to_string()),
            };
            let bytes = match std::fs::read(file) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("lexicon: {file}: {e}");
                    return ExitCode::from(2);
                }
            };
            let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
            let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
            for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
                let line = line.strip_suffix(b"\r").unwrap_or(line);
                // A line that is not UTF-8 is analysed with its invalid bytes replaced, and
                // said so, rather than the whole file refused without a line.
                let line = match std::str::from_utf8(line) {
                    Ok(l) => std::borrow::Cow::Borrowed(l),
                    Err(e) => {
                        eprintln!(
                            "lexicon: {file}:{}: not valid UTF-8 (byte {}); invalid bytes replaced with U+FFFD",
                            n + 1,
                            e.valid_up_to() + 1
                        );
                        String::from_utf8_lossy(line)
                    }
                };
                let report = analyzer.analyze(&line);
                for f in report
                    .findings
                    .iter()
                    .filter(|f| only.is_none_or(|d| f.dimension == d))
                {
                    println!(
                        "{}\t{}\t{:+.2}\t{:?}\t{}",
                        n + 1,
                        f.rule,
                        f.weight,
                        f.text,
                        line
                    );
                }
            }
            ExitCode::SUCCESS
        }
        ["explain", text @ ..] => {
            println!("{:#?}", analyzer.analyze(&text.join(" ")));
            ExitCode::SUCCESS
        }
        _ => usage("expected check, findings FILE [DIMENSION] or explain TEXT"),
    }
}

fn usage(msg: &str) -> ExitCode {
    eprintln!(
        "lexicon: {msg}\nusage: lexicon [--lexicon FILE]... (check | findings FILE [DIMENSION] | explain TEXT...)"
    );
    ExitCode::from(2)
}
