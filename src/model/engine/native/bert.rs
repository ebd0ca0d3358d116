//! The project's CPU engine for BERT-style encoders. Its building blocks (dense layers, LayerNorm,
//! attention, scratch buffers) also run ModernBERT (`modernbert.rs`).
//!
//! - **Packed batches**: the tokens of every text in a batch sit back to back in one
//!   `[total_tokens, hidden]` matrix; the dense layers run on it as single GEMMs and only attention
//!   is per text, so no FLOP is spent on padding and texts of any length mix freely.
//! - **Fused GEMMs**: Q, K and V are one `[hidden, 3·hidden]` matrix (concatenated at load); each
//!   bias (and residual) is written into the output before the GEMM accumulates onto it.
//! - **Every op on every core**: GEMMs through `gemm` on rayon's pool, element-wise passes and
//!   attention as rayon tasks over rows and (text, head) pairs.
//! - **No allocation in the steady state**: activations live in scratch buffers that are reused
//!   from call to call (one set per concurrent caller).

use std::cell::RefCell;

use anyhow::{bail, ensure, Result};
use gemm::Parallelism;
use parking_lot::Mutex;
use rayon::prelude::*;

use super::{BatchShape, Engine, EngineInfo, EngineKind, PendingLogits, Ready};
use crate::model::config::{Activation, ModelConfig};
use crate::model::encoder::transpose;
use crate::model::family::{HeadActivation, LayerPart};
use crate::model::host_ops::{self, HeadAttention};
use crate::model::weights::WeightFile;

/// Element-wise passes smaller than this run on the calling thread: a rayon hand-off costs more.
const PAR_MIN_ELEMS: usize = 16 * 1024;

/// Whether a layer's `.bias` tensor must be in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bias {
    /// BERT-style layers always have one.
    Required,
    /// ModernBERT saves none when its `*_bias` settings are false: an absent bias is zero.
    IfPresent,
}

impl Bias {
    fn read(self, file: &WeightFile, name: &str, len: usize) -> Result<Vec<f32>> {
        Ok(self.read_optional(file, name, len)?.unwrap_or_else(|| vec![0.0; len]))
    }

    /// `{name}.bias`, or `None` where it may be and is absent.
    pub(crate) fn read_optional(self, file: &WeightFile, name: &str, len: usize) -> Result<Option<Vec<f32>>> {
        let name = format!("{name}.bias");
        match self {
            Bias::IfPresent if !file.contains(&name) => Ok(None),
            Bias::Required | Bias::IfPresent => file.read(&name, &[len]).map(Some),
        }
    }
}

/// `x·W + b` with `W` stored `[in, out]` row-major (Hugging Face keeps `[out, in]`).
pub(super) struct Dense {
    w: Vec<f32>,
    b: Vec<f32>,
    d_in: usize,
    pub(super) d_out: usize,
}

impl Dense {
    pub(super) fn load(file: &WeightFile, name: &str, d_in: usize, d_out: usize, bias: Bias) -> Result<Self> {
        let w = file.read(&format!("{name}.weight"), &[d_out, d_in])?;
        let b = bias.read(file, name, d_out)?;
        Ok(Self { w: transpose(&w, d_out, d_in), b, d_in, d_out })
    }

    /// One layer whose outputs are the outputs of `parts` side by side (fused Q/K/V).
    fn concat(parts: &[Dense]) -> Self {
        let d_in = parts[0].d_in;
        let d_out = parts.iter().map(|p| p.d_out).sum();
        let mut w = Vec::with_capacity(d_in * d_out);
        for row in 0..d_in {
            for p in parts {
                w.extend_from_slice(&p.w[row * p.d_out..(row + 1) * p.d_out]);
            }
        }
        Self { w, b: parts.iter().flat_map(|p| p.b.iter().copied()).collect(), d_in, d_out }
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
        matmul_acc(out, &input[..rows * self.d_in], &self.w, rows, self.d_in, self.d_out);
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
    let out = SharedOut(out.as_mut_ptr());
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

struct Layer {
    qkv: Dense,
    attn_out: Dense,
    attn_norm: Norm,
    up: Dense,
    down: Dense,
    out_norm: Norm,
}

/// Activations of one forward pass, kept between calls so the steady state allocates nothing.
#[derive(Default)]
struct Scratch {
    x: Vec<f32>,
    tmp: Vec<f32>,
    qkv: Vec<f32>,
    ctx: Vec<f32>,
    up: Vec<f32>,
    cls: Vec<f32>,
    pooled: Vec<f32>,
    logits: Vec<f32>,
    /// (token id, position) of every packed token.
    tokens: Vec<(u32, u32)>,
    /// (first token, length) of every text.
    spans: Vec<(usize, usize)>,
}

/// Grows `v` to at least `len` elements; never shrinks, so a buffer is sized once for the largest batch.
pub(super) fn sized(v: &mut Vec<f32>, len: usize) -> &mut [f32] {
    if v.len() < len {
        v.resize(len, 0.0);
    }
    &mut v[..len]
}

/// A raw pointer that rayon tasks may share; each task writes a disjoint part.
#[derive(Clone, Copy)]
struct SharedOut(*mut f32);
// SAFETY: only used where each rayon task writes its own disjoint part (attention's (text, head)
// blocks, a thin GEMM's column blocks).
unsafe impl Send for SharedOut {}
unsafe impl Sync for SharedOut {}

impl SharedOut {
    /// The address `offset` elements in. (A method, so closures capture the whole `Sync` wrapper
    /// rather than its raw pointer field.)
    fn at(&self, offset: usize) -> *mut f32 {
        self.0.wrapping_add(offset)
    }
}

thread_local! {
    /// One attention task's K transposed and score row.
    static ATTENTION_SCRATCH: RefCell<Vec<f32>> = const { RefCell::new(Vec::new()) };
}

pub struct NativeEngine {
    info: EngineInfo,
    hidden: usize,
    heads: usize,
    vocab: usize,
    /// The longest text in tokens.
    max_positions: usize,
    /// Rows of the position table before the first token's (RoBERTa).
    position_offset: usize,
    word: Vec<f32>,
    position: Vec<f32>,
    /// Row 0 of BERT's token-type table (every query is one segment); absent in DistilBERT.
    token_type: Option<Vec<f32>>,
    embed_norm: Norm,
    layers: Vec<Layer>,
    pre: Dense,
    pre_activation: HeadActivation,
    classifier: Dense,
    activation: Activation,
    scratch: Mutex<Vec<Scratch>>,
}

impl NativeEngine {
    pub fn load(cfg: &ModelConfig, file: &WeightFile) -> Result<Self> {
        let family = cfg.family;
        let Some(layout) = family.bert_layout() else { bail!("{} is not a BERT-style family", family.name()) };
        let prefix = layout.prefix(file).ok_or_else(|| {
            anyhow::anyhow!("no {} embeddings found (expected word_embeddings.weight)", family.name())
        })?;
        let (h, eps) = (cfg.hidden_size, cfg.layer_norm_eps);
        let (pre_name, cls_name) = layout.head_names();
        file.require_classifier(cls_name)?;
        let token_type = if cfg.type_vocab_size > 0 {
            let table =
                file.read(&format!("{prefix}embeddings.token_type_embeddings.weight"), &[cfg.type_vocab_size, h])?;
            Some(table[..h].to_vec())
        } else {
            None
        };
        let layers = (0..cfg.num_layers)
            .map(|i| {
                let n = |part| layout.layer_name(prefix, i, part);
                let dense = |part, d_in, d_out| Dense::load(file, &n(part), d_in, d_out, Bias::Required);
                let norm = |part| Norm::load(file, &n(part), h, eps, Bias::Required);
                let qkv = [LayerPart::Query, LayerPart::Key, LayerPart::Value]
                    .map(|part| dense(part, h, h))
                    .into_iter()
                    .collect::<Result<Vec<_>>>()?;
                Ok(Layer {
                    qkv: Dense::concat(&qkv),
                    attn_out: dense(LayerPart::AttnOut, h, h)?,
                    attn_norm: norm(LayerPart::AttnNorm)?,
                    up: dense(LayerPart::Up, h, cfg.intermediate_size)?,
                    down: dense(LayerPart::Down, cfg.intermediate_size, h)?,
                    out_norm: norm(LayerPart::OutNorm)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            info: info(),
            hidden: h,
            heads: cfg.num_heads,
            vocab: cfg.vocab_size,
            max_positions: cfg.max_tokens(),
            position_offset: cfg.position_offset,
            word: file.read(&format!("{prefix}embeddings.word_embeddings.weight"), &[cfg.vocab_size, h])?,
            position: file
                .read(&format!("{prefix}embeddings.position_embeddings.weight"), &[cfg.max_position_embeddings, h])?,
            token_type,
            embed_norm: Norm::load(file, &format!("{prefix}embeddings.LayerNorm"), h, eps, Bias::Required)?,
            layers,
            pre: Dense::load(file, pre_name, h, h, Bias::Required)?,
            pre_activation: layout.head_activation(),
            classifier: Dense::load(file, cls_name, h, cfg.labels.len(), Bias::Required)?,
            activation: cfg.activation,
            scratch: Mutex::new(Vec::new()),
        })
    }

    /// Logits `[text][label]` for a packed batch.
    pub fn forward(&self, seqs: &[&[u32]]) -> Result<Vec<Vec<f32>>> {
        run_packed(seqs, self.max_positions, self.vocab, &self.scratch, |s| self.forward_packed(seqs, s))
    }

    fn forward_packed(&self, seqs: &[&[u32]], s: &mut Scratch) -> Vec<Vec<f32>> {
        let h = self.hidden;
        s.tokens.clear();
        s.spans.clear();
        for seq in seqs {
            s.spans.push((s.tokens.len(), seq.len()));
            let offset = self.position_offset;
            s.tokens.extend(seq.iter().enumerate().map(|(pos, &id)| (id, (offset + pos) as u32)));
        }
        let t = s.tokens.len();
        self.embed(&s.tokens, sized(&mut s.x, t * h));
        for layer in &self.layers {
            let (x, tmp) = (&s.x[..t * h], sized(&mut s.tmp, t * h));
            let qkv = sized(&mut s.qkv, t * layer.qkv.d_out);
            layer.qkv.apply(x, t, qkv, None);
            let ctx = sized(&mut s.ctx, t * h);
            attention(qkv, ctx, &s.spans, (h, self.heads), None);
            layer.attn_out.apply(ctx, t, tmp, Some(x));
            layer.attn_norm.apply_rows(tmp, h);
            std::mem::swap(&mut s.x, &mut s.tmp);

            let (x, tmp) = (&s.x[..t * h], sized(&mut s.tmp, t * h));
            let up = sized(&mut s.up, t * layer.up.d_out);
            layer.up.apply(x, t, up, None);
            activate(self.activation, up);
            layer.down.apply(up, t, tmp, Some(x));
            layer.out_norm.apply_rows(tmp, h);
            std::mem::swap(&mut s.x, &mut s.tmp);
        }
        let b = seqs.len();
        let cls = sized(&mut s.cls, b * h);
        for (row, &(first, _)) in cls.chunks_exact_mut(h).zip(&s.spans) {
            row.copy_from_slice(&s.x[first * h..(first + 1) * h]);
        }
        let pooled = sized(&mut s.pooled, b * h);
        self.pre.apply(cls, b, pooled, None);
        match self.pre_activation {
            HeadActivation::Tanh => pooled.iter_mut().for_each(|v| *v = v.tanh()),
            HeadActivation::Relu => pooled.iter_mut().for_each(|v| *v = v.max(0.0)),
        }
        let labels = self.classifier.d_out;
        let logits = sized(&mut s.logits, b * labels);
        self.classifier.apply(pooled, b, logits, None);
        logits.chunks_exact(labels).map(<[f32]>::to_vec).collect()
    }

    /// Word + position (+ token type 0) embeddings, then LayerNorm, for every packed token.
    fn embed(&self, tokens: &[(u32, u32)], x: &mut [f32]) {
        let h = self.hidden;
        for_rows(x, h, |r, row| {
            let (id, pos) = tokens[r];
            let word = &self.word[id as usize * h..(id as usize + 1) * h];
            let position = &self.position[pos as usize * h..(pos as usize + 1) * h];
            row.iter_mut().zip(word).zip(position).for_each(|((o, w), p)| *o = w + p);
            if let Some(tt) = &self.token_type {
                row.iter_mut().zip(tt).for_each(|(o, t)| *o += t);
            }
            self.embed_norm.apply(row);
        });
    }
}

/// The engine description shared by the native engines.
pub(super) fn info() -> EngineInfo {
    EngineInfo {
        kind: EngineKind::Native,
        adapter: "cpu".into(),
        hardware: false,
        fused_kernels: false,
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
    let out = SharedOut(ctx.as_mut_ptr());
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
            host_ops::attend(&job, kt, scores, &mut row);
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

impl Engine for NativeEngine {
    fn info(&self) -> &EngineInfo {
        &self.info
    }

    fn launch(&self, seqs: &[&[u32]]) -> Result<Box<dyn PendingLogits>> {
        Ok(Box::new(Ready(self.forward(seqs)?)))
    }
}
