//! Error bodies: each platform's real shapes parse into `ApiError`, unknown codes
//! are kept, building and parsing lose nothing, and bad input gets a typed error.
#![cfg(feature = "json")]

use errcodes::body::{MAX_BODY_LEN, MAX_DEPTH};
use errcodes::{BodyError, Vendor, cci, koupleless, paas, sdk};
use http::{Response, StatusCode};

// ---- Real shapes -------------------------------------------------------------

#[test]
fn cci_status_body_with_details() {
    let body = br#"{
        "kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
        "message": "namespace name is already exist", "reason": "Conflict",
        "details": {"name": "team-a", "kind": "namespaces", "causes": [{"reason": "FieldValueDuplicate"}]},
        "code": 409, "errorCode": "CCI.02.409101"
    }"#;
    let response = Response::builder().status(409).body(&body[..]).unwrap();
    let error = cci::ApiError::from_response(&response).unwrap();
    assert_eq!(error.shape(), cci::Shape::Status);
    assert_eq!(
        error.error(),
        Some(cci::CciError::NamespaceNameAlreadyExists)
    );
    assert_eq!(error.code(), "CCI.02.409101");
    assert_eq!(error.message(), "namespace name is already exist");
    assert_eq!(error.status(), Some(StatusCode::CONFLICT));
    assert_eq!(error.reason(), Some("Conflict"));
    assert!(
        error
            .details()
            .unwrap()
            .get()
            .contains("FieldValueDuplicate")
    );
    assert_eq!(
        error.to_string(),
        "CCI.02.409101: namespace name is already exist"
    );
    let names: Vec<&str> = error.fields().map(|(name, _)| name).collect();
    assert_eq!(
        names,
        ["kind", "apiVersion", "metadata", "status", "details"]
    );
}

#[test]
fn cci_gateway_body() {
    let body = br#"{"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information: decrypt token fail", "request_id": "b2e9"}"#;
    let response = Response::builder().status(401).body(&body[..]).unwrap();
    let error = cci::ApiError::from_response(&response).unwrap();
    assert_eq!(error.shape(), cci::Shape::Gateway);
    assert_eq!((error.code(), error.error()), ("APIGW.0301", None));
    assert_eq!(error.request_id(), Some("b2e9"));
    assert_eq!(error.status(), Some(StatusCode::UNAUTHORIZED));
    assert!(error.message().starts_with("Incorrect IAM"));
}

#[test]
fn cci_run_time_detail_is_kept() {
    let body = br#"{"kind":"Status","message":"find no cluster endpoint for namespace team-a from icluster response header","code":500,"errorCode":"CCI.01.500101"}"#;
    let error = cci::ApiError::from_slice(body).unwrap();
    assert_eq!(error.error(), Some(cci::CciError::ClusterEndpointNotFound));
    assert!(error.message().contains("team-a"));
    assert_eq!(error.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
}

#[test]
fn paas3_body_and_headers() {
    let response = Response::builder()
        .status(400)
        .header("bkapi-error-code", "CANNOT_DEPLOY_APP")
        .header("bkapi-error-code-num", "4311003")
        .body(r#"{"code": "CANNOT_DEPLOY_APP", "detail": "部署失败: 构建超时", "data": {"deployment_id": "d-1"}}"#)
        .unwrap();
    let error = paas::ApiError::from_response(&response).unwrap();
    assert_eq!(error.shape(), paas::Shape::Paas3);
    assert_eq!(error.error(), Some(paas::PaasError::CannotDeployApp));
    assert_eq!(error.code(), "CANNOT_DEPLOY_APP");
    assert_eq!(error.number(), Some(4311003));
    assert_eq!(error.message(), "部署失败: 构建超时");
    assert_eq!(
        error.field("data").unwrap().get(),
        r#"{"deployment_id": "d-1"}"#
    );
    let again = error.to_response();
    assert_eq!(again.status(), 400);
    assert_eq!(again.headers()["bkapi-error-code-num"], "4311003");
    assert_eq!(again.headers()["content-type"], "application/json");
}

#[test]
fn paas3_validation_error_keeps_fields_detail() {
    let body = r#"{"code": "VALIDATION_ERROR", "detail": "name: 该字段是必填项。", "fields_detail": {"name": ["该字段是必填项。"]}}"#;
    let error = paas::ApiError::from_slice(body.as_bytes()).unwrap();
    assert_eq!((error.code(), error.error()), ("VALIDATION_ERROR", None));
    assert!(
        error
            .field("fields_detail")
            .unwrap()
            .get()
            .contains("必填项")
    );
    let back = paas::ApiError::from_slice(error.to_response().body()).unwrap();
    assert_eq!(back, error);
}

#[test]
fn paas3_std_json_body() {
    let body = r#"{"result": false, "data": {}, "code": 4311003, "message": "部署失败", "code_slug": "CANNOT_DEPLOY_APP"}"#;
    let error = paas::ApiError::from_slice(body.as_bytes()).unwrap();
    assert_eq!(error.shape(), paas::Shape::Paas3StdJson);
    assert_eq!(error.error(), Some(paas::PaasError::CannotDeployApp));
    assert_eq!(error.code_slug(), Some("CANNOT_DEPLOY_APP"));
    assert_eq!(error.code(), "4311003");
}

#[test]
fn esb_body_with_a_number_or_a_string_code() {
    for code in ["1306406", r#""1306406""#] {
        let body = format!(
            r#"{{"result": false, "code": {code}, "data": null, "message": "Parameters error, bk_biz_id", "request_id": "4e5f"}}"#
        );
        let response = Response::builder().status(200).body(body.clone()).unwrap();
        let error = paas::ApiError::from_response(&response).unwrap();
        assert_eq!(error.shape(), paas::Shape::Esb);
        assert_eq!(error.error(), Some(paas::PaasError::ArgumentError));
        assert_eq!(error.code(), "1306406");
        assert_eq!(error.status(), Some(StatusCode::OK));
        assert_eq!(error.request_id(), Some("4e5f"));
        // Written back the way it came: a number stays a number, a string a string.
        let written = String::from_utf8(error.to_response().into_body()).unwrap();
        assert!(written.contains(&format!(r#""code":{code}"#)), "{written}");
    }
}

#[test]
fn bk_error_code_body() {
    let body =
        r#"{"result": false, "bk_error_code": 1301100, "bk_error_msg": "测试部署事件提交失败"}"#;
    let error = paas::ApiError::from_slice(body.as_bytes()).unwrap();
    assert_eq!(error.shape(), paas::Shape::BkError);
    assert_eq!(
        error.error(),
        Some(paas::PaasError::PaasPaasagentCommitTestDeploymentFail)
    );
    assert_eq!(error.message(), "测试部署事件提交失败");
}

#[test]
fn esb_success_is_not_an_error() {
    let body = br#"{"result": true, "code": 0, "data": {"id": 1}, "message": "success"}"#;
    let error = paas::ApiError::from_slice(body).unwrap_err();
    assert!(matches!(
        error,
        BodyError::NotAnError {
            field: "result",
            value: "true",
            ..
        }
    ));
    assert_eq!(
        error.to_string(),
        "the body reports success (`result` is true), not an error"
    );
}

#[test]
fn openyuanrong_rest_body_and_headers() {
    let response = Response::builder()
        .status(404)
        .header("X-Inner-Code", "4115")
        .body(r#"{"code": 4115, "message": "{\"error\":\"function [0@faaspy@hello3] is not found\"}", "trace_id": "t-9"}"#)
        .unwrap();
    let error = sdk::ApiError::from_response(&response).unwrap();
    assert_eq!(error.shape(), sdk::Shape::Rest);
    assert_eq!(error.error(), Some(sdk::SdkError::FunctionNotFound));
    assert_eq!(
        error.message(),
        r#"{"error":"function [0@faaspy@hello3] is not found"}"#
    );
    assert_eq!(error.trace_id(), Some("t-9"));
    assert_eq!(error.inner_code(), Some("4115"));
    let again = error.to_response();
    assert_eq!(again.status(), 404);
    assert_eq!(again.headers()["x-inner-code"], "4115");
}

#[test]
fn openyuanrong_exception_texts() {
    let cpp = sdk::ApiError::from_exception_text(
        "ErrCode: 3003, ModuleCode: 10, ErrMsg: internal error, retry later: {\"node\": 3}\n",
    )
    .unwrap();
    assert_eq!(cpp.error(), Some(sdk::SdkError::InnerSystemError));
    assert_eq!(cpp.module_code(), Some(10));
    assert_eq!(cpp.message(), "internal error, retry later: {\"node\": 3}");
    let python =
        sdk::ApiError::from_exception_text("code: 9999, module code: 21, msg: a new code").unwrap();
    assert_eq!((python.code(), python.error()), ("9999", None));
    assert_eq!(python.module_code(), Some(21));
    let text = python.to_exception_text();
    assert_eq!(text, "ErrCode: 9999, ModuleCode: 21, ErrMsg: a new code");
    assert_eq!(sdk::ApiError::from_exception_text(&text).unwrap(), python);
}

#[test]
fn exception_text_errors_say_where() {
    let cases = [
        ("", 0, "`ErrCode: ` (C++) or `code: ` (Python)"),
        (
            "Traceback: boom",
            0,
            "`ErrCode: ` (C++) or `code: ` (Python)",
        ),
        ("ErrCode: , ModuleCode: 1, ErrMsg: m", 9, "the code, digits"),
        (
            "ErrCode: 4294967296, ModuleCode: 1, ErrMsg: m",
            9,
            "the code, a number up to 4294967295 with no leading zero",
        ),
        (
            "ErrCode: 01001, ModuleCode: 1, ErrMsg: m",
            9,
            "the code, a number up to 4294967295 with no leading zero",
        ),
        (
            "ErrCode: 1001; ModuleCode: 1, ErrMsg: m",
            13,
            ", ModuleCode: ",
        ),
        (
            "code: 1001, module code: x, msg: m",
            25,
            "the module code, digits",
        ),
        ("code: 1001, module code: 1", 26, ", msg: "),
        (
            "code: 1001, module code: 99999999999, msg: m",
            25,
            "the module code, a number up to 4294967295 with no leading zero",
        ),
    ];
    for (text, offset, expected) in cases {
        let error = sdk::ApiError::from_exception_text(text).unwrap_err();
        assert!(
            matches!(error, BodyError::ExceptionText { expected: e, offset: o, .. } if e == expected && o == offset),
            "{text}: {error:?}"
        );
    }
}

#[test]
fn arklet_response() {
    let body = br#"{"code": "FAILED", "message": "install biz not success!", "baseIdentity": "base-1",
        "errorStackTrace": "com.alipay.sofa.ark.exception.ArkRuntimeException: ...",
        "data": {"code": "REPEAT_BIZ", "message": "Biz: dynamic-provider:1.0.0 has been installed or registered."}}"#;
    let error = koupleless::ApiError::from_response(&Response::new(&body[..])).unwrap();
    assert_eq!(error.shape(), koupleless::Shape::Arklet);
    assert_eq!(error.result_code(), Some("FAILED"));
    assert_eq!(error.code(), "REPEAT_BIZ");
    assert_eq!(error.error(), None);
    assert_eq!(
        error.data_message(),
        Some("Biz: dynamic-provider:1.0.0 has been installed or registered.")
    );
    assert!(error.error_stack_trace().unwrap().starts_with("com.alipay"));
    assert_eq!(error.status(), Some(StatusCode::OK));
    assert_eq!(
        koupleless::ApiError::from_response(&error.to_response()).unwrap(),
        error
    );
}

#[test]
fn arklet_success_is_not_an_error() {
    let body = br#"{"code": "SUCCESS", "message": "", "data": {}}"#;
    assert!(matches!(
        koupleless::ApiError::from_slice(body),
        Err(BodyError::NotAnError { field: "code", .. })
    ));
}

#[test]
fn two_level_bodies_resolve_ambiguity_with_their_component() {
    let with = br#"{"code": "FAILED", "message": "m", "errorCode": "User.DiskFull", "component": "Arklet"}"#;
    let error = koupleless::ApiError::from_slice(with).unwrap();
    assert_eq!(
        error.error(),
        Some(koupleless::KouplelessError::UserDiskFullInArklet)
    );
    assert_eq!(
        error.candidates(),
        [koupleless::KouplelessError::UserDiskFullInArklet]
    );
    let without = br#"{"code": "FAILED", "message": "m", "errorCode": "User.DiskFull"}"#;
    let error = koupleless::ApiError::from_slice(without).unwrap();
    assert_eq!(error.error(), None);
    assert_eq!(error.candidates().len(), 2);
    let unknown = br#"{"code": "FAILED", "message": "m", "errorCode": "Arklet.NewInNextRelease", "component": "Gateway"}"#;
    let error = koupleless::ApiError::from_slice(unknown).unwrap();
    assert_eq!(
        (error.code(), error.error(), error.component()),
        ("Arklet.NewInNextRelease", None, None)
    );
    assert!(
        String::from_utf8(error.to_response().into_body())
            .unwrap()
            .contains(r#""component":"Gateway""#)
    );
}

// ---- Unknown codes are kept --------------------------------------------------

#[test]
fn unknown_codes_are_errors_of_none_with_the_code_as_sent() {
    let cci =
        cci::ApiError::from_slice(br#"{"message": "new", "errorCode": "CCI.02.409199"}"#).unwrap();
    assert_eq!((cci.code(), cci.error()), ("CCI.02.409199", None));
    let esb =
        paas::ApiError::from_slice(br#"{"result": false, "code": 1306999, "message": "new"}"#)
            .unwrap();
    assert_eq!((esb.code(), esb.error()), ("1306999", None));
    let sdk = sdk::ApiError::from_slice(br#"{"code": 0, "message": "zero"}"#).unwrap();
    assert_eq!((sdk.code(), sdk.error()), ("0", None));
    for error in [cci.to_string(), esb.to_string(), sdk.to_string()] {
        assert!(
            error.ends_with(": new") || error.ends_with(": zero"),
            "{error}"
        );
    }
}

// ---- Build → parse → build ---------------------------------------------------

/// Every code of a platform, built into its body, parses back to an equal error,
/// which builds the same response.
fn lossless<E: Copy, A>(all: &[E], build: impl Fn(E) -> A, parse: impl Fn(&Response<Vec<u8>>) -> A)
where
    A: PartialEq + std::fmt::Debug + ToResponse,
{
    for &code in all {
        let built = build(code);
        let response = built.response();
        let parsed = parse(&response);
        assert_eq!(parsed, built);
        let again = parsed.response();
        assert_eq!(again.status(), response.status());
        assert_eq!(again.headers(), response.headers());
        assert_eq!(again.body(), response.body());
    }
}

trait ToResponse {
    fn response(&self) -> Response<Vec<u8>>;
}
macro_rules! to_response {
    ($($module:ident),*) => {$(
        impl ToResponse for $module::ApiError {
            fn response(&self) -> Response<Vec<u8>> {
                self.to_response()
            }
        }
    )*};
}
to_response!(cci, paas, sdk, koupleless);

#[test]
fn every_code_builds_a_body_that_parses_back_the_same() {
    let detail = |m: &str| format!("{m}: for \"team-a\" \\ 详情\n");
    lossless(
        cci::CciError::ALL,
        |e| cci::ApiError::from(e).with_message(detail(e.message())),
        |r| cci::ApiError::from_response(r).unwrap(),
    );
    lossless(
        paas::PaasError::ALL,
        |e| paas::ApiError::from(e).with_request_id("r-1"),
        |r| paas::ApiError::from_response(r).unwrap(),
    );
    // A body carries the number alone: a number that several openYuanrong codes
    // share reads back as the published one, or as no code (the ambiguous).
    let sdk_answered: Vec<sdk::SdkError> = sdk::SdkError::ALL
        .iter()
        .copied()
        .filter(|&e| sdk::SdkError::try_from(e.number()) == Ok(e))
        .collect();
    lossless(
        &sdk_answered,
        |e| {
            sdk::ApiError::from(e)
                .with_trace_id("t-1")
                .with_inner_code(e.code())
        },
        |r| sdk::ApiError::from_response(r).unwrap(),
    );
    lossless(
        koupleless::KouplelessError::ALL,
        |e| koupleless::ApiError::from(e).with_base_identity("base-1"),
        |r| koupleless::ApiError::from_response(r).unwrap(),
    );
}

#[test]
fn every_paas_shape_builds_and_parses_back() {
    for &code in paas::PaasError::ALL {
        for shape in [
            paas::Shape::Paas3,
            paas::Shape::Paas3StdJson,
            paas::Shape::Esb,
            paas::Shape::BkError,
        ] {
            let built = paas::ApiError::from(code).with_shape(shape);
            let parsed = paas::ApiError::from_response(&built.to_response()).unwrap();
            assert_eq!(parsed.error(), Some(code), "{code:?} as {shape:?}");
            assert_eq!(parsed.shape(), shape, "{code:?}");
            assert_eq!(parsed.to_response().body(), built.to_response().body());
        }
    }
}

#[test]
fn parsed_bodies_keep_every_field() {
    let body = br#"{"code": 4115, "message": "m", "trace_id": "t", "extra": {"nested": [1, 2, {"deep": null}]}, "n": 1.5e3}"#;
    let error = sdk::ApiError::from_slice(body).unwrap();
    let written = error.to_response().into_body();
    let original: serde_json::Value = serde_json::from_slice(body).unwrap();
    let rewritten: serde_json::Value = serde_json::from_slice(&written).unwrap();
    assert_eq!(original, rewritten);
}

#[test]
fn serde_reads_and_writes_the_platform_body() {
    let error = cci::ApiError::from(cci::CciError::ChartInUse);
    let json = serde_json::to_string(&error).unwrap();
    assert_eq!(serde_json::from_str::<cci::ApiError>(&json).unwrap(), error);
    let bad = serde_json::from_str::<cci::ApiError>(r#"{"errorCode": 1}"#).unwrap_err();
    assert_eq!(
        bad.to_string(),
        "`errorCode` is the number 1, but must be a string at line 1 column 15"
    );
    let missing = serde_json::from_str::<paas::ApiError>("{}").unwrap_err();
    assert!(
        missing.to_string().starts_with("the body has no `code`"),
        "{missing}"
    );
}

// ---- Bad input ---------------------------------------------------------------

#[test]
fn truncated_and_non_json_bodies() {
    let full = paas::ApiError::from(paas::PaasError::ArgumentError)
        .to_response()
        .into_body();
    for end in 0..full.len() {
        let error = paas::ApiError::from_slice(&full[..end]).unwrap_err();
        assert!(
            matches!(
                error,
                BodyError::Truncated { .. } | BodyError::Syntax { .. } | BodyError::Empty
            ),
            "{end}: {error}"
        );
    }
    let html = b"<html><body><h1>502 Bad Gateway</h1></body></html>";
    assert_eq!(
        cci::ApiError::from_slice(html).unwrap_err().to_string(),
        "the body is not valid JSON: expected value (line 1, column 1)"
    );
    for empty in [&b""[..], b" \n\t "] {
        let error = sdk::ApiError::from_slice(empty).unwrap_err();
        assert!(matches!(error, BodyError::Empty), "{error:?}");
        assert_eq!(error.to_string(), "the body is empty");
    }
    assert_eq!(
        sdk::ApiError::from_slice(br#"{"code": 1, "message": "m"} trailing"#)
            .unwrap_err()
            .to_string(),
        "the body is not valid JSON: trailing characters (line 1, column 29)"
    );
}

#[test]
fn wrong_types_name_the_field() {
    let cases: [(Result<(), BodyError>, &str); 6] = [
        (
            cci::ApiError::from_slice(br#"{"message": "m", "errorCode": 409101}"#).map(drop),
            "`errorCode` is the number 409101, but must be a string (line 1, column 36)",
        ),
        (
            sdk::ApiError::from_slice(br#"{"code": "4115", "message": "m"}"#).map(drop),
            "`code` is a string, but must be a whole number (line 1, column 15)",
        ),
        (
            paas::ApiError::from_slice(br#"{"result": "false", "code": 1306406, "message": "m"}"#)
                .map(drop),
            "`result` is a string, but must be true or false (line 1, column 18)",
        ),
        (
            paas::ApiError::from_slice(br#"{"code": [1306406], "message": "m"}"#).map(drop),
            "`code` is an array, but must be a string or a whole number (line 1, column 10)",
        ),
        (
            koupleless::ApiError::from_slice(br#"{"code": "FAILED", "message": null}"#).map(drop),
            "`message` is null, but must be a string (line 1, column 34)",
        ),
        (
            cci::ApiError::from_slice(br#"[{"errorCode": "CCI.02.409101"}]"#).map(drop),
            "the body is an array, not a JSON object",
        ),
    ];
    for (result, expected) in cases {
        assert_eq!(result.unwrap_err().to_string(), expected);
    }
}

#[test]
fn codes_out_of_range() {
    for (code, value) in [
        ("-1", "-1"),
        ("4294967296", "4294967296"),
        ("1e40", "1e40"),
        ("4.5", "4.5"),
    ] {
        let body = format!(r#"{{"code": {code}, "message": "m"}}"#);
        let error = sdk::ApiError::from_slice(body.as_bytes()).unwrap_err();
        assert!(
            matches!(&error, BodyError::OutOfRange { field, value: v, .. } if field == "code" && v == value),
            "{code}: {error:?}"
        );
        let esb = format!(r#"{{"result": false, "code": {code}, "message": "m"}}"#);
        assert!(matches!(
            paas::ApiError::from_slice(esb.as_bytes()).unwrap_err(),
            BodyError::OutOfRange { .. }
        ));
    }
    let status = br#"{"message": "m", "errorCode": "CCI.02.409101", "code": 1000}"#;
    assert!(
        cci::ApiError::from_slice(status)
            .unwrap_err()
            .to_string()
            .starts_with("`code` is 1000, out of range")
    );
}

#[test]
fn empty_objects_lack_the_code() {
    let cci = cci::ApiError::from_slice(b"{}").unwrap_err();
    assert!(
        matches!(
            cci,
            BodyError::MissingField {
                field: "errorCode",
                ..
            }
        ),
        "{cci}"
    );
    let paas = paas::ApiError::from_slice(b"{ }").unwrap_err();
    assert!(
        matches!(paas, BodyError::MissingField { field: "code", .. }),
        "{paas}"
    );
    let sdk = sdk::ApiError::from_slice(b"{}").unwrap_err();
    assert!(
        matches!(sdk, BodyError::MissingField { field: "code", .. }),
        "{sdk}"
    );
    let koupleless = koupleless::ApiError::from_slice(br#"{"message": "m"}"#).unwrap_err();
    assert!(
        matches!(koupleless, BodyError::MissingField { field: "code", .. }),
        "{koupleless}"
    );
    let no_message = sdk::ApiError::from_slice(br#"{"code": 4115}"#).unwrap_err();
    assert!(matches!(
        no_message,
        BodyError::MissingField {
            field: "message",
            ..
        }
    ));
}

#[test]
fn huge_bodies_and_messages() {
    let message = "x".repeat(MAX_BODY_LEN - 100);
    let body = format!(r#"{{"code": 4115, "message": "{message}"}}"#);
    assert_eq!(
        sdk::ApiError::from_slice(body.as_bytes())
            .unwrap()
            .message()
            .len(),
        message.len()
    );
    let too_large = format!(
        r#"{{"code": 4115, "message": "{}"}}"#,
        "x".repeat(MAX_BODY_LEN)
    );
    let error = sdk::ApiError::from_slice(too_large.as_bytes()).unwrap_err();
    assert!(
        matches!(error, BodyError::TooLarge { len, limit, .. } if len == too_large.len() && limit == MAX_BODY_LEN),
        "{error:?}"
    );
}

#[test]
fn deep_nesting_is_refused_with_its_field() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    // The body's object is one level: a field may nest MAX_DEPTH - 1 more.
    let ok = format!(
        r#"{{"code": 1, "message": "m", "x": {}}}"#,
        nested(MAX_DEPTH - 1)
    );
    assert!(sdk::ApiError::from_slice(ok.as_bytes()).is_ok());
    let deep = format!(
        r#"{{"code": 1, "message": "m", "x": {}}}"#,
        nested(MAX_DEPTH)
    );
    // serde_json has read the `}` after the value: the column is the body's end.
    assert_eq!(
        sdk::ApiError::from_slice(deep.as_bytes())
            .unwrap_err()
            .to_string(),
        format!(
            "`x` nests deeper than {MAX_DEPTH} levels (line 1, column {})",
            deep.len()
        )
    );
    let very_deep = format!(r#"{{"code": 1, "message": "m", "x": {}}}"#, nested(100_000));
    assert!(matches!(
        sdk::ApiError::from_slice(very_deep.as_bytes()),
        Err(BodyError::TooDeep { .. })
    ));
    // Arklet's `data` is read too, and checked the same way.
    let data = format!(
        r#"{{"code": "FAILED", "message": "m", "data": {}}}"#,
        nested(MAX_DEPTH)
    );
    assert!(matches!(
        koupleless::ApiError::from_slice(data.as_bytes()),
        Err(BodyError::TooDeep { field, .. }) if field == "data"
    ));
    // Brackets inside strings do not count.
    let quoted = format!(
        r#"{{"code": 1, "message": "m", "x": "{}"}}"#,
        "[{".repeat(1000)
    );
    assert!(sdk::ApiError::from_slice(quoted.as_bytes()).is_ok());
}

#[test]
fn invalid_utf8_is_a_syntax_error() {
    let body = b"{\"code\": 1, \"message\": \"caf\xe9\"}";
    assert_eq!(
        sdk::ApiError::from_slice(body).unwrap_err().to_string(),
        "the body is not valid JSON: invalid unicode code point (line 1, column 28)"
    );
    let lone_surrogate = br#"{"code": 1, "message": "\ud800"}"#;
    assert!(matches!(
        sdk::ApiError::from_slice(lone_surrogate),
        Err(BodyError::Syntax { .. })
    ));
}

#[test]
fn duplicate_keys_are_refused() {
    let known = br#"{"code": 4115, "message": "a", "message": "b"}"#;
    assert_eq!(
        sdk::ApiError::from_slice(known).unwrap_err().to_string(),
        "`message` appears twice (the second at line 1, column 40)"
    );
    let unknown = br#"{"code": 4115, "message": "a", "x": 1, "x": 2}"#;
    assert!(
        matches!(sdk::ApiError::from_slice(unknown), Err(BodyError::DuplicateField { field, .. }) if field == "x")
    );
    // Many distinct fields stay fast and are all kept; a late duplicate is found.
    let mut body = String::from(r#"{"code": 4115, "message": "a""#);
    for i in 0..20_000 {
        body.push_str(&format!(r#", "f{i}": {i}"#));
    }
    let error = sdk::ApiError::from_slice(format!("{body}}}").as_bytes()).unwrap();
    assert_eq!(error.fields().count(), 20_000);
    body.push_str(r#", "f7": 0}"#);
    assert!(
        matches!(sdk::ApiError::from_slice(body.as_bytes()), Err(BodyError::DuplicateField { field, .. }) if field == "f7")
    );
}

#[test]
fn invalid_headers_are_refused() {
    let response = Response::builder()
        .header("bkapi-error-code-num", "43x")
        .body(r#"{"code": "CANNOT_DEPLOY_APP", "detail": "d"}"#)
        .unwrap();
    assert_eq!(
        paas::ApiError::from_response(&response)
            .unwrap_err()
            .to_string(),
        r#"the header bkapi-error-code-num is "43x", but must be the code's number"#
    );
}

// ---- Which platform sent it --------------------------------------------------

#[test]
fn detect_tells_each_platform() {
    let cases: [(&[u8], Vendor); 10] = [
        (
            br#"{"kind": "Status", "message": "m", "code": 409, "errorCode": "CCI.02.409101"}"#,
            Vendor::Cci,
        ),
        (
            br#"{"message": "m", "errorCode": "cci.02.409101"}"#,
            Vendor::Cci,
        ),
        (
            br#"{"error_code": "APIGW.0301", "error_msg": "m", "request_id": "r"}"#,
            Vendor::Cci,
        ),
        (
            br#"{"code": "CANNOT_DEPLOY_APP", "detail": "d"}"#,
            Vendor::Paas,
        ),
        (
            br#"{"result": false, "code": "1306001", "data": null, "message": "m"}"#,
            Vendor::Paas,
        ),
        (
            br#"{"result": false, "bk_error_code": 1301100, "bk_error_msg": "m"}"#,
            Vendor::Paas,
        ),
        (
            br#"{"code": 4115, "message": "m", "trace_id": "t"}"#,
            Vendor::Sdk,
        ),
        (b"code: 1001, module code: 20, msg: m", Vendor::Sdk),
        (
            br#"{"code": "FAILED", "message": "m", "data": {"code": "REPEAT_BIZ"}}"#,
            Vendor::Koupleless,
        ),
        (
            br#"{"code": "FAILED", "message": "m", "errorCode": "User.DiskFull"}"#,
            Vendor::Koupleless,
        ),
    ];
    for (body, vendor) in cases {
        assert_eq!(
            errcodes::detect(body),
            Ok(vendor),
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    let built = |response: http::Response<Vec<u8>>| response.into_body();
    for (body, vendor) in [
        (
            built(cci::ApiError::from(cci::CciError::ChartInUse).to_response()),
            Vendor::Cci,
        ),
        (
            built(paas::ApiError::from(paas::PaasError::CannotDeployApp).to_response()),
            Vendor::Paas,
        ),
        (
            built(paas::ApiError::from(paas::PaasError::PaasDefaultCode).to_response()),
            Vendor::Paas,
        ),
        (
            built(sdk::ApiError::from(sdk::SdkError::EtcdError).to_response()),
            Vendor::Sdk,
        ),
        (
            built(
                koupleless::ApiError::from(koupleless::KouplelessError::ArkletPullBizError)
                    .to_response(),
            ),
            Vendor::Koupleless,
        ),
    ] {
        assert_eq!(
            errcodes::detect(&body),
            Ok(vendor),
            "{}",
            String::from_utf8_lossy(&body)
        );
    }
}

#[test]
fn detect_says_why_it_cannot_tell() {
    assert_eq!(
        errcodes::detect(b"{}").unwrap_err().to_string(),
        "cannot tell which platform sent the body: it has none of the fields an error body of \
         BlueKing PaaS, CCI, openYuanrong or Koupleless has (it has no fields)"
    );
    assert!(matches!(
        errcodes::detect(b"<html>"),
        Err(BodyError::Syntax { .. })
    ));
    assert!(matches!(
        errcodes::detect(b"[]"),
        Err(BodyError::NotAnObject {
            found: "an array",
            ..
        })
    ));
}

// ---- What review found -------------------------------------------------------

#[test]
fn a_plain_kubernetes_status_is_cci() {
    let body = br#"{"kind": "Status", "apiVersion": "v1", "status": "Failure", "message": "namespaces \"x\" not found", "reason": "NotFound", "code": 404}"#;
    assert_eq!(errcodes::detect(body), Ok(Vendor::Cci));
    // It has no CCI code: the CCI parser says so.
    let error = cci::ApiError::from_slice(body).unwrap_err();
    assert!(
        matches!(
            error,
            BodyError::MissingField {
                field: "errorCode",
                ..
            }
        ),
        "{error}"
    );
}

#[test]
fn with_field_refuses_the_fields_an_error_writes_itself() {
    let value = || serde_json::value::RawValue::from_string("1".to_owned()).unwrap();
    for name in ["code", "message", "errorCode", "reason"] {
        let error = cci::ApiError::from(cci::CciError::ChartInUse).with_field(name, value());
        assert!(matches!(error, Err(BodyError::ReservedField { ref field, .. }) if field == name));
    }
    assert!(
        paas::ApiError::from(paas::PaasError::ArgumentError)
            .with_field("result", value())
            .is_err()
    );
    assert!(
        sdk::ApiError::from(sdk::SdkError::EtcdError)
            .with_field("trace_id", value())
            .is_err()
    );
    assert!(
        koupleless::ApiError::from(koupleless::KouplelessError::ArkletPullBizError)
            .with_field("component", value())
            .is_err()
    );
    // Any other field is set, and the body still reads back.
    let error = sdk::ApiError::from(sdk::SdkError::EtcdError)
        .with_field("retry", value())
        .unwrap();
    let again = sdk::ApiError::from_slice(error.to_response().body()).unwrap();
    assert_eq!(again.field("retry").unwrap().get(), "1");
}

#[test]
fn a_component_that_lacks_the_code_names_no_row() {
    let body = br#"{"code": "FAILED", "message": "m", "errorCode": "Arklet.PullBizError", "component": "ModuleController"}"#;
    let error = koupleless::ApiError::from_slice(body).unwrap();
    assert_eq!(error.error(), None);
    assert!(error.candidates().is_empty());
    // An empty top-level `code` is kept as sent.
    let body = br#"{"code": "", "message": "m", "errorCode": "Arklet.PullBizError"}"#;
    let error = koupleless::ApiError::from_slice(body).unwrap();
    assert_eq!(error.result_code(), Some(""));
    assert!(
        String::from_utf8(error.to_response().into_body())
            .unwrap()
            .contains(r#""code":"""#)
    );
}

#[test]
fn float_codes_are_reported_as_written() {
    for (code, shown) in [
        ("1.0", "1.0"),
        ("1e3", "1000.0"),
        ("-0.0", "-0.0"),
        ("1e40", "1e40"),
    ] {
        let body = format!(r#"{{"code": {code}, "message": "m"}}"#);
        let error = sdk::ApiError::from_slice(body.as_bytes())
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with(&format!("`code` is {shown}, out of range")),
            "{code}: {error}"
        );
    }
}

#[test]
fn statuses_of_parsed_and_built_errors() {
    // bkpaas3 sends 400 for every numbered code it has, known to the catalog or not.
    let unknown =
        paas::ApiError::from_slice(br#"{"code": "SVR_VERSION_CHECK_FAILED", "detail": "d"}"#)
            .unwrap();
    assert_eq!(unknown.status(), Some(StatusCode::BAD_REQUEST));
    assert_eq!(unknown.to_response().status(), 400);
    // ESB answers 200 whatever the code, and a shape brings its status along.
    let esb = paas::ApiError::from(paas::PaasError::CannotDeployApp).with_shape(paas::Shape::Esb);
    assert_eq!(esb.to_response().status(), 200);
    let paas3 = paas::ApiError::from(paas::PaasError::ArgumentError).with_shape(paas::Shape::Paas3);
    assert_eq!(paas3.to_response().status(), 400);
    assert!(
        paas3.field("data").is_none(),
        "ESB's `data: null` does not follow"
    );
    // A status set or read from a response wins.
    let set =
        paas::ApiError::from(paas::PaasError::ArgumentError).with_status(StatusCode::BAD_GATEWAY);
    assert_eq!(set.to_response().status(), 502);
    let read = paas::ApiError::from_response(&set.to_response()).unwrap();
    assert_eq!(read.status(), Some(StatusCode::BAD_GATEWAY));
    // Where nothing tells, the crate answers 500 (its choice, documented).
    let gateway =
        cci::ApiError::from_slice(br#"{"error_code": "APIGW.0301", "error_msg": "m"}"#).unwrap();
    assert_eq!(
        (gateway.status(), gateway.to_response().status()),
        (None, StatusCode::INTERNAL_SERVER_ERROR)
    );
    let sdk_unknown = sdk::ApiError::from_slice(br#"{"code": 4999, "message": "m"}"#).unwrap();
    assert_eq!(
        (sdk_unknown.status(), sdk_unknown.to_response().status()),
        (None, StatusCode::INTERNAL_SERVER_ERROR)
    );
    let cci = cci::ApiError::from(cci::CciError::InternalProcessingError)
        .with_status(StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        cci::ApiError::from_response(&cci.to_response()).unwrap(),
        cci
    );
}

#[test]
fn bkpaas3_headers_must_agree_with_the_body() {
    let response = |name: &str, num: &str| {
        Response::builder()
            .status(400)
            .header("bkapi-error-code", name)
            .header("bkapi-error-code-num", num)
            .body(r#"{"code": "CANNOT_DEPLOY_APP", "detail": "d"}"#)
            .unwrap()
    };
    let error = paas::ApiError::from_response(&response("CANNOT_DEPLOY_APP", "4311003")).unwrap();
    assert_eq!(error.number(), Some(4311003));
    let wrong_num =
        paas::ApiError::from_response(&response("CANNOT_DEPLOY_APP", "4311009")).unwrap_err();
    assert!(
        wrong_num
            .to_string()
            .contains("the number of the body's `code`"),
        "{wrong_num}"
    );
    let wrong_name =
        paas::ApiError::from_response(&response("CHANNEL_NOT_FOUND", "4311003")).unwrap_err();
    assert!(
        wrong_name
            .to_string()
            .contains("bkapi-error-code is \"CHANNEL_NOT_FOUND\""),
        "{wrong_name}"
    );
    // A parsed bkpaas3 body writes its number header back, as bkpaas3 does.
    let parsed =
        paas::ApiError::from_slice(br#"{"code": "CANNOT_DEPLOY_APP", "detail": "d"}"#).unwrap();
    assert_eq!(
        parsed.to_response().headers()["bkapi-error-code-num"],
        "4311003"
    );
}

#[test]
fn ten_digit_number_codes_keep_their_number() {
    let error =
        paas::ApiError::from_slice(br#"{"result": false, "code": 4294967295, "message": "m"}"#)
            .unwrap();
    assert_eq!((error.number(), error.error()), (Some(4294967295), None));
}

#[test]
fn a_status_without_message_is_read() {
    let body = br#"{"kind": "Status", "code": 409, "errorCode": "CCI.02.409101"}"#;
    let error = cci::ApiError::from_slice(body).unwrap();
    assert_eq!(
        (error.error(), error.message()),
        (Some(cci::CciError::NamespaceNameAlreadyExists), "")
    );
    let written = String::from_utf8(error.to_response().into_body()).unwrap();
    assert!(!written.contains("message"), "{written}");
}
