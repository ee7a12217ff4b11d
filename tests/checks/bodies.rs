//! What reading any bytes as an error body must give, on every platform: an
//! `ApiError` that writes a response which reads back to an equal error, or a
//! typed `BodyError` that says what was wrong; and never a panic.

use errcodes::{BodyError, cci, koupleless, paas, sdk};

/// Reads `body` with `from_slice` and checks what it gives, for one platform's
/// `ApiError`: the response it writes reads back (through `from_response`,
/// status and headers included) to an equal error (or, where the body had no
/// status, to one with the status the response chose), which writes the same
/// response; serde writes the same body; `Display` is `code: message`; and the
/// one entry point told the platform (which reads the body from one scan of its
/// fields) and serde's `Deserialize` read it the same way, warnings included.
macro_rules! platform {
    ($name:ident, $module:ident, $variant:ident) => {
        #[doc = concat!("Reads `body` as a `", stringify!($module), "::ApiError` and checks it.")]
        pub fn $name(body: &[u8]) -> Result<$module::ApiError, BodyError> {
            let read = $module::ApiError::from_slice(body);
            match &read {
                Ok(error) => {
                    let response = error.to_response();
                    let again = $module::ApiError::from_response(&response).unwrap_or_else(|e| {
                        panic!("{e}: {}", String::from_utf8_lossy(response.body()))
                    });
                    // Equal, unless `to_response` had to choose a status the error
                    // did not know: then the read error knows it.
                    if error.status().is_some() {
                        assert_eq!(
                            &again,
                            error,
                            "{}",
                            String::from_utf8_lossy(response.body())
                        );
                    } else {
                        assert_eq!(again.status(), Some(response.status()));
                    }
                    assert_eq!(
                        (again.code(), again.message()),
                        (error.code(), error.message())
                    );
                    assert_eq!(again.error(), error.error());
                    let twice = again.to_response();
                    assert_eq!(twice.status(), response.status());
                    assert_eq!(twice.headers(), response.headers());
                    assert_eq!(twice.body(), response.body());
                    let serialized =
                        errcodes::serde_json::to_vec(error).expect("an ApiError serializes");
                    assert_eq!(&serialized, response.body());
                    assert_eq!(
                        error.to_string(),
                        format!("{}: {}", error.code(), error.message())
                    );
                }
                Err(error) => assert_describes(error),
            }
            let object = body
                .strip_prefix(b"\xEF\xBB\xBF")
                .unwrap_or(body)
                .trim_ascii_start()
                .starts_with(b"{");
            // Exception text is the entry point's own: only JSON compares.
            if object {
                use errcodes::body::{PlatformError, Reader, Reply};
                let vendor = errcodes::Vendor::$variant;
                match (&read, Reader::new().vendor(vendor).read_slice(body)) {
                    (Ok(error), Ok(Reply::Error(PlatformError::$variant(other)))) => {
                        assert_eq!(&other, error);
                        assert_eq!(other.warnings(), error.warnings());
                    }
                    (Err(BodyError::NotAnError { .. }), Ok(Reply::Success(_))) => {}
                    (
                        Err(
                            error @ (BodyError::TooDeep { .. }
                            | BodyError::WrongType { .. }
                            | BodyError::OutOfRange { .. }),
                        ),
                        Err(unreadable),
                    ) => assert_eq!(unreadable.body_error(), error),
                    (Err(error), Ok(Reply::Failure(failure))) => assert_eq!(failure.why(), error),
                    (read, reply) => panic!("from_slice: {read:?}; the reader: {reply:?}"),
                }
            }
            if let (Ok(error), false) = (&read, body.starts_with(b"\xEF\xBB\xBF")) {
                let deserialized: $module::ApiError = errcodes::serde_json::from_slice(body)
                    .expect("Deserialize reads what from_slice reads");
                assert_eq!(&deserialized, error);
                assert_eq!(deserialized.warnings(), error.warnings());
            }
            read
        }
    };
}

platform!(cci_body, cci, Cci);
platform!(paas_body, paas, Paas);
platform!(sdk_body, sdk, Sdk);
platform!(koupleless_body, koupleless, Koupleless);

/// Reads `body` as every platform's body, asks which platform sent it, and
/// reads it through the one entry point.
pub fn any_body(body: &[u8]) {
    let _ = cci_body(body);
    let _ = paas_body(body);
    let _ = sdk_body(body);
    let _ = koupleless_body(body);
    detect(body);
    reply(body, None);
}

/// Reads `body` through `body::Reader`, without a response or under `status`
/// with the platforms' error headers: an error writes a response that reads
/// back to the same code and message; a failure keeps the body's text within
/// the bound and the status; what cannot be read keeps the status and says why.
pub fn reply(body: &[u8], status: Option<u16>) {
    use errcodes::body::{MAX_BODY_LEN, Reader, Reply};
    let status = status.and_then(|s| errcodes::http::StatusCode::from_u16(s).ok());
    let read = match status {
        Some(status) => {
            let response = errcodes::http::Response::builder()
                .status(status)
                .header("x-inner-code", "4115")
                .header("bkapi-error-code-num", "x")
                .header("x-request-id", "r-1")
                .body(body)
                .expect("a valid response");
            Reader::new().read_response(&response)
        }
        None => Reader::new().read_slice(body),
    };
    match read {
        Ok(Reply::Error(error)) => {
            let response = error.to_response();
            let again = Reader::new()
                .vendor(error.vendor())
                .read_response(&response)
                .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(response.body())));
            let again = again.error().unwrap_or_else(|| {
                panic!("{again:?}: {}", String::from_utf8_lossy(response.body()))
            });
            assert_eq!(
                (again.code(), again.message()),
                (error.code(), error.message())
            );
            assert_eq!(again.error(), error.error());
            assert_eq!(
                error.to_string(),
                format!("{}: {}", error.code(), error.message())
            );
            for warning in error.warnings() {
                assert!(!warning.to_string().is_empty());
            }
        }
        Ok(Reply::Failure(failure)) => {
            assert_eq!(failure.status(), status);
            let kept = &body[..body.len().min(MAX_BODY_LEN)];
            assert_eq!(failure.text(), String::from_utf8_lossy(kept));
            assert_describes(failure.why());
        }
        Ok(Reply::Success(success)) => assert_eq!(success.status(), status),
        Ok(other) => panic!("a reply of no known kind: {other:?}"),
        Err(unreadable) => {
            assert_eq!(unreadable.status(), status);
            assert_describes(unreadable.body_error());
        }
    }
}

/// Asks which platform sent `body`: a platform, or an error that says why not.
pub fn detect(body: &[u8]) {
    if let Err(error) = errcodes::detect(body) {
        assert_describes(&error);
    }
}

/// Reads `text` as openYuanrong's exception text: what it gives writes back to a
/// text that reads to the same code, module code and message.
pub fn exception_text(text: &str) -> Result<sdk::ApiError, BodyError> {
    let read = sdk::ApiError::from_exception_text(text);
    match &read {
        Ok(error) => {
            let written = error.to_exception_text();
            // Lossless: the text written is the text read, prefix and trailing
            // white space included.
            assert_eq!(written, text);
            let again = sdk::ApiError::from_exception_text(&written)
                .unwrap_or_else(|e| panic!("{e}: {written}"));
            assert_eq!(again.code(), error.code());
            assert_eq!(again.module_code(), error.module_code());
            assert_eq!(again.message(), error.message());
            assert_eq!(again.error(), error.error());
        }
        Err(error) => assert_describes(error),
    }
    read
}

/// An error says something, and where when it can.
fn assert_describes(error: &BodyError) {
    let text = error.to_string();
    assert!(!text.is_empty());
    if let BodyError::Syntax { line, column, .. } | BodyError::Truncated { line, column, .. } =
        error
    {
        assert!(*line >= 1, "{text}");
        assert!(
            text.contains(&format!("line {line}, column {column}")),
            "{text}"
        );
    }
}
