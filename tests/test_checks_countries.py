"""Where the study runs: a country the summary places its sites in must be one of the
record's, by any of its names ("South Korea" for "Korea, Republic of", "the UK")."""

from __future__ import annotations

import pytest

from summarizer.checks import run_checks
from summarizer.writers.builtin import compose
from tests.checks_support import codes, errors, record

US_CANADA = "NCT00023673.xml"  # sites in the United States and Canada
UK = "NCT06568081.json"  # one site, in the United Kingdom
KOREA = "NCT02841163.json"  # Korea, Republic of
TURKEY = "NCT00831909.json"  # eight countries, "Turkey (Türkiye)" among them


@pytest.mark.parametrize(
    ("trial_name", "wrong", "right"),
    [
        (US_CANADA, "The study runs at hospitals in the United States and Mexico.",
         "The study runs at hospitals in the United States and Canada."),
        (US_CANADA, "Where: France", "Where: Canada"),
        (US_CANADA, "Sites: 40 in Germany", "Sites: 40 in United States, Canada"),
        (UK, "The study takes place in Ireland.", "The study takes place in the UK."),
        (UK, "The trial recruits people across Scotland and France.",
         "The trial recruits people across Scotland and Wales."),
        (KOREA, "Countries: Japan", "Countries: South Korea"),
        (TURKEY, "Hospitals in Spain, Italy and Egypt take part.",
         "Hospitals in Spain, Italy and Türkiye take part."),
    ],
)  # fmt: skip
def test_a_country_the_record_has_no_site_in_is_an_error(
    trial_name: str, wrong: str, right: str
) -> None:
    trial = record(trial_name)
    assert "location.country" in codes(trial, wrong), wrong
    assert "location.country" not in codes(trial, right), right


def test_the_finding_names_the_country_and_the_records_countries() -> None:
    text = "The study runs at hospitals in the United States and Mexico."
    [finding] = run_checks(record(US_CANADA), text).errors
    assert finding.excerpt(text) == "Mexico"
    assert finding.field == "countries"
    assert finding.message == (
        "Summary places the study in 'Mexico'; the record's sites are in United States, "
        "Canada (countries)."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The drug was developed in Germany and is now tested in Canada.",  # its history
        "Health Canada and the FDA regulate it.",  # not a place word
        "People in Georgia can join.",  # a US state, left out of the list on purpose
        "Sites in New Mexico and Texas.",  # a state's name holds a country's
        "You cannot join if you live in France.",  # a criterion, not a site
    ],
)
def test_a_country_not_named_as_a_place_of_the_study_is_not_checked(text: str) -> None:
    assert "location.country" not in codes(record(US_CANADA), text), text


def test_a_record_with_no_sites_listed_is_not_checked() -> None:
    seed = record("seed")
    assert seed.countries == []
    assert codes(seed, "The study takes place in the Netherlands.") == []


def test_the_builtin_summary_of_a_25_country_study_passes() -> None:
    trial = record("NCT04764188.json")
    assert len(trial.countries) == 25
    text = compose(trial).to_markdown()
    assert [e for e in errors(trial, text) if e[0] == "location.country"] == []
    assert "location.country" in codes(trial, text + "\n\nSites are also in Iceland.")


REGISTRY = "NCT00258583.json"  # one site, in the United States; never says "international"


@pytest.mark.parametrize(
    "wrong",
    [
        # what a real SmolLM2 reply said of this one-site registry, and passed before
        "The LDR is an international network that supports research into lung diseases.",
        "Sites around the world take part in this study.",
        "This global registry enrols patients in several countries.",
    ],
)
def test_a_one_country_study_said_to_span_the_world_is_an_error(wrong: str) -> None:
    assert "location.scope" in codes(record(REGISTRY), wrong), wrong
    assert "location.scope" not in codes(record(TURKEY), wrong), wrong


@pytest.mark.parametrize(
    "text",
    [
        "Lung disease is common around the world.",
        "The registry is based in the United States.",
        "This global registry enrols patients.",
    ],
)
def test_scope_is_read_only_of_the_study_and_only_where_the_record_says_otherwise(
    text: str,
) -> None:
    # (the last: the record's own word is "global", so the summary may use it)
    trial = record(REGISTRY)
    if "global" in text:
        trial = trial.model_copy(
            update={"brief_summary": f"{trial.brief_summary} A global registry."}
        )
    assert "location.scope" not in codes(trial, text), text
