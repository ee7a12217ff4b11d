//! Text output: an entry as a block of labelled lines, or a catalog as one line
//! per code.

use std::io::{self, Write};

use errcodes::Origin;

use crate::entry::{self, Entry, Show, Value};
use crate::escape;
use crate::style::Style;

/// Writes the rows that `input` names, one block each; several rows (an
/// ambiguous Koupleless code) come after a line that says why.
pub fn write_explained(
    out: &mut impl Write,
    style: Style,
    input: &str,
    rows: &[Entry<'_>],
) -> io::Result<()> {
    if rows.len() > 1 {
        let components: Vec<&str> = rows
            .iter()
            .filter_map(|row| row.text("component"))
            .collect();
        if rows.iter().all(|row| row.text("vendor") == Some("sdk")) {
            writeln!(
                out,
                "{}: {} openYuanrong codes have this number ({}); a parse answers {}\n",
                escape::terminal(input.trim(), false),
                rows.len(),
                components.join(", "),
                match rows[0].text("table") {
                    Some(_) => "the published one, first",
                    None => "none of them: parse it with its component",
                }
            )?;
        } else if rows.iter().all(|row| row.text("vendor") == Some("paas")) {
            let mut scopes: Vec<&str> = rows.iter().filter_map(|row| row.text("scope")).collect();
            scopes.dedup();
            let published = matches!(
                rows[0].value("origin"),
                Some(Value::CodeOrigin(Origin::Published))
            );
            writeln!(
                out,
                "{}: {} BlueKing PaaS codes have this key (in {}); a parse answers {}\n",
                escape::terminal(input.trim(), false),
                rows.len(),
                scopes.join(", "),
                if published {
                    "the published one, first"
                } else {
                    "none of them: the gateway's body tells them apart by its code and code_name"
                }
            )?;
        } else if rows.iter().all(|row| {
            matches!(
                row.value("origin"),
                Some(Value::CodeOrigin(Origin::Published))
            )
        }) {
            writeln!(
                out,
                "{}: listed by {} component tables ({}), with a row in each\n",
                escape::terminal(input.trim(), false),
                rows.len(),
                components.join(", ")
            )?;
        } else {
            writeln!(
                out,
                "{}: sent by {} components ({}), each its own code; a parse answers none of \
                 them: parse it with its component\n",
                escape::terminal(input.trim(), false),
                rows.len(),
                components.join(", ")
            )?;
        }
    }
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_entry(out, style, row)?;
    }
    Ok(())
}

/// Writes `entry` as its heading (code and name), then one labelled line per
/// field, values aligned; a value of several lines keeps them, indented.
fn write_entry(out: &mut impl Write, style: Style, entry: &Entry<'_>) -> io::Result<()> {
    let fields = entry.fields();
    let mut headings = fields.iter().filter(|field| field.show == Show::Heading);
    if let Some(field) = headings.next() {
        if let Some(code) = text_of(&field.value) {
            write!(out, "{}", style.code(&escape::terminal(code, !field.sent)))?;
        }
    }
    for field in headings {
        if let Some(name) = text_of(&field.value) {
            write!(
                out,
                "  {}",
                style.name(&escape::terminal(name, !field.sent))
            )?;
        }
    }
    writeln!(out)?;

    let lines = || fields.iter().filter(|field| field.show == Show::Line);
    let width = lines()
        .map(|field| field.label.chars().count())
        .max()
        .unwrap_or(0);
    let indent = " ".repeat(2 + width + 2);
    for field in lines() {
        let padding = " ".repeat(width - field.label.chars().count() + 2);
        write!(out, "  {}{padding}", style.label(field.label))?;
        let value = value_text(&field.value, field.sent);
        let mut value_lines = value.lines();
        writeln!(out, "{}", value_lines.next().unwrap_or_default())?;
        for line in value_lines {
            match line {
                "" => writeln!(out)?,
                line => writeln!(out, "{indent}{line}")?,
            }
        }
    }
    Ok(())
}

/// Writes one line per entry: platform, code, name and message, in columns. The
/// columns of each platform are as wide as its own codes and names need
/// (Koupleless codes are four times as long as the others).
pub fn write_summaries(
    out: &mut impl Write,
    style: Style,
    entries: &[Entry<'_>],
) -> io::Result<()> {
    let vendor_width = width(entries, "vendor");
    let same_vendor = |a: &Entry<'_>, b: &Entry<'_>| a.text("vendor") == b.text("vendor");
    for platform in entries.chunk_by(same_vendor) {
        let (code_width, name_width) = (width(platform, "code"), width(platform, "name"));
        for entry in platform {
            let vendor = entry.text("vendor").unwrap_or_default();
            let code = entry.text("code").unwrap_or_default();
            let name = entry.text("name").unwrap_or_default();
            // One line per code, whatever the message holds.
            let mut message = escape::terminal(
                &entry.text("message").unwrap_or_default().replace('\n', " "),
                false,
            )
            .into_owned();
            if let Some(Value::CodeOrigin(Origin::VendorSource(_))) = entry.value("origin") {
                message.push_str("  [vendor source]");
            }
            let (code, name) = (escape::terminal(code, false), escape::terminal(name, false));
            writeln!(
                out,
                "{vendor:<vendor_width$}  {}{}  {}{}  {message}",
                style.code(&code),
                pad(&code, code_width),
                style.name(&name),
                pad(&name, name_width),
            )?;
        }
    }
    Ok(())
}

/// The width of the widest text under `key`, in characters.
fn width(entries: &[Entry<'_>], key: &str) -> usize {
    entries
        .iter()
        .filter_map(|entry| entry.text(key))
        .map(|text| text.chars().count())
        .max()
        .unwrap_or(0)
}

/// The spaces that widen `text` to `width` characters (escapes of color take
/// no room on the screen, so the padding is written apart from them).
fn pad(text: &str, width: usize) -> String {
    " ".repeat(width.saturating_sub(text.chars().count()))
}

fn text_of<'a>(value: &Value<'a>) -> Option<&'a str> {
    match value {
        Value::Text(text) => Some(text),
        _ => None,
    }
}

/// The text of `value`, safe on a terminal; a value `sent` in a body has its
/// line breaks escaped too, a catalog text keeps them.
fn value_text(value: &Value<'_>, sent: bool) -> String {
    let safe = |text: &str| escape::terminal(text, !sent).into_owned();
    match value {
        Value::Text(text) => safe(text),
        Value::List(items) => items
            .iter()
            .map(|item| safe(item))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Pairs(pairs) => pairs
            .iter()
            .map(|(name, text)| format!("{}: {}", escape::terminal(name, false), safe(text)))
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Status(status) => status.to_string(),
        Value::Origin(origin) => entry::origin_text(*origin).to_owned(),
        Value::CodeOrigin(origin) => entry::code_origin_text(*origin),
        Value::MeaningOrigin(origin) => entry::meaning_origin_text(*origin).to_owned(),
        Value::Texts(texts) => texts
            .iter()
            .map(|t| format!("[{} {}] {}", t.lang(), t.field().as_str(), safe(t.text())))
            .collect::<Vec<_>>()
            .join("\n"),
        Value::PaasDefinitions(definitions) => definitions
            .iter()
            .map(|d| {
                let mut line = format!("{}: {} ({})", d.scope(), d.name(), d.citation());
                if let Some(message) = d.message_en().or(d.message_zh()) {
                    line.push_str(&format!(", {message:?}"));
                }
                match d.http_status() {
                    Some(status) => line.push_str(&format!(", HTTP {}", status.as_u16())),
                    None => line.push_str(", no status of its own"),
                }
                line
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Value::KouplelessDefinitions(definitions) => definitions
            .iter()
            .map(|d| {
                let mut line = format!("{}: {} ({})", d.sent_by(), d.symbol(), d.citation());
                if let Some(message) = d.message() {
                    line.push_str(&format!(", sends {message:?}"));
                }
                if let Some(expression) = d.expression() {
                    line.push_str(&format!(", sends what {expression:?} builds"));
                }
                if let Some(comment) = d.comment() {
                    line.push_str(&format!(", comment {comment:?}"));
                }
                line
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Definitions(definitions) => definitions
            .iter()
            .map(|d| {
                let mut line = format!("{}: {} ({})", d.component(), d.symbol(), d.citation());
                if let Some(message) = d.message() {
                    line.push_str(&format!(", sends {message:?}"));
                }
                if let Some(status) = d.http_status() {
                    line.push_str(&format!(", HTTP {}", status.as_u16()));
                }
                line
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}
