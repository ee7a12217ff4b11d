//! Text that came from a body or an argument, made safe to write to a
//! terminal: nothing in it can move the cursor, recolor, clear the screen,
//! reorder what follows it, or start a line that looks like the command's own.

use std::borrow::Cow;
use std::io;

/// Whether `c` must not reach a terminal as is: C0 and C1 controls (ESC,
/// U+009B CSI, DEL), the bidirectional marks and overrides (U+202E, ...), and
/// the Unicode line and paragraph separators.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// `text` with every unsafe character written as its escape (`\u{1b}`,
/// `\n`); with `lines`, line breaks (`\n`) are kept, for the catalog's own
/// texts of several lines.
pub fn terminal(text: &str, lines: bool) -> Cow<'_, str> {
    let escaped = |c: char| is_unsafe(c) && !(lines && c == '\n');
    if !text.chars().any(escaped) {
        return Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escaped(c) {
            safe.extend(c.escape_default());
        } else {
            safe.push(c);
        }
    }
    Cow::Owned(safe)
}

/// A `serde_json` formatter, pretty, that also writes as `\uXXXX` the
/// characters JSON allows raw but a terminal acts on (C1 controls, DEL,
/// bidirectional overrides, line separators), so that JSON output on a
/// terminal is as safe as text output.
pub struct SafeJson<'i>(serde_json::ser::PrettyFormatter<'i>);

impl SafeJson<'_> {
    pub fn new() -> Self {
        SafeJson(serde_json::ser::PrettyFormatter::new())
    }
}

impl serde_json::ser::Formatter for SafeJson<'_> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if is_unsafe(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(writer, "\\u{unit:04x}")?;
                }
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_bidi_and_line_breaks_are_escaped() {
        let hostile = "a\u{1b}[2J\u{9b}31m\u{202e}b\nc\u{2028}d";
        assert_eq!(
            terminal(hostile, false),
            "a\\u{1b}[2J\\u{9b}31m\\u{202e}b\\nc\\u{2028}d"
        );
        assert_eq!(
            terminal(hostile, true),
            "a\\u{1b}[2J\\u{9b}31m\\u{202e}b\nc\\u{2028}d"
        );
        assert!(matches!(terminal("plain 文字", false), Cow::Borrowed(_)));
    }

    #[test]
    fn json_escapes_what_a_terminal_acts_on() {
        let mut out = Vec::new();
        let mut serializer = serde_json::Serializer::with_formatter(&mut out, SafeJson::new());
        serde::Serialize::serialize("x\u{9b}y\u{202e}z\u{1b}", &mut serializer).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#""x\u009by\u202ez\u001b""#
        );
    }
}
