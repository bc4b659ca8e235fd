"""Faithful sentences of our own that the field checks flagged in session 27, each beside a
wrong neighbour that must still be caught: a bound set on nobody, an age followed by another
group of people, and a head count measured against the plan."""

from __future__ import annotations

import pytest

from tests.checks_support import codes, record

PEMF = "NCT04049812.json"  # adults 18 to 65, 50 enrolled (actual)
NARC = "NCT05816382.json"  # ages 16 to 70, 160 planned (estimated)
WOEB = "NCT05551195.json"  # terminated, women 22 to 45, 7 enrolled (actual)


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Nobody younger than 21 or older than 65 could take part.",
         "Nobody younger than 18 or older than 65 could take part."),
        ("Nobody younger than 18 or older than 70 could take part.",
         "No one younger than 18 or older than 65 was allowed in."),
        ("No one over 60 could join.", "No one over 65 could join."),
        ("No one under 21 could join.", "No one under 18 could join."),
    ],
)  # fmt: skip
def test_a_bound_set_on_nobody(wrong: str, right: str) -> None:
    assert any(c.startswith("age.") for c in codes(record(PEMF), wrong)), wrong
    assert codes(record(PEMF), right) == [], right


def test_or_older_than_bounds_the_next_age_not_this_one() -> None:
    assert codes(record(PEMF), "You must be 18 or older to join.") == ["age.open_upper"]


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Some 16 adults and teenagers may be able to join.",
         "Teenagers from 16 and adults up to 70 may be able to join."),
        ("The study will enrol 90 people.", "Those from 16 or adults up to 70 may take part."),
    ],
)  # fmt: skip
def test_an_age_followed_by_another_group_is_no_head_count(wrong: str, right: str) -> None:
    assert "enrollment.mismatch" in codes(record(NARC), wrong), wrong
    assert codes(record(NARC), right) == [], right


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("The study planned to enrol 7 women.",
         "Seven women took part before the study was stopped, far fewer than planned."),
        ("The target is 7 women.", "Seven women joined, fewer than the target."),
        ("7 women are expected to join.", "Only 7 women signed up, fewer than expected."),
    ],
)  # fmt: skip
def test_a_count_measured_against_the_plan_is_what_happened(wrong: str, right: str) -> None:
    assert "enrollment.type" in codes(record(WOEB), wrong), wrong
    assert codes(record(WOEB), right) == [], right


@pytest.mark.parametrize(
    ("name", "wrong", "right"),
    [
        ("NCT01029262.xml", "Lenalidomide was compared with placebo in people with diabetes.",
         "Lenalidomide was compared with placebo in people with anaemia."),
        ("NCT01207388.xml", "It went on to enrol 116 adults with melanoma.",
         "It went on to enrol 116 adults with a type of leukaemia."),
        ("NCT03281889.json", "The study is recruiting paediatric patients with a kidney tumour.",
         "The study is recruiting paediatric patients with a brain tumour."),
        ("NCT04049812.json", "People with migraine were included.",
         "People aged 18-65 with sciatica from a disc herniation were included."),
    ],
)  # fmt: skip
def test_an_illness_in_british_spelling_is_the_records(name: str, wrong: str, right: str) -> None:
    assert "condition.mismatch" in codes(record(name), wrong), wrong
    assert codes(record(name), right) == [], right


LUMI = "NCT03608150.json"  # completed in July 2020


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Is it still going? Yes, it runs until 2026.",
         "Is it still going? No, it finished in July 2020."),
        ("Q: Is it still recruiting?\nA: Yes, sign-ups are open.",
         "Q: Is it still recruiting?\nA: No, it ended in July 2020."),
        ("Still running? It is still running.", "Still running? Nope."),
    ],
)  # fmt: skip
def test_a_status_question_answered_no_is_denied(wrong: str, right: str) -> None:
    assert "status.mismatch" in codes(record(LUMI), wrong), wrong
    assert codes(record(LUMI), right) == [], right


def test_a_no_answer_does_not_hide_the_status_it_gives() -> None:
    recruiting = record("NCT05816382.json")
    text = "Is it still recruiting? No, it has finished."
    assert "status.mismatch" in codes(recruiting, text)


def test_a_study_planned_is_no_planned_count() -> None:
    withdrawn = record("NCT02591810.xml")  # withdrawn, 0 enrolled (actual)
    right = "Orlando Health planned a study of wrist injuries, but it enrolled 0 participants."
    assert codes(withdrawn, right) == []
    assert "enrollment.type" in codes(withdrawn, "The study planned to enrol 0 participants.")


def test_one_day_after_a_modal_is_some_day() -> None:
    narc = record(NARC)
    assert codes(narc, "Researchers hope TAK-861 may one day offer a new option.") == []
    assert codes(narc, "The drug could one day help people with narcolepsy.") == []
    assert "number.untraced" in codes(narc, "You will spend one day in hospital.")
    assert "number.untraced" in codes(narc, "Each visit will take one day.")


def test_low_mood_is_the_records_depression() -> None:
    assert codes(record(WOEB), "The app is for new mothers with low mood.") == []
    assert "condition.mismatch" in codes(record(WOEB), "The app is for new mothers with asthma.")
    assert "condition.mismatch" in codes(record(NARC), "The study is for people with low mood.")


def test_lung_scarring_is_interstitial_lung_disease() -> None:
    ild = record("NCT00258583.json")  # interstitial lung disease, University of Pittsburgh
    assert codes(ild, "It collects information from up to 5,000 adults with lung scarring.") == []
    assert "condition.mismatch" in codes(
        ild, "It collects information from adults with lung cancer."
    )
    assert "condition.mismatch" in codes(record(NARC), "It is for people with lung scarring.")


def test_lenses_are_the_records_refractive_correction() -> None:
    lumi = record(LUMI)  # devices: Luminopia One, Refractive Correction
    assert codes(lumi, "Others kept wearing their usual glasses or lenses.") == []
    assert "intervention.unknown" in codes(record(NARC), "Participants will wear special lenses.")


MONT = "NCT00712335.json"  # montelukast in smokers with asthma


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Don't stop your inhaler because of this study.",
         "Please don't stop or change your asthma medicines because of this summary."),
        ("Do not take your inhaler on visit days.",
         "Do not stop or change any medicine because of what you read here; talk to your doctor."),
        ("Stop taking your asthma medicines before joining.",
         "Don't change your treatment based on this short summary."),
    ],
)  # fmt: skip
def test_not_acting_on_this_text_is_a_warning_not_advice(wrong: str, right: str) -> None:
    assert "claim.advice" in codes(record(MONT), wrong), wrong
    assert codes(record(MONT), right) == [], right
