//! `codes/sdk.tsv` → `sdk.rs`: openYuanrong's SDK and REST API catalogs.

use super::catalog::{self, Module, Variant};
use super::hash::fold_hash;
use super::key;
use super::rust::{self, optional_string, string};
use super::table::{Cell, Table, TableError};

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

const TABLES: &[(&str, &str)] = &[("sdk", "Sdk"), ("rest", "Rest")];

/// Generates the module body from the content of `codes/sdk.tsv`.
pub fn generate(text: &str) -> Result<String, TableError> {
    let table = Table::parse("codes/sdk.tsv", text, COLUMNS)?;
    catalog::unique(
        &table,
        "code",
        table.rows().map(|r| (r.line, r.cell("code"))),
    )?;
    let mut variants = Vec::new();
    let mut code_keys = Vec::new();
    let mut name_keys = Vec::new();
    let mut all_names = Vec::new();
    for (number, row) in table.rows().enumerate() {
        let row_number = catalog::row_number(&row, number)?;
        let code = row.cell("code");
        let key = key::decimal(code.as_bytes()).ok_or_else(|| {
            row.error(format!(
                "code {code:?} is not a number of 1 to 9 digits without leading zero"
            ))
        })?;
        let which = catalog::one_of(&row, "table", TABLES)?;
        let names: Vec<&str> = row
            .optional("vendor_names")
            .into_iter()
            .flat_map(|n| n.split(','))
            .collect();
        for name in &names {
            catalog::vendor_name(&row, name)?;
            name_keys.push((fold_hash(name.as_bytes()), row_number));
            all_names.push((row.line, *name));
        }
        let status = catalog::status(&row, "status")?;
        let origin = catalog::one_of(&row, "status_origin", catalog::ORIGINS)?;
        let message = row.cell("message");
        let description = row.optional("description");
        let solution = row.optional("solution");

        let mut doc = match names.first() {
            Some(name) => format!("`{code}` (`{name}`): {}\n\n", rust::markdown_text(message)),
            None => format!("`{code}`: {}\n\n", rust::markdown_text(message)),
        };
        let from = match which {
            "Sdk" => "From the SDK error code table.",
            _ => "From the REST API error code table.",
        };
        doc.push_str(&format!("{from}\n\n"));
        if let Some(text) = description {
            doc.push_str(&format!("- Description: {}\n", rust::markdown_text(text)));
        }
        if let Some(text) = solution {
            doc.push_str(&format!("- Solution: {}\n", rust::markdown_text(text)));
        }
        if names.len() > 1 {
            doc.push_str(&format!(
                "- Also named `{}` in the vendor's source\n",
                names[1..].join("`, `")
            ));
        }
        doc.push_str(&format!("- {}\n", catalog::status_doc(status, origin)));
        let names: Vec<String> = names.iter().map(|n| string(n)).collect();
        variants.push(Variant {
            line: row.line,
            name: catalog::variant_name(&row, "name")?,
            doc,
            cells: vec![
                string(code),
                which.to_owned(),
                catalog::status_cells(status, origin),
                rust::list(&names),
                string(message),
                optional_string(description),
                optional_string(solution),
            ],
        });
        code_keys.push((key, row_number));
    }
    let statics = catalog::numeric_lookups(&table, &code_keys, &all_names, &name_keys)?;
    Module {
        table: &table,
        files: &["sdk.tsv"],
        enum_name: "SdkError",
        enum_doc: "An error code of openYuanrong, from its SDK or its REST API: one variant per\n\
                   row of the published catalog. The [module documentation](crate::sdk) shows how\n\
                   to use it.",
        variants,
        statics,
    }
    .emit()
}
