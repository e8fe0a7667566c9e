//! The hot path: analysing one reply, and whole corpora.
//!
//! `cargo bench --bench analyze`. The corpus groups read `../shared/data/*.txt` (one reply per
//! line) when present and are skipped otherwise.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use replytone::{Analyzer, Context, Report};

/// About 130 bytes, like a median agent tweet.
const SHORT: &str = "Hi Dana, I'm so sorry your order #A1234 hasn't arrived yet. That must be frustrating! I've checked and it ships today.";

/// About 530 bytes, like a median canned response.
const LONG: &str = "Hi {{first_name}}, thanks for letting us know about the double charge on your card. \
I can see how stressful it is to find two payments for one order, and I'm sorry we put you in that position. \
I've looked into your account and the second charge of $49.99 was a pending authorisation that will drop off \
within 3-5 business days. Unfortunately, we can't release it any faster from our side. In the meantime, \
if you notice anything else that looks wrong, just reply to this email and I'll make sure it's sorted. \
Thanks for your patience! Kim";

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
    group.bench_function("default_lexicons", |b| {
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
