//! The fields of a body that its `ApiError` does not read itself, kept raw.

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
    fields: Vec<(Cow<'static, str>, Box<RawValue>)>,
    /// The names, once there are many: a body of a megabyte of tiny fields must
    /// not make the duplicate check quadratic.
    names: Option<HashSet<String>>,
}

/// Beyond this many fields, [`Fields::contains`] uses a hash set.
const SCAN_LIMIT: usize = 32;

/// Equal when the same fields hold the same JSON text, in the same order
/// (`RawValue` itself has no equality).
impl PartialEq for Fields {
    fn eq(&self, other: &Fields) -> bool {
        self.fields.len() == other.fields.len()
            && self
                .iter()
                .zip(other.iter())
                .all(|(a, b)| a.0 == b.0 && a.1.get() == b.1.get())
    }
}

impl Eq for Fields {}

impl Fields {
    /// Whether `name` is one of the fields.
    pub(crate) fn contains(&self, name: &str) -> bool {
        match &self.names {
            Some(names) => names.contains(name),
            None => self.fields.iter().any(|(key, _)| key == name),
        }
    }

    /// The raw value of `name`.
    pub(crate) fn get(&self, name: &str) -> Option<&RawValue> {
        self.fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| &**value)
    }

    /// Adds `name`, or replaces its value where it is already there.
    pub(crate) fn set(&mut self, name: &str, value: Box<RawValue>) {
        match self.fields.iter_mut().find(|(key, _)| key == name) {
            Some((_, old)) => *old = value,
            None => self.push(Cow::Owned(name.to_owned()), value),
        }
    }

    /// Puts `name` first, replacing its value where it is already there: a field
    /// a reader takes apart, put back where a built body has it.
    pub(crate) fn set_first(&mut self, name: &'static str, value: Box<RawValue>) {
        self.remove(name);
        if let Some(names) = &mut self.names {
            names.insert(name.to_owned());
        }
        self.fields.insert(0, (Cow::Borrowed(name), value));
    }

    /// Removes `name`.
    pub(crate) fn remove(&mut self, name: &str) {
        self.fields.retain(|(key, _)| key != name);
        if let Some(names) = &mut self.names {
            names.remove(name);
        }
    }

    /// Adds a field read from a body; the reader has checked it is not a duplicate.
    pub(crate) fn push(&mut self, name: Cow<'static, str>, value: Box<RawValue>) {
        if let Some(names) = &mut self.names {
            names.insert(name.to_string());
        } else if self.fields.len() == SCAN_LIMIT {
            let mut names: HashSet<String> =
                self.fields.iter().map(|(k, _)| k.to_string()).collect();
            names.insert(name.to_string());
            self.names = Some(names);
        }
        self.fields.push((name, value));
    }

    /// The fields, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &RawValue)> {
        self.fields.iter().map(|(key, value)| (&**key, &**value))
    }

    /// Writes every field into `map`.
    pub(crate) fn serialize_into<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        for (key, value) in &self.fields {
            map.serialize_entry(&**key, value)?;
        }
        Ok(())
    }
}

/// A constant JSON text as a raw value, for the fields a built body carries.
pub(crate) fn raw(json: &'static str) -> Box<RawValue> {
    RawValue::from_string(json.to_owned()).expect("the crate's constant fields are JSON")
}

/// A string as a raw JSON value, for a field moved out of the typed ones.
pub(crate) fn string(text: &str) -> Box<RawValue> {
    serde_json::value::to_raw_value(text).expect("a string serializes to JSON")
}
