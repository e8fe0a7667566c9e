//! Quick single-threaded throughput over the shared corpora (the criterion bench is the
//! reference; this is for exploratory runs): `cargo run --release --example throughput`.
use std::time::Instant;

fn main() {
    let analyzer = replytone::Analyzer::default();
    let mut report = replytone::Report::default();
    let ctx = replytone::Context::default();
    for name in ["agent-replies.txt", "canned-responses.txt"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/data")
            .join(name);
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipping {name}: not found");
            continue;
        };
        let lines: Vec<&str> = text.lines().collect();
        let t = Instant::now();
        let rounds: u32 = std::env::var("ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(5);
        let mut findings = 0;
        for _ in 0..rounds {
            for l in &lines {
                analyzer.analyze_into(l, &ctx, &mut report);
                findings += report.findings.len();
            }
        }
        let secs = t.elapsed().as_secs_f64() / f64::from(rounds);
        println!(
            "{name}: {} replies, {:.1} MB/s, {:.2} µs/reply, {} findings/round",
            lines.len(),
            text.len() as f64 / secs / 1e6,
            secs * 1e6 / lines.len() as f64,
            findings / rounds as usize
        );
    }
}
