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
128 requests in flight. ``python -m tests.fake_openai --latency 0.3`` runs one
in its own process (benchmarks do, so the fake's CPU does not compete with the
client for the GIL) and prints its base URL.

Rate limits: set ``server.rate_limit = RateLimitWindow(requests=10, window=1.0)``
and every completion carries ``x-ratelimit-limit/remaining/reset-requests``
(and ``-tokens``) headers; a request over the limit gets a 429 with
``retry-after-ms`` until the window ends. ``server.rate_limited`` counts them.

Files and Batches (``POST /v1/files``, ``GET /v1/files/{id}[/content]``,
``POST /v1/batches``, ``GET /v1/batches[/{id}]``): a batch completes on the
``server.batch_polls``-th retrieval; each of its lines takes the next scripted
reply, as a chat request would, so ``Status(500)`` makes an error line and
``Malformed()`` an answer that is not a summary. ``server.batches`` and
``server.files`` keep what was submitted.
"""

from __future__ import annotations

import argparse
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
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
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


@dataclass
class RateLimitWindow:
    """Mode: at most ``requests`` (and ``tokens``) per ``window`` seconds, as a provider does."""

    requests: int
    tokens: int | None = None
    window: float = 1.0
    _start: float = field(default=0.0, repr=False)
    _requests: int = field(default=0, repr=False)
    _tokens: int = field(default=0, repr=False)

    def admit(self, tokens: int, now: float) -> tuple[bool, dict[str, str]]:
        """Whether a request of ``tokens`` may pass now, and the headers to send either way."""
        if now - self._start >= self.window:
            self._start, self._requests, self._tokens = now, 0, 0
        over = self._requests >= self.requests or (
            self.tokens is not None and self._tokens + tokens > self.tokens
        )
        if not over:
            self._requests += 1
            self._tokens += tokens
        reset = f"{max(1, round((self._start + self.window - now) * 1000))}ms"
        headers = {
            "x-ratelimit-limit-requests": str(self.requests),
            "x-ratelimit-remaining-requests": str(max(0, self.requests - self._requests)),
            "x-ratelimit-reset-requests": reset,
        }
        if self.tokens is not None:
            headers |= {
                "x-ratelimit-limit-tokens": str(self.tokens),
                "x-ratelimit-remaining-tokens": str(max(0, self.tokens - self._tokens)),
                "x-ratelimit-reset-tokens": reset,
            }
        if over:
            headers["retry-after-ms"] = reset.removesuffix("ms")
        return not over, headers


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
        self.rate_limit: RateLimitWindow | None = None
        self.rate_limited = 0
        self.files: dict[str, dict[str, Any]] = {}
        self.file_bytes: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        # A batch completes on this many-th retrieval (1: the first poll sees it done).
        self.batch_polls = 2
        self._queue: deque[Reply] = deque()
        # Re-entrant: completing a batch takes scripted replies while holding it.
        self._lock = threading.RLock()
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

    # --- Files and Batches -------------------------------------------------------

    def add_file(self, content: bytes, *, filename: str, purpose: str) -> dict[str, Any]:
        with self._lock:
            file_id = f"file-fake{next(self._ids)}"
            info = {
                "id": file_id, "object": "file", "bytes": len(content),
                "created_at": int(time.time()), "filename": filename, "purpose": purpose,
                "status": "processed",
            }  # fmt: skip
            self.files[file_id] = info
            self.file_bytes[file_id] = content
        return info

    def batch_reply(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """The status and body one batch line gets: the next scripted reply, as for chat."""
        reply = self._next(request, {})
        while isinstance(reply, Latency):
            reply = reply.reply
        if reply is None:
            reply = self.responder(request)
        if isinstance(reply, Status | Reset):
            code = reply.code if isinstance(reply, Status) else 500
            return code, {"error": {"message": f"fake error {code}", "type": "fake_error"}}
        if isinstance(reply, Malformed):
            body = self._completion(request, reply.content)
        elif isinstance(reply, Truncated):
            content = self.responder(request)
            body = self._completion(request, content[: len(content) // 2], finish_reason="length")
        elif isinstance(reply, Refusal):
            body = self._completion(request, None, refusal=reply.text)
        elif isinstance(reply, EmptyChoices):
            body = self._completion(request, None, empty=True)
        elif isinstance(reply, dict):
            body = self._completion(request, json.dumps(reply))
        else:
            body = self._completion(request, reply)
        return 200, json.loads(body)

    def _run_batch(self, batch: dict[str, Any]) -> None:
        """Answer every line of a batch's input file; write the output and error files."""
        out: list[str] = []
        errors: list[str] = []
        for line in self.file_bytes[batch["input_file_id"]].decode().splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            status, body = self.batch_reply(item["body"])
            result = {
                "id": f"batch_req_{next(self._ids)}",
                "custom_id": item["custom_id"],
                "response": {"status_code": status, "request_id": "fake", "body": body},
                "error": None,
            }
            (out if status == 200 else errors).append(json.dumps(result))
        counts = {"total": len(out) + len(errors), "completed": len(out), "failed": len(errors)}
        batch["request_counts"] = counts
        if out:
            content = ("\n".join(out) + "\n").encode()
            batch["output_file_id"] = self.add_file(
                content, filename="output.jsonl", purpose="batch_output"
            )["id"]
        if errors:
            content = ("\n".join(errors) + "\n").encode()
            batch["error_file_id"] = self.add_file(
                content, filename="errors.jsonl", purpose="batch_output"
            )["id"]
        batch["status"] = "completed"
        batch["completed_at"] = int(time.time())

    def poll_batch(self, batch_id: str) -> dict[str, Any] | None:
        batch = self.batches.get(batch_id)
        if batch is None:
            return None
        batch["_polls"] += 1
        if batch["status"] != "completed" and batch["_polls"] >= self.batch_polls:
            self._run_batch(batch)
        elif batch["status"] == "validating":
            batch["status"] = "in_progress"
        return {k: v for k, v in batch.items() if not k.startswith("_")}

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
    # Rate-limit headers for the reply being sent (reset after each send).
    _extra_headers: dict[str, str] = {}  # noqa: RUF012 - replaced per instance, never mutated

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
        extra, self._extra_headers = self._extra_headers, {}
        for name, value in (extra | (headers or {})).items():
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

    # --- Files and Batches -----------------------------------------------------

    def _json(self, status: int, body: Any) -> None:
        self._send(status, json.dumps(body).encode())

    def _upload(self, raw: bytes) -> None:
        header = f"Content-Type: {self.headers.get('Content-Type')}\r\n\r\n".encode()
        message = BytesParser(policy=HTTP).parsebytes(header + raw)
        fields: dict[str, Any] = {}
        filename = "upload.jsonl"
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if part.get_filename():
                filename = part.get_filename()
            fields[str(name)] = part.get_payload(decode=True)
        if "file" not in fields:
            self._error(400, "no file in the upload")
            return
        purpose = (fields.get("purpose") or b"batch").decode()
        self._json(200, self.server.add_file(fields["file"], filename=filename, purpose=purpose))

    def _create_batch(self, request: dict[str, Any]) -> None:
        server = self.server
        file_id = request.get("input_file_id")
        if file_id not in server.files:
            self._error(400, f"no such file {file_id}")
            return
        with server._lock:
            batch_id = f"batch_fake{next(server._ids)}"
            batch = {
                "id": batch_id, "object": "batch", "endpoint": request.get("endpoint"),
                "input_file_id": file_id, "completion_window": request.get("completion_window"),
                "status": "validating", "created_at": int(time.time()), "output_file_id": None,
                "error_file_id": None, "metadata": request.get("metadata"),
                "request_counts": {"total": 0, "completed": 0, "failed": 0}, "_polls": 0,
            }  # fmt: skip
            server.batches[batch_id] = batch
        self._json(200, {k: v for k, v in batch.items() if not k.startswith("_")})

    def _batch_api_get(self, path: str) -> None:
        server = self.server
        parts = path.strip("/").split("/")  # v1, files|batches, id?, content?
        if parts[1] == "batches" and len(parts) == 2:
            with server._lock:
                data = [
                    {k: v for k, v in b.items() if not k.startswith("_")}
                    for b in reversed(server.batches.values())
                ]
            self._json(200, {"object": "list", "data": data, "has_more": False})
        elif parts[1] == "batches" and len(parts) == 3:
            with server._lock:
                found = server.poll_batch(parts[2])
            if found is None:
                self._error(404, f"no such batch {parts[2]}")
            else:
                self._json(200, found)
        elif parts[1] == "files" and len(parts) in (3, 4) and parts[2] in server.files:
            if len(parts) == 4 and parts[3] == "content":
                body = server.file_bytes[parts[2]]
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self._json(200, server.files[parts[2]])
        else:
            self._error(404, f"no route GET {self.path}")

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0].rstrip("/")
        if path.startswith(("/v1/files", "/v1/batches")):
            self._batch_api_get(path)
        elif path == "/v1/models":
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
        path = self.path.split("?", 1)[0].rstrip("/")
        if path == "/v1/files":
            self._upload(raw)
            return
        if path == "/v1/batches":
            self._create_batch(json.loads(raw))
            return
        if path != "/v1/chat/completions":
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
        limit_headers: dict[str, str] = {}
        if server.rate_limit is not None:
            tokens = sum(_tokens(str(m.get("content") or "")) for m in request.get("messages", []))
            with server._lock:
                admitted, limit_headers = server.rate_limit.admit(tokens, time.monotonic())
                if not admitted:
                    server.rate_limited += 1
                    server.requests.append(request)
                    server.request_headers.append({k.lower(): v for k, v in self.headers.items()})
            if not admitted:
                self._error(429, "Rate limit reached for requests", limit_headers)
                return
        self._extra_headers = limit_headers
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


def main(argv: list[str] | None = None) -> None:
    """Serve until stdin closes (the parent exited) or SIGTERM; print the base URL first."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each reply")
    args = parser.parse_args(argv)
    with fake_openai_server(latency=args.latency) as server:
        print(server.base_url, flush=True)
        with suppress(KeyboardInterrupt):
            sys.stdin.read()


if __name__ == "__main__":
    main()
