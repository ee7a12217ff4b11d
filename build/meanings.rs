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
    pub key: String,
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

/// The published codes of a platform, from its tables, in table order.
pub fn published(id: &str, tables: &[String]) -> Result<Vec<Code>, TableError> {
    let mut codes = Vec::new();
    match id {
        "paas" => {
            let table = Table::parse("codes/paas.tsv", &tables[0], super::paas::COLUMNS)?;
            for row in table.rows() {
                let code = row.cell("code");
                let page = if code.starts_with("13") {
                    "bk-open-paas.md"
                } else {
                    "bk-paas3.md"
                };
                codes.push(Code {
                    key: code.to_owned(),
                    variant: row.cell("name").to_owned(),
                    texts: [
                        page_text("Message", page, row.cell("message")),
                        page_text("Solution", page, row.cell("solution")),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                });
            }
        }
        "cci" => {
            let table = Table::parse("codes/cci.tsv", &tables[0], super::cci::COLUMNS)?;
            for row in table.rows() {
                let page = "huawei-cci.md";
                codes.push(Code {
                    key: row.cell("code").to_owned(),
                    variant: row.cell("name").to_owned(),
                    texts: [
                        page_text("Message", page, row.cell("message")),
                        page_text("Description", page, row.cell("description")),
                        page_text("Solution", page, row.cell("solution")),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                });
            }
        }
        "sdk" => {
            let table = Table::parse("codes/sdk.tsv", &tables[0], super::sdk::COLUMNS)?;
            for row in table.rows() {
                let page = "openyuanrong.md";
                codes.push(Code {
                    key: format!("{}:{}", row.cell("table"), row.cell("code")),
                    variant: row.cell("name").to_owned(),
                    texts: [
                        page_text("Message", page, row.cell("message")),
                        page_text("Description", page, row.cell("description")),
                        page_text("Solution", page, row.cell("solution")),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                });
            }
        }
        "koupleless" => {
            let table = Table::parse(
                "codes/koupleless.tsv",
                &tables[0],
                super::koupleless::COLUMNS,
            )?;
            for row in table.rows() {
                let page = "koupleless.md";
                codes.push(Code {
                    key: format!("{}:{}", row.cell("component"), row.cell("type")),
                    variant: row.cell("name").to_owned(),
                    texts: [
                        page_text("Message", page, row.cell("meaning")),
                        page_text("Solution", page, row.cell("solution")),
                        page_text("BusinessType", page, row.cell("business_type")),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                });
            }
        }
        _ => {}
    }
    Ok(codes)
}

/// The published key of a meanings row (`None` for a vendor-source row).
fn meaning_key(id: &str, row: &Row) -> Option<String> {
    if row.cell("source_table") != format!("{id}.tsv") {
        return None;
    }
    let code = row.cell("code");
    Some(match id {
        "sdk" => format!("{}:{code}", row.cell("table")),
        "koupleless" => {
            let kind = code.split_once('.').map_or(code, |(_, t)| t);
            format!("{}:{kind}", row.cell("component"))
        }
        _ => code.to_owned(),
    })
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
    let table = Table::parse_cited(&file, meanings_text, COLUMNS)?;
    let mut answers: BTreeMap<String, (usize, Answer)> = BTreeMap::new();
    for row in table.rows() {
        let Some(key) = meaning_key(id, &row) else {
            continue;
        };
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
    let second = Table::parse_cited(
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
        let Some((_, answer)) = answers.remove(&code.key) else {
            return Err(table.error(
                1,
                format!(
                    "{} ({}) has no row: every code needs a kind and a retry advice",
                    code.variant, code.key
                ),
            ));
        };
        let mut texts = code.texts.clone();
        for text in more.remove(&code.key).unwrap_or_default() {
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
    if let Some((key, (line, _))) = answers.into_iter().next() {
        return Err(table.error(line, format!("{key} is no code of the crate")));
    }
    if let Some(key) = more.keys().next() {
        return Err(second.error(1, format!("{key} is no code of the crate ({id})")));
    }
    Ok(out)
}
