//! `query-gateway [serve]` runs the gateway; `train` and `eval` build and measure the router model.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Result;
use clap::{Parser, Subcommand};

use query_gateway::config::Config;
use query_gateway::model::{parity, Classifier};
use query_gateway::training::data::{self, Protocol};
use query_gateway::training::{eval, train};
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
    /// Evaluate MODEL_PATH on the test split, both input protocols.
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
}

#[derive(clap::Args)]
struct EvalArgs {
    #[arg(long, default_value = "data/dolly_router.jsonl")]
    data: PathBuf,
    /// Split to score: test (default) or validation.
    #[arg(long, default_value = "test")]
    split: String,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    logging::init(&cli.config.log_level, cli.config.log_format);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.config),
        Command::Train(args) => train::run(&args),
        Command::Eval(args) => evaluate(&cli.config, &args),
        Command::Selftest(args) => selftest(&cli.config, &args),
        Command::BenchForward(args) => bench_forward(&cli.config, &args),
    }
}

fn selftest(config: &Config, args: &SelftestArgs) -> Result<()> {
    let selected = config.select_device()?;
    // CPU engines match PyTorch to float rounding; GPU kernels reorder sums more freely.
    let tolerance = if selected.is_gpu() { 1e-3 } else { 1e-4 };
    println!(
        "| model | engine | adapter | texts | max abs logit diff | within {tolerance:e} |\n|---|---|---|---|---|---|"
    );
    let mut ok = true;
    for r in parity::check_fixtures(&args.fixtures, &selected)? {
        let pass = r.max_abs_diff < tolerance;
        ok &= pass;
        println!(
            "| {} | {} | {} | {} | {:.2e} | {} |",
            r.model,
            selected.kind.name(),
            selected.adapter,
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
    let classifier = Classifier::load(&config.model_path, selected, config.model_max_length as usize)?;
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
        "forward of {} ({} layers) on the {} engine ({}{}), {} rayon threads\n\n\
         | queries | batch | sequences/s | real tokens/s | ms per batch | cores busy | first call ms |\n\
         |---|---|---|---|---|---|---|",
        classifier.name,
        classifier.config.num_layers,
        info.kind.name(),
        info.adapter,
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
    Ok(())
}

fn serve(config: Config) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let gateway = server::start(config).await?;
        gateway.wait().await
    })
}

fn evaluate(config: &Config, args: &EvalArgs) -> Result<()> {
    let started = Instant::now();
    let selected = config.select_device()?;
    let classifier = Classifier::load(&config.model_path, selected, config.model_max_length as usize)?;
    let load_secs = started.elapsed().as_secs_f64();
    let records = data::load(&args.data)?;
    let split = data::split(&records, &args.split);
    let weights = std::fs::metadata(config.model_path.join("model.safetensors"))?.len();
    println!(
        "## {} on the {} split ({} records)\n\nmodel {} ({}, {} layers, {:.1} MB weights, fingerprint {}), engine {} ({}), loaded in {:.2} s\n",
        config.model_path.display(),
        args.split,
        split.len(),
        classifier.name,
        classifier.config.family.name(),
        classifier.config.num_layers,
        weights as f64 / 1e6,
        &classifier.fingerprint[..12],
        classifier.info().kind.name(),
        classifier.info().adapter,
        load_secs
    );
    for protocol in [Protocol::Instruction, Protocol::Context] {
        let report = eval::evaluate(&split, protocol, classifier.labels().len(), |texts| {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let mut classes = Vec::with_capacity(refs.len());
            for chunk in refs.chunks(64) {
                classes.extend(classifier.classify(chunk)?.into_iter().map(|p| p.class));
            }
            Ok(classes)
        })?;
        println!("{report}");
    }
    Ok(())
}
