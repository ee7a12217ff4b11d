//! The properties the crate's parsers must have, each stated once as a check on
//! one input, and run two ways: by the property tests (`tests/properties.rs`, a
//! bounded number of generated inputs, in every `cargo test`; the bodies' in
//! `tests/body_properties.rs`) and by the fuzz
//! targets (`fuzz/fuzz_targets/`, which include this module with `#[path]` and run
//! for minutes on inputs that libFuzzer evolves).
//!
//! A check panics when a property fails: proptest shrinks the input, libFuzzer
//! saves it as a crash. Every check returns what the input parsed to, so that a
//! caller can check more.
// Each test binary and each fuzz target uses only some of the checks.
#![allow(dead_code)]

#[cfg(feature = "json")]
pub mod bodies;
pub mod codes;
