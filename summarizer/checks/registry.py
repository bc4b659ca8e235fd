"""Registry facts: dates and years, the NCT id, the sponsor, the conditions and the
countries of the sites."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..glossary import JARGON
from .core import NCT_RE, Context, Finding, Rule, check, error, overlaps
from .design import STATUS_WORD_VALUE_RE
from .facts import WORD_RE, acronym, name_tokens
from .fragments import FragmentRule
from .labels import CAMEL_RE
from .names import (
    condition_known,
    conditions,
    countries,
    country_known,
    illness_words,
    organization_known,
    organization_names,
    organizations,
    us_spelling,
)
from .parsing import APPROX_WORDS, MANNERS, NUMBER_WORDS, compile_skipping

# --- dates ----------------------------------------------------------------------

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]  # fmt: skip
_MONTH_ALT = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# Dates are read around the 4-digit years among the summary's numbers.
MONTH_BEFORE_RE = re.compile(
    rf"(?:\b(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b(?P<month>{_MONTH_ALT})\.?\s+"
    # (a spoken day, with its article: "February the 1st, 2018")
    rf"(?:(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?$"
)
ISO_AFTER_RE = re.compile(r"-(?P<month>\d{2})(?:-(?P<day>\d{2}))?\b")
# A date in figures, month before year: "08/1984", "3.2021", "12/03/2021". The number
# parser reads "08/1984" as the 08 alone, so these are found by themselves (after a
# cheap test for a slash or a dot between figures).
NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/.-])(?:(?P<a>\d{1,2})[/.-])?(?P<b>\d{1,2})[/.-](?P<year>(?:19|20)\d\d)(?![\d/-]|\.\d)"
)
DATE_FIELDS = ("start_date", "primary_completion_date", "completion_date", "last_update_date")
START_CUE_RE = compile_skipping(
    r"\b(?:start\w*|began|begin\w*|beginning|opened|open(?:s|ing)?|since|launch\w*|from"
    # informal openers; they come after "expected to", whose "to" is an end cue
    r"|kick(?:s|ed|ing)?[ -]off|kick-?off|commenc\w*|under ?way|got going|get(?:s|ting)? going)\b"
)
END_CUE_RE = compile_skipping(
    r"\b(?:end\w*|finish\w*|complet\w*|close[sd]?|closing|until|till|through|to|by|conclu\w*|"
    # the day it ends, named as a day: "its final day came on 1 May 2018"
    r"run(?:s|ning)? until|wrap\w*|last until|(?:final|last|closing) day)\b"
)
UPDATE_CUE_RE = compile_skipping(r"\b(?:updat\w*|verified|changed|posted)\b")
ROLE_FIELDS = {
    "start": ("start_date",),
    "end": ("primary_completion_date", "completion_date"),
    "update": ("last_update_date",),
}


# Why a preposition cues an end only right before its date: "to", "by", "through" and
# "until" mark a date they govern ("runs to June 2020", "finished by 2019"), and are
# everywhere else in a sentence ("first opened to volunteers in March 2000", "run by the
# university since 2016").
_END_PREPOSITIONS = frozenset(["to", "by", "through", "until", "till"])
_DATE_NEXT_RE = re.compile(
    r"\s*(?:(?:the|about|around|approximately|roughly|early|late|mid|end of|middle of"
    r"|beginning of|start of)[\s-]+)*"
)


def _month_number(token: str) -> int:
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(token.lower()[:3]))


_YEAR_RE = compile_skipping(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _role(ctx: Context, start: int) -> str | None:
    """Which record date a date in the summary claims to be, from the nearest cue word."""
    a, _ = ctx.sentence_at(start)
    # camel case is words too: the registry's "startDate", "completionDate"
    before = CAMEL_RE.sub(" ", ctx.norm[max(a, start - 60) : start]).lower()
    best: tuple[int, str] | None = None
    for role, pattern in (("start", START_CUE_RE), ("end", END_CUE_RE), ("update", UPDATE_CUE_RE)):
        for match in pattern.finditer(before):
            if match.group() in _END_PREPOSITIONS and not _DATE_NEXT_RE.fullmatch(
                before, match.end()
            ):
                continue  # "opened to volunteers in March 2000": "to" is not the date's
            if best is None or match.end() > best[0]:
                best = (match.end(), role)
    if best is None or _YEAR_RE.search(before, best[0]):
        # a cue with another date after it is that date's: "started": "January 2003",
        # "listedEnd": "July 2006"
        return None
    cue_start = before.rfind(" ", 0, best[0] - 1)
    if ";" in before[best[0] :] and _YEAR_RE.search(before, 0, max(cue_start, 0)):
        # a cue after a date, with the clause closed behind it, is that date's: "in June 2022
        # when it started; it set in August 2024"
        return None
    return best[1]


@check
def dates_match(ctx: Context) -> Iterator[Finding]:
    trial = ctx.trial
    record = {f: getattr(trial, f) for f in DATE_FIELDS if getattr(trial, f)}
    listed = ", ".join(f"{k} {v}" for k, v in record.items()) or "no dates"
    source = ctx.facts.text
    text = ctx.masked
    for q in ctx.mentions:
        if not (1900 <= q.value <= 2100 and len(q.written) == 4 and q.written.isdigit()):
            continue
        start, end = q.span
        said = q.written
        before = MONTH_BEFORE_RE.search(text, max(0, start - 24), start)
        iso = ISO_AFTER_RE.match(text, end)
        if before:
            start = before.start()
            said += f"-{_month_number(before.group('month')):02d}"
            day = before.group("day1") or before.group("day2")
            if day:
                said += f"-{int(day):02d}"
        elif iso:
            end = iso.end()
            said += f"-{iso.group('month')}"
            if iso.group("day"):
                said += f"-{iso.group('day')}"
        span = (start, end)
        role = _role(ctx, start)
        fields = ROLE_FIELDS.get(role or "", DATE_FIELDS)
        candidates = [record[f] for f in fields if f in record] or list(record.values())
        if any(d == said or d.startswith(said + "-") or said.startswith(d + "-")
               for d in candidates):  # fmt: skip
            continue
        if role is None and len(said) == 4 and said in source:
            continue  # a year the record's own text gives ("the 2016 WHO criteria")
        field = fields[0] if role else "start_date"
        yield error(
            "date.mismatch",
            field,
            f"Summary says {ctx.text[start:end]!r}; the record has {listed}.",
            span,
        )
    if record and _FIGURES_SPLIT_RE.search(text):
        yield from _numeric_dates(ctx, record, listed)


_FIGURES_SPLIT_RE = re.compile(r"\d[/.]\d")


def _numeric_dates(ctx: Context, record: dict[str, str], listed: str) -> Iterator[Finding]:
    """Dates in figures ("Started 08/1984") that no record date of their role matches.
    A day and month in figures are read both ways round (03/08 is March or August)."""
    for match in NUMERIC_DATE_RE.finditer(ctx.masked):
        year, a, b = match.group("year"), match.group("a"), match.group("b")
        months = [int(b)] if a is None else [int(b), int(a)]
        if not any(1 <= m <= 12 for m in months):
            continue
        role = _role(ctx, match.start())
        fields = ROLE_FIELDS.get(role or "", DATE_FIELDS)
        candidates = [record[f] for f in fields if f in record] or list(record.values())
        said = [f"{year}-{m:02d}" for m in months if 1 <= m <= 12]
        if any(d.startswith(x) or x.startswith(d) for d in candidates for x in said):
            continue
        if role is None and any(x in ctx.facts.text for x in (year, *said)):
            continue
        yield error(
            "date.mismatch",
            fields[0] if role else "start_date",
            f"Summary says {ctx.said(match)!r}; the record has {listed}.",
            match.span(),
        )


# --- identifiers and sponsor ----------------------------------------------------------


@check
def nct_id_matches(ctx: Context) -> Iterator[Finding]:
    if "nct" not in ctx.lower:  # no other letters fold onto n, c or t
        return
    for match in NCT_RE.finditer(ctx.norm):
        said = match.group(0).upper().replace(" ", "")
        if said != ctx.trial.nct_id and said.lower() not in ctx.facts.text:
            yield error(
                "nct_id.mismatch",
                "nct_id",
                f"Summary says {match.group(0)}; the record is {ctx.trial.nct_id} (nct_id).",
                match.span(),
            )


# ("at" joins a name too: "Icahn School of Medicine at Mount Sinai")
_NAME = r"(?P<name>(?:[A-Z][\w'&.-]*|of|the|and|for|de|&)(?:[ ,]+(?:[A-Z][\w'&.-]*|of|the|and|for|de|at|&|\([A-Z]+\)))*)"  # noqa: E501
# Where the record shows a name, between the verb and its role: "X is named on the
# listing as the sponsor", "X is shown in the record as its funder".
_ON_THE_LISTING = (
    r"(?: (?:on|in) (?:the|its|this) (?:listing|record|registry|register|entry|page|website"
    r"|database|registration))?"
)
# A verb of showing and its "as": "listed as", "shows up as", "appears on the listing as".
_SHOWN_AS = (
    r"(?:(?:listed|named|given|shown|registered|recorded|credited|down|put down|entered"
    r"|identified)|(?:shows?|showing|showed) up|appears?|appearing|appeared|comes? up|came up"
    rf"|turns? up|figures?){_ON_THE_LISTING} as"
)
SPONSOR_RULES = [
    Rule(
        # the cue may open a sentence: "Funded by Pfizer."
        r"(?:\b[Ss]ponsor(?:ed)?(?: by)?:?|\b[Ss]ponsor (?:is|was)"
        # the label with a note in brackets before its colon: "Sponsor (as registered): X"
        r"|\b[Ss]ponsor \([\w ,.'-]{1,30}\):"
        # the record's role for it, in whatever verb of showing: "the sponsor is listed as X",
        # "the sponsor shows up as X", "the funder appears as X"
        rf"|\b(?:[Ss]ponsor|[Ff]under)(?: (?:is|was))? {_SHOWN_AS}"
        r"|\b(?:[Rr]un|[Pp]aid for"
        r"|[Ff]unded|[Ll]ed|[Oo]rgani[sz]ed|[Cc]onducted|[Cc]arried out|[Mm]anaged|[Ss]upported"
        r"|[Bb]acked|[Ss]teered|[Oo]verseen|[Cc]oordinated"
        # run as an operation is run: "Operated by X" (not "administered by IV", a route)
        r"|[Oo]perated) by"
        # the one in charge as a duty held: "The study is under the responsibility of X"
        r"|\bunder the (?:responsibility|direction|leadership|auspices|management) of"
        # the role first and its holder after: "Running the study is X", "Sponsoring body: X"
        r"|\b(?:[Rr]unning|[Ss]ponsoring|[Ll]eading|[Ss]teering|[Oo]verseeing|[Oo]rgani[sz]ing)"
        r" (?:this|the) (?:whole |entire )?(?:study|trial|research|thing|project|show|effort)"
        r" (?:is|was)"
        r"|\b[Ss]ponsoring (?:body|organi[sz]ation|institution|company|party|entity):"
        r"|\b[Ff]unding comes from|\b[Ff]under(?: is)?:?"
        # a catalogue's role in brackets after its own label: "Corporate author (sponsor):"
        r"|\((?:lead )?[Ss]ponsor\):"
        # as a show credits it: "brought to you by Roche", "courtesy of the NIH"
        r"|\b[Bb]rought to (?:you|us|listeners) by|\b[Cc]ourtesy of)\s+(?:the\s+)?"
        # a translation's "sponsored by the entity Medice" (por la entidad)
        r"(?:(?:entity|company|firm|organi[sz]ation|institution)\s+)?" + _NAME,
        "sponsor sponsored run paid funded led organized organised conducted carried managed "
        "supported backed funding funder brought courtesy steered overseen coordinated under "
        "operated "
        "running sponsoring leading steering overseeing organizing organising",
    ),
    Rule(
        # Never from inside a word ("AstraZeneca" is no "Zeneca"), nor after a lower-case
        # word, unless that is the "and" opening a clause of its own (", and Roche is the…").
        r"(?:(?<=, and )|(?<![a-z] ))(?<![\w'’&.-])"
        r"(?P<name>[A-Z][\w'&.-]*(?:[ ,]+(?:[A-Z][\w'&.-]*|of|the|and|for|de|at|&))*)"
        # "is" may be contracted onto the name: "Stada's the sponsor behind it"
        r"(?:\s+|(?=['’]s\s))"
        # ("X is down as the sponsor", "X is listed as sponsor": the record's role for it)
        r"(?:(?:is|are|['’]s) (?:(?:(?:down|listed|named|given|shown|registered|recorded|credited"
        rf"|put down){_ON_THE_LISTING} as (?:the )?|the )(?:main |lead )?(?:sponsor|funder"
        r"|organi[sz]er)"
        r"|(?:paying for"
        r"|funding|running|sponsoring|organi[sz]ing|leading|behind"
        # a handout's "X is responsible for running the study", "in charge of leading it"
        r"|(?:in charge of|responsible for)(?: (?:running|leading|conducting|organi[sz]ing"
        r"|funding|overseeing|paying for))?)"
        r" (?:this|the) (?:study|trial|research))|(?:runs|funds|sponsors|organi[sz]es|leads"
        r"|pays for) (?:this|the) (?:study|trial|research))",
        "sponsor funder organizer organiser paying funding running sponsoring organizing "
        "organising leading charge behind responsible runs funds sponsors organizes organises "
        "leads pays",
    ),
    # Said as who is in charge: "It's Medice running the show", "it's Roche behind it".
    Rule(
        r"\b(?:[Ii]t's|[Ii]t is|[Tt]hat's|[Ii]t was)\s+(?:the\s+)?" + _NAME + r"\s+(?:running"
        r"|behind|in charge of|paying for|funding|leading|organi[sz]ing) (?:the show|it|this|things"
        r"|the (?:study|trial|research))\b",
        "running behind charge paying funding leading organizing organising",
    ),
    # A record or writer naming the sponsor as a role: minutes' "The listing names X as the
    # sponsor", "lists X as its funder", "credits X as lead sponsor". The cue verb opens the
    # pattern so it is not tried at every capital near "sponsor".
    Rule(
        r"\b(?:names?|named|lists?|listed|gives?|shows?|credits?|credited|identifies"
        r"|identified|records?|recorded|has|had|with)\s+(?:the\s+)?" + _NAME + r"\s+as\s+"
        r"(?:the |its |their |a )?(?:study's |trial's )?(?:lead |main |principal )?"
        r"(?:sponsor|funder|organi[sz]er)\b",
        "sponsor funder organizer organiser",
    ),
    # The same role named first, the name after "as": a host's "named the sponsor as
    # Orion", "gave the funder as the NIH".
    Rule(
        r"\b(?:names?|named|lists?|listed|gives?|gave|given|identifies|identified|records?"
        r"|recorded|shows?|showed)\s+(?:the|its|their)\s+(?:study's |trial's )?(?:lead |main "
        r"|principal )?(?:sponsor|funder|organi[sz]er)\s+as\s+(?:the\s+)?" + _NAME,
        "sponsor funder organizer organiser",
    ),
    # A sponsor noun and its name further on: "The organization in charge (the sponsor) is
    # Roche", "The company paying for the study is Pfizer", "Money for it comes from the NIH".
    Rule(
        # (spoken, any who: "the folks running it are Roche", "the people behind it is Pfizer")
        r"\b(?i:sponsor|funder|organi[sz]er|(?:organi[sz]ation|company|institution|group|body|"
        r"university|hospital|folks|people|team|ones?|firm|outfit|lab|name) (?:in charge"
        r"|responsible|behind (?:it|this|the)|running|paying|funding|leading|sponsoring|backing"
        r"|financing|steering|overseeing|coordinating)|(?:money|funding"
        r"|funds|financial support|support) (?:for (?:it|this|the)"
        r"[\w ]{0,20}? )?(?:comes?|came) from)\b[^.\n:;]{0,40}?(?:\b(?:is|was|are|were)\b|"
        r"(?<=from))\s+(?:the\s+)?" + _NAME,
        "sponsor funder organizer organiser charge responsible behind running paying funding "
        "leading sponsoring backing financing comes come came steering overseeing coordinating",
    ),
]
# The value of a "Sponsor:" / "Run by:" item is a name from its first letter.
_LABELLED_NAME_RE = re.compile(r"(?:the\s+)?" + _NAME)
NAME_STOP = {
    "the", "this", "study", "trial", "it", "a", "an", "of", "and", "for", "de", "at",
    # the role is no name: a label's "Sponsoring organisation" or "Funding body"
    "sponsor", "sponsors", "sponsoring", "sponsored", "funder", "funders", "funding", "funded",
    "organisation", "organization", "organiser", "organizer", "lead", "main",
}  # fmt: skip
# A value's own label: "Sponsoring organisation: ...", "Lead sponsor (listed): ...".
_INNER_LABEL_RE = re.compile(r"[ \t]*[A-Za-z][\w ()'-]{0,40}?:[ \t]+")
# A labelled value that is a sentence, not a name: its first word is a determiner, a negation
# or a pronoun written with a capital because it opens the sentence ("A: No sponsor is named",
# "Its sponsor is ..."), and the name, if any, comes later and another reader judges it.
_OPENS_A_SENTENCE_RE = re.compile(
    r"(?:No|None|Not|Nobody|Neither|Any|Some|Each|Every|All|This|That|These|Those|There|It"
    r"|Its|They|Their|We|Our|You|Your|He|She|His|Her|One|Unknown|Nothing)\b(?![ ,]+[A-Z])"
)
# A question word in a name's place is a heading asking for the sponsor ("**Who is behind
# the study?**", "Which group runs the trial?"), not a sponsor the summary names.
QUESTION_WORDS = {"who", "whom", "whose", "what", "which"}


def _asks_for_sponsor(name: str) -> bool:
    """Whether a name read in a sponsor's place opens with a question word ("Who is behind
    the study?"), not an acronym spelled like one: "The sponsor is WHO" names the World
    Health Organization, though a heading in capitals ("WHO RUNS IT") still asks."""
    words = name.split()
    if words[0].lower() not in QUESTION_WORDS:
        return False
    if not words[0].isupper() or len(words[0]) < 2:
        return True
    return any(w.isalpha() and w.isupper() and len(w) > 1 for w in words[1:3])


@check
def sponsor_matches(ctx: Context) -> Iterator[Finding]:
    known = ctx.facts.sponsor_tokens
    # Several patterns can read the same name ("The sponsor is Roche"): one finding each.
    named: dict[int, re.Match[str]] = {}
    for rule in SPONSOR_RULES:
        for match in rule.finditer(ctx, ctx.norm):
            named.setdefault(match.start("name"), match)
    for item in ctx.labelled_items:
        if item.field != "sponsor" or any(item.value_start <= at < item.value_end for at in named):
            continue
        start = item.value_start
        # A question's answer may carry its own label ("Who runs it?" / "Sponsoring
        # organisation: Duke University"): the name is what follows that label.
        inner = _INNER_LABEL_RE.match(ctx.norm, start, item.value_end)
        if inner:
            start = inner.end()
        value = _LABELLED_NAME_RE.match(ctx.norm, start, item.value_end)
        if value and not _OPENS_A_SENTENCE_RE.match(value.group("name")):
            named[value.start("name")] = value
    for _, match in sorted(named.items()):
        # A name's letters may hold a full stop ("St. Jude", "Inc."), so it can run on into the
        # next sentence ("Almirall. It's all ..."), whose words are no part of it.
        end = min(match.end("name"), ctx.sentence_at(match.start("name"))[1])
        name = ctx.norm[match.start("name") : end].strip(" ,.")
        if not name or _asks_for_sponsor(name):
            continue
        # (a lone letter, the "s" of a possessive, would match any record's "King's")
        said = {t for t in name_tokens(name) - NAME_STOP if len(t) > 1}
        if not said:
            continue
        if said & known:
            if ctx.trial.collaborators and _collaborator_as_sponsor(ctx, match, said):
                yield error(
                    "sponsor.mismatch",
                    "lead_sponsor",
                    f"Summary says {name!r} is the sponsor; the record names it a collaborator"
                    f" (collaborators), and the sponsor is {ctx.trial.lead_sponsor or 'not given'}"
                    " (lead_sponsor).",
                    (match.start("name"), match.start("name") + len(name)),
                )
            continue
        # Cheap test first: facts.words is built lazily.
        if len(said) > 1 and said <= ctx.facts.words:
            continue  # named in the record's own text (a site, a network)
        yield error(
            "sponsor.mismatch",
            "lead_sponsor",
            f"Summary says the sponsor is {name!r}; the record says "
            f"{ctx.trial.lead_sponsor or 'no sponsor'} (lead_sponsor).",
            (match.start("name"), match.start("name") + len(name)),
        )
    yield from _unnamed_organizations(ctx, named)


def _unnamed_organizations(ctx: Context, named: dict[int, re.Match[str]]) -> Iterator[Finding]:
    """A sponsor or funder the record never names, in whatever wording: the sponsor patterns
    above know only the wordings seen so far. A known organization must be named by the
    record; a name that only looks like one ("Kowa Pharmaceuticals") needs its telling words
    somewhere in the record."""
    read = [(m.start("name"), m.end("name")) for m in named.values()]
    letterhead = _letterhead(ctx)
    if letterhead:
        read.append(letterhead)
    facts = ctx.facts
    for found in organizations().find(ctx, capitalized=True):
        if not overlaps(found.start, found.end, read):
            read.append((found.start, found.end))
            if not organization_known(found.alias.names, facts):
                yield _organization_error(ctx, found.start, found.end)
    for start, end, name in organization_names(ctx):
        if overlaps(start, end, read) or name_tokens(name) <= facts.words:
            continue
        if not organization_known((name,), facts):
            yield _organization_error(ctx, start, end)


# The writer's own letterhead, a first line that names who wrote the text and says nothing of
# the study: "St Brendan's Hospital · Volunteer Services", "Riverside Clinic | Patient
# Information". A name there is no claim about who runs the study.
_LETTERHEAD_RE = re.compile(
    r"\s*[ \t#*]*(?!.*\b(?:study|trial|sponsor\w*|fund\w*|run|runs|led|by|with|for)\b)"
    r"[A-Z][\w'’&. -]{2,60}(?:[ \t]*[·|•—–-][ \t]*[A-Z][\w'’&. ]{2,40})?[ \t*]*(?=\n)"
)


def _letterhead(ctx: Context) -> tuple[int, int] | None:
    match = _LETTERHEAD_RE.match(ctx.norm)
    return match.span() if match else None


def _organization_error(ctx: Context, start: int, end: int) -> Finding:
    return error(
        "sponsor.mismatch",
        "lead_sponsor",
        f"Summary names {ctx.text[start:end]!r}, which the record never mentions; the sponsor"
        f" is {ctx.trial.lead_sponsor or 'not given'} (lead_sponsor).",
        (start, end),
    )


# A collaborator may fund or support a study; the sponsor is the one that runs it, so only
# these wordings make a collaborator the sponsor.
_FUNDING_RE = compile_skipping(
    r"\b(?:fund\w*|paid|pay\w*|money|support\w*|backed|back\w*|financ\w*"
    r"|grant\w*|collaborat\w*|partner\w*|help\w*)\b"
)


def _name_tokens_of(names: list[str]) -> set[str]:
    tokens: set[str] = set()
    for name in names:
        tokens |= name_tokens(name) | {acronym(name)}
        tokens |= {t.lower() for t in re.findall(r"\(([A-Za-z/&-]{2,12})\)", name)}
        tokens |= {t.lower() for t in re.findall(r"\b[A-Z]{2,8}\b", name)}
    return tokens


def _collaborator_as_sponsor(ctx: Context, match: re.Match[str], said: set[str]) -> bool:
    """Whether the name ``said`` is only a collaborator's and the wording makes it the one in
    charge ("NIAMS is the sponsor", "Run by NIAMS"), not a funder ("funded by NIAMS")."""
    lead = ctx.trial.lead_sponsor or ""
    if said & _name_tokens_of([lead]) or not said & _name_tokens_of(ctx.trial.collaborators):
        return False
    a, _ = ctx.sentence_at(match.start())
    cue = ctx.lower[max(a, match.start() - 60) : match.end() + 40]
    for item in ctx.labelled_items:
        if item.value_start <= match.start("name") < item.value_end:
            cue = item.label.lower() + " " + cue
    return not _FUNDING_RE.search(cue)


# --- conditions -------------------------------------------------------------------

# The people a study is for are no illness: "the study targets adults aged 18 and over",
# "its subject is adults with asthma" (the illness after "with" is read on its own).
_NUMBER_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# A head count in any of the ways the number reader knows: "117", "sixty-two", "two
# hundred", "more than 100", "a dozen", "several hundred".
_HEAD_COUNT = (
    rf"(?:(?:{'|'.join(re.escape(w) for w in APPROX_WORDS)})\s?)?"
    r"(?:\d[\d,]*|a few|several|many|dozens of|hundreds of|thousands of|a dozen|a hundred"
    rf"|a thousand|(?:{_NUMBER_WORD_ALT})(?:[ -](?:{_NUMBER_WORD_ALT}))*)(?: hundred| thousand)?"
)
# A question, not an illness: "this one is about whether surgery helps".
_NOT_A_QUESTION = r"(?!(?:whether|how|what|why|if|which|when|who)\b)"
_NOT_THE_PEOPLE = (
    # counted too: "a study of 117 children with lazy eye" is of the children
    rf"(?!(?:{_HEAD_COUNT} )?"
    r"(?:(?:young|older|new|healthy) )?(?:people|patients|adults|children|kids|men|women"
    r"|participants|volunteers|those|anyone|babies|infants|families|smokers|teens"
    r"|teenagers|humans|animals|mice)\b)"
)
# The verbs of studying a topic, the study their subject: "is researching", "is zeroing in
# on", "is honing in on", "is centred on".
_STUDYING = (
    r"(?:studying|investigating|researching|(?:zero|hom|hon)(?:es|ed|ing)? in on"
    r"|cent(?:red|ered|ring|ering|res|ers) (?:on|around)|focus+ing on)"
)
# A spaced dash ends a condition's name: "Patients with Asthma — FAQ" titles a page.
CONDITION_RULES = [
    Rule(
        r"\b(?:people|patients|adults|children|participants|volunteers|men|women|those|anyone|"
        r"someone|persons|individuals|you) (?:who (?:have|has|live with|suffer from)|with|living "
        r"with|diagnosed with|suffering from|dealing with|coping with|struggling with)\s+"
        r"(?:a |an |the )?(?:condition |disease |illness )?"
        # the treatment, not an illness: "people who have had it report ..."
        r"(?!(?:had |taken |used |tried |received |got )?(?:it|them|this|that|these|those)\b)"
        rf"(?!(?:{'|'.join(MANNERS)})\b)"
        r"(?:called |known as )?(?P<what>[^.,;:?!()\n\"]{3,60}?)(?=\s+(?:who|that|which|and|or|can|"
        r"may|will|to|in|at|for|are|is|have|has|were|was|take|join|aged|between|from|over|under|"
        # a modal ends the illness too: "anyone with gout should be in this"
        r"during|after|before|should|ought|must|might|could|would|need|needs"
        # and so does what the people do: "many people with asthma don't take their inhalers"
        r"|do|does|did|don't|doesn't|didn't|often|usually|never|still)\b|[.,;:?!()\n]"
        r"|\s[—–-]\s|$)",
        "with who have has",
    ),
    Rule(
        # "This research focuses on gout", "It looks at COPD", "The trial is all about lupus",
        # "this one's about hay fever", "The study is concerned with shingles"
        # (and the item a meeting takes up, as minutes say it: "The item before the council
        # concerns gout")
        r"(?:\b(?:study|trial|research|summary|it|project|(?:item|matter)(?: before (?:the|this)"
        r" [\w-]+)?)(?: is| was)? (?:all |mainly |mostly "
        # not "it" as the object of a verb: "they try it on humans", "make the most of it"
        # ("a summary of the results" is of the study's own findings)
        r"|largely |really )?(?:about|(?<!\bit )(?:of|on)(?! (?:the |its |their |this )?(?:results?"
        r"|findings|outcomes?|data|study|trial|visits?)\b)|into|looking at|looks at"
        r"|focus(?:es|ed)? on"
        # "This study addresses gout", "the trial targets lupus", a translation's "treats
        # about gout"
        r"|addresses|targets|tackles|treats(?: about)?|(?:has )?to do with"
        # a handout's "The study looks into glaucoma", "it is looking into gout"
        # (the past too, as a radio host reports it: "the study dealt with gout")
        r"|is focused on|concerned with|deals with|dealing with|dealt with|concerns"
        r"|look(?:s|ing)? into"
        # a report's "The registered study relates to gout", "it pertains to lupus"
        r"|relates to|related to|pertains to"
        # a verb of studying with the study as its subject: "the research is zeroing in on
        # gout", "this one's researching lupus"
        rf"|{_STUDYING})"
        # not "of" here: "it's of interest"
        r"|\b(?:it's|(?:this|that) one(?:'s| is| was)?) (?:all |mainly |mostly |largely |really )?"
        r"(?:about|into|looking at|looks at|look(?:s|ing)? into|focus(?:es|ed)? on|concerned with"
        rf"|deals with|to do with|{_STUDYING})"
        # The people doing the research, with a verb whose object is the topic: "the
        # researchers are studying gout", "they're investigating lupus".
        r"|\b(?:researchers|scientists|investigators|doctors|team|they|we)(?: are| were|'re"
        r"| will be| have been)? (?:studying|investigating|researching)"
        # a thread's "This one's on gout" ("it's on" is where it is: "it's on
        # ClinicalTrials.gov"); not a when, a state or a place: "this one's on hold", "that
        # one is on Tuesdays", "this one is on the list", "this one's on clinicaltrials.gov"
        r"|\b(?:this|that) one(?:'s| is| was)? on(?= )(?! (?:hold|track|pause|offer|ice|board"
        r"|time|schedule|now|again|the|a|an|its|their|my|our|your|me|us|you|them|clinicaltrials"
        r"|[\w-]+\.(?:gov|com|org|net|uk)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b))"
        # not across a link the masking blanked: "the study on <link> by typing in its ID";
        # a colon may end the phrase when it is a label worded as a clause: "Health condition
        # the study looks into: gout"
        r"(?<=[a-z]):?\s+(?<!\s{3})(?!\s)"
        # the study is no illness: after a heading "What the study is about", taking the next
        # line's "this study" as the illness would hide the sentence that names one
        r"(?!(?:this|the|that|our|my) (?:study|trial|research|project|one)\b)"
        r"(?:a |an |the )?(?:condition |disease |illness )?(?:called |known as )?"
        + _NOT_A_QUESTION
        # nor a pronoun ("looks at this as a secondary measure", "a study of its kind"), a
        # place on the page ("the summary is on the next page"), or another study ("a
        # summary of a 2005-2010 study from Norway")
        + r"(?!(?:this|that|these|those|it|its|them|their)\b)"
        r"(?!(?:the |this |that )?(?:[\w-]+ )?(?:page|pages|screen|side|website|noticeboard"
        r"|reverse)\b)"
        r"(?!(?:[\w'’–-]+ ){0,3}(?:study|trial|studies|trials)\b)"
        # nor a division of the people ("they've divided it into four groups"), nor the
        # people it is for (_NOT_THE_PEOPLE)
        r"(?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|separate|smaller"
        r"|different)\s+(?:[\w-]+\s+)?(?:groups?|arms?|parts?|teams?|cohorts?|sections?"
        r"|stages?|batches|halves)\b)"
        + _NOT_THE_PEOPLE
        # nor the treatment tested: "a study of a medicine already on the market", "a trial
        # of a new vaccine" (a treatment noun that ends its phrase, so "drug addiction" stays)
        + r"(?!(?:[\w-]+\s+){0,2}(?:medicines?|drugs?|medications?|vaccines?|treatments?"
        r"|therap(?:y|ies)|devices?|apps?|pills?|tablets?|injections?|procedures?"
        # care given as talk or teaching is a treatment too: "a study of pharmacist advice
        # by phone for asthma"
        r"|advice|counsel+ing|coaching|education|training|programmes?|programs?)"
        r"(?=\s+(?:already|that|which|for|to|in|called|named|being|used|given|against|from|by"
        r"|with)\b|[.,;:?!()\n]|$))"
        + r"(?P<what>[^.,;:?!()\n\"]{3,60}?)(?=\s+(?:who|that|which|and|in|among|for|to|by|with|at|"
        # a time ends the illness, as in the people's pattern: "about depression after
        # giving birth" names depression
        r"is|are|was|after|before|during|following)\b|[.,;:?!()\n]|\s[—–-]\s|$)",
        "about of on into looking looks focuses focused focus concerned deals dealing dealt "
        "concerns "
        "addresses targets tackles treats do relates related pertains studying investigating "
        "researching zeroing zeroes zeroed homing homes homed honing hones honed centred centered "
        "centring centering centres centers focusing focussing",
    ),
    # A focus named as the illness: minutes' "Its focus is gout", "the main focus was
    # lupus". Not what is done or asked: "its focus is on whether...", "the focus is
    # safety", "the focus is comparing two doses".
    Rule(
        # (the focus may name its study: "The focus of the study is nosebleeds")
        # a caption's "Its subject is gout", a topic as the focus
        # (a subject's matter or area is the subject: "The study's subject matter is gout")
        r"\b(?:its|the|their|the study's|the trial's) (?:main |chief |key )?(?:(?:focus|subject"
        r"(?: matter| area)?|topic)(?: of (?:the|this) (?:study|trial|research))?|(?:health )?"
        # "The health condition in this study is gout"
        r"(?:condition|illness|disease)(?: (?:being )?(?:in|of|for|studied in|under study in)"
        r" (?:this|the) (?:study|trial|research)| under study"
        # in any verb of studying: "The illness being looked at is gout"
        r"| (?:being )?(?:studied|looked at|looked into|investigated|examined|researched))"
        # a record's or a hearing's "the matter studied", "the topic under study"
        r"|(?:matter|topic|subject|problem|issue) (?:being )?(?:studied|under study|researched"
        r"|investigated|looked at|looked into))"
        r" (?:is|was) "
        # reported speech: "the matter studied was stated to be gout", "was said to be lupus"
        r"(?:(?:stated|said|reported|given|noted|described|confirmed|understood) (?:to be|as) )?"
        r"(?!(?:on|to|whether|how|what|why|if|which|when|who|the (?:safety|effects?|dose|cost)"
        r"|safety|effects?|efficacy|side|doses?|dosing|costs?|quality|[a-z]+ing)\b)"
        + _NOT_THE_PEOPLE
        + r"(?:a |an |the )?(?P<what>[^.,;:?!()\n\"]{3,60}?)"
        r"(?=[.,;:?!()\n]|\s[—–-]\s|$|\s+(?:and|which|that|in|among|for|with)\b)",
        "focus subject topic condition illness disease matter problem issue",
    ),
    # A target in the researchers' sights is what they study: "The researchers have got gout
    # in their sights", "the trial has lupus in its sights" (what comes first is the illness);
    # "they've set their sights on gout" (what comes after it).
    Rule(
        r"\b(?:researchers|scientists|investigators|doctors|team|they|we|study|trial|research"
        r"|project|it)(?:'ve|'s| have| has| had)?(?: (?:got|now|firmly|really|all|squarely))*"
        # (not the people it wants: "they have 500 people in their sights")
        r" (?:got|have|has|had) (?!(?:got|a|an|the|their|its|our|some|any|no|one|two|\d+)\b)"
        + _NOT_THE_PEOPLE
        + r"(?P<what>[^.,;:?!()\n\"]{3,40}?) (?:firmly |squarely )?in (?:their|its|our|the) "
        r"(?:sights"
        r"|crosshairs|sight)\b",
        "sights crosshairs sight",
    ),
    Rule(
        r"\b(?:set|sets|setting|trained|trains|training) (?:their|its|our) sights on"
        r" (?:a |an |the )?(?P<what>[^.,;:?!()\n\"]{3,40}?)(?=[.,;:?!()\n]|$|\s+(?:and|which|that"
        r"|in|among|for|with)\b)",
        "sights",
    ),
    # A headline asking the reader about their illness: "Living with acne?", "Got hay
    # fever?", "Do you suffer from tinnitus?"
    FragmentRule(
        r"\b(?:living with|suffering from|struggling with|dealing with"
        r"|coping with|battling|got|(?:do|have) you (?:got|suffer from|live with|struggle with)"
        r"|diagnosed with)\s+(?:a |an )?"
        # what the reader wants to ask, not what they have: "Got questions about the visits?",
        # "Got a minute?"
        r"(?!(?:any |some |more |a few |few )?(?:questions?|concerns?|queries|doubts|time"
        r"|minutes?|moment|second|worries)\b)"
        r"(?P<what>[^.,;:()\n\"?!]{3,40}?)\?",
        "living suffering struggling dealing coping battling got diagnosed suffer live struggle",
    ),
    # The same question with the plain verb, asked of the reader or someone close to them:
    # "Do you have eczema?", "Does your son have asthma?", "Do you or a loved one have gout?"
    FragmentRule(
        r"\b(?:do|does) (?:you|your [\w-]+|someone you [\w-]+|anyone you [\w-]+)"
        r"(?: or (?:a |an |your )?[\w-]+(?: [\w-]+)?)? (?:have|get|experience)\s+(?:a |an )?"
        # not an illness: "Do you have questions?", "... a few minutes to spare?"
        r"(?!(?:any |some |more |a few |few )?(?:questions?|concerns?|queries|time|minutes?|hours?"
        r"|an? (?:hour|moment|minute)|children|kids|a child|what it takes)\b)"
        r"(?P<what>[^.,;:()\n\"?!]{3,40}?)\?",
        "do does",
    ),
    # A poster's headline naming the illness before its call for help: "Eczema: can you help
    # our research?", "Gout: volunteers needed", "Psoriasis sufferers wanted!". A headline
    # opens its line; saying so first keeps the pattern from being tried at every place near
    # its common key words (it cost half a millisecond a summary).
    FragmentRule(
        r"(?:^|(?<=\n))(?P<what>[^.,;:()\n\"?!]{3,40}?)(?::\s+(?:could|can|would|will) you "
        r"(?:help|take part|join|volunteer)|:\s+(?:volunteers?|participants?|people) (?:needed"
        r"|wanted)|\s+(?:sufferers|patients) (?:needed|wanted))\b",
        "could can would will volunteers volunteer participants participant people sufferers"
        " patients",
    ),
    Rule(
        r"\b(?:condition|disease|illness|diagnosis|health problem) (?:being studied is |"
        r"studied is |under study is |called |known as "
        # spoken: "the condition here is gout", "the illness in question is lupus", "the
        # disease they're looking at is COPD" (not a bare "the condition is": "is rare")
        r"|(?:here|in question|in focus|at issue|of interest|(?:they|we)(?:'re| are) (?:studying"
        r"|looking at|talking about)(?: today| here)?|(?:it|this study|the study|the trial)"
        r" (?:targets|looks at|is about|focuses on)) is "
        # what it is like, not what it is: "the condition here is quite common"
        r"(?!(?:quite|very|rather|fairly|pretty|so|really|not|often|usually|common|uncommon|rare"
        r"|serious|painful|treatable|lifelong|hard|difficult|tricky|complex|one|something|what"
        r"|how)\b))(?P<what>[^.,;:?!()\n\"]{3,60}?)"
        r"(?=[.,;:?!()\n]|\s[—–-]\s|$|\s+(?:and|which|that|in)\b)",
        "condition disease illness diagnosis problem",
    ),
    Rule(
        # Only as a label: "...Hypersomnia Conditions: your questions answered" is a title.
        r"(?<![a-z] )\b[Cc]onditions?: (?P<what>[^.;\n]{3,120})",
        "condition conditions",
    ),
    # A label naming the illness with a qualifier, opening its line or sentence: "Illness
    # being studied: gout", "Focus of this trial: lupus", "Subject of this alert: acne". A
    # focus or subject names the illness only when it is the study's or the text's own
    # (not "Subject: your next visit"); its value is read as _names_other_condition reads.
    Rule(
        # (a poster's heading and arrow may lead the label: "WHAT ▸ Research area: gout")
        r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[▸►→»›] ))[*_#>•\s-]*(?:the |main )?(?:(?:(?:health "
        r"|medical )?"
        r"(?:conditions?|illness(?:es)?|diseases?|disorders?) (?:under study|being studied"
        r"|studied|being treated|treated|(?:in|of|for) (?:this|the) (?:study|trial|research)))"
        r"|(?:focus|subject|topic) of (?:the|this) (?:study|trial|research|notice|alert"
        r"|listing)"
        # a poster's "Research area: gout", "Studying: lupus" (the label says what is studied)
        r"|research (?:area|topic|focus)|area of research|studying|being studied|under study)"
        r"[*_]*\s*:[*_]*\s+"
        # a question or the people, not an illness: "Studying: whether it helps", "Under
        # study: 120 adults"
        + _NOT_A_QUESTION
        + _NOT_THE_PEOPLE
        # a label names the illness bare ("Focus of the study: gout"); a value with an
        # article or an owner is something else the notice is about ("Subject of this
        # alert: a change to your visit times")
        + r"(?!(?:a|an|the|your|our|their|my|his|her|its|this|that|these|those)\b)"
        r"(?P<what>[^.;:\n]{3,80})",
        "condition conditions illness illnesses disease diseases disorder disorders focus subject"
        " topic area studying studied study",
    ),
    # A catalogue's subject heading, the illness before its subdivision: "Subjects: gout --
    # clinical trials", "Asthma -- research -- Canada".
    Rule(
        r"(?:^|(?<=\n)|(?<=: )|(?<=; ))(?P<what>[^.,;:?!()\n\"]{3,60}?)\s+--\s+(?:clinical "
        r"trials|research|treatment|therapy|drug therapy|prevention|diagnosis|surgery)\b",
        "trials research treatment therapy prevention diagnosis surgery",
        re.MULTILINE,
    ),
    # Said to someone: "it's a study for gout", "this is a trial for lupus". Not whom it is
    # for, what it tests, nor for how long: "a study for adults", "a trial for the new
    # drug", "a study for twelve weeks".
    Rule(
        r"\b(?:it|this|that|this one|that one)(?:'s| is| was) (?:a|an|the) (?:[\w-]+ )?(?:study"
        r"|trial) for\s+(?!(?:(?:young|older|new|healthy|sick) )?(?:people|patients|adults"
        r"|children|kids|men|women|participants|volunteers|those|anyone|babies|infants|families"
        r"|smokers|teens|teenagers|girls|boys|folks|ppl)\b)"
        r"(?!(?:the|a|an|this|that|its|their|our|your|\d+|one|two|three|four|five|six|seven"
        r"|eight|nine|ten|twelve|several|many|some|a few|about|around|up to|over|under)\b)"
        # nor what it asks or serves: "a study for whether it helps", "for medical research"
        r"(?!(?:whether|how|what|why|if|which|when|who|medical|research|science|purposes?"
        r"|money|free|pay|real)\b)"
        r"(?P<what>[^.,;:?!()\n\"]{3,60}?)(?=\s+(?:who|that|which|and|in|among|to|by|with|at"
        r"|is|are|was)\b|[.,;:()\n!?]|\s[—–-]\s|$)",
        "study trial",
    ),
]
# Words that describe rather than name a condition ("a condition called ...").
CONDITION_STOP = {
    "a", "an", "the", "of", "and", "or", "in", "on", "their", "his", "her", "this", "that",
    "disease", "diseases", "disorder", "disorders", "condition", "conditions", "illness",
    "problem", "problems", "health", "chronic", "acute", "severe", "mild", "moderate", "new",
    "early", "late", "advanced", "type", "stage", "people", "patients", "certain", "some",
    "known", "called", "its", "who", "been", "have", "has", "had", "diagnosed", "newly",
    "recently", "history", "previous", "prior", "kind", "form", "forms", "symptoms", "signs",
    "risk", "high", "low", "about", "how", "what", "whether", "if", "why", "way", "ways",
    "changes", "effects", "effect", "treatment", "treatments", "care", "study", "research",
    "learn", "more", "better", "well", "both", "each", "other", "they", "them", "these",
    "those", "many", "most", "all", "any", "current", "active", "being", "not", "yet", "still",
    "also", "only", "main", "things", "thing", "people's", "part", "parts", "body", "person",
    "persons", "someone", "anyone", "which", "where", "when", "living", "life", "lives",
    "daily", "time", "times", "long", "term", "short", "non", "specific", "general", "related",
    "illnesses", "another", "same", "good", "normal", "healthy", "older", "younger", "age",
    "taken", "received", "used", "participated", "given", "already", "enrolled",
    # periods: "Study of the month", "this week's trial is on ..." name no illness
    "day", "days", "week", "weeks", "month", "months", "year", "years", "today", "issue",
    "edition", "season", "quarter",
    # the summary naming itself or its source: "a plain-language summary of this clinical
    # trial", "my summary of the public listing", "the study looks at the following:"
    "clinical", "trial", "trials", "plain", "language", "summary", "overview", "public",
    "listing", "listings", "registry", "record", "records", "entry", "page", "website",
    "following", "details", "information",
    # where a registry keeps it: "Study on file: ...", "the trial on record" ("on file" is
    # the study's registration, not what it is about)
    "file", "files",
    # what kind of study it is: "the study is of early phase 1", "a programme of expanded
    # access"
    "phase", "phases", "programme", "program", "expanded", "access",
    # the study's own shape or make: "phases do not apply to a study of this design", "a
    # study of this sort", "a trial of its size"
    "design", "designs", "sort", "sorts", "nature", "size", "scale", "setup", "format",
    "layout", "structure", "style", "kinds", "types", "observational", "interventional",
    # a poster's call, not an illness: "NOW ENROLLING: could you help?", "Volunteers
    # needed", "Research news: can you help?"
    "now", "enrolling", "recruiting", "open", "volunteers", "volunteer", "wanted", "needed",
    "join", "help", "urgent", "seeking", "calling", "attention", "notice", "news",
    "announcement", "free", "paid", "exciting", "opportunity", "important", "local",
    "community", "you", "your", "we", "us", "our", "researchers",
    # a treatment's kind is no illness: "the study looks at a new drug"
    "drug", "drugs", "medicine", "medicines", "medication", "medications", "therapy",
    "therapies", "vaccine", "vaccines", "device", "devices", "procedure", "procedures",
    "approach", "approaches", "technique", "techniques", "method", "methods", "product",
    "products", "remedy", "remedies", "option", "options", "experimental",
    # indefinite pronouns: "a study of something already on the market" names no illness
    "something", "anything", "everything", "nothing", "somebody", "anybody", "everybody",
    "nobody", "everyone", "whatever",
}  # fmt: skip
CONDITION_STOP |= {w for term in JARGON for w in term.split()}
# Whether people may join is no illness: "Were patients with illness eligible? No".
CONDITION_STOP |= {"eligible", "ineligible", "allowed", "welcome", "excluded", "included"}
# A month names no illness: "the study on 20 March 2025", "to begin the trial on July 31".
CONDITION_STOP |= set(MONTHS) | {m[:3] for m in MONTHS} | {"sept"}
# Plain words for registry terms: a summary may say "kidney" where the record says "renal".
PLAIN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "kidney": ("renal", "nephr"), "heart": ("cardiac", "cardio", "coronary", "myocard"),
    "lung": ("pulmonary", "respirat", "pneumo"), "liver": ("hepat",), "brain": ("cereb", "neuro"),
    "blood": ("hemat", "haemat", "vascular"), "skin": ("derma", "cutane"),
    "cancer": ("tumor", "tumour", "carcinoma", "neoplasm", "malignan", "oncolog", "lymphoma",
               "leukemia", "melanoma", "sarcoma", "nsclc", "myeloma"),
    "pressure": ("hypertens", "tension"), "sugar": ("glucose", "diabet", "glyc"),
    "lower": ("low",), "back": ("lumbar", "spine", "spinal", "back"),
    "disc": ("disk",), "disk": ("disc",), "tooth": ("dental", "caries"),
    "teeth": ("dental", "caries"), "decay": ("caries",), "decayed": ("caries", "carious"),
    "cavity": ("caries", "carious"), "cavities": ("caries", "carious"),
    # "milk teeth" are the primary (baby) teeth
    "milk": ("primary teeth", "deciduous"), "baby": ("primary teeth", "deciduous", "infant"),
    "breathing": ("respirat", "breath", "asthma", "copd"),
    "stroke": ("cerebrovascular",), "bone": ("osteo", "skelet"), "joint": ("arthr",),
    "stomach": ("gastr",), "bowel": ("intestin", "colon", "crohn", "colitis"),
    "mental": ("psych",), "depression": ("depress",), "mood": ("depress", "affective"),
    "weight": ("obes", "bmi"),
    "slipped": ("herniat", "displacement", "prolapse"), "nerve": ("neur",),
    "leg": ("sciatic", "radicul"), "sciatica": ("sciatic", "radicul"),
    "eye": ("ocular", "ophthalm", "retina", "macular", "amblyop"),
    "lazy": ("amblyop",), "scarring": ("fibros", "interstitial"), "scarred": ("fibros",),
}  # fmt: skip


def _word_known(word: str, ctx: Context) -> bool:
    american = us_spelling(word)
    if american != word:
        return _word_known(american, ctx) or _word_known_as_written(word, ctx)
    return _word_known_as_written(word, ctx)


def _word_known_as_written(word: str, ctx: Context) -> bool:
    topic = ctx.facts.topic_text
    # A word inside a longer one counts ("thyroid" in "hypothyroidism"), but a short one only
    # as a word's start: "acne" is not in "lacne" or "gout" in "ragout".
    if word in topic if len(word) >= 5 else re.search(rf"\b{re.escape(word)}", topic):
        return True
    if len(word) > 5 and ctx.facts.shares_stem(word):
        return True
    if word.endswith("s") and len(word) > 3 and word[:-1] in topic:
        return True  # a plural: "discs" for "disc"
    return any(stem in topic for stem in PLAIN_SYNONYMS.get(word, ()))


# Who a labelled condition value names before the illness: "For: adults with asthma".
_PEOPLE_LEAD_RE = re.compile(
    r"(?:[\w-]+ ){0,2}?(?:people|patients|adults|children|kids|women|men|girls|boys|infants"
    r"|babies|teenagers|adolescents|volunteers|participants|persons|individuals|smokers|those"
    r"|anyone|everyone)\b(?: aged [^,;]{1,20}?(?= who| with| living| diagnosed| suffering|$))?"
    r"(?P<with> (?:who (?:have|has|live with|suffer "
    r"from)|with|living with|diagnosed with|suffering from)\s+(?:a |an |the )?)?"
)


# Why the people's owner matters: "people with X" names the study's illness only when the
# people are the study's. People the writer says they are ("we're two people with
# microphones", "I'm just someone with a blog") are the writer, whatever they have.
_SPEAKERS_BEFORE_RE = re.compile(
    # (the words between describe the people, not a verb or preposition that takes them as
    # its object: "we're looking for people with gout" is the study's)
    r"\b(?:we|i)(?:'re|'m| are| am| were| was)\s+"
    r"(?:(?![\w-]+(?:ing|ed)\b|(?:for|to|at|with|from|about|inviting|asking)\b)[\w-]+\s+){0,3}$"
)


_INTERJECTIONS = frozenset(
    ["sure", "yes", "yeah", "yep", "of course", "certainly", "absolutely", "well", "okay", "ok",
     "right", "good question", "great question", "happy to", "gladly", "so"]
)  # fmt: skip


# Past tenses that end what the people have and start what they did: "children with
# amblyopia wore the headset". A regular past counts by its ending ("watched", "joined").
_DID_WORDS = frozenset(
    ["wore", "took", "got", "went", "had", "saw", "ate", "came", "gave", "made", "began",
     "kept", "felt", "spent", "ran", "sat", "heard", "found", "left", "did", "put", "paid"]
)  # fmt: skip


# Bare verbs that end what the people have and start what the treatment helps them do:
# "help people with narcolepsy stay awake", "lets people with asthma breathe easier".
_DO_WORDS = frozenset(
    ["stay", "stays", "keep", "keeps", "feel", "feels", "breathe", "breathes", "walk", "walks",
     "manage", "manages", "cope", "copes", "remain", "remains", "become", "becomes", "live",
     "move", "moves", "think", "thinks", "work", "works", "function", "eat", "eats", "see",
     "hear", "recover", "recovers", "return", "returns"]
)  # fmt: skip


# Said to keep people out of the study (or its test), past or present, in words the shared
# exclusion cues do not read: "Patients with haemoptysis could not take part", "Children
# with fever on the day could not do the test", "were not allowed to join".
_KEPT_OUT_RE = compile_skipping(
    r"\b(?:could not|couldn't|could never|were not|weren't|was not|wasn't|are not|aren't"
    r"|is not|isn't|will not|won't|would not|wouldn't|did not|didn't|should not|shouldn't"
    r"|were unable to|was unable to|cannot|can't|may not|must not)"
    r" (?:(?:be )?(?:allowed|able|permitted) to )?(?:join|take part|participate|enrol+\w*"
    r"|be included|be enrolled|sign up|qualify|(?:do|have|take) (?:the|this|that|any)"
    r" (?:[\w-]+ )?tests?|be tested)\b"
    r"|\b(?:were|was) (?:not eligible|ineligible|excluded|barred|kept out)\b"
)
_KEPT_OUT_PEOPLE_RE = re.compile(
    r"[\s*•>-]*(?:(?:the |any )?(?:people|participants|patients|those|anyone|someone|women|men"
    r"|children|kids|adults|volunteers|babies|infants|persons|individuals|teenagers|girls"
    r"|boys))\b"
)


def _kept_out(ctx: Context, pos: int) -> bool:
    """Whether the sentence holding ``pos`` names people first and says they were kept out
    of the study, after ``pos``."""
    a, b = ctx.sentence_at(pos)
    return bool(_KEPT_OUT_PEOPLE_RE.match(ctx.lower, a, pos)) and bool(
        _KEPT_OUT_RE.search(ctx.lower, pos, b)
    )


def _criteria_know(ctx: Context, what: str) -> bool:
    """Whether every telling word of ``what`` is somewhere in the record, criteria
    included: an illness that keeps people out is a criterion, not the study's topic."""
    words = [w for w in WORD_RE.findall(what.lower())
             if w not in CONDITION_STOP and not w.isdigit() and len(w) > 2]  # fmt: skip
    return all(condition_known((w,), ctx.facts, PLAIN_SYNONYMS) for w in words)


def _names_other_condition(ctx: Context, what: str) -> bool:
    """Whether ``what`` names an illness the record's topic never mentions.

    A verb right after the record's illness ends ``what``: what the people did is no
    illness ("children with amblyopia wore the headset"). Only a verb after known words
    ends it, since an illness's own name may hold an "-ed" word ("severe combined
    immunodeficiency")."""
    known: list[bool] = []  # each content word: whether the record's topic has it
    for word in WORD_RE.findall(what.lower()):
        verb = word in _DID_WORDS or word in _DO_WORDS or (len(word) > 4 and word.endswith("ed"))
        if known and all(known) and verb:
            break
        if word in CONDITION_STOP or word.isdigit() or len(word) <= 2:
            continue
        known.append(_word_known(word, ctx))
    unknown = known.count(False)
    return bool(unknown) and unknown * 2 >= len(known)


def _conditions_shown(ctx: Context) -> str:
    return ", ".join(ctx.trial.conditions[:4]) or "not given"


def _condition_error(ctx: Context, what: str, span: tuple[int, int]) -> Finding:
    shown = _conditions_shown(ctx)
    return error(
        "condition.mismatch",
        "conditions",
        f"Summary says the study is about {what.strip()!r}; the record's conditions are "
        f"{shown} (conditions).",
        span,
    )


@check
def conditions_match(ctx: Context) -> Iterator[Finding]:
    if not ctx.trial.conditions:
        return
    seen: set[tuple[int, int]] = set()
    for rule in CONDITION_RULES:
        for match in rule.finditer(ctx):
            span = match.span("what")
            if span in seen or ctx.excluded(span[0]):
                continue  # "people with heart disease cannot join" names another illness
            if ctx.lower.startswith(("no ", "none ", "not ", "any "), span[0]):
                continue  # "people with no serious side effects" names none
            if _SPEAKERS_BEFORE_RE.search(ctx.clause_before(match.start())):
                continue  # "we're two people with microphones": the writers, not the study's
            if ctx.lower.startswith("condition", match.start()) and STATUS_WORD_VALUE_RE.match(
                ctx.lower, span[0], span[1]
            ):
                continue  # a notice's "Condition: withdrawn" is the study's state
            seen.add(span)
            if _kept_out(ctx, span[0]):
                if not _criteria_know(ctx, match.group("what")):
                    yield _criteria_error(ctx, ctx.said(match, "what"), span)
                continue
            if _names_other_condition(ctx, match.group("what")):
                yield _condition_error(ctx, ctx.said(match, "what"), span)
    # A labelled value: "For: gout", "Disease studied: adults with lupus". Only what follows
    # the people it names is the illness ("adults aged 18+" names none).
    for item in ctx.labelled_items:
        if item.field != "condition":
            continue
        if ctx.lower[item.value_start : item.value_end].strip(" .!,") in _INTERJECTIONS:
            continue  # an interview's "Q: What is the study about? A: Sure."
        if STATUS_WORD_VALUE_RE.match(ctx.lower, item.value_start, item.value_end):
            continue  # a notice's "Condition: withdrawn" is the study's state (status checks it)
        start = item.value_start
        lead = _PEOPLE_LEAD_RE.match(ctx.masked, start, item.value_end)
        if lead:
            if not lead.group("with"):
                continue
            start = lead.end()
        if any(a == start for a, _ in seen):
            continue
        if _names_other_condition(ctx, ctx.masked[start : item.value_end]):
            seen.add((start, item.value_end))
            yield _condition_error(ctx, ctx.text[start : item.value_end], (start, item.value_end))
    yield from _unknown_illnesses(ctx, seen)


def _criteria_error(ctx: Context, said: str, span: tuple[int, int]) -> Finding:
    return error(
        "eligibility.unsupported",
        "exclusion_criteria",
        f"Summary says people with {said.strip()!r} cannot join; the record's criteria never"
        " mention it (exclusion_criteria).",
        span,
    )


def _unknown_illnesses(ctx: Context, read: set[tuple[int, int]]) -> Iterator[Finding]:
    """An illness the record never mentions, named in whatever wording: the patterns above
    know only the wordings seen so far. Unlike them it reads the whole record, criteria
    included, so "people with gout cannot join" passes when the record excludes gout. An
    illness is a name in the lexicon, or a word with an illness's ending ("sarcoidosis")."""
    spans = list(read)
    found = [(m.start, m.end, m.alias.names) for m in conditions().find(ctx)]
    found += [(a, b, (ctx.masked[a:b],)) for a, b in illness_words(ctx)]
    for start, end, names in found:
        if overlaps(start, end, spans):
            continue  # judged above, or part of a longer name
        spans.append((start, end))
        if condition_known(names, ctx.facts, PLAIN_SYNONYMS):
            continue
        said = ctx.text[start:end]
        if ctx.excluded(start) or _kept_out(ctx, start):
            # An illness that keeps people out is a criterion the record must list.
            yield _criteria_error(ctx, said, (start, end))
            continue
        yield error(
            "condition.mismatch",
            "conditions",
            f"Summary names {said!r}, which the record never mentions; the record's"
            f" conditions are {_conditions_shown(ctx)} (conditions).",
            (start, end),
        )


# --- countries ------------------------------------------------------------------

# A country is where the study runs when a place word comes right before it ("sites in
# Canada", "across the UK"), when it continues such a list ("in Belgium, France and the
# Netherlands"), or when it is the value of a "Where:" item.
_PLACE_BEFORE_RE = compile_skipping(r"\b(?:in|across|throughout|within)\s+(?:the\s+)?$")
_LIST_GAP_RE = re.compile(r"\s*(?:,|;|/|&|\band\b|\bor\b|\s)+\s*(?:the\s+)?")
# ... in a sentence about the study's places, not the treatment's history: "tested at
# hospitals in Canada", not "developed in Germany".
_SITE_WORDS_RE = compile_skipping(
    r"\b(?:sites?|hospitals?|clinics?|cent(?:er|re)s?|locations?|places?|where|takes? place"
    r"|taking place|held|conducted|carried out|runs?|running|recruit\w*|enrol\w*|countr(?:y|ies)"
    r"|nations?|cities|study|trial|research"
    # the study's work or its people's joining, said with any verb: "It was done in the
    # Netherlands", "people in Canada could join"
    r"|done|performed|ran|join(?:s|ed|ing)?|take part|took part|taking part|participat\w*)\b"
)
_NOT_SITE_BEFORE_RE = compile_skipping(
    r"\b(?:developed|invented|discovered|approved|made|manufactured|licen[cs]ed|sold|marketed"
    r"|founded|headquartered|based|born|lives?|living|grown|produced|registered|available)\b"
    r"[^.;\n]{0,24}$"
)


@check
def countries_match(ctx: Context) -> Iterator[Finding]:
    trial = ctx.trial
    if not trial.countries:
        return  # a record with no sites listed says nothing of where they are
    text = ctx.masked
    where = [(i.value_start, i.value_end) for i in ctx.labelled_items if i.field == "where"]
    place_end = -1
    for found in countries().find(ctx, capitalized=True):
        start, end = found.start, found.end
        a, b = ctx.sentence_at(start)
        placed = overlaps(start, end, where) or (
            place_end >= 0 and _LIST_GAP_RE.fullmatch(text, place_end, start) is not None
        )
        if not placed and _PLACE_BEFORE_RE.search(text, max(a, start - 16), start):
            placed = _SITE_WORDS_RE.search(text, a, b) is not None and not (
                _NOT_SITE_BEFORE_RE.search(text, max(a, start - 40), start)
            )
        if not placed:
            continue
        place_end = end
        if country_known(found.alias.names, trial.countries, ctx.facts) or ctx.excluded(start):
            continue
        shown = ", ".join(trial.countries[:5]) + (" and others" if len(trial.countries) > 5 else "")
        yield error(
            "location.country",
            "countries",
            f"Summary places the study in {ctx.text[start:end]!r}; the record's sites are in "
            f"{shown} (countries).",
            (start, end),
        )


# A study said to span the world when the record lists one country: "The LDR is an
# international network", "a global study", "sites around the world". A real model wrote
# the first of a one-country registry, and nothing else in the summary was wrong.
_WORLDWIDE_RE = compile_skipping(
    r"\b(?:international(?:ly)?|global(?:ly)?|worldwide|world-wide|multinational"
    r"|multi-national|multi-country|transnational)\b"
    r"|\b(?:around|across|all over|throughout) the (?:world|globe)\b"
    r"|\b(?:in|across) (?:many|several|multiple|various|different|\d+|two|three|four|five|six"
    r"|seven|eight|nine|ten|a dozen) (?:countries|nations)\b"
)
_STUDY_SCOPE_RE = compile_skipping(
    r"\b(?:study|studies|trial|trials|research|registry|network|sites?|centers?|centres?"
    r"|hospitals?|clinics?|locations?|project|programme|program|consortium|collaboration"
    r"|recruit\w*|enrol\w*|participants|volunteers|patients)\b"
)

_WORLDWIDE_WORDS = frozenset(
    ["international", "internationally", "global", "globally", "worldwide", "world-wide",
     "multinational", "multi-national", "multi-country", "transnational", "world", "globe",
     "countries", "nations"]
)  # fmt: skip


@check
def scope_matches(ctx: Context) -> Iterator[Finding]:
    countries = ctx.trial.countries
    if len(countries) != 1 or not ctx.words & _WORLDWIDE_WORDS:
        return
    for match in _WORLDWIDE_RE.finditer(ctx.lower):
        said = match.group(0)
        # the record's own word ("International Prostate Symptom Score", "a global
        # consortium"), or a sentence not about where the study runs
        own = said if " " in said else said.removesuffix("ly")
        if own in ctx.facts.clean_text or ctx.excluded(match.start()):
            continue
        a, b = ctx.sentence_at(match.start())
        if not _STUDY_SCOPE_RE.search(ctx.lower, a, b):
            continue
        yield error(
            "location.scope",
            "countries",
            f"Summary calls the study {ctx.text[match.start() : match.end()]!r}; the record's"
            f" sites are in one country, {countries[0]} (countries).",
            match.span(),
        )
