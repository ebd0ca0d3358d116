//! Checkpoint averaging: the element-wise mean of routers fine-tuned from the same base encoder
//! (a "model soup", Wortsman et al., 2022). Runs of different seeds or augmentations make
//! different mistakes; their mean often keeps the strengths of both at one model's serving cost.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use crate::model::config::CALIBRATION_KEY;
use crate::model::weights::{write_safetensors, NamedTensors, SaveDtype, WeightFile};
use crate::model::ModelFiles;

#[derive(Debug, Clone, clap::Args)]
pub struct AverageArgs {
    /// Router directories (HF layout) fine-tuned from the same base: same tensors, shapes and tokenizer.
    #[arg(required = true, num_args = 2..)]
    pub inputs: Vec<PathBuf>,
    /// Output directory (HF layout).
    #[arg(long)]
    pub out: PathBuf,
    /// Weight precision of the saved model.
    #[arg(long, value_enum, default_value_t = SaveDtype::F16)]
    pub dtype: SaveDtype,
}

/// config.json without the calibration, which belongs to one set of weights.
fn uncalibrated_config(files: &ModelFiles) -> Result<Value> {
    let text = std::fs::read_to_string(&files.config)?;
    let mut json: Value =
        serde_json::from_str(&text).with_context(|| format!("{}: not valid JSON", files.config.display()))?;
    if let Some(obj) = json.as_object_mut() {
        obj.remove(CALIBRATION_KEY);
    }
    Ok(json)
}

pub fn run(args: &AverageArgs) -> Result<()> {
    let files = args.inputs.iter().map(|dir| ModelFiles::locate(dir)).collect::<Result<Vec<_>>>()?;
    let config = uncalibrated_config(&files[0])?;
    let tokenizer = std::fs::read(&files[0].tokenizer)?;
    for f in &files[1..] {
        if uncalibrated_config(f)? != config {
            bail!("{}: config differs from {}", f.config.display(), files[0].config.display());
        }
        if std::fs::read(&f.tokenizer)? != tokenizer {
            bail!("{}: tokenizer differs from {}", f.tokenizer.display(), files[0].tokenizer.display());
        }
    }
    let bytes = files.iter().map(|f| std::fs::read(&f.weights)).collect::<std::io::Result<Vec<_>>>()?;
    let weights =
        files.iter().zip(&bytes).map(|(f, b)| WeightFile::parse(&f.weights, b)).collect::<Result<Vec<_>>>()?;
    let shapes = weights[0].shapes();
    let mut mean = NamedTensors::new();
    for (name, shape) in &shapes {
        let mut sum = vec![0f32; shape.iter().product()];
        for w in &weights {
            // `read` checks the name and shape in every file.
            sum.iter_mut().zip(w.read(name, shape)?).for_each(|(s, v)| *s += v);
        }
        let n = weights.len() as f32;
        mean.insert(name.clone(), (shape.clone(), sum.into_iter().map(|s| s / n).collect()));
    }
    for (w, f) in weights.iter().zip(&files).skip(1) {
        if w.shapes().len() != shapes.len() {
            bail!("{}: {} tensors, {} in the first model", f.weights.display(), w.shapes().len(), shapes.len());
        }
    }
    std::fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    std::fs::write(args.out.join("config.json"), serde_json::to_string_pretty(&config)? + "\n")?;
    std::fs::write(args.out.join("tokenizer.json"), &tokenizer)?;
    write_safetensors(&args.out.join("model.safetensors"), &mean, args.dtype)?;
    // Each input's own training log, so the output says how every part was trained.
    let parts: Vec<Value> = args
        .inputs
        .iter()
        .map(|dir| {
            let log = std::fs::read_to_string(dir.join("training_log.json")).ok();
            serde_json::json!({"path": dir, "training_log": log.and_then(|l| serde_json::from_str::<Value>(&l).ok())})
        })
        .collect();
    let log = serde_json::json!({ "averaged": parts });
    std::fs::write(args.out.join("training_log.json"), serde_json::to_string_pretty(&log)? + "\n")?;
    eprintln!("wrote the mean of {} models ({} tensors) to {}", files.len(), shapes.len(), args.out.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
    }

    #[test]
    fn the_mean_of_one_model_twice_is_that_model_and_families_must_match() {
        let out = std::env::temp_dir().join(format!("qg-average-{}", std::process::id()));
        let bert = fixture("tiny-bert");
        run(&AverageArgs { inputs: vec![bert.clone(), bert.clone()], out: out.clone(), dtype: SaveDtype::F32 })
            .unwrap();
        let (a, b) = (
            std::fs::read(bert.join("model.safetensors")).unwrap(),
            std::fs::read(out.join("model.safetensors")).unwrap(),
        );
        let (a, b) = (WeightFile::parse(&bert, &a).unwrap(), WeightFile::parse(&out, &b).unwrap());
        assert_eq!(a.shapes(), b.shapes());
        for (name, shape) in a.shapes() {
            assert_eq!(a.read(&name, &shape).unwrap(), b.read(&name, &shape).unwrap(), "{name}");
        }
        let err = run(&AverageArgs {
            inputs: vec![bert, fixture("tiny-distilbert")],
            out: out.clone(),
            dtype: SaveDtype::F32,
        })
        .unwrap_err();
        assert!(err.to_string().contains("config differs"), "{err}");
        std::fs::remove_dir_all(&out).unwrap();
    }
}
