//! The axum side: `POST /v1/chat/completions`, `GET /v1/models` and `GET /v1/models/{id}`.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde_json::{json, Value};

use super::chat::ChatRequest;
use super::error::{ErrorType, ProxyError};
use super::fail_open::RouterUnavailable;
use super::forward::Decision;
use super::gateway::Proxy;
use super::routes::{OnRouterUnavailable, RouteTable};
use crate::api::classify::{checked_text, deadline, valid_request_id};
use crate::api::keys::KeyLabel;
use crate::api::state::{AppState, REQUEST_ID_HEADER};
use crate::service::{ServiceError, Source};

/// The fields of an OpenAI chat request the proxy reads; every other field is forwarded as sent.
/// (For the OpenAPI document only: the handler keeps the body as JSON.)
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ChatCompletionRequest {
    /// The virtual model (default "auto") to be routed, or a route's upstream model.
    model: String,
    /// OpenAI chat messages; the router reads the user turns' text (string content or text parts).
    #[schema(value_type = Vec<Object>)]
    messages: Vec<Value>,
    /// Stream the upstream's server-sent events chunk by chunk.
    stream: Option<bool>,
}

/// OpenAI chat completions, classified and forwarded to the route's upstream (with ROUTES_FILE).
#[utoipa::path(post, path = "/v1/chat/completions", request_body = ChatCompletionRequest,
    responses(
        (status = 200, description = "the upstream's answer (JSON, or text/event-stream when streamed), with x-route, x-route-label, x-route-confidence, x-upstream-latency"),
        (status = 400, description = "bad request, in OpenAI's error shape"),
        (status = 404, description = "unknown model, or no routes file"),
        (status = 429, description = "the router is overloaded (Retry-After), or the upstream's own 429"),
        (status = 502, description = "no upstream could be reached"),
        (status = 503, description = "open circuit or concurrency cap (Retry-After)"),
        (status = 504, description = "no upstream answered in time")))]
pub async fn chat_completions(
    State(state): State<AppState>,
    caller: Option<Extension<KeyLabel>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let started = Instant::now();
    let request_id = match headers.get(REQUEST_ID_HEADER) {
        Some(id) if valid_request_id(id.as_bytes()) => id.clone(),
        Some(_) => {
            return ProxyError::invalid("x-request-id", "X-Request-ID must be 1..=128 visible ASCII characters")
                .into_response()
        }
        None => HeaderValue::from_str(&uuid::Uuid::new_v4().to_string()).expect("a uuid is ASCII"),
    };
    let caller = caller.map(|Extension(KeyLabel(label))| label);
    let mut response = match chat(&state, &headers, body, &request_id, caller, started).await {
        Ok(response) => response,
        Err(e) => e.into_response(),
    };
    response.headers_mut().insert(REQUEST_ID_HEADER, request_id);
    response
}

async fn chat(
    state: &AppState,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    request_id: &HeaderValue,
    caller: Option<Arc<str>>,
    started: Instant,
) -> Result<Response, ProxyError> {
    let Some(proxy) = &state.proxy else {
        return Err(ProxyError::not_configured());
    };
    let json = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|ct| {
        ct.split(';').next().is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
    });
    if !json {
        return Err(ProxyError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorType::InvalidRequest,
            "unsupported_media_type",
            "the body must be JSON, sent with Content-Type: application/json",
        ));
    }
    let body = body.map_err(body_rejection)?;
    let mut chat = ChatRequest::parse(&body)?;
    let table = &proxy.table;
    let decision = if chat.model == table.virtual_model {
        let deadline = deadline(state, headers, started)?;
        let text = chat.user_text(table.classify)?;
        // A prompt of any length is classified (the model reads its head and tail, see
        // `Window::cut_chars`), never refused for its length: the body limit bounds it.
        let text = checked_text(&text, usize::MAX, "the user's message").map_err(|e| {
            ProxyError::invalid(
                "messages",
                format!(
                    "{}: no user text to classify; name an upstream model instead of {:?}",
                    e.message, table.virtual_model
                ),
            )
        })?;
        let outcome = match state.service.classify(text, deadline).await {
            Ok(outcome) => outcome,
            Err(e) => {
                let decision = Decision { caller, ..unclassified(proxy, e, request_id)? };
                return Ok(proxy.forward(&mut chat, decision, headers, request_id, started).await);
            }
        };
        let class = outcome.route.class;
        state.metrics.classifications.with_label_values(&[class.to_string().as_str()]).inc();
        state.metrics.confidence.observe(outcome.answer.confidence as f64);
        tracing::debug!(
            request_id = request_id.to_str().unwrap_or_default(),
            label = class,
            confidence = outcome.answer.confidence,
            confidence_routed = outcome.route.confidence_routed,
            cache_hit = matches!(outcome.source, Source::L1 | Source::L2),
            "classified for the proxy"
        );
        Decision {
            route: table.by_label[class],
            label: Some(class),
            confidence: Some(outcome.answer.confidence),
            router_unavailable: None,
            caller,
        }
    } else if let Some(route) = table.by_model(&chat.model) {
        Decision { route, label: None, confidence: None, router_unavailable: None, caller }
    } else {
        return Err(model_not_found(table, &chat.model));
    };
    Ok(proxy.forward(&mut chat, decision, headers, request_id, started).await)
}

/// Where a request goes that the router could not classify: the `on_router_unavailable` route,
/// or (`reject`) the router's own error.
fn unclassified(proxy: &Proxy, error: ServiceError, request_id: &HeaderValue) -> Result<Decision, ProxyError> {
    let cause = RouterUnavailable::of(&error);
    let route = match proxy.table.on_router_unavailable {
        OnRouterUnavailable::Route(route) => Some(route),
        OnRouterUnavailable::Reject => None,
    };
    let route_name = route.map_or("reject", |r| proxy.table.routes[r].name.as_str());
    proxy.metrics.router_unavailable.with_label_values(&[cause.name(), route_name]).inc();
    tracing::warn!(
        request_id = request_id.to_str().unwrap_or_default(),
        cause = cause.name(),
        error = %error,
        route = route_name,
        "the router could not classify the request in time"
    );
    let route = route.ok_or(error)?;
    Ok(Decision { route, label: None, confidence: None, router_unavailable: Some(cause), caller: None })
}

/// Body read failures in the proxy's error shape: 413 too large, 408 too slow, else 400.
fn body_rejection(rejection: BytesRejection) -> ProxyError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&rejection);
    while let Some(e) = source {
        if e.is::<crate::api::body_deadline::BodyDeadlineExceeded>() {
            return ProxyError::new(
                StatusCode::REQUEST_TIMEOUT,
                ErrorType::InvalidRequest,
                "body_timeout",
                "the request body was not received in time",
            );
        }
        source = e.source();
    }
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return ProxyError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorType::InvalidRequest,
            "body_too_large",
            rejection.body_text(),
        );
    }
    ProxyError::invalid("body", rejection.body_text())
}

fn model_not_found(table: &RouteTable, model: &str) -> ProxyError {
    let models: Vec<String> = table.models().iter().map(|m| format!("{m:?}")).collect();
    ProxyError {
        param: Some("model"),
        ..ProxyError::new(
            StatusCode::NOT_FOUND,
            ErrorType::InvalidRequest,
            "model_not_found",
            format!("the model {model:?} is not served here; ask for one of {}", models.join(", ")),
        )
    }
}

/// A model in OpenAI's shape: the virtual one is the gateway's, an upstream one its routes'.
fn model_object(table: &RouteTable, id: &str) -> Value {
    let owned_by = if id == table.virtual_model {
        "query-gateway".to_string()
    } else {
        let routes: Vec<&str> = table.routes.iter().filter(|r| r.model == id).map(|r| r.name.as_str()).collect();
        format!("route:{}", routes.join(","))
    };
    json!({"id": id, "object": "model", "created": 0, "owned_by": owned_by})
}

/// The virtual model and every route's upstream model, in OpenAI's list shape.
#[utoipa::path(get, path = "/v1/models", responses((status = 200, description = "OpenAI model list"), (status = 404, description = "no routes file")))]
pub async fn models(State(state): State<AppState>) -> Result<Json<Value>, ProxyError> {
    let proxy = state.proxy.as_ref().ok_or_else(ProxyError::not_configured)?;
    let table = &proxy.table;
    let data: Vec<Value> = table.models().into_iter().map(|id| model_object(table, id)).collect();
    Ok(Json(json!({"object": "list", "data": data})))
}

/// One model of the list (ids may hold slashes: `org/model`).
#[utoipa::path(get, path = "/v1/models/{id}", params(("id" = String, Path, description = "a model id of /v1/models")),
    responses((status = 200, description = "OpenAI model object"), (status = 404, description = "not a model served here, or no routes file")))]
pub async fn model(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<Value>, ProxyError> {
    let proxy = state.proxy.as_ref().ok_or_else(ProxyError::not_configured)?;
    let table = &proxy.table;
    if !table.models().contains(&id.as_str()) {
        return Err(model_not_found(table, &id));
    }
    Ok(Json(model_object(table, &id)))
}
