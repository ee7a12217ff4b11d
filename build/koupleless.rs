//! `codes/koupleless.tsv` and `codes/koupleless-sources.tsv` → `koupleless.rs`: the
//! two-level codes of Arklet, ModuleController and KouplelessBoard.

use std::collections::BTreeMap;

use super::catalog::{self, Module, Variant};
use super::hash::fold_hash;
use super::index;
use super::rust::{self, optional_string, string};
use super::table::{Cell, Table, TableError};

pub const COLUMNS: &[(&str, Cell)] = &[
    ("component", Cell::Required),
    ("business_type", Cell::Required),
    ("sources", Cell::Required),
    ("type", Cell::Required),
    ("name", Cell::Required),
    ("status", Cell::Required),
    ("status_origin", Cell::Required),
    ("meaning", Cell::Required),
    ("solution", Cell::Optional),
];

const SOURCE_COLUMNS: &[(&str, Cell)] = &[
    ("component", Cell::Required),
    ("source", Cell::Required),
    ("meaning", Cell::Required),
];

include!("../src/koupleless/dimensions.rs");

/// The values of a column, each with its variant, from the crate's lists.
macro_rules! column_values {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        &[$(($name, stringify!($variant))),*]
    };
}

const COMPONENTS: &[(&str, &str)] = koupleless_components!(column_values);

const SOURCES: &[(&str, &str)] = koupleless_sources!(column_values);

/// A row of `codes/koupleless.tsv`, checked.
struct Parsed<'t> {
    line: usize,
    name: String,
    component: &'static str,
    codes: Vec<String>,
    sources: Vec<&'static str>,
    status: u16,
    origin: catalog::Origin,
    row: super::table::Row<'t>,
}

/// Generates the module body from `codes/koupleless.tsv` (`text`) and
/// `codes/koupleless-sources.tsv` (`sources_text`).
pub fn generate(text: &str, sources_text: &str) -> Result<String, TableError> {
    let table = Table::parse("codes/koupleless.tsv", text, COLUMNS)?;
    let parsed = table.rows().map(parse).collect::<Result<Vec<_>, _>>()?;

    // Every code string (`Source.Type`), keyed without case, with its canonical
    // spelling and the rows that have it: one row, or one per component table that
    // lists the same code.
    let mut codes: BTreeMap<String, (&str, Vec<&Parsed>)> = BTreeMap::new();
    for p in &parsed {
        for code in &p.codes {
            let (canonical, members) = codes
                .entry(code.to_ascii_lowercase())
                .or_insert_with(|| (code.as_str(), Vec::new()));
            if canonical != code {
                return Err(p.row.error(format!(
                    "code {code:?} differs only in case from {canonical:?}"
                )));
            }
            if let Some(other) = members.iter().find(|m| m.component == p.component) {
                return Err(p.row.error(format!(
                    "duplicate code {code:?} in the {} table (also on line {})",
                    p.component, other.line
                )));
            }
            members.push(p);
        }
    }

    let mut variants = Vec::new();
    for p in &parsed {
        let meaning = p.row.cell("meaning");
        let business_type = p.row.cell("business_type");
        let solution = p.row.optional("solution");
        let shown: Vec<String> = p.codes.iter().map(|c| format!("`{c}`")).collect();
        let mut doc = format!(
            "{} ({} table): {}\n\n",
            shown.join(" or "),
            p.component,
            rust::markdown_text(meaning)
        );
        let mut also: Vec<&str> = p
            .codes
            .iter()
            .flat_map(|c| &codes[&c.to_ascii_lowercase()].1)
            .map(|m| m.component)
            .filter(|c| *c != p.component)
            .collect();
        also.dedup();
        if !also.is_empty() {
            doc.push_str(&format!(
                "The {} table also lists this code: a bare parse of the code is ambiguous;\n\
                 parse it with its component.\n\n",
                also.join(" and ")
            ));
        }
        doc.push_str(&format!(
            "- Business type: {}\n",
            rust::markdown_text(business_type)
        ));
        if let Some(text) = solution {
            doc.push_str(&format!("- Solution: {}\n", rust::markdown_text(text)));
        }
        doc.push_str(&format!("- {}\n", catalog::status_doc(p.status, p.origin)));
        let code_items: Vec<String> = p.codes.iter().map(|c| string(c)).collect();
        let source_items: Vec<String> = p.sources.iter().map(|v| v.to_string()).collect();
        variants.push(Variant {
            line: p.line,
            name: p.name.clone(),
            doc,
            cells: vec![
                rust::list(&code_items),
                p.component.to_owned(),
                string(business_type),
                rust::list(&source_items),
                string(p.row.cell("type")),
                catalog::status_cells(p.status, p.origin),
                string(meaning),
                optional_string(solution),
            ],
        });
    }

    // The code entries, in code order, and the index over them.
    let mut entries = String::new();
    let mut keys = Vec::new();
    for (number, (canonical, members)) in codes.values().enumerate() {
        keys.push((
            fold_hash(canonical.as_bytes()),
            catalog::row_number(&members[0].row, number)?,
        ));
        let members: Vec<String> = members.iter().map(|m| m.name.clone()).collect();
        entries.push_str(&format!(
            "        {} => {},\n",
            string(canonical),
            rust::list(&members)
        ));
    }
    let width = catalog::width(&table, keys.len())?;
    let code_index = index::build(&keys, width).map_err(|e| table.error(1, e))?;

    let sources = Table::parse("codes/koupleless-sources.tsv", sources_text, SOURCE_COLUMNS)?;
    let mut meanings = String::new();
    let mut seen = Vec::new();
    for row in sources.rows() {
        let component = catalog::one_of(&row, "component", COMPONENTS)?;
        let source = catalog::one_of(&row, "source", SOURCES)?;
        if let Some((line, _)) = seen.iter().find(|(_, key)| *key == (component, source)) {
            return Err(row.error(format!(
                "duplicate source {source} in the {component} table (also on line {line})"
            )));
        }
        seen.push((row.line, (component, source)));
        meanings.push_str(&format!(
            "        ({component}, {source}) => {},\n",
            string(row.cell("meaning"))
        ));
    }

    Module {
        table: &table,
        files: &["koupleless.tsv", "koupleless-sources.tsv"],
        enum_name: "KouplelessError",
        enum_doc: "An error code of Koupleless: one variant per row of the published Arklet,\n\
                   ModuleController and KouplelessBoard tables. The\n\
                   [module documentation](crate::koupleless) shows how to use it.",
        variants,
        statics: vec![
            format!(
                "crate::koupleless::code_entries! {{\n\
                 \x20   /// Every distinct code string with the rows that have it, in code order.\n\
                 \x20   static CODES = [\n{entries}    ];\n\
                 }}\n"
            ),
            index::emit_lengths(
                "CODE_LENGTHS",
                "the codes",
                codes.values().map(|(code, _)| *code),
            ),
            index::emit(
                "CODE_INDEX",
                "Code index, keyed by `fold_hash` of the code",
                &code_index,
            ),
            format!(
                "crate::koupleless::source_meanings! {{\n\
                 \x20   /// The Level 1 tables (`codes/koupleless-sources.tsv`): what each source\n\
                 \x20   /// means in each component's table.\n\
                 \x20   static SOURCE_MEANINGS = [\n{meanings}    ];\n\
                 }}\n"
            ),
        ],
    }
    .emit()
}

/// Checks one row: its component, its sources, its type and its status.
fn parse(row: super::table::Row<'_>) -> Result<Parsed<'_>, TableError> {
    let component = catalog::one_of(&row, "component", COMPONENTS)?;
    let error_type = row.cell("type");
    if !error_type.starts_with(|c: char| c.is_ascii_uppercase())
        || !error_type.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Err(row.error(format!(
            "type {error_type:?} is not PascalCase ASCII letters and digits"
        )));
    }
    let mut codes = Vec::new();
    let mut sources = Vec::new();
    for source in row.cell("sources").split(" / ") {
        let variant = SOURCES
            .iter()
            .find(|(name, _)| *name == source)
            .map(|(_, variant)| *variant)
            .ok_or_else(|| {
                let allowed: Vec<&str> = SOURCES.iter().map(|(name, _)| *name).collect();
                row.error(format!(
                    "source {source:?} is not one of {} (several sources are separated by \" / \")",
                    allowed.join(", ")
                ))
            })?;
        codes.push(format!("{source}.{error_type}"));
        sources.push(variant);
    }
    Ok(Parsed {
        line: row.line,
        name: catalog::variant_name(&row, "name")?,
        component,
        codes,
        sources,
        status: catalog::status(&row, "status")?,
        origin: catalog::one_of(&row, "status_origin", catalog::ORIGINS)?,
        row,
    })
}
