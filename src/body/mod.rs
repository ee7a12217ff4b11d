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

// The readers serve the four platforms; a build with some of them off leaves
// parts unused (a platform with no numeric codes, no built body).
#![cfg_attr(not(errcodes_all_platforms), allow(dead_code))]

mod detect;
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
