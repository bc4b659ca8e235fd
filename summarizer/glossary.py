"""Plain-language explanations of the registry's vocabulary.

One place for the words patients trip over, used by the builtin writer to
explain them and by the checks to spot jargon left unexplained.
"""

from __future__ import annotations

import re

from .records import Phase, Status, StudyType

STATUS_PLAIN: dict[Status, str] = {
    Status.RECRUITING: "Recruiting. The study is looking for people to join.",
    Status.NOT_YET_RECRUITING: "Not yet recruiting. The study has not started to enroll people.",
    Status.ENROLLING_BY_INVITATION: (
        "Enrolling by invitation. Only people the study team invites can join."
    ),
    Status.ACTIVE_NOT_RECRUITING: (
        "Active, not recruiting. The study is still going on, but it is not looking for new people."
    ),
    Status.COMPLETED: "Completed. The study has ended.",
    Status.TERMINATED: "Terminated. The study was stopped early.",
    Status.WITHDRAWN: "Withdrawn. The study was stopped before it enrolled anyone.",
    Status.SUSPENDED: "Suspended. The study is on hold for now.",
    Status.AVAILABLE: "Available. The treatment can be asked for outside a study.",
    Status.NO_LONGER_AVAILABLE: "No longer available. The treatment can no longer be asked for.",
    Status.TEMPORARILY_NOT_AVAILABLE: "Temporarily not available.",
    Status.APPROVED_FOR_MARKETING: "Approved for marketing.",
    Status.WITHHELD: "Withheld. The registry does not show details for this study.",
    Status.UNKNOWN: "Unknown. The registry has not had an update on this study for a long time.",
}

PHASE_PLAIN: dict[Phase, str] = {
    Phase.EARLY_PHASE1: "Early phase 1: a first, very small test in people",
    Phase.PHASE1: "Phase 1: a first test in a small group of people, mainly to check safety",
    Phase.PHASE2: "Phase 2: a test in a larger group, to learn if it works and to check safety",
    Phase.PHASE3: "Phase 3: a large test, to compare it with the usual treatment",
    Phase.PHASE4: "Phase 4: a study of a treatment that is already approved",
    Phase.NA: "No phase. Phases are used for drug studies, and this study does not use them",
}

STUDY_TYPE_PLAIN: dict[StudyType, str] = {
    StudyType.INTERVENTIONAL: (
        "Interventional. People get a treatment or do an activity as part of the study."
    ),
    StudyType.OBSERVATIONAL: (
        "Observational. Researchers watch and collect health information. The study "
        "does not give a treatment."
    ),
    StudyType.EXPANDED_ACCESS: (
        "Expanded access. A way to get a treatment that is still being tested, outside a study."
    ),
}

# Jargon → a plain explanation. Keys are lowercase.
JARGON: dict[str, str] = {
    "randomized": "put into groups by chance",
    "randomised": "put into groups by chance",
    "placebo": "a look-alike with no medicine in it",
    "double-blind": "neither the participants nor the study team know who gets which treatment",
    "single-blind": "the participants do not know which treatment they get",
    "open-label": "everyone knows which treatment is given",
    "interventional": "people get a treatment or do an activity as part of the study",
    "observational": "researchers watch and collect information, without giving a treatment",
    "cohort": "a group of people followed over time",
    "efficacy": "how well a treatment works",
    "adverse event": "an unwanted health problem during the study",
    "crossover": "each person tries each treatment, one after the other",
    "endpoint": "what the study measures",
    "inclusion criteria": "who can take part",
    "exclusion criteria": "who cannot take part",
    "informed consent": "agreeing to take part after learning about the study",
    "comorbidity": "another illness at the same time",
    "contraindication": "a reason not to use a treatment",
    "pharmacokinetics": "how the body takes in and gets rid of a drug",
    "biomarker": "a sign in the body that can be measured",
    "metastatic": "spread to other parts of the body",
    "remission": "a time when the illness is calm",
    "prophylaxis": "prevention",
    "subcutaneous": "under the skin",
    "intravenous": "into a vein",
    "oral": "by mouth",
    "randomization": "putting people into groups by chance",
    "randomisation": "putting people into groups by chance",
    "triple-blind": "the participants, the study team and the people checking the results do "
    "not know who gets which treatment",
    "quadruple-blind": "no one involved knows who gets which treatment",
    "placebo-controlled": "compared with a look-alike that has no medicine in it",
    "adjuvant": "given after the main treatment, to lower the chance the illness comes back",
    "neoadjuvant": "given before the main treatment",
    "tolerability": "how well people cope with the side effects",
    "pharmacodynamics": "what a drug does in the body",
    "bioavailability": "how much of a drug gets into the blood",
    "immunogenicity": "how strongly the body's defenses react",
    "prophylactic": "used to prevent an illness",
    "refractory": "not helped by earlier treatment",
    "relapsed": "come back after treatment",
    "idiopathic": "with no known cause",
    "etiology": "the cause of an illness",
    "monotherapy": "one treatment on its own",
    "titration": "changing the dose step by step",
    "dose escalation": "giving higher doses step by step",
    "standard of care": "the usual treatment",
    "morbidity": "illness",
    "mortality": "death",
    "hypertension": "high blood pressure",
    "myocardial infarction": "heart attack",
    "malignant": "cancerous",
    "benign": "not cancerous",
    "renal": "to do with the kidneys",
    "hepatic": "to do with the liver",
    "cardiac": "to do with the heart",
    "pulmonary": "to do with the lungs",
    "cognitive": "to do with thinking and memory",
    "contraception": "birth control",
    "eligibility": "who can take part",
    "sham": "a fake procedure that looks like the real one",
    # the pharmacology and statistics a protocol's outcomes are written in
    "half-life": "how long the body takes to clear half of a drug",
    "trough concentration": "the lowest level of a drug in the blood, just before the next dose",
    "pharmacogenomic": "to do with how a person's genes change their response to a drug",
    "pharmacogenomics": "how a person's genes change their response to a drug",
    "auc": "the total amount of a drug in the blood over time",
    "cmax": "the highest level of a drug in the blood",
    "tmax": "how long a drug takes to reach its highest level in the blood",
    "cytokine": "a messenger protein of the body's defenses",
    "serum albumin": "a protein in the blood",
    "per-protocol": "counting only the people who followed the study plan",
    "intention-to-treat": "counting everyone in the group they were put in",
    "itt": "counting everyone in the group they were put in",
    "imputation": "filling in missing data by calculation",
    "ancova": "a statistical way of comparing groups",
    "locf": "filling in missing data with the last value measured",
    "serious adverse event": "a serious unwanted health problem during the study",
    "sae": "a serious unwanted health problem during the study",
    "ctcae": "a standard scale of how severe side effects are",
    "dsmb": "an independent group that watches over the study's safety",
    # safety reporting's shorthand: "SUSARs expedited", "AEs coded to MedDRA"
    "susar": "a serious side effect nobody expected that the drug may have caused",
    "suspected unexpected serious adverse reaction": (
        "a serious side effect nobody expected that the drug may have caused"
    ),
    "meddra": "a standard dictionary of medical words for side effects",
    "data safety monitoring board": "an independent group that watches over the study's safety",
    "adjudicated": "reviewed and decided by independent experts",
    # a statistical analysis plan's shorthand ("PRO" and "ICE" are left out: "pros and cons",
    # "ice packs")
    "epro": "answers about your health typed into a phone or tablet",
    "patient-reported outcome": "what participants say about their own health",
    "mmrm": "a statistical way of comparing groups measured many times",
    "mitt": "counting everyone who was put in a group and got at least one dose",
    "mnar": "data missing for reasons linked to the missing values themselves",
    "estimand": "the exact question the main analysis answers",
    "intercurrent event": "something that happens during the study and affects the results",
    # the estimand's strategies for such events
    "composite strategy": "counting such an event as a poor result",
    "hypothetical strategy": "estimating what would have happened without such an event",
    "principal stratum": "only the people in whom such an event would not happen",
}

_TERM_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in sorted(JARGON, key=len, reverse=True)) + r")s?\b",
    re.IGNORECASE,
)


def explain(text: str, explained: set[str] | None = None) -> str:
    """``text`` with a plain explanation in brackets after the first use of each jargon term.

    ``explained`` carries the terms already explained earlier in the same summary.
    """
    done = explained if explained is not None else set()

    def add(match: re.Match[str]) -> str:
        term = match.group(0).lower()
        term = term if term in JARGON else term[:-1]
        if term in done:
            return match.group(0)
        done.add(term)
        return f"{match.group(0)} ({JARGON[term]})"

    return _TERM_RE.sub(add, text)


MASKING_PLAIN: dict[str, str] = {
    "NONE": "Everyone knows which treatment each person gets (open label).",
    "SINGLE": "One group, such as the participants, does not know who gets which treatment.",
    "DOUBLE": (
        "Neither the participants nor the study team know who gets which treatment (double-blind)."
    ),
    "TRIPLE": (
        "The participants, the study team and the people checking the results do not know "
        "who gets which treatment."
    ),
    "QUADRUPLE": (
        "The participants, the doctors, the study team and the people checking the results "
        "do not know who gets which treatment."
    ),
}

PURPOSE_PLAIN: dict[str, str] = {
    "TREATMENT": "to learn more about a way to treat",
    "PREVENTION": "to learn more about a way to prevent",
    "DIAGNOSTIC": "to learn more about a way to find or diagnose",
    "SUPPORTIVE_CARE": "to learn more about care that helps with the symptoms of",
    "SCREENING": "to learn more about a way to check people for",
    "HEALTH_SERVICES_RESEARCH": "to learn how to deliver health care for",
    "BASIC_SCIENCE": "to learn more about how the body works in",
    "DEVICE_FEASIBILITY": "to learn whether a device can be used for",
    "ECT": "to learn more about",
    "OTHER": "to learn more about",
}

INTERVENTION_KIND_PLAIN: dict[str, str] = {
    "DRUG": "a drug",
    "DEVICE": "a device",
    "BIOLOGICAL": "a biological product",
    "PROCEDURE": "a procedure",
    "RADIATION": "radiation",
    "BEHAVIORAL": "a behavior program",
    "GENETIC": "a genetic treatment",
    "DIETARY_SUPPLEMENT": "a dietary supplement",
    "COMBINATION_PRODUCT": "a combination product",
    "DIAGNOSTIC_TEST": "a test",
    "OTHER": "an activity or treatment",
}
