"""A fake OpenAI-compatible server on 127.0.0.1, for tests and benchmarks.

The openai SDK sends its requests through ``httpx2``, which respx and
pytest-httpx cannot see, so we test the real SDK against a real socket::

    with fake_openai_server() as server:
        server.enqueue(Malformed(), {"title": ...}, Status(429, retry_after_ms=10))
        writer = OpenAIWriter(base_url=server.base_url, api_key="test")
        ...
        assert server.requests[1]["response_format"]["type"] == "json_schema"

Each ``POST /v1/chat/completions`` takes the next scripted reply from the
queue; when the queue is empty, ``server.responder(request_body)`` writes the
content (by default a valid summary naming the first NCT id in the prompt). A
reply is content (a str, or a dict sent as JSON) or a fault:

- :class:`Latency` delays a reply (``server.latency`` delays every request);
- :class:`Status` answers with an HTTP error, optionally with ``retry-after``;
- :class:`Malformed`, :class:`Truncated`, :class:`Refusal`, :class:`EmptyChoices`
  are HTTP 200 replies that are not a usable summary;
- :class:`Reset` drops the connection halfway through the response;
- :class:`RejectJsonSchema` is a mode, not a queued reply: like llama.cpp, the
  server refuses ``response_format`` json_schema and accepts json_object.

What happened is kept for assertions: ``server.requests`` (the request bodies,
in arrival order), ``server.request_headers`` (lower-cased names),
``server.responses`` (the completions sent), ``server.errors`` (exceptions
raised inside the fake, e.g. by a responder) and ``server.max_in_flight``.

One thread per connection, with a deep listen backlog, so a benchmark can keep
128 requests in flight.
"""

from __future__ import annotations

import itertools
import json
import re
import socket
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from summarizer.summary import DISCLAIMER

NCT_RE = re.compile(r"NCT\d{8}")


@dataclass(frozen=True)
class Latency:
    """Wait ``seconds`` before sending ``reply`` (None: the responder's content)."""

    seconds: float
    reply: Reply | None = None


@dataclass(frozen=True)
class Status:
    """An HTTP error. ``retry_after`` (seconds) and ``retry_after_ms`` set those headers.

    The SDK ignores a retry-after of 0 and falls back to its own backoff (0.5 s
    and up), so tests that want a short wait send e.g. ``retry_after_ms=10``.
    """

    code: int
    retry_after: float | None = None
    retry_after_ms: int | None = None
    body: dict[str, Any] | str | None = None


@dataclass(frozen=True)
class Malformed:
    """HTTP 200 whose content is not JSON."""

    content: str = "Sure! Here is a plain-language summary of the study."


@dataclass(frozen=True)
class Truncated:
    """finish_reason "length", with the responder's content cut in half."""


@dataclass(frozen=True)
class Refusal:
    """The model declines: no content, a ``refusal`` text."""

    text: str = "I'm sorry, I can't help with that."


@dataclass(frozen=True)
class EmptyChoices:
    """HTTP 200 with ``choices: []``."""


@dataclass(frozen=True)
class Reset:
    """Send the headers and half the body, then reset the TCP connection."""


@dataclass(frozen=True)
class RejectJsonSchema:
    """Mode: refuse json_schema response_format with ``status``, as llama.cpp does."""

    status: int = 500
    message: str = "Internal Server Error"


Content = str | dict[str, Any]
Reply = Content | Latency | Status | Malformed | Truncated | Refusal | EmptyChoices | Reset
Responder = Callable[[dict[str, Any]], str]


def summary_for(nct_id: str) -> dict[str, Any]:
    """A valid PlainSummary as a dict, naming ``nct_id`` so replies can be told apart."""
    return {
        "title": f"A study of a new medicine ({nct_id})",
        "about": "This study tests a new medicine for adults with high blood pressure.",
        "who_can_join": "Adults aged 18 to 65 with high blood pressure can join.",
        "what_happens": "People take the medicine or a placebo each day for 12 weeks.",
        "key_facts": ["The study is recruiting.", "About 100 people will take part."],
        "disclaimer": DISCLAIMER,
    }


def default_responder(request: dict[str, Any]) -> str:
    """A valid summary of the first NCT id the messages mention."""
    text = " ".join(str(m.get("content") or "") for m in request.get("messages", []))
    match = NCT_RE.search(text)
    return json.dumps(summary_for(match.group() if match else "NCT00000000"))


def _tokens(text: str) -> int:
    # Crude but deterministic: tests compare against the figures sent, not a tokenizer.
    return max(1, len(text) // 4)


class FakeOpenAIServer(ThreadingHTTPServer):
    """The server; use :func:`fake_openai_server` to run one."""

    daemon_threads = True
    # The default backlog of 5 drops connections under a burst of 128.
    request_queue_size = 512

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.latency: float = 0.0
        self.responder: Responder = default_responder
        self.reject_json_schema: RejectJsonSchema | None = None
        # The model name reported in replies; None echoes the requested one.
        self.reported_model: str | None = None
        self.requests: list[dict[str, Any]] = []
        self.request_headers: list[dict[str, str]] = []
        self.responses: list[dict[str, Any]] = []
        self.errors: list[BaseException] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._connections: set[socket.socket] = set()
        self._ids = itertools.count(1)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def enqueue(self, *replies: Reply) -> None:
        """Script the next replies, in order."""
        with self._lock:
            self._queue.extend(replies)

    @property
    def pending(self) -> int:
        """Scripted replies not yet served."""
        with self._lock:
            return len(self._queue)

    def _next(self, request: dict[str, Any], headers: dict[str, str]) -> Reply | None:
        with self._lock:
            self.requests.append(request)
            self.request_headers.append({k.lower(): v for k, v in headers.items()})
            return self._queue.popleft() if self._queue else None

    def _completion(
        self, request: dict[str, Any], content: str | None, *, record: bool = True, **fields: Any
    ) -> bytes:
        messages = request.get("messages", [])
        prompt_tokens = sum(_tokens(str(m.get("content") or "")) for m in messages)
        completion_tokens = _tokens(content or fields.get("refusal") or "")
        choice = {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": content,
                "refusal": fields.get("refusal"),
            },
            "finish_reason": fields.get("finish_reason", "stop"),
        }
        body = {
            "id": f"chatcmpl-fake{next(self._ids)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": self.reported_model or request.get("model") or "fake-model",
            "choices": [] if fields.get("empty") else [choice],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
        if record:
            with self._lock:
                self.responses.append(body)
        return json.dumps(body).encode()

    def _sleep(self, seconds: float) -> None:
        # Wakes at shutdown, so a slow reply never holds the test run.
        if seconds > 0:
            self._closing.wait(seconds)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        # A client that timed out or hung up has gone away: that is the test, not a bug.
        if isinstance(error, ConnectionError | TimeoutError):
            return
        # A bug in the fake or in a test's responder: keep it where a test can assert on it.
        if error is not None:
            with self._lock:
                self.errors.append(error)
        super().handle_error(request, client_address)

    def close(self) -> None:
        self._closing.set()
        self.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 keeps connections alive, as real servers do and the SDK's pool expects.
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, delayed ACKs add ~40 ms each.
    disable_nagle_algorithm = True
    server: FakeOpenAIServer

    def setup(self) -> None:
        super().setup()
        with self.server._lock:
            self.server._connections.add(self.connection)

    def finish(self) -> None:
        with self.server._lock:
            self.server._connections.discard(self.connection)
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(
        self, status: int, body: bytes, headers: dict[str, str] | None = None, *, cut: bool = False
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if cut:
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            # SO_LINGER 0: close() sends a TCP RST instead of a clean FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        self.wfile.write(body)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        body = {"error": {"message": message, "type": "fake_error", "code": status}}
        self._send(status, json.dumps(body).encode(), headers)

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/v1/models":
            model = self.server.reported_model or "fake-model"
            body = {
                "object": "list",
                "data": [{"id": model, "object": "model", "created": 0, "owned_by": "fake"}],
            }
            self._send(200, json.dumps(body).encode())
        else:
            self._error(404, f"no route GET {self.path}")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._error(404, f"no route POST {self.path}")
            return
        server = self.server
        with server._lock:
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
        try:
            self._chat(json.loads(raw))
        finally:
            with server._lock:
                server.in_flight -= 1

    def _chat(self, request: dict[str, Any]) -> None:
        server = self.server
        server._sleep(server.latency)
        fmt = request.get("response_format") or {}
        reject = server.reject_json_schema
        if reject is not None and fmt.get("type") == "json_schema":
            # Recorded, but does not use up a scripted reply.
            with server._lock:
                server.requests.append(request)
                server.request_headers.append({k.lower(): v for k, v in self.headers.items()})
            self._error(reject.status, reject.message)
            return
        reply = server._next(request, dict(self.headers))
        while isinstance(reply, Latency):
            server._sleep(reply.seconds)
            reply = reply.reply
        if reply is None:
            reply = server.responder(request)
        if isinstance(reply, Status):
            self._status(reply)
        elif isinstance(reply, Reset):
            body = server._completion(request, server.responder(request), record=False)
            self._send(200, body, cut=True)
        elif isinstance(reply, Malformed):
            self._send(200, server._completion(request, reply.content))
        elif isinstance(reply, Truncated):
            content = server.responder(request)
            cut = content[: len(content) // 2]
            self._send(200, server._completion(request, cut, finish_reason="length"))
        elif isinstance(reply, Refusal):
            self._send(200, server._completion(request, None, refusal=reply.text))
        elif isinstance(reply, EmptyChoices):
            self._send(200, server._completion(request, None, empty=True))
        elif isinstance(reply, dict):
            self._send(200, server._completion(request, json.dumps(reply)))
        else:
            self._send(200, server._completion(request, reply))

    def _status(self, status: Status) -> None:
        headers = {}
        if status.retry_after is not None:
            headers["retry-after"] = f"{status.retry_after:g}"
        if status.retry_after_ms is not None:
            headers["retry-after-ms"] = str(status.retry_after_ms)
        if status.body is None:
            self._error(status.code, f"fake error {status.code}", headers)
        elif isinstance(status.body, str):
            self._send(status.code, status.body.encode(), headers)
        else:
            self._send(status.code, json.dumps(status.body).encode(), headers)


@contextmanager
def fake_openai_server(
    *,
    latency: float = 0.0,
    reject_json_schema: RejectJsonSchema | None = None,
    reported_model: str | None = None,
) -> Iterator[FakeOpenAIServer]:
    """Run a fake server in a daemon thread; its ``base_url`` ends in ``/v1``."""
    server = FakeOpenAIServer()
    server.latency = latency
    server.reject_json_schema = reject_json_schema
    server.reported_model = reported_model
    # A short poll interval: shutdown() waits for the serve loop's next poll.
    thread = threading.Thread(
        target=server.serve_forever, args=(0.01,), name="fake-openai", daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.close()
        thread.join(timeout=5)
