//! Typed error codes of Tencent BlueKing PaaS, Huawei Cloud CCI, openYuanrong and
//! Koupleless.
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
