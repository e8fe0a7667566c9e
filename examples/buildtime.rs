//! How long building an Analyzer takes (exploratory; the criterion benches `build/*` are the
//! reference): `cargo run --release --example buildtime`.
//!
//! Two figures: the embedded lexicons as shipped, loaded from their compiled image (what
//! `Analyzer::default()` pays once per process), and a full compile of every pattern (what any
//! change to the lexicon set costs; here one rule is disabled).
fn main() {
    let rounds = 20;
    let time = |disable: bool| {
        let t = std::time::Instant::now();
        for _ in 0..rounds {
            let mut builder = replytone::Analyzer::builder();
            if disable {
                builder.disable_rule("confrontation.calm-down");
            }
            std::hint::black_box(builder.build().expect("builds"));
        }
        t.elapsed().as_secs_f64() * 1000.0 / f64::from(rounds)
    };
    println!("default lexicons (image): {:.2} ms", time(false));
    println!("full compile:             {:.2} ms", time(true));
}
