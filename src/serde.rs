//! Serde support (the `serde` feature): a code serializes as the code string the
//! platform writes, and deserializes from what [`FromStr`](std::str::FromStr)
//! parses, or, for the numeric platforms, from a number, as their bodies carry it.
//! An openYuanrong code whose number several codes share, and which a parse of
//! the number does not answer, serializes as its symbol, which parses back to it.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::{Code, ErrorCode};

/// What deserializing needs to know of a platform enum beyond [`ErrorCode`].
pub(crate) trait Platform: ErrorCode {
    /// What a deserializer expected, for its messages: "a CCI error code".
    const EXPECTING: &'static str;
    /// Whether the platform's codes are numbers, which bodies may carry as such.
    const NUMERIC: bool;
    /// The code with this number, on a numeric platform.
    fn from_number(number: u64) -> Option<Self>;
}

/// What `code` serializes as: a string that parses back to it.
fn spelling(code: Code) -> &'static str {
    // With the `sdk` feature alone, the arm for the others is never reached.
    #[allow(unreachable_patterns)]
    match code {
        #[cfg(feature = "sdk")]
        Code::Sdk(error) => error.spelling(),
        _ => code.code(),
    }
}

/// The key under which `serde_json`, with its `arbitrary_precision` feature,
/// gives a number that is neither a `u64` nor an `i64` (a fraction, `-0`, an
/// integer beyond 64 bits): as a map of one entry, the number's text its
/// value. Any crate of a build may turn the feature on, for all of them.
pub(crate) const SERDE_JSON_NUMBER: &str = "$serde_json::private::Number";

/// A number as `serde_json` visits one without `arbitrary_precision`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum JsonNumber {
    U64(u64),
    I64(i64),
    F64(f64),
}

impl JsonNumber {
    /// What `visitor` makes of the number, as of the number `serde_json`
    /// visits it with without `arbitrary_precision`.
    pub(crate) fn visit<'de, V: Visitor<'de>, E: de::Error>(
        self,
        visitor: V,
    ) -> Result<V::Value, E> {
        match self {
            JsonNumber::U64(number) => visitor.visit_u64(number),
            JsonNumber::I64(number) => visitor.visit_i64(number),
            JsonNumber::F64(number) => visitor.visit_f64(number),
        }
    }

    /// `text`, a JSON number, as `serde_json` reads it without
    /// `arbitrary_precision`: a `u64`, else a negative `i64` (not `-0`), else
    /// an `f64`; `None` beyond `f64`, which it refuses.
    fn of(text: &str) -> Option<JsonNumber> {
        if let Ok(number) = text.parse::<u64>() {
            return Some(JsonNumber::U64(number));
        }
        match text.parse::<i64>() {
            Ok(number) if number < 0 => Some(JsonNumber::I64(number)),
            _ => text
                .parse::<f64>()
                .ok()
                .filter(|number| number.is_finite())
                .map(JsonNumber::F64),
        }
    }
}

/// Whether this build's `serde_json` gives a number that is no `u64` or `i64`
/// as a map of [`SERDE_JSON_NUMBER`] (its `arbitrary_precision` feature):
/// asked of it once, with `1.5`. Without the feature no map is a number, so
/// a JSON object with that key stays an object; with it, `serde_json` itself
/// cannot tell the two apart, and neither can its callers.
#[cfg(feature = "json")]
pub(crate) fn numbers_as_maps() -> bool {
    static AS_MAPS: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AS_MAPS.get_or_init(|| {
        struct IsMap;
        impl<'de> Visitor<'de> for IsMap {
            type Value = bool;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<bool, E> {
                Ok(false)
            }
            fn visit_map<M: MapAccess<'de>>(self, _: M) -> Result<bool, M::Error> {
                Ok(true)
            }
        }
        serde_json::Deserializer::from_str("1.5")
            .deserialize_any(IsMap)
            .unwrap_or(false)
    })
}

/// Without `serde_json` among the crate's dependencies (no `json` feature),
/// the crate cannot ask it, and takes no map for a number: a map given for a
/// code is the map it is, as on a build without `arbitrary_precision`.
#[cfg(not(feature = "json"))]
pub(crate) fn numbers_as_maps() -> bool {
    false
}

/// The number `map` is, where this build's `serde_json` gives numbers as maps
/// ([`numbers_as_maps`]) and `map` is one; `None` for any other map (whose
/// first key it has then read, with the feature; without it, nothing). A
/// number beyond `f64` is an error, "number out of range", as `serde_json`
/// says without the feature.
pub(crate) fn number_in<'de, M: MapAccess<'de>>(
    map: &mut M,
) -> Result<Option<JsonNumber>, M::Error> {
    match numbers_as_maps() {
        true => number_map(map),
        false => Ok(None),
    }
}

/// The number `map` is, where it is the map of [`SERDE_JSON_NUMBER`].
fn number_map<'de, M: MapAccess<'de>>(map: &mut M) -> Result<Option<JsonNumber>, M::Error> {
    if map.next_key_seed(NumberKey)? != Some(true) {
        return Ok(None);
    }
    let text: String = map.next_value()?;
    json_number(&text).map(Some)
}

/// `text`, the text of a number that `serde_json` gives as a map, as it
/// reads it without `arbitrary_precision`; beyond `f64`, its error.
pub(crate) fn json_number<E: de::Error>(text: &str) -> Result<JsonNumber, E> {
    JsonNumber::of(text).ok_or_else(|| E::custom("number out of range"))
}

/// Whether a map's first key is [`SERDE_JSON_NUMBER`].
struct NumberKey;

impl<'de> DeserializeSeed<'de> for NumberKey {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for NumberKey {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        Ok(v == SERDE_JSON_NUMBER)
    }
}

/// Whether `key`, a body's field name, is the map key of a number that this
/// build's `serde_json` gives as a map ([`numbers_as_maps`]).
#[cfg(feature = "json")]
pub(crate) fn is_number_key(key: &str) -> bool {
    key == SERDE_JSON_NUMBER && numbers_as_maps()
}

/// Accepts a code string, or a number where the platform's codes are numbers.
struct CodeVisitor<E>(PhantomData<E>);

impl<'de, E: Platform> Visitor<'de> for CodeVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(E::EXPECTING)
    }

    fn visit_str<Er: de::Error>(self, v: &str) -> Result<E, Er> {
        v.parse().map_err(Er::custom)
    }

    fn visit_u64<Er: de::Error>(self, v: u64) -> Result<E, Er> {
        if !E::NUMERIC {
            return Err(Er::invalid_type(de::Unexpected::Unsigned(v), &self));
        }
        E::from_number(v).ok_or_else(|| Er::invalid_value(de::Unexpected::Unsigned(v), &self))
    }

    fn visit_i64<Er: de::Error>(self, v: i64) -> Result<E, Er> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(Er::invalid_value(de::Unexpected::Signed(v), &self)),
        }
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<E, M::Error> {
        match number_in(&mut map)? {
            Some(number) => number.visit(self),
            None => Err(de::Error::invalid_type(de::Unexpected::Map, &self)),
        }
    }
}

/// Implements `Serialize` and `Deserialize` for each enabled platform's enum,
/// from the list of platforms; the platforms whose codes are numbers
/// (`TryFrom<u32>`) deserialize from a number too.
macro_rules! serde_platforms {
    ($(
        $(#[$doc:meta])*
        $id:ident: $variant:ident($enum:ident) =
            ($feature:literal, $name:literal, $full_name:literal, $expecting:literal, $shape:ident),
    )*) => {
        $(
            #[cfg(feature = $feature)]
            serde_platform!(crate::$id::$enum, $expecting, $shape);
        )*
    };
}

/// `Serialize` and `Deserialize` for one platform enum.
macro_rules! serde_platform {
    ($enum:ty, $expecting:literal, Decimal) => {
        serde_platform!($enum, $expecting, true, |number: u64| {
            u32::try_from(number)
                .ok()
                .and_then(|n| <$enum>::try_from(n).ok())
        });
    };
    ($enum:ty, $expecting:literal, $shape:ident) => {
        serde_platform!($enum, $expecting, false, |_: u64| None);
    };
    ($enum:ty, $expecting:literal, $numeric:literal, $from_number:expr) => {
        impl Platform for $enum {
            const EXPECTING: &'static str = $expecting;
            const NUMERIC: bool = $numeric;
            fn from_number(number: u64) -> Option<Self> {
                let from_number: fn(u64) -> Option<Self> = $from_number;
                from_number(number)
            }
        }

        /// Serializes as the code string the platform writes (an openYuanrong
        /// code of a shared number that a parse does not answer: its symbol).
        impl Serialize for $enum {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(spelling(Code::from(*self)))
            }
        }

        /// Deserializes what [`FromStr`](std::str::FromStr) parses; on platforms
        /// whose codes are numbers, also a number, from a self-describing format
        /// (JSON); the others ask the format for a string.
        impl<'de> Deserialize<'de> for $enum {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                if <$enum as Platform>::NUMERIC {
                    deserializer.deserialize_any(CodeVisitor(PhantomData))
                } else {
                    deserializer.deserialize_str(CodeVisitor(PhantomData))
                }
            }
        }
    };
}

platforms!(serde_platforms);

/// Serializes as the code string the platform writes (an openYuanrong code of a
/// shared number that a parse does not answer: its symbol).
impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(spelling(*self))
    }
}

/// Deserializes a code of any platform, as [`crate::lookup`] finds it: a string,
/// or a number (a BlueKing PaaS or openYuanrong code). As either may come, it
/// needs a self-describing format (JSON, TOML, ...), as the numeric platforms'
/// enums do.
impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnyCode;
        impl<'de> Visitor<'de> for AnyCode {
            type Value = Code;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "an error code of {}", crate::PLATFORM_NAMES)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Code, E> {
                crate::lookup(v).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Code, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Code, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::invalid_value(de::Unexpected::Signed(v), &self)),
                }
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Code, M::Error> {
                match number_in(&mut map)? {
                    Some(number) => number.visit(self),
                    None => Err(de::Error::invalid_type(de::Unexpected::Map, &self)),
                }
            }
        }
        deserializer.deserialize_any(AnyCode)
    }
}

#[cfg(test)]
mod tests {
    use serde::de::value::{Error, MapDeserializer};

    use super::{JsonNumber, SERDE_JSON_NUMBER, number_map};

    /// The text of a number given as a map reads as `serde_json` reads the
    /// number without `arbitrary_precision`.
    #[test]
    fn number_texts_read_as_serde_json_reads_numbers() {
        let cases = [
            ("0", Some(JsonNumber::U64(0))),
            ("18446744073709551615", Some(JsonNumber::U64(u64::MAX))),
            ("-1", Some(JsonNumber::I64(-1))),
            ("-9223372036854775808", Some(JsonNumber::I64(i64::MIN))),
            ("-0", Some(JsonNumber::F64(-0.0))),
            (
                "18446744073709551616",
                Some(JsonNumber::F64(18_446_744_073_709_551_616.0)),
            ),
            (
                "-9223372036854775809",
                Some(JsonNumber::F64(-9_223_372_036_854_775_809.0)),
            ),
            ("4.5", Some(JsonNumber::F64(4.5))),
            ("1E40", Some(JsonNumber::F64(1e40))),
            ("1e999", None),
            ("-1e999", None),
        ];
        for (text, expected) in cases {
            let number = JsonNumber::of(text);
            assert_eq!(number, expected, "{text}");
            // `-0.0 == 0.0`: the sign too.
            if let Some(JsonNumber::F64(number)) = number {
                assert_eq!(number.is_sign_negative(), text.starts_with('-'), "{text}");
            }
        }
    }

    #[test]
    fn only_the_map_of_a_number_is_one() {
        let map = |key: &'static str, value: &'static str| {
            MapDeserializer::<_, Error>::new(std::iter::once((key, value)))
        };
        let number = number_map(&mut map(SERDE_JSON_NUMBER, "4.5")).unwrap();
        assert_eq!(number, Some(JsonNumber::F64(4.5)));
        assert_eq!(number_map(&mut map("n", "4.5")).unwrap(), None);
        let error = number_map(&mut map(SERDE_JSON_NUMBER, "1e999")).unwrap_err();
        assert_eq!(error.to_string(), "number out of range");
        let empty = &mut MapDeserializer::<_, Error>::new(std::iter::empty::<(&str, &str)>());
        assert_eq!(number_map(empty).unwrap(), None);
    }
}
