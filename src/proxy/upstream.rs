//! One upstream per route: a pooled HTTP client with the route's timeouts, its concurrency cap and
//! its circuit breaker, and one exchange with it up to the first byte of the answer's body. The
//! first byte decides: until it is in hand nothing has reached the client, so a failure may still
//! be retried elsewhere; after it, never.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use futures::stream::BoxStream;
use futures::StreamExt;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::breaker::{Breaker, CircuitState, Verdict};
use super::metrics::ProxyMetrics;
use super::routes::{BreakerSettings, Route};

/// Why an exchange failed before its first byte (all of them may fall back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    Connect,
    Timeout,
    /// The upstream answered 429.
    RateLimited,
    /// The upstream answered 5xx.
    ServerError,
    /// The connection broke before the first byte of the body.
    Broken,
    CircuitOpen,
    /// The route's `max_concurrency` exchanges are already running.
    Busy,
}

impl FailureKind {
    /// The `reason` label of `upstream_failures_total`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Connect => "connect",
            Self::Timeout => "timeout",
            Self::RateLimited => "status_429",
            Self::ServerError => "status_5xx",
            Self::Broken => "broken",
            Self::CircuitOpen => "circuit_open",
            Self::Busy => "busy",
        }
    }

    /// The status of the error the gateway makes when this is the last failure and no upstream
    /// answer can be passed on.
    pub fn status(self) -> StatusCode {
        match self {
            Self::Connect | Self::Broken | Self::RateLimited | Self::ServerError => StatusCode::BAD_GATEWAY,
            Self::Timeout => StatusCode::GATEWAY_TIMEOUT,
            Self::CircuitOpen | Self::Busy => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// An answer whose head (and, for a success, first body chunk) has arrived.
pub struct Opened {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The first chunk of the body, already read (None: an empty body, or not read yet for a
    /// non-success answer).
    pub first: Option<Bytes>,
    pub rest: BoxStream<'static, reqwest::Result<Bytes>>,
    /// Held until the body ends: the concurrency cap counts streams, not heads.
    pub permit: Option<OwnedSemaphorePermit>,
    pub sent: Instant,
    /// Request sent to first byte.
    pub first_byte: Duration,
    /// When the exchange must be over (the route's total timeout or the request's deadline).
    pub deadline: Instant,
}

pub struct Failure {
    pub kind: FailureKind,
    /// For the log and the error message: never a header or a key.
    pub detail: String,
    /// The upstream's own answer (429, 5xx), passed on when nothing else is tried.
    pub answer: Option<Opened>,
}

pub struct Upstream {
    pub route: Route,
    client: reqwest::Client,
    permits: Arc<Semaphore>,
    pub breaker: Arc<Breaker>,
}

impl Upstream {
    pub fn new(route: Route, breaker: BreakerSettings, metrics: &ProxyMetrics) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder()
            .connect_timeout(route.timeouts.connect)
            // Idle pooled connections close before a typical 120 s server keep-alive drops them
            // under a request.
            .pool_idle_timeout(Duration::from_secs(60))
            .pool_max_idle_per_host(route.max_concurrency)
            .tcp_nodelay(true)
            // Upstreams are exactly the routes file's: no HTTP_PROXY detour, no redirects.
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        let gauge = metrics.circuit_state.with_label_values(&[&route.name, &route.upstream]);
        let breaker = Arc::new(Breaker::new(breaker, route.name.clone(), gauge));
        let permits = Arc::new(Semaphore::new(route.max_concurrency));
        Ok(Self { route, client, permits, breaker })
    }

    pub fn circuit(&self) -> CircuitState {
        self.breaker.state(Instant::now())
    }

    /// Exchanges now running.
    pub fn in_flight(&self) -> usize {
        self.route.max_concurrency - self.permits.available_permits()
    }

    /// Sends `body` and waits for the answer's head and, on a success, its first body chunk,
    /// within the route's first-byte timeout and `deadline`.
    pub async fn open(
        &self,
        headers: HeaderMap,
        body: Bytes,
        deadline: Instant,
        metrics: &ProxyMetrics,
    ) -> Result<Opened, Failure> {
        let labels = [self.route.name.as_str(), self.route.upstream.as_str()];
        let fail = |kind: FailureKind, detail: String, answer: Option<Opened>| {
            metrics.failures.with_label_values(&[labels[0], labels[1], kind.name()]).inc();
            if answer.is_none() {
                metrics.requests.with_label_values(&[labels[0], labels[1], "none"]).inc();
            }
            Failure { kind, detail, answer }
        };
        let now = Instant::now();
        let Some(pass) = self.breaker.admit(now) else {
            return Err(fail(FailureKind::CircuitOpen, "its circuit is open".into(), None));
        };
        let Ok(permit) = self.permits.clone().try_acquire_owned() else {
            let cap = self.route.max_concurrency;
            return Err(fail(FailureKind::Busy, format!("it has {cap} requests running, its max_concurrency"), None));
        };
        let deadline = deadline.min(now + self.route.timeouts.total);
        let first_byte_by = tokio::time::Instant::from_std(deadline.min(now + self.route.timeouts.first_byte));
        let request = self.client.post(self.route.chat_url.clone()).headers(headers).body(body);
        let sent = Instant::now();
        let response = match tokio::time::timeout_at(first_byte_by, request.send()).await {
            Err(_) => {
                pass.settle(Verdict::Failed);
                return Err(fail(FailureKind::Timeout, "no answer within the first-byte timeout".into(), None));
            }
            Ok(Err(e)) => {
                pass.settle(Verdict::Failed);
                let kind = if e.is_timeout() {
                    FailureKind::Timeout
                } else if e.is_connect() {
                    FailureKind::Connect
                } else {
                    FailureKind::Broken
                };
                return Err(fail(kind, error_chain(&e), None));
            }
            Ok(Ok(response)) => response,
        };
        let status = response.status();
        let class = match status.as_u16() {
            200..=299 => "2xx",
            300..=399 => "3xx",
            400..=499 => "4xx",
            _ => "5xx",
        };
        metrics.requests.with_label_values(&[labels[0], labels[1], class]).inc();
        let headers = response.headers().clone();
        let mut rest = response.bytes_stream().boxed();
        let mut first = None;
        if status.is_success() {
            // Empty chunks carry nothing a client could see: wait for one that does.
            loop {
                match tokio::time::timeout_at(first_byte_by, rest.next()).await {
                    Err(_) => {
                        pass.settle(Verdict::Failed);
                        let detail = "its answer's head came, but no body byte within the first-byte timeout";
                        return Err(fail(FailureKind::Timeout, detail.into(), None));
                    }
                    Ok(Some(Err(e))) => {
                        pass.settle(Verdict::Failed);
                        return Err(fail(FailureKind::Broken, error_chain(&e), None));
                    }
                    Ok(Some(Ok(chunk))) if chunk.is_empty() => continue,
                    Ok(Some(Ok(chunk))) => {
                        first = Some(chunk);
                        break;
                    }
                    Ok(None) => break,
                }
            }
        }
        let first_byte = sent.elapsed();
        metrics.ttfb.with_label_values(&labels).observe(first_byte.as_secs_f64());
        let opened = Opened { status, headers, first, rest, permit: Some(permit), sent, first_byte, deadline };
        if status == StatusCode::TOO_MANY_REQUESTS {
            // Alive, only busy: not a reason to open the circuit.
            pass.settle(Verdict::Healthy);
            return Err(fail(FailureKind::RateLimited, "it answered 429".into(), Some(opened)));
        }
        if status.is_server_error() {
            pass.settle(Verdict::Failed);
            return Err(fail(FailureKind::ServerError, format!("it answered {status}"), Some(opened)));
        }
        pass.settle(Verdict::Healthy);
        Ok(opened)
    }
}

/// An error with its causes ("error sending request ...: connection refused").
fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
