//! Overload and connection safety of the real server over loopback: deadlines keep expired and
//! abandoned work away from the model, stalled connections are cut off, shutdown is bounded.

mod common;

use std::time::{Duration, Instant};

use common::{metric, metrics, start, url};
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;

/// A raw connection that has sent `bytes`.
fn raw(addr: std::net::SocketAddr, bytes: &[u8]) -> TcpStream {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.write_all(bytes).unwrap();
    stream
}

/// Reads until the server closes the connection (or `limit` passes), off the runtime's threads;
/// returns what it sent and whether it closed.
async fn read_until_closed(stream: &TcpStream, limit: Duration) -> (Vec<u8>, bool) {
    let mut stream = stream.try_clone().unwrap();
    tokio::task::spawn_blocking(move || {
        let deadline = Instant::now() + limit;
        let mut seen = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return (seen, false);
            }
            stream.set_read_timeout(Some(left)).unwrap();
            match stream.read(&mut buf) {
                Ok(0) => return (seen, true),
                Ok(n) => seen.extend_from_slice(&buf[..n]),
                Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                    return (seen, false)
                }
                Err(_) => return (seen, true),
            }
        }
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_and_idle_connections_are_closed_after_the_header_timeout() {
    let gw = start(&["--header-read-timeout-ms", "500"]).await;
    let started = Instant::now();
    // A slowloris: a request line and one header, then nothing.
    let stalled = raw(gw.addr, b"POST /v1/query-classify HTTP/1.1\r\nHost: x\r\n");
    // A connection that never sends a byte, and one left idle after a keep-alive request.
    let silent = raw(gw.addr, b"");
    let idle = raw(gw.addr, b"GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n");
    let first = {
        let mut idle = idle.try_clone().unwrap();
        tokio::task::spawn_blocking(move || {
            let mut first = [0u8; 12];
            idle.read_exact(&mut first).unwrap();
            first
        })
        .await
        .unwrap()
    };
    assert_eq!(&first, b"HTTP/1.1 200");

    // Meanwhile a normal client is served.
    let client = reqwest::Client::new();
    let res =
        client.post(url(&gw, "/v1/query-classify")).json(&json!({"text": "a normal client"})).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);

    for (name, stream) in [("stalled", &stalled), ("silent", &silent), ("idle", &idle)] {
        let (_, closed) = read_until_closed(stream, Duration::from_secs(10)).await;
        assert!(closed, "{name} connection still open after {:?}", started.elapsed());
    }
    // Generous: the point is that they are closed at all, by the server.
    assert!(started.elapsed() < Duration::from_secs(8), "took {:?}", started.elapsed());
    // A new client: the first one's pooled connection may be closing right now (idle 500 ms).
    let m = metrics(&reqwest::Client::new(), &gw).await;
    // Left: the scrape's connection, perhaps the normal client's (closing when idle for 500 ms).
    assert!(metric(&m, "query_gateway_connections") <= 2.0, "the raw connections are gone: {m}");
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_body_gets_408_and_the_connection_closes() {
    let gw = start(&["--body-read-timeout-ms", "300"]).await;
    let stream = raw(
        gw.addr,
        b"POST /v1/query-classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"text\":",
    );
    let (answer, closed) = read_until_closed(&stream, Duration::from_secs(10)).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.to_ascii_lowercase().contains("connection: close"), "{answer}");
    assert!(closed);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dribbled_body_gets_408_when_the_whole_body_is_late() {
    let gw = start(&["--body-read-timeout-ms", "2000"]).await;
    let stream = raw(
        gw.addr,
        b"POST /v1/query-classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n",
    );
    let started = Instant::now();
    // A byte a second: every read comes well within the timeout, the body as a whole never does.
    let dribbler = {
        let mut stream = stream.try_clone().unwrap();
        std::thread::spawn(move || {
            for _ in 0..30 {
                if stream.write_all(b" ").is_err() {
                    return;
                }
                std::thread::sleep(Duration::from_secs(1));
            }
        })
    };
    let (answer, closed) = read_until_closed(&stream, Duration::from_secs(20)).await;
    let elapsed = started.elapsed();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "after {elapsed:?}: {answer}");
    assert!(answer.to_ascii_lowercase().contains("connection: close"), "{answer}");
    assert!(answer.contains("\"DEADLINE_EXCEEDED\""), "a JSON error body: {answer}");
    assert!(closed, "the connection is closed after the 408");
    // 2 s of timeout; the rest is slack for a loaded machine (a per-read timeout never fires).
    assert!(elapsed < Duration::from_secs(6), "the 408 took {elapsed:?}");
    drop(stream);
    dribbler.join().unwrap();
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_413_tells_a_keep_alive_client_the_connection_closes() {
    // A body limit of a few KB, so the whole oversized body is written before the answer comes.
    let gw = start(&["--max-text-chars", "10", "--max-batch-texts", "1"]).await;
    let client = reqwest::Client::new();
    let huge = "x".repeat(6_000);
    let res = client.post(url(&gw, "/v1/query-classify")).json(&json!({ "text": huge })).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(res.headers()["connection"], "close");
    // The same client's next request goes through (on a new connection).
    let res = client.post(url(&gw, "/v1/query-classify")).json(&json!({"text": "ok 413"})).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn escaped_batches_within_the_limits_are_accepted() {
    let gw = start(&[]).await;
    let client = reqwest::Client::new();
    // 64 texts of 2,048 characters outside the BMP, every one sent as a \u surrogate pair: 12
    // bytes a character, about 1.6 MB of JSON for what the limits allow.
    let text = format!("\"{}\"", "\\ud83d\\ude00".repeat(2048));
    let body = format!("{{\"texts\": [{}]}}", vec![text; 64].join(","));
    assert!(body.len() > 1_500_000);
    let res = client
        .post(url(&gw, "/v1/query-classify/batch"))
        .header("content-type", "application/json")
        .header("x-request-timeout-ms", "30000")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = res.status();
    let body: Value = res.json().await.unwrap();
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["results"].as_array().unwrap().len(), 64);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invisible_texts_and_bad_request_ids_are_refused_and_not_echoed() {
    let gw = start(&[]).await;
    let client = reqwest::Client::new();
    let res = client
        .post(url(&gw, "/v1/query-classify"))
        .json(&json!({"text": "\u{200b}\u{2060}\u{feff}"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = client
        .post(url(&gw, "/v1/query-classify"))
        .header("x-request-id", "tab\there")
        .json(&json!({"text": "a query"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert_ne!(res.headers()["x-request-id"], "tab\there", "a refused id is not echoed");
    for bad in ["0", "soon", "-5"] {
        let res = client
            .post(url(&gw, "/v1/query-classify"))
            .header("x-request-timeout-ms", bad)
            .json(&json!({"text": "a query"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "x-request-timeout-ms: {bad}");
    }
    gw.stop().await.unwrap();
}

/// `n` texts of 256 tokens each for the real 4-layer model: in batches of 32, model calls that
/// keep the worker busy for a while (seconds on two cores, a good fraction of a second on many).
fn occupying_batch(tag: &str, n: usize) -> Value {
    let texts: Vec<String> =
        (0..n).map(|i| (0..250).map(|j| format!("{tag}{i}x{j}")).collect::<Vec<_>>().join(" ")).collect();
    json!({ "texts": texts })
}

/// Sends a whole request and closes the socket without reading the answer.
async fn abandon(addr: std::net::SocketAddr, text: &str) {
    let body = json!({ "text": text }).to_string();
    let head = format!(
        "POST /v1/query-classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nx-request-timeout-ms: 30000\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let stream = raw(addr, format!("{head}{body}").as_bytes());
    tokio::time::sleep(Duration::from_millis(50)).await;
    drop(stream);
}

/// The value of `name{...label...}` in Prometheus text (0 when absent).
fn labelled(m: &str, name: &str, label: &str) -> f64 {
    m.lines()
        .filter(|l| l.starts_with(&format!("{name}{{")) && l.contains(label))
        .filter_map(|l| l.rsplit_once(' ')?.1.parse::<f64>().ok())
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_expired_and_abandoned_jobs_never_reach_the_model_and_are_counted() {
    let model = format!("{}/models/router", env!("CARGO_MANIFEST_DIR"));
    // One worker, so that work queues behind the batch it runs; a request without a deadline
    // waits for it at most 300 ms.
    let gw = start(&[
        "--model-path",
        &model,
        "--model-max-length",
        "256",
        "--batch-max-size",
        "32",
        "--workers",
        "1",
        "--request-timeout-ms",
        "300",
    ])
    .await;
    let client = reqwest::Client::new();
    let batch_url = url(&gw, "/v1/query-classify/batch");

    // 64 texts of 256 tokens cannot be answered within 200 ms on any CPU: refused up front, not
    // run into a 504.
    let res = client
        .post(&batch_url)
        .header("x-request-timeout-ms", "200")
        .json(&occupying_batch("a", 64))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let body: Value = res.json().await.unwrap();
    assert!(body["error"]["message"].as_str().unwrap().contains("own texts"), "{body}");

    // Without a deadline the same texts are queued: the first 32 run at once, the other 32 wait
    // behind them past 300 ms and are answered unrun, 429.
    let res = client.post(&batch_url).json(&occupying_batch("a", 64)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let body: Value = res.json().await.unwrap();
    assert!(body["error"]["message"].as_str().unwrap().contains("no worker reached"), "{body}");

    // A long request keeps the worker busy while clients send requests and go away.
    let busy = {
        let (client, batch_url) = (client.clone(), batch_url.clone());
        tokio::spawn(async move {
            let res = client
                .post(batch_url)
                .header("x-request-timeout-ms", "30000")
                .json(&occupying_batch("b", 32))
                .send()
                .await;
            res.unwrap().status()
        })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    let addr = gw.addr;
    futures::future::join_all((0..10).map(|i| async move { abandon(addr, &format!("abandoned {i}")).await })).await;
    assert_eq!(busy.await.unwrap(), StatusCode::OK);

    // Everything is answered or dropped: nothing stays active or queued.
    let deadline = Instant::now() + Duration::from_secs(120);
    let m = loop {
        let m = metrics(&client, &gw).await;
        let settled = metric(&m, "query_gateway_active_requests") == 1.0 // the scrape itself
            && metric(&m, "query_gateway_queued_tokens") == 0.0
            && metric(&m, "query_gateway_jobs_skipped_total") >= 42.0;
        if settled {
            break m;
        }
        assert!(Instant::now() < deadline, "not settled: {m}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(metric(&m, "query_gateway_batch_size_sum"), 32.0 + 32.0, "only live texts ran: {m}");
    assert_eq!(labelled(&m, "query_gateway_requests_total", "status=\"504\""), 0.0, "{m}");
    assert_eq!(labelled(&m, "query_gateway_jobs_skipped_total", "reason=\"expired\""), 32.0, "{m}");
    assert_eq!(labelled(&m, "query_gateway_jobs_skipped_total", "reason=\"cancelled\""), 10.0, "{m}");
    let single = |status: &str| {
        labelled(&m, "query_gateway_requests_total", &format!("endpoint=\"/v1/query-classify\",status=\"{status}\""))
    };
    assert_eq!(single("499"), 10.0, "abandoned requests are counted as 499: {m}");
    assert_eq!(metric(&m, "query_gateway_queued_tokens"), 0.0);
    gw.stop().await.unwrap();
}

/// `n` texts of about 100 tokens, distinct per `tag`.
fn texts(tag: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| (0..50).map(|j| format!("{tag}-{i}-{j}")).collect::<Vec<_>>().join(" ")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_without_a_deadline_queue_up_to_the_bound_and_get_429_only_past_it() {
    let model = format!("{}/models/router", env!("CARGO_MANIFEST_DIR"));
    // Room for exactly the burst's 320 texts; one request may hold one text more than that.
    let gw = start(&["--model-path", &model, "--queue-capacity", "320", "--max-batch-texts", "321"]).await;
    let client = reqwest::Client::new();
    let batch_url = url(&gw, "/v1/query-classify/batch");
    // 20 closed-loop clients at once, 16 texts each: seconds of work on two cores, far more than
    // admission by a 1 s deadline would queue, all within the queue's bound.
    let burst = (0..20).map(|i| {
        let (client, batch_url) = (client.clone(), batch_url.clone());
        async move { client.post(batch_url).json(&json!({ "texts": texts(&format!("b{i}"), 16) })).send().await }
    });
    for res in futures::future::join_all(burst).await {
        assert_eq!(res.unwrap().status(), StatusCode::OK);
    }
    let m = metrics(&client, &gw).await;
    assert_eq!(metric(&m, "query_gateway_queue_rejections_total"), 0.0, "{m}");
    assert_eq!(metric(&m, "query_gateway_batch_size_sum"), 320.0, "{m}");

    // A request whose texts cannot fit in the queue, even an empty one.
    let res = client.post(&batch_url).json(&json!({ "texts": texts("over", 321) })).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key("retry-after"));
    let body: Value = res.json().await.unwrap();
    assert!(body["error"]["message"].as_str().unwrap().contains("queue is full"), "{body}");
    assert_eq!(metric(&metrics(&client, &gw).await, "query_gateway_batch_size_sum"), 320.0, "nothing of it ran");
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn headers_over_the_cap_get_431_with_a_json_body() {
    let gw = start(&[]).await;
    let client = reqwest::Client::new();
    let send = |padding: usize| {
        client
            .post(url(&gw, "/v1/query-classify"))
            .header("x-padding", "p".repeat(padding))
            .json(&json!({"text": "a query with headers"}))
            .send()
    };
    assert_eq!(send(32 * 1024).await.unwrap().status(), StatusCode::OK, "below the cap");
    let res = send(100 * 1024).await.unwrap();
    assert_eq!(res.status(), StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    assert_eq!(res.headers()["connection"], "close");
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["status"], "HEADERS_TOO_LARGE", "{body}");
    // Past hyper's read buffer (about 400 KiB) hyper itself refuses, with 431 still.
    assert_eq!(send(500 * 1024).await.unwrap().status(), StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    gw.stop().await.unwrap();
}

#[cfg(unix)]
#[test]
fn sigterm_with_stalled_clients_exits_0_within_the_drain_deadline() {
    use std::process::{Command, Stdio};

    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_query-gateway"))
        .env("APP_HOST", "127.0.0.1")
        .env("APP_PORT", port.to_string())
        .env("MODEL_PATH", common::fixture("tiny-bert"))
        .env("MODEL_DEVICE", "cpu")
        .env("LOG_LEVEL", "warn")
        .env("DRAIN_TIMEOUT_MS", "1000")
        .env("HEADER_READ_TIMEOUT_MS", "60000")
        .env("BODY_READ_TIMEOUT_MS", "60000")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "gateway did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    let stall = |bytes: &[u8]| {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.write_all(bytes).unwrap();
        s
    };
    let _line = stall(b"POST /v1/query-cl");
    let _headers = stall(b"POST /v1/query-classify HTTP/1.1\r\nHost: x\r\n");
    let _body = stall(b"POST /v1/query-classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{\"te");
    std::thread::sleep(Duration::from_millis(200));

    let signalled = Instant::now();
    // SAFETY: sends a signal to the child this test started.
    assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) }, 0);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if signalled.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("still running {:?} after SIGTERM", signalled.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
    // The drain deadline is 1 s; the rest is slack for a loaded machine.
    assert!(signalled.elapsed() < Duration::from_secs(8), "exit took {:?}", signalled.elapsed());
}
