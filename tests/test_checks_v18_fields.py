"""Held-out v18 (a catalogue entry, a phone call to a relative, ...) was measured once,
untuned; these pin what was fixed after that measurement for the record's fields, numbers
and treatments, in wordings of our own on real records: the faithful form passes, and the
wrong form is caught."""

from __future__ import annotations

import pytest

from summarizer.checks import run_checks
from tests.checks_support import caught_only_when_wrong, codes, record

SPINE = "NCT00000410.json"  # all sexes, completed, 501 enrolled (actual), randomized, placebo
REGISTRY = "NCT00258583.json"  # observational, recruiting, 5,000 (estimated), no treatment
PLACEBO = "NCT00353704.json"  # placebo-controlled
INFANTS = "NCT02708238.xml"  # criteria: "age ≥2 weeks to 4 months"


# --- false flags -------------------------------------------------------------------------


@pytest.mark.parametrize("listener", ["Mum", "Dad", "love", "Gran"])
def test_the_person_spoken_to_is_no_treatment(listener: str) -> None:
    caught_only_when_wrong(
        SPINE,
        f"Everybody gets given warfarin, {listener}.",
        f"Everybody gets given the treatment, {listener}.",
        "intervention.unknown",
    )


@pytest.mark.parametrize(
    "plan",
    [
        "Word is it'll be finished around 2035, love.",
        "It's meant to be finished by the summer of 2035.",
        "They're hoping to be finished in 2035.",
    ],
)
def test_a_planned_end_is_no_status(plan: str) -> None:
    caught_only_when_wrong(REGISTRY, "The study's finished now.", plan, "status.mismatch")


@pytest.mark.parametrize("mark", ["…", "..."])
def test_a_criterion_read_out_after_an_ellipsis_is_the_records_own_text(mark: str) -> None:
    text = f"it says who can join, the first bit goes:\n  {mark} age ≥2 weeks to 4 months\n\nok"
    assert [c for c in codes(record(INFANTS), text) if c.startswith("age.")] == []
    # a line after the mark that is not the record's is read as ever
    said = f"it says who can join:\n  {mark} babies up to 9 months\n\nok"
    assert "age.maximum" in codes(record(INFANTS), said)


# --- condition -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Subjects: trigger finger -- clinical trials.",
            "Subjects: low back pain -- clinical trials.",
        ),
        ("So this is a trial for hammer toes, Dad.", "So this is a trial for slipped discs, Dad."),
        ("honestly it's a chilblains study", "honestly it's a slipped disc study"),
        ("Hiccoughs are what the study is about.", "Back pain is what the study is about."),
    ],
)
def test_the_illness_in_other_words(wrong: str, right: str) -> None:
    caught_only_when_wrong(SPINE, wrong, right, "condition.mismatch")


@pytest.mark.parametrize(
    "text",
    [
        "It's a study for twelve weeks.",
        "It's a trial for the new operation.",
        "It's a study for adults with low back pain.",
        "It's a study for whether surgery helps.",
    ],
)
def test_what_a_study_is_for_besides_an_illness(text: str) -> None:
    assert "condition.mismatch" not in codes(record(SPINE), text)


# --- enrollment type -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("trial", "wrong", "right"),
    [
        (REGISTRY, "Enrolment achieved: 5,000 people.", "Enrolment target: 5,000 people."),
        (REGISTRY, "Recruitment reached 5,000 people.", "Recruitment aims at 5,000 people."),
        (SPINE, "Enrolment sought: 501 participants.", "Enrolment attained: 501 participants."),
    ],
)
def test_enrollment_type_as_a_label(trial: str, wrong: str, right: str) -> None:
    caught_only_when_wrong(trial, wrong, right, "enrollment.type")


# --- status --------------------------------------------------------------------------------

WITHDRAWN = "NCT00973089.json"  # withdrawn before anyone joined
AVAILABLE = "NCT01220531.xml"  # expanded access, available


@pytest.mark.parametrize(
    ("trial", "wrong", "right"),
    [
        (REGISTRY, "Apparently the trial's all done with now.", "It's still signing folk up."),
        (SPINE, "We haven't launched the sign-ups yet.", "It's all done with now."),
        (WITHDRAWN, "Shelf note: Trial completed.", "Shelf note: Trial withdrawn."),
        (AVAILABLE, "Note: scheme closed; drug no longer provided.", "Note: scheme open."),
    ],
)
def test_status_in_other_words(trial: str, wrong: str, right: str) -> None:
    caught_only_when_wrong(trial, wrong, right, "status.mismatch")


def test_done_with_something_is_no_status() -> None:
    assert "status.mismatch" not in codes(record(REGISTRY), "The scan is done with a magnet.")


# --- treatments ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You'd be booked in for a colonoscopy on day one.",
        "They're scheduled for a barium swallow first.",
        "Kit handed out: a hearing loop.",
    ],
)
def test_a_procedure_or_device_in_other_words(text: str) -> None:
    assert "intervention.unknown" in codes(record(SPINE), text)


@pytest.mark.parametrize(
    "text",
    [
        "You'd be booked in for a chat with the nurse.",
        "The news is a hard pill to swallow.",
        "Your doctor is kept in the loop.",
    ],
)
def test_a_swallow_or_a_loop_alone_is_no_device(text: str) -> None:
    assert "intervention.unknown" not in codes(record(SPINE), text)


@pytest.mark.parametrize("denial", ["There isn't any placebo arm.", "They don't use a placebo."])
def test_a_placebo_denied_with_a_contraction(denial: str) -> None:
    caught_only_when_wrong(
        PLACEBO, denial, "You won't know if you get the placebo.", "intervention.placebo"
    )


# --- numbers -------------------------------------------------------------------------------

FIFTEEN_MONTHS = "NCT05594173.json"  # runs 2019-09-13 to 2020-12-20, no stated duration


@pytest.mark.parametrize(
    "text", ["Length of involvement: about 15 months.", "I'd be taking part for 15 months."]
)
def test_one_persons_time_said_of_oneself(text: str) -> None:
    assert "number.untraced" in codes(record(FIFTEEN_MONTHS), text)
    assert "number.untraced" not in codes(record(FIFTEEN_MONTHS), "The study took 15 months.")


# --- sponsor -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Credits: Corporate author (sponsor): Genentech.",
            "Credits: Corporate author (sponsor): Dartmouth-Hitchcock Medical Center.",
        ),
        ("Genentech is down as the sponsor.", "Dartmouth-Hitchcock is listed as sponsor."),
    ],
)
def test_the_sponsor_as_a_role(wrong: str, right: str) -> None:
    caught_only_when_wrong(SPINE, wrong, right, "sponsor.mismatch")


# --- study type ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wrong",
    [
        "The folk in it actually get given the drug, love.",
        "Everyone gets the actual medicine.",
        "Volunteers receive the drug being tested.",
    ],
)
def test_an_interventional_study_in_other_words(wrong: str) -> None:
    right = "People who get the drug from their own doctor are just followed."
    caught_only_when_wrong(REGISTRY, wrong, right, "study_type.mismatch")


# --- ages and jargon -----------------------------------------------------------------------

FROM_8_MONTHS = "NCT05814159.json"  # minimum age 8 months, no maximum


def test_a_babys_youngest_age_as_a_rule_for_the_reader() -> None:
    caught_only_when_wrong(
        FROM_8_MONTHS,
        "Your baby has got to be 11 months or over.",
        "Your baby has got to be 8 months or over.",
        "age.minimum",
    )


def test_an_age_range_said_age_wise() -> None:
    caught_only_when_wrong(
        "NCT02260193.xml", "Age-wise it's 18 to 65.", "Age-wise it's 18 to 79.", "age.range"
    )


@pytest.mark.parametrize("text", ["Any SUSARs go to the regulator.", "Terms coded in MedDRA."])
def test_safety_reporting_shorthand_is_jargon(text: str) -> None:
    found = run_checks(record(SPINE), text).warnings
    assert any(f.code == "readability.jargon" for f in found), text
