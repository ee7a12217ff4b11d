//! JSON output: an array with one object per entry, one key per field.

use std::io::{self, Write};

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::entry::{Entry, Value};
use crate::escape::SafeJson;

/// Writes `entries` as a JSON array, then a newline; what a terminal would act
/// on is escaped ([`SafeJson`]).
pub fn write(out: &mut impl Write, entries: &[Entry<'_>]) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(&mut *out, SafeJson::new());
    entries.serialize(&mut serializer)?;
    writeln!(out)
}

/// Every field, text-only ones included, in order.
impl Serialize for Entry<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = self.fields();
        let mut map = serializer.serialize_map(Some(fields.len()))?;
        for field in fields {
            map.serialize_entry(field.key, &field.value)?;
        }
        map.end()
    }
}

/// Texts as strings, lists as arrays, named texts as an object, the status as a
/// number and its origin as its identifier (`published`, `vendor-source`,
/// `crate`).
impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Text(text) => serializer.serialize_str(text),
            Value::List(items) => items.serialize(serializer),
            Value::Pairs(pairs) => serializer.collect_map(pairs.iter().copied()),
            Value::Status(status) => serializer.serialize_u16(status.as_u16()),
            Value::Origin(origin) => serializer.serialize_str(origin.as_str()),
        }
    }
}
