"""A sentence that names people and then says they cannot join is about who is left out,
not about the study's condition or its treatments."""

from __future__ import annotations

import pytest

from tests.checks_support import errors, record

PREGABALIN = "NCT00353704.json"  # interstitial cystitis; pregabalin against placebo


@pytest.mark.parametrize(
    "sentence",
    [
        "People with heart disease cannot join.",
        "People who have epilepsy can't take part.",
        "Those with diabetes are not eligible.",
        "Anyone with epilepsy will not be able to take part.",
        "Women who are pregnant are excluded.",
        "Participants who have received chemotherapy before cannot join.",
        "Patients who have had radiotherapy may not enrol in this study.",
    ],
)
def test_people_named_before_they_are_excluded(sentence: str) -> None:
    assert errors(record(PREGABALIN), sentence) == []


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
    text = "People with epilepsy cannot join. The study is for people with asthma."
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
