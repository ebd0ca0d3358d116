//! Model forward throughput at batch 1, 8 and 32 on ~20-token queries (real Dolly instructions),
//! per engine: native and burn flex (CPU) always, wgpu when QG_BENCH_WGPU=1.
//!
//!   cargo bench --bench model_forward                     # models/router on the CPU
//!   MODEL_PATH=... QG_BENCH_WGPU=1 cargo bench --bench model_forward

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use query_gateway::model::engine::selection::{self, CpuEngine, DeviceChoice, SelectedDevice};
use query_gateway::model::Classifier;
use query_gateway::training::data;

/// Dolly instructions that tokenize to 18..=22 tokens, the size of a typical query.
fn twenty_token_queries(classifier: &Classifier, n: usize) -> Vec<Vec<u32>> {
    let records = data::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/dolly_router.jsonl")).unwrap();
    data::queries_with_tokens(&records, |t| classifier.encode(t), 18..=22, n).unwrap()
}

fn devices() -> Vec<SelectedDevice> {
    let mut out = vec![SelectedDevice::cpu_with(CpuEngine::Native), SelectedDevice::cpu_with(CpuEngine::Burn)];
    if std::env::var("QG_BENCH_WGPU").as_deref() == Ok("1") {
        out.push(selection::select(DeviceChoice::Gpu).expect("QG_BENCH_WGPU=1 needs a wgpu adapter"));
    }
    out
}

fn forward(c: &mut Criterion) {
    let model_path =
        std::env::var("MODEL_PATH").unwrap_or_else(|_| format!("{}/models/router", env!("CARGO_MANIFEST_DIR")));
    for selected in devices() {
        let name = format!("{}:{}", selected.kind.name(), selected.adapter);
        let classifier = Classifier::load(model_path.as_ref(), selected, 128).unwrap();
        let queries = twenty_token_queries(&classifier, 256);
        let mut group = c.benchmark_group(format!("forward/{name}"));
        group.sample_size(20);
        for batch in [1usize, 8, 32] {
            let rows: Vec<&[u32]> = queries[..batch].iter().map(Vec::as_slice).collect();
            group.throughput(Throughput::Elements(batch as u64));
            group.bench_with_input(BenchmarkId::from_parameter(batch), &rows, |b, rows| {
                b.iter(|| classifier.logits(rows).unwrap())
            });
        }
        group.finish();
    }
}

criterion_group!(benches, forward);
criterion_main!(benches);
