"""Session 31, the lead's fixes to v29's false flags, each with the wrong twin still caught."""

from __future__ import annotations

import pytest

from summarizer.records import Status
from tests.checks_support import codes, record


@pytest.mark.parametrize(
    "text",
    [
        "Panel 6 — Who is behind it?",
        "Panel 2 — How is it run?",
        "Box 3: where the study takes place.",
        "Question 5 — Who can join?",
        "Step 3: Contact the study team.",
    ],
)
def test_a_leaflets_numbered_panel_is_no_fact(text: str) -> None:
    assert "number.untraced" not in codes(record("seed"), text)


def test_a_number_after_the_panel_word_is_still_read() -> None:
    assert "number.untraced" in codes(record("seed"), "Panel 6 — 4,812 people will take part.")


def test_the_stage_before_a_licence_is_no_efficacy_claim() -> None:
    trial = record("seed")
    assert "claim.efficacy" not in codes(
        trial, "It is the big head-to-head step ahead of any licence application."
    )
    assert "claim.efficacy" not in codes(trial, "This is the last step ahead of approval.")
    assert "claim.efficacy" in codes(trial, "The drug is a step ahead of the usual treatment.")
    assert "claim.efficacy" in codes(trial, "It is one step ahead of other medicines.")


@pytest.mark.parametrize(
    "text",
    [
        "The host added that it had wound up on the tenth of October 2022.",
        "It was all wrapped up in Nov 2010.",
    ],
)
def test_an_ending_with_its_date_is_true_of_a_stopped_study(text: str) -> None:
    trial = record("seed").model_copy(update={"overall_status": Status.TERMINATED})
    assert "status.mismatch" not in codes(trial, text)


def test_an_ending_without_a_date_still_says_completed() -> None:
    trial = record("seed").model_copy(update={"overall_status": Status.TERMINATED})
    assert "status.mismatch" in codes(trial, "The study has wrapped up.")
    recruiting = record("seed")
    assert "status.mismatch" in codes(recruiting, "It was all wrapped up in Nov 2010.")


@pytest.mark.parametrize(
    "text",
    [
        "The study will end in January 2027.",
        "It will end early.",
        "Recruitment will end soon.",
        "The study will end.",
    ],
)
def test_a_study_that_will_end_ends_itself(text: str) -> None:
    assert "claim.efficacy" not in codes(record("seed"), text)


@pytest.mark.parametrize(
    "text",
    ["This drug will end your pain.", "It will end hot flashes for good."],
)
def test_a_treatment_that_will_end_an_illness_is_still_a_claim(text: str) -> None:
    assert "claim.efficacy" in codes(record("seed"), text)


@pytest.mark.parametrize(
    "text",
    [
        "This summary will help you understand the study.",
        "The study team will help you get to your visits.",
        "A nurse will help you fill in the forms.",
        "Staff will reduce your waiting time where they can.",
        "The study will stop you from joining other studies.",
        "A coordinator will ease your way through the visits.",
        "The doctors will fix a date for your first visit.",
        "This guide will improve your understanding of the study.",
    ],
)
def test_help_with_the_visits_is_no_efficacy_claim(text: str) -> None:
    assert "claim.efficacy" not in codes(record("seed"), text)


@pytest.mark.parametrize(
    "text",
    [
        "The drug will help you breathe.",
        "This treatment will reduce your pain.",
        "Surgery will fix your back.",
        "The vaccine will prevent you from getting flu.",
        "It will treat your depression.",
    ],
)
def test_a_treatment_that_will_help_is_still_a_claim(text: str) -> None:
    assert "claim.efficacy" in codes(record("seed"), text)


def test_a_readers_freedom_is_no_safety_claim() -> None:
    trial = record("seed")
    for text in ("It is safe to ask questions at any time.", "It is safe to say no."):
        assert "claim.efficacy" not in codes(trial, text)
    for text in ("The drug is safe to take.", "It is safe for children."):
        assert "claim.efficacy" in codes(trial, text)


@pytest.mark.parametrize(
    "text",
    [
        "The team will treat you with respect.",
        "You will be treated with dignity.",
        "Everyone is treated with care and respect.",
        "You can ask for a summary of the results when the study ends.",
    ],
)
def test_manners_and_the_studys_own_results_name_no_treatment_or_illness(text: str) -> None:
    found = codes(record("NCT00001177.xml"), text)
    assert "intervention.unknown" not in found
    assert "condition.mismatch" not in found


def test_a_treatment_or_an_illness_in_the_same_shapes_is_still_read() -> None:
    trial = record("NCT00001177.xml")  # premenstrual mood disorder; no interventions listed
    assert "intervention.unknown" in codes(trial, "You will be treated with aspirin.")
    assert "condition.mismatch" in codes(trial, "This is a study of gout.")
    assert "condition.mismatch" in codes(trial, "It is for people with gout.")
