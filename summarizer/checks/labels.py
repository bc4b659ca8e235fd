"""Fields stated as ``Label: value`` items: "Sex: female only.", "Size: 120 (actual).".

Terse summaries (key-fact lists, notes, Q&A with bold labels) state a field by naming it
before a colon instead of in a sentence, so the sentence patterns of the field checks do
not see them. This module finds such items generically and says which record field each
label names; each field's own check then reads the value with its own vocabulary.

A label is recognised by the words it contains, not by a fixed list of labels: "Sex",
"Gender", "Participants' sex" all name the sex field; "Size", "Enrollment", "Number of
people", "Target" the enrollment; "Status", "Recruitment status" the status; "Sponsor",
"Funder", "Run by", "Lead organization" the sponsor. The registry's own field names are
labels too ("overall_status", "enrollmentType", "maskingInfo.masking"), and so is a JSON
member's key wherever the member sits on its line.

``bare_items`` picks the items whose value is nothing but a field's own terms ("DOUBLE",
"CHILD, ADULT", "no"), which the field's check reads instead of its sentence patterns.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .parsing import ARROW_MARKS, compile_skipping

if TYPE_CHECKING:  # core builds its Context's items with find_labelled_items
    from .core import Context

# At the start of a sentence or line: an optional list marker, an optional bold marker, a
# short label, a colon, and the value up to the end of the sentence.
_ITEM_RE = re.compile(
    r"\s*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?"
    # a colon, a spaced dash or a poster's arrow: "Status: completed", "Status - completed"
    # ("—" folds to "-"), "NOW ▸ Finished"; a field's path in the registry's JSON is a label
    # too: "maskingInfo.masking: DOUBLE"
    r"(?P<label>[a-z](?:[a-z' /&()-]|\.(?=[a-z])){0,38}?)[ \t]*(?:\*\*|__)?"
    rf"(?:[ \t]*[:{ARROW_MARKS}]|[ \t]+-)"
    r"(?:\*\*|__)?"
    r"[ \t]*"
    r"(?P<value>\S)"
)
# The first pattern a label matches decides its field: "recruitment status" is a status,
# "participants' sex" a sex, before either could read as an enrollment.
#
# The registry's own field names count as labels, as a model that was shown the record's
# JSON writes them: "overall_status" (the underscore already read as a space, see
# ``Context``) and camel case, "overallStatus", "stdAges", "maskingInfo.masking".
LABEL_FIELDS: list[tuple[str, re.Pattern[str]]] = [
    ("sex", re.compile(r"\b(?:sex|sexes|gender|genders)\b")),
    # before the enrollment and the status: "Enrollment type: actual", "Enrollment status"
    ("enrollment_type", re.compile(
        r"\benrol+ment ?(?:info\.)?type\b|\btype of enrol+ment\b|\benrol+ment (?:count )?type\b")),
    # a poster's or card's "NOW ▸ Finished", "Currently: recruiting" tells where it stands
    ("status", re.compile(
        r"\b(?:status|overallstatus|recruitment|recruiting|sign[- ]?ups?)\b"
        r"|^(?:now|right now|currently|at present|at the moment)$")),
    ("allocation", re.compile(
        r"\b(?:allocation|randomi[sz]ation|randomi[sz]ed|random assignment"
        r"|(?:group|arm|treatment) assignment|designinfo\.allocation)\b")),
    ("masking", re.compile(
        r"\b(?:masking|maskinginfo(?:\.masking)?|blinding|blinded|masked)\b")),
    ("study_type", re.compile(r"\b(?:study ?type|type of study|kind of study)\b")),
    ("eligible", re.compile(r"^(?:eligible|eligibility)$")),
    ("where", re.compile(
        r"^(?:where|sites?|locations?|countr(?:y|ies)|places?|study (?:sites?|locations?)"
        r"|centers|centres|where (?:it|the study|the trial) (?:is|takes place|runs))$")),
    ("results", re.compile(
        r"^(?:results? posted|(?:(?:posted|published|final|interim|headline|topline|study) )?"
        r"results?|has ?results|results? available)$")),
    ("age_group", re.compile(
        r"\b(?:age ?groups?|age categor(?:y|ies)|stdages|std ages|age brackets?)\b")),
    ("sponsor", re.compile(
        r"\b(?:sponsors?|leadsponsor|sponsored by|funders?|funded by|funding|paid for by|run by"
        r"|led by"
        r"|organi[sz]ers?|organi[sz]ed by|lead organi[sz]ation|lead sponsor|^lead$"
        r"|responsible party|in charge"
        r"|conducted by|who runs it|who pays"
        r"|who (?:runs|is running|funds|is funding|pays for|sponsors|leads|is leading|is behind"
        r"|organi[sz]es))\b")),
    # (in either order, as a key writes it: "age_max", "Age (upper)", "Age maximum")
    ("maximum_age", re.compile(
        r"\b(?:max(?:imum)? ?age|upper age(?: limit)?|maximumage|oldest age"
        r"|age ?\(?(?:max(?:imum)?|upper|highest|oldest)\)?(?: limit)?)\b")),
    ("ages", re.compile(r"\b(?:ages?|age range|minimumage)\b")),
    ("phase", re.compile(r"\bphases?\b")),
    # The whole label names the illness: "Condition", "Disease studied", "For", "Topic".
    # ("Conditions for joining" names the criteria.)
    ("condition", re.compile(
        r"^(?:(?:the |main |health |medical )?(?:conditions?|diseases?|illness(?:es)?|disorders?"
        r"|diagnos[ie]s|indications?|health (?:problems?|issues?|topics?))(?: (?:being )?(?:studied"
        r"|treated|targeted)| of interest| in question"
        # where the writer read it: "Condition on the listing", "Disease listed"
        r"| (?:on|in) the (?:listing|record|registry|page)| listed)?"
        r"|for|about|topic|focus|area|studying|treats|treating"
        r"|what it treats|what it's for|what it is for)$"
        # as a question: "Which condition is studied?", "What is the study about?"
        r"|^(?:what|which) (?:condition|disease|illness|health problem)s?\b"
        r"|^what (?:is|'s) (?:it|the study|this study|the trial|this trial) (?:about|for)$"
        r"|^what does (?:it|the study|this study|the trial) (?:treat|study|look at)$")),
    ("enrollment", re.compile(
        r"\b(?:enrol+ments?|enrol+mentinfo(?:\.count)?|enrol+mentcount|size|number of \w+"
        r"|how many|target|participants|people|volunteers"
        r"|patients|subjects|sample)\b")),
]  # fmt: skip
# Labels that name people in general ("Participants: adults over 18") state a count only
# when the value starts with one.
PEOPLE_LABELS = frozenset(["participants", "people", "volunteers", "patients", "subjects"])


@dataclass(frozen=True)
class Item:
    """One ``Label: value`` item: the field its label names and where its value is."""

    field: str
    label: str
    value_start: int
    value_end: int
    start: int  # where the label starts

    def value(self, ctx: Context) -> str:
        """The value in lower case (the summary's masked text)."""
        return ctx.masked[self.value_start : self.value_end]


_LABEL_MARKS = (":", " - ", *ARROW_MARKS)  # what ends a label (see _ITEM_RE)
_ITEM_MARKS = (*_LABEL_MARKS, "|", "?")


def find_labelled_items(ctx: Context) -> list[Item]:
    """Every ``Label: value`` item of the summary whose label names a record field.

    Several checks read these; ``Context.labelled_items`` finds them once per summary.
    """
    if not any(mark in ctx.norm for mark in _ITEM_MARKS):
        return []
    items: list[Item] = []
    text = ctx.masked
    if "?" in text:
        items += _answered_questions(ctx)
    if '":' in text or '" :' in text:
        items += _json_members(ctx)
    if "|" in text:  # a table's rows: "| Status | Completed |"
        for row in _TABLE_ROW_RE.finditer(text):
            cell = _item(ctx, row.group("label").strip(), *row.span("value"), row.start("label"))
            if cell and row.group("value"):
                items.append(cell)
    joined = ";" in text or "·" in text or "|" in text
    for start, end in ctx.sentences:
        # An item starts a sentence or a fragment of it ("Where: Canada; Sponsor: Roche"),
        # and its value ends where the fragment does.
        cuts = [start, end]
        if joined and (
            text.find(";", start, end) >= 0
            or text.find("·", start, end) >= 0
            or text.find("|", start, end) >= 0
        ):
            cuts[1:1] = [m.end() for m in _ITEM_SPLIT_RE.finditer(text, start, end)]
        for at, next_at in itertools.pairwise(cuts):
            # The label is short: no colon or spaced dash near the start, no item (a cheap
            # test that spares most sentences the pattern).
            near = min(next_at, at + 64)
            if not any(text.find(mark, at, near) >= 0 for mark in _LABEL_MARKS):
                continue
            match = _ITEM_RE.match(text, at, next_at)
            if not match:
                continue
            label = match.group("label").strip()
            if _field_of(label):
                value_end = next_at
                while value_end > match.start("value") and text[value_end - 1] in _VALUE_END:
                    value_end -= 1
                item = _item(ctx, label, match.start("value"), value_end, match.start("label"))
                if item:
                    items.append(item)
    return items


# A question that names a field, then a short answer: "Who runs it? Pfizer.", "How many
# people? About 700.", "**Recruitment status?** Completed."
_QUESTION_MARKS = " \t*#_>-"
_SENTENCE_WORD_RE = compile_skipping(
    r"\b(?:is|are|was|were|looks?|focus\w*|stud\w*|about|research|it|this|the|we|they)\b"
)
_ANSWER_LEAD_RE = re.compile(r"[ \t\n*_]*(?:a:[ \t]*)?(?:\*\*|__)?[ \t]*")


def _answered_questions(ctx: Context) -> list[Item]:
    text = ctx.masked
    items = []
    at = text.find("?")
    while at >= 0:
        start = max(ctx.sentence_at(at)[0], text.rfind("\n", 0, at) + 1)
        question = text[start:at].strip(_QUESTION_MARKS)
        question = question.removeprefix("q:").strip(_QUESTION_MARKS)
        field = _field_of(question) if len(question) <= 80 else None
        lead = _ANSWER_LEAD_RE.match(text, at + 1)
        if field and lead and lead.end() < len(text):
            value_start = lead.end()
            value_end = ctx.sentence_at(value_start)[1]
            while value_end > value_start and text[value_end - 1] in _VALUE_END:
                value_end -= 1
            value = text[value_start:value_end]
            # a sentence answering "What is it about?" ("The study looks at NSCLC") is not a
            # bare name of an illness, as a label's value is
            bare = field != "condition" or not _SENTENCE_WORD_RE.search(value)
            item = _item(ctx, question, value_start, value_end, start)
            if 0 < len(value) <= 40 and "?" not in value and bare and item:
                items.append(item)
        at = text.find("?", at + 1)
    return items


# A JSON member is a labelled item wherever it sits on its line: {"sex": "all", "minAge":
# "18 years"}, "stdAges": ["CHILD", "ADULT"]. Its key is read with camel case as words.
_JSON_MEMBER_RE = compile_skipping(
    r'"(?P<label>[a-z][a-z0-9 _.-]{0,38})"[ \t]*:[ \t]*'
    r'(?:"(?P<value>[^"\n]{1,80})"|(?P<bare>\[[^\]\n]{1,80}\]|[^\s",{}\[\]][^,{}\]\n]{0,40}))'
)
# Where a camel-case name's words meet ("minAge", "startDate"); substituting a space makes
# the words, in a copy that no span indexes.
CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _json_members(ctx: Context) -> list[Item]:
    items = []
    for match in _JSON_MEMBER_RE.finditer(ctx.masked):
        key = ctx.norm[match.start("label") : match.end("label")]
        label = CAMEL_RE.sub(" ", key).lower()
        field = _field_of(label)
        group = "value" if match.group("value") is not None else "bare"
        value = match.group(group).strip()
        # a sentence is not a bare name of an illness, as a label's value is
        if not field or (field == "condition" and _SENTENCE_WORD_RE.search(value)):
            continue
        item = _item(ctx, label, *match.span(group), match.start("label"))
        if item:
            items.append(item)
    return items


# Under a label of recruiting a number is the count of people recruited, never a status,
# which is a word: "Recruitment: 160", "Sign-ups: about 200", "Target recruitment: 120".
_RECRUITING_LABEL_RE = re.compile(r"\b(?:recruit\w*|sign[- ]?ups?)\b")
_COUNT_VALUE_RE = re.compile(
    r"(?:(?:about|around|approximately|roughly|nearly|up to|some|over|more than|an estimated"
    r"|a total of|target(?: of)?|goal(?: of)?)\s+|~\s*)?(?:\d|(?:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|a hundred|hundred|a thousand)\b)"
)


def _item(ctx: Context, label: str, value_start: int, value_end: int, start: int) -> Item | None:
    """The item of ``label`` whose value is at [value_start, value_end), if the label names
    a field: the field its label names, or the enrollment for a count under a recruiting
    label."""
    field = _field_of(label)
    if (
        field == "status"
        and _RECRUITING_LABEL_RE.search(label)
        and _COUNT_VALUE_RE.match(ctx.masked, value_start, value_end)
    ):
        field = "enrollment"
    return Item(field, label, value_start, value_end, start) if field else None


@functools.lru_cache(maxsize=4096)  # summaries repeat their labels: "Status", "Sponsor"
def _field_of(label: str) -> str | None:
    """The record field a label names (the first of ``LABEL_FIELDS`` it matches)."""
    return next((field for field, pattern in LABEL_FIELDS if pattern.search(label)), None)


# A two-column table row: a label cell, then a value cell.
_TABLE_ROW_RE = compile_skipping(
    # the outer pipes are optional: "Sponsor | Roche" is a row of a plain-text table too
    r"^[ \t]*\|?[ \t]*(?:\*\*|__)?(?P<label>[a-z][a-z' /&()-]{0,38}?)(?:\*\*|__)?[ \t]*\|[ \t]*"
    r"(?P<value>[^|\n]*?)[ \t]*\|?[ \t]*$",
    re.MULTILINE,
)


# Between facts on one line ("; ", " · ", " | "); not " / ", which joins values too
# ("Sex: male / female").
_ITEM_SPLIT_RE = compile_skipping(r";[ \t]+|[ \t]+[·|][ \t]+")
_VALUE_END = " .;·|\n\t"


# A bare value is one or more of a field's terms and nothing else: "DOUBLE", "CHILD, ADULT",
# "[CHILD, ADULT]", "none (open label)". A gloss in brackets is dropped; the term decides.
_TERM_SPLIT_RE = re.compile(r"\s*(?:,|(?<!\bn)/(?!a\b)|&|\+|\band\b)\s*")  # not "n/a"
_GLOSS_RE = re.compile(r"\s*\([^()]*\)")
_VALUE_WRAP = " .;:*_[]\"'`"

Terms = list[tuple[re.Pattern[str], frozenset[str]]]


def terms(*pairs: tuple[str, frozenset[str]]) -> Terms:
    """A field's bare-value vocabulary: each pattern (matched whole) and what it means."""
    return [(re.compile(pattern), meaning) for pattern, meaning in pairs]


def bare_items(
    ctx: Context, field: str, vocabulary: Terms
) -> list[tuple[Item, list[frozenset[str]]]]:
    """The field's items whose value is nothing but its terms, each with what its terms
    mean, in order.

    A bare value is the registry's own answer ("Masking: DOUBLE", "Randomized: no"), which
    a field's sentence patterns do not read; they read prose values ("Blinding: neither you
    nor your doctor knows"), which are not bare. So a check reads its bare items here and
    skips its patterns' matches inside them (``Item.start`` to ``Item.value_end``).
    """
    found = []
    for item in ctx.labelled_items:
        if item.field != field:
            continue
        value = _GLOSS_RE.sub("", item.value(ctx)).strip(_VALUE_WRAP)
        parts = [part.strip(_VALUE_WRAP) for part in _TERM_SPLIT_RE.split(value)]
        meanings = [
            next((meaning for pattern, meaning in vocabulary if pattern.fullmatch(part)), None)
            for part in parts
            if part
        ]
        if meanings and None not in meanings:
            found.append((item, [m for m in meanings if m is not None]))
    return found


def contradicted_items(
    ctx: Context, field: str, vocabulary: Terms, value: str | None
) -> tuple[list[tuple[int, int]], list[Item]]:
    """A field's bare items: where they are (label and value, which the field's sentence
    patterns then leave alone), and those with a term the record's ``value`` does not make
    true (none when the record has no value)."""
    spans, wrong = [], []
    for item, meanings in bare_items(ctx, field, vocabulary):
        spans.append((item.start, item.value_end))
        if value is not None and any(value not in meaning for meaning in meanings):
            wrong.append(item)
    return spans, wrong


# What a results item answers: "Results posted: yes", "Final results: pending".
POSTED_TERMS = terms(
    (r"yes|true|posted|available", frozenset({"YES"})),
    (
        r"no|none|false|not (?:yet )?(?:posted|available)|(?:none|nothing|no|not) (?:yet|so far)"
        r"|none (?:posted|available)(?: yet| so far)?"
        # still to come: "Final results: pending", "Results: expected in 2026"
        r"|pending|awaited|to come|not (?:yet )?(?:in|out|published)"
        r"|(?:due|expected)(?: (?:in|by|after|at) .+)?",
        frozenset({"NO"}),
    ),
)
