"""Held-out v23 (an allotment newsletter item, clinic text reminders, a library noticeboard
card) became a worked-on set. Its only false flags were one shape, read here in wordings of
our own on real records: a quantity phrase that denies results ("nothing in the way of
results") is no claim that results are posted, while the same words without the denial are."""

from __future__ import annotations

import pytest

from tests.checks_support import claim_codes

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
