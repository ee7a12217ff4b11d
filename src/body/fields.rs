//! The fields of a body that its `ApiError` does not read itself, kept raw.
//!
//! A kept value is its JSON text ([`Json`]), copied from the body once it has
//! been read as JSON, not a `serde_json` `RawValue`: making one of those from
//! text parses the text again (the only way to make one without `unsafe`),
//! which for a body's nested `data` costs more than reading the rest of the
//! body. The rare callers that want a `RawValue` (the public accessors, and
//! writing a body) get one then.

use std::borrow::Cow;
use std::collections::HashSet;

use serde::ser::SerializeMap;
use serde_json::value::RawValue;

/// Fields kept as their raw JSON, in body order: re-encoding a parsed body writes
/// them back unchanged, so nothing the platform sent is lost.
#[derive(Clone, Debug, Default)]
pub(crate) struct Fields {
    /// Names the platform's bodies carry are borrowed from its list of them
    /// ([`Object::KEPT`](super::read::Object::KEPT)): most bodies then allocate
    /// nothing for names.
    fields: List,
    /// The names, once there are many: a body of a megabyte of tiny fields must
    /// not make the duplicate check quadratic. Boxed, as few bodies need it
    /// and every `ApiError` carries it.
    names: Option<Box<Names>>,
}

/// The names of many fields.
#[derive(Clone, Debug, Default)]
struct Names(HashSet<String>);

/// Beyond this many fields, [`Fields::contains`] uses a hash set.
const SCAN_LIMIT: usize = 32;

/// A field: its name and value.
type Entry = (Cow<'static, str>, Json);

/// Fields in order, the first in place: most bodies keep one field (ESB's
/// `data: null`, Arklet's `data`) or none, which so costs no allocation.
/// `first` is `None` only when `more` is empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct List {
    first: Option<Entry>,
    more: Vec<Entry>,
}

impl List {
    fn len(&self) -> usize {
        usize::from(self.first.is_some()) + self.more.len()
    }

    fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.first.iter().chain(&self.more)
    }

    fn iter_mut(&mut self) -> impl Iterator<Item = &mut Entry> {
        self.first.iter_mut().chain(&mut self.more)
    }

    fn push(&mut self, entry: Entry) {
        match self.first {
            None => self.first = Some(entry),
            Some(_) => self.more.push(entry),
        }
    }

    fn insert_first(&mut self, entry: Entry) {
        if let Some(old) = self.first.replace(entry) {
            self.more.insert(0, old);
        }
    }

    fn retain(&mut self, mut keep: impl FnMut(&Entry) -> bool) {
        self.more.retain(&mut keep);
        if self.first.as_ref().is_some_and(|first| !keep(first)) {
            self.first = match self.more.is_empty() {
                true => None,
                false => Some(self.more.remove(0)),
            };
        }
    }
}

/// Equal when the same fields hold the same JSON text, in the same order.
impl PartialEq for Fields {
    fn eq(&self, other: &Fields) -> bool {
        self.fields == other.fields
    }
}

impl Eq for Fields {}

impl Fields {
    /// Whether `name` is one of the fields.
    pub(crate) fn contains(&self, name: &str) -> bool {
        match &self.names {
            Some(names) => names.0.contains(name),
            None => self.fields.iter().any(|(key, _)| key == name),
        }
    }

    /// The value of `name`.
    pub(crate) fn get(&self, name: &str) -> Option<&Json> {
        self.fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    /// Adds `name`, or replaces its value where it is already there.
    pub(crate) fn set(&mut self, name: &str, value: Json) {
        if let Some((_, old)) = self.fields.iter_mut().find(|(key, _)| key == name) {
            *old = value;
            return;
        }
        self.push(Cow::Owned(name.to_owned()), value);
    }

    /// Puts `name` first, replacing its value where it is already there: a field
    /// a reader takes apart, put back where a built body has it.
    pub(crate) fn set_first(&mut self, name: &'static str, value: Json) {
        self.remove(name);
        if let Some(names) = &mut self.names {
            names.0.insert(name.to_owned());
        }
        self.fields.insert_first((Cow::Borrowed(name), value));
    }

    /// Removes `name`.
    pub(crate) fn remove(&mut self, name: &str) {
        self.fields.retain(|(key, _)| key != name);
        if let Some(names) = &mut self.names {
            names.0.remove(name);
        }
    }

    /// Adds a field read from a body; the reader has checked it is not a duplicate.
    pub(crate) fn push(&mut self, name: Cow<'static, str>, value: Json) {
        if let Some(names) = &mut self.names {
            names.0.insert(name.to_string());
        } else if self.fields.len() == SCAN_LIMIT {
            let mut names: HashSet<String> =
                self.fields.iter().map(|(k, _)| k.to_string()).collect();
            names.insert(name.to_string());
            self.names = Some(Box::new(Names(names)));
        }
        self.fields.push((name, value));
    }

    /// The fields, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &Json)> {
        self.fields.iter().map(|(key, value)| (&**key, value))
    }

    /// The fields as `serde_json` raw values, in order, for the public
    /// accessors.
    pub(crate) fn raw_values(&self) -> impl Iterator<Item = (&str, &RawValue)> {
        self.fields
            .iter()
            .filter_map(|(key, value)| Some((&**key, value.to_raw()?)))
    }

    /// Writes every field into `map`.
    pub(crate) fn serialize_into<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        for (key, value) in self.fields.iter() {
            map.serialize_entry(&**key, value)?;
        }
        Ok(())
    }
}

/// A field's value: its JSON text, valid JSON by how it is made (read from a
/// body as JSON, written by `serde_json`, or one of the crate's constants),
/// borrowed where it is a constant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Json(Cow<'static, str>);

impl Json {
    /// `json`, a value the body scanner read as JSON: a copy, or a constant
    /// for the values bodies send most (`null`, `{}`), which so allocate
    /// nothing.
    pub(crate) fn read(json: &str) -> Json {
        const COMMON: [&str; 5] = ["null", "{}", "[]", "true", "false"];
        match COMMON.iter().find(|common| **common == json) {
            Some(common) => Json(Cow::Borrowed(common)),
            None => Json(Cow::Owned(json.to_owned())),
        }
    }

    /// `text`, where it is JSON.
    pub(crate) fn parse(text: String) -> Option<Json> {
        let valid = serde_json::from_str::<&RawValue>(&text).is_ok();
        valid.then_some(Json(Cow::Owned(text)))
    }

    /// The JSON text.
    pub(crate) fn get(&self) -> &str {
        &self.0
    }

    /// The value as a `serde_json` raw value, borrowed from the text. `None`
    /// would be text that is no JSON, which no `Json` holds.
    pub(crate) fn to_raw(&self) -> Option<&RawValue> {
        serde_json::from_str(&self.0).ok()
    }
}

impl From<Box<RawValue>> for Json {
    fn from(raw: Box<RawValue>) -> Json {
        Json(Cow::Owned(Box::<str>::from(raw).into_string()))
    }
}

/// Writes the value as its JSON text, unchanged.
impl serde::Serialize for Json {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.to_raw() {
            Some(raw) => raw.serialize(serializer),
            None => Err(serde::ser::Error::custom("a kept field is not JSON")),
        }
    }
}

/// A constant JSON text, for the fields a built body carries: borrowed, so
/// building a body copies none of them.
pub(crate) fn raw(json: &'static str) -> Json {
    debug_assert!(serde_json::from_str::<&RawValue>(json).is_ok(), "{json}");
    Json(Cow::Borrowed(json))
}

/// A string as a JSON value, for a field moved out of the typed ones.
pub(crate) fn string(text: &str) -> Json {
    match serde_json::to_string(text) {
        Ok(json) => Json(Cow::Owned(json)),
        // Writing a `str` as JSON cannot fail; were it to, `null` is the
        // value that loses the least without a panic.
        Err(_) => raw("null"),
    }
}
