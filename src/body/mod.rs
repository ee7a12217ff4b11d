//! Error bodies: what each platform sends when a call fails, read into a typed
//! `ApiError`, and written back the way the platform writes it.
//!
//! Each platform module has its `ApiError` ([`crate::cci::ApiError`],
//! [`crate::paas::ApiError`], [`crate::sdk::ApiError`],
//! [`crate::koupleless::ApiError`]). [`Reader`] reads a response of any of
//! them, from an `http::Response`, its `Parts` and bytes, or bytes alone,
//! detecting the platform or told it, into a [`Reply`]: a [`Success`], the
//! [`PlatformError`] of whichever platform sent it, or a [`Failure`] whose body
//! carries no code.
//!
//! ```
//! use errcodes::body::{Reader, Reply};
//!
//! let (parts, ()) = http::Response::builder().status(404).body(())?.into_parts();
//! let body = br#"{"code": 4115, "message": "function [0@faaspy@hello3] is not found"}"#;
//! match Reader::new().read_parts(&parts, body)? {
//!     Reply::Error(error) => assert_eq!(error.to_string(), "4115: function [0@faaspy@hello3] is not found"),
//!     other => panic!("{other:?}"),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! This module also holds what the platforms' errors share: the
//! [`BodyError`] every parser returns, the [`Warning`]s of a body read despite
//! something odd, the limits, and [`detect`], which tells which platform sent
//! a body.
//!
//! # `serde_json`'s `arbitrary_precision`
//!
//! Any crate of a build may turn on this feature of `serde_json`, for every
//! crate of the build. `serde_json` then gives a number that is neither a
//! `u64` nor an `i64` (a fraction, `-0`, an integer beyond 64 bits) as a map of
//! one entry under a private key; the readers ask `serde_json` once whether it
//! does, and then take such a map for the number it is, so that a body reads
//! the same with the feature or without it. What the crate cannot change
//! (`serde_json` cannot either): with the feature, a JSON object whose first
//! key is that private key (`$serde_json::private::Number`) is read as the
//! number, and a code that is an object is reported after its first key (its
//! column, or a syntax error where that key is no text), as that key must be
//! read to tell the two apart. `.ci/run` runs the body tests with the feature.

// The readers serve the four platforms; a build with some of them off leaves
// parts unused (a platform with no numeric codes, no built body).
#![cfg_attr(not(errcodes_all_platforms), allow(dead_code))]

mod detect;
mod drop_if_held;
mod error;
pub(crate) mod fields;
mod limits;
pub(crate) mod message;
pub(crate) mod read;
mod reply;
pub(crate) mod response;
mod retry;
mod scan;
mod warning;
pub(crate) mod warnings;

pub use detect::detect;
pub use error::BodyError;
pub(crate) use fields::Fields;
pub use limits::{MAX_BODY_LEN, MAX_DEPTH};
pub(crate) use message::Message;
pub use reply::{Failure, PlatformError, Reader, Reply, Success, Unreadable};
#[cfg(feature = "http-body")]
pub(crate) use retry::advise_status;
pub use retry::{ResponseAdvice, RetryDelay};
pub use warning::Warning;
pub(crate) use warnings::Warnings;
