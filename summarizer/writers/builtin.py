"""The builtin writer: a deterministic plain-language summary from the record's fields.

It is the default backend when no LLM endpoint is configured, and an honest
one (``model = "builtin"``): every sentence comes from a structured field or
from the record's own words, explained with the glossary. Record text it
quotes (criteria, outcomes) is kept only when the checks find nothing wrong
with it on its own, because registry free text sometimes disagrees with the
registry's structured fields, and a quoted contradiction is still a
contradiction to a patient.
"""

from __future__ import annotations

import re

from ..checks import run_checks
from ..glossary import (
    INTERVENTION_KIND_PLAIN,
    MASKING_PLAIN,
    PHASE_PLAIN,
    PURPOSE_PLAIN,
    STATUS_PLAIN,
    STUDY_TYPE_PLAIN,
    explain,
)
from ..prompts import RenderedPrompt
from ..records import DateType, Sex, StudyType, Trial
from ..summary import DISCLAIMER, PlainSummary
from .base import Draft, Usage

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
MAX_POINTS = 3
MAX_POINT_WORDS = 30
# Each candidate costs a full check run (~ms); a record can list thousands of criteria.
MAX_POINT_CANDIDATES = 12
INTERVENTION_PREFIX_RE = re.compile(r"^[A-Z][A-Za-z ]+:\s+")


class BuiltinWriter:
    """Deterministic, offline writer. Same record in, same summary out."""

    backend = "builtin"
    model = "builtin"

    def write(self, trial: Trial, prompt: RenderedPrompt) -> Draft:
        # The prompt is not sent anywhere; it is accepted so that provenance
        # (prompt version and hash) is recorded the same way for every backend.
        del prompt
        summary = compose(trial)
        return Draft(summary=summary, backend=self.backend, model=self.model, usage=Usage())

    def close(self) -> None:
        """Nothing to release."""


def compose(trial: Trial) -> PlainSummary:
    explained: set[str] = set()  # jargon explained once, where it first appears
    return PlainSummary(
        title=_title(trial),
        about=" ".join(_about(trial, explained)),
        who_can_join="\n".join(_who(trial, explained)),
        what_happens="\n".join(_what_happens(trial)),
        key_facts=_key_facts(trial),
        disclaimer=DISCLAIMER,
    )


def _fits(trial: Trial, text: str) -> bool:
    return not run_checks(trial, text).flagged


def format_date(value: str | None) -> str | None:
    """'2021-01-04' → 'January 4, 2021'; '2021-01' → 'January 2021'; '2021' → '2021'."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTH_NAMES[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{month} {int(parts[2])}, {parts[0]}"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _clip_words(text: str, limit: int) -> str:
    words = text.split()
    return text if len(words) <= limit else " ".join(words[:limit]) + " …"


def _title(trial: Trial) -> str:
    title = re.split(r":\s| - | — ", trial.brief_title, maxsplit=1)[0].strip()
    if len(title.split()) > 14 or not _fits(trial, title):
        condition = trial.conditions[0] if trial.conditions else "this condition"
        title = f"A study about {condition}"
    return title


def _intervention_names(trial: Trial) -> list[str]:
    return [i.name for i in trial.interventions]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def condition_phrase(condition: str) -> str:
    """Index terms read backwards: 'Low Back Pain, Recurrent' → 'Recurrent Low Back Pain'."""
    head, sep, tail = condition.rpartition(", ")
    if sep and head and len(tail.split()) == 1:
        return f"{tail} {head}"
    return condition


def _about(trial: Trial, explained: set[str] | None = None) -> list[str]:
    explained = set() if explained is None else explained
    conditions = [condition_phrase(c) for c in trial.conditions[:3]]
    topic = _join(conditions) if conditions else "this condition"
    names = _intervention_names(trial)
    observational = trial.study_type == StudyType.OBSERVATIONAL
    sentences = (
        [f"This study is about {topic}."]
        if conditions
        else [f"This study is called: {_sentence(trial.brief_title)}"]
    )
    if observational:
        sentences.append(
            f"Researchers want to learn more about {topic} by watching and collecting "
            "health information."
        )
    elif trial.primary_purpose in PURPOSE_PLAIN:
        sentences.append(f"Researchers want {PURPOSE_PLAIN[trial.primary_purpose]} {topic}.")
    elif names:
        sentences.append(
            f"Researchers want to learn more about {_join(names[:4])} for people with {topic}."
        )
        names = []  # named just now
    if names and not observational:
        if len(trial.interventions) == 1:
            kind = INTERVENTION_KIND_PLAIN.get(trial.interventions[0].type, "a treatment")
            sentences.append(f"The study looks at {names[0]}, {kind}.")
        else:
            sentences.append(f"The study looks at {_join(names[:4])}.")
    if trial.primary_outcomes:
        measure = _clip_words(trial.primary_outcomes[0].measure, 14)
        candidate = f"The main thing the researchers will measure is: {_sentence(measure)}"
        if _fits(trial, candidate):
            sentences.append(explain(candidate, explained))
    return sentences


def _age(text: str | None, years: float | None) -> str | None:
    """'18 Years' → '18'; '6 Months' → '6 months'; None → None."""
    if years is None or not text:
        return None
    number, _, unit = text.partition(" ")
    unit = unit.lower()
    if unit.startswith("year"):
        return number
    return f"{number} {unit}"


def _age_sentence(trial: Trial) -> str:
    lo = _age(trial.minimum_age, trial.minimum_age_years)
    hi = _age(trial.maximum_age, trial.maximum_age_years)
    children = trial.minimum_age_years is not None and trial.minimum_age_years < 18
    who = "Children and adults" if children and hi is None else "People"
    # Bare numbers are years; other units are spelled out ("6 months").
    hi_old = f"{hi} years old" if hi and hi.isdigit() else f"{hi} old"
    if lo and hi:
        if lo.isdigit() and hi.isdigit():
            return f"{who} aged {lo} to {hi} can take part."
        return f"{who} from {lo} old up to {hi_old} can take part."
    if lo:
        return f"{who} aged {lo} or older can take part. There is no upper age limit."
    if hi:
        return f"People up to {hi_old} can take part."
    return "The record gives no age limits."


SEX_PLAIN = {
    Sex.ALL: "People of any sex can take part.",
    Sex.FEMALE: "Only women can take part.",
    Sex.MALE: "Only men can take part.",
}


def _points(trial: Trial, criteria: list[str], explained: set[str]) -> list[str]:
    chosen = []
    for item in criteria[:MAX_POINT_CANDIDATES]:
        text = _clip_words(item, MAX_POINT_WORDS)
        if len(text) < 4 or not _fits(trial, text):
            continue
        chosen.append(f"- {_sentence(explain(text[0].upper() + text[1:], explained))}")
        if len(chosen) == MAX_POINTS:
            break
    return chosen


def _who(trial: Trial, explained: set[str] | None = None) -> list[str]:
    explained = set() if explained is None else explained
    lines = [_age_sentence(trial)]
    if trial.sex:
        lines[0] += " " + SEX_PLAIN[trial.sex]
    if trial.healthy_volunteers is True:
        lines[0] += " Healthy volunteers can also join."
    elif trial.healthy_volunteers is False:
        lines[0] += " Healthy volunteers cannot join."
    inclusion = _points(trial, trial.inclusion_criteria, explained)
    if inclusion:
        lines += ["", "Some of the main things needed to join:", *inclusion]
    exclusion = _points(trial, trial.exclusion_criteria, explained)
    if exclusion:
        lines += ["", "Some reasons a person cannot join:", *exclusion]
    return lines


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _strip_type(name: str) -> str:
    return INTERVENTION_PREFIX_RE.sub("", name)


def _what_happens(trial: Trial) -> list[str]:
    if trial.study_type == StudyType.OBSERVATIONAL:
        lines = [
            "This study does not give any treatment. Researchers collect health "
            "information from the people who take part."
        ]
        groups = [a.label for a in trial.arms]
        if groups:
            lines.append(f"The study follows {_count(len(groups), 'group')}:")
            lines += [f"- {label}" for label in groups[:6]]
        return lines
    lines = []
    if trial.arms:
        lines.append(f"The study has {_count(len(trial.arms), 'group')}.")
        if trial.allocation == "RANDOMIZED":
            lines[-1] += " People are put into a group by chance (this is called randomization)."
        if trial.masking in MASKING_PLAIN:
            lines[-1] += " " + MASKING_PLAIN[trial.masking]
        for arm in trial.arms[:6]:
            given = [_strip_type(n) for n in arm.interventions]
            what = _join(given) if given else "no study treatment"
            lines.append(f"- {arm.label}: {what}.")
        if len(trial.arms) > 6:
            lines.append(f"- And {_count(len(trial.arms) - 6, 'more group')}.")
    elif trial.interventions:
        lines.append(f"People in this study get: {_join(_intervention_names(trial)[:6])}.")
    else:
        lines.append("The record does not describe the study groups.")
    if any("placebo" in i.name.lower() for i in trial.interventions):
        lines.append("A placebo is a look-alike with no medicine in it.")
    return lines


def _enrollment_fact(trial: Trial) -> str | None:
    if trial.enrollment is None:
        return None
    if trial.enrollment_type == DateType.ACTUAL:
        return f"Number of people: {trial.enrollment} people took part."
    if trial.enrollment_type == DateType.ESTIMATED:
        return f"Number of people: the study plans to enroll {trial.enrollment} people."
    return f"Number of people: {trial.enrollment}."


def _key_facts(trial: Trial) -> list[str]:
    facts = [f"Study ID: {trial.nct_id}."]
    if trial.overall_status:
        facts.append(f"Status: {STATUS_PLAIN[trial.overall_status]}")
    if trial.study_type:
        facts.append(f"Study type: {STUDY_TYPE_PLAIN[trial.study_type]}")
    if trial.phases and trial.study_type != StudyType.OBSERVATIONAL:
        facts.append("Phase: " + ". ".join(PHASE_PLAIN[p] for p in trial.phases) + ".")
    enrollment = _enrollment_fact(trial)
    if enrollment:
        facts.append(enrollment)
    if trial.lead_sponsor:
        facts.append(f"Sponsor: {trial.lead_sponsor}.")
    start = format_date(trial.start_date)
    if start:
        facts.append(f"Start date: {start}.")
    end_value = trial.completion_date or trial.primary_completion_date
    end_type = (
        trial.completion_date_type
        if trial.completion_date
        else (trial.primary_completion_date_type)
    )
    end = format_date(end_value)
    if end:
        label = "Expected end date" if end_type == DateType.ESTIMATED else "End date"
        facts.append(f"{label}: {end}.")
    if trial.location_count:
        where = f", in {_join(trial.countries[:5])}" if trial.countries else ""
        more = " and other countries" if len(trial.countries) > 5 else ""
        facts.append(f"Study sites: {trial.location_count}{where}{more}.")
    if trial.has_results:
        facts.append(
            "Results: the study has posted results on ClinicalTrials.gov, with the side "
            "effects (adverse events) that people reported."
        )
    return facts
