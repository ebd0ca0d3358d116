//! Confidence calibration: expected calibration error, reliability bins, a softmax temperature
//! fitted by likelihood on held-out logits, and the confidence-routing trade-off per threshold.

use serde::Serialize;

use crate::model::softmax_prediction;
use crate::routing::ConfidenceRouting;

/// Equal-width confidence bins over [0, 1] (the usual 15 of Guo et al., 2017).
pub const BINS: usize = 15;

/// One reliability bin: how sure the model said it was against how often it was right.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Bin {
    pub lower: f64,
    pub upper: f64,
    pub count: usize,
    pub mean_confidence: f64,
    pub accuracy: f64,
}

/// (top-class confidence, whether the top class was right) per text.
pub fn reliability(points: &[(f32, bool)]) -> Vec<Bin> {
    let mut sums = vec![(0usize, 0f64, 0usize); BINS];
    for &(confidence, hit) in points {
        let b = ((confidence as f64 * BINS as f64) as usize).min(BINS - 1);
        sums[b].0 += 1;
        sums[b].1 += confidence as f64;
        sums[b].2 += hit as usize;
    }
    sums.into_iter()
        .enumerate()
        .map(|(b, (count, conf, hits))| Bin {
            lower: b as f64 / BINS as f64,
            upper: (b + 1) as f64 / BINS as f64,
            count,
            mean_confidence: if count > 0 { conf / count as f64 } else { 0.0 },
            accuracy: if count > 0 { hits as f64 / count as f64 } else { 0.0 },
        })
        .collect()
}

/// Expected calibration error: the count-weighted gap between confidence and accuracy.
pub fn ece(points: &[(f32, bool)]) -> f64 {
    let total = points.len().max(1) as f64;
    reliability(points).iter().map(|b| b.count as f64 / total * (b.mean_confidence - b.accuracy).abs()).sum()
}

/// (confidence, hit) of each text at `temperature`.
pub fn points(logits: &[Vec<f32>], labels: &[usize], temperature: f32) -> Vec<(f32, bool)> {
    logits
        .iter()
        .zip(labels)
        .map(|(l, &label)| {
            let p = softmax_prediction(l, temperature);
            (p.confidence, p.class == label)
        })
        .collect()
}

/// Mean negative log-likelihood of the labels at `temperature`.
pub fn nll(logits: &[Vec<f32>], labels: &[usize], temperature: f64) -> f64 {
    let total: f64 = logits
        .iter()
        .zip(labels)
        .map(|(l, &label)| {
            let scaled: Vec<f64> = l.iter().map(|&x| x as f64 / temperature).collect();
            let max = scaled.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let log_sum = scaled.iter().map(|s| (s - max).exp()).sum::<f64>().ln() + max;
            log_sum - scaled[label]
        })
        .sum();
    total / logits.len().max(1) as f64
}

/// The temperature in [0.05, 20] that minimises the NLL (golden-section search on its log; the
/// NLL is unimodal in the temperature for fixed logits).
pub fn fit_temperature(logits: &[Vec<f32>], labels: &[usize]) -> f64 {
    let f = |log_t: f64| nll(logits, labels, log_t.exp());
    let (mut a, mut b) = (0.05f64.ln(), 20f64.ln());
    let ratio = (5f64.sqrt() - 1.0) / 2.0;
    let (mut c, mut d) = (b - ratio * (b - a), a + ratio * (b - a));
    let (mut fc, mut fd) = (f(c), f(d));
    while b - a > 1e-5 {
        if fc < fd {
            (b, d, fd) = (d, c, fc);
            c = b - ratio * (b - a);
            fc = f(c);
        } else {
            (a, c, fc) = (c, d, fd);
            d = a + ratio * (b - a);
            fd = f(d);
        }
    }
    ((a + b) / 2.0).exp()
}

/// What users get at one CONFIDENCE_THRESHOLD.
#[derive(Debug, Clone, Serialize)]
pub struct ThresholdRow {
    pub threshold: f32,
    /// Share of texts finally routed to the fast path (the saving).
    pub fast_share: f64,
    /// Share of true slow-path texts that end on the slow path (the quality guard).
    pub slow_recall: f64,
    /// Share of texts whose final route is right.
    pub accuracy: f64,
}

/// The routing trade-off over `thresholds` for a two-class router.
pub fn threshold_sweep(
    logits: &[Vec<f32>],
    labels: &[usize],
    temperature: f32,
    thresholds: &[f32],
) -> Vec<ThresholdRow> {
    let predictions: Vec<_> = logits.iter().map(|l| softmax_prediction(l, temperature)).collect();
    let slow_total = labels.iter().filter(|&&l| l == 1).count().max(1) as f64;
    thresholds
        .iter()
        .map(|&threshold| {
            let rule = ConfidenceRouting { threshold, labels: 2 };
            let routes: Vec<usize> = predictions.iter().map(|p| rule.route(p.class, p.confidence).class).collect();
            let n = labels.len().max(1) as f64;
            ThresholdRow {
                threshold,
                fast_share: routes.iter().filter(|&&r| r == 0).count() as f64 / n,
                slow_recall: routes.iter().zip(labels).filter(|(&r, &l)| l == 1 && r == 1).count() as f64 / slow_total,
                accuracy: routes.iter().zip(labels).filter(|(r, l)| r == l).count() as f64 / n,
            }
        })
        .collect()
}

/// Final-answer accuracy a threshold may cost against the argmax, per protocol.
pub const MAX_ACCURACY_COST: f64 = 0.003;

/// The highest threshold (the most slow-path recall) whose final-answer accuracy stays within
/// [`MAX_ACCURACY_COST`] of the argmax accuracy on every sweep, e.g. one sweep per protocol. Each
/// sweep's first row must be at 0.5, where a two-class router never routes.
pub fn recommended_threshold(sweeps: &[Vec<ThresholdRow>]) -> f32 {
    let n = sweeps.iter().map(Vec::len).min().unwrap_or(0);
    (0..n)
        .filter(|&i| sweeps.iter().all(|rows| rows[i].accuracy >= rows[0].accuracy - MAX_ACCURACY_COST - 1e-12))
        .map(|i| sweeps[0][i].threshold)
        .fold(0.5, f32::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ece_of_known_bins() {
        // Four texts at 0.9, three right: gap 0.15. Two at 0.6, both right: gap 0.4.
        let points = [(0.9, true), (0.9, true), (0.9, true), (0.9, false), (0.6, true), (0.6, true)];
        let expected = 4.0 / 6.0 * 0.15 + 2.0 / 6.0 * 0.4;
        assert!((ece(&points) - expected).abs() < 1e-6, "{}", ece(&points));
        let bins = reliability(&points);
        assert_eq!(bins.iter().map(|b| b.count).sum::<usize>(), 6);
        assert_eq!(bins[BINS - 2].count, 4); // 0.9 lies in [0.8667, 0.9333)
    }

    #[test]
    fn fitted_temperature_undoes_overconfidence() {
        // Logits drawn so that p(right) = sigmoid(z / 3): a model 3x too sure of itself.
        let mut logits = Vec::new();
        let mut labels = Vec::new();
        for i in 0..4000 {
            let z = 0.5 + (i % 40) as f32 * 0.25;
            let p_right = 1.0 / (1.0 + (-(z / 3.0) as f64).exp());
            // Deterministic stand-in for sampling: the first p_right share of 100 slots are right.
            let right = ((i / 40) % 100) as f64 / 100.0 < p_right;
            logits.push(vec![0.0, z]);
            labels.push(if right { 1 } else { 0 });
        }
        let t = fit_temperature(&logits, &labels);
        assert!((t - 3.0).abs() < 0.3, "temperature {t}");
        assert!(nll(&logits, &labels, t) < nll(&logits, &labels, 1.0));
        let before = ece(&points(&logits, &labels, 1.0));
        let after = ece(&points(&logits, &labels, t as f32));
        assert!(after < before / 3.0, "ECE {before} -> {after}");
    }

    #[test]
    fn sweep_trades_fast_share_for_slow_recall() {
        // Fast-path answers at 0.6 (right) and 0.9 (right); a slow text misread as fast at 0.65.
        let l = |p: f32| vec![(p / (1.0 - p)).ln(), 0.0];
        let logits = vec![l(0.6), l(0.9), l(0.65), vec![0.0, 3.0]];
        let labels = vec![0, 0, 1, 1];
        let rows = threshold_sweep(&logits, &labels, 1.0, &[0.5, 0.7, 0.95]);
        assert_eq!(rows[0].fast_share, 0.75);
        assert_eq!(rows[0].slow_recall, 0.5);
        assert_eq!(rows[1].fast_share, 0.25);
        assert_eq!(rows[1].slow_recall, 1.0);
        assert_eq!(rows[1].accuracy, 0.75);
        assert_eq!(rows[2].fast_share, 0.0);
    }

    #[test]
    fn recommendation_is_the_highest_threshold_within_the_accuracy_budget() {
        let row = |threshold, accuracy| ThresholdRow { threshold, fast_share: 0.0, slow_recall: 0.0, accuracy };
        let a = vec![row(0.5, 0.90), row(0.6, 0.899), row(0.7, 0.895), row(0.8, 0.91)];
        let b = vec![row(0.5, 0.97), row(0.6, 0.975), row(0.7, 0.98), row(0.8, 0.96)];
        // 0.7 costs a 0.5 pt, 0.8 costs b 1 pt: 0.6 is the highest both accept.
        assert_eq!(recommended_threshold(&[a.clone(), b]), 0.6);
        assert_eq!(recommended_threshold(&[a]), 0.8);
    }
}
