"""General load test: a mixed, realistic workload.

About 30% of classifications repeat a small set of common queries (cache hits after the first
time), 70% are unique (cache misses that go through the batcher and the model), and a few
requests are health checks. Every response is checked against the API contract.

    locust -f tests/load/locustfile.py --host=http://localhost:8000
"""

from locust import task

from utils.gateway_user import GatewayUser


class MixedWorkloadUser(GatewayUser):
    @task(30)
    def common_query(self):
        self.classify_common()

    @task(70)
    def unique_query(self):
        self.classify_unique()

    @task(3)
    def ready(self):
        self.check_health("/health/ready")

    @task(2)
    def live(self):
        self.check_health("/health/live")
