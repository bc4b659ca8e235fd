"""Held-out v6 (an Easy Read leaflet, a hospital FAQ page, a relative's letter) was measured
once, untuned; these pin the false-flag causes fixed after that measurement, in wordings of
our own: the faithful form passes, and the same words making the claim still do not."""

from __future__ import annotations

import pytest

from tests.checks_support import errors, record

RECRUITING = "NCT05816382.json"
STATUS_UNKNOWN = "NCT00410098.json"
EIGHT_COUNTRIES = "NCT00831909.json"  # Belgium, France, Germany, Greece and four more


@pytest.mark.parametrize(
    "text",
    [
        "The study is looking for people to join now.",
        "They need volunteers to sign up soon, because places are limited.",
        "The team wants patients to enrol right away after their diagnosis.",
    ],
)
def test_who_a_study_is_looking_for_is_no_advice(text: str) -> None:
    assert errors(record(RECRUITING), text) == []


def test_telling_the_reader_to_join_is_still_advice() -> None:
    assert errors(record(RECRUITING), "Join now!") == [("claim.advice", "Join now")]
    assert errors(record(RECRUITING), "Do sign up today.") == [("claim.advice", "sign up today")]


@pytest.mark.parametrize(
    "text",
    [
        "Nobody has said lately if the study is still going.",
        "We do not know whether it is still recruiting.",
        "It is not clear if the trial is still open to new people.",
    ],
)
def test_a_status_asked_about_is_not_said(text: str) -> None:
    assert errors(record(STATUS_UNKNOWN), text) == []


def test_a_status_said_outright_is_still_checked() -> None:
    assert errors(record(STATUS_UNKNOWN), "The study is still going.") == [
        ("status.mismatch", "still going")
    ]


def test_the_countries_left_after_those_named_trace_to_the_record() -> None:
    trial = record(EIGHT_COUNTRIES)
    assert errors(trial, "Sites are in Belgium, France, Germany and 5 other countries.") == []
    assert errors(trial, "Sites are in Belgium and 7 more countries.") == []
    assert errors(trial, "Sites are in Belgium, France, Germany and 6 other countries.") == [
        ("number.untraced", "6")
    ]
