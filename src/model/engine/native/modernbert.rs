//! ModernBERT (`ModernBertForSequenceClassification`) on the native CPU engine, built from its
//! blocks (dense layers, LayerNorm, packed attention, scratch buffers) with the same packed,
//! padding-free batches.
//!
//! What differs from BERT: pre-LayerNorm layers (layer 0 has no attention norm) and a final
//! LayerNorm; rotary positions on Q and K, with one base for the full and one for the sliding
//! layers; sliding-window attention on the local layers; a GeGLU feed-forward; a head that pools
//! (first token or mean), then dense, activation and LayerNorm before the classifier; and biases
//! only where the `*_bias` settings saved them.

use anyhow::{Context, Result};
use parking_lot::Mutex;

use super::blocks::{activate, attention, for_rows, info, run_packed, sized, Dense, Norm};
use crate::model::config::{Activation, Attention, ModelConfig, Pooling};
use crate::model::engine::contract::{Engine, EngineInfo, PendingLogits, Ready};
use crate::model::engine::selection::Precision;
use crate::model::family::modernbert_names as names;
use crate::model::rotary::Rotary;
use crate::model::weights::{Bias, WeightFile};

struct Layer {
    /// `None` in layer 0, whose attention input is the embeddings as they are.
    attn_norm: Option<Norm>,
    /// `[hidden, 3·hidden]`: Q | K | V.
    qkv: Dense,
    attn_out: Dense,
    attention: Attention,
    mlp_norm: Norm,
    /// `[hidden, 2·intermediate]`: the GeGLU input, then its gate.
    wi: Dense,
    wo: Dense,
}

/// Activations of one forward pass, kept between calls so the steady state allocates nothing.
#[derive(Default)]
struct Scratch {
    x: Vec<f32>,
    tmp: Vec<f32>,
    normed: Vec<f32>,
    qkv: Vec<f32>,
    ctx: Vec<f32>,
    wi: Vec<f32>,
    glu: Vec<f32>,
    pooled: Vec<f32>,
    head: Vec<f32>,
    logits: Vec<f32>,
    ids: Vec<u32>,
    /// Each packed token's position in its text.
    positions: Vec<u32>,
    /// (first token, length) of every text.
    spans: Vec<(usize, usize)>,
}

pub struct ModernBertEngine {
    info: EngineInfo,
    hidden: usize,
    heads: usize,
    intermediate: usize,
    vocab: usize,
    /// The longest text in tokens (`max_position_embeddings`).
    max_positions: usize,
    embeddings: Vec<f32>,
    embed_norm: Norm,
    layers: Vec<Layer>,
    final_norm: Norm,
    rotary_full: Rotary,
    rotary_sliding: Rotary,
    half_window: usize,
    activation: Activation,
    pooling: Pooling,
    head_dense: Dense,
    head_activation: Activation,
    head_norm: Norm,
    classifier: Dense,
    scratch: Mutex<Vec<Scratch>>,
}

impl ModernBertEngine {
    /// The engine for `file`'s weights, the encoder layers' dense layers in `precision` (the head
    /// and classifier stay f32).
    pub fn load(cfg: &ModelConfig, file: &WeightFile, precision: Precision) -> Result<Self> {
        let m = cfg.modernbert.as_ref().context("the model config holds no ModernBERT settings")?;
        let (h, eps, inter) = (cfg.hidden_size, cfg.layer_norm_eps, cfg.intermediate_size);
        let head_dim = h / cfg.num_heads; // even: checked when the config was read
        file.require_classifier(names::CLASSIFIER)?;
        let dense = |name: &str, d_in, d_out| Dense::load(file, name, d_in, d_out, Bias::IfPresent);
        let norm = |name: &str| Norm::load(file, name, h, eps, Bias::IfPresent);
        let layers = m
            .layers
            .iter()
            .enumerate()
            .map(|(i, &attention)| {
                let n = names::layer(i);
                Ok(Layer {
                    attn_norm: n.attn_norm.map(|name| norm(&name)).transpose()?,
                    qkv: dense(&n.qkv, h, 3 * h)?.with_precision(precision)?,
                    attn_out: dense(&n.attn_out, h, h)?.with_precision(precision)?,
                    attention,
                    mlp_norm: norm(&n.mlp_norm)?,
                    wi: dense(&n.wi, h, 2 * inter)?.with_precision(precision)?,
                    wo: dense(&n.wo, inter, h)?.with_precision(precision)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let max_positions = cfg.max_tokens();
        let (theta_full, theta_sliding) = m.rope_theta;
        Ok(Self {
            info: info(precision),
            hidden: h,
            heads: cfg.num_heads,
            intermediate: inter,
            vocab: cfg.vocab_size,
            max_positions,
            embeddings: file.read(names::EMBEDDINGS, &[cfg.vocab_size, h])?,
            embed_norm: norm(names::EMBED_NORM)?,
            layers,
            final_norm: norm(names::FINAL_NORM)?,
            rotary_full: Rotary::new(theta_full, head_dim, max_positions),
            rotary_sliding: Rotary::new(theta_sliding, head_dim, max_positions),
            half_window: m.half_window,
            activation: cfg.activation,
            pooling: m.pooling,
            head_dense: dense(names::HEAD_DENSE, h, h)?,
            head_activation: m.head_activation,
            head_norm: norm(names::HEAD_NORM)?,
            classifier: Dense::load(file, names::CLASSIFIER, h, cfg.labels.len(), Bias::Required)?,
            scratch: Mutex::new(Vec::new()),
        })
    }

    /// Logits `[text][label]` for a packed batch.
    pub fn forward(&self, seqs: &[&[u32]]) -> Result<Vec<Vec<f32>>> {
        run_packed(seqs, self.max_positions, self.vocab, &self.scratch, |s| self.forward_packed(seqs, s))
    }

    fn forward_packed(&self, seqs: &[&[u32]], s: &mut Scratch) -> Vec<Vec<f32>> {
        let (h, inter) = (self.hidden, self.intermediate);
        s.ids.clear();
        s.positions.clear();
        s.spans.clear();
        for seq in seqs {
            s.spans.push((s.ids.len(), seq.len()));
            s.ids.extend_from_slice(seq);
            s.positions.extend(0..seq.len() as u32);
        }
        let t = s.ids.len();
        let ids = &s.ids;
        for_rows(sized(&mut s.x, t * h), h, |r, row| {
            let id = ids[r] as usize;
            row.copy_from_slice(&self.embeddings[id * h..(id + 1) * h]);
            self.embed_norm.apply(row);
        });
        for layer in &self.layers {
            // x + Wo·attention(attn_norm(x))
            let x = &s.x[..t * h];
            let input = match &layer.attn_norm {
                Some(norm) => normed(norm, x, sized(&mut s.normed, t * h), h),
                None => x,
            };
            let qkv = sized(&mut s.qkv, t * 3 * h);
            layer.qkv.apply(input, t, qkv, None);
            let (rotary, window) = match layer.attention {
                Attention::Full => (&self.rotary_full, None),
                Attention::Sliding => (&self.rotary_sliding, Some(self.half_window)),
            };
            rotate(rotary, qkv, &s.positions, h);
            let ctx = sized(&mut s.ctx, t * h);
            attention(qkv, ctx, &s.spans, (h, self.heads), window);
            layer.attn_out.apply(ctx, t, sized(&mut s.tmp, t * h), Some(x));
            std::mem::swap(&mut s.x, &mut s.tmp);

            // x + Wo·(act(input) · gate), [input | gate] = Wi·mlp_norm(x)
            let x = &s.x[..t * h];
            let input = normed(&layer.mlp_norm, x, sized(&mut s.normed, t * h), h);
            let wi = sized(&mut s.wi, t * 2 * inter);
            layer.wi.apply(input, t, wi, None);
            let wi = &*wi;
            let glu = sized(&mut s.glu, t * inter);
            for_rows(glu, inter, |r, row| {
                let (input, gate) = wi[r * 2 * inter..(r + 1) * 2 * inter].split_at(inter);
                row.copy_from_slice(input);
                activate(self.activation, row);
                row.iter_mut().zip(gate).for_each(|(o, g)| *o *= g);
            });
            layer.wo.apply(glu, t, sized(&mut s.tmp, t * h), Some(x));
            std::mem::swap(&mut s.x, &mut s.tmp);
        }
        let x = &mut s.x[..t * h];
        self.final_norm.apply_rows(x, h);

        let b = seqs.len();
        let pooled = sized(&mut s.pooled, b * h);
        for (row, &(first, len)) in pooled.chunks_exact_mut(h).zip(&s.spans) {
            let tokens = &x[first * h..(first + len) * h];
            match self.pooling {
                Pooling::Cls => row.copy_from_slice(&tokens[..h]),
                Pooling::Mean => {
                    row.fill(0.0);
                    for token in tokens.chunks_exact(h) {
                        row.iter_mut().zip(token).for_each(|(o, v)| *o += v);
                    }
                    row.iter_mut().for_each(|o| *o /= len as f32);
                }
            }
        }
        let head = sized(&mut s.head, b * h);
        self.head_dense.apply(pooled, b, head, None);
        activate(self.head_activation, head);
        self.head_norm.apply_rows(head, h);
        let labels = self.classifier.d_out;
        let logits = sized(&mut s.logits, b * labels);
        self.classifier.apply(head, b, logits, None);
        logits.chunks_exact(labels).map(<[f32]>::to_vec).collect()
    }
}

/// `norm` of every row of `x`, written to `out`.
fn normed<'a>(norm: &Norm, x: &[f32], out: &'a mut [f32], width: usize) -> &'a [f32] {
    for_rows(out, width, |r, row| {
        row.copy_from_slice(&x[r * width..(r + 1) * width]);
        norm.apply(row);
    });
    out
}

impl Engine for ModernBertEngine {
    fn info(&self) -> &EngineInfo {
        &self.info
    }

    fn launch(&self, seqs: &[&[u32]]) -> Result<Box<dyn PendingLogits>> {
        Ok(Box::new(Ready(self.forward(seqs)?)))
    }
}

/// Rotates the Q and K of every head of every packed token in `qkv` (`[tokens, 3·hidden]`), the
/// `rotate_half` way: dimension `i` pairs with `i + head_dim / 2`.
fn rotate(rotary: &Rotary, qkv: &mut [f32], positions: &[u32], hidden: usize) {
    let half = rotary.half;
    for_rows(qkv, 3 * hidden, |r, row| {
        let p = positions[r] as usize;
        let (cos, sin) = (&rotary.cos[p * half..(p + 1) * half], &rotary.sin[p * half..(p + 1) * half]);
        for head in row[..2 * hidden].chunks_exact_mut(2 * half) {
            let (x1, x2) = head.split_at_mut(half);
            for (((a, b), c), s) in x1.iter_mut().zip(x2.iter_mut()).zip(cos).zip(sin) {
                (*a, *b) = (*a * c - *b * s, *b * c + *a * s);
            }
        }
    });
}
