//! The warnings an `ApiError` carries, left out of its equality.

use std::fmt;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

use super::Warning;

/// The warnings of reading a body. Two errors that say the same are equal
/// however their bodies were written: warnings take no part in equality.
#[derive(Clone, Default)]
pub(crate) struct Warnings(ManuallyDrop<Vec<Warning>>);

/// As a derive would write it without the `ManuallyDrop`.
impl fmt::Debug for Warnings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Warnings").field(&*self.0).finish()
    }
}

impl Warnings {
    pub(crate) fn new(warnings: Vec<Warning>) -> Warnings {
        Warnings(ManuallyDrop::new(warnings))
    }
}

/// Most errors have no warning: dropping their list is then one check in
/// place, where the drop of a `Vec` of warnings is a call that saves and
/// restores five or six registers to find nothing (BENCHMARKS.md, "Drops that find
/// nothing"). A list that was allocated is dropped out of line.
impl Drop for Warnings {
    #[inline]
    fn drop(&mut self) {
        if self.0.capacity() != 0 {
            drop_list(std::mem::take(&mut *self.0));
        }
    }
}

/// Drops a list of warnings that was allocated.
#[inline(never)]
fn drop_list(_: Vec<Warning>) {}

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
