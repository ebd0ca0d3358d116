//! Knowledge distillation: a larger fine-tuned router (the teacher) gives soft targets for every
//! training text, Dolly's and the generated ones alike, and the student learns from them beside
//! the hard labels. The teacher runs on the native CPU engine; its logits are kept per text
//! (xxh3-128 of the text) and can be written to a file, so a second student run over the same
//! texts costs no teacher forward. A teacher that is not a router directory (a larger encoder
//! fine-tuned by scripts/teacher_mpnet.py) is used through its cache alone: the file is
//! committed, and a student run needs every one of its texts in it.

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use burn::tensor::activation::log_softmax;
use burn::tensor::{Device, Tensor, TensorData};

use crate::model::{Classifier, SelectedDevice, Window};

/// How the student weighs the teacher against the labels.
#[derive(Debug, Clone, clap::Args)]
pub struct DistillArgs {
    /// Fine-tuned router directory whose logits the student learns from (same labels).
    #[arg(long)]
    pub teacher: Option<PathBuf>,
    /// JSONL file of the teacher's logits per text hash: read at start, appended as new texts
    /// are scored; without `--teacher`, the teacher itself (every training text must be in it).
    #[arg(long)]
    pub teacher_cache: Option<PathBuf>,
    /// Softmax temperature of the soft targets (Hinton et al.: 2-4).
    #[arg(long, default_value_t = 2.0)]
    pub distill_temperature: f32,
    /// Weight of the soft-target loss; the hard-label loss gets the rest.
    #[arg(long, default_value_t = 0.7)]
    pub distill_weight: f32,
}

/// The teacher and the logits it has given so far.
pub struct Teacher {
    /// None: the cache is the whole teacher.
    model: Option<Classifier>,
    known: HashMap<u128, Vec<f32>>,
    cache: Option<std::io::BufWriter<std::fs::File>>,
    pub temperature: f32,
    pub weight: f32,
}

fn key(text: &str) -> u128 {
    xxhash_rust::xxh3::xxh3_128(text.as_bytes())
}

impl Teacher {
    /// Loads the teacher named in `args` (None without `--teacher` or `--teacher-cache`),
    /// checking its labels.
    pub fn load(args: &DistillArgs, labels: &[&str], window: Window) -> Result<Option<Self>> {
        if args.teacher.is_none() && args.teacher_cache.is_none() {
            return Ok(None);
        }
        if !(args.distill_temperature > 0.0 && args.distill_temperature.is_finite()) {
            bail!("--distill-temperature must be a positive number, got {}", args.distill_temperature);
        }
        if !(0.0..=1.0).contains(&args.distill_weight) {
            bail!("--distill-weight must lie in 0..=1, got {}", args.distill_weight);
        }
        let model = match &args.teacher {
            Some(dir) => {
                let model = Classifier::load(dir, SelectedDevice::cpu(), window)?;
                if model.labels() != labels {
                    bail!(
                        "{}: teacher labels {:?} differ from the router's {:?}",
                        dir.display(),
                        model.labels(),
                        labels
                    );
                }
                Some(model)
            }
            None => None,
        };
        let mut known = HashMap::new();
        let cache = match &args.teacher_cache {
            Some(path) if model.is_none() => {
                known = read_cache(path, labels.len())?;
                None
            }
            Some(path) => {
                if path.exists() {
                    known = read_cache(path, labels.len())?;
                }
                let file = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .with_context(|| format!("{}: cannot open the teacher cache", path.display()))?;
                Some(std::io::BufWriter::new(file))
            }
            None => None,
        };
        let name = match &model {
            Some(m) => format!("{} ({} layers)", m.name, m.config.num_layers),
            None => format!("cache {}", args.teacher_cache.as_deref().unwrap_or(Path::new("")).display()),
        };
        eprintln!(
            "teacher {name}, {} cached logits, temperature {}, weight {}",
            known.len(),
            args.distill_temperature,
            args.distill_weight
        );
        Ok(Some(Self { model, known, cache, temperature: args.distill_temperature, weight: args.distill_weight }))
    }

    /// The teacher's logits for every text, running it only on texts not seen before.
    pub fn logits(&mut self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let mut missing: Vec<&str> = texts.iter().copied().filter(|t| !self.known.contains_key(&key(t))).collect();
        missing.sort_unstable();
        missing.dedup();
        let Some(model) = &self.model else {
            if let Some(text) = missing.first() {
                bail!(
                    "{} training texts have no logits in the teacher cache (first: {:?}); score \
                     `train --dump-texts` with the same seed, epochs and augmentation",
                    missing.len(),
                    text.chars().take(80).collect::<String>()
                );
            }
            return Ok(texts.iter().map(|t| self.known[&key(t)].clone()).collect());
        };
        for (text, logits) in missing.iter().zip(model.text_logits(&missing)?) {
            if let Some(cache) = &mut self.cache {
                writeln!(cache, "{}", serde_json::json!({"h": format!("{:032x}", key(text)), "logits": logits}))?;
            }
            self.known.insert(key(text), logits);
        }
        if let Some(cache) = &mut self.cache {
            cache.flush()?;
        }
        Ok(texts.iter().map(|t| self.known[&key(t)].clone()).collect())
    }
}

fn read_cache(path: &Path, labels: usize) -> Result<HashMap<u128, Vec<f32>>> {
    let file = std::fs::File::open(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut out = HashMap::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = || format!("{}:{}: not a teacher-cache line", path.display(), n + 1);
        let entry: serde_json::Value = serde_json::from_str(&line).with_context(bad)?;
        let hash = entry["h"].as_str().and_then(|h| u128::from_str_radix(h, 16).ok()).with_context(bad)?;
        let logits: Vec<f32> = serde_json::from_value(entry["logits"].clone()).with_context(bad)?;
        if logits.len() != labels {
            bail!("{}:{}: {} logits, the router has {labels} labels", path.display(), n + 1, logits.len());
        }
        out.insert(hash, logits);
    }
    Ok(out)
}

/// Soft-target cross-entropy, `T^2 * mean over rows of -sum softmax(t/T) * log_softmax(s/T)`:
/// the KL divergence to the teacher up to a constant, scaled by T^2 so its gradients keep the
/// hard loss's size at any temperature.
pub fn soft_loss(student: Tensor<2>, teacher: &[Vec<f32>], temperature: f32, device: &Device) -> Tensor<1> {
    let [rows, labels] = student.dims();
    let mut targets = Vec::with_capacity(rows * labels);
    for logits in teacher {
        let max = logits.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
        let exps: Vec<f32> = logits.iter().map(|l| ((l - max) / temperature).exp()).collect();
        let total: f32 = exps.iter().sum();
        targets.extend(exps.iter().map(|e| e / total));
    }
    let targets = Tensor::<2>::from_data(TensorData::new(targets, [rows, labels]), device);
    let log_p = log_softmax(student / temperature, 1);
    (targets * log_p).sum_dim(1).mean().neg() * (temperature * temperature)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_loss_is_smallest_when_the_student_matches_the_teacher() {
        let device = Device::flex();
        let teacher = vec![vec![2.0, -1.0], vec![-0.5, 0.5]];
        let loss = |s: [f32; 4]| -> f32 {
            let student = Tensor::<2>::from_data(TensorData::new(s.to_vec(), [2, 2]), &device);
            soft_loss(student, &teacher, 2.0, &device).into_scalar()
        };
        let matched = loss([2.0, -1.0, -0.5, 0.5]);
        assert!(matched < loss([1.0, 0.0, -0.5, 0.5]));
        assert!(matched < loss([2.0, -1.0, 0.5, -0.5]));
        // The minimum is the teacher's entropy at T = 2, times T^2.
        let entropy = |a: f32, b: f32| {
            let (pa, pb) = (1.0 / (1.0 + ((b - a) / 2.0).exp()), 1.0 / (1.0 + ((a - b) / 2.0).exp()));
            -(pa * pa.ln() + pb * pb.ln())
        };
        let expected = 4.0 * (entropy(2.0, -1.0) + entropy(-0.5, 0.5)) / 2.0;
        assert!((matched - expected).abs() < 1e-4, "{matched} vs {expected}");
    }

    #[test]
    fn cache_lines_round_trip_and_bad_lines_are_named() {
        let dir = std::env::temp_dir().join(format!("qg-distill-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("cache.jsonl");
        let h = format!("{:032x}", key("tl;dr this"));
        std::fs::write(&path, format!("{{\"h\": \"{h}\", \"logits\": [1.5, -2.0]}}\n\n")).unwrap();
        assert_eq!(read_cache(&path, 2).unwrap()[&key("tl;dr this")], vec![1.5, -2.0]);
        assert!(read_cache(&path, 3).unwrap_err().to_string().contains("cache.jsonl:1: 2 logits"));
        std::fs::write(&path, "{\"h\": 5}\n").unwrap();
        assert!(read_cache(&path, 2).unwrap_err().to_string().contains("cache.jsonl:1: not a teacher-cache line"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
