#!/usr/bin/env bash
# The CPU forward benchmark with its reference beside it: the gateway's native engine, burn's flex
# backend and PyTorch fp32 (same model directory, same token ids, same thread count), alternated
# in one run so that machine noise hits every side alike.
#
#   bash scripts/bench_cpu.sh [MODEL_DIR]
# env: BATCHES (1,8,32), SECONDS_PER_ROW (3), ROUNDS (2), THREADS (nproc), PYTHON (a python with
# torch + transformers; default target/torch-venv/bin/python, created from PyPI when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-models/router}
batches=${BATCHES:-1,8,32}
secs=${SECONDS_PER_ROW:-3}
rounds=${ROUNDS:-2}
threads=${THREADS:-$(nproc)}
bin=target/release/query-gateway
[ -x "$bin" ] || cargo build --release
python=${PYTHON:-target/torch-venv/bin/python}
if ! "$python" -c 'import torch, transformers' 2>/dev/null; then
  python3 -m venv target/torch-venv
  target/torch-venv/bin/pip install -q torch transformers
  python=target/torch-venv/bin/python
fi
queries=target/bench-queries.json
export RAYON_NUM_THREADS=$threads
for round in $(seq "$rounds"); do
  echo "## round $round"
  for engine in native burn; do
    echo; echo "### gateway, CPU_ENGINE=$engine"
    MODEL_DEVICE=cpu CPU_ENGINE=$engine LOG_LEVEL=warn MODEL_PATH=$model "$bin" bench-forward \
      --batches "$batches" --seconds "$secs" --save-queries "$queries"
  done
  echo; echo "### PyTorch"
  "$python" scripts/torch_forward_bench.py "$model" --device cpu --threads "$threads" \
    --batches "$batches" --seconds "$secs" --queries "$queries" --mix twenty,mixed
done
