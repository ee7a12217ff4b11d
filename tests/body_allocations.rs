//! Allocations per body read, counted by a counting global allocator, for the
//! bodies of the benches (`benches/support/plain.rs`, read through `bodies.rs`): errcodes'
//! `from_slice`, the one entry point `body::Reader` (which detects the platform
//! first), and `serde_json` into the plain struct. BENCHMARKS.md has the
//! figures (`cargo test --test body_allocations -- --nocapture` prints them);
//! the test holds each reader to the count measured, so that a change that
//! allocates more is seen.
#![cfg(all(
    feature = "json",
    feature = "paas",
    feature = "cci",
    feature = "sdk",
    feature = "koupleless"
))]

#[path = "../benches/support/bodies.rs"]
#[allow(dead_code)]
mod cases;

#[path = "support/counting.rs"]
mod counting;

/// The allocations (and reallocations) of one call of `read` on `body`, after
/// a first call that fills any lazy state.
fn allocations(read: fn(&[u8]) -> bool, body: &[u8]) -> usize {
    assert!(read(body));
    let before = counting::count();
    assert!(read(std::hint::black_box(body)));
    counting::count() - before
}

#[test]
fn the_counter_counts() {
    assert_eq!(allocations(|_| !vec![1u8].is_empty(), b""), 1);
}

#[test]
fn allocations_per_body() {
    // errcodes' `from_slice`, the one entry point, serde into the plain struct,
    // as measured on this code; a reader that allocates more fails here.
    let at_most: [(&str, usize, usize, usize); 6] = [
        ("cci status", 7, 7, 7),
        ("esb", 2, 2, 2),
        ("bkpaas3", 1, 1, 2),
        ("openyuanrong rest", 2, 2, 2),
        ("arklet", 4, 4, 5),
        ("koupleless two-level", 4, 4, 5),
    ];
    // `zip` stops at the shorter: a case of the benches without its count here
    // would go unchecked.
    assert_eq!(at_most.len(), cases::CASES.len());
    let mut over = Vec::new();
    println!("| body | errcodes | reply | serde struct |");
    println!("|---|---|---|---|");
    for ((name, errcodes, reply, serde), case) in at_most.iter().zip(cases::CASES) {
        assert_eq!(*name, case.name);
        let counted = (
            allocations(case.errcodes, case.body),
            allocations(cases::reply, case.body),
            allocations(case.serde, case.body),
        );
        println!("| {name} | {} | {} | {} |", counted.0, counted.1, counted.2);
        over.extend(
            (counted.0 > *errcodes || counted.1 > *reply || counted.2 != *serde)
                .then(|| format!("{name}: {counted:?}")),
        );
    }
    assert!(over.is_empty(), "{over:?}");
}
