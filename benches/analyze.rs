//! The hot path: analysing one reply, and whole corpora.
//!
//! `cargo bench --bench analyze`. The corpus groups read `../shared/data/*.txt` (one reply per
//! line) when present and are skipped otherwise.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use replytone::{Analyzer, Context, Report};

#[path = "common/replies.rs"]
mod replies;
use replies::{CUSTOMER, LONG, SHORT};

fn corpus(name: &str) -> Option<Vec<String>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(name);
    let text = std::fs::read_to_string(&path).ok()?;
    Some(text.lines().map(str::to_string).collect())
}

fn single(c: &mut Criterion) {
    let analyzer = Analyzer::default();
    let ctx = Context::default();
    let mut group = c.benchmark_group("reply");
    for (name, text) in [("short", SHORT), ("long", LONG)] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| analyzer.analyze(black_box(text))));
        let mut report = Report::default();
        group.bench_function(format!("{name}_into"), |b| {
            b.iter(|| analyzer.analyze_into(black_box(text), &ctx, &mut report))
        });
    }
    // A compose box in a helpdesk: the draft scored against the customer's message.
    let with_customer = Context::new()
        .customer_name("Dana Reyes")
        .customer_message(CUSTOMER);
    let mut report = Report::default();
    group.throughput(Throughput::Bytes(LONG.len() as u64));
    group.bench_function("long_into_customer", |b| {
        b.iter(|| analyzer.analyze_into(black_box(LONG), &with_customer, &mut report))
    });
    group.finish();
}

fn corpora(c: &mut Criterion) {
    let analyzer = Analyzer::default();
    let ctx = Context::default();
    let mut group = c.benchmark_group("corpus");
    group.sample_size(20);
    for name in ["agent-replies.txt", "canned-responses.txt"] {
        let Some(lines) = corpus(name) else {
            eprintln!("skipping corpus/{name}: ../shared/data/{name} not found");
            continue;
        };
        let bytes: usize = lines.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        let mut report = Report::default();
        group.bench_function(name, |b| {
            b.iter(|| {
                for line in &lines {
                    analyzer.analyze_into(black_box(line), &ctx, &mut report);
                }
            })
        });
    }
    group.finish();
}

/// Linear time: the per-byte cost stays flat from 1 KB to 1 MB.
fn scaling(c: &mut Criterion) {
    let analyzer = Analyzer::default();
    let ctx = Context::default();
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    let unit = format!("{SHORT} {LONG} ");
    for size in [1_000usize, 10_000, 100_000, 1_000_000] {
        let mut text = unit.repeat(size / unit.len() + 1);
        let mut cut = size;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let mut report = Report::default();
        group.bench_function(format!("{size}"), |b| {
            b.iter(|| analyzer.analyze_into(black_box(&text), &ctx, &mut report))
        });
    }
    group.finish();
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(20);
    // What a process pays once for `Analyzer::default()`: the embedded lexicons, their
    // vocabulary and tries loaded from the compiled image (`AnalyzerBuilder::build` builds
    // anew each time; `Analyzer::default` shares one).
    group.bench_function("default_lexicons", |b| {
        b.iter_batched(
            || (),
            |()| Analyzer::builder().build().expect("builds"),
            BatchSize::PerIteration,
        )
    });
    // Any change to the lexicon set (here one rule disabled) compiles every pattern.
    group.bench_function("compile_lexicons", |b| {
        b.iter_batched(
            || (),
            |()| {
                Analyzer::builder()
                    .disable_rule("confrontation.calm-down")
                    .build()
                    .expect("builds")
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, single, corpora, scaling, build);
criterion_main!(benches);
