"""Worked-on sets v8 to v14 still missed some field errors; these pin the mechanisms fixed for
them, in wordings of our own on real records: the faithful form passes and the wrong form is
caught. Each reads the shape of a statement (what a key's words say, what a yes or no
affirms), so the tests use wordings the sets never did."""

from __future__ import annotations

import pytest

from tests.checks_support import caught_only_when_wrong

SPINE = "NCT00000410.json"  # randomized, 501 enrolled (actual), adults 18 and over
REGISTRY = "NCT00258583.json"  # observational, recruiting, 5,000 (estimated)
CHILDREN = "NCT00973089.json"  # children aged 5 to 8
UNKNOWN = "NCT00410098.json"  # 30 enrolled (estimated), Bikram yoga for asthma
PMS = "NCT00001177.xml"  # women aged 18 to 50


# --- enrollment type: a key's run-together words say which count it is ------------------


@pytest.mark.parametrize(
    ("record_name", "wrong", "right"),
    [
        (SPINE, '{"plannedEnrollment": 501}', '{"actualEnrollment": 501}'),
        (SPINE, '{"expected_enrollment": 501}', '{"final_enrollment": 501}'),
        (REGISTRY, '{"actualEnrollment": 5000}', '{"targetEnrollment": 5000}'),
    ],
)
def test_a_keys_words_say_which_count(record_name: str, wrong: str, right: str) -> None:
    caught_only_when_wrong(record_name, wrong, right, "enrollment.type")


def test_a_count_under_a_recruiting_label_is_the_head_count() -> None:
    # a status is a word, never a number: the label's "target" plans the 501
    caught_only_when_wrong(
        SPINE, "Recruiting goal: 501", "Recruited in all: 501", "enrollment.type"
    )


def test_the_past_before_a_past_is_an_actual_count() -> None:
    caught_only_when_wrong(
        UNKNOWN,
        "When the doors shut, 30 volunteers had joined.",
        "When the doors shut, 30 volunteers will have been sought.",
        "enrollment.type",
    )


# --- age bound: a label's words in either order --------------------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("age_min: 18 years; age_upper: none", "age_min: 18 years; age_upper: 50 years"),
        ("Age upper bound: n/a", "Age upper bound: 50"),
    ],
)
def test_an_upper_age_label_read_backwards(wrong: str, right: str) -> None:
    caught_only_when_wrong(PMS, wrong, right, "age.open_upper")


# --- age group: a yes or no affirms or denies its label's words ------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ('{"childrenEligible": true}', '{"childrenEligible": false}'),
        ('{"adultsOnly": false}', '{"adultsOnly": true}'),
        ("Kids allowed: yes", "Kids allowed: no"),
        ("Adults only: no", "Adults only: yes"),
    ],
)
def test_a_flag_on_children_for_an_adult_trial(wrong: str, right: str) -> None:
    caught_only_when_wrong(SPINE, wrong, right, "age.children")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ('{"childrenEligible": false}', '{"childrenEligible": true}'),
        ('{"adultsOnly": true}', '{"adultsOnly": false}'),
        ("Children eligible: no", "Children eligible: yes"),
        ("Adults only: yes", "Adults only: no"),
    ],
)
def test_a_flag_on_children_for_a_childrens_trial(wrong: str, right: str) -> None:
    caught_only_when_wrong(CHILDREN, wrong, right, "age.adults")


# --- study type: who is handed what, and the kind said of the study ----------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Nobody's handed a new medicine here; they record how people do.",
         "Everybody's handed a new medicine here; they record how people do."),
        ("No one is offered anything; the staff write down what happens.",
         "Everyone is offered a new therapy; the staff write down what happens."),
    ],
)  # fmt: skip
def test_nobody_handed_anything_is_observational(wrong: str, right: str) -> None:
    caught_only_when_wrong(SPINE, wrong, right, "study_type.mismatch")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("This one is a drug trial.", "This one is a registry."),
        ("Volunteers who sign up are given something to take.",
         "Volunteers who sign up are asked about their health."),
    ],
)  # fmt: skip
def test_a_treatment_study_said_of_an_observational_one(wrong: str, right: str) -> None:
    caught_only_when_wrong(REGISTRY, wrong, right, "study_type.mismatch")


# --- a translation's word order: the verb before its people, the adjective after its noun --


def test_a_sex_named_after_its_people() -> None:
    caught_only_when_wrong(
        SPINE,
        "Only people of the male gender may join.",
        "People of either sex may join.",
        "sex.mismatch",
    )
    caught_only_when_wrong(
        PMS, "Are accepted only persons of male sex.", "Are accepted only persons of female sex.",
        "sex.mismatch",
    )  # fmt: skip


def test_children_admitted_by_any_verb_of_admission() -> None:
    caught_only_when_wrong(
        SPINE, "Children too are permitted.", "Children are not permitted.", "age.children"
    )


def test_an_upper_limit_with_its_adjective_after() -> None:
    caught_only_when_wrong(
        PMS,
        "Adults of 18 years or more, without limit of age superior.",
        "Adults of 18 to 50 years.",
        "age.open_upper",
    )


def test_a_question_label_plans_nothing() -> None:
    caught_only_when_wrong(
        SPINE,
        '{"expectedEnrollment": 501}',
        "Q: How many people will take part?\nA: 501 people.",
        "enrollment.type",
    )


# --- status: the study itself stopped before its end; recruiting in the plain present ----


def test_the_study_stopped_before_its_end() -> None:
    caught_only_when_wrong(
        SPINE,
        "The trial was halted before the scheduled end.",
        "The trial ran to the scheduled end.",
        "status.mismatch",
    )


def test_recruiting_in_the_plain_present_said_of_now() -> None:
    caught_only_when_wrong(
        SPINE,
        "At present the trial enrols volunteers.",
        "In 2000 the trial enrolled volunteers.",
        "status.mismatch",
    )
