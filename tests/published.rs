//! Proves that the crate holds every row of the five published pages under
//! `codes/published/`, every cell verbatim, and nothing else; and that the vendor
//! names and texts from the vendors' source (`codes/vendor-source/`) are the
//! crate's. The pages are read here with a reader of their own, independent of
//! `build.rs` and its tables.

use std::collections::BTreeSet;
use std::fs;

use errcodes::cci::CciError;
use errcodes::koupleless::{Component, KouplelessError, Source};
use errcodes::paas::{PaasError, Product};
use errcodes::sdk::{SdkError, Table};
use errcodes::{Code, ErrorCode};

fn page(name: &str) -> String {
    let path = format!("{}/codes/published/{name}", env!("CARGO_MANIFEST_DIR"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn vendor_source(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/codes/vendor-source/{name}", env!("CARGO_MANIFEST_DIR"));
    fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("code\t"))
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect()
}

/// The body rows of the Markdown tables in `text`, each a list of trimmed cells;
/// header and delimiter rows are dropped.
fn markdown_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut in_table = false;
    for line in text.lines() {
        let line = line.trim_end();
        if !line.starts_with('|') {
            in_table = false;
            continue;
        }
        let cells: Vec<String> = line
            .trim_start_matches('|')
            .trim_end_matches('|')
            .split('|')
            .map(|cell| cell.trim().to_owned())
            .collect();
        if !in_table {
            in_table = true; // the header row
            continue;
        }
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
        {
            continue;
        }
        rows.push(cells);
    }
    rows
}

/// The text between `start` and the next line starting with `end` (or the end).
fn section<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let rest = &text[from..];
    let to = rest.find(end).unwrap_or(rest.len());
    &rest[..to]
}

fn all_variants<E: ErrorCode>(all: &[E]) -> BTreeSet<E> {
    all.iter().copied().collect()
}

#[test]
fn bk_paas3_every_row_verbatim() {
    let text = page("bk-paas3.md");
    let rows = markdown_rows(section(&text, "## Overview of Error Codes", "###"));
    assert_eq!(rows.len(), 32);
    let mut seen = BTreeSet::new();
    for row in &rows {
        let [code, description] = &row[..] else {
            panic!("row {row:?}")
        };
        let error: PaasError = code.parse().unwrap();
        assert_eq!(error.code(), code);
        assert_eq!(error.message(), description, "{code}");
        assert_eq!(error.product(), Product::Paas3, "{code}");
        assert!(seen.insert(error), "{code} twice");
    }
    // The troubleshooting sections: `### <code> <title>`, then the steps.
    let mut sections = 0;
    for part in text.split("\n### ").skip(1) {
        let (title, body) = part.split_once("\n\n").unwrap();
        let code = title.split(' ').next().unwrap();
        let error: PaasError = code.parse().unwrap();
        assert_eq!(error.solution(), Some(body.trim_end()), "{code}");
        sections += 1;
    }
    assert_eq!(sections, 2);
    let paas3 = PaasError::ALL
        .iter()
        .filter(|e| e.product() == Product::Paas3 && e.origin().is_published());
    let without_steps = paas3.clone().filter(|e| e.solution().is_none()).count();
    assert_eq!(without_steps, 30, "only 4313021 and 4313022 publish steps");
    assert_eq!(seen, paas3.copied().collect());
}

#[test]
fn bk_open_paas_every_row_verbatim() {
    let rows = markdown_rows(&page("bk-open-paas.md"));
    assert_eq!(rows.len(), 69);
    let mut seen = BTreeSet::new();
    for row in &rows {
        let error: PaasError = row[0].parse().unwrap();
        assert_eq!(error.code(), row[0]);
        assert_eq!(error.product(), Product::OpenPaas, "{}", row[0]);
        let flag = (row[1] != "_").then_some(row[1].as_str());
        assert_eq!(error.flag(), flag, "{}", row[0]);
        match &row[..] {
            [_, _, meaning, solution] => {
                assert_eq!(error.message(), meaning, "{}", row[0]);
                assert_eq!(error.solution(), Some(solution.as_str()), "{}", row[0]);
            }
            // 1304201 publishes meaning and solution in one cell.
            [code, _, both] => {
                assert_eq!(code, "1304201");
                let solution = error.solution().unwrap();
                assert_eq!(format!("{}，{solution}", error.message()), *both);
                assert!(error.crate_note().is_some());
            }
            _ => panic!("row {row:?}"),
        }
        assert!(seen.insert(error), "{} twice", row[0]);
    }
    let open_paas = PaasError::ALL
        .iter()
        .filter(|e| e.product() == Product::OpenPaas && e.origin().is_published());
    assert_eq!(seen, open_paas.copied().collect());
}

#[test]
fn huawei_cci_every_row_verbatim() {
    let rows = markdown_rows(&page("huawei-cci.md"));
    assert_eq!(rows.len(), 110);
    let mut seen = BTreeSet::new();
    for row in &rows {
        let [status, code, message, description, solution] = &row[..] else {
            panic!("row {row:?}")
        };
        let error: CciError = code.parse().unwrap();
        assert_eq!(error.code(), code);
        assert_eq!(error.http_status().as_str(), status, "{code}");
        assert_eq!(error.message(), message, "{code}");
        assert_eq!(error.description(), description, "{code}");
        assert_eq!(error.solution(), Some(solution.as_str()), "{code}");
        assert!(seen.insert(error), "{code} twice");
    }
    assert_eq!(seen, all_variants(CciError::ALL));
}

/// The records of a MyST `csv-table` directive: quoted CSV after the `:option:`
/// lines.
fn csv_records(block: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    for line in block
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with(':'))
    {
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = !quoted,
                ',' if !quoted => fields.push(std::mem::take(&mut field).trim().to_owned()),
                c => field.push(c),
            }
        }
        fields.push(field.trim().to_owned());
        records.push(fields);
    }
    records
}

#[test]
fn openyuanrong_every_row_verbatim() {
    let text = page("openyuanrong.md");
    let sdk = csv_records(section(&text, "```{csv-table}\n", "```"));
    assert_eq!(sdk.len(), 49);
    let mut seen = BTreeSet::new();
    for record in &sdk {
        let [code, description, solution] = &record[..] else {
            panic!("{record:?}")
        };
        let error: SdkError = code.parse().unwrap();
        assert_eq!(error.code(), code);
        assert_eq!(error.table(), Some(Table::Sdk), "{code}");
        assert_eq!(error.message(), description, "{code}");
        assert_eq!(error.description(), None, "{code}");
        assert_eq!(error.solution(), Some(solution.as_str()), "{code}");
        assert!(seen.insert(error), "{code} twice");
    }
    let rest = markdown_rows(section(&text, "## REST API Error Codes", "\n## "));
    assert_eq!(rest.len(), 60);
    for row in &rest {
        let [code, message, description] = &row[..] else {
            panic!("{row:?}")
        };
        let error: SdkError = code.parse().unwrap();
        assert_eq!(error.code(), code);
        assert_eq!(error.table(), Some(Table::Rest), "{code}");
        assert_eq!(error.message(), message, "{code}");
        assert_eq!(error.description(), Some(description.as_str()), "{code}");
        assert_eq!(error.solution(), None, "{code}");
        assert!(seen.insert(error), "{code} twice");
    }
    let published: Vec<SdkError> = SdkError::ALL
        .iter()
        .copied()
        .filter(|e| e.origin().is_published())
        .collect();
    assert_eq!(seen, all_variants(&published));
    // The published codes come first, as the published tables order them.
    assert!(
        SdkError::ALL[..109]
            .iter()
            .all(|e| e.origin().is_published())
    );
}

#[test]
fn koupleless_every_row_verbatim() {
    let text = page("koupleless.md");
    let tables = [
        (Component::Arklet, "## Arklet Error Codes", 4, 18),
        (
            Component::ModuleController,
            "## ModuleController Error Codes",
            6,
            25,
        ),
        (
            Component::KouplelessBoard,
            "## DashBoard Error Codes",
            4,
            13,
        ),
    ];
    let mut seen = BTreeSet::new();
    for (component, heading, level1_rows, level2_rows) in tables {
        let part = section(&text, heading, "\n## ");
        let level1 = markdown_rows(section(part, "### Level 1", "###"));
        assert_eq!(level1.len(), level1_rows, "{component}");
        for row in &level1 {
            let source = Source::ALL
                .iter()
                .find(|s| s.as_str() == row[0])
                .unwrap_or_else(|| panic!("source {}", row[0]));
            assert_eq!(source.meaning_in(component), Some(row[1].as_str()));
        }
        assert_eq!(component.sources().count(), level1_rows);

        let level2 = markdown_rows(section(part, "### Level 2", "\n##"));
        assert_eq!(level2.len(), level2_rows, "{component}");
        let mut business_type = String::new();
        for row in &level2 {
            let [business, sources, error_type, meaning, solution] = &row[..] else {
                panic!("{row:?}")
            };
            // An empty or `<br />` business type continues the one above.
            if !business.is_empty() && business != "<br />" {
                business_type = business.clone();
            }
            let sources: Vec<&str> = sources.split(" / ").collect();
            let codes: Vec<String> = sources
                .iter()
                .map(|s| format!("{s}.{error_type}"))
                .collect();
            let error = KouplelessError::parse_in(component, &codes[0]).unwrap();
            for code in &codes {
                assert_eq!(KouplelessError::parse_in(component, code), Ok(error));
            }
            assert_eq!(error.codes(), codes, "{component}");
            assert_eq!(error.component(), component);
            let names: Vec<&str> = error.sources().iter().map(|s| s.as_str()).collect();
            assert_eq!(names, sources);
            assert_eq!(error.error_type(), Some(error_type.as_str()));
            assert_eq!(
                error.business_type(),
                Some(business_type.as_str()),
                "{}",
                codes[0]
            );
            assert_eq!(error.message(), meaning, "{}", codes[0]);
            let published = (!solution.is_empty()).then_some(solution.as_str());
            assert_eq!(error.solution(), published, "{}", codes[0]);
            assert!(seen.insert(error), "{} twice", codes[0]);
        }
    }
    // Every published code is a row of the page; the wire codes come from the
    // vendor's source (tests/vendor_source.rs).
    let published: Vec<KouplelessError> = KouplelessError::ALL
        .iter()
        .copied()
        .filter(|e| e.origin().is_published())
        .collect();
    assert_eq!(seen, all_variants(&published));
}

#[test]
fn the_crate_holds_376_published_codes() {
    let published = |codes: Vec<Code>| codes.iter().filter(|c| c.origin().is_published()).count();
    let total = published(PaasError::ALL.iter().map(|&e| e.into()).collect())
        + published(CciError::ALL.iter().map(|&e| e.into()).collect())
        + published(SdkError::ALL.iter().map(|&e| e.into()).collect())
        + published(KouplelessError::ALL.iter().map(|&e| e.into()).collect());
    assert_eq!(total, 376);
    assert_eq!(published(Code::all().collect()), 376);
}

#[test]
fn bkpaas3_names_and_chinese_originals_are_the_vendors() {
    let rows = vendor_source("bk-paas3-slugs.tsv");
    let mut matched = 0;
    for row in &rows {
        let [code, name, status, chinese] = &row[..] else {
            panic!("{row:?}")
        };
        // The vendor's source has codes its page does not publish (4311009,
        // 4312012): the crate has them from its bkpaas3 source table.
        let error: PaasError = code.parse().unwrap();
        if !error.origin().is_published() {
            continue;
        }
        assert_eq!(error.vendor_name(), Some(name.as_str()), "{code}");
        assert_eq!(name.parse::<PaasError>(), Ok(error));
        assert_eq!(error.message_zh(), Some(chinese.as_str()), "{code}");
        let status: u16 = if status.is_empty() {
            400
        } else {
            status.parse().unwrap()
        };
        assert_eq!(error.http_status().as_u16(), status, "{code}");
        matched += 1;
    }
    assert_eq!(matched, 32);
}

#[test]
fn esb_names_and_english_texts_are_the_vendors() {
    let rows = vendor_source("bk-esb-names.tsv");
    assert_eq!(rows.len(), 20);
    for row in &rows {
        let [code, name, english, solution, _where] = &row[..] else {
            panic!("{row:?}")
        };
        let error: PaasError = code.parse().unwrap();
        assert_eq!(error.vendor_name(), Some(name.as_str()), "{code}");
        assert_eq!(error.message_en(), Some(english.as_str()), "{code}");
        let solution = (!solution.is_empty()).then_some(solution.as_str());
        assert_eq!(error.solution_en(), solution, "{code}");
        assert_eq!(error.http_status().as_u16(), 200, "ESB answers 200: {code}");
    }
}

#[test]
fn openyuanrong_symbols_are_the_vendors() {
    let rows = vendor_source("openyuanrong-sdk-symbols.tsv");
    assert_eq!(rows.len(), 49);
    for row in &rows {
        let [code, symbols, description] = &row[..] else {
            panic!("{row:?}")
        };
        let error: SdkError = code.parse().unwrap();
        let symbols: Vec<&str> = symbols.split(',').collect();
        // 3008's second symbol is err_type.h's, a different error there
        // (codes/vendor-source/openyuanrong-source-codes.tsv): its own code.
        let (own, moved) = match code.as_str() {
            "3008" => symbols.split_at(1),
            _ => (&symbols[..], &[][..]),
        };
        assert!(error.vendor_names().starts_with(own), "{code}");
        for symbol in own {
            assert_eq!(symbol.parse::<SdkError>(), Ok(error));
        }
        for symbol in moved {
            assert_eq!(
                symbol.parse::<SdkError>(),
                Ok(SdkError::RequestBetweenRuntimeFrontend)
            );
        }
        assert_eq!(error.message(), description, "{code}");
    }
}
