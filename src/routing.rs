//! Confidence routing, the gateway's business rule on top of the model: a fast-path answer the
//! model is unsure of goes to the slow path, where a wrong route costs money rather than quality.
//! The HTTP handlers (through the service) and `eval` apply the same rule.

/// The final route of one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// The class the caller should act on.
    pub class: usize,
    /// True when the model said fast path (0) below the threshold and the route became slow
    /// path (1).
    pub confidence_routed: bool,
}

/// `CONFIDENCE_THRESHOLD` for a two-class (fast / slow) router; other label sets pass through.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConfidenceRouting {
    pub threshold: f32,
    pub labels: usize,
}

impl ConfidenceRouting {
    pub fn route(&self, class: usize, confidence: f32) -> Route {
        let confidence_routed = self.labels == 2 && class == 0 && confidence < self.threshold;
        Route { class: if confidence_routed { 1 } else { class }, confidence_routed }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsure_fast_path_goes_slow() {
        let rule = ConfidenceRouting { threshold: 0.7, labels: 2 };
        assert_eq!(rule.route(0, 0.69), Route { class: 1, confidence_routed: true });
        assert_eq!(rule.route(0, 0.7), Route { class: 0, confidence_routed: false });
        assert_eq!(rule.route(1, 0.51), Route { class: 1, confidence_routed: false });
    }

    #[test]
    fn other_label_sets_pass_through() {
        let rule = ConfidenceRouting { threshold: 0.9, labels: 3 };
        assert_eq!(rule.route(0, 0.4), Route { class: 0, confidence_routed: false });
    }
}
