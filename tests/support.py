"""Paths and small helpers shared by the tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED_PAGE = FIXTURES / "pages" / "trial-page-NCT05706103.txt"


def fixture_files() -> list[Path]:
    """Every real record bundled in fixtures/ (v2 JSON, legacy XML, page text)."""
    return sorted(
        [*FIXTURES.glob("v2/*.json"), *FIXTURES.glob("legacy/*.xml"), SEED_PAGE],
        key=lambda p: p.name,
    )
