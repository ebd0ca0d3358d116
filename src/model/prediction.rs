//! A prediction from a text's logits: temperature-scaled softmax and its top class. Shared by
//! every engine and by training's evaluation.

/// Class probabilities for one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// Index of the most probable class.
    pub class: usize,
    pub confidence: f32,
    pub probabilities: Vec<f32>,
}

/// Softmax of `logits / temperature` and its top class.
pub fn softmax_prediction(logits: &[f32], temperature: f32) -> Prediction {
    let max = logits.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f64> = logits.iter().map(|&l| ((l - max) as f64 / temperature as f64).exp()).collect();
    let total: f64 = exps.iter().sum();
    let probabilities: Vec<f32> = exps.iter().map(|e| (e / total) as f32).collect();
    let (class, &confidence) =
        probabilities.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).expect("at least one class");
    Prediction { class, confidence, probabilities }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn softmax_picks_max() {
        let p = softmax_prediction(&[0.0, 2.0], 1.0);
        assert_eq!(p.class, 1);
        assert!((p.confidence - 0.880797).abs() < 1e-5);
        assert!((p.probabilities.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        // A higher temperature softens the confidence, never the class: softmax([0, 1]).
        let soft = softmax_prediction(&[0.0, 2.0], 2.0);
        assert_eq!(soft.class, 1);
        assert!((soft.confidence - 0.731059).abs() < 1e-5);
    }
}
