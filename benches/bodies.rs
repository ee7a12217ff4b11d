//! Error bodies: errcodes' `ApiError::from_slice` against `serde_json` into a
//! plain struct with `String` fields of the same body (what a user would write
//! instead), and building the platform's response against serializing that
//! struct into an `http::Response`.
//!
//! The plain structs declare every field of their body, so both ways read the
//! same text: strings as `String`, numbers as numbers, and object values
//! (`metadata`, `data`) as raw JSON, which is what errcodes keeps of them.
//! errcodes does more with what it reads (the typed code lookup, the duplicate
//! check, the other fields kept in order); the bench measures what that costs.
//!
//! `cargo bench --bench bodies`; `BENCHMARKS.md` has the figures.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use errcodes::{cci, koupleless, paas, sdk};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

const CCI: &[u8] = br#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespace name is already exist","reason":"Conflict","code":409,"errorCode":"CCI.02.409101"}"#;
const ESB: &[u8] = br#"{"result":false,"code":1306406,"data":null,"message":"Parameters error, bk_biz_id is required","request_id":"5f1c2a3b4d5e6f708192a3b4c5d6e7f8"}"#;
const PAAS3: &[u8] = r#"{"code":"CANNOT_DEPLOY_APP","detail":"部署失败: 构建超时"}"#.as_bytes();
const SDK: &[u8] = br#"{"code":4115,"message":"function [0@faaspy@hello3] is not found. check input parameters","trace_id":"7d2c5b1e-0f3a-4c6d-9e8b-2a1f0c3d4e5f"}"#;
const TWO_LEVEL: &[u8] = br#"{"code":"FAILED","message":"install biz not success!","errorCode":"Arklet.InstallBizFailed","component":"Arklet","baseIdentity":"base-1"}"#;
const ARKLET: &[u8] = br#"{"code":"FAILED","message":"install biz not success!","baseIdentity":"base-1","data":{"code":"REPEAT_BIZ","message":"Biz: dynamic-provider:1.0.0 has been installed or registered."}}"#;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct CciPlain {
    kind: String,
    api_version: String,
    metadata: Box<RawValue>,
    status: String,
    message: String,
    reason: String,
    code: u16,
    error_code: String,
}

#[derive(Serialize, Deserialize)]
struct EsbPlain {
    result: bool,
    code: u32,
    data: Option<Box<RawValue>>,
    message: String,
    request_id: String,
}

#[derive(Serialize, Deserialize)]
struct Paas3Plain {
    code: String,
    detail: String,
}

#[derive(Serialize, Deserialize)]
struct SdkPlain {
    code: u32,
    message: String,
    trace_id: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ArkletPlain {
    code: String,
    message: String,
    base_identity: String,
    data: ArkletDataPlain,
}

#[derive(Serialize, Deserialize)]
struct ArkletDataPlain {
    code: String,
    message: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct TwoLevelPlain {
    code: String,
    message: String,
    error_code: String,
    component: String,
    base_identity: String,
}

/// Parses `body` both ways under `name`, after checking that both accept it.
fn parse<A, P: for<'de> Deserialize<'de>>(
    c: &mut Criterion,
    name: &str,
    body: &'static [u8],
    errcodes: fn(&[u8]) -> Result<A, errcodes::BodyError>,
) {
    assert!(errcodes(body).is_ok(), "{name}: errcodes reads the body");
    assert!(
        serde_json::from_slice::<P>(body).is_ok(),
        "{name}: serde reads it"
    );
    let mut group = c.benchmark_group("bodies/parse");
    group.bench_function(format!("{name}/errcodes"), |b| {
        b.iter(|| errcodes(black_box(body)).is_ok())
    });
    group.bench_function(format!("{name}/serde struct"), |b| {
        b.iter(|| serde_json::from_slice::<P>(black_box(body)).is_ok())
    });
    group.finish();
}

/// Builds the response both ways under `name`: errcodes' `to_response`, and the
/// plain struct serialized into a response with the same status, content type
/// and headers.
fn build<A, P: Serialize>(
    c: &mut Criterion,
    name: &str,
    error: &A,
    to_response: fn(&A) -> http::Response<Vec<u8>>,
    plain: &P,
) {
    let expected = to_response(error);
    let status = expected.status();
    let headers = expected.headers().clone();
    let mut group = c.benchmark_group("bodies/build");
    group.bench_function(format!("{name}/errcodes"), |b| {
        b.iter(|| to_response(black_box(error)))
    });
    group.bench_function(format!("{name}/serde struct"), |b| {
        b.iter(|| {
            let body = serde_json::to_vec(black_box(plain)).unwrap();
            let mut response = http::Response::new(body);
            *response.status_mut() = status;
            for (name, value) in &headers {
                response.headers_mut().insert(name.clone(), value.clone());
            }
            response
        })
    });
    group.finish();
}

/// The plain struct of `body`.
fn plain<P: for<'de> Deserialize<'de>>(body: &[u8]) -> P {
    serde_json::from_slice(body).unwrap()
}

fn bodies(c: &mut Criterion) {
    parse::<_, CciPlain>(c, "cci status", CCI, cci::ApiError::from_slice);
    parse::<_, EsbPlain>(c, "esb", ESB, paas::ApiError::from_slice);
    parse::<_, Paas3Plain>(c, "bkpaas3", PAAS3, paas::ApiError::from_slice);
    parse::<_, SdkPlain>(c, "openyuanrong rest", SDK, sdk::ApiError::from_slice);
    parse::<_, ArkletPlain>(c, "arklet", ARKLET, koupleless::ApiError::from_slice);
    parse::<_, TwoLevelPlain>(
        c,
        "koupleless two-level",
        TWO_LEVEL,
        koupleless::ApiError::from_slice,
    );

    build(
        c,
        "cci status",
        &cci::ApiError::from_slice(CCI).unwrap(),
        cci::ApiError::to_response,
        &plain::<CciPlain>(CCI),
    );
    build(
        c,
        "esb",
        &paas::ApiError::from_slice(ESB).unwrap(),
        paas::ApiError::to_response,
        &plain::<EsbPlain>(ESB),
    );
    build(
        c,
        "openyuanrong rest",
        &sdk::ApiError::from_slice(SDK).unwrap(),
        sdk::ApiError::to_response,
        &plain::<SdkPlain>(SDK),
    );
    build(
        c,
        "bkpaas3",
        &paas::ApiError::from_slice(PAAS3).unwrap(),
        paas::ApiError::to_response,
        &plain::<Paas3Plain>(PAAS3),
    );
    build(
        c,
        "koupleless two-level",
        &koupleless::ApiError::from_slice(TWO_LEVEL).unwrap(),
        koupleless::ApiError::to_response,
        &plain::<TwoLevelPlain>(TWO_LEVEL),
    );
}

criterion_group!(benches, bodies);
criterion_main!(benches);
