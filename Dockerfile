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
# source change recompiles only this crate. The steps of both stages live in
# scripts/docker/, which CI runs natively (scripts/docker/native-check.sh).
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    bash scripts/docker/build.sh /out

FROM debian:bookworm-slim AS runtime
# curl: HEALTHCHECK. tini: PID 1 that forwards SIGTERM and reaps, so
# `docker stop` triggers the gateway's graceful shutdown instead of a SIGKILL.
# runtime-setup.sh: these packages and the non-root user 10001 (USER below).
COPY scripts/docker/runtime-setup.sh /usr/local/lib/query-gateway/
RUN bash /usr/local/lib/query-gateway/runtime-setup.sh ca-certificates curl tini
WORKDIR /app
COPY --from=builder /out/query-gateway /usr/local/bin/query-gateway
COPY models/router /app/models/router
COPY scripts/docker/healthcheck.sh /usr/local/lib/query-gateway/

# Only what differs from the binary's own defaults, or what the image fixes.
ENV APP_HOST=0.0.0.0 \
    APP_PORT=8000 \
    MODEL_PATH=/app/models/router \
    MODEL_DEVICE=cpu \
    LOG_FORMAT=json

USER 10001:10001
EXPOSE 8000
# Liveness only: readiness (503 while draining or when an inference worker has
# exited) is the orchestrator's routing concern, not a reason to mark the
# container unhealthy. The port opens only once the model is loaded.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["/bin/bash", "/usr/local/lib/query-gateway/healthcheck.sh"]
ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/query-gateway"]
