"""A thin connection layer so the store runs on SQLite or PostgreSQL unchanged.

The store writes SQL once, with ``?`` placeholders and syntax both engines
accept (``ON CONFLICT … DO UPDATE``, ``COALESCE``, subqueries). Only
connection setup, transactions, per-trial locks, pipelines and DDL differ;
those live here and in the migrations, behind ``Database.dialect``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from .errors import StoreError

Params = Sequence[Any]


class Cursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Database:
    """One connection, in autocommit mode unless inside :meth:`transaction`."""

    dialect: str = ""
    location: str = ""
    # Whether statements inside :meth:`pipeline` are queued rather than run at once.
    pipelined: bool = False

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        raise NotImplementedError

    def lock_trial(self, nct_id: str) -> None:
        """Serialize writers of one trial until the end of the current transaction."""

    def close(self) -> None:
        raise NotImplementedError

    @contextmanager
    def pipeline(self) -> Iterator[None]:
        """Send the statements inside without waiting for each one's answer.

        A fetch waits for the answers so far; leaving the block waits for the
        rest. Where a statement costs no network round trip (SQLite), this does
        nothing.
        """
        yield

    def _begin(self) -> None:
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        self._begin()
        try:
            yield self
        except BaseException:
            self.execute("ROLLBACK")
            raise
        self.execute("COMMIT")


class SQLiteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, path: str) -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc
        self.location = path if path == ":memory:" else str(Path(path).resolve())

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        return self.conn.execute(sql, tuple(params))

    def _begin(self) -> None:
        # IMMEDIATE takes the write lock up front, so two writers queue on the
        # busy timeout instead of failing at commit with SQLITE_BUSY.
        self.conn.execute("BEGIN IMMEDIATE")

    def close(self) -> None:
        self.conn.close()


class PostgresDatabase(Database):
    dialect = "postgresql"
    pipelined = True

    def __init__(self, url: str) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise StoreError(
                "PostgreSQL support needs psycopg: pip install 'summarizer[postgres]'"
            ) from exc
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {_redact(url)}: {exc}") from exc
        self.location = _redact(url)

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        import psycopg

        # Our SQL never contains a literal '?' or '%', so this is a safe rewrite.
        try:
            return self.conn.execute(sql.replace("?", "%s"), tuple(params))
        except psycopg.DataError as exc:
            # A value the engine cannot hold (a NUL in text) is bad input, not a crash.
            raise StoreError(f"the database refused a value: {exc}") from exc

    def lock_trial(self, nct_id: str) -> None:
        self.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (nct_id,))

    @contextmanager
    def pipeline(self) -> Iterator[None]:
        import psycopg

        # Each statement is a network round trip; in psycopg's pipeline mode a
        # transaction of several statements costs one or two instead.
        try:
            with self.conn.pipeline():
                yield
        except BaseException as exc:
            # After a server error the pipeline skips what follows, the ROLLBACK
            # queued by transaction() included: roll back once it has ended.
            if self.conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, psycopg.DataError):
                # In a pipeline the server's refusal arrives at a fetch, not the execute.
                raise StoreError(f"the database refused a value: {exc}") from exc
            raise

    def _begin(self) -> None:
        self.conn.execute("BEGIN")

    def close(self) -> None:
        self.conn.close()


def _redact(url: str) -> str:
    """A URL safe to print: the password, if any, replaced by ***."""
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        creds, _, host = rest.rpartition("@")
        user = creds.split(":", 1)[0]
        return f"{scheme}{sep}{user}:***@{host}" if ":" in creds else url
    return url


def connect(location: str) -> Database:
    """Open a path, ``sqlite:///path`` or ``postgresql://…`` URL."""
    if location.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(location)
    if location.startswith("sqlite:///"):
        return SQLiteDatabase(location.removeprefix("sqlite:///"))
    if "://" in location:
        raise StoreError(
            f"unsupported store URL {location!r}: use a file path, sqlite:/// or postgresql://"
        )
    return SQLiteDatabase(location)
