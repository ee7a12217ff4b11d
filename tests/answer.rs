//! `errcodes::answer`: what an axum handler answers is what the crate's own
//! readers read back, for every code of every platform, every BlueKing PaaS
//! shape with a detail, and the success envelopes; and the same over a real
//! connection, a server on 127.0.0.1 called by reqwest.

use axum::Json;
use axum::extract::Path;
use axum::response::IntoResponse;
use axum::routing::get;
use errcodes::answer::Success;
use errcodes::body::{PlatformError, Reply};
use errcodes::paas::{PaasError, Shape};
use errcodes::{Code, Vendor, cci, koupleless, paas, sdk};
use http::StatusCode;

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime")
        .block_on(future)
}

/// The reply the crate reads from what a handler answers.
async fn read_back(answer: impl IntoResponse) -> errcodes::client::Response {
    errcodes::client::read(answer.into_response())
        .await
        .expect("an answer of the crate reads back")
}

/// Every code of every platform (openYuanrong's that a body can tell apart),
/// answered from a handler, reads back as the same error with the same status.
#[test]
fn every_api_error_answers_as_its_platform_and_reads_back_equal() {
    block_on(async {
        let mut errors: Vec<PlatformError> = Vec::new();
        // A code whose status is the crate's choice has none in its body: the
        // response written carries the code's, and reads back with it.
        errors.extend(paas::PaasError::ALL.iter().map(|&c| {
            let error = paas::ApiError::from(c);
            match error.status() {
                Some(_) => error.into(),
                None => error.with_status(c.http_status()).into(),
            }
        }));
        errors.extend(
            cci::CciError::ALL
                .iter()
                .map(|&c| cci::ApiError::from(c).into()),
        );
        // openYuanrong's body carries the number alone: a number several codes
        // share reads back as the published one (or none), and a success
        // number (ERR_NONE's 0) as a success; the others read back as sent.
        let answered = sdk::SdkError::ALL.iter().filter(|&&c| {
            sdk::SdkError::try_from(c.number()) == Ok(c)
                && !sdk::SUCCESS_CODES.contains(&c.number())
        });
        let sdk_count = answered.clone().count();
        assert!(sdk_count > 100, "{sdk_count} openYuanrong codes answered");
        errors.extend(answered.map(|&c| sdk::ApiError::from(c).into()));
        // A Koupleless success code (`SUCCESS`, `00000`) builds a success body,
        // which reads back as a success.
        let koupleless = koupleless::KouplelessError::ALL
            .iter()
            .filter(|c| c.kind() != errcodes::ErrorKind::Ok);
        let koupleless_count = koupleless.clone().count();
        assert_eq!(koupleless_count, koupleless::KouplelessError::ALL.len() - 3);
        errors.extend(koupleless.map(|&c| koupleless::ApiError::from(c).into()));
        let others = Code::all()
            .filter(|c| !matches!(c, Code::Sdk(_) | Code::Koupleless(_)))
            .count();
        assert_eq!(errors.len(), others + sdk_count + koupleless_count);
        for sent in errors {
            let expected_status = sent.to_response().status();
            // The platform's own ApiError, and the cross-platform type.
            let read = match &sent {
                PlatformError::Paas(error) => read_back(error.clone()).await,
                PlatformError::Cci(error) => read_back(error.clone()).await,
                PlatformError::Sdk(error) => read_back(error.clone()).await,
                PlatformError::Koupleless(error) => read_back(error.clone()).await,
                other => panic!("a platform this test does not know: {other:?}"),
            };
            assert_eq!(read.status(), expected_status, "{sent}");
            let via_platform_error = read_back(sent.clone()).await;
            assert_eq!(via_platform_error.body(), read.body(), "{sent}");
            let reader = errcodes::body::Reader::new().vendor(sent.vendor());
            let (parts, ()) = http::Response::builder()
                .status(read.status())
                .body(())
                .expect("parts")
                .into_parts();
            let mut parts = parts;
            parts.headers = read.headers().clone();
            let Ok(Reply::Error(error)) = reader.read_parts(&parts, read.body()) else {
                panic!("{sent} did not read back as an error");
            };
            assert_eq!(error, sent, "{sent}");
        }
    });
}

/// A detail added in each shape's convention reads back with the code and the
/// published message at the start, for every BlueKing PaaS code.
#[test]
fn a_detail_reads_back_in_every_paas_shape() {
    block_on(async {
        let shapes = [
            Shape::Paas3,
            Shape::Paas3StdJson,
            Shape::Esb,
            Shape::BkError,
        ];
        for &code in PaasError::ALL {
            for shape in shapes {
                let sent = paas::ApiError::from(code)
                    .with_shape(shape)
                    .with_detail("bk_biz_id is required");
                let published = paas::ApiError::from(code).with_shape(shape);
                let published = published.message();
                let separator = match shape {
                    Shape::Esb | Shape::BkError => ", ",
                    _ => ": ",
                };
                assert_eq!(
                    sent.message(),
                    format!("{published}{separator}bk_biz_id is required"),
                    "{code:?} in {shape:?}"
                );
                let read = read_back(sent.clone()).await;
                let reader = errcodes::body::Reader::new().vendor(Vendor::Paas);
                let whole = http::Response::builder()
                    .status(read.status())
                    .body(read.body().to_vec())
                    .expect("a response");
                let mut whole = whole;
                *whole.headers_mut() = read.headers().clone();
                let Ok(Reply::Error(PlatformError::Paas(error))) = reader.read_response(&whole)
                else {
                    panic!("{code:?} in {shape:?} did not read back");
                };
                assert_eq!(error.message(), sent.message(), "{code:?} in {shape:?}");
                assert_eq!(error.code(), sent.code(), "{code:?} in {shape:?}");
                // A gateway code in another shape loses its `code_name`: its
                // number 1640302 names two codes and types none.
                let answer = |key: &str| match PaasError::matching(key) {
                    [one] => Some(*one),
                    [first, ..] if first.origin().is_published() => Some(*first),
                    _ => None,
                };
                let typed = match shape {
                    _ if code.product() != paas::Product::ApiGateway => Some(code),
                    // bk_std_json: the number, else the number with its
                    // `code_slug`.
                    Shape::Paas3StdJson => answer(code.code())
                        .or_else(|| answer(code.vendor_name().unwrap_or_default())),
                    // bkpaas3: its name, but a gateway `code_name` alone types
                    // only in the gateway's body (bkpaas3 sends its own
                    // `UNAUTHORIZED`); else `bkapi-error-code-num`. ESB's
                    // published `RATE_LIMIT_RESTRICTION` is a name of ESB's.
                    Shape::Paas3 => answer(code.vendor_name().unwrap_or_default())
                        .filter(|e| e.product() != paas::Product::ApiGateway)
                        .or_else(|| answer(code.code())),
                    _ => answer(code.code()),
                };
                assert_eq!(error.error(), typed, "{code:?} in {shape:?}");
                assert_eq!(error.shape(), shape, "{code:?} in {shape:?}");
            }
        }
    });
}

#[test]
fn the_gateway_detail_is_its_reason_field() {
    let body = br#"{"code": 1640001, "code_name": "INVALID_ARGS", "data": null, "message": "Parameters error", "result": false}"#;
    let error = paas::ApiError::from_slice(body).expect("the gateway's body");
    assert_eq!(
        error.with_detail("app code cannot be empty").message(),
        r#"Parameters error [reason="app code cannot be empty"]"#
    );
    let empty = paas::ApiError::from(PaasError::ArgumentError).with_message("");
    assert_eq!(empty.with_detail("d").message(), "d");
}

/// The success envelopes read back as successes, with their data.
#[test]
fn success_envelopes_read_back_as_successes() {
    block_on(async {
        let data = serde_json::json!({"bk_biz_id": 3, "hosts": ["10.0.0.1"]});
        for (answer, request_id) in [
            (
                Success::esb(data.clone()).with_request_id("4e5f"),
                Some("4e5f"),
            ),
            (Success::esb(data.clone()), None),
            (
                Success::bk_std_json(data.clone()).with_request_id("ignored"),
                None,
            ),
        ] {
            let read = read_back(answer).await;
            assert_eq!(read.status(), StatusCode::OK);
            assert!(
                matches!(read.reply(), Reply::Success(_)),
                "{:?}",
                read.reply()
            );
            let body: serde_json::Value = serde_json::from_slice(read.body()).expect("JSON");
            assert_eq!(body["data"], data);
            assert_eq!(body["result"], true);
            assert_eq!(body["code"], 0);
            assert_eq!(body["request_id"].as_str(), request_id);
        }
    });
}

/// Data that cannot be JSON answers 500 in plain text, as axum's `Json` does.
#[test]
fn data_that_cannot_be_json_answers_500() {
    let mut map = std::collections::BTreeMap::new();
    map.insert(vec![1u8], 1);
    let response = Success::esb(map).into_response();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; charset=utf-8"
    );
}

async fn cci_namespace(Path(name): Path<String>) -> Result<Json<serde_json::Value>, cci::ApiError> {
    if name == "taken" {
        return Err(
            cci::ApiError::from(cci::CciError::NamespaceNameAlreadyExists)
                .with_request_id("req-409"),
        );
    }
    Ok(Json(
        serde_json::json!({"kind": "Namespace", "metadata": {"name": name}}),
    ))
}

async fn esb_get_host(Path(id): Path<u32>) -> Result<Success<serde_json::Value>, paas::ApiError> {
    if id == 0 {
        return Err(paas::ApiError::from(PaasError::ArgumentError)
            .with_detail("bk_biz_id must be positive")
            .with_request_id("req-esb"));
    }
    Ok(Success::esb(serde_json::json!({"bk_biz_id": id})).with_request_id("req-ok"))
}

/// A server on 127.0.0.1 answering like CCI and like ESB, called by reqwest and
/// read by `read_reqwest`; the server stops when the test is done.
#[test]
fn a_real_server_answers_like_cci_and_esb() {
    block_on(async {
        let app = axum::Router::new()
            .route("/api/v1/namespaces/{name}", get(cci_namespace))
            .route("/esb/get_host/{id}", get(esb_get_host));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a port on 127.0.0.1");
        let address = listener.local_addr().expect("its address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
        });
        let client = reqwest::Client::new();
        let get = |path: &str| client.get(format!("http://{address}{path}")).send();

        let read =
            errcodes::client::read_reqwest(get("/api/v1/namespaces/taken").await.expect("sent"))
                .await
                .expect("read");
        assert_eq!(read.status(), StatusCode::CONFLICT);
        let Reply::Error(PlatformError::Cci(error)) = read.reply() else {
            panic!("a CCI error: {:?}", read.reply());
        };
        assert_eq!(
            error.error(),
            Some(cci::CciError::NamespaceNameAlreadyExists)
        );
        assert_eq!(error.reason(), Some("Conflict"));

        let read =
            errcodes::client::read_reqwest(get("/api/v1/namespaces/free").await.expect("sent"))
                .await
                .expect("read");
        assert!(
            matches!(read.reply(), Reply::Success(_)),
            "{:?}",
            read.reply()
        );

        let read = errcodes::client::read_reqwest(get("/esb/get_host/0").await.expect("sent"))
            .await
            .expect("read");
        assert_eq!(read.status(), StatusCode::OK);
        let Reply::Error(error) = read.reply() else {
            panic!("ESB's error at HTTP 200: {:?}", read.reply());
        };
        assert_eq!(
            error.error(),
            Some(errcodes::Code::Paas(PaasError::ArgumentError))
        );
        assert_eq!(
            error.message(),
            "Parameters error, bk_biz_id must be positive"
        );
        assert_eq!(error.request_id(), Some("req-esb"));

        let read = errcodes::client::read_reqwest(get("/esb/get_host/3").await.expect("sent"))
            .await
            .expect("read");
        assert!(
            matches!(read.reply(), Reply::Success(_)),
            "{:?}",
            read.reply()
        );

        stop.send(()).expect("the server is still running");
        server.await.expect("the server task").expect("the server");
    });
}
