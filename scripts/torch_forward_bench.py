#!/usr/bin/env python3
"""PyTorch reference for the model-forward benchmark: the same model directory, the same queries,
the same batch sizes, on CUDA or on the CPU, timed like `query-gateway bench-forward`, so
the gateway's engines can be compared with PyTorch in one run (scripts/bench_cpu.sh on the CPU,
scripts/gpu-check.sh on a GPU). Needs torch, transformers, tokenizers.

usage: scripts/torch_forward_bench.py MODEL_DIR [--batches 1,8,32] [--seconds 3] [--device cpu]
           [--threads 2] [--queries FILE --mix twenty,mixed] [--precision fp32|bf16|int8]

--precision: fp32 (default); bf16, the call under `torch.autocast(device, dtype=torch.bfloat16)`;
int8, the CPU model through `torch.ao.quantization.quantize_dynamic` (int8 Linear weights,
activations quantized per call).

Without --queries it picks the ~20-token Dolly instructions itself (the `twenty` mix). With the
JSON that `query-gateway bench-forward --save-queries FILE` writes, it runs exactly the gateway's
token ids: `twenty` (the same texts every call) and `mixed` (the load tests' questions and pasted
passages, a new window each call). PyTorch pads each batch to its longest text.
"""
import argparse
import json
import os
import time
from pathlib import Path

import torch
from transformers import AutoModelForSequenceClassification

ROOT = Path(__file__).resolve().parent.parent


def twenty_token_queries(model_dir: str, n: int) -> list[list[int]]:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(128)
    queries = []
    for line in (ROOT / "data" / "dolly_router.jsonl").read_text().splitlines():
        ids = tok.encode(json.loads(line)["instruction"]).ids
        if 18 <= len(ids) <= 22:
            queries.append(ids)
        if len(queries) == n:
            break
    return queries


def cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--batches", default="1,8,32")
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--threads", type=int, default=0, help="CPU threads (0: PyTorch's default)")
    ap.add_argument("--queries", help="token ids written by `query-gateway bench-forward --save-queries`")
    ap.add_argument("--mix", default="twenty", help="with --queries: twenty, mixed or both")
    ap.add_argument("--precision", choices=["fp32", "bf16", "int8"], default="fp32")
    args = ap.parse_args()
    batches = [int(b) for b in args.batches.split(",")]
    if args.threads:
        torch.set_num_threads(args.threads)
    if args.queries:
        saved = json.loads(Path(args.queries).read_text())
        pools = {mix: saved[mix] for mix in args.mix.split(",")}
    else:
        pools = {"twenty": twenty_token_queries(args.model, max(batches))}

    model = AutoModelForSequenceClassification.from_pretrained(args.model, torch_dtype=torch.float32)
    model = model.to(args.device).eval()
    if args.precision == "int8":
        model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    autocast = torch.autocast(args.device, dtype=torch.bfloat16, enabled=args.precision == "bf16")
    name = torch.cuda.get_device_name() if args.device == "cuda" else f"cpu, {torch.get_num_threads()} threads"
    print(f"forward of {Path(args.model).name} in PyTorch {torch.__version__} on {name}, {args.precision}\n")
    print("| queries | batch | sequences/s | real tokens/s | ms per batch | cores busy |\n|---|---|---|---|---|---|")
    for mix, pool in pools.items():
        for batch in batches:
            rows_of_call = []
            # `twenty`: the same first `batch` queries every call; `mixed`: successive windows.
            windows = 1 if mix == "twenty" else max(1, len(pool) // batch)
            for w in range(windows):
                rows = [pool[(w * batch + i) % len(pool)] for i in range(batch)]
                seq = max(len(r) for r in rows)
                ids = torch.tensor([r + [0] * (seq - len(r)) for r in rows], device=args.device)
                mask = torch.tensor([[1] * len(r) + [0] * (seq - len(r)) for r in rows], device=args.device)
                rows_of_call.append((ids, mask, sum(len(r) for r in rows)))
            with torch.inference_mode(), autocast:
                # Each timed call ends with the logits on the host, as the gateway's does.
                def call(i: int) -> int:
                    ids, mask, real = rows_of_call[i % len(rows_of_call)]
                    model(input_ids=ids, attention_mask=mask).logits.cpu()
                    return real

                for i in range(3):
                    call(i)
                calls, tokens, cpu0, start = 0, 0, cpu_seconds(), time.perf_counter()
                while calls < 5 or time.perf_counter() - start < args.seconds:
                    tokens += call(calls)
                    calls += 1
                wall = time.perf_counter() - start
                cores = (cpu_seconds() - cpu0) / wall
            print(f"| {mix} | {batch} | {batch * calls / wall:.0f} | {tokens / wall:.0f} | {wall * 1e3 / calls:.2f} | {cores:.2f} |")


if __name__ == "__main__":
    main()
