"""v28 (a hospital lift poster, a court reporter's plain transcript, a village WhatsApp
group's update) became a worked-on set; these pin what was fixed for the record's fields, in
wordings of our own on real records: the faithful form passes, and the wrong form is caught.
Each fix reads a mechanism (a wish for people is a goal, "alone" restricts as "only" does, a
passive end is still an end, a poster's arrow may lead a label), not one sentence."""

from __future__ import annotations

import pytest

from summarizer.checks import run_checks  # noqa: F401  (the checks register on import)
from summarizer.records import DateType, Status
from tests.checks_support import codes, record

SPINE = "NCT00000410.json"  # completed; 501 enrolled (actual); herniated disc, back pain
LUNG_COHORT = "NCT00258583.json"  # recruiting; 5000 (estimated); interstitial lung disease


# --- enrollment type: a wish for people is a goal -------------------------------------------


@pytest.mark.parametrize(
    "said", ["The team wants 501 volunteers all together.", "They want 501 patients."]
)
def test_a_wish_for_people_is_a_planned_count(said: str) -> None:
    assert "enrollment.type" in codes(record(SPINE), said), said
    planned = record(SPINE).model_copy(update={"enrollment_type": DateType.ESTIMATED})
    assert "enrollment.type" not in codes(planned, said), said


def test_a_count_all_together_that_joined_is_actual() -> None:
    assert "enrollment.type" not in codes(record(SPINE), "501 people took part all together.")


# --- age group: "alone" restricts as "only" does --------------------------------------------


@pytest.mark.parametrize("said", ["Grown-ups alone may sign up.", "Adults solely can join."])
def test_adults_alone_leaves_children_out(said: str) -> None:
    takes_children = record(LUNG_COHORT).model_copy(update={"minimum_age_years": 6.0})
    assert "age.adults" in codes(takes_children, said), said
    assert "age.adults" not in codes(record(LUNG_COHORT), said), said


# --- status: an end said in the passive -----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "The trial has now been brought to completion.",
        "We heard the project was brought to a successful conclusion.",
    ],
)
def test_brought_to_completion_is_completed(said: str) -> None:
    assert "status.mismatch" in codes(record(LUNG_COHORT), said), said
    assert "status.mismatch" not in codes(record(SPINE), said), said


# --- condition: a poster's label, a transcript's reported topic -----------------------------


@pytest.mark.parametrize(
    ("said", "faithful"),
    [
        ("TOPIC ▸ Research area: migraine\n", "TOPIC ▸ Research area: interstitial lung disease\n"),
        ("ABOUT → Studying: eczema\n", "ABOUT → Studying: interstitial lung disease\n"),
        (
            "The topic under study was said to be migraine.",
            "The topic under study was said to be interstitial lung disease.",
        ),
    ],
)
def test_a_labelled_or_reported_topic_names_the_illness(said: str, faithful: str) -> None:
    assert "condition.mismatch" in codes(record(LUNG_COHORT), said), said
    assert "condition.mismatch" not in codes(record(LUNG_COHORT), faithful), faithful


@pytest.mark.parametrize(
    "said",
    [
        "WHO ▸ Under study: 5000 adults\n",
        "The matter studied was stated to be important.",
        "The topic under study was how often people cough.",
    ],
)
def test_a_topic_that_is_no_illness_is_not_flagged(said: str) -> None:
    assert "condition.mismatch" not in codes(record(LUNG_COHORT), said), said


# --- interventions: a thing given alongside, in a report -------------------------------------

PREGABALIN = "NCT00353704.json"  # pregabalin, placebo, morphine


@pytest.mark.parametrize(
    ("said", "faithful"),
    [
        (
            "The panel heard that ibuprofen is taken alongside.",
            "The panel heard that morphine is taken alongside.",
        ),
        (
            "We were informed that paracetamol is given in addition.",
            "We were informed that morphine is given in addition.",
        ),
        ("You would be taking codeine alongside.", "You would be taking morphine alongside."),
    ],
)
def test_a_reported_or_bare_alongside_names_a_treatment(said: str, faithful: str) -> None:
    assert "intervention.unknown" in codes(record(PREGABALIN), said), said
    assert "intervention.unknown" not in codes(record(PREGABALIN), faithful), faithful


def test_taking_part_alongside_names_no_treatment() -> None:
    said = "You would be taking part alongside your usual care."
    assert "intervention.unknown" not in codes(record(PREGABALIN), said)


# --- status: an access programme's supply ----------------------------------------------------

ACCESS = "NCT01220531.xml"  # expanded access, AVAILABLE


@pytest.mark.parametrize(
    "said",
    [
        "Supplies are on hold at present.",
        "The supply has run out, we hear.",
        "Sorry, briefly unavailable.",
        "This is not available anymore.",
    ],
)
def test_a_paused_or_ended_supply_is_wrong_for_an_open_programme(said: str) -> None:
    assert "status.mismatch" in codes(record(ACCESS), said), said
    closed = record(ACCESS).model_copy(update={"overall_status": Status.NO_LONGER_AVAILABLE})
    paused = record(ACCESS).model_copy(update={"overall_status": Status.TEMPORARILY_NOT_AVAILABLE})
    fits = closed if "run out" in said or "anymore" in said else paused
    assert "status.mismatch" not in codes(fits, said), said
