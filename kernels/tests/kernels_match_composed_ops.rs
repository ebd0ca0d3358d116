//! Every kernel against the same function composed from burn ops ([`reference`]), on the wgpu
//! device (lavapipe in CI) and on the CPU's flex backend.

mod common;

use burn::tensor::{Device, Tensor};
use common::{key_bias, tensor, wgpu_device};
use query_gateway_kernels::{classifier_head, masked_softmax, reference, residual_layer_norm, HeadActivation};

fn max_abs_diff<const D: usize>(a: Tensor<D>, b: Tensor<D>) -> f32 {
    assert_eq!(a.dims(), b.dims());
    let a: Vec<f32> = a.into_data().try_to_vec().unwrap();
    let b: Vec<f32> = b.into_data().try_to_vec().unwrap();
    a.iter().zip(&b).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max)
}

/// Shapes: a single token, short and long queries, widths that do and do not fill the units.
const CASES: [(usize, usize, usize); 5] = [(1, 1, 384), (3, 7, 384), (32, 20, 384), (5, 128, 384), (4, 9, 100)];

#[test]
fn residual_layer_norm_matches_composed_ops() {
    let Some(gpu) = wgpu_device() else { return };
    for (i, &(batch, seq, width)) in CASES.iter().enumerate() {
        let seed = i as u64 * 10;
        let inputs = |d: &Device| {
            (
                tensor([batch, seq, width], seed, 3.0, d),
                tensor([batch, seq, width], seed + 1, 3.0, d),
                tensor([width], seed + 2, 1.5, d),
                tensor([width], seed + 3, 0.5, d),
            )
        };
        let (x, r, g, b) = inputs(&gpu);
        let fused = residual_layer_norm(x.clone(), r.clone(), g.clone(), b.clone(), 1e-12);
        let composed_gpu = reference::residual_layer_norm(x, r, g, b, 1e-12);
        let (x, r, g, b) = inputs(&Device::flex());
        let composed_cpu = reference::residual_layer_norm(x, r, g, b, 1e-12);
        let vs_gpu = max_abs_diff(fused.clone(), composed_gpu);
        let vs_cpu = max_abs_diff(fused.to_device(&Device::flex()), composed_cpu);
        assert!(
            vs_gpu < 1e-4 && vs_cpu < 1e-4,
            "[{batch}, {seq}, {width}]: {vs_gpu:e} vs wgpu ops, {vs_cpu:e} vs flex ops"
        );
    }
}

#[test]
fn masked_softmax_matches_composed_ops_and_ignores_padding() {
    let Some(gpu) = wgpu_device() else { return };
    for (i, &(batch, seq, _)) in CASES.iter().enumerate() {
        let heads = 12;
        let scale = 1.0 / 32f64.sqrt();
        let scores = tensor([batch, heads, seq, seq], i as u64, 20.0, &gpu);
        let bias = key_bias(batch, seq, &gpu);
        let fused = masked_softmax(scores.clone(), bias.clone(), scale);
        let composed = reference::masked_softmax(scores.clone(), bias.clone(), scale);
        let diff = max_abs_diff(fused.clone(), composed);
        assert!(diff < 1e-5, "[{batch}, {heads}, {seq}, {seq}]: {diff:e}");

        let probs: Vec<f32> = fused.into_data().try_to_vec().unwrap();
        let bias: Vec<f32> = bias.into_data().try_to_vec().unwrap();
        for (row, p) in probs.chunks(seq).enumerate() {
            let b = row / (heads * seq);
            let total: f32 = p.iter().sum();
            assert!((total - 1.0).abs() < 1e-5, "row {row} sums to {total}");
            let padded: f32 =
                p.iter().zip(&bias[b * seq..(b + 1) * seq]).filter(|(_, &m)| m < 0.0).map(|(p, _)| *p).sum();
            assert_eq!(padded, 0.0, "row {row} gives padding keys weight");
        }
    }
}

#[test]
fn classifier_head_matches_composed_ops() {
    let Some(gpu) = wgpu_device() else { return };
    for (i, &(batch, seq, width)) in CASES.iter().enumerate() {
        for (labels, act) in [(2, HeadActivation::Tanh), (3, HeadActivation::Relu)] {
            let seed = 100 + i as u64 * 10 + labels as u64;
            let inputs = |d: &Device| {
                (
                    tensor([batch, seq, width], seed, 2.0, d),
                    tensor([width, width], seed + 1, 0.1, d),
                    tensor([width], seed + 2, 0.1, d),
                    tensor([width, labels], seed + 3, 0.2, d),
                    tensor([labels], seed + 4, 0.2, d),
                )
            };
            let (h, pw, pb, cw, cb) = inputs(&gpu);
            let fused = classifier_head(h.clone(), pw.clone(), pb.clone(), cw.clone(), cb.clone(), act);
            let composed_gpu = reference::classifier_head(h, pw, pb, cw, cb, act);
            let (h, pw, pb, cw, cb) = inputs(&Device::flex());
            let composed_cpu = reference::classifier_head(h, pw, pb, cw, cb, act);
            let vs_gpu = max_abs_diff(fused.clone(), composed_gpu);
            let vs_cpu = max_abs_diff(fused.to_device(&Device::flex()), composed_cpu);
            assert!(
                vs_gpu < 1e-4 && vs_cpu < 1e-4,
                "[{batch}, {seq}, {width}] -> {labels} labels: {vs_gpu:e} vs wgpu ops, {vs_cpu:e} vs flex ops"
            );
        }
    }
}

#[test]
fn kernels_chain_inside_lazily_fused_graphs() {
    // Kernels registered with the fusion stream must see the pending ops before them and feed
    // the ops after them, without an explicit sync in between.
    let Some(gpu) = wgpu_device() else { return };
    let x = tensor([2, 5, 64], 7, 1.0, &gpu);
    let (g, b) = (tensor([64], 8, 1.0, &gpu), tensor([64], 9, 1.0, &gpu));
    let fused = residual_layer_norm(x.clone() * 2.0 + 1.0, x.clone().exp(), g.clone(), b.clone(), 1e-5) * 3.0;
    let composed = reference::residual_layer_norm(x.clone() * 2.0 + 1.0, x.exp(), g, b, 1e-5) * 3.0;
    let diff = max_abs_diff(fused, composed);
    assert!(diff < 1e-4, "{diff:e}");
}
