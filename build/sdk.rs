//! `codes/sdk.tsv`, `codes/sdk-source.tsv` and
//! `codes/vendor-source/openyuanrong-source-codes.tsv` → `sdk.rs`: openYuanrong's
//! published SDK and REST API catalogs, then every code its source defines.
//!
//! `sdk-source.tsv` has one row per row of the copied source table, joined by
//! `(table, table_line)`: which variant the definition belongs to (a published
//! one, or a new one it names), its component and its status. Every text,
//! symbol and citation is read from the copied source table itself, so the
//! crate holds each vendor text once, as the source has it.

use std::collections::BTreeMap;

use super::catalog::{self, Module, Variant};
use super::hash::fold_hash;
use super::key;
use super::rust::{self, optional_string, string};
use super::source::{self, Cited, Link, NewVariant, Source};
use super::table::{Cell, Row, Table, TableError};

pub const COLUMNS: &[(&str, Cell)] = &[
    ("code", Cell::Required),
    ("name", Cell::Required),
    ("table", Cell::Required),
    ("status", Cell::Required),
    ("status_origin", Cell::Required),
    ("vendor_names", Cell::Optional),
    ("message", Cell::Required),
    ("description", Cell::Optional),
    ("solution", Cell::Optional),
];

/// The copied source table: `codes/vendor-source/openyuanrong-source-codes.tsv`.
const SOURCE_COLUMNS: &[(&str, Cell)] = &[
    ("number", Cell::Required),
    ("symbol", Cell::Required),
    ("message", Cell::Optional),
    ("http_status", Cell::Optional),
    ("file", Cell::Required),
    ("line", Cell::Required),
    ("published", Cell::Optional),
    ("repo", Cell::Required),
    ("http_rule", Cell::Optional),
    ("message_from", Cell::Optional),
    ("message_line", Cell::Optional),
    ("comment", Cell::Optional),
    ("note", Cell::Optional),
];

const SOURCE_FILE: &str = "openyuanrong-source-codes.tsv";

/// The cells a mapping row repeats from its source row.
const SOURCE_REPEATS: &[(&str, &str)] = &[
    ("code", "number"),
    ("symbol", "symbol"),
    ("repo", "repo"),
    ("file", "file"),
    ("line", "line"),
];

const TABLES: &[(&str, &str)] = &[("sdk", "Sdk"), ("rest", "Rest")];

/// The `scope` column: the component that defines and sends a code, its
/// `Component` variant.
const COMPONENTS: &[(&str, &str)] = &[
    ("function-system", "FunctionSystem"),
    ("libruntime", "Libruntime"),
    ("frontend", "Frontend"),
    ("meta-service", "MetaService"),
    ("faas-sdk", "FaasSdk"),
];

/// One definition of a code in the vendor's source, as the generator writes it.
struct Definition {
    /// The `Component` variant: `Frontend`.
    component: &'static str,
    /// The component as the `scope` column and the docs write it: `frontend`.
    scope: String,
    symbol: String,
    number: u32,
    message: Option<String>,
    status: Option<u16>,
    comment: Option<String>,
    cited: Cited,
    table_line: usize,
    /// The line of its row in `codes/sdk-source.tsv`.
    mapping_line: usize,
    note: Option<String>,
}

impl Definition {
    /// The cells of the module's `definition!` macro.
    fn cells(&self) -> String {
        let status = rust::optional_number(self.status);
        format!(
            "definition!({}, {}, {}, {}, {status}, {}, {}, {})",
            self.component,
            string(&self.symbol),
            self.number,
            optional_string(self.message.as_deref()),
            optional_string(self.comment.as_deref()),
            self.cited.cells(),
            self.table_line,
        )
    }

    /// A line of the variant's doc: `frontend: \`Symbol\` in \`path\` line 35 (…@commit)`.
    fn doc(&self) -> String {
        let mut doc = format!("{}: `{}` {}", self.scope, self.symbol, self.cited.place());
        if let Some(message) = &self.message {
            doc.push_str(&format!(", sends \"{}\"", rust::markdown_text(message)));
        }
        if let Some(status) = self.status {
            doc.push_str(&format!(", HTTP {status}"));
        }
        if let Some(note) = &self.note {
            doc.push_str(&format!(
                " (the crate's note: {})",
                rust::markdown_text(note)
            ));
        }
        doc
    }
}

/// A code the generator writes: a published row, or a new one from the source.
struct Code {
    line: usize,
    name: String,
    number: u32,
    code: String,
    /// The published table's `Table` variant; `None` for a code of the source only.
    table: Option<&'static str>,
    status: u16,
    origin: catalog::Origin,
    names: Vec<String>,
    message: String,
    description: Option<String>,
    solution: Option<String>,
    definitions: Vec<Definition>,
}

impl Code {
    fn is_published(&self) -> bool {
        self.table.is_some()
    }
}

/// The tables under `codes/` [`generate`] reads, in the order it takes them:
/// `build/platforms.rs` reads them for it, and the generated header names them.
pub const FILES: &[&str] = &[
    "sdk.tsv",
    "sdk-source.tsv",
    "vendor-source/openyuanrong-source-codes.tsv",
];

/// Generates the module body from the contents of `codes/sdk.tsv`,
/// `codes/sdk-source.tsv` and `codes/vendor-source/openyuanrong-source-codes.tsv`.
pub fn generate(published: &str, mapping: &str, source: &str) -> Result<String, TableError> {
    let table = Table::parse("codes/sdk.tsv", published, COLUMNS)?;
    catalog::unique(
        &table,
        "code",
        table.rows().map(|r| (r.line, r.cell("code"))),
    )?;
    let mut codes = Vec::new();
    for row in table.rows() {
        codes.push(published_code(&row)?);
    }
    let source = Source {
        file: SOURCE_FILE,
        folder: "codes/vendor-source",
        text: source,
        columns: SOURCE_COLUMNS,
        repeats: SOURCE_REPEATS,
        repository: Some("repo"),
    };
    let mut joined = source::join("codes/sdk-source.tsv", mapping, &[source], definition)?;
    for code in &mut codes {
        for definition in joined.take_published(&code.name) {
            if code.number != definition.number {
                return Err(TableError {
                    file: "codes/sdk-source.tsv".to_owned(),
                    line: definition.mapping_line,
                    message: format!(
                        "number {} is not {}'s, {}",
                        definition.number, code.name, code.number
                    ),
                });
            }
            code.definitions.push(definition);
        }
    }
    joined.all_published_taken()?;
    codes.extend(joined.new.into_iter().map(new_code));
    emit(&table, codes)
}

/// The number of a code: 1 to 9 digits, no leading zero (`0` itself included).
fn number(row: &Row, code: &str) -> Result<u32, TableError> {
    key::decimal(code.as_bytes()).ok_or_else(|| {
        row.error(format!(
            "code {code:?} is not a number of 1 to 9 digits without leading zero"
        ))
    })
}

/// A row of the published table.
fn published_code(row: &Row) -> Result<Code, TableError> {
    let code = row.cell("code");
    let names: Vec<String> = row
        .optional("vendor_names")
        .into_iter()
        .flat_map(|n| n.split(','))
        .map(str::to_owned)
        .collect();
    for name in &names {
        catalog::vendor_name(row, name)?;
    }
    Ok(Code {
        line: row.line,
        name: catalog::variant_name(row, "name")?,
        number: number(row, code)?,
        code: code.to_owned(),
        table: Some(catalog::one_of(row, "table", TABLES)?),
        status: catalog::status(row, "status")?,
        origin: catalog::one_of(row, "status_origin", catalog::ORIGINS)?,
        names,
        message: row.cell("message").to_owned(),
        description: row.optional("description").map(str::to_owned),
        solution: row.optional("solution").map(str::to_owned),
        definitions: Vec::new(),
    })
}

/// A code of the source only.
fn new_code(variant: NewVariant<Definition>) -> Code {
    Code {
        line: variant.line,
        name: variant.name,
        number: variant.definitions[0].number,
        code: variant.code,
        table: None,
        status: variant.status,
        origin: variant.origin,
        names: Vec::new(),
        // Replaced in `emit` by the first message of its definitions.
        message: String::new(),
        description: None,
        solution: None,
        definitions: variant.definitions,
    }
}

/// One definition: the cells of the source row the mapping row names.
fn definition(link: &Link) -> Result<Definition, TableError> {
    let (row, source) = (link.mapping, link.source);
    let symbol = source.cell("symbol");
    catalog::source_symbol(source, symbol)?;
    let status = match source.optional("http_status") {
        Some(_) => Some(catalog::status(source, "http_status")?),
        None => None,
    };
    Ok(Definition {
        component: catalog::one_of(row, "scope", COMPONENTS)?,
        scope: row.cell("scope").to_owned(),
        symbol: symbol.to_owned(),
        number: number(source, source.cell("number"))?,
        message: source.optional("message").map(str::to_owned),
        status,
        comment: source.optional("comment").map(str::to_owned),
        cited: link.cited()?,
        table_line: source.line,
        mapping_line: row.line,
        note: row.optional("note").map(str::to_owned),
    })
}

/// The enum, its lookups, and `SHARED`: the numbers that name several codes.
fn emit(table: &Table, mut codes: Vec<Code>) -> Result<String, TableError> {
    let mut variants = Vec::new();
    let mut numbers = Vec::new();
    let mut name_keys = Vec::new();
    let mut all_names: Vec<(usize, String)> = Vec::new();
    // Number → rows, in row order: published rows come first.
    let mut by_number: BTreeMap<u32, Vec<u16>> = BTreeMap::new();
    // (component, number) → rows.
    let mut by_scope: BTreeMap<(&'static str, u32), Vec<u16>> = BTreeMap::new();
    for (index, code) in codes.iter_mut().enumerate() {
        let row = u16::try_from(index)
            .ok()
            .filter(|&n| n != u16::MAX)
            .ok_or_else(|| table.error(code.line, "a table holds at most 65535 rows"))?;
        for definition in &code.definitions {
            if !code
                .names
                .iter()
                .any(|n| n.eq_ignore_ascii_case(&definition.symbol))
            {
                code.names.push(definition.symbol.clone());
            }
            let rows = by_scope
                .entry((definition.component, code.number))
                .or_default();
            if !rows.contains(&row) {
                rows.push(row);
            }
        }
        if !code.is_published() {
            code.message = code
                .definitions
                .iter()
                .find_map(|d| d.message.clone())
                .unwrap_or_default();
        }
        for name in &code.names {
            name_keys.push((fold_hash(name.as_bytes()), row));
            all_names.push((code.line, name.clone()));
        }
        by_number.entry(code.number).or_default().push(row);
        numbers.push(code.number);
        variants.push(variant(code));
    }
    let published = |row: &u16| codes[usize::from(*row)].is_published();
    let mut answers = Vec::new();
    let mut shared = Vec::new();
    let mut bare_numbers = Vec::new();
    for (&number, rows) in &by_number {
        let mut winners = rows.iter().filter(|row| published(row));
        let answer = match (winners.next(), winners.next(), &rows[..]) {
            (Some(&row), None, _) | (None, None, &[row]) => Some(row),
            _ => None,
        };
        if let Some(row) = answer {
            answers.push((number, row));
        }
        if rows.len() > 1 {
            shared.push(shared_entry("None", number, rows, &codes, answer.is_none()));
            bare_numbers.push(number);
        }
    }
    for (&(component, number), rows) in &by_scope {
        if rows.len() > 1 {
            let scope = format!("Some(Component::{component})");
            shared.push(shared_entry(&scope, number, rows, &codes, true));
        }
    }
    if shared.len() > usize::from(u8::MAX) {
        // `ParseCodeError` keeps the entry in a byte.
        return Err(table.error(1, format!("{} shared numbers; at most 255", shared.len())));
    }
    let names: Vec<(usize, &str)> = all_names.iter().map(|(l, n)| (*l, n.as_str())).collect();
    let mut statics = catalog::numeric_lookups(table, &numbers, &answers, &names, &name_keys)?;
    statics.push(super::index::emit_keys(
        "SHARED_NUMBERS",
        "The number of each bare entry of `SHARED`, ascending, as `SHARED` has them",
        &bare_numbers,
    ));
    statics.push(format!(
        "shared! {{\n    \
         /// The numbers that name several codes: bare (`None`), where a parse\n    \
         /// answers the published code or none, and within a component.\n    \
         static SHARED: [Shared; {}] = [\n{}    ];\n}}\n",
        shared.len(),
        shared.concat()
    ));
    Module {
        table,
        files: FILES,
        enum_name: "SdkError",
        enum_doc: "An error code of openYuanrong: one variant per row of its published SDK and\n\
                   REST API catalogs, then one per code its source defines that no page\n\
                   publishes. The [module documentation](crate::sdk) shows how to use it.",
        variants,
        statics,
    }
    .emit()
}

/// One `Shared` of `SHARED`.
fn shared_entry(scope: &str, number: u32, rows: &[u16], codes: &[Code], ambiguous: bool) -> String {
    let names: Vec<String> = rows
        .iter()
        .map(|&row| codes[usize::from(row)].name.clone())
        .collect();
    format!(
        "        ({scope}, {number}, {ambiguous}, [{}]),\n",
        names.join(", ")
    )
}

/// The variant of `code`, its doc and its cells.
fn variant(code: &Code) -> Variant {
    let message = if code.message.is_empty() {
        None
    } else {
        Some(code.message.as_str())
    };
    let mut doc = match (code.names.first(), message) {
        (Some(name), Some(message)) => {
            format!(
                "`{}` (`{name}`): {}\n\n",
                code.code,
                rust::markdown_text(message)
            )
        }
        (None, Some(message)) => format!("`{}`: {}\n\n", code.code, rust::markdown_text(message)),
        (Some(name), None) => format!(
            "`{}` (`{name}`): the vendor's source gives it no text.\n\n",
            code.code
        ),
        (None, None) => format!("`{}`\n\n", code.code),
    };
    match code.table {
        Some("Sdk") => doc.push_str("From the published SDK error code table.\n\n"),
        Some(_) => doc.push_str("From the published REST API error code table.\n\n"),
        None => doc.push_str("From the vendor's source; no published page lists it.\n\n"),
    }
    if let Some(text) = &code.description {
        doc.push_str(&format!("- Description: {}\n", rust::markdown_text(text)));
    }
    if let Some(text) = &code.solution {
        doc.push_str(&format!("- Solution: {}\n", rust::markdown_text(text)));
    }
    for definition in &code.definitions {
        doc.push_str(&format!("- Defined by {}\n", definition.doc()));
    }
    doc.push_str(&format!(
        "- {}\n",
        catalog::status_doc(code.status, code.origin)
    ));
    let table = match code.table {
        Some(table) => format!("Some(Table::{table})"),
        None => "None".to_owned(),
    };
    let names: Vec<String> = code.names.iter().map(|n| string(n)).collect();
    let definitions: Vec<String> = code.definitions.iter().map(Definition::cells).collect();
    // A code of the source without any text shows its symbol.
    let shown = message.unwrap_or_else(|| code.names.first().map_or("", String::as_str));
    Variant {
        line: code.line,
        name: code.name.clone(),
        doc,
        cells: vec![
            string(&code.code),
            table,
            catalog::status_cells(code.status, code.origin),
            rust::list(&names),
            string(shown),
            optional_string(code.description.as_deref()),
            optional_string(code.solution.as_deref()),
            rust::list(&definitions),
        ],
    }
}
