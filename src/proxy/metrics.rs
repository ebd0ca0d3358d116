//! The proxy's Prometheus metrics, `query_gateway_proxy_*`, labelled by route and upstream
//! (`host:port`). No label ever carries a key, a header or a prompt.

use prometheus::{HistogramOpts, HistogramVec, IntCounterVec, IntGaugeVec, Opts};

use crate::metrics::Metrics;

pub struct ProxyMetrics {
    /// Upstream exchanges by the class of their answer: 2xx, 4xx, 5xx, or `none` (no answer).
    pub requests: IntCounterVec,
    /// Why exchanges failed: connect, timeout, status_429, status_5xx, broken (before the first
    /// byte), circuit_open, busy (concurrency cap), stream (after the first byte: not retried).
    pub failures: IntCounterVec,
    /// Sending the request to the end of the answer's body.
    pub duration: HistogramVec,
    /// Sending the request to the first byte of the answer's body.
    pub ttfb: HistogramVec,
    /// Second attempts, on the failed route's fallback.
    pub retries: IntCounterVec,
    /// Requests the fallback answered.
    pub fallbacks: IntCounterVec,
    /// 0 closed, 1 half-open, 2 open.
    pub circuit_state: IntGaugeVec,
    /// Tokens the upstream reported in `usage`, by kind (prompt, completion).
    pub tokens: IntCounterVec,
    /// Requests for the virtual model the router could not classify in time, by cause, and the
    /// route that took them (`reject`: none did, the router's error was the answer).
    pub router_unavailable: IntCounterVec,
}

fn llm_buckets() -> Vec<f64> {
    vec![0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0]
}

impl ProxyMetrics {
    pub fn register(metrics: &Metrics) -> prometheus::Result<Self> {
        let name = |n: &str, help: &str| Opts::new(format!("query_gateway_proxy_{n}"), help.to_string());
        let hist = |n: &str, help: &str| {
            HistogramOpts::new(format!("query_gateway_proxy_{n}"), help.to_string()).buckets(llm_buckets())
        };
        let by = ["route", "upstream"];
        let this = Self {
            requests: IntCounterVec::new(
                name("upstream_requests_total", "Upstream exchanges by answer class (2xx, 4xx, 5xx, none)"),
                &["route", "upstream", "status"],
            )?,
            failures: IntCounterVec::new(
                name("upstream_failures_total", "Failed upstream exchanges by reason"),
                &["route", "upstream", "reason"],
            )?,
            duration: HistogramVec::new(
                hist("upstream_duration_seconds", "Upstream exchange, request to end of body"),
                &by,
            )?,
            ttfb: HistogramVec::new(hist("upstream_ttfb_seconds", "Upstream time to the first body byte"), &by)?,
            retries: IntCounterVec::new(
                name("retries_total", "Second attempts on a failed route's fallback"),
                &["route"],
            )?,
            fallbacks: IntCounterVec::new(
                name("fallbacks_total", "Requests answered by the fallback of the route that failed"),
                &["route", "fallback"],
            )?,
            circuit_state: IntGaugeVec::new(
                name("circuit_state", "Upstream circuit: 0 closed, 1 half-open, 2 open"),
                &by,
            )?,
            tokens: IntCounterVec::new(
                name("tokens_total", "Tokens the upstream reported in usage"),
                &["route", "upstream", "kind"],
            )?,
            router_unavailable: IntCounterVec::new(
                name(
                    "router_unavailable_total",
                    "Virtual-model requests the router could not classify in time, by cause and the route that took them",
                ),
                &["cause", "route"],
            )?,
        };
        metrics.register(Box::new(this.requests.clone()))?;
        metrics.register(Box::new(this.failures.clone()))?;
        metrics.register(Box::new(this.duration.clone()))?;
        metrics.register(Box::new(this.ttfb.clone()))?;
        metrics.register(Box::new(this.retries.clone()))?;
        metrics.register(Box::new(this.fallbacks.clone()))?;
        metrics.register(Box::new(this.circuit_state.clone()))?;
        metrics.register(Box::new(this.tokens.clone()))?;
        metrics.register(Box::new(this.router_unavailable.clone()))?;
        Ok(this)
    }
}
