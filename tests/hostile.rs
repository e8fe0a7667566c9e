//! Hostile input: each returns a sane report whose spans slice the input correctly.

use replytone::{Analyzer, Context, Report};

/// The invariants every report keeps, shared with the fuzz targets.
#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod checks;

fn check(name: &str, text: &str, ctx: &Context, report: &Report) {
    eprintln!("checking: {name}");
    checks::check_report(text, ctx, report);
}

fn cases() -> Vec<(&'static str, String)> {
    let para =
        "Hi Ana, calm down. I'm so sorry your order #A1234 is late; that must be frustrating! ";
    vec![
        ("empty", String::new()),
        ("1 MB reply", para.repeat(1_000_000 / para.len())),
        ("10 MB reply", para.repeat(10_000_000 / para.len())),
        ("a million nots", "not ".repeat(1_000_000)),
        ("100k emoji", "😡🙏🏽👨‍👩‍👧".repeat(33_334)),
        ("zalgo", format!("c{}alm down", "\u{0301}\u{0336}\u{0489}".repeat(50_000))),
        ("right to left", "\u{202E}calm down\u{202C} مرحبا بك، نحن آسفون جدا שלום".repeat(1000)),
        ("NUL and controls", "calm\u{0}down \u{1}\u{7}\u{1b}[31m you\u{8} should have\r\n".repeat(1000)),
        ("unbalanced braces", "{{ {% {{first_name} {name ${ %FNAME *|X| [Customer ".repeat(20_000)),
        ("unbalanced markup and quotes", "<b <a href=\"x <!-- \"' ' \" <<<>>> &amp &#; ".repeat(20_000)),
        ("a 1 MB word", "a".repeat(1_000_000)),
        ("a 1 MB line of punctuation", "!?.,;:-".repeat(150_000)),
        ("mixed scripts", "Calm down 東京 Привет مرحبا नमस्ते สวัสดี 😀 καλημέρα ".repeat(5000)),
        ("every Unicode whitespace", "calm\u{9}\u{a}\u{b}\u{c}\u{d}\u{20}\u{85}\u{a0}\u{1680}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\u{2006}\u{2007}\u{2008}\u{2009}\u{200a}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}down ".repeat(5000)),
        ("zero-width everywhere", "c\u{200b}a\u{200c}l\u{200d}m\u{feff} d\u{2060}own ".repeat(10_000)),
        ("deep quoting", "> > > calm down\n".repeat(50_000)),
        ("long URL", format!("https://example.com/{}", "a/".repeat(500_000))),
        ("many placeholders", "{{first_name}} ".repeat(100_000)),
        ("many emails", "a@b.co ".repeat(100_000)),
        ("dots", "a.".repeat(500_000)),
        ("caps", "NO WAY THIS IS WRONG ".repeat(50_000)),
    ]
}

#[test]
fn hostile_inputs_give_sane_reports() {
    let analyzer = Analyzer::default();
    let ctx = Context::new()
        .customer_name("Ana")
        .customer_message("where is my order??");
    for (name, text) in cases() {
        check(name, &text, &Context::default(), &analyzer.analyze(&text));
        check(name, &text, &ctx, &analyzer.analyze_with(&text, &ctx));
    }
}

#[test]
fn a_million_nots_negate_without_blowing_up() {
    let analyzer = Analyzer::default();
    let text = format!("{}calm down", "not ".repeat(1_000_000));
    let report = analyzer.analyze(&text);
    check("nots then calm down", &text, &Context::default(), &report);
}
