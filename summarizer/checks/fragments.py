"""Terse text: facts joined on one line and stated as bare fragments.

Cards and fact lists join facts with " · ", " | ", " / " or "; " and state a fact with no
subject or verb: "NCT01234567 · Phase 2 · Recruiting", "Children and adults", "Safe, no
serious side effects", "Plus allopurinol". The checks read such a fragment as a claim, and
read a negation or a hedge only within the fragment it belongs to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from .core import Context, Rule

# What may stand right before a fragment's first word: a sentence end, a separator, a
# label's colon, a list or bold marker ("** ").
_OPENERS = (". ", "! ", "? ", "; ", "· ", "| ", ": ", "** ", "• ", "- ", "* ")


def opens_fragment(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a line, a sentence, a fragment or a label's value."""
    if pos == 0 or text[pos - 1] == "\n":
        return True
    if text.endswith(_OPENERS, max(0, pos - 2), pos) or text.endswith(" / ", max(0, pos - 3), pos):
        head = text[max(0, pos - 2) : pos]
        # a list marker counts only at the start of its line: "- Plus", not "X - plus"
        return head not in ("- ", "* ") or pos < 2 or text[pos - 3 : pos - 2] in ("", "\n")
    return False


class FragmentRule(Rule):
    """A :class:`Rule` whose matches must open a fragment (``opens_fragment``): a claim
    with no subject, as a card or a list states it ("Worth joining", "Effective for
    asthma", "Plus allopurinol"). Checked on each match, not with look-behinds tried at
    every position."""

    def finditer(self, ctx: Context, text: str | None = None) -> Iterator[re.Match[str]]:
        searched = ctx.masked if text is None else text
        for match in super().finditer(ctx, text):
            if opens_fragment(searched, match.start()):
                yield match


_FRAGMENT_SPLIT_RE = re.compile(r"[ \t]+[·|/][ \t]+|;[ \t]+")
_FRAGMENT_STRIP = " \t-*•#_>.;:!|"


@lru_cache(maxsize=32)
def fragment_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The [start, end) of every fragment of ``text`` (a line, or a part of a line between
    the separators above), without list markers, bold markers or end punctuation."""
    spans = []
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        cuts = [at]
        if ";" in line or "·" in line or "|" in line or "/" in line:
            for match in _FRAGMENT_SPLIT_RE.finditer(text, at, end):
                cuts += [match.start(), match.end()]
        cuts.append(end)
        for a, b in zip(cuts[::2], cuts[1::2], strict=True):
            while a < b and text[a] in _FRAGMENT_STRIP:
                a += 1
            while b > a and text[b - 1] in _FRAGMENT_STRIP:
                b -= 1
            if a < b:
                spans.append((a, b))
        at = end + 1
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
