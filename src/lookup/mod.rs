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

/// A row number as an index stores it: `u8`, or `u16` for a table of more than
/// 255 rows. The largest value marks an empty slot.
pub(crate) trait Slot: Copy {
    /// The row number, or `None` for an empty slot.
    fn row(self) -> Option<usize>;
}

impl Slot for u8 {
    #[inline]
    fn row(self) -> Option<usize> {
        (self != u8::MAX).then_some(usize::from(self))
    }
}

impl Slot for u16 {
    #[inline]
    fn row(self) -> Option<usize> {
        (self != u16::MAX).then_some(usize::from(self))
    }
}

/// A generated index from keys to row numbers (`build/index.rs` finds the
/// multiplier so that no two keys of a table share a slot). The multiplier and
/// the bits are parameters of the type, so that a lookup has them as
/// constants in its instructions rather than loads.
pub(crate) struct Index<T, const SLOTS: usize, const MULTIPLIER: u64, const BITS: u32> {
    pub(crate) slots: [T; SLOTS],
}

impl<T: Slot, const SLOTS: usize, const MULTIPLIER: u64, const BITS: u32>
    Index<T, SLOTS, MULTIPLIER, BITS>
{
    /// The row that `key` may name.
    #[inline]
    fn row(&self, key: u64) -> Option<usize> {
        // The mask is a no-op (`BITS` is log2 of SLOTS) that lets the compiler
        // drop the bounds check.
        let slot = hash::slot(key, MULTIPLIER, BITS) & (SLOTS - 1);
        self.slots[slot].row()
    }

    /// The row of `key` if `is_match` confirms it (a key that is in no row still
    /// lands in some slot, so the row's own key must be compared).
    #[inline]
    pub(crate) fn find(&self, key: u64, is_match: impl FnOnce(usize) -> bool) -> Option<usize> {
        self.row(key).filter(|&row| is_match(row))
    }
}

/// Which of `names` `input` is, without regard to ASCII case: `Some(Some(name))`
/// where it is `name` byte for byte (a name spelled exactly is preferred to one
/// of another case), `Some(None)` where it is one of them in another case only.
/// A reader borrows the exact spelling instead of copying the input.
#[cfg_attr(not(errcodes_decimal), allow(dead_code))]
#[inline]
pub(crate) fn spelling(input: &[u8], names: &[&'static str]) -> Option<Option<&'static str>> {
    match names.iter().find(|name| name.as_bytes() == input) {
        Some(name) => Some(Some(name)),
        None => (names.iter())
            .any(|name| is_spelled_in_another_case(input, name.as_bytes()))
            .then_some(None),
    }
}

/// Whether `input` is `name`, without regard to ASCII case.
///
/// Input mostly comes spelled as published: comparing the bytes (a `memcmp`)
/// decides a hit. A near miss differs in a byte or two, which the bytes'
/// comparison finds, and then eight bytes at a time whether the bytes differ
/// in more than their case bit; only input that differs in that bit alone, the
/// code in another case or something that merely looks like it, is compared
/// byte by byte.
#[cfg_attr(not(errcodes_dotted), allow(dead_code))]
#[inline]
pub(crate) fn is_spelled(input: &[u8], name: &str) -> bool {
    let name = name.as_bytes();
    name == input || is_spelled_in_another_case(input, name)
}

/// The rest of [`is_spelled`], out of line: the hot path stays small.
#[cold]
#[inline(never)]
fn is_spelled_in_another_case(input: &[u8], name: &[u8]) -> bool {
    differs_in_case_bits_only(input, name) && name.eq_ignore_ascii_case(input)
}

/// Whether `a` and `b` have one length and differ in no bit but the case bit
/// (0x20) of some bytes: compared in words of eight bytes, the last word
/// overlapping the one before.
#[inline]
fn differs_in_case_bits_only(a: &[u8], b: &[u8]) -> bool {
    const CASE: u64 = 0x2020_2020_2020_2020;
    if a.len() != b.len() {
        return false;
    }
    let word = |bytes: &[u8]| {
        bytes
            .first_chunk::<8>()
            .map_or(0, |w| u64::from_le_bytes(*w))
    };
    match (a.last_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(a_last), Some(b_last)) => {
            let whole = a
                .chunks_exact(8)
                .zip(b.chunks_exact(8))
                .all(|(x, y)| (word(x) ^ word(y)) & !CASE == 0);
            let last = u64::from_le_bytes(*a_last) ^ u64::from_le_bytes(*b_last);
            whole && last & !CASE == 0
        }
        _ => a.iter().zip(b).all(|(x, y)| (x ^ y) & !0x20 == 0),
    }
}

/// Whether `bytes` can be a vendor name: it starts with an ASCII letter. Most
/// input that is no code fails here, before any hashing. (Koupleless's lookup
/// checks lengths only: its wire codes may start with a digit.)
#[cfg_attr(not(errcodes_decimal), allow(dead_code))]
#[inline]
pub(crate) fn starts_like_a_word(bytes: &[u8]) -> bool {
    bytes.first().is_some_and(u8::is_ascii_alphabetic)
}

/// How a platform writes its codes (`build/platforms.rs` gives each its shape).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Shape {
    /// Decimal numbers, and vendor names that are words.
    #[cfg_attr(not(errcodes_decimal), allow(dead_code))]
    Decimal,
    /// `CCI.NN.NNNNNN`.
    #[cfg_attr(not(errcodes_cci), allow(dead_code))]
    Cci,
    /// Dotted words, `Source.Type`, and strings that are codes themselves
    /// (Koupleless's wire codes: `REPEAT_BIZ`, `00003`, `100001`), hashed.
    #[cfg_attr(not(errcodes_dotted), allow(dead_code))]
    Dotted,
}

/// What an input looks like, worked out once so that [`crate::lookup`] asks
/// only the platforms whose codes look like it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum InputShape {
    /// A decimal code, exactly as the platforms write one, with its value.
    Number(u32),
    /// `CCI.` in any case, then anything.
    Cci,
    /// Anything else with a dot.
    Dotted,
    /// Anything else: a vendor name, or no code.
    Word,
}

impl InputShape {
    /// The shape of `bytes`.
    #[inline]
    pub(crate) fn of(bytes: &[u8]) -> InputShape {
        if let Some(number) = key::decimal(bytes) {
            InputShape::Number(number)
        } else if bytes.len() >= 4 && bytes[..4].eq_ignore_ascii_case(b"CCI.") {
            InputShape::Cci
        } else if bytes.contains(&b'.') {
            InputShape::Dotted
        } else {
            InputShape::Word
        }
    }

    /// Whether a platform whose codes have `shape` may know input of this shape.
    /// Koupleless's wire codes are words and digits too: a platform of dotted
    /// codes is asked for anything but a CCI code (after the others, in the
    /// order of the platforms; `tests/codes.rs` proves no code of one platform
    /// is a code of another).
    #[inline]
    pub(crate) fn is(self, shape: Shape) -> bool {
        matches!(
            (self, shape),
            (InputShape::Number(_) | InputShape::Word, Shape::Decimal)
                | (InputShape::Cci, Shape::Cci)
                | (
                    InputShape::Dotted | InputShape::Word | InputShape::Number(_),
                    Shape::Dotted
                )
        )
    }
}

/// Whether `bytes` starts or ends with white space: the one thing the cold path
/// of a parse may remove before a code matches.
#[inline]
pub(crate) fn has_space_around(bytes: &[u8]) -> bool {
    matches!(
        (bytes.first(), bytes.last()),
        (Some(b), _) | (_, Some(b)) if b.is_ascii_whitespace()
    )
}

/// The lookups of a platform whose codes are numbers (BlueKing PaaS,
/// openYuanrong): `find` (a number, or a vendor name), `find_shaped`,
/// `from_number` and `TryFrom<u32>`, over the module's generated `ROWS`,
/// `NUMBERS`, `CODE_INDEX`, `NAME_INDEX` and `NAME_LENGTHS`. The attributes
/// given document `TryFrom<u32>`, whose error the platform's `number_error`
/// builds.
#[cfg(errcodes_decimal)]
macro_rules! numeric_platform {
    ($enum:ident, $(#[$try_from:meta])*) => {
        impl $enum {
            /// The code that `input` names, as [`FromStr`](std::str::FromStr)
            /// parses it, or `None`: no error is built.
            ///
            /// The code exactly as published is the hot path; white space around
            /// it and the vendor's names are looked up apart.
            #[inline]
            pub fn find(input: &str) -> Option<$enum> {
                let bytes = input.as_bytes();
                match $crate::lookup::key::decimal(bytes) {
                    Some(number) => $enum::from_number(number),
                    None => $enum::find_name_or_trimmed(bytes),
                }
            }

            /// [`Self::find`], and the catalog's spelling that `input` is byte for
            /// byte, where it is one: what a body's reader borrows rather than
            /// copies.
            #[cfg(feature = "json")]
            #[inline]
            pub(crate) fn find_spelled(input: &str) -> Option<($enum, Option<&'static str>)> {
                let bytes = input.as_bytes();
                match $crate::lookup::key::decimal(bytes) {
                    // A number has one spelling, which `build.rs` makes the
                    // catalog's code (the tests hold every code to it).
                    Some(number) => {
                        let error = $enum::from_number(number)?;
                        Some((error, Some(error.code())))
                    }
                    None => $enum::find_name_spelled(bytes),
                }
            }

            /// What [`Self::find`] leaves to the cold path: a vendor name, or a
            /// code with white space around it.
            #[inline(never)]
            fn find_name_or_trimmed(bytes: &[u8]) -> Option<$enum> {
                if $crate::lookup::has_space_around(bytes) {
                    let trimmed = bytes.trim_ascii();
                    return match $crate::lookup::key::decimal(trimmed) {
                        Some(number) => $enum::from_number(number),
                        None => $enum::find_name(trimmed),
                    };
                }
                $enum::find_name(bytes)
            }

            /// [`Self::find_name_or_trimmed`], with the spelling of
            /// [`Self::find_spelled`]: input with white space around it is
            /// spelled as no code is.
            #[cfg(feature = "json")]
            #[inline(never)]
            fn find_name_spelled(bytes: &[u8]) -> Option<($enum, Option<&'static str>)> {
                if $crate::lookup::has_space_around(bytes) {
                    return $enum::find_name_or_trimmed(bytes).map(|error| (error, None));
                }
                let (row, spelled) = $enum::name_row(bytes)?;
                Some(($enum::ALL[row], spelled))
            }

            /// The code of input of `shape` (`bytes` trimmed), for
            /// [`crate::Code::find`].
            #[inline]
            pub(crate) fn find_shaped(bytes: &[u8], shape: $crate::lookup::InputShape) -> Option<$enum> {
                match shape {
                    $crate::lookup::InputShape::Number(number) => $enum::from_number(number),
                    _ => $enum::find_name(bytes),
                }
            }

            /// The code whose vendor name `bytes` is, in any ASCII case.
            #[inline(never)]
            fn find_name(bytes: &[u8]) -> Option<$enum> {
                let (row, _) = $enum::name_row(bytes)?;
                Some($enum::ALL[row])
            }

            /// The row whose vendor name `bytes` is, in any ASCII case, and that
            /// name where `bytes` spells it exactly.
            #[inline(always)]
            fn name_row(bytes: &[u8]) -> Option<(usize, Option<&'static str>)> {
                if !NAME_LENGTHS.contains(&bytes.len())
                    || !$crate::lookup::starts_like_a_word(bytes)
                {
                    return None;
                }
                let mut spelled = None;
                let is_name = |row: usize| match $crate::lookup::spelling(bytes, ROWS[row].vendor_names) {
                    Some(spelling) => {
                        spelled = spelling;
                        true
                    }
                    None => false,
                };
                let key = $crate::lookup::hash::fold_hash(bytes);
                let row = NAME_INDEX.find(key, is_name)?;
                Some((row, spelled))
            }

            #[inline]
            fn from_number(number: u32) -> Option<$enum> {
                let row = CODE_INDEX.find(u64::from(number), |row| NUMBERS[row] == number)?;
                Some($enum::ALL[row])
            }

            /// The vendor names, which parse as the code does.
            pub(crate) const fn other_spellings(&self) -> &'static [&'static str] {
                self.vendor_names()
            }
        }

        $(#[$try_from])*
        impl TryFrom<u32> for $enum {
            type Error = $crate::ParseCodeError;

            #[inline]
            // Named, not `Self::Error`: `PaasError::Error` is a variant.
            fn try_from(number: u32) -> Result<Self, $crate::ParseCodeError> {
                $enum::from_number(number)
                    .ok_or_else(|| $enum::number_error(number))
            }
        }
    };
}
#[cfg(errcodes_decimal)]
pub(crate) use numeric_platform;

#[cfg(test)]
mod tests {
    use super::{Slot, spelling};

    /// A reader lends the catalog's name only for input that spells it byte for
    /// byte; a name of another case still finds its code.
    #[test]
    fn the_exact_spelling_is_the_one_lent() {
        let names = ["Foo_Bar", "FOO_BAR"];
        assert_eq!(spelling(b"FOO_BAR", &names), Some(Some("FOO_BAR")));
        assert_eq!(spelling(b"Foo_Bar", &names), Some(Some("Foo_Bar")));
        assert_eq!(spelling(b"foo_bar", &names), Some(None));
        assert_eq!(spelling(b"foo_baz", &names), None);
        assert_eq!(spelling(b"FOO_BA", &names), None);
        assert_eq!(spelling(b"", &[]), None);
    }

    /// `find_spelled` finds what `find` finds, for every spelling and number
    /// of every code, in its own case and in others, with white space before
    /// or after it, and with a leading `0` or `+`; it lends a spelling exactly
    /// where the input is one of the found code's spellings, byte for byte
    /// (where a reader would otherwise copy it).
    #[cfg(feature = "json")]
    fn finds_as_find<E: Copy + PartialEq + std::fmt::Debug>(
        all: &[E],
        number: impl Fn(E) -> Option<u32>,
        spellings: impl Fn(E) -> Vec<&'static str>,
        find: impl Fn(&str) -> Option<E>,
        find_spelled: impl Fn(&str) -> Option<(E, Option<&'static str>)>,
    ) {
        let mut lent = 0;
        for &error in all {
            let number = number(error).map(|number| number.to_string());
            for spelled in spellings(error).into_iter().chain(number.as_deref()) {
                let others = [
                    spelled.to_ascii_lowercase(),
                    spelled.to_ascii_uppercase(),
                    format!(" {spelled}"),
                    format!("{spelled} "),
                    format!("\t{spelled}\n"),
                    // Numbers as no platform writes them.
                    format!("0{spelled}"),
                    format!("+{spelled}"),
                ];
                let inputs = [spelled, "NO_SUCH_CODE"].into_iter();
                for input in inputs.chain(others.iter().map(String::as_str)) {
                    let found = find_spelled(input);
                    assert_eq!(found.map(|(e, _)| e), find(input), "{input:?}");
                    let exact =
                        found.and_then(|(e, _)| spellings(e).into_iter().find(|s| *s == input));
                    assert_eq!(found.and_then(|(_, lent)| lent), exact, "{input:?}");
                    lent += usize::from(exact.is_some());
                }
            }
        }
        assert!(lent >= all.len(), "{lent} spellings lent");
    }

    #[cfg(all(feature = "paas", feature = "json"))]
    #[test]
    fn paas_lends_the_spelling_it_finds() {
        use crate::paas::PaasError;
        finds_as_find(
            PaasError::ALL,
            |e| e.number(),
            |e| crate::Code::Paas(e).spellings().collect(),
            PaasError::find,
            PaasError::find_spelled,
        );
        let (error, lent) = PaasError::find_spelled("CANNOT_DEPLOY_APP").unwrap();
        let name = error.vendor_name().unwrap();
        assert!(
            std::ptr::eq(lent.unwrap(), name),
            "borrowed from the catalog"
        );
    }

    #[cfg(all(feature = "sdk", feature = "json"))]
    #[test]
    fn openyuanrong_lends_the_spelling_it_finds() {
        use crate::sdk::SdkError;
        finds_as_find(
            SdkError::ALL,
            |e| Some(e.number()),
            |e| crate::Code::Sdk(e).spellings().collect(),
            SdkError::find,
            SdkError::find_spelled,
        );
    }

    /// A table of more than 255 rows stores `u16` row numbers: every value but
    /// the largest is a row (no table of the crate is that large yet).
    #[test]
    fn slots_name_rows_but_the_largest_value() {
        assert_eq!(0u8.row(), Some(0));
        assert_eq!(254u8.row(), Some(254));
        assert_eq!(u8::MAX.row(), None);
        assert_eq!(0u16.row(), Some(0));
        assert_eq!(255u16.row(), Some(255));
        assert_eq!(65_534u16.row(), Some(65_534));
        assert_eq!(u16::MAX.row(), None);
    }
}
