//! The proxy's state: routes, upstreams and metrics, and its report for `/health/deep`.

use std::path::Path;
use std::sync::Arc;

use serde_json::{json, Value};

use super::metrics::ProxyMetrics;
use super::routes::{self, OnRouterUnavailable, RouteTable};
use super::upstream::Upstream;
use crate::metrics::Metrics;

/// The proxy as the server holds it: the checked route table, one upstream client per route, and
/// the proxy's metrics. `forward.rs` adds the exchange itself.
pub struct Proxy {
    pub table: RouteTable,
    /// One per route, same order.
    pub(super) upstreams: Vec<Upstream>,
    pub(super) metrics: Arc<ProxyMetrics>,
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
                    "tls": r.tls.as_ref().map(|t| json!({
                        "private_ca": t.private_ca,
                        "client_certificate": t.client_certificate,
                    })),
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
            "on_router_unavailable": match self.table.on_router_unavailable {
                OnRouterUnavailable::Route(r) => self.table.routes[r].name.as_str(),
                OnRouterUnavailable::Reject => "reject",
            },
            "routes": routes,
        })
    }
}
