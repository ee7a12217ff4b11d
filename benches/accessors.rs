//! What reading a variant costs: `code()`, `message()`, `http_status()`,
//! `Display` written into a reused `String`, and `to_string()`, against the
//! `match`es returning `&'static str` (and a `u16` status) that a user would
//! write instead (`benches/baseline/`, built from the same tables when the bench
//! compiles), and `to_string()` against copying the same text into a new
//! `String`. The variants come in shuffled order (`support::shuffled`), so the
//! `match` cannot ride on the branch predictor.
//!
//! `cargo bench --bench accessors`; `BENCHMARKS.md` has the figures.

#[allow(dead_code)] // each bench reads a part of the baselines
mod baseline;
mod support;

// The paths the generated tables name (`benches/baseline/mod.rs`).
use baseline::generated;
use baseline::koupleless_statics as koupleless;

use std::fmt::Write;

use criterion::{Criterion, criterion_group, criterion_main};
use errcodes::cci::CciError;
use errcodes::koupleless::KouplelessError;
use errcodes::paas::PaasError;
use errcodes::sdk::SdkError;
use strum::VariantArray;

use support::{each, shuffled};

/// Benches one platform: `$enum`, the crate's, against `$baseline`, whose variants
/// are the same in the same order (both come from the same generated table).
/// A macro rather than a generic function, so that each call is the inherent
/// method a user calls on the concrete enum.
macro_rules! accessors {
    ($c:expr, $platform:literal, $enum:ty, $baseline:ty) => {{
        assert_eq!(
            <$enum>::ALL.len(),
            <$baseline as VariantArray>::VARIANTS.len()
        );
        let pairs: Vec<($enum, $baseline)> = <$enum>::ALL
            .iter()
            .copied()
            .zip(<$baseline as VariantArray>::VARIANTS.iter().copied())
            .collect();
        for (ours, theirs) in &pairs {
            assert_eq!(ours.name(), format!("{theirs:?}"));
            assert_eq!(ours.code(), theirs.code());
            assert_eq!(ours.message(), theirs.message());
            assert_eq!(ours.http_status().as_u16(), theirs.http_status());
            assert_eq!(ours.to_string(), theirs.to_string());
        }
        let sequence = shuffled(&pairs, 7);
        let ours: Vec<$enum> = sequence.iter().map(|&(e, _)| e).collect();
        let theirs: Vec<$baseline> = sequence.iter().map(|&(_, b)| b).collect();
        // Room for the longest line, so that writing never grows the buffer.
        let capacity = pairs
            .iter()
            .map(|(e, _)| e.to_string().len())
            .max()
            .unwrap();
        let mut buffer = String::with_capacity(capacity);

        let mut group = $c.benchmark_group(concat!("accessors/", $platform));
        group.bench_function("code/errcodes", |b| each(b, &ours, |e| e.code()));
        group.bench_function("code/match", |b| each(b, &theirs, |e| e.code()));
        group.bench_function("message/errcodes", |b| each(b, &ours, |e| e.message()));
        group.bench_function("message/match", |b| each(b, &theirs, |e| e.message()));
        group.bench_function("http_status/errcodes", |b| {
            each(b, &ours, |e| e.http_status())
        });
        group.bench_function("http_status/match", |b| {
            each(b, &theirs, |e| e.http_status())
        });
        group.bench_function("display/errcodes", |b| {
            each(b, &ours, |e| {
                buffer.clear();
                write!(buffer, "{e}").unwrap();
                buffer.len()
            })
        });
        group.bench_function("display/match", |b| {
            each(b, &theirs, |e| {
                buffer.clear();
                write!(buffer, "{e}").unwrap();
                buffer.len()
            })
        });
        // `to_string()` against the least it can cost: one allocation of the
        // text's size and one copy of it.
        let texts: Vec<String> = ours.iter().map(|e| e.to_string()).collect();
        let text_refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        group.bench_function("to_string/errcodes", |b| each(b, &ours, |e| e.to_string()));
        group.bench_function("to_string/copy", |b| {
            each(b, &text_refs, |text| String::from(text))
        });
        group.finish();
    }};
}

fn accessors(c: &mut Criterion) {
    accessors!(c, "paas", PaasError, baseline::paas::Baseline);
    accessors!(c, "cci", CciError, baseline::cci::Baseline);
    accessors!(c, "sdk", SdkError, baseline::sdk::Baseline);
    accessors!(
        c,
        "koupleless",
        KouplelessError,
        baseline::koupleless::Baseline
    );
}

criterion_group!(benches, accessors);
criterion_main!(benches);
