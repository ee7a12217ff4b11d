//! Any bytes, read as UTF-8 with invalid sequences replaced, parsed as a
//! Koupleless code: `KouplelessError`'s `FromStr`, `TryFrom<&str>`,
//! `parse_in` for each component and `matching`
//! (`tests/checks/codes.rs` says what must hold).
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::codes::koupleless(&String::from_utf8_lossy(data));
});
