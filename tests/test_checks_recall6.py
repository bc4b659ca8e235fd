"""Misses found on held-out v6 once it was measured, closed as general causes and pinned in
wordings of our own: advice aimed at someone the reader cares for, or given as the writer's
view; a request to a doctor with a word of time in it; an observational or interventional study
described in plain words; a head count said as people "in the study" or wanted "to take part".
Each claim is caught, and the faithful look-alike passes."""

from __future__ import annotations

import pytest

from tests.checks_support import codes, errors, record

INTERVENTIONAL_ACTUAL = "NCT00353704.json"  # 50 enrolled (actual)
INTERVENTIONAL_ESTIMATED = "NCT00410098.json"  # 30 planned (estimated)
OBSERVATIONAL_ACTUAL = "NCT00831909.json"  # 3513 enrolled (actual)
OBSERVATIONAL_ESTIMATED = "NCT00258583.json"  # 5000 planned (estimated)


# --- advice ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Grandad ought to come off his usual pills before the first visit.",
        "Our Priya should really stop taking her regular inhaler first.",
        "Dad ought to taper off his current medication beforehand.",
        "Patients should discontinue their existing treatment ahead of screening.",
        "Honestly, Auntie Jo should go for it.",
        "My brother ought to give it a try.",
        "I really think Gran should sign up.",
        "I reckon that my husband should join as soon as he can.",
    ],
)
def test_advice_about_someone_cared_for_is_advice(text: str) -> None:
    assert "claim.advice" in codes(record(INTERVENTIONAL_ESTIMATED), text)


@pytest.mark.parametrize(
    "text",
    [
        "Participants will stop the study drug if side effects appear.",
        "Mum asked whether she should stop her current tablets, and the team said no.",
        "People on other medicines can still take part.",
        "I think the study is about asthma.",
        "Dad went for it and joined last spring.",
    ],
)
def test_faithful_look_alikes_are_no_advice(text: str) -> None:
    assert "claim.advice" not in codes(record(INTERVENTIONAL_ESTIMATED), text)


@pytest.mark.parametrize(
    "text",
    [
        "Ask your doctor now to give you the new medicine.",
        "Families are urged to ask their doctor today for a prescription.",
        "Ask the nurse tomorrow for a referral.",
    ],
)
def test_a_request_to_a_doctor_with_a_word_of_time_is_advice(text: str) -> None:
    assert "claim.advice" in codes(record(INTERVENTIONAL_ESTIMATED), text)


def test_asking_the_doctor_a_question_is_no_advice() -> None:
    text = "If you have questions, ask your doctor today about what the study involves."
    assert "claim.advice" not in codes(record(INTERVENTIONAL_ESTIMATED), text)


# --- study type --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This study only watches what happens to people.",
        "The trial just follows people over time and writes things down.",
        "The study does not give anyone a treatment.",
        "It won't give participants any new medicine.",
    ],
)
def test_an_interventional_study_called_observational(text: str) -> None:
    assert "study_type.mismatch" in codes(record(INTERVENTIONAL_ACTUAL), text)


@pytest.mark.parametrize(
    "text",
    [
        "The study team gives people something to try.",
        "Researchers offer each person a new treatment to take.",
    ],
)
def test_an_observational_study_called_interventional(text: str) -> None:
    assert "study_type.mismatch" in codes(record(OBSERVATIONAL_ACTUAL), text)


@pytest.mark.parametrize(
    "text",
    [
        "This study only watches what happens to people. Nobody is given a study treatment.",
        "The study team gives people a questionnaire to fill in.",
    ],
)
def test_an_observational_study_described_faithfully(text: str) -> None:
    assert "study_type.mismatch" not in codes(record(OBSERVATIONAL_ACTUAL), text)


def test_an_interventional_study_described_faithfully() -> None:
    text = "In this study, the study team gives people something to try."
    assert "study_type.mismatch" not in codes(record(INTERVENTIONAL_ACTUAL), text)


# --- enrollment type -----------------------------------------------------------------


def test_a_planned_count_said_as_people_who_were_in_the_study() -> None:
    text = "Thirty people were in the study."
    assert "enrollment.type" in codes(record(INTERVENTIONAL_ESTIMATED), text)
    assert "enrollment.type" in codes(
        record(OBSERVATIONAL_ESTIMATED), "5,000 people were in the trial."
    )


def test_an_actual_count_said_as_people_wanted() -> None:
    assert "enrollment.type" in codes(
        record(INTERVENTIONAL_ACTUAL), "The study wants 50 people to take part."
    )
    assert "enrollment.type" in codes(
        record(OBSERVATIONAL_ACTUAL), "The researchers need about 3,513 patients to join."
    )


def test_counts_said_with_the_right_tense_pass() -> None:
    assert errors(record(INTERVENTIONAL_ACTUAL), "50 people were in the study.") == []
    assert errors(record(INTERVENTIONAL_ESTIMATED), "The study wants 30 people to take part.") == []


def test_a_wrong_count_in_the_study_is_a_mismatch() -> None:
    assert "enrollment.mismatch" in codes(
        record(INTERVENTIONAL_ACTUAL), "80 people were in the study."
    )


# --- safety and after-study promises ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "There's no risk of side effects at any point.",
        "It carries zero chance of complications.",
        "You face hardly any danger of bad reactions.",
    ],
)
def test_no_risk_of_harm_is_a_safety_claim(text: str) -> None:
    assert "claim.efficacy" in codes(record(INTERVENTIONAL_ESTIMATED), text)


@pytest.mark.parametrize(
    "text",
    [
        "There is no risk of losing your place if you miss a visit.",
        "The team will check whether there is any risk of side effects.",
        "The study asks whether there is no risk of harm from the yoga.",
    ],
)
def test_other_risks_and_open_questions_are_no_safety_claim(text: str) -> None:
    assert "claim.efficacy" not in codes(record(INTERVENTIONAL_ESTIMATED), text)


def test_free_medicine_after_the_study_is_promotion() -> None:
    text = "Those who join get the tablets free for life."
    assert "claim.promotional" in codes(record(INTERVENTIONAL_ESTIMATED), text)
    text = "Those who join get their medication free after the study."
    assert "claim.promotional" in codes(record(INTERVENTIONAL_ESTIMATED), text)


# --- a treatment's effect in everyday words ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The yoga will make your breathing better.",
        "Word is, the yoga clears the wheeze up for most people.",
        "Families can rely on the classes to bring coughing under control.",
        "A friend says the yoga did the trick for her asthma.",
    ],
)
def test_an_everyday_verdict_on_a_treatment_is_efficacy(text: str) -> None:
    assert "claim.efficacy" in codes(record(INTERVENTIONAL_ESTIMATED), text)


@pytest.mark.parametrize(
    "text",
    [
        "Staff will make your appointment times better suited to you.",
        "You can rely on the study team to answer questions.",
        "The team will make your visits easier.",
    ],
)
def test_everyday_look_alikes_are_no_efficacy_claim(text: str) -> None:
    assert "claim.efficacy" not in codes(record(INTERVENTIONAL_ESTIMATED), text)


# --- condition after a heading ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What the study is about\nThis study is about gout.",
        "Q: What is this trial about?\nA: The trial concerns shingles.",
        "The research concerns migraine in adults.",
    ],
)
def test_a_condition_after_a_heading_is_checked(text: str) -> None:
    assert "condition.mismatch" in codes(record(INTERVENTIONAL_ACTUAL), text)


@pytest.mark.parametrize(
    "text",
    [
        "What the study is about\nThis study is about disc prolapse.",
        "Q: What is this trial about?\nA: The trial concerns intervertebral disk displacement.",
        "What the study is about\nThe study looks at whether surgery helps.",
    ],
)
def test_the_records_condition_after_a_heading_passes(text: str) -> None:
    assert "condition.mismatch" not in codes(record(INTERVENTIONAL_ACTUAL), text)
