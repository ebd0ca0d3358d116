//! The optional Redis L2 cache shared by replicas. Redis is only a cache: every failure or slow
//! answer counts as a miss, the gateway keeps serving from L1 and the model, state changes are
//! logged once, and a background task reconnects by itself.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::AsyncCommands;
use tokio::sync::OnceCell;

use super::answer::CachedAnswer;
use super::key::CacheKey;
use crate::metrics::Metrics;

/// How often the background task pings Redis (and retries a first connection).
const PROBE_INTERVAL: Duration = Duration::from_secs(2);

pub struct L2Cache {
    client: redis::Client,
    connection: OnceCell<ConnectionManager>,
    ttl_secs: u64,
    timeout: Duration,
    up: AtomicBool,
    metrics: Arc<Metrics>,
}

impl L2Cache {
    /// Validates the URL now; connects in the background (Redis may be down at start).
    pub fn new(url: &str, ttl_secs: u64, timeout: Duration, metrics: Arc<Metrics>) -> anyhow::Result<Arc<Self>> {
        let client = redis::Client::open(url).map_err(|e| anyhow::anyhow!("REDIS_URL {url:?} is invalid: {e}"))?;
        metrics.track_l2();
        metrics.l2_up.set(0);
        Ok(Arc::new(Self {
            client,
            connection: OnceCell::new(),
            ttl_secs,
            timeout,
            up: AtomicBool::new(false),
            metrics,
        }))
    }

    /// Starts the task that connects, then keeps the up/down state fresh without traffic.
    pub fn spawn_monitor(self: &Arc<Self>) {
        let this = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                let Some(l2) = this.upgrade() else { return };
                l2.probe().await;
                drop(l2);
                tokio::time::sleep(PROBE_INTERVAL).await;
            }
        });
    }

    async fn probe(&self) {
        match self.connection().await {
            Some(mut conn) => {
                let pong =
                    tokio::time::timeout(self.timeout * 4, redis::cmd("PING").query_async::<String>(&mut conn)).await;
                self.set_up(matches!(pong, Ok(Ok(_))));
            }
            None => self.set_up(false),
        }
    }

    async fn connection(&self) -> Option<ConnectionManager> {
        if let Some(conn) = self.connection.get() {
            return Some(conn.clone());
        }
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_millis(500)))
            .set_response_timeout(Some(self.timeout))
            .set_number_of_retries(1)
            .set_max_delay(Duration::from_millis(500));
        match ConnectionManager::new_with_config(self.client.clone(), config).await {
            Ok(conn) => Some(self.connection.get_or_init(|| async { conn }).await.clone()),
            Err(_) => None,
        }
    }

    fn set_up(&self, up: bool) {
        if self.up.swap(up, Ordering::Relaxed) != up {
            if up {
                tracing::info!(target: "l2", "redis L2 cache is up");
            } else {
                tracing::warn!(target: "l2", "redis L2 cache is down; serving from L1 and the model");
            }
        }
        self.metrics.l2_up.set(up as i64);
    }

    pub fn is_up(&self) -> bool {
        self.up.load(Ordering::Relaxed)
    }

    fn redis_key(key: CacheKey) -> String {
        format!("qg:v1:{key:032x}")
    }

    pub async fn get(&self, key: CacheKey) -> Option<CachedAnswer> {
        if !self.is_up() {
            return None;
        }
        let mut conn = self.connection.get()?.clone();
        let answer = tokio::time::timeout(self.timeout, conn.get::<_, Option<String>>(Self::redis_key(key))).await;
        match answer {
            Ok(Ok(value)) => value.and_then(|v| CachedAnswer::decode(&v)),
            Ok(Err(_)) | Err(_) => {
                self.set_up(false);
                None
            }
        }
    }

    pub async fn put(&self, key: CacheKey, answer: CachedAnswer) {
        if !self.is_up() {
            return;
        }
        let Some(conn) = self.connection.get() else { return };
        let mut conn = conn.clone();
        let write = conn.set_ex::<_, _, ()>(Self::redis_key(key), answer.encode(), self.ttl_secs);
        if !matches!(tokio::time::timeout(self.timeout, write).await, Ok(Ok(()))) {
            self.set_up(false);
        }
    }
}
