//! The OpenAI-compatible proxy: `POST /v1/chat/completions` classifies the request with the same
//! service as `/v1/query-classify` (caches, coalescing, batching, admission, confidence routing)
//! and forwards it to the upstream of the route serving the label; `GET /v1/models` lists what
//! can be asked for. Without a routes file (`ROUTES_FILE`) both answer 404.
//!
//! `routes` reads and checks the file; `upstream` holds each route's client, cap and `breaker`;
//! `forward` makes the exchange with one fallback before the first byte; `relay` streams the
//! answer on; `headers` decides what crosses; `handler` is the axum side.

pub mod breaker;
pub mod chat;
pub mod error;
pub mod forward;
pub mod handler;
pub mod headers;
pub mod metrics;
pub mod relay;
pub mod routes;
pub mod upstream;
pub mod usage;

use std::path::Path;
use std::sync::Arc;

use serde_json::{json, Value};

use crate::metrics::Metrics;
use metrics::ProxyMetrics;
use routes::RouteTable;
use upstream::Upstream;

pub struct Proxy {
    pub table: RouteTable,
    /// One per route, same order.
    upstreams: Vec<Upstream>,
    metrics: Arc<ProxyMetrics>,
}

impl Proxy {
    /// Reads and checks the routes file against the model's labels; registers the metrics.
    pub fn load(path: &Path, labels: &[String], metrics: &Metrics) -> anyhow::Result<Self> {
        let table = routes::load(path, labels)?;
        Self::new(table, metrics)
    }

    pub fn new(table: RouteTable, metrics: &Metrics) -> anyhow::Result<Self> {
        let proxy_metrics = Arc::new(ProxyMetrics::register(metrics)?);
        let upstreams = table
            .routes
            .iter()
            .map(|r| Upstream::new(r.clone(), table.breaker, &proxy_metrics))
            .collect::<anyhow::Result<Vec<_>>>()?;
        for route in &table.routes {
            tracing::info!(
                route = route.name,
                upstream = route.upstream,
                model = route.model,
                labels = ?route.labels,
                api_key_env = route.api_key_env.as_deref(),
                fallback = route.fallback.map(|f| table.routes[f].name.as_str()),
                "proxy route"
            );
        }
        Ok(Self { table, upstreams, metrics: proxy_metrics })
    }

    /// For `/health/deep`: each route's upstream, circuit and load (never its key).
    pub fn status(&self) -> Value {
        let routes: Vec<Value> = self
            .upstreams
            .iter()
            .map(|u| {
                let r = &u.route;
                json!({
                    "name": r.name,
                    "labels": r.labels,
                    "upstream": r.upstream,
                    "model": r.model,
                    "api_key_env": r.api_key_env,
                    "fallback": r.fallback.map(|f| self.table.routes[f].name.as_str()),
                    "circuit": u.circuit().name(),
                    "in_flight": u.in_flight(),
                    "max_concurrency": r.max_concurrency,
                })
            })
            .collect();
        json!({
            "configured": true,
            "virtual_model": self.table.virtual_model,
            "routes": routes,
        })
    }
}
