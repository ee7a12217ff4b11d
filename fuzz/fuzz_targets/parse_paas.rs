//! Any bytes, read as UTF-8 with invalid sequences replaced, parsed as a
//! BlueKing PaaS code: `PaasError`'s `FromStr` and `TryFrom<&str>`
//! (`tests/checks/codes.rs` says what must hold).
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::codes::paas(&String::from_utf8_lossy(data));
});
