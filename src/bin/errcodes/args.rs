//! The command line: subcommands, arguments and options, as clap parses them.

use clap::builder::{NonEmptyStringValueParser, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use errcodes::{ErrorKind, Lang, RetryAdvice, Vendor};

/// Explains the error codes of Tencent BlueKing PaaS, Huawei Cloud CCI,
/// openYuanrong and Koupleless, from the catalogs the vendors publish.
#[derive(Debug, Parser)]
#[command(name = "errcodes", version, arg_required_else_help = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Explain codes: any platform's code or the vendor's symbolic name, in any
    /// case (CCI.02.409101, 4313021, ARGUMENT_ERROR, arklet.installbizfailed).
    Explain {
        /// The codes to explain; `-` reads an error body (or openYuanrong's
        /// exception text) from standard input.
        #[arg(required = true, value_name = "CODE")]
        codes: Vec<String>,
        /// The platform that sent the body on standard input (`-`), for a body
        /// that does not tell it (`{"code": 500}`); detected when not given.
        #[arg(long, ignore_case = true, value_parser = vendor_parser())]
        vendor: Option<Vendor>,
        /// Show first the vendor's text in this language (`zh` or `en`), or,
        /// where the vendor gives none in it, the other one, saying so.
        #[arg(long, value_parser = lang_parser())]
        lang: Option<Lang>,
        #[command(flatten)]
        output: Output,
    },
    /// List the catalog: every code, one line each; a code on no published page,
    /// from the vendor's source, ends with `[vendor source]` (JSON: `origin`).
    List {
        /// Only this platform's codes.
        #[arg(long, ignore_case = true, value_parser = vendor_parser())]
        vendor: Option<Vendor>,
        /// Only the codes of the published catalogs, without those of the
        /// vendors' source.
        #[arg(long)]
        published: bool,
        /// Only the codes of this kind (`errcodes list --kind resource_exhausted`).
        #[arg(long, value_parser = named_parser(ErrorKind::ALL, ErrorKind::as_str))]
        kind: Option<ErrorKind>,
        /// Only the codes with this retry advice (`--advice throttled`).
        #[arg(long, value_parser = named_parser(RetryAdvice::ALL, RetryAdvice::as_str))]
        advice: Option<RetryAdvice>,
        #[command(flatten)]
        output: Output,
    },
    /// Find the codes whose texts contain all the words, ignoring case. Each
    /// argument is matched as a whole: quote a phrase to find it as one.
    Search {
        /// The words to find, in any language the catalogs use.
        #[arg(required = true, value_name = "WORD", value_parser = NonEmptyStringValueParser::new())]
        words: Vec<String>,
        #[command(flatten)]
        output: Output,
    },
}

/// How to print the result, shared by every subcommand.
#[derive(Debug, Args)]
pub struct Output {
    /// `text` for people, `json` for programs (an array, one object per code).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// The output formats.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Format {
    /// Readable on a terminal; colored when standard output is one.
    Text,
    /// A JSON array, one object per code.
    Json,
}

/// Accepts the names of a kind or an advice (`-` for `_` too), listed in `--help`.
fn named_parser<T>(
    all: &'static [T],
    as_str: fn(&T) -> &'static str,
) -> impl TypedValueParser<Value = T>
where
    T: std::str::FromStr + Clone + Send + Sync + 'static,
{
    let names: Vec<&'static str> = all.iter().map(as_str).collect();
    PossibleValuesParser::new(names).try_map(|name| {
        name.parse::<T>()
            .map_err(|_| format!("{name:?} is none of the names"))
    })
}

/// `zh` or `en`.
fn lang_parser() -> impl TypedValueParser<Value = Lang> {
    PossibleValuesParser::new(["zh", "en"]).try_map(|lang| lang.parse::<Lang>())
}

/// Accepts exactly the vendors the library knows, and lists them in `--help`.
fn vendor_parser() -> impl TypedValueParser<Value = Vendor> {
    PossibleValuesParser::new(Vendor::ALL.iter().map(Vendor::as_str))
        .try_map(|vendor| vendor.parse::<Vendor>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn vendor_takes_each_vendor_in_any_case() {
        for vendor in Vendor::ALL {
            let upper = vendor.as_str().to_ascii_uppercase();
            let cli = Cli::try_parse_from(["errcodes", "list", "--vendor", &upper]).unwrap();
            let Command::List { vendor: parsed, .. } = cli.command else {
                panic!("`list` parsed as {:?}", cli.command);
            };
            assert_eq!(parsed, Some(*vendor));
        }
    }
}
