"""Claims a faithful-sentence pass in session 30 found missed, and their faithful twins.

A treatment named by its own name as what did good ("PEMF reduced pain", "TAK-861 keeps
you awake") is as much a claim as "The app reduced pain"; a bare order naming the drug
("Take pregabalin before surgery.") is advice as "You should take ..." is; a class of
patients told what to do ("Children with asthma should exercise more") is advice; and a
kind of treatment whose word ends like a non-drug ("vaccine") is still a treatment. Each
wrong sentence has near twins that ask, plan, hedge or describe the study's own logistics,
and those must stay unflagged.
"""

from __future__ import annotations

import pytest

from tests.checks_support import claim_codes

FIBRO = "NCT05962437.json"
CHEW = "NCT05594173.json"
FIT = "NCT04650464.json"
PEAR = "NCT03751280.json"
DOC = "NCT02179567.json"
RSV = "NCT05921903.json"
PEMF = "NCT04049812.json"
PREG = "NCT00353704.json"
NARC = "NCT05816382.json"

EFFICACY = [
    (PEMF, "PEMF reduced pain."),
    (DOC, "Docetaxel reduced pain."),
    (PEAR, "PEAR-004 reduced symptoms of schizophrenia."),
    (NARC, "TAK-861 keeps you awake."),
    (RSV, "The vaccine protects transplant patients from RSV."),
    (DOC, "Docetaxel reduces pain in about 30% of people, according to earlier studies."),
    (PEMF, "PEMF eased the pain in their lower back."),
    (PEMF, "PEMF clearly reduced leg pain."),
    (DOC, "Bevacizumab shrank tumours."),
    (DOC, "Docetaxel lowered deaths from lung cancer."),
    (PEAR, "PEAR-004 cut hospital admissions."),
    (NARC, "TAK-861 keeps people alert all day."),
    (NARC, "TAK-861 reduced sleepiness."),
    (PREG, "Pregabalin relieved pain after surgery."),
    (PREG, "Pregabalin reduces pain after surgery."),
    (RSV, "The vaccine prevents RSV in transplant patients."),
    (RSV, "The vaccine protected kidney transplant recipients from infection."),
    (PEAR, "PEAR-004 works."),
    (DOC, "Docetaxel clears the tumour."),
    (PEMF, "PEMF (a magnetic therapy) reduced pain."),
]

ADVICE = [
    (PREG, "Take pregabalin before surgery."),
    (FIT, "Children with asthma should exercise more."),
    (PREG, "Take morphine for the pain."),
    (PREG, "Please take pregabalin before any back operation."),
    (PEMF, "Try PEMF for your back pain."),
    (DOC, "Ask for docetaxel if your cancer comes back."),
    (FIT, "Kids with asthma must exercise every day."),
    (PREG, "People with a slipped disc should take pregabalin."),
    (RSV, "Adults with a kidney transplant should get the vaccine."),
    (DOC, "Patients with lung cancer should avoid sugar."),
]

FAITHFUL = [
    (DOC, "The study tests whether docetaxel reduces pain."),
    (DOC, "Docetaxel may reduce pain; that is what the study asks."),
    (DOC, "Docetaxel is given to see if it reduces pain."),
    (DOC, "The study asks whether docetaxel reduced pain more than bevacizumab."),
    (DOC, "Researchers will compare how much docetaxel reduced pain in each group."),
    (PEMF, "The study checks whether PEMF reduced pain compared with sham PEMF."),
    (PEMF, "PEMF might reduce pain, but no one knows yet."),
    (PEMF, "Does PEMF reduce pain? The study is meant to find out."),
    (PEMF, "The researchers want to learn if PEMF reduces pain."),
    (PEAR, "The study asks whether PEAR-004 reduces symptoms of schizophrenia."),
    (PEAR, "PEAR-004 could reduce symptoms, and the study will measure this."),
    (PEAR, "PEAR-004 is an app; the study will see if it helps."),
    (NARC, "The study checks whether TAK-861 keeps people awake during the day."),
    (NARC, "TAK-861 is designed to help people stay awake; whether it does is not known."),
    (NARC, "Participants will take TAK-861 by mouth each day."),
    (RSV, "The study asks whether the vaccine protects transplant patients from RSV."),
    (RSV, "The vaccine is meant to protect against RSV; the study measures antibody levels."),
    (RSV, "Researchers hope the vaccine might protect transplant patients."),
    (PREG, "Take the study tablets with food, as the team tells you."),
    (PREG, "Participants take pregabalin before surgery."),
    (PREG, "Participants will take pregabalin or a placebo before surgery."),
    (PREG, "Take pregabalin before surgery, as the study team tells you."),
    (PREG, "The study asks whether taking pregabalin before surgery reduces pain afterwards."),
    (PREG, "Some participants had taken pregabalin before; the record does not say it helped."),
    (FIT, "Bring your inhaler to each visit."),
    (FIT, "The study asks whether children with asthma should exercise more."),
    (FIT, "Children with asthma who join should bring their inhaler to each visit."),
    (FIT, "Children with asthma should be aged 8 to 16 to take part."),
    (FIT, "Children with asthma will exercise in a supervised programme during the study."),
    (FIT, "Use the diary the team gives you to record your symptoms."),
    (FIBRO, "Use the app every day during the study, as the team asks."),
    (FIBRO, "The app may reduce pain; the study will find out."),
    (CHEW, "Take food and drink as usual between meals."),
    (PREG, "Take placebo tablets only if the team gives them to you."),
    (DOC, "Docetaxel has been used for lung cancer before; this study tests it with others."),
]


@pytest.mark.parametrize(("trial", "text"), EFFICACY)
def test_named_treatment_benefit_is_flagged(trial: str, text: str) -> None:
    assert "claim.efficacy" in claim_codes(trial, text), text


@pytest.mark.parametrize(("trial", "text"), ADVICE)
def test_bare_order_and_class_advice_is_flagged(trial: str, text: str) -> None:
    assert "claim.advice" in claim_codes(trial, text), text


@pytest.mark.parametrize(("trial", "text"), FAITHFUL)
def test_faithful_twins_claim_nothing(trial: str, text: str) -> None:
    assert claim_codes(trial, text) == [], text
