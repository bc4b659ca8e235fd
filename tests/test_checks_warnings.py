"""Warnings: readability (normalized text, jargon) and Annex V coverage; and the
record-analysis cache behind run_checks."""

from __future__ import annotations

import pytest

from summarizer.checks import Checker, checker_for, run_checks
from summarizer.glossary import explain
from summarizer.readability import measure
from summarizer.writers.builtin import compose
from tests.checks_support import record


def warnings(text: str, prefix: str, name: str = "seed") -> list[tuple[str, str]]:
    report = run_checks(record(name), text)
    return [(f.code, f.excerpt(text)) for f in report.warnings if f.code.startswith(prefix)]


# --- readability -------------------------------------------------------------------------


def test_markdown_and_abbreviations_do_not_skew_the_grade() -> None:
    prose = "The study has two groups. People are put into a group by chance."
    markdown = (
        "## What happens\n\n- The study has two groups\n- People are put into a group by chance"
    )
    assert measure(markdown).sentences == 3  # the heading is its own short sentence
    assert measure(markdown).words == measure(prose).words + 2
    assert measure("Drugs, e.g. aspirin, are not allowed.").sentences == 1


def test_a_long_sentence_is_pointed_at() -> None:
    text = (
        "Short one. Everyone who takes part in this study will be asked to come to the clinic "
        "several times, answer questions about how they feel, and have some simple health "
        "checks done by the study team."
    )
    assert warnings(text, "readability.long") == [("readability.long_sentence", text[11:])]


@pytest.mark.parametrize(
    "text",
    [
        "Some people get a placebo (a look-alike with no medicine in it).",
        "Some people get a placebo, which is a pill with no medicine in it.",
        "People are put into groups by chance. This is called randomization.",
        "It is double-blind: neither you nor the doctors know who gets what.",
    ],
)
def test_explained_jargon_passes(text: str) -> None:
    assert warnings(text, "readability.jargon") == []


def test_unexplained_jargon_is_pointed_at() -> None:
    text = "Researchers will also measure biomarkers in the blood."
    report = run_checks(record("seed"), text)
    found = [f for f in report.warnings if f.code == "readability.jargon"]
    assert [f.excerpt(text) for f in found] == ["biomarkers"]
    assert found[0].message == (
        "Uses 'biomarkers' without a plain explanation; for example: biomarker (a sign in the "
        "body that can be measured)."
    )


def test_a_protocols_pharmacology_and_statistics_are_jargon_too() -> None:
    text = "The team checks the Cmax and half-life, and an independent DSMB reviews safety."
    found = warnings(text, "readability.jargon")
    assert [said for _, said in found] == ["Cmax", "half-life", "DSMB"]
    assert (
        warnings("The highest level of the drug in the blood is checked.", "readability.jargon")
        == []
    )


def test_the_glossary_explains_each_term_once() -> None:
    seen: set[str] = set()
    assert explain("Unable to give informed consent.", seen) == (
        "Unable to give informed consent (agreeing to take part after learning about the study)."
    )
    assert explain("Informed consent is needed.", seen) == "Informed consent is needed."


# --- coverage (EU CTR 536/2014 Annex V) ---------------------------------------------------------


def test_coverage_lists_what_a_bare_summary_leaves_out() -> None:
    report = run_checks(record("NCT00353704.json"), "This study is about disk prolapse.")
    assert {f.code for f in report.warnings if f.code.startswith("coverage.")} == {
        "coverage.identifier", "coverage.sponsor", "coverage.where", "coverage.when",
        "coverage.population", "coverage.ages", "coverage.sex", "coverage.criteria",
        "coverage.interventions", "coverage.results", "coverage.adverse_reactions",
    }  # fmt: skip
    message = next(f.message for f in report.warnings if f.code == "coverage.sponsor")
    assert message == (
        "Summary does not mention the sponsor; the record has Asker & Baerum Hospital "
        "(lead_sponsor)."
    )


def test_the_builtin_summary_covers_annex_v() -> None:
    trial = record("NCT00353704.json")
    report = run_checks(trial, compose(trial).to_markdown())
    assert [f.code for f in report.warnings if f.code.startswith("coverage.")] == []


def test_coverage_is_a_warning_only() -> None:
    assert not run_checks(record("seed"), "A study.").flagged


# --- quoting the record ------------------------------------------------------------------------


def test_a_quote_of_the_records_own_text_that_disagrees_with_its_fields_is_a_warning() -> None:
    trial = record("NCT05486611.json")  # criteria say 13-17.5 years, the age field 13 to 17
    text = "To join, people must:\n- Be 13-17.5 years of age.\n"
    report = run_checks(trial, text)
    assert not report.flagged
    assert [f.code for f in report.warnings if f.code == "record.inconsistent"] == [
        "record.inconsistent"
    ]


# --- the record-analysis cache -----------------------------------------------------------------


def test_run_checks_reuses_the_analysis_of_the_same_record() -> None:
    trial = record("seed")
    assert checker_for(trial) is checker_for(trial)
    changed = trial.model_copy(update={"enrollment": 70})
    assert checker_for(changed) is not checker_for(trial)


def test_a_checker_gives_the_same_report_as_run_checks() -> None:
    trial = record("NCT00353704.json")
    text = compose(trial).to_markdown()
    assert Checker(trial).check(text) == run_checks(trial, text)
