//! The project's CPU engine for BERT-style encoders (BERT, DistilBERT, RoBERTa, ...), from the
//! blocks in `blocks.rs`.
//!
//! - **Packed batches**: the tokens of every text in a batch sit back to back in one
//!   `[total_tokens, hidden]` matrix; the dense layers run on it as single GEMMs and only attention
//!   is per text, so no FLOP is spent on padding and texts of any length mix freely.
//! - **Fused QKV**: Q, K and V are one `[hidden, 3·hidden]` matrix (concatenated at load).
//! - **No allocation in the steady state**: activations live in scratch buffers that are reused
//!   from call to call (one set per concurrent caller).

use anyhow::{bail, Result};
use parking_lot::Mutex;

use super::blocks::{activate, attention, for_rows, info, run_packed, sized, Dense, Norm};
use crate::model::config::{Activation, ModelConfig};
use crate::model::engine::burn_engine::stage_profile::{self, Stage};
use crate::model::engine::contract::{Engine, EngineInfo, PendingLogits, Ready};
use crate::model::engine::selection::Precision;
use crate::model::family::{HeadActivation, LayerPart};
use crate::model::weights::{Bias, WeightFile};

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
    /// The engine for `file`'s weights, the encoder's dense layers in `precision` (the pooler and
    /// classifier stay f32: a few rows per batch, and the logits themselves).
    pub fn load(cfg: &ModelConfig, file: &WeightFile, precision: Precision) -> Result<Self> {
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
                let f32_dense = |part, d_in, d_out| Dense::load(file, &n(part), d_in, d_out, Bias::Required);
                let dense = |part, d_in, d_out| f32_dense(part, d_in, d_out)?.with_precision(precision);
                let norm = |part| Norm::load(file, &n(part), h, eps, Bias::Required);
                let qkv = [LayerPart::Query, LayerPart::Key, LayerPart::Value]
                    .map(|part| f32_dense(part, h, h))
                    .into_iter()
                    .collect::<Result<Vec<_>>>()?;
                Ok(Layer {
                    qkv: Dense::concat(&qkv)?.with_precision(precision)?,
                    attn_out: dense(LayerPart::AttnOut, h, h)?,
                    attn_norm: norm(LayerPart::AttnNorm)?,
                    up: dense(LayerPart::Up, h, cfg.intermediate_size)?,
                    down: dense(LayerPart::Down, cfg.intermediate_size, h)?,
                    out_norm: norm(LayerPart::OutNorm)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            info: info(precision),
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
        stage_profile::begin(None);
        self.embed(&s.tokens, sized(&mut s.x, t * h));
        stage_profile::mark(Stage::Embeddings);
        for layer in &self.layers {
            let (x, tmp) = (&s.x[..t * h], sized(&mut s.tmp, t * h));
            let qkv = sized(&mut s.qkv, t * layer.qkv.d_out);
            layer.qkv.apply(x, t, qkv, None);
            stage_profile::mark(Stage::QkvProjection);
            let ctx = sized(&mut s.ctx, t * h);
            attention(qkv, ctx, &s.spans, (h, self.heads), None);
            stage_profile::mark(Stage::Attention);
            layer.attn_out.apply(ctx, t, tmp, Some(x));
            stage_profile::mark(Stage::AttentionOutput);
            layer.attn_norm.apply_rows(tmp, h);
            stage_profile::mark(Stage::LayerNorm);
            std::mem::swap(&mut s.x, &mut s.tmp);

            let (x, tmp) = (&s.x[..t * h], sized(&mut s.tmp, t * h));
            let up = sized(&mut s.up, t * layer.up.d_out);
            layer.up.apply(x, t, up, None);
            stage_profile::mark(Stage::FeedForwardUp);
            activate(self.activation, up);
            stage_profile::mark(Stage::Activation);
            layer.down.apply(up, t, tmp, Some(x));
            stage_profile::mark(Stage::FeedForwardDown);
            layer.out_norm.apply_rows(tmp, h);
            stage_profile::mark(Stage::LayerNorm);
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
        stage_profile::mark(Stage::Head);
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

impl Engine for NativeEngine {
    fn info(&self) -> &EngineInfo {
        &self.info
    }

    fn launch(&self, seqs: &[&[u32]]) -> Result<Box<dyn PendingLogits>> {
        Ok(Box::new(Ready(self.forward(seqs)?)))
    }
}
