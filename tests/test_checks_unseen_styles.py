"""Faithful wordings from styles the checks were not written for (FAQ pages, patient
leaflets, chatbot replies) must pass, on the real records they describe; the same
patterns stating a wrong fact must still be caught."""

from __future__ import annotations

import pytest

from tests.checks_support import errors, record

# --- faithful wordings that were read as wrong facts -------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a question heading is not a sponsor named "Who"
        ("NCT00001177.xml", "**Who is behind the study?**\nNational Institute of Mental Health "
                            "(NIMH) is leading the study."),
        # the reply naming itself is not the condition
        ("NCT00001177.xml", "Sure! Here's a plain-language summary of this clinical trial:\n\n"
                            "It's a study looking at PMS and premenstrual mood disorder."),
        # a spaced dash ends the condition in a page title
        ("NCT06751550.json", "# Changes in FeNO Value During Pulmonary Rehabilitation in "
                             "Patients with Asthma — FAQ\n\nThe study is about asthma."),
        # "Conditions:" inside a title is not a label
        ("NCT05816382.json", "# A Study of TAK-861 for the Treatment of Selected Central "
                             "Hypersomnia Conditions: your questions answered\n\nIt looks at "
                             "Narcolepsy Type 1 and Narcolepsy Type 2."),
        # "kick off" is a start, though "expected to" holds the end cue "to"
        ("NCT03367052.json", "- **Timeline:** It's expected to kick off in January 2018. It's "
                             "expected to wrap up on 1 December 2025."),
        ("NCT04870190.json", "It's expected to kick off in 2021. It's expected to wrap up in "
                             "2024."),
        # a contraction negates "at random"
        ("NCT00710099.json", "There are two groups (or \"arms\") in the study. Groups aren't "
                             "picked at random here."),
        # the number of a product code is not a count of people
        ("NCT01339377.json", "The team wants to learn how AO-1000 performs in the people taking "
                             "part."),
        ("NCT00405041.json", "The team wants to learn how Dietary supplement GVG 2 performs in "
                             "the people taking part. It is a combined phase 2/3 trial."),
        # the record writes the dose glued to its unit: "60mg/m2"
        ("NCT02179567.json", "Study treatments: Docetaxel and Bevacizumab. The dose of Docetaxel "
                             "used is 60 mg/m2."),
        # a title line ending in a verb does not take the next heading as its object
        ("NCT06878859.json", "PATIENT INFORMATION LEAFLET\nPreliminary Efficacy Trial of a "
                             "Digital Intervention for Depression and Cannabis Use\n\nWhat is "
                             "this study about?"),
        ("NCT01640457.json", "Safety and Efficacy With NOVOCART® Disc Plus\n\nWhat is this "
                             "study about?"),
    ],
)  # fmt: skip
def test_faithful_wording_in_unseen_styles_passes(name: str, text: str) -> None:
    assert errors(record(name), text) == []


# --- the same patterns with a wrong fact -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("NCT00001177.xml", "**Who is behind the study?**\nPfizer is behind the study.",
         ("sponsor.mismatch", "Pfizer")),
        ("NCT06751550.json", "# A study of migraine — FAQ", ("condition.mismatch", "migraine")),
        ("NCT05816382.json", "- Conditions: migraine.", ("condition.mismatch", "migraine")),
        ("NCT03367052.json", "It's expected to kick off in March 2019.",
         ("date.mismatch", "March 2019")),
        ("NCT00710099.json", "Groups are picked at random.", ("design.allocation", "at random")),
        ("NCT01339377.json", "The study will enroll 1000 people.",
         ("enrollment.mismatch", "1000")),
        ("NCT02179567.json", "The dose of Docetaxel used is 80 mg/m2.", ("number.untraced", "80")),
        ("NCT06878859.json", "Participants will use Headspace every day.",
         ("intervention.unknown", "Headspace")),
    ],
)  # fmt: skip
def test_wrong_facts_in_those_patterns_are_caught(
    name: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in errors(record(name), text)


# --- recall: the same facts in more wordings ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This research focuses on atrial fibrillation.",
        "It looks at atrial fibrillation.",
        "This trial is all about atrial fibrillation.",
    ],
)
def test_condition_stated_by_focus_verbs(text: str) -> None:
    trial = record("NCT00763412.json")  # cystic fibrosis related diabetes
    assert errors(trial, text) == [("condition.mismatch", "atrial fibrillation")]
    assert errors(trial, text.replace("atrial fibrillation", "cystic fibrosis")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("One group switches to tramadol halfway through.", "tramadol"),
        ("The study also includes hypnotherapy.", "hypnotherapy"),
        ("Everyone also gets a short course of levothyroxine.", "levothyroxine"),
    ],
)
def test_unknown_treatment_after_switch_include_course(text: str, name: str) -> None:
    trial = record("NCT00763412.json")  # placebo, repaglinide
    assert errors(trial, text) == [("intervention.unknown", name)]
    assert errors(trial, text.replace(name, "repaglinide")) == []


def test_usual_care_needs_an_arm_that_is_usual_care() -> None:
    claim = "The treatment is compared with usual care."
    # active comparator arms of another drug are not usual care
    found = errors(record("NCT02654730.xml"), claim)
    assert found == [("intervention.comparison", "usual care")]
    # an arm of "treatment as usual", or one with no study intervention, is
    assert errors(record("NCT05551195.json"), claim) == []
    assert errors(record("NCT00712335.json"), claim) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sildenafil carries no risk at all.", ("claim.efficacy", "carries no risk")),
        ("There are no serious risks with sildenafil.",
         ("claim.efficacy", "There are no serious risks")),
        ("Most people on sildenafil see their symptoms improve.",
         ("claim.efficacy", "see their symptoms improve")),
        ("The good news is that sildenafil is well tolerated.",
         ("claim.efficacy", "is well tolerated")),
        ("The trial met its main goal.", ("claim.results", "met its main goal")),
        ("Doctors reported that sildenafil was a success.", ("claim.results", "was a success")),
        ("So far, participants have responded well to sildenafil.",
         ("claim.results", "participants have responded well")),
        ("According to the findings, sildenafil improved blood flow.",
         ("claim.results", "According to the findings")),
        ("It could be the answer people have been waiting for.",
         ("claim.promotional", "have been waiting for")),
        ("This is one of the most important studies of its kind.",
         ("claim.promotional", "one of the most important")),
        ("If you have scleroderma, signing up is well worth it.",
         ("claim.advice", "is well worth it")),
        ("Sildenafil is a good idea if nothing else helped.", ("claim.advice", "is a good idea")),
        ("Ask your GP to refer you to this study.", ("claim.advice", "Ask your GP to refer")),
    ],
)  # fmt: skip
def test_claims_in_more_wordings(text: str, expected: tuple[str, str]) -> None:
    trial = record("NCT00710099.json")  # no posted results
    assert expected in errors(trial, text)


@pytest.mark.parametrize(
    "text",
    [
        "The study will check whether people see their symptoms improve.",
        "Researchers want to know if the trial meets its main goal.",
        "Patients who responded well to earlier treatment can join.",
        "There is no placebo in this study.",
        "If you are interested, talk to your doctor about whether the study suits you.",
        "It is worth knowing that the study is open-label.",
    ],
)
def test_neutral_wordings_near_those_claims_pass(text: str) -> None:
    assert errors(record("NCT00710099.json"), text) == []


def test_study_type_from_the_participants_side() -> None:
    interventional = record("NCT00710099.json")
    assert errors(interventional, "Participants are only observed.") == [
        ("study_type.mismatch", "Participants are only observed")
    ]
    assert errors(interventional, "Nobody receives a treatment.") == [
        ("study_type.mismatch", "Nobody receives a treatment")
    ]
    assert errors(interventional, "Nobody gets a placebo.") == []
    observational = record("NCT00001177.xml")
    text = "Everyone who joins is assigned a treatment by the study team."
    assert errors(observational, text) == [
        ("study_type.mismatch", "is assigned a treatment by the study team")
    ]
    assert errors(observational, "Nobody receives a treatment from the study team.") == []


def test_minors_said_to_be_eligible_when_the_record_starts_at_18() -> None:
    trial = record("NCT00405041.json")  # minimum age 18 years
    text = "Younger people (under 18) are also eligible."
    assert errors(trial, text) == [("age.children", text[:-1])]
    assert errors(trial, "Younger people (under 18) are not eligible.") == []
