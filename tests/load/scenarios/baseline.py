"""Baseline: light, steady load of unique queries, to measure the uncached (model) path.

Each user paces itself to 12 requests a second, so the guide's 10 users offer ~120 RPS: enough to
check the "RPS (10 users) > 100" target without queueing that would blur the latency baseline.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/load, for `utils`

from locust import constant_throughput, task  # noqa: E402

from utils.gateway_user import GatewayUser  # noqa: E402


class BaselineUser(GatewayUser):
    wait_time = constant_throughput(12)

    @task(50)
    def unique_query(self):
        self.classify_unique()

    @task(1)
    def ready(self):
        self.check_health("/health/ready")
