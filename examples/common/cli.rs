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
