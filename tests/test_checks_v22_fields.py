"""v22 (a community radio announcement, a briefing for health workers, a pharmacy app's
notifications) became a worked-on set; these pin what was fixed for the record's fields,
numbers and treatments, in wordings of our own on real records: the faithful form passes,
and the wrong form is caught. Each fix reads the shape of a statement (an idiom of filing,
a question about the reader's questions, terms read together, a time yet to come, a
contracted "would"), so the tests use wordings the set never did."""

from __future__ import annotations

import pytest

from tests.checks_support import caught_only_when_wrong, codes, record

SPINE = "NCT00000410.json"  # completed, randomized, all sexes; back pain and spine surgery
PMS = "NCT00001177.xml"  # recruiting, women only; premenstrual syndrome
NOT_YET = "NCT01339988.xml"  # not yet recruiting
TERMINATED = "NCT00277524.xml"  # terminated, 3,032 enrolled (actual)
NOT_RANDOMIZED = "NCT00410098.json"  # not randomized
CHEMO = "NCT01742767.json"  # cisplatin and pemetrexed
SCHOOL_AGE = "NCT02967393.json"  # ages 5 to 11; completed on 1 February 2017
CHILDREN = "NCT03281889.json"  # ages 3 to 18
INFANTS = "NCT05814159.json"  # 8 months and over
BABIES = "NCT02708238.xml"  # primary outcome after 28 days


# --- conditions: a registry's filing and the reader's questions name no illness ----------------


def test_a_study_on_file_is_no_study_of_file() -> None:
    caught_only_when_wrong(
        SPINE,
        "Study on migraine: what taking part involves.",
        "Trial on file: Spine Patient Outcomes Research Trial.",
        "condition.mismatch",
    )


def test_the_readers_questions_are_no_illness() -> None:
    caught_only_when_wrong(
        SPINE,
        "Got migraines? Read on.",
        "Got any questions about the visits? The study nurse can help.",
        "condition.mismatch",
    )


@pytest.mark.parametrize(
    "label",
    ["Illness being studied", "Disease under study", "Focus of this trial", "Topic of the study"],
)
def test_a_qualified_label_names_the_illness(label: str) -> None:
    caught_only_when_wrong(
        PMS, f"{label}: migraine.", f"{label}: premenstrual syndrome.", "condition.mismatch"
    )


def test_a_notices_subject_with_an_article_is_not_the_illness() -> None:
    said = "Subject of this notice: a change to your visit times."
    assert "condition.mismatch" not in codes(record(PMS), said)


# --- sex and status ---------------------------------------------------------------------------


def test_both_sexes_listed_under_eligible_are_read_together() -> None:
    trial = record(SPINE)
    for said in ("Eligible: men and women.", "Eligible: females and males."):
        assert "sex.mismatch" not in codes(trial, said), said
    caught_only_when_wrong(PMS, "Eligible: men and women.", "Eligible: women.", "sex.mismatch")


def test_sign_ups_that_open_later_are_not_open_now() -> None:
    caught_only_when_wrong(
        NOT_YET,
        "Sign-ups are open to anyone over 18.",
        "Nobody has been signed up so far; sign-ups open soon.",
        "status.mismatch",
    )


# --- design and enrollment ----------------------------------------------------------------------


def test_not_random_is_an_allocation_value() -> None:
    caught_only_when_wrong(
        SPINE, "Allocation: not random.", "Allocation: random.", "design.allocation"
    )
    said = "How groups are formed: not randomly assigned."
    assert "design.allocation" not in codes(record(NOT_RANDOMIZED), said)


def test_a_wish_for_so_many_people_is_a_planned_count() -> None:
    caught_only_when_wrong(
        TERMINATED,
        "The researchers need 3,032 volunteers.",
        "In the end 3,032 volunteers took part.",
        "enrollment.type",
    )


# --- treatments: what is added to people's treatment, and what they take home -------------------


@pytest.mark.parametrize(
    "wording",
    [
        "The team adds {} to the usual medicines.",
        "They add {} to what you're already taking.",
        "There's {} on top of that.",
    ],
)
def test_a_drug_added_to_the_treatment_must_be_the_records(wording: str) -> None:
    caught_only_when_wrong(
        CHEMO, wording.format("clopidogrel"), wording.format("pemetrexed"), "intervention.unknown"
    )


def test_adding_to_something_else_adds_no_treatment() -> None:
    said = "Add your name to the mailing list for updates."
    assert "intervention.unknown" not in codes(record(CHEMO), said)


def test_an_alarm_or_guard_sent_home_is_a_device() -> None:
    trial = record(SPINE)
    for said in (
        "Everyone goes home with a bed-wetting alarm.",
        "Each volunteer is given a night-time mouth guard.",
    ):
        assert "intervention.unknown" in codes(trial, said), said
    said = "Raise the alarm with your doctor if the pain gets worse."
    assert "intervention.unknown" not in codes(trial, said)


# --- dates, ages and the main result's time -----------------------------------------------------


def test_a_spoken_date_with_its_article_on_the_final_day() -> None:
    caught_only_when_wrong(
        SCHOOL_AGE,
        "Its final day was February the 1st, 2018.",
        "Its final day was February the 1st, 2017.",
        "date.mismatch",
    )


def test_a_range_you_would_need_to_be_is_an_age() -> None:
    caught_only_when_wrong(
        CHILDREN,
        "You'd need to be between five and eighteen years.",
        "You'd need to be between three and eighteen years.",
        "age.range",
    )


def test_a_contracted_rule_about_age_in_months() -> None:
    caught_only_when_wrong(
        INFANTS,
        "You'd have to be at least 10 months.",
        "You'd have to be at least 8 months.",
        "age.minimum",
    )


def test_the_main_checks_time_contracted() -> None:
    caught_only_when_wrong(
        BABIES,
        "The main check's at fourteen days.",
        "The main check's at twenty-eight days.",
        "outcome.timepoint",
    )


def test_nobody_signed_up_so_far_is_true_of_a_study_not_yet_open() -> None:
    caught_only_when_wrong(
        SPINE,
        "No one has enrolled so far.",
        "The trial has finished.",
        "status.mismatch",
    )
    said = "So far nobody has been recruited."
    assert "status.mismatch" not in codes(record(NOT_YET), said)


def test_a_time_a_reader_must_be_past_an_event_is_no_age() -> None:
    said = "You'd need to be between 2 and 3 weeks out of surgery."
    assert "age.range" not in codes(record(CHILDREN), said)
