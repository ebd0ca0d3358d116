#!/usr/bin/env bash
# GPU check for a Linux machine with an NVIDIA GPU and the Vulkan loader (libvulkan1; the NVIDIA
# driver provides the ICD). From a repo checkout whose binaries are built:
#     cargo build --release && cargo bench --no-run
#     bash scripts/gpu-check.sh
# It runs, on the GPU through wgpu, in f32 and in f16 (GPU_PRECISION), each with burn's composed
# ops and with the project's fused kernels (GPU_KERNELS): the parity self-test against the PyTorch
# references, the shipped router's test-split evaluation (every text's label must match the
# CPU's), the model-forward benchmark at batch 1..256 (beside PyTorch on the same card when torch
# is installed) and the end-to-end load benchmark for E2E_CONFIGS; then each kernel against the ops it
# replaces; then prints everything as one report.
#
# Environment: BIN (gateway binary, default target/release/query-gateway), E2E_BIN (the e2e
# bench binary, default the newest target/release/deps/e2e-*), KERNELS_BIN (the kernels bench
# binary, default the newest target/release/deps/kernels-*), BATCHES, FORWARD_SECS, E2E_USERS,
# E2E_SECS, E2E_CONFIGS (mode:precision pairs, default composed:f32,fused:f16),
# MODES (GPU_KERNELS values, default composed,fused), PRECISIONS (GPU_PRECISION values, default
# f32,f16), OUT (report folder, default target/gpu-check).
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/query-gateway}
E2E_BIN=${E2E_BIN:-$(ls -t target/release/deps/e2e-* 2>/dev/null | grep -v '\.d$' | head -1)}
KERNELS_BIN=${KERNELS_BIN:-$(ls -t target/release/deps/kernels-* 2>/dev/null | grep -v '\.d$' | head -1)}
MODES=${MODES:-composed,fused}
PRECISIONS=${PRECISIONS:-f32,f16}
BATCHES=${BATCHES:-1,8,32,64,128,256}
E2E_USERS=${E2E_USERS:-64,256}
E2E_SECS=${E2E_SECS:-5}
# End to end for the default (composed, f32) and the candidate (fused, f16) only, and 2 s per
# forward row, so the whole check stays near 6 minutes on a card (a device call may run 10).
E2E_CONFIGS=${E2E_CONFIGS:-composed:f32,fused:f16}
FORWARD_SECS=${FORWARD_SECS:-2}
OUT=${OUT:-target/gpu-check}
mkdir -p "$OUT"
# Container runtimes mount the NVIDIA driver's Vulkan ICD here; a stale ICD file elsewhere can
# hide it from the loader (seen on an H200 host: "no adapter found").
nvidia_icd=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
if [ -z "${VK_DRIVER_FILES:-}" ] && [ -f "$nvidia_icd" ]; then export VK_DRIVER_FILES=$nvidia_icd; fi
report=$OUT/report.md
status=0
step() { echo; echo "## $1" | tee -a "$report"; echo | tee -a "$report"; }
run() { "$@" 2>>"$OUT/stderr.log" | tee -a "$report"; local rc=${PIPESTATUS[0]}; [ "$rc" -eq 0 ] || { echo "FAILED ($rc): $*" | tee -a "$report"; status=1; }; }

: >"$report"
step "machine"
run sh -c 'nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader; nproc; uname -r'

classes() { grep -o '"class":[0-9]*' "$1"; }
for precision in ${PRECISIONS//,/ }; do
  for mode in ${MODES//,/ }; do
    tag=$mode-$precision
    gpu="env MODEL_DEVICE=gpu GPU_KERNELS=$mode GPU_PRECISION=$precision"
    step "parity self-test on the GPU, $mode kernels, $precision (max |logit diff| vs PyTorch < 1e-3)"
    run $gpu "$BIN" selftest

    step "router evaluation on the GPU, $mode kernels, $precision, vs the CPU (test split, text by text)"
    run $gpu "$BIN" eval --predictions "$OUT/pred-gpu-$tag.jsonl" >"$OUT/eval-gpu-$tag.md"
    [ -f "$OUT/pred-cpu.jsonl" ] || run env MODEL_DEVICE=cpu "$BIN" eval --predictions "$OUT/pred-cpu.jsonl" >"$OUT/eval-cpu.md"
    grep -h "accuracy" "$OUT/eval-gpu-$tag.md" "$OUT/eval-cpu.md" | tee -a "$report"
    differ=$(diff <(classes "$OUT/pred-gpu-$tag.jsonl") <(classes "$OUT/pred-cpu.jsonl") | grep -c '^[<>]')
    echo "texts labelled differently from the CPU: $differ" | tee -a "$report"
    [ "$differ" -eq 0 ] || status=1

    step "model forward, burn wgpu, $mode kernels, $precision"
    run $gpu "$BIN" bench-forward --batches "$BATCHES" --seconds "$FORWARD_SECS"
  done
done
step "model forward, burn flex (CPU of this machine)"
run env MODEL_DEVICE=cpu "$BIN" bench-forward --batches "$BATCHES" --seconds 2
if python3 -c 'import torch, transformers' 2>/dev/null; then
  step "model forward, PyTorch on the same card"
  run python3 scripts/torch_forward_bench.py models/router --batches "$BATCHES"
fi

if [ -n "$KERNELS_BIN" ]; then
  step "each kernel vs the burn ops it replaces (criterion, mean time per call)"
  run sh -c "\"$KERNELS_BIN\" --bench --warm-up-time 1 --measurement-time 2 2>&1 | grep -E '^(residual|masked|classifier|attention)|time:'"
fi

if [ -n "$E2E_BIN" ]; then
  for config in ${E2E_CONFIGS//,/ }; do
    mode=${config%%:*} precision=${config#*:}
    step "end to end on the GPU, $mode kernels, $precision (closed-loop users, unique / cached / mixed)"
    run env MODEL_DEVICE=gpu GPU_KERNELS=$mode GPU_PRECISION=$precision QG_E2E_USERS="$E2E_USERS" \
      QG_E2E_SECS="$E2E_SECS" "$E2E_BIN" --bench
  done
fi
echo; echo "report: $report"
exit $status
