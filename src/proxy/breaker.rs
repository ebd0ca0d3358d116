//! A circuit breaker per upstream: after `failures` consecutive failures it opens and refuses at
//! once (no connection, no timeout to wait out) for `cool_down`; then one request goes through
//! as a probe, whose result closes it again or restarts the cool-down.

use std::sync::Arc;
use std::time::Instant;

use parking_lot::Mutex;
use prometheus::IntGauge;

use super::routes::BreakerSettings;

/// What a circuit does with the next request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CircuitState {
    Closed,
    /// Cool-down over: the next request is the probe (or the probe is in flight).
    HalfOpen,
    Open,
}

impl CircuitState {
    pub fn name(self) -> &'static str {
        match self {
            Self::Closed => "closed",
            Self::HalfOpen => "half_open",
            Self::Open => "open",
        }
    }

    /// The value of the `circuit_state` gauge.
    pub fn gauge(self) -> i64 {
        match self {
            Self::Closed => 0,
            Self::HalfOpen => 1,
            Self::Open => 2,
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum State {
    Closed { failures: u32 },
    Open { until: Instant },
    HalfOpen { probing: bool },
}

/// How an exchange went, for the breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The upstream answered (any status below 500, 429 included: it is alive, only busy).
    Healthy,
    /// Connect error, timeout, 5xx, or a body that broke before its first byte.
    Failed,
}

pub struct Breaker {
    settings: BreakerSettings,
    state: Mutex<State>,
    /// Route name, for the log lines of state changes.
    route: String,
    gauge: IntGauge,
}

/// Permission for one exchange. Dropped without a verdict (the client went away mid-probe), it
/// lets the next request probe instead of leaving the circuit half-open forever.
pub struct Pass {
    breaker: Arc<Breaker>,
    probe: bool,
    settled: bool,
}

impl Breaker {
    pub fn new(settings: BreakerSettings, route: String, gauge: IntGauge) -> Self {
        gauge.set(CircuitState::Closed.gauge());
        Self { settings, state: Mutex::new(State::Closed { failures: 0 }), route, gauge }
    }

    /// The state as a request arriving now would find it.
    pub fn state(&self, now: Instant) -> CircuitState {
        match *self.state.lock() {
            State::Closed { .. } => CircuitState::Closed,
            State::Open { until } if now < until => CircuitState::Open,
            State::Open { .. } | State::HalfOpen { .. } => CircuitState::HalfOpen,
        }
    }

    /// A pass for one exchange, or `None` while the circuit is open (or its probe is out).
    pub fn admit(self: &Arc<Self>, now: Instant) -> Option<Pass> {
        let mut state = self.state.lock();
        let probe = match *state {
            State::Closed { .. } => false,
            State::Open { until } if now < until => return None,
            State::HalfOpen { probing: true } => return None,
            State::Open { .. } | State::HalfOpen { probing: false } => {
                *state = State::HalfOpen { probing: true };
                self.gauge.set(CircuitState::HalfOpen.gauge());
                true
            }
        };
        Some(Pass { breaker: self.clone(), probe, settled: false })
    }

    fn settle(&self, probe: bool, verdict: Verdict, now: Instant) {
        let mut state = self.state.lock();
        let next = match (*state, probe, verdict) {
            (State::Closed { .. }, _, Verdict::Healthy) => State::Closed { failures: 0 },
            (State::Closed { failures }, _, Verdict::Failed) if failures + 1 >= self.settings.failures => {
                tracing::warn!(route = self.route, failures = failures + 1, "upstream circuit opened");
                State::Open { until: now + self.settings.cool_down }
            }
            (State::Closed { failures }, _, Verdict::Failed) => State::Closed { failures: failures + 1 },
            (State::HalfOpen { .. }, true, Verdict::Healthy) => {
                tracing::info!(route = self.route, "upstream circuit closed: the probe succeeded");
                State::Closed { failures: 0 }
            }
            (State::HalfOpen { .. }, true, Verdict::Failed) => {
                tracing::warn!(route = self.route, "upstream circuit reopened: the probe failed");
                State::Open { until: now + self.settings.cool_down }
            }
            // Exchanges admitted before the circuit opened: only the probe decides now.
            (other, _, _) => other,
        };
        *state = next;
        self.gauge.set(
            match next {
                State::Closed { .. } => CircuitState::Closed,
                State::Open { .. } => CircuitState::Open,
                State::HalfOpen { .. } => CircuitState::HalfOpen,
            }
            .gauge(),
        );
    }
}

impl Pass {
    pub fn settle(mut self, verdict: Verdict) {
        self.settled = true;
        self.breaker.settle(self.probe, verdict, Instant::now());
    }
}

impl Drop for Pass {
    fn drop(&mut self) {
        if self.probe && !self.settled {
            let mut state = self.breaker.state.lock();
            if matches!(*state, State::HalfOpen { probing: true }) {
                *state = State::HalfOpen { probing: false };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn breaker(failures: u32) -> Arc<Breaker> {
        let settings = BreakerSettings { failures, cool_down: Duration::from_secs(10) };
        Arc::new(Breaker::new(settings, "r".into(), IntGauge::new("g", "g").unwrap()))
    }

    #[test]
    fn consecutive_failures_open_and_a_probe_closes() {
        let b = breaker(3);
        let t0 = Instant::now();
        b.admit(t0).unwrap().settle(Verdict::Failed);
        b.admit(t0).unwrap().settle(Verdict::Failed);
        b.admit(t0).unwrap().settle(Verdict::Healthy); // a success resets the count
        for _ in 0..3 {
            b.admit(t0).unwrap().settle(Verdict::Failed);
        }
        assert_eq!(b.state(t0), CircuitState::Open);
        assert_eq!(b.gauge.get(), 2);
        assert!(b.admit(t0 + Duration::from_secs(9)).is_none());
        let later = t0 + Duration::from_secs(11);
        assert_eq!(b.state(later), CircuitState::HalfOpen);
        let probe = b.admit(later).unwrap();
        assert!(b.admit(later).is_none(), "one probe at a time");
        probe.settle(Verdict::Healthy);
        assert_eq!(b.state(later), CircuitState::Closed);
        assert_eq!(b.gauge.get(), 0);
    }

    #[test]
    fn a_failed_probe_reopens_and_an_abandoned_one_frees_the_slot() {
        let b = breaker(1);
        let t0 = Instant::now();
        b.admit(t0).unwrap().settle(Verdict::Failed);
        let later = Instant::now() + Duration::from_secs(11);
        drop(b.admit(later).unwrap()); // client gone mid-probe
        let probe = b.admit(later).expect("the next request probes");
        probe.settle(Verdict::Failed);
        assert_eq!(b.state(Instant::now()), CircuitState::Open);
    }
}
