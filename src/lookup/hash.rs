//! The hash and slot functions behind every generated code index.
//!
//! `build.rs` includes this file with `#[path]` so that the tables it generates and
//! the lookups the crate runs are computed by the very same code: a change here
//! regenerates every index.

/// Hashes `bytes` with ASCII letters folded to lower case, so that `CCI.02.409101`
/// and `cci.02.409101` land in the same slot (the caller still compares the bytes).
///
/// Eight bytes at a time: codes and names are 4 to 60 bytes long, and a
/// byte-at-a-time hash would cost more than the rest of the lookup. Each word is
/// multiplied on its own and only a rotate and an exclusive or chain the words,
/// so the multiplications of a long code overlap instead of waiting on each
/// other. The last word, the last 1 to 7 bytes with zeros above them, is read
/// rather than copied (see [`low_bytes`]).
#[cfg_attr(
    not(any(feature = "paas", feature = "sdk", feature = "koupleless")),
    allow(dead_code)
)]
#[inline]
pub(crate) fn fold_hash(bytes: &[u8]) -> u64 {
    const FOLD: u64 = 0x2020_2020_2020_2020;
    const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
    let step = |hash: u64, word: u64| hash.rotate_left(23) ^ (word | FOLD).wrapping_mul(MIX);
    let words = bytes.chunks_exact(8);
    let rest = words.remainder();
    let mut hash = 0;
    for word in words {
        // `chunks_exact(8)` gives 8 bytes: the conversion cannot fail.
        hash = step(
            hash,
            u64::from_le_bytes(word.try_into().unwrap_or_default()),
        );
    }
    if !rest.is_empty() {
        let word = match bytes.last_chunk::<8>() {
            Some(last) => u64::from_le_bytes(*last) >> (8 * (8 - rest.len())),
            None => low_bytes(rest),
        };
        hash = step(hash, word);
    }
    let hash = (hash ^ bytes.len() as u64).wrapping_mul(MIX);
    hash ^ (hash >> 29)
}

/// 0 to 7 bytes as the low bytes of a word, with zeros above them, read in two
/// overlapping halves rather than copied (a copy of a varying length is a call
/// to `memcpy`, which costs as much as the hashing).
#[cfg_attr(
    not(any(feature = "paas", feature = "sdk", feature = "koupleless")),
    allow(dead_code)
)]
#[inline]
fn low_bytes(bytes: &[u8]) -> u64 {
    match (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        (Some(first), Some(last)) => {
            let last = u64::from(u32::from_le_bytes(*last)) << (8 * (bytes.len() - 4));
            u64::from(u32::from_le_bytes(*first)) | last
        }
        _ => bytes
            .iter()
            .rev()
            .fold(0, |word, &byte| word << 8 | u64::from(byte)),
    }
}

/// The slot of `key` in a table of `1 << bits` slots: multiply-shift hashing, with
/// `multiplier` chosen by `build.rs` so that no two keys of a table share a slot.
#[inline]
pub(crate) const fn slot(key: u64, multiplier: u64, bits: u32) -> usize {
    (key.wrapping_mul(multiplier) >> (64 - bits)) as usize
}
