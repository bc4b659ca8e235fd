"""Faithful sentences in many voices that no claim reader may flag.

Each sentence is one a careful patient-facing writer could put in a summary of its record:
what the study measures, its aims, background facts, procedures, who may join, what is
not yet known, pointers to posted results, the sponsor's part, and the idioms of testing
and comparing, written formally, chattily, to the reader, as bullets, as labelled lines,
as JSON-ish keys, under headings and as questions and answers. The readers were tuned on
the errors of the benchmark's sets; these cases hold them to wordings they were not tuned
on, so that a reader added for one set's error does not misfire on another set's
faithful text.
"""

from __future__ import annotations

import pytest

from summarizer.checks.core import Context
from summarizer.checks.facts import RecordFacts
from tests.checks_support import claim_codes, errors, record

PEMF = "NCT04049812.json"  # PEMF for radicular pain, completed, no results
PREG = "NCT00353704.json"  # pregabalin before spine surgery, results posted
LUMI = "NCT03608150.json"  # Luminopia One for amblyopia, children, results posted
ASTH = "NCT06863285.json"  # pharmacist telemedicine for asthma, not yet recruiting
FIBR = "NCT05962437.json"  # STANZA app for fibromyalgia, not yet recruiting
NARC = "NCT05816382.json"  # TAK-861 for narcolepsy, recruiting, Takeda
RSV = "NCT05921903.json"  # RSV vaccine after transplant, not yet recruiting, GSK
MONT = "NCT00712335.json"  # montelukast in smokers with asthma, results posted

CASES = [
    # what the study measures
    (PEMF, "The primary outcome is the success rate at 12 weeks."),
    (
        PEMF,
        "The main thing the researchers will measure is how bad the leg pain is, on a 10 cm scale.",
    ),
    (PEMF, "Researchers will count how many people are free of pain one month after treatment."),
    (PEMF, "They want to see whether symptoms improve after three weeks of treatment."),
    (PEMF, "The study also tracks the rate of side effects in both groups."),
    (PEMF, "Pain is scored on a line from 0 to 10, where 0 means no pain."),
    (PEMF, "Secondary outcomes include disability and quality of life."),
    (PEMF, "The team will compare pain scores between the real and the sham treatment."),
    (PEMF, "Outcome measures: pain (VAS), disability (RMDQ), quality of life (NHP)."),
    (PEMF, "Main outcome: change in pain from the start of treatment to one month after it."),
    (PEMF, "The study's success will be judged by the change in pain scores."),
    (PEMF, "What counts as success is a drop in the pain score on the 10 cm scale."),
    (PEMF, "It measures how much pain, disability and day-to-day difficulty people have."),
    (PEMF, "The researchers will look at whether PEMF makes a difference to pain."),
    (LUMI, "The main measure is how well the weaker eye can see after 12 weeks."),
    (LUMI, "Vision in each eye is checked at 4, 8 and 12 weeks."),
    (LUMI, "The study also records how often children actually use the headset."),
    (NARC, "The main measure is the number of participants who have at least one side effect."),
    (NARC, "The study will keep track of any side effects for up to about two years."),
    (RSV, "The main measure is how much the immune response rises after the second dose."),
    (RSV, "Blood samples show how many antibodies the body makes against the virus."),
    (
        ASTH,
        "The main outcomes are an asthma control score and how well people stick to their "
        "medicines, both after one month.",
    ),
    (MONT, "The main measure was the percentage of neutrophils in sputum at 24 weeks."),
    (FIBR, "The main measure is a questionnaire about how much fibromyalgia affects daily life."),
    # aims
    (PEMF, "The aim is to find out if PEMF helps with pain from a slipped disc."),
    (PEMF, "The study wants to learn whether PEMF is safe and whether it eases pain."),
    (PEMF, "Purpose: to test whether PEMF reduces leg pain caused by a herniated disc."),
    (PEMF, "We don't know yet whether this treatment works; that is what the study is for."),
    (PREG, "The goal was to see if pregabalin before surgery lowers pain and anxiety afterwards."),
    (
        NARC,
        "The main aim is to learn whether TAK-861 is safe and well tolerated over a longer time.",
    ),
    (RSV, "The study hopes to learn whether a second dose boosts the immune response."),
    (RSV, "The aim of the vaccine is to prevent serious chest infections caused by RSV."),
    (FIBR, "Researchers want to find out whether the app helps people manage fibromyalgia."),
    (
        FIBR,
        "The trial is designed to test if a self-guided app can reduce the impact of fibromyalgia.",
    ),
    (LUMI, "The study was set up to show whether Luminopia One is safe and works for amblyopia."),
    (
        ASTH,
        "The study asks whether advice from a pharmacist by phone and WhatsApp can improve asthma "
        "control.",
    ),
    # background facts
    (PREG, "Pregabalin is already used to treat nerve pain and anxiety."),
    (PREG, "Pregabalin is a newer medicine related to gabapentin."),
    (PEMF, "A herniated disc is a common cause of back and leg pain."),
    (PEMF, "PEMF is a painless treatment that uses magnetic fields."),
    (PEMF, "Few studies have looked at PEMF for this kind of pain."),
    (MONT, "Smoking can make asthma harder to control."),
    (MONT, "Montelukast is a tablet already used for asthma."),
    (LUMI, "Amblyopia, sometimes called lazy eye, is a common cause of poor vision in children."),
    (LUMI, "Glasses are the usual first treatment for amblyopia."),
    (FIBR, "Fibromyalgia causes long-lasting pain all over the body."),
    (NARC, "Narcolepsy makes people very sleepy during the day."),
    (RSV, "RSV usually causes a mild cold but can be serious in people who have had a transplant."),
    (ASTH, "Many people with asthma find it hard to use their inhalers the right way."),
    # procedures
    (PREG, "Participants take one capsule about an hour before surgery."),
    (PREG, "After surgery, everyone can give themselves morphine with a pump for 24 hours."),
    (PEMF, "Both groups also get a hot pack and TENS, as usual care."),
    (PEMF, "Neither you nor the staff will know whether your device is real or a sham."),
    (FIBR, "You will use the app for 15 to 20 minutes a day for 12 weeks."),
    (FIBR, "You will be asked to fill in questionnaires about your pain and mood."),
    (
        LUMI,
        "Children in the treatment group watch shows on a headset for one hour a day, six days a "
        "week.",
    ),
    (LUMI, "Children in the other group keep wearing their glasses as usual."),
    (ASTH, "A pharmacist will call or message you with advice about your inhaler."),
    (RSV, "Participants will get two doses of the vaccine and give blood samples."),
    (MONT, "Participants were asked to cough up a sample of sputum at some visits."),
    # neutral logistics
    (PEMF, "The study took 50 people in total."),
    (ASTH, "The study plans to enrol 140 people."),
    (NARC, "The study is running at 72 sites in 12 countries."),
    (PREG, "The study took place at one hospital in Norway."),
    # eligibility
    (
        PEMF,
        "You may be able to join if you are 18 to 65 and have had leg pain from a disc for at "
        "least 3 months.",
    ),
    (PEMF, "You can't take part if you are pregnant or have a pacemaker."),
    (NARC, "Who can join: people with narcolepsy who finished an earlier TAK-861 study."),
    (
        ASTH,
        "Can I join? You may be able to if you are over 11, have persistent asthma and use an "
        "inhaler.",
    ),
    (FIBR, "Adults aged 18 to 70 with fibromyalgia can take part."),
    (
        RSV,
        "Eligible: adults aged 50 or older, including people who have had a lung or kidney "
        "transplant.",
    ),
    # what is unknown
    (PEMF, "It is not yet known whether PEMF works for this kind of pain."),
    (FIBR, "Nobody knows yet if the app will help; the study is meant to find out."),
    (NARC, "Whether TAK-861 is safe over the long term is still being studied."),
    (ASTH, "It is too early to say whether the calls will make any difference."),
    (RSV, "It is not known yet whether a second dose gives better protection."),
    # results pointers (records with posted results)
    (PREG, "Results have been posted on ClinicalTrials.gov."),
    (
        LUMI,
        "The study has finished and its results are available on the ClinicalTrials.gov record.",
    ),
    (
        MONT,
        "Results: see the posted results on ClinicalTrials.gov; this summary does not describe "
        "them.",
    ),
    (PREG, "To find out what the study found, see the results section of its record."),
    # sponsor
    (NARC, "The study is paid for and run by Takeda, the company that makes TAK-861."),
    (RSV, "GlaxoSmithKline, the vaccine maker, sponsors the study."),
    (PEMF, "The study is led by Birkan Sonel Tur."),
    # idioms of testing, watching, comparing
    (PEMF, "The study puts PEMF to the test against a sham device."),
    (PEMF, "It is a head-to-head comparison of real and sham PEMF."),
    (NARC, "Doctors will keep a close eye on everyone for side effects."),
    (FIBR, "The app is being tried out against a comparison app and usual care."),
    (LUMI, "The headset treatment is weighed up against glasses alone."),
    (PREG, "Pregabalin was compared with a dummy capsule."),
    # labelled lines, JSON-ish keys, headings, questions and answers
    (PEMF, "Primary outcome: success rate at 12 weeks"),
    (PEMF, "Primary outcome measure: pain on a 10 cm visual analogue scale"),
    (PEMF, '"primaryOutcome": "pain score at 3 weeks"'),
    (PEMF, '{"outcome": "change in leg pain", "timeFrame": "one month"}'),
    (PEMF, "What is being measured?\nPain, disability and quality of life."),
    (PEMF, "## What the study measures\nPain scores, disability and quality of life."),
    (
        PEMF,
        "- Pain: scored from 0 to 10\n- Disability: a questionnaire\n- Quality of life: a "
        "questionnaire",
    ),
    (FIBR, "Q: Does the app work?\nA: That is what the study is trying to find out."),
    (FIBR, "Q: Will I be paid?\nA: The record does not say."),
    (NARC, "Safety: watched closely throughout the study."),
    (NARC, "Side effects: recorded at every visit."),
    (RSV, "Key question: does a second dose raise the immune response?"),
    (LUMI, "Results: posted on ClinicalTrials.gov."),
    (ASTH, "Status: not yet recruiting"),
    (PEMF, "Results: none posted."),
    (
        PEMF,
        "Why is this study being done? To learn whether PEMF eases leg pain from a slipped disc.",
    ),
    # second person and chatty
    (
        PEMF,
        "If you join, you'll get either the real treatment or a sham one, and you won't know "
        "which.",
    ),
    (
        PEMF,
        "So basically, they're checking if a magnetic field treatment can take the edge off "
        "sciatica pain.",
    ),
    (FIBR, "You'll be asked to keep a diary of how you feel."),
    (NARC, "Your study doctor will check in with you regularly."),
    (
        ASTH,
        "Think of it as a test of whether a chat with a pharmacist helps people keep their asthma "
        "in check.",
    ),
]

CASES += [
    # measures named with evaluative words, as outcome lists name them
    (PEMF, "Researchers will record the proportion of patients with a good response at one month."),
    (PEMF, "The main outcome is the number of people whose pain improves by at least 2 points."),
    (PEMF, "Improvement in pain is the main thing being measured."),
    (PEMF, "Benefit will be measured as a change in disability scores."),
    (PEMF, "The study looks at how effective PEMF is at reducing pain, compared with a sham."),
    (
        PEMF,
        "Effectiveness will be judged by pain scores three weeks and one month after treatment.",
    ),
    (
        NARC,
        "Safety is the main focus: how many people have side effects, and how serious they are.",
    ),
    (NARC, "The study will also look at whether daytime sleepiness gets better."),
    (
        RSV,
        "The study measures how safe the vaccine is and how well the immune system responds to it.",
    ),
    (LUMI, "Response to treatment will be measured as the change in vision in the weaker eye."),
    (
        FIBR,
        "Secondary outcomes include how much people feel they have changed, pain, mood and sleep.",
    ),
    (ASTH, "Results will be measured with an asthma control score after one month."),
    (ASTH, "Findings are expected after the study ends in 2025."),
    (PEMF, "Results have not been posted for this study."),
    (PEMF, "No results are available yet on ClinicalTrials.gov."),
    (FIBR, "Outcomes: impact of fibromyalgia on daily life (main), mood, pain and cost."),
    # aims worded with hope and benefit
    (
        FIBR,
        "The researchers hope to find out whether the app can ease pain and improve quality of "
        "life.",
    ),
    (
        RSV,
        "The hope is that a second dose will give people with a transplant a stronger immune "
        "response, but that is what the study will test.",
    ),
    (
        ASTH,
        "The idea is that better advice from a pharmacist might help people take their medicines "
        "as prescribed.",
    ),
    (
        PEMF,
        "If PEMF does help, it could offer another option for people with this kind of pain; the "
        "study will tell.",
    ),
    (NARC, "The study will help doctors learn more about the long-term safety of TAK-861."),
    (
        PREG,
        "The researchers thought pregabalin might reduce pain after surgery, and set out to test "
        "this.",
    ),
    # background with words readers key on
    (PEMF, "PEMF is described in the record as a non-invasive, painless treatment."),
    (PREG, "Earlier studies suggested that gabapentin can reduce pain after surgery."),
    (LUMI, "The usual treatments for lazy eye are glasses, patches or eye drops."),
    (
        RSV,
        "People who have had a transplant take medicines that weaken the immune system, so "
        "vaccines may work less well for them.",
    ),
    (FIBR, "There is no cure for fibromyalgia, and treatment aims to help people manage it."),
    (NARC, "TAK-861 is an experimental medicine; it is not approved for narcolepsy."),
    (
        MONT,
        "Inhaled steroids are the standard treatment for asthma, but they seem to work less well "
        "in smokers.",
    ),
    # procedures and commitments, second person
    (PEMF, "You'll have 15 sessions over three weeks."),
    (PREG, "You would be given either pregabalin or a placebo, chosen at random."),
    (LUMI, "Your child will need to come in for eye tests at 4, 8 and 12 weeks."),
    (FIBR, "You should be able to use a smartphone to take part."),
    (RSV, "You will need to give blood at some visits."),
    (ASTH, "You need to have a phone that can receive calls and messages."),
    (
        NARC,
        "You will have to stop taking part if your doctor thinks it is no longer right for you.",
    ),
    (PEMF, "You must not have had physical therapy for back pain in the last year."),
    # contact and decisions, neutral
    (FIBR, "If you are interested, talk to your doctor about whether this study is right for you."),
    (NARC, "Taking part is your choice, and you can leave the study at any time."),
    (ASTH, "Talk to your own doctor before making any change to your asthma medicines."),
    (PEMF, "Ask the study team any questions you have before deciding."),
    # study logistics
    (ASTH, "Everything happens at one site in Pakistan, plus calls and WhatsApp messages."),
    (FIBR, "About 360 people will be split into three groups."),
    (LUMI, "Around 22 sites in the United States took part."),
    (NARC, "It is a phase 2/3 study."),
    (RSV, "About 375 adults are expected to take part."),
    # labelled, keys, headings
    (NARC, "Study type: interventional\nPhase: 2/3\nStatus: recruiting"),
    (NARC, "Primary endpoint: number of participants with at least one side effect"),
    (RSV, '"primary_endpoint": "rise in RSV antibodies after the second dose"'),
    (
        RSV,
        '{"aim": "to learn whether a second dose increases the immune response", "status": "not '
        'yet recruiting"}',
    ),
    (LUMI, "Results posted: yes"),
    (PEMF, "Results posted: no"),
    (PEMF, "Has results: no"),
    (
        FIBR,
        "### Benefits and risks\nThe study may or may not help you. The app's risks are not "
        "described in the record.",
    ),
    (FIBR, "**Possible benefits:** unknown; the study is testing this."),
    (NARC, "**Risks:** TAK-861 can have side effects; the study is checking for them."),
    (PEMF, "Efficacy: not yet known"),
    (PEMF, "Safety: to be assessed"),
    (ASTH, "Expected outcome: a measure of asthma control, taken after one month"),
    (FIBR, "Q: Is the app safe?\nA: That is one of the things the study will check."),
    (NARC, "Q: Will TAK-861 cure my narcolepsy?\nA: Nobody knows; this study is about safety."),
    (ASTH, "Q: Does it cost anything?\nA: The record does not say."),
    # chatty
    (
        PEMF,
        "Long story short: they're testing whether a magnet-based treatment eases leg pain from a "
        "bad disc.",
    ),
    (
        FIBR,
        "Basically, it's an app, and they want to see if it makes living with fibromyalgia any "
        "easier.",
    ),
    (
        NARC,
        "So the deal is, people already in earlier TAK-861 studies can keep going, and the team "
        "watches for side effects.",
    ),
    (
        LUMI,
        "Kids watched their favourite shows through a special headset while the team kept track "
        "of their eyesight.",
    ),
]

CASES += [
    # everyday words that name a measure, a method or a background fact
    (
        LUMI,
        "The main measure is best-corrected visual acuity: how well the weaker eye sees with "
        "glasses on.",
    ),
    (PEMF, "How it works: the device sends gentle magnetic pulses to the lower back."),
    (PEMF, "Being pain-free one month after treatment is one of the things the team will look at."),
    (FIBR, "The study also looks at whether the app is cost-effective."),
    (FIBR, "The app was recently cleared by the US FDA, according to the record."),
    (LUMI, "Guidelines usually recommend glasses as the first step for amblyopia."),
    (PREG, "Pregabalin has fewer side effects than gabapentin, the record says."),
    (NARC, "TAK-861 has not been proven to work for narcolepsy; that is still being tested."),
    (
        ASTH,
        "Better asthma control is what the pharmacist's advice is meant to bring about; whether "
        "it does is the question.",
    ),
    (FIBR, "The study aims to better understand how the app affects pain, mood and sleep."),
    (RSV, "Vaccines help the body learn to fight an infection before it happens."),
    (MONT, "Smoking results in more neutrophils in the airways of some people with asthma."),
    (PEMF, "The treatment is given safely by trained staff in a clinic."),
    (NARC, "The doctors will stop the medicine if side effects become a worry."),
    # clinician letter, newsletter, text message, FAQ, table
    (ASTH, "Dear patient, we are writing to tell you about a study on asthma care by phone."),
    (FIBR, "This month's newsletter features a new study testing an app for fibromyalgia."),
    (
        PEMF,
        "hi - quick note: the PEMF study compared a real device with a sham one, 50 people, no "
        "results posted",
    ),
    (NARC, "FAQ\nHow long is the study? Up to about two years.\nWho runs it? Takeda."),
    (PEMF, "| Measure | When |\n| Pain | 3 weeks |\n| Pain | 1 month |"),
    (RSV, "Two doses, blood tests, and a check on side effects: that's the study in a nutshell."),
    (LUMI, "Parents kept a record of how long their child used the headset each day."),
    (
        PREG,
        "In short: pregabalin or a dummy capsule before back surgery, then pain and morphine use "
        "were measured.",
    ),
    (FIBR, "Interested? Ask your doctor whether the study is a good fit for you."),
    (NARC, "Want to know more? The study's record lists its sites and contacts."),
]

CASES += [
    (FIBR, "Is the app safe? We don't know yet; the study will check."),
    (NARC, "Does TAK-861 work? It is too early to say."),
    (PEMF, "Will this treatment help my sciatica? Nobody knows yet."),
    (RSV, "Will a second dose protect me better? That is what the study will find out."),
    (PEMF, "Does PEMF reduce pain? The study was set up to find out, and no results are posted."),
    (LUMI, "Did it work? The results are posted on ClinicalTrials.gov."),
    (NARC, "Is it approved? No, TAK-861 is still experimental."),
    (ASTH, "Will it cost me anything? The record does not mention costs."),
    (FIBR, "Can I stop my usual treatment? No, you continue your usual care during the study."),
    (PEMF, "Pain relief: to be measured at 3 weeks and at one month."),
    (NARC, "Benefit: unknown. Risk: side effects of an experimental drug."),
    (PEMF, "Expected benefit: none promised."),
    (PEMF, "The researchers expect to compare pain scores between groups at one month."),
    (RSV, "Researchers expect to enrol about 375 adults."),
    (PEMF, "Will I be paid for taking part?\nThe record doesn't say."),
    (PREG, "The findings are posted on ClinicalTrials.gov for anyone who wants to read them."),
    (FIBR, "You should have been diagnosed with fibromyalgia to take part."),
]

# The claim readers' part of two register cases whose other findings are known false flags
# of modules these readers do not own (see REGISTERS): a guide's numbered stop is no order
# to stop, and what people with an illness don't do is no order not to.
CASES += [
    (
        LUMI,
        "Stop 7. The headset before you was used in a study of 117 children with lazy eye, "
        "carried out across 22 sites in the United States.",
    ),
    (LUMI, "Stop no. 3: the eye chart used at each visit."),
    (
        ASTH,
        "The idea behind it: many people with asthma don't take their inhalers as prescribed, "
        "and a pharmacist might help.",
    ),
    (MONT, "Smokers often do not use their inhalers the way they were shown."),
]


@pytest.mark.parametrize(("trial_name", "text"), CASES)
def test_faithful_sentence_is_no_claim(trial_name: str, text: str) -> None:
    assert claim_codes(trial_name, text) == [], text


# The same readers still catch the claim each faithful wording above stops short of: a
# measure's name is not a rate claimed, a question is not its yes, a rule is not advice.
STILL_CLAIMS = [
    (PEMF, "The treatment has a 95 percent success rate.", "claim.promotional"),
    (PEMF, "Success rate: 95 percent.", "claim.promotional"),
    (PEMF, "It boasts a high success rate.", "claim.promotional"),
    (PEMF, "The outcome was a success.", "claim.results"),
    (FIBR, "Will I be paid? Yes, for every visit.", "claim.payment"),
    (FIBR, "You will be paid for your time.", "claim.payment"),
    (NARC, "Will TAK-861 cure my narcolepsy? Yes, it will.", "claim.efficacy"),
    (NARC, "TAK-861 cures narcolepsy.", "claim.efficacy"),
    (ASTH, "You should join today.", "claim.advice"),
    (ASTH, "You will have to stop your inhaler before you join.", "claim.advice"),
    (ASTH, "Don't take your inhaler on the morning of a visit.", "claim.advice"),
    (ASTH, "People with asthma: don't stop your inhaler.", "claim.advice"),
    (ASTH, "Patients, do not use your inhaler before the call.", "claim.advice"),
    (LUMI, "Stop the glasses and use the headset instead.", "claim.advice"),
    (LUMI, "Stop. Join this study today.", "claim.advice"),
]


@pytest.mark.parametrize(("trial_name", "text", "code"), STILL_CLAIMS)
def test_claim_next_to_a_faithful_wording_is_still_caught(
    trial_name: str, text: str, code: str
) -> None:
    assert code in claim_codes(trial_name, text), text


# A label names its field in either order, and a count under a recruiting label is the
# enrollment: the field checks then read these items with no reading of their own.
@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Age max: 70", "maximum_age"),
        ("age_max: 70", "maximum_age"),
        ("Age (upper): none", "maximum_age"),
        ("Max age: 70", "maximum_age"),
        ("Ages: 16 to 70", "ages"),
        ("Recruitment: 160", "enrollment"),
        ("| Recruitment | about 160 |", "enrollment"),
        ('{"recruitment": "160"}', "enrollment"),
        ("Recruitment: open", "status"),
        ("Recruitment status: recruiting", "status"),
        ('{"accessStatus": "no longer available"}', "status"),
    ],
)
def test_label_names_its_field(text: str, field: str) -> None:
    trial = record(NARC)
    ctx = Context(trial=trial, text=text, facts=RecordFacts(trial))
    assert [item.field for item in ctx.labelled_items] == [field], text


# Registers the cases above do not cover: a school newsletter, a parish notice, a recipe
# card, a tweet thread, a phone call written down, a museum audio guide, an all-caps memo
# of "Label: value" lines, em-dash bullets, texting shorthand, ISO and ordinal dates and
# numbers in words. Each states its record's facts as the record gives them, so no error
# of any check (not the claim readers alone) may fire on it.
REGISTERS = [
    # school newsletter
    (
        LUMI,
        "From the school nurse: a study called the Luminopia One Amblyopia Vision Improvement "
        "Study looked at a headset for lazy eye in children aged 4 to 7.",
    ),
    (
        LUMI,
        "Parents may like to know that the study has finished and its results are posted on "
        "ClinicalTrials.gov.",
    ),
    (
        LUMI,
        "In the study, children in the headset group watched shows for 1 hour a day, 6 days a "
        "week, for 12 weeks.",
    ),
    pytest.param(
        ASTH,
        "Newsletter corner: a study of pharmacist advice by phone for asthma is planned in "
        "Pakistan and is not yet recruiting.",
    ),
    (
        ASTH,
        "Pupils over 11 with persistent asthma who use an inhaler may be able to join once it "
        "opens.",
    ),
    # parish or church notice
    pytest.param(
        NARC,
        "Notices this week: a study of TAK-861 for narcolepsy, run by Takeda, is recruiting "
        "people aged 16 to 70 who took part in an earlier TAK-861 study.",
    ),
    (
        RSV,
        "Parish notice: a vaccine study for adults aged 50 and over who have had a lung or "
        "kidney transplant is due to start; it is not yet recruiting.",
    ),
    (
        RSV,
        "Anyone interested is welcome to ask their own transplant doctor about it after the "
        "service.",
    ),
    (
        FIBR,
        "Please keep in your prayers all those living with fibromyalgia; a study of a "
        "smartphone app for it is planned in Spain.",
    ),
    # recipe card
    (
        PREG,
        "Ingredients: one capsule of pregabalin 150 mg or a dummy capsule, taken by mouth.",
    ),
    (PREG, "Method: the capsule is given about one hour before spine surgery."),
    (
        PREG,
        "Serves: 50 adults having surgery for a slipped disc at one hospital in Norway.",
    ),
    (
        LUMI,
        "Prep time: 1 hour a day, 6 days a week.\nTotal time: 12 weeks.",
    ),
    (
        FIBR,
        "You will need: a smartphone, Spanish, and a diagnosis of fibromyalgia.",
    ),
    # tweet thread
    (
        PEMF,
        "1/ Thread on a small trial: 50 adults with leg pain from a herniated disc got either "
        "real or sham PEMF.",
    ),
    (
        PEMF,
        "2/ Both groups also got a hot pack and TENS. Pain was scored at 3 weeks and one month "
        "after treatment.",
    ),
    (PEMF, "3/ The study is completed, but no results have been posted. #ClinicalTrials"),
    (
        NARC,
        "🧵 Takeda's TAK-861 extension study is recruiting at 72 sites in 12 countries. "
        "Main focus: side effects over up to 104 weeks.",
    ),
    (
        RSV,
        "New study alert 🚨 GSK plans to enrol about 375 adults aged 50+ to test 1 vs 2 doses "
        "of an RSV vaccine after a lung or kidney transplant.",
    ),
    # phone call transcript
    (
        ASTH,
        "Caller: Is the asthma study open yet?\nCoordinator: Not yet, it is not yet recruiting.",
    ),
    (
        ASTH,
        "Caller: What would I have to do?\nCoordinator: A pharmacist would counsel you by "
        "phone or WhatsApp, and you'd fill in an asthma control score after one month.",
    ),
    (
        NARC,
        "Caller: How long does it last?\nNurse: You could take TAK-861 for up to 104 weeks, with "
        "a check-up four weeks after the last dose.",
    ),
    (
        FIBR,
        "Caller: Does the app actually help?\nResearcher: Honestly, we don't know yet. That's "
        "what the study is for.",
    ),
    (
        RSV,
        "Caller: Will I get one shot or two?\nNurse: Some transplant patients get one dose and "
        "some get two, chosen at random.",
    ),
    # museum audio guide
    pytest.param(
        LUMI,
        "Stop 7. The headset before you was used in a study of 117 children with lazy eye, "
        "carried out across 22 sites in the United States.",
    ),
    pytest.param(
        PEMF,
        "Audio guide, item 12: a pulsed electromagnetic field device, studied in adults with "
        "chronic leg pain from a disc in the lower back.",
    ),
    (
        MONT,
        "As you walk on, note that this study, in South Korea, compared montelukast with "
        "inhaled steroids in smokers with asthma.",
    ),
    # all-caps memo with Label: value lines
    (
        NARC,
        "MEMO\nTO: CLINIC STAFF\nRE: TAK-861 EXTENSION STUDY\nSTATUS: RECRUITING\nSPONSOR: TAKEDA",
    ),
    (
        RSV,
        "STUDY: RSV VACCINE AFTER TRANSPLANT\nPHASE: 2\nSTATUS: NOT YET RECRUITING\nSPONSOR: "
        "GLAXOSMITHKLINE",
    ),
    (PEMF, "STATUS: COMPLETED\nRESULTS: NOT POSTED\nENROLMENT: 50"),
    (FIBR, "AGES: 18 TO 70\nCOUNTRY: SPAIN\nSITES: 2"),
    (MONT, "PRIMARY OUTCOME: SPUTUM NEUTROPHIL PERCENTAGE\nTIME FRAME: 24 WEEKS"),
    (PREG, "RESULTS: POSTED ON CLINICALTRIALS.GOV"),
    # em-dash bullets
    (
        PEMF,
        "— Who: adults aged 18 to 65\n— What: real or sham PEMF, plus hot pack and TENS\n"
        "— Status: completed",
    ),
    (
        FIBR,
        "— Three groups: the STANZA app, a symptom tracker app, or usual care alone\n— About "
        "360 people\n— Not yet recruiting",
    ),
    (
        NARC,
        "— Main measure: how many people have at least one side effect\n— Follow-up: about "
        "108 weeks in all",
    ),
    (
        ASTH,
        "— Sponsor: Hamdard University\n— Planned size: 140 people\n— Main measures: asthma "
        "control and medication adherence",
    ),
    (
        LUMI,
        "— Ages 4 to 7\n— Headset or glasses alone\n— Results posted",
    ),
    # texting shorthand
    (
        NARC,
        "hey so the TAK-861 study is recruiting, u need to be 16-70 & have done an earlier "
        "TAK-861 study",
    ),
    (FIBR, "if ur 18-70 yrs & have fibromyalgia u might be able to join, ask ur doctor"),
    (
        PEMF,
        "fyi the PEMF study is done but no results posted yet, so nobody knows if it works",
    ),
    (RSV, "u have to be 50+ yrs to join, & it's not recruiting yet"),
    (ASTH, "asthma study: 140 ppl, over 11 yrs, not yet recruiting, based in Pakistan"),
    (
        LUMI,
        "kids 4-7 yrs w lazy eye, 1 hr a day on the headset, 6 days a wk, 12 wks",
    ),
    # ISO dates
    (PEMF, "Start: 2016-03-01\nCompletion: 2018-03-31"),
    (LUMI, "The study ran from 2019-01-16 to 2020-07-31."),
    (NARC, "Started 2023-04-05; expected to finish 2026-12-31."),
    (ASTH, "Planned start: 2025-03-20. Planned completion: 2025-05-20."),
    (RSV, "Expected start 2023-07-31, expected completion 2025-08-13."),
    # ordinal dates
    (PEMF, "The study began on 1st March 2016 and was completed on 31st March 2018."),
    (LUMI, "The study started on 16th January 2019 and ended on 31st July 2020."),
    (
        NARC,
        "Recruitment began on 5th April 2023, and the study is expected to end on 31st "
        "December 2026.",
    ),
    (ASTH, "The study is expected to start on 20th March 2025."),
    (RSV, "The study is planned to start on 31st July 2023."),
    (FIBR, "It is due to start on 1st January 2024 and end on 31st December 2025."),
    # numbers spelled out
    (PEMF, "Fifty adults took part in the study."),
    (PREG, "Fifty people took part, all at one hospital in Norway."),
    (LUMI, "One hundred and seventeen children took part at twenty-two sites."),
    (ASTH, "The study plans to enrol one hundred and forty people."),
    (FIBR, "Three hundred and sixty adults are expected to take part, at two sites in Spain."),
    (NARC, "About one hundred and sixty people are expected to join."),
    (RSV, "Around three hundred and seventy-five adults will take part."),
    (MONT, "One hundred and five people took part."),
    (PEMF, "People aged eighteen to sixty-five could join."),
    (NARC, "People aged sixteen to seventy may be able to join."),
    (LUMI, "Children aged four to seven could take part."),
    (MONT, "The main measure was taken after twenty-four weeks."),
    # describing what is measured, in new voices
    (
        PEMF,
        "Think of the pain score as a ruler: 10 cm long, and you mark how much your leg hurts.",
    ),
    (
        MONT,
        "The researchers looked at the share of neutrophils, a type of white blood cell, in "
        "sputum after 24 weeks.",
    ),
    (
        PREG,
        "Pain at rest was scored two hours after surgery, and morphine use was totted up over "
        "four hours.",
    ),
    (
        RSV,
        "Blood tests compare antibody levels after the second dose with those after the first.",
    ),
    (
        FIBR,
        "The main questionnaire asks how much fibromyalgia gets in the way of everyday life, "
        "over about six months.",
    ),
    (
        NARC,
        "The team also checks how long people can stay awake in a quiet room, and how sleepy "
        "they feel.",
    ),
    # why it is done
    (
        MONT,
        "Why this study? Inhaled steroids seem to work less well in smokers, and the team wanted "
        "to learn why.",
    ),
    (
        PREG,
        "The reason for the study: to find out whether pregabalin before surgery reduces pain "
        "and anxiety.",
    ),
    (
        RSV,
        "Transplant patients may respond less to vaccines, so the study tests whether a second "
        "dose raises the response.",
    ),
    pytest.param(
        ASTH,
        "The idea behind it: many people with asthma don't take their inhalers as prescribed, "
        "and a pharmacist might help.",
    ),
    # what joining involves
    (
        FIBR,
        "Joining means using an app on your phone for about 8 weeks, then 4 more weeks to keep "
        "practising, and filling in questionnaires.",
    ),
    (
        NARC,
        "If you join, you'll take TAK-861 tablets and come to study visits so that doctors can "
        "check for side effects.",
    ),
    (RSV, "You'd get the vaccine as a shot in the arm muscle and give blood at some visits."),
    (
        PEMF,
        "Taking part meant treatment with either a real or a sham device, plus a hot pack and "
        "TENS.",
    ),
    (
        LUMI,
        "Families joining the study came back for eye tests at 4, 8 and 12 weeks.",
    ),
    # questions for one's own doctor
    (
        NARC,
        "Questions you might ask your doctor: Is this study a good fit for me? What happens to my "
        "other medicines?",
    ),
    (
        FIBR,
        "Things to ask your doctor:\n— Would I keep my usual treatment?\n— How much time would "
        "the app take?",
    ),
    (RSV, "Ask your transplant team whether you could take part."),
    (ASTH, "If you're unsure, your own doctor can help you decide whether to look into it."),
    # results not known yet
    (FIBR, "Results: not known yet; the study has not started."),
    (NARC, "The study is still going, so there are no results yet."),
    (RSV, "No results yet - the study hasn't begun recruiting."),
    (ASTH, "We won't know whether the pharmacist calls help until the study is done."),
    (PEMF, "The study ended in 2018, but its results have not been posted."),
    (
        MONT,
        "What did it find? The results are posted on ClinicalTrials.gov; this summary does not "
        "go into them.",
    ),
    # mixed registers and layouts
    (
        PEMF,
        "Recipe for a fair test: take 50 adults, split them at random, give half a sham device, "
        "and keep everyone in the dark.",
    ),
    (
        NARC,
        "Q&A\nQ: Who pays for the study?\nA: Takeda.\nQ: Is TAK-861 approved?\nA: No, it is "
        "still being tested.",
    ),
    (LUMI, "Sponsor — Luminopia. Status — completed. Results — posted."),
    (
        PREG,
        "Dear colleagues, please note a completed phase 4 study of pregabalin before spine "
        "surgery, with results on ClinicalTrials.gov.",
    ),
    (
        FIBR,
        "Hola! A Spanish-language app study for fibromyalgia, with Fundació Sant Joan de Déu as "
        "sponsor, is coming soon.",
    ),
    (
        RSV,
        "Some groups get one dose and one group gets two; healthy adults aged 50 and over get "
        "one dose for comparison.",
    ),
    (
        MONT,
        "For the record: 105 adults aged 18 to 45, one site in South Korea, finished in 2011.",
    ),
    (
        ASTH,
        "The control group gets no extra pharmacist contact during the study, for comparison.",
    ),
]


@pytest.mark.parametrize(("trial_name", "text"), REGISTERS)
def test_faithful_sentence_in_a_new_register_is_not_flagged(trial_name: str, text: str) -> None:
    assert errors(record(trial_name), text) == [], text


# Registers a new writer brings (round 27): formal impersonal prose, instructions to staff
# on how to describe a study, posters with arrow and emoji bullets, questions and answers,
# British and American spellings, the passive, hedged aims, what volunteers are asked to do,
# what is not known or not promised, consent, side effects watched for, and the study's time
# windows as its rules. Records of every kind: withdrawn, terminated, observational, for
# children, drug, device, radiation and behavioural. FIXED27 were flagged by a claim reader
# before its fix: a rule the study sets its own people ("Participants must book a screening
# visit within 28 days", "veterans who joined had to stop taking prazosin"), a wording the
# writer is told to keep out ("Avoid saying that X cures"), "neither" as a denial, an order
# about the page, telling the study doctor, payment as the subject of a denial, and facts
# handed over ("gave information about depression") as no change in health.
DENT = "NCT00973089.json"  # caries removal in children's teeth, withdrawn, no one enrolled
DOCB = "NCT02179567.json"  # docetaxel plus bevacizumab, people aged 70+, terminated
VO2 = "NCT04650464.json"  # fitness of children with asthma, observational, completed
CHEW = "NCT05594173.json"  # chewing of solid food, observational, results posted
FLU = "NCT02967393.json"  # two flu vaccines in children with asthma, results posted
NW = "NCT03795987.json"  # NightWare watch for PTSD nightmares, device, single group
AZD = "NCT05809934.json"  # AZD2693 for NASH, recruiting, placebo-controlled, AstraZeneca
WOE = "NCT05486611.json"  # W-GenZD app for teens with depression, terminated
PROT = "NCT03281889.json"  # bone-sparing proton radiation in children, recruiting
ILD = "NCT00258583.json"  # lung disease registry, observational, recruiting
SCHZ = "NCT03751280.json"  # PEAR-004 app in schizophrenia, results posted

FIXED27 = [
    (
        NW,
        "Avoid saying that NightWare cures nightmares; the study only gave early estimates of "
        "safety and benefit.",
    ),
    (FLU, "Neither vaccine was expected to work better than the other in this study."),
    (AZD, "Participants must book a screening visit within 28 days."),
    (PROT, "Avoid the word 'cure' when describing proton therapy to families."),
    (AZD, "Volunteers have to stop taking certain medicines that affect the liver before joining."),
    (NW, "Veterans who joined had to stop taking prazosin first."),
    (AZD, "You must not be pregnant or breastfeeding."),
    (AZD, "You should tell the study doctor about all medicines you take."),
    (AZD, "Stop reading here if you only want the key facts."),
    (SCHZ, "Payment for taking part is not mentioned in the record."),
    (WOE, "The comparison app gave information about depression but no therapy."),
    # a rule for those taking part, the study's people switching over, a hypothesis
    (AZD, "Those taking part should not start any new medicine without asking the study team."),
    (NARC, "Participants will switch from the earlier study straight into this one."),
    (NARC, "People switch to TAK-861 in this extension after finishing an earlier study."),
    (NW, "The investigators hypothesised a significant improvement in sleep quality."),
    # the reader's own question, with no yes after it
    (
        NARC,
        "Will I need to stop taking my other narcolepsy medicines? The record does not say.",
    ),
    (ASTH, "Do I have to stop taking my usual medicines? Not known; ask the study team."),
    (
        NARC,
        "Q: Should I stop taking my other medicines before joining?\nA: The record does not "
        "say; ask the study doctor.",
    ),
]
SAMPLE27 = [
    (
        DENT,
        "The investigators proposed to compare the success rate of the two approaches over three "
        "years.",
    ),
    (
        DENT,
        "Whether leaving a thin layer of caries is as successful as removing it completely "
        "remains unknown.",
    ),
    (
        DOCB,
        "Docetaxel and bevacizumab were each administered intravenously on day 1 of every "
        "three-week cycle.",
    ),
    (DOCB, "The principal outcome was the overall response rate, assessed at week 9."),
    (
        DOCB,
        "The study does not establish whether the combination is effective in elderly patients.",
    ),
    (
        VO2,
        "Children aged 5 to 18 years performed an exercise test in one of two laboratories in "
        "France.",
    ),
    (CHEW, "Results have been posted on ClinicalTrials.gov."),
    (AZD, "Staff must not promise any benefit from taking part."),
    (
        AZD,
        "» Who: adults aged 18 to 75 with NASH and liver fibrosis\n» What: AZD2693 or placebo, as "
        "an injection under the skin once a month\n» Status: recruiting",
    ),
    (
        PROT,
        "✅ Children and young people aged 3 to 18\n✅ Brain tumour needing radiation to the brain "
        "and spine\n✅ Now recruiting",
    ),
    (
        WOE,
        "▶ Teens aged 13 to 17 with symptoms of depression\n▶ An app called W-GenZD or an "
        "education app\n▶ Stopped early",
    ),
    (DOCB, "► Phase 2\n► 26 people\n► Terminated"),
    (DENT, "Q: Can my child join?\nA: No. The study was withdrawn and never enrolled anyone."),
    (
        AZD,
        "Q: Will I know whether I am getting the real drug?\nA: No. Neither you nor the study "
        "team will know.",
    ),
    (WOE, "Q: Why did the study stop?\nA: The record does not give a reason."),
    (CHEW, "Q: Was anyone treated?\nA: No. Healthy volunteers chewed and swallowed test foods."),
    (AZD, "Participants are randomized to one of two doses of AZD2693 or to placebo."),
    (
        VO2,
        "The study was carried out in paediatric exercise laboratories in Montpellier and "
        "Palavas-les-Flots.",
    ),
    (WOE, "Randomisation assigned teenagers to one of two apps."),
    (DOCB, "Patients were treated every three weeks until the end of the planned cycles."),
    (PROT, "Proton radiation is given once daily, five days per week."),
    (AZD, "Liver biopsies are taken to judge whether NASH has resolved after 52 weeks."),
    (
        WOE,
        "Depression symptoms were measured with a questionnaire for teens at 2, 4, 6 and 8 weeks.",
    ),
    (
        AZD,
        "The study aims to find out whether AZD2693 can clear NASH without making liver scarring "
        "worse.",
    ),
    (
        PROT,
        "The research is trying to learn whether sparing the bones of the spine is feasible with "
        "proton therapy.",
    ),
    (
        CHEW,
        "The aim was to understand how people chew and process solid foods of different textures.",
    ),
    (
        VO2,
        "Researchers wanted to know whether children with asthma are less fit than healthy "
        "children.",
    ),
    (
        DOCB,
        "The trial sought to assess how well the combination works and how safe it is in older "
        "patients.",
    ),
    (
        CHEW,
        "Volunteers were asked to swallow foods of three different textures while measurements "
        "were taken.",
    ),
    (
        AZD,
        "Participants will be asked to have a liver biopsy before starting and again after 52 "
        "weeks.",
    ),
    (AZD, "Volunteers will be asked to come to the clinic once a month for an injection."),
    (FLU, "Parents were asked to take peak flow readings at home and to fill in a memory aid."),
    (AZD, "It is not yet known whether AZD2693 works."),
    (DENT, "There is no information from this study about which approach is better."),
    (AZD, "Taking part does not guarantee any improvement in your liver."),
    (PROT, "The study cannot promise that the new technique will protect growth."),
    (WOE, "The app is not meant to replace care from a doctor or therapist."),
    (AZD, "Before anything is done, you will be asked to read and sign a consent form."),
    (
        PROT,
        "Parents sign a consent form, and children agree to take part where they are old enough.",
    ),
    (FLU, "Reactions at the injection site and fever were recorded for 14 days after vaccination."),
    (DOCB, "Safety was checked every three weeks for up to 18 weeks."),
    (NW, "Any side effects of wearing the watch were noted during the study."),
    (AZD, "The liver biopsy must have been taken no more than 6 months before randomisation."),
    (FLU, "Children who had received another vaccine within 14 days could not be vaccinated."),
    (WOE, "Teens on antidepressants had to be on a stable dose for at least 60 days."),
    (AZD, "Screening must be completed before the first injection."),
    (AZD, "Visits must take place within 3 days of the scheduled date."),
    (DOCB, "The sponsor was the Hellenic Oncology Research Group."),
    (
        CHEW,
        "Texture-modified foods are often used for people with swallowing problems, but how they "
        "work is not well understood.",
    ),
    (NW, "Nightmares are common in people with PTSD and can disturb sleep."),
    (DENT, "The study was planned at one site in Israel by Hadassah Medical Organization."),
    (WOE, "Only 6 teenagers took part before the study was stopped."),
    (AZD, "You may be eligible if you are between 18 and 75 and carry the PNPLA3 148M variant."),
    (CHEW, "The study did not test any treatment for swallowing problems."),
    (
        AZD,
        "Those who take part receive either AZD2693 or a salt-water placebo, given under the skin.",
    ),
    (AZD, "People taking part will need to attend the clinic for injections."),
    (WOE, "Teens using the app will be encouraged to chat with it for a few minutes each day."),
    (FLU, "Families were required to complete home peak flow measurements for 15 days."),
    (
        PROT,
        "Patients are required to have a brain tumour that needs radiation to the brain and spine.",
    ),
    (AZD, "Participants are expected to avoid heavy drinking during the study."),
    (VO2, "The exercise test lasted about ten minutes."),
    (
        CHEW,
        "The study was funded in part by the National Institute on Deafness and Other "
        "Communication Disorders.",
    ),
    (DENT, "Removing all decay can mean a larger filling and treatment of the nerve of the tooth."),
    (
        PROT,
        "There is no cost to families for study-specific scans? That is not stated in the record.",
    ),
    (AZD, "Please note: the study drug has not been approved by any regulator."),
    (WOE, "For the study team: remind families that symptoms are checked at each visit."),
    (AZD, "Participants will be told if new safety information becomes available."),
    (CHEW, "Sensors attached to the skin with medical adhesive recorded swallowing."),
    (FLU, "Do not say that one vaccine is safer than the other."),
    (DOCB, "Do not imply that the combination improved survival; no results were posted."),
    (AZD, "Participants must attend every monthly visit."),
    (AZD, "Participants should not start new medicines without telling the study team."),
    (AZD, "Volunteers must not donate blood during the study."),
    (AZD, "During the study, participants will have to keep a diary of any symptoms."),
    (AZD, "Anyone taking part must be willing to have two liver biopsies."),
    (NW, "The team expected that NightWare might improve sleep, but this needed testing."),
    (SCHZ, "Researchers wanted to find out whether the app helped people with schizophrenia."),
    (VO2, "The researchers suspected that children with asthma might be less fit."),
    (SCHZ, "The results are posted, but this summary does not say what they showed."),
    (PREG, "This summary does not report whether pregabalin reduced pain."),
    (AZD, "There is no guarantee that taking part will benefit you."),
    (AZD, "Being in the study may not help you personally, but it may help others in the future."),
    (NW, "No one can say yet whether NightWare will help every veteran."),
    (PROT, "It is possible that the new approach will not work as hoped."),
    (FLU, "Neither vaccine is promised to prevent flu in every child."),
    (WOE, "Too few teens took part to draw any conclusions."),
    (AZD, "Injection-site reactions, such as redness or swelling, are watched for."),
    (NW, "The study recorded any problems with the watch, such as skin irritation."),
    (SCHZ, "Any unwanted effects of using the app were recorded."),
    (AZD, "Informed consent is obtained before any study procedures."),
    (PROT, "Children over 7 are usually asked to give their own assent."),
    (NW, "Sleep quality was scored at the start and again after 60 days."),
    (SCHZ, "➡️ Completed study\n➡️ Adults aged 18 to 65 with schizophrenia\n➡️ Results posted"),
    (AZD, "⭐ Key facts ⭐\nPhase 2 · Placebo-controlled · 232 participants"),
    (VO2, "» No treatment given\n» Exercise test only\n» 446 children"),
    (AZD, "Q: Could I get a placebo?\nA: Yes. One of the three groups gets placebo."),
    (AZD, "Q: Do I have to stay in the study?\nA: No, you can leave at any time."),
    (
        PROT,
        "Q: Is proton therapy new?\nA: Proton therapy is approved, but this bone-sparing approach "
        "is being studied.",
    ),
    (NW, "Q: Was there a placebo group?\nA: No, everyone used the device."),
    (FLU, "Q: Were the vaccines experimental?\nA: No, both are licensed flu vaccines."),
    (SCHZ, "The trial examined whether adding the app to usual treatment improved symptoms."),
    (VO2, "Maximal oxygen uptake was measured during a cardiopulmonary exercise test."),
    (
        AZD,
        "The study is recruiting adults with fatty liver disease and fibrosis in centres across "
        "23 countries.",
    ),
    (WOE, "Anxiety was assessed with the GAD-7 questionnaire; behaviour was not a focus."),
    (SCHZ, "Participants used a smartphone app alongside their usual treatment."),
    (ILD, "Volunteers give a blood sample and may be asked to complete breathing tests."),
    (FLU, "Parents were asked to use a digital peak flow meter at home twice a day."),
    (PROT, "Children will be asked to lie still during each treatment session."),
    (CHEW, "Participants chewed each food while sensors recorded their jaw movements."),
    (ILD, "The registry is open to adults aged 18 and over with interstitial lung disease."),
    (AZD, "The study compares two doses of AZD2693 with placebo."),
    (NW, "The investigators believed the device could help, which is why they tested it."),
    (
        PROT,
        "The hope is that sparing the spine will help children grow normally, but this is not yet "
        "known.",
    ),
    (FLU, "One group received Flucelvax and the other Fluarix."),
    (AZD, "You must be between 18 and 75 years old."),
    (AZD, "Please read the information sheet carefully before deciding."),
    (AZD, "Use this leaflet alongside the official record."),
    (DOCB, "Take note: results were not posted."),
    (AZD, "Keep in mind that half of the groups get a different dose."),
    (NARC, "It is important to note that TAK-861 has not been approved."),
    (
        NARC,
        "Takeda pays for the study; taking part does not cost participants anything? The record "
        "does not say.",
    ),
    (NARC, "The study drug is taken by mouth as tablets."),
    (ASTH, "People taking part keep using their usual asthma medicines."),
    (
        ASTH,
        "The study aims to find out whether counselling by a pharmacist helps people take their "
        "inhalers as prescribed.",
    ),
    (AZD, "The study hopes AZD2693 will reduce liver fat, but this has not been shown."),
    (
        AZD,
        "The team will compare the groups to see if fewer people have worsening scarring on "
        "AZD2693.",
    ),
    (
        AZD,
        "If NASH clears up in more people on AZD2693 than on placebo, that would suggest the drug "
        "works; the study will tell.",
    ),
    (SCHZ, "The app is used in addition to, not instead of, usual treatment."),
    (FLU, "The study did not test whether the vaccines prevent flu."),
    (NW, "Participants continued their usual PTSD care during the study."),
    (
        PROT,
        "Radiation can affect how tall children grow; this study looks at whether sparing the "
        "spine helps.",
    ),
    (
        DOCB,
        "Patients received treatment until their disease got worse or side effects became too "
        "severe? The record lists up to 18 weeks of safety checks.",
    ),
    (WOE, "The app is a chatbot that uses ideas from cognitive behavioural therapy."),
    (CHEW, "People who wear dentures could not take part."),
    (ILD, "The registry keeps information for future research; it does not test a treatment."),
    (
        DENT,
        "Children in the test group would have had a thin layer of decay left under a sealed "
        "filling.",
    ),
    (AZD, "Remind participants to bring their medicine list to each visit."),
    (AZD, "Tell participants to contact the site if they feel unwell."),
    (FLU, "Remind parents to take the peak flow readings every day."),
    (LUMI, "👓 Glasses alone vs 📺 headset plus glasses"),
    (LUMI, "The headset shows cartoons and films; the children watched them for an hour a day."),
    (LUMI, "Children were asked to keep wearing their glasses full-time."),
    (LUMI, "Children in both groups continued to wear glasses."),
    (
        PROT,
        "The FDA has not approved proton radiation for this specific use, though it is approved "
        "for other uses.",
    ),
    (FLU, "Researchers counted severe reactions in the 14 days after each vaccination."),
    (NW, "The main measure was the change in a sleep quality score from day 0 to day 60."),
    (
        AZD,
        "Pain-free injections are not promised; some people feel soreness at the injection site.",
    ),
    (AZD, "Safety is assessed by blood tests, vital signs and reports of side effects."),
    (DOCB, "Why the trial ended early is not explained in the record."),
    (NW, "The device is worn on the wrist."),
    (AZD, "Neither the participants nor the doctors know who gets the study drug."),
    (NARC, "Participants will need to come back for a check-up about 4 weeks after the last dose."),
    (NARC, "Participants must have completed an earlier TAK-861 study."),
    (ASTH, "Participants are expected to answer a short questionnaire after one month."),
    (ASTH, "People in the control group are not called by the pharmacist."),
    (ASTH, "The pharmacist will not change anyone's medicines."),
    (ASTH, "Counselling includes advice on using inhalers, given by the study pharmacist."),
    (AZD, "Participants should arrive at the clinic before 9 am on biopsy days."),
    (AZD, "Volunteers should bring a list of their medicines to the first visit."),
    (AZD, "Participants will be asked to stop eating after midnight before each biopsy."),
    (AZD, "Volunteers must fast overnight before blood tests."),
    (AZD, "Participants may be asked to stop some medicines that could harm the liver."),
    (
        AZD,
        "Participants should keep taking their usual medicines unless the study doctor says "
        "otherwise.",
    ),
    (AZD, "Screening visits must be booked within 28 days of signing consent."),
    (AZD, "Volunteers need to book their screening visit within 28 days."),
    (AZD, "If a participant stops taking the study drug, the team will still follow them up."),
    (
        NW,
        "Participants had to stop using prazosin for nightmares at least 2 days before starting.",
    ),
    (
        WOE,
        "Teens taking antidepressants had to keep the same dose for at least 60 days before "
        "screening.",
    ),
    (WOE, "Teens were invited to use the app as often as they liked during the 4 weeks."),
    (
        FLU,
        "Children who had taken fever medicine in the previous 24 hours had their vaccination "
        "put off.",
    ),
    (ASTH, "The pharmacist teaches participants to use their inhalers correctly."),
    (ASTH, "Participants will be reminded to take their inhalers."),
    (AZD, "The effectiveness of the drug has yet to be shown."),
    (NW, "The preliminary efficacy of NightWare was estimated in an open-label study."),
    (WOE, "Improvement in depression scores was the main measure."),
    (AZD, "Reduction in liver fat is a secondary measure."),
    (NARC, "TAK-861 is being developed to treat excessive daytime sleepiness."),
    (PROT, "Proton therapy is meant to reduce radiation to healthy tissue."),
    (DOCB, "Bevacizumab works by blocking a protein that helps tumours grow blood vessels."),
    (AZD, "Staff should not tell participants which group they are in."),
    (AZD, "Recruiters must not pressure anyone to join."),
    (DOCB, "Readers should note that the trial was terminated."),
    (AZD, "Anyone thinking about joining should know that one group receives placebo."),
    (ILD, "You do not have to join the registry to receive care at the center."),
    (NARC, "You do not have to take part, and you can stop at any time."),
    (AZD, "If you join, you may receive placebo instead of AZD2693."),
    (AZD, "You might not benefit from taking part."),
    (DENT, "This study will not enrol anyone: it was withdrawn."),
    (AZD, "Talk to the study doctor before stopping any medicine."),
    (AZD, "Tell the study doctor if you become pregnant."),
    (AZD, "Bring your medicines to each visit so the team can check them."),
]


@pytest.mark.parametrize(("trial_name", "text"), FIXED27 + SAMPLE27)
def test_faithful_sentence_of_a_new_writer_is_no_claim(trial_name: str, text: str) -> None:
    assert claim_codes(trial_name, text) == [], text


# The claims each fixed wording stops short of are still caught: the reader's kind told to
# book or to stop, an order to avoid a medicine, a payment offered, a benefit given.
STILL_CLAIMS27 = [
    (AZD, "Everybody in my support group needs to book the screening today.", "claim.advice"),
    (AZD, "Everyone needs to book the screening today.", "claim.advice"),
    (AZD, "You must stop your tablets.", "claim.advice"),
    (AZD, "You should stop your tablets.", "claim.advice"),
    (AZD, "You should tell your doctor to switch you to AZD2693.", "claim.advice"),
    (AZD, "Patients with NASH have to stop taking their current medicines.", "claim.advice"),
    (AZD, "Stop taking your tablets.", "claim.advice"),
    (AZD, "Avoid your usual medicine.", "claim.advice"),
    (AZD, "The word is out: AZD2693 cures NASH.", "claim.efficacy"),
    (NW, "NightWare cures nightmares.", "claim.efficacy"),
    (FLU, "Flucelvax works better than Fluarix.", "claim.efficacy"),
    (WOE, "The app helped reduce depression.", "claim.efficacy"),
    (WOE, "The app gave better sleep to most users.", "claim.efficacy"),
    (SCHZ, "Compensation is provided for travel.", "claim.payment"),
    (NARC, "Switch to TAK-861 now.", "claim.advice"),
    (NARC, "Patients should switch to TAK-861.", "claim.advice"),
    (NARC, "Those with narcolepsy should stop their current medicine.", "claim.advice"),
    (NW, "The study showed a significant improvement in sleep quality.", "claim.results"),
    (ASTH, "Will I have to stop taking my inhaler? Yes.", "claim.advice"),
    (ASTH, "Can I stop taking my inhaler? Yes, you can.", "claim.advice"),
    (ASTH, "Why not stop taking your inhaler?", "claim.advice"),
]


@pytest.mark.parametrize(("trial_name", "text", "code"), STILL_CLAIMS27)
def test_claim_beside_a_new_writers_wording_is_still_caught(
    trial_name: str, text: str, code: str
) -> None:
    assert code in claim_codes(trial_name, text), text
