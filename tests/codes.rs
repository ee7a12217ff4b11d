//! What a user relies on when turning code strings into variants and back.

use std::collections::HashSet;

use errcodes::cci::CciError;
use errcodes::koupleless::{Component, KouplelessError};
use errcodes::paas::{Module, PaasError, Product};
use errcodes::sdk::{self, SdkError, Table};
use errcodes::{Code, ErrorCode, StatusOrigin, Vendor};
use http::StatusCode;

/// Every code round-trips code → variant → code, in any case and with white space
/// around it, and `Display` starts with the code, then the published message.
fn round_trips<E: ErrorCode>(all: &[E], codes: impl Fn(E) -> Vec<&'static str>) {
    round_trips_named(all, codes, |_| true);
}

/// As [`round_trips`]; the vendor's name is checked where `unshared` says no
/// other code has it.
fn round_trips_named<E: ErrorCode>(
    all: &[E],
    codes: impl Fn(E) -> Vec<&'static str>,
    unshared: impl Fn(&str) -> bool,
) {
    for &error in all {
        for code in codes(error) {
            assert_eq!(code.parse::<E>(), Ok(error), "{code}");
            assert_eq!(code.to_ascii_lowercase().parse::<E>(), Ok(error), "{code}");
            assert_eq!(code.to_ascii_uppercase().parse::<E>(), Ok(error), "{code}");
            assert_eq!(format!(" \t{code}\r\n").parse::<E>(), Ok(error), "{code}");
        }
        assert_eq!(error.code().parse::<E>(), Ok(error));
        let shown = error.to_string();
        let (code, message) = shown.split_once(": ").unwrap();
        assert_eq!(code.parse::<E>(), Ok(error), "{shown}");
        assert_eq!(message, error.message());
        if let Some(name) = error.vendor_name().filter(|n| unshared(n)) {
            assert_eq!(name.parse::<E>(), Ok(error), "{name}");
            assert_eq!(name.to_ascii_lowercase().parse::<E>(), Ok(error), "{name}");
        }
    }
}

#[test]
fn paas_codes_round_trip() {
    // The gateway's two 1640302s share their code: tests/vendor_source.rs and
    // tests/checks/codes.rs check how they parse. ESB's RATE_LIMIT_RESTRICTION
    // and the gateway's three codes of that name share only the name, which
    // parses as the published one.
    let unshared: Vec<PaasError> = PaasError::ALL
        .iter()
        .copied()
        .filter(|e| PaasError::matching(e.code()).len() == 1)
        .collect();
    // Shared: the gateway's 1640302 (two codes); bkpaas3's literal
    // `Unauthorized`, which the gateway's `UNAUTHORIZED` also names.
    assert_eq!(unshared.len(), PaasError::ALL.len() - 3);
    round_trips_named(
        &unshared,
        |e| vec![e.code()],
        |name| PaasError::matching(name).len() == 1,
    );
    for &error in PaasError::ALL {
        match (error.number(), error.module()) {
            (Some(number), Some(module)) => {
                assert_eq!(PaasError::try_from(number), Ok(error));
                assert_eq!(number.to_string(), error.code());
                assert!(error.code().starts_with(module.prefix()));
                assert_eq!(module.product(), error.product());
            }
            // A bkpaas3 code of its source without a number: no module, and
            // its code is the name bkpaas3 sends.
            (None, None) => {
                assert_eq!(error.product(), Product::Paas3, "{error}");
                assert_eq!(error.vendor_name(), Some(error.code()), "{error}");
                assert!(!error.origin().is_published(), "{error}");
            }
            // The API gateway's codes: a number of no module of BlueKing PaaS.
            (Some(number), None) => {
                assert_eq!(error.product(), Product::ApiGateway, "{error}");
                assert_eq!(number.to_string(), error.code());
                assert!(error.code().starts_with("16"), "{error}");
                assert!(!error.origin().is_published(), "{error}");
            }
            other => panic!("{error}: number and module {other:?}"),
        }
    }
}

#[test]
fn cci_codes_round_trip() {
    round_trips(CciError::ALL, |e| vec![e.code()]);
}

#[test]
fn sdk_codes_round_trip() {
    // The codes their number names: the number alone, or the published one of
    // the codes that share it.
    let answered: Vec<SdkError> = SdkError::ALL
        .iter()
        .copied()
        .filter(|&e| SdkError::try_from(e.number()) == Ok(e))
        .collect();
    // The filter asks the parse under test: its count is held, as for the
    // other platforms, so that a parse that lost codes fails here.
    assert_eq!(answered.len(), 216);
    round_trips(&answered, |e| vec![e.code()]);
    for &error in SdkError::ALL {
        let shared = SdkError::matching(error.code());
        assert!(shared.contains(&error), "{error:?}");
        match (shared, error.code().parse::<SdkError>()) {
            ([only], parsed) => assert_eq!(parsed, Ok(*only)),
            ([first, rest @ ..], Ok(parsed)) => {
                // Never a code of the source over another: the published one.
                assert!(first.origin().is_published(), "{error:?}");
                assert!(rest.iter().all(|e| !e.origin().is_published()), "{error:?}");
                assert_eq!(parsed, *first);
            }
            ([], parsed) => panic!("{error:?} matches nothing, parses as {parsed:?}"),
            (_, Err(parse_error)) => {
                assert!(parse_error.is_ambiguous(), "{error:?}");
                assert_eq!(parse_error.sdk_candidates(), shared);
                assert!(shared.iter().all(|e| !e.origin().is_published()));
                assert_eq!(
                    SdkError::try_from(error.number())
                        .unwrap_err()
                        .sdk_candidates(),
                    shared
                );
            }
        }
        for name in error.vendor_names() {
            assert_eq!(name.parse::<SdkError>(), Ok(error));
            assert_eq!(name.to_ascii_lowercase().parse::<SdkError>(), Ok(error));
        }
        let shown = error.to_string();
        assert_eq!(shown, format!("{}: {}", error.code(), error.message()));
        // Every definition is reachable in its component: by its number where
        // the component gives the number one code, else by its symbol.
        for definition in error.definitions() {
            let component = definition.component();
            assert_eq!(
                SdkError::parse_in(component, definition.symbol()),
                Ok(error)
            );
            match SdkError::parse_in(component, error.code()) {
                Ok(found) => assert_eq!(found, error, "{component} {}", error.code()),
                Err(e) => {
                    assert!(e.is_ambiguous(), "{component} {}: {e}", error.code());
                    assert!(e.sdk_candidates().contains(&error));
                }
            }
        }
    }
    assert_eq!(
        SdkError::parse_in(sdk::Component::Frontend, "4006")
            .unwrap_err()
            .to_string(),
        "ambiguous openYuanrong error code \"4006\" in frontend: \
         HeartBeatFunctionInvalidErrCode or StateMismatch; parse its symbol"
    );
    assert_eq!(
        "4024".parse::<SdkError>().unwrap_err().to_string(),
        "ambiguous openYuanrong error code \"4024\": FrontendStatusFuncMetaNotFound \
         (frontend) or NoSuchFunction (meta-service); parse it with its component, or its symbol"
    );
}

#[test]
fn koupleless_codes_round_trip() {
    // Bare parses round-trip for every code that one table lists.
    let unambiguous: Vec<KouplelessError> = KouplelessError::ALL
        .iter()
        .copied()
        .filter(|e| KouplelessError::matching(e.code()).len() == 1)
        .collect();
    // 8 published rows share their codes, and Arklet's and sofa-ark's
    // `SUCCESS` and `FAILED` 4 wire codes.
    assert_eq!(unambiguous.len(), 80 - 8 - 4);
    round_trips(&unambiguous, |e| e.codes().to_vec());
    // Every row, ambiguous or not, round-trips within its component.
    for &error in KouplelessError::ALL {
        for code in error.codes() {
            assert_eq!(
                KouplelessError::parse_in(error.component(), code),
                Ok(error)
            );
            let lower = code.to_ascii_lowercase();
            assert_eq!(
                KouplelessError::parse_in(error.component(), &lower),
                Ok(error)
            );
            assert!(KouplelessError::matching(code).contains(&error));
        }
    }
}

#[test]
fn ambiguous_koupleless_codes_are_never_picked_silently() {
    let ambiguous = [
        (
            "User.DiskFull",
            [Component::Arklet, Component::ModuleController],
        ),
        (
            "OtherUpstream.DecodeURLFailed",
            [Component::Arklet, Component::ModuleController],
        ),
        (
            "Arklet.UninstallBizFailed",
            [Component::Arklet, Component::ModuleController],
        ),
        (
            "OtherUpstream.InvalidParameter",
            [Component::ModuleController, Component::KouplelessBoard],
        ),
        ("SUCCESS", [Component::Arklet, Component::SofaArk]),
        ("FAILED", [Component::Arklet, Component::SofaArk]),
    ];
    for (code, components) in ambiguous {
        let error = code.parse::<KouplelessError>().unwrap_err();
        assert!(error.is_ambiguous(), "{code}");
        assert_eq!(error.vendor(), Some(Vendor::Koupleless));
        let found: Vec<Component> = error.candidates().iter().map(|e| e.component()).collect();
        assert_eq!(found, components, "{code}");
        let message = error.to_string();
        assert!(message.contains(code), "{message}");
        assert!(message.contains(components[0].as_str()), "{message}");
        assert!(message.contains(components[1].as_str()), "{message}");
        assert!(errcodes::lookup(code).unwrap_err().is_ambiguous());
    }
    let counted = KouplelessError::ALL
        .iter()
        .filter(|e| KouplelessError::matching(e.code()).len() > 1)
        .count();
    assert_eq!(counted, 12);
}

#[test]
fn lookup_finds_every_code_on_its_platform() {
    for code in Code::all() {
        match errcodes::lookup(code.code()) {
            // An openYuanrong number of several codes answers the published one.
            Ok(Code::Sdk(found)) if Code::Sdk(found) != code => {
                let Code::Sdk(inner) = code else {
                    panic!("{code:?}")
                };
                assert!(found.origin().is_published(), "{code:?}");
                assert!(SdkError::matching(code.code()).contains(&inner));
            }
            Ok(found) => assert_eq!(found, code),
            Err(error) => {
                assert!(error.is_ambiguous(), "{code:?}: {error}");
                match code {
                    Code::Koupleless(inner) => assert!(error.candidates().contains(&inner)),
                    Code::Sdk(inner) => assert!(error.sdk_candidates().contains(&inner)),
                    Code::Paas(inner) => assert!(error.paas_candidates().contains(&inner)),
                    _ => panic!("{code:?}"),
                }
            }
        }
        if let Some(name) = code.vendor_name() {
            match code {
                // `RATE_LIMIT_RESTRICTION`, the gateway's name of three codes
                // and ESB's published one, answers ESB's.
                // `UNAUTHORIZED`, the gateway's name and bkpaas3's literal
                // `Unauthorized`, neither published, answers neither.
                Code::Paas(inner) if PaasError::matching(name).len() > 1 => {
                    assert!(PaasError::matching(name).contains(&inner), "{name}");
                    match errcodes::lookup(name) {
                        Ok(found) => assert!(found.origin().is_published(), "{name}"),
                        Err(error) => {
                            assert!(error.is_ambiguous(), "{name}");
                            assert!(error.paas_candidates().contains(&inner), "{name}");
                        }
                    }
                }
                _ => assert_eq!(errcodes::lookup(name), Ok(code), "{name}"),
            }
        }
        assert_eq!(
            code.to_string(),
            format!("{}: {}", code.code(), code.message())
        );
    }
}

#[test]
fn codes_and_names_are_unique_across_platforms() {
    let mut codes = HashSet::new();
    let mut names = HashSet::new();
    for code in Code::all() {
        // Koupleless rows of two tables share their code, and openYuanrong
        // components their numbers: that is the ambiguity.
        let shared = match code {
            Code::Koupleless(e) => KouplelessError::matching(e.code())[0] != e,
            Code::Sdk(e) => SdkError::matching(e.code())[0] != e,
            // The gateway's 1640302, and its `RATE_LIMIT_RESTRICTION`s.
            Code::Paas(e) => PaasError::matching(e.code())[0] != e,
            _ => false,
        };
        if !shared {
            assert!(codes.insert(code.code().to_ascii_lowercase()), "{code:?}");
        }
        let name_shared = match code {
            Code::Paas(e) => e
                .vendor_name()
                .is_some_and(|n| PaasError::matching(n)[0] != e),
            _ => false,
        };
        if let Some(name) = code.vendor_name().filter(|_| !name_shared) {
            assert!(names.insert(name.to_ascii_lowercase()), "{name}");
        }
        assert!(
            names.insert(format!("{:?}::{}", code.vendor(), code.name())),
            "{}",
            code.name()
        );
    }
}

#[test]
fn parse_errors_name_their_input_and_platform() {
    let cases: [(Result<(), errcodes::ParseCodeError>, &str); 9] = [
        (
            "CCI.02.409199".parse::<CciError>().map(drop),
            r#"unknown CCI error code "CCI.02.409199""#,
        ),
        (
            "CCI.9".parse::<CciError>().map(drop),
            r#"unknown CCI error code "CCI.9""#,
        ),
        (
            "".parse::<CciError>().map(drop),
            r#"unknown CCI error code """#,
        ),
        (
            "4311099".parse::<PaasError>().map(drop),
            r#"unknown BlueKing PaaS error code "4311099""#,
        ),
        (
            PaasError::try_from(0).map(drop),
            r#"unknown BlueKing PaaS error code "0""#,
        ),
        (
            SdkError::try_from(u32::MAX).map(drop),
            r#"unknown openYuanrong error code "4294967295""#,
        ),
        (
            "04115".parse::<SdkError>().map(drop),
            r#"unknown openYuanrong error code "04115""#,
        ),
        (
            "Arklet.Nothing".parse::<KouplelessError>().map(drop),
            r#"unknown Koupleless error code "Arklet.Nothing""#,
        ),
        (
            errcodes::lookup("bad\"code\n").map(drop),
            r#"unknown error code "bad\"code\n""#,
        ),
    ];
    for (result, expected) in cases {
        assert_eq!(result.unwrap_err().to_string(), expected);
    }
}

#[test]
fn a_long_input_is_kept_in_part_and_said_to_be_longer() {
    let noise = "é".repeat(100); // 200 bytes, two per character
    let error = noise.parse::<SdkError>().unwrap_err();
    assert_eq!(error.input_len(), 200);
    assert_eq!(error.input(), "é".repeat(16));
    assert_eq!(
        error.to_string(),
        format!(
            "unknown openYuanrong error code {:?} (the first 32 of 200 bytes)",
            "é".repeat(16)
        )
    );
    // Cut at a character boundary: 31 bytes of a two-byte character and more.
    let odd = format!("x{}", "é".repeat(40));
    let error = odd.parse::<SdkError>().unwrap_err();
    assert_eq!(error.input(), format!("x{}", "é".repeat(15)));
    // Every length up to the limit is kept whole.
    for len in 0..=errcodes::ParseCodeError::KEPT {
        let input: String = ('a'..='z').cycle().take(len).collect();
        let error = input.parse::<SdkError>().unwrap_err();
        assert_eq!(
            (error.input(), error.input_len()),
            (input.as_str().into(), len)
        );
    }
}

#[test]
fn near_misses_do_not_parse() {
    for input in [
        "CCI.02.40910",
        "CCI.02.4091011",
        "CCI-02-409101",
        "CCI.2.4091010",
        "CCI.02.409101x",
        "XCI.02.409101",
        "+4115",
        "4115.0",
        "41 15",
        "ERR_PARAM_INVALID_",
        "Arklet..PullBizError",
        "Arklet.PullBizError.",
        "arklet",
    ] {
        assert!(errcodes::lookup(input).is_err(), "{input}");
    }
}

#[test]
fn statuses_follow_the_vendors_rules() {
    for &error in PaasError::ALL {
        let expected = match (error.product(), error.module()) {
            (Product::Paas3, _) if error.number() == Some(4311007) => {
                (404, StatusOrigin::VendorSource)
            }
            // bkpaas3's literal `VALIDATION_ERROR` and `ERROR`: the handler
            // sends the exception's status; the crate gives Django REST
            // framework's default for it (`ValidationError` 400,
            // `APIException` 500).
            (Product::Paas3, _)
                if error.definitions()[0].table() == "paas-wire-literals.tsv"
                    && error.definitions()[0].http_status().is_none() =>
            {
                let status = if error.code() == "VALIDATION_ERROR" {
                    400
                } else {
                    500
                };
                (status, StatusOrigin::Crate)
            }
            // A code of bkpaas3's source: the status its `ErrorCode` sets.
            (Product::Paas3, _) if !error.origin().is_published() => {
                let status = error.definitions()[0].http_status().unwrap();
                (status.as_u16(), StatusOrigin::VendorSource)
            }
            (Product::Paas3, _) => (400, StatusOrigin::VendorSource),
            // The published ESB codes as `codes/paas.tsv` has them; a code of the
            // source only: the status a definition of it sets, else the crate's
            // rule that ESB answers 200.
            (_, Some(Module::Esb)) if error.origin().is_published() => {
                (200, StatusOrigin::VendorSource)
            }
            (_, Some(Module::Esb)) => {
                match error.definitions().iter().find_map(|d| d.http_status()) {
                    Some(status) => (status.as_u16(), StatusOrigin::VendorSource),
                    None => (200, StatusOrigin::Crate),
                }
            }
            // The gateway's codes: the status its source sets, else (its
            // `UNKNOWN_ERROR`, whose status is its caller's) the crate's 500.
            (Product::ApiGateway, _) => match error.definitions()[0].http_status() {
                Some(status) => (status.as_u16(), StatusOrigin::VendorSource),
                None => (500, StatusOrigin::Crate),
            },
            _ => (500, StatusOrigin::Crate),
        };
        assert_eq!(
            (error.http_status().as_u16(), error.status_origin()),
            expected,
            "{error}"
        );
    }
    for &error in SdkError::ALL {
        // A code of the source only: the status a definition of it sends, else
        // the crate's rule (200 for the success codes 0 and 200200, else 500).
        let sent = error.definitions().iter().find_map(|d| d.http_status());
        let expected = match (error.table(), error.number(), sent) {
            (Some(Table::Rest), 4115 | 4120, _) => (404, StatusOrigin::VendorSource),
            (Some(Table::Rest), 4037 | 150424 | 150444 | 150500 | 330404, _) => {
                (500, StatusOrigin::VendorSource)
            }
            (None, _, Some(status)) => (status.as_u16(), StatusOrigin::VendorSource),
            (None, 0 | 200200, None) => (200, StatusOrigin::Crate),
            _ => (500, StatusOrigin::Crate),
        };
        assert_eq!(
            (error.http_status().as_u16(), error.status_origin()),
            expected,
            "{error}"
        );
    }
    for &error in KouplelessError::ALL {
        // 200 for every code: Arklet's HTTP tunnel's for its and sofa-ark's
        // wire codes, the crate's choice for the others.
        assert_eq!(error.http_status(), StatusCode::OK);
        let sent_by_arklet = !error.origin().is_published()
            && matches!(error.component(), Component::Arklet | Component::SofaArk);
        let origin = match sent_by_arklet {
            true => StatusOrigin::VendorSource,
            false => StatusOrigin::Crate,
        };
        assert_eq!(error.status_origin(), origin, "{error}");
    }
    for &error in CciError::ALL {
        assert_eq!(error.status_origin(), StatusOrigin::Published);
        assert!(
            error.code()[7..].starts_with(error.http_status().as_str()),
            "{error}"
        );
    }
}

#[test]
fn the_trait_and_the_inherent_methods_agree() {
    for code in Code::all() {
        let (vendor, status) = match code {
            Code::Paas(e) => (Vendor::Paas, e.http_status()),
            Code::Cci(e) => (Vendor::Cci, e.http_status()),
            Code::Sdk(e) => (Vendor::Sdk, e.http_status()),
            Code::Koupleless(e) => (Vendor::Koupleless, e.http_status()),
            _ => unreachable!("four platforms"),
        };
        assert_eq!(code.vendor(), vendor);
        assert_eq!(code.http_status(), status);
    }
}

/// Case is ignored for letters only: a code or name with the case bit (0x20)
/// of a digit, dot or underscore flipped (`Arklet\x0eInstallBizFailed`,
/// `ARGUMENT\x7fERROR`, `CCI.\x1002.409101`) names nothing, though it hashes
/// and compares like the code once case is folded bit by bit.
#[test]
fn only_letters_have_case() {
    for code in Code::all() {
        for spelling in code.spellings() {
            for (at, byte) in spelling.bytes().enumerate() {
                if byte.is_ascii_alphabetic() || !(byte ^ 0x20).is_ascii() {
                    continue;
                }
                let mut bytes = spelling.as_bytes().to_vec();
                bytes[at] ^= 0x20;
                let input = String::from_utf8(bytes).unwrap();
                assert_eq!(errcodes::lookup(&input).ok(), None, "{input:?}");
                assert_eq!(Code::find(&input), None, "{input:?}");
            }
        }
    }
}

/// The messages of an ambiguous code and of a code missing from a component's
/// table, word for word: they list the tables and say what to do.
#[test]
fn koupleless_errors_say_which_tables() {
    let error = "User.DiskFull".parse::<KouplelessError>().unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"ambiguous Koupleless error code "User.DiskFull": the Arklet and ModuleController tables list it; parse it with its component"#
    );
    assert_eq!(
        errcodes::lookup(" user.diskfull").unwrap_err().to_string(),
        r#"ambiguous Koupleless error code " user.diskfull": the Arklet and ModuleController tables list it; parse it with its component"#
    );
    let error =
        KouplelessError::parse_in(Component::Arklet, "KouplelessBoard.InternalError").unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"unknown Koupleless error code "KouplelessBoard.InternalError" in Arklet"#
    );
    // Wire codes are sent by components, which have no table.
    assert_eq!(
        "success"
            .parse::<KouplelessError>()
            .unwrap_err()
            .to_string(),
        r#"ambiguous Koupleless error code "success": Arklet and SofaArk send it; parse it with its component"#
    );
    assert_eq!(
        KouplelessError::parse_in(Component::VirtualKubelet, "REPEAT_BIZ")
            .unwrap_err()
            .to_string(),
        r#"unknown Koupleless error code "REPEAT_BIZ" in VirtualKubelet"#
    );
}

/// Two parse errors are equal, and hash alike, when they say the same: a number
/// kept as a number equals its digits; another input is another error. `Debug`
/// shows what the error keeps.
#[test]
fn parse_errors_compare_hash_and_debug_by_what_they_say() {
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};

    let hash = |error: &errcodes::ParseCodeError| {
        let mut hasher = DefaultHasher::new();
        error.hash(&mut hasher);
        hasher.finish()
    };
    let a = "CCI.02.409198".parse::<CciError>().unwrap_err();
    let again = "CCI.02.409198".parse::<CciError>().unwrap_err();
    let b = "CCI.02.409199".parse::<CciError>().unwrap_err();
    assert_eq!(a, again);
    assert_eq!(hash(&a), hash(&again));
    assert_ne!(a, b);
    assert_ne!(hash(&a), hash(&b));
    let number = SdkError::try_from(4121).unwrap_err();
    let digits = "4121".parse::<SdkError>().unwrap_err();
    assert_eq!(number, digits);
    assert_eq!(hash(&number), hash(&digits));
    assert_ne!(number, "4122".parse::<SdkError>().unwrap_err());
    assert_eq!(
        format!("{a:?}"),
        r#"ParseCodeError { vendor: Some(Cci), reason: Unknown, input: "CCI.02.409198", input_len: 13 }"#
    );
    let vendor = "aws".parse::<Vendor>().unwrap_err();
    assert_eq!(vendor.input(), "aws");
}

/// `PaasError::from_gateway` and `parse_in` look the key up in the indexes
/// first: they answer as a read of every definition of every code does.
#[test]
fn paas_scoped_lookups_answer_as_a_scan_of_every_definition() {
    use errcodes::paas::Scope;
    let scan = |is_key: &dyn Fn(&errcodes::paas::Definition) -> bool| {
        PaasError::ALL
            .iter()
            .copied()
            .find(|e| e.definitions().iter().any(is_key))
    };
    let mut keys = 0;
    for error in PaasError::ALL {
        for definition in error.definitions() {
            let name = definition.name();
            let number = definition.number();
            for scope in Scope::ALL.iter().copied() {
                let by_name = scan(&|d| d.scope() == scope && d.name().eq_ignore_ascii_case(name));
                let shared = PaasError::matching(name).len() > 1;
                match PaasError::parse_in(scope, name) {
                    Ok(found) => assert_eq!(Some(found), by_name, "{name} in {scope:?}"),
                    Err(e) => assert!(by_name.is_none() || (shared && e.is_ambiguous()), "{name}"),
                }
                if let Some(number) = number {
                    let by_number = scan(&|d| d.scope() == scope && d.number() == Some(number));
                    match PaasError::parse_in(scope, &number.to_string()) {
                        Ok(found) => assert_eq!(Some(found), by_number, "{number} in {scope:?}"),
                        Err(e) => assert!(by_number.is_none() || e.is_ambiguous(), "{number}"),
                    }
                }
                keys += 1;
            }
            if let (Some(number), Scope::ApiGateway) = (number, definition.scope()) {
                let pair = scan(&|d| {
                    d.scope() == Scope::ApiGateway
                        && d.number() == Some(number)
                        && d.name().eq_ignore_ascii_case(name)
                });
                assert_eq!(
                    PaasError::from_gateway(number, name),
                    pair,
                    "{number} {name}"
                );
                assert_eq!(pair, Some(*error));
            }
        }
    }
    assert!(keys > 2 * PaasError::ALL.len(), "{keys}");
}

/// Every scope parses back from its name, in any ASCII case; other text is a
/// typed error that keeps it.
#[test]
fn paas_scopes_parse_from_their_names() {
    use errcodes::paas::Scope;
    for &scope in Scope::ALL {
        let name = scope.as_str();
        for spelling in [
            name.to_owned(),
            name.to_ascii_uppercase(),
            format!(" {name}\t"),
        ] {
            assert_eq!(spelling.parse::<Scope>(), Ok(scope), "{spelling:?}");
        }
    }
    for input in ["", "gateway", "esb2", "bk paas3"] {
        let error = input.parse::<Scope>().unwrap_err();
        assert_eq!(error.input(), input);
        assert!(error.to_string().contains(&format!("{input:?}")), "{error}");
    }
}
