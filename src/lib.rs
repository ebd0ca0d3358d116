//! query-gateway: classifies queries as fast path (0) or slow path (1) for LLM routing.
//!
//! A request's way through the crate: `api` (axum handlers) -> `service` (the pipeline) ->
//! `cache` (sharded L1, optional Redis L2) -> `batcher` (crossbeam queue drained by OS-thread
//! workers) -> `model` (native CPU engine or burn); `routing` is the confidence rule applied to
//! each answer. `proxy` is the OpenAI-compatible front: it classifies through the same `service`
//! and forwards each chat request to its route's upstream. `server` wires them together;
//! `training` builds and measures the model; `parity` checks an engine against PyTorch.

pub mod api;
pub mod batcher;
pub mod cache;
pub mod config;
pub mod logging;
pub mod metrics;
pub mod model;
pub mod parity;
pub mod procstat;
pub mod proxy;
pub mod routing;
pub mod server;
pub mod service;
pub mod training;
