//! The analyze program (examples/analyze) end to end on standard input: its `--jsonl` modes,
//! whose one-report-per-line output helpdesk scripts parse.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

#[path = "common/example.rs"]
mod example;

/// The example binary, built on first use.
fn binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| example::build("analyze"))
}

/// Runs `analyze ARGS` with `input` on standard input.
fn analyze(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("analyze starts");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().expect("analyze runs")
}

/// Each output line parsed as JSON.
fn lines(o: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn rules(report: &Value) -> Vec<&str> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect()
}

#[test]
fn one_report_per_line_in_order() {
    let o = analyze(&["--jsonl"], b"Calm down.\r\n\nThanks for your patience!");
    assert!(o.status.success());
    let reports = lines(&o);
    assert_eq!(reports.len(), 3);
    assert!(rules(&reports[0]).contains(&"confrontation.calm-down"));
    assert!(rules(&reports[1]).is_empty());
    assert!(rules(&reports[2]).contains(&"gratitude.thanks-for-your-patience"));
}

#[test]
fn objects_carry_their_context_and_a_bom_is_not_json() {
    let input = "\u{feff}{\"reply\": \"Calm down.\"}\n\
                 {\"reply\": \"Hi Dana, it ships today.\", \"customer_name\": \"Dana Smith\"}\n";
    let o = analyze(&["--jsonl", "--objects"], input.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let reports = lines(&o);
    assert_eq!(reports.len(), 2);
    assert!(rules(&reports[0]).contains(&"confrontation.calm-down"));
    assert!(reports[1]["scores"]["personalization"].as_f64().unwrap() > 0.0);
}

#[test]
fn a_bad_object_is_reported_in_its_place_and_the_rest_still_run() {
    let o = analyze(
        &["--jsonl", "--objects"],
        b"{\"reply\": \"Thanks!\"}\nnot json\n{\"text\": \"no reply\"}\n{\"reply\": \"Calm down.\"}\n",
    );
    assert!(!o.status.success(), "bad lines fail the run");
    let out = lines(&o);
    assert_eq!(out.len(), 4);
    assert!(out[0]["scores"].is_object());
    assert_eq!(out[1]["line"], 2);
    assert!(out[1]["error"].as_str().unwrap().starts_with("not JSON"));
    assert_eq!(out[2]["line"], 3);
    assert!(rules(&out[3]).contains(&"confrontation.calm-down"));
}

#[test]
fn apply_prints_one_json_string_per_line() {
    let o = analyze(
        &["--jsonl", "--apply"],
        b"Kindly note, the store closes at 5 pm.\nDear Customer, calm down.\n",
    );
    assert!(o.status.success());
    let out = lines(&o);
    assert_eq!(out[0], "Just so you know, the store closes at 5 pm.");
    assert_eq!(out[1], "Hi there, I understand how frustrating this is.");
}

#[test]
fn the_human_view_shows_control_characters_instead_of_sending_them_to_the_terminal() {
    // Clears the screen and retitles the window if printed as it is.
    let reply = "Calm down.\x1b[2J\x1b]0;owned\x07 See the\x1b[8m hidden\r\nnext line.";
    let customer = "Where is my \x1b[5morder\x07? It is late and I am upset.";
    let o = analyze(
        &["--color", "never", "--customer", customer],
        reply.as_bytes(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        !out.chars().any(|c| c.is_control() && c != '\n'),
        "control characters reach the terminal: {out:?}"
    );
    // Shown as their pictures, and the reply keeps its line break (CRLF as a line end).
    assert!(
        out.starts_with(
            "[Calm down].\u{241b}[2J\u{241b}]0;owned\u{2407} See the\u{241b}[8m hidden\nnext line."
        ),
        "{out}"
    );

    // In colour, the only escapes are the program's own colour codes.
    let o = analyze(&["--color", "always"], reply.as_bytes());
    let out = String::from_utf8(o.stdout).unwrap();
    let escapes: Vec<&str> = out
        .split('\x1b')
        .skip(1)
        .map(|s| &s[..s.find('m').map_or(s.len(), |m| m + 1)])
        .collect();
    assert!(!escapes.is_empty());
    for e in escapes {
        assert!(
            e.starts_with('[')
                && e.ends_with('m')
                && e[1..e.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ';'),
            "an escape that is not a colour: {e:?} in {out:?}"
        );
    }
}
