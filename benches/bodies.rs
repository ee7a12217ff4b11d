//! Error bodies: errcodes' `ApiError::from_slice` against `serde_json` into a
//! plain struct with `String` fields of the same body (what a user would write
//! instead), and building the platform's response against serializing that
//! struct into an `http::Response`.
//!
//! The bodies and the plain structs are in `support/plain.rs` (paired with
//! errcodes' readers in `support/bodies.rs`), which
//! `body_instructions.sh` shares. errcodes does more with what it reads (the
//! typed code lookup, the duplicate check of every field, the other fields kept
//! in order); the bench measures what that costs.
//!
//! `cargo bench --bench bodies`; `BENCHMARKS.md` has the figures.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use errcodes::{cci, koupleless, paas, sdk};
use serde::Serialize;
use serde::de::DeserializeOwned;

#[path = "support/bodies.rs"]
mod cases;

use cases::{ARKLET, CCI, ESB, PAAS3, SDK, TWO_LEVEL};

/// Reads every body of [`cases::CASES`] both ways, after checking that both
/// accept it.
fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("bodies/parse");
    for case in cases::CASES {
        assert!(
            (case.errcodes)(case.body),
            "{}: errcodes reads the body",
            case.name
        );
        assert!((case.serde)(case.body), "{}: serde reads it", case.name);
        // Each call reads the body at the next of eight addresses, as
        // body_instructions.sh does: `str::from_utf8`'s cost depends on it.
        let bodies = cases::at_eight_addresses(case.body);
        let at = |call: &mut usize| {
            *call += 1;
            black_box(cases::nth(&bodies, *call))
        };
        group.bench_function(format!("{}/errcodes", case.name), |b| {
            let mut call = 0;
            b.iter(|| (case.errcodes)(at(&mut call)))
        });
        group.bench_function(format!("{}/serde struct", case.name), |b| {
            let mut call = 0;
            b.iter(|| (case.serde)(at(&mut call)))
        });
        assert!(
            cases::reply(case.body),
            "{}: the reader reads it",
            case.name
        );
        group.bench_function(format!("{}/reply", case.name), |b| {
            let mut call = 0;
            b.iter(|| cases::reply(at(&mut call)))
        });
    }
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
fn plain<P: DeserializeOwned>(body: &[u8]) -> P {
    serde_json::from_slice(body).unwrap()
}

/// A body of about `MAX_BODY_LEN` bytes: `head`, then `each(0)`, `each(1)`, ...
/// while they fit, then `}`.
fn hostile_body(head: &str, each: impl Fn(usize) -> String) -> Vec<u8> {
    let mut body = String::from(head);
    let mut at = 0;
    while body.len() < errcodes::body::MAX_BODY_LEN - 64 {
        body.push_str(&each(at));
        at += 1;
    }
    body.push('}');
    body.into_bytes()
}

/// A platform's `from_slice`: whether it reads the body.
type Read = fn(&[u8]) -> bool;

/// Bodies of a megabyte of duplicates, which a reader must read in time
/// linear in their size (each took seconds before the reader kept the
/// position of each field and of each warning it may take back).
fn hostile(c: &mut Criterion) {
    let mut group = c.benchmark_group("bodies/hostile");
    group.sample_size(10);
    let half = 25_000;
    let cases: [(&str, Vec<u8>, Read); 4] = [
        (
            "koupleless code repeated",
            hostile_body(r#"{"code":"FAILED""#, |_| r#","code":"F""#.into()),
            |body| koupleless::ApiError::from_slice(body).is_ok(),
        ),
        (
            "paas request_id of another type repeated",
            hostile_body(r#"{"code":1306406"#, |_| r#","request_id":5"#.into()),
            |body| paas::ApiError::from_slice(body).is_ok(),
        ),
        (
            "sdk distinct fields then the last repeated",
            hostile_body(r#"{"code":4115"#, move |at| {
                format!(r#","f{}":1"#, at.min(half - 1))
            }),
            |body| sdk::ApiError::from_slice(body).is_ok(),
        ),
        (
            "paas distinct fields then request_id repeated",
            hostile_body(r#"{"code":1306406,"request_id":5"#, move |at| {
                match at < half {
                    true => format!(r#","f{at}":1"#),
                    false => r#","request_id":5"#.into(),
                }
            }),
            |body| paas::ApiError::from_slice(body).is_ok(),
        ),
    ];
    for (name, body, read) in cases {
        assert!(read(&body), "{name}");
        group.bench_function(name, |b| b.iter(|| read(black_box(&body))));
    }
    group.finish();
}

fn bodies(c: &mut Criterion) {
    parse(c);
    hostile(c);

    build(
        c,
        "cci status",
        &cci::ApiError::from_slice(CCI).unwrap(),
        cci::ApiError::to_response,
        &plain::<cases::CciPlain>(CCI),
    );
    build(
        c,
        "esb",
        &paas::ApiError::from_slice(ESB).unwrap(),
        paas::ApiError::to_response,
        &plain::<cases::EsbPlain>(ESB),
    );
    build(
        c,
        "openyuanrong rest",
        &sdk::ApiError::from_slice(SDK).unwrap(),
        sdk::ApiError::to_response,
        &plain::<cases::SdkPlain>(SDK),
    );
    build(
        c,
        "bkpaas3",
        &paas::ApiError::from_slice(PAAS3).unwrap(),
        paas::ApiError::to_response,
        &plain::<cases::Paas3Plain>(PAAS3),
    );
    build(
        c,
        "koupleless two-level",
        &koupleless::ApiError::from_slice(TWO_LEVEL).unwrap(),
        koupleless::ApiError::to_response,
        &plain::<cases::TwoLevelPlain>(TWO_LEVEL),
    );
    build(
        c,
        "arklet",
        &koupleless::ApiError::from_slice(ARKLET).unwrap(),
        koupleless::ApiError::to_response,
        &plain::<cases::ArkletPlain>(ARKLET),
    );
}

criterion_group!(benches, bodies);
criterion_main!(benches);
