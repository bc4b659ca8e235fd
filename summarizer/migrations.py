"""Numbered schema migrations for the summary store.

Each migration runs in one transaction together with the row that records it
in ``_migrations``, so a crash leaves the schema either before or after it.
An applied migration is never edited: add the next one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = []
migration = MIGRATIONS.append


@migration
def m001_initial(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE records (
            nct_id TEXT PRIMARY KEY,
            source_hash TEXT NOT NULL,
            source_format TEXT NOT NULL,
            trial_json TEXT NOT NULL,
            raw TEXT NOT NULL,
            last_update_date TEXT,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE summaries (
            id INTEGER PRIMARY KEY,
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
        );
        CREATE INDEX summaries_reuse
            ON summaries (nct_id, source_hash, prompt_name, prompt_version, model);

        -- A version is immutable: edits, regenerations and reviews add rows.
        CREATE TRIGGER summaries_immutable BEFORE UPDATE ON summaries
        BEGIN
            SELECT RAISE(ABORT, 'summary versions are immutable');
        END;
        CREATE TRIGGER summaries_undeletable BEFORE DELETE ON summaries
        BEGIN
            SELECT RAISE(ABORT, 'summary versions are never deleted');
        END;

        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            nct_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            note TEXT,
            created_at TEXT NOT NULL,
            FOREIGN KEY (nct_id, version) REFERENCES summaries (nct_id, version)
        );
        CREATE INDEX reviews_by_version ON reviews (nct_id, version);

        CREATE TABLE failures (
            nct_id TEXT NOT NULL,
            source_hash TEXT NOT NULL,
            prompt_version INTEGER NOT NULL,
            model TEXT NOT NULL,
            reason TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (nct_id, source_hash, prompt_version, model)
        );
        """
    )


def applied(db: sqlite3.Connection) -> set[str]:
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return {row[0] for row in db.execute("SELECT name FROM _migrations")}


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply pending migrations in order; return the names applied now."""
    done = applied(db)
    ran = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        # executescript() commits implicitly, so each migration's statements are
        # run one by one inside an explicit transaction instead.
        db.execute("BEGIN IMMEDIATE")
        try:
            if fn.__name__ in applied(db):  # another process got here first
                db.execute("ROLLBACK")
                continue
            _run_in_transaction(db, fn)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (fn.__name__, datetime.now(UTC).isoformat()),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        ran.append(fn.__name__)
    return ran


class _NoScript:
    """Wraps a connection so a migration's executescript() runs statement by statement."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def executescript(self, script: str) -> None:
        for statement in split_statements(script):
            self._db.execute(statement)

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        return self._db.execute(sql, params)


def _run_in_transaction(db: sqlite3.Connection, fn: Migration) -> None:
    fn(_NoScript(db))  # type: ignore[arg-type]


def split_statements(script: str) -> list[str]:
    """Split SQL on semicolons that end a complete statement (triggers contain several)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
