"""Stress test: many users with no think time, sending the whole mix (unique and common
queries, batch calls, readiness checks) to find where the gateway saturates. A full queue's 429
counts as a failure: the target is still an error rate under 0.1%."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/load, for `utils`

from locust import constant, task  # noqa: E402

from utils.gateway_user import GatewayUser  # noqa: E402


class StressUser(GatewayUser):
    wait_time = constant(0)

    @task(60)
    def unique_query(self):
        self.classify_unique()

    @task(30)
    def common_query(self):
        self.classify_common()

    @task(5)
    def batch_endpoint(self):
        self.classify_batch()

    @task(1)
    def ready(self):
        self.check_health("/health/ready")
