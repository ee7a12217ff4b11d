//! Typed error codes of Tencent BlueKing PaaS, Huawei Cloud CCI, openYuanrong and
//! Koupleless, generated from the catalogs the vendors publish.
//!
//! Every published code is a variant of its platform's enum, which knows the
//! code, the published message, description and solution, and the HTTP status
//! the platform really sends, and parses back from the code string:
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
//! | module | enum | catalog | codes |
//! |---|---|---|---|
//! | [`paas`] | [`PaasError`](paas::PaasError) | Tencent BlueKing PaaS 3.0 (bkpaas3) and 2.x (open_paas, ESB) | 101 |
//! | [`cci`] | [`CciError`](cci::CciError) | Huawei Cloud CCI | 110 |
//! | [`sdk`] | [`SdkError`](sdk::SdkError) | openYuanrong, SDK and REST API | 109 |
//! | [`koupleless`] | [`KouplelessError`](koupleless::KouplelessError) | Koupleless: Arklet, ModuleController, KouplelessBoard | 56 |
//!
//! Each enum is `#[non_exhaustive]`, `Copy`, one byte, and has `ALL`, its codes in
//! catalog order. [`ErrorCode`] is the trait all four implement; [`lookup`] finds
//! a code on any platform and returns a [`Code`].
//!
//! Parsing accepts the code in any ASCII case with white space around it, and the
//! vendor's symbolic name where one exists (`CANNOT_DEPLOY_APP`, `ARGUMENT_ERROR`,
//! `ERR_PARAM_INVALID`). It fails with a [`ParseCodeError`] that names the input
//! and the platform, and never picks one of two Koupleless rows that share a code.
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
//! - `serde`: `Serialize` and `Deserialize` for the enums, as the code string.
//! - `cli`: the `errcodes` command, which explains, lists and searches the codes
//!   of every platform (see the README); it enables all four platforms.
#![warn(missing_docs)]

#[cfg(not(any(
    feature = "paas",
    feature = "cci",
    feature = "sdk",
    feature = "koupleless"
)))]
compile_error!(
    "errcodes needs at least one platform: enable the feature paas, cci, sdk or koupleless"
);

mod code;
mod lookup;
mod parse_error;
#[cfg(feature = "serde")]
mod serde;
mod status;
mod vendor;

#[cfg(feature = "cci")]
pub mod cci;
#[cfg(feature = "koupleless")]
pub mod koupleless;
#[cfg(feature = "paas")]
pub mod paas;
#[cfg(feature = "sdk")]
pub mod sdk;

pub use code::{Code, ErrorCode, lookup};
pub use parse_error::ParseCodeError;
pub use status::StatusOrigin;
pub use vendor::{ParseVendorError, Vendor};

/// The `http` crate, whose [`StatusCode`](http::StatusCode) the codes return.
pub use http;

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
