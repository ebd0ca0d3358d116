//! The encoder families we load. The BERT-style ones differ in tensor names, the classification
//! head and how positions are numbered ([`BertLayout`]); they share one computation (post-LayerNorm
//! layers, absolute learned positions, biased linears), which both engines implement once.
//! ModernBERT computes differently and has its own modules (`engine/native/modernbert.rs` on the
//! native engine, `engine/burn_engine/modernbert.rs` on burn).

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
    /// `ModernBertForSequenceClassification`: pre-LayerNorm layers, rotary positions, GeGLU,
    /// full and sliding-window attention.
    ModernBert,
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

/// One BERT-style family's tensor-name table and head.
#[derive(Debug)]
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
    pub const ALL: [Family; 5] =
        [Family::Bert, Family::DistilBert, Family::Roberta, Family::XlmRoberta, Family::ModernBert];

    pub fn from_model_type(model_type: &str) -> Result<Self> {
        match Self::ALL.into_iter().find(|f| f.name() == model_type) {
            Some(family) => Ok(family),
            None => {
                let supported: Vec<&str> = Self::ALL.iter().map(|f| f.name()).collect();
                bail!("model_type {model_type:?} is not supported (supported: {})", supported.join(", "))
            }
        }
    }

    /// The BERT-style layout, or `None` for ModernBERT.
    pub fn bert_layout(self) -> Option<BertLayout> {
        match self {
            Family::Bert => Some(BertLayout(&BERT)),
            Family::DistilBert => Some(BertLayout(&DISTILBERT)),
            Family::Roberta => Some(BertLayout(&ROBERTA)),
            Family::XlmRoberta => Some(BertLayout(&XLM_ROBERTA)),
            Family::ModernBert => None,
        }
    }

    /// `config.json`'s `model_type`.
    pub fn name(self) -> &'static str {
        self.bert_layout().map_or("modernbert", |l| l.0.name)
    }

    /// The `architectures` entry of a sequence classifier of this family.
    pub fn architecture(self) -> &'static str {
        self.bert_layout().map_or("ModernBertForSequenceClassification", |l| l.0.architecture)
    }

    /// Rows of the position table before the first token's: RoBERTa numbers positions from
    /// `padding_idx + 1` (`pad_token_id`), BERT and DistilBERT from 0; ModernBERT has no table
    /// (rotary positions from 0).
    pub fn position_offset(self, pad_token_id: usize) -> usize {
        match self {
            Family::Bert | Family::DistilBert | Family::ModernBert => 0,
            Family::Roberta | Family::XlmRoberta => pad_token_id + 1,
        }
    }
}

/// Tensor names and head of a BERT-style family (the post-LayerNorm computation).
#[derive(Debug, Clone, Copy)]
pub struct BertLayout(&'static Spec);

impl BertLayout {
    /// Where `file` keeps the encoder tensors: under the task model's prefix, or bare (a base
    /// encoder).
    pub fn prefix(self, file: &WeightFile) -> Option<&'static str> {
        [self.0.prefix, ""].into_iter().find(|p| file.contains(&format!("{p}embeddings.word_embeddings.weight")))
    }

    /// Prefix under which a trained classifier of this family is saved.
    pub fn task_prefix(self) -> &'static str {
        self.0.prefix
    }

    /// One encoder sub-layer's name (without `.weight` / `.bias`).
    pub fn layer_name(self, prefix: &str, i: usize, part: LayerPart) -> String {
        format!("{prefix}{}.{i}.{}", self.0.layers, self.0.parts[part as usize])
    }

    /// The head's (hidden -> hidden, hidden -> labels) linear layers.
    pub fn head_names(self) -> (&'static str, &'static str) {
        self.0.head
    }

    pub fn head_activation(self) -> HeadActivation {
        self.0.head_activation
    }
}

/// ModernBERT's tensor names, shared by its native engine and its burn module.
pub mod modernbert_names {
    pub const EMBEDDINGS: &str = "model.embeddings.tok_embeddings.weight";
    pub const EMBED_NORM: &str = "model.embeddings.norm";
    pub const FINAL_NORM: &str = "model.final_norm";
    pub const HEAD_DENSE: &str = "head.dense";
    pub const HEAD_NORM: &str = "head.norm";
    pub const CLASSIFIER: &str = "classifier";

    /// One layer's tensors (without `.weight` / `.bias`).
    pub struct Layer {
        /// Absent in layer 0, whose input is the embeddings' LayerNorm output.
        pub attn_norm: Option<String>,
        pub qkv: String,
        pub attn_out: String,
        pub mlp_norm: String,
        pub wi: String,
        pub wo: String,
    }

    pub fn layer(i: usize) -> Layer {
        let n = |part: &str| format!("model.layers.{i}.{part}");
        Layer {
            attn_norm: (i > 0).then(|| n("attn_norm")),
            qkv: n("attn.Wqkv"),
            attn_out: n("attn.Wo"),
            mlp_norm: n("mlp_norm"),
            wi: n("mlp.Wi"),
            wo: n("mlp.Wo"),
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
        let err = Family::from_model_type("gpt2").unwrap_err().to_string();
        assert!(
            err.contains("\"gpt2\"") && err.contains("bert, distilbert, roberta, xlm-roberta, modernbert"),
            "{err}"
        );
    }

    #[test]
    fn tensor_names_follow_each_family() {
        let layout = |f: Family| f.bert_layout().unwrap();
        assert!(Family::ModernBert.bert_layout().is_none());
        assert_eq!(
            layout(Family::Bert).layer_name("bert.", 3, LayerPart::AttnNorm),
            "bert.encoder.layer.3.attention.output.LayerNorm"
        );
        assert_eq!(layout(Family::DistilBert).layer_name("", 0, LayerPart::Up), "transformer.layer.0.ffn.lin1");
        assert_eq!(
            layout(Family::XlmRoberta).layer_name("roberta.", 1, LayerPart::Query),
            "roberta.encoder.layer.1.attention.self.query"
        );
        assert_eq!(layout(Family::Roberta).head_names(), ("classifier.dense", "classifier.out_proj"));
        assert_eq!(Family::Roberta.position_offset(1), 2);
        assert_eq!(Family::Bert.position_offset(0), 0);
    }
}
