//! The Redis L2 cache against a real `redis-server` (started here on a free loopback port):
//! write-through, hits served by a second gateway process, TTL expiry, and Redis dying mid-load.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{fixture, metric, metrics, post_ok, start, url};
use serde_json::{json, Value};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

struct Redis {
    port: u16,
    child: Child,
}

impl Redis {
    fn start_on(port: u16) -> Self {
        let child = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server is installed (scripts/test.sh installs it)");
        let redis = Self { port, child };
        let deadline = Instant::now() + Duration::from_secs(10);
        while redis.client().get_connection().is_err() {
            assert!(Instant::now() < deadline, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        redis
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    fn client(&self) -> redis::Client {
        redis::Client::open(self.url()).unwrap()
    }

    fn keys(&self) -> Vec<String> {
        redis::cmd("KEYS").arg("qg:v1:*").query(&mut self.client().get_connection().unwrap()).unwrap()
    }

    fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The release binary as a separate OS process, like a second replica.
struct Replica {
    port: u16,
    child: Child,
}

impl Replica {
    async fn start(redis_url: &str) -> Self {
        let port = free_port();
        let child = Command::new(env!("CARGO_BIN_EXE_query-gateway"))
            .env("APP_HOST", "127.0.0.1")
            .env("APP_PORT", port.to_string())
            .env("MODEL_PATH", fixture("tiny-bert"))
            .env("MODEL_DEVICE", "cpu")
            .env("REDIS_URL", redis_url)
            .env("LOG_LEVEL", "warn")
            .spawn()
            .unwrap();
        let replica = Self { port, child };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let ready = reqwest::get(replica.url("/health/deep")).await.ok();
            if let Some(res) = ready {
                let deep: Value = res.json().await.unwrap();
                if deep["cache"]["l2"]["up"] == true {
                    return replica;
                }
            }
            assert!(Instant::now() < deadline, "replica did not become ready with L2 up");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn classify(client: &reqwest::Client, url: String, text: &str) -> Value {
    post_ok(client, url, json!({ "text": text })).await
}

async fn wait_l2(client: &reqwest::Client, deep_url: String, up: bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let deep: Value = client.get(&deep_url).send().await.unwrap().json().await.unwrap();
        if deep["cache"]["l2"]["up"] == up {
            return;
        }
        assert!(Instant::now() < deadline, "L2 never became up={up}: {deep}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn write_through_and_hits_from_a_second_replica() {
    let redis = Redis::start_on(free_port());
    let gw = start(&["--redis-url", &redis.url(), "--cache-l2-ttl-sec", "120"]).await;
    let client = reqwest::Client::new();
    wait_l2(&client, url(&gw, "/health/deep"), true).await;

    let first = classify(&client, url(&gw, "/v1/query-classify"), "Write a sonnet about the moon").await;
    assert_eq!(first["cache_hit"], false);
    // Write-through happens right after the answer, off the request path.
    let deadline = Instant::now() + Duration::from_secs(5);
    while redis.keys().is_empty() {
        assert!(Instant::now() < deadline, "nothing written to Redis");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let keys = redis.keys();
    assert_eq!(keys.len(), 1);
    let ttl: i64 = redis::cmd("TTL").arg(&keys[0]).query(&mut redis.client().get_connection().unwrap()).unwrap();
    assert!((1..=120).contains(&ttl), "ttl {ttl}");

    let replica = Replica::start(&redis.url()).await;
    let second = classify(&client, replica.url("/v1/query-classify"), "write a SONNET about the moon").await;
    assert_eq!(second["cache_hit"], true);
    assert_eq!(second["label"], first["label"]);
    let m = client.get(replica.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(m.contains("query_gateway_cache_hits_total{level=\"L2\"} 1"), "{m}");
    assert_eq!(metric(&m, "query_gateway_batch_size_sum"), 0.0, "the replica ran no inference");
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn l2_entries_expire() {
    let redis = Redis::start_on(free_port());
    let gw = start(&["--redis-url", &redis.url(), "--cache-l2-ttl-sec", "1", "--cache-l1-size", "0"]).await;
    let client = reqwest::Client::new();
    wait_l2(&client, url(&gw, "/health/deep"), true).await;
    classify(&client, url(&gw, "/v1/query-classify"), "short lived").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(classify(&client, url(&gw, "/v1/query-classify"), "short lived").await["cache_hit"], true);
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert!(redis.keys().is_empty(), "expired key still in Redis");
    assert_eq!(classify(&client, url(&gw, "/v1/query-classify"), "short lived").await["cache_hit"], false);
    gw.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_dying_mid_load_fails_no_request_and_recovers() {
    let port = free_port();
    let redis = Redis::start_on(port);
    let gw = start(&["--redis-url", &format!("redis://127.0.0.1:{port}")]).await;
    let client = reqwest::Client::new();
    wait_l2(&client, url(&gw, "/health/deep"), true).await;

    let load = {
        let (client, target) = (client.clone(), url(&gw, "/v1/query-classify"));
        tokio::spawn(async move {
            let mut statuses = Vec::new();
            for i in 0..300 {
                let res = client.post(&target).json(&json!({"text": format!("load query {}", i % 120)})).send().await;
                statuses.push(res.map(|r| r.status().as_u16()).unwrap_or(0));
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            statuses
        })
    };
    tokio::time::sleep(Duration::from_millis(400)).await;
    redis.kill();
    let statuses = load.await.unwrap();
    assert!(statuses.iter().all(|&s| s == 200), "failed requests while Redis died: {statuses:?}");
    wait_l2(&client, url(&gw, "/health/deep"), false).await;
    assert_eq!(metric(&metrics(&client, &gw).await, "query_gateway_l2_up"), 0.0);

    // Redis returns on the same port: the gateway reconnects by itself and writes through again.
    let redis = Redis::start_on(port);
    wait_l2(&client, url(&gw, "/health/deep"), true).await;
    classify(&client, url(&gw, "/v1/query-classify"), "after the outage").await;
    let deadline = Instant::now() + Duration::from_secs(5);
    while redis.keys().is_empty() {
        assert!(Instant::now() < deadline, "no write-through after Redis came back");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let replica = Replica::start(&redis.url()).await;
    assert_eq!(classify(&client, replica.url("/v1/query-classify"), "after the outage").await["cache_hit"], true);
    gw.stop().await.unwrap();
}
