//! One upstream per route: a pooled HTTP client (TLS for https routes) with the route's timeouts,
//! its concurrency cap and its circuit breaker, and one exchange with it up to the first byte of the answer's body. The
//! first byte decides: until it is in hand nothing has reached the client, so a failure may still
//! be retried elsewhere; after it, never.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode, Uri};
use futures::stream::BoxStream;
use futures::StreamExt;
use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::breaker::{Breaker, CircuitState, Verdict};
use super::metrics::ProxyMetrics;
use super::routes::{BreakerSettings, Route};
use super::tls::{self, TlsProblem};

/// The rest of an answer's body, as it arrives.
pub type BodyStream = BoxStream<'static, Result<Bytes, axum::Error>>;

/// Why an exchange failed before its first byte (all of them may fall back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    Connect,
    /// The TLS handshake failed: the upstream's certificate, or its refusal of ours.
    Tls(TlsProblem),
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
            Self::Tls(_) => "tls",
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
            Self::Connect | Self::Tls(_) | Self::Broken | Self::RateLimited | Self::ServerError => {
                StatusCode::BAD_GATEWAY
            }
            Self::Timeout => StatusCode::GATEWAY_TIMEOUT,
            Self::CircuitOpen | Self::Busy => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// What the client is told: never the upstream's address or a raw socket error (the log has
    /// them).
    pub fn describe(self) -> &'static str {
        match self {
            Self::Connect => "the upstream could not be reached",
            Self::Tls(problem) => problem.describe(),
            Self::Timeout => "the upstream did not answer in time",
            Self::RateLimited => "the upstream answered 429",
            Self::ServerError => "the upstream answered with a server error",
            Self::Broken => "the connection to the upstream broke before its answer",
            Self::CircuitOpen => "its circuit is open after repeated failures",
            Self::Busy => "it has max_concurrency requests running",
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
    pub rest: BodyStream,
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
    /// For the log: never a header or a key.
    pub detail: String,
    /// The upstream's own answer (429, 5xx), passed on when nothing else is tried.
    pub answer: Option<Opened>,
}

pub struct Upstream {
    pub route: Route,
    client: Client<HttpsConnector<HttpConnector>, Body>,
    chat_uri: Uri,
    permits: Arc<Semaphore>,
    pub breaker: Arc<Breaker>,
}

impl Upstream {
    pub fn new(route: Route, breaker: BreakerSettings, metrics: &ProxyMetrics) -> anyhow::Result<Self> {
        // Upstreams are exactly the routes file's: this client reads no HTTP_PROXY and follows no
        // redirect.
        let mut tcp = HttpConnector::new();
        tcp.set_connect_timeout(Some(route.timeouts.connect));
        tcp.set_nodelay(true);
        tcp.enforce_http(false);
        let config = route.tls.as_ref().map_or_else(tls::unused, |t| t.config.clone());
        let connector = HttpsConnectorBuilder::new()
            .with_tls_config((*config).clone())
            .https_or_http()
            .enable_http1()
            .wrap_connector(tcp);
        let client = Client::builder(TokioExecutor::new())
            // Idle pooled connections close before a typical 120 s server keep-alive drops them
            // under a request.
            .pool_idle_timeout(Duration::from_secs(60))
            .pool_timer(TokioTimer::new())
            .pool_max_idle_per_host(route.max_concurrency)
            .build(connector);
        let chat_uri: Uri = route.chat_url.as_str().parse()?;
        let gauge = metrics.circuit_state.with_label_values(&[&route.name, &route.upstream]);
        let breaker = Arc::new(Breaker::new(breaker, route.name.clone(), gauge));
        let permits = Arc::new(Semaphore::new(route.max_concurrency));
        Ok(Self { route, client, chat_uri, permits, breaker })
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
        let mut request = Request::new(Body::from(body));
        *request.method_mut() = Method::POST;
        *request.uri_mut() = self.chat_uri.clone();
        *request.headers_mut() = headers;
        let sent = Instant::now();
        let response = match tokio::time::timeout_at(first_byte_by, self.client.request(request)).await {
            Err(_) => {
                pass.settle(Verdict::Failed);
                return Err(fail(FailureKind::Timeout, "no answer within the first-byte timeout".into(), None));
            }
            Ok(Err(e)) => {
                pass.settle(Verdict::Failed);
                let timed_out = chain(&e).any(|c| {
                    c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::TimedOut)
                });
                let kind = if let Some(problem) = TlsProblem::find(&e) {
                    FailureKind::Tls(problem)
                } else if timed_out {
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
        let (head, body) = response.into_parts();
        let headers = head.headers;
        let mut rest: BodyStream = Body::new(body).into_data_stream().boxed();
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

/// An error and its causes.
fn chain<'a>(e: &'a (dyn std::error::Error + 'static)) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    std::iter::successors(Some(e), |e| e.source())
}

/// An error with its causes, for the log ("client error (Connect): tcp connect error: ...").
fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    chain(e).map(ToString::to_string).collect::<Vec<_>>().join(": ")
}
