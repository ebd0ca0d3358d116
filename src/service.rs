//! The classification pipeline behind the HTTP handlers: L1 cache -> L2 cache -> in-flight
//! coalescing -> queue -> worker -> back through the caches.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::future::{BoxFuture, FutureExt, Shared};
use hashbrown::HashMap;
use parking_lot::Mutex;

use crate::batcher::{EnqueueError, Inferred, Job, Queue};
use crate::cache::{cache_key, CacheKey, CachedAnswer, L1Cache, L2Cache};
use crate::metrics::Metrics;
use crate::model::Classifier;

/// Where an answer came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    L1,
    L2,
    /// This request's own inference.
    Model,
    /// Another identical request's inference, already in flight.
    Coalesced,
}

#[derive(Debug, Clone, Copy)]
pub struct Outcome {
    pub answer: CachedAnswer,
    pub source: Source,
    /// Texts in the model call that produced the answer (0 for cache hits).
    pub batch_size: usize,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum ServiceError {
    #[error("the inference queue is full")]
    QueueFull,
    #[error("the gateway is shutting down")]
    ShuttingDown,
    #[error("{0}")]
    Inference(String),
    #[error("no answer within {0:?}")]
    Timeout(Duration),
}

type InferenceResult = Result<(CachedAnswer, usize), ServiceError>;
type InFlight = Shared<BoxFuture<'static, InferenceResult>>;

/// Requests whose inference is running, so identical ones wait for it instead of queueing again.
#[derive(Default)]
struct InFlightMap {
    shards: [Mutex<HashMap<CacheKey, InFlight>>; 16],
}

impl InFlightMap {
    fn shard(&self, key: CacheKey) -> &Mutex<HashMap<CacheKey, InFlight>> {
        &self.shards[(key >> 64) as usize % self.shards.len()]
    }
}

pub struct ClassifyService {
    classifier: Arc<Classifier>,
    l1: Arc<L1Cache<CachedAnswer>>,
    l2: Option<Arc<L2Cache>>,
    in_flight: Arc<InFlightMap>,
    queue: Queue,
    metrics: Arc<Metrics>,
    timeout: Duration,
}

impl ClassifyService {
    pub fn new(
        classifier: Arc<Classifier>,
        l1: L1Cache<CachedAnswer>,
        l2: Option<Arc<L2Cache>>,
        queue: Queue,
        metrics: Arc<Metrics>,
        timeout: Duration,
    ) -> Self {
        Self { classifier, l1: Arc::new(l1), l2, in_flight: Arc::default(), queue, metrics, timeout }
    }

    pub fn classifier(&self) -> &Classifier {
        &self.classifier
    }

    pub fn l1(&self) -> &L1Cache<CachedAnswer> {
        &self.l1
    }

    pub fn l2(&self) -> Option<&L2Cache> {
        self.l2.as_deref()
    }

    pub fn queue_depth(&self) -> usize {
        self.queue.depth()
    }

    pub async fn classify(&self, text: &str) -> Result<Outcome, ServiceError> {
        let key = cache_key(&self.classifier.fingerprint, text);
        match self.cached(key).await {
            Some(outcome) => Ok(outcome),
            None => self.infer(key, text, false).await,
        }
    }

    /// Classifies a request's texts, answers in their order. Cache lookups come first; then every
    /// miss is queued back to back, each job marked when more of the request follow it, so a
    /// worker takes them into one batch instead of starting on the first alone.
    pub async fn classify_all(&self, texts: &[&str]) -> Vec<Result<Outcome, ServiceError>> {
        let keys: Vec<CacheKey> = texts.iter().map(|t| cache_key(&self.classifier.fingerprint, t)).collect();
        let cached = futures::future::join_all(keys.iter().map(|&key| self.cached(key))).await;
        let misses = cached.iter().filter(|c| c.is_none()).count();
        let mut queued = 0;
        let answers = keys.iter().zip(texts).zip(cached).map(|((&key, text), cached)| match cached {
            Some(outcome) => futures::future::ready(Ok(outcome)).boxed(),
            None => {
                queued += 1;
                // A miss that joins an identical in-flight inference queues nothing; if it is the
                // last, the worker waits out BATCH_MAX_WAIT_MS for a job that never comes.
                self.infer(key, text, queued < misses)
            }
        });
        futures::future::join_all(answers.collect::<Vec<_>>()).await
    }

    /// The L1 answer, else the L2 answer (copied into L1).
    async fn cached(&self, key: CacheKey) -> Option<Outcome> {
        if let Some(answer) = self.l1.get(key) {
            self.metrics.cache_hits.with_label_values(&["L1"]).inc();
            return Some(Outcome { answer, source: Source::L1, batch_size: 0 });
        }
        self.metrics.cache_misses.with_label_values(&["L1"]).inc();
        let l2 = self.l2.as_ref()?;
        if let Some(answer) = l2.get(key).await {
            self.metrics.cache_hits.with_label_values(&["L2"]).inc();
            self.l1.insert(key, answer);
            return Some(Outcome { answer, source: Source::L2, batch_size: 0 });
        }
        self.metrics.cache_misses.with_label_values(&["L2"]).inc();
        None
    }

    /// Queues (or joins) the inference now; the returned future waits for its answer.
    fn infer(&self, key: CacheKey, text: &str, followed: bool) -> BoxFuture<'_, Result<Outcome, ServiceError>> {
        let joined = self.join_or_enqueue(key, text, followed);
        async move {
            let (inference, source) = joined?;
            let (answer, batch_size) = tokio::time::timeout(self.timeout, inference)
                .await
                .map_err(|_| ServiceError::Timeout(self.timeout))??;
            if source == Source::Coalesced {
                self.metrics.coalesced.inc();
            } else if let (Source::Model, Some(l2)) = (source, &self.l2) {
                let l2 = l2.clone();
                tokio::spawn(async move { l2.put(key, answer).await });
            }
            Ok(Outcome { answer, source, batch_size })
        }
        .boxed()
    }

    /// Joins an identical in-flight inference, or queues a new one and publishes it.
    fn join_or_enqueue(&self, key: CacheKey, text: &str, followed: bool) -> Result<(InFlight, Source), ServiceError> {
        if let Some(running) = self.in_flight.shard(key).lock().get(&key) {
            return Ok((running.clone(), Source::Coalesced));
        }
        let tokens = self.classifier.encode(text).map_err(|e| ServiceError::Inference(e.to_string()))?;
        let mut shard = self.in_flight.shard(key).lock();
        if let Some(running) = shard.get(&key) {
            return Ok((running.clone(), Source::Coalesced));
        }
        // An identical inference may have finished since this request missed L1: its reply fills L1
        // before it retires the in-flight entry (under this lock), so L1 has it now.
        if let Some(answer) = self.l1.get(key) {
            self.metrics.cache_hits.with_label_values(&["L1"]).inc();
            return Ok((futures::future::ready(Ok((answer, 0))).boxed().shared(), Source::L1));
        }
        let (tx, rx) = tokio::sync::oneshot::channel();
        let (l1, in_flight) = (self.l1.clone(), self.in_flight.clone());
        // Runs on the worker: cache first, then retire the in-flight entry, then answer, so a new
        // identical request always finds one or the other.
        let reply = Box::new(move |result: Result<Inferred, String>| {
            let result = result
                .map(|r| (CachedAnswer { class: r.prediction.class, confidence: r.prediction.confidence }, r.batch_size))
                .map_err(ServiceError::Inference);
            if let Ok((answer, _)) = &result {
                l1.insert(key, *answer);
            }
            in_flight.shard(key).lock().remove(&key);
            let _ = tx.send(result);
        });
        self.queue.push(Job { tokens, enqueued: Instant::now(), followed, reply }).map_err(|e| match e {
            EnqueueError::Full => {
                self.metrics.queue_rejections.inc();
                ServiceError::QueueFull
            }
            EnqueueError::Closed => ServiceError::ShuttingDown,
        })?;
        self.metrics.queue_depth.set(self.queue.depth() as i64);
        let inference: InFlight =
            async move { rx.await.unwrap_or(Err(ServiceError::ShuttingDown)) }.boxed().shared();
        shard.insert(key, inference.clone());
        Ok((inference, Source::Model))
    }
}
