//! Precision, recall and F1 per dimension on the labelled fixtures.
//!
//! ```text
//! cargo run --release --example evaluate                 # the table
//! cargo run --release --example evaluate -- --misses     # and every false positive / negative
//! cargo run --release --example evaluate -- FILE.jsonl   # another labelled set of the same shape
//! ```

#[path = "../tests/common/eval.rs"]
mod eval;

use replytone::{Analyzer, Dimension};

fn main() {
    let mut misses = false;
    let mut path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/replies.jsonl").to_string();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--misses" => misses = true,
            "-h" | "--help" => {
                println!("usage: evaluate [--misses] [FILE.jsonl]");
                return;
            }
            _ => path = arg,
        }
    }
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("evaluate: {path}: {e}");
            std::process::exit(2);
        }
    };
    let cases = eval::load(&text);
    let result = eval::evaluate(&Analyzer::default(), &cases);
    println!(
        "{} replies from {path}; a dimension is present at score >= {}\n",
        cases.len(),
        eval::PRESENT_AT
    );
    println!(
        "{:<18} {:>9} {:>9} {:>9} {:>5} {:>5} {:>5}",
        "dimension", "precision", "recall", "F1", "tp", "fp", "fn"
    );
    for (d, c) in Dimension::SCORED.iter().zip(result.replies.iter()) {
        println!(
            "{:<18} {:>9.3} {:>9.3} {:>9.3} {:>5} {:>5} {:>5}",
            d.name(),
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        );
    }
    let s = result.spans;
    println!(
        "{:<18} {:>9.3} {:>9.3} {:>9.3} {:>5} {:>5} {:>5}",
        "confrontation spans",
        s.precision(),
        s.recall(),
        s.f1(),
        s.tp,
        s.fp,
        s.fn_
    );
    if misses {
        println!();
        for m in &result.misses {
            println!("{m}");
        }
    }
}
