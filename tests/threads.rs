//! An Analyzer is built once and shared: across threads it gives the same results as on one.

use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::Arc;

use replytone::{Analyzer, AnalyzerBuilder, Context, Error, Report};

fn assert_traits<T: Send + Sync + UnwindSafe + RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_unwind_safe() {
    assert_traits::<Analyzer>();
    assert_traits::<AnalyzerBuilder>();
    assert_traits::<Context>();
    assert_traits::<Report>();
    assert_traits::<Error>();
}

#[test]
fn many_threads_same_results() {
    let replies: Vec<String> = (0..200)
        .map(|i| match i % 4 {
            0 => format!("Hi Ana, sorry your order #{i} is late. That must be frustrating."),
            1 => format!("Calm down. Per my last email, ticket {i} is closed!!"),
            2 => format!("> you never answer\nThanks for waiting, I've refunded order {i}."),
            _ => format!("Dear Customer, unfortunately we can't help with case {i}."),
        })
        .collect();
    let analyzer = Analyzer::default();
    let single: Vec<Report> = replies.iter().map(|r| analyzer.analyze(r)).collect();
    let shared = Arc::new(analyzer);
    let replies = Arc::new(replies);
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let (a, r) = (Arc::clone(&shared), Arc::clone(&replies));
            std::thread::spawn(move || {
                let mut report = Report::default();
                let mut out = Vec::new();
                for (i, text) in r
                    .iter()
                    .enumerate()
                    .skip(t)
                    .chain(r.iter().enumerate().take(t))
                {
                    a.analyze_into(text, &Context::default(), &mut report);
                    out.push((i, report.clone()));
                }
                out
            })
        })
        .collect();
    for h in handles {
        for (i, report) in h.join().expect("no panic") {
            assert_eq!(report, single[i], "reply {i}");
        }
    }
}
