//! What every catalog generator shares: the checks a row must pass and the layout
//! of the generated enum.

use std::collections::HashMap;
use std::fmt::Write;

use super::index::Width;
use super::rust;
use super::table::{Row, Table, TableError};

/// Checks that `name` can be a variant: UpperCamelCase ASCII letters and digits.
pub fn variant_name(row: &Row, column: &str) -> Result<String, TableError> {
    let name = row.cell(column);
    let mut chars = name.chars();
    let starts_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase());
    if !starts_upper || !chars.all(|c| c.is_ascii_alphanumeric()) || name == "Self" {
        return Err(row.error(format!(
            "{column} {name:?} is not a valid variant name: \
             it must be UpperCamelCase ASCII letters and digits"
        )));
    }
    Ok(name.to_owned())
}

/// Checks a vendor's symbolic name: UPPER_SNAKE_CASE that starts with a letter, as
/// the vendors' constants are. Anything else would parse from input that names no
/// code: an empty name (a stray comma in `vendor_names`) from empty input, a name
/// of digits from a number, which the numeric index would answer first.
pub fn vendor_name(row: &Row, name: &str) -> Result<(), TableError> {
    let starts_with_letter = name.starts_with(|c: char| c.is_ascii_uppercase());
    if !starts_with_letter
        || !name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
    {
        return Err(row.error(format!(
            "vendor name {name:?} is not UPPER_SNAKE_CASE \
             (capital letters, digits and _, starting with a letter)"
        )));
    }
    Ok(())
}

/// Checks a symbol of a vendor's source that parses as its code: a C or proto
/// enumerator (`ERR_PARAM_INVALID`) or a Go constant (`FuncMetaNotFoundErrCode`),
/// ASCII letters, digits and `_`, starting with a letter, so that it can never
/// be read as a number.
pub fn source_symbol(row: &Row, name: &str) -> Result<(), TableError> {
    let starts_with_letter = name.starts_with(|c: char| c.is_ascii_alphabetic());
    if !starts_with_letter || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return Err(row.error(format!(
            "symbol {name:?} is not an identifier (ASCII letters, digits and _, \
             starting with a letter)"
        )));
    }
    Ok(())
}

/// Reads an HTTP status: a number that `http::StatusCode` accepts (100 to 999).
pub fn status(row: &Row, column: &str) -> Result<u16, TableError> {
    let text = row.cell(column);
    match text.parse::<u16>() {
        Ok(code) if (100..=999).contains(&code) && !text.starts_with(['0', '+']) => Ok(code),
        _ => Err(row.error(format!(
            "{column} {text:?} is not a valid HTTP status (a number from 100 to 999)"
        ))),
    }
}

/// Reads one of the values a column allows and returns what it maps to.
pub fn one_of<T: Copy>(row: &Row, column: &str, values: &[(&str, T)]) -> Result<T, TableError> {
    let text = row.cell(column);
    values
        .iter()
        .find(|(name, _)| *name == text)
        .map(|(_, value)| *value)
        .ok_or_else(|| {
            let allowed: Vec<&str> = values.iter().map(|(name, _)| *name).collect();
            row.error(format!(
                "{column} {text:?} is not one of {}",
                allowed.join(", ")
            ))
        })
}

/// Where a status comes from, as the `status_origin` column says: the variant of
/// `crate::StatusOrigin` and the words the docs use for it.
#[derive(Clone, Copy)]
pub struct Origin {
    pub variant: &'static str,
    pub words: &'static str,
}

pub const PUBLISHED: Origin = Origin {
    variant: "Published",
    words: "as the vendor's catalog publishes it",
};

pub const ORIGINS: &[(&str, Origin)] = &[
    ("published", PUBLISHED),
    (
        "source",
        Origin {
            variant: "VendorSource",
            words: "as the vendor's source code sends it",
        },
    ),
    (
        "crate",
        Origin {
            variant: "Crate",
            words: "the crate's own choice, as the vendor gives no rule",
        },
    ),
];

/// The `status` and `status_origin` cells of a row: `409, Crate`.
pub fn status_cells(status: u16, origin: Origin) -> String {
    format!("{status}, {}", origin.variant)
}

/// The doc line for a status: `HTTP 409 Conflict, as the vendor's ...`.
pub fn status_doc(status: u16, origin: Origin) -> String {
    match reason(status) {
        Some(reason) => format!("HTTP {status} {reason}, {}.", origin.words),
        None => format!("HTTP {status}, {}.", origin.words),
    }
}

/// Fails on the second row that repeats a key (compared without ASCII case, as
/// parsing is), naming both lines.
pub fn unique<'a>(
    table: &Table,
    what: &str,
    keys: impl IntoIterator<Item = (usize, &'a str)>,
) -> Result<(), TableError> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, key) in keys {
        if let Some(first) = seen.insert(key.to_ascii_lowercase(), line) {
            return Err(table.error(
                line,
                format!("duplicate {what} {key:?} (also on line {first})"),
            ));
        }
    }
    Ok(())
}

/// The lookups of a platform whose codes are numbers, which its
/// `numeric_platform!` reads: `NUMBERS` from each row's number (`numbers`, in
/// row order), `CODE_INDEX` from the numbers a bare parse answers (`codes`:
/// number and row; a number several rows share without one published answer is
/// left out), `NAME_LENGTHS` and `NAME_INDEX` from the vendor names (`names`:
/// line and name; `name_keys`: `fold_hash` and row), which must be unique.
pub fn numeric_lookups(
    table: &Table,
    numbers: &[u32],
    codes: &[(u32, u16)],
    names: &[(usize, &str)],
    name_keys: &[(u64, u16)],
) -> Result<Vec<String>, TableError> {
    unique(table, "vendor name", names.iter().copied())?;
    let width = width(table, numbers.len())?;
    let code_keys: Vec<(u64, u16)> = codes.iter().map(|&(n, row)| (u64::from(n), row)).collect();
    let code_index = super::index::build(&code_keys, width).map_err(|e| table.error(1, e))?;
    let name_index = super::index::build(name_keys, width).map_err(|e| table.error(1, e))?;
    Ok(vec![
        super::index::emit(
            "CODE_INDEX",
            "Code index, keyed by the code's number",
            &code_index,
        ),
        super::index::emit_keys("NUMBERS", "The number of each code", numbers),
        super::index::emit_lengths(
            "NAME_LENGTHS",
            "the vendor names",
            names.iter().map(|(_, name)| *name),
        ),
        super::index::emit(
            "NAME_INDEX",
            "Vendor-name index, keyed by `fold_hash` of the name",
            &name_index,
        ),
    ])
}

/// The width of the row numbers of a table of `rows` rows.
pub fn width(table: &Table, rows: usize) -> Result<Width, TableError> {
    Width::of(rows).ok_or_else(|| {
        table.error(
            1,
            format!("the table has {rows} rows; a table holds at most 65535"),
        )
    })
}

/// One row of a generated table: the variant, its doc, and the cells its
/// platform's `row!` macro takes, already written as Rust.
pub struct Variant {
    pub line: usize,
    pub name: String,
    pub doc: String,
    pub cells: Vec<String>,
}

/// A generated module: the enum and its rows (one `code_table!` invocation), then
/// its lookups, checked for duplicate variant names.
pub struct Module<'a> {
    pub table: &'a Table,
    /// Every table the module is generated from, for the header.
    pub files: &'a [&'a str],
    pub enum_name: &'a str,
    pub enum_doc: &'a str,
    pub variants: Vec<Variant>,
    pub statics: Vec<String>,
}

impl Module<'_> {
    /// The source of the module, or the first duplicate variant name.
    ///
    /// ```text
    /// crate::generated::code_table! {
    ///     /// (the enum's doc)
    ///     pub enum CciError: u8;
    ///
    ///     /// (the variant's doc)
    ///     NamespaceNameAlreadyExists = row!("CCI.02.409101", 409, "…", "…", "…");
    /// }
    /// ```
    pub fn emit(self) -> Result<String, TableError> {
        let names = self.variants.iter().map(|v| (v.line, v.name.as_str()));
        unique(self.table, "variant name", names)?;
        let width = width(self.table, self.variants.len())?;
        let mut out = rust::header(self.files);
        out.push_str("\ncrate::generated::code_table! {\n");
        out.push_str(&rust::doc("    ", self.enum_doc));
        writeln!(out, "    pub enum {}: {};", self.enum_name, width.rust()).unwrap();
        for variant in &self.variants {
            out.push('\n');
            out.push_str(&rust::doc("    ", &variant.doc));
            writeln!(
                out,
                "    {} = row!({});",
                variant.name,
                variant.cells.join(", ")
            )
            .unwrap();
        }
        out.push_str("}\n");
        for item in &self.statics {
            out.push('\n');
            out.push_str(item);
        }
        Ok(out)
    }
}

/// The row number of the row being generated, as the indexes store it.
pub fn row_number(row: &Row, number: usize) -> Result<u16, TableError> {
    u16::try_from(number)
        .ok()
        .filter(|&n| n != u16::MAX)
        .ok_or_else(|| row.error("a table holds at most 65535 rows"))
}

/// The reason phrase of the standard statuses, for the docs.
fn reason(status: u16) -> Option<&'static str> {
    Some(match status {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Entity",
        423 => "Locked",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => return None,
    })
}
