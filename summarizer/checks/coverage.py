"""Coverage: the lay-summary elements of EU CTR 536/2014 Annex V the summary leaves out.

Only elements the record has data for are asked for, and an omission is a
warning, not an error: a short summary may leave things out on purpose, but an
editor should see what is missing. Annex V items covered here: identifiers,
sponsor, where and when, why (the condition), the population (number, ages,
sex, main criteria), the interventions, and for a trial with posted results,
the overall results and the side effects.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..readability import _cmu_syllables
from ..records import Sex, StudyType
from .core import Context, Finding, Rule, check, warning
from .facts import CONTENT_STOP, WORD_RE, name_tokens
from .numbers import _close, fmt
from .registry import CONDITION_STOP

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    # (" us " is read in capitals only: see _US_RE)
    "united states": ("united states", "u.s.", "usa", "america", " us "),
    "united kingdom": ("united kingdom", "u.k.", " uk ", "britain", "england", "scotland",
                       "wales", "northern ireland"),
    "korea, republic of": ("korea",),
    "russian federation": ("russia",),
    "iran, islamic republic of": ("iran",),
    "taiwan": ("taiwan",),
    "netherlands": ("netherlands", "holland", "dutch"),
}  # fmt: skip
SITE_WORDS = frozenset(
    [
        "site",
        "sites",
        "location",
        "locations",
        "hospital",
        "hospitals",
        "clinic",
        "clinics",
        "center",
        "centers",
        "centre",
        "centres",
        "countries",
        "country",
        "place",
        "places",
    ]
)
SEX_WORDS = frozenset(
    [
        "men",
        "women",
        "male",
        "males",
        "female",
        "females",
        "boys",
        "girls",
        "gender",
        "sex",
        "sexes",
    ]
)
AGE_WORDS = frozenset(
    [
        "adult",
        "adults",
        "children",
        "kids",
        "teen",
        "teens",
        "teenagers",
        "infants",
        "babies",
        "age",
        "aged",
        "ages",
        "older",
        "younger",
        "elderly",
        "old",
    ]
)
CRITERIA_RULE = Rule(
    r"\b(?:can (?:join|take part) if|to (?:join|take part)|must|need to|needed to join|cannot "
    r"(?:join|take part)|can't (?:join|take part)|eligib\w*|requirements?|criteria|who can "
    r"(?:join|take part)|reasons? (?:a person|someone|you) cannot|not able to join|are needed"
    r"|have to)\b",
    "join part must need needed cannot can't eligible eligibility requirement requirements "
    "criteria reasons reason able have",
)
RESULTS_WORDS = frozenset(["result", "results", "finding", "findings", "found", "showed"])
SIDE_EFFECT_WORDS = frozenset(
    [
        "side-effect",
        "side-effects",
        "adverse",
        "harm",
        "harms",
        "safety",
        "reaction",
        "reactions",
        "unwanted",
    ]
)
INTERVENTION_STOP = {
    "drug", "drugs", "device", "procedure", "other", "behavioral", "biological", "group",
    "arm", "the", "and", "with", "for", "treatment", "therapy", "standard", "care", "usual",
    "placebo", "control", "dose", "doses", "oral", "tablet", "tablets", "injection", "study",
    "plus", "only", "test", "tests", "program", "intervention", "mg", "high", "low",
}  # fmt: skip


def _proper_tokens(tokens: set[str]) -> set[str]:
    """The tokens of the sponsors' and collaborators' names that name them: "niams",
    "astrazeneca", not the everyday words of a long name ("Office on Women's Health" gives
    "on" and "women", which any summary has)."""
    english = _cmu_syllables()
    return {t for t in tokens if len(t) >= 3 and t not in CONTENT_STOP and t not in english}


# A markdown heading, or a line in capitals that is not a "LABEL: value" fact line.
_MARKDOWN_HEADING_RE = re.compile(r"\s*#{1,6}\s")
_LABEL_VALUE_RE = re.compile(r":\s*\S")


def _is_heading(line: str) -> bool:
    if _MARKDOWN_HEADING_RE.match(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 1 and line.upper() == line and not _LABEL_VALUE_RE.search(line)


def _body_lower(ctx: Context) -> str:
    """The summary's lower-cased text with its heading lines blanked: a heading names the
    section to come ("SPONSOR AND SITES"), it does not state the element, so the section's
    body must. A summary all in capitals keeps its text, as it has no body besides."""
    lines = ctx.norm.split("\n")
    heads = [_is_heading(line) for line in lines]
    if not any(heads) or all(h for h, line in zip(heads, lines, strict=True) if line.strip()):
        return ctx.lower
    lower = ctx.lower.split("\n")
    return "\n".join(" " * len(low) if h else low for low, h in zip(lower, heads, strict=True))


def _without_run_in_heads(ctx: Context, lower: str) -> str:
    """``lower`` with each line's head in capitals at its start blanked."""
    cased = ctx.norm.split("\n")
    lines = lower.split("\n")
    if len(cased) != len(lines):
        return lower
    for i, line in enumerate(cased):
        head = _RUN_IN_HEAD_RE.match(line)
        if head is not None and len(line) == len(lines[i]):
            lines[i] = " " * head.end() + lines[i][head.end() :]
    return "\n".join(lines)


# Why a run-in head is no site: a card may put its section's name in capitals at the start of the
# line, set off by a dash ("SPONSOR · SITES — Operated by X"); it names the section, as a
# heading line does, and says no more of where the study is than a heading would.
# (the text's dashes are read as hyphens by then, spaced: "SPONSOR · SITES - ")
_RUN_IN_HEAD_RE = re.compile(r"[ \t]*[A-Z][A-Z &·|/+,]{1,40}?[ \t]+[—–-][ \t]+")


_TAKE_PLACE_RE = re.compile(r"\b(?:take|takes|took|taken|taking)\s+place\b")
# The writer's frame: a letterhead or a footer that names the writer's place and what the
# text is ("St Brendan's Hospital · Volunteer Services", "Ashgrove Health Centre · poster
# reviewed by the practice manager"). Its "Hospital" or "Centre" is where the text comes
# from, not where the study takes place.
_FRAME_LINE_RE = re.compile(
    r"[ \t#*]*[A-Z][\w'’&. -]{2,60}[ \t]*[·|•][ \t]*[^.!?:\n]{2,80}[ \t*]*$"
)
_FRAME_LINES = 3  # how many lines at the top, and at the bottom, a frame may take
# The writer's place as the one that passes the text on: "The health centre shares this from
# the public listing", "the hospital displays this notice" is where the text comes from.
_WRITER_PLACE_RE = re.compile(
    r"\bthe (?:[\w-]+ )?(?:centre|center|hospital|clinic|practice|surgery)(?: [\w-]+)?"
    r" (?:(?:is )?(?:shares|sharing|posts|posting|displays|displaying|publishes|publishing"
    r"|reproduces|reproducing|passes on|passing on|puts up|putting up|prints|printing)"
    r" (?:this|these|the (?:notice|poster|leaflet|text|details|summary|information)))\b"
)


def _without_frame(ctx: Context, lower: str) -> str:
    """``lower`` with the frame's lines (``_FRAME_LINE_RE``) at its top and bottom blanked."""
    cased = ctx.norm.split("\n")
    lines = lower.split("\n")
    if len(cased) != len(lines):
        return lower
    ends = [*range(min(_FRAME_LINES, len(lines))), *range(max(0, len(lines) - 2), len(lines))]
    for i in set(ends):
        if _FRAME_LINE_RE.fullmatch(cased[i]):
            lines[i] = " " * len(lines[i])
    return "\n".join(lines)


def _words_besides_sponsors(ctx: Context, lower: str, words: set[str]) -> set[str]:
    """The summary's words outside its sponsors' names: "Sourasky Medical Center" says who
    runs the study, not that it has a centre somewhere."""
    if SITE_WORDS.isdisjoint(words):
        return words
    # "enrolment took place in 1981" says when, not where.
    lower = _WRITER_PLACE_RE.sub(
        # (heads first: blanking a name changes the line's length)
        " ",
        _without_frame(ctx, _without_names(ctx, _without_run_in_heads(ctx, lower))),
    )
    return set(WORD_RE.findall(_TAKE_PLACE_RE.sub(" ", lower)))


def _without_names(ctx: Context, lower: str) -> str:
    """``lower`` with the sponsors' names and the study's titles blanked."""
    trial = ctx.trial
    for name in (*ctx.facts.sponsor_names, trial.brief_title, trial.official_title):
        if name:
            lower = lower.replace(name.lower(), " ")
    return lower


# The country in capitals: lower-cased, "US" is the pronoun a newsletter or a letter
# speaks of itself with ("a member asked us to share this").
_US_RE = re.compile(r"(?<![\w.])US(?!\w|\.\w)")


def _named_us(ctx: Context) -> bool:
    cased = ctx.norm
    trial = ctx.trial
    for name in (*ctx.facts.sponsor_names, trial.brief_title, trial.official_title):
        if name:
            cased = re.sub(re.escape(name), " ", cased, flags=re.IGNORECASE)
    return _US_RE.search(cased) is not None


def _missing(code: str, field: str, what: str, has: str) -> Finding:
    return warning(
        f"coverage.{code}",
        field,
        f"Summary does not mention {what}; the record has {has} ({field}).",
        None,
    )


@check
def covers_annex_v(ctx: Context) -> Iterator[Finding]:
    trial = ctx.trial
    lower = ctx.lower
    words = ctx.words
    values = [q.value for q in ctx.mentions]
    # The everyday words that state an element ("sites", "ages", "results") count only in
    # the body; a name (the sponsor's, the condition's) says it even in a heading.
    body = _body_lower(ctx)
    body_words = words if body is lower else set(WORD_RE.findall(body))
    if trial.nct_id not in ctx.norm.upper().replace("NCT ", "NCT"):
        yield _missing("identifier", "nct_id", "the study ID", trial.nct_id)
    if trial.lead_sponsor:
        tokens = name_tokens(trial.lead_sponsor) | _proper_tokens(ctx.facts.sponsor_tokens)
        if not (tokens & words) and trial.lead_sponsor.lower() not in lower:
            yield _missing("sponsor", "lead_sponsor", "the sponsor", trial.lead_sponsor)
    if trial.countries:
        # "Teijin America" or a title's "US Military Personnel" is a name, not a place.
        padded = f" {_without_names(ctx, lower)} "
        named = any(
            alias in padded and (alias != " us " or _named_us(ctx))
            for country in trial.countries
            for alias in COUNTRY_ALIASES.get(country.lower(), (country.lower(),))
        )
        if not named and SITE_WORDS.isdisjoint(_words_besides_sponsors(ctx, body, body_words)):
            yield _missing("where", "countries", "where the study takes place",
                           ", ".join(trial.countries[:3]))  # fmt: skip
    years = {d[:4] for d in (trial.start_date, trial.completion_date,
                             trial.primary_completion_date) if d}  # fmt: skip
    if years and not any(y in lower for y in years):
        yield _missing("when", "start_date", "when the study runs",
                       f"{trial.start_date or '?'} to {trial.completion_date or '?'}")  # fmt: skip
    if trial.conditions:
        condition_words = {
            w
            for c in trial.conditions
            for w in WORD_RE.findall(c.lower())
            if w not in CONDITION_STOP and len(w) > 2
        }
        if (
            condition_words
            and not (condition_words & words)
            and not any(c.lower() in lower for c in trial.conditions)
        ):
            yield _missing("why", "conditions", "the condition studied",
                           ", ".join(trial.conditions[:3]))  # fmt: skip
    if trial.enrollment and not _close(float(trial.enrollment), values, 0.15):
        yield _missing("population", "enrollment", "how many people take part",
                       str(trial.enrollment))  # fmt: skip
    ages = [a for a in (trial.minimum_age_years, trial.maximum_age_years) if a is not None]
    if ages and AGE_WORDS.isdisjoint(body_words) and not any(v in values for v in ages):
        shown = " to ".join(fmt(a) for a in ages)
        yield _missing("ages", "minimum_age_years", "the ages that can take part", shown)
    if trial.sex and SEX_WORDS.isdisjoint(body_words):
        shown = {Sex.ALL: "all sexes", Sex.FEMALE: "female", Sex.MALE: "male"}[trial.sex]
        yield _missing("sex", "sex", "who can take part by sex", shown)
    if (trial.inclusion_criteria or trial.exclusion_criteria) and not (
        CRITERIA_RULE.active(ctx) and CRITERIA_RULE.regex.search(body)
    ):
        yield _missing("criteria", "inclusion_criteria", "the main criteria to join",
                       f"{len(trial.inclusion_criteria)} inclusion and "
                       f"{len(trial.exclusion_criteria)} exclusion criteria")  # fmt: skip
    if trial.interventions and trial.study_type != StudyType.OBSERVATIONAL:
        tokens = {
            w
            for i in trial.interventions
            for w in WORD_RE.findall(i.name.lower())
            if w not in INTERVENTION_STOP and len(w) > 2
        }
        if tokens and not (tokens & words):
            yield _missing("interventions", "interventions", "the treatments studied",
                           ", ".join(i.name for i in trial.interventions[:4]))  # fmt: skip
    if trial.has_results:
        if RESULTS_WORDS.isdisjoint(body_words):
            yield _missing("results", "has_results", "the overall results", "posted results")
        if SIDE_EFFECT_WORDS.isdisjoint(body_words) and "side effect" not in body:
            yield _missing("adverse_reactions", "has_results", "the side effects",
                           "posted results, with adverse events")  # fmt: skip
