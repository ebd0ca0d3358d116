//! The OpenAI-compatible proxy end to end: a real gateway on a loopback port, and real HTTP
//! upstreams started here on loopback (OpenAI-shaped answers, streams with pauses between
//! chunks, and ones that fail with 500, answer 429, hang, or die mid-stream), over TLS too, with
//! certificates from a CA made here.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use futures::StreamExt;
use query_gateway::server::Gateway;
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use serde_json::{json, Value};

use common::{metric, url};

/// API keys the routes name; set once for the whole test binary.
const FAST_KEY_VAR: &str = "QG_PROXY_TEST_FAST_KEY";
const FAST_KEY: &str = "sk-fast-3b1f0c9e-never-logged";
const SLOW_KEY_VAR: &str = "QG_PROXY_TEST_SLOW_KEY";
const SLOW_KEY: &str = "sk-slow-77d2a4e1-never-logged";
/// A client's key to the gateway itself (API_KEYS_FILE).
const INBOUND_KEY_VAR: &str = "QG_PROXY_TEST_INBOUND_KEY";
const INBOUND_KEY: &str = "sk-inbound-5e0c81aa-never-logged";

/// Texts the shipped router labels clearly (fast path 0, slow path 1).
const FAST_TEXT: &str = "Classify these animals as mammals or birds: cat, eagle, whale";
const SLOW_TEXT: &str = "Write a poem about the sea at night";

/// Every log line any gateway in this binary writes, as JSON lines.
static LOGS: Mutex<Vec<u8>> = Mutex::new(Vec::new());

struct Capture;

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        LOGS.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn setup() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::env::set_var(FAST_KEY_VAR, FAST_KEY);
        std::env::set_var(SLOW_KEY_VAR, SLOW_KEY);
        std::env::set_var(INBOUND_KEY_VAR, INBOUND_KEY);
        // Debug level: hyper's and reqwest's lines too, where a leaked header would show.
        let _ = tracing_subscriber::fmt().with_env_filter("debug").with_writer(|| Capture).json().try_init();
    });
}

fn logs() -> String {
    String::from_utf8_lossy(&LOGS.lock().unwrap()).into_owned()
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// What a test upstream does with a chat request.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Behaviour {
    /// A chat.completion JSON answer with `usage`.
    Answer,
    /// SSE: `chunks` deltas `gap` apart, then a usage chunk and `[DONE]`.
    Stream {
        chunks: usize,
        gap: Duration,
    },
    /// SSE like `Stream` without gaps, then its connection held open 10 s after `[DONE]`.
    StreamHeld {
        chunks: usize,
    },
    /// Sends `chunks` deltas, then its connection breaks.
    DieMidStream {
        chunks: usize,
    },
    Fail500,
    RateLimited429,
    BadRequest400,
    /// Never answers.
    Hang,
}

#[derive(Default)]
struct Seen {
    hits: AtomicUsize,
    requests: Mutex<Vec<(HeaderMap, Value)>>,
    /// When a stream was dropped before its end (its client, the gateway, went away).
    stream_dropped: Mutex<Option<Instant>>,
    /// When the last SSE event left.
    last_sent: Mutex<Option<Instant>>,
}

struct TestUpstream {
    addr: std::net::SocketAddr,
    behaviour: Arc<Mutex<Behaviour>>,
    seen: Arc<Seen>,
}

impl TestUpstream {
    async fn start(behaviour: Behaviour) -> Self {
        let (upstream, app, listener) = Self::bind(behaviour).await;
        tokio::spawn(async move { axum::serve(listener, app).await });
        upstream
    }

    /// The same upstream behind TLS with `server`'s certificate; serve it at `https_url`.
    async fn start_tls(behaviour: Behaviour, server: rustls::ServerConfig) -> Self {
        let (upstream, app, listener) = Self::bind(behaviour).await;
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server));
        tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let (acceptor, app) = (acceptor.clone(), app.clone());
                tokio::spawn(async move {
                    // A refused handshake ends only its own connection.
                    let Ok(tls) = acceptor.accept(tcp).await else { return };
                    let service = hyper_util::service::TowerToHyperService::new(app);
                    let io = hyper_util::rt::TokioIo::new(tls);
                    let _ = hyper::server::conn::http1::Builder::new().serve_connection(io, service).await;
                });
            }
        });
        upstream
    }

    async fn bind(behaviour: Behaviour) -> (Self, axum::Router, tokio::net::TcpListener) {
        let behaviour = Arc::new(Mutex::new(behaviour));
        let seen = Arc::new(Seen::default());
        let app = axum::Router::new()
            .route("/v1/chat/completions", axum::routing::post(upstream_chat))
            .with_state((behaviour.clone(), seen.clone()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        (Self { addr, behaviour, seen }, app, listener)
    }

    fn https_url(&self) -> String {
        format!("https://{}/v1", self.addr)
    }

    fn set(&self, behaviour: Behaviour) {
        *self.behaviour.lock().unwrap() = behaviour;
    }

    fn hits(&self) -> usize {
        self.seen.hits.load(Ordering::SeqCst)
    }

    fn last_request(&self) -> (HeaderMap, Value) {
        self.seen.requests.lock().unwrap().last().cloned().expect("the upstream got a request")
    }

    fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }
}

/// A certificate authority made for one test, and the certificates it signs.
struct TestCa {
    cert: rcgen::Certificate,
    issuer: rcgen::Issuer<'static, rcgen::KeyPair>,
}

impl TestCa {
    fn new(name: &str) -> Self {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params.distinguished_name.push(rcgen::DnType::CommonName, name);
        let cert = params.self_signed(&key).unwrap();
        Self { cert, issuer: rcgen::Issuer::new(params, key) }
    }

    /// A certificate for `names` (an IP or a DNS name each); `expired` sets it in the past.
    fn sign(&self, names: &[&str], expired: bool) -> (rcgen::Certificate, rcgen::KeyPair) {
        let key = rcgen::KeyPair::generate().unwrap();
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let mut params = rcgen::CertificateParams::new(names).unwrap();
        if expired {
            (params.not_before, params.not_after) =
                (rcgen::date_time_ymd(2020, 1, 1), rcgen::date_time_ymd(2021, 1, 1));
        }
        (params.signed_by(&key, &self.issuer).unwrap(), key)
    }

    /// A TLS server config presenting a certificate for `names`; `clients` requires client
    /// certificates signed by this CA.
    fn server(&self, names: &[&str], expired: bool, clients: bool) -> rustls::ServerConfig {
        let (cert, key) = self.sign(names, expired);
        let key = PrivateKeyDer::from(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .unwrap();
        let builder = if clients {
            let mut roots = rustls::RootCertStore::empty();
            roots.add(self.cert.der().clone()).unwrap();
            let verifier =
                rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider).build().unwrap();
            builder.with_client_cert_verifier(verifier)
        } else {
            builder.with_no_client_auth()
        };
        builder.with_single_cert(vec![cert.der().clone()], key).unwrap()
    }

    /// Writes the CA certificate to a file and returns its path.
    fn ca_file(&self) -> String {
        write_file("ca.pem", &self.cert.pem())
    }

    /// Writes a client certificate and its key to files and returns their paths.
    fn client_files(&self, name: &str) -> (String, String) {
        let (cert, key) = self.sign(&[name], false);
        (write_file("client.pem", &cert.pem()), write_file("client-key.pem", &key.serialize_pem()))
    }
}

/// Writes `text` to a new file under the tests' scratch folder, named after `name`.
fn write_file(name: &str, text: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let path =
        format!("{}/{}-{}-{name}", env!("CARGO_TARGET_TMPDIR"), std::process::id(), N.fetch_add(1, Ordering::SeqCst));
    std::fs::write(&path, text).unwrap();
    path
}

/// Marks a stream dropped before its last event left.
struct StreamGuard {
    seen: Arc<Seen>,
}

impl Drop for StreamGuard {
    fn drop(&mut self) {
        if self.seen.last_sent.lock().unwrap().is_none() {
            *self.seen.stream_dropped.lock().unwrap() = Some(Instant::now());
        }
    }
}

fn sse(event: Value) -> axum::body::Bytes {
    format!("data: {event}\n\n").into()
}

async fn upstream_chat(
    axum::extract::State((behaviour, seen)): axum::extract::State<(Arc<Mutex<Behaviour>>, Arc<Seen>)>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    seen.hits.fetch_add(1, Ordering::SeqCst);
    seen.requests.lock().unwrap().push((headers, body.clone()));
    let model = body["model"].as_str().unwrap_or_default().to_string();
    let behaviour = *behaviour.lock().unwrap();
    match behaviour {
        Behaviour::Answer => Json(json!({
            "id": "chatcmpl-t", "object": "chat.completion", "created": 1, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "hello"}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}
        }))
        .into_response(),
        Behaviour::Stream { chunks, gap } => sse_answer(model, seen, chunks, gap, Duration::ZERO),
        Behaviour::StreamHeld { chunks } => sse_answer(model, seen, chunks, Duration::ZERO, Duration::from_secs(10)),
        Behaviour::DieMidStream { chunks } => {
            let events = futures::stream::iter(0..=chunks).then(move |i| {
                let event = delta(&model, i);
                async move {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    if i == chunks {
                        Err(std::io::Error::other("the upstream died"))
                    } else {
                        Ok(sse(event))
                    }
                }
            });
            ([("content-type", "text/event-stream")], Body::from_stream(events)).into_response()
        }
        Behaviour::Fail500 => {
            (StatusCode::INTERNAL_SERVER_ERROR, Json(json!({"error": {"message": "upstream exploded"}})))
                .into_response()
        }
        Behaviour::RateLimited429 => (
            StatusCode::TOO_MANY_REQUESTS,
            [("retry-after", "7")],
            Json(json!({"error": {"message": "slow down", "type": "requests"}})),
        )
            .into_response(),
        Behaviour::BadRequest400 => (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": {"message": "max_tokens is too large", "type": "invalid_request_error"}})),
        )
            .into_response(),
        Behaviour::Hang => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            StatusCode::OK.into_response()
        }
    }
}

/// A chat.completion.chunk with one delta.
fn delta(model: &str, i: usize) -> Value {
    json!({"id": "chatcmpl-t", "object": "chat.completion.chunk", "model": model,
           "choices": [{"index": 0, "delta": {"content": format!("part{i} ")}}]})
}

/// SSE: `chunks` deltas `gap` apart, a usage chunk and `[DONE]`; the stream ends `hold` later.
fn sse_answer(model: String, seen: Arc<Seen>, chunks: usize, gap: Duration, hold: Duration) -> Response {
    let usage = json!({"id": "chatcmpl-t", "object": "chat.completion.chunk", "model": model, "choices": [],
                       "usage": {"prompt_tokens": 5, "completion_tokens": chunks}});
    let guard = StreamGuard { seen };
    let events = futures::stream::unfold((0, guard), move |(i, guard)| {
        let (delta, usage) = (delta(&model, i), usage.clone());
        async move {
            if i > 0 {
                tokio::time::sleep(gap).await;
            }
            let event = match i {
                i if i < chunks => sse(delta),
                i if i == chunks => sse(usage),
                i if i == chunks + 1 => "data: [DONE]\n\n".into(),
                _ => {
                    tokio::time::sleep(hold).await;
                    return None;
                }
            };
            if i == chunks + 1 {
                *guard.seen.last_sent.lock().unwrap() = Some(Instant::now());
            }
            Some((Ok::<_, std::io::Error>(event), (i + 1, guard)))
        }
    });
    ([("content-type", "text/event-stream")], Body::from_stream(events)).into_response()
}

/// One `[[route]]` table; `extra` adds lines.
fn route(name: &str, labels: &[&str], base_url: &str, model: &str, extra: &str) -> String {
    let labels: Vec<String> = labels.iter().map(|l| format!("{l:?}")).collect();
    format!(
        "[[route]]\nname = {name:?}\nlabels = [{}]\nbase_url = {base_url:?}\nmodel = {model:?}\n{extra}\n",
        labels.join(", ")
    )
}

/// Writes `routes` to a file of its own and starts a gateway with it (the shipped router when
/// `shipped`, else the tiny fixture model), plus `extra` flags.
async fn gateway(routes: &str, shipped: bool, extra: &[&str]) -> Gateway {
    setup();
    let path = routes_file(routes);
    let model = format!("{}/models/router", env!("CARGO_MANIFEST_DIR"));
    let mut args = vec!["--routes-file", path.as_str()];
    if shipped {
        args.extend(["--model-path", model.as_str()]);
    }
    args.extend_from_slice(extra);
    common::start(&args).await
}

fn routes_file(routes: &str) -> String {
    write_file("routes.toml", routes)
}

/// A loopback port with nothing listening on it.
fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}/v1")
}

fn chat(model: &str, text: &str) -> Value {
    json!({"model": model, "messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": text}]})
}

async fn post(client: &reqwest::Client, gw: &Gateway, body: &Value) -> reqwest::Response {
    client.post(url(gw, "/v1/chat/completions")).json(body).send().await.unwrap()
}

fn header<'a>(res: &'a reqwest::Response, name: &str) -> &'a str {
    res.headers().get(name).map(|v| v.to_str().unwrap()).unwrap_or_default()
}

/// A labelled metric's value: `name{labels...}` where every `(key, value)` pair matches.
fn metric_with(text: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    text.lines()
        .filter(|l| l.starts_with(&format!("{name}{{")))
        .filter(|l| labels.iter().all(|(k, v)| l.contains(&format!("{k}=\"{v}\""))))
        .filter_map(|l| l.rsplit_once(' ')?.1.parse::<f64>().ok())
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auto_routes_each_label_to_its_upstream_with_the_model_rewritten() {
    let (fast, slow) = (TestUpstream::start(Behaviour::Answer).await, TestUpstream::start(Behaviour::Answer).await);
    let routes = route("fast", &["0"], &fast.base_url(), "small-model", &format!("api_key_env = {FAST_KEY_VAR:?}"))
        + &route("slow", &["slow_path"], &slow.base_url(), "large-model", "");
    let gw = gateway(&routes, true, &[]).await;
    let client = client();

    let res = client
        .post(url(&gw, "/v1/chat/completions"))
        .header("x-request-id", "proxy-req-1")
        .header("authorization", "Bearer client-own-token")
        .header("x-request-timeout-ms", "20000")
        .json(&chat("auto", FAST_TEXT))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header(&res, "x-route"), "fast");
    assert_eq!(header(&res, "x-route-label"), "0");
    assert_eq!(header(&res, "x-request-id"), "proxy-req-1");
    let confidence: f64 = header(&res, "x-route-confidence").parse().unwrap();
    assert!((0.6..=1.0).contains(&confidence), "{confidence}");
    let upstream_ms: f64 = header(&res, "x-upstream-latency").parse().unwrap();
    assert!(upstream_ms >= 0.0);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["model"], "small-model", "{body}");
    assert_eq!((fast.hits(), slow.hits()), (1, 0));
    let (headers, sent) = fast.last_request();
    assert_eq!(sent["model"], "small-model");
    assert_eq!(sent["messages"][1]["content"], FAST_TEXT, "the rest of the body is the client's");
    assert_eq!(headers["authorization"], format!("Bearer {FAST_KEY}"), "the route's key replaces the client's");
    assert_eq!(headers["x-request-id"], "proxy-req-1");
    assert!(!headers.contains_key("x-request-timeout-ms"));

    // The slow path; the client's Authorization is dropped (the route has no key).
    let res = client
        .post(url(&gw, "/v1/chat/completions"))
        .header("authorization", "Bearer client-own-token")
        .json(&chat("auto", SLOW_TEXT))
        .send()
        .await
        .unwrap();
    assert_eq!((header(&res, "x-route"), header(&res, "x-route-label")), ("slow", "1"));
    assert_eq!(res.json::<Value>().await.unwrap()["model"], "large-model");
    let (headers, sent) = slow.last_request();
    assert_eq!(sent["model"], "large-model");
    assert!(!headers.contains_key("authorization"), "{headers:?}");

    // Only the latest user turn counts by default; text parts are read.
    let turns = json!({"model": "auto", "messages": [
        {"role": "user", "content": SLOW_TEXT},
        {"role": "assistant", "content": "..."},
        {"role": "user", "content": [{"type": "text", "text": FAST_TEXT}]}]});
    let res = post(&client, &gw, &turns).await;
    assert_eq!(header(&res, "x-route"), "fast");
    res.text().await.unwrap();

    // An upstream model by name goes straight to its route, unclassified.
    let res = post(&client, &gw, &chat("large-model", FAST_TEXT)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header(&res, "x-route"), "slow");
    assert!(res.headers().get("x-route-label").is_none());
    res.text().await.unwrap();
    assert_eq!(slow.hits(), 2);

    // Any other model: a 404 in OpenAI's shape.
    let res = post(&client, &gw, &chat("gpt-9", FAST_TEXT)).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["code"], "model_not_found", "{err}");
    assert!(err["error"]["message"].as_str().unwrap().contains("\"auto\""), "{err}");

    let models: Value = client.get(url(&gw, "/v1/models")).send().await.unwrap().json().await.unwrap();
    let ids: Vec<&str> = models["data"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["auto", "small-model", "large-model"]);

    let m = common::metrics(&client, &gw).await;
    let fast_addr = fast.addr.to_string();
    let fast_labels = [("route", "fast"), ("upstream", fast_addr.as_str())];
    assert_eq!(
        metric_with(&m, "query_gateway_proxy_upstream_requests_total", &[fast_labels[0], ("status", "2xx")]),
        2.0
    );
    assert_eq!(
        metric_with(&m, "query_gateway_proxy_tokens_total", &[fast_labels[0], fast_labels[1], ("kind", "prompt")]),
        22.0
    );
    assert_eq!(metric_with(&m, "query_gateway_proxy_tokens_total", &[("route", "slow"), ("kind", "completion")]), 14.0);
    assert_eq!(metric_with(&m, "query_gateway_proxy_upstream_ttfb_seconds_count", &[("route", "slow")]), 2.0);
    assert_eq!(metric_with(&m, "query_gateway_classifications_total", &[("label", "0")]), 2.0);
    let deep: Value = client.get(url(&gw, "/health/deep")).send().await.unwrap().json().await.unwrap();
    assert_eq!(deep["proxy"]["routes"][0]["circuit"], "closed", "{deep}");
    assert_eq!(deep["proxy"]["routes"][0]["api_key_env"], FAST_KEY_VAR);
    for text in [&m, &deep.to_string(), &logs()] {
        assert!(!text.contains(FAST_KEY), "the key leaked");
    }
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streams_reach_the_client_chunk_by_chunk_as_the_upstream_sends_them() {
    let gap = Duration::from_millis(300);
    let up = TestUpstream::start(Behaviour::Stream { chunks: 5, gap }).await;
    let gw = gateway(&route("only", &["0", "1"], &up.base_url(), "m", ""), true, &[]).await;
    let client = client();
    let mut body = chat("auto", SLOW_TEXT);
    body["stream"] = json!(true);
    let sent = Instant::now();
    let res = post(&client, &gw, &body).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(header(&res, "content-type").starts_with("text/event-stream"));
    let mut chunks = Vec::new();
    let mut stream = res.bytes_stream();
    while let Some(chunk) = stream.next().await {
        chunks.push((Instant::now(), chunk.unwrap()));
    }
    let finished = up.seen.last_sent.lock().unwrap().expect("the upstream finished");
    let text: String = chunks.iter().map(|(_, c)| String::from_utf8_lossy(c).into_owned()).collect();
    for i in 0..5 {
        assert!(text.contains(&format!("part{i} ")), "{text}");
    }
    assert!(text.trim_end().ends_with("data: [DONE]"), "{text}");
    // The first chunk arrived while the upstream still had 1.5 s of chunks to send, and they kept
    // arriving spread over that time: nothing buffered the whole answer.
    let first = chunks[0].0;
    assert!(first + Duration::from_millis(1000) < finished, "first chunk {:?} after sending", first - sent);
    let spread = chunks.last().unwrap().0 - first;
    assert!(chunks.len() >= 5 && spread >= Duration::from_millis(1200), "{} chunks over {spread:?}", chunks.len());

    let m = common::metrics(&client, &gw).await;
    assert_eq!(
        metric_with(&m, "query_gateway_proxy_tokens_total", &[("kind", "completion")]),
        5.0,
        "usage from the SSE"
    );
    assert_eq!(metric_with(&m, "query_gateway_proxy_upstream_duration_seconds_count", &[("route", "only")]), 1.0);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_upstreams_answer_and_bad_certificates_get_a_502_naming_the_problem() {
    let ca = TestCa::new("query-gateway test CA");
    let ca_file = ca.ca_file();
    let other_ca_file = TestCa::new("another CA").ca_file();
    let (client_cert, client_key) = ca.client_files("gateway.test");
    let good = TestUpstream::start_tls(Behaviour::Answer, ca.server(&["127.0.0.1"], false, false)).await;
    let expired = TestUpstream::start_tls(Behaviour::Answer, ca.server(&["127.0.0.1"], true, false)).await;
    let elsewhere = TestUpstream::start_tls(Behaviour::Answer, ca.server(&["llm.example"], false, false)).await;
    let mutual = TestUpstream::start_tls(Behaviour::Answer, ca.server(&["127.0.0.1"], false, true)).await;
    let trust = |file: &str| format!("ca_file = {file:?}");
    let with_cert =
        format!("{}\nclient_cert_file = {client_cert:?}\nclient_key_file = {client_key:?}", trust(&ca_file));
    let routes = route("tls", &["0", "1"], &good.https_url(), "m-tls", &trust(&ca_file))
        + &route("public-roots", &[], &good.https_url(), "m-public-roots", "")
        + &route("other-ca", &[], &good.https_url(), "m-other-ca", &trust(&other_ca_file))
        + &route("expired", &[], &expired.https_url(), "m-expired", &trust(&ca_file))
        + &route("wrong-host", &[], &elsewhere.https_url(), "m-wrong-host", &trust(&ca_file))
        + &route("mutual", &[], &mutual.https_url(), "m-mutual", &with_cert)
        + &route("mutual-no-cert", &[], &mutual.https_url(), "m-mutual-no-cert", &trust(&ca_file));
    let gw = gateway(&routes, false, &[]).await;
    let client = client();

    let res = post(&client, &gw, &chat("m-tls", "hi")).await;
    assert_eq!((res.status(), header(&res, "x-route")), (StatusCode::OK, "tls"));
    let answer: Value = res.json().await.unwrap();
    assert_eq!(answer["model"], "m-tls");
    good.set(Behaviour::Stream { chunks: 3, gap: Duration::from_millis(20) });
    let res =
        post(&client, &gw, &json!({"model": "m-tls", "stream": true, "messages": [{"role": "user", "content": "hi"}]}))
            .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header(&res, "content-type"), "text/event-stream");
    let text = res.text().await.unwrap();
    assert!(text.contains("part2") && text.ends_with("data: [DONE]\n\n"), "{text}");
    let res = post(&client, &gw, &chat("m-mutual", "hi")).await;
    assert_eq!(res.status(), StatusCode::OK, "the client certificate is presented");
    res.text().await.unwrap();

    for (model, route, problem) in [
        ("m-public-roots", "public-roots", "not signed by a trusted CA"),
        ("m-other-ca", "other-ca", "not signed by a trusted CA"),
        ("m-expired", "expired", "expired"),
        ("m-wrong-host", "wrong-host", "not valid for the route's host name"),
        ("m-mutual-no-cert", "mutual-no-cert", "refused the handshake"),
    ] {
        let res = post(&client, &gw, &chat(model, "hi")).await;
        assert_eq!(res.status(), StatusCode::BAD_GATEWAY, "{route}");
        let err: Value = res.json().await.unwrap();
        let detail =
            logs().lines().rev().find(|l| l.contains("no upstream answered") && l.contains(route)).map(str::to_string);
        assert_eq!(
            (err["error"]["type"].as_str(), err["error"]["code"].as_str()),
            (Some("upstream_error"), Some("upstream_tls")),
            "{route}: {err} {detail:?}"
        );
        let message = err["error"]["message"].as_str().unwrap();
        assert!(message.contains(&format!("{route:?}")) && message.contains(problem), "{route}: {message}");
        assert!(!message.contains("127.0.0.1"), "the client never sees the upstream's address: {message}");
    }
    let m = common::metrics(&client, &gw).await;
    for route in ["public-roots", "other-ca", "expired", "wrong-host", "mutual-no-cert"] {
        assert_eq!(
            metric_with(&m, "query_gateway_proxy_upstream_failures_total", &[("route", route), ("reason", "tls")]),
            1.0,
            "{route}"
        );
    }
    assert_eq!(
        metric_with(&m, "query_gateway_proxy_tokens_total", &[("route", "tls"), ("kind", "completion")]),
        7.0 + 3.0,
        "usage read through TLS, plain and streamed"
    );
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_before_the_first_byte_fall_back_once() {
    let backup = TestUpstream::start(Behaviour::Answer).await;
    let failing = TestUpstream::start(Behaviour::Fail500).await;
    let refused = closed_port();
    let fast_timeouts = "first_byte_timeout_ms = 400\ntotal_timeout_ms = 5000";
    let routes = route("p500", &["0"], &failing.base_url(), "m-500", "fallback = \"backup\"")
        + &route("refused", &[], &refused, "m-refused", "fallback = \"backup\"")
        + &route("hang", &[], &failing.base_url(), "m-hang", &format!("fallback = \"backup\"\n{fast_timeouts}"))
        + &route("backup", &["1"], &backup.base_url(), "m-backup", "")
        + &route("alone500", &[], &failing.base_url(), "m-alone500", "")
        + &route("alone-refused", &[], &refused, "m-alone-refused", "")
        + &route("alone-hang", &[], &failing.base_url(), "m-alone-hang", fast_timeouts);
    let gw = gateway(&routes, false, &[]).await;
    let client = client();

    for (behaviour, model, route) in [
        (Behaviour::Fail500, "m-500", "p500"),
        (Behaviour::RateLimited429, "m-500", "p500"),
        (Behaviour::Fail500, "m-refused", "refused"),
        (Behaviour::Hang, "m-hang", "hang"),
    ] {
        failing.set(behaviour);
        let before = backup.hits();
        let res = post(&client, &gw, &chat(model, "hi")).await;
        assert_eq!(res.status(), StatusCode::OK, "{behaviour:?} on {route}");
        assert_eq!(header(&res, "x-route"), "backup");
        assert_eq!(header(&res, "x-route-fallback-from"), route);
        assert_eq!(res.json::<Value>().await.unwrap()["model"], "m-backup", "the model is the fallback's");
        assert_eq!(backup.hits(), before + 1);
    }
    let m = common::metrics(&client, &gw).await;
    assert_eq!(metric_with(&m, "query_gateway_proxy_retries_total", &[("route", "p500")]), 2.0);
    assert_eq!(
        metric_with(&m, "query_gateway_proxy_fallbacks_total", &[("route", "hang"), ("fallback", "backup")]),
        1.0
    );
    assert_eq!(
        metric_with(&m, "query_gateway_proxy_upstream_failures_total", &[("route", "refused"), ("reason", "connect")]),
        1.0
    );
    assert_eq!(
        metric_with(&m, "query_gateway_proxy_upstream_failures_total", &[("route", "hang"), ("reason", "timeout")]),
        1.0
    );

    // Nothing left to try: the upstream's own error answer as it is, else the gateway's own
    // error in OpenAI's shape.
    failing.set(Behaviour::Fail500);
    let res = post(&client, &gw, &chat("m-alone500", "hi")).await;
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(res.json::<Value>().await.unwrap(), json!({"error": {"message": "upstream exploded"}}));
    failing.set(Behaviour::RateLimited429);
    let res = post(&client, &gw, &chat("m-alone500", "hi")).await;
    assert_eq!((res.status(), header(&res, "retry-after")), (StatusCode::TOO_MANY_REQUESTS, "7"));
    let res = post(&client, &gw, &chat("m-alone-refused", "hi")).await;
    assert_eq!(res.status(), StatusCode::BAD_GATEWAY);
    let err: Value = res.json().await.unwrap();
    assert_eq!(
        (err["error"]["type"].as_str(), err["error"]["code"].as_str()),
        (Some("upstream_error"), Some("upstream_unreachable"))
    );
    let message = err["error"]["message"].as_str().unwrap();
    assert!(message.contains("alone-refused") && message.contains("could not be reached"), "{err}");
    assert!(!message.contains("127.0.0.1") && !message.contains("os error"), "no address, no socket error: {err}");
    failing.set(Behaviour::Hang);
    let started = Instant::now();
    let res = post(&client, &gw, &chat("m-alone-hang", "hi")).await;
    assert_eq!(res.status(), StatusCode::GATEWAY_TIMEOUT);
    assert!(started.elapsed() < Duration::from_secs(3), "the first-byte timeout bounds the wait");
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "upstream_timeout");

    // An upstream's 4xx is the client's problem: passed on as it is, never retried.
    failing.set(Behaviour::BadRequest400);
    let before = backup.hits();
    let res = post(&client, &gw, &chat("m-500", "hi")).await;
    assert_eq!((res.status(), header(&res, "x-route")), (StatusCode::BAD_REQUEST, "p500"));
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["message"], "max_tokens is too large");
    assert_eq!(backup.hits(), before);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_retried_after_the_first_byte() {
    let dying = TestUpstream::start(Behaviour::DieMidStream { chunks: 2 }).await;
    let backup = TestUpstream::start(Behaviour::Answer).await;
    let routes = route("dying", &["0", "1"], &dying.base_url(), "m", "fallback = \"backup\"")
        + &route("backup", &[], &backup.base_url(), "m-backup", "");
    let gw = gateway(&routes, false, &[]).await;
    let client = client();
    let mut body = chat("m", "hi");
    body["stream"] = json!(true);
    let res = post(&client, &gw, &body).await;
    assert_eq!((res.status(), header(&res, "x-route")), (StatusCode::OK, "dying"));
    let mut received = String::new();
    let mut stream = res.bytes_stream();
    let mut broke = false;
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(c) => received.push_str(&String::from_utf8_lossy(&c)),
            Err(_) => {
                broke = true;
                break;
            }
        }
    }
    assert!(received.contains("part0") && received.contains("part1"), "{received}");
    assert!(broke, "the client's stream is cut, not ended cleanly: {received}");
    assert_eq!(backup.hits(), 0, "no fallback after the first byte");
    let m = common::metrics(&client, &gw).await;
    assert_eq!(metric_with(&m, "query_gateway_proxy_upstream_failures_total", &[("reason", "stream")]), 1.0);
    assert_eq!(metric(&m, "query_gateway_proxy_retries_total"), 0.0);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_breaker_opens_after_consecutive_failures_and_a_probe_closes_it() {
    let up = TestUpstream::start(Behaviour::Fail500).await;
    // A cool-down long enough that a stalled machine still checks the open state inside it.
    let routes =
        format!("[breaker]\nfailures = 2\ncool_down_ms = 2000\n\n{}", route("r", &["0", "1"], &up.base_url(), "m", ""));
    let gw = gateway(&routes, false, &[]).await;
    let client = client();
    let circuit = |deep: Value| deep["proxy"]["routes"][0]["circuit"].as_str().unwrap().to_string();
    let deep = || async { client.get(url(&gw, "/health/deep")).send().await.unwrap().json::<Value>().await.unwrap() };
    for _ in 0..2 {
        assert_eq!(post(&client, &gw, &chat("m", "hi")).await.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }
    assert_eq!(circuit(deep().await), "open");
    let res = post(&client, &gw, &chat("m", "hi")).await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(res.headers().contains_key("retry-after"));
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "upstream_circuit_open");
    assert_eq!(up.hits(), 2, "an open circuit does not call the upstream");
    let m = common::metrics(&client, &gw).await;
    assert_eq!(metric_with(&m, "query_gateway_proxy_circuit_state", &[("route", "r")]), 2.0);

    up.set(Behaviour::Answer);
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(circuit(deep().await), "half_open");
    assert_eq!(post(&client, &gw, &chat("m", "hi")).await.status(), StatusCode::OK, "the probe");
    assert_eq!(circuit(deep().await), "closed");
    assert_eq!(up.hits(), 3);
    let m = common::metrics(&client, &gw).await;
    assert_eq!(metric_with(&m, "query_gateway_proxy_circuit_state", &[("route", "r")]), 0.0);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_disconnects_cancels_the_upstream_request() {
    let up = TestUpstream::start(Behaviour::Stream { chunks: 50, gap: Duration::from_millis(100) }).await;
    let gw = gateway(&route("r", &["0", "1"], &up.base_url(), "m", ""), false, &[]).await;
    let client = client();
    let mut body = chat("m", "hi");
    body["stream"] = json!(true);
    let res = post(&client, &gw, &body).await;
    let mut stream = res.bytes_stream();
    let first = stream.next().await.unwrap().unwrap();
    assert!(String::from_utf8_lossy(&first).contains("part0"));
    drop(stream);
    drop(client);
    let left = Instant::now();
    let dropped = loop {
        if let Some(at) = *up.seen.stream_dropped.lock().unwrap() {
            break at;
        }
        assert!(left.elapsed() < Duration::from_secs(3), "the upstream still streams 3 s after the client left");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert!(up.seen.last_sent.lock().unwrap().is_none(), "the upstream never finished its 5 s answer");
    assert!(dropped - left < Duration::from_secs(2));
    let m = common::metrics(&reqwest::Client::new(), &gw).await;
    assert_eq!(metric_with(&m, "query_gateway_proxy_upstream_duration_seconds_count", &[("route", "r")]), 1.0);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_keys_never_reach_logs_metrics_health_or_errors() {
    let up = TestUpstream::start(Behaviour::Answer).await;
    let routes = route("keyed", &["0", "1"], &up.base_url(), "m", &format!("api_key_env = {SLOW_KEY_VAR:?}"))
        + &route("keyed-down", &[], &closed_port(), "m-down", &format!("api_key_env = {FAST_KEY_VAR:?}"));
    let gw = gateway(&routes, false, &[]).await;
    let client = client();
    let res = client
        .post(url(&gw, "/v1/chat/completions"))
        .header("x-request-id", "key-check-1")
        .json(&chat("m", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    res.text().await.unwrap();
    assert_eq!(up.last_request().0["authorization"], format!("Bearer {SLOW_KEY}"), "the key does reach the upstream");
    let res = client
        .post(url(&gw, "/v1/chat/completions"))
        .header("x-request-id", "key-check-2")
        .json(&chat("m-down", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_GATEWAY);
    let error = res.text().await.unwrap();
    let m = common::metrics(&client, &gw).await;
    let deep = client.get(url(&gw, "/health/deep")).send().await.unwrap().text().await.unwrap();
    gw.stop().await.unwrap();
    let logs = logs();
    assert!(logs.contains("key-check-1") && logs.contains("key-check-2"), "the log capture works");
    for (what, text) in [("logs", &logs), ("metrics", &m), ("/health/deep", &deep), ("the error", &error)] {
        for key in [FAST_KEY, SLOW_KEY] {
            assert!(!text.contains(key), "{what} hold an API key");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_routes_files_are_refused_at_start_naming_file_route_and_field() {
    setup();
    let ok = "http://127.0.0.1:9/v1";
    let good_slow = route("slow", &["1"], ok, "large", "");
    for (routes, needles) in [
        (route("fast", &["7"], ok, "small", "") + &good_slow, vec!["route \"fast\"", "labels", "\"7\""]),
        (
            route("fast", &["0"], ok, "small", "fallback = \"nope\"") + &good_slow,
            vec!["route \"fast\"", "fallback", "nope"],
        ),
        (
            route("fast", &["0"], ok, "small", "api_key_env = \"QG_PROXY_TEST_UNSET\"") + &good_slow,
            vec!["route \"fast\"", "api_key_env", "QG_PROXY_TEST_UNSET"],
        ),
        (route("fast", &["0"], "not a url", "small", "") + &good_slow, vec!["route \"fast\"", "base_url"]),
        (route("fast", &["0"], ok, "small", "timeout = 3") + &good_slow, vec!["route \"fast\"", "timeout"]),
        (route("fast", &["0"], ok, "small", ""), vec!["label 1 (slow_path)", "no route"]),
        ("[[route\n".to_string(), vec!["TOML"]),
    ] {
        let path = routes_file(&routes);
        let err = query_gateway::server::start(common::config(&["--routes-file", &path])).await.err().expect("refused");
        let message = format!("{err:#}");
        assert!(message.contains(&path), "the file is named: {message}");
        for needle in needles {
            assert!(message.contains(needle), "{needle:?} missing from: {message}");
        }
    }
    let missing = format!("{}/no-such-routes.toml", env!("CARGO_TARGET_TMPDIR"));
    let err = query_gateway::server::start(common::config(&["--routes-file", &missing])).await.err().unwrap();
    assert!(format!("{err:#}").contains("no-such-routes.toml"), "{err:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_routes_file_the_proxy_answers_404_and_the_rest_works() {
    setup();
    let gw = common::start(&[]).await;
    let client = client();
    let res = post(&client, &gw, &chat("auto", "hi")).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["code"], "proxy_not_configured", "{err}");
    assert!(err["error"]["message"].as_str().unwrap().contains("ROUTES_FILE"));
    assert_eq!(client.get(url(&gw, "/v1/models")).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    let deep: Value = client.get(url(&gw, "/health/deep")).send().await.unwrap().json().await.unwrap();
    assert_eq!(deep["proxy"]["configured"], false);
    let res = client.post(url(&gw, "/v1/query-classify")).json(&json!({"text": "hi"})).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_chat_requests_get_a_clear_openai_shaped_4xx() {
    let up = TestUpstream::start(Behaviour::Answer).await;
    let gw = gateway(&route("r", &["0", "1"], &up.base_url(), "m", ""), false, &[]).await;
    let client = client();
    let send = |body: &'static str, content_type: &'static str| {
        client.post(url(&gw, "/v1/chat/completions")).header("content-type", content_type).body(body).send()
    };
    for (body, content_type, status, needle) in [
        ("{not json", "application/json", StatusCode::BAD_REQUEST, "not valid JSON"),
        ("{\"model\": \"auto\"}", "application/json", StatusCode::BAD_REQUEST, "messages"),
        (
            "{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}",
            "application/json",
            StatusCode::BAD_REQUEST,
            "model",
        ),
        ("{\"model\": \"auto\", \"messages\": \"x\"}", "application/json", StatusCode::BAD_REQUEST, "messages"),
        (
            "{\"model\": \"auto\", \"messages\": [{\"role\": \"system\", \"content\": \"x\"}]}",
            "application/json",
            StatusCode::BAD_REQUEST,
            "no user text",
        ),
        (
            "{\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"\\u200b \"}]}",
            "application/json",
            StatusCode::BAD_REQUEST,
            "no user text",
        ),
        (
            "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}",
            "text/plain",
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/json",
        ),
    ] {
        let res = send(body, content_type).await.unwrap();
        assert_eq!(res.status(), status, "{body}");
        assert!(res.headers().contains_key("x-request-id"));
        let err: Value = res.json().await.unwrap();
        assert_eq!(err["error"]["type"], "invalid_request_error", "{err}");
        assert!(err["error"]["message"].as_str().unwrap().contains(needle), "{needle}: {err}");
    }
    let res = client
        .post(url(&gw, "/v1/chat/completions"))
        .header("x-request-timeout-ms", "soon")
        .json(&chat("auto", "hi"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    // Too large by its Content-Length: refused before the body is read (so this sends only the
    // head), in OpenAI's shape.
    let addr = gw.addr;
    let answer = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let head = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n{";
        stream.write_all(head.as_bytes()).unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        String::from_utf8_lossy(&answer).into_owned()
    })
    .await
    .unwrap();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    let err: Value = serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(err["error"]["code"], "body_too_large", "{err}");
    assert_eq!(up.hits(), 0, "no bad request reached the upstream");
    // A long prompt is cut for the router, not refused.
    let res = post(&client, &gw, &chat("auto", &"a long prompt ".repeat(2000))).await;
    assert_eq!(res.status(), StatusCode::OK);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_route_at_its_concurrency_cap_sends_the_next_request_to_its_fallback() {
    let slow = TestUpstream::start(Behaviour::Stream { chunks: 20, gap: Duration::from_millis(100) }).await;
    let backup = TestUpstream::start(Behaviour::Answer).await;
    let routes = route("capped", &["0", "1"], &slow.base_url(), "m", "max_concurrency = 1\nfallback = \"backup\"")
        + &route("backup", &[], &backup.base_url(), "m-backup", "")
        + &route("capped-alone", &[], &slow.base_url(), "m-alone", "max_concurrency = 1");
    let gw = gateway(&routes, false, &[]).await;
    let client = client();
    let mut body = chat("m", "hi");
    body["stream"] = json!(true);
    // The open stream holds the route's one slot until its body ends.
    let holding = post(&client, &gw, &body).await;
    assert_eq!(header(&holding, "x-route"), "capped");
    let res = post(&client, &gw, &chat("m", "hi")).await;
    assert_eq!((res.status(), header(&res, "x-route")), (StatusCode::OK, "backup"));
    assert_eq!(header(&res, "x-route-fallback-from"), "capped");
    let mut alone = chat("m-alone", "hi");
    alone["stream"] = json!(true);
    let held_alone = post(&client, &gw, &alone).await;
    let res = post(&client, &gw, &chat("m-alone", "hi")).await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "upstream_busy");
    let deep: Value = client.get(url(&gw, "/health/deep")).send().await.unwrap().json().await.unwrap();
    assert_eq!(deep["proxy"]["routes"][0]["in_flight"], 1, "{deep}");
    // Once the stream ends, the slot is free again.
    holding.text().await.unwrap();
    drop(held_alone);
    let freed = Instant::now();
    loop {
        let deep: Value = client.get(url(&gw, "/health/deep")).send().await.unwrap().json().await.unwrap();
        if deep["proxy"]["routes"][0]["in_flight"] == 0 {
            break;
        }
        assert!(freed.elapsed() < Duration::from_secs(2), "the slot was not returned: {deep}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let res = post(&client, &gw, &chat("m", "hi")).await;
    assert_eq!(header(&res, "x-route"), "capped");
    res.text().await.unwrap();
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_the_router_cannot_classify_in_time_goes_to_the_fail_open_route_or_gets_the_error() {
    let (fast, slow) = (TestUpstream::start(Behaviour::Answer).await, TestUpstream::start(Behaviour::Answer).await);
    let routes =
        route("fast", &["0"], &fast.base_url(), "m-fast", "") + &route("slow", &["1"], &slow.base_url(), "m-slow", "");
    let client = client();
    // A 1 ms deadline: admission sees the text (a long one) cannot be classified in time, even on
    // the idle router, and refuses it before any model work (the `overloaded` cause; `timeout`,
    // an admitted answer that came late, is what the dequeue check now turns into a refusal).
    let late = |gw: &Gateway, tag: &str| {
        let text = format!("{tag}: {}", SLOW_TEXT.repeat(20));
        client
            .post(url(gw, "/v1/chat/completions"))
            .header("x-request-timeout-ms", "1")
            .json(&chat("auto", &text))
            .send()
    };

    // By default the slow path's route takes it, unclassified, and says why.
    let gw = gateway(&routes, true, &[]).await;
    let res = late(&gw, "fail open on a late answer").await.unwrap();
    assert_eq!((res.status(), header(&res, "x-route")), (StatusCode::OK, "slow"));
    assert_eq!(header(&res, "x-router-unavailable"), "overloaded");
    assert!(res.headers().get("x-route-label").is_none(), "not classified");
    assert_eq!(res.json::<Value>().await.unwrap()["model"], "m-slow");
    let m = common::metrics(&client, &gw).await;
    assert_eq!(
        metric_with(&m, "query_gateway_proxy_router_unavailable_total", &[("cause", "overloaded"), ("route", "slow")]),
        1.0
    );
    let deep: Value = client.get(url(&gw, "/health/deep")).send().await.unwrap().json().await.unwrap();
    assert_eq!(deep["proxy"]["on_router_unavailable"], "slow", "{deep}");
    gw.stop().await.unwrap();

    // A named route takes it instead; "reject" keeps the router's error.
    let gw = gateway(&format!("on_router_unavailable = \"fast\"\n{routes}"), true, &[]).await;
    let res = late(&gw, "fail open to a named route").await.unwrap();
    assert_eq!((res.status(), header(&res, "x-route")), (StatusCode::OK, "fast"));
    assert_eq!(header(&res, "x-router-unavailable"), "overloaded");
    res.text().await.unwrap();
    gw.stop().await.unwrap();
    let gw = gateway(&format!("on_router_unavailable = \"reject\"\n{routes}"), true, &[]).await;
    let res = late(&gw, "rejected when the router is late").await.unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "router_overloaded");
    let m = common::metrics(&client, &gw).await;
    assert_eq!(
        metric_with(
            &m,
            "query_gateway_proxy_router_unavailable_total",
            &[("cause", "overloaded"), ("route", "reject")]
        ),
        1.0
    );
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_admission_queue_full_every_chat_request_is_still_answered() {
    let (fast, slow) = (TestUpstream::start(Behaviour::Answer).await, TestUpstream::start(Behaviour::Answer).await);
    let routes =
        route("fast", &["0"], &fast.base_url(), "m-fast", "") + &route("slow", &["1"], &slow.base_url(), "m-slow", "");
    // One worker, one text at a time, a queue of one: concurrent chat requests overflow it.
    let small_queue = ["--workers", "1", "--batch-max-size", "1", "--queue-capacity", "1", "--model-max-length", "256"];
    let gw = gateway(&routes, true, &small_queue).await;
    let client = client();
    let bodies: Vec<Value> =
        (0..24).map(|i| chat("auto", &format!("question {i}: {}", SLOW_TEXT.repeat(20)))).collect();
    let answers = futures::future::join_all(bodies.iter().map(|body| post(&client, &gw, body))).await;
    let mut unclassified = 0;
    for res in &answers {
        assert_eq!(res.status(), StatusCode::OK, "no chat request fails because the router is busy");
        match header(res, "x-router-unavailable") {
            "" => assert!(res.headers().contains_key("x-route-label"), "classified, or said why not"),
            cause => {
                assert!(["overloaded", "timeout"].contains(&cause), "{cause}");
                assert_eq!(header(res, "x-route"), "slow");
                unclassified += 1;
            }
        }
    }
    assert!(unclassified > 0, "the full queue refused some");
    let m = common::metrics(&client, &gw).await;
    assert_eq!(
        metric_with(&m, "query_gateway_proxy_router_unavailable_total", &[("route", "slow")]),
        unclassified as f64
    );
    assert!(
        metric_with(&m, "query_gateway_proxy_router_unavailable_total", &[("cause", "overloaded")]) > 0.0,
        "admission refused some: {m}"
    );
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_api_keys_the_proxy_answers_only_listed_keys_within_their_rate() {
    setup();
    let upstream = TestUpstream::start(Behaviour::Answer).await;
    let routes = route("only", &["0", "1"], &upstream.base_url(), "m", "");
    // "sk-hashed-team-b" is listed by its SHA-256 only.
    let keys = format!(
        "[[key]]\nlabel = \"team-a\"\nkey_env = {INBOUND_KEY_VAR:?}\nrequests_per_minute = 3\n\
         [[key]]\nlabel = \"team-b\"\nsha256 = \"{}\"\n",
        "35372c6c2a90f186ef5f5809e4ee2c581cc677843e2656d270ba1171b3238ec6"
    );
    let keys_file = write_file("keys.toml", &keys);
    let gw = gateway(&routes, false, &["--api-keys-file", &keys_file]).await;
    let client = client();
    let ask = |key: Option<&str>| {
        let request = client.post(url(&gw, "/v1/chat/completions")).json(&chat("m", "hi"));
        match key {
            Some(key) => request.bearer_auth(key),
            None => request,
        }
        .send()
    };

    for (key, code) in [(None, "missing_api_key"), (Some("sk-wrong"), "invalid_api_key")] {
        let res = ask(key).await.unwrap();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{key:?}");
        assert_eq!(header(&res, "www-authenticate"), "Bearer");
        let err: Value = res.json().await.unwrap();
        assert_eq!(
            (err["error"]["type"].as_str(), err["error"]["code"].as_str()),
            (Some("authentication_error"), Some(code))
        );
    }
    let res = client.get(url(&gw, "/v1/models")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "the models list is guarded too");
    let res = client.get(url(&gw, "/v1/models")).bearer_auth(INBOUND_KEY).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(upstream.hits(), 0, "nothing reached the upstream without a key");

    // team-a: 3 a minute, one of them spent on the models list.
    for _ in 0..2 {
        let res = ask(Some(INBOUND_KEY)).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        res.text().await.unwrap();
    }
    let res = ask(Some(INBOUND_KEY)).await.unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = header(&res, "retry-after").parse().unwrap();
    assert!((1..=20).contains(&retry), "a request every 20 s: {retry}");
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["code"], "rate_limit_exceeded");
    assert!(err["error"]["message"].as_str().unwrap().contains("team-a"), "{err}");
    // team-b has no limit; its key is only known to the gateway by its hash.
    let res = ask(Some("sk-hashed-team-b")).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    res.text().await.unwrap();
    // The classify API holds no secrets: open unless the keys file says otherwise.
    let res = client.post(url(&gw, "/v1/query-classify")).json(&json!({"text": "hi"})).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);

    let m = common::metrics(&client, &gw).await;
    let count = |key: &str, outcome: &str| {
        metric_with(&m, "query_gateway_api_key_requests_total", &[("key", key), ("outcome", outcome)])
    };
    assert_eq!((count("team-a", "allowed"), count("team-a", "rate_limited")), (3.0, 1.0));
    assert_eq!((count("none", "missing"), count("none", "invalid"), count("team-b", "allowed")), (2.0, 1.0, 1.0));
    assert!(!m.contains(INBOUND_KEY) && !logs().contains(INBOUND_KEY), "the key is never written out");
    assert!(logs().contains("\"key\":\"team-a\""), "the log names the key by its label");
    gw.stop().await.unwrap();

    let keys = format!("classify_api = true\n{keys}");
    let gw = gateway(&routes, false, &["--api-keys-file", &write_file("keys.toml", &keys)]).await;
    let classify = |key: Option<&str>| {
        let request = client.post(url(&gw, "/v1/query-classify")).json(&json!({"text": "hi"}));
        match key {
            Some(key) => request.bearer_auth(key),
            None => request,
        }
        .send()
    };
    let res = classify(None).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["status"], "UNAUTHENTICATED", "the classify API's own error shape: {err}");
    assert_eq!(classify(Some("sk-hashed-team-b")).await.unwrap().status(), StatusCode::OK);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn models_are_retrieved_by_id_and_every_v1_error_has_openai_s_shape() {
    let up = TestUpstream::start(Behaviour::Answer).await;
    let routes = route("a", &["0", "1"], &up.base_url(), "org/model-a", "");
    let gw = gateway(&routes, false, &[]).await;
    let client = client();
    let get = |path: &str| client.get(url(&gw, path)).send();

    let model: Value = get("/v1/models/org/model-a").await.unwrap().json().await.unwrap();
    assert_eq!(model, json!({"id": "org/model-a", "object": "model", "created": 0, "owned_by": "route:a"}));
    let model: Value = get("/v1/models/auto").await.unwrap().json().await.unwrap();
    assert_eq!(model["owned_by"], "query-gateway");
    for (res, status, code) in [
        (get("/v1/models/gpt-9").await.unwrap(), StatusCode::NOT_FOUND, "model_not_found"),
        (get("/v1/completions").await.unwrap(), StatusCode::NOT_FOUND, "unknown_url"),
        (get("/v1/chat/completions").await.unwrap(), StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
    ] {
        assert_eq!(res.status(), status);
        let err: Value = res.json().await.unwrap();
        assert_eq!(
            (err["error"]["type"].as_str(), err["error"]["code"].as_str()),
            (Some("invalid_request_error"), Some(code))
        );
    }
    let res = client.post(url(&gw, "/v1/chat/completions")).body("{}").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["type"], "invalid_request_error");
    // The classify API and the rest keep their own shape.
    let err: Value = get("/nope").await.unwrap().json().await.unwrap();
    assert_eq!(err["error"]["status"], "NOT_FOUND");
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stream_s_usage_is_counted_though_the_client_leaves_right_after_done() {
    // The upstream keeps its stream open after [DONE], as a slow server may.
    let up = TestUpstream::start(Behaviour::StreamHeld { chunks: 3 }).await;
    let gw = gateway(&route("held", &["0", "1"], &up.base_url(), "m", ""), false, &[]).await;
    let client = client();
    let mut body = chat("m", "hi");
    body["stream"] = json!(true);
    let res = post(&client, &gw, &body).await;
    let mut stream = res.bytes_stream();
    let mut seen = Vec::new();
    while !String::from_utf8_lossy(&seen).contains("data: [DONE]") {
        seen.extend_from_slice(&stream.next().await.expect("the stream goes on until [DONE]").unwrap());
    }
    drop(stream);
    let m = common::metrics(&client, &gw).await;
    assert_eq!(metric_with(&m, "query_gateway_proxy_tokens_total", &[("route", "held"), ("kind", "completion")]), 3.0);
    assert_eq!(metric_with(&m, "query_gateway_proxy_tokens_total", &[("route", "held"), ("kind", "prompt")]), 5.0);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_ask_at_the_end_of_a_50_000_character_text_moves_the_answer_in_both_apis() {
    let (fast, slow) = (TestUpstream::start(Behaviour::Answer).await, TestUpstream::start(Behaviour::Answer).await);
    let routes = route("fast", &["0"], &fast.base_url(), "small-model", "")
        + &route("slow", &["1"], &slow.base_url(), "large-model", "");
    let gw = gateway(&routes, true, &[]).await;
    let client = client();
    let story: String = (0..700)
        .map(|i| format!("On night {i} the keeper climbed the tower, trimmed the wick and watched the ships pass. "))
        .collect::<String>()
        .chars()
        .take(50_000)
        .collect();
    let condense = format!("{story}\n\nSummarize the story above in two sentences.");
    let create = format!("{story}\n\nWrite a new poem from the keeper's point of view, in rhyming couplets.");
    assert!(condense.chars().count() > 50_000 && create.chars().count() > 50_000);

    let label = |text: String| {
        let client = client.clone();
        let url = url(&gw, "/v1/query-classify");
        async move { common::post_ok(&client, url, json!({ "text": text })).await["label"].as_str().unwrap().to_string() }
    };
    assert_eq!(label(condense.clone()).await, "0", "a summary ask after the story: fast path");
    assert_eq!(label(create.clone()).await, "1", "a creative ask after the same story: slow path");

    for (text, expected, upstream) in [(&condense, "fast", &fast), (&create, "slow", &slow)] {
        let res = post(&client, &gw, &chat("auto", text)).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(header(&res, "x-route"), expected, "the proxy reads the ask at the end");
        res.text().await.unwrap();
        assert_eq!(upstream.last_request().1["messages"][1]["content"], text.as_str(), "the prompt goes on whole");
    }
    // 100,000 characters are accepted by the classify API; one more is a 400 naming the limit.
    let at_limit: String = story.chars().cycle().take(100_000).collect();
    assert!(["0", "1"].contains(&label(at_limit.clone()).await.as_str()));
    let res = client.post(url(&gw, "/v1/query-classify")).json(&json!({"text": at_limit + "x"})).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("100000"));
    gw.stop().await.unwrap();
}
