"""Faithful sentences in registers no earlier test used, that no claim reader may flag.

Session 29 wrote them as a pharmacist's shelf-talker, a trade-union bulletin, a sign-language
gloss in English, a bus-stop advert, a church-hall handout, a genealogy-forum post, a subtitle
file, a dating-app profile of the study, a quiz-night answer sheet, TV listings, a recipe card
and a lost-and-found notice, on twelve real records: each true to its record and making no
claim. What the readers flagged was fixed by mechanism (an order about the room, the queue or
the clock; a quiz's "True or false:"; a numbered or cut-down question answered open; a label of
praise denied; a label answered no), and each fix has its wrong twin, a real claim in nearly
the same words, still caught.
"""

from __future__ import annotations

import pytest

from tests.checks_support import claim_codes

PEMF = "NCT04049812.json"
PREG = "NCT00353704.json"
LUMI = "NCT03608150.json"
ASTH = "NCT06863285.json"
NARC = "NCT05816382.json"
RSV = "NCT05921903.json"
MONT = "NCT00712335.json"
FLU = "NCT02967393.json"
NW = "NCT03795987.json"
AZD = "NCT05809934.json"
WOE = "NCT05486611.json"
PROT = "NCT03281889.json"

SENTENCES29 = [
    (
        PREG,
        "SHELF NOTE: pregabalin was the capsule in this study, given once, about an hour "
        "before spine surgery.",
    ),
    (PREG, "Ask at the counter if you'd like the study number: NCT00353704."),
    (PREG, "Did you know? Half of the patients got a sugar capsule instead."),
    (PREG, "On this shelf: a summary of a 2005–2010 study from Norway."),
    (PREG, "What was tested: 150 mg of pregabalin by mouth before surgery."),
    (PREG, "What was measured: pain at rest two hours after the operation."),
    (PREG, "Pharmacist's note: this card describes a study, not a recommendation."),
    (PREG, "Results are posted on ClinicalTrials.gov; this card does not repeat them."),
    (
        PREG,
        "Questions about your own medicines? That's a conversation for your prescriber, not "
        "this card.",
    ),
    (PREG, "The study also counted how much morphine patients used in the first four hours."),
    (ASTH, "Shelf-talker: a pharmacist-run asthma education study, planned in Pakistan."),
    (ASTH, "Inhaler technique is one of the topics the pharmacists plan to cover."),
    (ASTH, "Pick up a leaflet, but remember: this study has not started recruiting yet."),
    (ASTH, "Counselling sessions are planned to last 5 to 10 minutes."),
    (
        NARC,
        "BULLETIN ITEM: members asking about the TAK-861 study should know it is run by Takeda.",
    ),
    (
        NARC,
        "Branch note: the study is an extension for people who finished an earlier TAK-861 study.",
    ),
    (
        NARC,
        "Brothers and sisters, this is not a study you can walk into: only those from the "
        "parent studies may join.",
    ),
    (NARC, "The union takes no position on the study; we pass on what the registry says."),
    (NARC, "Shift workers may want to know the study lasts up to about two years on treatment."),
    (NARC, "Solidarity with everyone living with narcolepsy, whether or not they take part."),
    (NARC, "Rep's note: the study's main job is to track side effects over the long run."),
    (
        NARC,
        "Time off for study visits is a matter for your own employer; the record says nothing "
        "about it.",
    ),
    (NARC, "Sites are listed in 12 countries, including Japan and Norway."),
    (NARC, "The record lists four doses of TAK-861; participants are randomised to one of them."),
    (AZD, "Union notice: AstraZeneca is running a liver study, and the record is public."),
    (AZD, "Members with questions should raise them with the study team, not the branch office."),
    (LUMI, "STUDY WHAT? CHILDREN LAZY-EYE. HEADSET WATCH CARTOON. COMPARE GLASSES ONLY."),
    (LUMI, "CHILD AGE 4 TO 7. EYE WEAK ONE. STUDY CHECK SEE HOW-WELL."),
    (LUMI, "HEADSET HOUR ONE, DAY SIX, WEEK TWELVE."),
    (LUMI, "RESULTS? POSTED. THIS SUMMARY NOT SAY."),
    (LUMI, "WORK OR NOT? STUDY PURPOSE FIND-OUT."),
    (LUMI, "GLASSES KEEP WEAR, BOTH GROUPS."),
    (PROT, "PROTON RADIATION, CHILDREN. SPINE SPARE, TRY. KNOW? NOT-YET."),
    (PROT, "STUDY NOW RECRUITING. CHILDREN ONLY."),
    (FLU, "Waiting for the 42? Read about a flu vaccine study in children with asthma."),
    (FLU, "Two licensed flu jabs. Forty children. One question: how safe in asthma?"),
    (FLU, "This study has finished. No sign-ups here, just the story."),
    (FLU, "Your stop for facts: the study compared Flucelvax with Fluarix."),
    (FLU, "Mind the gap between what is known and what is hoped."),
    (FLU, "Next bus in 5 minutes; the study's results are on ClinicalTrials.gov."),
    (RSV, "Next stop: an RSV vaccine study for transplant recipients aged 50 and over."),
    (
        RSV,
        "Hop on for the facts: one dose or two, compared in lung and kidney transplant recipients.",
    ),
    (RSV, "Ding ding! GSK is the sponsor."),
    (RSV, "Timetable: the study was planned to start in July 2023."),
    (NW, "Tonight's talk: a wristwatch that notices nightmares."),
    (NW, "Tea and biscuits after the talk; questions welcome."),
    (NW, "Our speaker will explain how NightWare vibrates gently when it senses a nightmare."),
    (NW, "Please remember that the study was small and had no comparison group."),
    (NW, "Let us keep in our thoughts all those who live with PTSD."),
    (NW, "The hall will be open from 7 pm; do bring a friend."),
    (NW, "Handout: the study is about sleep in people with PTSD, not a cure for PTSD."),
    (NW, "The study measured sleep quality with a questionnaire."),
    (NW, "Whether the watch improves sleep is the question the study asked."),
    (NW, "Collection for the roof fund at the door; the study itself asks for no money."),
    (
        MONT,
        "Re: montelukast study my grandad mentioned. Found it: NCT00712335, Inje University, "
        "South Korea.",
    ),
    (MONT, "Tracing the record back, it started in February 2007 and finished in May 2011."),
    (
        MONT,
        "Not sure if this helps anyone's family tree, but the study looked at smokers with asthma.",
    ),
    (MONT, "Branches of the study: smokers and non-smokers, with and without asthma."),
    (MONT, "Like old parish records, the registry gives dates and numbers, not stories."),
    (MONT, "I can't find anything about who was in which group by name, which is as it should be."),
    (MONT, "Edit: the results are posted, but I won't copy them here."),
    (MONT, "The study measured the share of neutrophils in coughed-up sputum at 24 weeks."),
    (MONT, "The study asked why smokers with asthma respond less to inhaled steroids."),
    (MONT, "Anyone know what a 'sputum eosinophil percentage' is? It's one of the measures."),
    (AZD, "1\n00:00:01,000 --> 00:00:04,000\nThis study tests AZD2693 in people with NASH."),
    (AZD, "2\n00:00:04,500 --> 00:00:08,000\n[narrator] Some people will get a placebo."),
    (AZD, "3\n00:00:08,500 --> 00:00:11,000\n[music] The study is recruiting."),
    (AZD, "[DOCTOR] We don't yet know if it works.\n[PATIENT] So that's what the study is for?"),
    (AZD, "[whispering] Nobody knows which group they're in."),
    (AZD, "- Will it fix my liver?\n- That's exactly what the study wants to find out."),
    (AZD, "[SIGHS] Liver biopsies are part of the study."),
    (AZD, "(off-screen) The results aren't in yet."),
    (
        WOE,
        "About me: a 4-week app study for teens with depression. Looking for: nothing now, "
        "I've ended.",
    ),
    (WOE, "Height: 0 cm. Sponsor: listed on the record. Status: terminated."),
    (WOE, "Swipe right for facts, not promises."),
    (WOE, "Interests: chatbots, cognitive behavioural therapy, mood questionnaires."),
    (WOE, "My love language is questionnaires: the PHQ-8 was my main measure."),
    (WOE, "Dealbreakers: I don't claim to cure anything."),
    (WOE, "Two truths and a lie? No lies here: I ended early, I was an app, I measured mood."),
    (
        PEMF,
        "Bio: magnetic, but not in the way you think. A 50-person study of PEMF for "
        "sciatica-type pain.",
    ),
    (PEMF, "Green flags: randomised, sham-controlled, triple-blind."),
    (PEMF, "Ideal match: someone curious about whether PEMF helps, not someone sure it does."),
    (PEMF, "Q1. What does PEMF stand for? A: Pulsed electromagnetic field."),
    (PEMF, "Q2. How many people took part? A: 50."),
    (
        PEMF,
        "Q3. What did the sham group get? A: Hot packs and TENS, with the PEMF device switched "
        "off.",
    ),
    (PEMF, "Q4. True or false: the results are posted. A: False."),
    (PEMF, "Q5. Which scale measured pain? A: a 10 cm visual analogue scale."),
    (PEMF, "Bonus: Name the questionnaire for disability. A: Roland-Morris."),
    (PEMF, "Tie-breaker: How long was the treatment? A: Three weeks."),
    (LUMI, "Round 2, Q1: How many children enrolled? Answer: 117."),
    (LUMI, "Q2: What did the headset show? Answer: films and TV shows."),
    (LUMI, "Picture round: a child wearing a VR headset (answer: Luminopia One)."),
    (NARC, "9.00 THE LONG WATCH. Documentary following a two-year narcolepsy drug study. (S)"),
    (
        PROT,
        "8.30 GROWING UP. Can doctors spare children's spines from radiation? A study hopes to "
        "find out.",
    ),
    (
        PROT,
        "Drama-free science: a study of bone-sparing proton therapy in children. Not suitable "
        "for spoilers: results are not in.",
    ),
    (
        RSV,
        "10.00 SECOND DOSE. Does a second shot help transplant patients respond to an RSV "
        "vaccine? Researchers set out to see.",
    ),
    (
        FLU,
        "7.00 JAB CHAT. A look at a finished study of two flu vaccines in children with "
        "asthma. (Repeat)",
    ),
    (
        MONT,
        "11.15 SMOKE SIGNALS. Korean researchers ask why inhaled steroids seem to work less "
        "well in smokers with asthma.",
    ),
    (
        LUMI,
        "Serves: 117 children. Prep time: 12 weeks. Ingredients: one headset, one pair of glasses.",
    ),
    (LUMI, "Method: 1. Wear glasses. 2. Watch for one hour. 3. Repeat six days a week."),
    (
        LUMI,
        "Chef's tip: the eye check is the proof of the pudding, and the study measured it at "
        "12 weeks.",
    ),
    (PREG, "Ingredients: 50 adults, one capsule each, a spine operation."),
    (PREG, "Method: give the capsule about an hour before surgery; measure pain two hours after."),
    (PREG, "Allergy note: people allergic to pregabalin or gabapentin could not take part."),
    (ASTH, "Ingredients: a pharmacist, a phone, an inhaler. Cooking time: one month."),
    (ASTH, "Serving suggestion: counselling by WhatsApp or phone call."),
    (RSV, "FOUND: one study record, NCT05921903. Owner: GlaxoSmithKline."),
    (RSV, "LOST: the results. Not posted yet; the study has not finished."),
    (RSV, "If found, please hand in at reception."),
    (WOE, "LOST: a teen depression app study, last seen terminated. Reason not given."),
    (NW, "Found on a bench: a NightWare watch leaflet. Please collect from the office."),
    (
        PEMF,
        "Take any claims about magnets with a pinch of salt; this study was set up to test one.",
    ),
    (PEMF, "The jury is still out on PEMF for this kind of pain."),
    (PEMF, "The study puts PEMF to the test against a switched-off device."),
    (AZD, "Time will tell whether AZD2693 lives up to the hopes behind it."),
    (AZD, "It is early days for AZD2693."),
    (AZD, "The study is a stepping stone, not the last word."),
    (
        NARC,
        "It's a marathon, not a sprint: participants can stay on treatment for up to 104 weeks.",
    ),
    (LUMI, "Don't judge a headset by its cover: the study compared it with glasses alone."),
    (
        PROT,
        "The team is walking a tightrope between treating the tumour and sparing growing bones.",
    ),
    (RSV, "The proof of the pudding will be in the blood tests."),
    (FLU, "Sometimes the devil is in the details: the study recorded reactions for 14 days."),
    (MONT, "Smoking throws a spanner in the works of asthma treatment, the researchers suggest."),
    (NW, "The watch is a night-time nudge, not a magic wand."),
    (WOE, "The app was meant to be a pocket-sized companion, not a replacement for care."),
    (AZD, "Does AZD2693 work? Nobody knows yet."),
    (AZD, "Is it safe? That is one of the things the study is checking."),
    (NARC, "Will TAK-861 help with sleepiness? The study looks at this as a secondary measure."),
    (PROT, "Could sparing the spine help children grow taller? That is the hope being tested."),
    (LUMI, "Why a headset? Because children may be more willing to watch films than wear a patch."),
    (RSV, "Does a second dose make a difference? The study compares one dose with two."),
    (
        FLU,
        "Are flu vaccines safe for children with asthma? This small study looked at that question.",
    ),
    (MONT, "What makes smokers' asthma different? That is what the study explored."),
    (ASTH, "Can a pharmacist on the phone improve asthma control? The study plans to find out."),
    (PEMF, "Whether PEMF eases radicular pain is not known from this record."),
    (PEMF, "No results have been posted, so we cannot say how the groups compared."),
    (NARC, "Long-term safety of TAK-861 is not yet known; that is why this study exists."),
    (AZD, "It is not yet known whether AZD2693 reduces liver scarring."),
    (RSV, "It is unknown whether the vaccine protects transplant recipients from RSV illness."),
    (
        PROT,
        "Nobody can say yet whether bone-sparing therapy keeps the tumour under control as well.",
    ),
    (WOE, "Because the study stopped early, we don't know if the app helped."),
    (NW, "The study did not compare NightWare with anything else, so its effect is unclear."),
    (AZD, "AZD2693 may or may not help; the study is designed to find out."),
    (AZD, "Researchers think the drug might lower liver fat, but this has to be tested."),
    (LUMI, "The headset is thought to work by giving each eye a different picture."),
    (PROT, "In theory, protons can be aimed more precisely than X-rays."),
    (NARC, "TAK-861 is thought to act on the brain's orexin system."),
    (RSV, "A second dose could, in principle, raise antibody levels; the study measures this."),
    (NARC, "Side effects are recorded at every visit."),
    (NARC, "Doctors check heart tracings, blood tests and vital signs during the study."),
    (AZD, "Liver tests are done regularly to watch for any problems."),
    (RSV, "Participants record any redness, swelling or pain at the injection site for 7 days."),
    (RSV, "Fever and tiredness after vaccination are written down in a diary."),
    (FLU, "Any wheezing or asthma attacks after vaccination were recorded."),
    (PROT, "Children are followed for years to check their growth and any late effects."),
    (LUMI, "Adverse events were recorded throughout the 12 weeks."),
    (NW, "The team asked participants about any problems with the watch."),
    (PREG, "Nausea and dizziness after surgery were among the things the team could note."),
    (AZD, "Ask at the desk for a printed copy of this summary."),
    (AZD, "Bring your card to each visit."),
    (AZD, "Please sign in at reception."),
    (AZD, "Scan the QR code to open the record on ClinicalTrials.gov."),
    (NARC, "Quote the study number, NCT05816382, when you contact the site."),
    (RSV, "Turn over for the list of study sites."),
    (LUMI, "Parents: keep this leaflet somewhere handy."),
    (FLU, "See the back page for the full list of measures."),
    (
        ASTH,
        "Keep your phone charged if you want to take part; counselling is by phone or WhatsApp.",
    ),
    (PROT, "Read the consent form with your family before deciding."),
    (NW, "Switch off mobile phones during the talk."),
    (WOE, "Look up NCT05486611 for the full record."),
    (AZD, "Status: recruiting."),
    (AZD, "Drug: AZD2693. Comparison: placebo."),
    (AZD, "Why it matters: NASH can lead to liver scarring."),
    (AZD, "Bottom line: the study is testing AZD2693; it has not shown anything yet."),
    (AZD, "What's new: AZD2693 is an experimental drug."),
    (AZD, "Catch: one in some participants gets placebo."),
    (NARC, "Safety: the main thing being measured."),
    (NARC, "Effectiveness: looked at as a secondary question."),
    (LUMI, "Outcome: vision in the weaker eye at 12 weeks."),
    (RSV, "Who pays: GSK, the sponsor."),
    (PROT, "Hope: less harm to growing bones. Evidence: not yet."),
    (FLU, "Verdict: for the record itself, see ClinicalTrials.gov."),
    (PEMF, "Treatment time: 3 weeks. Follow-up: one month after treatment."),
    (MONT, "Design: randomised, single-blind. Phase: 4."),
    (WOE, "Status: terminated. Why: not stated."),
    (AZD, "AZD2693 is not approved for any use."),
    (AZD, "This summary does not say AZD2693 works."),
    (NARC, "TAK-861 is not available outside studies."),
    (PROT, "The study does not promise better outcomes."),
    (LUMI, "The headset does not replace glasses in this study."),
    (FLU, "Neither vaccine is new; both are already licensed."),
    (NW, "NightWare does not treat PTSD itself."),
    (RSV, "The vaccine is not yet approved for transplant recipients."),
    (PEMF, "No one in the study had had back surgery before."),
    (WOE, "The app was never meant to replace therapy."),
    (AZD, "The sponsor says the study will look at liver fat and scarring."),
    (AZD, "According to the record, about half the participants get placebo."),
    (NARC, "Takeda describes the study as a long-term extension."),
    (LUMI, "The sponsor says Luminopia One is a virtual-reality therapy."),
    (PROT, "The researchers write that radiation can stunt children's growth."),
    (
        RSV,
        "The record states that people with a lung or kidney transplant are at higher risk of "
        "severe RSV.",
    ),
    (PREG, "The authors noted that gabapentin had reduced pain in earlier studies."),
    (MONT, "The investigators suggested that smoking makes inhaled steroids less effective."),
    (WOE, "The team said the app would be tested in teens aged 13 to 17."),
    (NW, "The developers say the watch vibrates without waking the wearer."),
    (AZD, "Good news for the curious: the full record is free to read."),
    (AZD, "A study worth knowing about if you follow liver research."),
    (AZD, "It is a big study, run in many countries."),
    (AZD, "The study is important because NASH has no approved treatment in many countries."),
    (
        LUMI,
        "A headset could be an easier option for children than a patch, the study's backers hoped.",
    ),
    (LUMI, "It is the first study of its kind listed by this sponsor."),
    (NARC, "Participants who had bad side effects in the earlier study could not join."),
    (NARC, "People who stopped the parent study because of side effects were excluded."),
    (RSV, "Healthy adults aged 50 and over get one dose as a comparison group."),
    (
        RSV,
        "Transplant recipients may respond less strongly to vaccines, which is why the study "
        "tests two doses.",
    ),
    (PROT, "Proton therapy is widely used for childhood cancers."),
    (PROT, "Radiation is a standard part of treatment for these tumours."),
    (FLU, "Flu can be serious for children with asthma."),
    (FLU, "Live nasal flu vaccine was not used in this study."),
    (MONT, "Inhaled steroids are the usual treatment for asthma."),
    (MONT, "Smokers with asthma often have more neutrophils in their airways."),
    (PEMF, "PEMF is described by the researchers as painless and non-invasive."),
    (PEMF, "Everyone in the study also got hot packs and TENS."),
    (PREG, "Everyone was given morphine for pain after surgery as needed."),
    (PREG, "A sugar pill was used so nobody knew who got the drug."),
    (ASTH, "People who do not reply to messages and calls cannot take part."),
    (ASTH, "The control group gets usual care."),
    (NW, "Participants wore the watch every night for 30 days."),
    (WOE, "The study ended early, and fewer teens took part than planned."),
    (LUMI, "Children watched the shows for one hour a day, six days a week."),
    (AZD, "People with other liver diseases cannot take part."),
    (NARC, "Participants can leave the study at any time."),
    (RSV, "The vaccine is given as an injection into the upper arm muscle."),
    (PROT, "Children receive radiation five days a week."),
    (FLU, "Each child got one flu shot."),
    (MONT, "Montelukast is a tablet taken at bedtime."),
    (PREG, "The capsule was given by mouth with a sip of water."),
    (AZD, "Safe to say, this is a study, not a treatment offer."),
    (AZD, "No guarantees: the study is testing, not selling."),
    (AZD, "Better safe than sorry: check the record for the latest status."),
    (LUMI, "Seeing is believing, the saying goes; the study put a number on seeing."),
    (NARC, "The study keeps an eye on safety for the long haul."),
    (PEMF, "A magnet on the back? Sounds odd, but it is a real treatment that the study tested."),
    (AZD, "Chin up: you can ask the team any question."),
    (AZD, "Don't panic if you get placebo; you still get the same visits and checks."),
    (AZD, "No need to bring anything but your ID on the first day."),
    (NARC, "Feel free to ask the site for a copy of the consent form."),
    (RSV, "Don't forget your vaccination diary at each visit."),
    (FLU, "Remember to fill in the symptom diary each day."),
    (ASTH, "Save the pharmacist's number in your phone."),
    (LUMI, "Charge the headset overnight."),
    (NW, "Wear the watch to bed every night of the study."),
    (WOE, "Open the app once a day if you want to."),
    (PROT, "Come 30 minutes early for each session."),
    (PEMF, "The device was switched off in the sham group, though it looked the same."),
    (AZD, "Participants will be paid nothing? The record does not say."),
    (AZD, "Costs: the record does not mention payment."),
    (AZD, "Is there a catch? Some visits include a liver biopsy."),
    (NARC, "How long? Up to 104 weeks of treatment, plus a check 4 weeks later."),
    (RSV, "How many? About 375 adults."),
    (LUMI, "Who ran it? Luminopia, the company that makes the headset."),
    (PROT, "Where? The record lists the study sites."),
    (FLU, "When? The study has finished."),
    (MONT, "How many? 105 people took part."),
    (PEMF, "Who ran it? A team led by Birkan Sonel Tur."),
    (WOE, "What went wrong? The record does not say why it stopped."),
    (PREG, "Did it work? Results are posted, but this summary does not report them."),
    (NW, "Was it blinded? No, everyone knew they had the watch."),
    (AZD, "Heads up: this study needs people with NASH, not the general public."),
    (AZD, "Don't take our word for it: read the record yourself."),
    (AZD, "Worth a look if you like reading about liver research."),
    (
        AZD,
        "The study is looking for adults with NASH and fibrosis; it is not an offer of treatment.",
    ),
    (AZD, "Spoiler alert: there are no results yet."),
    (AZD, "Result pending: the study is still running."),
    (AZD, "Outcome to be announced."),
    (AZD, "Findings: none yet."),
    (AZD, "Effective? Unknown. Safe? Being checked."),
    (AZD, "Works: not shown. Approved: no."),
    (AZD, "Not a cure, not a miracle, just a study."),
    (AZD, "Best read alongside the official record."),
    (AZD, "The best place to find the full list of sites is the record itself."),
    (AZD, "Join the queue at reception and ask for the liver study leaflet."),
    (AZD, "Stop by the information desk for a copy."),
    (AZD, "Stop here for the facts about AZD2693."),
    (AZD, "Switch on subtitles for the video version of this summary."),
    (AZD, "Take a seat; the study nurse will call your name."),
    (AZD, "Take the lift to the third floor for the research unit."),
    (AZD, "Change trains at the central station for the hospital."),
    (AZD, "Skip to the last section for contact details."),
    (AZD, "Stop reading here if you only wanted the basics."),
    (NW, "Turn off the lights at the end of the talk, please."),
    (NW, "Drop your feedback forms in the box by the door."),
    (NW, "Stop the clock: the study lasted 30 days for each person."),
    (NW, "Wear name badges during the session."),
    (PEMF, "Q6. Did PEMF work better than sham? A: Unknown, no results posted."),
    (PEMF, "Q7. True or false: PEMF is approved for sciatica. A: The record does not say."),
    (PEMF, "Q8. Were results posted? A: No."),
    (PEMF, "Answer: false — there are no posted results."),
    (PEMF, "True or false: the study had a sham group. A: True."),
    (PEMF, "Q9. Which worked better? A: Trick question, the record has no results."),
    (LUMI, "Q3: Were results posted? Answer: yes, on ClinicalTrials.gov."),
    (LUMI, "Q4: Did the headset beat glasses alone? Answer: not covered in this summary."),
    (NARC, "9.45 SAFE HANDS? A long-term look at side effects of TAK-861. (Subtitled)"),
    (NARC, "Verdict pending: the study runs until 2026."),
    (NARC, "Side effects are the main outcome, not a finding."),
    (NARC, "Tolerability: being studied."),
    (RSV, "Boost or bust? The study compares one dose with two."),
    (RSV, "Stronger response after two doses? That's the question, not the answer."),
    (RSV, "A second shot might help, or might not; the blood tests will tell."),
    (FLU, "Safety first: that was the point of this study."),
    (FLU, "The study's purpose was to check safety, not to show the vaccines prevent flu."),
    (MONT, "Where there's smoke, there's inflammation, as the researchers put it."),
    (MONT, "The study compared montelukast with inhaled steroids in smokers and non-smokers."),
    (
        PROT,
        "Parents told us they want fewer long-term side effects for their children; that is "
        "what the study aims for.",
    ),
    (PROT, "Less radiation to the spine is the goal, not a promise."),
    (
        PROT,
        "Proton beams stop at a set depth, which is why doctors hope they spare healthy tissue.",
    ),
    (WOE, "Mood tracker: yes. Miracle: no."),
    (WOE, "The app was free to use during the study? The record does not say."),
    (WOE, "Teens could chat with the bot any time of day."),
    (
        PREG,
        "Pain relief after surgery is a common problem; this study looked at one way to "
        "approach it.",
    ),
    (PREG, "Less pain and less worry before surgery were what the researchers hoped for."),
    (PREG, "Whether pregabalin helped is answered in the posted results, not here."),
    (ASTH, "Better asthma control is the hope; the study will measure it."),
    (ASTH, "Improved adherence is what the pharmacists are aiming for."),
    (ASTH, "The study is not recruiting yet, so please don't call the hospital about it."),
    (LUMI, "In the headset group, children kept their glasses on too."),
    (AZD, "Safe? Not yet known."),
    (AZD, "Effective: to be decided."),
    (AZD, "Breakthrough: no, a trial."),
    (AZD, "Side effects: being recorded."),
    (AZD, "Does it help? Unknown."),
    (AZD, "Q: Did it work? A: The study is still running."),
    (AZD, "True or false: AZD2693 is approved. A: False."),
    (AZD, "True or false: this study is recruiting. A: True."),
    (NARC, "Q3. Is TAK-861 safe long term? A: That's what the study is for."),
    (NARC, "Q4. Does TAK-861 reduce sleepiness? A: Not yet known."),
    (NARC, "Safe for the long term? Time will tell."),
    (RSV, "Q: Did the second dose help? A: The study has not finished."),
    (RSV, "Protection from RSV: not measured in this study."),
    (PROT, "Better growth: hoped for, not shown."),
    (PROT, "Stop press: the study is still recruiting."),
    (
        LUMI,
        "Take it with a pinch of salt when anyone says a headset fixes lazy eye; this study "
        "was set up to check.",
    ),
    (LUMI, "Join the dots: a headset, 117 children, 12 weeks."),
    (LUMI, "Switch on the headset and the film starts; that is how the treatment is given."),
    (FLU, "Don't miss the bus: the 42 stops outside the hospital."),
    (FLU, "Try the café on the ground floor while you wait."),
    (FLU, "Give it a minute: the study summary is on the next page."),
    (NW, "Avoid the car park on Thursdays; it's market day."),
    (NW, "Sign up for the newsletter at the door for future talks."),
    (NW, "Register at the door for the talk."),
    (WOE, "Swipe left if you wanted a miracle."),
    (WOE, "No miracle cures here."),
    (MONT, "Take a deep breath: this is a long record."),
    (MONT, "Skip the jargon: IL-8 is a chemical messenger in the airways."),
    (PEMF, "Try saying 'pulsed electromagnetic field' three times fast."),
    (PEMF, "Volunteer drivers: the quiz starts at 8."),
    (PREG, "Take a ticket and wait to be called."),
    (PREG, "Ask the pharmacist for a large-print copy."),
    (ASTH, "Give the pharmacist a ring if you have questions about the leaflet."),
    (ASTH, "Try not to worry if you miss a call; the study has not started."),
]

SUMMARIES29 = [
    (
        PEMF,
        "QUIZ NIGHT — ANSWER SHEET\nRound 1: the PEMF study\n1. Sponsor: Birkan Sonel Tur.\n2. "
        "People: 50 adults aged 18 to 65 with leg pain from a slipped disc.\n3. Groups: real "
        "PEMF or sham PEMF, both with hot packs and TENS.\n4. Measure: pain on a 10 cm scale "
        "at 3 weeks and one month after treatment.\n5. Results posted? No.\nBonus: nobody "
        "knows from this record whether PEMF helps.",
    ),
    (
        LUMI,
        "LOST & FOUND\nFound: a study of a headset for lazy eye in children aged 4 to 7.\nRun "
        "by: Luminopia.\nWhat happened: 117 children were split between the headset plus "
        "glasses and glasses alone for 12 weeks.\nWhat was measured: how well the weaker eye "
        "sees.\nResults are posted on ClinicalTrials.gov; ask at the desk for a copy of the "
        "record.",
    ),
    (
        NARC,
        "UNION BULLETIN — HEALTH CORNER\nTakeda is running a long-term study of TAK-861 for "
        "narcolepsy. Only people who finished an earlier TAK-861 study can join. Participants "
        "get one of four doses for up to 104 weeks. The main thing measured is side effects; "
        "sleepiness is looked at too. The study is recruiting in 12 countries. Whether TAK-861 "
        "works or is safe long term is not yet known.",
    ),
    (
        RSV,
        "TV LISTINGS\n10.00 SECOND DOSE\nGSK's study of an RSV vaccine in adults aged 50 and "
        "over who have had a lung or kidney transplant. Some get one dose, some two; healthy "
        "adults get one dose for comparison. About 375 people. The study measures antibodies "
        "in the blood and records side effects. Not yet recruiting. (New)",
    ),
    (
        AZD,
        "1\n00:00:01,000 --> 00:00:05,000\n[narrator] This study is testing AZD2693 in adults "
        "with NASH and liver scarring.\n\n2\n00:00:05,500 --> 00:00:09,000\nSome participants "
        "receive placebo; nobody knows who.\n\n3\n00:00:09,500 --> 00:00:13,000\nThe study is "
        "recruiting, and AstraZeneca is the sponsor.\n\n4\n00:00:13,500 --> "
        "00:00:16,000\nWhether the drug works is not yet known.",
    ),
    (
        PREG,
        "PHARMACY SHELF-TALKER\nStudy: pregabalin before spine surgery (Norway, "
        "2005–2010).\nWho: 50 adults having surgery for a slipped disc.\nWhat: one 150 mg "
        "capsule or a sugar capsule about an hour before surgery.\nMeasured: pain at rest two "
        "hours after surgery and morphine use.\nResults: posted on ClinicalTrials.gov.\nThis "
        "card is for information only; ask your pharmacist about your own medicines.",
    ),
    (
        NW,
        "CHURCH HALL TALK — THURSDAY 7 PM\nTopic: NightWare, a smartwatch that vibrates when "
        "it senses a nightmare.\nThe study followed people with PTSD who have nightmares. "
        "Everyone used the watch; there was no comparison group. The team measured sleep "
        "quality with a questionnaire. Results are not reported here.\nTea and coffee served. "
        "All welcome.",
    ),
    (
        WOE,
        "PROFILE\nName: W-GenZD study\nAbout: an app-based chatbot for teens with depression, "
        "tested for 4 weeks.\nStatus: terminated early; reason not given.\nMain measure: "
        "depression questionnaire scores.\nLooking for: nobody — I'm not recruiting.\nDoes the "
        "app work? Unknown.",
    ),
    (
        FLU,
        "BUS STOP POSTER\nFLU JABS + ASTHMA: WHAT DID THIS STUDY LOOK AT?\nForty children aged "
        "5 to 11 with asthma got one of two licensed flu vaccines, Flucelvax or Fluarix. "
        "Researchers recorded reactions and asthma symptoms for 14 days after the jab. The "
        "study is complete; results are on ClinicalTrials.gov.",
    ),
    (
        MONT,
        "GENEALOGY FORUM\nRe: the montelukast study\nFound the record: NCT00712335, run by "
        "Inje University in South Korea from 2007 to 2011. 105 people took part: smokers and "
        "non-smokers, some with asthma. Groups got inhaled fluticasone with salmeterol, or "
        "montelukast tablets. The main measure was the share of neutrophils in sputum. Results "
        "are posted if anyone wants to dig further.",
    ),
]


@pytest.mark.parametrize(("trial_name", "text"), SENTENCES29 + SUMMARIES29)
def test_faithful_text_in_a_new_register_is_no_claim(trial_name: str, text: str) -> None:
    assert claim_codes(trial_name, text) == [], text


# The real claims closest to each fixed wording are still caught.
STILL_CLAIMS29 = [
    (PEMF, "Q4. True or false: the results are posted. A: True.", "claim.results"),
    (PEMF, "True or false: PEMF works. Answer: true.", "claim.efficacy"),
    (PEMF, "The results are posted.", "claim.results"),
    (PEMF, "Q6. Did PEMF work better than sham? A: Yes.", "claim.efficacy"),
    (PEMF, "PEMF worked better than sham.", "claim.efficacy"),
    (NARC, "Safe for the long term? Yes.", "claim.efficacy"),
    (NARC, "Safe for the long term? Absolutely.", "claim.efficacy"),
    (NARC, "Switch to TAK-861 now.", "claim.advice"),
    (AZD, "Join the study today.", "claim.advice"),
    (AZD, "Join now.", "claim.advice"),
    (LUMI, "Join us in the study.", "claim.advice"),
    (AZD, "Stop your tablets.", "claim.advice"),
    (PROT, "Stop your radiation.", "claim.advice"),
    (AZD, "Worth a look if you have NASH.", "claim.advice"),
    (AZD, "Not just a study: a miracle.", "claim.promotional"),
    (AZD, "AZD2693 is a miracle for NASH.", "claim.promotional"),
    (WOE, "Miracle: yes.", "claim.promotional"),
    (WOE, "If you want a miracle, this is it.", "claim.promotional"),
    (WOE, "If you wanted a miracle, this is it.", "claim.promotional"),
    (WOE, "W-GenZD is a miracle.", "claim.promotional"),
    (WOE, "Cure: yes.", "claim.efficacy"),
    (WOE, "Cure: no doubt about it.", "claim.efficacy"),
    (WOE, "The app is a cure: no more low moods.", "claim.efficacy"),
    (FLU, "Don't miss out on this study.", "claim.promotional"),
    (FLU, "Don't miss your chance to join.", "claim.promotional"),
    (FLU, "Try the study drug.", "claim.advice"),
    (FLU, "Try Flucelvax.", "claim.advice"),
    (NW, "Avoid the study drug.", "claim.advice"),
    (NW, "Avoid your usual medicine.", "claim.advice"),
    (NW, "Sign up for the study today.", "claim.advice"),
    (NW, "Register at the clinic now.", "claim.advice"),
    (NW, "Volunteer today.", "claim.advice"),
    (ASTH, "Try to stop your inhaler.", "claim.advice"),
]


@pytest.mark.parametrize(("trial_name", "text", "code"), STILL_CLAIMS29)
def test_claim_beside_a_new_register_is_still_caught(trial_name: str, text: str, code: str) -> None:
    assert code in claim_codes(trial_name, text), text
