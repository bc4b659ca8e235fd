"""Faithful sentences in registers no earlier test used (a train-station announcement, a
hotel-room info card, a boarding pass, a calendar invite, a product label, a theatre
programme, an estate-agent listing, a scout badge sheet, a cinema programme note, a
delivery-tracking update, an auction catalogue, a puzzle page, a parking permit, a class
timetable, a luggage tag and a birthday card), each true to its record, and the wrong twins
the fixes must still catch.

The fixes read mechanisms: the top of an age range before "took part" ("120 adults aged 18
to 60 took part") is no head count; "no" that opens a noun phrase ("Healthy adults only: no
illness was needed") answers no yes/no label; adults "of any age" on a record with no
maximum; a numbered bay, seat, screen, lot or requirement on a notice; another name for a
treatment after "also" ("Also sold as Aitan"); and, for recall, a card's "Minimum age:" /
"Maximum age:" / "Age limit:" label before an age."""

from __future__ import annotations

import pytest

from tests.checks_support import caught_only_when_wrong, codes, record

DISC = "NCT00220935.json"  # Orthotrac vest; completed, 150; 21 to 55; double blind; Texas Back
SILD = "NCT00710099.json"  # sildenafil, healthy volunteers; 40 estimated; 18 up; Grenoble
CERV = "NCT00868335.json"  # neck discectomy +/- Activ C; completed, 24; 18 to 55; open
NOVO = "NCT01640457.json"  # NOVOCART Disc; phase 1/2; completed, 120; 18 to 60; Tetec AG
CALC = "NCT02283021.json"  # calcium channels in NSCLC; observational; unknown; 200 est.
VIVI = "NCT02814825.json"  # ViviGen ACDF; observational; completed, 100; 21 to 75; DePuy
APAT = "NCT03416231.json"  # apatinib + docetaxel; phase 2; unknown; 20 estimated; 18 up
TAB = "NCT03968276.json"  # tablet for anti-thrombotic patients; terminated, 25; 18 up
BRIG = "NCT04318938.json"  # brigatinib vs ALK TKI; phase 2; active, 118; Germany
CT152 = "NCT04770285.json"  # CT-152 vs sham app; completed, 386; 22 to 64; quadruple
HJF = "NCT05147506.json"  # CBT app vs psychoeducation; active, 113; 18 to 65; single blind
CT155 = "NCT05486312.json"  # CT-155 app, one group; completed, 50; 18 to 64; 10 US sites
BIG = "NCT06028984.json"  # depression app vs control; active, 248 estimated; 13 up; triple
NRG = "NCT06388018.json"  # endometrial cancer; recruiting, 325 est.; women 18 up; phase 2
FENO = "NCT06751550.json"  # FeNO in asthma rehab; observational; completed, 62; 18 up
ANAK = "NCT05814159.json"  # anakinra vs placebo; recruiting, 15 estimated; 8 months up

FAITHFUL = [
    # train-station announcement
    (
        DISC,
        (
            "Platform 2 announcement: the back-pain vest study from Texas Back Institute has now "
            "finished."
        ),
    ),
    (DISC, "Calling at: adults from twenty-one to fifty-five with leg pain from a slipped disc."),
    (DISC, "One hundred and fifty passengers, sorry, patients, took part."),
    (DISC, "Departed January 2003, arrived July 2006."),
    (DISC, "This service was randomized: a coin-toss-style draw picked each patient's group."),
    (DISC, "Both the patients and the assessors were kept in the dark about the groups."),
    (DISC, "The device on board: the Orthotrac Pneumatic Vest."),
    (DISC, "Men and women alike were welcome."),
    (DISC, "Mind the gap: no one over 55 could join."),
    (DISC, "Single stop: one site in the United States."),
    (DISC, "Partner on this line: Orthofix Inc."),
    (DISC, "Phase: not applicable, as it tested a device."),
    (DISC, "Passengers needed radiating leg pain and a disc protrusion."),
    (DISC, "The study ran for about three and a half years."),
    (DISC, "Ages 21-55 only, please."),
    # hotel-room info card
    (SILD, "Welcome to Room 12. This card describes a study at University Hospital, Grenoble."),
    (SILD, "Guests: healthy volunteers, aged eighteen and over, with no upper age limit."),
    (SILD, "About forty guests were expected (an estimate)."),
    (SILD, "Check-in opened July 2008; check-out was June 2011."),
    (SILD, "The study has completed."),
    (
        SILD,
        (
            "On the menu: sildenafil by mouth, and nitroprussiate given through the skin by "
            "iontophoresis."
        ),
    ),
    (SILD, "Nobody was masked; everyone knew what they received."),
    (SILD, "Groups were not assigned at random."),
    (SILD, "The only location is in France."),
    (SILD, "Open to both men and women."),
    (SILD, "Healthy adults only: no illness was needed to take part."),
    (SILD, "Phase: N/A."),
    (SILD, "Target size ≈ 40 volunteers."),
    # boarding pass
    (CERV, "BOARDING PASS | Maastricht University Medical Center | Gate 7 | Seat 14C"),
    (CERV, "Passengers: 24 (actual) | Status: COMPLETED"),
    (CERV, "Age 18 → 55 | Sex: ALL"),
    (CERV, "Departure: Dec 2007 | Arrival: Oct 2015"),
    (CERV, "Class: randomized, open label, two parallel groups."),
    (
        CERV,
        (
            "Route: neck disc removal (anterior cervical discectomy), with or without an Activ C "
            "disc prosthesis."
        ),
    ),
    (CERV, "Carrier partner: B. Braun/Aesculap Spine."),
    (CERV, "Destination: the Netherlands, one site."),
    (CERV, "Reason for travel: a displaced disc in the neck."),
    (CERV, "Twenty-four patients boarded."),
    (CERV, "Everyone had the disc removed; half of the groups also got the artificial disc."),
    (CERV, "No blinding: patients and surgeons knew which operation was done."),
    (CERV, "Phase: not applicable."),
    # calendar invite
    (NOVO, "Invitation: NOVOCART Disc plus study review | When: Tue 14 Jun 2021, 10:00-11:00"),
    (NOVO, "Organizer: Tetec AG"),
    (NOVO, "Where: 10 sites in Austria and Germany"),
    (NOVO, "Agenda item 1: the trial is phase 1/2 and has completed."),
    (NOVO, "Agenda item 2: 120 adults aged 18 to 60 took part."),
    (NOVO, "Agenda item 3: patients were randomly put into groups, and everyone knew their group."),
    (
        NOVO,
        (
            "The study treated disc degeneration and displacement in the lower back with the "
            "patient's own disc cells."
        ),
    ),
    (
        NOVO,
        (
            "One group got NOVOCART Disc plus, one got NOVOCART Disc basic (no active cells), and "
            "one had surgery alone."
        ),
    ),
    (NOVO, "Started: August 2012. Last patient finished: 14 June 2021."),
    (NOVO, "Primary results were collected by 1 November 2018."),
    (NOVO, "Attendees: men and women between eighteen and sixty years old."),
    (NOVO, "The basic version is a look-alike with no living cells in it."),
    # product label
    (APAT, "PRODUCT LABEL - Apatinib + docetaxel study. Contents: 20 patients (estimated)."),
    (
        APAT,
        "Directions: apatinib 250 mg by mouth once a day, with docetaxel 75 mg/m² every 3 weeks.",
    ),
    (APAT, "Suitable for adults 18+, no upper age limit."),
    (APAT, "For: advanced non-squamous non-small cell lung cancer."),
    (APAT, "Made in China by the Affiliated Hospital of North Sichuan Medical College."),
    (APAT, "Phase II. Single group: everyone receives both drugs."),
    (APAT, "Not blinded. Not randomized."),
    (APAT, "Best before: status unknown; the record was not updated."),
    (APAT, "Opened: 30 November 2016."),
    (APAT, "Supplied with help from Jiangsu HengRui Medicine."),
    (APAT, "Also sold as Aitan (apatinib)."),
    (APAT, "Keep out of reach of children: adults only."),
    (APAT, "Contains 4 to 6 cycles of docetaxel."),
    (APAT, "Men and women."),
    # theatre programme
    (CT152, "Tonight's programme: CT-152, a digital therapeutic for major depressive disorder."),
    (CT152, "Cast: 386 adults aged 22 to 64."),
    (CT152, "Act I: each person is randomly assigned to the CT-152 app or a sham app."),
    (CT152, "Act II: six weeks of app sessions."),
    (
        CT152,
        (
            "Nobody on stage or in the wings knew who had the real app: participants, care "
            "providers, investigators and assessors were all masked."
        ),
    ),
    (
        CT152,
        (
            "Produced by Otsuka Pharmaceutical Development & Commercialization, with Click "
            "Therapeutics."
        ),
    ),
    (CT152, "Run: 25 February 2021 to 26 October 2022. The run has ended; the study is completed."),
    (CT152, "Venue: the United States."),
    (CT152, "Both men and women appear in the cast."),
    (CT152, "Phase: not applicable (a device study)."),
    (CT152, "The sham app looked the same but had no therapeutic content."),
    # estate-agent listing
    (
        HJF,
        (
            "FOR INSPECTION: a well-presented randomized study of a mental-health app for "
            "depression after a head injury."
        ),
    ),
    (HJF, "Offered by the Henry M. Jackson Foundation for the Advancement of Military Medicine."),
    (HJF, "Occupants: 113 current and former service members (actual)."),
    (HJF, "Suits adults 18 to 65."),
    (HJF, "Status: active, no longer taking new tenants (not recruiting)."),
    (HJF, "Viewings began 22 June 2022; primary completion came on 30 October 2024."),
    (HJF, "Expected to finish by January 2025."),
    (HJF, "Two rooms: a CBT app (CNRM DTx) and a psychoeducation app for comparison."),
    (HJF, "Single blind: the participants did not know which app was the test one."),
    (HJF, "Location: one site in the United States."),
    (HJF, "For people with depressive symptoms and a mild traumatic brain injury."),
    (HJF, "Open to men and women."),
    # scout badge sheet
    (CT155, "Badge requirement 1: name the app tested in this study (CT-155)."),
    (CT155, "Requirement 2: say who it is for - adults 18 to 64 with schizophrenia."),
    (CT155, "Requirement 3: how many took part? Fifty."),
    (
        CT155,
        "Requirement 4: how long did each person use the app? Forty-nine days, about seven weeks.",
    ),
    (CT155, "Requirement 5: was there a comparison group? No, everyone used the same app."),
    (CT155, "It was run by Click Therapeutics across 10 sites in the United States."),
    (CT155, "Dates: 5 July 2022 to 12 December 2022."),
    (CT155, "The study is completed."),
    (CT155, "Nobody was blinded."),
    (CT155, "Phase: not applicable."),
    (CT155, "Age limit: 64 years."),
    (CT155, "Men and women both took part."),
    # cinema programme note
    (BIG, "Screen 3, 7.45pm: Self-Guided, a Big Health study of an app for depression."),
    (BIG, "Certificate 13+: teenagers from thirteen and adults of any age can join."),
    (BIG, "Running now, but the box office is closed: no longer recruiting."),
    (BIG, "Estimated audience: 248."),
    (BIG, "The programme opened on 12 October 2023."),
    (BIG, "On the bill: an intervention app, or a control app with non-therapeutic content."),
    (BIG, "Seats are allocated at random."),
    (
        BIG,
        (
            "Triple masked: participants, investigators and outcome assessors don't know who got "
            "which app."
        ),
    ),
    (BIG, "With Duke University and the National Institute of Mental Health."),
    (BIG, "Final credits expected September 2025."),
    (BIG, "Showing at one site in the United States."),
    (BIG, "For people with major depressive disorder."),
    (BIG, "Open to all sexes."),
    # delivery-tracking update
    (NRG, "Tracking update: your study NRG-GY032 is in progress - recruiting."),
    (NRG, "Parcel: tailored therapy after surgery for low-risk endometrial cancer."),
    (NRG, "Recipients: women 18 years and older."),
    (NRG, "Expected delivery: 16 January 2027 (estimated)."),
    (NRG, "Dispatched 16 Jan 2025 (estimated)."),
    (NRG, "Quantity: about 325 patients."),
    (
        NRG,
        (
            "Shipper: NRG Oncology, with the National Cancer Institute and the Canadian Cancer "
            "Trials Group."
        ),
    ),
    (NRG, "Handling: phase 2, non-randomized, no masking."),
    (
        NRG,
        (
            "Contents: observation, or radiation (external beam or vaginal brachytherapy) "
            "depending on risk."
        ),
    ),
    (NRG, "Scans: CT, MRI or PET/CT and a chest x-ray."),
    (NRG, "Only female patients can take part."),
    (NRG, "Out for delivery in the United States."),
    (NRG, "Item 1 of 3 packages: Cohort A1."),
    (NRG, "Brachytherapy is given over 3 to 5 fractions."),
    # auction catalogue
    (BRIG, "Lot 26: ABP, a phase II study of brigatinib in ALK-positive lung cancer."),
    (BRIG, "Provenance: Institut für Klinische Krebsforschung IKF GmbH at Krankenhaus Nordwest."),
    (BRIG, "With Thoraxklinik-Heidelberg and Takeda."),
    (BRIG, "118 patients, randomly allocated to brigatinib or another ALK TKI."),
    (BRIG, "Condition: active, not recruiting."),
    (BRIG, "Open label: everyone knew their drug."),
    (BRIG, "Adults (18 and over), with no upper limit."),
    (BRIG, "Started 30/03/2020; estimated end 16/01/2026."),
    (BRIG, "Brigatinib 90 mg once daily for the first 7 days, then 180 mg once daily."),
    (BRIG, "26 sites, all in Germany."),
    (BRIG, "For non-small cell lung cancer."),
    (BRIG, "Men and women."),
    # museum-free: weather? no; use a crossword / puzzle page
    (
        CALC,
        (
            "This observational study at Hadassah Medical Organization looks at calcium channels "
            "in lung tumours."
        ),
    ),
    (CALC, "Its status is unknown."),
    (CALC, "It aimed for an estimated 200 people aged 18 to 80."),
    (CALC, "It began in January 2015 and was expected to end in January 2018."),
    (CALC, "Tissue comes from the routine biopsy; no extra treatment is given."),
    (CALC, "There are two groups: patients with NSCLC and patients without it."),
    (CALC, "Men and women can both be included."),
    (CALC, "Nobody is randomized; doctors only observe."),
    (CALC, "Upper age limit: eighty."),
    # a parking permit / ticket
    (VIVI, "Permit holder: DePuy Spine, ViviGen ACDF study. Valid 01/06/2016 - 15/04/2021."),
    (VIVI, "Occupancy: 100 patients (actual)."),
    (VIVI, "Age band 21-75."),
    (VIVI, "Permit type: observational, no random allocation."),
    (VIVI, "Status: expired, study completed."),
    (VIVI, "Use: two- or three-level neck fusion (ACDF) with ViviGen Cellular Bone Matrix."),
    (VIVI, "For cervical spondylosis, degenerative discs and herniated discs."),
    (VIVI, "Primary data collected by 22 February 2021."),
    (VIVI, "Bay 17, Level 2."),
    (VIVI, "Any sex."),
    # gym class timetable
    (FENO, "Class timetable: Pulmonary rehab & FeNO study, Schön Klinik Berchtesgadener Land."),
    (FENO, "Who: adults 18+ with asthma, any age above that."),
    (FENO, "Class size: sixty-two (actual)."),
    (FENO, "Term: 17 May 2021 - 20 December 2024. Completed."),
    (FENO, "Type: observational; no treatment was assigned."),
    (FENO, "Equipment partner: Bosch Healthcare Solutions GmbH."),
    (FENO, "Venue: one clinic in Germany."),
    (FENO, "Mixed class: men and women."),
    (FENO, "Measured: FeNO values during pulmonary rehabilitation."),
    # tablet study: hospital discharge tray card? (fresh register: a luggage tag)
    (TAB, "Luggage tag: Fondation Hôpital Saint-Joseph, tablet study. Destination: France."),
    (TAB, "The journey ended early: the study was terminated."),
    (TAB, "25 travellers took part (actual)."),
    (TAB, "Adults 18 and over, no upper age limit."),
    (
        TAB,
        (
            "Patients on anti-thrombotic treatment for vascular disease took a tablet home for 1 "
            "month."
        ),
    ),
    (TAB, "Everyone got the same tablet; there was no comparison group."),
    (TAB, "Departed 21.11.2019; final stop 10.10.2022."),
    (TAB, "Nobody was blinded."),
    (TAB, "Two questionnaires at the end of the month."),
    (TAB, "Phase: not applicable."),
    (TAB, "Men and women."),
    # months for ANAK: a birthday card
    (ANAK, "Happy 8-month birthday! From this age a child may join the anakinra study."),
    (ANAK, "Minimum age: 8 mo. Maximum age: none."),
    (ANAK, "Enrollment (estimated): fifteen."),
    (ANAK, "Randomized and double-blind, with a placebo group."),
    (ANAK, "Recruiting in Japan."),
    (ANAK, "Phase III."),
    # more of each field, said in other ways
    (DISC, "Enrolment: 150 | Ages: 21 to 55 | Sex: all"),
    (DISC, "It finished in mid-2006."),
    (DISC, "Over three years, from 2003 to 2006."),
    (DISC, "Study start → Jan. 2003; study end → Jul. 2006."),
    (DISC, "Double-blind and randomised."),
    (SILD, "Enrolment (estimated) | 40"),
    (SILD, "Start ▸ 07/2008 · End ▸ 06/2011"),
    (SILD, "Minimum age 18; maximum age: none."),
    (SILD, "Phase: not applicable - there is no numbered phase for this study."),
    (SILD, "Guests needed no medical condition: the condition listed is simply 'healthy'."),
    (CERV, "A total of twenty-four people were operated on."),
    (CERV, "The trial ran for nearly eight years."),
    (CERV, "Completion: October 2015 (actual)."),
    (CERV, "Allocation → randomized | Masking → none (open label)"),
    (CERV, "Anyone aged 18-55, male or female."),
    (NOVO, "Enrollment: one hundred and twenty (actual)."),
    (NOVO, "Phase 1/Phase 2."),
    (NOVO, "Countries: Austria; Germany."),
    (NOVO, "Age 18 years to 60 years."),
    (NOVO, "Completed on June 14, 2021."),
    (APAT, "Enrolment: approx. twenty people."),
    (APAT, "It is an open-label, single-arm study."),
    (APAT, "Start: 2016-11-30 (actual). Completion: 2020-01-01 (estimated)."),
    (APAT, "People aged 18 or above, whatever their upper age."),
    (CT152, "Masking: quadruple (participant, care provider, investigator, outcomes assessor)."),
    (CT152, "Enrollment ▸ 386 (actual)"),
    (CT152, "Age: 22 years to 64 years."),
    (CT152, "Start 2021-02-25 | End 2022-10-26"),
    (CT152, "It was a randomised, sham-controlled trial."),
    (HJF, "Enrolled: one hundred and thirteen."),
    (HJF, "Randomized | Single (participant) | Parallel"),
    (HJF, "Open to people aged 18 to 65, male or female."),
    (HJF, "Start: 06/22/2022. Estimated completion: 01/01/2025."),
    (CT155, "Enrollment: 50 (actual). Sites: 10."),
    (CT155, "Study period: Jul 2022 – Dec 2022."),
    (CT155, "Age range: 18–64."),
    (CT155, "Single group, open label."),
    (BIG, "Minimum age: 13 years. Maximum age: no limit."),
    (BIG, "Enrollment (estimated): two hundred and forty-eight."),
    (BIG, "Start: 12 Oct 2023 (actual); estimated completion: Sept 2025."),
    (BIG, "Allocation: randomized. Masking: triple."),
    (NRG, "Sex: female | Age: 18+ | Phase: 2"),
    (NRG, "Enrollment ≈ 325 (estimated)."),
    (NRG, "Estimated start: January 16, 2025."),
    (NRG, "The groups are assigned by risk, not at random."),
    (BRIG, "Enrollment: 118 (actual)."),
    (BRIG, "Randomized, open-label, phase 2."),
    (BRIG, "The estimated completion date is January 2026."),
    (BRIG, "Minimum age 18 years; no maximum age."),
    (CALC, "Enrollment: two hundred (estimated)."),
    (CALC, "Ages: 18 → 80."),
    (CALC, "Completion (estimated): Jan 2018."),
    (VIVI, "Enrollment: one hundred people (actual)."),
    (VIVI, "Adults between twenty-one and seventy-five years old."),
    (VIVI, "Started June 1, 2016."),
    (FENO, "Enrolment: 62 (actual) | Sex: all | Age: 18+"),
    (FENO, "Run from May 2021 to December 2024."),
    (FENO, "No upper age limit."),
    (TAB, "Status: Terminated | Enrollment: 25 (actual)"),
    (TAB, "Start: 21 Nov 2019 · End: 10 Oct 2022"),
    (TAB, "Sponsor → Fondation Hôpital Saint-Joseph"),
    (ANAK, "Ages: 8 months and up."),
    (ANAK, "Start: Aug. 24, 2022."),
]

SUMMARIES = [
    (
        DISC,
        (
            "PLATFORM ANNOUNCEMENT\nThe Texas Back Institute study of the Orthotrac Pneumatic Vest "
            "has completed. It randomly split 150 adults aged 21 to 55 with radiating leg pain "
            "from a disc protrusion into groups, with blinding. It ran from January 2003 to July "
            "2006 at one site in the United States."
        ),
    ),
    (
        SILD,
        (
            "ROOM INFORMATION CARD\nUniversity Hospital, Grenoble ran this completed study in "
            "healthy adult volunteers (18 and over, no upper age limit) in France. About 40 people "
            "were expected. Participants had sildenafil by mouth or nitroprussiate by "
            "iontophoresis; groups were not random and nobody was masked. It ran from July 2008 to "
            "June 2011."
        ),
    ),
    (
        CERV,
        (
            "BOARDING PASS\nPASSENGERS 24 | AGES 18-55 | ALL SEXES\nFROM Dec 2007 TO Oct 2015 | "
            "STATUS Completed\nRandomized, open label: anterior cervical discectomy alone or with "
            "the Activ C disc prosthesis.\nOperated by Maastricht University Medical Center with "
            "B. Braun/Aesculap Spine."
        ),
    ),
    (
        CT152,
        (
            "PROGRAMME NOTE\nOtsuka's CT-152 study has finished. 386 adults aged 22 to 64 with "
            "major depressive disorder were randomly given the CT-152 app or a sham app for six "
            "weeks, and nobody knew which. It ran from 25 February 2021 to 26 October 2022 in the "
            "United States."
        ),
    ),
    (
        HJF,
        (
            "PROPERTY DETAILS\nA randomized, single-blind study of a CBT app against a "
            "psychoeducation app, for depressive symptoms after a mild traumatic brain injury in "
            "current and former US military personnel. 113 adults aged 18 to 65 joined. It started "
            "on 22 June 2022 and is active but not recruiting, with the end estimated for 1 "
            "January 2025. Sponsor: the Henry M. Jackson Foundation."
        ),
    ),
    (
        BIG,
        (
            "CINEMA NOTE\nBig Health's self-guided depression study began on 12 October 2023 and "
            "is no longer recruiting. It plans an estimated 248 participants aged 13 or older with "
            "major depressive disorder, randomly given an intervention app or a control app, with "
            "triple masking. Duke University and the NIMH collaborate."
        ),
    ),
    (
        NRG,
        (
            "TRACKING\nStatus: recruiting. Phase 2, non-randomized study by NRG Oncology for women "
            "aged 18 or over after surgery for low-risk endometrial cancer. About 325 patients are "
            "expected. Start 16 January 2025 (estimated); completion 16 January 2027 (estimated). "
            "Treatments: observation, external beam radiation or vaginal brachytherapy."
        ),
    ),
    (
        CT155,
        (
            "SCOUT BADGE SHEET\nClick Therapeutics tested the CT-155 smartphone app in 50 adults "
            "aged 18 to 64 with schizophrenia, at 10 US sites. Everyone used the app for 49 days; "
            "there was no blinding and no control group. The study ran from 5 July 2022 to 12 "
            "December 2022 and is completed."
        ),
    ),
]


@pytest.mark.parametrize(("name", "said"), FAITHFUL)
def test_faithful_sentence_passes(name: str, said: str) -> None:
    assert codes(record(name), said) == [], said


@pytest.mark.parametrize(("name", "said"), SUMMARIES)
def test_faithful_summary_passes(name: str, said: str) -> None:
    assert codes(record(name), said) == [], said


# --- the wrong twins: one field made wrong in the same sentence ---------------------------

WRONG_TWINS = [
    (NOVO, "150 adults aged 18 to 60 took part.", "120 adults aged 18 to 60 took part.",
     "enrollment.mismatch"),
    (HJF, "130 adults aged between 18 and 65 joined.", "113 adults aged between 18 and 65 joined.",
     "enrollment.mismatch"),
    (CALC, "It aimed for an estimated 300 people aged 18 to 80.",
     "It aimed for an estimated 200 people aged 18 to 80.", "enrollment.mismatch"),
    (NOVO, "120 adults aged 18 to 70 took part.", "120 adults aged 18 to 60 took part.",
     "age.range"),
    (SILD, "Children eligible: yes.", "Healthy adults only: no illness was needed to take part.",
     "age.children"),
    (SILD, "Adults only: no.", "Healthy adults only: no illness was needed to take part.",
     "age.children"),
    (SILD, "Adults only: no, teens too.", "Adults only: yes.", "age.children"),
    (BIG, "People of any age can join.",
     "Certificate 13+: teenagers from thirteen and adults of any age can join.", "age.range"),
    (DISC, "Adults of any age can join.", "Adults aged 21 to 55 can join.", "age.range"),
    (VIVI, "17 patients took part.", "Bay 17, Level 2.", "enrollment.mismatch"),
    (CT155, "Each person used the app for 4 weeks.",
     "Requirement 4: how long did each person use the app?", "number.untraced"),
    (APAT, "Also tamoxifen (apatinib).", "Also sold as Aitan (apatinib).",
     "intervention.unknown"),
    (ANAK, "Minimum age: 6 mo. Maximum age: none.", "Minimum age: 8 mo. Maximum age: none.",
     "age.minimum"),
    (BIG, "Minimum age: 18 years.", "Minimum age: 13 years. Maximum age: no limit.",
     "age.minimum"),
    (CT155, "Age limit: 60 years.", "Age limit: 64 years.", "age.maximum"),
    (CT155, "Maximum age: 60 years.", "Maximum age: 64 years.", "age.maximum"),
    (CT155, "No upper age limit.", "Age limit: 64 years.", "age.open_upper"),
    (CT152, "The run continues; the study is recruiting.",
     "The run has ended; the study is completed.", "status.mismatch"),
    (CERV, "Double blind: patients and surgeons did not know which operation was done.",
     "No blinding: patients and surgeons knew which operation was done.", "design.masking"),
    (NRG, "Only male patients can take part.", "Only female patients can take part.",
     "sex.mismatch"),
    (TAB, "Departed 21.11.2018; final stop 10.10.2022.",
     "Departed 21.11.2019; final stop 10.10.2022.", "date.mismatch"),
    (APAT, "Phase III. Single group: everyone receives both drugs.",
     "Phase II. Single group: everyone receives both drugs.", "phase.mismatch"),
    (SILD, "Groups were assigned at random.", "Groups were not assigned at random.",
     "design.allocation"),
    (BRIG, "26 sites, all in France.", "26 sites, all in Germany.", "location.country"),
    (FENO, "Who: adults 18+ with diabetes, any age above that.",
     "Who: adults 18+ with asthma, any age above that.", "condition.mismatch"),
    (CT152, "Produced by Pfizer, with Click Therapeutics.",
     "Produced by Otsuka Pharmaceutical Development & Commercialization, with Click "
     "Therapeutics.", "sponsor.mismatch"),
    (BIG, "The programme opened on 12 October 2022.", "The programme opened on 12 October 2023.",
     "date.mismatch"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "wrong", "right", "code"), WRONG_TWINS)
def test_a_wrong_twin_is_caught(name: str, wrong: str, right: str, code: str) -> None:
    caught_only_when_wrong(name, wrong, right, code)
