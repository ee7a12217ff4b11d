//! The bodies of `plain.rs`, each with errcodes' reader of its platform.
//! Shared by `benches/bodies.rs` (criterion), `benches/body_instructions.sh`
//! (instruction counts under callgrind) and `tests/body_allocations.rs`, so
//! that all measure the same bodies the same way.

use errcodes::{cci, koupleless, paas, sdk};

#[path = "plain.rs"]
mod plain;

pub use plain::*;

/// One body, and the two ways to read it.
pub struct Case {
    /// The name the benches give it.
    pub name: &'static str,
    /// The body as the platform sends it.
    pub body: &'static [u8],
    /// The platform's `ApiError::from_slice`: whether it reads the body.
    pub errcodes: fn(&[u8]) -> bool,
    /// `serde_json::from_slice` into the plain struct: whether it reads the body.
    pub serde: fn(&[u8]) -> bool,
}

/// `plain`, read by `errcodes` too.
const fn case(plain: &Plain, errcodes: fn(&[u8]) -> bool) -> Case {
    Case {
        name: plain.name,
        body: plain.body,
        errcodes,
        serde: plain.serde,
    }
}

/// The one entry point, `body::Reader`, which detects the platform and reads
/// the body as its error: whether it gives an error.
pub fn reply(body: &[u8]) -> bool {
    matches!(
        errcodes::body::Reader::new().read_slice(body),
        Ok(errcodes::body::Reply::Error(_))
    )
}

/// Every body of [`PLAIN`], in its order, with its platform's reader (a body
/// paired with another platform's reader is refused, which the benches
/// assert against).
pub const CASES: &[Case] = &[
    case(&PLAIN[0], |body| cci::ApiError::from_slice(body).is_ok()),
    case(&PLAIN[1], |body| paas::ApiError::from_slice(body).is_ok()),
    case(&PLAIN[2], |body| paas::ApiError::from_slice(body).is_ok()),
    case(&PLAIN[3], |body| sdk::ApiError::from_slice(body).is_ok()),
    case(&PLAIN[4], |body| {
        koupleless::ApiError::from_slice(body).is_ok()
    }),
    case(&PLAIN[5], |body| {
        koupleless::ApiError::from_slice(body).is_ok()
    }),
];
