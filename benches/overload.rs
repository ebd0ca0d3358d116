//! Open-loop overload benchmark: starts the release gateway as its own process on a loopback port,
//! measures its capacity (closed loop, unique texts), then offers a fixed arrival rate of unique
//! mixed-length texts, independent of how fast answers come back, at 1x, 2x and 5x capacity.
//! Per rate it prints the status mix, goodput (200s per second), p50/p99 latency of 200s and of
//! 429s (from each request's scheduled send time, so a stalled client cannot hide queueing), and
//! the recovery time: after the load stops, how long until a probe request is answered about as
//! fast as on an idle server; and the server's CPU seconds per second of load, HTTP side and
//! model side (the inference workers and their thread pool). At the end: server CPU per answer (HTTP side
//! and model, at the calmest rate) and per 429 (what the HTTP side used beyond its answers at the
//! rate with the most 429s).
//!
//!   cargo bench --bench overload                          # 60 s per rate
//!   QG_OVERLOAD_SECS=20 QG_OVERLOAD_RATES=1,2,5 cargo bench --bench overload
//!
//! Environment: QG_OVERLOAD_SECS (per rate, default 60), QG_OVERLOAD_RATES (multiples of capacity,
//! default 1,2,5), QG_CAPACITY_SECS (default 10), QG_CAPACITY (skip the measurement, requests/s),
//! QG_OVERLOAD_CONNECTIONS (client connections, default 512), plus any gateway setting, passed
//! through to the server. The generator shares the machine's cores with the server.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;
use query_gateway::procstat;
use query_gateway::training::data;

/// The server's model threads (the inference workers and the thread pool of their forward pass);
/// the rest of its CPU time is the HTTP side.
const MODEL_THREADS: &[&str] = &["inference-", "model-"];

/// Every request's answer deadline: an open-loop client states one, so admission by deadline
/// applies (without it the gateway queues the request as a closed-loop client's).
const DEADLINE_MS: &str = "1000";

/// The server's CPU seconds so far: HTTP side, model side.
fn server_cpu(pid: u32) -> Option<(f64, f64)> {
    let model = procstat::threads_cpu_seconds(pid, MODEL_THREADS)?;
    Some((procstat::cpu_seconds(Some(pid))? - model, model))
}

#[path = "support/mod.rs"]
mod support;
use support::Server;

/// Unique request bodies: 80 % short queries (a Dolly instruction), 20 % long pasted passages
/// (instruction plus its context, up to 2,000 characters), each text sent once.
struct Workload {
    short: Vec<String>,
    long: Vec<String>,
    next: AtomicUsize,
}

impl Workload {
    fn new() -> Self {
        let records = data::load(&support::repo_file("data/dolly_router.jsonl")).unwrap();
        let short = records.iter().map(|r| r.instruction.clone()).filter(|t| t.len() < 400).collect();
        let long = records
            .iter()
            .filter(|r| r.context.len() > 600)
            .map(|r| format!("{}\n\n{}", r.instruction, r.context).chars().take(2000).collect())
            .collect();
        Self { short, long, next: AtomicUsize::new(0) }
    }

    fn body(&self) -> Bytes {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let (pool, i) = if n % 5 == 4 { (&self.long, n / 5) } else { (&self.short, n - n / 5) };
        let text = format!("{} [{n}]", pool[i % pool.len()]);
        Bytes::from(serde_json::json!({ "text": text }).to_string())
    }
}

async fn connect(port: u16) -> SendRequest<Full<Bytes>> {
    let stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    stream.set_nodelay(true).unwrap();
    let (sender, conn) = http1::handshake(TokioIo::new(stream)).await.unwrap();
    tokio::spawn(conn);
    sender
}

/// One request's outcome: status (0: no answer) and latency from its scheduled time.
async fn send(sender: &mut SendRequest<Full<Bytes>>, body: Bytes, scheduled: Instant) -> (u16, f64) {
    let req = hyper::Request::post("/v1/query-classify")
        .header("host", "127.0.0.1")
        .header("content-type", "application/json")
        .header("x-request-timeout-ms", DEADLINE_MS)
        .body(Full::new(body))
        .unwrap();
    if sender.ready().await.is_err() {
        return (0, scheduled.elapsed().as_secs_f64() * 1e3);
    }
    let status = match tokio::time::timeout(Duration::from_secs(60), sender.send_request(req)).await {
        Ok(Ok(res)) => {
            let status = res.status().as_u16();
            if res.into_body().collect().await.is_ok() {
                status
            } else {
                0
            }
        }
        _ => 0,
    };
    (status, scheduled.elapsed().as_secs_f64() * 1e3)
}

/// A pool of keep-alive connections; a closed one is replaced.
struct Pool {
    port: u16,
    tx: tokio::sync::mpsc::UnboundedSender<SendRequest<Full<Bytes>>>,
    rx: tokio::sync::mpsc::UnboundedReceiver<SendRequest<Full<Bytes>>>,
}

impl Pool {
    async fn new(port: u16, size: usize) -> Self {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        for _ in 0..size {
            tx.send(connect(port).await).unwrap();
        }
        Self { port, tx, rx }
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Closed loop, `users` connections, unique texts: 200s per second.
async fn capacity(port: u16, work: &Arc<Workload>, users: usize, secs: f64) -> f64 {
    let until = Instant::now() + Duration::from_secs_f64(secs);
    let started = Instant::now();
    let tasks: Vec<_> = (0..users)
        .map(|_| {
            let work = work.clone();
            tokio::spawn(async move {
                let mut sender = connect(port).await;
                let mut ok = 0usize;
                while Instant::now() < until {
                    match send(&mut sender, work.body(), Instant::now()).await.0 {
                        200 => ok += 1,
                        0 => sender = connect(port).await,
                        _ => tokio::time::sleep(Duration::from_millis(5)).await,
                    }
                }
                ok
            })
        })
        .collect();
    let mut ok = 0;
    for t in tasks {
        ok += t.await.unwrap();
    }
    ok as f64 / started.elapsed().as_secs_f64()
}

/// Median latency of `n` sequential probes on an idle server.
async fn idle_latency(port: u16, work: &Workload, n: usize) -> f64 {
    let mut sender = connect(port).await;
    let mut ms: Vec<f64> = Vec::new();
    for _ in 0..n {
        let (status, t) = send(&mut sender, work.body(), Instant::now()).await;
        assert_eq!(status, 200, "idle probe failed");
        ms.push(t);
    }
    ms.sort_by(f64::total_cmp);
    percentile(&ms, 0.5)
}

#[derive(Default)]
struct Tally {
    sent: usize,
    unsent: usize,
    ok_ms: Vec<f64>,
    rejected_ms: Vec<f64>,
    timeouts: usize,
    other: usize,
}

struct Report {
    rate: f64,
    tally: Tally,
    secs: f64,
    recovery_ms: Option<f64>,
    /// CPU seconds the server's HTTP side and model side (the inference workers and their thread
    /// pool) used from the first request to the last answer.
    server_cpu: Option<(f64, f64)>,
}

/// Offers `rate` requests/s for `secs`, then probes until the server answers like an idle one.
async fn open_loop(pool: &mut Pool, work: &Arc<Workload>, rate: f64, secs: f64, idle_ms: f64, pid: u32) -> Report {
    let cpu_before = server_cpu(pid);
    let (done_tx, mut done_rx) = tokio::sync::mpsc::unbounded_channel::<(u16, f64)>();
    let mut tally = Tally::default();
    let interval = Duration::from_secs_f64(1.0 / rate);
    let total = (rate * secs).round() as usize;
    let start = Instant::now() + Duration::from_millis(50);
    for i in 0..total {
        let scheduled = start + interval * i as u32;
        tokio::time::sleep_until(scheduled.into()).await;
        // Connections come back as their requests finish; none free means the client is
        // saturated: the request is counted as not sent, never silently skipped.
        let Ok(mut sender) = pool.rx.try_recv() else {
            tally.unsent += 1;
            continue;
        };
        tally.sent += 1;
        let (body, back, done, port) = (work.body(), pool.tx.clone(), done_tx.clone(), pool.port);
        tokio::spawn(async move {
            if sender.is_closed() {
                // The server closed it after HEADER_READ_TIMEOUT_MS idle: reconnect.
                sender = connect(port).await;
            }
            let outcome = send(&mut sender, body, scheduled).await;
            if outcome.0 == 0 {
                sender = connect(port).await;
            }
            let _ = back.send(sender);
            let _ = done.send(outcome);
        });
    }
    let stopped = Instant::now();
    // Recovery: probes every 20 ms from the moment the load stops, on their own connection.
    let recovery_ms = {
        let mut probe = connect(pool.port).await;
        let good = (idle_ms * 2.0).max(idle_ms + 5.0);
        loop {
            let (status, ms) = send(&mut probe, work.body(), Instant::now()).await;
            if status == 0 {
                probe = connect(pool.port).await;
            }
            if status == 200 && ms <= good {
                break Some(stopped.elapsed().as_secs_f64() * 1e3);
            }
            if stopped.elapsed() > Duration::from_secs(60) {
                break None;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    drop(done_tx);
    while let Some((status, ms)) = done_rx.recv().await {
        match status {
            200 => tally.ok_ms.push(ms),
            429 => tally.rejected_ms.push(ms),
            504 => tally.timeouts += 1,
            _ => tally.other += 1,
        }
    }
    let used = server_cpu(pid).zip(cpu_before).map(|((http, model), (http0, model0))| (http - http0, model - model0));
    tally.ok_ms.sort_by(f64::total_cmp);
    tally.rejected_ms.sort_by(f64::total_cmp);
    Report { rate, tally, secs, recovery_ms, server_cpu: used }
}

fn print_report(multiple: f64, r: &Report) {
    let t = &r.tally;
    println!(
        "| {multiple}x | {:.0} | {} | {} | {} | {} | {} | {} | {:.1} | {:.1} / {:.1} | {:.2} / {:.2} | {} | {} | {} |",
        r.rate,
        t.sent,
        t.unsent,
        t.ok_ms.len(),
        t.rejected_ms.len(),
        t.timeouts,
        t.other,
        t.ok_ms.len() as f64 / r.secs,
        percentile(&t.ok_ms, 0.5),
        percentile(&t.ok_ms, 0.99),
        percentile(&t.rejected_ms, 0.5),
        percentile(&t.rejected_ms, 0.99),
        r.recovery_ms.map(|ms| format!("{ms:.0} ms")).unwrap_or_else(|| "> 60 s".into()),
        r.server_cpu.map(|(http, model)| format!("{:.2} / {:.2}", http / r.secs, model / r.secs)).unwrap_or("?".into()),
        r.server_cpu.map(|(http, _)| format!("{:.3}", http * 1e3 / t.sent.max(1) as f64)).unwrap_or("?".into()),
    );
}

/// Server CPU ms per answer (HTTP side and model) at the rate with the fewest 429s, and the HTTP
/// side's ms per 429 at the rate with the most: what that rate's HTTP side used beyond its
/// answers (each costing what one did at the first rate), over its 429s.
fn cpu_per_outcome(reports: &[Report]) -> Option<(f64, f64, f64)> {
    let answers = |r: &Report| (r.tally.ok_ms.len() + r.tally.timeouts + r.tally.other) as f64;
    let calm = reports.iter().min_by_key(|r| r.tally.rejected_ms.len())?;
    let shed = reports.iter().max_by_key(|r| r.tally.rejected_ms.len())?;
    let ((calm_http, calm_model), (shed_http, _)) = (calm.server_cpu?, shed.server_cpu?);
    let rejections = calm.tally.rejected_ms.len() as f64;
    let http_per_answer = (calm_http / (answers(calm) + rejections).max(1.0)) * 1e3;
    let model_per_answer = calm_model / answers(calm).max(1.0) * 1e3;
    let shed_rejections = shed.tally.rejected_ms.len();
    (shed_rejections > 0).then(|| {
        let per_rejection = (shed_http * 1e3 - http_per_answer * answers(shed)) / shed_rejections as f64;
        (http_per_answer, model_per_answer, per_rejection)
    })
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` would pass nothing: run only as a bench.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let secs: f64 = env_or("QG_OVERLOAD_SECS", 60.0);
    let capacity_secs: f64 = env_or("QG_CAPACITY_SECS", 10.0);
    let connections: usize = env_or("QG_OVERLOAD_CONNECTIONS", 512);
    let multiples: Vec<f64> = std::env::var("QG_OVERLOAD_RATES")
        .unwrap_or_else(|_| "1,2,5".into())
        .split(',')
        .map(|m| m.trim().parse().unwrap())
        .collect();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let work = Arc::new(Workload::new());
    runtime.block_on(async {
        let server = Server::start(&[]);
        let idle_ms = idle_latency(server.port, &work, 20).await;
        let cap = match std::env::var("QG_CAPACITY").ok().and_then(|c| c.parse::<f64>().ok()) {
            Some(c) => c,
            None => capacity(server.port, &work, 32, capacity_secs).await,
        };
        println!("\nidle latency (p50 of 20 sequential probes): {idle_ms:.2} ms; capacity (closed loop, 32 users, unique texts): {cap:.1} requests/s; {secs} s per rate\n");
        println!("| load | offered/s | sent | unsent (client saturated) | 200 | 429 | 504 | other | goodput/s | 200 p50 / p99 ms | 429 p50 / p99 ms | recovery | server CPU s per s (HTTP / model) | HTTP CPU ms per request |");
        println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        let mut pool = Pool::new(server.port, connections).await;
        let mut reports = Vec::new();
        for &m in &multiples {
            let report = open_loop(&mut pool, &work, cap * m, secs, idle_ms, server.child.id()).await;
            print_report(m, &report);
            reports.push(report);
            // Let the server settle before the next rate.
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
        if let Some((http_ms, model_ms, rejection_ms)) = cpu_per_outcome(&reports) {
            println!(
                "\nserver CPU per answer: {:.3} ms ({http_ms:.3} HTTP side + {model_ms:.3} model); per 429: {rejection_ms:.3} ms (HTTP side)",
                http_ms + model_ms
            );
        }
    });
}
