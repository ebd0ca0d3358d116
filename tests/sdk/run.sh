#!/usr/bin/env bash
# The OpenAI-compatible proxy driven by the official `openai` Python package: builds the release
# gateway, makes a venv with the pinned SDK (target/sdk-venv, once) and runs
# tests/sdk/openai_sdk_test.py, which starts its own upstream and gateways on free loopback ports.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=${SDK_VENV:-target/sdk-venv}
if ! "$venv/bin/python" -c 'import openai' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet -r tests/sdk/requirements.txt
fi
cargo build --release --quiet
GATEWAY_BIN=target/release/query-gateway "$venv/bin/python" tests/sdk/openai_sdk_test.py
