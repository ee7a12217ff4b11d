//! Color in text output: only on a terminal, and never when `NO_COLOR` asks not to.

use std::ffi::OsStr;
use std::fmt;
use std::io::IsTerminal;

/// Whether text output is colored, and the colors of its parts.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    color: bool,
}

impl Style {
    /// The style for standard output as it is now: colored when it is a terminal
    /// and `NO_COLOR` is unset.
    pub fn for_stdout() -> Style {
        let no_color = std::env::var_os("NO_COLOR");
        Style {
            color: wants_color(std::io::stdout().is_terminal(), no_color.as_deref()),
        }
    }

    /// A code, where it heads an entry or a line.
    pub fn code(self, text: &str) -> Painted<'_> {
        self.paint(text, "1;33")
    }

    /// The name of a code, next to it.
    pub fn name(self, text: &str) -> Painted<'_> {
        self.paint(text, "1")
    }

    /// The label of a field.
    pub fn label(self, text: &str) -> Painted<'_> {
        self.paint(text, "36")
    }

    fn paint<'a>(self, text: &'a str, sgr: &'static str) -> Painted<'a> {
        Painted {
            text,
            sgr: self.color.then_some(sgr),
        }
    }
}

/// Color only on a terminal, and not when `NO_COLOR` is set to anything but the
/// empty string (<https://no-color.org>: an empty `NO_COLOR` counts as unset).
fn wants_color(is_terminal: bool, no_color: Option<&OsStr>) -> bool {
    is_terminal && no_color.is_none_or(OsStr::is_empty)
}

/// A text with its color, written with the ANSI escapes when color is on.
pub struct Painted<'a> {
    text: &'a str,
    sgr: Option<&'static str>,
}

impl fmt::Display for Painted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.sgr {
            Some(sgr) => write!(f, "\x1b[{sgr}m{}\x1b[0m", self.text),
            None => f.write_str(self.text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn color_only_on_a_terminal_without_no_color() {
        assert!(wants_color(true, None));
        assert!(wants_color(true, Some(OsStr::new(""))));
        assert!(!wants_color(true, Some(OsStr::new("1"))));
        assert!(!wants_color(false, None));
    }

    #[test]
    fn painted_text_has_escapes_only_with_color() {
        let colored = Style { color: true };
        assert_eq!(colored.code("4115").to_string(), "\x1b[1;33m4115\x1b[0m");
        let plain = Style { color: false };
        assert_eq!(plain.code("4115").to_string(), "4115");
    }
}
