//! Any bytes given to `errcodes::detect`, the platform detection of the
//! command's `explain -` (`tests/checks/bodies.rs` says what must hold).
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::bodies::detect(data);
});
