#!/usr/bin/env bash
# Runs the load-testing guide's five scenarios (its user counts, spawn rates and run times) one after
# another against a running gateway, prints each one's error rate beside the guide's budget
# (< 0.1 %), and writes its HTML report, CSV stats and server-side /metrics summary to
# tests/load/reports/.
#
#   tests/load/run_tests.sh                        # full run with the guide's numbers (~9 min)
#   SMOKE=1 tests/load/run_tests.sh                # 15 s each, at most 10 users: a quick check
#   HOST=http://127.0.0.1:8080 SCENARIOS="baseline cache_test" tests/load/run_tests.sh
#
# Environment: HOST (default http://localhost:8000), SMOKE=1, SCENARIOS (names from the table
# below, in the order to run), READY_TIMEOUT (seconds to wait for /health/ready, default 60),
# PYTHON and LOCUST (the commands to use, default python3 and locust).
#
# Exits 1 if any scenario had a failed request (or locust itself failed), 2 if the gateway
# never became ready.
set -uo pipefail

cd "$(dirname "$0")/../.."  # the repo root: every path below is relative to it
HOST=${HOST:-http://localhost:8000}
SMOKE=${SMOKE:-0}
SCENARIOS=${SCENARIOS:-general baseline cache_test batch_test stress_test}
READY_TIMEOUT=${READY_TIMEOUT:-60}
PYTHON=${PYTHON:-python3}
LOCUST=${LOCUST:-locust}
REPORTS=tests/load/reports
SNAPSHOT=$REPORTS/.metrics_before.json

# name        locustfile                              users spawn-rate run-time
SCENARIO_TABLE="
general       tests/load/locustfile.py                50    5          120s
baseline      tests/load/scenarios/baseline.py        10    2          60s
cache_test    tests/load/scenarios/cache_test.py      50    10         60s
batch_test    tests/load/scenarios/batch_test.py      100   20         120s
stress_test   tests/load/scenarios/stress_test.py     200   20         120s
"

wait_ready() {
    "$PYTHON" - "$HOST" "$READY_TIMEOUT" <<'EOF'
import sys, time, urllib.request
url, deadline = sys.argv[1].rstrip("/") + "/health/ready", time.monotonic() + float(sys.argv[2])
while True:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            if response.status == 200:
                sys.exit(0)
    except OSError:
        pass  # not up yet, or 503 while the model loads
    if time.monotonic() > deadline:
        sys.exit(f"{url} did not answer 200 in {sys.argv[2]} s: is the gateway running?")
    time.sleep(1)
EOF
}

# The load-testing guide's error budget for every scenario, in percent of requests.
ERROR_BUDGET_PERCENT=0.1

# Prints "<failure count> <one-line summary>" from the Aggregated row of a locust stats CSV, the
# error rate beside the guide's budget, or "-1 ..." when there is no usable CSV (locust failed).
csv_summary() {
    "$PYTHON" - "$1" "$ERROR_BUDGET_PERCENT" <<'EOF'
import csv, sys
try:
    with open(sys.argv[1], newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["Name"] == "Aggregated")
    requests, failures, budget = int(row["Request Count"]), int(row["Failure Count"]), float(sys.argv[2])
    rate = 100 * failures / max(requests, 1)
    verdict = "within" if rate < budget else "OVER"
    print(failures,
          f"{requests} requests, {failures} failed: error rate {rate:.3f} % "
          f"(guide's budget < {budget} %: {verdict}), "
          f"{float(row['Requests/s']):.1f} RPS, p50 {row['50%']} ms, p95 {row['95%']} ms, "
          f"p99 {row['99%']} ms")
except (OSError, StopIteration, KeyError, ValueError) as err:
    print(-1, f"no usable stats in {sys.argv[1]}: {err}")
EOF
}

metrics() {  # the gateway's /metrics summary; a gateway without /metrics only loses this part
    "$PYTHON" -m tests.load.utils.metrics_collector --url "$HOST" "$@" ||
        echo "(could not read $HOST/metrics)"
}

mkdir -p "$REPORTS"
wait_ready || exit 2

# The first scenario's unique queries are the data set's plain texts, which then sit in the
# gateway's cache; later scenarios add a suffix from the start so theirs still miss it.
suffix_all=${LOAD_ALWAYS_SUFFIX:-0}
status=0
summaries=()
for name in $SCENARIOS; do
    read -r _ file users spawn_rate run_time < <(awk -v n="$name" '$1 == n' <<<"$SCENARIO_TABLE")
    if [[ -z ${file:-} ]]; then
        echo "unknown scenario '$name'" >&2
        exit 2
    fi
    if [[ $SMOKE == 1 ]]; then
        users=$((users < 10 ? users : 10)) spawn_rate=5 run_time=15s
    fi

    echo "=== $name: $users users, spawn rate $spawn_rate, $run_time against $HOST"
    metrics --save "$SNAPSHOT" --quiet
    LOAD_ALWAYS_SUFFIX=$suffix_all "$LOCUST" -f "$file" --host "$HOST" --headless \
        --users "$users" --spawn-rate "$spawn_rate" --run-time "$run_time" --stop-timeout 10 \
        --html "$REPORTS/${name}_report.html" --csv "$REPORTS/$name" --exit-code-on-error 1
    locust_rc=$?
    suffix_all=1

    echo "--- $name: gateway metrics during the run"
    metrics --since "$SNAPSHOT" | tee "$REPORTS/${name}_metrics.txt"
    read -r failures summary < <(csv_summary "$REPORTS/${name}_stats.csv")
    if [[ $locust_rc != 0 || $failures != 0 ]]; then
        status=1
        summaries+=("FAIL  $name: $summary (locust exit $locust_rc)")
    else
        summaries+=("ok    $name: $summary")
    fi
    file=
done
rm -f "$SNAPSHOT"

echo "=== Summary (reports in $REPORTS/)"
printf '%s\n' "${summaries[@]}"
exit $status
