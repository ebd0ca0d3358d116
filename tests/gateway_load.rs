//! Concurrency behaviour of the real server: batching, coalescing, back-pressure, shutdown.

mod common;

use common::{metric, metrics, post_ok, start, url};
use query_gateway::model::TextTokenizer;
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_distinct_requests_all_succeed_in_batches() {
    let gw = start(&["--batch-max-wait-ms", "20"]).await;
    let client = reqwest::Client::new();
    let requests = (0..200).map(|i| {
        let client = client.clone();
        let url = url(&gw, "/v1/query-classify");
        async move {
            let res = client
                .post(url)
                .json(&json!({"text": format!("distinct query {i} about topic {}", i * 7)}))
                .send()
                .await
                .unwrap();
            (res.status(), res.json::<Value>().await.unwrap())
        }
    });
    let results = futures::future::join_all(requests).await;
    for (status, body) in &results {
        assert_eq!(*status, StatusCode::OK, "{body}");
    }
    let m = metrics(&client, &gw).await;
    let (sum, count) = (metric(&m, "query_gateway_batch_size_sum"), metric(&m, "query_gateway_batch_size_count"));
    // Warm-up runs one batch of 1 before serving; every request was inferred exactly once.
    assert_eq!(sum, 200.0, "{m}");
    assert!(sum / count > 1.0, "average batch size {} over {count} batches", sum / count);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_request_runs_as_one_model_call_at_low_load() {
    let gw = start(&["--batch-max-wait-ms", "1000"]).await;
    let client = reqwest::Client::new();
    for round in 0..3 {
        let texts: Vec<String> = (0..6).map(|i| format!("round {round} text {i} about gardens")).collect();
        let started = std::time::Instant::now();
        let res = post_ok(&client, url(&gw, "/v1/query-classify/batch"), json!({ "texts": texts })).await;
        assert_eq!(res["results"].as_array().unwrap().len(), 6);
        // Nothing else is queued, so the worker must not wait out BATCH_MAX_WAIT_MS.
        assert!(started.elapsed() < std::time::Duration::from_millis(900), "round {round} waited for more load");
    }
    let m = metrics(&client, &gw).await;
    // Three model calls of six texts each.
    assert_eq!(metric(&m, "query_gateway_batch_size_count"), 3.0, "{m}");
    assert_eq!(metric(&m, "query_gateway_batch_size_sum"), 18.0, "{m}");
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn identical_concurrent_requests_share_one_inference() {
    let gw = start(&["--batch-max-wait-ms", "20"]).await;
    let client = reqwest::Client::new();
    let requests = (0..50).map(|_| {
        let client = client.clone();
        let url = url(&gw, "/v1/query-classify");
        async move { client.post(url).json(&json!({"text": "the very same question"})).send().await.unwrap() }
    });
    let responses = futures::future::join_all(requests).await;
    let mut labels = Vec::new();
    for res in responses {
        assert_eq!(res.status(), StatusCode::OK);
        labels.push(res.json::<Value>().await.unwrap()["label"].clone());
    }
    assert!(labels.windows(2).all(|w| w[0] == w[1]));
    let m = metrics(&client, &gw).await;
    assert_eq!(metric(&m, "query_gateway_batch_size_sum"), 1.0, "one text inferred for 50 requests");
    let coalesced = metric(&m, "query_gateway_coalesced_total");
    let hits = metric(&m, "query_gateway_cache_hits_total");
    assert_eq!(coalesced + hits, 49.0, "the other 49 were coalesced or cache hits: {m}");
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_queue_answers_429_with_retry_after() {
    // One slot, batches of one, a long-ish wait: most of 300 concurrent requests find it full.
    let gw = start(&["--queue-capacity", "1", "--batch-max-size", "1", "--cache-l1-size", "0"]).await;
    let client = reqwest::Client::new();
    let requests = (0..300).map(|i| {
        let client = client.clone();
        let url = url(&gw, "/v1/query-classify");
        async move {
            let res = client
                .post(url)
                .header("x-request-id", format!("q{i}"))
                .json(&json!({"text": format!("unique {i} ").repeat(20)}))
                .send()
                .await
                .unwrap();
            (i, res)
        }
    });
    let responses = futures::future::join_all(requests).await;
    let mut rejected = 0;
    for (i, res) in responses {
        match res.status() {
            StatusCode::OK => {}
            StatusCode::TOO_MANY_REQUESTS => {
                rejected += 1;
                assert_eq!(res.headers()["x-request-id"], format!("q{i}").as_str(), "a 429 carries the request's id");
                let retry: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
                assert!(retry >= 1, "Retry-After {retry}");
                let body: Value = res.json().await.unwrap();
                assert_eq!(body["error"]["status"], "RESOURCE_EXHAUSTED");
            }
            other => panic!("unexpected status {other}"),
        }
    }
    assert!(rejected > 0, "no request was refused");
    let m = metrics(&client, &gw).await;
    assert_eq!(metric(&m, "query_gateway_queue_rejections_total") as usize, rejected);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_finishes_in_flight_requests_then_refuses_connections() {
    let gw = start(&["--batch-max-wait-ms", "50"]).await;
    let addr = gw.addr;
    let client = reqwest::Client::new();
    let tasks: Vec<_> = (0..40)
        .map(|i| {
            let client = client.clone();
            let url = format!("http://{addr}/v1/query-classify");
            tokio::spawn(async move {
                client.post(url).json(&json!({"text": format!("in flight {i}")})).send().await.map(|r| r.status())
            })
        })
        .collect();
    tokio::time::sleep(std::time::Duration::from_millis(30)).await;
    gw.stop().await.expect("clean shutdown");
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(status) => {
                assert_eq!(status, StatusCode::OK, "accepted requests are answered");
                ok += 1;
            }
            // Sent after the listener closed: refused, never half-answered.
            Err(e) => assert!(e.is_connect() || e.is_request(), "{e}"),
        }
    }
    assert!(ok > 0);
    assert!(reqwest::get(format!("http://{addr}/health/live")).await.is_err(), "port is closed");
}

/// Closed-loop clients the workers can serve well within the deadline are never refused, even
/// right after a quiet spell of lone texts (which run at a fraction of a full batch's rate per
/// token). The concurrency is set from the throughput the gateway measured at start-up: their
/// texts, all queued at once, take a quarter of the deadline at that rate (admission's share is
/// 60 %, so the machine may run 2.4 times slower than measured before any is refused).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_loop_the_workers_can_serve_in_time_sees_no_429() {
    const DEADLINE_MS: f64 = 2_000.0;
    let model = format!("{}/models/router", env!("CARGO_MANIFEST_DIR"));
    let gw = start(&["--model-path", &model, "--cache-l1-size", "0"]).await;
    let client = reqwest::Client::new();
    let deep: Value = client.get(url(&gw, "/health/deep")).send().await.unwrap().json().await.unwrap();
    let measured = deep["queue"]["throughput_tokens_per_sec"].as_f64().unwrap();
    let text = |i: usize| format!("closed loop query number {i} about a topic");
    let tokenizer = TextTokenizer::from_file(&std::path::Path::new(&model).join("tokenizer.json"), 128).unwrap();
    let tokens = tokenizer.encode(&text(123_456)).unwrap().len() as f64;
    let users = ((0.25 * DEADLINE_MS / 1e3 * measured / tokens) as usize).clamp(2, 256);

    let classify = |client: reqwest::Client, i: usize| {
        let url = url(&gw, "/v1/query-classify");
        async move {
            let res = client
                .post(url)
                .header("x-request-timeout-ms", DEADLINE_MS.to_string())
                .json(&json!({ "text": text(i) }))
                .send()
                .await
                .unwrap();
            res.status()
        }
    };
    for i in 0..200 {
        assert_eq!(classify(client.clone(), i).await, StatusCode::OK, "lone text {i}");
    }
    let until = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let loops = (0..users).map(|user| {
        let client = client.clone();
        let classify = &classify;
        async move {
            let mut statuses = Vec::new();
            for round in 0.. {
                if std::time::Instant::now() >= until {
                    break;
                }
                statuses.push(classify(client.clone(), 1_000 + round * users + user).await);
            }
            statuses
        }
    });
    let statuses: Vec<StatusCode> = futures::future::join_all(loops).await.into_iter().flatten().collect();
    let refused = statuses.iter().filter(|&&s| s == StatusCode::TOO_MANY_REQUESTS).count();
    let ok = statuses.iter().filter(|&&s| s == StatusCode::OK).count();
    let m = metrics(&client, &gw).await;
    eprintln!("{users} closed-loop users, {tokens} tokens a text, {measured:.0} tokens/s measured: {ok} answered");
    assert_eq!(
        refused,
        0,
        "{users} closed-loop users at {measured:.0} tokens/s measured: {ok} answered, {refused} refused of {}; now {:.0} tokens/s",
        statuses.len(),
        metric(&m, "query_gateway_throughput_tokens_per_second")
    );
    assert_eq!(ok, statuses.len(), "every request answered");
    gw.stop().await.unwrap();
}
