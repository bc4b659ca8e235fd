"""Fields stated as ``Label: value`` items: "Sex: female only.", "Size: 120 (actual).".

Terse summaries (key-fact lists, notes, Q&A with bold labels) state a field by naming it
before a colon instead of in a sentence, so the sentence patterns of the field checks do
not see them. This module finds such items generically and says which record field each
label names; each field's own check then reads the value with its own vocabulary.

A label is recognised by the words it contains, not by a fixed list of labels: "Sex",
"Gender", "Participants' sex" all name the sex field; "Size", "Enrollment", "Number of
people", "Target" the enrollment; "Status", "Recruitment status" the status; "Sponsor",
"Funder", "Run by", "Lead organization" the sponsor.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # core builds its Context's items with find_labelled_items
    from .core import Context

# At the start of a sentence or line: an optional list marker, an optional bold marker, a
# short label, a colon, and the value up to the end of the sentence.
_ITEM_RE = re.compile(
    r"\s*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?"
    r"(?P<label>[a-z][a-z' /&()-]{0,38}?)[ \t]*(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*"
    r"(?P<value>\S)"
)
# The first pattern a label matches decides its field: "recruitment status" is a status,
# "participants' sex" a sex, before either could read as an enrollment.
LABEL_FIELDS: list[tuple[str, re.Pattern[str]]] = [
    ("sex", re.compile(r"\b(?:sex|sexes|gender|genders)\b")),
    ("status", re.compile(r"\b(?:status|recruitment|recruiting|sign[- ]?ups?)\b")),
    ("sponsor", re.compile(
        r"\b(?:sponsors?|sponsored by|funders?|funded by|funding|paid for by|run by|led by"
        r"|organi[sz]ers?|organi[sz]ed by|lead organi[sz]ation|responsible party|in charge"
        r"|conducted by|who runs it|who pays)\b")),
    ("ages", re.compile(r"\b(?:ages?|age range|age group)\b")),
    ("phase", re.compile(r"\bphases?\b")),
    # The whole label names the illness: "Condition", "Disease studied", "For", "Topic".
    # ("Conditions for joining" names the criteria.)
    ("condition", re.compile(
        r"^(?:(?:the |main |health |medical )?(?:conditions?|diseases?|illness(?:es)?|disorders?"
        r"|diagnos[ie]s|indications?|health (?:problems?|issues?))(?: (?:being )?(?:studied"
        r"|treated|targeted)| of interest)?|for|about|topic|focus|area|studying|treats|treating"
        r"|what it treats|what it's for|what it is for)$")),
    ("enrollment", re.compile(
        r"\b(?:enrol+ments?|size|number of \w+|how many|target|participants|people|volunteers"
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

    def value(self, ctx: Context) -> str:
        """The value in lower case (the summary's masked text)."""
        return ctx.masked[self.value_start : self.value_end]


def find_labelled_items(ctx: Context) -> list[Item]:
    """Every ``Label: value`` item of the summary whose label names a record field.

    Several checks read these; ``Context.labelled_items`` finds them once per summary.
    """
    if ":" not in ctx.norm:
        return []
    items: list[Item] = []
    text = ctx.masked
    for start, end in ctx.sentences:
        # An item starts a sentence or a fragment of it ("Where: Canada; Sponsor: Roche"),
        # and its value ends where the fragment does.
        cuts = [start] + [m.end() for m in _ITEM_SPLIT_RE.finditer(text, start, end)] + [end]
        for at, next_at in itertools.pairwise(cuts):
            match = _ITEM_RE.match(text, at, next_at)
            if not match:
                continue
            label = match.group("label").strip()
            for field, pattern in LABEL_FIELDS:
                if pattern.search(label):
                    value_end = next_at
                    while value_end > match.start("value") and text[value_end - 1] in _VALUE_END:
                        value_end -= 1
                    items.append(Item(field, label, match.start("value"), value_end))
                    break
    return items


# Between facts on one line ("; ", " · ", " | "); not " / ", which joins values too
# ("Sex: male / female").
_ITEM_SPLIT_RE = re.compile(r";[ \t]+|[ \t]+[·|][ \t]+")
_VALUE_END = " .;·|\n\t"


# Terse summaries (cards, fact lists) join facts on one line with " · ", " | ", " / " or
# "; ", and state a fact as a bare fragment: "NCT01234567 · Phase 2 · Recruiting",
# "Children and adults", "Safe, no serious side effects".
# Where such a fragment (or a sentence, or a label's value) starts, for a pattern compiled
# with re.MULTILINE: a claim there has no subject ("Worth joining", "Effective for asthma").
FRAGMENT_START = (
    r"(?:^|(?<=[.!?] )|(?<=[;·|] )|(?<= / )|(?<=: )|(?<=^- )|(?<=^\* )|(?<=• )|(?<=\*\* ))"
)
_FRAGMENT_SPLIT_RE = re.compile(r"[ \t]+[·|/][ \t]+|;[ \t]+|\n")
_FRAGMENT_STRIP = " \t-*•#_>.;:!"


@lru_cache(maxsize=32)
def fragment_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The [start, end) of every fragment of ``text`` (a line, or a part of a line between
    the separators above), without list markers, bold markers or end punctuation."""
    spans = []
    at = 0
    for match in [*_FRAGMENT_SPLIT_RE.finditer(text), None]:
        end = match.start() if match else len(text)
        a, b = at, end
        while a < b and text[a] in _FRAGMENT_STRIP:
            a += 1
        while b > a and text[b - 1] in _FRAGMENT_STRIP:
            b -= 1
        if a < b:
            spans.append((a, b))
        if match:
            at = match.end()
    return tuple(spans)


def fragment_at(ctx: Context, pos: int) -> tuple[int, int]:
    """The [start, end) of the sentence holding ``pos``, cut to the fragment holding it:
    on a card line "Phase 2/3 · Completed; vs standard care" only "vs standard care"."""
    a, b = ctx.sentence_at(pos)
    spans = fragment_spans(ctx.masked)
    i = bisect.bisect_right(spans, (pos, len(ctx.masked) + 1)) - 1
    if i >= 0 and spans[i][0] <= pos <= spans[i][1]:
        return max(a, spans[i][0]), min(b, spans[i][1])
    return a, b
