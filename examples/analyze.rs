//! Scores a draft reply from the command line.
//!
//! ```text
//! cargo run --release --example analyze -- "your draft reply"
//! echo "your draft reply" | cargo run --release --example analyze
//! cargo run --release --example analyze -- --json "your draft reply"
//! cargo run --release --example analyze -- --jsonl < replies.txt     # one report per line
//! ```
//!
//! Flags (a public contract, see the README): `--json`, `--jsonl`, `--objects`,
//! `--customer MESSAGE`, `--customer-name NAME`, `--agent-name NAME`, `--channel CHANNEL`,
//! `--template`, `--apply`, `--lexicon FILE` (repeatable), `--color auto|always|never`, `--help`.
//! Exit codes: 0 on success, 2 on a usage, lexicon or input error.

#[path = "common/cli.rs"]
mod cli;

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

use cli::{clean, paint, printable};
use replytone::{Analyzer, Channel, Context, Report, Severity};

const USAGE: &str = "\
usage: analyze [OPTIONS] [TEXT...]

Scores a customer-service reply. TEXT is the reply (all arguments joined by spaces);
without TEXT the reply is read from standard input.

options:
  --json                 print the report as JSON
  --jsonl                read standard input one reply per line and print one compact
                         JSON report per line, in order
  --objects              with --jsonl: each line is a JSON object {\"reply\": ..., and
                         optionally \"customer\": the customer's message, \"customer_name\": ...}
  --customer MESSAGE     the customer's message the reply answers (enables active listening)
  --customer-name NAME   the customer's name (counts as personalization when used)
  --agent-name NAME      the agent's name
  --channel CHANNEL      chat (default), email or social
  --template             the text is a template (canned response, macro), not a live reply
  --apply                print only the improved reply, with every applicable suggestion
                         applied (with --jsonl: one JSON string per line)
  --lexicon FILE         add a lexicon file (repeatable)
  --color WHEN           auto (default: when stdout is a terminal), always or never
  -h, --help             print this help";

#[derive(PartialEq)]
enum Mode {
    Human,
    Json,
    Jsonl,
}

struct Options {
    mode: Mode,
    color: bool,
    objects: bool,
    apply: bool,
    context: Context,
    customer_name: Option<String>,
    lexicons: Vec<String>,
    text: Vec<String>,
}

fn parse_args() -> Result<Option<Options>, String> {
    let mut opts = Options {
        mode: Mode::Human,
        color: io::stdout().is_terminal(),
        objects: false,
        apply: false,
        context: Context::new(),
        customer_name: None,
        lexicons: Vec::new(),
        text: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    let mut literal = false;
    while let Some(arg) = args.next() {
        if literal {
            opts.text.push(arg);
            continue;
        }
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--json" => opts.mode = Mode::Json,
            "--jsonl" => opts.mode = Mode::Jsonl,
            "--customer-name" => opts.customer_name = Some(value("--customer-name")?),
            "--customer" => {
                opts.context = opts.context.clone().customer_message(value("--customer")?)
            }
            "--agent-name" => {
                opts.context = opts.context.clone().agent_name(value("--agent-name")?)
            }
            "--channel" => {
                let channel = match value("--channel")?.as_str() {
                    "chat" => Channel::Chat,
                    "email" => Channel::Email,
                    "social" => Channel::Social,
                    other => {
                        return Err(format!(
                            "--channel takes chat, email or social, not {other:?}"
                        ));
                    }
                };
                opts.context = opts.context.clone().channel(channel);
            }
            "--template" => opts.context = opts.context.clone().template(true),
            "--apply" => opts.apply = true,
            "--objects" => opts.objects = true,
            "--lexicon" => opts.lexicons.push(value("--lexicon")?),
            "--color" => opts.color = cli::color(&value("--color")?)?,
            "--" => literal = true,
            a if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => opts.text.push(arg),
        }
    }
    if opts.objects && opts.mode != Mode::Jsonl {
        return Err("--objects goes with --jsonl".to_string());
    }
    if opts.mode == Mode::Jsonl && !opts.text.is_empty() {
        return Err("--jsonl reads standard input; do not pass TEXT".to_string());
    }
    Ok(Some(opts))
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(Some(o)) => o,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("analyze: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("analyze: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(opts: Options) -> Result<(), String> {
    let mut builder = Analyzer::builder();
    for l in &opts.lexicons {
        builder.add_lexicon_file(l);
    }
    let analyzer = builder.build().map_err(|e| e.to_string())?;
    let mut ctx = opts.context.clone();
    if let Some(name) = &opts.customer_name {
        ctx = ctx.customer_name(name.clone());
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if opts.mode == Mode::Jsonl {
        return jsonl(&analyzer, &ctx, opts.objects, opts.apply, &mut out);
    }
    let text = if opts.text.is_empty() {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("reading standard input: {e}"))?;
        String::from_utf8(buf).map_err(|e| {
            format!(
                "standard input is not UTF-8 (byte {})",
                e.utf8_error().valid_up_to()
            )
        })?
    } else {
        opts.text.join(" ")
    };
    let report = analyzer.analyze_with(&text, &ctx);
    let result = if opts.apply {
        writeln!(out, "{}", report.apply_all(&text)).map_err(|e| e.to_string())
    } else if opts.mode == Mode::Json {
        serde_json::to_writer_pretty(&mut out, &report)
            .map_err(|e| e.to_string())
            .and_then(|()| writeln!(out).map_err(|e| e.to_string()))
    } else {
        human(&text, &report, opts.color, &mut out).map_err(|e| e.to_string())
    };
    result.and_then(|()| out.flush().map_err(|e| e.to_string()))
}

/// One compact report per input line; a line that is not UTF-8 is analysed with its invalid
/// bytes replaced, and a warning naming the line goes to stderr.
///
/// With `objects`, each line is `{"reply": ..., "customer": ..., "customer_name": ...}`; a line
/// that is not such an object gets `{"error": ..., "line": N}` in its place, and the exit status
/// is 2 at the end. With `apply`, each output line is the improved reply as a JSON string.
fn jsonl(
    analyzer: &Analyzer,
    ctx: &Context,
    objects: bool,
    apply: bool,
    out: &mut impl Write,
) -> Result<(), String> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut line = Vec::new();
    let mut report = Report::default();
    let mut n = 0usize;
    let mut bad = 0usize;
    loop {
        line.clear();
        let read = input
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("reading standard input: {e}"))?;
        if read == 0 {
            break;
        }
        n += 1;
        if line.last() == Some(&b'\n') {
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
        }
        let text = match std::str::from_utf8(&line) {
            Ok(t) => std::borrow::Cow::Borrowed(t),
            Err(_) => {
                eprintln!("analyze: line {n}: not valid UTF-8; invalid bytes replaced with U+FFFD");
                String::from_utf8_lossy(&line)
            }
        };
        let parsed;
        let (reply, line_ctx): (&str, &Context) = if objects {
            // A byte-order mark before the first object is an encoding marker, not JSON.
            let object = if n == 1 {
                text.strip_prefix('\u{feff}').unwrap_or(&text)
            } else {
                &text
            };
            match parse_object(object, ctx) {
                Ok(pair) => {
                    parsed = pair;
                    (&parsed.0, &parsed.1)
                }
                Err(e) => {
                    bad += 1;
                    eprintln!("analyze: line {n}: {e}");
                    let err = serde_json::json!({ "error": e, "line": n });
                    serde_json::to_writer(&mut *out, &err).map_err(|e| e.to_string())?;
                    out.write_all(b"\n").map_err(|e| e.to_string())?;
                    continue;
                }
            }
        } else {
            (&text, ctx)
        };
        analyzer.analyze_into(reply, line_ctx, &mut report);
        if apply {
            serde_json::to_writer(&mut *out, &report.apply_all(reply))
                .map_err(|e| e.to_string())?;
        } else {
            serde_json::to_writer(&mut *out, &report).map_err(|e| e.to_string())?;
        }
        out.write_all(b"\n").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    if bad > 0 {
        return Err(format!(
            "{bad} line(s) were not JSON objects with a \"reply\" string"
        ));
    }
    Ok(())
}

/// `{"reply": ..., "customer": ..., "customer_name": ...}` into the reply and its context.
fn parse_object(line: &str, base: &Context) -> Result<(String, Context), String> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let reply = v
        .get("reply")
        .and_then(|r| r.as_str())
        .ok_or("no \"reply\" string")?
        .to_string();
    let mut ctx = base.clone();
    if let Some(m) = v.get("customer").and_then(|m| m.as_str()) {
        ctx = ctx.customer_message(m);
    }
    if let Some(m) = v.get("customer_name").and_then(|m| m.as_str()) {
        ctx = ctx.customer_name(m);
    }
    Ok((reply, ctx))
}

/// `s` with every character [`printable`] but its line breaks (`\n`, and `\r\n` as `\n`): the
/// reply as it is laid out, without the control characters that would drive the terminal.
fn clean_lines(s: &str) -> String {
    s.split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .map(|line| line.chars().map(printable).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn human(text: &str, report: &Report, color: bool, out: &mut impl Write) -> io::Result<()> {
    // The reply with findings marked: colour on terminals, [brackets] otherwise.
    let mut marked = String::new();
    let mut at = 0;
    for f in &report.findings {
        if f.span.start < at {
            continue;
        }
        marked.push_str(&clean_lines(&text[at..f.span.start]));
        let code = match (f.negated, f.dimension.is_negative()) {
            (true, _) => "2",
            (false, true) => "1;31",
            (false, false) => "1;32",
        };
        if color {
            marked.push_str(&paint(true, code, &clean_lines(&f.text)));
        } else {
            marked.push_str(&format!("[{}]", clean_lines(&f.text)));
        }
        at = f.span.end;
    }
    marked.push_str(&clean_lines(&text[at..]));
    writeln!(out, "{marked}\n")?;

    let s = &report.scores;
    for (name, value, bad) in [
        ("acknowledgement", s.acknowledgement, false),
        ("validation", s.validation, false),
        ("personalization", s.personalization, false),
        ("confrontation", s.confrontation, true),
    ] {
        let filled = (value * 20.0).round() as usize;
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(20 - filled));
        let code = if bad == (value >= 0.3) { "31" } else { "32" };
        writeln!(out, "{name:>16} {} {value:.2}", paint(color, code, &bar))?;
    }
    if let Some(l) = s.active_listening {
        let filled = (l * 20.0).round() as usize;
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(20 - filled));
        writeln!(
            out,
            "{:>16} {} {l:.2}",
            "active listening",
            paint(color, if l >= 0.5 { "32" } else { "31" }, &bar)
        )?;
    }
    writeln!(out, "{:>16} {:.1} / 100\n", "overall", s.overall)?;
    if let Some(c) = &report.customer {
        writeln!(out, "customer:")?;
        for e in &c.emotions {
            writeln!(out, "  feels {} ({:.2})", e.kind, e.intensity)?;
        }
        let terms: Vec<String> = c
            .key_terms
            .iter()
            .map(|t| format!("{}{}", clean(&t.text), if t.echoed { "✓" } else { "" }))
            .collect();
        writeln!(out, "  key terms: {}", terms.join(", "))?;
        for q in &c.questions {
            writeln!(
                out,
                "  asked: {:?}{}",
                q.text,
                if q.addressed {
                    " (addressed)"
                } else {
                    " (not addressed)"
                }
            )?;
        }
        writeln!(out)?;
    }

    if !report.findings.is_empty() {
        writeln!(out, "findings:")?;
        for f in &report.findings {
            let neg = if f.negated { " (negated)" } else { "" };
            writeln!(
                out,
                "  {}..{} {:<34} {:+.2}{neg}  {:?}",
                f.span.start, f.span.end, &*f.rule, f.weight, f.text
            )?;
        }
        writeln!(out)?;
    }
    if !report.suggestions.is_empty() {
        writeln!(out, "suggestions:")?;
        for sg in &report.suggestions {
            let sev = match sg.severity {
                Severity::Error => paint(color, "1;31", "error"),
                Severity::Warning => paint(color, "33", "warning"),
                Severity::Info => paint(color, "36", "info"),
            };
            let what = &text[sg.span.start..sg.span.end];
            writeln!(out, "  {sev}: {what:?} ({}): {}", sg.rule, sg.message)?;
            for r in &sg.replacements {
                writeln!(out, "      try: {r:?}")?;
            }
        }
    }
    Ok(())
}
