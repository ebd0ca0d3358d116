#!/usr/bin/env python3
"""Builds the request corpus from the writers' hand-written items.

    python3 data/corpus/src/build.py pack OUT_FILE WRITER...   # unlabelled {id, text} of those writers' items
    python3 data/corpus/src/build.py build            # data/corpus/<writer>.jsonl + stats.json
    python3 data/corpus/src/build.py draft OUT_DIR    # the same into OUT_DIR, unread items kept (trial runs only)

`src/<writer>_partNN.py` hold the items, each written whole by its writer (ITEMS: tuples of label,
kind, lang, ask, material, pair, text). `readings/*.jsonl` hold a second reader's label for each id,
given without seeing the writer's. `build` checks every item, drops exact duplicates, items whose two
labels disagree and items no reader labelled (all counted in stats.json), fixes each item's split
from a hash of its contrast pair (or its text), so a pair never straddles splits, and writes one JSONL
per writer.
"""
import ast
import collections
import glob
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
KINDS = {"classification": 0, "summarization": 0, "creative_writing": 1, "open_qa": 1, "general_qa": 1}
ASKS = {"none", "before", "after", "inline"}


def items(strict=True):
    """(id, writer, tuple) for every item of every part file, in file order; not `strict`: a file
    that does not parse yet (still being written) is left out, with a warning."""
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "*_part*.py"))):
        m = re.match(r"(.+)_part(\d+)\.py$", os.path.basename(path))
        writer, part = m.group(1), int(m.group(2))
        src = open(path, encoding="utf-8").read()
        try:
            value = ast.literal_eval(src.split("=", 1)[1])
        except SyntaxError:
            if strict:
                raise
            print(f"left out (does not parse yet): {path}", file=sys.stderr)
            continue
        for n, item in enumerate(value):
            out.append((f"{writer}-{part:02d}-{n:03d}", writer, item))
    return out


def check(item_id, item):
    if len(item) != 7:
        return f"{item_id}: {len(item)} fields, not 7"
    label, kind, lang, ask, material, pair, text = item
    if kind not in KINDS or KINDS[kind] != label:
        return f"{item_id}: kind {kind!r} with label {label!r}"
    if ask not in ASKS:
        return f"{item_id}: ask {ask!r}"
    if not isinstance(text, str) or not text.strip() or not isinstance(lang, str) or not lang:
        return f"{item_id}: empty text or lang"
    return None


def split_of(item):
    key = item[5] or item[6].strip()
    bucket = int(hashlib.sha256(key.encode()).hexdigest(), 16) % 20
    return "test" if bucket < 2 else "validation" if bucket < 4 else "train"


def pack(out_file, writers):
    """The writers' items without their labels, shuffled: what a blind reader gets."""
    rows = [{"id": i, "text": it[6].strip()} for i, w, it in items(strict=False) if w in writers]
    random.Random(7).shuffle(rows)
    with open(out_file, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} items of {writers} in {out_file}")


def build(out_dir=CORPUS, keep_unread=False):
    readings = {}
    for path in sorted(glob.glob(os.path.join(CORPUS, "readings", "*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                readings[row["id"]] = (int(row["label"]), os.path.basename(path)[: -len(".jsonl")])
    stats = collections.Counter()
    per_writer = collections.defaultdict(list)
    seen = set()
    errors = []
    disagreements = collections.Counter()
    for item_id, writer, item in items(strict=not keep_unread):
        stats["written"] += 1
        err = check(item_id, item)
        if err:
            errors.append(err)
            continue
        label, kind, lang, ask, material, pair, text = item
        text = text.strip()
        if text in seen:
            stats["duplicates"] += 1
            continue
        seen.add(text)
        if item_id not in readings and not keep_unread:
            stats["unread"] += 1
            continue
        read, reader = readings.get(item_id, (label, "unread"))
        stats["read"] += 1
        if read != label:
            stats["disagreed"] += 1
            disagreements[f"{writer} {kind}"] += 1
            continue
        per_writer[writer].append({"id": item_id, "text": text, "label": label, "kind": kind, "lang": lang,
                                   "writer": writer, "reader": reader, "ask_position": ask,
                                   "material": material, "pair": pair, "words": len(text.split()),
                                   "split": split_of(item)})
    if errors:
        sys.exit("bad items:\n" + "\n".join(errors[:50]))
    # A pair that lost one of its items is no longer a pair.
    kept = collections.Counter(r["pair"] for rows in per_writer.values() for r in rows if r["pair"])
    for rows in per_writer.values():
        for r in rows:
            if r["pair"] and kept[r["pair"]] != 2:
                r["pair"] = None
    os.makedirs(out_dir, exist_ok=True)
    for path in glob.glob(os.path.join(out_dir, "*.jsonl")):
        os.remove(path)
    rows = []
    for writer, wrows in sorted(per_writer.items()):
        with open(os.path.join(out_dir, f"{writer}.jsonl"), "w", encoding="utf-8") as f:
            for r in wrows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        rows.extend(wrows)
    count = lambda key: dict(sorted(collections.Counter(str(r[key]) for r in rows).items()))
    words = sorted(r["words"] for r in rows)
    summary = {
        "written": stats["written"], "duplicates": stats["duplicates"], "unread": stats["unread"],
        "read": stats["read"], "disagreed": stats["disagreed"],
        "agreement": round(1 - stats["disagreed"] / max(stats["read"], 1), 4),
        "disagreements_by_writer_kind": dict(sorted(disagreements.items())),
        "kept": len(rows), "label": count("label"), "kind": count("kind"), "lang": count("lang"),
        "writer": count("writer"), "split": count("split"), "ask_position": count("ask_position"),
        "material": count("material"),
        "pairs": sum(1 for r in rows if r["pair"]) // 2,
        "words": {"min": words[0], "median": words[len(words) // 2], "max": words[-1],
                  "over_400": sum(w > 400 for w in words), "under_20": sum(w < 20 for w in words)} if words else {},
    }
    with open(os.path.join(out_dir, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(json.dumps(summary, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1:2] == ["pack"]:
        pack(sys.argv[2], set(sys.argv[3:]))
    elif sys.argv[1:2] == ["build"]:
        build()
    elif sys.argv[1:2] == ["draft"]:
        build(sys.argv[2], keep_unread=True)
    else:
        sys.exit(__doc__)
