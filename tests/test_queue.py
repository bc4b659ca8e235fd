"""The job queue: planning, claims, leases, the done-with-the-version trigger, on both engines."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.parse import parse_file
from summarizer.pipeline import store_draft
from summarizer.prompts import load_prompt
from summarizer.queue import Job, Queue
from summarizer.store import Store
from summarizer.writers.builtin import BuiltinWriter
from tests.support import FIXTURES

PROMPT_VERSION = load_prompt().version

FILES = sorted(FIXTURES.glob("v2/*.json"))[:6]


class Clock:
    def __init__(self) -> None:
        self.t = 1_000_000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as opened:
        for path in FILES:
            record = parse_file(path)[0]
            opened.put_record(record.trial, record.raw)
        yield opened


def queue(store: Store, worker: str = "w1", clock: Clock | None = None, lease: float = 60) -> Queue:
    return Queue(
        store.db, prompt_name="plain-summary", prompt_version=PROMPT_VERSION, model="builtin",
        worker=worker, lease=lease, clock=clock or Clock(),
    )  # fmt: skip


def summarize(store: Store, job: Job) -> int:
    """Write and store a version for a job's record, as a worker would; return its number."""
    trial = store.get_trial(job.nct_id)
    prompt = load_prompt()
    rendered = prompt.render(trial)
    draft = BuiltinWriter().write(trial, rendered)
    return store_draft(
        store, trial, job.source_hash, draft, prompt, rendered.hash, author="t"
    ).version


def states(store: Store) -> dict[str, str]:
    rows = store.db.execute("SELECT nct_id, state FROM jobs ORDER BY id").fetchall()
    return {r["nct_id"]: r["state"] for r in rows}


def test_plan_enqueues_each_record_once(store: Store) -> None:
    q = queue(store)
    assert q.plan() == len(FILES)
    assert q.plan() == 0
    assert q.counts()["pending"] == len(FILES)


def test_a_stored_version_marks_its_job_done_in_the_same_transaction(store: Store) -> None:
    q = queue(store)
    q.plan()
    job = q.claim(1)[0]
    version = summarize(store, job)
    row = store.db.execute("SELECT state, version, worker FROM jobs WHERE id = ?", (job.id,))
    assert dict(row.fetchone()) == {"state": "done", "version": version, "worker": None}
    # A summarized record is not planned again: unchanged records cost no LLM call.
    assert q.plan() == 0


def test_claims_are_exclusive_until_the_lease_expires(store: Store) -> None:
    clock = Clock()
    first, second = queue(store, "w1", clock, lease=30), queue(store, "w2", clock, lease=30)
    first.plan()
    taken = first.claim(4)
    assert [j.nct_id for j in taken] == [p.stem for p in FILES[:4]]
    rest = second.claim(10)
    assert {j.nct_id for j in rest} == {p.stem for p in FILES[4:]}
    assert second.claim(10) == []
    clock.t += 29
    assert first.heartbeat() == 4  # alive: the leases move on
    assert second.heartbeat() == len(rest)
    clock.t += 29
    assert second.claim(10) == []
    second.heartbeat()
    clock.t += 20  # w1 died: its claims are free again, w2's are not
    assert {j.nct_id for j in second.claim(10)} == {j.nct_id for j in taken}


def test_a_restarted_worker_takes_back_its_own_claims_at_once(store: Store) -> None:
    old = queue(store, "host-a-1")
    old.plan()
    old.claim(3)
    new = queue(store, "host-a-1")
    assert new.reclaim_own() == 3
    assert len(new.claim(10)) == len(FILES)


def test_release_gives_back_unstarted_claims(store: Store) -> None:
    q = queue(store)
    q.plan()
    jobs = q.claim(3)
    assert q.release(jobs[1:]) == 2
    assert q.counts()["claimed"] == 1
    assert q.counts()["pending"] == len(FILES) - 1


def test_failed_jobs_wait_for_the_next_run(store: Store) -> None:
    clock = Clock()
    q = queue(store, clock=clock)
    q.plan()
    job = q.claim(1)[0]
    clock.t += 1
    q.failed(job, "HTTP 500")
    assert job.id not in {j.id for j in q.claim(10)}
    clock.t += 1
    next_run = queue(store, "w1", clock)
    retried = next_run.claim(10)
    assert [j.attempts for j in retried if j.id == job.id] == [2]


def test_a_changed_record_supersedes_its_pending_job(store: Store) -> None:
    q = queue(store)
    q.plan()
    trial = store.get_trial(FILES[0].stem).model_copy(update={"enrollment": 999})
    store.put_record(trial, "{}")
    assert q.plan() == 1
    assert q.counts()["superseded"] == 1
    jobs = {j.nct_id: j for j in q.claim(10)}
    assert jobs[FILES[0].stem].source_hash == store.record_hash(FILES[0].stem)


def test_two_workers_never_claim_the_same_job(store_url: str, tmp_path: Path) -> None:
    """Many claimers racing on one store (threads, each with its own connection)."""
    with Store.open(store_url) as setup:
        for path in sorted(FIXTURES.glob("v2/*.json"))[:40]:
            record = parse_file(path)[0]
            setup.put_record(record.trial, record.raw)
        queue(setup).plan()
    claimed: list[list[int]] = [[] for _ in range(4)]

    def claim_all(n: int) -> None:
        with Store.open(store_url) as own:
            q = queue(own, f"w{n}")
            while jobs := q.claim(3):
                claimed[n] += [j.id for j in jobs]

    threads = [threading.Thread(target=claim_all, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [job for ids in claimed for job in ids]
    assert len(everything) == len(set(everything)) == 40
