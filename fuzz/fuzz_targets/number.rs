//! `TryFrom<u32>` of `PaasError` and `SdkError`, on the number that the input's
//! first four bytes write in little-endian order (shorter inputs padded with
//! zeros): it must give what parsing the number's digits gives.
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut bytes = [0u8; 4];
    for (byte, &input) in bytes.iter_mut().zip(data) {
        *byte = input;
    }
    checks::codes::number(u32::from_le_bytes(bytes));
});
