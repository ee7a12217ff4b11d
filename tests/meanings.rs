//! Every code has a kind and a retry advice, each with an origin, as the
//! crate's tables `codes/meanings/` give them; the three answers issue 13 names
//! are the vendors'; and every vendor text of both languages is in the crate
//! verbatim, read here from the kept pages and the second-language table with a
//! reader of this file's own.

use std::collections::BTreeMap;
use std::fs;
use std::time::Duration;

use errcodes::body::RetryDelay;

use errcodes::cci::{ApiError as CciApiError, CciError};
use errcodes::koupleless::{Component, KouplelessError, Source};
use errcodes::paas::PaasError;
use errcodes::sdk::{SdkError, Table};
use errcodes::{
    Code, ErrorCode, ErrorKind, Lang, MeaningOrigin, RetryAdvice, TextField, TextOrigin,
};

fn file(path: &str) -> String {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn unescape(cell: &str) -> String {
    cell.replace("\\n", "\n")
        .replace("\\t", "\t")
        .replace("\\\\", "\\")
}

/// The rows of a TSV whose first line is a comment and second the header, each
/// as column → cell (unescaped), with the line of the file.
fn tsv(path: &str) -> Vec<(usize, BTreeMap<String, String>)> {
    let text = file(path);
    let mut lines = text.lines().enumerate().skip(1);
    let header: Vec<String> = lines
        .next()
        .unwrap()
        .1
        .split('\t')
        .map(str::to_owned)
        .collect();
    lines
        .map(|(i, line)| {
            let cells = header
                .iter()
                .cloned()
                .zip(line.split('\t').map(unescape))
                .collect();
            (i + 1, cells)
        })
        .collect()
}

/// The crate's code for a published row of `codes/meanings/<platform>.tsv`.
fn published_code(platform: &str, row: &BTreeMap<String, String>) -> Code {
    let code = &row["code"];
    match platform {
        "paas" => Code::Paas(code.parse::<PaasError>().unwrap()),
        "cci" => Code::Cci(code.parse::<CciError>().unwrap()),
        "sdk" => {
            let table = if row["table"] == "sdk" {
                Table::Sdk
            } else {
                Table::Rest
            };
            Code::Sdk(
                *SdkError::ALL
                    .iter()
                    .find(|e| e.code() == code && e.table() == Some(table))
                    .unwrap_or_else(|| panic!("no {table:?} code {code}")),
            )
        }
        "koupleless" => {
            let component: Component = row["component"].parse().unwrap();
            Code::Koupleless(KouplelessError::parse_in(component, code).unwrap())
        }
        other => panic!("no platform {other}"),
    }
}

const PLATFORMS: [&str; 4] = ["paas", "cci", "sdk", "koupleless"];

#[test]
fn every_code_has_the_kind_and_advice_of_its_rows() {
    let mut answered = BTreeMap::new();
    for platform in PLATFORMS {
        // Issue 12's mapping: a vendor-source row (table, line) → its code.
        let mapping_file = format!("codes/{platform}-source.tsv");
        let mut by_line = BTreeMap::new();
        if fs::metadata(format!("{}/{mapping_file}", env!("CARGO_MANIFEST_DIR"))).is_ok() {
            let text = file(&mapping_file);
            let mut lines = text.lines();
            let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
            for line in lines {
                let cells: BTreeMap<&str, &str> =
                    header.iter().copied().zip(line.split('\t')).collect();
                let variant = [cells["variant"], cells["published_variant"]].concat();
                let code = Code::all()
                    .find(|c| c.vendor().as_str() == platform && c.name() == variant)
                    .unwrap_or_else(|| panic!("{mapping_file}: no code {variant}"));
                by_line.insert(
                    (cells["table"].to_owned(), cells["table_line"].to_owned()),
                    code,
                );
            }
        }
        for (line, row) in tsv(&format!("codes/meanings/{platform}.tsv")) {
            let published = row["source_table"] == format!("{platform}.tsv");
            let code = if published {
                published_code(platform, &row)
            } else {
                match by_line.get(&(row["source_table"].clone(), row["table_line"].clone())) {
                    Some(code) => *code,
                    // A table issue 12 has not brought in yet: no code to answer.
                    None => {
                        let copy = format!("codes/vendor-source/{}", row["source_table"]);
                        assert!(
                            by_line.is_empty()
                                || fs::metadata(format!("{}/{copy}", env!("CARGO_MANIFEST_DIR")))
                                    .is_err(),
                            "codes/meanings/{platform}.tsv:{line}: no code"
                        );
                        continue;
                    }
                }
            };
            let meaning = code.meaning();
            let at = format!("codes/meanings/{platform}.tsv:{line} ({code:?})");
            // Every row of a code gives its kind and advice, from the same origins.
            assert_eq!(meaning.kind().as_str(), row["kind"], "{at}");
            assert_eq!(meaning.kind_origin().as_str(), row["kind_origin"], "{at}");
            assert_eq!(meaning.retry_advice().as_str(), row["advice"], "{at}");
            assert_eq!(
                meaning.advice_origin().as_str(),
                row["advice_origin"],
                "{at}"
            );
            // A published code's evidence and note are its published row's.
            if published {
                assert_eq!(meaning.kind_evidence(), row["kind_evidence"], "{at}");
                assert_eq!(meaning.advice_evidence(), row["advice_evidence"], "{at}");
                assert_eq!(meaning.note().unwrap_or(""), row["note"], "{at}");
            }
            answered.insert(code, at);
        }
    }
    // No code of the crate is left without a row of its own.
    let unanswered: Vec<Code> = Code::all().filter(|c| !answered.contains_key(c)).collect();
    assert_eq!(unanswered, [], "codes without a row in codes/meanings/");
    for code in Code::all() {
        let meaning = code.meaning();
        assert_eq!(
            meaning.kind() == ErrorKind::Ok,
            meaning.retry_advice() == RetryAdvice::NotAnError,
            "{code:?}"
        );
        assert!(
            !meaning.kind_evidence().is_empty() && !meaning.advice_evidence().is_empty(),
            "{code:?}"
        );
    }
}

#[test]
fn the_vendors_answer_for_rate_limiting() {
    // ESB answers HTTP 200 when it rate-limits: only the code says so.
    let esb = PaasError::RateLimitRestriction;
    assert_eq!(esb.code(), "1306429");
    assert_eq!(esb.http_status(), 200);
    assert_eq!(esb.kind(), ErrorKind::ResourceExhausted);
    assert_eq!(esb.retry_advice(), RetryAdvice::Throttled);
    assert_eq!(esb.meaning().advice_origin(), MeaningOrigin::VendorText);
    assert!(esb.meaning().advice_evidence().contains("访问组件频率超限"));
    let body = br#"{"result":false,"code":1306429,"message":"Access frequency limit","request_id":"r","data":null}"#;
    let error = errcodes::paas::ApiError::from_slice(body).unwrap();
    assert_eq!(error.retry_advice().advice(), RetryAdvice::Throttled);
    assert_eq!(error.retry_advice().origin(), MeaningOrigin::VendorText);

    // openYuanrong 1005: "Retry after a certain interval."; its runtime's own
    // retry lists leave it out, and the note says so.
    let sdk = SdkError::InvokeRateLimited;
    assert_eq!(sdk.code(), "1005");
    assert_eq!(sdk.retry_advice(), RetryAdvice::Throttled);
    assert_eq!(sdk.meaning().advice_origin(), MeaningOrigin::VendorText);
    assert!(
        sdk.meaning()
            .advice_evidence()
            .contains("Retry after a certain interval.")
    );
    assert!(
        sdk.meaning()
            .note()
            .unwrap()
            .contains("InvokeAdaptor::NeedRetry")
    );

    // BlueKing's API gateway, in front of bkpaas3 and ESB: its four throttles
    // (429, "降低调用频率" in its docs).
    for number in ["1642901", "1642902", "1642903", "1642904"] {
        let code = errcodes::lookup(number).unwrap();
        assert_eq!(code.retry_advice(), RetryAdvice::Throttled, "{number}");
        assert_eq!(
            code.meaning().advice_origin(),
            MeaningOrigin::VendorText,
            "{number}"
        );
        assert_eq!(code.kind(), ErrorKind::ResourceExhausted, "{number}");
    }

    // CCI publishes no throttling code: a throttled call is a 429 Status from
    // Kubernetes or the gateway, and the response decides.
    assert!(
        CciError::ALL
            .iter()
            .all(|e| e.retry_advice() != RetryAdvice::Throttled)
    );
    // Huawei Cloud's API gateway in front of CCI throttles with APIGW.0308 and 429.
    let response = http::Response::builder()
        .status(429)
        .header("Retry-After", "7")
        .body(r#"{"error_code":"APIGW.0308","error_msg":"The request is throttled.","request_id":"c1"}"#)
        .unwrap();
    let error = CciApiError::from_response(&response).unwrap();
    assert_eq!(error.error(), None);
    let body_only = error.retry_advice();
    assert_eq!(body_only.advice(), RetryAdvice::Throttled);
    assert_eq!(body_only.origin(), MeaningOrigin::HttpStatus);
    assert_eq!(body_only.delay(), None);
    let with_headers = error.retry_advice_for(response.headers());
    assert_eq!(
        with_headers.delay(),
        Some(RetryDelay::After(Duration::from_secs(7)))
    );
    // Kubernetes' Status: `reason: TooManyRequests` and `details.retryAfterSeconds`,
    // even where the status line was lost.
    let body = br#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Too many requests, please try again later.","reason":"TooManyRequests","details":{"retryAfterSeconds":5},"errorCode":"CCI.01.400101"}"#;
    let advice = CciApiError::from_slice(body).unwrap().retry_advice();
    assert_eq!(advice.advice(), RetryAdvice::Throttled);
    assert_eq!(advice.code_advice(), Some(RetryAdvice::RetryAfterFix));
    assert_eq!(
        advice.delay(),
        Some(RetryDelay::After(Duration::from_secs(5)))
    );
    // A CCI code the crate would not retry, sent with 503: transient.
    let error = CciApiError::from(CciError::ClusterEndpointNotFound)
        .with_status(http::StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        CciError::ClusterEndpointNotFound.retry_advice(),
        RetryAdvice::DoNotRetry
    );
    assert_eq!(error.retry_advice().advice(), RetryAdvice::RetryWithBackoff);
    assert_eq!(
        error.retry_advice().code_advice(),
        Some(RetryAdvice::DoNotRetry)
    );
}

/// The text of `field` in `lang` that `code` has and that equals `text`.
fn holds(code: Code, field: TextField, lang: Lang, text: &str) -> bool {
    code.texts()
        .iter()
        .any(|t| t.field() == field && t.lang() == lang && t.text() == text)
}

#[test]
fn every_second_language_text_is_in_the_crate_verbatim() {
    let mut checked = 0;
    for (line, row) in tsv("codes/vendor-source/second-language.tsv") {
        let (catalog, code, text) = (&row["catalog"], &row["code"], &row["text"]);
        let at = format!("second-language.tsv:{line}");
        let lang: Lang = row["lang"].parse().unwrap();
        if text == "-" {
            continue; // the page's "no text"
        }
        let (code, field) = match (catalog.as_str(), row["field"].as_str()) {
            ("koupleless-sources", _) => {
                let (component, source) = code.split_once(':').unwrap();
                let component: Component = component.parse().unwrap();
                let source = *Source::ALL.iter().find(|s| s.as_str() == source).unwrap();
                assert_eq!(
                    source.meaning_in_lang(component, lang),
                    Some(text.as_str()),
                    "{at}"
                );
                checked += 1;
                continue;
            }
            ("koupleless", field) => {
                let (component, code) = code.split_once(':').unwrap();
                let error = KouplelessError::parse_in(component.parse().unwrap(), code).unwrap();
                let field = match field {
                    "meaning" => TextField::Message,
                    "solution" => TextField::Solution,
                    _ => TextField::BusinessType,
                };
                (Code::Koupleless(error), field)
            }
            (sdk @ ("openyuanrong-sdk" | "openyuanrong-rest"), field) => {
                let table = if sdk == "openyuanrong-sdk" {
                    Table::Sdk
                } else {
                    Table::Rest
                };
                let error = *SdkError::ALL
                    .iter()
                    .find(|e| e.code() == code && e.table() == Some(table))
                    .unwrap();
                let field = match (table, field) {
                    (Table::Sdk, "description") => TextField::Message,
                    (_, "description") => TextField::Description,
                    _ => TextField::Solution,
                };
                (Code::Sdk(error), field)
            }
            (_, field) => {
                let field = if field == "solution" {
                    TextField::Solution
                } else {
                    TextField::Message
                };
                (Code::Paas(code.parse::<PaasError>().unwrap()), field)
            }
        };
        assert!(
            holds(code, field, lang, text),
            "{at}: {code:?} lacks {text:?}"
        );
        let origin = code
            .texts()
            .iter()
            .find(|t| t.text() == text)
            .unwrap()
            .origin();
        let page =
            row["source"].starts_with("koupleless/docs:") || row["source"].contains(":docs/");
        // A source text equal to the page's is the page's text (bkpaas3's
        // server English where it matches the English page).
        if page {
            assert_eq!(origin, TextOrigin::Published, "{at}");
        }
        checked += 1;
    }
    assert_eq!(
        checked,
        14 + 57 + 55 + 14 + 60 + 49 + 49 + 64 + 30,
        "texts checked"
    );
}

#[test]
fn the_chinese_pages_are_in_the_crate_verbatim() {
    // openYuanrong: the SDK table is `code, "描述", "解决方法"`; the REST table a
    // Markdown table whose 错误信息 is the English page's Error Message.
    let page = file("codes/published/openyuanrong-zh.md");
    let (mut sdk, mut rest) = (0, 0);
    for line in page.lines() {
        if let Some((code, rest_of_line)) = line.split_once(", \"")
            && code.bytes().all(|b| b.is_ascii_digit())
        {
            let (description, solution) = rest_of_line
                .strip_suffix('"')
                .and_then(|r| r.split_once("\", \""))
                .unwrap_or_else(|| panic!("openyuanrong-zh.md: {line}"));
            let error = *SdkError::ALL
                .iter()
                .find(|e| e.code() == code && e.table() == Some(Table::Sdk))
                .unwrap();
            assert!(
                holds(Code::Sdk(error), TextField::Message, Lang::Zh, description),
                "{line}"
            );
            assert!(
                holds(Code::Sdk(error), TextField::Solution, Lang::Zh, solution),
                "{line}"
            );
            sdk += 1;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if line.starts_with('|')
            && cells.len() == 3
            && cells[0].bytes().all(|b| b.is_ascii_digit())
            && !cells[0].is_empty()
        {
            let error = *SdkError::ALL
                .iter()
                .find(|e| e.code() == cells[0] && e.table() == Some(Table::Rest))
                .unwrap();
            assert_eq!(error.message(), cells[1], "{line}");
            assert!(
                holds(Code::Sdk(error), TextField::Description, Lang::Zh, cells[2]),
                "{line}"
            );
            rest += 1;
        }
    }
    assert_eq!((sdk, rest), (49, 60));

    // Koupleless: Level 1 tables (编码 | 含义) and Level 2 tables (业务类型 |
    // 错误来源 | 错误类型 | 含义 | 解决方案), under `## <component> 错误码`.
    let page = file("codes/published/koupleless-zh.md");
    let mut component = None;
    let (mut level_one, mut level_two) = (0, 0);
    for line in page.lines() {
        if let Some(heading) = line
            .strip_prefix("## ")
            .and_then(|h| h.strip_suffix(" 错误码"))
        {
            component = Some(heading.parse::<Component>().unwrap());
            continue;
        }
        if !line.starts_with('|') || line.starts_with("| ---") || line.contains("| 含义 |") {
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let component = component.unwrap();
        match cells[..] {
            [source, meaning] => {
                let source = *Source::ALL.iter().find(|s| s.as_str() == source).unwrap();
                assert_eq!(
                    source.meaning_in_lang(component, Lang::Zh),
                    Some(meaning),
                    "{line}"
                );
                level_one += 1;
            }
            [_, sources, kind, meaning, solution] => {
                for source in sources.split(" / ") {
                    let error =
                        KouplelessError::parse_in(component, &format!("{source}.{kind}")).unwrap();
                    assert!(
                        holds(
                            Code::Koupleless(error),
                            TextField::Message,
                            Lang::Zh,
                            meaning
                        ),
                        "{line}"
                    );
                    if solution != "-" && !solution.is_empty() {
                        assert!(
                            holds(
                                Code::Koupleless(error),
                                TextField::Solution,
                                Lang::Zh,
                                solution
                            ),
                            "{line}"
                        );
                    }
                    level_two += 1;
                }
            }
            _ => panic!("koupleless-zh.md: a row of neither table: {line}"),
        }
    }
    assert_eq!((level_one, level_two), (14, 57));
}

#[test]
fn a_text_falls_back_to_the_other_language_and_says_so() {
    // ESB 1301xxx: Chinese only.
    let text = PaasError::PaasBaseSettingsError.text_in(Lang::En).unwrap();
    assert!(text.is_fallback());
    assert_eq!((text.lang(), text.requested()), (Lang::Zh, Lang::En));
    assert_eq!(
        PaasError::PaasBaseSettingsError.text(TextField::Message, Lang::En),
        None
    );
    // Koupleless: both.
    let error = KouplelessError::ArkletUnknownError;
    assert_eq!(error.text_in(Lang::Zh).unwrap().text(), "未知错误（默认）");
    assert_eq!(
        error.text_in(Lang::En).unwrap().text(),
        "Unknown error (default)"
    );
    // openYuanrong REST: the description, not the PascalCase message.
    let rest = *SdkError::ALL.iter().find(|e| e.code() == "4101").unwrap();
    assert_eq!(rest.text_in(Lang::Zh).unwrap().text(), "函数名已存在。");
    assert_ne!(rest.text_in(Lang::En).unwrap().text(), rest.message());
    // Every code with a vendor text has a person-facing one in either language,
    // its own or the other's; only codes known by a symbol alone have none.
    let mut without = 0;
    for code in Code::all() {
        let says = |lang: Lang| {
            code.texts().iter().any(|t| {
                t.lang() == lang && matches!(t.field(), TextField::Message | TextField::Description)
            })
        };
        for lang in [Lang::Zh, Lang::En] {
            match code.text_in(lang) {
                Some(text) => {
                    assert!(!text.text().is_empty(), "{code:?}");
                    assert_eq!(text.is_fallback(), !says(lang), "{code:?} {lang}");
                }
                None => {
                    assert!(!says(Lang::Zh) && !says(Lang::En), "{code:?}");
                    assert!(
                        matches!(code.origin(), errcodes::Origin::VendorSource(_)),
                        "{code:?}"
                    );
                }
            }
        }
        without += usize::from(code.text_in(Lang::En).is_none());
    }
    assert!(
        without < Code::all().count() / 2,
        "{without} codes without a text"
    );
}

#[test]
fn kinds_and_advices_parse_from_their_names() {
    for kind in ErrorKind::ALL {
        assert_eq!(kind.as_str().parse(), Ok(*kind));
        assert_eq!(
            kind.as_str().replace('_', "-").to_uppercase().parse(),
            Ok(*kind)
        );
    }
    for advice in RetryAdvice::ALL {
        assert_eq!(advice.to_string().parse(), Ok(*advice));
    }
    let error = "retry".parse::<RetryAdvice>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "not a retry advice: expected one of not_an_error, do_not_retry, retry_after_fix, retry_with_backoff, throttled"
    );
}
