"""A lean chat-completions server for the throughput benchmark: the client's counterpart.

    python3 bench/lean_openai.py --latency 0.3      # prints its base URL, serves until stdin closes

The benchmark measures our client, so the server must cost as little CPU as
possible: on a machine with two cores, whatever it spends is taken from the
client. ``tests/fake_openai.py`` is the test double (faults, rate limits,
files and batches, and a record of every request); it runs a thread per
connection, parses every request as HTTP and JSON, and keeps them all, which
costs several times this server's CPU a request. This one answers
``POST …/chat/completions`` and nothing else:

- one asyncio protocol per connection, HTTP/1.1 keep-alive, no threads;
- the request body is not parsed: the reply names the first NCT id in it (a
  bytes regex), as the test double's default responder does, so replies can
  be told apart;
- the reply is a prebuilt completion with that id put in, sent after
  ``--latency`` seconds by a timer, with ``usage`` from the body's size.

Anything else gets a 404. Pipelined requests on one connection are answered
in order.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fake_openai import summary_for

NCT_RE = re.compile(rb"NCT\d{8}")
PLACEHOLDER = "NCT00000000"
# A completion with the placeholder id; the id, the usage and the length are filled in per reply.
COMPLETION = json.dumps(
    {
        "id": "chatcmpl-lean",
        "object": "chat.completion",
        "created": 0,
        "model": "fake-model",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": json.dumps(summary_for(PLACEHOLDER)),
                    "refusal": None,
                },
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1111111, "completion_tokens": 150, "total_tokens": 2222222},
    }
).encode()
HEAD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
    b"Connection: keep-alive\r\n\r\n"
)
_MISSING = b'{"error":{"message":"this server only answers chat completions"}}'
NOT_FOUND = (
    b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
    % len(_MISSING)
) + _MISSING


def reply(body: bytes) -> bytes:
    """The whole HTTP response to one chat request whose body is ``body``."""
    found = NCT_RE.search(body)
    nct = found.group() if found else PLACEHOLDER.encode()
    # About four bytes a token, as the test double counts.
    prompt_tokens = max(1, len(body) // 4)
    payload = (
        COMPLETION.replace(PLACEHOLDER.encode(), nct)
        .replace(b"1111111", str(prompt_tokens).encode())
        .replace(b"2222222", str(prompt_tokens + 150).encode())
    )
    return HEAD % len(payload) + payload


class ChatProtocol(asyncio.Protocol):
    """One connection: split the byte stream into requests, answer each after the latency."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        # Replies in request order: (ready, bytes); sent from the front when ready.
        self.pending: deque[list[object]] = deque()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            match = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", head)
            length = int(match.group(1)) if match else 0
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            request_line = head.split(b"\r\n", 1)[0]
            if request_line.startswith(b"POST ") and b"/chat/completions" in request_line:
                slot: list[object] = [False, reply(body)]
            else:
                slot = [True, NOT_FOUND]
            self.pending.append(slot)
            if slot[0]:
                self._flush()
            else:
                asyncio.get_running_loop().call_later(self.latency, self._ready, slot)

    def _ready(self, slot: list[object]) -> None:
        slot[0] = True
        self._flush()

    def _flush(self) -> None:
        while self.pending and self.pending[0][0]:
            data = self.pending.popleft()[1]
            if self.transport is not None and not self.transport.is_closing():
                assert isinstance(data, bytes)
                self.transport.write(data)

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def serve(latency: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: ChatProtocol(latency), "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(f"http://127.0.0.1:{port}/v1", flush=True)
    # Serve until the parent closes our stdin (it exited) or terminates us.
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each reply")
    args = parser.parse_args()
    asyncio.run(serve(args.latency))


if __name__ == "__main__":
    main()
