//! JSON output: an array with one object per entry, one key per field.

use std::io::{self, Write};

use serde::ser::{Serialize, SerializeMap, Serializer};

use errcodes::sdk::Definition;
use errcodes::{Citation, Text};

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
            Value::CodeOrigin(origin) => serializer.serialize_str(origin.as_str()),
            Value::MeaningOrigin(origin) => serializer.serialize_str(origin.as_str()),
            Value::Texts(texts) => serializer.collect_seq(texts.iter().map(TextJson)),
            Value::Definitions(definitions) => {
                serializer.collect_seq(definitions.iter().map(DefinitionJson))
            }
            Value::PaasDefinitions(definitions) => {
                serializer.collect_seq(definitions.iter().map(PaasDefinitionJson))
            }
            Value::KouplelessDefinitions(definitions) => {
                serializer.collect_seq(definitions.iter().map(KouplelessDefinitionJson))
            }
        }
    }
}

/// A vendor text: field, language, origin, where it stands, the text.
struct TextJson<'t>(&'t Text);

impl Serialize for TextJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let t = self.0;
        let mut map = serializer.serialize_map(Some(5))?;
        map.serialize_entry("field", t.field().as_str())?;
        map.serialize_entry("lang", t.lang().as_str())?;
        map.serialize_entry("origin", t.origin().as_str())?;
        map.serialize_entry("source", t.source())?;
        map.serialize_entry("text", t.text())?;
        map.end()
    }
}

/// A definition of bkpaas3's or ESB's source: its scope, name, number, texts,
/// HTTP status, and where it is (repository, path, commit, line; the copied
/// table and its line).
struct PaasDefinitionJson<'d>(&'d errcodes::paas::Definition);

impl Serialize for PaasDefinitionJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("scope", d.scope().as_str())?;
        map.serialize_entry("name", d.name())?;
        map.serialize_entry("number", &d.number())?;
        map.serialize_entry("message_zh", &d.message_zh())?;
        map.serialize_entry("message_en", &d.message_en())?;
        map.serialize_entry("http_status", &d.http_status().map(|s| s.as_u16()))?;
        map.serialize_entry("solution_en", &d.solution_en())?;
        citation_entries(&mut map, d.citation())?;
        map.serialize_entry("table", d.table())?;
        map.serialize_entry("table_line", &d.table_line())?;
        map.end()
    }
}

/// A definition of the vendor's source: component, symbol, message, HTTP status,
/// comment, and where it is (repository, path, commit, line).
struct DefinitionJson<'d>(&'d Definition);

impl Serialize for DefinitionJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("component", d.component().as_str())?;
        map.serialize_entry("symbol", d.symbol())?;
        map.serialize_entry("number", &d.number())?;
        map.serialize_entry("message", &d.message())?;
        map.serialize_entry("http_status", &d.http_status().map(|s| s.as_u16()))?;
        map.serialize_entry("comment", &d.comment())?;
        citation_entries(&mut map, d.citation())?;
        map.end()
    }
}

/// A row of Koupleless's source table: the code, its component and who sends
/// it, declaration or message, symbol, texts, the constant's value, the wire
/// field, HTTP status, and where it is (repository, path, commit, line; the
/// copied table's line).
struct KouplelessDefinitionJson<'d>(&'d errcodes::koupleless::Definition);

impl Serialize for KouplelessDefinitionJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", d.code())?;
        map.serialize_entry("component", d.component().as_str())?;
        map.serialize_entry("sent_by", d.sent_by())?;
        let kind = if d.is_declaration() {
            "definition"
        } else {
            "message"
        };
        map.serialize_entry("kind", kind)?;
        map.serialize_entry("symbol", d.symbol())?;
        map.serialize_entry("message", &d.message())?;
        map.serialize_entry("expression", &d.expression())?;
        map.serialize_entry("comment", &d.comment())?;
        map.serialize_entry("value", &d.value())?;
        map.serialize_entry("wire_field", d.wire_field())?;
        map.serialize_entry("http_status", &d.http_status().map(|s| s.as_u16()))?;
        citation_entries(&mut map, d.citation())?;
        map.serialize_entry("table_line", &d.table_line())?;
        map.end()
    }
}

/// A citation's entries: `repository`, `path`, `commit`, `line`.
fn citation_entries<M: SerializeMap>(map: &mut M, citation: Citation) -> Result<(), M::Error> {
    map.serialize_entry("repository", citation.repository)?;
    map.serialize_entry("path", citation.path)?;
    map.serialize_entry("commit", citation.commit)?;
    map.serialize_entry("line", &citation.line)
}
