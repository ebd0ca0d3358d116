#!/usr/bin/env bash
# The CPU forward benchmark with its references beside it: the gateway's native engine in every
# precision this CPU runs (CPU_PRECISION f32, bf16, int8), burn's flex backend and PyTorch in fp32,
# bf16 autocast and dynamic int8 (same model directory, same token ids, same thread count),
# alternated in one run so that machine noise hits every side alike. Prints the CPU model and
# its AVX-512 / VNNI / AMX flags first.
#
#   bash scripts/bench_cpu.sh [MODEL_DIR]
# env: BATCHES (1,8,32), SECONDS_PER_ROW (3), ROUNDS (2), THREADS (nproc), PYTHON (a python with
# torch + transformers; default target/torch-venv/bin/python, created from PyPI when missing),
# ENGINES (native-f32,native-bf16,native-int8,burn), TORCH (fp32,bf16,int8).
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
grep -m1 'model name' /proc/cpuinfo
echo "flags: $(grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -E '^(avx512(f|bw|vl|_bf16|_vnni|_fp16)|avx_vnni|amx_.*)$' | tr '\n' ' ')"
for round in $(seq "$rounds"); do
  echo "## round $round"
  for engine in $(echo "${ENGINES:-native-f32,native-bf16,native-int8,burn}" | tr ',' ' '); do
    cpu_engine=${engine%%-*} precision=${engine#*-}
    [ "$engine" = burn ] && precision=f32
    echo; echo "### gateway, CPU_ENGINE=$cpu_engine CPU_PRECISION=$precision"
    MODEL_DEVICE=cpu CPU_ENGINE=$cpu_engine CPU_PRECISION=$precision LOG_LEVEL=warn MODEL_PATH=$model \
      "$bin" bench-forward --batches "$batches" --seconds "$secs" --save-queries "$queries" ||
      echo "(CPU_PRECISION=$precision does not run on this CPU)"
  done
  for precision in $(echo "${TORCH:-fp32,bf16,int8}" | tr ',' ' '); do
    echo; echo "### PyTorch $precision"
    "$python" scripts/torch_forward_bench.py "$model" --device cpu --threads "$threads" --precision "$precision" \
      --batches "$batches" --seconds "$secs" --queries "$queries" --mix twenty,mixed ||
      echo "(PyTorch $precision does not run here)"
  done
done
