//! The integer keys of numeric and CCI codes.
//!
//! `build.rs` includes this file with `#[path]`: the keys the indexes are built on
//! and the keys computed from input at run time come from the same functions.
//!
//! Digits are checked and summed eight at a time in one 64-bit word (SWAR), not
//! one by one: a digit loop is a chain of dependent steps whose exit, for codes of
//! varying length, the branch predictor misses, and the benches
//! (`benches/parse.rs`) showed it taking most of a lookup.

/// Eight times the byte 1: `ONES * b` repeats `b` in every byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;

/// A decimal code of 1 to 9 digits, without sign or leading zero, as its number
/// (`0` alone is openYuanrong's success code).
///
/// Stricter than `str::parse::<u32>`, which takes `+4115` and `04115` for 4115: a
/// code is matched exactly as the platforms write it.
#[inline]
pub(crate) fn decimal(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 9 || (bytes[0] == b'0' && bytes.len() > 1) {
        return None;
    }
    // 4 to 8 digits, the lengths of the catalogs' codes: two overlapping 4-byte
    // reads make the number right-aligned in a word, padded on the left with '0'.
    if let (4..=8, Some(first), Some(last)) = (
        bytes.len(),
        bytes.first_chunk::<4>(),
        bytes.last_chunk::<4>(),
    ) {
        let pad = 8 * (8 - bytes.len() as u32);
        let padding = (ONES * u64::from(b'0')) & ((1 << pad) - 1);
        let high = (u64::from(u32::from_le_bytes(*first)) << pad) & 0xffff_ffff;
        let low = u64::from(u32::from_le_bytes(*last)) << 32;
        return eight_digits(padding | high | low);
    }
    let mut number = 0u32;
    for &byte in bytes {
        let digit = byte.wrapping_sub(b'0');
        if digit > 9 {
            return None;
        }
        number = number * 10 + u32::from(digit);
    }
    Some(number)
}

/// `CCI.AA.BBBBBB` (the prefix in any case) as `AA * 1_000_000 + BBBBBB`.
#[cfg_attr(not(errcodes_cci), allow(dead_code))]
#[inline]
pub(crate) fn cci(bytes: &[u8]) -> Option<u32> {
    let [c1, c2, i, b'.', a1, a2, b'.', b1, b2, b3, b4, b5, b6] = *bytes else {
        return None;
    };
    if (c1 | 0x20, c2 | 0x20, i | 0x20) != (b'c', b'c', b'i') {
        return None;
    }
    eight_digits(u64::from_le_bytes([a1, a2, b1, b2, b3, b4, b5, b6]))
}

/// The number that eight ASCII digits write, the first digit in the lowest byte
/// of `word`; `None` if a byte is no digit.
#[inline]
fn eight_digits(word: u64) -> Option<u32> {
    // A digit is 0x30..=0x39: its high nibble is 3, and adding 6 to its low nibble
    // does not carry into the high one. The addition runs only once every byte is
    // 0x30..=0x3f, so no byte carries into the next.
    let nibbles = ONES * 0xf0;
    if word & nibbles != ONES * 0x30 || (word + ONES * 0x06) & nibbles != ONES * 0x30 {
        return None;
    }
    // Each step joins neighbouring groups: digits into pairs, pairs into fours,
    // fours into the number. No group overflows into the next (99 < 2^8,
    // 9999 < 2^16), so each step is one multiply, one shift and one mask.
    let digits = word - ONES * 0x30;
    let pairs = (digits * 10 + (digits >> 8)) & 0x00ff_00ff_00ff_00ff;
    let fours = (pairs * 100 + (pairs >> 16)) & 0x0000_ffff_0000_ffff;
    Some((fours * 10_000 + (fours >> 32)) as u32)
}
