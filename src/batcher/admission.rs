//! Admission by deadline: a job is queued only if the work already queued ahead of it, at the
//! measured model throughput, leaves time to run it before its deadline. Under any overload the
//! gateway keeps answering what it accepted in time and refuses the rest at once (429), instead
//! of queueing work that can only end in a timeout.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// Throughput assumed when none was measured at start-up, in tokens per second: low, so a first
/// burst is refused rather than over-admitted. Batches served replace it.
const SEED_TOKENS_PER_SEC: f64 = 1_000.0;
/// Weight of the newest batch in the throughput average, for a batch of at least
/// [`FULL_WEIGHT_TOKENS`]; smaller batches weigh proportionally less (but at least 1/10 of it).
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
/// rate at which the workers together get through it under load.
///
/// The rate is that of batches formed under load, because queued work is run in such batches: it
/// starts from a full batch timed at start-up, and a batch formed while texts of other requests
/// waited (or that reached its size or token limit) moves it either way. A batch of one request's
/// texts (a lone text at low load) costs more per token, so its rate is only a lower bound of
/// what batches under load do: it may raise the estimate, never lower it. Otherwise a quiet spell
/// of lone texts would drag the estimate down and the next burst, one the workers could finish in
/// time, would be refused.
#[derive(Debug)]
pub struct Admission {
    queued_tokens: AtomicU64,
    running_tokens: AtomicU64,
    /// Batches being computed now (not those still being formed).
    running_batches: AtomicU64,
    /// Tokens per second of all workers together, an f64's bits.
    rate: AtomicU64,
}

/// What a worker measured of one batch, for the throughput estimate.
#[derive(Debug, Clone, Copy)]
pub struct BatchRun {
    /// Tokens of its texts.
    pub tokens: usize,
    /// From when the batch had the device (or its share of the cores) to its logits.
    pub elapsed: Duration,
    /// How many batches shared the cores with it on average, itself included (1 on a device that
    /// runs one batch at a time): its rate times this is the workers' rate.
    pub sharing: f64,
    /// It holds texts of several requests, or reached its size or token limit: the rate under load.
    pub loaded: bool,
}

impl Admission {
    /// `measured`: the workers' tokens per second on a full batch, timed at start-up; else a low
    /// constant.
    pub fn new(measured: Option<f64>) -> Self {
        let seed = measured.filter(|r| r.is_finite() && *r > 0.0).unwrap_or(SEED_TOKENS_PER_SEC);
        Self {
            queued_tokens: AtomicU64::new(0),
            running_tokens: AtomicU64::new(0),
            running_batches: AtomicU64::new(0),
            rate: AtomicU64::new(seed.to_bits()),
        }
    }

    /// Tokens per second of all workers together.
    pub fn throughput(&self) -> f64 {
        f64::from_bits(self.rate.load(Ordering::Relaxed))
    }

    pub fn queued_tokens(&self) -> u64 {
        self.queued_tokens.load(Ordering::Relaxed)
    }

    /// Tokens taken by workers whose batch has not finished.
    pub fn running_tokens(&self) -> u64 {
        self.running_tokens.load(Ordering::Relaxed)
    }

    /// Batches started and not yet finished.
    pub fn running_batches(&self) -> u64 {
        self.running_batches.load(Ordering::Relaxed)
    }

    /// Estimated time for the workers to get through what is queued and running plus `extra`
    /// tokens. A running batch counts whole: conservative by up to a batch, part of the margin
    /// `ADMIT_SHARE` leaves (crediting its progress at the estimated rate gave several times the
    /// 504s at 2x and 5x load in `benches/overload.rs`, docs/performance.md).
    pub fn drain_time(&self, extra: usize) -> Duration {
        let ahead = self.queued_tokens() + self.running_tokens() + extra as u64;
        Duration::from_secs_f64(ahead as f64 / self.throughput())
    }

    /// Ok when `tokens` more can be run before `deadline`; else the estimated time until the
    /// queue has drained, for Retry-After. An idle gateway always admits: there is nothing to
    /// wait behind (a job too big for its own deadline runs and gets 504, rather than a 429 that
    /// no retry could cure), and refusing would leave the throughput unmeasured.
    /// `check(0, ..)` failing means any job fails: callers use it to refuse before tokenizing.
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
        sub(&self.queued_tokens, tokens as u64);
    }

    /// A worker took a job of `tokens` into a batch.
    pub fn started(&self, tokens: usize) {
        self.running_tokens.fetch_add(tokens as u64, Ordering::Relaxed);
        sub(&self.queued_tokens, tokens as u64);
    }

    /// A worker starts computing a batch: the batches computing now, this one included.
    pub fn batch_started(&self) -> u64 {
        self.running_batches.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// A worker's batch finished: its tokens leave the work ahead, and its rate is folded into the
    /// estimate.
    pub fn finished(&self, run: BatchRun) {
        sub(&self.running_tokens, run.tokens as u64);
        sub(&self.running_batches, 1);
        self.record(run);
    }

    fn record(&self, run: BatchRun) {
        let secs = run.elapsed.as_secs_f64();
        if run.tokens == 0 || secs <= 0.0 {
            return;
        }
        let rate = run.tokens as f64 * run.sharing.max(1.0) / secs;
        let alpha = EWMA_ALPHA * (run.tokens as f64 / FULL_WEIGHT_TOKENS).clamp(0.1, 1.0);
        let _ = self.rate.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |bits| {
            let old = f64::from_bits(bits);
            (run.loaded || rate > old).then(|| (old + alpha * (rate - old)).to_bits())
        });
    }
}

fn sub(counter: &AtomicU64, n: u64) {
    let _ = counter.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |q| Some(q.saturating_sub(n)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A batch of `tokens` that ran `ms` milliseconds alone.
    fn run(a: &Admission, tokens: usize, ms: f64, loaded: bool) {
        a.started(tokens);
        a.batch_started();
        a.finished(BatchRun { tokens, elapsed: Duration::from_secs_f64(ms / 1e3), sharing: 1.0, loaded });
    }

    #[test]
    fn an_empty_queue_admits_anything() {
        let a = Admission::new(None);
        assert!(a.check(1_000_000, Instant::now() + Duration::from_millis(1)).is_ok());
    }

    #[test]
    fn refuses_what_cannot_finish_before_its_deadline() {
        let a = Admission::new(None);
        for _ in 0..50 {
            run(&a, 1_000, 100.0, true); // 10,000 tokens/s
        }
        assert_eq!((a.running_tokens(), a.running_batches()), (0, 0));
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
        a.batch_started();
        a.finished(BatchRun { tokens: 5_000, elapsed: Duration::from_millis(500), sharing: 1.0, loaded: true });
        assert!(a.check(100, soon).is_ok());
        a.dequeued(10);
        assert_eq!(a.queued_tokens(), 0, "never below zero");
    }

    #[test]
    fn lone_texts_never_lower_the_rate_under_load_and_batches_under_load_do() {
        let a = Admission::new(Some(10_000.0));
        for _ in 0..1_000 {
            run(&a, 12, 6.0, false); // 2,000 tokens/s: a lone text's fixed costs dominate
        }
        assert_eq!(a.throughput(), 10_000.0);
        for _ in 0..20 {
            run(&a, 300, 20.0, false); // 15,000 tokens/s: even one request's batch shows the workers can
        }
        assert!(a.throughput() > 12_000.0, "{}", a.throughput());
        for _ in 0..100 {
            run(&a, 600, 100.0, true); // 6,000 tokens/s: the machine got slower
        }
        assert!((a.throughput() - 6_000.0).abs() < 100.0, "{}", a.throughput());
    }

    #[test]
    fn batches_sharing_the_cores_count_as_the_workers_rate() {
        let a = Admission::new(Some(1_000.0));
        for _ in 0..100 {
            // Two workers' batches overlapping throughout: each 1,000 tokens in 200 ms.
            a.started(2_000);
            assert_eq!((a.batch_started(), a.batch_started()), (1, 2));
            for _ in 0..2 {
                let run = BatchRun { tokens: 1_000, elapsed: Duration::from_millis(200), sharing: 2.0, loaded: true };
                a.finished(run);
            }
        }
        assert!((a.throughput() - 10_000.0).abs() < 10.0, "{}", a.throughput());
        assert_eq!((a.running_tokens(), a.running_batches()), (0, 0));
    }

    /// A closed loop ramping up after a quiet spell: one client sending lone texts, then 200
    /// clients' texts at once. The workers (cost model: 5 ms a call + 12,000 tokens/s, so 2,400
    /// tokens/s on lone texts and 10,667 on full batches of 32) finish all 200 in 0.28 s of full
    /// batches, well within 60 % of the 1 s deadline: none may be refused, and none is while
    /// batches run either.
    #[test]
    fn a_closed_loop_the_workers_can_serve_in_time_is_never_refused() {
        const TOKENS: usize = 15;
        let cost_ms = |texts: usize| 5.0 + (texts * TOKENS) as f64 / 12.0;
        let a = Admission::new(Some(32.0 * TOKENS as f64 / cost_ms(32) * 1e3));
        let deadline = || Instant::now() + Duration::from_secs(1);
        for _ in 0..500 {
            assert!(a.check(TOKENS, deadline()).is_ok());
            run(&a, TOKENS, cost_ms(1), false);
        }
        let mut waiting = 0;
        for client in 0..200 {
            assert!(a.check(TOKENS, deadline()).is_ok(), "client {client} refused at {} tokens/s", a.throughput());
            a.queued(TOKENS);
            waiting += 1;
        }
        while waiting > 0 {
            let texts = waiting.min(32);
            waiting -= texts;
            a.started(texts * TOKENS);
            a.batch_started();
            a.finished(BatchRun {
                tokens: texts * TOKENS,
                elapsed: Duration::from_secs_f64(cost_ms(texts) / 1e3),
                sharing: 1.0,
                loaded: texts > 1,
            });
            // Each answered client sends its next text at once.
            for _ in 0..texts {
                assert!(a.check(TOKENS, deadline()).is_ok(), "refused at {} tokens/s", a.throughput());
            }
        }
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
        let admission = Arc::new(Admission::new(None));
        let state = Arc::new(JobState::new(Instant::now() + Duration::from_secs(1)));
        admission.queued(40);
        state.count();
        drop(CancelOnDrop { state: state.clone(), admission: admission.clone(), tokens: 40 });
        assert_eq!(admission.queued_tokens(), 0);
        assert!(state.is_cancelled());
        assert!(!state.uncount(), "the worker taking it later must not subtract again");
    }
}
