//! A compose box re-scores the same draft on every keystroke: in steady state that allocates
//! nothing. Proven with a counting global allocator (this file is its own test binary).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use replytone::{Analyzer, Context, Report};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: defers to the system allocator; only counts calls on the current thread.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

/// Re-scores each draft in `ctx` a hundred times after a few warm-up calls and counts the
/// allocations; the report must still be what a fresh analysis gives. (Suggestions are sorted
/// after they are written, so their strings change places between calls and take a few calls
/// to all be long enough.)
fn assert_steady(analyzer: &Analyzer, ctx: &Context, drafts: &[&str]) {
    for draft in drafts {
        let mut report = Report::default();
        for _ in 0..4 {
            analyzer.analyze_into(draft, ctx, &mut report);
        }
        let before = allocations();
        for _ in 0..100 {
            analyzer.analyze_into(draft, ctx, &mut report);
        }
        assert_eq!(
            allocations() - before,
            0,
            "allocations while re-scoring {draft:?}"
        );
        assert_eq!(report, analyzer.analyze_with(draft, ctx));
    }
}

#[test]
fn rescoring_the_same_draft_allocates_nothing() {
    let analyzer = Analyzer::default();
    let drafts = [
        "Hi Dana, calm down. Per my last email, you should have read the FAQ!! Sorry for any inconvenience.",
        "Hi Dana, I'm so sorry your order #A1234 hasn't arrived. That must be frustrating; I've refunded it.",
        // No greeting: a greeting by name is suggested.
        "Your refund is on its way. Kindly note that {{first_name}} must sign for it.",
        // Suggestions that rewrite the phrase with a regex.
        "Hi Dana, we can't ship your order until Monday. Just simply restart it.",
        "",
    ];
    assert_steady(&analyzer, &Context::new().customer_name("Dana"), &drafts);
}

#[test]
fn rescoring_with_the_customers_message_allocates_nothing() {
    // What a helpdesk compose box has: the customer's message, upset, with a question and
    // things to echo. Reading it, checking the reply against it and the empathy suggestion.
    let analyzer = Analyzer::default();
    let ctx = Context::new().customer_name("Dana Reyes").customer_message(
        "This is the third time I'm writing!! My new headphones arrived broken and I'm \
             really disappointed. Where is my refund for order #A1234?",
    );
    let drafts = [
        "Refunds are processed within 10 business days.",
        "Hi Dana, I'm so sorry your headphones arrived broken. Your refund for order #A1234 was sent today.",
        "",
    ];
    assert_steady(&analyzer, &ctx, &drafts);
    // Another message on the same thread: read once, then steady again.
    let other = Context::new().customer_message("Can you tell me where my package is? It's late.");
    assert_steady(&analyzer, &other, &drafts);
}

#[test]
fn drafts_taking_turns_allocate_nothing() {
    // One report for drafts with many findings and suggestions, and with none: what the
    // short one leaves over is kept for the long one, not freed and made again.
    let analyzer = Analyzer::default();
    let ctx = Context::new().customer_name("Dana");
    let long = "Calm down. Per my last email, you should have read the FAQ!! Unfortunately \
                that is our policy. Sorry for any inconvenience. Just simply restart it.";
    let drafts = [long, "", "Thanks!", long];
    let mut report = Report::default();
    for _ in 0..4 {
        for draft in drafts {
            analyzer.analyze_into(draft, &ctx, &mut report);
        }
    }
    let before = allocations();
    for _ in 0..20 {
        for draft in drafts {
            analyzer.analyze_into(draft, &ctx, &mut report);
        }
    }
    assert_eq!(
        allocations() - before,
        0,
        "allocations while drafts take turns"
    );
    assert!(report.findings.len() >= 5 && report.suggestions.len() >= 4);
    assert_eq!(report, analyzer.analyze_with(long, &ctx));
}

#[test]
fn rescoring_a_template_allocates_nothing() {
    let analyzer = Analyzer::default();
    let ctx = Context::new().template(true);
    let drafts = [
        "Hi {{first_name}}, thanks for reaching out! Your ticket {{ticket.id}} is with our team.",
        "Thanks for your patience.",
    ];
    assert_steady(&analyzer, &ctx, &drafts);
}

#[test]
fn a_fresh_report_costs_only_its_own_allocations() {
    let analyzer = Analyzer::default();
    let text = "Calm down. As I already said, the refund is processing.";
    let _ = analyzer.analyze(text);
    let before = allocations();
    let report = analyzer.analyze(text);
    let used = allocations() - before;
    // The findings and suggestions vectors, and one string per finding text, suggestion
    // message and replacement (vectors may grow once or twice).
    let strings: usize = report.findings.len()
        + report
            .suggestions
            .iter()
            .map(|s| 1 + s.replacements.len())
            .sum::<usize>();
    assert!(
        used <= strings + 8,
        "{used} allocations for {strings} strings"
    );
}
