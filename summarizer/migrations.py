"""Numbered schema migrations for the summary store, on SQLite and PostgreSQL.

Each migration runs in one transaction together with the row that records it
in ``_migrations``, so a crash leaves the schema either before or after it.
An applied migration is never edited: add the next one. A migration receives
the :class:`~summarizer.database.Database` and branches on ``db.dialect``
only where the engines' DDL differs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from .database import Database

Migration = Callable[[Database], None]
MIGRATIONS: list[Migration] = []
migration = MIGRATIONS.append


def serial_pk(db: Database) -> str:
    """An auto-increment primary key column, in each engine's own form."""
    if db.dialect == "postgresql":
        return "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
    return "id INTEGER PRIMARY KEY"


def forbid(db: Database, table: str, operation: str, message: str) -> None:
    """A trigger that refuses ``operation`` (UPDATE or DELETE) on ``table`` with ``message``."""
    name = f"{table}_no_{operation.lower()}"
    if db.dialect == "postgresql":
        db.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{message}'; END $$"
        )
        db.execute(
            f"CREATE TRIGGER {name} BEFORE {operation} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}()"
        )
    else:
        db.execute(
            f"CREATE TRIGGER {name} BEFORE {operation} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )


@migration
def m001_initial(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE records (
            nct_id TEXT PRIMARY KEY,
            source_hash TEXT NOT NULL,
            source_format TEXT NOT NULL,
            trial_json TEXT NOT NULL,
            raw TEXT NOT NULL,
            last_update_date TEXT,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        f"""
        CREATE TABLE summaries (
            {serial_pk(db)},
            nct_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            source_hash TEXT NOT NULL,
            prompt_name TEXT NOT NULL,
            prompt_version INTEGER NOT NULL,
            prompt_hash TEXT NOT NULL,
            backend TEXT NOT NULL,
            model TEXT NOT NULL,
            prompt_tokens INTEGER NOT NULL DEFAULT 0,
            completion_tokens INTEGER NOT NULL DEFAULT 0,
            total_tokens INTEGER NOT NULL DEFAULT 0,
            summary_json TEXT NOT NULL,
            text TEXT NOT NULL,
            findings_json TEXT NOT NULL,
            readability_json TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('approved', 'flagged', 'rejected')),
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            parent_version INTEGER,
            note TEXT,
            UNIQUE (nct_id, version)
        )
        """
    )
    db.execute(
        "CREATE INDEX summaries_reuse "
        "ON summaries (nct_id, source_hash, prompt_name, prompt_version, model)"
    )
    # A version is immutable: edits, regenerations and reviews add rows.
    forbid(db, "summaries", "UPDATE", "summary versions are immutable")
    forbid(db, "summaries", "DELETE", "summary versions are never deleted")
    db.execute(
        f"""
        CREATE TABLE reviews (
            {serial_pk(db)},
            nct_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            note TEXT,
            created_at TEXT NOT NULL,
            FOREIGN KEY (nct_id, version) REFERENCES summaries (nct_id, version)
        )
        """
    )
    db.execute("CREATE INDEX reviews_by_version ON reviews (nct_id, version)")
    db.execute(
        """
        CREATE TABLE failures (
            nct_id TEXT NOT NULL,
            source_hash TEXT NOT NULL,
            prompt_version INTEGER NOT NULL,
            model TEXT NOT NULL,
            reason TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (nct_id, source_hash, prompt_version, model)
        )
        """
    )


def applied(db: Database) -> set[str]:
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return {row["name"] for row in db.execute("SELECT name FROM _migrations")}


def migrate(db: Database) -> list[str]:
    """Apply pending migrations in order; return the names applied now."""
    ran = []
    for fn in MIGRATIONS:
        if fn.__name__ in applied(db):
            continue
        with db.transaction():
            if db.dialect == "postgresql":
                # Several workers may open a fresh database at once.
                db.execute("SELECT pg_advisory_xact_lock(7260)")
            if fn.__name__ in applied(db):  # another process got here first
                continue
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (fn.__name__, datetime.now(UTC).isoformat()),
            )
        ran.append(fn.__name__)
    return ran


@migration
def m002_publications(db: Database) -> None:
    """What the site should show, as an append-only feed the exports page through."""
    db.execute("ALTER TABLE records ADD COLUMN overall_status TEXT")
    db.execute("ALTER TABLE records ADD COLUMN deleted_at TEXT")
    for row in db.execute("SELECT nct_id, trial_json FROM records").fetchall():
        status = json.loads(row["trial_json"]).get("overall_status")
        db.execute(
            "UPDATE records SET overall_status = ? WHERE nct_id = ?", (status, row["nct_id"])
        )
    db.execute(
        f"""
        CREATE TABLE publications (
            {serial_pk(db)},
            nct_id TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('publish', 'withdraw')),
            version INTEGER,
            reason TEXT,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX publications_by_trial ON publications (nct_id, id)")
    forbid(db, "publications", "UPDATE", "publications are append-only")


@migration
def m003_review_accounts(db: Database) -> None:
    """Editor accounts, their sessions, and an append-only log of review actions.

    Versions and reviews already record who wrote and who approved what; the
    event log adds what they cannot: who asked for a regeneration or an edit,
    from which version.
    """
    db.execute(
        """
        CREATE TABLE editors (
            username TEXT PRIMARY KEY,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )
    # Only a hash of the session token is stored: a copy of the database
    # does not let anyone sign in as an editor.
    db.execute(
        """
        CREATE TABLE editor_sessions (
            token_hash TEXT PRIMARY KEY,
            username TEXT NOT NULL REFERENCES editors (username) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        f"""
        CREATE TABLE review_events (
            {serial_pk(db)},
            nct_id TEXT NOT NULL,
            version INTEGER,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            note TEXT,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX review_events_by_trial ON review_events (nct_id, id)")
    forbid(db, "review_events", "UPDATE", "review events are append-only")
    forbid(db, "review_events", "DELETE", "review events are never deleted")


@migration
def m005_batch_queue(db: Database) -> None:
    """The work queue for batches: one job per (record source, prompt version, model).

    A job is done exactly when its summary version exists: the trigger below
    marks it done inside the transaction that inserts the version, so a crash
    can never leave a version without its job done, or the reverse. Leases
    (``lease_until``, epoch seconds) let another worker take over the claims
    of one that died. See ``summarizer/queue.py``.
    """
    pg = db.dialect == "postgresql"
    epoch = "DOUBLE PRECISION" if pg else "REAL"
    db.execute(
        f"""
        CREATE TABLE jobs (
            {serial_pk(db)},
            nct_id TEXT NOT NULL,
            source_hash TEXT NOT NULL,
            prompt_name TEXT NOT NULL,
            prompt_version INTEGER NOT NULL,
            model TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN
                ('pending', 'claimed', 'submitted', 'done', 'failed', 'superseded')),
            worker TEXT,
            lease_until {epoch},
            attempts INTEGER NOT NULL DEFAULT 0,
            reason TEXT,
            version INTEGER,
            submission TEXT,
            created_at TEXT NOT NULL,
            updated_at {epoch} NOT NULL,
            UNIQUE (nct_id, source_hash, prompt_name, prompt_version, model)
        )
        """
    )
    db.execute("CREATE INDEX jobs_todo ON jobs (prompt_name, prompt_version, model, state, id)")
    db.execute("CREATE INDEX jobs_claimed ON jobs (worker) WHERE state = 'claimed'")
    # Provider Batch API submissions. The token is ours and goes into the batch's
    # metadata before the batch exists, so a worker killed between creating a
    # batch and recording its id finds it again instead of paying twice.
    db.execute(
        """
        CREATE TABLE submissions (
            token TEXT PRIMARY KEY,
            batch_id TEXT,
            input_file_id TEXT,
            prompt_name TEXT NOT NULL,
            prompt_version INTEGER NOT NULL,
            model TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('preparing', 'submitted', 'ingested', 'failed')),
            requests INTEGER NOT NULL,
            worker TEXT NOT NULL,
            detail TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    match = (
        "nct_id = NEW.nct_id AND source_hash = NEW.source_hash AND prompt_name = NEW.prompt_name "
        "AND prompt_version = NEW.prompt_version AND model = NEW.model AND state <> 'done'"
    )
    done = "state = 'done', version = NEW.version, worker = NULL, lease_until = NULL, reason = NULL"
    if pg:
        db.execute(
            "CREATE FUNCTION summaries_complete_job() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN UPDATE jobs SET {done}, "
            f"updated_at = extract(epoch from clock_timestamp()) WHERE {match}; "
            "RETURN NULL; END $$"
        )
        db.execute(
            "CREATE TRIGGER summaries_complete_job AFTER INSERT ON summaries "
            "FOR EACH ROW EXECUTE FUNCTION summaries_complete_job()"
        )
    else:
        db.execute(
            "CREATE TRIGGER summaries_complete_job AFTER INSERT ON summaries BEGIN "
            f"UPDATE jobs SET {done}, "
            f"updated_at = (julianday('now') - 2440587.5) * 86400.0 WHERE {match}; END"
        )


@migration
def m006_versions_clear_failures(db: Database) -> None:
    """A stored version clears the failures of its record's source, inside its insert.

    ``Store.add_version`` used to send this DELETE itself, in the same
    transaction: one statement (on PostgreSQL, one round trip) a version. The
    trigger deletes the same rows at the same point, so nothing else changes.
    """
    clear = "DELETE FROM failures WHERE nct_id = NEW.nct_id AND source_hash = NEW.source_hash"
    if db.dialect == "postgresql":
        db.execute(
            "CREATE FUNCTION summaries_clear_failures() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {clear}; RETURN NULL; END $$"
        )
        db.execute(
            "CREATE TRIGGER summaries_clear_failures AFTER INSERT ON summaries "
            "FOR EACH ROW EXECUTE FUNCTION summaries_clear_failures()"
        )
    else:
        db.execute(
            f"CREATE TRIGGER summaries_clear_failures AFTER INSERT ON summaries BEGIN {clear}; END"
        )
