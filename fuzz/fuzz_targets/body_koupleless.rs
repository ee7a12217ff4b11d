//! Any bytes read as a koupleless error body: `koupleless::ApiError::from_slice`, and what it
//! gives written back and read again (`tests/checks/bodies.rs` says what must hold).
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = checks::bodies::koupleless_body(data);
});
