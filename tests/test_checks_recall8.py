"""Misses held-out v7 (and the last of v5 and v6) showed once measured, closed as general
wording families and pinned in wordings of our own on real fixture records: a benefit in
everyday words (a condition that "settles down with" a treatment, "cuts flare-ups", "keeps
it in check", relief people "notice from" it, a passive "relieved for most patients"),
evidence said with a contraction or with no subject ("they've been shown to", "proven to
help"), a card's "Side effects: nil", an approval the record never mentions; results as a
finished fact ("the main aim was achieved", "outperformed the control group", "a
significant reduction") or as news ("we've found that"); advice as an imperative opening a
bullet or a label's value, cutting back one's treatment, "you'd want to"; promotion as
history in the making; a sponsor named as spoken or credited ("the people running it are
X", "brought to you by X"); a condition named as spoken ("the illness in question is X");
and "not open to ... yet" with a hyphened word between. Each error is caught, and the
faithful look-alike passes."""

from __future__ import annotations

import pytest

from tests.checks_support import codes, record

# Fibromyalgia; a self-guided digital therapy and an app; Fundació Sant Joan de Déu;
# not yet recruiting; no results posted; nothing said about approval.
FIBRO = "NCT05962437.json"
ACTIVE = "NCT05838625.json"  # active, not recruiting; schizophrenia


def _flags(text: str, code: str, name: str = FIBRO) -> bool:
    return code in codes(record(name), text)


# --- efficacy ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fibromyalgia usually settles down with the app.",
        "Most people get better on it within a few weeks.",
        "In our experience, users notice real relief from the therapy.",
        "The app cuts the number of pain flare-ups.",
        "The therapy keeps fibromyalgia in check.",
        "They've been shown to ease widespread pain.",
        "Digital therapy: clinically proven to help",
        "Effect: pain relieved for the majority of patients",
        "Side effects: nil.",
        "The therapy has been approved by the FDA.",
        "Honestly, the app works extremely well.",
    ],
)
def test_benefits_in_everyday_words_are_claims(text: str) -> None:
    assert _flags(text, "claim.efficacy")


@pytest.mark.parametrize(
    "text",
    [
        "Researchers will see whether fibromyalgia settles down with the app.",
        "Fibromyalgia pain can improve with time, rest and sleep.",
        "The study checks if most participants get better on the app.",
        "Side effects: will be recorded at every visit.",
        "It hasn't been shown to work yet; that is what this study tests.",
        "The team will record whether pain is relieved for most patients.",
        "Users log their symptoms in the app every day.",
    ],
)
def test_benefits_asked_or_not_credited_pass(text: str) -> None:
    assert codes(record(FIBRO), text) == []


def test_an_approval_the_record_states_is_no_claim() -> None:
    trial = record(FIBRO).model_copy(
        update={"brief_summary": "The app was approved by the FDA in 2022 for adults."}
    )
    assert "claim.efficacy" not in codes(trial, "The app was approved by the FDA.")


# --- results ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The main aim was achieved.",
        "Outcome: a statistically significant reduction in pain.",
        "The app outperformed the control group.",
        "Judging by the data, it worked for most people.",
        "We've found that the app helps with sleep.",
        "Finding: most volunteers responded.",
    ],
)
def test_results_as_a_finished_fact_are_claims(text: str) -> None:
    assert _flags(text, "claim.results")


@pytest.mark.parametrize(
    "text",
    [
        "The main aim is to see whether pain scores fall.",
        "Researchers will look for a significant reduction in pain scores.",
        "Doctors will record how participants responded to the therapy.",
    ],
)
def test_results_still_to_come_pass(text: str) -> None:
    assert codes(record(FIBRO), text) == []


# --- advice -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You ought to cut down on your usual painkillers before joining.",
        "What to bring\n• Come off your regular medication before the first visit\n",
        "Tip: skip your normal dose on study days.",
        "You'd want to stop your other medicines first.",
    ],
)
def test_advice_as_a_bullet_a_tip_or_a_wish_is_advice(text: str) -> None:
    assert _flags(text, "claim.advice")


@pytest.mark.parametrize(
    "text",
    [
        "Participants continue their usual treatment throughout.",
        "Who cannot join: anyone who had to stop their current medication recently.",
    ],
)
def test_usual_treatment_described_passes(text: str) -> None:
    assert codes(record(FIBRO), text) == []


# --- promotion --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You will be seen by the very best specialists in the region.",
        "Be part of the future of fibromyalgia care.",
        "A landmark study for people with fibromyalgia.",
    ],
)
def test_history_in_the_making_is_promotion(text: str) -> None:
    assert _flags(text, "claim.promotional")


@pytest.mark.parametrize(
    "text",
    [
        "The study wants to find the best way to help people with fibromyalgia.",
        "Injections elsewhere are guided by anatomical landmarks; here nobody gets one.",
    ],
)
def test_plain_best_and_landmarks_pass(text: str) -> None:
    assert "claim.promotional" not in codes(record(FIBRO), text)


# --- sponsor, condition, status -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["The people running it are Pfizer.", "This one is brought to you by Novartis."],
)
def test_a_sponsor_named_as_spoken_or_credited_is_checked(text: str) -> None:
    assert _flags(text, "sponsor.mismatch")


@pytest.mark.parametrize(
    "text",
    [
        "The people running it are Fundació Sant Joan de Déu.",
        "Brought to you by Fundació Sant Joan de Déu.",
    ],
)
def test_the_records_sponsor_named_as_spoken_passes(text: str) -> None:
    assert "sponsor.mismatch" not in codes(record(FIBRO), text)


def test_a_condition_named_as_spoken_is_checked() -> None:
    assert _flags("The illness in question is gout.", "condition.mismatch")
    assert _flags("The disease they're looking at is psoriasis.", "condition.mismatch")


@pytest.mark.parametrize(
    "text",
    [
        "The condition here is fibromyalgia.",
        "The condition here is quite common.",
        "The illness in question is painful and long-lasting.",
    ],
)
def test_the_records_condition_or_its_description_passes(text: str) -> None:
    assert "condition.mismatch" not in codes(record(FIBRO), text)


def test_not_open_yet_with_a_hyphened_word_is_not_yet_recruiting() -> None:
    text = "The clinic is not open to self-referrals yet."
    assert _flags(text, "status.mismatch", ACTIVE)
    assert "status.mismatch" not in codes(record(FIBRO), text)


# --- treatments the record never names -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Besides that, there's a short course of amoxicillin.",
        "Study extras\n• Add-on medicine: melatonin\n",
        "**Extra medicines:** Cymbalta is offered alongside the app.",
        "Includes daily duloxetine",
        "Free melatonin for everyone who joins",
    ],
)
def test_a_treatment_added_by_a_label_or_a_fragment_is_checked(text: str) -> None:
    assert _flags(text, "intervention.unknown")


@pytest.mark.parametrize(
    "text",
    [
        "Includes daily symptom tracking in the app",
        "Free parking for every participant",
        "Besides that, there's a questionnaire every month.",
        "**Extra support:** the app is offered alongside usual care.",
    ],
)
def test_the_studys_own_parts_added_the_same_way_pass(text: str) -> None:
    assert "intervention.unknown" not in codes(record(FIBRO), text)
