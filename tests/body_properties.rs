//! Every body parser, on arbitrary bytes and arbitrary JSON: no panic, a typed
//! error or an `ApiError` that writes back to a body that parses to the same
//! error. Bounded so that the test suite stays fast.
#![cfg(feature = "json")]

mod checks;

use checks::bodies;
use errcodes::{cci, koupleless, paas, sdk};
use proptest::prelude::*;
use serde_json::{Map, Value};

/// The fields the platforms' parsers read, so that arbitrary objects reach them.
const KEYS: &[&str] = &[
    "code",
    "message",
    "errorCode",
    "error_code",
    "error_msg",
    "request_id",
    "reason",
    "kind",
    "detail",
    "result",
    "code_slug",
    "bk_error_code",
    "bk_error_msg",
    "trace_id",
    "data",
    "component",
    "errorStackTrace",
    "baseIdentity",
    "details",
    "code_name",
    "errorMessage",
    "error",
    "status",
    "encoded_authorization_message",
    "other",
];

/// Codes and words the parsers know, among arbitrary text.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("CCI.02.409101".to_owned()),
        Just("User.DiskFull".to_owned()),
        Just("FAILED".to_owned()),
        Just("SUCCESS".to_owned()),
        Just("CANNOT_DEPLOY_APP".to_owned()),
        Just("1306406".to_owned()),
        Just("Arklet".to_owned()),
        any::<String>(),
    ]
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop_oneof![Just(4115u64), Just(1306406), Just(409), Just(0)].prop_map(Value::from),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|fields| {
                Value::Object(
                    fields
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// Parses `body` with every parser (`tests/checks/bodies.rs` says what must hold).
fn check_all(body: &[u8]) {
    bodies::any_body(body);
    if let Ok(text) = std::str::from_utf8(body) {
        let _ = bodies::exception_text(text);
    }
}

/// Bodies of the platforms' own shapes, with arbitrary values of the right types
/// and arbitrary extra fields, and the parser that must accept them.
fn valid_body() -> impl Strategy<Value = (Value, &'static str)> {
    let cci = (
        text(),
        text(),
        prop::option::of(text()),
        prop::option::of(0u16..1000),
        extra(),
    )
        .prop_map(|(code, message, reason, status, extra)| {
            let mut body = object(extra);
            body.insert("errorCode".into(), code.into());
            body.insert("message".into(), message.into());
            if let Some(reason) = reason {
                body.insert("reason".into(), reason.into());
            }
            if let Some(status) = status {
                body.insert("code".into(), status.into());
            }
            (Value::Object(body), "cci")
        });
    let esb = (
        any::<u32>(),
        any::<bool>(),
        text(),
        prop::option::of(text()),
        extra(),
    )
        .prop_map(|(code, as_text, message, id, extra)| {
            let mut body = object(extra);
            body.insert("result".into(), false.into());
            let code = if as_text {
                Value::from(code.to_string())
            } else {
                Value::from(code)
            };
            body.insert("code".into(), code);
            body.insert("message".into(), message.into());
            if let Some(id) = id {
                body.insert("request_id".into(), id.into());
            }
            (Value::Object(body), "paas")
        });
    let paas3 = (text(), text(), extra()).prop_map(|(code, detail, extra)| {
        let mut body = object(extra);
        body.insert("code".into(), code.into());
        body.insert("detail".into(), detail.into());
        (Value::Object(body), "paas")
    });
    let sdk = (any::<u32>(), text(), prop::option::of(text()), extra()).prop_map(
        |(code, message, trace, extra)| {
            let mut body = object(extra);
            body.insert("code".into(), code.into());
            body.insert("message".into(), message.into());
            if let Some(trace) = trace {
                body.insert("trace_id".into(), trace.into());
            }
            (Value::Object(body), "sdk")
        },
    );
    let koupleless = (
        text(),
        text(),
        prop::option::of(text()),
        prop::option::of(text()),
        prop::option::of(json()),
        extra(),
    )
        .prop_filter("SUCCESS is no error", |(code, ..)| code != "SUCCESS")
        .prop_map(|(code, message, error_code, component, data, extra)| {
            let mut body = object(extra);
            body.insert("code".into(), code.into());
            body.insert("message".into(), message.into());
            if let Some(c) = error_code {
                body.insert("errorCode".into(), c.into());
            }
            if let Some(c) = component {
                body.insert("component".into(), c.into());
            }
            if let Some(d) = data {
                body.insert("data".into(), d);
            }
            (Value::Object(body), "koupleless")
        });
    prop_oneof![cci, esb, paas3, sdk, koupleless]
}

/// Up to three more fields of any value, named in lower-case letters.
fn extra() -> impl Strategy<Value = Vec<(String, Value)>> {
    prop::collection::vec(("[a-z]{1,8}", json()), 0..3)
}

fn object(extra: Vec<(String, Value)>) -> Map<String, Value> {
    // The shape's own fields are inserted after these, so a clashing name is
    // overwritten with a value of the right type.
    extra.into_iter().collect()
}

/// Bodies that are odd in each way the readers report or refuse, which every
/// way of reading must read alike (`bodies::any_body`).
#[test]
fn odd_bodies_read_alike_every_way() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let bodies = [
        "\u{feff}{\"code\": 4115, \"message\": \"m\"}".to_owned(),
        r#"{"code": 4115, "message": "m", "message": "n", "x": 1, "x": 2}"#.to_owned(),
        r#"{"code": 4115, "message": null, "trace_id": null, "data": null}"#.to_owned(),
        r#"{"code": "FAILED", "message": {"a": 1}, "baseIdentity": 7, "data": {"code": 5}}"#
            .to_owned(),
        r#"{"code": 4115, "message": "\ud800", "trace_id": "\ud800x"}"#.to_owned(),
        r#"{"\udc00": 1, "code": 4115, "message": "m", "\udc00": 2}"#.to_owned(),
        r#"{"co\u0064e": "CCI.02.409101", "m\u0065ssage": "a\nb", "\u0078": "\u00e9"}"#.to_owned(),
        r#"{"result": "false", "code": 1306406, "message": "m", "request_id": 5}"#.to_owned(),
        r#"{"code": 1306406, "message": "m", "result": false, "data": null, "bk_error_code": -1}"#
            .to_owned(),
        format!(r#"{{"code": 4115, "message": "m", "x": {deep}}}"#),
        format!(r#"{{"code": {deep}, "message": "m"}}"#),
        format!(r#"{{"x": {deep}, "code": 1.5}}"#),
        format!(r#"{{"code": 1.5, "x": {deep}}}"#),
        r#"{"code": true, "message": tru}"#.to_owned(),
        r#"{"code": -0, "message": "m"}"#.to_owned(),
        r#"{"code": 18446744073709551616, "message": "m"}"#.to_owned(),
        r#"{"errorCode": "CCI.02.409101", "errorCode": 4115, "message": "m"}"#.to_owned(),
        r#"{"error": {"code": "APIGW.0101", "message": "m"}, "error": {"code": "APIGW.0102"}}"#
            .to_owned(),
        "{\"code\": 4115,\n \"message\": [1,\n 2.5e3]}".to_owned(),
        r#"{"code": 4115, "message": "m"} x"#.to_owned(),
        " \t{}".to_owned(),
        // Arklet's `data`, whose fields the scan reads in the body's pass
        // and the other ways from the kept value: duplicates inside it and of
        // it, the last one no object, a lone surrogate in a key and a value.
        r#"{"code": "FAILED", "data": {"code": "REPEAT_BIZ", "code": 5, "message": "m"}}"#
            .to_owned(),
        r#"{"code": "FAILED", "data": {"code": "REPEAT_BIZ"}, "data": null}"#.to_owned(),
        r#"{"code": "FAILED", "data": null, "data": {"code": 7, "message": "m"}}"#.to_owned(),
        r#"{"code": "FAILED", "data": {"code": "NOT_FOUND_BIZ"}, "data": {"message": "m"}}"#
            .to_owned(),
        r#"{"code": "FAILED", "data": {"code": "\ud800"}, "message": "m"}"#.to_owned(),
        r#"{"code": "FAILED", "data": {"\ud800": 1, "code": "REPEAT_BIZ"}}"#.to_owned(),
        // A `data` that is no object, and that `serde_json` refuses alone.
        r#"{"code": "FAILED", "message": "m", "data": 1e999}"#.to_owned(),
        r#"{"code": "FAILED", "message": "m", "data": "\ud800"}"#.to_owned(),
        r#"{"code": "FAILED", "data": {"x": {"code": "NOT_FOUND_BIZ"}}, "data2": {"code": 1}}"#
            .to_owned(),
    ];
    for body in bodies {
        bodies::any_body(body.as_bytes());
    }
}

/// What the one pass reads of Arklet's `data` is what reading the kept value
/// alone gives: the last `data` counts, its last `code`, with the warnings
/// named by their path.
#[test]
fn arklet_data_read_in_the_body_pass() {
    use errcodes::body::Warning;
    let read = |body: &str| koupleless::ApiError::from_slice(body.as_bytes()).unwrap();
    let error =
        read(r#"{"code": "FAILED", "message": "m", "data": {"code": 5, "code": "REPEAT_BIZ"}}"#);
    assert_eq!(
        error.error(),
        Some(koupleless::KouplelessError::SofaArkRepeatBiz)
    );
    assert_eq!(
        error.warnings(),
        [Warning::DuplicateField {
            field: "data.code".into()
        }]
    );
    let error = read(r#"{"code": "FAILED", "data": {"code": "REPEAT_BIZ"}, "data": [1]}"#);
    assert_eq!(
        error.error(),
        Some(koupleless::KouplelessError::ArkletFailed)
    );
    assert_eq!(error.field("data").map(|raw| raw.get()), Some("[1]"));
    let error = read(
        r#"{"code": "FAILED", "message": "m", "data": {"message": 5}, "data": {"message": "n"}}"#,
    );
    assert_eq!(error.data_message(), Some("n"));
    assert_eq!(
        error.warnings(),
        [Warning::DuplicateField {
            field: "data".into()
        }]
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(body in prop::collection::vec(any::<u8>(), 0..256)) {
        check_all(&body);
    }

    #[test]
    fn arbitrary_json(value in json()) {
        check_all(value.to_string().as_bytes());
    }

    #[test]
    fn arbitrary_json_in_a_response(value in json(), status in 100u16..600, bom in any::<bool>()) {
        let mut body = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
        body.extend(value.to_string().into_bytes());
        bodies::reply(&body, Some(status));
    }

    #[test]
    fn duplicate_keys_read_the_last(first in json(), last in json(), key in prop::sample::select(KEYS)) {
        // The body a platform sends, with `key` twice: never refused for it.
        let body = format!(
            r#"{{"code": 4115, "message": "m", "{key}": {first}, "{key}": {last}}}"#
        );
        check_all(body.as_bytes());
        if let Ok(error) = sdk::ApiError::from_slice(body.as_bytes()) {
            let duplicate = errcodes::body::Warning::DuplicateField { field: key.to_owned() };
            prop_assert!(error.warnings().contains(&duplicate), "{body}: {:?}", error.warnings());
        }
    }

    #[test]
    fn builders_agree_in_any_order(code in 0..errcodes::Code::all().count(), shape in 0..5usize, status in 100u16..1000) {
        let status = http::StatusCode::from_u16(status).unwrap();
        let shapes = [paas::Shape::Paas3, paas::Shape::Paas3StdJson, paas::Shape::Esb, paas::Shape::BkError, paas::Shape::Gateway];
        match errcodes::Code::all().nth(code).unwrap() {
            errcodes::Code::Paas(e) => {
                // A gateway code reads back as itself from the gateway's body,
                // whose `code_name` tells its `1640302`s apart.
                let shape = match e.product() {
                    paas::Product::ApiGateway => paas::Shape::Gateway,
                    _ => shapes[shape],
                };
                let a = paas::ApiError::from(e).with_status(status).with_shape(shape);
                let b = paas::ApiError::from(e).with_shape(shape).with_status(status);
                prop_assert_eq!(&a, &b);
                prop_assert_eq!(a.to_response().into_body(), b.to_response().into_body());
                prop_assert_eq!(&paas::ApiError::from_response(&a.to_response()).unwrap(), &a);
            }
            errcodes::Code::Cci(e) => {
                // The reason a Status body carries is the one of its status.
                let built = cci::ApiError::from(e).with_status(status);
                let read = cci::ApiError::from_response(&built.to_response()).unwrap();
                prop_assert_eq!(&read, &built);
                let other = cci::ApiError::from(errcodes::cci::CciError::ALL[(code + 1) % errcodes::cci::CciError::ALL.len()]).with_status(status);
                prop_assert_eq!(read.reason(), other.reason());
            }
            _ => {}
        }
    }

    #[test]
    fn arbitrary_json_cut_anywhere(value in json(), cut in any::<prop::sample::Index>()) {
        let text = value.to_string();
        check_all(&text.as_bytes()[..cut.index(text.len() + 1)]);
    }

    #[test]
    fn valid_bodies_parse_and_round_trip((body, platform) in valid_body()) {
        let bytes = body.to_string().into_bytes();
        let parsed = match platform {
            "cci" => cci::ApiError::from_slice(&bytes).map(drop),
            "paas" => paas::ApiError::from_slice(&bytes).map(drop),
            "sdk" => sdk::ApiError::from_slice(&bytes).map(drop),
            _ => koupleless::ApiError::from_slice(&bytes).map(drop),
        };
        prop_assert!(parsed.is_ok(), "{}: {:?}", body, parsed);
        check_all(&bytes);
    }

    #[test]
    fn built_errors_read_back(
        message in any::<String>(),
        id in any::<String>(),
        field in "[a-z]{1,8}",
        value in json(),
        code in 0..errcodes::Code::all().count(),
        shape in 0..4usize,
        status in 100u16..1000,
    ) {
        let raw = serde_json::value::to_raw_value(&value).unwrap();
        let status = http::StatusCode::from_u16(status).unwrap();
        // Each platform's builders, on one code of it, give a response that
        // reads back to the same error.
        macro_rules! read_back {
            ($module:ident, $error:expr, $($builder:tt)*) => {{
                let built = $module::ApiError::from($error).with_message(message.clone())$($builder)*;
                if let Ok(built) = built.clone().with_field(&field, raw.clone()) {
                    let read = $module::ApiError::from_response(&built.to_response()).unwrap();
                    prop_assert_eq!(&read, &built);
                    prop_assert_eq!(read.to_response().into_body(), built.to_response().into_body());
                }
            }};
        }
        match errcodes::Code::all().nth(code).unwrap() {
            errcodes::Code::Cci(e) => read_back!(cci, e, .with_request_id(id.clone()).with_status(status)),
            errcodes::Code::Paas(e) => {
                let shapes = [paas::Shape::Paas3, paas::Shape::Paas3StdJson, paas::Shape::Esb, paas::Shape::BkError];
                let shape = match e.product() {
                    paas::Product::ApiGateway => paas::Shape::Gateway,
                    _ => shapes[shape],
                };
                read_back!(paas, e, .with_request_id(id.clone()).with_shape(shape).with_status(status))
            }
            // A body carries the number alone: only a code its number names
            // reads back as itself (not one of a number several codes share),
            // and a success number (200200) reads as a success.
            errcodes::Code::Sdk(e)
                if sdk::SdkError::try_from(e.number()) == Ok(e)
                    && !sdk::SUCCESS_CODES.contains(&e.number()) =>
            {
                read_back!(sdk, e, .with_trace_id(id.clone()).with_status(status))
            }
            errcodes::Code::Sdk(_) => {}
            // A success code (`SUCCESS`, `00000`) builds a success body.
            errcodes::Code::Koupleless(e) if e.kind() != errcodes::ErrorKind::Ok => {
                read_back!(koupleless, e, .with_base_identity(id.clone()).with_status(status))
            }
            _ => {}
        }
    }

    #[test]
    fn exception_texts(
        code in any::<u32>(),
        module in any::<u32>(),
        message in any::<String>(),
        python in any::<bool>(),
        prefix in prop::option::of("[a-zA-Z ]{0,12}"),
    ) {
        // The Python SDK's text may come after free text and `, `.
        let prefix = prefix.map(|p| format!("{p}, ")).filter(|_| python).unwrap_or_default();
        let text = if python {
            format!("{prefix}code: {code}, module code: {module}, msg: {message}")
        } else {
            format!("ErrCode: {code}, ModuleCode: {module}, ErrMsg: {message}")
        };
        let error = sdk::ApiError::from_exception_text(&text).unwrap();
        prop_assert_eq!(error.number(), Some(code));
        prop_assert_eq!(error.module_code(), Some(module));
        // The message as is, trailing white space included: parse -> write is lossless.
        prop_assert_eq!(error.message(), message.as_str());
        prop_assert_eq!(error.to_exception_text(), text.as_str());
        prop_assert_eq!(sdk::ApiError::from_exception_text(&error.to_exception_text()).unwrap(), error);
        check_all(text.as_bytes());
    }
}
