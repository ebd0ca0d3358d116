//! Inbound API keys (`API_KEYS_FILE`, read by `keys.rs`): the proxy's endpoints (and, when the
//! file says so, the classify API) answer only requests with `Authorization: Bearer <key>` of a
//! listed key, each within its request rate. Logs and metrics name a key by its label, never by
//! the key.

use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::error::ApiError;
use super::keys::{ApiKeys, KeyLabel};
use super::state::{AppState, CHAT_PATH};
use crate::proxy::error::{ErrorType, ProxyError};

/// Whether `path` is one of the proxy's endpoints.
fn proxy_path(path: &str) -> bool {
    path == CHAT_PATH || path == "/v1/models" || path.starts_with("/v1/models/")
}

/// Whether the keys guard `path`.
fn guards(keys: &ApiKeys, path: &str) -> bool {
    proxy_path(path) || (keys.classify_api && path.starts_with("/v1/query-classify"))
}

/// Why a guarded request was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    Missing,
    Invalid,
    RateLimited { retry_after: u64 },
}

impl Refusal {
    fn outcome(self) -> &'static str {
        match self {
            Self::Missing => "missing",
            Self::Invalid => "invalid",
            Self::RateLimited { .. } => "rate_limited",
        }
    }

    /// In OpenAI's shape on the proxy's endpoints, in the classify API's elsewhere.
    fn response(self, label: Option<&str>, openai: bool) -> Response {
        let (status, code, message) = match self {
            Self::Missing => (
                StatusCode::UNAUTHORIZED,
                "missing_api_key",
                "this endpoint needs an API key: send Authorization: Bearer <key>".to_string(),
            ),
            Self::Invalid => (StatusCode::UNAUTHORIZED, "invalid_api_key", "the API key is not valid".to_string()),
            Self::RateLimited { retry_after } => (
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limit_exceeded",
                format!("the key {:?} is over its request rate; retry in {retry_after} s", label.unwrap_or_default()),
            ),
        };
        let retry_after = match self {
            Self::RateLimited { retry_after } => Some(retry_after),
            _ => None,
        };
        let mut response = if openai {
            let kind =
                if status == StatusCode::UNAUTHORIZED { ErrorType::Authentication } else { ErrorType::RateLimit };
            ProxyError { retry_after, ..ProxyError::new(status, kind, code, message) }.into_response()
        } else {
            ApiError { retry_after, ..ApiError::new(status, message) }.into_response()
        };
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// The middleware: lets a guarded request in with its key's label, or answers 401 / 429.
pub async fn require_key(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let Some(keys) = state.api_keys.as_deref() else {
        return next.run(request).await;
    };
    let path = request.uri().path();
    if !guards(keys, path) {
        return next.run(request).await;
    }
    let openai = proxy_path(path);
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, key)| key.trim());
    let verdict = match presented {
        None => Err((None, Refusal::Missing)),
        Some(presented) => match keys.find(presented) {
            None => Err((None, Refusal::Invalid)),
            Some(key) => match key.rate.as_ref().map(|r| r.lock().take(Instant::now())) {
                Some(Err(retry_after)) => Err((Some(key), Refusal::RateLimited { retry_after })),
                _ => Ok(key),
            },
        },
    };
    match verdict {
        Ok(key) => {
            keys.requests.with_label_values(&[&*key.label, "allowed"]).inc();
            request.extensions_mut().insert(KeyLabel(key.label.clone()));
            next.run(request).await
        }
        Err((key, refusal)) => {
            let label = key.map(|k| &*k.label);
            keys.requests.with_label_values(&[label.unwrap_or("none"), refusal.outcome()]).inc();
            tracing::warn!(path, key = label, outcome = refusal.outcome(), "refused by API key check");
            refusal.response(label, openai)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_proxy_endpoints_are_guarded_and_the_classify_api_only_when_asked() {
        let hashed = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
        let keys = ApiKeys::parse(&format!("[[key]]\nlabel = \"a\"\nsha256 = \"{hashed}\"\n"), |_| None).unwrap();
        assert!(
            guards(&keys, "/v1/chat/completions") && guards(&keys, "/v1/models") && guards(&keys, "/v1/models/auto")
        );
        assert!(
            !guards(&keys, "/v1/query-classify") && !guards(&keys, "/health/live"),
            "classify_api is off by default"
        );
        let text = format!("classify_api = true\n[[key]]\nlabel = \"a\"\nsha256 = \"{hashed}\"\n");
        assert!(guards(&ApiKeys::parse(&text, |_| None).unwrap(), "/v1/query-classify/batch"));
    }
}
