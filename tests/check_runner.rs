//! The check runner (examples/check) end to end: inputs, formats, exit codes, policies.
//!
//! The example is built once with `cargo build --example check` and run on the fixtures in
//! `tests/fixtures/check/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;

#[path = "common/example.rs"]
mod example;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const FIXTURES: &str = "tests/fixtures/check";

/// The example binary, built on first use.
fn binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| example::build("check"))
}

/// Runs the runner from the crate root.
fn check(args: &[&str]) -> Output {
    Command::new(binary())
        .args(args)
        .current_dir(ROOT)
        .output()
        .expect("the runner starts")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(args: &[&str]) -> (i32, Value) {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let o = check(&all);
    let v = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", stdout(&o), stderr(&o)));
    (o.status.code().unwrap_or(-1), v)
}

/// Line and column (in characters) of the `nth` occurrence of `needle` in a fixture file.
fn place(file: &str, needle: &str, nth: usize) -> (usize, usize) {
    let text =
        std::fs::read_to_string(Path::new(ROOT).join(FIXTURES).join("macros").join(file)).unwrap();
    let at = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} in {file}"))
        .0;
    let line = text[..at].matches('\n').count() + 1;
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (line, text[start..at].chars().count() + 1)
}

fn macros() -> String {
    format!("{FIXTURES}/macros")
}

#[test]
fn text_points_at_file_line_and_column_in_every_input_kind() {
    let o = check(&[&macros(), "--color", "never"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    for (file, rule, needle, nth) in [
        (
            "shipping-cold.txt",
            "confrontation.calm-down",
            "Calm down",
            0,
        ),
        (
            "shipping-cold.txt",
            "confrontation.not-our-problem",
            "That's not our problem",
            0,
        ),
        // HTML: the "Calm down" in <title> is skipped; the one after a tag broken over lines counts.
        ("wrong-item.html", "confrontation.calm-down", "Calm down", 1),
        // JSON: the text comes from an escaped string (`\n` before it) in a comment_value_html.
        (
            "zendesk-export.json",
            "confrontation.deal-with-it",
            "Deal with it",
            0,
        ),
        // CSV: inside a quoted field, after the title column holding the same words.
        (
            "snippets.csv",
            "confrontation.take-it-or-leave-it",
            "Take it or leave it",
            1,
        ),
        (
            "chat-replies.jsonl",
            "confrontation.get-over-it",
            "Get over it",
            0,
        ),
    ] {
        let (line, col) = place(file, needle, nth);
        let want = format!("{FIXTURES}/macros/{file}:{line}:{col}: ");
        assert!(
            out.lines()
                .any(|l| l.starts_with(&want) && l.contains(rule)),
            "no {want}...{rule} in:\n{out}"
        );
    }
    // The policy file's severity: calm-down is an error, except under legacy/ (an override).
    assert!(out.contains("shipping-cold.txt:3:1: error[confrontation.calm-down]"));
    assert!(out.contains("legacy/old-shipping.txt:1:1: warning[confrontation.calm-down]"));
    // The underline sits under the span.
    assert!(out.contains("3 | Calm down. As I already said"), "{out}");
    assert!(out.contains("  | ^^^^^^^^^\n"), "{out}");
    // The summary table.
    assert!(out.contains("responses  files  passed  failed  pass rate  unreadable"));
    assert!(out.contains("mean score"));
}

#[test]
fn json_is_complete_and_deterministic() {
    let (code, one) = json(&[&macros(), "--jobs", "1"]);
    assert_eq!(code, 1);
    let (_, four) = json(&[&macros(), "--jobs", "4"]);
    assert_eq!(
        one["responses"], four["responses"],
        "same order and content on 1 or 4 threads"
    );
    let responses = one["responses"].as_array().unwrap();
    let names: Vec<(String, String)> = responses
        .iter()
        .map(|r| {
            let file = r["file"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string();
            (file, r["name"].as_str().unwrap().to_string())
        })
        .collect();
    let names: Vec<(&str, &str)> = names
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("chat-replies.jsonl", "chat-1"),
            ("chat-replies.jsonl", "chat-2"),
            (
                "old-shipping.txt",
                "tests/fixtures/check/macros/legacy/old-shipping.txt"
            ),
            (
                "refund-delay.md",
                "tests/fixtures/check/macros/refund-delay.md"
            ),
            (
                "shipping-cold.txt",
                "tests/fixtures/check/macros/shipping-cold.txt"
            ),
            ("snippets.csv", "Password reset"),
            ("snippets.csv", "Take it or leave it"),
            ("suppressed.md", "tests/fixtures/check/macros/suppressed.md"),
            (
                "wrong-item.html",
                "tests/fixtures/check/macros/wrong-item.html"
            ),
            ("zendesk-export.json", "Order delayed"),
            ("zendesk-export.json", "Refund refused"),
            ("zendesk-export.json", "Closing"),
        ]
    );
    let passed: Vec<&str> = responses
        .iter()
        .filter(|r| r["passed"] == true)
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        passed,
        [
            "chat-1",
            "tests/fixtures/check/macros/refund-delay.md",
            "Password reset",
            "tests/fixtures/check/macros/suppressed.md",
            "Order delayed",
            "Closing"
        ]
    );
    assert_eq!(one["summary"]["responses"], 12);
    assert_eq!(one["summary"]["passed"], 6);
    assert_eq!(one["summary"]["files"], 8);
    // Violations carry rule, severity, positions and byte spans.
    let cold = &responses[4];
    let v = &cold["violations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["rule"] == "confrontation.calm-down")
        .unwrap();
    assert_eq!(v["severity"], "error");
    assert_eq!(v["start"]["line"], 3);
    assert_eq!(v["start"]["column"], 1);
    assert_eq!(v["end"]["column"], 10);
    assert_eq!(
        v["span"]["end"].as_u64().unwrap() - v["span"]["start"].as_u64().unwrap(),
        9
    );
    assert_eq!(v["text"], "Calm down");
    // The suppressed file: its "calm down"s are suppressed, the unknown id is a warning.
    let sup = &responses[7];
    assert!(sup["suppressed"].as_u64().unwrap() >= 1);
    assert_eq!(sup["violations"][0]["rule"], "suppression.unknown-rule");
    assert_eq!(sup["violations"][0]["severity"], "warning");
}

#[test]
fn github_annotations() {
    let o = check(&[&macros(), "--format", "github"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains(
            "::error file=tests/fixtures/check/macros/shipping-cold.txt,line=3,col=1,endLine=3,endColumn=10,title=replytone confrontation.calm-down::"
        ),
        "{out}"
    );
    assert!(out.contains("::warning file=tests/fixtures/check/macros/suppressed.md,line=7,"));
    // A title with a comma or colon is escaped in the property.
    assert!(out.contains("title=replytone confrontation.deal-with-it (Refund refused)::"));
    assert!(
        out.lines()
            .all(|l| !l.starts_with("::") || l.matches("::").count() >= 2)
    );
    assert!(
        out.trim_end()
            .ends_with("12 responses in 8 files: 6 passed, 6 failed, 0 unreadable files")
    );
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let mut schema: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(ROOT).join("tests/schemas/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    // The vendored schema's `language` patterns (in `run` and `toolComponent`),
    // `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`, have a stray `]`, so the schema itself fails
    // the draft-07 meta-schema's "regex" format check. They are replaced here, in memory only,
    // by the pattern they mean; replytone never emits `language`. Everything else is the
    // vendored file as it is.
    fn fix_patterns(v: &mut Value, fixed: &mut usize) {
        const FLAWED: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
        match v {
            Value::Object(map) => {
                for (k, child) in map.iter_mut() {
                    if k == "pattern" && child == FLAWED {
                        *child = Value::from("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
                        *fixed += 1;
                    } else {
                        fix_patterns(child, fixed);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| fix_patterns(i, fixed)),
            _ => {}
        }
    }
    let mut fixed = 0;
    fix_patterns(&mut schema, &mut fixed);
    assert_eq!(fixed, 2);
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles");
    for args in [
        vec![macros()],
        vec![format!("{FIXTURES}/broken")],
        vec![format!("{FIXTURES}/pass")],
    ] {
        let mut all = vec!["--format".to_string(), "sarif".to_string()];
        all.extend(args.iter().cloned());
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        let o = check(&refs);
        let log: Value = serde_json::from_slice(&o.stdout).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
        assert_eq!(log["version"], "2.1.0");
        let run = &log["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        // Every result's ruleIndex points at its rule, and every rule has help text.
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        for r in run["results"].as_array().unwrap() {
            let i = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[i]["id"], r["ruleId"]);
            assert!(
                r["locations"][0]["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .unwrap()
                    >= 1
            );
        }
        assert!(
            rules
                .iter()
                .all(|r| r["help"]["text"].as_str().is_some_and(|t| !t.is_empty()))
        );
        // The validator does reject a broken log.
        if !rules.is_empty() {
            let mut bad = log.clone();
            bad["runs"][0]["results"][0]["level"] = Value::from("fatal");
            assert!(!validator.is_valid(&bad));
            let mut bad = log.clone();
            bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
                Value::from(0);
            assert!(!validator.is_valid(&bad));
        }
    }
    // The unreadable file is a tool execution notification.
    let o = check(&["--format", "sarif", &format!("{FIXTURES}/broken")]);
    let log: Value = serde_json::from_slice(&o.stdout).unwrap();
    let inv = &log["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    assert!(
        inv["toolExecutionNotifications"][0]["message"]["text"]
            .as_str()
            .unwrap()
            .contains("control character")
    );
}

#[test]
fn junit_xml() {
    let o = check(&[
        &macros(),
        &format!("{FIXTURES}/broken"),
        "--format",
        "junit",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert!(out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"replytone\" tests=\"14\" failures=\"6\" errors=\"1\""), "{out}");
    assert_eq!(out.matches("<testcase ").count(), 14);
    assert_eq!(out.matches("<failure ").count(), 6);
    assert_eq!(out.matches("<error ").count(), 1);
    assert!(out.contains(r#"<testcase name="Refund refused" classname="tests/fixtures/check/macros/zendesk-export.json">"#));
    // Tags balance, and text is escaped.
    for tag in ["testsuites", "testsuite", "testcase", "failure", "error"] {
        let opened: Vec<&str> = out
            .split(&format!("<{tag}"))
            .skip(1)
            .filter(|rest| rest.starts_with([' ', '>']))
            .map(|rest| rest.split('>').next().unwrap_or(""))
            .collect();
        let self_closed = opened.iter().filter(|t| t.ends_with('/')).count();
        assert_eq!(
            opened.len() - self_closed,
            out.matches(&format!("</{tag}>")).count(),
            "<{tag}>"
        );
    }
    assert!(out.contains("&quot;Deal with it&quot;"));
}

#[test]
fn exit_codes() {
    let pass = check(&[&format!("{FIXTURES}/pass")]);
    assert_eq!(pass.status.code(), Some(0), "{}", stdout(&pass));
    assert_eq!(check(&[&macros()]).status.code(), Some(1));
    let usage = check(&["--format", "xml"]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(stderr(&usage).contains("--format takes text, json, github, sarif or junit"));
    assert_eq!(check(&["--help"]).status.code(), Some(0));
}

#[test]
fn unreadable_files_are_reported_and_the_rest_checked() {
    let missing = format!("{FIXTURES}/no-such-dir");
    let (code, v) = json(&[&format!("{FIXTURES}/broken"), &missing]);
    assert_eq!(code, 2);
    assert_eq!(v["summary"]["responses"], 1, "good.txt is still checked");
    assert_eq!(v["responses"][0]["passed"], true);
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["file"], "tests/fixtures/check/broken/bad.json");
    assert_eq!(errors[0]["line"], 2);
    assert_eq!(errors[1]["file"], missing);
    assert!(
        errors[1]["message"]
            .as_str()
            .unwrap()
            .starts_with("No such file"),
        "{v:#}"
    );
    // A file named twice, by two spellings of its path, is read once.
    let good = format!("{FIXTURES}/broken/good.txt");
    let (code, v) = json(&[&good, &format!("./{good}")]);
    assert_eq!(code, 0);
    assert_eq!(v["summary"]["files"], 1, "{v:#}");
    let o = check(&[&format!("{FIXTURES}/broken")]);
    assert!(
        stderr(&o).contains(
            "check: tests/fixtures/check/broken/bad.json:2: control character in a string"
        )
    );
}

#[test]
fn config_errors_name_file_line_and_key() {
    let o = check(&[&format!("{FIXTURES}/bad-config")]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).trim(),
        "check: tests/fixtures/check/bad-config/replytone.toml:4: severity.\"confrontation.calm-dwn\": no lexicon or check defines this rule"
    );
    // --config replaces discovery: the fixture policy applied to the bad-config folder.
    let o = check(&[
        &format!("{FIXTURES}/bad-config/reply.txt"),
        "--config",
        &format!("{FIXTURES}/macros/replytone.toml"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn lines_mode_and_plain_text_suppressions() {
    let (code, v) = json(&["--lines", &format!("{FIXTURES}/lines/canned.txt")]);
    assert_eq!(code, 1);
    let responses = v["responses"].as_array().unwrap();
    let lines: Vec<u64> = responses
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(
        lines,
        [1, 2, 4, 7, 8, 10],
        "directive and blank lines are not responses"
    );
    let rules = |i: usize| -> Vec<String> {
        responses[i]["violations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["rule"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(rules(1).contains(&"confrontation.calm-down".to_string()));
    assert!(
        !rules(2).contains(&"confrontation.calm-down".to_string()),
        "disable-next-line"
    );
    assert!(
        !rules(3).contains(&"confrontation.not-our-problem".to_string()),
        "disable ... enable"
    );
    assert!(!rules(4).contains(&"confrontation.not-our-problem".to_string()));
    assert!(
        rules(5).contains(&"confrontation.not-our-problem".to_string()),
        "after enable"
    );
    // The unknown id is reported once, at the directive line.
    let unknown: Vec<&Value> = responses
        .iter()
        .flat_map(|r| r["violations"].as_array().unwrap())
        .filter(|v| v["rule"] == "suppression.unknown-rule")
        .collect();
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0]["start"]["line"], 6);
}

#[test]
fn gitignore_is_respected_and_default_policy_applies() {
    let dir = std::env::temp_dir().join(format!("replytone-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("drafts")).unwrap();
    std::fs::write(dir.join(".gitignore"), "drafts/\n").unwrap();
    std::fs::write(dir.join("drafts/cold.txt"), "Calm down. Deal with it.\n").unwrap();
    std::fs::write(
        dir.join("warm.md"),
        "Hi {{first_name}}, I'm so sorry your order arrived damaged. That must be really \
         frustrating. I've sent a replacement today.\n",
    )
    .unwrap();
    std::fs::write(dir.join("notes.pdf"), "not a response").unwrap();
    let (code, v) = json(&[dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["summary"]["files"], 1);
    // Named explicitly, an ignored file is checked, and it fails the default policy.
    let (code, v) = json(&[dir.join("drafts/cold.txt").to_str().unwrap()]);
    assert_eq!(code, 1);
    let rules: Vec<&str> = v["responses"][0]["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"policy.min-overall"), "{rules:?}");
    assert!(rules.contains(&"confrontation.deal-with-it"), "{rules:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn named_files_of_other_kinds_are_plain_text() {
    let dir = std::env::temp_dir().join(format!("replytone-check-kinds-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("note.xyz"), "Hi.\n<b>Deal with it.</b>\n").unwrap();
    std::fs::write(dir.join("NOTES"), "Deal with it.\n").unwrap();
    std::fs::write(dir.join("warm.txt"), "Thanks so much, Sam!\n").unwrap();
    let at = |f: &str| dir.join(f).to_str().unwrap().to_string();
    // (arguments, files checked, responses as (name, line of deal-with-it)); a directory walk
    // still reads only the kinds it knows.
    for (args, files, responses) in [
        (vec![at("note.xyz")], 1, vec![("note.xyz", 2)]),
        (vec![at("NOTES")], 1, vec![("NOTES", 1)]),
        (
            vec!["--lines".to_string(), at("note.xyz")],
            1,
            vec![("line 1", 0), ("line 2", 2)],
        ),
        (vec![at("")], 1, vec![("warm.txt", 0)]),
        // One file by three names is read once.
        (
            vec![
                at("warm.txt"),
                format!("{}/./warm.txt", dir.display()),
                at(""),
            ],
            1,
            vec![("warm.txt", 0)],
        ),
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, v) = json(&args);
        let want_code = if responses.iter().any(|r| r.1 > 0) {
            1
        } else {
            0
        };
        assert_eq!(code, want_code, "{args:?}: {v:#}");
        assert_eq!(v["summary"]["files"], files, "{args:?}");
        let got: Vec<(String, u64)> = v["responses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let name = r["name"].as_str().unwrap();
                let line = r["violations"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|v| v["rule"] == "confrontation.deal-with-it")
                    .map_or(0, |v| v["start"]["line"].as_u64().unwrap());
                (name.rsplit('/').next().unwrap().to_string(), line)
            })
            .collect();
        let want: Vec<(String, u64)> = responses.iter().map(|&(n, l)| (n.to_string(), l)).collect();
        assert_eq!(got, want, "{args:?}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Control characters in a title or a response (an ESC that would recolour the terminal or
/// clear it) are printed as their visible pictures by the text format.
#[test]
fn text_output_shows_control_characters_harmlessly() {
    let dir = std::env::temp_dir().join(format!("replytone-check-ctl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("m.json");
    std::fs::write(
        &file,
        r#"{"macros":[{"title":"t\u0001\u001b[31mred","actions":[{"field":"comment_value","value":"Calm down.\u001b[2J"}]}]}"#,
    )
    .unwrap();
    let o = check(&[file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{1}'),
        "{text}"
    );
    assert!(text.contains("t\u{2401}\u{241b}[31mred"), "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A pipe named on the command line is read like a file: `... | check /dev/stdin`.
#[cfg(unix)]
#[test]
fn standard_input_by_name() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(binary())
        .args(["--format", "json", "/dev/stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the runner starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Calm down, it is not our problem.\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["responses"], 1);
}

/// The shared canned-response corpus, one response per line, when it is present: prints the
/// pass rate and the time (run `cargo test --release --test check_runner canned -- --nocapture`
/// for the release timing).
#[test]
fn canned_corpus() {
    let corpus = Path::new(ROOT).join("../shared/data/canned-responses.txt");
    if !corpus.exists() {
        eprintln!("skipped: {} not present", corpus.display());
        return;
    }
    let started = std::time::Instant::now();
    let (code, v) = json(&["--lines", corpus.to_str().unwrap()]);
    let elapsed = started.elapsed();
    assert!(code == 0 || code == 1, "{code}");
    let lines = std::fs::read_to_string(&corpus)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    let total = v["summary"]["responses"].as_u64().unwrap();
    assert_eq!(total as usize, lines);
    let passed = v["summary"]["passed"].as_u64().unwrap();
    eprintln!(
        "canned-responses.txt: {passed}/{total} passed ({:.1}%) in {:.2} s",
        100.0 * passed as f64 / total as f64,
        elapsed.as_secs_f64()
    );
}
