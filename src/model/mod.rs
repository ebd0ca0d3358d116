//! The router model: a Hugging Face BERT-family sequence classifier (config.json,
//! model.safetensors, tokenizer.json) run with burn on the CPU (flex) or a GPU (wgpu).

pub mod config;
pub mod device;
pub mod encoder;
pub mod parity;
pub mod tokenize;
pub mod weights;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

pub use config::ModelConfig;
pub use device::{DeviceChoice, SelectedDevice};
pub use encoder::{read_logits, SequenceClassifier};
use burn::tensor::Tensor;
pub use tokenize::{PaddedBatch, TextTokenizer};

/// A padded sub-batch may hold at most this share of padding before it is split by length...
const MAX_PADDING_SHARE: f64 = 0.3;
/// ... unless it is this small in rows x tokens, where another call costs more than the padding:
/// small on a CPU (cost follows FLOPs), large on a GPU (each call is a round of kernel launches).
const MIN_SPLIT_TOKENS_CPU: usize = 256;
const MIN_SPLIT_TOKENS_GPU: usize = 8192;
/// Shortest padded length of a GPU batch (see [`gpu_shape`]).
const MIN_GPU_SEQ: usize = 8;

/// Class probabilities for one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// Index of the most probable class.
    pub class: usize,
    pub confidence: f32,
    pub probabilities: Vec<f32>,
}

/// A loaded classifier: tokenizer, weights on their device, and identity for cache keys.
pub struct Classifier {
    model: SequenceClassifier,
    tokenizer: TextTokenizer,
    pub config: ModelConfig,
    pub device: SelectedDevice,
    /// Hex xxh3-128 of config.json + model.safetensors: a new model never serves old cache entries.
    pub fingerprint: String,
    /// The model directory's name.
    pub name: String,
    pub max_length: usize,
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
        Ok(Self { config: file("config.json")?, weights: file("model.safetensors")?, tokenizer: file("tokenizer.json")? })
    }
}

impl Classifier {
    /// Loads `dir` onto `device`. `max_length` caps tokens per text (and the model's position table).
    pub fn load(dir: &Path, device: SelectedDevice, max_length: usize) -> Result<Self> {
        let files = ModelFiles::locate(dir)?;
        let config_bytes = std::fs::read(&files.config)
            .with_context(|| format!("{}: cannot read model config", files.config.display()))?;
        let config = ModelConfig::from_bytes(&files.config, &config_bytes)?;
        let max_length = max_length.min(config.max_position_embeddings);
        let tokenizer = TextTokenizer::from_file(&files.tokenizer, max_length)?;
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
        let model = SequenceClassifier::load(&config, &file, &device.device, false, 0.0)?.with_fused_kernels(device.fused_kernels);
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        hasher.update(&config_bytes);
        hasher.update(&weight_bytes);
        let name = dir.canonicalize().unwrap_or(dir.to_path_buf());
        let name = name.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        Ok(Self {
            model,
            tokenizer,
            config,
            device,
            fingerprint: format!("{:032x}", hasher.digest128()),
            name,
            max_length,
        })
    }

    pub fn labels(&self) -> &[String] {
        &self.config.labels
    }

    pub fn tokenizer(&self) -> &TextTokenizer {
        &self.tokenizer
    }

    pub fn encode(&self, text: &str) -> Result<Vec<u32>> {
        self.tokenizer.encode(text)
    }

    /// Raw logits `[batch][labels]` for one padded batch.
    pub fn logits(&self, batch: &PaddedBatch) -> Result<Vec<Vec<f32>>> {
        read_logits(self.model.forward_batch(batch, &self.device.device))
    }

    /// Queues the forward passes for tokenized texts without waiting for them: on a GPU the
    /// device computes while the caller prepares the next batch. The CPU backend computes here.
    pub fn launch(&self, seqs: &[Vec<u32>]) -> Launched {
        let min_split = if self.device.is_gpu() { MIN_SPLIT_TOKENS_GPU } else { MIN_SPLIT_TOKENS_CPU };
        let parts = buckets(seqs, min_split)
            .into_iter()
            .map(|rows| {
                let texts: Vec<&[u32]> = rows.iter().map(|&i| seqs[i].as_slice()).collect();
                let batch = if self.device.is_gpu() {
                    let longest = texts.iter().map(|t| t.len()).max().unwrap_or(1);
                    let (rows, seq) = gpu_shape(texts.len(), longest, self.max_length);
                    self.tokenizer.pad_to(&texts, rows, seq)
                } else {
                    self.tokenizer.pad(&texts)
                };
                let logits = self.model.forward_batch(&batch, &self.device.device);
                (rows, logits)
            })
            .collect();
        // burn's fusion (and cubecl's command buffer) hold queued work back until a read; hand it
        // to the GPU now, or nothing overlaps. A failure here resurfaces at the read in `finish`.
        let _ = self.device.device.flush();
        Launched { len: seqs.len(), parts }
    }

    /// Waits for a launched batch and returns its predictions in input order.
    pub fn finish(&self, launched: Launched) -> Result<Vec<Prediction>> {
        let mut out = vec![None; launched.len];
        for (rows, logits) in launched.parts {
            for (i, l) in rows.into_iter().zip(read_logits(logits)?) {
                out[i] = Some(softmax_prediction(&l));
            }
        }
        Ok(out.into_iter().map(|p| p.expect("every input is in one bucket")).collect())
    }

    /// Predictions for already-tokenized texts, in input order (see [`buckets`]).
    pub fn predict_tokens(&self, seqs: &[Vec<u32>]) -> Result<Vec<Prediction>> {
        self.finish(self.launch(seqs))
    }

    pub fn classify(&self, texts: &[&str]) -> Result<Vec<Prediction>> {
        let seqs = texts.iter().map(|t| self.encode(t)).collect::<Result<Vec<_>>>()?;
        self.predict_tokens(&seqs)
    }

    /// Runs the model once per batch shape it will meet, so no request waits for kernels to
    /// compile. On a hardware GPU that is every [`gpu_shape`] up to `max_rows` texts (seconds at
    /// start-up). A CPU compiles nothing, and a software adapter is a test rig where 45 shapes at
    /// 1-3 s each (lavapipe) would cost minutes per start: one short call for both. Returns the
    /// number of shapes run.
    pub fn warm_up(&self, max_rows: usize) -> Result<usize> {
        let shapes = if self.device.is_gpu() && self.device.hardware {
            gpu_shapes(max_rows, self.max_length)
        } else {
            vec![(1, MIN_GPU_SEQ.min(self.max_length))]
        };
        let token = self.encode("warm up")?;
        for &(rows, seq) in &shapes {
            let batch = self.tokenizer.pad_to(&vec![token.as_slice(); rows], rows, seq);
            self.logits(&batch)?;
        }
        Ok(shapes.len())
    }
}

/// The padded `[rows, tokens]` of a GPU batch: both rounded up to a power of two (tokens to at
/// least [`MIN_GPU_SEQ`], at most `max_length`). burn compiles kernels per shape, so this bounds
/// the shapes a GPU ever sees to a few dozen that [`Classifier::warm_up`] runs at start-up; the
/// extra padding is nearly free there, where a forward pass costs about the same from 1 to 256
/// texts.
pub fn gpu_shape(rows: usize, longest: usize, max_length: usize) -> (usize, usize) {
    let seq = longest.max(MIN_GPU_SEQ).next_power_of_two().min(max_length).max(longest);
    (rows.max(1).next_power_of_two(), seq)
}

/// Every [`gpu_shape`] of batches of up to `max_rows` texts.
pub fn gpu_shapes(max_rows: usize, max_length: usize) -> Vec<(usize, usize)> {
    let mut seqs: Vec<usize> = (1..=max_length).map(|len| gpu_shape(1, len, max_length).1).collect();
    seqs.dedup();
    let top = max_rows.max(1).next_power_of_two();
    let rows = (0..=top.trailing_zeros()).map(|p| 1usize << p);
    rows.flat_map(|r| seqs.iter().map(move |&s| (r, s))).collect()
}

/// Forward passes queued on the model's device, one per length bucket.
pub struct Launched {
    len: usize,
    parts: Vec<(Vec<usize>, Tensor<2>)>,
}

/// Predictions for tokenized texts, in input order, computing each (CPU-sized) bucket's logits
/// with `logits`.
pub fn predict_bucketed(
    seqs: &[Vec<u32>],
    pad_id: u32,
    mut logits: impl FnMut(&PaddedBatch) -> Result<Vec<Vec<f32>>>,
) -> Result<Vec<Prediction>> {
    let mut out = vec![None; seqs.len()];
    for rows in buckets(seqs, MIN_SPLIT_TOKENS_CPU) {
        let batch = tokenize::pad_batch(&rows.iter().map(|&i| seqs[i].as_slice()).collect::<Vec<_>>(), pad_id);
        for (i, l) in rows.into_iter().zip(logits(&batch)?) {
            out[i] = Some(softmax_prediction(&l));
        }
    }
    Ok(out.into_iter().map(|p| p.expect("every input is in one bucket")).collect())
}

/// Indices of `seqs` sorted by length and split into runs whose padding stays under
/// [`MAX_PADDING_SHARE`] (runs under `min_split` padded tokens stay whole): short queries are
/// not padded to a long one's length.
pub fn buckets(seqs: &[Vec<u32>], min_split: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..seqs.len()).collect();
    order.sort_by_key(|&i| seqs[i].len());
    length_buckets(&order, |i| seqs[i].len(), min_split).into_iter().map(<[usize]>::to_vec).collect()
}

/// Splits indices (sorted by ascending length) into consecutive runs padded to their longest.
fn length_buckets(sorted: &[usize], len: impl Fn(usize) -> usize, min_split: usize) -> Vec<&[usize]> {
    let mut buckets = Vec::new();
    let mut start = 0;
    let mut real = 0;
    for (pos, &i) in sorted.iter().enumerate() {
        let rows = pos - start + 1;
        let padded = rows * len(i);
        real += len(i);
        let waste = 1.0 - real as f64 / padded as f64;
        if rows > 1 && padded > min_split && waste > MAX_PADDING_SHARE {
            buckets.push(&sorted[start..pos]);
            start = pos;
            real = len(i);
        }
    }
    if start < sorted.len() {
        buckets.push(&sorted[start..]);
    }
    buckets
}

pub fn softmax_prediction(logits: &[f32]) -> Prediction {
    let max = logits.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f64> = logits.iter().map(|&l| ((l - max) as f64).exp()).collect();
    let total: f64 = exps.iter().sum();
    let probabilities: Vec<f32> = exps.iter().map(|e| (e / total) as f32).collect();
    let (class, &confidence) = probabilities
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .expect("at least one class");
    Prediction { class, confidence, probabilities }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn softmax_picks_max() {
        let p = softmax_prediction(&[0.0, 2.0]);
        assert_eq!(p.class, 1);
        assert!((p.confidence - 0.880797).abs() < 1e-5);
        assert!((p.probabilities.iter().sum::<f32>() - 1.0).abs() < 1e-6);
    }

    #[test]
    fn buckets_split_long_from_short() {
        let lens = [5usize, 5, 6, 6, 7, 120, 125];
        let order: Vec<usize> = (0..lens.len()).collect();
        let buckets = length_buckets(&order, |i| lens[i], MIN_SPLIT_TOKENS_CPU);
        let flat: Vec<usize> = buckets.iter().flat_map(|b| b.iter().copied()).collect();
        assert_eq!(flat, order, "every index exactly once, in order");
        assert!(buckets.len() >= 2, "the two long texts are not padded with the short ones: {buckets:?}");
        assert!(buckets.iter().any(|b| b.contains(&0) && !b.contains(&6)));
    }

    #[test]
    fn gpu_shapes_are_powers_of_two_within_the_length_limit() {
        assert_eq!(gpu_shape(1, 1, 128), (1, 8));
        assert_eq!(gpu_shape(3, 9, 128), (4, 16));
        assert_eq!(gpu_shape(256, 20, 128), (256, 32));
        assert_eq!(gpu_shape(200, 128, 128), (256, 128));
        assert_eq!(gpu_shape(5, 90, 100), (8, 100), "capped at max_length");
        let shapes = gpu_shapes(256, 128);
        assert_eq!(shapes.len(), 9 * 5, "rows 1..256 x tokens 8..128");
        for rows in 1..=256 {
            for len in 1..=128 {
                assert!(shapes.contains(&gpu_shape(rows, len, 128)), "({rows}, {len}) not warmed up");
            }
        }
        assert_eq!(gpu_shapes(100, 100).iter().map(|s| s.0).max(), Some(128));
        assert!(gpu_shapes(100, 100).iter().all(|s| s.1 <= 100));
    }

    #[test]
    fn small_batches_stay_whole() {
        let lens = [3usize, 40];
        let buckets = length_buckets(&[0, 1], |i| lens[i], MIN_SPLIT_TOKENS_CPU);
        assert_eq!(buckets.len(), 1);
    }
}
