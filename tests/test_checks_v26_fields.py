"""v26 (a patient panel's minutes, an access programme's status card and more) became a
worked-on set; these pin what was fixed for the record's fields, treatments, numbers and
coverage, in wordings of our own on real records: the faithful form passes, and the wrong
form is caught. Each fix reads a mechanism (a negation is a whole word, an access
programme open to requests is open), so the tests use wordings the set never did."""

from __future__ import annotations

import pytest

from summarizer.checks import run_checks
from summarizer.records import DateType, Status, Trial
from tests.checks_support import codes, record

SPINE = "NCT00000410.json"  # completed, randomized; herniated disc, low back pain
ACCESS = "NCT01220531.xml"  # expanded access, AVAILABLE
WITHDRAWN = "NCT00973089.json"  # withdrawn; dental caries
SUPPLEMENT = "NCT00405041.json"  # completed; 79 people (actual)


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


def test_a_status_line_may_name_the_study_before_its_state() -> None:
    said = "Status - The trial completed; nothing more is planned."
    assert "status.mismatch" not in codes(record(SPINE), said)
    assert "status.mismatch" in codes(record(WITHDRAWN), said)


def test_completed_is_not_true_of_a_study_withdrawn_before_it_ran() -> None:
    assert "status.mismatch" in codes(record(WITHDRAWN), "The project completed in 2012.")
    # (any other word for its end still is: it ended, it was over)
    assert "status.mismatch" not in codes(record(WITHDRAWN), "The project wound up in 2012.")


def test_nobody_taken_in_yet_is_a_study_not_yet_open() -> None:
    said = "No one has yet been enrolled, since the team has not started."
    assert "status.mismatch" not in codes(_with_status(SPINE, Status.NOT_YET_RECRUITING), said)
    assert "status.mismatch" in codes(record(SPINE), said)


def test_a_study_that_goes_on_but_is_shut_to_newcomers_is_active() -> None:
    said = "The study goes on with those already in it, but it is closed to new volunteers."
    assert "status.mismatch" not in codes(_with_status(SPINE, Status.ACTIVE_NOT_RECRUITING), said)
    assert "status.mismatch" in codes(record(SPINE), said)


def test_supply_interrupted_for_a_while_is_a_pause() -> None:
    said = "Supply of the drug through the programme has been temporarily disrupted."
    assert "status.mismatch" not in codes(
        _with_status(ACCESS, Status.TEMPORARILY_NOT_AVAILABLE), said
    )
    assert "status.mismatch" in codes(record(ACCESS), said)


# --- enrollment type ----------------------------------------------------------------------


def test_a_wish_for_a_count_in_words_is_a_planned_number() -> None:
    said = "In the end seventy-nine people took part in the study."
    wish = "The team wants seventy-nine people in the study."
    assert "enrollment.type" not in codes(record(SUPPLEMENT), said)
    assert "enrollment.type" in codes(record(SUPPLEMENT), wish)
    assert "enrollment.type" not in codes(
        record(SUPPLEMENT).model_copy(update={"enrollment_type": DateType.ESTIMATED}), wish
    )


def test_a_final_intake_is_an_actual_number() -> None:
    said = "Final sample: 79 people"
    assert "enrollment.type" not in codes(record(SUPPLEMENT), said)
    assert "enrollment.type" in codes(
        record(SUPPLEMENT).model_copy(update={"enrollment_type": DateType.ESTIMATED}), said
    )


# --- devices ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["Everyone is lent a daily pill box to take home.", "Each volunteer gets a step counter."],
)
def test_a_thing_named_for_what_it_holds_or_counts_is_a_device(said: str) -> None:
    assert "intervention.unknown" in codes(record(SPINE), said), said


@pytest.mark.parametrize(
    "said",
    ["Some of the pain relief is bought over the counter.", "Each person gets a box of forms."],
)
def test_a_box_or_counter_with_no_kind_is_no_device(said: str) -> None:
    assert "intervention.unknown" not in codes(record(SPINE), said), said


# --- allocation as a card's bare value ----------------------------------------------------

NOT_RANDOMIZED = "NCT00410098.json"  # non-randomized


def test_a_bare_random_after_a_group_making_label_is_read() -> None:
    said = "Design: Treatment allotment: random."
    assert "design.allocation" in codes(record(NOT_RANDOMIZED), said)
    assert "design.allocation" not in codes(record(SPINE), said)


def test_a_bare_not_random_after_the_label_is_a_denial() -> None:
    said = "Design: Treatment allotment: not random."
    assert "design.allocation" in codes(record(SPINE), said)
    assert "design.allocation" not in codes(record(NOT_RANDOMIZED), said)


# --- the main result's time ---------------------------------------------------------------

PRIMARY_12_WEEKS = "NCT03369626.json"  # primary outcome at 12 weeks


def test_a_check_up_named_main_gives_the_main_result_s_time() -> None:
    assert "outcome.timepoint" in codes(
        record(PRIMARY_12_WEEKS), "Their key check-up is at 6 months."
    )
    assert "outcome.timepoint" not in codes(
        record(PRIMARY_12_WEEKS), "Their key check-up is at 12 weeks."
    )


# --- sponsor ------------------------------------------------------------------------------


def test_a_sponsor_label_with_a_note_in_brackets_is_read() -> None:
    wrong = "ABOUT · CONTACT — Sponsor (as registered): Kestrel Biologics. More soon."
    right = "ABOUT · CONTACT — Sponsor (as registered): Dartmouth-Hitchcock Medical Center."
    assert "sponsor.mismatch" in codes(record(SPINE), wrong)
    assert "sponsor.mismatch" not in codes(record(SPINE), right)


def test_operated_by_names_the_sponsor() -> None:
    assert "sponsor.mismatch" in codes(record(SPINE), "The trial is operated by Kestrel Biologics.")
    assert "sponsor.mismatch" not in codes(
        record(SPINE), "The trial is operated by Dartmouth-Hitchcock Medical Center."
    )


# --- coverage: where ----------------------------------------------------------------------


def test_a_run_in_section_head_in_capitals_says_no_place() -> None:
    head = "Spine study, 2000 to 2015, 501 people, ages 18 and up. Herniated disc.\n"
    wrong = head + "WHO RUNS IT · SITES - Dartmouth-Hitchcock Medical Center. NCT00000410.\n"
    right = wrong.replace("Center.", "Center. Sites in the United States.")
    assert "coverage.where" in [f.code for f in run_checks(record(SPINE), wrong).findings]
    assert "coverage.where" not in [f.code for f in run_checks(record(SPINE), right).findings]
