//! Every kernel against the same function composed from burn ops ([`reference`]), on the wgpu
//! device (lavapipe in CI) and on the CPU's flex backend.

mod common;

use burn::tensor::{Device, Tensor, TensorData};
use common::{key_bias, tensor, wgpu_device};
use query_gateway_kernels::{
    attention, classifier_head, masked_softmax, reference, residual_layer_norm, HeadActivation,
};

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

/// `(batch, seq, hidden, heads)`: a single token, a short batch with one real and two padded
/// queries, the router's batch, long queries (several key tiles, up to the longest the router
/// takes), 64-feature heads, and odd head widths and lengths that fill neither the lanes nor the
/// last key tile.
const ATTENTION_CASES: [(usize, usize, usize, usize); 8] = [
    (1, 1, 384, 12),
    (3, 7, 384, 12),
    (32, 20, 384, 12),
    (2, 128, 384, 12),
    (1, 512, 384, 12),
    (3, 20, 768, 12),
    (4, 9, 40, 5),
    (2, 45, 60, 4),
];

fn max_abs<const D: usize>(t: Tensor<D>) -> f32 {
    t.into_data().try_to_vec::<f32>().unwrap().iter().fold(0.0, |m, x| m.max(x.abs()))
}

#[test]
fn attention_matches_composed_ops() {
    let Some(gpu) = wgpu_device() else { return };
    for (i, &(batch, seq, hidden, heads)) in ATTENTION_CASES.iter().enumerate() {
        let seed = 200 + i as u64 * 10;
        let scale = 1.0 / ((hidden / heads) as f64).sqrt();
        // q and k large enough that the softmax is far from uniform.
        let inputs = |d: &Device| {
            (
                tensor([batch, seq, hidden], seed, 3.0, d),
                tensor([batch, seq, hidden], seed + 1, 3.0, d),
                tensor([batch, seq, hidden], seed + 2, 2.0, d),
                key_bias(batch, seq, d),
            )
        };
        let (q, k, v, bias) = inputs(&gpu);
        let fused = attention(q.clone(), k.clone(), v.clone(), bias.clone(), heads, scale);
        let composed_gpu = reference::attention(q, k, v, bias, heads, scale);
        let (q, k, v, bias) = inputs(&Device::flex());
        let composed_cpu = reference::attention(q, k, v, bias, heads, scale);
        let tolerance = 1e-5 * max_abs(composed_cpu.clone()).max(1.0);
        let vs_gpu = max_abs_diff(fused.clone(), composed_gpu);
        let vs_cpu = max_abs_diff(fused.to_device(&Device::flex()), composed_cpu);
        assert!(
            vs_gpu < tolerance && vs_cpu < tolerance,
            "[{batch}, {seq}, {hidden}] in {heads} heads: {vs_gpu:e} vs wgpu ops, {vs_cpu:e} vs flex ops (tolerance {tolerance:e})"
        );
    }
}

#[test]
fn attention_of_padding_is_finite_and_ignores_padded_keys() {
    let Some(gpu) = wgpu_device() else { return };
    let (batch, seq, hidden, heads) = (3, 40, 64, 2);
    // Batch item 0 is all padding, item 1 has 3 real tokens, item 2 has 33 (one past a key tile).
    let real = [0, 3, 33];
    let per_token = |width: usize, real_value: f32, padding_value: f32| {
        let values = real.iter().flat_map(|&n| {
            (0..seq).flat_map(move |j| std::iter::repeat_n(if j < n { real_value } else { padding_value }, width))
        });
        values.collect::<Vec<f32>>()
    };
    let bias = Tensor::<2>::from_data(TensorData::new(per_token(1, 0.0, -1.0e4), [batch, seq]), &gpu);
    let (q, k) = (tensor([batch, seq, hidden], 300, 3.0, &gpu), tensor([batch, seq, hidden], 301, 3.0, &gpu));
    let v = tensor([batch, seq, hidden], 302, 2.0, &gpu);
    let scale = 1.0 / 32f64.sqrt();
    let fused = attention(q.clone(), k.clone(), v.clone(), bias.clone(), heads, scale);
    let values: Vec<f32> = fused.clone().into_data().try_to_vec().unwrap();
    assert!(values.iter().all(|x| x.is_finite()), "NaN or infinity in the context of padding");
    let composed = reference::attention(q.clone(), k.clone(), v.clone(), bias.clone(), heads, scale);
    let diff = max_abs_diff(fused.clone().narrow(0, 1, 2), composed.clone().narrow(0, 1, 2));
    assert!(diff < 1e-4, "{diff:e} against the composed ops");
    // All-padding logits sit near -1e4, where an f32 step is 1e-3: only close, in any order of ops.
    let diff = max_abs_diff(fused.clone().narrow(0, 0, 1), composed.narrow(0, 0, 1));
    assert!(diff < 1e-2, "{diff:e} against the composed ops for an all-padding item");

    // Other keys and values at the padded positions must not move the context of items 1 and 2.
    let keep = Tensor::<3>::from_data(TensorData::new(per_token(hidden, 1.0, 0.0), [batch, seq, hidden]), &gpu);
    let noise = tensor([batch, seq, hidden], 303, 50.0, &gpu) * (keep.clone().neg() + 1.0);
    let moved = attention(q, k * keep.clone() + noise.clone(), v * keep + noise, bias, heads, scale);
    let diff = max_abs_diff(fused.narrow(0, 1, 2), moved.narrow(0, 1, 2));
    assert!(diff < 1e-5, "padded keys moved the context by {diff:e}");
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

#[test]
fn attention_chains_inside_lazily_fused_graphs() {
    let Some(gpu) = wgpu_device() else { return };
    let (q, k, v) =
        (tensor([3, 6, 48], 11, 1.0, &gpu), tensor([3, 6, 48], 12, 1.0, &gpu), tensor([3, 6, 48], 13, 1.0, &gpu));
    let bias = key_bias(3, 6, &gpu);
    let run = |attend: fn(Tensor<3>, Tensor<3>, Tensor<3>, Tensor<2>, usize, f64) -> Tensor<3>| {
        let context = attend(q.clone() * 2.0 + 1.0, k.clone().exp(), v.clone() - 0.5, bias.clone() * 1.0, 4, 0.25);
        (context + q.clone()).tanh()
    };
    let diff = max_abs_diff(run(attention), run(reference::attention));
    assert!(diff < 1e-5, "{diff:e}");
}
