"""Count the statements and round trips a store runs, for tests and ``bench/batch_bench.py``.

Every statement on PostgreSQL is a network round trip unless it is queued in a
pipeline (``Database.pipeline``); on SQLite none is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from summarizer.database import Cursor, Database, Params


@dataclass
class Tally:
    statements: int = 0
    # A statement outside a pipeline, a pipeline's end, and a fetch inside a
    # pipeline that must wait (nothing was waited for since its statement was
    # queued: a wait brings every answer sent before it) each count one.
    round_trips: int = 0


class _CountedCursor:
    def __init__(self, cursor: Cursor, tally: Tally) -> None:
        self._cursor, self._tally = cursor, tally
        self._queued_at: int | None = tally.round_trips

    def _wait(self) -> None:
        if self._queued_at == self._tally.round_trips:
            self._tally.round_trips += 1
        self._queued_at = None

    def fetchone(self) -> Any:
        self._wait()
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        self._wait()
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        self._wait()
        return iter(self._cursor)


@contextmanager
def counting(db: Database) -> Iterator[Tally]:
    """Count the statements ``db`` runs (BEGIN and COMMIT included) and its round trips."""
    tally = Tally()
    depth = [0]
    execute, begin, pipeline = db.execute, db._begin, db.pipeline

    def counted_execute(sql: str, params: Params = ()) -> Any:
        tally.statements += 1
        cursor = execute(sql, params)
        if not db.pipelined:
            return cursor
        if depth[0] == 0:
            tally.round_trips += 1
            return cursor
        return _CountedCursor(cursor, tally)

    def counted_begin() -> None:
        tally.statements += 1
        if db.pipelined and depth[0] == 0:
            tally.round_trips += 1
        begin()

    @contextmanager
    def counted_pipeline() -> Iterator[None]:
        depth[0] += 1
        try:
            with pipeline():
                yield
        finally:
            depth[0] -= 1
            if db.pipelined:
                tally.round_trips += 1

    db.execute = counted_execute  # type: ignore[method-assign]
    db._begin = counted_begin  # type: ignore[method-assign]
    db.pipeline = counted_pipeline  # type: ignore[method-assign]
    try:
        yield tally
    finally:
        del db.execute, db._begin, db.pipeline
