//! Error bodies: each platform's real shapes parse into `ApiError`, unknown codes
//! are kept, building and parsing lose nothing, and bad input gets a typed error.
#![cfg(feature = "json")]

use errcodes::body::{MAX_BODY_LEN, MAX_DEPTH};
use errcodes::body::{PlatformError, Reader, Reply, Warning};
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
    assert_eq!(
        (error.code(), error.error()),
        ("VALIDATION_ERROR", Some(paas::PaasError::ValidationError))
    );
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

/// ESB's string codes (it passes some back as strings) are ESB's body by the
/// company they keep: a `message`, or `result`, without bkpaas3's `detail`,
/// the gateway's `code_name` or bk_std_json's `code_slug`.
#[test]
fn a_string_code_beside_a_message_or_result_is_esb_shaped() {
    let body = br#"{"code": "1306201", "message": "m"}"#;
    let error = paas::ApiError::from_slice(body).unwrap();
    assert_eq!(error.shape(), paas::Shape::Esb);
    assert_eq!(error.message(), "m");
    assert_eq!(error.warnings(), []);
    let body = br#"{"result": false, "code": "1306201"}"#;
    let error = paas::ApiError::from_slice(body).unwrap();
    assert_eq!(error.shape(), paas::Shape::Esb);
    assert_eq!(error.warnings(), [Warning::NoMessage]);
    // With neither, a string code is bkpaas3's.
    let error = paas::ApiError::from_slice(br#"{"code": "1306201"}"#).unwrap();
    assert_eq!(error.shape(), paas::Shape::Paas3);
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
fn a_zero_code_is_success_named_by_its_field() {
    for (body, field) in [
        (
            &br#"{"bk_error_code": 0, "bk_error_msg": "ok"}"#[..],
            "bk_error_code",
        ),
        (
            br#"{"result": false, "code": "00", "message": "ok"}"#,
            "code",
        ),
    ] {
        let error = paas::ApiError::from_slice(body).unwrap_err();
        assert!(
            matches!(error, BodyError::NotAnError { field: f, value: "0", .. } if f == field),
            "{error:?}"
        );
    }
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
    // The message is the rest of the text, as is: its line break too.
    assert_eq!(
        cpp.message(),
        "internal error, retry later: {\"node\": 3}\n"
    );
    let python =
        sdk::ApiError::from_exception_text("code: 9999, module code: 21, msg: a new code").unwrap();
    assert_eq!((python.code(), python.error()), ("9999", None));
    assert_eq!(python.module_code(), Some(21));
    // The Go faas SDK's text, with no module code, at the start of the text or
    // after a prefix.
    for (text, prefix) in [
        ("code: 2002, message: boom", None),
        (
            "failed to create, code: 2002, message: boom",
            Some("failed to create, "),
        ),
    ] {
        let go = sdk::ApiError::from_exception_text(text).unwrap();
        assert_eq!(
            (go.code(), go.module_code(), go.message()),
            ("2002", None, "boom")
        );
        assert_eq!(go.exception_prefix(), prefix);
        assert_eq!(go.to_exception_text(), text);
    }
    // A prefix may hold `, code: ` itself: the form starts where its labels follow.
    let text = "retry 1, code: 7, retry 2, code: 4005, module code: 20, msg: m";
    let late = sdk::ApiError::from_exception_text(text).unwrap();
    assert_eq!(late.exception_prefix(), Some("retry 1, code: 7, retry 2, "));
    assert_eq!((late.code(), late.module_code()), ("4005", Some(20)));
    // Written back in the form it came in.
    let text = python.to_exception_text();
    assert_eq!(text, "code: 9999, module code: 21, msg: a new code");
    assert_eq!(sdk::ApiError::from_exception_text(&text).unwrap(), python);
}

#[test]
fn exception_text_errors_say_where() {
    let cases = [
        (
            "",
            0,
            "`ErrCode: ` (C++) or `code: ` (Python, Go), at the start or after `, `",
        ),
        (
            "Traceback: boom",
            0,
            "`ErrCode: ` (C++) or `code: ` (Python, Go), at the start or after `, `",
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
        // Neither the Python nor the Go label after the code: the Python one is
        // expected, as the text started as Python's does.
        ("code: 1001; module code: 1, msg: m", 10, ", module code: "),
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
    // sofa-ark's code, as Arklet carries it in `data.code`.
    assert_eq!(
        error.error(),
        Some(koupleless::KouplelessError::SofaArkRepeatBiz)
    );
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

/// Which code of an Arklet body is typed: sofa-ark's `data.code` where it names
/// a failure, else Arklet's own `code`, each in its own component (`FAILED` is
/// both components' code).
#[test]
fn an_arklet_body_types_its_most_specific_failure() {
    use koupleless::KouplelessError::{
        ArkletCmdNotFound, ArkletFailed, SofaArkFailed, SofaArkIllegalStateBiz,
    };
    let cases: [(&[u8], Option<koupleless::KouplelessError>); 6] = [
        (br#"{"code": "FAILED", "message": "switch biz not success!", "data": {"code": "ILLEGAL_STATE_BIZ"}}"#, Some(SofaArkIllegalStateBiz)),
        // The MQTT tunnel's failure: sofa-ark's FAILED in `data.code`.
        (br#"{"code": "FAILED", "message": "boom", "data": {"code": "FAILED", "message": "trace"}}"#, Some(SofaArkFailed)),
        // A success in `data` does not make the failure a success, nor type it.
        (br#"{"code": "FAILED", "message": "batch install failed", "data": {"code": "SUCCESS"}}"#, Some(ArkletFailed)),
        (br#"{"code": "FAILED", "message": "m", "data": [1, 2]}"#, Some(ArkletFailed)),
        (br#"{"code": "CMD_NOT_FOUND", "message": "please follow the doc"}"#, Some(ArkletCmdNotFound)),
        // sofa-ark's code in Arklet's own `code`: none of Arklet's codes.
        (br#"{"code": "REPEAT_BIZ", "message": "m"}"#, None),
    ];
    for (body, expected) in cases {
        let error = koupleless::ApiError::from_slice(body).unwrap();
        let text = String::from_utf8_lossy(body);
        assert_eq!(error.error(), expected, "{text}");
        // The candidates are the typed code, or none.
        assert_eq!(error.candidates(), expected.as_slice(), "{text}");
    }
}

/// Arklet's `code` and `data.code` read the same whether or not they are one
/// of the vendors' `ResponseCode` names (which the reader lends instead of
/// copying), in any case, with an escape or without; of another type, the field
/// is kept raw and said, as any text field is. The `Deserialize` path agrees.
#[test]
fn arklet_codes_read_as_sent_whether_listed_or_not() {
    let cases = [
        (
            r#"{"code":"FAILED","message":"m","data":{"code":"REPEAT_BIZ"}}"#,
            Some("FAILED"),
            "REPEAT_BIZ",
        ),
        (
            r#"{"code":"FAILED_AGAIN","message":"m","data":{"code":"NEW_BIZ"}}"#,
            Some("FAILED_AGAIN"),
            "NEW_BIZ",
        ),
        (
            r#"{"code":"FAI\u004cED","message":"m","data":{"code":"REPEAT\u005fBIZ"}}"#,
            Some("FAILED"),
            "REPEAT_BIZ",
        ),
        (
            r#"{"code":"failed","message":"m","data":{"code":"repeat_biz"}}"#,
            Some("failed"),
            "repeat_biz",
        ),
        (
            r#"{"code":"CMD_NOT_FOUND","message":"m","data":{"code":null}}"#,
            Some("CMD_NOT_FOUND"),
            "CMD_NOT_FOUND",
        ),
    ];
    for (body, result_code, code) in cases {
        let read = koupleless::ApiError::from_slice(body.as_bytes()).unwrap();
        assert_eq!(
            (read.result_code(), read.code()),
            (result_code, code),
            "{body}"
        );
        assert_eq!(read.warnings(), [], "{body}");
        let deserialized: koupleless::ApiError = serde_json::from_str(body).unwrap();
        assert_eq!(deserialized, read, "{body}");
    }
    let body =
        r#"{"code":400,"message":"m","errorCode":"Arklet.InstallBizFailed","data":{"code":7}}"#;
    let read = koupleless::ApiError::from_slice(body.as_bytes()).unwrap();
    assert_eq!(
        (read.result_code(), read.code()),
        (None, "Arklet.InstallBizFailed")
    );
    let wrong_type = |field: &str| Warning::UnexpectedType {
        field: field.to_owned(),
        found: "a number",
        expected: "a string",
    };
    assert_eq!(
        read.warnings(),
        [wrong_type("code"), wrong_type("data.code")]
    );
    assert_eq!(
        read.field("code").map(|raw| raw.get().to_owned()),
        Some("400".to_owned())
    );
    let deserialized: koupleless::ApiError = serde_json::from_str(body).unwrap();
    assert_eq!(deserialized, read);
    assert_eq!(deserialized.warnings(), read.warnings());
}

/// Of a field sent twice the last value counts: what was odd in the first is
/// not said, as it is neither read nor kept.
#[test]
fn a_duplicate_forgets_the_type_of_the_value_it_replaces() {
    let body = br#"{"code": "FAILED", "message": 5, "baseIdentity": 7, "message": "m", "baseIdentity": "b"}"#;
    let error = koupleless::ApiError::from_slice(body).unwrap();
    assert_eq!((error.message(), error.base_identity()), ("m", Some("b")));
    assert_eq!(
        error.warnings(),
        [
            Warning::DuplicateField {
                field: "message".to_owned()
            },
            Warning::DuplicateField {
                field: "baseIdentity".to_owned()
            },
        ]
    );
    // The last value of another type is still said.
    let body = br#"{"code": "FAILED", "message": "m", "baseIdentity": "b", "baseIdentity": 7}"#;
    let error = koupleless::ApiError::from_slice(body).unwrap();
    assert_eq!(
        error.warnings(),
        [
            Warning::DuplicateField {
                field: "baseIdentity".to_owned()
            },
            Warning::UnexpectedType {
                field: "baseIdentity".to_owned(),
                found: "a number",
                expected: "a string",
            },
        ]
    );
    // A message that is no text, sent again as text, is not said; sending
    // another field twice does not forget it.
    let body = br#"{"code": 4115, "message": 5, "trace_id": "t", "message": "m", "trace_id": "u"}"#;
    let error = sdk::ApiError::from_slice(body).unwrap();
    assert_eq!((error.message(), error.trace_id()), ("m", Some("u")));
    assert_eq!(
        error.warnings(),
        [
            Warning::DuplicateField {
                field: "message".to_owned()
            },
            Warning::DuplicateField {
                field: "trace_id".to_owned()
            },
        ]
    );
    let body = br#"{"code": 4115, "message": 5, "trace_id": "t", "trace_id": "u"}"#;
    let error = sdk::ApiError::from_slice(body).unwrap();
    assert_eq!(
        error.warnings(),
        [
            Warning::MessageNotText {
                field: "message",
                found: "a number"
            },
            Warning::DuplicateField {
                field: "trace_id".to_owned()
            },
        ]
    );
}

/// A `data.code` of another type types nothing, and says so: it names the
/// field by its path, as the body's own `code` is another field.
#[test]
fn an_arklet_data_code_of_another_type_is_warned_of() {
    let body = br#"{"code": "FAILED", "message": "m", "data": {"code": "X", "code": 5}}"#;
    let error = koupleless::ApiError::from_slice(body).unwrap();
    assert_eq!(
        error.error(),
        Some(koupleless::KouplelessError::ArkletFailed)
    );
    assert_eq!(
        error.warnings(),
        [
            Warning::DuplicateField {
                field: "data.code".to_owned()
            },
            Warning::UnexpectedType {
                field: "data.code".to_owned(),
                found: "a number",
                expected: "a string",
            },
        ]
    );
    // `data` itself is kept whole, as sent.
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
    let sdk = sdk::ApiError::from_slice(br#"{"code": 4999, "message": "zero"}"#).unwrap();
    assert_eq!((sdk.code(), sdk.error()), ("4999", None));
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
        // A code whose status is the crate's choice has none in its body:
        // the response carries the code's, which reads back.
        |e| {
            let built = paas::ApiError::from(e).with_request_id("r-1");
            match built.status() {
                Some(_) => built,
                None => built.with_status(e.http_status()),
            }
        },
        |r| paas::ApiError::from_response(r).unwrap(),
    );
    // A body carries the number alone: a number that several openYuanrong codes
    // share reads back as the published one, or as no code (the ambiguous); and
    // the codes of the success numbers (ERR_NONE, 200200) read as successes.
    let sdk_answered: Vec<sdk::SdkError> = sdk::SdkError::ALL
        .iter()
        .copied()
        .filter(|&e| sdk::SdkError::try_from(e.number()) == Ok(e))
        .filter(|e| !sdk::SUCCESS_CODES.contains(&e.number()))
        .collect();
    // The filter asks the parse under test: a parse that lost codes would
    // shrink the list, not fail, so its length is held.
    assert_eq!(sdk_answered.len(), 215);
    lossless(
        &sdk_answered,
        |e| {
            sdk::ApiError::from(e)
                .with_trace_id("t-1")
                .with_inner_code(e.code())
        },
        |r| sdk::ApiError::from_response(r).unwrap(),
    );
    // A success code (`SUCCESS`, `00000`) builds a success body.
    let koupleless_failures: Vec<koupleless::KouplelessError> = koupleless::KouplelessError::ALL
        .iter()
        .copied()
        .filter(|e| e.kind() != errcodes::ErrorKind::Ok)
        .collect();
    lossless(
        &koupleless_failures,
        |e| koupleless::ApiError::from(e).with_base_identity("base-1"),
        |r| koupleless::ApiError::from_response(r).unwrap(),
    );
}

#[test]
fn every_paas_shape_builds_and_parses_back() {
    for &code in paas::PaasError::ALL {
        // A gateway code travels in the gateway's body, whose `code_name`
        // tells its `1640302`s apart (tests/answer.rs has the other shapes).
        let shapes: &[paas::Shape] = match code.product() {
            paas::Product::ApiGateway => &[paas::Shape::Gateway],
            _ => &[
                paas::Shape::Paas3,
                paas::Shape::Paas3StdJson,
                paas::Shape::Esb,
                paas::Shape::BkError,
                paas::Shape::Gateway,
            ],
        };
        for &shape in shapes {
            let built = paas::ApiError::from(code).with_shape(shape);
            let parsed = paas::ApiError::from_response(&built.to_response()).unwrap();
            assert_eq!(parsed.error(), Some(code), "{code:?} as {shape:?}");
            assert_eq!(parsed.shape(), shape, "{code:?}");
            assert_eq!(parsed.to_response().body(), built.to_response().body());
        }
    }
}

/// `{:?}` of an error, as a log line shows it, holds what it read: its kept
/// fields and its warnings.
#[test]
fn debug_shows_the_kept_fields_and_the_warnings() {
    let body =
        br#"{"result": false, "code": 1306406, "code": 1306406, "data": null, "message": "m"}"#;
    let debug = format!("{:?}", paas::ApiError::from_slice(body).unwrap());
    for part in [r#"("data", Json("null"))"#, "Warnings([DuplicateField"] {
        assert!(debug.contains(part), "{part} in {debug}");
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

/// Two errors are equal only when they keep the same other fields, with the
/// same values, in the same order: what writing them back would send.
#[test]
fn errors_differing_only_in_kept_fields_are_not_equal() {
    let same = br#"{"code": 4115, "message": "m", "a": 1, "b": [2]}"#;
    let bodies: [&[u8]; 4] = [
        br#"{"code": 4115, "message": "m", "a": 1, "b": [3]}"#,
        br#"{"code": 4115, "message": "m", "b": [2], "a": 1}"#,
        br#"{"code": 4115, "message": "m", "a": 1}"#,
        br#"{"code": 4115, "message": "m", "a": 1, "b": [2], "c": null}"#,
    ];
    let error = sdk::ApiError::from_slice(same).unwrap();
    assert_eq!(error, sdk::ApiError::from_slice(same).unwrap());
    for body in bodies {
        let other = sdk::ApiError::from_slice(body).unwrap();
        assert_ne!(error, other, "{}", String::from_utf8_lossy(body));
    }
    let arklet = br#"{"code": "FAILED", "message": "m", "data": {"code": "FAILED"}}"#;
    let other = br#"{"code": "FAILED", "message": "m", "data": {"code": "FAILED", "x": 1}}"#;
    assert_ne!(
        koupleless::ApiError::from_slice(arklet).unwrap(),
        koupleless::ApiError::from_slice(other).unwrap()
    );
}

#[test]
fn serde_reads_and_writes_the_platform_body() {
    let error = cci::ApiError::from(cci::CciError::ChartInUse);
    let json = serde_json::to_string(&error).unwrap();
    assert_eq!(serde_json::from_str::<cci::ApiError>(&json).unwrap(), error);
    let bad = serde_json::from_str::<cci::ApiError>(r#"{"errorCode": true}"#).unwrap_err();
    assert_eq!(
        bad.to_string(),
        "`errorCode` is true, but must be a string or a whole number at line 1 column 18"
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

/// Whether this build's `serde_json` has `arbitrary_precision` (which
/// `.ci/run` turns on for a second run of these tests): it then keeps a
/// number's text as written.
fn numbers_as_maps() -> bool {
    matches!(
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>("1.50").unwrap())
            .as_deref(),
        Ok("1.50")
    )
}

#[test]
fn wrong_types_name_the_field() {
    // Only what no platform sends is refused: a code that is a boolean, an
    // array, an object; a body that is not an object.
    let cases: [(Result<(), BodyError>, &str); 4] = [
        (
            cci::ApiError::from_slice(br#"{"message": "m", "errorCode": false}"#).map(drop),
            "`errorCode` is false, but must be a string or a whole number (line 1, column 35)",
        ),
        (
            paas::ApiError::from_slice(br#"{"code": [1306406], "message": "m"}"#).map(drop),
            "`code` is an array, but must be a string or a whole number (line 1, column 10)",
        ),
        (
            sdk::ApiError::from_slice(br#"{"code": {"n": 1}, "message": "m"}"#).map(drop),
            // With `arbitrary_precision`, after its first name, which tells
            // it from a number that `serde_json` then gives as a map.
            match numbers_as_maps() {
                false => {
                    "`code` is an object, but must be a string or a whole number (line 1, column 10)"
                }
                true => {
                    "`code` is an object, but must be a string or a whole number (line 1, column 13)"
                }
            },
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
fn unexpected_types_are_kept_and_reported() {
    // `result` as a string: kept as sent, reported, and the body still read.
    let esb =
        paas::ApiError::from_slice(br#"{"result": "false", "code": 1306406, "message": "m"}"#)
            .unwrap();
    assert_eq!(esb.error(), Some(paas::PaasError::ArgumentError));
    assert_eq!(esb.field("result").unwrap().get(), r#""false""#);
    assert_eq!(
        esb.warnings(),
        [Warning::UnexpectedType {
            field: "result".into(),
            found: "a string",
            expected: "true or false"
        }]
    );
    let written = String::from_utf8(esb.to_response().into_body()).unwrap();
    assert!(written.contains(r#""result":"false""#), "{written}");
    // A number code of CCI, a string code of openYuanrong: codes as sent.
    let cci = cci::ApiError::from_slice(br#"{"message": "m", "errorCode": 409101}"#).unwrap();
    assert_eq!((cci.code(), cci.error()), ("409101", None));
    let sdk = sdk::ApiError::from_slice(br#"{"code": "4115", "message": "m"}"#).unwrap();
    assert_eq!(sdk.error(), Some(sdk::SdkError::FunctionNotFound));
    assert!(
        String::from_utf8(sdk.to_response().into_body())
            .unwrap()
            .contains(r#""code":"4115""#)
    );
    // A `null` message is no message.
    let koupleless =
        koupleless::ApiError::from_slice(br#"{"code": "FAILED", "message": null}"#).unwrap();
    assert_eq!((koupleless.code(), koupleless.message()), ("FAILED", ""));
    assert_eq!(koupleless.warnings(), [Warning::NoMessage]);
}

#[test]
fn negative_and_large_codes_are_kept_fractions_refused() {
    for code in [
        "-1",
        "4294967296",
        "-9223372036854775808",
        "18446744073709551615",
    ] {
        let body = format!(r#"{{"code": {code}, "message": "m"}}"#);
        let error = sdk::ApiError::from_slice(body.as_bytes()).unwrap();
        assert_eq!(
            (error.code(), error.number(), error.error()),
            (code, None, None)
        );
        let esb = format!(r#"{{"result": false, "code": {code}, "message": "m"}}"#);
        let esb = paas::ApiError::from_slice(esb.as_bytes()).unwrap();
        assert_eq!((esb.code(), esb.number()), (code, None));
        let written = String::from_utf8(esb.to_response().into_body()).unwrap();
        assert!(written.contains(&format!(r#""code":{code}"#)), "{written}");
    }
    for (code, value) in [("1e40", "1e40"), ("4.5", "4.5"), ("1.0", "1.0")] {
        let body = format!(r#"{{"code": {code}, "message": "m"}}"#);
        let error = sdk::ApiError::from_slice(body.as_bytes()).unwrap_err();
        assert!(
            matches!(&error, BodyError::OutOfRange { field, value: v, .. } if field == "code" && v == value),
            "{code}: {error:?}"
        );
    }
    // A Status `code` that is no HTTP status is kept as sent, and reported.
    let status = br#"{"message": "m", "errorCode": "CCI.02.409101", "code": 1000}"#;
    let error = cci::ApiError::from_slice(status).unwrap();
    assert_eq!(error.status(), None);
    assert_eq!(error.field("code").unwrap().get(), "1000");
    assert_eq!(error.warnings().len(), 1);
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
    // A code without a message is read: the message is empty, and reported.
    let no_message = sdk::ApiError::from_slice(br#"{"code": 4115}"#).unwrap();
    assert_eq!(no_message.message(), "");
    assert_eq!(no_message.warnings(), [Warning::NoMessage]);
    assert_eq!(
        no_message.to_response().into_body(),
        br#"{"code":4115}"#.to_vec()
    );
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
    // A lone surrogate, which Python's `json` writes: the message is kept as
    // its JSON text, and reported.
    let lone_surrogate = br#"{"code": 1, "message": "\ud800"}"#;
    let error = sdk::ApiError::from_slice(lone_surrogate).unwrap();
    assert_eq!(error.message(), r#""\ud800""#);
    assert!(matches!(error.warnings(), [Warning::MessageNotText { .. }]));
    assert!(
        String::from_utf8(error.to_response().into_body())
            .unwrap()
            .contains(r#""message":"\ud800""#)
    );
}

/// A name with a lone surrogate escape (Python's `json` writes one for a
/// string that has it) is refused by `serde_json`, which reads every string
/// as text: a body with one at its top level is no JSON the readers take, as
/// before. Inside Arklet's `data`, which the body's read keeps whole, the
/// refusal of its own read no longer drops `data.code` without a word.
#[test]
fn a_name_that_is_no_text_inside_data_is_said() {
    let body =
        br#"{"code": "FAILED", "message": "m", "data": {"\ud800": 1, "code": "REPEAT_BIZ"}}"#;
    let error = koupleless::ApiError::from_slice(body).unwrap();
    assert_eq!(
        error.error(),
        Some(koupleless::KouplelessError::ArkletFailed)
    );
    assert_eq!(
        error.warnings(),
        [Warning::FieldsNotRead {
            field: "data",
            reason: "unexpected end of hex escape (line 1, column 9 of its JSON)".into()
        }]
    );
    assert_eq!(
        error.warnings()[0].to_string(),
        "`data` is kept as sent, but its fields could not be read: unexpected end of hex \
         escape (line 1, column 9 of its JSON)"
    );
    assert_eq!(
        error.field("data").map(|raw| raw.get()),
        Some(r#"{"\ud800": 1, "code": "REPEAT_BIZ"}"#)
    );
    // serde's `Deserialize` and the one entry point say it alike.
    let read = serde_json::from_slice::<koupleless::ApiError>(body).unwrap();
    assert_eq!((&read, read.warnings()), (&error, error.warnings()));
    let Ok(Reply::Error(PlatformError::Koupleless(read))) = Reader::new().read_slice(body) else {
        panic!("not read as Koupleless's error");
    };
    assert_eq!((&read, read.warnings()), (&error, error.warnings()));
    // A `data` that is no object has no fields, and nothing to say, even
    // where `serde_json` refuses to read it alone, however the body is read.
    for data in ["[1]", "1e999", r#""\ud800""#, "null"] {
        let body = format!(r#"{{"code": "FAILED", "message": "m", "data": {data}}}"#);
        let error = koupleless::ApiError::from_slice(body.as_bytes()).unwrap();
        assert_eq!(error.warnings(), [], "{body}");
        let read = serde_json::from_str::<koupleless::ApiError>(&body).unwrap();
        assert_eq!(
            (&read, read.warnings()),
            (&error, error.warnings()),
            "{body}"
        );
    }

    // At the top level, refused, saying where; and so is a raw control
    // character in a name, which is no JSON.
    let body = br#"{"code": 4115, "\ud800": 1, "message": "m"}"#;
    assert_eq!(
        sdk::ApiError::from_slice(body).unwrap_err().to_string(),
        "the body is not valid JSON: unexpected end of hex escape (line 1, column 23)"
    );
    let body = b"{\"code\": 4115, \"message\": \"m\", \"\x1b[2J\": 1}";
    let expected = "the body is not valid JSON: control character (\\u0000-\\u001F) found \
                    while parsing a string (line 1, column 33)";
    assert_eq!(
        sdk::ApiError::from_slice(body).unwrap_err().to_string(),
        expected
    );
    let read = serde_json::from_slice::<sdk::ApiError>(body).unwrap_err();
    assert!(read.to_string().starts_with("control character"), "{read}");
}

#[test]
fn duplicate_keys_are_read_the_last_one_counting() {
    let known = br#"{"code": 4115, "message": "a", "message": "b"}"#;
    let error = sdk::ApiError::from_slice(known).unwrap();
    assert_eq!(error.message(), "b");
    assert_eq!(
        error.warnings(),
        [Warning::DuplicateField {
            field: "message".into()
        }]
    );
    let unknown = br#"{"code": 4115, "message": "a", "x": 1, "x": 2}"#;
    let error = sdk::ApiError::from_slice(unknown).unwrap();
    assert_eq!(error.field("x").unwrap().get(), "2");
    assert_eq!(error.fields().count(), 1);
    // The code too: the last one is the code.
    let code = br#"{"code": 4115, "message": "a", "code": 4120}"#;
    assert_eq!(
        sdk::ApiError::from_slice(code).unwrap().error(),
        Some(sdk::SdkError::PoolNotFound)
    );
    // Many distinct fields stay fast and are all kept; a late duplicate is found.
    let mut body = String::from(r#"{"code": 4115, "message": "a""#);
    for i in 0..20_000 {
        body.push_str(&format!(r#", "f{i}": {i}"#));
    }
    let error = sdk::ApiError::from_slice(format!("{body}}}").as_bytes()).unwrap();
    assert_eq!(error.fields().count(), 20_000);
    assert!(error.warnings().is_empty());
    body.push_str(r#", "f7": 0}"#);
    let error = sdk::ApiError::from_slice(body.as_bytes()).unwrap();
    assert_eq!(error.fields().count(), 20_000);
    assert_eq!(error.field("f7").unwrap().get(), "0");
    assert_eq!(
        error.warnings(),
        [Warning::DuplicateField { field: "f7".into() }]
    );
}

#[test]
fn invalid_headers_are_reported_and_the_body_read() {
    let response = Response::builder()
        .header("bkapi-error-code-num", "43x")
        .body(r#"{"code": "CANNOT_DEPLOY_APP", "detail": "d"}"#)
        .unwrap();
    let error = paas::ApiError::from_response(&response).unwrap();
    assert_eq!(error.error(), Some(paas::PaasError::CannotDeployApp));
    assert_eq!(
        error.warnings()[0].to_string(),
        r#"the header bkapi-error-code-num is "43x", but must be the code's number; ignored"#
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

#[test]
fn detect_reads_each_kubernetes_field_alone_and_open_paas_codes_exactly() {
    let cases: [(&[u8], Vendor); 8] = [
        (
            br#"{"kind": "Status", "code": 404, "message": "m"}"#,
            Vendor::Cci,
        ),
        (
            br#"{"status": "Failure", "code": 404, "message": "m"}"#,
            Vendor::Cci,
        ),
        (br#"{"status": "Success", "code": 200}"#, Vendor::Cci),
        // Neither a Kubernetes kind nor status: a number code alone.
        (
            br#"{"kind": "List", "status": "Pending", "code": 404}"#,
            Vendor::Sdk,
        ),
        // open_paas' seven-digit codes that start with 130, as a number or a
        // string; not any seven digits, nor any code that starts with 130.
        (br#"{"code": 1304001, "ok": false}"#, Vendor::Paas),
        (br#"{"code": "1304001"}"#, Vendor::Paas),
        (br#"{"code": 1234567}"#, Vendor::Sdk),
        (br#"{"code": 1301}"#, Vendor::Sdk),
    ];
    for (body, vendor) in cases {
        assert_eq!(
            errcodes::detect(body),
            Ok(vendor),
            "{}",
            String::from_utf8_lossy(body)
        );
    }
}

#[test]
fn detect_names_each_field_once_and_wraps_only_an_object_with_a_code() {
    let unknown = |body: &[u8]| match errcodes::detect(body) {
        Err(BodyError::UnknownPlatform { reason, .. }) => reason,
        other => panic!("{}: {other:?}", String::from_utf8_lossy(body)),
    };
    // A field sent twice is named once, where it first came.
    assert!(
        unknown(br#"{"items": [], "total": 0, "items": 1}"#)
            .ends_with("(its fields: items, total)")
    );
    let many = br#"{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9, "j": 10, "k": 11, "l": 12}"#;
    assert!(unknown(many).ends_with("(its fields: a, b, c, d, e, f, g, h, i, j and 2 more)"));
    // An object under `error`, or as the only field, is Huawei's wrapper only
    // when it has a code.
    assert!(unknown(br#"{"error": {"reason": "x"}, "other": 1}"#).contains("error, other"));
    assert!(unknown(br#"{"payload": {"x": 1}}"#).contains("payload"));
    assert!(unknown(br#"{"error": "code", "x": 1}"#).contains("error, x"));
    for body in [
        &br#"{"error": {"code": "APIGW.0101"}, "other": 1}"#[..],
        br#"{"payload": {"error_code": "APIGW.0101"}}"#,
    ] {
        assert_eq!(errcodes::detect(body), Ok(Vendor::Cci));
    }
}

#[test]
fn detect_and_the_reader_refuse_a_value_nested_too_deep_wherever_it_is() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    for body in [
        format!(r#"{{"x": {deep}}}"#),
        format!(r#"{{"code": {deep}, "message": "m"}}"#),
        format!(r#"{{"code": 4115, "message": "m", "x": {deep}}}"#),
    ] {
        let too_deep = |error: &BodyError| matches!(error, BodyError::TooDeep { .. });
        let detected = errcodes::detect(body.as_bytes());
        assert!(
            detected.as_ref().is_err_and(too_deep),
            "{body}: {detected:?}"
        );
        let read = Reader::new().read_slice(body.as_bytes());
        assert!(
            read.as_ref().is_err_and(|e| too_deep(e.body_error())),
            "{body}: {read:?}"
        );
    }
}

// ---- What review found -------------------------------------------------------

#[test]
fn a_plain_kubernetes_status_is_cci() {
    let body = br#"{"kind": "Status", "apiVersion": "v1", "status": "Failure", "message": "namespaces \"x\" not found", "reason": "NotFound", "code": 404}"#;
    assert_eq!(errcodes::detect(body), Ok(Vendor::Cci));
    // An error of CCI with no CCI code: its reason and status kept.
    let error = cci::ApiError::from_slice(body).unwrap();
    assert_eq!(error.shape(), cci::Shape::KubernetesStatus);
    assert_eq!((error.code(), error.error()), ("NotFound", None));
    assert_eq!(error.reason(), Some("NotFound"));
    assert_eq!(error.status(), Some(StatusCode::NOT_FOUND));
    let again = cci::ApiError::from_response(&error.to_response()).unwrap();
    assert_eq!(again, error);
    // A Status of success is no error.
    let success = br#"{"kind": "Status", "apiVersion": "v1", "status": "Success", "code": 200}"#;
    assert!(matches!(
        cci::ApiError::from_slice(success),
        Err(BodyError::NotAnError {
            field: "status",
            ..
        })
    ));
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

/// A component the crate does not know is said, and types no two-level code,
/// as a known component whose table lacks it: the code is not typed from
/// its text alone, whether that text is of one table or of two.
#[test]
fn an_unknown_component_is_warned_of_and_types_no_row() {
    let gateway = || Warning::UnknownComponent {
        field: "component",
        value: "Gateway".to_owned(),
    };
    for body in [
        &br#"{"errorCode": "Arklet.PullBizError", "component": "Gateway"}"#[..],
        br#"{"code": "FAILED", "message": "m", "errorCode": "User.DiskFull", "component": "Gateway"}"#,
    ] {
        let text = String::from_utf8_lossy(body);
        let error = koupleless::ApiError::from_slice(body).unwrap();
        assert_eq!(error.error(), None, "{text}");
        assert!(error.candidates().is_empty(), "{text}");
        assert_eq!(error.component(), None, "{text}");
        assert!(error.warnings().contains(&gateway()), "{text}");
        // Kept as sent: the body reads back the same.
        assert_eq!(
            koupleless::ApiError::from_slice(error.to_response().body()).unwrap(),
            error,
            "{text}"
        );
    }
    // Arklet's own codes do not depend on `component`, which is still said.
    let body = br#"{"code": "CMD_NOT_FOUND", "message": "m", "component": "Gateway"}"#;
    let error = koupleless::ApiError::from_slice(body).unwrap();
    assert_eq!(
        error.error(),
        Some(koupleless::KouplelessError::ArkletCmdNotFound)
    );
    assert_eq!(error.warnings(), [gateway()]);
    // A component known in another case is no unknown one.
    let body = br#"{"code": "FAILED", "message": "m", "errorCode": "User.DiskFull", "component": "arklet"}"#;
    let error = koupleless::ApiError::from_slice(body).unwrap();
    assert_eq!(
        error.error(),
        Some(koupleless::KouplelessError::UserDiskFullInArklet)
    );
    assert_eq!(error.warnings(), []);
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
fn bkpaas3_headers_that_disagree_are_kept_beside_the_body() {
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
    assert!(error.warnings().is_empty());
    let wrong_num =
        paas::ApiError::from_response(&response("CANNOT_DEPLOY_APP", "4311009")).unwrap();
    assert_eq!(wrong_num.number(), Some(4311003));
    assert_eq!(
        wrong_num.warnings(),
        [Warning::HeaderConflict {
            header: "bkapi-error-code-num",
            header_value: "4311009".into(),
            body_value: "4311003".into()
        }]
    );
    let wrong_name =
        paas::ApiError::from_response(&response("CHANNEL_NOT_FOUND", "4311003")).unwrap();
    assert_eq!(wrong_name.code(), "CANNOT_DEPLOY_APP");
    assert_eq!(
        wrong_name.warnings(),
        [Warning::HeaderConflict {
            header: "bkapi-error-code",
            header_value: "CHANNEL_NOT_FOUND".into(),
            body_value: "CANNOT_DEPLOY_APP".into()
        }]
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

// ---- What the first readers missed (wire-formats.md) ---------------------------

/// Reads a response of any platform through the one entry point.
fn reply(status: u16, headers: &[(&str, &str)], body: &str) -> Reply {
    let mut builder = Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let response = builder.body(body.as_bytes().to_vec()).unwrap();
    Reply::from_response(&response).unwrap()
}

fn error_of(reply: Reply) -> PlatformError {
    match reply {
        Reply::Error(error) => error,
        other => panic!("not an error: {other:?}"),
    }
}

#[test]
fn bkpaas3_codes_beyond_the_page_and_drf_bodies() {
    for (body, code) in [
        (
            r#"{"code": "QUERY_LOG_FAILED", "detail": "查询日志失败"}"#,
            "QUERY_LOG_FAILED",
        ),
        (
            r#"{"detail": "Authentication credentials were not provided.", "code": "ERROR"}"#,
            "ERROR",
        ),
        (
            r#"{"code": "UNAUTHORIZED", "detail": "unauthorized"}"#,
            "UNAUTHORIZED",
        ),
    ] {
        let error = error_of(reply(401, &[], body));
        assert_eq!((error.vendor(), error.code()), (Vendor::Paas, code));
        assert_eq!(error.status(), Some(StatusCode::UNAUTHORIZED));
    }
    let list = br#"{"code": "VALIDATION_ERROR", "detail": "invalid", "fields_detail": ["name is required"]}"#;
    let error = paas::ApiError::from_slice(list).unwrap();
    assert_eq!(
        error.field("fields_detail").unwrap().get(),
        r#"["name is required"]"#
    );
}

#[test]
fn bk_std_json_with_its_default_code_minus_one() {
    let body = r#"{"result": false, "data": "no such app", "code": -1, "message": "应用不存在"}"#;
    let error = paas::ApiError::from_slice(body.as_bytes()).unwrap();
    assert_eq!(
        (error.code(), error.number(), error.error()),
        ("-1", None, None)
    );
    assert_eq!(error.message(), "应用不存在");
    assert_eq!(error.field("data").unwrap().get(), r#""no such app""#);
    let again = paas::ApiError::from_slice(&error.to_response().into_body()).unwrap();
    assert_eq!(again, error);
}

#[test]
fn light_app_bodies_with_a_string_code_and_an_object_message() {
    let body = br#"{"result": false, "bk_error_code": "1301100", "bk_error_msg": {"app_code": ["required"]}, "data": null}"#;
    let error = paas::ApiError::from_slice(body).unwrap();
    assert_eq!(error.shape(), paas::Shape::BkError);
    assert_eq!((error.code(), error.number()), ("1301100", Some(1301100)));
    assert_eq!(error.message(), r#"{"app_code": ["required"]}"#);
    assert_eq!(
        error.warnings(),
        [Warning::MessageNotText {
            field: "bk_error_msg",
            found: "an object"
        }]
    );
    let written = String::from_utf8(error.to_response().into_body()).unwrap();
    assert!(
        written.contains(r#""bk_error_code":"1301100","bk_error_msg":{"app_code": ["required"]}"#),
        "{written}"
    );
    assert_eq!(
        paas::ApiError::from_slice(written.as_bytes()).unwrap(),
        error
    );
}

#[test]
fn the_blueking_api_gateway_body_and_headers() {
    let body = r#"{"code": 1640001, "code_name": "INVALID_ARGS", "data": null, "message": "Parameters error [reason=\"app_code is required\"]", "result": false}"#;
    let headers = [
        ("X-Bkapi-Error-Code", "1640001"),
        (
            "X-Bkapi-Error-Message",
            "Parameters error [reason=\"app_code is required\"]",
        ),
        ("X-Bkapi-Request-Id", "7c1f"),
    ];
    let PlatformError::Paas(error) = error_of(reply(400, &headers, body)) else {
        panic!("a BlueKing body")
    };
    assert_eq!(error.shape(), paas::Shape::Gateway);
    assert_eq!(
        (error.code(), error.code_name()),
        ("1640001", Some("INVALID_ARGS"))
    );
    assert_eq!(error.request_id(), Some("7c1f"));
    assert_eq!(error.status(), Some(StatusCode::BAD_REQUEST));
    assert!(error.warnings().is_empty(), "{:?}", error.warnings());
    // A plugin may rewrite the status to 200: still an error.
    let rewritten = error_of(reply(200, &headers, body));
    assert_eq!(rewritten.status(), Some(StatusCode::OK));
    // A header that disagrees is kept beside the body.
    let other = error_of(reply(429, &[("X-Bkapi-Error-Code", "1642902")], body));
    assert_eq!(other.code(), "1640001");
    assert!(matches!(
        other.warnings(),
        [Warning::HeaderConflict {
            header: "X-Bkapi-Error-Code",
            ..
        }]
    ));
}

#[test]
fn gateway_pages_without_a_code() {
    // openresty's page, the gateway's code in its header.
    let html = "<html><head><title>504 Gateway Time-out</title></head></html>";
    let error = error_of(reply(
        504,
        &[
            ("X-Bkapi-Error-Code", "1650401"),
            ("X-Bkapi-Error-Message", "Request backend service timeout"),
        ],
        html,
    ));
    assert_eq!((error.vendor(), error.code()), (Vendor::Paas, "1650401"));
    assert_eq!(error.message(), "Request backend service timeout");
    assert!(matches!(
        error.warnings(),
        [Warning::CodeOnlyInHeader { .. }]
    ));
    // The page alone, and APISIX's own body: no code, everything else kept.
    let Reply::Failure(failure) = reply(
        502,
        &[("content-type", "text/html"), ("x-request-id", "r-9")],
        html,
    ) else {
        panic!("no code")
    };
    assert_eq!(failure.status(), Some(StatusCode::BAD_GATEWAY));
    assert_eq!(failure.text(), html);
    assert_eq!(failure.headers()["x-request-id"], "r-9");
    assert!(matches!(failure.why(), BodyError::Syntax { .. }));
    let Reply::Failure(apisix) = reply(
        500,
        &[],
        r#"{"error_msg": "failed to connect to upstream"}"#,
    ) else {
        panic!("no code")
    };
    assert_eq!(apisix.vendor(), Some(Vendor::Paas));
}

#[test]
fn esb_passes_backend_codes_through() {
    for (body, code, number) in [
        (
            r#"{"result": false, "code": 1199048, "message": "CMDB: no host", "data": null, "permission": {"action": "view"}}"#,
            "1199048",
            Some(1199048),
        ),
        (
            r#"{"result": false, "code": "50000", "message": "backend", "data": ""}"#,
            "50000",
            Some(50000),
        ),
        (
            r#"{"result": false, "code": "40403", "message": "gateway not found", "data": null}"#,
            "40403",
            Some(40403),
        ),
        (
            r#"{"result": false, "code": "1001", "message": "v1", "error": {"code": 1001, "message": "v1"}}"#,
            "1001",
            Some(1001),
        ),
    ] {
        let PlatformError::Paas(error) = error_of(reply(200, &[], body)) else {
            panic!("{body}")
        };
        assert_eq!((error.code(), error.number()), (code, number), "{body}");
        assert_eq!(error.shape(), paas::Shape::Esb);
        let again = paas::ApiError::from_slice(&error.to_response().into_body()).unwrap();
        assert_eq!(again, error, "{body}");
    }
}

#[test]
fn huawei_bodies_of_every_shape() {
    let nested = cci::ApiError::from_slice(br#"{"error": {"code": "APIGW.0101", "message": "The API does not exist or has not been published in the environment"}}"#).unwrap();
    assert_eq!(
        (nested.shape(), nested.code()),
        (cci::Shape::Wrapped, "APIGW.0101")
    );
    assert!(nested.message().starts_with("The API does not exist"));
    let written = String::from_utf8(nested.to_response().into_body()).unwrap();
    assert_eq!(
        written,
        r#"{"error":{"code":"APIGW.0101","message":"The API does not exist or has not been published in the environment"}}"#
    );
    // Under any single key, with the gateway's names inside.
    let any_key = cci::ApiError::from_slice(
        br#"{"ecs_error": {"error_code": "Ecs.0114", "error_msg": "flavor not found"}}"#,
    )
    .unwrap();
    assert_eq!(
        (any_key.code(), any_key.message()),
        ("Ecs.0114", "flavor not found")
    );
    assert_eq!(
        cci::ApiError::from_slice(&any_key.to_response().into_body()).unwrap(),
        any_key
    );
    // The top-level pair over a nested one, as the SDKs read it.
    let both = cci::ApiError::from_slice(br#"{"error_code": "APIGW.0301", "error_msg": "top", "error": {"code": "IAM.0001", "message": "nested"}, "encoded_authorization_message": null, "request_id": "r"}"#).unwrap();
    assert_eq!(
        (both.shape(), both.code(), both.message()),
        (cci::Shape::Gateway, "APIGW.0301", "top")
    );
    assert!(both.field("error").is_some());
    assert_eq!(
        both.field("encoded_authorization_message").unwrap().get(),
        "null"
    );
    // A service's string code, lower-case ones included.
    let service = cci::ApiError::from_slice(
        br#"{"code": "AS.0001", "message": "invalid request", "details": [{"code": "AS.0001"}]}"#,
    )
    .unwrap();
    assert_eq!(
        (service.shape(), service.code()),
        (cci::Shape::Service, "AS.0001")
    );
    let lower =
        cci::ApiError::from_slice(br#"{"errorCode": "cci.02.409101", "message": "m"}"#).unwrap();
    assert_eq!(lower.code(), "cci.02.409101");
    assert_eq!(
        lower.error(),
        Some(cci::CciError::NamespaceNameAlreadyExists)
    );
    // Not JSON, or a bare number: no code, the status kept.
    for body in ["Service Unavailable", "503"] {
        let Reply::Failure(failure) = reply(503, &[], body) else {
            panic!("{body}")
        };
        assert_eq!(
            (failure.status(), failure.text()),
            (Some(StatusCode::SERVICE_UNAVAILABLE), body)
        );
    }
}

#[test]
fn openyuanrong_frontend_and_faas_sdk_bodies() {
    let frontend = error_of(reply(
        200,
        &[("X-Inner-Code", "200401")],
        r#"{"code": 200401, "message": "function is busy"}"#,
    ));
    let PlatformError::Sdk(frontend) = frontend else {
        panic!("openYuanrong")
    };
    assert_eq!(
        (frontend.code(), frontend.inner_code()),
        ("200401", Some("200401"))
    );
    assert_eq!(frontend.status(), Some(StatusCode::OK));
    // The HTTP status in `code`, nothing else, under HTTP 200.
    let bare = error_of(reply(200, &[], r#"{"code": 500}"#));
    assert_eq!(
        (bare.vendor(), bare.code(), bare.message()),
        (Vendor::Sdk, "500", "")
    );
    // The Go faas SDK: `errorCode` a string or a number, `errorMessage`.
    for body in [
        r#"{"errorCode": "4005", "errorMessage": "user function failed"}"#,
        r#"{"errorCode": 4005, "message": "user function failed"}"#,
    ] {
        let PlatformError::Sdk(error) = error_of(reply(500, &[], body)) else {
            panic!("{body}")
        };
        assert_eq!(
            (error.shape(), error.code(), error.message()),
            (sdk::Shape::Faas, "4005", "user function failed")
        );
        assert_eq!(
            sdk::ApiError::from_slice(&error.to_response().into_body()).unwrap(),
            error
        );
    }
    // A bare JSON string under 500: no code.
    let Reply::Failure(failure) = reply(500, &[], r#""internal error""#) else {
        panic!("no code")
    };
    assert!(matches!(
        failure.why(),
        BodyError::NotAnObject {
            found: "a string",
            ..
        }
    ));
    // A malformed inner code is reported; the body still read.
    let mut response = Response::new(br#"{"code": 4115, "message": "m"}"#.to_vec());
    response.headers_mut().insert(
        "x-inner-code",
        http::HeaderValue::from_bytes(b"\xff").unwrap(),
    );
    let error = sdk::ApiError::from_response(&response).unwrap();
    assert!(matches!(error.warnings(), [Warning::InvalidHeader { .. }]));
}

#[test]
fn success_is_recognised_the_same_way_on_every_platform() {
    for (body, vendor) in [
        (
            r#"{"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "code": 200}"#,
            Vendor::Cci,
        ),
        (
            r#"{"result": true, "code": 0, "data": {}, "message": "OK"}"#,
            Vendor::Paas,
        ),
        (
            r#"{"result": false, "code": 0, "message": "ok"}"#,
            Vendor::Paas,
        ),
        (
            r#"{"code": "SUCCESS", "data": {"code": "SUCCESS"}}"#,
            Vendor::Koupleless,
        ),
        (
            r#"{"code": 6030, "message": "{\"result\": \"ok\"}"}"#,
            Vendor::Sdk,
        ),
        (
            r#"{"code": 0, "message": "ok", "trace_id": "t"}"#,
            Vendor::Sdk,
        ),
        (r#"{"code": 200200, "message": "ok"}"#, Vendor::Sdk),
    ] {
        for status in [200, 500] {
            let Reply::Success(success) = reply(status, &[], body) else {
                panic!("{body}: not a success")
            };
            assert_eq!(success.vendor(), Some(vendor), "{body}");
            assert_eq!(success.status().map(|s| s.as_u16()), Some(status));
        }
    }
    // A 2xx answer of no error shape is a success; the same body under 500 is not.
    assert!(matches!(
        reply(200, &[], r#"{"items": []}"#),
        Reply::Success(_)
    ));
    assert!(matches!(
        reply(500, &[], r#"{"items": []}"#),
        Reply::Failure(_)
    ));
}

#[test]
fn arklet_failures_without_a_message() {
    let body = r#"{"code": "FAILED", "data": {"code": "NOT_FOUND_BIZ"}, "baseIdentity": "b-1"}"#;
    let PlatformError::Koupleless(error) = error_of(reply(200, &[], body)) else {
        panic!("Koupleless")
    };
    assert_eq!(
        (error.code(), error.message(), error.data_message()),
        ("NOT_FOUND_BIZ", "", None)
    );
    assert_eq!(error.warnings(), [Warning::NoMessage]);
    let unknown = koupleless::ApiError::from_slice(
        br#"{"code": "FAILED", "message": "m", "data": {"code": "SOME_NEW_CODE", "message": "d"}}"#,
    )
    .unwrap();
    assert_eq!(
        (unknown.code(), unknown.data_message()),
        ("SOME_NEW_CODE", Some("d"))
    );
    // A non-POST request: plain text under 500; ModuleController's empty 405.
    let Reply::Failure(text) = reply(500, &[], "Internal Server Error: only POST") else {
        panic!("no code")
    };
    assert_eq!(text.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    let Reply::Failure(empty) = reply(405, &[], "") else {
        panic!("no code")
    };
    assert_eq!((empty.why(), empty.text()), (&BodyError::Empty, ""));
}

#[test]
fn sloppy_but_readable_bodies_are_read() {
    let bom = b"\xEF\xBB\xBF{\"code\": 4115, \"message\": \"m\"}";
    let error = sdk::ApiError::from_slice(bom).unwrap();
    assert_eq!(error.error(), Some(sdk::SdkError::FunctionNotFound));
    assert_eq!(error.warnings(), [Warning::ByteOrderMark]);
    let nulls = br#"{"result": false, "code": 1306406, "message": "m", "request_id": null, "code_slug": null, "data": null}"#;
    let error = paas::ApiError::from_slice(nulls).unwrap();
    assert_eq!((error.request_id(), error.code_slug()), (None, None));
    assert!(error.warnings().is_empty());
    let cci_nulls = br#"{"kind": "Status", "message": null, "reason": null, "code": 409, "errorCode": "CCI.02.409101"}"#;
    let error = cci::ApiError::from_slice(cci_nulls).unwrap();
    assert_eq!((error.message(), error.reason()), ("", None));
}

#[test]
fn one_entry_point_reads_from_parts_and_may_be_told_the_platform() {
    let (parts, ()) = Response::builder()
        .status(404)
        .header("x-inner-code", "4115")
        .body(())
        .unwrap()
        .into_parts();
    let body = br#"{"code": 4115, "message": "function not found"}"#;
    let from_parts = Reader::new().read_parts(&parts, body).unwrap();
    let error = from_parts.error().unwrap();
    assert_eq!(
        (error.vendor(), error.error()),
        (
            Vendor::Sdk,
            Some(errcodes::Code::Sdk(sdk::SdkError::FunctionNotFound))
        )
    );
    // Told the platform, the reader does not guess.
    let told = Reader::new()
        .vendor(Vendor::Paas)
        .read_parts(&parts, body)
        .unwrap();
    assert_eq!(told.error().map(PlatformError::vendor), Some(Vendor::Paas));
    // What no platform sends keeps the status.
    let unreadable = Reader::new()
        .read_parts(&parts, br#"{"code": 4.5, "message": "m"}"#)
        .unwrap_err();
    assert_eq!(unreadable.status(), Some(StatusCode::NOT_FOUND));
    assert!(matches!(
        unreadable.body_error(),
        BodyError::OutOfRange { .. }
    ));
    // A failure's text is cut at the size bound; the status is kept.
    let huge = vec![b'x'; MAX_BODY_LEN + 10];
    let Reply::Failure(failure) = Reader::new().read_parts(&parts, &huge).unwrap() else {
        panic!("too large for any error")
    };
    assert_eq!(failure.text().len(), MAX_BODY_LEN);
    assert!(matches!(failure.why(), BodyError::TooLarge { .. }));
}

#[test]
fn deserialize_gives_what_from_slice_gives() {
    let bodies: [&[u8]; 5] = [
        br#"{"code": 4115, "message": "a", "message": "b", "trace_id": null}"#,
        br#"{"result": false, "bk_error_code": "1301100", "bk_error_msg": {"f": ["x"]}}"#,
        br#"{"error": {"code": "APIGW.0101", "message": "m"}}"#,
        br#"{"code": "FAILED", "data": {"code": "REPEAT_BIZ"}}"#,
        br#"{"kind": "Status", "status": "Failure", "reason": "NotFound", "code": 404}"#,
    ];
    macro_rules! same {
        ($module:ident, $body:expr) => {
            if let Ok(read) = $module::ApiError::from_slice($body) {
                let de: $module::ApiError = serde_json::from_slice($body).unwrap();
                assert_eq!(de, read);
                assert_eq!(de.warnings(), read.warnings());
                let from_reader: $module::ApiError = serde_json::from_reader(&$body[..]).unwrap();
                assert_eq!(from_reader, read);
            }
        };
    }
    for body in bodies {
        same!(sdk, body);
        same!(paas, body);
        same!(cci, body);
        same!(koupleless, body);
    }
    // The size bound holds however the body is read.
    let huge = format!(
        r#"{{"code": 4115, "message": "{}"}}"#,
        "x".repeat(MAX_BODY_LEN)
    );
    let error = serde_json::from_reader::<_, sdk::ApiError>(huge.as_bytes()).unwrap_err();
    assert!(
        error.to_string().contains("more than the limit of 1048576"),
        "{error}"
    );
    assert!(matches!(
        sdk::ApiError::from_slice(huge.as_bytes()),
        Err(BodyError::TooLarge { .. })
    ));
}

#[test]
fn builders_cannot_write_an_inconsistent_body() {
    // CCI: the reason follows the status.
    let error = cci::ApiError::from(cci::CciError::InternalProcessingError)
        .with_status(StatusCode::SERVICE_UNAVAILABLE);
    let written = String::from_utf8(error.to_response().into_body()).unwrap();
    assert!(
        written.contains(r#""reason":"ServiceUnavailable","code":503"#),
        "{written}"
    );
    assert!(!written.contains("InternalError"), "{written}");
    let odd = cci::ApiError::from(cci::CciError::ChartInUse).with_status(StatusCode::IM_A_TEAPOT);
    assert_eq!(odd.reason(), None);
    assert_eq!(
        cci::ApiError::from_response(&odd.to_response()).unwrap(),
        odd
    );
    // PaaS: the status holds in any order of the builders.
    let status = StatusCode::BAD_REQUEST;
    for shape in [
        paas::Shape::Paas3,
        paas::Shape::Paas3StdJson,
        paas::Shape::Esb,
        paas::Shape::BkError,
    ] {
        let a = paas::ApiError::from(paas::PaasError::CannotDeployApp)
            .with_status(status)
            .with_shape(shape);
        let b = paas::ApiError::from(paas::PaasError::CannotDeployApp)
            .with_shape(shape)
            .with_status(status);
        assert_eq!(a, b, "{shape:?}");
        assert_eq!(a.to_response().status(), status);
        assert_eq!(paas::ApiError::from_response(&a.to_response()).unwrap(), a);
    }
}

#[test]
fn top_level_scalars_are_no_object() {
    for (body, found) in [
        (&b"true"[..], "a boolean"),
        (b"false", "a boolean"),
        (b"1.5", "a number"),
        (b"-1", "a number"),
        (b"4115", "a number"),
        (b"null", "null"),
        (br#""internal error""#, "a string"),
        (b"[]", "an array"),
    ] {
        for error in [
            sdk::ApiError::from_slice(body).unwrap_err(),
            cci::ApiError::from_slice(body).unwrap_err(),
            paas::ApiError::from_slice(body).unwrap_err(),
            koupleless::ApiError::from_slice(body).unwrap_err(),
        ] {
            assert!(
                matches!(error, BodyError::NotAnObject { found: f, .. } if f == found),
                "{}: {error:?}",
                String::from_utf8_lossy(body)
            );
        }
    }
}

#[test]
fn a_body_of_exactly_the_size_bound_is_read() {
    let frame = r#"{"code": 4115, "message": ""}"#.len();
    let body = format!(
        r#"{{"code": 4115, "message": "{}"}}"#,
        "x".repeat(MAX_BODY_LEN - frame)
    );
    assert_eq!(body.len(), MAX_BODY_LEN);
    assert!(sdk::ApiError::from_slice(body.as_bytes()).is_ok());
    let serde: sdk::ApiError = serde_json::from_str(&body).unwrap();
    assert_eq!(serde.message().len(), MAX_BODY_LEN - frame);
    let over = format!("{body} ");
    assert!(matches!(
        sdk::ApiError::from_slice(over.as_bytes()),
        Err(BodyError::TooLarge { len, limit, .. }) if len == MAX_BODY_LEN + 1 && limit == MAX_BODY_LEN
    ));
}

#[test]
fn the_serde_path_reads_exactly_its_byte_budget() {
    // Through `Deserialize`, the keys and the values read count against the
    // bound (a number code is not counted; a string value with its quotes):
    // 4 + 7 + 3 + 1 + 2 bytes around the padding.
    let body = |pad: usize| {
        format!(
            r#"{{"code": 4115, "message": "m", "x": "{}"}}"#,
            "x".repeat(pad)
        )
    };
    let exact = body(MAX_BODY_LEN - 17);
    assert!(serde_json::from_str::<sdk::ApiError>(&exact).is_ok());
    let over = serde_json::from_str::<sdk::ApiError>(&body(MAX_BODY_LEN - 16)).unwrap_err();
    assert!(over.to_string().contains("more than the limit"), "{over}");
}

#[test]
fn a_body_cut_short_is_truncated_and_a_typed_field_of_another_type_is_not_the_error() {
    assert!(matches!(
        sdk::ApiError::from_slice(br#"{"code": 4115, "message": "m""#),
        Err(BodyError::Truncated { line: 1, .. })
    ));
    // A message of another type is kept; what fails the body is its code.
    assert!(matches!(
        sdk::ApiError::from_slice(br#"{"message": 5, "trace_id": true, "code": 1.5}"#),
        Err(BodyError::OutOfRange { .. })
    ));
    // Text that is no exception text because it lacks `, code: `.
    assert!(matches!(
        errcodes::detect(b"upstream failed, message: timeout"),
        Err(BodyError::Syntax { .. })
    ));
}

#[test]
fn warnings_say_what_each_kind_of_json_is() {
    for (json, found) in [
        ("[1]", "an array"),
        ("{}", "an object"),
        ("5", "a number"),
        ("false", "a boolean"),
    ] {
        let body = format!(r#"{{"code": 4115, "message": {json}, "trace_id": {json}}}"#);
        let error = sdk::ApiError::from_slice(body.as_bytes()).unwrap();
        assert_eq!(
            error.warnings(),
            [
                Warning::MessageNotText {
                    field: "message",
                    found
                },
                Warning::UnexpectedType {
                    field: "trace_id".to_owned(),
                    found,
                    expected: "a string"
                },
            ],
            "{body}"
        );
    }
}

#[test]
fn wide_but_shallow_values_are_not_deep() {
    // Closing brackets bring the depth back: 1,000 empty arrays side by side nest
    // two levels, not 1,000.
    let wide = format!(
        r#"{{"code": 4115, "message": "m", "x": [{}[]], "y": {{{}"k": {{}}}}}}"#,
        "[],".repeat(1000),
        r#""k": {}, "#.repeat(1000)
    );
    let error = sdk::ApiError::from_slice(wide.as_bytes()).unwrap();
    assert_eq!(error.fields().count(), 2);
}

#[test]
fn the_depth_scanner_reads_strings_and_escapes() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    // Brackets after a string, and after a string with escaped quotes and
    // backslashes, still count.
    for string in [r#""s""#, r#""a \" [ \\""#, r#""\\""#] {
        let deep = format!(
            r#"{{"code": 4115, "message": "m", "x": [{string}, {}]}}"#,
            nested(MAX_DEPTH - 1)
        );
        assert!(
            matches!(
                sdk::ApiError::from_slice(deep.as_bytes()),
                Err(BodyError::TooDeep { .. })
            ),
            "{string}"
        );
        let fits = format!(
            r#"{{"code": 4115, "message": "m", "x": [{string}, {}]}}"#,
            nested(MAX_DEPTH - 2)
        );
        assert!(
            sdk::ApiError::from_slice(fits.as_bytes()).is_ok(),
            "{string}"
        );
    }
}

/// The gateway's body types its code by its number with its `code_name`:
/// `1640302` is two codes, and the name tells which; a code in the
/// `X-Bkapi-Error-Code` header alone, with no `code_name`, types none of them
/// and keeps the number.
#[test]
fn gateway_bodies_are_typed_by_number_and_code_name() {
    let body = br#"{"code": 1640302, "code_name": "CROSS_TENANT_FORBIDDEN", "data": null, "message": "Cross tenant forbidden", "result": false}"#;
    let error = paas::ApiError::from_slice(body).unwrap();
    assert_eq!(error.shape(), paas::Shape::Gateway);
    assert_eq!(error.error(), Some(paas::PaasError::CrossTenantForbidden));
    assert_eq!(error.status(), Some(http::StatusCode::FORBIDDEN));
    let body = br#"{"code": 1640302, "code_name": "IP_NOT_ALLOWED", "data": null, "message": "Request rejected by ip restriction", "result": false}"#;
    let error = paas::ApiError::from_slice(body).unwrap();
    assert_eq!(error.error(), Some(paas::PaasError::IpNotAllowed));
    // A name of no gateway code beside a number of one: the number's code.
    let body = br#"{"code": 1640001, "code_name": "NEWER_NAME", "data": null, "message": "m", "result": false}"#;
    let error = paas::ApiError::from_slice(body).unwrap();
    assert_eq!(error.error(), Some(paas::PaasError::InvalidArgs));
    // ... the name is not dropped silently, nor is another code's name.
    for name in ["NEWER_NAME", "IP_NOT_ALLOWED"] {
        let body = format!(
            r#"{{"code": 1640001, "code_name": "{name}", "data": null, "message": "m", "result": false}}"#
        );
        let error = paas::ApiError::from_slice(body.as_bytes()).unwrap();
        assert_eq!(error.error(), Some(paas::PaasError::InvalidArgs));
        assert_eq!(error.code_name(), Some(name));
        assert_eq!(
            error.warnings(),
            [Warning::NameMismatch {
                field: "code_name",
                name: name.into(),
                code: "1640001".into(),
            }]
        );
    }
    // A number of no gateway code has no name to disagree with.
    let body = br#"{"code": 1649999, "code_name": "SOME_NEW_CODE", "data": null, "message": "m", "result": false}"#;
    let error = paas::ApiError::from_slice(body).unwrap();
    assert_eq!((error.error(), error.warnings()), (None, &[][..]));
    // The code's name in any case, or the name three codes share, is no
    // mismatch.
    for body in [
        &br#"{"code": 1640001, "code_name": "invalid_args", "data": null, "message": "m", "result": false}"#[..],
        br#"{"code": 1642902, "code_name": "RATE_LIMIT_RESTRICTION", "data": null, "message": "m", "result": false}"#,
    ] {
        assert_eq!(paas::ApiError::from_slice(body).unwrap().warnings(), []);
    }
    let response = http::Response::builder()
        .status(403)
        .header("X-Bkapi-Error-Code", "1640302")
        .header("X-Bkapi-Error-Message", "Cross tenant forbidden")
        .body("<html>403</html>")
        .unwrap();
    let error = paas::ApiError::from_response(&response).unwrap();
    assert_eq!(error.error(), None);
    assert_eq!(error.number(), Some(1640302));
    // Both codes of the number are candidates, in the header or the body.
    let both = [
        paas::PaasError::CrossTenantForbidden,
        paas::PaasError::IpNotAllowed,
    ];
    assert_eq!(error.candidates(), both);
    let body = br#"{"code": 1640302, "data": null, "message": "m", "result": false}"#;
    assert_eq!(paas::ApiError::from_slice(body).unwrap().candidates(), both);
    // A bkpaas3 body's `UNAUTHORIZED` (its workloads service's handler, which
    // bkpaas3's settings never install) is no gateway code: only the gateway's
    // body types a `code_name`. Names parse without ASCII case, so it is
    // bkpaas3's `Unauthorized`.
    let body = br#"{"detail": "Current request is unauthorized", "code": "UNAUTHORIZED"}"#;
    let error = paas::ApiError::from_slice(body).unwrap();
    assert_eq!(error.error(), Some(paas::PaasError::UnauthorizedInBkpaas3));
    assert_eq!(error.candidates(), [paas::PaasError::UnauthorizedInBkpaas3]);
    // What the crate writes for a gateway code is the gateway's body.
    let written = paas::ApiError::from(paas::PaasError::IpNotAllowed);
    assert_eq!(written.shape(), paas::Shape::Gateway);
    assert_eq!(written.code_name(), Some("IP_NOT_ALLOWED"));
    let read = paas::ApiError::from_response(&written.to_response()).unwrap();
    assert_eq!(read.error(), Some(paas::PaasError::IpNotAllowed));
}

/// The gateway sets `X-Bkapi-Error-Message` before it appends
/// ` [reason="..."]` to the body's message (the vendor README's
/// bk-error-wrapper.lua notes): a header without that suffix agrees with the
/// body; one that says something else does not.
#[test]
fn the_gateway_message_header_may_lack_the_reason_suffix() {
    // tests/corpus/MANIFEST: bk-cli's FAQ, a real call with its headers.
    let body = include_bytes!("corpus/paas-apigw-invalid-args-headers.json");
    let response = |message: &str| {
        Response::builder()
            .status(400)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("X-Bkapi-Error-Code", "1640001")
            .header("X-Bkapi-Error-Message", message)
            .header("X-Bkapi-Request-Id", "5211965e-1133-479d-a360-2821c91cabba")
            .header("X-Request-Id", "a7994e08d2f63d32198231678663a790")
            .body(&body[..])
            .unwrap()
    };
    for header in [r#"Parameters error [reason=""]"#, "Parameters error"] {
        let error = paas::ApiError::from_response(&response(header)).unwrap();
        assert_eq!(error.message(), r#"Parameters error [reason=""]"#);
        assert_eq!(error.warnings(), [], "{header}");
    }
    for header in ["Parameters", "Parameters error [", "Request rejected"] {
        let error = paas::ApiError::from_response(&response(header)).unwrap();
        assert_eq!(
            error.warnings(),
            [Warning::HeaderConflict {
                header: "X-Bkapi-Error-Message",
                header_value: header.into(),
                body_value: r#"Parameters error [reason=""]"#.into(),
            }]
        );
    }
}

/// The gateway always sends `X-Bkapi-Error-Code` and `X-Bkapi-Error-Message`
/// (the vendor README's bk-error-wrapper.lua notes): so does a gateway error
/// the crate builds, and it reads back equal, with no warning.
#[test]
fn a_built_gateway_error_sends_the_gateway_headers() {
    let cases = [
        (
            paas::PaasError::IpNotAllowed,
            None,
            "1640302",
            Some("Request rejected by ip restriction"),
        ),
        (
            paas::PaasError::InvalidArgs,
            Some(r#"Parameters error [reason="app_code is required"]"#),
            "1640001",
            Some("Parameters error"),
        ),
        // No header value can carry it: the body alone does.
        (
            paas::PaasError::InvalidArgs,
            Some("参数错误"),
            "1640001",
            None,
        ),
    ];
    for (code, message, code_header, message_header) in cases {
        let mut error = paas::ApiError::from(code);
        if let Some(message) = message {
            error = error.with_message(message);
        }
        let response = error.to_response();
        let headers = response.headers();
        assert_eq!(headers["x-bkapi-error-code"], code_header);
        assert_eq!(
            headers
                .get("x-bkapi-error-message")
                .map(|v| v.to_str().unwrap()),
            message_header
        );
        let read = paas::ApiError::from_response(&response).unwrap();
        assert_eq!(read, error);
        assert_eq!(read.warnings(), []);
    }
}

/// A status the crate chose (`StatusOrigin::Crate`) is no status the platform
/// sent: a body read alone has none, and the response the crate writes still
/// takes the code's.
#[test]
fn a_body_alone_does_not_pass_the_crates_status_off_as_sent() {
    let body = br#"{"code": 1650070, "code_name": "UNKNOWN_ERROR", "data": null, "message": "m", "result": false}"#;
    let error = paas::ApiError::from_slice(body).unwrap();
    assert_eq!(error.error(), Some(paas::PaasError::UnknownError));
    assert_eq!(
        paas::PaasError::UnknownError.status_origin(),
        errcodes::StatusOrigin::Crate
    );
    assert_eq!(error.status(), None);
    assert_eq!(
        error.to_response().status(),
        StatusCode::INTERNAL_SERVER_ERROR
    );
    // The response's status is the platform's.
    let response = Response::builder().status(503).body(&body[..]).unwrap();
    let read = paas::ApiError::from_response(&response).unwrap();
    assert_eq!(read.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    // The gateway's own status for its own code stays.
    let body = br#"{"code": 1640001, "code_name": "INVALID_ARGS", "data": null, "message": "m", "result": false}"#;
    let error = paas::ApiError::from_slice(body).unwrap();
    assert_eq!(error.status(), Some(StatusCode::BAD_REQUEST));
}
