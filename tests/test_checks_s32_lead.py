"""Session 32, the lead's fixes to v30's false flags, each with the wrong twin still caught."""

from __future__ import annotations

import pytest

from tests.checks_support import codes, record


@pytest.mark.parametrize(
    "text",
    [
        "Option 9. To find it on ClinicalTrials.gov, use NCT05706103.",
        "Option 4. Volunteers are being accepted at present.",
        "To hear who runs the study, press 6.",
        "Track 2 — How the groups work",
        "Track 5: Key dates",
    ],
)
def test_a_menu_option_or_track_number_is_no_fact(text: str) -> None:
    assert "number.untraced" not in codes(record("seed"), text)


def test_a_unit_after_an_option_number_is_still_read() -> None:
    # "Option 9 people" is a head count, not a heading
    assert "enrollment.mismatch" in codes(record("seed"), "Option 9 people will take part.")
    assert "number.untraced" in codes(record("seed"), "Option 4. Visits last 35 minutes.")


def test_researchers_giving_no_treatment_describes_an_observational_study() -> None:
    observational = record("NCT00001177.xml")
    text = "It is an observational study, meaning the researchers give no treatment."
    assert "study_type.mismatch" not in codes(observational, text)
    wrong = "The researchers give volunteers a new treatment."
    assert "study_type.mismatch" in codes(observational, wrong)
