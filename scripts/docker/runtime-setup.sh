#!/usr/bin/env bash
# The runtime stage of Dockerfile and Dockerfile.gpu: installs the Debian packages given as
# arguments and creates the non-root user the images run as (uid/gid 10001, the Dockerfiles' USER).
# native-check.sh runs it natively as root in CI, so it must be safe on a live machine: it installs
# only missing packages, keeps apt lists that were already there, and leaves an existing uid alone.
# usage: scripts/docker/runtime-setup.sh PACKAGE...
set -euo pipefail
uid=10001

missing=()
for pkg in "$@"; do
    # shellcheck disable=SC2016 # ${Status} is dpkg-query's field, not a shell variable
    [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    # The slim base image ships no lists: fetch them, then drop them again to keep the layer small.
    # A machine that had lists keeps them.
    had_lists=$(find /var/lib/apt/lists -maxdepth 1 -type f ! -name lock -print -quit)
    apt-get update
    # Unpinned on purpose (hadolint's DL3008): bookworm point releases drop superseded versions,
    # so pins would break rebuilds; the base image's tag fixes the suite.
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    [ -n "$had_lists" ] || rm -rf /var/lib/apt/lists/*
fi

getent group "$uid" >/dev/null || groupadd --system --gid "$uid" gateway
getent passwd "$uid" >/dev/null ||
    useradd --system --uid "$uid" --gid "$uid" --create-home --home-dir /home/gateway gateway
