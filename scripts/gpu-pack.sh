#!/usr/bin/env bash
# Prepares a GPU check on a machine that has no Rust toolchain (a lent GPU host): builds the
# binaries here, packs them stripped and xz-compressed into .gpu-bin/, and downloads the Vulkan
# loader (and the GL/EGL libraries the NVIDIA Vulkan driver loads) as Debian packages into .gl/.
# Carry both folders to the GPU host with the checkout, then run there:
#     bash scripts/gpu-pack.sh run      # unpacks, runs scripts/gpu-check.sh with the unpacked binaries
#     bash scripts/gpu-pack.sh run CMD  # unpacks, runs CMD instead (e.g. one selftest)
# Set OUT to where gpu-check.sh writes its report (default target/gpu-check).
set -euo pipefail
cd "$(dirname "$0")/.."

LOADER_DEBS=(libvulkan1 libglvnd0 libegl1 libgl1 libglx0 libgles2 libopengl0)

if [ "${1:-pack}" = pack ]; then
  # The test build's gateway binary (the one the tests ran), and the benchmark binaries.
  cargo test --release --workspace --no-run
  cargo bench --workspace --no-run
  rm -rf .gpu-bin && mkdir -p .gpu-bin
  newest() { ls -t target/release/deps/"$1"-* | grep -v '\.d$' | head -1; }
  for pair in "query-gateway:target/release/query-gateway" "e2e:$(newest e2e)" "kernels:$(newest kernels)"; do
    name=${pair%%:*} bin=${pair#*:}
    strip -o ".gpu-bin/$name" "$bin" && xz -T2 -6 ".gpu-bin/$name"
  done
  # The e2e benchmark starts the gateway from the path it was built with.
  echo "$PWD/target/release/query-gateway" > .gpu-bin/gateway-path
  rm -rf .gl && mkdir -p .gl && (cd .gl && apt-get download "${LOADER_DEBS[@]}")
  du -sh .gpu-bin .gl
  exit 0
fi

[ "$1" = run ] || { echo "usage: $0 [pack | run [CMD...]]" >&2; exit 2; }
root=$PWD
mkdir -p target/release target/gl
for name in query-gateway e2e kernels; do
  xz -dc ".gpu-bin/$name.xz" > "target/release/$name" && chmod +x "target/release/$name"
done
built_at=$(cat .gpu-bin/gateway-path)
if [ ! -e "$built_at" ]; then
  mkdir -p "$(dirname "$built_at")" && ln -s "$root/target/release/query-gateway" "$built_at"
fi
for deb in .gl/*.deb; do dpkg-deb -x "$deb" target/gl; done
export LD_LIBRARY_PATH="$root/target/gl/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
shift
if [ $# -eq 0 ]; then set -- bash scripts/gpu-check.sh; fi
BIN=target/release/query-gateway E2E_BIN=target/release/e2e KERNELS_BIN=target/release/kernels "$@"
