//! Replays the fuzz inputs kept in the repository through the fuzz targets' own checks:
//! `fuzz/regressions/<target>/*` (inputs that once crashed a target, kept after the fix) and the
//! seed corpus `fuzz/corpus/<target>/*`. A plain `cargo test`, no fuzzer needed.

#[path = "../fuzz/src/lib.rs"]
mod checks;

use std::path::Path;

/// Runs every file under `dir/<target>/` through that target's checks; returns how many ran.
/// Fails with every file that breaks a check, and why.
fn replay(dir: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut count = 0;
    let mut failures = Vec::new();
    for target in checks::TARGETS {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        let mut paths: Vec<_> = entries
            .map(|e| e.expect("readable directory entry").path())
            .filter(|p| {
                p.is_file()
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        paths.sort();
        for path in paths {
            let data = std::fs::read(&path).expect("readable fuzz input");
            if let Err(panic) = std::panic::catch_unwind(|| checks::run(target, &data)) {
                let why = panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("a panic");
                failures.push(format!("{target}: {}: {why}", path.display()));
            }
            count += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    count
}

#[test]
fn fuzz_regressions_pass() {
    replay("fuzz/regressions");
}

#[test]
fn fuzz_seed_corpus_passes() {
    assert!(
        replay("fuzz/corpus") >= checks::TARGETS.len(),
        "the seed corpus is missing"
    );
}
