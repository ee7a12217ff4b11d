//! The warnings an `ApiError` carries, left out of its equality.

use super::Warning;

/// The warnings of reading a body. Two errors that say the same are equal
/// however their bodies were written: warnings take no part in equality.
#[derive(Clone, Debug, Default)]
pub(crate) struct Warnings(pub(crate) Vec<Warning>);

impl PartialEq for Warnings {
    fn eq(&self, _: &Warnings) -> bool {
        true
    }
}

impl Eq for Warnings {}
