//! Errors the proxy itself makes, in OpenAI's shape so OpenAI clients show them:
//! `{"error": {"message": "...", "type": "...", "param": null, "code": "..."}}`.
//! (An upstream's own error answers pass through untouched.)

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::api::error::ApiError;
use crate::service::ServiceError;

/// OpenAI's error `type` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorType {
    InvalidRequest,
    /// No API key, or not a valid one (401).
    Authentication,
    RateLimit,
    /// The upstream could not be reached or broke (502).
    Upstream,
    Timeout,
    Unavailable,
    Server,
}

impl ErrorType {
    fn name(self) -> &'static str {
        match self {
            Self::InvalidRequest => "invalid_request_error",
            Self::Authentication => "authentication_error",
            Self::RateLimit => "rate_limit_error",
            Self::Upstream => "upstream_error",
            Self::Timeout => "timeout_error",
            Self::Unavailable => "service_unavailable_error",
            Self::Server => "server_error",
        }
    }
}

#[derive(Debug)]
pub struct ProxyError {
    pub status: StatusCode,
    pub kind: ErrorType,
    pub message: String,
    /// Machine-readable reason, e.g. `model_not_found`.
    pub code: &'static str,
    pub param: Option<&'static str>,
    /// Seconds for Retry-After (429 and 503).
    pub retry_after: Option<u64>,
}

impl ProxyError {
    pub fn new(status: StatusCode, kind: ErrorType, code: &'static str, message: impl Into<String>) -> Self {
        Self { status, kind, message: message.into(), code, param: None, retry_after: None }
    }

    pub fn invalid(param: &'static str, message: impl Into<String>) -> Self {
        Self {
            param: Some(param),
            ..Self::new(StatusCode::BAD_REQUEST, ErrorType::InvalidRequest, "invalid_request", message)
        }
    }

    pub fn not_configured() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            ErrorType::InvalidRequest,
            "proxy_not_configured",
            "the OpenAI-compatible proxy is off: start the gateway with ROUTES_FILE (or --routes-file) naming a \
             routes file; /v1/query-classify works without one",
        )
    }
}

/// Whether errors on `path` take OpenAI's shape: everything under /v1/ but the classify API, so an
/// OpenAI client that asks for an endpoint or method the proxy lacks can read the answer.
pub fn openai_shaped(path: &str) -> bool {
    path.starts_with("/v1/") && !path.starts_with("/v1/query-classify")
}

impl IntoResponse for ProxyError {
    fn into_response(self) -> Response {
        let body = json!({"error": {
            "message": self.message,
            "type": self.kind.name(),
            "param": self.param,
            "code": self.code,
        }});
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Some(secs) = self.retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
        }
        if matches!(
            self.status,
            StatusCode::PAYLOAD_TOO_LARGE | StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE | StatusCode::REQUEST_TIMEOUT
        ) {
            // The rest of the body was not read: the connection cannot carry another request.
            response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        response
    }
}

/// The classification step's errors: the same statuses as /v1/query-classify (429 with
/// Retry-After under overload), in OpenAI's shape.
impl From<ServiceError> for ProxyError {
    fn from(e: ServiceError) -> Self {
        let api = ApiError::from(e.clone());
        let (kind, code) = match e {
            ServiceError::Overloaded(..) => (ErrorType::RateLimit, "router_overloaded"),
            ServiceError::ShuttingDown => (ErrorType::Unavailable, "shutting_down"),
            ServiceError::Timeout => (ErrorType::Timeout, "router_timeout"),
            ServiceError::Inference(_) => (ErrorType::Server, "router_failed"),
        };
        Self { retry_after: api.retry_after, ..Self::new(api.status, kind, code, format!("routing: {}", api.message)) }
    }
}

/// Request-level rejections the classify API also makes (bad X-Request-ID, bad deadline header).
impl From<ApiError> for ProxyError {
    fn from(e: ApiError) -> Self {
        let kind = if e.status.is_client_error() { ErrorType::InvalidRequest } else { ErrorType::Server };
        Self { retry_after: e.retry_after, ..Self::new(e.status, kind, "invalid_request", e.message) }
    }
}
