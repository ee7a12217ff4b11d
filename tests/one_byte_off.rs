//! The numeric and CCI lookups decode the input to an integer key in one machine
//! word (`src/lookup/key.rs`); a slip there would take some input that is one
//! character off a code for that code. Every code with any one character
//! replaced parses exactly when the result is a code (or a vendor name), as
//! plain string comparison says.

use std::collections::HashMap;

use errcodes::ErrorCode;
use errcodes::cci::CciError;
use errcodes::paas::PaasError;
use errcodes::sdk::SdkError;

/// What a character of a code is replaced with: every ASCII character, and a few
/// that look like digits or dots but are not ASCII.
fn replacements() -> impl Iterator<Item = char> {
    (0u8..128).map(char::from).chain(['é', '０', '٣', '．'])
}

/// `answer` says what a code's own string parses to: itself, or, where several
/// codes share it, the one the platform's rule picks, or none.
fn check<E: ErrorCode>(
    all: &[E],
    vendor_names: impl Fn(E) -> Vec<&'static str>,
    answer: impl Fn(E) -> Option<E>,
) {
    // Lower-case spelling to variant: what the parse must find.
    let mut known: HashMap<String, Option<E>> = HashMap::new();
    for &error in all {
        for spelling in vendor_names(error) {
            known.insert(spelling.to_ascii_lowercase(), Some(error));
        }
        known.insert(error.code().to_ascii_lowercase(), answer(error));
    }
    let mut tried = 0;
    for &error in all {
        let chars: Vec<char> = error.code().chars().collect();
        for at in 0..chars.len() {
            for replacement in replacements() {
                let mut input = chars.clone();
                input[at] = replacement;
                let input: String = input.into_iter().collect();
                let expected = known
                    .get(&input.trim_ascii().to_ascii_lowercase())
                    .copied()
                    .flatten();
                assert_eq!(input.parse::<E>().ok(), expected, "{input:?}");
                tried += 1;
            }
        }
    }
    assert!(tried > all.len() * 128);
}

#[test]
fn cci_codes_one_character_off() {
    check(CciError::ALL, |_| Vec::new(), Some);
}

#[test]
fn paas_codes_one_character_off() {
    // A key several codes share (the gateway's 1640302, its
    // RATE_LIMIT_RESTRICTION): the published one, else none.
    let answer = |key: &str| match PaasError::matching(key) {
        [only] => Some(*only),
        [first, ..] if first.origin().is_published() => Some(*first),
        _ => None,
    };
    check(
        PaasError::ALL,
        |e| {
            e.vendor_name()
                .filter(|&n| answer(n) == Some(e))
                .into_iter()
                .collect()
        },
        |e| answer(e.code()),
    );
}

#[test]
fn sdk_codes_one_character_off() {
    // A number several openYuanrong codes share: the published one, else none.
    let answer = |e: SdkError| match SdkError::matching(e.code()) {
        [only] => Some(*only),
        [first, ..] if first.origin().is_published() => Some(*first),
        _ => None,
    };
    check(SdkError::ALL, |e| e.vendor_names().to_vec(), answer);
}
