from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres_server import PostgresUnavailable, fresh_database, postgres_server


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own store and never reaches a real LLM endpoint."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SUMMARIZER_DB", str(tmp_path / "summaries.db"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """A real PostgreSQL server for the session; skips, saying why, when there is none."""
    try:
        with postgres_server() as url:
            yield url
    except PostgresUnavailable as exc:
        print(f"\nSKIP postgres: {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> str:
    """An empty database of its own for one test."""
    return fresh_database(postgres_admin_url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on SQLite and on a real PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("postgres_url"))
