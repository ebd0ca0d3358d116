//! The OpenAI-compatible proxy: `POST /v1/chat/completions` classifies the request with the same
//! service as `/v1/query-classify` (caches, coalescing, batching, admission, confidence routing)
//! and forwards it to the upstream of the route serving the label; `GET /v1/models` lists what
//! can be asked for. Without a routes file (`ROUTES_FILE`) both answer 404.
//!
//! `routes` reads and checks the file; `upstream` holds each route's client (`tls` for https), cap and `breaker`;
//! `gateway` holds them for the server; `forward` makes the exchange with one fallback before the first byte;
//! `fail_open` routes what the router cannot classify in time; `relay` streams the
//! answer on; `headers` decides what crosses; `handler` is the axum side.

pub mod breaker;
pub mod chat;
pub mod error;
pub mod fail_open;
pub mod forward;
pub mod gateway;
pub mod handler;
pub mod headers;
pub mod metrics;
pub mod relay;
pub mod routes;
pub mod tls;
pub mod upstream;
pub mod usage;

pub use gateway::Proxy;
