#!/usr/bin/env python3
"""The router's word-piece vocabulary against each language of a labelled set: the share of
[UNK] tokens and the word pieces per word, per `lang`.

    python3 scripts/unk_rate.py models/router/tokenizer.json data/corpus data/ood_queries_4.jsonl

Needs the `tokenizers` package (pip install tokenizers; a training-time tool, not on the serving path).
A high [UNK] share means the model never sees most of a text's content in that script: it can read only
the ask's Latin-script words, numbers and punctuation, whatever it was trained on.
"""
import collections
import glob
import json
import os
import sys

from tokenizers import Tokenizer


def rows(path):
    files = sorted(glob.glob(os.path.join(path, "*.jsonl"))) if os.path.isdir(path) else [path]
    for f in files:
        for line in open(f, encoding="utf-8"):
            if line.strip():
                yield json.loads(line)


def main():
    tok = Tokenizer.from_file(sys.argv[1])
    # The router's tokenizer file pads and cuts to its window: count every piece of the whole text.
    tok.no_padding()
    tok.no_truncation()
    unk = tok.token_to_id("[UNK]")
    stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # texts, tokens, unk, words
    for path in sys.argv[2:]:
        for r in rows(path):
            ids = tok.encode(r["text"], add_special_tokens=False).ids
            s = stats[r.get("lang", "?")]
            s[0] += 1
            s[1] += len(ids)
            s[2] += sum(i == unk for i in ids)
            s[3] += max(len(r["text"].split()), 1)
    print("| lang | texts | tokens | [UNK] share | pieces per whitespace word |\n|---|---|---|---|---|")
    for lang, (n, t, u, w) in sorted(stats.items(), key=lambda kv: -kv[1][2] / max(kv[1][1], 1)):
        print(f"| {lang} | {n} | {t} | {100 * u / max(t, 1):.1f} % | {t / w:.2f} |")


if __name__ == "__main__":
    main()
