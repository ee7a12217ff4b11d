//! Reads a body's JSON object field by field with `serde_json`, keeping each
//! problem typed until `serde_json` has added where it is.
//!
//! Each platform declares the fields it reads and the type each must have (a
//! [`Want`]); one reader, the same for every platform, reads them into a
//! [`Record`] and keeps every other field raw in [`Fields`]. (One reader, not a
//! `Deserialize` per platform: generic code is compiled once per type, and the
//! crate's compile time is part of its cost to every user.) A problem is
//! recorded in the [`Context`] and returned as a `serde_json` error, which
//! carries its position; [`parse`] joins the two into a [`BodyError`].

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::{BodyError, Fields, MAX_DEPTH, limits};
use crate::Code;

/// A problem found by a seed, before its position is known.
#[derive(Debug)]
pub(crate) enum Problem {
    WrongType {
        field: String,
        expected: &'static str,
        found: String,
    },
    OutOfRange {
        field: String,
        value: String,
        expected: &'static str,
    },
    Duplicate {
        field: String,
    },
    NotAnObject {
        found: &'static str,
    },
    TooDeep {
        field: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::WrongType {
                field,
                expected,
                found,
            } => write!(f, "`{field}` is {found}, but must be {expected}"),
            Problem::OutOfRange {
                field,
                value,
                expected,
            } => write!(
                f,
                "`{field}` is {value}, out of range: it must be {expected}"
            ),
            Problem::Duplicate { field } => write!(f, "`{field}` appears twice"),
            Problem::NotAnObject { found } => write!(f, "the body is {found}, not a JSON object"),
            Problem::TooDeep { field } => {
                write!(f, "`{field}` nests deeper than {MAX_DEPTH} levels")
            }
        }
    }
}

/// Where the seeds of one parse record their problem.
#[derive(Default)]
pub(crate) struct Context {
    problem: Cell<Option<Problem>>,
}

impl Context {
    /// Records `problem` and returns the error that stops the parse; its message
    /// is the problem's, so a caller going through `serde` alone reads it too.
    fn fail<E: de::Error>(&self, problem: Problem) -> E {
        let error = E::custom(&problem);
        self.problem.set(Some(problem));
        error
    }

    /// The [`BodyError`] for `error`, located where `serde_json` stopped.
    pub(crate) fn body_error(&self, error: serde_json::Error) -> BodyError {
        let (line, column) = (error.line(), error.column());
        match self.problem.take() {
            Some(Problem::WrongType {
                field,
                expected,
                found,
            }) => BodyError::WrongType {
                field,
                expected,
                found,
                line,
                column,
            },
            Some(Problem::OutOfRange {
                field,
                value,
                expected,
            }) => BodyError::OutOfRange {
                field,
                value,
                expected,
                line,
                column,
            },
            Some(Problem::Duplicate { field }) => BodyError::DuplicateField {
                field,
                line,
                column,
            },
            Some(Problem::NotAnObject { found }) => BodyError::NotAnObject { found },
            Some(Problem::TooDeep { field }) => BodyError::TooDeep {
                field,
                limit: MAX_DEPTH,
                line,
                column,
            },
            None if error.is_eof() => BodyError::Truncated { line, column },
            None => {
                let text = error.to_string();
                let position = format!(" at line {line} column {column}");
                BodyError::Syntax {
                    reason: text.strip_suffix(&position).unwrap_or(&text).to_owned(),
                    line,
                    column,
                }
            }
        }
    }
}

/// The most fields a platform's object reads itself.
pub(crate) const MAX_FIELDS: usize = 12;

/// A field a platform reads itself: its name and the type it must have.
pub(crate) type Field = (&'static str, Want);

/// An object of a body: the fields it reads itself, and the typed value it
/// makes of what was read.
pub(crate) trait Object: Sized {
    /// The fields the object reads itself, at most [`MAX_FIELDS`]; the others are
    /// kept raw.
    const FIELDS: &'static [Field];

    /// Fields the platform's bodies carry that the object keeps raw (`kind`,
    /// `data`): their names are borrowed, not copied.
    const KEPT: &'static [&'static str] = &[];

    /// The object, from the values read for [`Object::FIELDS`].
    fn from_record(record: &mut Record) -> Self;
}

/// Parses `body`, checked against the limits, as the object `O`, keeping the
/// fields it does not read in [`Fields`].
pub(crate) fn parse<O: Object>(body: &[u8]) -> Result<(O, Fields), BodyError> {
    let mut record = Record::default();
    let fields = parse_record(body, known::<O>(), O::KEPT, &mut record)?;
    Ok((O::from_record(&mut record), fields))
}

/// [`Object::FIELDS`] of `O`, checked at compile time to fit in a [`Record`]
/// (and in the 64 bits of the duplicate check).
pub(crate) const fn known<O: Object>() -> &'static [Field] {
    const {
        assert!(
            O::FIELDS.len() <= MAX_FIELDS,
            "an object reads more fields than a Record holds"
        )
    };
    O::FIELDS
}

/// What [`parse`] does for any object, one function for every platform: reads
/// into `record`, which the caller owns (it is a few hundred bytes, which
/// returning would copy at each of `serde_json`'s layers).
fn parse_record(
    body: &[u8],
    known: &'static [Field],
    kept: &'static [&'static str],
    record: &mut Record,
) -> Result<Fields, BodyError> {
    limits::check_size(body)?;
    if body.trim_ascii().is_empty() {
        return Err(BodyError::Empty);
    }
    let context = Context::default();
    let mut fields = Fields::default();
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    ObjectSeed::new(&context, known, kept, record, &mut fields)
        .deserialize(&mut deserializer)
        .and_then(|()| deserializer.end())
        .map_err(|error| context.body_error(error))?;
    Ok(fields)
}

/// The values read for an object's fields, by their index in
/// [`Object::FIELDS`]. Each value has the kind its field's [`Want`] reads; an
/// accessor of another kind is a mistake in the platform's `from_record`, which
/// debug builds (the tests, the fuzz targets) stop at.
#[derive(Default)]
pub(crate) struct Record([Option<Read>; MAX_FIELDS]);

impl Record {
    pub(crate) fn text(&mut self, index: usize) -> Option<String> {
        match self.0[index].take()? {
            Read::Text(text) => Some(text),
            _ => wrong_kind(index),
        }
    }

    pub(crate) fn number(&mut self, index: usize) -> Option<u64> {
        match self.0[index].take()? {
            Read::Number(number) => Some(number),
            _ => wrong_kind(index),
        }
    }

    pub(crate) fn code(&mut self, index: usize) -> Option<Sent> {
        match self.0[index].take()? {
            Read::Code(sent) => Some(sent),
            _ => wrong_kind(index),
        }
    }

    pub(crate) fn flag(&mut self, index: usize) -> Option<bool> {
        match self.0[index].take()? {
            Read::Flag(flag) => Some(flag),
            _ => wrong_kind(index),
        }
    }

    pub(crate) fn raw(&mut self, index: usize) -> Option<Box<RawValue>> {
        match self.0[index].take()? {
            Read::Raw(raw) => Some(raw),
            _ => wrong_kind(index),
        }
    }
}

/// What an accessor of [`Record`] gives for a value of another kind: nothing,
/// after failing in debug builds, as it is the crate's mistake, not the body's.
fn wrong_kind<T>(index: usize) -> Option<T> {
    debug_assert!(
        false,
        "field {index} of a record read as another kind than its table gives"
    );
    None
}

/// Reads a body's object into a [`Record`] and [`Fields`], which the caller
/// owns.
pub(crate) struct ObjectSeed<'c> {
    context: &'c Context,
    known: &'static [Field],
    kept: &'static [&'static str],
    record: &'c mut Record,
    fields: &'c mut Fields,
}

impl<'c> ObjectSeed<'c> {
    pub(crate) fn new(
        context: &'c Context,
        known: &'static [Field],
        kept: &'static [&'static str],
        record: &'c mut Record,
        fields: &'c mut Fields,
    ) -> Self {
        ObjectSeed {
            context,
            known,
            kept,
            record,
            fields,
        }
    }

    fn not_an_object<E: de::Error>(&self, found: &'static str) -> E {
        self.context.fail(Problem::NotAnObject { found })
    }
}

impl<'de> DeserializeSeed<'de> for ObjectSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ObjectSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = 0u64;
        while let Some(Key(key)) = map.next_key_seed(KeySeed)? {
            let index = self.known.iter().position(|(name, _)| *name == key);
            let duplicate = match index {
                Some(index) => {
                    let bit = 1u64 << index;
                    let again = seen & bit != 0;
                    seen |= bit;
                    again
                }
                None => self.fields.contains(&key),
            };
            if duplicate {
                let field = key.into_owned();
                return Err(self.context.fail(Problem::Duplicate { field }));
            }
            let Some(index) = index else {
                let value = raw(&mut map, &key, self.context)?;
                let name = match self.kept.iter().find(|kept| **kept == key) {
                    Some(kept) => Cow::Borrowed(*kept),
                    None => Cow::Owned(key.into_owned()),
                };
                self.fields.push(name, value);
                continue;
            };
            let read = match self.known[index].1 {
                Want::Raw => Read::Raw(raw(&mut map, &key, self.context)?),
                want => map.next_value_seed(Typed {
                    want,
                    key: &key,
                    context: self.context,
                })?,
            };
            self.record.0[index] = Some(read);
        }
        Ok(())
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(self.not_an_object("an array"))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(self.not_an_object("a string"))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Err(self.not_an_object("a boolean"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Err(self.not_an_object("a number"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Err(self.not_an_object("a number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(self.not_an_object("a number"))
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Err(self.not_an_object("null"))
    }
}

/// The value of `key` as its raw JSON, refused where it nests too deep.
fn raw<'de, A: MapAccess<'de>>(
    map: &mut A,
    key: &str,
    context: &Context,
) -> Result<Box<RawValue>, A::Error> {
    let value: Box<RawValue> = map.next_value()?;
    if limits::too_deep(value.get()) {
        let field = key.to_owned();
        return Err(context.fail(Problem::TooDeep { field }));
    }
    Ok(value)
}

/// A key, borrowed from the body where it has no escapes.
struct Key<'de>(Cow<'de, str>);
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }
}

/// The JSON type a field must have, and what reading it gives.
#[derive(Clone, Copy)]
pub(crate) enum Want {
    /// A string: [`Read::Text`].
    Text,
    /// A whole number from 0 to `max`, `expected` in words: [`Read::Number`].
    Number { max: u64, expected: &'static str },
    /// A code as a string, looked up in the catalog: [`Read::Code`].
    Code(&'static Catalog),
    /// A code as a string or a whole number up to `u32::MAX`: [`Read::Code`].
    CodeOrNumber(&'static Catalog),
    /// `true` or `false`: [`Read::Flag`].
    Flag,
    /// Any JSON value, kept as written: [`Read::Raw`].
    Raw,
}

impl Want {
    /// What the field must be, for "must be ..." in errors.
    fn expected(self) -> &'static str {
        match self {
            Want::Text | Want::Code(_) => "a string",
            Want::Number { .. } => "a whole number",
            Want::CodeOrNumber(_) => "a string or a whole number",
            Want::Flag => "true or false",
            Want::Raw => "any JSON value",
        }
    }

    /// The largest number the field may be, and its range in words, if it may
    /// be a number.
    fn range(self) -> Option<(u64, &'static str)> {
        match self {
            Want::Number { max, expected } => Some((max, expected)),
            Want::CodeOrNumber(_) => {
                Some((u64::from(u32::MAX), "a whole number from 0 to 4294967295"))
            }
            _ => None,
        }
    }
}

/// A value read for a field, of the kind its [`Want`] reads.
pub(crate) enum Read {
    Text(String),
    Number(u64),
    Code(Sent),
    Flag(bool),
    Raw(Box<RawValue>),
}

/// How a platform finds a code it reads in a body.
pub(crate) struct Catalog {
    /// The code of a string, as the platform's `FromStr` finds it.
    pub(crate) find: fn(&str) -> Option<Code>,
    /// The code of a number, on platforms whose codes are numbers.
    pub(crate) number: Option<fn(u32) -> Option<Code>>,
}

/// A code as a body sent it: its text, borrowed from the catalog when the body
/// writes it exactly as the catalog does (the common case, which so allocates
/// nothing), whether it came as a number, and the typed code when known.
pub(crate) struct Sent {
    pub(crate) text: Cow<'static, str>,
    pub(crate) number: bool,
    pub(crate) error: Option<Code>,
}

impl Catalog {
    fn text(&self, text: &str) -> Sent {
        let error = (self.find)(text);
        Sent {
            text: as_sent(error, text),
            number: false,
            error,
        }
    }

    fn number(&self, number: u64) -> Sent {
        use crate::ErrorCode;
        let error = self
            .number
            .and_then(|find| u32::try_from(number).ok().and_then(find));
        // A number has one spelling, which `build.rs` makes the catalog's code.
        let text = match error {
            Some(code) => Cow::Borrowed(code.code()),
            None => Cow::Owned(number.to_string()),
        };
        Sent {
            text,
            number: true,
            error,
        }
    }
}

/// A code's text as a body sent it: borrowed from the catalog when the body
/// writes `code` exactly as the catalog does (the common case, which so
/// allocates nothing).
pub(crate) fn as_sent<T: AsRef<str> + Into<String>>(
    code: Option<Code>,
    text: T,
) -> Cow<'static, str> {
    match code.and_then(|code| code.spellings().find(|s| *s == text.as_ref())) {
        Some(spelled) => Cow::Borrowed(spelled),
        None => Cow::Owned(text.into()),
    }
}

/// Reads one field's value as `want` says, recording a typed problem otherwise.
struct Typed<'a> {
    want: Want,
    key: &'a str,
    context: &'a Context,
}

impl Typed<'_> {
    fn wrong_type<E: de::Error>(&self, found: String) -> E {
        let field = self.key.to_owned();
        let expected = self.want.expected();
        self.context.fail(Problem::WrongType {
            field,
            expected,
            found,
        })
    }

    fn out_of_range<E: de::Error>(&self, value: String, expected: &'static str) -> E {
        let field = self.key.to_owned();
        self.context.fail(Problem::OutOfRange {
            field,
            value,
            expected,
        })
    }

    fn text(&self, text: Cow<'_, str>) -> Option<Read> {
        match self.want {
            Want::Text => Some(Read::Text(text.into_owned())),
            Want::Code(catalog) | Want::CodeOrNumber(catalog) => {
                Some(Read::Code(catalog.text(&text)))
            }
            _ => None,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Typed<'_> {
    type Value = Read;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Read, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Typed<'_> {
    type Value = Read;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.want.expected())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Read, E> {
        self.text(Cow::Borrowed(v))
            .ok_or_else(|| self.wrong_type("a string".to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Read, E> {
        self.text(Cow::Owned(v))
            .ok_or_else(|| self.wrong_type("a string".to_owned()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Read, E> {
        match (self.want, self.want.range()) {
            (Want::CodeOrNumber(catalog), Some((max, _))) if v <= max => {
                Ok(Read::Code(catalog.number(v)))
            }
            (_, Some((max, _))) if v <= max => Ok(Read::Number(v)),
            (_, Some((_, expected))) => Err(self.out_of_range(v.to_string(), expected)),
            (_, None) => Err(self.wrong_type(format!("the number {v}"))),
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Read, E> {
        match (u64::try_from(v), self.want.range()) {
            (Ok(v), _) => self.visit_u64(v),
            (Err(_), Some((_, expected))) => Err(self.out_of_range(v.to_string(), expected)),
            (Err(_), None) => Err(self.wrong_type(format!("the number {v}"))),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Read, E> {
        // serde_json reads any number with a fraction or exponent as a float:
        // `1e40`, `4.5` and `1.0` are out of a code's range, as codes are whole
        // numbers written without either. `{:?}` keeps them recognisable (`1.0`,
        // not `1`; `1e40`).
        let value = format!("{v:?}");
        match self.want.range() {
            Some((_, expected)) => Err(self.out_of_range(value, expected)),
            None => Err(self.wrong_type(format!("the number {value}"))),
        }
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Read, E> {
        match self.want {
            Want::Flag => Ok(Read::Flag(v)),
            _ => Err(self.wrong_type(v.to_string())),
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<Read, E> {
        Err(self.wrong_type("null".to_owned()))
    }

    fn visit_map<M: MapAccess<'de>>(self, _: M) -> Result<Read, M::Error> {
        Err(self.wrong_type("an object".to_owned()))
    }

    fn visit_seq<S: de::SeqAccess<'de>>(self, _: S) -> Result<Read, S::Error> {
        Err(self.wrong_type("an array".to_owned()))
    }
}
