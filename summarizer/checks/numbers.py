"""Every number in a summary must trace to the record.

A bare number ("62", "sixty-two") traces when the record states it anywhere, or
implies it (the number of arms, sites or countries, a date's parts). A number
with a unit ("12 weeks", "18 sessions", "50 mg", "40%") traces only when the
record states that amount of that unit, so a wrong duration cannot hide behind
an unrelated "12" elsewhere in the record. Times may change unit ("24 weeks"
→ "6 months") within 10%. "about 60" for 62 is the honest plain-language form
and passes; "60" alone does not. A hedged number must also be a rounding of the record's:
"about 60" may stand for 62, "some 32" not for 30, "around 15 months" not for a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from .core import NCT_RE, Context, Finding, Rule, check, error
from .facts import RecordFacts
from .fragments import fragment_at
from .parsing import (
    ANSWERED_NO_RE,
    BARRED_AFTER_RE,
    TIME_UNITS,
    Quantity,
    compile_skipping,
    quantities,
)

# "one of the groups", "two of them": small counting words need a unit to be a claim.
FREE_WORD_LIMIT = 3
# Units whose pairing in registry text is too loose to insist on ("3 times daily").
LOOSE_UNITS = {"times", "tablet", "injection", "dose", "iu"}
TIME_TOLERANCE = 0.1
DATES_TOLERANCE = 0.05  # "the study lasts 2 years" against its start and end dates
APPROX_TOLERANCE = 0.1


def number_mentions(text: str) -> Iterator[Quantity]:
    """Numbers in the summary, as digits or words, with their units, outside NCT ids."""
    return quantities(NCT_RE.sub(lambda m: " " * len(m.group(0)), text))


def _close(value: float, candidates: Iterable[float], tolerance: float = APPROX_TOLERANCE) -> bool:
    return any(c and abs(value - c) <= tolerance * abs(c) for c in candidates)


def roundness(value: float) -> float:
    """The step ``value`` looks rounded to: 60 → 10, 250 → 50, 1,000 → 1,000, 32 → 1,
    2.5 → 0.5. Only ones and fives: a writer rounds 62 to 60, not to a multiple of 2."""
    step = 0.0
    for power in range(-2, 10):
        for digit in (1, 5):
            unit = digit * 10.0**power
            if unit > abs(value):
                return step
            ratio = value / unit
            if abs(ratio - round(ratio)) < 1e-9:
                step = unit
    return step


def rounds_to(said: float, value: float) -> bool:
    """Whether ``said`` is a plausible rounding of ``value``: no further from it than half
    the step ``said`` looks rounded to ("about 60" covers 55 to 65, "some 32" only 32)."""
    return abs(said - value) <= roundness(said) / 2


def approximates(
    q: Quantity, candidates: Iterable[float], tolerance: float = APPROX_TOLERANCE
) -> bool:
    """Whether the approximate ``q`` stands for one of ``candidates``: within ``tolerance``
    and, when hedged ("about", "some"), a rounding of it. A bound ("more than 60") says
    only which side the truth is on, so the tolerance alone judges it."""
    return q.approximate and any(
        c and abs(q.value - c) <= tolerance * abs(c) and (not q.hedged or rounds_to(q.value, c))
        for c in candidates
    )


def _readings(days: float, unit: str, said: str) -> tuple[float, ...]:
    """A record's time, in days, as a writer may count it in the unit ``said``: a month is
    also four weeks ("24 weeks" is "about 6 months", "3 months" is "about 12 weeks")."""
    if unit == "month" and said == "week":
        return days, days * 28 / TIME_UNITS["month"]
    if unit == "week" and said == "month":
        return days, days * TIME_UNITS["month"] / 28
    return (days,)


def _time_matches(q: Quantity, durations: Iterable[tuple[float, str]], tolerance: float) -> bool:
    """Whether the time ``q`` says one of the record's ``durations`` (days, unit) within
    ``tolerance``, and, when hedged, as a rounding of it in its own unit (a year is not
    "around 15 months", 35 days not "some 6 weeks")."""
    said = q.days or 0.0
    step = TIME_UNITS[q.unit or "day"]
    return any(
        days
        and abs(said - days) <= tolerance * days
        and (
            not q.hedged
            or any(rounds_to(q.value, r / step) for r in _readings(days, unit, q.unit or ""))
        )
        for days, unit in durations
    )


def fmt(value: float) -> str:
    return f"{value:g}"


def traced(q: Quantity, facts: RecordFacts, *, dates: bool = True) -> bool:
    """Whether the record states (or directly implies) the quantity ``q``; a time may be
    the span between the record's dates unless ``dates`` is false."""
    if q.is_word and q.value <= FREE_WORD_LIMIT and q.unit is None:
        return True
    if q.unit is None or q.unit in LOOSE_UNITS:
        return any(
            q.value in numbers or approximates(q, numbers) for numbers in facts.number_sets()
        )
    if facts.states(q.value, q.unit):
        return True
    if q.unit in TIME_UNITS:
        # Another unit may say the same time ("24 weeks" → "6 months"); the same unit with
        # another number may not.
        extra = APPROX_TOLERANCE if q.approximate else 0.0
        converted = [(d, unit) for d, unit in facts.durations if unit not in (q.unit, "dates")]
        spans = [(d, unit) for d, unit in facts.durations if unit == "dates"] if dates else []
        same = [(d, unit) for d, unit in facts.durations if unit == q.unit]
        return (
            _time_matches(q, converted, TIME_TOLERANCE + extra)
            or _time_matches(q, spans, DATES_TOLERANCE + extra)
            or (q.approximate and _time_matches(q, same, APPROX_TOLERANCE))
        )
    if q.value == 1 and q.unit not in ("percent", "mg", "g", "mcg", "ml", "kg"):
        return True  # "a single visit", "one group" on its own is not a count claim
    return approximates(q, facts.quantities.get(q.unit, ()))


_OTHER_COUNTRIES_RE = re.compile(r" (?:other|more|further) countries\b")


def _other_countries(ctx: Context, q: Quantity) -> bool:
    """Whether ``q`` is the rest of the record's countries after those its sentence names:
    "sites in Belgium, France, Germany and 5 other countries" for eight countries."""
    countries = ctx.trial.countries
    if not countries or not _OTHER_COUNTRIES_RE.match(ctx.lower, q.span[1]):
        return False
    sentence = ctx.sentence_text(q.span[0])
    named = sum(c.lower() in sentence for c in countries)
    return q.value == len(countries) - named


# One person's time in the study: "Time commitment: about 30 months", "You'd be tied up
# with it for 12 months", "The participation has a duration of 9 months". The record's dates
# give the whole study's length, which is no one person's, so such a time must be stated.
_PERSONAL_TIME_RE = compile_skipping(
    # Why stems, not phrases: a person's time is said with any form of committing, being
    # involved or being followed ("Staff who join commit roughly 30 months to it", "Each
    # participant is involved for about 30 months", "is followed for some 4 months").
    r"\b(?:time commitment|commit(?:s|ted|ting|ment)?|participation(?: length| time| period"
    r"| duration)?|tied up|(?:length of |time of )?involvement|involved|followed(?: up)?"
    # a diary's own: "I'd be taking part for 18 months", "it would take up 12 months of my life"
    r"|take up (?:about |around |roughly )?(?=[^.;:\n]{0,20} of (?:my|your|their) (?:life|time))"
    r"|(?:you|i|each person|each participant"
    r"|each volunteer|participants|volunteers)(?:'d| would| will|'ll)? (?:be in|stay in|take part"
    r"|spend|be involved|be taking part|be part)"
    # a text message's "ur in it for like 18 months"
    r"|(?:you|u)(?:'re| are|'d be| would be| will be|'ll be) in it|\bur in it"
    # Why any form of the verb: whose time it is lies in the subject and the verb of
    # staying or taking part, not in its tense or person ("Each volunteer takes part for
    # around 48 months", "Each person sticks with it for about 3 months", "Volunteers
    # remain in the study for 30 months").
    r"|(?:(?:each|every|any) (?:one|person|participant|volunteer|patient|subject|member"
    r"|child|adult|woman|man)|participants|volunteers|patients|people|you|they)"
    r"(?:'d| would| will|'ll| can| may| must)? (?:(?:takes?|taking|took) part|stays?|staying"
    r"|stayed|spends?|spending|sticks? with it|sticking with it|stuck with it|remains?"
    r"|remaining|is involved|are involved|participates?|participating)"
    # taking part as the subject: "Taking part lasts about 36 months", "Being in the study
    # means roughly 30 months"
    r"|(?:taking part|being in (?:it|the study|the trial)|participating)(?: (?:lasts|takes"
    r"|means|runs|will last|would last|is|should take))?"
    # ... or as someone's part, or what someone is to do: "Your part lasts about 24 months",
    # "Each volunteer's part in it lasts some 6 weeks", "Expect to take part for 15 months"
    r"|(?:your|their|his|her|my|one's|(?:each|every) [a-z]+'s) (?:own )?part(?: in (?:it|the "
    r"study|the trial|this))?(?: (?:lasts|will last|would last|takes|runs|is))?"
    r"|to (?:take part|participate|stay in (?:it|the study|the trial))"
    # the reader told what to expect: "Expect to be in it for about 18 months"
    r"|(?:expect|plan|be ready|be prepared) to be (?:in it|in (?:the|this) (?:study|trial)"
    r"|part of it|involved)"
    # The treatment's course is one person's time too, never the study's whole length: "The
    # treatment lasts forty-eight weeks", "You're on the treatment for eight weeks",
    # "Treatment carries on for thirty-six weeks".
    # (an emphatic "itself" between: "The treatment itself lasts 8 weeks")
    r"|(?:treatment|therapy|medication|dosing|course)(?: period| phase| course)?(?: itself)?"
    r"(?: (?:lasts"
    r"|will last|runs|carries on|goes on|continues|is given|is taken|takes))"
    r"|(?:you|u|they|volunteers|participants|patients|people|each \w+)(?:'re| are| is|'d be"
    r"| would be| will be|'ll be| stay| stays) on (?:the |their |your |a |it\b)?(?:\w+ )?"
    r"(?:treatment|drug|medicine|medication|therapy|tablets|pills|injections)?"
    r")\b:?[^.;:\n]{0,40}$"
)


# A verb of getting in touch before "N times" makes them calls ("they ring you three times
# afterwards", "the team phones each volunteer two times", "you'll be contacted 4 times").
_CALLED_BEFORE_RE = compile_skipping(
    r"\b(?:ring|rings|ringing|rang|phone|phones|phoned|phoning|call|calls|called|calling"
    r"|contact|contacts|contacted|contacting|text|texts|texted|texting|check in on|checks in on"
    r"|checked in on|follow up|follows up|followed up)\b[^.;:\n]{0,40}$"
)


def _as_calls(ctx: Context, q: Quantity) -> Quantity:
    """``q`` as a count of calls when it counts "times" someone is called. Why: "times" is
    too loose a unit to insist on ("3 times daily"), but a count of calls is the record's to
    give as surely as a count of visits; calls count as visits (parsing's units)."""
    if q.unit != "times":
        return q
    a = ctx.sentence_at(q.span[0])[0]
    if _CALLED_BEFORE_RE.search(ctx.lower, max(a, q.span[0] - 60), q.span[0]) is None:
        return q
    return replace(q, unit="visit")


# Why a numbered place in the writer's own document is no fact: an audio guide's "Stop 7",
# a newsletter's "item 12" or a podcast's "episode 4" numbers the text, not the study.
# ... and so does a numbered place or thing on a notice: "Room 204", "Route 39", "Window 3",
# "Table 6", "Reply #12", "extension 4412" (a "#" has no word boundary after a space),
# "Bay 17", "Seat 14", "Lot 26", "Requirement 4".
_ITEM_NUMBER_RE = re.compile(
    r"(?:\b(?:item|stop|track|exhibit|slide|page|chapter|episode|issue|section|no\.|room"
    r"|route|bus|platform|gate|window|desk|table|reply|post|extension|ext\.?"
    # a parking bay, a seat, a screen, an auction lot, a badge sheet's "Requirement 4"
    r"|bay|seat|screen|lot|requirement"
    # a leaflet's "Panel 6 — Who is behind it?", a form's "Box 3", a quiz's "Question 5",
    # a how-to's "Step 3: Contact the study team"
    r"|panel|box|tab|column|paragraph|question|footnote|step"
    # a guidance note's "Note 3.2", a rulebook's "Rule 4", a log's "Entry 12"
    r"|note|rule|entry"
    # a phone line's "Option 4", "press 9"
    r"|option|press|dial)|#)[ \t]*$"
)
# What ends a numbered heading: "Track 2 — How the groups work" numbers the track even
# though a unit word follows later on the line.
_HEADING_AFTER_RE = re.compile(r"[ \t]*(?:[—–:.)]|-\s|\n|$)")
_OR_YOUNGER_RE = re.compile(r"\s*(?:years?\s*)?(?:old\s*)?(?:or|and)\s+(?:younger|under|below)\b")


def _below_the_minimum(ctx: Context, q: Quantity) -> bool:
    """Whether ``q`` is the age just below the record's minimum, barred: "Applicants aged 17
    or younger cannot apply" on a record whose minimum is 18 (the ages check reads it)."""
    lo = ctx.trial.minimum_age_years
    younger = _OR_YOUNGER_RE.match(ctx.lower, q.span[1])
    return (
        lo is not None
        and younger is not None
        and q.value + 1 == lo
        and BARRED_AFTER_RE.match(ctx.lower, younger.end()) is not None
    )


_MARKS_AFTER_RE = re.compile(r"[ \t]+marks?[ \t]*[)\]]")
# A time of day or a video's timecode is no count: "Repeated Saturday at 11.15", "starts at
# 9.45", "00:01:23 --> 00:01:27", "00:00:09 NARRATOR:".
_CLOCK_AT_RE = re.compile(
    r"\b(?:at|until|till|starts?|begins?|ends?|(?:mon|tues?|wed|thu|thurs|fri|sat|sun)"
    r"(?:day|nesday|rsday|urday)?)[ \t]+$"
)
_CLOCK_DOT_RE = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d$")
_TIMECODE_RE = re.compile(r"\d\d:\d\d:\d\d(?:[.,]\d+)?")


# "One day" after a modal is "some day", no time: "TAK-861 may one day offer a new option".
_SOMEDAY_BEFORE_RE = re.compile(r"\b(?:may|might|could|would|will|can|should|hope to|'ll)\s+$")
_SOMEDAY_AFTER_RE = re.compile(
    r" day (?!(?:of|a|an|per|each|in|at|on|before|after|and|or|to|for)\b)"
)


def _some_day(ctx: Context, q: Quantity) -> bool:
    return (
        q.unit == "day"
        and q.written.lower() == "one"
        and _SOMEDAY_AFTER_RE.match(ctx.lower, q.span[1]) is not None
        and _SOMEDAY_BEFORE_RE.search(ctx.lower, max(0, q.span[0] - 12), q.span[0]) is not None
    )


def _clock_time(ctx: Context, q: Quantity) -> bool:
    """Whether ``q`` is part of a time of day or a timecode."""
    a, b = q.span
    line_start = ctx.lower.rfind("\n", 0, a) + 1
    if ":" in ctx.lower[max(line_start, a - 6) : b + 6]:
        for m in _TIMECODE_RE.finditer(ctx.lower, max(line_start, a - 12), b + 12):
            if m.start() <= a and b <= m.end():
                return True
    # (A phone number is not excused: one the record lacks is a contact detail to flag.)
    if _CLOCK_DOT_RE.fullmatch(q.written) and "." in q.written:
        return _CLOCK_AT_RE.search(ctx.lower, max(0, a - 12), a) is not None
    return False


@check
def numbers_trace_to_record(ctx: Context) -> Iterator[Finding]:
    for q in ctx.mentions:
        if (
            q.unit is None or _HEADING_AFTER_RE.match(ctx.lower, q.span[1])
        ) and _ITEM_NUMBER_RE.search(ctx.lower, max(0, q.span[0] - 12), q.span[0]):
            continue
        if q.unit is None and _clock_time(ctx, q):
            continue
        if _some_day(ctx, q):
            continue
        if _below_the_minimum(ctx, q):
            continue
        if ANSWERED_NO_RE.match(ctx.lower, q.span[1]):
            continue  # "Was it a phase 3 trial? No": a number asked about and denied
        if q.unit is None and _MARKS_AFTER_RE.match(ctx.lower, q.span[1]):
            continue  # an exam paper's "(4 marks)" scores the question, not the study
        q = _as_calls(ctx, q)
        if traced(q, ctx.facts) or _other_countries(ctx, q):
            if _personal_time_from_dates(ctx, q):
                yield error(
                    "number.untraced",
                    None,
                    f"Summary says one person takes part for {q.written} {q.unit}s; the record"
                    " gives no such time, only the whole study's length (start_date to"
                    " completion_date).",
                    q.span,
                )
            continue
        if (
            q.unit is None
            or q.unit in LOOSE_UNITS
            or all(q.value not in numbers for numbers in ctx.facts.number_sets())
        ):
            message = f"Summary says {q.written}; no such number is in the record."
        else:
            message = (
                f"Summary says {q.written} ({q.unit}); the record has {q.written} only for "
                "something else."
            )
        yield error("number.untraced", None, message, q.span)


# Why the cue may follow the time too: whose time it is may be said after it ("It asks for
# about 52 weeks of each person's time", "six months of your life").
_PERSONAL_TIME_AFTER_RE = re.compile(
    r"\s*(?:[a-z]+\s+)?of\s+(?:each|every|your|their|my|one|a)\s+(?:[a-z]+'s\s+|[a-z]+s'\s+)?"
    r"(?:time|life)\b"
    # ... or what the time is of, after it: "roughly 30 months of involvement", "a 3 months
    # commitment", "12 weeks of participation"
    r"|\s*(?:[a-z]+\s+)?(?:of\s+)?(?:involvement|participation|commitment|taking part)\b"
    # ... or whom it is for: "It's about a 12 months thing for you"
    r"|\s*(?:[a-z]+\s+){0,2}for (?:you|u|each (?:person|participant|volunteer|patient))\b"
)


def _personal_time_from_dates(ctx: Context, q: Quantity) -> bool:
    """Whether ``q`` is one person's time in the study that only the span of the record's
    dates gives."""
    return (
        q.unit in TIME_UNITS
        and (
            _PERSONAL_TIME_RE.search(
                ctx.lower, max(ctx.sentence_at(q.span[0])[0], q.span[0] - 70), q.span[0]
            )
            is not None
            or _PERSONAL_TIME_AFTER_RE.match(ctx.lower, q.span[1]) is not None
        )
        and not traced(q, ctx.facts, dates=False)
    )


# The main result's time: "Main result measured at 24 months", "The principal result is
# measured after 8 weeks", "the main thing they're checking gets measured after 15 days".
MAIN_RESULT_RULE = Rule(
    # (the big one is the main one too: "The big check comes at 26 weeks")
    r"\b(?:main|primary|principal|key|chief|headline|big|biggest|central|core)\s+(?:results?"
    r"|outcomes?|measures?"
    r"|measurements?"
    r"|end ?points?|thing (?:they(?:'re| are)|being|the team(?:'s| is)) (?:checking|measuring"
    r"|looking at|tracking)"
    # "the main thing gets checked after 24 weeks"
    r"|thing(?= (?:gets|is|will be|'s) (?:checked|measured|assessed|looked at))"
    # the thing done, said plainly: "The main thing they measure is at 24 months", "the key
    # check comes at 36 weeks", "They take the main reading at three days"
    r"|thing (?:they|the team|we|you) (?:measure|check|look at|track)s?"
    # (contracted too: "The main reading's taken at day 7")
    # (a visit named for its check too: "the main check-up comes at 24 months")
    r"|(?:checks?|check-?ups?|readings?|measurements?|assessments?)(?='s\b| (?:on|of|comes?|is"
    r"|are|at"
    # where it falls in the study ("the key reading falls 12 weeks in"), or a label ("Main
    # check: 24 months")
    r"|after|falls?|lands?|happens?)\b|\s*:"
    # the time straight after, as a point into the study: "their main reading 15 months in"
    r"|\s+(?:about |around |roughly )?(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?) in\b))\b",
    "main primary principal key chief headline big biggest central core",
)
_TIME_LEAD_RE = re.compile(
    r"(?:\b(?:at|after|over|within|by|for|in|around|measured|checked|assessed|taken|falls?"
    r"|lands?|happens?)\s+"
    # the main result's own label: "Main check: 24 months"
    r"|\b(?:main|primary|principal|key|chief|headline) (?:checks?|readings?|measures?"
    r"|measurements?|results?|outcomes?|assessments?|end ?points?)\s*:\s*"
    # a card's label: "Primary outcome timepoint: 24 weeks"
    # ... or its sentence: "The principal outcome timepoint is 24 months"; "falls at" is "at"
    r"|\b(?:time ?points?|time ?frames?|timing)\s*(?::|is|was|will be)\s*"
    # the reading with its time straight after: "their main reading 15 months in"
    r"|\b(?:checks?|readings?|measurements?|assessments?)\s+)"
    r"(?:about |around |roughly |approximately |up to |the )?$"
)


@check
def primary_timepoint_matches(ctx: Context) -> Iterator[Finding]:
    """The time the summary gives for the main result must be a primary outcome's."""
    if not MAIN_RESULT_RULE.active(ctx):
        return
    frames = ctx.facts.primary_timepoints
    if not frames:
        return
    times = [q for q in ctx.mentions if q.unit in TIME_UNITS]
    if not times:
        return
    for match in MAIN_RESULT_RULE.finditer(ctx, ctx.lower):
        end = min(fragment_at(ctx, match.start())[1], match.end() + 80)
        said = next(
            (
                q
                for q in times
                if match.end() <= q.span[0] < end
                and _TIME_LEAD_RE.search(ctx.lower, max(0, q.span[0] - 30), q.span[0])
            ),
            None,
        )
        if said is None or said.days is None:
            continue
        tolerance = TIME_TOLERANCE + (APPROX_TOLERANCE if said.approximate else 0.0)
        if _close(said.days, frames, tolerance) or not traced(said, ctx.facts):
            continue  # right, or a time no part of the record gives (``number.untraced``)
        shown = "; ".join(dict.fromkeys(o.time_frame for o in ctx.trial.primary_outcomes
                                        if o.time_frame))  # fmt: skip
        yield error(
            "outcome.timepoint",
            "primary_outcomes",
            f"Summary says the main result is measured at {said.written} {said.unit}s; the"
            f" record's primary outcome time frame is {shown!r} (primary_outcomes).",
            said.span,
        )
