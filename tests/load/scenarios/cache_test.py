"""Cache test: almost every request repeats one of a few common queries, so after the first
round nearly all are served from the L1 cache (target: hit rate > 90%, P99 < 5 ms). The few
unique queries keep some misses in the mix, as in real traffic."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/load, for `utils`

from locust import between, task  # noqa: E402

from utils.gateway_user import GatewayUser  # noqa: E402


class CacheUser(GatewayUser):
    wait_time = between(0.01, 0.05)

    @task(97)
    def common_query(self):
        self.classify_common()

    @task(3)
    def unique_query(self):
        self.classify_unique()
