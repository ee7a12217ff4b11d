//! With the `serde` feature, codes serialize as the code string and deserialize
//! from it, from a vendor name, or from a number on numeric platforms.
#![cfg(feature = "serde")]

use errcodes::Code;
use errcodes::cci::CciError;
use errcodes::koupleless::KouplelessError;
use errcodes::paas::PaasError;
use errcodes::sdk::SdkError;

#[test]
fn codes_serialize_as_their_code_string() {
    assert_eq!(
        serde_json::to_string(&CciError::NamespaceNameAlreadyExists).unwrap(),
        r#""CCI.02.409101""#
    );
    assert_eq!(
        serde_json::to_string(&PaasError::ArgumentError).unwrap(),
        r#""1306406""#
    );
    let code = Code::from(KouplelessError::ArkletPullBizError);
    assert_eq!(
        serde_json::to_string(&code).unwrap(),
        r#""Arklet.PullBizError""#
    );
}

#[test]
fn every_code_round_trips_through_json() {
    for code in Code::all() {
        let json = serde_json::to_string(&code).unwrap();
        match serde_json::from_str::<Code>(&json) {
            Ok(back) => assert_eq!(back, code),
            // A Koupleless code of two tables cannot be read back bare.
            Err(error) => assert!(error.to_string().contains("ambiguous"), "{error}"),
        }
    }
    for &error in CciError::ALL {
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(serde_json::from_str::<CciError>(&json).unwrap(), error);
    }
}

#[test]
fn numeric_codes_deserialize_from_numbers_and_names() {
    assert_eq!(
        serde_json::from_str::<PaasError>("1306406").unwrap(),
        PaasError::ArgumentError
    );
    assert_eq!(
        serde_json::from_str::<PaasError>(r#""CANNOT_DEPLOY_APP""#).unwrap(),
        PaasError::CannotDeployApp
    );
    assert_eq!(
        serde_json::from_str::<SdkError>("4115").unwrap(),
        SdkError::FunctionNotFound
    );
}

#[test]
fn bad_codes_are_errors_that_name_the_input() {
    let cases = [
        (
            serde_json::from_str::<CciError>(r#""CCI.02.409199""#).map(drop),
            r#"unknown CCI error code "CCI.02.409199" at line 1 column 15"#,
        ),
        (
            serde_json::from_str::<CciError>("409101").map(drop),
            "invalid type: integer `409101`, expected a CCI error code at line 1 column 6",
        ),
        (
            serde_json::from_str::<PaasError>("42").map(drop),
            "invalid value: integer `42`, expected a BlueKing PaaS error code at line 1 column 2",
        ),
        (
            serde_json::from_str::<SdkError>("-1").map(drop),
            "invalid value: integer `-1`, expected an openYuanrong error code at line 1 column 2",
        ),
        (
            serde_json::from_str::<SdkError>("4294967296").map(drop),
            "invalid value: integer `4294967296`, expected an openYuanrong error code at line 1 column 10",
        ),
        (
            serde_json::from_str::<SdkError>("1e40").map(drop),
            "invalid type: floating point `1e+40`, expected an openYuanrong error code at line 1 column 4",
        ),
    ];
    for (result, expected) in cases {
        assert_eq!(result.unwrap_err().to_string(), expected);
    }
}

#[test]
fn any_code_reads_from_a_signed_number_as_from_an_unsigned_one() {
    use serde::Deserialize;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error, I64Deserializer, U64Deserializer};

    let signed: I64Deserializer<Error> = 4115_i64.into_deserializer();
    let unsigned: U64Deserializer<Error> = 4115_u64.into_deserializer();
    assert_eq!(
        Code::deserialize(signed),
        Ok(Code::Sdk(SdkError::try_from(4115).unwrap()))
    );
    assert_eq!(Code::deserialize(unsigned), Code::deserialize(signed));
    let negative: I64Deserializer<Error> = (-1_i64).into_deserializer();
    assert!(Code::deserialize(negative).is_err());
}

/// An error body read from a `serde_json::Value`, whose field names come as
/// strings when the reader asks for bytes (the readers ask for bytes, which
/// is how `serde_json` gives a name with a lone surrogate), reads as the text
/// of the body does.
#[test]
fn error_bodies_read_from_a_value_as_from_text() {
    let text = r#"{"code": 4115, "message": "m", "trace_id": "t", "hint": [1]}"#;
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let from_value = serde_json::from_value::<errcodes::sdk::ApiError>(value).unwrap();
    let from_text = errcodes::sdk::ApiError::from_slice(text.as_bytes()).unwrap();
    assert_eq!(from_value, from_text);
    assert_eq!(from_value.field("hint").map(|raw| raw.get()), Some("[1]"));
}

/// `serde_json` with its `arbitrary_precision` feature, which any crate of a
/// build may turn on for all, gives a number that is no `u64` or `i64` as a
/// map of one entry under its own key; with the feature, the readers take
/// that map for the number (`.ci/run` runs these tests with it too), and
/// without it, for the object it is.
#[test]
fn numbers_given_as_maps_read_as_numbers_where_serde_json_gives_them() {
    use errcodes::BodyError;
    use serde_json::json;
    const NUMBER: &str = "$serde_json::private::Number";
    // The feature keeps a number's text as written.
    let as_maps = matches!(
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>("1.50").unwrap())
            .as_deref(),
        Ok("1.50")
    );
    let read = |value: serde_json::Value| {
        serde_json::from_value::<errcodes::sdk::ApiError>(value).map_err(|error| error.to_string())
    };
    // A fraction: out of range, however it comes.
    let plain = errcodes::sdk::ApiError::from_slice(br#"{"code": 4.5, "message": "m"}"#);
    let Err(BodyError::OutOfRange { value, .. }) = plain else {
        panic!("a fraction is no code: {plain:?}");
    };
    assert_eq!(value, "4.5");
    let fraction = read(json!({"code": 4.5, "message": "m"})).unwrap_err();
    assert!(
        fraction.starts_with("`code` is 4.5, out of range"),
        "{fraction}"
    );
    let body = read(json!(1.5)).unwrap_err();
    assert!(body.starts_with("the body is a number"), "{body}");

    // The map itself, as the feature gives a number: the number with it, an
    // object without it (`serde_json` cannot tell them apart with it).
    let mapped = read(json!({"code": {NUMBER: "4.5"}, "message": "m"})).unwrap_err();
    let beyond = read(json!({"code": {NUMBER: "1e999"}, "message": "m"})).unwrap_err();
    let body = read(json!({NUMBER: "1.5"})).unwrap_err();
    let code = serde_json::from_value::<errcodes::sdk::SdkError>(json!({NUMBER: "1e40"}));
    let code = code.unwrap_err().to_string();
    let text = format!(r#"{{"code": {{"{NUMBER}": "4.5"}}, "message": "m"}}"#);
    let text = errcodes::sdk::ApiError::from_slice(text.as_bytes())
        .unwrap_err()
        .to_string();
    // The key further on in a body is a field, as `serde_json` reads it.
    let later = format!(r#"{{"code": 4115, "message": "m", "{NUMBER}": "1"}}"#);
    let later = serde_json::from_str::<errcodes::sdk::ApiError>(&later).unwrap();
    assert_eq!(later.field(NUMBER).map(|raw| raw.get()), Some(r#""1""#));
    if as_maps {
        assert!(
            mapped.starts_with("`code` is 4.5, out of range"),
            "{mapped}"
        );
        assert!(beyond.contains("number out of range"), "{beyond}");
        assert!(body.starts_with("the body is a number"), "{body}");
        assert!(
            code.starts_with("invalid type: floating point `1e+40`"),
            "{code}"
        );
        assert!(text.starts_with("`code` is 4.5, out of range"), "{text}");
    } else {
        for error in [&mapped, &beyond, &text] {
            assert!(error.starts_with("`code` is an object"), "{error}");
        }
        let field = read(json!({NUMBER: "1.5", "code": 4115, "message": "m"}));
        assert_eq!(
            field.map(|error| error.code().to_owned()),
            Ok("4115".to_owned())
        );
        assert!(code.starts_with("invalid type: map"), "{code}");
    }
}
