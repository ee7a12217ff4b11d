//! `errcodes`: explains the error codes of Tencent BlueKing PaaS, Huawei Cloud
//! CCI, openYuanrong and Koupleless, from the catalogs the vendors publish.
//!
//! Exit status: 0 when everything asked for was found, 1 when a code was not
//! found, a search matched nothing, or the output could not be written, 2 for a
//! usage error (clap's).

mod args;
mod body;
mod entry;
mod escape;
mod explain;
mod json;
mod search;
mod style;
mod suggest;
mod text;

use std::fmt;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;
use errcodes::{Code, ErrorCode, Lang, ParseCodeError};

use crate::args::{Cli, Command, Format};
use crate::body::{Sent, Unreadable};
use crate::entry::Entry;
use crate::explain::Explained;
use crate::search::Query;
use crate::style::Style;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let style = Style::for_stdout();
    let mut out = BufWriter::new(io::stdout().lock());
    let outcome = run(cli.command, style, &mut out).and_then(|outcome| {
        out.flush()?;
        Ok(outcome)
    });
    match outcome {
        Ok(Outcome::Found) => ExitCode::SUCCESS,
        Ok(Outcome::NotFound) => ExitCode::FAILURE,
        Ok(Outcome::Usage) => ExitCode::from(2),
        // The reader stopped reading (`errcodes list | head`): not a failure.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            complain(format_args!("cannot write the output: {error}"));
            ExitCode::FAILURE
        }
    }
}

/// Whether everything the command was asked for was found.
enum Outcome {
    Found,
    NotFound,
    /// A usage error clap cannot see: `-` given twice.
    Usage,
}

fn run(command: Command, style: Style, out: &mut impl Write) -> io::Result<Outcome> {
    match command {
        Command::Explain {
            codes,
            vendor,
            lang,
            output,
        } => explain(&codes, vendor, lang, output.format, style, out),
        Command::List {
            vendor,
            published,
            kind,
            advice,
            output,
        } => {
            let entries: Vec<Entry> = Code::all()
                .filter(|code| vendor.is_none_or(|vendor| code.vendor() == vendor))
                .filter(|code| !published || code.origin().is_published())
                .filter(|code| kind.is_none_or(|kind| code.kind() == kind))
                .filter(|code| advice.is_none_or(|advice| code.retry_advice() == advice))
                .map(Entry::of)
                .collect();
            write_catalog(out, output.format, style, &entries)?;
            Ok(Outcome::Found)
        }
        Command::Search { words, output } => {
            let query = Query::new(&words);
            let entries: Vec<Entry> = Code::all()
                .map(Entry::of)
                .filter(|entry| query.matches(entry))
                .collect();
            write_catalog(out, output.format, style, &entries)?;
            if entries.is_empty() {
                let words: Vec<String> = words.iter().map(|word| format!("{word:?}")).collect();
                complain(format_args!("no code contains all of {}", words.join(", ")));
                return Ok(Outcome::NotFound);
            }
            Ok(Outcome::Found)
        }
    }
}

/// Explains each code in turn; an unknown one is reported on standard error
/// with the nearest codes, and the others are still explained.
fn explain(
    codes: &[String],
    vendor: Option<errcodes::Vendor>,
    lang: Option<Lang>,
    format: Format,
    style: Style,
    out: &mut impl Write,
) -> io::Result<Outcome> {
    if codes.iter().filter(|code| *code == "-").count() > 1 {
        complain(format_args!("`-` (standard input) may be given once"));
        return Ok(Outcome::Usage);
    }
    if vendor.is_some() && !codes.iter().any(|code| code == "-") {
        complain(format_args!(
            "`--vendor` names the platform of the body on standard input: give `-` too"
        ));
        return Ok(Outcome::Usage);
    }
    // Read before the loop, so that the entries of JSON output can borrow it.
    let sent = codes
        .iter()
        .any(|code| code == "-")
        .then(|| body::read(&mut io::stdin().lock(), vendor));
    let mut outcome = Outcome::Found;
    let mut report = Report {
        out,
        format,
        style,
        entries: Vec::new(),
        written: false,
    };
    for input in codes {
        let found = match (input.as_str(), &sent) {
            ("-", Some(sent)) => explain_body(sent, lang, &mut report)?,
            _ => match Explained::of(input) {
                Explained::Rows(rows) => {
                    let entry = |code| match lang {
                        Some(lang) => Entry::of(code).in_lang(code, lang),
                        None => Entry::of(code),
                    };
                    report.rows(input, rows.into_iter().map(entry).collect())?;
                    true
                }
                Explained::Unknown(error) => {
                    report.complain(format_args!("{}", unknown(input, &error)))?;
                    false
                }
            },
        };
        if !found {
            outcome = Outcome::NotFound;
        }
    }
    report.finish()?;
    Ok(outcome)
}

/// Where `explain` writes: the entries of JSON output, written as one array at
/// the end, or text blocks, a blank line between two.
struct Report<'o, 's, W: Write> {
    out: &'o mut W,
    format: Format,
    style: Style,
    entries: Vec<Entry<'s>>,
    /// Whether a text block is written, so the next one needs a blank line.
    written: bool,
}

impl<'s, W: Write> Report<'_, 's, W> {
    /// The rows that `heading` (a code given, or a code sent) names.
    fn rows(&mut self, heading: &str, rows: Vec<Entry<'s>>) -> io::Result<()> {
        if self.format == Format::Json {
            self.entries.extend(rows);
            return Ok(());
        }
        if self.written {
            writeln!(self.out)?;
        }
        self.written = true;
        text::write_explained(self.out, self.style, heading, &rows)
    }

    /// An error, on standard error after what came before it on a terminal
    /// that shows both.
    fn complain(&mut self, message: fmt::Arguments<'_>) -> io::Result<()> {
        self.out.flush()?;
        complain(message);
        Ok(())
    }

    /// Writes the JSON array.
    fn finish(self) -> io::Result<()> {
        match self.format {
            Format::Json => json::write(self.out, &self.entries),
            Format::Text => Ok(()),
        }
    }
}

/// Explains the body read from standard input. Whether its code is in the
/// catalog.
fn explain_body<'s, W: Write>(
    sent: &'s Result<Sent, Unreadable>,
    lang: Option<Lang>,
    report: &mut Report<'_, 's, W>,
) -> io::Result<bool> {
    let sent = match sent {
        Ok(sent) => sent,
        Err(unreadable) => {
            report.complain(format_args!("{unreadable}"))?;
            return Ok(false);
        }
    };
    let (code, message) = (sent.code.as_str(), sent.message.as_str());
    let entry = |row| -> Entry<'s> { Entry::sent(sent.vendor, code, message, &sent.details, row) };
    if sent.rows.is_empty() {
        report.rows(code, vec![entry(None)])?;
        match &sent.no_row {
            Some(why) => report.complain(format_args!("{why}"))?,
            None => report.complain(format_args!(
                "unknown code: the {} catalog has no code {code:?}",
                sent.vendor
            ))?,
        }
        return Ok(false);
    }
    report.rows(
        code,
        sent.rows
            .iter()
            .map(|&row| match lang {
                Some(lang) => entry(Some(row)).in_lang(row, lang),
                None => entry(Some(row)),
            })
            .collect(),
    )?;
    Ok(true)
}

/// Writes a list of codes: one line each in text, an array in JSON.
fn write_catalog(
    out: &mut impl Write,
    format: Format,
    style: Style,
    entries: &[Entry],
) -> io::Result<()> {
    match format {
        Format::Text => text::write_summaries(out, style, entries),
        Format::Json => json::write(out, entries),
    }
}

/// `no such code`, with the nearest codes or names when some are near. The code
/// is shown as `error` keeps it: a long input by its first bytes.
fn unknown(input: &str, error: &ParseCodeError) -> String {
    let shown = match error.input_len() {
        len if len > ParseCodeError::KEPT => {
            let kept = error.input();
            format!("{kept:?} (the first {} of {len} bytes)", kept.len())
        }
        _ => format!("{:?}", error.input()),
    };
    let suggestions = suggest::nearest(input);
    let Some((last, others)) = suggestions.split_last() else {
        return format!("no such code {shown}");
    };
    let list = if others.is_empty() {
        (*last).to_owned()
    } else {
        format!("{} or {last}", others.join(", "))
    };
    format!("no such code {shown}; did you mean {list}?")
}

/// Writes an error to standard error, on one line: what it quotes of a body or
/// an argument is escaped ([`escape::terminal`]). If standard error is closed
/// there is nobody to tell, and the exit status still says it.
fn complain(message: fmt::Arguments<'_>) {
    let message = message.to_string();
    let _ = writeln!(io::stderr(), "error: {}", escape::terminal(&message, false));
}
