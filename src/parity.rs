//! Checks a backend against the committed PyTorch references (tests/fixtures/reference.json, made
//! by scripts/make_fixtures.py): token ids must match exactly, and logits, of the whole batch and
//! of each text run alone, within a tolerance. Used by the parity tests
//! and by `query-gateway selftest` to validate a device (e.g. a new GPU driver).

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use crate::model::engine::Precision;
use crate::model::{softmax_prediction, Classifier, SelectedDevice, Window};

#[derive(Debug, Clone)]
pub struct ParityReport {
    pub model: String,
    pub texts: usize,
    pub max_abs_diff: f32,
    /// What the model ran in (ModernBERT stays f32 when f16 is asked for).
    pub precision: Precision,
}

pub fn load_reference(fixtures: &Path) -> Result<Value> {
    let path = fixtures.join("reference.json");
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{}: not valid JSON", path.display()))
}

/// Compares the model in `dir` with the reference logits stored under `reference_name`.
pub fn check_model(
    dir: &Path,
    reference_name: &str,
    reference: &Value,
    device: SelectedDevice,
) -> Result<ParityReport> {
    let max_length = reference["max_length"].as_u64().context("reference max_length")? as usize;
    let head = reference["head_tokens"].as_u64().context("reference head_tokens")? as usize;
    let classifier = Classifier::load(dir, device, Window::new(max_length, Some(head))?)?;
    let texts: Vec<&str> =
        reference["texts"].as_array().context("reference texts")?.iter().filter_map(Value::as_str).collect();
    let expected = &reference["models"][reference_name];
    let seqs = texts.iter().map(|t| classifier.encode(t)).collect::<Result<Vec<_>>>()?;
    for (i, seq) in seqs.iter().enumerate() {
        let want: Vec<u32> = expected["ids"][i]
            .as_array()
            .context("reference ids")?
            .iter()
            .filter_map(|v| v.as_u64().map(|v| v as u32))
            .collect();
        if seq != &want {
            bail!("token ids differ for text {i} {:?}: got {seq:?}, want {want:?}", texts[i]);
        }
    }
    let refs: Vec<&[u32]> = seqs.iter().map(Vec::as_slice).collect();
    let logits = classifier.logits(&refs)?;
    let mut max_abs_diff = 0.0f32;
    for (i, row) in logits.iter().enumerate() {
        for (j, got) in row.iter().enumerate() {
            let want = expected["logits"][i][j].as_f64().context("reference logits")? as f32;
            max_abs_diff = max_abs_diff.max((got - want).abs());
        }
    }
    // A text's answer must not depend on the batch it runs in (padding, packing, bucketing): alone it
    // gets its batch row's class and logits (within the tolerance `max_abs_diff` is held to).
    for (i, (seq, row)) in refs.iter().zip(&logits).enumerate() {
        let alone = &classifier.logits(&[seq])?[0];
        if softmax_prediction(alone, 1.0).class != softmax_prediction(row, 1.0).class {
            bail!(
                "text {i}: alone it gets class {}, in the batch {}",
                softmax_prediction(alone, 1.0).class,
                softmax_prediction(row, 1.0).class
            );
        }
        max_abs_diff = alone.iter().zip(row).fold(max_abs_diff, |m, (a, b)| m.max((a - b).abs()));
    }
    let precision = classifier.info().precision;
    Ok(ParityReport { model: reference_name.to_string(), texts: texts.len(), max_abs_diff, precision })
}

/// Every fixture model in `fixtures`, on `device`.
pub fn check_fixtures(fixtures: &Path, device: &SelectedDevice) -> Result<Vec<ParityReport>> {
    let reference = load_reference(fixtures)?;
    let models = reference["models"].as_object().context("reference models")?;
    models.keys().map(|name| check_model(&fixtures.join(name), name, &reference, device.clone())).collect()
}
