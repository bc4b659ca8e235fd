from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.checks import run_checks
from summarizer.parse import parse_file
from summarizer.prompts import load_prompt
from summarizer.writers.builtin import BuiltinWriter, compose, format_date
from tests.support import SEED_PAGE, fixture_files


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.name)
def test_builtin_summary_passes_its_checks(path: Path) -> None:
    for record in parse_file(path):
        summary = compose(record.trial)
        report = run_checks(record.trial, summary.to_markdown())
        assert report.errors == [], [f.message for f in report.errors]


def test_builtin_is_deterministic() -> None:
    trial = parse_file(SEED_PAGE)[0].trial
    assert compose(trial) == compose(trial)


def test_seed_page_summary_reads_like_the_site() -> None:
    trial = parse_file(SEED_PAGE)[0].trial
    draft = BuiltinWriter().write(trial, load_prompt().render(trial))
    text = draft.summary.to_markdown()
    assert (draft.backend, draft.model, draft.usage.total_tokens) == ("builtin", "builtin", 0)
    assert draft.summary.title == "Exercise Therapy for Recurrent Low Back Pain"
    for fact in (
        "People aged 18 to 45 can take part.",
        "People of any sex can take part.",
        "Specific skilled motor training and General extension training",
        "Status: Recruiting. The study is looking for people to join.",
        "Number of people: 62.",
        "Sponsor: University Ghent.",
        "Start date: January 4, 2021.",
        "Study ID: NCT05706103.",
        "It is not medical advice.",
    ):
        assert fact in text
    report = run_checks(trial, text)
    assert report.errors == []
    assert report.readability["flesch_kincaid_grade"] <= 8


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-01-04", "January 4, 2021"),
        ("2021-01", "January 2021"),
        ("2021", "2021"),
        (None, None),
    ],
)
def test_format_date_keeps_precision(value: str | None, expected: str | None) -> None:
    assert format_date(value) == expected


def test_months_ages_are_spelled_out() -> None:
    trial = parse_file(SEED_PAGE)[0].trial.model_copy(
        update={"minimum_age": "6 Months", "minimum_age_years": 0.5, "maximum_age": "17 Years",
                "maximum_age_years": 17.0}
    )  # fmt: skip
    text = compose(trial).to_markdown()
    assert "from 6 months old up to 17 years old" in text
    assert run_checks(trial, text).errors == []
