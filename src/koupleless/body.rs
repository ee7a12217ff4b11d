//! What Koupleless sends when a call fails, and how to answer like it.

use std::borrow::Cow;

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{Component, KouplelessError};
use crate::body::read::{self, Field, FromRecord, Object, Record, Rest, Want};
use crate::body::response::{self, Body, Head, Input};
use crate::body::fields::Json;
use crate::body::{BodyError, Fields, Message, Warning, Warnings};

/// The shape of a Koupleless error body.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Shape {
    /// Arklet's HTTP API response: `{"code": "FAILED", "message": ..., "data":
    /// {"code": "REPEAT_BIZ", "message": ...}, "errorStackTrace": ...,
    /// "baseIdentity": ...}`, at HTTP 200.
    Arklet,
    /// The body this crate defines for the codes no component sends in an HTTP
    /// body (the two-level codes, which no released component sends yet, and
    /// the codes of koupleless-common, virtual-kubelet and module-controller):
    /// Arklet's, with the code in `errorCode` and its component in `component`:
    /// `{"code": "FAILED", "message": ..., "errorCode": "Arklet.InstallBizFailed",
    /// "component": "Arklet"}`. It is the crate's own, not the vendor's.
    TwoLevel,
}

/// An error Koupleless returned, or will return: Arklet's response, or the
/// crate's body for a two-level code.
///
/// ```
/// use errcodes::koupleless::{ApiError, KouplelessError, Shape};
///
/// let body = br#"{"code": "FAILED", "message": "install biz not success!", "baseIdentity": "base-1",
///     "data": {"code": "REPEAT_BIZ", "message": "Biz: dynamic-provider:1.0.0 has been installed or registered."}}"#;
/// let error = ApiError::from_slice(body)?;
/// assert_eq!(error.shape(), Shape::Arklet);
/// assert_eq!(error.result_code(), Some("FAILED"));
/// assert_eq!(error.code(), "REPEAT_BIZ");
/// assert_eq!(error.error(), Some(KouplelessError::SofaArkRepeatBiz));
/// assert_eq!(error.base_identity(), Some("base-1"));
/// # Ok::<(), errcodes::BodyError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    shape: Shape,
    /// The top-level `code`: `FAILED`, `CMD_NOT_FOUND`, `CMD_PROCESS_INTERNAL_ERROR`;
    /// `None` for a two-level body that has none.
    result_code: Option<Cow<'static, str>>,
    /// `errorCode`, the catalog's text for a known code.
    error_code: Option<Cow<'static, str>>,
    /// `component` as sent; [`ApiError::component`] parses it.
    component: Option<String>,
    error: Option<KouplelessError>,
    message: Message,
    status: Option<http::StatusCode>,
    /// `data.code` and `data.message`, read from `data`, which stays in `fields`.
    data_code: Option<Cow<'static, str>>,
    data_message: Option<String>,
    error_stack_trace: Option<String>,
    base_identity: Option<String>,
    fields: Fields,
    warnings: Warnings,
}

impl ApiError {
    /// Reads Arklet's response body, or the crate's body for a two-level code.
    ///
    /// A failure may come without a top-level `message` (a [`Warning`] says so,
    /// and [`ApiError::message`] is empty); `data.code` may come without
    /// `data.message`, or be a code no table lists.
    ///
    /// # Errors
    /// [`BodyError`] when the body is neither: not JSON, not an object, too
    /// large or deep, no `code` nor `errorCode`, or `code: SUCCESS`
    /// ([`BodyError::NotAnError`]). An unknown code is not an error:
    /// [`ApiError::error`] is then `None`.
    ///
    /// [`Warning`]: crate::body::Warning
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    ///
    /// let body = br#"{"code": "FAILED", "message": "disk full", "errorCode": "User.DiskFull", "component": "ModuleController"}"#;
    /// let error = ApiError::from_slice(body)?;
    /// assert_eq!(error.error(), Some(KouplelessError::UserDiskFullInModuleController));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn from_slice(body: &[u8]) -> Result<ApiError, BodyError> {
        response::from_slice(body)
    }

    /// Reads a Koupleless response: the body as [`ApiError::from_slice`] does,
    /// and the HTTP status.
    ///
    /// # Errors
    /// As [`ApiError::from_slice`].
    ///
    /// ```
    /// use errcodes::koupleless::ApiError;
    /// use http::{Response, StatusCode};
    ///
    /// let response = Response::new(r#"{"code": "CMD_NOT_FOUND", "message": "no such command"}"#);
    /// let error = ApiError::from_response(&response)?;
    /// assert_eq!(error.status(), Some(StatusCode::OK));
    /// assert_eq!(error.code(), "CMD_NOT_FOUND");
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn from_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<ApiError, BodyError> {
        ApiError::from_head(Head::of(response), Input::Bytes(response.body().as_ref()))
    }

    /// Reads a response from its parts and its body, as
    /// [`ApiError::from_response`] does.
    ///
    /// # Errors
    /// As [`ApiError::from_slice`].
    ///
    /// ```
    /// let (parts, ()) = http::Response::builder().status(500).body(())?.into_parts();
    /// let error = errcodes::koupleless::ApiError::from_parts(&parts, br#"{"code": "CMD_PROCESS_INTERNAL_ERROR"}"#)?;
    /// assert_eq!(error.status(), Some(http::StatusCode::INTERNAL_SERVER_ERROR));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_parts(parts: &http::response::Parts, body: &[u8]) -> Result<ApiError, BodyError> {
        ApiError::from_head(Head::of_parts(parts), Input::Bytes(body))
    }

    pub(crate) fn from_head(head: Head<'_>, body: Input<'_>) -> Result<ApiError, BodyError> {
        Ok(response::read::<ApiError>(body)?.with_status(head.status))
    }

    /// The typed code, when the crate knows it: the two-level `errorCode`; in
    /// Arklet's body, sofa-ark's `data.code` when it names a failure
    /// (`REPEAT_BIZ`), else Arklet's own `code` (`FAILED`, `CMD_NOT_FOUND`), each
    /// parsed as its component sends it. A two-level code that two component
    /// tables list needs the body's `component` to be known; without it, this is
    /// `None` and [`ApiError::candidates`] lists the rows it can be. A two-level
    /// code whose `component` is one the crate does not know is typed in no
    /// table, as one whose component's table lacks it (the crate's rule; a
    /// [`Warning::UnknownComponent`] says so).
    ///
    /// Where `data.code` is a code no table lists, this is Arklet's `code` while
    /// [`ApiError::code`] is `data.code` as sent: the failure is typed, its
    /// detail kept.
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    ///
    /// let error = ApiError::from_slice(br#"{"code": "FAILED", "message": "m", "errorCode": "Arklet.PullBizError"}"#)?;
    /// assert_eq!(error.error(), Some(KouplelessError::ArkletPullBizError));
    ///
    /// let body = br#"{"code": "FAILED", "data": {"code": "NOT_FOUND_BIZ", "message": "Uninstall biz: a:1 not found."}}"#;
    /// assert_eq!(ApiError::from_slice(body)?.error(), Some(KouplelessError::SofaArkNotFoundBiz));
    ///
    /// let body = br#"{"code": "FAILED", "message": "uninstall biz failed!", "data": {"code": "FOO"}}"#;
    /// let error = ApiError::from_slice(body)?;
    /// assert_eq!((error.error(), error.code()), (Some(KouplelessError::ArkletFailed), "FOO"));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn error(&self) -> Option<KouplelessError> {
        self.error
    }

    /// Every code the body's code can be: the one of [`ApiError::error`]; for a
    /// two-level code of two tables sent without its component, both; none when
    /// the body names a component whose table lacks the code, or the crate knows
    /// no code of the body.
    ///
    /// A component the crate does not know (a [`Warning::UnknownComponent`]
    /// says so) is, by the crate's rule, such a component: the body says which
    /// table its code is of, and the crate has none of that name, so no row is
    /// guessed from the code alone. [`ApiError::code`] keeps it to parse.
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    ///
    /// let error = ApiError::from_slice(br#"{"code": "FAILED", "message": "m", "errorCode": "User.DiskFull"}"#)?;
    /// assert_eq!(error.error(), None);
    /// assert_eq!(
    ///     error.candidates(),
    ///     [KouplelessError::UserDiskFullInArklet, KouplelessError::UserDiskFullInModuleController]
    /// );
    ///
    /// let body = br#"{"code": "FAILED", "message": "m", "errorCode": "User.DiskFull", "component": "Gateway"}"#;
    /// let error = ApiError::from_slice(body)?;
    /// assert_eq!((error.error(), error.candidates()), (None, &[][..]));
    /// assert_eq!(error.code(), "User.DiskFull");
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn candidates(&self) -> &'static [KouplelessError] {
        match (self.error, &self.error_code, &self.component) {
            (Some(error), _, _) => std::slice::from_ref(&KouplelessError::ALL[error as usize]),
            (None, Some(code), None) => KouplelessError::matching(code),
            // The body names a component, known or not, whose table lacks the
            // code, or no code of the body is known: no row.
            _ => &[],
        }
    }

    /// The code as sent: the two-level `errorCode` when there is one, else Arklet's
    /// `data.code` (`REPEAT_BIZ`) unless it reports success, else its top-level
    /// `code` (`FAILED`).
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    ///
    /// assert_eq!(ApiError::from(KouplelessError::ArkletPullBizError).code(), "Arklet.PullBizError");
    /// // The failure's code, not a success `data` reports.
    /// let body = br#"{"code": "FAILED", "message": "batch install failed", "data": {"code": "SUCCESS"}}"#;
    /// assert_eq!(ApiError::from_slice(body)?.code(), "FAILED");
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn code(&self) -> &str {
        self.error_code
            .as_deref()
            .or(self.data_code.as_deref().filter(|code| !reports_success(code)))
            .or(self.result_code.as_deref())
            // A body has an `errorCode` or a `code`: `finish` checks it.
            .unwrap_or_default()
    }

    /// Arklet's top-level `code`: `FAILED`, `CMD_NOT_FOUND` or
    /// `CMD_PROCESS_INTERNAL_ERROR` (Arklet's `ResponseCode`,
    /// [`Component::Arklet`]'s wire codes).
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    ///
    /// assert_eq!(ApiError::from(KouplelessError::ArkletPullBizError).result_code(), Some("FAILED"));
    /// ```
    pub fn result_code(&self) -> Option<&str> {
        self.result_code.as_deref()
    }

    /// The two-level `errorCode`, as sent.
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    ///
    /// assert_eq!(ApiError::from(KouplelessError::UserMetaspaceFull).error_code(), Some("User.MetaspaceFull"));
    /// ```
    pub fn error_code(&self) -> Option<&str> {
        self.error_code.as_deref()
    }

    /// The component the body names, if it names one this crate knows (another
    /// is kept as sent, and a [`Warning::UnknownComponent`] names it).
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, Component, KouplelessError};
    ///
    /// let error = ApiError::from(KouplelessError::UserDiskFullInArklet);
    /// assert_eq!(error.component(), Some(Component::Arklet));
    /// ```
    pub fn component(&self) -> Option<Component> {
        self.component.as_deref().and_then(|c| c.parse().ok())
    }

    /// The message as sent: the top-level `message`; where the body has none
    /// (Arklet's failures of a biz command), `data.message`; else empty.
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    ///
    /// assert_eq!(ApiError::from(KouplelessError::ArkletPullBizError).message(), "Package pulling failed");
    /// ```
    pub fn message(&self) -> &str {
        match (self.message.is_absent(), &self.data_message) {
            (true, Some(data)) => data,
            _ => &self.message.text,
        }
    }

    /// Arklet's `data.message`: the detail of the failed command.
    ///
    /// ```
    /// let body = br#"{"code": "FAILED", "message": "m", "data": {"code": "REPEAT_BIZ", "message": "already installed"}}"#;
    /// assert_eq!(errcodes::koupleless::ApiError::from_slice(body)?.data_message(), Some("already installed"));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn data_message(&self) -> Option<&str> {
        self.data_message.as_deref()
    }

    /// Arklet's `errorStackTrace`.
    ///
    /// ```
    /// let body = br#"{"code": "CMD_PROCESS_INTERNAL_ERROR", "message": "m", "errorStackTrace": "java.lang.NullPointerException"}"#;
    /// let error = errcodes::koupleless::ApiError::from_slice(body)?;
    /// assert_eq!(error.error_stack_trace(), Some("java.lang.NullPointerException"));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn error_stack_trace(&self) -> Option<&str> {
        self.error_stack_trace.as_deref()
    }

    /// Arklet's `baseIdentity`: the base that answered.
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    ///
    /// let error = ApiError::from(KouplelessError::ArkletPullBizError).with_base_identity("base-1");
    /// assert_eq!(error.base_identity(), Some("base-1"));
    /// ```
    pub fn base_identity(&self) -> Option<&str> {
        self.base_identity.as_deref()
    }

    /// The error with `base_identity` as its `baseIdentity`.
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    ///
    /// let error = ApiError::from(KouplelessError::ArkletPullBizError).with_base_identity("base-1");
    /// assert!(String::from_utf8(error.to_response().into_body())?.contains(r#""baseIdentity":"base-1""#));
    /// # Ok::<(), std::string::FromUtf8Error>(())
    /// ```
    pub fn with_base_identity(mut self, base_identity: impl Into<String>) -> ApiError {
        self.fields.remove("baseIdentity");
        self.base_identity = Some(base_identity.into());
        self
    }

    /// The HTTP status: the response's, or 200, as Arklet answers once it has
    /// processed a command (and the crate gives every two-level code).
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    ///
    /// assert_eq!(ApiError::from(KouplelessError::ArkletPullBizError).status(), Some(http::StatusCode::OK));
    /// ```
    pub fn status(&self) -> Option<http::StatusCode> {
        Some(self.status.unwrap_or(http::StatusCode::OK))
    }

    /// The error with `status` as its HTTP status.
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    /// use http::StatusCode;
    ///
    /// let error = ApiError::from(KouplelessError::KouplelessBoardInternalError)
    ///     .with_status(StatusCode::INTERNAL_SERVER_ERROR);
    /// assert_eq!(error.to_response().status(), 500);
    /// ```
    pub fn with_status(mut self, status: http::StatusCode) -> ApiError {
        // Kept only where it says more than the error does, as a parsed response.
        self.status = (status != http::StatusCode::OK).then_some(status);
        self
    }

    /// The shape of the body.
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError, Shape};
    ///
    /// assert_eq!(ApiError::from(KouplelessError::ArkletPullBizError).shape(), Shape::TwoLevel);
    /// ```
    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// The response a Koupleless component would send: [`ApiError::status`] (200,
    /// as Arklet answers once it has processed a command, unless another was read
    /// or set), `Content-Type: application/json` and the body.
    ///
    /// ```
    /// use errcodes::koupleless::{ApiError, KouplelessError};
    ///
    /// let response = ApiError::from(KouplelessError::ArkletInstallBizFailed).to_response();
    /// assert_eq!(response.status(), 200);
    /// assert_eq!(
    ///     response.body(),
    ///     br#"{"code":"FAILED","message":"New module installation failed during module installation","errorCode":"Arklet.InstallBizFailed","component":"Arklet"}"#
    /// );
    /// ```
    pub fn to_response(&self) -> http::Response<Vec<u8>> {
        let status = self.status.unwrap_or(http::StatusCode::OK);
        response::json(status, &[], self)
    }
}

/// The body a component would send with `error`. Arklet's codes: Arklet's body
/// ([`Shape::Arklet`]), the code in `code`, [`KouplelessError::message`] in
/// `message`. sofa-ark's: Arklet's body of a biz command, `FAILED` in `code`,
/// the code and its message in `data`, and the message in `message` too
/// (Arklet's own names the command, `install biz not success!`, which the code
/// does not tell). Any other code: the crate's body ([`Shape::TwoLevel`]):
/// `FAILED`, the message, the code and its component.
///
/// A success code (`SUCCESS`, virtual-kubelet's `00000`) gives `SUCCESS` in
/// `code`: the body of a success, which [`ApiError::from_slice`] refuses
/// ([`BodyError::NotAnError`]).
///
/// ```
/// use errcodes::koupleless::{ApiError, KouplelessError, Shape};
///
/// let error = ApiError::from(KouplelessError::SofaArkRepeatBiz);
/// assert_eq!(error.shape(), Shape::Arklet);
/// assert_eq!(
///     error.to_response().body(),
///     br#"{"code":"FAILED","message":"Biz: %s has been installed or registered.","data":{"code":"REPEAT_BIZ","message":"Biz: %s has been installed or registered."}}"#
/// );
/// assert_eq!(ApiError::from_slice(error.to_response().body())?, error);
/// # Ok::<(), errcodes::BodyError>(())
/// ```
impl From<KouplelessError> for ApiError {
    fn from(error: KouplelessError) -> ApiError {
        let mut built = ApiError {
            shape: Shape::TwoLevel,
            result_code: Some(Cow::Borrowed(FAILED)),
            error_code: Some(Cow::Borrowed(error.code())),
            component: Some(error.component().as_str().to_owned()),
            error: Some(error),
            message: Message::new(error.message()),
            status: None,
            data_code: None,
            data_message: None,
            error_stack_trace: None,
            base_identity: None,
            fields: Fields::default(),
            warnings: Warnings::default(),
        };
        if error.kind() == crate::ErrorKind::Ok {
            built.result_code = Some(Cow::Borrowed(SUCCESS));
        }
        match error.component() {
            Component::Arklet if !error.origin().is_published() => {
                built.shape = Shape::Arklet;
                built.result_code = Some(Cow::Borrowed(error.code()));
                (built.error_code, built.component) = (None, None);
            }
            Component::SofaArk => {
                built.shape = Shape::Arklet;
                (built.error_code, built.component) = (None, None);
                let data = serde_json::json!({"code": error.code(), "message": error.message()});
                let raw = serde_json::value::to_raw_value(&data)
                    .expect("an object of two strings serializes to JSON");
                built.fields.set_first("data", raw.into());
                built.data_code = Some(Cow::Borrowed(error.code()));
                built.data_message = Some(error.message().to_owned());
            }
            _ => {}
        }
        built
    }
}

/// The fields of a Koupleless body this crate reads itself.
pub(crate) struct KouplelessObject {
    code: Option<Cow<'static, str>>,
    message: Option<read::Text>,
    error_code: Option<String>,
    component: Option<String>,
    data: Option<Json>,
    error_stack_trace: Option<String>,
    base_identity: Option<String>,
    /// `data`'s own, where the body's pass read them ([`Rest::inner`]).
    data_fields: Data,
}

/// Arklet's `ResponseCode` of a success, as the catalog writes it.
const SUCCESS: &str = KouplelessError::ArkletSuccess.code();

/// Arklet's `ResponseCode` of a failure, as the catalog writes it.
const FAILED: &str = KouplelessError::ArkletFailed.code();

/// Arklet's `ResponseCode`, the top-level `code` of its responses: the codes
/// of the catalog's variants for it, which a body's `code` borrows.
const RESULT_CODES: [&str; 4] = [
    SUCCESS,
    FAILED,
    KouplelessError::ArkletCmdNotFound.code(),
    KouplelessError::ArkletCmdProcessInternalError.code(),
];

/// sofa-ark's `ResponseCode`, the `data.code` of Arklet's biz commands, as
/// [`RESULT_CODES`].
const DATA_CODES: [&str; 5] = [
    KouplelessError::SofaArkSuccess.code(),
    KouplelessError::SofaArkFailed.code(),
    KouplelessError::SofaArkRepeatBiz.code(),
    KouplelessError::SofaArkNotFoundBiz.code(),
    KouplelessError::SofaArkIllegalStateBiz.code(),
];

const FIELDS: [Field; 7] = [
    ("code", Want::Word(&RESULT_CODES)),
    ("message", Want::Message),
    ("errorCode", Want::Text),
    ("component", Want::Text),
    ("data", Want::Raw),
    ("errorStackTrace", Want::Text),
    ("baseIdentity", Want::Text),
];

impl Object for KouplelessObject {
    const FIELDS: &'static [Field] = &FIELDS;
    const INNER: Option<(&'static str, &'static [Field])> = Some(("data", Data::FIELDS));
}

impl FromRecord for KouplelessObject {
    #[inline]
    fn from_record(record: &mut Record) -> KouplelessObject {
        KouplelessObject {
            code: record.word(0),
            message: record.message(1),
            error_code: record.text(2),
            component: record.text(3),
            data: record.raw(4),
            error_stack_trace: record.text(5),
            base_identity: record.text(6),
            data_fields: Data {
                code: record.word(FIELDS.len()),
                message: record.text(FIELDS.len() + 1),
            },
        }
    }
}

/// Arklet's `data` of a failed command: its own code and message, when it is an
/// object that has them as strings; anything else stays raw only.
#[derive(Default)]
pub(crate) struct Data {
    code: Option<Cow<'static, str>>,
    message: Option<String>,
}

impl Object for Data {
    const FIELDS: &'static [Field] = &[("code", Want::Word(&DATA_CODES)), ("message", Want::Text)];
}

impl FromRecord for Data {
    #[inline]
    fn from_record(record: &mut Record) -> Data {
        Data {
            code: record.word(0),
            message: record.text(1),
        }
    }
}

impl Body for ApiError {
    type Object = KouplelessObject;

    fn finish(record: &mut Record, rest: Rest) -> Result<ApiError, BodyError> {
        let object = KouplelessObject::from_record(record);
        let Rest {
            mut fields,
            mut warnings,
            inner,
        } = rest;
        if object.code.as_deref() == Some(SUCCESS) {
            return Err(BodyError::NotAnError {
                field: "code",
                value: SUCCESS,
            });
        }
        let shape = match (&object.code, &object.error_code) {
            (_, Some(_)) => Shape::TwoLevel,
            (Some(_), None) => Shape::Arklet,
            (None, None) => {
                return Err(BodyError::MissingField {
                    field: "code",
                    what: "a Koupleless error carries Arklet's `code`, or a two-level \
                           `errorCode`",
                });
            }
        };
        // The component the body names: `Some(None)` when the crate knows no
        // component of that name, which types no two-level code, as a known
        // one whose table lacks it does not (see `ApiError::candidates`).
        let component = object.component.as_deref().map(|name| {
            let known = name.parse::<Component>().ok();
            if known.is_none() {
                warnings.push(Warning::UnknownComponent {
                    field: "component",
                    value: name.to_owned(),
                });
            }
            known
        });
        // `data` stays whole in `fields`, but its `code` types the error: a
        // `code` of another type must not go unsaid.
        let data = match inner {
            Some(inner) => {
                // Most bodies have none: no iterator to build and drop.
                if !inner.is_empty() {
                    warnings.extend(inner.into_iter().map(in_data));
                }
                object.data_fields
            }
            None => read_data(object.data.as_ref(), &mut warnings),
        };
        let error = match object.error_code.as_deref() {
            Some(code) => match component {
                Some(Some(component)) => KouplelessError::parse_in(component, code).ok(),
                Some(None) => None,
                None => code.parse().ok(),
            },
            None => arklet_error(object.code.as_deref(), data.code.as_deref()),
        };
        let error_code = object
            .error_code
            .map(|code| read::as_sent(error.map(crate::Code::Koupleless), code));
        let message = Message::read(object.message, &mut warnings);
        // First, where `From<KouplelessError>` puts it: a built error reads back
        // equal, fields added to it included.
        if let Some(raw) = object.data {
            fields.set_first("data", raw);
        }
        Ok(ApiError {
            shape,
            result_code: object.code,
            error_code,
            component: object.component,
            error,
            message,
            status: None,
            data_code: data.code,
            data_message: data.message,
            error_stack_trace: object.error_stack_trace,
            base_identity: object.base_identity,
            fields,
            warnings: Warnings::new(warnings),
        })
    }
}

/// The fields of Arklet's `data`, read from the value the body kept, where
/// the body's pass did not read them (serde's `Deserialize`, the one entry
/// point, a body read again by `serde_json`); what was odd about them goes
/// into `warnings`. Apart from `finish`, whose every body runs it: few read
/// this way.
#[inline(never)]
fn read_data(data: Option<&Json>, warnings: &mut Vec<Warning>) -> Data {
    // A `data` that is no object has no fields to read (and a value that
    // `serde_json` refuses to read alone, `1e999`, is none).
    let Some(data) = data.filter(|raw| raw.get().starts_with('{')) else {
        return Data::default();
    };
    match read::parse_value::<Data>(data.get()) {
        Ok((data, rest)) => {
            warnings.extend(rest.warnings.into_iter().map(in_data));
            data
        }
        // An object the body's read took whole, but whose own read
        // `serde_json` refuses (a name with a lone surrogate): said, not
        // dropped without a word.
        Err(error) => {
            let reason = match error {
                BodyError::Syntax {
                    reason,
                    line,
                    column,
                } => format!("{reason} (line {line}, column {column} of its JSON)"),
                other => other.to_string(),
            };
            warnings.push(Warning::FieldsNotRead {
                field: "data",
                reason,
            });
            Data::default()
        }
    }
}

/// `warning`, about a field of Arklet's `data`, naming the field by its path
/// (`data.code`): the body's own `code` is another field.
fn in_data(warning: Warning) -> Warning {
    match warning {
        Warning::UnexpectedType {
            field,
            found,
            expected,
        } => Warning::UnexpectedType {
            field: format!("data.{field}"),
            found,
            expected,
        },
        Warning::DuplicateField { field } => Warning::DuplicateField {
            field: format!("data.{field}"),
        },
        other => other,
    }
}

/// The typed code of Arklet's body: sofa-ark's `data.code` where it names a
/// failure, else Arklet's own `code`, each in the component that sends it.
fn arklet_error(code: Option<&str>, data_code: Option<&str>) -> Option<KouplelessError> {
    // A sofa-ark code of success neither names nor types the failure.
    let sofa_ark = data_code
        .and_then(|code| KouplelessError::parse_in(Component::SofaArk, code).ok())
        .filter(|error| error.kind() != crate::ErrorKind::Ok);
    sofa_ark.or_else(|| code.and_then(|code| KouplelessError::parse_in(Component::Arklet, code).ok()))
}

/// Whether `data_code`, Arklet's `data.code`, is a sofa-ark code of success: a
/// part of the command that went well, which neither names nor types its
/// failure.
fn reports_success(data_code: &str) -> bool {
    KouplelessError::parse_in(Component::SofaArk, data_code)
        .is_ok_and(|error| error.kind() == crate::ErrorKind::Ok)
}

/// Writes the body: Arklet's fields, then the two-level ones, then the rest.
impl Serialize for ApiError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(code) = &self.result_code {
            map.serialize_entry("code", code)?;
        }
        self.message.serialize_into(&mut map, "message")?;
        if let Some(code) = &self.error_code {
            map.serialize_entry("errorCode", code)?;
        }
        if let Some(component) = &self.component {
            map.serialize_entry("component", component)?;
        }
        if let Some(trace) = &self.error_stack_trace {
            map.serialize_entry("errorStackTrace", trace)?;
        }
        if let Some(base) = &self.base_identity {
            map.serialize_entry("baseIdentity", base)?;
        }
        self.fields.serialize_into(&mut map)?;
        map.end()
    }
}

crate::body::response::api_error_common!("koupleless", "KouplelessError::ArkletPullBizError");
