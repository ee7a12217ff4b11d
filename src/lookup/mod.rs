//! How a code string becomes a variant: a shape check, an integer or hashed key,
//! one probe into a generated collision-free index, one comparison.
//!
//! Measured side by side (`BENCHMARKS.md`), this finds a code faster than a
//! generated string `match`, `phf` or a `HashMap`: a `match` over a hundred
//! strings is a chain of comparisons that random input mispredicts, and the hash
//! maps hash every byte with a slower function. (A `match` rejects input of a
//! length no code has sooner; the lookups here check lengths where codes vary.)

pub(crate) mod hash;
pub(crate) mod key;

/// A generated index from keys to row numbers (`build/index.rs` finds the
/// multiplier so that no two keys of a table share a slot).
pub(crate) struct Index<const SLOTS: usize> {
    pub(crate) multiplier: u64,
    pub(crate) bits: u32,
    pub(crate) slots: [u8; SLOTS],
}

impl<const SLOTS: usize> Index<SLOTS> {
    /// The row that `key` may name.
    #[inline]
    fn row(&self, key: u64) -> Option<usize> {
        // The mask is a no-op (`bits` is log2 of SLOTS) that lets the compiler drop
        // the bounds check.
        let slot = hash::slot(key, self.multiplier, self.bits) & (SLOTS - 1);
        match self.slots[slot] {
            u8::MAX => None,
            row => Some(usize::from(row)),
        }
    }

    /// The row of `key` if `is_match` confirms it (a key that is in no row still
    /// lands in some slot, so the row's own key must be compared).
    #[inline]
    pub(crate) fn find(&self, key: u64, is_match: impl FnOnce(usize) -> bool) -> Option<usize> {
        self.row(key).filter(|&row| is_match(row))
    }
}

/// Whether `input` is one of `names`, without regard to ASCII case.
#[cfg_attr(not(any(feature = "paas", feature = "sdk")), allow(dead_code))]
#[inline]
pub(crate) fn is_one_of(input: &[u8], names: &[&str]) -> bool {
    names.iter().any(|name| is_spelled(input, name))
}

/// Whether `input` is `name`, without regard to ASCII case.
///
/// Input mostly comes spelled as published: comparing the bytes first (a
/// `memcmp`, many bytes at a time) decides most cases before the byte-by-byte
/// comparison that ignores case.
#[inline]
pub(crate) fn is_spelled(input: &[u8], name: &str) -> bool {
    let name = name.as_bytes();
    name == input || name.eq_ignore_ascii_case(input)
}

/// The code as written, without the white space around it that logs and headers
/// leave.
#[inline]
pub(crate) fn trim(input: &str) -> &[u8] {
    input.as_bytes().trim_ascii()
}

/// The lookups of a platform whose codes are numbers (BlueKing PaaS,
/// openYuanrong): `find` (a number, or a vendor name), `from_number` and
/// `TryFrom<u32>`, over the module's generated `ROWS`, `NUMBERS`, `CODE_INDEX`,
/// `NAME_INDEX` and `NAME_LENGTHS`. The attributes given document `TryFrom<u32>`.
#[cfg(any(feature = "paas", feature = "sdk"))]
macro_rules! numeric_platform {
    ($enum:ident, $vendor:expr, $(#[$try_from:meta])*) => {
        impl $enum {
            /// The code of `input`: its number, or a vendor name in any case.
            #[inline]
            pub(crate) fn find(input: &str) -> Option<$enum> {
                let bytes = $crate::lookup::trim(input);
                match $crate::lookup::key::decimal(bytes) {
                    Some(number) => $enum::from_number(number),
                    None => $enum::find_name(bytes),
                }
            }

            /// The code whose vendor name `bytes` is. Apart from `find`, so that
            /// the number path, the common one, stays small enough to inline.
            fn find_name(bytes: &[u8]) -> Option<$enum> {
                if !NAME_LENGTHS.contains(&bytes.len()) {
                    return None;
                }
                let is_name = |row: usize| $crate::lookup::is_one_of(bytes, ROWS[row].vendor_names);
                let key = $crate::lookup::hash::fold_hash(bytes);
                let row = NAME_INDEX.find(key, is_name)?;
                Some($enum::ALL[row])
            }

            #[inline]
            fn from_number(number: u32) -> Option<$enum> {
                let row = CODE_INDEX.find(u64::from(number), |row| NUMBERS[row] == number)?;
                Some($enum::ALL[row])
            }
        }

        $(#[$try_from])*
        impl TryFrom<u32> for $enum {
            type Error = $crate::ParseCodeError;

            #[inline]
            fn try_from(number: u32) -> Result<Self, Self::Error> {
                $enum::from_number(number)
                    .ok_or_else(|| $crate::ParseCodeError::unknown_number($vendor, number))
            }
        }
    };
}
#[cfg(any(feature = "paas", feature = "sdk"))]
pub(crate) use numeric_platform;
