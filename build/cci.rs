//! `codes/cci.tsv` → `cci.rs`: the Huawei Cloud CCI catalog.

use super::catalog::{self, Module, Variant};
use super::index;
use super::key;
use super::rust::{self, string};
use super::table::{Cell, Table, TableError};

pub const COLUMNS: &[(&str, Cell)] = &[
    ("code", Cell::Required),
    ("name", Cell::Required),
    ("status", Cell::Required),
    ("message", Cell::Required),
    ("description", Cell::Required),
    ("solution", Cell::Required),
];

/// The tables under `codes/` [`generate`] reads, in the order it takes them:
/// `build/platforms.rs` reads them for it, and the generated header names them.
pub const FILES: &[&str] = &["cci.tsv"];

/// Generates the module body from the content of `codes/cci.tsv`.
pub fn generate(text: &str) -> Result<String, TableError> {
    let table = Table::parse("codes/cci.tsv", text, COLUMNS)?;
    catalog::unique(
        &table,
        "code",
        table.rows().map(|r| (r.line, r.cell("code"))),
    )?;
    let mut variants = Vec::new();
    let mut keys = Vec::new();
    let mut row_keys = Vec::new();
    for (number, row) in table.rows().enumerate() {
        let code = row.cell("code");
        let canonical = code.starts_with("CCI.");
        let key = key::cci(code.as_bytes())
            .filter(|_| canonical)
            .ok_or_else(|| {
                row.error(format!(
                    "code {code:?} is not of the form CCI.NN.NNNNNN (N a digit)"
                ))
            })?;
        let status = catalog::status(&row, "status")?;
        let message = row.cell("message");
        let description = row.cell("description");
        let solution = row.cell("solution");
        variants.push(Variant {
            line: row.line,
            name: catalog::variant_name(&row, "name")?,
            doc: format!(
                "`{code}`: {}\n\n- Description: {}\n- Solution: {}\n- {}",
                rust::markdown_text(message),
                rust::markdown_text(description),
                rust::markdown_text(solution),
                catalog::status_doc(status, catalog::PUBLISHED),
            ),
            cells: vec![
                string(code),
                status.to_string(),
                string(message),
                string(description),
                string(solution),
            ],
        });
        keys.push((u64::from(key), catalog::row_number(&row, number)?));
        row_keys.push(key);
    }
    let width = catalog::width(&table, keys.len())?;
    let code_index = index::build(&keys, width).map_err(|e| table.error(1, e))?;
    Module {
        table: &table,
        files: FILES,
        enum_name: "CciError",
        enum_doc: "An error code of Huawei Cloud CCI: one variant per row of the published\n\
                   catalog. The [module documentation](crate::cci) shows how to use it.",
        variants,
        statics: vec![
            index::emit(
                "CODE_INDEX",
                "Code index, keyed by `NN * 1_000_000 + NNNNNN`",
                &code_index,
            ),
            index::emit_keys(
                "KEYS",
                "The key of each code, `NN * 1_000_000 + NNNNNN`",
                &row_keys,
            ),
        ],
    }
    .emit()
}
