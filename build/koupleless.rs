//! `codes/koupleless.tsv` and `codes/koupleless-sources.tsv` → `koupleless.rs`: the
//! two-level codes of Arklet, ModuleController and KouplelessBoard.

use std::collections::BTreeMap;

use crate::catalog::{self, Module, Variant};
use crate::hash::fold_hash;
use crate::index;
use crate::rust::{self, field, optional_string, string};
use crate::table::{Cell, Table, TableError};

const COLUMNS: &[(&str, Cell)] = &[
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

const COMPONENTS: &[(&str, &str)] = &[
    ("Arklet", "Arklet"),
    ("ModuleController", "ModuleController"),
    ("KouplelessBoard", "KouplelessBoard"),
];

const SOURCES: &[(&str, &str)] = &[
    ("User", "User"),
    ("Arklet", "Arklet"),
    ("ModuleController", "ModuleController"),
    ("KouplelessBoard", "KouplelessBoard"),
    ("OtherUpstream", "OtherUpstream"),
    ("OtherDownstream", "OtherDownstream"),
    ("KubeAPIServer", "KubeApiServer"),
];

/// A row of `codes/koupleless.tsv`, checked.
struct Parsed<'t> {
    line: usize,
    name: String,
    component: &'static str,
    codes: Vec<String>,
    sources: Vec<&'static str>,
    status: u16,
    origin: catalog::Origin,
    row: crate::table::Row<'t>,
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

    let indent = "        ";
    let mut variants = Vec::new();
    let mut rows = Vec::new();
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
        variants.push(Variant {
            line: p.line,
            name: p.name.clone(),
            doc,
        });

        let code_items: Vec<String> = p.codes.iter().map(|c| string(c)).collect();
        let source_items: Vec<String> = p
            .sources
            .iter()
            .map(|v| format!("crate::koupleless::Source::{v}"))
            .collect();
        rows.push(
            [
                field(indent, "code", &code_items[0]),
                rust::slice_field(indent, "codes", &code_items),
                field(
                    indent,
                    "component",
                    &format!("crate::koupleless::Component::{}", p.component),
                ),
                field(indent, "business_type", &string(business_type)),
                rust::slice_field(indent, "sources", &source_items),
                field(indent, "error_type", &string(p.row.cell("type"))),
                catalog::status_fields(indent, p.status, p.origin),
                field(indent, "meaning", &string(meaning)),
                field(indent, "solution", &optional_string(solution)),
            ]
            .concat(),
        );
    }

    // The code entries, in code order, and the index over them.
    let mut entries = Vec::new();
    let mut keys = Vec::new();
    for (number, (canonical, members)) in codes.values().enumerate() {
        keys.push((
            fold_hash(canonical.as_bytes()),
            catalog::row_number(&members[0].row, number)?,
        ));
        let members: Vec<String> = members
            .iter()
            .map(|m| format!("crate::koupleless::KouplelessError::{}", m.name))
            .collect();
        entries.push(
            [
                field("        ", "code", &string(canonical)),
                rust::slice_field("        ", "rows", &members),
            ]
            .concat(),
        );
    }
    let code_index = index::build(&keys).map_err(|e| table.error(1, e))?;

    let sources = Table::parse("codes/koupleless-sources.tsv", sources_text, SOURCE_COLUMNS)?;
    let mut meanings = Vec::new();
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
        meanings.push(
            [
                field(
                    "        ",
                    "component",
                    &format!("crate::koupleless::Component::{component}"),
                ),
                field(
                    "        ",
                    "source",
                    &format!("crate::koupleless::Source::{source}"),
                ),
                field("        ", "meaning", &string(row.cell("meaning"))),
            ]
            .concat(),
        );
    }

    Module {
        table: &table,
        enum_name: "KouplelessError",
        enum_doc: "An error code of Koupleless: one variant per row of the published Arklet,\n\
                   ModuleController and KouplelessBoard tables. The\n\
                   [module documentation](crate::koupleless) shows how to use it.",
        variants,
        row_type: "crate::koupleless::Row",
        rows,
        statics: vec![
            rust::struct_array(
                "Every distinct code string with the rows that have it, in code order.",
                "CODES",
                "crate::koupleless::CodeEntry",
                &entries,
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
            rust::struct_array(
                "The Level 1 tables (`codes/koupleless-sources.tsv`): what each source means\n\
                 in each component's table.",
                "SOURCE_MEANINGS",
                "crate::koupleless::SourceMeaning",
                &meanings,
            ),
        ],
    }
    .emit()
}

/// Checks one row: its component, its sources, its type and its status.
fn parse(row: crate::table::Row<'_>) -> Result<Parsed<'_>, TableError> {
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
                row.error(format!(
                    "source {source:?} is not one of User, Arklet, ModuleController, \
                     KouplelessBoard, OtherUpstream, OtherDownstream, KubeAPIServer \
                     (several sources are separated by \" / \")"
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
