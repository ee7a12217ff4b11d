//! An axum service that answers like Huawei Cloud CCI and like BlueKing ESB,
//! and a small reqwest client that calls it and reads every answer with
//! `errcodes`.
//!
//! It binds a free port on 127.0.0.1, makes a fixed list of calls (six), checks
//! each answer, stops the server and exits; the whole run is bounded to ten
//! seconds.
//!
//!     cargo run --example answer_like_platforms --features axum,reqwest

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, State};
use axum::routing::{get, post};
use errcodes::answer::Success;
use errcodes::body::{PlatformError, Reply};
use errcodes::cci::{ApiError as CciApiError, CciError};
use errcodes::paas::{ApiError as PaasApiError, PaasError};
use http::StatusCode;
use serde_json::{Value, json};

type Namespaces = Arc<Mutex<BTreeSet<String>>>;

/// CCI: create a namespace. A Kubernetes object on success, CCI's `Status`
/// body on failure.
async fn create_namespace(
    State(namespaces): State<Namespaces>,
    Json(body): Json<Value>,
) -> Result<(StatusCode, Json<Value>), CciApiError> {
    let Some(name) = body["metadata"]["name"].as_str() else {
        return Err(CciApiError::from(CciError::RequestBodyInvalid)
            .with_message("request body error: metadata.name is required"));
    };
    let mut namespaces = namespaces
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if !namespaces.insert(name.to_owned()) {
        return Err(CciApiError::from(CciError::NamespaceNameAlreadyExists));
    }
    let created = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}});
    Ok((StatusCode::CREATED, Json(created)))
}

/// ESB: a component answering HTTP 200 with `result` true or false.
async fn get_host(Path(bk_biz_id): Path<i64>) -> Result<Success<Value>, PaasApiError> {
    if bk_biz_id <= 0 {
        return Err(PaasApiError::from(PaasError::ArgumentError)
            .with_detail("bk_biz_id must be positive")
            .with_request_id("e0c9a1"));
    }
    Ok(
        Success::esb(json!({"bk_biz_id": bk_biz_id, "hosts": ["10.0.0.1"]}))
            .with_request_id("e0c9a2"),
    )
}

/// What the client expects of a call.
enum Expect {
    Success(StatusCode),
    Error(StatusCode, &'static str),
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tokio::time::timeout(Duration::from_secs(10), run())
        .await
        .map_err(|_| "the example did not finish within ten seconds")?
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let app = axum::Router::new()
        .route("/api/v1/namespaces", post(create_namespace))
        .route("/api/c/compapi/v2/cc/get_host/{bk_biz_id}", get(get_host))
        .with_state(Namespaces::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });

    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(2))
        .build()?;
    let namespace = |name: &str| json!({"metadata": {"name": name}});
    let calls = [
        (
            "POST",
            "/api/v1/namespaces",
            Some(namespace("team-a")),
            Expect::Success(StatusCode::CREATED),
        ),
        (
            "POST",
            "/api/v1/namespaces",
            Some(namespace("team-a")),
            Expect::Error(StatusCode::CONFLICT, "CCI.02.409101"),
        ),
        (
            "POST",
            "/api/v1/namespaces",
            Some(json!({})),
            Expect::Error(StatusCode::BAD_REQUEST, "CCI.01.400101"),
        ),
        (
            "GET",
            "/api/c/compapi/v2/cc/get_host/3",
            None,
            Expect::Success(StatusCode::OK),
        ),
        (
            "GET",
            "/api/c/compapi/v2/cc/get_host/0",
            None,
            Expect::Error(StatusCode::OK, "1306406"),
        ),
        (
            "GET",
            "/api/c/compapi/v2/cc/get_host/-1",
            None,
            Expect::Error(StatusCode::OK, "1306406"),
        ),
    ];
    for (method, path, body, expect) in calls {
        let url = format!("http://{address}{path}");
        let request = match body {
            Some(body) => client
                .post(url)
                .header(http::header::CONTENT_TYPE, "application/json")
                .body(body.to_string()),
            None => client.get(url),
        };
        let read = errcodes::client::read_reqwest(request.send().await?).await?;
        match (expect, read.reply()) {
            (Expect::Success(status), Reply::Success(_)) if read.status() == status => {
                println!(
                    "{method} {path}: {status}, {}",
                    String::from_utf8_lossy(read.body())
                );
            }
            (Expect::Error(status, code), Reply::Error(error))
                if read.status() == status && error.code() == code =>
            {
                let request_id = error.request_id().unwrap_or("none");
                println!(
                    "{method} {path}: {status}, {} (request id {})",
                    error.to_string().escape_debug(),
                    request_id.escape_debug()
                );
                if let PlatformError::Cci(error) = error {
                    assert_eq!(error.error().map(|e| e.http_status()), Some(status));
                }
            }
            (_, reply) => {
                return Err(
                    format!("{method} {path}: unexpected {} {reply:?}", read.status()).into(),
                );
            }
        }
    }

    let _ = stop.send(());
    server.await??;
    println!("6 calls answered as CCI and ESB answer");
    Ok(())
}
