//! The generators `build.rs` runs, one module per platform, and what they share.
//! `tests/build_guards.rs` includes this module too, to run each check of the
//! generators on small tables.

pub mod catalog;
pub mod cci;
#[path = "../src/lookup/hash.rs"]
pub mod hash;
pub mod index;
#[path = "../src/lookup/key.rs"]
pub mod key;
pub mod koupleless;
pub mod meanings;
pub mod paas;
pub mod platforms;
pub mod rust;
pub mod sdk;
pub mod source;
pub mod table;
