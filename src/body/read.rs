//! Reads a body's JSON object field by field, keeping each problem typed
//! until it is known where it is.
//!
//! Each platform declares the fields it reads and the type each must have (a
//! [`Want`]); one reader, the same for every platform, reads them into a
//! [`Record`] and keeps every other field raw in [`Fields`]. (One reader, not a
//! `Deserialize` per platform: generic code is compiled once per type, and the
//! crate's compile time is part of its cost to every user.)
//!
//! Two ways read the same fields the same way. The [scanner](super::scan)
//! reads a body given as bytes in one pass ([`ObjectSeed::member`]):
//! `from_slice` puts each member straight into the record; the one entry
//! point keeps the members in a [`Scan`] to detect the platform first. Whatever it
//! does not read (not JSON, not an object, too deep, a code of the wrong type)
//! is read again with `serde_json` ([`ObjectSeed`] as a `Visitor`), which is
//! also how serde's `Deserialize` reads: that way says what is wrong and
//! where. The body checks of the tests and fuzz targets compare the two on
//! every input.
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

use super::fields::Json;
use super::scan::{self, Kind, Number, Value, is_name};
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
    /// `None` where a warning was taken back ([`Context::unsay`]).
    warnings: RefCell<Vec<Option<Warning>>>,
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
        self.warnings.borrow_mut().push(Some(warning));
    }

    /// Records `warning`, and gives where it is, to take it back (a body
    /// within `MAX_BODY_LEN` has far fewer than `u32::MAX` warnings; one past
    /// that could not be taken back).
    fn warn_at(&self, warning: Warning) -> u32 {
        let mut warnings = self.warnings.borrow_mut();
        warnings.push(Some(warning));
        u32::try_from(warnings.len() - 1).unwrap_or(NOT_WARNED)
    }

    /// Takes back the warning recorded at `at`, if any: what was said of a
    /// value that a duplicate replaces. In place, so that a body of a
    /// megabyte of duplicates costs no more than one of distinct fields.
    fn unsay(&self, at: u32) {
        let at = usize::try_from(at).unwrap_or(usize::MAX);
        if let Some(warning) = self.warnings.borrow_mut().get_mut(at) {
            *warning = None;
        }
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
    #[inline(always)]
    pub(crate) fn into_warnings(self) -> Vec<Warning> {
        said(self.warnings.into_inner())
    }

    /// The warnings recorded so far, taken: the context starts afresh.
    fn take_warnings(&self) -> Vec<Warning> {
        said(std::mem::take(&mut *self.warnings.borrow_mut()))
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

/// The warnings of `recorded` that were not taken back.
#[inline]
fn said(recorded: Vec<Option<Warning>>) -> Vec<Warning> {
    // Most bodies have none: no iterator to build, nothing to drop.
    if recorded.capacity() == 0 {
        return Vec::new();
    }
    said_some(recorded)
}

/// [`said`] of a list that held some warning: those not taken back.
#[inline(never)]
fn said_some(recorded: Vec<Option<Warning>>) -> Vec<Warning> {
    recorded.into_iter().flatten().collect()
}

/// The most fields an [`Object::INNER`] object reads: Arklet's `data` reads
/// two. Its record holds that many, not [`MAX_FIELDS`]: it is made and
/// dropped for each body that has one.
const MAX_INNER: usize = 2;

/// The most fields a platform's object reads itself.
pub(crate) const MAX_FIELDS: usize = 10;

/// A field a platform reads itself: its name and the type it must have.
pub(crate) type Field = (&'static str, Want);

/// Whether the field at `index` of `fields` is named `name`: for a platform
/// that names its fields' indices, to check them at compile time.
#[cfg_attr(not(feature = "paas"), allow(dead_code))]
pub(crate) const fn is_field(fields: &[Field], index: usize, name: &str) -> bool {
    if index >= fields.len() || fields[index].0.len() != name.len() {
        return false;
    }
    let (a, b) = (fields[index].0.as_bytes(), name.as_bytes());
    let mut at = 0;
    while at < a.len() {
        if a[at] != b[at] {
            return false;
        }
        at += 1;
    }
    true
}

/// An object of a body: the fields it reads itself into a [`Record`], and
/// those it keeps raw.
pub(crate) trait Object: Sized {
    /// The fields the object reads itself, at most [`MAX_FIELDS`]; the others are
    /// kept raw.
    const FIELDS: &'static [Field];

    /// Fields the platform's bodies carry that the object keeps raw (`kind`,
    /// `data`): their names are borrowed, not copied.
    const KEPT: &'static [&'static str] = &[];

    /// A field of [`Object::FIELDS`] whose value, where it is an object, has
    /// fields the object reads too (Arklet's `data`, whose `code` types the
    /// error), and those fields: read in the body's one pass where the scanner
    /// reads the body, into the record after [`Object::FIELDS`]' own.
    const INNER: Option<(&'static str, &'static [Field])> = None;
}

/// An object that is a typed value of its own, made whole of its record: what
/// [`parse`] gives. (A platform's top-level object need not be one: its
/// `finish` may take from the record only what the body's shape uses.)
pub(crate) trait FromRecord: Object {
    /// The object, from the values read for [`Object::FIELDS`] (and
    /// [`Object::INNER`]'s).
    fn from_record(record: &mut Record) -> Self;
}

/// What reading a body gives besides its object: the fields kept raw and the
/// warnings.
#[derive(Default)]
pub(crate) struct Rest {
    pub(crate) fields: Fields,
    pub(crate) warnings: Vec<Warning>,
    /// Where [`Object::INNER`]'s fields were read in the body's pass (the
    /// record holds them, those of its last object), what was odd about them,
    /// named as in that object; `None` where they were not, and the platform
    /// reads them from the value it keeps.
    pub(crate) inner: Option<Vec<Warning>>,
}

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Parses `body`, checked against the limits, as the object `O`, keeping the
/// fields it does not read in [`Fields`].
pub(crate) fn parse<O: FromRecord>(body: &[u8]) -> Result<(O, Rest), BodyError> {
    parse_then::<O, _>(body, |record, rest| Ok((O::from_record(record), rest)))
}

/// Parses `body` as [`parse`] does, and gives what it read to `then`: the
/// record, from which `then` makes the object where it takes it apart, not
/// moved through each layer (a platform's object and rest are a few hundred
/// bytes, which a move copies).
pub(crate) fn parse_then<O: Object, T>(
    body: &[u8],
    then: impl FnOnce(&mut Record, Rest) -> Result<T, BodyError>,
) -> Result<T, BodyError> {
    match scannable(body) {
        Some((text, bom)) => scan_then::<O, T>(body, text, bom, then),
        None => {
            let (mut record, rest) = reread::<O>(body)?;
            then(&mut record, rest)
        }
    }
}

/// Parses `json`, a value of a body already read as JSON (Arklet's `data`), as
/// [`parse`] parses a body: its size and its UTF-8 are the body's, checked.
pub(crate) fn parse_value<O: FromRecord>(json: &str) -> Result<(O, Rest), BodyError> {
    scan_then::<O, _>(json.as_bytes(), json, false, |record, rest| {
        Ok((O::from_record(record), rest))
    })
}

/// [`parse_then`] of `body`, whose `text` the scanner reads (after a byte
/// order mark, where `bom`).
fn scan_then<O: Object, T>(
    body: &[u8],
    text: &str,
    bom: bool,
    then: impl FnOnce(&mut Record, Rest) -> Result<T, BodyError>,
) -> Result<T, BodyError> {
    // The members go from the scanner straight into the record, kept nowhere
    // on the way: a platform's reader knows its fields without seeing them all.
    let fill = |seed: &mut ObjectSeed<'_>| {
        let mut filled = Some(());
        let Some((name, fields)) = O::INNER else {
            scan::object(text, |key, value| {
                if filled.is_some() {
                    filled = seed.member(&key, value);
                }
            })?;
            return filled.map(|()| None);
        };
        // Made at the first member of the object: most bodies have none.
        let mut inner: Option<Inner> = None;
        let mut warnings = Vec::new();
        scan::object_with(text, Some(name), |nested, key, value| {
            if filled.is_some() {
                filled = match nested {
                    true => inner
                        .get_or_insert_with(|| Inner::new(fields))
                        .member(&key, value),
                    false => {
                        if is_name(name, &key) {
                            let object = value.kind == Kind::Object;
                            let at = seed.known.len()..seed.known.len() + fields.len();
                            warnings = match &mut inner {
                                Some(inner) => inner.commit(&mut seed.record[at], object),
                                None => {
                                    seed.record[at].fill_with(|| None);
                                    Vec::new()
                                }
                            };
                        }
                        seed.member(&key, value)
                    }
                };
            }
        })?;
        filled.map(|()| Some(warnings))
    };
    read_with::<O, _, _>(bom, fill, then, |then| {
        let (mut record, rest) = reread::<O>(body)?;
        then(&mut record, rest)
    })
}

/// Parses `body` as [`parse`] does, with `serde_json` reading every value raw
/// first: what a body the scanner does not read, or whose fields have a
/// problem, is read by, as it keeps what is odd and says where an error is.
fn reread<O: Object>(body: &[u8]) -> Result<(Record, Rest), BodyError> {
    let mut record = Record::default();
    let rest = parse_record(body, known::<O>(), O::KEPT, &mut record)?;
    Ok((record, rest))
}

/// [`Object::FIELDS`] of `O`, checked at compile time to fit in a [`Record`]
/// (and in the 64 bits of the duplicate check).
pub(crate) const fn known<O: Object>() -> &'static [Field] {
    const {
        let inner = match O::INNER {
            Some((_, fields)) => fields.len(),
            None => 0,
        };
        assert!(
            O::FIELDS.len() + inner <= MAX_FIELDS,
            "an object reads more fields than a Record holds"
        );
        assert!(
            inner <= MAX_INNER,
            "an inner object reads more fields than MAX_INNER"
        )
    };
    O::FIELDS
}

/// What [`reread`] does for any object, one function for every platform:
/// reads with `serde_json` into `record`, which the caller owns (it is a few
/// hundred bytes, which returning would copy at each of `serde_json`'s
/// layers).
fn parse_record(
    body: &[u8],
    known: &'static [Field],
    kept: &'static [&'static str],
    record: &mut Record,
) -> Result<Rest, BodyError> {
    limits::check_size(body)?;
    let (body, bom) = match body.strip_prefix(BOM) {
        Some(rest) => (rest, true),
        None => (body, false),
    };
    if body.trim_ascii().is_empty() {
        return Err(BodyError::Empty);
    }
    let context = Context::default();
    if bom {
        context.warn(Warning::ByteOrderMark);
    }
    let mut fields = Fields::default();
    let seed = ObjectSeed::new(&context, known, kept, record.slots(), &mut fields).borrowing();
    // A body that is not UTF-8 is read as bytes, for `serde_json` to say where.
    let result = match std::str::from_utf8(body) {
        Ok(text) => object(serde_json::de::StrRead::new(text), seed),
        Err(_) => object(serde_json::de::SliceRead::new(body), seed),
    };
    match result {
        Ok(()) => Ok(Rest {
            fields,
            warnings: context.into_warnings(),
            inner: None,
        }),
        Err(error) => Err(context.body_error(error)),
    }
}

/// Reads the whole body from `read` with `seed`.
fn object<'de, R: serde_json::de::Read<'de>>(
    read: R,
    seed: ObjectSeed<'_>,
) -> Result<(), serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::new(read);
    seed.deserialize(&mut deserializer)?;
    deserializer.end()
}

/// A body read once by the [scanner](super::scan) into the spans of its
/// top-level fields, each key and value borrowed from the body, in body order:
/// what the one entry point reads to detect the platform and then to read its
/// error, without reading the body a second time.
///
/// A body the scanner does not read (not JSON, not an object, empty, too
/// large, too deep) keeps no spans; its readers read it again with
/// `serde_json`, which says what is wrong and where.
pub(crate) struct Scan<'a> {
    input: &'a [u8],
    scanned: Option<Scanned<'a>>,
}

/// The fields of a scanned body.
pub(crate) struct Scanned<'a> {
    bom: bool,
    entries: Entries<'a>,
}

impl<'a> Scan<'a> {
    /// Scans `input`, a body as received (a byte order mark included).
    pub(crate) fn new(input: &'a [u8]) -> Scan<'a> {
        Scan {
            input,
            scanned: Scanned::of(input),
        }
    }

    /// `input`, as if the scan had not read it: what the readers do with a
    /// body the scan refuses, tried on any body.
    #[cfg(test)]
    pub(crate) fn unscanned(input: &'a [u8]) -> Scan<'a> {
        Scan {
            input,
            scanned: None,
        }
    }

    /// The body as received.
    pub(crate) fn input(&self) -> &'a [u8] {
        self.input
    }

    /// The fields, when the body is a JSON object within the limits.
    pub(crate) fn scanned(&self) -> Option<&Scanned<'a>> {
        self.scanned.as_ref()
    }
}

impl<'a> Scanned<'a> {
    fn of(input: &'a [u8]) -> Option<Scanned<'a>> {
        let (text, bom) = scannable(input)?;
        let mut entries = Entries::default();
        scan::object(text, |key, value| entries.push(key, value))?;
        Some(Scanned { bom, entries })
    }

    /// The top-level fields, in body order, duplicates included.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&str, Value<'a>)> {
        self.entries.iter()
    }
}

/// The fields of a [`Scan`]: up to [`INLINE`] of them in place, so that a
/// body of a usual size costs no allocation; more in a `Vec`.
struct Entries<'a> {
    inline: [Option<(Cow<'a, str>, Value<'a>)>; INLINE],
    len: usize,
    more: Vec<(Cow<'a, str>, Value<'a>)>,
}

/// The fields an [`Entries`] holds in place.
const INLINE: usize = 16;

impl Default for Entries<'_> {
    fn default() -> Self {
        Entries {
            inline: [const { None }; INLINE],
            len: 0,
            more: Vec::new(),
        }
    }
}

impl<'a> Entries<'a> {
    fn push(&mut self, key: Cow<'a, str>, value: Value<'a>) {
        match self.inline.get_mut(self.len) {
            Some(slot) => {
                *slot = Some((key, value));
                self.len += 1;
            }
            None => self.more.push((key, value)),
        }
    }

    fn iter(&self) -> impl Iterator<Item = (&str, Value<'a>)> {
        self.inline[..self.len]
            .iter()
            .flatten()
            .chain(&self.more)
            .map(|(key, value)| (&**key, *value))
    }
}

/// Reads the body of `scan` as the object `O`, as [`parse_then`] reads it,
/// from the spans of the scan, and gives what it read to `then`; a body the
/// scan could not read, or whose fields have a problem, is read by
/// `serde_json`, which says where it is.
pub(crate) fn parse_scanned_then<
    O: Object,
    T,
    F: FnOnce(&mut Record, Rest) -> Result<T, BodyError>,
>(
    scan: &Scan<'_>,
    then: F,
) -> Result<T, BodyError> {
    let reread = |then: F| {
        let (mut record, rest) = reread::<O>(scan.input)?;
        then(&mut record, rest)
    };
    match scan.scanned() {
        Some(scanned) => {
            let fill = |seed: &mut ObjectSeed<'_>| {
                scanned
                    .entries()
                    .try_for_each(|(key, value)| seed.member(key, value))
                    .map(|()| None)
            };
            read_with::<O, _, _>(scanned.bom, fill, then, reread)
        }
        None => reread(then),
    }
}

/// The text of `input`, a body as received, that the scanner reads: within
/// the size bound, UTF-8 (checked once here, so the scanner need not check
/// each string), after any byte order mark, and whether there was one. `None`
/// for a body `serde_json` is to refuse, saying where.
fn scannable(input: &[u8]) -> Option<(&str, bool)> {
    limits::check_size(input).ok()?;
    let (body, bom) = match input.strip_prefix(BOM) {
        Some(rest) => (rest, true),
        None => (input, false),
    };
    Some((std::str::from_utf8(body).ok()?, bom))
}

/// What `then` makes of the object `O` and the rest of a body, read by `fill`
/// through the seed it is given; what `otherwise` makes of `then` where `fill`
/// meets what it leaves to `serde_json`. (`then`'s value is returned as it
/// is, not through a `Result`: it is a few hundred bytes, which each
/// wrapping copies.)
fn read_with<O: Object, T, F: FnOnce(&mut Record, Rest) -> T>(
    bom: bool,
    fill: impl FnOnce(&mut ObjectSeed<'_>) -> Option<Option<Vec<Warning>>>,
    then: F,
    otherwise: impl FnOnce(F) -> T,
) -> T {
    let mut record = Record::default();
    let context = Context::default();
    let mut fields = Fields::default();
    if bom {
        context.warn(Warning::ByteOrderMark);
    }
    let seed = &mut ObjectSeed::new(&context, known::<O>(), O::KEPT, record.slots(), &mut fields);
    let Some(inner) = fill(seed) else {
        return otherwise(then);
    };
    let rest = Rest {
        fields,
        warnings: context.into_warnings(),
        inner,
    };
    then(&mut record, rest)
}

/// The fields of [`Object::INNER`]'s object, read in the body's pass: as a
/// body of their own is read (their own duplicates and warnings; other fields
/// dropped, as the object stays whole among the kept fields), then, when the
/// member that holds the object is read, put in the body's record.
struct Inner {
    known: &'static [Field],
    context: Context,
    record: [Option<Read>; MAX_INNER],
    fields: Fields,
    seen: Seen,
}

impl Inner {
    fn new(known: &'static [Field]) -> Inner {
        Inner {
            known,
            context: Context::default(),
            record: Default::default(),
            fields: Fields::default(),
            seen: Seen::default(),
        }
    }

    /// Reads a member of the object.
    fn member(&mut self, key: &str, value: Value<'_>) -> Option<()> {
        let mut seed = ObjectSeed::new(
            &self.context,
            self.known,
            &[],
            &mut self.record,
            &mut self.fields,
        );
        seed.seen = self.seen;
        let read = seed.member(key, value);
        self.seen = seed.seen;
        read
    }

    /// Puts what was read of the object into `slots`, the body's record's,
    /// where the member holding it is an object, else clears them (the last
    /// of duplicate members counts, whatever it holds), and gives its
    /// warnings; the next object starts afresh.
    fn commit(&mut self, slots: &mut [Option<Read>], object: bool) -> Vec<Warning> {
        for (slot, read) in slots.iter_mut().zip(&mut self.record) {
            *slot = read.take().filter(|_| object);
        }
        let warnings = self.context.take_warnings();
        self.fields = Fields::default();
        self.seen = Seen::default();
        match object {
            true => warnings,
            false => Vec::new(),
        }
    }
}

/// The fields of an object read so far, by their index in its
/// [`Object::FIELDS`], and where the warning about each one's type is, if
/// any: a duplicate takes it back ([`Context::unsay`]).
#[derive(Clone, Copy)]
struct Seen {
    fields: u64,
    warned: [u32; MAX_FIELDS],
}

/// No warning, in [`Seen::warned`].
const NOT_WARNED: u32 = u32::MAX;

impl Default for Seen {
    fn default() -> Seen {
        Seen {
            fields: 0,
            warned: [NOT_WARNED; MAX_FIELDS],
        }
    }
}

/// The values read for an object's fields, by their index in
/// [`Object::FIELDS`]. Each value has the kind its field's [`Want`] reads; an
/// accessor of another kind is a mistake in the platform's `from_record` (or,
/// for PaaS, its `finish`), which debug builds (the tests, the fuzz targets)
/// stop at.
#[derive(Default)]
pub(crate) struct Record([Option<Read>; MAX_FIELDS]);

impl Record {
    /// The values, for a seed to read into.
    pub(crate) fn slots(&mut self) -> &mut [Option<Read>] {
        &mut self.0
    }

    /// The value of field `index`, moved out. Most fields of a table are not
    /// in a given body: a slot that holds nothing is only looked at, where
    /// `Option::take` would copy it whole to find that out.
    #[inline(always)]
    fn take(&mut self, index: usize) -> Option<Read> {
        let slot = &mut self.0[index];
        match slot {
            None => None,
            Some(_) => slot.take(),
        }
    }

    /// Whether field `index` holds a value, left in place.
    #[inline(always)]
    pub(crate) fn has(&self, index: usize) -> bool {
        self.0[index].is_some()
    }

    pub(crate) fn text(&mut self, index: usize) -> Option<String> {
        match self.take(index)? {
            Read::Text(text) if text.json.is_none() => Some(text.text),
            _ => wrong_kind(index),
        }
    }

    pub(crate) fn word(&mut self, index: usize) -> Option<Cow<'static, str>> {
        match self.take(index)? {
            Read::Word(word) => Some(word),
            _ => wrong_kind(index),
        }
    }

    pub(crate) fn message(&mut self, index: usize) -> Option<Text> {
        match self.take(index)? {
            Read::Text(text) => Some(text),
            _ => wrong_kind(index),
        }
    }

    pub(crate) fn code(&mut self, index: usize) -> Option<Sent> {
        match self.take(index)? {
            Read::Code(sent) => Some(sent),
            _ => wrong_kind(index),
        }
    }

    pub(crate) fn flag(&mut self, index: usize) -> Option<bool> {
        match self.take(index)? {
            Read::Flag(flag) => Some(flag),
            _ => wrong_kind(index),
        }
    }

    pub(crate) fn raw(&mut self, index: usize) -> Option<Json> {
        match self.take(index)? {
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
/// owns: as `serde_json` reads the object ([`Visitor`]), or member by member
/// from the scanner ([`ObjectSeed::member`]), the same way field by field.
pub(crate) struct ObjectSeed<'c> {
    context: &'c Context,
    known: &'static [Field],
    kept: &'static [&'static str],
    record: &'c mut [Option<Read>],
    fields: &'c mut Fields,
    /// The fields of [`ObjectSeed::known`] read so far, and the warnings
    /// about their types: the check for duplicates.
    seen: Seen,
    /// Whether values are borrowed from the input (`serde_json` reading a
    /// slice) rather than copied into a box each.
    borrow: bool,
}

impl<'c> ObjectSeed<'c> {
    pub(crate) fn new(
        context: &'c Context,
        known: &'static [Field],
        kept: &'static [&'static str],
        record: &'c mut [Option<Read>],
        fields: &'c mut Fields,
    ) -> Self {
        ObjectSeed {
            context,
            known,
            kept,
            record,
            fields,
            seen: Seen::default(),
            borrow: false,
        }
    }

    /// The seed for a deserializer that lends its input's values (`serde_json`
    /// reading a slice); another one fails on the first value.
    fn borrowing(self) -> Self {
        ObjectSeed {
            borrow: true,
            ..self
        }
    }

    fn not_an_object<E: de::Error>(&self, found: &'static str) -> E {
        self.context.fail(Problem::NotAnObject { found })
    }

    /// Keeps `value` of a field the object does not read (or read as another
    /// type than it came), the last of duplicates counting.
    fn keep(&mut self, name: Cow<'static, str>, value: Json) {
        if !self.fields.is_empty() && self.fields.contains(&name) {
            self.context.warn(Warning::DuplicateField {
                field: name.clone().into_owned(),
            });
            self.fields.set(&name, value);
        } else {
            self.fields.push(name, value);
        }
    }

    /// Keeps the field `key`, which the object does not read, under the name of
    /// [`Object::KEPT`] it is, if any.
    fn other(&mut self, key: &str, value: Raw<'_>) {
        let name = match self.kept.iter().find(|kept| is_name(kept, key)) {
            Some(kept) => Cow::Borrowed(*kept),
            None => Cow::Owned(key.to_owned()),
        };
        self.keep(name, value.into_json());
    }

    /// The index in [`ObjectSeed::known`] of the field `key`; a field read
    /// before (typed, or kept raw as it had another type) is forgotten, as the
    /// last counts.
    fn known(&mut self, key: &str) -> Option<usize> {
        let index = self.known.iter().position(|(name, _)| is_name(name, key))?;
        let name = self.known[index].0;
        let bit = 1u64 << index;
        if self.seen.fields & bit != 0 {
            self.forget(index, name);
        }
        self.seen.fields |= bit;
        Some(index)
    }

    /// Forgets the value read for `name`, at `index`, which the body sends
    /// again. Apart, as few bodies do: the lookup of every key stays small.
    #[cold]
    #[inline(never)]
    fn forget(&mut self, index: usize, name: &'static str) {
        let warned = std::mem::replace(&mut self.seen.warned[index], NOT_WARNED);
        self.context.unsay(warned);
        self.context.warn(Warning::DuplicateField {
            field: name.to_owned(),
        });
        self.record[index] = None;
        self.fields.remove(name);
    }

    /// What the value of the field at `index`, which is no code, gives: a
    /// warning and the value kept raw where it has another type.
    fn decode(&mut self, index: usize, value: Raw<'_>) -> Option<Read> {
        let (name, want) = self.known[index];
        if let Want::Raw = want {
            return Some(Read::Raw(value.into_json()));
        }
        match decode(want, value) {
            Decoded::Read(read) => {
                if let Read::Text(Text {
                    json: Some(found), ..
                }) = &read
                {
                    let warning = Warning::MessageNotText { field: name, found };
                    self.seen.warned[index] = self.context.warn_at(warning);
                }
                Some(read)
            }
            Decoded::Null => None,
            Decoded::Unexpected(value, found) => {
                let warning = Warning::UnexpectedType {
                    field: name.to_owned(),
                    found,
                    expected: want.expected(),
                };
                self.seen.warned[index] = self.context.warn_at(warning);
                self.keep(Cow::Borrowed(name), value);
                None
            }
        }
    }

    /// Reads the member `key: value` of a scanned body, as
    /// [`Visitor::visit_map`] reads one from `serde_json`. `None` where it has a
    /// problem (a code of the wrong type, a text the scanner leaves to
    /// `serde_json`): the caller reads the body again with `serde_json`, which
    /// says where.
    fn member(&mut self, key: &str, value: Value<'_>) -> Option<()> {
        let Some(index) = self.known(key) else {
            self.other(key, Raw::Borrowed(value.json));
            return Some(());
        };
        let read = match (self.known[index].1, value.kind) {
            (Want::Code(catalog), _) => self.scanned_code(catalog, value)?,
            (Want::Text | Want::Message | Want::Flag | Want::Word(_), Kind::Null) => None,
            (Want::Flag, Kind::True | Kind::False) => Some(Read::Flag(value.kind == Kind::True)),
            (Want::Word(words), Kind::String { .. }) => match value.text() {
                Some(text) => Some(Read::Word(word(words, text))),
                None => self.decode(index, Raw::Borrowed(value.json)),
            },
            (Want::Text | Want::Message, Kind::String { .. }) => match value.text() {
                Some(text) => Some(Read::Text(Text {
                    text: text.into_owned(),
                    json: None,
                })),
                // An escape that is no Unicode text: kept raw, and said.
                None => self.decode(index, Raw::Borrowed(value.json)),
            },
            _ => self.decode(index, Raw::Borrowed(value.json)),
        };
        self.record[index] = read;
        Some(())
    }

    /// The code `value` gives, as [`CodeSeed`] reads it from `serde_json`;
    /// `None` where it reads an error, which the caller leaves to it.
    fn scanned_code(&self, catalog: &'static Catalog, value: Value<'_>) -> Option<Option<Read>> {
        let sent = match value.kind {
            Kind::Null => return Some(None),
            Kind::String { .. } => catalog.text(&value.text()?),
            Kind::Integer | Kind::Float => match value.number()? {
                Number::U64(number) => catalog.number(number),
                Number::I64(number) => Sent::negative(number),
                // A fraction, an exponent, beyond 64 bits: no code.
                Number::F64 => return None,
            },
            _ => return None,
        };
        Some(Some(Read::Code(sent)))
    }

    /// The value of the field `key` as its raw JSON, refused where it nests too
    /// deep.
    fn raw<'de, A: MapAccess<'de>>(&self, map: &mut A, key: &str) -> Result<Raw<'de>, A::Error> {
        let value = match self.borrow {
            true => Raw::Borrowed(map.next_value::<&'de RawValue>()?.get()),
            false => Raw::Owned(map.next_value::<Box<RawValue>>()?),
        };
        self.context.spend(value.get().len())?;
        if limits::too_deep(value.get()) {
            let field = key.to_owned();
            return Err(self.context.fail(Problem::TooDeep { field }));
        }
        Ok(value)
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
        let mut first = true;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let key = match key {
                Key::Text(key) => key,
                // Further on, a field of that name, as `serde_json` reads it.
                Key::Number if !first => Cow::Borrowed(crate::serde::SERDE_JSON_NUMBER),
                Key::Number => {
                    let text: String = map.next_value()?;
                    crate::serde::json_number::<A::Error>(&text)?;
                    return Err(self.not_an_object("a number"));
                }
            };
            first = false;
            self.context.spend(key.len())?;
            let Some(index) = self.known(&key) else {
                let value = self.raw(&mut map, &key)?;
                self.other(&key, value);
                continue;
            };
            let (name, want) = self.known[index];
            let read = match want {
                Want::Code(catalog) => map.next_value_seed(CodeSeed {
                    catalog,
                    key: name,
                    context: self.context,
                })?,
                _ => {
                    let value = self.raw(&mut map, name)?;
                    self.decode(index, value)
                }
            };
            self.record[index] = read;
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

/// What a raw value read for a [`Want::Text`], [`Want::Message`],
/// [`Want::Word`] or [`Want::Flag`] field is.
enum Decoded {
    Read(Read),
    /// `null`: the field is absent.
    Null,
    /// Another type than the field has: kept raw, with what it is.
    Unexpected(Json, &'static str),
}

fn decode(want: Want, value: Raw<'_>) -> Decoded {
    let mut text = None;
    let kind = match kind(value.get()) {
        // `serde_json` copies a string's escapes without checking them: a lone
        // surrogate (`"\ud800"`, which Python's `json` writes) is no text.
        "a string" => match string(value.get()) {
            Some(decoded) => {
                text = Some(decoded);
                "a string"
            }
            None => "a string with an escape that is no Unicode text",
        },
        kind => kind,
    };
    match (want, kind) {
        (_, "null") => Decoded::Null,
        (Want::Flag, "a boolean") => Decoded::Read(Read::Flag(value.get() == "true")),
        // A value is "a string" only where `text` holds its text.
        (Want::Word(words), "a string") => {
            Decoded::Read(Read::Word(word(words, text.unwrap_or_default())))
        }
        (Want::Text | Want::Message, "a string") => Decoded::Read(Read::Text(Text {
            text: match text {
                Some(Cow::Owned(text)) => text,
                _ => value.into_text(),
            },
            json: None,
        })),
        (Want::Message, kind) => Decoded::Read(Read::Text(Text {
            text: value.into_json_text(),
            json: Some(kind),
        })),
        (_, kind) => Decoded::Unexpected(value.into_json(), kind),
    }
}

/// `text`, lent by `words` where it is one of them.
fn word(words: &'static [&'static str], text: Cow<'_, str>) -> Cow<'static, str> {
    match words.iter().find(|word| is_name(word, &text)) {
        Some(word) => Cow::Borrowed(word),
        None => Cow::Owned(text.into_owned()),
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

/// The text of `json`, a raw JSON value, where it is a string: borrowed where
/// it has no escapes; `None` for another value, or an escape that is no
/// Unicode text.
pub(crate) fn string(json: &str) -> Option<Cow<'_, str>> {
    let inner = json.strip_prefix('"')?.strip_suffix('"')?;
    match inner.contains('\\') {
        false => Some(Cow::Borrowed(inner)),
        true => scan::decode(inner).map(Cow::Owned),
    }
}

/// A field's value as its JSON text: borrowed from the body where the
/// scanner or `serde_json` reads a slice, else in a box of its own.
pub(crate) enum Raw<'a> {
    Borrowed(&'a str),
    Owned(Box<RawValue>),
}

impl Raw<'_> {
    fn get(&self) -> &str {
        match self {
            Raw::Borrowed(json) => json,
            Raw::Owned(value) => value.get(),
        }
    }

    /// The value, to keep.
    fn into_json(self) -> Json {
        match self {
            Raw::Borrowed(json) => Json::read(json),
            Raw::Owned(value) => value.into(),
        }
    }

    /// The text between the quotes of a JSON string without escapes: a copy,
    /// or the raw value's own allocation where it has one.
    fn into_text(self) -> String {
        match self {
            Raw::Borrowed(json) => json[1..json.len() - 1].to_owned(),
            Raw::Owned(value) => {
                let mut text = String::from(Box::<str>::from(value));
                text.pop();
                text.remove(0);
                text
            }
        }
    }

    /// The JSON text.
    fn into_json_text(self) -> String {
        match self {
            Raw::Borrowed(json) => json.to_owned(),
            Raw::Owned(value) => Box::<str>::from(value).into(),
        }
    }
}

/// A field's name, borrowed from the body where it has no escapes.
enum Key<'de> {
    Text(Cow<'de, str>),
    /// The key of the map `serde_json` gives a number as, with its
    /// `arbitrary_precision` feature ([`crate::serde::numbers_as_maps`]):
    /// as the map's first key, the body is that number.
    Number,
}

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
        match crate::serde::is_number_key(v) {
            true => Ok(Key::Number),
            false => Ok(Key::Text(Cow::Borrowed(v))),
        }
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        match crate::serde::is_number_key(v) {
            true => Ok(Key::Number),
            false => Ok(Key::Text(Cow::Owned(v.to_owned()))),
        }
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
    /// A string that is mostly one of a few words the platform's source sends
    /// (the names of Arklet's `ResponseCode` in `code`, of sofa-ark's in
    /// `data.code`): [`Read::Word`], lent by the list where it is one of them
    /// rather than copied; another type is kept raw with a warning, as for
    /// [`Want::Text`].
    Word(&'static [&'static str]),
    /// Any JSON value, kept as written: [`Read::Raw`].
    Raw,
}

impl Want {
    /// What the field must be, for "must be ..." in errors and warnings.
    fn expected(self) -> &'static str {
        match self {
            Want::Text | Want::Message | Want::Word(_) => "a string",
            Want::Code(_) => "a string or a whole number",
            Want::Flag => "true or false",
            Want::Raw => "any JSON value",
        }
    }
}

/// A value read for a field, of the kind its [`Want`] reads.
pub(crate) enum Read {
    Text(Text),
    Word(Cow<'static, str>),
    Code(Sent),
    Flag(bool),
    Raw(Json),
}

/// A text read for a field: a string's text, or, for a message sent as other
/// JSON, that JSON's text and what it is.
pub(crate) struct Text {
    pub(crate) text: String,
    pub(crate) json: Option<&'static str>,
}

impl Text {
    /// The JSON the text came as, for a field moved out of the typed ones.
    pub(crate) fn into_json(self) -> Json {
        match self.json {
            Some(_) => Json::parse(self.text).unwrap_or_else(|text| super::fields::string(&text)),
            None => super::fields::string(&self.text),
        }
    }
}

/// A code a [`Catalog`] found for a string, and the catalog's spelling of it
/// that the string is byte for byte, where it is one: what the reader lends
/// rather than copies.
pub(crate) type Found = (Code, Option<&'static str>);

/// How a platform finds a code it reads in a body.
pub(crate) struct Catalog {
    /// The code of a string, as the platform's `FromStr` finds it.
    pub(crate) find: fn(&str) -> Option<Found>,
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
    /// Where the code came as a JSON number, that number where it fits in a
    /// `u32`, kept as read: not parsed again from the text.
    pub(crate) value: Option<u32>,
}

impl Sent {
    /// The code as a number, when it is one that fits in a `u32`: a JSON
    /// number, or a string of digits as ESB sends some.
    pub(crate) fn as_u32(&self) -> Option<u32> {
        match self.number {
            true => self.value,
            false => canonical_u32(&self.text),
        }
    }

    /// The JSON the body sent: the number, or the string.
    pub(crate) fn into_json(self) -> Json {
        match self.number {
            true => Json::parse(self.text.into_owned())
                .unwrap_or_else(|text| super::fields::string(&text)),
            false => super::fields::string(&self.text),
        }
    }

    /// A negative number sent as a code: no platform's code is one.
    fn negative(number: i64) -> Sent {
        Sent {
            text: Cow::Owned(number.to_string()),
            number: true,
            error: None,
            value: None,
        }
    }
}

impl Catalog {
    pub(crate) fn text(&self, text: &str) -> Sent {
        let found = (self.find)(text);
        let error = found.map(|(code, _)| code);
        Sent {
            text: match found {
                // Most bodies spell a code as the catalog does: borrowed as
                // the lookup matched it, not compared again.
                Some((_, Some(spelled))) => Cow::Borrowed(spelled),
                _ => as_sent(error, text),
            },
            number: false,
            error,
            value: None,
        }
    }

    fn number(&self, number: u64) -> Sent {
        use crate::ErrorCode;
        let value = u32::try_from(number).ok();
        let error = self.number.and_then(|find| value.and_then(find));
        // A number has one spelling, which `build.rs` makes the catalog's code.
        let text = match error {
            Some(code) => Cow::Borrowed(code.code()),
            None => Cow::Owned(number.to_string()),
        };
        Sent {
            text,
            number: true,
            error,
            value,
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
        Ok(Some(Read::Code(Sent::negative(v))))
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

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Option<Read>, M::Error> {
        match crate::serde::number_in(&mut map)? {
            Some(number) => number.visit(self),
            None => Err(self.wrong_type("an object")),
        }
    }

    fn visit_seq<S: de::SeqAccess<'de>>(self, _: S) -> Result<Option<Read>, S::Error> {
        Err(self.wrong_type("an array"))
    }
}

/// `text` as a number, when it is written as a whole number is canonically
/// written: digits only, no leading zero, up to `u32::MAX`.
pub(crate) fn canonical_u32(text: &str) -> Option<u32> {
    // By hand rather than `str::parse`, which also takes a `+` and leading
    // zeros and so needs a pass of its own to refuse them: every body with a
    // numeric code comes through here.
    match text.as_bytes() {
        [] | [b'0', _, ..] => None,
        digits => digits.iter().try_fold(0u32, |number, byte| {
            let digit = byte.wrapping_sub(b'0');
            match digit {
                0..=9 => number.checked_mul(10)?.checked_add(u32::from(digit)),
                _ => None,
            }
        }),
    }
}
