//! Reads a body's JSON object field by field with `serde_json`, keeping each
//! problem typed until `serde_json` has added where it is.
//!
//! Known fields are read with the type the platform sends (a seed per type);
//! every other field is kept raw in [`Fields`]. A problem is recorded in the
//! [`Context`] and returned as a `serde_json` error, which carries its position;
//! [`parse`] joins the two into a [`BodyError`].

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::{BodyError, Fields, MAX_DEPTH, limits};

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

/// An object of a body, read field by field.
pub(crate) trait Object: Default {
    /// The fields the object reads itself; the others are kept raw. At most 64
    /// (a bit each, for the duplicate check).
    const FIELDS: &'static [&'static str];

    /// Fields the platform's bodies carry that the object keeps raw (`kind`,
    /// `data`): their names are borrowed, not copied.
    const KEPT: &'static [&'static str] = &[];

    /// Reads the field `FIELDS[index]` from `value`.
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        value: Value<'_, A>,
    ) -> Result<(), A::Error>;
}

/// Parses `body`, checked against the limits, as the object `O`, keeping the
/// fields it does not read in [`Fields`].
pub(crate) fn parse<O: Object>(body: &[u8]) -> Result<(O, Fields), BodyError> {
    limits::check_size(body)?;
    if body.trim_ascii().is_empty() {
        return Err(BodyError::Empty);
    }
    let context = Context::default();
    let (mut object, mut fields) = (O::default(), Fields::default());
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    ObjectSeed::new(&context, &mut object, &mut fields)
        .deserialize(&mut deserializer)
        .and_then(|()| deserializer.end())
        .map_err(|error| context.body_error(error))?;
    Ok((object, fields))
}

/// Reads a body's object into `object` and `fields`, which the caller owns: the
/// object is a few hundred bytes, which returning it through `serde_json`'s
/// layers would copy at each.
pub(crate) struct ObjectSeed<'c, O> {
    context: &'c Context,
    object: &'c mut O,
    fields: &'c mut Fields,
}

impl<'c, O> ObjectSeed<'c, O> {
    pub(crate) fn new(context: &'c Context, object: &'c mut O, fields: &'c mut Fields) -> Self {
        ObjectSeed {
            context,
            object,
            fields,
        }
    }
}

impl<'de, O: Object> DeserializeSeed<'de> for ObjectSeed<'_, O> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, O: Object> Visitor<'de> for ObjectSeed<'_, O> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (object, fields) = (self.object, self.fields);
        let mut seen = 0u64;
        while let Some(Key(key)) = map.next_key_seed(KeySeed)? {
            let index = O::FIELDS.iter().position(|field| *field == key);
            let duplicate = match index {
                Some(index) => {
                    let bit = 1u64 << index;
                    let again = seen & bit != 0;
                    seen |= bit;
                    again
                }
                None => fields.contains(&key),
            };
            if duplicate {
                let field = key.into_owned();
                return Err(self.context.fail(Problem::Duplicate { field }));
            }
            match index {
                Some(index) => {
                    let value = Value {
                        map: &mut map,
                        key: &key,
                        context: self.context,
                    };
                    object.read(index, value)?;
                }
                None => {
                    let value: Box<RawValue> = map.next_value()?;
                    if limits::too_deep(value.get()) {
                        let field = key.into_owned();
                        return Err(self.context.fail(Problem::TooDeep { field }));
                    }
                    let name = match O::KEPT.iter().find(|kept| **kept == key) {
                        Some(kept) => Cow::Borrowed(*kept),
                        None => Cow::Owned(key.into_owned()),
                    };
                    fields.push(name, value);
                }
            }
        }
        Ok(())
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.not_an_object("an array"))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Err(self.not_an_object("a string"))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Err(self.not_an_object("a boolean"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Err(self.not_an_object("a number"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Err(self.not_an_object("a number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Err(self.not_an_object("a number"))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(self.not_an_object("null"))
    }
}

impl<O> ObjectSeed<'_, O> {
    fn not_an_object<E: de::Error>(&self, found: &'static str) -> E {
        self.context.fail(Problem::NotAnObject { found })
    }
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

/// The value of a field about to be read, with the type its object expects.
pub(crate) struct Value<'a, A> {
    map: &'a mut A,
    key: &'a str,
    context: &'a Context,
}

impl<'de, A: MapAccess<'de>> Value<'_, A> {
    fn read<W: Want>(self, want: W) -> Result<W::Out, A::Error> {
        let seed = Typed {
            want,
            key: self.key,
            context: self.context,
        };
        self.map.next_value_seed(seed)
    }

    /// A string.
    pub(crate) fn string(self) -> Result<String, A::Error> {
        self.read(Text)
    }

    /// A whole number from 0 to `max`; `expected` says so in errors.
    pub(crate) fn number(self, max: u64, expected: &'static str) -> Result<u64, A::Error> {
        self.read(Number { max, expected })
    }

    /// A code, as a string, looked up in the catalog as it is read.
    pub(crate) fn code<E: Copy>(self, catalog: Catalog<E>) -> Result<Sent<E>, A::Error> {
        self.read(CodeText(catalog))
    }

    /// A code that may come as a string or as a whole number from 0 to
    /// `u32::MAX`, looked up in the catalog as it is read.
    pub(crate) fn code_or_number<E: Copy>(self, catalog: Catalog<E>) -> Result<Sent<E>, A::Error> {
        self.read(CodeOrNumber(catalog))
    }

    /// `true` or `false`.
    pub(crate) fn flag(self) -> Result<bool, A::Error> {
        self.read(Flag)
    }

    /// The value as its raw JSON.
    pub(crate) fn raw(self) -> Result<Box<RawValue>, A::Error> {
        let value: Box<RawValue> = self.map.next_value()?;
        if limits::too_deep(value.get()) {
            let field = self.key.to_owned();
            return Err(self.context.fail(Problem::TooDeep { field }));
        }
        Ok(value)
    }
}

/// A JSON type a field must have, and what reading it gives.
trait Want: Copy {
    type Out;
    /// What the field must be, for "must be ..." in errors.
    const EXPECTED: &'static str;
    /// The value of a string, if the field may be one.
    fn text(self, _: String) -> Option<Self::Out> {
        None
    }
    /// The value of a string borrowed from the body: [`Want::text`] of a copy,
    /// unless the want can do without one.
    fn borrowed_text(self, text: &str) -> Option<Self::Out> {
        self.text(text.to_owned())
    }
    /// The largest number the field may be, and its range in words, if it may
    /// be a number.
    fn range(self) -> Option<(u64, &'static str)> {
        None
    }
    /// The value of a number within [`Want::range`].
    fn number(self, _: u64) -> Option<Self::Out> {
        None
    }
    /// The value of a boolean, if the field may be one.
    fn flag(self, _: bool) -> Option<Self::Out> {
        None
    }
}

#[derive(Clone, Copy)]
struct Text;
impl Want for Text {
    type Out = String;
    const EXPECTED: &'static str = "a string";
    fn text(self, text: String) -> Option<String> {
        Some(text)
    }
}

#[derive(Clone, Copy)]
struct Number {
    max: u64,
    expected: &'static str,
}
impl Want for Number {
    type Out = u64;
    const EXPECTED: &'static str = "a whole number";
    fn range(self) -> Option<(u64, &'static str)> {
        Some((self.max, self.expected))
    }
    fn number(self, number: u64) -> Option<u64> {
        Some(number)
    }
}

/// How a platform finds a code it reads in a body.
pub(crate) struct Catalog<E> {
    /// The code of a string, as the platform's `FromStr` finds it.
    pub(crate) find: fn(&str) -> Option<E>,
    /// The code of a number, on platforms whose codes are numbers.
    pub(crate) number: Option<fn(u32) -> Option<E>>,
    /// The code as the catalog writes it.
    pub(crate) code: fn(&E) -> &'static str,
    /// The other ways the catalog writes it: vendor names, a row's other codes.
    pub(crate) names: fn(&E) -> &'static [&'static str],
}

impl<E> Clone for Catalog<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for Catalog<E> {}

/// A code as a body sent it: its text, borrowed from the catalog when the body
/// writes it exactly as the catalog does (the common case, which so allocates
/// nothing), whether it came as a number, and the typed code when known.
pub(crate) struct Sent<E> {
    pub(crate) text: Cow<'static, str>,
    pub(crate) number: bool,
    pub(crate) error: Option<E>,
}

impl<E: Copy> Catalog<E> {
    /// The catalog's own text for `error` that is exactly `text`, if there is one.
    fn spelled(self, error: &E, text: &str) -> Option<&'static str> {
        let code = (self.code)(error);
        (code == text).then_some(code).or_else(|| {
            (self.names)(error)
                .iter()
                .copied()
                .find(|name| *name == text)
        })
    }

    fn text(self, text: &str) -> Sent<E> {
        let error = (self.find)(text);
        let text = match error.and_then(|e| self.spelled(&e, text)) {
            Some(spelled) => Cow::Borrowed(spelled),
            None => Cow::Owned(text.to_owned()),
        };
        Sent {
            text,
            number: false,
            error,
        }
    }

    fn number(self, number: u64) -> Sent<E> {
        let error = self
            .number
            .and_then(|find| u32::try_from(number).ok().and_then(find));
        // A number has one spelling, which `build.rs` makes the catalog's code.
        let text = match &error {
            Some(error) => Cow::Borrowed((self.code)(error)),
            None => Cow::Owned(number.to_string()),
        };
        Sent {
            text,
            number: true,
            error,
        }
    }
}

#[derive(Clone, Copy)]
struct CodeText<E>(Catalog<E>);
impl<E: Copy> Want for CodeText<E> {
    type Out = Sent<E>;
    const EXPECTED: &'static str = "a string";
    fn text(self, text: String) -> Option<Sent<E>> {
        self.borrowed_text(&text)
    }
    fn borrowed_text(self, text: &str) -> Option<Sent<E>> {
        Some(self.0.text(text))
    }
}

#[derive(Clone, Copy)]
struct CodeOrNumber<E>(Catalog<E>);
impl<E: Copy> Want for CodeOrNumber<E> {
    type Out = Sent<E>;
    const EXPECTED: &'static str = "a string or a whole number";
    fn text(self, text: String) -> Option<Sent<E>> {
        self.borrowed_text(&text)
    }
    fn borrowed_text(self, text: &str) -> Option<Sent<E>> {
        Some(self.0.text(text))
    }
    fn range(self) -> Option<(u64, &'static str)> {
        Some((u64::from(u32::MAX), "a whole number from 0 to 4294967295"))
    }
    fn number(self, number: u64) -> Option<Sent<E>> {
        Some(self.0.number(number))
    }
}

#[derive(Clone, Copy)]
struct Flag;
impl Want for Flag {
    type Out = bool;
    const EXPECTED: &'static str = "true or false";
    fn flag(self, flag: bool) -> Option<bool> {
        Some(flag)
    }
}

/// Reads one field's value as `want` says, recording a typed problem otherwise.
struct Typed<'a, W> {
    want: W,
    key: &'a str,
    context: &'a Context,
}

impl<W: Want> Typed<'_, W> {
    fn field(&self) -> String {
        self.key.to_owned()
    }

    fn wrong_type<E: de::Error>(&self, found: String) -> E {
        let field = self.field();
        let expected = W::EXPECTED;
        self.context.fail(Problem::WrongType {
            field,
            expected,
            found,
        })
    }

    fn out_of_range<E: de::Error>(&self, value: String, expected: &'static str) -> E {
        let field = self.field();
        self.context.fail(Problem::OutOfRange {
            field,
            value,
            expected,
        })
    }
}

impl<'de, W: Want> DeserializeSeed<'de> for Typed<'_, W> {
    type Value = W::Out;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<W::Out, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, W: Want> Visitor<'de> for Typed<'_, W> {
    type Value = W::Out;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(W::EXPECTED)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<W::Out, E> {
        self.want
            .borrowed_text(v)
            .ok_or_else(|| self.wrong_type("a string".to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<W::Out, E> {
        self.want
            .text(v)
            .ok_or_else(|| self.wrong_type("a string".to_owned()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<W::Out, E> {
        match self.want.range() {
            Some((max, _)) if v <= max => self
                .want
                .number(v)
                .ok_or_else(|| self.wrong_type(format!("the number {v}"))),
            Some((_, expected)) => Err(self.out_of_range(v.to_string(), expected)),
            None => Err(self.wrong_type(format!("the number {v}"))),
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<W::Out, E> {
        match (u64::try_from(v), self.want.range()) {
            (Ok(v), _) => self.visit_u64(v),
            (Err(_), Some((_, expected))) => Err(self.out_of_range(v.to_string(), expected)),
            (Err(_), None) => Err(self.wrong_type(format!("the number {v}"))),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<W::Out, E> {
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

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<W::Out, E> {
        self.want
            .flag(v)
            .ok_or_else(|| self.wrong_type(v.to_string()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<W::Out, E> {
        Err(self.wrong_type("null".to_owned()))
    }

    fn visit_map<M: MapAccess<'de>>(self, _: M) -> Result<W::Out, M::Error> {
        Err(self.wrong_type("an object".to_owned()))
    }

    fn visit_seq<S: de::SeqAccess<'de>>(self, _: S) -> Result<W::Out, S::Error> {
        Err(self.wrong_type("an array".to_owned()))
    }
}
