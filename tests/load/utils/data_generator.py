"""Real user queries for the load tests, drawn from the repo's data/dolly_router.jsonl.

Two kinds of query:
- common: a fixed, small list, the same in every process and run, so repeats of it hit the cache;
- unique: every record's text once, in a per-process random order; once they are used up the texts
  come round again with a suffix that makes each one new (and different from other processes' and
  earlier runs'), so they stay cache misses however long a test runs. LOAD_ALWAYS_SUFFIX=1 adds the
  suffix from the first round on: run_tests.sh sets it after its first scenario, whose plain texts
  are still in the gateway's cache.
"""

from __future__ import annotations

import functools
import json
import os
import random
from pathlib import Path

# tests/load/utils/data_generator.py -> the repo root is three folders up.
REPO_ROOT = Path(__file__).resolve().parents[3]
DATA_FILE = Path(os.environ.get("LOAD_DATA_FILE", REPO_ROOT / "data" / "dolly_router.jsonl"))

# A few texts (mostly summarization contexts) run to 10k-20k+ characters; they are sent whole,
# as users send them (the gateway accepts MAX_TEXT_CHARS, default 100,000, and reads a long
# text's head and tail). LOAD_MAX_TEXT_CHARS cuts them for a gateway run with a lower limit,
# leaving room for the uniqueness suffix added to repeated texts.
MAX_TEXT_CHARS = int(os.environ.get("LOAD_MAX_TEXT_CHARS", "99000"))
COMMON_QUERY_COUNT = 20
COMMON_SEED = 20240121  # fixed: every process must pick the same common queries
ALWAYS_SUFFIX = os.environ.get("LOAD_ALWAYS_SUFFIX", "0") == "1"


def record_text(record: dict, with_context: bool) -> str:
    """The query a user would send for a record: the instruction, optionally with its context."""
    text = record["instruction"].strip()
    context = record.get("context", "").strip()
    if with_context and context:
        text = f"{text}\n\nContext: {context}"
    return text[:MAX_TEXT_CHARS]


@functools.lru_cache(maxsize=1)
def load_records() -> tuple[dict, ...]:
    if not DATA_FILE.is_file():
        raise FileNotFoundError(f"{DATA_FILE} not found: run from a checkout that has data/, "
                                "or point LOAD_DATA_FILE at the JSONL file")
    with DATA_FILE.open(encoding="utf-8") as f:
        return tuple(json.loads(line) for line in f if line.strip())


@functools.lru_cache(maxsize=1)
def common_queries() -> tuple[str, ...]:
    """A fixed set of short questions, with a few context-carrying ones among them."""
    records = load_records()
    short = [r for r in records if not r["context"] and len(r["instruction"]) <= 200]
    with_context = [r for r in records if r["context"]]
    rng = random.Random(COMMON_SEED)
    picked = rng.sample(short, COMMON_QUERY_COUNT - 4) + rng.sample(with_context, 4)
    return tuple(record_text(r, with_context=True) for r in picked)


@functools.lru_cache(maxsize=1)
def unique_pool() -> tuple[str, ...]:
    """Every distinct query text in the data set (instructions, and instruction + context where
    there is one), minus the common ones."""
    texts: dict[str, None] = {}  # a dict keeps first-seen order and drops duplicates
    for r in load_records():
        texts[record_text(r, with_context=False)] = None
        if r["context"]:
            texts[record_text(r, with_context=True)] = None
    for text in common_queries():
        texts.pop(text, None)
    return tuple(texts)


class QueryGenerator:
    """Hands out queries. Locust users are greenlets in one thread, so one shared instance is safe."""

    def __init__(self, seed: int | None = None) -> None:
        self._rng = random.Random(seed)
        self._common = common_queries()
        self._pool = list(unique_pool())
        self._rng.shuffle(self._pool)
        self._next = 0
        self._round = 1 if ALWAYS_SUFFIX else 0
        # Tells this process's suffixed texts apart from other processes' and earlier runs'.
        # (Random(None) seeds itself from os.urandom.)
        self._tag = f"{self._rng.getrandbits(32):08x}"

    def common(self) -> str:
        return self._rng.choice(self._common)

    def unique(self) -> str:
        if self._next == len(self._pool):
            self._next = 0
            self._round += 1
        text = self._pool[self._next]
        self._next += 1
        # Round 0 sends the real text; later rounds must still miss the cache, so they add a
        # marker the classifier can ignore.
        return text if self._round == 0 else f"{text} (ref {self._tag}-{self._round})"

    def unique_batch(self, size: int) -> list[str]:
        return [self.unique() for _ in range(size)]


@functools.lru_cache(maxsize=1)
def shared_generator() -> QueryGenerator:
    """The process-wide generator, so unique queries stay unique across all users of a process."""
    return QueryGenerator()
