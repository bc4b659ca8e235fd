"""Checks of a lay summary against the trial record it claims to summarize.

Every check is a function ``(Context) -> Iterable[Finding]`` registered in
``CHECKS``. A finding points at its span in the rendered summary text and at
the record field it contradicts, and its message speaks to an editor. Any
error-severity finding flags the summary; warnings inform.

The checks are deterministic and offline: an editor must be able to trust
that the same summary always gets the same findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, Field

from .readability import Readability, measure
from .records import Phase, Sex, Status, StudyType, Trial

Severity = Literal["error", "warning"]


class Finding(BaseModel):
    code: str
    severity: Severity
    field: str | None = Field(description="the record field the finding is about")
    message: str
    span: tuple[int, int] | None = Field(description="[start, end) in the summary text")

    def excerpt(self, text: str) -> str:
        return text[self.span[0] : self.span[1]] if self.span else ""


class CheckReport(BaseModel):
    flagged: bool
    findings: list[Finding]
    readability: dict[str, object] = Field(default_factory=dict)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


@dataclass
class Context:
    trial: Trial
    text: str
    readability: Readability | None = None

    @cached_property
    def record_numbers(self) -> set[float]:
        return record_numbers(self.trial)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()


CheckFn = Callable[[Context], Iterable[Finding]]
CHECKS: list[CheckFn] = []


def check(fn: CheckFn) -> CheckFn:
    CHECKS.append(fn)
    return fn


def run_checks(trial: Trial, text: str) -> CheckReport:
    """Run every check on ``text`` (the rendered summary) against ``trial``."""
    ctx = Context(trial=trial, text=text, readability=measure(text))
    findings: list[Finding] = []
    for fn in CHECKS:
        findings.extend(fn(ctx))
    findings.sort(key=lambda f: (f.span or (len(text), 0), f.code))
    assert ctx.readability is not None
    return CheckReport(
        flagged=any(f.severity == "error" for f in findings),
        findings=findings,
        readability=ctx.readability.as_dict(),
    )


def _error(code: str, field: str | None, message: str, span: tuple[int, int] | None) -> Finding:
    return Finding(code=code, severity="error", field=field, message=message, span=span)


def _warning(code: str, field: str | None, message: str, span: tuple[int, int] | None) -> Finding:
    return Finding(code=code, severity="warning", field=field, message=message, span=span)


# --- numbers -----------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
DIGITS_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])")
WORD_NUMBER_RE = re.compile(
    r"\b(?:(" + "|".join(sorted(TENS)) + r")[- ](one|two|three|four|five|six|seven|eight|nine)"
    r"|(a dozen|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"))\b",
    re.IGNORECASE,
)
NCT_RE = re.compile(r"\bNCT\d{8}\b", re.IGNORECASE)
APPROX_RE = re.compile(
    r"(?:about|around|approximately|roughly|nearly|almost|close to|some|over|more than|"
    r"fewer than|less than|up to|~)\s*$",
    re.IGNORECASE,
)
# Small counting words ("one group", "two visits") are too common in plain
# language to demand a source; digits are always checked.
FREE_WORD_NUMBERS = {0, 1, 2, 3}
RECORD_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


def parse_number(token: str) -> float:
    return float(token.replace(",", ""))


def record_numbers(trial: Trial) -> set[float]:
    """Every number the record states or directly implies."""
    values: set[float] = set()
    texts: list[str] = [
        trial.brief_title, trial.official_title or "", trial.acronym or "",
        trial.brief_summary or "", trial.detailed_description or "",
        " ".join(trial.inclusion_criteria), " ".join(trial.exclusion_criteria),
        " ".join(trial.conditions), " ".join(trial.keywords), trial.lead_sponsor or "",
        trial.minimum_age or "", trial.maximum_age or "",
    ]  # fmt: skip
    for item in trial.interventions:
        texts += [item.name, item.description or "", *item.other_names]
    for arm in trial.arms:
        texts += [arm.label, arm.description or "", *arm.interventions]
    for outcome in trial.primary_outcomes + trial.secondary_outcomes:
        texts += [outcome.measure, outcome.time_frame or ""]
    for date in (trial.start_date, trial.primary_completion_date, trial.completion_date):
        if date:
            values.update(float(part) for part in date.split("-"))
    for text in texts:
        for token in RECORD_NUMBER_RE.findall(text):
            try:
                values.add(parse_number(token))
            except ValueError:
                continue
            if "." in token:  # "2.5" also licenses its parts' reading "2 and a half"
                values.update(float(p) for p in token.split(".") if p.isdigit())
    for number in (trial.enrollment, trial.minimum_age_years, trial.maximum_age_years):
        if number is not None:
            values.add(float(number))
    for age_text in (trial.minimum_age, trial.maximum_age):
        if age_text:
            values.update(parse_number(t) for t in RECORD_NUMBER_RE.findall(age_text))
    values.update(float(len(x)) for x in (trial.arms, trial.interventions, trial.conditions))
    values.update({float(trial.location_count), float(len(trial.countries))})
    values.update(float(phase_number(p)) for p in trial.phases if phase_number(p))
    return values


def phase_number(phase: Phase) -> int:
    return {"EARLY_PHASE1": 1, "PHASE1": 1, "PHASE2": 2, "PHASE3": 3, "PHASE4": 4}.get(phase, 0)


@dataclass(frozen=True)
class NumberMention:
    value: float
    span: tuple[int, int]
    approximate: bool
    written: str


def number_mentions(text: str) -> Iterator[NumberMention]:
    """Numbers in the summary, as digits or words, outside NCT ids."""
    masked = NCT_RE.sub(lambda m: " " * len(m.group(0)), text)
    for match in DIGITS_RE.finditer(masked):
        before = masked[max(0, match.start() - 20) : match.start()]
        yield NumberMention(
            value=parse_number(match.group(1)),
            span=match.span(1),
            approximate=bool(APPROX_RE.search(before)),
            written=match.group(1),
        )
    for match in WORD_NUMBER_RE.finditer(masked):
        if match.group(1):
            value = NUMBER_WORDS[match.group(1).lower()] + NUMBER_WORDS[match.group(2).lower()]
        else:
            word = match.group(3).lower()
            value = 12 if word == "a dozen" else NUMBER_WORDS[word]
        before = masked[max(0, match.start() - 20) : match.start()]
        yield NumberMention(
            value=float(value),
            span=match.span(),
            approximate=bool(APPROX_RE.search(before)),
            written=match.group(0),
        )


def _close(value: float, candidates: Iterable[float], tolerance: float = 0.1) -> bool:
    return any(c and abs(value - c) <= tolerance * abs(c) for c in candidates)


def _fmt(value: float) -> str:
    return f"{value:g}"


@check
def numbers_trace_to_record(ctx: Context) -> Iterator[Finding]:
    known = ctx.record_numbers
    for mention in number_mentions(ctx.text):
        if mention.value in known:
            continue
        if mention.written.isalpha() and mention.value in FREE_WORD_NUMBERS:
            continue
        if mention.approximate and _close(mention.value, known):
            continue
        yield _error(
            "number.untraced",
            None,
            f"Summary says {mention.written}; no such number is in the record.",
            mention.span,
        )


# --- enrollment ----------------------------------------------------------------

PEOPLE = (
    r"(?:people|persons|participants|patients|volunteers|adults|children|subjects|women|men"
    r"|individuals)"
)
ENROLLMENT_RE = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?:\w+\s+){0,2}?" + PEOPLE, re.IGNORECASE
)
ENROLL_CONTEXT_RE = re.compile(r"\b(?:enrol|recruit|take part|took part|join|includ|sign)", re.I)
FUTURE_ENROLL_RE = re.compile(
    r"\b(?:will|plans? to|aims? to|hopes? to|expects? to|wants? to|is going to)\s+"
    r"(?:enrol|recruit|include|sign up|have)",
    re.IGNORECASE,
)
PAST_ENROLL_RE = re.compile(
    r"\b(?:enrolled|took part|were included|were enrolled|signed up|joined)\b", re.I
)


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return left, right


@check
def enrollment_matches(ctx: Context) -> Iterator[Finding]:
    trial = ctx.trial
    kind = (trial.enrollment_type or "").lower() if trial.enrollment_type else "type not given"
    for match in ENROLLMENT_RE.finditer(ctx.text):
        a, b = sentence_at(ctx.text, match.start(), match.end())
        sentence = ctx.text[a:b]
        if not ENROLL_CONTEXT_RE.search(sentence) and "number of people" not in sentence.lower():
            continue
        value = parse_number(match.group("num"))
        span = match.span("num")
        approximate = bool(APPROX_RE.search(ctx.text[max(0, span[0] - 20) : span[0]]))
        if trial.enrollment is None:
            yield _error(
                "enrollment.missing",
                "enrollment",
                f"Summary says {match.group('num')} participants; the record gives no enrollment.",
                span,
            )
        elif value != trial.enrollment and not (approximate and _close(value, [trial.enrollment])):
            yield _error(
                "enrollment.mismatch",
                "enrollment",
                f"Summary says {match.group('num')} participants; the record says "
                f"{trial.enrollment} (enrollment, {kind}).",
                span,
            )
    if trial.enrollment_type is None:
        return
    for pattern, wrong_type, says in (
        (FUTURE_ENROLL_RE, "ACTUAL", "a planned number"),
        (PAST_ENROLL_RE, "ESTIMATED", "an actual number"),
    ):
        if trial.enrollment_type != wrong_type:
            continue
        for match in pattern.finditer(ctx.text):
            a, b = sentence_at(ctx.text, match.start(), match.end())
            if trial.enrollment is not None and str(trial.enrollment) in ctx.text[a:b].replace(
                ",", ""
            ):
                yield _error(
                    "enrollment.type",
                    "enrollment_type",
                    f"Summary gives {says} of participants; the record's enrollment "
                    f"({trial.enrollment}) is {trial.enrollment_type.lower()}.",
                    match.span(),
                )


# --- ages ----------------------------------------------------------------------

AGE_RANGE_RE = re.compile(
    r"\b(?:aged?|ages?|between|from)\s+(?P<min>\d+)\s*(?:to|-|–|and|through)\s*(?P<max>\d+)"
    r"(?!\s*(?:months?|weeks?|days?|%))",
    re.IGNORECASE,
)
AGE_MIN_RE = re.compile(
    r"\b(?P<min>\d+)\s*(?:years?(?: old)?|yrs?)?\s*(?:or|and)\s*(?:older|over|above|up)\b"
    r"|\b(?:at least|over|older than)\s+(?P<min2>\d+)\s*years",
    re.IGNORECASE,
)
AGE_MAX_RE = re.compile(
    r"\b(?:up to|under|younger than|no older than)\s+(?:the age of\s+)?(?P<max>\d+)\s*(?:years)",
    re.IGNORECASE,
)
ADULTS_ONLY_RE = re.compile(
    r"\b(?:only adults|adults only|adults aged|adults who|adults with)\b", re.I
)
CHILD_WORDS_RE = re.compile(
    r"\b(?:child|children|kids?|teen|teens|teenagers?|young people|infants?|babies)\b", re.I
)


def _age_text(value: float | None) -> str:
    return "no limit" if value is None else _fmt(value)


@check
def ages_match(ctx: Context) -> Iterator[Finding]:
    trial = ctx.trial
    lo, hi = trial.minimum_age_years, trial.maximum_age_years
    record = f"{_age_text(lo)} to {_age_text(hi)}"
    for match in AGE_RANGE_RE.finditer(ctx.text):
        a, b = float(match.group("min")), float(match.group("max"))
        if a != (lo or 0) or b != hi:
            yield _error(
                "age.range",
                "minimum_age_years" if a != (lo or 0) else "maximum_age_years",
                f"Summary says ages {match.group('min')} to {match.group('max')}; "
                f"the record says {record} (minimum_age, maximum_age).",
                (match.start("min"), match.end("max")),
            )
    for match in AGE_MIN_RE.finditer(ctx.text):
        raw = match.group("min") or match.group("min2")
        value = float(raw)
        span = match.span("min") if match.group("min") else match.span("min2")
        if value != (lo or 0):
            yield _error(
                "age.minimum",
                "minimum_age_years",
                f"Summary says a minimum age of {raw}; the record says {_age_text(lo)} "
                "(minimum_age).",
                span,
            )
        elif hi is not None and "older" in match.group(0).lower():
            yield _error(
                "age.open_upper",
                "maximum_age_years",
                f"Summary says {raw} or older with no upper limit; the record's maximum "
                f"age is {_fmt(hi)} (maximum_age).",
                match.span(),
            )
    for match in AGE_MAX_RE.finditer(ctx.text):
        if float(match.group("max")) != hi:
            yield _error(
                "age.maximum",
                "maximum_age_years",
                f"Summary says a maximum age of {match.group('max')}; the record says "
                f"{_age_text(hi)} (maximum_age).",
                match.span("max"),
            )
    if lo is not None and lo < 18 and not CHILD_WORDS_RE.search(ctx.text):
        for match in ADULTS_ONLY_RE.finditer(ctx.text):
            yield _error(
                "age.adults",
                "minimum_age_years",
                f"Summary says adults; the record admits people from age {_fmt(lo)} (minimum_age).",
                match.span(),
            )


# --- sex -----------------------------------------------------------------------

ONLY_WOMEN_RE = re.compile(
    r"\b(?:only (?:women|females|girls)|(?:women|females) only|open to women only)\b", re.I
)
ONLY_MEN_RE = re.compile(r"\b(?:only (?:men|males|boys)|(?:men|males) only)\b", re.I)
BOTH_SEXES_RE = re.compile(
    r"\b(?:men and women|women and men|males and females|females and males|both sexes|"
    r"any sex|all sexes|people of any sex)\b",
    re.IGNORECASE,
)


@check
def sex_matches(ctx: Context) -> Iterator[Finding]:
    sex = ctx.trial.sex
    if sex is None:
        return
    expected = {Sex.ALL: "all sexes", Sex.FEMALE: "female only", Sex.MALE: "male only"}[sex]
    claims = [(ONLY_WOMEN_RE, Sex.FEMALE), (ONLY_MEN_RE, Sex.MALE), (BOTH_SEXES_RE, Sex.ALL)]
    for pattern, claimed in claims:
        if claimed == sex:
            continue
        for match in pattern.finditer(ctx.text):
            yield _error(
                "sex.mismatch",
                "sex",
                f"Summary says {match.group(0)!r}; the record says {expected} (sex).",
                match.span(),
            )


# --- status ----------------------------------------------------------------------

STUDY = r"(?:study|trial|it)"
STATUS_PATTERNS: list[tuple[Status, re.Pattern[str]]] = [
    (Status.NOT_YET_RECRUITING, re.compile(
        r"\bnot yet (?:recruiting|open|looking|enrolling|started)\b", re.I)),
    (Status.ACTIVE_NOT_RECRUITING, re.compile(
        r"\bactive,? (?:but )?not recruiting\b|\bno longer (?:recruiting|looking for|enrolling)"
        r"|\bnot (?:recruiting|enrolling|looking for new)\b|\bstill (?:going on|running|under way)"
        r", but\b", re.I)),
    (Status.ENROLLING_BY_INVITATION, re.compile(r"\bby invitation\b|\binvitation only\b", re.I)),
    (Status.RECRUITING, re.compile(
        r"\b(?:is|are|now|currently) recruiting\b|\bstatus: recruiting\b|"
        r"\b(?:is|are) (?:now |currently )?(?:looking for|enrolling|open to new)", re.I)),
    (Status.COMPLETED, re.compile(
        rf"\b{STUDY} (?:has|was|is) (?:been )?(?:completed|finished|over)\b|\bstatus: completed\b",
        re.I)),
    (Status.TERMINATED, re.compile(
        rf"\b{STUDY} (?:was|has been) (?:terminated|stopped early|ended early)\b|"
        r"\bstatus: terminated\b", re.I)),
    (Status.WITHDRAWN, re.compile(
        rf"\b{STUDY} (?:was|has been) withdrawn\b|\bstatus: withdrawn\b|"
        r"\bstopped before (?:it enrolled|enrolling) anyone\b", re.I)),
    (Status.SUSPENDED, re.compile(
        rf"\b{STUDY} (?:is|was|has been) (?:suspended|paused|on hold)\b|\bstatus: suspended\b",
        re.I)),
]  # fmt: skip


@check
def status_matches(ctx: Context) -> Iterator[Finding]:
    status = ctx.trial.overall_status
    if status is None:
        return
    taken: list[tuple[int, int]] = []
    for claimed, pattern in STATUS_PATTERNS:
        for match in pattern.finditer(ctx.text):
            span = match.span()
            # "not recruiting" must not also count as "recruiting".
            if any(a <= span[0] < b or span[0] <= a < span[1] for a, b in taken):
                continue
            taken.append(span)
            if claimed != status:
                yield _error(
                    "status.mismatch",
                    "overall_status",
                    f"Summary says {match.group(0)!r} ({claimed.value}); the record says "
                    f"{status.value} (overall_status).",
                    span,
                )


# --- phase ---------------------------------------------------------------------

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "one": 1, "two": 2, "three": 3, "four": 4}
PHASE_RE = re.compile(
    r"\b(?P<early>early )?phase\s*(?P<a>[1-4]|iv|iii|ii|i|one|two|three|four)\b"
    r"(?:\s*(?:/|and|or|-|to)\s*(?:phase\s*)?(?P<b>[1-4]|iv|iii|ii|i)\b)?",
    re.IGNORECASE,
)


def _phase_value(token: str) -> int:
    return int(token) if token.isdigit() else ROMAN[token.lower()]


@check
def phase_matches(ctx: Context) -> Iterator[Finding]:
    record = {phase_number(p) for p in ctx.trial.phases} - {0}
    shown = ", ".join(p.value for p in ctx.trial.phases) or "no phase"
    for match in PHASE_RE.finditer(ctx.text):
        claimed = {_phase_value(match.group("a"))}
        if match.group("b"):
            claimed.add(_phase_value(match.group("b")))
        early = bool(match.group("early"))
        if not claimed <= record or (early and Phase.EARLY_PHASE1 not in ctx.trial.phases):
            yield _error(
                "phase.mismatch",
                "phases",
                f"Summary says {match.group(0)!r}; the record says {shown} (phases).",
                match.span(),
            )


# --- study type ----------------------------------------------------------------

OBSERVATIONAL_RE = re.compile(r"(?<!not an )(?<!not )\bobservational\b", re.I)
INTERVENTIONAL_RE = re.compile(r"(?<!not an )(?<!not )\binterventional\b", re.I)
TESTS_TREATMENT_RE = re.compile(
    r"\b(?:tests?|testing|trying|compares?|comparing)\s+(?:a |an |the |whether |if )?(?:new )?"
    r"(?:drug|medicine|medication|treatment|therapy|vaccine)\b",
    re.IGNORECASE,
)


@check
def study_type_matches(ctx: Context) -> Iterator[Finding]:
    kind = ctx.trial.study_type
    if kind is None:
        return
    wrong: list[re.Pattern[str]] = []
    if kind == StudyType.INTERVENTIONAL:
        wrong = [OBSERVATIONAL_RE]
    elif kind == StudyType.OBSERVATIONAL:
        wrong = [INTERVENTIONAL_RE, TESTS_TREATMENT_RE]
    for pattern in wrong:
        for match in pattern.finditer(ctx.text):
            yield _error(
                "study_type.mismatch",
                "study_type",
                f"Summary says {match.group(0)!r}; the record says {kind.value} (study_type).",
                match.span(),
            )


# --- dates ----------------------------------------------------------------------

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]  # fmt: skip
MONTH_DATE_RE = re.compile(
    r"\b(?P<month>" + "|".join(MONTHS) + r")\s+(?:(?P<day>\d{1,2}),?\s+)?(?P<year>\d{4})\b",
    re.IGNORECASE,
)
ISO_DATE_RE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?\b")
DATE_FIELDS = ("start_date", "primary_completion_date", "completion_date", "last_update_date")


@check
def dates_match(ctx: Context) -> Iterator[Finding]:
    record = {f: getattr(ctx.trial, f) for f in DATE_FIELDS if getattr(ctx.trial, f)}
    for match in list(MONTH_DATE_RE.finditer(ctx.text)) + list(ISO_DATE_RE.finditer(ctx.text)):
        month_token = match.group("month")
        month = int(month_token) if month_token.isdigit() else MONTHS.index(month_token.lower()) + 1
        said = f"{match.group('year')}-{month:02d}"
        if match.group("day"):
            said += f"-{int(match.group('day')):02d}"
        if any(d == said or (len(said) == 7 and d.startswith(said)) for d in record.values()):
            continue
        listed = ", ".join(f"{k} {v}" for k, v in record.items()) or "no dates"
        yield _error(
            "date.mismatch",
            "start_date",
            f"Summary says {match.group(0)!r}; the record has {listed}.",
            match.span(),
        )


# --- identifiers and sponsor ----------------------------------------------------------


@check
def nct_id_matches(ctx: Context) -> Iterator[Finding]:
    for match in NCT_RE.finditer(ctx.text):
        if match.group(0).upper() != ctx.trial.nct_id:
            yield _error(
                "nct_id.mismatch",
                "nct_id",
                f"Summary says {match.group(0)}; the record is {ctx.trial.nct_id} (nct_id).",
                match.span(),
            )


SPONSOR_RE = re.compile(
    r"(?:\bsponsor(?:ed)?(?: by)?:?|\b(?:run|paid for|funded|led) by)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][^.\n;()]{1,80})"
)
NAME_TOKEN_RE = re.compile(r"[A-Za-z0-9]+")
STOP_TOKENS = {
    "the",
    "of",
    "and",
    "inc",
    "ltd",
    "llc",
    "co",
    "corporation",
    "company",
    "for",
    "in",
    "at",
}


def _name_tokens(name: str) -> set[str]:
    return {t.lower() for t in NAME_TOKEN_RE.findall(name)} - STOP_TOKENS


@check
def sponsor_matches(ctx: Context) -> Iterator[Finding]:
    known = [ctx.trial.lead_sponsor or "", *ctx.trial.collaborators]
    known_tokens = set().union(*(_name_tokens(k) for k in known))
    for match in SPONSOR_RE.finditer(ctx.text):
        said = _name_tokens(match.group("name"))
        if said and not said & known_tokens:
            yield _error(
                "sponsor.mismatch",
                "lead_sponsor",
                f"Summary says the sponsor is {match.group('name').strip()!r}; the record says "
                f"{ctx.trial.lead_sponsor or 'no sponsor'} (lead_sponsor).",
                match.span("name"),
            )


# --- interventions ---------------------------------------------------------------

DRUG_SUFFIX_RE = re.compile(
    r"\b[A-Za-z]{3,}(?:mab|nib|tinib|ciclib|parib|zumab|ximab|cillin|mycin|cycline|pril|sartan|"
    r"olol|statin|vir|prazole|oxacin|floxacin|azole|afil|parin|xaban|gatran|dronate|tide|"
    r"lukast|setron|triptan|pam|lam|caine|profen|coxib|tidine|semide|thiazide|dipine|"
    r"platin|rubicin|taxel|fosfamide|trexate|sone|olone|asone|gliflozin|gliptin|glutide)\b",
    re.IGNORECASE,
)
COMPARISON_PLACEBO_RE = re.compile(r"\bplacebo\b|\bdummy (?:pill|treatment)\b|\bsugar pill\b", re.I)


def record_text(trial: Trial) -> str:
    parts = [
        trial.brief_title, trial.official_title or "", trial.brief_summary or "",
        trial.detailed_description or "", " ".join(trial.inclusion_criteria),
        " ".join(trial.exclusion_criteria), " ".join(trial.conditions), " ".join(trial.keywords),
    ]  # fmt: skip
    for item in trial.interventions:
        parts += [item.name, item.description or "", *item.other_names]
    for arm in trial.arms:
        parts += [arm.label, arm.description or ""]
    for outcome in trial.primary_outcomes + trial.secondary_outcomes:
        parts.append(outcome.measure)
    return " ".join(parts).lower()


@check
def interventions_exist(ctx: Context) -> Iterator[Finding]:
    source = record_text(ctx.trial)
    names = ", ".join(i.name for i in ctx.trial.interventions) or "none"
    for match in DRUG_SUFFIX_RE.finditer(ctx.text):
        if match.group(0).lower() not in source:
            yield _error(
                "intervention.unknown",
                "interventions",
                f"Summary names {match.group(0)!r}; the record's interventions are {names}.",
                match.span(),
            )
    if not ctx.trial.has_placebo and "placebo" not in source:
        for match in COMPARISON_PLACEBO_RE.finditer(ctx.text):
            yield _error(
                "intervention.placebo",
                "arms",
                f"Summary mentions {match.group(0)!r}; the record has no placebo arm "
                f"(interventions: {names}).",
                match.span(),
            )


# --- claims and advice -------------------------------------------------------------

CLAIM_RE = re.compile(
    r"\b(?:proven|clinically proven|guaranteed|miracle|breakthrough|cures?|cured)\b"
    r"|\b(?:is|are|was|were|be|been|being)\s+(?:very |highly |completely |totally )?"
    r"(?:safe|effective|harmless|risk-free|side-effect free)\b"
    r"|\bworks?\s+(?:well|better|best)\b"
    r"|\bwill\s+(?:relieve|reduce|improve|cure|heal|fix|stop|help)\b",
    re.IGNORECASE,
)
ADVICE_RE = re.compile(
    r"\byou should\b|\byou must\b|\bstop taking\b|\bstart taking\b|\bdo not take\b|"
    r"\bask your doctor (?:for|to prescribe)\b|\bsign up (?:now|today)\b|\bjoin (?:now|today)\b|"
    r"\bdon'?t miss\b|\bwe recommend\b|\bswitch to\b",
    re.IGNORECASE,
)


@check
def no_claims_or_advice(ctx: Context) -> Iterator[Finding]:
    for match in CLAIM_RE.finditer(ctx.text):
        yield _error(
            "claim.efficacy",
            None,
            f"Summary claims {match.group(0)!r}; a trial summary must not say a treatment "
            "works or is safe.",
            match.span(),
        )
    for match in ADVICE_RE.finditer(ctx.text):
        yield _error(
            "claim.advice",
            None,
            f"Summary gives medical advice ({match.group(0)!r}).",
            match.span(),
        )


# --- readability ---------------------------------------------------------------------

MAX_GRADE = 8.0


@check
def readable(ctx: Context) -> Iterator[Finding]:
    r = ctx.readability
    if r is None:
        return
    if r.grade > MAX_GRADE:
        yield _warning(
            "readability.grade",
            None,
            f"Reads at US grade {r.grade:g} (Flesch-Kincaid); the target is 6 to 8.",
            None,
        )
    for span in r.long_sentences:
        yield _warning(
            "readability.long_sentence",
            None,
            f"A sentence of over 25 words ({len(ctx.text[span[0] : span[1]].split())} words).",
            span,
        )
