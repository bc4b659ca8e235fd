"""Held-out v5 (chat-model markdown, a recruitment flyer, a clinician speaking) was measured
once, untuned; these pin the two false-flag causes fixed after that measurement: a
faithful wording passes, and the same pattern naming a treatment the record lacks does not."""

from __future__ import annotations

import pytest

from tests.checks_support import errors, record


@pytest.mark.parametrize(
    "text",
    [
        # an explanation of "interventional" in the markdown's key facts
        "- **Study type:** Interventional (participants receive a treatment or other "
        "intervention assigned by the researchers)",
        # a flyer's banner in capitals
        "Do you have back pain?\nTHIS STUDY HAS FINISHED\n\nA research study testing Diskectomy.",
    ],
)
def test_faithful_wording_in_v5_styles_passes(text: str) -> None:
    assert errors(record("NCT00000410.json"), text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Participants also receive warfarin assigned by the researchers.", "warfarin"),
        ("Do you have back pain?\nTHIS STUDY TESTS KEYTRUDA\n", "KEYTRUDA"),
    ],
)
def test_the_same_patterns_naming_another_treatment_are_caught(text: str, said: str) -> None:
    found = errors(record("NCT00000410.json"), text)
    assert any(c == "intervention.unknown" and said in s for c, s in found), found
