//! Liveness, readiness, a deep status report, and the Prometheus scrape endpoint.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use serde_json::{json, Value};

use super::error::{ApiError, ErrorBody};
use super::state::AppState;

/// The process is up.
#[utoipa::path(get, path = "/health/live", responses((status = 200, description = "process is up")))]
pub async fn live() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

/// The model is loaded and every worker runs; 503 while draining for shutdown.
#[utoipa::path(get, path = "/health/ready", responses((status = 200), (status = 503, body = ErrorBody)))]
pub async fn ready(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    if state.is_draining() {
        return Err(ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "shutting down"));
    }
    let running = state.workers_running();
    let workers = state.config.workers(state.service.classifier().info());
    if running < workers || state.metrics.model_loaded.get() != 1 {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("{running} of {workers} inference workers running"),
        ));
    }
    Ok(Json(json!({"status": "ready"})))
}

fn hit_rate(state: &AppState, level: &str) -> Value {
    let hits = state.metrics.cache_hits.with_label_values(&[level]).get();
    let misses = state.metrics.cache_misses.with_label_values(&[level]).get();
    json!({"hits": hits, "misses": misses, "hit_rate": hits as f64 / (hits + misses).max(1) as f64})
}

/// Model, device, caches, queue and batching in one report.
#[utoipa::path(get, path = "/health/deep", responses((status = 200, description = "status report")))]
pub async fn deep(State(state): State<AppState>) -> Json<Value> {
    let service = &state.service;
    let model = service.classifier();
    let config = &state.config;
    let l2 = match service.l2() {
        None => json!({"configured": false}),
        Some(l2) => {
            json!({"configured": true, "up": l2.is_up(), "ttl_sec": config.cache_l2_ttl_sec,
            "stats": hit_rate(&state, "L2")})
        }
    };
    let engine = model.info();
    Json(json!({
        "status": if state.is_draining() { "draining" } else { "ok" },
        "model": {
            "name": model.name,
            "path": config.model_path,
            "family": model.config.family.name(),
            "layers": model.config.num_layers,
            "labels": model.labels(),
            "fingerprint": model.fingerprint,
            "max_length": model.window.max_length,
            "head_tokens": model.window.head,
        },
        "device": {
            "engine": engine.kind.name(),
            "gpu": engine.kind.is_gpu(),
            "adapter": engine.adapter,
            "hardware": engine.hardware,
            "fused_kernels": engine.fused_kernels,
            "precision": engine.precision.name(),
            "precision_choice": model.precision_probe.as_ref().map(|p| json!({
                "rule": "fastest measured at start (CPU_PRECISION=auto)",
                "reason": p.reason,
                "sequences_per_sec": p.rates.iter().map(|(k, r)| (k.name().to_string(), json!(r.round()))).collect::<serde_json::Map<_, _>>(),
                "skipped": p.skipped.iter().map(|(k, why)| (k.name().to_string(), json!(why))).collect::<serde_json::Map<_, _>>(),
                "probe_ms": p.elapsed.as_millis() as u64,
            })),
            "pipelined": engine.pipelined,
        },
        "cache": {
            "l1": {"entries": service.l1().len(), "capacity": service.l1().capacity(),
                   "ttl_sec": config.cache_l1_ttl_sec, "stats": hit_rate(&state, "L1")},
            "l2": l2,
        },
        "queue": {"depth": service.queue_depth(), "capacity": config.queue_capacity,
                  "queued_tokens": service.admission().queued_tokens(),
                  "throughput_tokens_per_sec": service.admission().throughput(),
                  "request_timeout_ms": config.request_timeout_ms},
        "batching": {"max_size": state.limits.max_size, "max_wait_ms": state.limits.max_wait.as_millis() as u64,
                     "max_tokens": state.limits.max_tokens, "workers": state.workers,
                     "workers_running": state.workers_running()},
        "proxy": state.proxy.as_ref().map_or_else(|| json!({"configured": false}), |p| p.status()),
        // f32 -> JSON f64 would print 0.6000000238.
        "confidence_threshold": (config.confidence_threshold as f64 * 1e4).round() / 1e4,
    }))
}

/// Prometheus text exposition.
#[utoipa::path(get, path = "/metrics", responses((status = 200, description = "Prometheus text format")))]
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    state.metrics.queue_depth.set(state.service.queue_depth() as i64);
    state.metrics.queued_tokens.set(state.service.admission().queued_tokens() as i64);
    state.metrics.throughput.set(state.service.admission().throughput());
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], state.metrics.render())
}
