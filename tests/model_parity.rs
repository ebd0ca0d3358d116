//! The engines reproduce PyTorch/transformers logits for the committed fixture models
//! (scripts/make_fixtures.py): BERT, DistilBERT, RoBERTa, XLM-RoBERTa and ModernBERT on both CPU
//! engines (native, burn flex) and on wgpu, in f32 and f16; and the engines and precisions agree
//! with each other on the shipped router.

mod common;

use std::path::{Path, PathBuf};

use common::wgpu_or_skip;
use query_gateway::model::engine::{CpuEngine, CpuPrecision, GpuKernels, Precision, SelectedDevice};
use query_gateway::model::weights::{write_safetensors, SaveDtype, WeightFile};
use query_gateway::model::Classifier;
use query_gateway::parity;
use query_gateway::training::data;
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Largest |logit - reference| over all fixture texts (token ids are checked to match exactly).
fn max_logit_diff(dir: &Path, model: &str, device: SelectedDevice) -> f32 {
    let reference = parity::load_reference(&fixtures()).unwrap();
    parity::check_model(dir, model, &reference, device).unwrap().max_abs_diff
}

const CPU_ENGINES: [CpuEngine; 2] = [CpuEngine::Native, CpuEngine::Burn];

const FAMILIES: [&str; 6] =
    ["tiny-bert", "tiny-distilbert", "tiny-roberta", "tiny-xlm-roberta", "tiny-modernbert", "tiny-modernbert-cls"];

/// Every family the fixtures hold (scripts/make_fixtures.py), on both CPU engines.
#[test]
fn every_family_matches_pytorch_on_both_cpu_engines() {
    let reference = parity::load_reference(&fixtures()).unwrap();
    let names: Vec<&String> = reference["models"].as_object().unwrap().keys().collect();
    for family in FAMILIES {
        assert!(names.iter().any(|n| *n == family), "no {family} fixture");
    }
    for engine in CPU_ENGINES {
        let reports = parity::check_fixtures(&fixtures(), &SelectedDevice::cpu_with(engine)).unwrap();
        assert_eq!(reports.len(), names.len(), "{engine:?}");
        for report in reports {
            let diff = report.max_abs_diff;
            eprintln!("{} on {engine:?}: max |logit diff| {diff:.2e}", report.model);
            assert!(diff < 1e-4, "{} on {engine:?}: max |logit diff| {diff}", report.model);
        }
    }
}

/// ModernBERT's padded burn batches (texts longer than the sliding window mixed with short ones,
/// cls and mean pooling) give every text the native engine's packed answer.
#[test]
fn modernbert_on_burn_matches_native_with_padding() {
    let long = "Tell me everything you know about volcanoes and how they form and erupt. ".repeat(8);
    let texts = ["hi", long.as_str(), "Write a poem about autumn leaves", ""];
    for model in ["tiny-modernbert", "tiny-modernbert-cls"] {
        let dir = fixtures().join(model);
        let native = Classifier::load(&dir, SelectedDevice::cpu_with(CpuEngine::Native), 64).unwrap();
        let burn = Classifier::load(&dir, SelectedDevice::cpu_with(CpuEngine::Burn), 64).unwrap();
        let seqs: Vec<Vec<u32>> = texts.iter().map(|t| native.encode(t).unwrap()).collect();
        assert_eq!(seqs[1].len(), 64, "the long text reaches the length limit");
        let refs: Vec<&[u32]> = seqs.iter().map(Vec::as_slice).collect();
        let (want, got) = (native.logits(&refs).unwrap(), burn.logits(&refs).unwrap());
        for ((text, w), g) in texts.iter().zip(&want).zip(&got) {
            let diff = w.iter().zip(g).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
            assert!(diff < 1e-4, "{model}, {text:?}: burn vs native logits differ by {diff}");
        }
    }
}

/// A directory of a family we do not implement fails to load with a message naming its
/// model_type and the supported ones.
#[test]
fn unsupported_family_is_named() {
    let dir = std::env::temp_dir().join(format!("qg-family-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = fixtures().join("tiny-bert");
    for file in ["model.safetensors", "tokenizer.json"] {
        std::fs::copy(src.join(file), dir.join(file)).unwrap();
    }
    let mut config: Value = serde_json::from_str(&std::fs::read_to_string(src.join("config.json")).unwrap()).unwrap();
    config["model_type"] = "gpt2".into();
    std::fs::write(dir.join("config.json"), config.to_string()).unwrap();
    let err = format!("{:#}", Classifier::load(&dir, SelectedDevice::cpu(), 128).err().expect("must not load"));
    assert!(err.contains("\"gpt2\"") && err.contains("bert, distilbert, roberta, xlm-roberta, modernbert"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Texts of every length up to the model's limit (and ones that normalise to nothing), alone and
/// mixed in one batch: the native engine's packed batches give each text the same answer as one
/// at a time, and as burn's padded batches.
#[test]
fn native_engine_matches_burn_on_the_shipped_router_for_any_batch() {
    let router = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/router");
    let native = Classifier::load(&router, SelectedDevice::cpu_with(CpuEngine::Native), 128).unwrap();
    let burn = Classifier::load(&router, SelectedDevice::cpu_with(CpuEngine::Burn), 128).unwrap();
    let long = "Tell me everything you know about volcanoes and how they form, erupt and shape islands. ".repeat(12);
    let medium = "Summarize this: the committee met on Tuesday and agreed to postpone the vote. ".repeat(3);
    let texts = [
        "Write a poem about autumn leaves",
        "\u{200b}\u{2060}\u{feff}",
        long.as_str(),
        "hi",
        medium.as_str(),
        "Is this review positive or negative? The food was cold and the waiter rude.",
        "",
    ];
    let seqs: Vec<Vec<u32>> = texts.iter().map(|t| native.encode(t).unwrap()).collect();
    assert_eq!(seqs[2].len(), 128, "the long text reaches the length limit");
    let refs: Vec<&[u32]> = seqs.iter().map(Vec::as_slice).collect();
    let batch_native = native.logits(&refs).unwrap();
    let batch_burn = burn.logits(&refs).unwrap();
    for (i, seq) in refs.iter().enumerate() {
        let alone = &native.logits(&[seq]).unwrap()[0];
        for (name, other) in [("native batch", &batch_native[i]), ("burn batch", &batch_burn[i])] {
            let diff = alone.iter().zip(other).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
            assert!(diff < 1e-4, "{:?}: native alone vs {name}: logits differ by {diff}", texts[i]);
        }
    }
}

/// f16 and bf16 weight files load too (within the precision they keep).
#[test]
fn half_precision_weights_load() {
    let src = fixtures().join("tiny-bert");
    let dir = std::env::temp_dir().join(format!("qg-f16-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["config.json", "tokenizer.json"] {
        std::fs::copy(src.join(f), dir.join(f)).unwrap();
    }
    let path = src.join("model.safetensors");
    let bytes = std::fs::read(&path).unwrap();
    let file = WeightFile::parse(&path, &bytes).unwrap();
    let header: Value = {
        let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
        serde_json::from_slice(&bytes[8..8 + n]).unwrap()
    };
    let mut tensors = query_gateway::model::weights::NamedTensors::new();
    for (name, meta) in header.as_object().unwrap().iter().filter(|(k, _)| *k != "__metadata__") {
        let shape: Vec<usize> =
            meta["shape"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap() as usize).collect();
        tensors.insert(name.clone(), (shape.clone(), file.read(name, &shape).unwrap()));
    }
    write_safetensors(&dir.join("model.safetensors"), &tensors, SaveDtype::F16).unwrap();
    let diff = max_logit_diff(&dir, "tiny-bert", SelectedDevice::cpu());
    assert!(diff < 2e-2, "f16 max |logit diff| {diff}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Runs on any wgpu adapter (lavapipe in CI). Without one it is skipped, unless
/// QG_REQUIRE_WGPU=1 (set by .ci/run) makes a missing adapter a failure.
#[test]
fn every_family_matches_pytorch_on_wgpu() {
    let Some(gpu) = wgpu_or_skip() else { return };
    eprintln!("wgpu adapter: {}", gpu.adapter);
    for kernels in [GpuKernels::Composed, GpuKernels::Fused] {
        let gpu = gpu.clone().with_kernels(kernels);
        for report in parity::check_fixtures(&fixtures(), &gpu).unwrap() {
            let diff = report.max_abs_diff;
            eprintln!("{} on wgpu, {kernels:?} kernels: max |logit diff| {diff:.2e}", report.model);
            assert!(diff < 1e-3, "{} on wgpu, {kernels:?} kernels: max |logit diff| {diff}", report.model);
        }
    }
    let fused = gpu.with_kernels(GpuKernels::Fused);
    assert!(fused.fused_kernels);
    let modernbert = Classifier::load(&fixtures().join("tiny-modernbert"), fused, 16).unwrap();
    assert!(!modernbert.info().fused_kernels, "the fused kernels are BERT's: ModernBERT runs composed ops");
}

/// Largest |logit - PyTorch fp32| allowed in f16 on the fixtures. f16 keeps 11 significant bits
/// (a rounding error of up to 4.9e-4 relative), and the fixtures' logits are at most 0.14 in
/// magnitude: lavapipe measured 1.5e-4 (tiny-bert, both kernel modes), against 5e-8 in f32. 1e-3
/// leaves a GPU that rounds or sums in another order 6x that, and still fails a model whose
/// weights or norms lost an order of magnitude (an f16 LayerNorm, an f16 softmax sum).
const F16_TOLERANCE: f32 = 1e-3;

/// The GPU in f16, or `None` when its adapter has no f16 arithmetic: then the setting must be
/// refused at start, with a message naming it and the adapter.
fn f16_or_refused(gpu: &SelectedDevice) -> Option<SelectedDevice> {
    match gpu.clone().with_precision(Precision::F16) {
        Ok(f16) => Some(f16),
        Err(e) => {
            let message = e.to_string();
            assert!(message.contains("GPU_PRECISION=f16") && message.contains(&gpu.adapter), "{message}");
            eprintln!("f16 refused, as it must be on this adapter: {message}");
            None
        }
    }
}

/// In f16 every BERT-style fixture stays within [`F16_TOLERANCE`] of PyTorch's fp32 logits, with
/// burn's composed ops and with the project's kernels; ModernBERT stays in f32 and says so.
#[test]
fn bert_families_match_pytorch_in_f16_on_wgpu() {
    let Some(gpu) = wgpu_or_skip() else { return };
    let Some(f16) = f16_or_refused(&gpu) else { return };
    for kernels in [GpuKernels::Composed, GpuKernels::Fused] {
        let f16 = f16.clone().with_kernels(kernels);
        for report in parity::check_fixtures(&fixtures(), &f16).unwrap() {
            let diff = report.max_abs_diff;
            eprintln!("{} on wgpu in f16, {kernels:?} kernels: max |logit diff| {diff:.2e}", report.model);
            assert!(diff < F16_TOLERANCE, "{} in f16, {kernels:?} kernels: max |logit diff| {diff}", report.model);
        }
    }
    let bert = Classifier::load(&fixtures().join("tiny-bert"), f16.clone(), 16).unwrap();
    assert_eq!(bert.info().precision, Precision::F16);
    let modernbert = Classifier::load(&fixtures().join("tiny-modernbert"), f16, 16).unwrap();
    assert_eq!(modernbert.info().precision, Precision::F32, "ModernBERT runs in f32 whatever GPU_PRECISION says");
}

/// The shipped router gives every text of a test-split sample (instructions, and instructions
/// with their passages up to the 128-token limit) the same label in f16 as in f32, composed and
/// fused, with probabilities within 3e-3 (10x what lavapipe measured). `eval --predictions`
/// compares the whole test split.
#[test]
fn f16_router_labels_match_f32_on_a_test_split_sample() {
    let Some(gpu) = wgpu_or_skip() else { return };
    let Some(f16) = f16_or_refused(&gpu) else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let records = data::load(&root.join("data/dolly_router.jsonl")).unwrap();
    let test = data::split(&records, "test");
    let mut texts: Vec<String> = test.iter().take(24).map(|r| data::Protocol::Instruction.text(r)).collect();
    texts.extend(test.iter().filter(|r| !r.context.is_empty()).take(8).map(|r| data::Protocol::Context.text(r)));
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let run = |device: SelectedDevice| {
        let classifier = Classifier::load(&root.join("models/router"), device, 128).unwrap();
        classifier.classify(&refs).unwrap()
    };
    let want = run(gpu.clone());
    for kernels in [GpuKernels::Composed, GpuKernels::Fused] {
        let got = run(f16.clone().with_kernels(kernels));
        let mut worst = 0.0f32;
        for ((text, w), g) in texts.iter().zip(&want).zip(&got) {
            assert_eq!(w.class, g.class, "{kernels:?}: {text:?}: f32 {w:?}, f16 {g:?}");
            worst = w.probabilities.iter().zip(&g.probabilities).fold(worst, |m, (a, b)| m.max((a - b).abs()));
        }
        eprintln!("router, {} texts, {kernels:?} kernels: f16 vs f32 max |probability diff| {worst:.2e}", texts.len());
        // Measured on lavapipe: 3.1e-4 composed, 3.2e-4 fused.
        assert!(worst < 3e-3, "{kernels:?}: probabilities differ by {worst}");
    }
}

/// The shipped router (12 heads, 384 features) answers the same through the fused kernels as
/// through burn's composed ops, on wgpu, for short, long and padded batches.
#[test]
fn fused_kernels_match_composed_ops_on_the_shipped_router() {
    let Some(gpu) = wgpu_or_skip() else { return };
    let router = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/router");
    let long = "Tell me everything you know about volcanoes and how they form, erupt and shape islands. ".repeat(6);
    let texts = [
        "Summarize the following paragraph about the history of Rome.",
        "Write a poem about autumn leaves",
        "Is this review positive or negative? The food was cold and the waiter rude.",
        "hi",
        long.as_str(),
    ];
    let run = |kernels| {
        let classifier = Classifier::load(&router, gpu.clone().with_kernels(kernels), 128).unwrap();
        classifier.classify(&texts).unwrap()
    };
    let (composed, fused) = (run(GpuKernels::Composed), run(GpuKernels::Fused));
    for ((text, c), f) in texts.iter().zip(&composed).zip(&fused) {
        assert_eq!(c.class, f.class, "{text:?}");
        let diff = c.probabilities.iter().zip(&f.probabilities).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
        assert!(diff < 1e-4, "{text:?}: probabilities differ by {diff}");
    }
}

#[test]
fn missing_or_corrupt_files_are_named() {
    let err = Classifier::load(Path::new("/nonexistent/model"), SelectedDevice::cpu(), 128).err().unwrap();
    assert!(err.to_string().contains("/nonexistent/model"), "{err:#}");

    let dir = std::env::temp_dir().join(format!("qg-corrupt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = fixtures().join("tiny-bert");
    for f in ["config.json", "tokenizer.json"] {
        std::fs::copy(src.join(f), dir.join(f)).unwrap();
    }
    let err = Classifier::load(&dir, SelectedDevice::cpu(), 128).err().unwrap();
    assert!(format!("{err:#}").contains("model.safetensors"), "{err:#}");

    std::fs::write(dir.join("model.safetensors"), b"\x10\x00\x00\x00\x00\x00\x00\x00{truncated").unwrap();
    let err = Classifier::load(&dir, SelectedDevice::cpu(), 128).err().unwrap();
    assert!(format!("{err:#}").contains("model.safetensors"), "{err:#}");

    std::fs::copy(src.join("model.safetensors"), dir.join("model.safetensors")).unwrap();
    std::fs::write(dir.join("config.json"), "{\"model_type\": \"bert\"").unwrap();
    let err = Classifier::load(&dir, SelectedDevice::cpu(), 128).err().unwrap();
    assert!(format!("{err:#}").contains("config.json"), "{err:#}");

    std::fs::write(dir.join("config.json"), "{}").unwrap();
    std::fs::write(dir.join("tokenizer.json"), "not json").unwrap();
    let err = Classifier::load(&dir, SelectedDevice::cpu(), 128).err().unwrap();
    assert!(format!("{err:#}").contains("config.json"), "{err:#}");
    std::fs::copy(src.join("config.json"), dir.join("config.json")).unwrap();
    let err = Classifier::load(&dir, SelectedDevice::cpu(), 128).err().unwrap();
    assert!(format!("{err:#}").contains("tokenizer.json"), "{err:#}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn any_text_is_handled() {
    let classifier = Classifier::load(&fixtures().join("tiny-bert"), SelectedDevice::cpu(), 128).unwrap();
    let huge = "word ".repeat(20_000);
    let texts = ["", "   ", "\u{0}\u{1}\u{7f}\u{200b}", "🙂".repeat(500).as_str(), huge.as_str(), "\u{feff}x"]
        .map(|s| s.to_string());
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let preds = classifier.classify(&refs).unwrap();
    assert_eq!(preds.len(), texts.len());
    for p in preds {
        assert!(p.confidence.is_finite() && p.confidence >= 0.5 && p.class < 2);
    }
}

/// The native engine's reduced precisions (their tolerances: `Precision::parity_tolerance`).
const REDUCED: [CpuPrecision; 2] = [CpuPrecision::Bf16, CpuPrecision::Int8];

/// The native engine in `choice`, or `None` where the CPU lacks its flag: then the setting must
/// be refused with a message naming the flag.
fn native_or_refused(choice: CpuPrecision) -> Option<SelectedDevice> {
    match SelectedDevice::cpu().with_cpu_precision(choice) {
        Ok(cpu) => Some(cpu),
        Err(e) => {
            let message = e.to_string();
            assert!(message.contains("CPU_PRECISION=") && message.contains("lacks the avx512"), "{message}");
            eprintln!("{choice:?} refused, as it must be on this CPU: {message}");
            None
        }
    }
}

/// In bf16 and int8 every fixture family stays within its tolerance of PyTorch's fp32 logits.
#[test]
fn every_family_matches_pytorch_in_reduced_precisions_on_the_native_engine() {
    for choice in REDUCED {
        let Some(cpu) = native_or_refused(choice) else { continue };
        let tolerance = cpu.precision.parity_tolerance(false);
        for report in parity::check_fixtures(&fixtures(), &cpu).unwrap() {
            let diff = report.max_abs_diff;
            eprintln!("{} in {}: max |logit diff| {diff:.2e}", report.model, report.precision.name());
            assert_eq!(report.precision, cpu.precision);
            assert!(diff < tolerance, "{} in {choice:?}: max |logit diff| {diff}", report.model);
        }
    }
}

/// The shipped router gives a test-split sample (instructions, and instructions with passages up
/// to the 128-token limit) the same labels in bf16 and int8 as in f32 on the native engine, with
/// probabilities within 1e-2 in bf16 and 6e-2 in int8 (measured: 2.3e-3 and 3.0e-2). `eval
/// --predictions` compares the whole test split and the OOD sets (docs/performance.md).
#[test]
fn reduced_precision_router_labels_match_f32_on_a_test_split_sample() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let records = data::load(&root.join("data/dolly_router.jsonl")).unwrap();
    let test = data::split(&records, "test");
    let mut texts: Vec<String> = test.iter().take(48).map(|r| data::Protocol::Instruction.text(r)).collect();
    texts.extend(test.iter().filter(|r| !r.context.is_empty()).take(16).map(|r| data::Protocol::Context.text(r)));
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let run = |device: SelectedDevice| {
        let classifier = Classifier::load(&root.join("models/router"), device, 128).unwrap();
        classifier.classify(&refs).unwrap()
    };
    let want = run(SelectedDevice::cpu());
    for choice in REDUCED {
        let Some(cpu) = native_or_refused(choice) else { continue };
        let got = run(cpu);
        let mut worst = 0.0f32;
        for ((text, w), g) in texts.iter().zip(&want).zip(&got) {
            assert_eq!(w.class, g.class, "{choice:?}: {text:?}: f32 {w:?}, reduced {g:?}");
            worst = w.probabilities.iter().zip(&g.probabilities).fold(worst, |m, (a, b)| m.max((a - b).abs()));
        }
        eprintln!("router, {} texts, {choice:?} vs f32: max |probability diff| {worst:.2e}", texts.len());
        let bound = if choice == CpuPrecision::Bf16 { 1e-2 } else { 6e-2 };
        assert!(worst < bound, "{choice:?}: probabilities differ by {worst}");
    }
}
