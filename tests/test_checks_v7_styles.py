"""Held-out v7 (a podcast transcript, a patient-portal message, a slide outline) was measured
once, untuned; these pin the false-flag causes fixed after that measurement, in wordings of
our own: the faithful form passes, and the same words making the claim still do not."""

from __future__ import annotations

import pytest

from tests.checks_support import errors, record

COMPLETED = "NCT00000410.json"  # phase 4, completed
NOT_YET = "NCT01339988.xml"
ACTIVE = "NCT01029262.xml"  # active, not recruiting
RECRUITING = "NCT05816382.json"


@pytest.mark.parametrize(
    "text",
    [
        "Your nurse can help you decide whether this study is right for you.",
        "Only you and your family can work out if taking part is right for you.",
        "Talk it over with your doctor to see if the trial is a good choice for you.",
    ],
)
def test_advice_inside_what_the_reader_weighs_up_is_a_question(text: str) -> None:
    assert errors(record(RECRUITING), text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("This study is right for you.", "is right for you"),
        ("If you feel unwell you should stop your tablets.", "you should"),
    ],
)
def test_advice_said_outright_is_still_advice(text: str, said: str) -> None:
    assert ("claim.advice", said) in errors(record(RECRUITING), text)


@pytest.mark.parametrize(
    "text",
    [
        "Phase 4 (the drug is already sold; will it help more people?)",
        "Main question: does it work, and is it safe",
        "- Aim: can it help people with back pain + how often side effects happen",
    ],
)
def test_a_verb_before_its_subject_asks_rather_than_claims(text: str) -> None:
    assert [e for e in errors(record(COMPLETED), text) if e[0] == "claim.efficacy"] == []


def test_the_same_words_as_a_statement_are_a_claim() -> None:
    found = errors(record(COMPLETED), "Main point: it works, and it helps people with back pain.")
    assert ("claim.efficacy", "it works") in found


@pytest.mark.parametrize(
    "text",
    [
        "It is a study of something that's already sold in shops.",
        "The research is about anything that may ease back pain.",
    ],
)
def test_an_indefinite_pronoun_names_no_condition(text: str) -> None:
    assert [e for e in errors(record(COMPLETED), text) if e[0] == "condition.mismatch"] == []


def test_a_named_illness_after_study_of_is_still_checked() -> None:
    assert ("condition.mismatch", "gallstones") in errors(
        record(COMPLETED), "It is a study of gallstones."
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (NOT_YET, "Status: not open to sign-ups yet"),
        (NOT_YET, "The trial is not yet open for applications."),
        (NOT_YET, "Status - not currently open to new volunteers"),
        (ACTIVE, "Status - not currently open to new volunteers"),
        (ACTIVE, "Status: not open to sign-ups"),
    ],
)
def test_open_for_joining_negated_is_not_recruiting(name: str, text: str) -> None:
    assert errors(record(name), text) == []


def test_open_for_joining_said_plainly_is_still_checked() -> None:
    assert errors(record(NOT_YET), "Status: open to sign-ups") == [
        ("status.mismatch", "open to sign-ups")
    ]
    # "yet" makes it not yet recruiting, read whole (recall8)
    assert errors(record(RECRUITING), "Status: not open to sign-ups yet") == [
        ("status.mismatch", "not open to sign-ups yet")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It is a phase 2 trial, a mid-sized test of how well the drug works.",
        "Phase 1 means an early test, focused on safety.",
        "This is a large test to compare it with usual care.",
    ],
)
def test_a_test_that_is_the_study_itself_is_no_treatment(text: str) -> None:
    assert [e for e in errors(record(COMPLETED), text) if e[0] == "intervention.unknown"] == []


def test_a_medical_test_the_record_never_names_is_still_flagged() -> None:
    assert ("intervention.unknown", "hearing test") in errors(
        record(COMPLETED), "A large test: everyone also has a hearing test."
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("You can expect your back pain to improve while you take part.", "back pain to improve"),
        ("Most people did better than anyone expected on the drug.", "better than"),
    ],
)
def test_a_verb_after_its_subject_still_claims(text: str, said: str) -> None:
    found = [e for e in errors(record(COMPLETED), text) if e[0] == "claim.efficacy"]
    assert found and said in found[0][1]
