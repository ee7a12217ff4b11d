//! Each platform's codes as a user without errcodes would write them, generated
//! from the crate's own data by `tests/bench_baselines.rs`, which also proves they
//! still match it.

pub mod cci;
pub mod koupleless;
pub mod paas;
pub mod sdk;
