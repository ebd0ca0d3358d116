#!/usr/bin/env python3
"""Build data/dolly_router.jsonl from the official databricks-dolly-15k release.

Keeps the five categories the router learns (classification, summarization -> 0;
creative_writing, open_qa, general_qa -> 1) and assigns a fixed, seeded, stratified
80/10/10 train/validation/test split by original record index, so every run and
every comparison uses the same test set. Standard library only.

usage: scripts/prepare_data.py path/to/databricks-dolly-15k.jsonl
"""
import hashlib
import json
import random
import sys
from pathlib import Path

EXPECTED_SHA256 = "2df9083338b4abd6bceb5635764dab5d833b393b55759dffb0959b6fcbf794ec"
LABELS = {"classification": 0, "summarization": 0, "creative_writing": 1, "open_qa": 1, "general_qa": 1}
SEED = 42


def main() -> None:
    src = Path(sys.argv[1])
    raw = src.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != EXPECTED_SHA256:
        sys.exit(f"{src}: sha256 {digest} is not the official release ({EXPECTED_SHA256})")
    records = []
    for index, line in enumerate(raw.decode("utf-8").splitlines()):
        rec = json.loads(line)
        if rec["category"] in LABELS:
            records.append({"index": index, "category": rec["category"], "label": LABELS[rec["category"]],
                            "instruction": rec["instruction"], "context": rec["context"]})
    # Stratify by category (finer than label) so every split keeps each category's share.
    rng = random.Random(SEED)
    by_cat: dict[str, list[dict]] = {}
    for rec in records:
        by_cat.setdefault(rec["category"], []).append(rec)
    for cat in sorted(by_cat):
        group = by_cat[cat]
        rng.shuffle(group)
        n_test = round(len(group) * 0.1)
        n_val = round(len(group) * 0.1)
        for i, rec in enumerate(group):
            rec["split"] = "test" if i < n_test else "validation" if i < n_test + n_val else "train"
    out = Path(__file__).resolve().parent.parent / "data" / "dolly_router.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for rec in sorted(records, key=lambda r: r["index"]):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for rec in records:
        counts[rec["split"]] = counts.get(rec["split"], 0) + 1
    print(f"wrote {len(records)} records to {out}: {counts}")


if __name__ == "__main__":
    main()
