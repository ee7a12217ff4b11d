//! Property tests: the checks of `tests/checks/` on generated inputs, a bounded
//! number of cases per property so that `cargo test` stays fast (the fuzz targets
//! under `fuzz/` run the same checks for minutes).

mod checks;

use checks::codes;
use errcodes::koupleless::KouplelessError;
use errcodes::paas::PaasError;
use errcodes::sdk::SdkError;
use errcodes::{Code, ErrorCode};
use proptest::prelude::*;
use proptest::sample::{Index, select};

/// Cases per property: enough to reach every one of the 376 codes several times
/// over the run, few enough that the whole file runs in about a second.
const CASES: u32 = 512;

/// The ASCII white space that `str::trim_ascii` strips, which the parsers ignore
/// around a code: what logs, headers and copied text leave.
const WHITE_SPACE: [char; 5] = [' ', '\t', '\n', '\r', '\x0c'];

fn white_space() -> impl Strategy<Value = String> {
    prop::collection::vec(select(WHITE_SPACE.to_vec()), 0..4).prop_map(String::from_iter)
}

/// `text` (ASCII) with each letter in a random case.
fn any_case(text: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<bool>(), text.len()).prop_map(move |upper| {
        text.chars()
            .zip(upper)
            .map(|(c, upper)| match upper {
                true => c.to_ascii_uppercase(),
                false => c.to_ascii_lowercase(),
            })
            .collect()
    })
}

/// A code or vendor name of some platform, in random ASCII case, with random
/// white space around it, and the code it names.
fn spelled() -> impl Strategy<Value = (Code, String)> {
    select(codes::every_spelling()).prop_flat_map(|(code, spelling)| {
        (white_space(), any_case(spelling), white_space())
            .prop_map(move |(before, word, after)| (code, format!("{before}{word}{after}")))
    })
}

/// A spelling of some code, edited a little: where a parser that matches too
/// loosely or cuts a string wrongly would go wrong.
fn near_miss() -> impl Strategy<Value = String> {
    let spelling = || select(codes::every_spelling()).prop_map(|(_, spelling)| spelling);
    let chars = |text: &str| text.chars().collect::<Vec<char>>();
    prop_oneof![
        (spelling(), any::<Index>(), any::<char>()).prop_map(move |(s, at, c)| {
            let mut edited = chars(s);
            let at = at.index(edited.len());
            edited[at] = c;
            String::from_iter(edited)
        }),
        (spelling(), any::<Index>(), any::<char>()).prop_map(move |(s, at, c)| {
            let mut edited = chars(s);
            edited.insert(at.index(edited.len() + 1), c);
            String::from_iter(edited)
        }),
        (spelling(), any::<Index>()).prop_map(move |(s, at)| {
            let mut edited = chars(s);
            edited.remove(at.index(edited.len()));
            String::from_iter(edited)
        }),
        (spelling(), any::<Index>()).prop_map(|(s, at)| s[..at.index(s.len() + 1)].to_owned()),
        (
            spelling(),
            select(vec!["", ".", "_", " ", ": "]),
            spelling()
        )
            .prop_map(|(a, glue, b)| format!("{a}{glue}{b}")),
        // White space the parsers do not strip, and quotes, around a code.
        (
            select(vec!["\u{a0}", "\u{3000}", "\u{b}", "\0", "\u{feff}", "\""]),
            spelling(),
            select(vec!["", "\u{a0}", "\u{b}", "\"", "\u{301}"]),
        )
            .prop_map(|(before, s, after)| format!("{before}{s}{after}")),
    ]
}

/// A number near a numeric code: one off, a digit more or less, or any.
fn near_number() -> impl Strategy<Value = u32> {
    let numbers: Vec<u32> = Code::all()
        .filter_map(|code| code.code().parse().ok())
        .collect();
    prop_oneof![
        any::<u32>(),
        (select(numbers.clone()), -2i64..=2).prop_map(|(n, d)| (i64::from(n) + d) as u32),
        select(numbers.clone()).prop_map(|n| n / 10),
        select(numbers).prop_map(|n| n.wrapping_mul(10)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// Every code and vendor name, in any ASCII case and with white space around
    /// it, parses to its code with its platform's `FromStr` and with `lookup`, and
    /// with no other platform's (the check compares them all); a Koupleless code
    /// that several tables list is ambiguous instead, and parses in its component.
    #[test]
    fn every_spelling_parses_in_any_case_with_white_space((code, input) in spelled()) {
        match (codes::lookup(&input), code) {
            // A number several openYuanrong codes share: the published one, or
            // none (`codes::sdk` checks which).
            (_, Code::Sdk(error)) if SdkError::matching(&input).len() > 1 => {
                prop_assert!(SdkError::matching(&input).contains(&error));
            }
            // A key several BlueKing PaaS codes share (the gateway's 1640302,
            // RATE_LIMIT_RESTRICTION): likewise (`codes::paas` checks which).
            (found, Code::Paas(error)) if PaasError::matching(&input).len() > 1 => {
                let candidates = PaasError::matching(&input);
                prop_assert!(candidates.contains(&error));
                // The published one where one is, else none.
                let published = candidates.iter().copied().find(|e| e.origin() == errcodes::Origin::Published);
                prop_assert_eq!(found, published.map(Code::Paas));
            }
            (Some(found), _) => prop_assert_eq!(found, code),
            (None, Code::Koupleless(row)) => {
                let candidates = KouplelessError::matching(&input);
                prop_assert!(candidates.len() > 1 && candidates.contains(&row));
                prop_assert_eq!(KouplelessError::parse_in(row.component(), &input), Ok(row));
            }
            (None, _) => panic!("{input:?} does not parse to {code:?}"),
        }
    }

    /// `Display` writes the code, ": " and the message; the part before ": "
    /// parses back to the same code, in any case and with white space around it.
    #[test]
    fn display_round_trips(
        code in select(Code::all().collect::<Vec<_>>()),
        upper in any::<bool>(),
        (before, after) in (white_space(), white_space()),
    ) {
        let shown = code.to_string();
        let (written, message) = shown.split_once(": ").expect("`Display` has a \": \"");
        prop_assert_eq!(message, code.message());
        let written = match upper {
            true => written.to_ascii_uppercase(),
            false => written.to_ascii_lowercase(),
        };
        let input = format!("{before}{written}{after}");
        match code {
            Code::Koupleless(row) => {
                prop_assert_eq!(KouplelessError::parse_in(row.component(), &input), Ok(row));
            }
            Code::Sdk(error) if SdkError::matching(&input).len() > 1 => {
                prop_assert!(SdkError::matching(&input).contains(&error));
                codes::lookup(&input);
            }
            Code::Paas(error) if PaasError::matching(&input).len() > 1 => {
                let candidates = PaasError::matching(&input);
                prop_assert!(candidates.contains(&error));
                let published = candidates.iter().copied().find(|e| e.origin() == errcodes::Origin::Published);
                prop_assert_eq!(errcodes::lookup(&input).ok(), published.map(Code::Paas));
                codes::lookup(&input);
            }
            _ => prop_assert_eq!(errcodes::lookup(&input), Ok(code)),
        }
    }

    /// A near miss of a code parses to a code only if it still spells it (ASCII
    /// case and white space aside); otherwise every parser's error names it.
    #[test]
    fn near_misses_parse_or_are_named(input in near_miss()) {
        codes::lookup(&input);
    }

    /// Any text: no parser panics, and every error names the input.
    #[test]
    fn any_text_parses_or_is_named(chars in prop::collection::vec(any::<char>(), 0..100)) {
        codes::lookup(&String::from_iter(chars));
    }

    /// Any bytes, read as UTF-8 with invalid sequences replaced, as a service does
    /// with a header it does not trust.
    #[test]
    fn any_bytes_parse_or_are_named(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        codes::lookup(&String::from_utf8_lossy(&bytes));
    }

    /// `TryFrom<u32>` gives what parsing the number's digits gives, error included.
    #[test]
    fn numbers_name_the_code_their_digits_name(number in near_number()) {
        codes::number(number);
    }
}
