#!/usr/bin/env bash
# CI's stand-in for `docker build` + `docker run` (no Docker engine runs on our machines): runs the
# images' own steps natively, so they cannot rot unnoticed. build.sh builds the binary into a temp
# dir; for Dockerfile, then Dockerfile.gpu, runtime-setup.sh gets the packages of the Dockerfile's
# RUN line (as root), and the binary starts as the image would start it: the final stage's ENV,
# USER and ENTRYPOINT read from the Dockerfile itself, the model copied like its COPY. Then
# healthcheck.sh must pass, one classification must return a label, /health/deep must report the
# backend that MODEL_DEVICE asks for, and SIGTERM must end the process with exit code 0.
#
#   QG_CHECK_MODEL_PATH  the model folder the images copy (default models/router)
#   QG_CHECK_TIMEOUT     seconds to wait for liveness, then readiness (default 600: on lavapipe the
#                        GPU image warms up every batch shape before it listens, 139 s for the
#                        router on a loaded 2-core machine)
#   VK_ICD_FILENAMES     the Vulkan driver Dockerfile.gpu runs on (default lavapipe's); without
#                        one that image is skipped, or fails the check when QG_REQUIRE_WGPU=1
# Overrides the images' APP_HOST (127.0.0.1), APP_PORT (a free port) and MODEL_PATH (the copy).
# Needs root (or sudo) for runtime-setup.sh and to switch to the images' user.
set -euo pipefail
cd "$(dirname "$0")/../.."

model=${QG_CHECK_MODEL_PATH:-models/router}
timeout=${QG_CHECK_TIMEOUT:-600}
icd=${VK_ICD_FILENAMES:-/usr/share/vulkan/icd.d/lvp_icd.x86_64.json}
as_root=""; [ "$(id -u)" -eq 0 ] || as_root=sudo

work=$(mktemp -d)
chmod 755 "$work" # the images' user must reach the binary and the model in here
pid=""
cleanup() {
    if [ -n "$pid" ]; then
        kill -TERM "$pid" 2>/dev/null && sleep 2
        pkill -KILL -P "$pid" 2>/dev/null || true
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
log() { printf '\n==> %s\n' "$*"; }
fail() {
    echo "FAILED: $*" >&2
    [ ! -f "$work/gateway.log" ] || { echo "--- gateway log (tail)" >&2; tail -n 40 "$work/gateway.log" >&2; }
    exit 1
}

# The final stage (the image) of a Dockerfile, one fact a line: `setup PKG` (the arguments of
# runtime-setup.sh), `env KEY=VALUE`, `user UID[:GID]`, `entrypoint ARG`.
dockerfile_facts() {
    python3 - "$1" <<'EOF'
import json, shlex, sys
instructions, pending = [], ""
for line in open(sys.argv[1]).read().splitlines():
    line = line.strip()
    if line.startswith("#"):  # comments, also between continuation lines
        continue
    if line.endswith("\\"):
        pending += line[:-1] + " "
        continue
    instructions.append(pending + line)
    pending = ""
setup, env, user, entrypoint = [], [], None, []
for instruction in filter(None, instructions):
    op, _, rest = instruction.partition(" ")
    op, rest = op.upper(), rest.strip()
    if op == "FROM":  # only the last stage is the image
        setup, env, user, entrypoint = [], [], None, []
    elif op == "ENV":
        for pair in shlex.split(rest):
            if "=" not in pair:
                sys.exit(f"{sys.argv[1]}: ENV {pair!r}: only the KEY=VALUE form is supported")
            env.append(pair)
    elif op == "USER":
        user = rest
    elif op == "ENTRYPOINT":
        entrypoint = json.loads(rest)
    elif op == "RUN" and "runtime-setup.sh" in rest:
        args = shlex.split(rest)
        setup = args[[a.endswith("runtime-setup.sh") for a in args].index(True) + 1:]
if not (setup and user and entrypoint):
    sys.exit(f"{sys.argv[1]}: no runtime-setup.sh RUN, USER or ENTRYPOINT in the final stage")
for kind, values in (("setup", setup), ("env", env), ("user", [user]), ("entrypoint", entrypoint)):
    for value in values:
        print(f"{kind}\t{value}")
EOF
}

# poll WHAT CMD...: runs CMD until it succeeds; fails when the gateway has exited or $timeout passed.
poll() {
    local what=$1 deadline=$((SECONDS + timeout))
    shift
    until "$@" >/dev/null 2>&1; do
        alive || fail "the gateway exited before $what passed"
        ((SECONDS < deadline)) || fail "$what did not pass within ${timeout}s"
        sleep 0.5
    done
}
# A gateway that exited stays a zombie until `wait`, which kill -0 cannot tell from a live one.
alive() { [ -e "/proc/$pid" ] && [ "$(awk '/^State:/ {print $2}' "/proc/$pid/status" 2>/dev/null)" != Z ]; }

# run_image DOCKERFILE [KEY=VALUE...]: the checks above for one image; KEY=VALUE are extra env.
run_image() {
    local dockerfile=$1 facts kind value setup=() env=() user="" entrypoint=()
    shift
    facts=$(dockerfile_facts "$dockerfile")
    while IFS=$'\t' read -r kind value; do
        case $kind in
            setup) setup+=("$value") ;;
            env) env+=("$value") ;;
            user) user=$value ;;
            entrypoint) [ "${value##*/}" = query-gateway ] && value=$work/bin/query-gateway
                        entrypoint+=("$value") ;;
        esac
    done <<<"$facts"

    log "$dockerfile: runtime-setup.sh ${setup[*]}"
    $as_root bash scripts/docker/runtime-setup.sh "${setup[@]}"

    # As `docker run` would: the user's uid and gid (a bare uid takes the passwd entry's group),
    # HOME from passwd, Docker's default PATH, the image's ENV, and nothing from this shell.
    local uid=${user%%:*} gid home as_user=()
    gid=${user#*:}
    [ "$gid" != "$user" ] || gid=$(getent passwd "$uid" | cut -d: -f4)
    home=$(getent passwd "$uid" | cut -d: -f6)
    if [ "$(id -u)" -ne 0 ]; then
        echo "note: not root, so the gateway runs as $(id -un), not as the image's user $user"
    elif command -v setpriv >/dev/null; then
        as_user=(setpriv --reuid="$uid" --regid="$gid" --clear-groups)
    elif command -v runuser >/dev/null; then
        as_user=(runuser -u "$(getent passwd "$uid" | cut -d: -f1)" --)
    else
        echo "note: neither setpriv nor runuser found, so the gateway runs as root, not as $user"
    fi
    local port device expected
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    local run_env=("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" "HOME=${home:-/}"
                   "${env[@]}" APP_HOST=127.0.0.1 "APP_PORT=$port" "MODEL_PATH=$work/app/models/router" "$@")
    device=auto # the last MODEL_DEVICE wins, as with env(1)
    for value in "${run_env[@]}"; do [[ $value != MODEL_DEVICE=* ]] || device=${value#*=}; done
    case $device in cpu) expected=native ;; gpu) expected=wgpu ;; *) expected="" ;; esac

    log "$dockerfile: ${as_user[*]:-} env -i ${run_env[*]} ${entrypoint[*]}"
    # tini is not PID 1 here and warns about it in the log; it still forwards SIGTERM, as in the image.
    (cd "$work/app" && exec "${as_user[@]}" env -i "${run_env[@]}" "${entrypoint[@]}") >"$work/gateway.log" 2>&1 &
    pid=$!
    poll "healthcheck.sh" env APP_PORT="$port" bash scripts/docker/healthcheck.sh
    echo "healthcheck.sh: healthy"
    local base=http://127.0.0.1:$port response
    poll "/health/ready" curl -fsS -o /dev/null "$base/health/ready"
    # The check is about the image's steps, not speed: on lavapipe a forward of the router takes
    # 1-3 s when the machine is busy (docs/performance.md), past the default 1 s deadline, so the
    # request asks for the longest one the gateway grants.
    response=$(curl -fsS -H 'content-type: application/json' -H 'x-request-timeout-ms: 30000' \
        -d '{"text": "What is the capital of France?"}' "$base/v1/query-classify") || fail "POST /v1/query-classify"
    python3 -c 'import json, sys
r = json.loads(sys.argv[1])
assert isinstance(r.get("label"), str) and r["label"], r
print("classified: label %s (%s, confidence %s)" % (r["label"], r.get("category"), r.get("confidence")))' \
        "$response" || fail "no label in the classification: $response"
    response=$(curl -fsS "$base/health/deep") || fail "GET /health/deep"
    engine=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["device"]["engine"])' "$response")
    echo "/health/deep: engine $engine (MODEL_DEVICE=$device)"
    [ -z "$expected" ] || [ "$engine" = "$expected" ] || fail "MODEL_DEVICE=$device, but the engine is $engine"

    kill -TERM "$pid"
    local deadline=$((SECONDS + 30)) rc=0
    while alive && ((SECONDS < deadline)); do sleep 0.2; done
    ! alive || fail "still running 30 s after SIGTERM"
    wait "$pid" || rc=$?
    pid=""
    [ "$rc" -eq 0 ] || fail "exit code $rc after SIGTERM (want 0)"
    echo "SIGTERM: exit code 0"
}

[ -f "$model/config.json" ] || fail "no model in $model (train one, or set QG_CHECK_MODEL_PATH)"
# COPY keeps the files' modes, so what the images' non-root user cannot read here, it cannot there.
unreadable=$(find "$model" \( -type f ! -perm -o=r \) -o \( -type d ! -perm -o=rx \))
[ -z "$unreadable" ] || fail "not world-readable, so the images' non-root user could not load them: $unreadable"

log "build.sh $work/bin"
bash scripts/docker/build.sh "$work/bin"
mkdir -p "$work/app/models"
cp -R --preserve=mode "$model" "$work/app/models/router"

run_image Dockerfile
if [ -f "$icd" ]; then
    run_image Dockerfile.gpu "VK_ICD_FILENAMES=$icd"
elif [ "${QG_REQUIRE_WGPU:-0}" = 1 ]; then
    fail "QG_REQUIRE_WGPU=1, but there is no Vulkan driver at $icd"
else
    log "Dockerfile.gpu skipped: no Vulkan driver at $icd (install mesa-vulkan-drivers for lavapipe)"
fi
log "native image checks passed"
