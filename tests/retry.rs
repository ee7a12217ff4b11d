//! Retrying as advised over real HTTP on 127.0.0.1: tower's `Retry` with
//! `AdvicePolicy` in front of a reqwest client, and backon's `follow_advice`,
//! against a server that answers like the platforms. Each test counts the
//! requests the server saw and the time between them.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::response::{IntoResponse, Response};
use axum::routing::post;
use backon::{ConstantBuilder, Retryable};
use errcodes::RetryAdvice;
use errcodes::client::{self, CallError};
use errcodes::retry::Advised;
use errcodes::retry::backon::FollowAdvice;
use errcodes::retry::tower::AdvicePolicy;
use errcodes::{cci, koupleless, paas};
use tower::{Service, ServiceExt};

/// A server whose `n`th answer (from 0) is `answer(n)`; the times of the
/// requests it saw.
async fn serve(answer: fn(usize) -> Response) -> (String, Arc<Mutex<Vec<Instant>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorded = seen.clone();
    let app = axum::Router::new().route(
        "/call",
        post(move || {
            let call = {
                let mut seen = recorded.lock().unwrap();
                seen.push(Instant::now());
                seen.len() - 1
            };
            async move { answer(call) }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/call", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, seen)
}

fn esb_limited_once(call: usize) -> Response {
    if call == 0 {
        let limited = paas::ApiError::from(paas::PaasError::RateLimitRestriction);
        return ([("retry-after", "1")], limited).into_response();
    }
    errcodes::answer::Success::esb(3).into_response()
}

fn cci_conflict(_: usize) -> Response {
    cci::ApiError::from(cci::CciError::NamespaceNameAlreadyExists).into_response()
}

fn arklet_timeout(_: usize) -> Response {
    koupleless::ApiError::from(koupleless::KouplelessError::ArkletPullBizTimeOut).into_response()
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// tower's `Retry` with the policy, over a service that sends an
/// `http::Request<String>` with reqwest and reads its answer.
async fn call_with_tower(url: &str, retries: u32) -> Result<client::Response, BoxError> {
    let http = reqwest::Client::new();
    let send = tower::service_fn(move |request: http::Request<String>| {
        let http = http.clone();
        async move {
            let response = http.execute(reqwest::Request::try_from(request)?).await?;
            Ok::<_, BoxError>(client::read_reqwest(response).await?)
        }
    });
    let policy =
        AdvicePolicy::new(retries).backoff(Duration::from_millis(5), Duration::from_millis(20));
    let mut service = tower::retry::Retry::new(policy, send);
    let request = http::Request::post(url).body(String::from("{}"))?;
    service.ready().await?.call(request).await
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn tower_waits_the_delay_the_server_asked_for_then_succeeds() {
    rt().block_on(async {
        let (url, seen) = serve(esb_limited_once).await;
        let response = call_with_tower(&url, 3).await.unwrap();
        assert_eq!(response.retry_advice(), None, "a success");
        let seen = seen.lock().unwrap();
        assert_eq!(seen.len(), 2);
        assert!(
            seen[1] - seen[0] >= Duration::from_secs(1),
            "{:?}",
            seen[1] - seen[0]
        );
    });
}

#[test]
fn tower_does_not_retry_what_must_be_fixed_and_bounds_the_rest() {
    rt().block_on(async {
        let (url, seen) = serve(cci_conflict).await;
        let response = call_with_tower(&url, 3).await.unwrap();
        let advice = response.retry_advice().map(|a| a.advice());
        assert_eq!(advice, Some(RetryAdvice::RetryAfterFix));
        assert_eq!(seen.lock().unwrap().len(), 1);

        let (url, seen) = serve(arklet_timeout).await;
        let response = call_with_tower(&url, 2).await.unwrap();
        let advice = response.retry_advice().map(|a| a.advice());
        assert_eq!(advice, Some(RetryAdvice::RetryWithBackoff));
        assert_eq!(seen.lock().unwrap().len(), 3, "one call and two retries");
    });
}

#[test]
fn backon_follows_the_same_advice() {
    rt().block_on(async {
        let http = reqwest::Client::new();
        let policy = || {
            ConstantBuilder::default()
                .with_delay(Duration::from_millis(5))
                .with_max_times(2)
        };

        let (url, seen) = serve(esb_limited_once).await;
        let call = || client::call_reqwest(http.post(&url).body("{}"));
        let response = call
            .retry(policy())
            .follow_advice()
            .sleep(tokio::time::sleep)
            .await;
        assert!(response.is_ok(), "{response:?}");
        let seen_esb = seen.lock().unwrap().clone();
        assert_eq!(seen_esb.len(), 2);
        assert!(seen_esb[1] - seen_esb[0] >= Duration::from_secs(1));

        for (answer, calls, advice) in [
            (
                cci_conflict as fn(usize) -> Response,
                1,
                RetryAdvice::RetryAfterFix,
            ),
            (arklet_timeout, 3, RetryAdvice::RetryWithBackoff),
        ] {
            let (url, seen) = serve(answer).await;
            let call = || client::call_reqwest(http.post(&url).body("{}"));
            let error = call
                .retry(policy())
                .follow_advice()
                .sleep(tokio::time::sleep)
                .await
                .unwrap_err();
            assert!(matches!(error, CallError::Reply(_)), "{error:?}");
            assert_eq!(error.advice().map(|a| a.advice()), Some(advice));
            assert_eq!(seen.lock().unwrap().len(), calls);
        }
    });
}

#[test]
fn a_request_that_got_no_response_is_not_retried() {
    rt().block_on(async {
        // A port that was free a moment ago: the connection is refused.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/call", listener.local_addr().unwrap());
        drop(listener);
        let http = reqwest::Client::new();
        let attempts = std::cell::Cell::new(0);
        let call = || {
            attempts.set(attempts.get() + 1);
            client::call_reqwest(http.post(&url).body("{}"))
        };
        let policy = ConstantBuilder::default()
            .with_delay(Duration::from_millis(1))
            .with_max_times(3);
        let error = call
            .retry(policy)
            .follow_advice()
            .sleep(tokio::time::sleep)
            .await
            .unwrap_err();
        assert!(matches!(error, CallError::Send(_)), "{error:?}");
        assert_eq!(error.advice(), None);
        assert_eq!(attempts.get(), 1);
    });
}
