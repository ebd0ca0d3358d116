#!/usr/bin/env bash
# CI smoke of the load suite: starts the release gateway with the shipped model on a free
# loopback port, runs every locust scenario briefly (SMOKE=1), fails on any failed request,
# then stops the gateway with SIGTERM and checks it exits cleanly. No latency assertions.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=${LOAD_VENV:-target/load-venv}
if [ ! -x "$venv/bin/locust" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet -r tests/load/requirements.txt
fi

cargo build --release --quiet
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=tests/load/reports/smoke_gateway.log
APP_HOST=127.0.0.1 APP_PORT=$port LOG_LEVEL=warn target/release/query-gateway >"$log" 2>&1 &
gateway=$!
trap 'kill $gateway 2>/dev/null || true' EXIT

status=0
SMOKE=1 HOST="http://127.0.0.1:$port" PYTHON="$venv/bin/python" LOCUST="$venv/bin/locust" \
  bash tests/load/run_tests.sh || status=$?

kill -TERM $gateway
if ! wait $gateway; then
  echo "gateway did not exit cleanly on SIGTERM; its log:"; cat "$log"; exit 1
fi
trap - EXIT
exit $status
