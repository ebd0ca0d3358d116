//! `query-gateway [serve]` runs the gateway; `train` and `eval` build and measure the router model.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use query_gateway::config::Config;
use query_gateway::model::config::CALIBRATION_KEY;
use query_gateway::model::Classifier;
use query_gateway::parity;
use query_gateway::routing::ConfidenceRouting;
use query_gateway::training::data::{self, Protocol};
use query_gateway::training::{average, calibration, eval, train};
use query_gateway::{logging, procstat, server};

/// burn's CPU backend allocates a fresh buffer per op; mimalloc reuses freed pages where the
/// system allocator returned them to the kernel and faulted them back in.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(version, about = "Semantic-router gateway: fast path (0) or slow path (1) for each query")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    config: Config,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the HTTP API (the default).
    Serve,
    /// Fine-tune a pretrained encoder into the router (CPU, burn autodiff).
    Train(train::TrainArgs),
    /// Average the weights of routers fine-tuned from the same base (a model soup).
    Average(average::AverageArgs),
    /// Evaluate MODEL_PATH on the test split (both input protocols) or a JSONL file, before and
    /// after confidence routing; `--calibrate` fits its softmax temperature.
    Eval(EvalArgs),
    /// Check MODEL_DEVICE against the committed PyTorch reference logits (tests/fixtures).
    Selftest(SelftestArgs),
    /// Measure MODEL_PATH's forward throughput on MODEL_DEVICE (~20-token queries and the load
    /// tests' mix of lengths).
    BenchForward(BenchArgs),
}

#[derive(clap::Args)]
struct SelftestArgs {
    #[arg(long, default_value = "tests/fixtures")]
    fixtures: PathBuf,
}

/// Which queries a forward benchmark feeds the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum QueryMix {
    /// Dolly instructions of 18-22 tokens, the same texts in every call.
    Twenty,
    /// The load tests' unique queries (questions and pasted passages), a new window each call.
    Mixed,
}

#[derive(clap::Args)]
struct BenchArgs {
    #[arg(long, value_delimiter = ',', default_value = "1,8,32")]
    batches: Vec<usize>,
    #[arg(long, value_delimiter = ',', value_enum, default_value = "twenty,mixed")]
    mix: Vec<QueryMix>,
    /// Timed seconds per row (after 3 warm-up calls).
    #[arg(long, default_value_t = 3.0)]
    seconds: f64,
    #[arg(long, default_value = "data/dolly_router.jsonl")]
    data: PathBuf,
    /// Also write the token ids of every mix as JSON, for scripts/torch_forward_bench.py.
    #[arg(long)]
    save_queries: Option<PathBuf>,
    /// Then time each stage of the forward (BERT-style encoders on burn's engines, with a device
    /// sync after every stage, or the native one) for every batch size of the `twenty` queries,
    /// and print their shares.
    #[arg(long)]
    profile: bool,
}

#[derive(clap::Args)]
struct EvalArgs {
    #[arg(long, default_value = "data/dolly_router.jsonl")]
    data: PathBuf,
    /// Split to score: test (default) or validation.
    #[arg(long, default_value = "test")]
    split: String,
    /// Score this JSONL of {"text", "label"} instead of the Dolly split (e.g. data/ood_queries.jsonl),
    /// or every JSONL in a folder (data/corpus: the lines of --split).
    #[arg(long, conflicts_with = "calibrate")]
    jsonl: Option<PathBuf>,
    /// Fit the softmax temperature on the validation split and write it into MODEL_PATH/config.json.
    #[arg(long)]
    calibrate: bool,
    /// With --calibrate: write the test split's reliability bins (before / after) as JSON here.
    #[arg(long, requires = "calibrate")]
    reliability: Option<PathBuf>,
    /// Write every text's argmax class and probabilities as JSONL here (one line per text, set by
    /// set), to compare two devices' or precisions' answers text by text.
    #[arg(long, conflicts_with = "calibrate")]
    predictions: Option<PathBuf>,
    /// Score bf16 and int8 (where this CPU runs them) against f32 on the test split, every
    /// out-of-distribution set and the corpus's test split, and write the precisions within the
    /// accuracy contract into MODEL_PATH/config.json (what CPU_PRECISION=auto may choose).
    #[arg(long, conflicts_with_all = ["calibrate", "jsonl"])]
    precision_gate: bool,
    /// The hand-written request corpus: its validation split joins the temperature fit, its test
    /// split the precision gate.
    #[arg(long, default_value = "data/corpus")]
    corpus: PathBuf,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    logging::init(&cli.config.log_level, cli.config.log_format);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.config),
        Command::Train(args) => train::run(&args),
        Command::Average(args) => average::run(&args),
        Command::Eval(args) => evaluate(&cli.config, &args),
        Command::Selftest(args) => selftest(&cli.config, &args),
        Command::BenchForward(args) => bench_forward(&cli.config, &args),
    }
}

fn selftest(config: &Config, args: &SelftestArgs) -> Result<()> {
    let selected = config.select_device()?;
    let tolerance = selected.precision.parity_tolerance(selected.is_gpu());
    println!(
        "| model | engine | adapter | precision | texts | max abs logit diff | within {tolerance:e} |\n\
         |---|---|---|---|---|---|---|"
    );
    let mut ok = true;
    for r in parity::check_fixtures(&args.fixtures, &selected)? {
        let pass = r.max_abs_diff < tolerance;
        ok &= pass;
        println!(
            "| {} | {} | {} | {} | {} | {:.2e} | {} |",
            r.model,
            selected.kind.name(),
            selected.adapter,
            r.precision.name(),
            r.texts,
            r.max_abs_diff,
            pass
        );
    }
    anyhow::ensure!(ok, "logits differ from the PyTorch reference beyond {tolerance:e}");
    Ok(())
}

fn bench_forward(config: &Config, args: &BenchArgs) -> Result<()> {
    let selected = config.select_device()?;
    let classifier = Classifier::load(&config.model_path, selected, config.window()?)?;
    let records = data::load(&args.data)?;
    let largest = args.batches.iter().copied().max().unwrap_or(1);
    let twenty = data::queries_with_tokens(&records, |t| classifier.encode(t), 18..=22, largest)?;
    anyhow::ensure!(twenty.len() == largest, "only {} ~20-token queries in {}", twenty.len(), args.data.display());
    let mixed =
        data::load_test_mix(&records, 7).iter().take(4096).map(|t| classifier.encode(t)).collect::<Result<Vec<_>>>()?;
    if let Some(path) = &args.save_queries {
        let json = serde_json::json!({"twenty": twenty, "mixed": mixed});
        std::fs::write(path, json.to_string())?;
    }
    let info = classifier.info();
    println!(
        "forward of {} ({} layers) on the {} engine ({}, {}{}), {} rayon threads\n\n\
         | queries | batch | sequences/s | real tokens/s | ms per batch | cores busy | first call ms |\n\
         |---|---|---|---|---|---|---|",
        classifier.name,
        classifier.config.num_layers,
        info.kind.name(),
        info.adapter,
        info.precision.name(),
        if info.fused_kernels { ", fused kernels" } else { "" },
        rayon::current_num_threads(),
    );
    for &mix in &args.mix {
        for &batch in &args.batches {
            // Each call takes the next `batch` queries of the pool (the same ones for `twenty`).
            let pool: &[Vec<u32>] = match mix {
                QueryMix::Twenty => &twenty[..batch],
                QueryMix::Mixed => &mixed,
            };
            let mut next = 0;
            let mut call = || -> Result<usize> {
                let rows: Vec<&[u32]> = (0..batch).map(|i| pool[(next + i) % pool.len()].as_slice()).collect();
                next = (next + batch) % pool.len();
                classifier.logits(&rows)?;
                Ok(rows.iter().map(|r| r.len()).sum())
            };
            let first = Instant::now();
            call()?;
            let first_ms = first.elapsed().as_secs_f64() * 1e3;
            for _ in 0..2 {
                call()?;
            }
            let cpu_before = procstat::cpu_seconds(None);
            let (started, mut calls, mut tokens) = (Instant::now(), 0u32, 0usize);
            while calls < 5 || started.elapsed().as_secs_f64() < args.seconds {
                tokens += call()?;
                calls += 1;
            }
            let wall = started.elapsed().as_secs_f64();
            let cores = procstat::cores_used(cpu_before, procstat::cpu_seconds(None), wall)
                .map_or("n/a".to_string(), |c| format!("{c:.2}"));
            println!(
                "| {mix:?} | {batch} | {:.0} | {:.0} | {:.2} | {cores} | {first_ms:.1} |",
                batch as f64 * calls as f64 / wall,
                tokens as f64 / wall,
                wall * 1e3 / calls as f64,
            );
        }
    }
    if args.profile {
        for &batch in &args.batches {
            profile_stages(&classifier, &twenty[..batch], args.seconds)?;
        }
    }
    Ok(())
}

/// Prints where one forward of `rows` spends its time, stage by stage (`stage_profile`).
fn profile_stages(classifier: &Classifier, rows: &[Vec<u32>], seconds: f64) -> Result<()> {
    use query_gateway::model::engine::burn_engine::stage_profile;
    let refs: Vec<&[u32]> = rows.iter().map(Vec::as_slice).collect();
    stage_profile::set_enabled(true);
    let (started, mut calls) = (Instant::now(), 0u32);
    while calls < 5 || started.elapsed().as_secs_f64() < seconds {
        classifier.logits(&refs)?;
        calls += 1;
    }
    let totals = stage_profile::totals();
    stage_profile::set_enabled(false);
    if totals.is_empty() {
        println!(
            "\nno stages recorded at batch {}: the {} engine's encoder is not BERT-style",
            rows.len(),
            classifier.info().kind.name()
        );
        return Ok(());
    }
    let all: f64 = totals.iter().map(|(_, d, _)| d.as_secs_f64()).sum();
    println!(
        "\nstages of one forward at batch {} ({calls} forwards, {:.2} ms each with a sync per stage)\n\n\
         | stage | ms per forward | share |\n|---|---|---|",
        rows.len(),
        all * 1e3 / calls as f64
    );
    let mut by_share = totals;
    by_share.sort_by_key(|s| std::cmp::Reverse(s.1));
    for (stage, time, _) in by_share {
        let secs = time.as_secs_f64();
        println!("| {stage:?} | {:.3} | {:.1} % |", secs * 1e3 / calls as f64, 100.0 * secs / all);
    }
    Ok(())
}

fn serve(config: Config) -> Result<()> {
    // Named, so that the model's threads can be told from tokio's (a thread takes the name of the
    // one that spawned it: rayon's pool is first used by warm-up, on a tokio thread).
    rayon::ThreadPoolBuilder::new().thread_name(|i| format!("model-{i}")).build_global()?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let gateway = server::start(config).await?;
        gateway.wait().await
    })
}

fn evaluate(config: &Config, args: &EvalArgs) -> Result<()> {
    let started = Instant::now();
    let selected = config.select_device()?;
    let classifier = Classifier::load(&config.model_path, selected, config.window()?)?;
    let load_secs = started.elapsed().as_secs_f64();
    let records = data::load(&args.data)?;
    let weights = std::fs::metadata(config.model_path.join("model.safetensors"))?.len();
    let info = classifier.info();
    println!(
        "## {}\n\nmodel {} ({}, {} layers, {:.1} MB weights, fingerprint {}, temperature {}), engine {} ({}, {}), loaded in {:.2} s\n",
        config.model_path.display(),
        classifier.name,
        classifier.config.family.name(),
        classifier.config.num_layers,
        weights as f64 / 1e6,
        &classifier.fingerprint[..12],
        classifier.config.temperature,
        info.kind.name(),
        info.adapter,
        info.precision.name(),
        load_secs
    );
    if args.calibrate {
        return calibrate(config, &classifier, &records, args);
    }
    if args.precision_gate {
        drop(classifier);
        return precision_gate(config, &records, args);
    }
    let sets: Vec<(String, Vec<eval::Labelled>)> = match &args.jsonl {
        Some(path) => {
            let title = match path.is_dir() {
                true => format!("{} ({} split)", path.display(), args.split),
                false => path.display().to_string(),
            };
            vec![(title, eval::load_labelled(path, classifier.labels(), &args.split)?)]
        }
        None => {
            let split = data::split(&records, &args.split);
            [Protocol::Instruction, Protocol::Context]
                .into_iter()
                .map(|p| (format!("{} split, {}", args.split, p.name()), eval::dolly_texts(&split, p)))
                .collect()
        }
    };
    let rule = ConfidenceRouting { threshold: config.confidence_threshold, labels: classifier.labels().len() };
    let mut lines = String::new();
    for (title, samples) in &sets {
        let report = eval::evaluate(title, samples, classifier.labels().len(), Some(rule), |texts| {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let mut predictions = Vec::with_capacity(refs.len());
            for chunk in refs.chunks(64) {
                predictions.extend(classifier.classify(chunk)?);
            }
            if args.predictions.is_some() {
                for (index, p) in predictions.iter().enumerate() {
                    let line = serde_json::json!({"set": title, "index": index, "class": p.class,
                                                  "probabilities": p.probabilities});
                    lines.push_str(&format!("{line}\n"));
                }
            }
            Ok(predictions)
        })?;
        println!("{report}");
    }
    if let Some(path) = &args.predictions {
        std::fs::write(path, lines).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// Logits `[text][label]` of `samples`.
fn logits_of(classifier: &Classifier, samples: &[eval::Labelled]) -> Result<Vec<Vec<f32>>> {
    classifier.text_logits(&samples.iter().map(|s| s.text.as_str()).collect::<Vec<_>>())
}

/// The corpus's `split`, or nothing where there is no corpus (folder or files).
fn corpus_split(classifier: &Classifier, args: &EvalArgs, split: &str) -> Result<Vec<eval::Labelled>> {
    if !args.corpus.is_dir() || query_gateway::training::corpus::files(&args.corpus)?.is_empty() {
        return Ok(Vec::new());
    }
    eval::load_labelled(&args.corpus, classifier.labels(), split)
}

/// `eval --precision-gate` (training/precision_gate.rs): every reduced precision this CPU runs
/// against f32, set by set; the ones within the contract on every set go into config.json.
fn precision_gate(config: &Config, records: &[data::Record], args: &EvalArgs) -> Result<()> {
    use query_gateway::model::config::PRECISION_CONTRACT_KEY;
    use query_gateway::model::engine::{CpuPrecision, Precision, SelectedDevice};
    use query_gateway::training::precision_gate::{
        SetScore, Verdict, MAX_ACCURACY_DROP_PT, MAX_ECE_CHANGE, MIN_AGREEMENT,
    };

    let load = |choice: CpuPrecision| -> Result<Classifier> {
        Classifier::load(&config.model_path, SelectedDevice::cpu().with_cpu_precision(choice)?, config.window()?)
    };
    let reference = load(CpuPrecision::F32)?;
    let test = data::split(records, "test");
    let mut sets: Vec<(String, Vec<eval::Labelled>)> = [Protocol::Instruction, Protocol::Context]
        .into_iter()
        .map(|p| (format!("test split, {}", p.name()), eval::dolly_texts(&test, p)))
        .collect();
    let data_dir = args.data.parent().unwrap_or(std::path::Path::new("."));
    let mut ood: Vec<PathBuf> = std::fs::read_dir(data_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("ood_queries") && n.ends_with(".jsonl"))
        })
        .collect();
    ood.sort();
    for path in ood {
        sets.push((path.display().to_string(), eval::load_jsonl(&path, reference.labels(), "test")?));
    }
    let corpus = corpus_split(&reference, args, "test")?;
    if !corpus.is_empty() {
        sets.push((format!("{} (test split)", args.corpus.display()), corpus));
    }
    let rule = ConfidenceRouting { threshold: config.confidence_threshold, labels: reference.labels().len() };
    let score = |classifier: &Classifier| -> Result<Vec<SetScore>> {
        sets.iter()
            .map(|(_, samples)| {
                let texts: Vec<&str> = samples.iter().map(|s| s.text.as_str()).collect();
                let mut predictions = Vec::with_capacity(texts.len());
                for chunk in texts.chunks(64) {
                    predictions.extend(classifier.classify(chunk)?);
                }
                Ok(SetScore::new(&predictions, &samples.iter().map(|s| s.label).collect::<Vec<_>>(), rule))
            })
            .collect()
    };
    let f32_scores = score(&reference)?;
    drop(reference);
    println!(
        "contract per set: final answer within {MAX_ACCURACY_DROP_PT} pt of f32, ECE within {MAX_ECE_CHANGE}, >= {:.1} % of final answers identical\n",
        100.0 * MIN_AGREEMENT
    );
    println!("| precision | set | final answer (f32) | delta pt | ECE delta | agreement | within |\n|---|---|---|---|---|---|---|");
    let (mut passed, mut measured) = (Vec::new(), serde_json::Map::new());
    for (precision, choice) in [(Precision::Bf16, CpuPrecision::Bf16), (Precision::Int8, CpuPrecision::Int8)] {
        if let Some(flag) = precision.missing_cpu_flag() {
            println!("| {} | - | - | - | - | - | not run: this CPU lacks {flag} |", precision.name());
            continue;
        }
        let scores = score(&load(choice)?)?;
        let mut rows = serde_json::Map::new();
        let mut all = true;
        for (((title, _), reference), other) in sets.iter().zip(&f32_scores).zip(&scores) {
            let v = Verdict::of(reference, other);
            all &= v.passes();
            println!(
                "| {} | {title} | {:.2} % | {:+.2} | {:+.4} | {:.2} % | {} |",
                precision.name(),
                100.0 * reference.accuracy,
                v.accuracy_delta_pt,
                v.ece_delta,
                100.0 * v.agreement,
                if v.passes() { "yes" } else { "**no**" }
            );
            rows.insert(title.clone(), serde_json::json!({"accuracy_delta_pt": (v.accuracy_delta_pt * 1e3).round() / 1e3,
                "ece_delta": (v.ece_delta * 1e5).round() / 1e5, "agreement": (v.agreement * 1e5).round() / 1e5, "within": v.passes()}));
        }
        if all {
            passed.push(precision.name());
        }
        measured.insert(precision.name().to_string(), serde_json::Value::Object(rows));
    }
    let config_path = config.model_path.join("config.json");
    let mut model_config: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&config_path)?)?;
    model_config[PRECISION_CONTRACT_KEY] = serde_json::json!({
        "passed": passed,
        "contract": format!("per set, against f32: final answer within {MAX_ACCURACY_DROP_PT} pt, ECE within {MAX_ECE_CHANGE}, agreement >= {MIN_AGREEMENT} (eval --precision-gate)"),
        "sets": measured,
    });
    std::fs::write(&config_path, serde_json::to_string_pretty(&model_config)? + "\n")?;
    println!(
        "\nwithin the contract on every set: {passed:?}; written to {PRECISION_CONTRACT_KEY} in {}",
        config_path.display()
    );
    Ok(())
}

/// Fits the softmax temperature on the validation splits (Dolly's and the corpus's), writes it into the model's config.json,
/// and prints ECE before / after on the validation and test splits and the confidence-routing
/// trade-off per threshold on the validation split.
fn calibrate(config: &Config, classifier: &Classifier, records: &[data::Record], args: &EvalArgs) -> Result<()> {
    let split_logits = |name: &str| -> Result<(Vec<Vec<f32>>, Vec<usize>)> {
        let samples = eval::distinct_texts(&data::split(records, name));
        Ok((logits_of(classifier, &samples)?, samples.iter().map(|s| s.label).collect()))
    };
    let (mut val_logits, mut val_labels) = split_logits("validation")?;
    let corpus = corpus_split(classifier, args, "validation")?;
    val_logits.extend(logits_of(classifier, &corpus)?);
    val_labels.extend(corpus.iter().map(|s| s.label));
    let (test_logits, test_labels) = split_logits("test")?;
    let temperature = calibration::fit_temperature(&val_logits, &val_labels) as f32;
    let ece = |logits: &[Vec<f32>], labels: &[usize], t: f32| calibration::ece(&calibration::points(logits, labels, t));
    println!(
        "temperature fitted on {} validation texts (both protocols): **{temperature:.4}** (NLL {:.4} -> {:.4})\n\n\
         | split | texts | ECE at T = 1 | ECE at T = {temperature:.3} |\n|---|---|---|---|\n\
         | validation | {} | {:.4} | {:.4} |\n| test | {} | {:.4} | {:.4} |\n",
        val_logits.len(),
        calibration::nll(&val_logits, &val_labels, 1.0),
        calibration::nll(&val_logits, &val_labels, temperature as f64),
        val_logits.len(),
        ece(&val_logits, &val_labels, 1.0),
        ece(&val_logits, &val_labels, temperature),
        test_logits.len(),
        ece(&test_logits, &test_labels, 1.0),
        ece(&test_logits, &test_labels, temperature),
    );
    let thresholds: Vec<f32> = (10..=19).map(|i| i as f32 * 0.05).collect();
    let validation = data::split(records, "validation");
    let mut sweeps = Vec::new();
    for protocol in [Protocol::Instruction, Protocol::Context] {
        let samples = eval::dolly_texts(&validation, protocol);
        let logits = logits_of(classifier, &samples)?;
        let labels: Vec<usize> = samples.iter().map(|s| s.label).collect();
        println!(
            "validation, {}: final answer per CONFIDENCE_THRESHOLD (calibrated; 0.50 = argmax)\n\n\
             | threshold | fast-path share | slow-path recall | accuracy |\n|---|---|---|---|",
            protocol.name()
        );
        let rows = calibration::threshold_sweep(&logits, &labels, temperature, &thresholds);
        for row in &rows {
            println!(
                "| {:.2} | {:.2} % | {:.2} % | {:.2} % |",
                row.threshold,
                100.0 * row.fast_share,
                100.0 * row.slow_recall,
                100.0 * row.accuracy
            );
        }
        println!();
        sweeps.push(rows);
    }
    println!(
        "recommended CONFIDENCE_THRESHOLD: **{:.2}** (the highest whose final-answer accuracy stays within {:.1} pt \
         of the argmax on both protocols)\n",
        calibration::recommended_threshold(&sweeps),
        100.0 * calibration::MAX_ACCURACY_COST
    );
    if let Some(path) = &args.reliability {
        let json = serde_json::json!({
            "model": classifier.name, "temperature": temperature, "split": "test",
            "before": calibration::reliability(&calibration::points(&test_logits, &test_labels, 1.0)),
            "after": calibration::reliability(&calibration::points(&test_logits, &test_labels, temperature)),
            "ece_before": ece(&test_logits, &test_labels, 1.0), "ece_after": ece(&test_logits, &test_labels, temperature),
        });
        std::fs::write(path, serde_json::to_string_pretty(&json)? + "\n")?;
        println!("reliability bins of the test split written to {}", path.display());
    }
    let config_path = config.model_path.join("config.json");
    let mut model_config: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&config_path)?)?;
    model_config[CALIBRATION_KEY] = serde_json::json!({
        "temperature": (temperature as f64 * 1e4).round() / 1e4,
        "fitted_on": "validation splits of data/dolly_router.jsonl (both protocols) and data/corpus (eval --calibrate)",
    });
    std::fs::write(&config_path, serde_json::to_string_pretty(&model_config)? + "\n")?;
    println!("wrote {CALIBRATION_KEY}.temperature into {}", config_path.display());
    Ok(())
}
