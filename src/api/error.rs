//! Every error the API returns: a status code and a JSON body
//! `{"error": {"code": 400, "message": "...", "status": "INVALID_ARGUMENT"}}`.

use axum::extract::rejection::JsonRejection;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::service::{Overload, ServiceError};

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    /// Seconds for Retry-After (429 only).
    pub retry_after: Option<u64>,
    /// The request's id, once the handler has one: the response carries it in `x-request-id`
    /// (else the middleware generates one).
    pub request_id: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    pub code: u16,
    pub message: String,
    /// Canonical name of the code, e.g. INVALID_ARGUMENT, RESOURCE_EXHAUSTED.
    pub status: &'static str,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self { status, message: message.into(), retry_after: None, request_id: None }
    }

    pub fn with_request_id(mut self, id: &str) -> Self {
        self.request_id = Some(id.to_string());
        self
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    fn status_name(&self) -> &'static str {
        match self.status {
            StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY => "INVALID_ARGUMENT",
            StatusCode::NOT_FOUND => "NOT_FOUND",
            StatusCode::UNAUTHORIZED => "UNAUTHENTICATED",
            StatusCode::REQUEST_TIMEOUT => "DEADLINE_EXCEEDED",
            StatusCode::METHOD_NOT_ALLOWED => "METHOD_NOT_ALLOWED",
            StatusCode::PAYLOAD_TOO_LARGE => "PAYLOAD_TOO_LARGE",
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => "HEADERS_TOO_LARGE",
            StatusCode::UNSUPPORTED_MEDIA_TYPE => "UNSUPPORTED_MEDIA_TYPE",
            StatusCode::TOO_MANY_REQUESTS => "RESOURCE_EXHAUSTED",
            StatusCode::SERVICE_UNAVAILABLE => "UNAVAILABLE",
            StatusCode::GATEWAY_TIMEOUT => "DEADLINE_EXCEEDED",
            _ => "INTERNAL",
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let name = self.status_name();
        let body = ErrorBody { error: ErrorDetail { code: self.status.as_u16(), message: self.message, status: name } };
        let mut response = (self.status, axum::Json(body)).into_response();
        if self.status == StatusCode::TOO_MANY_REQUESTS {
            let secs = self.retry_after.unwrap_or(1).max(1);
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if let Some(id) = self.request_id.as_deref().and_then(|id| HeaderValue::from_str(id).ok()) {
            response.headers_mut().insert(super::state::REQUEST_ID_HEADER, id);
        }
        let unread_body =
            [StatusCode::PAYLOAD_TOO_LARGE, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, StatusCode::REQUEST_TIMEOUT];
        if unread_body.contains(&self.status) {
            // The rest of the body is not read: the connection cannot carry another request, and
            // a keep-alive client must be told so instead of finding it closed.
            response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        response
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        let status = match &rejection {
            JsonRejection::MissingJsonContentType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            JsonRejection::BytesRejection(_) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                StatusCode::PAYLOAD_TOO_LARGE
            }
            JsonRejection::BytesRejection(_) if body_timed_out(&rejection) => {
                return Self::new(StatusCode::REQUEST_TIMEOUT, "the request body was not received in time");
            }
            JsonRejection::JsonDataError(_) | JsonRejection::JsonSyntaxError(_) => StatusCode::BAD_REQUEST,
            _ => rejection.status(),
        };
        Self::new(status, rejection.body_text())
    }
}

/// Whether reading the body failed because BODY_READ_TIMEOUT_MS ran out.
fn body_timed_out(rejection: &JsonRejection) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(rejection);
    while let Some(e) = source {
        if e.is::<super::body_deadline::BodyDeadlineExceeded>() {
            return true;
        }
        source = e.source();
    }
    false
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        let (status, retry_after) = match e {
            // Waiting does not shrink a request too big for its deadline: the default second.
            ServiceError::Overloaded(Overload::TooBig, _) => (StatusCode::TOO_MANY_REQUESTS, None),
            ServiceError::Overloaded(_, drain) => {
                (StatusCode::TOO_MANY_REQUESTS, Some(drain.as_secs_f64().ceil() as u64))
            }
            ServiceError::ShuttingDown => (StatusCode::SERVICE_UNAVAILABLE, None),
            ServiceError::Timeout => (StatusCode::GATEWAY_TIMEOUT, None),
            ServiceError::Inference(_) => (StatusCode::INTERNAL_SERVER_ERROR, None),
        };
        Self { retry_after, ..Self::new(status, e.to_string()) }
    }
}
