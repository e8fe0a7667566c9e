//! The lexicon program (examples/lexicon) end to end: `findings FILE` lists the findings of
//! each line of a file of replies.

use std::process::Command;

#[path = "common/example.rs"]
mod example;

#[test]
fn findings_names_a_line_that_is_not_utf8_and_reads_the_rest() {
    let dir = std::env::temp_dir().join(format!("replytone-lexicon-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("replies.txt");
    // A byte-order mark, CRLF line ends, and two bytes that are not UTF-8 on line 2.
    std::fs::write(
        &file,
        b"\xef\xbb\xbfCalm down.\r\nPer our policy \xff\xfe we cannot.\nThanks!\n",
    )
    .unwrap();
    let out = Command::new(example::build("lexicon"))
        .args(["findings", file.to_str().unwrap()])
        .output()
        .expect("lexicon runs");
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = stdout.lines().map(|l| l.split('\t').collect()).collect();
    let found: Vec<(&str, &str)> = rows.iter().map(|r| (r[0], r[1])).collect();
    assert_eq!(
        found,
        [
            ("1", "confrontation.calm-down"),
            ("2", "confrontation.policy-per-our-policy"),
            ("3", "gratitude.thanks-standalone"),
        ],
        "{stdout}"
    );
    // The line as analysed: no BOM, no carriage return, the bad bytes replaced.
    assert_eq!(rows[0][4], "Calm down.");
    assert_eq!(rows[1][4], "Per our policy \u{fffd}\u{fffd} we cannot.");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("replies.txt:2: not valid UTF-8 (byte 16)"),
        "{stderr}"
    );
}
