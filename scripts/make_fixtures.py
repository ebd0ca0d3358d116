#!/usr/bin/env python3
"""Build the parity fixtures in tests/fixtures/: tiny randomly initialised sequence classifiers in
Hugging Face format (a 2-layer BERT and a 2-layer DistilBERT sharing one small WordPiece
tokenizer; a 2-layer RoBERTa and XLM-RoBERTa sharing one small byte-level BPE tokenizer with
RoBERTa's special tokens, pad id 1; two 3-layer ModernBERTs on the WordPiece tokenizer, one with
mean pooling and no biases, one with [CLS] pooling, biases and the tanh GELU) and
PyTorch/transformers reference ids and logits for a dozen texts.

The Rust tests load these directories exactly as a user's MODEL_PATH and must reproduce the
logits (|diff| < 1e-4 on CPU, < 1e-3 on wgpu). Needs: torch, transformers, tokenizers.
usage: python3 scripts/make_fixtures.py [--only NAME,...]   (--only: rebuild those, keep the rest)
       python3 scripts/make_fixtures.py --references-only  (new ids and logits from the committed models)

A text longer than MAX_LENGTH keeps its first HEAD_TOKENS and its last tokens, as the gateway's
window does (src/model/tokenize.rs): the two long texts check that cut on every engine.

The WordPiece trainer orders equal-count tokens differently from run to run, so a full rebuild
renumbers the WordPiece vocabularies (consistent with the new reference ids, but a diff on every
BERT-tokenizer fixture); weights are reproducible (seeded). Add new fixtures with --only.
"""
import argparse
import json
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
from transformers import (AutoModelForSequenceClassification, BertConfig, BertForSequenceClassification, DistilBertConfig,
                          DistilBertForSequenceClassification, ModernBertConfig,
                          ModernBertForSequenceClassification, PreTrainedTokenizerFast, RobertaConfig,
                          RobertaForSequenceClassification, XLMRobertaConfig,
                          XLMRobertaForSequenceClassification)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures"
MAX_LENGTH = 16
HEAD_TOKENS = 8
LABELS = {0: "fast_path", 1: "slow_path"}
TEXTS = [
    "Classify these animals as mammals or birds: cat, eagle, whale",
    "Summarize the following passage in two sentences.",
    "Write a short poem about the sea",
    "Why is the sky blue?",
    "a",
    "",
    "   lots    of\t\twhitespace \n\n between   words   ",
    "Ünïcödé façade naïve café — «quotes» and 日本語のテキスト",
    "emoji 🚀🔥 are fun 👍🏽 right?",
    "control\u0000chars\u0007and\u001b[31m escapes",
    "This is a very long query that goes well beyond the maximum length of sixteen tokens "
    "so the tokenizer must truncate it before the model ever sees the tail of the sentence.",
    "Summarize: " + "the quick brown fox jumps over the lazy dog " * 20,
]


def build_tokenizer() -> Tokenizer:
    lines = [json.loads(l) for l in (ROOT / "data" / "dolly_router.jsonl").read_text().splitlines()[:3000]]
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(vocab_size=800, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
    tok.train_from_iterator((r["instruction"] for r in lines), trainer)
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", cls), ("[SEP]", sep)])
    # Ship the same fixed padding/truncation as all-MiniLM-L6-v2, which the runtime must override.
    tok.enable_padding(pad_id=0, pad_token="[PAD]", length=128)
    tok.enable_truncation(max_length=128)
    return tok


def build_bpe_tokenizer() -> Tokenizer:
    """RoBERTa's layout: byte-level BPE, <s> text </s>, pad id 1 (positions start after it)."""
    lines = [json.loads(l) for l in (ROOT / "data" / "dolly_router.jsonl").read_text().splitlines()[:3000]]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=800, special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator((r["instruction"] for r in lines), trainer)
    tok.post_processor = processors.RobertaProcessing(("</s>", 2), ("<s>", 0), trim_offsets=True,
                                                      add_prefix_space=False)
    tok.enable_padding(pad_id=1, pad_token="<pad>", length=128)
    tok.enable_truncation(max_length=128)
    return tok


WORDPIECE_SPECIALS = dict(pad_token="[PAD]", unk_token="[UNK]", cls_token="[CLS]", sep_token="[SEP]")
BPE_SPECIALS = dict(pad_token="<pad>", unk_token="<unk>", cls_token="<s>", sep_token="</s>", bos_token="<s>",
                    eos_token="</s>")


def head_and_tail(ids: list) -> list:
    return ids if len(ids) <= MAX_LENGTH else ids[:HEAD_TOKENS] + ids[len(ids) - (MAX_LENGTH - HEAD_TOKENS):]


def reference(model, tok_file: Path, specials: dict) -> dict:
    """The texts' ids, cut to the window, and the model's logits for them in one padded batch."""
    fast = PreTrainedTokenizerFast(tokenizer_file=str(tok_file), **specials)
    ids = [head_and_tail(row) for row in fast(TEXTS, padding=False, truncation=False)["input_ids"]]
    longest = max(map(len, ids))
    input_ids = torch.tensor([row + [fast.pad_token_id] * (longest - len(row)) for row in ids])
    mask = torch.tensor([[1] * len(row) + [0] * (longest - len(row)) for row in ids])
    model.eval()
    with torch.no_grad():
        logits = model(input_ids=input_ids, attention_mask=mask).logits
    return {"ids": ids, "logits": logits.tolist()}


def save(model, tok_file: Path, name: str, specials: dict) -> dict:
    out = OUT / name
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out, safe_serialization=True)
    (out / "tokenizer.json").write_text(tok_file.read_text())
    return reference(model, tok_file, specials)


def perturb(model) -> None:
    """Random init leaves LayerNorms at identity and biases at zero; perturb them so the test
    covers every parameter's placement."""
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.05)


def save_group(models: dict, tok: Tokenizer, specials: dict, wanted, out: dict) -> None:
    """Perturbs every model of one tokenizer (all of them, so the RNG stream does not depend on
    --only), then saves the wanted ones with that tokenizer and their reference logits."""
    tok_file = OUT / "tokenizer.json.tmp"
    tok.save(str(tok_file))
    for model in models.values():
        perturb(model)
    for name, model in models.items():
        if wanted is None or name in wanted:
            out[name] = save(model, tok_file, name, specials)
    tok_file.unlink()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="comma-separated fixture names to rebuild; the others are kept")
    parser.add_argument("--references-only", action="store_true",
                        help="recompute every fixture's ids and logits from its committed directory")
    args = parser.parse_args()
    if args.references_only:
        write_reference({name: reference(AutoModelForSequenceClassification.from_pretrained(OUT / name),
                                         OUT / name / "tokenizer.json",
                                         BPE_SPECIALS if "roberta" in name else WORDPIECE_SPECIALS)
                         for name in json.loads((OUT / "reference.json").read_text())["models"]})
        return
    only = args.only
    wanted = set(only.split(",")) if only else None
    torch.manual_seed(0)
    OUT.mkdir(parents=True, exist_ok=True)
    models_out = {}

    tok = build_tokenizer()
    vocab = tok.get_vocab_size()
    common = dict(vocab_size=vocab, max_position_embeddings=64, id2label=LABELS,
                  label2id={v: k for k, v in LABELS.items()})
    bert = BertForSequenceClassification(BertConfig(
        hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=64,
        hidden_act="gelu", type_vocab_size=2, **common))
    distil = DistilBertForSequenceClassification(DistilBertConfig(
        dim=32, n_layers=2, n_heads=4, hidden_dim=64, activation="gelu", **common))
    save_group({"tiny-bert": bert, "tiny-distilbert": distil}, tok, WORDPIECE_SPECIALS, wanted, models_out)

    # Seeded on their own, so adding them left the BERT fixtures unchanged.
    torch.manual_seed(1)
    bpe = build_bpe_tokenizer()
    # 64 usable positions after RoBERTa's offset of pad_token_id + 1 = 2.
    roberta_common = dict(vocab_size=bpe.get_vocab_size(), max_position_embeddings=66, type_vocab_size=1,
                          pad_token_id=1, bos_token_id=0, eos_token_id=2, layer_norm_eps=1e-5, hidden_size=32,
                          num_hidden_layers=2, num_attention_heads=4, intermediate_size=64, id2label=LABELS,
                          label2id={v: k for k, v in LABELS.items()})
    roberta = RobertaForSequenceClassification(RobertaConfig(hidden_act="gelu", **roberta_common))
    # XLM-R with the tanh GELU, so that activation is covered too.
    xlmr = XLMRobertaForSequenceClassification(XLMRobertaConfig(hidden_act="gelu_new", **roberta_common))
    save_group({"tiny-roberta": roberta, "tiny-xlm-roberta": xlmr}, bpe, BPE_SPECIALS, wanted, models_out)

    # ModernBERT, seeded on its own too. Layer 0 attends globally, layers 1-2 within a window of
    # |i - j| <= local_attention / 2 = 4 tokens, which the 16-token texts exceed.
    torch.manual_seed(2)
    tok = build_tokenizer()
    modern_common = dict(vocab_size=tok.get_vocab_size(), hidden_size=32, num_hidden_layers=3,
                         num_attention_heads=4, intermediate_size=48, max_position_embeddings=64,
                         global_attn_every_n_layers=3, local_attention=8, pad_token_id=0, cls_token_id=2,
                         sep_token_id=3, bos_token_id=2, eos_token_id=3, id2label=LABELS,
                         label2id={v: k for k, v in LABELS.items()})
    modern_mean = ModernBertForSequenceClassification(ModernBertConfig(
        hidden_activation="gelu", classifier_pooling="mean", **modern_common))
    modern_cls = ModernBertForSequenceClassification(ModernBertConfig(
        hidden_activation="gelu_pytorch_tanh", classifier_pooling="cls", attention_bias=True, mlp_bias=True,
        norm_bias=True, classifier_bias=True, global_rope_theta=1000.0, local_rope_theta=100.0,
        **modern_common))
    save_group({"tiny-modernbert": modern_mean, "tiny-modernbert-cls": modern_cls}, tok, WORDPIECE_SPECIALS, wanted,
               models_out)

    ref_path = OUT / "reference.json"
    kept = json.loads(ref_path.read_text())["models"] if wanted is not None and ref_path.exists() else {}
    write_reference({**kept, **models_out})
    print(f"wrote {sorted(models_out)} to {OUT}")


def write_reference(models: dict) -> None:
    reference = {"max_length": MAX_LENGTH, "head_tokens": HEAD_TOKENS, "texts": TEXTS, "models": models}
    (OUT / "reference.json").write_text(json.dumps(reference, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
