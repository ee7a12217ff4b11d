//! Any bytes, read as UTF-8 with invalid sequences replaced, parsed as
//! openYuanrong's exception text (`tests/checks/bodies.rs` says what must hold).
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = checks::bodies::exception_text(&String::from_utf8_lossy(data));
});
