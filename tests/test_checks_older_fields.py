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
