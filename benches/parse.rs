//! How fast a code string (or number) becomes a variant: errcodes' `FromStr`,
//! `find` (the `Option`, no error built) and `TryFrom<u32>`, against what a user
//! would write instead on the very same code set, built when the bench compiles
//! or starts: strum's `EnumString` (a generated string `match`,
//! `benches/baseline/`), a `std` `HashMap`, and a perfect-hash reference with a
//! strict key (`benches/support/reference.rs`). And `errcodes::lookup` (any
//! platform) beside the platform's own parse.
//!
//! Three input sets per platform, each a shuffled sequence (`support::shuffled`):
//! every code (hits), every code with one character changed so it is no code
//! (near misses, `CCI.02.409199`), and input that is no code at all (garbage:
//! empty, `CCI.9`, 200 bytes of noise, other platforms' codes, ...). Before
//! measuring, the bench checks that every way agrees on every input.
//!
//! Each way's answer is read as a caller's `match` reads it, as an
//! `Option<variant>`; an error value (errcodes' `ParseCodeError`, strum's
//! `ParseError`) first goes through `black_box`, so that it is built rather than
//! optimized away once the parse is inlined.
//!
//! `cargo bench --bench parse`; `BENCHMARKS.md` has the figures. With
//! `PARSE_INSTRUCTIONS=<group>/<set>/<way>:<calls>` in its environment the bench
//! binary instead runs that one routine `calls` times over its sequence and
//! exits, for `benches/parse_instructions.sh` to count instructions.

#[allow(dead_code)] // each bench reads a part of the baselines
mod baseline;
#[path = "support/reference.rs"]
mod reference;
mod support;

// The paths the generated tables name (`benches/baseline/mod.rs`).
use baseline::generated;
use baseline::koupleless_statics as koupleless;

use std::collections::HashMap;
use std::fmt::Debug;
use std::hint::black_box;
use std::str::FromStr;

use criterion::{Criterion, criterion_group};
use errcodes::cci::CciError;
use errcodes::koupleless::KouplelessError;
use errcodes::paas::PaasError;
use errcodes::sdk::SdkError;
use errcodes::{Code, ErrorCode};
use strum::VariantArray;

use reference::PerfectHash;
use support::{Rng, each, shuffled};

/// What a platform enum offers the bench beyond [`ErrorCode`].
trait Platform: ErrorCode + Into<Code> {
    const NAME: &'static str;
    /// Its code strings, each with its variant: every code of every row.
    fn code_strings(self) -> Vec<&'static str>;
    /// `find`, the `Option` without an error.
    fn find(input: &str) -> Option<Self>;
}

macro_rules! platform {
    ($enum:ty, $name:literal, $codes:expr) => {
        impl Platform for $enum {
            const NAME: &'static str = $name;
            fn code_strings(self) -> Vec<&'static str> {
                let codes: fn($enum) -> Vec<&'static str> = $codes;
                codes(self)
            }
            #[inline]
            fn find(input: &str) -> Option<Self> {
                <$enum>::find(input)
            }
        }
    };
}

platform!(PaasError, "paas", |e| vec![e.code()]);
platform!(CciError, "cci", |e| vec![e.code()]);
platform!(SdkError, "sdk", |e| vec![e.code()]);
platform!(KouplelessError, "koupleless", |e| e.codes().to_vec());

/// Every code the crate parses to its variant, with the variant: a Koupleless
/// code of two tables parses to neither, and is left out.
fn code_set<E: Platform + VariantArray>() -> Vec<(&'static str, E)> {
    E::VARIANTS
        .iter()
        .flat_map(|&e| e.code_strings().into_iter().map(move |code| (code, e)))
        .filter(|&(code, e)| code.parse::<E>() == Ok(e))
        .collect()
}

/// The ways to parse one platform's strings, side by side.
struct Ways<E: 'static, B: 'static> {
    map: HashMap<&'static str, E>,
    reference: PerfectHash<&'static str, E>,
    _baseline: std::marker::PhantomData<B>,
}

impl<E: Platform + VariantArray, B: FromStr + Copy + Debug> Ways<E, B> {
    fn new() -> Self {
        let codes = code_set::<E>();
        Ways {
            map: codes.iter().copied().collect(),
            reference: PerfectHash::new(&codes),
            _baseline: std::marker::PhantomData,
        }
    }

    /// What each way makes of `input`, by the variant's name.
    fn outcomes(&self, input: &str) -> [Option<String>; 5] {
        let name = |e: E| e.name().to_owned();
        [
            input.parse::<E>().ok().map(name),
            E::find(input).map(name),
            input.parse::<B>().ok().map(|b| format!("{b:?}")),
            self.map.get(input).copied().map(name),
            self.reference.get(input).map(name),
        ]
    }

    /// The hits, near misses and garbage, each checked to get the same answer
    /// from every way.
    fn input_sets(&self) -> [(&'static str, Vec<String>); 3] {
        let hits: Vec<String> = code_set::<E>().iter().map(|(c, _)| c.to_string()).collect();
        let is_anything = |input: &str| self.outcomes(input).iter().any(Option::is_some);
        let near_misses: Vec<String> = hits
            .iter()
            .map(|code| near_miss(code, is_anything))
            .collect();
        let garbage: Vec<String> = garbage().into_iter().filter(|g| !is_anything(g)).collect();
        for code in &hits {
            let outcomes = self.outcomes(code);
            assert!(outcomes[0].is_some(), "{code} is no {} code", E::NAME);
            assert!(
                outcomes.iter().all(|o| *o == outcomes[0]),
                "{code}: {outcomes:?}"
            );
        }
        [
            ("hits", hits),
            ("near_misses", near_misses),
            ("garbage", garbage),
        ]
    }
}

/// `code` with one character changed (the last one that can be, digits to
/// digits and letters to letters) so that no way finds it.
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

/// Runs `routine` once per input of `sequence`, `calls` times in all: what
/// `benches/parse_instructions.sh` counts.
fn run_calls<T: Copy, R>(sequence: &[T], calls: usize, mut routine: impl FnMut(T) -> R) {
    for i in 0..calls {
        black_box(routine(black_box(sequence[i % sequence.len()])));
    }
}

/// The routine `PARSE_INSTRUCTIONS` names, if this run is one of
/// `parse_instructions.sh`'s: `(group/set/way, calls)`.
fn instructions_request() -> Option<(String, usize)> {
    let request = std::env::var("PARSE_INSTRUCTIONS").ok()?;
    let (name, calls) = request
        .rsplit_once(':')
        .expect("PARSE_INSTRUCTIONS=<group>/<set>/<way>:<calls>");
    Some((name.to_owned(), calls.parse().expect("a number of calls")))
}

/// Benches (or, under `PARSE_INSTRUCTIONS`, runs) one way, `group/set/way`,
/// over `sequence`.
fn way<T: Copy, R>(
    c: &mut Option<&mut Criterion>,
    request: &Option<(String, usize)>,
    (group, set, way): (&str, &str, &str),
    sequence: &[T],
    mut routine: impl FnMut(T) -> R,
) {
    match (c, request) {
        (_, Some((wanted, calls))) => {
            if *wanted == format!("{group}/{set}/{way}") {
                run_calls(sequence, *calls, &mut routine);
                std::process::exit(0);
            }
        }
        (Some(c), None) => {
            c.benchmark_group(group)
                .bench_function(format!("{set}/{way}"), |b| each(b, sequence, &mut routine));
        }
        (None, None) => {}
    }
}

fn parse_strings<E: Platform + VariantArray, B: FromStr + Copy + Debug + 'static>(
    c: &mut Option<&mut Criterion>,
    request: &Option<(String, usize)>,
) {
    let ways = Ways::<E, B>::new();
    for (seed, (set, inputs)) in ways.input_sets().into_iter().enumerate() {
        let sequence = shuffled(&inputs, seed as u64 + 1);
        let sequence: Vec<&str> = sequence.iter().map(String::as_str).collect();
        let group = format!("parse/{}", E::NAME);
        let name = |way| (group.as_str(), set, way);
        way(c, request, name("errcodes"), &sequence, |input| {
            input.parse::<E>().map_err(black_box).ok()
        });
        way(c, request, name("errcodes_find"), &sequence, |input| {
            E::find(input)
        });
        way(c, request, name("strum"), &sequence, |input| {
            input.parse::<B>().map_err(black_box).ok()
        });
        way(c, request, name("hashmap"), &sequence, |input| {
            ways.map.get(input).copied()
        });
        way(c, request, name("perfect_hash"), &sequence, |input| {
            ways.reference.get(input)
        });
        if set == "hits" {
            // Any platform's code, found by its shape, beside the platform's own
            // parse above.
            let group = format!("lookup/{}", E::NAME);
            way(c, request, (&group, set, "errcodes"), &sequence, |input| {
                errcodes::lookup(input).map_err(black_box).ok()
            });
            way(
                c,
                request,
                (&group, set, "errcodes_find"),
                &sequence,
                Code::find,
            );
        }
    }
}

/// `to_string()` of every variant against copying the same text into a new
/// `String`, the least it can cost (the accessors bench times the same; this
/// is for `benches/parse_instructions.sh`).
fn to_string<E: Platform + VariantArray>(
    c: &mut Option<&mut Criterion>,
    request: &Option<(String, usize)>,
) {
    let sequence = shuffled(E::VARIANTS, 21);
    let texts: Vec<String> = sequence.iter().map(|e| e.to_string()).collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let group = format!("to_string/{}", E::NAME);
    way(c, request, (&group, "all", "errcodes"), &sequence, |e| {
        e.to_string()
    });
    way(c, request, (&group, "all", "copy"), &texts, String::from);
}

/// A numeric platform's codes as numbers: `TryFrom<u32>` against a `HashMap`
/// and the reference.
fn parse_numbers<E>(c: &mut Option<&mut Criterion>, request: &Option<(String, usize)>)
where
    E: Platform + VariantArray + TryFrom<u32>,
{
    let number = |code: &str| code.parse::<u32>().unwrap();
    // The codes that are numbers: bkpaas3's codes without one are names.
    let codes: Vec<(u32, E)> = code_set::<E>()
        .into_iter()
        .filter_map(|(c, e)| Some((c.parse().ok()?, e)))
        .collect();
    let map: HashMap<u32, E> = codes.iter().copied().collect();
    let reference = PerfectHash::new(&codes);
    let hits: Vec<u32> = codes.iter().map(|&(n, _)| n).collect();
    let near_misses: Vec<u32> = hits
        .iter()
        .map(|&n| {
            number(&near_miss(&n.to_string(), |s| {
                E::try_from(number(s)).is_ok() || map.contains_key(&number(s))
            }))
        })
        .collect();
    for &n in hits.iter().chain(&near_misses) {
        let ours = E::try_from(n).ok();
        assert_eq!(map.get(&n).copied(), ours, "{n}");
        assert_eq!(reference.get(n), ours, "{n}");
    }
    for (seed, (set, inputs)) in [("hits", hits), ("near_misses", near_misses)]
        .into_iter()
        .enumerate()
    {
        let sequence = shuffled(&inputs, seed as u64 + 11);
        let group = format!("parse_u32/{}", E::NAME);
        let name = |way| (group.as_str(), set, way);
        way(c, request, name("errcodes"), &sequence, |input| {
            E::try_from(input).map_err(black_box).ok()
        });
        way(c, request, name("hashmap"), &sequence, |input| {
            map.get(&input).copied()
        });
        way(c, request, name("perfect_hash"), &sequence, |input| {
            reference.get(input)
        });
    }
}

fn all(c: &mut Option<&mut Criterion>, request: &Option<(String, usize)>) {
    parse_strings::<PaasError, baseline::paas::Baseline>(c, request);
    parse_strings::<CciError, baseline::cci::Baseline>(c, request);
    parse_strings::<SdkError, baseline::sdk::Baseline>(c, request);
    parse_strings::<KouplelessError, baseline::koupleless::Baseline>(c, request);
    parse_numbers::<PaasError>(c, request);
    parse_numbers::<SdkError>(c, request);
    // Only for the instruction counts: the accessors bench times these.
    if request.is_some() {
        to_string::<PaasError>(c, request);
        to_string::<CciError>(c, request);
        to_string::<SdkError>(c, request);
        to_string::<KouplelessError>(c, request);
    }
}

fn parse(c: &mut Criterion) {
    all(&mut Some(c), &None);
}

criterion_group!(benches, parse);

fn main() {
    if let Some(request) = instructions_request() {
        all(&mut None, &Some(request.clone()));
        panic!("no routine {:?} in this bench", request.0);
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
