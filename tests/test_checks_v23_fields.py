"""v23 (an allotment society's newsletter item, a clinic's text reminders, a library's
noticeboard card) became a worked-on set; these pin what was fixed for the record's fields,
numbers and treatments, in wordings of our own on real records: the faithful form passes,
and the wrong form is caught. Each fix reads the shape of a statement (a second verb that
shares the study as its subject, a supply that stopped, what a doctor may ask for now), so
the tests use wordings the set never did."""

from __future__ import annotations

import pytest

from summarizer.checks import run_checks
from summarizer.records import Status, Trial
from tests.checks_support import caught_only_when_wrong, codes, record

SPINE = "NCT00000410.json"  # completed, randomized, all sexes; back pain and spine surgery
TERMINATED = "NCT02179567.json"  # terminated
AVAILABLE = "NCT01220531.xml"  # expanded access, available


def _with_status(name: str, status: Status) -> Trial:
    return record(name).model_copy(update={"overall_status": status})


# --- status -----------------------------------------------------------------------------------


def test_the_study_itself_carrying_on_is_no_finished_study() -> None:
    caught_only_when_wrong(
        SPINE,
        "Sign-ups: over, though the trial itself continues.",
        "Sign-ups: over, and the trial itself has finished.",
        "status.mismatch",
    )


def test_a_second_verb_shares_the_study_as_its_subject() -> None:
    caught_only_when_wrong(
        TERMINATED,
        "The trial ran for two years and is now completed.",
        "The trial ran for two years and was then stopped early.",
        "status.mismatch",
    )
    # not the people who joined: "those who enrolled and completed" is about them
    said = "Most of those who joined the trial went on and completed their visits."
    assert "status.mismatch" not in codes(record(TERMINATED), said)


@pytest.mark.parametrize(
    ("said", "true_of"),
    [
        ("Status: no longer handed out through the scheme.", Status.NO_LONGER_AVAILABLE),
        ("Supply of this medicine through the scheme has now stopped.", Status.NO_LONGER_AVAILABLE),
        (
            "The scheme has paused supply of the drug for a few weeks.",
            Status.TEMPORARILY_NOT_AVAILABLE,
        ),
    ],
)
def test_a_supply_that_stopped_is_no_open_programme(said: str, true_of: Status) -> None:
    assert "status.mismatch" in codes(record(AVAILABLE), said), said
    assert "status.mismatch" not in codes(_with_status(AVAILABLE, true_of), said), said


@pytest.mark.parametrize(
    "said",
    [
        "A physician can at the moment ask for the drug for a patient.",
        "Clinicians may request it via the programme for their patients.",
        "Current status: available.",
    ],
)
def test_what_a_doctor_may_ask_for_now_is_an_open_programme(said: str) -> None:
    for shut in (Status.NO_LONGER_AVAILABLE, Status.TEMPORARILY_NOT_AVAILABLE):
        assert "status.mismatch" in codes(_with_status(AVAILABLE, shut), said), (shut, said)
    assert "status.mismatch" not in codes(record(AVAILABLE), said), said
    # a trial's summary may tell doctors what they can ask for
    assert "status.mismatch" not in codes(record(SPINE), said), said


# --- treatments and devices -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # what is added to the treatment people are on, named as the subject
        ("Warfarin is added to your usual medicines.", "Surgery is added to your usual care."),
        # what everyone has beside the treatment, whatever the verb
        (
            "All volunteers have melatonin along with their usual tablets.",
            "All volunteers have surgery along with their usual tablets.",
        ),
        # a step the first visit takes in
        (
            "The second visit takes in an electromyogram.",
            "The second visit takes in a walk around the clinic.",
        ),
        # a box that keeps the day's pills and logs each opening
        (
            "Every volunteer is loaned an electronic pillbox.",
            "Every volunteer is loaned a booklet about the study.",
        ),
    ],
)
def test_treatments_added_in_new_shapes_must_be_the_records(wrong: str, right: str) -> None:
    caught_only_when_wrong(SPINE, wrong, right, "intervention.unknown")


# --- numbers ----------------------------------------------------------------------------------

SCIATICA = "NCT00934284.json"  # primary outcome at 8 weeks and 6 months
SIX_MONTHS = "NCT03416231.json"  # primary outcome at 6 months
THIRTY_SIX = "NCT05372913.json"  # no course of treatment stated in weeks


def test_the_main_results_label_gives_its_time() -> None:
    caught_only_when_wrong(
        SCIATICA, "Key measurement: 24 months.", "Key measurement: 6 months.", "outcome.timepoint"
    )


def test_where_the_main_reading_falls_gives_its_time() -> None:
    caught_only_when_wrong(
        SIX_MONTHS,
        "The key check lands twenty-four months in.",
        "The key check lands six months in.",
        "outcome.timepoint",
    )


def test_the_treatment_itself_lasting_is_one_persons_time() -> None:
    caught_only_when_wrong(
        THIRTY_SIX,
        "The therapy itself lasts thirty-six weeks.",
        "The therapy itself lasts as long as the doctor advises.",
        "number.untraced",
    )


# --- coverage ---------------------------------------------------------------------------------


def test_the_pronoun_us_is_no_country() -> None:
    trial = record(SPINE)  # sites in the United States

    def warned(said: str) -> bool:
        return any(f.code == "coverage.where" for f in run_checks(trial, said).findings)

    assert warned("Our readers asked us to pass on news of this back pain study.")
    assert not warned("Our readers asked us to pass on news of this study, run in the US.")
