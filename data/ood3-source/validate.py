import json, collections
rows = [json.loads(l) for l in open("ood_queries_3.jsonl", encoding="utf-8")]
keys = {"text", "label", "category", "lang", "ask_position", "long"}
cat_label = {"summarization": 0, "classification": 0, "creative_writing": 1, "open_qa": 1, "general_qa": 1}
for r in rows:
    assert set(r) == keys, r
    assert r["label"] in (0, 1) and cat_label[r["category"]] == r["label"], r
    assert r["lang"] in {"en", "es", "de", "fr", "pt"} and r["ask_position"] in {"none", "before", "after"}
    assert isinstance(r["long"], bool) and r["long"] == (len(r["text"].split()) > 110)
texts = [r["text"] for r in rows]
assert len(set(texts)) == len(texts), "duplicate texts"
C = collections.Counter
print("total", len(rows))
print("label", dict(C(r["label"] for r in rows)))
print("category", dict(C(r["category"] for r in rows)))
print("lang", dict(C(r["lang"] for r in rows)))
print("lang x label", dict(C((r["lang"], r["label"]) for r in rows)))
print("ask_position", dict(C(r["ask_position"] for r in rows)))
print("ask_position x label", dict(C((r["ask_position"], r["label"]) for r in rows)))
print("long", dict(C(r["long"] for r in rows)))
print("long x label", dict(C((r["long"], r["label"]) for r in rows)))
print("long x ask_position", dict(C((r["ask_position"]) for r in rows if r["long"])))
lw = [len(r["text"].split()) for r in rows if r["long"]]
print("long word counts min/median/max", min(lw), sorted(lw)[len(lw)//2], max(lw))
