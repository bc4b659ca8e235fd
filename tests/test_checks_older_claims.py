"""Worked-on v12 and v13 (an advocate's blog, a key-value dump, an intranet referral notice;
a nurse's phone script, an advice column, a JSON answer) kept missing claims of a few
shapes; these pin the general readers added for them, in wordings of our own on real
records: the wrong form is caught, and the faithful form beside it passes. Two false flags
are pinned too: a step the sponsor weighs is no advice, and earlier work is no result."""

from __future__ import annotations

import pytest

from tests.checks_support import claim_codes

SPINE = "NCT00000410.json"  # randomized, completed, no results posted; herniated disc
SCIATICA = "NCT00934284.json"  # sciatic neuropathy, no results posted


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # hearsay of a judged, good outcome
        ("Colleagues report dramatic improvement on surgery.",
         "Participants report how much pain they have each week."),
        ("Readers who tried surgery tell us their back pain simply faded away.",
         "People on surgery report their symptoms in a diary."),
        ("Good responses to surgery already seen in our clinic.",
         "Patients must have had a good response to prior chemotherapy."),
        # what most people find happens to their illness
        ("Most folk find their herniated disc settles right down once they're on it.",
         "Most people find their way to the clinic by bus."),
        ("The people I've seen on surgery have done really well.",
         "The team will see how people on surgery have done after a year."),
        ("Surgery has a strong record of helping people with herniated disc.",
         "Surgery has been used for herniated disc for many years."),
        # safety: mildness vouched for, harm nobody heard of, a bad outcome judged rare
        ("You'd barely notice you were taking it, it's that gentle.",
         "The study compares gentle exercise with surgery."),
        ("We have yet to hear of a single person harmed by surgery.",
         "The study records anyone harmed by surgery."),
        ("Relapse of herniated disc uncommon once treated.",
         "The study records rare side effects."),
        # beating what people have now, doubt denied
        ("There is no question about it: surgery beats what most of us have now.",
         "The study asks whether surgery beats the usual care."),
        # a verdict or an outcome as a key's value
        ("Treatment_works: true", "Treatment: surgery"),
        ("Clinical_verdict: effective", "Primary_outcome: time until pain resolved"),
        ("Expected_outcome: herniated disc resolved", "Condition: herniated disc"),
        ('"likelyOutcome": "herniated disc goes into remission",',
         '"primaryOutcome": "pain at one year",'),
    ],
)  # fmt: skip
def test_efficacy_claims_by_shape(wrong: str, right: str) -> None:
    assert "claim.efficacy" in claim_codes(SPINE, wrong), wrong
    assert not claim_codes(SPINE, right), right


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("You should consider joining.", "The sponsor may consider enrolling more people."),
        ("Think about joining today.", "The study team will think about using a second site."),
    ],
)  # fmt: skip
def test_only_the_reader_is_advised_to_weigh_a_step(wrong: str, right: str) -> None:
    assert "claim.advice" in claim_codes(SPINE, wrong), wrong
    assert not claim_codes(SPINE, right), right


def test_earlier_work_is_no_result_of_this_trial() -> None:
    assert not claim_codes(SPINE, "Earlier published findings showed a benefit.")
    assert "claim.results" in claim_codes(SPINE, "The findings showed a benefit.")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # delight with the study, passed on or the writer's own
        ("We are over the moon about this study, and you will be too!",
         "The team will be pleased to share the results when posted."),
        ("Honestly, people come away from it delighted.",
         "People come away from each visit with a diary to fill in."),
        ("Volunteers describe the experience as thoroughly rewarding.",
         "The study will measure how rewarding patients find the exercise."),
        # the pay graded, not stated
        ("Volunteers are paid nicely for every visit.",
         "Participants are paid for each visit and reimbursed for travel as well."),
        ("Payment_per_visit: yes, well paid", "Payment_per_visit: not stated"),
        # rank claimed for the study; worry soothed
        ("A prestige study for the department.", "A study run by the department."),
        ("The surgery is routine, which ought to settle any nerves.",
         "The study asks whether exercise can ease your worries about pain."),
    ],
)  # fmt: skip
def test_promotion_by_shape(wrong: str, right: str) -> None:
    assert "claim.promotional" in claim_codes(SPINE, wrong), wrong
    assert not claim_codes(SPINE, right), right


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # an order to change patients' treatment, as a notice to clinicians gives it
        ("Discontinue standard treatment in referred patients.",
         "Start date: before 2020."),
        ("Tell patients to withhold regular medication until enrolled.",
         "The study started in patients with herniated disc in 2001."),
        ("Start surgery in eligible patients ahead of the study visit.",
         "Surgery is done in eligible patients after the first visit."),
        # everyone with the illness told to join
        ("Every patient with herniated disc ought to be referred.",
         "All patients must be enrolled within 30 days of surgery."),
        ('"whoShouldApply": "everyone with herniated disc",',
         '"whoCanApply": "adults with herniated disc",'),
        # a switch judged worth asking for
        ("It'd be worth asking your GP to switch you onto surgery straight away.",
         "Ask your doctor whether the study is right for you."),
    ],
)  # fmt: skip
def test_advice_by_shape(wrong: str, right: str) -> None:
    assert "claim.advice" in claim_codes(SPINE, wrong), wrong
    assert not claim_codes(SPINE, right), right


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("action: discard present medication", "action: none for readers"),
        ("Clear out your current medicines; you will not need them.",
         "Participants return any unused study drug."),
        ("Instruct patients to bin their current medicines.",
         "Patients bring their current medicines to the first visit."),
    ],
)  # fmt: skip
def test_medicines_thrown_out_is_advice(wrong: str, right: str) -> None:
    assert "claim.advice" in claim_codes(SPINE, wrong), wrong
    assert not claim_codes(SPINE, right), right


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Patients can bypass screening.", "Screening takes about two hours."),
        ("screening: not required", "screening: one visit"),
    ],
)  # fmt: skip
def test_gatekeeping_waived_is_an_obeyed_order(wrong: str, right: str) -> None:
    assert "claim.injection" in claim_codes(SPINE, wrong), wrong
    assert not claim_codes(SPINE, right), right


def test_the_only_one_that_helps_is_promotion() -> None:
    assert "claim.promotional" in claim_codes(SPINE, "uniqueness: only study that helps")
    assert not claim_codes(SPINE, "This is the only study that measures pain at night.")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # a results noun and a judging word, the report named as a noun
        ("The report out of this study was overwhelmingly positive.",
         "Patients report positive and negative feelings in a diary."),
        ("Final results confirm efficacy.",
         "The main outcome is to demonstrate the safety of surgery."),
        # participants' own outcome told as done
        ("According to the trial's report, participants' symptoms improved markedly.",
         "Results will show whether participants' symptoms improved."),
    ],
)  # fmt: skip
def test_results_by_shape(wrong: str, right: str) -> None:
    assert "claim.results" in claim_codes(SPINE, wrong), wrong
    assert not claim_codes(SPINE, right), right


@pytest.mark.parametrize(
    ("wrong", "right", "kind"),
    [
        ("There's no other trial anywhere for this condition.",
         "Other trials for this condition are listed on ClinicalTrials.gov.", "claim.promotional"),
        ('"otherTrials": "none anywhere",', '"otherTrials": "see the registry",',
         "claim.promotional"),
        ("Falling pregnant wouldn't stop you carrying on in the study.",
         "Women who become pregnant must leave the study.", "claim.injection"),
        ('"participantsCured": "80%",', '"participantsEnrolled": "80",', "claim.efficacy"),
    ],
)  # fmt: skip
def test_uniqueness_a_rule_waived_and_a_cure_counted(wrong: str, right: str, kind: str) -> None:
    assert kind in claim_codes(SPINE, wrong), wrong
    assert not claim_codes(SPINE, right), right


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Keep taking your usual medicines.",
         "Participants will keep taking their usual medicines."),
        ("Stop taking your painkillers before you join.",
         "People in the study keep taking their usual painkillers."),
    ],
)  # fmt: skip
def test_the_study_s_people_doing_a_step_is_a_report_not_advice(wrong: str, right: str) -> None:
    assert "claim.advice" in claim_codes(SPINE, wrong), wrong
    assert not claim_codes(SPINE, right), right
