#!/usr/bin/env bash
# The project's whole test suite, on a fresh Debian machine or in CI:
#   1. installs what the tests need (redis-server, the lavapipe Vulkan driver, python3-venv),
#   2. checks the format (`cargo fmt --check`, rustfmt.toml), lints (`cargo clippy -D warnings`) and
#      the module graph (scripts/module_graph.py: no import circle, no arrow back up in src/),
#      then runs `cargo test --release --workspace` (unit, parity on CPU and on wgpu/lavapipe, the GPU kernels against burn's ops,
#      gateway, Redis),
#   3. runs a short smoke of every locust scenario against the real gateway (no failed request),
#   4. drives the proxy with the official `openai` Python package (tests/sdk/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v redis-server >/dev/null || need+=(redis-server)
[ -f /usr/share/vulkan/icd.d/lvp_icd.x86_64.json ] || need+=(mesa-vulkan-drivers)
ldconfig -p | grep -q libvulkan.so.1 || need+=(libvulkan1)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# wgpu runs on the software Vulkan driver, so the GPU code path is tested without a GPU.
export VK_ICD_FILENAMES=/usr/share/vulkan/icd.d/lvp_icd.x86_64.json
export QG_REQUIRE_WGPU=1
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp}

# Style is checked, not hoped for: rustfmt.toml is the project's format, and any clippy warning
# (with the lints of [workspace.lints]) fails the run. Release profile: the one CI builds.
if cargo fmt --version >/dev/null 2>&1; then
  cargo fmt --all -- --check
else
  echo "rustfmt is not installed with this toolchain: formatting not checked"
fi
if cargo clippy --version >/dev/null 2>&1; then
  cargo clippy --release --workspace --all-targets -- -D warnings
else
  echo "clippy is not installed with this toolchain: lints not checked"
fi
python3 scripts/module_graph.py
cargo test --release --workspace

# Deployment files (compose, Prometheus rules, Grafana dashboard, Kubernetes, Dockerfiles).
bash scripts/validate-deploy.sh
# The images' build and run steps, run natively (no Docker engine on our machines).
bash scripts/docker/native-check.sh

bash tests/load/smoke.sh
# The proxy driven by the official `openai` Python package (a venv under target/, pip from PyPI).
bash tests/sdk/run.sh
