//! `eval --precision-gate`: the accuracy contract a reduced CPU precision (bf16, int8) must meet,
//! set by set, against f32 before `CPU_PRECISION=auto` may choose it for this model. Per held-out
//! set: the final answer's accuracy (after confidence routing) within 0.2 pt of f32's, ECE within
//! 0.01 of f32's, and at least 99.5 % of final answers identical text by text.

use crate::model::Prediction;
use crate::routing::ConfidenceRouting;
use crate::training::calibration;

pub const MAX_ACCURACY_DROP_PT: f64 = 0.2;
pub const MAX_ECE_CHANGE: f64 = 0.01;
pub const MIN_AGREEMENT: f64 = 0.995;

/// One precision's answers on one set.
#[derive(Debug, Clone)]
pub struct SetScore {
    /// Final classes after confidence routing, text by text.
    pub answers: Vec<usize>,
    pub accuracy: f64,
    pub ece: f64,
}

impl SetScore {
    pub fn new(predictions: &[Prediction], labels: &[usize], rule: ConfidenceRouting) -> Self {
        let answers: Vec<usize> = predictions.iter().map(|p| rule.route(p.class, p.confidence).class).collect();
        let right = answers.iter().zip(labels).filter(|(a, l)| a == l).count();
        let points: Vec<(f32, bool)> =
            predictions.iter().zip(labels).map(|(p, &l)| (p.confidence, p.class == l)).collect();
        Self { accuracy: right as f64 / labels.len().max(1) as f64, ece: calibration::ece(&points), answers }
    }
}

/// A reduced precision's set against f32's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    /// Final-answer accuracy minus f32's, in points (negative: worse).
    pub accuracy_delta_pt: f64,
    pub ece_delta: f64,
    /// Share of texts with the same final answer as f32.
    pub agreement: f64,
}

impl Verdict {
    pub fn of(reference: &SetScore, other: &SetScore) -> Self {
        let same = reference.answers.iter().zip(&other.answers).filter(|(a, b)| a == b).count();
        Self {
            accuracy_delta_pt: 100.0 * (other.accuracy - reference.accuracy),
            ece_delta: other.ece - reference.ece,
            agreement: same as f64 / reference.answers.len().max(1) as f64,
        }
    }

    pub fn passes(&self) -> bool {
        // The epsilon: 2 texts in 1,000 are 0.2 pt, which must not fail on rounding.
        const EPS: f64 = 1e-9;
        self.accuracy_delta_pt >= -MAX_ACCURACY_DROP_PT - EPS
            && self.ece_delta.abs() <= MAX_ECE_CHANGE + EPS
            && self.agreement >= MIN_AGREEMENT - EPS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(class: usize, confidence: f32) -> Prediction {
        Prediction { class, confidence, probabilities: vec![] }
    }

    #[test]
    fn the_contract_counts_final_answers_and_holds_each_bound() {
        let rule = ConfidenceRouting { threshold: 0.6, labels: 2 };
        let labels = vec![0; 1000];
        let f32_preds: Vec<Prediction> = (0..1000).map(|_| p(0, 0.9)).collect();
        let reference = SetScore::new(&f32_preds, &labels, rule);
        assert_eq!(reference.accuracy, 1.0);
        // Two texts in 1,000 go slow by confidence routing: 0.2 pt, 99.8 % agreement: passes.
        let mut two = f32_preds.clone();
        two[0] = p(0, 0.55);
        two[1] = p(0, 0.58);
        let v = Verdict::of(&reference, &SetScore::new(&two, &labels, rule));
        assert!((v.accuracy_delta_pt + 0.2).abs() < 1e-9 && (v.agreement - 0.998).abs() < 1e-9, "{v:?}");
        assert!(v.passes());
        // Three: 0.3 pt lost, fails.
        let mut three = two.clone();
        three[2] = p(1, 0.7);
        assert!(!Verdict::of(&reference, &SetScore::new(&three, &labels, rule)).passes());
        // Same answers, confidences 0.05 lower everywhere: the ECE moves by 0.05, fails.
        let lower: Vec<Prediction> = (0..1000).map(|_| p(0, 0.85)).collect();
        let v = Verdict::of(&reference, &SetScore::new(&lower, &labels, rule));
        assert_eq!(v.agreement, 1.0);
        assert!(!v.passes(), "{v:?}");
    }
}
