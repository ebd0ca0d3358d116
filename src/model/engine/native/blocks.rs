//! The native CPU engine's building blocks, shared by its BERT (`bert.rs`) and ModernBERT
//! (`modernbert.rs`) forwards: dense layers on `gemm` (f32) or `reduced.rs` (bf16, int8), LayerNorm, packed attention, scratch
//! buffers, the packed batch's checks, and the engine description.
//!
//! - **Fused GEMMs**: each bias (and residual) is written into the output before the GEMM
//!   accumulates onto it.
//! - **Every op on every core**: GEMMs through `gemm` on rayon's pool, element-wise passes and
//!   attention as rayon tasks over rows and (text, head) pairs.

use std::cell::RefCell;

use anyhow::{bail, ensure, Result};
use gemm::Parallelism;
use parking_lot::Mutex;
use rayon::prelude::*;

use super::attention::{attend, HeadAttention};
use super::reduced::PackedWeights;
use super::shared_out::SharedOut;
use crate::model::config::Activation;
use crate::model::engine::contract::{BatchShape, EngineInfo};
use crate::model::engine::selection::{EngineKind, Precision};
use crate::model::host_ops;
use crate::model::weights::{transpose, Bias, WeightFile};

/// Element-wise passes smaller than this run on the calling thread: a rayon hand-off costs more.
const PAR_MIN_ELEMS: usize = 16 * 1024;

/// A dense layer's weights: f32 `[in, out]` row-major (Hugging Face keeps `[out, in]`), or packed
/// for the bf16 / int8 GEMM.
enum Weights {
    F32(Vec<f32>),
    Reduced(PackedWeights),
}

/// `x·W + b`.
pub(super) struct Dense {
    w: Weights,
    b: Vec<f32>,
    d_in: usize,
    pub(super) d_out: usize,
}

impl Dense {
    pub(super) fn load(file: &WeightFile, name: &str, d_in: usize, d_out: usize, bias: Bias) -> Result<Self> {
        let w = file.read(&format!("{name}.weight"), &[d_out, d_in])?;
        let b = bias.read(file, name, d_out)?;
        Ok(Self { w: Weights::F32(transpose(&w, d_out, d_in)), b, d_in, d_out })
    }

    /// One layer whose outputs are the outputs of `parts` (f32 layers) side by side (fused Q/K/V).
    pub(super) fn concat(parts: &[Dense]) -> Result<Self> {
        let d_in = parts[0].d_in;
        let d_out = parts.iter().map(|p| p.d_out).sum();
        let mut w = Vec::with_capacity(d_in * d_out);
        for row in 0..d_in {
            for p in parts {
                let Weights::F32(pw) = &p.w else { bail!("only f32 layers are concatenated") };
                w.extend_from_slice(&pw[row * p.d_out..(row + 1) * p.d_out]);
            }
        }
        Ok(Self { w: Weights::F32(w), b: parts.iter().flat_map(|p| p.b.iter().copied()).collect(), d_in, d_out })
    }

    /// The layer with its f32 weights packed for `precision`'s GEMM (bf16, int8; f32 keeps them).
    pub(super) fn with_precision(self, precision: Precision) -> Result<Self> {
        let w = match (&self.w, precision) {
            (Weights::F32(w), Precision::Bf16) => PackedWeights::bf16(w, self.d_in, self.d_out)?,
            (Weights::F32(w), Precision::Int8) => PackedWeights::int8(w, self.d_in, self.d_out)?,
            (_, Precision::F32) => return Ok(self),
            (_, precision) => bail!("the native engine has no {} dense layers", precision.name()),
        };
        Ok(Self { w: Weights::Reduced(w), ..self })
    }

    /// `out[rows, d_out] = input[rows, d_in]·W + b (+ residual)`.
    pub(super) fn apply(&self, input: &[f32], rows: usize, out: &mut [f32], residual: Option<&[f32]>) {
        let out = &mut out[..rows * self.d_out];
        for_rows(out, self.d_out, |r, row| match residual {
            Some(res) => {
                let res = &res[r * self.d_out..(r + 1) * self.d_out];
                row.iter_mut().zip(res).zip(&self.b).for_each(|((o, x), b)| *o = x + b);
            }
            None => row.copy_from_slice(&self.b),
        });
        let input = &input[..rows * self.d_in];
        match &self.w {
            Weights::F32(w) => matmul_acc(out, input, w, rows, self.d_in, self.d_out),
            Weights::Reduced(w) => w.matmul_acc(out, input, rows),
        }
    }
}

/// Below this many rows a GEMM is split by columns over the pool, each part on one thread: thin
/// products (a lone ~20-token query) leave gemm's own row-and-column split little to share.
const THIN_ROWS: usize = 96;

/// `out[m, n] += a[m, k]·w[k, n]`, all row-major.
fn matmul_acc(out: &mut [f32], a: &[f32], w: &[f32], m: usize, k: usize, n: usize) {
    assert!(out.len() >= m * n && a.len() >= m * k && w.len() >= k * n, "matmul operands too small");
    let threads = rayon::current_num_threads();
    if m >= THIN_ROWS || threads == 1 || n < 32 * threads {
        // SAFETY: the slices hold the m×n, m×k and k×n elements (checked above); `out` is unaliased.
        return unsafe { gemm_block(out.as_mut_ptr(), a, w.as_ptr(), m, k, n, n, Parallelism::Rayon(0)) };
    }
    // Column blocks of 16 (one AVX-512 / two AVX2 registers), about even per thread.
    let block = n.div_ceil(threads).next_multiple_of(16);
    let out = SharedOut::new(out);
    (0..n.div_ceil(block)).into_par_iter().for_each(|b| {
        let (start, end) = (b * block, ((b + 1) * block).min(n));
        // SAFETY: columns start..end of `out` and `w` are inside them (end ≤ n); each task writes its
        // own columns of `out`.
        unsafe { gemm_block(out.at(start), a, w.as_ptr().add(start), m, k, end - start, n, Parallelism::None) };
    });
}

/// `out[m, cols] += a[m, k]·w[k, cols]` where `out` and `w` are column blocks of row-major matrices
/// whose rows are `stride` apart.
///
/// # Safety
/// `out` and `w` must address `m` x `stride` and `k` x `stride` elements from the block's first column.
#[allow(clippy::too_many_arguments)]
unsafe fn gemm_block(
    out: *mut f32,
    a: &[f32],
    w: *const f32,
    m: usize,
    k: usize,
    cols: usize,
    stride: usize,
    parallelism: Parallelism,
) {
    // SAFETY: the caller guarantees both blocks' extents; `a` is a slice of m x k.
    unsafe {
        gemm::gemm(
            m,
            cols,
            k,
            out,
            1,
            stride as isize,
            true,
            a.as_ptr(),
            1,
            k as isize,
            w,
            1,
            stride as isize,
            1.0,
            1.0,
            false,
            false,
            false,
            parallelism,
        )
    }
}

/// Runs `f(row_index, row)` over the rows of `buf`, on rayon's pool when there is enough work.
pub(super) fn for_rows(buf: &mut [f32], width: usize, f: impl Fn(usize, &mut [f32]) + Sync + Send) {
    let rows = buf.len() / width;
    let min_rows = (PAR_MIN_ELEMS / width).max(1);
    if rows <= min_rows {
        buf.chunks_exact_mut(width).enumerate().for_each(|(i, r)| f(i, r));
    } else {
        buf.par_chunks_exact_mut(width).enumerate().with_min_len(min_rows).for_each(|(i, r)| f(i, r));
    }
}

/// Sum with 16 independent accumulators, which the compiler keeps in vector registers.
#[inline]
fn lane_sum(xs: &[f32], f: impl Fn(f32) -> f32) -> f32 {
    let mut acc = [0.0f32; 16];
    let chunks = xs.chunks_exact(16);
    let tail: f32 = chunks.remainder().iter().map(|&x| f(x)).sum();
    for c in chunks {
        for (a, &x) in acc.iter_mut().zip(c) {
            *a += f(x);
        }
    }
    acc.iter().sum::<f32>() + tail
}

pub(super) struct Norm {
    gamma: Vec<f32>,
    beta: Vec<f32>,
    eps: f32,
}

impl Norm {
    pub(super) fn load(file: &WeightFile, name: &str, d: usize, eps: f64, bias: Bias) -> Result<Self> {
        Ok(Self {
            gamma: file.read(&format!("{name}.weight"), &[d])?,
            beta: bias.read(file, name, d)?,
            eps: eps as f32,
        })
    }

    /// LayerNorm of one row in place (two passes: mean, then variance of the centred values).
    #[inline]
    pub(super) fn apply(&self, row: &mut [f32]) {
        let n = row.len() as f32;
        let mean = lane_sum(row, |x| x) / n;
        let var = lane_sum(row, |x| (x - mean) * (x - mean)) / n;
        let rstd = 1.0 / (var + self.eps).sqrt();
        for ((x, g), b) in row.iter_mut().zip(&self.gamma).zip(&self.beta) {
            *x = (*x - mean) * rstd * g + b;
        }
    }

    pub(super) fn apply_rows(&self, buf: &mut [f32], width: usize) {
        for_rows(buf, width, |_, row| self.apply(row));
    }
}

/// Grows `v` to at least `len` elements; never shrinks, so a buffer is sized once for the largest batch.
pub(super) fn sized(v: &mut Vec<f32>, len: usize) -> &mut [f32] {
    if v.len() < len {
        v.resize(len, 0.0);
    }
    &mut v[..len]
}

thread_local! {
    /// One attention task's K transposed and score row.
    static ATTENTION_SCRATCH: RefCell<Vec<f32>> = const { RefCell::new(Vec::new()) };
}

/// The engine description shared by the native engines, their dense layers in `precision`.
pub(super) fn info(precision: Precision) -> EngineInfo {
    EngineInfo {
        kind: EngineKind::Native,
        adapter: "cpu".into(),
        hardware: false,
        fused_kernels: false,
        precision,
        pipelined: false,
        default_batch_size: 32,
        batch_shape: BatchShape::Packed,
        default_workers: 2,
    }
}

/// Checks a packed batch (every text 1..=`max_positions` tokens, each inside the vocabulary), then
/// runs `forward` on a scratch set from `pool` (a new one if none is free) and returns it there.
pub(super) fn run_packed<S: Default>(
    seqs: &[&[u32]],
    max_positions: usize,
    vocab: usize,
    pool: &Mutex<Vec<S>>,
    forward: impl FnOnce(&mut S) -> Vec<Vec<f32>>,
) -> Result<Vec<Vec<f32>>> {
    if seqs.is_empty() {
        return Ok(Vec::new());
    }
    for (i, s) in seqs.iter().enumerate() {
        ensure!(!s.is_empty(), "text {i} has no tokens");
        ensure!(s.len() <= max_positions, "text {i} has {} tokens; the model takes {max_positions}", s.len());
        if let Some(&bad) = s.iter().find(|&&id| id as usize >= vocab) {
            bail!("text {i}: token id {bad} is outside the vocabulary ({vocab})");
        }
    }
    let mut scratch = pool.lock().pop().unwrap_or_default();
    let logits = forward(&mut scratch);
    pool.lock().push(scratch);
    Ok(logits)
}

/// `activation` of every element, in place, in parallel chunks.
pub(super) fn activate(activation: Activation, buf: &mut [f32]) {
    let chunk = |c: &mut [f32]| match activation {
        Activation::Gelu => host_ops::gelu_in_place(c),
        Activation::GeluTanh => c.iter_mut().for_each(|v| *v = host_ops::gelu_tanh(*v)),
        Activation::Relu => c.iter_mut().for_each(|v| *v = v.max(0.0)),
    };
    if buf.len() <= PAR_MIN_ELEMS {
        chunk(buf);
    } else {
        buf.par_chunks_mut(PAR_MIN_ELEMS).for_each(chunk);
    }
}

/// Scaled dot-product attention of every text with itself (within `window` positions when set),
/// one rayon task per (text, head): `qkv` is `[tokens, 3·hidden]` (Q | K | V), `ctx` receives
/// `[tokens, hidden]`. Texts are packed, so there is no padding to mask.
pub(super) fn attention(
    qkv: &[f32],
    ctx: &mut [f32],
    spans: &[(usize, usize)],
    (h, heads): (usize, usize),
    window: Option<usize>,
) {
    let d = h / heads;
    let scale = 1.0 / (d as f32).sqrt();
    let out = SharedOut::new(ctx);
    let task = |i: usize| {
        let (text, head) = (i / heads, i % heads);
        let (first, len) = spans[text];
        let job = HeadAttention { qkv, hidden: h, head, head_dim: d, first, len, scale, window };
        ATTENTION_SCRATCH.with_borrow_mut(|buf| {
            if buf.len() < d * len + len {
                buf.resize(d * len + len, 0.0);
            }
            let (kt, scores) = buf.split_at_mut(d * len);
            // Row `first + i`, columns `head·d..(head+1)·d` of `ctx` belong to this
            // (text, head) task alone, and lie inside `ctx` ([tokens, hidden]).
            let mut row = |i: usize| out.at((first + i) * h + head * d);
            attend(&job, kt, scores, &mut row);
        });
    };
    let work: usize = spans.iter().map(|&(_, len)| len * len * d).sum::<usize>() * heads;
    let pairs = spans.len() * heads;
    if work < PAR_MIN_ELEMS * 4 {
        (0..pairs).for_each(task);
    } else {
        (0..pairs).into_par_iter().for_each(task);
    }
}
