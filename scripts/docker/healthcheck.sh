#!/usr/bin/env bash
# HEALTHCHECK of both images (native-check.sh runs it in CI). Liveness only: readiness (503 while
# draining or when an inference worker has exited) is the orchestrator's routing concern, not a
# reason to mark the container unhealthy. Docker reads exit 1 as unhealthy and reserves 2, so every failure is 1.
set -euo pipefail
curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:${APP_PORT:-8000}/health/live" || exit 1
