fn main() {
    let a = match replytone::Analyzer::builder().build() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2)
        }
    };
    if std::env::args().nth(1).as_deref() == Some("--check") {
        for f in a.check_examples() {
            println!("{f}");
        }
        for (d, r, p) in a.rule_counts() {
            println!("{d}: {r} rules, {p} patterns");
        }
        return;
    }
    let text = std::env::args().nth(1).unwrap();
    println!("{:#?}", a.analyze(&text));
}
