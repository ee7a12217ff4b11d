//! Serde support (the `serde` feature): a code serializes as the code string the
//! platform writes, and deserializes from what [`FromStr`](std::str::FromStr)
//! parses, or, for the numeric platforms, from a number, as their bodies carry it.
//! An openYuanrong code whose number several codes share, and which a parse of
//! the number does not answer, serializes as its symbol, which parses back to it.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Visitor};
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

/// Accepts a code string, or a number where the platform's codes are numbers.
struct CodeVisitor<E>(PhantomData<E>);

impl<E: Platform> Visitor<'_> for CodeVisitor<E> {
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
        impl Visitor<'_> for AnyCode {
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
        }
        deserializer.deserialize_any(AnyCode)
    }
}
