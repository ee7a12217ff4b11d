//! Typed error codes of Tencent BlueKing PaaS, Huawei Cloud CCI, openYuanrong and
//! Koupleless, generated from the catalogs the vendors publish.
//!
//! Every published code is a variant of its platform's enum, which knows the
//! code, the published message, description and solution, and the HTTP status
//! the platform sends with it (or, where the vendor gives no rule, the crate's
//! documented choice), and parses back from the code string:
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
//! | [`paas`] | [`PaasError`](paas::PaasError) | Tencent BlueKing PaaS 3.0 (bkpaas3) and 2.x (open_paas, ESB), and ESB's source | 101 | 3 | 104 |
//! | [`cci`] | [`CciError`](cci::CciError) | Huawei Cloud CCI | 110 | 0 | 110 |
//! | [`sdk`] | [`SdkError`](sdk::SdkError) | openYuanrong, SDK and REST API, and its source | 109 | 186 | 295 |
//! | [`koupleless`] | [`KouplelessError`](koupleless::KouplelessError) | Koupleless: Arklet, ModuleController, KouplelessBoard | 56 | 0 | 56 |
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
//! sends it.
//!
//! Parsing accepts the code in any ASCII case with white space around it, and the
//! vendor's symbolic name where one exists (`CANNOT_DEPLOY_APP`, `ARGUMENT_ERROR`,
//! `ERR_PARAM_INVALID`). It fails with a [`ParseCodeError`] that names the input
//! and the platform, and never picks one of two Koupleless rows, or of two
//! openYuanrong codes of the source, that share a code.
//! To ask only "which code is this?", each enum's `find` and [`Code::find`]
//! answer with an `Option` and build no error.
//!
//! # Error bodies
//! With the `json` feature (on by default), each platform module has an
//! `ApiError`: the body the platform sends when a call fails, read with the
//! message as sent and the code as sent, typed when the catalog knows it; and the
//! body a service sends to answer like the platform. [`detect`] tells which
//! platform sent a body.
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
#![warn(missing_docs)]
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

#[cfg(feature = "json")]
pub mod body;
mod code;
mod generated;
mod lookup;
mod meaning;
mod origin;
mod parse_error;
#[cfg(feature = "serde")]
mod serde;
mod status;
mod text;
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

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
