//! query-gateway's own CubeCL kernels for the router encoder on burn's GPU (wgpu) backend.
//!
//! On a GPU the router's forward pass is bound by the number of kernel launches, not arithmetic
//! (docs/performance.md: 6.5 ms at batch 1 on an H200 against PyTorch's 2.3 ms). Each kernel here
//! replaces a chain of burn's composed ops that still runs as several kernels with burn's fusion
//! on, because every reduction in it ends a fused block:
//!
//! - [`residual_layer_norm`]: `LayerNorm(x + residual)`, twice per encoder layer;
//! - [`masked_softmax`]: `softmax(scores · scale + key_bias)`, the attention probabilities;
//! - [`classifier_head`]: `[CLS]` → pre-classifier → tanh/ReLU → classifier logits;
//! - [`attention`]: a layer's whole attention from the q, k, v projections to the context, with
//!   the softmax of [`masked_softmax`] inside and no `[batch, heads, seq, seq]` scores in memory.
//!
//! They are burn backend extensions ([`EncoderKernels`]) implemented for the CubeCL backend and
//! registered lazily with burn's fusion stream. Calling them on another backend (the CPU's flex)
//! panics; [`reference`] has the same functions composed from burn ops, for every backend, as the
//! baseline the tests and benchmarks compare against.

mod attention;
mod head;
mod layer_norm;
mod reduce;
pub mod reference;
mod softmax;

use burn::backend::tensor::FloatTensor;
use burn::backend::{backend_extension, Backend, Dispatch, Shape};
use burn::tensor::Tensor;
use burn_cubecl::CubeBackend;

#[backend_extension(Cube, Fusion)]
pub trait EncoderKernels: Backend {
    #[fusion(dtype = x, shape = x)]
    fn residual_layer_norm(
        x: FloatTensor<Self>,
        residual: FloatTensor<Self>,
        gamma: FloatTensor<Self>,
        beta: FloatTensor<Self>,
        eps: f32,
    ) -> FloatTensor<Self>;

    #[fusion(dtype = scores, shape = scores)]
    fn masked_softmax(scores: FloatTensor<Self>, key_bias: FloatTensor<Self>, scale: f32) -> FloatTensor<Self>;

    #[fusion(dtype = hidden, shape = logits_shape(hidden, cls_bias))]
    fn classifier_head(
        hidden: FloatTensor<Self>,
        pre_weight: FloatTensor<Self>,
        pre_bias: FloatTensor<Self>,
        cls_weight: FloatTensor<Self>,
        cls_bias: FloatTensor<Self>,
        relu: bool,
    ) -> FloatTensor<Self>;

    #[fusion(dtype = q, shape = q)]
    fn attention(
        q: FloatTensor<Self>,
        k: FloatTensor<Self>,
        v: FloatTensor<Self>,
        key_bias: FloatTensor<Self>,
        heads: usize,
        scale: f32,
    ) -> FloatTensor<Self>;
}

/// `[batch, labels]` from `hidden: [batch, seq, width]` and `cls_bias: [labels]`.
fn logits_shape(hidden: &Shape, cls_bias: &Shape) -> Shape {
    Shape::new([hidden[0], cls_bias[0]])
}

impl EncoderKernels for CubeBackend {
    fn residual_layer_norm(
        x: FloatTensor<Self>,
        residual: FloatTensor<Self>,
        gamma: FloatTensor<Self>,
        beta: FloatTensor<Self>,
        eps: f32,
    ) -> FloatTensor<Self> {
        layer_norm::residual_layer_norm(x, residual, gamma, beta, eps)
    }

    fn masked_softmax(scores: FloatTensor<Self>, key_bias: FloatTensor<Self>, scale: f32) -> FloatTensor<Self> {
        softmax::masked_softmax(scores, key_bias, scale)
    }

    fn classifier_head(
        hidden: FloatTensor<Self>,
        pre_weight: FloatTensor<Self>,
        pre_bias: FloatTensor<Self>,
        cls_weight: FloatTensor<Self>,
        cls_bias: FloatTensor<Self>,
        relu: bool,
    ) -> FloatTensor<Self> {
        head::classifier_head(hidden, pre_weight, pre_bias, cls_weight, cls_bias, relu)
    }

    fn attention(
        q: FloatTensor<Self>,
        k: FloatTensor<Self>,
        v: FloatTensor<Self>,
        key_bias: FloatTensor<Self>,
        heads: usize,
        scale: f32,
    ) -> FloatTensor<Self> {
        attention::attention(q, k, v, key_bias, heads, scale)
    }
}

/// `LayerNorm(x + residual)` over the last axis, with scale `gamma` and shift `beta` (`[width]`).
pub fn residual_layer_norm(
    x: Tensor<3>,
    residual: Tensor<3>,
    gamma: Tensor<1>,
    beta: Tensor<1>,
    eps: f64,
) -> Tensor<3> {
    Tensor::from_dispatch(Dispatch::residual_layer_norm(
        x.into_dispatch(),
        residual.into_dispatch(),
        gamma.into_dispatch(),
        beta.into_dispatch(),
        eps as f32,
    ))
}

/// Attention probabilities for `scores: [batch, heads, queries, keys]`: softmax over keys of
/// `scores · scale + key_bias`, where `key_bias: [batch, keys]` is 0 for tokens and a large
/// negative number for padding.
pub fn masked_softmax(scores: Tensor<4>, key_bias: Tensor<2>, scale: f64) -> Tensor<4> {
    Tensor::from_dispatch(Dispatch::masked_softmax(scores.into_dispatch(), key_bias.into_dispatch(), scale as f32))
}

/// The activation between a sequence classifier's two head layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadActivation {
    /// BERT's pooler and RoBERTa's classifier.dense.
    Tanh,
    /// DistilBERT's pre_classifier.
    Relu,
}

/// Logits `[batch, labels]` from the encoder output `hidden: [batch, seq, width]`: the `[CLS]`
/// (first) position through `act(cls · pre_weight + pre_bias) · cls_weight + cls_bias`, weights
/// stored `[in, out]`.
pub fn classifier_head(
    hidden: Tensor<3>,
    pre_weight: Tensor<2>,
    pre_bias: Tensor<1>,
    cls_weight: Tensor<2>,
    cls_bias: Tensor<1>,
    act: HeadActivation,
) -> Tensor<2> {
    // The kernel specialises on a comptime flag.
    let relu = act == HeadActivation::Relu;
    Tensor::from_dispatch(Dispatch::classifier_head(
        hidden.into_dispatch(),
        pre_weight.into_dispatch(),
        pre_bias.into_dispatch(),
        cls_weight.into_dispatch(),
        cls_bias.into_dispatch(),
        relu,
    ))
}

/// Multi-head attention from the projections `q`, `k`, `v: [batch, seq, heads · head_dim]` (as
/// the linear layers return them) to the context `[batch, seq, heads · head_dim]`: per head,
/// `softmax(q·kᵀ · scale + key_bias) · v`, with `key_bias: [batch, seq]` as in [`masked_softmax`].
pub fn attention(q: Tensor<3>, k: Tensor<3>, v: Tensor<3>, key_bias: Tensor<2>, heads: usize, scale: f64) -> Tensor<3> {
    Tensor::from_dispatch(Dispatch::attention(
        q.into_dispatch(),
        k.into_dispatch(),
        v.into_dispatch(),
        key_bias.into_dispatch(),
        heads,
        scale as f32,
    ))
}
