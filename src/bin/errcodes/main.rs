//! `errcodes`: explains the error codes of Tencent BlueKing PaaS, Huawei Cloud
//! CCI, openYuanrong and Koupleless, from the catalogs the vendors publish.
//!
//! Exit status: 0 when everything asked for was found, 1 when a code was not
//! found, a search matched nothing, or the output could not be written, 2 for a
//! usage error (clap's).

mod args;
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
    let mut outcome = Outcome::Found;
    let mut entries = Vec::new();
    let mut blocks = 0;
    for input in codes {
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
