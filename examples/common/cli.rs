//! Command-line pieces shared by the example programs (`#[path]`-included by each).

use std::io::{self, IsTerminal};

/// The value of `--color`: `auto` (colour when stdout is a terminal), `always` or `never`.
pub fn color(value: &str) -> Result<bool, String> {
    match value {
        "auto" => Ok(io::stdout().is_terminal()),
        "always" => Ok(true),
        "never" => Ok(false),
        other => Err(format!(
            "--color takes auto, always or never, not {other:?}"
        )),
    }
}

/// `s` in the ANSI colour `code` when `color` is on.
pub fn paint(color: bool, code: &str, s: &str) -> String {
    if color {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

/// A character as it is safe to print on a terminal: control characters, which could move the
/// cursor or recolour it (a macro title holding `ESC [31m`), become their visible pictures
/// (U+2400..), one character each so that columns stay aligned; tabs become spaces.
pub fn printable(c: char) -> char {
    match c {
        '\t' => ' ',
        '\0'..='\x1f' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\x7f' => '\u{2421}',
        '\u{80}'..='\u{9f}' => '\u{fffd}',
        c => c,
    }
}

/// `s` with every character [`printable`].
pub fn clean(s: &str) -> String {
    s.chars().map(printable).collect()
}
