"""Held-out v21 (a museum exhibit caption, a discharge "what to expect" card, a forum reply
in the second person) became a worked-on set; these pin the general readers added for it
(kinds of claim rather than wordings), in wordings of our own on real records: the wrong
form is caught, and the faithful form beside it passes."""

from __future__ import annotations

import pytest

from tests.checks_support import claim_codes

PREGABALIN = "NCT00353704.json"  # disk prolapse; pregabalin is among its keywords
VARNISH = "NCT03446690.xml"  # white spot lesions, phase 4
POSTED = "NCT00277524.xml"  # results posted


# --- idioms of testing or watching are no effect ------------------------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("It puts disk prolapse to rest.", "It puts pregabalin and morphine to the test."),
        ("Pregabalin knocks disk prolapse on the head.",
         "The study puts pregabalin through its paces in disk prolapse."),
        ("It keeps disk prolapse in check.", "The team keeps watch on disk prolapse."),
        ("It keeps disk prolapse in check.", "Nurses keep a close eye on disk prolapse."),
    ],
)  # fmt: skip
def test_testing_or_watching_idioms_are_no_effect(wrong: str, right: str) -> None:
    assert "claim.efficacy" in claim_codes(PREGABALIN, wrong), wrong
    assert "claim.efficacy" not in claim_codes(PREGABALIN, right), right


def test_keeping_watch_on_a_licensed_treatment_is_no_effect() -> None:
    text = "This is a phase 4 study: it keeps watch on a treatment that is already licensed."
    assert "claim.efficacy" not in claim_codes(VARNISH, text)


# --- "register" after a determiner is the noun --------------------------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Register now for the study.", "The register now holds the study's results."),
        ("Register today to take part.", "Its register today lists the results."),
    ],
)
def test_the_register_is_a_noun_not_a_call_to_act(wrong: str, right: str) -> None:
    assert "claim.advice" in claim_codes(POSTED, wrong), wrong
    assert "claim.advice" not in claim_codes(POSTED, right), right
