//! Host loops both CPU paths run outside the GEMMs (GELU: the native engine's, and burn flex's in
//! place of burn's scalar one), and [`multiversion!`], which compiles a loop twice: for
//! AVX2 + FMA, chosen at run time where the CPU has them, and for the baseline target. The release
//! binary stays portable, and the loops are written so the compiler vectorizes them: no
//! transcendental calls and no reductions across lanes in the inner loops.

use std::sync::LazyLock;

#[cfg(target_arch = "x86_64")]
pub(crate) static AVX2_FMA: LazyLock<bool> =
    LazyLock::new(|| is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma"));

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
            if *$crate::model::host_ops::AVX2_FMA {
                // SAFETY: the CPU has AVX2 and FMA (checked at run time).
                return unsafe { avx2($($arg),*) };
            }
            body($($arg),*)
        }
    };
}
pub(crate) use multiversion;

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
}
