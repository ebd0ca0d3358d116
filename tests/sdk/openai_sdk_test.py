"""The proxy as OpenAI's own Python SDK sees it: plain, streamed and async chat completions,
errors, and the models list and retrieve, against a local OpenAI-shaped upstream this file starts.

Run by tests/sdk/run.sh (which builds the gateway and the venv); GATEWAY_BIN names the binary.
Every check is an assert: any failure exits non-zero.
"""

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import openai

ROOT = Path(__file__).resolve().parents[2]
GATEWAY_BIN = os.environ.get("GATEWAY_BIN", str(ROOT / "target/release/query-gateway"))
PROMPT_TOKENS, CHUNKS = 9, 4
# After `data: [DONE]` the upstream keeps the stream open this long: the SDK closes at [DONE], so
# the gateway must have counted the usage chunk as it passed.
LINGER_S = 2.0


class Upstream(BaseHTTPRequestHandler):
    """An OpenAI-compatible chat endpoint that answers in the model it was asked for."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
        model = body.get("model", "")
        if not body.get("stream"):
            self._json(200, {
                "id": "chatcmpl-sdk", "object": "chat.completion", "created": int(time.time()), "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "hello"},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": PROMPT_TOKENS, "completion_tokens": 1, "total_tokens": PROMPT_TOKENS + 1},
            })
            return
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        chunk = {"id": "chatcmpl-sdk", "object": "chat.completion.chunk", "created": int(time.time()), "model": model}
        try:
            for i in range(CHUNKS):
                delta = {"role": "assistant", "content": f"part{i} "} if i == 0 else {"content": f"part{i} "}
                self._event({**chunk, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
            self._event({**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            self._event({**chunk, "choices": [], "usage": {
                "prompt_tokens": PROMPT_TOKENS, "completion_tokens": CHUNKS, "total_tokens": PROMPT_TOKENS + CHUNKS}})
            self._chunk(b"data: [DONE]\n\n")
            time.sleep(LINGER_S)
            self._chunk(b"")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the gateway went away with its client

    def _json(self, status, value):
        data = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _event(self, value):
        self._chunk(f"data: {json.dumps(value)}\n\n".encode())

    def _chunk(self, data: bytes):
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Gateway:
    """The release gateway on a free port with `routes`, stopped with SIGTERM."""

    def __init__(self, routes: str, scratch: Path):
        self.port = free_port()
        routes_file = scratch / f"routes-{self.port}.toml"
        routes_file.write_text(routes)
        env = {**os.environ, "APP_HOST": "127.0.0.1", "APP_PORT": str(self.port), "ROUTES_FILE": str(routes_file),
               "LOG_LEVEL": "warn"}
        self.log = open(scratch / f"gateway-{self.port}.log", "w")
        self.process = subprocess.Popen([GATEWAY_BIN], cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 120
        while True:
            assert self.process.poll() is None, f"the gateway exited: {Path(self.log.name).read_text()}"
            try:
                with urllib.request.urlopen(f"{self.url}/health/ready", timeout=2) as res:
                    if res.status == 200:
                        return
            except OSError:
                pass
            assert time.monotonic() < deadline, "the gateway did not get ready in 120 s"
            time.sleep(0.2)

    def metric(self, name: str, **labels) -> float:
        with urllib.request.urlopen(f"{self.url}/metrics", timeout=5) as res:
            text = res.read().decode()
        total = 0.0
        for line in text.splitlines():
            if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
                total += float(line.rsplit(" ", 1)[1])
        return total

    def stop(self):
        self.process.terminate()
        assert self.process.wait(timeout=30) == 0, "the gateway did not exit cleanly on SIGTERM"
        self.log.close()


def check(name: str, test):
    test()
    print(f"ok   {name}")


def main():
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    upstream.daemon_threads = True
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{upstream.server_address[1]}/v1"
    routes = "".join(
        f'[[route]]\nname = "{name}"\nlabels = ["{label}"]\nbase_url = "{base}"\nmodel = "{model}"\n'
        for name, label, model in [("fast", 0, "sdk-small"), ("slow", 1, "sdk-large")]
    )
    with tempfile.TemporaryDirectory() as scratch:
        gateway = Gateway(routes, Path(scratch))
        try:
            run(gateway)
        finally:
            gateway.stop()
    print("the OpenAI SDK works against the proxy")


def run(gw: Gateway):
    client = openai.OpenAI(base_url=f"{gw.url}/v1", api_key="unused", max_retries=0, timeout=30)
    messages = [{"role": "user", "content": "Write a poem about the sea at night"}]

    def plain():
        raw = client.chat.completions.with_raw_response.create(model="auto", messages=messages)
        completion = raw.parse()
        assert completion.model in ("sdk-small", "sdk-large"), completion.model
        assert completion.choices[0].message.content == "hello"
        assert completion.usage.prompt_tokens == PROMPT_TOKENS
        assert raw.headers["x-route"] in ("fast", "slow") and raw.headers["x-route-label"] in ("0", "1")
        assert raw.headers["x-request-id"]

    def streamed():
        before = gw.metric("query_gateway_proxy_tokens_total", kind="completion")
        stream = client.chat.completions.create(
            model="sdk-large", messages=messages, stream=True, stream_options={"include_usage": True})
        text, usage = "", None
        for chunk in stream:
            assert chunk.model == "sdk-large"
            if chunk.choices:
                text += chunk.choices[0].delta.content or ""
            if chunk.usage:
                usage = chunk.usage
        assert text == "".join(f"part{i} " for i in range(CHUNKS)), text
        assert usage is not None and usage.completion_tokens == CHUNKS
        # The SDK closed at [DONE], long before the upstream ends its stream.
        counted = gw.metric("query_gateway_proxy_tokens_total", kind="completion") - before
        assert counted == CHUNKS, f"the stream's usage was counted as it passed: {counted}"

    def asynchronous():
        async def both():
            aclient = openai.AsyncOpenAI(base_url=f"{gw.url}/v1", api_key="unused", max_retries=0, timeout=30)
            completion = await aclient.chat.completions.create(model="sdk-small", messages=messages)
            assert completion.model == "sdk-small"
            parts = []
            stream = await aclient.chat.completions.create(model="auto", messages=messages, stream=True)
            async for chunk in stream:
                parts.extend(c.delta.content or "" for c in chunk.choices)
            assert "".join(parts).startswith("part0"), parts
            await aclient.close()

        asyncio.run(both())

    def errors():
        try:
            client.chat.completions.create(model="gpt-nope", messages=messages)
            raise AssertionError("an unknown model must fail")
        except openai.NotFoundError as e:
            assert e.status_code == 404 and e.code == "model_not_found", e
            assert "auto" in e.message, e.message
        try:
            client.chat.completions.create(model="auto", messages=[])
            raise AssertionError("no messages must fail")
        except openai.BadRequestError as e:
            assert e.status_code == 400 and e.body["type"] == "invalid_request_error", e.body
        try:
            client.get("/completions", cast_to=object)
            raise AssertionError("an endpoint the proxy does not serve must fail")
        except openai.NotFoundError as e:
            assert e.body["type"] == "invalid_request_error", e.body

    def models():
        ids = [m.id for m in client.models.list()]
        assert ids == ["auto", "sdk-small", "sdk-large"], ids
        model = client.models.retrieve("sdk-large")
        assert (model.id, model.object, model.owned_by) == ("sdk-large", "model", "route:slow"), model
        assert client.models.retrieve("auto").owned_by == "query-gateway"
        try:
            client.models.retrieve("gpt-nope")
            raise AssertionError("an unknown model must fail")
        except openai.NotFoundError as e:
            assert e.code == "model_not_found", e

    for name, test in [("plain", plain), ("streamed, usage counted though the SDK closes at [DONE]", streamed),
                       ("async, plain and streamed", asynchronous), ("errors", errors),
                       ("models list and retrieve", models)]:
        check(name, test)


if __name__ == "__main__":
    sys.exit(main())
