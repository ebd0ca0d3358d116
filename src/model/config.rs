//! The Hugging Face `config.json` of a BERT-family sequence classifier, read into one struct.

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde_json::Value;

pub use super::family::Family;

/// Feed-forward activation named by `hidden_act` / `activation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    /// Exact erf GELU (`gelu`).
    Gelu,
    /// Tanh approximation (`gelu_new`, `gelu_pytorch_tanh`).
    GeluTanh,
    Relu,
}

/// Encoder shape and label set, normalised across the families' naming.
#[derive(Debug, Clone)]
pub struct ModelConfig {
    pub family: Family,
    pub vocab_size: usize,
    pub hidden_size: usize,
    pub num_layers: usize,
    pub num_heads: usize,
    pub intermediate_size: usize,
    pub max_position_embeddings: usize,
    /// Rows of the position table before the first token's (RoBERTa: `pad_token_id + 1`).
    pub position_offset: usize,
    /// 0 for DistilBERT, which has no token-type embeddings.
    pub type_vocab_size: usize,
    pub layer_norm_eps: f64,
    pub activation: Activation,
    /// Class names in index order, from `id2label` (or `LABEL_i` when absent).
    pub labels: Vec<String>,
    /// Softmax temperature fitted on held-out data (`calibration.temperature`, written by
    /// `eval --calibrate`); 1.0 for a directory without one. Changes confidences, never the class.
    pub temperature: f32,
}

/// The key `eval --calibrate` writes into config.json; other tools ignore unknown keys.
pub const CALIBRATION_KEY: &str = "calibration";

impl ModelConfig {
    /// Parses the contents of `path` (named in errors).
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Self> {
        let json: Value =
            serde_json::from_slice(bytes).with_context(|| format!("{}: not valid JSON", path.display()))?;
        Self::from_json(&json).with_context(|| format!("{}: unusable model config", path.display()))
    }

    pub fn from_json(json: &Value) -> Result<Self> {
        let family = Family::from_model_type(json.get("model_type").and_then(Value::as_str).unwrap_or(""))?;
        let usize_field = |name: &str| -> Result<usize> {
            json.get(name)
                .and_then(Value::as_u64)
                .map(|v| v as usize)
                .with_context(|| format!("missing or non-integer field {name:?}"))
        };
        let (hidden, layers, heads, inter, act_key, type_vocab, eps) = match family {
            Family::Bert | Family::Roberta | Family::XlmRoberta => (
                usize_field("hidden_size")?,
                usize_field("num_hidden_layers")?,
                usize_field("num_attention_heads")?,
                usize_field("intermediate_size")?,
                "hidden_act",
                usize_field("type_vocab_size").unwrap_or(2),
                json.get("layer_norm_eps").and_then(Value::as_f64).unwrap_or(1e-12),
            ),
            // DistilBERT hard-codes its LayerNorm epsilon.
            Family::DistilBert => (
                usize_field("dim")?,
                usize_field("n_layers")?,
                usize_field("n_heads")?,
                usize_field("hidden_dim")?,
                "activation",
                0,
                1e-12,
            ),
        };
        if heads == 0 || hidden % heads != 0 {
            bail!("hidden size {hidden} is not divisible by {heads} attention heads");
        }
        let activation = match json.get(act_key).and_then(Value::as_str).unwrap_or("gelu") {
            "gelu" => Activation::Gelu,
            "gelu_new" | "gelu_pytorch_tanh" => Activation::GeluTanh,
            "relu" => Activation::Relu,
            other => bail!("activation {other:?} is not supported (gelu, gelu_new, relu)"),
        };
        let max_position_embeddings = usize_field("max_position_embeddings")?;
        let pad_token_id = json.get("pad_token_id").and_then(Value::as_u64).unwrap_or(match family {
            Family::Roberta | Family::XlmRoberta => 1,
            Family::Bert | Family::DistilBert => 0,
        }) as usize;
        let position_offset = family.position_offset(pad_token_id);
        if position_offset >= max_position_embeddings {
            bail!("pad_token_id {pad_token_id} leaves no positions in a table of {max_position_embeddings}");
        }
        Ok(Self {
            family,
            vocab_size: usize_field("vocab_size")?,
            hidden_size: hidden,
            num_layers: layers,
            num_heads: heads,
            intermediate_size: inter,
            max_position_embeddings,
            position_offset,
            type_vocab_size: type_vocab,
            layer_norm_eps: eps,
            activation,
            labels: read_labels(json)?,
            temperature: read_temperature(json)?,
        })
    }
}

impl ModelConfig {
    /// The longest input in tokens the position table allows.
    pub fn max_tokens(&self) -> usize {
        self.max_position_embeddings - self.position_offset
    }
}

fn read_temperature(json: &Value) -> Result<f32> {
    let Some(value) = json.get(CALIBRATION_KEY).and_then(|c| c.get("temperature")) else {
        return Ok(1.0);
    };
    match value.as_f64() {
        Some(t) if t.is_finite() && (0.01..=100.0).contains(&t) => Ok(t as f32),
        _ => bail!("{CALIBRATION_KEY}.temperature must be a number in 0.01..=100, got {value}"),
    }
}

/// `id2label` keys are stringified indices; they must cover 0..n without gaps.
fn read_labels(json: &Value) -> Result<Vec<String>> {
    let Some(map) = json.get("id2label").and_then(Value::as_object) else {
        let n = json.get("num_labels").and_then(Value::as_u64).unwrap_or(2) as usize;
        return Ok((0..n).map(|i| format!("LABEL_{i}")).collect());
    };
    let mut labels = vec![None; map.len()];
    for (key, value) in map {
        let index: usize = key.parse().with_context(|| format!("id2label key {key:?} is not an index"))?;
        let slot = labels
            .get_mut(index)
            .with_context(|| format!("id2label index {index} is out of range 0..{}", map.len()))?;
        *slot = Some(value.as_str().with_context(|| format!("id2label[{key}] is not a string"))?.to_string());
    }
    let labels: Vec<String> = labels.into_iter().flatten().collect();
    if labels.len() < 2 {
        bail!("id2label must name at least two classes");
    }
    Ok(labels)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_bert_and_labels() {
        let cfg = ModelConfig::from_json(&json!({
            "model_type": "bert", "vocab_size": 100, "hidden_size": 32, "num_hidden_layers": 2,
            "num_attention_heads": 4, "intermediate_size": 64, "max_position_embeddings": 64,
            "hidden_act": "gelu", "id2label": {"1": "slow_path", "0": "fast_path"}
        }))
        .unwrap();
        assert_eq!(cfg.family, Family::Bert);
        assert_eq!(cfg.type_vocab_size, 2);
        assert_eq!(cfg.labels, vec!["fast_path", "slow_path"]);
    }

    #[test]
    fn reads_distilbert_names() {
        let cfg = ModelConfig::from_json(&json!({
            "model_type": "distilbert", "vocab_size": 100, "dim": 32, "n_layers": 2, "n_heads": 4,
            "hidden_dim": 64, "max_position_embeddings": 64, "activation": "gelu"
        }))
        .unwrap();
        assert_eq!(cfg.family, Family::DistilBert);
        assert_eq!(cfg.type_vocab_size, 0);
        assert_eq!(cfg.labels, vec!["LABEL_0", "LABEL_1"]);
    }

    #[test]
    fn reads_roberta_positions_after_the_padding_index() {
        let cfg = ModelConfig::from_json(&json!({
            "model_type": "xlm-roberta", "vocab_size": 100, "hidden_size": 32, "num_hidden_layers": 2,
            "num_attention_heads": 4, "intermediate_size": 64, "max_position_embeddings": 66,
            "type_vocab_size": 1, "pad_token_id": 1, "layer_norm_eps": 1e-5
        }))
        .unwrap();
        assert_eq!(cfg.family, Family::XlmRoberta);
        assert_eq!((cfg.position_offset, cfg.max_tokens(), cfg.type_vocab_size), (2, 64, 1));
    }

    #[test]
    fn rejects_unknown_type_and_bad_heads() {
        assert!(ModelConfig::from_json(&json!({"model_type": "gpt2"})).is_err());
        let err = ModelConfig::from_json(&json!({
            "model_type": "bert", "vocab_size": 100, "hidden_size": 30, "num_hidden_layers": 2,
            "num_attention_heads": 4, "intermediate_size": 64, "max_position_embeddings": 64
        }))
        .unwrap_err();
        assert!(err.to_string().contains("divisible"));
    }

    #[test]
    fn temperature_is_optional_and_checked() {
        let base = json!({
            "model_type": "bert", "vocab_size": 100, "hidden_size": 32, "num_hidden_layers": 2,
            "num_attention_heads": 4, "intermediate_size": 64, "max_position_embeddings": 64
        });
        assert_eq!(ModelConfig::from_json(&base).unwrap().temperature, 1.0);
        let mut with = base.clone();
        with[CALIBRATION_KEY] = json!({"temperature": 1.5});
        assert_eq!(ModelConfig::from_json(&with).unwrap().temperature, 1.5);
        for bad in [json!(0.0), json!(-1.0), json!("hot"), json!(1e9)] {
            with[CALIBRATION_KEY] = json!({ "temperature": bad });
            let err = format!("{:#}", ModelConfig::from_json(&with).unwrap_err());
            assert!(err.contains("temperature"), "{err}");
        }
    }

    #[test]
    fn rejects_gaps_in_id2label() {
        let err = read_labels(&json!({"id2label": {"0": "a", "2": "b"}})).unwrap_err();
        assert!(err.to_string().contains("out of range"));
    }
}
