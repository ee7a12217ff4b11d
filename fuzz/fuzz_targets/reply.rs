//! Any bytes read through the one entry point, `body::Reader`, without a
//! response and under the status the first two bytes choose, with the
//! platforms' error headers (`tests/checks/bodies.rs` says what must hold).
//! Run with `-max_len=1048600` to reach bodies at and over the size bound.
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::bodies::reply(data, None);
    if let [high, low, body @ ..] = data {
        let status = 100 + u16::from_be_bytes([*high, *low]) % 500;
        checks::bodies::reply(body, Some(status));
    }
});
