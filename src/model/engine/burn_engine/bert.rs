//! BERT / DistilBERT encoder with its sequence-classification head, as burn modules.
//!
//! Both families are post-LayerNorm encoders (LayerNorm after each residual add), so one set of
//! modules serves both; they differ only in tensor names, token-type embeddings and the head's
//! activation. Hugging Face stores linear weights as `[out, in]`, burn as `[in, out]`: the
//! transpose happens once, on the host, at load and save.
//!
//! In f16 ([`Precision::F16`], GPU only) the embedding tables and the encoder layers' linear
//! weights are stored as f16, and the hidden states flow in f16 through the matmuls (burn-cubecl
//! accumulates f16 matmuls in f32) and the element-wise ops. LayerNorm (with its residual add),
//! the attention softmax and the classifier head compute in f32, on f32 parameters, fused kernels
//! or not: f16 cannot hold the squares a norm sums (65,504 at most), and a softmax or a dot
//! product summed in f16 loses about a digit.

use anyhow::Result;
use burn::module::{Module, Param};
use burn::nn::{Dropout, DropoutConfig, Initializer, LayerNorm, Linear, LinearConfig};
use burn::tensor::{activation, Device, FloatDType, Int, Tensor};
use query_gateway_kernels as kernels;

use super::blocks::{activate, batch_tensors, read_logits, Loader, MASK_BIAS};
use super::padding::PaddedBatch;
use super::stage_profile::{self, Stage};
use crate::model::config::{Activation, ModelConfig};
use crate::model::engine::selection::Precision;
use crate::model::family::{BertLayout, HeadActivation, LayerPart};
use crate::model::weights::{NamedTensors, WeightFile};

#[derive(Module, Debug)]
pub struct Embeddings {
    word: Param<Tensor<2>>,
    position: Param<Tensor<2>>,
    /// BERT's token-type table; every query is one segment, so only row 0 is used.
    token_type: Option<Param<Tensor<2>>>,
    norm: LayerNorm,
}

#[derive(Module, Debug)]
pub struct EncoderLayer {
    query: Linear,
    key: Linear,
    value: Linear,
    attn_out: Linear,
    attn_norm: LayerNorm,
    up: Linear,
    down: Linear,
    out_norm: LayerNorm,
}

#[derive(Module, Debug)]
pub struct ClassifierHead {
    /// BERT's pooler (tanh) or DistilBERT's pre_classifier (ReLU), on the [CLS] vector.
    pre: Linear,
    classifier: Linear,
}

#[derive(Module, Debug)]
pub struct SequenceClassifier {
    embeddings: Embeddings,
    layers: Vec<EncoderLayer>,
    head: ClassifierHead,
    /// Active only on an autodiff device (training); a no-op at inference.
    dropout: Dropout,
    num_heads: usize,
    #[module(skip)]
    layout: BertLayout,
    #[module(skip)]
    activation: Activation,
    /// Rows of the position table before the first token's (RoBERTa).
    position_offset: usize,
    norm_eps: f64,
    /// Inference on a GPU through the project's kernels (`kernels/`) instead of burn's composed ops.
    fused_kernels: bool,
    /// The dtype of the hidden states and the encoder's weights.
    #[module(skip)]
    precision: Precision,
}

/// A freshly initialised linear layer, as Hugging Face initialises classifier heads.
pub(crate) fn fresh_linear(d_in: usize, d_out: usize, device: &Device) -> Linear {
    LinearConfig::new(d_in, d_out).with_initializer(Initializer::Normal { mean: 0.0, std: 0.02 }).init(device)
}

impl SequenceClassifier {
    /// Loads a sequence classifier, its encoder in `precision`. A bare base encoder (no head in the
    /// file) is accepted only with `allow_fresh_head`, for training.
    pub fn load(
        cfg: &ModelConfig,
        file: &WeightFile,
        device: &Device,
        precision: Precision,
        allow_fresh_head: bool,
        dropout: f64,
    ) -> Result<Self> {
        let family = cfg.family;
        let Some(layout) = family.bert_layout() else {
            anyhow::bail!("{} is not a BERT-style family (it has its own burn module)", family.name())
        };
        let prefix = layout.prefix(file).ok_or_else(|| {
            anyhow::anyhow!("no {} embeddings found (expected word_embeddings.weight)", family.name())
        })?;
        let l = Loader { file, device, dtype: precision.dtype() };
        // The head computes in f32 in every precision.
        let head_loader = Loader { file, device, dtype: FloatDType::F32 };
        let (h, eps) = (cfg.hidden_size, cfg.layer_norm_eps);
        let token_type = if cfg.type_vocab_size > 0 {
            let name = format!("{prefix}embeddings.token_type_embeddings.weight");
            Some(Param::from_tensor(l.matrix(&name, cfg.type_vocab_size, h)?))
        } else {
            None
        };
        let embeddings = Embeddings {
            word: Param::from_tensor(l.matrix(
                &format!("{prefix}embeddings.word_embeddings.weight"),
                cfg.vocab_size,
                h,
            )?),
            position: Param::from_tensor(l.matrix(
                &format!("{prefix}embeddings.position_embeddings.weight"),
                cfg.max_position_embeddings,
                h,
            )?),
            token_type,
            norm: l.norm(&format!("{prefix}embeddings.LayerNorm"), h, eps)?,
        };
        let layers = (0..cfg.num_layers)
            .map(|i| {
                let n = |part| layout.layer_name(prefix, i, part);
                Ok(EncoderLayer {
                    query: l.linear(&n(LayerPart::Query), h, h)?,
                    key: l.linear(&n(LayerPart::Key), h, h)?,
                    value: l.linear(&n(LayerPart::Value), h, h)?,
                    attn_out: l.linear(&n(LayerPart::AttnOut), h, h)?,
                    attn_norm: l.norm(&n(LayerPart::AttnNorm), h, eps)?,
                    up: l.linear(&n(LayerPart::Up), h, cfg.intermediate_size)?,
                    down: l.linear(&n(LayerPart::Down), cfg.intermediate_size, h)?,
                    out_norm: l.norm(&n(LayerPart::OutNorm), h, eps)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let (pre_name, cls_name) = layout.head_names();
        let n_labels = cfg.labels.len();
        let head = if allow_fresh_head && !file.contains(&format!("{cls_name}.weight")) {
            // A base encoder may still carry BERT's pooler; keep it when it does.
            let pre = if file.contains(&format!("{prefix}pooler.dense.weight")) {
                head_loader.linear(&format!("{prefix}pooler.dense"), h, h)?
            } else {
                fresh_linear(h, h, device)
            };
            ClassifierHead { pre, classifier: fresh_linear(h, n_labels, device) }
        } else {
            file.require_classifier(cls_name)?;
            ClassifierHead {
                pre: head_loader.linear(pre_name, h, h)?,
                classifier: head_loader.linear(cls_name, h, n_labels)?,
            }
        };
        Ok(Self {
            embeddings,
            layers,
            head,
            dropout: DropoutConfig::new(dropout).init(),
            num_heads: cfg.num_heads,
            layout,
            activation: cfg.activation,
            position_offset: cfg.position_offset,
            norm_eps: eps,
            fused_kernels: false,
            precision,
        })
    }

    /// Runs residual + LayerNorm, attention softmax and the head through the project's GPU kernels.
    /// Inference only (they have no backward pass), on a wgpu device.
    pub fn with_fused_kernels(mut self, on: bool) -> Self {
        self.fused_kernels = on;
        self
    }

    pub fn num_layers(&self) -> usize {
        self.layers.len()
    }

    /// Queues the forward pass of one padded batch on `device` (computed lazily on a GPU).
    pub fn forward_batch(&self, batch: &PaddedBatch, device: &Device) -> Tensor<2> {
        let (ids, mask) = batch_tensors(batch, device);
        self.forward(ids, mask)
    }

    /// Runs one padded batch and reads the logits back to the host, `[batch][labels]`.
    pub fn logits(&self, batch: &PaddedBatch, device: &Device) -> Result<Vec<Vec<f32>>> {
        read_logits(self.forward_batch(batch, device))
    }

    /// Logits `[batch, labels]` for token ids `[batch, seq]` and a 1/0 attention mask `[batch, seq]`.
    pub fn forward(&self, ids: Tensor<2, Int>, mask: Tensor<2>) -> Tensor<2> {
        let x = self.encode(ids, mask);
        let logits = if self.fused_kernels {
            let (pre, cls) = (&self.head.pre, &self.head.classifier);
            let act = self.layout.head_activation();
            kernels::classifier_head(
                x.cast(FloatDType::F32),
                pre.weight.val(),
                bias(pre),
                cls.weight.val(),
                bias(cls),
                act,
            )
        } else {
            let pooled = self.pool(x);
            self.head.classifier.forward(self.dropout.forward(pooled))
        };
        stage_profile::mark(Stage::Head);
        logits
    }

    /// Training: the logits and the pooled [CLS] vector they come from, which an auxiliary head
    /// (the request's kind) reads too.
    pub fn forward_with_pooled(&self, ids: Tensor<2, Int>, mask: Tensor<2>) -> (Tensor<2>, Tensor<2>) {
        let pooled = self.pool(self.encode(ids, mask));
        (self.head.classifier.forward(self.dropout.forward(pooled.clone())), pooled)
    }

    /// Embeddings and every encoder layer: the hidden states `[batch, seq, hidden]`.
    fn encode(&self, ids: Tensor<2, Int>, mask: Tensor<2>) -> Tensor<3> {
        let seq = ids.dims()[1];
        stage_profile::begin(Some(&ids.device()));
        let hidden = self.embeddings.word.dims()[1];
        let e = &self.embeddings;
        let positions = self.position_offset..self.position_offset + seq;
        let mut x = burn::tensor::module::embedding(e.word.val(), ids)
            + e.position.val().slice([positions, 0..hidden]).unsqueeze::<3>();
        if let Some(tt) = &e.token_type {
            x = x + tt.val().slice([0..1, 0..hidden]).unsqueeze::<3>();
        }
        // burn's LayerNorm widens an f16 input to f32 itself and narrows the result back.
        let mut x = self.dropout.forward(e.norm.forward(x));
        stage_profile::mark(Stage::Embeddings);
        // [batch, seq]: 0 for tokens, MASK_BIAS for padding keys.
        let key_bias = (mask.neg() + 1.0).mul_scalar(MASK_BIAS);
        for layer in &self.layers {
            x = self.layer_forward(layer, x, key_bias.clone());
        }
        x
    }

    /// The head's pooled vector (pooler or pre_classifier and its activation) of the [CLS] token, in f32.
    fn pool(&self, x: Tensor<3>) -> Tensor<2> {
        let [batch, _, hidden] = x.dims();
        let cls = x.slice([0..batch, 0..1, 0..hidden]).reshape([batch, hidden]).cast(FloatDType::F32);
        let pooled = self.head.pre.forward(cls);
        match self.layout.head_activation() {
            HeadActivation::Relu => activation::relu(pooled),
            HeadActivation::Tanh => pooled.tanh(),
        }
    }

    /// Width of the pooled vector.
    pub fn hidden_size(&self) -> usize {
        self.embeddings.word.dims()[1]
    }

    fn layer_forward(&self, l: &EncoderLayer, x: Tensor<3>, key_bias: Tensor<2>) -> Tensor<3> {
        let [batch, seq, hidden] = x.dims();
        let heads = self.num_heads;
        let head_dim = hidden / heads;
        let scale = 1.0 / (head_dim as f64).sqrt();
        let (q, k, v) = (l.query.forward(x.clone()), l.key.forward(x.clone()), l.value.forward(x.clone()));
        stage_profile::mark(Stage::QkvProjection);
        let dtype = self.precision.dtype();
        let context = if self.fused_kernels {
            // One kernel: scores, masked softmax and context without a [batch, heads, seq, seq]
            // tensor in memory; in f32 like the other kernels (the casts are no-ops in f32).
            let f32 = |t: Tensor<3>| t.cast(FloatDType::F32);
            kernels::attention(f32(q), f32(k), f32(v), key_bias, heads, scale).cast(dtype)
        } else {
            let split = |t: Tensor<3>| t.reshape([batch, seq, heads, head_dim]).swap_dims(1, 2);
            // The softmax in f32 (a no-op cast in f32), like the f32 key bias.
            let scores = split(q).matmul(split(k).swap_dims(2, 3)).cast(FloatDType::F32);
            stage_profile::mark(Stage::AttentionScores);
            let bias = key_bias.reshape([batch, 1, 1, seq]);
            let probs = self.dropout.forward(activation::softmax(scores.mul_scalar(scale) + bias, 3));
            stage_profile::mark(Stage::AttentionSoftmax);
            probs.cast(dtype).matmul(split(v)).swap_dims(1, 2).reshape([batch, seq, hidden])
        };
        stage_profile::mark(Stage::AttentionContext);
        let x = self.add_norm(&l.attn_norm, self.dropout.forward(l.attn_out.forward(context)), x);
        stage_profile::mark(Stage::AttentionOutput);
        let inner = l.up.forward(x.clone());
        let inner = activate(self.activation, inner);
        stage_profile::mark(Stage::FeedForwardUp);
        let out = self.add_norm(&l.out_norm, self.dropout.forward(l.down.forward(inner)), x);
        stage_profile::mark(Stage::FeedForwardDown);
        out
    }

    /// `norm(x + residual)`, the post-LN residual step, in f32 (the casts are no-ops in f32).
    fn add_norm(&self, norm: &LayerNorm, x: Tensor<3>, residual: Tensor<3>) -> Tensor<3> {
        let (x, residual) = (x.cast(FloatDType::F32), residual.cast(FloatDType::F32));
        let out = if self.fused_kernels {
            let beta = norm.beta.as_ref().expect("layer norms have a bias").val();
            kernels::residual_layer_norm(x, residual, norm.gamma.val(), beta, self.norm_eps)
        } else {
            norm.forward(x + residual)
        };
        out.cast(self.precision.dtype())
    }

    /// All weights under their Hugging Face task-model names (e.g. `bert.encoder.layer.0...`).
    pub fn export(&self) -> NamedTensors {
        let layout = self.layout;
        let prefix = layout.task_prefix();
        let mut out = Exporter(NamedTensors::new());
        let e = &self.embeddings;
        out.tensor(format!("{prefix}embeddings.word_embeddings.weight"), e.word.val());
        out.tensor(format!("{prefix}embeddings.position_embeddings.weight"), e.position.val());
        if let Some(tt) = &e.token_type {
            out.tensor(format!("{prefix}embeddings.token_type_embeddings.weight"), tt.val());
        }
        out.norm(&format!("{prefix}embeddings.LayerNorm"), &e.norm);
        for (i, l) in self.layers.iter().enumerate() {
            let n = |part| layout.layer_name(prefix, i, part);
            out.linear(&n(LayerPart::Query), &l.query);
            out.linear(&n(LayerPart::Key), &l.key);
            out.linear(&n(LayerPart::Value), &l.value);
            out.linear(&n(LayerPart::AttnOut), &l.attn_out);
            out.norm(&n(LayerPart::AttnNorm), &l.attn_norm);
            out.linear(&n(LayerPart::Up), &l.up);
            out.linear(&n(LayerPart::Down), &l.down);
            out.norm(&n(LayerPart::OutNorm), &l.out_norm);
        }
        let (pre_name, cls_name) = layout.head_names();
        out.linear(pre_name, &self.head.pre);
        out.linear(cls_name, &self.head.classifier);
        out.0
    }
}

fn bias(linear: &Linear) -> Tensor<1> {
    linear.bias.as_ref().expect("linear layers have a bias").val()
}

/// Collects parameters back into Hugging Face layout.
struct Exporter(NamedTensors);

impl Exporter {
    fn tensor<const D: usize>(&mut self, name: String, t: Tensor<D>) {
        let shape = t.dims().to_vec();
        let values = t.into_data().convert::<f32>().try_into_vec::<f32>().expect("f32 tensor data");
        self.0.insert(name, (shape, values));
    }

    fn linear(&mut self, name: &str, l: &Linear) {
        // burn [in, out] -> Hugging Face [out, in].
        self.tensor(format!("{name}.weight"), l.weight.val().transpose());
        self.tensor(format!("{name}.bias"), bias(l));
    }

    fn norm(&mut self, name: &str, n: &LayerNorm) {
        self.tensor(format!("{name}.weight"), n.gamma.val());
        self.tensor(format!("{name}.bias"), n.beta.as_ref().expect("layer norms have a bias").val());
    }
}
