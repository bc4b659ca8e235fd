"""Treatments named in the summary must be the record's, and so must its comparisons."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..readability import _cmu_syllables
from ..records import Trial
from .core import Context, Finding, Rule, check, error
from .facts import WORD_RE
from .fragments import FragmentRule, fragment_at
from .parsing import MANNERS, NUMBER_WORDS, compile_skipping

# Generic drug-name stems (USAN suffixes): a word ending so is a drug name.
DRUG_SUFFIXES = (
    "mab", "nib", "tinib", "ciclib", "parib", "zumab", "ximab", "cillin", "mycin", "cycline",
    "pril", "sartan", "olol", "statin", "vir", "prazole", "oxacin", "floxacin", "azole", "afil",
    # the -zine antihistamines and antipsychotics: "hydroxyzine", "promethazine"
    "yzine", "azine",
    "parin", "xaban", "gatran", "dronate", "tide", "lukast", "setron", "triptan", "pam", "lam",
    "caine", "profen", "coxib", "tidine", "semide", "thiazide", "dipine", "platin", "rubicin",
    "taxel", "fosfamide", "trexate", "sone", "olone", "asone", "gliflozin", "gliptin",
    "glutide", "formin", "barbital", "azepam", "oxetine", "aline", "apine", "idone", "etine",
    "amine", "codone", "morphone", "fentanil", "tropium", "terol", "sonide", "methasone",
    "cept", "kinra", "feron", "grastim", "parinux", "lizumab", "grel", "quine", "mustine",
    "bicin", "cabine", "ribine", "rafenib", "tecan", "lisib", "degib", "plase",
    "ifen", "ifene", "pentin", "gabalin", "farin", "tadine", "triptyline", "azosin", "vudine",
    "relin",
    # more of the stems drug names are built from: "tamsulosin", "lamotrigine", "venlafaxine",
    # "spironolactone", "cetirizine", "citalopram", "haloperidol", "levetiracetam",
    # "carbamazepine", "finasteride", "metoclopramide", "levonorgestrel", "testosterone",
    # "estradiol", "diclofenac", "naloxone", "buprenorphine", "methadone", "tramadol",
    # "zolpidem", "phenytoin", "trimethoprim", "terbinafine", "bupropion", "allopurinol"
    "osin", "trigine", "faxine", "lactone", "izine", "alopram", "peridol", "racetam",
    "zepine", "steride", "pramide", "gestrel", "sterone", "adiol", "fenac", "oxone",
    "orphine", "adone", "adol", "pidem", "toin", "oprim", "finafine", "propion", "purinol",
)  # fmt: skip
# Common words the suffixes above would catch.
NOT_DRUGS = {
    "database", "disease", "increase", "decrease", "release", "phase", "purchase", "base",
    "case", "ease", "please", "chase", "vase", "erase", "showcase", "lease",
    "examine", "determine", "medicine", "medicines", "imagine", "routine", "machine",
    "famine", "feminine", "genuine", "masculine", "discipline", "online", "baseline",
    "guideline", "guidelines", "deadline", "timeline", "headline", "outline", "decline",
    "combine", "define", "refine", "shine", "spine", "line", "mine", "fine", "wine", "nine",
    "nucleotide", "peptide", "tide", "side", "outside", "inside", "beside", "decide",
    "provide", "divide", "guide", "wide", "ride", "pride", "bride", "slide", "aside", "hide",
    "reside", "override", "worldwide", "nationwide", "statewide", "countrywide",
    "virus", "antivir", "environ", "vir", "server", "trial", "formal", "former", "blame",
    "inflame", "same", "came", "game", "name", "frame", "shame", "flame", "became",
    "dam", "program", "diagram", "gram", "exam", "spam", "team", "steam", "cream", "dream",
    "stream", "seam", "beam", "foam", "loam", "roam", "slam", "clam", "cram", "tram",
    "calm", "palm", "film", "realm", "rhythm", "islam", "balm", "am", "mom", "madam",
    "vitamin", "stamina", "examination", "hypertension", "cocaine", "novocaine", "sane",
    "insane", "crane", "plane", "lane", "cane", "mane", "pane", "vane", "arcane", "membrane",
    "procaine", "urbane", "mundane", "humane", "germane", "ozone", "zone", "bone", "tone",
    "stone", "alone", "phone", "cone", "done", "gone", "none", "one", "someone", "anyone",
    "everyone", "noone", "person", "reason", "season", "lesson", "poison", "prison",
    "comparison", "caparison", "liaison", "crimson", "parson", "arson", "mason", "bison",
    "amine", "vaccine", "saline", "caffeine", "nicotine", "dopamine", "histamine",
    "serotonin", "creatine", "creatinine", "glutamine", "taurine", "urine", "uterine",
    "intestine", "intestines", "doctrine", "marine", "canine", "bovine", "equine", "feline",
    "porcine", "supine", "alpine", "pristine", "engine", "examining", "determining",
    "hydrocortisone", "dozen", "purpose", "glucose", "dose", "nose", "rose", "hose",
    "close", "those", "whose", "chose", "pose", "lose", "suppose", "propose", "oppose",
    "expose", "compose", "diagnose", "verbose", "morose", "lactose", "sucrose", "fructose",
    "cellulose", "adipose", "gross", "across", "loss", "boss", "moss", "cross", "toss",
    "plate", "template", "stimulate", "simulate", "phrase", "appease",
    "concept", "except", "accept", "intercept", "percept", "alkaline", "gasoline", "vaseline",
    "undermine", "trampoline", "quarantine", "sardine", "turbine", "cuisine", "medline",
    "magazine",
}  # fmt: skip
TREATMENT_VERB = (
    r"(?:receive[sd]?|receiving|get|gets|getting|take|takes|taking|(?:be |are |is )?given|use|uses"
    r"|using|try|tries|trying|tests?|testing|studies|studying|compares?|comparing|undergo|"
    r"undergoes|have|has|treated with|treatment with|injections? of|doses? of|course of)"
)
CALLED_RULE = Rule(
    r"\b(?:drug|medicine|medication|device|vaccine|product|treatment|therapy|procedure|supplement"
    r"|pill|program|programme|app|implant)s?\s+(?:called|named|known as)\s+",
    "called named known",
)
CALLED_NAME_RE = re.compile(r"[\w][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3}")
# A capitalized name right after a treatment verb: "people will take Zorvexa".
VERB_WORDS = frozenset(
    [
        "receive",
        "receives",
        "received",
        "receiving",
        "get",
        "gets",
        "getting",
        "take",
        "takes",
        "taking",
        "given",
        "use",
        "uses",
        "using",
        "try",
        "tries",
        "trying",
        "test",
        "tests",
        "testing",
        "studies",
        "studying",
        "compare",
        "compares",
        "comparing",
        "undergo",
        "undergoes",
        "have",
        "has",
        "with",
        "of",
        # prescribing and combining name a treatment as surely as taking it does
        "prescribed",
        "prescribe",
        "prescribing",
        "administered",
        "plus",
        "versus",
        "vs",
        "on",
    ]
)
FILLER_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "either",
        "both",
        "new",
        "study",
        "experimental",
        "drug",
        "medicine",
        "medication",
        "vaccine",
        "device",
        "treatment",
        "therapy",
        "be",
        "are",
        "is",
    ]
)
_BEFORE_WORDS_RE = compile_skipping(r"[a-z]+")
# "with"/"of" count only in "treated with", "treatment with", "injections of", "doses of".
# "of" also after the forms a treatment comes in: "a shot of Dupixent", "tablets of X".
_WITH_OF_LEADS = frozenset(
    ["treated", "treatment", "injection", "injections", "dose", "doses", "course", "shot",
     "shots", "jab", "jabs", "pill", "pills", "tablet", "tablets", "capsule", "capsules",
     "infusion", "infusions", "drops", "puffs", "puff", "cycles", "round", "rounds", "combined",
     "together", "along"]
)  # fmt: skip


_ON_LEADS = frozenset(["put", "puts", "started", "start", "starts", "kept", "stay", "stays",
                       "switched", "placed", "maintained"])  # fmt: skip
# "be on" names a medicine only when the word after it is none the dictionary knows ("be on
# ezetimibe", not "be on time"), so it leads a lower-case name alone
_ON_OBJECT_LEADS = _ON_LEADS | {"be", "being", "been"}
# The name follows on the same line: a verb ending a title line ("... Cannabis Use") does
# not take the next heading ("What is this study about?") as its object.
_CAPITAL_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:a|an|the|either|both|new|study|experimental|drug|medicine|medication|vaccine|"
    r"device|treatment|therapy|be|are|is)[ \t]+)*(?P<cap>[A-Z][\w-]*(?:[ \t]+[A-Z0-9][\w-]*){0,2})"
)


# Words that may stand before a kind of treatment without naming anything new.
QUALIFIER_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "some",
        "more",
        "extra",
        "other",
        "usual",
        "standard",
        "regular",
        "their",
        "your",
        "new",
        "study",
        "daily",
        "weekly",
        "monthly",
        "single",
        "one",
        "two",
        "three",
        "first",
        "second",
        "additional",
        "minor",
        "major",
        "short",
        "long",
        "small",
        "large",
        "also",
        "too",
        "either",
        "both",
        "any",
        "no",
        "further",
    ]
)
_OBJECT_VERBS = frozenset(
    [
        "receive",
        "receives",
        "get",
        "gets",
        "take",
        "takes",
        "given",
        "use",
        "uses",
        "try",
        "tries",
        "undergo",
        "undergoes",
        # "One group switches to tramadol", "the study also includes hypnotherapy"
        "switch",
        "switches",
        "switched",
        "includes",
        "include",
        # "To each person the study also gives ranolazine", "You'd be on ezetimibe as well"
        "give",
        "gives",
        "on",
        # Why the verbs of containing: what a regimen, a programme or a study is made of is
        # given in it, whichever verb says so ("The regimen incorporates ropinirole",
        # "the package comprises X", "the plan features Y").
        "incorporates",
        "incorporate",
        "comprises",
        "comprise",
        "contains",
        "involves",
        "features",
        "entails",
        # "a course of betahistine", "doses of X" (only after a dose's word: _WITH_OF_LEADS)
        "of",
    ]
)
# (on the verb's own line: a title's last word "Use" has no object on the next)
_OBJECT_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:a|an|the|either|both|some|new|study|extra|daily|low-dose|high-dose|oral|"
    r"experimental|dose of|doses of|drug|medicine|called|to|also|short course of|course of"
    # whom it is given to: "gives you trospium", "gives each person X"
    r"|you|them|everyone|everybody|each person|each participant|participants|patients)"
    r"[ \t]+)*"
    r"(?P<obj>[a-z][a-z-]+)\b"
    # Why a count's label is no object: in "gives an enrolment figure of 150" what is given is
    # the figure, and the word before it only says what the figure counts.
    r"(?![ \t]+(?:figures?|numbers?|counts?|totals?|tall(?:y|ies)|targets?|sizes?|rates?"
    r"|dates?|scores?|goals?)\b)"
)
_KIND_WORDS = (
    "surgery surgical operation chemotherapy chemo radiotherapy radiation immunotherapy "
    "acupuncture massage physiotherapy physical hormone dialysis transplant stent pacemaker "
    "insulin antibiotic antibiotics steroid steroids corticosteroid corticosteroids opioid opioids "
    "antidepressant antidepressants aspirin probiotic probiotics vitamin injection injections "
    "infusion infusions cognitive yoga meditation hypnosis laser ultrasound nerve spinal cannabis "
    "marijuana gene stem blood herbal homeopathy homeopathic electrical brace orthotic orthotics "
    "knee hip biopsy biopsies lumbar spinal"
)
# Kinds of treatment a summary can name without a brand: each must be in the record.
TREATMENT_KINDS_RULE = Rule(
    rf"\b{TREATMENT_VERB}\s+(?:a |an |the |either |both |some |extra |daily |weekly )?"
    r"(?:(?P<qual>[a-z-]+)\s+)?(?P<kind>surgery|surgical|operation|chemotherapy|chemo|radiotherapy|radiation"
    r"|immunotherapy|acupuncture|massage|physiotherapy|physical therapy|hormone therapy|"
    r"dialysis|transplant|stent|pacemaker|insulin|antibiotics?|steroids?|corticosteroids?|"
    r"opioids?|antidepressants?|aspirin|probiotics?|vitamin \w+|injections?|infusions?|"
    r"cognitive behavio(?:u)?ral therapy|yoga|meditation|hypnosis|laser|ultrasound therapy|"
    r"nerve block|spinal manipulation|cannabis|marijuana|gene therapy|stem cells?|"
    r"blood transfusion|herbal medicine|homeopath\w*|electrical stimulation|brace|orthotics?|"
    r"knee replacement|hip replacement"
    r"|biops(?:y|ies)|lumbar puncture|spinal tap)\b",
    _KIND_WORDS,
)
# The forms a treatment comes in; a capitalized name before one is a product name
# ("Dupixent shots", "a Medtronic pump"), whatever verb the sentence uses.
FORM_NOUNS = (
    "shot shots jab jabs injection injections pill pills tablet tablets capsule capsules "
    "infusion infusions cream creams gel ointment spray sprays patch patches inhaler inhalers "
    "drops implant implants pump pen pens device devices vaccine vaccines"
)
NAME_BEFORE_FORM_RULE = Rule(
    r"(?<![\w-])(?P<cap>[A-Z][\w-]*[a-z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})[ \t]+(?:"
    + "|".join(FORM_NOUNS.split())
    + r")\b",
    FORM_NOUNS,
)
# A kind of treatment that the sentence makes part of the study without a treatment verb:
# "A hip replacement is also part of the study", "the study also includes acupuncture".
_KIND = (
    r"(?:(?P<qual>[a-z-]+)\s+)?(?P<kind>surgery|operation|chemotherapy|radiotherapy|radiation "
    r"therapy|immunotherapy|acupuncture|massage|physiotherapy|dialysis|transplant(?:ation)?"
    r"|replacement|stent|pacemaker|implant|bypass|amputation|[a-z]{3,}(?:ectomy|otomy|ostomy"
    r"|plasty)|gene therapy|hormone therapy|nerve block|spinal manipulation|laser treatment)"
)
KIND_INVOLVED_RULES = [
    Rule(
        r"\b(?:includes?|including|involves?|involving|offers?|offered|performs?|adds?"
        r"|combined with|along with|together with|followed by|as well as|plus)\s+(?:a |an |the "
        r"|some )?" + _KIND + r"\b",
        "includes include including involves involve involving offers offer offered performs "
        "perform adds add combined along together followed well plus",
    ),
    Rule(
        r"(?:^|(?<=[.!?:] )|(?<=^- )|\b(?:a|an|the|and|or)\s+)" + _KIND + r"\s+(?:is|are|will"
        r" be|may be)\s+(?:also\s+)?(?:part of|included|given|offered|done|performed|used|"
        r"tested|provided|carried out|added)\b",
        "part included given offered done performed used tested provided carried added",
        re.MULTILINE,
    ),
]
# Where the record names a kind by another word: "arthroplasty" is a joint replacement.
KIND_IN_RECORD = {
    "replacement": r"replace|arthroplast|prosthe",
    "surgery": r"surg|operat|ectomy|otomy|plasty",
    "operation": r"surg|operat|ectomy|otomy|plasty",
    "transplant": r"transplant|graft",
    "implant": r"implant",
}
MONTH_AND_DAY_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}  # fmt: skip
CAP_STOP = {
    "study", "trial", "the", "this", "group", "groups", "part", "phase", "people", "you",
    "they", "researchers", "doctors", "doctor", "participants", "patients", "everyone",
    "each", "one", "two", "both", "either", "some", "all", "none", "i", "a", "an", "it",
    "group a", "group b", "arm", "arm a", "arm b",
}  # fmt: skip


def _known_name(name: str, ctx: Context) -> bool:
    words = [
        w
        for w in WORD_RE.findall(name.lower())
        if w not in CAP_STOP and len(w) > 1 and w not in NUMBER_WORDS
    ]
    if not words or words[0] in MONTH_AND_DAY_NAMES:
        return True
    if name.isupper() and all(w in _cmu_syllables() for w in words):
        return True  # a banner in capitals ("THIS STUDY HAS FINISHED"), not a brand
    return all(w in ctx.facts.text or ctx.facts.mentions(w) for w in words)


def _names(ctx: Context) -> str:
    return ", ".join(i.name for i in ctx.trial.interventions) or "none"


@check
def interventions_exist(ctx: Context) -> Iterator[Finding]:
    for finding in _named_treatments(ctx):
        # A placebo in other words ("an inactive look-alike preparation") is no new
        # treatment; whether the design has one is for ``comparisons_exist`` to say.
        if finding.span is None or not _NOT_REAL_RE.search(ctx.masked, *finding.span):
            yield finding


def _named_treatments(ctx: Context) -> Iterator[Finding]:
    source = ctx.facts.text
    seen: set[tuple[int, int]] = set()
    procedures: list[tuple[int, int]] = []
    for word, start, end in ctx.tokens:
        if len(word) < 6 or not word.endswith(_ALL_SUFFIXES):  # most words: two cheap tests
            continue
        if word.endswith(PROCEDURE_SUFFIXES):
            if len(word) >= 8:
                if _procedure_given(ctx, word, start):
                    seen.add((start, end))
                    yield _unknown(ctx, ctx.text[start:end], (start, end))
                else:
                    procedures.append((start, end))
            continue
        if word in NOT_DRUGS:
            continue
        if word in source or ctx.facts.mentions(word):
            continue
        if "-" in word and word.rsplit("-", 1)[1] in _cmu_syllables():
            continue  # an English word ending as a drug's name does: "mid-April" ("-pril")
        if _NOT_GIVEN_RE.search(ctx.clause_before(start, 40)):
            continue  # "participants will not receive morphine" adds nothing to the study
        seen.add((start, end))
        yield _unknown(ctx, ctx.text[start:end], (start, end))
    cased = ctx.masked_cased
    named: list[tuple[int, int]] = []
    for match in CALLED_RULE.finditer(ctx):
        called = CALLED_NAME_RE.match(cased, match.end())
        if called:
            named.append(called.span())
    index = ctx.word_index
    for verb in VERB_WORDS & index.keys():
        for at in index[verb]:
            after = _CAPITAL_AFTER_RE.match(cased, at + len(verb))
            if not after:
                continue
            if verb in ("with", "of") and _word_before(ctx, at) not in _WITH_OF_LEADS:
                continue
            if verb == "on" and _word_before(ctx, at) not in _ON_LEADS:
                continue  # "put on Ozempic", "started on X", not "on Monday"
            named.append(after.span("cap"))
    # A lower-case word after a treatment verb that no English dictionary has is a drug
    # name ("people will also take warfarin"); it must be the record's.
    english = _cmu_syllables()
    for verb in _OBJECT_VERBS & index.keys():
        for at in index[verb]:
            obj = _OBJECT_AFTER_RE.match(ctx.masked, at + len(verb))
            if not obj:
                continue
            if verb == "on" and _word_before(ctx, at) not in _ON_OBJECT_LEADS:
                continue  # "be on ezetimibe", "put on warfarin", not "on clinicaltrials"
            if verb == "of" and _word_before(ctx, at) not in _WITH_OF_LEADS:
                continue  # "a course of X", not "a history of X"
            word = obj.group("obj")
            if len(word) < 5 or word in english or word in CAP_STOP or word in NOT_DRUGS:
                continue
            if _american(word) in english:
                continue  # an English word in British spelling: "gives an enrolment of 150"
            if all(part in NUMBER_WORDS for part in word.split("-")):
                continue  # a count ("get sixty-three people"), not a drug
            if "-" in word and all(len(p) > 2 and p in english for p in word.split("-")):
                continue  # a compound of English words describes it: "a salt-water placebo"
            if word in source or ctx.facts.mentions(word):
                continue
            if _NOT_GIVEN_RE.search(ctx.clause_before(at + len(verb), 40)):
                continue  # "will not receive venlafaxine"
            named.append(obj.span("obj"))
    for span in named:
        name = cased[span[0] : span[1]]
        if any(a <= span[0] < b for a, b in seen) or _known_name(name, ctx):
            continue
        seen.add(span)
        yield _unknown(ctx, ctx.text[span[0] : span[1]], span)
    english = _cmu_syllables()
    for match in NAME_BEFORE_FORM_RULE.finditer(ctx, cased):
        span = match.span("cap")
        first = cased[span[0] : span[1]].split()[0]
        line_start = cased.rfind("\n", 0, span[0]) + 1
        opening = not cased[ctx.sentence_at(span[0])[0] : span[0]].strip(" -*#\n") or (
            cased[line_start : line_start + 1] in "#*"
        )
        parts = first.lower().split("-")
        if (first.lower() in english or all(p in english for p in parts)) and (
            opening or first.lower() in CAP_STOP
        ):
            continue  # "Daily injections", a heading: a common word, not a product
        if any(a <= span[0] < b for a, b in seen) or _known_name(cased[span[0] : span[1]], ctx):
            continue
        seen.add(span)
        yield _unknown(ctx, ctx.text[span[0] : span[1]], span)
    for match in (m for rule in KIND_INVOLVED_RULES for m in rule.finditer(ctx)):
        if ctx.excluded(match.start()) or _HISTORY_RE.search(ctx.clause_before(match.start())):
            continue  # "people who have had a hip replacement cannot join"
        yield from _unknown_kind(ctx, match, seen)
    yield from _added_treatments(ctx, seen)
    yield from _added_devices(ctx, seen, procedures)
    for match in TREATMENT_KINDS_RULE.finditer(ctx):
        kind = match.group("kind").lower()
        span = match.span("kind")
        if any(a <= span[0] < b for a, b in seen):
            continue
        key = kind.split()[0].rstrip("s")
        qual = match.group("qual")
        if (
            qual == "had"
            or _HISTORY_RE.search(ctx.clause_before(match.start()))
            or _READER_HAS_RE.search(ctx.clause_before(span[0]))
            or ctx.excluded(match.start())
        ):
            continue  # "should not have had surgery": medical history, not a study treatment
        if qual and qual not in QUALIFIER_STOP and not ctx.facts.mentions(qual):
            yield _unknown(ctx, ctx.text[match.start("qual") : span[1]], (match.start("qual"),
                                                                           span[1]))  # fmt: skip
            continue
        if key in source or ctx.facts.mentions(key) or (key == "chemo" and "chemo" in source):
            continue
        if key in ("surgery", "surgical", "operation") and re.search(
            r"surg|operat|ectomy|otomy|plasty", source
        ):
            continue
        if key == "injection" and re.search(r"inject|shot|vaccin|subcutaneous|intramuscular",
                                            source):  # fmt: skip
            continue
        if key == "infusion" and re.search(r"infus|intravenous|\biv\b", source):
            continue
        yield _unknown(ctx, ctx.said(match, "kind"), span)


def _word_before(ctx: Context, at: int) -> str | None:
    """The summary's last word before ``at`` (within 24 characters), if any."""
    before = _BEFORE_WORDS_RE.findall(ctx.masked, max(0, at - 24), at)
    return before[-1] if before else None


# Procedures by their word-endings: "a colonoscopy", "a mastectomy", "an angioplasty".
PROCEDURE_SUFFIXES = ("oscopy", "oscopies", "ectomy", "otomy", "ostomy", "plasty", "centesis")
_TREATMENT_VERB_RE = compile_skipping(rf"\b{TREATMENT_VERB}\b")
_ALL_SUFFIXES = DRUG_SUFFIXES + PROCEDURE_SUFFIXES


def _procedure_given(ctx: Context, word: str, start: int) -> bool:
    """Whether the procedure ``word`` at ``start`` is given in the study (a treatment verb
    before it in its clause, no medical history) and the record never names it, in any
    spelling ("discectomy" for "diskectomy")."""
    if _procedure_known(ctx, word):
        return False
    before = ctx.clause_before(start, 60)
    return bool(_TREATMENT_VERB_RE.search(before)) and not (
        _HISTORY_RE.search(before) or ctx.excluded(start)
    )


def _procedure_known(ctx: Context, word: str) -> bool:
    """Whether the record names the procedure ``word``, in any spelling ("discectomy" for
    "diskectomy"). Why not by its first letters alone: a procedure's name is an organ and an
    act, and a record naming the organ ("gastrointestinal") has not named the act done to it
    ("gastroscopy")."""
    if word in ctx.facts.words:
        return True
    said = _spelling(word)
    return any(
        _spelling(w) == said or (w[:5] == word[:5] and _spelling(w)[-5:] == said[-5:])
        for w in ctx.facts.words
        if w[-4:] == word[-4:]
    )


def _spelling(word: str) -> str:
    return word.replace("ph", "f").replace("ae", "e").replace("oe", "e").replace("c", "k")


_HISTORY_RE = compile_skipping(
    r"\b(?:had|history|previous|prior|past|before|already|not|no|never"
    r"|without|instead)\b"
)
# What the reader already has: "If you have a pacemaker, tell the team".
_READER_HAS_RE = compile_skipping(r"\bif you(?: already)? (?:have|'ve got|use|wear)\b")


def _unknown_kind(
    ctx: Context, match: re.Match[str], seen: set[tuple[int, int]]
) -> Iterator[Finding]:
    """A kind of treatment ("hip replacement") the record never mentions."""
    span = match.span("kind")
    if any(a <= span[0] < b for a, b in seen):
        return
    kind = match.group("kind").lower()
    qual = match.group("qual")
    source = ctx.facts.text
    if (
        qual
        and qual not in QUALIFIER_STOP
        and qual not in _NOT_QUALIFIERS
        and not (ctx.facts.mentions(qual))
    ):
        span = (match.start("qual"), span[1])
    else:
        key = kind.split()[0]
        pattern = KIND_IN_RECORD.get(key.rstrip("s"))
        if ctx.facts.mentions(key) or (pattern and re.search(pattern, source)):
            return
    seen.add(span)
    yield _unknown(ctx, ctx.text[span[0] : span[1]], span)


# Words before a kind that do not name a different treatment ("is also part", "their surgery").
_NOT_QUALIFIERS = frozenset(
    ["is", "are", "also", "will", "be", "his", "her", "its", "this", "that", "of", "for", "and",
     "or", "to", "in", "after", "before"]
)  # fmt: skip


def _unknown(ctx: Context, name: str, span: tuple[int, int]) -> Finding:
    return error(
        "intervention.unknown",
        "interventions",
        f"Summary names {name!r}; the record's interventions are {_names(ctx)}.",
        span,
    )


# --- treatments added with a cue that more is given ----------------------------------
# "Everyone will also receive X", "On top of that, everyone gets X", "Plus X", "Also: X",
# "You'll also be offered X", "One group switches to X", "X is given to everyone as well":
# what such a cue adds is a treatment, so each of its words must be the record's, whether
# a dictionary knows the word or not ("tamoxifen", "a lumbar puncture", "fish oil").
_GIVE = (
    r"(?:receive[sd]?|receiving|get|gets|getting|take|takes|taking|(?:be |are |is |been )?"
    r"(?:given|offered|prescribed|administered)|undergo(?:es)?|undergoing|switch(?:es|ed)? to"
    r"|start(?:s|ed)? (?:on|taking)|(?:be |being |are |is |been )?put on"
    # whom it is given to between the verb and its particle: "They put everyone on X"
    r"|put (?:everyone|everybody|you|them|us|people|patients|participants|volunteers"
    r"|each [\w-]+|all [\w-]+) on"
    # a thing thrown in is given besides: "They throw in X as well"
    r"|throw(?:s|ing)? in|threw in"
    # (a study or a plan put on hold is paused, not given anything)
    r")(?! (?:hold|ice|pause)\b)"
)
# (one Rule for the sentence cues, one for the fragment cues: a rule's windows cost more
# than another branch of its pattern)
ADDED_RULES = [
    Rule(
        # a verb that only a treatment follows, with or without a cue: "will receive X",
        # "are given X", "is treated with X"; offered, switched to: "You'll be offered X",
        # "One group switches to X"
        r"\b(?:receive[sd]?|receiving|(?:be|are|is|been|being|were|was|get|gets) (?:also )?"
        r"(?:given|prescribed|treated with|injected with|offered|administered)|administered"
        r"|switch(?:es|ed)? (?:over )?to"
        # an additive word before the verb: "will also receive", "also be offered"
        # ... or a duty: "you also have to take X", "they also need to get Y"
        rf"|(?:also|additionally)\s+(?:be\s+)?(?:(?:have|has|need|needs|got) to\s+|gotta\s+)?"
        rf"{_GIVE}"
        # an additive phrase opening the clause: "On top of that, everyone gets X"
        r"|(?:on top of (?:that|this|it)|in addition|besides(?: this| that)?|alongside (?:this"
        r"|that|it|the (?:study )?(?:treatment|drug|medicine)))\s*,?\s+(?:[\w'-]+\s+){0,3}?"
        # ... or what there is besides: "On top of that, there's a course of X"
        r"(?:"
        + _GIVE
        + r"|there(?:'s| is| will be|'ll be)(?: also)?)"
        # a part added to the study: "The study also includes X"
        + r"|(?:study|programme|program|treatment|trial|intervention|it) (?:also|additionally)"
        r" (?:includes?|involves?|adds?|offers?|uses?))\b",
        "receive received receives receiving given prescribed treated injected administered "
        "offered switch switches switched also additionally top addition besides alongside",
    ),
    # a fragment that adds: "Plus allopurinol", "Also: a lumbar puncture", "Extra: X"
    FragmentRule(
        # (a labelled add-on before the bare word: "Add-on drug: X" adds X, not "drug")
        # who gets it, in the label (tried first): "Add-on medicine for everyone: X", "Also
        # given to all volunteers: Y"
        r"\b(?:(?:add-on (?:drugs?|medications?|medicines?|treatments?|therapy)|also given"
        r"|given) (?:for|to) (?:everyone|everybody|all|each|every)(?: [\w-]+)?(?=\s*:)"
        r"|add-on (?:drugs?|medications?|medicines?|treatments?|therapy)"
        # (the longer labels first: "Extra medicine: X" adds X, not "medicine")
        r"|(?:additional|extra|added|further) (?:treatments?|therapies|care|medications?"
        r"|medicines?|meds|drugs?|pills?|tablets?)"
        # Why whatever else is "in the mix": a thing put in with the rest of the treatment is
        # given besides it ("Also in the mix: X", "In the mix too: Y")
        r"|(?:also )?in the mix(?: too| as well)?"
        r"|plus|also|and also|in addition|additionally|extras?|add-ons?|other treatments?"
        # a label naming what is added ("Add-on drug: X"), a fragment that includes it
        # ("Includes a course of X") or gives it away ("Free X for every participant")
        r"|includes|involves"
        # what everyone takes alongside: "Concomitant: X", "Background therapy: Y"
        r"|concomitant(?: (?:drugs?|medications?|meds|therapy|treatments?))?|co-?medications?"
        r"|background (?:therapy|medications?|treatment)"
        r"|free(?= [^.;:\n]{1,40}? for (?:every|each|all|everyone|anyone|participants"
        r"|volunteers))|also included)\s*:?(?:\*\*|__)?"
        # (another name for a thing adds nothing: "Also sold as Aitan (apatinib)")
        r"(?= (?!(?:(?:sold|known|marketed|branded|spelled|listed|available) as|called|named)\b))",
        "plus also addition additionally extra extras add-on add-ons additional other included "
        "includes involves free concomitant co-medication comedication co-medications "
        "comedications background mix added further",
    ),
]
# "Part of the programme is X" (read only when "part of" is there: "take part" is in most
# summaries)
PART_OF_RULE = Rule(
    r"\bpart of (?:the|this|its|their) (?:programme|program|study|treatment|trial|plan"
    r"|intervention|package|course|care) (?:is|are|will be|includes?)\b",
    "part",
)
# The same with the cue after what is given: "Some participants will take X as well".
# Why "thrown in" and "alongside it" end it too: a thing thrown in, or given alongside what
# the study gives, is one more thing given ("There's X thrown in as well", "They put
# everyone on X alongside it"); only a thing thrown in makes "there's" a giving.
# Why "on top" too: a thing there is on top of the treatment is one more thing given
# ("There's X on top"). Why "add ... to": what is added to the treatment people are on is
# a treatment, whoever adds it ("The protocol adds X to the usual medicines", "They add X
# to what you're taking"); added to anything else (a form, a list) it is not.
_ON_TREATMENT = (
    r"(?:what (?:you|they|people|patients|participants|everyone)(?:'re| are|'s| is)"
    r" (?:already )?(?:on|taking|using)"
    # (a text message's "ur" is "your")
    r"|(?:the|their|your|ur|his|her|each|every|usual|standard|current|regular|existing|ongoing)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:treatments?|drugs?|medicines?|medications?|meds|therapy"
    r"|therapies|care|regimen|doses?|tablets?|pills?))\b"
)
ADDED_AFTER_RULE = Rule(
    rf"\b(?:{_GIVE}\s+(?P<np>[^.;:,\n]{{1,50}}?)\s+(?:thrown in |added )?(?:as well|too)\b(?! as)"
    # what the reader would have besides: "You'd have X too" (the conditional says it is a
    # part of joining, not something the reader has already)
    r"|\b(?:you|they|everyone|everybody|each [\w-]+)(?:'d| would|'ll| will)(?: also)? have"
    r"\s+(?P<np6>[^.;:,\n]{1,50}?)\s+(?:as well|too)\b(?! as)"
    # ("alongside" may end the clause, what it goes alongside understood: "You'd be taking
    # X alongside.")
    rf"|{_GIVE}\s+(?P<np2>[^.;:,\n]{{1,50}}?)\s+alongside(?: (?:it|this|that|them)\b"
    r"|(?=\s*(?:[.;!?\n]|$)))"
    r"|\bthere(?:'s| is| are)\s+(?P<np3>[^.;:,\n]{1,50}?)\s+(?:thrown in|on top)\b"
    rf"|\badd(?:s|ed|ing)?\s+(?P<np4>[^.;:,\n]{{1,50}}?)\s+to {_ON_TREATMENT}"
    # what people have beside the treatment they are on is given too, whatever the verb
    # ("Everyone has X along with their usual tablets", "All use Y on top of the main drug")
    rf"|\b(?:has|have|having|uses?|using|{_GIVE})\s+(?P<np5>[^.;:,\n]{{1,50}}?)\s+(?:alongside"
    rf"|along with|on top of|in addition to|together with|as well as) {_ON_TREATMENT})",
    "well too alongside thrown top add adds added adding along addition together",
)
# ... or with what is given as the subject: "Xarelto is given to everyone at the start".
# (what is given opens the sentence or fragment, at most 40 characters before the verb)
ADDED_SUBJECT_RULE = Rule(
    # Why a verb of giving with "co-" ends it alone: given together with the study's treatment
    # is given besides it ("X is co-administered", "Y is co-prescribed throughout")
    r"\b(?:is|are|will be|was|were) (?:also )?co-?(?:administered|prescribed|given|dosed)\b|"
    # (taken as given: "X is taken alongside"; and the past that reported speech puts it in:
    # "The host said X was given on top")
    r"\b(?:is|are|was|were) (?:also )?(?:given|offered|prescribed|administered|added|provided"
    r"|supplied"
    r"|taken)"
    r" (?:to (?:everyone|everybody|all|each|every|some|both)|as well|too|also|first|at the start"
    r"|on top|alongside|in addition|besides|with it"
    # Why with the treatment: given with the study's own treatment it is added to it, in
    # whatever words the treatment is called ("X is given with the study treatment")
    r"|(?:together )?with (?:the|each|every|your|their) (?:[\w-]+ ){0,2}?(?:treatment|drug"
    r"|medicine|medication|therapy|dose|doses|injection|injections|tablets?|pills?))\b"
    # added to the treatment people are on: "X is added to your usual medicines"
    rf"|\b(?:is|are) (?:also )?added to {_ON_TREATMENT}",
    "given offered prescribed administered added provided supplied taken co-administered "
    "coadministered co-prescribed coprescribed co-given co-dosed",
)
# Who reported what, before the "that" whose clause names the thing given: "It was stated
# that", "The meeting heard that", "We were told that". (The "that" may be left out, as
# speech leaves it: "The host said X was given on top" gives X, not "host said X".)
_REPORTED_LEAD_RE = re.compile(
    r"[\w' ]{0,40}?\b(?:stated|said|heard|told|reported|noted|explained|mentioned|confirmed"
    r"|learned|learnt|informed)(?: (?:to|by) [\w' ]{1,30}?)? (?:that )?"
)
# Words that end what is given ("tamoxifen during the study") and cannot begin it.
_NP_STOP = (
    r"(?:during|at|for|as|to|in|on|with|from|after|before|while|throughout|each|every|halfway"
    r"|instead|too|also|and|or|but|if|when|which|that|who|because|so|until|by|of|about|into"
    r"|thrown|alongside"
    r"|twice|once|per|is|are|was|were|will|can|may|should|must|the|a|an|plus|alongside|then|has"
    r"|have|had|do|does|did|be|been|take|takes|get|gets|receive|receives|need|needs|make|makes"
    r"|see|sees|give|gives|would|could|might|like|than|well|not|no|depending|according|based"
    r"|including|such|using|whether|against|daily|weekly|monthly|nightly|again|later|now|today"
    # an adverb of how it is given: "is given together with each dose"
    r"|together|separately|alone"
    r"|first|every|throughout"
    # what describes it, not its name: "a dummy version containing no active drug", "the
    # treatment under study", "the drug being tested"
    r"|containing|contains|made|having|without|meaning|called|known|under|being"
    # where or how it is given: "a treatment outside of a trial", "X via the programme"
    r"|outside|inside|within|beyond|via|through|across|over)\b"
)
_NP_RE = re.compile(
    # (after a label's colon too: "Also given: X")
    r"[ \t]*(?::[ \t]*)?(?:(?:a|an|the|some|their|your|his|her|its|extra|additional|more"
    r"|regular|weekly|daily|monthly|short|long|low-dose|high-dose|oral|single|one|two|three"
    r"|four|several|few|new|other|course of|short course of|dose of|doses of|number of|set of"
    r"|series of|round of|rounds of|cycle of|cycles of"
    # how it is given, not what: "is administered intravenously on day 1"
    r"|intravenously|orally|subcutaneously|intramuscularly|topically|intranasally"
    r"|sublingually|rectally|intrathecally|by mouth|by injection|by infusion)[ \t]+)*"
    rf"(?P<np>(?!{_NP_STOP})[a-z][\w'-]*(?:[ \t]+(?!{_NP_STOP})[a-z][\w'-]*){{0,3}})"
)
# A phrase opening with a person or a pronoun is a clause ("Also researchers take blood"),
# not something given.
_NOT_GIVEN_HEAD = frozenset(
    ["you", "they", "we", "he", "she", "it", "researchers", "participants", "patients",
     "investigators", "scientists", "staff", "clinicians",
     "people", "everyone", "everybody", "doctors", "nurses", "volunteers", "children", "adults",
     "women", "men", "study", "trial", "team", "there", "this", "that", "these", "those", "some",
     "all", "each", "both", "one", "any", "no", "not", "none",
     # a question, not a treatment: "nobody knows who receives what"
     "what", "which", "whom", "whatever", "whichever",
     # a label's own word, not what it adds: "Also given: X", "Also required: Y"
     "given", "offered", "prescribed", "administered", "required", "needed", "used",
     "included", "provided", "supplied"]
)  # fmt: skip
_NP_MORE_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:and |or )?|[ \t](?:and|or|plus)[ \t])")
# Why a phrase set off by commas before its verb names nothing new: between a subject and
# its verb, ", a …," describes the subject (an appositive: "X, a blood thinner, is given to
# all"); a list of things given ends its last item with "and" or "or", not a comma.
_APPOSITIVE_RE = re.compile(r"[ \t]*,[ \t]*(?:a|an|the)[ \t]")
_APPOSITIVE_END_RE = re.compile(
    r"[^.;:,\n()]{1,60}?,[ \t]*(?:(?:also|then|usually|often|only|simply) )?(?:is|are|was|were"
    r"|will|would|gets?|goes|comes|stays|remains|has|have|acts|serves|works|looks|tastes)\b"
)
# What can follow a word of giving and name no treatment: the study's own procedures,
# forms, people, times and generic words for treatment.
GENERIC_OBJECTS = frozenset(
    [*MANNERS, "intervention", "interventions", "other", "part", "parts", "break", "breaks", "note",
     "notes", "time", "care", "call", "calls", "letter", "letters", "reminder", "reminders",
     "message", "messages", "text", "texts",
     "email", "emails", "questionnaire", "questionnaires", "survey", "surveys", "form", "forms",
     "diary", "diaries", "payment", "payments", "money", "compensation", "expenses", "travel",
     "reimbursement", "voucher", "vouchers", "gift", "card", "information", "advice", "support",
     "help", "check", "check-up", "check-ups", "checkup", "checkups", "visit", "visits",
     "appointment", "appointments", "test", "tests", "exam", "exams", "examination",
     "examinations", "assessment", "assessments", "measurement", "measurements", "sample",
     "samples", "blood", "urine", "scan", "scans", "follow", "follow-up", "results", "result",
     "copy", "copies", "feedback", "instructions", "training", "education", "session",
     "sessions", "course", "courses", "dose", "doses", "pill", "pills", "tablet", "tablets",
     "capsule", "capsules", "injection", "injections", "shot", "shots", "infusion", "infusions",
     "treatment", "treatments", "medicine", "medicines", "medication", "medications", "drug",
     "drugs", "therapy", "therapies", "study", "trial", "placebo", "placebos", "usual",
     "standard", "same", "real", "active", "dummy", "sham", "fake", "version", "versions",
     "group", "groups", "arm", "arms", "team", "doctor", "doctors", "nurse", "nurses",
     "person", "people", "everyone", "participants", "patients", "day", "days", "week",
     "weeks", "month", "months", "year", "years", "end", "start", "beginning", "home", "kit",
     "device", "devices", "plan", "plans", "programme", "program", "place", "chance",
     "option", "options", "choice", "opportunity", "access", "meal", "meals", "phone",
     "number", "contact", "thing", "things", "way", "ways", "intervention", "interventions",
     "procedure", "procedures", "product", "products", "supply", "supplies", "amount",
     "level", "levels", "form", "letter", "leaflet", "booklet", "app", "website", "link",
     "video", "videos", "class", "classes", "lesson", "lessons", "exercise", "exercises",
     "vaccine", "vaccines", "approach", "package", "step", "steps", "period", "phase",
     "stage", "other", "others", "them", "it", "this", "that", "these", "those", "something",
     "anything", "nothing", "same", "usual", "current", "regular", "normal", "own", "main",
     "first", "second", "final", "last", "next", "higher", "lower", "low", "high", "full",
     "half", "whole", "small", "large", "big", "free", "paid", "pay", "cash", "taxi",
     "parking", "lunch", "snack", "snacks", "drink", "drinks", "water", "rest", "sleep",
     # the study's count of people, in either spelling: "The listing gives an enrolment of 150"
     "enrolment", "enrolments", "enrollment", "enrollments"]
)  # fmt: skip


# Medical history or a negation before it: "patients who have been treated with X",
# "previously treated with", "will not receive".
_GIVEN_BEFORE_RE = compile_skipping(
    r"\b(?:who|that) (?:have|has|had|'ve)\b|\b(?:had|previously|previous|prior|past|before"
    r"|already|history|not|no|nobody|never|without|instead|n't)\b"
)
_NOT_GIVEN_RE = compile_skipping(r"\b(?:not|never|without|instead of)\b|n't\b")
# A sentence about who may not join names medicines that exclude, not ones given.
_NOT_JOINING_RE = compile_skipping(
    r"\b(?:cannot|can't|can not|may not|must not|are not able to|won't be able to|unable to)"
    r" (?:join|take part|be included|enrol+|participate)|\bnot (?:be )?eligible\b|\bexclu\w+"
)
# What a study measures with or does besides treating, named by the head of the phrase:
# "a walk test", "an MRI scan", "a comprehensive review of the data".
_MEASURES = frozenset(
    ["test", "tests", "scan", "scans", "questionnaire", "questionnaires", "survey", "surveys",
     "assessment", "assessments", "measurement", "measurements", "sample", "samples", "exam",
     "exams", "examination", "examinations", "check", "checks", "check-up", "check-ups",
     "visit", "visits", "interview", "interviews", "recording", "recordings", "diary",
     "review", "reviews", "analysis", "analyses", "collection", "evaluation", "evaluations",
     "registry", "database", "records", "data", "follow-up", "period", "phase", "monitoring",
     "observation", "observations", "screening", "consent", "comparison", "look", "record",
     "reading", "readings", "count", "counts", "score", "scores", "rating", "ratings",
     "information", "details", "history", "report", "reports", "photo", "photos", "image",
     "images", "imaging"]
)  # fmt: skip


# What describes something with nothing in it, after its name: "with no active ingredient",
# "that contains no medicine".
_INERT_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:with no|without|with nothing|containing no|that (?:has|contains) no"
    r"|which (?:has|contains) no)\b"
)


def _added_treatments(ctx: Context, seen: set[tuple[int, int]]) -> Iterator[Finding]:
    """Treatments the summary adds with a cue that more is given, not named in the record."""
    starts: list[int] = []
    for rule in ADDED_RULES:
        starts.extend(m.end() for m in rule.finditer(ctx))
    if "part of" in ctx.lower:
        starts.extend(m.end() for m in PART_OF_RULE.finditer(ctx))
    for match in ADDED_AFTER_RULE.finditer(ctx):
        if match["np6"]:
            # "have" has many objects ("You'd have a say too"): after it only a name no
            # dictionary knows is a treatment ("You'd have fexofenadine too")
            english = _cmu_syllables()
            if all(w in english for w in WORD_RE.findall(match["np6"])):
                continue
            starts.append(match.start("np6"))
            continue
        groups = ("np", "np2", "np3", "np4", "np5")
        starts.append(next(match.start(g) for g in groups if match[g]))
    for match in ADDED_SUBJECT_RULE.finditer(ctx):
        opening = fragment_at(ctx, match.start())[0]
        # a label's value is what is given: "**Additional medication:** X is given alongside"
        colon = ctx.masked.rfind(":", opening, match.start())
        if colon >= 0:
            opening = match.start() - len(ctx.masked[colon + 1 : match.start()].lstrip(" *_"))
        # a report's lead is not what is given: "It was stated that X is given in addition",
        # "The panel heard that Y is taken alongside" (what follows "that" is)
        lead = _REPORTED_LEAD_RE.match(ctx.masked, opening, match.start())
        if lead:
            opening = lead.end()
        if match.start() - opening <= 41:
            starts.append(opening)
    text = ctx.masked
    for cue in sorted(set(starts)):
        at = cue
        for _ in range(3):  # a short list: "X, Y and Z"
            np = _NP_RE.match(text, at)
            if not np:
                break
            span = np.span("np")
            words = np.group("np").split()
            if words[0] in _NOT_GIVEN_HEAD or words[-1] in _MEASURES:
                break  # a clause, or a measurement ("a short walk test"), not a treatment
            if _INERT_AFTER_RE.match(text, span[1]):
                break  # what a placebo is: "a placebo, a stand-in with no active ingredient"
            if (
                not any(a <= span[0] < b for a, b in seen)
                and _new_words(ctx, np.group("np"))
                and _given_in_study(ctx, cue)
            ):
                seen.add(span)
                yield _unknown(ctx, ctx.text[span[0] : span[1]], span)
            more = _NP_MORE_RE.match(text, span[1])
            if not more:
                break
            if _APPOSITIVE_RE.match(text, span[1]) and _APPOSITIVE_END_RE.match(text, more.end()):
                break  # what the thing given is: "X, an inert look-alike, is handed out"
            at = more.end() - 1


# Devices and procedures by their head noun: what a study fits, wears, does or comes with.
DEVICE_HEADS = frozenset(
    ["monitor", "monitors", "pump", "pumps", "machine", "machines", "sensor", "sensors",
     "tracker", "trackers", "stimulator", "stimulators", "implant", "implants", "brace",
     "braces", "splint", "splints", "stocking", "stockings", "headset", "headsets", "wristband",
     "wristbands",
     "catheter", "catheters", "stent", "stents", "pacemaker", "pacemakers", "biopsy",
     "biopsies", "dialysis", "catheterisation", "catheterization", "transfusion",
     "transfusions", "transplant", "puncture", "angiogram", "angiography",
     # tests and scans, and the things people are sent home with: "a PET scan", "a cardiac
     # MRI", "a hearing test", "a pulse oximeter", "a smart inhaler", "a Holter recorder"
     "scan", "scans", "mri", "x-ray", "xray", "ultrasound", "test", "inhaler", "inhalers",
     "recorder", "recorders", "oximeter", "pedometer", "glucometer", "accelerometer",
     "spirometer", "cuff", "mammogram", "echocardiogram", "electrocardiogram", "ecg", "ekg",
     "eeg",
     # what else people wear, use or are sent home with: "a nebulizer", "a posture vest",
     # "a smart pill bottle", "a hearing aid"
     "nebulizer", "nebuliser", "nebulizers", "vest", "vests", "bottle", "sleeve", "sleeves",
     "belt", "band", "insole", "insoles", "orthosis", "orthotic", "orthotics", "collar",
     "boot", "crutches", "walker", "wheelchair", "aid", "aids", "patch", "patches",
     "electrode", "electrodes", "injector", "syringe", "dressing", "dressings", "bandage",
     "mask", "goggles", "glasses", "lens", "lenses", "humidifier", "ventilator", "laser",
     "camera", "watch", "smartwatch", "thermometer", "scale", "stockings", "corrector",
     "correctors",
     # a motion logger worn on the wrist, a cap that cools the scalp, marrow drawn off
     "actigraph", "actigraphs", "cap", "caps", "helmet", "aspiration", "aspirations",
     # a loop that carries sound to a hearing aid, a swallow of barium watched on X-ray
     "loop", "loops", "swallow", "swallows",
     # a box that hands out the day's pills, a strap worn round the chest
     "dispenser", "dispensers", "strap", "straps", "armband", "armbands", "headband",
     # ... or keeps them by the day and logs each opening: "a smart pillbox"
     "pillbox", "pillboxes",
     # a thing that rings or guards, named for what it is for: "a pill-reminder alarm", "a
     # bite guard worn at night"
     "alarm", "alarms", "guard", "guards",
     # a check of one sense or function: "a hearing assessment", "a gait assessment"
     "assessment", "assessments",
     # what people are lent or sent home with to use each day: "a pill organiser", "a foam
     # roller", "an exercise mat", "a wedge pillow", "a kitchen timer", "a back massager"
     "organiser", "organisers", "organizer", "organizers", "roller", "rollers", "mat", "mats",
     "pillow", "pillows", "cushion", "cushions", "timer", "timers", "massager", "massagers",
     # a support or a wrap for one part of the body: "an ankle support", "a knee wrap"
     "support", "supports", "wrap", "wraps",
     # a thing named for what it holds or counts: "a pill box", "a step counter"
     "box", "boxes", "counter", "counters",
     # a guard for the mouth, in one word: "a snoring mouthguard"
     "mouthguard", "mouthguards"]
)  # fmt: skip
# Heads that are a thing worn only after the part of the body they hold: "an ankle
# support", "a lumbar support", "a wrist wrap" (not "emotional support", "a wrap-up").
_HEADS_NEEDING_BODY_PART = frozenset(["support", "supports", "wrap", "wraps"])
_BODY_PARTS = frozenset(
    ["ankle", "knee", "wrist", "back", "lumbar", "neck", "elbow", "arch", "foot", "shoulder",
     "hip", "arm", "leg", "heel", "thumb", "spine", "spinal", "posture", "abdominal", "pelvic",
     "belly", "maternity", "hand", "finger", "toe", "calf", "thigh", "chest", "rib", "head",
     "cervical", "sacroiliac", "groin", "hernia", "compression"]
)  # fmt: skip
# Heads that name a device or a procedure only with a word before them that says which: "a
# cooling cap", "a bone marrow aspiration" (not "a cap of 100 people", "its aspirations").
_HEADS_NEEDING_KIND = frozenset(
    [
        "cap",
        "caps",
        "aspiration",
        "aspirations",
        "loop",
        "loops",
        "swallow",
        "swallows",
        "assessment",
        "assessments",
        # (not "raise the alarm", "a guard at the door")
        "alarm",
        "alarms",
        "guard",
        "guards",
        # a thing for home use is one only with its kind: "a foam roller", "a pill
        # organiser", "a wedge pillow" (not "the organiser of the event", "a pillow")
        "organiser",
        "organisers",
        "organizer",
        "organizers",
        "roller",
        "rollers",
        "mat",
        "mats",
        "pillow",
        "pillows",
        "cushion",
        "cushions",
        "timer",
        "timers",
        # only with what it holds or counts: "a pill box", "a step counter" (not "a box of
        # tissues", "over the counter", "tick the box")
        "box",
        "boxes",
        "counter",
        "counters",
    ]
)
# Tests and scans by their endings: "an electromyogram", "a polysomnogram", "a
# spirometry", "a dynamometer"; and the words that end so but are none.
_DEVICE_ENDINGS = ("gram", "grams", "graphy", "meter", "meters", "metry", "scope")
_NOT_DEVICES = frozenset(
    ["program", "programs", "programme", "diagram", "diagrams", "kilogram", "kilograms",
     "milligram", "milligrams", "microgram", "micrograms", "nanogram", "nanograms",
     "telegram", "instagram", "histogram", "hologram", "anagram", "monogram", "pictogram",
     "photography", "biography", "geography", "demography", "bibliography", "choreography",
     "calligraphy", "typography", "autobiography", "cartography", "topography",
     "parameter", "parameters", "perimeter", "diameter", "kilometer", "kilometers",
     "centimeter", "centimeters", "millimeter", "millimeters", "geometry", "symmetry",
     "asymmetry", "horoscope", "telescope", "kaleidoscope", "periscope"]
)  # fmt: skip
# What makes such a thing part of the study without a treatment verb: "Comes with a TENS
# machine", "Everyone also has a liver biopsy", "They fit everyone with an insulin pump",
# "Part of the deal is a colonoscopy".
_DEVICE_CUE_RE = compile_skipping(
    r"(?:\b(?:comes? with|came with|fit(?:s|ted)?(?: [\w-]+)? with|kitted out with"
    # (the past too, as reported speech gives the present: "screening involved a treadmill
    # test", "the first visit included a bone density scan", "people got a mouthguard";
    # "had" as history is left to _GIVEN_BEFORE_RE)
    r"|equipped with|hooked up to|connected to|wears?|wearing|has|have|having|had|gets?|getting"
    r"|got|undergo(?:es)?|undergoing|includes?|including|included|involves?|involving"
    r"|involved|is|are|plus|uses?"
    r"|using|given|provided with|receives?|receiving"
    # Why the verbs of containing and the noun of using: what a step is made of, or a daily
    # use the study requires, is part of it, whichever words say so ("Screening comprises a
    # bone density scan", "Daily use of a peak flow meter is required")
    r"|comprises?|incorporates?|contains?|consists? of|features?|entails?|use of"
    # the phrasal verb of including: "The first visit takes in a spirometry", "covers an MRI"
    r"|tak(?:e|es|ing) in|took in|covers?|covering"
    # gone through, as a step is: "Everyone joining goes through a bone density scan"
    r"|go(?:es)? through|going through|went through"
    # sent home with it, supplied, done to someone: "They send everyone home with a pulse
    # oximeter", "is supplied with", "The study provides a posture sensor", "They'd want to
    # do a muscle biopsy", "There's also a DEXA scan", "Yours to keep: an ankle brace"
    r"|home with|supplied with|provides?|providing|offers?|do|does|did|doing|perform(?:s|ed)?"
    # whom it is for between the verb and "with": "The study supplies every volunteer with
    # a knee sleeve", "provides each patient with a monitor"
    r"|(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|equip(?:s|ped)?)"
    r" (?:every|each|all|the)? ?[\w-]+ with"
    # a step the reader must go through: "You need a bone density scan before you start"
    r"|(?:you|you'll|you'd|you will|you would|everyone|everybody) (?:will |would )?need(?:s)?"
    r"(?: to (?:have|get|undergo|do))?"
    r"|make|makes|making"
    r"|carr(?:y|ies|ied) out|there(?:'s| is| are)(?: also)?|there(?:'ll| will)(?: also)? be"
    r"|to keep|free"
    # an appointment made for it: "I'd be booked in for a gastroscopy", "scheduled for an MRI"
    r"|(?:booked|scheduled|lined up|pencilled|penciled|put down)(?: in)? for"
    # lent it: "Each person is lent a foam roller", "loaned a heart monitor"
    # (and whom to between: "The team lends you a mouthguard")
    r"|(?:lent|loaned|lends?|loans?)(?: (?:you|them|everyone|everybody|each [\w-]+|every "
    r"[\w-]+|participants|people|volunteers))?"
    # Why a dash after a first step: what comes "before anything else" or "first up" is the
    # study's first step ("First off — a bone density scan")
    r"|(?:before anything else|before (?:all|everything) else|first (?:up|off|of all|thing))"
    r"\s*[—–:-]"
    # what a step of the study means or needs: "Screening means a hearing test", "the first
    # visit calls for an eye pressure test", "joining starts with a bone density scan"
    r"|(?:screening|visit|check-?up|joining|enrol+ing|enrol+ment|sign-?up|taking part)"
    r" (?:means|meant|requires|required|calls for|called for|needs|needed|starts with"
    r"|started with|begins with|began with|opens with))\s+"
    # or nothing before it but its article, where a fragment opens: "A cardiac MRI at your
    # first visit", "Extras: a knee arthroscopy"
    r"|^\s*(?=(?:a|an)\s))"
    r"(?:(?:a|an|the|their|your|some|one|regular)\s+)?"
    r"(?P<np>(?:[a-z][\w'-]*\s+){0,3})$"
)
_NOT_DESCRIBING = _NOT_GIVEN_HEAD | {
    "at", "with", "on", "by", "from", "as", "into", "than",
    # a verb's particle: "is trying out X"
    "out", "up", "off", "down", "through", "away", "back",
    # a preposition: "the treatment under test" is not a kind of test
    "under", "over", "about", "via", "like", "without", "against", "outside", "inside",
    "within", "beyond", "per", "during",
}  # fmt: skip
# A thing someone may already have, not one the study gives: "if you have a pacemaker".
# (Not the study's own people as a subject: "Those taking part use a pill dispenser daily",
# "anyone joining wears a splint" are given it.)
_DEVICE_NOT_GIVEN_RE = compile_skipping(
    r"\b(?:if|unless|whether)\b|\b(?:anyone|those)\b(?! (?:taking part|joining|enrol+ed"
    r"|in (?:the|this) (?:study|trial)|who (?:take part|join|enrol+|sign up))\b)"
    r"|\b(?:who|which|that) (?:has|have|had|already|uses?|wears?)\b"
)
# The same cue as a label: "Included: a TENS machine", "Also: a liver biopsy".
_DEVICE_LABEL_RE = compile_skipping(
    # (and a label of what the reader is handed or lent: "You'll get: X", "On loan: Y", "At
    # home: Z")
    r"\b(?:includes?|included|also|plus|extras?|comes with|you(?:'ll| will)? (?:get|receive"
    r"|be given|be lent)|on loan(?: to you)?|lent to you|(?:daily |used )?at home)[ \t]*:[ \t]*"
    r"(?:(?:a|an|the|some)\s+)?"
    r"(?P<np>(?:[a-z][\w'-]*\s+){0,3})$"
)


_ARTICLE_END_RE = compile_skipping(r"\b(?:a|an)\s+$")
_ARTICLES = frozenset(["a", "an", "the"])
_PREPOSITION_END_RE = compile_skipping(
    # (not "through": "you'd go through a cystoscopy" undergoes it)
    r"\b(?:by|of|from|with|like|than|as|on|in|at|for|to|about|into|onto|via|per"
    r"|without|against|under|over|inside|beside|near)\s*$"
)
_DEVICE_ARTICLE_RE = compile_skipping(r"\b(?:a|an)\s+(?P<np>(?:[a-z][\w'-]*\s+){0,3})$")
# "Test" is also the study itself, as a phase is explained: "a mid-sized test of how well it
# works", "an early test focused on safety", "a large test to compare it with usual care".
_STUDY_TEST_QUALS = frozenset(
    ["early", "earliest", "first", "small", "smaller", "mid-sized", "midsized", "medium",
     "medium-sized", "large", "larger", "big", "bigger", "final", "later", "last", "pilot",
     "main", "safety", "real-world", "larger-scale", "large-scale", "small-scale"]
)  # fmt: skip
_STAGE_WORDS = frozenset(
    ["early", "mid", "middle", "late", "later", "final", "first", "last", "to", "stage",
     "phase", "intermediate", "advanced", "pivotal"]
)  # fmt: skip
_STUDY_TEST_AFTER_RE = re.compile(
    r"s? (?:of (?:how|whether|if|what|the (?:drug|treatment|medicine|vaccine|device))|to "
    r"(?:see|find|learn|check|compare|confirm)|focused|focusing|in (?:people|humans|patients))\b"
)


# A head right after "to" or a modal is a verb ("to watch for", "will test", "can scan").
_VERB_SLOT_RE = re.compile(r"\b(?:to|will|would|can|could|may|might|must|should|'ll)\s+$")


def _added_devices(
    ctx: Context, seen: set[tuple[int, int]], procedures: list[tuple[int, int]]
) -> Iterator[Finding]:
    """Devices and procedures (``procedures``: the spans of words with a procedure's
    ending) that the summary makes part of the study with a cue that is no treatment verb,
    named by words the record never uses."""
    index = ctx.word_index
    # (the parts of a hyphenated word are indexed at its start: only whole words here)
    words = index.keys()
    named = DEVICE_HEADS & words
    named.update(w for w in words if w.endswith(_DEVICE_ENDINGS) and w not in _NOT_DEVICES)
    heads = [
        (at, at + len(word))
        for word in named
        for at in index[word]
        if ctx.masked.startswith(word, at)
    ]
    for start, end in sorted(heads + procedures):
        if any(a <= start < b for a, b in seen):
            continue
        before = ctx.clause_before(start, 70)
        if _VERB_SLOT_RE.search(before):
            continue  # a verb there, not a thing: "done regularly to watch for problems"
        cue = (
            _DEVICE_CUE_RE.search(before)
            or _DEVICE_LABEL_RE.search(ctx.masked, max(0, start - 80), start)
            # or only its article: a device brought in with "a" is one the study has,
            # however the sentence brings it in ("Each volunteer is issued a nebulizer")
            or _article_only(ctx.masked[start:end], before)
        )
        if not cue or _DEVICE_NOT_GIVEN_RE.search(before):
            continue
        # The words right before the head that describe it ("a wearable heart monitor"),
        # not a verb or a preposition ("is testing microdiscectomy", "looking at X").
        phrase_start = start
        quals = cue.group("np").split()
        # a word in -ing right after the article names the kind ("a hearing test"); after a
        # verb it is a verb ("is testing microdiscectomy")
        after_article = bool(
            _ARTICLE_END_RE.search(cue.string[max(0, cue.start("np") - 4) : cue.start("np")])
        )
        for i in range(len(quals) - 1, -1, -1):
            qual = quals[i]
            # (an article inside the words too: "are issued a cooling cap")
            verb_like = qual.endswith("ing") and not (
                (i == 0 and after_article) or (i > 0 and quals[i - 1] in ("a", "an"))
            )
            if verb_like or qual in _NOT_QUALIFIERS or qual in _NOT_DESCRIBING or qual in _ARTICLES:
                break
            phrase_start = ctx.masked.rfind(qual, 0, phrase_start)
        phrase = ctx.masked[phrase_start:end]
        if phrase_start == start and ctx.masked[start:end] in _HEADS_NEEDING_KIND:
            continue
        if ctx.masked[start:end] in _HEADS_NEEDING_BODY_PART and (
            not quals or quals[-1] not in _BODY_PARTS or phrase_start == start
        ):
            continue
        if ctx.masked.startswith("test", start) and _the_study_as_a_test(ctx, phrase_start, start):
            continue
        head = ctx.masked[start:end]
        unknown = (
            not _procedure_known(ctx, head) or _new_words(ctx, phrase[: -len(head)])
            if head.endswith(PROCEDURE_SUFFIXES)
            else _new_words(ctx, phrase) or _head_only_like(ctx, head)
        )
        if unknown and _given_in_study(ctx, start):
            seen.add((phrase_start, end))
            yield _unknown(ctx, ctx.text[phrase_start:end], (phrase_start, end))


def _head_only_like(ctx: Context, head: str) -> bool:
    """Whether the device's head names something and the record has only a word that
    shares its first letters, none that opens with the head itself in either spelling
    ("monitor" is in "monitoring", "organizer" is "organiser"; "organisation" names no
    pill organiser)."""
    if head in GENERIC_OBJECTS or head in QUALIFIER_STOP or head in CAP_STOP:
        return False
    if ctx.facts.mentions(head):
        base = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
        forms = {base, base.replace("is", "iz"), base.replace("iz", "is")}
        return not any(re.search(rf"\b{re.escape(form)}", ctx.facts.text) for form in forms)
    return False


def _article_only(head: str, before: str) -> re.Match[str] | None:
    """The device's article and its describing words, when nothing but those comes before
    it ("issued a posture-sensing vest"; not "a device to treat X"). A test is measured, not
    given: "a short walk test" needs a cue."""
    if head in _MEASURES:
        return None
    found = _DEVICE_ARTICLE_RE.search(before)
    if found is None:
        return None
    # after a preposition it is a means or a place, not something given: "a translation made
    # by a machine", "sitting in a wheelchair"
    if _PREPOSITION_END_RE.search(before, 0, found.start()):
        return None
    words = found.group("np").split()
    if any(w in _NOT_DESCRIBING or w in _NOT_QUALIFIERS for w in words):
        return None
    return found


def _the_study_as_a_test(ctx: Context, phrase_start: int, start: int) -> bool:
    """Whether the "test" at ``start`` (described from ``phrase_start``) is the study."""
    if _STUDY_TEST_AFTER_RE.match(ctx.masked, start + 4):
        return True
    quals = ctx.masked[phrase_start:start].split()
    if bool(quals) and _STUDY_TEST_QUALS.issuperset(quals):
        return True
    # a stage of testing: "a mid-to-late stage test", "an early-phase test"
    parts = [p for q in quals for p in q.split("-")]
    return bool(parts) and parts[-1] in ("stage", "phase") and _STAGE_WORDS.issuperset(parts)


# Two negations that make a requirement: "Nobody starts without having a colonoscopy
# first", "no one joins without getting a scan" says everyone has it, so neither "nobody"
# nor "without" negates what follows.
_NOBODY_WITHOUT_RE = re.compile(
    r"\b(?:nobody|no one|no-one|none of (?:them|you|us)|not one (?:person|of (?:them|you)))"
    r"(?: [\w']+){0,3}? without\b"
    # Nor is what everyone "had" their history: history is had by some ("who had"), while a
    # step all went through is the study's ("A caller heard that everybody had an endoscopy
    # at the start")
    r"|\b(?:everybody|everyone|every (?:participant|volunteer|patient|person)|each "
    r"(?:participant|volunteer|patient|person)|all (?:participants|volunteers|patients))"
    r"(?: then| first| also)? had\b"
    # and "before" the treatment is a step of the study, not a past: "Before any treatment
    # there is an eye pressure test to get through"
    r"|\bbefore (?:any|the|your|their) (?:study )?(?:treatment|dosing|medicine|therapy)\b"
)


def _given_in_study(ctx: Context, at: int) -> bool:
    """Whether what follows ``at`` is given in the study: not in a sentence about who may
    not join ("people who also take warfarin cannot join"), not medical history ("who have
    been treated with"), not negated."""
    a, b = fragment_at(ctx, at)
    before = _NOBODY_WITHOUT_RE.sub(" ", ctx.clause_before(at, 50))
    return not (
        ctx.excluded(at)
        or _NOT_JOINING_RE.search(ctx.masked, a, b)
        or _GIVEN_BEFORE_RE.search(before)
    )


# Whom a letter, a chat or a call speaks to: "people get the treatment, Mum." ends a list
# with the listener, not with one more thing given.
ADDRESS_WORDS = frozenset(
    ["mum", "mom", "mam", "mummy", "mommy", "mother", "dad", "daddy", "father", "nan", "nana",
     "nanna", "gran", "granny", "grandma", "grandmother", "grandpa", "grandad", "granddad",
     "grandfather", "auntie", "aunty", "uncle", "love", "dear", "darling", "sweetheart",
     "sweetie", "mate", "pal", "buddy", "hun", "hon", "babe", "sis", "bro", "guys", "folks",
     "sir", "madam", "ma'am"]
)  # fmt: skip


def _new_words(ctx: Context, phrase: str) -> list[str]:
    """The words of ``phrase`` that name something and that the record never uses."""
    english = _cmu_syllables()
    return [
        w
        for w in WORD_RE.findall(phrase)
        if len(w) >= 3
        and not w.isdigit()
        and w not in GENERIC_OBJECTS
        and w not in QUALIFIER_STOP
        and w not in CAP_STOP
        and w not in NUMBER_WORDS  # "gets sixty-three people": a count, not a treatment
        and w not in ADDRESS_WORDS
        # a participle the dictionary knows: "an intervention assigned by the researchers"
        and not (w.endswith("ed") and w in english)
        and not _record_has_word(ctx, w)
    ]


# Plain words for what the record names in its own terms: glasses are its "refractive
# correction (spectacles)"; a genetic test is how a record's carriers of a risk allele or
# a mutation are found; "intravenously" is its "IV".
_SPECTACLES = r"spectacle|eyeglass|refractive correction|\bglasses\b|\blens"
_GENETIC = r"allele|genotyp|mutation|\bgenes?\b|genetic|\brs\d{3,}|\bvariants?\b"
_INTRAVENOUS = r"intraven|\biv\b|infus"
_PLAIN_IN_RECORD = {
    "glasses": _SPECTACLES,
    "spectacles": _SPECTACLES,
    "eyeglasses": _SPECTACLES,
    "lenses": _SPECTACLES,
    "genetic": _GENETIC,
    "gene": _GENETIC,
    "intravenously": _INTRAVENOUS,
    "intravenous": _INTRAVENOUS,
}


_BRITISH_SPELLINGS = (
    (re.compile(r"(?<=[a-z])olment"), "ollment"),
    (re.compile(r"(?<=[a-z]{2})is(?=(?:e|es|ed|ing|ation|ations)$)"), "iz"),
    (re.compile(r"(?<=[a-z]{3})our(?=s?$|ed$|ing$|al$)"), "or"),
    (re.compile(r"(?<=[a-z])ae(?=[a-z])"), "e"),
    (re.compile(r"oe(?=[a-z]{3})"), "e"),
    (re.compile(r"(?<=[a-z])tre(?=s?$)"), "ter"),
)


def _american(word: str) -> str:
    """``word`` in American spelling, as the registry writes it."""
    for british, american in _BRITISH_SPELLINGS:
        word = british.sub(american, word)
    return word


def _record_has_word(ctx: Context, word: str) -> bool:
    """Whether the record uses ``word``, in the singular or the plural ("biopsies" for its
    "biopsy", "meter" for its "meters"), or names the thing a plain word stands for."""
    forms = [word, word + "s"]
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    elif word.endswith("es") and len(word) > 4:
        forms += [word[:-2], word[:-1]]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.append(word[:-1])
    # the record's American spelling of a British word ("enrolment" for its "enrollment",
    # "randomisation", "tumour", "anaesthetic"): ``facts.mentions`` matches the first six
    # letters, which the two spellings may not share
    forms += [_american(f) for f in forms if _american(f) != f]
    if any(ctx.facts.mentions(f) for f in forms):
        return True
    plain = _PLAIN_IN_RECORD.get(word)
    return plain is not None and re.search(plain, ctx.facts.text) is not None


# --- comparisons -------------------------------------------------------------------

# A placebo in any words: a word for something not real before a form a treatment comes
# in ("a dummy version", "an inactive look-alike", "a sham (fake) procedure", "sugar pills"),
# or a form with nothing active in it.
_NOT_REAL = r"(?:dummy|sham|fake|inactive|look-?alike|pretend|mock|imitation|sugar|simulated)"
_NOT_REAL_RE = compile_skipping(rf"\b{_NOT_REAL}\b")
_FORMS = (
    r"(?:pill|treatment|drug|injection|tablet|capsule|version|copy|procedure|surgery|operation"
    r"|device|product|substance|medicine|medication|cream|gel|spray|inhaler|patch|look-?alike"
    r"|shot|jab|infusion|stimulation|therapy|drops|liquid|powder)"
)
PLACEBO_RULE = Rule(
    rf"\bplacebos?\b|\b{_NOT_REAL}(?: \([\w -]{{1,20}}\))? {_FORMS}s?\b"
    r"|\b(?:look-?alike|version|copy|pill|tablet|treatment|substance) (?:with|containing|that "
    r"(?:has|contains)) (?:no (?:active|real) (?:medicine|ingredients?|drug|substance)|nothing "
    r"(?:active|real) in it)\b|\blook-?alike with no medicine\b",
    "placebo placebos dummy sham fake inactive look-alike lookalike look pretend mock "
    "imitation sugar simulated active real",
)
# A record whose control is a dummy or a vehicle has a placebo in all but name; one whose
# control is a sham (a sham app, sham stimulation) licenses a fake version or procedure,
# not a sugar pill.
RECORD_PLACEBO_RE = compile_skipping(
    r"placebo|\bdummy\b|\bvehicle\b|look-?alike|\binactive (?:pill|tablet|substance|treatment"
    r"|drug|capsule|cream)"
)
_MEDICINE_PLACEBO_RE = compile_skipping(
    r"placebo|pill|tablet|capsule|sugar|drug|medicine|medication|injection|cream|drops|liquid"
    r"|powder|shot|jab|infusion|inhaler|spray|patch|gel|ingredient"
)
# A label's value that denies it: "Placebo: none", "Placebo group: no", "Placebo arm - none".
_VALUE_NONE_RE = re.compile(
    r"(?:\s+(?:group|arm|control|comparison|used|given))?\s*(?::|-|=)\s*(?:none|no|nil|n/?a"
    r"|not used|not given|not applicable)\b"
)
# (and a contraction's "n't" right before it: "there isn't any placebo group", "they don't
# use a placebo"; not "you won't know if you get the placebo")
NO_PLACEBO_RE = compile_skipping(
    r"\b(?:no|not|never|without|nobody|no one|none)\b[^.]{0,30}$"
    r"|n't(?:\s+(?:be|have|has|use|uses|get|give|include|involve|receive|offer|compare|got"
    r"|there|any|a|an|the|with|against|even|really|actually))*\s+$"
)
# A question's answer that denies it: "Was there a placebo group? No, everyone used the
# device", "Q: ... placebo? A: No." (a "yes" or any other answer leaves the question a claim)
# (not "No one knows", "Not necessarily", "Not sure": no answer, or not a denial)
_ANSWER_NO_RE = re.compile(
    r"\?[\s*_]*(?:(?:a|answer)\s*[:.-]\s*)?(?:no|not|none|nope)\b"
    r"(?!\s*(?:one|body|way|matter|doubt|necessarily|sure|always|yet|exactly|quite|only"
    r"|everyone|all)\b)"
)


def _record_arms_placebo(trial: Trial) -> bool:
    """Whether the record's arms or interventions (not its free text, where a placebo of a
    parent study or an earlier trial may be told) have a placebo; a record listing neither
    has only its text to go on."""
    if not trial.arms and not trial.interventions:
        return True
    texts = [f"{a.label} {a.description or ''} {' '.join(a.interventions)}" for a in trial.arms]
    texts += [f"{i.name} {i.description or ''} {' '.join(i.other_names)}"
              for i in trial.interventions]  # fmt: skip
    return any(RECORD_PLACEBO_RE.search(t.lower()) for t in texts)


COMPARISON_RULE = Rule(
    # any name between: "comparing CT-152 - Digital Therapeutic with", "Oral carbohydrate
    # (Outfast) with"
    r"\b(?:compar\w*|versus|vs\.?|against|instead of)\s+(?:[\w()®'/.-]+\s+){0,8}?"
    r"(?:with|to|against|"
    r"versus|vs\.?)?\s*(?:a |an |the )?(?P<what>sham\b[\w -]{0,20}|usual care|standard care|"
    r"standard treatment|standard of care|usual treatment|routine care|current treatment|"
    r"no treatment|doing nothing|nothing|a waiting list|waiting list|wait-?list|no intervention)",
    "compared compare compares comparing comparison versus vs against instead",
)


# Care as usual, in an arm's or intervention's words ("standard of care", "treatment as
# usual", "routine management"); "standard dose" is not.
USUAL_CARE_RE = compile_skipping(
    r"\b(?:usual|standard|routine|conventional|current|customary|regular)(?: of)?"
    r" (?:medical |clinical )?(?:care|treatment|therapy|management|practice|follow-up)"
    r"|\b(?:treatment|care) as usual\b|\bbest supportive care\b|\bsoc\b"
)
# Without arms the record's text is all there is; any mention of such care counts.
LOOSE_USUAL_CARE_RE = compile_skipping(
    r"usual|standard|routine|conventional|current (?:treatment|therap|care)"
)


def _usual_care_arm(trial: Trial, source: str) -> bool:
    """Whether the record has an arm of usual (standard) care.

    An active comparator is usually another drug, not usual care, so only an arm or
    intervention that says so, or an arm with no study intervention, counts. A record
    without arms or interventions has only its text to go on.
    """
    if not trial.arms and not trial.interventions:
        return LOOSE_USUAL_CARE_RE.search(source) is not None
    if any(a.type == "NO_INTERVENTION" for a in trial.arms):
        return True
    texts = [f"{a.label} {a.description or ''} {' '.join(a.interventions)}" for a in trial.arms]
    texts += [f"{i.name} {i.description or ''} {' '.join(i.other_names)}"
              for i in trial.interventions]  # fmt: skip
    return any(USUAL_CARE_RE.search(t.lower()) for t in texts)


@check
def comparisons_exist(ctx: Context) -> Iterator[Finding]:
    trial = ctx.trial
    source = ctx.facts.text
    names = _names(ctx)
    record: tuple[bool, bool] | None = None  # (a medicine placebo, a sham): read at need
    for match in PLACEBO_RULE.finditer(ctx):
        if record is None:
            record = (
                trial.has_placebo or RECORD_PLACEBO_RE.search(source) is not None,
                "sham" in source and re.search(r"\bsham\b", source) is not None,
            )
        has_placebo = record[0] or (
            record[1] and not _MEDICINE_PLACEBO_RE.search(ctx.lower, *match.span())
        )
        # A negation in another fragment of a card line ("No blinding / vs placebo") is not
        # this one's.
        start, end = fragment_at(ctx, match.start())
        negated = (
            NO_PLACEBO_RE.search(ctx.lower, start, match.start())
            or _VALUE_NONE_RE.match(ctx.lower, match.end())
            or ("?" in ctx.lower[match.end() : end + 1]
                and _ANSWER_NO_RE.match(ctx.lower, ctx.lower.index("?", match.end())))
        )  # fmt: skip
        if negated and has_placebo and not trial.has_placebo:
            # a denial stands unless the record's arms or interventions have a placebo
            has_placebo = _record_arms_placebo(trial)
        if negated and not has_placebo:
            continue
        if negated and has_placebo:
            yield error(
                "intervention.placebo",
                "arms",
                f"Summary says there is no placebo ({ctx.said(match)!r}); the record has a "
                f"placebo (interventions: {names}).",
                match.span(),
            )
        elif not has_placebo:
            yield error(
                "intervention.placebo",
                "arms",
                f"Summary mentions {ctx.said(match)!r}; the record has no placebo arm "
                f"(interventions: {names}).",
                match.span(),
            )
    arm_types = {a.type or "" for a in trial.arms}
    for match in COMPARISON_RULE.finditer(ctx):
        what = match.group("what").lower()
        a, b = fragment_at(ctx, match.start())
        if "phase" in ctx.lower[a:b]:
            continue  # a phase's explanation ("a large test, to compare it with the usual ...")
        if what.startswith("sham"):
            ok = "sham" in source
        elif any(w in what for w in ("usual", "standard", "routine", "current")):
            ok = _usual_care_arm(trial, source)
        else:
            ok = "NO_INTERVENTION" in arm_types or bool(
                re.search(r"no (?:treatment|intervention)|wait|control|observation only", source)
            )
        if not ok:
            yield error(
                "intervention.comparison",
                "arms",
                f"Summary says the study compares with {match.group('what')!r}; the record's "
                f"arms are {', '.join(a.label for a in trial.arms) or 'not listed'} "
                f"(interventions: {names}).",
                match.span("what"),
            )
