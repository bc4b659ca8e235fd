"""Every number traces to the record: digits and words, with their units."""

from __future__ import annotations

import pytest

from summarizer.checks import number_mentions, run_checks
from tests.checks_support import errors, only, record


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sixty-two people", 62.0),
        ("one hundred and twenty visits", 120.0),
        ("a dozen visits", 12.0),
        ("a hundred and twenty visits", 120.0),
        ("a thousand people", 1000.0),
        ("two thousand five hundred people", 2500.0),
        ("1,200 people", 1200.0),
        ("2.5 mg", 2.5),
    ],
)
def test_numbers_are_read_as_digits_or_words(text: str, value: float) -> None:
    assert [m.value for m in number_mentions(text)] == [value]


def test_units_are_read_and_ranges_share_them() -> None:
    found = [(m.value, m.unit) for m in number_mentions("for 12 weeks, ages 18 to 45 years")]
    assert found == [(12.0, "week"), (18.0, "year"), (45.0, "year")]


def test_nct_ids_and_list_markers_are_not_numbers() -> None:
    assert errors(record("seed"), "1. Study ID: NCT05706103.") == []


@pytest.mark.parametrize(
    "text",
    [
        "5. What stage is the study at?\nThe study started in March 2000. It ended in April 2015.",
        "Key facts:\n1. The study started in March 2000. It ended in April 2015.",
        "1. It started in March 2000.\n2. It ended in April 2015 after 501 people took part.",
    ],
)
def test_a_numbered_list_blanks_its_markers_only(text: str) -> None:
    # Blanking "NN." wherever a space followed once read "March 2000. It" as "March 20".
    trial = record("NCT00000410.json")
    assert errors(trial, text) == []
    wrong = text.replace("2000", "2003")
    assert errors(trial, wrong) == [("date.mismatch", "March 2003")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The study plans to enroll about 60 people.",  # the honest rounded form
        "People aged 18 to 45 can take part.",
        "It started in January 2021.",
        "Each person has 18 sessions.",  # "after 18 repeated sessions" in the summary
        "The first episode must be at least 6 months ago.",
    ],
)
def test_numbers_the_record_states_pass(sentence: str) -> None:
    assert errors(record("seed"), sentence) == []


def test_a_number_in_words_must_trace() -> None:
    report = run_checks(record("seed"), "Each person has seventy-one visits.")
    assert only(report, "number.untraced") == (
        "Summary says seventy-one; no such number is in the record."
    )


def test_small_counting_words_need_a_unit_to_be_a_claim() -> None:
    assert errors(record("seed"), "One of the two programs is general exercise.") == []


def test_a_count_must_match_what_the_record_counts() -> None:
    trial = record("NCT00712335.json")  # five arms
    assert errors(trial, "People are split into five groups.") == []
    assert errors(trial, "People are split into three groups.") == [("number.untraced", "three")]


def test_a_time_must_be_stated_with_its_unit() -> None:
    trial = record("NCT00712335.json")  # the main outcome is measured at 24 weeks
    assert errors(trial, "The main outcome is measured at 24 weeks.") == []
    assert errors(trial, "The main outcome is measured after about 6 months.") == []
    text = "The main outcome is measured at 20 weeks."
    assert errors(trial, text) == [("number.untraced", "20")]


def test_a_number_the_record_gives_for_something_else_is_named() -> None:
    trial = record("NCT00712335.json")
    report = run_checks(trial, "Each person takes part for 105 days.")  # 105 is the enrollment
    assert only(report, "number.untraced") == (
        "Summary says 105 (day); the record has 105 only for something else."
    )


def test_a_dose_must_be_the_records() -> None:
    trial = record("NCT00353704.json")  # pregabalin 150 mg
    assert errors(trial, "Pregabalin is given at 150 mg.") == []
    assert errors(trial, "Pregabalin is given at 300 mg.") == [("number.untraced", "300")]


def test_percentages_must_trace() -> None:
    assert errors(record("seed"), "About 37% of people get the special training.") == [
        ("number.untraced", "37")
    ]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Roughly a hundred and twenty people took part.", None),
        ("The study had about a hundred and twenty volunteers.", None),
        ("A hundred and twenty people took part.", "A hundred and twenty"),  # no hedge
        ("About a hundred and sixty people took part.", "a hundred and sixty"),  # too far
    ],
)
def test_a_spoken_round_number_keeps_its_hedge(sentence: str, said: str | None) -> None:
    # "about a hundred and twenty" once lost its "about" to the article between them, so
    # an honest rounding of 117 was flagged as a wrong enrollment.
    trial = record("NCT00777179.json")
    assert trial.enrollment == 117
    expected = [] if said is None else [("enrollment.mismatch", said), ("number.untraced", said)]
    assert errors(trial, sentence) == expected


def test_a_threads_post_numbers_are_not_numbers() -> None:
    # A thread numbers its posts "1/", "2/" or "2/6" at the start of each; "2 groups" after
    # one is still read.
    trial = record("NCT00000410.json")
    thread = "1/ A thread on a back pain study.\n\n2/ 2 groups in total.\n\n3/6 It ran at 13 sites."
    assert errors(trial, thread) == []
    assert errors(trial, thread.replace("13 sites", "15 sites")) == [("number.untraced", "15")]
