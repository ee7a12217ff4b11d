//! `errcodes::client`: a response of any HTTP client is read within the bound,
//! frame by frame, into the same reply the one entry point gives for the whole
//! body; a body past the bound stops the read with its status and its prefix;
//! a failing stream keeps the status.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};

use bytes::Bytes;
use errcodes::body::{MAX_BODY_LEN, Reader, Reply};
use errcodes::client::{self, ReadError};
use http::StatusCode;
use http_body::{Body, Frame, SizeHint};

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime")
        .block_on(future)
}

/// A body that never ends, counting what it hands out.
struct Endless {
    given: Arc<AtomicUsize>,
}

const FRAME: usize = 64 * 1024;

impl Body for Endless {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.given.fetch_add(FRAME, Ordering::Relaxed);
        Poll::Ready(Some(Ok(Frame::data(Bytes::from(vec![b'x'; FRAME])))))
    }
}

/// Frames given in order, then the end (or an error); with a size hint that
/// may lie.
struct Frames {
    frames: Vec<Result<Frame<Bytes>, std::io::Error>>,
    hint: SizeHint,
}

impl Frames {
    fn of(frames: Vec<Result<Frame<Bytes>, std::io::Error>>) -> Frames {
        Frames {
            frames,
            hint: SizeHint::default(),
        }
    }

    /// `body` in frames of `size` bytes.
    fn split(body: &[u8], size: usize) -> Frames {
        Frames::of(
            body.chunks(size)
                .map(|chunk| Ok(Frame::data(Bytes::copy_from_slice(chunk))))
                .collect(),
        )
    }
}

impl Body for Frames {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        if self.frames.is_empty() {
            return Poll::Ready(None);
        }
        Poll::Ready(Some(self.frames.remove(0)))
    }

    fn size_hint(&self) -> SizeHint {
        self.hint
    }
}

fn response<B>(status: u16, body: B) -> http::Response<B> {
    http::Response::builder()
        .status(status)
        .header("x-request-id", "r-1")
        .body(body)
        .expect("a valid response")
}

#[test]
fn an_endless_body_stops_at_the_bound_with_its_status_and_prefix() {
    let given = Arc::new(AtomicUsize::new(0));
    let body = Endless {
        given: given.clone(),
    };
    let error = block_on(client::read(response(502, body))).expect_err("too large");
    let ReadError::TooLarge {
        status,
        headers,
        prefix,
    } = &error
    else {
        panic!("expected TooLarge, got {error:?}");
    };
    assert_eq!(*status, StatusCode::BAD_GATEWAY);
    assert_eq!(headers["x-request-id"], "r-1");
    assert_eq!(prefix.len(), MAX_BODY_LEN);
    assert!(prefix.iter().all(|&b| b == b'x'));
    // The read stopped at the frame that crossed the bound.
    assert_eq!(given.load(Ordering::Relaxed), MAX_BODY_LEN + FRAME);
    assert_eq!(error.status(), Some(StatusCode::BAD_GATEWAY));
    assert!(
        error.to_string().contains("longer than 1048576 bytes"),
        "{error}"
    );
}

#[test]
fn a_body_of_exactly_the_bound_is_read_and_one_byte_more_is_not() {
    let exact = vec![b'y'; MAX_BODY_LEN];
    let read = block_on(client::read(response(500, Frames::split(&exact, 4096))))
        .expect("a body of the bound is read");
    assert_eq!(read.body().len(), MAX_BODY_LEN);
    let Reply::Failure(failure) = read.reply() else {
        panic!("a failure without a code: {:?}", read.reply());
    };
    assert_eq!(failure.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(failure.text().len(), MAX_BODY_LEN);

    let over = vec![b'y'; MAX_BODY_LEN + 1];
    let error = block_on(client::read(response(500, Frames::split(&over, 4096))))
        .expect_err("one byte over the bound");
    assert!(
        matches!(&error, ReadError::TooLarge { prefix, .. } if prefix[..] == over[..MAX_BODY_LEN]),
        "{error:?}"
    );
}

#[test]
fn a_size_hint_past_the_bound_reserves_no_more_than_the_bound() {
    let mut body = Frames::split(br#"{"code": 4115, "message": "m"}"#, 5);
    body.hint = SizeHint::with_exact(u64::MAX);
    let read = block_on(client::read(response(404, body))).expect("read");
    assert_eq!(read.reply().error().map(|e| e.code()), Some("4115"));
}

#[test]
fn a_failing_stream_keeps_the_status_and_the_headers() {
    let body = Frames::of(vec![
        Ok(Frame::data(Bytes::from_static(b"{\"code\": "))),
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "reset by peer",
        )),
    ]);
    let error = block_on(client::read(response(503, body))).expect_err("the stream failed");
    let ReadError::Body {
        status,
        headers,
        source,
    } = &error
    else {
        panic!("expected Body, got {error:?}");
    };
    assert_eq!(*status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(headers["x-request-id"], "r-1");
    assert_eq!(source.kind(), std::io::ErrorKind::ConnectionReset);
    assert_eq!(
        error.to_string(),
        "the body of the HTTP 503 Service Unavailable response failed: reset by peer"
    );
    assert!(std::error::Error::source(&error).is_some());
}

#[test]
fn an_unreadable_body_keeps_its_status() {
    let body = Frames::split(br#"{"code": 4.5, "message": "m"}"#, 3);
    let error = block_on(client::read(response(400, body))).expect_err("a fraction");
    assert!(matches!(error, ReadError::Unreadable(_)), "{error:?}");
    assert_eq!(error.status(), Some(StatusCode::BAD_REQUEST));
}

/// A response: its status, its headers, its body.
type Case = (u16, &'static [(&'static str, &'static str)], &'static [u8]);

/// Bodies of the platforms' shapes (`../shared/notes/wire-formats.md`),
/// split into frames of every size from one byte: the reply is the one the
/// whole body gives, and trailers change nothing.
#[test]
fn any_framing_gives_the_reply_of_the_whole_body() {
    let cases: [Case; 5] = [
        (
            409,
            &[],
            br#"{"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "namespace name is already exist", "reason": "Conflict", "code": 409, "errorCode": "CCI.02.409101"}"#,
        ),
        (
            400,
            &[
                ("bkapi-error-code", "CANNOT_DEPLOY_APP"),
                ("bkapi-error-code-num", "4311003"),
            ],
            "{\"code\": \"CANNOT_DEPLOY_APP\", \"detail\": \"部署失败: 构建超时\"}".as_bytes(),
        ),
        (
            200,
            &[],
            br#"{"result": false, "code": 1306406, "data": null, "message": "Parameters error, bk_biz_id is required", "request_id": "4e5f"}"#,
        ),
        (200, &[], br#"{"result": true, "code": 0, "data": {}, "message": ""}"#),
        (502, &[("content-type", "text/html")], b"<html><h1>502 Bad Gateway</h1></html>"),
    ];
    for (status, headers, body) in cases {
        let mut whole = http::Response::builder().status(status);
        for (name, value) in headers {
            whole = whole.header(*name, *value);
        }
        let whole = whole.body(body.to_vec()).expect("a valid response");
        let expected = Reader::new()
            .read_response(&whole)
            .expect("the whole body reads");
        for size in 1..=body.len() {
            let mut frames = Frames::split(body, size);
            let trailers = http::HeaderMap::from_iter([(
                http::HeaderName::from_static("grpc-status"),
                http::HeaderValue::from_static("0"),
            )]);
            frames.frames.push(Ok(Frame::trailers(trailers)));
            let (parts, _) = whole.clone().into_parts();
            let read = block_on(client::read(http::Response::from_parts(parts, frames)))
                .expect("the framed body reads");
            assert_eq!(read.reply(), &expected, "frames of {size} bytes");
            assert_eq!(read.body(), body);
            assert_eq!(read.status(), status);
        }
    }
}

/// The caller who knows the platform says so, as with the one entry point.
#[test]
fn read_with_reads_as_the_platform_named() {
    let body = Frames::split(br#"{"code": 500}"#, 2);
    let read = block_on(client::read_with(
        Reader::new().vendor(errcodes::Vendor::Paas),
        response(500, body),
    ))
    .expect("read");
    assert_eq!(
        read.reply().error().map(|e| e.vendor()),
        Some(errcodes::Vendor::Paas)
    );
    assert_eq!(
        read.reply().error().and_then(|e| e.request_id()),
        Some("r-1")
    );
}
