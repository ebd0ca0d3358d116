//! The HTTP API end to end: a real server on a loopback port, the fixture model, real requests.

mod common;

use common::{metric, metrics, post_ok, start, url};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn classify_answers_with_label_confidence_and_headers() {
    let gw = start(&[]).await;
    let client = reqwest::Client::new();
    let res = client
        .post(url(&gw, "/v1/query-classify"))
        .header("x-request-id", "req-123")
        .json(&json!({"text": "Classify these animals: cat, eagle"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["x-request-id"], "req-123");
    let latency: f64 = res.headers()["x-router-latency"].to_str().unwrap().parse().unwrap();
    assert!(latency >= 0.0);
    let body: Value = res.json().await.unwrap();
    let label = body["label"].as_str().unwrap();
    assert!(label == "0" || label == "1");
    let confidence = body["confidence"].as_f64().unwrap();
    assert!((0.5..=1.0).contains(&confidence), "{body}");
    assert_eq!(body["category"], if label == "0" { "fast_path" } else { "slow_path" });
    assert_eq!(body["cache_hit"], false);
    assert_eq!(body["request_id"], "req-123");

    // The same text, differently spaced and cased, is a cache hit with the same answer.
    let again = post_ok(
        &client,
        url(&gw, "/v1/query-classify"),
        json!({"text": "  classify THESE animals:   cat, eagle ", "request_id": "body-id"}),
    )
    .await;
    assert_eq!(again["cache_hit"], true);
    assert_eq!(again["label"], body["label"]);
    assert_eq!(again["request_id"], "body-id");
    let text = metrics(&client, &gw).await;
    assert!(text.contains("query_gateway_cache_hits_total{level=\"L1\"} 1"), "{text}");
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn confidence_routing_sends_unsure_fast_path_answers_to_the_slow_path() {
    // A threshold of 1.0 routes every fast-path answer to the slow path.
    let gw = start(&["--confidence-threshold", "1.0"]).await;
    let client = reqwest::Client::new();
    let texts: Vec<String> = (0..40).map(|i| format!("query number {i} about things")).collect();
    let res = post_ok(&client, url(&gw, "/v1/query-classify/batch"), json!({ "texts": texts })).await;
    let results = res["results"].as_array().unwrap();
    assert!(results.iter().all(|r| r["label"] == "1" && r["category"] == "slow_path"), "{res}");
    let routed = results.iter().filter(|r| r["confidence_routed"] == true).count();
    let m = metrics(&client, &gw).await;
    assert_eq!(metric(&m, "query_gateway_confidence_routed_total") as usize, routed);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batch_endpoint_keeps_order_and_validates_each_text() {
    let gw = start(&["--max-batch-texts", "4"]).await;
    let client = reqwest::Client::new();
    let texts = ["write a poem", "summarize this", "write a poem"];
    let res = client.post(url(&gw, "/v1/query-classify/batch")).json(&json!({ "texts": texts })).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body: Value = res.json().await.unwrap();
    let results = body["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    assert_eq!(results[0]["label"], results[2]["label"]);

    for (payload, needle) in [
        (json!({"texts": []}), "1..=4"),
        (json!({"texts": ["a", "b", "c", "d", "e"]}), "1..=4"),
        (json!({"texts": ["ok", "  "]}), "texts[1]"),
        (json!({"texts": "not a list"}), "texts"),
    ] {
        let res = client.post(url(&gw, "/v1/query-classify/batch")).json(&payload).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{payload}");
        let err: Value = res.json().await.unwrap();
        assert!(err["error"]["message"].as_str().unwrap().contains(needle), "{err}");
    }
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_gets_a_json_4xx_never_a_5xx() {
    let gw = start(&["--max-text-chars", "50"]).await;
    let client = reqwest::Client::new();
    let post = |body: reqwest::Body, content_type: &'static str| {
        client.post(url(&gw, "/v1/query-classify")).header("content-type", content_type).body(body).send()
    };
    let cases: Vec<(reqwest::Body, &str, StatusCode, &str)> = vec![
        ("{not json".into(), "application/json", StatusCode::BAD_REQUEST, "INVALID_ARGUMENT"),
        ("{\"text\": 42}".into(), "application/json", StatusCode::BAD_REQUEST, "INVALID_ARGUMENT"),
        ("{}".into(), "application/json", StatusCode::BAD_REQUEST, "INVALID_ARGUMENT"),
        ("{\"text\": \"   \"}".into(), "application/json", StatusCode::BAD_REQUEST, "INVALID_ARGUMENT"),
        (
            json!({"text": "x".repeat(51)}).to_string().into(),
            "application/json",
            StatusCode::BAD_REQUEST,
            "INVALID_ARGUMENT",
        ),
        ("{\"text\": \"hi\", \"extra\": 1}".into(), "application/json", StatusCode::BAD_REQUEST, "INVALID_ARGUMENT"),
        (
            json!({"text": "hi", "request_id": "r".repeat(129)}).to_string().into(),
            "application/json",
            StatusCode::BAD_REQUEST,
            "INVALID_ARGUMENT",
        ),
        ("{\"text\": \"hi\"}".into(), "text/plain", StatusCode::UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE"),
        ("[1, 2]".into(), "application/json", StatusCode::BAD_REQUEST, "INVALID_ARGUMENT"),
        ("{\"text\": \"\u{0000}\u{0007}\"}".into(), "application/json", StatusCode::BAD_REQUEST, "INVALID_ARGUMENT"),
        (vec![0xff, 0xfe, 0x00].into(), "application/json", StatusCode::BAD_REQUEST, "INVALID_ARGUMENT"),
    ];
    for (i, (body, content_type, status, name)) in cases.into_iter().enumerate() {
        let res = post(body, content_type).await.unwrap();
        assert_eq!(res.status(), status, "case {i}");
        assert!(res.headers().contains_key("x-request-id"), "case {i}");
        let err: Value = res.json().await.unwrap();
        assert_eq!(err["error"]["code"], status.as_u16(), "case {i}: {err}");
        assert_eq!(err["error"]["status"], name, "case {i}: {err}");
        assert!(!err["error"]["message"].as_str().unwrap().is_empty());
    }
    // An oversized body is refused from its Content-Length, before it is read. (A client still
    // writing the rest then sees the connection close, so this one sends only the head.)
    let addr = gw.addr;
    let answer = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
        let head = "POST /v1/query-classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n{";
        stream.write_all(head.as_bytes()).unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        String::from_utf8_lossy(&answer).into_owned()
    })
    .await
    .unwrap();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    let err: Value = serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(err["error"]["status"], "PAYLOAD_TOO_LARGE", "{err}");

    // Control characters inside real text are fine: the tokenizer drops them.
    let res = post(json!({"text": "tab\tnull\u{0000}bell\u{0007} 🙂 日本"}).to_string().into(), "application/json")
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);

    let res = client.get(url(&gw, "/v1/query-classify")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], 405);
    let res = client.get(url(&gw, "/nope")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["status"], "NOT_FOUND");

    let m = metrics(&client, &gw).await;
    assert_eq!(metric(&m, "query_gateway_inference_errors_total"), 0.0);
    assert!(!m.lines().any(|l| l.starts_with("query_gateway_requests_total") && l.contains("status=\"5")), "{m}");
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_metrics_and_openapi() {
    let gw = start(&[]).await;
    let client = reqwest::Client::new();
    let live = client.get(url(&gw, "/health/live")).send().await.unwrap();
    assert_eq!(live.status(), StatusCode::OK);
    let ready = client.get(url(&gw, "/health/ready")).send().await.unwrap();
    assert_eq!(ready.status(), StatusCode::OK);
    let deep: Value = client.get(url(&gw, "/health/deep")).send().await.unwrap().json().await.unwrap();
    assert_eq!(deep["model"]["name"], "tiny-bert");
    assert_eq!(deep["model"]["labels"], json!(["fast_path", "slow_path"]));
    assert_eq!(deep["device"]["engine"], "native");
    assert_eq!(deep["device"]["precision"], "f32");
    assert_eq!(deep["batching"]["max_size"], 32);
    assert_eq!(deep["batching"]["workers_running"], 2, "a CPU engine runs two workers by default");
    assert_eq!(deep["batching"]["workers"], 2);
    assert_eq!(deep["cache"]["l2"]["configured"], false);
    assert!(deep["cache"]["l1"]["capacity"].as_u64().unwrap() >= 10_000);

    let m = client.get(url(&gw, "/metrics")).send().await.unwrap();
    assert!(m.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
    let m = m.text().await.unwrap();
    assert_eq!(metric(&m, "query_gateway_model_loaded"), 1.0);
    for name in ["query_gateway_requests_total", "query_gateway_request_duration_seconds_bucket"] {
        assert!(m.contains(name), "{name}");
    }
    let spec: Value = client.get(url(&gw, "/openapi.json")).send().await.unwrap().json().await.unwrap();
    assert!(spec["paths"]["/v1/query-classify"]["post"].is_object());
    assert!(spec["paths"]["/v1/chat/completions"]["post"].is_object());
    assert!(spec["components"]["schemas"]["ClassifyResponse"].is_object());
    gw.stop().await.unwrap();
}

/// Each fixture family serves through the gateway with PyTorch's answers: the label is the
/// reference's argmax and the confidence its softmax (rounded to 4 decimals by the API), and
/// /health/deep names the family.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fixture_family_serves_pytorch_answers() {
    let reference: Value =
        serde_json::from_str(&std::fs::read_to_string(common::fixture("reference.json")).unwrap()).unwrap();
    // Texts without surrounding whitespace (the API trims, the reference did not), 16 tokens at most
    // like the reference.
    let texts: Vec<&str> = reference["texts"].as_array().unwrap()[..5].iter().map(|t| t.as_str().unwrap()).collect();
    let client = reqwest::Client::new();
    for (fixture, family) in [
        ("tiny-bert", "bert"),
        ("tiny-distilbert", "distilbert"),
        ("tiny-roberta", "roberta"),
        ("tiny-xlm-roberta", "xlm-roberta"),
        ("tiny-modernbert", "modernbert"),
        ("tiny-modernbert-cls", "modernbert"),
    ] {
        let dir = common::fixture(fixture);
        let gw = start(&["--model-path", &dir, "--confidence-threshold", "0", "--model-max-length", "16"]).await;
        let deep: Value = client.get(url(&gw, "/health/deep")).send().await.unwrap().json().await.unwrap();
        assert_eq!(deep["model"]["family"], family);
        let res = post_ok(&client, url(&gw, "/v1/query-classify/batch"), json!({ "texts": texts })).await;
        for (i, result) in res["results"].as_array().unwrap().iter().enumerate() {
            let logits: Vec<f64> = reference["models"][fixture]["logits"][i]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_f64().unwrap())
                .collect();
            let best = if logits[1] > logits[0] { 1 } else { 0 };
            let confidence = 1.0 / (1.0 + (-(logits[best] - logits[1 - best])).exp());
            assert_eq!(result["label"], best.to_string(), "{fixture} text {i}: {result}");
            let got = result["confidence"].as_f64().unwrap();
            assert!((got - confidence).abs() < 2e-4, "{fixture} text {i}: confidence {got}, PyTorch {confidence}");
        }
        gw.stop().await.unwrap();
    }
}
