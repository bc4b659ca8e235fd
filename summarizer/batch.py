"""Summarize many records at once: the store is the queue, the model is called concurrently.

A batch run has three steps, each safe to repeat after a crash:

1. **Read** records from files or the ClinicalTrials.gov API into ``records``
   (unchanged records are recognized by their source hash).
2. **Plan**: one job per record that has no version for this prompt version
   and model (:meth:`~summarizer.queue.Queue.plan`). Unchanged, already
   summarized records get no job and cost no LLM call.
3. **Work**: ``concurrency`` coroutines claim jobs in small groups, call the
   model through ``AsyncOpenAI``, check the summary and store it. The version
   and its job's completion are one transaction (see ``queue.py``), and the
   insert itself checks that the worker still holds the job (``Fence``).

Rate limits are enforced below the SDK, in :class:`LimitedTransport`, an
``httpx2`` transport that every request (first tries, the SDK's own retries
and our re-asks alike) passes through. It waits for the client-side budgets
(``rpm``, ``tpm``) and the provider's ``x-ratelimit-*`` headers and
``retry-after`` (:class:`RateLimiter`), and it meters the ``usage`` of every
completion, including those of records that fail in the end, because all of
them are billed.

The provider's Batch API (half the price, a day's latency) is the other mode:
see ``provider_batch.py``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import os
import re
import socket
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from queue import Empty
from typing import Any, Protocol

import httpx2
import openai

from . import readability
from .checks import CheckReport, run_checks
from .errors import InputError, WriterError
from .fetch import IngestReport, record_unreadable
from .parse import iter_files, parse_file_each
from .pipeline import AsyncWriter, Outcome, summarize_trial_async
from .prompts import PromptTemplate, RenderedPrompt
from .queue import Job, Queue
from .records import Trial, content_hash
from .store import Fence, Store, StoredRecord
from .writers import Draft, Usage, Writer

__all__ = [
    "BatchOptions",
    "BatchReport",
    "LimitedTransport",
    "Meter",
    "Prices",
    "RateLimiter",
    "ingest_paths",
    "load_prices",
    "make_async_writer",
    "run_batch",
    "run_batch_workers",
]

log = logging.getLogger(__name__)

# What a completion usually costs beyond its prompt, for the tokens-per-minute
# budget before the real figure is known. The meter bills from the real figures.
COMPLETION_ESTIMATE = 400
MAX_LISTED_FAILURES = 20
# Jobs claimed at once, at least: one statement per record would cost more than
# the claim is worth at low concurrency. Unstarted claims are renewed and, on a
# clean exit, released.
MIN_CLAIM = 16
# How often a worker with nothing to claim checks whether its peers are done.
IDLE_POLL = 0.5


def default_worker_id() -> str:
    """``host:pid``: unique among live workers, so nobody else's claims look like ours."""
    return f"{socket.gethostname()}:{os.getpid()}"


# --- prices and the report ---------------------------------------------------------


@dataclass(frozen=True)
class Prices:
    """US dollars per million tokens, as the provider bills them."""

    input: float
    output: float

    def cost(self, usage: Usage) -> float:
        return (usage.prompt_tokens * self.input + usage.completion_tokens * self.output) / 1e6


def load_prices(path: str | Path, model: str) -> Prices:
    """The prices of ``model`` from a JSON table ``{"model": {"input": 0.15, "output": 0.6}}``."""
    try:
        table = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read the prices table: {exc}", source=str(path)) from exc
    entry = table.get(model) if isinstance(table, dict) else None
    if not isinstance(entry, dict):
        known = ", ".join(sorted(table)) if isinstance(table, dict) else "none"
        raise InputError(f"no prices for model {model!r} (known: {known})", source=str(path))
    try:
        return Prices(input=float(entry["input"]), output=float(entry["output"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(
            f"prices for {model!r} need numeric 'input' and 'output' per 1M tokens",
            source=str(path),
        ) from exc


@dataclass
class Meter:
    """What the provider was asked and answered, from its own ``usage`` figures."""

    requests: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    usage: Usage = field(default_factory=Usage)

    def count(self, status: int | None) -> None:
        self.requests += 1
        if status is not None:
            self.statuses[status] = self.statuses.get(status, 0) + 1

    def bill(self, body: bytes) -> None:
        """Add the ``usage`` of a completion body; bodies without one add nothing."""
        try:
            usage = json.loads(body).get("usage") or {}
            self.add(
                Usage(
                    prompt_tokens=int(usage.get("prompt_tokens") or 0),
                    completion_tokens=int(usage.get("completion_tokens") or 0),
                    total_tokens=int(usage.get("total_tokens") or 0),
                )
            )
        except (ValueError, AttributeError, TypeError):
            return

    def add(self, usage: Usage) -> None:
        self.usage = self.usage + usage


@dataclass
class BatchReport:
    """The end-of-run report: what happened to each record, what it cost."""

    mode: str
    worker: str
    model: str
    prompt: str
    actions: dict[str, int] = field(
        default_factory=lambda: {
            "created": 0,
            "reused": 0,
            "failed": 0,
            "superseded": 0,
            "dropped": 0,
        }
    )
    statuses: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)
    ingest: IngestReport | None = None
    meter: Meter = field(default_factory=Meter)
    prices: Prices | None = None
    elapsed: float = 0.0
    rate_limited_seconds: float = 0.0
    left: dict[str, int] = field(default_factory=dict)

    @property
    def processed(self) -> int:
        return sum(self.actions.values())

    @property
    def cost(self) -> float | None:
        return None if self.prices is None else self.prices.cost(self.meter.usage)

    @property
    def unreadable(self) -> int:
        return 0 if self.ingest is None else len(self.ingest.failures)

    def record(self, outcome: Outcome) -> None:
        self.actions[outcome.action] = self.actions.get(outcome.action, 0) + 1
        if outcome.version is not None:
            status = outcome.version.status
            self.statuses[status] = self.statuses.get(status, 0) + 1
        if outcome.action == "failed":
            self.fail(outcome.nct_id, outcome.error or "unknown error")

    def fail(self, nct_id: str, reason: str) -> None:
        # Counted in actions by the caller; only the first few reasons are kept,
        # so a run of 550,000 failures does not hold 550,000 strings.
        if len(self.failures) < MAX_LISTED_FAILURES:
            self.failures.append((nct_id, reason))

    def render(self) -> str:
        a = self.actions
        rate = self.processed / self.elapsed if self.elapsed > 0 else 0.0
        by_status = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items())) or "none"
        lines = [
            f"Batch ({self.mode}, worker {self.worker}): {self.processed} records in "
            f"{self.elapsed:.1f}s ({rate:.1f}/s) · model {self.model} · prompt {self.prompt}",
            f"  {a['created']} created ({by_status}), {a['reused']} unchanged (no LLM call), "
            f"{a['failed']} failed, {a['superseded']} superseded"
            + (f", {a['dropped']} dropped (lease lost)" if a["dropped"] else ""),
        ]
        if self.ingest is not None:
            lines.append(f"  read: {self.ingest.summary()}")
        errors = ", ".join(
            f"{n}×{code}" for code, n in sorted(self.meter.statuses.items()) if code >= 400
        )
        u = self.meter.usage
        lines.append(
            f"  requests {self.meter.requests}"
            + (f" ({errors})" if errors else "")
            + f" · tokens {u.prompt_tokens:,} in + {u.completion_tokens:,} out"
            f" = {u.prompt_tokens + u.completion_tokens:,}"
            + (
                f" · waited {self.rate_limited_seconds:.1f}s for rate limits"
                if self.rate_limited_seconds >= 0.05
                else ""
            )
        )
        if self.prices is None:
            lines.append("  cost: unknown (give --price-input/--price-output or --prices)")
        else:
            lines.append(
                f"  estimated cost ${self.cost:,.4f} at ${self.prices.input:g}/M in, "
                f"${self.prices.output:g}/M out"
            )
        if self.left:
            left = ", ".join(f"{n} {s}" for s, n in self.left.items() if n and s != "done")
            lines.append(
                f"  queue now: {self.left.get('done', 0)} done" + (f", {left}" if left else "")
            )
        failed = a["failed"] + self.unreadable
        if failed:
            shown = self.failures + (self.ingest.failures if self.ingest else [])
            lines.append(f"  failures (first {min(len(shown), MAX_LISTED_FAILURES)} of {failed}):")
            lines += [
                # Writer errors already start with the NCT id; do not say it twice.
                f"    {nct_id}: {reason.removeprefix(f'{nct_id}: ')}"
                for nct_id, reason in shown[:MAX_LISTED_FAILURES]
            ]
            lines.append("  Run the same command again to retry them.")
        return "\n".join(lines)


# --- rate limits ---------------------------------------------------------------------

_DURATION_RE = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_duration(text: str | None) -> float | None:
    """OpenAI's reset durations (``"1s"``, ``"6m0s"``, ``"20ms"``, ``"1h2m3.5s"``) or seconds."""
    if not text:
        return None
    text = text.strip()
    with suppress(ValueError):
        return max(0.0, float(text))
    parts = _DURATION_RE.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        return None
    return sum(float(n) * _UNIT_SECONDS[u] for n, u in parts)


def retry_after(headers: Mapping[str, str]) -> float | None:
    """``retry-after-ms`` or ``retry-after`` (seconds), as the SDK reads them."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is not None:
            with suppress(ValueError):
                return max(0.0, float(value) * scale)
    return None


class _Bucket:
    """A token bucket refilled at ``per_minute / 60`` a second, holding one second's worth.

    Providers enforce per-minute limits over shorter windows too, so bursts are
    kept to a second's worth. A cost above the capacity passes when the bucket is
    full (and leaves it in debt), so one large prompt never waits forever.
    """

    def __init__(self, per_minute: float, now: float) -> None:
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, self.rate)
        self.level = self.capacity
        self.at = now

    def delay(self, cost: float, now: float) -> float:
        self.level = min(self.capacity, self.level + (now - self.at) * self.rate)
        self.at = now
        need = min(cost, self.capacity)
        return 0.0 if self.level >= need else (need - self.level) / self.rate

    def take(self, cost: float) -> None:
        self.level -= cost


class RateLimiter:
    """When the next request may go: client-side budgets plus what the provider says.

    ``acquire`` waits for the requests-per-minute and tokens-per-minute buckets
    and for any pause the provider asked for. ``finish`` reads each answer:
    a 429 pauses everyone for its ``retry-after``; ``x-ratelimit-remaining-*``
    at or below what is already in flight pauses until ``x-ratelimit-reset-*``.
    Clock and sleep are injectable, so tests run without waiting.
    """

    def __init__(
        self,
        *,
        rpm: float | None = None,
        tpm: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.clock = clock
        self.sleep = sleep
        start = clock()
        self._requests = _Bucket(rpm, start) if rpm else None
        self._tokens = _Bucket(tpm, start) if tpm else None
        self.paused_until = -math.inf
        self.in_flight = 0
        self.in_flight_tokens = 0
        self.waited = 0.0

    async def acquire(self, tokens: int) -> None:
        while True:
            now = self.clock()
            delay = self.paused_until - now
            if delay <= 0:
                delay = max(
                    self._requests.delay(1, now) if self._requests else 0.0,
                    self._tokens.delay(tokens, now) if self._tokens else 0.0,
                )
            if delay <= 0:
                break
            self.waited += delay
            await self.sleep(delay)
        if self._requests:
            self._requests.take(1)
        if self._tokens:
            self._tokens.take(tokens)
        self.in_flight += 1
        self.in_flight_tokens += tokens

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, self.clock() + seconds)

    def finish(self, tokens: int, status: int | None, headers: Mapping[str, str]) -> None:
        self.in_flight -= 1
        self.in_flight_tokens -= tokens
        if status == 429:
            wait = retry_after(headers)
            self.pause(1.0 if wait is None else wait)
        for kind, in_flight in (("requests", self.in_flight), ("tokens", self.in_flight_tokens)):
            remaining = headers.get(f"x-ratelimit-remaining-{kind}")
            reset = parse_duration(headers.get(f"x-ratelimit-reset-{kind}"))
            if remaining is None or reset is None:
                continue
            with suppress(ValueError):
                if float(remaining) <= in_flight:
                    self.pause(reset)


class LimitedTransport(httpx2.AsyncBaseTransport):
    """An ``httpx2`` transport that rate-limits and meters every request the SDK sends."""

    def __init__(
        self,
        inner: httpx2.AsyncBaseTransport,
        limiter: RateLimiter,
        meter: Meter,
        *,
        completion_estimate: int = COMPLETION_ESTIMATE,
    ) -> None:
        self.inner = inner
        self.limiter = limiter
        self.meter = meter
        self.completion_estimate = completion_estimate

    def _estimate(self, request: httpx2.Request, chat: bool) -> int:
        if not chat:
            return 0
        try:
            size = len(request.content)
        except httpx2.RequestNotRead:
            size = 0
        # About four bytes a token for English JSON; the headers correct the rest.
        return size // 4 + self.completion_estimate

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        chat = request.url.path.endswith("/chat/completions")
        tokens = self._estimate(request, chat)
        await self.limiter.acquire(tokens)
        try:
            response = await self.inner.handle_async_request(request)
            if chat and response.status_code == 200:
                self.meter.bill(await response.aread())
        except BaseException:
            self.limiter.finish(tokens, None, {})
            self.meter.count(None)
            raise
        self.limiter.finish(tokens, response.status_code, response.headers)
        self.meter.count(response.status_code)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


# --- writers -----------------------------------------------------------------------------


class _InLoop:
    """A synchronous writer (the builtin one) behind the async interface."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer
        self.backend = writer.backend
        self.model = writer.model

    async def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft:
        return self.writer.write(trial, prompt)


@dataclass
class AsyncBackend:
    """An async writer with the client it runs on, to close at the end."""

    writer: AsyncWriter
    client: openai.AsyncOpenAI | None = None

    async def aclose(self) -> None:
        if self.client is not None:
            await self.client.close()


def openai_client(
    *,
    concurrency: int,
    limiter: RateLimiter,
    meter: Meter,
    base_url: str | None = None,
    api_key: str | None = None,
    max_retries: int = 4,
    timeout: float = 60.0,
) -> openai.AsyncOpenAI:
    """An ``AsyncOpenAI`` whose every request passes the rate limiter and the meter."""
    from .writers.openai import _resolve_endpoint

    endpoint = _resolve_endpoint(base_url, api_key)
    # Keep-alive for every concurrent request: the SDK's default pool keeps 100,
    # and at higher concurrency the rest would reconnect on every request.
    inner = httpx2.AsyncHTTPTransport(
        limits=httpx2.Limits(
            max_connections=concurrency + 16, max_keepalive_connections=concurrency
        )
    )
    http_client = openai.DefaultAsyncHttpxClient(
        transport=LimitedTransport(inner, limiter, meter), timeout=timeout
    )
    return openai.AsyncOpenAI(
        api_key=endpoint.api_key,
        base_url=endpoint.base_url,
        max_retries=max_retries,
        timeout=timeout,
        http_client=http_client,
    )


def make_async_writer(
    backend: str | None,
    *,
    model: str | None,
    concurrency: int,
    limiter: RateLimiter,
    meter: Meter,
    base_url: str | None = None,
    api_key: str | None = None,
) -> AsyncBackend:
    """The async writer for ``backend`` (None: openai when an endpoint is configured)."""
    if backend is None:
        configured = (
            base_url or os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL")
        )
        backend = "openai" if configured else "builtin"
    if backend == "builtin":
        from .writers.builtin import BuiltinWriter

        return AsyncBackend(_InLoop(BuiltinWriter()))
    if backend != "openai":
        raise ValueError(f"unknown backend {backend!r}: use 'builtin' or 'openai'")
    from .writers.openai import AsyncOpenAIWriter

    client = openai_client(
        concurrency=concurrency, limiter=limiter, meter=meter, base_url=base_url, api_key=api_key
    )
    return AsyncBackend(AsyncOpenAIWriter(model, client=client), client)


# --- reading records -----------------------------------------------------------------------


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    on_record: Callable[[str | None, str], None] | None = None,
) -> IngestReport:
    """Read record files (or directories of them) into the store; one bad file never stops the rest.

    Unreadable files are listed in the report; when the file names its NCT id,
    the reason is kept in the failures table too.
    """
    report = IngestReport()
    for path in iter_files(paths):
        try:
            records = parse_file_each(path)
        except InputError as exc:
            records = [exc]
        except OSError as exc:
            report.failures.append((str(path), f"cannot read: {exc}"))
            continue
        for record in records:
            if isinstance(record, InputError):
                _unreadable(store, report, path, record, on_record)
                continue
            _, change = store.put_record(record.trial, record.raw)
            report.counts[change] += 1
            if on_record is not None:
                on_record(record.trial.nct_id, change)
    return report


def _unreadable(
    store: Store,
    report: IngestReport,
    path: Path,
    exc: InputError,
    on_record: Callable[[str | None, str], None] | None,
) -> None:
    report.failures.append((exc.nct_id or str(path), str(exc)))
    if exc.nct_id:
        with suppress(OSError):
            raw_hash = content_hash(Path(path).read_bytes().decode("utf-8", "replace"))
            record_unreadable(store, exc.nct_id, raw_hash, f"cannot parse: {exc}")
    if on_record is not None:
        on_record(exc.nct_id, "unreadable")


# --- progress --------------------------------------------------------------------------------


class Progress(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, counts: Mapping[str, int]) -> None: ...
    def close(self) -> None: ...


class NoProgress:
    def start(self, total: int) -> None:
        pass

    def advance(self, counts: Mapping[str, int]) -> None:
        pass

    def close(self) -> None:
        pass


class RichProgress:
    """A progress bar with rate, ETA and counts by status, on stderr (or ``console``)."""

    def __init__(self, console: Any = None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            Task,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task: Task) -> Text:
                speed = task.finished_speed or task.speed
                return Text("-/s" if speed is None else f"{speed:.1f}/s", style="cyan")

        self._bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[counts]}"),
            console=console or Console(stderr=True),
            transient=False,
        )
        self._task: Any = None

    def start(self, total: int) -> None:
        self._bar.start()
        self._task = self._bar.add_task("summarizing", total=total, counts="")

    def advance(self, counts: Mapping[str, int]) -> None:
        text = " · ".join(f"{k} {v}" for k, v in counts.items() if v)
        self._bar.update(self._task, advance=1, counts=text)

    def close(self) -> None:
        self._bar.stop()


# --- the run ---------------------------------------------------------------------------------


@dataclass
class BatchOptions:
    concurrency: int = 16
    rpm: float | None = None
    tpm: float | None = None
    lease: float = 120.0
    worker: str = field(default_factory=default_worker_id)
    author: str = "summarizer"
    prices: Prices | None = None
    # Processes that run the checks beside the event loop; 0 runs them in it.
    check_processes: int = 0


class CheckPool:
    """The checks in worker processes, so that one event loop can use more than one core.

    The checks are pure CPU (regular expressions over the summary and the record);
    in the event loop's own thread they hold up every reply that arrives meanwhile.
    With ``processes`` of 0 they run inline. A pool that breaks (a killed child)
    is dropped and the checks go on inline: a batch never dies on it.
    """

    def __init__(self, processes: int) -> None:
        self._pool: ProcessPoolExecutor | None = None
        if processes > 0:
            self._pool = ProcessPoolExecutor(max_workers=processes, initializer=readability.warm_up)

    async def check(self, trial: Trial, text: str) -> CheckReport:
        if self._pool is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(
                    self._pool, run_checks, trial, text
                )
            except BrokenProcessPool:
                log.warning("the check processes died; checking in the batch process instead")
                self.close()
        return run_checks(trial, text)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


class _Work:
    """One worker's pass over the queue: ``concurrency`` coroutines, claims, heartbeats."""

    def __init__(
        self,
        store: Store,
        writer: AsyncWriter,
        prompt: PromptTemplate,
        options: BatchOptions,
        report: BatchReport,
        progress: Progress,
    ) -> None:
        self.store = store
        self.writer = writer
        self.prompt = prompt
        self.options = options
        self.report = report
        self.progress = progress
        self.queue = Queue(
            store.db,
            prompt_name=prompt.name,
            prompt_version=prompt.version,
            model=writer.model,
            worker=options.worker,
            lease=options.lease,
        )
        self._buffer: deque[Job] = deque()
        # The records of the claimed jobs in the buffer, by job id: one query a group.
        self._records: dict[int, StoredRecord] = {}
        self._checks = CheckPool(options.check_processes)

    async def _next(self) -> Job | None:
        """The next job to do; None when there is none and no one else holds any."""
        while not self._buffer:
            # Claims are small groups: one statement serves many records, and a
            # worker holds little that others could be doing.
            claimed = self.queue.claim(max(self.options.concurrency, MIN_CLAIM))
            if claimed:
                # The group's records and reuse lookups in one query, not two a record.
                found = self.store.stored_records([j.nct_id for j in claimed], *self.queue.key)
                self._records.update((j.id, found[j.nct_id]) for j in claimed if j.nct_id in found)
                self._buffer.extend(claimed)
                break
            # Another worker holds the rest. If it is alive it finishes them; if it
            # died, its leases lapse and we take them: wait, then look again.
            wait = self.queue.next_expiry()
            if wait is None:
                return None
            # Poll often: a live peer usually finishes long before its lease lapses.
            await asyncio.sleep(min(wait + 0.05, IDLE_POLL))
        return self._buffer.popleft()

    async def run(self) -> None:
        self.queue.reclaim_own()
        self.queue.plan()
        self.progress.start(self.queue.claimable())
        beat = asyncio.create_task(self._heartbeat())
        try:
            await asyncio.gather(*(self._worker() for _ in range(self.options.concurrency)))
        finally:
            self._checks.close()
            beat.cancel()
            with suppress(asyncio.CancelledError):
                await beat
            # Interrupted (Ctrl-C, an error): every claim we still hold was either
            # never started or cancelled mid-call, so nothing will store it: give
            # them all back rather than make the next run wait for the leases.
            with suppress(Exception):
                self.queue.reclaim_own()
            self.progress.close()

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(self.options.lease / 3)
            try:
                self.queue.heartbeat()
            except Exception as exc:  # a database blip: the lease outlasts two more beats
                log.warning("heartbeat failed: %s: %s", type(exc).__name__, exc)

    async def _worker(self) -> None:
        while (job := await self._next()) is not None:
            await self._one(job)
            self.progress.advance(self.report.actions)

    async def _one(self, job: Job) -> None:
        record = self._records.pop(job.id, None)
        if record is None or record.source_hash != job.source_hash:
            self.queue.superseded(job)
            self.report.actions["superseded"] += 1
            return
        try:
            trial = Trial.model_validate_json(record.trial_json)
            outcome = await summarize_trial_async(
                self.store, trial, source_hash=job.source_hash, writer=self.writer,
                prompt=self.prompt, author=self.options.author,
                reuse_checked=record.reusable is None,
                fence=Fence(job.id, self.queue.worker), check=self._checks.check,
            )  # fmt: skip
        except Exception as exc:  # a prompt or store error on one record must not end the run
            reason = str(exc) if isinstance(exc, WriterError) else f"{type(exc).__name__}: {exc}"
            with suppress(Exception):
                self.store.record_failure(
                    job.nct_id, job.source_hash, self.prompt.version, self.writer.model, reason
                )
            outcome = Outcome(job.nct_id, "failed", error=reason)
        if outcome.action == "reused" and outcome.version is not None:
            self.queue.done(job, outcome.version.version)
        elif outcome.action == "failed":
            self.queue.failed(job, outcome.error or "unknown error")
        # "created": the version's insert already marked the job done.
        self.report.record(outcome)


async def run_batch_async(
    store: Store,
    *,
    writer: AsyncWriter,
    prompt: PromptTemplate,
    options: BatchOptions,
    progress: Progress | None = None,
    meter: Meter | None = None,
    limiter: RateLimiter | None = None,
    ingest: IngestReport | None = None,
) -> BatchReport:
    """Plan and work through every job of this prompt and model; return the report."""
    report = BatchReport(
        mode="async",
        worker=options.worker,
        model=writer.model,
        prompt=f"{prompt.name}@v{prompt.version}",
        ingest=ingest,
        meter=meter or Meter(),
        prices=options.prices,
    )
    readability.warm_up()
    started = time.perf_counter()
    work = _Work(store, writer, prompt, options, report, progress or NoProgress())
    await work.run()
    report.elapsed = time.perf_counter() - started
    report.rate_limited_seconds = limiter.waited if limiter is not None else 0.0
    report.left = work.queue.counts()
    return report


def run_batch(
    store: Store,
    *,
    prompt: PromptTemplate,
    options: BatchOptions,
    backend: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    progress: Progress | None = None,
    ingest: IngestReport | None = None,
) -> BatchReport:
    """Run a whole async batch on its own event loop: the CLI's entry point."""

    async def main() -> BatchReport:
        meter = Meter()
        limiter = RateLimiter(rpm=options.rpm, tpm=options.tpm)
        chosen = make_async_writer(
            backend, model=model, concurrency=options.concurrency, limiter=limiter,
            meter=meter, base_url=base_url, api_key=api_key,
        )  # fmt: skip
        try:
            return await run_batch_async(
                store, writer=chosen.writer, prompt=prompt, options=options,
                progress=progress, meter=meter, limiter=limiter, ingest=ingest,
            )  # fmt: skip
        finally:
            await chosen.aclose()

    return asyncio.run(main())


# --- several worker processes ---------------------------------------------------------


def _share(total: float | None, parts: int) -> float | None:
    """One worker's share of a rate budget (None: no budget)."""
    return None if total is None else total / parts


class _SentProgress:
    """A worker process's progress, sent to the parent, which draws one bar for all."""

    def __init__(self, events: Any, index: int) -> None:
        self._events, self._index = events, index

    def start(self, total: int) -> None:
        self._events.put(("start", self._index, total))

    def advance(self, counts: Mapping[str, int]) -> None:
        self._events.put(("advance", self._index, dict(counts)))

    def close(self) -> None:
        pass


def _worker_process(spec: dict[str, Any]) -> BatchReport:
    """One worker process of :func:`run_batch_workers` (top level, so spawn can find it)."""
    from .prompts import load_prompt

    options: BatchOptions = spec["options"]
    events = spec.get("events")
    progress = _SentProgress(events, spec["index"]) if events is not None else None
    with Store.open(spec["location"]) as store:
        return run_batch(
            store, prompt=load_prompt(spec["prompt"]), options=options, backend=spec["backend"],
            model=spec["model"], base_url=spec["base_url"], api_key=spec["api_key"],
            progress=progress,
        )  # fmt: skip


def _follow(events: Any, futures: list[Future[BatchReport]], progress: Progress) -> None:
    """Draw the workers' progress as one bar until every worker has finished."""
    counts: dict[int, dict[str, int]] = {}
    started = False

    def show(kind: str, index: int, value: Any) -> None:
        nonlocal started
        if kind == "start" and not started:
            # Workers share the queue, so each sees the same work waiting: one total.
            progress.start(value)
            started = True
        elif kind == "advance":
            counts[index] = value
            merged: dict[str, int] = {}
            for worker_counts in counts.values():
                for action, n in worker_counts.items():
                    merged[action] = merged.get(action, 0) + n
            progress.advance(merged)

    while not all(f.done() for f in futures):
        with suppress(Empty):
            show(*events.get(timeout=0.2))
    # A worker's events are all sent before it returns: what is left is in the queue.
    with suppress(Empty):
        while True:
            show(*events.get_nowait())


def run_batch_workers(
    location: str,
    *,
    workers: int,
    prompt: PromptTemplate,
    options: BatchOptions,
    backend: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    ingest: IngestReport | None = None,
    progress: Progress | None = None,
) -> BatchReport:
    """Run an async batch in ``workers`` processes on the store at ``location``; one report.

    One process runs out of CPU long before the provider runs out of capacity
    (the SDK, the checks and the store cost milliseconds a record, and the GIL
    gives one core), so on a machine with several cores, run one worker per
    core. They share the store as the queue exactly as workers on different
    machines do: each claims its own jobs under its own worker id
    (``{options.worker}/{i}``). ``options.concurrency``, ``rpm`` and ``tpm``
    are totals, split evenly between the workers; each also follows the
    provider's rate-limit headers. ``location`` is the store's path or URL as
    given (with its password), since every worker opens its own connection.
    """
    import multiprocessing

    if workers < 1:
        raise ValueError("workers must be at least 1")
    base, extra = divmod(options.concurrency, workers)
    specs = []
    for i in range(workers):
        share = base + (1 if i < extra else 0)
        if share < 1:
            break
        worker_options = replace(
            options, concurrency=share, rpm=_share(options.rpm, workers),
            tpm=_share(options.tpm, workers), worker=f"{options.worker}/{i}",
        )  # fmt: skip
        specs.append({
            "location": location, "prompt": f"{prompt.name}@v{prompt.version}",
            "options": worker_options, "backend": backend, "model": model,
            "base_url": base_url, "api_key": api_key,
        })  # fmt: skip
    started = time.perf_counter()
    # spawn, not fork: a forked child would share the parent's open store connection.
    context = multiprocessing.get_context("spawn")
    events: Any = None
    with ExitStack() as stack:
        if progress is not None:
            events = stack.enter_context(context.Manager()).Queue()
            for i, spec in enumerate(specs):
                spec.update(events=events, index=i)
        pool = stack.enter_context(ProcessPoolExecutor(max_workers=len(specs), mp_context=context))
        futures = [pool.submit(_worker_process, spec) for spec in specs]
        if progress is not None:
            try:
                _follow(events, futures, progress)
            finally:
                progress.close()
        reports = [f.result() for f in futures]
    merged = BatchReport(
        mode=f"async, {len(specs)} processes",
        worker=f"{options.worker}/0-{len(specs) - 1}",
        model=reports[0].model,
        prompt=reports[0].prompt,
        ingest=ingest,
        prices=options.prices,
    )
    for report in reports:
        for action, n in report.actions.items():
            merged.actions[action] = merged.actions.get(action, 0) + n
        for status, n in report.statuses.items():
            merged.statuses[status] = merged.statuses.get(status, 0) + n
        for nct_id, reason in report.failures:
            merged.fail(nct_id, reason)
        merged.meter.requests += report.meter.requests
        for code, n in report.meter.statuses.items():
            merged.meter.statuses[code] = merged.meter.statuses.get(code, 0) + n
        merged.meter.add(report.meter.usage)
        merged.rate_limited_seconds = max(merged.rate_limited_seconds, report.rate_limited_seconds)
    merged.elapsed = time.perf_counter() - started
    # The queue as the last worker to finish left it.
    merged.left = max((r.left for r in reports), key=lambda left: left.get("done", 0))
    return merged
