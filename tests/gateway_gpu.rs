//! The gateway on the wgpu backend (lavapipe in CI, a real GPU elsewhere) answers exactly as on the
//! CPU, through the pipelined GPU worker, and in time from its first request. Skipped without a
//! wgpu adapter unless QG_REQUIRE_WGPU=1.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{fixture, post_ok, start, url, wgpu_or_skip};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gpu_gateway_matches_cpu_gateway() {
    if wgpu_or_skip().is_none() {
        return;
    }
    let gpu = start(&["--model-device", "gpu", "--batch-max-wait-ms", "20"]).await;
    let cpu = start(&[]).await;
    let client = reqwest::Client::new();
    let deep: Value = client.get(url(&gpu, "/health/deep")).send().await.unwrap().json().await.unwrap();
    assert_eq!(deep["device"]["engine"], "wgpu");
    // A software adapter (lavapipe) gets batches of 8, so warm-up runs fewer and smaller shapes.
    let hardware = deep["device"]["hardware"].as_bool().unwrap();
    assert_eq!(deep["batching"]["max_size"], if hardware { 256 } else { 8 });

    let texts: Vec<String> =
        (0..64).map(|i| format!("question {i}: {}", "why is the sky blue ".repeat(i % 7 + 1))).collect();
    let ask = |base: String| {
        let client = client.clone();
        let texts = texts.clone();
        async move {
            // Concurrent single requests, so the GPU worker forms (and pipelines) several batches.
            let calls = texts.into_iter().map(|t| {
                let (client, base) = (client.clone(), base.clone());
                async move { post_ok(&client, format!("{base}/v1/query-classify"), json!({ "text": t })).await }
            });
            futures::future::join_all(calls).await
        }
    };
    let on_gpu = ask(url(&gpu, "")).await;
    let on_cpu = ask(url(&cpu, "")).await;
    for (g, c) in on_gpu.iter().zip(&on_cpu) {
        assert_eq!(g["label"], c["label"]);
        let diff = (g["confidence"].as_f64().unwrap() - c["confidence"].as_f64().unwrap()).abs();
        assert!(diff < 1e-3, "confidence differs by {diff}: {g} vs {c}");
    }
    gpu.stop().await.unwrap();
    cpu.stop().await.unwrap();
}

/// The gateway binary, killed when dropped (also when an assertion fails).
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Started as its own process with the default 1 s deadline and cold caches (Mesa's shader
/// cache, cubecl's, both under a new directory), a GPU gateway answers its first 60 requests,
/// sequential and of every length bucket, with 200: warm-up compiled every batch shape before
/// the port opened, on a software adapter too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cold_gpu_gateway_answers_its_first_requests_in_time() {
    if wgpu_or_skip().is_none() {
        return;
    }
    let cold = std::env::temp_dir().join(format!("qg-cold-start-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&cold);
    std::fs::create_dir_all(&cold).unwrap();
    let log = cold.join("gateway.log");
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let started = Instant::now();
    let _gateway = Process(
        Command::new(env!("CARGO_BIN_EXE_query-gateway"))
            // cubecl keeps its caches under the nearest Cargo workspace's target/, else the user's
            // cache directory: neither exists from here.
            .current_dir(&cold)
            .env("XDG_CACHE_HOME", &cold)
            .env("MESA_SHADER_CACHE_DIR", cold.join("mesa"))
            .env("APP_HOST", "127.0.0.1")
            .env("APP_PORT", port.to_string())
            .env("MODEL_PATH", fixture("tiny-bert"))
            .env("MODEL_DEVICE", "gpu")
            .env("LOG_LEVEL", "info")
            .env_remove("REQUEST_TIMEOUT_MS")
            .env_remove("BATCH_MAX_SIZE")
            .stderr(Stdio::from(std::fs::File::create(&log).unwrap()))
            .spawn()
            .unwrap(),
    );
    let log_text = || std::fs::read_to_string(&log).unwrap_or_default();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(900), "not listening after 15 min: {}", log_text());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let start_up = started.elapsed();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let deep: Value = client.get(format!("{base}/health/deep")).send().await.unwrap().json().await.unwrap();
    assert_eq!(deep["device"]["engine"], "wgpu", "{deep}");
    assert_eq!(deep["queue"]["request_timeout_ms"], 30_000, "the default wait of a request without a deadline");
    let mut slowest = Duration::ZERO;
    for i in 0..60 {
        // 2 to 182 words: every token bucket from 8 to 128 (the longest are truncated).
        let text = format!("query {i}: {}", "why is the sky blue ".repeat(i % 30 * 5 / 4).trim());
        let sent = Instant::now();
        let res = client.post(format!("{base}/v1/query-classify")).json(&json!({ "text": text })).send().await.unwrap();
        let status = res.status();
        slowest = slowest.max(sent.elapsed());
        assert_eq!(
            status,
            StatusCode::OK,
            "request {i} after a {start_up:?} start: {}\n{}",
            res.text().await.unwrap(),
            log_text()
        );
    }
    eprintln!("start-up {start_up:?}; slowest of 60 requests {slowest:?}");
    drop(_gateway);
    let _ = std::fs::remove_dir_all(&cold);
}
