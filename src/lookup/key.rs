//! The integer keys of numeric and CCI codes.
//!
//! `build.rs` includes this file with `#[path]`: the keys the indexes are built on
//! and the keys computed from input at run time come from the same functions.

/// A decimal code of 1 to 9 digits, without sign or leading zero, as its number.
///
/// Stricter than `str::parse::<u32>`, which takes `+4115` and `04115` for 4115: a
/// code is matched exactly as the platforms write it.
#[cfg_attr(not(any(feature = "paas", feature = "sdk")), allow(dead_code))]
#[inline]
pub(crate) fn decimal(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 9 || bytes[0] == b'0' {
        return None;
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
#[cfg_attr(not(feature = "cci"), allow(dead_code))]
#[inline]
pub(crate) fn cci(bytes: &[u8]) -> Option<u32> {
    let [c1, c2, i, b'.', a1, a2, b'.', rest @ ..] = bytes else {
        return None;
    };
    if (c1 | 0x20, c2 | 0x20, i | 0x20) != (b'c', b'c', b'i') || rest.len() != 6 {
        return None;
    }
    let mut key = 0u32;
    for &byte in [*a1, *a2].iter().chain(rest) {
        let digit = byte.wrapping_sub(b'0');
        if digit > 9 {
            return None;
        }
        key = key * 10 + u32::from(digit);
    }
    Some(key)
}
