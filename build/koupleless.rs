//! `codes/koupleless.tsv`, `codes/koupleless-sources.tsv`,
//! `codes/koupleless-source.tsv` and
//! `codes/vendor-source/koupleless-wire-codes.tsv` → `koupleless.rs`: the
//! two-level codes of Arklet, ModuleController and KouplelessBoard, then the
//! wire codes the components' source defines.
//!
//! `koupleless-source.tsv` has one row per row of the copied source table,
//! joined by `(table, table_line)`: the wire code a row declares (`new`, which
//! names its variant) or sends a message with (`message`), its component and
//! its status. Every text, symbol and citation is read from the copied source
//! table itself.

use std::collections::BTreeMap;

use super::catalog::{self, Module, Variant};
use super::hash::fold_hash;
use super::index;
use super::rust::{self, optional_number, optional_string, string};
use super::source::{self, Cited, Link, Source};
use super::table::{Cell, Row, Table, TableError};

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

/// The copied source table: `codes/vendor-source/koupleless-wire-codes.tsv`.
const WIRE_COLUMNS: &[(&str, Cell)] = &[
    ("code", Cell::Required),
    ("component", Cell::Required),
    ("meaning", Cell::Optional),
    ("file", Cell::Required),
    ("line", Cell::Required),
    ("kind", Cell::Required),
    ("meaning_kind", Cell::Required),
    ("symbol", Cell::Required),
    ("value", Cell::Optional),
    ("wire_field", Cell::Required),
    ("repo", Cell::Required),
];

const WIRE_FILE: &str = "koupleless-wire-codes.tsv";

/// What the source table's `meaning` holds, by its `meaning_kind`: a message
/// the source sends, an expression that builds one, a comment of the code's
/// own, a comment over several codes, or nothing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Meaning {
    Message,
    Expression,
    Comment,
    SharedComment,
    None,
}

const MEANING_KINDS: &[(&str, Meaning)] = &[
    ("literal", Meaning::Message),
    ("format string (String.format)", Meaning::Message),
    ("expression", Meaning::Expression),
    ("comment", Meaning::Comment),
    ("comment (javadoc, verbatim)", Meaning::Comment),
    (
        "comment (one comment for the whole const block)",
        Meaning::SharedComment,
    ),
    ("none (no source comment)", Meaning::None),
];

/// The `kind` column: a declaration, or a place that sends a message.
const KINDS: &[(&str, &str)] = &[("definition", "definition"), ("message", "message")];

/// The status rules of `koupleless-source.tsv`: the status and its origin each
/// gives, and whether it is the status the source sends with the code here.
const STATUS_RULES: &[(&str, (u16, &str, bool))] = &[
    // Arklet's HTTP tunnel answers 200 for every response.
    ("arklet-http-200", (200, "source", true)),
    // The crate's Koupleless rule (`src/koupleless/mod.rs`): no HTTP response.
    ("crate-koupleless-200", (200, "crate", false)),
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

/// One row of the copied source table, as the generator writes it.
struct Definition {
    /// The `Component` variant: `SofaArk`.
    component: &'static str,
    kind: &'static str,
    sent_by: String,
    code: String,
    symbol: String,
    meaning: Meaning,
    text: Option<String>,
    value: Option<u16>,
    wire_field: String,
    status: Option<u16>,
    /// Where the row is in the vendor's repository.
    cited: Cited,
    table_line: usize,
    /// Its row in `koupleless-source.tsv`, for errors.
    mapping_line: usize,
}

impl Definition {
    /// The text of the row if it is of `kind`.
    fn text_if(&self, kind: Meaning) -> Option<&str> {
        self.text.as_deref().filter(|_| self.meaning == kind)
    }

    /// The cells of the module's `definition!` macro.
    fn cells(&self) -> String {
        format!(
            "definition!({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {})",
            self.component,
            self.kind,
            string(&self.sent_by),
            string(&self.code),
            string(&self.symbol),
            optional_string(self.text_if(Meaning::Message)),
            optional_string(self.text_if(Meaning::Expression)),
            optional_string(
                self.text_if(Meaning::Comment)
                    .or(self.text_if(Meaning::SharedComment))
            ),
            optional_number(self.value),
            string(&self.wire_field),
            optional_number(self.status),
            self.cited.cells(),
            self.table_line,
        )
    }

    /// A line of the variant's doc.
    fn doc(&self) -> String {
        let verb = match self.kind {
            "definition" => "Declared as",
            _ => "Sent by",
        };
        let mut doc = format!(
            "{verb} `{}` ({}) {}",
            self.symbol,
            rust::markdown_text(&self.sent_by),
            self.cited.place()
        );
        match (self.meaning, &self.text) {
            (Meaning::Message, Some(text)) => {
                doc.push_str(&format!(", with \"{}\"", rust::markdown_text(text)));
            }
            // A code span shows an expression as written, unless it holds a
            // backtick, which would end the span.
            (Meaning::Expression, Some(text)) if !text.contains('`') => {
                doc.push_str(&format!(", with the message `{text}` builds"));
            }
            (Meaning::Expression, Some(text)) => {
                let text = rust::markdown_text(text);
                doc.push_str(&format!(", with the message {text} builds"));
            }
            _ => {}
        }
        doc
    }
}

/// A distinct code string: its canonical spelling, the file and line of its
/// first row, and each component that has it, with its variant and the line of
/// its row.
type CodeEntry<'a> = (&'a str, (&'a str, usize), Vec<(&'a str, &'a str, usize)>);

/// A wire code: its first definition, and the rows that send it.
struct WireCode {
    line: usize,
    name: String,
    component: &'static str,
    code: String,
    status: u16,
    origin: catalog::Origin,
    definitions: Vec<Definition>,
}

impl WireCode {
    /// The code's message: the first message sent with it, else the comment of
    /// its own declaration, else its symbol.
    fn message(&self) -> &str {
        let first = |kind| self.definitions.iter().find_map(|d| d.text_if(kind));
        first(Meaning::Message)
            .or_else(|| first(Meaning::Comment))
            .unwrap_or(&self.definitions[0].symbol)
    }
}

/// The tables under `codes/` [`generate`] reads, in the order it takes them:
/// `build/platforms.rs` reads them for it, and the generated header names them.
pub const FILES: &[&str] = &[
    "koupleless.tsv",
    "koupleless-sources.tsv",
    "koupleless-source.tsv",
    "vendor-source/koupleless-wire-codes.tsv",
];

/// Generates the module body from `codes/koupleless.tsv` (`text`),
/// `codes/koupleless-sources.tsv` (`sources_text`), `codes/koupleless-source.tsv`
/// (`mapping`) and `codes/vendor-source/koupleless-wire-codes.tsv` (`wire`).
pub fn generate(
    text: &str,
    sources_text: &str,
    mapping: &str,
    wire: &str,
) -> Result<String, TableError> {
    let table = Table::parse("codes/koupleless.tsv", text, COLUMNS)?;
    let parsed = table.rows().map(parse).collect::<Result<Vec<_>, _>>()?;
    let wire_codes = wire_codes(mapping, wire)?;
    // `Module::emit` checks names too, but against the published table alone:
    // a taken name in the mapping would be reported on a line of the wrong file.
    let mut names: BTreeMap<String, (&str, usize)> = parsed
        .iter()
        .map(|p| (p.name.to_ascii_lowercase(), (table.file.as_str(), p.line)))
        .collect();
    for code in &wire_codes {
        let key = code.name.to_ascii_lowercase();
        if let Some((file, line)) = names.insert(key, (MAPPING_FILE, code.line)) {
            return Err(TableError {
                file: MAPPING_FILE.to_owned(),
                line: code.line,
                message: format!(
                    "duplicate variant name {:?} (also on {file} line {line})",
                    code.name
                ),
            });
        }
    }

    // Every code string (`Source.Type`, or a wire code), keyed without case, with
    // its canonical spelling, the table line of its first row, and the variants
    // that have it: one, or one per component that has the same code.
    let mut codes: BTreeMap<String, CodeEntry> = BTreeMap::new();
    let page_file = &table.file;
    let published = parsed.iter().flat_map(|p| {
        p.codes
            .iter()
            .map(move |c| (c.as_str(), p.component, p.name.as_str(), page_file, p.line))
    });
    let mapping_file = MAPPING_FILE.to_owned();
    let source = wire_codes.iter().map(|w| {
        (
            w.code.as_str(),
            w.component,
            w.name.as_str(),
            &mapping_file,
            w.line,
        )
    });
    for (code, component, name, file, line) in published.chain(source) {
        let error = |message: String| TableError {
            file: file.clone(),
            line,
            message,
        };
        let (canonical, _, members) = codes
            .entry(code.to_ascii_lowercase())
            .or_insert_with(|| (code, (file.as_str(), line), Vec::new()));
        if *canonical != code {
            return Err(error(format!(
                "code {code:?} differs only in case from {canonical:?}"
            )));
        }
        if let Some((_, _, other)) = members.iter().find(|(c, _, _)| *c == component) {
            return Err(error(format!(
                "duplicate code {code:?} in {component} (also on line {other})"
            )));
        }
        members.push((component, name, line));
    }

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
    // A published row stands in a component's table: the page has its Level 1
    // table too.
    if let Some(p) = parsed
        .iter()
        .find(|p| !seen.iter().any(|(_, (c, _))| *c == p.component))
    {
        return Err(p.row.error(format!(
            "component {} has no Level 1 table in codes/koupleless-sources.tsv: the \
             published page has no table for it",
            p.component
        )));
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
            .flat_map(|c| &codes[&c.to_ascii_lowercase()].2)
            .map(|(component, _, _)| *component)
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
    for code in &wire_codes {
        variants.push(wire_variant(
            code,
            &codes[&code.code.to_ascii_lowercase()].2,
        ));
    }

    // The code entries, in code order, and the index over them.
    let mut entries = String::new();
    let mut keys = Vec::new();
    for (number, (canonical, (file, line), members)) in codes.values().enumerate() {
        let number = u16::try_from(number)
            .ok()
            .filter(|&n| n != u16::MAX)
            .ok_or_else(|| TableError {
                file: (*file).to_owned(),
                line: *line,
                message: "a table holds at most 65535 codes".to_owned(),
            })?;
        keys.push((fold_hash(canonical.as_bytes()), number));
        let members: Vec<String> = members
            .iter()
            .map(|(_, name, _)| (*name).to_owned())
            .collect();
        entries.push_str(&format!(
            "        {} => {},\n",
            string(canonical),
            rust::list(&members)
        ));
    }
    let width = catalog::width(&table, keys.len())?;
    let code_index = index::build(&keys, width).map_err(|e| table.error(1, e))?;

    Module {
        table: &table,
        files: FILES,
        enum_name: "KouplelessError",
        enum_doc: "An error code of Koupleless: one variant per row of the published Arklet,\n\
                   ModuleController and KouplelessBoard tables, then one per wire code its\n\
                   components' source defines. The\n\
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
                codes.values().map(|(code, _, _)| *code),
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

/// The mapping file, as errors name it.
const MAPPING_FILE: &str = "codes/koupleless-source.tsv";

/// The wire codes: the rows of `koupleless-source.tsv` (`mapping`) joined to
/// the rows of the copied source table (`wire`) they name (`source::join`
/// checks each against the other), grouped by code, in the order of their
/// declarations.
fn wire_codes(mapping: &str, wire: &str) -> Result<Vec<WireCode>, TableError> {
    let source = Source {
        file: WIRE_FILE,
        folder: "codes/vendor-source",
        text: wire,
        columns: WIRE_COLUMNS,
        repeats: &[
            ("code", "code"),
            ("symbol", "symbol"),
            ("repo", "repo"),
            ("file", "file"),
            ("line", "line"),
        ],
        // One table of several repositories (koupleless/runtime, sofa-ark, …).
        repository: Some("repo"),
    };
    let joined = source::join(MAPPING_FILE, mapping, &[source], definition)?;
    // `definition` refuses `published` rows: none is left.
    joined.all_published_taken()?;
    let error = |line, message: String| TableError {
        file: MAPPING_FILE.to_owned(),
        line,
        message,
    };
    let mut codes = Vec::new();
    for variant in joined.new {
        if variant.code.contains('.') {
            return Err(error(
                variant.line,
                format!(
                    "wire code {:?} has a dot: only the published two-level codes do",
                    variant.code
                ),
            ));
        }
        let component = variant.definitions[0].component;
        if let Some(other) = variant
            .definitions
            .iter()
            .find(|d| d.component != component)
        {
            return Err(error(
                other.mapping_line,
                format!(
                    "scope {} is not {}'s, {component}: a message joins its code in the \
                     component that declares it",
                    other.component, variant.name
                ),
            ));
        }
        codes.push(WireCode {
            line: variant.line,
            name: variant.name,
            component,
            code: variant.code,
            status: variant.status,
            origin: variant.origin,
            definitions: variant.definitions,
        });
    }
    Ok(codes)
}

/// The status a mapping row gives, checked against its rule: the status, its
/// origin, and whether the source sends it here.
fn status_rule(row: &Row) -> Result<(u16, catalog::Origin, bool), TableError> {
    let (status, origin, sent) = catalog::one_of(row, "status_rule", STATUS_RULES)?;
    let given = catalog::status(row, "status")?;
    if given != status || row.cell("status_origin") != origin {
        return Err(row.error(format!(
            "status {given} {} is not the rule {}'s, {status} {origin}",
            row.cell("status_origin"),
            row.cell("status_rule")
        )));
    }
    let origin = catalog::one_of(row, "status_origin", catalog::ORIGINS)?;
    Ok((status, origin, sent))
}

/// One row of the source table: the mapping row and the source row it names,
/// checked against each other by `source::join`; here, its role against the
/// row's kind, its status against its rule, its meaning against its kind.
fn definition(link: &Link) -> Result<Definition, TableError> {
    let (row, source) = (link.mapping, link.source);
    let kind = catalog::one_of(source, "kind", KINDS)?;
    let role = row.cell("role");
    if role == "published" {
        return Err(row.error(
            "role published: no wire code is published (a row names its wire code in variant)",
        ));
    }
    if (role == "message") != (kind == "message") {
        return Err(row.error(format!(
            "role {role} does not go with the source row's kind {kind}: a declaration \
             (definition) is new, a place that sends a message with its code is message"
        )));
    }
    let meaning = catalog::one_of(source, "meaning_kind", MEANING_KINDS)?;
    let text = source.optional("meaning");
    if (meaning == Meaning::None) != text.is_none() {
        return Err(source.error(format!(
            "meaning_kind {:?} and the meaning {:?} disagree: a row has a meaning unless \
             its kind is none",
            source.cell("meaning_kind"),
            source.cell("meaning")
        )));
    }
    let value =
        match source.optional("value") {
            Some(value) => Some(value.parse::<u16>().map_err(|_| {
                source.error(format!("value {value:?} is not a number below 65536"))
            })?),
            None => None,
        };
    let (status, _, sent) = status_rule(row)?;
    Ok(Definition {
        component: catalog::one_of(row, "scope", COMPONENTS)?,
        kind,
        sent_by: source.cell("component").to_owned(),
        code: source.cell("code").to_owned(),
        symbol: source.cell("symbol").to_owned(),
        meaning,
        text: text.map(str::to_owned),
        value,
        wire_field: source.cell("wire_field").to_owned(),
        status: sent.then_some(status),
        cited: link.cited()?,
        table_line: source.line,
        mapping_line: row.line,
    })
}

/// The variant of a wire code, its doc and its cells; `members` are the
/// components that have the same code, with their variants.
fn wire_variant(code: &WireCode, members: &[(&str, &str, usize)]) -> Variant {
    let message = code.message();
    let mut doc = format!(
        "`{}` ({}): {}\n\n\
         A wire code of the vendor's source; no published page lists it.\n\n",
        code.code,
        code.component,
        rust::markdown_text(message)
    );
    let also: Vec<&str> = members
        .iter()
        .map(|(component, _, _)| *component)
        .filter(|c| *c != code.component)
        .collect();
    if !also.is_empty() {
        doc.push_str(&format!(
            "{} sends this code too: a bare parse of the code is ambiguous; parse it\n\
             with its component.\n\n",
            also.join(" and ")
        ));
    }
    for definition in &code.definitions {
        doc.push_str(&format!("- {}\n", definition.doc()));
    }
    doc.push_str(&format!(
        "- {}\n",
        catalog::status_doc(code.status, code.origin)
    ));
    let definitions: Vec<String> = code.definitions.iter().map(Definition::cells).collect();
    Variant {
        line: code.line,
        name: code.name.clone(),
        doc,
        cells: vec![
            string(&code.code),
            code.component.to_owned(),
            catalog::status_cells(code.status, code.origin),
            string(message),
            rust::list(&definitions),
        ],
    }
}
