//! The native engine's attention loop: one (text, head) of a packed batch, compiled for AVX2 + FMA
//! and the baseline like the other host loops (`model::host_ops`).

use crate::model::host_ops::multiversion;

/// e^x for x ≤ 0 (scores minus their row maximum): 2^n · e^r with a degree-6 polynomial for e^r,
/// |r| ≤ ln2/2, within 2 ulp; inputs below -87 give ~1e-38 instead of underflowing to 0.
#[inline(always)]
fn exp_nonpositive(x: f32) -> f32 {
    const LN2_HI: f32 = 0.693_145_75;
    const LN2_LO: f32 = 1.428_606_8e-6;
    let x = x.max(-87.0);
    let n = (x * std::f32::consts::LOG2_E).round();
    let r = x - n * LN2_HI - n * LN2_LO;
    let p = 1.0 + r * (1.0 + r * (0.5 + r * (1.0 / 6.0 + r * (1.0 / 24.0 + r * (1.0 / 120.0 + r * (1.0 / 720.0))))));
    p * f32::from_bits(((n as i32 + 127) << 23) as u32)
}

/// One (text, head) of packed attention.
pub struct HeadAttention<'a> {
    /// `[tokens, 3·hidden]`: Q | K | V of every packed token.
    pub qkv: &'a [f32],
    pub hidden: usize,
    pub head: usize,
    pub head_dim: usize,
    /// The text's first token and length.
    pub first: usize,
    pub len: usize,
    pub scale: f32,
    /// Sliding-window attention: a query sees only the keys at most this many positions away
    /// (ModernBERT's local layers). `None`: every key of the text.
    pub window: Option<usize>,
}

multiversion! {
    /// softmax(Q·Kᵀ·scale)·V for one (text, head) over each query's keys (all, or those in its
    /// window), row by row into `out_row(i)`. `kt` (head_dim x len) and `scores` (len) are scratch.
    pub fn attend(a: &HeadAttention, kt: &mut [f32], scores: &mut [f32], out: &mut dyn FnMut(usize) -> *mut f32) {
        let (h, d, len) = (a.hidden, a.head_dim, a.len);
        let stride = 3 * h;
        // K transposed to [d, len], so each score row is a sum of axpys.
        for j in 0..len {
            let k = &a.qkv[(a.first + j) * stride + h + a.head * d..][..d];
            for (c, &v) in k.iter().enumerate() {
                kt[c * len + j] = v;
            }
        }
        for i in 0..len {
            // Keys lo..hi; masked keys would get a softmax weight of exactly 0 anyway.
            let (lo, hi) = match a.window {
                Some(w) => (i.saturating_sub(w), (i + w + 1).min(len)),
                None => (0, len),
            };
            let scores = &mut scores[..hi - lo];
            let q = &a.qkv[(a.first + i) * stride + a.head * d..][..d];
            scores.fill(0.0);
            for (c, &qv) in q.iter().enumerate() {
                let qv = qv * a.scale;
                for (s, &k) in scores.iter_mut().zip(&kt[c * len + lo..c * len + hi]) {
                    *s += qv * k;
                }
            }
            let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            for s in scores.iter_mut() {
                *s = exp_nonpositive(*s - max);
            }
            let inv = 1.0 / scores.iter().sum::<f32>();
            // SAFETY: `out` hands out row i's `d` values of this (text, head), written by no other task.
            let row = unsafe { std::slice::from_raw_parts_mut(out(i), d) };
            row.fill(0.0);
            for (j, &p) in (lo..hi).zip(scores.iter()) {
                let v = &a.qkv[(a.first + j) * stride + 2 * h + a.head * d..][..d];
                let p = p * inv;
                for (o, &v) in row.iter_mut().zip(v) {
                    *o += p * v;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A window covering the text is full attention; a window of 0 leaves each token its own value.
    #[test]
    fn sliding_window_limits_the_keys() {
        let (h, len) = (4, 5);
        let qkv: Vec<f32> = (0..len * 3 * h).map(|i| ((i * 37 % 11) as f32 - 5.0) / 4.0).collect();
        let run = |window| {
            let job = HeadAttention { qkv: &qkv, hidden: h, head: 0, head_dim: h, first: 0, len, scale: 0.5, window };
            let (mut kt, mut scores, mut out) = (vec![0.0; h * len], vec![0.0; len], vec![0.0f32; len * h]);
            let base = out.as_mut_ptr();
            attend(&job, &mut kt, &mut scores, &mut |i| base.wrapping_add(i * h));
            out
        };
        assert_eq!(run(Some(len)), run(None));
        let own_values: Vec<f32> = qkv.chunks_exact(3 * h).flat_map(|row| row[2 * h..].to_vec()).collect();
        assert_eq!(run(Some(0)), own_values);
        assert_ne!(run(Some(1)), run(None));
    }

    #[test]
    fn exp_is_within_float_rounding() {
        for i in 0..=1740 {
            let x = -(i as f32) / 20.0;
            let (got, want) = (exp_nonpositive(x) as f64, (x as f64).exp());
            assert!((got - want).abs() <= 3e-7 * want, "x = {x}: {got} vs {want}");
        }
        assert!(exp_nonpositive(-1e4) < 2e-38, "far below -87 the result is negligible");
    }
}
