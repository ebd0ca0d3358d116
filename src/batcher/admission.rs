//! Admission by deadline: a job is queued only if the work already queued ahead of it, at the
//! measured model throughput, leaves time to run it before its deadline. Under any overload the
//! gateway keeps answering what it accepted in time and refuses the rest at once (429), instead
//! of queueing work that can only end in a timeout.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// Throughput assumed before the first batch is measured, in tokens per second: low, so the
/// first burst is refused rather than over-admitted. A few batches replace it with the measure.
const SEED_TOKENS_PER_SEC: f64 = 1_000.0;
/// Weight of the newest batch in the throughput average, for a batch of at least
/// [`FULL_WEIGHT_TOKENS`]; smaller batches weigh proportionally less (but at least 1/10 of it): the
/// rate that matters is the one under load, where batches are full, not that of lone texts.
const EWMA_ALPHA: f64 = 0.2;
const FULL_WEIGHT_TOKENS: f64 = 512.0;
/// A job is admitted when its estimated wait is at most this share of its remaining time; the
/// rest covers the batch already running, batch forming and the response.
const ADMIT_SHARE: f64 = 0.6;

/// A job's deadline and whether anyone still waits for it, shared by the job in the queue and the
/// request(s) waiting for its answer.
#[derive(Debug)]
pub struct JobState {
    /// Nanoseconds after [`epoch`]; coalesced requests with later deadlines extend it.
    deadline_ns: AtomicU64,
    cancelled: AtomicBool,
    /// Its tokens are counted in the queue: cleared by whoever takes them out first, the worker
    /// taking the job or the last client going away.
    counted: AtomicBool,
}

/// Why a worker answers a job without running it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Its deadline passed while it waited.
    Expired,
    /// Every request waiting for it was dropped (the clients went away).
    Cancelled,
}

impl Skip {
    pub fn label(self) -> &'static str {
        match self {
            Skip::Expired => "expired",
            Skip::Cancelled => "cancelled",
        }
    }
}

/// The process's reference instant for deadlines stored as integers.
fn epoch() -> Instant {
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    *EPOCH.get_or_init(Instant::now)
}

fn to_ns(at: Instant) -> u64 {
    at.saturating_duration_since(epoch()).as_nanos() as u64
}

impl JobState {
    pub fn new(deadline: Instant) -> Self {
        Self {
            deadline_ns: AtomicU64::new(to_ns(deadline)),
            cancelled: AtomicBool::new(false),
            counted: AtomicBool::new(false),
        }
    }

    pub fn deadline(&self) -> Instant {
        epoch() + Duration::from_nanos(self.deadline_ns.load(Ordering::Relaxed))
    }

    /// A coalesced request that waits longer keeps the job alive for as long.
    pub fn extend(&self, deadline: Instant) {
        self.deadline_ns.fetch_max(to_ns(deadline), Ordering::Relaxed);
    }

    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// Whether the job is still worth running at `now`.
    pub fn skip(&self, now: Instant) -> Option<Skip> {
        if now >= self.deadline() {
            Some(Skip::Expired)
        } else if self.is_cancelled() {
            Some(Skip::Cancelled)
        } else {
            None
        }
    }

    pub(super) fn count(&self) {
        self.counted.store(true, Ordering::Relaxed);
    }

    /// True once: for the first caller after the job's tokens were counted as queued.
    pub(super) fn uncount(&self) -> bool {
        self.counted.swap(false, Ordering::Relaxed)
    }
}

/// Cancels the job when dropped, and takes its tokens out of the queued work at once (they would
/// otherwise count against admission until a worker got to the job). Held by the future every
/// waiting request shares, so this happens once the last of them is gone.
pub struct CancelOnDrop {
    pub state: Arc<JobState>,
    pub admission: Arc<Admission>,
    pub tokens: usize,
}

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.state.cancel();
        if self.state.uncount() {
            self.admission.dequeued(self.tokens);
        }
    }
}

/// Work ahead of a new job, in tokens (queued, and taken by a worker but not yet finished), and the
/// measured rate at which workers get through it.
#[derive(Debug)]
pub struct Admission {
    queued_tokens: AtomicU64,
    running_tokens: AtomicU64,
    /// Tokens per second of one worker, an f64's bits.
    worker_rate: AtomicU64,
    workers: f64,
}

impl Admission {
    /// `measured`: one worker's tokens per second, measured at start-up; else a low constant.
    pub fn new(workers: usize, measured: Option<f64>) -> Self {
        let seed = measured.filter(|r| r.is_finite() && *r > 0.0).unwrap_or(SEED_TOKENS_PER_SEC);
        Self {
            queued_tokens: AtomicU64::new(0),
            running_tokens: AtomicU64::new(0),
            worker_rate: AtomicU64::new(seed.to_bits()),
            workers: workers.max(1) as f64,
        }
    }

    /// Tokens per second of all workers together.
    pub fn throughput(&self) -> f64 {
        f64::from_bits(self.worker_rate.load(Ordering::Relaxed)) * self.workers
    }

    pub fn queued_tokens(&self) -> u64 {
        self.queued_tokens.load(Ordering::Relaxed)
    }

    /// Tokens taken by workers whose batch has not finished.
    pub fn running_tokens(&self) -> u64 {
        self.running_tokens.load(Ordering::Relaxed)
    }

    /// Estimated time for the workers to get through what is queued and running plus `extra`
    /// tokens (a running batch counts whole: conservative by up to one batch).
    pub fn drain_time(&self, extra: usize) -> Duration {
        let ahead = self.queued_tokens() + self.running_tokens() + extra as u64;
        Duration::from_secs_f64(ahead as f64 / self.throughput())
    }

    /// Ok when `tokens` more can be run before `deadline`; else the estimated time until the
    /// queue has drained, for Retry-After. An idle gateway always admits: there is nothing to
    /// wait behind (a job too big for its own deadline runs and gets 504, rather than a 429 that
    /// no retry could cure), and refusing would leave the throughput unmeasured.
    pub fn check(&self, tokens: usize, deadline: Instant) -> Result<(), Duration> {
        if self.queued_tokens() == 0 && self.running_tokens() == 0 {
            return Ok(());
        }
        let remaining = deadline.saturating_duration_since(Instant::now());
        if self.drain_time(tokens).as_secs_f64() <= remaining.as_secs_f64() * ADMIT_SHARE {
            Ok(())
        } else {
            Err(self.drain_time(0))
        }
    }

    /// A job of `tokens` entered the queue.
    pub fn queued(&self, tokens: usize) {
        self.queued_tokens.fetch_add(tokens as u64, Ordering::Relaxed);
    }

    /// A job of `tokens` left the queue without running (skipped, abandoned, never queued).
    pub fn dequeued(&self, tokens: usize) {
        sub(&self.queued_tokens, tokens);
    }

    /// A worker took a job of `tokens` into a batch.
    pub fn started(&self, tokens: usize) {
        self.running_tokens.fetch_add(tokens as u64, Ordering::Relaxed);
        sub(&self.queued_tokens, tokens);
    }

    /// A worker finished a batch of `tokens` in `elapsed`: they leave the work ahead, and the rate
    /// is folded into the running average.
    pub fn finished(&self, tokens: usize, elapsed: Duration) {
        sub(&self.running_tokens, tokens);
        self.record(tokens, elapsed);
    }

    fn record(&self, tokens: usize, elapsed: Duration) {
        let secs = elapsed.as_secs_f64();
        if tokens == 0 || secs <= 0.0 {
            return;
        }
        let rate = tokens as f64 / secs;
        let alpha = EWMA_ALPHA * (tokens as f64 / FULL_WEIGHT_TOKENS).clamp(0.1, 1.0);
        let _ = self.worker_rate.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |bits| {
            let old = f64::from_bits(bits);
            Some((old + alpha * (rate - old)).to_bits())
        });
    }
}

fn sub(counter: &AtomicU64, tokens: usize) {
    let _ = counter.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |q| Some(q.saturating_sub(tokens as u64)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_queue_admits_anything() {
        let a = Admission::new(1, None);
        assert!(a.check(1_000_000, Instant::now() + Duration::from_millis(1)).is_ok());
    }

    #[test]
    fn refuses_what_cannot_finish_before_its_deadline() {
        let a = Admission::new(1, None);
        for _ in 0..50 {
            a.started(1_000);
            a.finished(1_000, Duration::from_millis(100)); // 10,000 tokens/s
        }
        assert_eq!(a.running_tokens(), 0);
        assert!((a.throughput() - 10_000.0).abs() < 100.0, "{}", a.throughput());
        a.queued(5_000); // 0.5 s of work
        let soon = Instant::now() + Duration::from_millis(600);
        let later = Instant::now() + Duration::from_secs(2);
        let wait = a.check(100, soon).unwrap_err();
        assert!(wait > Duration::from_millis(450) && wait < Duration::from_millis(550), "{wait:?}");
        assert!(a.check(100, later).is_ok());
        a.started(5_000);
        assert_eq!(a.queued_tokens(), 0);
        assert!(a.check(100, soon).is_err(), "a running batch is work ahead too");
        a.finished(5_000, Duration::from_millis(500));
        assert!(a.check(100, soon).is_ok());
        a.dequeued(10);
        assert_eq!(a.queued_tokens(), 0, "never below zero");
    }

    #[test]
    fn job_state_expires_cancels_and_extends() {
        let now = Instant::now();
        let s = JobState::new(now + Duration::from_millis(10));
        assert_eq!(s.skip(now), None);
        assert_eq!(s.skip(now + Duration::from_millis(20)), Some(Skip::Expired));
        s.extend(now + Duration::from_secs(1));
        s.extend(now); // an earlier deadline never shortens it
        assert_eq!(s.skip(now + Duration::from_millis(20)), None);
        s.cancel();
        assert_eq!(s.skip(now), Some(Skip::Cancelled));
        assert_eq!(s.skip(now + Duration::from_secs(2)), Some(Skip::Expired));
    }

    #[test]
    fn an_abandoned_job_leaves_the_queued_work_once() {
        let admission = Arc::new(Admission::new(1, None));
        let state = Arc::new(JobState::new(Instant::now() + Duration::from_secs(1)));
        admission.queued(40);
        state.count();
        drop(CancelOnDrop { state: state.clone(), admission: admission.clone(), tokens: 40 });
        assert_eq!(admission.queued_tokens(), 0);
        assert!(state.is_cancelled());
        assert!(!state.uncount(), "the worker taking it later must not subtract again");
    }
}
