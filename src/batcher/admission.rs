//! Admission. A request that states its deadline (`x-request-timeout-ms`) is queued only if the
//! work already queued ahead of it, and its own, at the measured model throughput, leave time to
//! run it before that deadline; it is refused at once (429) otherwise, instead of queueing work
//! that can only end in a timeout. A request that states none is a closed-loop client: it waits in
//! the bounded queue (the service checks the bound) for up to REQUEST_TIMEOUT_MS.

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

/// What a request waits for, and until when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// The client stated one: its answer is due by then. Admission refuses what cannot make it,
    /// and a queued text that would miss it is answered 429 without running.
    Answer(Instant),
    /// None stated (a closed-loop client): it waits for a worker until then at most (429 after),
    /// and once a worker has taken its text, for the answer.
    Queue(Instant),
}

impl Deadline {
    pub fn at(self) -> Instant {
        match self {
            Deadline::Answer(at) | Deadline::Queue(at) => at,
        }
    }
}

/// A job's deadline and whether anyone still waits for it, shared by the job in the queue and the
/// request(s) waiting for its answer.
#[derive(Debug)]
pub struct JobState {
    /// Nanoseconds after [`epoch`] after which no waiting request wants it started; coalesced
    /// requests with later deadlines extend it.
    deadline_ns: AtomicU64,
    /// A request without an answer deadline waits for it: once started it runs to the end, so it
    /// is never dropped as late.
    open_ended: AtomicBool,
    cancelled: AtomicBool,
    /// Its tokens are counted in the queue: cleared by whoever takes them out first, the worker
    /// taking the job or the last client going away.
    counted: AtomicBool,
    /// Handed to the model: a request that times out after this gets 504, before it 429.
    started: AtomicBool,
}

/// Why a worker answers a job without running it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Its deadline (or a closed-loop client's wait) passed while it waited.
    Expired,
    /// Its batch, at the cautious rate, would end after its answer deadline.
    Late,
    /// Every request waiting for it was dropped (the clients went away).
    Cancelled,
}

impl Skip {
    pub fn label(self) -> &'static str {
        match self {
            Skip::Expired => "expired",
            Skip::Late => "late",
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
    pub fn new(deadline: Deadline) -> Self {
        Self {
            deadline_ns: AtomicU64::new(to_ns(deadline.at())),
            open_ended: AtomicBool::new(matches!(deadline, Deadline::Queue(_))),
            cancelled: AtomicBool::new(false),
            counted: AtomicBool::new(false),
            started: AtomicBool::new(false),
        }
    }

    pub fn deadline(&self) -> Instant {
        epoch() + Duration::from_nanos(self.deadline_ns.load(Ordering::Relaxed))
    }

    /// A coalesced request that waits longer keeps the job alive for as long.
    pub fn extend(&self, deadline: Deadline) {
        self.deadline_ns.fetch_max(to_ns(deadline.at()), Ordering::Relaxed);
        if matches!(deadline, Deadline::Queue(_)) {
            self.open_ended.store(true, Ordering::Relaxed);
        }
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

    /// Whether an answer ready at `done` would miss every waiting request's answer deadline.
    pub fn late(&self, done: Instant) -> bool {
        !self.open_ended.load(Ordering::Relaxed) && done > self.deadline()
    }

    pub(super) fn start(&self) {
        self.started.store(true, Ordering::Relaxed);
    }

    pub fn is_started(&self) -> bool {
        self.started.load(Ordering::Relaxed)
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
    /// The newest loaded batch's rate, an f64's bits: below the average when the machine dips.
    recent: AtomicU64,
    workers: u64,
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

/// Why a request with an answer deadline is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The work ahead cannot finish in time: the estimated time until it has drained.
    Backlog(Duration),
    /// Its own work, at the measured rate on an idle gateway, needs this long: more than its
    /// deadline leaves, whatever is queued.
    TooBig(Duration),
}

impl Admission {
    /// `measured`: the workers' tokens per second on a full batch, timed at start-up; else a low
    /// constant. `workers`: the inference workers, each of which takes a job at once when free.
    pub fn new(measured: Option<f64>, workers: usize) -> Self {
        let seed = measured.filter(|r| r.is_finite() && *r > 0.0).unwrap_or(SEED_TOKENS_PER_SEC);
        Self {
            queued_tokens: AtomicU64::new(0),
            running_tokens: AtomicU64::new(0),
            running_batches: AtomicU64::new(0),
            rate: AtomicU64::new(seed.to_bits()),
            recent: AtomicU64::new(seed.to_bits()),
            workers: workers.max(1) as u64,
        }
    }

    /// Tokens per second of all workers together.
    pub fn throughput(&self) -> f64 {
        f64::from_bits(self.rate.load(Ordering::Relaxed))
    }

    /// The lower of the average and the newest loaded batch's rate: a dip shows at once.
    fn cautious_throughput(&self) -> f64 {
        self.throughput().min(f64::from_bits(self.recent.load(Ordering::Relaxed)))
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

    /// Estimated time of a batch of `tokens` started now, sharing the cores with the batches
    /// running, at the cautious rate: what a worker checks before it runs a batch.
    pub fn batch_time(&self, tokens: usize) -> Duration {
        let sharing = (self.running_batches() + 1).min(self.workers) as f64;
        Duration::from_secs_f64(tokens as f64 * sharing / self.cautious_throughput())
    }

    /// Ok when `tokens` more can be run before `deadline`; else why not. A job whose own work
    /// does not fit is refused whatever is queued (no retry could cure it; a 504 after running it
    /// would waste the cores). With nothing queued and a worker free, the job starts at once, so
    /// only its own work, sharing the cores with the batches running, counts: admission never
    /// refuses while a worker idles. `check(0, ..)` failing means any job fails: callers use it to
    /// refuse before tokenizing.
    pub fn check(&self, tokens: usize, deadline: Instant) -> Result<(), Refusal> {
        let budget = deadline.saturating_duration_since(Instant::now()).as_secs_f64() * ADMIT_SHARE;
        let own = tokens as f64 / self.throughput();
        if own > budget {
            return Err(Refusal::TooBig(Duration::from_secs_f64(own)));
        }
        let running = self.running_batches();
        if self.queued_tokens() == 0 && running < self.workers && own * (running + 1) as f64 <= budget {
            return Ok(());
        }
        if self.drain_time(tokens).as_secs_f64() <= budget {
            Ok(())
        } else {
            Err(Refusal::Backlog(self.drain_time(0)))
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

    /// A worker dropped a job of `tokens` from its batch before running it.
    pub fn unstarted(&self, tokens: usize) {
        sub(&self.running_tokens, tokens as u64);
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
        if run.loaded {
            self.recent.store(rate.to_bits(), Ordering::Relaxed);
        }
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
    fn an_idle_gateway_admits_what_fits_its_deadline_and_refuses_what_cannot() {
        let a = Admission::new(Some(10_000.0), 2);
        let in_a_second = Instant::now() + Duration::from_secs(1);
        assert!(a.check(1_000, in_a_second).is_ok());
        match a.check(100_000, in_a_second) {
            Err(Refusal::TooBig(need)) => assert!((need.as_secs_f64() - 10.0).abs() < 0.01, "{need:?}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_free_worker_takes_a_job_whatever_the_other_runs() {
        let a = Admission::new(Some(10_000.0), 2);
        a.started(100_000); // 10 s of work on one worker
        a.batch_started();
        let in_a_second = Instant::now() + Duration::from_secs(1);
        assert!(a.check(1_000, in_a_second).is_ok(), "the second worker is free");
        a.batch_started();
        assert!(matches!(a.check(1_000, in_a_second), Err(Refusal::Backlog(_))), "both workers are busy");
    }

    #[test]
    fn a_slower_batch_shows_in_the_batch_time_at_once() {
        let a = Admission::new(Some(10_000.0), 2);
        assert!((a.batch_time(1_000).as_secs_f64() - 0.1).abs() < 1e-6);
        run(&a, 1_000, 500.0, true); // 2,000 tokens/s: the machine dips
        assert!(a.throughput() > 8_000.0, "the average moves slowly: {}", a.throughput());
        assert!((a.batch_time(1_000).as_secs_f64() - 0.5).abs() < 1e-6);
        a.batch_started();
        assert!((a.batch_time(1_000).as_secs_f64() - 1.0).abs() < 1e-6, "sharing the cores with a running batch");
    }

    #[test]
    fn refuses_what_cannot_finish_before_its_deadline() {
        let a = Admission::new(None, 1);
        for _ in 0..50 {
            run(&a, 1_000, 100.0, true); // 10,000 tokens/s
        }
        assert_eq!((a.running_tokens(), a.running_batches()), (0, 0));
        assert!((a.throughput() - 10_000.0).abs() < 100.0, "{}", a.throughput());
        a.queued(5_000); // 0.5 s of work
        let soon = Instant::now() + Duration::from_millis(600);
        let later = Instant::now() + Duration::from_secs(2);
        let Err(Refusal::Backlog(wait)) = a.check(100, soon) else { panic!("admitted") };
        assert!(wait > Duration::from_millis(450) && wait < Duration::from_millis(550), "{wait:?}");
        assert!(a.check(100, later).is_ok());
        a.started(5_000);
        a.batch_started();
        assert_eq!(a.queued_tokens(), 0);
        assert!(a.check(100, soon).is_err(), "a running batch is work ahead too");
        a.finished(BatchRun { tokens: 5_000, elapsed: Duration::from_millis(500), sharing: 1.0, loaded: true });
        assert!(a.check(100, soon).is_ok());
        a.dequeued(10);
        assert_eq!(a.queued_tokens(), 0, "never below zero");
    }

    #[test]
    fn lone_texts_never_lower_the_rate_under_load_and_batches_under_load_do() {
        let a = Admission::new(Some(10_000.0), 2);
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
        let a = Admission::new(Some(1_000.0), 2);
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
        let a = Admission::new(Some(32.0 * TOKENS as f64 / cost_ms(32) * 1e3), 2);
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
        let s = JobState::new(Deadline::Answer(now + Duration::from_millis(10)));
        assert_eq!(s.skip(now), None);
        assert_eq!(s.skip(now + Duration::from_millis(20)), Some(Skip::Expired));
        assert!(s.late(now + Duration::from_millis(20)) && !s.late(now));
        s.extend(Deadline::Answer(now + Duration::from_secs(1)));
        s.extend(Deadline::Answer(now)); // an earlier deadline never shortens it
        assert_eq!(s.skip(now + Duration::from_millis(20)), None);
        s.extend(Deadline::Queue(now));
        assert!(!s.late(now + Duration::from_secs(5)), "a closed-loop client waits for the answer");
        s.cancel();
        assert_eq!(s.skip(now), Some(Skip::Cancelled));
        assert_eq!(s.skip(now + Duration::from_secs(2)), Some(Skip::Expired));
    }

    #[test]
    fn an_abandoned_job_leaves_the_queued_work_once() {
        let admission = Arc::new(Admission::new(None, 2));
        let state = Arc::new(JobState::new(Deadline::Answer(Instant::now() + Duration::from_secs(1))));
        admission.queued(40);
        state.count();
        drop(CancelOnDrop { state: state.clone(), admission: admission.clone(), tokens: 40 });
        assert_eq!(admission.queued_tokens(), 0);
        assert!(state.is_cancelled());
        assert!(!state.uncount(), "the worker taking it later must not subtract again");
    }
}
