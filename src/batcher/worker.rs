//! Inference workers: dedicated OS threads (never tokio's) that drain the queue in batches, run
//! the model and answer each job. A failed or panicking batch answers its jobs with an error and
//! the worker keeps serving.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Instant;

use crossbeam_channel::Receiver;

use super::{collect_batch, BatchLimits, Inferred, Job};
use crate::metrics::Metrics;
use crate::model::Classifier;

pub struct WorkerPool {
    handles: Vec<JoinHandle<()>>,
    running: Arc<AtomicUsize>,
}

impl WorkerPool {
    pub fn spawn(
        classifier: Arc<Classifier>,
        rx: Receiver<Job>,
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

fn serve(classifier: &Classifier, rx: &Receiver<Job>, limits: &BatchLimits, metrics: &Metrics) {
    let mut carry = None;
    loop {
        let first = match carry.take() {
            Some(job) => job,
            None => match rx.recv() {
                Ok(job) => job,
                Err(_) => return,
            },
        };
        let batch = collect_batch(rx, first, limits, &mut carry);
        metrics.queue_depth.set(rx.len() as i64);
        run_batch(classifier, batch, metrics);
    }
}

fn run_batch(classifier: &Classifier, batch: Vec<Job>, metrics: &Metrics) {
    let started = Instant::now();
    let batch_size = batch.len();
    metrics.batch_size.observe(batch_size as f64);
    let (seqs, replies): (Vec<_>, Vec<_>) = batch
        .into_iter()
        .map(|job| {
            metrics.queue_wait.observe(started.duration_since(job.enqueued).as_secs_f64());
            (job.tokens, job.reply)
        })
        .unzip();
    let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| classifier.predict_tokens(&seqs)));
    metrics.inference_duration.observe(started.elapsed().as_secs_f64());
    let error = match outcome {
        Ok(Ok(predictions)) => {
            for (reply, p) in replies.into_iter().zip(predictions) {
                reply(Ok(Inferred { prediction: p, batch_size }));
            }
            return;
        }
        Ok(Err(e)) => format!("inference failed: {e:#}"),
        Err(_) => "inference panicked".to_string(),
    };
    metrics.inference_errors.inc();
    tracing::error!(batch = batch_size, "{error}");
    for reply in replies {
        reply(Err(error.clone()));
    }
}
