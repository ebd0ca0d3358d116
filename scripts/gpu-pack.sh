#!/usr/bin/env bash
# Prepares a GPU check on a machine that has no Rust toolchain (a lent GPU host): builds the
# binaries here, packs them stripped and xz-compressed into .gpu-bin/, and downloads the Vulkan
# loader (and the GL/EGL libraries the NVIDIA Vulkan driver loads) as Debian packages into .gl/.
# Carry both folders to the GPU host with the checkout, then run there:
#     bash scripts/gpu-pack.sh run      # unpacks, runs scripts/gpu-check.sh with the unpacked binaries
#     bash scripts/gpu-pack.sh run CMD  # unpacks, runs CMD instead (e.g. one selftest)
# Set OUT to where gpu-check.sh writes its report (default target/gpu-check). A device run carries
# at most 64 MiB (tracked files plus these folders): the kernels bench is packed only with
# PACK_KERNELS=1, and the pack step fails when the total is over.
set -euo pipefail
cd "$(dirname "$0")/.."

LOADER_DEBS=(libvulkan1 libglvnd0 libegl1 libgl1 libglx0 libgles2 libopengl0)

if [ "${1:-pack}" = pack ]; then
  # The test build's gateway binary (the one the tests ran), and the benchmark binaries.
  cargo test --release --workspace --no-run
  cargo bench --workspace --no-run
  rm -rf .gpu-bin && mkdir -p .gpu-bin
  newest() { ls -t target/release/deps/"$1"-* | grep -v '\.d$' | head -1; }
  pairs=("query-gateway:target/release/query-gateway" "e2e:$(newest e2e)")
  [ "${PACK_KERNELS:-0}" = 1 ] && pairs+=("kernels:$(newest kernels)")
  for pair in "${pairs[@]}"; do
    name=${pair%%:*} bin=${pair#*:}
    strip -o ".gpu-bin/$name" "$bin" && xz -T2 -6 ".gpu-bin/$name"
  done
  rm -rf .gl && mkdir -p .gl && (cd .gl && apt-get download "${LOADER_DEBS[@]}")
  du -sh .gpu-bin .gl
  total=$( (git ls-files -z; find .gpu-bin .gl -type f -print0) | du -cb --files0-from=- | tail -1 | cut -f1)
  echo "carried: $((total / 1048576)) MiB of 64"
  [ "$total" -le $((64 * 1048576)) ] || { echo "over the 64 MiB a device run carries" >&2; exit 1; }
  exit 0
fi

[ "$1" = run ] || { echo "usage: $0 [pack | run [CMD...]]" >&2; exit 2; }
root=$PWD
mkdir -p target/release target/gl
for packed in .gpu-bin/*.xz; do
  name=$(basename "$packed" .xz)
  xz -dc "$packed" > "target/release/$name" && chmod +x "target/release/$name"
done
# The benches read data/ and models/ and start the gateway from here, not from the build path.
export QG_REPO_DIR=$root QG_GATEWAY_BIN=$root/target/release/query-gateway
for deb in .gl/*.deb; do dpkg-deb -x "$deb" target/gl; done
export LD_LIBRARY_PATH="$root/target/gl/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
shift
if [ $# -eq 0 ]; then set -- bash scripts/gpu-check.sh; fi
kernels=""; [ -f target/release/kernels ] && kernels=target/release/kernels
BIN=target/release/query-gateway E2E_BIN=target/release/e2e KERNELS_BIN=$kernels "$@"
