#!/usr/bin/env bash
# Accuracy against speed for router directories, measured in one run on this machine:
#     bash scripts/router_frontier.sh models/router work-cache/teacher-l6 ...
# For each directory: the test split (both protocols) and every out-of-distribution set, argmax
# and final answer after confidence routing, then the CPU forward at batch 1 and 32 on ~20-token
# queries, the directories alternated twice so the shared machine's drift hits each alike.
# Prints the CPU model and flags first; writes the full eval reports to $OUT (default
# target/frontier). Needs a release build (cargo build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/query-gateway}
OUT=${OUT:-target/frontier}
[ $# -gt 0 ] || { echo "usage: $0 MODEL_DIR..." >&2; exit 2; }
mkdir -p "$OUT"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, flags:" \
  "$(grep -m1 '^flags' /proc/cpuinfo | grep -o -w -E 'avx2|fma|avx512f|avx512_vnni|amx_tile' | xargs)"
for dir in "$@"; do
  name=$(echo "$dir" | tr '/' '_')
  for set in test data/ood_queries*.jsonl data/corpus; do
    if [ "$set" = test ]; then args=(); else args=(--jsonl "$set"); fi
    MODEL_PATH=$dir "$BIN" eval "${args[@]}" 2>/dev/null >"$OUT/$name-$(basename "$set" .jsonl).md"
  done
  echo "## $dir"
  grep -h -E '^### |^final answer' "$OUT/$name"-*.md | sed -E 's/, [0-9.]+ s \([0-9]+ texts\/s\)//'
done
for round in 1 2; do
  for dir in "$@"; do
    echo "## forward, round $round: $dir"
    MODEL_PATH=$dir "$BIN" bench-forward --batches 1,32 --mix twenty --seconds 3 2>/dev/null | grep -E '^\|'
  done
done
