//! A validating scanner of a body's top-level JSON object: each member's key,
//! and its value's text and kind, without `serde_json`.
//!
//! The readers only need the spans of the top-level members (the platform's
//! fields are few and flat), and reading them with `serde_json` as borrowed
//! `&RawValue`s costs about what reading the whole body into a plain struct
//! does. This scanner does the same job in one tight pass over the bytes. It
//! accepts exactly the JSON `serde_json` accepts when it reads the object as a
//! map of string keys to borrowed raw values (within [`MAX_DEPTH`]), so a body
//! it refuses is one the caller reads again with `serde_json`, which says what
//! is wrong and where: a refusal costs time, never a different answer.
//!
//! Where `serde_json` itself is lenient, the scanner is too: a string value
//! skipped as raw JSON may hold a lone surrogate escape (`"\ud800"`), which
//! only decoding refuses ([`Value::text`]).

use std::borrow::Cow;

use super::MAX_DEPTH;

/// What a scanned value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A string; `escaped` when it holds a backslash (the text needs decoding).
    String { escaped: bool },
    /// A number written without fraction or exponent (`-12`, `0`, `4115`; any
    /// length).
    Integer,
    /// A number with a fraction or an exponent.
    Float,
    /// `true`.
    True,
    /// `false`.
    False,
    /// `null`.
    Null,
    /// An object, of any content within the depth bound.
    Object,
    /// An array, of any content within the depth bound.
    Array,
}

/// A top-level member's value: its JSON text exactly as in the body (no
/// surrounding white space: the same text `serde_json` gives as a borrowed
/// `&RawValue`) and its kind.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Value<'a> {
    /// The value's JSON text, borrowed from the body.
    pub(crate) json: &'a str,
    /// What the value is.
    pub(crate) kind: Kind,
}

/// A number as `serde_json`'s `deserialize_any` visits it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Number {
    /// A non-negative integer that fits a `u64` (`visit_u64`).
    U64(u64),
    /// A negative integer that fits an `i64` (`visit_i64`).
    I64(i64),
    /// A number `serde_json` reads as an `f64` (`visit_f64`): one with a
    /// fraction or an exponent, an integer beyond `u64::MAX` or below
    /// `i64::MIN`, and `-0`. Its value is for `serde_json` to compute, whose
    /// rounding this scanner does not repeat; `serde_json` refuses one beyond
    /// `f64::MAX` ("number out of range") when it reads it, though not when
    /// it skips it as a raw value, as the scan does.
    F64,
}

impl<'a> Value<'a> {
    /// The text of a string, borrowed from the body when it has no escape,
    /// else decoded as `serde_json` decodes a `String`. `None` for a value that
    /// is not a string, and for a string `serde_json` refuses to decode: one
    /// with a lone surrogate escape (`"\ud800"`), which the scan accepts as
    /// `serde_json` accepts it in a raw value.
    pub(crate) fn text(&self) -> Option<Cow<'a, str>> {
        let Kind::String { escaped } = self.kind else {
            return None;
        };
        let inner = self.json.strip_prefix('"')?.strip_suffix('"')?;
        match escaped {
            false => Some(Cow::Borrowed(inner)),
            true => decode(inner).map(Cow::Owned),
        }
    }

    /// The number, as `serde_json`'s `deserialize_any` would visit it; `None`
    /// for a value that is not a number.
    pub(crate) fn number(&self) -> Option<Number> {
        match self.kind {
            Kind::Integer => Some(integer(self.json)),
            Kind::Float => Some(Number::F64),
            _ => None,
        }
    }
}

/// The integer written `json` (`-?(0|[1-9][0-9]*)`), as `serde_json` reads it
/// (`Deserializer::parse_integer` and `parse_number`): digits accumulated in a
/// `u64`, an `f64` from the first digit that would overflow it; a negative
/// number is an `i64` where its negation is negative, else (`-0`, and below
/// `i64::MIN`) an `f64`.
fn integer(json: &str) -> Number {
    let (positive, digits) = match json.strip_prefix('-') {
        Some(digits) => (false, digits),
        None => (true, json),
    };
    let mut significand = 0u64;
    for digit in digits.bytes() {
        let Some(next) = significand
            .checked_mul(10)
            .and_then(|tens| tens.checked_add(u64::from(digit.wrapping_sub(b'0'))))
        else {
            return Number::F64;
        };
        significand = next;
    }
    if positive {
        return Number::U64(significand);
    }
    // `serde_json`'s own test: the negation wraps to a non-negative number for
    // `-0` and for every magnitude beyond 2^63.
    let negated = (significand as i64).wrapping_neg();
    match negated >= 0 {
        true => Number::F64,
        false => Number::I64(negated),
    }
}

/// Whether `key` is `name`, compared byte by byte in place: a call of
/// `memcmp` costs more than the whole comparison of the short names of a
/// body, and every key of a body is looked up among a platform's names.
#[inline]
pub(crate) fn is_name(name: &str, key: &str) -> bool {
    name.len() == key.len() && name.bytes().zip(key.bytes()).all(|(a, b)| a == b)
}

/// Scans `text` (already UTF-8; byte order mark already stripped; size
/// already checked by the caller) as one JSON object with only JSON white
/// space around it, calling `member(key, value)` for each top-level member in
/// body order, duplicates included. The key is borrowed where it has no
/// escape, decoded (`Cow::Owned`) where it has one.
///
/// Returns `None` for any text the scanner does not accept: not JSON, not an
/// object, trailing data, nesting deeper than [`MAX_DEPTH`] (the body's own
/// object counting as level 1, as `limits::too_deep` counts each member's
/// value: a member value may nest `MAX_DEPTH - 1` levels), a key whose escape
/// `serde_json` cannot decode (a lone surrogate). `member` may have been
/// called before a `None`: the caller discards what it got.
pub(crate) fn object<'a>(
    text: &'a str,
    mut member: impl FnMut(Cow<'a, str>, Value<'a>),
) -> Option<()> {
    object_with(text, None, |_, key, value| member(key, value))
}

/// [`object`], reading in the same pass the members of the object that the
/// top-level member named `nested` holds (Arklet's `data`): `member(true, key,
/// value)` for each of them, in order, duplicates included, before
/// `member(false, nested, value)` for the member itself; a `nested` member
/// whose value is no object has no members read. The nested object's keys
/// are decoded as the top level's are (a lone surrogate refuses the body),
/// and its values may nest one level less than a top-level value.
pub(crate) fn object_with<'a>(
    text: &'a str,
    nested: Option<&str>,
    mut member: impl FnMut(bool, Cow<'a, str>, Value<'a>),
) -> Option<()> {
    let bytes = text.as_bytes();
    let Some((open, b'{')) = token(bytes, 0) else {
        return None;
    };
    let close = members(text, open, nested, false, &mut member)?;
    last(bytes, close)
}

/// Reads the members of the object whose `{` is at `open`, calling `member`
/// with `inner` for each (and, for the one named `nested`, with `true` for
/// each member of its object first): the index of its `}`.
fn members<'a>(
    text: &'a str,
    open: usize,
    nested: Option<&str>,
    inner: bool,
    member: &mut impl FnMut(bool, Cow<'a, str>, Value<'a>),
) -> Option<usize> {
    let bytes = text.as_bytes();
    // A nested object's values are a level deeper than the body's.
    let limit = VALUE_DEPTH - usize::from(inner);
    let (mut at, mut next) = token(bytes, open + 1)?;
    if next == b'}' {
        return Some(at);
    }
    loop {
        if next != b'"' {
            return None;
        }
        let (end, escaped) = string(bytes, at + 1)?;
        let raw = text.get(at + 1..end)?;
        let key = match escaped {
            false => Cow::Borrowed(raw),
            true => Cow::Owned(decode(raw)?),
        };
        let Some((colon, b':')) = token(bytes, end + 1) else {
            return None;
        };
        let (start, first) = token(bytes, colon + 1)?;
        let (end, kind) = match (first, nested) {
            (b'{', Some(nested)) if is_name(nested, &key) => {
                (members(text, start, None, true, member)? + 1, Kind::Object)
            }
            _ => value(bytes, start, first, limit)?,
        };
        let json = text.get(start..end)?;
        member(inner, key, Value { json, kind });
        match token(bytes, end)? {
            (comma, b',') => (at, next) = token(bytes, comma + 1)?,
            (close, b'}') => return Some(close),
            _ => return None,
        }
    }
}

/// Whether the object closed at `close` is all of `bytes` but white space.
fn last(bytes: &[u8], close: usize) -> Option<()> {
    match more_white_space(bytes, close + 1) == bytes.len() {
        true => Some(()),
        false => None,
    }
}

/// The first byte at or after `at` that is not JSON white space (space, tab,
/// line feed, carriage return), and its index.
#[inline(always)]
fn token(bytes: &[u8], at: usize) -> Option<(usize, u8)> {
    match bytes.get(at) {
        // Most bodies are compact: one comparison where there is no space.
        Some(&byte) if byte > b' ' => Some((at, byte)),
        _ => {
            let at = more_white_space(bytes, at);
            Some((at, *bytes.get(at)?))
        }
    }
}

/// The index of the first byte at or after `at` that is not JSON white space.
fn more_white_space(bytes: &[u8], mut at: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(at) {
        at += 1;
    }
    at
}

/// The value starting at `at`, whose first byte is `first`: the index just
/// past it, and its kind.
#[inline(always)]
fn value(bytes: &[u8], at: usize, first: u8, limit: usize) -> Option<(usize, Kind)> {
    match first {
        b'{' => Some((nested(bytes, at, limit)?, Kind::Object)),
        b'[' => Some((nested(bytes, at, limit)?, Kind::Array)),
        _ => scalar(bytes, at, first),
    }
}

/// The value starting at `at`, whose first byte is `first`, when it is no
/// array or object: the index just past it, and its kind.
#[inline(always)]
fn scalar(bytes: &[u8], at: usize, first: u8) -> Option<(usize, Kind)> {
    match first {
        b'"' => {
            let (end, escaped) = string(bytes, at + 1)?;
            Some((end + 1, Kind::String { escaped }))
        }
        b'-' | b'0'..=b'9' => number(bytes, at, first),
        b't' => literal(bytes, at, b"true", Kind::True),
        b'f' => literal(bytes, at, b"false", Kind::False),
        b'n' => literal(bytes, at, b"null", Kind::Null),
        _ => None,
    }
}

/// The literal `word` at `at`: the index just past it.
#[inline(always)]
fn literal(bytes: &[u8], at: usize, word: &[u8], kind: Kind) -> Option<(usize, Kind)> {
    let end = at + word.len();
    match bytes.get(at..end) == Some(word) {
        true => Some((end, kind)),
        false => None,
    }
}

/// The number at `at`, whose first byte is `first`,
/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`: the index just past it
/// and whether it is an integer. A digit after a leading `0` ends the number
/// here, and the caller refuses the digit where it wants a `,` or a closing
/// bracket, as `serde_json` refuses `01`.
#[inline(always)]
fn number(bytes: &[u8], mut at: usize, first: u8) -> Option<(usize, Kind)> {
    let mut digit = first;
    if first == b'-' {
        at += 1;
        digit = *bytes.get(at)?;
    }
    at = match digit {
        b'0' => at + 1,
        b'1'..=b'9' => digits(bytes, at + 1),
        _ => return None,
    };
    match bytes.get(at) {
        Some(b'.' | b'e' | b'E') => Some((fraction(bytes, at)?, Kind::Float)),
        _ => Some((at, Kind::Integer)),
    }
}

/// The fraction and exponent of a number, at `at` (a `.`, an `e` or an `E`):
/// the index just past them.
fn fraction(bytes: &[u8], mut at: usize) -> Option<usize> {
    if bytes.get(at) == Some(&b'.') {
        let start = at + 1;
        at = digits(bytes, start);
        if at == start {
            return None;
        }
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        at += 1;
        if let Some(b'+' | b'-') = bytes.get(at) {
            at += 1;
        }
        let start = at;
        at = digits(bytes, start);
        if at == start {
            return None;
        }
    }
    Some(at)
}

/// The index of the first byte at or after `at` that is not an ASCII digit.
#[inline(always)]
fn digits(bytes: &[u8], mut at: usize) -> usize {
    while let Some(b'0'..=b'9') = bytes.get(at) {
        at += 1;
    }
    at
}

/// The string whose text starts at `at` (just past its opening quote): the
/// index of its closing quote, and whether it has an escape. Refuses a raw
/// control character and an escape JSON does not have; accepts any `\u`
/// escape of four hex digits, paired surrogate or not, as `serde_json` does
/// when it skips a string (`ignore_str`, `ignore_escape`).
#[inline(always)]
fn string(bytes: &[u8], mut at: usize) -> Option<(usize, bool)> {
    let mut escaped = false;
    loop {
        at = special(bytes, at);
        match *bytes.get(at)? {
            b'"' => return Some((at, escaped)),
            b'\\' => {
                escaped = true;
                at = escape(bytes, at + 1)?;
            }
            _ => return None,
        }
    }
}

/// The escape whose letter is at `at` (just past its backslash): the index
/// just past it.
fn escape(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at)? {
        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => Some(at + 1),
        b'u' => {
            hex4(bytes, at + 1)?;
            Some(at + 5)
        }
        _ => None,
    }
}

/// The four hex digits (either case) at `at`, as a number.
fn hex4(bytes: &[u8], at: usize) -> Option<u16> {
    let digits = bytes.get(at..at + 4)?;
    let mut n = 0u16;
    for &digit in digits {
        let value = match digit {
            b'0'..=b'9' => digit - b'0',
            b'a'..=b'f' => digit - b'a' + 10,
            b'A'..=b'F' => digit - b'A' + 10,
            _ => return None,
        };
        n = n << 4 | u16::from(value);
    }
    Some(n)
}

/// Eight copies of a byte.
const fn splat(byte: u8) -> u64 {
    u64::from_ne_bytes([byte; 8])
}

/// The index of the first `"`, `\` or control character (U+0000 to U+001F) at
/// or after `at`, or the length of `bytes`: eight bytes at a time, as
/// `serde_json`'s `skip_to_escape` does, then one at a time near the end.
#[inline(always)]
fn special(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = splat(0x01);
    const HIGH: u64 = splat(0x80);
    while let Some(chunk) = bytes.get(at..at + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let word = u64::from_le_bytes(chunk);
        // The high bit of a byte of each mask is set where the byte is a
        // control character, a quote, a backslash: exactly at the first such
        // byte (a borrow can only flag bytes after a true one).
        let control = word.wrapping_sub(splat(0x20)) & !word;
        let quote = word ^ splat(b'"');
        let quote = quote.wrapping_sub(ONES) & !quote;
        let backslash = word ^ splat(b'\\');
        let backslash = backslash.wrapping_sub(ONES) & !backslash;
        let found = (control | quote | backslash) & HIGH;
        if found != 0 {
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while let Some(&byte) = bytes.get(at) {
        if byte == b'"' || byte == b'\\' || byte < 0x20 {
            break;
        }
        at += 1;
    }
    at
}

/// The most arrays and objects a member's value may nest: the body's object is
/// the first level of [`MAX_DEPTH`].
const VALUE_DEPTH: usize = MAX_DEPTH - 1;

// One bit per open level, in a `u128`: no allocation.
const _: () = assert!(VALUE_DEPTH <= u128::BITS as usize);

/// The array or object starting at `at` (its opening bracket), whole: the
/// index just past its closing bracket. Validates everything inside as
/// [`object`] validates the top level, without recursion: the open levels are
/// bits of a `u128` (set for an object), the depth a counter.
fn nested(bytes: &[u8], mut at: usize, limit: usize) -> Option<usize> {
    let mut objects: u128 = 0;
    let mut depth = 0usize;
    let mut first = *bytes.get(at)?;
    loop {
        // `at` is at a value, `first` its first byte.
        let mut end = match first {
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return None;
                }
                let object = first == b'{';
                objects = objects << 1 | u128::from(object);
                let (next, byte) = token(bytes, at + 1)?;
                let close = if object { b'}' } else { b']' };
                if byte != close {
                    (at, first) = match object {
                        true => member_key(bytes, next, byte)?,
                        false => (next, byte),
                    };
                    continue;
                }
                // Empty: closed at once, below.
                depth -= 1;
                objects >>= 1;
                if depth == 0 {
                    return Some(next + 1);
                }
                next + 1
            }
            _ => scalar(bytes, at, first)?.0,
        };
        // After a value: close levels until a comma.
        loop {
            let (close, byte) = token(bytes, end)?;
            let object = objects & 1 == 1;
            match byte {
                b',' => {
                    let (next, byte) = token(bytes, close + 1)?;
                    (at, first) = match object {
                        true => member_key(bytes, next, byte)?,
                        false => (next, byte),
                    };
                    break;
                }
                b'}' if object => {}
                b']' if !object => {}
                _ => return None,
            }
            depth -= 1;
            objects >>= 1;
            if depth == 0 {
                return Some(close + 1);
            }
            end = close + 1;
        }
    }
}

/// The key and colon of a member of a nested object, at `at`, whose first
/// byte is `first`: the index of its value and the value's first byte. Its
/// escapes are checked, not decoded: `serde_json` skips a nested object's keys
/// as it skips strings.
fn member_key(bytes: &[u8], at: usize, first: u8) -> Option<(usize, u8)> {
    if first != b'"' {
        return None;
    }
    let (end, _) = string(bytes, at + 1)?;
    let Some((colon, b':')) = token(bytes, end + 1) else {
        return None;
    };
    token(bytes, colon + 1)
}

/// The text of a JSON string whose quotes are removed, its escapes decoded as
/// `serde_json` decodes a string it returns (`parse_str`): `None` for an escape
/// it refuses, which includes a `\u` escape of a surrogate that is not a
/// leading surrogate followed at once by a `\u` escape of a trailing one.
pub(crate) fn decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut text = String::with_capacity(raw.len());
    let mut start = 0;
    while let Some(offset) = bytes.get(start..)?.iter().position(|&b| b == b'\\') {
        let backslash = start + offset;
        text.push_str(raw.get(start..backslash)?);
        let mut at = backslash + 2;
        let decoded = match *bytes.get(backslash + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = hex4(bytes, at)?;
                at += 4;
                match first {
                    0xD800..=0xDBFF => {
                        if bytes.get(at..at + 2) != Some(b"\\u") {
                            return None;
                        }
                        let second = hex4(bytes, at + 2)?;
                        at += 6;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return None;
                        }
                        let high = u32::from(first - 0xD800) << 10;
                        char::from_u32((high | u32::from(second - 0xDC00)) + 0x1_0000)?
                    }
                    // A trailing surrogate alone; every other value is a char.
                    _ => char::from_u32(u32::from(first))?,
                }
            }
            _ => return None,
        };
        text.push(decoded);
        start = at;
    }
    text.push_str(raw.get(start..)?);
    Some(text)
}

#[cfg(test)]
mod tests {
    use std::fmt;

    use proptest::prelude::*;
    use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
    use serde_json::value::RawValue;

    use super::*;
    use crate::body::limits::too_deep;

    /// A member as this test compares it: the key, whether it was borrowed,
    /// the value's text.
    type Member = (String, bool, String);

    /// What `serde_json` reads of `text` as a map of keys to borrowed raw values,
    /// as the readers' `serde_json` scan reads it: the members in order,
    /// duplicates kept, or `None` where it refuses the text.
    fn serde_members(text: &str) -> Option<Vec<Member>> {
        struct Members;
        struct Key;
        impl<'de> Visitor<'de> for Members {
            type Value = Vec<Member>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<Member>, A::Error> {
                let mut members = Vec::new();
                while let Some(key) = map.next_key_seed(Key)? {
                    let value = map.next_value::<&'de RawValue>()?;
                    let (key, borrowed) = match key {
                        Cow::Borrowed(key) => (key.to_owned(), true),
                        Cow::Owned(key) => (key, false),
                    };
                    members.push((key, borrowed, value.get().to_owned()));
                }
                Ok(members)
            }
        }
        impl<'de> DeserializeSeed<'de> for Key {
            type Value = Cow<'de, str>;
            fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
                d.deserialize_str(self)
            }
        }
        impl<'de> Visitor<'de> for Key {
            type Value = Cow<'de, str>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
                Ok(Cow::Borrowed(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
                Ok(Cow::Owned(v.to_owned()))
            }
        }
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let members = deserializer.deserialize_map(Members).ok()?;
        deserializer.end().ok()?;
        Some(members)
    }

    /// What the scanner reads of `text`.
    fn scanned(text: &str) -> Option<Vec<(Cow<'_, str>, Value<'_>)>> {
        let mut members = Vec::new();
        object(text, |key, value| members.push((key, value)))?;
        Some(members)
    }

    /// How `serde_json`'s `deserialize_any` visits the scalar `json`.
    #[derive(Debug, PartialEq)]
    enum Visited {
        Number(Number),
        Str(String),
        Bool(bool),
        Null,
    }

    fn visit_scalar(json: &str) -> Option<Visited> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Visited;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a scalar")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Visited, E> {
                Ok(Visited::Number(Number::U64(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Visited, E> {
                Ok(Visited::Number(Number::I64(v)))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Visited, E> {
                Ok(Visited::Number(Number::F64))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Visited, E> {
                Ok(Visited::Str(v.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Visited, E> {
                Ok(Visited::Bool(v))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Visited, E> {
                Ok(Visited::Null)
            }
            // A number `serde_json` gives as a map, with `arbitrary_precision`.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Visited, A::Error> {
                match crate::serde::number_in(&mut map)? {
                    Some(number) => number.visit(self),
                    None => Err(de::Error::custom("an object")),
                }
            }
        }
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let visited = deserializer.deserialize_any(Any).ok()?;
        deserializer.end().ok()?;
        Some(visited)
    }

    /// Checks what the scanner reads of `value` against what `serde_json` reads
    /// of its text: its kind, its text as a string, its number.
    fn check_value(value: &Value<'_>) {
        let json = value.json;
        let visited = visit_scalar(json);
        match value.kind {
            Kind::String { escaped } => {
                assert_eq!(escaped, json.contains('\\'), "{json}");
                let decoded = serde_json::from_str::<String>(json).ok();
                let text = value.text();
                assert_eq!(text.as_deref(), decoded.as_deref(), "{json}");
                assert_eq!(matches!(text, Some(Cow::Borrowed(_))), !escaped, "{json}");
                // A string `serde_json` cannot decode is only one with a
                // surrogate escape.
                assert!(decoded.is_some() || json.to_ascii_lowercase().contains("\\ud"));
                if let Some(decoded) = decoded {
                    assert_eq!(visited, Some(Visited::Str(decoded)), "{json}");
                }
            }
            Kind::Integer | Kind::Float => {
                let float = json.contains(['.', 'e', 'E']);
                assert_eq!(value.kind == Kind::Float, float, "{json}");
                let number = value.number().expect("a number");
                match visited {
                    // Beyond `f64::MAX`: `serde_json` refuses it when it
                    // reads the number, not when it skips it.
                    None if number == Number::F64 => {
                        let error = serde_json::from_str::<f64>(json).unwrap_err();
                        assert!(error.to_string().contains("out of range"), "{json}");
                    }
                    _ => assert_eq!(visited, Some(Visited::Number(number)), "{json}"),
                }
            }
            Kind::True => assert_eq!(visited, Some(Visited::Bool(true))),
            Kind::False => assert_eq!(visited, Some(Visited::Bool(false))),
            Kind::Null => assert_eq!(visited, Some(Visited::Null)),
            Kind::Object => assert!(json.starts_with('{') && json.ends_with('}'), "{json}"),
            Kind::Array => assert!(json.starts_with('[') && json.ends_with(']'), "{json}"),
        }
        if !matches!(value.kind, Kind::String { .. }) {
            assert_eq!(value.text(), None);
        }
        if !matches!(value.kind, Kind::Integer | Kind::Float) {
            assert_eq!(value.number(), None);
        }
    }

    /// The contract on `text`: the scanner reads it when, and only when,
    /// `serde_json` reads it and no member nests deeper than `too_deep` allows,
    /// and then reads the same members, each value of its kind. Returns
    /// whether it read it.
    fn check(text: &str) -> bool {
        let expected = serde_members(text)
            .filter(|members| !members.iter().any(|(_, _, value)| too_deep(value)));
        let scanned = scanned(text);
        let Some(scanned) = scanned else {
            assert_eq!(expected, None, "the scanner refuses {text:?}");
            return false;
        };
        let members: Vec<Member> = scanned
            .iter()
            .map(|(key, value)| {
                let borrowed = matches!(key, Cow::Borrowed(_));
                (key.to_string(), borrowed, value.json.to_owned())
            })
            .collect();
        assert_eq!(Some(members), expected, "{text:?}");
        for (_, value) in &scanned {
            check_value(value);
        }
        true
    }

    /// Checks that [`object_with`] reads what [`object`] reads of `text`, and
    /// before each member named `name` whose value is an object, that
    /// object's members as `serde_json` reads them; it refuses only where
    /// `serde_json` cannot decode one of their keys (the nested object's
    /// depth is bounded by the body's).
    fn check_nested(text: &str, name: &str) {
        let mut events = Vec::new();
        let read = object_with(text, Some(name), |inner, key, value| {
            if inner {
                check_value(&value);
            }
            events.push((inner, key.into_owned(), value.json.to_owned()));
        });
        let Some(plain) = scanned(text) else {
            assert_eq!(read, None, "{text:?}");
            return;
        };
        let mut expected = Vec::new();
        let mut decodable = true;
        for (key, value) in &plain {
            if key == name && value.kind == Kind::Object {
                match serde_members(value.json) {
                    Some(members) => {
                        expected.extend(members.into_iter().map(|(key, _, json)| (true, key, json)))
                    }
                    None => decodable = false,
                }
            }
            expected.push((false, key.to_string(), value.json.to_owned()));
        }
        match read {
            Some(()) => assert_eq!(events, expected, "{text:?}"),
            None => assert!(!decodable, "{text:?}"),
        }
    }

    #[test]
    fn nested_members_are_read_in_the_same_pass() {
        for (text, name) in [
            (
                r#"{"code":"FAILED","data":{"code":"REPEAT_BIZ","message":"m"}}"#,
                "data",
            ),
            (
                r#"{"data":{"a":{"b":[1,{"c":null}]},"a":2},"data":null,"data":{}}"#,
                "data",
            ),
            (r#"{"data":[{"code":1}],"x":{"code":2}}"#, "data"),
            (r#"{"d\u0061ta":{"k\u00e9y":"v\n"}}"#, "data"),
            (r#"{"data":{"\ud800":1}}"#, "data"),
            (r#"{"data":{"code":"a\ud800"}}"#, "data"),
            (r#"{"data":{"code":1,}}"#, "data"),
            (r#"{"data":{"code" 1}}"#, "data"),
            (r#"{"data":{"code":01}}"#, "data"),
            (r#" { "data" : { "code" : 1 , "m" : [ ] } } "#, "data"),
            (r#"{"data":{}}"#, "data"),
        ] {
            check_nested(text, name);
        }
        let mut inner = Vec::new();
        object_with(
            r#"{"data":{"code":"REPEAT_BIZ"},"data":{"message":"m"}}"#,
            Some("data"),
            |nested, key, _| {
                inner.push((nested, key.into_owned()));
            },
        )
        .expect("an object");
        let names = |list: &[(bool, &str)]| {
            list.iter()
                .map(|(n, k)| (*n, (*k).to_owned()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            inner,
            names(&[
                (true, "code"),
                (false, "data"),
                (true, "message"),
                (false, "data")
            ])
        );
        // A nested object's values nest one level less than the body's.
        let deepest = |depth: usize| {
            format!(
                r#"{{"data":{{"x":{}{}}}}}"#,
                "[".repeat(depth),
                "]".repeat(depth)
            )
        };
        assert!(object_with(&deepest(VALUE_DEPTH - 1), Some("data"), |_, _, _| {}).is_some());
        assert!(object_with(&deepest(VALUE_DEPTH), Some("data"), |_, _, _| {}).is_none());
        assert!(object(&deepest(VALUE_DEPTH - 1), |_, _| {}).is_some());
        assert!(object(&deepest(VALUE_DEPTH), |_, _| {}).is_none());
    }

    #[test]
    fn each_grammar_rule_as_serde_json_applies_it() {
        let cases: &[(&str, bool)] = &[
            ("{}", true),
            (" {\"a\":1} ", true),
            ("\t\r\n{ \"a\" :\n1 ,\"b\"\t:\r2 }\n", true),
            ("{\"a\":1,}", false),
            ("{,}", false),
            ("{\"a\":1,,\"b\":2}", false),
            ("{\"a\" 1}", false),
            ("{\"a\"}", false),
            ("{\"a\":}", false),
            ("{a:1}", false),
            ("{'a':1}", false),
            ("{1:1}", false),
            ("{\"a\":1 \"b\":2}", false),
            ("{\"a\":01}", false),
            ("{\"a\":-01}", false),
            ("{\"a\":00}", false),
            ("{\"a\":-}", false),
            ("{\"a\":+1}", false),
            ("{\"a\":1.}", false),
            ("{\"a\":.5}", false),
            ("{\"a\":1e}", false),
            ("{\"a\":1e+}", false),
            ("{\"a\":1.e5}", false),
            ("{\"a\":0x10}", false),
            ("{\"a\":1.5.5}", false),
            ("{\"a\":tru}", false),
            ("{\"a\":True}", false),
            ("{\"a\":nul}", false),
            ("{\"a\":nulll}", false),
            ("{\"a\":NaN}", false),
            ("{\"a\":\"\\u00zz\"}", false),
            ("{\"a\":\"\\u00e\"}", false),
            ("{\"a\":\"\\x41\"}", false),
            ("{\"a\":\"\\'\"}", false),
            ("{\"a\":\"x\ny\"}", false),
            ("{\"a\":\"x\ty\"}", false),
            ("{\"a\":\"x\u{1f}y\"}", false),
            ("{\"a\":\"x\u{7f}y\"}", true),
            ("{\"a\":\"\u{85}\u{2028}\"}", true),
            ("{\"a\":\"\\ud800\"}", true),
            ("{\"a\":\"\\udc00\\ud800\"}", true),
            ("{\"a\":[\"\\ud800\"]}", true),
            ("{\"\\ud800\":1}", false),
            ("{\"\\udc00\":1}", false),
            ("{\"\\ud800\\n\":1}", false),
            ("{\"\\ud800\\ud800\":1}", false),
            ("{\"\\ud83d\\ude00\":1}", true),
            ("{\"\\uD83D\\uDE00\":1}", true),
            ("{\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u0041\\u00E9\":1}", true),
            ("{\"\\u0000\":\"\\u0000\"}", true),
            ("[1]", false),
            ("\"s\"", false),
            ("1", false),
            ("null", false),
            ("", false),
            ("   ", false),
            ("{", false),
            ("{\"a\":1", false),
            ("{\"a", false),
            ("{\"a\":\"b", false),
            ("{\"a\":\"b\\", false),
            ("{\"a\":[1,2", false),
            ("{\"a\":1}x", false),
            ("{\"a\":1}}", false),
            ("{\"a\":1}{}", false),
            ("{\"a\":1}\u{a0}", false),
            ("\u{feff}{\"a\":1}", false),
            ("{\"a\":1}\u{0}", false),
            ("{\"a\":1}\u{b}", false),
            ("{\"a\":{\"b\":[1,{\"c\":null}]}}", true),
            ("{\"a\":[]}", true),
            ("{\"a\":[ ]}", true),
            ("{\"a\":{ }}", true),
            ("{\"a\":[,]}", false),
            ("{\"a\":[1,]}", false),
            ("{\"a\":[,1]}", false),
            ("{\"a\":[1 2]}", false),
            ("{\"a\":{\"b\":1,}}", false),
            ("{\"a\":{\"b\"}}", false),
            ("{\"a\":{\"b\":}}", false),
            ("{\"a\":{1:2}}", false),
            ("{\"a\":[}", false),
            ("{\"a\":{]}", false),
            ("{\"a\":[[]]]}", false),
            ("{\"a\":[{}}]}", false),
            ("{\"a\":[1}}", false),
            ("{\"a\":[[1}]}", false),
            ("{\"a\":{\"b\":1]}", false),
            ("{\"a\":{\"b\":[1]]}", false),
            ("{\"a\":[1],\"a\":2}", true),
            (
                "{\"n\":[0,-0,12,-12,1.5,-1.5e10,1E+2,1e-2,0.0,18446744073709551615,\
                 18446744073709551616,-9223372036854775808,-9223372036854775809]}",
                true,
            ),
            ("{\"u\":\"h\u{e9}llo \u{4e16}\u{754c} \u{1f600}\"}", true),
        ];
        for &(text, accepted) in cases {
            let expected = serde_members(text).is_some();
            assert_eq!(expected, accepted, "serde_json's verdict on {text:?}");
            assert_eq!(check(text), accepted, "{text:?}");
        }
    }

    #[test]
    fn values_keep_their_text_and_kind() {
        let text = r#" { "s" : "a\"b" , "t":true,"f":false,"n":null,"i":-12,"x":1.5e3,"o":{ "k" : [ ] } ,"a":[1, "]"] } "#;
        let members = scanned(text).expect("an object");
        let seen: Vec<(&str, &str, Kind)> = members
            .iter()
            .map(|(key, value)| (&**key, value.json, value.kind))
            .collect();
        assert_eq!(
            seen,
            [
                ("s", r#""a\"b""#, Kind::String { escaped: true }),
                ("t", "true", Kind::True),
                ("f", "false", Kind::False),
                ("n", "null", Kind::Null),
                ("i", "-12", Kind::Integer),
                ("x", "1.5e3", Kind::Float),
                ("o", r#"{ "k" : [ ] }"#, Kind::Object),
                ("a", r#"[1, "]"]"#, Kind::Array),
            ]
        );
        assert!(check(text));
    }

    #[test]
    fn text_is_borrowed_without_escapes_and_decoded_with_them() {
        let value = |json| Value {
            json,
            kind: Kind::String {
                escaped: json.contains('\\'),
            },
        };
        assert!(matches!(
            value(r#""plain""#).text(),
            Some(Cow::Borrowed("plain"))
        ));
        assert_eq!(
            value(r#""a\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00""#)
                .text()
                .as_deref(),
            Some("a\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{1f600}")
        );
        for lone in [
            r#""\ud800""#,
            r#""\udc00""#,
            r#""\ud800x""#,
            r#""\ud800\n""#,
        ] {
            assert_eq!(value(lone).text(), None, "{lone}");
            assert!(serde_json::from_str::<String>(lone).is_err(), "{lone}");
        }
        let number = Value {
            json: "1",
            kind: Kind::Integer,
        };
        assert_eq!(number.text(), None);
    }

    #[test]
    fn numbers_are_what_serde_json_visits() {
        let cases = [
            ("0", Number::U64(0)),
            ("4115", Number::U64(4115)),
            ("18446744073709551615", Number::U64(u64::MAX)),
            ("18446744073709551616", Number::F64),
            ("99999999999999999999", Number::F64),
            ("-1", Number::I64(-1)),
            ("-9223372036854775808", Number::I64(i64::MIN)),
            ("-9223372036854775809", Number::F64),
            ("-18446744073709551615", Number::F64),
            ("-18446744073709551616", Number::F64),
            ("-0", Number::F64),
            ("1.0", Number::F64),
            ("1e2", Number::F64),
            ("-0.5E-3", Number::F64),
            ("1e400", Number::F64),
        ];
        for (json, expected) in cases {
            let text = format!("{{\"n\":{json}}}");
            let members = scanned(&text).expect("an object");
            let value = members[0].1;
            assert_eq!(value.json, json);
            assert_eq!(value.number(), Some(expected), "{json}");
            check_value(&value);
        }
        let string = Value {
            json: "\"1\"",
            kind: Kind::String { escaped: false },
        };
        assert_eq!(string.number(), None);
    }

    /// `{"k": VALUE}` where VALUE nests `depth` levels (the body's object
    /// aside) in one of several ways, with strings holding brackets, quotes
    /// and backslashes between them.
    fn nesting(depth: usize, way: usize) -> String {
        let mut open = String::new();
        let mut close = String::new();
        for level in 0..depth {
            let object = match way {
                0 => false,
                1 => true,
                _ => level % 2 == 1,
            };
            let filler = match way {
                2 => r#""[{\"\\", "#,
                3 => r#""]}", 1, "#,
                _ => "",
            };
            match object {
                true => {
                    open.push_str(&format!(r#"{{"[{{\"":0, "k{level}" : "#));
                    close.insert(0, '}');
                }
                false => {
                    open.push('[');
                    open.push_str(filler);
                    close.insert_str(0, " ]");
                }
            }
        }
        format!("{{\"k\":{open}null{close}}}")
    }

    #[test]
    fn depth_is_bounded_as_too_deep_bounds_it() {
        for way in 0..4 {
            for depth in MAX_DEPTH - 3..=MAX_DEPTH + 2 {
                let text = nesting(depth, way);
                assert!(serde_members(&text).is_some(), "{text}");
                let read = check(&text);
                // The value nests `depth` levels below the body's object.
                assert_eq!(read, depth < MAX_DEPTH, "depth {depth}, way {way}");
                let value = text
                    .strip_prefix("{\"k\":")
                    .and_then(|t| t.strip_suffix('}'))
                    .unwrap();
                assert_eq!(read, !too_deep(value), "depth {depth}, way {way}");
            }
        }
    }

    #[test]
    fn a_megabyte_of_brackets_is_refused_deep_and_read_flat() {
        for bracket in ["[", "{\"a\":"] {
            let text = format!("{{\"a\":{}", bracket.repeat(super::super::MAX_BODY_LEN));
            assert_eq!(object(&text, |_, _| {}), None);
        }
        // A megabyte that is valid: thousands of values nested to just within
        // the bound, one after another, in one member and in many.
        let deep = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let values = vec![deep(VALUE_DEPTH - 1); super::super::MAX_BODY_LEN / (2 * VALUE_DEPTH)];
        let one = format!("{{\"a\":[{}]}}", values.join(","));
        assert!(check(&one));
        let members: Vec<String> = (values.iter().enumerate())
            .map(|(at, value)| format!("\"m{at}\":{value}"))
            .collect();
        let many = format!("{{{}}}", members.join(","));
        let mut count = 0;
        assert_eq!(object(&many, |_, _| count += 1), Some(()));
        assert_eq!(count, values.len());
    }

    /// The bodies of `tests/corpus`.
    fn corpus() -> Vec<(String, Vec<u8>)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut bodies = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".json") || name.ends_with(".txt") {
                bodies.push((name, std::fs::read(&path).unwrap()));
            }
        }
        bodies.sort();
        bodies
    }

    #[test]
    fn every_object_of_the_corpus_is_scanned() {
        let bodies = corpus();
        assert!(bodies.len() >= 80, "{} bodies", bodies.len());
        let mut objects = 0;
        for (name, body) in bodies {
            let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&body);
            let Ok(text) = std::str::from_utf8(body) else {
                continue;
            };
            let is_object = serde_members(text).is_some();
            assert_eq!(check(text), is_object, "{name}");
            objects += usize::from(is_object);
        }
        // Most of the corpus is JSON objects; the rest is text, HTML, a bare
        // string or a number.
        assert!(objects >= 60, "{objects} objects");
    }

    /// The bodies of the benches (`benches/support/plain.rs`): each
    /// `pub const NAME: &[u8] = br#"…"#` (or `r#"…"#.as_bytes()`) of the file.
    fn bench_bodies() -> Vec<(String, String)> {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/support/plain.rs");
        let source = std::fs::read_to_string(path).unwrap();
        source
            .lines()
            .filter_map(|line| {
                let rest = line.strip_prefix("pub const ")?;
                let (name, rest) = rest.split_once(": &[u8] = ")?;
                let (_, body) = rest.split_once("r#\"")?;
                let (body, _) = body.rsplit_once("\"#")?;
                Some((name.to_owned(), body.to_owned()))
            })
            .collect()
    }

    #[test]
    fn every_bench_body_is_scanned() {
        let bodies = bench_bodies();
        assert_eq!(bodies.len(), 6, "{bodies:?}");
        for (name, body) in bodies {
            assert!(check(&body), "{name}");
        }
    }

    /// Characters for keys and strings: what JSON escapes, what breaks a
    /// naive scanner, and text beyond ASCII.
    fn chars() -> impl Strategy<Value = char> {
        prop_oneof![
            3 => prop::char::range('a', 'e'),
            1 => prop::sample::select(vec![
                '"', '\\', '/', '\n', '\r', '\t', '\u{0}', '\u{1f}', '\u{7f}', '[', ']', '{',
                '}', ',', ':', ' ', '\u{e9}', '\u{4e16}', '\u{1f600}', '\u{feff}', '\u{2028}',
            ]),
            1 => any::<char>(),
        ]
    }

    fn strings() -> impl Strategy<Value = String> {
        prop::collection::vec(chars(), 0..12).prop_map(|chars| chars.into_iter().collect())
    }

    /// JSON values as `serde_json` builds them, nesting up to six levels.
    fn json_values() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value as Json;
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<i64>().prop_map(Json::from),
            any::<u64>().prop_map(Json::from),
            any::<f64>().prop_map(Json::from),
            strings().prop_map(Json::String),
        ];
        leaf.prop_recursive(6, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
                prop::collection::vec((strings(), inner), 0..6)
                    .prop_map(|members| Json::Object(members.into_iter().collect())),
            ]
        })
    }

    fn json_objects() -> impl Strategy<Value = serde_json::Value> {
        prop::collection::vec((strings(), json_values()), 0..6)
            .prop_map(|members| serde_json::Value::Object(members.into_iter().collect()))
    }

    /// JSON text written by hand: the white space, escapes and number forms a
    /// serializer never writes, lone surrogates included.
    fn json_text() -> impl Strategy<Value = String> {
        let space = prop::sample::select(vec!["", "", "", " ", "\n  ", "\t", "\r\n"]);
        let piece = prop_oneof![
            3 => chars()
                .prop_filter("no quote, backslash or control", |c| {
                    *c != '"' && *c != '\\' && !c.is_ascii_control()
                })
                .prop_map(String::from),
            1 => prop::sample::select(vec![
                r#"\""#, r"\\", r"\/", r"\b", r"\f", r"\n", r"\r", r"\t", r"\u00e9",
                r"\u00E9", r"\uD83D\uDE00", r"\ud83d\ude00", r"\ud800", r"\udc00",
                r"\ud800\n", r"\ud800\ud800", r"\u0000", r"\u001F",
            ])
            .prop_map(String::from),
        ];
        let string = prop::collection::vec(piece, 0..6).prop_map(|p| format!("\"{}\"", p.concat()));
        let number = "-?(0|[1-9][0-9]{0,21})(\\.[0-9]{1,3})?([eE][+-]?[0-9]{1,3})?";
        let leaf = prop_oneof![
            string.clone(),
            number,
            prop::sample::select(vec!["true", "false", "null"]).prop_map(String::from),
        ];
        let value = leaf.prop_recursive(6, 48, 5, move |inner| {
            let item = (space.clone(), inner, space.clone());
            let item = item.prop_map(|(a, v, b)| format!("{a}{v}{b}"));
            let member = (string.clone(), space.clone(), item.clone());
            let member = member.prop_map(|(k, s, v)| format!("{k}{s}:{v}"));
            prop_oneof![
                prop::collection::vec(item, 0..5)
                    .prop_map(|items| format!("[{}]", items.join(","))),
                prop::collection::vec(member, 0..5)
                    .prop_map(|members| format!("{{{}}}", members.join(","))),
            ]
        });
        value.prop_filter_map("an object", |text| text.starts_with('{').then_some(text))
    }

    /// A byte change: drop, insert or replace the byte at a position.
    #[derive(Clone, Debug)]
    enum Change {
        Drop(prop::sample::Index),
        Insert(prop::sample::Index, u8),
        Replace(prop::sample::Index, u8),
    }

    fn changes() -> impl Strategy<Value = Vec<Change>> {
        let byte = prop_oneof![
            prop::sample::select(b"\"\\{}[],: \n0-.eEu+tfnl\x01\x1fa".to_vec()),
            any::<u8>(),
        ];
        let change = prop_oneof![
            any::<prop::sample::Index>().prop_map(Change::Drop),
            (any::<prop::sample::Index>(), byte.clone()).prop_map(|(i, b)| Change::Insert(i, b)),
            (any::<prop::sample::Index>(), byte).prop_map(|(i, b)| Change::Replace(i, b)),
        ];
        prop::collection::vec(change, 1..3)
    }

    /// `text` with `changes` made, as text (an invalid UTF-8 sequence made is
    /// replaced, the scanner's input being UTF-8).
    fn changed(text: &str, changes: &[Change]) -> String {
        let mut bytes = text.as_bytes().to_vec();
        for change in changes {
            match change {
                Change::Drop(i) if !bytes.is_empty() => {
                    bytes.remove(i.index(bytes.len()));
                }
                Change::Insert(i, b) => bytes.insert(i.index(bytes.len() + 1), *b),
                Change::Replace(i, b) if !bytes.is_empty() => {
                    let i = i.index(bytes.len());
                    bytes[i] = *b;
                }
                _ => {}
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn serialized_objects_scan_as_serde_json_reads_them(
            object in json_objects(),
            changes in changes(),
        ) {
            for text in [
                serde_json::to_string(&object).unwrap(),
                serde_json::to_string_pretty(&object).unwrap(),
            ] {
                prop_assert!(check(&text), "{}", text);
                let name = object.as_object().and_then(|o| o.keys().next()).map_or("data", String::as_str);
                check_nested(&text, name);
                let changed = changed(&text, &changes);
                check(&changed);
                check_nested(&changed, name);
            }
        }

        #[test]
        fn written_objects_scan_as_serde_json_reads_them(
            text in json_text(),
            space in prop::sample::select(vec!["", " ", "\n", "\t\r\n "]),
            changes in changes(),
        ) {
            let text = format!("{space}{text}{space}");
            prop_assert_eq!(check(&text), serde_members(&text).is_some(), "{}", text);
            check_nested(&text, "data");
            check(&changed(&text, &changes));
        }

        #[test]
        fn arbitrary_text_never_passes_what_serde_json_refuses(text in "[{}\\[\\]\":,\\\\0-9a-fnrtule.+ -]{0,40}") {
            check(&text);
        }

        #[test]
        fn nesting_near_the_bound_is_refused_as_too_deep_refuses_it(
            objects in prop::collection::vec(any::<bool>(), MAX_DEPTH - 4..MAX_DEPTH + 3),
            filler in prop::sample::select(vec!["", r#""[\"{\\""#, "1", r#""]}""#]),
        ) {
            let mut open = String::new();
            let mut close = String::new();
            for (level, &object) in objects.iter().enumerate() {
                if object {
                    open.push_str(&format!(r#"{{"k{level}":"#));
                    close.insert(0, '}');
                } else {
                    open.push('[');
                    if !filler.is_empty() {
                        open.push_str(filler);
                        open.push(',');
                    }
                    close.insert(0, ']');
                }
            }
            let value = format!("{open}{filler}{close}");
            let value = if filler.is_empty() { format!("{open}null{close}") } else { value };
            let text = format!(r#"{{"a":1,"deep":{value},"z":2}}"#);
            prop_assert_eq!(check(&text), !too_deep(&value));
            prop_assert_eq!(check(&text), objects.len() < MAX_DEPTH);
        }
    }
}
