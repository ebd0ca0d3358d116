//! `query-gateway [serve]` runs the gateway; `train` and `eval` build and measure the router model.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Result;
use clap::{Parser, Subcommand};

use query_gateway::config::Config;
use query_gateway::model::{device, Classifier};
use query_gateway::training::data::{self, Protocol};
use query_gateway::training::{eval, train};
use query_gateway::{logging, server};

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
    }
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
    let selected = device::select(config.model_device)?;
    let classifier = Classifier::load(&config.model_path, selected, config.model_max_length as usize)?;
    let load_secs = started.elapsed().as_secs_f64();
    let records = data::load(&args.data)?;
    let split = data::split(&records, &args.split);
    let weights = std::fs::metadata(config.model_path.join("model.safetensors"))?.len();
    println!(
        "## {} on the {} split ({} records)\n\nmodel {} ({}, {} layers, {:.1} MB weights, fingerprint {}), backend {} ({}), loaded in {:.2} s\n",
        config.model_path.display(),
        args.split,
        split.len(),
        classifier.name,
        classifier.config.family.name(),
        classifier.config.num_layers,
        weights as f64 / 1e6,
        &classifier.fingerprint[..12],
        classifier.device.backend,
        classifier.device.adapter,
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
