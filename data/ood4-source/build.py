#!/usr/bin/env python3
"""Serializes OOD set 4's hand-written items (ood4_partNN.py here) to data/ood_queries_4.jsonl.

No generation: it only loads, checks, drops exact duplicates, shuffles with a fixed seed and writes.
A second reader's labels (readings.jsonl: {"id": "ood4-NNN" by item order, "label"}, given without
seeing the writer's; -1: unclear) drop disagreements.
    python3 data/ood4-source/build.py
"""
import ast
import collections
import glob
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"summarization": 0, "classification": 0, "creative_writing": 1, "open_qa": 1, "general_qa": 1}


def items():
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "ood4_part*.py"))):
        out.extend(ast.literal_eval(open(path, encoding="utf-8").read().split("=", 1)[1]))
    return out


def main():
    readings_path = os.path.join(HERE, "readings.jsonl")
    readings = {}
    if os.path.exists(readings_path):
        for line in open(readings_path, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                readings[int(r["id"].removeprefix("ood4-"))] = int(r["label"])
    rows, seen, dropped = [], set(), collections.Counter()
    for n, (label, kind, lang, ask, material, text) in enumerate(items()):
        assert KINDS[kind] == label, (n, kind, label)
        assert ask in {"none", "before", "after", "inline"}, (n, ask)
        text = text.strip()
        if text in seen:
            dropped["duplicate"] += 1
            continue
        seen.add(text)
        if readings and n not in readings:
            dropped["unread"] += 1
            continue
        if readings and readings[n] != label:
            dropped["disagreed"] += 1
            continue
        rows.append({"text": text, "label": label, "category": kind, "lang": lang, "ask_position": ask,
                     "long": len(text.split()) > 110})
    random.Random(4).shuffle(rows)
    with open(os.path.join(os.path.dirname(HERE), "ood_queries_4.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = collections.Counter
    print(json.dumps({"kept": len(rows), "dropped": dict(dropped), "label": dict(c(r["label"] for r in rows)),
                      "category": dict(c(r["category"] for r in rows)), "lang": dict(c(r["lang"] for r in rows)),
                      "ask_position": dict(c(r["ask_position"] for r in rows)),
                      "long": sum(r["long"] for r in rows)}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
