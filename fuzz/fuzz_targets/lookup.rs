//! Any bytes, read as UTF-8 with invalid sequences replaced, looked up on every
//! platform: `errcodes::lookup` and `Code`'s `FromStr` must find what the four
//! platform parsers find (`tests/checks/codes.rs` says what else must hold).
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::codes::lookup(&String::from_utf8_lossy(data));
});
