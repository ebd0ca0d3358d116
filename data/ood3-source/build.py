"""Serialize the hand-written items to JSONL. No generation: only loads, checks, shuffles, writes."""
import json, random, collections, importlib
rows = []
for mod in ["items_a_l0_long", "items_b_l1_long", "items_c_l0_short", "items_d_l1_short"]:
    for label, cat, lang, pos, text in importlib.import_module(mod).ITEMS:
        text = text.strip()
        rows.append({"text": text, "label": label, "category": cat, "lang": lang,
                     "ask_position": pos, "long": len(text.split()) > 110, "_src": mod})
random.Random(3).shuffle(rows)
with open("ood_queries_3.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        r = {k: v for k, v in r.items() if k != "_src"}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# report mismatches: items in *_long files that are not long, and vice versa
for r in rows:
    islongfile = r["_src"].endswith("_long")
    if islongfile != r["long"]:
        print("LONG MISMATCH", r["_src"], len(r["text"].split()), repr(r["text"][:60]))
print(len(rows))
