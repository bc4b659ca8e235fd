"""Held-out v23 (an allotment newsletter item, clinic text reminders, a library noticeboard
card) became a worked-on set. Its only false flags were one shape, read here in wordings of
our own on real records: a quantity phrase that denies results ("nothing in the way of
results") is no claim that results are posted, while the same words without the denial are."""

from __future__ import annotations

import pytest

from tests.checks_support import claim_codes, codes, record

SCIATICA = "NCT00934284.json"  # no results posted


@pytest.mark.parametrize(
    "right",
    [
        "Nothing in the way of results has been posted on the listing so far.",
        "No results have been posted yet.",
        "There is nothing by way of results posted on the record.",
    ],
)
def test_a_denied_quantity_of_results_is_no_results_claim(right: str) -> None:
    assert "claim.results" not in claim_codes(SCIATICA, right), right


@pytest.mark.parametrize(
    "wrong",
    [
        "Results have been posted on the listing.",
        "In the way of results, the study has posted its results.",
        "Something in the way of results has been posted.",
    ],
)
def test_results_said_to_be_posted_are_still_caught(wrong: str) -> None:
    assert "claim.results" in claim_codes(SCIATICA, wrong), wrong


# --- what the people did, and when, is no illness --------------------------------------------

LUMI = "NCT03608150.json"  # Luminopia One for amblyopia, children 4 to 7
NARC = "NCT05816382.json"  # TAK-861 for narcolepsy, started 5 April 2023
RSV = "NCT05921903.json"  # RSV vaccine after transplant, to start 31 July 2023
ASTH = "NCT06863285.json"  # pharmacist telemedicine for asthma, to start 20 March 2025


@pytest.mark.parametrize(
    ("trial_name", "right"),
    [
        (LUMI, "Children with amblyopia wore their usual glasses full-time."),
        (LUMI, "Children with a lazy eye watched films for an hour a day."),
        (NARC, "People with narcolepsy joined from an earlier study."),
        (NARC, "The study on TAK-861 opened in April 2023."),
        (RSV, "Researchers plan to begin the trial on July 31, 2023."),
        (ASTH, "Hamdard University plans to start the study on 20 March 2025."),
    ],
)
def test_a_verb_or_a_date_after_the_illness_is_no_other_illness(
    trial_name: str, right: str
) -> None:
    assert "condition.mismatch" not in codes(record(trial_name), right), right


@pytest.mark.parametrize(
    ("trial_name", "wrong"),
    [
        (LUMI, "Children with migraine watched films for an hour a day."),
        (NARC, "People with epilepsy joined from an earlier study."),
        (RSV, "Researchers plan to begin the trial on migraine in July 2023."),
        (LUMI, "Children with severe combined immunodeficiency wore their glasses."),
    ],
)
def test_another_illness_before_the_verb_is_still_caught(trial_name: str, wrong: str) -> None:
    assert "condition.mismatch" in codes(record(trial_name), wrong), wrong


# --- a head count in any wording is the people, not an illness -------------------------------


@pytest.mark.parametrize(
    "right",
    [
        "This is a study of 117 children with a lazy eye.",
        "This is a study of more than 100 children with a lazy eye.",
        "This is a study of a hundred and seventeen children with a lazy eye.",
        "This is a study of one hundred and seventeen children with a lazy eye.",
        "This is a study of fifteen children with a lazy eye.",
        "This is a study of several hundred children with a lazy eye.",
    ],
)
def test_a_counted_people_in_any_wording_is_no_illness(right: str) -> None:
    assert "condition.mismatch" not in codes(record(LUMI), right), right


def test_the_illness_after_counted_people_is_still_read() -> None:
    wrong = "This is a study of more than 100 children with migraine."
    assert "condition.mismatch" in codes(record(LUMI), wrong)


# --- an age after "aged" is no head count; lay words for a dental record ----------------------

DOCETAXEL = "NCT02179567.json"  # terminated, 26 enrolled, aged 70 and over
CARIES = "NCT00973089.json"  # withdrawn; dental caries in children 5 to 8


def test_an_age_after_a_head_count_is_no_head_count() -> None:
    right = "This phase 2 study in Greece stopped early after 26 people aged 70 or over had joined."
    assert "enrollment.mismatch" not in codes(record(DOCETAXEL), right)
    wrong = "This phase 2 study in Greece stopped early after 70 people had joined."
    assert "enrollment.mismatch" in codes(record(DOCETAXEL), wrong)


def test_tooth_decay_is_dental_caries() -> None:
    right = "Children with tooth decay in their baby teeth were to be put into groups by chance."
    assert "condition.mismatch" not in codes(record(CARIES), right)
    wrong = "Children with gum disease were to be put into groups by chance."
    assert "condition.mismatch" in codes(record(CARIES), wrong)
