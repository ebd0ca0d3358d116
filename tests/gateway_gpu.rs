//! The gateway on the wgpu backend (lavapipe in CI, a real GPU elsewhere) answers exactly as on the
//! CPU, through the pipelined GPU worker. Skipped without a wgpu adapter unless QG_REQUIRE_WGPU=1.

mod common;

use common::{post_ok, start, url, wgpu_or_skip};
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
    assert_eq!(deep["batching"]["max_size"], 256);

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
