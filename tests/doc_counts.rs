//! Every count of codes that the docs write out matches the tables: a change to
//! `codes/` that changes a count fails here until the docs say the new one.

use std::fs;

use errcodes::koupleless::{Component as KouplelessComponent, KouplelessError};
use errcodes::paas::{PaasError, Product, Scope};
use errcodes::sdk::{Component, SdkError, Table};
use errcodes::{Code, ErrorCode, ParseCodeError, Vendor};

/// `file`'s text with the comment markers of doc lines taken away and lines
/// joined by spaces, so that a phrase reads the same wherever a line breaks it.
fn prose(file: &str) -> String {
    let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let lines: Vec<&str> = text
        .lines()
        .map(|line| {
            let line = line.trim_start();
            ["//! ", "/// ", "//!", "///"]
                .iter()
                .find_map(|marker| line.strip_prefix(marker))
                .unwrap_or(line)
        })
        .collect();
    lines.join(" ")
}

/// The number `file` writes between `before` and `after`.
fn number(file: &str, before: &str, after: &str) -> usize {
    let text = prose(file);
    let start = text
        .find(before)
        .unwrap_or_else(|| panic!("{file} no longer says {before:?}"))
        + before.len();
    let end = text[start..]
        .find(after)
        .unwrap_or_else(|| panic!("{file}: nothing ends {before:?}… with {after:?}"));
    let digits = text[start..start + end].trim();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("{file}: {before:?} is followed by {digits:?}, not a count"))
}

fn codes_of(vendor: Vendor) -> usize {
    Code::all().filter(|code| code.vendor() == vendor).count()
}

/// How many numbers name several openYuanrong codes.
fn shared_numbers() -> usize {
    let mut shared: Vec<u32> = SdkError::ALL
        .iter()
        .map(|e| e.number())
        .filter(|&n| SdkError::ALL.iter().filter(|e| e.number() == n).count() > 1)
        .collect();
    shared.sort_unstable();
    shared.dedup();
    shared.len()
}

/// The cell `column` (counted from the end, 0 the last) of the row of `file`'s
/// platform table that starts with `row`.
fn cell(file: &str, row: &str, column: usize) -> usize {
    let text = fs::read_to_string(file).unwrap();
    let line = text
        .lines()
        .map(|line| line.trim_start_matches("//! "))
        .find(|line| line.starts_with(row))
        .unwrap_or_else(|| panic!("{file} has no row {row}"));
    let cell = line
        .trim_end_matches('|')
        .rsplit('|')
        .nth(column)
        .unwrap()
        .trim();
    cell.parse()
        .unwrap_or_else(|_| panic!("{file}: the row {row} has {cell:?} where a count goes"))
}

#[test]
fn the_platform_tables_count_codes_by_origin() {
    for &vendor in Vendor::ALL {
        let id = vendor.as_str();
        let of = |published: bool| {
            Code::all()
                .filter(|c| c.vendor() == vendor && c.origin().is_published() == published)
                .count()
        };
        for (file, row) in [
            ("README.md", format!("| `errcodes::{id}` |")),
            ("src/lib.rs", format!("| [`{id}`] |")),
        ] {
            assert_eq!(cell(file, &row, 2), of(true), "{file}: {row} published");
            assert_eq!(
                cell(file, &row, 1),
                of(false),
                "{file}: {row} vendor source"
            );
        }
    }
}

#[test]
fn the_platform_tables_count_each_platforms_codes() {
    for &vendor in Vendor::ALL {
        let id = vendor.as_str();
        let count = codes_of(vendor);
        // The last cell of the platform's row.
        for (file, row) in [
            ("README.md", format!("| `errcodes::{id}` |")),
            ("src/lib.rs", format!("| [`{id}`] |")),
        ] {
            let text = fs::read_to_string(file).unwrap();
            let line = text
                .lines()
                .map(|line| line.trim_start_matches("//! "))
                .find(|line| line.starts_with(&row))
                .unwrap_or_else(|| panic!("{file} has no row {row}"));
            let last = line
                .trim_end_matches('|')
                .rsplit('|')
                .next()
                .unwrap()
                .trim();
            let written: usize = last
                .parse()
                .unwrap_or_else(|_| panic!("{file}: the row {row} ends in {last:?}"));
            assert_eq!(written, count, "{file}: {line}");
        }
    }
}

#[test]
fn the_module_docs_count_their_codes() {
    let products = |product| {
        PaasError::ALL
            .iter()
            .filter(|e| e.product() == product && e.origin().is_published())
            .count()
    };
    let paas_source = |scope| {
        PaasError::ALL
            .iter()
            .filter(|e| !e.origin().is_published() && e.scope() == Some(scope))
            .count()
    };
    let unnumbered = PaasError::ALL
        .iter()
        .filter(|e| e.number().is_none())
        .count();
    let tables = |table| {
        SdkError::ALL
            .iter()
            .filter(|e| e.table() == Some(table))
            .count()
    };
    let in_source = |component| {
        SdkError::ALL
            .iter()
            .filter(|e| !e.origin().is_published() && e.component() == Some(component))
            .count()
    };
    let from_source = SdkError::ALL
        .iter()
        .filter(|e| !e.origin().is_published())
        .count();
    let koupleless_published = KouplelessError::ALL
        .iter()
        .filter(|e| e.origin().is_published())
        .count();
    // Koupleless's wire codes: all, or those of one component.
    let wire = |component: Option<KouplelessComponent>| {
        KouplelessError::ALL
            .iter()
            .filter(|e| !e.origin().is_published())
            .filter(|e| component.is_none_or(|c| e.component() == c))
            .count()
    };
    let checks = [
        (
            "src/paas/mod.rs",
            "bkpaas3 (`43xxxxx`,",
            " codes)",
            products(Product::Paas3),
        ),
        (
            "src/paas/mod.rs",
            "open_paas (`130xxxx`,",
            " codes)",
            products(Product::OpenPaas),
        ),
        (
            "src/paas/mod.rs",
            "bkpaas3's source:",
            " codes (",
            paas_source(Scope::Bkpaas3),
        ),
        ("src/paas/mod.rs", "has no number (", " of them", unnumbered),
        (
            "src/paas/mod.rs",
            "ESB's source:",
            " codes (",
            paas_source(Scope::Esb),
        ),
        (
            "README.md",
            "bkpaas3's source defines",
            " codes its page",
            paas_source(Scope::Bkpaas3),
        ),
        (
            "README.md",
            "blueking-apigateway) defines",
            ",",
            paas_source(Scope::Esb),
        ),
        (
            "README.md",
            "gateway in front of both",
            " (`16xxxxx`",
            paas_source(Scope::ApiGateway),
        ),
        (
            "src/paas/mod.rs",
            "The API gateway's source:",
            " codes (",
            paas_source(Scope::ApiGateway),
        ),
        (
            "codes/README.md",
            "The gateway adds",
            " codes, in no module",
            paas_source(Scope::ApiGateway),
        ),
        (
            "src/lib.rs",
            "BlueKing API gateway's source,",
            " codes",
            paas_source(Scope::ApiGateway),
        ),
        (
            "src/cci/mod.rs",
            "for the CCI API:",
            " codes of the form",
            codes_of(Vendor::Cci),
        ),
        (
            "src/sdk/mod.rs",
            "the SDK error codes (",
            ",",
            tables(Table::Sdk),
        ),
        (
            "src/sdk/mod.rs",
            "the REST API error codes (",
            ",",
            tables(Table::Rest),
        ),
        ("src/sdk/mod.rs", "no page publishes (", ":", from_source),
        (
            "src/sdk/mod.rs",
            "publishes (186: frontend",
            ",",
            in_source(Component::Frontend),
        ),
        (
            "src/sdk/mod.rs",
            "meta-service",
            ",",
            in_source(Component::MetaService),
        ),
        (
            "src/sdk/mod.rs",
            "libruntime",
            ",",
            in_source(Component::Libruntime),
        ),
        (
            "src/sdk/mod.rs",
            "faas-sdk",
            ",",
            in_source(Component::FaasSdk),
        ),
        (
            "src/sdk/mod.rs",
            "function-system",
            ")",
            in_source(Component::FunctionSystem),
        ),
        (
            "src/lib.rs",
            "no page lists: frontend",
            ",",
            in_source(Component::Frontend),
        ),
        (
            "src/lib.rs",
            "meta-service",
            ",",
            in_source(Component::MetaService),
        ),
        (
            "src/lib.rs",
            "libruntime",
            ",",
            in_source(Component::Libruntime),
        ),
        ("src/lib.rs", "faas-sdk", ",", in_source(Component::FaasSdk)),
        (
            "src/lib.rs",
            "function-system",
            ".",
            in_source(Component::FunctionSystem),
        ),
        (
            "src/lib.rs",
            "openYuanrong's source defines",
            " codes",
            from_source,
        ),
        ("README.md", "source defines", " codes", from_source),
        (
            "README.md",
            "publish (frontend",
            ",",
            in_source(Component::Frontend),
        ),
        (
            "src/sdk/mod.rs",
            "# Same number, different meaning",
            " numbers",
            shared_numbers(),
        ),
        (
            "src/koupleless/mod.rs",
            "the three tables (",
            ")",
            koupleless_published,
        ),
        (
            "src/koupleless/mod.rs",
            "one variant each after the published ones (",
            ")",
            wire(None),
        ),
        (
            "src/koupleless/mod.rs",
            "Arklet's `ResponseCode` (",
            ")",
            wire(Some(KouplelessComponent::Arklet)),
        ),
        (
            "src/koupleless/mod.rs",
            "sofa-ark's `ResponseCode` (",
            ")",
            wire(Some(KouplelessComponent::SofaArk)),
        ),
        (
            "src/koupleless/mod.rs",
            "koupleless-common's `ErrorCodes` (",
            ",",
            wire(Some(KouplelessComponent::KouplelessCommon)),
        ),
        (
            "src/koupleless/mod.rs",
            "virtual-kubelet's (",
            ")",
            wire(Some(KouplelessComponent::VirtualKubelet)),
        ),
        (
            "src/koupleless/mod.rs",
            "module-controller's (",
            ")",
            wire(Some(KouplelessComponent::ModuleController)),
        ),
    ];
    let wire_counts = format!(
        "wire codes no page lists ({}: Arklet {}, sofa-ark {}, koupleless-common {}, \
         virtual-kubelet {}, module-controller {})",
        wire(None),
        wire(Some(KouplelessComponent::Arklet)),
        wire(Some(KouplelessComponent::SofaArk)),
        wire(Some(KouplelessComponent::KouplelessCommon)),
        wire(Some(KouplelessComponent::VirtualKubelet)),
        wire(Some(KouplelessComponent::ModuleController)),
    );
    for file in ["README.md", "src/lib.rs"] {
        assert!(prose(file).contains(&wire_counts), "{file}: {wire_counts}");
    }
    for (file, before, after, count) in checks {
        assert_eq!(number(file, before, after), count, "{file}: {before}");
    }
}

/// `ParseCodeError`'s docs say how many Koupleless codes it cannot keep whole.
#[test]
fn the_parse_error_counts_the_codes_it_cuts() {
    let mut codes: Vec<&str> = KouplelessError::ALL
        .iter()
        .flat_map(|e| e.codes().iter().copied())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let longer = codes
        .iter()
        .filter(|c| c.len() > ParseCodeError::KEPT)
        .count();
    let file = "src/parse_error.rs";
    assert_eq!(number(file, "Koupleless codes (", " of the"), longer);
    let before = format!("({longer} of the");
    assert_eq!(
        number(file, &before, " Koupleless codes are longer"),
        codes.len()
    );
}

/// README's table of kinds and advices: per platform, how many codes have a
/// kind and an advice from the vendor (its text, source or status) and how many
/// from the crate, then the codes of each advice.
fn meanings_table() -> String {
    use errcodes::RetryAdvice;
    let mut table = String::from(
        "| platform | codes | kind: vendor | kind: crate | advice: vendor | advice: crate | throttled | retry with backoff | retry after fix | do not retry | not an error |\n\
         |---|---|---|---|---|---|---|---|---|---|---|\n",
    );
    let mut rows: Vec<(String, Vec<Code>)> = Vendor::ALL
        .iter()
        .map(|&v| {
            (
                v.name().to_owned(),
                Code::all().filter(|c| c.vendor() == v).collect(),
            )
        })
        .collect();
    rows.push(("all".to_owned(), Code::all().collect()));
    for (name, codes) in rows {
        let count = |f: &dyn Fn(&Code) -> bool| codes.iter().filter(|c| f(c)).count();
        let kind_vendor = count(&|c| c.meaning().kind_origin().is_vendors());
        let advice_vendor = count(&|c| c.meaning().advice_origin().is_vendors());
        let advice = |a: RetryAdvice| count(&|c| c.retry_advice() == a);
        table.push_str(&format!(
            "| {name} | {} | {kind_vendor} | {} | {advice_vendor} | {} | {} | {} | {} | {} | {} |\n",
            codes.len(),
            codes.len() - kind_vendor,
            codes.len() - advice_vendor,
            advice(RetryAdvice::Throttled),
            advice(RetryAdvice::RetryWithBackoff),
            advice(RetryAdvice::RetryAfterFix),
            advice(RetryAdvice::DoNotRetry),
            advice(RetryAdvice::NotAnError),
        ));
    }
    table
}

/// README's table of texts: per platform and language, the vendor's texts the
/// crate holds, and the codes with a text for a person in that language.
fn languages_table() -> String {
    use errcodes::{Lang, TextField};
    let mut table = String::from(
        "| platform | texts in Chinese | texts in English | codes with a Chinese text | codes with an English text | codes with no text |\n\
         |---|---|---|---|---|---|\n",
    );
    for &vendor in Vendor::ALL {
        let codes: Vec<Code> = Code::all().filter(|c| c.vendor() == vendor).collect();
        let texts = |lang: Lang| {
            codes
                .iter()
                .flat_map(|c| c.texts())
                .filter(|t| t.lang() == lang)
                .count()
        };
        let says = |lang: Lang| {
            codes
                .iter()
                .filter(|c| {
                    c.texts().iter().any(|t| {
                        t.lang() == lang
                            && matches!(t.field(), TextField::Message | TextField::Description)
                    })
                })
                .count()
        };
        let none = codes
            .iter()
            .filter(|c| c.text_in(Lang::En).is_none())
            .count();
        table.push_str(&format!(
            "| {} | {} | {} | {} | {} | {none} |\n",
            vendor.name(),
            texts(Lang::Zh),
            texts(Lang::En),
            says(Lang::Zh),
            says(Lang::En),
        ));
    }
    table
}

#[test]
fn the_readme_counts_kinds_advices_and_texts_from_the_tables() {
    let readme = fs::read_to_string("README.md").unwrap();
    for table in [meanings_table(), languages_table()] {
        assert!(
            readme.contains(&table),
            "README.md should have this table, counted from the crate:\n{table}"
        );
    }
}
