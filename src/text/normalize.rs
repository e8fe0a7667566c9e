//! The normalized form that matching sees: case folded, typographic variants folded.

/// Characters that carry no letters of their own and are dropped inside words: zero-width
/// space, joiners, word joiner, byte-order mark, soft hyphen, variation selectors, and
/// combining marks outside words' own scripts.
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}'
        | '\u{180E}' | '\u{FE00}'..='\u{FE0F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Appends the normalized form of a word or punctuation token to `out`.
///
/// Lower case; `’ ‘ ʼ ′` become `'`; `“ ” „ « »` become `"`; dashes become `-`; `…` becomes
/// `...`; ignorable characters vanish; runs of `!`/`?` become `!!`, `??` or `?!`.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let b = s.as_bytes();
        if b.len() > 1 && b.iter().all(|&c| c == b'!' || c == b'?') {
            out.push_str(bang_run(b.iter().copied().map(char::from)));
            return;
        }
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
        return;
    }
    if s.chars().count() > 1 && s.chars().all(|c| matches!(c, '!' | '?' | '！' | '？')) {
        out.push_str(bang_run(s.chars()));
        return;
    }
    for c in s.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{0060}' | '\u{00B4}' => {
                out.push('\'')
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' => {
                out.push('"')
            }
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
                out.push('-')
            }
            '\u{2026}' => out.push_str("..."),
            '！' => out.push('!'),
            '？' => out.push('?'),
            c if is_ignorable(c) => {}
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

fn bang_run(chars: impl Iterator<Item = char>) -> &'static str {
    let (mut bang, mut ask) = (false, false);
    for c in chars {
        match c {
            '!' | '！' => bang = true,
            _ => ask = true,
        }
    }
    match (bang, ask) {
        (true, true) => "?!",
        (true, false) => "!!",
        _ => "??",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        let mut out = String::new();
        fold_into(s, &mut out);
        out
    }

    #[test]
    fn folds_case_quotes_dashes_and_invisibles() {
        let cases = [
            ("Calm", "calm"),
            ("DON’T", "don't"),
            ("don‘t", "don't"),
            ("cal\u{200B}m", "calm"),
            ("soft\u{00AD}ware", "software"),
            ("—", "-"),
            ("…", "..."),
            ("“", "\""),
            ("!!!", "!!"),
            ("?!?", "?!"),
            ("???", "??"),
            ("!", "!"),
            ("ÉCOUTE", "écoute"),
            ("İ", "i\u{307}"),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "input {input:?}");
        }
    }
}
