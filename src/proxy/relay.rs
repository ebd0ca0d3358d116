//! The answer's body on its way to the client, chunk by chunk as the upstream sends it. Dropping
//! it (the client went away) drops the upstream response, which closes that connection: the
//! upstream stops generating. Tokens are counted as their usage passes; at its end it records the
//! duration and logs the request.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::body::Bytes;
use futures::Stream;
use tokio::time::Sleep;

use super::metrics::ProxyMetrics;
use super::upstream::{BodyStream, Opened};
use super::usage::{Usage, UsageTap};

/// How a relayed body ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    Complete,
    /// The upstream's connection broke mid-body: the client's is cut too, so it cannot take a
    /// truncated answer for a whole one.
    UpstreamBroke,
    /// The route's total timeout (or the request's deadline) passed mid-body.
    TimedOut,
    /// The client disconnected; the upstream request was dropped with it.
    ClientGone,
}

impl End {
    fn name(self) -> &'static str {
        match self {
            Self::Complete => "complete",
            Self::UpstreamBroke => "upstream_broke",
            Self::TimedOut => "timeout",
            Self::ClientGone => "client_gone",
        }
    }
}

/// Who asked and where it went, for the request's log line.
pub struct Summary {
    pub request_id: String,
    pub route: String,
    pub upstream: String,
    pub model: String,
    pub label: Option<String>,
    pub status: u16,
    pub fallback_from: Option<String>,
    /// The inbound API key's label.
    pub caller: Option<Arc<str>>,
    pub started: Instant,
}

pub struct Relay {
    first: Option<Bytes>,
    rest: BodyStream,
    deadline: Pin<Box<Sleep>>,
    tap: Option<UsageTap>,
    /// The usage counted so far.
    usage: Option<Usage>,
    sent: Instant,
    end: Option<End>,
    metrics: Arc<ProxyMetrics>,
    summary: Summary,
    _permit: Option<tokio::sync::OwnedSemaphorePermit>,
}

impl Relay {
    pub fn new(opened: Opened, metrics: Arc<ProxyMetrics>, summary: Summary) -> Self {
        let content_type = opened.headers.get(axum::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
        let tap = opened.status.is_success().then(|| UsageTap::for_content_type(content_type));
        Self {
            first: opened.first,
            rest: opened.rest,
            deadline: Box::pin(tokio::time::sleep_until(opened.deadline.into())),
            tap,
            usage: None,
            sent: opened.sent,
            end: None,
            metrics,
            summary,
            _permit: opened.permit,
        }
    }

    fn pass(&mut self, chunk: Bytes) -> Poll<Option<std::io::Result<Bytes>>> {
        if let Some(usage) = self.tap.as_mut().and_then(|tap| tap.feed(&chunk)) {
            self.count(usage);
        }
        Poll::Ready(Some(Ok(chunk)))
    }

    fn count(&mut self, usage: Usage) {
        let s = &self.summary;
        self.metrics.tokens.with_label_values(&[&s.route, &s.upstream, "prompt"]).inc_by(usage.prompt);
        self.metrics.tokens.with_label_values(&[&s.route, &s.upstream, "completion"]).inc_by(usage.completion);
        self.usage = Some(usage);
    }

    fn stop(&mut self, end: End, why: String) -> Poll<Option<std::io::Result<Bytes>>> {
        self.end = Some(end);
        let s = &self.summary;
        self.metrics.failures.with_label_values(&[&s.route, &s.upstream, "stream"]).inc();
        Poll::Ready(Some(Err(std::io::Error::other(why))))
    }
}

impl Stream for Relay {
    type Item = std::io::Result<Bytes>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.end.is_some() {
            return Poll::Ready(None);
        }
        if let Some(first) = this.first.take() {
            return this.pass(first);
        }
        match this.rest.as_mut().poll_next(cx) {
            Poll::Ready(Some(Ok(chunk))) => return this.pass(chunk),
            Poll::Ready(Some(Err(e))) => return this.stop(End::UpstreamBroke, format!("the upstream broke: {e}")),
            Poll::Ready(None) => {
                this.end = Some(End::Complete);
                return Poll::Ready(None);
            }
            Poll::Pending => {}
        }
        match this.deadline.as_mut().poll(cx) {
            Poll::Ready(()) => this.stop(End::TimedOut, "the route's total timeout passed mid-answer".into()),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        let end = self.end.unwrap_or(End::ClientGone);
        if let Some(usage) = self.tap.take().filter(|_| end == End::Complete).and_then(UsageTap::finish) {
            self.count(usage);
        }
        let (s, usage) = (&self.summary, self.usage);
        let duration = self.sent.elapsed();
        self.metrics.duration.with_label_values(&[&s.route, &s.upstream]).observe(duration.as_secs_f64());
        tracing::info!(
            target: "request",
            request_id = s.request_id,
            route = s.route,
            upstream = s.upstream,
            model = s.model,
            label = s.label.as_deref(),
            status = s.status,
            fallback_from = s.fallback_from.as_deref(),
            key = s.caller.as_deref(),
            end = end.name(),
            prompt_tokens = usage.map(|u| u.prompt),
            completion_tokens = usage.map(|u| u.completion),
            upstream_ms = duration.as_secs_f64() * 1e3,
            latency_ms = s.started.elapsed().as_secs_f64() * 1e3,
            "proxied"
        );
    }
}
