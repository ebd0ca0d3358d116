# syntax=docker/dockerfile:1
#
# CPU image of query-gateway.
#   docker build -t query-gateway .
#   docker run --rm -p 8000:8000 query-gateway
# The GPU variant is Dockerfile.gpu; docs/deployment.md covers both.

FROM rust:1.95-bookworm AS builder
WORKDIR /src
COPY . .
# The cache mounts keep the crate registry and target/ between builds, so a
# source change recompiles only this crate; the binary is copied out of the
# cache mount because mounts do not persist into the image layer.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin query-gateway \
    && install -D -m 0755 target/release/query-gateway /out/query-gateway

FROM debian:bookworm-slim AS runtime
# curl: HEALTHCHECK. tini: PID 1 that forwards SIGTERM and reaps, so
# `docker stop` triggers the gateway's graceful shutdown instead of a SIGKILL.
# Unpinned on purpose (DL3008): bookworm point releases drop superseded
# versions, so pins would break rebuilds; the base tag fixes the suite.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl tini \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 gateway \
    && useradd --system --uid 10001 --gid 10001 --create-home --home-dir /home/gateway gateway
WORKDIR /app
COPY --from=builder /out/query-gateway /usr/local/bin/query-gateway
COPY models/router /app/models/router

# Only what differs from the binary's own defaults, or what the image fixes.
ENV APP_HOST=0.0.0.0 \
    APP_PORT=8000 \
    MODEL_PATH=/app/models/router \
    MODEL_DEVICE=cpu \
    LOG_FORMAT=json

USER 10001:10001
EXPOSE 8000
# Liveness only: /health/ready stays 503 while the model loads, which is the
# orchestrator's routing concern, not a reason to mark the container unhealthy.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["/bin/sh", "-c", "curl -fsS -o /dev/null http://127.0.0.1:${APP_PORT}/health/live || exit 1"]
ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/query-gateway"]
