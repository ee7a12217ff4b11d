//! How fast a code string (or number) becomes a variant: errcodes' `FromStr` and
//! `TryFrom<u32>` against what a user would write instead, on the very same code
//! set (`benches/baseline/`): strum's `EnumString` (a generated string `match`),
//! a `std` `HashMap` built once, and a `phf` map.
//!
//! Three input sets per platform, each a shuffled sequence (`support::shuffled`):
//! every code (hits), every code with one character changed so it is no code
//! (near misses, `CCI.02.409199`), and input that is no code at all (garbage:
//! empty, `CCI.9`, 200 bytes of noise, other platforms' codes, ...). Before
//! measuring, the bench checks that all four ways agree on every input.
//!
//! Each way's answer is read as a caller's `match` reads it, as an
//! `Option<variant>`; an error value (errcodes' `ParseCodeError`, strum's
//! `ParseError`) first goes through `black_box`, so that it is built rather than
//! optimized away once the parse is inlined.
//!
//! `cargo bench --bench parse`; `BENCHMARKS.md` has the figures.

#[allow(dead_code)] // the accessors bench uses the rest of the baselines
mod baseline;
mod support;

use std::collections::HashMap;
use std::fmt::Debug;
use std::hint::black_box;
use std::str::FromStr;

use criterion::{Criterion, criterion_group, criterion_main};
use errcodes::ErrorCode;
use errcodes::cci::CciError;
use errcodes::koupleless::KouplelessError;
use errcodes::paas::PaasError;
use errcodes::sdk::SdkError;

use support::{Rng, each, shuffled};

/// A platform's enum and its baseline, with the baseline's tables.
struct Platform<B: 'static> {
    name: &'static str,
    codes: &'static [(&'static str, B)],
    phf: &'static phf::Map<&'static str, B>,
}

/// What each of the four ways makes of `input`: the variant's name, or `None`.
fn outcomes<E: ErrorCode, B: FromStr + Copy + Debug>(
    platform: &Platform<B>,
    map: &HashMap<&str, B>,
    input: &str,
) -> [Option<String>; 4] {
    let name = |b: &B| format!("{b:?}");
    [
        input.parse::<E>().ok().map(|e| e.name().to_owned()),
        input.parse::<B>().ok().as_ref().map(name),
        map.get(input).map(name),
        platform.phf.get(input).map(name),
    ]
}

/// `code` with one character changed (the last one that can be, digits to
/// digits and letters to letters) so that none of the four ways finds it.
fn near_miss(code: &str, is_code: impl Fn(&str) -> bool) -> String {
    let mut bytes = code.as_bytes().to_vec();
    for at in (0..bytes.len()).rev() {
        let original = bytes[at];
        let (base, span) = match original {
            b'0'..=b'9' => (b'0', 10),
            b'a'..=b'z' => (b'a', 26),
            b'A'..=b'Z' => (b'A', 26),
            _ => continue,
        };
        for step in 1..span {
            bytes[at] = base + (original - base + step) % span;
            let candidate = std::str::from_utf8(&bytes).unwrap();
            // A leading zero would be a different shape, not a near miss.
            let leading_zero = at == 0 && bytes[at] == b'0';
            if !leading_zero && !is_code(candidate) {
                return candidate.to_owned();
            }
        }
        bytes[at] = original;
    }
    panic!("no near miss of {code}")
}

/// Input that is no code of any platform's shape, or another platform's code.
fn garbage() -> Vec<String> {
    let mut inputs: Vec<String> = [
        "",
        " ",
        "CCI.9",
        "CCI.",
        "CCI.02.40910",
        "CCI.02.4091010",
        "CCI-02-409101",
        "CCI.0x.409101",
        "0",
        "-1",
        "+4115",
        "04115",
        "4294967296",
        "99999999999999999999",
        "null",
        "Internal Server Error",
        r#"{"code": 4115}"#,
        "User.",
        ".DiskFull",
        "User.DiskFull.Extra",
        "ERR_",
        "错误码",
        // The other platforms' codes.
        "4311003",
        "CCI.02.409101",
        "4115",
        "Arklet.InstallBizFailed",
    ]
    .map(str::to_owned)
    .to_vec();
    let mut rng = Rng::new(0x6e6f_6973);
    let mut noise = |len: usize| -> String {
        (0..len)
            .map(|_| char::from(b' ' + rng.below(95) as u8))
            .collect()
    };
    inputs.push(noise(200));
    for len in [3, 7, 9, 13, 20, 26, 40, 64, 100] {
        inputs.push(noise(len));
    }
    inputs
}

/// The hits, near misses and garbage of a platform, each checked to get the same
/// answer from all four ways.
fn input_sets<E: ErrorCode, B: FromStr + Copy + Debug>(
    platform: &Platform<B>,
    map: &HashMap<&str, B>,
) -> [(&'static str, Vec<String>); 3] {
    let hits: Vec<String> = platform.codes.iter().map(|(c, _)| c.to_string()).collect();
    let is_anything =
        |input: &str| outcomes::<E, B>(platform, map, input) != [None, None, None, None];
    let near_misses: Vec<String> = hits
        .iter()
        .map(|code| near_miss(code, is_anything))
        .collect();
    let garbage: Vec<String> = garbage().into_iter().filter(|g| !is_anything(g)).collect();
    for code in &hits {
        let [ours, strum, hash_map, phf] = outcomes::<E, B>(platform, map, code);
        assert!(ours.is_some(), "{code} is no {} code", platform.name);
        assert_eq!([&ours, &ours, &ours], [&strum, &hash_map, &phf], "{code}");
    }
    [
        ("hits", hits),
        ("near_misses", near_misses),
        ("garbage", garbage),
    ]
}

fn parse_strings<E: ErrorCode, B: FromStr + Copy + Debug>(
    c: &mut Criterion,
    platform: Platform<B>,
) {
    let map: HashMap<&str, B> = platform.codes.iter().copied().collect();
    let mut group = c.benchmark_group(format!("parse/{}", platform.name));
    for (seed, (set, inputs)) in input_sets::<E, B>(&platform, &map).into_iter().enumerate() {
        let sequence = shuffled(&inputs, seed as u64 + 1);
        let sequence: Vec<&str> = sequence.iter().map(String::as_str).collect();
        group.bench_function(format!("{set}/errcodes"), |b| {
            each(b, &sequence, |input| {
                input.parse::<E>().map_err(black_box).ok()
            })
        });
        group.bench_function(format!("{set}/strum"), |b| {
            each(b, &sequence, |input| {
                input.parse::<B>().map_err(black_box).ok()
            })
        });
        group.bench_function(format!("{set}/hashmap"), |b| {
            each(b, &sequence, |input| map.get(input).copied())
        });
        group.bench_function(format!("{set}/phf"), |b| {
            each(b, &sequence, |input| platform.phf.get(input).copied())
        });
    }
    group.finish();
}

/// A numeric platform's codes as numbers, and its baseline's numeric forms.
struct Numbers<B: 'static> {
    name: &'static str,
    codes: &'static [(&'static str, B)],
    from_repr: fn(u32) -> Option<B>,
    phf: &'static phf::Map<u32, B>,
}

fn parse_numbers<E, B>(c: &mut Criterion, platform: Numbers<B>)
where
    E: ErrorCode + TryFrom<u32>,
    B: Copy + Debug + PartialEq,
{
    let number = |code: &str| code.parse::<u32>().unwrap();
    let map: HashMap<u32, B> = platform
        .codes
        .iter()
        .map(|&(c, b)| (number(c), b))
        .collect();
    let found = |n: u32| {
        (
            E::try_from(n).ok().map(|e| e.name()),
            (platform.from_repr)(n),
        )
    };
    let hits: Vec<u32> = platform.codes.iter().map(|(c, _)| number(c)).collect();
    let near_misses: Vec<u32> = hits
        .iter()
        .map(|&n| {
            number(&near_miss(&n.to_string(), |s| {
                found(number(s)) != (None, None)
            }))
        })
        .collect();
    for &n in hits.iter().chain(&near_misses) {
        let (ours, repr) = found(n);
        assert_eq!(ours.is_some(), repr.is_some(), "{n}");
        assert_eq!(map.get(&n), repr.as_ref(), "{n}");
        assert_eq!(platform.phf.get(&n), repr.as_ref(), "{n}");
        if let (Some(ours), Some(repr)) = (ours, repr) {
            assert_eq!(ours, format!("{repr:?}"), "{n}");
        }
    }
    let mut group = c.benchmark_group(format!("parse_u32/{}", platform.name));
    for (seed, (set, inputs)) in [("hits", hits), ("near_misses", near_misses)]
        .into_iter()
        .enumerate()
    {
        let sequence = shuffled(&inputs, seed as u64 + 11);
        group.bench_function(format!("{set}/errcodes"), |b| {
            each(b, &sequence, |input| {
                E::try_from(input).map_err(black_box).ok()
            })
        });
        group.bench_function(format!("{set}/strum_from_repr"), |b| {
            each(b, &sequence, platform.from_repr)
        });
        group.bench_function(format!("{set}/hashmap"), |b| {
            each(b, &sequence, |input| map.get(&input).copied())
        });
        group.bench_function(format!("{set}/phf"), |b| {
            each(b, &sequence, |input| platform.phf.get(&input).copied())
        });
    }
    group.finish();
}

fn parse(c: &mut Criterion) {
    parse_strings::<PaasError, _>(
        c,
        Platform {
            name: "paas",
            codes: &baseline::paas::CODES,
            phf: &baseline::paas::PHF,
        },
    );
    parse_strings::<CciError, _>(
        c,
        Platform {
            name: "cci",
            codes: &baseline::cci::CODES,
            phf: &baseline::cci::PHF,
        },
    );
    parse_strings::<SdkError, _>(
        c,
        Platform {
            name: "sdk",
            codes: &baseline::sdk::CODES,
            phf: &baseline::sdk::PHF,
        },
    );
    parse_strings::<KouplelessError, _>(
        c,
        Platform {
            name: "koupleless",
            codes: &baseline::koupleless::CODES,
            phf: &baseline::koupleless::PHF,
        },
    );
    parse_numbers::<PaasError, _>(
        c,
        Numbers {
            name: "paas",
            codes: &baseline::paas::CODES,
            from_repr: baseline::paas::PaasCode::from_repr,
            phf: &baseline::paas::PHF_NUMBERS,
        },
    );
    parse_numbers::<SdkError, _>(
        c,
        Numbers {
            name: "sdk",
            codes: &baseline::sdk::CODES,
            from_repr: baseline::sdk::SdkCode::from_repr,
            phf: &baseline::sdk::PHF_NUMBERS,
        },
    );
}

criterion_group!(benches, parse);
criterion_main!(benches);
