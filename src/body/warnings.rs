//! The warnings an `ApiError` carries, left out of its equality.

use std::ops::{Deref, DerefMut};

use super::Warning;
use super::drop_if_held::DropIfHeld;

/// The warnings of reading a body. Two errors that say the same are equal
/// however their bodies were written: warnings take no part in equality.
/// Most errors have none: the list is dropped only where it was allocated
/// ([`DropIfHeld`]).
#[derive(Clone, Debug, Default)]
pub(crate) struct Warnings(DropIfHeld<Vec<Warning>>);

impl Warnings {
    pub(crate) fn new(warnings: Vec<Warning>) -> Warnings {
        Warnings(DropIfHeld::new(warnings))
    }
}

impl Deref for Warnings {
    type Target = Vec<Warning>;

    fn deref(&self) -> &Vec<Warning> {
        &self.0
    }
}

impl DerefMut for Warnings {
    fn deref_mut(&mut self) -> &mut Vec<Warning> {
        &mut self.0
    }
}

impl PartialEq for Warnings {
    fn eq(&self, _: &Warnings) -> bool {
        true
    }
}

impl Eq for Warnings {}
