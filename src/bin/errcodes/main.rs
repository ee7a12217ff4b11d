//! `errcodes`: explains the error codes of Tencent BlueKing PaaS, Huawei Cloud
//! CCI, openYuanrong and Koupleless, from the catalogs the vendors publish.
//!
//! Exit status: 0 when everything asked for was found, 1 when a code was not
//! found, a search matched nothing, or the output could not be written, 2 for a
//! usage error (clap's).

mod args;
mod body;
mod entry;
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
use errcodes::{Code, ErrorCode};

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
        Command::Explain { codes, output } => explain(&codes, output.format, style, out),
        Command::List { vendor, output } => {
            let entries: Vec<Entry> = Code::all()
                .filter(|code| vendor.is_none_or(|vendor| code.vendor() == vendor))
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
    format: Format,
    style: Style,
    out: &mut impl Write,
) -> io::Result<Outcome> {
    if codes.iter().filter(|code| *code == "-").count() > 1 {
        complain(format_args!("`-` (standard input) may be given once"));
        return Ok(Outcome::Usage);
    }
    // Read before the loop, so that the entries of JSON output can borrow it.
    let sent = codes
        .iter()
        .any(|code| code == "-")
        .then(|| body::read(&mut io::stdin().lock()));
    let mut outcome = Outcome::Found;
    let mut entries = Vec::new();
    let mut blocks = 0;
    for input in codes {
        if let ("-", Some(sent)) = (input.as_str(), &sent) {
            let found = explain_body(sent, format, style, out, &mut entries, &mut blocks)?;
            if !found {
                outcome = Outcome::NotFound;
            }
            continue;
        }
        let rows = match Explained::of(input) {
            Explained::Rows(rows) => rows,
            Explained::Unknown => {
                // What came before goes first, on a terminal that shows both.
                out.flush()?;
                complain_unknown(input);
                outcome = Outcome::NotFound;
                continue;
            }
        };
        let rows: Vec<Entry> = rows.into_iter().map(Entry::of).collect();
        if format == Format::Json {
            entries.extend(rows);
            continue;
        }
        if blocks > 0 {
            writeln!(out)?;
        }
        text::write_explained(out, style, input, &rows)?;
        blocks += 1;
    }
    if format == Format::Json {
        json::write(out, &entries)?;
    }
    Ok(outcome)
}

/// Explains the body read from standard input: into `entries` for JSON, as a
/// text block otherwise. Whether its code is in the catalog.
fn explain_body<'s>(
    sent: &'s Result<Sent, Unreadable>,
    format: Format,
    style: Style,
    out: &mut impl Write,
    entries: &mut Vec<Entry<'s>>,
    blocks: &mut usize,
) -> io::Result<bool> {
    let sent = match sent {
        Ok(sent) => sent,
        Err(unreadable) => {
            out.flush()?;
            complain(format_args!("{unreadable}"));
            return Ok(false);
        }
    };
    let (code, message) = (sent.code.as_str(), sent.message.as_str());
    let rows: Vec<Entry<'s>> = match sent.rows.as_slice() {
        [] => vec![Entry::sent(sent.vendor, code, message, &sent.details, None)],
        rows => rows
            .iter()
            .map(|&row| Entry::sent(sent.vendor, code, message, &sent.details, Some(row)))
            .collect(),
    };
    if format == Format::Json {
        entries.extend(rows);
    } else {
        if *blocks > 0 {
            writeln!(out)?;
        }
        text::write_explained(out, style, code, &rows)?;
        *blocks += 1;
    }
    if sent.rows.is_empty() {
        out.flush()?;
        complain(format_args!(
            "unknown code: the {} catalog has no code {code:?}",
            sent.vendor
        ));
        return Ok(false);
    }
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

/// `no such code`, with the nearest codes or names when some are near.
fn complain_unknown(input: &str) {
    let suggestions = suggest::nearest(input);
    let Some((last, others)) = suggestions.split_last() else {
        return complain(format_args!("no such code {input:?}"));
    };
    let list = if others.is_empty() {
        (*last).to_owned()
    } else {
        format!("{} or {last}", others.join(", "))
    };
    complain(format_args!("no such code {input:?}; did you mean {list}?"));
}

/// Writes an error to standard error. If standard error is closed there is
/// nobody to tell, and the exit status still says it.
fn complain(message: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr(), "error: {message}");
}
