"""Batch runs against the fake OpenAI server: concurrency, rate limits, resume, provider batches.

The kill-and-resume and two-worker tests run ``summarizer batch`` in real
subprocesses against a real socket, and check the store afterwards: each
record has exactly one version, every job is done, nothing is half-written.
"""

from __future__ import annotations

import asyncio
import io
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rich.console import Console

from summarizer import provider_batch
from summarizer.batch import (
    BatchOptions,
    Meter,
    Prices,
    RateLimiter,
    RichProgress,
    ingest_paths,
    make_async_writer,
    parse_duration,
    run_batch,
    run_batch_async,
    run_batch_workers,
)
from summarizer.cli import cli
from summarizer.prompts import load_prompt
from summarizer.provider_batch import run_provider_batch
from summarizer.queue import Queue
from summarizer.store import Store
from tests.fake_openai import (
    FakeOpenAIServer,
    Malformed,
    RateLimitWindow,
    Status,
    fake_openai_server,
)
from tests.support import FIXTURES, ROOT

PROMPT_VERSION = load_prompt().version

V2 = FIXTURES / "v2"
SOME = sorted(V2.glob("*.json"))[:12]
# The subprocess tests use 40 records: enough to be killed mid-run, quick on 2 cores.
FORTY = sorted(V2.glob("*.json"))[:40]


@pytest.fixture
def forty(tmp_path: Path) -> Path:
    folder = tmp_path / "records"
    folder.mkdir()
    for path in FORTY:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


MODEL = "fake-model"
NCT_RE = re.compile(r"NCT\d{8}")


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with fake_openai_server() as running:
        yield running


def requested_ids(server: FakeOpenAIServer) -> list[str]:
    """The NCT id each chat request was about (the prompt's first one)."""
    found = []
    for request in server.requests:
        text = " ".join(str(m.get("content")) for m in request["messages"])
        match = NCT_RE.search(text)
        found.append(match.group() if match else "?")
    return found


def batch(store: Store, server: FakeOpenAIServer, **options: Any) -> Any:
    return run_batch(
        store, prompt=load_prompt(), options=BatchOptions(**options), backend="openai",
        model=MODEL, base_url=server.base_url, api_key="test",
    )  # fmt: skip


def assert_exactly_one_version_each(store: Store, nct_ids: set[str]) -> None:
    rows = store.db.execute("SELECT nct_id, COUNT(*) AS n FROM summaries GROUP BY nct_id")
    assert {r["nct_id"]: r["n"] for r in rows} == dict.fromkeys(nct_ids, 1)
    jobs = store.db.execute("SELECT nct_id, state, version FROM jobs").fetchall()
    assert sorted((r["nct_id"], r["state"], r["version"]) for r in jobs) == [
        (nct_id, "done", 1) for nct_id in sorted(nct_ids)
    ]


# --- rate limits -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1s", 1.0), ("6m0s", 360.0), ("20ms", 0.02), ("1h2m3.5s", 3723.5), ("0.25", 0.25),
     ("soon", None), ("", None)],
)  # fmt: skip
def test_reset_durations(text: str, seconds: float | None) -> None:
    assert parse_duration(text) == seconds


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def test_rpm_spaces_requests_after_a_one_second_burst() -> None:
    t = FakeTime()
    limiter = RateLimiter(rpm=120, clock=t.clock, sleep=t.sleep)

    async def go() -> None:
        for _ in range(5):
            await limiter.acquire(0)
            limiter.finish(0, 200, {})

    asyncio.run(go())
    assert t.sleeps == [0.5, 0.5, 0.5]  # two a second: a burst of 2, then every 0.5 s


def test_tpm_waits_for_tokens() -> None:
    t = FakeTime()
    limiter = RateLimiter(tpm=6000, clock=t.clock, sleep=t.sleep)  # 100 tokens a second

    async def go() -> None:
        for _ in range(3):
            await limiter.acquire(100)
            limiter.finish(100, 200, {})

    asyncio.run(go())
    assert t.sleeps == [1.0, 1.0]


def test_provider_headers_and_retry_after_pause_everyone() -> None:
    t = FakeTime()
    limiter = RateLimiter(clock=t.clock, sleep=t.sleep)

    async def go() -> None:
        await limiter.acquire(0)
        await limiter.acquire(0)
        # One answer says the window has one request left, and one is still in flight.
        limiter.finish(
            0, 200, {"x-ratelimit-remaining-requests": "1", "x-ratelimit-reset-requests": "2s"}
        )
        await limiter.acquire(0)
        limiter.finish(0, 429, {"retry-after-ms": "1500"})
        await limiter.acquire(0)

    asyncio.run(go())
    assert t.sleeps == [2.0, 1.5]


def test_a_batch_follows_the_providers_rate_limit_headers(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.rate_limit = RateLimitWindow(requests=6, window=0.5)
    with Store.open(tmp_path / "s.db") as store:
        ingest_paths(store, SOME)
        report = batch(store, server, concurrency=6)
    assert report.actions["created"] == len(SOME)
    # Headers show the budget before it runs out, so at most the first burst is refused.
    assert server.rate_limited <= 6
    assert report.meter.statuses.get(429, 0) == server.rate_limited


# --- live (async) batches -----------------------------------------------------------------


def test_batch_summarizes_concurrently_and_bills_from_usage(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.latency = 0.05
    with Store.open(tmp_path / "s.db") as store:
        ingest = ingest_paths(store, SOME)
        report = batch(store, server, concurrency=4, prices=Prices(input=1.0, output=2.0))
        assert_exactly_one_version_each(store, {p.stem for p in SOME})
        stored = sum(v.provenance.prompt_tokens for p in SOME for v in store.versions(p.stem))
    assert ingest.counts["new"] == len(SOME)
    assert server.max_in_flight == 4
    assert report.actions == {
        "created": 12, "reused": 0, "failed": 0, "superseded": 0, "dropped": 0
    }  # fmt: skip
    usage = [r["usage"] for r in server.responses]
    assert report.meter.usage.prompt_tokens == sum(u["prompt_tokens"] for u in usage) == stored
    assert report.meter.usage.completion_tokens == sum(u["completion_tokens"] for u in usage)
    expected = (report.meter.usage.prompt_tokens + 2 * report.meter.usage.completion_tokens) / 1e6
    assert report.cost == pytest.approx(expected)
    assert "estimated cost $" in report.render()


def test_unchanged_records_cost_no_llm_call(server: FakeOpenAIServer, tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        ingest_paths(store, SOME)
        batch(store, server)
        calls = len(server.requests)
        again = ingest_paths(store, SOME)
        report = batch(store, server)
    assert again.counts["unchanged"] == len(SOME)
    assert len(server.requests) == calls
    assert report.processed == 0


def test_failures_are_recorded_reported_and_retried_next_run(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.enqueue(Status(400), Malformed(), Malformed(), Malformed())
    with Store.open(tmp_path / "s.db") as store:
        ingest_paths(store, SOME)
        first = batch(store, server, concurrency=1)
        assert first.actions["failed"] == 2
        assert [nct for nct, _ in first.failures] == [SOME[0].stem, SOME[1].stem]
        assert "HTTP 400" in first.failures[0][1]
        assert "gave up after 3 attempts" in first.failures[1][1]
        assert {f["nct_id"] for f in store.failures()} == {SOME[0].stem, SOME[1].stem}
        rendered = first.render()
        assert "failures (first 2 of 2):" in rendered
        second = batch(store, server)
        assert second.actions["created"] == 2
        assert store.failures() == []
        assert_exactly_one_version_each(store, {p.stem for p in SOME})


def test_a_changed_record_gets_a_new_version(server: FakeOpenAIServer, tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        ingest_paths(store, SOME[:2])
        batch(store, server)
        trial = store.get_trial(SOME[0].stem).model_copy(update={"enrollment": 4321})
        store.put_record(trial, "{}")
        report = batch(store, server)
        assert report.actions["created"] == 1
        assert [v.version for v in store.versions(SOME[0].stem)] == [1, 2]


def test_a_dead_workers_claims_are_finished_after_its_lease(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "s.db") as store:
        ingest_paths(store, SOME)
        dead = Queue(
            store.db, prompt_name="plain-summary", prompt_version=PROMPT_VERSION, model=MODEL,
            worker="dead", lease=0.3,
        )  # fmt: skip
        dead.plan()
        dead.claim(5)
        report = batch(store, server, concurrency=4, lease=5)
        assert report.actions["created"] == len(SOME)
        assert_exactly_one_version_each(store, {p.stem for p in SOME})


def test_an_interrupted_run_gives_back_its_claims(tmp_path: Path) -> None:
    async def interrupted(store: Store, url: str) -> None:
        meter, limiter = Meter(), RateLimiter()
        backend = make_async_writer(
            "openai", model=MODEL, concurrency=4, limiter=limiter, meter=meter, base_url=url,
            api_key="test",
        )  # fmt: skip
        run = run_batch_async(
            store, writer=backend.writer, prompt=load_prompt(), options=BatchOptions(concurrency=4)
        )
        try:
            with pytest.raises(TimeoutError):  # Ctrl-C cancels the run the same way
                await asyncio.wait_for(run, timeout=0.5)
        finally:
            await backend.aclose()

    with fake_openai_server(latency=5) as server, Store.open(tmp_path / "s.db") as store:
        ingest_paths(store, SOME)
        asyncio.run(interrupted(store, server.base_url))
        counts = Queue(
            store.db,
            prompt_name="plain-summary",
            prompt_version=load_prompt().version,
            model=MODEL,
            worker="x",
        ).counts()
    assert counts["claimed"] == 0
    assert counts["pending"] == len(SOME)


def test_builtin_backend_runs_in_batch(tmp_path: Path) -> None:
    async def go(store: Store) -> Any:
        meter = Meter()
        backend = make_async_writer(
            "builtin", model=None, concurrency=2, limiter=RateLimiter(), meter=meter
        )
        return await run_batch_async(
            store, writer=backend.writer, prompt=load_prompt(), options=BatchOptions(concurrency=2)
        )

    with Store.open(tmp_path / "s.db") as store:
        ingest_paths(store, SOME[:3])
        report = asyncio.run(go(store))
    assert report.actions["created"] == 3


def test_progress_shows_rate_eta_and_counts(server: FakeOpenAIServer, tmp_path: Path) -> None:
    console = Console(file=io.StringIO(), width=160, force_terminal=False)
    with Store.open(tmp_path / "s.db") as store:
        ingest_paths(store, SOME[:3])
        run_batch(
            store, prompt=load_prompt(), options=BatchOptions(concurrency=2), backend="openai",
            model=MODEL, base_url=server.base_url, api_key="test",
            progress=RichProgress(console),
        )  # fmt: skip
    shown = console.file.getvalue()
    assert "summarizing" in shown and "3/3" in shown and "/s" in shown and "ETA" in shown
    assert "created 3" in shown


# --- provider Batch API -------------------------------------------------------------------


def provider(store: Store, server: FakeOpenAIServer, **kwargs: Any) -> Any:
    return run_provider_batch(
        store, prompt=load_prompt(), options=BatchOptions(), model=MODEL,
        base_url=server.base_url, api_key="test", sleep=lambda _: None, **kwargs,
    )  # fmt: skip


def test_provider_batch_submits_polls_and_ingests_through_the_checks(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.enqueue(Status(500), Malformed())
    with Store.open(tmp_path / "s.db") as store:
        ingest_paths(store, SOME)
        report = provider(store, server, max_requests=5)
        assert len(server.batches) == 3  # 12 requests, at most 5 a batch
        assert report.actions["created"] == 10
        assert report.actions["failed"] == 2
        reasons = sorted(reason for _, reason in report.failures)
        assert reasons[0] == "HTTP 500 in provider batch: fake error 500"
        assert reasons[1].startswith("provider batch answer unusable: reply is not valid JSON")
        version = store.get_version(SOME[2].stem)
        assert version.findings is not None and version.provenance.prompt_tokens > 0
        # The JSONL lines are what live mode would send.
        first_line = server.file_bytes[next(iter(server.batches.values()))["input_file_id"]]
        assert b'"url": "/v1/chat/completions"' in first_line
        assert b'"type": "json_schema"' in first_line
        retry = provider(store, server)
        assert retry.actions["created"] == 2
        assert_exactly_one_version_each(store, {p.stem for p in SOME})


def test_provider_batch_killed_after_creating_a_batch_finds_it_again(
    server: FakeOpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_update = provider_batch._Submissions.update

    def crash_on_batch_id(self: Any, token: str, **values: Any) -> None:
        if "batch_id" in values:
            raise SystemExit("killed")  # the batch exists; its id was never recorded
        real_update(self, token, **values)

    with Store.open(tmp_path / "s.db") as store:
        ingest_paths(store, SOME)
        monkeypatch.setattr(provider_batch._Submissions, "update", crash_on_batch_id)
        with pytest.raises(SystemExit):
            provider(store, server, max_requests=100)
        monkeypatch.setattr(provider_batch._Submissions, "update", real_update)
        report = provider(store, server)
        assert len(server.batches) == 1  # adopted, not paid for twice
        assert report.actions["created"] == len(SOME)
        assert_exactly_one_version_each(store, {p.stem for p in SOME})


# --- the CLI, SIGKILL and several workers ----------------------------------------------------


def worker_env(server: FakeOpenAIServer) -> dict[str, str]:
    # The subprocess must run this checkout's code, whatever is installed.
    return {
        **os.environ, "OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "test",
        "PYTHONPATH": str(ROOT),
    }  # fmt: skip


def test_cli_batch_reports_and_exits_by_outcome(server: FakeOpenAIServer, tmp_path: Path) -> None:
    server.enqueue(Status(400))
    db = tmp_path / "cli.db"
    args = ["batch", *map(str, SOME[:3]), "--db", str(db), "--backend", "openai", "--model", MODEL,
            "--price-input", "0.15", "--price-output", "0.6", "--no-progress"]  # fmt: skip
    env = {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "test"}
    first = CliRunner().invoke(cli, args, env=env)
    assert first.exit_code == 1, first.output
    assert "2 created (2 flagged), 0 unchanged (no LLM call), 1 failed" in first.output
    assert "read: 3 new, 0 changed, 0 unchanged, 0 unreadable" in first.output
    assert "estimated cost $" in first.output
    second = CliRunner().invoke(cli, args, env=env)
    assert second.exit_code == 0, second.output
    assert "1 created (1 flagged)" in second.output
    assert "queue now: 3 done" in second.output


# The issue asks for twenty kills; SUMMARIZER_KILLS raises it for a soak.
KILLS = int(os.environ.get("SUMMARIZER_KILLS", "20"))


def test_sigkill_at_random_points_then_rerun_finishes_exactly_once(
    tmp_path: Path, forty: Path
) -> None:
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "summarizer", "batch", str(forty), "--db", str(db),
           "--model", MODEL, "--concurrency", "4", "--lease", "2", "--no-progress"]  # fmt: skip
    rng = random.Random(20240611)
    # 40 records × 0.3 s / 4 at a time: about 3 s of model time per full run.
    with fake_openai_server(latency=0.3) as server:
        env = worker_env(server)
        for _ in range(KILLS):
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(rng.uniform(0.8, 3.5))
            proc.send_signal(signal.SIGKILL)
            _, stderr = proc.communicate(timeout=30)
            assert proc.returncode in (-signal.SIGKILL, 0), stderr.decode()
        final = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        assert final.returncode == 0, final.stdout + final.stderr
        calls = len(server.requests)
        again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0
        assert len(server.requests) == calls  # nothing left: no LLM call
    ids = {p.stem for p in FORTY}
    # A request in flight at a kill is paid for again, nothing else: at most 4 per kill.
    assert len(ids) <= calls <= len(ids) + KILLS * 4
    with Store.open(db) as store:
        assert_exactly_one_version_each(store, ids)
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for nct_id in ids:  # every version is whole: its JSON parses into a summary
            assert store.get_version(nct_id).summary.title


@pytest.mark.postgres
def test_two_workers_on_postgres_never_take_the_same_record(postgres_url: str) -> None:
    with Store.open(postgres_url) as store:
        ingest_paths(store, FORTY)
    with fake_openai_server(latency=0.2) as server:
        env = worker_env(server)
        workers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "summarizer",
                    "batch",
                    "--db",
                    postgres_url,
                    "--model",
                    MODEL,
                    "--concurrency",
                    "6",
                    "--worker-id",
                    f"w{n}",
                    "--no-progress",
                ],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in (1, 2)
        ]
        outputs = [w.communicate(timeout=120) for w in workers]
        assert [w.returncode for w in workers] == [0, 0], outputs
        asked = Counter(requested_ids(server))
    ids = {p.stem for p in FORTY}
    assert set(asked) == ids
    assert [nct for nct, n in asked.items() if n > 1] == []  # no record claimed twice
    created = [int(re.search(r"(\d+) created", out).group(1)) for out, _ in outputs]  # type: ignore[union-attr]
    assert sum(created) == len(ids) and min(created) > 0  # both did a share
    with Store.open(postgres_url) as store:
        assert_exactly_one_version_each(store, ids)


def test_workers_option_runs_processes_that_share_the_queue(tmp_path: Path) -> None:
    db = tmp_path / "workers.db"
    cmd = [sys.executable, "-m", "summarizer", "batch", *map(str, FORTY), "--db", str(db),
           "--model", MODEL, "--concurrency", "6", "--workers", "3", "--no-progress",
           "--worker-id", "host-a"]  # fmt: skip
    with fake_openai_server(latency=0.1) as server:
        done = subprocess.run(cmd, env=worker_env(server), capture_output=True, text=True,
                              timeout=180)  # fmt: skip
        asked = Counter(requested_ids(server))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Batch (async, 3 processes, worker host-a/0-2): 40 records in " in done.stdout
    assert "40 created" in done.stdout and "queue now: 40 done" in done.stdout
    assert "read: 40 new, 0 changed, 0 unchanged, 0 unreadable" in done.stdout
    ids = {p.stem for p in FORTY}
    assert set(asked) == ids and max(asked.values()) == 1
    with Store.open(db) as store:
        assert_exactly_one_version_each(store, ids)


class RecordedProgress:
    """A progress bar that remembers what it was told."""

    def __init__(self) -> None:
        self.totals: list[int] = []
        self.counts: list[dict[str, int]] = []
        self.closed = False

    def start(self, total: int) -> None:
        self.totals.append(total)

    def advance(self, counts: Mapping[str, int]) -> None:
        self.counts.append(dict(counts))

    def close(self) -> None:
        self.closed = True


def test_worker_processes_draw_one_progress_bar(server: FakeOpenAIServer, tmp_path: Path) -> None:
    db = tmp_path / "bar.db"
    with Store.open(db) as store:
        ingest_paths(store, FORTY)
    bar = RecordedProgress()
    report = run_batch_workers(
        str(db), workers=2, prompt=load_prompt(), options=BatchOptions(concurrency=4),
        backend="openai", model=MODEL, base_url=server.base_url, api_key="test", progress=bar,
    )  # fmt: skip
    assert report.actions["created"] == 40
    assert bar.totals == [40] and bar.closed  # one bar for the shared queue
    assert len(bar.counts) == 40  # a step per record, whichever process did it
    created = [c.get("created", 0) for c in bar.counts]
    assert created == sorted(created) and created[-1] == 40


# --- checks in their own processes --------------------------------------------------------


def _findings(store: Store, nct_ids: list[str]) -> dict[str, Any]:
    return {
        n: [f.model_dump() for f in store.get_version(n).findings] + [store.get_version(n).status]
        for n in nct_ids
    }


def test_check_processes_store_the_same_findings_as_inline_checks(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    ids = [p.stem for p in SOME]
    stored = {}
    for processes in (0, 2):
        with Store.open(tmp_path / f"p{processes}.db") as store:
            ingest_paths(store, SOME)
            report = batch(store, server, concurrency=4, check_processes=processes)
            assert report.actions["created"] == len(SOME)
            stored[processes] = _findings(store, ids)
    assert stored[2] == stored[0]
    assert any(len(findings) > 1 for findings in stored[0].values())  # some have findings


def test_a_broken_check_pool_falls_back_to_inline_checks(
    server: FakeOpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures.process import BrokenProcessPool

    import summarizer.batch

    class DeadPool:
        def __init__(self, **_: Any) -> None:
            self.shut = False

        def submit(self, *_: Any, **__: Any) -> Any:
            raise BrokenProcessPool("a child process terminated abruptly")

        def shutdown(self, **_: Any) -> None:
            self.shut = True

    monkeypatch.setattr(summarizer.batch, "ProcessPoolExecutor", DeadPool)
    with Store.open(tmp_path / "s.db") as store:
        ingest_paths(store, SOME[:4])
        report = batch(store, server, concurrency=2, check_processes=1)
        assert report.actions["created"] == 4
        assert_exactly_one_version_each(store, {p.stem for p in SOME[:4]})
