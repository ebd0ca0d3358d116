//! End-to-end load generator: starts the release gateway as its own process on a loopback port
//! and drives it with N closed-loop users (one keep-alive HTTP/1.1 connection each), reporting
//! RPS, client-side p50/p95/p99, server-side (x-router-latency) p99, errors and the cores the
//! server process kept busy (from /proc). The server inherits the environment, so
//! `WORKERS=2 cargo bench --bench e2e` measures another setting.
//!
//! Scenarios: `unique` (every query new: all inference), `cached` (100 % L1 hits), `mixed` (the
//! guide's mix: 30 % from 50 common queries, 70 % unique), at 10/50/100/200 users; then the
//! batching speedup: `unique` at 100 users with BATCH_MAX_SIZE=1 against the default.
//!
//!   cargo bench --bench e2e                      # QG_E2E_SECS=10 per run by default
//!   QG_E2E_SECS=5 QG_E2E_USERS=10,100 cargo bench --bench e2e
//!   QG_E2E_PRECISIONS=auto,f32 QG_E2E_USERS=50 cargo bench --bench e2e   # only: unique texts per
//!                              # CPU_PRECISION, alternated over QG_E2E_ROUNDS (2), and their ratio
//!
//! The load generator shares the machine's cores with the server: on a 2-core box the numbers
//! are a floor for what the server does alone.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1;
use hyper_util::rt::TokioIo;
use query_gateway::procstat;
use query_gateway::training::data;

#[path = "support/mod.rs"]
mod support;
use support::Server;

/// Request bodies, pre-serialised so the generator spends its time on HTTP, not JSON.
struct Workload {
    unique: Vec<Bytes>,
    common: Vec<Bytes>,
    next_unique: AtomicUsize,
}

impl Workload {
    fn new() -> Self {
        let records = data::load(&support::repo_file("data/dolly_router.jsonl")).unwrap();
        let body = |t: &str| Bytes::from(serde_json::json!({ "text": t }).to_string());
        let unique = records.iter().map(|r| r.instruction.as_str()).filter(|t| t.len() < 400).map(body).collect();
        let common =
            (0..50).map(|i| body(&format!("common question number {i}: what is the capital of France?"))).collect();
        Self { unique, common, next_unique: AtomicUsize::new(0) }
    }

    /// A body never sent before in this process (a round suffix once the data set is used up).
    fn unique_body(&self) -> Bytes {
        let n = self.next_unique.fetch_add(1, Ordering::Relaxed);
        let base = &self.unique[n % self.unique.len()];
        if n < self.unique.len() {
            return base.clone();
        }
        let text: serde_json::Value = serde_json::from_slice(base).unwrap();
        Bytes::from(serde_json::json!({"text": format!("{} (variant {})", text["text"].as_str().unwrap(), n / self.unique.len())}).to_string())
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Scenario {
    Unique,
    Cached,
    Mixed,
}

#[derive(Default)]
struct Samples {
    client_ms: Vec<f64>,
    server_ms: Vec<f64>,
    errors: usize,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn user(port: u16, work: Arc<Workload>, scenario: Scenario, seed: usize, until: Instant) -> Samples {
    let mut samples = Samples::default();
    let stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    stream.set_nodelay(true).unwrap();
    let (mut sender, conn) = http1::handshake(TokioIo::new(stream)).await.unwrap();
    tokio::spawn(conn);
    let mut i = seed;
    while Instant::now() < until {
        i = i.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let body = match scenario {
            Scenario::Unique => work.unique_body(),
            Scenario::Cached => work.common[(i >> 33) % work.common.len()].clone(),
            Scenario::Mixed if (i >> 33) % 10 < 3 => work.common[(i >> 40) % work.common.len()].clone(),
            Scenario::Mixed => work.unique_body(),
        };
        let req = hyper::Request::post("/v1/query-classify")
            .header("host", "127.0.0.1")
            .header("content-type", "application/json")
            .body(Full::new(body))
            .unwrap();
        let started = Instant::now();
        if sender.ready().await.is_err() {
            samples.errors += 1;
            break;
        }
        match sender.send_request(req).await {
            Ok(res) => {
                let ok = res.status() == 200;
                let server: Option<f64> =
                    res.headers().get("x-router-latency").and_then(|v| v.to_str().ok()?.parse().ok());
                let drained = res.into_body().collect().await.is_ok();
                if ok && drained {
                    samples.client_ms.push(started.elapsed().as_secs_f64() * 1e3);
                    samples.server_ms.extend(server);
                } else {
                    samples.errors += 1;
                }
            }
            Err(_) => samples.errors += 1,
        }
    }
    samples
}

struct Row {
    rps: f64,
    p50: f64,
    p95: f64,
    p99: f64,
    server_p99: f64,
    errors: usize,
    server_cores: Option<f64>,
}

async fn run(server: &Server, work: &Arc<Workload>, scenario: Scenario, users: usize, secs: u64) -> Row {
    if scenario != Scenario::Unique {
        // Warm the cache with every common query first.
        let warm =
            user(server.port, work.clone(), Scenario::Cached, 1, Instant::now() + Duration::from_millis(500)).await;
        assert_eq!(warm.errors, 0);
    }
    let until = Instant::now() + Duration::from_secs(secs);
    let started = Instant::now();
    let cpu_before = procstat::cpu_seconds(Some(server.child.id()));
    let tasks: Vec<_> =
        (0..users).map(|u| tokio::spawn(user(server.port, work.clone(), scenario, u * 7919 + 13, until))).collect();
    let mut all = Samples::default();
    for t in tasks {
        let s = t.await.unwrap();
        all.client_ms.extend(s.client_ms);
        all.server_ms.extend(s.server_ms);
        all.errors += s.errors;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let server_cores = procstat::cores_used(cpu_before, procstat::cpu_seconds(Some(server.child.id())), elapsed);
    all.client_ms.sort_by(f64::total_cmp);
    all.server_ms.sort_by(f64::total_cmp);
    Row {
        rps: all.client_ms.len() as f64 / elapsed,
        p50: percentile(&all.client_ms, 0.50),
        p95: percentile(&all.client_ms, 0.95),
        p99: percentile(&all.client_ms, 0.99),
        server_p99: percentile(&all.server_ms, 0.99),
        errors: all.errors,
        server_cores,
    }
}

/// Unique-text capacity per `CPU_PRECISION`, the settings alternated round by round so that machine
/// noise hits each alike; then each one's mean RPS against the first's.
async fn compare_precisions(work: &Arc<Workload>, precisions: &[&str], users: usize, rounds: usize, secs: u64) {
    println!("\n| CPU_PRECISION | round | RPS | p50 ms | p95 ms | p99 ms | server p99 ms | errors | server cores |");
    println!("|---|---|---|---|---|---|---|---|---|");
    let mut rps = vec![0.0; precisions.len()];
    for round in 1..=rounds {
        for (i, precision) in precisions.iter().enumerate() {
            let server = Server::start(&[("CPU_PRECISION", precision.to_string())]);
            let r = run(&server, work, Scenario::Unique, users, secs).await;
            print_row(precision, round, &r);
            rps[i] += r.rps / rounds as f64;
        }
    }
    for (precision, mean) in precisions.iter().zip(&rps).skip(1) {
        println!(
            "\nunique texts, {users} users: {} {:.0} RPS, {precision} {mean:.0} RPS: {:.2}x",
            precisions[0],
            rps[0],
            rps[0] / mean
        );
    }
}

fn print_row(name: &str, users_or_round: usize, r: &Row) {
    println!(
        "| {name} | {users_or_round} | {:.0} | {:.2} | {:.2} | {:.2} | {:.3} | {} | {} |",
        r.rps,
        r.p50,
        r.p95,
        r.p99,
        r.server_p99,
        r.errors,
        r.server_cores.map_or("n/a".into(), |c| format!("{c:.2}"))
    );
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` would pass nothing: run only as a bench.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let secs: u64 = std::env::var("QG_E2E_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(10);
    let users: Vec<usize> = std::env::var("QG_E2E_USERS")
        .unwrap_or_else(|_| "10,50,100,200".into())
        .split(',')
        .map(|u| u.trim().parse().unwrap())
        .collect();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let work = Arc::new(Workload::new());
    if let Ok(precisions) = std::env::var("QG_E2E_PRECISIONS") {
        let precisions: Vec<&str> = precisions.split(',').map(str::trim).collect();
        let rounds = std::env::var("QG_E2E_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(2);
        return runtime.block_on(compare_precisions(&work, &precisions, users[0], rounds, secs));
    }
    println!("\n| scenario | users | RPS | p50 ms | p95 ms | p99 ms | server p99 ms | errors | server cores |");
    println!("|---|---|---|---|---|---|---|---|---|");
    runtime.block_on(async {
        let server = Server::start(&[]);
        for &n in &users {
            for (name, scenario) in
                [("unique", Scenario::Unique), ("cached", Scenario::Cached), ("mixed", Scenario::Mixed)]
            {
                print_row(name, n, &run(&server, &work, scenario, n, secs).await);
            }
        }
        drop(server);
        let batching_users = 100;
        let batched_server = Server::start(&[]);
        let batched = run(&batched_server, &work, Scenario::Unique, batching_users, secs).await;
        drop(batched_server);
        let single_server = Server::start(&[("BATCH_MAX_SIZE", "1".into())]);
        let single = run(&single_server, &work, Scenario::Unique, batching_users, secs).await;
        print_row("unique, BATCH_MAX_SIZE=32", batching_users, &batched);
        print_row("unique, BATCH_MAX_SIZE=1", batching_users, &single);
        println!("\nbatching speedup (RPS, {batching_users} users, all unique): {:.2}x", batched.rps / single.rps);
    });
}
