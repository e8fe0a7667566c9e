//! Instruction counts of the hot path under valgrind's callgrind, with gungraun: unlike timings
//! they do not move with the machine's load, so a regression shows as a number.
//!
//! `cargo bench --bench instructions` (needs valgrind and the `gungraun-runner` binary at the
//! version of the `gungraun` crate in Cargo.lock; `.ci/run` installs it). Each benchmark fails
//! when its instruction count (`Ir`) exceeds its ceiling: about three times the count measured
//! when the ceiling was set, generous enough for compiler and toolchain drift and tight enough
//! to catch an accidental quadratic pass or a per-call lexicon rebuild.
//!
//! The analyzer is built, and one reply analysed, in the untimed setup, so the counts are those
//! of a compose box re-scoring a draft: the lexicons compiled and the thread's buffers warm.

use std::hint::black_box;

use gungraun::{
    Callgrind, EventKind, LibraryBenchmarkConfig, library_benchmark, library_benchmark_group, main,
};
use replytone::{Analyzer, Context, Report};

#[path = "common/replies.rs"]
mod replies;
use replies::{CUSTOMER, LONG, SHORT};

/// A benchmark that fails above `ir` instructions.
fn ceiling(ir: u64) -> LibraryBenchmarkConfig {
    let mut callgrind = Callgrind::default();
    callgrind.hard_limits([(EventKind::Ir, ir)]);
    let mut config = LibraryBenchmarkConfig::default();
    config.tool(callgrind);
    config
}

/// The default analyzer, compiled, with this thread's buffers and a report warmed on `text`.
fn warm(text: &'static str) -> (Analyzer, &'static str, Report) {
    let analyzer = Analyzer::default();
    let mut report = Report::default();
    analyzer.analyze_into(text, &Context::default(), &mut report);
    (analyzer, text, report)
}

// `analyze`: a new report per call.
#[library_benchmark]
#[bench::short(args = (SHORT), setup = warm, config = ceiling(SHORT_ANALYZE_CEILING))]
#[bench::long(args = (LONG), setup = warm, config = ceiling(LONG_ANALYZE_CEILING))]
fn analyze((analyzer, text, _): (Analyzer, &'static str, Report)) -> Report {
    black_box(analyzer.analyze(black_box(text)))
}

// `analyze_into`: re-scoring a draft into the same report, allocation-free in steady state.
#[library_benchmark]
#[bench::short(args = (SHORT), setup = warm, config = ceiling(SHORT_INTO_CEILING))]
#[bench::long(args = (LONG), setup = warm, config = ceiling(LONG_INTO_CEILING))]
fn analyze_into((analyzer, text, mut report): (Analyzer, &'static str, Report)) -> Report {
    analyzer.analyze_into(black_box(text), &Context::default(), &mut report);
    black_box(report)
}

/// As [`warm`], in a context with the customer's name and message (read on the first call).
/// Four calls, as in `tests/alloc.rs`: the suggestions' strings change places as they are
/// sorted, and take a few calls to all be long enough, so the measured call allocates nothing.
fn warm_with_customer(text: &'static str) -> (Analyzer, &'static str, Report, Context) {
    let analyzer = Analyzer::default();
    let ctx = Context::new()
        .customer_name("Dana Reyes")
        .customer_message(CUSTOMER);
    let mut report = Report::default();
    for _ in 0..4 {
        analyzer.analyze_into(text, &ctx, &mut report);
    }
    (analyzer, text, report, ctx)
}

// `analyze_into` in a helpdesk's compose box: against the customer's message, which the
// thread has read already.
#[library_benchmark]
#[bench::long(args = (LONG), setup = warm_with_customer, config = ceiling(LONG_CUSTOMER_CEILING))]
fn analyze_into_customer(
    (analyzer, text, mut report, ctx): (Analyzer, &'static str, Report, Context),
) -> Report {
    analyzer.analyze_into(black_box(text), &ctx, &mut report);
    black_box(report)
}

// Ceilings: three times the counts measured when they were set (release profile, Rust 1.95,
// x86_64). Lower them when the hot path gets faster; raise them only for a reason you can name.
const SHORT_ANALYZE_CEILING: u64 = 3 * 46_033;
const LONG_ANALYZE_CEILING: u64 = 3 * 169_084;
const SHORT_INTO_CEILING: u64 = 3 * 45_166;
const LONG_INTO_CEILING: u64 = 3 * 164_097;
const LONG_CUSTOMER_CEILING: u64 = 3 * 129_279;

library_benchmark_group!(
    name = hot_path,
    benchmarks = [analyze, analyze_into, analyze_into_customer]
);

main!(library_benchmark_groups = hot_path);
