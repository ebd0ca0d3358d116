//! Each kernel against the burn ops it replaces, on wgpu's default adapter, at the router's shapes
//! (12 heads, 384 features, ~20-token queries) for a small and a full GPU batch. Every iteration
//! waits for the device, so the time is launch + compute, as in a forward pass.
//!
//!     cargo bench -p query-gateway-kernels
//!
//! Only a hardware GPU's numbers decide whether the encoder uses a kernel (docs/performance.md);
//! on lavapipe the figures show the kernels run, not how fast a GPU runs them.

#[path = "../tests/common.rs"]
mod common;

use std::time::Duration;

use burn::tensor::{Device, Tensor};
use common::{key_bias, tensor, wgpu_device};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use query_gateway_kernels::{
    attention, classifier_head, masked_softmax, reference, residual_layer_norm, HeadActivation,
};

const BATCHES: [usize; 2] = [32, 256];
const SEQ: usize = 20;
const HEADS: usize = 12;
const WIDTH: usize = 384;

fn wait(device: &Device) {
    device.sync().expect("device sync");
}

/// An attention implementation: `(q, k, v, key_bias, heads, scale) -> context`.
type Attention = fn(Tensor<3>, Tensor<3>, Tensor<3>, Tensor<2>, usize, f64) -> Tensor<3>;

/// The encoder's composed attention with the project's `masked_softmax` kernel in the middle: the
/// ops the `attention` kernel replaces when `GPU_KERNELS=fused`.
fn attention_with_softmax_kernel(
    q: Tensor<3>,
    k: Tensor<3>,
    v: Tensor<3>,
    key_bias: Tensor<2>,
    heads: usize,
    scale: f64,
) -> Tensor<3> {
    let [batch, seq, hidden] = q.dims();
    let split = |t: Tensor<3>| t.reshape([batch, seq, heads, hidden / heads]).swap_dims(1, 2);
    let probs = masked_softmax(split(q).matmul(split(k).swap_dims(2, 3)), key_bias, scale);
    probs.matmul(split(v)).swap_dims(1, 2).reshape([batch, seq, hidden])
}

fn kernels(c: &mut Criterion) {
    let Some(gpu) = wgpu_device() else { return };
    let adapter = gpu.identity().map(|i| i.name).unwrap_or_else(|| "wgpu".into());
    eprintln!("adapter: {adapter}");

    let mut group = c.benchmark_group("residual_layer_norm");
    for batch in BATCHES {
        let (x, r) = (tensor([batch, SEQ, WIDTH], 1, 2.0, &gpu), tensor([batch, SEQ, WIDTH], 2, 2.0, &gpu));
        let (g, b) = (tensor([WIDTH], 3, 1.0, &gpu), tensor([WIDTH], 4, 1.0, &gpu));
        group.bench_with_input(BenchmarkId::new("kernel", batch), &batch, |bench, _| {
            bench.iter(|| {
                let _ = residual_layer_norm(x.clone(), r.clone(), g.clone(), b.clone(), 1e-12);
                wait(&gpu);
            })
        });
        group.bench_with_input(BenchmarkId::new("burn_ops", batch), &batch, |bench, _| {
            bench.iter(|| {
                let _ = reference::residual_layer_norm(x.clone(), r.clone(), g.clone(), b.clone(), 1e-12);
                wait(&gpu);
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("masked_softmax");
    for batch in BATCHES {
        let scores = tensor([batch, HEADS, SEQ, SEQ], 5, 10.0, &gpu);
        let bias = key_bias(batch, SEQ, &gpu);
        let scale = 1.0 / ((WIDTH / HEADS) as f64).sqrt();
        group.bench_with_input(BenchmarkId::new("kernel", batch), &batch, |bench, _| {
            bench.iter(|| {
                let _ = masked_softmax(scores.clone(), bias.clone(), scale);
                wait(&gpu);
            })
        });
        group.bench_with_input(BenchmarkId::new("burn_ops", batch), &batch, |bench, _| {
            bench.iter(|| {
                let _ = reference::masked_softmax(scores.clone(), bias.clone(), scale);
                wait(&gpu);
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("attention");
    for batch in BATCHES {
        let (q, k, v) = (
            tensor([batch, SEQ, WIDTH], 11, 2.0, &gpu),
            tensor([batch, SEQ, WIDTH], 12, 2.0, &gpu),
            tensor([batch, SEQ, WIDTH], 13, 2.0, &gpu),
        );
        let bias = key_bias(batch, SEQ, &gpu);
        let scale = 1.0 / ((WIDTH / HEADS) as f64).sqrt();
        let variants: [(&str, Attention); 3] = [
            ("kernel", attention),
            ("ops_softmax_kernel", attention_with_softmax_kernel),
            ("burn_ops", reference::attention),
        ];
        for (name, attend) in variants {
            group.bench_with_input(BenchmarkId::new(name, batch), &batch, |bench, _| {
                bench.iter(|| {
                    let _ = attend(q.clone(), k.clone(), v.clone(), bias.clone(), HEADS, scale);
                    wait(&gpu);
                })
            });
        }
    }
    group.finish();

    let mut group = c.benchmark_group("classifier_head");
    let (pw, pb) = (tensor([WIDTH, WIDTH], 6, 0.1, &gpu), tensor([WIDTH], 7, 0.1, &gpu));
    let (cw, cb) = (tensor([WIDTH, 2], 8, 0.1, &gpu), tensor([2], 9, 0.1, &gpu));
    for batch in BATCHES {
        let hidden = tensor([batch, SEQ, WIDTH], 10, 2.0, &gpu);
        group.bench_with_input(BenchmarkId::new("kernel", batch), &batch, |bench, _| {
            bench.iter(|| {
                let _ = classifier_head(
                    hidden.clone(),
                    pw.clone(),
                    pb.clone(),
                    cw.clone(),
                    cb.clone(),
                    HeadActivation::Tanh,
                );
                wait(&gpu);
            })
        });
        group.bench_with_input(BenchmarkId::new("burn_ops", batch), &batch, |bench, _| {
            bench.iter(|| {
                let _ = reference::classifier_head(
                    hidden.clone(),
                    pw.clone(),
                    pb.clone(),
                    cw.clone(),
                    cb.clone(),
                    HeadActivation::Tanh,
                );
                wait(&gpu);
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(2));
    targets = kernels
}
criterion_main!(benches);
