//! Fine-tuning a pretrained BERT-family encoder into the router with burn's autodiff on the CPU.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use burn::module::Module;
use burn::nn::loss::CrossEntropyLossConfig;
use burn::nn::Linear;
use burn::optim::{AdamWConfig, GradientsParams};
use burn::tensor::{activation, Device, Int, Tensor, TensorData};
use indicatif::{ProgressBar, ProgressStyle};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use serde_json::{json, Value};

use super::augment::Augment;
use super::corpus;
use super::data::{self, Protocol, Record};
use super::distill::{self, DistillArgs, Teacher};
use super::eval::{self, Report};
use super::kinds::{Example, Kind};
use crate::model::config::{CALIBRATION_KEY, PRECISION_CONTRACT_KEY};
use crate::model::engine::burn_engine::bert::{fresh_linear, SequenceClassifier};
use crate::model::engine::burn_engine::blocks::batch_tensors;
use crate::model::engine::burn_engine::padding::pad_batch;
use crate::model::engine::burn_engine::runner::predict_bucketed;
use crate::model::engine::selection::Precision;
use crate::model::family::Family;
use crate::model::weights::{write_safetensors, SaveDtype, WeightFile};
use crate::model::{ModelConfig, ModelFiles, TextTokenizer, Window};

/// Router classes, index = label.
pub const LABELS: [&str; 2] = ["fast_path", "slow_path"];

#[derive(Debug, Clone, clap::Args)]
pub struct TrainArgs {
    /// Pretrained encoder directory (HF layout), e.g. from scripts/fetch_base_model.sh.
    #[arg(long, default_value = "work-cache/all-MiniLM-L6-v2")]
    pub base: PathBuf,
    /// Dataset with the fixed split.
    #[arg(long, default_value = "data/dolly_router.jsonl")]
    pub data: PathBuf,
    /// The hand-written request corpus (training/corpus.rs): its train split joins every epoch,
    /// its validation split the score that picks the saved epoch.
    #[arg(long, default_value = "data/corpus")]
    pub corpus: PathBuf,
    /// Train on Dolly and the generated requests alone, without the corpus.
    #[arg(long)]
    pub no_corpus: bool,
    /// Share of Dolly's train records (a seeded sample) each epoch draws its Dolly and generated
    /// texts from: below 1 when continuing from a router already trained on them (`--base` a
    /// router directory), so the corpus weighs more and an epoch costs less.
    #[arg(long, default_value_t = 1.0, value_parser = parse_fraction)]
    pub dolly_fraction: f64,
    /// Output directory (HF layout), overwritten at each improvement.
    #[arg(long, default_value = "models/router")]
    pub out: PathBuf,
    /// Keep only the first N encoder layers (a smaller, faster router); default: all.
    #[arg(long)]
    pub layers: Option<usize>,
    #[arg(long, default_value_t = 3)]
    pub epochs: usize,
    #[arg(long, default_value_t = 32)]
    pub batch_size: usize,
    #[arg(long, default_value_t = 5e-5)]
    pub lr: f64,
    /// Tokens per training text: a longer text keeps its first `--head-tokens` and its last ones,
    /// the same window the gateway reads (`MODEL_MAX_LENGTH`, `MODEL_HEAD_TOKENS`).
    #[arg(long, default_value_t = 128)]
    pub max_length: usize,
    /// Tokens kept from the start of a longer text; default half the window.
    #[arg(long)]
    pub head_tokens: Option<usize>,
    /// Epochs without validation improvement before stopping.
    #[arg(long, default_value_t = 1)]
    pub patience: usize,
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Surface-form augmentation of the training texts (see training/augment.rs).
    #[arg(long, value_enum, default_value_t = Augment::User)]
    pub augment: Augment,
    /// Weight precision of the saved model.
    #[arg(long, value_enum, default_value_t = SaveDtype::F16)]
    pub dtype: SaveDtype,
    /// Weight of an auxiliary head's loss that learns the request's kind (the five Dolly kinds)
    /// on the texts whose source names it, beside the route; 0: no kind head. The head is left out
    /// of the saved router, which serves the route alone.
    #[arg(long, default_value_t = 0.0)]
    pub kind_weight: f64,
    #[command(flatten)]
    pub distill: DistillArgs,
    /// Write every distinct training text of every epoch with its label as JSONL
    /// (`{"text", "label"}`) and stop: the texts an external teacher scores for `--teacher-cache`.
    #[arg(long)]
    pub dump_texts: Option<PathBuf>,
}

/// What the optimiser updates: the router and, with `--kind-weight`, the kind head on its pooled vector.
#[derive(Module, Debug)]
struct Trainee {
    router: SequenceClassifier,
    kinds: Option<Linear>,
}

/// Cross-entropy of the kind head over the rows whose kind is known (the mean over those rows);
/// `None` when no row of the batch has one.
fn kind_loss(logits: Tensor<2>, kinds: &[Option<Kind>], device: &Device) -> Option<Tensor<1>> {
    let known = kinds.iter().flatten().count();
    if known == 0 {
        return None;
    }
    let batch = kinds.len();
    let targets: Vec<i64> = kinds.iter().map(|k| k.map_or(0, |k| k.index() as i64)).collect();
    let weights: Vec<f32> = kinds.iter().map(|k| if k.is_some() { 1.0 / known as f32 } else { 0.0 }).collect();
    let targets = Tensor::<2, Int>::from_data(TensorData::new(targets, [batch, 1]), device);
    let weights = Tensor::<2>::from_data(TensorData::new(weights, [batch, 1]), device);
    let picked = activation::log_softmax(logits, 1).gather(1, targets);
    Some((picked * weights).sum().neg())
}

fn parse_fraction(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(f) if f > 0.0 && f <= 1.0 => Ok(f),
        _ => Err(format!("{s:?} is not a fraction in (0, 1]")),
    }
}

/// Base config.json rewritten as the router's sequence-classification config. A router directory
/// as the base loses its temperature and precision gate: both were measured on other weights.
fn router_config(base: &Value, family: Family, layers: usize) -> Value {
    let mut cfg = base.clone();
    let obj = cfg.as_object_mut().expect("config.json is an object");
    let layer_key = match family {
        Family::DistilBert => "n_layers",
        Family::Bert | Family::Roberta | Family::XlmRoberta | Family::ModernBert => "num_hidden_layers",
    };
    obj.insert("architectures".into(), json!([family.architecture()]));
    obj.insert(layer_key.into(), json!(layers));
    obj.insert("id2label".into(), json!({"0": LABELS[0], "1": LABELS[1]}));
    obj.insert("label2id".into(), json!({LABELS[0]: 0, LABELS[1]: 1}));
    obj.insert("problem_type".into(), json!("single_label_classification"));
    obj.remove("_name_or_path");
    obj.remove(CALIBRATION_KEY);
    obj.remove(PRECISION_CONTRACT_KEY);
    cfg
}

/// Token-length-sorted batches: shuffled, grouped 50 batches at a time, sorted within a group so
/// a batch pads little, then the batch order shuffled again.
fn make_batches(lengths: &[usize], batch_size: usize, rng: &mut impl rand::Rng) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    order.shuffle(rng);
    let mut batches = Vec::new();
    for group in order.chunks_mut(batch_size * 50) {
        group.sort_by_key(|&i| lengths[i]);
        batches.extend(group.chunks(batch_size).map(<[usize]>::to_vec));
    }
    batches.shuffle(rng);
    batches
}

/// Linear warm-up over the first 6 % of steps, then linear decay to zero.
fn learning_rate(base: f64, step: usize, total: usize) -> f64 {
    let warmup = (total as f64 * 0.06).max(1.0);
    let s = step as f64;
    if s < warmup {
        base * (s + 1.0) / warmup
    } else {
        base * ((total as f64 - s) / (total as f64 - warmup).max(1.0)).max(0.0)
    }
}

/// Dolly's validation split in both forms, and the corpus's validation split when there is one.
fn validate(
    model: &SequenceClassifier,
    tok: &TextTokenizer,
    records: &[&Record],
    requests: &[Example],
    device: &Device,
) -> Result<(Report, Report, Option<Report>)> {
    let eval_model = model.valid();
    let plain = device.clone().without_autodiff();
    let run = |title: &str, samples: &[eval::Labelled]| {
        eval::evaluate(title, samples, LABELS.len(), None, |texts| {
            let seqs = texts.iter().map(|t| tok.encode(t)).collect::<Result<Vec<_>>>()?;
            let mut predictions = Vec::with_capacity(seqs.len());
            for chunk in seqs.chunks(64) {
                predictions.extend(predict_bucketed(chunk, tok.pad_id(), |b| eval_model.logits(b, &plain))?);
            }
            Ok(predictions)
        })
    };
    let dolly = |protocol: Protocol| run(protocol.name(), &eval::dolly_texts(records, protocol));
    let corpus: Vec<eval::Labelled> = requests
        .iter()
        .map(|e| eval::Labelled { text: e.text.clone(), label: e.label, category: "-".into(), slices: Vec::new() })
        .collect();
    let corpus = if corpus.is_empty() { None } else { Some(run("corpus validation", &corpus)?) };
    Ok((dolly(Protocol::Instruction)?, dolly(Protocol::Context)?, corpus))
}

fn save(model: &SequenceClassifier, config_json: &Value, base: &ModelFiles, args: &TrainArgs) -> Result<()> {
    std::fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    std::fs::write(args.out.join("config.json"), serde_json::to_string_pretty(config_json)? + "\n")?;
    std::fs::copy(&base.tokenizer, args.out.join("tokenizer.json"))?;
    write_safetensors(&args.out.join("model.safetensors"), &model.valid().export(), args.dtype)
}

pub fn run(args: &TrainArgs) -> Result<()> {
    let base = ModelFiles::locate(&args.base)?;
    let base_json: Value = serde_json::from_str(&std::fs::read_to_string(&base.config)?)
        .with_context(|| format!("{}: not valid JSON", base.config.display()))?;
    let base_cfg = ModelConfig::from_json(&base_json)?;
    let layers = args.layers.unwrap_or(base_cfg.num_layers).clamp(1, base_cfg.num_layers);
    let config_json = router_config(&base_json, base_cfg.family, layers);
    let cfg = ModelConfig::from_json(&config_json)?;
    let window = Window::new(args.max_length, args.head_tokens)?;
    let tok = TextTokenizer::from_file(&base.tokenizer, window)?;

    let records = data::load(&args.data)?;
    let mut train = data::split(&records, "train");
    if args.dolly_fraction < 1.0 {
        let keep = (train.len() as f64 * args.dolly_fraction).round() as usize;
        train.shuffle(&mut rand::rngs::StdRng::seed_from_u64(args.seed.wrapping_add(2)));
        train.truncate(keep);
    }
    let valid = data::split(&records, "validation");
    // Each epoch's texts come from a stream of their own, so that `--dump-texts` writes exactly
    // the texts a run with the same seed trains on.
    let requests = if args.no_corpus { Vec::new() } else { corpus::load(&args.corpus)? };
    let (corpus_train, corpus_valid) = (corpus::split(&requests, "train"), corpus::split(&requests, "validation"));
    let mut data_rng = rand::rngs::StdRng::seed_from_u64(args.seed);
    let epoch_texts: Vec<Vec<Example>> = (0..args.epochs)
        .map(|_| {
            let mut texts = data::training_texts(&train, args.augment, &mut data_rng);
            texts.extend(corpus_train.iter().cloned());
            texts
        })
        .collect();
    if let Some(path) = &args.dump_texts {
        return dump_texts(path, &epoch_texts);
    }

    let device = Device::flex().autodiff();
    device.seed(args.seed);
    let weight_bytes = std::fs::read(&base.weights)?;
    let weights = WeightFile::parse(&base.weights, &weight_bytes)?;
    let router = SequenceClassifier::load(&cfg, &weights, &device, Precision::F32, true, 0.1)?;
    drop(weight_bytes);
    let kinds = (args.kind_weight > 0.0).then(|| fresh_linear(router.hidden_size(), Kind::ALL.len(), &device));
    let mut model = Trainee { router, kinds };

    let mut rng = rand::rngs::StdRng::seed_from_u64(args.seed.wrapping_add(1));
    let mut optim = AdamWConfig::new().with_weight_decay(0.01).with_epsilon(1e-8).init();
    let loss_fn = CrossEntropyLossConfig::new().init(&device);
    let mut teacher = Teacher::load(&args.distill, &LABELS, window)?;
    let total_steps: usize = epoch_texts.iter().map(|t| t.len().div_ceil(args.batch_size)).sum();
    let steps_per_epoch = total_steps / args.epochs.max(1);
    eprintln!(
        "training {} ({layers} of {} layers) on {} records and {} corpus requests ({} texts/epoch), {} epochs, batch {}, lr {}",
        args.base.display(),
        base_cfg.num_layers,
        train.len(),
        corpus_train.len(),
        steps_per_epoch * args.batch_size,
        args.epochs,
        args.batch_size,
        args.lr
    );

    let (mut best, mut since_best, mut step) = (f64::MIN, 0, 0);
    let mut history = Vec::new();
    for (epoch, texts) in (1..).zip(&epoch_texts) {
        let started = Instant::now();
        let soft = match &mut teacher {
            Some(t) => {
                let scoring = Instant::now();
                let logits = t.logits(&texts.iter().map(|e| e.text.as_str()).collect::<Vec<_>>())?;
                eprintln!("teacher logits for {} texts: {:.0} s", texts.len(), scoring.elapsed().as_secs_f64());
                Some(logits)
            }
            None => None,
        };
        let seqs = texts.iter().map(|e| tok.encode(&e.text)).collect::<Result<Vec<_>>>()?;
        let lengths: Vec<usize> = seqs.iter().map(Vec::len).collect();
        let batches = make_batches(&lengths, args.batch_size, &mut rng);
        let bar = ProgressBar::new(batches.len() as u64).with_style(
            ProgressStyle::with_template("epoch {msg} [{elapsed_precise}<{eta_precise}] {wide_bar} {pos}/{len}")
                .expect("valid template"),
        );
        let (mut loss_sum, mut seen) = (0.0, 0);
        for batch in &batches {
            let rows: Vec<&[u32]> = batch.iter().map(|&i| seqs[i].as_slice()).collect();
            let (ids, mask) = batch_tensors(&pad_batch(&rows, tok.pad_id()), &device);
            let targets: Vec<i64> = batch.iter().map(|&i| texts[i].label as i64).collect();
            let targets = Tensor::<1, Int>::from_data(TensorData::new(targets, [batch.len()]), &device);
            let (logits, pooled) = model.router.forward_with_pooled(ids, mask);
            let mut hard = loss_fn.forward(logits.clone(), targets);
            if let Some(head) = &model.kinds {
                let kinds: Vec<Option<Kind>> = batch.iter().map(|&i| texts[i].kind).collect();
                if let Some(k) = kind_loss(head.forward(pooled), &kinds, &device) {
                    hard = hard + k * args.kind_weight;
                }
            }
            let loss = match (&soft, &teacher) {
                (Some(soft), Some(t)) => {
                    let rows: Vec<Vec<f32>> = batch.iter().map(|&i| soft[i].clone()).collect();
                    hard * (1.0 - t.weight) + distill::soft_loss(logits, &rows, t.temperature, &device) * t.weight
                }
                _ => hard,
            };
            let loss_value: f32 = loss.clone().into_scalar();
            let grads = GradientsParams::from_grads(loss.backward(), &model);
            model = optim.step(learning_rate(args.lr, step, total_steps), model, grads);
            step += 1;
            loss_sum += loss_value as f64;
            seen += 1;
            bar.set_message(format!("{epoch}/{} loss {:.4}", args.epochs, loss_sum / seen as f64));
            bar.inc(1);
            // The bar is hidden when stderr is not a terminal (CI, nohup): log progress instead.
            if bar.is_hidden() && seen % 50 == 0 {
                eprintln!(
                    "epoch {epoch} step {seen}/{} loss {:.4} {:.0} s",
                    batches.len(),
                    loss_sum / seen as f64,
                    started.elapsed().as_secs_f64()
                );
            }
        }
        bar.finish();
        let train_secs = started.elapsed().as_secs_f64();
        let (instr, ctx, requests) = validate(&model.router, &tok, &valid, &corpus_valid, &device)?;
        // The corpus weighs as much as both Dolly forms together once it is there.
        let score = match &requests {
            Some(r) => (instr.accuracy() + ctx.accuracy()) / 4.0 + r.accuracy() / 2.0,
            None => (instr.accuracy() + ctx.accuracy()) / 2.0,
        };
        let corpus_acc = requests.as_ref().map(Report::accuracy);
        eprintln!(
            "epoch {epoch}: train loss {:.4}, {:.0} s; validation accuracy instruction {:.2} %, context {:.2} %, corpus {}",
            loss_sum / seen as f64,
            train_secs,
            100.0 * instr.accuracy(),
            100.0 * ctx.accuracy(),
            corpus_acc.map_or("-".into(), |a| format!("{:.2} %", 100.0 * a))
        );
        history.push(json!({"epoch": epoch, "train_loss": loss_sum / seen as f64, "train_seconds": train_secs,
            "val_instruction": instr.accuracy(), "val_context": ctx.accuracy(), "val_corpus": corpus_acc}));
        if score > best {
            best = score;
            since_best = 0;
            save(&model.router, &config_json, &base, args)?;
            eprintln!("saved {} (best so far)", args.out.display());
        } else {
            since_best += 1;
            if since_best >= args.patience {
                eprintln!("stopping early: no validation improvement for {since_best} epoch(s)");
                break;
            }
        }
    }
    let log = json!({"base": args.base, "layers": layers, "epochs": history, "batch_size": args.batch_size,
        "lr": args.lr, "max_length": args.max_length, "head_tokens": window.head, "seed": args.seed,
        "augment": args.augment, "kind_weight": args.kind_weight, "teacher": args.distill.teacher, "teacher_cache": args.distill.teacher_cache, "distill_temperature": teacher.as_ref().map(|t| t.temperature),
        "distill_weight": teacher.as_ref().map(|t| t.weight)});
    std::fs::write(args.out.join("training_log.json"), serde_json::to_string_pretty(&log)? + "\n")?;
    Ok(())
}

/// Every distinct text of `epochs` with its label, one JSON object a line.
fn dump_texts(path: &std::path::Path, epochs: &[Vec<Example>]) -> Result<()> {
    use std::io::Write;
    let mut seen = std::collections::HashSet::new();
    let file = std::fs::File::create(path).with_context(|| format!("{}: cannot create", path.display()))?;
    let mut out = std::io::BufWriter::new(file);
    for e in epochs.iter().flatten() {
        if seen.insert(e.text.as_str()) {
            writeln!(out, "{}", json!({"text": e.text, "label": e.label}))?;
        }
    }
    out.flush()?;
    eprintln!("wrote {} distinct training texts of {} epoch(s) to {}", seen.len(), epochs.len(), path.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_cover_everything_once_and_pad_little() {
        let lengths: Vec<usize> = (0..1000).map(|i| (i * 37) % 120 + 3).collect();
        let mut rng = rand::rngs::StdRng::seed_from_u64(3);
        let batches = make_batches(&lengths, 32, &mut rng);
        let mut seen: Vec<usize> = batches.iter().flatten().copied().collect();
        seen.sort();
        assert_eq!(seen, (0..1000).collect::<Vec<_>>());
        let padded: usize = batches.iter().map(|b| b.len() * b.iter().map(|&i| lengths[i]).max().unwrap()).sum();
        let real: usize = lengths.iter().sum();
        assert!((padded as f64) < real as f64 * 1.2, "padding {padded} vs {real}");
    }

    #[test]
    fn schedule_warms_up_then_decays() {
        assert!(learning_rate(1.0, 0, 100) < 0.2);
        assert!((learning_rate(1.0, 6, 100) - 1.0).abs() < 1e-9);
        assert!(learning_rate(1.0, 99, 100) < 0.02);
    }

    #[test]
    fn router_config_sets_labels_and_layers() {
        let base = json!({"model_type": "bert", "num_hidden_layers": 6, CALIBRATION_KEY: {"temperature": 1.2},
                          PRECISION_CONTRACT_KEY: {"passed": ["bf16"]}});
        let cfg = router_config(&base, Family::Bert, 4);
        assert!(cfg.get(CALIBRATION_KEY).is_none() && cfg.get(PRECISION_CONTRACT_KEY).is_none());
        assert_eq!(cfg["num_hidden_layers"], 4);
        assert_eq!(cfg["id2label"]["1"], "slow_path");
        assert_eq!(cfg["architectures"][0], "BertForSequenceClassification");
    }
}
