//! Inference workers: dedicated OS threads (never tokio's) that drain the queue in batches, run
//! the model and answer each job. A failed or panicking batch answers its jobs with an error and
//! the worker keeps serving.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Instant;

use super::admission::Admission;
use super::{collect_batch, BatchLimits, Inferred, Job, JobReceiver, Reply};
use crate::metrics::Metrics;
use crate::model::{Classifier, Launched};

pub struct WorkerPool {
    handles: Vec<JoinHandle<()>>,
    running: Arc<AtomicUsize>,
}

impl WorkerPool {
    pub fn spawn(
        classifier: Arc<Classifier>,
        rx: JobReceiver,
        limits: BatchLimits,
        metrics: Arc<Metrics>,
        workers: usize,
    ) -> std::io::Result<Self> {
        let running = Arc::new(AtomicUsize::new(workers));
        let handles = (0..workers)
            .map(|i| {
                let (classifier, rx, metrics, running) = (classifier.clone(), rx.clone(), metrics.clone(), running.clone());
                std::thread::Builder::new().name(format!("inference-{i}")).spawn(move || {
                    serve(&classifier, &rx, &limits, &metrics);
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

/// A batch whose forward pass is queued on the device.
struct InFlight {
    launched: Result<Launched, String>,
    replies: Vec<Reply>,
    tokens: usize,
    started: Instant,
}

/// On a GPU the worker keeps one batch in flight: while the device computes it, the worker forms,
/// pads and uploads the next one, then collects the first. On the CPU the forward pass runs inside
/// `launch`, so each batch is finished at once (waiting would only add latency).
fn serve(classifier: &Classifier, rx: &JobReceiver, limits: &BatchLimits, metrics: &Metrics) {
    let pipelined = classifier.device.is_gpu();
    let mut carry = None;
    let mut in_flight: Option<InFlight> = None;
    loop {
        // With a batch in flight, take only what is already queued; never block on an empty queue.
        let next = carry.take().or_else(|| if in_flight.is_some() { rx.try_recv().ok() } else { rx.recv().ok() });
        let Some(first) = next else {
            match in_flight.take() {
                Some(batch) => finish(classifier, batch, metrics, rx.admission()),
                None => return, // every sender is gone and the queue is empty
            }
            continue;
        };
        let batch = collect_batch(rx, first, limits, &mut carry);
        metrics.queue_depth.set(rx.len() as i64);
        let launched = launch(classifier, batch, metrics);
        if let Some(previous) = in_flight.take() {
            finish(classifier, previous, metrics, rx.admission());
        }
        if pipelined {
            in_flight = Some(launched);
        } else {
            finish(classifier, launched, metrics, rx.admission());
        }
    }
}

fn launch(classifier: &Classifier, batch: Vec<Job>, metrics: &Metrics) -> InFlight {
    let started = Instant::now();
    metrics.batch_size.observe(batch.len() as f64);
    let tokens = batch.iter().map(|job| job.tokens.len()).sum();
    let (seqs, replies): (Vec<_>, Vec<_>) = batch
        .into_iter()
        .map(|job| {
            metrics.queue_wait.observe(started.duration_since(job.enqueued).as_secs_f64());
            (job.tokens, job.reply)
        })
        .unzip();
    let launched = std::panic::catch_unwind(AssertUnwindSafe(|| classifier.launch(&seqs)))
        .map_err(|_| "inference panicked".to_string());
    InFlight { launched, replies, tokens, started }
}

fn finish(classifier: &Classifier, batch: InFlight, metrics: &Metrics, admission: &Admission) {
    let InFlight { launched, replies, tokens, started } = batch;
    let batch_size = replies.len();
    let outcome = launched.and_then(|l| {
        std::panic::catch_unwind(AssertUnwindSafe(|| classifier.finish(l)))
            .map_err(|_| "inference panicked".to_string())?
            .map_err(|e| format!("inference failed: {e:#}"))
    });
    metrics.inference_duration.observe(started.elapsed().as_secs_f64());
    admission.finished(tokens, started.elapsed());
    match outcome {
        Ok(predictions) => {
            for (reply, prediction) in replies.into_iter().zip(predictions) {
                reply(Ok(Inferred { prediction, batch_size }));
            }
        }
        Err(error) => {
            metrics.inference_errors.inc();
            tracing::error!(batch = batch_size, "{error}");
            for reply in replies {
                reply(Err(error.clone()));
            }
        }
    }
}
