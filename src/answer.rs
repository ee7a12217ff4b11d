//! Answering like a platform from an axum handler.
//!
//! Every platform's `ApiError`, and [`PlatformError`], is an
//! [`IntoResponse`]: a handler returns
//! `Result<T, cci::ApiError>` and a failure goes out as the platform sends it,
//! status, headers and body. [`Success`] writes the success envelope of the
//! platforms that wrap their data in one (ESB's and bkpaas3's `bk_std_json`);
//! CCI, openYuanrong and Koupleless answer with the data itself.
//!
//! ```
//! use axum_core::response::IntoResponse;
//! use errcodes::answer::Success;
//! use errcodes::paas::{ApiError, PaasError};
//!
//! // An ESB component: HTTP 200 either way, `result` says which.
//! fn get_host(bk_biz_id: Option<u32>) -> Result<Success<serde_json::Value>, ApiError> {
//!     let Some(id) = bk_biz_id else {
//!         return Err(ApiError::from(PaasError::ArgumentError).with_detail("bk_biz_id is required"));
//!     };
//!     Ok(Success::esb(serde_json::json!({"bk_biz_id": id})))
//! }
//!
//! let failed = get_host(None).into_response();
//! assert_eq!(failed.status(), 200);
//! let ok = get_host(Some(3)).into_response();
//! assert_eq!(ok.headers()["content-type"], "application/json");
//! ```

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::StatusCode;
use http::header::{CONTENT_TYPE, HeaderValue};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::body::PlatformError;

/// An `http::Response<Vec<u8>>` as axum's response.
fn into_axum(response: http::Response<Vec<u8>>) -> Response {
    response.map(Body::from)
}

/// `IntoResponse` for each platform's `ApiError`: the response of its
/// `to_response`.
macro_rules! into_response {
    ($feature:literal, $module:ident) => {
        #[cfg(feature = $feature)]
        /// The response the platform sends with the error: its
        /// [`to_response`](crate::$module::ApiError::to_response).
        impl IntoResponse for crate::$module::ApiError {
            fn into_response(self) -> Response {
                into_axum(self.to_response())
            }
        }
    };
}
into_response!("paas", paas);
into_response!("cci", cci);
into_response!("sdk", sdk);
into_response!("koupleless", koupleless);

/// The response the error's platform sends with it: its
/// [`to_response`](PlatformError::to_response).
impl IntoResponse for PlatformError {
    fn into_response(self) -> Response {
        into_axum(self.to_response())
    }
}

/// A platform's success envelope around the data of an answer.
///
/// - [`Success::esb`]: `{"result": true, "code": 0, "message": "", "data": ...}`,
///   with the `request_id` ESB adds to each answer when one is set; as ESB's
///   `format_resp_dict` fills a component's answer
///   (TencentBlueKing/legacy-bk-paas, `paas-ce/paas/esb/esb/response.py`).
/// - [`Success::bk_std_json`]: `{"result": true, "data": ..., "code": 0,
///   "message": ""}`, bkpaas3's `?format=bk_std_json` renderer
///   (TencentBlueKing/blueking-paas, `apiserver/paasng/paasng/utils/views.py`,
///   `BkStandardApiJSONRenderer.wrap_successful`).
///
/// Both go out with HTTP 200 and `Content-Type: application/json`, and read
/// back as a success ([`Reply::Success`](crate::body::Reply::Success)).
///
/// ```
/// use errcodes::answer::Success;
///
/// let response = Success::bk_std_json(vec![1, 2]).to_response()?;
/// assert_eq!(response.body(), br#"{"result":true,"data":[1,2],"code":0,"message":""}"#);
/// let read = errcodes::body::Reply::from_response(&response)?;
/// assert!(matches!(read, errcodes::body::Reply::Success(_)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Success<T> {
    envelope: Envelope,
    data: T,
    request_id: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Envelope {
    Esb,
    BkStdJson,
}

impl<T: Serialize> Success<T> {
    /// `data` in ESB's success envelope.
    ///
    /// ```
    /// let response = errcodes::answer::Success::esb("pong").to_response()?;
    /// assert_eq!(response.body(), br#"{"result":true,"code":0,"message":"","data":"pong"}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn esb(data: T) -> Success<T> {
        Success {
            envelope: Envelope::Esb,
            data,
            request_id: None,
        }
    }

    /// `data` in bkpaas3's `bk_std_json` success envelope.
    ///
    /// ```
    /// let response = errcodes::answer::Success::bk_std_json(serde_json::json!({})).to_response()?;
    /// assert_eq!(response.body(), br#"{"result":true,"data":{},"code":0,"message":""}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn bk_std_json(data: T) -> Success<T> {
        Success {
            envelope: Envelope::BkStdJson,
            data,
            request_id: None,
        }
    }

    /// The answer with `request_id` as its `request_id`, as ESB sends one with
    /// each answer (bkpaas3's envelope has none: it is left out there).
    ///
    /// ```
    /// let response = errcodes::answer::Success::esb(1).with_request_id("4e5f").to_response()?;
    /// assert_eq!(response.body(), br#"{"result":true,"code":0,"message":"","data":1,"request_id":"4e5f"}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Success<T> {
        self.request_id = Some(request_id.into());
        self
    }

    /// The data.
    ///
    /// ```
    /// assert_eq!(errcodes::answer::Success::esb(7).data(), &7);
    /// ```
    pub fn data(&self) -> &T {
        &self.data
    }

    /// The response: HTTP 200, `Content-Type: application/json`, the envelope.
    ///
    /// # Errors
    /// The `serde_json` error when `data` cannot be written as JSON (a map
    /// whose keys are not strings, a `Serialize` that fails).
    ///
    /// ```
    /// let response = errcodes::answer::Success::esb(()).to_response()?;
    /// assert_eq!(response.status(), 200);
    /// assert_eq!(response.headers()["content-type"], "application/json");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn to_response(&self) -> Result<http::Response<Vec<u8>>, serde_json::Error> {
        let body = serde_json::to_vec(self)?;
        let mut response = http::Response::new(body);
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        Ok(response)
    }
}

impl<T: Serialize> Serialize for Success<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("result", &true)?;
        match self.envelope {
            Envelope::Esb => {
                map.serialize_entry("code", &0)?;
                map.serialize_entry("message", "")?;
                map.serialize_entry("data", &self.data)?;
                if let Some(request_id) = &self.request_id {
                    map.serialize_entry("request_id", request_id)?;
                }
            }
            Envelope::BkStdJson => {
                map.serialize_entry("data", &self.data)?;
                map.serialize_entry("code", &0)?;
                map.serialize_entry("message", "")?;
            }
        }
        map.end()
    }
}

/// The envelope's response; data that cannot be written as JSON gives HTTP 500
/// with the `serde_json` error as plain text, as axum's own `Json` answers.
impl<T: Serialize> IntoResponse for Success<T> {
    fn into_response(self) -> Response {
        match self.to_response() {
            Ok(response) => into_axum(response),
            Err(error) => {
                let mut response = Response::new(Body::from(error.to_string()));
                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("text/plain; charset=utf-8"),
                );
                response
            }
        }
    }
}
