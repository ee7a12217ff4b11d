//! `errcodes::trace`: the fields an event and a span get, seen by a subscriber
//! that records them, without the caller naming any.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use errcodes::trace::{FIELDS, Traced};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// Fields by name, as text.
type FieldMap = BTreeMap<String, String>;

/// The fields each span and each event got.
#[derive(Clone, Default)]
struct Recorder {
    spans: Arc<Mutex<Vec<FieldMap>>>,
    events: Arc<Mutex<Vec<(Level, FieldMap)>>>,
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut fields = BTreeMap::new();
        span.record(&mut Fields(&mut fields));
        let mut spans = self.spans.lock().expect("not poisoned");
        spans.push(fields);
        Id::from_u64(spans.len() as u64)
    }
    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut spans = self.spans.lock().expect("not poisoned");
        let fields = &mut spans[span.into_u64() as usize - 1];
        values.record(&mut Fields(fields));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        self.events
            .lock()
            .expect("not poisoned")
            .push((*event.metadata().level(), fields));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn an_event_carries_the_fields_of_an_error_body() {
    let recorder = Recorder::default();
    let error = errcodes::body::Reader::new()
        .read_slice(br#"{"kind": "Status", "status": "Failure", "message": "namespace name is already exist", "reason": "Conflict", "code": 409, "errorCode": "CCI.02.409101", "request_id": "req-1"}"#)
        .expect("a CCI body");
    let error = error.error().expect("an error").clone();
    tracing::subscriber::with_default(recorder.clone(), || error.emit(Level::WARN));
    let events = recorder.events.lock().expect("not poisoned");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].0, Level::WARN);
    assert_eq!(
        events[0].1,
        map(&[
            ("error.vendor", "cci"),
            ("error.code", "CCI.02.409101"),
            ("error.name", "NamespaceNameAlreadyExists"),
            ("http.response.status_code", "409"),
            ("request_id", "req-1"),
            ("error.status_origin", "published"),
            ("message", "CCI.02.409101: namespace name is already exist"),
        ])
    );
}

#[test]
fn a_span_made_by_error_span_gets_every_field_recorded() {
    let recorder = Recorder::default();
    tracing::subscriber::with_default(recorder.clone(), || {
        let span = errcodes::error_span!(Level::INFO, "call", namespace = "team-a");
        let error = errcodes::sdk::ApiError::from_slice(
            br#"{"code": 4999, "message": "m", "trace_id": "t-9"}"#,
        )
        .expect("an openYuanrong body");
        error.record_on(&span);
    });
    let spans = recorder.spans.lock().expect("not poisoned");
    assert_eq!(
        spans[0],
        map(&[
            ("namespace", "team-a"),
            ("error.vendor", "sdk"),
            ("error.code", "4999"),
            ("request_id", "t-9"),
        ]),
        "a code the catalog does not know has no name and no status origin; \
         a body read without its response has no status"
    );
}

#[test]
fn every_level_is_kept_and_codes_have_their_catalog_fields() {
    let recorder = Recorder::default();
    let code = errcodes::lookup("4311003").expect("a code");
    tracing::subscriber::with_default(recorder.clone(), || {
        for level in [
            Level::ERROR,
            Level::WARN,
            Level::INFO,
            Level::DEBUG,
            Level::TRACE,
        ] {
            code.emit(level);
        }
    });
    let events = recorder.events.lock().expect("not poisoned");
    let levels: Vec<Level> = events.iter().map(|(level, _)| *level).collect();
    assert_eq!(
        levels,
        [
            Level::ERROR,
            Level::WARN,
            Level::INFO,
            Level::DEBUG,
            Level::TRACE
        ]
    );
    let fields = &events[0].1;
    assert_eq!(fields["error.vendor"], "paas");
    assert_eq!(fields["error.name"], "CannotDeployApp");
    assert_eq!(fields["http.response.status_code"], "400");
    assert_eq!(fields["error.status_origin"], "vendor-source");
    assert!(!fields.contains_key("request_id"));
    // Every name in FIELDS is one the span macro declares and an event writes.
    for name in FIELDS {
        let empty = ["request_id", "koupleless.base_identity"];
        assert!(empty.contains(&name) || fields.contains_key(name), "{name}");
    }
}

/// Arklet's `baseIdentity` names the base that answered, not the request:
/// it goes under its own name, and Koupleless has no request id.
#[test]
fn a_koupleless_base_is_no_request_id() {
    let recorder = Recorder::default();
    let body = br#"{"code": "FAILED", "message": "install biz not success!", "baseIdentity": "base-1", "data": {"code": "REPEAT_BIZ", "message": "m"}}"#;
    let error = errcodes::body::Reader::new()
        .read_slice(body)
        .expect("an Arklet body");
    let error = error.error().expect("an error").clone();
    assert_eq!(error.request_id(), None);
    tracing::subscriber::with_default(recorder.clone(), || {
        let span = errcodes::error_span!(Level::INFO, "install");
        error.record_on(&span);
        error.emit(Level::WARN);
    });
    let expected = map(&[
        ("error.vendor", "koupleless"),
        ("error.code", "REPEAT_BIZ"),
        ("error.name", "SofaArkRepeatBiz"),
        ("http.response.status_code", "200"),
        ("error.status_origin", "vendor-source"),
        ("koupleless.base_identity", "base-1"),
    ]);
    let spans = recorder.spans.lock().expect("not poisoned");
    assert_eq!(spans[0], expected);
    let events = recorder.events.lock().expect("not poisoned");
    let mut event = events[0].1.clone();
    assert!(event.remove("message").is_some());
    assert_eq!(event, expected);
}
