"""Field checks for the wordings of held-out set v29's styles (a pharmacy-counter leaflet, a
late-night radio phone-in, a patient council's bullet minutes), in sentences of our own.

The shapes: reported speech that shifts the present into the past ("the team was signing up
volunteers at that point", "the study dealt with gout", "screening involved a scan", "the
team aimed for 50 people"); "alone" after a sex as "only"; the young by any word with a
past modal ("youngsters could join"); a caption's participle ("shows the study as having run
its full course", "carrying on without taking newcomers"); a count's label with its people
("the final count of people taking part is 30"); the role named before the sponsor ("named
the sponsor as X"); and steps everyone went through ("everybody had an endoscopy").
Each wrong sentence has a faithful twin that must pass."""

from __future__ import annotations

import pytest

from tests.checks_support import codes, record

SILD = "NCT00710099.json"  # sildenafil; all sexes; 18 up; 40 estimated
NRG = "NCT06388018.json"  # endometrial cancer; women 18 up; recruiting, 325 estimated
OLD = "NCT00000410.json"  # completed
LEGACY_DONE = "NCT00023673.xml"  # completed
ACCESS = "NCT01220531.xml"  # expanded access, available
GONE = "NCT02591810.xml"  # withdrawn
OPEN = "NCT00482794.xml"  # recruiting
EST = "NCT00001177.xml"  # 1,600 estimated
ACT = "NCT00277524.xml"  # 3,032 actual
PEKING = "NCT03367052.json"  # sponsor Peking University People's Hospital
DEPR = "NCT05147506.json"  # depressive symptoms, mild traumatic brain injury

CAUGHT = [
    # "alone" after one sex restricts to it
    (SILD, "Listeners were told it took men alone.", "sex.mismatch"),
    (SILD, "The leaflet says it takes ladies alone.", "sex.mismatch"),
    (NRG, "It took males alone.", "sex.mismatch"),
    # the young, by any word, with a past or reported modal
    (SILD, "The presenter said juveniles could take part too.", "age.children"),
    (SILD, "Youngsters may also join.", "age.children"),
    # status: a caption's participle, reported speech, a break with nothing after it
    (
        OLD,
        "Minutes: the register lists the trial as open and recruiting patients.",
        "status.mismatch",
    ),
    (
        LEGACY_DONE,
        "The caller learnt that the trial carried on but accepted no new patients.",
        "status.mismatch",
    ),
    (
        OLD,
        "The register shows the trial carrying on without admitting newcomers.",
        "status.mismatch",
    ),
    (OLD, "The presenter said the team was recruiting patients at that point.", "status.mismatch"),
    (
        OPEN,
        "The register shows the trial as cancelled with not one person ever signing up.",
        "status.mismatch",
    ),
    (OPEN, "The register shows the trial as having run its whole course.", "status.mismatch"),
    (ACCESS, "The trial has come to an end.", "status.mismatch"),
    (OLD, "Supply under the scheme is on a brief pause.", "status.mismatch"),
    # enrollment type: a past aim, a final count of the people with their joining
    (ACT, "The presenter said they aimed for 3,032 volunteers overall.", "enrollment.type"),
    (EST, "The number of patients who took part was 1,600.", "enrollment.type"),
    # condition: the past of "deals with", and a meeting's item
    (
        DEPR,
        "The presenter began by saying the trial dealt with cracked heels.",
        "condition.mismatch",
    ),
    (DEPR, "The item before the board concerns cracked heels.", "condition.mismatch"),
    # steps of the study in the past, lent to the reader, and before the treatment
    (SILD, "The presenter said the first visit involved a hearing test.", "intervention.unknown"),
    (SILD, "We heard that everyone had a colonoscopy at the outset.", "intervention.unknown"),
    (SILD, "Before any treatment there's a walking test to pass.", "intervention.unknown"),
    (SILD, "The clinic lends each volunteer a sports mouthguard.", "intervention.unknown"),
    (SILD, "The host said screening included a lung scan.", "intervention.unknown"),
    # a withdrawn study never came to the end of a course
    (GONE, "The research had come to its end.", "status.mismatch"),
    # given on top, in reported speech's past and with its "that" left out
    (SILD, "The presenter said hyoscine was given on top.", "intervention.unknown"),
    (SILD, "Callers heard melatonin was given as well.", "intervention.unknown"),
    # the sponsor's role named first
    (PEKING, "The presenter named the funder as Halvorsen.", "sponsor.mismatch"),
]

FAITHFUL = [
    (NRG, "It takes women alone."),
    (SILD, "It takes women and men alike."),
    (SILD, "Women who live alone can join, and so can men."),
    (SILD, "Youngsters could not join; it is for adults."),
    (OPEN, "The register shows the trial as open and recruiting patients."),
    (OPEN, "The presenter said the team was recruiting patients at that point."),
    (OLD, "The register shows the trial as having run its whole course."),
    (OLD, "The trial has come to its end."),
    (OLD, "The study carried on for two years before it finished."),
    (OLD, "Problems such as recruiting patients slowly were noted."),
    (GONE, "The register shows the trial as called off with no one ever enrolled."),
    (ACCESS, "Supply through the scheme is open to patients who need it."),
    (ACT, "The final tally of patients enrolled was 3,032."),
    (EST, "The presenter said they aimed for 1,600 volunteers overall."),
    (DEPR, "The presenter began by saying the trial dealt with depressive symptoms."),
    (DEPR, "The item before the board concerns depressive symptoms."),
    (SILD, "People who had a colonoscopy in the past year cannot take part."),
    (PEKING, "The presenter gave the sponsor as Peking University People's Hospital."),
    (OLD, "The trial had come to its conclusion."),
    (SILD, "The presenter said sildenafil was given on top."),
    (SILD, "The presenter said sildenafil is given to everyone."),
]


@pytest.mark.parametrize(("name", "text", "code"), CAUGHT)
def test_v29_field_wording_is_caught(name: str, text: str, code: str) -> None:
    assert code in codes(record(name), text), text


@pytest.mark.parametrize(("name", "text"), FAITHFUL)
def test_v29_field_twin_is_not_flagged(name: str, text: str) -> None:
    assert codes(record(name), text) == [], text
