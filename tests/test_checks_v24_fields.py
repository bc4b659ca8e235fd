"""v24 (a care home's letter to families, a sports club's bulletin, a patient portal's chatbot)
became a worked-on set; these pin what was fixed for the record's fields and treatments, in
wordings of our own on real records: the faithful form passes, and the wrong form is caught.
Each fix reads a mechanism (a phrase naming the study's own shape, a verb that ends a study
early after it began, chance as the subject that picks, a verb of studying, a role shown
on the listing, a thing lent for daily use), so the tests use wordings the set never did."""

from __future__ import annotations

import pytest

from summarizer.records import Status, Trial
from tests.checks_support import caught_only_when_wrong, codes, record

SPINE = "NCT00000410.json"  # completed, randomized; herniated disc, low back pain; diskectomy
LUNG_COHORT = "NCT00258583.json"  # observational, recruiting; interstitial lung disease
YOGA = "NCT00410098.json"  # non-randomized; asthma; Bikram yoga
TERMINATED = "NCT02179567.json"  # terminated; docetaxel and bevacizumab
WITHDRAWN = "NCT00973089.json"  # withdrawn; dental caries


def _with_status(name: str, status: Status) -> Trial:
    return record(name).model_copy(update={"overall_status": status})


# --- conditions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Phases are not used for research of this design.",
        "A study of this sort has no phase.",
        "Trials of this nature are not given a phase.",
    ],
)
def test_the_study_s_own_shape_is_no_illness(said: str) -> None:
    assert "condition.mismatch" not in codes(record(LUNG_COHORT), said), said


def test_a_named_illness_after_the_same_words_is_still_read() -> None:
    caught_only_when_wrong(
        LUNG_COHORT,
        "This is a study of psoriasis.",
        "This is a study of lung disease.",
        "condition.mismatch",
    )


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("This one's investigating heel spurs.", "This one's investigating back pain."),
        ("The trial is homing in on chapped lips.", "The trial is homing in on a slipped disc."),
        ("The project is centred on stiff necks.", "The project is centred on low back pain."),
    ],
)
def test_a_verb_of_studying_names_the_study_s_illness(wrong: str, right: str) -> None:
    caught_only_when_wrong(SPINE, wrong, right, "condition.mismatch")


def test_a_question_after_a_verb_of_studying_is_no_illness() -> None:
    said = "The trial is zeroing in on whether an operation helps more than rest."
    assert "condition.mismatch" not in codes(record(SPINE), said)


# --- status -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "The trial got cancelled part-way through.",
        "The study was called off ahead of schedule.",
        "The research has been cancelled before the end it planned.",
    ],
)
def test_called_off_after_it_began_is_a_stopped_study(said: str) -> None:
    assert "status.mismatch" not in codes(record(TERMINATED), said), said
    assert "status.mismatch" in codes(_with_status(TERMINATED, Status.COMPLETED), said), said


def test_called_off_with_no_word_of_its_end_is_still_withdrawn() -> None:
    said = "The trial got called off."
    assert "status.mismatch" not in codes(record(WITHDRAWN), said)
    assert "status.mismatch" in codes(_with_status(WITHDRAWN, Status.RECRUITING), said)


@pytest.mark.parametrize(
    "said",
    [
        "The trial ended up taking in far fewer people than planned.",
        "In the end the study finished up with two groups.",
    ],
)
def test_ended_up_says_what_it_came_to_not_that_it_ended(said: str) -> None:
    assert "status.mismatch" not in codes(_with_status(SPINE, Status.RECRUITING), said), said


def test_a_study_that_ended_is_still_read() -> None:
    said = "The trial ended in the spring."
    assert "status.mismatch" in codes(_with_status(SPINE, Status.RECRUITING), said)


# --- allocation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Chance plays no part in which arm a volunteer is put in.",
            "Chance by itself picks which arm a volunteer is put in.",
        ),
        (
            "Chance never settles who goes in which group.",
            "Chance alone settles who goes in which group.",
        ),
    ],
)
def test_chance_as_the_one_who_picks(wrong: str, right: str) -> None:
    # the record is randomized: chance not picking is the wrong wording
    caught_only_when_wrong(SPINE, wrong, right, "design.allocation")
    # and the other way round on a record that is not
    caught_only_when_wrong(YOGA, right, wrong, "design.allocation")


def test_a_chance_of_something_else_says_no_allocation() -> None:
    said = "There is a chance some people feel sore afterwards."
    assert "design.allocation" not in codes(record(YOGA), said)


# --- sponsor ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The sponsor appears on the listing as Haleon.",
            "The sponsor appears on the listing as Dartmouth-Hitchcock Medical Center.",
        ),
        (
            "Its funder is recorded as Haleon.",
            "Its funder is recorded as Dartmouth-Hitchcock Medical Center.",
        ),
        (
            "Haleon is shown in the record as the lead sponsor.",
            "Dartmouth-Hitchcock Medical Center is shown in the record as the lead sponsor.",
        ),
        (
            "Running the entire project is Haleon.",
            "Running the entire project is Dartmouth-Hitchcock Medical Center.",
        ),
    ],
)
def test_a_sponsor_shown_as_a_role(wrong: str, right: str) -> None:
    caught_only_when_wrong(SPINE, wrong, right, "sponsor.mismatch")


# --- treatments ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wrong",
    [
        "Each volunteer is loaned a massage roller.",
        "You'd be sent home with a daily pill organizer.",
        "Participants use an exercise mat at home.",
        "The first visit calls for a lung function test.",
    ],
)
def test_a_thing_lent_or_a_step_s_test_is_part_of_the_study(wrong: str) -> None:
    assert "intervention.unknown" in codes(record(SPINE), wrong), wrong


@pytest.mark.parametrize(
    "right",
    [
        "Put a pillow under your knees if lying flat hurts.",
        "The organiser of the study's events is the hospital.",
        "The first visit calls for a check of your back.",
    ],
)
def test_a_household_word_without_its_kind_is_no_device(right: str) -> None:
    assert "intervention.unknown" not in codes(record(SPINE), right), right


def test_a_word_sharing_only_its_first_letters_is_another_word() -> None:
    # the record names the Hadassah Medical Organization: an "organiser" is still new
    caught_only_when_wrong(
        WITHDRAWN,
        "Each child is given a pill organiser to keep.",
        "Each child has a dental check first.",
        "intervention.unknown",
    )
