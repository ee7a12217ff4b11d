//! The hash and slot functions behind every generated code index.
//!
//! `build.rs` includes this file with `#[path]` so that the tables it generates and
//! the lookups the crate runs are computed by the very same code: a change here
//! regenerates every index.

/// Hashes `bytes` with ASCII letters folded to lower case, so that `User.DiskFull`
/// and `user.diskfull` land in the same slot (the caller still compares the bytes).
///
/// It reads three words whatever the length: the first eight bytes, eight from
/// just before the middle and the last eight (overlapping in short input), and
/// the length. The codes and names of one platform differ there (`build.rs`
/// fails the build if two of them ever hash alike), and a hash of every byte of
/// a 57-byte Koupleless code cost as much as strum's whole `match`; a fourth
/// word cost Koupleless's hits 9 instructions of 142 (BENCHMARKS.md, issue 12).
#[cfg_attr(not(errcodes_hashed), allow(dead_code))]
#[inline]
pub(crate) fn fold_hash(bytes: &[u8]) -> u64 {
    const FOLD: u64 = 0x2020_2020_2020_2020;
    const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
    let len = bytes.len();
    let (first, middle, last) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(first), Some(last)) => {
            // Three bytes before the middle, not four: bkpaas3's
            // `AGENT_SANDBOX_VOLUME_CREATE_FAILED` and `..._DELETE_FAILED`
            // differ only in the byte after the centred word.
            let middle = bytes[len / 2 - 3..]
                .first_chunk::<8>()
                .map_or(0, |m| u64::from_le_bytes(*m));
            (
                u64::from_le_bytes(*first),
                middle,
                u64::from_le_bytes(*last),
            )
        }
        _ => (low_bytes(bytes), 0, 0),
    };
    let hash = (first | FOLD).wrapping_mul(MIX)
        ^ (middle | FOLD).rotate_left(21)
        ^ (last | FOLD).rotate_left(42)
        ^ len as u64;
    let hash = hash.wrapping_mul(MIX);
    hash ^ (hash >> 29)
}

/// 0 to 7 bytes as the low bytes of a word, with zeros above them, read in two
/// overlapping halves rather than copied (a copy of a varying length is a call
/// to `memcpy`, which costs as much as the hashing).
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
