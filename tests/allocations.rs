//! Reading codes allocates nothing: parsing (hits, misses and the error path),
//! the accessors, and `Display` into a `String` that has room. A counting global
//! allocator proves it, rather than a reading of the code.

use std::fmt::Write;

use errcodes::cci::CciError;
use errcodes::koupleless::{Component, KouplelessError};
use errcodes::paas::PaasError;
use errcodes::sdk::SdkError;
use errcodes::{Code, ErrorCode, ParseCodeError};

#[path = "support/counting.rs"]
mod counting;

/// How many times `work` allocated on this thread.
fn allocations(work: impl FnOnce()) -> usize {
    let before = counting::count();
    work();
    counting::count() - before
}

/// Inputs that name no code: near misses, other shapes, and input longer than
/// the error keeps ([`ParseCodeError::KEPT`]).
fn misses() -> Vec<String> {
    let mut misses: Vec<String> = [
        "",
        "   ",
        "CCI.02.409199",
        "CCI.9",
        "4311999",
        "04115",
        "+4115",
        "4294967296",
        "Arklet.Nothing",
        "NOT_A_NAME",
        "错误码",
        "User.DiskFull",
    ]
    .map(str::to_owned)
    .to_vec();
    misses.push("x".repeat(200));
    misses.push("错".repeat(70));
    misses
}

/// Parses every code of `all` (as written, lower case, padded) and every miss,
/// reads every accessor, and writes `Display` of each code and each error into
/// `buffer`, returning what it saw so that nothing is optimized away.
fn read_everything<E: ErrorCode>(
    all: &[E],
    hits: &[String],
    misses: &[String],
    buffer: &mut String,
) -> usize {
    let mut seen = 0;
    for input in hits {
        let error: E = input.parse().unwrap();
        seen += all.iter().position(|&e| e == error).unwrap();
        let code: Code = errcodes::lookup(input).unwrap();
        seen += code.code().len();
    }
    for input in misses {
        let error: ParseCodeError = input.parse::<E>().unwrap_err();
        buffer.clear();
        write!(buffer, "{error}").unwrap();
        seen += buffer.len() + error.input().len();
        if let Err(error) = errcodes::lookup(input) {
            buffer.clear();
            write!(buffer, "{error}").unwrap();
            seen += buffer.len();
        }
    }
    for &error in all {
        seen += error.code().len() + error.name().len() + error.message().len();
        seen += usize::from(error.http_status().as_u16());
        seen += error.vendor_name().map_or(0, str::len);
        seen += error.solution().map_or(0, str::len);
        buffer.clear();
        write!(buffer, "{error}").unwrap();
        seen += buffer.len();
    }
    seen
}

/// Each code as written, in lower case, and with white space around it: made
/// before counting, as a caller's input is.
fn hits<E: ErrorCode>(all: &[E]) -> Vec<String> {
    all.iter()
        .filter(|e| e.code().parse::<E>() == Ok(**e))
        .flat_map(|e| {
            let code = e.code();
            [
                code.to_owned(),
                code.to_ascii_lowercase(),
                format!(" \t{code}\r\n"),
            ]
        })
        .collect()
}

/// `parsed`: how many codes of `all` their own string parses to (the others
/// share it with another code).
fn check<E: ErrorCode>(all: &[E], parsed: usize) {
    let hits = hits(all);
    // `hits` asks the parse under test which codes to try: a parse that lost
    // codes would try fewer, not fail, so their number is held.
    assert_eq!(hits.len(), 3 * parsed, "codes that parse to themselves");
    let misses = misses();
    // Room for every line `read_everything` writes.
    let mut buffer = String::with_capacity(4096);
    let mut seen = 0;
    let count = allocations(|| seen = read_everything(all, &hits, &misses, &mut buffer));
    assert!(seen > 0);
    assert_eq!(count, 0, "reading {} codes allocated", all.len());
}

#[test]
fn the_counter_counts() {
    let count = allocations(|| {
        let grown = String::from("a").repeat(100);
        assert_eq!(grown.len(), 100);
    });
    assert!(count > 0);
}

#[test]
fn paas_codes_are_read_without_allocating() {
    check(PaasError::ALL, 286);
    let count = allocations(|| {
        for &error in PaasError::ALL {
            match error.number() {
                // The gateway's 1640302 names two codes: its number with its
                // name finds each, and the ambiguity error allocates nothing.
                Some(number) if PaasError::matching(error.code()).len() > 1 => {
                    assert!(PaasError::try_from(number).unwrap_err().is_ambiguous());
                    let name = error.vendor_name().unwrap_or_default();
                    assert_eq!(PaasError::from_gateway(number, name), Some(error));
                }
                Some(number) => {
                    assert_eq!(PaasError::try_from(number), Ok(error));
                    assert!(PaasError::try_from(number + 7_000_000).is_err());
                }
                // bkpaas3's `Unauthorized`, also the gateway's `UNAUTHORIZED`:
                // a bare parse answers neither, a parse in bkpaas3 finds it.
                None if PaasError::matching(error.code()).len() > 1 => {
                    assert!(
                        error
                            .code()
                            .parse::<PaasError>()
                            .unwrap_err()
                            .is_ambiguous()
                    );
                    assert_eq!(
                        PaasError::parse_in(errcodes::paas::Scope::Bkpaas3, error.code()),
                        Ok(error)
                    );
                }
                // A bkpaas3 code without a number: its name is its code.
                None => assert_eq!(error.code().parse::<PaasError>(), Ok(error)),
            }
            let _ = (error.module(), error.product());
            let _ = (error.flag(), error.message_en(), error.message_zh());
            let _ = (error.solution_en(), error.crate_note());
        }
        for name in ["ARGUMENT_ERROR", "cannot_deploy_app"] {
            assert!(name.parse::<PaasError>().is_ok());
        }
    });
    assert_eq!(count, 0);
}

#[test]
fn cci_codes_are_read_without_allocating() {
    check(CciError::ALL, 110);
    let count = allocations(|| {
        for &error in CciError::ALL {
            assert!(!error.description().is_empty());
        }
    });
    assert_eq!(count, 0);
}

#[test]
fn sdk_codes_are_read_without_allocating() {
    check(SdkError::ALL, 216);
    let count = allocations(|| {
        for &error in SdkError::ALL {
            // A number several codes share answers its published code, or is
            // ambiguous: the error is built without allocating either.
            match SdkError::matching(error.code()) {
                [_] => assert_eq!(SdkError::try_from(error.number()), Ok(error)),
                [first, ..] if first.origin().is_published() => {
                    assert_eq!(SdkError::try_from(error.number()), Ok(*first));
                }
                _ => assert!(
                    SdkError::try_from(error.number())
                        .unwrap_err()
                        .is_ambiguous()
                ),
            }
            let _ = (error.definitions(), error.origin(), error.component());
            assert!(SdkError::try_from(error.number() + 1_000_000).is_err());
            let _ = (error.table(), error.description(), error.vendor_names());
        }
        assert!("err_param_invalid".parse::<SdkError>().is_ok());
    });
    assert_eq!(count, 0);
}

#[test]
fn koupleless_codes_are_read_without_allocating() {
    check(KouplelessError::ALL, 68);
    let count = allocations(|| {
        for &error in KouplelessError::ALL {
            for code in error.codes() {
                assert_eq!(
                    KouplelessError::parse_in(error.component(), code),
                    Ok(error)
                );
                assert!(KouplelessError::matching(code).contains(&error));
            }
            let _ = (error.sources(), error.error_type(), error.business_type());
        }
        let ambiguous = "User.DiskFull".parse::<KouplelessError>().unwrap_err();
        assert!(ambiguous.is_ambiguous() && ambiguous.candidates().len() == 2);
        assert!(KouplelessError::parse_in(Component::KouplelessBoard, "User.DiskFull").is_err());
    });
    assert_eq!(count, 0);
}

#[test]
fn parse_errors_compare_and_hash_without_allocating() {
    use std::hash::{DefaultHasher, Hash, Hasher};

    let number = SdkError::try_from(4_294_967_295).unwrap_err();
    let digits = "4294967295".parse::<SdkError>().unwrap_err();
    let hash = |error: &ParseCodeError| {
        let mut hasher = DefaultHasher::new();
        error.hash(&mut hasher);
        hasher.finish()
    };
    let count = allocations(|| {
        assert_eq!(number, digits);
        assert_eq!(digits, number);
        assert_eq!(hash(&number), hash(&digits));
        assert!(SdkError::try_from(0).unwrap_err() != number);
    });
    assert_eq!(count, 0);
}
