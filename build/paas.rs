//! `codes/paas.tsv`, `codes/paas-source.tsv` and the copied source tables of
//! bkpaas3 and ESB → `paas.rs`: BlueKing PaaS 3.0 (bkpaas3) and 2.x (open_paas),
//! then the codes their sources define that no page publishes.
//!
//! `paas-source.tsv` has one row per row of the copied source tables, joined by
//! `(table, table_line)` (`super::source::join`): the published variant a
//! definition belongs to, or the new one it names, and its status. Every text,
//! name and citation is read from the copied source table itself.

use std::collections::BTreeMap;

use super::catalog::{self, Module, Variant};
use super::hash::fold_hash;
use super::key;
use super::rust::{self, optional_string, string};
use super::source::{self, Cited, Joined, Link, NewVariant, Source};
use super::table::{Cell, Row, Table, TableError};

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

/// A copied ESB source table: `codes/vendor-source/esb-source-codes.tsv`
/// (legacy-bk-paas) and `esb-in-apigateway-source-codes.tsv` (the ESB inside
/// blueking-apigateway), same columns.
const ESB_COLUMNS: &[(&str, Cell)] = &[
    ("number", Cell::Required),
    ("name", Cell::Required),
    ("message_zh", Cell::Optional),
    ("message_en", Cell::Optional),
    ("status", Cell::Optional),
    ("file", Cell::Required),
    ("line", Cell::Required),
    ("published", Cell::Required),
    ("solution_en", Cell::Optional),
    ("code_type", Cell::Required),
    ("usage", Cell::Required),
];

/// The cells a mapping row repeats from its ESB source row.
const ESB_REPEATS: &[(&str, &str)] = &[
    ("code", "number"),
    ("symbol", "name"),
    ("file", "file"),
    ("line", "line"),
];

/// The copied bkpaas3 table, `codes/vendor-source/bkpaas3-source-codes.tsv`:
/// every `ErrorCode` of blueking-paas, its name the wire code, its number where
/// it has one, and the English the server sends (`message_en`, from its
/// `django.po`).
const BKPAAS3_COLUMNS: &[(&str, Cell)] = &[
    ("name", Cell::Required),
    ("number", Cell::Optional),
    ("status", Cell::Required),
    ("message_zh", Cell::Required),
    ("message_en", Cell::Optional),
    ("file", Cell::Required),
    ("line", Cell::Required),
    ("gettext", Cell::Required),
    ("po_line", Cell::Optional),
];

/// The cells a mapping row repeats from its bkpaas3 source row: the wire code
/// is the name.
const BKPAAS3_REPEATS: &[(&str, &str)] = &[
    ("code", "name"),
    ("number", "number"),
    ("symbol", "name"),
    ("file", "file"),
    ("line", "line"),
];

/// The copied table of the BlueKing API gateway,
/// `codes/vendor-source/bk-apigateway-codes.tsv`: each code its APISIX plugins
/// build (`errorx.lua`), its number and `code_name`, as the gateway's body
/// carries both.
const GATEWAY_COLUMNS: &[(&str, Cell)] = &[
    ("number", Cell::Required),
    ("code_name", Cell::Required),
    ("status", Cell::Optional),
    ("message_en", Cell::Required),
    ("message_zh", Cell::Optional),
    ("file", Cell::Required),
    ("line", Cell::Required),
    ("generator", Cell::Required),
    ("fallback_for_status", Cell::Optional),
    ("status_note", Cell::Optional),
    ("doc_line_zh", Cell::Optional),
    ("doc_line_en", Cell::Optional),
];

/// The cells a mapping row repeats from its gateway source row.
const GATEWAY_REPEATS: &[(&str, &str)] = &[
    ("code", "number"),
    ("code_name", "code_name"),
    ("symbol", "generator"),
    ("file", "file"),
    ("line", "line"),
];

/// The crate's reading of bkpaas3's exception handler,
/// `codes/paas-wire-literals.tsv`: the wire codes `custom_exception_handler`
/// (`paasng/utils/views.py`) writes as string literals, which no `ErrorCode`
/// defines. Not a vendor table: the crate's, each row cited. `status` only
/// where the handler sets the status itself; `*_expression` and `*_line` are
/// the source's expressions as written and their lines.
const LITERAL_COLUMNS: &[(&str, Cell)] = &[
    ("name", Cell::Required),
    ("status", Cell::Optional),
    ("status_expression", Cell::Required),
    ("status_line", Cell::Required),
    ("detail_expression", Cell::Required),
    ("detail_line", Cell::Required),
    ("message_zh", Cell::Optional),
    ("message_zh_line", Cell::Optional),
    ("message_en", Cell::Optional),
    ("po_line", Cell::Optional),
    ("handles", Cell::Required),
    ("file", Cell::Required),
    ("line", Cell::Required),
];

/// The cells a mapping row repeats from its literal row: the wire code is the
/// literal.
const LITERAL_REPEATS: &[(&str, &str)] = &[
    ("code", "name"),
    ("symbol", "name"),
    ("file", "file"),
    ("line", "line"),
];

/// The table of the crate's reading, `codes/paas-wire-literals.tsv`.
const LITERAL_FILE: &str = "paas-wire-literals.tsv";

/// The source tables, in the order `generate` takes them: the copied vendor
/// tables, then the crate's reading of the literal wire codes.
pub const SOURCE_FILES: [&str; 5] = [
    "bkpaas3-source-codes.tsv",
    "esb-source-codes.tsv",
    "esb-in-apigateway-source-codes.tsv",
    "bk-apigateway-codes.tsv",
    LITERAL_FILE,
];

/// A subsystem whose source defines codes, as the mapping's `scope` column
/// writes it: its `Scope` variant, its `Product` variant, and its tables.
struct Scope {
    column: &'static str,
    variant: &'static str,
    product: &'static str,
    /// How a variant's doc names the source.
    source: &'static str,
    tables: &'static [&'static str],
}

const SCOPES: &[Scope] = &[
    Scope {
        column: "bkpaas3",
        variant: "Bkpaas3",
        product: "Paas3",
        source: "bkpaas3's source (blueking-paas)",
        tables: &["bkpaas3-source-codes.tsv", LITERAL_FILE],
    },
    Scope {
        column: "esb",
        variant: "Esb",
        product: "OpenPaas",
        source: "the vendor's ESB source",
        tables: &["esb-source-codes.tsv", "esb-in-apigateway-source-codes.tsv"],
    },
    Scope {
        column: "apigateway",
        variant: "ApiGateway",
        product: "ApiGateway",
        source: "the BlueKing API gateway's source (blueking-apigateway-apisix)",
        tables: &["bk-apigateway-codes.tsv"],
    },
];

/// How the mapping says a definition's status was found: the source row's own
/// `status` cell; (ESB `bkerrors.py`, which sets none) the crate's rule that
/// ESB answers HTTP 200; or (the gateway's `UNKNOWN_ERROR`, whose status is
/// its caller's) the crate's 500 for a failure of the platform; or (bkpaas3's
/// literal `VALIDATION_ERROR` and `ERROR`, whose status is the exception's)
/// the default of the Django REST framework exception class the handler
/// answers: `ValidationError`'s 400, `APIException`'s 500.
const STATUS_RULES: &[(&str, StatusRule)] = &[
    ("table", StatusRule::Table),
    ("crate-esb-200", StatusRule::CrateEsb200),
    ("crate-apigw-unknown-500", StatusRule::CrateApigwUnknown500),
    (
        "crate-drf-validation-400",
        StatusRule::CrateDrf(400, "VALIDATION_ERROR"),
    ),
    (
        "crate-drf-apiexception-500",
        StatusRule::CrateDrf(500, "ERROR"),
    ),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum StatusRule {
    Table,
    CrateEsb200,
    CrateApigwUnknown500,
    /// The status and the literal wire code it is for.
    CrateDrf(u16, &'static str),
}

/// One definition of a code in the vendor's source, as the generator writes
/// it.
struct Definition {
    scope: &'static Scope,
    name: String,
    /// `None` for a bkpaas3 code without `code_num`.
    number: Option<u32>,
    message_zh: Option<String>,
    message_en: Option<String>,
    status: Option<u16>,
    solution_en: Option<String>,
    cited: Cited,
    table: &'static str,
    table_line: usize,
    note: Option<String>,
    /// The gateway's function that builds the error (`_M.new_ip_not_allowed()`),
    /// for the doc; `None` elsewhere.
    generator: Option<String>,
    /// The gateway's note on a status its source leaves to the caller.
    status_note: Option<String>,
}

impl Definition {
    /// The cells of the module's `definition!` macro.
    fn cells(&self) -> String {
        let status = rust::optional_number(self.status);
        let number = rust::optional_number(self.number);
        format!(
            "definition!({}, {}, {number}, {}, {}, {status}, {}, {}, {}, {})",
            self.scope.variant,
            string(&self.name),
            optional_string(self.message_zh.as_deref()),
            optional_string(self.message_en.as_deref()),
            optional_string(self.solution_en.as_deref()),
            self.cited.cells(),
            string(self.table),
            self.table_line,
        )
    }

    /// A line of the variant's doc: `` `NAME` in `path` line 164 (`repo` at `commit`) ``.
    fn doc(&self) -> String {
        let mut doc = format!("`{}`", self.name);
        if let Some(generator) = &self.generator {
            doc.push_str(&format!(" (`{generator}`)"));
        }
        doc.push_str(&format!(" {}", self.cited.place()));
        if let Some(message) = self.message_en.as_ref().or(self.message_zh.as_ref()) {
            doc.push_str(&format!(", \"{}\"", rust::markdown_text(message)));
        }
        match self.status {
            Some(status) => doc.push_str(&format!(", HTTP {status}")),
            None => match &self.status_note {
                Some(note) => doc.push_str(&format!(
                    ", no status of its own (the source: {})",
                    rust::markdown_text(note)
                )),
                None => doc.push_str(", no status (a log line prefix)"),
            },
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

/// The tables under `codes/` [`generate`] reads, in the order it takes them:
/// `build/platforms.rs` reads them for it, and the generated header names them.
pub const FILES: &[&str] = &[
    "paas.tsv",
    "paas-source.tsv",
    "vendor-source/bkpaas3-source-codes.tsv",
    "vendor-source/esb-source-codes.tsv",
    "vendor-source/esb-in-apigateway-source-codes.tsv",
    "vendor-source/bk-apigateway-codes.tsv",
    "paas-wire-literals.tsv",
];

/// Generates the module body from the contents of `codes/paas.tsv`,
/// `codes/paas-source.tsv` and the copied source tables ([`SOURCE_FILES`]).
pub fn generate(text: &str, mapping: &str, sources: [&str; 5]) -> Result<String, TableError> {
    let table = Table::parse("codes/paas.tsv", text, COLUMNS)?;
    catalog::unique(
        &table,
        "code",
        table.rows().map(|r| (r.line, r.cell("code"))),
    )?;
    let mut joined = join(mapping, sources)?;
    let mut variants = Vec::new();
    let mut keys = Keys::default();
    let mut numbers = Vec::new();
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
        let mut names: Vec<String> = flag.into_iter().map(str::to_owned).collect();
        names.extend(
            row.optional("vendor_names")
                .into_iter()
                .flat_map(|n| n.split(','))
                .map(str::to_owned),
        );
        for name in &names {
            catalog::vendor_name(&row, name)?;
        }
        let variant_name = catalog::variant_name(&row, "name")?;
        let definitions = joined.take_published(&variant_name);
        for definition in &definitions {
            if definition.number != Some(key) {
                let number = definition
                    .number
                    .map_or_else(|| "no number".to_owned(), |n| n.to_string());
                return Err(row.error(format!(
                    "{}:{} defines {} as {number}, not {code}",
                    definition.table, definition.table_line, definition.name
                )));
            }
            add_name(&mut names, &definition.name);
        }
        let row_number = catalog::row_number(&row, number)?;
        for name in &names {
            keys.add_name(name, row_number, true, row.line);
        }
        for definition in &definitions {
            keys.add_scoped(definition, row_number);
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
        for definition in &definitions {
            facts.push(format!("Defined by {}", definition.doc()));
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
        let definitions: Vec<String> = definitions.iter().map(Definition::cells).collect();
        variants.push(Variant {
            line: row.line,
            name: variant_name,
            doc,
            cells: vec![
                string(code),
                module.product.to_owned(),
                format!("Some(Module::{})", module.variant),
                catalog::status_cells(status, origin),
                rust::list(&names),
                optional_string(flag),
                string(message),
                optional_string(solution),
                optional_string(source_message),
                optional_string(source_solution),
                optional_string(crate_note),
                "true".to_owned(),
                rust::list(&definitions),
            ],
        });
        keys.add_number(key, row_number, true, row.line);
        numbers.push(key);
    }
    joined.all_published_taken()?;
    let published = variants.len();
    for (at, code) in joined.new.iter().enumerate() {
        let row_number = u16::try_from(published + at)
            .ok()
            .filter(|&n| n != u16::MAX)
            .ok_or_else(|| table.error(code.line, "a table holds at most 65535 rows"))?;
        let mut names = Vec::new();
        for definition in &code.definitions {
            add_name(&mut names, &definition.name);
        }
        for name in &names {
            keys.add_name(name, row_number, false, code.line);
        }
        for definition in &code.definitions {
            keys.add_scoped(definition, row_number);
        }
        let number = code.definitions[0].number;
        if let Some(number) = number {
            if keys.is_published(&Key::Number(number)) {
                return Err(table.error(
                    code.line,
                    format!("{number} is a published code; its definitions attach to it"),
                ));
            }
            keys.add_number(number, row_number, false, code.line);
        }
        // `number()` reads a 0 as no number. No number here is 0: every one
        // passed the check of its table (a code of a bkpaas3 module, a
        // seven-digit ESB or gateway code) before it got here.
        numbers.push(number.unwrap_or(0));
        variants.push(new_variant(code, &names)?);
    }
    let resolved = keys.resolve(&table, &variants)?;
    let names: Vec<(usize, &str)> = resolved
        .names
        .iter()
        .map(|(l, n)| (*l, n.as_str()))
        .collect();
    let mut statics = catalog::numeric_lookups(
        &table,
        &numbers,
        &resolved.code_keys,
        &names,
        &resolved.name_keys,
    )?;
    statics.push(format!(
        "/// Bit `n` is set where a key a bare parse finds ambiguous is `n` bytes\n\
         /// long: most misses need not read `SHARED`.\n\
         const AMBIGUOUS_LENGTHS: u64 = {:#x};\n",
        resolved.ambiguous_lengths
    ));
    statics.push(format!(
        "shared! {{\n    \
         /// The keys that name several codes: bare (`None`), where a parse\n    \
         /// answers the published code or none, and within a scope.\n    \
         static SHARED: [Shared; {}] = [\n{}    ];\n}}\n",
        resolved.shared.len(),
        resolved.shared.concat()
    ));
    Module {
        table: &table,
        files: FILES,
        enum_name: "PaasError",
        enum_doc: "An error code of Tencent BlueKing PaaS, 3.0 (bkpaas3) or 2.x (open_paas): one\n\
                   variant per row of the published catalogs, then one per code the sources\n\
                   of bkpaas3 and ESB define that no page publishes. The\n\
                   [module documentation](crate::paas) shows how to use it.",
        variants,
        statics,
    }
    .emit()
}

/// Adds `name` to a code's vendor names unless it is there already (compared
/// without ASCII case, as parsing does).
fn add_name(names: &mut Vec<String>, name: &str) {
    if !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
        names.push(name.to_owned());
    }
}

/// The variant of a code of the source only.
fn new_variant(code: &NewVariant<Definition>, names: &[String]) -> Result<Variant, TableError> {
    let first = &code.definitions[0];
    let scope = first.scope;
    let message_en = code
        .definitions
        .iter()
        .find_map(|d| d.message_en.as_deref());
    let source_text = code
        .definitions
        .iter()
        .find_map(|d| d.message_zh.as_deref());
    // The Chinese original; bkpaas3's `message_zh` is an English source string
    // in some rows, which is no Chinese text.
    let message_zh = code
        .definitions
        .iter()
        .filter_map(|d| d.message_zh.as_deref())
        .find(|m| super::meanings::lang_of(m) == "Zh");
    let solution_en = code
        .definitions
        .iter()
        .find_map(|d| d.solution_en.as_deref());
    // The English the server sends; else the source string it sends
    // untranslated (bkpaas3 without a `.po` entry); else the name.
    let message = message_en.or(source_text).unwrap_or(&first.name);
    // The gateway's codes are in no module of BlueKing PaaS.
    let has_modules = MODULES.iter().any(|(_, m)| m.product == scope.product);
    let (shown, module) = match first.number {
        Some(number) if !has_modules => (number.to_string(), "None".to_owned()),
        Some(number) => {
            let text = number.to_string();
            let module = MODULES
                .iter()
                .map(|(_, m)| m)
                .find(|m| text.starts_with(m.prefix) && m.product == scope.product)
                .ok_or_else(|| TableError {
                    file: "codes/paas-source.tsv".to_owned(),
                    line: code.line,
                    message: format!("{number} is in no module of {}", scope.column),
                })?;
            (text, format!("Some(Module::{})", module.variant))
        }
        None => (first.name.clone(), "None".to_owned()),
    };
    let mut doc = match first.number {
        Some(_) => format!("`{shown}` (`{}`): ", first.name),
        None => format!("`{shown}`: "),
    };
    doc.push_str(&format!(
        "{}\n\nFrom {}; no published page lists it.\n\n",
        rust::markdown_text(message),
        scope.source
    ));
    if first.table == LITERAL_FILE {
        doc.push_str(
            "Its exception handler writes the code as a string literal, which no vendor table \
             holds: the row is in `codes/paas-wire-literals.tsv`, the crate's reading of the \
             handler, not a vendor table.\n\n",
        );
    }
    if let Some(text) = message_zh {
        doc.push_str(&format!(
            "- Chinese original (vendor source): {}\n",
            rust::markdown_text(text)
        ));
    }
    if let Some(text) = solution_en {
        doc.push_str(&format!(
            "- English solution (vendor source): {}\n",
            rust::markdown_text(text)
        ));
    }
    for definition in &code.definitions {
        doc.push_str(&format!("- Defined by {}\n", definition.doc()));
    }
    doc.push_str(&format!(
        "- {}\n",
        catalog::status_doc(code.status, code.origin)
    ));
    let names: Vec<String> = names.iter().map(|n| string(n)).collect();
    let definitions: Vec<String> = code.definitions.iter().map(Definition::cells).collect();
    Ok(Variant {
        line: code.line,
        name: code.name.clone(),
        doc,
        cells: vec![
            string(&shown),
            scope.product.to_owned(),
            module,
            catalog::status_cells(code.status, code.origin),
            rust::list(&names),
            "None".to_owned(),
            string(message),
            "None".to_owned(),
            optional_string(message_zh),
            optional_string(solution_en),
            "None".to_owned(),
            "false".to_owned(),
            rust::list(&definitions),
        ],
    })
}

/// Joins the mapping with the copied source tables: each row is in the scope
/// of its table, and its status follows its status rule.
fn join(mapping: &str, sources: [&str; 5]) -> Result<Joined<Definition>, TableError> {
    let sources: Vec<Source> = SOURCE_FILES
        .into_iter()
        .zip(sources)
        .map(|(file, text)| {
            let (columns, repeats) = match file {
                "bkpaas3-source-codes.tsv" => (BKPAAS3_COLUMNS, BKPAAS3_REPEATS),
                "bk-apigateway-codes.tsv" => (GATEWAY_COLUMNS, GATEWAY_REPEATS),
                LITERAL_FILE => (LITERAL_COLUMNS, LITERAL_REPEATS),
                _ => (ESB_COLUMNS, ESB_REPEATS),
            };
            Source {
                file,
                folder: match file {
                    LITERAL_FILE => "codes",
                    _ => "codes/vendor-source",
                },
                text,
                columns,
                repeats,
                repository: None,
            }
        })
        .collect();
    source::join("codes/paas-source.tsv", mapping, &sources, |link| {
        let scope = SCOPES
            .iter()
            .find(|s| s.tables.contains(&link.table))
            .ok_or_else(|| link.mapping.error(format!("{} is in no scope", link.table)))?;
        if link.mapping.cell("scope") != scope.column {
            return Err(link.mapping.error(format!(
                "scope is not {}, the scope of {}",
                scope.column, link.table
            )));
        }
        let definition = definition(link, scope)?;
        status(link.mapping, &definition)?;
        Ok(definition)
    })
}

/// One definition: the cells of the source row the mapping row names.
fn definition(link: &Link, scope: &'static Scope) -> Result<Definition, TableError> {
    let source = link.source;
    let gateway = scope.column == "apigateway";
    let literal = link.table == LITERAL_FILE;
    let name = if gateway {
        // The gateway's `code_name` is its vendor's spelling, lower case
        // included (`REQUEST_RESOURCE_5xx`).
        let name = source.cell("code_name");
        catalog::source_symbol(source, name)?;
        name
    } else if literal {
        // The literal as the handler writes it (`Unauthorized`).
        let name = source.cell("name");
        catalog::source_symbol(source, name)?;
        name
    } else {
        let name = source.cell("name");
        catalog::vendor_name(source, name)?;
        name
    };
    // The literal table has no number column: its codes have none.
    let number_cell = match literal {
        true => None,
        false => source.optional("number"),
    };
    let number = match (scope.column, number_cell) {
        ("apigateway", Some(number)) => Some(
            key::decimal(number.as_bytes())
                .filter(|_| number.len() == 7 && number.starts_with("16"))
                .ok_or_else(|| {
                    source.error("number is not a seven-digit API gateway code (16xxxxx)")
                })?,
        ),
        ("esb", Some(number)) => Some(
            key::decimal(number.as_bytes())
                .filter(|_| number.len() == 7 && number.starts_with("1306"))
                .ok_or_else(|| source.error("number is not a seven-digit ESB code (1306xxx)"))?,
        ),
        (_, Some(number)) => Some(
            key::decimal(number.as_bytes())
                .filter(|_| number.len() == 7 && number.starts_with("431"))
                .ok_or_else(|| {
                    source.error("number is not a seven-digit bkpaas3 code (431xxxx)")
                })?,
        ),
        ("esb", None) => return Err(source.error("an ESB code has a number")),
        (_, None) => None,
    };
    let status = match source.optional("status") {
        Some(_) => Some(catalog::status(source, "status")?),
        None => None,
    };
    // Only the ESB tables have a solution column.
    let solution_en = match scope.column {
        "esb" => source.optional("solution_en").map(str::to_owned),
        _ => None,
    };
    Ok(Definition {
        scope,
        name: name.to_owned(),
        number,
        message_zh: source.optional("message_zh").map(str::to_owned),
        message_en: source.optional("message_en").map(str::to_owned),
        status,
        solution_en,
        cited: link.cited()?,
        table: link.table,
        table_line: source.line,
        note: link.mapping.optional("note").map(str::to_owned),
        generator: gateway.then(|| source.cell("generator").to_owned()),
        status_note: match (gateway, literal) {
            (true, _) => source.optional("status_note").map(str::to_owned),
            (_, true) => Some(format!(
                "{} on line {}",
                source.cell("status_expression"),
                source.cell("status_line")
            )),
            _ => None,
        },
    })
}

/// The mapping row's status and its origin, checked against its rule: the
/// source row's own status (`table`), or, where the source sets none, the
/// crate's rule that ESB answers 200 (`crate-esb-200`).
fn status(row: &Row, definition: &Definition) -> Result<(u16, catalog::Origin), TableError> {
    let status = catalog::status(row, "status")?;
    let origin = catalog::one_of(row, "status_origin", catalog::ORIGINS)?;
    let expected = match catalog::one_of(row, "status_rule", STATUS_RULES)? {
        StatusRule::Table => definition.status.map(|s| (s, "VendorSource")),
        StatusRule::CrateEsb200 => match (definition.scope.column, definition.status) {
            ("esb", None) => Some((200, "Crate")),
            _ => None,
        },
        StatusRule::CrateApigwUnknown500 => match (definition.scope.column, definition.status) {
            ("apigateway", None) => Some((500, "Crate")),
            _ => None,
        },
        StatusRule::CrateDrf(status, name) => (definition.table == LITERAL_FILE
            && definition.name == name
            && definition.status.is_none())
        .then_some((status, "Crate")),
    };
    if expected != Some((status, origin.variant)) {
        return Err(row.error(format!(
            "status {status} ({}) does not follow its status_rule from the source's status {:?}",
            row.cell("status_origin"),
            definition.status
        )));
    }
    Ok((status, origin))
}

/// A key that parses to a code: its number, or a vendor name (bkpaas3's and
/// ESB's names, the gateway's `code_name`).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Number(u32),
    /// In upper case: names compare without ASCII case, as parsing does.
    Name(String),
}

impl Key {
    fn name(name: &str) -> Key {
        Key::Name(name.to_ascii_uppercase())
    }

    /// The key as `SHARED` writes it.
    fn text(&self) -> String {
        match self {
            Key::Number(number) => number.to_string(),
            Key::Name(name) => name.clone(),
        }
    }
}

/// Every key of every code, bare and within the scope of each definition,
/// gathered before the indexes are built: a key may name several codes (the
/// gateway's `1640302` and `RATE_LIMIT_RESTRICTION`), and the index takes only
/// a key that a parse answers.
#[derive(Default)]
struct Keys {
    /// Key → the rows it names, and the key's spelling and line where first
    /// seen.
    bare: BTreeMap<Key, Named>,
    /// (scope variant, key) → the rows whose definitions in that scope have it.
    scoped: BTreeMap<(&'static str, Key), Vec<u16>>,
}

/// The rows a bare key names: each row, whether it is published and the line
/// that names it; the key as the vendor spells it, and where first seen.
struct Named {
    rows: Vec<(u16, bool, usize)>,
    spelling: String,
    line: usize,
}

/// The keys, resolved: what the indexes hold, and `SHARED`.
struct Resolved {
    code_keys: Vec<(u32, u16)>,
    name_keys: Vec<(u64, u16)>,
    names: Vec<(usize, String)>,
    shared: Vec<String>,
    /// Bit `n` set where an ambiguous bare key is `n` bytes long.
    ambiguous_lengths: u64,
}

impl Keys {
    /// Adds a name of `row`, spelt as the vendor does.
    fn add_name(&mut self, name: &str, row: u16, published: bool, line: usize) {
        self.add(Key::name(name), name.to_owned(), row, published, line);
    }

    fn add_number(&mut self, number: u32, row: u16, published: bool, line: usize) {
        self.add(
            Key::Number(number),
            number.to_string(),
            row,
            published,
            line,
        );
    }

    fn add(&mut self, key: Key, spelling: String, row: u16, published: bool, line: usize) {
        let named = self.bare.entry(key).or_insert_with(|| Named {
            rows: Vec::new(),
            spelling,
            line,
        });
        if !named.rows.iter().any(|&(r, _, _)| r == row) {
            named.rows.push((row, published, line));
        }
    }

    /// The number and the name of `definition`, keys of `row` in its scope.
    fn add_scoped(&mut self, definition: &Definition, row: u16) {
        let names = [
            Some(Key::name(&definition.name)),
            definition.number.map(Key::Number),
        ];
        for key in names.into_iter().flatten() {
            let rows = self
                .scoped
                .entry((definition.scope.variant, key))
                .or_default();
            if !rows.contains(&row) {
                rows.push(row);
            }
        }
    }

    fn is_published(&self, key: &Key) -> bool {
        self.bare
            .get(key)
            .is_some_and(|named| named.rows.iter().any(|&(_, published, _)| published))
    }

    /// A bare key answers its one published code, else its one code; a key of
    /// several codes goes into `SHARED`, ambiguous where it answers none, and
    /// so does a key several codes of one scope have. Two published codes never
    /// share a key: the published catalogs do not.
    fn resolve(self, table: &Table, variants: &[Variant]) -> Result<Resolved, TableError> {
        let mut resolved = Resolved {
            code_keys: Vec::new(),
            name_keys: Vec::new(),
            names: Vec::new(),
            shared: Vec::new(),
            ambiguous_lengths: 0,
        };
        let name_of = |row: u16| variants[usize::from(row)].name.clone();
        for (
            key,
            Named {
                rows,
                spelling,
                line,
            },
        ) in &self.bare
        {
            let published: Vec<(u16, usize)> =
                rows.iter().filter(|r| r.1).map(|r| (r.0, r.2)).collect();
            let answer = match (&published[..], &rows[..]) {
                ([(row, _)], _) | ([], [(row, _, _)]) => Some(*row),
                ([], _) => None,
                ([(_, first), (_, second), ..], _) => {
                    return Err(table.error(
                        *second,
                        format!("duplicate vendor name {spelling:?} (also on line {first})"),
                    ));
                }
            };
            if let Some(row) = answer {
                match key {
                    Key::Number(number) => resolved.code_keys.push((*number, row)),
                    Key::Name(_) => {
                        resolved
                            .name_keys
                            .push((fold_hash(spelling.as_bytes()), row));
                        resolved.names.push((*line, spelling.clone()));
                    }
                }
            }
            if rows.len() > 1 {
                let codes: Vec<String> = rows.iter().map(|&(row, _, _)| name_of(row)).collect();
                resolved
                    .shared
                    .push(shared_entry("None", key, &codes, answer.is_none()));
                if answer.is_none() {
                    let length = key.text().len();
                    if length >= 64 {
                        return Err(table.error(
                            *line,
                            format!("{spelling} is an ambiguous key of 64 bytes or more"),
                        ));
                    }
                    resolved.ambiguous_lengths |= 1 << length;
                }
            }
        }
        for ((scope, key), rows) in &self.scoped {
            if rows.len() > 1 {
                let codes: Vec<String> = rows.iter().map(|&row| name_of(row)).collect();
                let scope = format!("Some(Scope::{scope})");
                resolved
                    .shared
                    .push(shared_entry(&scope, key, &codes, true));
            }
        }
        if resolved.shared.len() > usize::from(u8::MAX) {
            // `ParseCodeError` keeps the entry in a byte.
            return Err(table.error(
                1,
                format!("{} shared keys; at most 255", resolved.shared.len()),
            ));
        }
        Ok(resolved)
    }
}

/// One `Shared` of `SHARED`.
fn shared_entry(scope: &str, key: &Key, codes: &[String], ambiguous: bool) -> String {
    format!(
        "        ({scope}, {}, {ambiguous}, [{}]),\n",
        string(&key.text()),
        codes.join(", ")
    )
}
