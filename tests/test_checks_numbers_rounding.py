"""A hedged number ("about", "some", "roughly") must be a rounding of the record's, not
merely close to it: "about 60" for 62 is how people write, "some 32" for 30 or "around 15
months" for a year is a different number. Bounds ("more than", "over") say only which side
the truth is on and keep the looser tolerance. Real records; the wrong form is caught and
the honest rounding beside it passes."""

from __future__ import annotations

import pytest

from summarizer.checks.numbers import roundness, rounds_to
from tests.checks_support import codes, record

SPINE = "NCT00000410.json"  # 501 enrolled (actual)
TRIPLE = "NCT00405041.json"  # 79 enrolled (actual)
REGISTRY = "NCT00258583.json"  # 5,000 (estimated)
ONE_YEAR = "NCT00023673.xml"  # each person takes part for 1 year
THREE_YEARS = "NCT02679963.xml"  # followed for 3 years
FIVE_WEEKS = "NCT01220531.xml"  # treatment over 35 days
SIX_MONTHS = "NCT03521479.xml"  # treated for 6 months
WEEKS = "NCT02552212.json"  # assessed at 24, 36 and 48 weeks
SAMPLES = "NCT01065844.xml"  # states 30, 35 and 40, never 32


def number_codes(name: str, text: str) -> list[str]:
    return [c for c in codes(record(name), text) if c.startswith(("number.", "enrollment."))]


@pytest.mark.parametrize(
    ("value", "step"),
    [(60, 10), (250, 50), (1000, 1000), (1200, 100), (32, 1), (15, 5), (2.5, 0.5), (1, 1)],
)
def test_the_step_a_number_looks_rounded_to(value: float, step: float) -> None:
    assert roundness(value) == step


def test_a_rounding_stays_within_half_its_step() -> None:
    assert rounds_to(60, 62) and rounds_to(500, 480) and rounds_to(1000, 1032)
    assert not rounds_to(32, 30) and not rounds_to(15, 12) and not rounds_to(30, 36)


@pytest.mark.parametrize(
    ("name", "wrong", "right"),
    [
        (SPINE, "Some 520 people took part.", "About 500 people took part."),
        (TRIPLE, "Some 84 people took part.", "Nearly 80 people took part."),
        (
            REGISTRY,
            "It aims to enrol roughly 5,200 people.",
            "It aims to enrol about 5,000 people.",
        ),
        (
            SAMPLES,
            "Some 32 urine samples are collected from each volunteer.",
            "Some 30 urine samples are collected from each volunteer.",
        ),
    ],
)
def test_a_hedged_count_must_round_the_records(name: str, wrong: str, right: str) -> None:
    assert number_codes(name, wrong), wrong
    assert not number_codes(name, right), right


@pytest.mark.parametrize(
    ("name", "wrong", "right"),
    [
        (
            ONE_YEAR,
            "Expect to take part for around 15 months.",
            "Expect to take part for about a year.",
        ),
        (
            ONE_YEAR,
            "Expect to take part for around 15 months.",
            "Expect to take part for around 12 months.",
        ),
        (
            THREE_YEARS,
            "Participation extends over roughly 30 months.",
            "Participation extends over roughly 36 months.",
        ),
        (
            FIVE_WEEKS,
            "Each volunteer's part in it lasts some 6 weeks.",
            "Each volunteer's part in it lasts some 5 weeks.",
        ),
        (
            SIX_MONTHS,
            "Treatment continues for about 23 weeks.",
            "Treatment continues for about 26 weeks.",
        ),
    ],
)
def test_a_hedged_time_must_round_the_records_in_its_own_unit(
    name: str, wrong: str, right: str
) -> None:
    assert number_codes(name, wrong), wrong
    assert not number_codes(name, right), right


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (WEEKS, "You take part for about 6 months."),  # 24 weeks: 5.5 months
        (WEEKS, "You take part for about a year."),  # 48 weeks
        (WEEKS, "You take part for about 11 months."),  # 48 weeks: 11.04 months
        (SIX_MONTHS, "Treatment continues for about 24 weeks."),  # a month counted as 4 weeks
        (SIX_MONTHS, "Treatment continues for about half a year."),
    ],
)
def test_an_honest_rounding_across_units_passes(name: str, said: str) -> None:
    assert not number_codes(name, said), said


@pytest.mark.parametrize("said", ["More than 480 people took part.", "Over 470 people took part."])
def test_a_bound_is_no_rounding_and_keeps_the_tolerance(said: str) -> None:
    assert not number_codes(SPINE, said), said
