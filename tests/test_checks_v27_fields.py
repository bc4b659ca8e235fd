"""v27 (a pharmacy app's card, a radio host's call-in notes, a medical student's case
summary) became a worked-on set; these pin what was fixed for the record's fields and
treatments, in wordings of our own on real records: the faithful form passes, and the wrong
form is caught. Each fix reads a mechanism (a goal's count is a plan whatever verb follows
it, an appositive describes what it follows), so the tests use wordings the set never did."""

from __future__ import annotations

import pytest

from summarizer.checks import run_checks  # noqa: F401  (the checks register on import)
from summarizer.records import DateType, Status
from tests.checks_support import codes, record

SPINE = "NCT00000410.json"  # completed, randomized; 501 enrolled (actual)
LUNG_COHORT = "NCT00258583.json"  # observational, recruiting; 5000 (estimated)
PLACEBO = "NCT00353704.json"  # pregabalin against placebo, randomized
DEVICE_ONLY = "NCT03795987.json"  # one device arm, no allocation
ACCESS = "NCT01220531.xml"  # expanded access, AVAILABLE


# --- enrollment type: a goal's count is a plan ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "The target's 5,000 people enrolled, give or take.",
        "Our aim was 5000 adults recruited in all.",
        "Their hope: 5,000 volunteers signed on.",
        "The objective is about 5000 participants taken in over the years.",
    ],
)
def test_a_goals_count_is_planned_whatever_verb_follows(said: str) -> None:
    assert "enrollment.type" not in codes(record(LUNG_COHORT), said), said
    actual = record(LUNG_COHORT).model_copy(update={"enrollment_type": DateType.ACTUAL})
    assert "enrollment.type" in codes(actual, said), said


def test_without_a_goal_the_past_still_says_actual() -> None:
    assert "enrollment.type" in codes(record(LUNG_COHORT), "In all, 5,000 people enrolled.")


@pytest.mark.parametrize(
    ("said", "wrong_for"),
    [
        ("In the end, 5,000 good souls signed on.", LUNG_COHORT),
        ("Everything considered, 5000 folks ended up joining.", LUNG_COHORT),
        ("They're after 501 seniors all told.", SPINE),
    ],
)
def test_people_in_homely_words_are_the_head_count(said: str, wrong_for: str) -> None:
    assert "enrollment.type" in codes(record(wrong_for), said), said
    right = DateType.ACTUAL if wrong_for == LUNG_COHORT else DateType.ESTIMATED
    fixed = record(wrong_for).model_copy(update={"enrollment_type": right})
    assert "enrollment.type" not in codes(fixed, said), said


# --- allocation: a label that names the groups ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Groups: not random.",
        "How the arms are filled: not random",
        "Which group you land in: non-random",
    ],
)
def test_a_groups_label_with_a_bare_value_is_an_allocation(said: str) -> None:
    assert "design.allocation" in codes(record(SPINE), said), said
    assert "design.allocation" not in codes(record(DEVICE_ONLY), said), said


def test_a_groups_label_saying_random_is_wrong_for_one_arm() -> None:
    said = "Which arm you join: random"
    assert "design.allocation" not in codes(record(SPINE), said)
    assert "design.allocation" in codes(record(DEVICE_ONLY), said)


def test_a_random_sample_under_a_groups_label_draws_people() -> None:
    assert "design.allocation" not in codes(record(DEVICE_ONLY), "Groups: random sample of wards")


# --- interventions: an appositive describes, a label or "co-" adds ---------------------------


@pytest.mark.parametrize(
    "said",
    [
        "A placebo, an inactive look-alike tablet, is handed to half the volunteers.",
        "The dummy capsule, a harmless stand-in, is given to some people.",
        "Pregabalin, the nerve pain medicine under study, is given to everyone at first.",
    ],
)
def test_an_appositive_describes_what_is_given(said: str) -> None:
    assert "intervention.unknown" not in codes(record(PLACEBO), said), said


@pytest.mark.parametrize(
    "said",
    [
        "A placebo, fish oil and vitamin pills are given to some participants.",
        "A placebo, a statin, is given to some participants.",
    ],
)
def test_a_list_or_a_named_drug_between_commas_is_still_new(said: str) -> None:
    assert "intervention.unknown" in codes(record(PLACEBO), said), said


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Fish oil is co-prescribed for the whole study.", "Pregabalin is co-prescribed."),
        ("Extra tablets: fish oil each morning.", "Extra tablets: pregabalin each morning."),
        ("In the mix too: fish oil.", "In the mix too: pregabalin."),
        ("First off — a bone density scan.", "First off — the groups are picked."),
    ],
)
def test_what_a_label_or_a_co_verb_adds_is_given(wrong: str, right: str) -> None:
    assert "intervention.unknown" in codes(record(PLACEBO), wrong), wrong
    assert "intervention.unknown" not in codes(record(PLACEBO), right), right


# --- status: as the listing calls it, and a stop for now --------------------------------------


@pytest.mark.parametrize(
    "said",
    ["The trial is marked as having concluded.", "The project was recorded as finished."],
)
def test_a_study_listed_as_finished_is_said_to_be_completed(said: str) -> None:
    assert "status.mismatch" not in codes(record(SPINE), said), said
    stopped = record(SPINE).model_copy(update={"overall_status": Status.TERMINATED})
    assert "status.mismatch" in codes(stopped, said), said


def test_a_halt_for_now_is_a_pause() -> None:
    said = "Supply through the scheme is halted for now."
    paused = record(ACCESS).model_copy(update={"overall_status": Status.TEMPORARILY_NOT_AVAILABLE})
    assert "status.mismatch" not in codes(paused, said)
    assert "status.mismatch" in codes(record(ACCESS), said)
