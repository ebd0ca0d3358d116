//! The BERT-style encoder families we load and what differs between them: tensor names, the
//! classification head and how positions are numbered. They share one computation (post-LayerNorm
//! layers, absolute learned positions, biased linears), which both engines implement once.

use anyhow::{bail, Result};
pub use query_gateway_kernels::HeadActivation;

use super::weights::WeightFile;

/// Which Hugging Face architecture a directory holds, from `config.json`'s `model_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `BertForSequenceClassification`: token-type embeddings, tanh pooler on [CLS].
    Bert,
    /// `DistilBertForSequenceClassification`: no token types, ReLU pre-classifier on [CLS].
    DistilBert,
    /// `RobertaForSequenceClassification`: positions numbered from `pad_token_id + 1`, one token
    /// type, a tanh `classifier.dense` then `classifier.out_proj` on `<s>`.
    Roberta,
    /// `XLMRobertaForSequenceClassification`: RoBERTa's layout with a multilingual vocabulary.
    XlmRoberta,
}

/// The sub-layers of one encoder layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerPart {
    Query,
    Key,
    Value,
    AttnOut,
    AttnNorm,
    Up,
    Down,
    OutNorm,
}

/// One family's tensor-name table and head.
struct Spec {
    name: &'static str,
    architecture: &'static str,
    /// The task model's prefix of the encoder tensors (a bare base encoder has none).
    prefix: &'static str,
    /// Layer `i` lives under `{prefix}{layers}.{i}.`.
    layers: &'static str,
    /// Sub-layer names in [`LayerPart`] order.
    parts: [&'static str; 8],
    /// The head's first (hidden -> hidden) and second (hidden -> labels) linear layers.
    head: (&'static str, &'static str),
    head_activation: HeadActivation,
}

const BERT_PARTS: [&str; 8] = [
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "attention.output.LayerNorm",
    "intermediate.dense",
    "output.dense",
    "output.LayerNorm",
];

const BERT: Spec = Spec {
    name: "bert",
    architecture: "BertForSequenceClassification",
    prefix: "bert.",
    layers: "encoder.layer",
    parts: BERT_PARTS,
    head: ("bert.pooler.dense", "classifier"),
    head_activation: HeadActivation::Tanh,
};

const DISTILBERT: Spec = Spec {
    name: "distilbert",
    architecture: "DistilBertForSequenceClassification",
    prefix: "distilbert.",
    layers: "transformer.layer",
    parts: [
        "attention.q_lin",
        "attention.k_lin",
        "attention.v_lin",
        "attention.out_lin",
        "sa_layer_norm",
        "ffn.lin1",
        "ffn.lin2",
        "output_layer_norm",
    ],
    head: ("pre_classifier", "classifier"),
    head_activation: HeadActivation::Relu,
};

const ROBERTA: Spec = Spec {
    name: "roberta",
    architecture: "RobertaForSequenceClassification",
    prefix: "roberta.",
    layers: "encoder.layer",
    parts: BERT_PARTS,
    head: ("classifier.dense", "classifier.out_proj"),
    head_activation: HeadActivation::Tanh,
};

const XLM_ROBERTA: Spec = Spec { name: "xlm-roberta", architecture: "XLMRobertaForSequenceClassification", ..ROBERTA };

impl Family {
    pub const ALL: [Family; 4] = [Family::Bert, Family::DistilBert, Family::Roberta, Family::XlmRoberta];

    pub fn from_model_type(model_type: &str) -> Result<Self> {
        match Self::ALL.into_iter().find(|f| f.name() == model_type) {
            Some(family) => Ok(family),
            None => {
                let supported: Vec<&str> = Self::ALL.iter().map(|f| f.name()).collect();
                bail!("model_type {model_type:?} is not supported (supported: {})", supported.join(", "))
            }
        }
    }

    fn spec(self) -> &'static Spec {
        match self {
            Family::Bert => &BERT,
            Family::DistilBert => &DISTILBERT,
            Family::Roberta => &ROBERTA,
            Family::XlmRoberta => &XLM_ROBERTA,
        }
    }

    /// `config.json`'s `model_type`.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The `architectures` entry of a sequence classifier of this family.
    pub fn architecture(self) -> &'static str {
        self.spec().architecture
    }

    /// Where `file` keeps the encoder tensors: under the task model's prefix, or bare (a base
    /// encoder).
    pub fn prefix(self, file: &WeightFile) -> Option<&'static str> {
        [self.spec().prefix, ""].into_iter().find(|p| file.contains(&format!("{p}embeddings.word_embeddings.weight")))
    }

    /// Prefix under which a trained classifier of this family is saved.
    pub fn task_prefix(self) -> &'static str {
        self.spec().prefix
    }

    /// One encoder sub-layer's name (without `.weight` / `.bias`).
    pub fn layer_name(self, prefix: &str, i: usize, part: LayerPart) -> String {
        let spec = self.spec();
        format!("{prefix}{}.{i}.{}", spec.layers, spec.parts[part as usize])
    }

    /// The head's (hidden -> hidden, hidden -> labels) linear layers.
    pub fn head_names(self) -> (&'static str, &'static str) {
        self.spec().head
    }

    pub fn head_activation(self) -> HeadActivation {
        self.spec().head_activation
    }

    /// Rows of the position table before the first token's: RoBERTa numbers positions from
    /// `padding_idx + 1` (`pad_token_id`), BERT and DistilBERT from 0.
    pub fn position_offset(self, pad_token_id: usize) -> usize {
        match self {
            Family::Bert | Family::DistilBert => 0,
            Family::Roberta | Family::XlmRoberta => pad_token_id + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_types_list_the_supported() {
        for f in Family::ALL {
            assert_eq!(Family::from_model_type(f.name()).unwrap(), f);
        }
        let err = Family::from_model_type("modernbert").unwrap_err().to_string();
        assert!(err.contains("\"modernbert\"") && err.contains("bert, distilbert, roberta, xlm-roberta"), "{err}");
    }

    #[test]
    fn tensor_names_follow_each_family() {
        assert_eq!(
            Family::Bert.layer_name("bert.", 3, LayerPart::AttnNorm),
            "bert.encoder.layer.3.attention.output.LayerNorm"
        );
        assert_eq!(Family::DistilBert.layer_name("", 0, LayerPart::Up), "transformer.layer.0.ffn.lin1");
        assert_eq!(
            Family::XlmRoberta.layer_name("roberta.", 1, LayerPart::Query),
            "roberta.encoder.layer.1.attention.self.query"
        );
        assert_eq!(Family::Roberta.head_names(), ("classifier.dense", "classifier.out_proj"));
        assert_eq!(Family::Roberta.position_offset(1), 2);
        assert_eq!(Family::Bert.position_offset(0), 0);
    }
}
