//! The fields of a body that its `ApiError` does not read itself, kept raw.
//!
//! A kept value is its JSON text ([`Json`]), copied from the body once it has
//! been read as JSON, not a `serde_json` `RawValue`: making one of those from
//! text parses the text again (the only way to make one without `unsafe`),
//! which for a body's nested `data` costs more than reading the rest of the
//! body. The rare callers that want a `RawValue` (the public accessors, and
//! writing a body) get one then.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::ser::SerializeMap;
use serde_json::value::RawValue;

use super::drop_if_held::{DropIfHeld, Holds};

/// Fields kept as their raw JSON, in body order: re-encoding a parsed body writes
/// them back unchanged, so nothing the platform sent is lost.
///
/// Many errors keep no field (bkpaas3's, openYuanrong's): each part is
/// dropped only where it holds something ([`DropIfHeld`]).
#[derive(Clone, Debug, Default)]
pub(crate) struct Fields {
    /// Names the platform's bodies carry are borrowed from its list of them
    /// ([`Object::KEPT`](super::read::Object::KEPT)): most bodies then allocate
    /// nothing for names.
    fields: DropIfHeld<List>,
    /// Where each field is, once there are many: a body of a megabyte of tiny
    /// fields, or of duplicates of one, must not make finding a field
    /// quadratic. Boxed, as few bodies need it and every `ApiError` carries
    /// it.
    names: DropIfHeld<Option<Box<Names>>>,
}

/// The position of each of many fields, by name.
#[derive(Clone, Debug, Default)]
struct Names(HashMap<String, usize>);

/// Beyond this many fields, a field is found through [`Names`].
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

/// A list emptied after it grew keeps the buffer of `more`.
impl Holds for List {
    #[inline]
    fn holds(&self) -> bool {
        self.first.is_some() || self.more.holds()
    }
}

impl List {
    fn len(&self) -> usize {
        usize::from(self.first.is_some()) + self.more.len()
    }

    fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.first.iter().chain(&self.more)
    }

    fn get_mut(&mut self, index: usize) -> Option<&mut Entry> {
        match index {
            0 => self.first.as_mut(),
            _ => self.more.get_mut(index - 1),
        }
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

    /// Removes the entry at `index`, which is one.
    fn remove(&mut self, index: usize) {
        match index {
            0 => {
                self.first = match self.more.is_empty() {
                    true => None,
                    false => Some(self.more.remove(0)),
                }
            }
            _ => {
                self.more.remove(index - 1);
            }
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
    /// Where `name` is among the fields (each name is there once).
    fn position(&self, name: &str) -> Option<usize> {
        match &*self.names {
            Some(names) => names.0.get(name).copied(),
            None => self.fields.iter().position(|(key, _)| key == name),
        }
    }

    /// Whether there is no field: most bodies keep none, or one.
    pub(crate) fn is_empty(&self) -> bool {
        self.fields.first.is_none()
    }

    /// Whether `name` is one of the fields.
    pub(crate) fn contains(&self, name: &str) -> bool {
        self.position(name).is_some()
    }

    /// The value of `name`.
    pub(crate) fn get(&self, name: &str) -> Option<&Json> {
        let index = self.position(name)?;
        self.fields.iter().nth(index).map(|(_, value)| value)
    }

    /// Adds `name`, or replaces its value where it is already there.
    pub(crate) fn set(&mut self, name: &str, value: Json) {
        let index = self.position(name);
        match index.and_then(|index| self.fields.get_mut(index)) {
            Some((_, old)) => *old = value,
            None => self.push(Cow::Owned(name.to_owned()), value),
        }
    }

    /// Puts `name` first, replacing its value where it is already there: a field
    /// a reader takes apart, put back where a built body has it.
    pub(crate) fn set_first(&mut self, name: &'static str, value: Json) {
        // Arklet's `data`, taken apart and put back, is mostly the only field.
        if self.is_empty() {
            self.fields.first = Some((Cow::Borrowed(name), value));
            return;
        }
        self.remove(name);
        if let Some(names) = &mut *self.names {
            names.0.values_mut().for_each(|index| *index += 1);
            names.0.insert(name.to_owned(), 0);
        }
        self.fields.insert_first((Cow::Borrowed(name), value));
    }

    /// Removes `name`. The fields after it move up one: a reader removes the
    /// field it read last far more often than any other.
    pub(crate) fn remove(&mut self, name: &str) {
        let Some(index) = self.position(name) else {
            return;
        };
        self.fields.remove(index);
        // No fields, no map: an empty `Fields` is the default one.
        if self.is_empty() {
            *self.names = None;
        }
        if let Some(names) = &mut *self.names {
            names.0.remove(name);
            for (key, _) in self.fields.iter().skip(index) {
                if let Some(position) = names.0.get_mut(&**key) {
                    *position -= 1;
                }
            }
        }
    }

    /// Adds a field read from a body; the reader has checked it is not a duplicate.
    pub(crate) fn push(&mut self, name: Cow<'static, str>, value: Json) {
        // The first, the one most bodies keep (ESB's `data: null`, Arklet's
        // `data`), straight into its place.
        if self.is_empty() {
            self.fields.first = Some((name, value));
            return;
        }
        let index = self.fields.len();
        if let Some(names) = &mut *self.names {
            names.0.insert(name.to_string(), index);
        } else if index == SCAN_LIMIT {
            let mut names: HashMap<String, usize> = (self.fields.iter())
                .enumerate()
                .map(|(index, (key, _))| (key.to_string(), index))
                .collect();
            names.insert(name.to_string(), index);
            *self.names = Some(Box::new(Names(names)));
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
        self.fields.iter().filter_map(|(key, value)| {
            let raw = value.to_raw();
            debug_assert!(raw.is_some(), "a kept field is not JSON: {value:?}");
            Some((&**key, raw?))
        })
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

    /// `text`, where it is JSON; else `text` back.
    pub(crate) fn parse(text: String) -> Result<Json, String> {
        match serde_json::from_str::<&RawValue>(&text) {
            Ok(_) => Ok(Json(Cow::Owned(text))),
            Err(_) => Err(text),
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What a test does to [`Fields`].
    #[derive(Clone, Debug)]
    enum Step {
        Push(u8),
        Set(u8),
        Remove(u8),
        SetFirst(u8),
    }

    fn steps() -> impl Strategy<Value = Vec<Step>> {
        // Names from a small set, so that most steps meet a field already
        // there; enough of them to pass `SCAN_LIMIT` and use `Names`.
        let name = 0u8..48;
        let step = prop_oneof![
            4 => name.clone().prop_map(Step::Push),
            3 => name.clone().prop_map(Step::Set),
            2 => name.clone().prop_map(Step::Remove),
            1 => name.prop_map(Step::SetFirst),
        ];
        prop::collection::vec(step, 0..200)
    }

    /// The names `set_first` takes are `'static`.
    const FIRST: [&str; 2] = ["data", "fields_detail"];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever is done to them, the fields are what a plain list of
        /// names and values given the same steps holds, and each is found
        /// where it is.
        #[test]
        fn fields_are_a_list_of_unique_names(steps in steps()) {
            let mut fields = Fields::default();
            let mut model: Vec<(String, String)> = Vec::new();
            for (at, step) in steps.iter().enumerate() {
                let value = at.to_string();
                match *step {
                    Step::Push(n) => {
                        let name = format!("f{n}");
                        if !model.iter().any(|(key, _)| *key == name) {
                            fields.push(Cow::Owned(name.clone()), Json::read(&value));
                            model.push((name, value));
                        }
                    }
                    Step::Set(n) => {
                        let name = format!("f{n}");
                        fields.set(&name, Json::read(&value));
                        match model.iter_mut().find(|(key, _)| *key == name) {
                            Some((_, old)) => *old = value,
                            None => model.push((name, value)),
                        }
                    }
                    Step::Remove(n) => {
                        let name = format!("f{n}");
                        fields.remove(&name);
                        model.retain(|(key, _)| *key != name);
                    }
                    Step::SetFirst(n) => {
                        let name = FIRST[usize::from(n) % FIRST.len()];
                        fields.set_first(name, Json::read(&value));
                        model.retain(|(key, _)| key != name);
                        model.insert(0, (name.to_owned(), value));
                    }
                }
                let listed: Vec<(String, String)> = fields
                    .iter()
                    .map(|(key, value)| (key.to_owned(), value.get().to_owned()))
                    .collect();
                prop_assert_eq!(&listed, &model);
                for (key, value) in &model {
                    prop_assert!(fields.contains(key));
                    prop_assert_eq!(fields.get(key).map(Json::get), Some(value.as_str()));
                }
                prop_assert!(!fields.contains("absent"));
            }
        }
    }

    /// Fields emptied after they had a name map still find what is added
    /// then, first or pushed (emptied, they drop the map, which the shortcuts
    /// for no fields do not keep up): a case the random steps reach only by
    /// chance.
    #[test]
    fn emptied_fields_with_a_name_map_find_what_comes_next() {
        let mut fields = Fields::default();
        let names: Vec<String> = (0..=SCAN_LIMIT).map(|n| format!("f{n}")).collect();
        for name in &names {
            fields.push(Cow::Owned(name.clone()), Json::read("1"));
        }
        assert!(fields.names.is_some());
        for name in &names {
            fields.remove(name);
        }
        assert!(fields.is_empty());
        fields.push(Cow::Borrowed("a"), Json::read("2"));
        assert_eq!(fields.get("a").map(Json::get), Some("2"));
        fields.set("a", Json::read("3"));
        assert_eq!(fields.iter().count(), 1);
        fields.remove("a");
        fields.set_first("data", Json::read("4"));
        assert_eq!(fields.get("data").map(Json::get), Some("4"));
        fields.set("data", Json::read("5"));
        assert_eq!(fields.iter().count(), 1);
    }
}
