"""Each check catches its error on a real record, and stays quiet on the faithful text."""

from __future__ import annotations

import pytest

from summarizer.checks import number_mentions, run_checks
from summarizer.parse import parse_file
from summarizer.records import Trial
from summarizer.writers.builtin import compose
from tests.support import FIXTURES, SEED_PAGE


def seed() -> Trial:
    return parse_file(SEED_PAGE)[0].trial


def record(name: str) -> Trial:
    folder = "legacy" if name.endswith(".xml") else "v2"
    return parse_file(FIXTURES / folder / name)[0].trial


def codes(trial: Trial, text: str) -> list[str]:
    return [f.code for f in run_checks(trial, text).errors]


def test_faithful_sentences_pass() -> None:
    text = (
        "This study of exercise for recurrent low back pain is recruiting. "
        "It plans to enroll about 60 people aged 18 to 45. "
        "The sponsor is University Ghent, and the study started in January 2021."
    )
    assert codes(seed(), text) == []


@pytest.mark.parametrize(
    ("sentence", "code", "message"),
    [
        (
            "The study will enroll 60 participants.",
            "enrollment.mismatch",
            "Summary says 60 participants; the record says 62 (enrollment, type not given).",
        ),
        (
            "People aged 18 to 65 can join.",
            "age.range",
            "Summary says ages 18 to 65; the record says 18 to 45 (minimum_age, maximum_age).",
        ),
        (
            "Anyone 18 or older can take part.",
            "age.open_upper",
            "Summary says 18 or older with no upper limit; the record's maximum age is 45 "
            "(maximum_age).",
        ),
        (
            "Only women can take part.",
            "sex.mismatch",
            "Summary says 'Only women'; the record says all sexes (sex).",
        ),
        (
            "The study has been completed.",
            "status.mismatch",
            "Summary says 'study has been completed' (COMPLETED); the record says RECRUITING "
            "(overall_status).",
        ),
        (
            "This is a phase 3 trial.",
            "phase.mismatch",
            "Summary says 'phase 3'; the record says NA (phases).",
        ),
        (
            "This observational study watches people.",
            "study_type.mismatch",
            "Summary says 'observational'; the record says INTERVENTIONAL (study_type).",
        ),
        (
            "It started in March 2020.",
            "date.mismatch",
            "Summary says 'March 2020'; the record has start_date 2021-01-04, "
            "primary_completion_date 2025-12-31, completion_date 2025-12-31.",
        ),
        (
            "See NCT01234567 for details.",
            "nct_id.mismatch",
            "Summary says NCT01234567; the record is NCT05706103 (nct_id).",
        ),
        (
            "The study is sponsored by Pfizer.",
            "sponsor.mismatch",
            "Summary says the sponsor is 'Pfizer'; the record says University Ghent "
            "(lead_sponsor).",
        ),
        (
            "People will take ibuprofen.",
            "intervention.unknown",
            "Summary names 'ibuprofen'; the record's interventions are Specific skilled motor "
            "training, General extension training.",
        ),
        (
            "Training is compared with placebo.",
            "intervention.placebo",
            "Summary mentions 'placebo'; the record has no placebo arm (interventions: Specific "
            "skilled motor training, General extension training).",
        ),
        (
            "This exercise is proven to help.",
            "claim.efficacy",
            "Summary claims 'proven'; a trial summary must not say a treatment works or is safe.",
        ),
        (
            "The training is safe for everyone.",
            "claim.efficacy",
            "Summary claims 'is safe'; a trial summary must not say a treatment works or is safe.",
        ),
        (
            "You should join this study.",
            "claim.advice",
            "Summary gives medical advice ('You should').",
        ),
        (
            "There are 7 visits.",
            "number.untraced",
            "Summary says 7; no such number is in the record.",
        ),
    ],
)
def test_each_error_is_caught_with_an_editor_message(
    sentence: str, code: str, message: str
) -> None:
    report = run_checks(seed(), sentence)
    found = [f for f in report.errors if f.code == code]
    assert [f.message for f in found] == [message]
    assert report.flagged
    start, end = found[0].span
    assert 0 <= start < end <= len(sentence)


def test_span_points_at_the_wrong_number() -> None:
    text = "The study will enroll 60 participants."
    finding = next(f for f in run_checks(seed(), text).errors if f.code == "enrollment.mismatch")
    assert text[finding.span[0] : finding.span[1]] == "60"
    assert finding.field == "enrollment"


def test_approximate_numbers_are_allowed() -> None:
    assert codes(seed(), "The study plans to enroll about 60 people.") == []
    assert "enrollment.mismatch" in codes(seed(), "The study plans to enroll about 40 people.")


def test_number_words_are_read() -> None:
    mentions = {m.written: m.value for m in number_mentions("sixty-two people, a dozen visits")}
    assert mentions == {"sixty-two": 62.0, "a dozen": 12.0}
    assert "number.untraced" in codes(seed(), "Each person has seventy-one visits.")


def test_estimated_enrollment_stated_as_actual() -> None:
    trial = record("NCT00258583.json")
    assert trial.enrollment_type is not None and trial.enrollment_type.value == "ESTIMATED"
    text = f"{trial.enrollment} people enrolled in the study."
    assert "enrollment.type" in codes(trial, text)


def test_adults_when_record_admits_children() -> None:
    trial = record("NCT00763412.json")  # ages 12 to 24
    assert trial.minimum_age_years == 12
    assert "age.adults" in codes(trial, "Only adults can take part.")
    assert "age.adults" not in codes(trial, "Children and adults can take part.")


def test_placebo_is_fine_when_the_record_has_one() -> None:
    trial = record("NCT01029262.xml")
    assert "intervention.placebo" not in codes(trial, "Some people get a placebo.")


def test_not_recruiting_is_not_read_as_recruiting() -> None:
    trial = record("NCT01029262.xml")  # Active, not recruiting
    assert codes(trial, "The study is still going on, but it is not looking for new people.") == []
    assert "status.mismatch" in codes(trial, "The study is recruiting now.")


def test_readability_is_a_warning_not_an_error() -> None:
    text = (
        "Pharmacokinetic characterization of investigational immunomodulatory agents "
        "necessitates comprehensive longitudinal electrophysiological evaluation."
    )
    report = run_checks(seed(), text)
    assert not report.flagged
    readability = [f.code for f in report.warnings if f.code.startswith("readability.")]
    assert readability == ["readability.grade"]
    assert report.readability["flesch_kincaid_grade"] > 8


def test_builtin_text_with_one_wrong_age_is_flagged() -> None:
    trial = seed()
    text = compose(trial).to_markdown().replace("aged 18 to 45", "aged 18 to 55")
    assert codes(trial, text) == ["age.range", "number.untraced"]
