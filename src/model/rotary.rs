//! Rotary position tables (ModernBERT), computed once at load for every engine: the native engine
//! rotates packed rows with them, the burn engine uploads them.

/// cos and sin of every (position, frequency) of one rotary base, `[positions, head_dim / 2]` each.
#[derive(Debug, Clone)]
pub struct Rotary {
    pub cos: Vec<f32>,
    pub sin: Vec<f32>,
    pub half: usize,
}

impl Rotary {
    /// transformers' default rotary embedding, in f32 as it computes it: frequency `i` is
    /// `theta^(-2i / head_dim)`, angle `position · frequency`.
    pub fn new(theta: f64, head_dim: usize, positions: usize) -> Self {
        let half = head_dim / 2;
        let inv_freq: Vec<f32> =
            (0..half).map(|i| 1.0 / (theta as f32).powf((2 * i) as f32 / head_dim as f32)).collect();
        let angles: Vec<f32> = (0..positions).flat_map(|p| inv_freq.iter().map(move |f| p as f32 * f)).collect();
        Self { cos: angles.iter().map(|a| a.cos()).collect(), sin: angles.iter().map(|a| a.sin()).collect(), half }
    }
}
