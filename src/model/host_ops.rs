//! Loops the CPU runs outside the GEMMs (GELU, attention), each compiled twice: for
//! AVX2 + FMA, chosen at run time where the CPU has them, and for the baseline target. The release
//! binary stays portable, and the loops are written so the compiler vectorizes them: no
//! transcendental calls and no reductions across lanes in the inner loops.

use std::sync::LazyLock;

#[cfg(target_arch = "x86_64")]
static AVX2_FMA: LazyLock<bool> = LazyLock::new(|| is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma"));

/// Defines `fn name(args)` whose body is compiled for AVX2 + FMA and for the baseline, and
/// picks one per call from the CPU's features (detected once).
macro_rules! multiversion {
    ($(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $body:block) => {
        $(#[$meta])*
        $vis fn $name($($arg: $ty),*) {
            #[inline(always)]
            fn body($($arg: $ty),*) $body
            #[cfg(target_arch = "x86_64")]
            #[target_feature(enable = "avx2,fma")]
            fn avx2($($arg: $ty),*) {
                body($($arg),*)
            }
            #[cfg(target_arch = "x86_64")]
            if *AVX2_FMA {
                // SAFETY: the CPU has AVX2 and FMA (checked at run time).
                return unsafe { avx2($($arg),*) };
            }
            body($($arg),*)
        }
    };
}

/// Coefficients of Abramowitz & Stegun 7.1.28: erf(z) = 1 - (1 + a1·z + ... + a6·z⁶)^-16 for
/// z ≥ 0, within 3e-7.
const ERF_A: [f32; 6] = [0.070_523_08, 0.042_282_01, 0.009_270_527, 0.000_152_014_3, 0.000_276_567_2, 0.000_043_063_8];

/// Exact (erf) GELU(x) = x·Φ(x), Φ from [`ERF_A`] (within 2e-7 of Φ): pure arithmetic, so a slice
/// of it vectorizes. The tail Φ(-|x|) is computed directly, without cancellation.
#[inline(always)]
pub fn gelu(x: f32) -> f32 {
    let z = x.abs() * std::f32::consts::FRAC_1_SQRT_2;
    let [a1, a2, a3, a4, a5, a6] = ERF_A;
    let p = 1.0 + z * (a1 + z * (a2 + z * (a3 + z * (a4 + z * (a5 + z * a6)))));
    let p2 = p * p;
    let p4 = p2 * p2;
    let p8 = p4 * p4;
    // Overflows to infinity for large |x|, which correctly gives a tail of 0.
    let tail = 0.5 / (p8 * p8);
    let phi = if x >= 0.0 { 1.0 - tail } else { tail };
    x * phi
}

/// The tanh approximation (`gelu_new`, `gelu_pytorch_tanh`).
#[inline(always)]
pub fn gelu_tanh(x: f32) -> f32 {
    const SQRT_2_OVER_PI: f32 = 0.797_884_6;
    0.5 * x * (1.0 + (SQRT_2_OVER_PI * (x + 0.044715 * x * x * x)).tanh())
}

multiversion! {
    /// GELU of every element, in place.
    pub fn gelu_in_place(xs: &mut [f32]) {
        for x in xs.iter_mut() {
            *x = gelu(*x);
        }
    }
}

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

    #[test]
    fn gelu_matches_the_erf_definition() {
        let mut xs: Vec<f32> = (-4000..=4000).map(|i| i as f32 / 200.0).collect();
        let want: Vec<f64> =
            xs.iter().map(|&x| 0.5 * x as f64 * (1.0 + libm::erf(x as f64 / std::f64::consts::SQRT_2))).collect();
        gelu_in_place(&mut xs);
        for (i, (got, want)) in xs.iter().zip(&want).enumerate() {
            let x = (i as f64 - 4000.0) / 200.0;
            assert!((*got as f64 - want).abs() < 2e-6 * x.abs().max(1.0), "x = {x}: {got} vs {want}");
        }
        assert_eq!(gelu(1e30), 1e30);
        assert_eq!(gelu(-1e30), 0.0);
        assert!((gelu_tanh(1.0) - 0.841192).abs() < 1e-5);
    }

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
