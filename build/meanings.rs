//! `codes/meanings/<platform>.tsv` and `codes/vendor-source/second-language.tsv`
//! → `<platform>_meanings.rs`: each code's kind, retry advice and texts by
//! language.
//!
//! The meanings tables are the crate's (an origin per cell says which answers
//! are the vendor's); the texts are the vendor's, read from the published table
//! of the platform and from the second-language table, never written here. A
//! code is joined to its rows by its published key (code, plus the openYuanrong
//! table or the Koupleless component); a vendor-source row, by `source_table`
//! and `table_line` (issue 12's key), once that row is a code of the crate.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::catalog;
use super::rust::string;
use super::table::{Cell, Row, Table, TableError};

const COLUMNS: &[(&str, Cell)] = &[
    ("source_table", Cell::Required),
    ("table_line", Cell::Optional),
    ("code", Cell::Required),
    ("component", Cell::Optional),
    ("table", Cell::Optional),
    ("kind", Cell::Required),
    ("kind_origin", Cell::Required),
    ("advice", Cell::Required),
    ("advice_origin", Cell::Required),
    ("kind_evidence", Cell::Required),
    ("advice_evidence", Cell::Required),
    ("note", Cell::Optional),
];

const SECOND_LANGUAGE_COLUMNS: &[(&str, Cell)] = &[
    ("catalog", Cell::Required),
    ("code", Cell::Required),
    ("field", Cell::Required),
    ("lang", Cell::Required),
    ("text", Cell::Required),
    ("source", Cell::Required),
];

/// The kinds, as the tables write them and as `ErrorKind` names them.
pub const KINDS: &[(&str, &str)] = &[
    ("ok", "Ok"),
    ("cancelled", "Cancelled"),
    ("unknown", "Unknown"),
    ("invalid_argument", "InvalidArgument"),
    ("deadline_exceeded", "DeadlineExceeded"),
    ("not_found", "NotFound"),
    ("already_exists", "AlreadyExists"),
    ("permission_denied", "PermissionDenied"),
    ("unauthenticated", "Unauthenticated"),
    ("resource_exhausted", "ResourceExhausted"),
    ("failed_precondition", "FailedPrecondition"),
    ("aborted", "Aborted"),
    ("out_of_range", "OutOfRange"),
    ("unimplemented", "Unimplemented"),
    ("internal", "Internal"),
    ("unavailable", "Unavailable"),
];

/// The retry advices, as the tables write them and as `RetryAdvice` names them.
pub const ADVICES: &[(&str, &str)] = &[
    ("not_an_error", "NotAnError"),
    ("do_not_retry", "DoNotRetry"),
    ("retry_after_fix", "RetryAfterFix"),
    ("retry_with_backoff", "RetryWithBackoff"),
    ("throttled", "Throttled"),
];

/// Where an answer comes from, as the tables write it and as `MeaningOrigin` names it.
pub const MEANING_ORIGINS: &[(&str, &str)] = &[
    ("vendor_text", "VendorText"),
    ("vendor_source", "VendorSource"),
    ("http_status", "HttpStatus"),
    ("crate", "Crate"),
];

/// One vendor text of a code: field, language, origin, where it stands, the text.
#[derive(Clone, PartialEq, Eq)]
pub struct Text {
    pub field: &'static str,
    pub lang: &'static str,
    pub origin: &'static str,
    pub source: String,
    pub text: String,
}

/// A code of the crate as its platform's generator names it: the key its
/// meanings and second-language rows use, the variant, and its published texts.
pub struct Code {
    /// The published key (`sdk:1001`), then `src:<table>:<line>` for each of its
    /// vendor-source rows.
    pub keys: Vec<String>,
    pub variant: String,
    pub texts: Vec<Text>,
}

/// `zh` when the text has a CJK ideograph, else `en`: the language the vendor
/// wrote it in, whatever the column.
pub fn lang_of(text: &str) -> &'static str {
    if text
        .chars()
        .any(|c| matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'))
    {
        "Zh"
    } else {
        "En"
    }
}

/// A published text, unless the cell is empty or the page's `-` (no text).
pub fn page_text(field: &'static str, page: &str, text: &str) -> Option<Text> {
    (!text.is_empty() && text != "-").then(|| Text {
        field,
        lang: lang_of(text),
        origin: "Published",
        source: format!("codes/published/{page}"),
        text: text.to_owned(),
    })
}

/// The codes of a platform, from its tables: the published ones in table
/// order, then those of the vendor's source (issue 12), each with its keys.
pub fn codes(id: &str, files: &[&str], tables: &[String]) -> Result<Vec<Code>, TableError> {
    // Per platform: its published table, the key of a row, the page it
    // comes from, and its text columns with the crate's field for each.
    type Key = fn(&Row) -> String;
    let (columns, key, fields): (_, Key, &[(&str, &'static str)]) = match id {
        "paas" => (
            super::paas::COLUMNS,
            |row| row.cell("code").to_owned(),
            &[("message", "Message"), ("solution", "Solution")],
        ),
        "cci" => (
            super::cci::COLUMNS,
            |row| row.cell("code").to_owned(),
            &[
                ("message", "Message"),
                ("description", "Description"),
                ("solution", "Solution"),
            ],
        ),
        "sdk" => (
            super::sdk::COLUMNS,
            |row| format!("{}:{}", row.cell("table"), row.cell("code")),
            &[
                ("message", "Message"),
                ("description", "Description"),
                ("solution", "Solution"),
            ],
        ),
        "koupleless" => (
            super::koupleless::COLUMNS,
            |row| format!("{}:{}", row.cell("component"), row.cell("type")),
            &[
                ("meaning", "Message"),
                ("solution", "Solution"),
                ("business_type", "BusinessType"),
            ],
        ),
        _ => return Ok(Vec::new()),
    };
    let table = Table::parse(&format!("codes/{}", files[0]), &tables[0], columns)?;
    let mut codes = Vec::new();
    for row in table.rows() {
        let page = match id {
            "paas" if row.cell("code").starts_with("13") => "bk-open-paas.md",
            "paas" => "bk-paas3.md",
            "cci" => "huawei-cci.md",
            "sdk" => "openyuanrong.md",
            _ => "koupleless.md",
        };
        codes.push(Code {
            keys: vec![key(&row)],
            variant: row.cell("name").to_owned(),
            texts: fields
                .iter()
                .filter_map(|(column, field)| page_text(field, page, row.cell(column)))
                .collect(),
        });
    }
    // Issue 12's mapping `codes/<id>-source.tsv`: each row of a vendor-source
    // table, by table and line, and the code it belongs to.
    if let Some(at) = files.iter().position(|f| *f == format!("{id}-source.tsv")) {
        let (mapping, vendor) = (&tables[at], SourceTables::read(files, tables)?);
        let file = format!("codes/{id}-source.tsv");
        let mapping = Table::parse(&file, mapping, SOURCE_MAPPING)?;
        for row in mapping.rows() {
            let key = format!("src:{}:{}", row.cell("table"), row.cell("table_line"));
            let variant = row
                .optional("variant")
                .or(row.optional("published_variant"))
                .ok_or_else(|| row.error("a row names its variant or its published variant"))?;
            let texts = vendor.texts(&row)?;
            match codes.iter_mut().find(|c| c.variant == variant) {
                Some(code) => {
                    code.keys.push(key);
                    code.texts.extend(texts);
                }
                None => codes.push(Code {
                    keys: vec![key],
                    variant: variant.to_owned(),
                    texts,
                }),
            }
        }
    }
    Ok(codes)
}

/// Issue 12's mapping tables `codes/<platform>-source.tsv` (their generators
/// check every cell; the join reads the key, the variant and the citation).
const SOURCE_MAPPING: &[(&str, Cell)] = &[
    ("table", Cell::Required),
    ("table_line", Cell::Required),
    ("scope", Cell::Optional),
    ("code", Cell::Optional),
    ("number", Cell::Optional),
    ("code_name", Cell::Optional),
    ("symbol", Cell::Optional),
    ("role", Cell::Optional),
    ("variant", Cell::Optional),
    ("published_variant", Cell::Optional),
    ("status", Cell::Optional),
    ("status_origin", Cell::Optional),
    ("status_rule", Cell::Optional),
    ("repo", Cell::Optional),
    ("commit", Cell::Optional),
    ("file", Cell::Optional),
    ("line", Cell::Optional),
    ("note", Cell::Optional),
];

/// The name of a table of rows read from a vendor's source, from its path
/// under `codes/`: a copied vendor table (`vendor-source/<name>`), or the
/// crate's own reading of bkpaas3's literal wire codes
/// (`paas-wire-literals.tsv`), whose rows join the same way.
fn source_table(file: &str) -> Option<&str> {
    file.strip_prefix("vendor-source/")
        .or((file == "paas-wire-literals.tsv").then_some(file))
}

/// The vendor-source tables of a platform (`codes/vendor-source/*.tsv`, and
/// `paas-wire-literals.tsv`), by name.
struct SourceTables {
    tables: Vec<SourceTable>,
}

/// One vendor-source table: its file name, its header, its rows by line.
struct SourceTable {
    name: String,
    header: Vec<String>,
    rows: BTreeMap<usize, Vec<String>>,
}

/// The person-facing text columns of each vendor-source table: column, field.
/// The language is the text's; a column not listed (symbols, comments, files)
/// holds no text for a person.
const SOURCE_TEXT_COLUMNS: &[(&str, &[(&str, &str)])] = &[
    ("openyuanrong-source-codes.tsv", &[("message", "Message")]),
    (
        "bkpaas3-source-codes.tsv",
        &[("message_zh", "Message"), ("message_en", "Message")],
    ),
    (
        "esb-source-codes.tsv",
        &[
            ("message_zh", "Message"),
            ("message_en", "Message"),
            ("solution_en", "Solution"),
        ],
    ),
    (
        "esb-in-apigateway-source-codes.tsv",
        &[
            ("message_zh", "Message"),
            ("message_en", "Message"),
            ("solution_en", "Solution"),
        ],
    ),
    (
        "bk-apigateway-codes.tsv",
        &[("message_en", "Message"), ("message_zh", "Message")],
    ),
    ("koupleless-wire-codes.tsv", &[("meaning", "Message")]),
    (
        "paas-wire-literals.tsv",
        &[("message_zh", "Message"), ("message_en", "Message")],
    ),
];

/// Rows whose texts are not for a person, by a column of their table:
/// Koupleless wire rows whose "meaning" is a Java expression or a source
/// comment (never sent) keep them in the table, not in the code's texts.
const SOURCE_TEXT_ROWS: &[(&str, &str, &[&str])] = &[(
    "koupleless-wire-codes.tsv",
    "meaning_kind",
    &["literal", "format string (String.format)"],
)];

impl SourceTables {
    fn read(files: &[&str], tables: &[String]) -> Result<SourceTables, TableError> {
        let mut out = Vec::new();
        for (file, text) in files.iter().zip(tables) {
            let Some(name) = source_table(file) else {
                continue;
            };
            let path = format!("codes/{file}");
            let mut lines = text.lines().enumerate().skip(1);
            let header: Vec<String> = match lines.next() {
                Some((_, header)) => header.split('\t').map(str::to_owned).collect(),
                None => {
                    return Err(TableError {
                        file: path,
                        line: 2,
                        message: "no header".to_owned(),
                    });
                }
            };
            let mut rows = BTreeMap::new();
            for (i, line) in lines {
                let cells = line
                    .split('\t')
                    .map(super::table::unescape)
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|message| TableError {
                        file: path.clone(),
                        line: i + 1,
                        message,
                    })?;
                rows.insert(i + 1, cells);
            }
            out.push(SourceTable {
                name: name.to_owned(),
                header,
                rows,
            });
        }
        Ok(SourceTables { tables: out })
    }

    /// The texts of the vendor row a mapping row names.
    fn texts(&self, mapping: &Row) -> Result<Vec<Text>, TableError> {
        let table = mapping.cell("table");
        let Some(SourceTable { header, rows, .. }) = self.tables.iter().find(|t| t.name == table)
        else {
            return Err(mapping.error(format!("table {table} is not one of the platform's tables")));
        };
        let line: usize = mapping
            .cell("table_line")
            .parse()
            .map_err(|_| mapping.error("table_line is a line number"))?;
        let cells = rows
            .get(&line)
            .ok_or_else(|| mapping.error(format!("{table} has no line {line}")))?;
        let columns = SOURCE_TEXT_COLUMNS
            .iter()
            .find(|(name, _)| *name == table)
            .map_or(&[][..], |(_, columns)| columns);
        let source = format!(
            "{}:{}@{}:{}",
            mapping.cell("repo"),
            mapping.cell("file"),
            mapping.cell("commit"),
            mapping.cell("line")
        );
        let mut texts = Vec::new();
        for (_, column, kept) in SOURCE_TEXT_ROWS
            .iter()
            .filter(|(name, _, _)| *name == table)
        {
            let at = header.iter().position(|h| h == column);
            let value = at.and_then(|at| cells.get(at)).map(String::as_str);
            if !value.is_some_and(|value| kept.contains(&value)) {
                return Ok(texts);
            }
        }
        for (column, field) in columns {
            let Some(at) = header.iter().position(|h| h == column) else {
                return Err(mapping.error(format!("{table} has no column {column}")));
            };
            let text = cells.get(at).map(String::as_str).unwrap_or_default();
            if !text.is_empty() && text != "-" {
                texts.push(Text {
                    field,
                    lang: lang_of(text),
                    origin: "VendorSource",
                    source: source.clone(),
                    text: text.to_owned(),
                });
            }
        }
        Ok(texts)
    }
}

/// The key of a meanings row: a published code's (`sdk:1001`), or a
/// vendor-source row's `src:<table>:<line>`.
fn meaning_key(id: &str, row: &Row) -> String {
    let source_table = row.cell("source_table");
    if source_table != format!("{id}.tsv") {
        return format!("src:{source_table}:{}", row.cell("table_line"));
    }
    let code = row.cell("code");
    match id {
        "sdk" => format!("{}:{code}", row.cell("table")),
        "koupleless" => {
            let kind = code.split_once('.').map_or(code, |(_, t)| t);
            format!("{}:{kind}", row.cell("component"))
        }
        _ => code.to_owned(),
    }
}

/// The key a second-language row gives its code on `id`'s platform, and the
/// crate's field for it (`None`: not this platform's, or not a code's text).
fn second_language_key(id: &str, row: &Row) -> Option<(String, &'static str)> {
    let code = row.cell("code");
    let field = row.cell("field");
    let key = match (id, row.cell("catalog")) {
        ("paas", "bkpaas3" | "bk-open-paas") => code.to_owned(),
        // The SDK table's English "Description" is the crate's message.
        ("sdk", "openyuanrong-sdk") => format!("sdk:{code}"),
        ("sdk", "openyuanrong-rest") => format!("rest:{code}"),
        ("koupleless", "koupleless") => {
            let (component, rest) = code.split_once(':')?;
            let kind = rest.split_once('.').map_or(rest, |(_, t)| t);
            format!("{component}:{kind}")
        }
        _ => return None,
    };
    let field = match (row.cell("catalog"), field) {
        ("openyuanrong-sdk", "description") => "Message",
        (_, "message" | "meaning") => "Message",
        (_, "description") => "Description",
        (_, "solution") => "Solution",
        (_, "business_type") => "BusinessType",
        _ => return None,
    };
    Some((key, field))
}

/// Where a second-language row comes from: a published page kept under
/// `codes/published/` (the Chinese pages), or the vendor's source.
fn second_language_origin(source: &str) -> (&'static str, String) {
    if source.starts_with("koupleless/docs:") {
        ("Published", "codes/published/koupleless-zh.md".to_owned())
    } else if source.starts_with("openyuanrong/runtime:docs/") {
        ("Published", "codes/published/openyuanrong-zh.md".to_owned())
    } else {
        ("VendorSource", source.to_owned())
    }
}

/// One code's answer: the cells of its meanings row, checked.
#[derive(PartialEq, Eq)]
struct Answer {
    kind: &'static str,
    kind_origin: &'static str,
    advice: &'static str,
    advice_origin: &'static str,
    kind_evidence: String,
    advice_evidence: String,
    note: Option<String>,
}

impl Answer {
    /// The same kind and advice from the same origins: rows of one code agree
    /// so (their evidence and notes are each row's own; the code's are its
    /// first row's: the published row, else the first definition).
    fn agrees(&self, other: &Answer) -> bool {
        (self.kind, self.kind_origin, self.advice, self.advice_origin)
            == (
                other.kind,
                other.kind_origin,
                other.advice,
                other.advice_origin,
            )
    }
}

fn answer(row: &Row) -> Result<Answer, TableError> {
    let kind = catalog::one_of(row, "kind", KINDS)?;
    let advice = catalog::one_of(row, "advice", ADVICES)?;
    if (kind == "Ok") != (advice == "NotAnError") {
        return Err(row.error("advice not_an_error goes with kind ok, and only with it".to_owned()));
    }
    Ok(Answer {
        kind,
        kind_origin: catalog::one_of(row, "kind_origin", MEANING_ORIGINS)?,
        advice,
        advice_origin: catalog::one_of(row, "advice_origin", MEANING_ORIGINS)?,
        kind_evidence: row.cell("kind_evidence").to_owned(),
        advice_evidence: row.cell("advice_evidence").to_owned(),
        note: row.optional("note").map(str::to_owned),
    })
}

/// Generates `<id>_meanings.rs` for the platform whose enum is `enum_name`.
pub fn generate(
    id: &str,
    enum_name: &str,
    codes: &[Code],
    meanings_text: &str,
    second_language_text: &str,
) -> Result<String, TableError> {
    let file = format!("codes/meanings/{id}.tsv");
    let table = Table::parse_commented(&file, meanings_text, COLUMNS)?;
    let mut answers: BTreeMap<String, (usize, Answer)> = BTreeMap::new();
    for row in table.rows() {
        let key = meaning_key(id, &row);
        let this = answer(&row)?;
        // A Koupleless row of two sources (`Arklet / User`) is one code with a
        // row per source: they must agree.
        match answers.get(&key) {
            Some((_, first)) if *first != this => {
                return Err(row.error(format!("{key} has a second row that answers otherwise")));
            }
            Some(_) => {}
            None => {
                answers.insert(key, (row.line, this));
            }
        }
    }
    let (second, _) = Table::parse_cited(
        "codes/vendor-source/second-language.tsv",
        second_language_text,
        SECOND_LANGUAGE_COLUMNS,
    )?;
    let mut more: BTreeMap<String, Vec<Text>> = BTreeMap::new();
    let mut level_one = String::new();
    for row in second.rows() {
        if id == "koupleless" && row.cell("catalog") == "koupleless-sources" {
            let Some((component, source)) = row.cell("code").split_once(':') else {
                return Err(row.error("a Level 1 code is component:source"));
            };
            writeln!(
                level_one,
                "    (Component::{component}, Source::{source}, {}),",
                string(row.cell("text"))
            )
            .unwrap();
            continue;
        }
        // `-` is the page's "no text", as in the published tables.
        if row.cell("text") == "-" {
            continue;
        }
        let Some((key, field)) = second_language_key(id, &row) else {
            continue;
        };
        let lang = match row.cell("lang") {
            "zh" => "Zh",
            "en" => "En",
            other => return Err(row.error(format!("lang {other:?} is not zh or en"))),
        };
        let (origin, source) = second_language_origin(row.cell("source"));
        more.entry(key).or_default().push(Text {
            field,
            lang,
            origin,
            source,
            text: row.cell("text").to_owned(),
        });
    }
    let mut out = super::rust::header(&[
        &format!("meanings/{id}.tsv"),
        "vendor-source/second-language.tsv",
    ]);
    writeln!(out, "\ncrate::meaning::meaning_table! {{\n    {enum_name};").unwrap();
    for code in codes {
        // Every row of a code (its published row, its source rows) gives one
        // answer.
        let mut answer: Option<(usize, Answer)> = None;
        for key in &code.keys {
            let Some((line, this)) = answers.remove(key) else {
                continue;
            };
            match &answer {
                Some((first, a)) if !a.agrees(&this) => {
                    return Err(table.error(
                        line,
                        format!("{} answers otherwise than on line {first}", code.variant),
                    ));
                }
                Some(_) => {}
                None => answer = Some((line, this)),
            }
        }
        let Some((_, answer)) = answer else {
            return Err(table.error(
                1,
                format!(
                    "{} ({}) has no row: every code needs a kind and a retry advice",
                    code.variant,
                    code.keys.join(", ")
                ),
            ));
        };
        let mut texts: Vec<Text> = Vec::new();
        for text in &code.texts {
            if !texts
                .iter()
                .any(|t| t.field == text.field && t.lang == text.lang && t.text == text.text)
            {
                texts.push(text.clone());
            }
        }
        let second: Vec<Text> = code
            .keys
            .iter()
            .flat_map(|k| more.remove(k).unwrap_or_default())
            .collect();
        for text in second {
            // A page's text and the same text read from the source (a
            // Koupleless row of two codes) are one text.
            if !texts
                .iter()
                .any(|t| t.field == text.field && t.lang == text.lang && t.text == text.text)
            {
                texts.push(text);
            }
        }
        let texts: Vec<String> = texts
            .iter()
            .map(|t| {
                format!(
                    "({}, {}, {}, {}, {})",
                    t.field,
                    t.lang,
                    t.origin,
                    string(&t.source),
                    string(&t.text)
                )
            })
            .collect();
        writeln!(
            out,
            "    {} => ({}, {}, {}, {}, {}, {}, {}) [{}];",
            code.variant,
            answer.kind,
            answer.kind_origin,
            answer.advice,
            answer.advice_origin,
            string(&answer.kind_evidence),
            string(&answer.advice_evidence),
            super::rust::optional_string(answer.note.as_deref()),
            texts.join(", ")
        )
        .unwrap();
    }
    out.push_str("}\n");
    if !level_one.is_empty() {
        write!(
            out,
            "\n/// The Level 1 tables' Chinese meanings (`koupleless-zh.md`): component,\n\
             /// source, meaning.\n\
             static SOURCE_MEANINGS_ZH: &[(Component, Source, &str)] = &[\n{level_one}];\n"
        )
        .unwrap();
    }
    // A row left over names no code: a published code the crate lacks, or a
    // source row that no code claims (every table the meanings name is read).
    if let Some((key, (line, _))) = answers.into_iter().next() {
        return Err(table.error(line, format!("{key} is no code of the crate")));
    }
    if let Some(key) = more.keys().next() {
        return Err(second.error(1, format!("{key} is no code of the crate ({id})")));
    }
    Ok(out)
}
