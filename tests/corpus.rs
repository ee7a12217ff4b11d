//! The corpus of real bodies (tests/corpus/, see its README.md): every body
//! copied from a vendor's repository, with its source, status and headers in
//! MANIFEST.tsv, and what a caller must get. Each is read through the one entry
//! point, `body::Reader`, as a caller who does not know the platform reads it.
#![cfg(all(
    feature = "json",
    feature = "paas",
    feature = "cci",
    feature = "sdk",
    feature = "koupleless"
))]

use std::path::Path;

mod checks;

use errcodes::body::{PlatformError, Reader, Reply};
use errcodes::{Code, Vendor};
use http::{Response, StatusCode};

/// One row of MANIFEST.tsv.
struct Case {
    file: String,
    platform: Vendor,
    status: Option<StatusCode>,
    headers: Vec<(String, String)>,
    kind: String,
    code: String,
    message: String,
    request_id: String,
}

fn corpus() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let manifest = std::fs::read_to_string(dir.join("MANIFEST.tsv")).unwrap();
    let mut lines = manifest.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (file, platform, status, headers, kind, code, message, request_id) = (
        column("file"),
        column("platform"),
        column("http_status"),
        column("headers"),
        column("kind"),
        column("code_as_sent"),
        column("message_as_sent"),
        column("request_id"),
    );
    lines
        .filter(|line| !line.is_empty())
        .map(|line| {
            let row: Vec<&str> = line.split('\t').collect();
            let (name, overridden) = (row[file], overrides(row[file]));
            Case {
                file: name.to_owned(),
                platform: row[platform].parse().unwrap(),
                status: overridden
                    .and_then(|o| o.status)
                    .or_else(|| row[status].parse().ok())
                    .map(|s: u16| StatusCode::from_u16(s).unwrap()),
                headers: row[headers]
                    .split(" | ")
                    .filter(|h| !h.is_empty())
                    .map(|h| {
                        let (name, value) = h.split_once(": ").unwrap();
                        (name.to_owned(), value.to_owned())
                    })
                    .collect(),
                kind: overridden
                    .and_then(|o| o.kind)
                    .unwrap_or(row[kind])
                    .to_owned(),
                code: overridden
                    .and_then(|o| o.code)
                    .unwrap_or(row[code])
                    .to_owned(),
                message: overridden
                    .and_then(|o| o.message)
                    .unwrap_or(row[message])
                    .to_owned(),
                request_id: row[request_id].to_owned(),
            }
        })
        .collect()
}

/// Where the crate reads a case otherwise than the corpus's `kind` column, and
/// why: the issue's rule (wire-formats.md), not the collector's reading.
#[derive(Clone, Copy)]
struct Override {
    kind: Option<&'static str>,
    status: Option<u16>,
    code: Option<&'static str>,
    message: Option<&'static str>,
}

fn overrides(file: &str) -> Option<Override> {
    Some(match file {
        // `-1` is bk_std_json's documented default code, a code as sent, not
        // bad input and not the absence of one (issue 11, wire-formats.md).
        "paas-bkstd-data-string-no-slug.json" => Override {
            kind: Some("error"),
            status: None,
            code: None,
            message: None,
        },
        // `{"code": 500}` and nothing else carries a code (issue 11 lists it
        // among the bodies with a code that were refused): the code is 500.
        "sdk-code-500-alone.json" => Override {
            kind: Some("error"),
            status: None,
            code: None,
            message: None,
        },
        // The frontend's body of a successful invocation (innerCode 0): it is
        // sent under HTTP 200, which the manifest does not state.
        "sdk-frontend-bare-json-string.json" => Override {
            kind: None,
            status: Some(200),
            code: None,
            message: None,
        },
        // A Kubernetes Status without `errorCode`, from CCI's API server: an
        // error of CCI with no CCI code, its `reason` the code as sent (issue
        // 11: "not a refusal"; the crate's rule for `code()`).
        "cci-status-404-no-errorcode.json" => Override {
            kind: Some("error"),
            status: None,
            code: Some("NotFound"),
            message: None,
        },
        // The Go faas SDK's error text: `<prefix>, code: 2002, message: <msg>`;
        // the message is what follows its label, the prefix is kept apart
        // (`exception_prefix`), where the manifest gives the whole text.
        "sdk-faas-error-text-array.txt" => Override {
            kind: None,
            status: None,
            code: None,
            message: Some(
                r#"[{"errorCode":"4211","message":"init failed bootstrap timed out after 5s"}]"#,
            ),
        },
        _ => return None,
    })
}

/// The typed code a caller must get, where the platform's catalog knows it.
fn typed(file: &str) -> Option<Code> {
    use errcodes::cci::CciError;
    use errcodes::koupleless::KouplelessError;
    use errcodes::paas::PaasError;
    use errcodes::sdk::SdkError;
    Some(match file {
        "cci-status-409-errorcode.json" => CciError::NamespaceNameAlreadyExists.into(),
        "paas-cannot-deploy-app.json" => PaasError::CannotDeployApp.into(),
        "paas-unsupported-source-origin.json" => PaasError::UnsupportedSourceOrigin.into(),
        "paas-cannot-get-revision.json" => PaasError::CannotGetRevision.into(),
        // The light-app API's code is open_paas's number, whose catalog row it
        // names.
        "paas-lapp-msg-object.json" => PaasError::PaasPaasagentCommitTestDeploymentFail.into(),
        "sdk-rest-4115-delete-function.json" | "sdk-rest-4115-get-function-compact.json" => {
            SdkError::FunctionNotFound.into()
        }
        "sdk-cpp-exception.txt" => SdkError::ParamInvalid.into(),
        "sdk-cpp-exception-3003.txt" => SdkError::InnerSystemError.into(),
        "sdk-py-error.txt" | "sdk-py-error-prefixed.txt" => SdkError::GetOperationFailed.into(),
        "sdk-faas-error-text-array.txt" => SdkError::UserFunctionException.into(),
        // In no published table: codes of openYuanrong's source tables
        // (codes/vendor-source/, issue 12), typed since the crate has them.
        "sdk-rest-session-200400.json" => SdkError::FrontendStatusBadRequest.into(),
        "sdk-rest-session-200404.json" => SdkError::FrontendStatusNotFound.into(),
        "sdk-frontend-200500-inner-code.json" => SdkError::FrontendStatusInternalError.into(),
        "sdk-frontend-200701-inner-code.json" => SdkError::DsUploadFailed.into(),
        "sdk-code-500-alone.json" => SdkError::FaaSError.into(),
        "sdk-faas-errorcode-number-errormessage.json" => {
            SdkError::AcquireLeaseTrafficLimitErrorCode.into()
        }
        "sdk-faas-errorcode-string.json" => SdkError::ExecutorErrCodeInitFail.into(),
        // Arklet's wire codes (codes/vendor-source/koupleless-wire-codes.tsv,
        // issue 12): sofa-ark's `data.code` where it names a failure, else
        // Arklet's own `code`; a `data.code` no table lists (`FOO`) leaves the
        // failure typed by Arklet's `FAILED`, the code as sent kept.
        "koupleless-failed-repeat-biz.json" => KouplelessError::SofaArkRepeatBiz.into(),
        "koupleless-failed-not-found-biz.json"
        | "koupleless-failed-not-found-no-data-message.json" => {
            KouplelessError::SofaArkNotFoundBiz.into()
        }
        "koupleless-failed-stacktrace.json" | "koupleless-failed-unknown-data-code.json" => {
            KouplelessError::ArkletFailed.into()
        }
        // A code of bkpaas3's source, on no published page.
        "paas-query-log-failed.json" => PaasError::QueryLogFailed.into(),
        // bkpaas3's literal wire codes (codes/paas-wire-literals.tsv, the
        // crate's reading of its exception handler): `VALIDATION_ERROR`;
        // `ERROR`, Django REST framework's fall-through; and the workloads
        // service's `UNAUTHORIZED`, whose handler bkpaas3 never installs, read
        // without ASCII case as bkpaas3's `Unauthorized` (a bkpaas3 body, so
        // not the gateway's `UNAUTHORIZED`).
        "paas-validation-fields-object.json"
        | "paas-validation-fields-list.json"
        | "paas-validation-sourcectl.json"
        | "paas-validation-market.json" => PaasError::ValidationError.into(),
        "paas-drf-not-found.json" => PaasError::Error.into(),
        "paas-workloads-unauthorized.json" => PaasError::UnauthorizedInBkpaas3.into(),
        // The API gateway's bodies (codes/vendor-source/bk-apigateway-codes.tsv,
        // issue 12), typed by their `code` with their `code_name`: 1640302 is
        // two codes, and the name tells which; `RATE_LIMIT_RESTRICTION` is
        // three, and the number tells which.
        "paas-apigw-access-token-invalid.json" | "paas-apigw-invalid-args-headers.json" => {
            PaasError::InvalidArgs.into()
        }
        "paas-apigw-api-not-found-wire.json" => PaasError::ApiNotFound.into(),
        "paas-apigw-app-no-permission.json" => PaasError::AppNoPermission.into(),
        "paas-apigw-backend-timeout.json" => PaasError::RequestBackendTimeout.into(),
        "paas-apigw-bad-gateway.json" => PaasError::BadGateway.into(),
        "paas-apigw-body-too-large.json" => PaasError::BodySizeLimitExceed.into(),
        "paas-apigw-error-requesting-resource.json" => PaasError::ErrorRequestingResource.into(),
        "paas-apigw-ip-not-allowed.json" => PaasError::IpNotAllowed.into(),
        "paas-apigw-rate-limit-stage.json" => PaasError::StageStrategyRateLimitRestriction.into(),
        "paas-apigw-recursive.json" => PaasError::RecursiveRequestDetected.into(),
        _ => return None,
    })
}

fn read(case: &Case) -> Reply {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let body = std::fs::read(dir.join(&case.file)).unwrap();
    let reader = Reader::new();
    let reply = match case.status {
        Some(status) => {
            let mut response = Response::builder().status(status);
            for (name, value) in &case.headers {
                response = response.header(name, value);
            }
            reader.read_response(&response.body(body).unwrap())
        }
        None => reader.read_slice(&body),
    };
    reply.unwrap_or_else(|e| panic!("{}: unreadable: {e}", case.file))
}

#[test]
fn the_corpus_is_large_enough_and_covers_every_platform() {
    let cases = corpus();
    assert!(cases.len() >= 40, "{}", cases.len());
    for vendor in Vendor::ALL {
        assert!(
            cases.iter().filter(|c| c.platform == *vendor).count() >= 10,
            "{vendor}"
        );
    }
}

#[test]
fn every_body_with_a_code_gives_its_error() {
    let mut typed_seen = 0;
    for case in corpus().iter().filter(|c| c.kind == "error") {
        let reply = read(case);
        let Reply::Error(error) = &reply else {
            panic!("{}: {reply:?}", case.file)
        };
        let file = &case.file;
        assert_eq!(error.vendor(), case.platform, "{file}");
        // Koupleless: `FAILED/REPEAT_BIZ` is the top-level code and `data.code`.
        match (error, case.code.split_once('/')) {
            (PlatformError::Koupleless(arklet), Some((result, data))) => {
                assert_eq!(arklet.result_code(), Some(result), "{file}");
                assert_eq!(arklet.code(), data, "{file}");
            }
            _ => assert_eq!(error.code(), case.code, "{file}"),
        }
        if !case.message.is_empty() {
            // A message sent as JSON (an object of field errors) is its JSON
            // text as sent; the manifest writes it compact.
            let json = |text: &str| serde_json::from_str::<serde_json::Value>(text).ok();
            let same = error.message() == case.message
                || error.message().starts_with(['{', '['])
                    && json(error.message()).is_some()
                    && json(error.message()) == json(&case.message);
            assert!(
                same,
                "{file}: {:?} is not {:?}",
                error.message(),
                case.message
            );
        }
        if !case.request_id.is_empty() {
            assert_eq!(error.request_id(), Some(case.request_id.as_str()), "{file}");
        }
        if let Some(status) = case.status {
            assert_eq!(error.status(), Some(status), "{file}");
        }
        assert_eq!(error.error(), typed(file), "{file}");
        typed_seen += usize::from(error.error().is_some());
        // What the crate writes back reads back the same.
        let again = Reader::new()
            .vendor(error.vendor())
            .read_response(&error.to_response())
            .unwrap();
        assert_eq!(
            again.error().map(|e| (e.code(), e.message())),
            Some((error.code(), error.message())),
            "{file}"
        );
    }
    assert_eq!(typed_seen, 42);
}

#[test]
fn no_failure_is_lost_and_no_success_is_an_error() {
    let mut checked = 0;
    for case in corpus().iter().filter(|c| c.kind != "error") {
        checked += 1;
        let reply = read(case);
        let file = &case.file;
        match (case.kind.as_str(), &reply) {
            ("success", Reply::Success(success)) => {
                assert_eq!(success.status(), case.status, "{file}");
                if let Some(vendor) = success.vendor() {
                    assert_eq!(vendor, case.platform, "{file}");
                }
            }
            ("no-code-failure", Reply::Failure(failure)) => {
                assert_eq!(failure.status(), case.status, "{file}");
                let body = std::fs::read(
                    Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("tests/corpus")
                        .join(file),
                )
                .unwrap();
                assert_eq!(failure.text(), String::from_utf8_lossy(&body), "{file}");
                if !case.request_id.is_empty() {
                    assert_eq!(
                        failure.headers()["x-request-id"],
                        case.request_id.as_str(),
                        "{file}"
                    );
                }
            }
            _ => panic!("{file}: {} read as {reply:?}", case.kind),
        }
    }
    // The successes and the failures without a code, once the overrides have
    // made errors of three: a corpus that lost them would leave the loop with
    // nothing to check.
    assert_eq!(checked, 24);
}

/// Every body of the corpus, read every way (`tests/checks/bodies.rs`): by each
/// platform's `from_slice`, told the platform through the one entry point, and
/// through serde's `Deserialize`, alike.
#[test]
fn every_body_reads_alike_every_way() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for case in corpus() {
        let body = std::fs::read(dir.join(&case.file)).unwrap();
        checks::bodies::any_body(&body);
    }
}
