"""Batch test: every query is unique (no cache hits) and users do not pause, so about as many
requests as there are users wait in the queue at once; that is what lets the dynamic batcher
fill its batches (target: average batch size > 8, read from /metrics). A few requests use the
explicit /v1/query-classify/batch endpoint."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/load, for `utils`

from locust import constant, task  # noqa: E402

from utils.gateway_user import GatewayUser  # noqa: E402


class BatchUser(GatewayUser):
    wait_time = constant(0)

    @task(19)
    def unique_query(self):
        self.classify_unique()

    @task(1)
    def batch_endpoint(self):
        self.classify_batch()
