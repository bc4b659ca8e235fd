"""Held-out v25 (a tenants' notice, a bilingual clinic poster, a volunteers' training note)
became a worked-on set at the end of session 27; its false flags were four shapes, pinned
here in wordings of our own on real records, each beside a wrong neighbour still caught."""

from __future__ import annotations

import pytest

from tests.checks_support import codes, record

PEMF = "NCT04049812.json"  # PEMF, completed, randomized, sponsor a university in Turkey
LUMI = "NCT03608150.json"  # Luminopia, completed July 2020, randomized
EARLY = "NCT06097962.json"  # NK510, recruiting, non-randomized
SCIATICA = "NCT00934284.json"  # lumbar injection, observational


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Riverside Clinic runs this study.\nIt tested PEMF in 50 adults.",
         "Riverside Clinic · Patient Information\nIt tested PEMF in 50 adults."),
        ("The study tested PEMF at Riverside Clinic.",
         "Riverside Clinic | Research Office\n\nThe study tested PEMF in 50 adults."),
    ],
)  # fmt: skip
def test_the_writers_letterhead_is_no_sponsor(wrong: str, right: str) -> None:
    assert "sponsor.mismatch" in codes(record(PEMF), wrong), wrong
    assert codes(record(PEMF), right) == [], right


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Is it still recruiting?\n» Yes, and there is room for newcomers.",
         "Is it still recruiting?\n» No. This study is finished: it closed in July 2020."),
        ("Still going? It is!", "Still going?\n» It wrapped up in July 2020."),
        ("Is it still going?\n» It is still going.", "Is it still going?"),
    ],
)  # fmt: skip
def test_a_status_question_asks_and_its_answer_says(wrong: str, right: str) -> None:
    assert "status.mismatch" in codes(record(LUMI), wrong), wrong
    assert codes(record(LUMI), right) == [], right


def test_a_draw_denied_is_no_randomization() -> None:
    assert codes(record(EARLY), "No computer draw picks your group.") == []
    assert "design.allocation" in codes(record(EARLY), "A computer draw picks your group.")
    assert "design.allocation" in codes(record(LUMI), "No computer draw picks your group.")


def test_what_the_study_does_not_give_is_no_boast() -> None:
    right = "It's about lumbar injection, but you wouldn't get one from the study."
    assert codes(record(SCIATICA), right) == []
    for wrong in ("It offers care you simply could not get on the NHS.",
                  "It offers care you could not get anywhere but in this study."):  # fmt: skip
        assert "claim.promotional" in codes(record(SCIATICA), wrong), wrong
