"""Faithful sentences the field checks once flagged, each beside a wrong neighbour that must
still be caught. Each fix reads a mechanism (a denied placebo, a question answered "no", a
plain word for the record's device, a plural, a route of giving, a stage of testing, an
illness that keeps people out, a bare verb after the illness, a verb with its object, a
limit, a share), so the wrong forms keep the same wording with one fact changed."""

from __future__ import annotations

import pytest

from tests.checks_support import caught_only_when_wrong, codes, record

DEVICE_ONLY = "NCT03795987.json"  # open label, one device arm; no placebo
TAK = "NCT05816382.json"  # TAK-861 doses only; narcolepsy; phase 2/3
LUMINOPIA = "NCT03608150.json"  # Luminopia One vs refractive correction (spectacles)
NASH = "NCT05809934.json"  # AZD2693 vs placebo, randomized; PNPLA3 risk allele; biopsy
DOCETAXEL = "NCT02179567.json"  # docetaxel + bevacizumab IV; terminated; hemoptysis excluded
PEAK_FLOW = "NCT02967393.json"  # digital peak flow meters
FITNESS = "NCT04650464.json"  # asthma; fever, uncontrolled asthma are contraindications
SMARTPHONE = "NCT05486611.json"  # terminated


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (DEVICE_ONLY, "Q: Was there a placebo group?\nA: No, everyone used the device."),
        (TAK, "Everyone in the study gets TAK-861; there is no placebo."),
        (LUMINOPIA, "Children must wear their glasses during the study."),
        (
            LUMINOPIA,
            "One group used the Luminopia One device plus glasses; the other wore glasses alone.",
        ),
        (NASH, "About one in three participants will get a salt-water placebo."),
        (DOCETAXEL, "The drug is administered intravenously on day 1."),
        (NASH, "Participants must be willing to have two liver biopsies."),
        (NASH, "A genetic test is needed to take part."),
        (NASH, "Pain-free injections are not promised."),
        (PEAK_FLOW, "Participants use a digital peak flow meter."),
        (TAK, "The study sits across phases 2 and 3, so it is a mid-to-late stage test."),
        (DOCETAXEL, "Patients with haemoptysis could not take part."),
        (FITNESS, "Children with uncontrolled asthma or fever on the day could not do the test."),
        (TAK, "TAK-861 is a tablet designed to help people with narcolepsy stay awake."),
        (SMARTPHONE, "Participants needed their own smartphone."),
        (NASH, "The liver biopsy must have been taken no more than 6 months before randomisation."),
        (NASH, "About one in three participants will get placebo."),
    ],
)
def test_faithful_sentence_passes(name: str, said: str) -> None:
    assert codes(record(name), said) == [], said


# --- placebo ----------------------------------------------------------------------------


def test_a_question_answered_yes_still_claims_a_placebo() -> None:
    caught_only_when_wrong(
        DEVICE_ONLY,
        "Q: Was there a placebo group?\nA: Yes, half used a sham device.",
        "Q: Was there a placebo group?\nA: No, everyone used the device.",
        "intervention.placebo",
    )


def test_a_placebo_denied_on_a_record_with_a_placebo_arm_is_caught() -> None:
    caught_only_when_wrong(
        NASH,
        "Everyone in the study gets AZD2693; there is no placebo.",
        "Some people in the study get AZD2693 and some get a placebo.",
        "intervention.placebo",
    )


# --- treatments -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "wrong", "right"),
    [
        (
            LUMINOPIA,
            "Children must wear a hearing aid during the study.",
            "Children must wear their glasses during the study.",
        ),
        (
            LUMINOPIA,
            "One group used the Luminopia One device plus an eye patch; the other wore glasses.",
            "One group used the Luminopia One device plus glasses; the other wore glasses.",
        ),
        (
            DOCETAXEL,
            "The drug is administered intravenously with tamoxifen on day 1.",
            "The drug is administered intravenously on day 1.",
        ),
        (
            NASH,
            "Participants must be willing to have two lung biopsies.",
            "Participants must be willing to have two liver biopsies.",
        ),
        (
            PEAK_FLOW,
            "Participants use a digital blood pressure meter.",
            "Participants use a digital peak flow meter.",
        ),
        (
            NASH,
            "Participants will get a salt-water infusion of metformin.",
            "Participants will get a salt-water placebo.",
        ),
    ],
)
def test_a_device_or_treatment_the_record_never_names_is_caught(
    name: str, wrong: str, right: str
) -> None:
    caught_only_when_wrong(name, wrong, right, "intervention.unknown")


def test_a_genetic_test_needs_a_gene_in_the_record() -> None:
    said = "A genetic test is needed to take part."
    assert "intervention.unknown" in codes(record(TAK), said)
    assert "intervention.unknown" not in codes(record(NASH), said)


# --- conditions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "wrong", "right"),
    [
        (
            DOCETAXEL,
            "Patients with gout could not take part.",
            "Patients with haemoptysis could not take part.",
        ),
        (
            FITNESS,
            "Children with uncontrolled eczema on the day could not do the test.",
            "Children with uncontrolled asthma on the day could not do the test.",
        ),
        (
            DOCETAXEL,
            "Patients with psoriasis were not allowed to join.",
            "Patients with hemoptysis were not allowed to join.",
        ),
    ],
)
def test_an_illness_that_keeps_people_out_is_read_against_the_criteria(
    name: str, wrong: str, right: str
) -> None:
    caught_only_when_wrong(name, wrong, right, "eligibility.unsupported")


def test_a_bare_verb_ends_the_record_s_illness_not_a_wrong_one() -> None:
    caught_only_when_wrong(
        TAK,
        "TAK-861 is a tablet designed to help people with asthma stay awake.",
        "TAK-861 is a tablet designed to help people with narcolepsy stay awake.",
        "condition.mismatch",
    )


# --- status, allocation, enrollment -------------------------------------------------------


def test_a_poster_s_call_still_says_recruiting() -> None:
    caught_only_when_wrong(
        SMARTPHONE,
        "Participants needed!",
        "Participants needed their own smartphone.",
        "status.mismatch",
    )


def test_a_limit_is_no_negation_of_chance() -> None:
    caught_only_when_wrong(
        NASH,
        "Groups are not chosen at random.",
        "The biopsy must be no more than 6 months old before randomisation.",
        "design.allocation",
    )


def test_a_share_is_no_head_count() -> None:
    caught_only_when_wrong(
        NASH,
        "The study will enroll three participants.",
        "About one in three participants will get placebo.",
        "enrollment.mismatch",
    )
