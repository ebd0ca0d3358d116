//! The proxy's cost: the release gateway (its own process, the shipped router) in front of a fast
//! local OpenAI-shaped upstream (in this process, answering at once), driven by N closed-loop
//! clients (one keep-alive HTTP/1.1 connection each). Per load it prints p50/p99 of
//!   - `upstream`: the upstream called directly,
//!   - `classify`: the gateway's /v1/query-classify alone (the figure the proxy is held to),
//!   - `proxy`: /v1/chat/completions with "model": "auto" (total time, non-streaming),
//!   - `upstream stream` / `proxy stream`: time to the first body byte of a streamed answer;
//!
//! with the proxy's added time (proxy minus upstream at the same percentile). Then the gateway's
//! RSS with 1,000 streams held open through it.
//!
//!   cargo bench --bench proxy                    # QG_PROXY_SECS=10 per run, 100 and 1000 clients
//!   QG_PROXY_SECS=5 QG_PROXY_USERS=100 QG_PROXY_STREAMS=1000 cargo bench --bench proxy
//!
//! Texts come from a pool of 200, all in the gateway's L1 cache before the first run (warmed
//! through /v1/query-classify/batch), so `classify` and `proxy` do the same classification work
//! and the difference is the proxy's own. The generator shares the machine's cores with the
//! gateway and the upstream: on a 2-core box the numbers are a ceiling on the cost.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::response::IntoResponse;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1;
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};

#[path = "support/mod.rs"]
mod support;
use support::Server;

/// Streams the upstream holds open (after their first chunk) until released, for the RSS run.
static HOLD: tokio::sync::Notify = tokio::sync::Notify::const_new();
static HOLDING: AtomicUsize = AtomicUsize::new(0);

async fn upstream_chat(axum::Json(body): axum::Json<Value>) -> axum::response::Response {
    let model = body["model"].as_str().unwrap_or_default().to_string();
    let hold = body["hold"].as_bool().unwrap_or(false);
    if body["stream"].as_bool().unwrap_or(false) {
        let first = Bytes::from(format!(
            "data: {}\n\n",
            json!({"object": "chat.completion.chunk", "model": model, "choices": [{"index": 0, "delta": {"content": "hi"}}]})
        ));
        let events = futures::stream::unfold(0, move |i| {
            let first = first.clone();
            async move {
                match i {
                    0 => Some((Ok::<_, std::io::Error>(first), 1)),
                    1 => {
                        if hold {
                            HOLDING.fetch_add(1, Ordering::SeqCst);
                            HOLD.notified().await;
                        }
                        Some((Ok(Bytes::from_static(b"data: [DONE]\n\n")), 2))
                    }
                    _ => None,
                }
            }
        });
        return ([("content-type", "text/event-stream")], axum::body::Body::from_stream(events)).into_response();
    }
    axum::Json(json!({"object": "chat.completion", "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 9, "completion_tokens": 1, "total_tokens": 10}}))
    .into_response()
}

#[derive(Clone, Copy, PartialEq)]
enum Target {
    Upstream,
    Classify,
    Proxy,
}

struct Texts(Vec<String>);

impl Texts {
    fn new() -> Self {
        let path = format!("{}/data/dolly_router.jsonl", env!("CARGO_MANIFEST_DIR"));
        let records = query_gateway::training::data::load(path.as_ref()).unwrap();
        Self(records.iter().map(|r| r.instruction.clone()).filter(|t| t.len() < 300).take(200).collect())
    }

    fn body(&self, target: Target, stream: bool, i: usize) -> Bytes {
        let text = &self.0[i % self.0.len()];
        let body = match target {
            Target::Classify => json!({"text": text}),
            Target::Upstream => {
                json!({"model": "up", "stream": stream, "messages": [{"role": "user", "content": text}]})
            }
            Target::Proxy => {
                json!({"model": "auto", "stream": stream, "messages": [{"role": "user", "content": text}]})
            }
        };
        Bytes::from(body.to_string())
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn connect(port: u16) -> http1::SendRequest<Full<Bytes>> {
    let stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    stream.set_nodelay(true).unwrap();
    let (sender, conn) = http1::handshake(TokioIo::new(stream)).await.unwrap();
    tokio::spawn(conn);
    sender
}

/// One client: requests back to back until `until`; milliseconds to the whole answer, or to
/// its first body frame when `stream`.
async fn client(
    port: u16,
    target: Target,
    stream: bool,
    texts: Arc<Texts>,
    seed: usize,
    until: Instant,
) -> (Vec<f64>, usize) {
    let mut sender = connect(port).await;
    let (mut samples, mut errors) = (Vec::new(), 0);
    let path = if target == Target::Classify { "/v1/query-classify" } else { "/v1/chat/completions" };
    let mut i = seed;
    while Instant::now() < until {
        i += 1;
        let req = hyper::Request::post(path)
            .header("host", "127.0.0.1")
            .header("content-type", "application/json")
            .body(Full::new(texts.body(target, stream, i)))
            .unwrap();
        let started = Instant::now();
        if sender.ready().await.is_err() {
            errors += 1;
            break;
        }
        let Ok(res) = sender.send_request(req).await else {
            errors += 1;
            continue;
        };
        let ok = res.status() == 200;
        let mut body = res.into_body();
        let mut first = None;
        let mut broken = false;
        while let Some(frame) = body.frame().await {
            match frame {
                Ok(_) => first = first.or(Some(started.elapsed())),
                Err(_) => {
                    broken = true;
                    break;
                }
            }
        }
        let total = started.elapsed();
        match (ok && !broken, stream, first) {
            (true, true, Some(ttfb)) => samples.push(ttfb.as_secs_f64() * 1e3),
            (true, false, _) => samples.push(total.as_secs_f64() * 1e3),
            _ => errors += 1,
        }
    }
    (samples, errors)
}

struct Row {
    p50: f64,
    p99: f64,
    rps: f64,
    errors: usize,
}

async fn run(port: u16, target: Target, stream: bool, texts: &Arc<Texts>, users: usize, secs: u64) -> Row {
    let until = Instant::now() + Duration::from_secs(secs);
    let started = Instant::now();
    let tasks: Vec<_> =
        (0..users).map(|u| tokio::spawn(client(port, target, stream, texts.clone(), u * 37, until))).collect();
    let (mut all, mut errors) = (Vec::new(), 0);
    for t in tasks {
        let (s, e) = t.await.unwrap();
        all.extend(s);
        errors += e;
    }
    let rps = all.len() as f64 / started.elapsed().as_secs_f64();
    all.sort_by(f64::total_cmp);
    Row { p50: percentile(&all, 0.5), p99: percentile(&all, 0.99), rps, errors }
}

fn rss_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(f64::NAN);
    kb / 1024.0
}

/// Lifts this process's open-file limit: 1,000 streams cost it 2,000 descriptors (client and
/// upstream ends).
fn raise_open_files() {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit/setrlimit only read and write the struct passed by reference.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
            limit.rlim_cur = limit.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    raise_open_files();
    let secs: u64 = std::env::var("QG_PROXY_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(10);
    let users: Vec<usize> = std::env::var("QG_PROXY_USERS")
        .unwrap_or_else(|_| "100,1000".into())
        .split(',')
        .map(|u| u.trim().parse().unwrap())
        .collect();
    let streams: usize = std::env::var("QG_PROXY_STREAMS").ok().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let app = axum::Router::new().route("/v1/chat/completions", axum::routing::post(upstream_chat));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let up_port = listener.local_addr().unwrap().port();
        tokio::spawn(async move { axum::serve(listener, app).await });
        let routes = format!(
            "[[route]]\nname = \"fast\"\nlabels = [\"0\"]\nbase_url = \"http://127.0.0.1:{up_port}/v1\"\nmodel = \"up-small\"\nmax_concurrency = 4096\n\
             [[route]]\nname = \"slow\"\nlabels = [\"1\"]\nbase_url = \"http://127.0.0.1:{up_port}/v1\"\nmodel = \"up-large\"\nmax_concurrency = 4096\n"
        );
        let routes_path = format!("{}/target/bench-proxy-routes.toml", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(&routes_path, routes).unwrap();
        // A 5 s deadline: 1,000 clients on 2 cores queue longer than the default 1 s.
        let server = Server::start(&[("ROUTES_FILE", routes_path), ("REQUEST_TIMEOUT_MS", "5000".into())]);
        let texts = Arc::new(Texts::new());
        println!("\n| clients | measured | p50 ms | p99 ms | RPS | errors | added p50 ms | added p99 ms |");
        println!("|---|---|---|---|---|---|---|---|");
        let http = reqwest::Client::builder().no_proxy().build().unwrap();
        for chunk in texts.0.chunks(50) {
            let res = http
                .post(format!("http://127.0.0.1:{}/v1/query-classify/batch", server.port))
                .json(&json!({"texts": chunk}))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200, "warming the cache");
        }
        for &n in &users {
            let up = run(up_port, Target::Upstream, false, &texts, n, secs).await;
            let classify = run(server.port, Target::Classify, false, &texts, n, secs).await;
            let proxy = run(server.port, Target::Proxy, false, &texts, n, secs).await;
            let up_s = run(up_port, Target::Upstream, true, &texts, n, secs).await;
            let proxy_s = run(server.port, Target::Proxy, true, &texts, n, secs).await;
            let row = |name: &str, r: &Row, base: Option<&Row>| {
                let added = |f: fn(&Row) -> f64| base.map_or("".into(), |b| format!("{:.2}", f(r) - f(b)));
                println!(
                    "| {n} | {name} | {:.2} | {:.2} | {:.0} | {} | {} | {} |",
                    r.p50,
                    r.p99,
                    r.rps,
                    r.errors,
                    added(|r| r.p50),
                    added(|r| r.p99)
                );
            };
            row("upstream (total)", &up, None);
            row("classify", &classify, None);
            row("proxy (total)", &proxy, Some(&up));
            row("upstream stream (first byte)", &up_s, None);
            row("proxy stream (first byte)", &proxy_s, Some(&up_s));
        }

        // RSS with `streams` streams open through the gateway.
        let pid = server.child.id();
        tokio::time::sleep(Duration::from_secs(1)).await;
        let before = rss_mb(pid);
        let mut open = Vec::with_capacity(streams);
        for i in 0..streams {
            let mut sender = connect(server.port).await;
            let body = json!({"model": "auto", "stream": true, "hold": true,
                              "messages": [{"role": "user", "content": texts.0[i % texts.0.len()]}]});
            let req = hyper::Request::post("/v1/chat/completions")
                .header("host", "127.0.0.1")
                .header("content-type", "application/json")
                .header("x-request-timeout-ms", "30000")
                .body(Full::new(Bytes::from(body.to_string())))
                .unwrap();
            open.push(tokio::spawn(async move {
                let res = sender.send_request(req).await.unwrap();
                let mut body = res.into_body();
                let first = body.frame().await.is_some();
                (first, body, sender)
            }));
        }
        let mut held = Vec::with_capacity(streams);
        for task in open {
            held.push(task.await.unwrap());
        }
        let first_bytes = held.iter().filter(|(first, _, _)| *first).count();
        tokio::time::sleep(Duration::from_millis(500)).await;
        let during = rss_mb(pid);
        println!(
            "\nRSS with {} streams open through the gateway (first byte received on {first_bytes}; the upstream holds {}): \
             {before:.1} MB before, {during:.1} MB during, +{:.1} MB",
            streams,
            HOLDING.load(Ordering::SeqCst),
            during - before
        );
        HOLD.notify_waiters();
        drop(held);
    });
}
