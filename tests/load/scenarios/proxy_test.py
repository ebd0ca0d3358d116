"""Proxy test: OpenAI chat requests with "model": "auto" through /v1/chat/completions, half of them
streamed, against a local OpenAI-shaped upstream this file starts (a threaded Python server on
127.0.0.1:PROXY_UPSTREAM_PORT, default 18081: JSON answers, and SSE answers of 5 chunks 20 ms
apart). Each answer must name the routed model, carry the routing headers, and (streamed) end
with `data: [DONE]`, or the request counts as failed.

The gateway must be started with the matching routes file:

    ROUTES_FILE=tests/load/proxy/routes.toml cargo run --release &
    locust -f tests/load/scenarios/proxy_test.py --host http://127.0.0.1:8000 --headless -u 50 -r 10 -t 60s
"""

import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/load, for `utils`

from locust import HttpUser, between, events, task  # noqa: E402

from utils.data_generator import shared_generator  # noqa: E402

UPSTREAM_PORT = int(os.environ.get("PROXY_UPSTREAM_PORT", "18081"))
MODELS = {"fast": "local-small", "slow": "local-large"}
CHUNKS, CHUNK_GAP_S = 5, 0.02


class Upstream(BaseHTTPRequestHandler):
    """An OpenAI-compatible chat endpoint that echoes the model it was asked for."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet: locust prints its own stats
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
        model = body.get("model", "")
        if not body.get("stream"):
            answer = json.dumps({
                "id": "chatcmpl-load", "object": "chat.completion", "created": int(time.time()), "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 1, "total_tokens": 11},
            }).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)
            return
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        for i in range(CHUNKS + 1):
            delta = {"content": f"tok{i} "} if i < CHUNKS else {}
            event = {"id": "chatcmpl-load", "object": "chat.completion.chunk", "model": model,
                     "choices": [{"index": 0, "delta": delta}]}
            self._chunk(f"data: {json.dumps(event)}\n\n".encode())
            time.sleep(CHUNK_GAP_S)
        self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


@events.init.add_listener
def start_upstream(environment, **_kwargs):
    server = ThreadingHTTPServer(("127.0.0.1", UPSTREAM_PORT), Upstream)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()


class ProxyUser(HttpUser):
    wait_time = between(0.01, 0.05)

    def on_start(self) -> None:
        self.queries = shared_generator()

    def _chat(self, stream: bool) -> None:
        text = self.queries.unique()
        body = {"model": "auto", "stream": stream, "messages": [{"role": "user", "content": text}]}
        name = "/v1/chat/completions (stream)" if stream else "/v1/chat/completions"
        with self.client.post("/v1/chat/completions", json=body, name=name, stream=stream,
                              catch_response=True) as response:
            route = response.headers.get("x-route")
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}: {response.text[:120]}")
            elif route not in MODELS or response.headers.get("x-route-label") not in ("0", "1"):
                response.failure(f"routing headers missing: x-route={route!r}")
            elif stream:
                text = b"".join(response.iter_content(chunk_size=None)).decode()
                if not text.rstrip().endswith("data: [DONE]") or MODELS[route] not in text:
                    response.failure(f"stream incomplete or wrong model: {text[-120:]!r}")
            elif response.json().get("model") != MODELS[route]:
                response.failure(f"model {response.json().get('model')!r} is not route {route}'s")

    @task(1)
    def chat(self):
        self._chat(stream=False)

    @task(1)
    def chat_streamed(self):
        self._chat(stream=True)
