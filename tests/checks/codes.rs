//! What parsing any string as an error code must give, on every platform: a code
//! that the input spells, which writes back to a string that parses to it, or an
//! error that names the input and the platform searched.

use errcodes::cci::CciError;
use errcodes::koupleless::{Component as KouplelessComponent, KouplelessError};
use errcodes::paas::{PaasError, Scope};
use errcodes::sdk::Component;
use errcodes::sdk::SdkError;
use errcodes::{Code, ErrorCode, ParseCodeError, Vendor};

/// Every string that names `code` as a platform writes it: its codes (two for the
/// Koupleless row with two sources) and the vendor's symbolic names.
pub fn spellings(code: Code) -> Vec<&'static str> {
    let mut spellings = match code {
        Code::Koupleless(row) => row.codes().to_vec(),
        _ => vec![code.code()],
    };
    match code {
        // Every name of the code: the published ones, then its source's
        // (ESB's copy in blueking-apigateway names 1306206 `HOST_NOT_FOUND`).
        Code::Paas(error) => {
            spellings.extend(error.vendor_names().iter().copied().chain(error.flag()))
        }
        Code::Sdk(error) => spellings.extend(error.vendor_names()),
        _ => {}
    }
    spellings.sort_unstable();
    spellings.dedup();
    spellings
}

/// Every code of every platform with each of its spellings.
pub fn every_spelling() -> Vec<(Code, &'static str)> {
    Code::all()
        .flat_map(|code| spellings(code).into_iter().map(move |s| (code, s)))
        .collect()
}

/// Parses `input` as a BlueKing PaaS code, bare and within each scope, and
/// checks that they agree with [`PaasError::matching`]: a key of one code
/// parses to it, a key several codes share (the API gateway's `1640302`,
/// `RATE_LIMIT_RESTRICTION`) parses to the published one or is ambiguous and
/// names them all, and `parse_in` finds only codes the key names.
pub fn paas(input: &str) -> Option<PaasError> {
    let codes = PaasError::matching(input);
    let result = input.parse::<PaasError>();
    assert_eq!(PaasError::try_from(input), result, "{input:?}");
    let found = bare(
        input,
        Vendor::Paas,
        codes,
        result,
        ParseCodeError::paas_candidates,
        |e| e.origin().is_published(),
    );
    for &scope in Scope::ALL {
        match PaasError::parse_in(scope, input) {
            Ok(error) => {
                assert!(codes.contains(&error), "{input:?} in {scope}: {error:?}");
                assert!(
                    error.definitions().iter().any(|d| d.scope() == scope),
                    "{input:?} in {scope}: {error:?}"
                );
            }
            Err(error) if error.is_ambiguous() => {
                assert_names(&error, input, Some(Vendor::Paas));
                assert!(error.paas_candidates().len() > 1, "{input:?} in {scope}");
                for candidate in error.paas_candidates() {
                    assert!(codes.contains(candidate), "{input:?} in {scope}");
                }
            }
            Err(error) => {
                assert_names(&error, input, Some(Vendor::Paas));
                let shown = error.to_string();
                assert!(shown.ends_with(&format!(" in {scope}")), "{shown}");
            }
        }
    }
    assert_eq!(PaasError::find(input), found, "find {input:?}");
    found
}

/// Checks a bare parse of `input` against `codes`, the codes it names: none
/// gives an error that is not ambiguous; one gives it; several give the
/// published one, the others unpublished, or an ambiguous error that names
/// them all and publishes none of them.
fn bare<E>(
    input: &str,
    vendor: Vendor,
    codes: &'static [E],
    result: Result<E, ParseCodeError>,
    candidates: fn(&ParseCodeError) -> &'static [E],
    published: fn(&E) -> bool,
) -> Option<E>
where
    E: ErrorCode + Copy + PartialEq + std::fmt::Debug + Into<Code>,
{
    match (codes, result) {
        ([], Err(error)) => {
            assert_names(&error, input, Some(vendor));
            assert_not_ambiguous(&error);
            None
        }
        ([code], Ok(error)) if error == *code => {
            assert_known(input, error.into());
            Some(error)
        }
        ([first, rest @ ..], Ok(error)) if error == *first && published(first) => {
            assert!(rest.iter().all(|e| !published(e)), "{input:?}");
            assert_known(input, error.into());
            Some(error)
        }
        (codes, Err(error)) if codes.len() > 1 => {
            assert!(error.is_ambiguous(), "{input:?}: {error}");
            assert_eq!(candidates(&error), codes, "{input:?}");
            assert!(codes.iter().all(|e| !published(e)), "{input:?}");
            assert_names(&error, input, Some(vendor));
            let shown = error.to_string();
            for &code in codes {
                assert!(shown.contains(code.name()), "{shown}");
                assert_known(input, code.into());
            }
            None
        }
        (codes, result) => panic!("{input:?} matches {codes:?} but parses to {result:?}"),
    }
}

/// Parses `input` as a CCI code and checks what it gives.
pub fn cci(input: &str) -> Option<CciError> {
    let found = platform(input, Vendor::Cci);
    assert_eq!(CciError::find(input), found, "find {input:?}");
    found
}

/// Parses `input` as an openYuanrong code, bare and within each component, and
/// checks that they agree with [`SdkError::matching`]: a key of one code parses
/// to it, a number several codes share parses to the published one or is
/// ambiguous and names them all, and `parse_in` finds only codes the key names.
pub fn sdk(input: &str) -> Option<SdkError> {
    let codes = SdkError::matching(input);
    for &code in codes {
        assert_spells(input, code.into());
    }
    let result = input.parse::<SdkError>();
    assert_eq!(SdkError::try_from(input), result, "{input:?}");
    let found = bare(
        input,
        Vendor::Sdk,
        codes,
        result,
        ParseCodeError::sdk_candidates,
        |e| e.origin().is_published(),
    );
    for &component in Component::ALL {
        match SdkError::parse_in(component, input) {
            Ok(error) => {
                assert!(
                    codes.contains(&error),
                    "{input:?} in {component}: {error:?}"
                );
                assert!(
                    error
                        .definitions()
                        .iter()
                        .any(|d| d.component() == component),
                    "{input:?} in {component}: {error:?}"
                );
            }
            Err(error) if error.is_ambiguous() => {
                assert_names(&error, input, Some(Vendor::Sdk));
                for candidate in error.sdk_candidates() {
                    assert!(codes.contains(candidate), "{input:?} in {component}");
                }
            }
            Err(error) => {
                assert_names(&error, input, Some(Vendor::Sdk));
                let shown = error.to_string();
                assert!(shown.ends_with(&format!(" in {component}")), "{shown}");
            }
        }
    }
    assert_eq!(SdkError::find(input), found, "find {input:?}");
    found
}

/// Parses `input` as a Koupleless code, bare and within each component's table,
/// and checks that all three ways agree with [`KouplelessError::matching`]: a
/// code of one table parses, a code of several is ambiguous and names them all,
/// and `parse_in` finds exactly the row of its component.
pub fn koupleless(input: &str) -> Option<KouplelessError> {
    let rows = KouplelessError::matching(input);
    for &row in rows {
        assert_spells(input, row.into());
    }
    assert!(
        rows.windows(2)
            .all(|pair| pair[0].component() < pair[1].component()),
        "{input:?} matches rows that are not one per component table, in table order: {rows:?}"
    );
    let result = input.parse::<KouplelessError>();
    assert_eq!(KouplelessError::try_from(input), result, "{input:?}");
    let found = match (rows, result) {
        ([], Err(error)) => {
            assert_names(&error, input, Some(Vendor::Koupleless));
            assert_not_ambiguous(&error);
            None
        }
        ([row], Ok(error)) if error == *row => {
            assert_known(input, error.into());
            Some(error)
        }
        (rows, Err(error)) if rows.len() > 1 => {
            assert!(error.is_ambiguous(), "{input:?}: {error}");
            assert_eq!(error.candidates(), rows, "{input:?}");
            assert_names(&error, input, Some(Vendor::Koupleless));
            let shown = error.to_string();
            for &row in rows {
                assert!(shown.contains(row.component().as_str()), "{shown}");
                assert_known(input, row.into());
            }
            None
        }
        (rows, result) => panic!("{input:?} matches {rows:?} but parses to {result:?}"),
    };
    assert_eq!(KouplelessError::find(input), found, "find {input:?}");
    for &component in KouplelessComponent::ALL {
        let expected = rows
            .iter()
            .copied()
            .find(|row| row.component() == component);
        match KouplelessError::parse_in(component, input) {
            Ok(error) => assert_eq!(Some(error), expected, "{input:?} in {component}"),
            Err(error) => {
                assert_eq!(expected, None, "{input:?} in {component}: {error}");
                assert_names(&error, input, Some(Vendor::Koupleless));
                assert_not_ambiguous(&error);
                let shown = error.to_string();
                assert!(shown.ends_with(&format!(" in {component}")), "{shown}");
            }
        }
    }
    found
}

/// Looks `input` up on every platform and checks that [`errcodes::lookup`] (and
/// `Code`'s `FromStr`) finds exactly what the platform parsers find, and that no
/// string names codes of two platforms.
pub fn lookup(input: &str) -> Option<Code> {
    let found: Vec<Code> = [
        paas(input).map(Code::from),
        cci(input).map(Code::from),
        sdk(input).map(Code::from),
        koupleless(input).map(Code::from),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(
        found.len() <= 1,
        "{input:?} names codes of several platforms: {found:?}"
    );
    let result = errcodes::lookup(input);
    assert_eq!(input.parse::<Code>(), result, "{input:?}");
    assert_eq!(Code::find(input), result.ok(), "Code::find {input:?}");
    match result {
        Ok(code) => {
            assert_eq!(found, [code], "{input:?}");
            Some(code)
        }
        Err(error) => {
            assert_eq!(found, [], "lookup misses what {input:?} names: {error}");
            let rows = KouplelessError::matching(input);
            if !error.sdk_candidates().is_empty() {
                assert_eq!(
                    error.sdk_candidates(),
                    SdkError::matching(input),
                    "{input:?}"
                );
                assert_names(&error, input, Some(Vendor::Sdk));
            } else if !error.paas_candidates().is_empty() {
                assert_eq!(
                    error.paas_candidates(),
                    PaasError::matching(input),
                    "{input:?}"
                );
                assert_names(&error, input, Some(Vendor::Paas));
            } else if error.is_ambiguous() {
                assert_eq!(error.candidates(), rows, "{input:?}");
                assert!(rows.len() > 1, "{input:?}: {error}");
                assert_names(&error, input, Some(Vendor::Koupleless));
            } else {
                assert_eq!(rows, [], "{input:?}: {error}");
                assert_names(&error, input, None);
            }
            None
        }
    }
}

/// Checks `TryFrom<u32>` of the two numeric platforms: a number is the code its
/// decimal digits write, on at most one platform (Koupleless's wire codes of
/// digits, `100001`, included), and `lookup` of the digits agrees.
pub fn number(number: u32) -> Option<Code> {
    let paas = numbered(number, Vendor::Paas, PaasError::number).map(Code::from);
    let sdk = numbered(number, Vendor::Sdk, |e: &SdkError| Some(e.number())).map(Code::from);
    let koupleless = KouplelessError::find(&number.to_string()).map(Code::from);
    let codes: Vec<Code> = [paas, sdk, koupleless].into_iter().flatten().collect();
    assert!(
        codes.len() <= 1,
        "{number} is a code of several platforms: {codes:?}"
    );
    let found = codes.first().copied();
    assert_eq!(
        errcodes::lookup(&number.to_string()).ok(),
        found,
        "{number}"
    );
    found
}

/// What one platform's `FromStr` and `TryFrom<&str>` give for `input`.
fn platform<E>(input: &str, vendor: Vendor) -> Option<E>
where
    E: ErrorCode + Into<Code> + for<'a> TryFrom<&'a str, Error = ParseCodeError>,
{
    let result = input.parse::<E>();
    assert_eq!(E::try_from(input), result, "{input:?}");
    match result {
        Ok(error) => {
            assert_eq!(error.vendor(), vendor, "{input:?}");
            assert_eq!(error.code().parse::<E>(), Ok(error), "{error:?}");
            assert_known(input, error.into());
            Some(error)
        }
        Err(error) => {
            assert_names(&error, input, Some(vendor));
            assert_not_ambiguous(&error);
            None
        }
    }
}

/// What `TryFrom<u32>` gives for `number`, which must be what parsing its digits
/// gives, error included.
fn numbered<E>(number: u32, vendor: Vendor, number_of: fn(&E) -> Option<u32>) -> Option<E>
where
    E: ErrorCode + TryFrom<u32, Error = ParseCodeError>,
{
    let digits = number.to_string();
    let result = E::try_from(number);
    assert_eq!(result, digits.parse::<E>(), "{number}");
    match result {
        Ok(error) => {
            assert_eq!(number_of(&error), Some(number), "{error:?}");
            assert_eq!(error.code(), digits, "{error:?}");
            Some(error)
        }
        Err(error) => {
            assert_names(&error, &digits, Some(vendor));
            None
        }
    }
}

/// What holds for every code a parser finds: the input spells it, its `Display`
/// is its code and message, and its code writes back to a string that parses to
/// it (for Koupleless, within its component, since a bare code may be ambiguous).
fn assert_known(input: &str, code: Code) {
    assert_spells(input, code);
    let shown = code.to_string();
    assert_eq!(
        shown.split_once(": "),
        Some((code.code(), code.message())),
        "{code:?}"
    );
    match code {
        Code::Koupleless(row) => {
            for written in row.codes() {
                assert_eq!(KouplelessError::parse_in(row.component(), written), Ok(row));
            }
        }
        // A number several codes share may name another code, or none: each
        // code is found in its components by its symbols.
        Code::Sdk(error) => {
            assert!(
                SdkError::matching(error.code()).contains(&error),
                "{error:?}"
            );
            for definition in error.definitions() {
                let symbol = definition.symbol();
                assert_eq!(
                    SdkError::parse_in(definition.component(), symbol),
                    Ok(error)
                );
                assert_eq!(errcodes::lookup(symbol), Ok(code), "{symbol}");
            }
        }
        // A key several codes share may name another code, or none: the
        // gateway's codes are found by their number with their `code_name`,
        // bkpaas3's literal `Unauthorized` (the gateway's `UNAUTHORIZED` too)
        // by a parse in its scope.
        Code::Paas(error) if PaasError::matching(error.code()).len() > 1 => {
            assert!(
                PaasError::matching(error.code()).contains(&error),
                "{error:?}"
            );
            if let Some(scope @ errcodes::paas::Scope::Bkpaas3) = error.scope() {
                assert_eq!(PaasError::parse_in(scope, error.code()), Ok(error));
                return;
            }
            let (Some(number), Some(name)) = (error.number(), error.vendor_name()) else {
                panic!("{error:?} shares its code and has no number or name")
            };
            assert_eq!(PaasError::from_gateway(number, name), Some(error));
        }
        _ => assert_eq!(errcodes::lookup(code.code()), Ok(code), "{code:?}"),
    }
}

/// `input`, without the ASCII white space around it, is one of `code`'s spellings
/// in some ASCII case: a parser found nothing the input does not say.
fn assert_spells(input: &str, code: Code) {
    let written = input.trim_ascii();
    // A bkpaas3 code of its source is sent by name and parses from its number too.
    let number = match code {
        Code::Paas(error) => error.number().map(|number| number.to_string()),
        _ => None,
    };
    assert!(
        spellings(code)
            .iter()
            .any(|spelling| spelling.eq_ignore_ascii_case(written))
            || number.as_deref() == Some(written),
        "{input:?} parsed to {code:?}, which it does not spell"
    );
}

/// The error names the platform searched (`None`: all of them) and keeps the
/// input: all of it, or the longest prefix that fits in [`ParseCodeError::KEPT`]
/// bytes, with the length of the whole, and its `Display` shows them.
fn assert_names(error: &ParseCodeError, input: &str, vendor: Option<Vendor>) {
    assert_eq!(error.vendor(), vendor, "{input:?}: {error:?}");
    assert_eq!(error.input_len(), input.len(), "{input:?}: {error:?}");
    let fits = (0..=input.len().min(ParseCodeError::KEPT))
        .rev()
        .find(|&end| input.is_char_boundary(end))
        .unwrap_or(0);
    let kept = error.input();
    assert_eq!(kept, &input[..fits], "{error:?}");
    let shown = error.to_string();
    assert!(shown.contains(&format!("{kept:?}")), "{shown}");
    if let Some(vendor) = vendor {
        assert!(shown.contains(vendor.name()), "{shown}");
    }
    if kept.len() < input.len() {
        let cut = format!("(the first {} of {} bytes)", kept.len(), input.len());
        assert!(shown.contains(&cut), "{shown}");
    }
}

/// Only a Koupleless code that several tables list, an openYuanrong number
/// that several codes share, and a BlueKing PaaS key several codes share, is
/// ambiguous.
fn assert_not_ambiguous(error: &ParseCodeError) {
    assert!(!error.is_ambiguous(), "{error}");
    assert_eq!(error.candidates(), [], "{error}");
    assert_eq!(error.sdk_candidates(), [], "{error}");
    assert_eq!(error.paas_candidates(), [], "{error}");
}
