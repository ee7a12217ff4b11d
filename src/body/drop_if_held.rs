//! A value whose drop is a check in place when it holds nothing to free.
//!
//! The compiler drops a `Vec` or an `Option<Box<_>>` with a call of its own,
//! which saves and restores five or six registers around the one check that
//! finds nothing to free. Most errors keep no field and carry no warning, and
//! those drops cost more than reading a short field (BENCHMARKS.md, "Drops that
//! find nothing"). [`DropIfHeld`] checks in place, and only a value that holds
//! something is dropped, out of line.

use std::fmt;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

/// A value that can say whether it holds anything its drop would free.
pub(crate) trait Holds: Default {
    /// Whether dropping the value frees anything: an emptied `Vec` still holds
    /// its buffer.
    fn holds(&self) -> bool;
}

impl<T> Holds for Vec<T> {
    #[inline]
    fn holds(&self) -> bool {
        self.capacity() != 0
    }
}

impl<T> Holds for Option<Box<T>> {
    #[inline]
    fn holds(&self) -> bool {
        self.is_some()
    }
}

/// `T`, dropped only where [`Holds::holds`] says it holds something. Safe
/// code: the value is taken out (`mem::take`) and dropped, and the `Default`
/// left in its place holds nothing.
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct DropIfHeld<T: Holds>(ManuallyDrop<T>);

impl<T: Holds> DropIfHeld<T> {
    /// `value`, to be dropped only where it holds something.
    pub(crate) fn new(value: T) -> DropIfHeld<T> {
        DropIfHeld(ManuallyDrop::new(value))
    }
}

impl<T: Holds> Drop for DropIfHeld<T> {
    #[inline]
    fn drop(&mut self) {
        if self.0.holds() {
            drop_held(std::mem::take(&mut *self.0));
        }
    }
}

/// Drops a value that holds something.
#[inline(never)]
fn drop_held<T>(_: T) {}

impl<T: Holds> Deref for DropIfHeld<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Holds> DerefMut for DropIfHeld<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

/// As `T` writes itself: the wrapper is no part of what a value says.
impl<T: Holds + fmt::Debug> fmt::Debug for DropIfHeld<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}
