"""The lead's fixes in session 30, each beside the close wrong form that must still be caught."""

from __future__ import annotations

import pytest

from tests.checks_support import codes, record

WITHDRAWN = "NCT00973089.json"  # withdrawn, 0 enrolled; sponsor Hadassah Medical Organization
RECRUITING = "NCT05809934.json"  # recruiting, 232 enrolled; sponsor AstraZeneca


def _of(prefix: str, name: str, text: str) -> list[str]:
    return [c for c in codes(record(name), text) if c.startswith(prefix)]


@pytest.mark.parametrize(
    "said",
    [
        "WHO ▸ Ages 5 to 8 years\nWHEN ▸ Never started",
        "WHO: children aged 5 to 8 years",
        "• WHO — children aged 5 to 8 years",
    ],
)
def test_a_capitalised_tag_opening_a_line_names_no_sponsor(said: str) -> None:
    assert _of("sponsor.", WITHDRAWN, said) == []


@pytest.mark.parametrize(
    "said",
    [
        "Sponsor ▸ WHO",
        "The sponsor is the World Health Organization.",
        "Paid for by GSK.",
    ],
)
def test_a_wrong_sponsor_on_a_tagged_line_is_still_caught(said: str) -> None:
    assert _of("sponsor.", WITHDRAWN, said) == ["sponsor.mismatch"]


@pytest.mark.parametrize(
    "said",
    [
        "The briefing was told that the study was withdrawn with no one ever enrolled.",
        "No one enrolled before it was withdrawn.",
    ],
)
def test_no_one_enrolled_counts_zero(said: str) -> None:
    assert _of("enrollment.", WITHDRAWN, said) == []


@pytest.mark.parametrize(
    "said",
    ["No one has enrolled yet.", "The study is recruiting, with one person enrolled."],
)
def test_no_one_or_one_against_a_record_of_232_is_caught(said: str) -> None:
    assert _of("enrollment.", RECRUITING, said) == ["enrollment.mismatch"]
