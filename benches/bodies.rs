//! Error bodies: errcodes' `ApiError::from_slice` against `serde_json` into a
//! plain struct with `String` fields of the same body (what a user would write
//! instead), and building the platform's response against serializing that
//! struct into an `http::Response`.
//!
//! The bodies and the plain structs are in `support/bodies.rs`, which
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
        group.bench_function(format!("{}/errcodes", case.name), |b| {
            b.iter(|| (case.errcodes)(black_box(case.body)))
        });
        group.bench_function(format!("{}/serde struct", case.name), |b| {
            b.iter(|| (case.serde)(black_box(case.body)))
        });
        assert!(
            cases::reply(case.body),
            "{}: the reader reads it",
            case.name
        );
        group.bench_function(format!("{}/reply", case.name), |b| {
            b.iter(|| cases::reply(black_box(case.body)))
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

fn bodies(c: &mut Criterion) {
    parse(c);

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
