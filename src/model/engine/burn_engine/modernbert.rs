//! ModernBERT (`ModernBertForSequenceClassification`) as burn modules, for the burn engines (flex
//! on the CPU, wgpu): the computation of the native engine's `modernbert.rs` on padded batches. Inference only.
//!
//! Padding is masked by the additive key bias BERT uses; sliding layers add a band mask on top
//! (keys at most `half_window` positions from the query). Both are finite, so a padded query whose
//! window holds only padding still gets a finite (even) softmax; no real token reads its result.
//! The project's fused GPU kernels implement BERT's post-LayerNorm layer and head, so this model
//! runs burn's composed ops in every `GPU_KERNELS` mode.

use anyhow::{Context, Result};
use burn::module::{Module, Param};
use burn::nn::{LayerNorm, Linear};
use burn::tensor::{activation, Device, FloatDType, Tensor};

use super::blocks::{activate, batch_tensors, tensor, Loader, MASK_BIAS};
use super::padding::PaddedBatch;
use crate::model::config::{Activation, Attention, ModelConfig, Pooling};
use crate::model::family::modernbert_names as names;
use crate::model::rotary::Rotary;
use crate::model::weights::{Bias, WeightFile};

#[derive(Module, Debug)]
pub struct ModernBertLayer {
    /// `None` in layer 0, whose attention input is the embeddings as they are.
    attn_norm: Option<LayerNorm>,
    /// `[hidden, 3·hidden]`: Q | K | V.
    qkv: Linear,
    attn_out: Linear,
    mlp_norm: LayerNorm,
    /// `[hidden, 2·intermediate]`: the GeGLU input, then its gate.
    wi: Linear,
    wo: Linear,
    #[module(skip)]
    attention: Attention,
}

#[derive(Module, Debug)]
pub struct ModernBertEncoder {
    embeddings: Param<Tensor<2>>,
    embed_norm: LayerNorm,
    layers: Vec<ModernBertLayer>,
    final_norm: LayerNorm,
    head_dense: Linear,
    head_norm: LayerNorm,
    classifier: Linear,
    num_heads: usize,
    half_window: usize,
    /// Host tables, uploaded for each batch's length.
    #[module(skip)]
    rotary_full: Rotary,
    #[module(skip)]
    rotary_sliding: Rotary,
    #[module(skip)]
    activation: Activation,
    #[module(skip)]
    head_activation: Activation,
    #[module(skip)]
    pooling: Pooling,
}

/// Rotary cos and sin of one batch length, `[1, 1, seq, head_dim / 2]` each.
struct RotaryTables {
    cos: Tensor<4>,
    sin: Tensor<4>,
}

impl RotaryTables {
    fn new(rotary: &Rotary, seq: usize, device: &Device) -> Self {
        let half = rotary.half;
        let table = |values: &[f32]| tensor(values[..seq * half].to_vec(), [1, 1, seq, half], device);
        Self { cos: table(&rotary.cos), sin: table(&rotary.sin) }
    }

    /// Rotates `[batch, heads, seq, head_dim]` the `rotate_half` way: dimension `i` pairs with
    /// `i + head_dim / 2`.
    fn apply(&self, x: Tensor<4>) -> Tensor<4> {
        let half = self.cos.dims()[3];
        let x1 = x.clone().narrow(3, 0, half);
        let x2 = x.narrow(3, half, half);
        let (cos, sin) = (&self.cos, &self.sin);
        let first = x1.clone() * cos.clone() - x2.clone() * sin.clone();
        let second = x2 * cos.clone() + x1 * sin.clone();
        Tensor::cat(vec![first, second], 3)
    }
}

/// What one attention type adds to each layer's attention: its rotary tables and score bias.
struct AttentionInputs {
    rotary: RotaryTables,
    /// Broadcasts to `[batch, heads, seq, seq]`.
    bias: Tensor<4>,
}

impl ModernBertEncoder {
    pub fn load(cfg: &ModelConfig, file: &WeightFile, device: &Device) -> Result<Self> {
        let m = cfg.modernbert.as_ref().context("the model config holds no ModernBERT settings")?;
        let (h, eps, inter) = (cfg.hidden_size, cfg.layer_norm_eps, cfg.intermediate_size);
        let head_dim = h / cfg.num_heads; // even: checked when the config was read
        file.require_classifier(names::CLASSIFIER)?;
        // ModernBERT runs in f32 whatever GPU_PRECISION says (runner.rs).
        let l = Loader { file, device, dtype: FloatDType::F32 };
        let linear = |name: &str, d_in, d_out| l.linear_with(name, d_in, d_out, Bias::IfPresent);
        let norm = |name: &str| l.norm_with(name, h, eps, Bias::IfPresent);
        let layers = m
            .layers
            .iter()
            .enumerate()
            .map(|(i, &attention)| {
                let n = names::layer(i);
                Ok(ModernBertLayer {
                    attn_norm: n.attn_norm.map(|name| norm(&name)).transpose()?,
                    qkv: linear(&n.qkv, h, 3 * h)?,
                    attn_out: linear(&n.attn_out, h, h)?,
                    mlp_norm: norm(&n.mlp_norm)?,
                    wi: linear(&n.wi, h, 2 * inter)?,
                    wo: linear(&n.wo, inter, h)?,
                    attention,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let positions = cfg.max_tokens();
        let (theta_full, theta_sliding) = m.rope_theta;
        Ok(Self {
            embeddings: Param::from_tensor(l.matrix(names::EMBEDDINGS, cfg.vocab_size, h)?),
            embed_norm: norm(names::EMBED_NORM)?,
            layers,
            final_norm: norm(names::FINAL_NORM)?,
            head_dense: linear(names::HEAD_DENSE, h, h)?,
            head_norm: norm(names::HEAD_NORM)?,
            classifier: l.linear_with(names::CLASSIFIER, h, cfg.labels.len(), Bias::Required)?,
            num_heads: cfg.num_heads,
            half_window: m.half_window,
            rotary_full: Rotary::new(theta_full, head_dim, positions),
            rotary_sliding: Rotary::new(theta_sliding, head_dim, positions),
            activation: cfg.activation,
            head_activation: m.head_activation,
            pooling: m.pooling,
        })
    }

    /// Queues the forward pass of one padded batch on `device` (computed lazily on a GPU).
    pub fn forward_batch(&self, batch: &PaddedBatch, device: &Device) -> Tensor<2> {
        let (ids, mask) = batch_tensors(batch, device);
        let [rows, seq] = ids.dims();
        let x = self.embed_norm.forward(burn::tensor::module::embedding(self.embeddings.val(), ids));
        // 0 for tokens, MASK_BIAS for padding keys.
        let key_bias = (mask.clone().neg() + 1.0).mul_scalar(MASK_BIAS).reshape([rows, 1, 1, seq]);
        let full =
            AttentionInputs { rotary: RotaryTables::new(&self.rotary_full, seq, device), bias: key_bias.clone() };
        let sliding = AttentionInputs {
            rotary: RotaryTables::new(&self.rotary_sliding, seq, device),
            bias: key_bias + self.window_bias(seq, device),
        };
        let x = self.layers.iter().fold(x, |x, layer| {
            let inputs = match layer.attention {
                Attention::Full => &full,
                Attention::Sliding => &sliding,
            };
            self.layer_forward(layer, x, inputs)
        });
        let x = self.final_norm.forward(x);
        let hidden = x.dims()[2];
        let pooled = match self.pooling {
            Pooling::Cls => x.narrow(1, 0, 1).reshape([rows, hidden]),
            // Padding rows weigh 0; every text has at least one token.
            Pooling::Mean => {
                let summed = (x * mask.clone().unsqueeze_dim::<3>(2)).sum_dim(1).reshape([rows, hidden]);
                summed / mask.sum_dim(1)
            }
        };
        let head = activate(self.head_activation, self.head_dense.forward(pooled));
        self.classifier.forward(self.head_norm.forward(head))
    }

    /// `[1, 1, seq, seq]`: 0 where |query - key| <= `half_window`, MASK_BIAS elsewhere.
    fn window_bias(&self, seq: usize, device: &Device) -> Tensor<4> {
        let values = (0..seq)
            .flat_map(|i| (0..seq).map(move |j| if i.abs_diff(j) <= self.half_window { 0.0 } else { MASK_BIAS }))
            .collect();
        tensor(values, [1, 1, seq, seq], device)
    }

    /// `x + Wo·attention(attn_norm(x))`, then `x + Wo·(act(input) · gate)`, `[input | gate] =
    /// Wi·mlp_norm(x)`.
    fn layer_forward(&self, l: &ModernBertLayer, x: Tensor<3>, inputs: &AttentionInputs) -> Tensor<3> {
        let [rows, seq, hidden] = x.dims();
        let heads = self.num_heads;
        let head_dim = hidden / heads;
        let normed = match &l.attn_norm {
            Some(norm) => norm.forward(x.clone()),
            None => x.clone(),
        };
        let qkv = l.qkv.forward(normed);
        let split =
            |i: usize| qkv.clone().narrow(2, i * hidden, hidden).reshape([rows, seq, heads, head_dim]).swap_dims(1, 2);
        let q = inputs.rotary.apply(split(0));
        let k = inputs.rotary.apply(split(1));
        let scores = q.matmul(k.swap_dims(2, 3)).mul_scalar(1.0 / (head_dim as f64).sqrt());
        let probs = activation::softmax(scores + inputs.bias.clone(), 3);
        let context = probs.matmul(split(2)).swap_dims(1, 2).reshape([rows, seq, hidden]);
        let x = x + l.attn_out.forward(context);

        let wi = l.wi.forward(l.mlp_norm.forward(x.clone()));
        let inter = wi.dims()[2] / 2;
        let glu = activate(self.activation, wi.clone().narrow(2, 0, inter)) * wi.narrow(2, inter, inter);
        x + l.wo.forward(glu)
    }
}
