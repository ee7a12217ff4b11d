//! A client that calls the four platforms and acts on every failure as the
//! platform advises: retry (waiting at least the delay the server asked for,
//! a bounded number of times), give up, and surface the error (escaped, with
//! its kind and advice).
//!
//! The platforms are mocks this example starts itself on 127.0.0.1 (a free
//! port), answering with the crate's own bodies: BlueKing ESB rate limits a
//! call once (HTTP 200, `Retry-After: 1`); CCI's API server throttles once
//! (429, `retryAfterSeconds: 1`) and then refuses a name that exists;
//! openYuanrong limits, is unavailable, then rejects a parameter with a message
//! that holds terminal escapes; Koupleless's proxy fails once with HTML, then
//! Arklet times out for good. The client calls with
//! `errcodes::client::call_reqwest` and retries with backon and
//! `errcodes::retry::backon::FollowAdvice`. Eleven requests, a few seconds;
//! it checks what it saw and exits, and stops itself after twenty seconds.
//!
//!     cargo run --example call_platforms --features reqwest,backon,axum
//!
//! The client's glue, what it writes beyond calling the crate and choosing its
//! policy, is the code between the `glue: begin` and `glue: end` markers;
//! BENCHMARKS.md counts its lines.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use backon::{ExponentialBuilder, Retryable};
use errcodes::ErrorCode;
use errcodes::answer::Success;
use errcodes::body::Reply;
use errcodes::client::{self, CallError};
use errcodes::retry::Advised;
use errcodes::retry::backon::FollowAdvice;
use errcodes::{RetryAdvice, cci, koupleless, paas, sdk};
use http::StatusCode;
use serde_json::json;

// ---- The mocks -----------------------------------------------------------------

/// When each platform was called, by path.
type Calls = Arc<Mutex<HashMap<&'static str, Vec<Instant>>>>;

/// Records a call to `path`; its number, from 0.
fn record(calls: &Calls, path: &'static str) -> usize {
    let mut calls = calls
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let times = calls.entry(path).or_default();
    times.push(Instant::now());
    times.len() - 1
}

/// BlueKing ESB: rate limited once, with the delay in `Retry-After`.
async fn esb(State(calls): State<Calls>) -> Response {
    match record(&calls, ESB) {
        0 => {
            let limited = paas::ApiError::from(paas::PaasError::RateLimitRestriction);
            ([("retry-after", "1")], limited).into_response()
        }
        _ => Success::esb(json!({"bk_biz_id": 3, "hosts": ["10.0.0.1"]})).into_response(),
    }
}

/// CCI: the Kubernetes API server throttles once (the delay in the body), then
/// CCI refuses a namespace name that exists.
async fn cci(State(calls): State<Calls>) -> Response {
    match record(&calls, CCI) {
        0 => {
            let status = json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
                "message": "Too many requests, please try again later.", "reason": "TooManyRequests",
                "details": {"retryAfterSeconds": 1}, "code": 429});
            (StatusCode::TOO_MANY_REQUESTS, axum::Json(status)).into_response()
        }
        _ => cci::ApiError::from(cci::CciError::NamespaceNameAlreadyExists).into_response(),
    }
}

/// openYuanrong: rate limited, then unavailable, then a parameter is wrong, in
/// a message that would clear the terminal and reverse the text after it.
async fn yuanrong(State(calls): State<Calls>) -> Response {
    match record(&calls, YUANRONG) {
        0 => sdk::ApiError::from(sdk::SdkError::InvokeRateLimited).into_response(),
        1 => sdk::ApiError::from(sdk::SdkError::K8sUnavailable).into_response(),
        _ => {
            let body = json!({"code": 1001, "message": "Parameter validation failed: \u{1b}[2Jtimeout \u{202e}sm05"});
            (StatusCode::BAD_REQUEST, axum::Json(body)).into_response()
        }
    }
}

/// Koupleless: the proxy in front of the base fails once with its own page,
/// then Arklet times out pulling the module, every time.
async fn arklet(State(calls): State<Calls>) -> Response {
    match record(&calls, ARKLET) {
        0 => (
            StatusCode::BAD_GATEWAY,
            [("content-type", "text/html")],
            "<html>502 Bad Gateway</html>",
        )
            .into_response(),
        _ => koupleless::ApiError::from(koupleless::KouplelessError::ArkletPullBizTimeOut)
            .into_response(),
    }
}

const ESB: &str = "/api/c/compapi/v2/cc/get_host";
const CCI: &str = "/api/v1/namespaces";
const YUANRONG: &str = "/serverless/v1/functions/hello/invocations";
const ARKLET: &str = "/installBiz";

// ---- The client ----------------------------------------------------------------

// glue: begin
/// The error for a person: code, message, kind and advice, escaped (a body's
/// text may hold what a terminal acts on).
fn surface(error: &CallError<reqwest::Error>) -> String {
    let advice = error.advice().map_or("none", |a| a.advice().as_str());
    let said = match error.response().map(|r| (r.status(), r.reply())) {
        Some((_, Reply::Error(e))) => {
            let kind = e.error().map_or("unknown", |c| c.kind().as_str());
            format!("{} {}: {} [kind {kind}", e.vendor(), e.code(), e.message())
        }
        Some((status, Reply::Failure(failure))) => {
            format!("HTTP {status}: {} [no code", failure.text())
        }
        _ => format!("{error} ["),
    };
    format!("{}, advice {advice}]", said.escape_debug())
}
// glue: end

/// The client's policy: at most three retries, 50 ms doubling up to 400 ms
/// unless the platform asks for longer.
fn policy() -> ExponentialBuilder {
    ExponentialBuilder::default()
        .with_min_delay(Duration::from_millis(50))
        .with_max_delay(Duration::from_millis(400))
        .with_max_times(3)
}

/// Calls the platform at `path` as advised, saying each retry and the end.
async fn call_as_advised(
    http: &reqwest::Client,
    base: &str,
    path: &str,
) -> Result<client::Response, CallError<reqwest::Error>> {
    let url = format!("{base}{path}");
    let outcome = (|| client::call_reqwest(http.post(&url).body(r#"{"name": "team-a"}"#)))
        .retry(policy())
        .follow_advice()
        .sleep(tokio::time::sleep)
        .notify(|error, wait| println!("{path}: retry in {wait:?} after {}", surface(error)))
        .await;
    match &outcome {
        Ok(response) => println!("{path}: HTTP {} success", response.status()),
        Err(error) => println!("{path}: gave up on {}", surface(error)),
    }
    outcome
}

// ---- Running it, and what it must see ------------------------------------------

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tokio::time::timeout(Duration::from_secs(20), run())
        .await
        .map_err(|_| "the example did not finish within twenty seconds")?
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let calls = Calls::default();
    let app = axum::Router::new()
        .route(ESB, post(esb))
        .route(CCI, post(cci))
        .route(YUANRONG, post(yuanrong))
        .route(ARKLET, post(arklet))
        .with_state(calls.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    let http = reqwest::Client::new();

    // ESB: retried after the second the server asked for, then a success.
    let esb = call_as_advised(&http, &base, ESB).await;
    assert!(esb.is_ok(), "ESB answers on the second call: {esb:?}");
    // CCI: retried after the body's retryAfterSeconds; a name that exists is
    // not retried.
    let cci = call_as_advised(&http, &base, CCI).await;
    expect_error(&cci, "CCI.02.409101", RetryAdvice::RetryAfterFix);
    // openYuanrong: two retries, then a parameter to fix: surfaced, escaped.
    let yuanrong = call_as_advised(&http, &base, YUANRONG).await;
    expect_error(&yuanrong, "1001", RetryAdvice::RetryAfterFix);
    let shown = surface(yuanrong.as_ref().expect_err("an error"));
    assert!(
        shown.contains(r"\u{1b}[2J") && shown.contains(r"\u{202e}"),
        "{shown}"
    );
    assert!(!shown.contains(['\u{1b}', '\u{202e}']), "{shown}");
    // Koupleless: the proxy's page and Arklet's timeouts are retried with
    // backoff until the policy's three retries are spent.
    let arklet = call_as_advised(&http, &base, ARKLET).await;
    expect_error(
        &arklet,
        "Arklet.PullBizTimeOut",
        RetryAdvice::RetryWithBackoff,
    );

    let _ = stop.send(());
    server.await??;
    let calls = calls
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let count = |path| calls.get(path).map_or(0, Vec::len);
    let counts = [ESB, CCI, YUANRONG, ARKLET].map(count);
    assert_eq!(counts, [2, 2, 3, 4], "requests per platform");
    for path in [ESB, CCI] {
        let waited = calls[path][1] - calls[path][0];
        assert!(
            waited >= Duration::from_secs(1),
            "{path} was called again after {waited:?}"
        );
    }
    println!(
        "{} requests, each failure acted on as advised",
        counts.iter().sum::<usize>()
    );
    Ok(())
}

/// `outcome` is the platform's error `code`, with `advice`.
fn expect_error(
    outcome: &Result<client::Response, CallError<reqwest::Error>>,
    code: &str,
    advice: RetryAdvice,
) {
    let Err(error @ CallError::Reply(response)) = outcome else {
        panic!("{code} expected: {outcome:?}");
    };
    assert_eq!(response.reply().error().map(|e| e.code()), Some(code));
    assert_eq!(error.advice().map(|a| a.advice()), Some(advice), "{code}");
}
