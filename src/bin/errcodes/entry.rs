//! What the command says about one row of a catalog: its fields, in the order a
//! reader wants them, each with its JSON key and its label in text.
//!
//! Text and JSON are both written from these fields, so the two formats always
//! say the same things.

use errcodes::cci::CciError;
use errcodes::http::StatusCode;
use errcodes::koupleless::KouplelessError;
use errcodes::paas::PaasError;
use errcodes::sdk::{Definition, SdkError};
use errcodes::{Code, ErrorCode, Lang, MeaningOrigin, Origin, StatusOrigin, Text, Vendor};

/// One row of a catalog, as fields. The lifetime lets a field borrow text that is
/// not in the catalogs (what a platform sent), next to the catalog's.
#[derive(Debug)]
pub struct Entry<'a> {
    fields: Vec<Field<'a>>,
}

/// One thing known about a row.
#[derive(Debug)]
pub struct Field<'a> {
    /// The key in JSON output.
    pub key: &'static str,
    /// The label in text output.
    pub label: &'static str,
    pub show: Show,
    pub value: Value<'a>,
    /// Whether the value came from a body: text output escapes its line
    /// breaks too, as they are not the catalog's.
    pub sent: bool,
}

/// Where text output shows a field (JSON shows every field).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Show {
    /// On the entry's first line, without a label.
    Heading,
    /// On a line of its own, after its label.
    Line,
    /// Not in text: the identifier of something text names in words, or a
    /// value that text already shows under another label.
    JsonOnly,
}

/// A field's value.
#[derive(Debug)]
pub enum Value<'a> {
    Text(&'a str),
    List(Vec<&'a str>),
    /// Named texts: a Koupleless source with what it means in its table.
    Pairs(Vec<(&'a str, &'a str)>),
    Status(StatusCode),
    Origin(StatusOrigin),
    /// Where the code comes from.
    CodeOrigin(Origin),
    /// The definitions of an openYuanrong code in the vendor's source.
    Definitions(&'static [Definition]),
    /// Where a kind or a retry advice comes from.
    MeaningOrigin(MeaningOrigin),
    /// Every vendor text of the code, in both languages.
    Texts(&'static [Text]),
    /// The definitions of an ESB code in the vendor's source.
    PaasDefinitions(&'static [errcodes::paas::Definition]),
    /// The rows of the source that declare or send a Koupleless wire code.
    KouplelessDefinitions(&'static [errcodes::koupleless::Definition]),
}

impl Entry<'static> {
    /// Every field of `code`'s row: its identity, where it belongs, its status,
    /// and every text the catalog publishes for it.
    pub fn of(code: Code) -> Self {
        let mut entry = Entry { fields: Vec::new() };
        entry.push(
            "vendor",
            "vendor",
            Show::JsonOnly,
            Value::Text(code.vendor().as_str()),
        );
        entry.push("code", "code", Show::Heading, Value::Text(code.code()));
        entry.push("name", "name", Show::Heading, Value::Text(code.name()));
        entry.line("platform", "platform", code.vendor().full_name());
        entry.push(
            "origin",
            "origin",
            Show::Line,
            Value::CodeOrigin(code.origin()),
        );
        match code {
            Code::Paas(error) => entry.paas(error),
            Code::Cci(error) => entry.cci(error),
            Code::Sdk(error) => entry.sdk(error),
            Code::Koupleless(error) => entry.koupleless(error),
            // A platform this command does not know yet: what every code has.
            _ => {
                entry.optional("vendor_name", "vendor name", code.vendor_name());
                entry.status(&code);
                entry.line("message", "message", code.message());
                entry.optional("solution", "solution", code.solution());
            }
        }
        entry.meaning(&code);
        entry
    }

    /// The kind and the retry advice, each with where it comes from and why;
    /// the crate's note; every vendor text by language (JSON only: text shows
    /// the published texts above, and `--lang` the one asked for).
    fn meaning(&mut self, code: &Code) {
        let meaning = code.meaning();
        self.line("kind", "kind", meaning.kind().as_str());
        let origin = Value::MeaningOrigin(meaning.kind_origin());
        self.push("kind_origin", "kind from", Show::Line, origin);
        self.line("kind_evidence", "kind because", meaning.kind_evidence());
        self.line(
            "retry_advice",
            "retry advice",
            meaning.retry_advice().as_str(),
        );
        let origin = Value::MeaningOrigin(meaning.advice_origin());
        self.push("advice_origin", "advice from", Show::Line, origin);
        self.line(
            "advice_evidence",
            "advice because",
            meaning.advice_evidence(),
        );
        self.optional("meaning_note", "note on the advice", meaning.note());
        self.push("texts", "texts", Show::JsonOnly, Value::Texts(code.texts()));
    }

    fn paas(&mut self, error: PaasError) {
        self.line("product", "product", error.product().name());
        // A bkpaas3 code of the source without a number is in no module.
        self.optional(
            "module",
            "module",
            error.module().map(|module| module.name()),
        );
        self.optional("scope", "scope", error.scope().map(|scope| scope.as_str()));
        self.optional("flag", "flag", error.flag());
        // The flag of open_paas 1301–1305 is also their vendor name.
        self.alternative("vendor_name", "vendor name", error.vendor_name(), "flag");
        self.status(&error);
        self.line("message", "message", error.message());
        self.alternative(
            "message_en",
            "message (English)",
            error.message_en(),
            "message",
        );
        self.alternative(
            "message_zh",
            "message (Chinese)",
            error.message_zh(),
            "message",
        );
        self.optional("solution", "solution", error.solution());
        self.alternative(
            "solution_en",
            "solution (English)",
            error.solution_en(),
            "solution",
        );
        self.optional("crate_note", "note (this crate's)", error.crate_note());
        if !error.definitions().is_empty() {
            let definitions = Value::PaasDefinitions(error.definitions());
            self.push("definitions", "in the source", Show::Line, definitions);
        }
    }

    fn cci(&mut self, error: CciError) {
        self.status(&error);
        self.line("message", "message", error.message());
        self.line("description", "description", error.description());
        self.optional("solution", "solution", error.solution());
    }

    fn sdk(&mut self, error: SdkError) {
        self.optional("table", "table", error.table().map(|table| table.title()));
        self.optional(
            "component",
            "component",
            error.component().map(|component| component.as_str()),
        );
        self.optional("vendor_name", "vendor name", error.vendor_name());
        self.several("vendor_names", "vendor names", error.vendor_names());
        self.status(&error);
        self.line("message", "message", error.message());
        self.optional("description", "description", error.description());
        self.optional("solution", "solution", error.solution());
        if !error.definitions().is_empty() {
            let definitions = Value::Definitions(error.definitions());
            self.push("definitions", "in the source", Show::Line, definitions);
        }
    }

    fn koupleless(&mut self, error: KouplelessError) {
        let component = error.component();
        self.line("component", "component", component.as_str());
        self.several("codes", "codes", error.codes());
        // A wire code has no two levels: no sources, type or business type.
        let sources = error.sources();
        if !sources.is_empty() {
            let names = sources.iter().map(|source| source.as_str()).collect();
            self.push("sources", "sources", Show::Line, Value::List(names));
        }
        let meanings: Vec<_> = sources
            .iter()
            .filter_map(|source| Some((source.as_str(), source.meaning_in(component)?)))
            .collect();
        if !meanings.is_empty() {
            let value = Value::Pairs(meanings);
            self.push("source_meanings", "source meaning", Show::Line, value);
        }
        self.optional("error_type", "error type", error.error_type());
        self.optional("business_type", "business type", error.business_type());
        self.status(&error);
        self.line("message", "message", error.message());
        self.optional("solution", "solution", error.solution());
        if !error.definitions().is_empty() {
            let definitions = Value::KouplelessDefinitions(error.definitions());
            self.push("definitions", "in the source", Show::Line, definitions);
        }
    }

    /// The HTTP status and where it comes from.
    fn status(&mut self, error: &impl ErrorCode) {
        let status = Value::Status(error.http_status());
        self.push("http_status", "HTTP status", Show::Line, status);
        let origin = Value::Origin(error.status_origin());
        self.push("status_origin", "status from", Show::Line, origin);
    }

    fn line(&mut self, key: &'static str, label: &'static str, text: &'static str) {
        self.push(key, label, Show::Line, Value::Text(text));
    }

    /// A text the row may lack: omitted when it does.
    fn optional(&mut self, key: &'static str, label: &'static str, text: Option<&'static str>) {
        if let Some(text) = text {
            self.line(key, label, text);
        }
    }

    /// Another form of the text under `of` (a translation, a name): JSON has
    /// both; text shows this one only where it says something else.
    fn alternative(
        &mut self,
        key: &'static str,
        label: &'static str,
        text: Option<&'static str>,
        of: &'static str,
    ) {
        let Some(text) = text else { return };
        let show = if self.text(of) == Some(text) {
            Show::JsonOnly
        } else {
            Show::Line
        };
        self.push(key, label, show, Value::Text(text));
    }

    /// A list that extends a single field (every code of a Koupleless row, every
    /// symbol of an openYuanrong code): text shows it only when it holds more
    /// than that field.
    fn several(&mut self, key: &'static str, label: &'static str, items: &[&'static str]) {
        if items.is_empty() {
            return;
        }
        let show = if items.len() > 1 {
            Show::Line
        } else {
            Show::JsonOnly
        };
        self.push(key, label, show, Value::List(items.to_vec()));
    }
}

impl<'a> Entry<'a> {
    /// `code`'s text for a person who reads `lang`, as the first line after
    /// the heading; its label says the language, and when it is the other one.
    pub fn in_lang(mut self, code: Code, lang: Lang) -> Self {
        let Some(text) = code.text_in(lang) else {
            return self;
        };
        let label = match (text.requested(), text.lang()) {
            (Lang::Zh, Lang::Zh) => "in Chinese",
            (Lang::En, Lang::En) => "in English",
            (Lang::Zh, _) => "in English (no Chinese text)",
            _ => "in Chinese (no English text)",
        };
        let at = self
            .fields
            .iter()
            .position(|field| field.show != Show::Heading && field.key != "vendor")
            .unwrap_or(self.fields.len());
        let field = Field {
            key: "text",
            label,
            show: Show::Line,
            value: Value::Text(text.text()),
            sent: false,
        };
        self.fields.insert(at, field);
        self.push(
            "text_lang",
            "text language",
            Show::JsonOnly,
            Value::Text(text.lang().as_str()),
        );
        self
    }

    /// What a platform sent (`code_sent`, `message_sent`, then `details`: JSON
    /// key, label, value) next to the fields of the row its code names; alone,
    /// after the platform, when the catalog does not know the code.
    pub fn sent(
        vendor: Vendor,
        code: &'a str,
        message: &'a str,
        details: &'a [(&'static str, &'static str, String)],
        row: Option<Code>,
    ) -> Entry<'a> {
        let sent = [
            ("code_sent", "code as sent", code),
            ("message_sent", "message as sent", message),
        ]
        .into_iter()
        .chain(
            details
                .iter()
                .map(|(key, label, value)| (*key, *label, value.as_str())),
        );
        let mut entry: Entry<'a> = match row {
            Some(row) => Entry::of(row),
            None => {
                let mut entry = Entry { fields: Vec::new() };
                entry.push(
                    "vendor",
                    "vendor",
                    Show::JsonOnly,
                    Value::Text(vendor.as_str()),
                );
                entry.push(
                    "platform",
                    "platform",
                    Show::Line,
                    Value::Text(vendor.full_name()),
                );
                for (key, label, text) in sent {
                    // The code sent heads the block, as a row's code does.
                    let show = if key == "code_sent" {
                        Show::Heading
                    } else {
                        Show::Line
                    };
                    entry.push(key, label, show, Value::Text(text));
                    if let Some(field) = entry.fields.last_mut() {
                        field.sent = true;
                    }
                }
                return entry;
            }
        };
        let after_platform = entry
            .fields
            .iter()
            .position(|field| field.key == "platform")
            .map_or(entry.fields.len(), |i| i + 1);
        for (i, (key, label, text)) in sent.enumerate() {
            let field = Field {
                key,
                label,
                show: Show::Line,
                value: Value::Text(text),
                sent: true,
            };
            entry.fields.insert(after_platform + i, field);
        }
        entry
    }

    fn push(&mut self, key: &'static str, label: &'static str, show: Show, value: Value<'a>) {
        self.fields.push(Field {
            key,
            label,
            show,
            value,
            sent: false,
        });
    }

    /// The fields, in order.
    pub fn fields(&self) -> &[Field<'a>] {
        &self.fields
    }

    /// The value under `key`, if the entry has one.
    pub fn value(&self, key: &str) -> Option<&Value<'a>> {
        self.fields
            .iter()
            .find(|field| field.key == key)
            .map(|field| &field.value)
    }

    /// The text under `key`, if the entry has one.
    pub fn text(&self, key: &str) -> Option<&'a str> {
        self.fields.iter().find_map(|field| match field.value {
            Value::Text(text) if field.key == key => Some(text),
            _ => None,
        })
    }

    /// Every text of the entry: single texts, list items, and both halves of
    /// named texts.
    pub fn texts(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.fields.iter().flat_map(|field| {
            let texts: Vec<&'a str> = match &field.value {
                Value::Text(text) => vec![*text],
                Value::List(items) => items.clone(),
                Value::Pairs(pairs) => pairs.iter().flat_map(|&(a, b)| [a, b]).collect(),
                Value::Definitions(definitions) => definitions
                    .iter()
                    .flat_map(|d| [Some(d.symbol()), d.message(), d.comment()])
                    .flatten()
                    .collect(),
                Value::Texts(texts) => texts.iter().map(|t| t.text()).collect(),
                Value::Status(_)
                | Value::Origin(_)
                | Value::CodeOrigin(_)
                | Value::MeaningOrigin(_) => Vec::new(),
                Value::PaasDefinitions(definitions) => definitions
                    .iter()
                    .flat_map(|d| {
                        [
                            Some(d.name()),
                            d.message_zh(),
                            d.message_en(),
                            d.solution_en(),
                        ]
                    })
                    .flatten()
                    .collect(),
                Value::KouplelessDefinitions(definitions) => definitions
                    .iter()
                    .flat_map(|d| [Some(d.symbol()), d.message(), d.expression(), d.comment()])
                    .flatten()
                    .collect(),
            };
            texts
        })
    }
}

/// How text output says where a code comes from.
pub fn code_origin_text(origin: Origin) -> String {
    match origin {
        Origin::Published => "the vendor's published catalog".to_owned(),
        Origin::VendorSource(citation) => format!("the vendor's source only: {citation}"),
        // An origin added to the library after this command: its identifier.
        other => other.as_str().to_owned(),
    }
}

/// How text output says where a kind or an advice comes from.
pub fn meaning_origin_text(origin: MeaningOrigin) -> &'static str {
    match origin {
        MeaningOrigin::VendorText => "the vendor's text",
        MeaningOrigin::VendorSource => "the vendor's source code",
        MeaningOrigin::HttpStatus => "the HTTP status the vendor sends",
        MeaningOrigin::Crate => "this crate's rule: the vendor says nothing",
        // An origin added to the library after this command: its identifier.
        other => other.as_str(),
    }
}

/// How text output says where a status comes from.
pub fn origin_text(origin: StatusOrigin) -> &'static str {
    match origin {
        StatusOrigin::Published => "the vendor's catalog",
        StatusOrigin::VendorSource => "the vendor's source code",
        StatusOrigin::Crate => "this crate's choice: the vendor gives no rule",
        // An origin added to the library after this command: its identifier.
        other => other.as_str(),
    }
}
