//! Prometheus metrics, all prefixed `query_gateway_`; names follow the load-testing guide.

use prometheus::{
    CounterVec, Encoder, Gauge, GaugeVec, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge,
    IntGaugeVec, Opts, Registry, TextEncoder,
};

pub struct Metrics {
    registry: Registry,
    /// Answered requests by endpoint and HTTP status.
    pub requests: IntCounterVec,
    /// Cache hits by level (`L1`, `L2`).
    pub cache_hits: IntCounterVec,
    pub cache_misses: IntCounterVec,
    /// Texts per model call.
    pub batch_size: Histogram,
    /// Server-side request latency by endpoint.
    pub request_duration: HistogramVec,
    /// Time of one model call (tokens to probabilities).
    pub inference_duration: Histogram,
    /// Time a job waited in the queue before its batch started.
    pub queue_wait: Histogram,
    pub queue_depth: IntGauge,
    pub queue_capacity: IntGauge,
    pub queue_rejections: IntCounter,
    pub active_requests: IntGauge,
    pub model_loaded: IntGauge,
    /// Final routing decisions by label.
    pub classifications: IntCounterVec,
    /// Model confidence of each answered classification.
    pub confidence: Histogram,
    /// Fast-path answers sent to the slow path for low confidence.
    pub confidence_routed: IntCounter,
    /// Requests answered by another request's in-flight inference.
    pub coalesced: IntCounter,
    /// 1 while Redis answers, 0 while it is down; exported only with REDIS_URL (see `track_l2`).
    pub l2_up: IntGauge,
    /// Model calls that failed (their requests got 5xx).
    pub inference_errors: IntCounter,
    /// Jobs answered without running: `expired` (deadline or wait passed in the queue), `late`
    /// (its batch would have ended past its deadline) or `cancelled` (every client waiting for it
    /// went away).
    pub jobs_skipped: IntCounterVec,
    /// Seconds the inference workers spent, by `phase` (see `batcher::worker::Phase`): with texts
    /// queued, `computing` well below the worker count per second shows where the cores went.
    pub worker_seconds: CounterVec,
    /// Tokens queued for the workers.
    pub queued_tokens: IntGauge,
    /// Measured model throughput admission works from, tokens per second.
    pub throughput: Gauge,
    /// Open client connections.
    pub connections: IntGauge,
    /// 1 for the engine's precision and how it was set (`rule`: `named` or `measured`).
    pub engine_precision: IntGaugeVec,
    /// What `CPU_PRECISION=auto` measured at start: probe sequences per second by precision.
    pub precision_probe_rate: GaugeVec,
}

fn latency_buckets() -> Vec<f64> {
    vec![0.0002, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0]
}

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new();
        macro_rules! register {
            ($metric:expr) => {{
                let m = $metric.expect("metric definition is valid");
                registry.register(Box::new(m.clone())).expect("metric names are unique");
                m
            }};
        }
        let name = |n: &str, help: &str| Opts::new(format!("query_gateway_{n}"), help.to_string());
        let hist = |n: &str, help: &str, buckets: Vec<f64>| {
            HistogramOpts::new(format!("query_gateway_{n}"), help.to_string()).buckets(buckets)
        };
        Self {
            requests: register!(IntCounterVec::new(name("requests_total", "Requests answered"), &["endpoint", "status"])),
            cache_hits: register!(IntCounterVec::new(name("cache_hits_total", "Cache hits"), &["level"])),
            cache_misses: register!(IntCounterVec::new(name("cache_misses_total", "Cache misses"), &["level"])),
            batch_size: register!(Histogram::with_opts(hist(
                "batch_size",
                "Texts per model call",
                vec![1.0, 2.0, 4.0, 8.0, 12.0, 16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0]
            ))),
            request_duration: register!(HistogramVec::new(
                hist("request_duration_seconds", "Server-side request latency", latency_buckets()),
                &["endpoint"]
            )),
            inference_duration: register!(Histogram::with_opts(hist(
                "inference_duration_seconds",
                "Model call latency",
                latency_buckets()
            ))),
            queue_wait: register!(Histogram::with_opts(hist(
                "queue_wait_seconds",
                "Time from enqueue to batch start",
                latency_buckets()
            ))),
            queue_depth: register!(IntGauge::with_opts(name("queue_depth", "Jobs waiting for a worker"))),
            queue_capacity: register!(IntGauge::with_opts(name("queue_capacity", "Queue capacity"))),
            queue_rejections: register!(IntCounter::with_opts(name(
                "queue_rejections_total",
                "Requests refused with 429: the queued work could not finish before their deadline, or the queue was full"
            ))),
            active_requests: register!(IntGauge::with_opts(name("active_requests", "Requests in progress"))),
            model_loaded: register!(IntGauge::with_opts(name("model_loaded", "1 when the model is loaded and workers run"))),
            classifications: register!(IntCounterVec::new(
                name("classifications_total", "Routing decisions by label"),
                &["label"]
            )),
            confidence: register!(Histogram::with_opts(hist(
                "confidence",
                "Model confidence of answered classifications",
                vec![0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0]
            ))),
            confidence_routed: register!(IntCounter::with_opts(name(
                "confidence_routed_total",
                "Fast-path predictions routed to the slow path for low confidence"
            ))),
            coalesced: register!(IntCounter::with_opts(name(
                "coalesced_total",
                "Requests answered by an identical in-flight request's inference"
            ))),
            l2_up: IntGauge::with_opts(name("l2_up", "1 while the Redis L2 cache answers")).expect("valid gauge"),
            inference_errors: register!(IntCounter::with_opts(name("inference_errors_total", "Failed model calls"))),
            jobs_skipped: register!(IntCounterVec::new(
                name("jobs_skipped_total", "Queued texts answered without running the model"),
                &["reason"]
            )),
            worker_seconds: register!(CounterVec::new(
                name("worker_seconds_total", "Seconds the inference workers spent, by phase"),
                &["phase"]
            )),
            queued_tokens: register!(IntGauge::with_opts(name("queued_tokens", "Tokens queued for the workers"))),
            throughput: register!(Gauge::with_opts(name(
                "throughput_tokens_per_second",
                "Measured model throughput used for admission"
            ))),
            connections: register!(IntGauge::with_opts(name("connections", "Open client connections"))),
            engine_precision: register!(IntGaugeVec::new(
                name("engine_precision_info", "1 for the engine's precision and how it was set (named or measured)"),
                &["precision", "rule"]
            )),
            precision_probe_rate: register!(GaugeVec::new(
                name("precision_probe_sequences_per_second", "CPU_PRECISION=auto: probe batch rate by precision at start"),
                &["precision"]
            )),
            registry,
        }
    }

    /// Exports `query_gateway_l2_up`: only a gateway with an L2 has one to report, so an alert on
    /// it never fires for single-box deployments.
    pub fn track_l2(&self) {
        let _ = self.registry.register(Box::new(self.l2_up.clone()));
    }

    /// Adds a collector defined elsewhere (the proxy's metrics) to the same scrape.
    pub fn register(&self, collector: Box<dyn prometheus::core::Collector>) -> prometheus::Result<()> {
        self.registry.register(collector)
    }

    /// Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        TextEncoder::new().encode(&self.registry.gather(), &mut out).expect("text encoding cannot fail");
        String::from_utf8(out).expect("prometheus text is UTF-8")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_guide_names() {
        let m = Metrics::new();
        m.requests.with_label_values(&["classify", "200"]).inc();
        m.cache_hits.with_label_values(&["L1"]).inc();
        m.cache_misses.with_label_values(&["L1"]).inc();
        m.batch_size.observe(4.0);
        m.request_duration.with_label_values(&["classify"]).observe(0.01);
        let text = m.render();
        for name in [
            "query_gateway_requests_total",
            "query_gateway_cache_hits_total",
            "query_gateway_cache_misses_total",
            "query_gateway_batch_size_bucket",
            "query_gateway_request_duration_seconds_bucket",
        ] {
            assert!(text.contains(name), "{name} missing");
        }
    }
}
