"""Provider Batch API mode: submit the queue as JSONL files, poll, ingest the results.

The provider answers within its completion window (24 hours) at about half the
price of live requests. A run:

1. claims up to ``max_requests`` jobs, writes one chat-completions request per
   job to a JSONL file (``custom_id`` is the job id), uploads it through the
   SDK's files endpoint and creates a batch;
2. repeats until the queue is empty, then polls every open submission;
3. reads the output and error files as each batch ends and passes every answer
   through the same validation and checks as live mode, storing versions.

Nothing is paid for twice after a crash. Before a batch is created, its
submission row and a token go into the store, and the jobs are marked
``submitted`` (no lease can free them). The token travels in the batch's
``metadata``, so a worker killed between creating the batch and recording its
id finds it again with ``batches.list``. A rerun resumes open submissions
before claiming anything new. An answer that is not a valid summary is a
failure, retried (live, or in a later batch) on the next run.
"""

from __future__ import annotations

import json
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Final, Literal

import openai

from .batch import BatchOptions, BatchReport, Meter, NoProgress, Progress
from .errors import SummarizerError
from .pipeline import Outcome, store_draft
from .prompts import PromptTemplate
from .queue import Job, Queue
from .records import Trial
from .store import Store, now
from .summary import PlainSummary
from .writers import Draft
from .writers.openai import OpenAIWriter, Reply, judge

__all__ = ["run_provider_batch"]

ENDPOINT: Final[Literal["/v1/chat/completions"]] = "/v1/chat/completions"
TOKEN_KEY = "summarizer_submission"
# OpenAI's limit is 50,000 requests (and 200 MB) per batch input file.
MAX_REQUESTS = 50_000
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})


class _Submissions:
    """The ``submissions`` table: one row per batch this store asked the provider for."""

    def __init__(self, store: Store, queue: Queue) -> None:
        self.db = store.db
        self.queue = queue

    def open(self) -> list[dict[str, Any]]:
        """Unfinished submissions of this prompt and model that this worker may take over.

        Its own, and any whose worker has not touched it for longer than a lease.
        """
        prompt_name, prompt_version, model = self.queue.key
        stale = _iso(time.time() - self.queue.lease)
        with self.db.transaction() as db:
            rows = db.execute(
                "UPDATE submissions SET worker = ?, updated_at = ? WHERE state IN "
                "('preparing', 'submitted') AND prompt_name = ? AND prompt_version = ? "
                "AND model = ? AND (worker = ? OR updated_at < ?) RETURNING *",
                (self.queue.worker, now(), prompt_name, prompt_version, model,
                 self.queue.worker, stale),
            ).fetchall()  # fmt: skip
        return sorted((dict(r) for r in rows), key=lambda r: r["created_at"])

    def prepare(self, token: str, jobs: list[Job]) -> None:
        prompt_name, prompt_version, model = self.queue.key
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO submissions (token, prompt_name, prompt_version, model, state, "
                "requests, worker, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, 'preparing', ?, ?, ?, ?)",
                (token, prompt_name, prompt_version, model, len(jobs), self.queue.worker,
                 now(), now()),
            )  # fmt: skip
            self.queue.submit(jobs, token)

    def update(self, token: str, **values: Any) -> None:
        columns = ", ".join(f"{name} = ?" for name in values)
        self.db.execute(
            f"UPDATE submissions SET {columns}, updated_at = ? WHERE token = ?",
            (*values.values(), now(), token),
        )


def _iso(epoch: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds")


class _ProviderRun:
    def __init__(
        self,
        store: Store,
        client: openai.OpenAI,
        prompt: PromptTemplate,
        options: BatchOptions,
        report: BatchReport,
        progress: Progress,
        *,
        model: str | None,
        max_requests: int,
        poll_interval: float,
        sleep: Callable[[float], None],
    ) -> None:
        self.store = store
        self.client = client
        self.prompt = prompt
        self.options = options
        self.report = report
        self.progress = progress
        # The writer is used only to build request bodies and read its settings,
        # so the JSONL lines are exactly what live mode would send.
        self.writer = OpenAIWriter(model, client=client)
        self.max_requests = max_requests
        self.poll_interval = poll_interval
        self.sleep = sleep
        self.queue = Queue(
            store.db,
            prompt_name=prompt.name,
            prompt_version=prompt.version,
            model=self.writer.model,
            worker=options.worker,
            lease=options.lease,
        )
        self.submissions = _Submissions(store, self.queue)

    def run(self) -> None:
        self.queue.reclaim_own()
        self.queue.plan()
        open_rows = self.submissions.open()
        self.progress.start(
            self.queue.claimable() + sum(len(self.queue.submitted(r["token"])) for r in open_rows)
        )
        pending: dict[str, str] = {}  # token -> batch id
        for row in open_rows:
            batch_id = row["batch_id"] or self._find_or_create(row["token"])
            if batch_id is not None:
                pending[row["token"]] = batch_id
        while jobs := self.queue.claim(self.max_requests):
            token = uuid.uuid4().hex
            self.submissions.prepare(token, jobs)
            batch_id = self._find_or_create(token)
            if batch_id is not None:
                pending[token] = batch_id
        while pending:
            for token, batch_id in list(pending.items()):
                batch = self.client.batches.retrieve(batch_id)
                self.submissions.update(token, detail=batch.status)  # also our heartbeat
                if batch.status in TERMINAL:
                    self._ingest(token, batch)
                    del pending[token]
            if pending:
                self.sleep(self.poll_interval)
        self.progress.close()

    # --- submitting -------------------------------------------------------------

    def _find_or_create(self, token: str) -> str | None:
        """The batch of a submission: found by its token if it was created, else created now."""
        for batch in self.client.batches.list(limit=100):
            if (batch.metadata or {}).get(TOKEN_KEY) == token:
                self.submissions.update(token, batch_id=batch.id, state="submitted")
                return batch.id
        jobs = list(self.queue.submitted(token).values())
        if not jobs:
            self.submissions.update(token, state="ingested", detail="nothing left to submit")
            return None
        with tempfile.TemporaryDirectory(prefix="summarizer-batch-") as tmp:
            path = Path(tmp) / f"{token}.jsonl"
            written = self._write_requests(path, jobs)
            if written == 0:
                self.submissions.update(token, state="ingested", detail="no readable records")
                return None
            with path.open("rb") as handle:
                uploaded = self.client.files.create(file=(path.name, handle), purpose="batch")
        self.submissions.update(token, input_file_id=uploaded.id)
        batch = self.client.batches.create(
            input_file_id=uploaded.id,
            endpoint=ENDPOINT,
            completion_window="24h",
            metadata={TOKEN_KEY: token, "prompt": f"{self.prompt.name}@v{self.prompt.version}"},
        )
        self.submissions.update(token, batch_id=batch.id, state="submitted")
        return batch.id

    def _write_requests(self, path: Path, jobs: list[Job]) -> int:
        """One JSONL line per job, streamed to disk so 50,000 prompts never sit in memory."""
        written = 0
        with path.open("w", encoding="utf-8") as out:
            for job in jobs:
                trial = self._trial(job)
                if trial is None:
                    continue
                body = self.writer._exchange(trial, self.prompt.render(trial)).request()
                line = {"custom_id": str(job.id), "method": "POST", "url": ENDPOINT, "body": body}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
                written += 1
        return written

    def _trial(self, job: Job) -> Trial | None:
        """The job's record, or None (job superseded) if the record changed since planning."""
        row = self.store.db.execute(
            "SELECT source_hash, trial_json FROM records WHERE nct_id = ?", (job.nct_id,)
        ).fetchone()
        if row is None or row["source_hash"] != job.source_hash:
            self.queue.superseded(job)
            self.report.actions["superseded"] += 1
            self.progress.advance(self.report.actions)
            return None
        return Trial.model_validate_json(row["trial_json"])

    # --- ingesting ----------------------------------------------------------------

    def _lines(self, file_id: str | None) -> Iterator[dict[str, Any]]:
        if not file_id:
            return
        with self.client.with_streaming_response.files.content(file_id) as response:
            for line in response.iter_lines():
                if line.strip():
                    yield json.loads(line)

    def _ingest(self, token: str, batch: Any) -> None:
        jobs = self.queue.submitted(token)
        for line in (*self._lines(batch.output_file_id), *self._lines(batch.error_file_id)):
            job = jobs.pop(str(line.get("custom_id")), None)
            if job is not None:
                self._ingest_line(job, line)
        # Lines the provider never answered (an expired or failed batch).
        reason = f"provider batch {batch.id} ended {batch.status} without an answer"
        for job in jobs.values():
            self._fail(job, reason)
        self.submissions.update(token, state="ingested", detail=batch.status)

    def _ingest_line(self, job: Job, line: dict[str, Any]) -> None:
        response = line.get("response") or {}
        status = response.get("status_code")
        self.report.meter.count(status)
        body = response.get("body") or {}
        if status != 200:
            error = body.get("error") or line.get("error") or {}
            message = error.get("message") if isinstance(error, dict) else str(error)
            self._fail(job, f"HTTP {status} in provider batch: {message or 'no detail'}")
            return
        reply = Reply.from_data(body)
        self.report.meter.add(reply.usage)
        verdict = judge(reply)
        if not isinstance(verdict, PlainSummary):
            self._fail(job, f"provider batch answer unusable: {verdict}")
            return
        trial = self._trial(job)
        if trial is None:
            return
        rendered = self.prompt.render(trial)
        draft = Draft(summary=verdict, backend="openai", model=self.writer.model, usage=reply.usage)
        try:
            version = store_draft(
                self.store, trial, job.source_hash, replace(draft, raw=reply.content),
                self.prompt, rendered.hash, author=self.options.author,
            )  # fmt: skip
        except SummarizerError as exc:
            self._fail(job, f"{type(exc).__name__}: {exc}")
            return
        self._count(Outcome(job.nct_id, "created", version))

    def _fail(self, job: Job, reason: str) -> None:
        self.store.record_failure(
            job.nct_id, job.source_hash, self.prompt.version, self.writer.model, reason
        )
        self.queue.failed(job, reason)
        self._count(Outcome(job.nct_id, "failed", error=reason))

    def _count(self, outcome: Outcome) -> None:
        self.report.record(outcome)
        self.progress.advance(self.report.actions)


def run_provider_batch(
    store: Store,
    *,
    prompt: PromptTemplate,
    options: BatchOptions,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    client: openai.OpenAI | None = None,
    max_requests: int = MAX_REQUESTS,
    poll_interval: float = 60.0,
    sleep: Callable[[float], None] = time.sleep,
    progress: Progress | None = None,
    report: BatchReport | None = None,
) -> BatchReport:
    """Summarize every job of this prompt and model through the provider's Batch API."""
    from .writers.openai import _resolve_endpoint

    owns = client is None
    if client is None:
        endpoint = _resolve_endpoint(base_url, api_key)
        client = openai.OpenAI(api_key=endpoint.api_key, base_url=endpoint.base_url)
    started = time.perf_counter()
    try:
        run = _ProviderRun(
            store, client, prompt, options,
            report or BatchReport(mode="provider-batch", worker=options.worker, model="",
                                  prompt=f"{prompt.name}@v{prompt.version}", meter=Meter(),
                                  prices=options.prices),
            progress or NoProgress(), model=model, max_requests=max_requests,
            poll_interval=poll_interval, sleep=sleep,
        )  # fmt: skip
        run.report.mode = "provider-batch"
        run.report.model = run.writer.model
        run.run()
    finally:
        if owns:
            client.close()
    run.report.elapsed = time.perf_counter() - started
    run.report.left = run.queue.counts()
    return run.report
