"""Faithful sentences in registers no earlier test used (a shelf-talker, a union bulletin,
a bus-stop advert, a church-hall handout, a genealogy forum, subtitles, a quiz answer sheet, TV
listings, a recipe card, a lost-and-found notice, sports commentary, a weather-style outlook),
each true to its record, and the wrong neighbours the fixes must still catch.

The fixes read mechanisms: a numbered place or thing on a notice ("Room 204", "Route 39",
"extension 4412", "Reply #12"), a time of day or a timecode ("Saturday at 11.15",
"00:01:23"), a hyphen hung before "to" in the record ("5- to
10-minute"), "nobody was blinded", a lower age limit after its number ("Adults 18 or older
were included"), a British plural ("tumours"), lay words for tooth decay ("decayed milk
tooth"), and a notice's "Condition:" label that gives the study's state."""

from __future__ import annotations

import pytest

from tests.checks_support import caught_only_when_wrong, codes, record

ANAK = "NCT05814159.json"  # anakinra vs placebo; recruiting; 15 estimated; 8 months up
DENT = "NCT00973089.json"  # withdrawn, 0 enrolled; children 5 to 8; dental caries; randomized
PPD = "NCT05551195.json"  # terminated, 7 actual; women 22 to 45; WB001 vs ED001 apps
DUPI = (
    "NCT02210780.json"  # dupilumab vs placebo; completed, 194; 18 to 64; phase 2; vaccine responses
)
PROTON = (
    "NCT03281889.json"  # proton beam, one group; recruiting, 20 estimated; 3 to 18; brain tumor
)
RSV = "NCT05921903.json"  # RSV vaccine; not yet recruiting, 375 estimated; 50 up; GSK
SPORT = "NCT00000410.json"  # diskectomy vs non-surgical care; completed, 501; open; phase 4
ROSACEA = "NCT03064438.json"  # ACCU-D1 ointment vs vehicle; completed, 40; double blind
NIGHT = "NCT05365607.json"  # NightWare vs sham; completed, 40; 22 to 99
YOGA = "NCT00410098.json"  # Bikram yoga, one group; status unknown; 30 estimated; 18 to 30
ASTHMA = "NCT06863285.json"  # pharmacist counselling vs none; not yet recruiting, 140; 11 up
SOTA = "NCT05818137.json"  # sotatercept, one group; recruiting, 35 estimated; phase 3; MSD

FAITHFUL = [
    (
        ANAK,
        (
            "Shelf talker: NEW ON THE SHELF! A study of anakinra for Still's disease, now "
            "taking sign-ups."
        ),
    ),
    (ANAK, "The target is 15 patients, all in Japan."),
    (ANAK, "Organisers hope to sign up about 15 people in total."),
    (ANAK, "Children from 8 months old can join, and there is no upper age limit."),
    (ANAK, "Babies as young as eight months may take part."),
    (
        ANAK,
        (
            "Some patients get anakinra; others get a dummy injection, which looks the same "
            "but has no medicine in it."
        ),
    ),
    (ANAK, "The placebo, a look-alike jab with no active drug, is given under the skin."),
    (ANAK, "Who decides who gets what? A computer, by chance."),
    (ANAK, "Neither the families nor the doctors know who is on the real drug."),
    (ANAK, "Status: doors open, recruiting now."),
    (ANAK, "The study kicked off on 24 August 2022."),
    (ANAK, "It is a phase 3 study, the last big step before a drug is approved."),
    (ANAK, "Sponsor: Swedish Orphan Biovitrum (Sobi)."),
    (ANAK, "The dose is 100 mg a day for people weighing 50 kg or more."),
    (ANAK, "Lighter patients get 2 mg per kilogram each day."),
    (ANAK, "Blood tests are taken at each visit to check on the illness."),
    (ANAK, "Still's disease is a rare illness that causes fevers, rashes and sore joints."),
    (ANAK, "Quiz answer 7: Anakinra (the study has a placebo group too)."),
    (ANAK, "Call extension 4412 between 9 and 5 for details."),
    (ANAK, "Boys and girls, men and women can all take part."),
    (ANAK, "So far the team is still signing people up toward its goal of 15."),
    (ANAK, "The dummy jab, which has the same volume as the real dose, contains no anakinra."),
    (ANAK, "Start date: 2022/08/24."),
    (ANAK, "Aged eight months or more? You may be eligible."),
    (ANAK, "No maximum age applies."),
    (ANAK, "The study is still open for business."),
    (ANAK, "Sobi runs it together with CMIC Co, Ltd. Japan."),
    (ANAK, "Japan-only: 18 sites across the country."),
    (DENT, "Lost and found: one dental study, never started, last seen in 2010."),
    (DENT, "This study was withdrawn before anyone joined."),
    (DENT, "No children were ever enrolled."),
    (DENT, "It planned to look at children aged 5 to 8 with tooth decay in their baby teeth."),
    (DENT, "The idea was to compare removing all of the decay with removing only part of it."),
    (DENT, "Children would have been put into groups by chance."),
    (DENT, "The study was called off, so there are no results."),
    (DENT, "Zero participants took part."),
    (DENT, "Hadassah Medical Organization, Jerusalem - Dental Department, Room 12."),
    (DENT, "The trial was pulled before it began recruiting."),
    (DENT, "Cavities, or holes in teeth, were the condition being studied."),
    (DENT, "The planned start was May 2010."),
    (DENT, "Healthy children with a decayed milk tooth were the intended participants."),
    (DENT, "Kids between five and eight years old were to be included."),
    (DENT, "In the control group the dentist would have removed all of the decay."),
    (DENT, "Found in the records drawer: a plan, but nobody ever signed up."),
    (DENT, "Please bring this notice to the front desk, Window 3."),
    (DENT, "Both boys and girls could have joined."),
    (DENT, "Status: scrapped before launch."),
    (DENT, "Enrolment: 0 (actual)."),
    (DENT, "It never got off the ground."),
    (DENT, "Planned end: March 2015."),
    (DENT, "Ages: five to eight."),
    (
        PPD,
        (
            "UNION BULLETIN - Members' health corner: a study of an app for new mothers with "
            "depression."
        ),
    ),
    (PPD, "The study ended early, after only 7 women had joined."),
    (PPD, "It was stopped ahead of schedule."),
    (PPD, "Only women could take part, since it was about depression after giving birth."),
    (PPD, "Mothers aged 22 to 45 were eligible."),
    (PPD, "Women were randomly assigned to one of two apps."),
    (PPD, "One group used WB001, a chat-based app; the other used ED001, an education app."),
    (PPD, "Both groups kept their usual care as well."),
    (
        PPD,
        (
            "Postpartum depression, the low mood some mothers feel after a baby arrives, was "
            "the focus."
        ),
    ),
    (PPD, "Woebot Health ran the study."),
    (PPD, "It began in November 2022 and ended in May 2023."),
    (PPD, "Seven participants enrolled before it stopped."),
    (PPD, "Branch meeting: Tuesday 7pm, Room 204."),
    (PPD, "Mood was measured with questionnaires; these are not treatments."),
    (PPD, "The aim had been to see whether the app helps alongside standard treatment."),
    (PPD, "Participants did not know which app was the test app."),
    (PPD, "Study start: 16 Nov 2022. Study end: 10 May 2023."),
    (PPD, "Target group: new mums aged 22-45."),
    (PPD, "Only 7 took part before the plug was pulled."),
    (
        PPD,
        (
            "The education app, a look-alike with general facts about depression, served as "
            "the comparison."
        ),
    ),
    (PPD, "Ended: 10/05/2023 (UK date)."),
    (PPD, "Iqvia Pty Ltd helped run the study."),
    (DUPI, "TV listings, 9.30pm: The Itch Files - a study of dupilumab for eczema."),
    (DUPI, "194 adults took part."),
    (DUPI, "Adults from 18 up to 64 were included."),
    (DUPI, "Half were given dupilumab and half a placebo, decided by chance."),
    (DUPI, "The placebo, a dummy shot that looks just like the real one, was given every week."),
    (DUPI, "The dose was 300 mg once a week after a double starting dose."),
    (DUPI, "Injections went under the skin."),
    (DUPI, "The study is complete."),
    (DUPI, "It ran from August 2014 to September 2015."),
    (DUPI, "Regeneron Pharmaceuticals sponsored it, with Sanofi."),
    (DUPI, "Atopic dermatitis, the itchy red skin often called eczema, is the condition."),
    (DUPI, "Vaccines were given during the study to see how the immune system responded."),
    (DUPI, "It was a phase 2 trial, a mid-stage test."),
    (DUPI, "Nobody, including the doctors, knew who had the real drug."),
    (DUPI, "Treatment lasted 16 weeks."),
    (DUPI, "Episode 2 of 3. Repeated Saturday at 11.15."),
    (DUPI, "Both men and women joined."),
    (DUPI, "Blood samples were taken to measure antibody levels."),
    (DUPI, "The first dose was a double dose, two injections on day one."),
    (DUPI, "A total of 194 people signed up."),
    (DUPI, "Wrapped up: 15 September 2015."),
    (DUPI, "The tetanus vaccine was a test of the immune system, not a treatment for eczema."),
    (DUPI, "Ages 18-64."),
    (
        PROTON,
        (
            "Bus-stop advert: Route 39 stops outside. Ask about the proton study for children "
            "with brain tumours."
        ),
    ),
    (PROTON, "The study hopes to include 20 young patients."),
    (PROTON, "So far it is still looking for patients."),
    (PROTON, "Children and teenagers aged 3 to 18 can take part."),
    (PROTON, "Everyone gets the same treatment: proton beam radiation."),
    (PROTON, "There is no placebo and no comparison group."),
    (PROTON, "Treatment is given once a day, five days a week."),
    (PROTON, "Massachusetts General Hospital leads the study."),
    (PROTON, "It opened in January 2018."),
    (PROTON, "The doctors want to spare the bones of the spine so children grow better."),
    (PROTON, "Height is measured each year; this is a check, not a treatment."),
    (PROTON, "MRI scans are used to plan the radiation."),
    (PROTON, "Kids from three years old up to eighteen are welcome."),
    (PROTON, "Recruitment is open."),
    (PROTON, "Target: twenty patients."),
    (PROTON, "Next bus: 7:42, 8:12, 8:42."),
    (PROTON, "Brain tumours in children are the focus."),
    (PROTON, "The hope is to reach 20 children eventually."),
    (PROTON, "Spaces are still available."),
    (PROTON, "The National Cancer Institute (NCI) is a collaborator."),
    (PROTON, "Opened: 4 January 2018."),
    (PROTON, "Radiation is aimed so that the growing bones of the spine get less of it."),
    (RSV, "Church hall talk handout - Tuesday 2pm, Parish Room B: the RSV vaccine study."),
    (RSV, "The study has not started recruiting yet."),
    (RSV, "Adults aged 50 and over can take part."),
    (RSV, "The aim is to enrol around 375 people."),
    (
        RSV,
        "People who have had a lung or kidney transplant are included, along with healthy adults.",
    ),
    (RSV, "Everyone gets the RSV vaccine; some transplant patients get a second dose."),
    (RSV, "Transplant patients are put into the one-dose or two-dose group by chance."),
    (RSV, "GlaxoSmithKline is the sponsor."),
    (RSV, "It is a phase 2 study."),
    (RSV, "RSV is a common virus that can cause serious chest infections in older people."),
    (RSV, "Blood tests check how well the vaccine works."),
    (RSV, "Planned start: 31 July 2023."),
    (RSV, "There is no upper age limit."),
    (RSV, "Sites are in eight countries, including the United States and Japan."),
    (RSV, "Tea and biscuits after the talk; page 2 has the map."),
    (RSV, "The vaccine is a jab in the upper arm."),
    (RSV, "Not yet open to volunteers."),
    (RSV, "The goal: 375 volunteers in total."),
    (RSV, "Over-50s only."),
    (RSV, "A second shot, given 30 to 60 days after the first, is part of one group's plan."),
    (RSV, "Healthy adults, who get just one dose, serve as the comparison group."),
    (RSV, "Coming soon - sign-ups have not opened."),
    (
        SPORT,
        (
            "Sports commentary: And it's a long one, folks - SPORT ran fifteen years from "
            "start to finish!"
        ),
    ),
    (SPORT, "501 patients with a slipped disc took part."),
    (SPORT, "Half had surgery and half had non-surgical care, chosen at random."),
    (SPORT, "The operation was a diskectomy, where part of the disc is removed."),
    (SPORT, "Non-surgical care included physical therapy, education and pain medicine."),
    (SPORT, "The trial is finished."),
    (SPORT, "It started in March 2000 and finished in April 2015."),
    (SPORT, "Adults 18 and older could join; there was no upper age limit."),
    (SPORT, "Dartmouth-Hitchcock Medical Center led the study."),
    (SPORT, "It was a phase 4 study."),
    (SPORT, "Back and leg pain from a herniated disc was the problem studied."),
    (SPORT, "Patients filled out pain questionnaires at 6 weeks, 3 months and 1 year."),
    (SPORT, "Nobody was blinded: patients knew which treatment they had."),
    (SPORT, "Both men and women took part."),
    (SPORT, "Score at half-time: 2-1, but that's another story."),
    (SPORT, "There was no placebo."),
    (SPORT, "Diskectomy versus care without an operation - that's the contest."),
    (SPORT, "SPORT, the Spine Patient Outcomes Research Trial, is all wrapped up."),
    (SPORT, "Final whistle: April 2015."),
    (SPORT, "The starting line-up: 501 adults."),
    (
        SPORT,
        (
            "Funding partners included the National Institute of Arthritis and Musculoskeletal "
            "and Skin Diseases (NIAMS)."
        ),
    ),
    (ROSACEA, "Recipe card - Serves: 40 adults with rosacea. Prep: 12 weeks."),
    (ROSACEA, "Ingredients: ACCU-D1 ointment, or a look-alike ointment with no active ingredient."),
    (ROSACEA, "Method: apply to the face twice a day."),
    (ROSACEA, "The comparison was the ointment base alone, called a vehicle."),
    (ROSACEA, "Forty adults took part."),
    (ROSACEA, "Adults 18 or older were included."),
    (ROSACEA, "People were assigned to a group by chance."),
    (ROSACEA, "Neither patients nor doctors knew who had the real ointment."),
    (ROSACEA, "The study is complete."),
    (ROSACEA, "It ran from November 2017 to June 2018."),
    (ROSACEA, "Accuitis, Inc. sponsored it."),
    (ROSACEA, "It was a phase 2 study."),
    (ROSACEA, "Rosacea causes redness and bumps on the face."),
    (ROSACEA, "Doctors counted the spots and graded the redness at each visit."),
    (ROSACEA, "Both men and women took part."),
    (ROSACEA, "Makes: 40 participants, randomly divided into two groups."),
    (ROSACEA, "The vehicle, an ointment that looks identical but has no drug, was the comparison."),
    (ROSACEA, "Finished: 18 June 2018."),
    (ROSACEA, "Serving suggestion: a thin layer on the face, morning and evening."),
    (NIGHT, "Subtitles: [SOFT BUZZING] NARRATOR: The watch vibrates when a nightmare starts."),
    (NIGHT, "NARRATOR: 40 adults with PTSD took part."),
    (NIGHT, "Adults from 22 to 99 were eligible."),
    (NIGHT, "Half used the real NightWare and half used a sham version that did nothing."),
    (NIGHT, "The sham watch, which looked the same, never vibrated."),
    (NIGHT, "Who got which was decided at random."),
    (NIGHT, "No one knew who had the real device."),
    (NIGHT, "The study has finished."),
    (NIGHT, "It ran from June 2022 to August 2024."),
    (NIGHT, "The University of Colorado, Denver led it."),
    (
        NIGHT,
        "Heart health, blood pressure and sleep were measured; those were checks, not treatments.",
    ),
    (NIGHT, "PTSD is a condition that can follow a frightening event."),
    (NIGHT, "[MUSIC] 00:01:23 --> 00:01:27"),
    (NIGHT, "Both men and women took part."),
    (NIGHT, "NightWare runs on a smartwatch worn at night."),
    (NIGHT, "There was no drug in the study."),
    (NIGHT, "NARRATOR: The National Institute on Aging (NIA) helped pay for it."),
    (NIGHT, "NARRATOR: All forty have finished."),
    (NIGHT, "NARRATOR: The fake watch, identical on the outside, did not buzz."),
    (
        NIGHT,
        (
            "00:02:10 NARRATOR: Blood pressure was checked at night; it is a measurement, not "
            "a treatment."
        ),
    ),
    (YOGA, "The study hoped to enrol 30 people."),
    (YOGA, "Adults aged 18 to 30 could join."),
    (YOGA, "Participants were not assigned at random."),
    (YOGA, "Its current status is unknown."),
    (YOGA, "It began in June 2007."),
    (YOGA, "Hadassah Medical Organization ran it."),
    (YOGA, "Lung function was tested before and after the classes."),
    (YOGA, "Asthma narrows the airways and makes breathing hard."),
    (YOGA, "Both men and women could take part."),
    (YOGA, "There was no placebo."),
    (YOGA, "The study's target was thirty people."),
    (YOGA, "Did it finish? Nobody knows - the record lists its status as unknown."),
    (YOGA, "Hoped-for numbers: 30."),
    (YOGA, "No random assignment was used."),
    (YOGA, "Classes were held in a room heated to around 40 degrees C."),
    (
        ASTHMA,
        (
            "Weather-style forecast: Outlook for March 2025 - a pharmacist-led asthma study "
            "opening soon."
        ),
    ),
    (ASTHMA, "The study is not recruiting yet."),
    (ASTHMA, "Anyone aged 11 and over can join."),
    (ASTHMA, "They hope to recruit 140 patients."),
    (
        ASTHMA,
        "Half will get pharmacist counselling and half will carry on as usual, picked by chance.",
    ),
    (ASTHMA, "The control group gets no extra help."),
    (ASTHMA, "Hamdard University runs the study, in Pakistan."),
    (ASTHMA, "Counselling sessions last 5 to 10 minutes."),
    (ASTHMA, "Asthma control is measured with a questionnaire."),
    (ASTHMA, "Expected start: 20 March 2025."),
    (ASTHMA, "Expected end: May 2025."),
    (ASTHMA, "There is no upper age limit."),
    (ASTHMA, "Both males and females can take part."),
    (ASTHMA, "Patients learn how to use their inhalers properly."),
    (ASTHMA, "Sign-ups have not begun."),
    (ASTHMA, "The no-extra-help group, the control, just gets normal care."),
    (ASTHMA, "Aged 11 or over? You could join."),
    (ASTHMA, "Target: 140."),
    (ASTHMA, "Forecast end date: 20/05/2025."),
    (SOTA, "Quiz-night answer sheet, Round 4, Q3: Sotatercept."),
    (SOTA, "About 35 people are expected to take part."),
    (SOTA, "Adults 18 and over can join."),
    (SOTA, "Everyone gets sotatercept; there is no placebo."),
    (SOTA, "It is given as an injection under the skin every 3 weeks."),
    (SOTA, "The study is recruiting."),
    (SOTA, "Merck Sharp & Dohme LLC is the sponsor."),
    (SOTA, "It is a phase 3 study in Japan."),
    (SOTA, "Pulmonary arterial hypertension is high blood pressure in the lungs."),
    (SOTA, "Patients keep taking their usual PAH medicines."),
    (SOTA, "A six-minute walk test is used to see how far people can walk."),
    (SOTA, "The starting dose is 0.3 mg/kg, building up to 0.7 mg/kg."),
    (SOTA, "It began in May 2023."),
    (SOTA, "Treatment lasts up to 24 weeks."),
    (SOTA, "A: about 35 adults, all getting the same drug."),
    (SOTA, "Injections are given every three weeks."),
    (SOTA, "Status: now recruiting."),
    (SOTA, "Up to 24 weeks of treatment, then the option to keep going."),
    (SOTA, "MSD (Merck) is behind it."),
]

SUMMARIES = [
    (
        ANAK,
        (
            "SHELF TALKER\n"
            "New study: anakinra for Still's disease\n"
            "Who: anyone from 8 months old, no upper age limit\n"
            "How many: the aim is 15 patients in Japan\n"
            "What: anakinra or a look-alike placebo injection, picked by chance\n"
            "Status: recruiting now\n"
            "Sponsor: Swedish Orphan Biovitrum"
        ),
    ),
    (
        DENT,
        (
            "LOST & FOUND NOTICE\n"
            "Item: a dental study for children aged 5 to 8 with decay in baby teeth.\n"
            "Condition: withdrawn - it never enrolled anyone (0 participants).\n"
            "Plan was to compare full with partial removal of decay, by chance.\n"
            "If found, please return to Hadassah Medical Organization, Room 12."
        ),
    ),
    (
        PPD,
        (
            "BRANCH BULLETIN No. 14\n"
            "Health corner: Woebot Health tested an app (WB001) against an education app "
            "(ED001) for women aged 22 to 45 with postpartum depression. Women were assigned "
            "by chance. The study was terminated early after 7 women joined. It ran from "
            "November 2022 to May 2023. Next meeting: 7pm, Room 204."
        ),
    ),
    (
        DUPI,
        (
            "9.30pm THE ITCH FILES (Documentary)\n"
            "A completed phase 2 study: 194 adults aged 18 to 64 with eczema were randomly "
            "given dupilumab 300 mg or a placebo injection every week. Sponsored by Regeneron. "
            "Runs August 2014 to September 2015. (Repeat Sat 11.15)"
        ),
    ),
    (
        PROTON,
        (
            "BUS STOP ADVERT - Route 39\n"
            "Is your child, aged 3 to 18, having radiation for a brain tumour?\n"
            "Massachusetts General Hospital is recruiting 20 children for proton beam "
            "treatment that spares the spine bones.\n"
            "Everyone gets the same treatment."
        ),
    ),
    (
        SPORT,
        (
            "COMMENTARY\n"
            "What a match-up: surgery versus non-surgical care for a slipped disc! 501 adults "
            "took part, sorted at random. The phase 4 trial, led by Dartmouth-Hitchcock "
            "Medical Center, kicked off in March 2000 and blew the final whistle in April "
            "2015. Completed."
        ),
    ),
    (
        NIGHT,
        (
            "[SUBTITLES]\n"
            "00:00:01 NARRATOR: 40 adults aged 22 to 99 with PTSD wore NightWare or a sham "
            "watch.\n"
            "00:00:05 Who got which was random, and nobody knew.\n"
            "00:00:09 The study, by the University of Colorado, Denver, is completed."
        ),
    ),
    (
        SOTA,
        (
            "QUIZ NIGHT ANSWERS - Round 4\n"
            "1. Sotatercept\n"
            "2. Japan\n"
            "3. About 35\n"
            "4. Phase 3\n"
            "Bonus: everyone gets the drug; it is recruiting adults 18 and over with pulmonary "
            "arterial hypertension."
        ),
    ),
]


@pytest.mark.parametrize(("name", "said"), FAITHFUL)
def test_faithful_sentence_passes(name: str, said: str) -> None:
    assert codes(record(name), said) == [], said


@pytest.mark.parametrize(("name", "said"), SUMMARIES)
def test_faithful_summary_passes(name: str, said: str) -> None:
    assert codes(record(name), said) == [], said


# --- numbers that count nothing in the study ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "wrong", "right"),
    [
        (PPD, "Branch meeting: 204 women took part.", "Branch meeting: Tuesday 7pm, Room 204."),
        (
            PROTON,
            "Bus-stop advert: 39 children will take part.",
            "Bus-stop advert: Route 39 stops outside.",
        ),
        (
            ANAK,
            "Call now: 4412 patients are needed.",
            "Call extension 4412 between 9 and 5 for details.",
        ),
        (YOGA, "Reply: 12 people took part.", "Reply #12 - thanks for the tip."),
        (DUPI, "Each injection held 11.15 mg.", "Episode 2 of 3. Repeated Saturday at 11.15."),
        (NIGHT, "[MUSIC] 23 adults took part.", "[MUSIC] 00:01:23 --> 00:01:27"),
    ],
)
def test_a_count_beside_a_notice_number_is_still_caught(name: str, wrong: str, right: str) -> None:
    caught_only_when_wrong(name, wrong, right, "number.untraced")


@pytest.mark.parametrize(
    "wrong",
    ["Counselling sessions last 5 to 20 minutes.", "Counselling sessions last 15 to 30 minutes."],
)
def test_a_range_the_record_writes_with_a_hung_hyphen_still_checks_its_ends(wrong: str) -> None:
    caught_only_when_wrong(
        ASTHMA, wrong, "Counselling sessions last 5 to 10 minutes.", "number.untraced"
    )


# --- masking ------------------------------------------------------------------------------


def test_nobody_blinded_is_open_label() -> None:
    caught_only_when_wrong(
        SPORT,
        "Patients were blinded: they did not know which treatment they had.",
        "Nobody was blinded: patients knew which treatment they had.",
        "design.masking",
    )


def test_nobody_blinded_on_a_double_blind_record_is_caught() -> None:
    caught_only_when_wrong(
        ROSACEA,
        "Nobody was blinded.",
        "Neither patients nor doctors knew who had the real ointment.",
        "design.masking",
    )


# --- enrollment ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "right", ["Adults 18 or older were included.", "Adults 18 and over were included."]
)
def test_a_lower_age_limit_is_no_head_count(right: str) -> None:
    caught_only_when_wrong(ROSACEA, "18 adults were included.", right, "enrollment.mismatch")


# --- conditions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wrong",
    [
        "The study is for children with kidney tumours.",
        "The study is for children with liver tumours.",
    ],
)
def test_a_british_plural_names_the_record_s_illness(wrong: str) -> None:
    caught_only_when_wrong(
        PROTON, wrong, "The study is for children with brain tumours.", "condition.mismatch"
    )


def test_lay_words_for_tooth_decay() -> None:
    caught_only_when_wrong(
        DENT,
        "Children with a milk allergy were the intended participants.",
        "Healthy children with a decayed milk tooth were the intended participants.",
        "condition.mismatch",
    )


def test_a_condition_label_giving_the_state_is_read_as_a_status() -> None:
    right = "Condition: withdrawn - it never enrolled anyone."
    caught_only_when_wrong(
        DENT, "Condition: completed - all children finished.", right, "status.mismatch"
    )
    caught_only_when_wrong(DENT, "Condition: recruiting.", right, "status.mismatch")
    caught_only_when_wrong(DENT, "Condition: gum disease.", right, "condition.mismatch")
    caught_only_when_wrong(DENT, "Condition: withdrawn gout.", right, "condition.mismatch")


def test_a_phone_number_the_record_lacks_is_still_flagged() -> None:
    # A contact detail the record does not give is for an editor to see, however grouped.
    said = "Members with questions can ring the office on 0800 123 456."
    assert "number.untraced" in codes(record(PPD), said)
