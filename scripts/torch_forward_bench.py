#!/usr/bin/env python3
"""PyTorch reference for the model-forward benchmark: the same model directory, the same
~20-token Dolly queries, the same batch sizes, fp32 on CUDA (or CPU), timed like
`query-gateway bench-forward`. Used by scripts/gpu-check.sh to put burn's numbers next to
PyTorch's on the same card. Needs torch, transformers, tokenizers.

usage: scripts/torch_forward_bench.py MODEL_DIR [--batches 1,8,32] [--seconds 3] [--device cuda]
"""
import argparse
import json
import time
from pathlib import Path

import torch
from tokenizers import Tokenizer
from transformers import AutoModelForSequenceClassification

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--batches", default="1,8,32")
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    args = ap.parse_args()
    batches = [int(b) for b in args.batches.split(",")]

    tok = Tokenizer.from_file(str(Path(args.model) / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(128)
    queries = []
    for line in (ROOT / "data" / "dolly_router.jsonl").read_text().splitlines():
        ids = tok.encode(json.loads(line)["instruction"]).ids
        if 18 <= len(ids) <= 22:
            queries.append(ids)
        if len(queries) == max(batches):
            break
    model = AutoModelForSequenceClassification.from_pretrained(args.model, torch_dtype=torch.float32)
    model = model.to(args.device).eval()
    name = torch.cuda.get_device_name() if args.device == "cuda" else "cpu"
    print(f"forward of {Path(args.model).name} in PyTorch {torch.__version__} on {name}, fp32, ~20-token queries\n")
    print("| batch | sequences/s | ms per batch |\n|---|---|---|")
    for batch in batches:
        rows = queries[:batch]
        seq = max(len(r) for r in rows)
        ids = torch.tensor([r + [0] * (seq - len(r)) for r in rows], device=args.device)
        mask = torch.tensor([[1] * len(r) + [0] * (seq - len(r)) for r in rows], device=args.device)
        with torch.inference_mode():
            # Each timed call ends with the logits on the host, as the gateway's does.
            def call():
                return model(input_ids=ids, attention_mask=mask).logits.cpu()
            for _ in range(3):
                call()
            calls, start = 0, time.perf_counter()
            while calls < 5 or time.perf_counter() - start < args.seconds:
                call()
                calls += 1
            per_call = (time.perf_counter() - start) / calls
        print(f"| {batch} | {batch / per_call:.0f} | {per_call * 1e3:.2f} |")


if __name__ == "__main__":
    main()
