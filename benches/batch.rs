//! `Analyzer::analyze_batch` scaling from one to two threads (feature `rayon`).
//!
//! `cargo bench --features rayon --bench batch`. Reads `../shared/data/canned-responses.txt`
//! (one reply per line) when present and is skipped otherwise.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use replytone::Analyzer;

fn batch(c: &mut Criterion) {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/canned-responses.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping batch: {} not found", path.display());
        return;
    };
    let replies: Vec<&str> = text.lines().collect();
    let analyzer = Analyzer::default();
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        group.bench_function(format!("canned-responses/{threads}-threads"), |b| {
            b.iter(|| pool.install(|| analyzer.analyze_batch(black_box(&replies))))
        });
    }
    group.finish();
}

criterion_group!(benches, batch);
criterion_main!(benches);
