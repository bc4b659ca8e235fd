"""Faithful sentences in registers no earlier test used, that no claim reader may flag.

Session 31 wrote them as a board-game rulebook, a ship's log, a café menu card, a horoscope
parody, a knitting pattern, a garden-centre plant label, a school report card, a passport
guidance note, a tide table, a field-guide entry, a bingo caller's patter, a job advert, an
exam paper, a wine-tasting note and a fortune-cookie slip, on twelve real records: each true
to its record and making no claim. What the readers flagged was fixed by mechanism (a
medicine's stop said in the passive and put down to the protocol is its rule; "nothing" as
the subject denies as "not" does; a cut question, "Safe for children? Not stated.",
"Guaranteed dry? No.", put off or answered no, claims nothing; a guarantee of nothing is
none), and each fix has its wrong twin, a real claim in nearly the same words, still caught.
"""

from __future__ import annotations

import pytest

from tests.checks_support import claim_codes

FIBRO = "NCT05962437.json"
CHEW = "NCT05594173.json"
FIT = "NCT04650464.json"
PEAR = "NCT03751280.json"
DOC = "NCT02179567.json"
CARIES = "NCT00973089.json"
ILD = "NCT00258583.json"
RSV = "NCT05921903.json"
PROT = "NCT03281889.json"
PEMF = "NCT04049812.json"
PREG = "NCT00353704.json"
NARC = "NCT05816382.json"

# a board-game rulebook
RULEBOOK31 = [
    (PEAR, "Object of the game: learn how a Novartis study of the app PEAR-004 was run."),
    (PEAR, "Setup: 112 adults with schizophrenia are split at random into two groups."),
    (PEAR, "One group gets PEAR-004; the other gets a sham app."),
    (PEAR, "Each player keeps taking their usual antipsychotic medicine."),
    (PEAR, "Scoring: the PANSS rating scale is checked on Day 29, Day 57 and Day 85."),
    (PEAR, "Winning condition: none; the study compares the two apps."),
    (PEAR, "Turn order: screening first, then the app is downloaded to the phone."),
    (PEAR, "No player knows whether their app is the sham."),
    (PEAR, "End of game: the study is complete and its results are posted."),
    (PEAR, "This rulebook does not say which group scored better."),
    (PEAR, "Rule 4: the app is investigational, not an approved treatment."),
    (PEAR, "Players: adults, in the United States."),
    (PEAR, "Optional rule: read the full record on ClinicalTrials.gov."),
    (PEAR, "A winning combination of dates? The study simply ran to completion."),
    (PEAR, "Ask the study team, not this rulebook, about anything medical."),
    (PEAR, "Game length: about 12 weeks of app use for each player."),
]

# a ship's log
SHIPLOG31 = [
    (RSV, "Ship's log, July 2023: the GSK RSV vaccine study sets sail, not yet recruiting."),
    (RSV, "Crew: about 375 adults aged 50 and over with a lung or kidney transplant."),
    (RSV, "Ports of call: sites in eight countries, including Japan and Spain."),
    (RSV, "Course: some groups receive two doses of the vaccine, one month apart."),
    (RSV, "Soundings: blood samples taken at set visits to measure antibody levels."),
    (RSV, "Weather: side effects such as a sore arm or fever are logged after each dose."),
    (RSV, "Heading: unknown; the results are not yet known."),
    (RSV, "Estimated arrival: August 2025, though dates can change."),
    (RSV, "Captain's note: the vaccine is investigational."),
    (RSV, "All hands were randomly assigned to their watch."),
    (RSV, "No land sighted yet: the study has not reported."),
    (RSV, "Log entry: the study asks whether a second dose raises antibody levels further."),
    (RSV, "The log records events; it makes no forecast about the vaccine."),
    (RSV, "Owner of the vessel: GlaxoSmithKline, the study sponsor."),
    (RSV, "Fair winds are not promised: this is a study, not a service."),
    (RSV, "For the full manifest, see ClinicalTrials.gov, study NCT05921903."),
]

# a café menu card
MENU31 = [
    (CHEW, "Today's menu: three food textures, including minced and moist."),
    (CHEW, "Served to 20 adults in Toronto, each chewing test foods."),
    (CHEW, "Chef's note: researchers counted chewing cycles for every mouthful."),
    (CHEW, "Timed to order: how long each mouthful was chewed was recorded."),
    (CHEW, "On the house: nobody was given a treatment; the study was observational."),
    (CHEW, "Kitchen: University Health Network, Toronto."),
    (CHEW, "Open from 2019 to 2020; the study is now finished."),
    (CHEW, "Diners aged 18 to 60 took part."),
    (CHEW, "Allergens: the record does not list any food allergens."),
    (CHEW, "Specials board: results are posted on ClinicalTrials.gov."),
    (CHEW, "Tasting notes are not included; this card describes the study."),
    (CHEW, "Please ask staff, not this card, about swallowing problems."),
    (CHEW, "The menu asks how texture changes chewing; it does not rate any food."),
    (CHEW, "Portions: one mouthful at a time, as the protocol set out."),
    (CHEW, "Seasonal: this study is closed and not taking new diners."),
    (CHEW, "No reservations: the study has finished recruiting."),
]

# a horoscope-column parody
HOROSCOPE31 = [
    (FIBRO, "Aries: a smartphone app for fibromyalgia is in your stars, as a study."),
    (FIBRO, "Taurus: 360 adults will be randomly assigned to the app or usual care."),
    (FIBRO, "Gemini: the app offers self-guided Acceptance and Commitment Therapy."),
    (FIBRO, "Cancer: the main measure is the revised Fibromyalgia Impact Questionnaire."),
    (FIBRO, "Leo: the study is run by Fundació Sant Joan de Déu in Spain."),
    (FIBRO, "Virgo: follow-up lasts about six months on average."),
    (FIBRO, "Libra: the outlook is unknown; no results yet."),
    (FIBRO, "Scorpio: the stars cannot say whether the app helps."),
    (FIBRO, "Sagittarius: adults aged 18 to 70 with fibromyalgia are eligible."),
    (FIBRO, "Capricorn: the study had not started recruiting at last look."),
    (FIBRO, "Aquarius: questionnaires about pain, mood and daily life lie ahead for participants."),
    (FIBRO, "Pisces: the study is expected to end in December 2025."),
    (FIBRO, "Your lucky number is 360, the planned number of participants."),
    (FIBRO, "This column is a parody and predicts nothing about the app."),
    (FIBRO, "A stranger may ask you questions: the assessors won't know your group."),
    (FIBRO, "Talk to your own doctor about whether taking part is right for you."),
]

# a knitting pattern
KNIT31 = [
    (PROT, "Pattern: a study of proton therapy for children's brain tumours."),
    (PROT, "Sizes: children and teenagers aged 3 to 18."),
    (PROT, "Yarn: proton radiation to the brain and spine, sparing part of the spine's bone."),
    (PROT, "Gauge: about 20 participants in one group."),
    (PROT, "Cast on at Massachusetts General Hospital."),
    (PROT, "Row 1: the child lies still on a table while the beam is given."),
    (PROT, "Row 2: the study checks whether the approach is feasible."),
    (PROT, "Finishing: results are not yet known."),
    (PROT, "Tension note: there is no comparison group in this pattern."),
    (PROT, "Difficulty: this is a study, not a standard treatment."),
    (PROT, "Pattern notes do not promise a finished garment, or any result."),
    (PROT, "Abbreviations: CSI means craniospinal irradiation."),
    (PROT, "Pattern repeats: proton treatment once daily, five days a week."),
    (PROT, "Ask the treating team, not this pattern, about your child's care."),
    (PROT, "Blocking: doses are set to cover the target as fully as possible."),
    (PROT, "Knit with care: families join only through the treating hospital."),
]

# a garden-centre plant label
PLANT31 = [
    (ILD, "Hardy perennial: the Simmons Center registry has collected data since 2003."),
    (ILD, "Position: University of Pittsburgh."),
    (ILD, "Growing season: still recruiting adults with interstitial lung disease."),
    (ILD, "Eventual spread: about 5,000 people."),
    (ILD, "Flowering time: the registry plans to run until 2035."),
    (ILD, "Care: no treatment is tested; it is a registry."),
    (ILD, "Watering: medical record information is added to the registry."),
    (ILD, "Soil: people with interstitial lung disease, including pulmonary fibrosis."),
    (ILD, "Not for eating: this label gives no medical advice."),
    (ILD, "Label tells you where it grows, not whether it helps anyone."),
    (ILD, "Evergreen: the registry is ongoing."),
    (ILD, "Planting instructions: contact details are on ClinicalTrials.gov."),
    (ILD, "Companion plants: none; it is an observational study."),
    (ILD, "Frost tolerance: not stated on the record."),
    (ILD, "Price: the record mentions no payment."),
    (ILD, "Suitable for readers who want to learn about lung research."),
]

# a school report card
REPORT31 = [
    (FIT, "Subject: exercise fitness in 446 children and teenagers."),
    (FIT, "Class: children with asthma and children without asthma."),
    (FIT, "Attendance: each child was tested on one day."),
    (FIT, "School: Montpellier, France."),
    (FIT, "Effort: every child did an exercise test."),
    (FIT, "Grade: not given; this report does not say what the study found."),
    (FIT, "Teacher's comment: the study compares fitness; it tests no treatment."),
    (FIT, "Term: the study is complete."),
    (FIT, "Conduct: children followed the test procedure set out by the study."),
    (FIT, "Areas to develop: none listed here; read the record."),
    (FIT, "Homework: none; nobody took part at home."),
    (FIT, "Next term: no more children are being tested."),
    (FIT, "Report written for parents curious about the study, not to rate it."),
    (FIT, "Parent's signature: ask the study team if you have questions."),
    (FIT, "Targets: the study measured fitness, not a cure."),
    (FIT, "Progress: not assessed, since each child was tested once."),
]

# a passport-application guidance note
PASSPORT31 = [
    (NARC, "Guidance note: the TAK-861 study, run by Takeda, for narcolepsy type 1."),
    (NARC, "Who can apply: people with narcolepsy type 1 who meet the study's criteria."),
    (NARC, "Before you apply, read the full record on ClinicalTrials.gov."),
    (NARC, "Supporting documents: the study team checks eligibility at screening."),
    (NARC, "Processing: participants take study tablets daily and have sleep lab tests."),
    (NARC, "Side effects are recorded at each visit."),
    (NARC, "Photo requirements do not apply; this note only describes the study."),
    (NARC, "The study drug is experimental and not approved."),
    (NARC, "Fees: the record does not mention any."),
    (NARC, "Whether the drug helps is not yet known."),
    (NARC, "Tips for the visit: bring a list of your medicines to show the study team."),
    (NARC, "Some other narcolepsy medicines must be stopped first, as the protocol requires."),
    (NARC, "Ask the study team if you have questions about eligibility."),
    (NARC, "Talk to your own doctor before deciding whether to apply."),
    (NARC, "This guidance does not mean your application will succeed."),
    (NARC, "Renewal: not applicable."),
]

# a tide table
TIDE31 = [
    (PEMF, "High water: 50 adults with leg pain from a lumbar disc herniation."),
    (PEMF, "Low water: a sham device for one group."),
    (PEMF, "Tidal range: PEMF or sham, over three weeks."),
    (PEMF, "Station: Turkey."),
    (PEMF, "Times: pain is scored on a 10 cm scale."),
    (PEMF, "Predictions are not given here: no results are posted."),
    (PEMF, "Participants, therapists and assessors did not know who got the sham."),
    (PEMF, "Chart datum: the study is completed."),
    (PEMF, "This table forecasts nothing about the device."),
    (PEMF, "Springs and neaps: treatments were given on set days, as the study planned."),
    (PEMF, "Tide times are approximate; see the record for exact dates."),
    (PEMF, "Does the device work? The tide table can't tell you."),
    (PEMF, "Participants were randomly assigned to PEMF or sham."),
    (PEMF, "Both groups also received hot packs and TENS, the record says."),
    (PEMF, "Safety of navigation is the reader's own; this table is not advice."),
    (PEMF, "Tidal stream data: not posted."),
]

# a birdwatcher's field-guide entry
BIRD31 = [
    (DOC, "Species: a phase 2 study of docetaxel with bevacizumab."),
    (DOC, "Habitat: Greece."),
    (DOC, "Identification: 26 people aged 70 or over with stage IV lung cancer."),
    (DOC, "Call: docetaxel and bevacizumab every three weeks."),
    (DOC, "Similar species: none compared; there was no control group."),
    (DOC, "Status: stopped early; the record does not say why."),
    (DOC, "Field marks: response rate at week 9 was the main measure."),
    (DOC, "Rare sighting: this guide does not report results."),
    (DOC, "Behaviour: treatment was given in cycles, per the study plan."),
    (DOC, "Observers should not approach: this entry is not advice."),
    (DOC, "Range: one country."),
    (DOC, "Notes: older adults with advanced lung cancer were the focus."),
    (DOC, "Conservation status: not applicable; it is a study record."),
    (DOC, "The entry records what was done, not whether it worked."),
    (DOC, "Best viewed on ClinicalTrials.gov."),
    (DOC, "Seen in: non-small cell lung cancer, the record says."),
]

# a bingo caller's patter
BINGO31 = [
    (PREG, "Eyes down for a study of pregabalin before spine surgery."),
    (PREG, "One-five-oh, 150 milligrams of pregabalin, or a placebo capsule."),
    (PREG, "Taken about an hour before the operation, number one!"),
    (PREG, "Legs eleven: patients were randomly assigned to pregabalin or placebo."),
    (PREG, "Two little ducks: pain at rest and morphine use after surgery were measured."),
    (PREG, "Full house: the results are posted on ClinicalTrials.gov."),
    (PREG, "No house called here: this patter does not say what the study found."),
    (PREG, "Neither patients nor staff knew who got the placebo."),
    (PREG, "The capsule was taken with a sip of water, as the study specified."),
    (PREG, "Fast from midnight before surgery, patients were told, as usual hospital practice."),
    (PREG, "Clickety-click: the study is complete."),
    (PREG, "Warnings: pregabalin can cause dizziness; the study watched for this."),
    (PREG, "Dabbers at the ready: this is a study description, not a prize."),
    (PREG, "Ask your surgeon, not the caller, about pain relief."),
    (PREG, "Kelly's eye: one capsule only."),
    (PREG, "Any more for any more? No, the study has finished recruiting."),
]

# a job advert
JOB31 = [
    (FIBRO, "Position: participant in a study of a fibromyalgia app; pay is not mentioned."),
    (FIBRO, "Employer: Fundació Sant Joan de Déu, Spain."),
    (FIBRO, "Requirements: adults aged 18 to 70 with fibromyalgia."),
    (FIBRO, "Duties: use a self-guided app or continue usual care, as assigned at random."),
    (FIBRO, "Duties include filling in questionnaires about pain, mood and daily life."),
    (FIBRO, "Contract length: about six months of follow-up."),
    (FIBRO, "Openings: 360 places planned."),
    (FIBRO, "Start date: the study had not started recruiting."),
    (FIBRO, "Pros: the app is free during the study. Cons: benefits are unknown."),
    (FIBRO, "Perks are not listed; the study does not promise any benefit."),
    (FIBRO, "How to apply: see the contact section of ClinicalTrials.gov."),
    (FIBRO, "Salary: not stated."),
    (FIBRO, "This advert describes a study and is not a job offer."),
    (FIBRO, "Equal opportunities: the study is open to all sexes."),
    (FIBRO, "Talk to your own doctor about whether joining suits you."),
    (FIBRO, "Closing date: not given in the record."),
]

# an exam question paper
EXAM31 = [
    (CARIES, "Question 1 (5 marks): what did the Israeli study plan to compare?"),
    (CARIES, "Answer: complete and incomplete removal of deep decay in baby teeth."),
    (CARIES, "Question 2: which children would have been included? (ages 5 to 8)"),
    (CARIES, "Question 3: why are there no results? (the study was withdrawn)"),
    (CARIES, "Question 4 (2 marks): how many children enrolled? Answer: none."),
    (CARIES, "Question 5: is incomplete removal better? Discuss; the study cannot say."),
    (CARIES, "Time allowed: 20 minutes. Do not turn over until told."),
    (CARIES, "Candidates should answer all questions using the record only."),
    (CARIES, "Marks are given for accuracy, not for guessing results."),
    (CARIES, "Question 6: name the type of teeth studied (baby teeth)."),
    (CARIES, "Show your working: the study never started."),
    (CARIES, "Calculators are not needed; the study has no numbers to analyse."),
    (CARIES, "Extra credit: explain what 'withdrawn' means for a study."),
    (CARIES, "Write in black ink; this paper gives no dental advice."),
    (CARIES, "End of paper. Check your answers against the record."),
    (CARIES, "Question 7: which outcome would have been measured? Use the record."),
]

# a wine-tasting note
WINE31 = [
    (CHEW, "Nose: minced and moist, one of three textures in the study."),
    (CHEW, "Palate: 20 adults chewed test foods while chews were counted."),
    (CHEW, "Finish: each mouthful was timed."),
    (CHEW, "Vintage: 2019 to 2020."),
    (CHEW, "Region: Toronto, Canada."),
    (CHEW, "Producer: University Health Network."),
    (CHEW, "Cellar: the study is finished; results are posted."),
    (CHEW, "Score: none; this note does not rate the study."),
    (CHEW, "Food pairing: three textures of test food, by design."),
    (CHEW, "Body: an observational study; nobody was treated."),
    (CHEW, "Drinking window: closed; the study no longer recruits."),
    (CHEW, "Tasters were adults aged 18 to 60."),
    (CHEW, "Decant: read the full record before drawing conclusions."),
    (CHEW, "This note says how chewing was measured, not what was found."),
    (CHEW, "Sommelier's aside: chewing and swallowing were the topic."),
    (CHEW, "Serve at room temperature: the foods were prepared as the protocol set out."),
]

# a fortune-cookie slip
COOKIE31 = [
    (RSV, "Your future holds a study of an RSV vaccine for transplant recipients."),
    (RSV, "Patience: the results are not yet known."),
    (RSV, "The cookie cannot tell whether the vaccine works."),
    (FIBRO, "A smartphone app is in your path, as a study in Spain."),
    (NARC, "Good things come to those who wait: the study is still going."),
    (PEAR, "Your lucky numbers: 29, 57, 85 (the study's PANSS days)."),
    (ILD, "A long journey: the registry runs until 2035."),
    (PROT, "You will meet a proton beam, if you join this study."),
    (CARIES, "What was planned was never done: the study was withdrawn."),
    (PEMF, "The truth is hidden: nobody knew who got the sham."),
    (DOC, "Fortune favours no one here: the study stopped early."),
    (PREG, "A capsule before surgery, pregabalin or placebo, at random."),
    (FIT, "A test of fitness lies ahead for 446 children, on one day."),
    (CHEW, "Count your chews: 20 adults did."),
    (NARC, "Ask the study team before you decide anything."),
    (RSV, "This slip is not medical advice."),
]

# the same registers, worded close to a claim
TRICKY31 = [
    (ILD, "Thrives in: the University of Pittsburgh, where it has run since 2003."),
    (ILD, "Low maintenance: participants give information at visits."),
    (PROT, "Easy pattern: one group, no comparison."),
    (FIBRO, "Star sign outlook: unknown until the study reports."),
    (FIBRO, "Requirements met? The study team decides at screening."),
    (FIBRO, "Perfect candidates are adults aged 18 to 70 with fibromyalgia, the record says."),
    (CHEW, "Chef recommends: reading the full record."),
    (CHEW, "Highly rated? Not by this card."),
    (PREG, "Bingo! The study is complete."),
    (PREG, "Winner: none declared in this patter."),
    (DOC, "Twitchers' favourite? Hardly: the study stopped early."),
    (PEMF, "Flood warning: none; the table gives no forecast."),
    (RSV, "Smooth sailing is not promised."),
    (FIT, "Excellent attendance: every child came for the one-day test."),
    (FIT, "Top of the class? The report does not rank the groups."),
    (CARIES, "Full marks for reading the record carefully."),
    (NARC, "Your application is not a promise of treatment."),
    (NARC, "Tips for the visit: bring a list of your medicines."),
    (PEAR, "Best strategy: read the record before drawing conclusions."),
    (CHEW, "Balanced and well-structured: three textures, twenty adults."),
    (ILD, "Hardy perennial, fully hardy, grows well in any registry."),
    (ILD, "Reliable performer: it has collected data every year since 2003."),
    (ILD, "Award of Garden Merit: none; it is a research registry."),
    (ILD, "Tolerates: frost, drought and paperwork; the registry is a record, not a remedy."),
    (ILD, "Pest and disease resistant? Not a question a registry answers."),
    (ILD, "Vigorous grower: enrolment is still open."),
    (ILD, "Grows to: about 5,000 people, if recruitment goes to plan."),
    (ILD, "Performs best when read alongside the full record."),
    (ILD, "Pick of the week? This label picks nothing."),
    (FIBRO, "Pros: free parking. Cons: the record doesn't say."),
    (FIBRO, "Pros: no cost to use the app. Cons: it is not known whether it helps."),
    (FIBRO, "Great team, supportive environment? The record does not describe the staff."),
    (FIBRO, "Competitive salary: not mentioned; volunteers are not employees."),
    (FIBRO, "Immediate start? No, the study had not begun."),
    (FIBRO, "Your stars say: ask your doctor whether the study suits you."),
    (FIBRO, "Romance is in the air; results are not."),
    (FIBRO, "Benefits package: none; the study does not promise any benefit."),
    (FIBRO, "Leo: a chance to help researchers learn whether the app works."),
    (FIBRO, "The app may or may not help; that is what the study is for."),
    (FIBRO, "Virgo: your pain levels will be measured, not predicted."),
    (RSV, "Calm seas expected? The log makes no forecast."),
    (RSV, "All well on board: nothing to report yet."),
    (RSV, "Safe passage is not guaranteed: this is a vaccine study, not a cruise."),
    (RSV, "Log note: the vaccine's safety is one of the things the study measures."),
    (RSV, "Fair weather ahead? Unknown; the study has not started."),
    (RSV, "Steady as she goes: two doses, one month apart, in some groups."),
    (RSV, "Your efforts will be rewarded? Not by this slip."),
    (RSV, "Fortune smiles on the patient reader: results come later."),
    (PREG, "House! No, not yet: the caller does not say who won."),
    (PREG, "It's a winner? Only the posted results can say."),
    (PREG, "Number 10: pregabalin or placebo, who knows which."),
    (DOC, "Easily confused with a larger study; this one had no comparison group."),
    (DOC, "Listen for the response rate at week 9; it was the main measure."),
    (DOC, "Well camouflaged: the record does not explain why the study stopped."),
    (NARC, "Top tip: check the record's dates before you call."),
    (NARC, "You must be aged 16 to 70 to take part."),
    (NARC, "Allow plenty of time: visits include sleep lab tests."),
    (PROT, "Finished result: the record does not yet show one."),
    (PROT, "Results may vary, as every knitter knows; this study has none yet."),
    (PEMF, "Tide prediction: results unknown."),
    (PEMF, "Pain scores rose and fell? The table cannot say; no results are posted."),
    (PEMF, "Safe harbour: the device's safety is not known from this table."),
    (PEMF, "No warnings issued: this table is not a safety notice about the device."),
    (FIT, "Shows promise? The report does not judge."),
    (FIT, "Could do better? Not a question the study asked."),
    (FIT, "Fitness: measured. Health: not judged."),
    (CARIES, "Question 8: does incomplete removal work better? (Answer: unknown.)"),
    (CARIES, "Model answer: the study never took place, so nothing was found."),
    (
        CARIES,
        "Question 9: is it safe to leave decay in a tooth? The study would have asked; it never "
        "ran.",
    ),
    (CHEW, "Safe to swallow? Swallowing was studied, not judged."),
    (CHEW, "Effective texture? The note doesn't say; it lists what was measured."),
    (CHEW, "Best enjoyed with the full record."),
    (PEAR, "Winning move: none; both groups kept their usual medicines."),
    (PEAR, "This game is not effective treatment and does not replace your medicine."),
    # fixed in this round
    (FIBRO, "Mercury in retrograde: nothing about the app is proven yet."),
    (FIBRO, "None of it is proven so far."),
    (ILD, "Safe for children and pets? Not stated."),
    (ILD, "Safe for children and pets? This label can't say; the registry includes adults only."),
    (RSV, "Will the vaccine protect you? This slip can't say."),
    (NARC, "Other narcolepsy medicines are stopped before the first dose, per the protocol."),
    (PEMF, "Guaranteed dry? No: this table guarantees nothing."),
    (PEMF, "Proven? No."),
    (RSV, "Guaranteed fair winds? No."),
    (FIBRO, "Your pain will be measured: participants fill in questionnaires."),
    (FIBRO, "Health: the stars are silent; the study will find out."),
    (PREG, "Legs eleven, and the results are posted; the caller won't read them out."),
    (CHEW, "Chef's special: a moist, minced texture, one of three."),
    (CHEW, "Tasting note: the test foods were not rated for flavour."),
    (NARC, "Please read the notes before completing the form."),
]

# whole summaries, one in each register
SUMMARIES31 = [
    (
        PEAR,
        "RULEBOOK\nPlayers: 112 adults with schizophrenia in the United States. Setup: each is "
        "randomly given PEAR-004, a phone app from Novartis, or a sham app, while keeping their "
        "usual medicines. Scoring: the PANSS scale on Days 29, 57 and 85. The game is over: the "
        "study is complete and its results are posted. This rulebook does not say who won.",
    ),
    (
        RSV,
        "SHIP'S LOG\nThe GSK study of an RSV vaccine in adults aged 50 and over with a lung or "
        "kidney transplant is not yet recruiting. About 375 people are planned, in eight "
        "countries. Some groups will get two doses a month apart. Blood samples will measure "
        "antibody levels and side effects will be logged. Results are not yet known.",
    ),
    (
        CHEW,
        "MENU\nIn Toronto, 20 adults aged 18 to 60 chewed foods in three textures while "
        "researchers counted chews and timed each mouthful. Nobody was treated. The study ran "
        "from 2019 to 2020 and its results are posted on ClinicalTrials.gov.",
    ),
    (
        FIBRO,
        "HOROSCOPE (A PARODY)\nAll signs: a Spanish study will randomly assign 360 adults with "
        "fibromyalgia to a self-guided app based on Acceptance and Commitment Therapy or to "
        "usual care. The main measure is the revised Fibromyalgia Impact Questionnaire over "
        "about six months. The outlook is unknown: the study has not started.",
    ),
    (
        PROT,
        "PATTERN\nFor children and teenagers aged 3 to 18 with a brain tumour needing "
        "craniospinal radiation. At Massachusetts General Hospital, about 20 participants will "
        "receive proton therapy that spares part of the spine's bone. One group only. The main "
        "question is whether the approach is feasible. Results are not yet known.",
    ),
    (
        ILD,
        "PLANT LABEL\nHardy perennial: the Simmons Center registry at the University of "
        "Pittsburgh has collected information from people with interstitial lung disease since "
        "2003 and is still recruiting. About 5,000 people are planned, to 2035. No treatment is "
        "tested. Contact details are on ClinicalTrials.gov.",
    ),
    (
        FIT,
        "REPORT CARD\nIn Montpellier, 446 children and teenagers with and without asthma each "
        "did an exercise test on one day. No treatment was given. The study is complete. This "
        "report does not say what the comparison found.",
    ),
    (
        NARC,
        "GUIDANCE NOTE\nThe TAK-861 study, run by Takeda, is for people with narcolepsy type 1. "
        "Participants take study tablets daily and have sleep lab tests; side effects are "
        "recorded at each visit. Whether the drug helps is not yet known. Ask the study team or "
        "your own doctor whether taking part suits you.",
    ),
    (
        PEMF,
        "TIDE TABLE\nStation: Turkey. In a completed study, 50 adults with leg pain from a lumbar "
        "disc herniation received PEMF or a sham device for three weeks. Pain was scored on a "
        "10 cm scale. Nobody knew who got the sham. No results are posted, so this table "
        "forecasts nothing.",
    ),
    (
        DOC,
        "FIELD GUIDE\nIn Greece, 26 people aged 70 or over with stage IV lung cancer received "
        "docetaxel plus bevacizumab every three weeks, with no comparison group. The main measure "
        "was response rate at week 9. The study stopped early. This entry does not report "
        "results.",
    ),
    (
        CARIES,
        "EXAM PAPER\nQuestion 1: a planned Israeli study would have compared complete and "
        "incomplete removal of deep decay in baby teeth of children aged 5 to 8. Why are there no "
        "results? Answer: it was withdrawn before enrolling anyone.",
    ),
    (
        PREG,
        "BINGO NIGHT\nEyes down: patients having spine surgery were randomly given 150 mg "
        "pregabalin or a placebo capsule about an hour before the operation. Pain at rest and "
        "morphine use afterwards were measured. The study is complete and its results are posted "
        "on ClinicalTrials.gov.",
    ),
]

FAITHFUL31 = (
    RULEBOOK31
    + SHIPLOG31
    + MENU31
    + HOROSCOPE31
    + KNIT31
    + PLANT31
    + REPORT31
    + PASSPORT31
    + TIDE31
    + BIRD31
    + BINGO31
    + JOB31
    + EXAM31
    + WINE31
    + COOKIE31
    + TRICKY31
    + SUMMARIES31
)


@pytest.mark.parametrize(("trial_name", "text"), FAITHFUL31)
def test_faithful_text_in_a_new_register_is_no_claim(trial_name: str, text: str) -> None:
    assert claim_codes(trial_name, text) == [], text


# The real claims closest to each fixed wording are still caught.
STILL_CLAIMS31 = [
    (FIBRO, "The app reduced pain.", "claim.efficacy"),
    # a medicine stopped, put down to the protocol, is its rule only in the passive
    (NARC, "Other narcolepsy medicines must be stopped first.", "claim.advice"),
    (NARC, "Stop your other narcolepsy medicines, as the protocol requires.", "claim.advice"),
    (NARC, "Other medicines should be stopped now, the protocol aside.", "claim.advice"),
    (NARC, "Stop your usual medicines before you start; the protocol says so.", "claim.advice"),
    # "nothing" denies only as the subject, and not as "nothing else"
    (FIBRO, "Nothing else is proven like this app.", "claim.efficacy"),
    (FIBRO, "Everything about the app is proven.", "claim.efficacy"),
    (FIBRO, "Nothing more is needed: the app is proven.", "claim.efficacy"),
    (FIBRO, "Nothing about the app is proven to fail; it is proven to work.", "claim.efficacy"),
    # a question put off is open; one answered yes, or "not stated, but yes", is not
    (ILD, "Safe for children and pets? Yes, completely.", "claim.efficacy"),
    (ILD, "Safe for children and pets? Not stated, but yes.", "claim.efficacy"),
    (ILD, "Safe for children and pets? Of course.", "claim.efficacy"),
    (ILD, "Safe for children and pets.", "claim.efficacy"),
    # a guarantee of nothing, or a bare "no" to one, promises nothing; these do
    (PEMF, "Guaranteed relief? Yes.", "claim.efficacy"),
    (PEMF, "Guaranteed relief? No doubt.", "claim.efficacy"),
    (PEMF, "Guaranteed relief? No, but it works.", "claim.efficacy"),
    (PEMF, "The device guarantees nothing but relief.", "claim.efficacy"),
    (PEMF, "The device guarantees no side effects.", "claim.efficacy"),
    (PEMF, "Relief guaranteed.", "claim.efficacy"),
    (PEMF, "Is it safe? No side effects were seen.", "claim.efficacy"),
    (PEMF, "Proven to work? No question about it.", "claim.efficacy"),
    # the registers' own real claims
    (FIBRO, "Apply via the study team if you are interested.", "claim.advice"),
    (FIBRO, "Apply today: places are limited.", "claim.advice"),
    (FIBRO, "Places are limited, so don't miss out.", "claim.promotional"),
    (
        ILD,
        "Hardy perennial: the registry is proven to help people with lung disease.",
        "claim.efficacy",
    ),
    (PEMF, "Tide prediction: the PEMF device relieves leg pain.", "claim.efficacy"),
    (RSV, "Fortune says: the vaccine will protect you from RSV.", "claim.efficacy"),
    (PREG, "Bingo! Pregabalin cut pain after surgery.", "claim.efficacy"),
    (CHEW, "Chef recommends: join the next study today.", "claim.advice"),
    (
        NARC,
        "Tips for the visit: stop your usual narcolepsy medicines before you come.",
        "claim.advice",
    ),
    (DOC, "Rare sighting: a world-class treatment for older adults.", "claim.promotional"),
    (FIT, "Top of the class: exercise cures asthma.", "claim.efficacy"),
    (PROT, "Finishing: proton therapy is completely safe for children.", "claim.efficacy"),
    (CARIES, "Model answer: incomplete removal works better.", "claim.efficacy"),
]


@pytest.mark.parametrize(("trial_name", "text", "code"), STILL_CLAIMS31)
def test_claim_beside_a_new_register_is_still_caught(trial_name: str, text: str, code: str) -> None:
    assert code in claim_codes(trial_name, text), text
