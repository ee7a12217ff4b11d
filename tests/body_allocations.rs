//! Allocations per body read, counted by a counting global allocator, for the
//! bodies of the benches (`benches/support/plain.rs`, read through `bodies.rs`): errcodes'
//! `from_slice`, the one entry point `body::Reader` (which detects the platform
//! first), and `serde_json` into the plain struct. BENCHMARKS.md has the
//! figures (`cargo test --test body_allocations -- --nocapture` prints them);
//! the test holds each reader to the count measured, so that a change that
//! allocates more is seen.
#![cfg(all(
    feature = "json",
    feature = "paas",
    feature = "cci",
    feature = "sdk",
    feature = "koupleless"
))]

#[path = "../benches/support/bodies.rs"]
#[allow(dead_code)]
mod cases;

#[path = "support/counting.rs"]
mod counting;

/// The allocations (and reallocations) of one call of `read` on `body`, after
/// a first call that fills any lazy state.
fn allocations(read: fn(&[u8]) -> bool, body: &[u8]) -> usize {
    assert!(read(body));
    let before = counting::count();
    assert!(read(std::hint::black_box(body)));
    counting::count() - before
}

#[test]
fn the_counter_counts() {
    assert_eq!(allocations(|_| !vec![1u8].is_empty(), b""), 1);
}

#[test]
fn allocations_per_body() {
    // errcodes' `from_slice`, the one entry point, serde into the plain struct,
    // as measured on this code; a reader that allocates more fails here.
    let at_most: [(&str, usize, usize, usize); 6] = [
        ("cci status", 7, 7, 7),
        ("esb", 2, 2, 2),
        ("bkpaas3", 1, 1, 2),
        ("openyuanrong rest", 2, 2, 2),
        ("arklet", 4, 4, 5),
        ("koupleless two-level", 4, 4, 5),
    ];
    // `zip` stops at the shorter: a case of the benches without its count here
    // would go unchecked.
    assert_eq!(at_most.len(), cases::CASES.len());
    let mut over = Vec::new();
    println!("| body | errcodes | reply | serde struct |");
    println!("|---|---|---|---|");
    for ((name, errcodes, reply, serde), case) in at_most.iter().zip(cases::CASES) {
        assert_eq!(*name, case.name);
        let counted = (
            allocations(case.errcodes, case.body),
            allocations(cases::reply, case.body),
            allocations(case.serde, case.body),
        );
        println!("| {name} | {} | {} | {} |", counted.0, counted.1, counted.2);
        over.extend(
            (counted.0 > *errcodes || counted.1 > *reply || counted.2 != *serde)
                .then(|| format!("{name}: {counted:?}")),
        );
    }
    assert!(over.is_empty(), "{over:?}");
}

/// The bodies of the corpus (tests/corpus/), and bodies made to reach the
/// parts of an error that most bodies leave empty: many kept fields (the name
/// map of `Fields`), duplicates and odd values (warnings), Arklet's `data`.
fn bodies_to_free() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut bodies: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json" || e == "txt"))
        .map(|path| (path.display().to_string(), std::fs::read(&path).unwrap()))
        .collect();
    bodies.sort();
    let many: String = (0..40).map(|n| format!(r#""f{n}":{n},"#)).collect();
    let made = [
        format!(r#"{{{many}"code":"CANNOT_DEPLOY_APP","detail":"d"}}"#),
        format!(r#"{{{many}"code":1306406,"message":"m","f3":"again"}}"#),
        r#"{"code":1306406,"code":1306201,"message":null,"result":false,"data":null,"x":1,"x":2}"#
            .to_owned(),
        // Two fields kept (of another type) and then forgotten for their
        // duplicates: the list empty again, its allocation still held.
        r#"{"code":1306406,"message":"m","request_id":1,"code_slug":2,"request_id":"r","code_slug":"s"}"#
            .to_owned(),
        r#"{"errorCode":"CCI.02.409101","errorCode":"CCI.02.409101","message":{"a":1},"kind":"Status"}"#
            .to_owned(),
        r#"{"code":4115,"message":"m","message":"n","trace_id":1}"#.to_owned(),
        r#"{"code":"FAILED","message":null,"data":{"code":"REPEAT_BIZ","code":1,"message":"m","other":[1]}}"#
            .to_owned(),
        "\u{feff}{\"code\":\"FAILED\",\"message\":\"m\",\"errorCode\":\"Arklet.InstallBizFailed\"}"
            .to_owned(),
        r#"{"code":"\ud800","message":"a lone surrogate"}"#.to_owned(),
        r#"{"code": 1.5}"#.to_owned(),
        "<html>bad gateway</html>".to_owned(),
    ];
    bodies.extend(
        made.into_iter()
            .map(|body| (body.clone(), body.into_bytes())),
    );
    bodies
}

/// Every way of reading a body, each giving what it read (dropped by the
/// caller) and a clone of it.
fn read_every_way(body: &[u8]) {
    use errcodes::{body::Reader, cci, koupleless, paas, sdk};
    fn both<T: Clone, E>(read: Result<T, E>) {
        if let Ok(value) = &read {
            drop(value.clone());
        }
        drop(read);
    }
    both(paas::ApiError::from_slice(body));
    both(cci::ApiError::from_slice(body));
    both(sdk::ApiError::from_slice(body));
    both(koupleless::ApiError::from_slice(body));
    both(serde_json::from_slice::<paas::ApiError>(body));
    both(serde_json::from_slice::<cci::ApiError>(body));
    both(serde_json::from_slice::<sdk::ApiError>(body));
    both(serde_json::from_slice::<koupleless::ApiError>(body));
    drop(Reader::new().read_slice(body));
}

/// Whatever a read allocates, dropping what it gives frees: the errors drop
/// their kept fields and warnings by hand (`Fields`, `Warnings`), and a part
/// they missed would leak.
#[test]
fn every_allocation_of_a_read_is_freed() {
    let bodies = bodies_to_free();
    assert!(bodies.len() > 90, "{} bodies", bodies.len());
    let mut leaked = Vec::new();
    for (name, body) in &bodies {
        // The first read fills any lazy state, which stays.
        read_every_way(body);
        let before = counting::live();
        let allocations = counting::count();
        read_every_way(body);
        assert!(counting::count() > allocations, "{name}: nothing allocated");
        let held = counting::live() - before;
        if held != 0 {
            leaked.push(format!("{name}: {held} bytes"));
        }
    }
    assert!(leaked.is_empty(), "{leaked:#?}");
}

/// `text` as a raw JSON value, for `with_field`.
fn raw(text: &str) -> Box<serde_json::value::RawValue> {
    serde_json::value::RawValue::from_string(text.to_owned()).unwrap()
}

/// A response of status 502 with `headers` (their bytes as given) and `body`.
fn response(headers: &[(&str, &[u8])], body: &[u8]) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(502);
    for (name, value) in headers {
        builder = builder.header(*name, http::HeaderValue::from_bytes(value).unwrap());
    }
    builder.body(body.to_vec()).unwrap()
}

/// Errors built from every code and changed by every builder: kept fields set,
/// many of them (the name map), replaced and removed (`with_request_id`,
/// `with_shape`, `with_base_identity`, Arklet's `data` put first), cloned,
/// written; and read from responses whose headers add warnings.
fn build_and_change_every_way() {
    use errcodes::{cci, koupleless, paas, sdk};
    let not_text: &[u8] = b"\xff\xfe";
    for code in paas::PaasError::ALL {
        let mut error = paas::ApiError::from(*code);
        for n in 0..40 {
            error = error
                .with_field(&format!("g{n}"), raw(&format!("[{n}]")))
                .unwrap();
        }
        let error = error.with_request_id("rid").with_message("msg");
        for shape in [
            paas::Shape::Esb,
            paas::Shape::Gateway,
            paas::Shape::Paas3,
            paas::Shape::BkError,
            paas::Shape::Paas3StdJson,
        ] {
            let changed = error.clone().with_shape(shape).with_request_id("again");
            let mut cloned = changed.clone();
            cloned.clone_from(&error);
            drop((changed, cloned, error.to_response()));
        }
    }
    // `request_id` kept raw, then set; ESB's `data: null` dropped by the shape.
    let body = br#"{"code":"CANNOT_DEPLOY_APP","detail":"d","request_id":7,"data":null}"#;
    let error = paas::ApiError::from_slice(body).unwrap();
    drop(error.with_request_id("r").with_shape(paas::Shape::Paas3));
    let headers: [(&str, &[u8]); 6] = [
        ("bkapi-error-code", not_text),
        ("bkapi-error-code-num", b"abc"),
        ("X-Bkapi-Error-Code", b"1640302"),
        ("X-Bkapi-Error-Message", b"other"),
        ("X-Bkapi-Request-Id", not_text),
        ("X-Request-Id", b"r2"),
    ];
    let body = br#"{"code":1640302,"code_name":"CROSS_TENANT_FORBIDDEN","message":"m","result":false,"data":null,"request_id":"r1","x":1,"x":2}"#;
    let read = paas::ApiError::from_response(&response(&headers, body));
    drop(read.clone());
    let headers: [(&str, &[u8]); 2] = [
        ("X-Bkapi-Error-Code", b"1640001"),
        ("X-Bkapi-Error-Message", b"hm"),
    ];
    drop(paas::ApiError::from_response(&response(
        &headers, b"<html>",
    )));
    for code in cci::CciError::ALL.iter().take(50) {
        let mut error = cci::ApiError::from(*code);
        for n in 0..40 {
            error = error
                .with_field(&format!("g{n}"), raw(r#"{"a":1}"#))
                .unwrap();
        }
        drop(
            error
                .clone()
                .with_request_id("x")
                .with_message("y")
                .to_response(),
        );
    }
    let body = br#"{"errorCode":"CCI.02.409101","message":"m","request_id":"a"}"#;
    drop(cci::ApiError::from_response(&response(
        &[("X-Request-Id", not_text)],
        body,
    )));
    for code in sdk::SdkError::ALL.iter().take(50) {
        let mut error = sdk::ApiError::from(*code);
        for n in 0..40 {
            error = error.with_field(&format!("g{n}"), raw(r#""s""#)).unwrap();
        }
        let error = error
            .clone()
            .with_trace_id("t")
            .with_inner_code("i")
            .with_module_code(3);
        drop(error.to_response());
    }
    let body = br#"{"code":4115,"message":"m","message":"n"}"#;
    drop(sdk::ApiError::from_response(&response(
        &[("X-Inner-Code", not_text)],
        body,
    )));
    for code in koupleless::KouplelessError::ALL {
        let mut error = koupleless::ApiError::from(*code);
        for n in 0..40 {
            error = error.with_field(&format!("g{n}"), raw("1")).unwrap();
        }
        let error = error
            .with_field("baseIdentity", raw(r#""b""#))
            .unwrap_or_else(|_| koupleless::ApiError::from(*code));
        drop(error.clone().with_base_identity("b2").to_response());
    }
}

/// As [`every_allocation_of_a_read_is_freed`], for built errors and their
/// builders, which change the kept fields and warnings in place.
#[test]
fn every_allocation_of_a_built_error_is_freed() {
    // The first round fills any lazy state, which stays.
    build_and_change_every_way();
    let before = counting::live();
    let allocations = counting::count();
    build_and_change_every_way();
    assert!(counting::count() > allocations, "nothing allocated");
    assert_eq!(
        counting::live() - before,
        0,
        "bytes held after the errors were dropped"
    );
}
