//! The classification pipeline behind the HTTP handlers: L1 cache -> L2 cache -> in-flight
//! coalescing -> queue -> worker -> back through the caches.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::future::{BoxFuture, FutureExt, Shared, WeakShared};
use hashbrown::HashMap;
use parking_lot::Mutex;

use crate::batcher::admission::{Admission, CancelOnDrop, Deadline, JobState, Refusal};
use crate::batcher::{EnqueueError, Inferred, Job, JobError, Queue};
use crate::cache::{cache_key, CacheKey, CachedAnswer, L1Cache, L2Cache};
use crate::metrics::Metrics;
use crate::model::Classifier;
use crate::routing::{ConfidenceRouting, Route};

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
    /// The model's answer (argmax class and its calibrated confidence).
    pub answer: CachedAnswer,
    /// The answer after confidence routing: what the caller acts on.
    pub route: Route,
    pub source: Source,
    /// Texts in the model call that produced the answer (0 for cache hits).
    pub batch_size: usize,
}

/// Why a request was refused (429) without running the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overload {
    /// The work queued ahead cannot finish before its answer deadline.
    Backlog,
    /// Its own texts need longer than its answer deadline leaves, even on an idle gateway.
    TooBig,
    /// The queue holds QUEUE_CAPACITY texts.
    QueueFull,
    /// No worker reached its texts before its deadline (or, without one, REQUEST_TIMEOUT_MS).
    NotReached,
}

impl Overload {
    fn reason(self) -> &'static str {
        match self {
            Overload::Backlog => "the work queued ahead cannot finish before the request's deadline",
            Overload::TooBig => "the request's own texts need longer than its deadline leaves, even on an idle gateway: send fewer texts or a longer x-request-timeout-ms",
            Overload::QueueFull => "the queue is full",
            Overload::NotReached => "no worker reached the request's texts before its deadline",
        }
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum ServiceError {
    /// Refused without running the model, and for how long the queued work (or, `TooBig`, the
    /// request's own) is estimated to take.
    #[error("{reason}; estimated {estimate:.1?}", reason = .0.reason(), estimate = .1)]
    Overloaded(Overload, Duration),
    #[error("the gateway is shutting down")]
    ShuttingDown,
    #[error("{0}")]
    Inference(String),
    #[error("no answer before the request's deadline")]
    Timeout,
}

impl From<Refusal> for ServiceError {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::Backlog(drain) => ServiceError::Overloaded(Overload::Backlog, drain),
            Refusal::TooBig(need) => ServiceError::Overloaded(Overload::TooBig, need),
        }
    }
}

type InferenceResult = Result<(CachedAnswer, usize), ServiceError>;
type Inference = BoxFuture<'static, InferenceResult>;
type InFlight = Shared<Inference>;

/// An inference in progress. The map holds it weakly: once every request waiting for it is
/// dropped, its future (and with it the job's `CancelOnDrop`) is gone and the worker skips it.
struct Entry {
    generation: u64,
    inference: WeakShared<Inference>,
    state: Arc<JobState>,
}

impl Entry {
    /// The running inference, its deadline extended to `deadline`; `None` once abandoned.
    fn join(&self, deadline: Deadline) -> Option<(InFlight, Arc<JobState>)> {
        let running = self.inference.upgrade()?;
        self.state.extend(deadline);
        Some((running, self.state.clone()))
    }
}

/// Requests whose inference is running, so identical ones wait for it instead of queueing again.
#[derive(Default)]
struct InFlightMap {
    shards: [Mutex<HashMap<CacheKey, Entry>>; 16],
    generations: AtomicU64,
}

impl InFlightMap {
    fn shard(&self, key: CacheKey) -> &Mutex<HashMap<CacheKey, Entry>> {
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
    routing: ConfidenceRouting,
}

impl ClassifyService {
    pub fn new(
        classifier: Arc<Classifier>,
        l1: L1Cache<CachedAnswer>,
        l2: Option<Arc<L2Cache>>,
        queue: Queue,
        metrics: Arc<Metrics>,
        confidence_threshold: f32,
    ) -> Self {
        let routing = ConfidenceRouting { threshold: confidence_threshold, labels: classifier.labels().len() };
        Self { classifier, l1: Arc::new(l1), l2, in_flight: Arc::default(), queue, metrics, routing }
    }

    /// An answer with its route.
    fn outcome(&self, answer: CachedAnswer, source: Source, batch_size: usize) -> Outcome {
        let route = self.routing.route(answer.class, answer.confidence);
        if route.confidence_routed {
            self.metrics.confidence_routed.inc();
        }
        Outcome { answer, route, source, batch_size }
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

    pub fn admission(&self) -> &Admission {
        self.queue.admission()
    }

    /// Classifies one text. With an answer deadline: by then or not at all (`Overloaded` at once
    /// when the queued work says it cannot make it, or when no worker reached it in time;
    /// `Timeout` if its batch ran late). Without: `Overloaded` only when the queue is full or no
    /// worker took it within its wait.
    pub async fn classify(&self, text: &str, deadline: Deadline) -> Result<Outcome, ServiceError> {
        let key = cache_key(&self.classifier.fingerprint, text);
        match self.cached(key).await {
            Some(outcome) => Ok(outcome),
            None => self.infer(key, text, None, false, deadline).await,
        }
    }

    /// Classifies a request's texts, answers in their order. Cache lookups come first; then the
    /// misses are admitted together or not at all, and queued back to back, each job marked when
    /// more of the request follow it, so a worker takes them into one batch instead of starting on
    /// the first alone.
    pub async fn classify_all(&self, texts: &[&str], deadline: Deadline) -> Result<Vec<Outcome>, ServiceError> {
        let keys: Vec<CacheKey> = texts.iter().map(|t| cache_key(&self.classifier.fingerprint, t)).collect();
        let cached = futures::future::join_all(keys.iter().map(|&key| self.cached(key))).await;
        let misses = cached.iter().filter(|c| c.is_none()).count();
        if misses > 0 {
            self.admit(0, misses, deadline)?;
        }
        let mut tokens = Vec::with_capacity(texts.len());
        for (text, cached) in texts.iter().zip(&cached) {
            tokens.push(match cached {
                Some(_) => None,
                None => Some(self.encode(text)?),
            });
        }
        let miss_tokens = tokens.iter().flatten().map(Vec::len).sum();
        if misses > 0 {
            self.admit(miss_tokens, misses, deadline)?;
        }
        let mut queued = 0;
        let answers =
            keys.iter().zip(texts).zip(cached).zip(tokens).map(|(((&key, text), cached), tokens)| match cached {
                Some(outcome) => futures::future::ready(Ok(outcome)).boxed(),
                None => {
                    queued += 1;
                    // A miss that joins an identical in-flight inference queues nothing; if it is the
                    // last, the worker waits out BATCH_MAX_WAIT_MS for a job that never comes.
                    self.infer(key, text, tokens, queued < misses, deadline)
                }
            });
        futures::future::join_all(answers.collect::<Vec<_>>()).await.into_iter().collect()
    }

    fn encode(&self, text: &str) -> Result<Vec<u32>, ServiceError> {
        self.classifier.encode(text).map_err(|e| ServiceError::Inference(e.to_string()))
    }

    /// Ok when `texts` of `tokens` more may be queued, else the 429: by the work ahead and the
    /// request's own against an answer deadline; by the queue's bound without one. Called with 0
    /// tokens before the texts are tokenized: when the work already queued is too much for any
    /// text, the refusal costs no tokenizer pass.
    fn admit(&self, tokens: usize, texts: usize, deadline: Deadline) -> Result<(), ServiceError> {
        let refused = match deadline {
            Deadline::Answer(at) => self.queue.admission().check(tokens, at).err().map(ServiceError::from),
            Deadline::Queue(_) => (!self.queue.has_room(texts)).then(|| self.overloaded(Overload::QueueFull)),
        };
        match refused {
            Some(error) => {
                self.metrics.queue_rejections.inc();
                Err(error)
            }
            None => Ok(()),
        }
    }

    /// A refusal with the time the queued work needs to drain.
    fn overloaded(&self, why: Overload) -> ServiceError {
        ServiceError::Overloaded(why, self.queue.admission().drain_time(0))
    }

    /// The L1 answer, else the L2 answer (copied into L1).
    async fn cached(&self, key: CacheKey) -> Option<Outcome> {
        if let Some(answer) = self.l1.get(key) {
            self.metrics.cache_hits.with_label_values(&["L1"]).inc();
            return Some(self.outcome(answer, Source::L1, 0));
        }
        self.metrics.cache_misses.with_label_values(&["L1"]).inc();
        let l2 = self.l2.as_ref()?;
        if let Some(answer) = l2.get(key).await {
            self.metrics.cache_hits.with_label_values(&["L2"]).inc();
            self.l1.insert(key, answer);
            return Some(self.outcome(answer, Source::L2, 0));
        }
        self.metrics.cache_misses.with_label_values(&["L2"]).inc();
        None
    }

    /// Queues (or joins) the inference now; the returned future waits for its answer, until an
    /// answer deadline if there is one. `tokens`: the text already encoded and admitted (the
    /// batch path).
    fn infer(
        &self,
        key: CacheKey,
        text: &str,
        tokens: Option<Vec<u32>>,
        followed: bool,
        deadline: Deadline,
    ) -> BoxFuture<'_, Result<Outcome, ServiceError>> {
        let joined = self.join_or_enqueue(key, text, tokens, followed, deadline);
        async move {
            let (inference, source, state) = joined?;
            let answered = match deadline {
                Deadline::Answer(at) => match tokio::time::timeout_at(at.into(), inference).await {
                    Ok(answered) => answered,
                    // Late in the model is a 504; never reached by a worker, a 429 (it never runs).
                    Err(_) if state.as_ref().is_some_and(|s| s.is_started()) => Err(ServiceError::Timeout),
                    Err(_) => Err(self.overloaded(Overload::NotReached)),
                },
                // No worker takes the text after its wait; once one has, the batch ends.
                Deadline::Queue(_) => inference.await,
            };
            let (answer, batch_size) = answered?;
            if source == Source::Coalesced {
                self.metrics.coalesced.inc();
            } else if let (Source::Model, Some(l2)) = (source, &self.l2) {
                let l2 = l2.clone();
                tokio::spawn(async move { l2.put(key, answer).await });
            }
            Ok(self.outcome(answer, source, batch_size))
        }
        .boxed()
    }

    /// Joins an identical in-flight inference, or admits, queues and publishes a new one; with
    /// the job's state when there is a job.
    fn join_or_enqueue(
        &self,
        key: CacheKey,
        text: &str,
        tokens: Option<Vec<u32>>,
        followed: bool,
        deadline: Deadline,
    ) -> Result<(InFlight, Source, Option<Arc<JobState>>), ServiceError> {
        if let Some((running, state)) = self.in_flight.shard(key).lock().get(&key).and_then(|e| e.join(deadline)) {
            return Ok((running, Source::Coalesced, Some(state)));
        }
        let tokens = match tokens {
            Some(admitted) => admitted,
            None => {
                self.admit(0, 1, deadline)?;
                let tokens = self.encode(text)?;
                self.admit(tokens.len(), 1, deadline)?;
                tokens
            }
        };
        let mut shard = self.in_flight.shard(key).lock();
        if let Some((running, state)) = shard.get(&key).and_then(|e| e.join(deadline)) {
            return Ok((running, Source::Coalesced, Some(state)));
        }
        // An identical inference may have finished since this request missed L1: its reply fills L1
        // before it retires the in-flight entry (under this lock), so L1 has it now.
        if let Some(answer) = self.l1.get(key) {
            self.metrics.cache_hits.with_label_values(&["L1"]).inc();
            return Ok((futures::future::ready(Ok((answer, 0))).boxed().shared(), Source::L1, None));
        }
        let generation = self.in_flight.generations.fetch_add(1, Ordering::Relaxed);
        let state = Arc::new(JobState::new(deadline));
        let (tx, rx) = tokio::sync::oneshot::channel();
        let (l1, in_flight, admission) = (self.l1.clone(), self.in_flight.clone(), self.queue.admission().clone());
        let classifier = self.classifier.clone();
        // Runs on the worker: cache first, then retire the in-flight entry (unless a newer one
        // replaced it), then answer, so a new identical request always finds one or the other.
        let reply = Box::new(move |result: Result<Inferred, JobError>| {
            let result = match result {
                Ok(r) => {
                    let p = classifier.prediction(&r.logits);
                    Ok((CachedAnswer { class: p.class, confidence: p.confidence }, r.batch_size))
                }
                // Never run: expired, late or abandoned, a refusal the client may retry.
                Err(JobError::Skipped(_)) => {
                    Err(ServiceError::Overloaded(Overload::NotReached, admission.drain_time(0)))
                }
                Err(JobError::Failed(e)) => Err(ServiceError::Inference(e)),
            };
            if let Ok((answer, _)) = &result {
                l1.insert(key, *answer);
            }
            let mut shard = in_flight.shard(key).lock();
            if shard.get(&key).is_some_and(|e| e.generation == generation) {
                shard.remove(&key);
            }
            drop(shard);
            let _ = tx.send(result);
        });
        let token_count = tokens.len();
        let job = Job { tokens, enqueued: Instant::now(), followed, state: state.clone(), reply };
        self.queue.push(job).map_err(|e| match e {
            EnqueueError::Full => {
                self.metrics.queue_rejections.inc();
                self.overloaded(Overload::QueueFull)
            }
            EnqueueError::Closed => ServiceError::ShuttingDown,
        })?;
        self.metrics.queue_depth.set(self.queue.depth() as i64);
        let cancel =
            CancelOnDrop { state: state.clone(), admission: self.queue.admission().clone(), tokens: token_count };
        let inference: InFlight = async move {
            let _cancel = cancel;
            rx.await.unwrap_or(Err(ServiceError::ShuttingDown))
        }
        .boxed()
        .shared();
        let weak = inference.downgrade().expect("a future not yet polled has not completed");
        shard.insert(key, Entry { generation, inference: weak, state: state.clone() });
        Ok((inference, Source::Model, Some(state)))
    }
}
