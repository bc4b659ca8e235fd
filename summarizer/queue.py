"""The store is the queue: batch work as rows in ``jobs``, claimed with leases.

A job asks for one summary: of record ``nct_id`` as of ``source_hash``, with
prompt ``prompt_name``@``prompt_version``, by ``model``. Its life::

    pending ──claim──▶ claimed ──version inserted (trigger)──▶ done
       ▲                 │  │
       │                 │  └──writer failed──▶ failed ──next run──▶ claimed …
       └──lease expired──┘
    pending/failed ──the record changed──▶ superseded
    claimed ──provider batch created──▶ submitted ──results ingested──▶ done / failed

Three rules make a run that is killed at any point safe to run again:

- **Done means the version exists.** A trigger on ``summaries`` (migration
  ``m005_batch_queue``) marks the matching job done in the transaction that
  inserts the version, so neither can exist without the other.
- **Claim before calling.** A worker calls the model only for jobs it has
  claimed; claims are taken in one statement (PostgreSQL: ``FOR UPDATE SKIP
  LOCKED``; SQLite: one ``BEGIN IMMEDIATE`` writer at a time), so two workers
  never hold the same job.
- **Leases expire.** A claim holds until ``lease_until``; a live worker extends
  its leases (:meth:`Queue.heartbeat`), a killed one stops, and its jobs become
  claimable again. A worker restarted under the same ``worker`` id takes its
  old claims back at once (:meth:`Queue.reclaim_own`).

Times are epoch seconds from the worker's clock: on several machines, keep
their clocks in sync (NTP) and the lease well above the skew.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .database import Database
from .errors import StoreError
from .store import now

Clock = Callable[[], float]
STATES = ("pending", "claimed", "submitted", "done", "failed", "superseded")


@dataclass(frozen=True)
class Job:
    id: int
    nct_id: str
    source_hash: str
    attempts: int


class Queue:
    """The jobs of one (prompt name, prompt version, model), seen by one worker."""

    def __init__(
        self,
        db: Database,
        *,
        prompt_name: str,
        prompt_version: int,
        model: str,
        worker: str,
        lease: float = 120.0,
        clock: Clock = time.time,
    ) -> None:
        if lease <= 0:
            raise ValueError("lease must be positive")
        if db.dialect == "sqlite" and sqlite3.sqlite_version_info < (3, 35):
            raise StoreError(
                f"the batch queue needs SQLite 3.35 or later (UPDATE … RETURNING); "
                f"this Python has {sqlite3.sqlite_version}: use PostgreSQL or a newer Python"
            )
        self.db = db
        self.key = (prompt_name, prompt_version, model)
        self.worker = worker
        self.lease = lease
        self.clock = clock
        # Jobs that failed before this moment are retried; later failures wait
        # for the next run, so one bad record is not retried in a tight loop.
        self.started = clock()

    # --- filling the queue ---------------------------------------------------

    def plan(self) -> int:
        """Enqueue every live record that has no version for this prompt and model.

        One set-based statement, so planning 550,000 records is one query. A
        record whose source changed gets a new job; its older pending or failed
        jobs are superseded. Returns the number of jobs added.
        """
        prompt_name, prompt_version, model = self.key
        with self.db.transaction() as db:
            added = db.execute(
                "INSERT INTO jobs (nct_id, source_hash, prompt_name, prompt_version, model, "
                "state, attempts, created_at, updated_at) "
                "SELECT r.nct_id, r.source_hash, ?, ?, ?, 'pending', 0, ?, ? FROM records r "
                "WHERE r.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM summaries s "
                "WHERE s.nct_id = r.nct_id AND s.source_hash = r.source_hash "
                "AND s.prompt_name = ? AND s.prompt_version = ? AND s.model = ?) "
                "ON CONFLICT (nct_id, source_hash, prompt_name, prompt_version, model) "
                "DO NOTHING RETURNING id",
                (*self.key, now(), self.clock(), *self.key),
            ).fetchall()
            db.execute(
                "UPDATE jobs SET state = 'superseded', updated_at = ? "
                "WHERE prompt_name = ? AND prompt_version = ? AND model = ? "
                "AND state IN ('pending', 'failed') AND source_hash <> "
                "(SELECT r.source_hash FROM records r WHERE r.nct_id = jobs.nct_id)",
                (self.clock(), prompt_name, prompt_version, model),
            )
        return len(added)

    # --- claiming ------------------------------------------------------------

    def claim(self, limit: int) -> list[Job]:
        """Take up to ``limit`` jobs for this worker, oldest first; [] when none is free.

        Free means pending, claimed by another worker under an expired lease, or
        failed before this run started. Our own lapsed claims are still in our
        hands (a starved heartbeat is not a death), so they are never re-taken here.
        """
        if limit <= 0:
            return []
        t = self.clock()
        # PostgreSQL: rows another worker is claiming right now are skipped, not
        # waited for. SQLite: BEGIN IMMEDIATE already makes claimers take turns.
        lock = " FOR UPDATE SKIP LOCKED" if self.db.dialect == "postgresql" else ""
        with self.db.transaction() as db:
            rows = db.execute(
                "UPDATE jobs SET state = 'claimed', worker = ?, lease_until = ?, "
                "attempts = attempts + 1, updated_at = ? WHERE id IN ("
                "SELECT id FROM jobs WHERE prompt_name = ? AND prompt_version = ? AND model = ? "
                "AND (state = 'pending' OR (state = 'claimed' AND lease_until < ? AND worker <> ?) "
                "OR (state = 'failed' AND updated_at < ?)) "
                f"ORDER BY id LIMIT ?{lock}) "
                "RETURNING id, nct_id, source_hash, attempts",
                (self.worker, t + self.lease, t, *self.key, t, self.worker, self.started, limit),
            ).fetchall()
        jobs = [Job(r["id"], r["nct_id"], r["source_hash"], r["attempts"]) for r in rows]
        return sorted(jobs, key=lambda j: j.id)

    def next_expiry(self) -> float | None:
        """Seconds until another worker's claim lapses, or None if no one else holds any.

        A worker with nothing to claim waits this long before trying again, so
        that a rerun after a crash finishes the jobs the dead run still held.
        """
        row = self.db.execute(
            "SELECT MIN(lease_until) AS t FROM jobs WHERE state = 'claimed' AND worker <> ? "
            "AND prompt_name = ? AND prompt_version = ? AND model = ?",
            (self.worker, *self.key),
        ).fetchone()
        return None if row["t"] is None else max(0.0, float(row["t"]) - self.clock())

    def heartbeat(self) -> int:
        """Extend the leases of every job this worker holds; return how many."""
        t = self.clock()
        with self.db.transaction() as db:
            rows = db.execute(
                "UPDATE jobs SET lease_until = ? WHERE worker = ? AND state = 'claimed' "
                "RETURNING id",
                (t + self.lease, self.worker),
            ).fetchall()
        return len(rows)

    def reclaim_own(self) -> int:
        """Free the claims an earlier run under this worker id left behind (it is gone)."""
        return self._release("worker = ? AND state = 'claimed'", (self.worker,))

    def release(self, jobs: list[Job]) -> int:
        """Give back claimed jobs this worker did not start (graceful shutdown)."""
        if not jobs:
            return 0
        marks = ", ".join("?" for _ in jobs)
        return self._release(
            f"worker = ? AND state = 'claimed' AND id IN ({marks})",
            (self.worker, *(j.id for j in jobs)),
        )

    def _release(self, where: str, params: tuple[Any, ...]) -> int:
        with self.db.transaction() as db:
            rows = db.execute(
                "UPDATE jobs SET state = 'pending', worker = NULL, lease_until = NULL, "
                f"updated_at = ? WHERE {where} RETURNING id",
                (self.clock(), *params),
            ).fetchall()
        return len(rows)

    # --- finishing -------------------------------------------------------------
    # A job that produced a version needs nothing here: the trigger marked it done.

    def done(self, job: Job, version: int) -> None:
        """Mark a job done by an existing version (reused: no new version was needed)."""
        self._finish(job, "done", version=version)

    def failed(self, job: Job, reason: str) -> None:
        self._finish(job, "failed", reason=reason)

    def superseded(self, job: Job) -> None:
        """The record changed after the job was planned; a newer job covers it."""
        self._finish(job, "superseded")

    def _finish(
        self, job: Job, state: str, *, version: int | None = None, reason: str | None = None
    ) -> None:
        self.db.execute(
            "UPDATE jobs SET state = ?, version = COALESCE(?, version), reason = ?, "
            "worker = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND state <> 'done'",
            (state, version, reason, self.clock(), job.id),
        )

    # --- provider batches ------------------------------------------------------

    def submit(self, jobs: list[Job], token: str) -> None:
        """Tie claimed jobs to a provider batch submission: no lease can free them now."""
        marks = ", ".join("?" for _ in jobs)
        self.db.execute(
            "UPDATE jobs SET state = 'submitted', submission = ?, lease_until = NULL, "
            f"updated_at = ? WHERE worker = ? AND state = 'claimed' AND id IN ({marks})",
            (token, self.clock(), self.worker, *(j.id for j in jobs)),
        )

    def submitted(self, token: str) -> dict[str, Job]:
        """The jobs still waiting on a submission, by job id as a string (the custom_id)."""
        rows = self.db.execute(
            "SELECT id, nct_id, source_hash, attempts FROM jobs "
            "WHERE submission = ? AND state = 'submitted'",
            (token,),
        ).fetchall()
        return {
            str(r["id"]): Job(r["id"], r["nct_id"], r["source_hash"], r["attempts"]) for r in rows
        }

    def unsubmit(self, token: str, reason: str) -> int:
        """A submission that will never answer: its jobs fail, to be retried next run."""
        with self.db.transaction() as db:
            rows = db.execute(
                "UPDATE jobs SET state = 'failed', reason = ?, worker = NULL, updated_at = ? "
                "WHERE submission = ? AND state = 'submitted' RETURNING id",
                (reason, self.clock(), token),
            ).fetchall()
        return len(rows)

    # --- what is left ------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Jobs of this prompt and model by state."""
        rows = self.db.execute(
            "SELECT state, COUNT(*) AS n FROM jobs "
            "WHERE prompt_name = ? AND prompt_version = ? AND model = ? GROUP BY state",
            self.key,
        ).fetchall()
        found = {r["state"]: int(r["n"]) for r in rows}
        return {state: found.get(state, 0) for state in STATES}

    def claimable(self) -> int:
        """Jobs a claim would take now (an estimate for the progress bar's total)."""
        t = self.clock()
        row = self.db.execute(
            "SELECT COUNT(*) AS n FROM jobs WHERE prompt_name = ? AND prompt_version = ? "
            "AND model = ? AND (state = 'pending' OR (state = 'claimed' AND lease_until < ?) "
            "OR (state = 'failed' AND updated_at < ?))",
            (*self.key, t, self.started),
        ).fetchone()
        return int(row["n"])
