//! `miette::Diagnostic`: every code gives its code and its published solution;
//! no code of the catalogs has a URL (the published pages give none per code);
//! an error body gives the code as sent, and the one link the pages publish,
//! for CCI's `APIGW` codes.

use errcodes::body::{PlatformError, Reader, Reply};
use errcodes::{Code, ErrorCode};
use miette::Diagnostic;

fn text(value: Option<Box<dyn std::fmt::Display + '_>>) -> Option<String> {
    value.map(|v| v.to_string())
}

#[test]
fn every_code_gives_its_code_and_solution_and_no_url() {
    let mut count = 0;
    for code in Code::all() {
        count += 1;
        assert_eq!(
            text(Diagnostic::code(&code)).as_deref(),
            Some(ErrorCode::code(&code))
        );
        assert_eq!(text(code.help()).as_deref(), code.solution(), "{code:?}");
        assert!(code.url().is_none(), "{code:?}");
        // The platform's own enum says the same as `Code`.
        let (own_code, own_help) = match code {
            Code::Paas(c) => (text(Diagnostic::code(&c)), text(c.help())),
            Code::Cci(c) => (text(Diagnostic::code(&c)), text(c.help())),
            Code::Sdk(c) => (text(Diagnostic::code(&c)), text(c.help())),
            Code::Koupleless(c) => (text(Diagnostic::code(&c)), text(c.help())),
            other => panic!("a platform this test does not know: {other:?}"),
        };
        assert_eq!(own_code.as_deref(), Some(ErrorCode::code(&code)));
        assert_eq!(own_help.as_deref(), code.solution());
    }
    let every_platform = errcodes::paas::PaasError::ALL.len()
        + errcodes::cci::CciError::ALL.len()
        + errcodes::sdk::SdkError::ALL.len()
        + errcodes::koupleless::KouplelessError::ALL.len();
    assert_eq!(count, every_platform);
}

#[test]
fn an_error_body_gives_the_code_as_sent_and_the_solution_of_the_typed_code() {
    let body =
        br#"{"code": 1306406, "result": false, "message": "Parameters error, x", "data": null}"#;
    let Ok(Reply::Error(error)) = Reader::new().read_slice(body) else {
        panic!("ESB's error");
    };
    assert_eq!(text(Diagnostic::code(&error)).as_deref(), Some("1306406"));
    let solution = errcodes::lookup("1306406").expect("a code").solution();
    assert_eq!(text(error.help()), solution.map(str::to_owned));
    assert!(error.url().is_none());

    // A code the catalog does not know: the code as sent, no help.
    let Ok(Reply::Error(unknown)) = Reader::new().read_slice(br#"{"code": 4999, "message": "m"}"#)
    else {
        panic!("an openYuanrong error");
    };
    assert_eq!(text(Diagnostic::code(&unknown)).as_deref(), Some("4999"));
    assert!(unknown.help().is_none());
}

#[test]
fn only_cci_apigw_codes_link_to_the_page_cci_names() {
    let page = "https://support.huaweicloud.com/devg-apisign/api-sign-errorcode.html";
    let apigw = errcodes::cci::ApiError::from_slice(
        br#"{"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information"}"#,
    )
    .expect("Huawei's gateway body");
    assert_eq!(text(apigw.url()).as_deref(), Some(page));
    assert_eq!(
        text(PlatformError::from(apigw).url()).as_deref(),
        Some(page)
    );
    let cci = errcodes::cci::ApiError::from(errcodes::cci::CciError::NamespaceNameAlreadyExists);
    assert!(cci.url().is_none());
}

/// A report renders the code and the help (miette's narratable handler, which
/// needs no terminal features).
#[test]
fn a_report_shows_the_code_and_the_help() {
    let error = errcodes::cci::ApiError::from(errcodes::cci::CciError::NamespaceNameAlreadyExists);
    let mut out = String::new();
    miette::NarratableReportHandler::new()
        .render_report(&mut out, &error)
        .expect("rendered");
    assert!(out.contains("CCI.02.409101"), "{out}");
    assert!(out.contains("请修改namespace名称后重试"), "{out}");
}
