//! Inference workers: dedicated OS threads (never tokio's) that drain the queue in batches, run
//! the model and answer each job. A failed or panicking batch answers its jobs with an error and
//! the worker keeps serving.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Instant;

use parking_lot::Mutex;

use super::admission::{Admission, BatchRun};
use super::queue::{collect_batch, BatchLimits, Inferred, Job, JobError, JobReceiver, Reply};
use crate::metrics::Metrics;
use crate::model::engine::PendingLogits;
use crate::model::Engine;

pub struct WorkerPool {
    handles: Vec<JoinHandle<()>>,
    running: Arc<AtomicUsize>,
}

impl WorkerPool {
    pub fn spawn(
        engine: Arc<dyn Engine>,
        rx: JobReceiver,
        limits: BatchLimits,
        metrics: Arc<Metrics>,
        workers: usize,
    ) -> std::io::Result<Self> {
        let running = Arc::new(AtomicUsize::new(workers));
        let forming = Arc::new(Mutex::new(None));
        let handles = (0..workers)
            .map(|i| {
                let (engine, rx, metrics, running) = (engine.clone(), rx.clone(), metrics.clone(), running.clone());
                let forming = forming.clone();
                std::thread::Builder::new().name(format!("inference-{i}")).spawn(move || {
                    serve(engine.as_ref(), &rx, &forming, &limits, &metrics);
                    running.fetch_sub(1, Ordering::SeqCst);
                })
            })
            .collect::<std::io::Result<Vec<_>>>()?;
        Ok(Self { handles, running })
    }

    /// Live count of running workers, for readiness.
    pub fn running_counter(&self) -> Arc<AtomicUsize> {
        self.running.clone()
    }

    /// Waits for the workers; they exit once every queue sender is gone and the queue is empty.
    pub fn join(self) {
        for h in self.handles {
            let _ = h.join();
        }
    }
}

/// What a worker's time goes to, counted in `query_gateway_worker_seconds_total`.
#[derive(Debug, Clone, Copy)]
enum Phase {
    /// Waiting for its turn to form a batch while another worker forms one.
    Turn,
    /// Taking jobs and growing a batch (an empty queue's wait included).
    Forming,
    /// In the model call: launching a batch and collecting its logits.
    Computing,
}

impl Phase {
    fn label(self) -> &'static str {
        match self {
            Phase::Turn => "turn",
            Phase::Forming => "forming",
            Phase::Computing => "computing",
        }
    }

    /// Counts the time since `since` to this phase; returns now.
    fn count(self, metrics: &Metrics, since: Instant) -> Instant {
        let now = Instant::now();
        metrics.worker_seconds.with_label_values(&[self.label()]).inc_by(now.duration_since(since).as_secs_f64());
        now
    }
}

/// A batch whose forward pass is queued on the device.
struct LaunchedBatch {
    launched: Result<Box<dyn PendingLogits>, String>,
    replies: Vec<Reply>,
    tokens: usize,
    started: Instant,
    /// When the device got to it: its launch, or the end of the batch queued before it.
    computing_from: Instant,
    /// Batches computing when it started, itself included.
    sharing_at_start: u64,
    /// It holds texts of several requests, or reached its size or token limit.
    loaded: bool,
}

/// With a pipelined engine (a GPU) the worker keeps one batch in flight: while the device computes
/// it, the worker forms, pads and uploads the next one, then collects the first. Other engines
/// compute inside `launch`, so each batch is finished at once (waiting would only add latency).
///
/// Workers take turns forming batches (`forming` holds the turn and the job a batch left over):
/// the texts of one request stay in one batch, and while one worker runs its forward pass the
/// next forms the following batch.
fn serve(engine: &dyn Engine, rx: &JobReceiver, forming: &Mutex<Option<Job>>, limits: &BatchLimits, metrics: &Metrics) {
    let pipelined = engine.info().pipelined;
    let mut in_flight: Option<LaunchedBatch> = None;
    loop {
        let waiting = Instant::now();
        let batch = {
            let mut carry = forming.lock();
            let turn = Phase::Turn.count(metrics, waiting);
            // With a batch in flight, take only what is already queued; never block on an empty queue.
            let next = carry.take().or_else(|| if in_flight.is_some() { rx.try_recv().ok() } else { rx.recv().ok() });
            let formed = next.map(|first| {
                let batch = collect_batch(rx, first, limits, &mut carry);
                // A request's texts are queued back to back, each but its last marked `followed`.
                let several_requests = batch.iter().rev().skip(1).any(|job| !job.followed);
                let loaded = several_requests || carry.is_some() || batch.len() >= limits.max_size;
                (batch, loaded)
            });
            Phase::Forming.count(metrics, turn);
            formed
        };
        let computing = Instant::now();
        let Some((batch, loaded)) = batch else {
            match in_flight.take() {
                Some(batch) => {
                    finish(batch, metrics, rx.admission(), pipelined);
                    Phase::Computing.count(metrics, computing);
                }
                None => return, // every sender is gone and the queue is empty
            }
            continue;
        };
        metrics.queue_depth.set(rx.len() as i64);
        let batch = rx.drop_late(batch);
        if batch.is_empty() {
            continue;
        }
        let mut launched = launch(engine, batch, loaded, metrics, rx.admission());
        if let Some(previous) = in_flight.take() {
            // The device runs batches in order: this one's compute began when the previous ended.
            launched.computing_from = finish(previous, metrics, rx.admission(), pipelined);
        }
        if pipelined {
            in_flight = Some(launched);
        } else {
            finish(launched, metrics, rx.admission(), pipelined);
        }
        Phase::Computing.count(metrics, computing);
    }
}

fn launch(
    engine: &dyn Engine,
    batch: Vec<Job>,
    loaded: bool,
    metrics: &Metrics,
    admission: &Admission,
) -> LaunchedBatch {
    let started = Instant::now();
    metrics.batch_size.observe(batch.len() as f64);
    let tokens = batch.iter().map(|job| job.tokens.len()).sum();
    let sharing_at_start = admission.batch_started();
    let (seqs, replies): (Vec<_>, Vec<_>) = batch
        .into_iter()
        .map(|job| {
            metrics.queue_wait.observe(started.duration_since(job.enqueued).as_secs_f64());
            (job.tokens, job.reply)
        })
        .unzip();
    let refs: Vec<&[u32]> = seqs.iter().map(Vec::as_slice).collect();
    let launched = std::panic::catch_unwind(AssertUnwindSafe(|| engine.launch(&refs)))
        .map_err(|_| "inference panicked".to_string())
        .and_then(|r| r.map_err(|e| format!("inference failed: {e:#}")));
    LaunchedBatch { launched, replies, tokens, started, computing_from: started, sharing_at_start, loaded }
}

/// Waits for the batch's logits and answers its jobs; returns when the logits were in.
fn finish(batch: LaunchedBatch, metrics: &Metrics, admission: &Admission, pipelined: bool) -> Instant {
    let LaunchedBatch { launched, replies, tokens, started, computing_from, sharing_at_start, loaded } = batch;
    let batch_size = replies.len();
    let outcome = launched.and_then(|l| {
        std::panic::catch_unwind(AssertUnwindSafe(|| l.wait()))
            .map_err(|_| "inference panicked".to_string())?
            .map_err(|e| format!("inference failed: {e:#}"))
    });
    let done = Instant::now();
    metrics.inference_duration.observe(done.duration_since(started).as_secs_f64());
    // CPU workers share the cores: a batch that overlapped another ran at part of the machine's
    // rate. A pipelined device runs one batch at a time.
    let sharing = if pipelined { 1.0 } else { (sharing_at_start + admission.running_batches()) as f64 / 2.0 };
    admission.finished(BatchRun { tokens, elapsed: done.duration_since(computing_from), sharing, loaded });
    match outcome {
        Ok(logits) => {
            for (reply, logits) in replies.into_iter().zip(logits) {
                reply(Ok(Inferred { logits, batch_size }));
            }
        }
        Err(error) => {
            metrics.inference_errors.inc();
            tracing::error!(batch = batch_size, "{error}");
            for reply in replies {
                reply(Err(JobError::Failed(error.clone())));
            }
        }
    }
    done
}
