//! Failing open: a request for the virtual model whose classification cannot be had in time goes
//! to the routes file's `on_router_unavailable` route, unclassified, instead of failing an LLM call
//! that a route could serve. The response header and a metric say why.

use crate::service::ServiceError;

/// Set on an answer routed without a classification: the cause.
pub const ROUTER_UNAVAILABLE_HEADER: &str = "x-router-unavailable";

/// Why the router had no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouterUnavailable {
    /// Admission refused it (the queued work cannot finish before the deadline, or the queue is
    /// full): what /v1/query-classify answers 429 to.
    Overloaded,
    /// Admitted, but no answer before the request's deadline.
    Timeout,
    /// The model failed on it.
    Failed,
    /// No worker will answer: the gateway is shutting down, or the worker went away.
    Down,
}

impl RouterUnavailable {
    pub fn of(error: &ServiceError) -> Self {
        match error {
            ServiceError::Overloaded(..) => Self::Overloaded,
            ServiceError::Timeout => Self::Timeout,
            ServiceError::Inference(_) => Self::Failed,
            ServiceError::ShuttingDown => Self::Down,
        }
    }

    /// The header's value and the metric's `cause` label.
    pub fn name(self) -> &'static str {
        match self {
            Self::Overloaded => "overloaded",
            Self::Timeout => "timeout",
            Self::Failed => "failed",
            Self::Down => "down",
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::service::Overload;

    #[test]
    fn every_service_error_is_a_cause() {
        let causes: Vec<&str> = [
            ServiceError::Overloaded(Overload::Backlog, Duration::from_millis(300)),
            ServiceError::Timeout,
            ServiceError::Inference("worker panicked".into()),
            ServiceError::ShuttingDown,
        ]
        .iter()
        .map(|e| RouterUnavailable::of(e).name())
        .collect();
        assert_eq!(causes, ["overloaded", "timeout", "failed", "down"]);
    }
}
