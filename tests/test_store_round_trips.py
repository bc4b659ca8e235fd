"""Statements and round trips a record costs the store, and the guarantees the cuts kept.

Every statement on PostgreSQL is a network round trip unless it is queued in a
pipeline (``Database.pipeline``). These tests count both on each engine, so a
change that adds statements to the per-record path shows up as a failure.
"""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from summarizer.batch import BatchOptions, run_batch_async
from summarizer.checks import CheckReport
from summarizer.database import connect
from summarizer.errors import ClaimLost
from summarizer.parse import parse_file
from summarizer.pipeline import summarize_trial_async
from summarizer.prompts import RenderedPrompt, load_prompt
from summarizer.queue import Queue
from summarizer.records import Trial
from summarizer.store import Fence, Provenance, Store
from summarizer.summary import PlainSummary
from summarizer.writers import Draft, Usage
from tests.fake_openai import summary_for
from tests.store_counting import counting
from tests.support import FIXTURES

FILES = sorted(FIXTURES.glob("v2/*.json"))[:20]
PROMPT = load_prompt()


class InstantWriter:
    """Answers at once with the fake server's summary: only the store's work is left."""

    backend = "test"
    model = "instant"

    async def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft:
        usage = Usage(prompt_tokens=10, completion_tokens=5, total_tokens=15)
        summary = PlainSummary.model_validate(summary_for(trial.nct_id))
        return Draft(summary, self.backend, self.model, usage)


def read_all(store: Store) -> None:
    for path in FILES:
        record = parse_file(path)[0]
        store.put_record(record.trial, record.raw)


def provenance() -> Provenance:
    return Provenance(
        prompt_name=PROMPT.name, prompt_version=PROMPT.version, prompt_hash="h",
        backend="test", model="instant",
    )  # fmt: skip


# --- how much a record costs ---------------------------------------------------------------


def test_statements_and_round_trips_a_record_costs(store_url: str) -> None:
    """Reading and summarizing a record. The old path took 5 + about 9.5 statements
    (11.5 on PostgreSQL, each a round trip there); now 5 + 5.6 on SQLite and 3 + 5.6
    on PostgreSQL, in 2 + 2.6 round trips."""
    n = len(FILES)
    with Store.open(store_url) as store:
        with counting(store.db) as reading:
            read_all(store)
        with counting(store.db) as working:
            report = asyncio.run(
                run_batch_async(
                    store, writer=InstantWriter(), prompt=PROMPT,
                    options=BatchOptions(concurrency=1, check_processes=0),
                )
            )  # fmt: skip
        assert report.actions["created"] == n
        assert len({v.nct_id for p in FILES for v in store.versions(p.stem)}) == n
    assert reading.statements / n <= 5.5
    assert working.statements / n <= 7.0
    if store.dialect == "postgresql":
        assert reading.statements / n <= 3.5
        assert working.statements / n <= 6.5
        assert reading.round_trips / n <= 2.5
        # Two a record, plus the run's own: plan, claims, counts (about 25).
        assert working.round_trips <= 2 * n + 30


def test_an_unchanged_record_costs_no_write(store_url: str) -> None:
    with Store.open(store_url) as store:
        record = parse_file(FILES[0])[0]
        assert store.put_record(record.trial, record.raw)[1] == "new"
        before = store.db.execute("SELECT * FROM records").fetchall()
        feed = store.latest_cursor()
        with counting(store.db) as tally:
            assert store.put_record(record.trial, record.raw)[1] == "unchanged"
        assert [dict(r) for r in store.db.execute("SELECT * FROM records")] == [
            dict(r) for r in before
        ]
        assert store.latest_cursor() == feed
        changed = record.trial.model_copy(update={"enrollment": 4321})
        assert store.put_record(changed, record.raw)[1] == "changed"
        assert store.get_trial(record.trial.nct_id).enrollment == 4321
    assert tally.statements <= 5
    if store.dialect == "postgresql":
        assert tally.round_trips <= 2


# --- the still-ours fence, now in the insert -------------------------------------------------


def _claimed(store: Store, worker: str) -> Queue:
    queue = Queue(
        store.db, prompt_name=PROMPT.name, prompt_version=PROMPT.version, model="instant",
        worker=worker, lease=60,
    )  # fmt: skip
    queue.plan()
    return queue


def test_a_version_is_not_stored_for_a_job_that_went_to_another_worker(store_url: str) -> None:
    with Store.open(store_url) as store:
        read_all(store)
        queue = _claimed(store, "w1")
        job = queue.claim(1)[0]
        store.record_failure(job.nct_id, job.source_hash, PROMPT.version, "instant", "earlier")
        feed = store.latest_cursor()
        # Another worker took the job over (say our lease lapsed while the model answered).
        store.db.execute("UPDATE jobs SET worker = 'w2' WHERE id = ?", (job.id,))
        summary = PlainSummary.model_validate(summary_for(job.nct_id))
        report = CheckReport(flagged=False, findings=[], readability={})
        with pytest.raises(ClaimLost):
            store.add_version(
                nct_id=job.nct_id, source_hash=job.source_hash, provenance=provenance(),
                summary=summary, report=report, author="t", fence=Fence(job.id, "w1"),
            )  # fmt: skip
        # Nothing of the insert's transaction is left, and the connection goes on.
        assert store.versions(job.nct_id) == []
        assert [f["reason"] for f in store.failures(job.nct_id)] == ["earlier"]
        assert store.latest_cursor() == feed
        row = store.db.execute("SELECT state, worker FROM jobs WHERE id = ?", (job.id,))
        assert dict(row.fetchone()) == {"state": "claimed", "worker": "w2"}
        # The worker that holds it stores it; the trigger marks the job done with it.
        stored = store.add_version(
            nct_id=job.nct_id, source_hash=job.source_hash, provenance=provenance(),
            summary=summary, report=report, author="t", fence=Fence(job.id, "w2"),
        )  # fmt: skip
        assert stored.version == 1
        assert store.failures(job.nct_id) == []
        assert store.latest_cursor() > feed
        state = store.db.execute("SELECT state FROM jobs WHERE id = ?", (job.id,)).fetchone()
        assert state["state"] == "done"


def test_the_batch_drops_an_answer_for_a_job_it_lost(store_url: str) -> None:
    with Store.open(store_url) as store:
        read_all(store)
        queue = _claimed(store, "w1")
        job = queue.claim(1)[0]
        trial = store.get_trial(job.nct_id)

        class StealingWriter(InstantWriter):
            async def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft:
                store.db.execute("UPDATE jobs SET worker = 'w2' WHERE id = ?", (job.id,))
                return await super().write(trial, prompt)

        outcome = asyncio.run(
            summarize_trial_async(
                store, trial, source_hash=job.source_hash, writer=StealingWriter(),
                prompt=PROMPT, reuse_checked=True, fence=Fence(job.id, "w1"),
            )
        )  # fmt: skip
        assert outcome.action == "dropped"
        assert store.versions(job.nct_id) == []
        assert store.failures(job.nct_id) == []


# --- pipelines -------------------------------------------------------------------------------


def test_an_error_inside_a_pipeline_rolls_back_and_leaves_the_connection_usable(
    store_url: str,
) -> None:
    with Store.open(store_url) as store:
        db = store.db
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        db.execute("INSERT INTO t (id) VALUES (1)")
        with (
            pytest.raises(Exception, match=r"(?i)unique|duplicate"),
            db.pipeline(),
            db.transaction(),
        ):
            db.execute("INSERT INTO t (id) VALUES (2)")
            db.execute("INSERT INTO t (id) VALUES (1) RETURNING id").fetchone()
        assert [r["id"] for r in db.execute("SELECT id FROM t ORDER BY id")] == [1]
        with db.pipeline(), db.transaction():
            db.execute("INSERT INTO t (id) VALUES (3)")
        assert [r["id"] for r in db.execute("SELECT id FROM t ORDER BY id")] == [1, 3]


@pytest.mark.postgres
def test_a_publication_id_is_taken_after_the_feed_lock(postgres_url: str) -> None:
    """The feed lock now rides in the publication's insert; its id must still come after it.

    Otherwise a writer could take an id, wait for the lock, and commit after a
    later id: an export in between would skip it.
    """
    Store.open(postgres_url).close()
    holder, writer = connect(postgres_url), connect(postgres_url)
    store = Store(writer)
    ids: dict[str, int] = {}
    try:
        holder.execute("BEGIN")
        holder.execute("SELECT pg_advisory_xact_lock(7261)")

        def publish() -> None:
            with writer.transaction():
                store._publish(
                    "NCT00000001",
                    {"deleted_at": "now", "overall_status": None, "last_action": None,
                     "last_version": None, "approved": None},
                )  # fmt: skip

        waiting = threading.Thread(target=publish)
        waiting.start()
        time.sleep(0.5)  # the writer is waiting for the lock now
        row = holder.execute(
            "INSERT INTO publications (nct_id, action, version, reason, created_at) "
            "VALUES ('NCT00000002', 'withdraw', NULL, 'r', 'now') RETURNING id"
        ).fetchone()
        ids["holder"] = row["id"]
        holder.execute("COMMIT")
        waiting.join(timeout=30)
        row = writer.execute("SELECT id FROM publications WHERE nct_id = 'NCT00000001'")
        ids["writer"] = row.fetchone()["id"]
    finally:
        holder.close()
        writer.close()
    assert ids["writer"] > ids["holder"]


def test_a_version_clears_the_failures_of_its_source(store_url: str) -> None:
    """The cleanup moved from add_version into a trigger (m006): same rows, same transaction."""
    with Store.open(store_url) as store:
        read_all(store)
        nct = FILES[0].stem
        source = store.record_hash(nct)
        assert source is not None
        store.record_failure(nct, source, PROMPT.version, "instant", "timeout")
        store.record_failure(nct, "b2:older", PROMPT.version, "instant", "older source")
        store.record_failure(FILES[1].stem, "b2:other", PROMPT.version, "instant", "other")
        store.add_version(
            nct_id=nct, source_hash=source, provenance=provenance(),
            summary=PlainSummary.model_validate(summary_for(nct)),
            report=CheckReport(flagged=False, findings=[], readability={}), author="t",
        )  # fmt: skip
        left = {(f["nct_id"], f["source_hash"]) for f in store.failures()}
    assert left == {(nct, "b2:older"), (FILES[1].stem, "b2:other")}
