//! The bounded job queue between async handlers and the inference workers, and how a worker
//! forms a batch from it.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvError, RecvTimeoutError, Sender, TryRecvError, TrySendError};

use super::admission::{Admission, JobState, Skip};
use crate::metrics::Metrics;
use crate::model::engine::BatchShape;

/// A job's answer: the model's logits and the size of the batch it ran in.
#[derive(Debug, Clone)]
pub struct Inferred {
    pub logits: Vec<f32>,
    pub batch_size: usize,
}

/// Why a job has no logits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError {
    /// Answered without running the model.
    Skipped(Skip),
    /// Its batch failed (or panicked) in the engine.
    Failed(String),
}

/// Called once with the job's result, on the worker thread.
pub type Reply = Box<dyn FnOnce(Result<Inferred, JobError>) + Send>;

/// One text waiting for the model.
pub struct Job {
    pub tokens: Vec<u32>,
    pub enqueued: Instant,
    /// More texts of the same request are being queued right behind this one.
    pub followed: bool,
    /// Deadline and cancel flag, shared with the waiting request(s).
    pub state: Arc<JobState>,
    pub reply: Reply,
}

/// How big a batch may grow and how long a worker under load waits for it to grow.
#[derive(Debug, Clone, Copy)]
pub struct BatchLimits {
    pub max_size: usize,
    /// Tokens the engine computes: real tokens for a packed engine, rows x longest row for a
    /// padded one.
    pub max_tokens: usize,
    pub max_wait: Duration,
    pub shape: BatchShape,
}

impl BatchLimits {
    fn admits(&self, batch: &[Job], tokens: usize, longest: usize, next: &Job) -> bool {
        let cost = match self.shape {
            BatchShape::Packed => tokens + next.tokens.len(),
            BatchShape::Padded => (batch.len() + 1) * longest.max(next.tokens.len()),
        };
        batch.len() < self.max_size && cost <= self.max_tokens
    }
}

/// Why a job was not queued.
#[derive(Debug, PartialEq, Eq)]
pub enum EnqueueError {
    Full,
    Closed,
}

/// The sending side: counts the tokens it queues for admission.
#[derive(Clone)]
pub struct Queue {
    tx: Sender<Job>,
    admission: Arc<Admission>,
}

impl Queue {
    /// A queue of at most `capacity` jobs: the bound requests without a deadline wait within.
    pub fn bounded(capacity: usize, admission: Arc<Admission>, metrics: Arc<Metrics>) -> (Self, JobReceiver) {
        let (tx, rx) = crossbeam_channel::bounded(capacity);
        (Self { tx, admission: admission.clone() }, JobReceiver { rx, admission, metrics })
    }

    /// Never blocks: a full queue is the caller's 429.
    pub fn push(&self, job: Job) -> Result<(), EnqueueError> {
        let tokens = job.tokens.len();
        // Counted before the send, so a worker's take never precedes it.
        self.admission.queued(tokens);
        job.state.count();
        self.tx.try_send(job).map_err(|e| {
            let job = match &e {
                TrySendError::Full(job) | TrySendError::Disconnected(job) => job,
            };
            if job.state.uncount() {
                self.admission.dequeued(tokens);
            }
            match e {
                TrySendError::Full(_) => EnqueueError::Full,
                TrySendError::Disconnected(_) => EnqueueError::Closed,
            }
        })
    }

    pub fn depth(&self) -> usize {
        self.tx.len()
    }

    /// Whether `texts` more fit in the queue now.
    pub fn has_room(&self, texts: usize) -> bool {
        self.tx.capacity().is_none_or(|capacity| self.tx.len() + texts <= capacity)
    }

    pub fn admission(&self) -> &Arc<Admission> {
        &self.admission
    }
}

/// The workers' side. Every job taken leaves the token count; a job whose deadline has passed or
/// whose clients are all gone is answered at once without reaching the model.
#[derive(Clone)]
pub struct JobReceiver {
    rx: Receiver<Job>,
    admission: Arc<Admission>,
    metrics: Arc<Metrics>,
}

impl JobReceiver {
    /// The job if it is still wanted; else it is answered (and counted) here.
    fn take(&self, job: Job) -> Option<Job> {
        let counted = job.state.uncount();
        match job.state.skip(Instant::now()) {
            None => {
                // Counted as running until its batch finishes (worker.rs reports that).
                self.admission.started(job.tokens.len());
                Some(job)
            }
            Some(why) => {
                if counted {
                    self.admission.dequeued(job.tokens.len());
                }
                self.metrics.jobs_skipped.with_label_values(&[why.label()]).inc();
                (job.reply)(Err(JobError::Skipped(why)));
                None
            }
        }
    }

    /// The last check before the model: answers the jobs of `batch` that would miss their answer
    /// deadline if it ran now (at the cautious rate, `Admission::batch_time`) without running
    /// them, so a throughput dip costs refusals instead of late answers; marks the rest started.
    pub fn drop_late(&self, batch: Vec<Job>) -> Vec<Job> {
        let tokens = batch.iter().map(|job| job.tokens.len()).sum();
        let done = Instant::now() + self.admission.batch_time(tokens);
        let (kept, late): (Vec<Job>, Vec<Job>) = batch.into_iter().partition(|job| !job.state.late(done));
        for job in late {
            self.admission.unstarted(job.tokens.len());
            self.metrics.jobs_skipped.with_label_values(&[Skip::Late.label()]).inc();
            (job.reply)(Err(JobError::Skipped(Skip::Late)));
        }
        for job in &kept {
            job.state.start();
        }
        kept
    }

    pub fn recv(&self) -> Result<Job, RecvError> {
        loop {
            if let Some(job) = self.take(self.rx.recv()?) {
                return Ok(job);
            }
        }
    }

    pub fn try_recv(&self) -> Result<Job, TryRecvError> {
        loop {
            if let Some(job) = self.take(self.rx.try_recv()?) {
                return Ok(job);
            }
        }
    }

    pub fn recv_timeout(&self, timeout: Duration) -> Result<Job, RecvTimeoutError> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(job) = self.take(self.rx.recv_deadline(deadline)?) {
                return Ok(job);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.rx.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rx.is_empty()
    }

    /// Where workers report their measured throughput.
    pub fn admission(&self) -> &Admission {
        &self.admission
    }
}

/// Grows a batch from `first`. Jobs already queued are taken at once; only if there were some
/// from other requests (the gateway is under load) does the worker wait, up to `max_wait` from
/// `first`'s arrival, for more. A request's own texts are waited for while they are still being
/// queued. A job that would break the token budget is left in `carry` for the next batch.
/// A lone request at low load runs immediately.
pub fn collect_batch(rx: &JobReceiver, first: Job, limits: &BatchLimits, carry: &mut Option<Job>) -> Vec<Job> {
    let deadline = first.enqueued + limits.max_wait;
    let mut longest = first.tokens.len();
    let mut tokens = first.tokens.len();
    let mut request_open = first.followed;
    let mut batch = vec![first];
    let mut under_load = false;
    loop {
        let next = match rx.try_recv() {
            Ok(job) => job,
            Err(_) if !under_load && !request_open => return batch,
            Err(_) => match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(job) => job,
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return batch,
            },
        };
        // The next text of the request being queued is not a sign of load; any other job is.
        under_load |= !request_open;
        request_open = next.followed;
        if !limits.admits(&batch, tokens, longest, &next) {
            *carry = Some(next);
            return batch;
        }
        longest = longest.max(next.tokens.len());
        tokens += next.tokens.len();
        batch.push(next);
        if batch.len() >= limits.max_size {
            return batch;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batcher::admission::Deadline;
    use parking_lot::Mutex;

    fn job(len: usize) -> Job {
        let state = Arc::new(JobState::new(Deadline::Answer(Instant::now() + Duration::from_secs(60))));
        Job { tokens: vec![1; len], enqueued: Instant::now(), followed: false, state, reply: Box::new(|_| {}) }
    }

    fn queue(capacity: usize) -> (Queue, JobReceiver) {
        Queue::bounded(capacity, Arc::new(Admission::new(None, 2)), Arc::new(Metrics::new()))
    }

    fn limits(max_size: usize, max_tokens: usize, wait_ms: u64) -> BatchLimits {
        BatchLimits { max_size, max_tokens, max_wait: Duration::from_millis(wait_ms), shape: BatchShape::Padded }
    }

    #[test]
    fn lone_job_runs_without_waiting() {
        let (q, rx) = queue(10);
        let start = Instant::now();
        let batch = collect_batch(&rx, job(5), &limits(32, 10_000, 200), &mut None);
        assert_eq!(batch.len(), 1);
        assert!(start.elapsed() < Duration::from_millis(100), "waited at low load");
        drop(q);
    }

    #[test]
    fn stops_at_max_size() {
        let (q, rx) = queue(100);
        for _ in 0..50 {
            q.push(job(5)).unwrap();
        }
        let batch = collect_batch(&rx, job(5), &limits(8, 10_000, 50), &mut None);
        assert_eq!(batch.len(), 8);
        assert_eq!(q.depth(), 43);
    }

    #[test]
    fn respects_token_budget_and_carries_the_overflow() {
        let (q, rx) = queue(100);
        q.push(job(10)).unwrap();
        q.push(job(10)).unwrap();
        q.push(job(40)).unwrap();
        let mut carry = None;
        // 3 rows x 10 tokens fit in 60; a 40-token row would make 4 x 40 = 160.
        let batch = collect_batch(&rx, job(10), &limits(32, 60, 50), &mut carry);
        assert_eq!(batch.len(), 3);
        assert_eq!(carry.map(|j| j.tokens.len()), Some(40));
    }

    #[test]
    fn a_packed_budget_counts_real_tokens() {
        let (q, rx) = queue(100);
        q.push(job(10)).unwrap();
        q.push(job(40)).unwrap();
        q.push(job(10)).unwrap();
        let mut carry = None;
        // 10 + 10 + 40 = 60 real tokens fit (padded they would be 3 x 40 = 120); one more 10 does not.
        let packed = BatchLimits { shape: BatchShape::Packed, ..limits(32, 60, 50) };
        let batch = collect_batch(&rx, job(10), &packed, &mut carry);
        assert_eq!(batch.iter().map(|j| j.tokens.len()).collect::<Vec<_>>(), vec![10, 10, 40]);
        assert_eq!(carry.map(|j| j.tokens.len()), Some(10));
    }

    #[test]
    fn under_load_waits_for_more_until_the_deadline() {
        let (q, rx) = queue(100);
        q.push(job(5)).unwrap();
        let producer = {
            let q = q.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(20));
                q.push(job(5)).unwrap();
            })
        };
        let start = Instant::now();
        let batch = collect_batch(&rx, job(5), &limits(32, 10_000, 150), &mut None);
        producer.join().unwrap();
        assert_eq!(batch.len(), 3, "the late job joins the batch");
        assert!(start.elapsed() >= Duration::from_millis(100), "waited for the batch to grow");
    }

    #[test]
    fn waits_for_the_rest_of_a_request_but_no_longer() {
        let (q, rx) = queue(10);
        let producer = {
            let q = q.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(20));
                q.push(Job { followed: true, ..job(5) }).unwrap();
                q.push(job(5)).unwrap();
            })
        };
        let start = Instant::now();
        let batch = collect_batch(&rx, Job { followed: true, ..job(5) }, &limits(32, 10_000, 5_000), &mut None);
        producer.join().unwrap();
        assert_eq!(batch.len(), 3, "the request's texts run together");
        assert!(start.elapsed() < Duration::from_millis(2_500), "waited past the request's last text");
    }

    #[test]
    fn expired_and_cancelled_jobs_are_answered_without_reaching_the_batch() {
        let (q, rx) = queue(10);
        let answered = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let skipped = |state: JobState, why: Skip| {
            let answered = answered.clone();
            let reply: Reply = Box::new(move |r| {
                assert_eq!(r.unwrap_err(), JobError::Skipped(why));
                answered.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            });
            Job { state: Arc::new(state), reply, ..job(7) }
        };
        q.push(skipped(JobState::new(Deadline::Answer(Instant::now())), Skip::Expired)).unwrap();
        let cancelled = JobState::new(Deadline::Answer(Instant::now() + Duration::from_secs(60)));
        cancelled.cancel();
        q.push(skipped(cancelled, Skip::Cancelled)).unwrap();
        q.push(job(5)).unwrap();
        assert_eq!(q.admission().queued_tokens(), 19);
        let batch = collect_batch(&rx, job(5), &limits(32, 10_000, 0), &mut None);
        assert_eq!(batch.len(), 2, "only the live jobs");
        assert_eq!(answered.load(std::sync::atomic::Ordering::SeqCst), 2);
        assert_eq!(q.admission().queued_tokens(), 0);
        assert_eq!(q.admission().running_tokens(), 5, "the pushed live job; `first` came from outside");
    }

    #[test]
    fn full_queue_is_reported() {
        let (q, _rx) = queue(2);
        assert!(q.has_room(2) && !q.has_room(3));
        q.push(job(1)).unwrap();
        assert!(q.has_room(1) && !q.has_room(2));
        q.push(job(1)).unwrap();
        assert_eq!(q.push(job(1)).err(), Some(EnqueueError::Full));
    }

    #[test]
    fn a_job_its_batch_would_answer_late_is_dropped_unrun_unless_its_client_waits() {
        let (q, rx) = queue(10); // no measured rate: 1,000 tokens/s, so 300 tokens take 0.3 s
        let failed = Arc::new(Mutex::new(Vec::new()));
        let soon = Instant::now() + Duration::from_millis(100);
        let noting = |deadline: Deadline| {
            let failed = failed.clone();
            let reply: Reply = Box::new(move |r| failed.lock().push(r.unwrap_err()));
            Job { state: Arc::new(JobState::new(deadline)), reply, ..job(100) }
        };
        q.push(noting(Deadline::Answer(soon))).unwrap();
        q.push(noting(Deadline::Queue(soon))).unwrap();
        q.push(job(100)).unwrap();
        let batch: Vec<Job> = (0..3).map(|_| rx.try_recv().unwrap()).collect();
        assert_eq!(q.admission().running_tokens(), 300);
        let kept = rx.drop_late(batch);
        assert_eq!(kept.len(), 2, "the closed-loop client's text and the one due in 60 s");
        assert!(kept.iter().all(|job| job.state.is_started()));
        assert_eq!(*failed.lock(), vec![JobError::Skipped(Skip::Late)]);
        assert_eq!(q.admission().running_tokens(), 200);
    }
}
