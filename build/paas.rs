//! `codes/paas.tsv` → `paas.rs`: BlueKing PaaS 3.0 (bkpaas3) and 2.x (open_paas).

use super::catalog::{self, Module, Variant};
use super::hash::fold_hash;
use super::key;
use super::rust::{self, optional_string, string};
use super::table::{Cell, Table, TableError};

pub const COLUMNS: &[(&str, Cell)] = &[
    ("code", Cell::Required),
    ("name", Cell::Required),
    ("module", Cell::Required),
    ("status", Cell::Required),
    ("status_origin", Cell::Required),
    ("vendor_names", Cell::Optional),
    ("flag", Cell::Optional),
    ("message", Cell::Required),
    ("solution", Cell::Optional),
    ("source_message", Cell::Optional),
    ("source_solution", Cell::Optional),
    ("crate_note", Cell::Optional),
];

/// A module of the `module` column: its `Module` variant, the code prefix of its
/// codes, and its `Product` variant.
#[derive(Clone, Copy)]
struct PaasModule {
    variant: &'static str,
    prefix: &'static str,
    product: &'static str,
}

include!("../src/paas/modules.rs");

/// The `module` column's values, from the crate's own list of modules.
macro_rules! module_column {
    ($($(#[$doc:meta])* $variant:ident = ($column:literal, $name:literal, $prefix:literal, $product:ident),)*) => {
        const MODULES: &[(&str, PaasModule)] = &[$((
            $column,
            PaasModule {
                variant: stringify!($variant),
                prefix: $prefix,
                product: stringify!($product),
            },
        )),*];
    };
}

paas_modules!(module_column);

/// Generates the module body from the content of `codes/paas.tsv`.
pub fn generate(text: &str) -> Result<String, TableError> {
    let table = Table::parse("codes/paas.tsv", text, COLUMNS)?;
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
        let code = row.cell("code");
        let module = catalog::one_of(&row, "module", MODULES)?;
        let key = key::decimal(code.as_bytes())
            .filter(|_| code.len() == 7 && code.starts_with(module.prefix))
            .ok_or_else(|| {
                row.error(format!(
                    "code {code:?} is not a seven-digit code of module {} (codes {}xxx)",
                    row.cell("module"),
                    module.prefix
                ))
            })?;
        let flag = row.optional("flag").filter(|flag| *flag != "_");
        if let Some(flag) = flag {
            if flag
                .strip_prefix('E')
                .and_then(|f| f.strip_prefix(code))
                .is_none_or(|rest| !rest.starts_with('_'))
            {
                return Err(row.error(format!(
                    "flag {flag:?} does not start with E{code}_ (write _ for no flag)"
                )));
            }
        }
        let mut names: Vec<&str> = flag.into_iter().collect();
        names.extend(
            row.optional("vendor_names")
                .into_iter()
                .flat_map(|n| n.split(',')),
        );
        for name in &names {
            catalog::vendor_name(&row, name)?;
            name_keys.push((
                fold_hash(name.as_bytes()),
                catalog::row_number(&row, number)?,
            ));
            all_names.push((row.line, *name));
        }
        let status = catalog::status(&row, "status")?;
        let origin = catalog::one_of(&row, "status_origin", catalog::ORIGINS)?;
        let message = row.cell("message");
        let solution = row.optional("solution");
        let source_message = row.optional("source_message");
        let source_solution = row.optional("source_solution");
        let crate_note = row.optional("crate_note");

        let mut doc = match names.first() {
            Some(name) => format!("`{code}` (`{name}`): {}\n", rust::markdown_text(message)),
            None => format!("`{code}`: {}\n", rust::markdown_text(message)),
        };
        let (translation, solution_translation) = if module.product == "Paas3" {
            (
                "Chinese original (vendor source)",
                "Chinese solution (vendor source)",
            )
        } else {
            (
                "English (vendor source)",
                "English solution (vendor source)",
            )
        };
        let mut facts = Vec::new();
        if let Some(text) = source_message {
            facts.push(format!("{translation}: {}", rust::markdown_text(text)));
        }
        if let Some(text) = solution.filter(|s| !s.contains('\n')) {
            facts.push(format!("Solution: {}", rust::markdown_text(text)));
        }
        if let Some(text) = source_solution {
            facts.push(format!(
                "{solution_translation}: {}",
                rust::markdown_text(text)
            ));
        }
        if let Some(text) = crate_note {
            facts.push(format!(
                "Note (the crate's, not published): {}",
                rust::markdown_text(text)
            ));
        }
        facts.push(catalog::status_doc(status, origin));
        doc.push('\n');
        for fact in facts {
            doc.push_str(&format!("- {fact}\n"));
        }
        if let Some(steps) = solution.filter(|s| s.contains('\n')) {
            doc.push_str(&format!(
                "\nSolution (troubleshooting steps, as published):\n\n{steps}\n"
            ));
        }
        let names: Vec<String> = names.iter().map(|n| string(n)).collect();
        variants.push(Variant {
            line: row.line,
            name: catalog::variant_name(&row, "name")?,
            doc,
            cells: vec![
                string(code),
                module.variant.to_owned(),
                catalog::status_cells(status, origin),
                rust::list(&names),
                optional_string(flag),
                string(message),
                optional_string(solution),
                optional_string(source_message),
                optional_string(source_solution),
                optional_string(crate_note),
            ],
        });
        code_keys.push((key, catalog::row_number(&row, number)?));
    }
    let numbers: Vec<u32> = code_keys.iter().map(|&(number, _)| number).collect();
    let statics = catalog::numeric_lookups(&table, &numbers, &code_keys, &all_names, &name_keys)?;
    Module {
        table: &table,
        files: &["paas.tsv"],
        enum_name: "PaasError",
        enum_doc: "An error code of Tencent BlueKing PaaS, 3.0 (bkpaas3) or 2.x (open_paas): one\n\
                   variant per row of the published catalogs. The [module documentation](crate::paas)\n\
                   shows how to use it.",
        variants,
        statics,
    }
    .emit()
}
