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
        "Sponsor ▸ GSK",
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


@pytest.mark.parametrize(
    "said",
    ["NOW ▸ Finished. All done", "Now: finished.", "Currently → completed", "STATUS ▸ Finished"],
)
def test_a_posters_arrow_and_a_now_label_give_the_status(said: str) -> None:
    assert _of("status.", RECRUITING, said) == ["status.mismatch"]


@pytest.mark.parametrize(
    "said",
    [
        "NOW ▸ Recruiting",
        "Currently: recruiting adults with NASH.",
        "Now: taking part is free.",
        "WHEN ▸ Recruiting now",
    ],
)
def test_a_true_status_after_an_arrow_or_now_is_passed(said: str) -> None:
    assert _of("status.", RECRUITING, said) == []
