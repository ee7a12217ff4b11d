//! The system allocator, counting the allocations of each thread and the bytes
//! they hold, for the tests that prove what allocates and that it is all freed
//! (`tests/allocations.rs`, `tests/body_allocations.rs`).
//! Each includes this file (`#[path]`) and so installs it as its own global
//! allocator: a test binary has one.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting the allocations of each thread: the test
/// harness runs other tests on other threads at the same time.
pub struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    /// Bytes allocated on this thread less those freed on it.
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

/// Counts `grown` bytes more (fewer, where negative) held on this thread.
fn hold(grown: isize) {
    LIVE.with(|live| live.set(live.get() + grown));
}

/// A size as a count of held bytes (no allocation is larger than `isize::MAX`).
fn bytes(size: usize) -> isize {
    isize::try_from(size).unwrap_or(isize::MAX)
}

// SAFETY: every call is passed on to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        hold(bytes(layout.size()));
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        hold(bytes(layout.size()));
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        hold(bytes(new_size) - bytes(layout.size()));
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        hold(-bytes(layout.size()));
        // SAFETY: the caller upholds `GlobalAlloc::dealloc`'s contract.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The allocations (and reallocations) made on this thread so far.
pub fn count() -> usize {
    ALLOCATIONS.with(Cell::get)
}

/// The bytes allocated on this thread so far and not yet freed (on it).
#[allow(dead_code)] // `tests/allocations.rs` counts allocations only
pub fn live() -> isize {
    LIVE.with(Cell::get)
}
