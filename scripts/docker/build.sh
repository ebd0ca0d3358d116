#!/usr/bin/env bash
# The builder stage of Dockerfile and Dockerfile.gpu (native-check.sh runs it in CI): builds the
# release binary and installs it into DEST.
# usage: scripts/docker/build.sh [DEST]   (default /out)
set -euo pipefail
dest=${1:-/out}
cd "$(dirname "$0")/../.."

cargo build --release --locked --bin query-gateway
# Copied out of target/: in the image target/ is a cache mount, and mounts do not persist into the
# layer that the runtime stage copies from.
install -D -m 0755 "${CARGO_TARGET_DIR:-target}/release/query-gateway" "$dest/query-gateway"
