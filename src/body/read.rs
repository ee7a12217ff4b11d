//! Reads a body's JSON object field by field with `serde_json`, keeping each
//! problem typed until `serde_json` has added where it is.
//!
//! Each platform declares the fields it reads and the type each must have (a
//! [`Want`]); one reader, the same for every platform, reads them into a
//! [`Record`] and keeps every other field raw in [`Fields`]. (One reader, not a
//! `Deserialize` per platform: generic code is compiled once per type, and the
//! crate's compile time is part of its cost to every user.)
//!
//! The reader refuses only what no platform sends: input that is not JSON, a
//! body that is not an object, a code that is a fraction, a boolean, an array
//! or an object, nesting beyond [`MAX_DEPTH`]. Everything else odd is read and
//! reported as a [`Warning`]: `null` in a field is its absence, the last of
//! duplicate keys counts, a field of an unexpected type is kept raw among the
//! fields, a message that is not a string is its JSON text.
//!
//! A problem is recorded in the [`Context`] and returned as a `serde_json`
//! error, which carries its position; [`parse`] joins the two into a
//! [`BodyError`].

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::{BodyError, Fields, MAX_BODY_LEN, MAX_DEPTH, Warning, limits};
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
    NotAnObject {
        found: &'static str,
    },
    TooDeep {
        field: String,
    },
    TooLarge {
        len: usize,
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
            Problem::NotAnObject { found } => write!(f, "the body is {found}, not a JSON object"),
            Problem::TooDeep { field } => {
                write!(f, "`{field}` nests deeper than {MAX_DEPTH} levels")
            }
            Problem::TooLarge { len } => write!(
                f,
                "the body is more than {len} bytes, more than the limit of {MAX_BODY_LEN}"
            ),
        }
    }
}

/// Where the seeds of one parse record their problem and their warnings, and
/// count the bytes they read.
#[derive(Default)]
pub(crate) struct Context {
    problem: Cell<Option<Problem>>,
    warnings: RefCell<Vec<Warning>>,
    /// The bytes of keys and values read so far: a body read through `serde`
    /// from another source than a slice is held to [`MAX_BODY_LEN`] too.
    read: Cell<usize>,
}

impl Context {
    /// Records `problem` and returns the error that stops the parse; its message
    /// is the problem's, so a caller going through `serde` alone reads it too.
    fn fail<E: de::Error>(&self, problem: Problem) -> E {
        let error = E::custom(&problem);
        self.problem.set(Some(problem));
        error
    }

    fn warn(&self, warning: Warning) {
        self.warnings.borrow_mut().push(warning);
    }

    /// Counts `len` bytes read, failing once the body is larger than the bound.
    fn spend<E: de::Error>(&self, len: usize) -> Result<(), E> {
        let read = self.read.get().saturating_add(len);
        self.read.set(read);
        if read > MAX_BODY_LEN {
            return Err(self.fail(Problem::TooLarge { len: read }));
        }
        Ok(())
    }

    /// The warnings recorded.
    pub(crate) fn into_warnings(self) -> Vec<Warning> {
        self.warnings.into_inner()
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
            Some(Problem::NotAnObject { found }) => BodyError::NotAnObject { found },
            Some(Problem::TooDeep { field }) => BodyError::TooDeep {
                field,
                limit: MAX_DEPTH,
                line,
                column,
            },
            Some(Problem::TooLarge { len }) => BodyError::TooLarge {
                len,
                limit: MAX_BODY_LEN,
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
pub(crate) const MAX_FIELDS: usize = 16;

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

/// What reading a body gives besides its object: the fields kept raw and the
/// warnings.
#[derive(Default)]
pub(crate) struct Rest {
    pub(crate) fields: Fields,
    pub(crate) warnings: Vec<Warning>,
}

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Parses `body`, checked against the limits, as the object `O`, keeping the
/// fields it does not read in [`Fields`].
pub(crate) fn parse<O: Object>(body: &[u8]) -> Result<(O, Rest), BodyError> {
    let mut record = Record::default();
    let rest = parse_record(body, known::<O>(), O::KEPT, &mut record)?;
    Ok((O::from_record(&mut record), rest))
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
) -> Result<Rest, BodyError> {
    limits::check_size(body)?;
    let context = Context::default();
    let body = match body.strip_prefix(BOM) {
        Some(rest) => {
            context.warn(Warning::ByteOrderMark);
            rest
        }
        None => body,
    };
    if body.trim_ascii().is_empty() {
        return Err(BodyError::Empty);
    }
    let mut fields = Fields::default();
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    ObjectSeed::new(&context, known, kept, record, &mut fields)
        .deserialize(&mut deserializer)
        .and_then(|()| deserializer.end())
        .map_err(|error| context.body_error(error))?;
    Ok(Rest {
        fields,
        warnings: context.into_warnings(),
    })
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
            Read::Text(text) if text.json.is_none() => Some(text.text),
            _ => wrong_kind(index),
        }
    }

    pub(crate) fn message(&mut self, index: usize) -> Option<Text> {
        match self.0[index].take()? {
            Read::Text(text) => Some(text),
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

    /// Keeps `value` of a field the object does not read (or read as another
    /// type than it came), the last of duplicates counting.
    fn keep(&mut self, name: Cow<'static, str>, value: Box<RawValue>) {
        if self.fields.contains(&name) {
            self.context.warn(Warning::DuplicateField {
                field: name.clone().into_owned(),
            });
            self.fields.set(&name, value);
        } else {
            self.fields.push(name, value);
        }
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

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        let mut seen = 0u64;
        while let Some(Key(key)) = map.next_key_seed(KeySeed)? {
            self.context.spend(key.len())?;
            let Some(index) = self.known.iter().position(|(name, _)| *name == key) else {
                let value = raw(&mut map, &key, self.context)?;
                let name = match self.kept.iter().find(|kept| **kept == key) {
                    Some(kept) => Cow::Borrowed(*kept),
                    None => Cow::Owned(key.into_owned()),
                };
                self.keep(name, value);
                continue;
            };
            let (name, want) = self.known[index];
            let bit = 1u64 << index;
            // Read before, typed or kept raw (it had another type): the last counts.
            if seen & bit != 0 {
                self.context.warn(Warning::DuplicateField {
                    field: name.to_owned(),
                });
                self.record.0[index] = None;
                self.fields.remove(name);
            }
            seen |= bit;
            let read = match want {
                Want::Code(catalog) => map.next_value_seed(CodeSeed {
                    catalog,
                    key: name,
                    context: self.context,
                })?,
                Want::Raw => Some(Read::Raw(raw(&mut map, name, self.context)?)),
                Want::Text | Want::Message | Want::Flag => {
                    let value = raw(&mut map, name, self.context)?;
                    match decode(want, value) {
                        Decoded::Read(read) => {
                            if let Read::Text(Text {
                                json: Some(found), ..
                            }) = &read
                            {
                                self.context
                                    .warn(Warning::MessageNotText { field: name, found });
                            }
                            Some(read)
                        }
                        Decoded::Null => None,
                        Decoded::Unexpected(value, found) => {
                            self.context.warn(Warning::UnexpectedType {
                                field: name.to_owned(),
                                found,
                                expected: want.expected(),
                            });
                            self.keep(Cow::Borrowed(name), value);
                            None
                        }
                    }
                }
            };
            self.record.0[index] = read;
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
    context.spend(value.get().len())?;
    if limits::too_deep(value.get()) {
        let field = key.to_owned();
        return Err(context.fail(Problem::TooDeep { field }));
    }
    Ok(value)
}

/// What a raw value read for a [`Want::Text`], [`Want::Message`] or
/// [`Want::Flag`] field is.
enum Decoded {
    Read(Read),
    /// `null`: the field is absent.
    Null,
    /// Another type than the field has: kept raw, with what it is.
    Unexpected(Box<RawValue>, &'static str),
}

fn decode(want: Want, value: Box<RawValue>) -> Decoded {
    let kind = match kind(value.get()) {
        // `serde_json` copies a string's escapes without checking them: a lone
        // surrogate (`"\ud800"`, which Python's `json` writes) is no text.
        "a string" if !decodes(&value) => "a string with an escape that is no Unicode text",
        kind => kind,
    };
    match (want, kind) {
        (_, "null") => Decoded::Null,
        (Want::Flag, "a boolean") => Decoded::Read(Read::Flag(value.get() == "true")),
        (Want::Text | Want::Message, "a string") => Decoded::Read(Read::Text(Text {
            text: string(value),
            json: None,
        })),
        (Want::Message, kind) => Decoded::Read(Read::Text(Text {
            text: Box::<str>::from(value).into(),
            json: Some(kind),
        })),
        (_, kind) => Decoded::Unexpected(value, kind),
    }
}

/// What the JSON text `json`, a valid value, is, in words.
pub(crate) fn kind(json: &str) -> &'static str {
    match json.as_bytes().first() {
        Some(b'"') => "a string",
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

/// Whether the raw JSON string `value` decodes to text.
fn decodes(value: &RawValue) -> bool {
    !value.get().contains('\\') || serde_json::from_str::<String>(value.get()).is_ok()
}

/// The string a raw JSON string holds, which [`decodes`]; without escapes, in
/// the raw value's own allocation.
fn string(value: Box<RawValue>) -> String {
    if value.get().contains('\\') {
        return serde_json::from_str(value.get()).unwrap_or_default();
    }
    let mut text = String::from(Box::<str>::from(value));
    text.pop();
    text.remove(0);
    text
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
    /// A string: [`Read::Text`]; another type is kept raw with a warning.
    Text,
    /// A message: a string, or any other JSON, whose text is then the message:
    /// [`Read::Text`].
    Message,
    /// A code as a string or a whole number, looked up in the catalog:
    /// [`Read::Code`].
    Code(&'static Catalog),
    /// `true` or `false`: [`Read::Flag`]; another type is kept raw with a
    /// warning.
    Flag,
    /// Any JSON value, kept as written: [`Read::Raw`].
    Raw,
}

impl Want {
    /// What the field must be, for "must be ..." in errors and warnings.
    fn expected(self) -> &'static str {
        match self {
            Want::Text | Want::Message => "a string",
            Want::Code(_) => "a string or a whole number",
            Want::Flag => "true or false",
            Want::Raw => "any JSON value",
        }
    }
}

/// A value read for a field, of the kind its [`Want`] reads.
pub(crate) enum Read {
    Text(Text),
    Code(Sent),
    Flag(bool),
    Raw(Box<RawValue>),
}

/// A text read for a field: a string's text, or, for a message sent as other
/// JSON, that JSON's text and what it is.
pub(crate) struct Text {
    pub(crate) text: String,
    pub(crate) json: Option<&'static str>,
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

impl Sent {
    /// The code as a number, when it is one that fits in a `u32`: a JSON
    /// number, or a string of digits as ESB sends some.
    pub(crate) fn as_u32(&self) -> Option<u32> {
        canonical_u32(&self.text)
    }

    /// The JSON the body sent: the number, or the string.
    pub(crate) fn to_raw(&self) -> Box<RawValue> {
        match self.number {
            true => RawValue::from_string(self.text.clone().into_owned())
                .unwrap_or_else(|_| super::fields::string(&self.text)),
            false => super::fields::string(&self.text),
        }
    }
}

impl Catalog {
    pub(crate) fn text(&self, text: &str) -> Sent {
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

/// Reads a code: a string or a whole number of any sign (bk_std_json's
/// documented default is `-1`); `null` is no code. A fraction, a boolean, an
/// array or an object is no code any platform sends: an error.
struct CodeSeed<'a> {
    catalog: &'static Catalog,
    key: &'static str,
    context: &'a Context,
}

impl CodeSeed<'_> {
    fn wrong_type<E: de::Error>(&self, found: &str) -> E {
        self.context.fail(Problem::WrongType {
            field: self.key.to_owned(),
            expected: Want::Code(self.catalog).expected(),
            found: found.to_owned(),
        })
    }
}

impl<'de> DeserializeSeed<'de> for CodeSeed<'_> {
    type Value = Option<Read>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<Read>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CodeSeed<'_> {
    type Value = Option<Read>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a code")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<Read>, E> {
        self.context.spend(v.len())?;
        Ok(Some(Read::Code(self.catalog.text(v))))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<Read>, E> {
        Ok(Some(Read::Code(self.catalog.number(v))))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<Read>, E> {
        if let Ok(v) = u64::try_from(v) {
            return self.visit_u64(v);
        }
        Ok(Some(Read::Code(Sent {
            text: Cow::Owned(v.to_string()),
            number: true,
            error: None,
        })))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<Read>, E> {
        // serde_json reads any number with a fraction or exponent as a float:
        // `1e40`, `4.5` and `1.0` are no code, as codes are whole numbers
        // written without either. `{:?}` keeps them recognisable (`1.0`, not
        // `1`; `1e40`).
        Err(self.context.fail(Problem::OutOfRange {
            field: self.key.to_owned(),
            value: format!("{v:?}"),
            expected: "a whole number, written without a fraction or an exponent",
        }))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<Read>, E> {
        Err(self.wrong_type(if v { "true" } else { "false" }))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<Read>, E> {
        Ok(None)
    }

    fn visit_map<M: MapAccess<'de>>(self, _: M) -> Result<Option<Read>, M::Error> {
        Err(self.wrong_type("an object"))
    }

    fn visit_seq<S: de::SeqAccess<'de>>(self, _: S) -> Result<Option<Read>, S::Error> {
        Err(self.wrong_type("an array"))
    }
}

/// `text` as a number, when it is written as a whole number is canonically
/// written: digits only, no leading zero, up to `u32::MAX`.
pub(crate) fn canonical_u32(text: &str) -> Option<u32> {
    let digits = text.bytes().all(|b| b.is_ascii_digit());
    let canonical = text == "0" || !text.starts_with('0');
    if !digits || !canonical {
        return None;
    }
    text.parse().ok()
}
