"""Faithful wordings from the held-out v3 styles (newsletter emails, radio scripts,
summary cards) must pass on the real records they describe; the same patterns stating
a wrong fact must still be caught."""

from __future__ import annotations

import pytest

from tests.checks_support import errors, record

# --- faithful wordings that were read as wrong facts -------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a negated "results have been posted" on a record with no results
        ("NCT00000410.json", "No results have been posted yet. Study number: NCT00000410."),
        ("NCT00000410.json", "No study results have been posted yet."),
        ("NCT00000410.json", "None of the results have been published so far."),
        # a newsletter's period is not the condition
        ("NCT00000410.json", "Subject: Study of the month\n\nDear reader,\n\nThis month's "
                             "featured study is about herniated disc and low back pain."),
        ("NCT00000410.json", "Subject: Study of the week\n\nThis week's study is about "
                             "low back pain."),
        # a spoken decimal dose is one number, not "zero" and "five"
        ("NCT00763412.json", "HOST: The dose of repaglinide is zero point five milligrams."),
        # spoken doses and counts
        ("NCT02179567.json", "HOST: The dose of docetaxel is sixty milligrams per square "
                             "metre."),
        ("NCT00220935.json", "One hundred and fifty people took part."),
        # a contraction negates "at random" on a non-randomised study
        ("NCT00710099.json", "In this study people aren't assigned to groups at random."),
    ],
)  # fmt: skip
def test_faithful_wording_in_v3_styles_passes(name: str, text: str) -> None:
    assert errors(record(name), text) == []


# --- the same patterns with a wrong fact -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # results claimed on a record without them, with no negation in front
        ("NCT00000410.json", "The results have been posted. Study number: NCT00000410.",
         ("claim.results", "results have been posted")),
        # "no results" on a record that has posted them
        ("NCT00763412.json", "No results have been posted yet.",
         ("claim.results", "No results have been")),
        # a wrong condition after the newsletter's period
        ("NCT00000410.json", "Subject: Study of the month\n\nThis month's featured study is "
                             "about migraine.", ("condition.mismatch", "migraine")),
        # a wrong spoken decimal dose
        ("NCT00763412.json", "HOST: The dose of repaglinide is zero point seven milligrams.",
         ("number.untraced", "zero point seven")),
        ("NCT00763412.json", "HOST: The dose of repaglinide is five milligrams.",
         ("number.untraced", "five")),
        ("NCT02179567.json", "HOST: The dose of docetaxel is eighty milligrams per square "
                             "metre.", ("number.untraced", "eighty")),
        ("NCT00220935.json", "One hundred and sixty people took part.",
         ("enrollment.mismatch", "One hundred and sixty")),
        ("NCT00710099.json", "People are assigned to groups at random.",
         ("design.allocation", "at random")),
    ],
)  # fmt: skip
def test_wrong_facts_in_v3_patterns_are_caught(
    name: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in errors(record(name), text)
