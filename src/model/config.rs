//! The Hugging Face `config.json` of a sequence classifier, read into one struct (ModernBERT's own
//! settings into [`ModernBertConfig`] within it).

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde_json::Value;

pub use super::family::Family;

/// Activation named by `hidden_act` / `activation` (ModernBERT: `hidden_activation`,
/// `classifier_activation`).
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
    /// 0 for DistilBERT and ModernBERT, which have no token-type embeddings.
    pub type_vocab_size: usize,
    pub layer_norm_eps: f64,
    pub activation: Activation,
    /// Class names in index order, from `id2label` (or `LABEL_i` when absent).
    pub labels: Vec<String>,
    /// ModernBERT's attention pattern, rotary bases and head; `None` for the BERT-style families.
    pub modernbert: Option<ModernBertConfig>,
    /// Softmax temperature fitted on held-out data (`calibration.temperature`, written by
    /// `eval --calibrate`); 1.0 for a directory without one. Changes confidences, never the class.
    pub temperature: f32,
    /// Reduced CPU precisions (`bf16`, `int8`) whose answers `eval --precision-gate` measured
    /// within the accuracy contract on every held-out set (`precision_contract.passed`); only
    /// these may be chosen by `CPU_PRECISION=auto`. Empty for a directory never gated.
    pub gated_precisions: Vec<String>,
}

/// The key `eval --calibrate` writes into config.json; other tools ignore unknown keys.
pub const CALIBRATION_KEY: &str = "calibration";
/// The key `eval --precision-gate` writes into config.json.
pub const PRECISION_CONTRACT_KEY: &str = "precision_contract";

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
            Family::ModernBert => (
                usize_field("hidden_size")?,
                usize_field("num_hidden_layers")?,
                usize_field("num_attention_heads")?,
                usize_field("intermediate_size")?,
                "hidden_activation",
                0,
                json.get("norm_eps").and_then(Value::as_f64).unwrap_or(1e-5),
            ),
        };
        if heads == 0 || hidden % heads != 0 {
            bail!("hidden size {hidden} is not divisible by {heads} attention heads");
        }
        if family == Family::ModernBert && !(hidden / heads).is_multiple_of(2) {
            bail!("head size {} is odd; rotary embeddings need an even one", hidden / heads);
        }
        let activation = activation_field(json, act_key)?;
        let max_position_embeddings = usize_field("max_position_embeddings")?;
        let pad_token_id = json.get("pad_token_id").and_then(Value::as_u64).unwrap_or(match family {
            Family::Roberta | Family::XlmRoberta => 1,
            Family::Bert | Family::DistilBert | Family::ModernBert => 0,
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
            modernbert: match family {
                Family::ModernBert => Some(ModernBertConfig::from_json(json, layers)?),
                Family::Bert | Family::DistilBert | Family::Roberta | Family::XlmRoberta => None,
            },
            labels: read_labels(json)?,
            temperature: read_temperature(json)?,
            gated_precisions: read_gated_precisions(json)?,
        })
    }
}

impl ModelConfig {
    /// The longest input in tokens the position table allows.
    pub fn max_tokens(&self) -> usize {
        self.max_position_embeddings - self.position_offset
    }
}

/// The activation named by `key` (gelu when absent).
fn activation_field(json: &Value, key: &str) -> Result<Activation> {
    Ok(match json.get(key).and_then(Value::as_str).unwrap_or("gelu") {
        "gelu" => Activation::Gelu,
        "gelu_new" | "gelu_pytorch_tanh" => Activation::GeluTanh,
        "relu" => Activation::Relu,
        other => bail!("{key} {other:?} is not supported (gelu, gelu_new, gelu_pytorch_tanh, relu)"),
    })
}

/// Which keys a ModernBERT layer attends to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attention {
    /// Every token of the text.
    Full,
    /// Keys within [`ModernBertConfig::half_window`] positions of the query.
    Sliding,
}

/// What `ModernBertForSequenceClassification` pools for its head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pooling {
    /// The first token.
    Cls,
    /// The mean over the text's tokens.
    Mean,
}

/// ModernBERT's settings beyond [`ModelConfig`]'s, with transformers' defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct ModernBertConfig {
    /// One per layer: `layer_types`, or from `global_attn_every_n_layers` (layer i is full when
    /// i % n == 0) in older configs.
    pub layers: Vec<Attention>,
    /// Sliding layers attend where |query - key| <= `local_attention / 2` (transformers'
    /// `sliding_window`).
    pub half_window: usize,
    /// Rotary base of the full and of the sliding layers.
    pub rope_theta: (f64, f64),
    pub pooling: Pooling,
    /// `classifier_activation`, between the head's dense layer and its LayerNorm.
    pub head_activation: Activation,
}

impl ModernBertConfig {
    fn from_json(json: &Value, num_layers: usize) -> Result<Self> {
        let layers = match json.get("layer_types").filter(|v| !v.is_null()) {
            Some(types) => {
                let types = types.as_array().context("layer_types is not a list")?;
                if types.len() != num_layers {
                    bail!("layer_types names {} layers, num_hidden_layers is {num_layers}", types.len());
                }
                types
                    .iter()
                    .map(|t| match t.as_str() {
                        Some("full_attention") => Ok(Attention::Full),
                        Some("sliding_attention") => Ok(Attention::Sliding),
                        _ => bail!("layer_types entry {t} is not \"full_attention\" or \"sliding_attention\""),
                    })
                    .collect::<Result<Vec<_>>>()?
            }
            None => {
                let every = json.get("global_attn_every_n_layers").map_or(Some(3), Value::as_u64);
                let every =
                    every.filter(|&n| n > 0).context("global_attn_every_n_layers must be a positive integer")?;
                (0..num_layers as u64)
                    .map(|i| if i % every == 0 { Attention::Full } else { Attention::Sliding })
                    .collect()
            }
        };
        let local_attention = json.get("local_attention").map_or(Some(128), Value::as_u64);
        let local_attention = local_attention.context("local_attention must be a non-negative integer")?;
        let rope_theta = (
            rope_theta(json, "full_attention", "global_rope_theta", 160_000.0)?,
            rope_theta(json, "sliding_attention", "local_rope_theta", 10_000.0)?,
        );
        let pooling = match json.get("classifier_pooling").and_then(Value::as_str).unwrap_or("cls") {
            "cls" => Pooling::Cls,
            "mean" => Pooling::Mean,
            other => bail!("classifier_pooling {other:?} is not supported (cls, mean)"),
        };
        Ok(Self {
            layers,
            half_window: local_attention as usize / 2,
            rope_theta,
            pooling,
            head_activation: activation_field(json, "classifier_activation")?,
        })
    }
}

/// The rotary base of `layer_type`: `rope_parameters[layer_type].rope_theta` (transformers 5), else
/// the older `legacy_key`, else transformers' default. Only the default (unscaled) rotary type is
/// implemented.
fn rope_theta(json: &Value, layer_type: &str, legacy_key: &str, default: f64) -> Result<f64> {
    if json.get("rope_scaling").is_some_and(|v| !v.is_null()) {
        bail!("rope_scaling is not supported (only the default rotary embedding is)");
    }
    let params = json.get("rope_parameters").and_then(|p| p.get(layer_type)).filter(|p| !p.is_null());
    if let Some(kind) = params.and_then(|p| p.get("rope_type")).and_then(Value::as_str) {
        if kind != "default" {
            bail!("rope_parameters.{layer_type}.rope_type {kind:?} is not supported (default)");
        }
    }
    let theta = params.and_then(|p| p.get("rope_theta")).or_else(|| json.get(legacy_key));
    match theta.map(Value::as_f64) {
        None => Ok(default),
        Some(Some(t)) if t.is_finite() && t > 0.0 => Ok(t),
        Some(_) => bail!("the rotary base of {layer_type} layers must be a positive number"),
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

fn read_gated_precisions(json: &Value) -> Result<Vec<String>> {
    let Some(passed) = json.get(PRECISION_CONTRACT_KEY).and_then(|c| c.get("passed")) else {
        return Ok(Vec::new());
    };
    let names = passed.as_array().map(|a| a.iter().map(|v| v.as_str().map(str::to_string)).collect::<Option<Vec<_>>>());
    match names.flatten() {
        Some(names) if names.iter().all(|n| n == "bf16" || n == "int8") => Ok(names),
        _ => bail!("{PRECISION_CONTRACT_KEY}.passed must be a list of \"bf16\" / \"int8\", got {passed}"),
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
        assert!(ModelConfig::from_json(&base).unwrap().gated_precisions.is_empty());
        with[PRECISION_CONTRACT_KEY] = json!({"passed": ["bf16"]});
        assert_eq!(ModelConfig::from_json(&with).unwrap().gated_precisions, ["bf16"]);
        with[PRECISION_CONTRACT_KEY] = json!({"passed": ["fp8"]});
        assert!(ModelConfig::from_json(&with).is_err());
        for bad in [json!(0.0), json!(-1.0), json!("hot"), json!(1e9)] {
            with[CALIBRATION_KEY] = json!({ "temperature": bad });
            let err = format!("{:#}", ModelConfig::from_json(&with).unwrap_err());
            assert!(err.contains("temperature"), "{err}");
        }
    }

    fn modernbert(extra: Value) -> Result<ModelConfig> {
        let mut json = json!({
            "model_type": "modernbert", "vocab_size": 100, "hidden_size": 32, "num_hidden_layers": 4,
            "num_attention_heads": 4, "intermediate_size": 48, "max_position_embeddings": 64
        });
        json.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        ModelConfig::from_json(&json)
    }

    #[test]
    fn reads_modernbert_in_both_config_formats() {
        use Attention::{Full, Sliding};
        let old = modernbert(json!({"global_attn_every_n_layers": 2, "local_attention": 9, "local_rope_theta": 500.0}))
            .unwrap();
        assert_eq!((old.max_tokens(), old.type_vocab_size, old.layer_norm_eps), (64, 0, 1e-5));
        let m = old.modernbert.unwrap();
        assert_eq!(
            (m.layers, m.half_window, m.rope_theta),
            (vec![Full, Sliding, Full, Sliding], 4, (160_000.0, 500.0))
        );
        assert_eq!((m.pooling, m.head_activation), (Pooling::Cls, Activation::Gelu));
        let new = modernbert(json!({
            "layer_types": ["full_attention", "sliding_attention", "sliding_attention", "full_attention"],
            "rope_parameters": {"full_attention": {"rope_type": "default", "rope_theta": 7.0},
                                "sliding_attention": {"rope_type": "default", "rope_theta": 3.0}},
            "classifier_pooling": "mean", "classifier_activation": "gelu_pytorch_tanh"
        }))
        .unwrap()
        .modernbert
        .unwrap();
        assert_eq!((new.layers, new.rope_theta), (vec![Full, Sliding, Sliding, Full], (7.0, 3.0)));
        assert_eq!((new.pooling, new.head_activation), (Pooling::Mean, Activation::GeluTanh));
    }

    #[test]
    fn rejects_bad_modernbert_settings() {
        for (extra, needle) in [
            (json!({"layer_types": ["full_attention"]}), "layer_types"),
            (json!({"layer_types": ["full_attention", "x", "full_attention", "full_attention"]}), "layer_types"),
            (json!({"global_attn_every_n_layers": 0}), "global_attn_every_n_layers"),
            (json!({"local_attention": -1}), "local_attention"),
            (json!({"classifier_pooling": "max"}), "classifier_pooling"),
            (json!({"hidden_size": 36, "num_attention_heads": 4}), "rotary embeddings need an even one"),
            (json!({"classifier_activation": "swish"}), "classifier_activation"),
            (json!({"rope_scaling": {"rope_type": "linear", "factor": 2.0}}), "rope_scaling"),
            (json!({"rope_parameters": {"full_attention": {"rope_type": "yarn"}}}), "rope_type"),
            (json!({"global_rope_theta": "big"}), "rotary base"),
        ] {
            let err = format!("{:#}", modernbert(extra).unwrap_err());
            assert!(err.contains(needle), "{err}");
        }
    }

    #[test]
    fn rejects_gaps_in_id2label() {
        let err = read_labels(&json!({"id2label": {"0": "a", "2": "b"}})).unwrap_err();
        assert!(err.to_string().contains("out of range"));
    }
}
