//! How long building the default Analyzer takes (exploratory; the criterion bench
//! `build/default_lexicons` is the reference): `cargo run --release --example buildtime`.
fn main() {
    let rounds = 20;
    let t = std::time::Instant::now();
    for _ in 0..rounds {
        let a = replytone::Analyzer::builder()
            .disable_rule("confrontation.calm-down")
            .build()
            .expect("builds");
        std::hint::black_box(a);
    }
    println!(
        "build: {:.2} ms",
        t.elapsed().as_secs_f64() * 1000.0 / f64::from(rounds)
    );
}
