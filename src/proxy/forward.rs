//! One proxied exchange: the chosen route's upstream, and on a failure before the first byte
//! (connect error, timeout, 429, 5xx, open circuit, full cap) one more try on the route's
//! fallback within the same deadline. Once a byte has gone to the client nothing is retried.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::chat::ChatRequest;
use super::error::{ErrorType, ProxyError};
use super::fail_open::{RouterUnavailable, ROUTER_UNAVAILABLE_HEADER};
use super::gateway::Proxy;
use super::headers;
use super::relay::{Relay, Summary};
use super::upstream::{Failure, FailureKind, Opened, Upstream};

pub const ROUTE_HEADER: &str = "x-route";
pub const LABEL_HEADER: &str = "x-route-label";
pub const CONFIDENCE_HEADER: &str = "x-route-confidence";
/// Milliseconds from sending the request upstream to the first byte of its answer.
pub const UPSTREAM_LATENCY_HEADER: &str = "x-upstream-latency";
/// Set when the fallback answered: the route that failed first.
pub const FALLBACK_FROM_HEADER: &str = "x-route-fallback-from";

/// Where a request goes, and why.
pub struct Decision {
    pub route: usize,
    /// The routed label (after confidence routing); None when the client named an upstream model.
    pub label: Option<usize>,
    pub confidence: Option<f32>,
    /// Set when the router could not classify the request and it went to the fail-open route.
    pub router_unavailable: Option<RouterUnavailable>,
    /// The label of the inbound API key the request came with (for the log).
    pub caller: Option<Arc<str>>,
}

impl Proxy {
    pub async fn forward(
        &self,
        chat: &mut ChatRequest,
        decision: Decision,
        client_headers: &HeaderMap,
        request_id: &HeaderValue,
        started: Instant,
    ) -> Response {
        let primary = &self.upstreams[decision.route];
        // The request's deadline: the first route's total timeout, from the request's arrival.
        let deadline = started + primary.route.timeouts.total;
        let failure = match self.attempt(primary, chat, client_headers, request_id, deadline).await {
            Ok(opened) => return self.respond(opened, primary, &decision, None, request_id, started),
            Err(failure) => failure,
        };
        let fallback = primary.route.fallback.map(|f| &self.upstreams[f]);
        let Some(fallback) = fallback.filter(|_| Instant::now() < deadline) else {
            return self.give_up(failure, primary, &decision, None, request_id, started);
        };
        tracing::warn!(
            request_id = request_id.to_str().unwrap_or_default(),
            route = primary.route.name,
            upstream = primary.route.upstream,
            fallback = fallback.route.name,
            reason = failure.kind.name(),
            detail = failure.detail,
            "upstream failed before the first byte: trying the fallback"
        );
        self.metrics.retries.with_label_values(&[&primary.route.name]).inc();
        match self.attempt(fallback, chat, client_headers, request_id, deadline).await {
            Ok(opened) => {
                self.metrics.fallbacks.with_label_values(&[&primary.route.name, &fallback.route.name]).inc();
                self.respond(opened, fallback, &decision, Some(primary), request_id, started)
            }
            Err(second) => self.give_up(second, fallback, &decision, Some(primary), request_id, started),
        }
    }

    async fn attempt(
        &self,
        upstream: &Upstream,
        chat: &mut ChatRequest,
        client_headers: &HeaderMap,
        request_id: &HeaderValue,
        deadline: Instant,
    ) -> Result<Opened, Failure> {
        let headers = headers::upstream_request(client_headers, &upstream.route, request_id);
        let body = chat.body_for(&upstream.route.model);
        upstream.open(headers, body, deadline, &self.metrics).await
    }

    /// The upstream's answer, streamed on, with the routing headers.
    fn respond(
        &self,
        opened: Opened,
        upstream: &Upstream,
        decision: &Decision,
        fallback_from: Option<&Upstream>,
        request_id: &HeaderValue,
        started: Instant,
    ) -> Response {
        let status = opened.status;
        let mut headers = headers::client_response(&opened.headers);
        let latency = opened.first_byte.as_secs_f64() * 1e3;
        add_routing(&mut headers, upstream, decision, fallback_from, request_id);
        insert(&mut headers, UPSTREAM_LATENCY_HEADER, &format!("{latency:.3}"));
        let summary = Summary {
            request_id: request_id.to_str().unwrap_or_default().to_string(),
            route: upstream.route.name.clone(),
            upstream: upstream.route.upstream.clone(),
            model: upstream.route.model.clone(),
            label: decision.label.map(|l| l.to_string()),
            status: status.as_u16(),
            fallback_from: fallback_from.map(|f| f.route.name.clone()),
            caller: decision.caller.clone(),
            started,
        };
        let body = Body::from_stream(Relay::new(opened, self.metrics.clone(), summary));
        let mut response = (status, body).into_response();
        *response.headers_mut() = headers;
        response
    }

    /// Nothing more to try: the last upstream's own answer (429, 5xx) if it gave one, else the
    /// gateway's error.
    fn give_up(
        &self,
        failure: Failure,
        upstream: &Upstream,
        decision: &Decision,
        fallback_from: Option<&Upstream>,
        request_id: &HeaderValue,
        started: Instant,
    ) -> Response {
        if let Some(answer) = failure.answer {
            return self.respond(answer, upstream, decision, fallback_from, request_id, started);
        }
        let tried = match fallback_from {
            Some(first) => format!("route {:?} and its fallback {:?}", first.route.name, upstream.route.name),
            None => format!("route {:?}", upstream.route.name),
        };
        let (kind, code) = match failure.kind {
            FailureKind::Timeout => (ErrorType::Timeout, "upstream_timeout"),
            FailureKind::CircuitOpen => (ErrorType::Unavailable, "upstream_circuit_open"),
            FailureKind::Busy => (ErrorType::Unavailable, "upstream_busy"),
            FailureKind::Tls(_) => (ErrorType::Upstream, "upstream_tls"),
            _ => (ErrorType::Upstream, "upstream_unreachable"),
        };
        tracing::warn!(
            request_id = request_id.to_str().unwrap_or_default(),
            route = upstream.route.name,
            upstream = upstream.route.upstream,
            reason = failure.kind.name(),
            detail = failure.detail,
            latency_ms = started.elapsed().as_secs_f64() * 1e3,
            "no upstream answered"
        );
        let mut error =
            ProxyError::new(failure.kind.status(), kind, code, format!("{tried}: {}", failure.kind.describe()));
        if failure.kind.status() == StatusCode::SERVICE_UNAVAILABLE {
            error.retry_after = Some(1);
        }
        let mut response = error.into_response();
        add_routing(response.headers_mut(), upstream, decision, fallback_from, request_id);
        response
    }
}

fn insert(headers: &mut HeaderMap, name: &'static str, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        headers.insert(HeaderName::from_static(name), v);
    }
}

fn add_routing(
    headers: &mut HeaderMap,
    upstream: &Upstream,
    decision: &Decision,
    fallback_from: Option<&Upstream>,
    request_id: &HeaderValue,
) {
    insert(headers, ROUTE_HEADER, &upstream.route.name);
    if let Some(label) = decision.label {
        insert(headers, LABEL_HEADER, &label.to_string());
    }
    if let Some(confidence) = decision.confidence {
        insert(headers, CONFIDENCE_HEADER, &format!("{confidence:.4}"));
    }
    if let Some(first) = fallback_from {
        insert(headers, FALLBACK_FROM_HEADER, &first.route.name);
    }
    if let Some(cause) = decision.router_unavailable {
        insert(headers, ROUTER_UNAVAILABLE_HEADER, cause.name());
    }
    headers.insert(crate::api::state::REQUEST_ID_HEADER, request_id.clone());
}
