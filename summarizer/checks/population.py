"""Who can take part: enrollment (number and whether it is actual), ages and sex."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..records import DateType, Sex
from .core import Context, Finding, Rule, check, error, overlaps
from .fragments import FragmentRule, fragment_at, opens_fragment, short_fragments
from .labels import CAMEL_RE, Item, bare_items, contradicted_items, terms
from .numbers import _close, approximates, fmt
from .parsing import BARRED_AFTER_RE, NEXT_LINE_LABEL, Quantity, compile_skipping, unit_of

# --- enrollment -------------------------------------------------------------------

ENROLL_CUE_RE = re.compile(
    r"\b(?:enrol|recruit|take part|taking part|took part|join|includ|sign(?:ed|ing)? (?:up|on)"
    r"|particip|needed|needs?\b|looking for|seek|a total of|in total|altogether|all told"
    # a wish for people is a goal for the head count as a need is ("They want 80 people"),
    # and a total may be spelt in two words ("80 people all together")
    # (only before a count of people: "if you want 108 ..." of anything else is no head count)
    r"|wants?(?= (?:about |around |up to |some )?[\w,-]+ (?:people|participants|patients"
    r"|volunteers|adults|children)\b)|all together"
    r"|number of|involv|will have|had|has"
    r"|aim|plans? to|study size|sample|volunteer|taking part|hop(?:e|es|ing) for|target|goal"
    # plain words for the head count: "80 people were in the study"
    r"|(?:were|was|are|will be) in (?:the|this) (?:study|trial)\b"
    # a translation's "counted with 40 persons" (contó con), a newsletter's "headcount"
    # (the head count in two words too: "The final head count was 30 people"; and any final
    # count or tally of people is the head count: "the final tally was 30 people")
    r"|\bcount(?:s|ed)? (?:with|on)\b|head[ -]?count|\bfinal (?:[\w-]+ )?(?:count|tally|total"
    r"|figure|number)\b"
    # "They hope to welcome 63 people in all"
    r"|in all\b|welcom"
    # Why a place for the people: people said to be in or aboard the study are its head
    # count, whatever verb brings them there ("They ended up with 80 people in it",
    # "hoping to get 60 people on board", "40 volunteers on the trial")
    r"|(?:people|participants|patients|volunteers|adults|children|folks|ppl) (?:in|on|into"
    r"|aboard|inside) (?:it|the (?:study|trial)|this (?:study|trial|one))\b"
    r"|(?:people|participants|patients|volunteers|adults|children|folks|ppl) (?:on board"
    r"|aboard|signed on)\b"
    # ... and people the study ended with: "they wound up with 80 volunteers"
    r"|\b(?:ended|wound|finished) up with\b)"
)
# Why the verb makes the people: whatever a count names, if it "took part" or "joined" it is
# a head count ("In all, 1,600 good souls took part"), however the writer calls the people.
_JOINED_AFTER_RE = re.compile(
    r"(?:[ \t]+[a-z-]+){1,3}[ \t]+(?:took part|joined|enrol+ed|signed up|participated"
    r"|(?:were|have been|had been) (?:enrol+ed|recruited|included))\b"
)
# An age, or the top of an age range, names who may join, not how many did: "26 people
# aged 70 or over had joined", "people aged 16 to 70 who took part".
# ... "aged between 18 and 60 took part", "aged from 18 to 60 joined".
_AGE_BEFORE_RE = re.compile(
    r"\bage[ds]?\s+(?:(?:between|from)\s+)?(?:(?:\d+|[a-z-]+)\s*(?:to|-|–|and|through)\s*)?$"
)
# ... and so does a lower age limit said after its number: "Adults 18 or older were
# included", "people 50 and over joined".
_OR_OLDER_AFTER_RE = re.compile(
    r"[ \t]*(?:\+|(?:or|and) (?:older|over|above|up(?:wards)?)\b|years? (?:old|of age)\b)"
)
# "Number of people: 62", "Enrollment: 62", "enroll about 62" — a count with no noun after it.
ENROLL_LEAD_RE = re.compile(
    # (any count of the people, and the people with their joining said after them: "The
    # final count of people taking part is 1,600", "number of patients enrolled was 62")
    r"(?:(?:number|count|tally|total) of (?:people|participants|patients|volunteers|subjects)"
    r"(?: (?:taking|who took|who take|that took) part| enrol+ed| recruited"
    r"| in (?:the|this) (?:study|trial))?|enrol(?:l)?ment"
    r"|sample size|study size|size of (?:the |this )?(?:study|trial|sample)|participants|target"
    r"|enrol(?:l)?(?:s|ed|ing)?|recruit(?:s|ed|ing)?"
    r"|a total of|total of|head[ -]?count(?: at (?:the )?close)?)"
    r"\s*(?:[:=-]|is|was|will be|of)?\s*(?:about|around|approximately|roughly|nearly|up to|some"
    r"|over|more than|an estimated|a total of)?\s*$"
)
# What a report's label counts: "Enrolment sought: 120", "Recruitment reached: 118".
_COUNT_LABEL = r"(?:enrol+ment|recruitment|sign-?ups?|headcount|numbers?|total|count|sample)"
FUTURE_ENROLL_RE = re.compile(
    r"\b(?:will|plans?|planned|planning|aims?|aiming|hopes?|hoping|expects?|expected|intends?"
    r"|anticipates?|anticipating"
    r"|wants?|is going|are going|seeks?|seeking|wanna|gonna)\b(?:\s+to)?\s+(?:\w+\s+){0,2}?"
    # the plain verbs of gathering people too: "they're hoping to get 60 people"
    r"(?:enrol\w*|recruit\w*|include|involve|have|sign up|take part|join|find|bring in"
    r"|(?<!a )(?<!an )(?<!the )(?<!this )study"
    r"|get|gather|reach|attract|sign|welcome|bring|take on|take in|see"
    # taking people in, said plainly: "the team plans to take 501 patients" (only a count
    # after it: "will take the drug" takes no one)
    r"|take(?= (?:about |around |up to |some |roughly )?\d))"
    # the count between the wish and the joining: "the study wants 62 people to take part";
    # a wish for people is a goal with no joining said after it too: "they need 62 people"
    r"|\b(?:wants?|needs?|hopes? for|is looking for|asks? for)\s+(?:about |around |up to "
    r"|more than |over |at least |nearly |almost )?"
    # (the count in words too: "They want sixty-one people in it")
    r"(?:[\d,]+|[a-z]+(?:-[a-z]+)?) (?:\w+ )?(?:people|participants|patients|volunteers|adults"
    r"|children)\b"
    r"|\b(?:is|are) (?:looking for|seeking|recruiting|enrolling|searching for)\b"
    # a post's goal: "Looking to sign up 105 people", "trying to recruit 40"
    r"|\b(?:looking|trying|setting out|set out|out) to (?:\w+\s+){0,2}?(?:enrol\w*|recruit\w*"
    r"|sign up|get|find|bring in|reach|include)\b"
    r"|\b(?:is|are) needed\b|\bneeds\b|\bwill be (?:enrolled|recruited|included|asked|needed)\b"
    # (measured against the plan, a count is what happened: "far fewer than planned")
    # (nor is a study planned: "Orlando Health planned a study …, but enrolled no one")
    r"|\bto be (?:enrolled|recruited|included)\b|\bestimated\b|(?<!than )(?<!as )\b(?:planned"
    r"|anticipated|projected|intended|expected)\b(?! (?:a|an|the|this) (?:study|trial|project))"
    # a digest's abbreviation: "n≈62 (est.)"
    r"|\best\.|\(est\b"
    r"|(?<!than the )(?<!than its )(?<!than our )\b(?:target(?:ed)?|goal)\b"
    r"|\b(?:plan|aim|hope|intention|idea) is (?:for|to)\b"
    # the same label for a goal: "Enrolment sought: 120", "Sample aimed for: 60"
    rf"|\b{_COUNT_LABEL}"
    r" (?:sought|aimed for|hoped for|wanted|desired)\b"
    # a goal for the head count: "they're aiming for 400", "hoping for about 60 people"
    # (and its past, as reported speech gives it: "the team aimed for 50 people in total")
    r"|\b(?:aim(?:s|ing|ed)?|hop(?:es|ing)|shoot(?:s|ing)|plan(?:s|ning)?|going|looking) for\b"
    # seeking them, in speech: "They're after 60 people in total"
    r"|(?:\bare|'re) (?:still )?after\b"
    # a translation's "The study foresees to count with 40 persons" (prevé contar con)
    r"|\bforesee[sn]?\b"
)
PAST_ENROLL_RE = re.compile(
    r"(?<!be )(?<!to )\b(?:enrolled|took part|joined|participated|signed (?:up|on)|recruited)\b"
    # the study as the one that took them: "The study took in 1600 patients all told"
    r"|\b(?:took|brought) (?:in|on)\b"
    # the past before a past: "by the time sign-ups closed, 30 people had taken part"
    r"|(?<!will )\b(?:had|have|has) (?:taken part|joined|enrolled|participated|signed up"
    r"|been (?:enrolled|recruited|included))\b"
    r"|\b(?:were|was) (?:enrolled|included|recruited|randomi[sz]ed|studied|assigned)\b"
    r"|\b(?:study|trial|it) (?:had|included|involved|counted (?:with|on))\b"
    # being in it, said in the past: "80 people were in the study"
    r"|\b(?:were|was) (?:in|part of) (?:the|this) (?:study|trial)\b"
    # "Size: 120 (actual)", "final count: 120", "in the end, 120 people ...".
    r"|\bactual\b(?! (?:number|count|total|size) (?:may|might|could|will|is not|isn't|depends))"
    # Why a word may sit between "final" and the count: whatever is counted at the end is
    # counted, not planned ("final head count", "final participant total", "final tally").
    # (the head count in one word too: "Final headcount: 40 people")
    # (and whatever names the taking in: "final intake", "final sample", "final roll")
    r"|\bfinal (?:[\w-]+ )?(?:number|count|headcount|total|tally|figure|enrol\w*|size|intake"
    r"|sample|roll|recruitment|sign-?ups?|numbers)\b"
    r"|\bin the end\b"
    r"|\b(?:ended|wound|finished) up\b|\b(?:head ?count|count|total|number) at (?:the )?close\b"
    # how it closed: "Enrolment closed with 120 people taking part"
    r"|(?<!will )(?<!to )\b(?:closed|ended|finished|wrapped up) with\b"
    # a catalogue's or a report's label: "Enrolment achieved: 120", "Recruitment reached"
    rf"|\b{_COUNT_LABEL}"
    r" (?:achieved|attained|reached|obtained)\b|\b(?:achieved|attained) (?:enrol+ment|sample"
    r"|recruitment|sample size)\b"
)
EACH_RE = re.compile(r"\b(?:each|per|every)\b")
# Why a goal makes the count a plan whatever verb follows: a count that a goal, target,
# aim or hope is ("The target's 300 people enrolled", "our aim was 300 recruited", "Hope:
# 300 signed up") is the figure wished for, so a past participle after it describes the
# people wished for, not people taken in.
_GOAL_COUNT_RE = re.compile(
    r"\b(?:goal|target|aim|hope|ambition|objective|plan|intention|wish|dream)(?:'s|’s| is"
    r"| was| will be| has been| remains| stands at| of|\s*[:=–—-])\s*(?:set at |about |around"
    r" |approximately |roughly |some |nearly |up to |an estimated )?$"
)
# A count with a word of joining right after it is the enrollment, with no noun for people:
# "501 enrolled (actual)", "120 planned", "40 to be recruited", "1,600 (estimated)".
ENROLL_TAIL_RE = re.compile(
    # not the next line's label: "Phase: 4" over "Enrolled: 50"
    rf"{NEXT_LINE_LABEL}\s*(?:\((?:actual|estimated|planned|anticipated|expected"
    r"|target(?:ed)?)\)|(?:enrol+ed|recruited|randomi[sz]ed|planned|expected|anticipated"
    r"|estimated|targeted|sought|needed"
    r"|wanted|signed up|took part|taking part|joined|participated|participating|to be (?:enrol+ed"
    r"|recruited|included))\b)"
)
# Where a labelled value starts, the words that may come before its count.
_COUNT_LEAD_RE = re.compile(
    r"(?:about|around|approximately|roughly|nearly|up to|some|over"
    r"|more than|an estimated|a total of|~|target(?: of)?|goal(?: of)?)"
    r"?\s*"
)


# A count with a noun of its own after it ("one single condition", "2 further sites"): what
# follows a count of people is a word of joining, a time, a place or the end of the clause.
_COUNTS_A_THING_RE = re.compile(
    r"[ \t]+(?:[a-z-]+[ \t]+)?(?!(?:in|on|at|by|across|from|and|or|to|for|of|over|with|so|but"
    r"|as|is|was|were|are|will|would|had|has|have|this|that|the|per|each|total|altogether|all"
    r"|overall|people|persons|more|or|than|between|during|within|before|after|until|since"
    r"|who|which|whom|so far|currently|now|yet|already|in total|actual|actually|final|est"
    r"|target|goal|max|maximum|minimum|min|approx|approximately|about|around|roughly|people"
    r"|enrol+ed|enrol+ment|recruitment|estimated|planned|expected|anticipated)\b)"
    r"[a-z][a-z-]*\b(?![ \t]*(?:\(|were|was|are|will|took|join|enrol|sign|particip|recruit))"
)


# A count of lots, groups or parts of the people ("one lot of people", "two groups of
# patients", "120 out of the volunteers") counts those, not the people.
_PART_OF_RE = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+)?(?:of|out of)\b")

# A ratio's second number counts no one: "about one in three participants get placebo", "1
# in every 4 patients" (a total after "out of" is still the head count: "12 out of 232").
_RATIO_BEFORE_RE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+in(?:[ \t]+every)?[ \t]+$",
    re.IGNORECASE,
)

# People in other words are still people: "enrolled 62 folks", "recruits 40 good souls".
_OTHER_PEOPLE_AFTER_RE = re.compile(
    r"[ \t]+(?:[a-z-]+[ \t]+)?(?:folks|souls|guys|humans|ladies|gents|parents|members|mums"
    r"|moms|dads|seniors|youngsters|kids|teens|locals|recruits)\b"
)


def _count_item(ctx: Context, pos: int) -> Item | None:
    """The enrollment item whose value the number at ``pos`` opens ("Size: 120")."""
    for item in ctx.labelled_items:
        if not item.value_start <= pos < item.value_end:
            continue
        # A status is a word, never a number: under "Target recruitment" or "Sign-ups" a count
        # is the people recruited.
        if item.field != "enrollment" and not (
            item.field == "status" and _RECRUITING_LABEL_RE.search(item.label)
        ):
            continue
        lead = _COUNT_LEAD_RE.match(ctx.masked, item.value_start, pos)
        return item if lead is not None and lead.end() == pos else None
    return None


_RECRUITING_LABEL_RE = re.compile(r"\b(?:recruit\w*|sign[- ]?ups?|enrol\w*)\b")


def _labelled_count(ctx: Context, pos: int) -> bool:
    return _count_item(ctx, pos) is not None


_N_EQUALS_RE = re.compile(r"\bn ?[=≈~] ?$")


def _n_equals(ctx: Context, pos: int) -> bool:
    lead = _N_EQUALS_RE.search(ctx.masked, max(0, pos - 5), pos)
    if lead is None or not opens_fragment(ctx.masked, lead.start()):
        return False
    line = ctx.masked[ctx.masked.rfind("\n", 0, pos) + 1 : lead.start()]
    return line.count("(") <= line.count(")")  # "(... ; n = 5 per trust)" is a subgroup


# A fragment that is only a head count: "500 participants", "About 60 adults (actual)".
_BARE_COUNT_BEFORE_RE = re.compile(
    r"(?:about|around|approximately|roughly|nearly|over|up to|some|~|a total of|in total)?\s*"
)
_BARE_COUNT_AFTER_RE = re.compile(
    r"\s+(?:[a-z-]+ )?(?:people|participants|patients|volunteers|subjects|adults|children|women"
    r"|men|persons|individuals)(?:\s*\([a-z]+\))?"
)


def _bare_count(ctx: Context, q: Quantity) -> bool:
    """Whether the number ``q`` and a word for people make up its whole fragment."""
    a, b = fragment_at(ctx, q.span[0])
    before = _BARE_COUNT_BEFORE_RE.match(ctx.masked, a, q.span[0])
    after = _BARE_COUNT_AFTER_RE.match(ctx.masked, q.span[1], b)
    return bool(before and before.end() == q.span[0] and after and after.end() == b)


# A number that ends a code names a product, not a count: "AO-1000", "GVG 2", "TAK-861".
_CODE_BEFORE_RE = re.compile(r"(?:[A-Za-z][\w]*-|\b[A-Z][A-Z0-9]+ )$")


def _in_code(ctx: Context, pos: int) -> bool:
    """Whether the number at ``pos`` is the tail of a product code or acronym name."""
    return _CODE_BEFORE_RE.search(ctx.text, max(0, pos - 16), pos) is not None


# "Enrollment type: ACTUAL", "enrollmentInfo.type: ESTIMATED", "Type of enrollment: planned".
_ENROLLMENT_TYPE_TERMS = terms(
    (r"actual|final|confirmed|achieved|real", frozenset({"ACTUAL"})),
    (r"estimated?|anticipated|expected|planned|target(?:ed)?|projected|goal|intended",
     frozenset({"ESTIMATED"})),
)  # fmt: skip


# An exam paper's question and the answer right after it: "How many sites took part? Ten,
# all in the US." counts the question's thing, not the people who took part.
_HOW_MANY_BEFORE_RE = re.compile(
    r"\bhow many (?P<unit>[a-z]+)\b[^?.!\n]{0,50}\?[\s(]*(?:answer[ \t]*[:-][ \t]*)?$",
    re.IGNORECASE,
)


@check
def enrollment_matches(ctx: Context) -> Iterator[Finding]:
    typed: list[tuple[int, int]] = []  # the sentences whose count a finding already types
    for finding in _enrollment_findings(ctx):
        if finding.code == "enrollment.type" and finding.span is not None:
            typed.append(ctx.sentence_at(finding.span[0]))
        yield finding
    yield from _typed_count_labels(ctx, typed)


# A line's label that says which count its number is, in any noun: "Actual audience: 248",
# "Planned turnout: 120 people". The noun is free, so the things a count can be of besides
# people (sites, visits, weeks), and a date's words, are no head count.
_TYPED_COUNT_LABEL_RE = re.compile(
    r"(?:^|(?<=\n))[ \t>*#•·-]*(?P<kind>actual|estimated|planned|expected|anticipated)"
    r"(?P<noun>(?: [a-z][a-z'-]*){1,2})[ \t*]*[:=][ \t*]*(?:about |around |approximately |~)?"
    r"(?P<count>\d[\d,]*)(?: (?:people|participants|patients|volunteers|subjects|adults"
    r"|persons|individuals))?[ \t.*]*(?=\n|$)"
)
_NOT_HEAD_COUNT_NOUN_RE = re.compile(
    r"\b(?:start\w*|end\w*|complet\w*|finish\w*|dates?|durations?|length|times?|years?"
    r"|months?|weeks?|days?|hours?|sites?|cent(?:er|re)s?|locations?|hospitals?|clinics?"
    r"|countr\w*|visits?|arms?|groups?|doses?|cost|budget|ages?|results?|readouts?|costs?"
    r"|events?|deaths?|cases?|samples? sizes?|phases?|versions?|rounds?|sessions?|timeline)\b"
)


def _typed_count_labels(ctx: Context, typed: list[tuple[int, int]]) -> Iterator[Finding]:
    trial = ctx.trial
    if trial.enrollment_type is None:
        return
    wrong = {"ACTUAL": "planned", "ESTIMATED": "actual"}  # the record's type: the wrong word
    for match in _TYPED_COUNT_LABEL_RE.finditer(ctx.masked):
        said = "actual" if match.group("kind") == "actual" else "planned"
        if wrong.get(trial.enrollment_type.value) != said:
            continue
        if _NOT_HEAD_COUNT_NOUN_RE.search(match.group("noun")):
            continue
        if any(a <= match.start("kind") < b for a, b in typed):
            continue
        yield error(
            "enrollment.type",
            "enrollment_type",
            f"Summary labels a count {ctx.text[match.start('kind') : match.end('noun')]!r};"
            f" the record's enrollment ({trial.enrollment or 'no count'}) is "
            f"{trial.enrollment_type.value.lower()}.",
            (match.start("kind"), match.end("noun")),
        )


def _enrollment_findings(ctx: Context) -> Iterator[Finding]:
    trial = ctx.trial
    facts = ctx.facts
    total = trial.enrollment
    kind = trial.enrollment_type.value.lower() if trial.enrollment_type else "type not given"
    claimed_sentences: list[tuple[int, int]] = []
    goals: dict[tuple[int, int], tuple[int, int]] = {}  # of those, a goal's count: its goal
    labels: list[Item] = []
    for q in ctx.mentions:
        if q.unit is not None and q.unit not in ("group",):
            continue
        a, b = ctx.sentence_at(q.span[0])
        asked = _HOW_MANY_BEFORE_RE.search(ctx.masked, max(0, q.span[0] - 80), q.span[0])
        if asked is not None and unit_of(asked.group("unit")) is not None:
            continue  # the answer counts what the question asks: "How many sites? Ten"
        lead = (
            ENROLL_LEAD_RE.search(ctx.masked, max(a, q.span[0] - 40), q.span[0])
            or _labelled_count(ctx, q.span[0])
            # "n = 500" as a card's fact, not "(n = 20)" for a subgroup
            or _n_equals(ctx, q.span[0])
            # "501 enrolled (actual)"; a year is a date ("Start 2020 (planned)")
            or (
                not (len(q.written) == 4 and q.written.isdigit() and 1900 <= q.value <= 2100)
                # not part of a date or a code: "2025-10-31 (estimated)"
                and (q.span[0] == 0 or ctx.masked[q.span[0] - 1] not in "-/.")
                and ENROLL_TAIL_RE.match(ctx.masked, q.span[1]) is not None
                # the top of an age range is no count: "120 adults aged 18 to 60 took part"
                and not _AGE_BEFORE_RE.search(ctx.masked, max(a, q.span[0] - 40), q.span[0])
            )
        )
        if (
            lead
            and not q.people
            and _COUNTS_A_THING_RE.match(ctx.masked, q.span[1])
            and not _OTHER_PEOPLE_AFTER_RE.match(ctx.masked, q.span[1])
            # ("501 ESTIMATED", "120 planned": the kind of count, not a thing counted)
            and not ENROLL_TAIL_RE.match(ctx.masked, q.span[1])
        ):
            # A head count counts people: after a lead word used as a verb ("does not target
            # one single condition", "recruits 3 more sites"), a count of a thing is no
            # enrollment.
            lead = False
            if not ENROLL_CUE_RE.search(ctx.masked, a, b):
                continue
        if _RATIO_BEFORE_RE.search(ctx.masked, max(a, q.span[0] - 20), q.span[0]):
            continue  # "one in three participants": a share, not a head count
        if not lead and _PART_OF_RE.match(ctx.masked, q.span[1]):
            continue  # "one lot of people in it", "two groups of patients": not a head count
        if (
            not lead
            and q.unit is None
            and _JOINED_AFTER_RE.match(ctx.masked, q.span[1])
            and not _AGE_BEFORE_RE.search(ctx.masked, max(a, q.span[0] - 40), q.span[0])
            and not _OR_OLDER_AFTER_RE.match(ctx.masked, q.span[1])
        ):
            lead = True
        if not lead and not (
            q.people and (ENROLL_CUE_RE.search(ctx.masked, a, b) or _bare_count(ctx, q))
        ):
            continue
        if not lead and _in_code(ctx, q.span[0]):
            continue
        if q.unit == "group":
            continue
        if total is not None and (q.value == total or approximates(q, [total])):
            # Its fragment: "120 planned; Start Mar 2020 (actual)" plans only the 120.
            a, b = fragment_at(ctx, q.span[0])
            item = _count_item(ctx, q.span[0])
            if item is not None:
                # with its label, which may say which it is: "Target size: 120 people"
                a = max(ctx.masked.rfind("\n", 0, a) + 1, ctx.sentence_at(q.span[0])[0])
                labels.append(item)
            goal = _GOAL_COUNT_RE.search(ctx.masked, max(a, q.span[0] - 40), q.span[0])
            if goal is not None:
                goals[(a, b)] = goal.span()
            claimed_sentences.append((a, b))
            continue
        if total is None:
            yield error(
                "enrollment.missing",
                "enrollment",
                f"Summary says {q.written} participants; the record gives no enrollment.",
                q.span,
            )
            continue
        if q.value in facts.people_counts and not lead:
            continue  # a count the record itself gives for some group of people
        if (
            EACH_RE.search(ctx.masked, a, b)
            and trial.arms
            and _close(q.value * len(trial.arms), [total])
        ):
            continue
        yield error(
            "enrollment.mismatch",
            "enrollment",
            f"Summary says {q.written} participants; the record says {total} (enrollment, {kind}).",
            q.span,
        )
    if trial.enrollment_type is None:
        return
    _, wrong = contradicted_items(
        ctx, "enrollment_type", _ENROLLMENT_TYPE_TERMS, trial.enrollment_type.value
    )
    for item in wrong:
        yield error(
            "enrollment.type",
            "enrollment_type",
            f"Summary says {item.label} {ctx.text[item.value_start : item.value_end]!r}; "
            f"the record's enrollment ({total or 'no count'}) is {kind}.",
            (item.value_start, item.value_end),
        )
    if total is None:
        return
    for pattern, wrong_type, says in (
        (FUTURE_ENROLL_RE, DateType.ACTUAL, "a planned number"),
        (PAST_ENROLL_RE, DateType.ESTIMATED, "an actual number"),
    ):
        if trial.enrollment_type != wrong_type:
            continue
        message = (
            f"Summary gives {says} of participants; the record's enrollment "
            f"({total}) is {trial.enrollment_type.value.lower()}."
        )
        found = False
        for a, b in claimed_sentences:
            goal = goals.get((a, b))
            if goal is not None:
                if wrong_type == DateType.ACTUAL:  # a goal plans, in any words
                    found = True
                    yield error("enrollment.type", "enrollment_type", message, goal)
                continue
            match = pattern.search(ctx.masked, a, b)
            if match is not None:
                found = True
                yield error("enrollment.type", "enrollment_type", message, match.span())
        # A key's words say which count it is though the text runs them together
        # ("plannedEnrollment": 501, "actualEnrollment": 120); the item's label has them
        # apart, as a reader does.
        for item in labels if not found else []:
            # (a key only: a spaced label was read with its sentence above, and a question's
            # "How many people will take part?" asks, it does not plan)
            key = ctx.norm[item.start : item.value_start].lower().replace("_", "")
            if item.label.replace(" ", "") in key and pattern.search(item.label):
                yield error(
                    "enrollment.type",
                    "enrollment_type",
                    f"Summary labels the count {item.label!r}; the record's enrollment "
                    f"({total}) is {trial.enrollment_type.value.lower()}.",
                    (item.start, item.value_end),
                )
                break


# --- ages ----------------------------------------------------------------------
# Age claims are read around the numbers already found in the summary (ctx.mentions):
# scanning the whole text with a number-word alternation at every position is slow.

# (and a digest's letters: "age ≥18 y", "6 mo")
AGE_UNIT = r"(?:(?:years?|yrs?|y|months?|mos?|weeks?|wks?|days?|d)\b)"
AGE_UNIT_FACTOR = {"y": 1.0, "m": 1 / 12, "w": 7 / 365.25, "d": 1 / 365.25}
AGE_CUE = (
    r"(?:aged?|ages?|age range|age limit|between|from|who are|you are|are|be|people|adults"
    r"|children|patients|participants|volunteers|anyone|men|women|everyone|open to|for|kids"
    r"|teens|teenagers|infants|girls|boys|persons|individuals|subjects|ages:|age:"
    # spoken: "Age-wise it's 18 to 65"
    r"|age-?wise,? it(?:'s| is))"
)
# Why a copula may follow the cue: a sentence names the age and then says what it is ("The
# eligible age range is 45 to 65 years", "the age limit was 70").
AGE_CUE_BEFORE_RE = re.compile(
    rf"\b{AGE_CUE}\s*(?:(?:is|was|will be)\s+)?(?:of\s*|between\s*|from\s*)?$|\bage\s*$"
)
RANGE_JOIN_RE = re.compile(
    rf"\s*(?P<lou>{AGE_UNIT})?(?:\s+old)?\s*(?:to|-|and|through|until|up to)\s*$"
)
AGE_AFTER_RE = re.compile(
    rf"\s*-?\s*(?P<unit>{AGE_UNIT})?(?P<old>\s*-?\s*(?:old|of age|year-olds?|month-olds?)\b)?"
)
MIN_AFTER_RE = re.compile(
    rf"\s*-?\s*(?P<unit>{AGE_UNIT})?\s*(?:old\s*|of age\s*)?(?:(?:or|and)\s+(?P<open>older"
    # ("18 or older than 65" bounds both ways: the "older" is the 65's)
    r"|over|more|above|up)\b(?! than)|(?P<plus>\+)"
    # "from 11 months up": the "or" left out (not "from 18 up to 65", a range)
    r"|(?<=\s)(?P<up>up(?:wards?)?)\b(?! (?:to|until|till)\b))"
)
# A negated bound is the other bound: "you can't be younger than 18" is a minimum, "can't
# be older than 21" a maximum.
_NEGATED_BE = r"(?:can['’]?t|cannot|can not|must not|mustn['’]t|may not|should not|not) be"
# So is a bound on nobody, and the bound joined to it: "Nobody younger than 18 or older than
# 65 could take part" has a minimum of 18 and a maximum of 65.
_NOBODY_WORDS = ("nobody", "no one", "no-one")
_NOBODY = rf"(?:{'|'.join(_NOBODY_WORDS)})(?:[^.;:\n]{{0,30}}?\b(?:or|nor))?"
MIN_BEFORE_RE = re.compile(
    rf"\b(?P<kw>{_NEGATED_BE} (?:younger than|under|below)|{_NOBODY} (?:younger than|under|below)"
    # (a card's label too: "Minimum age: 6 mo.")
    r"|at least|over|older than|above|from the age of|from age|minimum age(?: is| of|:)?"
    r"|over the age of|aged at least|lower age limit(?: is| of|:)?|youngest age(?: is|:)?"
    # "eligible from 13 months of age" (read only with "of age" or "old" after the number)
    r"|from)\s+$"
    # a symbol ("≥" reads as ">"): "age ≥18 y"
    r"|(?:>=?|=>)\s*$"
)
MAX_BEFORE_RE = re.compile(
    rf"\b(?P<kw>{_NEGATED_BE} (?:older than|over|above)|{_NOBODY} (?:older than|over|above)"
    r"|up to|(?<!n't be )(?<!not be )(?<!’t be )(?<!nobody )(?<!no one )(?<!no-one )"
    r"(?:under|younger than|below)"
    r"|no older than|not older than|maximum age"
    # (a card's label too: "Maximum age: 64 years", "Age limit: 64")
    r"(?: is| of|:)?|at most|until|to the age of|under the age of|up to the age of|up to age"
    r"|(?<!lower )(?<!minimum )(?:upper )?age limit(?: is| of|:)?|oldest age(?: is|:)?"
    r"|highest age(?: is)?)"
    r"\s+(?:the age of\s+|age\s+)?$|(?:<=?|=<)\s*$"
)
MAX_AFTER_RE = re.compile(
    rf"\s*-?\s*(?P<unit>{AGE_UNIT})?\s*(?:old\s*)?(?:or|and)\s+(?:younger|under|below)\b"
)
NO_UPPER_RULE = Rule(
    r"\bno (?:upper|maximum|top|highest|oldest) age(?: limit)?\b|\bno maximum age\b"
    r"|\bno upper (?:age )?limit\b|\bnot have an upper age\b|\bno age (?:cap|ceiling)\b"
    # a translation's "without upper limit of age" (sin límite superior de edad)
    r"|\bwithout (?:an? |any )?(?:upper|maximum|top) (?:age )?(?:limit|age|cap)\b"
    # ... with the adjective after its noun, as the source language puts it: "without limit
    # of age superior" (sin límite de edad superior)
    r"|\b(?:without|no) (?:an? |any )?(?:limit|cap|ceiling|bound) (?:of|on|for) age (?:upper"
    r"|superior|maximum|top)\b",
    "upper maximum top highest oldest cap ceiling superior",
)
# The same said short, next to an age: "Min age 18 yrs, no max", "the minimum age is 21; no
# maximum is set" (read only in a sentence that gives an age).
NO_MAX_RULE = Rule(
    r"\bno (?:max(?:imum)?|upper (?:limit|bound|end))\b(?! (?:dose|number|amount|of|on|time"
    r"|duration|length|period|daily|visits?)\b)",
    "max maximum upper",
)
_AGE_WORD_RE = re.compile(r"\bage[ds]?\b|\byrs?\b|\byears? old\b")
ANY_AGE_RULE = Rule(
    r"\b(?:of|at) any age\b|\bno age limits?\b|\ball ages\b", "any ages limit limits"
)
# Words for adults, with an optional gloss: "grown-ups (adults)", "over-18s".
_ADULT_WORDS = r"(?:adults|grown-?ups|over-18s)"
ADULTS = _ADULT_WORDS + r"(?: \([\w -]+\))?"
# Adults "of any age" on a record with no maximum and a minimum of 18 or less are all
# welcome: "teenagers from thirteen and adults of any age can join".
# ... and so is any age above the minimum, on such a record.
_ABOVE_THE_MINIMUM_RE = re.compile(
    r"[ \t]*(?:thereafter|above (?:that|this|it)|over (?:that|this)|after that"
    r"|beyond (?:that|this)|from (?:then|there) on)\b",
    re.IGNORECASE,
)
_ADULTS_BEFORE_RE = re.compile(rf"\b{_ADULT_WORDS}[ \t]+$", re.IGNORECASE)
ADULT_CLAIM_RULE = Rule(
    r"\b(?:only|for|open to|recruits?|recruiting|enrolls?|enrolling|includes?|looking for|needs?"
    rf"|seeks?|wants?|limited to|restricted to|confined to|reserved for)\s+(?:\w+\s+){{0,2}}?"
    rf"{ADULTS}(?![\w-])"
    # ("alone" and "solely" after the group restrict it as "only" does: "Grown-ups alone
    # may sign up")
    r"|\b(?:adults?|grown-?ups?|over-18s)(?: \([\w -]+\))?\s+(?:only|alone|solely|aged|who|with"
    r"|between|over|from|can|may|of any)\b"
    r"|\b(?:adult|grown-?up) (?:patients|participants|volunteers|men|women|people)\b"
    rf"|^\s*(?:- )?{ADULTS}(?![\w-])",
    "adult adults grown-ups grownups grown-up grownup grown over-18s",
    re.MULTILINE,
)
CHILD_WORDS_RE = re.compile(
    r"\b(?:child|children|kids?|teens?|teenagers?|adolescents?|young people|infants?|babies|"
    r"minors?|boys|girls|youth|pediatric|paediatric)\b"
)
CHILD_CLAIM_RULE = Rule(
    # (any word for the young, and a past or reported modal: a radio host's "youngsters could
    # join as well" says the same as "children can join")
    r"\b(?:children|kids|teenagers|teens|adolescents|infants|babies|minors|young people"
    r"|under-18s|youngsters|juveniles)\s+(?:\w+\s+){0,4}?"
    r"(?:can|could|may|might|are able to|were able to|will|would|are allowed to|were allowed to)"
    r"\s+(?:also\s+)?(?:join|take part|enrol|be included|participate)"
    r"|(?<!parents of )(?<!caregivers of )\b(?:for|open to|recruits?|recruiting|enrolls?|"
    r"includes?|looking for)\s+(?:\w+\s+){0,2}?(?:children|kids|teenagers|adolescents|infants|"
    r"babies)\b"
    # "Younger people (under 18) are also eligible", "minors are welcome", and with no verb
    # after another fact: "Aged 18 to 65, children welcome too"
    r"|(?<!parents of )(?<!no )(?<!not )\b(?:children|kids|teenagers|teens|adolescents|minors"
    r"|(?:younger|young) (?:people|patients|participants)|under-18s|boys and girls|girls and "
    # a clinician's shorthand: "peds eligible too", "paediatric patients included"
    r"boys|peds|youngsters|juveniles|p(?:a)?ediatric (?:patients|participants|cases))"
    r"(?:\s*\([^)\n]{1,20}\))?\s+(?:(?:are|will be)\s+)?(?:also\s+)?"
    r"(?:eligible|welcome|included|accepted|allowed|admitted|permitted)\b",
    "children kids teenagers teens adolescents infants babies minors young younger under-18s boys "
    "peds youngsters juveniles pediatric paediatric",
)
# Children named as a group that takes part, in a fragment with no verb ("Children and
# adults", "Adults and teenagers", "Kids welcome"): a card or a list says who can join so.
_YOUNG = (
    r"(?:children|kids|teenagers|teens|adolescents|minors|young people|under-18s|boys and girls"
    r"|girls and boys)"
)
CHILD_FRAGMENT_RULE = FragmentRule(
    rf"\b(?:(?:both|open to|for) )?(?:{_YOUNG} (?:and|or|&|as well as|plus) "
    rf"(?:\w+ )?(?:adults|grown-?ups)|(?:adults|grown-?ups) (?:and|or|&|as well as|plus) (?:\w+ )?"
    rf"{_YOUNG}|{_YOUNG} (?:welcome|eligible|included|accepted|allowed|too|also)|(?:adults|"
    rf"grown-?ups) and {_YOUNG})\b",
    "children kids teenagers teens adolescents minors young under-18s boys girls",
)
_AGE_SENTENCE_RE = re.compile(
    r"\b(?:age|aged|ages|old|take part|join|eligible|can enrol|can be included|open to)\b"
    # a rule for the reader: "you have to be 18 to 80"
    r"|\b(?:(?:have|has|need|needs|got) to|must|gotta) be \d"
    # the study taking people in is whom it is for: "It takes people from 21 up to 39"
    r"|\b(?:takes?|taking|accepts?|accepting|admits?|admitting|welcomes?|welcoming|lets in)"
    r" (?:\w+ )?(?:people|participants|patients|volunteers|adults|children|anyone|anybody|men"
    r"|women)\b"
)


# The word "age" right before a limit: "Age up to 8 months", "Ages: at least 6 months".
_AGE_LABEL_BEFORE_RE = re.compile(r"\b(?:age|ages|aged)\s*:?\s*$")
_AGE_OF_BEFORE_RE = re.compile(r"\b(?:age|ages|aged)(?: of)?\s*:?\s*$")
# The very young right before a limit: "infants up to 11 months" is an age in any unit
# ("people up to 6 months" may be a time in the study).
_BABIES_BEFORE_RE = re.compile(
    # (with "of" or "aged" between: "for tiny babies of up to 8 months")
    r"\b(?:infants|babies|newborns|neonates|toddlers|little ones|tots|tiny tots)"
    r"(?:\s+(?:of|aged|who are))?\s*$"
)
# A most after an age: "little ones aged 8 months at most" (only after "aged": "for 8 weeks at
# most" is how long).
_AT_MOST_AFTER_RE = re.compile(rf"\s*-?\s*{AGE_UNIT}?\s*(?:old\s*)?(?:at (?:the )?most|tops)\b")


def _years(value: float, unit: str | None) -> float:
    return value * AGE_UNIT_FACTOR[(unit or "y")[0]]


def _age_text(value: float | None) -> str:
    return "no limit" if value is None else fmt(value)


def _same_age(a: float, b: float | None) -> bool:
    return b is not None and abs(a - b) < 0.05


def _age_sentence(ctx: Context, pos: int) -> bool:
    return bool(_AGE_SENTENCE_RE.search(ctx.sentence_text(pos)))


def _cue_before(ctx: Context, start: int) -> bool:
    return bool(AGE_CUE_BEFORE_RE.search(ctx.masked, max(0, start - 30), start))


# A rule for the reader about being some age: "You've got to be 13 months or over".
_MUST_BE = r"(?:got to|have to|has to|need to|needs to|must|gotta)\s+be\s+$"
_MUST_BE_RE = re.compile(rf"\b{_MUST_BE}")
# (contracted too: "You'd need to be at least 13 months")
_PEOPLE_MUST = (
    r"\b(?:participants?|people|patients|volunteers|you|children|babies|infants|kids|they"
    r"|anyone|everyone|adults|persons|individuals|subjects)(?:'d|'ll)?\s+(?:will\s+|would\s+)?"
)
_PEOPLE_MUST_BE_RE = re.compile(_PEOPLE_MUST + _MUST_BE)
# The same rule before a range: "You'd need to be between seven and eighteen years". What a
# person must be, in years or months, is an age, not a duration.
_PEOPLE_MUST_BE_BETWEEN_RE = re.compile(
    _PEOPLE_MUST + _MUST_BE.removesuffix("$") + r"(?:between\s+|from\s+)?$"
)
_AGE_RANGE_END_RE = re.compile(r"\s*(?:[.,;:!?)\n]|$|(?:and|or|but|so)\b)")
_TIME_AGO_RE = re.compile(
    rf"\s*-?\s*{AGE_UNIT}?\s*(?:ago|before|after|since|prior|earlier|later|from|of (?!age))\b"
)


_OPEN_MIN_BEFORE_RE = re.compile(r"\d+\s*(?:and|or) (?:over|older|above|up)\s*,?\s*$")


@check
def ages_match(ctx: Context) -> Iterator[Finding]:
    trial = ctx.trial
    text = ctx.masked
    lo, hi = trial.minimum_age_years, trial.maximum_age_years
    record = f"{_age_text(lo)} to {_age_text(hi)}"
    mentions = [q for q in ctx.mentions if q.value < 130 and not ctx.excluded(q.span[0])]
    in_range: set[int] = set()
    max_sentences: set[int] = set()
    found: list[Finding] = []
    # Ranges: "aged 18 to 45", "between 18 and 45 years old", "6 months old up to 17 years old".
    for first, second in itertools.pairwise(mentions):
        join = RANGE_JOIN_RE.match(text, first.span[1], second.span[0])
        if not join or join.end() != second.span[0]:
            continue
        after = AGE_AFTER_RE.match(text, second.span[1])
        hi_unit = after.group("unit") if after else None
        old = bool(after and after.group("old"))
        cue = _cue_before(ctx, first.span[0])
        must = (
            hi_unit is not None
            and bool(
                _PEOPLE_MUST_BE_BETWEEN_RE.search(text, max(0, first.span[0] - 48), first.span[0])
            )
            # an age ends its clause; a time goes on to its event ("2 to 3 weeks out of surgery")
            and bool(_AGE_RANGE_END_RE.match(text, after.end() if after else second.span[1]))
        )
        if not (cue or old or must):
            continue
        lo_unit = join.group("lou") or hi_unit
        if (lo_unit or "y")[0] != "y" and not (old or must):
            continue  # "between 3 and 6 months" with no word of age is a duration
        if not (old or must) and not _age_sentence(ctx, first.span[0]):
            continue
        a, b = _years(first.value, lo_unit), _years(second.value, hi_unit)
        in_range.update((id(first), id(second)))
        max_sentences.add(ctx.sentence_at(first.span[0])[0])
        if not (_same_age(a, lo if lo is not None else 0.0) and _same_age(b, hi)):
            found.append(error(
                "age.range",
                "minimum_age_years" if not _same_age(a, lo or 0.0) else "maximum_age_years",
                f"Summary says ages {first.written} to {second.written}; "
                f"the record says {record} (minimum_age, maximum_age).",
                (first.span[0], second.span[1]),
            ))  # fmt: skip
    maxima: list[tuple[float, str, tuple[int, int], bool]] = []
    open_uppers: list[tuple[int, Finding]] = []
    for q in mentions:
        if id(q) in in_range:
            continue
        start, end = q.span
        before = MAX_BEFORE_RE.search(text, max(0, start - 40), start)
        after = MAX_AFTER_RE.match(text, end)
        if after is None and _AGE_LABEL_BEFORE_RE.search(text, max(0, start - 12), start):
            after = _AT_MOST_AFTER_RE.match(text, end)
        if before or after:
            unit_match = AGE_AFTER_RE.match(text, end)
            unit = unit_match.group("unit") if unit_match else None
            old = bool(unit_match and unit_match.group("old"))
            kw = (before.group("kw") or "") if before else ""
            strong = kw in ("younger than", "no older than", "not older than", "to the age of") or (
                kw.endswith((" be older than", " be over", " be above"))
                or kw.startswith(_NOBODY_WORDS)
                or kw.startswith(("maximum age", "under the age", "up to the age", "up to age",
                               "upper age", "age limit", "oldest age", "highest age"))
                # "Age up to 8 months": the word "age" makes any unit an age
                or bool(before and _AGE_LABEL_BEFORE_RE.search(
                    text, max(0, before.start() - 12), before.start()))
                or bool(before and _BABIES_BEFORE_RE.search(
                    text, max(0, before.start() - 12), before.start()))
            )  # fmt: skip
            if (
                strong
                or old
                or (after and (unit or _cue_before(ctx, start)))
                or (
                    before
                    and _cue_before(ctx, before.start())
                    and (unit or "y")[0] == "y"
                    and _age_sentence(ctx, start)
                )
                # the top of an age given after its open bottom: "aged 22 and over, up to 99"
                or (
                    kw in ("up to", "until")
                    and _OPEN_MIN_BEFORE_RE.search(text, max(0, start - 24), before.start())
                )
            ):
                loose = kw.startswith(("under", "younger", "below"))
                bar_from = after.end() if after else end
                if not strong and BARRED_AFTER_RE.match(text, bar_from):
                    # those at or under the bound are barred: it is the minimum's, below it
                    below = _years(q.value, unit) + (0 if loose else 1)
                    max_sentences.add(ctx.sentence_at(start)[0])
                    if not _same_age(below, lo):
                        found.append(error(
                            "age.minimum",
                            "minimum_age_years",
                            f"Summary bars those {q.written} and under; the record's minimum "
                            f"age is {_age_text(lo)} (minimum_age).",
                            q.span,
                        ))  # fmt: skip
                    continue
                maxima.append((_years(q.value, unit), q.written, q.span, loose))
                max_sentences.add(ctx.sentence_at(start)[0])
                continue
        claim = MIN_AFTER_RE.match(text, end)
        kw_match = MIN_BEFORE_RE.search(text, max(0, start - 30), start)
        if claim:
            unit = claim.group("unit")
            open_word = claim.group("open")
            is_age = open_word == "older" or (
                (unit or "y")[0] == "y"
                and (
                    _cue_before(ctx, start)
                    or "old" in text[end : claim.end()]
                    or "of age" in text[end : claim.end()]
                )
            )
            # a baby's age in months or weeks, as a rule for who may join: "You've got to be
            # 13 months or over"
            if unit is not None and _MUST_BE_RE.search(text, max(0, start - 20), start):
                is_age = True
            if claim.group("plus"):
                is_age = _cue_before(ctx, start)
            # "up" alone is an age only said of who may join: "Anybody from 11 months up can
            # join" (not "from week 6 up")
            if claim.group("up"):
                is_age = _cue_before(ctx, start) and _age_sentence(ctx, start)
            # Why "or more" only after the word "age": it ends any amount ("for 8 years or
            # more" is how long), and only "an age of 8 years or more" makes it an age
            if open_word == "more":
                is_age = _AGE_OF_BEFORE_RE.search(text, max(0, start - 16), start) is not None
            if not is_age:
                continue
            value = _years(q.value, unit)
            strict = False
            open_ended = True
            span = q.span
        elif kw_match:
            after_unit = AGE_AFTER_RE.match(text, end)
            unit = after_unit.group("unit") if after_unit else None
            old = bool(after_unit and after_unit.group("old"))
            kw = kw_match.group("kw") or ">"  # a symbol: "age ≥18 y" (≥ reads as ">")
            if kw == "from" and not old:
                continue  # "from 2019", "from 6 months after surgery"
            strong = (
                kw in ("older than", "from the age of", "over the age of", "from age",
                       "aged at least")
                or kw.endswith((" be younger than", " be under", " be below"))
                or kw.startswith(("minimum age", "lower age", "youngest age", *_NOBODY_WORDS))
                or bool(_AGE_LABEL_BEFORE_RE.search(text, max(0, kw_match.start() - 12),
                                                    kw_match.start()))
                # a rule for who may join, in any unit: "Participants need to be at least 17
                # months" (as the "or over" form above reads it); said of people, and not a
                # time ago ("The first episode must be at least 6 months ago")
                or (unit is not None and bool(_PEOPLE_MUST_BE_RE.search(
                    text, max(0, kw_match.start() - 40), kw_match.start()))
                    and not _TIME_AGO_RE.match(text, end))
            )  # fmt: skip
            if not (strong or old or (
                _cue_before(ctx, kw_match.start()) and (unit or "y")[0] == "y"
                and _age_sentence(ctx, start)
            )):  # fmt: skip
                continue
            value = _years(q.value, unit)
            strict = kw in ("older than", "over", "above", ">")
            open_ended = False
            span = q.span
        else:
            continue
        if not (_same_age(value, lo) or (strict and _same_age(value + 1, lo))):
            if lo is None and value == 0:
                continue
            found.append(error(
                "age.minimum",
                "minimum_age_years",
                f"Summary says a minimum age of {q.written}; the record says {_age_text(lo)} "
                "(minimum_age).",
                span,
            ))  # fmt: skip
            continue
        if hi is not None and open_ended:
            # (read once every maximum is: "aged 22 and over, up to 99" has its top after)
            open_uppers.append((ctx.sentence_at(start)[0], error(
                "age.open_upper",
                "maximum_age_years",
                f"Summary says {q.written} or older with no upper limit; the record's maximum "
                f"age is {fmt(hi)} (maximum_age).",
                (start, claim.end() if claim else end),
            )))  # fmt: skip
    found.extend(e for sentence, e in open_uppers if sentence not in max_sentences)
    for value, written, span, loose in maxima:
        if _same_age(value, hi) or (loose and _same_age(value - 1, hi)):
            continue
        found.append(error(
            "age.maximum",
            "maximum_age_years",
            f"Summary says a maximum age of {written}; the record says {_age_text(hi)} "
            "(maximum_age).",
            span,
        ))  # fmt: skip
    yield from found
    if hi is not None:
        no_max = [
            m
            for m in NO_MAX_RULE.finditer(ctx)
            if _AGE_WORD_RE.search(ctx.masked, *ctx.sentence_at(m.start()))
        ]
        taken: list[tuple[int, int]] = []
        for match in [*NO_UPPER_RULE.finditer(ctx), *no_max]:
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            yield error(
                "age.open_upper",
                "maximum_age_years",
                f"Summary says there is no upper age limit; the record's maximum age is "
                f"{fmt(hi)} (maximum_age).",
                match.span(),
            )
    if lo is not None or hi is not None:
        for match in ANY_AGE_RULE.finditer(ctx):
            if (
                hi is None
                and (lo is None or lo <= 18)
                and _ADULTS_BEFORE_RE.search(ctx.masked, max(0, match.start() - 20), match.start())
            ):
                continue  # "teenagers from 13 and adults of any age": no adult is too old
            if hi is None and _ABOVE_THE_MINIMUM_RE.match(ctx.masked, match.end()):
                continue  # "from 8 months; players of all ages thereafter": no one too old
            yield error(
                "age.range",
                "minimum_age_years",
                f"Summary says {ctx.said(match)!r}; the record says {record} "
                "(minimum_age, maximum_age).",
                match.span(),
            )
    if hi is not None:
        # a label's words in either order: "age_max", "Age (upper)" name the maximum as
        # "max age" does, though the label reads first as an age
        upper = [
            (item, meanings)
            for item, meanings in bare_items(ctx, "ages", _NO_LIMIT_TERMS)
            if _UPPER_WORD_RE.search(item.label)
        ]
        for item, _ in [*bare_items(ctx, "maximum_age", _NO_LIMIT_TERMS), *upper]:
            yield error(
                "age.open_upper",
                "maximum_age_years",
                f"Summary says {item.label} {ctx.text[item.value_start : item.value_end]!r}; "
                f"the record's maximum age is {fmt(hi)} (maximum_age).",
                (item.value_start, item.value_end),
            )
    group_items = bare_items(ctx, "age_group", _AGE_GROUP_TERMS)
    yield from _age_groups_match(ctx, group_items)
    # a bare age group is read above, not by the patterns below
    read = [(item.start, item.value_end) for item, _ in group_items]
    admits_children = lo is None or lo < 18
    for admits, span in _children_flags(ctx):
        read.append(span)
        if admits == admits_children or ctx.excluded(span[0]):
            continue
        yield error(
            "age.children" if admits else "age.adults",
            "minimum_age_years",
            f"Summary says {ctx.text[span[0] : span[1]].strip()!r}; the record's minimum age "
            f"is {_age_text(lo) if lo is not None else 'not given'} (minimum_age).",
            span,
        )
    if admits_children and (lo is not None or "adult" not in ctx.facts.text):
        for match in ADULT_CLAIM_RULE.finditer(ctx):
            if (
                CHILD_WORDS_RE.search(ctx.sentence_text(match.start()))
                or ctx.excluded(match.start())
                or overlaps(*match.span(), read)
            ):
                continue
            yield error(
                "age.adults",
                "minimum_age_years",
                f"Summary says adults; the record admits people from age {_age_text(lo or 0)} "
                "(minimum_age)."
                if lo is not None
                else "Summary says adults; the record gives no minimum age (minimum_age).",
                match.span(),
            )
    if lo is not None and lo >= 18:
        taken = list(read)
        for match in (m for r in (CHILD_CLAIM_RULE, CHILD_FRAGMENT_RULE) for m in r.finditer(ctx)):
            if ctx.excluded(match.start()) or any(
                a < match.end() and match.start() < b for a, b in taken
            ):
                continue
            taken.append(match.span())
            yield error(
                "age.children",
                "minimum_age_years",
                f"Summary says children can take part; the record's minimum age is {fmt(lo)} "
                "(minimum_age).",
                match.span(),
            )


# A yes/no answer to a label that names who may join: "Children eligible: no", "Adults
# only: yes", and a JSON flag whose key runs the words together ("childrenEligible": true,
# "adultsOnly": false). The value affirms or denies the label's words; what they then say
# about children is the claim, whatever the words are.
_YES_NO_ITEM_RE = compile_skipping(
    r'(?:^|(?<=[{,;\n]))[ \t]*(?:[-*•][ \t]+)?"?(?P<label>[A-Za-z][A-Za-z_ -]{2,40}?)"?[ \t]*:'
    r'[ \t]*"?(?P<value>yes|no|true|false|y|n)\b"?',
    re.IGNORECASE | re.MULTILINE,
)
_ONLY_RE = re.compile(r"\b(?:only|exclusively)\b")
_ADULT_WORD_RE = re.compile(r"\b(?:adults?|grown-?ups?|over[- ]?18s?)\b")
_ADMITS_RE = re.compile(
    r"\b(?:eligible|allowed|welcome|accepted|included|admitted|can join|may join|can take part"
    r"|may take part|ok|okay|permitted|enrol+ed|enrol+able|recruited|accepted)\b"
)
_BARS_RE = re.compile(r"\b(?:excluded|ineligible|not eligible|barred|not allowed)\b")
# "no" before a word that is no conjunction or age word determines a noun, it answers
# nothing: "Healthy adults only: no illness was needed" ("Adults only: no, teens too" answers).
_NO_AS_DETERMINER_RE = re.compile(
    r"[ \t]+(?!(?:but|and|or|if|unless|except|children|kids|minors|under|teens?)\b)[a-z]{2,}\b",
    re.IGNORECASE,
)


def _children_flags(ctx: Context) -> list[tuple[bool, tuple[int, int]]]:
    """Each yes/no item whose label says whether children may join: what it then claims
    (children admitted or not) and where it is."""
    flags = []
    for match in _YES_NO_ITEM_RE.finditer(ctx.norm):
        words = CAMEL_RE.sub(" ", match.group("label")).replace("_", " ").lower()
        yes = match.group("value").lower() in ("yes", "true", "y")
        if not yes and _NO_AS_DETERMINER_RE.match(ctx.norm, match.end()):
            continue  # "Healthy adults only: no illness was needed": "no" opens a phrase
        if CHILD_WORDS_RE.search(words) and (_ADMITS_RE.search(words) or _BARS_RE.search(words)):
            admits = bool(_ADMITS_RE.search(words)) and not _BARS_RE.search(words)
        elif _ADULT_WORD_RE.search(words) and _ONLY_RE.search(words):
            admits = False  # "adults only": the children are the ones left out
        else:
            continue
        flags.append((admits == yes, match.span()))
    return flags


_UPPER_WORD_RE = re.compile(r"\b(?:max|maximum|upper|highest|oldest|top)\b")

# "maximum_age: N/A", "Upper age limit: none": the registry leaves the field out.
_NO_LIMIT_TERMS = terms(
    (
        r"none|n/?a|not applicable|unlimited|no(?: upper)?(?: age)? (?:limit|maximum)|no|-",
        frozenset({"NONE"}),
    ),
)

# The registry's age groups ("stdAges: CHILD, ADULT", "Age group: adults"): under 18, 18 to
# 64, 65 and over.
_AGE_GROUP_TERMS = terms(
    (r"child(?:ren)?|kids?|minors?|p(?:a)?ediatric|adolescents?|teens?|teenagers?|infants?",
     frozenset({"CHILD"})),
    (r"adults?|grown-?ups?", frozenset({"ADULT"})),
    (r"older adults?|elderly|seniors?|older people|older", frozenset({"OLDER_ADULT"})),
)  # fmt: skip
_AGE_GROUP_WORDS = {"CHILD": "children", "ADULT": "adults", "OLDER_ADULT": "older adults"}


def _age_groups_match(
    ctx: Context, items: list[tuple[Item, list[frozenset[str]]]]
) -> Iterator[Finding]:
    lo, hi = ctx.trial.minimum_age_years, ctx.trial.maximum_age_years
    if lo is None and hi is None:
        return
    low, high = lo or 0.0, float("inf") if hi is None else hi
    groups = {
        group
        for group, (a, b) in (("CHILD", (0, 18)), ("ADULT", (18, 65)), ("OLDER_ADULT", (65, 999)))
        if low < b and high >= a
    }
    for item, meanings in items:
        said = set().union(*meanings)
        span = (item.value_start, item.value_end)
        wrong = sorted(said - groups)
        # "adults" of a study that takes children leaves them out (as "age.adults" reads it)
        left_out = "CHILD" in groups and lo is not None and "CHILD" not in said
        if wrong or left_out:
            yield error(
                "age.group",
                "minimum_age_years",
                f"Summary says {item.label} {ctx.text[span[0] : span[1]]!r}; the record admits "
                f"ages {_age_text(lo or 0)} to {_age_text(hi)}, "
                f"so {', '.join(w for g, w in _AGE_GROUP_WORDS.items() if g in groups)} "
                "(minimum_age, maximum_age).",
                span,
            )


# An age at which the participants were diagnosed: "diagnosed with asthma at the age of 18".
# No one is diagnosed older than they are, so such an age above the record's oldest
# participant contradicts its ages, whatever the illness.
_DIAGNOSED_AT_RE = re.compile(
    r"\bdiagnosed\b[^.;:!?\n]{0,60}?\bat (?:the )?age (?:of )?(?P<n>\d{1,3})\b"
    r"(?! ?(?:months?|weeks?|days?)\b)"
)
_DIAGNOSED_UNBOUNDED_RE = re.compile(
    r"\b(?:not|no|never|cannot|can't|or (?:older|later|above|more)|and (?:older|over|above)"
    r"|older|later|after|over|above|if|whether)\b"
)


@check
def diagnosis_age_possible(ctx: Context) -> Iterator[Finding]:
    hi = ctx.trial.maximum_age_years
    if hi is None or "diagnosed" not in ctx.words:
        return
    for match in _DIAGNOSED_AT_RE.finditer(ctx.masked):
        value = int(match.group("n"))
        a, b = ctx.sentence_at(match.start())
        if value <= hi or ctx.excluded(match.start()):
            continue
        if _DIAGNOSED_UNBOUNDED_RE.search(ctx.masked, a, b):
            continue  # "diagnosed at the age of 18 or later", "not diagnosed at ...": no age
        yield error(
            "age.maximum",
            "maximum_age_years",
            f"Summary says participants were diagnosed at {value}; the record's oldest"
            f" participant is {_age_text(hi)} (maximum_age).",
            match.span("n"),
        )


# --- sex -----------------------------------------------------------------------

SEX_WORDS = frozenset(
    [
        "women",
        "men",
        "females",
        "males",
        "female",
        "male",
        "girls",
        "boys",
        "ladies",
        "sex",
        "sexes",
        "gender",
        "genders",
        "guys",
        "gals",
        "dudes",
        "bros",
    ]
)
# "female" or "male" before any word for people, with one word between at most: "female
# members", "male children", "male healthy volunteers" (not "female hormone levels").
_PEOPLE_NOUN = (
    r"(?:[a-z-]+ )?(?:participants|patients|volunteers|adults|people|members|children|kids"
    r"|subjects|individuals|persons|infants|babies|teens|teenagers|adolescents|youths?|students"
    r"|athletes|workers|employees|veterans|residents|applicants|smokers|patient|participant"
    r"|volunteer|adult|child|only)"
)
# Slang for men or boys ("guys", "dudes") is often no sex at all ("hey guys", "you guys"): it
# claims one only beside a restriction ("only for guys", "guys only").
_SLANG_MALE = r"(?:guys|dudes|bros)"
_SLANG_ONLY = (
    r"(?:only|just|exclusively|limited to|restricted to|open to|for) (?:the )?{w}\b"
    r"(?!\s*(?:and|n|&|\+|/|or)\b)|(?<!you )(?<!hey )(?<!hi )\b{w}(?: only|-only)\b"
)
# A sex named as the people's attribute, after them: "persons of female sex", "people of
# the male gender".
_OF_SEX = r"(?:of (?:the )?{s} (?:sex|gender))"
FEMALE_RE = re.compile(
    rf"\b(?:women|females|girls|ladies|female {_PEOPLE_NOUN}|{_OF_SEX.format(s='female')})\b(?!')"
    r"|\b(?:" + _SLANG_ONLY.format(w="gals") + ")"
)
MALE_RE = re.compile(
    rf"\b(?:men|males|boys|male {_PEOPLE_NOUN}|{_OF_SEX.format(s='male')})\b(?!')"
    r"|\b(?:" + _SLANG_ONLY.format(w=_SLANG_MALE) + ")"
)
# "and" as a text message or a card writes it too: "Men & women", "male/female", "M + F",
# "guys n girls"; as a comparison ("as many men as women", "men as well as women", a
# translation's "so much men as women")
_AND = r"(?:\s*(?:and|&|\+|/|or|as|as well as)\s*|\s+n\s+)"
_GUYS = r"(?:guys|dudes|boys)"
_GIRLS = r"(?:girls|gals|ladies)"
BOTH_SEXES_RE = re.compile(
    rf"\b(?:men{_AND}women|women{_AND}men|males{_AND}females|females{_AND}males|male{_AND}female"
    rf"|female{_AND}male|{_GUYS}{_AND}{_GIRLS}|{_GIRLS}{_AND}{_GUYS}|both sexes|both genders"
    r"|any sex|any gender|all sexes|all genders|either sex|either gender|of any sex"
    r"|regardless of sex|regardless of gender)\b"
)
# Why the broad "eligib-" and "qualif-" stems and the "<participle> to" family: a sentence
# about who may join that names one sex restricts to it, whatever verb it restricts with
# ("Eligibility is confined to women", "reserved for men", "the study admits girls"); a list
# of verbs only ever matched the styles already seen.
RESTRICT_RE = re.compile(
    r"\b(?:only|just|exclusively|solely|open to|(?:limited|restricted|confined|reserved|"
    r"exclusive|closed to all but|open solely|open exclusively) (?:to|for)|for|can join|can take "
    r"part|may join|may take part|eligib\w*|qualif\w*|admit\w*|accept\w*|can enrol|are needed|"
    r"looking for|recruit\w*|enrol\w*|seeks|include[sd]?)\b|-only\b"
    # "alone" right after the people restricts them as "only" does: "It takes women alone"
    # (only there: "women who live alone" says where they live, not who may join)
    r"|\b(?:women|men|females|males|girls|boys|ladies|guys) alone\b"
)
NOT_RESTRICTING_RE = re.compile(
    r"\b(?:not|cannot|can't|no|excluded|exclude|pregnan\w*|breast-?feeding|nursing|"
    r"childbearing|contracepti\w*|birth control|partner|partners)\b"
)


# A digest's shorthand, in capitals: "F only", "M-only".
_SEX_SHORTHAND_RE = re.compile(r"(?<![\w.'/-])(?P<sex>[FM])(?:\s*-\s*|\s+)only\b")


# The prompt's line "Eligible: FEMALE; 18 Years to 50 Years", copied: its first value is
# the record's sex field.
_ELIGIBLE_SEX_TERMS = terms(
    (r"all|both sexes|all sexes", frozenset({"ALL"})),
    (r"females?|women( only)?", frozenset({"FEMALE"})),
    (r"males?|men( only)?", frozenset({"MALE"})),
)


@check
def sex_matches(ctx: Context) -> Iterator[Finding]:
    sex = ctx.trial.sex
    if sex is None:
        return
    expected = {Sex.ALL: "all sexes", Sex.FEMALE: "female only", Sex.MALE: "male only"}[sex]
    if "only" in ctx.words and not {"f", "m"}.isdisjoint(ctx.words):
        yield from _sex_shorthand(ctx, sex, expected)
    if "eligible" in ctx.words:
        for item in contradicted_items(ctx, "eligible", _ELIGIBLE_SEX_TERMS, sex.value)[1]:
            # Terms joined by "and" are read together, not one by one: "Eligible: women and
            # men" admits both sexes, though neither "women" nor "men" alone is all of them.
            if _sex_value(item.value(ctx)) == sex:
                continue
            said = ctx.text[item.value_start : item.value_end]
            yield error(
                "sex.mismatch",
                "sex",
                f"Summary says {item.label} {said!r}; the record says {expected} (sex).",
                (item.value_start, item.value_end),
            )
    if SEX_WORDS.isdisjoint(ctx.words):
        return
    text = ctx.masked
    index = ctx.word_index
    starts = {ctx.sentence_at(p) for w in SEX_WORDS & index.keys() for p in index[w]}
    labelled = [item for item in ctx.labelled_items if item.field == "sex"]
    found = list(_sex_sentences(ctx, sex, expected, labelled, starts))
    yield from found
    # A fragment that is only a sex, as a card gives it: "Women · 18+ · Completed".
    for a, b in short_fragments(ctx, SEX_WORDS, 40):
        if not SEX_FRAGMENT_RE.fullmatch(text, a, b) or _in_items(a, b, labelled):
            continue
        if ctx.excluded(a) or any(f.span and f.span[0] < b and a < f.span[1] for f in found):
            continue
        claimed = _sex_value(text[a:b])
        if claimed is not None and claimed != sex:
            yield error(
                "sex.mismatch",
                "sex",
                f"Summary says {ctx.text[a:b]!r}; the record says {expected} (sex).",
                (a, b),
            )


def _sex_shorthand(ctx: Context, sex: Sex, expected: str) -> Iterator[Finding]:
    for match in _SEX_SHORTHAND_RE.finditer(ctx.masked_cased):
        claimed = Sex.FEMALE if match.group("sex") == "F" else Sex.MALE
        if claimed != sex and not ctx.excluded(match.start()):
            yield error(
                "sex.mismatch",
                "sex",
                f"Summary says {ctx.said(match)!r}; the record says {expected} (sex).",
                match.span(),
            )


# The answer after a question, when it affirms: "Were men eligible? Yes." and an exam
# paper's "(Answer: yes.)".
_YES_ANSWER_RE = re.compile(
    r"[\s?]*(?:[(\[][ \t]*)?(?:answer[ \t]*[:-][ \t]*)?(?:yes|yeah|yep|true|correct)\b",
    re.IGNORECASE,
)


def _sex_sentences(
    ctx: Context,
    sex: Sex,
    expected: str,
    labelled: list[Item],
    starts: set[tuple[int, int]],
) -> Iterator[Finding]:
    """Sex claims in labelled values and in sentences ("only women can take part")."""
    text = ctx.masked
    for item in labelled:
        claimed = _sex_value(item.value(ctx))
        if claimed is not None and claimed != sex:
            span = (item.value_start, item.value_end)
            yield error(
                "sex.mismatch",
                "sex",
                f"Summary says {ctx.text[span[0] : span[1]]!r}; the record says {expected} (sex).",
                span,
            )
    for a, b in sorted(starts):
        if ctx.excluded(a) or _in_items(a, b, labelled):
            continue
        if text[a:b].rstrip().endswith("?") and not _YES_ANSWER_RE.match(text, b):
            continue  # "Were men eligible? No, women only.": a question claims what "yes" says
        both = BOTH_SEXES_RE.search(text, a, b)
        if both:
            if sex != Sex.ALL:
                yield _sex_error(ctx, both, expected)
            continue
        female = FEMALE_RE.search(text, a, b)
        male = MALE_RE.search(text, a, b)
        if bool(female) == bool(male):
            continue
        refused = _refused_sex(text, a, b, sex)
        if refused is not None:
            yield error(
                "sex.mismatch",
                "sex",
                f"Summary says {ctx.text[refused[0] : refused[1]]!r}; the record says {expected}"
                " (sex).",
                refused,
            )
            continue
        if not RESTRICT_RE.search(text, a, b) or NOT_RESTRICTING_RE.search(text, a, b):
            continue
        claimed = Sex.FEMALE if female else Sex.MALE
        said = female or male
        assert said is not None
        if claimed != sex:
            word = re.escape(said.group(0))
            only = re.search(
                rf"\b(?:only|just|exclusively)\s+(?:\w+\s+){{0,2}}?{word}|{word}\s*-?\s*only\b",
                text[a:b],
            )
            match = only or female or male
            assert match is not None
            offset = a if only else 0
            span = (offset + match.start(), offset + match.end())
            yield error(
                "sex.mismatch",
                "sex",
                f"Summary says {ctx.text[span[0] : span[1]]!r}; the record says {expected} (sex).",
                span,
            )


# The only sex a record admits, turned away: "This job is not open to women." on a study of
# women. The people stand alone, with no qualifier after them ("not open to women who are
# pregnant" excludes some of them) nor before ("Pregnant women cannot join").
_REFUSED_BEFORE = (
    r"\b(?:not (?:open|available) to|closed to|not for|(?:does not|doesn't|do not|don't|won't"
    r"|will not|cannot|can't|can not) (?:accept|admit|enrol+|include|take|recruit|allow))"
    r" (?:any )?(?P<people>{sex})(?=[ \t]*(?:[.;!,)]|$))"
)
_REFUSED_AFTER = (
    r"^[\W_]*(?:the )?(?P<people>{sex}) (?:cannot|can't|can not|may not|must not|are not"
    r" (?:allowed|eligible|able|accepted|admitted|included)|aren't (?:allowed|eligible|able)"
    r"|are excluded|will not be (?:accepted|admitted|enrolled|included)|need not apply)\b"
)
_REFUSED_PEOPLE = {
    Sex.FEMALE: r"women|females|girls|ladies|female participants|female patients",
    Sex.MALE: r"men|males|boys|male participants|male patients",
}
_REFUSED_SEX_RE = {
    sex: tuple(re.compile(f.format(sex=people)) for f in (_REFUSED_BEFORE, _REFUSED_AFTER))
    for sex, people in _REFUSED_PEOPLE.items()
}


def _refused_sex(text: str, a: int, b: int, sex: Sex) -> tuple[int, int] | None:
    """The span of the record's only sex refused in the sentence text[a:b], if it is."""
    sentence = text[a:b]
    for pattern in _REFUSED_SEX_RE.get(sex, ()):
        match = pattern.search(sentence)
        if match is not None:
            return a + match.start(), a + match.end()
    return None


# The value of a "Sex:" item: "female only", "women", "F", "all", "both", "male and female".
SEX_VALUE_ALL_RE = re.compile(
    r"^(?:all|both|any|either|everyone|anyone|no (?:restriction|limit)|not restricted|mixed)\b"
    r"|\b(?:all|both|any|either) (?:sexes|genders)\b"
)
SEX_VALUE_FEMALE_RE = re.compile(r"\b(?:female|females|women|woman|girls?|ladies|f)\b")
SEX_VALUE_MALE_RE = re.compile(r"\b(?:male|males|men|man|boys?|m)\b")
SEX_VALUE_NEGATED_RE = re.compile(r"\b(?:not|no|except|excluding|excluded|pregnan\w*)\b")


SEX_FRAGMENT_RE = re.compile(
    r"(?:(?:only|just|for) )?(?:women|men|females?|males?|girls|boys|ladies|female (?:participants"
    r"|patients|volunteers|adults)|male (?:participants|patients|volunteers|adults))(?: only)?"
)


def _sex_value(value: str) -> Sex | None:
    """Which sexes a labelled value admits, or None when it says something else."""
    if SEX_VALUE_ALL_RE.search(value):
        return Sex.ALL
    if SEX_VALUE_NEGATED_RE.search(value):
        return None
    female = bool(SEX_VALUE_FEMALE_RE.search(value))
    male = bool(SEX_VALUE_MALE_RE.search(value))
    if female and male:
        return Sex.ALL
    return Sex.FEMALE if female else Sex.MALE if male else None


def _in_items(a: int, b: int, items: list[Item]) -> bool:
    return any(a <= item.value_start < b for item in items)


def _sex_error(ctx: Context, match: re.Match[str], expected: str) -> Finding:
    return error(
        "sex.mismatch",
        "sex",
        f"Summary says {ctx.said(match)!r}; the record says {expected} (sex).",
        match.span(),
    )
