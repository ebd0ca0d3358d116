//! The kernels' functions composed from burn ops: what the encoder runs without the kernels, and
//! the baseline of the kernels' tests and benchmarks. Runs on every backend.

use burn::tensor::{activation, Tensor};

use crate::HeadActivation;

pub fn residual_layer_norm(
    x: Tensor<3>,
    residual: Tensor<3>,
    gamma: Tensor<1>,
    beta: Tensor<1>,
    eps: f64,
) -> Tensor<3> {
    let sum = x + residual;
    let mean = sum.clone().mean_dim(2);
    let centered = sum - mean;
    let variance = centered.clone().square().mean_dim(2);
    centered / (variance + eps).sqrt() * gamma.unsqueeze::<3>() + beta.unsqueeze::<3>()
}

pub fn masked_softmax(scores: Tensor<4>, key_bias: Tensor<2>, scale: f64) -> Tensor<4> {
    let [batch, keys] = key_bias.dims();
    activation::softmax(scores.mul_scalar(scale) + key_bias.reshape([batch, 1, 1, keys]), 3)
}

pub fn attention(q: Tensor<3>, k: Tensor<3>, v: Tensor<3>, key_bias: Tensor<2>, heads: usize, scale: f64) -> Tensor<3> {
    let [batch, seq, hidden] = q.dims();
    let split = |t: Tensor<3>| t.reshape([batch, seq, heads, hidden / heads]).swap_dims(1, 2);
    let scores = split(q).matmul(split(k).swap_dims(2, 3));
    let probs = masked_softmax(scores, key_bias, scale);
    probs.matmul(split(v)).swap_dims(1, 2).reshape([batch, seq, hidden])
}

pub fn classifier_head(
    hidden: Tensor<3>,
    pre_weight: Tensor<2>,
    pre_bias: Tensor<1>,
    cls_weight: Tensor<2>,
    cls_bias: Tensor<1>,
    act: HeadActivation,
) -> Tensor<2> {
    let [batch, _, width] = hidden.dims();
    let cls = hidden.slice([0..batch, 0..1, 0..width]).reshape([batch, width]);
    let pooled = cls.matmul(pre_weight) + pre_bias.unsqueeze::<2>();
    let pooled = match act {
        HeadActivation::Relu => activation::relu(pooled),
        HeadActivation::Tanh => pooled.tanh(),
    };
    pooled.matmul(cls_weight) + cls_bias.unsqueeze::<2>()
}
