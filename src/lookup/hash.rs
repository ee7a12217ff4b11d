//! The hash and slot functions behind every generated code index.
//!
//! `build.rs` includes this file with `#[path]` so that the tables it generates and
//! the lookups the crate runs are computed by the very same code: a change here
//! regenerates every index.

/// Hashes `bytes` with ASCII letters folded to lower case, so that `CCI.02.409101`
/// and `cci.02.409101` land in the same slot (the caller still compares the bytes).
///
/// Eight bytes at a time: codes and names are 4 to 60 bytes long, and a
/// byte-at-a-time hash would cost more than the rest of the lookup.
#[cfg_attr(
    not(any(feature = "paas", feature = "sdk", feature = "koupleless")),
    allow(dead_code)
)]
#[inline]
pub(crate) fn fold_hash(bytes: &[u8]) -> u64 {
    const FOLD: u64 = 0x2020_2020_2020_2020;
    const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut hash = bytes.len() as u64;
    for chunk in bytes.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        hash = (hash.rotate_left(23) ^ (u64::from_le_bytes(word) | FOLD)).wrapping_mul(MIX);
    }
    hash ^ (hash >> 29)
}

/// The slot of `key` in a table of `1 << bits` slots: multiply-shift hashing, with
/// `multiplier` chosen by `build.rs` so that no two keys of a table share a slot.
#[inline]
pub(crate) const fn slot(key: u64, multiplier: u64, bits: u32) -> usize {
    (key.wrapping_mul(multiplier) >> (64 - bits)) as usize
}
