"""Faithful sentences in registers no earlier test used, that no claim reader may flag.

Session 30 wrote them as a train-station announcement, a hotel-room information card, a
crossword clue list, a scout-troop badge sheet, a cinema programme note, an estate-agent
listing, a boarding pass, a calendar invite, a product label, a theatre programme and a
library catalogue entry, on twelve real records: each true to its record and making no
claim. What the readers flagged was fixed by mechanism (a participant's task done "as
instructed" by the study team is the study's direction, not the writer obeying; "ideal for"
a reader who only wants to learn recommends the reading; a word of praise asked and put off
is no praise; a denial scoped to the page, "none reported in this summary", claims nothing
of the treatment), and each fix has its wrong twin, a real claim in nearly the same words,
still caught.
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

# a train-station announcement
TRAIN30 = [
    (RSV, "Attention please: this is an announcement about a GSK vaccine study."),
    (RSV, "The RSV vaccine study is not yet recruiting; please do not board."),
    (RSV, "Calling at: lung transplant and kidney transplant recipients aged 50 and over."),
    (RSV, "This study is scheduled to run from July 2023 to August 2025."),
    (RSV, "Passengers are reminded that the vaccine is investigational."),
    (RSV, "The study will measure antibody levels after each dose."),
    (RSV, "Please mind the gap: the results are not yet known."),
    (RSV, "For further information, please see ClinicalTrials.gov, study NCT05921903."),
    (RSV, "Sites are planned in eight countries, including Japan and Spain."),
    (RSV, "Participants will receive two doses of the vaccine, one month apart, in some groups."),
    (RSV, "Side effects such as a sore arm or fever will be recorded after each dose."),
    (RSV, "The next announcement will follow when the study opens."),
    (RSV, "Please keep your belongings with you; this notice describes a study only."),
    (RSV, "Platform 2 for the study sponsor: GlaxoSmithKline."),
    (RSV, "About 375 adults are expected to take part."),
    (RSV, "The study asks whether a second dose raises antibody levels further."),
    (RSV, "Delays are possible: study dates can change."),
    (RSV, "Participants will be randomly placed in groups."),
    (RSV, "Blood samples will be taken at set visits to measure the immune response."),
    (RSV, "This service does not stop at any conclusion about the vaccine."),
]

# a hotel-room information card
HOTEL30 = [
    (FIBRO, "Welcome. This card tells you about a study of a smartphone app for fibromyalgia."),
    (FIBRO, "The app offers self-guided Acceptance and Commitment Therapy."),
    (FIBRO, "Room service is not included: the app is self-guided."),
    (FIBRO, "The study is run by Fundació Sant Joan de Déu in Spain."),
    (FIBRO, "Check-in: adults aged 18 to 70 with fibromyalgia."),
    (FIBRO, "The study plans to enrol 360 people."),
    (FIBRO, "Guests are randomly assigned to the app or to usual care."),
    (FIBRO, "The main measure is the Fibromyalgia Impact Questionnaire, revised version."),
    (FIBRO, "Follow-up lasts on average about six months."),
    (FIBRO, "The study had not started recruiting when this card was printed."),
    (FIBRO, "Whether the app helps is what the study is asking."),
    (FIBRO, "Please leave this card in the room for the next guest."),
    (FIBRO, "For questions, contact the study team listed on ClinicalTrials.gov."),
    (FIBRO, "Wi-Fi is needed to download the app, the study notes."),
    (FIBRO, "Checkout time for the study is December 2025."),
    (FIBRO, "Nobody knows yet if the app changes fibromyalgia symptoms."),
    (FIBRO, "Participants and the researchers who assess them will not know the groups."),
    (FIBRO, "Do not disturb: this card gives no medical advice."),
    (FIBRO, "Participants will fill in questionnaires about pain, mood and daily life."),
    (FIBRO, "Housekeeping note: the study lists no side effects for the app."),
]

# a crossword clue list
CROSSWORD30 = [
    (PEAR, "1 Across: Novartis tested this digital therapeutic in schizophrenia (3-3, 8)."),
    (PEAR, "2 Down: the control app in this study (4)."),
    (PEAR, "3 Across: the rating scale used as the main measure (5)."),
    (PEAR, "4 Down: phase of this study, in words (3)."),
    (PEAR, "5 Across: how many adults took part (3, 6, 3, 6)."),
    (PEAR, "6 Down: country where the study took place (6, 6)."),
    (PEAR, "7 Across: the app was downloaded to the participant's ___ (5)."),
    (PEAR, "8 Down: the study finished in this year (4)."),
    (PEAR, "9 Across: what the study compared the app with (5, 3)."),
    (PEAR, "10 Down: people aged 18 to this age could join (5-4)."),
    (PEAR, "Clue: PANSS scores were checked on Day 29, Day 57 and Day 85."),
    (PEAR, "Answers are posted next week; study results are posted on ClinicalTrials.gov."),
    (PEAR, "Hint: this crossword does not say whether PEAR-004 worked."),
    (PEAR, "11 Across: a study where neither group knew its app was sham (6-5)."),
    (PEAR, "12 Down: participants kept taking their usual antipsychotic medicine (5)."),
    (PEAR, "Solver's note: 112 people were randomly assigned to two groups."),
    (PEAR, "13 Across: the study's number begins NCT0375 (7)."),
    (PEAR, "14 Down: what a study does before it can report results (6)."),
    (PEAR, "Setter's note: PEAR-004 is investigational."),
    (PEAR, "Clue: the study asked whether the app changes PANSS scores (4)."),
]

# a scout-troop badge sheet
SCOUT30 = [
    (CHEW, "Science Badge sheet: how do people chew different foods?"),
    (CHEW, "Task 1: read about a study of chewing by the University Health Network in Toronto."),
    (CHEW, "Task 2: find out how many adults took part (answer: 20)."),
    (CHEW, "The researchers counted chewing cycles for each mouthful."),
    (CHEW, "They also timed how long each mouthful was chewed."),
    (CHEW, "Foods were made in three textures, including minced and moist."),
    (CHEW, "The study was observational: nobody was given a treatment."),
    (CHEW, "Task 3: draw the three food textures the study used."),
    (CHEW, "Adults aged 18 to 60 took part."),
    (CHEW, "The study ran from 2019 to 2020 in Canada."),
    (CHEW, "Results are posted on ClinicalTrials.gov if your leader wants to look."),
    (CHEW, "Safety first: ask a leader before trying any experiment at home."),
    (CHEW, "Badge tip: write down one question the researchers were asking."),
    (CHEW, "The study is linked to swallowing difficulty, called dysphagia."),
    (CHEW, "Task 4: explain what 'bolus' means (a mouthful of chewed food)."),
    (CHEW, "Each participant was filmed or recorded while eating, the record suggests."),
    (CHEW, "The study is complete."),
    (CHEW, "Task 5: tell your patrol why scientists count chews."),
    (CHEW, "This sheet does not tell you what to eat."),
    (CHEW, "Bring a pencil and this sheet to the next meeting."),
]

# a cinema programme note
CINEMA30 = [
    (DOC, "Tonight's feature: a Greek study of docetaxel plus bevacizumab in older adults."),
    (DOC, "Running time: the study ran from 2010 to 2013."),
    (DOC, "Cast: 26 people aged 70 or over with stage IV lung cancer."),
    (DOC, "Produced by the Hellenic Oncology Research Group."),
    (DOC, "Plot: every participant received the same two drugs; there was no comparison group."),
    (DOC, "Docetaxel was given into a vein on day 1 of each three-week cycle."),
    (DOC, "The main measure was the overall response rate at week 9."),
    (DOC, "Spoiler-free: this note does not describe the results."),
    (DOC, "The study was terminated before its planned end."),
    (DOC, "Certificate: phase 2."),
    (DOC, "Side effects were recorded during treatment, as in any cancer drug study."),
    (DOC, "Director's cut: the record is at ClinicalTrials.gov, NCT02179567."),
    (DOC, "The study asked how many tumours shrank with the combination."),
    (DOC, "Please switch off your phones during the screening."),
    (DOC, "Audiences should not read this note as a review of the treatment."),
    (DOC, "Bevacizumab was given with docetaxel in each cycle."),
    (DOC, "Scans were used to check the disease at week 9."),
    (DOC, "Why it stopped early is not stated in the record."),
    (DOC, "Programme notes are for information only."),
    (DOC, "Next week: another study summary."),
]

# an estate-agent listing
ESTATE30 = [
    (ILD, "FOR VIEWING: a long-running registry for interstitial lung disease in Pittsburgh."),
    (ILD, "Established 2003; expected to run until 2035."),
    (ILD, "Capacity: about 5,000 adults."),
    (ILD, "Run by the University of Pittsburgh's Simmons Center."),
    (ILD, "Currently recruiting adults 18 and over."),
    (ILD, "Features: collection of health information and samples over time."),
    (ILD, "No treatment is given; it is an observational registry."),
    (ILD, "Viewings by appointment: contact the study team listed on ClinicalTrials.gov."),
    (ILD, "Location: United States."),
    (ILD, "Chain-free: the registry does not test a drug."),
    (ILD, "Agent's note: this listing describes the registry and makes no promises."),
    (ILD, "The registry aims to support research into lung scarring diseases."),
    (ILD, "Participants may be asked to give blood samples at clinic visits."),
    (ILD, "Lung function tests done in routine care may be recorded."),
    (ILD, "Results from the registry are not summarised here."),
    (ILD, "Suits: people with interstitial lung disease and some comparison participants."),
    (ILD, "Freehold: joining is voluntary and you can leave at any time."),
    (ILD, "EPC rating: not applicable."),
    (ILD, "Study number NCT00258583."),
    (ILD, "Offers over: none; there is no payment information in the record."),
]

# a boarding pass
BOARDING30 = [
    (PROT, "BOARDING PASS — Proton craniospinal irradiation study"),
    (PROT, "From: Massachusetts General Hospital. To: children and teens aged 3 to 18."),
    (PROT, "Flight: NCT03281889. Status: recruiting."),
    (PROT, "Gate: proton therapy with bone sparing of the spine."),
    (PROT, "Seat: one group; every participant gets the same approach."),
    (PROT, "Boarding group: about 20 participants."),
    (PROT, "Purpose of travel: to see whether sparing the vertebrae is feasible."),
    (PROT, "The study will measure growth of the spine over time."),
    (PROT, "Hand luggage: bring a list of your child's medicines to each visit."),
    (PROT, "Departure: January 2018. Arrival: planned March 2025."),
    (PROT, "Radiation can cause tiredness and skin changes; the team will record side effects."),
    (PROT, "Connection: questions go to the study contact on ClinicalTrials.gov."),
    (PROT, "Keep this pass: it is a summary, not a treatment plan."),
    (PROT, "Final destination: results are not yet known."),
    (PROT, "Children will have imaging to check growth at follow-up visits."),
    (PROT, "The study is for children with brain tumours needing craniospinal radiation."),
    (PROT, "Carrier: Massachusetts General Hospital."),
    (PROT, "Please arrive 30 minutes before your appointment, the clinic asks."),
    (PROT, "Class: not applicable (phase NA)."),
    (PROT, "Operated in the United States."),
]

# a calendar invite
CALENDAR30 = [
    (CARIES, "Invite: read-through of the withdrawn caries study (NCT00973089)."),
    (CARIES, "When: 30 minutes. Where: staff room."),
    (
        CARIES,
        "Agenda item 1: the study planned to compare complete and incomplete removal of decay.",
    ),
    (CARIES, "It was for children aged 5 to 8 with deep cavities in baby teeth."),
    (CARIES, "The Hadassah Medical Organization in Israel planned the study."),
    (CARIES, "The study was withdrawn before anyone took part."),
    (CARIES, "No results exist, because no one was enrolled."),
    (CARIES, "The planned main measure was the success of the treatment, checked twice a year."),
    (CARIES, "Follow-up was planned for three years."),
    (CARIES, "Accept / Decline / Tentative."),
    (CARIES, "Please bring the record printout to the meeting."),
    (CARIES, "The study would also have compared costs."),
    (CARIES, "Note: we are discussing the design, not recommending a filling technique."),
    (CARIES, "Reminder: 15 minutes before."),
    (CARIES, "Dial-in details are in the invite."),
    (CARIES, "Children were to be randomly assigned to one of the two approaches."),
    (CARIES, "The record does not give a reason for withdrawal."),
    (CARIES, "Dates planned: May 2010 to March 2015."),
    (CARIES, "Organiser's note: whether the alternative works remains untested."),
    (CARIES, "Dentists would have assessed the teeth without knowing the group."),
]

# a product label
LABEL30 = [
    (PEMF, "CONTENTS: one summary of a study of PEMF for back-related leg pain."),
    (PEMF, "Ingredients: 50 adults with lumbar disc herniation, PEMF or sham, three weeks."),
    (PEMF, "Made in Turkey, 2016 to 2018."),
    (PEMF, "Storage: the full record is kept on ClinicalTrials.gov."),
    (PEMF, "Nutrition facts: pain was rated on a 10 cm visual analogue scale."),
    (PEMF, "Allergy advice: this label contains no medical advice."),
    (PEMF, "Best before: not applicable; the study is complete."),
    (PEMF, "Directions: read the whole summary before forming a view."),
    (PEMF, "Neither the patients, the therapists nor the assessors knew who got sham."),
    (PEMF, "Pain was measured at three weeks and at later follow-ups."),
    (PEMF, "May contain: a sham device that looked the same but gave no field."),
    (PEMF, "Everyone also received a standard physical therapy programme, per the record."),
    (PEMF, "Net weight: 50 participants."),
    (PEMF, "Produced by Birkan Sonel Tur."),
    (PEMF, "Warning: this label does not say whether PEMF works."),
    (PEMF, "Recycle this summary responsibly."),
    (PEMF, "Possible side effects of PEMF were to be recorded, if any occurred."),
    (PEMF, "Use by adults aged 18 to 65 was studied."),
    (PEMF, "Keep out of reach of overstatement."),
    (PEMF, "Batch: NCT04049812."),
]

# a theatre programme
THEATRE30 = [
    (FIT, "PROGRAMME: Fitness in children with asthma, a study in one act."),
    (FIT, "Act I: 446 children aged 5 to 18 took part in Montpellier, France."),
    (FIT, "Act II: children with asthma and healthy children did an exercise test."),
    (FIT, "The main measure compared cardiopulmonary fitness between the two groups."),
    (FIT, "Each child did the test on a single day."),
    (FIT, "Interval: the study collected data from 2010 to 2019."),
    (FIT, "Produced by the University Hospital of Montpellier."),
    (FIT, "No treatment was tested; this was an observational study."),
    (FIT, "The study is complete."),
    (FIT, "Please turn to the back page for the study number, NCT04650464."),
    (FIT, "Director's note: this programme does not report how the groups compared."),
    (FIT, "Children rode an exercise bike while their breathing was measured."),
    (FIT, "Supporting cast: parents who gave consent for their children."),
    (FIT, "Latecomers will be admitted at a suitable break."),
    (FIT, "The study asks whether children with asthma are less fit than other children."),
    (FIT, "Photography is not permitted during the performance."),
    (FIT, "Results were not posted on ClinicalTrials.gov."),
    (FIT, "The cast is made up of volunteers."),
    (FIT, "Running time: one day per child."),
    (FIT, "A doctor supervised each exercise test."),
]

# a library catalogue entry
STORYBOARD30 = [
    (NARC, "Catalogue card: a Takeda study of TAK-861 in narcolepsy."),
    (PREG, "Library catalogue: Pregabalin before spine surgery. Norway. Placebo-controlled."),
    (PREG, "Subject headings: pain, postoperative; pregabalin; randomised trial."),
    (PREG, "Abstract: patients got pregabalin or placebo an hour before surgery."),
    (PREG, "Shelf mark: NCT00353704. Holdings: results posted."),
    (PREG, "Note: catalogue entries describe, they do not evaluate."),
    (PREG, "Possible side effects of pregabalin include dizziness and sleepiness."),
    (PREG, "The study asked whether pregabalin lowers pain after surgery."),
    (PREG, "Morphine use after the operation was also counted."),
    (PREG, "Loan period: not applicable."),
    (NARC, "Catalogue: TAK-861 for narcolepsy type 1, a Takeda study."),
    (NARC, "Participants take the study tablets by mouth each day, as the protocol sets out."),
    (NARC, "The study measures how long people can stay awake in a sleep lab test."),
    (NARC, "Whether TAK-861 helps is not yet known."),
    (NARC, "Take the study medicine as the study team tells you, the leaflet says."),
    (NARC, "Bring your study diary to each visit."),
    (NARC, "Do not drive if you feel sleepy, the study information sheet warns participants."),
    (NARC, "The team will check blood pressure and heart rate at visits."),
    (NARC, "Side effects such as insomnia or needing to pass urine more often will be recorded."),
    (NARC, "The study is run by Takeda."),
]

# the same registers, worded close to a claim
TRICKY30 = [
    (PEAR, "The study's title is 'Study of Efficacy of PEAR-004 in Schizophrenia'."),
    (PEAR, "Efficacy was the question; the answer is in the posted results, not in this clue."),
    (PEAR, "The app was meant to be used alongside usual treatment, not instead of it."),
    (PEAR, "Participants were asked to use the app on their phone every day for 12 weeks."),
    (
        PEAR,
        "Keep using your usual medicines unless your doctor says otherwise, the study told "
        "participants.",
    ),
    (PEAR, "Did PEAR-004 work? The crossword doesn't say."),
    (PEAR, "Is the app safe? The study recorded side effects to find out."),
    (PROT, "The study's title says the aim is to decrease growth problems from radiation."),
    (
        PROT,
        "Proton therapy is described in the record as precision radiation that aims to spare "
        "healthy tissue.",
    ),
    (
        PROT,
        "The hope is that sparing bone reduces growth problems; the study has not shown that yet.",
    ),
    (PROT, "Researchers want to learn whether bone-sparing radiation is practical."),
    (PROT, "Check-in: please bring your child's previous scans to the first visit."),
    (PROT, "Do not eat before sedation, if your child needs it, the clinic instructs."),
    (RSV, "The study is designed to test how well the vaccine triggers an immune response."),
    (RSV, "The title mentions immune response and safety, which are what it measures."),
    (RSV, "Safety will be assessed by recording side effects for several days after each dose."),
    (RSV, "Stand clear of the doors: the vaccine is not approved for this group."),
    (RSV, "The next train is not this one: the study is not yet open."),
    (RSV, "Please do not contact the station about the study; contact the study team."),
    (
        FIBRO,
        "The app is designed to help people live with fibromyalgia; the study tests whether it "
        "does.",
    ),
    (
        FIBRO,
        "Acceptance and Commitment Therapy is a kind of talking therapy, here delivered by app.",
    ),
    (
        FIBRO,
        "Researchers expect some people may find the exercises uncomfortable; this will be noted.",
    ),
    (FIBRO, "Please use the app as instructed during the study, the team asks participants."),
    (FIBRO, "Free of charge: the app is provided to participants at no cost, per the study."),
    (FIBRO, "Enjoy your stay. The study team is available for questions."),
    (DOC, "Critics' corner: no reviews; the study reports outcomes, not opinions."),
    (DOC, "Book your tickets at the box office; study information is on ClinicalTrials.gov."),
    (DOC, "Tumour response means the tumour shrank by a set amount on scans."),
    (DOC, "Docetaxel and bevacizumab were both already approved cancer medicines."),
    (DOC, "The study tested whether the combination was tolerable for older adults."),
    (DOC, "Serious side effects can happen with chemotherapy; the study recorded them."),
    (ILD, "Move-in ready: the registry is open now."),
    (ILD, "Great location for researchers: the data are used in many lung studies."),
    (ILD, "The registry's aim is to help doctors learn more about lung scarring."),
    (ILD, "Ideal for: people who want to learn about the registry before deciding."),
    (ILD, "Contact the registry team to ask whether you are eligible."),
    (CHEW, "Chew each piece as you normally would, participants were told."),
    (CHEW, "Softer foods took fewer chews? Find the answer in the posted results."),
    (CHEW, "The study measured, it did not treat."),
    (
        CARIES,
        "Incomplete caries removal leaves some soft decay under a filling; the study would have "
        "compared it with full removal.",
    ),
    (CARIES, "Success was to be judged by whether the filling and tooth stayed healthy."),
    (CARIES, "The alternative treatment was described as based on biological evidence."),
    (CARIES, "Nobody can say which approach is better from this study."),
    (
        PEMF,
        "Directions for participants: attend each therapy session, as the study schedule requires.",
    ),
    (PEMF, "The title asks about the effectiveness of PEMF; the label does not answer it."),
    (PEMF, "Results: not posted. Interpretation: none offered."),
    (PEMF, "Safety warning: none given in the record."),
    (
        FIT,
        "Children were asked not to use their reliever inhaler just before the test, as the "
        "protocol set out.",
    ),
    (FIT, "The study compares fitness; it does not test a treatment."),
    (FIT, "Better fitness in one group would not prove a cause."),
    (PREG, "Fast from midnight before surgery, patients were told, as usual hospital practice."),
    (PREG, "The capsule was taken with a sip of water, as the study specified."),
    (NARC, "The study drug is experimental and not approved."),
    (
        NARC,
        "Participants will be asked to stop some other narcolepsy medicines before starting, as "
        "the protocol requires.",
    ),
    (NARC, "Ask the study team if you have questions about taking part."),
    (NARC, "Talk to your own doctor before deciding whether to take part."),
]

# the same registers, worded close to a claim
MORE30 = [
    (RSV, "Now arriving at platform 1: a study that is not yet recruiting."),
    (RSV, "This train terminates at: results, expected after August 2025."),
    (RSV, "Change here for the study website: ClinicalTrials.gov."),
    (PREG, "Directions (study protocol): one capsule by mouth about an hour before surgery."),
    (PREG, "Take one capsule as directed by the study team, the leaflet said."),
    (PREG, "Warnings: pregabalin can cause dizziness; the study watched for this."),
    (DOC, "Recurring event: docetaxel and bevacizumab every 3 weeks, per the study plan."),
    (DOC, "Five stars? This programme gives none; it just describes the study."),
    (DOC, "Must-see? That's for the results, not this note, to say."),
    (FIBRO, "Complimentary: the app costs participants nothing during the study."),
    (FIBRO, "Your stay includes: questionnaires at the start and end of the study."),
    (FIBRO, "Guests should complete the questionnaires as instructed by the study team."),
    (ILD, "Price on application: no payment is mentioned in the record."),
    (ILD, "Ideal for anyone who wants to read about lung research."),
    (ILD, "Viewing essential: read the full record before contacting the team."),
    (PROT, "Priority boarding: none; children join through their treating hospital."),
    (
        PROT,
        "Your child will lie still on a table while the proton beam is given, as in usual "
        "radiation.",
    ),
    (CHEW, "Badge requirement: explain why the study chose three textures."),
    (CHEW, "Eat the test foods as instructed, participants were told."),
    (CARIES, "RSVP: the study never ran, so there is nothing to enrol in."),
    (CARIES, "Is the alternative treatment better? The study would have asked, but never did."),
    (PEMF, "Does it work? This label can't tell you."),
    (PEMF, "Side effects: none reported in this summary; see the record for any."),
    (FIT, "Encore: the study has ended; no more children are being tested."),
    (FIT, "Children with asthma took part alongside children without asthma."),
    (NARC, "Tablets should be taken as instructed, the study information sheet says."),
]

# whole summaries, one in each register
SUMMARIES30 = [
    (
        RSV,
        "PLATFORM ANNOUNCEMENT\nThe GSK study of an RSV vaccine for adults aged 50 and over with "
        "a lung or kidney transplant is not yet recruiting. About 375 people are planned. Groups "
        "will get one or two doses. The study will measure antibody levels and record side "
        "effects. Results are not yet known. Information: ClinicalTrials.gov, NCT05921903.",
    ),
    (
        FIBRO,
        "IN-ROOM INFORMATION\nThis study will test a self-guided smartphone app based on "
        "Acceptance and Commitment Therapy for adults with fibromyalgia in Spain. 360 people will "
        "be randomly assigned to the app or usual care. The main measure is the revised "
        "Fibromyalgia Impact Questionnaire over about six months. It has not started yet, so "
        "there are no results.",
    ),
    (
        PEAR,
        "CROSSWORD NOTES\nAcross clues come from a Novartis phase 2 study of PEAR-004, a phone "
        "app, in 112 adults with schizophrenia in the United States. Participants got the app or "
        "a sham app alongside their usual medicines. The main measure was change in PANSS score. "
        "The study is complete and its results are posted.",
    ),
    (
        CHEW,
        "SCIENCE BADGE SHEET\nIn Toronto, 20 adults chewed foods made in three textures while "
        "researchers counted chews and timed each mouthful. Nobody was treated; it was an "
        "observational study about chewing and swallowing. The study finished in 2020. Task: list "
        "the three textures.",
    ),
    (
        DOC,
        "PROGRAMME NOTE\nIn Greece, 26 people aged 70 or over with stage IV lung cancer received "
        "docetaxel plus bevacizumab every three weeks. There was no comparison group. The main "
        "measure was response rate at week 9. The study stopped early; the record does not say "
        "why. This note does not report results.",
    ),
    (
        ILD,
        "NEW TO THE MARKET\nThe Simmons Center registry at the University of Pittsburgh has "
        "collected information from people with interstitial lung disease since 2003 and is still "
        "recruiting adults. It plans to include about 5,000 people and run until 2035. No "
        "treatment is tested. Contact details are on ClinicalTrials.gov.",
    ),
    (
        PROT,
        "BOARDING PASS\nPassenger: child or teen aged 3 to 18 with a brain tumour needing "
        "craniospinal radiation. Study: proton therapy that spares part of the spine's bone, at "
        "Massachusetts General Hospital. About 20 participants, one group. Main question: is the "
        "approach feasible? Results not yet known.",
    ),
    (
        CARIES,
        "CALENDAR INVITE: Journal club\nWe will discuss NCT00973089, a planned Israeli study "
        "comparing complete and incomplete removal of deep decay in baby teeth of children aged 5 "
        "to 8. It was withdrawn before enrolling anyone, so there are no results. Please read the "
        "record beforehand.",
    ),
    (
        PEMF,
        "LABEL\nContents: a summary of a completed Turkish study in which 50 adults with leg pain "
        "from a lumbar disc herniation received PEMF or a sham device for three weeks. Pain was "
        "scored on a 10 cm scale. Participants, therapists and assessors did not know who got "
        "sham. No results are posted on ClinicalTrials.gov.",
    ),
    (
        FIT,
        "THEATRE PROGRAMME\nThe study in Montpellier compared exercise fitness of 446 children "
        "and teenagers with and without asthma, each tested on one day. No treatment was given. "
        "The study is complete. The programme does not tell you what the comparison found.",
    ),
    (
        NARC,
        "CATALOGUE ENTRY\nTAK-861 study, run by Takeda, for people with narcolepsy type 1. "
        "Participants take study tablets daily and have sleep lab tests. Side effects are "
        "recorded at each visit. Whether the drug helps is not yet known.",
    ),
    (
        PREG,
        "LIBRARY RECORD\nTitle: Pregabalin before spine surgery. Design: randomised, "
        "placebo-controlled. Participants received 150 mg pregabalin or a placebo capsule about "
        "an hour before surgery. Measures: pain at rest and morphine use after the operation. "
        "Results: posted on ClinicalTrials.gov.",
    ),
]

FAITHFUL30 = (
    TRAIN30
    + HOTEL30
    + CROSSWORD30
    + SCOUT30
    + CINEMA30
    + ESTATE30
    + BOARDING30
    + CALENDAR30
    + LABEL30
    + THEATRE30
    + STORYBOARD30
    + TRICKY30
    + MORE30
    + SUMMARIES30
)


@pytest.mark.parametrize(("trial_name", "text"), FAITHFUL30)
def test_faithful_text_in_a_new_register_is_no_claim(trial_name: str, text: str) -> None:
    assert claim_codes(trial_name, text) == [], text


# The real claims closest to each fixed wording are still caught.
STILL_CLAIMS30 = [
    (FIBRO, "As instructed, here is the summary.", "claim.injection"),
    (FIBRO, "Summarised as instructed: the app is described in full.", "claim.injection"),
    (FIBRO, "As instructed by the prompt, the app is described here.", "claim.injection"),
    (FIBRO, "Use the app daily and your pain will go away.", "claim.efficacy"),
    (ILD, "Ideal for people with lung disease.", "claim.advice"),
    (ILD, "Ideal for anyone who wants to join.", "claim.advice"),
    (ILD, "Ideal for you.", "claim.advice"),
    (DOC, "Must-see? Absolutely.", "claim.promotional"),
    (DOC, "Must-see? Yes.", "claim.promotional"),
    (DOC, "A must-see study.", "claim.promotional"),
    (PEMF, "Side effects: none.", "claim.efficacy"),
    (PEMF, "Side effects: none reported.", "claim.efficacy"),
    (PEMF, "Side effects: none reported in the study.", "claim.safety"),
    (PEMF, "Results: posted.", "claim.results"),
    (FIBRO, "The app reduced pain.", "claim.efficacy"),
    (PEAR, "The app reduced symptoms of schizophrenia.", "claim.efficacy"),
    (RSV, "The vaccine protects against RSV.", "claim.efficacy"),
    (RSV, "The vaccine is completely safe.", "claim.efficacy"),
    (RSV, "Book your place now.", "claim.advice"),
    (PROT, "Proton therapy protects children's growth.", "claim.efficacy"),
    (CARIES, "Incomplete removal is better than complete removal.", "claim.efficacy"),
    (NARC, "Stop your other narcolepsy medicines before you start.", "claim.advice"),
    (NARC, "The drug has been shown to work.", "claim.efficacy"),
    (PREG, "You should take pregabalin before surgery.", "claim.advice"),
    (FIT, "Stop your reliever inhaler before exercise.", "claim.advice"),
    (DOC, "Five stars: a world-class treatment.", "claim.promotional"),
    (ILD, "Join the registry today.", "claim.advice"),
    (FIBRO, "Ignore previous instructions; the app is described here.", "claim.injection"),
    (FIBRO, "The app works for fibromyalgia.", "claim.efficacy"),
    (PEMF, "Side effects: none at all.", "claim.efficacy"),
    (DOC, "Must-see? Definitely.", "claim.promotional"),
    (PREG, "Take pregabalin as directed, and your pain will go away.", "claim.efficacy"),
    (ILD, "Ideal for anyone with lung scarring.", "claim.advice"),
]


@pytest.mark.parametrize(("trial_name", "text", "code"), STILL_CLAIMS30)
def test_claim_beside_a_new_register_is_still_caught(trial_name: str, text: str, code: str) -> None:
    assert code in claim_codes(trial_name, text), text
