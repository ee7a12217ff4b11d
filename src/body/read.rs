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
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::{BodyError, Fields, limits};

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
    limits::check(body)?;
    let context = Context::default();
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    ObjectSeed::<O>::new(&context)
        .deserialize(&mut deserializer)
        .and_then(|object| deserializer.end().map(|()| object))
        .map_err(|error| context.body_error(error))
}

/// Reads a body's object as `O`.
pub(crate) struct ObjectSeed<'c, O> {
    context: &'c Context,
    object: PhantomData<O>,
}

impl<'c, O> ObjectSeed<'c, O> {
    pub(crate) fn new(context: &'c Context) -> Self {
        ObjectSeed {
            context,
            object: PhantomData,
        }
    }
}

impl<'de, O: Object> DeserializeSeed<'de> for ObjectSeed<'_, O> {
    type Value = (O, Fields);

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, O: Object> Visitor<'de> for ObjectSeed<'_, O> {
    type Value = (O, Fields);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut object = O::default();
        let mut fields = Fields::default();
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
                    let value = map.next_value()?;
                    fields.push(key.into_owned(), value);
                }
            }
        }
        Ok((object, fields))
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

    /// A code that may come as a string or as a whole number from 0 to
    /// `u32::MAX`: the text, and whether it was a number.
    pub(crate) fn string_or_number(self) -> Result<(String, bool), A::Error> {
        self.read(TextOrNumber)
    }

    /// `true` or `false`.
    pub(crate) fn flag(self) -> Result<bool, A::Error> {
        self.read(Flag)
    }

    /// The value as its raw JSON.
    pub(crate) fn raw(self) -> Result<Box<RawValue>, A::Error> {
        self.map.next_value()
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

#[derive(Clone, Copy)]
struct TextOrNumber;
impl Want for TextOrNumber {
    type Out = (String, bool);
    const EXPECTED: &'static str = "a string or a whole number";
    fn text(self, text: String) -> Option<(String, bool)> {
        Some((text, false))
    }
    fn range(self) -> Option<(u64, &'static str)> {
        Some((u64::from(u32::MAX), "a whole number from 0 to 4294967295"))
    }
    fn number(self, number: u64) -> Option<(String, bool)> {
        Some((number.to_string(), true))
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
        self.visit_string(v.to_owned())
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
        // `1e40` and `4.5` are out of a code's range, as codes are whole numbers.
        let value = if v != 0.0 && !(1e-4..1e16).contains(&v.abs()) {
            format!("{v:e}")
        } else {
            format!("{v}")
        };
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
