//! The router model: a Hugging Face BERT-family sequence classifier (config.json,
//! model.safetensors, tokenizer.json): its identity (tokenizer, labels, fingerprint) here, the
//! forward pass behind [`engine::Engine`] (the native CPU engine, burn flex, or burn wgpu).
//!
//! Layout: `engine/` holds the engines, one folder each, and their choice; the modules beside it
//! (config, family tables, weights, tokenizer, rotary tables, host loops, predictions) are shared
//! by the engines and import none of them.

pub mod config;
pub mod engine;
pub mod family;
pub mod host_ops;
pub mod prediction;
pub mod rotary;
pub mod tokenize;
pub mod weights;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};

pub use config::ModelConfig;
pub use engine::{DeviceChoice, Engine, EngineInfo, EngineKind, SelectedDevice};
pub use prediction::{softmax_prediction, Prediction};
pub use tokenize::{TextTokenizer, Window};

/// A loaded classifier: tokenizer and identity for cache keys, and the engine that runs it.
pub struct Classifier {
    engine: Arc<dyn Engine>,
    tokenizer: TextTokenizer,
    pub config: ModelConfig,
    /// Hex xxh3-128 of config.json + model.safetensors + the window: a new model, or one reading
    /// other tokens, never serves old cache entries.
    pub fingerprint: String,
    /// The model directory's name.
    pub name: String,
    /// Which tokens of a text it reads (at most `window.max_length`).
    pub window: Window,
    /// How `CPU_PRECISION=auto` chose the engine's precision; `None` when it was named.
    pub precision_probe: Option<engine::PrecisionProbe>,
}

/// The three files of a model directory, each checked to exist.
pub struct ModelFiles {
    pub config: PathBuf,
    pub weights: PathBuf,
    pub tokenizer: PathBuf,
}

impl ModelFiles {
    pub fn locate(dir: &Path) -> Result<Self> {
        if !dir.is_dir() {
            bail!("{}: model directory does not exist", dir.display());
        }
        let file = |name: &str| -> Result<PathBuf> {
            let path = dir.join(name);
            if !path.is_file() {
                bail!("{}: required model file is missing", path.display());
            }
            Ok(path)
        };
        Ok(Self {
            config: file("config.json")?,
            weights: file("model.safetensors")?,
            tokenizer: file("tokenizer.json")?,
        })
    }
}

impl Classifier {
    /// Loads `dir` into the engine `device` names. `window` says which tokens of a text the model
    /// reads (a plain count: half from each end), within the model's position table.
    pub fn load(dir: &Path, device: SelectedDevice, window: impl Into<Window>) -> Result<Self> {
        let files = ModelFiles::locate(dir)?;
        let config_bytes = std::fs::read(&files.config)
            .with_context(|| format!("{}: cannot read model config", files.config.display()))?;
        let config = ModelConfig::from_bytes(&files.config, &config_bytes)?;
        let window = window.into().within(config.max_tokens());
        let tokenizer = TextTokenizer::from_file(&files.tokenizer, window)?;
        if tokenizer.vocab_size() > config.vocab_size {
            bail!(
                "{}: tokenizer has {} tokens but the model's vocabulary is {}",
                files.tokenizer.display(),
                tokenizer.vocab_size(),
                config.vocab_size
            );
        }
        let weight_bytes =
            std::fs::read(&files.weights).with_context(|| format!("{}: cannot read", files.weights.display()))?;
        let file = weights::WeightFile::parse(&files.weights, &weight_bytes)?;
        let (engine, precision_probe) = engine::load(&config, &file, &device, tokenizer.pad_id(), window.max_length)?;
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        hasher.update(&config_bytes);
        hasher.update(&weight_bytes);
        hasher.update(format!("window {} {}", window.max_length, window.head).as_bytes());
        let name = dir.canonicalize().unwrap_or(dir.to_path_buf());
        let name = name.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        Ok(Self {
            engine,
            tokenizer,
            config,
            fingerprint: format!("{:032x}", hasher.digest128()),
            name,
            window,
            precision_probe,
        })
    }

    pub fn labels(&self) -> &[String] {
        &self.config.labels
    }

    pub fn tokenizer(&self) -> &TextTokenizer {
        &self.tokenizer
    }

    /// The engine that runs the forward pass (shared with the inference workers).
    pub fn engine(&self) -> &Arc<dyn Engine> {
        &self.engine
    }

    pub fn info(&self) -> &EngineInfo {
        self.engine.info()
    }

    pub fn encode(&self, text: &str) -> Result<Vec<u32>> {
        self.tokenizer.encode(text)
    }

    /// Raw logits `[text][label]` for tokenized texts.
    pub fn logits(&self, seqs: &[&[u32]]) -> Result<Vec<Vec<f32>>> {
        self.engine.logits(seqs)
    }

    /// Raw logits `[text][label]` for texts, tokenized and run 64 at a time.
    pub fn text_logits(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let mut out = Vec::with_capacity(texts.len());
        for chunk in texts.chunks(64) {
            let seqs = chunk.iter().map(|t| self.encode(t)).collect::<Result<Vec<_>>>()?;
            out.extend(self.logits(&seqs.iter().map(Vec::as_slice).collect::<Vec<_>>())?);
        }
        Ok(out)
    }

    /// The calibrated prediction for one text's logits.
    pub fn prediction(&self, logits: &[f32]) -> Prediction {
        softmax_prediction(logits, self.config.temperature)
    }

    /// Predictions for already-tokenized texts, in input order.
    pub fn predict_tokens(&self, seqs: &[Vec<u32>]) -> Result<Vec<Prediction>> {
        let refs: Vec<&[u32]> = seqs.iter().map(Vec::as_slice).collect();
        Ok(self.logits(&refs)?.iter().map(|l| self.prediction(l)).collect())
    }

    pub fn classify(&self, texts: &[&str]) -> Result<Vec<Prediction>> {
        let seqs = texts.iter().map(|t| self.encode(t)).collect::<Result<Vec<_>>>()?;
        self.predict_tokens(&seqs)
    }

    /// Runs the engine once per batch shape it will meet (see [`Engine::warm_up`]), so no request
    /// waits for kernels to compile or buffers to grow. Returns the number of shapes run.
    pub fn warm_up(&self, max_rows: usize) -> Result<usize> {
        let token = self.encode("warm up")?;
        self.engine.warm_up(&token, max_rows, self.window.max_length)
    }
}
