"""A sentence that names people and then says they cannot join is about who is left out,
not about the study's condition or its treatments."""

from __future__ import annotations

import pytest

from tests.checks_support import errors, record

PREGABALIN = "NCT00353704.json"  # interstitial cystitis; pregabalin against placebo


@pytest.mark.parametrize(
    "sentence",
    [
        "People with liver failure cannot join.",
        "People who have kidney failure can't take part.",
        "Those with renal failure are not eligible.",
        "Anyone with liver failure will not be able to take part.",
        "Women who are pregnant are excluded.",
        "Participants who have received chemotherapy before cannot join.",
        "Patients who have had radiotherapy may not enrol in this study.",
    ],
)
def test_people_named_before_they_are_excluded(sentence: str) -> None:
    # The record excludes liver and renal failure (and pregnancy): none of these is the topic.
    assert errors(record(PREGABALIN), sentence) == []


@pytest.mark.parametrize(
    ("sentence", "illness"),
    [
        ("People with heart disease cannot join.", "heart disease"),
        ("People who have epilepsy can't take part.", "epilepsy"),
        ("Those with diabetes are not eligible.", "diabetes"),
    ],
)
def test_an_exclusion_the_record_never_gives_is_an_eligibility_error(
    sentence: str, illness: str
) -> None:
    # NCT00353704 excludes neither: a summary that says so invents a criterion.
    assert errors(record(PREGABALIN), sentence) == [("eligibility.unsupported", illness)]


def test_the_same_words_as_the_study_topic_or_its_treatment_are_still_checked() -> None:
    trial = record(PREGABALIN)
    assert errors(trial, "This study is for people with epilepsy.") == [
        ("condition.mismatch", "epilepsy")
    ]
    assert errors(trial, "People with epilepsy can join.") == [("condition.mismatch", "epilepsy")]
    assert errors(trial, "Participants will receive chemotherapy.") == [
        ("intervention.unknown", "chemotherapy")
    ]


def test_only_the_sentence_that_excludes_is_read_as_exclusion() -> None:
    text = "People with liver failure cannot join. The study is for people with asthma."
    assert errors(record(PREGABALIN), text) == [("condition.mismatch", "asthma")]


def test_what_the_reader_already_has_is_not_a_study_treatment() -> None:
    trial = record(PREGABALIN)
    assert errors(trial, "If you have a pacemaker, tell the team.") == []
    assert errors(trial, "If you already have a pacemaker, you cannot join.") == []
    assert errors(trial, "If you join, you will get a pacemaker.") == [
        ("intervention.unknown", "pacemaker")
    ]


def test_a_person_of_yours_doing_something_is_no_promised_outcome() -> None:
    trial = record(PREGABALIN)
    assert errors(trial, "Your doctor will clear up any questions.") == []
    assert errors(trial, "Your nurse can go through the diary with you.") == []
    assert errors(trial, "Your pain will clear up.") == [
        ("claim.efficacy", "Your pain will clear up")
    ]
