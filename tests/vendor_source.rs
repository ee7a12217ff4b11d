//! Every row of the copied vendor-source tables is in the crate verbatim: its
//! symbol, number, texts, status and citation, on the code the mapping
//! (`codes/sdk-source.tsv`, `codes/paas-source.tsv`, `codes/koupleless-source.tsv`)
//! gives it, and nothing else is.

use std::collections::HashMap;
use std::fs;

use errcodes::http::StatusCode;
use errcodes::koupleless::{Component as KouplelessComponent, KouplelessError};
use errcodes::paas::{Definition as PaasDefinition, Module, PaasError, Product, Scope};
use errcodes::sdk::{Component, SdkError};
use errcodes::{Citation, ErrorCode, Origin, StatusOrigin};

/// A copied table: line 1 (`# source: ...`), then the header and its rows, each
/// row as column → cell, with the cell's escapes undone, keyed by its line.
struct Copied {
    source_line: String,
    rows: Vec<(usize, HashMap<String, String>)>,
}

fn read(path: &str, cited: bool) -> Copied {
    let path = format!("{}/codes/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = text.lines().enumerate().map(|(i, line)| (i + 1, line));
    let source_line = match cited {
        true => lines.next().unwrap().1.to_owned(),
        false => String::new(),
    };
    let header: Vec<&str> = lines.next().unwrap().1.split('\t').collect();
    let rows = lines
        .map(|(number, line)| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), header.len(), "{path}:{number}");
            let row = header
                .iter()
                .zip(cells)
                .map(|(column, cell)| ((*column).to_owned(), unescape(cell)))
                .collect();
            (number, row)
        })
        .collect();
    Copied { source_line, rows }
}

/// Undoes `\n`, `\t` and `\\` (the tables' README: no cell needed them so far).
fn unescape(cell: &str) -> String {
    let mut out = String::new();
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('\\') => out.push('\\'),
                other => panic!("unknown escape \\{other:?} in {cell:?}"),
            },
            (c, false) => out.push(c),
        }
    }
    out
}

fn optional(row: &HashMap<String, String>, column: &str) -> Option<String> {
    Some(row[column].clone()).filter(|cell| !cell.is_empty())
}

/// The commit line 1 cites for `repository:path`.
fn commit<'a>(source_line: &'a str, repository: &str, path: &str) -> &'a str {
    let wanted = format!("{repository}:{path}@");
    source_line
        .split("; ")
        .find_map(|source| {
            source
                .trim_start_matches("# source: ")
                .strip_prefix(&wanted)
        })
        .unwrap_or_else(|| panic!("line 1 cites no {wanted}"))
}

/// The one of `all` whose `key` is `wanted`; `what` names it in the panic.
fn find<T: Copy>(all: &[T], key: impl Fn(&T) -> &str, what: &str, wanted: &str) -> T {
    *all.iter()
        .find(|item| key(item) == wanted)
        .unwrap_or_else(|| panic!("no {what} {wanted}"))
}

/// The variant a mapping row names: its own, else the published one.
fn variant(map: &HashMap<String, String>) -> String {
    optional(map, "variant")
        .or_else(|| optional(map, "published_variant"))
        .unwrap()
}

fn component(scope: &str) -> Component {
    find(Component::ALL, |c| c.as_str(), "component", scope)
}

fn by_name(name: &str) -> SdkError {
    find(SdkError::ALL, |e| e.name(), "variant", name)
}

/// The mapping's rows of `table` (all of them where `None`), by `table_line`.
fn mapped<'a>(
    mapping: &'a Copied,
    table: Option<&str>,
) -> HashMap<usize, &'a HashMap<String, String>> {
    mapping
        .rows
        .iter()
        .filter(|(_, row)| table.is_none_or(|table| row["table"] == table))
        .map(|(_, row)| (row["table_line"].parse().unwrap(), row))
        .collect()
}

/// `actual` is the row's `column`, an empty cell as `None`.
fn assert_cell(actual: Option<&str>, row: &HashMap<String, String>, column: &str, at: &str) {
    assert_eq!(actual, optional(row, column).as_deref(), "{at}");
}

/// `status` is the row's `column`, an empty cell as `None`.
fn assert_status_cell(
    status: Option<StatusCode>,
    row: &HashMap<String, String>,
    column: &str,
    at: &str,
) {
    let status = status.map(|s| s.as_u16().to_string());
    assert_cell(status.as_deref(), row, column, at);
}

/// `error`'s status is the row's `status`, marked the vendor source's; where
/// the cell is empty, `crate_status()` (which checks the mapping's rule),
/// marked the crate's.
fn assert_sent_status(
    error: PaasError,
    row: &HashMap<String, String>,
    crate_status: impl FnOnce() -> u16,
    at: &str,
) {
    match optional(row, "status") {
        Some(status) => {
            assert_eq!(error.http_status().as_u16().to_string(), status, "{at}");
            assert_eq!(error.status_origin(), StatusOrigin::VendorSource, "{at}");
        }
        None => {
            let expected = crate_status();
            assert_eq!(error.http_status().as_u16(), expected, "{at}");
            assert_eq!(error.status_origin(), StatusOrigin::Crate, "{at}");
        }
    }
}

/// A code of the source only: its origin is its first definition (`citation`),
/// its status the one the mapping gives, marked as the mapping says.
fn assert_new<E: ErrorCode>(error: E, citation: Citation, map: &HashMap<String, String>, at: &str) {
    assert_eq!(error.origin(), Origin::VendorSource(citation), "{at}");
    assert_eq!(
        error.http_status().as_u16().to_string(),
        map["status"],
        "{at}"
    );
    let origin = match map["status_origin"].as_str() {
        "source" => StatusOrigin::VendorSource,
        "crate" => StatusOrigin::Crate,
        other => panic!("{at}: status_origin {other}"),
    };
    assert_eq!(error.status_origin(), origin, "{at}");
}

/// `citation` is the row's: `repository`, the row's file and line, and the
/// commit line 1 of the copy cites for them.
fn assert_cited(
    citation: Citation,
    source_line: &str,
    repository: &str,
    row: &HashMap<String, String>,
    at: &str,
) {
    assert_eq!(citation.repository, repository, "{at}");
    assert_eq!(citation.path, row["file"], "{at}");
    assert_eq!(citation.line.to_string(), row["line"], "{at}");
    assert_eq!(
        citation.commit,
        commit(source_line, repository, &row["file"]),
        "{at}"
    );
}

#[test]
fn every_openyuanrong_source_row_is_in_the_crate_verbatim() {
    let source = read("vendor-source/openyuanrong-source-codes.tsv", true);
    let mapping = read("sdk-source.tsv", false);
    assert_eq!(source.rows.len(), 369);
    let mapped = mapped(&mapping, None);
    let mut definitions = 0;
    for (line, row) in &source.rows {
        let map = mapped[line];
        assert_eq!(map["table"], "openyuanrong-source-codes.tsv");
        let name = variant(map);
        let error = by_name(&name);
        let definition = error
            .definitions()
            .iter()
            .find(|d| d.table_line() as usize == *line)
            .unwrap_or_else(|| panic!("{name} has no definition of line {line}"));
        let at = format!("line {line} ({name})");
        assert_eq!(definition.symbol(), row["symbol"], "{at}");
        assert_eq!(definition.number().to_string(), row["number"], "{at}");
        assert_eq!(error.number().to_string(), row["number"], "{at}");
        assert_cell(definition.message(), row, "message", &at);
        assert_cell(definition.comment(), row, "comment", &at);
        assert_status_cell(definition.http_status(), row, "http_status", &at);
        assert_eq!(definition.component(), component(&map["scope"]), "{at}");
        let citation = definition.citation();
        assert_cited(citation, &source.source_line, &row["repo"], row, &at);
        // Every symbol parses to its code, bare and in its component.
        assert_eq!(row["symbol"].parse::<SdkError>(), Ok(error), "{at}");
        assert_eq!(
            SdkError::parse_in(component(&map["scope"]), &row["symbol"]),
            Ok(error)
        );
        match map["role"].as_str() {
            "new" => {
                // A code of the source only: its origin is its first definition,
                // its status the one the mapping gives, marked as it says.
                assert_new(error, citation, map, &at);
                let message = error.definitions().iter().find_map(|d| d.message());
                assert_eq!(
                    error.message(),
                    message.unwrap_or(error.definitions()[0].symbol()),
                    "{at}"
                );
            }
            "published" => assert_eq!(error.origin(), Origin::Published, "{at}"),
            _ => assert!(!error.origin().is_published(), "{at}"),
        }
        definitions += 1;
    }
    // Nothing else: every definition the crate holds is a row of the copy.
    let held: usize = SdkError::ALL.iter().map(|e| e.definitions().len()).sum();
    assert_eq!(held, definitions);
    assert_eq!(mapping.rows.len(), source.rows.len());
}

fn paas_by_name(name: &str) -> PaasError {
    find(PaasError::ALL, |e| e.name(), "variant", name)
}

#[test]
fn every_esb_source_row_is_in_the_crate_verbatim() {
    let mapping = read("paas-source.tsv", false);
    let mut definitions = 0;
    for (file, rows) in [
        ("esb-source-codes.tsv", 24),
        ("esb-in-apigateway-source-codes.tsv", 25),
    ] {
        let mapped = mapped(&mapping, Some(file));
        let source = read(&format!("vendor-source/{file}"), true);
        assert_eq!(source.rows.len(), rows, "{file}");
        for (line, row) in &source.rows {
            let map = mapped[line];
            let (error, definition, at) = paas_row(file, *line, map);
            assert_eq!(definition.name(), row["name"], "{at}");
            assert_eq!(definition.scope(), Scope::Esb, "{at}");
            assert_eq!(
                definition.number().map(|n| n.to_string()),
                Some(row["number"].clone()),
                "{at}"
            );
            assert_eq!(error.code(), row["number"], "{at}");
            assert_eq!(error.module(), Some(Module::Esb), "{at}");
            assert_cell(definition.message_zh(), row, "message_zh", &at);
            assert_cell(definition.message_en(), row, "message_en", &at);
            assert_cell(definition.solution_en(), row, "solution_en", &at);
            assert_status_cell(definition.http_status(), row, "status", &at);
            let citation = definition.citation();
            let repository = source
                .source_line
                .trim_start_matches("# source: ")
                .split("; ")
                .find_map(|s| s.strip_suffix(&format!(":{}@{}", row["file"], citation.commit)))
                .unwrap_or_else(|| panic!("{at}: line 1 cites no {}", row["file"]));
            assert_cited(citation, &source.source_line, repository, row, &at);
            // Every name and the number parse to the code.
            assert_eq!(row["name"].parse::<PaasError>(), Ok(error), "{at}");
            assert_eq!(row["number"].parse::<PaasError>(), Ok(error), "{at}");
            // The table's `published` column agrees with the code's origin.
            match (map["role"].as_str(), row["published"].as_str()) {
                ("new", "no") => {
                    assert_new(error, citation, map, &at);
                    assert_eq!(error.message(), row["message_en"], "{at}");
                    assert_eq!(error.message_en(), Some(row["message_en"].as_str()), "{at}");
                }
                ("published", "yes") => assert_eq!(error.origin(), Origin::Published, "{at}"),
                ("same-code", "no") => assert!(!error.origin().is_published(), "{at}"),
                (role, published) => panic!("{at}: role {role}, published {published}"),
            }
            definitions += 1;
        }
    }
    // Nothing else: every ESB definition the crate holds is a row of the copies.
    assert_eq!(paas_definitions(Scope::Esb), definitions);
}

/// The code line `line` of `file` maps to (its own variant, else the
/// published one), its definition of that line, and the place to name in
/// messages.
fn paas_row(
    file: &str,
    line: usize,
    map: &HashMap<String, String>,
) -> (PaasError, &'static PaasDefinition, String) {
    let name = variant(map);
    let error = paas_by_name(&name);
    let definition = error
        .definitions()
        .iter()
        .find(|d| d.table() == file && d.table_line() as usize == line)
        .unwrap_or_else(|| panic!("{name} has no definition of {file} line {line}"));
    (error, definition, format!("{file} line {line} ({name})"))
}

/// The code line `line` of `file` (a table of new codes only) maps to, its one
/// definition (checked to be that line's), and the place to name in messages.
fn paas_new_row(
    file: &str,
    line: usize,
    map: &HashMap<String, String>,
) -> (PaasError, &'static PaasDefinition, String) {
    assert_eq!(map["role"], "new", "{file} line {line}");
    let error = paas_by_name(&map["variant"]);
    let at = format!("{file} line {line} ({error:?})");
    let [definition] = error.definitions() else {
        panic!("{at}: one definition")
    };
    assert_eq!(definition.table(), file, "{at}");
    assert_eq!(definition.table_line() as usize, line, "{at}");
    (error, definition, at)
}

/// How many definitions of `scope` the crate holds.
fn paas_definitions(scope: Scope) -> usize {
    PaasError::ALL
        .iter()
        .flat_map(|e| e.definitions())
        .filter(|d| d.scope() == scope)
        .count()
}

#[test]
fn every_bkpaas3_source_row_is_in_the_crate_verbatim() {
    let file = "bkpaas3-source-codes.tsv";
    let mapping = read("paas-source.tsv", false);
    let mapped = mapped(&mapping, Some(file));
    let source = read(&format!("vendor-source/{file}"), true);
    assert_eq!(source.rows.len(), 196);
    let mut roles: HashMap<&str, usize> = HashMap::new();
    for (line, row) in &source.rows {
        let map = mapped[line];
        let (error, definition, at) = paas_row(file, *line, map);
        assert_eq!(definition.scope(), Scope::Bkpaas3, "{at}");
        assert_eq!(definition.name(), row["name"], "{at}");
        let number = optional(row, "number");
        assert_eq!(definition.number().map(|n| n.to_string()), number, "{at}");
        assert_eq!(error.number().map(|n| n.to_string()), number, "{at}");
        assert_eq!(error.module().is_some(), number.is_some(), "{at}");
        assert_eq!(error.product(), Product::Paas3, "{at}");
        assert_eq!(
            definition.message_zh(),
            Some(row["message_zh"].as_str()),
            "{at}"
        );
        assert_cell(definition.message_en(), row, "message_en", &at);
        assert_eq!(definition.solution_en(), None, "{at}");
        assert_eq!(
            definition.http_status().map(|s| s.as_u16().to_string()),
            Some(row["status"].clone()),
            "{at}"
        );
        let citation = definition.citation();
        assert_cited(
            citation,
            &source.source_line,
            "TencentBlueKing/blueking-paas",
            row,
            &at,
        );
        // The name, bkpaas3's wire code, parses to the code, bare and in its
        // scope; so does the number where it has one.
        assert_eq!(row["name"].parse::<PaasError>(), Ok(error), "{at}");
        assert_eq!(
            PaasError::parse_in(Scope::Bkpaas3, &row["name"]),
            Ok(error),
            "{at}"
        );
        if let Some(number) = &number {
            assert_eq!(number.parse::<PaasError>(), Ok(error), "{at}");
            assert_eq!(error.code(), number, "{at}");
        } else {
            assert_eq!(error.code(), row["name"], "{at}");
        }
        match map["role"].as_str() {
            "new" => {
                // A code of the source only: its origin is its first definition,
                // its status and texts the source's.
                assert_eq!(error.origin(), Origin::VendorSource(citation), "{at}");
                assert_eq!(
                    error.http_status().as_u16().to_string(),
                    row["status"],
                    "{at}"
                );
                assert_eq!(error.status_origin(), StatusOrigin::VendorSource, "{at}");
                let english = optional(row, "message_en");
                assert_eq!(error.message_en(), english.as_deref(), "{at}");
                assert_eq!(
                    error.message(),
                    english.as_deref().unwrap_or(&row["message_zh"]),
                    "{at}"
                );
                // Chinese: it has a CJK ideograph (15 source strings are English).
                let chinese = row["message_zh"]
                    .chars()
                    .any(|c| matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'));
                assert_eq!(
                    error.message_zh(),
                    chinese.then_some(row["message_zh"].as_str()),
                    "{at}"
                );
            }
            "published" => {
                // The published texts stay; the source's are its definition's.
                assert_eq!(error.origin(), Origin::Published, "{at}");
                assert_eq!(error.definitions()[0].citation(), citation, "{at}");
            }
            "same-code" => {
                assert!(!error.origin().is_published(), "{at}");
                assert_eq!(error.definitions()[0].name(), row["name"], "{at}");
            }
            role => panic!("{at}: role {role}"),
        }
        *roles.entry(map["role"].as_str()).or_default() += 1;
    }
    let expected: HashMap<&str, usize> = [("new", 156), ("published", 32), ("same-code", 8)].into();
    assert_eq!(roles, expected);
    // Nothing else: every bkpaas3 definition the crate holds is a row of the
    // copy or of the crate's literal table, and every definition of any scope a
    // row of the mapping.
    assert_eq!(
        paas_definitions(Scope::Bkpaas3),
        source.rows.len() + read(LITERALS, true).rows.len()
    );
    let held: usize = PaasError::ALL.iter().map(|e| e.definitions().len()).sum();
    assert_eq!(held, mapping.rows.len());
}

/// The crate's reading of bkpaas3's exception handler, under `codes/` (not
/// `codes/vendor-source/`: no vendor table holds these codes).
const LITERALS: &str = "paas-wire-literals.tsv";

/// Every row of the crate's reading of bkpaas3's exception handler
/// (`codes/paas-wire-literals.tsv`): one new code each, the literal as the
/// handler sends it, its texts verbatim, its status (the handler's where it
/// sets one, else the crate's, marked so), cited by repository, path, commit
/// and line; each parses in bkpaas3's scope, and line 1 says the table is the
/// crate's reading.
#[test]
fn every_wire_literal_row_is_in_the_crate_verbatim() {
    let mapping = read("paas-source.tsv", false);
    let mapped = mapped(&mapping, Some(LITERALS));
    let source = read(LITERALS, true);
    assert!(
        source
            .source_line
            .contains("(the crate's reading of bkpaas3's exception handler")
    );
    assert!(source.source_line.contains("not a table of the vendor's)"));
    assert_eq!(source.rows.len(), 3);
    assert_eq!(mapped.len(), source.rows.len());
    for (line, row) in &source.rows {
        let map = mapped[line];
        let (error, definition, at) = paas_new_row(LITERALS, *line, map);
        assert_eq!(definition.scope(), Scope::Bkpaas3, "{at}");
        assert_eq!(definition.name(), row["name"], "{at}");
        assert_eq!(definition.number(), None, "{at}");
        assert_eq!(error.code(), row["name"], "{at}");
        assert_eq!(error.vendor_name(), Some(row["name"].as_str()), "{at}");
        assert_eq!(error.product(), Product::Paas3, "{at}");
        assert_eq!(error.module(), None, "{at}");
        assert_cell(definition.message_zh(), row, "message_zh", &at);
        assert_cell(definition.message_en(), row, "message_en", &at);
        assert_cell(error.message_zh(), row, "message_zh", &at);
        // The English the server sends; else its untranslated text; else,
        // where the handler sends no text of its own, the code.
        let message = optional(row, "message_en")
            .or_else(|| optional(row, "message_zh"))
            .unwrap_or_else(|| row["name"].clone());
        assert_eq!(error.message(), message, "{at}");
        assert_status_cell(definition.http_status(), row, "status", &at);
        // The handler's status where it sets one; else the crate's, by the
        // rule the mapping names.
        if optional(row, "status").is_some() {
            assert_eq!(map["status_rule"], "table", "{at}");
        }
        let crate_status = || {
            let expected = match map["status_rule"].as_str() {
                "crate-drf-validation-400" => 400,
                "crate-drf-apiexception-500" => 500,
                rule => panic!("{at}: status rule {rule}"),
            };
            assert_eq!(map["status"], expected.to_string(), "{at}");
            expected
        };
        assert_sent_status(error, row, crate_status, &at);
        let citation = definition.citation();
        assert_cited(
            citation,
            &source.source_line,
            "TencentBlueKing/blueking-paas",
            row,
            &at,
        );
        assert_eq!(citation.commit.len(), 40, "{at}: the full commit");
        assert_eq!(error.origin(), Origin::VendorSource(citation), "{at}");
        assert_eq!(
            PaasError::parse_in(Scope::Bkpaas3, &row["name"]),
            Ok(error),
            "{at}"
        );
    }
    let held = PaasError::ALL
        .iter()
        .flat_map(|e| e.definitions())
        .filter(|d| d.table() == LITERALS)
        .count();
    assert_eq!(held, source.rows.len());
}

/// Every row of the BlueKing API gateway's table: one new code each, its
/// number and `code_name`, its English and status as the source has them, cited
/// by repository, path, commit and line; each parses by its pair, by its
/// number where only it has that number, by its `code_name` where only it has
/// that name.
#[test]
fn every_gateway_source_row_is_in_the_crate_verbatim() {
    let file = "bk-apigateway-codes.tsv";
    let mapping = read("paas-source.tsv", false);
    let mapped = mapped(&mapping, Some(file));
    let source = read(&format!("vendor-source/{file}"), true);
    assert_eq!(source.rows.len(), 26);
    let mut numbers: HashMap<&str, usize> = HashMap::new();
    let mut names: HashMap<&str, usize> = HashMap::new();
    for (_, row) in &source.rows {
        *numbers.entry(row["number"].as_str()).or_default() += 1;
        *names.entry(row["code_name"].as_str()).or_default() += 1;
    }
    for (line, row) in &source.rows {
        let map = mapped[line];
        let (error, definition, at) = paas_new_row(file, *line, map);
        assert_eq!(definition.scope(), Scope::ApiGateway, "{at}");
        assert_eq!(definition.name(), row["code_name"], "{at}");
        assert_eq!(error.vendor_name(), Some(row["code_name"].as_str()), "{at}");
        assert_eq!(
            definition.number().map(|n| n.to_string()),
            Some(row["number"].clone()),
            "{at}"
        );
        assert_eq!(error.code(), row["number"], "{at}");
        assert_eq!(error.product(), Product::ApiGateway, "{at}");
        assert_eq!(error.module(), None, "{at}");
        assert_eq!(
            definition.message_en(),
            Some(row["message_en"].as_str()),
            "{at}"
        );
        assert_cell(definition.message_zh(), row, "message_zh", &at);
        assert_eq!(error.message(), row["message_en"], "{at}");
        assert_eq!(error.message_en(), Some(row["message_en"].as_str()), "{at}");
        assert_eq!(error.message_zh(), None, "{at}");
        assert_eq!(definition.solution_en(), None, "{at}");
        assert_status_cell(definition.http_status(), row, "status", &at);
        // The source's status; `UNKNOWN_ERROR`, whose status its caller gives,
        // the crate's 500.
        let crate_status = || {
            assert_eq!(map["status_rule"], "crate-apigw-unknown-500", "{at}");
            500
        };
        assert_sent_status(error, row, crate_status, &at);
        let citation = definition.citation();
        assert_cited(
            citation,
            &source.source_line,
            "TencentBlueKing/blueking-apigateway-apisix",
            row,
            &at,
        );
        assert_eq!(error.origin(), Origin::VendorSource(citation), "{at}");
        // The pair the gateway's body carries finds it; so do the number and
        // the name, each where no other code of the scope has it.
        let number: u32 = row["number"].parse().unwrap();
        let name = row["code_name"].as_str();
        assert_eq!(PaasError::from_gateway(number, name), Some(error), "{at}");
        let by_number = PaasError::parse_in(Scope::ApiGateway, &row["number"]);
        let by_name = PaasError::parse_in(Scope::ApiGateway, name);
        match numbers[row["number"].as_str()] {
            1 => {
                assert_eq!(by_number, Ok(error), "{at}");
                assert_eq!(row["number"].parse::<PaasError>(), Ok(error), "{at}");
            }
            _ => {
                assert!(
                    by_number.unwrap_err().paas_candidates().contains(&error),
                    "{at}"
                );
                assert!(
                    row["number"]
                        .parse::<PaasError>()
                        .unwrap_err()
                        .is_ambiguous(),
                    "{at}"
                );
            }
        }
        match (names[name], PaasError::matching(name).len()) {
            (1, 1) => {
                assert_eq!(by_name, Ok(error), "{at}");
                assert_eq!(name.parse::<PaasError>(), Ok(error), "{at}");
            }
            // `UNAUTHORIZED`, also bkpaas3's literal `Unauthorized`: its
            // scope's parse finds it, a bare one neither.
            (1, _) => {
                assert_eq!(by_name, Ok(error), "{at}");
                assert!(
                    name.parse::<PaasError>().unwrap_err().is_ambiguous(),
                    "{at}"
                );
            }
            _ => assert!(
                by_name.unwrap_err().paas_candidates().contains(&error),
                "{at}"
            ),
        }
    }
    // Nothing else: every gateway definition the crate holds is a row of the
    // copy.
    assert_eq!(paas_definitions(Scope::ApiGateway), source.rows.len());
}

fn koupleless_by_name(name: &str) -> KouplelessError {
    find(KouplelessError::ALL, |e| e.name(), "variant", name)
}

fn koupleless_component(scope: &str) -> KouplelessComponent {
    find(KouplelessComponent::ALL, |c| c.as_str(), "component", scope)
}

#[test]
fn every_koupleless_wire_row_is_in_the_crate_verbatim() {
    let source = read("vendor-source/koupleless-wire-codes.tsv", true);
    let mapping = read("koupleless-source.tsv", false);
    assert_eq!(source.rows.len(), 47);
    let mapped = mapped(&mapping, None);
    for (line, row) in &source.rows {
        let map = mapped[line];
        let at = format!("line {line} ({})", map["variant"]);
        assert_eq!(map["table"], "koupleless-wire-codes.tsv", "{at}");
        // No wire code is published: every row names a variant of its own.
        assert_eq!(map["published_variant"], "", "{at}");
        let error = koupleless_by_name(&map["variant"]);
        let definition = error
            .definitions()
            .iter()
            .find(|d| d.table_line() as usize == *line)
            .unwrap_or_else(|| panic!("{at}: no definition of this line"));
        assert_eq!(definition.code(), row["code"], "{at}");
        assert_eq!(error.code(), row["code"], "{at}");
        assert_eq!(definition.sent_by(), row["component"], "{at}");
        assert_eq!(definition.symbol(), row["symbol"], "{at}");
        assert_eq!(definition.wire_field(), row["wire_field"], "{at}");
        let value = definition.value().map(|v| v.to_string());
        assert_eq!(value, optional(row, "value"), "{at}");
        assert_eq!(
            definition.is_declaration(),
            row["kind"] == "definition",
            "{at}"
        );
        // The meaning, under the accessor its kind says.
        let meaning = optional(row, "meaning");
        let (message, expression, comment) = match row["meaning_kind"].as_str() {
            "literal" | "format string (String.format)" => (meaning, None, None),
            "expression" => (None, meaning, None),
            kind if kind.starts_with("comment") => (None, None, meaning),
            kind => {
                assert_eq!(kind, "none (no source comment)", "{at}");
                assert_eq!(meaning, None, "{at}");
                (None, None, None)
            }
        };
        assert_eq!(definition.message(), message.as_deref(), "{at}");
        assert_eq!(definition.expression(), expression.as_deref(), "{at}");
        assert_eq!(definition.comment(), comment.as_deref(), "{at}");
        let component = koupleless_component(&map["scope"]);
        assert_eq!(definition.component(), component, "{at}");
        assert_eq!(error.component(), component, "{at}");
        // The status the source sends here: Arklet's HTTP tunnel's 200.
        let sent = (map["status_rule"] == "arklet-http-200").then(|| map["status"].clone());
        let status = definition.http_status().map(|s| s.as_u16().to_string());
        assert_eq!(status, sent, "{at}");
        let citation = definition.citation();
        assert_cited(citation, &source.source_line, &row["repo"], row, &at);
        // The code parses to its variant in its component.
        assert_eq!(
            KouplelessError::parse_in(component, &row["code"]),
            Ok(error),
            "{at}"
        );
        assert!(!error.origin().is_published(), "{at}");
        assert_eq!(error.error_type(), None, "{at}");
        assert_eq!(error.business_type(), None, "{at}");
        assert!(error.sources().is_empty(), "{at}");
        if map["role"] == "new" {
            // The declaration: the code's origin, its status as the mapping
            // gives it, marked as it says.
            assert_eq!(error.definitions()[0].table_line() as usize, *line, "{at}");
            assert_new(error, citation, map, &at);
            // Its message: the first sent, else its own declaration's comment
            // (not a comment over a whole block of codes), else its symbol.
            let own_comment = error.definitions().iter().find_map(|d| {
                let (_, row) = source
                    .rows
                    .iter()
                    .find(|(l, _)| *l == d.table_line() as usize)?;
                let shared =
                    row["meaning_kind"] == "comment (one comment for the whole const block)";
                d.comment().filter(|_| !shared)
            });
            let expected = error
                .definitions()
                .iter()
                .find_map(|d| d.message())
                .or(own_comment)
                .unwrap_or(error.definitions()[0].symbol());
            assert_eq!(error.message(), expected, "{at}");
        } else {
            assert_eq!(map["role"], "message", "{at}");
        }
    }
    // Nothing else: every definition the crate holds is a row of the copy.
    let held: usize = KouplelessError::ALL
        .iter()
        .map(|e| e.definitions().len())
        .sum();
    assert_eq!(held, source.rows.len());
    assert_eq!(mapping.rows.len(), source.rows.len());
    let wire = KouplelessError::ALL
        .iter()
        .filter(|e| !e.origin().is_published())
        .count();
    assert_eq!(wire, 24);
}
