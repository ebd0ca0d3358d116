"""The locust user base class every scenario builds on: one method per kind of request, each of
which checks the response against the gateway's API contract and marks the request failed if it
breaks it, so a wrong answer counts as an error just like a 5xx does."""

from __future__ import annotations

from locust import HttpUser, between

from .data_generator import shared_generator

CLASSIFY = "/v1/query-classify"
CLASSIFY_BATCH = "/v1/query-classify/batch"
CATEGORY_FOR_LABEL = {"0": "fast_path", "1": "slow_path"}
BATCH_REQUEST_SIZE = 8  # texts per /batch call: well under any sane BATCH_MAX_SIZE


def result_problem(result: object) -> str | None:
    """Why one classification result breaks the contract, or None if it is valid."""
    if not isinstance(result, dict):
        return f"result is not an object: {result!r:.80}"
    label = result.get("label")
    if label not in CATEGORY_FOR_LABEL:
        return f"label {label!r} is not '0' or '1'"
    confidence = result.get("confidence")
    # bool is an int in Python, but true/false is not a confidence.
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) \
            or not 0 <= confidence <= 1:
        return f"confidence {confidence!r} is not a number in [0, 1]"
    if result.get("category") != CATEGORY_FOR_LABEL[label]:
        return f"category {result.get('category')!r} does not match label {label!r}"
    if not isinstance(result.get("cache_hit"), bool):
        return f"cache_hit {result.get('cache_hit')!r} is not a boolean"
    if not isinstance(result.get("request_id"), str) or not result["request_id"]:
        return "request_id is missing"
    return None


def header_problem(response, result: dict) -> str | None:
    """Why a single classify response's headers break the contract, or None."""
    latency = response.headers.get("x-router-latency")
    try:
        if latency is None or float(latency) < 0:
            raise ValueError
    except ValueError:
        return f"x-router-latency header {latency!r} is not a non-negative number"
    if response.headers.get("x-request-id") != result["request_id"]:
        return "x-request-id header does not match the body's request_id"
    return None


def json_body(response):
    """The response's JSON body, or None after marking the request failed (bad status or JSON)."""
    if response.status_code != 200:
        if response.status_code:  # 0 means no response at all: locust has recorded the error
            response.failure(f"HTTP {response.status_code}: {error_message(response)}")
        return None
    try:
        return response.json()
    except ValueError:
        response.failure(f"body is not JSON: {response.text[:80]!r}")
        return None


def error_message(response) -> str:
    """The gateway's {"error": {"message": ...}} text, or the raw body if it is not that shape."""
    try:
        return str(response.json()["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return response.text[:120]


class GatewayUser(HttpUser):
    """Abstract: scenarios subclass it, set wait_time, and weight these methods with @task."""

    abstract = True
    wait_time = between(0.05, 0.2)

    def on_start(self) -> None:
        self.queries = shared_generator()

    def classify(self, text: str, name: str = CLASSIFY) -> None:
        with self.client.post(CLASSIFY, json={"text": text}, name=name,
                              catch_response=True) as response:
            result = json_body(response)
            if result is not None:
                problem = result_problem(result) or header_problem(response, result)
                if problem:
                    response.failure(problem)

    # Common and unique queries are reported under separate names, so the report shows the
    # cache-hit latency apart from the inference latency.
    def classify_common(self) -> None:
        self.classify(self.queries.common(), name=f"{CLASSIFY} [common]")

    def classify_unique(self) -> None:
        self.classify(self.queries.unique(), name=f"{CLASSIFY} [unique]")

    def classify_batch(self, size: int = BATCH_REQUEST_SIZE) -> None:
        texts = self.queries.unique_batch(size)
        with self.client.post(CLASSIFY_BATCH, json={"texts": texts},
                              catch_response=True) as response:
            body = json_body(response)
            if body is None:
                return
            results = body.get("results") if isinstance(body, dict) else None
            if not isinstance(results, list) or len(results) != len(texts):
                response.failure(f"expected {len(texts)} results, got {results!r:.80}")
                return
            for i, result in enumerate(results):
                problem = result_problem(result)
                if problem:
                    response.failure(f"results[{i}]: {problem}")
                    return

    def check_health(self, path: str = "/health/ready") -> None:
        # /health/live answers {"status": "ok"}, /health/ready {"status": "ready"}.
        expected = "ready" if path.endswith("/ready") else "ok"
        with self.client.get(path, catch_response=True) as response:
            body = json_body(response)
            if body is not None and (not isinstance(body, dict) or body.get("status") != expected):
                response.failure(f"status is not {expected}: {body!r:.120}")
