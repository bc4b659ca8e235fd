"""The versioned summary store (SQLite by default).

Tables (see ``migrations.py``):

- ``records``: the latest raw and normalized record per trial, with its source hash.
- ``summaries``: immutable summary versions. An edit, a regeneration or a new
  source makes a new row; triggers refuse UPDATE and DELETE.
- ``reviews``: editor actions (approve, reject) on a version. A version's
  status is its check status until a review says otherwise.
- ``failures``: the last failure per (record, source, prompt, model), so a
  batch records the reason and the next run retries.

Source hashes are ``content_hash()`` of the normalized trial (see records.py),
so a re-serialized but unchanged record is not "changed".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from .checks import CheckReport, Finding
from .database import Cursor, Database, connect
from .errors import ClaimLost, NotFound, StoreError
from .migrations import migrate
from .records import Trial, content_hash
from .summary import PlainSummary

DEFAULT_STORE = Path("summaries.db")
Status = Literal["approved", "flagged", "rejected"]
RecordChange = Literal["new", "changed", "unchanged"]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_store_path() -> Path:
    """``$SUMMARIZER_DB``, else ``summaries.db`` in the current directory."""
    import os

    return Path(os.environ.get("SUMMARIZER_DB", str(DEFAULT_STORE)))


class Provenance(BaseModel):
    prompt_name: str
    prompt_version: int
    prompt_hash: str
    backend: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class SummaryVersion(BaseModel):
    """One immutable stored version of a trial's summary."""

    nct_id: str
    version: int
    source_hash: str
    provenance: Provenance
    summary: PlainSummary
    text: str
    findings: list[Finding]
    readability: dict[str, object]
    check_status: Status
    status: Status
    author: str
    created_at: str
    parent_version: int | None = None
    note: str | None = None
    reviewed_by: str | None = None
    reviewed_at: str | None = None


SUMMARY_COLUMNS = (
    "nct_id, version, source_hash, prompt_name, prompt_version, prompt_hash, backend, model, "
    "prompt_tokens, completion_tokens, total_tokens, summary_json, text, findings_json, "
    "readability_json, status, author, created_at, parent_version, note"
)
# The last review of a version decides its status; no review: its check status.
SELECT_VERSION = f"""
    SELECT {SUMMARY_COLUMNS},
        (SELECT r.action FROM reviews r WHERE r.nct_id = s.nct_id AND r.version = s.version
            ORDER BY r.id DESC LIMIT 1) AS review_action,
        (SELECT r.actor FROM reviews r WHERE r.nct_id = s.nct_id AND r.version = s.version
            ORDER BY r.id DESC LIMIT 1) AS review_actor,
        (SELECT r.created_at FROM reviews r WHERE r.nct_id = s.nct_id AND r.version = s.version
            ORDER BY r.id DESC LIMIT 1) AS review_at
    FROM summaries s
"""
REVIEW_STATUS = {"approve": "approved", "reject": "rejected"}
LATEST_APPROVED = """
    SELECT s.version FROM summaries s
    WHERE s.nct_id = ? AND COALESCE(
        (SELECT CASE r.action WHEN 'approve' THEN 'approved' WHEN 'reject' THEN 'rejected' END
         FROM reviews r WHERE r.nct_id = s.nct_id AND r.version = s.version
         ORDER BY r.id DESC LIMIT 1),
        s.status) = 'approved'
    ORDER BY s.version DESC LIMIT 1
"""

# The feed's facts about a trial, as columns: its record's (two ``?``) and its last
# publication's (two ``?``). PUBLICATION_STATE and the PostgreSQL statements that fold
# them into a write all read them the same way.
RECORD_FACTS = """
        (SELECT overall_status FROM records WHERE nct_id = ?) AS overall_status,
        (SELECT deleted_at FROM records WHERE nct_id = ?) AS deleted_at"""
LAST_PUBLICATION = """
        (SELECT action FROM publications WHERE nct_id = ? ORDER BY id DESC LIMIT 1)
            AS last_action,
        (SELECT version FROM publications WHERE nct_id = ? ORDER BY id DESC LIMIT 1)
            AS last_version"""

# What _sync_publication decides from: the record, the last publication, the
# latest approved version. One statement, so one round trip on PostgreSQL.
PUBLICATION_STATE = f"""
    SELECT {RECORD_FACTS}, {LAST_PUBLICATION},
        ({LATEST_APPROVED}) AS approved
"""


UPSERT_RECORD = (
    "INSERT INTO records (nct_id, source_hash, source_format, trial_json, raw, "
    "last_update_date, updated_at, overall_status, deleted_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL) "
    "ON CONFLICT (nct_id) DO UPDATE SET source_hash = excluded.source_hash, "
    "source_format = excluded.source_format, trial_json = excluded.trial_json, "
    "raw = excluded.raw, last_update_date = excluded.last_update_date, "
    "updated_at = excluded.updated_at, overall_status = excluded.overall_status, "
    "deleted_at = NULL WHERE records.source_hash <> excluded.source_hash"
)
# PostgreSQL only: the upsert and PUBLICATION_STATE in one statement. No row: the
# record was unchanged (the WHERE skipped the write). Every subquery of a statement
# reads the snapshot taken before it ran, so ``previous`` is the hash before this
# write (NULL: a new record), and the feed's facts come from before it too; the
# record's own facts are the ones written, from RETURNING.
PUT_RECORD_POSTGRES = f"""
    WITH written AS ({UPSERT_RECORD}
        RETURNING overall_status, deleted_at,
            (SELECT r.source_hash FROM records r WHERE r.nct_id = records.nct_id) AS previous)
    SELECT previous, overall_status, deleted_at, {LAST_PUBLICATION},
        ({LATEST_APPROVED}) AS approved
    FROM written
"""


# PostgreSQL only: PUBLICATION_STATE for a version just inserted by the CTE
# ``inserted``, in the same statement. The statement's subqueries read the snapshot
# from before the insert, so the new version is not among them: being the trial's
# newest and unreviewed, it is the latest approved exactly when it is approved.
INSERTED_PUBLICATION_STATE = f"""
    SELECT inserted.version, {RECORD_FACTS}, {LAST_PUBLICATION},
        CASE WHEN inserted.status = 'approved' THEN inserted.version
            ELSE ({LATEST_APPROVED}) END AS approved
    FROM inserted
"""


class Publication(BaseModel):
    """One change to what the site shows: publish a version, or withdraw the trial's summary."""

    cursor: int
    nct_id: str
    action: Literal["publish", "withdraw"]
    version: int | None
    reason: str | None
    created_at: str


@dataclass(frozen=True)
class Fence:
    """Store a version only while batch job ``job_id`` is still claimed by ``worker``.

    A worker that stalled past its lease may have lost the job to another; then its
    answer is dropped rather than stored as a second version.
    """

    job_id: int
    worker: str


@dataclass(frozen=True)
class StoredRecord:
    """A record as a batch job needs it: its source, and whether a version can be reused."""

    source_hash: str
    trial_json: str
    # The newest version made from this source with the prompt and model asked
    # for, if any: then no LLM call is needed.
    reusable: int | None


def _row_to_version(row: Any) -> SummaryVersion:
    review = row["review_action"]
    return SummaryVersion(
        nct_id=row["nct_id"],
        version=row["version"],
        source_hash=row["source_hash"],
        provenance=Provenance(
            prompt_name=row["prompt_name"],
            prompt_version=row["prompt_version"],
            prompt_hash=row["prompt_hash"],
            backend=row["backend"],
            model=row["model"],
            prompt_tokens=row["prompt_tokens"],
            completion_tokens=row["completion_tokens"],
            total_tokens=row["total_tokens"],
        ),
        summary=PlainSummary.model_validate_json(row["summary_json"]),
        text=row["text"],
        findings=[Finding.model_validate(f) for f in json.loads(row["findings_json"])],
        readability=json.loads(row["readability_json"]),
        check_status=row["status"],
        status=REVIEW_STATUS.get(review, row["status"]),
        author=row["author"],
        created_at=row["created_at"],
        parent_version=row["parent_version"],
        note=row["note"],
        reviewed_by=row["review_actor"],
        reviewed_at=row["review_at"],
    )


class Store:
    """A summary store. Open with :meth:`Store.open`; use as a context manager."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.location = db.location

    @classmethod
    def open(cls, location: str | Path | None = None) -> Store:
        """Open (creating and migrating) a store: a file path, ``sqlite:///path`` or
        ``postgresql://user@host/db`` URL. Default: ``$SUMMARIZER_DB`` or ./summaries.db."""
        target = str(location) if location is not None else str(default_store_path())
        db = connect(target)
        try:
            migrate(db)
        except Exception as exc:
            db.close()
            raise StoreError(f"cannot migrate store {db.location}: {exc}") from exc
        return cls(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def transaction(self) -> Any:
        return self.db.transaction()

    # --- records -------------------------------------------------------------

    def put_record(self, trial: Trial, raw: str) -> tuple[str, RecordChange]:
        """Store the latest form of a record; return its source hash and what changed."""
        normalized = trial.normalized()
        source_hash = content_hash(normalized)
        params = (
            trial.nct_id,
            source_hash,
            trial.source_format,
            json.dumps(normalized, ensure_ascii=False),
            raw,
            trial.last_update_date,
            now(),
            trial.overall_status.value if trial.overall_status else None,
        )
        if self.db.dialect == "postgresql":
            # One statement writes the record and reads what the feed decides
            # from, queued behind BEGIN: one round trip, and a second for COMMIT.
            with self.db.pipeline(), self.transaction() as db:
                state = db.execute(PUT_RECORD_POSTGRES, (*params, *(trial.nct_id,) * 3))
                row = state.fetchone()
                if row is None:
                    return source_hash, "unchanged"
                self._publish(trial.nct_id, row)
            return source_hash, "new" if row["previous"] is None else "changed"
        with self.transaction() as db:
            row = db.execute(
                "SELECT source_hash FROM records WHERE nct_id = ?", (trial.nct_id,)
            ).fetchone()
            if row is not None and row["source_hash"] == source_hash:
                return source_hash, "unchanged"
            db.execute(UPSERT_RECORD, params)
            self._sync_publication(trial.nct_id)
        return source_hash, "new" if row is None else "changed"

    def stored_records(
        self, nct_ids: Sequence[str], prompt_name: str, prompt_version: int, model: str
    ) -> dict[str, StoredRecord]:
        """The records a group of batch jobs needs, with their reusable versions: one query."""
        if not nct_ids:
            return {}
        marks = ", ".join("?" for _ in nct_ids)
        rows = self.db.execute(
            "SELECT r.nct_id, r.source_hash, r.trial_json, (SELECT MAX(s.version) "
            "FROM summaries s WHERE s.nct_id = r.nct_id AND s.source_hash = r.source_hash "
            "AND s.prompt_name = ? AND s.prompt_version = ? AND s.model = ?) AS reusable "
            f"FROM records r WHERE r.nct_id IN ({marks})",
            (prompt_name, prompt_version, model, *nct_ids),
        ).fetchall()
        return {
            r["nct_id"]: StoredRecord(r["source_hash"], r["trial_json"], r["reusable"])
            for r in rows
        }

    def get_trial(self, nct_id: str) -> Trial:
        row = self.db.execute(
            "SELECT trial_json FROM records WHERE nct_id = ?", (nct_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no record for {nct_id} in the store")
        return Trial.model_validate_json(row["trial_json"])

    def record_hash(self, nct_id: str) -> str | None:
        row = self.db.execute(
            "SELECT source_hash FROM records WHERE nct_id = ?", (nct_id,)
        ).fetchone()
        return None if row is None else str(row["source_hash"])

    # --- versions ---------------------------------------------------------------

    def find_reusable(
        self, nct_id: str, source_hash: str, prompt_name: str, prompt_version: int, model: str
    ) -> SummaryVersion | None:
        """A version already made from this source, prompt version and model, if any."""
        row = self.db.execute(
            SELECT_VERSION + "WHERE s.nct_id = ? AND s.source_hash = ? AND s.prompt_name = ? "
            "AND s.prompt_version = ? AND s.model = ? ORDER BY s.version DESC LIMIT 1",
            (nct_id, source_hash, prompt_name, prompt_version, model),
        ).fetchone()
        return None if row is None else _row_to_version(row)

    def add_version(
        self,
        *,
        nct_id: str,
        source_hash: str,
        provenance: Provenance,
        summary: PlainSummary,
        report: CheckReport,
        author: str,
        parent_version: int | None = None,
        note: str | None = None,
        fence: Fence | None = None,
    ) -> SummaryVersion:
        """Append a new immutable version; its number is the next for the trial.

        With ``fence``, the version is stored only if the worker still holds the
        job; otherwise nothing is and :class:`ClaimLost` is raised.
        """
        text = summary.to_markdown()
        status: Status = "flagged" if report.flagged else "approved"
        findings = [f.model_dump(mode="json") for f in report.findings]
        readability_json = json.dumps(report.readability)
        created_at = now()
        held = ""
        held_params: tuple[object, ...] = ()
        if fence is not None:
            # The still-ours check in the insert itself: no round trip of its own,
            # and nothing between the check and the insert for a lease to lapse in.
            held = (
                " WHERE EXISTS (SELECT 1 FROM jobs WHERE id = ? AND worker = ? "
                "AND state = 'claimed')"
            )
            held_params = (fence.job_id, fence.worker)
        # On PostgreSQL the lock, the insert and the feed's state go in one
        # round trip, and the feed's insert with the COMMIT in a second.
        with self.db.pipeline(), self.transaction() as db:
            db.lock_trial(nct_id)
            # The next number and the insert in one statement. The trial lock
            # (PostgreSQL) or the write lock (SQLite, BEGIN IMMEDIATE) keeps two
            # writers from taking one number, and the unique (nct_id, version)
            # key would refuse it anyway. The lock is a statement of its own: a
            # statement's snapshot is taken before it starts, so a number read in
            # the locking statement could miss a version committed while it waited.
            insert = (
                f"INSERT INTO summaries ({SUMMARY_COLUMNS}) "
                "SELECT ?, next.version, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                "FROM (SELECT COALESCE(MAX(version), 0) + 1 AS version FROM summaries "
                f"WHERE nct_id = ?) AS next{held} RETURNING version, status"
            )
            params = (
                nct_id,
                source_hash,
                provenance.prompt_name,
                provenance.prompt_version,
                provenance.prompt_hash,
                provenance.backend,
                provenance.model,
                provenance.prompt_tokens,
                provenance.completion_tokens,
                provenance.total_tokens,
                summary.model_dump_json(),
                text,
                json.dumps(findings),
                readability_json,
                status,
                author,
                created_at,
                parent_version,
                note,
                nct_id,
                *held_params,
            )
            # The insert's trigger (m006) clears the source's failures; the
            # trigger of m005 marks the job done.
            if db.dialect == "postgresql":
                # The feed's facts in the insert's own statement: one fewer.
                row = db.execute(
                    f"WITH inserted AS ({insert}) {INSERTED_PUBLICATION_STATE}",
                    (*params, *(nct_id,) * 5),
                ).fetchone()
                state = row
            else:
                row = db.execute(insert, params).fetchone()
                state = None if row is None else self._publication_state(nct_id).fetchone()
            if row is None:
                raise ClaimLost(
                    f"{nct_id}: job {fence.job_id if fence else '?'} went to another worker"
                )
            version = row["version"]
            self._publish(nct_id, state)
        # What was just written, without reading it back: a new version has no review yet.
        return SummaryVersion(
            nct_id=nct_id,
            version=version,
            source_hash=source_hash,
            provenance=provenance.model_copy(),
            summary=summary.model_copy(),
            text=text,
            findings=[Finding.model_validate(f) for f in findings],
            readability=json.loads(readability_json),
            check_status=status,
            status=status,
            author=author,
            created_at=created_at,
            parent_version=parent_version,
            note=note,
        )

    def get_version(self, nct_id: str, version: int | None = None) -> SummaryVersion:
        """A stored version (the latest when ``version`` is None)."""
        if "\x00" in nct_id:
            # No stored id can hold a NUL, and PostgreSQL refuses to even compare one.
            raise NotFound(f"no summary for {nct_id!r} in the store")
        if version is None:
            row = self.db.execute(
                SELECT_VERSION + "WHERE s.nct_id = ? ORDER BY s.version DESC LIMIT 1", (nct_id,)
            ).fetchone()
        else:
            row = self.db.execute(
                SELECT_VERSION + "WHERE s.nct_id = ? AND s.version = ?", (nct_id, version)
            ).fetchone()
        if row is None:
            which = "" if version is None else f" version {version}"
            raise NotFound(f"no summary{which} for {nct_id} in the store")
        return _row_to_version(row)

    def versions(self, nct_id: str) -> list[SummaryVersion]:
        rows = self.db.execute(
            SELECT_VERSION + "WHERE s.nct_id = ? ORDER BY s.version", (nct_id,)
        ).fetchall()
        return [_row_to_version(r) for r in rows]

    def latest_approved(self, nct_id: str) -> SummaryVersion | None:
        """The newest approved version of a trial, or None: what the site may show."""
        number = self._latest_approved_number(nct_id)
        return None if number is None else self.get_version(nct_id, number)

    def _latest_approved_number(self, nct_id: str) -> int | None:
        row = self.db.execute(LATEST_APPROVED, (nct_id,)).fetchone()
        return None if row is None else int(row["version"])

    def trial_ids(self) -> list[str]:
        rows = self.db.execute("SELECT DISTINCT nct_id FROM summaries ORDER BY nct_id")
        return [r["nct_id"] for r in rows]

    def review(
        self, nct_id: str, version: int, action: str, actor: str, note: str | None = None
    ) -> SummaryVersion:
        """Record an editor's approve or reject on a version; return it with its new status.

        The author of a version cannot approve it, and approving a version that
        still has error findings needs a note saying why.
        """
        if action not in REVIEW_STATUS:
            raise StoreError(f"unknown review action {action!r}: use approve or reject")
        target = self.get_version(nct_id, version)
        if action == "approve":
            if actor == target.author:
                raise StoreError(
                    f"{nct_id} v{version}: {actor} wrote this version and cannot approve it"
                )
            errors = sum(f.severity == "error" for f in target.findings)
            if errors and not (note and note.strip()):
                raise StoreError(
                    f"{nct_id} v{version}: {errors} error finding(s) remain; "
                    "approving needs a note saying why"
                )
        if action == "reject" and not (note and note.strip()):
            raise StoreError(f"{nct_id} v{version}: rejecting needs a note")
        with self.transaction() as db:
            db.execute(
                "INSERT INTO reviews (nct_id, version, action, actor, note, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (nct_id, version, action, actor, note, now()),
            )
            self._sync_publication(nct_id)
        return self.get_version(nct_id, version)

    # --- publications: the feed the site imports -----------------------------

    def _sync_publication(self, nct_id: str) -> None:
        """Append a publication when what the site should show for ``nct_id`` changed.

        Runs inside the caller's transaction, so the feed can never disagree with
        the versions and reviews it summarizes.
        """
        self._publish(nct_id, self._publication_state(nct_id).fetchone())

    def _publication_state(self, nct_id: str) -> Cursor:
        """The facts :meth:`_publish` decides from, asked (queued, in a pipeline) now.

        One statement for the three facts: one round trip, not three.
        """
        return self.db.execute(PUBLICATION_STATE, (nct_id,) * 5)

    def _publish(self, nct_id: str, state: Any) -> None:
        """The second half of :meth:`_sync_publication`, from a row of ``PUBLICATION_STATE``.

        The state must have been read in this transaction, after its changes.
        """
        deleted, status = state["deleted_at"], state["overall_status"]
        last = None if state["last_action"] is None else state
        version = state["approved"]
        action: str | None
        reason: str | None = None
        if deleted:
            action, version, reason = "withdraw", None, "removed from the registry"
        elif status == "WITHDRAWN":
            action, version, reason = "withdraw", None, "the study was withdrawn"
        elif version is not None:
            action = "publish"
        elif last is not None and last["last_action"] == "publish":
            action, reason = "withdraw", "no approved version"
        else:
            action = None
        if action is None:
            return
        if last is not None and (last["last_action"], last["last_version"]) == (action, version):
            return
        params = (nct_id, action, version, reason, now())
        if self.db.dialect == "postgresql":
            # Sequence ids are handed out before commit, so two writers could
            # commit out of id order and an export in between would skip one.
            # Serializing feed writers until commit keeps ids in commit order.
            # The lock is taken in the insert's own subquery, which runs before
            # the id's nextval() above it, so the id still comes after the lock
            # (a test pins this), and it costs no statement of its own.
            self.db.execute(
                "INSERT INTO publications (nct_id, action, version, reason, created_at) "
                "SELECT ?, ?, CAST(? AS INTEGER), ?, ? "
                "FROM (SELECT pg_advisory_xact_lock(7261)) AS feed_lock",
                params,
            )
            return
        self.db.execute(
            "INSERT INTO publications (nct_id, action, version, reason, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            params,
        )

    def delete_record(self, nct_id: str) -> None:
        """Mark a record as gone from the registry; its summary is withdrawn from the site."""
        with self.transaction() as db:
            db.execute("UPDATE records SET deleted_at = ? WHERE nct_id = ?", (now(), nct_id))
            self._sync_publication(nct_id)

    def publications_since(self, cursor: int = 0, limit: int = 1000) -> list[Publication]:
        """Feed entries after ``cursor``, oldest first. Cursors are opaque increasing ints."""
        rows = self.db.execute(
            "SELECT id, nct_id, action, version, reason, created_at FROM publications "
            "WHERE id > ? ORDER BY id LIMIT ?",
            (cursor, limit),
        ).fetchall()
        return [
            Publication(
                cursor=r["id"], nct_id=r["nct_id"], action=r["action"], version=r["version"],
                reason=r["reason"], created_at=r["created_at"],
            )
            for r in rows
        ]  # fmt: skip

    def latest_cursor(self) -> int:
        row = self.db.execute("SELECT COALESCE(MAX(id), 0) AS c FROM publications").fetchone()
        return int(row["c"])

    # --- the site's view: each trial's current publication, with what it publishes ---

    MAX_CURSOR = 2**63 - 1  # the largest id both engines store: "no upper bound"
    # A trial's state as of cursor bound B (params: since, B, B) is its latest
    # publication with id <= B. The approving review is the first approve after
    # the version's last reject: a later approve changes nothing the site shows,
    # so it must not change the exported item either (the feed would not carry it).
    PUBLISHED_ROWS = """
        SELECT p.id AS cursor, p.nct_id, p.action, p.version, p.reason,
            p.created_at AS published_at,
            s.source_hash, s.prompt_name, s.prompt_version, s.prompt_hash, s.backend, s.model,
            s.summary_json, s.findings_json, s.status AS check_status, s.author, s.created_at,
            rec.source_hash AS record_hash, rec.last_update_date,
            (SELECT MAX(j.id) FROM reviews j WHERE j.nct_id = p.nct_id
                AND j.version = p.version AND j.action = 'reject') AS last_reject,
            ap.actor AS approved_by, ap.created_at AS approved_at
        FROM publications p
        LEFT JOIN summaries s ON s.nct_id = p.nct_id AND s.version = p.version
        LEFT JOIN records rec ON rec.nct_id = p.nct_id
        LEFT JOIN reviews ap ON ap.id = (
            SELECT MIN(a.id) FROM reviews a
            WHERE a.nct_id = p.nct_id AND a.version = p.version AND a.action = 'approve'
                AND a.id > COALESCE((SELECT MAX(j.id) FROM reviews j WHERE j.nct_id = p.nct_id
                    AND j.version = p.version AND j.action = 'reject'), 0))
        WHERE p.id > ? AND p.id <= ?
            AND p.id = (SELECT MAX(q.id) FROM publications q
                WHERE q.nct_id = p.nct_id AND q.id <= ?)
    """

    def published_rows(
        self,
        *,
        since: int = 0,
        until: int | None = None,
        nct_id: str | None = None,
        publish_only: bool = False,
        limit: int = 500,
    ) -> list[dict[str, Any]]:
        """The state, as of cursor ``until``, of each trial whose state changed after ``since``.

        A trial's state is its latest publication with ``cursor <= until`` (no
        bound when None); it changed after ``since`` exactly when that
        publication's cursor is greater. Rows come in cursor order, so callers
        page with ``since = last row's cursor``. One query per page, joined to
        the published version, its record and the review that approved it, so
        an export of any size streams in flat memory. ``export.py`` turns rows
        into the exported items; this is their only source.
        """
        bound = self.MAX_CURSOR if until is None else until
        sql = self.PUBLISHED_ROWS
        params: list[Any] = [since, bound, bound]
        if nct_id is not None:
            sql += " AND p.nct_id = ?"
            params.append(nct_id)
        if publish_only:
            sql += " AND p.action = 'publish'"
        sql += " ORDER BY p.id LIMIT ?"
        params.append(limit)
        return [dict(r) for r in self.db.execute(sql, params).fetchall()]

    def published(self, nct_id: str) -> Any:
        """What the site shows for a trial now, exactly as exported: an
        :class:`~summarizer.export.ExportedSummary`, a
        :class:`~summarizer.export.Withdrawal`, or None if never published."""
        from .export import published  # export builds on the store, not the reverse

        return published(self, nct_id)

    # --- failures ---------------------------------------------------------------

    def record_failure(
        self, nct_id: str, source_hash: str, prompt_version: int, model: str, reason: str
    ) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO failures (nct_id, source_hash, prompt_version, model, reason, "
                "attempts, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?) "
                "ON CONFLICT (nct_id, source_hash, prompt_version, model) DO UPDATE SET "
                "reason = excluded.reason, attempts = failures.attempts + 1, "
                "updated_at = excluded.updated_at",
                (nct_id, source_hash, prompt_version, model, reason, now()),
            )

    def failures(self, nct_id: str | None = None) -> list[dict[str, object]]:
        sql = "SELECT * FROM failures"
        params: tuple[str, ...] = ()
        if nct_id:
            sql += " WHERE nct_id = ?"
            params = (nct_id,)
        return [dict(r) for r in self.db.execute(sql + " ORDER BY nct_id", params)]

    # --- integrity -------------------------------------------------------------

    def verify(self) -> list[str]:
        """Re-derive every stored record hash; return the NCT ids that do not match."""
        bad = []
        for row in self.db.execute("SELECT nct_id, source_hash, trial_json FROM records"):
            trial = Trial.model_validate_json(row["trial_json"])
            if content_hash(trial.normalized()) != row["source_hash"]:
                bad.append(row["nct_id"])
        return bad
