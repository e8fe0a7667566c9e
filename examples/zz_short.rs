#[path = "../benches/common/replies.rs"]
mod replies;
fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let text = if which == "long" {
        replies::LONG
    } else {
        replies::SHORT
    };
    let a = replytone::Analyzer::default();
    let mut r = replytone::Report::default();
    let ctx = replytone::Context::new();
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let mut f = 0;
    for _ in 0..n {
        a.analyze_into(std::hint::black_box(text), &ctx, &mut r);
        f += r.findings.len();
    }
    println!("{f}");
}
