//! BERT / DistilBERT encoder with its sequence-classification head, as burn modules.
//!
//! Both families are post-LayerNorm encoders (LayerNorm after each residual add), so one set of
//! modules serves both; they differ only in tensor names, token-type embeddings and the head's
//! activation. Hugging Face stores linear weights as `[out, in]`, burn as `[in, out]`: the
//! transpose happens once, on the host, at load and save.

use burn::module::{Module, Param};
use burn::nn::{Dropout, DropoutConfig, Initializer, LayerNorm, LayerNormConfig, Linear, LinearConfig};
use burn::tensor::{activation, Device, Int, Tensor, TensorData};

use super::config::{Activation, ModelConfig};
use super::engine::native::Bias;
use super::family::{BertLayout, HeadActivation, LayerPart};
use super::host_ops;
use super::stage_profile::{self, Stage};
use super::tokenize::PaddedBatch;
use super::weights::{NamedTensors, WeightFile};
use anyhow::Result;
use query_gateway_kernels as kernels;

/// Added to attention scores of padding keys: exp() of it underflows to exactly 0 in f32.
pub(crate) const MASK_BIAS: f32 = -1.0e4;

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
}

/// Exact (erf) GELU. burn's CPU kernel evaluates it with a scalar libm erf on one thread, which took
/// a quarter of a CPU batch; for inference on the flex backend it runs on the host in parallel
/// chunks instead. Autodiff (training) and GPU devices keep burn's op.
fn gelu<const D: usize>(x: Tensor<D>) -> Tensor<D> {
    let device = x.device();
    if device.is_autodiff() || device != Device::flex() {
        return activation::gelu(x);
    }
    let dims = x.dims();
    // No clone kept for a fallback: after convert() the data is f32 whatever the activations were.
    let mut values = x.into_data().convert::<f32>().try_into_vec::<f32>().expect("converted to f32");
    use rayon::prelude::*;
    values.par_chunks_mut(16 * 1024).for_each(host_ops::gelu_in_place);
    Tensor::from_data(TensorData::new(values, dims), &device)
}

/// The feed-forward (or head) activation `activation` of `x`.
pub(crate) fn activate<const D: usize>(activation: Activation, x: Tensor<D>) -> Tensor<D> {
    match activation {
        Activation::Relu => activation::relu(x),
        Activation::GeluTanh => activation::gelu_approximate(x),
        Activation::Gelu => gelu(x),
    }
}

/// Waits for `[batch, labels]` logits and copies them to the host.
pub fn read_logits(logits: Tensor<2>) -> Result<Vec<Vec<f32>>> {
    let [_, labels] = logits.dims();
    let values: Vec<f32> = logits
        .into_data()
        .convert::<f32>()
        .try_into_vec::<f32>()
        .map_err(|e| anyhow::anyhow!("reading logits back: {e:?}"))?;
    Ok(values.chunks(labels).map(<[f32]>::to_vec).collect())
}

/// Token ids and mask of a padded batch as device tensors.
pub fn batch_tensors(batch: &PaddedBatch, device: &Device) -> (Tensor<2, Int>, Tensor<2>) {
    let shape = [batch.batch, batch.seq];
    (
        Tensor::from_data(TensorData::new(batch.ids.clone(), shape), device),
        Tensor::from_data(TensorData::new(batch.mask.clone(), shape), device),
    )
}

pub(crate) fn tensor<const D: usize>(values: Vec<f32>, shape: [usize; D], device: &Device) -> Tensor<D> {
    Tensor::from_data(TensorData::new(values, shape), device)
}

/// `[rows, cols]` row-major -> `[cols, rows]` row-major.
pub(crate) fn transpose(values: &[f32], rows: usize, cols: usize) -> Vec<f32> {
    let mut out = vec![0.0; values.len()];
    for r in 0..rows {
        for c in 0..cols {
            out[c * rows + r] = values[r * cols + c];
        }
    }
    out
}

/// Reads safetensors weights into burn modules on `device`.
pub(crate) struct Loader<'a> {
    pub(crate) file: &'a WeightFile<'a>,
    pub(crate) device: &'a Device,
}

impl Loader<'_> {
    fn linear(&self, name: &str, d_in: usize, d_out: usize) -> Result<Linear> {
        self.linear_with(name, d_in, d_out, Bias::Required)
    }

    pub(crate) fn linear_with(&self, name: &str, d_in: usize, d_out: usize, bias: Bias) -> Result<Linear> {
        let w = self.file.read(&format!("{name}.weight"), &[d_out, d_in])?;
        Ok(Linear {
            weight: Param::from_tensor(tensor(transpose(&w, d_out, d_in), [d_in, d_out], self.device)),
            bias: self.bias(name, d_out, bias)?,
        })
    }

    fn norm(&self, name: &str, d: usize, eps: f64) -> Result<LayerNorm> {
        self.norm_with(name, d, eps, Bias::Required)
    }

    pub(crate) fn norm_with(&self, name: &str, d: usize, eps: f64, bias: Bias) -> Result<LayerNorm> {
        let mut norm = LayerNormConfig::new(d).with_epsilon(eps).init(self.device);
        norm.gamma = Param::from_tensor(tensor(self.file.read(&format!("{name}.weight"), &[d])?, [d], self.device));
        norm.beta = self.bias(name, d, bias)?;
        Ok(norm)
    }

    /// An absent optional bias is `None`: burn then adds nothing.
    fn bias(&self, name: &str, d: usize, bias: Bias) -> Result<Option<Param<Tensor<1>>>> {
        let values = bias.read_optional(self.file, name, d)?;
        Ok(values.map(|b| Param::from_tensor(tensor(b, [d], self.device))))
    }

    pub(crate) fn matrix(&self, name: &str, rows: usize, cols: usize) -> Result<Tensor<2>> {
        Ok(tensor(self.file.read(name, &[rows, cols])?, [rows, cols], self.device))
    }
}

/// A freshly initialised linear layer, as Hugging Face initialises classifier heads.
fn fresh_linear(d_in: usize, d_out: usize, device: &Device) -> Linear {
    LinearConfig::new(d_in, d_out).with_initializer(Initializer::Normal { mean: 0.0, std: 0.02 }).init(device)
}

impl SequenceClassifier {
    /// Loads a sequence classifier. A bare base encoder (no head in the file) is accepted only with
    /// `allow_fresh_head`, for training.
    pub fn load(
        cfg: &ModelConfig,
        file: &WeightFile,
        device: &Device,
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
        let l = Loader { file, device };
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
                l.linear(&format!("{prefix}pooler.dense"), h, h)?
            } else {
                fresh_linear(h, h, device)
            };
            ClassifierHead { pre, classifier: fresh_linear(h, n_labels, device) }
        } else {
            file.require_classifier(cls_name)?;
            ClassifierHead { pre: l.linear(pre_name, h, h)?, classifier: l.linear(cls_name, h, n_labels)? }
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
        let [batch, seq] = ids.dims();
        stage_profile::begin(&ids.device());
        let hidden = self.embeddings.word.dims()[1];
        let e = &self.embeddings;
        let positions = self.position_offset..self.position_offset + seq;
        let mut x = burn::tensor::module::embedding(e.word.val(), ids)
            + e.position.val().slice([positions, 0..hidden]).unsqueeze::<3>();
        if let Some(tt) = &e.token_type {
            x = x + tt.val().slice([0..1, 0..hidden]).unsqueeze::<3>();
        }
        let mut x = self.dropout.forward(e.norm.forward(x));
        stage_profile::mark(Stage::Embeddings);
        // [batch, seq]: 0 for tokens, MASK_BIAS for padding keys.
        let key_bias = (mask.neg() + 1.0).mul_scalar(MASK_BIAS);
        for layer in &self.layers {
            x = self.layer_forward(layer, x, key_bias.clone());
        }
        let logits = if self.fused_kernels {
            let (pre, cls) = (&self.head.pre, &self.head.classifier);
            let act = self.layout.head_activation();
            kernels::classifier_head(x, pre.weight.val(), bias(pre), cls.weight.val(), bias(cls), act)
        } else {
            let cls = x.slice([0..batch, 0..1, 0..hidden]).reshape([batch, hidden]);
            let pooled = self.head.pre.forward(cls);
            let pooled = match self.layout.head_activation() {
                HeadActivation::Relu => activation::relu(pooled),
                HeadActivation::Tanh => pooled.tanh(),
            };
            self.head.classifier.forward(self.dropout.forward(pooled))
        };
        stage_profile::mark(Stage::Head);
        logits
    }

    fn layer_forward(&self, l: &EncoderLayer, x: Tensor<3>, key_bias: Tensor<2>) -> Tensor<3> {
        let [batch, seq, hidden] = x.dims();
        let heads = self.num_heads;
        let head_dim = hidden / heads;
        let scale = 1.0 / (head_dim as f64).sqrt();
        let split = |t: Tensor<3>| t.reshape([batch, seq, heads, head_dim]).swap_dims(1, 2);
        let q = split(l.query.forward(x.clone()));
        let k = split(l.key.forward(x.clone()));
        let v = split(l.value.forward(x.clone()));
        stage_profile::mark(Stage::QkvProjection);
        let scores = q.matmul(k.swap_dims(2, 3));
        stage_profile::mark(Stage::AttentionScores);
        let probs = if self.fused_kernels {
            kernels::masked_softmax(scores, key_bias, scale)
        } else {
            let bias = key_bias.reshape([batch, 1, 1, seq]);
            self.dropout.forward(activation::softmax(scores.mul_scalar(scale) + bias, 3))
        };
        stage_profile::mark(Stage::AttentionSoftmax);
        let context = probs.matmul(v).swap_dims(1, 2).reshape([batch, seq, hidden]);
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

    /// `norm(x + residual)`, the post-LN residual step.
    fn add_norm(&self, norm: &LayerNorm, x: Tensor<3>, residual: Tensor<3>) -> Tensor<3> {
        if self.fused_kernels {
            let beta = norm.beta.as_ref().expect("layer norms have a bias").val();
            return kernels::residual_layer_norm(x, residual, norm.gamma.val(), beta, self.norm_eps);
        }
        norm.forward(x + residual)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_gelu_matches_burns_exact_gelu() {
        let device = Device::flex();
        let xs: Vec<f32> = (0..4001).map(|i| (i as f32 - 2000.0) / 200.0).collect();
        let input = Tensor::<3>::from_data(TensorData::new(xs.clone(), [1, 1, xs.len()]), &device);
        let want: Vec<f32> = activation::gelu(input.clone()).into_data().try_into_vec::<f32>().unwrap();
        let got: Vec<f32> = gelu(input).into_data().try_into_vec::<f32>().unwrap();
        let worst = want.iter().zip(&got).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
        assert!(worst < 2e-6, "max |diff| {worst}");
    }

    #[test]
    fn transposes_row_major() {
        assert_eq!(transpose(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 2, 3), vec![1.0, 4.0, 2.0, 5.0, 3.0, 6.0]);
    }
}
