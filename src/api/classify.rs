//! `POST /v1/query-classify` and `POST /v1/query-classify/batch`.

use std::time::{Duration, Instant};

use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::error::{ApiError, ErrorBody};
use super::state::{AppState, REQUEST_ID_HEADER, REQUEST_TIMEOUT_HEADER};
use crate::batcher::admission::Deadline;
use crate::routing::Route;
use crate::service::{Outcome, Source};

/// Longest accepted request id.
const MAX_REQUEST_ID_CHARS: usize = 128;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClassifyRequest {
    /// The user query, 1..=MAX_TEXT_CHARS characters after trimming.
    pub text: String,
    /// Echoed back and logged; at most 128 visible ASCII characters. The X-Request-ID header wins.
    pub request_id: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BatchRequest {
    /// 1..=MAX_BATCH_TEXTS queries, each validated like `text`.
    pub texts: Vec<String>,
    pub request_id: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ClassifyResponse {
    /// "0" fast path (small model), "1" slow path (capable model); the class index for other models.
    pub label: String,
    /// The model's probability for its own top class (before confidence routing).
    pub confidence: f32,
    /// The label's name from the model's id2label: fast_path | slow_path for the router.
    pub category: String,
    /// Answered from the L1 or L2 cache.
    pub cache_hit: bool,
    /// True when the model said fast path with confidence below CONFIDENCE_THRESHOLD and the
    /// gateway answered slow path instead.
    pub confidence_routed: bool,
    pub request_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct BatchResponse {
    /// One result per text, in request order.
    pub results: Vec<ClassifyResponse>,
    pub request_id: String,
}

/// `Json` whose rejections (bad JSON, wrong types, wrong content type, too large) are JSON errors.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T> FromRequest<S> for ApiJson<T>
where
    Json<T>: FromRequest<S, Rejection = axum::extract::rejection::JsonRejection>,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        Ok(Self(Json::<T>::from_request(req, state).await?.0))
    }
}

/// Whether `id` (a header's raw bytes or a body field) is an acceptable request id.
pub fn valid_request_id(id: &[u8]) -> bool {
    !id.is_empty() && id.len() <= MAX_REQUEST_ID_CHARS && id.iter().all(|&b| b.is_ascii_graphic() || b == b' ')
}

fn request_id(headers: &HeaderMap, body_id: Option<String>) -> Result<String, ApiError> {
    let given = match headers.get(REQUEST_ID_HEADER) {
        Some(v) => Some(v.to_str().map_err(|_| ApiError::invalid("X-Request-ID must be visible ASCII"))?.to_string()),
        None => body_id,
    };
    match given {
        None => Ok(uuid::Uuid::new_v4().to_string()),
        Some(id) if id.is_empty() || id.len() > MAX_REQUEST_ID_CHARS => {
            Err(ApiError::invalid(format!("request_id must be 1..={MAX_REQUEST_ID_CHARS} characters")))
        }
        Some(id) if !valid_request_id(id.as_bytes()) => Err(ApiError::invalid("request_id must be visible ASCII")),
        Some(id) => Ok(id),
    }
}

/// The request's deadline: the answer deadline the client states in `x-request-timeout-ms` (at
/// most MAX_REQUEST_TIMEOUT_MS), else a closed-loop client's wait for a worker, REQUEST_TIMEOUT_MS.
pub(crate) fn deadline(state: &AppState, headers: &HeaderMap, started: Instant) -> Result<Deadline, ApiError> {
    let after = |ms| started + Duration::from_millis(ms);
    match headers.get(REQUEST_TIMEOUT_HEADER) {
        None => Ok(Deadline::Queue(after(state.config.request_timeout_ms))),
        Some(v) => {
            let max = state.config.max_request_timeout_ms;
            let ms =
                v.to_str().ok().and_then(|v| v.trim().parse::<u64>().ok()).filter(|&ms| ms > 0).ok_or_else(|| {
                    ApiError::invalid(format!(
                        "{REQUEST_TIMEOUT_HEADER} must be a whole number of milliseconds, 1..={max}"
                    ))
                })?;
            Ok(Deadline::Answer(after(ms.min(max))))
        }
    }
}

/// Characters that show nothing: whitespace, controls, and format characters (zero-width spaces
/// and joiners, direction marks, word joiner, BOM, soft hyphen, variation selectors, tags).
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{AD}' | '\u{34F}' | '\u{61C}' | '\u{115F}' | '\u{1160}' | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}')
}

/// The trimmed text, or why it is refused.
pub(crate) fn checked_text<'a>(text: &'a str, max_chars: usize, field: &str) -> Result<&'a str, ApiError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(ApiError::invalid(format!("{field} must not be empty")));
    }
    if trimmed.chars().all(invisible) {
        return Err(ApiError::invalid(format!("{field} has no visible characters")));
    }
    let chars = trimmed.chars().count();
    if chars > max_chars {
        return Err(ApiError::invalid(format!("{field} has {chars} characters; the limit is {max_chars}")));
    }
    Ok(trimmed)
}

impl AppState {
    /// Records the routed answer and logs the request.
    fn respond(&self, outcome: Outcome, request_id: &str, started: Instant) -> ClassifyResponse {
        let (answer, Route { class, confidence_routed }) = (outcome.answer, outcome.route);
        let classifier = self.service.classifier();
        let label = class.to_string();
        self.metrics.classifications.with_label_values(&[label.as_str()]).inc();
        self.metrics.confidence.observe(answer.confidence as f64);
        let cache_hit = matches!(outcome.source, Source::L1 | Source::L2);
        tracing::info!(
            target: "request",
            request_id,
            label = label.as_str(),
            confidence = answer.confidence,
            confidence_routed,
            cache_hit,
            source = ?outcome.source,
            batch_size = outcome.batch_size,
            latency_ms = started.elapsed().as_secs_f64() * 1e3,
            "classified"
        );
        ClassifyResponse {
            label,
            confidence: (answer.confidence * 10_000.0).round() / 10_000.0,
            category: classifier.labels()[class].clone(),
            cache_hit,
            confidence_routed,
            request_id: request_id.to_string(),
        }
    }
}

fn with_request_id(body: impl Serialize, request_id: &str) -> Response {
    let mut response = Json(body).into_response();
    if let Ok(v) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert(REQUEST_ID_HEADER, v);
    }
    response
}

/// Classify one query as fast path (0) or slow path (1).
#[utoipa::path(post, path = "/v1/query-classify", request_body = ClassifyRequest,
    responses(
        (status = 200, body = ClassifyResponse, headers(("x-router-latency" = String, description = "server time in ms"), ("x-request-id" = String))),
        (status = 400, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 429, body = ErrorBody, description = "not run: with x-request-timeout-ms, the queued work or the request's own cannot finish before it (or no worker reached it in time); without, the queue is full or no worker took it within REQUEST_TIMEOUT_MS; see Retry-After"),
        (status = 431, body = ErrorBody), (status = 503, body = ErrorBody),
        (status = 504, body = ErrorBody, description = "x-request-timeout-ms passed while the model ran")),
    params(("x-request-timeout-ms" = Option<u64>, Header, description = "deadline for the answer in ms (at most MAX_REQUEST_TIMEOUT_MS): admission by deadline; without it the request waits in the bounded queue")))]
pub async fn classify(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<ClassifyRequest>,
) -> Result<Response, ApiError> {
    let started = Instant::now();
    let request_id = request_id(&headers, req.request_id)?;
    let deadline = deadline(&state, &headers, started)?;
    let text = checked_text(&req.text, state.config.max_text_chars as usize, "text")?;
    let outcome =
        state.service.classify(text, deadline).await.map_err(|e| ApiError::from(e).with_request_id(&request_id))?;
    Ok(with_request_id(state.respond(outcome, &request_id, started), &request_id))
}

/// Classify several queries in one call; results keep the request's order.
#[utoipa::path(post, path = "/v1/query-classify/batch", request_body = BatchRequest,
    responses((status = 200, body = BatchResponse), (status = 400, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn classify_batch(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<BatchRequest>,
) -> Result<Response, ApiError> {
    let started = Instant::now();
    let request_id = request_id(&headers, req.request_id)?;
    let deadline = deadline(&state, &headers, started)?;
    let max = state.config.max_batch_texts as usize;
    if req.texts.is_empty() || req.texts.len() > max {
        return Err(ApiError::invalid(format!("texts must hold 1..={max} items, got {}", req.texts.len())));
    }
    let max_chars = state.config.max_text_chars as usize;
    let texts = req
        .texts
        .iter()
        .enumerate()
        .map(|(i, t)| checked_text(t, max_chars, &format!("texts[{i}]")))
        .collect::<Result<Vec<_>, _>>()?;
    let outcomes = state
        .service
        .classify_all(&texts, deadline)
        .await
        .map_err(|e| ApiError::from(e).with_request_id(&request_id))?;
    let results = outcomes.into_iter().map(|o| state.respond(o, &request_id, started)).collect();
    Ok(with_request_id(BatchResponse { results, request_id: request_id.clone() }, &request_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(checked_text("  hi  ", 10, "text").unwrap(), "hi");
        assert!(checked_text(" \n\t ", 10, "text").unwrap_err().message.contains("empty"));
        let err = checked_text(&"é".repeat(11), 10, "text").unwrap_err();
        assert!(err.message.contains("11 characters"), "{}", err.message);
        assert!(checked_text(&"é".repeat(10), 10, "text").is_ok(), "limit counts characters, not bytes");
        for blank in ["\u{200b}\u{2060}\u{feff}", "\u{0}\u{1}", "\u{200d}\u{ad} \u{e0041}"] {
            assert!(checked_text(blank, 10, "text").unwrap_err().message.contains("visible"), "{blank:?}");
        }
        assert!(checked_text("\u{200b}hi", 10, "text").is_ok());
    }

    #[test]
    fn request_id_comes_from_header_body_or_is_generated() {
        let mut headers = HeaderMap::new();
        assert_eq!(request_id(&headers, Some("abc".into())).unwrap(), "abc");
        assert_eq!(request_id(&headers, None).unwrap().len(), 36);
        headers.insert(REQUEST_ID_HEADER, HeaderValue::from_static("from-header"));
        assert_eq!(request_id(&headers, Some("abc".into())).unwrap(), "from-header");
        assert!(request_id(&HeaderMap::new(), Some("x".repeat(129))).is_err());
        assert!(request_id(&HeaderMap::new(), Some("tab\there".into())).is_err());
        assert!(!valid_request_id(b"tab\there") && !valid_request_id(b"\xff") && valid_request_id(b"ok id-1"));
    }
}
