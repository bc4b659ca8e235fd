from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own store and never reaches a real LLM endpoint."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SUMMARIZER_DB", str(tmp_path / "summaries.db"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)
