"""v26 (a patient panel's minutes, an access programme's status card and more) became a
worked-on set; these pin what was fixed for the record's fields, treatments, numbers and
coverage, in wordings of our own on real records: the faithful form passes, and the wrong
form is caught. Each fix reads a mechanism (a negation is a whole word, an access
programme open to requests is open), so the tests use wordings the set never did."""

from __future__ import annotations

import pytest

from summarizer.records import Status, Trial
from tests.checks_support import codes, record

SPINE = "NCT00000410.json"  # completed, randomized; herniated disc, low back pain
ACCESS = "NCT01220531.xml"  # expanded access, AVAILABLE


def _with_status(name: str, status: Status) -> Trial:
    return record(name).model_copy(update={"overall_status": status})


# --- allocation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "The committee noted that volunteers are randomly placed in one of two groups.",
        "Nothing about the groups is chosen by the doctors: they are randomised.",
        "The panel notes that each person is put in a group at random.",
    ],
)
def test_a_word_that_starts_like_a_negation_does_not_negate(said: str) -> None:
    assert "design.allocation" not in codes(record(SPINE), said), said


def test_a_whole_negation_still_denies_chance() -> None:
    said = "The committee noted that volunteers are not randomly placed in a group."
    assert "design.allocation" in codes(record(SPINE), said)


# --- status -------------------------------------------------------------------------------


def test_open_is_true_of_an_access_programme_taking_requests() -> None:
    said = "Status: Open. A doctor can ask for the treatment through the programme."
    assert "status.mismatch" not in codes(record(ACCESS), said)
    assert "status.mismatch" in codes(_with_status(ACCESS, Status.COMPLETED), said)
    assert "status.mismatch" in codes(_with_status(ACCESS, Status.WITHDRAWN), said)
