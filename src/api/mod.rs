//! The HTTP surface: routes, shared state, and the middleware that times, counts and tags every
//! response.

pub mod auth;
pub mod body_deadline;
pub mod classify;
pub mod error;
pub mod health;
pub mod keys;
pub mod state;

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use utoipa::OpenApi;

use crate::metrics::Metrics;
use crate::proxy;
use error::ApiError;
pub use state::{AppState, CHAT_PATH, LATENCY_HEADER, REQUEST_ID_HEADER, REQUEST_TIMEOUT_HEADER};

#[derive(OpenApi)]
#[openapi(
    info(title = "query-gateway", description = "Routes LLM queries: fast path (0) or slow path (1)."),
    paths(
        classify::classify,
        classify::classify_batch,
        proxy::handler::chat_completions,
        proxy::handler::models,
        proxy::handler::model,
        health::live,
        health::ready,
        health::deep,
        health::metrics
    ),
    components(schemas(
        classify::ClassifyRequest,
        classify::ClassifyResponse,
        classify::BatchRequest,
        classify::BatchResponse,
        proxy::handler::ChatCompletionRequest,
        error::ErrorBody,
        error::ErrorDetail
    ))
)]
pub struct ApiDoc;

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// An error the router itself makes, in OpenAI's shape under the proxy's paths.
fn router_error(uri: &Uri, status: StatusCode, code: &'static str, message: &str) -> Response {
    if proxy::error::openai_shaped(uri.path()) {
        let kind = proxy::error::ErrorType::InvalidRequest;
        return proxy::error::ProxyError::new(status, kind, code, format!("{message}: {}", uri.path())).into_response();
    }
    ApiError::new(status, message).into_response()
}

async fn not_found(uri: Uri) -> Response {
    router_error(&uri, StatusCode::NOT_FOUND, "unknown_url", "no such endpoint")
}

async fn method_not_allowed(uri: Uri) -> Response {
    router_error(&uri, StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "method not allowed on this endpoint")
}

/// Most bytes of request headers (names and values, with 4 for each line's ": " and CRLF) a
/// request may carry; 431 above. Far above any real client's, far below hyper's read buffer
/// (about 400 KiB, where hyper itself answers a bare 431).
pub const MAX_HEADER_BYTES: usize = 64 * 1024;

/// A refusal of the request as sent, in the error shape its endpoint's clients read.
fn refusal(path: &str, status: StatusCode, code: &'static str, message: String) -> Response {
    if proxy::error::openai_shaped(path) {
        // OpenAI clients read OpenAI's error shape.
        let kind = proxy::error::ErrorType::InvalidRequest;
        return proxy::error::ProxyError::new(status, kind, code, message).into_response();
    }
    ApiError::new(status, message).into_response()
}

/// Refuses a body whose declared Content-Length is over the limit before reading any of it, so a
/// client learns at once instead of after uploading megabytes. (Bodies without a length are cut
/// off at the limit while read, by `DefaultBodyLimit`.) Refuses headers over
/// [`MAX_HEADER_BYTES`] with 431.
async fn refuse_oversized(State(limit): State<usize>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let header_bytes: usize = request.headers().iter().map(|(name, value)| name.as_str().len() + value.len() + 4).sum();
    if header_bytes > MAX_HEADER_BYTES {
        let message = format!("the request headers are {header_bytes} bytes; the limit is {MAX_HEADER_BYTES}");
        return refusal(path, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, "headers_too_large", message);
    }
    let declared = request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    match declared {
        Some(bytes) if bytes > limit as u64 => {
            let message = format!("the body is {bytes} bytes; the limit is {limit}");
            refusal(path, StatusCode::PAYLOAD_TOO_LARGE, "body_too_large", message)
        }
        _ => next.run(request).await,
    }
}

/// The status a request is counted under when its client went away before the answer (nginx's
/// "client closed request").
const CLIENT_CLOSED: &str = "499";

/// Counts a request in `active_requests` while it runs and in `requests_total` once it ends,
/// including when its future is dropped because the client disconnected.
struct Tracked {
    metrics: Arc<Metrics>,
    endpoint: String,
    started: Instant,
    status: Option<StatusCode>,
}

impl Tracked {
    fn new(metrics: Arc<Metrics>, endpoint: String) -> Self {
        metrics.active_requests.inc();
        Self { metrics, endpoint, started: Instant::now(), status: None }
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.metrics.active_requests.dec();
        let status = self.status.map(|s| s.as_u16().to_string());
        let status = status.as_deref().unwrap_or(CLIENT_CLOSED);
        self.metrics.requests.with_label_values(&[&self.endpoint, status]).inc();
        self.metrics
            .request_duration
            .with_label_values(&[&self.endpoint])
            .observe(self.started.elapsed().as_secs_f64());
    }
}

/// Times and counts every request, adds `x-router-latency` (ms) and an `x-request-id` when the
/// handler did not set one (errors raised before it ran): the client's, if it is a valid one.
async fn observe(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let endpoint = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let incoming_id = request.headers().get(REQUEST_ID_HEADER).cloned();
    let mut tracked = Tracked::new(state.metrics.clone(), endpoint);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&format!("{:.3}", tracked.started.elapsed().as_secs_f64() * 1e3)) {
        headers.insert(LATENCY_HEADER, v);
    }
    if !headers.contains_key(REQUEST_ID_HEADER) {
        let id = incoming_id
            .filter(|v| classify::valid_request_id(v.as_bytes()))
            .unwrap_or_else(|| HeaderValue::from_str(&uuid::Uuid::new_v4().to_string()).expect("uuid is ASCII"));
        headers.insert(REQUEST_ID_HEADER, id);
    }
    tracked.status = Some(response.status());
    response
}

pub fn router(state: AppState) -> Router {
    let body_limit = state.config.max_body_bytes();
    let body_timeout = std::time::Duration::from_millis(state.config.body_read_timeout_ms);
    Router::new()
        .route("/v1/query-classify", post(classify::classify))
        .route("/v1/query-classify/batch", post(classify::classify_batch))
        .route(CHAT_PATH, post(proxy::handler::chat_completions))
        .route("/v1/models", get(proxy::handler::models))
        .route("/v1/models/{*id}", get(proxy::handler::model))
        .route("/health/live", get(health::live))
        .route("/health/ready", get(health::ready))
        .route("/health/deep", get(health::deep))
        .route("/metrics", get(health::metrics))
        .route("/openapi.json", get(openapi))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(axum::middleware::from_fn_with_state(body_timeout, body_deadline::limit_body_time))
        .layer(axum::middleware::from_fn_with_state(body_limit, refuse_oversized))
        .layer(axum::middleware::from_fn_with_state(state.clone(), auth::require_key))
        .layer(axum::middleware::from_fn_with_state(state.clone(), observe))
        .with_state(state)
}
