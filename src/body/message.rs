//! A message as a body sent it: a string, other JSON, or none.

use serde::ser::SerializeMap;
use serde_json::value::RawValue;

use super::Warning;
use super::read::Text;

/// A message as sent, written back as it came.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub(crate) struct Message {
    /// The text: the string, or the JSON text of a message that is not one.
    pub(crate) text: String,
    form: Form,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum Form {
    /// A JSON string.
    #[default]
    Text,
    /// Other JSON, whose text `text` is.
    Json,
    /// No message in the body.
    Absent,
}

impl Message {
    /// A message the crate writes as a string.
    pub(crate) fn new(text: impl Into<String>) -> Message {
        Message {
            text: text.into(),
            form: Form::Text,
        }
    }

    /// The message read for a field; `None` (absent or `null`) is an empty
    /// message that the body does not carry, and a warning.
    pub(crate) fn read(text: Option<Text>, warnings: &mut Vec<Warning>) -> Message {
        match text {
            Some(Text { text, json: None }) => Message::new(text),
            Some(Text {
                text,
                json: Some(_),
            }) => Message {
                text,
                form: Form::Json,
            },
            None => {
                warnings.push(Warning::NoMessage);
                Message {
                    text: String::new(),
                    form: Form::Absent,
                }
            }
        }
    }

    /// Whether the body carries no message.
    pub(crate) fn is_absent(&self) -> bool {
        self.form == Form::Absent
    }

    /// Writes the message under `key` as it came; nothing when it is absent.
    pub(crate) fn serialize_into<M: SerializeMap>(
        &self,
        map: &mut M,
        key: &str,
    ) -> Result<(), M::Error> {
        match self.form {
            Form::Absent => Ok(()),
            Form::Json => match RawValue::from_string(self.text.clone()) {
                Ok(raw) => map.serialize_entry(key, &raw),
                Err(_) => map.serialize_entry(key, &self.text),
            },
            Form::Text => map.serialize_entry(key, &self.text),
        }
    }
}
