//! Starting a real gateway on an ephemeral loopback port with a committed fixture model.
#![allow(dead_code)] // each test binary uses a different subset

use clap::Parser;
use query_gateway::config::Config;
use query_gateway::server::{self, Gateway};

#[derive(Parser)]
#[command(args_override_self = true)] // a test's flags override the defaults set here
struct Cli {
    #[command(flatten)]
    config: Config,
}

pub fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A gateway config on 127.0.0.1:0 serving the tiny BERT fixture on the CPU, plus `extra` flags.
/// Requests without `x-request-timeout-ms` wait up to 30 s for a worker (the default, pinned: test
/// machines are shared and slow); tests of deadline behaviour set their own. The native engine
/// runs in f32, whose answers the tests hold to PyTorch's (tests/model_parity.rs checks bf16 and
/// int8).
pub fn config(extra: &[&str]) -> Config {
    let model = fixture("tiny-bert");
    let mut args = vec![
        "qg",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--model-path",
        &model,
        "--model-device",
        "cpu",
        "--cpu-precision",
        "f32",
        "--request-timeout-ms",
        "30000",
    ];
    args.extend_from_slice(extra);
    Cli::try_parse_from(args).expect("valid test config").config
}

pub async fn start(extra: &[&str]) -> Gateway {
    server::start(config(extra)).await.expect("gateway starts")
}

pub fn url(gateway: &Gateway, path: &str) -> String {
    format!("http://{}{path}", gateway.addr)
}

/// The value of an unlabelled metric (or the sum over its label sets) in Prometheus text.
pub fn metric(text: &str, name: &str) -> f64 {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (key, value) = l.rsplit_once(' ')?;
            let base = key.split('{').next()?;
            (base == name).then(|| value.parse::<f64>().ok()).flatten()
        })
        .sum()
}

pub async fn metrics(client: &reqwest::Client, gateway: &Gateway) -> String {
    client.get(url(gateway, "/metrics")).send().await.unwrap().text().await.unwrap()
}

/// POSTs `body` as JSON, asserts 200 OK and returns the JSON answer.
pub async fn post_ok(
    client: &reqwest::Client,
    url: impl reqwest::IntoUrl,
    body: serde_json::Value,
) -> serde_json::Value {
    let res = client.post(url).json(&body).send().await.unwrap();
    assert_eq!(res.status(), reqwest::StatusCode::OK);
    res.json().await.unwrap()
}

/// wgpu's preferred adapter (lavapipe in CI), or `None` to skip a GPU test on a machine without
/// one. QG_REQUIRE_WGPU=1 (set by .ci/run) makes a missing adapter a failure instead.
pub fn wgpu_or_skip() -> Option<query_gateway::model::SelectedDevice> {
    use query_gateway::model::engine::selection::{self, DeviceChoice};
    match selection::select(DeviceChoice::Gpu) {
        Ok(gpu) => Some(gpu),
        Err(e) => {
            assert_ne!(std::env::var("QG_REQUIRE_WGPU").as_deref(), Ok("1"), "QG_REQUIRE_WGPU=1 but {e}");
            eprintln!("skipping: {e}");
            None
        }
    }
}
