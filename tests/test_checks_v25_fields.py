"""v25 (a tenant association's notice, a hospital's training note for volunteers, the English
side of a bilingual clinic poster) became a worked-on set; these pin what was fixed for the
record's fields, treatments, numbers and coverage, in wordings of our own on real records:
the faithful form passes, and the wrong form is caught. Each fix reads a mechanism (any verb
of taking people in, a break from supplying, a thing held to a part of the body, two
negatives that require, a British spelling, a head count in two words, the researchers'
sights, a study taking people at some ages, a verb's particle "over", the writer's frame),
so the tests use wordings the set never did."""

from __future__ import annotations

import pytest

from summarizer.checks import run_checks
from summarizer.records import Status, Trial
from tests.checks_support import caught_only_when_wrong, codes, record

SPINE = "NCT00000410.json"  # completed, 501 actual; herniated disc, low back pain
VEST = "NCT00220935.json"  # completed; ages 21 to 55; Orthotrac Pneumatic Vest
LUNG_COHORT = "NCT00258583.json"  # observational, recruiting; 5000 estimated
SUPPLEMENT = "NCT00405041.json"  # completed; 79 people; a dietary supplement
WITHDRAWN = "NCT00973089.json"  # withdrawn; dental caries
PMS = "NCT00001177.xml"  # recruiting, observational; women 18 to 50; United States
INFANTS = "NCT02708238.xml"  # completed; up to 4 months old
TODDLERS = "NCT05814159.json"  # recruiting; from 8 months, no upper age
PRIMARY_12_WEEKS = "NCT03369626.json"  # completed; primary outcome at 12 weeks
TWO_YEAR_STUDY = "NCT00831909.json"  # completed; runs about 18 months; a 1-year outcome


def _with_status(name: str, status: Status) -> Trial:
    return record(name).model_copy(update={"overall_status": status})


# --- status -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "It was dropped before a single patient had been admitted.",
        "It was pulled before a single person had been brought in.",
    ],
)
def test_any_verb_of_taking_people_in_before_anyone_joined(said: str) -> None:
    assert "status.mismatch" not in codes(record(WITHDRAWN), said), said
    assert "status.mismatch" in codes(_with_status(WITHDRAWN, Status.RECRUITING), said), said


def test_shut_to_newcomers_while_it_carries_on_is_active_not_recruiting() -> None:
    said = "The project is carrying on with those already in it, but it is shut to newcomers."
    assert "status.mismatch" not in codes(
        _with_status(WITHDRAWN, Status.ACTIVE_NOT_RECRUITING), said
    )
    assert "status.mismatch" in codes(_with_status(WITHDRAWN, Status.COMPLETED), said)
    assert "status.mismatch" in codes(_with_status(WITHDRAWN, Status.RECRUITING), said)


def test_reached_completion_with_no_determiner_is_completed() -> None:
    said = "The trial has now reached completion."
    assert "status.mismatch" not in codes(_with_status(WITHDRAWN, Status.COMPLETED), said)
    assert "status.mismatch" in codes(record(WITHDRAWN), said)
    # the sign-up's completion is no end of the study
    enrolment = "The trial has reached completion of its enrolment."
    assert "status.mismatch" not in codes(
        _with_status(WITHDRAWN, Status.ACTIVE_NOT_RECRUITING), enrolment
    )


@pytest.mark.parametrize(
    "said",
    [
        "The programme has taken a brief pause from handing out the drug.",
        "The medicine is temporarily off the programme.",
        "The treatment is off the scheme for the time being.",
    ],
)
def test_a_break_from_supplying_is_a_paused_programme(said: str) -> None:
    paused = _with_status(WITHDRAWN, Status.TEMPORARILY_NOT_AVAILABLE)
    assert "status.mismatch" not in codes(paused, said), said
    assert "status.mismatch" in codes(_with_status(WITHDRAWN, Status.AVAILABLE), said), said


# --- treatments ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wrong",
    [
        "Every volunteer is lent a wrist support.",
        "Each person takes home an elbow support to wear daily.",
        "Daily use of a neck support is part of the study.",
    ],
)
def test_a_support_for_a_part_of_the_body_is_a_device(wrong: str) -> None:
    assert "intervention.unknown" in codes(record(VEST), wrong), wrong


@pytest.mark.parametrize(
    "right",
    [
        "Every volunteer gets emotional support from a nurse.",
        "Each person is lent a pneumatic vest.",
        "Volunteers get extra support between visits.",
    ],
)
def test_support_that_holds_no_part_of_the_body_is_no_device(right: str) -> None:
    assert "intervention.unknown" not in codes(record(VEST), right), right


def test_nobody_starts_without_a_step_requires_it() -> None:
    caught_only_when_wrong(
        PMS,
        "No one joins without having a bone density scan first.",
        "You can join without having a bone density scan first.",
        "intervention.unknown",
    )


def test_a_thing_thrown_in_is_one_more_thing_given() -> None:
    caught_only_when_wrong(
        SPINE,
        "They throw in cetirizine too.",
        "They throw in a diskectomy too.",
        "intervention.unknown",
    )


def test_you_would_have_a_drug_too_but_not_a_say() -> None:
    caught_only_when_wrong(
        SPINE, "You'd have loratadine too.", "You'd have a say too.", "intervention.unknown"
    )


@pytest.mark.parametrize(
    "said",
    [
        "The listing gives an enrolment of 150.",
        "It records an enrolment of 150 and a randomisation by computer.",
    ],
)
def test_a_british_spelling_is_the_record_s_ordinary_word(said: str) -> None:
    assert "intervention.unknown" not in codes(record(VEST), said), said


# --- enrollment type ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["The final head count was 5000 people.", "The final count was 5000 participants."],
)
def test_a_final_head_count_in_two_words_is_the_actual_number(said: str) -> None:
    assert "enrollment.type" in codes(record(LUNG_COHORT), said), said
    assert "enrollment.type" not in codes(record(SPINE), said.replace("5000", "501")), said


def test_a_head_count_still_hoped_for_is_no_actual_number() -> None:
    said = "The head count is expected to be 5000 people."
    assert "enrollment.type" not in codes(record(LUNG_COHORT), said)


# --- conditions ---------------------------------------------------------------------------


def test_the_study_s_subject_matter_is_its_illness() -> None:
    caught_only_when_wrong(
        SPINE,
        "The trial's subject matter is ingrown toenails.",
        "The trial's subject matter is low back pain.",
        "condition.mismatch",
    )


def test_what_the_researchers_have_in_their_sights_is_their_illness() -> None:
    caught_only_when_wrong(
        SPINE,
        "The team has got ingrown toenails squarely in its sights.",
        "The team has got a herniated disc squarely in its sights.",
        "condition.mismatch",
    )
    caught_only_when_wrong(
        SPINE,
        "They've set their sights on ingrown toenails.",
        "They've set their sights on low back pain.",
        "condition.mismatch",
    )


def test_the_people_in_the_sights_are_no_illness() -> None:
    said = "They have 500 volunteers in their sights."
    assert "condition.mismatch" not in codes(record(SPINE), said)


# --- ages ---------------------------------------------------------------------------------


def test_the_ages_a_study_takes_people_at() -> None:
    caught_only_when_wrong(
        VEST,
        "It accepts volunteers from 25 up to 55.",
        "It accepts volunteers from 21 up to 55.",
        "age.range",
    )


def test_babies_of_up_to_an_age() -> None:
    caught_only_when_wrong(
        INFANTS,
        "It is for newborns of up to 9 months.",
        "It is for newborns of up to 4 months.",
        "age.maximum",
    )


def test_aged_so_many_months_at_most() -> None:
    caught_only_when_wrong(
        INFANTS,
        "It is for babies aged 10 months at most.",
        "It is for babies aged 4 months at most.",
        "age.maximum",
    )
    # a most after a time is how long, not an age
    assert "age.maximum" not in codes(record(INFANTS), "Feeding lasts 10 weeks at most.")


def test_from_an_age_up() -> None:
    caught_only_when_wrong(
        TODDLERS,
        "Children from 12 months up can join.",
        "Children from 8 months up can join.",
        "age.minimum",
    )


# --- numbers ------------------------------------------------------------------------------


def test_over_as_a_verb_s_particle_is_no_bound() -> None:
    caught_only_when_wrong(
        SUPPLEMENT,
        "Each volunteer turns over 41 diaries in all.",
        "Each volunteer turns over 79 diaries in all.",
        "number.untraced",
    )


def test_the_big_check_is_the_main_result_s_time() -> None:
    caught_only_when_wrong(
        PRIMARY_12_WEEKS,
        "The biggest check comes at 26 weeks.",
        "The biggest check comes at 12 weeks.",
        "outcome.timepoint",
    )


def test_expect_to_be_in_it_is_one_person_s_time() -> None:
    caught_only_when_wrong(
        TWO_YEAR_STUDY,
        "Be prepared to be in the study for 18 months.",
        "Be prepared to be in the study for 12 months.",
        "number.untraced",
    )


# --- coverage -----------------------------------------------------------------------------


def _coverage(text: str) -> list[str]:
    return [f.code for f in run_checks(record(PMS), text).findings if f.code == "coverage.where"]


def test_a_letterhead_s_hospital_is_not_where_the_study_runs() -> None:
    framed = (
        "Northfield General Hospital · Patient Library\n\n"
        "This study of premenstrual syndrome is for women aged 18 to 50.\n\n"
        "Northfield General Hospital · leaflet checked by the librarian"
    )
    assert _coverage(framed) == ["coverage.where"]
    placed = framed.replace("50.", "50. It runs at several hospitals.")
    assert _coverage(placed) == []


def test_a_phone_chat_is_counted_as_a_call_is() -> None:
    caught_only_when_wrong(
        TODDLERS,
        "Afterwards come seven follow-up phone chats.",
        "Afterwards come two follow-up phone chats.",
        "number.untraced",
    )


def test_the_place_that_passes_the_text_on_is_not_where_the_study_runs() -> None:
    shared = (
        "This study of premenstrual syndrome is for women aged 18 to 50. "
        "The hospital shares this notice from the public listing."
    )
    assert _coverage(shared) == ["coverage.where"]
    assert _coverage(shared + " The study runs at one hospital.") == []
