//! Typed error codes of Tencent BlueKing PaaS, Huawei Cloud CCI, openYuanrong and
//! Koupleless, generated from the catalogs the vendors publish and from their
//! source code.
//!
//! Every code is a variant of its platform's enum, which knows the code, its
//! messages (the published ones first), description and solution, where it
//! comes from ([`ErrorCode::origin`]), and the HTTP status the platform sends
//! with it (or, where the vendor gives no rule, the crate's documented choice),
//! and parses back from the code string:
//!
//! ```
//! use errcodes::cci::CciError;
//! use http::StatusCode;
//!
//! // `errorCode` from a CCI response body.
//! let error: CciError = "CCI.02.409101".parse()?;
//! match error {
//!     CciError::NamespaceNameAlreadyExists => { /* pick another name and retry */ }
//!     CciError::NamespaceQuotaExceeded => { /* ask for more quota */ }
//!     _ => {}
//! }
//! assert_eq!(error.http_status(), StatusCode::CONFLICT);
//! assert_eq!(error.message(), "namespace name is already exist");
//! assert_eq!(error.solution(), Some("请修改namespace名称后重试"));
//! assert_eq!(error.to_string(), "CCI.02.409101: namespace name is already exist");
//! # Ok::<(), errcodes::ParseCodeError>(())
//! ```
//!
//! # Platforms
//! | module | enum | catalog | published | vendor source | codes |
//! |---|---|---|---|---|---|
//! | [`paas`] | [`PaasError`](paas::PaasError) | Tencent BlueKing PaaS 3.0 (bkpaas3) and 2.x (open_paas, ESB), the API gateway in front of them, and their sources | 101 | 188 | 289 |
//! | [`cci`] | [`CciError`](cci::CciError) | Huawei Cloud CCI | 110 | 0 | 110 |
//! | [`sdk`] | [`SdkError`](sdk::SdkError) | openYuanrong, SDK and REST API, and its source | 109 | 186 | 295 |
//! | [`koupleless`] | [`KouplelessError`](koupleless::KouplelessError) | Koupleless: Arklet, ModuleController, KouplelessBoard, and its components' wire codes | 56 | 24 | 80 |
//!
//! Each enum is `#[non_exhaustive]`, `Copy`, at most two bytes (as is an
//! `Option` of one), and has `ALL`, its codes in catalog order, published codes
//! first. [`ErrorCode`] is the trait all four implement; [`lookup`] finds a code
//! on any platform and returns a [`Code`].
//!
//! # Where a code comes from
//! [`ErrorCode::origin`] says whether a code is on a page the vendor publishes
//! ([`Origin::Published`]) or only in the vendor's source code
//! ([`Origin::VendorSource`], with the repository, file, commit and line). A
//! published code keeps its published texts; what the source says of it is
//! listed apart (for openYuanrong, [`SdkError::definitions`](sdk::SdkError::definitions)).
//! openYuanrong's source defines 186 codes no page lists: frontend 100,
//! meta-service 45, libruntime 20, faas-sdk 13, function-system 8. Where
//! components give one number different meanings, a parse answers the published
//! code, or, when none is published, fails as ambiguous rather than pick one;
//! [`SdkError::parse_in`](sdk::SdkError::parse_in) parses a code as one component
//! sends it. Koupleless's components send wire codes no page lists (24: Arklet 4,
//! sofa-ark 5, koupleless-common 9, virtual-kubelet 5, module-controller 1), listed
//! with every place the source sends them by
//! [`KouplelessError::definitions`](koupleless::KouplelessError::definitions);
//! Arklet and sofa-ark both send `SUCCESS` and `FAILED`, which
//! [`KouplelessError::parse_in`](koupleless::KouplelessError::parse_in) tells apart.
//! BlueKing PaaS adds the codes of bkpaas3's and ESB's sources and, from the
//! BlueKing API gateway's source, 26 codes (`16xxxxx`, each sent with its
//! `code_name`): the gateway gives two codes the number `1640302`, which no
//! parse picks between, and [`PaasError::from_gateway`](paas::PaasError::from_gateway)
//! resolves the number with the `code_name` its body sends.
//!
//! Parsing accepts the code in any ASCII case with white space around it, and the
//! vendor's symbolic name where one exists (`CANNOT_DEPLOY_APP`, `ARGUMENT_ERROR`,
//! `ERR_PARAM_INVALID`). It fails with a [`ParseCodeError`] that names the input
//! and the platform, and never picks one of two Koupleless rows, of two
//! openYuanrong codes of the source, or of two BlueKing API gateway codes, that
//! share a code.
//! To ask only "which code is this?", each enum's `find` and [`Code::find`]
//! answer with an `Option` and build no error.
//!
//! # Error bodies
//! With the `json` feature (on by default), each platform module has an
//! `ApiError`: the body the platform sends when a call fails, read with the
//! message as sent and the code as sent, typed when the catalog knows it; and the
//! body a service sends to answer like the platform. [`detect`] tells which
//! platform sent a body; [`body::Reply`] reads a response of any platform in one
//! call, as a success, the platform's error, or a failure whose body carries no
//! code (its status, headers and text kept). Bodies are read as the platforms
//! really send them: what is odd but readable is a [`body::Warning`] of the
//! error, never a reason to lose its code.
//!
//! Matching a CCI response:
//!
//! ```
//! use errcodes::cci::{ApiError, CciError};
//!
//! let response = http::Response::builder().status(409).body(
//!     r#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
//!         "message":"namespace name is already exist","reason":"Conflict","code":409,
//!         "errorCode":"CCI.02.409101"}"#,
//! )?;
//! let error = ApiError::from_response(&response)?;
//! match error.error() {
//!     Some(CciError::NamespaceNameAlreadyExists) => { /* pick another name */ }
//!     _ if error.retry_advice_for(response.headers()).is_retryable() => { /* retry later */ }
//!     _ => return Err(error.into()),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What an error means, and what to do about it
//! Every code has an [`ErrorKind`], one set across the platforms, and a
//! [`RetryAdvice`], each with its [`MeaningOrigin`]: the vendor's text, its
//! source code, the HTTP status it sends, or, where the vendor says nothing, the
//! crate's rule ([`Meaning`] has the evidence and the crate's note where the
//! vendor's docs and code disagree). A response's advice combines the code's with
//! what the response says ([`body::ResponseAdvice`]): a 429 throttles, a 503 is
//! transient, `Retry-After` gives the delay.
//!
//! ```
//! use std::time::Duration;
//!
//! use errcodes::RetryAdvice;
//!
//! /// Whether to retry a failed call, and after how long.
//! fn retry_after<B: AsRef<[u8]>>(response: &http::Response<B>) -> Option<Duration> {
//!     let body = response.body().as_ref();
//!     let advice = match errcodes::detect(body).ok()? {
//!         errcodes::Vendor::Paas => errcodes::paas::ApiError::from_slice(body).ok()?.retry_advice_for(response.headers()),
//!         errcodes::Vendor::Sdk => errcodes::sdk::ApiError::from_slice(body).ok()?.retry_advice_for(response.headers()),
//!         errcodes::Vendor::Cci => errcodes::cci::ApiError::from_response(response).ok()?.retry_advice_for(response.headers()),
//!         _ => return None,
//!     };
//!     let backoff = Duration::from_millis(200); // a first step of exponential backoff
//!     match advice.advice() {
//!         RetryAdvice::Throttled | RetryAdvice::RetryWithBackoff => Some(
//!             advice.delay().map_or(backoff, |d| d.from(std::time::SystemTime::now())),
//!         ),
//!         // Fix the request first, or give up.
//!         _ => None,
//!     }
//! }
//!
//! // ESB rate-limits with HTTP 200: the code says "throttled".
//! let esb = http::Response::new(r#"{"result":false,"code":1306429,"message":"Access frequency limit","data":null}"#);
//! assert!(retry_after(&esb).is_some());
//! // openYuanrong 1005: "Retry after a certain interval."
//! let sdk = http::Response::new(r#"{"code":1005,"message":"Request limit reached."}"#);
//! assert!(retry_after(&sdk).is_some());
//! // openYuanrong 1001, a parameter the caller must fix: its status is 500, yet no retry.
//! let sdk = http::Response::new(r#"{"code":1001,"message":"Parameter validation failed."}"#);
//! assert_eq!(retry_after(&sdk), None);
//! // CCI behind Huawei Cloud's API gateway, throttled: 429 and the delay asked for.
//! let cci = http::Response::builder().status(429).header("Retry-After", "2")
//!     .body(r#"{"error_code":"APIGW.0308","error_msg":"The request is throttled."}"#)?;
//! assert_eq!(retry_after(&cci), Some(Duration::from_secs(2)));
//! # Ok::<(), http::Error>(())
//! ```
//!
//! Texts in both languages: [`Lang`], [`ErrorCode::text_in`], [`ErrorCode::texts`].
//!
//! Answering like BlueKing ESB, which sends HTTP 200 with `result: false`:
//!
//! ```
//! use errcodes::paas::{ApiError, PaasError};
//!
//! let response = ApiError::from(PaasError::ArgumentError)
//!     .with_message("Parameters error, bk_biz_id is required")
//!     .with_request_id("7a1c9b3e")
//!     .to_response();
//! assert_eq!(response.status(), 200);
//! assert_eq!(
//!     response.body(),
//!     br#"{"result":false,"code":1306406,"message":"Parameters error, bk_biz_id is required","request_id":"7a1c9b3e","data":null}"#
//! );
//! ```
//!
//! A code the catalog does not know yet is kept, not lost:
//!
//! ```
//! let body = br#"{"code": 4999, "message": "quota of pool p-1 exhausted", "trace_id": "t-42"}"#;
//! let error = errcodes::sdk::ApiError::from_slice(body)?;
//! assert_eq!(error.error(), None);
//! assert_eq!(error.code(), "4999");
//! assert_eq!(error.to_string(), "4999: quota of pool p-1 exhausted");
//! # Ok::<(), errcodes::BodyError>(())
//! ```
//!
//! # Reading a response
//! With the `http-body` feature, [`client::read`] reads the response of any
//! HTTP client, `http::Response<B>` with `B: http_body::Body` (hyper's,
//! tower's, reqwest's through `http::Response::from`), within
//! [`MAX_BODY_LEN`](body::MAX_BODY_LEN), and says what it is: a success, a
//! platform's error with its code, or a failure without one. The `reqwest`
//! feature adds [`client::read_reqwest`].
//!
#![cfg_attr(feature = "http-body", doc = "```")]
#![cfg_attr(not(feature = "http-body"), doc = "```ignore")]
//! use errcodes::body::{PlatformError, Reply};
//! use errcodes::cci::CciError;
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! // What an HTTP client hands back: a status, headers, a streamed body.
//! let response = http::Response::builder().status(409).body(String::from(
//!     r#"{"kind":"Status","status":"Failure","message":"namespace name is already exist",
//!         "reason":"Conflict","code":409,"errorCode":"CCI.02.409101"}"#,
//! ))?;
//! let read = errcodes::client::read(response).await?;
//! match read.reply() {
//!     Reply::Success(_) => { /* serde_json::from_slice(read.body()) */ }
//!     Reply::Error(PlatformError::Cci(error))
//!         if error.error() == Some(CciError::NamespaceNameAlreadyExists) => { /* pick another name */ }
//!     Reply::Error(error) => return Err(error.clone().into()),
//!     Reply::Failure(failure) => return Err(format!("HTTP {:?} without a code", failure.status()).into()),
//!     _ => unreachable!("Reply is non-exhaustive"),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! # }).unwrap();
//! ```
//!
//! # Calling a platform
//! A call that fails says what to do about it. [`client::call_reqwest`] (or
//! [`client::read`] then [`error_for_reply`](client::Response::error_for_reply),
//! for any other client) gives `Ok` for a success and a [`client::CallError`]
//! for anything else, the response kept whole. Its advice
//! ([`retry::Advised`]) is the code's, made more specific by the status, with
//! the delay the server asked for (`Retry-After`, Kubernetes'
//! `retryAfterSeconds`). The retry crates take it as it is: with the `backon`
//! feature, [`retry::backon::FollowAdvice`]; with the `tower` feature,
//! [`retry::tower::AdvicePolicy`]. Both retry only what the advice says may be
//! retried (throttled, retry with backoff), as many times as the caller's
//! policy allows, and never sooner than the server asked; the rest (do not
//! retry, retry after a fix, attempts spent) comes back as the error, to show
//! a person: escape its text first, as it is the server's.
//!
#![cfg_attr(all(feature = "backon", feature = "http-body"), doc = "```")]
#![cfg_attr(not(all(feature = "backon", feature = "http-body")), doc = "```ignore")]
//! use std::cell::Cell;
//! use std::time::Duration;
//!
//! use backon::{ExponentialBuilder, Retryable};
//! use errcodes::RetryAdvice;
//! use errcodes::client::{self, CallError};
//! use errcodes::retry::Advised;
//! use errcodes::retry::backon::FollowAdvice;
//!
//! /// What the platform answers to the `call`th call: ESB rate limits (HTTP 200,
//! /// code 1306429, asking for no delay), then rejects a parameter.
//! fn answer(call: usize) -> http::Response<String> {
//!     let body = match call {
//!         1 => r#"{"result": false, "code": 1306429, "message": "Access frequency limit", "data": null}"#,
//!         _ => r#"{"result": false, "code": 1306406, "message": "Parameters error, bk_biz_id \u001b[2J", "data": null}"#,
//!     };
//!     http::Response::builder().header("retry-after", "0").body(body.to_owned()).unwrap()
//! }
//!
//! # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
//! let calls = Cell::new(0);
//! // With reqwest: `client::call_reqwest(http.get(url))`.
//! let call = || async {
//!     calls.set(calls.get() + 1);
//!     let read = client::read(answer(calls.get())).await.map_err(CallError::Read)?;
//!     read.error_for_reply()
//! };
//! let policy = ExponentialBuilder::default().with_min_delay(Duration::from_millis(10)).with_max_times(3);
//! let error: CallError<std::convert::Infallible> =
//!     call.retry(policy).follow_advice().sleep(tokio::time::sleep).await.unwrap_err();
//! // Retried once (throttled), then given up: the parameter must be fixed.
//! assert_eq!(calls.get(), 2);
//! assert_eq!(error.advice().map(|a| a.advice()), Some(RetryAdvice::RetryAfterFix));
//! assert_eq!(
//!     error.to_string().escape_debug().to_string(),
//!     r"BlueKing PaaS 1306406: Parameters error, bk_biz_id \u{1b}[2J"
//! );
//! # });
//! ```
//!
//! `examples/call_platforms.rs` does this over HTTP against mocks of the four
//! platforms, and acts on each failure: retry, give up, surface.
//!
//! # Answering like a platform
//! With the `axum` feature, every platform's `ApiError` is an axum
//! `IntoResponse` (through `axum-core`, which axum re-exports): a handler
//! returns `Result<T, cci::ApiError>` and fails as CCI fails.
//! [`answer::Success`] wraps data in the success envelope of ESB or bkpaas3's
//! `bk_std_json`; [`paas::ApiError::with_detail`] adds run-time detail to a
//! message the way each BlueKing PaaS shape does. What a handler answers, the
//! crate's own readers read back equal.
//!
#![cfg_attr(all(feature = "axum", feature = "http-body"), doc = "```")]
#![cfg_attr(not(all(feature = "axum", feature = "http-body")), doc = "```ignore")]
//! use axum_core::response::IntoResponse;
//! use errcodes::answer::Success;
//! use errcodes::body::Reply;
//! use errcodes::paas::{ApiError, PaasError};
//!
//! // An ESB component: HTTP 200 with `result: true` or `result: false`.
//! async fn get_host(bk_biz_id: i64) -> Result<Success<Vec<&'static str>>, ApiError> {
//!     if bk_biz_id <= 0 {
//!         return Err(ApiError::from(PaasError::ArgumentError).with_detail("bk_biz_id must be positive"));
//!     }
//!     Ok(Success::esb(vec!["10.0.0.1"]))
//! }
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! let answer = get_host(0).await.into_response();
//! assert_eq!(answer.status(), 200);
//! let read = errcodes::client::read(answer).await?;
//! let Reply::Error(error) = read.reply() else { panic!("ESB's error") };
//! assert_eq!(error.code(), "1306406");
//! assert_eq!(error.message(), "Parameters error, bk_biz_id must be positive");
//!
//! let read = errcodes::client::read(get_host(3).await.into_response()).await?;
//! assert!(matches!(read.reply(), Reply::Success(_)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! # }).unwrap();
//! ```
//!
//! `examples/answer_like_platforms.rs` is a whole service that answers like CCI
//! and like ESB, and calls itself with reqwest.
//!
//! # HTTP statuses
//! Only CCI publishes a status per code; on the other platforms the status does
//! not follow from the code (BlueKing ESB answers 200 for every error). Each
//! code's [`http_status`](ErrorCode::http_status) is the one the platform's
//! source sends; where the vendor gives no rule, the crate chooses one,
//! documented on the platform's module, and [`status_origin`](ErrorCode::status_origin)
//! says so: it never passes the crate's choice off as the vendor's.
//!
//! # Features
//! - `paas`, `cci`, `sdk`, `koupleless` (default): one per platform; a build
//!   compiles only the tables it enables.
//! - `json` (default): the error bodies, with `serde_json`; implies `serde`.
//! - `serde`: `Serialize` and `Deserialize` for the enums, as the code string.
//! - `cli`: the `errcodes` command, which explains, lists and searches the codes
//!   of every platform (see the README); it enables all four platforms.
//!
//! Integrations, each off by default, each with the smallest crate that does
//! the job (`Cargo.toml` says why each is there):
//! - `http-body`: [`client`], reading the response of any HTTP client within a
//!   bound; implies `json`.
//! - `reqwest`: [`client::read_reqwest`] and [`client::call_reqwest`], for
//!   reqwest 0.12 (no TLS or other reqwest feature of its own); implies
//!   `http-body`.
//! - `axum`: [`answer`], `IntoResponse` for every `ApiError` and
//!   [`PlatformError`](body::PlatformError), and the success envelopes; through
//!   `axum-core`, not the framework; implies `json`.
//! - `miette`: `miette::Diagnostic` for the code enums, [`Code`], every
//!   `ApiError` and [`PlatformError`](body::PlatformError): the code, the
//!   published solution as help, and the one link the published pages give
//!   (CCI's `APIGW` codes).
//! - `tracing`: [`trace`], the fields of a code or an error on a span or an
//!   event, and [`error_span!`].
//! - `tower`: [`retry::tower::AdvicePolicy`], a `tower::retry::Policy` that
//!   retries as the platform advises (tower with its `retry` feature alone);
//!   implies `http-body`.
//! - `backon`: [`retry::backon::FollowAdvice`], backon's `when` and `adjust`
//!   from the advice (backon without its default features); implies `json`.
//!   `reqwest-retry` is not among the integrations: its strategy sees a
//!   response before its body, so not the code of ESB or Arklet, which answer
//!   HTTP 200 when they fail.
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The list of platforms (`build/platforms.rs`): `platforms!` and the ids.
include!(concat!(env!("OUT_DIR"), "/platforms.rs"));

/// The platform modules, each behind its feature (`build.rs` stops a build
/// that enables none).
macro_rules! platform_modules {
    ($(
        $(#[$doc:meta])*
        $id:ident: $variant:ident($enum:ident) =
            ($feature:literal, $name:literal, $full_name:literal, $expecting:literal, $shape:ident),
    )*) => {
        $(
            #[cfg(feature = $feature)]
            pub mod $id;
        )*
    };
}

platforms!(platform_modules);

#[cfg(feature = "axum")]
pub mod answer;
#[cfg(feature = "json")]
pub mod body;
#[cfg(feature = "http-body")]
pub mod client;
mod code;
#[cfg(all(feature = "json", feature = "paas"))]
mod detail;
#[cfg(feature = "miette")]
mod diagnostic;
mod generated;
mod lookup;
mod meaning;
mod origin;
mod parse_error;
#[cfg(feature = "json")]
pub mod retry;
#[cfg(feature = "serde")]
mod serde;
mod status;
mod text;
#[cfg(feature = "tracing")]
pub mod trace;
mod vendor;

#[cfg(feature = "json")]
pub use body::{BodyError, detect};
pub use code::{Code, ErrorCode, lookup};
pub use meaning::{ErrorKind, Meaning, MeaningOrigin, ParseNameError, RetryAdvice};
pub use origin::{Citation, Origin};
pub use parse_error::ParseCodeError;
pub use status::StatusOrigin;
pub use text::{Lang, LocalizedText, Text, TextField, TextOrigin};
pub use vendor::{ParseVendorError, Vendor};

/// The `http` crate, whose [`StatusCode`](http::StatusCode) the codes return.
pub use http;
/// The `serde_json` crate, whose [`RawValue`](serde_json::value::RawValue) holds
/// the fields of a body an `ApiError` keeps raw.
#[cfg(feature = "json")]
pub use serde_json;
/// The `tracing` crate, which [`error_span!`] calls.
#[cfg(feature = "tracing")]
pub use tracing;

/// The README's examples, run as doctests; its guide to reading a response and
/// answering like a platform needs the integrations (the README's test command,
/// `cargo test --all-features`, has them).
#[cfg(all(
    doctest,
    feature = "http-body",
    feature = "reqwest",
    feature = "axum",
    feature = "backon"
))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
