"""The lead's fixes in session 29, each beside the close wrong form that must still be caught."""

from __future__ import annotations

import pytest

from tests.checks_support import codes, record

NASH = "NCT05809934.json"  # AZD2693 for NASH; sponsor AstraZeneca


def _sponsor_codes(text: str) -> list[str]:
    return [c for c in codes(record(NASH), text) if c.startswith("sponsor.")]


@pytest.mark.parametrize(
    "said",
    [
        "The study is recruiting, and AstraZeneca is the sponsor.",
        "Recruiting now; AstraZeneca is running the study.",
    ],
)
def test_a_sponsor_name_is_never_read_from_inside_a_word(said: str) -> None:
    assert _sponsor_codes(said) == []


@pytest.mark.parametrize(
    "said",
    [
        "The study is recruiting, and Zeneca is the sponsor.",
        "The study is recruiting, and Novartis is the sponsor.",
    ],
)
def test_a_wrong_sponsor_after_a_clause_opening_and_is_caught(said: str) -> None:
    assert _sponsor_codes(said) == ["sponsor.mismatch"]


def _unknown(text: str) -> list[str]:
    return [c for c in codes(record(NASH), text) if c == "intervention.unknown"]


@pytest.mark.parametrize(
    "said",
    [
        "Liver tests are done regularly to watch for any problems.",
        "Blood is drawn each month to test how the liver is doing.",
        "The nurses will monitor everyone closely.",
    ],
)
def test_a_device_word_in_a_verbs_place_is_no_device(said: str) -> None:
    assert _unknown(said) == []


@pytest.mark.parametrize(
    "said",
    ["Participants wear a watch every night.", "Each person is given a watch to wear."],
)
def test_a_device_the_record_lacks_is_still_caught(said: str) -> None:
    assert _unknown(said) == ["intervention.unknown"]


NARCOLEPSY = "NCT05816382.json"  # TAK-861 for narcolepsy
FLU = "NCT02967393.json"  # flu vaccines in children with asthma ("Asthmatic")


def _condition(name: str, text: str) -> list[str]:
    return [c for c in codes(record(name), text) if c == "condition.mismatch"]


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (NARCOLEPSY, "Will it help with sleepiness? The study looks at this as a side question."),
        (FLU, "Are flu jabs safe for children with asthma? This small study looked at that."),
        (FLU, "It is the first study of its kind at this hospital."),
        (FLU, "Turn over: the study summary is on the back page."),
        (FLU, "Pinned up here: a summary of a 2016 study from Canada."),
    ],
)
def test_no_condition_read_across_a_question_mark_or_from_a_pronoun_page_or_study(
    name: str, said: str
) -> None:
    assert _condition(name, said) == []


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (FLU, "Are flu jabs safe for children with gout? This small study looked at that."),
        (FLU, "The study summary is on gout."),
        (FLU, "Pinned up here: a summary of research on gout."),
        (NARCOLEPSY, "The study looks at migraine as its main question."),
        (FLU, "What it's researching: chapped lips. Study type: a trial of vaccines."),
    ],
)
def test_a_wrong_condition_is_still_caught_there(name: str, said: str) -> None:
    assert _condition(name, said) == ["condition.mismatch"]


RSV = "NCT05921903.json"  # RSV vaccine after transplant; sponsor GlaxoSmithKline


@pytest.mark.parametrize("said", ["GSK is the sponsor.", "Who pays: GSK, the sponsor."])
def test_a_company_called_by_its_initials_is_the_sponsor(said: str) -> None:
    assert [c for c in codes(record(RSV), said) if c.startswith("sponsor.")] == []


@pytest.mark.parametrize("said", ["GSX is the sponsor.", "MSD is the sponsor."])
def test_other_initials_are_another_sponsor(said: str) -> None:
    assert [c for c in codes(record(RSV), said) if c.startswith("sponsor.")] == ["sponsor.mismatch"]
