"""Faithful sentences in registers no earlier test used (a board-game rulebook, a ship's log,
a café menu card, a horoscope-column parody, a knitting pattern, a garden-centre plant label,
a school report card, a passport-application guidance note, a tide table, a birdwatcher's
field-guide entry, a bingo caller's patter, a job advert, an exam question paper, a
wine-tasting note and a fortune-cookie slip), each true to its record, and the wrong twins
the fixes must still catch.

The fixes read mechanisms: a question is no claim unless its answer says yes ("Were men
eligible? No, women only."; "Was it phase 3? No; phase does not apply"); a date cue after an
earlier date, with the clause closed behind it, is that date's ("in June 2022 when it
started; it set in August 2024"); a number read out digit by digit ("Two-four-eight"); an
exam paper's "(4 marks)" and a guidance note's "Note 3.2"; the answer to "How many sites
took part?" counts sites, not people; "not open to men" says who may join, not the status;
"all ages thereafter", after the minimum, on a record with no maximum; the top of an age
after its open bottom ("aged 22 and over, up to 99"); and an age bound that bars those at or
under it ("Applicants aged 17 or younger cannot apply") gives the minimum, not a maximum;
and "eligible" after "patients with illness" names no illness."""

from __future__ import annotations

import pytest

from tests.checks_support import caught_only_when_wrong, codes, record

DISC = "NCT00220935.json"  # Orthotrac vest; completed, 150; 21 to 55; double blind
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
ANAK = "NCT05814159.json"  # anakinra vs placebo; phase 3; recruiting, 15 estimated; 8 months up
SOTA = "NCT05818137.json"  # sotatercept, one group; phase 3; recruiting, 35 estimated; Japan
RSV = "NCT05921903.json"  # RSV vaccine; phase 2; not yet recruiting, 375 estimated; 50 up
DENT = "NCT00973089.json"  # caries; withdrawn, 0 enrolled; children 5 to 8; single blind
YOGA = "NCT00410098.json"  # Bikram yoga, one group; unknown; 30 estimated; 18 to 30
NIGHT = "NCT05365607.json"  # NightWare vs sham; completed, 40; 22 to 99; quadruple
PPD = "NCT05551195.json"  # WB001 vs ED001 apps; terminated, 7; women 22 to 45; triple

FAITHFUL = [
    # board-game rulebook
    (ANAK, "Players: 8 months and up. Box contents: anakinra or a placebo."),
    (ANAK, "Rule 1. Each player is dealt a group at random; nobody may peek at the cards."),
    (ANAK, "Rule 2. The game is still recruiting players, about 15 in all (estimated)."),
    (ANAK, "Setup: 18 sites across Japan."),
    (
        ANAK,
        "Object of the game: treat Still's disease, whether it began in childhood or adulthood.",
    ),
    (ANAK, "Published by Swedish Orphan Biovitrum, with CMIC Co, Ltd. Japan."),
    (ANAK, "Expansion level: Phase 3."),
    (ANAK, "Play began on 24 August 2022."),
    (ANAK, "Anakinra is also sold as Kineret."),
    (ANAK, "Ages 8 mo.+ | boys and girls, men and women"),
    (ANAK, "Quadruple masking: players, carers, investigators and assessors are all blindfolded."),
    (ANAK, "End of game: estimated for March 2025."),
    (SOTA, "Solo variant: every player takes sotatercept; there is no other group."),
    (SOTA, "For ages 18 and up."),
    (SOTA, "Players wanted: around 35 (estimated), at 3 sites in Japan."),
    (SOTA, "The board: pulmonary arterial hypertension."),
    (SOTA, "Designer: Merck Sharp & Dohme LLC. Phase III. Now recruiting."),
    # ship's log
    (BRIG, "Ship's log, 30 March 2020: weighed anchor; the brigatinib voyage has begun."),
    (BRIG, "Crew: 118 adults, all aboard (actual count), aged 18 and over."),
    (
        BRIG,
        (
            "Course: two parallel groups, drawn at random; brigatinib in one, any available ALK "
            "TKI in the other."
        ),
    ),
    (BRIG, "Waters: ALK-positive non-small cell lung cancer."),
    (BRIG, "Ports of call: 26 sites in Germany."),
    (BRIG, "Status at eight bells: active, not recruiting."),
    (BRIG, "Captain's note: the phase 2 study is open label, so every sailor knew his rations."),
    (
        BRIG,
        (
            "Owners: Institut für Klinische Krebsforschung IKF GmbH at Krankenhaus Nordwest; "
            "Takeda and Thoraxklinik-Heidelberg sail with us."
        ),
    ),
    (BRIG, "Expected landfall: January 2026."),
    (BRIG, "Logged: the crew of men and women took their tablets as ordered."),
    (DISC, "Ship's log. Sailed January 2003; made port July 2006; voyage completed."),
    (DISC, "Hands aboard: 150, aged 21 to 55, with radiating leg pain."),
    (DISC, "Cargo: the Orthotrac Pneumatic Vest, from Texas Back Institute."),
    (DISC, "Wind from the west; the groups were drawn by lot and kept double blind."),
    (DISC, "Sighted no one over fifty-five aboard."),
    (DISC, "One port of call only, in the United States."),
    # cafe menu card
    (CT155, "Today's special: the CT-155 smartphone app, served to everyone (single group)."),
    (CT155, "Suitable for diners aged 18 to 64."),
    (CT155, "Pairs well with: schizophrenia."),
    (CT155, "Served at 10 cafés across the United States, July to December 2022."),
    (CT155, "Table for 50 (actual). Kitchen closed: study completed."),
    (CT155, "Chef: Click Therapeutics, Inc."),
    (CT155, "No secret ingredients: open label."),
    (CT155, "Phase: not applicable (a device)."),
    (SILD, "Menu: sildenafil (by mouth) ~ nitroprussiate (through the skin)"),
    (SILD, "For healthy guests over eighteen. No upper age limit."),
    (SILD, "Covers: about 40, estimated."),
    (SILD, "Our only branch: University Hospital, Grenoble, France."),
    (SILD, "Served from July 2008 until June 2011; now off the menu."),
    (YOGA, "Hot yoga bowl: Bikram yoga for asthmatics aged 18 to 30."),
    (YOGA, "Seats ~30 (estimated). Status: unknown."),
    (YOGA, "Kitchen: Hadassah Medical Organization. Opened June 2007."),
    (YOGA, "Everyone gets the same dish; nothing is hidden."),
    # horoscope column parody
    (CT152, "Aries: the stars say 386 adults with major depressive disorder took part."),
    (CT152, "Taurus: if you are between 22 and 64, this study was for you."),
    (CT152, "Gemini: two twins, the CT-152 app and a sham app; a random draw chose yours."),
    (CT152, "Crab sign: nobody, not even the assessors, knew which app you had."),
    (
        CT152,
        (
            "Leo: Otsuka Pharmaceutical Development & Commercialization, Inc. ruled your house, "
            "with Click Therapeutics."
        ),
    ),
    (CT152, "Virgo: the journey began on 25 February 2021 and ended on 26 October 2022."),
    (CT152, "Libra: the study has completed and results are posted."),
    (CT152, "Scorpio: the stars see men and women alike."),
    (CT152, "Sagittarius: one site, in the United States."),
    (CT152, "Capricorn: phase? Not applicable, say the planets."),
    (NIGHT, "Pisces: NightWare or a sham NightWare, for adults 22 to 99 with PTSD."),
    (NIGHT, "Aquarius: 40 souls took part (actual), and the study is complete."),
    (
        NIGHT,
        "Your lucky sponsor: University of Colorado, Denver, with the National Institute on Aging.",
    ),
    (NIGHT, "The moon was in June 2022 when it started; it set in August 2024."),
    (NIGHT, "Two sites, both in the United States, are in your chart."),
    (NIGHT, "Everyone was masked: participants, carers, investigators and assessors."),
    # knitting pattern
    (NOVO, "Pattern: NOVOCART Disc plus. Yarn weight: phase 1/2."),
    (NOVO, "Sizes: adults 18 to 60, men and women."),
    (NOVO, "Row 1: randomize 120 patients (actual) into three groups."),
    (
        NOVO,
        (
            "Row 2: group one gets NOVOCART Disc plus; group two, NOVOCART Disc basic; group "
            "three, sequestrectomy only."
        ),
    ),
    (NOVO, "Row 3: no blinding; knit openly."),
    (NOVO, "Gauge: 10 sites, Austria and Germany."),
    (NOVO, "Cast on August 2012; cast off 14 June 2021. Finished (completed)."),
    (NOVO, "Designed by Tetec AG for disc degeneration and displacement in the lower back."),
    (VIVI, "Pattern notes: ViviGen cellular bone matrix, used in neck fusion surgery (ACDF)."),
    (VIVI, "Sizes 21 to 75 years; all sexes."),
    (VIVI, "Makes 100 (actual). Observational: just watch, no random stitches."),
    (VIVI, "Start: 1 June 2016. Finish: 15 April 2021. Status: completed."),
    (VIVI, "Yarn by DePuy Spine."),
    (VIVI, "For cervical spondylosis, degenerated discs and herniated discs."),
    (HJF, "Skill level: single blind. Sizes 18-65."),
    (HJF, "Two colourways, assigned at random: a CBT app and a psychoeducation app."),
    (HJF, "Yardage: 113 participants, actual."),
    # garden-centre plant label
    (RSV, "RSVPreF3 OA Investigational Vaccine. Hardy in adults aged 50 and over."),
    (RSV, "Plant out: July 2023 (estimated). Not yet recruiting."),
    (RSV, "Spread: 53 sites in 8 countries, including the United States, Japan and Germany."),
    (RSV, "Expected yield: about 375 participants (estimated)."),
    (RSV, "Grower: GlaxoSmithKline. Phase 2."),
    (
        RSV,
        (
            "Good for lung or kidney transplant recipients and healthy adults, to prevent RSV "
            "infections."
        ),
    ),
    (RSV, "Beds chosen at random; no masking."),
    (RSV, "Suitable for men and women 50+."),
    (FENO, "Label: FeNO in asthma rehab. Observational. Full sun, adults 18+."),
    (
        FENO,
        (
            "Grown at Schön Klinik Berchtesgadener Land, Germany, with Bosch Healthcare "
            "Solutions GmbH."
        ),
    ),
    (FENO, "Planted 17 May 2021; harvested 20 December 2024."),
    (FENO, "Pot size: 62 (actual). Completed."),
    (FENO, "No treatment given: breath nitric oxide was only measured during rehabilitation."),
    (CALC, "Variety: calcium channels in non-small cell lung cancer. Observational."),
    (CALC, "For ages 18–80. Estimated 200 per tray."),
    (CALC, "Status: unknown. Propagated by Hadassah Medical Organization from January 2015."),
    (CALC, "Each plant gives a biopsy sample."),
    # school report card
    (PPD, "Pupil: Woebot Health's WB001 app. Term: 16 Nov 2022 - 10 May 2023."),
    (PPD, "Attendance: 7 enrolled (actual). Ended early: terminated."),
    (PPD, "Class: women 22 to 45 with postpartum depression."),
    (PPD, "Compared with: ED001, an educational control app, both on top of usual treatment."),
    (PPD, "Conduct: triple blind, randomized."),
    (PPD, "Sites: 8, all in the United States. Partner: Iqvia Pty Ltd."),
    (PPD, "Teacher's comment: it stopped before reaching its target; results are posted."),
    (DENT, "Pupil: caries study, Hadassah Medical Organization. Grade: withdrawn."),
    (DENT, "Ages 5–8 | Sex: both"),
    (DENT, "Enrolled: 0. The study was withdrawn before anyone joined."),
    (DENT, "Subject: tooth decay in primary (baby) teeth."),
    (
        DENT,
        (
            "Method: incomplete caries removal (indirect pulp capping) against complete removal, "
            "randomized."
        ),
    ),
    (DENT, "One site, in Israel. Single blind."),
    (TAB, "Pupil: the digital tablet study. Effort: 25 patients (actual). Result: terminated."),
    (TAB, "Class: adults 18 and over on anti-thrombotic treatment for vascular diseases."),
    (TAB, "Term: November 2019 to October 2022."),
    (TAB, "Head teacher: Fondation Hôpital Saint-Joseph, France."),
    # passport-application guidance note
    (
        SOTA,
        "Section A. Who can apply: adults aged 18 or over with pulmonary arterial hypertension.",
    ),
    (SOTA, "Section B. Treatment you will receive: sotatercept (also called MK-7962)."),
    (SOTA, "Section C. Status of applications: recruiting."),
    (SOTA, "Section D. Issuing authority: Merck Sharp & Dohme LLC."),
    (SOTA, "Section E. Processing started 10 May 2023; expected to finish July 2026."),
    (APAT, "Note 1: applicants must be 18 or older; there is no upper age."),
    (APAT, "Note 2: everyone receives apatinib plus docetaxel."),
    (APAT, "Note 3: the study's status is unknown."),
    (APAT, "Note 4: phase 2; about 20 applicants estimated."),
    (
        APAT,
        (
            "Note 5: office at the Affiliated Hospital of North Sichuan Medical College, China, "
            "with Jiangsu HengRui Medicine."
        ),
    ),
    (APAT, "Note 6: for advanced non-squamous non-small cell lung cancer."),
    (APAT, "Processing began 30 November 2016."),
    (NRG, "Eligibility: women aged 18 and over only."),
    (NRG, "Men cannot apply."),
    (NRG, "Current status: recruiting. Expected applicants: 325 (estimated)."),
    (NRG, "Issued by NRG Oncology with the National Cancer Institute."),
    (NRG, "Phase 2; groups are not randomized."),
    # tide table
    (HJF, "HIGH WATER 22 Jun 2022 | LOW WATER est. 1 Jan 2025"),
    (HJF, "Station: one site, United States. Status: active, not recruiting."),
    (HJF, "Range: ages 18 to 65."),
    (HJF, "Henry M. Jackson Foundation for the Advancement of Military Medicine tide tables."),
    (HJF, "For depressive symptoms after mild traumatic brain injury."),
    (BIG, "Tide table: start 12 Oct 2023 | estimated completion Sep 2025"),
    (BIG, "Height: 248 (estimated) | Ages: 13 and over"),
    (BIG, "Flow: intervention app vs control app, random, triple masked."),
    (BIG, "Status: active, not recruiting. Sponsor: Big Health Inc."),
    (BIG, "Coast: one site, United States. Major depressive disorder."),
    (CERV, "Tides: Dec 2007 → Oct 2015. Completed."),
    (CERV, "Readings: 24 (actual), ages 18 to 55."),
    (CERV, "Port: Maastricht University Medical Center, the Netherlands."),
    (CERV, "Anterior cervical discectomy, with or without the Activ C disc prosthesis."),
    (NIGHT, "Tide: 24 Jun 2022 — 18 Aug 2024 | 40 actual"),
    (NIGHT, "Ages 22-99"),
    # birdwatcher's field-guide entry
    (YOGA, "Bikram Yoga (Calidus humidus). Habitat: adults aged 18–30 with asthma."),
    (YOGA, "Plumage: single group, not randomized, no masking."),
    (YOGA, "Population: ~30 (estimated). Conservation status: unknown."),
    (YOGA, "First sighted June 2007. Recorded by Hadassah Medical Organization."),
    (YOGA, "Both males and females are seen."),
    (DENT, "Caries study (Cariosus withdrawnus). Range: Israel. Sightings: 0."),
    (DENT, "Juveniles only: children aged five to eight."),
    (DENT, "Call: a randomized, single-blind study; it was withdrawn."),
    (NOVO, "Field mark: three groups, randomized, no blinding; phase 1/2."),
    (NOVO, "Size: 120 adults, 18 to 60."),
    (PPD, "Female only; found in women aged 22 to 45 after childbirth."),
    (PPD, "Flock size: 7 (actual). Terminated."),
    (TAB, "Rarely seen: 25 patients at one French site. Single group, no masking."),
    (TAB, "Adults 18 and up; no upper age limit."),
    (RSV, "Migrates through 8 countries; 53 sites. Adults 50 and over."),
    (RSV, "Expected to nest from July 2023; not yet recruiting."),
    # bingo caller's patter
    (CT155, "Clickety-click: fifty patients took part, and the game is done!"),
    (CT155, "Eighteen to sixty-four, that's the age we're looking for!"),
    (CT155, "Number one: the CT-155 smartphone app; everyone got it."),
    (SILD, "Two fat ladies: forty healthy volunteers, or so we estimated!"),
    (SILD, "Eyes down: sildenafil by mouth, and nitroprussiate through the skin."),
    (SILD, "Eighteen and over, no top age, come on down!"),
    (BIG, "Unlucky for some, thirteen: that's the youngest age you can join!"),
    (BIG, "Two-four-eight, estimated, that's the count!"),
    (BIG, "Full house: the study is active, not recruiting."),
    (ANAK, "Eight months old and up, all can play!"),
    (ANAK, "Fifteen, estimated, young and keen!"),
    (ANAK, "Anakinra or placebo, nobody knows!"),
    (DISC, "Twenty-one to fifty-five, look alive!"),
    (DISC, "One hundred and fifty on the card, and the game's completed!"),
    (NIGHT, "Forty, naughty forty: the NightWare study has finished!"),
    (NIGHT, "Twenty-two to ninety-nine: nearly every adult's age!"),
    # job advert
    (SOTA, "WE'RE HIRING: around 35 participants (estimated) for a phase 3 sotatercept study."),
    (SOTA, "Requirements: aged 18+; pulmonary arterial hypertension."),
    (SOTA, "Location: 3 sites, Japan. Employer: Merck Sharp & Dohme LLC."),
    (SOTA, "Contract: single group; all hires receive sotatercept."),
    (RSV, "Vacancies: an estimated 375, aged 50 or above; recruitment has not started yet."),
    (RSV, "Employer: GlaxoSmithKline. Role: receive an RSV vaccine (RSVPreF3 OA)."),
    (RSV, "Start date: 31 July 2023 (estimated)."),
    (NRG, "Job title: participant. Women only, 18 and over."),
    (NRG, "Positions: about 325, estimated. Phase 2, recruiting."),
    (
        NRG,
        (
            "Duties: observation, external beam radiation therapy, or vaginal brachytherapy, "
            "after surgery for low-risk endometrial cancer."
        ),
    ),
    (NRG, "Start: 16 January 2025 (estimated)."),
    (BRIG, "Position filled: 118 enrolled (actual); no longer recruiting."),
    (BRIG, "Employer: IKF GmbH at Krankenhaus Nordwest, Germany."),
    (APAT, "Openings: an estimated 20. Age 18+. Apatinib and docetaxel."),
    (FENO, "Role closed: 62 adults 18 and over with asthma were enrolled; study completed."),
    (VIVI, "Previous hires: 100 patients aged 21 to 75, DePuy Spine."),
    # exam question paper
    (CT152, "Q1. The study enrolled 386 adults. Were they randomized? (Answer: yes.)"),
    (CT152, "Q2. State the age range of participants. [22 to 64 years]"),
    (CT152, "Q3. Name the sponsor. (Otsuka.)"),
    (CT152, "Q4. Was the study masked? Explain. (Yes: quadruple masking.)"),
    (HJF, "Question 1 (2 marks): how many took part? Answer: 113."),
    (
        HJF,
        "Question 2 (1 mark): is it still recruiting? Answer: no; it is active but not recruiting.",
    ),
    (HJF, "Question 3: which group was the comparison? The psychoeducation app."),
    (HJF, "Question 4: who sponsored it? The Henry M. Jackson Foundation."),
    (CALC, "Section B, Q5: the status of the study is unknown. True or false? True."),
    (CALC, "Q6. What is the upper age limit? Eighty."),
    (CALC, "Q7. Give the estimated enrollment: 200."),
    (DENT, "Q8. How many children enrolled? None: it was withdrawn."),
    (DENT, "Q9. What ages could join? Five to eight."),
    (PPD, "Q10. Were men eligible? No, women only."),
    (PPD, "Q11. Why did enrollment stop at 7? The study was terminated."),
    (YOGA, "Q12. Was allocation random? No."),
    (YOGA, "Q13. What is the estimated enrollment? Thirty."),
    # wine-tasting note
    (NOVO, "Tetec AG, NOVOCART Disc plus, vintage 2012. Phase 1/2, completed."),
    (NOVO, "Nose: three groups, randomized. Palate: 120 adults, 18 to 60."),
    (VIVI, "DePuy Spine ViviGen, 2016–2021. Observational, 100 actual."),
    (VIVI, "Finish: long, aged 21 to 75."),
    (CT155, "Click Therapeutics CT-155, 2022. Single group, open, 50."),
    (CT155, "Notes of schizophrenia; ages 18 to 64; 10 US sites."),
    (SILD, "Grenoble, 2008. Sildenafil with nitroprussiate iontophoresis."),
    (SILD, "Healthy volunteers, 18+, estimated 40. Completed."),
    (BRIG, "Brigatinib, Germany, 2020. Phase 2, randomized, open label."),
    (BRIG, "Active, not recruiting; 118 actual; 18 and over."),
    (TAB, "Fondation Hôpital Saint-Joseph, 2019. Terminated at 25."),
    (CERV, "Maastricht, 2007. Activ C disc prosthesis; 24 actual; open label."),
    (CERV, "Ages 18 to 55, men and women."),
    (FENO, "Schön Klinik, 2021–2024. Observational, 62 actual, asthma."),
    (ANAK, "Sobi anakinra, 2022. Phase 3, randomized, quadruple blind, recruiting."),
    (ANAK, "From 8 months of age upward, 15 estimated."),
    # fortune-cookie slip
    (DISC, "Your future: the Orthotrac Pneumatic Vest study has completed."),
    (DISC, "A random draw will place you in a group. Lucky ages: 21 to 55."),
    (SOTA, "Good fortune: sotatercept for all 35 (estimated). Lucky age: 18 and up."),
    (SOTA, "You will be recruited, in Japan."),
    (RSV, "Patience: the RSV vaccine study is not yet recruiting."),
    (RSV, "Those of fifty and more shall be vaccinated."),
    (NIGHT, "A sham NightWare may be in your future."),
    (NIGHT, "Forty adults aged 22 to 99 found NightWare."),
    (BIG, "Thirteen and older, you will find an app."),
    (BIG, "248 are expected (estimated)."),
    (NRG, "Only women, 18 or older, will be recruited."),
    (PPD, "Seven women shared this fortune; the study was terminated."),
    (DENT, "Nobody enrolled: the study was withdrawn."),
    (YOGA, "Bikram yoga awaits those aged 18 to 30."),
    (CALC, "An estimated 200 shall give a biopsy."),
    (APAT, "Apatinib plus docetaxel; status unknown. Lucky phase: 2."),
    (HJF, "113 took part, randomized, single blind."),
    (FENO, "62 asthmatics, 18 and up. Completed."),
    (VIVI, "100 patients, aged 21 to 75, completed."),
    (CT152, "386 adults, 22 to 64. Completed."),
    # more of the same registers: answers after a question, marks, spelt digits
    (ANAK, "Rule 3: players must be at least 8 months old; there is no upper age."),
    (ANAK, "The box said the game was recruiting when printed."),
    (DENT, "Box: for ages up to 8 (from 5)."),
    (DENT, "The report noted that the study had been withdrawn."),
    (NIGHT, "Ages: up to 99 years, from 22."),
    (NIGHT, "The horoscope said the study had completed in August 2024."),
    (BIG, "Knitters aged 13 & over; no upper age."),
    (CALC, "Label: ages 18 up to 80 | est. 200 | status ? unknown"),
    (YOGA, "Report: Bikram yoga — 18 to 30 yrs — est. 30 — status unknown"),
    (RSV, "Applicants must be 50 years of age or older."),
    (RSV, "Guidance: 600 months of age and older may apply."),
    (SOTA, "The advert said the study was still recruiting in Japan."),
    (HJF, "Item 3 — Enrolment (actual): 113"),
    (TAB, "No. 25 on the card: that's how many took part!"),
    (CT155, "Q3 (4 marks). How many sites took part? Ten, all in the US."),
    (CT152, "Q5. Was it phase 3? No; phase does not apply to this device study."),
    (PPD, "Cookie: seven mothers, aged twenty-two to forty-five."),
    (NRG, "Men: not eligible."),
    (NRG, "Sex ✱ female"),
    (NOVO, "Age ~ 18-60 | N = 120 | Ph. I/II"),
    (BRIG, "Phase II ✓ Randomised ✓ Open ✓"),
    (APAT, "Phase ② · est. 20 · 18+"),
    (VIVI, "No. 1 entry: a completed observational study of 100 patients."),
    (FENO, "Tide at 62: completed, no treatment assigned."),
    (CERV, "Bird seen at the Maastricht site (one): 24 adults 18 to 55."),
    (SILD, "The menu said about 40 volunteers were expected, all aged at least 18."),
    (DISC, "Log entry no. 3: all 150 patients aged 21–55 took part."),
    (CT155, "Wine note: fifty adults between eighteen and sixty-four years."),
    (BIG, "Exam answer: the study was said to be active but no longer recruiting."),
    (ANAK, "The caller said fifteen would be recruited, from eight months of age."),
    # questions and their answers, a job's 'not open to men', a note's numbering
    (ANAK, "Recommended age: 8m+"),
    (ANAK, "Age 8 months & older • both sexes • Japan"),
    (SOTA, "Dear applicant: you said you were 18 or over; good, because that is the minimum."),
    (SOTA, "Applications close: not stated. Phase three."),
    (RSV, "Best planted in adults of fifty-plus."),
    (RSV, "Hardiness: 50 yrs & over. Status — not yet recruiting."),
    (DENT, "The teacher wrote that nobody was ever enrolled."),
    (DENT, "Age band: 5 yrs to 8 yrs."),
    (DENT, "Would have taken children from 60 to 96 months? No: five to eight years."),
    (YOGA, "Wingspan: 18–30 years. Flock: thirty (est.)."),
    (NIGHT, "Catch no. 40 — that's the total who took part."),
    (BIG, "Report: 'active, not recruiting', said the tide office."),
    (BIG, "From thirteen years; no maximum."),
    (NRG, "Female only ✔ | 18+ ✔ | Phase II ✔"),
    (NRG, "This job is not open to men."),
    (PPD, "Gender: F | Ages: 22–45 | N: 7"),
    (PPD, "The head said the study had been stopped early."),
    (CT152, "Bouquet: 22-64 y/o; 386 enrolled; quadruple-blind."),
    (CT152, "She told us that the trial had been completed."),
    (HJF, "Slack water: active, not recruiting; 113 people joined."),
    (HJF, "Ages 18 through 65."),
    (CT155, "Fifty diners were served the app for 49 days."),
    (CT155, "Menu item #1: CT-155. Menu item #2: none."),
    (TAB, "Course 1 of 1: the tablet. Terminated after 25."),
    (SILD, "Chef's note: the groups weren't chosen by chance."),
    (SILD, "For grown-ups 18+; healthy only."),
    (NOVO, "Needles: 3 groups. Stitches: 120. Sizes 18/60."),
    (VIVI, "Observed only, nothing assigned: 100 necks."),
    (APAT, "Phase: II | Status: unknown | Est. enrolment: 20"),
    (BRIG, "Log: 118 aboard; randomised 1:1."),
    (CALC, "Sticker: 18 to 80 yr olds — an estimated 200 — unknown status."),
    (FENO, "Pot: 62 asthmatics, adults (18 and up)."),
    (DISC, "Ages: twenty-one through fifty-five."),
    (CERV, "Tide height 24; ages 18-55; completed 2015."),
    (NIGHT, "She said the study had finished in 2024, with 40 adults."),
    (RSV, "Grower's note: it had not started recruiting when printed."),
    (ANAK, "Q: Is it blinded? A: Yes, quadruple."),
    (SOTA, "Q: Is there a placebo? A: No, everyone gets sotatercept."),
    (PPD, "Q: Could men join? A: No."),
    (CT152, "Q: Is this a phase 2 study? A: No, there is no phase."),
    (YOGA, "Q: Was it randomized? A: No."),
    (DENT, "Q: How many joined? A: None; it was withdrawn."),
    # the registers' own furniture: marks, wind, prices left out, lucky numbers
    (ANAK, "Turn order: youngest first (from 8 months); players of all ages thereafter."),
    (ANAK, "Scoring: the placebo scores nothing."),
    (SOTA, "Crew manifest, 10 May 2023: sotatercept loaded; Merck Sharp & Dohme aboard."),
    (BRIG, "Wind: NNE 4. Sea state: calm. Brigatinib given to the experimental arm."),
    (BRIG, "Entry 12: the log notes the study was active but not recruiting."),
    (CT155, "Espresso: 49 days of the app per diner."),
    (SILD, "Soup of the day: sildenafil; starter: nitroprussiate iontophoresis."),
    (CT152, "Your lucky number: 386."),
    (CT152, "Mercury in retrograde: the sham app group did not know it."),
    (NOVO, "Abbreviations: k = knit, p = purl; NDplus = NOVOCART Disc plus."),
    (VIVI, "Row 21–75: ages; row 100: people."),
    (RSV, "Water weekly. Grows in 8 countries."),
    (FENO, "Height: 62 adults. Position: rehabilitation clinic in Germany."),
    (PPD, "Effort: A. Conduct: B+. The study was terminated with 7 women."),
    (DENT, "Attendance: 0 of 0."),
    (SOTA, "Form PAH-35: applicants (about 35) must be adults."),
    (APAT, "Guidance note 3.2: apatinib is also called Aitan."),
    (HJF, "Low tide at 18, high tide at 65: the age range."),
    (BIG, "Tide coefficient: triple masked."),
    (YOGA, "Length: thirty birds (estimated), 18–30 years old."),
    (DENT, "Status: withdrawn — never started recruiting."),
    (CT155, "B-I-N-G-O: fifty adults, schizophrenia, one app!"),
    (NIGHT, "All the sixes? No: forty took part."),
    (SOTA, "Salary: none. Hours: as needed. Participants: about 35."),
    (NRG, "Closing date: not given; start expected 16 January 2025."),
    (CT152, "Section A (20 marks). Describe the CT-152 study."),
    (HJF, "Q2 [3 marks]: give the age range. A: 18 to 65."),
    (NOVO, "Vintage: started 2012; bottled (completed) 2021."),
    (CT155, "Palate: 18–64 years, 50 participants, 10 sites."),
    (ANAK, "Lucky numbers: 8 (months) and 15 (participants)."),
    (SILD, "Your fortune: you are healthy and at least eighteen."),
    (TAB, "The tablet study: 25 adults, terminated in October 2022."),
    (RSV, "Someone aged 50+ will receive a vaccine."),
    (NIGHT, "Horoscope: the trial was said to have been completed with 40 adults."),
    (PPD, "She mentioned the study had been terminated after 7 women joined."),
    (BRIG, "The owners reported that 118 patients had been enrolled."),
    (CALC, "It was reported that the status is unknown."),
    # an exam paper's yes/no questions and their answers; a bar on the ages below the minimum
    (ANAK, "Box says: ages 8 months+; 2+ players? No — 15, estimated."),
    (ANAK, "Minimum player age » 8 months"),
    (ANAK, "Players: from eight months old upward, both boys and girls."),
    (ANAK, "The publisher said recruitment was still under way."),
    (SOTA, "Note 7: this study has one arm, so nobody is given a dummy drug."),
    (SOTA, "Applicants aged 17 or younger cannot apply."),
    (RSV, "Not for under-50s."),
    (RSV, "Sow: est. Jul 2023 | Harvest: est. Aug 2025"),
    (RSV, "Plant label ~ GSK ~ RSV vaccine ~ 50+ ~ phase II ~ 375 est."),
    (DENT, "Comment: a withdrawn study; it never opened."),
    (DENT, "Age: 5 to 8 years old (primary teeth)."),
    (DENT, "Report: no children were ever enrolled; the study was withdrawn."),
    (YOGA, "Notes: adults up to 30 years old, from 18."),
    (YOGA, "Note: nobody older than thirty could join."),
    (NIGHT, "Sighting: adults aged 22 and over, up to 99."),
    (NIGHT, "Adults under one hundred, from twenty-two."),
    (BIG, "Teens from 13 and adults; the call is for about 248."),
    (BIG, "The caller said the study was no longer recruiting."),
    (NRG, "Women only — 18 yrs & up — est. 325"),
    (NRG, "Job status: vacancies open; recruiting now."),
    (PPD, "Mothers aged twenty-two to forty-five only."),
    (PPD, "Only seven women were randomized before it stopped."),
    (CT152, "Exam tip: the CT-152 study (phase N/A) enrolled 386."),
    (HJF, "Q8. Minimum age? 18. Maximum age? 65."),
    (CT155, "Q9. Was there a control group? No."),
    (CT155, "Q10. Was it randomized? No; everyone got the app."),
    (CALC, "Q11. Was it a phase 3 trial? No, it was observational."),
    (TAB, "Q13. Was it completed? No, it was terminated."),
    (BRIG, "Q14. Is it still recruiting? No."),
    (NOVO, "Q15. Was it blinded? No."),
    (DISC, "Q16. Was it blinded? Yes, double."),
    (ANAK, "Q17. Could babies join? Yes, from 8 months."),
    (SOTA, "Q18. Could children join? No, adults only."),
    (RSV, "Q19. Has recruitment started? Not yet."),
    (DENT, "Q20. Could adults join? No, only children aged 5 to 8."),
    (NRG, "Q21. Were men eligible? No."),
    (PPD, "Q22. Were only women eligible? Yes."),
    (SILD, "Q12. Were patients with illness eligible? No, only healthy volunteers."),
]

SUMMARIES = [
    (
        ANAK,
        (
            "RULEBOOK\nPlayers: 8 months and up, about 15 (estimated). Swedish Orphan Biovitrum's "
            "phase 3 game gives anakinra or a placebo at random, and nobody knows which. It began "
            "on 24 August 2022 at 18 sites in Japan, for Still's disease, and is recruiting."
        ),
    ),
    (
        BRIG,
        (
            "SHIP'S LOG\n30 March 2020: sailed. 118 adults aged 18 and over with ALK-positive "
            "non-small cell lung cancer aboard, at 26 sites in Germany. Randomized, open label, "
            "phase 2: brigatinib or another ALK TKI. Active, not recruiting; landfall expected "
            "January 2026."
        ),
    ),
    (
        PPD,
        (
            "REPORT CARD\nWoebot Health's randomized, triple-blind study compared the WB001 app "
            "with the ED001 educational app in women aged 22 to 45 with postpartum depression. "
            "Only 7 enrolled before it was terminated. Term: 16 November 2022 to 10 May 2023, at 8 "
            "US sites."
        ),
    ),
    (
        RSV,
        (
            "PLANT LABEL\nGlaxoSmithKline's phase 2 RSVPreF3 OA vaccine study is not yet "
            "recruiting. About 375 adults aged 50 and over (estimated), some after a lung or "
            "kidney transplant and some healthy, will be randomly assigned at 53 sites in 8 "
            "countries. Planting: 31 July 2023 (estimated)."
        ),
    ),
    (
        SOTA,
        (
            "JOB ADVERT\nMerck Sharp & Dohme LLC is recruiting about 35 adults (estimated), 18 or "
            "over, with pulmonary arterial hypertension in Japan. Phase 3, single group: everyone "
            "gets sotatercept. Started 10 May 2023."
        ),
    ),
    (
        DENT,
        (
            "FIELD GUIDE\nHadassah Medical Organization's randomized, single-blind caries study "
            "in children aged 5 to 8 was withdrawn, with no one enrolled. It would have compared "
            "incomplete with complete caries removal in baby teeth, in Israel."
        ),
    ),
    (
        NOVO,
        (
            "TASTING NOTE\nTetec AG, 2012 to 2021. A completed, randomized, open, phase 1/2 study "
            "of NOVOCART Disc plus and NOVOCART Disc basic against sequestrectomy alone, in 120 "
            "adults aged 18 to 60 with lower-back disc degeneration, at 10 sites in Austria and "
            "Germany."
        ),
    ),
    (
        NRG,
        (
            "FORTUNE\nWomen 18 or older, after surgery for low-risk endometrial cancer, will be "
            "recruited: about 325 (estimated). NRG Oncology's phase 2, non-randomized study "
            "offers observation, external beam radiation therapy or vaginal brachytherapy. Start "
            "16 January 2025 (estimated)."
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
    (PPD, "Q10. Were men eligible? Yes.", "Q10. Were men eligible? No, women only.",
     "sex.mismatch"),
    (PPD, "Q10. Were men eligible? (Answer: yes.)", "Q10. Were men eligible? No, women only.",
     "sex.mismatch"),
    (PPD, "Q10. Only men were eligible.", "Q10. Only women were eligible.", "sex.mismatch"),
    (CT152, "Q5. Was it phase 3? Yes.",
     "Q5. Was it phase 3? No; phase does not apply to this device study.", "phase.mismatch"),
    (CT152, "Q5. Was it phase 3? No doubt.",
     "Q5. Was it phase 3? No; phase does not apply to this device study.", "phase.mismatch"),
    (NIGHT, "The moon was in May 2022 when it started; it set in August 2024.",
     "The moon was in June 2022 when it started; it set in August 2024.", "date.mismatch"),
    (NIGHT, "The moon was in June 2022 when it started; it set in August 2023.",
     "The moon was in June 2022 when it started; it set in August 2024.", "date.mismatch"),
    (NIGHT, "It started in June 2022; it ended in August 2023.",
     "It started in June 2022; it ended in August 2024.", "date.mismatch"),
    (BIG, "Two-four-nine, estimated, that's the count!",
     "Two-four-eight, estimated, that's the count!", "number.untraced"),
    (CT155, "Q3 (4 marks). Each person used the app for 4 weeks.",
     "Q3 (4 marks). How many sites took part? Ten, all in the US.", "number.untraced"),
    (CT155, "Q3. How many people took part? Ten.",
     "Q3 (4 marks). How many sites took part? Ten, all in the US.", "enrollment.mismatch"),
    (CT155, "Q3. How many took part? Sixty.", "Q3. How many took part? Fifty.",
     "enrollment.mismatch"),
    (CT152, "Q: Is this a phase 2 study? A: Yes.",
     "Q: Is this a phase 2 study? A: No, there is no phase.", "phase.mismatch"),
    (NRG, "This job is not open to new patients.", "This job is not open to men.",
     "status.mismatch"),
    (NRG, "The study is not yet open to adults.", "This job is not open to men.",
     "status.mismatch"),
    (NRG, "This job is not recruiting men.", "This job is not open to men.",
     "status.mismatch"),
    (CT155, "Turn order: youngest first (from 18); players of all ages thereafter.",
     "Turn order: youngest first (from 18); players up to 64.", "age.range"),
    (ANAK, "Players of all ages.",
     "Turn order: youngest first (from 8 months); players of all ages thereafter.",
     "age.range"),
    (CT155, "Q10. Was it randomized? Yes; everyone got the app.",
     "Q10. Was it randomized? No; everyone got the app.", "design.allocation"),
    (CALC, "Q11. Was it a phase 3 trial? Yes, it was observational.",
     "Q11. Was it a phase 3 trial? No, it was observational.", "phase.mismatch"),
    (CALC, "Q11. Was it a phase 3 trial? Yes, it was observational.",
     "Q11. Was it a phase 3 trial? No, it was observational.", "number.untraced"),
    (NIGHT, "Sighting: adults aged 22 and over, up to 90.",
     "Sighting: adults aged 22 and over, up to 99.", "age.maximum"),
    (CT155, "Sighting: adults aged 18 and over.", "Sighting: adults aged 18 and over, up to 64.",
     "age.open_upper"),
    (SOTA, "Applicants aged 15 or younger cannot apply.",
     "Applicants aged 17 or younger cannot apply.", "age.minimum"),
    (SOTA, "Applicants aged 15 or younger cannot apply.",
     "Applicants aged 17 or younger cannot apply.", "number.untraced"),
    (SOTA, "Applicants aged 17 or younger can apply.",
     "Applicants aged 17 or younger cannot apply.", "age.maximum"),
    (SILD, "Q12. Were patients with gout eligible? Yes.",
     "Q12. Were patients with illness eligible? No, only healthy volunteers.",
     "condition.mismatch"),
    (APAT, "Guidance note 3.2: apatinib is taken for 7 weeks.",
     "Guidance note 3.2: apatinib is also called Aitan.", "number.untraced"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "wrong", "right", "code"), WRONG_TWINS)
def test_a_wrong_twin_is_caught(name: str, wrong: str, right: str, code: str) -> None:
    caught_only_when_wrong(name, wrong, right, code)
