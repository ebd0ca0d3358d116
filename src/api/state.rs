//! What every handler shares: the application state and the names of the gateway's own headers.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use super::keys::ApiKeys;
use crate::batcher::BatchLimits;
use crate::config::Config;
use crate::metrics::Metrics;
use crate::proxy::Proxy;
use crate::service::ClassifyService;

pub const REQUEST_ID_HEADER: &str = "x-request-id";
pub const LATENCY_HEADER: &str = "x-router-latency";
/// The OpenAI-compatible proxy's chat endpoint.
pub const CHAT_PATH: &str = "/v1/chat/completions";
/// A client's deadline for its answer, in milliseconds.
pub const REQUEST_TIMEOUT_HEADER: &str = "x-request-timeout-ms";

#[derive(Clone)]
pub struct AppState {
    pub service: Arc<ClassifyService>,
    pub metrics: Arc<Metrics>,
    pub config: Arc<Config>,
    /// The batching the workers were started with (reported, not recomputed).
    pub limits: BatchLimits,
    /// Inference workers started.
    pub workers: usize,
    /// Inference workers alive (shared with the worker pool).
    pub workers_running: Arc<AtomicUsize>,
    /// Set when shutdown begins: readiness turns 503 so load balancers stop sending.
    pub draining: Arc<AtomicBool>,
    /// The OpenAI-compatible proxy, when a routes file is configured.
    pub proxy: Option<Arc<Proxy>>,
    /// Inbound API keys, when a keys file is configured.
    pub api_keys: Option<Arc<ApiKeys>>,
}

impl AppState {
    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::Relaxed)
    }

    pub fn workers_running(&self) -> usize {
        self.workers_running.load(Ordering::SeqCst)
    }
}
