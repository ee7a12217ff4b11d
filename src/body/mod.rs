//! Error bodies: what each platform sends when a call fails, read into a typed
//! `ApiError`, and written back the way the platform writes it.
//!
//! Each platform module has its `ApiError` ([`crate::cci::ApiError`],
//! [`crate::paas::ApiError`], [`crate::sdk::ApiError`],
//! [`crate::koupleless::ApiError`]); this module holds what they share: the
//! [`BodyError`] every parser returns, the limits, and [`detect`], which tells
//! which platform sent a body.

// The readers serve the four platforms; a build with some of them off leaves
// parts unused (a platform with no numeric codes, no built body).
#![cfg_attr(not(errcodes_all_platforms), allow(dead_code))]

mod detect;
mod error;
pub(crate) mod fields;
mod limits;
pub(crate) mod read;
pub(crate) mod response;
mod retry;

pub use detect::detect;
pub use error::BodyError;
pub(crate) use fields::Fields;
pub use limits::{MAX_BODY_LEN, MAX_DEPTH};
pub use retry::{ResponseAdvice, RetryDelay};
